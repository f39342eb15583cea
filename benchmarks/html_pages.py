#!/usr/bin/env python3
"""Web pages: CPU time to extract a real page, with and without reading RDFa on every page.

RDFa is read for one fact, a licence, and pyRdfa builds a graph of the whole page to find
it; `structured._may_state_rdfa_licence` skips it on a page none of whose attributes holds
"license" (tests/test_extract_fast_paths.py pins that the answers are the same). This script
keeps that shortcut honest: it extracts the 120 pages of the shared dev corpus
(`../shared/dev-corpus/html/`) both ways, taking turns run by run, and reports CPU seconds
per page (`time.process_time`, the best of the runs) and the ratio.

Usage: python benchmarks/html_pages.py [--runs 3] [--json FILE]
Goal: the shortcut at least 1.5x faster per page than reading RDFa on every page.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from archiver.extract import extract_bytes
from archiver.extract.html import structured

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus" / "html"


def _cpu_per_page(pages: list[bytes]) -> float:
    start = time.process_time()
    for page in pages:
        extract_bytes(page, path="page.html", language="en")
    return (time.process_time() - start) / len(pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(CORPUS.glob("*.html.gz"))]
    if not pages:
        print(f"no pages in {CORPUS}", file=sys.stderr)
        return 2
    shortcut = structured._may_state_rdfa_licence
    _cpu_per_page(pages[:5])  # warm-up: imports, language model, gazetteer
    fast, slow = [], []
    for _ in range(args.runs):
        structured._may_state_rdfa_licence = shortcut
        fast.append(_cpu_per_page(pages))
        structured._may_state_rdfa_licence = lambda _tree: True
        slow.append(_cpu_per_page(pages))
    structured._may_state_rdfa_licence = shortcut
    result = {
        "pages": len(pages),
        "cpu_s_per_page": min(fast),
        "cpu_s_per_page_rdfa_always": min(slow),
        "ratio": min(slow) / min(fast),
        "goal": ">= 1.5",
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["ratio"] >= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
