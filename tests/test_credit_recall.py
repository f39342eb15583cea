"""The second look for a photo credit (credit_recall) and one photo's credit read twice."""

from __future__ import annotations

import pytest

from archiver.extract.credit_recall import bare_credit, recall_credit
from archiver.extract.credits import unique_credits


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("ASSOCIATED PRESS", "ASSOCIATED PRESS"),
        (
            "Emma McIntyre/Getty Images for Live Nation",
            "Emma McIntyre/Getty Images for Live Nation",
        ),
        ("MARTA KOWALSKA FOR THE HERALD", "MARTA KOWALSKA FOR THE HERALD"),
        ("Marcus Feld, pennlive.com", "Marcus Feld, pennlive.com"),
        ("TASR/Novak Jan", "TASR/Novak Jan"),
        ("© Bloomberg", "© Bloomberg"),
        ("Picture: JANE ROE.", "JANE ROE"),
    ],
)
def test_credit_parts_alone(line: str, credit: str) -> None:
    found = bare_credit(line)
    assert found is not None and found.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe",  # a lone name: a crosshead, a signature, a byline
        "The Road Ahead",
        "New York, NY",  # a place and its state
        "Paris, France",
        "Joe Biden, President",
        "Share on Twitter",
        "The mayor said the plan would go ahead",
    ],
)
def test_not_credit_parts(line: str) -> None:
    assert bare_credit(line) is None


def test_sign_off_under_story_is_no_credit() -> None:
    lines = ["Storm hits Ohio", "", "Crews restored power to most homes on Monday.", "", "(AP)"]
    assert recall_credit(lines, {0: "headline"}, start=0, end=len(lines)) is None


def test_writer_under_caption_is_no_credit() -> None:
    lines = ["The mayor presented the budget on Wednesday.", "Laura Benning, The Ledger", "Text."]
    assert recall_credit(lines, {}, start=0, end=3, writers=("Laura Benning",)) is None


def test_one_photo_credit_read_twice_is_one() -> None:
    assert unique_credits(["Jane Roe / Getty Images", "Top photo: Jane Roe / Getty Images"]) == [
        "Jane Roe / Getty Images"
    ]
    assert unique_credits(["ANI Photo", "ANI"]) == ["ANI Photo"]
    assert unique_credits(["Jane Roe/AP", "John Doe/AP"]) == ["Jane Roe/AP", "John Doe/AP"]


def test_agency_closing_the_last_paragraph_is_a_sign_off() -> None:
    lines = [
        "The court also asked the state government to file a status report. PTI",
        "ABK SKV RT",
    ]
    assert recall_credit(lines, {}, start=0, end=2) is None


def test_credit_closing_a_caption_sentence() -> None:
    lines = [
        "Story text goes on here.",
        "The bank's headquarters in Bratislava. TASR/Novak Jan",
        "X",
    ]
    found = recall_credit(lines, {}, start=0, end=3)
    assert found is not None and found.credit.credit == "TASR/Novak Jan"


@pytest.mark.parametrize(
    ("mark", "notice", "credit"),
    [
        # a bare "© Agency" over the page's rights notice stays the caption's credit
        ("© AFP", "© 2026 Herald Sun. All rights reserved.", "© AFP"),
        ("© Reuters", "All rights reserved.", "© Reuters"),
        # the "©" line's own notice words (a year, "Copyright") make it the page's notice
        ("© Copyright NOVA", "All rights reserved", None),
        ("© 2026 Herald Sun", "All rights reserved.", None),
    ],
)
def test_copyright_line_over_a_rights_notice(mark: str, notice: str, credit: str | None) -> None:
    lines = [
        "Metro Trains said buses would run every five minutes during peak hours.",
        "The line is expected to reopen on May 25.",
        "Crews work on the line at Caulfield station on Tuesday.",
        mark,
        notice,
    ]
    found = recall_credit(lines, {}, start=0, end=len(lines))
    assert (found.credit.credit if found is not None else None) == credit


_LONG_PARAGRAPH = (
    "Operators welcomed the plan but said higher wages, not only subsidies, would be needed"
    " to keep drivers in a sector where pay trails the national average."
)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a wire's rights line under the story's last, long paragraph: no picture's credit
        (_LONG_PARAGRAPH, None),
        # under a caption's short line at the story's foot: its credit
        ("Visitors inside the ice tunnel.", "© AFP"),
    ],
)
def test_rights_wire_at_the_foot(caption: str, expected: str | None) -> None:
    lines = [
        "Headline of the story",
        "",
        "About 2,000 routes nationwide were cut or reduced last year as operators failed to hire.",
        "",
        caption,
        "© KYODO" if expected is None else "© AFP",
        "",
        "2 Comments",
    ]
    found = recall_credit(lines, {0: "headline"}, start=0, end=len(lines))
    assert (found.credit.credit if found else None) == expected
