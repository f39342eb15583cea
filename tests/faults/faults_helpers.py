"""Helpers shared by the fault suite (tests/faults): fixtures on disk, subprocesses, snapshots.

Slow trials carry ``@slow``: the ``slow`` marker AND a skip unless ``ARCHIVER_SLOW=1``, so the
default test command (which does not deselect markers) stays quick. Run them with::

    ARCHIVER_SLOW=1 python -m pytest -q tests/faults -m slow
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import bagit
import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"
SAMPLE = FIXTURES / "upi-2014-north-korean-women-seoul.txt"
# The crash trials package wire-text captures; a fixture that is a web-archive record saved as
# text (some deliberately damaged, to test the WARC reader) is left out, so which fixtures a
# trial samples never depends on how many of those there are.
ARTICLES = sorted(
    p for p in (FIXTURES / "articles").glob("*.txt") if not p.read_bytes().startswith(b"WARC/")
)
EPOCH = "1416355200"  # 2014-11-19T00:00:00Z: every bag made here is reproducible
SLOW_ENABLED = os.environ.get("ARCHIVER_SLOW") == "1"
HIDDEN_PREFIX = ".archiver-"

F = TypeVar("F", bound=Callable[..., Any])


def slow(func: F) -> F:
    """Mark a long trial: `slow`, and skipped unless ARCHIVER_SLOW=1 is set."""
    func = pytest.mark.slow(func)
    return pytest.mark.skipif(
        not SLOW_ENABLED, reason="slow fault trial: set ARCHIVER_SLOW=1 to run it"
    )(func)


def env(**extra: str) -> dict[str, str]:
    """The environment for an archiver subprocess: reproducible, no bytecode writes."""
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def archiver(*args: str, timeout: float = 120, **kw: Any) -> subprocess.CompletedProcess:
    """Run `python -m archiver ARGS` and capture its text output (fails instead of hanging)."""
    kw.setdefault("env", env())
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        **kw,
    )


def visible(out: Path) -> list[Path]:
    """OUTDIR's entries other than archiver's own hidden ones (locks, staging, trash)."""
    if not out.is_dir():
        return []
    return sorted(p for p in out.iterdir() if not p.name.startswith(HIDDEN_PREFIX))


def leftovers(out: Path) -> list[str]:
    """Staging folders, half-written archives and trash left in OUTDIR."""
    if not out.is_dir():
        return []
    return sorted(
        p.name
        for p in out.iterdir()
        if p.name.startswith((".archiver-staging-", ".archiver-trash-"))
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every regular file under root (or root itself when a file) by relative path."""
    if root.is_file():
        return {root.name: root.read_bytes()}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def outdir_bytes(out: Path) -> dict[str, dict[str, bytes]]:
    """The visible content of OUTDIR: each bag folder or archive by name, file by file."""
    return {p.name: tree_bytes(p) for p in visible(out)}


def snapshot(root: Path, skip: Iterable[Path] = ()) -> dict[str, tuple]:
    """What can be seen of a tree without following links or opening special files.

    Regular files: size, mtime and a digest of the contents; folders: mtime (a created or
    removed entry changes it); links: their target; FIFOs and devices: type and mtime.
    """
    skipped = {os.path.realpath(p) for p in skip}
    found: dict[str, tuple] = {}
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(dirpath, d)) not in skipped]
        for name in [*dirs, *files, ""]:
            path = os.path.join(dirpath, name) if name else dirpath
            if name and os.path.realpath(path) in skipped:
                continue
            st = os.lstat(path)
            rel = os.path.relpath(path, root)
            if stat.S_ISLNK(st.st_mode):
                found[rel] = ("link", os.readlink(path))
            elif stat.S_ISDIR(st.st_mode):
                found[rel] = ("dir", st.st_mode, st.st_mtime_ns)
            elif stat.S_ISREG(st.st_mode):
                try:  # root reads mode-000 files; other users see only their metadata
                    with open(path, "rb") as fh:
                        digest: str | None = hashlib.sha256(fh.read()).hexdigest()
                except PermissionError:
                    digest = None
                found[rel] = ("file", st.st_mode, st.st_size, st.st_mtime_ns, digest)
            else:
                found[rel] = ("special", stat.S_IFMT(st.st_mode), st.st_mtime_ns)
    return found


def wait_group_gone(pgid: int, timeout: float = 10.0) -> None:
    """Wait until no live (non-zombie) process is left in a process group (Linux /proc)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = False
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive = True
                break
        if not alive:
            return
        time.sleep(0.01)
    raise AssertionError(f"processes of group {pgid} still running {timeout}s after SIGKILL")


def rehash_tagmanifests(bag: Path) -> None:
    """Rewrite every tagmanifest-*.txt for the top-level tag files as they are now."""
    for manifest in sorted(bag.glob("tagmanifest-*.txt")):
        alg = manifest.name[len("tagmanifest-") : -len(".txt")]
        lines = []
        for path in sorted(bag.iterdir()):
            if path.name.startswith("tagmanifest-") or path.is_symlink() or not path.is_file():
                continue
            digest = hashlib.new(alg, path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {path.name}\n")
        manifest.write_text("".join(lines), encoding="utf-8")


def plain_bag(folder: Path, files: dict[str, bytes]) -> Path:
    """A valid BagIt 1.0 bag made by bagit-python around `files` (sha256 + sha512)."""
    for rel, content in files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bagit.make_bag(
            str(folder),
            {"Source-Organization": "Fault Suite", "Bagging-Date": "2024-01-02"},
            checksums=["sha256", "sha512"],
        )
    (folder / "bagit.txt").write_bytes(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    rehash_tagmanifests(folder)
    return folder


def add_manifest_line(bag: Path, rel: str, content: bytes, algs=("sha256", "sha512")) -> None:
    """List rel in the payload manifests (digest of content), then fix the tag manifests."""
    for alg in algs:
        with open(bag / f"manifest-{alg}.txt", "a", encoding="utf-8") as fh:
            fh.write(f"{hashlib.new(alg, content).hexdigest()}  {rel}\n")
    rehash_tagmanifests(bag)


def bagit_accepts(bag: Path) -> tuple[bool, str]:
    """bagit-python's full validation (the reference implementation) and its complaint."""
    try:
        bagit.Bag(str(bag)).validate()
    except Exception as exc:  # bagit raises more than BagError on broken bags
        return False, f"{type(exc).__name__}: {exc}"
    return True, ""


@pytest.fixture
def reproducible(monkeypatch: pytest.MonkeyPatch) -> None:  # shared through conftest.py
    """In-process runs stamped with the suite's fixed time."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def invoke(*args: str | os.PathLike[str]):  # type: ignore[no-untyped-def]
    """`archiver ARGS` in this process (Click's runner): a click.testing.Result."""
    from click.testing import CliRunner

    from archiver.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


def assert_usage_error(result, *needles: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 2, one line on stderr beginning `archiver: error: `, naming each needle."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # never a traceback
    err = result.stderr
    assert err.startswith("archiver: error: ") and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err, err


def nested_folders(top: Path, depth: int) -> Path:
    """top/a/a/.../a, depth folders below top (made one by one: os.makedirs recurses);
    returns the deepest. The caller removes the tree with archiver.safefs.remove_tree, as
    pytest's own cleanup of old temporary folders recurses too."""
    top.mkdir()
    path = top
    for _ in range(depth):
        path = path / "a"
        path.mkdir()
    return path
