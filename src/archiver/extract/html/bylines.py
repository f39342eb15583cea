"""The byline a reader sees on the page: elements marked as a byline or author (class, id,
itemprop, rel), else a short line opening with "By" (or its equivalent in other languages)
near the headline. Names are split and cleaned with the rules of the wire grammar, widened
for the web: names in scripts without capitals, a single name in an element marked as the
author, a desk or outlet printed as the only byline ("JERUSALEM POST STAFF")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from archiver.extract.bylines import is_agency, looks_like_name
from archiver.extract.html.text import marks, outside_article, short_text

_MARK = re.compile(r"byline|\bauthor|writer|reporter|contributor|\bcreator", re.I)
# marked elements that are about the author rather than the byline
_NOT_BYLINE = re.compile(
    r"\bbio|description|profile|about|comment|avatar|-img|image|photo|follow|"
    r"social-links|more-from|other-|related|author-box|authorbox|info-box",
    re.I,
)
_PREFIX = re.compile(
    r"^(?:by|written by|story by|reporting by|text by|words by|posted by|published by|"
    r"publicado por|escrito por|texto(?: de| por)?|por|von|par|door|di|av|af|"
    r"текст|автор|авторы|작성자|글|기자|筆者)\s*[:：]?\s+",
    re.I,
)
# a byline label that may follow a date in a line ("05/10/2018 - Publicado por: X")
_LABEL = re.compile(
    r"(?:^|\s[-–—|•·]\s)(?=(?:written by|posted by|published by|publicado por|escrito por|"
    r"autor|author|auteur|verfasser)\s*[:：])",
    re.I,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b"
# where a byline line stops naming people: a date, a time, a separator, "Published", "Updated"
_END = re.compile(
    rf"\s*(?:\S*\d|\b{_MONTH}\s+\d|\b{_WEEKDAY}|\b(?:published|updated|posted|last updated)\b|"
    r"\bon\s|"
    r"\s[|•·]\s|\s[-–—]\s|\s/\s|$)",
    re.I,
)
_SPLIT = re.compile(
    r"\s*,\s*(?:and\s+)?|\s+(?:and|&|y|e|und|et|и|ja|och|og|en)\s+|\s*[;、]\s*", re.I
)
_HANDLE = re.compile(r"\s*@\w+\s*$")
# "Kevin McCoy USA TODAY": an outlet in capitals after a name in mixed case
_TRAILING_CAPS = re.compile(r"(?<=[a-z])(?:\s+[A-Z]{2,}\b)+\s*$")
_CASED = re.compile(r"[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]")


@dataclass(frozen=True)
class VisibleByline:
    raw: str  # the byline as printed
    names: list[str]  # people named
    desk: str | None = None  # the desk or outlet, when the byline names no person


def byline_names(
    text: str, *, marked: bool, site_names: tuple[str, ...] = ()
) -> tuple[list[str], str | None]:
    """People (and else a desk) named in a byline's text; the outlet's own name (a site
    name printed after the author's) is no name."""
    label = _LABEL.search(text)
    if label and label.end() > 0:
        text = text[label.end() :]
    text = re.sub(r"^(?:autor|author|auteur|verfasser)\s*[:：]\s*", "", text.strip(), flags=re.I)
    text = _PREFIX.sub("", text.strip())
    for site in site_names:
        if len(site) > 2:
            text = re.sub(rf"[\s,]+{re.escape(site)}\s*$", "", text, flags=re.I)
    m = _END.search(text)
    text = text[: m.start()] if m else text
    text = text.strip(" ,.:;-–—|")
    if not text or len(text) > 120:
        return [], None
    names: list[str] = []
    parts = _SPLIT.split(text)
    for part in parts:
        part = _HANDLE.sub("", part).strip(" .,")
        tokens = part.split()
        half = len(tokens) // 2
        if tokens and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:
            part = " ".join(tokens[:half])  # "Sean Martin Sean Martin": name and link text
        part = _TRAILING_CAPS.sub("", part) if not part.isupper() else part
        if not part or any(_same(part, site) for site in site_names):
            continue
        if len(part.split()) == 1 and len(parts) > 1:
            if names:
                break  # "Jane Roe, MS, RD": credentials after the name
            continue  # "Reuters, Washington": a place after the agency
        if _is_name(part, marked=marked):
            if part not in names:
                names.append(part)
        elif names:
            break  # "Jane Roe, Senior Writer": an affiliation follows the names
    desk = None
    if not names and is_agency(parts[0].strip(" .")):
        desk = parts[0].strip(" .")  # "Reuters, Washington": the agency is the byline
    elif not names and _is_desk(text):
        desk = text
    return names, desk


def _same(a: str, b: str) -> bool:
    """The same outlet: "CNN Business" and "CNN", "Business Insider" and "Insider"."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _is_name(part: str, *, marked: bool) -> bool:
    if _PREFIX.match(part + " "):
        return False  # "By" alone
    if any(ch.isdigit() for ch in part) or len(part) > 60 or is_agency(part):
        return False
    tokens = part.split()
    if not 1 <= len(tokens) <= 5:
        return False
    if not _CASED.search(part):
        return marked  # Korean, Japanese, Chinese names: only where the page marks them
    if part.isupper() and 2 <= len(tokens) <= 4:
        return looks_like_name(part.title())
    if len(tokens) == 1:
        return marked and part[:1].isupper() and len(part) > 1
    return looks_like_name(part)


def _is_desk(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= 5 and text[:1].isupper() and not text.endswith((".", "!", "?"))


def _candidates(tree: lxml_html.HtmlElement) -> list[tuple[lxml_html.HtmlElement, bool]]:
    """Elements that may hold the byline, in page order, and whether they are marked."""
    found = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link", "script", "style", "img"):
            continue
        if el.tag in ("html", "body", "article", "main", "section"):
            continue
        m = marks(el)
        if _MARK.search(m) and not _NOT_BYLINE.search(m):
            found.append((el, True))
        elif el.tag in ("p", "div", "span", "small", "li", "address", "em", "strong", "h5", "h6"):
            text = short_text(el, 150)
            if text and (_PREFIX.match(text) or _LABEL.search(text)):
                found.append((el, False))
    return [(el, marked) for el, marked in found if not outside_article(el)]


def _weight(b: VisibleByline) -> tuple[int, int, int]:
    """How much a reading of a byline says: full names first, then a desk, then single
    names (an inner element's "Washington" is a place after the agency, not a person)."""
    full = sum(len(n.split()) > 1 or not _CASED.search(n) for n in b.names)
    return full, int(b.desk is not None), len(b.names) - full


_MAX_GROUPS = (
    60  # a byline is near the top: a page of thousands of "author" marks is not read to the end
)


def visible_bylines(
    tree: lxml_html.HtmlElement, site_names: tuple[str, ...] = ()
) -> list[VisibleByline]:
    """The page's bylines in page order: for each candidate element the reading (its own or
    a marked descendant's) that names the most people."""
    out: list[VisibleByline] = []
    cands = _candidates(tree)
    marked_of = dict(cands)
    groups: dict[lxml_html.HtmlElement, list[lxml_html.HtmlElement]] = {}
    tops: list[lxml_html.HtmlElement] = []
    for el, _ in cands:  # each candidate under its outermost candidate ancestor
        top = next((a for a in reversed(list(el.iterancestors())) if a in marked_of), None)
        if top is None:
            tops.append(el)
            groups[el] = [el]
        else:
            groups[top].append(el)
    for el in tops[:_MAX_GROUPS]:
        best: VisibleByline | None = None
        for node in groups[el]:
            mk = marked_of[node]
            text = short_text(node, 200)
            if not text:
                continue
            names, desk = byline_names(text, marked=mk, site_names=site_names)
            if not names and not desk:
                continue
            reading = VisibleByline(text, names, desk)
            if best is None or _weight(reading) > _weight(best):
                best = reading
        if best is not None:
            out.append(best)
            if best.names:
                break  # the first byline naming people is the article's
    return out


# "정덕현 칼럼니스트 thekian1@entermedia.co.kr", "Jane Roe jane@example.com": a signature
# line closing the text, as Korean and many small sites print the author
_SIGNATURE = re.compile(r"^(?P<before>[^@\s][^@]{0,40}?)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_ROLES = re.compile(
    r"^(?:칼럼니스트|기자|특파원|객원기자|편집위원|논설위원|记者|記者|columnist|reporter|"
    r"correspondent|writer|editor|staff|소설가|작가|평론가|교수)$",
    re.I,
)


def signature_byline(body: list[str]) -> VisibleByline | None:
    """The author named in a signature line (name, role, e-mail) among the last paragraphs."""
    for para in reversed(body[-5:]):
        m = _SIGNATURE.match(para.strip())
        if not m:
            continue
        tokens = [t for t in m.group("before").split() if not _ROLES.match(t)]
        if 1 <= len(tokens) <= 3 and not any(ch.isdigit() for t in tokens for ch in t):
            name = " ".join(tokens)
            if _CASED.search(name) and not looks_like_name(name):
                continue
            return VisibleByline(para.strip(), [name])
    return None
