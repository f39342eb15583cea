"""The dateline grammar: `PLACE[, Region][/PLACE2][, DATE][ (AGENCY)| , Agency] DASH` at the
start of a story's first paragraph, and the resolution of its date.

Covers UPI (`SEOUL, Nov. 19 (UPI) --`), AP (`NEW YORK (AP) —`), Reuters (`LONDON, March 3
(Reuters) -`, `WASHINGTON, Oct 20, Reuter -`, `RIYADH, March 11 -`), AFP (`PARIS (AFP) -`),
newspaper style (`BUFFALO, N.Y. —`) and day-month order (`GENEVA, 19 November (Reuters) -`).
A place must be printed in capitals and the dateline must end in a dash or an agency in
parentheses, so `DEAR ABBY: ...` and `NEW YORK is ...` are not datelines.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as dateparser

from archiver.model import Dateline, Warning

# Month names as wire services print them, in English and in the languages of their
# foreign-language services (Spanish, French, German, Portuguese, Italian).
_MONTH_NAMES: list[tuple[str, ...]] = [
    (
        "jan",
        "january",
        "ene",
        "enero",
        "janv",
        "janvier",
        "jän",
        "januar",
        "janeiro",
        "gen",
        "gennaio",
    ),
    (
        "feb",
        "february",
        "febr",
        "febrero",
        "févr",
        "fevr",
        "février",
        "februar",
        "fev",
        "fevereiro",
        "febbraio",
    ),
    ("mar", "march", "marzo", "mars", "mär", "märz", "março"),
    ("apr", "april", "abr", "abril", "avr", "avril", "aprile"),
    ("may", "mayo", "mai", "maio", "mag", "maggio"),
    ("jun", "june", "junio", "juin", "juni", "junho", "giu", "giugno"),
    ("jul", "july", "julio", "juil", "juillet", "juli", "julho", "lug", "luglio"),
    ("aug", "august", "ago", "agosto", "août", "aout"),
    ("sep", "sept", "september", "septiembre", "septembre", "setembro", "set", "settembre"),
    ("oct", "october", "octubre", "octobre", "okt", "oktober", "out", "outubro", "ott", "ottobre"),
    ("nov", "november", "noviembre", "novembre", "novembro"),
    (
        "dec",
        "december",
        "dic",
        "diciembre",
        "déc",
        "dec",
        "décembre",
        "dez",
        "dezember",
        "dezembro",
        "dicembre",
    ),
]
_MONTH = (
    "(?i:"
    + "|".join(
        sorted({re.escape(n) for names in _MONTH_NAMES for n in names}, key=len, reverse=True)
    )
    + r")\b\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MONTH}(?:,?\s+{_YEAR})?)"
    rf"|{_WEEKDAY})"
)
# An upper-case word: letters in capitals, with the dots, apostrophes and hyphens of
# names like ST. LOUIS, WINSTON-SALEM, CÔTE D'IVOIRE.
_UPWORD = r"[^\W\d_a-z][^\W\d_a-z.'’\-]*\.?(?:[-'’][^\W\d_a-z]+\.?)*"
_PLACE = rf"{_UPWORD}(?:\s+{_UPWORD}){{0,5}}"
# A region or country after the place: Title-case words or abbreviations (Calif., N.Y., D.C.).
_REGION_WORD = rf"(?!{_MONTH}\s|{_WEEKDAY}\b)(?:[A-Z][a-z]*\.(?:[A-Z][a-z]*\.)*|[A-Z][\w'’\-]+|of|de|del|da|do)"
_REGION = rf"{_REGION_WORD}(?:\s+{_REGION_WORD}){{0,3}}"
_AGENCY_PAREN = r"\((?P<agency>[A-Za-z][\w.&/\- ]{0,30})\)"
# Older Reuters copy puts the agency after a comma: `WASHINGTON, Oct 20, Reuter -`.
_AGENCY_COMMA = (
    r"(?P<agency2>Reuters?|AP|UPI|AFP|dpa|DPA|Xinhua|Kyodo|Bernama|Interfax|Tass|TASS|"
    r"ANSA|EFE|PTI|IANS|Yonhap|CP|AAP|PA|Bloomberg)"
)
_DASH = r"(?P<dash>--|—|–|-(?!-)|―|‒)"

DATELINE_RE = re.compile(
    rf"""^(?P<raw>
        (?P<place>{_PLACE}(?:,\s+{_REGION})?(?:\s*/\s*{_PLACE}(?:,\s+{_REGION})?)?)
        (?:,\s+(?P<date>{_DATE}))?
        (?:
            \s*{_AGENCY_PAREN}(?:\s*{_DASH.replace("dash", "dash1")})?
          | ,\s+{_AGENCY_COMMA}\s*{_DASH.replace("dash", "dash2")}
          | \s*{_DASH}
        )
    )(?=[\s"“‘'\-—–]|$)""",
    re.VERBOSE,
)

# Less common forms, accepted only with an agency in parentheses and a dash, which no
# ordinary sentence has: no place (UPI's "Nov. 16 (UPI) --") or a place not in capitals
# (AFP's "Nairobi (AFP) -").
_TITLE_WORD = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*"
AGENCY_DATELINE_RE = re.compile(
    rf"""^(?P<raw>
        (?:(?P<place>{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|de|del|da|do|la|el)){{0,3}}
            (?:,\s+{_REGION})?)(?:,\s+(?P<date>{_DATE}))?
          | (?P<date2>{_DATE}))
        \s*{_AGENCY_PAREN}\s*{_DASH}
    )(?=[\s"“‘'\-—–]|$)""",
    re.VERBOSE,
)

_GLUED_DASH = re.compile(r"\s*(?:--|—|–|-(?=[A-Z\"“]))")

# Words that look like a place in capitals but open ordinary sentences or columns.
_NOT_PLACES = {
    "DEAR",
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EDITOR'S",
    "EDITORS",
    "NOTE",
    "WARNING",
    "FILE",  # AP captions: "FILE - In this 2019 photo, ..."
}


@dataclass(frozen=True)
class DatelineMatch:
    dateline: Dateline
    rest: str  # the paragraph's text after the dateline
    warnings: tuple[Warning, ...]


def _place_is_capitals(place: str) -> bool:
    head = re.split(r"[,/]", place, maxsplit=1)[0].strip()
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    return head.split()[0].rstrip(".:") not in _NOT_PLACES


def match_dateline(paragraph: str, reference_date: dt.date | None = None) -> DatelineMatch | None:
    """The dateline at the start of a paragraph, or None."""
    m = DATELINE_RE.match(paragraph)
    if not m or not _place_is_capitals(m.group("place")):
        m = AGENCY_DATELINE_RE.match(paragraph)
        if not m:
            return None
    groups = m.groupdict()
    agency = groups.get("agency") or groups.get("agency2")
    if agency and re.fullmatch(_DATE, agency):  # "(Nov. 19)" is no agency
        return None
    if agency and any(ch.isdigit() for ch in agency):
        return None
    raw = m.group("raw").strip()
    rest = paragraph[m.end() :]
    glued = _GLUED_DASH.match(rest)
    if glued and groups.get("agency") and not groups.get("dash1"):
        # "(UPI) --As more": scraping ate the space after the dash
        raw += glued.group(0).rstrip()
        rest = rest[glued.end() :]
    rest = rest.strip()
    date_text = _date_text(groups.get("date") or groups.get("date2"))
    date, warnings = resolve_date(date_text, reference_date)
    return DatelineMatch(
        dateline=Dateline(
            raw=raw,
            place=re.sub(r"\s+", " ", m.group("place")).strip() if m.group("place") else None,
            date=date,
            date_text=date_text,
            source=agency.strip() if agency else None,
        ),
        rest=rest,
        warnings=tuple(warnings),
    )


def _date_text(date: str | None) -> str | None:
    """The calendar date as printed, without a leading weekday; None for a weekday alone."""
    if not date or re.fullmatch(_WEEKDAY, date.strip()):
        return None
    return re.sub(rf"^{_WEEKDAY},?\s+", "", date).strip() or None


class _WireParserInfo(dateparser.parserinfo):
    MONTHS = _MONTH_NAMES  # type: ignore[assignment]


_PARSERINFO = _WireParserInfo()
_LEAP = dt.datetime(2000, 1, 1)


def resolve_date(
    date_text: str | None, reference_date: dt.date | None
) -> tuple[str | None, list[Warning]]:
    """ISO date for a dateline's date text; the year comes from the text or the reference date.

    Without a printed year the year is the one that puts the date nearest the reference date
    but at most 7 days after it (a dateline is not written long before its story is filed).
    """
    if not date_text:
        return None, []
    try:
        # parsed twice with different default years: if they disagree the text has no year
        text = re.sub(r"(?<=\d)(?:er|º)\b|(?<=\d)\.(?=\s)", "", date_text)  # "1er", "14."
        first = dateparser.parse(text, parserinfo=_PARSERINFO, default=_LEAP)
        second = dateparser.parse(text, parserinfo=_PARSERINFO, default=dt.datetime(2004, 1, 1))
    except (ValueError, OverflowError):
        return None, [Warning("invalid-date", f"dateline date {date_text!r} does not exist")]
    if first.year == second.year:
        return first.date().isoformat(), []
    if reference_date is None:
        return None, [
            Warning(
                "date-without-year",
                f"dateline date {date_text!r} has no year and no --reference-date was given",
            )
        ]
    limit = reference_date + dt.timedelta(days=7)
    candidates = []
    for year in (reference_date.year - 1, reference_date.year, reference_date.year + 1):
        try:
            day = dt.date(year, first.month, first.day)
        except ValueError:  # 29 February outside a leap year
            continue
        if day <= limit:
            candidates.append(day)
    if not candidates:
        return None, [
            Warning("invalid-date", f"dateline date {date_text!r} fits no year near the reference")
        ]
    best = min(candidates, key=lambda d: abs((d - reference_date).days))
    return best.isoformat(), [
        Warning(
            "year-from-reference-date",
            f"year {best.year} of dateline date {date_text!r} taken from --reference-date "
            f"{reference_date.isoformat()}",
        )
    ]
