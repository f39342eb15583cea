#!/usr/bin/env python3
"""Export benchmark (run by hand, not in CI): `archiver export --jobs 2` against validation.

2,000 bags are made once with `archiver package` (articles generated from the fixtures, as in
benchmarks/run.py). Then, taking turns run by run, the median wall time of:

* validate: `archiver validate --jobs 2` over the 2,000 bags (the baseline: every export
  validates its bag in full first, so exporting cannot be cheaper per bag);
* export: `archiver export --to TARGET --jobs 2` over the same bags, for each target, into a
  fresh OUTDIR every run (nothing deleted between runs, as in run.py).

Goal: every export at least as fast as validating (ratio validate_s / export_s >= 1.0): the
issue names mets, dspace-saf and archivematica; ocfl (a storage root that ocfl-py writes
object by object) is measured and reported too, in a phase of its own after the others, with
its own validate runs (see bench_export). With --zip, the zip forms of dspace-saf and
archivematica (a user's option, one file a bag) are measured as well, beside the defaults.

Every run's CPU (user and system seconds of the command and its worker processes) is kept
in the JSON beside its wall time: on this machine's file system (ext4 without a journal) a
new inode costs about 15 us of system time, or 200-400 us in the minutes after many files
were deleted nearby (ext4 skips recently deleted inodes one by one), so an export that makes
17 inodes a bag can swing by seconds from one run to the next; the system seconds show it.

Usage: python benchmarks/export.py [--quick] [--runs 5] [--targets mets,ocfl] [--zip]
                                  [--out benchmarks/results/export.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (  # noqa: E402 - the benchmark helpers live beside this script
    RAW_TIMES,
    REPO,
    _env,
    make_articles,
    median_times,
    package_command,
    run_measured,
)

TARGETS = ("mets", "dspace-saf", "archivematica", "ocfl")
ZIPPABLE = ("dspace-saf", "archivematica")
CPU: dict[str, list[tuple[float, float]]] = {}  # contender -> (user s, system s) per run


def timed(name: str, cmd: list[str], env: dict[str, str]) -> float:
    """The command's wall time; its CPU (with its worker processes') kept in CPU[name]."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=_env(env))
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            err.seek(0)
            raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{err.read()[-2000:]!r}")
    CPU.setdefault(name, []).append((round(usage.ru_utime, 3), round(usage.ru_stime, 3)))
    return elapsed


ENV = {"SOURCE_DATE_EPOCH": "1416355200", "ARCHIVER_SCHEMAS": ""}


def bench_export(
    tmp: Path, count: int, runs: int, schemas: str | None, targets: tuple[str, ...] = TARGETS
) -> dict:
    articles = make_articles(tmp / "articles", count)
    (tmp / "articles.txt").write_text("".join(f"{p}\n" for p in articles))
    bags_dir = tmp / "bags"
    run_measured(package_command(tmp / "articles.txt", bags_dir), ENV)
    bags = sorted(p for p in bags_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    (tmp / "bags.txt").write_text("".join(f"{p}\n" for p in bags))
    env = {**ENV, "ARCHIVER_SCHEMAS": schemas or ""}
    validate = [sys.executable, "-m", "archiver", "validate", "--jobs", "2"]
    validate += [str(p) for p in bags]
    counter = {"n": 0}

    def exporter(target: str):  # type: ignore[no-untyped-def]
        name, *extra = target.split()

        def run() -> float:
            counter["n"] += 1
            out = tmp / f"out-{name}-{counter['n']}"
            cmd = [sys.executable, "-m", "archiver", "export", "--to", name, "--jobs", "2"]
            cmd += [*extra, "--quiet", "--from-list", str(tmp / "bags.txt"), "-o", str(out)]
            return timed(target, cmd, env)

        return run

    # Two phases, each with its own validate baseline taking turns with its exports. OCFL
    # comes last, in a phase of its own: ocfl-py builds each object in a work folder that is
    # then deleted (about 20,000 files and folders a run), and on ext4 without a journal every
    # new inode for a minute or more after that skips the recently deleted ones one by one
    # (`recently_deleted`), which doubled the system time of whichever export ran next. That
    # is ocfl's after-effect on the file system, not a cost of the export measured after it.
    phases = [tuple(t for t in targets if t != "ocfl"), tuple(t for t in targets if t == "ocfl")]
    result: dict = {"bags": len(bags), "schemas": bool(schemas)}
    for phase, phase_targets in enumerate(p for p in phases if p):
        baseline = "validate" if phase == 0 else "validate (ocfl phase)"
        contenders = {baseline: (lambda b=baseline: timed(b, validate, env), None)}
        contenders.update({t: (exporter(t), None) for t in phase_targets})
        medians = median_times(contenders, runs)
        if phase == 0:
            result["validate_s"], result["validate_cpu_s"] = medians[baseline], CPU[baseline]
        for target in phase_targets:
            result[target] = {
                "export_s": medians[target],
                "bags_per_s": len(bags) / medians[target],
                "validate_s": medians[baseline],  # the baseline of its own phase
                "ratio": medians[baseline] / medians[target],
                "goal": ">= 1.0" if target in TARGETS else "none (a user's option)",
                "cpu_s": CPU[target],  # (user, system) per run, in the order of raw_times_s
            }
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="200 bags, one run")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--targets", default=",".join(TARGETS), help="comma-separated (default: all four)"
    )
    ap.add_argument("--zip", action="store_true", help="also the zip forms (TARGET --zip)")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "export.json")
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    count = 200 if args.quick else 2000
    schemas = os.environ.get("ARCHIVER_SCHEMAS") or str(REPO.parent / "shared" / "schemas")
    schemas = schemas if Path(schemas, "mets-premis").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="archiver-bench-export-") as tmpdir:
        targets = tuple(t for t in args.targets.split(",") if t)
        if args.zip:
            targets += tuple(f"{t} --zip" for t in targets if t in ZIPPABLE)
        results = bench_export(Path(tmpdir), count, runs, schemas, targets)
    results.update({"runs": runs, "cpus": os.cpu_count(), "raw_times_s": RAW_TIMES})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"validate {results['bags']} bags (--jobs 2): {results['validate_s']:.2f}s")
    for target in targets:
        r = results[target]
        print(
            f"export --to {target:<20} {r['export_s']:.2f}s  {r['bags_per_s']:.0f} bags/s  "
            f"{r['ratio']:.2f}x validate (goal {r['goal']})"
        )
    print(f"JSON: {args.out}")


if __name__ == "__main__":
    main()
