"""Property: whatever article text hypothesis invents, extract never crashes and never guesses."""

from __future__ import annotations

import datetime as dt
import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.errors import InputError
from archiver.extract import extract_bytes

words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)
sentence = st.lists(words, min_size=1, max_size=25).map(" ".join)
upper_place = st.sampled_from(
    ["SEOUL", "NEW YORK", "RIO DE JANEIRO", "OTTAWA, Ontario", "BUFFALO, N.Y."]
)
dateline = st.builds(
    lambda place, date, agency, dash: f"{place}{date}{agency} {dash} ",
    upper_place,
    st.sampled_from(["", ", Nov. 19", ", March 3", ", 19 November", ", Feb. 30", ", Oct 20, 2009"]),
    st.sampled_from(["", " (UPI)", " (AP)", " (Reuters)", " (AFP)"]),
    st.sampled_from(["--", "-", "—", "–"]),
)
byline = st.one_of(
    st.just(""),
    st.builds(lambda a, b: f"By {a} {b}\n", st.sampled_from(["Ann", "José", "Kim"]), sentence),
)
photo = st.one_of(
    st.just(""),
    st.builds(lambda c: f"{c} Photo by Jane Roe/UPI\n", sentence),
    st.builds(lambda c: f"1 of 3 | {c} (AP Photo/Jo Lee) | License Photo\n", sentence),
)
article = st.builds(
    lambda head, by, ph, dl, paras, nl: (f"{head}\n\n{by}{ph}\n{dl}" + "\n\n".join(paras)).replace(
        "\n", nl
    ),
    sentence,
    byline,
    photo,
    st.one_of(st.just(""), dateline),
    st.lists(sentence, min_size=0, max_size=6),
    st.sampled_from(["\n", "\r\n", "\r"]),
)


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
def test_arbitrary_bytes_are_extracted_or_refused(data: bytes):
    try:
        extract_bytes(data, path="blob.bin", language="en")
    except InputError as exc:
        assert "blob.bin" in str(exc) and "\n" not in str(exc)
