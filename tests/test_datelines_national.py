"""National agencies' dateline house styles (datelines_national.py), read only on evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.datelines import match_dateline

STORY = "The ministry said on Tuesday that the new rules would take effect next month."
REF = dt.date(2025, 6, 10)


@pytest.mark.parametrize(
    ("text", "place", "date", "source"),
    [
        ("MINSK 03/06 (BELTA) – ", "MINSK", "2025-06-03", "BELTA"),
        ("Kigali, May 30/2025 (RNA) – ", "Kigali", "2025-05-30", "RNA"),
        ("CHISINAU, JUNE 2, MOLDPRES. ", "CHISINAU", "2025-06-02", "MOLDPRES"),
        ("DUSHANBE, Tajikistan, June 5. ", "DUSHANBE, Tajikistan", "2025-06-05", None),
    ],
)
def test_house_styles_are_read(text, place, date, source):
    found = match_dateline(text + STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.dateline.source) == (
        place,
        date,
        source,
    )
    assert found.rest == STORY


@pytest.mark.parametrize(
    "text",
    [
        "MINSK 32/13 (BELTA) – ",  # no such day or month
        "HARBOUR CITY 2/1 - ",  # figures without an agency's mark: a score
        "Springfield, March 18. ",  # a place in mixed case, no agency, a full stop
        "UPDATE 15/10 (AFP) – ",  # a label's word, not a place
    ],
)
def test_near_misses_are_no_datelines(text):
    assert match_dateline(text + STORY, REF) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a four-letter city of 100,000 people the story names again or places in its country
        (
            "Lira. Hundreds of traders at Lira Main Market yesterday closed their stalls. " + STORY,
            "Lira",
        ),
        (
            "Lima. Peru's Congress on Tuesday voted to remove the interior minister. " + STORY,
            "Lima",
        ),
        # a one-word lede, the story opening as an ordinary sentence does
        ("Nice. That was the word she used of the bistro, the best in France. " + STORY, None),
        ("Kent. Just Kent, he tells anyone who asks, because nobody can say it. " + STORY, None),
        # a four-letter city the story names neither again nor by its country
        (
            "Ruse. Opposition lawmakers used the word on Tuesday to describe the plan. " + STORY,
            None,
        ),
    ],
)
def test_a_four_letter_city_before_a_full_stop(text, place):
    found = match_dateline(text, REF)
    assert (found and found.dateline.place) == place
