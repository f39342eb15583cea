#!/usr/bin/env python3
"""Body text of real web pages: archiver's paragraphs against trafilatura's own output.

For each page of ../shared/dev-corpus/html/ (NNN.html.gz with its articleBody ground truth
in NNN.expected.json), word-level F1 of

  - archiver: `archiver extract --json PAGE` body paragraphs, joined;
  - trafilatura: `trafilatura.extract(page)` with its default settings;

against articleBody. Words are Unicode word runs, case-folded, compared as multisets
(precision = shared words / predicted words, recall = shared words / true words). Prints the
mean precision, recall and F1 of each, and how many pages each wins.

    python benchmarks/html_body_f1.py [--pages DIR] [--json FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO.parent / "shared" / "dev-corpus" / "html"
_WORD = re.compile(r"\w+")


def words(text: str) -> Counter[str]:
    return Counter(w.casefold() for w in _WORD.findall(text or ""))


def prf(predicted: str, truth: str) -> tuple[float, float, float]:
    p, t = words(predicted), words(truth)
    shared = sum((p & t).values())
    precision = shared / sum(p.values()) if p else 0.0
    recall = shared / sum(t.values()) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def archiver_body(page: Path) -> str:
    from archiver.extract import extract_path

    return "\n".join(extract_path(page, language="en").body)


def trafilatura_body(page: Path) -> str:
    import trafilatura

    from archiver.extract.html.decode import decode_html

    text, _, _ = decode_html(gzip.decompress(page.read_bytes()))
    return trafilatura.extract(text) or ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--json", type=Path, default=None, help="write per-page figures here")
    args = ap.parse_args()
    rows = []
    for truth_file in sorted(args.pages.glob("*.expected.json")):
        case = truth_file.name.split(".")[0]
        truth = json.loads(truth_file.read_text(encoding="utf-8"))["articleBody"]
        page = args.pages / f"{case}.html.gz"
        ours, theirs = prf(archiver_body(page), truth), prf(trafilatura_body(page), truth)
        rows.append({"case": case, "archiver": ours, "trafilatura": theirs})
    n = len(rows)
    print(f"body word-level F1 over {n} pages (mean precision / recall / F1):")
    for who in ("archiver", "trafilatura"):
        p, r, f = (sum(row[who][i] for row in rows) / n for i in range(3))
        print(f"  {who:<12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    better = sum(row["archiver"][2] > row["trafilatura"][2] + 1e-9 for row in rows)
    worse = sum(row["archiver"][2] < row["trafilatura"][2] - 1e-9 for row in rows)
    print(f"  archiver better on {better} pages, worse on {worse}, equal on {n - better - worse}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
