"""Labels that name people or papers only in their place: The Conversation's writers before
their titles, a paper's name before "photo by", a public body after "From"."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract import extract_bytes
from archiver.extract.byline_recall import _writers_before_titles
from archiver.extract.credits import find_credit
from archiver.extract.roles import _from_public_body


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jane Roe, Professor of Law, Acme University", ["Jane Roe"]),
        (
            "Jane Roe, Professor of Law, Acme University and John Doe, Lecturer, Beta College",
            ["Jane Roe", "John Doe"],
        ),
        # an "and" inside a title names nobody
        ("Jane Roe, Professor of Law and Public Policy, Acme University", ["Jane Roe"]),
        (
            "Jane Roe, Professor of Law and Public Policy, Acme University and John Doe,"
            " Lecturer, Beta College",
            ["Jane Roe", "John Doe"],
        ),
    ],
)
def test_conversation_writers_before_their_titles(line, names):
    assert _writers_before_titles(line) == names


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "Crews clear the road on Saturday. Anvil Herald photo by Jane Roe",
            "Anvil Herald photo by Jane Roe",
        ),
        ("(Free Press photo by Jane Roe)", "Free Press photo by Jane Roe"),
        ("Anvil Herald photo by Jane Roe", "Anvil Herald photo by Jane Roe"),
        # a caption's last words before the desk's label name no paper
        ("Residents gather outside City Hall Staff photo by Jane Roe", "Staff photo by Jane Roe"),
    ],
)
def test_paper_name_before_photo_by(text, credit):
    found = find_credit(text, in_header=True)
    assert found is not None
    assert found.credit == credit


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("From Department of Housing, Local Government and Heritage", True),
        ("From: Department for Transport", True),
        ("From: , , , ,", False),  # nothing but commas: no body, and no error
        ("From Jane Roe", False),
    ],
)
def test_from_a_public_body(line, verdict):
    assert _from_public_body(line) is verdict


_TAG_UNDER_CAPTION = """The Irish Times
News
World

Biden warns of 'dangerous' moment for democracy
President urges voters to turn out in the swing states
Tue Oct 29 2024 - 06:00

The president told supporters in Pennsylvania that the election would be close.

He is due to speak in Michigan on Wednesday.

Mr Biden at a rally in Philadelphia. Photograph: Matt Rourke/AP

Joe Biden
Tue Oct 29 2024 - 14:20
"""


def test_person_tag_under_foot_caption_is_no_byline() -> None:
    """At the foot, a person's name over the stamp under a caption is the topic's tag when
    the headline or the story names the person by surname ("Biden warns", "Mr Biden")."""
    article = extract_bytes(
        _TAG_UNDER_CAPTION.encode(), path="tag.txt", reference_date=dt.date(2025, 6, 1)
    )
    assert article.to_dict()["bylines"] == []
