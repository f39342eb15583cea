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


_STORY = "Ottawa and Calgary move to cap permits. The cities said on Monday ..."


@pytest.mark.parametrize(
    "name, story, expected",
    [
        ("GENEVIÈVE TREMBLAY-ROSS OTTAWA", _STORY, "GENEVIÈVE TREMBLAY-ROSS"),
        ("MARIE-CLAIRE DUBOIS-HART CALGARY", _STORY, "MARIE-CLAIRE DUBOIS-HART"),
        # the story never names the city: a surname that is a big city's name too stays
        ("GENEVIÈVE TREMBLAY-ROSS OTTAWA", "Permits capped. The minister said ...", None),
        ("MARIA ELENA VALENCIA", "Valle del Cauca growers said on Monday ...", None),
        ("MARY BETH HOUSTON", "Houston flooding closes schools", None),  # a common surname
        ("MARY ANN HAMILTON", "Hamilton council votes", None),  # too small a city
        ("Jane Marie Ottawa", _STORY, None),  # capitals only
    ],
)
def test_caps_name_before_big_city(name: str, story: str, expected: str | None) -> None:
    assert caps_name_before_big_city(name, story) == (expected or name)
