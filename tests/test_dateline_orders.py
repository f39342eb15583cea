"""Dateline parts in the orders and marks agencies print them beyond the commonest: dates in
figures, the date before the place, a country with its article, full stops for commas and for
the dash, the agency set apart between bars or slashes, a site's domain as the agency, a label
or a correspondent's credit before the dateline; each with near misses that stay no dateline
(a wrong value is worse than none)."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.datelines import (
    match_dateline,
    match_dateline_after_byline,
    match_standalone_dateline,
    resolve_date,
)
from archiver.extract.pagetops import is_page_top
from dateline_helpers import assert_reads_as

REF = dt.date(2025, 4, 9)
STORY = (
    "The regional council voted on Tuesday to raise the fees it charges for water and waste"
    " collection from the start of next year."
)


@pytest.mark.parametrize(
    ("text", "raw", "place", "date", "source"),
    [
        # dates in figures: day first with dots or slashes, or ISO's order
        ("BERLIN, 03.04.2025 – ", "BERLIN, 03.04.2025 –", "BERLIN", "2025-04-03", None),
        ("WIEN, 3.4.25 - ", "WIEN, 3.4.25 -", "WIEN", "2025-04-03", None),
        ("ROMA, 14/03/2025 - ", "ROMA, 14/03/2025 -", "ROMA", "2025-03-14", None),
        (
            "SEOUL, 2025-04-03 (Yonhap) -- ",
            "SEOUL, 2025-04-03 (Yonhap) --",
            "SEOUL",
            "2025-04-03",
            "Yonhap",
        ),
        (
            "Addis Ababa, April 3/2025 – ",
            "Addis Ababa, April 3/2025 –",
            "Addis Ababa",
            "2025-04-03",
            None,
        ),
        # the time the story was filed after its date, before the dash
        ("KYIV, 03.04.2025, 14:30 – ", "KYIV, 03.04.2025, 14:30 –", "KYIV", "2025-04-03", None),
        (
            "LONDON, April 3, 10:14 GMT - ",
            "LONDON, April 3, 10:14 GMT -",
            "LONDON",
            "2025-04-03",
            None,
        ),
        # the date before the place, the place's region in mixed case
        (
            "Sept. 4, 2024 — BOISE, Idaho — ",
            "Sept. 4, 2024 — BOISE, Idaho —",
            "BOISE, Idaho",
            "2024-09-04",
            None,
        ),
        # a country named with its article
        (
            "MANILA, the Philippines — ",
            "MANILA, the Philippines —",
            "MANILA, the Philippines",
            None,
            None,
        ),
        (
            "BANJUL, The Gambia (AFP) - ",
            "BANJUL, The Gambia (AFP) -",
            "BANJUL, The Gambia",
            None,
            "AFP",
        ),
        # full stops where commas stand, before the agency's code
        (
            "ASTANA. April 3. KAZINFORM - ",
            "ASTANA. April 3. KAZINFORM -",
            "ASTANA",
            "2025-04-03",
            "KAZINFORM",
        ),
        # the old papers' stop and dash, the agency credited as the writer
        (
            "PARIS, June 27 (By The Associated Press).—",
            "PARIS, June 27 (By The Associated Press).—",
            "PARIS",
            "2024-06-27",
            "The Associated Press",
        ),
        # the agency between bars, or between slashes with its reporter
        (
            "Kampala, Uganda | THE INDEPENDENT | ",
            "Kampala, Uganda | THE INDEPENDENT |",
            "Kampala, Uganda",
            None,
            "THE INDEPENDENT",
        ),
        (
            "Baku, Azerbaijan, Apr. 3 / Trend, R.Hasanov / ",
            "Baku, Azerbaijan, Apr. 3 / Trend, R.Hasanov /",
            "Baku, Azerbaijan",
            "2025-04-03",
            "Trend",
        ),
        # a news site's domain as the agency, after the place or alone
        ("BISHKEK (24.kg) - ", "BISHKEK (24.kg) -", "BISHKEK", None, "24.kg"),
        ("(24.kg) ", "(24.kg)", None, None, "24.kg"),
        # the date's full stop as the dash, the story glued to it or after a space
        ("CHENNAI, APRIL 3.", "CHENNAI, APRIL 3.", "CHENNAI", "2025-04-03", None),
        ("AUCKLAND, 3rd April. ", "AUCKLAND, 3rd April.", "AUCKLAND", "2025-04-03", None),
        ("SYDNEY, Friday. ", "SYDNEY, Friday.", "SYDNEY", None, None),
        # a hyphen against the place, a space after it, or against both
        ("BUSIA- ", "BUSIA-", "BUSIA", None, None),
        ("NAIROBI-", "NAIROBI-", "NAIROBI", None, None),
        ("TIMMINS, ONT.-", "TIMMINS, ONT.-", "TIMMINS, ONT.", None, None),
        # the dash against the agency's bracket and the story's first word
        (
            "LONDON, April 3 (Reuters)-",
            "LONDON, April 3 (Reuters)-",
            "LONDON",
            "2025-04-03",
            "Reuters",
        ),
        ("TOKYO (Kyodo)-", "TOKYO (Kyodo)-", "TOKYO", None, "Kyodo"),
        # the agency after the date, a colon closing it; the agency before the date
        (
            "Kabul, Afghanistan, April 3, 2025 (Pajhwok): ",
            "Kabul, Afghanistan, April 3, 2025 (Pajhwok):",
            "Kabul, Afghanistan",
            "2025-04-03",
            "Pajhwok",
        ),
        (
            "Phnom Penh (FN), April 3 – ",
            "Phnom Penh (FN), April 3 –",
            "Phnom Penh",
            "2025-04-03",
            "FN",
        ),
    ],
)
def test_orders_and_marks(text, raw, place, date, source):
    assert_reads_as(text, STORY, REF, (raw, place, date, source))


@pytest.mark.parametrize(
    "text",
    [
        "Sept. 4, 2024 — " + STORY,  # a date and a sentence: no place
        "Jane Okafor | STAFF WRITER | " + STORY,  # a writer's name and title between bars
        "Kampala | News | Business | Sport | Opinion",  # a menu's trail
        "MTN- " + STORY,  # a company's short code against a hyphen
        "(e.g. the ministry) " + STORY,  # a bracket that holds no domain
        "Chennai, April 3. " + STORY,  # mixed case and a stop: a sentence's date as likely
        "AFRICAN NEWS AGENCY (ANA) 3 April 2025",  # the agency's masthead over its stamp
        "WASHINGTON, the capital, braced for " + STORY,  # no mark closes it
        "LONDON-Based " + STORY,  # a compound's first half
        "KENYA-Uganda " + STORY,  # a country, not a city, against the hyphen
        # a section's or a box's label in capitals before a dash
        "POLITICS — " + STORY,
        "WORLD NEWS — " + STORY,
        "KEY POINTS — " + STORY,
        "PARIS-Orly airport was closed on Monday after a strike by controllers disrupted flights.",
        "Jane Rahimi, April 3 (Updated): " + STORY,  # a writer's name and a stamp's word
    ],
)
def test_near_misses(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("03.04.2025", "2025-04-03"),  # dots: the day first
        ("14/03/2025", "2025-03-14"),
        ("03/14/2025", "2025-03-14"),  # only the month-first reading exists
        ("2025-04-03", "2025-04-03"),
        ("31.02.2025", None),  # no such day
    ],
)
def test_dates_in_figures(text, date):
    assert resolve_date(text, REF)[0] == date


def test_a_dateline_closed_by_a_full_stop_on_its_own_line():
    found = match_standalone_dateline("WELLINGTON, April 3.", STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.rest) == (
        "WELLINGTON",
        "2025-04-03",
        "",
    )
    assert match_standalone_dateline("Notes, April 3.", STORY, REF) is None


@pytest.mark.parametrize(
    ("line", "top"),
    [
        ("BC-US--Senate-Budget, 2nd Ld-Writethru", True),
        ("AFRICAN NEWS AGENCY (ANA)", True),
        ("Australian Associated Press (AAP)", True),
        ("BC-US--Senate-Budget stalls, senators say", False),  # no version, no number
        ("Nairobi City County (NCC)", False),  # no agency's name
    ],
)
def test_wire_slug_and_agency_masthead(line, top):
    assert is_page_top(line) is top


@pytest.mark.parametrize(
    ("text", "byline", "place"),
    [
        ("By JANE ROE Staff Writer LONDON — ", "By JANE ROE Staff Writer", "LONDON"),
        ("By Jane Roe, Staff Writer NAIROBI – ", "By Jane Roe, Staff Writer", "NAIROBI"),
        ("By JOHN PARIS — ", None, None),  # a name in capitals that ends in a city's
        ("By Jane Roe JORDAN — ", None, None),  # a country alone
    ],
)
def test_a_byline_run_into_a_dateline_with_a_dash_alone(text, byline, place):
    found = match_dateline_after_byline(text + STORY, REF)
    if byline is None:
        assert found is None
    else:
        assert found is not None
        assert (found[0], found[1].dateline.place, found[1].rest) == (byline, place, STORY)
