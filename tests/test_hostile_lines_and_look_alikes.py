"""Look-alikes and hostile lines found in review of round 45's rules: each case failed (or
never finished) before its mend."""

from __future__ import annotations

import pytest

from archiver.extract import captures, credits, page, records, roles


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Story ID: nL8N3Q20X1   Category: Commodities   Priority: 3", True),
        ("Slug: BUDGET-SCHOOLS | Desk: Metro | Words: 412", True),
        ("Story ID: nL8N3Q20X1 Category: Commodities Priority: 3", True),  # gaps evened out
        ("Updated: 10:30 Published: 9:00", False),
        ("LIVE: Ukraine War: Day Three: What We Know", False),  # a live blog's headline
        ("Exclusive: Fed official: rates to stay high for longer", False),
        # 150 characters on which one pattern over the whole row tried 3**16 splits
        ("Ab: " + "x Y Z W: " * 16 + "|", False),
    ],
)
def test_a_record_row_is_labelled_fields_set_apart_by_gaps(line, row):
    assert roles._field_row(line) is row


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("[2/2] Graphic: Priyanka Dosanjh-Leclair", "Priyanka Dosanjh-Leclair"),
        ("Graphic: Jane Roe/The Times", "Jane Roe/The Times"),
        ("The chart shows prices. Graphic: Jane Roe", "Jane Roe"),
        ("GRAPHIC: Surveillance Video Shows Deadly Crash", None),  # a warning
        ("Graphic: Flood Waters Rise", None),  # a link to a chart
        ("Graphic: Election Results By County", None),
        ("Warning. Graphics: Viewers May Find This Disturbing", None),
    ],
)
def test_a_chart_label_credits_a_name_only(line, credit):
    found = credits.find_credit(line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Source: Trilateral Seal Expert Group; Map: DW", "DW"),  # a known outlet
        ("Source: Environment Agency; Map: Reuters Graphics", "Reuters Graphics"),
        ("Map: Elena Brickner, NG Maps", "Elena Brickner, NG Maps"),  # a name, her desk
        ("Map: Western Ireland, Road Maps", None),  # a place, no name
        # a map's or a chart's title (a storm, a place, a list of places, a series, a person
        # and her post) names no maker; nor does a graphic's title with a comma
        ("The track of the storm on Sunday. Map: Storm Ashley", None),
        ("Source: Met Eireann; Map: Western Ireland", None),
        ("Source: UNHCR; Map: South Sudan, Chad", None),
        ("Map: Dominican Republic", None),  # a place with a paper's last word
        ("Prices have risen 30% this year. Chart: Copper Prices", None),
        ("Data: Federal Reserve; Chart: Jerome Powell, Fed chair", None),
        ("Graphic: Bush Fire, Hazard Reduction", None),
    ],
)
def test_a_map_or_chart_label_credits_a_known_outlet_only(line, credit):
    found = credits.find_credit(line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a figure wrapped inside its caption, markup on each line: read whole
        (
            "<figure><figcaption>The bridge on\nMonday. <em>Credit: Jane\nRoe</em></figcaption></figure>\nNext",
            "The bridge on Monday. Credit: Jane Roe\nNext",
        ),
        # an opening line whose tags are whole over the story's lines: left as it is
        (
            '<figure class="lead"><img src="/a.jpg" alt="">\nCouncil approves footbridge\n'
            "By Fiona McLeod\n<figcaption>The site. Photo: Ewan Grant</figcaption></figure>",
            None,
        ),
        # a line of text alone inside: no wrapped element
        (
            "<figure><figcaption>The bridge\nduring tests\non Monday.</figcaption></figure>",
            None,
        ),
    ],
)
def test_a_wrapped_figure_is_read_only_when_it_breaks_off_inside_its_markup(text, read):
    assert records.read_figure_lines(text) == (text if read is None else read)


def test_a_headline_in_small_letters_ends_a_summary_box():
    point = "• The county has moved to replace the pipes across the estate and in the"
    assert page._point_goes_on(point, "neighbouring wards")
    assert not page._point_goes_on(point, "iHub opens new tech campus in Kibera estate")
    assert not page._point_goes_on(point, "eBay sellers face new fees")
    assert not page._point_goes_on(point.rstrip(" the") + ".", "neighbouring wards")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("By Jane Roe - Staff Writer", False),
        ("By Jane Roe, Staff Writer - Harbour Ledger", False),
        ("By Jane Roe | Reporter", False),
        ("By Ana de la Cruz | Reuters", False),
        ("By The Numbers - Harbour Ledger", True),
        ("By Royal Appointment | The Guardian", True),
        ("How a town fed 40,000 people - Macleans.ca", True),
    ],
)
def test_a_by_line_with_a_writers_title_is_no_page_title(line, title):
    assert (captures.print_title(["2/14/26, 9:31 AM", line, ""]) == line) is title


def test_first_text_lines_from_a_start():
    lines = ["a", "", "b", "", "", "c", "d"]
    assert captures._first_text(lines, 2, 1) == [2, 5]
    assert captures._first_text(lines, 2) == [0, 2]


def test_a_writer_line_is_read_in_its_first_characters():
    assert page._writer_line("Jane Roe in Abuja")
    assert not page._writer_line("The storm in Lagos")
    assert not page._writer_line("x" * 70 + " in Abuja")  # names longer than any writer's
    assert not page._writer_line("Jane Roe" + " " * 20000 + "x")  # every try ran to the end
