"""WET files (a crawl's extracted text, e.g. Common Crawl's): each ``conversion`` record of
plain text that holds an article's worth of words is one article, read as a text capture."""

from __future__ import annotations

from pathlib import Path

from archiver.extract import extract_file
from warc_helpers import warc_record

STORY = (
    "Harbour ferry fares to rise by a tenth from April | The Harbour Weekly\n"
    "Harbour ferry fares to rise by a tenth from April\n"
    "By Jane Roe\n"
    "Ferry fares on the harbour routes will rise by a tenth from April 1, the operator said on "
    "Friday, the first increase in three years, blaming the cost of fuel and of repairs to "
    "two of its four boats.\n"
    "Season tickets for commuters who cross every day will not change, and children under "
    "twelve will still travel free on every route, the operator's chief executive said.\n"
)


def _wet(path: Path) -> Path:
    data = warc_record(
        [
            ("WARC-Type", "warcinfo"),
            ("WARC-Date", "2023-09-21T07:42:18Z"),
            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000001>"),
            ("Content-Type", "application/warc-fields"),
        ],
        b"software: test crawler\r\n",
    )
    for n, (uri, text) in enumerate(
        [
            ("https://harbour.example/news/ferry-fares", STORY),
            ("https://harbour.example/", "The Harbour Weekly\nNews Sport Weather\nSubscribe\n"),
        ],
        start=2,
    ):
        data += warc_record(
            [
                ("WARC-Type", "conversion"),
                ("WARC-Target-URI", uri),
                ("WARC-Date", "2023-09-21T07:42:18Z"),
                ("WARC-Record-ID", f"<urn:uuid:00000000-0000-4000-8000-00000000000{n}>"),
                ("WARC-Refers-To", f"<urn:uuid:00000000-0000-4000-8000-00000000009{n}>"),
                ("Content-Type", "text/plain"),
            ],
            text.encode("utf-8"),
        )
    path.write_bytes(data)
    return path


def test_a_wet_files_conversion_records_are_read_as_text_captures(tmp_path: Path):
    found = extract_file(_wet(tmp_path / "crawl.warc.wet"), language="en")
    assert [a.headline for a in found.articles] == [
        "Harbour ferry fares to rise by a tenth from April"
    ]
    article = found.articles[0]
    assert article.bylines == ["Jane Roe"]
    assert article.source.url == "https://harbour.example/news/ferry-fares"
    assert article.source.captured == "2023-09-21T07:42:18Z"
    # near-miss: the home page's few words are no article, and the report says so
    reasons = [s.reason for s in found.skipped]
    assert any("words of converted text" in r for r in reasons), reasons


def test_one_conversion_record_copied_out_by_hand_is_read_as_text(tmp_path: Path):
    record = warc_record(
        [
            ("WARC-Type", "conversion"),
            ("WARC-Target-URI", "https://harbour.example/news/ferry-fares"),
            ("WARC-Date", "2023-09-21T07:42:18Z"),
            ("WARC-Record-ID", "<urn:uuid:00000000-0000-4000-8000-000000000002>"),
            ("Content-Type", "text/plain"),
        ],
        STORY.encode("utf-8"),
        length=len(STORY) * 2,  # the text was edited after it was copied out
    )
    path = tmp_path / "record.txt"
    path.write_bytes(record.replace(b"\r\n", b"\n"))
    found = extract_file(path, language="en")
    assert [a.headline for a in found.articles] == [
        "Harbour ferry fares to rise by a tenth from April"
    ]
    assert found.articles[0].bylines == ["Jane Roe"]
    assert found.skipped and "truncated" in found.skipped[0].reason  # the damage is told
