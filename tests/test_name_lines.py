"""Name lines: bylines without "By" (names alone, names with an outlet or a title), told from
Title Case decks; the page stamps that place them; the "By" line's labels and separators."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import (
    is_affiliation,
    is_by_line,
    name_list,
    names_with_affiliation,
    parse_byline,
    without_glued_handle,
)
from archiver.extract.chrome import is_page_timestamp


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe-Smith and Tom O'Hara", ["Jane Roe-Smith", "Tom O'Hara"]),
        ("JANE ROE AND TOM HARDY", ["JANE ROE", "TOM HARDY"]),
        ("Ana Ruiz, Bo Lind & Yuki Tanaka-Holm", ["Ana Ruiz", "Bo Lind", "Yuki Tanaka-Holm"]),
        ("K. Lakshmi Narayan", ["K. Lakshmi Narayan"]),
        ("Pieter van der Berg", ["Pieter van der Berg"]),
    ],
)
def test_name_lists(line, names):
    assert name_list(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Works To Begin Next Spring",  # a Title Case deck
        "Markets Rally And Oil Falls",  # Title Case "And" joins a headline's words
        "Residents were evacuated.",
        "Reuters",
        "Jane Roe, Staff Writer",  # a title is not a name
    ],
)
def test_not_name_lists(line):
    assert name_list(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Pieter-Jan van den Bergh, Coastline24", ["Pieter-Jan van den Bergh"]),
        ("Ramon T. Villanueva - The Visayan Star", ["Ramon T. Villanueva"]),
        ("Jane Roe | Staff Writer", ["Jane Roe"]),
        ("Jane Roe and Tom Hardy, Reuters", ["Jane Roe", "Tom Hardy"]),
    ],
)
def test_names_with_an_affiliation(line, names):
    assert names_with_affiliation(line) == names


def test_a_sentence_after_a_name_is_no_affiliation():
    assert names_with_affiliation("Jane Roe - the council said it would appeal") is None


@pytest.mark.parametrize(
    "line",
    ["(Australian Associated Press)", "BBC News, Cardiff", "Staff Writer", "The Daily Herald"],
)
def test_affiliation_lines(line):
    assert is_affiliation(line)


@pytest.mark.parametrize("line", ["Residents fled the area", "Cardiff, Wales"])
def test_not_affiliation_lines(line):
    assert not is_affiliation(line)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By: Arnel P. de la Cruz - Reporter / @adelacruz", ["Arnel P. de la Cruz"]),
        ("Posted by Rosa Achterberg on May 2, 2024 · 9 Comments", ["Rosa Achterberg"]),
        ("Story by Teodora Vasquez-Hart", ["Teodora Vasquez-Hart"]),
        ("By JANE ROE-HAYES FOR MAILONLINE", ["JANE ROE-HAYES"]),
    ],
)
def test_by_lines(line, names):
    assert is_by_line(line)
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


def test_a_long_paragraph_opening_with_by_is_no_byline():
    text = "By Jane Roe Bogota, Apr 9 (EFE).- The bank on Thursday cut its rate " + "x " * 100
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "Today at 06:30",
        "11.03.2024 10:31",
        "Mar 12, 2024 - Business",
        "Published - March 05, 2024 09:12 pm IST - CHENNAI",
        "Updated March 19, 2024 — 3:05pm, first published at 2:31pm",
        "INQUIRER.net / 04:22 PM March 05, 2024",
    ],
)
def test_page_stamps(line):
    assert is_page_timestamp(line)


@pytest.mark.parametrize("line", ["Today at noon the council met", "Jane Roe - Business"])
def test_not_page_stamps(line):
    assert not is_page_timestamp(line)


@pytest.mark.parametrize("line", ["By Agency Staff", "By Staff Reporter", "By HT Correspondent"])
def test_a_desk_in_the_by_line_is_a_byline_without_a_person(line):
    byline = parse_byline(line)
    assert byline is not None and byline.names == []


def test_stacked_name_lines_above_the_stamp_are_one_byline():
    from archiver.extract.roles import classify_opening
    from archiver.extract.wire_text import clean

    text = "Bridge to close\n\nJane Roe\nJohn Doe-Hart\nMarch 3, 2024\n\nThe bridge will close."
    opening = classify_opening([clean(x) for x in text.split("\n")], None)
    assert opening.byline is not None and opening.byline.names == ["Jane Roe", "John Doe-Hart"]


def test_all_caps_outlet_and_handle_lines_are_affiliations():
    from archiver.extract.bylines import is_contact_line

    assert is_affiliation("THE DAILY STAR")
    assert is_contact_line("@janeroe") and is_contact_line("jroe@paper.example")
    assert not is_contact_line("Contact us at @janeroe for tips")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the writer's e-mail in the brackets the paper sets it in goes with its brackets
        ("BY MIN JI-WOO [min.jiwoo@harbourdaily.co.kr]", ["MIN JI-WOO"]),
        ("By Jane Roe (jroe@paper.com)", ["Jane Roe"]),
        ("By Jane Roe <jroe@paper.com>", ["Jane Roe"]),
    ],
)
def test_a_bracketed_email_after_the_by_lines_names(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Priya Raman@priya.raman.4410", "Priya Raman"),  # a handle glued to the name
        ("Priya Raman@praman", "Priya Raman"),
        ("priya.raman@harbourdaily.com", "priya.raman@harbourdaily.com"),  # an e-mail address
        ("Priya Raman@harbourdaily.co.nz", "Priya Raman@harbourdaily.co.nz"),  # a domain's end
        ("Follow @praman", "Follow @praman"),  # a spaced handle: not glued
        ("PRIYA RAMAN@praman", "PRIYA RAMAN@praman"),  # no lower-case letter before the "@"
    ],
)
def test_a_social_handle_glued_to_the_name(line, kept):
    assert without_glued_handle(line) == kept


_LEAD = (
    "Mae Hong Son province yesterday opened a 900-metre bamboo bridge across the rice fields"
    " of Ban Kung Mai Sak, which officials say is now the longest of its kind in the country."
)


@pytest.mark.parametrize(
    ("block", "names"),
    [
        # the deck and the writer's name a line each, no blank line between (an e-paper's copy)
        (["Villagers asked to watch for landslides", "PORNPIMOL SUKSAWAT"], ["PORNPIMOL SUKSAWAT"]),
        (["Villagers asked to watch for landslides", "Kannika Thongdee"], ["Kannika Thongdee"]),
        # a place on the last line, not a writer's name
        (["The walkway crosses rice fields near the border", "Mae Hong Son"], None),
        # a sentence over the name: story (or a caption), no deck
        (["The walkway crosses rice fields near the border.", "Kannika Thongdee"], None),
        # the lead's own subject named under the deck
        (["Boat owner pulled six from the water", "Somchai Wongsawat"], None),
        # an e-paper's caption printed with no stop (when its picture was taken) over its
        # photographer's name: no deck, no writer
        (
            [
                "Students wear face masks on their way home in Muang district on Monday",
                "PATTARAPONG CHATPATTARASILL",
            ],
            None,
        ),
        (["Volunteers clear mud from a temple yard yesterday", "Kannika Thongdee"], None),
    ],
)
def test_a_writers_name_under_the_deck_in_one_block(block, names):
    from archiver.extract.wire_text import _name_line_under_deck

    lead = _LEAD if block[-1] != "Somchai Wongsawat" else f"Somchai Wongsawat, 54, {_LEAD}"
    lines = ["Headline over them", "", *block, "", lead]
    found = _name_line_under_deck(lines, 2, " ".join(block), [lead])
    assert (found[2] if found else None) == names
    if found:
        assert found[:2] == (" ".join(block[:-1]), 3)
