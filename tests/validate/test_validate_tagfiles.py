"""Reading tag files line by line, fetch.txt, paths and the code table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from validate_helpers import build_bag, codes, errors, rehash_tagmanifests

from archiver.bagcheck import findings as findings_module
from archiver.bagcheck.findings import CODES
from archiver.bagcheck.paths import check_path, percent_decode
from archiver.bagcheck.tagfiles import TagFile


def read(tmp_path: Path, data: bytes, encoding: str = "utf-8", max_line: int = 64):
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    found = []
    lines = list(TagFile(path, "t.txt", encoding, found.append, max_line=max_line).lines())
    return [text for _, text in lines], [f.code for f in found]


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"a\nb\n", ["a", "b"]),
        (b"a\r\nb\r\n", ["a", "b"]),
        (b"a\rb\r", ["a", "b"]),
        (b"a\rb", ["a", "b"]),
        (b"a\n\nb", ["a", "", "b"]),
        (b"a\r\r\nb", ["a", "", "b"]),
        (b"", []),
    ],
)
def test_line_ends(tmp_path, data, expected):
    assert read(tmp_path, data) == (expected, [])


def test_crlf_split_across_chunks(tmp_path, monkeypatch):
    from archiver.bagcheck import tagfiles

    monkeypatch.setattr(tagfiles, "CHUNK", 4)
    assert read(tmp_path, b"abc\r\ndef\r\nghi\r")[0] == ["abc", "def", "ghi"]


def test_overlong_lines_are_skipped(tmp_path):
    lines, found = read(tmp_path, b"short\n" + b"x" * 500 + b"\nafter\n" + b"y" * 200)
    assert lines == ["short", "after"]
    assert found == ["E011", "E011"]


def test_bad_bytes_are_reported_once(tmp_path):
    lines, found = read(tmp_path, b"ok\n\xff bad\n\xfe worse\n")
    assert len(lines) == 3
    assert found == ["E010"]


def test_utf16(tmp_path):
    lines, found = read(tmp_path, "a: b\r\nc: d\n".encode("utf-16"), "utf-16")
    assert (lines, found) == (["a: b", "c: d"], [])
    lines, found = read(tmp_path, "a\n".encode("utf-16") + b"\x00", "utf-16")
    assert found == ["E010"]


def test_unreadable_tag_file(tmp_path):
    found = []
    assert list(TagFile(tmp_path, "dir", "utf-8", found.append).lines()) == []
    assert [f.code for f in found] == ["E012"]


@pytest.mark.parametrize(
    "raw, path, code",
    [
        ("data/a.txt", "data/a.txt", None),
        ("./data/a.txt", "data/a.txt", "W032"),
        ("data//a.txt", "data/a.txt", "W032"),
        ("data/x/../a.txt", "data/a.txt", "W032"),
        ("data/a\\b.txt", "data/a\\b.txt", "W033"),
        ("../a.txt", None, "E051"),
        ("data/../../a.txt", None, "E051"),
        ("/a.txt", None, "E050"),
        ("\\\\server\\share\\a.txt", None, "E050"),
        ("c:/a.txt", None, "E050"),
        ("~/a.txt", None, "E054"),
        ("data/a\x00.txt", None, "E053"),
    ],
)
def test_check_path(raw, path, code):
    verdict = check_path(raw)
    assert verdict.path == path
    found = [verdict.error[0]] if verdict.error else [w[0] for w in verdict.warnings]
    assert found == ([code] if code else [])


def test_percent_decoding():
    assert percent_decode("a%0Ab%0dc%25d%20e") == "a\nb\rc%d%20e"


@pytest.mark.parametrize(
    "line, code",
    [
        ("https://example.org/a.txt", "E080"),
        ("https://example.org/a.txt many data/article.txt", "E080"),
        ("example.org/a.txt - data/article.txt", "E081"),
        ("https://example.org/a - ../../etc/passwd", "E051"),
        ("https://example.org/a - /etc/passwd", "E050"),
        ("https://example.org/a - bag-info.txt", "E082"),
        ("https://example.org/a - data/unlisted.txt", "W080"),
        ("https://example.org/a - elsewhere.png", "W081"),
        ("https://example.org/a 1 data/article.txt", "W082"),
        ("file:///local/article.txt - data/article.txt", None),
    ],
)
def test_fetch_lines(tmp_path, check, line, code):
    bag = build_bag(tmp_path / "bag")
    (bag / "fetch.txt").write_text(line + "\n", encoding="utf-8")
    rehash_tagmanifests(bag)
    report = check(bag)
    assert codes(report) == ({code} if code else set()), report.findings
    assert report.valid is (code is None or code.startswith("W"))


def test_fetch_for_a_file_listed_and_present_is_fine(tmp_path, check):
    bag = build_bag(tmp_path / "bag")
    size = (bag / "data" / "article.txt").stat().st_size
    (bag / "fetch.txt").write_text(f"https://example.org/a {size} data/article.txt\n")
    rehash_tagmanifests(bag)
    assert check(bag).findings == []
    assert not errors(check(bag))


def test_code_table_is_documented_and_consistent():
    doc = findings_module.__doc__
    table = set(re.findall(r"^([EW]\d{3}) ", doc, re.MULTILINE))
    assert table == set(CODES)
    for code, (rule, category, title) in CODES.items():
        assert rule and title
        assert category in findings_module.CATEGORIES
        severity = re.search(rf"^{code}\s+(\w+)", doc, re.MULTILINE).group(1)
        assert severity == ("error" if code[0] == "E" else "warning")
