"""Labels that name people or papers only in their place: The Conversation's writers before
their titles, a paper's name before "photo by", a public body after "From"."""

from __future__ import annotations

import pytest

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
