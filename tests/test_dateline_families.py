"""Dateline families of press-release wires and regional sites, each with near misses that
must stay no dateline (or keep their right values): a wrong value is worse than none."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.datelines import (
    match_dateline,
    match_headline_place,
    match_stamp_dateline,
    match_standalone_dateline,
    stamp_place_then_time,
)
from archiver.extract.wire_text import parse_wire_text
from dateline_helpers import assert_reads_as

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
    _reads_as(text, raw, place, date, source)


def _reads_as(text: str, raw: str, place: str, date: str | None, source: str | None) -> None:
    """The dateline the text opens with, read before a sentence of story."""
    assert_reads_as(text, STORY, REF, (raw, place, date, source))


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


# Short lines (a writer's name, a page's labels and stamp) right over the story's first line,
# no blank line between: the lines are joined as hard-wrapped copy, but the last one, written
# on one line and opening with a dateline, is a paragraph of its own.
_NAME_OVER_DATELINE = """Darkhan power plant to add 50-megawatt unit before winter

T.Bolormaa
Darkhan, April 7, 2025 /MONTSAME/. The Darkhan thermal power plant will commission a new 50-megawatt unit before the start of the heating season, the Ministry of Energy said on Monday.

The unit, financed by a concessional loan, is expected to end the power cuts that hit the city's northern districts last winter.

Construction is 70 percent complete, the ministry said.
"""
_PAGE_OVER_DATELINE = """ANSA.it
Economia
Torino, riapre lo stabilimento di componenti dopo tre mesi
Rientrano al lavoro 240 operai. La Regione: "Un segnale importante"
Redazione ANSA
TORINO
07 aprile 2025
11:05
NEWS
Condividi
Stampa
(ANSA) - TORINO, 07 APR - Dopo tre mesi di cassa integrazione riapre lo stabilimento di componenti per auto alla periferia nord di Torino, dove da oggi rientrano al lavoro 240 operai.
    L'accordo firmato in Regione prevede nuovi investimenti per 18 milioni di euro e la produzione di parti per veicoli elettrici.
    "Un segnale importante per tutto il territorio", ha detto l'assessore regionale al lavoro. (ANSA).
"""
_SHORT_LINE_OVER_STORY = """Council backs plan for riverside cycle path

Key points
Boston planners say the path along the river would link three parks and take cyclists off the busiest road in the district, at a cost of about $12 million.

The council voted 9-2 in favour of the plan on Tuesday evening.

Work could begin next spring if state funds are approved.
"""


@pytest.mark.parametrize(
    ("text", "place", "date", "source"),
    [
        (_NAME_OVER_DATELINE, "Darkhan", "2025-04-07", "MONTSAME"),
        (_PAGE_OVER_DATELINE, "TORINO", "2025-04-07", "ANSA"),
    ],
)
def test_dateline_line_under_short_lines(text, place, date, source):
    parsed = parse_wire_text(text, REF)
    d = parsed.dateline
    assert d is not None
    assert (d.place, d.date, d.source) == (place, date, source)
    # the story's first paragraph stands alone, without the lines above it (the writer's name
    # may be read as the byline or stay a paragraph of its own)
    assert any(p.startswith(("The Darkhan thermal", "Dopo tre mesi")) for p in parsed.body[:2])


def test_short_line_over_a_story_line_without_a_dateline():
    parsed = parse_wire_text(_SHORT_LINE_OVER_STORY, REF)
    assert parsed.dateline is None
    assert parsed.body[0].startswith("Key points Boston planners")


# Copy whose blank lines a copy and paste dropped: the headline, the deck, a release's bullets
# and its wire's stamp run straight into the hard-wrapped story. The dateline still opens the
# story when the line over it ends its own unit (the wrapper would have carried its word on).
_SINGLE_SPACED_RELEASE = """Northgate Tools Opens Second Plant in Ohio to Meet Demand for
Cordless Drills and Saws
- Plant adds 240 jobs and doubles the company's output by 2026
- Production of the new battery line begins in the third quarter
NEWS PROVIDED BY
Northgate Tools, Inc.
07 Apr, 2025, 08:00 ET
COLUMBUS, Ohio, April 7, 2025 /PRNewswire/ -- Northgate Tools, Inc., a
maker of power tools for builders and home workshops, today opened a
second plant near Columbus, where 240 people will make cordless drills
and the batteries that drive them.
"Demand has outrun our first plant for two years," said Dana Whitfield,
the company's chief executive.
"""
_SINGLE_SPACED_FEED = """Italy: Turin to close old tram depot for a science museum
City approves plan after two years of talks
(ANSA) - TURIN, APR 7 - Turin city council on Monday approved a
plan to turn the old tram depot in the San Paolo district into a
science museum, with work to start next spring.
    The project will cost about 40 million euros, the council said.
"""
_SINGLE_SPACED_EMBARGO = """The last ferry pilots of the upper Mississippi keep the crossing open
ADVANCE FOR RELEASE SUNDAY, APRIL 6, 2025, AT 5:01 A.M. CDT AND THEREAFTER
CASSVILLE, Wis. (AP) - Every morning from April to November, Ruth
Hallorann starts the diesel of a ferry that carries a dozen cars at a
time across the river to Iowa.
The crossing has run since 1833. Its pilots say it will outlast them.
"""
# Near misses: a line the wrapper filled, over a line opening with a dated place (the story's
# own words); and a dateline under two of the story's sentences (a second item).
_FULL_LINE_OVER_PLACE = """Harbour board approves dredging of the outer channel before winter
The harbour board voted on Monday to dredge the outer channel, the city's
MONTREAL, April 6 (Reuters) - terminal operators said, before ice closes it.
Work will start next month and cost about $30 million.
"""
_DATELINE_UNDER_STORY = """Harbour board approves dredging of the outer channel before winter
The harbour board voted on Monday to dredge the outer channel. It will
cost about $30 million. Ships have grounded twice this year.
QUEBEC CITY, April 6 (Reuters) - The port of Quebec said on Sunday
it would also deepen its berths.
"""


@pytest.mark.parametrize(
    ("text", "place", "date", "source", "opening"),
    [
        (_SINGLE_SPACED_RELEASE, "COLUMBUS, Ohio", "2025-04-07", "PRNewswire", "Northgate Tools"),
        (_SINGLE_SPACED_FEED, "TURIN", "2025-04-07", "ANSA", "Turin city council"),
        (_SINGLE_SPACED_EMBARGO, "CASSVILLE, Wis.", None, "AP", "Every morning"),
    ],
)
def test_dateline_in_a_capture_without_blank_lines(text, place, date, source, opening):
    parsed = parse_wire_text(text, REF)
    d = parsed.dateline
    assert d is not None
    assert (d.place, d.date, d.source) == (place, date, source)
    assert any(p.startswith(opening) for p in parsed.body[:3])


@pytest.mark.parametrize("text", [_FULL_LINE_OVER_PLACE, _DATELINE_UNDER_STORY])
def test_no_dateline_from_a_filled_line_or_under_the_story(text):
    parsed = parse_wire_text(text, REF)
    assert parsed.dateline is None


# An archive's page prints its notice (a digitised article from the print archive) between the
# header and the story: a long paragraph that is no story, so the dateline under it still counts.
_ARCHIVE_NOTICE_OVER_STORY = """Archives | 1979

HARBOR TUNNEL PLAN WINS STATE BACKING

By MARGARET ELLSWORTH, Special to the Daily Ledger
June 6, 1979

See the article in its original context from
June 6, 1979, Section B, Page 3

About the Archive
This is a digitized version of an article from the Ledger's print archive, before the start of online publication in 1997. To preserve these articles as they first appeared, the Ledger does not alter, edit or update them.

ALBANY, June 5 - The State Transportation Commission today approved a $310 million plan to build a second tunnel under the harbor, ending three years of argument over the route.

The tunnel, which would carry four lanes of traffic, is expected to take six years to build.

Opponents said they would ask the courts to halt the project.
"""
# An editor's note, then story prose: a dateline-like start further down is no dateline.
_NOTE_THEN_STORY = """Harbor tunnel plan wins state backing

Editor's note: This story has been updated to include the commission's vote count and comments from residents who live near the proposed tunnel entrance.

The State Transportation Commission on Tuesday approved a $310 million plan to build a second tunnel under the harbor, ending three years of argument over the route, by a vote of 7 to 2.

The tunnel, which would carry four lanes of traffic, is expected to take six years to build.

ALBANY, June 5 - a city that has waited decades for the project, greeted the vote with relief.
"""


def test_dateline_under_an_archive_notice():
    parsed = parse_wire_text(_ARCHIVE_NOTICE_OVER_STORY, dt.date(1979, 6, 6))
    d = parsed.dateline
    assert d is not None
    assert (d.raw, d.place, d.date, d.source) == ("ALBANY, June 5 -", "ALBANY", "1979-06-05", None)


def test_no_dateline_after_a_note_and_story_prose():
    assert parse_wire_text(_NOTE_THEN_STORY, dt.date(1979, 6, 6)).dateline is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dodoma. " + STORY, "Dodoma"),
        ("Dar es Salaam. " + STORY, "Dar es Salaam"),
    ],
)
def test_a_known_city_closed_by_a_full_stop(text, place):
    found = match_dateline(text, REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.place, found.dateline.date) == (
        f"{place}.",
        place,
        None,
    )
    assert found.rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Maria Lopez said on Tuesday that the committee would vote on the bill next week.",
        "Rep. John Doe, a Democrat, said on Tuesday that the committee would vote on the bill.",
        "Tanzania. " + STORY,  # a country alone
        "Washington. " + STORY,  # a state's name as much as a city's
        "Mwanza. A view of the lake shore at dusk on Tuesday. PHOTO | JOHN MREMA",  # a caption
        "Arusha. Traders protest new levies",  # a headline's few words
        "Springfield Heights. " + STORY,  # no city the gazetteer knows
    ],
)
def test_a_word_and_a_full_stop_that_is_no_dateline(text):
    assert match_dateline(text, REF) is None


# A paper's regional bureau where the place stands (the Gleaner's "WESTERN BUREAU:"), inline
# or as a paragraph of its own over the story.
_BUREAU_OVER_STORY = """Fishers count cost of rough seas

NORTH EAST BUREAU:

Fishers in the eastern parishes say a month of rough seas has kept most boats on the shore,
cutting their income by more than half at the start of the busiest season.

The fisheries authority said it was assessing requests for assistance.
"""


def test_a_bureau_over_the_story():
    d = parse_wire_text(_BUREAU_OVER_STORY, REF).dateline
    assert d is not None
    assert (d.raw, d.place, d.date, d.source) == (
        "NORTH EAST BUREAU:",
        "NORTH EAST BUREAU",
        None,
        None,
    )


def test_a_bureau_inline():
    found = match_dateline("WESTERN BUREAU: " + STORY, REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.place) == ("WESTERN BUREAU:", "WESTERN BUREAU")
    assert found.rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "OUR BUREAU: " + STORY,  # signs the story, as a byline does
        "WESTERN BUREAU: Farmers count losses",  # a headline's few words
        "Western Bureau: " + STORY,  # not in capitals
        "BUREAU CHIEF: " + STORY,
    ],
)
def test_bureau_near_misses(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    ("text", "raw", "place", "date", "source"),
    [
        # a network's logo, its brackets lost when the page is copied as text
        ("Hong Kong CNN — ", "Hong Kong CNN —", "Hong Kong", None, "CNN"),
        ("CNN — ", "CNN —", None, None, "CNN"),
        # Kyodo's and AAP's wire copy: the agency after the date, no comma, no brackets
        ("OSAKA, April 7 Kyodo - ", "OSAKA, April 7 Kyodo -", "OSAKA", "2025-04-07", "Kyodo"),
        ("PERTH, April 7 AAP - ", "PERTH, April 7 AAP -", "PERTH", "2025-04-07", "AAP"),
        # a code in capitals after the date and no dash, as PTI prints its own
        (
            "ERDENET, April 7 (MONTSAME) ",
            "ERDENET, April 7 (MONTSAME)",
            "ERDENET",
            "2025-04-07",
            "MONTSAME",
        ),
    ],
)
def test_agency_marks_without_brackets_or_dash(text, raw, place, date, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    got = found.dateline
    assert (got.raw, got.place, got.date, got.source) == (raw, place, date, source)


@pytest.mark.parametrize(
    "text",
    [
        "KYODO NEWS - Apr 7, 2025 - 10:12 | Business, All",  # a page's stamp under its name
        "Watch CNN — " + STORY,  # a button's words before the network's name
        "Only on CNN — " + STORY,
        "The vote on April 7 AAP - " + STORY,
    ],
)
def test_agency_name_near_misses(text):
    found = match_dateline(text, REF)
    assert found is None or found.dateline.source is None


def test_a_city_that_is_also_an_agency_stays_the_place():
    found = match_dateline("PETRA — " + STORY, REF)  # Jordan's city and Jordan's agency
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == ("PETRA", None)


@pytest.mark.parametrize(
    ("text", "place", "date", "source"),
    [
        # national agencies writing in their own languages
        ("Ankara, 7 Nisan (AA) - ", "Ankara", "2025-04-07", "AA"),
        ("İzmir, 3 Mart (AA) - ", "İzmir", "2025-03-03", "AA"),
        ("Praha 7. dubna (ČTK) - ", "Praha", "2025-04-07", "ČTK"),
        ("Bratislava 7. apríla (TASR) - ", "Bratislava", "2025-04-07", "TASR"),
        ("Split, 7. travnja (Hina) - ", "Split", "2025-04-07", "Hina"),
        ("Novi Sad, 7. april (Tanjug) - ", "Novi Sad", "2025-04-07", "Tanjug"),
        # Hungarian's order: year, month, day, the weekday after it at times
        ("Debrecen, 2025. április 7. (MTI) - ", "Debrecen", "2025-04-07", "MTI"),
        ("Debrecen, 2025. április 7., hétfő (MTI) - ", "Debrecen", "2025-04-07", "MTI"),
        # the year with the ordinal's dot, day first (Croatian, Serbian)
        ("Split, 7. travnja 2025. (Hina) - ", "Split", "2025-04-07", "Hina"),
        # Romanian's months, the agency between slashes
        ("Cluj-Napoca, 7 apr /Agerpres/ - ", "Cluj-Napoca", "2025-04-07", "Agerpres"),
        ("Iași, 7 aprilie /Agerpres/ - ", "Iași", "2025-04-07", "Agerpres"),
        # Slovene's and Serbian's months in the genitive (STA, Tanjug)
        ("Ljubljana, 7. aprila (STA) - ", "Ljubljana", "2025-04-07", "STA"),
        ("Beograd, 7. marta 2025. (Tanjug) - ", "Beograd", "2025-03-07", "Tanjug"),
        # Malay's months (Bernama)
        ("KUALA LUMPUR, 7 Mac (Bernama) -- ", "KUALA LUMPUR", "2025-03-07", "Bernama"),
        # a French communiqué's date with its article
        ("Lyon, le 7 avril 2025 - ", "Lyon", "2025-04-07", None),
        # dates in figures: dots and the year, Vietnamese's "ngày" (day) before them
        ("Hamburg, 07.04.2025 (dpa) - ", "Hamburg", "2025-04-07", "dpa"),
        ("Cần Thơ, ngày 7/4/2025 (TTXVN) - ", "Cần Thơ", "2025-04-07", "TTXVN"),
    ],
)
def test_national_languages(text, place, date, source):
    found = match_dateline(text + STORY, REF)
    if place is None:
        assert found is None or found.dateline.date is None
        return
    assert found is not None
    got = found.dateline
    assert (got.place, got.date, got.source) == (place, date, source)
    assert found.rest == STORY


# A whole page pasted as text: a row of buttons and labels, each a paragraph of its own,
# between the header and the story's dateline paragraph.
_BUTTONS_OVER_STORY = """Harbour authority orders inquiry into crane collapse

By Lena Marsh

April 8, 2025

Gift this article

Listen to this story

3 min read

Save for later

Text size

Sign up for the morning briefing

Most popular

Opinion

Podcasts

Newsletters

ROTTERDAM (Reuters) - The port authority on Tuesday ordered an independent inquiry into the collapse of a container crane that injured four workers at one of the city's largest terminals last week.

The crane's operator said it was cooperating with investigators.
"""
# The same buttons over story prose and a dateline-like start further down: no dateline.
_BUTTONS_OVER_PROSE = _BUTTONS_OVER_STORY.replace(
    "ROTTERDAM (Reuters) - The port",
    "The port authority said in a statement that was read out to reporters on the quay that"
    " the terminal would stay closed for the rest of the week while engineers checked the"
    " other cranes.\n\nROTTERDAM (Reuters) - The port",
)


def test_dateline_under_a_row_of_buttons():
    d = parse_wire_text(_BUTTONS_OVER_STORY, REF).dateline
    assert d is not None
    assert (d.place, d.source) == ("ROTTERDAM", "Reuters")


def test_no_dateline_under_buttons_and_story_prose():
    assert parse_wire_text(_BUTTONS_OVER_PROSE, REF).dateline is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # the place after an update's time is the page's, no dateline opening the story, in
        # capitals as in lower case (the development sets' labels: s33e/023, s34m/008, ...)
        ("Updated - April 7, 2025 11:32 pm IST - MADURAI", None),
        ("Kochi ● Mon, April 7, 2025", "Kochi"),  # a filing date, not an update time
        ("Written by Asha Rao | Pune | Updated: April 7, 2025 10:14 IST", None),
        ("Nagpur | Published: April 7, 2025 09:02 IST", None),
    ],
)
def test_a_page_stamp_names_the_place_only_as_a_dateline_does(line, place):
    found = match_stamp_dateline(line, REF)
    assert (found.dateline.place if found else None) == place


@pytest.mark.parametrize(
    ("line", "publication"),
    [
        # the place before the date and the time of publication after it (El País's pages)
        ("Barcelona - May 06, 2024 - 15:30 CEST", True),
        ("Madrid - Feb 12, 2025 - 11:45 CET", True),
        # a dotted date's day and month are no clock time; a stamp with no time is a dateline
        ("Kyiv • 04.03.2026", False),
        ("Warsaw | 12.02.2025", False),
        # a release's date first, then the city and its province: the release's dateline
        ("March 5, 2025 10:00 ET - Ottawa, Ontario - Health Canada", False),
    ],
)
def test_a_mixed_case_place_before_a_date_and_time_is_a_publication_stamp(line, publication):
    found = match_stamp_dateline(line, REF)
    assert found is not None
    assert stamp_place_then_time(line, found.dateline.place) is publication


@pytest.mark.parametrize(
    ("text", "raw", "place"),
    [
        # companies' own releases: the date between dashes or in brackets after the place,
        # or the date first and the place in capitals after it
        ("BOISE, Idaho – April 7, 2025 – ", "BOISE, Idaho – April 7, 2025 –", "BOISE, Idaho"),
        (
            "Redmond, Wash. -- April 7, 2025 -- ",
            "Redmond, Wash. -- April 7, 2025 --",
            "Redmond, Wash.",
        ),
        ("Austin, TX (April 7, 2025) – ", "Austin, TX (April 7, 2025) –", "Austin, TX"),
        ("April 7, 2025 – TULSA – ", "April 7, 2025 – TULSA –", "TULSA"),
    ],
)
def test_company_release_dates(text, raw, place):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    got = found.dateline
    assert (got.raw, got.place, got.date, got.source) == (raw, place, "2025-04-07", None)
    assert found.rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "Stocks – April 7, 2025 – " + STORY,  # a label, not a place
        "April 7, 2025 – Update – " + STORY,
        "KYODO NEWS - Apr 7, 2025 - 10:12 | Business, All",  # a page's stamp
    ],
)
def test_company_release_near_misses(text):
    found = match_dateline(text, REF)
    assert found is None or found.dateline.date is None


def test_an_agency_with_an_apostrophe():
    found = match_dateline("NOUMÉA, 7 April 2025 (Pacnews/Flash d'Océanie) – " + STORY, REF)
    assert found is not None
    got = found.dateline
    assert (got.place, got.date, got.source) == ("NOUMÉA", "2025-04-07", "Pacnews/Flash d'Océanie")


# Hard-wrapped copy: a writer's name on the line right above the wrapped first paragraph.
_NAME_OVER_WRAPPED_DATELINE = """Herders move flocks early as dry spell spreads

D.Ganbold
Khovd, April 7, 2025 /MONTSAME/. Herders in three soums of the
province have moved their flocks to winter pastures a month early,
the provincial emergency department said on Monday.

The department said it would truck in hay from neighbouring provinces.
"""
# Wrapped prose whose second line happens to open like a dateline stays one paragraph.
_WRAPPED_PROSE = """Herders move flocks early as dry spell spreads

Herders in three soums have moved their flocks early, officials said in
Khovd, April 7, 2025 /MONTSAME/. Herders in three soums of the
province have moved their flocks to winter pastures a month early.

The department said it would truck in hay from neighbouring provinces.
"""


def test_name_over_a_wrapped_dateline_paragraph():
    parsed = parse_wire_text(_NAME_OVER_WRAPPED_DATELINE, REF)
    d = parsed.dateline
    assert d is not None
    assert (d.place, d.date, d.source) == ("Khovd", "2025-04-07", "MONTSAME")
    assert any(p.startswith("Herders in three soums of the province") for p in parsed.body)


def test_a_dateline_shape_inside_wrapped_prose():
    assert parse_wire_text(_WRAPPED_PROSE, REF).dateline is None


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        ("DULUTH, Minn. (KARE 11) — ", "DULUTH, Minn.", "KARE 11"),  # a station and its channel
        ("MACON, Ga. (FOX 5) — ", "MACON, Ga.", "FOX 5"),
        ("NEWARK (PIX11) — ", "NEWARK", "PIX11"),
        # the channel first, as station brands print it
        ("ARLINGTON, Va. (7News) — ", "ARLINGTON, Va.", "7News"),
        ("NORFOLK, Va. (13News Now) — ", "NORFOLK, Va.", "13News Now"),
        ("ATLANTA (11Alive) — ", "ATLANTA", "11Alive"),
        ("PHOENIX (12 News) — ", "PHOENIX", "12 News"),
    ],
)
def test_tv_stations_with_their_channel(text, place, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (APRIL 7) — ",
        "BRUSSELS (Article 5) — ",
        "PARIS (2024) — ",
        "BOSTON (3 p.m.) — ",
        "DENVER (3 things to know) — ",
    ],
)
def test_numbers_in_brackets_are_no_station(text):
    found = match_dateline(text + STORY, REF)
    assert found is None or found.dateline.source is None


@pytest.mark.parametrize(
    ("text", "raw", "place", "date", "source"),
    [
        # Italian papers: the city in capitals and a full stop, then the story
        ("BARI. ", "BARI.", "BARI", None, None),
        # Indonesian sites: the outlet's name, an acronym and a word, after the place
        (
            "Surabaya, CNN Indonesia -- ",
            "Surabaya, CNN Indonesia --",
            "Surabaya",
            None,
            "CNN Indonesia",
        ),
        ("Bandung, IDN Times - ", "Bandung, IDN Times -", "Bandung", None, "IDN Times"),
        # Malaysian business papers: the day in brackets and a colon
        ("PENANG (April 7): ", "PENANG (April 7):", "PENANG", "2025-04-07", None),
    ],
)
def test_more_house_styles(text, raw, place, date, source):
    _reads_as(text, raw, place, date, source)


@pytest.mark.parametrize(
    "text",
    [
        "ITALIA. " + STORY,  # a country alone
        "NOTA. " + STORY,  # no city
        "BARI. Breve nota",  # no sentence of story
        "Markets (April 7): " + STORY,  # a label, not a place
    ],
)
def test_more_house_style_near_misses(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [("Springfield, IL — ", "Springfield, IL"), ("Lagos, NIGERIA — ", "Lagos, NIGERIA")],
)
def test_a_region_after_the_place_is_no_outlet(text, place):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, None)


def test_a_decimal_in_figures_is_no_date():
    assert match_dateline("GROWTH 3.5 (PERCENT) - " + STORY, REF) is None


def test_a_double_chevron_closes_a_dateline_before_the_story():
    found = match_dateline("HILO, Hawaii >> " + STORY, REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.place) == ("HILO, Hawaii >>", "HILO, Hawaii")
    assert found.rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "NEWS » " + STORY,  # a breadcrumb's menu word, not a place
        "WORLD >> " + STORY,
        "HILO >> Lava flow stalls",  # no sentence after it: a kicker over a headline
    ],
)
def test_a_breadcrumb_chevron_is_no_dateline(text):
    assert match_dateline(text, REF) is None


def test_an_agency_name_spelt_out_after_the_dash_is_no_dateline():
    # the agency's masthead: its initials, a dash and its full name, no story after it
    assert match_dateline("PAP - Polska Agencja Prasowa", REF) is None
    assert match_dateline("MENA - Middle East News Agency", REF) is None
    # the agency alone before a sentence of story stays its dateline
    found = match_dateline("AFP - " + STORY, REF)
    assert found is not None and found.dateline.source == "AFP"


@pytest.mark.parametrize(
    "text, raw, place, date, source",
    [
        (
            "NEW YORK, March 3, 2025 /3BL/ - " + STORY,
            "NEW YORK, March 3, 2025 /3BL/ -",
            "NEW YORK",
            "2025-03-03",
            "3BL",
        ),
        (
            "ΑΘΗΝΑ, 3 Μαρτίου (ΑΠΕ-ΜΠΕ) - Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα.",
            "ΑΘΗΝΑ, 3 Μαρτίου (ΑΠΕ-ΜΠΕ) -",
            "ΑΘΗΝΑ",
            "2025-03-03",
            "ΑΠΕ-ΜΠΕ",
        ),
        (
            "नई दिल्ली, 3 मार्च (भाषा) केंद्र सरकार ने सोमवार को नई योजना की घोषणा की।",
            "नई दिल्ली, 3 मार्च (भाषा)",
            "नई दिल्ली",
            "2025-03-03",
            "भाषा",
        ),
        (
            "RENO, Nev.--(BUSINESS WIRE)--Oct 8, 2024--",  # alone on its line, story below
            "RENO, Nev.--(BUSINESS WIRE)-- Oct 8, 2024--",
            "RENO, Nev.",
            "2024-10-08",
            "BUSINESS WIRE",
        ),
    ],
)
def test_wires_in_slashes_greek_hindi_and_a_date_closing_the_line(text, raw, place, date, source):
    found = match_dateline(text, REF)
    assert found is not None
    got = found.dateline
    assert (got.raw, got.place, got.date, got.source) == (raw, place, date, source)


def test_near_misses_of_the_new_forms():
    assert match_dateline("Sales rose /3BL/ - Acme Corp. today released its report.", REF) is None
    assert match_dateline("Η κυβέρνηση (ΑΠΕ) ανακοίνωσε σήμερα νέα μέτρα.", REF) is None
    assert match_dateline("केंद्र सरकार ने सोमवार को नई योजना की घोषणा की।", REF) is None


def test_a_place_and_its_wire_in_brackets_alone_over_the_story():
    from archiver.extract.datelines import match_standalone_dateline

    story = "Die Reederei hat am Dienstag zwei neue Hafenfähren in Dienst gestellt, teilte sie mit."
    found = match_standalone_dateline("Hamburg (ots)", story, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == ("Hamburg", "ots")
    # a bracketed word that names no wire is no dateline, whatever dash we supply
    assert match_standalone_dateline("Ferry Strike (Update)", STORY, REF) is None
    assert match_standalone_dateline("X (Twitter)", STORY, REF) is None


def test_a_small_town_with_a_region_of_another_country():
    from archiver.extract.gazetteer import is_region, is_region_after_place

    for region in ("Kerala", "KwaZulu-Natal", "Bayern", "Jalisco", "Guangdong", "Gyeonggi"):
        assert is_region_after_place(region), region
    for word in ("Central", "Northern", "News", "Home", "Reuters"):
        assert not is_region_after_place(word), word
    # a region that shares its capital's name is a city when it stands alone
    assert is_region_after_place("Arusha") and not is_region("Arusha")
    found = match_dateline("Hluhluwe, KwaZulu-Natal — " + STORY, REF)
    assert found is not None and found.dateline.place == "Hluhluwe, KwaZulu-Natal"
    assert match_dateline("Beyond Borders, Central — " + STORY, REF) is None


@pytest.mark.parametrize(
    ("text", "place", "date", "source"),
    [
        # the time the story was filed between its date and its agency
        ("Spokane, Wash., Nov 3, 2022 / 10:05 am (CNA) — ", "Spokane, Wash.", "2022-11-03", "CNA"),
        ("LONDON, April 7, 09:15 GMT (Reuters) - ", "LONDON", "2025-04-07", "Reuters"),
        # a news service that names itself by a news outlet's word, alone before the dash
        ("(Metro News Service) - ", None, None, "Metro News Service"),
        ("(Religion News Service) — ", None, None, "Religion News Service"),
    ],
)
def test_filing_time_and_news_service_alone(text, place, date, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None, text
    assert (found.dateline.place, found.dateline.date, found.dateline.source) == (
        place,
        date,
        source,
    )


@pytest.mark.parametrize(
    "text",
    [
        "(Sponsored Content) - ",  # an editorial note in brackets, no news service
        "(Video News) - ",  # a label's word first
        "(Photo Service) - Short.",  # no sentence of story after the dash
        "(Metro News Service) - ACME HOLDINGS OPENS NEW PLANT",  # a headline in capitals
    ],
)
def test_bracketed_notes_that_are_no_news_service(text):
    assert match_dateline(text if text.endswith((".", "PLANT")) else text + STORY, REF) is None


def test_a_standalone_dateline_closed_by_a_full_stop():
    from archiver.extract.datelines import match_standalone_dateline

    found = match_standalone_dateline(
        "Spokane, Wash., Nov 3, 2022 / 10:05 am (CNA).", STORY, dt.date(2022, 11, 3)
    )
    assert found is not None
    assert found.dateline.raw == "Spokane, Wash., Nov 3, 2022 / 10:05 am (CNA)."
    assert (found.dateline.place, found.dateline.source) == ("Spokane, Wash.", "CNA")


@pytest.mark.parametrize(
    "text",
    [
        "(Australian Associated Press) August 7, 2024 3:41pm",
        "(The Canadian Press) June 12, 2025 10:15 a.m. EDT",
        "(Reuters) March 3, 2024",
    ],
)
def test_an_agency_over_the_page_stamp_is_no_dateline(text):
    # the writer's agency in brackets, then the page's date and time: no place, no dash, no story
    assert match_dateline(text, REF) is None


def test_an_agency_and_a_date_before_a_dash_and_the_story_stay_a_dateline():
    found = match_dateline("(Reuters) March 3, 2024 - " + STORY, REF)
    assert found is not None
    assert (found.dateline.date, found.dateline.source) == ("2024-03-03", "Reuters")


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        ("AFP, BEIJING — ", "BEIJING", "AFP"),  # the agency first, then its place
        ("Reuters, SEOUL — ", "SEOUL", "Reuters"),
        ("SEOUL, South Korea — ", "SEOUL, South Korea", None),  # a place and its country
        ("NEW YORK, Reuters — ", "NEW YORK", "Reuters"),  # the place first, then the agency
    ],
)
def test_an_agency_before_its_place(text, place, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


def test_a_bullet_in_the_dash_place():
    found = match_dateline("Provo • " + STORY, REF)
    assert found is not None and found.dateline.place == "Provo"
    # a menu row, a writer and a date, a section over a sentence: no known place and story
    for text in (
        "Home • News • Sports • Weather",
        "Jane Roe • 14 May 2024",
        "Sydney • 14 May 2024",
        "Politics • " + STORY,
    ):
        assert match_dateline(text, REF) is None, text


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        ("(SAN JUAN, Puerto Rico) — ", "SAN JUAN, Puerto Rico", None),  # the AP's, as TIME sets it
        ("(LONDON) — ", "LONDON", None),
        ("(RNS) — ", None, "RNS"),  # a news service's short code stays the source
        ("(AP) — ", None, "AP"),
    ],
)
def test_a_place_in_brackets_before_the_dash(text, place, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


def test_a_known_agency_with_its_desk():
    found = match_dateline("NEW YORK (Reuters Health) - " + STORY, REF)
    assert found is not None and found.dateline.source == "Reuters Health"
    found = match_dateline("Hong Kong (CNN Business)" + STORY, REF)
    assert found is not None and found.dateline.place == "Hong Kong"
    # an agency's picture service, or an unknown name with a desk's word, is no desk
    assert match_dateline("Hong Kong (AP Photo)" + STORY, REF) is None
    assert match_dateline("Hong Kong (Acme Business)" + STORY, REF) is None


@pytest.mark.parametrize(
    ("text", "place", "source"),
    [
        ("Srinagar [J-K], Oct 27 (ANI): ", "Srinagar [J-K]", "ANI"),  # a state's initials
        ("Herat (Afghanistan) (AFP) - ", "Herat (Afghanistan)", "AFP"),  # the country, then AFP
        ("LONDON (Reuters) (Update 1) - ", "LONDON", "Reuters"),  # an agency is no region
        ("Nov 8 (Reuters) - Norwood Foods Inc: ", None, "Reuters"),  # a company before its colon
    ],
)
def test_regions_in_brackets_and_a_company_after_the_agency(text, place, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


def test_a_dateline_whose_dash_ends_its_line():
    from archiver.extract.datelines import match_standalone_dateline

    found = match_standalone_dateline("TOKYO —", STORY, REF)
    assert found is not None and found.dateline.place == "TOKYO"
    # a headline's label before a dash, and a place with no sentence under it, are none
    assert match_standalone_dateline("Market Focus —", STORY, REF) is None
    assert match_standalone_dateline("TOKYO —", "Share this", REF) is None


# Round 23: the dateline's general shape (a place, then optionally a date and an agency, then a
# dash or a colon) read where it stands apart or carries more than the grammar knew; each row
# its own writing, with near misses that must stay no dateline.
_SENTENCE = (
    "The municipal corporation will begin clearing encroachments along the storm drains next"
    " week, officials said on Tuesday."
)


@pytest.mark.parametrize(
    ("line", "place", "date", "source"),
    [
        # the whole dateline on its own line, closed by a colon (Indian papers' desks)
        ("Mysuru, Jan 9, 2019, DHNS:", "Mysuru", "2019-01-09", "DHNS"),
        ("KINGSTON, St Andrew:", "KINGSTON, St Andrew", None, None),
        ("Hyderabad:", "Hyderabad", None, None),
    ],
)
def test_a_dateline_alone_on_its_line_closed_by_a_colon(line, place, date, source):
    found = match_standalone_dateline(line, _SENTENCE, REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.place, d.date, d.source) == (line, place, date, source)


@pytest.mark.parametrize(
    "line",
    [
        "From:",  # an e-mail's or an export's field label (From is a small town's name too)
        "Summary:",
        "Full Text:",
        "Date: Mar. 3, 2011",
        "Editor's note:",
    ],
)
def test_a_label_alone_on_its_line_is_no_dateline(line):
    assert match_standalone_dateline(line, _SENTENCE, REF) is None


@pytest.mark.parametrize(
    "text",
    [
        f"From: {_SENTENCE}",
        f"To: {_SENTENCE}",
        f"Date: {_SENTENCE}",
    ],
)
def test_header_field_labels_are_no_places(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    ("text", "raw", "date", "source"),
    [
        # the Hijri date before the Gregorian one (Saudi and Gulf agencies): the latter is read
        (
            f"Dammam, Rajab 3, 1445, January 15, 2024, SPA -- {_SENTENCE}",
            "Dammam, Rajab 3, 1445, January 15, 2024, SPA --",
            "2024-01-15",
            "SPA",
        ),
        (
            f"Jeddah, 12 Shawwal 1444 AH, May 2, 2023 (SPA) -- {_SENTENCE}",
            "Jeddah, 12 Shawwal 1444 AH, May 2, 2023 (SPA) --",
            "2023-05-02",
            "SPA",
        ),
        # the Hijri date alone: no Gregorian date to give, the place and agency still read
        (
            f"Makkah, Ramadan 5, 1445, SPA -- {_SENTENCE}",
            "Makkah, Ramadan 5, 1445, SPA --",
            None,
            "SPA",
        ),
    ],
)
def test_a_hijri_date_before_the_gregorian_one(text, raw, date, source):
    found = match_dateline(text, REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.place, d.date, d.source) == (raw, raw.split(",")[0], date, source)


@pytest.mark.parametrize(
    ("text", "raw", "place", "date"),
    [
        # the story's date, a bar, then the place and its dash (digital magazines)
        (
            f"Mar. 2, 2007 | DETROIT -- {_SENTENCE}",
            "Mar. 2, 2007 | DETROIT --",
            "DETROIT",
            "2007-03-02",
        ),
        (f"4 May 2016 • Leeds — {_SENTENCE}", "4 May 2016 • Leeds —", "Leeds", "2016-05-04"),
    ],
)
def test_a_date_then_a_bar_then_the_place(text, raw, place, date):
    found = match_dateline(text, REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.place, d.date) == (raw, place, date)


@pytest.mark.parametrize(
    "text",
    [
        f"Mar. 2, 2007 | Politics -- {_SENTENCE}",  # a section's name, not a place
        f"Mar. 2, 2007 | By JANE ROE -- {_SENTENCE}",
        f"Mar. 2, 2007 | Updated: Mar. 3, 2007 -- {_SENTENCE}",
    ],
)
def test_a_date_then_a_bar_near_misses(text):
    found = match_dateline(text, REF)
    assert found is None or found.dateline.place is None


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        # the place in capitals run into the page's date (Indian papers' stamps)
        ("CHENNAI 12 April 2022 18:40 IST", "CHENNAI", "2022-04-12"),
        ("NEW DELHI April 12, 2022 18:40 IST", "NEW DELHI", "2022-04-12"),
        # in mixed case it is a location tag by the page's time; capitals that are no city
        ("Chennai 12 April 2022 18:40 IST", None, None),
        ("UPDATED 12 April 2022 18:40 IST", None, None),
        ("INDIA 12 April 2022 18:40 IST", None, None),
        ("THE HINDU 12 April 2022", None, None),
    ],
)
def test_a_capitals_place_run_into_the_page_date(line, place, date):
    found = match_stamp_dateline(line, REF)
    got = (found.dateline.place, found.dateline.date) if found else (None, None)
    assert got == (place, date)


@pytest.mark.parametrize(
    ("paragraph", "following", "headline", "raw"),
    [
        # a small town the gazetteer does not list, named by the headline too
        (
            f"Pawcatuck - {_SENTENCE}",
            None,
            "Pawcatuck library to extend its evening hours",
            "Pawcatuck -",
        ),
        (
            "Quonochontaug:",
            _SENTENCE,
            "Storm drains at Quonochontaug to be cleared",
            "Quonochontaug:",
        ),
    ],
)
def test_a_town_the_headline_names(paragraph, following, headline, raw):
    found = match_headline_place(paragraph, following, headline)
    assert found is not None
    assert (found.dateline.raw, found.dateline.place) == (raw, raw.rstrip(" -:"))


@pytest.mark.parametrize(
    ("paragraph", "following", "headline"),
    [
        # the headline does not name it
        (f"Pawcatuck - {_SENTENCE}", None, "Library to extend its evening hours"),
        # the headline's own label, printed again over the story
        (f"Podcast: {_SENTENCE}", None, "Podcast: why the storm drains flood"),
        ("Update:", _SENTENCE, "Update on the storm drains"),
        # lower case after the dash: an aside, not a dateline
        (
            "Jennings - the longtime coach who built the program from scratch over two decades"
            " - said on Monday he would retire.",
            None,
            "Jennings to retire after two decades",
        ),
        # a state alone, and a short label's text
        (f"Texas - {_SENTENCE}", None, "Texas storm drains to be cleared"),
        ("Pawcatuck - Library hours", None, "Pawcatuck library hours"),
    ],
)
def test_a_town_the_headline_names_near_misses(paragraph, following, headline):
    assert match_headline_place(paragraph, following, headline) is None


# A database export's header of fields ("Title:", "From:", "Full Text:"): its "From:" names the
# publication, never the place (GeoNames lists a town called From); a place on a line of its
# own under "Full Text:" is the story's dateline.
_EXPORT_HEADER = """Title: Council delays vote on harbor parking fees
Date: Apr. 17, 2014
From: Coastal Ledger (Portland, Maine)
Publisher: Harbor Media Group
Document Type: Brief article
Length: 288 words

Full Text:

{place}The city council on Tuesday put off a vote on new parking fees along the harbor front
after dozens of business owners packed the chamber to object.

Councilors said they wanted more time to study how the fees would affect the fish market.

COPYRIGHT 2014 Harbor Media Group
"""


@pytest.mark.parametrize(
    ("place_line", "place"), [("", None), ("Tamale, Ghana\n\n", "Tamale, Ghana")]
)
def test_an_export_header_from_field_is_no_place(tmp_path, place_line, place):
    from archiver.extract import extract_path

    source = tmp_path / "export.txt"
    source.write_text(_EXPORT_HEADER.format(place=place_line), encoding="utf-8")
    article = extract_path(source, reference_date=dt.date(2014, 4, 17))
    got = article.to_dict()["dateline"]
    assert (got["place"] if got else None) == place


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        # its state's abbreviation ends the line: that full stop ends no sentence
        ("FRESNO, Calif.", "FRESNO, Calif.", None),
        ("Bangor, Maine", "Bangor, Maine", None),
        # the place's line and the date's under it, read as one paragraph (no comma between)
        ("FRESNO, Calif. March 3, 2025", "FRESNO, Calif.", "2025-03-03"),
        ("Fresno March 3, 2025", "Fresno", "2025-03-03"),
        # a writer's or an outlet's name and the page's date: no dateline
        ("Jane Roe, March 2, 2025", None, None),
        ("The Valley Courier, March 2, 2025", None, None),
        ("Jane Roe March 2, 2025", None, None),
        # a sentence's full stop
        ("Rates rise, again.", None, None),
    ],
)
def test_a_place_set_apart_over_the_story(line, place, date):
    found = match_standalone_dateline(line, _SENTENCE, REF)
    got = (found.dateline.place, found.dateline.date) if found else (None, None)
    assert got == (place, date)


# A photo's caption that opens with the story's dateline, its credit set apart below it (as
# scrapers that print each block apart have it), over the story's own dateline paragraph.
_CAPTION_OVER_STORY = """PORT AUTHORITY TO DEEPEN NORTH CHANNEL BY 2027

GEORGE TOWN, 14 March -- Transport Minister Datuk Rahim Salleh (centre) visits the dredging site.

--fotoNNW (2024) ALL RIGHTS RESERVED

GEORGE TOWN, March 14 (NNW) -- The port authority will deepen the north channel to 16 metres by 2027 so that larger container ships can call at the port without waiting for high tide, the minister said today.

He said the project would be carried out in three phases, starting with the outer approach.
"""
# A digest: a short item under its dateline, then another item under another place's.
_DIGEST = """PORT NEWS IN BRIEF

GEORGE TOWN, March 14 (NNW) -- The port authority will deepen the north channel by 2027.

KUANTAN, March 14 (NNW) -- The port's new container berth will open in June, its operator said today, after two years of building work delayed by the pandemic and by the floods of 2022.
"""


def test_a_dated_caption_over_the_story_dateline():
    d = parse_wire_text(_CAPTION_OVER_STORY, REF).dateline
    assert d is not None
    assert (d.raw, d.place, d.source) == ("GEORGE TOWN, March 14 (NNW) --", "GEORGE TOWN", "NNW")


def test_a_digest_keeps_its_first_dateline():
    d = parse_wire_text(_DIGEST, REF).dateline
    assert d is not None
    assert (d.raw, d.place) == ("GEORGE TOWN, March 14 (NNW) --", "GEORGE TOWN")


@pytest.mark.parametrize(
    ("text", "raw", "place", "source"),
    [
        # a country as datelines print it, which GeoNames spells otherwise: the place's
        # region, not a news service's name after the place
        (f"Kinshasa, DR Congo — {_SENTENCE}", "Kinshasa, DR Congo —", "Kinshasa, DR Congo", None),
        (f"Dubai, UAE: {_SENTENCE}", "Dubai, UAE:", "Dubai, UAE", None),
        (f"DILI, East Timor — {_SENTENCE}", "DILI, East Timor —", "DILI, East Timor", None),
        # French's elided article in a country's name
        (
            f"ABIDJAN, Côte d'Ivoire — {_SENTENCE}",
            "ABIDJAN, Côte d'Ivoire —",
            "ABIDJAN, Côte d'Ivoire",
            None,
        ),
        # a news service's code in capitals after a place in mixed case is still the source
        (f"Bengaluru, DHNS: {_SENTENCE}", "Bengaluru, DHNS:", "Bengaluru", "DHNS"),
    ],
)
def test_countries_as_datelines_name_them(text, raw, place, source):
    found = match_dateline(text, REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.place, d.source) == (raw, place, source)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DURHAM, Sunday.—By a majority of nearly three to one the miners", "DURHAM"),
        ("LONDON, Monday.--The wool sales opened to-day", "LONDON"),
        ("EAU CLAIRE, Wis.—The city council voted", "EAU CLAIRE, Wis."),  # a region, not a day
    ],
)
def test_a_weekday_closed_by_a_stop_and_a_dash_is_the_day_not_a_region(text, place):
    m = match_dateline(text, None)
    assert m is not None and m.dateline.place == place and m.dateline.date is None


def test_a_company_with_its_legal_form_is_no_datelines_place():
    from archiver.extract.datelines import match_dateline

    ref = dt.date(2023, 3, 4)
    # a clipping service's header: the company's name, its legal form last
    for line in (
        "ARGUS DER PRESSE AG – Medienbeobachtung für Stadt Winterthur und andere Kunden",
        "PRESSWATCH MEDIA GMBH – Press review for the city of Vienna and its offices",
    ):
        assert match_dateline(line, ref) is None, line
    # a place in capitals before the dash stays a dateline
    found = match_dateline("ZUG – The canton's parliament voted on Tuesday to cut taxes.", ref)
    assert found is not None and found.dateline.place == "ZUG"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a small town in mixed case with its state and a dash: a paper's own dateline
        (
            "Lakeport, Mich. — The village board voted on Tuesday to close the pool.",
            "Lakeport, Mich.",
        ),
        # the writer's title and base under the name at the story's foot, over the page's
        # next line: no town (s53w/016)
        ("Senior Writer, Auckland — Latest from New Zealand and the rest of the world.", None),
    ],
)
def test_a_writers_title_with_a_region_is_no_dateline(text, place):
    found = match_dateline(text, REF)
    assert (found.dateline.place if found else None) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town too small for either gazetteer list, in capitals before a colon, that the
        # story's sentence names again after a place's preposition (s54b/031)
        (
            "HALLS GAP: Residents of Halls Gap were told to evacuate on Monday afternoon as a"
            " bushfire jumped containment lines.",
            "HALLS GAP",
        ),
        # a transcript's speaker and a word of capitals never named as a place: no dateline
        (
            "INSKEEP: We are talking this morning about the fire that burned through much of"
            " Halls Gap last week.",
            None,
        ),
        (
            "VEDELAGO: I have lived in this valley for forty years and I have never seen a fire"
            " like this one.",
            None,
        ),
        # a kicker the sentence names again after "of", "to" or "at": a scheme, an agency, a
        # person and a venue, no town (rv54g p05-p08)
        (
            "ROBODEBT: Thousands more victims of Robodebt will be able to claim compensation"
            " under changes announced by the government on Tuesday.",
            None,
        ),
        (
            "CENTRELINK: Callers to Centrelink waited an average of 38 minutes last month, new"
            " figures show.",
            None,
        ),
        (
            "MOLLY TICEHURST: The family of Molly Ticehurst have called for an inquest into the"
            " handling of her case by police.",
            None,
        ),
        (
            "WIN STADIUM: The crowd at Win Stadium went quiet as the Dragons conceded three"
            " tries in ten minutes on Saturday night.",
            None,
        ),
        (
            "WIN STADIUM: Thousands of fans in Win Stadium went quiet as the Dragons conceded"
            " three tries in ten minutes on Saturday night.",
            None,
        ),
        # a story's flag, named again in the sentence: still no place
        (
            "EXCLUSIVE: Residents of Exclusive Heights were told to evacuate on Monday"
            " afternoon as a bushfire spread.",
            None,
        ),
    ],
)
def test_town_in_capitals_named_again_in_its_sentence(text, place):
    found = match_dateline(text, REF)
    assert (found.dateline.place if found else None) == place


@pytest.mark.parametrize(
    "text, place",
    [
        ("[TOKYO] Japan's services sector shrank again in October.", "TOKYO"),
        ("[KUALA LUMPUR] Malaysia's central bank held its key rate on Thursday.", "KUALA LUMPUR"),
    ],
)
def test_place_in_capitals_in_square_brackets(text, place):
    found = match_dateline(text, REF)
    assert found is not None and found.dateline.place == place
    assert found.dateline.raw == f"[{place}]" and found.dateline.source is None


@pytest.mark.parametrize(
    "text",
    [
        "[UPDATED] Fares will rise by up to 10 cents from December.",
        "[WATCH] The minister speaks to reporters after the meeting.",
        "[EXCLUSIVE] The company plans to cut 200 jobs.",
    ],
)
def test_bracketed_tags_are_no_dateline(text):
    assert match_dateline(text, REF) is None
