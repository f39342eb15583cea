"""Look-alikes and hostile lines found in review of round 45's rules: each case failed (or
never finished) before its mend."""

from __future__ import annotations

import pytest

from archiver.extract import captures, credits, page, roles


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
