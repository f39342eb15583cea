"""AFP's capitals byline against agencies and call signs, a stamp's foreign "by" before an
agency, Postmedia's plural label, and a government release's date-first stamp."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.bylines import capital_surnames, parse_byline
from archiver.extract.datelines import match_release_stamp
from archiver.extract.page import is_release_stamp


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Elena VASQUEZ with Marko JURIC in Sarajevo", ["Elena VASQUEZ", "Marko JURIC"]),
        ("Max DELANY", ["Max DELANY"]),
        ("Jason NG and Wang LI", ["Jason NG", "Wang LI"]),
        # "by" in French, then the agency: no writer
        ("Par AFP", None),
        # a station's call letters hold no vowel, a surname does
        ("Magic FM", None),
        ("Newstalk ZB", None),
    ],
)
def test_capital_surnames(line: str, names: list[str] | None) -> None:
    assert capital_surnames(line) == names


def test_stamp_then_foreign_by_agency_names_no_writer() -> None:
    found = parse_byline("Publié le 14.01.2025 à 09:42 - Par AFP")
    assert found is None or found.names == []


def test_authors_of_the_article_label() -> None:
    found = parse_byline("Authors of the article: Priya Nandakumar, Colin Ashworth")
    assert found is not None and found.names == ["Priya Nandakumar", "Colin Ashworth"]


def test_photography_credit_ends_the_writers() -> None:
    found = parse_byline(
        "by Ana Ruiz, ProPublica, and Tom Hale, The Texas Tribune, photography by Lee Park"
        " for ProPublica"
    )
    assert found is not None and found.names == ["Ana Ruiz", "Tom Hale"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "October 3, 2024 Halifax, Nova Scotia Fisheries and Oceans Canada",
            "Halifax, Nova Scotia",
        ),
        (
            "March 5, 2024   Gatineau, Quebec   Employment and Social Development Canada",
            "Gatineau, Quebec",
        ),
        # a sentence after the city is no issuer
        ("March 5, 2024 Toronto, Ontario The premier said today that", None),
        # a city with no province after its comma
        ("March 5, 2024 Halifax, Fisheries and Oceans Canada", None),
        # the issuer's name wrapped onto the next line after its joining word
        ("March 5, 2024 Gatineau, Quebec Employment and", "Gatineau, Quebec"),
        # a tour's row names a venue, no government's issuer
        ("October 12, 2024 Austin, Texas Moody Center", None),
        ("October 1, 2024 Asheville, North Carolina Crews Restore Power To Thousands", None),
    ],
)
def test_release_stamp(line: str, place: str | None) -> None:
    found = match_release_stamp(line, dt.date(2024, 10, 3))
    assert (found.dateline.place if found else None) == place
    assert is_release_stamp(line) == (place is not None)
