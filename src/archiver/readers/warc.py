"""WARC files (ISO 28500; ``.warc`` and ``.warc.gz``), recognised from their first record.

Every HTML ``response`` record that is an article becomes one unit (the rule is in
:mod:`archiver.warc.pages`); everything else in the file is a Skipped item with its reason,
and damage in the file is reported with the offset where reading resumed. A unit's original
is a small WARC of its own records, copied byte for byte (:mod:`archiver.warc.units`); the
images of its figures that the WARC holds are its extra payload files under ``photos/``.

The file is read from disk in place (it may be far bigger than an article: a crawl's WARC is
often a gigabyte); ``--max-bytes`` limits each record instead of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from archiver.readers import Input, Item, PayloadFile, Reader, Skipped, Unit, register
from archiver.reading import describe_path, read_source
from archiver.warc.framing import is_warc

if TYPE_CHECKING:
    from archiver.warc.pages import PageMarkers, Verdict
    from archiver.warc.units import PageUnit

# The page and unit modules (warcio, lxml.html: about 0.3 s of imports) are imported when a
# WARC is read, not when the registry loads: sniffing needs only `is_warc`, and a batch of
# text articles would otherwise pay for them in every worker process.


def _main_text_words(html: bytes, url: str) -> int:
    """Words of the page's main text, as the HTML extractor finds it (boilerplate removed)."""
    from archiver.extract.html import extract_html

    fields = extract_html(Unit("text/html", html, html, "page.html", url, url=url), None)
    return sum(len(p.split()) for p in fields.body)


def _judge(html: bytes, url: str, markers: PageMarkers) -> Verdict:
    from archiver.warc.pages import article_verdict

    return article_verdict(markers, lambda: _main_text_words(html, url))


def _record_label(inp: Input, record_id: str | None, offset: int) -> str:
    """How messages name a record: the file and its WARC-Record-ID (escaped: it comes from
    the file), else its offset."""
    return f"{inp.label}#{describe_path(record_id) if record_id else f'offset {offset}'}"


def unit_for(inp: Input, page: PageUnit) -> Unit:
    """The reader's unit for one article page of the WARC."""
    from archiver.warc.units import photo_file_name, small_warc_name

    extras = tuple(
        PayloadFile(
            path=f"photos/{photo_file_name(photo)}",
            data=photo.data,
            media_type=photo.info.media_type,
            url=photo.url,
            meta={
                "width": photo.info.width,
                "height": photo.info.height,
                "figure": photo.figure,
                "warc_record_id": photo.record.record_id,
                **({"credit": photo.info.credit} if photo.info.credit else {}),
                **({"creators": "\n".join(photo.info.creators)} if photo.info.creators else {}),
                **(
                    {"copyright_notice": photo.info.copyright_notice}
                    if photo.info.copyright_notice
                    else {}
                ),
            },
            aliases=photo.candidates,
        )
        for photo in page.photos
    )
    record = {
        "warc_file": page.warc_name,
        "warc_sha256": page.warc_sha256,
        "warc_record_id": page.response.record_id,
        "target_uri": page.url,
        "warc_date": page.captured,
        "records": " ".join(r.record_id for r in page.records),
    }
    if page.response.payload_digest:
        record["payload_digest"] = page.response.payload_digest
    from archiver.warc.units import TEXT_TYPE

    return Unit(
        # a WET file's converted text is read as a plain-text capture
        media_type=TEXT_TYPE if page.http_content_type == TEXT_TYPE else "text/html",
        content=page.html,
        original=page.warc_bytes,
        original_name=small_warc_name(page),
        label=_record_label(inp, page.response.record_id, 0),
        url=page.url,
        captured=page.captured or None,
        record=record,
        extras=extras,
    )


def _read(inp: Input) -> Iterator[Item]:
    from archiver.warc.units import WarcFile

    if inp.path is not None:
        warc = WarcFile(inp.path, max_record_bytes=inp.max_bytes, name=inp.file_name)
    else:
        warc = WarcFile(
            inp.file_name, max_record_bytes=inp.max_bytes, data=inp.data, name=inp.file_name
        )
    found = False
    for page in warc.pages(_judge):
        found = True
        yield unit_for(inp, page)
    report = warc.report
    if not found and report.records == 0 and (text := _copied_record(inp)) is not None:
        # one conversion record copied out of a WET file by hand, its Content-Length no
        # longer its length: nothing frames, but its text is a capture like any other
        yield text
    for damage in report.damage:
        where = (
            f"reading resumed at offset {damage.resumed_at}"
            if damage.resumed_at is not None
            else "nothing readable after it"
        )
        yield Skipped(
            _record_label(inp, damage.record_id, damage.offset),
            describe_path(f"damaged: {damage.reason} (at offset {damage.offset}; {where})"),
        )
    for skip in report.skipped:
        # reasons quote the capture (a redirect's Location): printable, one line
        yield Skipped(_record_label(inp, skip.record_id, skip.offset), describe_path(skip.reason))


# The head of one WET conversion record: its version line, then its type among its fields
# (each line break may be doubled: a copy between programs that puts a blank line after
# every line).
_CONVERSION_HEAD = re.compile(
    rb"\AWARC/1\.[01]\r?\n(?:\r?\n)?(?:[\w-]{1,40}:[^\r\n]*\r?\n(?:\r?\n)?){0,20}?"
    rb"WARC-Type:\s*conversion\r?\n",
    re.IGNORECASE,
)


def _copied_record(inp: Input) -> Unit | None:
    """The whole file as a plain-text unit, when it is one WET conversion record that does
    not frame (a record copied out of a WET file and edited): the text reader's capture
    reading takes its WARC header lines for the wrapper they are."""
    if not _CONVERSION_HEAD.match(inp.data):
        return None
    data = inp.data if inp.path is None else read_source(inp.path, max_bytes=inp.max_bytes)
    return Unit(
        media_type="text/plain",
        content=data,
        original=data,
        original_name=inp.file_name,
        label=inp.label,
    )


register(
    Reader(
        "warc",
        lambda head, name: is_warc(head),
        _read,
        patterns=("*.warc", "*.warc.gz"),
        priority=10,
        reads_path=True,
    )
)
