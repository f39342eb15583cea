"""XML renderers for one extracted article: NewsML-G2 (+ NITF body) and Dublin Core.

Each renderer takes a :class:`RenderContext` (the article plus everything decided about it:
identifiers, times, rights) and returns an lxml element; :func:`to_bytes` serializes it the
one way archiver writes XML (UTF-8, XML declaration, pretty printed, deterministic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePath

from lxml import etree

from archiver.config import COPYRIGHT_NOT_EVALUATED, Config
from archiver.model import Article, Photo

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
QDC_NS = "http://epubs.cclrc.ac.uk/xmlns/qdc/"

XML_LANG = f"{{{XML_NS}}}lang"

# rightsstatements.org statement names, for a readable label next to the URI.
RIGHTS_STATEMENT_NAMES = {
    "InC": "In Copyright",
    "InC-OW-EU": "In Copyright - EU Orphan Work",
    "InC-EDU": "In Copyright - Educational Use Permitted",
    "InC-NC": "In Copyright - Non-Commercial Use Permitted",
    "InC-RUU": "In Copyright - Rights-holder(s) Unlocatable or Unidentifiable",
    "NoC-CR": "No Copyright - Contractual Restrictions",
    "NoC-NC": "No Copyright - Non-Commercial Use Only",
    "NoC-OKLR": "No Copyright - Other Known Legal Restrictions",
    "NoC-US": "No Copyright - United States",
    "CNE": "Copyright Not Evaluated",
    "UND": "Copyright Undetermined",
    "NKC": "No Known Copyright",
}
_STATEMENT_URI = re.compile(r"https?://rightsstatements\.org/(?:vocab|page)/([A-Za-z-]+)/1\.0/?")

# Characters XML 1.0 cannot carry; vertical tab and form feed become spaces.
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACEISH = re.compile("[\x0b\x0c]")
_WS = re.compile(r"\s+")
_LANG_TAG = re.compile(r"[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")
_TRAILING_DASHES = re.compile(r"[\s\-\u2010-\u2015]+$")


def xml_safe(text: str) -> str:
    """Text with characters XML 1.0 cannot hold replaced (U+FFFD), VT/FF as spaces."""
    return _ILLEGAL.sub("\ufffd", _SPACEISH.sub(" ", text))


def clean(text: str | None) -> str | None:
    """One-line metadata text: XML-safe, whitespace collapsed; None when empty."""
    if text is None:
        return None
    value = _WS.sub(" ", xml_safe(text)).strip()
    return value or None


def block(text: str | None) -> str | None:
    """Body text (a paragraph): XML-safe and stripped, inner spacing kept; None when empty."""
    if text is None:
        return None
    value = xml_safe(text).strip()
    return value or None


def language_tag(value: str | None) -> str | None:
    """A BCP 47-shaped tag ("en", "fr-CA") or None; "en_US" is read as "en-US"."""
    if not value:
        return None
    tag = value.strip().replace("_", "-")
    return tag if _LANG_TAG.fullmatch(tag) else None


def dateline_text(raw: str | None) -> str | None:
    """The dateline as printed, without the dashes that join it to the first paragraph."""
    value = clean(raw)
    if value is None:
        return None
    return clean(_TRAILING_DASHES.sub("", value))


def unique(values: list[str | None]) -> list[str]:
    """Cleaned, non-empty values in first-seen order, without repeats."""
    seen: dict[str, None] = {}
    for value in values:
        text = clean(value)
        if text is not None:
            seen.setdefault(text, None)
    return list(seen)


def w3c_datetime(moment: datetime) -> str:
    """xs:dateTime in UTC, whole seconds ("2026-11-28T17:00:00Z"); naive means UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def statement_name(uri: str) -> str | None:
    match = _STATEMENT_URI.fullmatch(uri.strip())
    return RIGHTS_STATEMENT_NAMES.get(match.group(1)) if match else None


@dataclass(frozen=True)
class Rights:
    """The rights recorded on every item: only what the archivist stated, else CNE."""

    holder: str | None
    notice: str | None
    license: str | None
    usage_terms: str | None
    statement: str | None  # rightsstatements.org (or other) statement URI

    @classmethod
    def from_config(cls, config: Config) -> Rights:
        r = config.rights
        license_uri = clean(r.license)
        statement = clean(r.statement)
        if statement is None and license_uri is None:
            statement = COPYRIGHT_NOT_EVALUATED
        return cls(
            holder=clean(r.holder),
            notice=clean(r.copyright_notice),
            license=license_uri,
            usage_terms=clean(r.usage_terms),
            statement=statement,
        )

    @property
    def statement_label(self) -> str | None:
        return statement_name(self.statement) if self.statement else None


@dataclass(frozen=True)
class PictureRef:
    guid: str
    photo: Photo
    ordinal: int  # 1-based, in gallery order

    @property
    def title(self) -> str | None:
        p = self.photo
        if p.position is not None and p.count is not None:
            return f"Photo {p.position} of {p.count}"
        if p.position is not None:
            return f"Photo {p.position}"
        return None


@dataclass(frozen=True)
class RenderContext:
    article: Article
    config: Config
    guid: str  # the text item (and the article's identifier)
    package_guid: str
    pictures: tuple[PictureRef, ...]  # in gallery order
    created: datetime  # versionCreated / sent
    rights: Rights
    language: str | None

    @property
    def source_name(self) -> str | None:
        path = self.article.source.path
        if not path or path == "-":
            return None
        return clean(PurePath(path).name)

    @property
    def url(self) -> str | None:
        """The page's address: its canonical URL, else the one it was captured from."""
        page = self.article.page
        return clean((page.canonical_url if page else None) or self.article.source.url)

    @property
    def headline(self) -> str | None:
        return clean(self.article.headline)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in (block(x) for x in self.article.body) if p]

    @property
    def agency(self) -> str | None:
        dl = self.article.dateline
        return clean(dl.source) if dl else None

    @property
    def date(self) -> str | None:
        """The content date (ISO 8601) only when it has a year."""
        dl = self.article.dateline
        value = clean(dl.date) if dl else None
        if not value and self.article.page and self.article.page.published:
            # a web page's own publication date, as its metadata states it
            value = clean(self.article.page.published[:10])
            if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                value = None
        return value if value and re.match(r"\d{4}", value) else None


def gallery_order(photos: list[Photo]) -> list[Photo]:
    """Photos by gallery position (unnumbered ones after, in page order)."""
    indexed = list(enumerate(photos))
    indexed.sort(key=lambda ip: (ip[1].position is None, ip[1].position or 0, ip[0]))
    return [p for _, p in indexed]


def sub(
    parent: etree._Element, name: str, text: str | None = None, /, **attrs: str | None
) -> etree._Element:
    """Append a child element with optional text and attributes (None values skipped)."""
    el = etree.SubElement(parent, name)
    for key, value in attrs.items():
        if value is not None:
            el.set(key, value)
    if text is not None:
        el.text = text
    return el


def to_bytes(root: etree._Element) -> bytes:
    """archiver's one serialization: UTF-8 with declaration, pretty printed, final newline."""
    # libxml2's formatter leaves mixed content (byline, dateline) untouched.
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False, pretty_print=True)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body
