"""The reader registry: formats recognised from content, one unit per text or HTML file."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from archiver.errors import InputError
from archiver.extract import extract_input, extract_path
from archiver.inputs import collect_inputs
from archiver.readers import (
    Input,
    Reader,
    Skipped,
    Unit,
    default_patterns,
    gunzip,
    read_units,
    readers,
    register,
    sniff,
)
from repo_paths import SAMPLE

PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Floods hit the coast | Example News</title></head><body><article>
<h1>Floods hit the coast</h1><p class="byline">By Jane Roe</p>
<p>DHAKA, Bangladesh (AP) - Floods hit the coast on Monday, officials said.</p>
<p>More rain is expected this week across the region.</p></article></body></html>"""


def _inp(data: bytes, name: str = "page.html") -> Input:
    return Input(data=data, file_name=name, label=name, max_bytes=1 << 20)


@pytest.mark.parametrize(
    ("data", "reader"),
    [
        (PAGE, "html"),
        (gzip.compress(PAGE, mtime=0), "html"),
        (b"\xef\xbb\xbf  <!-- saved --><html><body><p>x</p></body></html>", "html"),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>', "html"),
        ("\ufeff<html></html>".encode("utf-16-le"), "html"),
        (b"Headline\n\nSEOUL, Nov. 19 (UPI) -- Text.", "text"),
        (b"A story that mentions <html> in passing.\n", "text"),
        (gzip.compress(b"plain words, gzip-compressed", mtime=0), "text"),
        # the page's title as a tag over a text copy with no other markup: text
        (b"<title>Floods hit the coast - Example</title>\nEXAMPLE\nFloods hit the coast\n", "text"),
        # the title's line over a page's markup: still a page
        (b"<title>Floods hit the coast</title>\n<body><p>Text.</p></body>\n", "html"),
    ],
)
def test_format_is_recognised_from_the_bytes_not_the_name(data: bytes, reader: str):
    assert sniff(data, "misnamed.txt").name == reader


def test_a_text_file_is_one_unit_kept_byte_for_byte():
    data = SAMPLE.read_bytes()
    (unit,) = read_units(_inp(data, SAMPLE.name))
    assert isinstance(unit, Unit)
    assert unit.media_type == "text/plain" and unit.original == data == unit.content
    assert unit.original_name == SAMPLE.name and unit.record == {} and unit.extras == ()


def test_a_gzip_page_is_read_decompressed_and_kept_compressed():
    data = gzip.compress(PAGE)
    (unit,) = read_units(_inp(data, "page.html.gz"))
    assert unit.media_type == "text/html"
    assert unit.content == PAGE and unit.original == data
    assert unit.original_name == "page.html.gz"


def test_gzip_bomb_and_truncated_gzip_are_refused_with_the_input_named():
    bomb = gzip.compress(b"<html>" + b" " * (4 << 20))
    with pytest.raises(InputError, match=r"page.html.gz: decompresses to more than 1048576"):
        gunzip(bomb, label="page.html.gz", max_bytes=1 << 20)
    with pytest.raises(InputError, match="page.html.gz: gzip data is truncated"):
        gunzip(gzip.compress(PAGE)[:-20], label="page.html.gz", max_bytes=1 << 20)
    assert gunzip(
        gzip.compress(PAGE) + gzip.compress(b"<p>2</p>"), label="x", max_bytes=1 << 20
    ) == (PAGE + b"<p>2</p>")


def test_an_html_file_named_txt_is_extracted_as_html(tmp_path: Path):
    page = tmp_path / "saved.txt"
    page.write_bytes(PAGE)
    article = extract_path(page, language="en")
    assert article.headline == "Floods hit the coast"
    assert article.source.media_type == "text/html"
    assert article.to_dict()["source"]["media_type"] == "text/html"


def test_text_records_keep_their_shape():
    record = extract_path(SAMPLE, language="en").to_dict()
    assert "page" not in record and "byline_sources" not in record
    assert set(record["source"]) == {"path", "bytes", "sha256", "encoding"}


def test_a_new_format_is_one_registered_reader(monkeypatch: pytest.MonkeyPatch):
    import archiver.readers as registry

    def read(inp: Input):
        for n, chunk in enumerate(inp.data[5:].split(b"\x1e")):
            if chunk.startswith(b"SKIP"):
                yield Skipped(f"{inp.label}#{n}", "not an article")
            else:
                yield Unit(
                    "text/plain", chunk, chunk, f"{n}.txt", f"{inp.label}#{n}", record={"n": str(n)}
                )

    monkeypatch.setattr(registry, "_REGISTRY", list(readers()))
    register(Reader("multi", lambda head, name: head.startswith(b"MULTI"), read, ("*.multi",), 10))
    data = b"MULTIHeadline one\n\nFirst story text here.\x1eSKIP\x1eHeadline two\n\nSecond."
    found = extract_input(data, path="x.multi", language="en")
    assert [a.headline for a in found.articles] == ["Headline one", "Headline two"]
    assert [a.source.record for a in found.articles] == [{"n": "0"}, {"n": "2"}]
    assert found.skipped == [Skipped("x.multi#1", "not an article")]
    assert "*.multi" in default_patterns()
    with pytest.raises(InputError, match="x.multi: holds 2 articles, not one"):
        from archiver.extract import extract_bytes

        extract_bytes(data, path="x.multi", language="en")


def test_batches_take_web_captures_from_folders_by_default(tmp_path: Path):
    names = ["a.txt", "b.html", "c.htm", "d.html.gz", "e.xhtml", "f.md", "g.json"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    found = sorted(Path(p).name for p in collect_inputs([str(tmp_path)]))
    assert found == ["a.txt", "b.html", "c.htm", "d.html.gz", "e.xhtml"]
    assert {"*.txt", "*.html", "*.htm", "*.html.gz"} <= set(default_patterns())


def test_package_keeps_a_gzip_page_byte_for_byte(tmp_path: Path):
    import bagit

    from archiver.packaging import PackageOptions, package_article

    data = gzip.compress(PAGE, mtime=0)
    src = tmp_path / "page.html.gz"
    src.write_bytes(data)
    result = package_article(str(src), tmp_path / "out", PackageOptions())
    bag = Path(result.bag)
    assert (bag / "data/original/page.html.gz").read_bytes() == data
    bagit.Bag(str(bag)).validate()
