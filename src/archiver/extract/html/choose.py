"""Where the page's parts disagree, which one the record takes (each rule says why)."""

from __future__ import annotations

import re

from archiver.extract.bylines import parse_byline
from archiver.extract.html.page import VisibleByline
from archiver.extract.html.structured import Structured
from archiver.model import BylineSource, Page, Warning

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wa | wb))


def choose_headline(structured: Structured, h1s: list[str]) -> tuple[str | None, list[Warning]]:
    """The visible h1 that the structured headlines (JSON-LD, og:title, <title>) confirm:
    what readers saw, without SEO rewording or a site-name suffix. Else the structured
    headline, else the title less its site suffix."""
    declared = [h for h, _ in structured.headlines] + (
        [structured.title] if structured.title else []
    )
    best, score = None, 0.0
    for h1 in h1s:
        s = max((_overlap(h1, d) for d in declared), default=0.0)
        if s > score:
            best, score = h1, s
    if best is not None and score >= 0.4:
        return best, []
    if structured.headlines:
        return structured.headlines[0][0], []
    if structured.title:
        title = re.split(r"\s+[|\-–—:]\s+[^|\-–—:]+$", structured.title)[0]
        return title, [Warning("headline-from-title", "headline taken from the page title")]
    if h1s:
        return h1s[0], []
    return None, []


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def choose_bylines(
    structured: Structured, visible: list[VisibleByline]
) -> tuple[list[str], str | None, list[BylineSource], list[Warning]]:
    """(names, raw byline, every source's names, warnings).

    Rule: the page's visible byline when it names people (what readers saw and what the
    archive's labels record), else structured data's people (JSON-LD, microdata, then meta
    tags), else a visible byline naming only a desk or agency. When the visible byline and
    structured data name different people both are kept in byline_sources and a
    `byline-sources-disagree` warning says so."""
    sources: list[BylineSource] = []
    for a in structured.authors:
        names = a.names
        if a.source == "meta":  # "A and B" in one meta tag
            parsed = parse_byline(f"By {a.raw or names[0]}")
            names = parsed.names if parsed and parsed.names else names
        sources.append(BylineSource(a.source, list(names), a.raw))
    for v in visible:
        sources.append(BylineSource("page", list(v.names), v.raw))
    # one entry per source and set of names
    unique: list[BylineSource] = []
    for s in sources:
        if not any(u.source == s.source and u.names == s.names for u in unique):
            unique.append(s)
    page = next((s for s in unique if s.source == "page" and s.names), None)
    structured_people = next(
        (
            s
            for s, a in zip(unique, structured.authors, strict=False)
            if s.source != "page" and s.names and not a.organisations
        ),
        None,
    )
    warnings: list[Warning] = []
    if page is not None:
        chosen = page
        if structured_people is not None and {_key(n) for n in structured_people.names} != {
            _key(n) for n in page.names
        }:
            warnings.append(
                Warning(
                    "byline-sources-disagree",
                    f"the page's byline names {', '.join(page.names)}; "
                    f"{structured_people.source} names {', '.join(structured_people.names)} "
                    "(the page's byline is kept)",
                )
            )
    elif structured_people is not None:
        chosen = structured_people
    else:
        chosen = next((s for s in unique if s.source == "page"), None)
    if chosen is None:
        return [], None, unique, warnings
    return list(chosen.names), chosen.raw or ", ".join(chosen.names), unique, warnings


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
    return Page(**values, sources=sources)  # type: ignore[arg-type]


def _htmldate(text: str) -> str | None:
    try:
        from htmldate import find_date

        return find_date(text, original_date=True, extensive_search=False)
    except Exception:  # htmldate on odd markup: no date is better than no record
        return None
