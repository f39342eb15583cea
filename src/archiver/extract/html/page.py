"""What the page shows a reader: its headline (h1), byline elements and photos
(figure/figcaption with their credits), in page order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archiver.extract.bylines import parse_byline
from archiver.extract.credits import find_credit, split_credit
from archiver.extract.html.structured import Structured
from archiver.model import Photo

# Parts of a page that are not the article: navigation, sidebars, related stories, comments.
_OUTSIDE = re.compile(
    r"\b(?:nav|menu|sidebar|related|recommend|promo|newsletter|comment|footer|"
    r"most-?popular|trending|more-?stories|outbrain|taboola|share|social|advert|ad-slot)",
    re.I,
)
_BYLINE_MARK = re.compile(r"byline|\bauthor|writer|contributor|reporter", re.I)
_CREDIT_MARK = re.compile(r"credit|copyright|photographer|attribution|source|courtesy", re.I)


def _text(el: lxml_html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _marks(el: lxml_html.HtmlElement) -> str:
    return " ".join(
        v for v in (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel")) if v
    )


def _outside_article(el: lxml_html.HtmlElement) -> bool:
    for anc in el.iterancestors():
        if anc.tag in ("nav", "aside", "footer"):
            return True
        if _OUTSIDE.search(" ".join(v for v in (anc.get("class"), anc.get("id")) if v)):
            return True
    return False


def visible_headlines(tree: lxml_html.HtmlElement) -> list[str]:
    """The page's h1 texts in order, those outside navigation and sidebars only."""
    out = []
    for h1 in tree.iter("h1"):
        text = _text(h1)
        if text and not _outside_article(h1) and text not in out:
            out.append(text)
    return out


@dataclass(frozen=True)
class VisibleByline:
    raw: str
    names: list[str]


def visible_bylines(tree: lxml_html.HtmlElement) -> list[VisibleByline]:
    """Byline elements (class, id, itemprop or rel naming an author or byline), outermost
    first, in page order; each read with the wire grammar's byline rules."""
    found: list[VisibleByline] = []
    taken: list[lxml_html.HtmlElement] = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style", "img"):
            continue
        if not _BYLINE_MARK.search(_marks(el)) or _outside_article(el):
            continue
        if any(t in el.iterancestors() for t in taken):
            continue
        text = _text(el)
        if not text or len(text) > 200:
            continue
        byline = parse_byline(text) or parse_byline(f"By {text}")
        if byline is None:
            continue
        taken.append(el)
        found.append(VisibleByline(text, list(byline.names)))
    return found


def _caption_credit(figure: lxml_html.HtmlElement) -> tuple[str, str | None]:
    """The caption as printed and the credit: a credit element's text, else the credit at
    the end of the caption (wire grammar)."""
    caption_el = figure.find(".//figcaption")
    caption = _text(caption_el) if caption_el is not None else ""
    credit = None
    for el in figure.iter():
        if isinstance(el.tag, str) and el is not figure and _CREDIT_MARK.search(_marks(el)):
            text = _text(el)
            if text:
                credit = text
                break
    if credit is None and caption:
        found = find_credit(caption)
        if found is not None:
            credit = found.credit
    if credit is not None:
        credit = re.sub(r"^\(?\s*(?:photo|image|credit|photograph)\s*:\s*", "", credit, flags=re.I)
        credit = credit.strip(" ()")
    return caption, credit or None


def _img_url(figure: lxml_html.HtmlElement) -> str | None:
    img = figure.find(".//img")
    if img is None:
        return None
    for attr in ("src", "data-src", "data-lazy-src", "data-original"):
        value = img.get(attr)
        if value and not value.startswith("data:"):
            return value.strip()
    return None


def page_photos(tree: lxml_html.HtmlElement, structured: Structured) -> list[Photo]:
    """Photos shown with the article: each figure (not in navigation or sidebars) with its
    caption and credit, in page order; JSON-LD image credits fill in by URL."""
    by_url = {i.url: i for i in structured.images if i.url}
    photos: list[Photo] = []
    for figure in tree.iter("figure"):
        if _outside_article(figure) or any(a.tag == "figure" for a in figure.iterancestors()):
            continue
        caption, credit = _caption_credit(figure)
        url = _img_url(figure)
        known = by_url.get(url) if url else None
        if credit is None and known is not None:
            credit = known.credit
        if not caption and not credit:
            continue
        parts = split_credit(credit) if credit else None
        photos.append(
            Photo(
                caption=caption,
                credit=credit,
                photographer=parts.photographer if parts else None,
                agency=parts.agency if parts else None,
                position=None,
                count=None,
                licensable=False,
                url=url,
                copyright_holder=known.copyright_holder if known else None,
            )
        )
    return photos
