"""Database exports (LexisNexis, Nexis Uni, Factiva, ProQuest, NewsBank): recognised on the
structure of their labelled fields, their headline and byline read from those fields."""

from __future__ import annotations

from archiver.extract.databases import inverted_authors, read_export
from archiver.extract.wire_text import clean, parse_wire_text
from repo_paths import FIXTURES

ARTICLES = FIXTURES / "articles"


def _lines(name: str) -> list[str]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return [clean(line) for line in text.split("\n")]


def test_each_service_is_recognised_on_its_fields():
    kinds = {
        "lexisnexis-classic-ap-export.txt": "LexisNexis export",
        "nexis-uni-dateline-field-only.txt": "Nexis Uni export",
        "factiva-field-codes-export.txt": "Factiva export",
        "factiva-article-view-export.txt": "Factiva export",
        "proquest-labelled-export.txt": "ProQuest export",
        "newsbank-record-export.txt": "NewsBank export",
    }
    for name, kind in kinds.items():
        found = read_export(_lines(name))
        assert found is not None, name
        assert found.capture.kind == kind


def test_a_story_that_quotes_field_labels_is_no_export():
    assert read_export(_lines("database-labels-in-story-not-an-export.txt")) is None


def test_the_header_and_the_index_fields_are_the_wrapper_and_the_story_is_not():
    lines = _lines("factiva-field-codes-export.txt")
    found = read_export(lines)
    assert found is not None
    cap = found.capture
    lp = lines.index("LP")
    td = lines.index("TD")
    assert all(cap.wrapper[i] for i in range(lp + 1) if lines[i])
    assert cap.wrapper[td]
    assert not cap.wrapper[lp + 1] and lines[lp + 1].startswith("SANTIAGO, Oct 9 (Reuters) -")
    co = lines.index("CO")
    assert all(cap.wrapper[i] for i in range(co, len(lines)) if lines[i])
    assert found.headline == "Chile copper output falls as strike hits northern mine"
    assert found.byline == "By Rosalia Vendramin"


def test_the_lexisnexis_fields_give_headline_byline_and_dateline():
    found = read_export(_lines("lexisnexis-classic-ap-export.txt"))
    assert found is not None
    assert found.headline == "Senate panel backs wider rural phone subsidy"
    assert found.byline == "By MARGARET T. OLSEN, Associated Press Writer"
    assert found.dateline == "WASHINGTON"
    lines = found.capture.lines
    load = lines.index("LOAD-DATE: March 23, 1994")
    assert found.capture.wrapper[load] and found.capture.wrapper[lines.index("LANGUAGE: ENGLISH")]


def test_a_dateline_field_is_used_only_when_the_story_opens_without_one():
    text = (ARTICLES / "nexis-uni-dateline-field-only.txt").read_text(encoding="utf-8")
    parsed = parse_wire_text(text, None)
    assert parsed.dateline is not None and parsed.dateline.raw == "PORT ELWYN, June 3"
    assert parsed.body[0].startswith("The port authority has ordered")
    assert parsed.body[-1] == "The review is due to report by the end of August."


def test_inverted_author_lists():
    assert inverted_authors("Marsh, Daniel; Kirby, Ellen A.") == ["Daniel Marsh", "Ellen A. Kirby"]
    assert inverted_authors("Brennan, Oona") == ["Oona Brennan"]
    assert inverted_authors("The Washington Post; Washington, D.C.") == []
    assert inverted_authors("") == []
