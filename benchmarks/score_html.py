#!/usr/bin/env python3
"""Score HTML extraction against the hand labels in fixtures/html-pages/.

Each label NNN.expected.json is compared, with the dev corpus' own rules
(../shared/dev-corpus/score.py: score_case, text_norm, byline_key, credit_key), with the
record `archiver extract --json` gives for ../shared/dev-corpus/html/NNN.html.gz (the same
function, run in this process). No reference date is given: the page's own publication
date supplies the dateline's year, as it would for `archiver extract --json PAGE.html`.

    python benchmarks/score_html.py [-v] [--labels DIR] [--pages DIR] [--cli]

--cli runs the real command per page (slower; the same result). Prints per-field accuracy,
accuracy where the label is non-empty, and the mean.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "dev-corpus"


def load_scorer(corpus: Path = CORPUS):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dev_corpus_score", corpus / "score.py")
    assert spec and spec.loader, corpus
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_for(page: Path, cli: bool = False) -> dict | None:
    if cli:
        proc = subprocess.run(
            ["archiver", "extract", "--json", str(page)], capture_output=True, timeout=60
        )
        return json.loads(proc.stdout) if proc.returncode == 0 else None
    from archiver.extract import extract_path

    return extract_path(page).to_dict()


def score_all(labels: Path, pages: Path, cli: bool = False, verbose: bool = False):  # type: ignore[no-untyped-def]
    scorer = load_scorer(pages.parent)
    results = []
    for label in sorted(labels.glob("*.expected.json")):
        case = label.name.split(".")[0]
        expected = json.loads(label.read_text(encoding="utf-8"))
        page = pages / (expected.get("page") or f"{case}.html.gz")
        try:
            record = record_for(page, cli)
        except Exception as exc:  # a crash scores 0 on every field, as in score.py
            print(f"{case}: ERROR {exc!r}", file=sys.stderr)
            record = None
        fields = scorer.score_case(record, expected)
        results.append((case, expected, record, fields))
        if verbose:
            for f, ok in fields.items():
                if not ok:
                    print(
                        f"{case}: {f:<16} expected {scorer.field_value(expected, f)!r} "
                        f"got {scorer.field_value(record, f)!r}"
                    )
    return scorer, results


def summary(scorer, results) -> dict[str, dict[str, float | int]]:  # type: ignore[no-untyped-def]
    out = {}
    for f in scorer.FIELDS:
        scored = [(fields[f], exp) for _, exp, _, fields in results if f in fields]
        nonempty = [ok for ok, exp in scored if scorer.field_value(exp, f) not in (None, "", [])]
        out[f] = {
            "accuracy": sum(ok for ok, _ in scored) / len(scored) if scored else 0.0,
            "n": len(scored),
            "nonempty_accuracy": sum(nonempty) / len(nonempty) if nonempty else float("nan"),
            "nonempty_n": len(nonempty),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--labels", type=Path, default=REPO / "fixtures" / "html-pages")
    ap.add_argument("--pages", type=Path, default=CORPUS / "html")
    ap.add_argument("--cli", action="store_true", help="run `archiver extract --json` per page")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every mismatch")
    args = ap.parse_args()
    scorer, results = score_all(args.labels, args.pages, args.cli, args.verbose)
    table = summary(scorer, results)
    print(f"per-field accuracy over {len(results)} labelled pages (non-empty labels in brackets):")
    for f, row in table.items():
        print(
            f"  {f:<16} {row['accuracy']:.3f} ({row['n']})   "
            f"[{row['nonempty_accuracy']:.3f} of {row['nonempty_n']}]"
        )
    mean = sum(r["accuracy"] for r in table.values()) / len(table)
    print(f"html extraction: {mean:.3f} mean field accuracy over {len(results)} pages")


if __name__ == "__main__":
    main()
