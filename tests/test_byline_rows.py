"""Byline rows: two writers a bar parts after one "By", writers before
their agency and the stamp on a dotted row, "Compiled by ... from wire reports", titles after
names with no comma, a desk alone, a capitals name with its city in an e-edition's row, and a
share button's counter that is no name."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import (
    edited_byline,
    is_desk_line,
    names_comma_outlet,
    parse_byline,
    titled_writers,
)
from archiver.extract.page import is_tool_line


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Danielle Marsh | Owen Pritchard", ["Danielle Marsh", "Owen Pritchard"]),
        # a bar before a title, an outlet or a place still ends the names
        ("By Danielle Marsh | Sports Reporter", ["Danielle Marsh"]),
        ("By Danielle Marsh | Toronto Star", ["Danielle Marsh"]),
        ("By Danielle Marsh | Hamilton", ["Danielle Marsh"]),
        (
            "Tessa Okafor, Luc Bergeron · The Canadian Press · Posted: Nov 14, 2022 2:10 PM CT",
            ["Tessa Okafor", "Luc Bergeron"],
        ),
        (
            "Harriet Vane Environment correspondent and Tobias Kerr Data editor",
            ["Harriet Vane", "Tobias Kerr"],
        ),
        ("Edmonton Journal · 21 Sep 2022 · A4 · DANA FEHR EDMONTON", ["DANA FEHR"]),
        # a name of three words in capitals whose last is no city keeps it
        ("The Globe and Mail · 14 Mar 2023 · A1 · MARY ANN PRICE", ["MARY ANN PRICE"]),
    ],
)
def test_byline_names(line: str, names: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None
    assert found.names == names


@pytest.mark.parametrize(
    "line",
    [
        # every part titled, or none of it a byline: a deck's clause has no writer's title
        "Harriet Vane Environment correspondent and Tobias Kerr",
        "Prices and wages Data editor",
        "Climate Change · Science · Updated: March 4, 2025",
    ],
)
def test_not_titled_writers(line: str) -> None:
    found = parse_byline(line)
    assert found is None or not found.names
    assert titled_writers(line) is None


@pytest.mark.parametrize(
    "line, names",
    [
        ("Compiled by Noreen Castellano from wire reports", ["Noreen Castellano"]),
        ("Compiled by Noreen Castellano from staff and wire reports", ["Noreen Castellano"]),
        ("Compiled by Noreen Castellano", ["Noreen Castellano"]),
    ],
)
def test_compiled_from_wires(line: str, names: list[str]) -> None:
    found = edited_byline(line)
    assert found is not None
    assert found.names == names


def test_desk_line() -> None:
    assert is_desk_line("From staff reports")
    assert is_desk_line("From staff and wire reports")
    assert not is_desk_line("From staff reports, the council heard on Tuesday that ...")
    assert not is_desk_line("Staff shortages hit rural clinics")


@pytest.mark.parametrize("line", ["Facebook Count", "X Count", "WhatsApp shares"])
def test_share_counter(line: str) -> None:
    assert is_tool_line(line)


def test_share_counter_not_a_name() -> None:
    assert not is_tool_line("Xavier Count")


@pytest.mark.parametrize(
    "line, names",
    [
        ("Henry Lo, Vermont Public", ["Henry Lo"]),
        ("Devin Asher, Iowa Public Radio", ["Devin Asher"]),
        ("Devin Asher, Reuters", ["Devin Asher"]),
    ],
)
def test_names_comma_outlet(line: str, names: list[str]) -> None:
    assert names_comma_outlet(line) == names


@pytest.mark.parametrize("line", ["Devin Asher, Ottumwa", "Going Public, Again", "Devin Asher"])
def test_names_comma_outlet_none(line: str) -> None:
    assert names_comma_outlet(line) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("THE GLOBE AND MAIL*", True),
        ("THE TORONTO STAR*", True),
        ("GAS PRICES FALL FOR A THIRD WEEK*", False),
        ("FREE SHIPPING ON ORDERS OVER $50*", False),
    ],
)
def test_logo_mark_masthead(line: str, expected: bool) -> None:
    from archiver.extract.masthead import is_masthead

    assert is_masthead(line) is expected
