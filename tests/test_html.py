"""HTML pages: structured data first, the page's own byline and photos, the wire grammar's
dateline; the record has the same shape as for text. Fixtures in fixtures/html/ are small
pages written for these tests."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from archiver.extract import extract_path
from archiver.extract.html.page import lent_caption
from archiver.model import Article
from repo_paths import FIXTURES, REPO

PAGES = FIXTURES / "html"
SCHEMA = json.loads((REPO / "schemas" / "article.schema.json").read_text())


def page(name: str) -> Article:
    return extract_path(PAGES / name)


def test_json_ld_news_article():
    a = page("jsonld-newsarticle.html")
    assert a.headline == "Floods close the Thames Barrier"
    assert a.bylines == ["Jane Roe", "Ahmed Khan"]
    assert a.dateline is not None
    assert (a.dateline.place, a.dateline.source, a.dateline.raw) == (
        "LONDON",
        "Reuters",
        "LONDON (Reuters) -",
    )
    assert a.language == "en-GB"  # <html lang>, not a guess
    assert a.page is not None
    assert a.page.canonical_url == "https://news.example.org/2024/03/05/floods-thames-barrier"
    assert a.page.published == "2024-03-05T09:30:00+00:00"
    assert a.page.modified == "2024-03-05T11:02:00+00:00"
    assert (a.page.publisher, a.page.section) == ("Example Herald", "Environment")
    assert a.page.license == "https://creativecommons.org/licenses/by/4.0/"
    assert a.page.sources["published"] == "json-ld" and a.page.sources["canonical_url"] == "link"
    # the lead photo: credit from its credit element, copyright holder from JSON-LD;
    # the related story's thumbnail in the sidebar is not the article's
    (photo,) = a.photos
    assert (photo.credit, photo.photographer, photo.agency) == (
        "Sam Lee/Example Herald",
        "Sam Lee",
        "Example Herald",
    )
    assert photo.copyright_holder == "Example Herald Ltd"
    assert photo.url == "https://news.example.org/img/barrier.jpg"
    assert a.body[0].startswith("LONDON (Reuters) - The Thames Barrier")
    assert len(a.body) == 3
    assert not [w for w in a.warnings if w.code == "byline-sources-disagree"]


def test_microdata_and_a_declared_legacy_charset():
    a = page("microdata.html")
    assert a.headline == "Le port de Marseille rouvre après la grève"
    assert a.bylines == ["Claire Dubois"]  # "Par Claire Dubois, 12 octobre 2023"
    assert a.source.encoding == "cp1252"
    assert a.dateline is not None and a.dateline.source == "AFP"
    assert a.dateline.date == "2023-10-12"  # the year from the page's datePublished
    assert a.page is not None and a.page.published == "2023-10-12"
    assert a.language == "fr"


def test_opengraph_and_meta_tags_only():
    a = page("opengraph-only.html")
    assert a.headline == "City council approves new cycle lanes"
    assert a.bylines == ["Maria Gonzalez"]
    assert a.page is not None
    assert a.page.canonical_url == "https://gazette.example.com/news/cycle-lanes"
    assert a.page.published == "2022-06-14T18:00:00Z"
    assert (a.page.section, a.page.site_name) == ("Local", "Riverside Gazette")
    assert a.dateline is None and len(a.body) == 3


def test_figure_credits_in_page_order():
    a = page("figures.html")
    assert [(p.credit, p.photographer, p.agency) for p in a.photos] == [
        ("AP Photo/Jane Roe", "Jane Roe", "AP"),
        ("Lee Min-ho/Reuters", "Lee Min-ho", "Reuters"),
        ("Getty Images", None, "Getty Images"),
        ("Ana Silva", "Ana Silva", None),
    ]
    assert a.photos[0].caption == "Waves break over the sea wall on Monday. (AP Photo/Jane Roe)"
    assert [p.url for p in a.photos] == ["a.jpg", "b.jpg", "c.jpg", "d.jpg"]
    assert a.bylines == ["Tom Baker"]  # "Tom Baker, Staff Writer"


def test_disagreeing_bylines_are_both_kept_with_a_warning():
    a = page("byline-disagreement.html")
    assert a.bylines == ["John Doe"]  # the visible byline wins (documented rule)
    assert a.byline_raw == "By John Doe | September 1, 2021"
    sources = {b.source: b.names for b in a.byline_sources}
    assert sources == {"json-ld": ["Web Editor"], "page": ["John Doe"]}  # @id resolved
    (warning,) = [w for w in a.warnings if w.code == "byline-sources-disagree"]
    assert "John Doe" in warning.message and "Web Editor" in warning.message


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_html_records_follow_the_schema(name: str):
    record = page(name).to_dict()
    jsonschema.validate(record, SCHEMA)
    assert record["source"]["media_type"] == "text/html"
    assert Article.from_dict(record).to_dict() == record


def test_extract_json_of_a_gzip_page_has_the_text_record_shape(tmp_path: Path):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress((PAGES / "figures.html").read_bytes()))
    proc = subprocess.run(
        [sys.executable, "-m", "archiver", "extract", "--json", str(gz)],
        capture_output=True,
        check=True,
    )
    record = json.loads(proc.stdout)
    text = json.loads(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "archiver",
                "extract",
                "--json",
                str(FIXTURES / "upi-2014-north-korean-women-seoul.txt"),
            ],
            capture_output=True,
            check=True,
        ).stdout
    )
    assert set(text) <= set(record)
    assert record["headline"] == "Storm hits the coast"
    assert [p["credit"] for p in record["photos"]][:2] == [
        "AP Photo/Jane Roe",
        "Lee Min-ho/Reuters",
    ]
    assert record["source"]["bytes"] == gz.stat().st_size


def test_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    rdfa = (
        b'<html prefix="og: http://ogp.me/ns#" vocab="http://schema.org/"><head>'
        b'<meta property="og:title" content="T"><link rel="license" '
        b'href="https://creativecommons.org/licenses/by-sa/4.0/"></head><body '
        b'typeof="NewsArticle"><h1 property="headline">A headline here</h1>'
        b'<p property="articleBody">Some words of the article body for the test.</p></body></html>'
    )
    assert extract_path(PAGES / "jsonld-newsarticle.html").headline
    from archiver.extract import extract_bytes

    a = extract_bytes(rdfa, path="rdfa.html", language="en")
    assert (
        a.page is not None and a.page.license == "https://creativecommons.org/licenses/by-sa/4.0/"
    )


def test_normalized_xml_names_the_page(tmp_path: Path):
    from archiver.config import Config
    from archiver.normalize import render_documents

    docs = render_documents(page("jsonld-newsarticle.html"), Config())
    url = b"https://news.example.org/2024/03/05/floods-thames-barrier"
    assert (
        b'reluri="http://www.iana.org/assignments/relation/canonical" href="' + url
        in docs["newsml.xml"]
    )
    assert b"<contentCreated>2024-03-05</contentCreated>" in docs["newsml.xml"]
    assert b"<dc:source>" + url + b"</dc:source>" in docs["dc.xml"]
    assert b"<dc:format>text/html</dc:format>" in docs["dc.xml"]


_HEADER_SIDEBAR = """<html><head><title>T</title></head><body>
<div class="post-content">
 <div id="sidebar" class="sidebar">
  <h1 class="headline">New hatchback unveiled in Manila</h1>
  <div class="author-info"><div class="post-info">
   <label><i class="fi-camera"> </i>Acme Motors</label>
   <label><i class="fi-calendar"></i> November 20, 2019</label>
  </div></div>
 </div>
 <div class="article-body"><p>The carmaker showed its new hatchback on Tuesday to a crowd of
 dealers and press, promising deliveries early next year across the region.</p>
 <p>Prices will be announced at launch, the company said in a statement to reporters.</p></div>
</div>
<aside class="sidebar"><p><i class="fi-camera"> </i>Not a credit</p></aside>
</body></html>"""


def test_camera_icon_credit_in_a_header_column_called_sidebar(tmp_path: Path):
    # the column holding the h1 is the article's header, whatever its class; a true
    # sidebar (no headline) still says nothing about the article's photos
    path = tmp_path / "header.html"
    path.write_text(_HEADER_SIDEBAR, encoding="utf-8")
    assert [p.credit for p in extract_path(path).photos] == ["Acme Motors"]


_PHOTOS_LINE = """<html><head><title>T</title></head><body><article>
<h1>Jewels at the Triennale</h1>
<p>The exhibition gathers two centuries of jewellery from European collections, shown
in a long dark gallery where each piece sits under its own small light.</p>
<p><em>Jewels after Jewels, installation views, photos © Studio Nord, 2018</em></p>
<p>The show runs until September and is accompanied by a catalogue with new essays.</p>
<p>Entry is free for students and visitors under eighteen on weekdays.</p>
</article></body></html>"""


def test_a_collective_photos_copyright_line_in_the_text_is_a_credit(tmp_path: Path):
    path = tmp_path / "line.html"
    path.write_text(_PHOTOS_LINE, encoding="utf-8")
    assert [p.credit for p in extract_path(path).photos] == ["Studio Nord"]
    # a longer sentence that merely mentions copyright is no credit line
    path.write_text(
        _PHOTOS_LINE.replace("photos © Studio Nord, 2018", "the museum holds the copyright"),
        encoding="utf-8",
    )
    assert extract_path(path).photos == []


def test_a_caption_joined_to_its_lenders_credit_and_prose_that_is_not() -> None:
    assert lent_caption("Harold Vandermeer Photo courtesy of the Vandermeer family") == (
        "Harold Vandermeer",
        "Vandermeer family",
    )
    # a sentence that starts with the label, a credit for the text and its pictures, a
    # label over prose that goes on: no caption and its credit
    for para in (
        "Images courtesy of NASA show the comet's long tail.",
        "Story and Photos Courtesy of Dale Brewer",
        "Dozens wrote in. Photos courtesy of Jane Roe show the roof torn off her barn.",
        "More are on Facebook. Photos Courtesy of Readers Like You Are Always Welcome!",
    ):
        assert lent_caption(para) is None, para


def test_caption_paragraph_refuses_a_dateline_lead_and_agencies_slash() -> None:
    # a lead that opens with a dateline and ends in its photo's credit stays a story's paragraph
    from archiver.extract.html.page import _caption_paragraph, lead_without_credit

    lead = (
        "LAGOS: A fire swept through Balogun Market on Saturday night, destroying dozens "
        "of shops, emergency officials said. Photo: Tunde Akinola"
    )
    assert _caption_paragraph(lead, first=True) is None
    assert lead_without_credit(lead) == lead[: -len(" Photo: Tunde Akinola")]
    rain = (
        "Mumbai: Heavy overnight rain flooded tracks at Sion and Kurla on Friday, halting "
        "suburban services for nearly two hours. (Satish Bate/HT Photo)"
    )
    assert _caption_paragraph(rain, first=True) is None
    # the labelled lead picture's caption over the story stays a photo (s55w/015, s54w/020)
    assert _caption_paragraph(
        "Lesser flamingos at Thane Creek, near Airoli, on Friday. (Satish Bate/HT Photo)",
        first=True,
    ) == ("Lesser flamingos at Thane Creek, near Airoli, on Friday.", "Satish Bate/HT Photo")
    # agencies, "Agencies" or a poll's sponsors in brackets, a slash between: no photo's credit
    for tag in ("AFP/Reuters", "ANI/PTI", "Agencies/PTI", "Reuters/Ipsos", "dpa/AFP"):
        para = f"A Hamas delegation arrived in the Egyptian capital late on Sunday. ({tag})"
        assert _caption_paragraph(para) is None, tag


def test_find_dateline_under_an_agency_line() -> None:
    # "By JANE ROE" / "Associated Press" / "WASHINGTON (AP) — ...": the agency's line skipped
    from archiver.extract.html.dateline import find_dateline

    dateline, _ = find_dateline(
        ["Associated Press", "WASHINGTON (AP) — The Federal Reserve left its rate unchanged."],
        None,
    )
    assert dateline is not None and dateline.place == "WASHINGTON" and dateline.source == "AP"
