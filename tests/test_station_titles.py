"""A US local station's writers' titles: the call letters with the channel ("KCRA 3 Reporter")
and a broadcaster's web writer ("Digital Journalist") after the name."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import is_title_line, titled_writers


@pytest.mark.parametrize(
    "line, expected",
    [
        ("KCRA 3 Reporter", True),
        ("FOX 5 Senior Reporter", True),
        ("WKRN 2 Reporter", True),
        ("Reporter", True),
        # a count opens no title, and a channel number alone is no title's word
        ("12 Reporters", False),
        ("KCRA 3", False),
        ("Channel 4 News", False),
    ],
)
def test_station_title_line(line: str, expected: bool) -> None:
    assert is_title_line(line) is expected


@pytest.mark.parametrize(
    "line, names",
    [
        ("Lauren Kettering, Digital Journalist", ["Lauren Kettering"]),
        ("Omar Castellano, Multimedia Journalist", ["Omar Castellano"]),
        ("Ricardo Peña, Reporter", ["Ricardo Peña"]),
        # a topic after the comma is no title
        ("Jane Roe, Public Health", None),
        ("Citizen Journalism, Explained", None),
    ],
)
def test_titled_writer_journalist(line: str, names: list[str] | None) -> None:
    assert titled_writers(line) == names
