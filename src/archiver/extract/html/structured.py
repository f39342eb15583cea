"""What a page states about itself in machine-readable form: JSON-LD, microdata and RDFa
(read with extruct, which handles their many syntaxes), OpenGraph/Twitter cards, `meta` and
`link` elements. Every value keeps where it came from."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml import html as lxml_html

ARTICLE_TYPES = {
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "article",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "report",
    "scholarlyarticle",
    "techarticle",
}
_CC = re.compile(r"https?://creativecommons\.org/(?:licenses|publicdomain)/[\w./+-]+", re.I)


@dataclass(frozen=True)
class Image:
    url: str | None
    caption: str | None
    credit: str | None  # creditText, else the author's name
    copyright_holder: str | None
    source: str  # "json-ld", "microdata", "opengraph"


@dataclass(frozen=True)
class Authors:
    names: list[str]
    source: str
    raw: str | None = None
    organisations: bool = False  # only organisations named (a desk, the outlet)


@dataclass
class Structured:
    """Values found, in the order of preference they were found in (first is best)."""

    headlines: list[tuple[str, str]] = field(default_factory=list)  # (value, source)
    authors: list[Authors] = field(default_factory=list)
    values: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    images: list[Image] = field(default_factory=list)
    title: str | None = None  # <title>

    def add(self, key: str, value: Any, source: str) -> None:
        text = _text(value)
        if text:
            self.values.setdefault(key, []).append((text, source))

    def first(self, key: str) -> tuple[str, str] | tuple[None, None]:
        found = self.values.get(key)
        return found[0] if found else (None, None)


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if _text(v)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("url") or value.get("@id")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(value).split())  # JSON-LD often holds "&#8217;"
    return value or None


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type") or node.get("type") or []
    if isinstance(t, str):
        t = [t]
    return {str(x).rsplit("/", 1)[-1].lower() for x in t if isinstance(x, str)}


def _walk(node: Any) -> list[dict[str, Any]]:
    """Every dict in a JSON-LD or microdata tree, in document order."""
    out: list[dict[str, Any]] = []
    stack = [node]
    while stack:
        cur = stack.pop(0)
        if isinstance(cur, list):
            stack[:0] = cur
        elif isinstance(cur, dict):
            out.append(cur)
            kids = [v for k, v in cur.items() if k in ("@graph", "mainEntity", "itemListElement")]
            stack[:0] = kids
    return out


def _resolve(node: dict[str, Any], ids: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The node with its references ({"@id": ...} alone) replaced by the nodes they name
    (Yoast and other @graph writers give the author as a reference to a Person)."""

    def one(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in ids:
            return ids[value["@id"]]
        if isinstance(value, list):
            return [one(v) for v in value]
        return value

    return {k: one(v) for k, v in node.items()}


def _names(value: Any) -> tuple[list[str], bool]:
    """Person names in an author value, and whether only organisations were named."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    orgs = True
    for item in items:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if "organization" not in _types(item) and "newsmediaorganization" not in _types(item):
                orgs = False
        else:
            name = _text(item)
            orgs = False
        if name and not name.lower().startswith(("http://", "https://")) and name not in names:
            names.append(name)
    return names, orgs and bool(names)


def _image(value: Any, source: str) -> list[Image]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(Image(item, None, None, None, source))
        elif isinstance(item, dict):
            author = item.get("author") or item.get("creator")
            credit = _text(item.get("creditText")) or next(iter(_names(author)[0]), None)
            out.append(
                Image(
                    url=_text(item.get("url") or item.get("contentUrl")),
                    caption=_text(item.get("caption") or item.get("description")),
                    credit=credit,
                    copyright_holder=_text(item.get("copyrightHolder")),
                    source=source,
                )
            )
    return out


def _from_article(node: dict[str, Any], source: str, found: Structured) -> None:
    if _text(node.get("headline")):
        found.headlines.append((_text(node.get("headline")), source))  # type: ignore[arg-type]
    if node.get("author") or node.get("creator"):
        names, orgs = _names(node.get("author") or node.get("creator"))
        if names:
            found.authors.append(Authors(names, source, None, orgs))
    for key, prop in (
        ("published", "datePublished"),
        ("modified", "dateModified"),
        ("published", "dateCreated"),
        ("section", "articleSection"),
        ("language", "inLanguage"),
        ("canonical_url", "url"),
        ("canonical_url", "mainEntityOfPage"),
        ("description", "description"),
        ("dateline", "dateline"),
    ):
        found.add(key, node.get(prop), source)
    for prop in ("license", "copyrightNotice"):
        found.add("license", node.get(prop), source)
    publisher = node.get("publisher") or node.get("sourceOrganization")
    found.add("publisher", publisher, source)
    if node.get("image"):
        found.images.extend(_image(node.get("image"), source))
    if node.get("associatedMedia"):
        found.images.extend(_image(node.get("associatedMedia"), source))


def _may_state_rdfa_licence(tree: lxml_html.HtmlElement) -> bool:
    """Whether the page's RDFa can state a licence at all, so that pyRdfa runs only then.

    RDFa is read for one thing: a licence, i.e. a predicate whose IRI ends in "license"
    (xhv:license, cc:license, dcterms:license). An RDFa predicate is written in an attribute:
    a term or CURIE in @rel/@rev/@property whose last part is that word, an absolute IRI, or
    a @prefix/@vocab/xmlns mapping to an IRI ending in it. Either way some attribute value
    holds "license" (any case), so a page where none does has no RDFa licence to find.
    pyRdfa builds a graph of the whole page, about two thirds of a page's extraction time,
    and almost no page carries the word in an attribute (2 of the dev corpus's 120).
    tests/test_extract_fast_paths.py pins this against always running it."""
    for element in tree.iter(tag=etree.Element):
        for value in element.attrib.values():
            if "license" in value.lower():
                return True
    return False


def read_structured(text: str, tree: lxml_html.HtmlElement, base_url: str | None) -> Structured:
    """Structured data of a page (its text, already decoded, and its parsed tree)."""
    import extruct

    found = Structured()
    syntaxes = ["json-ld", "microdata"]
    if _may_state_rdfa_licence(tree):
        syntaxes.append("rdfa")
    try:
        data = extruct.extract(
            text,
            base_url=base_url or "",
            syntaxes=syntaxes,
            uniform=True,
            errors="ignore",
        )
    except Exception:  # extruct on broken markup: the page's other signals still count
        data = {}
    for syntax in ("json-ld", "microdata"):
        nodes = _walk(data.get(syntax) or [])
        ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str) and len(n) > 1}
        for node in nodes:
            if _types(node) & ARTICLE_TYPES:
                _from_article(_resolve(node, ids), syntax, found)
    for syntax in ("json-ld", "microdata"):  # an outlet's name for site_name
        for node in _walk(data.get(syntax) or []):
            if _types(node) & {"website", "newsmediaorganization"}:
                found.add("site_name", node.get("name"), syntax)
    for node in _walk(data.get("rdfa") or []):
        for key, value in node.items():
            if key.endswith(("/license", "#license", "dc/terms/license")):
                found.add("license", value, "rdfa")
    _from_meta(tree, found)
    return found


_META = {
    # meta name/property -> (key, source)
    "og:title": ("headline", "opengraph"),
    "twitter:title": ("headline", "twitter"),
    "og:url": ("canonical_url", "opengraph"),
    "og:site_name": ("site_name", "opengraph"),
    "og:description": ("description", "opengraph"),
    "description": ("description", "meta"),
    "article:published_time": ("published", "opengraph"),
    "article:modified_time": ("modified", "opengraph"),
    "og:updated_time": ("modified", "opengraph"),
    "article:section": ("section", "opengraph"),
    "article:publisher": ("publisher", "opengraph"),
    "dc.title": ("headline", "meta"),
    "dc.date": ("published", "meta"),
    "dcterms.created": ("published", "meta"),
    "dcterms.modified": ("modified", "meta"),
    "dc.publisher": ("publisher", "meta"),
    "dc.rights": ("license", "meta"),
    "dcterms.license": ("license", "meta"),
    "dc.language": ("language", "meta"),
    "og:locale": ("language", "opengraph"),
    "pubdate": ("published", "meta"),
    "publish-date": ("published", "meta"),
    "date": ("published", "meta"),
    "copyright": ("license", "meta"),
}
_META_AUTHORS = (
    "author",
    "article:author",
    "dc.creator",
    "byl",
    "parsely-author",
    "sailthru.author",
)


def _from_meta(tree: lxml_html.HtmlElement, found: Structured) -> None:
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip()
        content = meta.get("content")
        if not key or not content:
            continue
        low = key.lower()
        if low in _META:
            name, source = _META[low]
            if name == "headline":
                value = _text(content)
                if value:
                    found.headlines.append((value, source))
            else:
                found.add(name, content, source)
        elif low in _META_AUTHORS:
            value = _text(content)
            if value and not value.lower().startswith(("http://", "https://")):
                found.authors.append(Authors([value], "meta", value))
        elif low in ("og:image", "twitter:image", "og:image:url"):
            found.images.append(Image(_text(content), None, None, None, "opengraph"))
    for link in tree.iter("link", "a"):
        rel = (link.get("rel") or "").lower().split()
        href = _text(link.get("href"))
        if not href:
            continue
        if "canonical" in rel and link.tag == "link":
            found.add("canonical_url", href, "link")
        if "license" in rel:
            found.add("license", href, "link")
        elif link.tag == "a" and _CC.match(href):
            found.add("license", href, "page")  # a Creative Commons mark
    root_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if root_lang:
        found.values.setdefault("language", []).insert(0, (root_lang.strip(), "html"))
    title = tree.find(".//title")
    if title is not None and title.text_content().strip():
        found.title = " ".join(title.text_content().split())
