"""Bylines that name an agency beside the writers: the agency after the names with no comma
('Jane Roe THE CANADIAN PRESS'), a surname that is a newsroom's word read as a name when an
agency follows it, the agencies whose copy went into the story ('Jane Roe with Reuters, dpa'),
a news service's Usenet post signed in its 'From:' field, and a page's author box at the foot."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import author_box_byline, parse_byline
from archiver.extract.captures import read_capture


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
