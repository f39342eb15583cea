#!/usr/bin/env python3
"""Speed and memory benchmarks for archiver (run by hand, not in CI).

Every figure is a ratio against a baseline measured in the same run, on the same machine:

1. package: N articles (generated from the fixtures, each distinct), `--jobs 2`, sha256 + sha512,
   articles/s against a one-process loop of `bagit.make_bag` over the same articles already laid
   out as payload folders. Goal: ratio >= 1.0.
2. validate: a 512 MiB bag of 1,000 files and a bag of 10,000 files of 8 KiB (sha256 + sha512),
   time against the floor (a script that only reads each file once and updates sha256 and
   sha512, in 2 processes) and against `bagit.py --validate --processes 2`.
   Goals: <= 1.10x the floor on the large bag, <= 1.5x on the small-file bag.
3. memory: peak RSS packaging 20,000 articles within 1.2x of the peak for 2,000; validating a
   bag of 100,000 small files under 200 MB.

Usage: python benchmarks/run.py [--quick] [--runs 5] [--out benchmarks/results/latest.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"


# ---------------------------------------------------------------- measuring helpers
def run_measured(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall time and the peak RSS (bytes) of the command's process tree's largest member.

    The peak is never below this script's own RSS when the command started (see
    PEAK_LAUNCHER): memory figures come from `peak_rss`.
    """
    # stderr goes to a file, not a pipe: bagit.py logs a line per file and would block on a
    # full pipe that nobody reads until it exits
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=_env(env))
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    if code not in (0,):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{stderr[-2000:]}")
    return elapsed, usage.ru_maxrss * 1024


# Linux counts in a process's peak RSS the memory of the process it was forked from (at exec
# the replaced address space's high-water mark is kept), so a command started by this script,
# which by the memory benchmark holds its bags' data and archiver's extraction models, reported
# this script's size: `/bin/true` started after allocating 300 MB here reports 313 MB, and
# packaging 2,000 and 20,000 articles both reported 152.9 MB. A fresh, small interpreter
# starts the command instead and writes its peak (wait4) to the file named first.
PEAK_LAUNCHER = (
    "import os, subprocess, sys; p = subprocess.Popen(sys.argv[2:]); "
    "_, status, usage = os.wait4(p.pid, 0); "
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss)); "
    "sys.exit(os.waitstatus_to_exitcode(status))"
)


def peak_rss(cmd: list[str], env: dict[str, str] | None = None) -> int:
    """The peak RSS (bytes) of the command's process tree's largest member, the command
    started by PEAK_LAUNCHER so that this script's own size does not count."""
    with tempfile.TemporaryDirectory(prefix="archiver-peak-") as tmp:
        out = Path(tmp) / "peak"
        run_measured([sys.executable, "-c", PEAK_LAUNCHER, str(out), *cmd], env)
        return int(out.read_text()) * 1024


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    """The environment for every measured command: as an installed tool runs, with its
    bytecode cached (a shell that sets PYTHONDONTWRITEBYTECODE would make every run of the
    bigger program recompile it)."""
    env = {**os.environ, **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def package_command(list_file: Path, out: Path) -> list[str]:
    """`archiver package` as the benchmarks run it: 2 jobs, quiet, articles from a list."""
    cmd = [sys.executable, "-m", "archiver", "package", "--jobs", "2", "--quiet"]
    return [*cmd, "--from-list", str(list_file), "-o", str(out)]


def median_times(contenders: dict, runs: int) -> dict[str, float]:
    """The median wall time of each contender, {name: (run, prepare or None)}.

    The contenders take turns (A B C, A B C, ...) so that a machine whose speed drifts over
    the minutes of a benchmark (a shared disk, a busy neighbour) slows them alike; each run is
    prepared (untimed) and then settled before its clock starts.
    """
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(runs):
        for name, (fn, prepare) in contenders.items():
            if prepare is not None:
                prepare()
            settle()
            times[name].append(fn())
    RAW_TIMES.append({name: [round(t, 4) for t in values] for name, values in times.items()})
    return {name: statistics.median(values) for name, values in times.items()}


RAW_TIMES: list[dict[str, list[float]]] = []  # every run's time, for the JSON report


def settle() -> None:
    """Write out what was left dirty before the clock starts, so that no run pays for writes
    it did not make: the baseline's payload folders, the previous run's deleted output.

    The bagging loop never flushes; archiver flushes its bags (syncfs), and without this its
    flush would also write out what the previous contender left in the page cache.
    """
    os.sync()


def drop_caches_hint() -> None:
    """Reads are measured warm (page cache) for every contender alike."""


# ---------------------------------------------------------------- inputs
def fixture_texts() -> list[str]:
    sys.path.insert(0, str(REPO / "src"))
    from archiver.warc.framing import is_warc

    texts = []
    for path in sorted(FIXTURES.rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        # a WARC/WET record saved as text is read as the record it is (the reader's own test):
        # a paragraph appended to it would overrun its Content-Length, a damaged record
        if not is_warc(text[:64].encode("utf-8")):
            texts.append(text)
    return texts


def make_articles(directory: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` distinct articles: fixture texts with a numbered, varied paragraph appended."""
    rng = random.Random(seed)
    texts = fixture_texts()
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        base = texts[i % len(texts)]
        extra = (
            f"\n\nArchive copy {i}: "
            + " ".join(rng.choice(base.split() or ["x"]) for _ in range(30))
            + "."
        )
        p = directory / f"article-{i:06d}.txt"
        p.write_text(base.rstrip("\n").replace("Latest Headlines", "") + extra, encoding="utf-8")
        paths.append(p)
    return paths


def layout_payload_folders(articles: list[Path], root: Path) -> list[Path]:
    """The baseline's input: each article already as a folder of the files a bag would hold."""
    sys.path.insert(0, str(REPO / "src"))
    from archiver.config import Config
    from archiver.extract import extract_path
    from archiver.normalize import render_documents
    from archiver.record import record_json

    folders = []
    for path in articles:
        article = extract_path(path)
        folder = root / path.stem
        (folder / "original").mkdir(parents=True)
        (folder / "metadata").mkdir()
        shutil.copyfile(path, folder / "original" / path.name)
        docs = render_documents(article, Config())
        (folder / "newsml.xml").write_bytes(docs["newsml.xml"])
        (folder / "metadata" / "dc.xml").write_bytes(docs["dc.xml"])
        (folder / "metadata" / "dcterms.xml").write_bytes(docs["dcterms.xml"])
        (folder / "metadata" / "article.json").write_bytes(record_json(article))
        folders.append(folder)
    return folders


def bagit_loop(folders: list[Path]) -> None:
    import bagit

    for folder in folders:
        bagit.make_bag(
            str(folder), {"Source-Organization": "bench"}, checksums=["sha256", "sha512"]
        )


def make_bag_of_files(root: Path, count: int, size: int, seed: int = 3) -> Path:
    """A valid BagIt 1.0 bag of `count` random files of `size` bytes, sha256 + sha512."""
    rng = random.Random(seed)
    data_dir = root / "data"
    lines256, lines512 = [], []
    total = 0
    for i in range(count):
        sub = data_dir / f"d{i // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        blob = rng.randbytes(size)
        rel = f"data/d{i // 1000:03d}/f{i:06d}.bin"
        (root / rel).write_bytes(blob)
        lines256.append(f"{hashlib.sha256(blob).hexdigest()}  {rel}\n")
        lines512.append(f"{hashlib.sha512(blob).hexdigest()}  {rel}\n")
        total += size
    (root / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    (root / "bag-info.txt").write_text(
        f"Payload-Oxum: {total}.{count}\nSource-Organization: bench\n"
    )
    (root / "manifest-sha256.txt").write_text("".join(lines256))
    (root / "manifest-sha512.txt").write_text("".join(lines512))
    for alg in ("sha256", "sha512"):
        tag_lines = []
        for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"):
            digest = hashlib.new(alg, (root / name).read_bytes()).hexdigest()
            tag_lines.append(f"{digest}  {name}\n")
        (root / f"tagmanifest-{alg}.txt").write_text("".join(tag_lines))
    return root


def floor(bag: Path, processes: int = 2) -> float:
    """The floor script (benchmarks/floor.py), run like our command: a fresh interpreter."""
    return run_measured(
        [sys.executable, str(REPO / "benchmarks" / "floor.py"), str(bag), str(processes)]
    )[0]


# ---------------------------------------------------------------- benchmarks
def bench_package(tmp: Path, count: int, runs: int) -> dict:
    """Both contenders write every run into new folders and nothing is deleted until the end.

    Deleting tens of thousands of files between runs would make the next run's file creations
    slow (ext4 passes over recently deleted inodes when it allocates new ones, for a minute or
    more): the benchmark would measure its own clean-up. Each run gets fresh folders instead.
    """
    articles = make_articles(tmp / f"articles-{count}", count)
    env = {"SOURCE_DATE_EPOCH": "1416355200"}
    (tmp / "list.txt").write_text("".join(f"{p}\n" for p in articles))
    runs_done = {"ours": 0, "baseline": 0}

    def ours() -> float:
        runs_done["ours"] += 1
        out = tmp / f"out-pkg-{runs_done['ours']}"
        return run_measured(package_command(tmp / "list.txt", out), env)[0]

    folders: list[Path] = []

    def lay_out() -> None:  # the baseline's input, laid out before the clock starts
        runs_done["baseline"] += 1
        folders[:] = layout_payload_folders(articles, tmp / f"payloads-{runs_done['baseline']}")

    def baseline() -> float:
        start = time.perf_counter()
        bagit_loop(folders)
        return time.perf_counter() - start

    medians = median_times(
        {
            "baseline": (baseline, lay_out),
            "ours": (ours, None),
        },
        runs,
    )
    t_base, t_ours = medians["baseline"], medians["ours"]
    return {
        "articles": count,
        "baseline_s": t_base,
        "archiver_s": t_ours,
        "baseline_articles_per_s": count / t_base,
        "archiver_articles_per_s": count / t_ours,
        "ratio": t_base / t_ours,
        "goal": ">= 1.0",
    }


def bench_validate(tmp: Path, name: str, count: int, size: int, runs: int) -> dict:
    bag = make_bag_of_files(tmp / name, count, size)
    floor(bag)  # warm the page cache: every contender reads from memory alike
    bagit_py = shutil.which("bagit.py") or str(Path(sys.executable).parent / "bagit.py")
    ours = [sys.executable, "-m", "archiver", "validate", "--jobs", "2", str(bag)]
    reference = [sys.executable, bagit_py, "--validate", "--processes", "2", str(bag)]
    medians = median_times(
        {
            "floor": (lambda: floor(bag), None),
            "ours": (lambda: run_measured(ours)[0], None),
            "bagit_py": (lambda: run_measured(reference)[0], None),
        },
        runs,
    )
    t_floor, t_ours, t_bagit = medians["floor"], medians["ours"], medians["bagit_py"]
    return {
        "bag": name,
        "files": count,
        "file_bytes": size,
        "floor_s": t_floor,
        "archiver_s": t_ours,
        "bagit_py_s": t_bagit,
        "archiver_vs_floor": t_ours / t_floor,
        "bagit_py_vs_floor": t_bagit / t_floor,
    }


def bench_memory(tmp: Path, small: int, large: int, bag_files: int) -> dict:
    peaks = {}
    for count in (small, large):
        articles = make_articles(tmp / f"mem-articles-{count}", count, seed=count)
        lst = tmp / f"mem-list-{count}.txt"
        lst.write_text("".join(f"{p}\n" for p in articles))
        out = tmp / f"mem-out-{count}"
        peaks[count] = peak_rss(package_command(lst, out))
        shutil.rmtree(out, ignore_errors=True)
    bag = make_bag_of_files(tmp / "mem-bag", bag_files, 512)
    vpeak = peak_rss([sys.executable, "-m", "archiver", "validate", "--jobs", "2", str(bag)])
    return {
        f"package_peak_rss_{small}_mb": peaks[small] / 2**20,
        f"package_peak_rss_{large}_mb": peaks[large] / 2**20,
        "package_ratio": peaks[large] / peaks[small],
        "package_goal": "<= 1.2",
        f"validate_{bag_files}_files_peak_rss_mb": vpeak / 2**20,
        "validate_goal_mb": 200,
    }


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the script runs")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "latest.json")
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    scale = 20 if args.quick else 1
    results: dict = {"runs": runs, "cpus": os.cpu_count(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="archiver-bench-") as tmpdir:
        tmp = Path(tmpdir)
        results["package"] = bench_package(tmp, 2000 // scale, runs)
        print(
            f"package      {results['package']['ratio']:.2f}x the bagit.make_bag loop", flush=True
        )
        results["validate_large"] = bench_validate(tmp, "large", 1000 // scale, 512 * 1024, runs)
        print(
            f"validate big {results['validate_large']['archiver_vs_floor']:.2f}x floor", flush=True
        )
        results["validate_small"] = bench_validate(tmp, "small", 10000 // scale, 8192, runs)
        print(
            f"validate sml {results['validate_small']['archiver_vs_floor']:.2f}x floor", flush=True
        )
        results["memory"] = bench_memory(tmp, 2000 // scale, 20000 // scale, 100000 // scale)
    results["raw_times_s"] = RAW_TIMES  # package, validate large, validate small: every run
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    p, vl, vs, m = (
        results["package"],
        results["validate_large"],
        results["validate_small"],
        results["memory"],
    )
    rows = [
        (
            "package articles/s (jobs 2)",
            f"{p['archiver_articles_per_s']:.1f}",
            f"{p['baseline_articles_per_s']:.1f} (bagit loop)",
            f"{p['ratio']:.2f}x",
            ">= 1.0",
        ),
        (
            "validate 1,000 x 512 KiB",
            f"{vl['archiver_s']:.2f}s",
            f"{vl['floor_s']:.2f}s floor / {vl['bagit_py_s']:.2f}s bagit.py",
            f"{vl['archiver_vs_floor']:.2f}x floor",
            "<= 1.10",
        ),
        (
            "validate 10,000 x 8 KiB",
            f"{vs['archiver_s']:.2f}s",
            f"{vs['floor_s']:.2f}s floor / {vs['bagit_py_s']:.2f}s bagit.py",
            f"{vs['archiver_vs_floor']:.2f}x floor",
            "<= 1.5",
        ),
        ("peak RSS package 20k vs 2k", "", "", f"{m['package_ratio']:.2f}x", "<= 1.2"),
        ("peak RSS validate 100k files", f"{list(m.values())[4]:.0f} MB", "", "", "< 200 MB"),
    ]
    print(f"\n{'measure':<30} {'archiver':>10} {'baseline':>40} {'ratio':>12} {'goal':>8}")
    for r in rows:
        print(f"{r[0]:<30} {r[1]:>10} {r[2]:>40} {r[3]:>12} {r[4]:>8}")
    print(f"\nJSON: {args.out}")


if __name__ == "__main__":
    main()
