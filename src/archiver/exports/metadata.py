"""What the targets say about a bag: its Dublin Core, its payload's roles and formats.

Read from the validated view only: the qualified Dublin Core archiver writes
(``data/metadata/dcterms.xml``), else the simple one (``data/metadata/dc.xml``), else what
bag-info says of any bag (External-Description as title, External-Identifier). Documents are
parsed with the project's safe parser (no network, no DTD, no entity expansion).
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass

from lxml import etree

from archiver.errors import ArticleError
from archiver.exports.base import BagView
from archiver.xmlschemas import safe_parser

DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XSI_TYPE = f"{{{XSI_NS}}}type"
_DC_NAMESPACES = (DC_NS, DCTERMS_NS)
DCTERMS_FILE = "data/metadata/dcterms.xml"
DC_FILE = "data/metadata/dc.xml"
RECORD_FILE = "data/metadata/article.json"
NEWSML_FILE = "data/newsml.xml"

# the 15 elements of simple Dublin Core: any other DCMI term is a refinement or a new term
SIMPLE_DC = (
    "title creator subject description publisher contributor date type format identifier "
    "source language relation coverage rights"
).split()


@dataclass(frozen=True)
class Term:
    """One Dublin Core statement: a DCMI term name ("title", "spatial"), its value."""

    name: str
    value: str
    lang: str | None = None
    scheme: str | None = None  # the xsi:type encoding scheme's local name ("URI", "W3CDTF")

    @property
    def simple(self) -> bool:
        return self.name in SIMPLE_DC


@functools.cache
def xml_parser() -> etree.XMLParser:
    """One safe parser per process (making one costs more than parsing a small document);
    lxml parsers may be reused, one thread at a time: export runs one bag at a time."""
    return safe_parser()


def _parse(bag: BagView, rel: str) -> etree._Element:
    """The document, parsed once per view (callers that change it take a copy): the tree
    validation parsed from the verified bytes when it kept it (the same safe parser, the same
    bytes: `parse_again` is its twin, pinned in tests/exports/test_export_fast_paths.py)."""
    kept = bag.kept_tree(rel)
    if kept is not None:
        return kept
    return parse_again(bag, rel)


def parse_again(bag: BagView, rel: str) -> etree._Element:
    """The document parsed from its bytes, once per view."""

    def parse() -> etree._Element:
        try:
            return etree.fromstring(bag.read(rel), xml_parser())
        except etree.XMLSyntaxError as exc:
            raise ArticleError(f"{bag.source}: {rel} is not well-formed XML: {exc}") from None

    return bag.memo(("xml", rel), parse)


def dublin_core(bag: BagView) -> list[Term]:
    """The bag's Dublin Core statements, in document order."""
    return bag.memo("dublin_core", lambda: _dublin_core(bag))


def _dublin_core(bag: BagView) -> list[Term]:
    files = set(bag.files)
    for rel in (DCTERMS_FILE, DC_FILE):
        if rel in files:
            return terms_of(_parse(bag, rel))
    terms: list[Term] = []
    for label, name in (("External-Description", "title"), ("External-Identifier", "identifier")):
        terms.extend(Term(name, " ".join(v.split())) for v in bag.info.values(label) if v.strip())
    return terms


def terms_of(root: etree._Element) -> list[Term]:
    """The statements of a Dublin Core record: its children in the dc and dcterms namespaces
    that hold text (whitespace collapsed), in document order."""
    terms: list[Term] = []
    for el in root:
        tag = el.tag
        if not isinstance(tag, str):
            continue  # a comment or a processing instruction
        # "{namespace}name" read as text: an etree.QName per element cost as much as the rest
        # of the loop (pinned to QName's reading in tests/exports/test_export_fast_paths.py)
        namespace, _, name = tag[1:].partition("}") if tag[:1] == "{" else ("", "", tag)
        if namespace not in _DC_NAMESPACES:
            continue
        text = " ".join((el.text or "").split())
        if not text:
            continue
        scheme = el.get(XSI_TYPE)
        terms.append(
            Term(name, text, el.get(XML_LANG), scheme.rpartition(":")[2] if scheme else None)
        )
    return terms


def dc_document(bag: BagView, rel: str) -> etree._Element | None:
    """A copy of the root element of one of the bag's Dublin Core documents, if it has it."""
    return copy.deepcopy(_parse(bag, rel)) if rel in set(bag.files) else None


@dataclass(frozen=True)
class FileFormat:
    name: str
    mimetype: str
    puid: str | None  # PRONOM unique identifier, where one applies to every such file
    version: str | None = None


# PRONOM: x-fmt/111 Plain Text File, fmt/101 Extensible Markup Language 1.0, fmt/817 JSON Data
# Interchange Format. Other kinds are named without a registry key rather than guessed.
_FORMATS = {
    ".txt": FileFormat("Plain Text File", "text/plain", "x-fmt/111"),
    ".xml": FileFormat("Extensible Markup Language", "application/xml", "fmt/101", "1.0"),
    ".json": FileFormat("JSON Data Interchange Format", "application/json", "fmt/817"),
    ".html": FileFormat("Hypertext Markup Language", "text/html", None),
    ".htm": FileFormat("Hypertext Markup Language", "text/html", None),
    ".jpg": FileFormat("JPEG", "image/jpeg", None),
    ".jpeg": FileFormat("JPEG", "image/jpeg", None),
    ".png": FileFormat("Portable Network Graphics", "image/png", None),
    ".warc": FileFormat("WARC", "application/warc", None),
}
_UNKNOWN = FileFormat("Unknown", "application/octet-stream", None)


def file_format(rel: str) -> FileFormat:
    name = rel.rpartition("/")[2]
    dot = name.rfind(".")  # PurePosixPath(rel).suffix, without making a path
    if not 0 < dot < len(name) - 1:
        return _UNKNOWN
    return _FORMATS.get(name[dot:].lower(), _UNKNOWN)


@dataclass(frozen=True)
class PayloadFile:
    rel: str  # "data/..."
    role: str  # "original", "newsml", "metadata", "photo", "other"
    label: str


def payload_order(bag: BagView) -> tuple[PayloadFile, ...]:
    """The payload in reading order: the original, the NewsML, the metadata, the photos in
    gallery order (by the order of their files' names), then anything else, sorted. Worked
    out once per view (dspace-saf asks for it, then its METS document asks again)."""
    return bag.memo("payload_order", lambda: _payload_order(bag))


def _payload_order(bag: BagView) -> tuple[PayloadFile, ...]:
    order = {"original": 0, "newsml": 1, "metadata": 2, "photo": 3, "other": 4}
    found = []
    for rel in bag.files:
        name = rel.rpartition("/")[2]
        if rel.startswith("data/original/"):
            found.append(PayloadFile(rel, "original", f"Original: {name}"))
        elif rel == NEWSML_FILE:
            found.append(PayloadFile(rel, "newsml", "NewsML-G2 news message"))
        elif rel == DC_FILE:
            found.append(PayloadFile(rel, "metadata", "Dublin Core (oai_dc)"))
        elif rel == DCTERMS_FILE:
            found.append(PayloadFile(rel, "metadata", "Dublin Core (qualified)"))
        elif rel == RECORD_FILE:
            found.append(PayloadFile(rel, "metadata", "Extracted article record (JSON)"))
        elif rel.startswith(("data/photos/", "data/images/")):
            found.append(PayloadFile(rel, "photo", f"Photo: {name}"))
        else:
            found.append(PayloadFile(rel, "other", name))
    return tuple(sorted(found, key=lambda f: (order[f.role], f.rel)))
