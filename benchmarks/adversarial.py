#!/usr/bin/env python3
"""Extraction on adversarial articles: time must grow linearly with the article's size.

Each case is an article built to hit one place where a parser can go quadratic or worse: a
line repeating a credit phrase ("photo by A " thousands of times) for regular expressions
that backtrack over a line, 100,000 short lines for code that copies or rescans the rest of
the line list per line, thousands of distinct captions for photo merging that compares each
new photo with all earlier ones, and a few more (long header runs, one huge line, capitals
everywhere). Every case is run at 1x, 4x and 16x its base size (16x is just under 1 MB);
the growth ratio between steps is about 4 when the cost is linear, 16 when quadratic.

`extract_bytes` is timed in this process (CPU time, the best of 3 runs, after one warm-up
run that also loads the language model and the gazetteer), including decoding and language
detection, as `archiver extract` runs it. The answers the extractor keeps for lines asked
about again (`extract.memo`) are forgotten before every run, so each run costs what reading
that article costs a new process: kept from the run before, they made a size whose lines
all fit in the caches look several times cheaper than one whose lines did not.

Usage: python benchmarks/adversarial.py [--base-kib 60] [--runs 3] [--json FILE]
Goals: every growth ratio under 6 (linear, with room for noise), every case under 1 MB
under 1 second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable

from archiver.extract import extract_bytes
from archiver.extract.memo import clear_all

HEAD = "Storm hits the coast\n\nBy Jane Roe\n\n"


def _repeat_to(unit: str, size: int, head: str = "") -> str:
    return head + unit * max(1, (size - len(head)) // len(unit))


def credit_phrase_line(size: int) -> str:
    """One caption line repeating a credit phrase, no closing credit: backtracking bait."""
    return _repeat_to("photo by A ", size, HEAD) + "\n"


def credit_phrase_slashes(size: int) -> str:
    return _repeat_to("Photo: A/B ", size, HEAD) + "x\n"


def short_lines(size: int) -> str:
    """Very many short lines (one word each): per-line rescans of the rest are quadratic."""
    return _repeat_to("word\n", size, HEAD)


def blank_separated_lines(size: int) -> str:
    return _repeat_to("Share\n\nx\n\n", size, HEAD)


def _numbered_lines(size: int, line: Callable[[int], str], tail: str = "") -> str:
    """HEAD, then line(0), line(1), ... up to `size` characters, then `tail`."""
    parts = [HEAD]
    total = len(HEAD)
    k = 0
    while total < size:
        parts.append(line(k))
        total += len(parts[-1])
        k += 1
    return "".join(parts) + tail


def distinct_captions(size: int) -> str:
    """Thousands of different captions, each with a credit: photo merging bait."""
    return _numbered_lines(
        size,
        lambda k: f"Caption number {k} shows the flooded street at dawn. Photo by Jane Roe/UPI\n",
        "\nSEOUL, Nov. 19 (UPI) -- Body.\n",
    )


def same_prefix_captions(size: int) -> str:
    """Captions sharing their first 40+ characters (one bucket of the photo index)."""
    return _numbered_lines(
        size,
        lambda k: (
            f"The flooded street at dawn, seen from the bridge, picture {k}. Photo by J Roe/UPI\n"
        ),
    )


def gallery_lines(size: int) -> str:
    return _numbered_lines(
        size,
        lambda k: (
            f"{k % 9999 + 1} of 9999 | Scene {k} on the coast. Photo by Jane Roe/UPI | License Photo\n"
        ),
    )


def one_huge_line(size: int) -> str:
    """A single line of prose with no line breaks."""
    return _repeat_to("The storm moved north on Monday, officials said. ", size, HEAD) + "\n"


def capitals_and_dashes(size: int) -> str:
    """A header of capitals and dashes: every line looks a little like a dateline."""
    return _repeat_to("NEW YORK CITY HALL - NEW YORK - \n", size)


def byline_like_lines(size: int) -> str:
    return _repeat_to("By Jane Roe and John Smith and Ann Lee, Staff Writers\n", size, "Storm\n\n")


def no_spaces(size: int) -> str:
    return "A" * size + "\n"


CASES: dict[str, Callable[[int], str]] = {
    "credit phrase repeated on one line": credit_phrase_line,
    "credit with slashes repeated": credit_phrase_slashes,
    "short lines": short_lines,
    "chrome and blank lines": blank_separated_lines,
    "distinct captions": distinct_captions,
    "captions with one prefix": same_prefix_captions,
    "gallery lines": gallery_lines,
    "one huge line": one_huge_line,
    "capitals and dashes": capitals_and_dashes,
    "byline-like lines": byline_like_lines,
    "no spaces": no_spaces,
}


def time_extract(data: bytes, runs: int) -> float:
    """The best of `runs` CPU times (process time: what the extraction costs, not how busy
    the machine is; on an idle machine wall time is the same within a few percent)."""
    best = float("inf")
    for _ in range(runs):
        clear_all()
        start = time.process_time()
        extract_bytes(data, path="adversarial.txt")
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-kib", type=int, default=60, help="1x size (16x = 16 times it)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args()
    base = args.base_kib * 1024
    extract_bytes(HEAD.encode() + b"SEOUL (UPI) -- warm-up.\n", path="warm-up.txt")
    from archiver.extract.gazetteer import preload

    preload()
    rows = []
    worst_ratio = 0.0
    worst_time = 0.0
    print(f"{'case':<36} {'1x':>9} {'4x':>9} {'16x':>9} {'4x/1x':>6} {'16x/4x':>6}")
    for name, make in CASES.items():
        times = []
        sizes = []
        for factor in (1, 4, 16):
            data = make(base * factor).encode("utf-8")
            sizes.append(len(data))
            times.append(time_extract(data, args.runs))
        # ratios of time per byte (sizes differ a little from exact multiples)
        r1 = (times[1] / sizes[1]) / (times[0] / sizes[0]) * 4
        r2 = (times[2] / sizes[2]) / (times[1] / sizes[1]) * 4
        worst_ratio = max(worst_ratio, r1, r2)
        if sizes[2] < 1024 * 1024:
            worst_time = max(worst_time, times[2])
        rows.append({"case": name, "bytes": sizes, "seconds": times, "ratios": [r1, r2]})
        print(
            f"{name:<36} {times[0]:>8.3f}s {times[1]:>8.3f}s {times[2]:>8.3f}s {r1:>6.1f} {r2:>6.1f}"
        )
    print(f"worst growth ratio per 4x: {worst_ratio:.1f} (linear ~4, quadratic ~16)")
    print(f"slowest case under 1 MB: {worst_time:.3f} s (goal < 1 s)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"base_bytes": base, "cases": rows}, fh, indent=1)
    return 0 if worst_ratio < 6 and worst_time < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
