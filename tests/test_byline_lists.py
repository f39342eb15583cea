"""Writers' lists the byline grammar reads whole: a surname that is a newsroom's word first of
two writers, each writer's address after a bar before the next "and", three names before the
outlet's dot, a lower-case particle of a South Asian name, a station's call sign and frequency
before its "By", a university's "Writer/Media contact" label; and a name in capitals with the
city filed from after it."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import caps_name_before_big_city, parse_byline


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Ben Herald and Priya Nair", ["Ben Herald", "Priya Nair"]),
        # a city's paper opens with its city, no given name
        ("By Tampa Times and Jane Roe", ["Jane Roe"]),
        (
            "By Dana Whitfield | dwhitfield@paper.com and Marco Ruiz | mruiz@paper.com",
            ["Dana Whitfield", "Marco Ruiz"],
        ),
        (
            "By Dana Whitfield | dwhitfield@paper.com and Marco Ruiz | Lakeshore Courier",
            ["Dana Whitfield", "Marco Ruiz"],
        ),
        ("Mira Chen, Tom Abara, Lee Wong · CBC News", ["Mira Chen", "Tom Abara", "Lee Wong"]),
        ("Jane Roe, National Post · Tuesday, Mar. 16, 2010", ["Jane Roe"]),
        ("By Tariq ul Hassan", ["Tariq ul Hassan"]),
        ("WXPR 91.7 | By Hannah Kowalczyk", ["Hannah Kowalczyk"]),
        ("Writer/Media contact: Olivia Brandt, obrandt@univ.edu", ["Olivia Brandt"]),
    ],
)
def test_writers_listed(line: str, names: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None
    assert found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Media contact: Olivia Brandt, obrandt@univ.edu",  # a contact alone wrote nothing
        "By Ben Herald",  # one word of a newsroom alone after a given name: no list's evidence
        "Jane Austin Sun",  # "Sun" a surname's word as often as a paper's
        "Vote for The Greens",
    ],
)
def test_no_writer(line: str) -> None:
    found = parse_byline(line)
    assert found is None or not found.names


@pytest.mark.parametrize(
    "name, expected",
    [
        ("GENEVIÈVE TREMBLAY-ROSS OTTAWA", "GENEVIÈVE TREMBLAY-ROSS"),
        ("MARIE-CLAIRE DUBOIS-HART CALGARY", "MARIE-CLAIRE DUBOIS-HART"),
        ("MARY BETH HOUSTON", "MARY BETH HOUSTON"),  # a big city that is a surname too
        ("MARY ANN HAMILTON", "MARY ANN HAMILTON"),  # a city too small to outweigh the name
        ("Jane Marie Ottawa", "Jane Marie Ottawa"),  # capitals only
    ],
)
def test_caps_name_before_big_city(name: str, expected: str) -> None:
    assert caps_name_before_big_city(name) == expected
