"""A dateline read off the opening of a paragraph, checked field by field (shared by the
dateline grammar's table tests)."""

from __future__ import annotations

import datetime as dt

from archiver.extract.datelines import match_dateline


def assert_reads_as(
    text: str,
    story: str,
    ref: dt.date,
    expected: tuple[str, str | None, str | None, str | None],
) -> None:
    """`text` then `story`: the dateline's raw text, place, date and source are `expected`, and
    the story is all that is left after it."""
    found = match_dateline(text + story, ref)
    assert found is not None
    got = found.dateline
    assert (got.raw, got.place, got.date, got.source) == expected
    assert found.rest == story
