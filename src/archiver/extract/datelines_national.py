"""Datelines of national news agencies whose shapes the main grammar does not read.

Small countries' agencies print the dateline in house styles of their own:

- `BRUSSELS 15/10 (BELGA) –`, `Brussels, 19/11 (BELGA) =`: the day and month in figures, the agency
  in brackets, a dash or (Belga's feed) an equals sign closing it;
- `Bratislava 3. marca (TASR) -`: no comma before the date, the day with a full stop; a
  story filed from two cities names both, a slash between (`MOSCOW/KIEV March 3`, as
  database exports print Reuters' DATELINE field);
- `Berlin, 03.03.2025 (dpa) -`, `Hà Nội, ngày 3/3/2025 (TTXVN) -`: the date in figures with
  dots (and its year) or Vietnamese's "ngày" (day) before it;
- `Addis Ababa, December 11/2024 (ENA) –`: the year after a slash;
- `Ulaanbaatar, January 14, 2025 /MONTSAME/.`: the agency between slashes, then a full stop;
- `YEREVAN, MAY 30, ARMENPRESS.`: the agency after the date, then a full stop;
- `BAKU, Azerbaijan, March 18.`: a place in capitals, its country, the date and a full stop.

- `WESTERN BUREAU: Farmers in Westmoreland ...`: a paper's regional bureau in capitals where
  the place stands (the Gleaner's desks), a colon or a dash, then the story;
- `Dar es Salaam. The Tanzania Ports Authority ...`, `ROMA. Il governo ...`: a city closed by a
  full stop, then the story (East African and Italian papers); only a city the gazetteer knows
  (no country or state), before a sentence of story.

This grammar is asked only when the main one found no dateline (datelines.match_dateline),
and it needs more evidence than the main one: always a date that exists, and besides it an
agency's mark (brackets, slashes, or a code in capitals after the date) or, with no agency,
a place in capitals; a full stop closes the dateline only when a sentence of story follows.
"""

from __future__ import annotations

import re

# Names of months in the languages the main grammar knows; their number is their index + 1.
from archiver.extract.datelines import _MONTH_NAMES
from archiver.extract.datelines_intl import IntlDateline

_MONTH_NUMBER = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
_MONTH = "|".join(sorted((re.escape(n) for n in _MONTH_NUMBER), key=len, reverse=True))

_PLACE = r"[^\W\d_][^\W\d_'’.-]*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,3}"
_REGION = r"[A-Z][^\W\d_'’.-]+(?: [A-Z][^\W\d_'’.-]+){0,2}"
_CODE = r"(?:dpa|[A-ZČŠŽŘĆĐ][A-Za-zčšžřćđ&.-]{1,20})"  # "ČTK", "BelTA", "dpa"

NATIONAL_RE = re.compile(
    rf"""^(?P<raw>
    (?P<place>{_PLACE}(?:/{_PLACE}){{0,3}})(?:,[ \t]*(?P<region>{_REGION}))?
    (?:,[ \t]*|[ \t]+)
    (?:
        (?P<mon>(?i:{_MONTH}))\.?[ \t]+(?P<day>\d{{1,2}})(?:[ \t]*[,/][ \t]*(?P<year>\d{{4}}))?
      | (?P<day2>\d{{1,2}})\.?[ \t]+(?P<mon2>(?i:{_MONTH}))\.?(?:,?[ \t]+(?P<year2>\d{{4}}))?
      | (?:ngày[ \t]+)?(?P<nday>\d{{1,2}})(?P<nsep>[/.])(?P<nmon>\d{{1,2}})
        (?:(?P=nsep)(?P<nyear>\d{{4}}))?(?=[ \t]*[(/])
    )
    (?:
        [ \t]*\((?P<agency>{_CODE}(?:[ \t]{_CODE})?)\)
      | [ \t]*/(?P<agency2>{_CODE}(?:[ \t]{_CODE})?)/
      | ,[ \t]*(?P<agency3>[A-Z][A-Z&-]{{1,15}})(?=[ \t]*(?:\.|--|—|–|-)[ \t])
    )?
    [ \t]*(?P<stop>--|—|–|-(?=[ \t])|=(?=[ \t])|\.(?=[ \t]+["“‘'A-Z]))
    )[ \t]+(?P<rest>.*)$""",
    re.VERBOSE | re.DOTALL,
)
_WINDOW = 240
_DIGIT = re.compile(r"\d")
# A full stop closes the dateline only before a sentence of story, not a headline's words.
_STORY_WORDS = 8


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


# `Dar es Salaam. The ...`: capitalised words (with the small words of names between them)
# and a full stop, then a capital opening the story's sentence.
_PLACE_STOP = re.compile(
    r"^(?P<place>[A-Z][^\W\d_'’.-]+(?:[ -](?:[a-z]{1,3}[ -])?[A-Z][^\W\d_'’.-]+){0,2})\."
    r"[ \t]+(?P<rest>[\"“‘'A-Z].*)$",
    re.DOTALL,
)
# A sentence of story after the place, not a headline's or a caption's few words.
_SENTENCE_WORDS = 12
_PLACE_LETTERS = 5
# "PHOTO | NAME", "Picture: NAME": a photo's label, which a caption carries and a story not.
_PHOTO_LABEL = re.compile(r"\b(?i:photos?|pictures?|images?)\s*[|:]")


# `WESTERN BUREAU:`, `NORTH EAST BUREAU —`: the bureau's name in capitals (a region's
# words), a colon or a dash, then a capital opening the story.
_BUREAU = re.compile(
    r"^(?P<raw>(?P<place>(?:[A-Z][A-Z'’-]+[ /]){1,3}BUREAU)[ \t]*(?::|--|—|–))"
    r"[ \t]+(?P<rest>[\"“‘'A-Z].*)$",
    re.DOTALL,
)


def _bureau(paragraph: str) -> IntlDateline | None:
    """A regional bureau named in the dateline's place (`WESTERN BUREAU: ...`) over a sentence
    of story; not "OUR BUREAU", which signs a story as its byline does."""
    m = _BUREAU.match(paragraph[:_WINDOW])
    if m is None or m.group("place").split()[0] == "OUR":
        return None
    rest = paragraph[m.start("rest") :].strip()
    if len(rest[:_WINDOW].split()) < _SENTENCE_WORDS:
        return None
    form = "regional papers' (a bureau in capitals where the place stands)"
    return _place_only(m.group("raw"), m.group("place"), rest, form)


def _place_only(raw: str, place: str, rest: str, form: str) -> IntlDateline:
    """A dateline that names its place only: no date, no agency."""
    return IntlDateline(
        raw=raw,
        place=place,
        source=None,
        month=None,
        day=None,
        year=None,
        date_text=None,
        names=(),
        rest=rest,
        form=form,
    )


# A city of four letters in mixed case closes a dateline with a full stop only when this many
# people live there ("Lira.", "Gulu.", "Pune.", "Riga."): no title's abbreviation ("Gen.",
# "Rep.", "Capt.", "Prof.", "Supt.") is the name of so large a town.
_SHORT_CITY_PEOPLE = 100_000
# The words that open an ordinary sentence after a one-word lede ("Nice. That was the word
# ...", "Kent. Just Kent, he tells ...", "Ruse. That is the word ..."): a four-letter word
# and its stop before one of them is a word set apart, not a city's dateline.
_LEDE_OPENERS = frozenset(
    {
        "that", "this", "these", "those", "it", "its", "just", "so", "but", "and", "or",
        "the", "a", "an", "he", "she", "we", "they", "i", "you", "yes", "no", "not", "now",
        "then", "well", "only", "there", "here", "what", "why", "how",
    }
)  # fmt: skip


def _too_short_for_city(place: str, rest: str) -> bool:
    """`place` has too few letters to be taken for a city before a full stop: five at least
    (four in capitals, as Italian papers print "ROMA."), or four naming a large city that the
    story after it names again or places in its country ("Lira. Hundreds of traders at Lira
    Main Market ...", "Lima. Peru's Congress ..."), the story not opening as an ordinary
    sentence does ("Nice. That was the word ...", "Mary. That was the name ...")."""
    from archiver.extract.gazetteer import countries_of

    letters = sum(c.isalpha() for c in place)
    if letters >= _PLACE_LETTERS - _is_capitals(place):
        return False
    if letters != _PLACE_LETTERS - 1 or " " in place:
        return True
    words = rest.split()
    if not words or words[0].strip("\"'“‘,").lower() in _LEDE_OPENERS:
        return True
    countries = countries_of(place, _SHORT_CITY_PEOPLE)
    if not countries:
        return True
    return not any(
        re.search(rf"\b{re.escape(name)}\b", rest) is not None for name in (place, *countries)
    )


def _place_stop(paragraph: str) -> IntlDateline | None:
    """`Dar es Salaam. The ...`: a city the gazetteer knows, in mixed case, closed by a full
    stop before a sentence of story (a country or a state alone is no dateline)."""
    from archiver.extract.credits import find_credit
    from archiver.extract.datelines import _NOT_PLACES
    from archiver.extract.gazetteer import is_known_place, is_region

    m = _PLACE_STOP.match(paragraph[:_WINDOW])
    if m is None:
        return None
    place = m.group("place")
    rest = paragraph[m.start("rest") :].strip()
    if (
        # "Rep. Jane Doe", "Gen. Ali", "Mrs. Roe": a title's abbreviation, which the
        # gazetteer's alternate names hold too; a city named so needs five letters or more
        # (four in capitals, as Italian papers print "ROMA.")
        _too_short_for_city(place, rest)
        or place.split()[0].upper() in _NOT_PLACES
        or len(rest[:_WINDOW].split()) < _SENTENCE_WORDS
        # "Arusha. Ships at the quay. PHOTO | FILE": a caption
        or find_credit(rest) is not None
        or _PHOTO_LABEL.search(rest[-_WINDOW:]) is not None
        or is_region(place)
        or not is_known_place(place)
    ):
        return None
    form = "papers' (a known city, a full stop, then a sentence of story)"
    return _place_only(f"{place}.", place, rest, form)


# A time of day alone, with its zone or offset ("4:11 PM GMT+3", "10:05 a.m. EST", "14:20"):
# what follows a page's stamp, never a story.
_CLOCK_THEN_ZONE = re.compile(
    r"\d{1,2}[:.]\d\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,5}(?:\s?[+-]\d{1,2}(?::?\d\d)?)?)?"
)


def match_national(paragraph: str) -> IntlDateline | None:
    """A national agency's dateline at the start of the paragraph, or None."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.datelines import _NOT_PLACES
    from archiver.extract.gazetteer import is_known_place, is_region

    window = paragraph[:_WINDOW]
    # every form holds a day in figures: a quick search for a digit first (most paragraphs
    # asked are a story's, and the month names make the pattern slow)
    m = NATIONAL_RE.match(window) if _DIGIT.search(window) else None
    if m is None:
        return _place_stop(paragraph) or _bureau(paragraph)
    place, region = m.group("place"), m.group("region")
    if place.split()[0].upper().rstrip(".") in _NOT_PLACES:
        return None
    why: list[str] = []
    if m.group("nday"):
        day, month = int(m.group("nday")), int(m.group("nmon"))
        year = int(m.group("nyear")) if m.group("nyear") else None
        why.append(f"a day and month in figures ({day}/{month})")
    else:
        mon = m.group("mon") or m.group("mon2")
        day = int(m.group("day") or m.group("day2"))
        year_text = m.group("year") or m.group("year2")
        year = int(year_text) if year_text else None
        month = _MONTH_NUMBER[mon.lower()]
        why.append(f"a date ({mon} {day})")
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    agency = m.group("agency") or m.group("agency2") or m.group("agency3")
    rest = paragraph[m.start("rest") :].strip()
    stop = m.group("stop")
    if m.group("nsep") == "." and not m.group("nyear"):
        return None  # "3.5 (...)": a decimal; "03.03.2025 (dpa)" prints its year
    if m.group("nday") and not (m.group("agency") or m.group("agency2")):
        return None  # figures alone could be a score or a count; an agency's mark must follow
    if stop == "." and len(rest.split()) < _STORY_WORDS:
        return None
    if _CLOCK_THEN_ZONE.fullmatch(rest):
        # "ISTANBUL MAR 04, 2025 - 4:11 PM GMT+3": the page's stamp, where the story was filed
        # and when, its time of day after the dash; a dateline's dash opens the story
        return None
    if stop == "=" and not (m.group("agency") or m.group("agency2")):
        # "Brussels, 19/11 (BELGA) = The ...": Belga's feed closes its dateline with an
        # equals sign, always after the agency's bracket; with no agency "=" is arithmetic's
        return None
    if agency:
        if agency.upper() in _NOT_PLACES or is_region(agency):
            return None
        known = is_wire_source(agency)
        why.append(f"{'a known agency' if known else 'an agency mark'} ({agency})")
    elif not _is_capitals(place):
        return None  # without an agency, only a place in capitals opens a dateline
    if not (_is_capitals(place) or is_known_place(place)):
        return None
    why.append(f"the place {place!r} {'in capitals' if _is_capitals(place) else 'is known'}")
    if region:
        if not is_region(region):
            return None
        why.append(f"a known region ({region})")
    why.append(f"closed by {stop!r} before the story")
    raw = m.group("raw").strip()
    full_place = f"{place}, {region}" if region else place
    date_text = raw[len(full_place) :].strip(" ,")
    if agency:
        date_text = date_text.split(agency)[0]
    return IntlDateline(
        raw=raw,
        place=full_place,
        source=agency,
        month=month,
        day=day,
        year=year,
        date_text=date_text.strip(" ,(/.–—-"),
        names=(),
        rest=rest,
        form="national agencies' (" + "; ".join(why) + ")",
    )
