"""Golden tests: every fixture article in fixtures/articles/ against its hand-written record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from archiver.extract import extract_path
from repo_paths import FIXTURES

ARTICLES = sorted((FIXTURES / "articles").glob("*.expected.json"))


def _source(expected_file: Path) -> Path:
    return expected_file.with_name(expected_file.name.replace(".expected.json", ".txt"))


def test_there_are_at_least_forty_golden_articles():
    assert len(ARTICLES) >= 40
    assert all(_source(e).exists() for e in ARTICLES)


@pytest.mark.parametrize("expected_file", ARTICLES, ids=lambda p: p.name.split(".")[0])
def test_golden_article(expected_file: Path):
    spec = json.loads(expected_file.read_text(encoding="utf-8"))
    ref = spec.get("reference_date")
    article = extract_path(
        _source(expected_file),
        reference_date=dt.date.fromisoformat(ref) if ref else None,
        language=spec.get("language"),
    )
    exp = spec["expected"]
    got = article.to_dict()
    assert got["headline"] == exp["headline"]
    assert got["bylines"] == exp["bylines"]
    assert got["byline_raw"] == exp["byline_raw"]
    assert got["dateline"] == exp["dateline"]
    assert got["photos"] == exp["photos"]
    assert len(got["body"]) == exp["body_count"]
    if exp["body_count"]:
        assert got["body"][0] == exp["body_first"]
        assert got["body"][-1] == exp["body_last"]
    assert got["language"] == exp["language"]
    codes = {w["code"] for w in got["warnings"]}
    assert set(exp.get("warning_codes", [])) <= codes
    if "encoding" in spec:
        expected_enc = {"utf-16": ("utf-16-le", "utf-16-be")}.get(
            spec["encoding"], (spec["encoding"],)
        )
        assert got["source"]["encoding"] in expected_enc
