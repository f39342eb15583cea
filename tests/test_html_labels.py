"""Acceptance: HTML extraction against the hand labels of real pages (fixtures/html-pages/,
pages in ../shared/dev-corpus/html/), scored with the dev corpus' own comparison rules
(score.py). At least 0.95 on each of headline, bylines, dateline and photo credits."""

from __future__ import annotations

import importlib.util

import pytest

from repo_paths import FIXTURES, REPO

CORPUS = REPO.parent / "shared" / "dev-corpus"
LABELS = FIXTURES / "html-pages"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "score.py").exists() or not (CORPUS / "html").is_dir(),
    reason="../shared/dev-corpus (the real pages and score.py) is not beside the repository",
)


def _scoring():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "score_html", REPO / "benchmarks" / "score_html.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labelled_pages_score_at_least_095_on_every_field():
    scoring = _scoring()
    scorer, results = scoring.score_all(LABELS, CORPUS / "html")
    assert len(results) >= 40
    table = scoring.summary(scorer, results)
    low = {f: round(row["accuracy"], 3) for f, row in table.items() if row["accuracy"] < 0.95}
    assert not low, f"fields below 0.95 over {len(results)} labelled pages: {low}"
