"""The headline line as a page prints it: a page title's site name and kicker come off, a
wire headline's own source stays."""

from __future__ import annotations

import pytest

from archiver.extract.roles import headline_text


@pytest.mark.parametrize(
    "line, headline",
    [
        (
            "Ferry fares to rise 6% from April, operator says | The Lakeshore Courier",
            "Ferry fares to rise 6% from April, operator says",
        ),
        ("Ferry fares to rise 6% from April | Business", "Ferry fares to rise 6% from April"),
        ("Ferry fares to rise 6% from April - BBC News", "Ferry fares to rise 6% from April"),
        ("Opinion | Why the ferry should stay public", "Why the ferry should stay public"),
        # kept: a wire headline's source, in capitals or in lower case
        ("OIL OUTPUT SEEN LOWER - ANALYSTS", "OIL OUTPUT SEEN LOWER - ANALYSTS"),
        (
            "Diesel demand jumps 11 pct in February - govt data",
            "Diesel demand jumps 11 pct in February - govt data",
        ),
        ("UPDATE 2-Copper climbs to three-week high", "UPDATE 2-Copper climbs to three-week high"),
        # a CMS's title: the section, then the site's name or address, a segment each
        (
            "Splash pad approved for riverside park | Local News | heraldstandard.com",
            "Splash pad approved for riverside park",
        ),
        (
            "Splash pad approved for riverside park | News | The Daily Sentinel",
            "Splash pad approved for riverside park",
        ),
        # kept: a bar inside the headline, its last part a phrase of the headline's own
        (
            "Board delays bus vote | What parents need to know",
            "Board delays bus vote | What parents need to know",
        ),
        # kept: too little would be left
        ("Budget 2025 | The Lakeshore Courier", "Budget 2025 | The Lakeshore Courier"),
        ("Kenya | Floods kill 40", "Kenya | Floods kill 40"),
    ],
)
def test_headline_text(line, headline):
    assert headline_text(line) == headline


def test_a_headline_may_end_in_a_street_abbreviation():
    from archiver.extract.roles import looks_like_headline

    assert looks_like_headline("Man charged after crash kills pedestrian on Capital Blvd.")
    assert looks_like_headline("Crews reopen highway after lava scare on Saddle Rd.")
    assert not looks_like_headline("The crash happened on the boulevard.")


# A headline broken over two lines by the width of the page it was copied from: the line ends
# on a word no headline ends on, or its last words go on in small letters under it (a blank
# line or the story's first line, in capitals, after them).
_STORY = (
    "The council voted 7-2 on Tuesday night to rebuild the wall at a cost of 2.4 million euros."
)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Town Council Votes to Rebuild the Old Harbour Wall and\nWiden the Pier\n\n" + _STORY,
            "Town Council Votes to Rebuild the Old Harbour Wall and Widen the Pier",
        ),
        (
            "Kenya: Release journalists arrested while covering peaceful\nprotest\n" + _STORY,
            "Kenya: Release journalists arrested while covering peaceful protest",
        ),
        # kept apart: a short headline ending on its small word ("What to look for"), a deck
        # of its own under it
        (
            "What to look for\nA guide to the first week of the harvest festival\n\n" + _STORY,
            "What to look for",
        ),
    ],
)
def test_headline_tail_on_a_line_of_its_own(text, headline):
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    assert parse_wire_text(text, dt.date(2025, 4, 9)).headline == headline


# An agency's masthead and its feed's stamp over the story: the line right over the dateline's
# lead is the headline when it tells the lead in its words (three of its words, and half of
# them, are the lead's); a photo's caption or a section's kicker there has words of its own.
_KYOTO_LEAD = (
    "KYOTO (Kyodo) -- Kyoto city will raise its accommodation tax to as much as 10,000 yen per"
    " night for luxury hotel guests from next March, officials said Tuesday, as the ancient"
    " capital grapples with overtourism."
)
_HAVANA_LEAD = (
    "Havana, Feb 4 (Prensa Latina) Cuba will host the 15th International Book Fair of the"
    " Caribbean from February 12 to 22, with Colombia as guest of honor country, organizers"
    " announced on Tuesday."
)


@pytest.mark.parametrize(
    ("text", "not_headline"),
    [
        (
            "KYODO English news\n04.03.2025 10:15\nTourists crowd a narrow street in Kyoto's Gion"
            " district on a spring afternoon in 2024\n\n" + _KYOTO_LEAD + "\nKyoto to raise"
            " lodging tax for luxury hotel guests to curb overtourism\n\nThe city assembly"
            " approved the revision to the ordinance on Tuesday.\nThe city expects annual"
            " revenue from the tax to more than double.\n",
            "Tourists crowd a narrow street in Kyoto's Gion district on a spring afternoon in 2024",
        ),
        (
            "Prensa Latina English edition\n04.02.2025 11:30\nCulture and Society in Latin"
            " America and the Caribbean\n\n" + _HAVANA_LEAD + "\nCuba to host Caribbean book"
            " fair with Colombia as guest of honor\n\nMore than 300 publishers from 20"
            " countries are expected to take part in the event.\nThe Cuban Book Institute said"
            " the program includes some 600 presentations and readings.\n",
            "Culture and Society in Latin America and the Caribbean",
        ),
    ],
)
def test_a_caption_or_kicker_over_the_lead_under_a_masthead_is_no_headline(text, not_headline):
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    assert parse_wire_text(text, dt.date(2025, 6, 3)).headline != not_headline


def test_the_headline_right_over_the_lead_under_a_masthead():
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = (
        "BTA English news\n04.03.2025 09:15\nPlovdiv municipality approves new tram line"
        " feasibility study\n\nSofia, March 4 (BTA) - The Plovdiv Municipal Council on Tuesday"
        " approved a feasibility study for a tram line linking the city centre with the Trakia"
        " residential district.\nThe study puts the cost of the 9-kilometre line at 310 million"
        " leva.\nResidents of Trakia welcomed the decision but called for a faster timetable.\n"
    )
    headline = parse_wire_text(text, dt.date(2025, 6, 3)).headline
    assert headline == "Plovdiv municipality approves new tram line feasibility study"


def test_a_headline_naming_the_person_over_an_obituarys_name_and_years_stays_the_headline():
    # "Beloved coach Marchetti dies" over "Vincent Paul Marchetti" / "1941 - 2024": a short
    # headline about the person, no site's name or section over the death notice
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = (
        "Beloved coach Marchetti dies\n\nVincent Paul Marchetti\n1941 - 2024\n\nVincent Paul"
        " Marchetti, who coached boys basketball at Fairview High for 30 years, died Thursday"
        " at his home. He was 83.\n\nHis teams won two state titles.\n\nServices will be held"
        " Monday at St. Anne Catholic Church.\n"
    )
    assert parse_wire_text(text, dt.date(2024, 5, 1)).headline == "Beloved coach Marchetti dies"


@pytest.mark.parametrize(
    "text, headline",
    [
        # a live page's headline, its second half after a colon in a site's tagline words: the
        # headline, no site's title (a site's title sets its tagline after a dash or a bar)
        (
            "NBC News\n\nSuper Tuesday 2024: Live Updates and Breaking News\nMarch 5, 2024, 6:02"
            " AM EST\nBy Alex Fine and Rita Moreno\n\nVoters in 15 states head to the polls on"
            " Tuesday in the biggest single day of the presidential primary calendar.\n\nFormer"
            " President Donald Trump is expected to win most Republican contests.\n",
            "Super Tuesday 2024: Live Updates and Breaking News",
        ),
        (
            "WEATHER\n\nStorm Isha: Latest News, Headlines and Updates\nPublished 22 January"
            " 2024\n\nBy Kate Byrne\n\nStorm Isha brought gusts of up to 99mph to parts of Britain"
            " overnight, leaving thousands of homes without power.\n\nThe Met Office issued rare"
            " red warnings for north-east Scotland.\n",
            "Storm Isha: Latest News, Headlines and Updates",
        ),
    ],
)
def test_live_page_headline_with_colon_is_no_site_tagline(text, headline):
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    assert parse_wire_text(text, dt.date(2024, 3, 10)).headline == headline


@pytest.mark.parametrize(
    "line, headline",
    [
        # ANPA's caret and "<" around an agency export's headline, the feed's envelope gone
        (
            "^Floodwaters recede in river towns as cleanup begins<",
            "Floodwaters recede in river towns as cleanup begins",
        ),
        # a caret or an angle bracket alone is the headline's own
        ("Shares rise after <b>strong</b> results", "Shares rise after <b>strong</b> results"),
        ("Index up 2^10 points in record session", "Index up 2^10 points in record session"),
    ],
)
def test_headline_text_drops_anpa_codes(line: str, headline: str) -> None:
    assert headline_text(line) == headline


@pytest.mark.parametrize(
    "line, headline",
    [
        # Axios's item labels, named, run into the item's title
        ("1 big thing: RTD fares go free for July", "RTD fares go free for July"),
        ("1 fun thing: A llama joins the city council", "A llama joins the city council"),
        # a countdown's or a headline's own "1 ... :" stays in the headline
        (
            "1 year to go: Los Angeles unveils venue map for 2028 Olympics",
            "1 year to go: Los Angeles unveils venue map for 2028 Olympics",
        ),
        (
            "1 more thing: Apple quietly kills its last iPod",
            "1 more thing: Apple quietly kills its last iPod",
        ),
    ],
)
def test_headline_text_drops_only_a_newsletters_named_item_label(line: str, headline: str) -> None:
    assert headline_text(line) == headline
