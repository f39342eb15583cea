"""Crashes and write errors during `archiver package`: never a partial bag, always restartable.

- SIGKILL at seeded random moments of a real `python -m archiver package` run over 20
  articles (its whole process group: parent and workers), with 1 or 2 jobs, with and without
  --serialize tar, and (slow) while --force replaces every bag. The moment is uniform over the
  working time of a clean run (see sigkill_trial; under 1.5 s after start here). Afterwards
  every visible entry of OUTDIR is byte for byte the bag (or archive) a clean run makes, and
  valid; a rerun of the same command exits 0 and leaves OUTDIR exactly as a clean run does, with
  no staging. 3 trials by default, 24 more with ARCHIVER_SLOW=1 (run with -s to see where each
  kill landed).
- A full disk, simulated with RLIMIT_FSIZE (CPython ignores SIGXFSZ, so a write past the limit
  fails with EFBIG) at every point of the bag where a write can first fail, and while writing the
  archive: one error line naming the bag, nothing partial left, not even a staging folder.
- Write errors at each step of building a bag and a destination that is (or becomes)
  read-only, simulated in-process: the same promises.
- Two (or three) runs at once on the same inputs and OUTDIR.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from faults_helpers import (
    ARTICLES,
    EPOCH,
    SAMPLE,
    archiver,
    env,
    leftovers,
    outdir_bytes,
    slow,
    tree_bytes,
    visible,
    wait_group_gone,
)

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.cli import main
from archiver.extract import extract_path
from archiver.packaging import bag_name

INPUTS = [str(SAMPLE), *[str(p) for p in ARTICLES[:: max(1, len(ARTICLES) // 19)][:19]]]
STATS: list[str] = []  # one line per SIGKILL trial, printed with -s


def package_args(out: Path, jobs: int, serialize: bool, force: bool = False) -> list[str]:
    extra = (["--serialize", "tar"] if serialize else []) + (["--force"] if force else [])
    return ["package", "--quiet", "-j", str(jobs), *extra, "-o", str(out), *INPUTS]


def start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "archiver", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env(),
        start_new_session=True,  # its own process group: a kill takes the workers too
    )


def _started(out: Path) -> bool:
    return out.exists()


def _building(out: Path) -> bool:
    """A staging folder has appeared: bags are being written."""
    try:
        return any(name.startswith(".archiver-staging-") for name in os.listdir(out))
    except FileNotFoundError:
        return False


PHASES = {"start": _started, "build": _building}


def wait_for(proc: subprocess.Popen, out: Path, phase: str, timeout: float = 60) -> float:
    """Wait until the run reaches a phase (or ends); return the time it did."""
    reached = PHASES[phase]
    deadline = time.monotonic() + timeout
    while not reached(out) and proc.poll() is None:
        assert time.monotonic() < deadline, f"package never reached {phase}"
        time.sleep(0.0005)
    return time.monotonic()


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory):
    """A clean, uninterrupted run per variant: OUTDIR's bytes and how long the work took."""
    root = tmp_path_factory.mktemp("reference")
    made: dict[tuple[int, bool], tuple[dict[str, dict[str, bytes]], dict[str, float]]] = {}

    def get(jobs: int, serialize: bool) -> tuple[dict[str, dict[str, bytes]], dict[str, float]]:
        if (jobs, serialize) not in made:
            out = root / f"out-{jobs}-{serialize}"
            proc = start(package_args(out, jobs, serialize))
            began = {phase: wait_for(proc, out, phase) for phase in PHASES}
            assert proc.wait(timeout=120) == 0
            ended = time.monotonic()
            work = {phase: ended - at for phase, at in began.items()}
            content = outdir_bytes(out)
            assert len([n for n in content if not n.endswith(".tar")]) == len(INPUTS)
            assert leftovers(out) == []
            for (_jobs, other_serialize), (other, _) in made.items():
                if other_serialize == serialize:
                    assert other == content  # the number of jobs never changes the bytes
            if not made:
                cli = archiver("validate", "--format", "json", *map(str, visible(out)))
                assert cli.returncode == 0, cli.stdout
            made[(jobs, serialize)] = (content, work)
        return made[(jobs, serialize)]

    return get


def assert_only_whole_entries(out: Path, expected: dict[str, dict[str, bytes]]) -> int:
    """Every visible entry of OUTDIR is a whole bag or archive, as a clean run makes it."""
    count = 0
    for entry in visible(out):
        assert entry.name in expected, f"unexpected entry {entry.name}"
        got = tree_bytes(entry)
        if entry.is_dir():
            report = validate_bag(entry, ValidateOptions())
            assert report.valid, (entry.name, report.findings)
        assert got == expected[entry.name], f"{entry.name} differs from a clean run's"
        count += 1
    return count


def sigkill_trial(tmp_path: Path, trial: int, clean_run, force: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Kill a run at a seeded random moment of its work, then check and rerun.

    The moment is drawn uniformly over a phase of a clean run of the same command, timed once:
    from the first staging folder to exit (3 trials in 4), or from OUTDIR's creation to exit
    (removing stale folders, loading, extracting); both well under 1.5 s here. So trials land
    anywhere in the work, not in the interpreter's start-up.
    """
    rng = random.Random(f"archiver-sigkill-{trial}")
    jobs = 1 + trial % 2
    serialize = trial % 3 == 2
    phase = "start" if trial % 4 == 3 else "build"
    expected, timing = clean_run(jobs, serialize)
    work = timing[phase] if timing[phase] > 0.01 else timing["start"]
    delay = rng.uniform(0.0, work)
    out = tmp_path / "out"
    args = package_args(out, jobs, serialize, force)
    if force:  # replace a complete OUTDIR: the old bags are renamed aside, then deleted
        assert archiver(*package_args(out, 2, serialize)).returncode == 0
    proc = start(args)
    wait_for(proc, out, phase)
    try:
        proc.wait(timeout=delay)
        killed = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        killed = True
    wait_group_gone(proc.pid)
    stale = leftovers(out)
    whole = assert_only_whole_entries(out, expected)

    rerun = archiver(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr
    assert outdir_bytes(out) == expected  # every bag completed, byte for byte
    assert leftovers(out) == []
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no locks left
    STATS.append(
        f"trial {trial}: {phase} + {delay:.3f}s of {work:.3f}s jobs {jobs} serialize {serialize} "
        f"force {force} "
        f"killed {killed} whole-before-rerun {whole}/{len(expected)} staging-left {len(stale)}"
    )
    print(STATS[-1])


@pytest.mark.parametrize("trial", range(3))
def test_sigkill_at_a_random_moment(tmp_path: Path, clean_run, trial: int):
    sigkill_trial(tmp_path, trial, clean_run)


@slow
@pytest.mark.parametrize("trial", range(3, 23))
def test_sigkill_at_a_random_moment_slow(tmp_path: Path, clean_run, trial: int):
    sigkill_trial(tmp_path, trial, clean_run)


@slow
@pytest.mark.parametrize("trial", range(100, 104))
def test_sigkill_while_force_replaces_slow(tmp_path: Path, clean_run, trial: int):
    sigkill_trial(tmp_path, trial, clean_run, force=True)


# -- full disk: RLIMIT_FSIZE ------------------------------------------------------------------


def _fsize_limit(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


# --language: language detection unpacks its model to a temporary file, which a full disk
# refuses (then the record says language-unknown); naming the language keeps the bag the same.
SAMPLE_ARGS = ("--language", "en")


@pytest.fixture(scope="module")
def sample_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "out"
    proc = archiver("package", *SAMPLE_ARGS, "--serialize", "tar", "-o", str(out), str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    (bag,) = [p for p in visible(out) if p.is_dir()]
    return bag


def _write_order_limits(bag: Path) -> list[tuple[str, int]]:
    """For each file that is the largest written so far, a limit one byte under its size."""
    order = [
        f"data/original/{SAMPLE.name}",
        "data/newsml.xml",
        "data/metadata/dc.xml",
        "data/metadata/dcterms.xml",
        "data/metadata/article.json",
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "bagit.txt",
        "bag-info.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    ]
    limits, biggest = [], 0
    for rel in order:
        size = (bag / rel).stat().st_size
        if size > biggest:
            limits.append((rel, size - 1))
            biggest = size
    return limits


def test_full_disk_at_every_first_failing_write(tmp_path: Path, sample_bag: Path):
    name = sample_bag.name
    limits = _write_order_limits(sample_bag)
    assert len(limits) >= 1
    expected = outdir_bytes(sample_bag.parent)
    for rel, limit in limits:
        out = tmp_path / f"out-{limit}"
        out.mkdir()
        proc = archiver(
            "package", *SAMPLE_ARGS, "-o", str(out), str(SAMPLE), preexec_fn=_fsize_limit(limit)
        )
        assert proc.returncode == 1, (rel, proc.stderr)
        lines = proc.stderr.splitlines()
        assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert f"cannot write bag {name}" in lines[0] and str(SAMPLE) in lines[0], lines
        assert visible(out) == [] and leftovers(out) == []  # immediately, not after a rerun
        rerun = archiver("package", *SAMPLE_ARGS, "--serialize", "tar", "-o", str(out), str(SAMPLE))
        assert rerun.returncode == 0, rerun.stderr
        assert outdir_bytes(out) == expected


def test_full_disk_while_writing_the_archive(tmp_path: Path, sample_bag: Path):
    """The bag fits, its archive does not: the bag stays whole, no partial archive is left."""
    name = sample_bag.name
    biggest = max(p.stat().st_size for p in sample_bag.rglob("*") if p.is_file())
    archive = sample_bag.parent / f"{name}.tar"
    assert archive.stat().st_size > biggest + 1
    out = tmp_path / "out"
    out.mkdir()
    args = ["package", *SAMPLE_ARGS, "--serialize", "tar", "-o", str(out), str(SAMPLE)]
    proc = archiver(*args, preexec_fn=_fsize_limit(biggest + 1))
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and f"cannot write {name}.tar" in lines[0], proc.stderr
    assert [p.name for p in visible(out)] == [name]  # the whole bag; no archive
    assert validate_bag(out / name, ValidateOptions()).valid
    assert leftovers(out) == []
    rerun = archiver(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert outdir_bytes(out) == outdir_bytes(sample_bag.parent)


# -- write errors and read-only destinations, in-process -----------------------------------------


def _inside(path: object, root: Path) -> bool:
    try:
        p = os.path.abspath(os.fsdecode(path))  # type: ignore[arg-type]
    except TypeError:
        return False
    return p.startswith(str(root) + os.sep)


def _writing(mode: object = "r", flags: int = 0) -> bool:
    return any(c in str(mode) for c in "wax+") or bool(
        flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND)
    )


def inject_write_errors(monkeypatch: pytest.MonkeyPatch, should_fail, code: int) -> None:  # type: ignore[no-untyped-def]
    """Make every write-open, mkdir and rename for which should_fail(path) holds raise code."""
    real_open, real_os_open = builtins.open, os.open
    real_mkdir, real_rename, real_replace = os.mkdir, os.rename, os.replace

    def boom(path: object) -> OSError:
        return OSError(code, os.strerror(code), os.fsdecode(path))  # type: ignore[arg-type]

    def fake_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(file, int) and _writing(mode) and should_fail(file):
            raise boom(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if _writing(flags=flags) and should_fail(path):
            raise boom(path)
        return real_os_open(path, flags, *args, **kwargs)

    def fake_mkdir(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if should_fail(path):
            raise boom(path)
        return real_mkdir(path, *args, **kwargs)

    def fake_rename(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if should_fail(dst):
            raise boom(dst)
        return real_rename(src, dst, *args, **kwargs)

    def fake_replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if should_fail(dst):
            raise boom(dst)
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)
    monkeypatch.setattr(os, "rename", fake_rename)
    monkeypatch.setattr(os, "replace", fake_replace)


@pytest.fixture(scope="module")
def sample_name() -> str:
    return bag_name(extract_path(SAMPLE))


def _in_staging(out: Path, tail) -> object:  # type: ignore[no-untyped-def]
    def check(path: object) -> bool:
        if not _inside(path, out):
            return False
        rel = Path(os.path.abspath(os.fsdecode(path))).relative_to(out)  # type: ignore[arg-type]
        return rel.parts[0].startswith(".archiver-staging-") and tail(rel)

    return check


FAULT_POINTS = {
    "original-copy": lambda rel: "original" in rel.parts[:-1],
    "newsml": lambda rel: rel.name == "newsml.xml",
    "metadata": lambda rel: rel.name == "article.json",
    "payload-manifest": lambda rel: rel.name.startswith("manifest-"),
    "bagit-txt": lambda rel: rel.name == "bagit.txt",
    "bag-info": lambda rel: rel.name == "bag-info.txt",
    "tag-manifest": lambda rel: rel.name.startswith("tagmanifest-"),
    "becomes-read-only": lambda rel: len(rel.parts) > 1,  # anything inside the staging folder
}


def _run_package(out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return CliRunner(env={"SOURCE_DATE_EPOCH": EPOCH}).invoke(
        main, ["package", "-j", "1", *SAMPLE_ARGS, *extra, "-o", str(out), str(SAMPLE)]
    )


def _assert_clean_failure(result, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output and "internal error" not in lines[0], lines[0]
    assert f"cannot write bag {name}" in lines[0], lines[0]
    assert visible(out) == [] and leftovers(out) == []


@pytest.mark.parametrize("point", sorted(FAULT_POINTS))
@pytest.mark.parametrize(
    "code", [errno.ENOSPC, errno.EROFS, errno.EIO], ids=["ENOSPC", "EROFS", "EIO"]
)
def test_write_error_mid_bag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_name: str, point: str, code: int
):
    out = tmp_path / "out"
    out.mkdir()
    inject_write_errors(monkeypatch, _in_staging(out, FAULT_POINTS[point]), code)
    _assert_clean_failure(_run_package(out), out, sample_name)
    monkeypatch.undo()
    result = _run_package(out)  # the disk has room again: the rerun makes the bag
    assert result.exit_code == 0, result.output
    assert [p.name for p in visible(out)] == [sample_name]


@pytest.mark.parametrize("which", ["files", "folders"])
def test_flush_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_name: str, which):
    """fsync fails (EIO): an error naming the bag; OUTDIR holds nothing or the whole bag.

    A failed flush of OUTDIR itself comes after the rename, when the bag is whole in place.
    """
    from archiver.packaging import staging

    out = tmp_path / "out"
    out.mkdir()
    real_fsync = os.fsync

    def fail(fd: int) -> None:
        if which == "files" or os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fail)
    monkeypatch.setattr(staging, "_SYNCFS", None, raising=False)  # fsync each file
    result = _run_package(out)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and f"cannot write bag {sample_name}" in lines[0], lines
    assert "Traceback" not in result.output
    assert leftovers(out) == []
    for bag in visible(out):
        assert bag.name == sample_name and validate_bag(bag, ValidateOptions()).valid


def test_rename_into_place_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_name):
    out = tmp_path / "out"
    out.mkdir()
    final = out / sample_name
    inject_write_errors(
        monkeypatch, lambda p: os.path.abspath(os.fsdecode(p)) == str(final), errno.EROFS
    )
    _assert_clean_failure(_run_package(out), out, sample_name)


@pytest.mark.parametrize("locks_exist", [False, True], ids=["fresh", "locks-dir-exists"])
def test_read_only_destination(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sample_name: str, locks_exist: bool
):
    out = tmp_path / "out"
    out.mkdir()
    if locks_exist:
        (out / ".archiver-locks").mkdir()
    before = sorted(p.name for p in out.iterdir())
    inject_write_errors(monkeypatch, lambda p: _inside(p, out), errno.EROFS)
    result = _run_package(out)
    assert sorted(p.name for p in out.iterdir()) == before
    _assert_clean_failure(result, out, sample_name)


def test_one_unwritable_bag_does_not_fail_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Only the second article's staging folder cannot be made: the others are packaged."""
    sources = [str(SAMPLE), str(ARTICLES[0]), str(ARTICLES[1])]
    names = [bag_name(extract_path(s, language="en")) for s in sources]
    out = tmp_path / "out"
    out.mkdir()

    def second_only(path: object) -> bool:
        base = os.path.basename(os.fsdecode(path))  # type: ignore[arg-type]
        return base.startswith(f".archiver-staging-{names[1]}.")

    inject_write_errors(monkeypatch, second_only, errno.ENOSPC)
    result = CliRunner(env={"SOURCE_DATE_EPOCH": EPOCH}).invoke(
        main, ["package", "-j", "1", *SAMPLE_ARGS, "-o", str(out), *sources]
    )
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("archiver: error")]
    assert len(errors) == 1 and f"cannot write bag {names[1]}" in errors[0], errors
    assert [p.name for p in visible(out)] == sorted([names[0], names[2]])
    assert leftovers(out) == []


# -- two runs at once ---------------------------------------------------------------------------


def concurrent_trial(tmp_path: Path, clean_run, runs: int, jobs: int, serialize: bool) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    args = package_args(out, jobs, serialize)
    args.remove("--quiet")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "archiver", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        for _ in range(runs)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * runs, [o[1] for o in outputs]
    statuses = [line.split("\t")[0] for o in outputs for line in o[0].splitlines()]
    assert statuses.count("created") == len(INPUTS)  # each bag made by exactly one run
    assert statuses.count("exists") == len(INPUTS) * (runs - 1)
    assert outdir_bytes(out) == clean_run(jobs, serialize)[0]
    assert leftovers(out) == []
    for bag in visible(out):
        if bag.is_dir():
            assert validate_bag(bag, ValidateOptions()).valid


def test_two_runs_at_once(tmp_path: Path, clean_run):
    concurrent_trial(tmp_path, clean_run, runs=2, jobs=2, serialize=False)


@slow
@pytest.mark.parametrize("trial", range(4))
def test_runs_at_once_slow(tmp_path: Path, clean_run, trial: int):
    concurrent_trial(
        tmp_path, clean_run, runs=2 + trial % 2, jobs=1 + trial % 2, serialize=trial >= 2
    )


@slow
def test_forced_runs_at_once_replace_each_bag_whole(tmp_path: Path, clean_run):
    out = tmp_path / "out"
    assert archiver(*package_args(out, 2, False)).returncode == 0
    args = [*package_args(out, 1, False), "--force"]
    procs = [
        subprocess.Popen([sys.executable, "-m", "archiver", *args], env=env(),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]  # fmt: skip
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert outdir_bytes(out) == clean_run(2, False)[0]
    assert leftovers(out) == []
