"""What a captured HTML page says about itself, for choosing the article pages of a WARC and
the photos each one shows.

Which pages are articles (the rule, in this order):

1. a page whose JSON-LD types include an article type (schema.org ``Article`` or any of its
   news/blog subtypes) or whose ``og:type`` is ``article`` is an article;
2. otherwise a page that declares itself a list (JSON-LD ``CollectionPage``, ``ItemList``,
   ``SearchResultsPage``, ``ProfilePage``) is not;
3. otherwise a page is an article when its main text (boilerplate removed) has at least
   ``MIN_ARTICLE_WORDS`` words. On the 120 real pages of the development corpus, 108 carry
   article markup and the shortest of the other 12 has 83 words of text; section fronts and
   tag pages without markup fall under the limit once their teasers are removed as boilerplate.

Photos: the ``img`` of each ``figure`` (its ``src``, ``data-src`` and every ``srcset``
candidate, largest first), resolved against ``<base href>`` or the page URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin

from lxml import etree
from lxml import html as lxml_html

from archiver.extract.html.structured import ARTICLE_TYPES  # the HTML extractor's list

MIN_ARTICLE_WORDS = 50
LIST_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage"})
_MAX_JSONLD = 1 << 20  # a script bigger than this is not a page's metadata


@dataclass(frozen=True)
class PageMarkers:
    types: frozenset[str]  # JSON-LD @type values, lower case, without the schema.org prefix
    og_type: str | None
    canonical: str | None  # link rel=canonical, else og:url, absolute


@dataclass(frozen=True)
class Verdict:
    is_article: bool
    reason: str  # why, for the report


def _doc(html: bytes) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _types(node: object, found: set[str], depth: int = 0) -> None:
    if depth > 8:
        return
    if isinstance(node, list):
        for item in node:
            _types(item, found, depth + 1)
    elif isinstance(node, dict):
        value = node.get("@type")
        for t in value if isinstance(value, list) else [value]:
            if isinstance(t, str):
                found.add(re.sub(r"^(?:https?://schema\.org/|schema:)", "", t).lower())
        graph = node.get("@graph")
        if graph is not None:
            _types(graph, found, depth + 1)


def page_markers(html: bytes, page_url: str | None) -> PageMarkers:
    doc = _doc(html)
    if doc is None:
        return PageMarkers(frozenset(), None, None)
    types: set[str] = set()
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        if len(text) > _MAX_JSONLD:
            continue
        try:
            _types(json.loads(text), types)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the other markers still count
    og_type = None
    og_url = None
    for meta in doc.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").strip().lower()
        if prop == "og:type" and og_type is None:
            og_type = (meta.get("content") or "").strip().lower() or None
        elif prop == "og:url" and og_url is None:
            og_url = (meta.get("content") or "").strip() or None
    canonical = None
    for link in doc.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = link.get("href", "").strip()
            break
    canonical = canonical or og_url
    if canonical and page_url:
        canonical = urljoin(page_url, canonical)
    if canonical and not re.match(r"https?://\S+$", canonical):
        canonical = None
    return PageMarkers(frozenset(types), og_type, canonical)


def article_verdict(markers: PageMarkers, main_text_words: Callable[[], int]) -> Verdict:
    """The documented rule (module docstring): is this page an article? The main text is
    extracted (main_text_words called) only for a page whose markup does not say."""
    article_types = sorted(markers.types & ARTICLE_TYPES)
    if article_types:
        return Verdict(True, f"JSON-LD type {article_types[0]}")
    if markers.og_type == "article":
        return Verdict(True, "og:type article")
    list_types = sorted(markers.types & LIST_TYPES)
    if list_types:
        return Verdict(False, f"list page (JSON-LD type {list_types[0]})")
    body_words = main_text_words()
    if body_words >= MIN_ARTICLE_WORDS:
        return Verdict(True, f"{body_words} words of main text")
    return Verdict(
        False,
        f"not an article: no article markup and {body_words} words of main text "
        f"(fewer than {MIN_ARTICLE_WORDS})",
    )


def _srcset(value: str) -> list[tuple[float, str]]:
    """srcset candidates as (width or density, URL), as written."""
    out = []
    for part in re.split(r",\s+", value.strip()):
        bits = part.strip().split()
        if not bits:
            continue
        size = 0.0
        if len(bits) > 1:
            m = re.fullmatch(r"(\d+(?:\.\d+)?)([wx])", bits[1])
            if m:
                size = float(m.group(1)) * (1 if m.group(2) == "w" else 1000)
        out.append((size, bits[0]))
    return out


def figure_images(html: bytes, page_url: str) -> list[list[str]]:
    """For each figure in page order, its image URLs (absolute, fragment removed), best first."""
    doc = _doc(html)
    if doc is None:
        return []
    base = page_url
    for b in doc.iter("base"):
        if b.get("href"):
            base = urljoin(page_url, b.get("href", "").strip())
            break
    figures = []
    for figure in doc.iter("figure"):
        candidates: list[str] = []
        for el in figure.iter("img", "source"):
            sets = [_srcset(el.get(a) or "") for a in ("srcset", "data-srcset")]
            ranked = sorted((c for s in sets for c in s), key=lambda c: -c[0])
            for attr in ("src", "data-src", "data-original"):
                if el.get(attr):
                    ranked.append((0.0, el.get(attr, "")))
            for _, url in ranked:
                url = url.strip()
                if not url or url.startswith("data:"):
                    continue
                absolute = urldefrag(urljoin(base, url))[0]
                if absolute not in candidates:
                    candidates.append(absolute)
        if candidates:
            figures.append(candidates)
    return figures
