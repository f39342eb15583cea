"""A broadcaster's header over its story: the brand row (pagetops.is_station_brand_row), the
ticker, player and menu lines under it (pagetops.is_station_promo), and a station's menu
between bars that is no set-apart dateline."""

from __future__ import annotations

import pytest

from archiver.extract.datelines import match_dateline
from archiver.extract.pagetops import is_station_brand_row, is_station_promo


@pytest.mark.parametrize(
    "line",
    [
        "KCRA 3 | Sacramento",  # the brand, a bar, its market
        "KUNC | Community Radio for Northern Colorado",  # the call sign, a bar, its tagline
        "KETV NewsWatch 7",  # the call sign, its newscast, its channel
        "FOX 8 Cleveland WJW",  # the brand and market, the call sign after them
        "91.5 Chapel Hill 88.9 Manteo 90.9 Rocky Mount",  # a radio station's transmitters
        "99.5 WKRZ",  # the dial and the call sign
        "1010 WINS",
        "WWJ Newsradio 950",
        "KICD 1240 AM | 107.7 FM",
        "WCVB Channel 5 Boston",
        "WBTV 3 On Your Side",
        "CBS News Philadelphia",  # a network's local site by its market
    ],
)
def test_station_brand_rows(line: str) -> None:
    assert is_station_brand_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "WRAL reporter honored for hurricane coverage",  # a headline naming a station
        "WRAL | Raleigh police arrest man in shooting",  # a headline after the bar
        "WHO Names 12 New Members to Advisory Panel",  # three capitals, no call sign
        "WHO Radio Host Retires After 40 Years",  # the radio word in a headline's run
        "Route 66 Turns 100",  # a headline with numbers
        "Police Close 1200 Block Of Main St",  # a block's number is no dial
        "KSL 5 Investigates: Scam targets seniors",  # a series' headline
        "NBC Orders New Drama",  # a network's name opening a headline
        "CBS News Poll Shows Tight Race",
    ],
)
def test_not_station_brand_rows(line: str) -> None:
    assert not is_station_brand_row(line)


@pytest.mark.parametrize(
    "line",
    [
        "StormTeam 5: Snow totals from Sunday's storm",  # the weather desk's ticker
        "FIRST ALERT WEATHER DAY: Heavy rain, gusty wind Thursday",
        "Now Playing: Mornings with Mojo & Maureen",  # the on-air player
        "Traffic on the 2s: Schuylkill eastbound slow",
        "CLOSINGS & DELAYS: Spirit Lake - 2 hours late",
        "Download the FOX LOCAL app to watch FOX 5 DC live",  # a call naming the brand
        "News Weather Sports Traffic Video Politics",  # the menu, its spacing lost
        "NEWS | WEATHER | SPORTS | I-TEAM",
    ],
)
def test_station_promos(line: str) -> None:
    assert is_station_promo(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gastonia police: Man charged after woman found dead",  # a source's label
        "WRAL reporter honored for hurricane coverage",
        "Watch: Firefighters rescue dog from icy pond",  # names no station
        "Man charged in Upper Marlboro shooting",
    ],
)
def test_not_station_promos(line: str) -> None:
    assert not is_station_promo(line)


def test_station_menu_between_bars_is_no_dateline() -> None:
    text = "NEWS | WEATHER | SPORTS | I-TEAM | FOX 8 NEWS Viewer photos show waterspouts."
    assert match_dateline(text) is None


def test_agency_between_bars_still_a_dateline() -> None:
    story = "The government said on Monday it would raise fuel taxes by a fifth next year."
    found = match_dateline("Kampala, Uganda | THE INDEPENDENT | " + story)
    assert found is not None and found.dateline.source == "THE INDEPENDENT"
