"""WARC files in, one bag per article page out: the acceptance checks of the WARC reader.

The WARCs are written here with warcio from real pages of ../shared/dev-corpus/html/ (read at
test time) and JPEGs made with Pillow carrying IPTC-IIM and XMP credits, placed at the URLs
the pages' figures name. Around the articles: a list page, a redirect, a 404, a stylesheet,
an image no page shows.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner
from lxml import etree
from warcio.archiveiterator import ArchiveIterator

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.cli import main
from archiver.extract import extract_file
from archiver.packaging import PackageOptions, package_articles
from archiver.warc.pages import article_verdict, figure_images, page_markers
from archiver.xmlschemas import SchemaSet
from repo_paths import SCHEMA_DIR, needs_schemas
from warc_helpers import Capture, corpus_page, make_jpeg, make_png, record_spans, write_warc

PAGES = (1, 57, 84, 90, 45)  # real articles; all but 45 with photos the WARC holds
NS = {"g": "http://iptc.org/std/nar/2006-10-01/", "dc": "http://purl.org/dc/elements/1.1/"}
LIST_PAGE = (
    b"<!doctype html><html><head><title>World news</title>"
    b'<script type="application/ld+json">{"@type": "CollectionPage"}</script></head><body>'
    + b"".join(b'<p><a href="/story/%d">Story %d teaser</a></p>' % (i, i) for i in range(40))
    + b"</body></html>"
)


def _photo_credit(page: int, figure: int) -> dict[str, str]:
    return {
        "credit": f"Photographer {page}.{figure}/Agency Ltd",
        "creator": f"Photographer {page}.{figure}",
        "notice": f"© 2019 Agency Ltd, figure {figure} of page {page}",
    }


@pytest.fixture(scope="module")
def capture(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A crawl of the pages, their figures' images and some non-articles, as .warc.gz."""
    folder = tmp_path_factory.mktemp("warc")
    captures: list[Capture] = []
    pages: dict[str, int] = {}
    photos: dict[str, tuple[bytes, dict[str, str]]] = {}
    for number in PAGES:
        url, html = corpus_page(number)
        pages[url] = number
        captures.append(Capture(url, html))
        if number == 45:
            continue  # a page whose images were not captured
        for figure, candidates in enumerate(figure_images(html, url), start=1):
            meta = _photo_credit(number, figure)
            data = make_jpeg(80 + figure, 60, **meta, color=(number, figure * 40, 90))
            photos[candidates[0]] = (data, meta)
            captures.append(Capture(candidates[0], data, content_type="image/jpeg"))
    captures += [
        Capture("https://news.example/world/", LIST_PAGE),
        Capture(
            "https://news.example/old-story",
            b"",
            status="301 Moved Permanently",
            headers=[("Location", "https://news.example/new-story")],
        ),
        Capture(
            "https://news.example/gone",
            b"<html><body>Not found</body></html>",
            status="404 Not Found",
        ),
        Capture("https://news.example/site.css", b"body { color: black }", content_type="text/css"),
        Capture("https://news.example/logo.png", make_png(), content_type="image/png"),
    ]
    path = write_warc(folder / "crawl-2019-11.warc.gz", captures)
    return {"path": path, "pages": pages, "photos": photos, "folder": folder}


@pytest.fixture(scope="module")
def packaged(capture: dict) -> dict:
    out = capture["folder"] / "bags"
    schemas = SchemaSet.load(SCHEMA_DIR) if SCHEMA_DIR else None
    skipped: dict = {}
    (results,) = package_articles(
        [str(capture["path"])], out, PackageOptions(schemas=schemas, strict=bool(schemas)), skipped
    )
    assert isinstance(results, list), results
    bags = [Path(r.bag) for r in results]
    return {"bags": bags, "skipped": skipped[0], **capture}


def _info(bag: Path) -> dict[str, list[str]]:
    info: dict[str, list[str]] = {}
    for line in (bag / "bag-info.txt").read_text("utf-8").splitlines():
        key, _, value = line.partition(": ")
        info.setdefault(key, []).append(value)
    return info


def _source_records(path: Path) -> dict[str, bytes]:
    """Every record of the source WARC by WARC-Record-ID, as raw bytes."""
    data = path.read_bytes()
    out = {}
    with open(path, "rb") as fh:
        ids = [r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(fh)]
    for rid, (offset, length, _, _) in zip(ids, record_spans(path), strict=True):
        out[rid] = data[offset : offset + length]
    return out


def test_one_bag_per_article_page(packaged: dict) -> None:
    bags = packaged["bags"]
    assert len(bags) == len(PAGES)
    urls = [_info(b)["Source-URL"] for b in bags]
    assert sorted(u for (u,) in urls) == sorted(packaged["pages"])
    reasons = {s.reason for s in packaged["skipped"]}
    assert "list page (JSON-LD type collectionpage)" in reasons
    assert "redirect (301) to https://news.example/new-story" in reasons
    assert "HTTP status 404" in reasons
    assert "not HTML (text/css)" in reasons
    assert "not HTML (image/png)" in reasons  # the logo no article shows
    assert "warcinfo record" in reasons


def test_original_records_are_intact(packaged: dict) -> None:
    source = _source_records(packaged["path"])
    info_sha = hashlib.sha256(packaged["path"].read_bytes()).hexdigest()
    for bag in packaged["bags"]:
        info = _info(bag)
        assert info["Source-WARC-File"] == ["crawl-2019-11.warc.gz"]
        assert info["Source-WARC-SHA256"] == [info_sha]
        (original,) = (bag / "data/original").iterdir()
        assert original.name.startswith("crawl-2019-11-") and original.name.endswith(".warc.gz")
        ids, raw = [], original.read_bytes()
        with open(original, "rb") as fh:
            records = ArchiveIterator(fh, check_digests=True)
            for record in records:
                record.content_stream().read()
                ids.append(record.rec_headers.get_header("WARC-Record-ID"))
                assert not record.digest_checker.problems, ids[-1]
                if record.rec_headers.get_header("WARC-Block-Digest"):
                    assert record.digest_checker.passed is True
        # byte for byte: the small WARC is the source's records, concatenated in file order
        assert raw == b"".join(source[i] for i in ids)
        assert info["Source-WARC-Record"] == ids
        assert info["Source-WARC-Record-ID"] == [ids[0]]
        types = [source[i][:400] for i in ids]
        assert any(b"WARC-Type: request" in t for t in types) or original.name.endswith(".gz")


def test_photos_are_in_the_payload_with_their_iptc_metadata(packaged: dict) -> None:
    photos = packaged["photos"]
    seen = 0
    for bag in packaged["bags"]:
        manifest = {
            line.split("  ", 1)[1]: line.split("  ", 1)[0]
            for line in (bag / "manifest-sha256.txt").read_text("utf-8").splitlines()
        }
        record = json.loads((bag / "data/metadata/article.json").read_text("utf-8"))
        newsml = etree.parse(str(bag / "data/newsml.xml"))
        pictures = newsml.xpath(
            "//g:newsItem[g:itemMeta/g:itemClass/@qcode='ninat:picture']", namespaces=NS
        )
        files = [p["file"] for p in record["photos"] if p.get("file")]
        assert len(pictures) == len(record["photos"])
        for file in files:
            data, meta = photos[file["url"]]
            on_disk = (bag / "data" / file["path"]).read_bytes()
            assert on_disk == data
            assert manifest[f"data/{file['path']}"] == hashlib.sha256(data).hexdigest()
            assert (file["credit"], file["creators"], file["copyright_notice"]) == (
                meta["credit"],
                [meta["creator"]],
                meta["notice"],
            )
            (item,) = [
                p
                for p in pictures
                if p.xpath("g:contentSet/g:remoteContent/@href", namespaces=NS) == [file["path"]]
            ]
            (rc,) = item.xpath("g:contentSet/g:remoteContent", namespaces=NS)
            assert rc.get("size") == str(len(data))
            assert rc.get("contenttype") == "image/jpeg"
            assert (rc.get("width"), rc.get("height")) == (str(file["width"]), "60")
            assert item.xpath("g:rightsInfo/g:copyrightNotice/text()", namespaces=NS) == [
                meta["notice"]
            ]
            credit = item.xpath("g:contentMeta/g:creditline/text()", namespaces=NS)
            photo = next(p for p in record["photos"] if p.get("file") == file)
            assert credit == [photo["credit"] or meta["credit"]]
            creators = item.xpath("g:contentMeta/g:creator/g:name/text()", namespaces=NS)
            assert creators == [photo["photographer"] or meta["creator"]]
            seen += 1
        photo_files = sorted(p.name for p in (bag / "data").glob("photos/*"))
        assert photo_files == sorted(Path(f["path"]).name for f in files)
    assert seen == len(photos)


@needs_schemas
def test_bags_are_valid_for_bagit_python_archiver_and_the_schemas(packaged: dict) -> None:
    schemas = SchemaSet.load(SCHEMA_DIR)
    for bag in packaged["bags"]:
        bagit.Bag(str(bag)).validate()
        report = validate_bag(bag, ValidateOptions())
        assert report.valid, [f.message for f in report.findings]
        root = etree.parse(str(bag / "data/newsml.xml")).getroot()
        assert schemas.validate(root, schemas.kind_of(root)) == []


def test_newsml_links_capture_time_and_dc_source(packaged: dict) -> None:
    for bag in packaged["bags"]:
        info = _info(bag)
        (url,) = info["Source-URL"]
        record = json.loads((bag / "data/metadata/article.json").read_text("utf-8"))
        canonical_url = (record.get("page") or {}).get("canonical_url") or url
        newsml = etree.parse(str(bag / "data/newsml.xml"))
        (text,) = newsml.xpath(
            "//g:newsItem[g:itemMeta/g:itemClass/@qcode='ninat:text']", namespaces=NS
        )

        def links(rel: str, text=text) -> list[str]:  # noqa: ANN001
            return text.xpath(
                f"g:itemMeta/g:link[@reluri='http://www.iana.org/assignments/relation/{rel}']/@href",
                namespaces=NS,
            )

        assert links("canonical") == [canonical_url]
        assert links("via") == ([url] if url != canonical_url else [])
        notes = text.xpath("g:itemMeta/g:edNote/text()", namespaces=NS)
        assert f"captured 2026-11-30T12:00:00Z from {url}" in notes
        (warc_note,) = [n for n in notes if n.startswith("WARC record ")]
        assert warc_note == (
            f"WARC record {info['Source-WARC-Record-ID'][0]} (payload digest "
            f"{info['Source-WARC-Payload-Digest'][0]}) in crawl-2019-11.warc.gz (sha256 "
            f"{info['Source-WARC-SHA256'][0]}); records kept byte for byte: "
            + " ".join(info["Source-WARC-Record"])
        )
        dc = etree.parse(str(bag / "data/metadata/dc.xml"))
        assert dc.xpath("//dc:source/text()", namespaces=NS) == [canonical_url]


def test_identity_is_the_record_not_the_file(tmp_path: Path) -> None:
    """The same records in a WARC of another name, after other records, give an article of
    the same identity (guid and original) naming its own file."""
    url, html = corpus_page(1)
    first = write_warc(tmp_path / "a.warc.gz", [Capture(url, html)])
    other = write_warc(
        tmp_path / "other.warc.gz",
        [Capture("https://news.example/x", b"<html>x</html>", status="404 Not Found")],
    )
    renamed = tmp_path / "renamed-crawl.warc.gz"
    renamed.write_bytes(other.read_bytes() + first.read_bytes())
    (a,) = extract_file(first).articles
    (b,) = extract_file(renamed).articles
    assert a.source.sha256 == b.source.sha256
    assert a.source.record["warc_record_id"] == b.source.record["warc_record_id"]
    assert a.source.record["payload_digest"] == b.source.record["payload_digest"]
    assert (a.source.record["warc_file"], b.source.record["warc_file"]) == (
        "a.warc.gz",
        "renamed-crawl.warc.gz",
    )


def test_plain_warc_through_the_cli_with_a_report(capture: dict, tmp_path: Path) -> None:
    captures = [Capture(u, corpus_page(n)[1]) for u, n in list(capture["pages"].items())[:2]]
    captures.append(Capture("https://news.example/world/", LIST_PAGE))
    path = write_warc(tmp_path / "small.warc", captures, gzip=False)
    report = tmp_path / "report.jsonl"
    result = CliRunner().invoke(
        main, ["package", "-o", str(tmp_path / "out"), "--report", str(report), str(path)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.count("created\t") == 2
    assert "skipped\t" in result.output and "1 list page" in result.output
    (line, summary) = [json.loads(x) for x in report.read_text("utf-8").splitlines()]
    assert len(line["articles"]) == 2
    assert {s["reason"] for s in line["skipped"]} >= {"list page (JSON-LD type collectionpage)"}
    for bag in (entry["bag"] for entry in line["articles"]):
        (original,) = (Path(bag) / "data/original").iterdir()
        assert original.suffix == ".warc"  # the source's compression is kept
        with open(original, "rb") as fh:
            kinds = [r.rec_headers.get_header("WARC-Type") for r in ArchiveIterator(fh)]
        assert kinds == ["response", "request", "metadata"]


def test_the_article_rule_on_every_corpus_page() -> None:
    """All 120 real pages are articles by the documented rule; a list page and a short
    page without markup are not."""
    from archiver.readers.warc import _main_text_words

    verdicts = []
    for number in range(1, 121):
        url, html = corpus_page(number)
        verdict = article_verdict(
            page_markers(html, url), lambda html=html, url=url: _main_text_words(html, url)
        )
        verdicts.append((number, verdict.is_article, verdict.reason))
    assert [v for v in verdicts if not v[1]] == []
    listing = article_verdict(page_markers(LIST_PAGE, "https://news.example/"), lambda: 400)
    assert not listing.is_article and listing.reason.startswith("list page")
    short = b"<html><body><p>Subscribe to our newsletter.</p></body></html>"
    verdict = article_verdict(page_markers(short, "https://x.example/"), lambda: 4)
    assert not verdict.is_article


def test_warc_is_recognised_from_its_bytes(packaged: dict) -> None:
    """Named neither .warc nor .warc.gz, compressed or not: the WARC reader takes it."""
    from archiver.readers import sniff

    data = packaged["path"].read_bytes()
    assert sniff(data, "capture.bin").name == "warc"
    assert sniff(gzip.decompress(data)[:70000], "capture.txt").name == "warc"
    assert sniff(b"WARC/1.0 is a format for web archives.\n", "notes.txt").name == "text"


def test_normalize_writes_the_photos_its_newsml_points_at(capture: dict, tmp_path: Path) -> None:
    """`archiver normalize` on a WARC: every remoteContent href resolves, relative to the
    folder's newsml.xml, to the captured image byte for byte; nothing else is written."""
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["normalize", "-o", str(out), str(capture["path"])])
    assert result.exit_code == 0, result.output
    folders = sorted(p for p in out.iterdir() if p.is_dir())
    assert len(folders) == len(PAGES)
    linked = 0
    for folder in folders:
        newsml = etree.parse(str(folder / "newsml.xml"))
        hrefs = newsml.xpath("//g:remoteContent/@href", namespaces=NS)
        for href, size in zip(
            hrefs, newsml.xpath("//g:remoteContent/@size", namespaces=NS), strict=True
        ):
            data = (folder / href).read_bytes()
            assert len(data) == int(size)
            assert any(data == photo for photo, _meta in capture["photos"].values())
            linked += 1
        written = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
        assert written == sorted(["dc.xml", "dcterms.xml", "newsml.xml", *hrefs])
    assert linked == len(capture["photos"])


# -- a web archive is bagged one article at a time --------------------------------------------


def _three_page_warc(folder: Path) -> Path:
    captures = [Capture(*corpus_page(number)) for number in PAGES[:3]]
    return write_warc(folder / "three.warc.gz", captures)


def test_each_article_is_staged_before_the_next_page_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory holds one page of a web archive, not all of them: the first article's bag is
    built before the second page is extracted."""
    import archiver.extract as extract
    import archiver.packaging.commit as commit

    events: list[str] = []
    real_extract, real_build = extract.extract_unit, commit.build_bag

    def extract_unit(unit, **kwargs):  # type: ignore[no-untyped-def]
        events.append("extract")
        return real_extract(unit, **kwargs)

    def build_bag(prepared, staging, options, **kwargs):  # type: ignore[no-untyped-def]
        events.append("bag")
        return real_build(prepared, staging, options, **kwargs)

    monkeypatch.setattr(extract, "extract_unit", extract_unit)
    monkeypatch.setattr(commit, "build_bag", build_bag)
    warc = _three_page_warc(tmp_path)
    (results,) = package_articles([str(warc)], tmp_path / "bags", PackageOptions())
    assert isinstance(results, list) and [r.status for r in results] == ["created"] * 3
    assert events == ["extract", "bag"] * 3


def test_an_input_failing_part_way_leaves_no_bag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An input that cannot be read to its end fails whole, as when its articles were all
    read before any was bagged: the bags staged before the failure are dropped."""
    import archiver.packaging.prepare as prepare
    from archiver.errors import ArticleError

    real = prepare._prepare_unit
    calls = {"n": 0}

    def failing(path, article, unit, options):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise ArticleError(f"{path}: the second article cannot be rendered")
        return real(path, article, unit, options)

    monkeypatch.setattr(prepare, "_prepare_unit", failing)
    warc = _three_page_warc(tmp_path)
    before = warc.read_bytes()
    out = tmp_path / "bags"
    (results,) = package_articles([str(warc)], out, PackageOptions())
    assert isinstance(results, ArticleError)
    assert "the second article cannot be rendered" in str(results)
    assert calls["n"] == 2
    # no bag, and no staging folder left behind: only the lock folder
    assert sorted(p.name for p in out.iterdir()) in ([], [".archiver-locks"])
    assert warc.read_bytes() == before
