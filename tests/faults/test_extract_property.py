"""Property: whatever article text hypothesis invents, extract never crashes and never guesses."""

from __future__ import annotations

import datetime as dt
import hashlib

from article_strategies import article
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from archiver.errors import InputError
from archiver.extract import extract_bytes


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=article,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    ref=st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2050, 12, 31))),
)
def test_extract_never_crashes(text: str, encoding: str, ref: dt.date | None):
    data = text.encode(encoding)
    try:
        article = extract_bytes(data, path="gen.txt", reference_date=ref, language="en")
    except InputError:
        return  # refused cleanly (e.g. only whitespace); that is an allowed outcome
    assert article.source.sha256 == hashlib.sha256(data).hexdigest()
    assert article.source.bytes == len(data)
    if article.dateline and article.dateline.date and ref is None:
        # a year can only come from the text itself when there is no reference date
        assert article.dateline.date[:4] in article.dateline.raw
    assert all(p.strip() == p and p for p in article.body)


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=0, max_size=2000))
# a dash alone closing the text (cp1252 0x96): found once by this test, an index error in
# bylines.foot_byline's agency sign-off check
@example(b"\x01\n\x96")
def test_arbitrary_bytes_are_extracted_or_refused(data: bytes):
    try:
        extract_bytes(data, path="blob.bin", language="en")
    except InputError as exc:
        assert "blob.bin" in str(exc) and "\n" not in str(exc)
