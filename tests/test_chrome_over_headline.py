"""Page chrome over the headline: a scores bar, an outlet's motto, a site's name over its
region or section, a state's section label, the site's own photo credit."""

from __future__ import annotations

import pytest

from archiver.extract.chrome import is_chrome, is_news_motto, is_scores_bar
from archiver.extract.page import _place_section_label
from archiver.extract.roles import _name_bar_section, _own_site_photo_credit


@pytest.mark.parametrize(
    "line",
    [
        "WNBA   FINAL  Storm 84 · Sparks 79   |   FINAL  Aces 91 · Wings 88   |   8:00 PM  Sky at Mercury",
        "SEC | FINAL  UGA 70  UK 66 | FINAL/OT  LSU 81  BAMA 79",
    ],
)
def test_scores_bars(line: str) -> None:
    assert is_scores_bar(line)
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "FINAL | Bruins 4, Rangers 2: Lindqvist stops 41 shots in debut",
        "FINAL: Kansas 78, Baylor 71",
        "Final Four | Kansas rallies past Baylor 78-71",
    ],
)
def test_one_game_headlines_are_no_scores_bar(line: str) -> None:
    assert not is_scores_bar(line)


@pytest.mark.parametrize("line", ["Local news that matters", "Local news that makes a difference"])
def test_mottos_of_promise(line: str) -> None:
    assert is_news_motto(line)


@pytest.mark.parametrize(
    "line",
    [
        "Local news that matters is vanishing from small towns",
        "Local news that makes headlines abroad",
    ],
)
def test_headlines_on_local_news_are_no_motto(line: str) -> None:
    assert not is_news_motto(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Valley News 12 | Ohio", True),
        ("Hilltop Eagles | Basketball", True),
        ("Storm cleanup continues | Ohio", False),
        ("Storm batters coast | Photos and video", False),
    ],
)
def test_name_bar_section(line: str, expected: bool) -> None:
    assert _name_bar_section(line) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Ohio Local News", True),
        ("New Jersey Politics", True),
        ("Ohio Local News Site Closes", False),
        ("Ohio budget deal reached", False),
    ],
)
def test_place_section_label(words: str, expected: bool) -> None:
    assert _place_section_label(words.split()) is expected


def test_own_site_photo_credit() -> None:
    assert _own_site_photo_credit("Valley News 12 | Ohio", "Valley News 12/Priya Castellanos")
    assert not _own_site_photo_credit("Valley News 12 | Ohio", "AP Photo/Priya Castellanos")


def test_scores_bar_not_headline_with_clause() -> None:
    from archiver.extract.chrome import is_scores_bar

    assert not is_scores_bar(
        "FINAL 84-79 | FINAL 91-88: Storm and Aces win as playoff race tightens"
    )
    assert is_scores_bar("FINAL  Storm 84 · Sparks 79   |   FINAL  Aces 91 · Wings 88")
