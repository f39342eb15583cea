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
