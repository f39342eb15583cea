"""Where the page's parts disagree, which one the record takes (each rule says why)."""

from __future__ import annotations

import re

from archiver.extract.html.bylines import _PREFIX as _PREFIX_WORDS
from archiver.extract.html.bylines import VisibleByline, byline_names
from archiver.extract.html.structured import Structured
from archiver.model import BylineSource, Page, Warning

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wa | wb))


_SITE_SEP = re.compile(r"\s+(?:[|\-–—:·•»]|::)\s+")


def strip_site_name(title: str, site_names: list[str]) -> str:
    """A title less a trailing (or leading) site name: "Floods hit | Example News"."""
    seps = list(_SITE_SEP.finditer(title))
    if not seps:
        return title
    names = [n for n in site_names if n]

    def is_site(part: str) -> bool:
        compact = re.sub(r"\W", "", part.lower())
        return any(
            _overlap(part, n) >= 0.5 or (compact and compact in re.sub(r"\W", "", n.lower()))
            for n in names
        )

    last, first = seps[-1], seps[0]
    tail, head = title[last.end() :], title[: last.start()]
    if is_site(tail):
        return head.strip()
    if is_site(title[: first.start()]):
        return title[first.end() :].strip()
    if len(tail.split()) <= 3 and len(head.split()) >= 2 * len(tail.split()) + 2:
        # "... - Digg", "... – Vortex Cannon Entertainment": a short trailing name after a
        # long title is the site's, even where the page does not name its site
        if not tail[:1].islower() and not any(ch.isdigit() for ch in tail):
            return head.strip()
    return title


def choose_headline(
    structured: Structured, h1s: list[str], site_names: list[str]
) -> tuple[str | None, list[Warning]]:
    """The visible h1 that the structured headlines (JSON-LD, og:title, <title>) confirm:
    what readers saw, without SEO rewording or a site-name suffix. Else the structured
    headline, else the title, each less a site name."""
    declared = [h for h, _ in structured.headlines] + (
        [structured.title] if structured.title else []
    )
    best, score = None, 0.0
    for h1 in h1s:
        if any(_overlap(h1, n) >= 0.8 for n in site_names):
            continue  # the site's name set as an h1 (a logo)
        s = max((_overlap(h1, d) for d in declared), default=0.0)
        if s > score:
            best, score = h1, s
    if best is not None and score >= 0.4:
        return best, []
    if structured.headlines:
        return strip_site_name(structured.headlines[0][0], site_names), []
    if structured.title:
        title = strip_site_name(structured.title, site_names)
        return title, [Warning("headline-from-title", "headline taken from the page title")]
    if h1s:
        return h1s[0], []
    return None, []


def _key(name: str) -> str:
    return " ".join(name.lower().split())


# a CMS account rather than a person ("admin", "jdoe", "AS"): structured data often names
# the user who posted the page
_ACCOUNT = re.compile(
    r"^(?:admin\w*|administrator|webmaster|editor|staff|root|guest|author|user\d*|"
    r"[a-z0-9_.-]+|\w{1,2})$"
)


def choose_bylines(
    structured: Structured, visible: list[VisibleByline]
) -> tuple[list[str], str | None, list[BylineSource], list[Warning]]:
    """(names, raw byline, every source's names, warnings).

    Rule: the page's first visible byline when it names people (what readers saw, and what
    the archive's labels record), else the people structured data names (JSON-LD,
    microdata, then meta tags), else the desk or outlet a visible byline prints as the only
    credit ("JERUSALEM POST STAFF"). An organisation named only in structured data is kept
    in byline_sources but is no byline. When the visible byline and structured data name
    different people, both stay in byline_sources and a `byline-sources-disagree` warning
    says which was kept."""
    sources: list[BylineSource] = []
    people: list[BylineSource] = []  # structured sources naming people
    for a in structured.authors:
        names = list(a.names)
        if a.source == "meta" or any(_PREFIX_WORDS.match(n) for n in names):
            # "A and B" in one meta tag, "BY: A" in a JSON-LD name
            split = [byline_names(n, marked=True)[0] for n in names]
            names = [n for group in split for n in group] or names
        names = [n for n in names if not _ACCOUNT.match(n)]
        if not names:
            continue
        entry = BylineSource(a.source, names, a.raw)
        if not any(e.source == entry.source and e.names == entry.names for e in sources):
            sources.append(entry)
            if not a.organisations and names:
                people.append(entry)
    page = next((v for v in visible if v.names), None)
    desk = next((v for v in visible if v.desk), None)
    for v in [page, desk]:
        if v is not None:
            sources.append(BylineSource("page", list(v.names) or [v.desk or v.raw], v.raw))
    warnings: list[Warning] = []
    if page is not None:
        if people and {_key(n) for n in people[0].names} != {_key(n) for n in page.names}:
            warnings.append(
                Warning(
                    "byline-sources-disagree",
                    f"the page's byline names {', '.join(page.names)}; {people[0].source} "
                    f"names {', '.join(people[0].names)} (the page's byline is kept)",
                )
            )
        return list(page.names), page.raw, sources, warnings
    if people:
        return list(people[0].names), people[0].raw or ", ".join(people[0].names), sources, []
    if desk is not None and desk.desk:
        return [desk.desk], desk.raw, sources, []
    return [], None, sources, []


def page_metadata(structured: Structured, text: str) -> Page:
    """The Page record: each value from the first source that states it; the publication
    date from htmldate (which reads a page's many date conventions) when none does."""
    values: dict[str, str | None] = {}
    sources: dict[str, str] = {}
    for key in (
        "canonical_url",
        "published",
        "modified",
        "publisher",
        "section",
        "site_name",
        "license",
        "description",
    ):
        value, source = structured.first(key)
        values[key] = value
        if value and source:
            sources[key] = source
    if values["published"] is None:
        date = _htmldate(text)
        if date:
            values["published"] = date
            sources["published"] = "htmldate"
    return Page(**values, sources=sources)


def _htmldate(text: str) -> str | None:
    try:
        from htmldate import find_date

        return find_date(text, original_date=True, extensive_search=False)
    except Exception:  # htmldate on odd markup: no date is better than no record
        return None
