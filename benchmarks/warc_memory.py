#!/usr/bin/env python3
"""Packaging a web archive: peak memory must not grow with the number of pages it holds.

Two WARCs are written from the real pages of the shared dev corpus (each page captured
several times under distinct URLs): one of N pages and one of 4N. Each is packaged by
`archiver package WARC -o OUT` in a fresh process and the peak RSS of that process is
measured (`wait4`). Articles are prepared and bagged one at a time, so the 4N archive should
need about the memory of the N one, not four times the page data.

Usage: python benchmarks/warc_memory.py [--pages 100] [--json FILE]
Goal: peak RSS at 4N at most 1.15x the peak RSS at N.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import peak_rss  # noqa: E402 - the benchmark helpers live beside this script

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "dev-corpus" / "html"


def write_warc(path: Path, count: int) -> int:
    """A WARC of `count` page captures; returns its uncompressed page bytes."""
    pages = []
    for page in sorted(CORPUS.glob("*.html.gz")):
        meta = json.loads(
            page.with_name(page.name.replace(".html.gz", ".expected.json")).read_text()
        )
        pages.append((meta["url"], gzip.decompress(page.read_bytes())))
    total = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for k in range(count):
            url, body = pages[k % len(pages)]
            body = body.replace(b"</body>", f"<!-- capture {k} --></body>".encode())
            total += len(body)
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"{url}?capture={k}", "response", payload=io.BytesIO(body), http_headers=http
            )
            writer.write_record(record)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result: dict = {"goal": "rss_4n <= 1.15 x rss_n"}
    with tempfile.TemporaryDirectory() as tmp:
        for label, count in (("n", args.pages), ("4n", 4 * args.pages)):
            warc = Path(tmp) / f"crawl-{count}.warc.gz"
            page_bytes = write_warc(warc, count)
            cmd = [sys.executable, "-m", "archiver", "package", str(warc), "--quiet"]
            cmd += ["--reference-date", "2024-01-01", "-o", str(Path(tmp) / f"out-{count}")]
            # peak_rss starts the command from a small fresh interpreter: Linux carries a
            # parent's peak RSS into its child, so measured from this script (which has just
            # written the WARC) both sizes would report at least this script's own peak
            start = time.perf_counter()
            rss = peak_rss(cmd, {"SOURCE_DATE_EPOCH": "1416355200"})
            seconds = time.perf_counter() - start
            result[label] = {
                "pages": count,
                "page_mib": round(page_bytes / 2**20, 1),
                "seconds": round(seconds, 1),
                "peak_rss_mib": round(rss / 2**20, 1),
            }
    result["ratio"] = round(result["4n"]["peak_rss_mib"] / result["n"]["peak_rss_mib"], 3)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if result["ratio"] <= 1.15 else 1


if __name__ == "__main__":
    sys.exit(main())
