"""Dateline families of press-release wires and regional sites, each with near misses that
must stay no dateline (or keep their right values): a wrong value is worse than none."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.datelines import match_dateline

REF = dt.date(2025, 4, 9)
STORY = (
    "Acme Holdings, a maker of valves and pumps for water utilities, today announced the"
    " opening of a new plant in the region."
)


@pytest.mark.parametrize(
    ("text", "raw", "place", "date", "source"),
    [
        # Japanese and Asian wires (JCN, ACN): the date, a dash, the wire in brackets, a dash
        (
            "OSAKA, Apr 7, 2025 - (JCN Newswire) - ",
            "OSAKA, Apr 7, 2025 - (JCN Newswire) -",
            "OSAKA",
            "2025-04-07",
            "JCN Newswire",
        ),
        (
            "SHENZHEN, CHINA, Apr 7, 2025 - (ACN Newswire) - ",
            "SHENZHEN, CHINA, Apr 7, 2025 - (ACN Newswire) -",
            "SHENZHEN, CHINA",
            "2025-04-07",
            "ACN Newswire",
        ),
        # Media OutReach: place, wire and date, each closed by a spaced dash
        (
            "HONG KONG SAR - Media OutReach Newswire - 7 April 2025 - ",
            "HONG KONG SAR - Media OutReach Newswire - 7 April 2025 -",
            "HONG KONG SAR",
            "2025-04-07",
            "Media OutReach Newswire",
        ),
        (
            "TAIPEI, TAIWAN - Media OutReach - April 7, 2025 - ",
            "TAIPEI, TAIWAN - Media OutReach - April 7, 2025 -",
            "TAIPEI, TAIWAN",
            "2025-04-07",
            "Media OutReach",
        ),
        # PRWeb: the wire in brackets, then the full date, with or without a dash
        (
            "PORTLAND, Ore. (PRWEB) April 7, 2025 -- ",
            "PORTLAND, Ore. (PRWEB) April 7, 2025 --",
            "PORTLAND, Ore.",
            "2025-04-07",
            "PRWEB",
        ),
        (
            "Tampa, FL (PRWEB) March 30, 2025 ",
            "Tampa, FL (PRWEB) March 30, 2025",
            "Tampa, FL",
            "2025-03-30",
            "PRWEB",
        ),
        # a digit inside the wire's name is no date
        (
            "RENO, Nev., April 7, 2025 (SEND2PRESS NEWSWIRE) -- ",
            "RENO, Nev., April 7, 2025 (SEND2PRESS NEWSWIRE) --",
            "RENO, Nev.",
            "2025-04-07",
            "SEND2PRESS NEWSWIRE",
        ),
        # the date first, the city in brackets (Sudanese and other regional sites)
        (
            "April 7, 2025 (KAMPALA) - ",
            "April 7, 2025 (KAMPALA) -",
            "KAMPALA",
            "2025-04-07",
            None,
        ),
        # the city, then the date in brackets where an agency would stand
        ("EL OBEID (7 April 2025) – ", "EL OBEID (7 April 2025) –", "EL OBEID", "2025-04-07", None),
    ],
)
def test_press_release_and_regional_forms(text, raw, place, date, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    got = found.dateline
    assert (got.raw, got.place, got.date, got.source) == (raw, place, date, source)
    assert found.rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "News - World - 7 April 2025 - 10:30 GMT",  # a page's trail and stamp
        "Markets - Oil Prices - 7 April 2025 - " + STORY,  # a section, not a city
        "BREAKING - Stocks Slide - 7 April 2025 - " + STORY,
        "TOKYO - Sony Group - 7 April 2025 - 10:30 JST",  # a time, not a story, after it
        "April 7, 2025 (UPDATED) - " + STORY,  # a page's label after its date
        "NEW YORK (Nov. 19) the company announced that it would close stores.",
        "The meeting - (held in Paris) - ended early. " + STORY,
    ],
)
def test_near_misses_take_no_place_or_agency(text):
    found = match_dateline(text, REF)
    if found is not None:  # the plain "TOKYO -" reading is the grammar's; no wire, no date
        assert found.dateline.source is None and found.dateline.date is None
        assert found.dateline.place == "TOKYO"


def test_a_weekday_after_the_agency_is_no_date():
    found = match_dateline("WASHINGTON (AP) Tuesday's vote in the Senate was close.", REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.date) == ("WASHINGTON (AP)", None)


def test_a_date_first_with_an_agency_in_brackets_keeps_the_agency():
    found = match_dateline("April 7, 2025 (REUTERS) - " + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (None, "REUTERS")
