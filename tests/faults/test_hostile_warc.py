"""Hostile captures: damaged and malicious WARC files.

Each file holds sound article pages around the bad record. What must hold: the bad record is
reported (a damage with where reading resumed, or a skip with its reason), every sound page
still comes out whole, nothing hangs, and memory stays bounded (the 200 MB page is never held).
"""

from __future__ import annotations

import gzip
import io
import signal
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from faults_helpers import slow

from archiver.warc.framing import RawRecord, scan_warc
from archiver.warc.pages import article_verdict
from archiver.warc.units import WarcFile
from warc_helpers import (
    Capture,
    article_html,
    http_response,
    record_spans,
    warc_record,
    write_warc,
)

LIMIT = 1 << 20  # the record limit in the fast variants


def judge(html: bytes, url: str, markers):  # noqa: ANN001, ANN201 - units.Judge
    return article_verdict(markers, lambda: len(html.split()))


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A trial that runs over 60 s has hung: fail it instead of the whole suite."""

    def fail(*_: object) -> None:
        raise TimeoutError("WARC trial hung")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def three_pages(tmp_path: Path, *, gz: bool, name: str = "c.warc") -> Path:
    captures = [
        Capture(f"https://news.example/{n}", article_html(f"Story {n}"), metadata=None)
        for n in ("one", "two", "three")
    ]
    return write_warc(tmp_path / (name + (".gz" if gz else "")), captures, gzip=gz)


def run(path: Path, limit: int = LIMIT) -> tuple[list[str], WarcFile]:
    warc = WarcFile(path, max_record_bytes=limit)
    urls = [unit.url for unit in warc.pages(judge)]
    return urls, warc


def response_span(path: Path, uri_end: str) -> tuple[int, int]:
    for offset, length, kind, uri in record_spans(path):
        if kind == "response" and uri and uri.endswith(uri_end):
            return offset, length
    raise AssertionError(uri_end)


def replace_span(path: Path, offset: int, length: int, new: bytes) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:offset] + new + data[offset + length :])


# -- truncated record and wrong Content-Length ----------------------------------------------


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
def test_truncated_record_is_reported_and_the_rest_is_read(tmp_path: Path, gz: bool) -> None:
    path = three_pages(tmp_path, gz=gz)
    offset, length = response_span(path, "/two")
    raw = path.read_bytes()[offset : offset + length]
    replace_span(path, offset, length, raw[: length // 2])  # the record's second half is lost
    urls, warc = run(path)
    assert urls == ["https://news.example/one", "https://news.example/three"]
    (damage,) = warc.report.damage
    assert damage.offset == offset
    assert damage.resumed_at is not None and damage.resumed_at > offset
    assert "truncated" in damage.reason or "damaged gzip" in damage.reason


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gzip"])
@pytest.mark.parametrize("delta", [-40, +40], ids=["too-small", "too-large"])
def test_wrong_content_length(tmp_path: Path, gz: bool, delta: int) -> None:
    path = three_pages(tmp_path, gz=gz)
    offset, length = response_span(path, "/two")
    raw = path.read_bytes()[offset : offset + length]
    plain = gzip.decompress(raw) if gz else raw
    head, _, rest = plain.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    for i, line in enumerate(lines):
        if line.lower().startswith(b"content-length:"):
            lines[i] = b"Content-Length: %d" % (int(line.split(b":")[1]) + delta)
    bad = b"\r\n".join(lines) + b"\r\n\r\n" + rest
    replace_span(path, offset, length, gzip.compress(bad) if gz else bad)
    urls, warc = run(path)
    assert urls == ["https://news.example/one", "https://news.example/three"]
    (damage,) = warc.report.damage
    assert "Content-Length" in damage.reason and damage.resumed_at is not None


# -- gzip bombs -----------------------------------------------------------------------------


def _zeros_member(header: bytes, zeros: int, trailer: bytes = b"\r\n\r\n") -> bytes:
    """A gzip member of header + zeros + trailer, compressed as it streams (never in memory)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [comp.compress(header)]
    block = bytes(1 << 20)
    left = zeros
    while left:
        n = min(left, len(block))
        out.append(comp.compress(block[:n]))
        left -= n
    out.append(comp.compress(trailer))
    out.append(comp.flush())
    return b"".join(out)


def _bomb_file(tmp_path: Path, member: bytes) -> Path:
    path = three_pages(tmp_path, gz=True)
    offset, _ = response_span(path, "/two")
    data = path.read_bytes()
    path.write_bytes(data[:offset] + member + data[offset:])
    return path


def test_gzip_bomb_with_a_huge_content_length_is_skipped_unread(tmp_path: Path) -> None:
    _check_declared_bomb(tmp_path, 64 << 20)


@slow
def test_4_gib_gzip_bomb_is_skipped_unread(tmp_path: Path) -> None:
    _check_declared_bomb(tmp_path, 4 << 30)


def _check_declared_bomb(tmp_path: Path, size: int) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    header = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
        "WARC-Target-URI: https://news.example/bomb\r\nWARC-Date: 2026-11-30T12:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + size}\r\n\r\n"
    ).encode()
    path = _bomb_file(tmp_path, _zeros_member(header + http, size))
    tracemalloc.start()
    urls, warc = run(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert urls == [f"https://news.example/{n}" for n in ("one", "two", "three")]
    assert [s.reason for s in warc.report.skipped if s.record_id == "<urn:uuid:bomb>"] == [
        f"record over the {LIMIT}-byte limit ({len(http) + size} bytes)"
    ]
    assert not warc.report.damage
    assert peak < 32 << 20, peak


def test_gzip_bomb_that_lies_about_its_length_is_cut_short(tmp_path: Path) -> None:
    # declares 100 bytes, inflates to 64 MiB: stopped a little past what it declared
    header = (
        b"WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:liar>\r\n"
        b"WARC-Target-URI: https://news.example/liar\r\nContent-Length: 100\r\n\r\n"
    )
    path = _bomb_file(tmp_path, _zeros_member(header, 64 << 20))
    tracemalloc.start()
    urls, warc = run(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert urls == [f"https://news.example/{n}" for n in ("one", "two", "three")]
    (damage,) = warc.report.damage
    assert "holds more than its record" in damage.reason
    assert peak < 32 << 20, peak


def test_content_encoding_bomb_in_an_honest_record_is_skipped(tmp_path: Path) -> None:
    bomb = gzip.compress(bytes(64 << 20), compresslevel=9)  # 64 MiB of zeros in ~64 KB
    captures = [
        Capture("https://news.example/one", article_html("Story one"), metadata=None),
        Capture(
            "https://news.example/bomb",
            bomb,
            headers=[("Content-Encoding", "gzip")],
            metadata=None,
        ),
        Capture("https://news.example/three", article_html("Story three"), metadata=None),
    ]
    path = write_warc(tmp_path / "enc.warc.gz", captures)
    urls, warc = run(path)
    assert urls == ["https://news.example/one", "https://news.example/three"]
    (skip,) = [s for s in warc.report.skipped if s.reason.startswith("unreadable")]
    assert skip.reason == f"unreadable: payload decodes to more than the {LIMIT}-byte limit"


# -- control characters in the URI and headers ----------------------------------------------


@pytest.mark.parametrize(
    "name,value",
    [
        ("WARC-Target-URI", "https://news.example/a\x1b[31mred"),
        ("WARC-Target-URI", "https://news.example/a\x00b"),
        ("X-Crawler-Note", "line one\x07bell"),
        ("WARC-Target-URI", "https://news.example/\x85nel"),
    ],
    ids=["escape", "nul", "bell-in-other-header", "c1"],
)
def test_control_characters_in_headers_are_skipped_with_a_reason(
    tmp_path: Path, name: str, value: str
) -> None:
    path = three_pages(tmp_path, gz=False)
    headers = [
        ("WARC-Type", "response"),
        ("WARC-Record-ID", "<urn:uuid:hostile>"),
        ("WARC-Date", "2026-11-30T12:00:00Z"),
        ("WARC-Target-URI", "https://news.example/hostile"),
        ("Content-Type", "application/http; msgtype=response"),
    ]
    headers = [(k, v) for k, v in headers if k != name] + [(name, value)]
    record = warc_record(headers, http_response(article_html("Hostile")))
    offset, _ = response_span(path, "/two")
    data = path.read_bytes()
    path.write_bytes(data[:offset] + record + data[offset:])
    urls, warc = run(path)
    assert urls == [f"https://news.example/{n}" for n in ("one", "two", "three")]
    (skip,) = [s for s in warc.report.skipped if s.record_id == "<urn:uuid:hostile>"]
    assert skip.reason == f"unsafe headers: header {name!r} holds control characters"
    assert not warc.report.damage


# -- a 200 MB page --------------------------------------------------------------------------


def _page_record(name: str) -> bytes:
    """A plain response record of a small article at https://news.example/<name>."""
    return warc_record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", f"<urn:uuid:{name}>"),
            ("WARC-Target-URI", f"https://news.example/{name}"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        http_response(article_html(f"Story {name}")),
    )


def _huge_page_warc(tmp_path: Path, size: int) -> Path:
    """A plain WARC whose middle record is a page of `size` bytes, written sparsely."""
    first, last = _page_record("one"), _page_record("three")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>"
    huge_head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:huge>\r\n"
        "WARC-Target-URI: https://news.example/huge\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http) + size}\r\n\r\n"
    ).encode()
    path = tmp_path / "huge.warc"
    with open(path, "wb") as fh:
        fh.write(first + huge_head + http)
        fh.seek(size - 1, io.SEEK_CUR)  # a hole: the page's bytes cost no disk and no time
        fh.write(b" \r\n\r\n" + last)
    return path


def _check_huge(tmp_path: Path, size: int, limit: int) -> None:
    path = _huge_page_warc(tmp_path, size)
    tracemalloc.start()
    urls, warc = run(path, limit)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert urls == ["https://news.example/one", "https://news.example/three"]
    (skip,) = [s for s in warc.report.skipped if s.record_id == "<urn:uuid:huge>"]
    assert skip.reason.startswith(f"record over the {limit}-byte limit")
    assert not warc.report.damage
    assert peak < 32 << 20, peak


def test_huge_page_fast_variant(tmp_path: Path) -> None:
    _check_huge(tmp_path, 3 << 20, LIMIT)


def test_200_mb_page_is_skipped_without_being_read(tmp_path: Path) -> None:
    # the default limit (64 MiB); the file is sparse, so this stays fast
    _check_huge(tmp_path, 200_000_000, 64 << 20)


@slow
def test_200_mb_page_in_a_gzip_warc(tmp_path: Path) -> None:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    size = 200_000_000
    header = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:huge>\r\n"
        "WARC-Target-URI: https://news.example/huge\r\n"
        f"Content-Length: {len(http) + size}\r\n\r\n"
    ).encode()
    path = _bomb_file(tmp_path, _zeros_member(header + http, size))
    urls, warc = run(path, 64 << 20)
    assert len(urls) == 3 and not warc.report.damage


def test_framing_never_reads_a_payload(tmp_path: Path) -> None:
    """The first pass keeps headers only: a record's payload is not part of what it yields."""
    path = three_pages(tmp_path, gz=True)
    with open(path, "rb") as fh:
        items = list(scan_warc(fh, max_record_bytes=LIMIT))
    assert all(isinstance(i, RawRecord) for i in items)
    assert [(i.offset, i.length) for i in items] == [(o, n) for o, n, _, _ in record_spans(path)]


# -- through the command line: one clear line, the sound pages bagged, the input untouched --


def test_package_a_truncated_warc_bags_the_rest_and_exits_1(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from archiver.bagcheck import ValidateOptions, validate_bag
    from archiver.cli import main

    path = three_pages(tmp_path, gz=True)
    offset, length = response_span(path, "/two")
    raw = path.read_bytes()[offset : offset + length]
    replace_span(path, offset, length, raw[: length // 2])
    before = path.read_bytes()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["package", "-o", str(out), str(path)])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    (error,) = [x for x in result.stderr.splitlines() if x.startswith("archiver: error: ")]
    assert error.startswith(f"archiver: error: {path}#<urn:uuid:")
    assert ": damaged: " in error and f"(at offset {offset}; reading resumed at offset" in error
    created = [line for line in result.stdout.splitlines() if line.startswith("created\t")]
    assert len(created) == 2
    for line in created:
        assert validate_bag(Path(line.split("\t")[1]), ValidateOptions()).valid
    assert path.read_bytes() == before


def test_control_characters_never_reach_the_terminal(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from archiver.cli import main

    path = tmp_path / "evil.warc"
    record = warc_record(
        [
            ("WARC-Type", "response"),
            ("WARC-Record-ID", "<urn:uuid:\x1b[2Jevil>"),
            ("WARC-Target-URI", "https://news.example/\x1b]0;pwned\x07"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        http_response(article_html("Evil")),
    )
    path.write_bytes(record)
    result = CliRunner().invoke(main, ["package", "-o", str(tmp_path / "out"), str(path)])
    assert result.exit_code == 2, result.output
    (error,) = [x for x in result.stderr.splitlines() if x.startswith("archiver: error: ")]
    assert "no article found" in error and "unsafe headers" in error
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
