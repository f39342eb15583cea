"""Bylines that name an agency beside the writers: the agency after the names with no comma
('Jane Roe THE CANADIAN PRESS'), a surname that is a newsroom's word read as a name when an
agency follows it, the agencies whose copy went into the story ('Jane Roe with Reuters, dpa'),
a news service's Usenet post signed in its 'From:' field, and a page's author box at the foot."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import (
    author_box_byline,
    foot_byline,
    is_affiliation,
    name_and_title,
    names_with_affiliation,
    parse_byline,
)
from archiver.extract.captures import read_capture
from archiver.extract.page import is_date_stamp


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Jordan Press THE CANADIAN PRESS", ["Jordan Press"]),
        ("By Emily Post, The Canadian Press", ["Emily Post"]),
        ("Jane Roe The Canadian Press", ["Jane Roe"]),
        ("JANE ROE THE CANADIAN PRESS", ["JANE ROE"]),
        ("Jane Roe and John Doe The Associated Press", ["Jane Roe", "John Doe"]),
        ("Lena van der Berg with Reuters, dpa", ["Lena van der Berg"]),
        ("Jane Roe and John Doe with AFP", ["Jane Roe", "John Doe"]),
    ],
)
def test_names_beside_an_agency(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "By Jordan Press",  # a newsroom's word alone after a place: an outlet, no one named
        "By Winnipeg Free Press",
        "Talks with Reuters, dpa",  # no person before "with"
        "Jane Roe with John Doe and friends",  # no agency after "with"
        "Protesters march in Ottawa The Canadian Press",  # a caption's sentence
    ],
)
def test_no_writer_beside_the_agency(line):
    found = parse_byline(line)
    assert found is None or not found.names


def _post(from_value: str) -> list[str]:
    return [
        f"From: {from_value}",
        "Newsgroups: clari.news.top",
        "Subject: Storm closes schools",
        "Lines: 3",
        "",
        "\tBOSTON (AP) -- Schools closed on Monday.",
    ]


@pytest.mark.parametrize(
    "value, name",
    [
        (
            "feed@news.example (JANE ROE, Associated Press Writer)",
            "JANE ROE, Associated Press Writer",
        ),
        ('"Jane Roe" <jroe@campus.example>', "Jane Roe"),
        ("jroe@campus.example", None),
    ],
)
def test_usenet_from_fields_full_name(value, name):
    capture = read_capture(_post(value))
    assert capture.kind == "Usenet post"
    assert (capture.byline[1] if capture.byline else None) == name


def test_an_e_mails_sender_is_no_posts_signature():
    lines = ["From: Karen Liu", "To: All staff", "Subject: FW: article", "", "Read this."]
    assert read_capture(lines).byline is None


@pytest.mark.parametrize(
    "lines, names",
    [
        (
            ["Edited by: John Doe", "Jane Roe", "Jane Roe Reporter for The Paper based in Oslo"],
            ["Jane Roe"],
        ),
        (["Jane Roe", "", "Jane Roe, Senior Correspondent"], ["Jane Roe"]),
        (["Edited by: John Doe", "Send us your feedback"], None),
        (["Maria Lind", "Maria Lind Spokesperson of the Port Authority"], None),
        (["Jane Roe", "Jane Roe is a columnist for The Paper."], None),  # a biography's, read apart
        (["Jane Roe", "John Doe Reporter for The Paper"], None),  # not the same name twice
    ],
)
def test_author_box(lines, names):
    found = author_box_byline(lines)
    assert (found[0].names if found else None) == names


@pytest.mark.parametrize(
    "line, names",
    [
        ("Amina Qureshi Khan | Tariq Mahmood-Ali", ["Amina Qureshi Khan", "Tariq Mahmood-Ali"]),
        ("Jane Roe • John Doe • Ann Poe", ["Jane Roe", "John Doe", "Ann Poe"]),
        ("Jane Roe | Staff Writer", ["Jane Roe"]),  # a title after the bar, no second writer
        ("Jane Roe | Lahore", ["Jane Roe"]),  # a place after the bar
        ("Jane Roe | Jakarta Post", ["Jane Roe"]),  # an outlet named for its city
    ],
)
def test_writers_set_apart_by_bars(line, names):
    assert names_with_affiliation(line) == names


@pytest.mark.parametrize(
    "line, name",
    [
        ("DANIEL ROE CITY HALL BUREAU", "DANIEL ROE"),
        ("Jane Roe Ottawa Bureau", "Jane Roe"),
        ("Federal Bureau", None),
    ],
)
def test_a_bureau_names_the_writers_desk(line, name):
    assert name_and_title(line) == name


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("—Jane Roe-Diaz/KG, Islands News", ["Jane Roe-Diaz"]),
        ("—Jane Roe/RSJ", ["Jane Roe"]),
        ("— Jane Roe", ["Jane Roe"]),
        ("—KG, Islands News", None),  # the desk editor's initials alone
        ("— Mayor of Springfield, Illinois", None),
    ],
)
def test_dash_sign_offs(paragraph, names):
    found = foot_byline(paragraph)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    "line, stamp",
    [("• 8h", True), ("· 35m", True), ("• 2d", True), ("8h", False), ("• 12 Comments", False)],
)
def test_a_portals_compact_age_is_a_stamp(line, stamp):
    assert is_date_stamp(line) is stamp


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Rachel Roe and Kenji Doe Toronto Star", ["Rachel Roe", "Kenji Doe"]),
        ("By Jane Roe Arizona Republic", ["Jane Roe"]),
        ("By Jane Austin Sun", ["Jane Austin Sun"]),  # "Sun" is a surname's word too
        ("By Mary Jackson Star", ["Mary Jackson Star"]),  # no place before the paper's word
    ],
)
def test_a_name_then_its_city_paper_with_no_comma(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("The Times of India", True),
        ("The Globe and Mail", True),
        ("The Daily Star, Dhaka", True),
        ("The Maple Avenue branch library will close on April 1 for six", False),
    ],
)
def test_an_outlet_that_opens_with_the(text, outlet):
    assert is_affiliation(text) is outlet


@pytest.mark.parametrize(
    "line, stamp",
    [
        ("· Posted: Jan 15, 2026 4:00 AM EST | Last Updated: 2 hours ago", True),
        ("• Share · Comment · print", False),
    ],
)
def test_a_stamp_set_apart_by_a_bullet(line, stamp):
    assert is_date_stamp(line) is stamp
