"""Small helpers over an lxml tree: an element's text as a reader sees it, its marks
(class, id, itemprop, rel), and whether it stands outside the article."""

from __future__ import annotations

import re

from lxml import html as lxml_html

# Parts of a page that are not the article: navigation, sidebars, related stories, comments
# (a class or id token that starts so; "comments-open" and the like describe the article).
_OUTSIDE = re.compile(
    r"^(?:nav|navbar|navigation|menu|sidebar|related|recommend\w*|promo|newsletter|footer|"
    r"most-?popular|trending|more-?stories|outbrain|taboola|advert\w*|ad-slot|widget|"
    r"comments|comment-list|commentlist|comments-area|comments-section)(?:[-_]\w+)*$",
    re.I,
)
_DESCRIBES = re.compile(r"[-_](?:open|closed|count|link|links|number|enabled|disabled)$", re.I)
_BLOCK = {"p", "div", "br", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption"}


def visible_text(el: lxml_html.HtmlElement) -> str:
    """The element's text with a space between blocks and between inline elements that
    markup ran together ("Jeff Foust<time>Monday</time>"), white space collapsed."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if not isinstance(node.tag, str) or node.tag in ("script", "style", "noscript"):
            return
        parts.append(node.text or "")
        for child in node:
            if isinstance(child.tag, str) and child.tag not in ("script", "style", "noscript"):
                parts.append(" ")
                walk(child)
                parts.append(" " if child.tag in _BLOCK or child.tag in ("time", "span") else "")
            parts.append(child.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


def short_text(el: lxml_html.HtmlElement, limit: int) -> str | None:
    """The element's text when it is at most `limit` characters, else None; stops reading
    as soon as it is longer (a page's outer elements hold all of its text)."""
    size = 0
    for chunk in el.itertext():
        size += len(chunk.strip())
        if size > limit:
            return None
    return visible_text(el)


def marks(el: lxml_html.HtmlElement) -> str:
    values = (el.get("class"), el.get("id"), el.get("itemprop"), el.get("rel"))
    return " ".join(v for v in values if v)


def outside_article(el: lxml_html.HtmlElement) -> bool:
    """Inside navigation, a sidebar, a footer, related stories or comments. The body's own
    classes (WordPress puts "sidebar-left" there) say nothing about where an element is."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if anc.tag in ("nav", "aside", "footer"):
            return True
        tokens = " ".join(v for v in (anc.get("class"), anc.get("id")) if v).split()
        if any(_OUTSIDE.match(t) and not _DESCRIBES.search(t) for t in tokens):
            return True
    return False
