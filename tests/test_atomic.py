"""Staging, locks and installation: a bag appears whole or not at all, and only once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import bagit
import pytest

from archiver.packaging import staging
from archiver.packaging.staging import (
    LOCK_DIR,
    STAGING_PREFIX,
    TRASH_PREFIX,
    bag_lock,
    fsync_tree,
    install,
    new_staging_dir,
    remove_stale,
)
from repo_paths import SAMPLE

EPOCH = "1416355200"


@contextmanager
def lock_held_elsewhere(out_dir: Path, name: str) -> Iterator[subprocess.Popen[str]]:
    """Another live process holding the lock of bag `name` (killed with SIGKILL at the end)."""
    code = (
        "import sys, time; from pathlib import Path; "
        "from archiver.packaging.staging import bag_lock\n"
        "with bag_lock(Path(sys.argv[1]), sys.argv[2]):\n"
        "    print('locked', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(out_dir), name], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        proc.kill()
        proc.wait()


def make_payload(folder: Path, text: str = "payload") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text)
    bagit.make_bag(str(folder), checksums=["sha256"])
    return folder


def test_staging_dirs_are_hidden_unique_and_inside_out_dir(tmp_path: Path):
    a = new_staging_dir(tmp_path, "bag-1")
    b = new_staging_dir(tmp_path, "bag-1")
    assert a != b and a.parent == b.parent == tmp_path
    assert a.name.startswith(f"{STAGING_PREFIX}bag-1.{os.getpid()}.")
    assert a.is_dir() and b.is_dir()


def test_lock_is_exclusive_across_processes_and_freed_by_death(tmp_path: Path):
    with lock_held_elsewhere(tmp_path, "bag-1") as holder:
        with bag_lock(tmp_path, "bag-1", blocking=False) as got:
            assert got is False
        with bag_lock(tmp_path, "bag-2", blocking=False) as other:
            assert other is True  # locks are per bag: other bags go on
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with bag_lock(tmp_path, "bag-1", blocking=False) as got:
        assert got is True  # the kernel released the dead holder's lock
    assert (tmp_path / LOCK_DIR).is_dir()


def test_remove_stale_spares_live_makers_and_everything_else(tmp_path: Path):
    dead = tmp_path / f"{STAGING_PREFIX}bag-dead.99999.0000abcd"
    (dead / "data").mkdir(parents=True)
    dead_archive = tmp_path / f"{STAGING_PREFIX}bag-dead.99999.1111abcd"
    dead_archive.write_bytes(b"half a tar")
    trash = tmp_path / f"{TRASH_PREFIX}bag-old.99999.2222abcd"
    trash.mkdir()
    live = tmp_path / f"{STAGING_PREFIX}bag-live.12345.3333abcd"
    (live / "data").mkdir(parents=True)
    kept_bag = make_payload(tmp_path / "bag-done")
    other = tmp_path / ".hidden-by-someone-else"
    other.mkdir()
    with lock_held_elsewhere(tmp_path, "bag-live"):
        removed = remove_stale(tmp_path)
        assert sorted(removed) == sorted([dead, dead_archive])
        assert live.is_dir()  # its maker is alive and holds the lock
    assert not dead.exists() and not dead_archive.exists() and not trash.exists()
    # a set-aside old bag with nothing at its name is the only whole copy: it goes back
    assert (tmp_path / "bag-old").is_dir()
    assert kept_bag.is_dir() and other.is_dir()
    assert remove_stale(tmp_path) == [live]  # once its maker is gone, it is stale too
    assert remove_stale(tmp_path / "missing") == []


def test_install_moves_a_whole_bag_into_place(tmp_path: Path):
    built = make_payload(new_staging_dir(tmp_path, "bag"))
    final = tmp_path / "bag"
    install(built, final, replace=False)
    assert not built.exists()
    bagit.Bag(str(final)).validate()


def test_install_never_overwrites_without_replace(tmp_path: Path):
    final = make_payload(tmp_path / "bag", "old")
    before = (final / "data" / "a.txt").read_text()
    built = make_payload(new_staging_dir(tmp_path, "bag"), "new")
    with pytest.raises(FileExistsError):
        install(built, final, replace=False)
    assert (final / "data" / "a.txt").read_text() == before
    assert built.is_dir()  # the caller decides what to do with it


def test_install_replace_swaps_in_the_new_bag_and_leaves_no_debris(tmp_path: Path):
    final = make_payload(tmp_path / "bag", "old")
    built = make_payload(new_staging_dir(tmp_path, "bag"), "new")
    install(built, final, replace=True)
    assert (final / "data" / "a.txt").read_text() == "new"
    bagit.Bag(str(final)).validate()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bag"]


def test_install_replace_puts_the_old_bag_back_when_the_move_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    final = make_payload(tmp_path / "bag", "old")
    built = make_payload(new_staging_dir(tmp_path, "bag"), "new")
    real_rename = os.rename

    def failing(src, dst):  # type: ignore[no-untyped-def]
        if Path(src) == built:
            raise OSError(5, "Input/output error")
        return real_rename(src, dst)

    monkeypatch.setattr(staging, "_RENAMEAT2", None)  # the rename-aside path, as off Linux
    monkeypatch.setattr(staging.os, "rename", failing)
    with pytest.raises(OSError):
        install(built, final, replace=True)
    assert (final / "data" / "a.txt").read_text() == "old"
    bagit.Bag(str(final)).validate()


def test_fsync_tree_flushes_every_file_and_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Without syncfs(2), every file and folder of the bag is fsynced."""
    root = make_payload(tmp_path / "bag")
    synced: list[str] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real_fsync(fd)

    monkeypatch.setattr(staging, "_SYNCFS", None, raising=False)
    monkeypatch.setattr(staging.os, "fsync", spy)
    fsync_tree(root)
    assert set(synced) == {str(p) for p in [root, *root.rglob("*")]}


@pytest.mark.skipif(getattr(staging, "_SYNCFS", None) is None, reason="no syncfs(2) here")
def test_fsync_tree_uses_one_syncfs_of_the_bag_file_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    root = make_payload(tmp_path / "bag")
    calls: list[str] = []
    real = staging._SYNCFS

    def spy(fd: int) -> int:
        calls.append(os.readlink(f"/proc/self/fd/{fd}"))
        return real(fd)

    monkeypatch.setattr(staging, "_SYNCFS", spy)
    fsync_tree(root)
    assert calls == [str(root)]


def _package(out: Path, *paths: Path, extra: tuple[str, ...] = ()) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "archiver", "package", "-j", "1", *extra, "-o", str(out)]
        + [str(p) for p in paths],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
    )


def test_same_article_twice_at_once_gives_one_bag_and_one_archive(tmp_path: Path):
    out = tmp_path / "out"
    procs = [_package(out, SAMPLE, extra=("--serialize", "zip")) for _ in range(3)]
    results = [(p.wait(), p.stdout.read().decode()) for p in procs]  # type: ignore[union-attr]
    assert [rc for rc, _ in results] == [0, 0, 0]
    statuses = sorted(line.split("\t")[0] for _, out_text in results for line in out_text.split())
    assert statuses.count("created") == 1 and statuses.count("exists") == 2
    visible = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert len(visible) == 2 and visible[1] == visible[0] + ".zip"
    bagit.Bag(str(out / visible[0])).validate()


def test_force_killed_mid_replace_never_loses_the_bag(tmp_path: Path):
    out = tmp_path / "out"
    assert _package(out, SAMPLE).wait() == 0
    (bag,) = [p for p in out.iterdir() if not p.name.startswith(".")]
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from archiver.packaging import PackageOptions, package_article\n"
        "real = os.rename\n"
        "def rename(src, dst, *a, **k):\n"
        "    real(src, dst, *a, **k)\n"
        "    if Path(src) == Path(sys.argv[2]):  # the old bag just moved away: die here\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "os.rename = rename\n"
        "package_article(sys.argv[1], Path(sys.argv[3]), PackageOptions(force=True))\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(SAMPLE), str(bag), str(out)],
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
        check=False,
    )
    remove_stale(out)  # what the next run does first
    bagit.Bag(str(bag)).validate()  # the old bag or the new one, but a bag


def test_install_replace_swaps_atomically_where_the_kernel_can(tmp_path: Path):
    if staging._RENAMEAT2 is None:
        pytest.skip("renameat2 is not available on this platform")
    final = make_payload(tmp_path / "bag", "old")
    built = make_payload(new_staging_dir(tmp_path, "bag"), "new")
    install(built, final, replace=True)
    assert (final / "data" / "a.txt").read_text() == "new"
    assert not built.exists()
    assert not any(p.name.startswith(TRASH_PREFIX) for p in tmp_path.iterdir())
