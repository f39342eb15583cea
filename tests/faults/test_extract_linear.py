"""Extraction's cost is linear in the article's size (issue 11, "bounded cost").

Speed itself is measured by benchmarks/adversarial.py (1x/4x/16x growth ratios); these tests
check the structural properties that make it linear, without timing anything: the grammars
see a bounded window of a line, each distinct line is asked about chrome once, and a new photo is
compared with a bounded number of earlier ones.
"""

from __future__ import annotations

import re

import pytest

from archiver.extract import credits, datelines, roles, wire_text
from archiver.extract.bylines import parse_byline
from archiver.extract.wire_text import parse_wire_text

HEAD = "Storm hits the coast\n\nBy Jane Roe\n\n"


class _Spy:
    """A compiled pattern that records the length of every text it is given."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]):
        self._p = pattern
        self._seen = seen

    def __getattr__(self, name: str):
        method = getattr(self._p, name)

        def call(text: str, *args, **kwargs):
            self._seen.append(len(text))
            return method(text, *args, **kwargs)

        return call


def test_credit_patterns_see_only_the_end_of_a_line(monkeypatch):
    seen: list[int] = []
    spies = [_Spy(p, seen) for p in credits._CREDIT_PATTERNS]
    monkeypatch.setattr(credits, "_CREDIT_PATTERNS", spies)
    credits._find_credit.cache_clear()
    line = "photo by A " * 20_000  # 45 s with a pattern that backtracks over the line
    assert credits.find_credit(line, in_header=True) is None
    assert seen and max(seen) <= credits._CREDIT_WINDOW
    # the window still finds a real credit at the end of a very long caption
    long_caption = "The flooded street. " * 5_000 + "Photo by Jane Roe/UPI"
    found = credits.find_credit(long_caption)
    assert found is not None and found.photographer == "Jane Roe"


def test_dateline_grammar_sees_a_bounded_window(monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(datelines, "DATELINE_RE", _Spy(datelines.DATELINE_RE, seen))
    paragraph = "NEW YORK CITY HALL " * 50_000 + "- x"
    datelines.match_dateline(paragraph)
    found = datelines.match_dateline("SEOUL, Nov. 19 (UPI) -- " + "As more. " * 50_000)
    assert found is not None and found.dateline.place == "SEOUL"
    assert seen and max(seen) <= datelines._DATELINE_WINDOW


def test_a_very_long_by_line_is_refused_without_parsing():
    assert parse_byline("By " + "Jane Roe and " * 50_000 + "John Smith") is None


def test_each_line_is_asked_about_chrome_once(monkeypatch):
    calls: list[str] = []
    real = roles.is_chrome_clean

    def counting(line: str) -> bool:
        calls.append(line)
        return real(line)

    monkeypatch.setattr(roles, "is_chrome_clean", counting)
    n = 20_000
    text = HEAD + "".join(f"word {k}\nShare\n" for k in range(n))
    parse_wire_text(text, None)
    non_blank = {line for line in text.split("\n") if line.strip()}
    assert len(calls) == len(non_blank)  # a line printed many times ("Share") asked once
    assert len(non_blank) > n


def test_look_ahead_is_an_index_not_a_rescan():
    lines = ["", "a", "Share", "", "b"] * 3
    nxt = roles.next_text_index(lines)
    assert nxt[0] == 1 and nxt[1] == 4 and nxt[4] == 6 and nxt[-1] == len(lines)


@pytest.mark.parametrize("same_prefix", [False, True])
def test_a_new_photo_is_compared_with_a_bounded_number_of_earlier_ones(monkeypatch, same_prefix):
    comparisons = 0
    real = wire_text._same_caption

    def counting(a: str, a_trim: str, b: str, b_trim: str) -> bool:
        nonlocal comparisons
        comparisons += 1
        return real(a, a_trim, b, b_trim)

    monkeypatch.setattr(wire_text, "_same_caption", counting)
    n = 3_000
    if same_prefix:  # every caption shares its first 40 characters: one bucket of the index
        captions = [
            f"The flooded street at dawn, seen from the bridge, picture {k}. Photo by J Roe/UPI"
            for k in range(n)
        ]
    else:
        captions = [
            f"Caption {k} shows the street at dawn. Photo by Jane Roe/UPI" for k in range(n)
        ]
    result = parse_wire_text(HEAD + "\n".join(captions) + "\n\nSEOUL (UPI) -- Body.\n", None)
    assert len(result.photos) == n  # all distinct, none merged away
    assert comparisons <= wire_text._RECENT * n
    assert comparisons > 0 or not same_prefix  # the spy is the comparison used


def test_a_caption_printed_twice_is_still_one_photo():
    caption = "Rescue workers search a collapsed building on Tuesday. Sam Becker via Getty Images"
    result = parse_wire_text(f"{HEAD}{caption}\n{caption}\n\nBody text here.\n", None)
    assert len(result.photos) == 1 and result.photos[0].photographer == "Sam Becker"


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe and John Smith and Ann Lee, Staff Writers",  # the same writers again
        "By Writer{n} Roe",  # a new writer on every line
        "and",  # "By X" / "and" / "and" ...: text with no name
    ],
)
def test_a_byline_stops_growing_at_its_bound(line):
    """Each line that extends a byline copies its text and names, so a byline of thousands
    of lines would cost their square: it takes at most MAX_BYLINE_NAMES names and a bounded
    text, and the lines past that are left to the other rules."""
    lines = "\n".join(line.replace("{n}", chr(65 + n % 26) * (1 + n // 26)) for n in range(3000))
    parsed = parse_wire_text(
        HEAD.replace("By Jane Roe\n\n", "By Jane Roe\n")
        + lines
        + "\n\n"
        + "WASHINGTON (AP) - The story.\n",
        None,
    )
    assert parsed.byline is not None
    assert len(parsed.byline.names) <= roles.MAX_BYLINE_NAMES + 3
    assert len(parsed.byline.raw) <= 40 * roles.MAX_BYLINE_NAMES + 200


def test_a_question_about_the_whole_page_is_asked_once(monkeypatch):
    """Whether the page prints credits over captions with no stop is a scan of every line,
    answered once per page however many credit-like lines ask it (byline-like lines asked it
    each, a square of their number)."""
    scans: list[int] = []
    real = roles._page_credits_over_stopless_captions

    def counting(reader) -> bool:
        scans.append(len(reader.lines))
        return real(reader)

    monkeypatch.setattr(roles, "_page_credits_over_stopless_captions", counting)
    text = "Storm\n\n" + "By Jane Roe and John Smith and Ann Lee, Staff Writers\n" * 2000
    parse_wire_text(text, None)
    assert len(scans) <= 2  # (the text is read as it stands, and again rejoined)
