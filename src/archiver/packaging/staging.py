"""Atomic bag creation: build in a hidden staging folder, flush, rename into place.

A crash or SIGKILL at any moment leaves either no bag or a whole one at the final name; the
only debris is a hidden `.archiver-staging-*` folder, which the next run removes. Per-bag
locks (fcntl, released by the kernel when a process dies) keep two runs from building the
same bag at once and tell a live staging folder from a stale one.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import hashlib
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archiver.errors import InputError
from archiver.safefs import remove_tree

STAGING_PREFIX = ".archiver-staging-"
TRASH_PREFIX = ".archiver-trash-"
LOCK_DIR = ".archiver-locks"


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _load_syncfs() -> Callable[..., int] | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.syncfs
    except (OSError, AttributeError):
        return None


_SYNCFS = _load_syncfs() if sys.platform.startswith("linux") else None


def _syncfs(root: Path) -> bool:
    """syncfs(2) the file system holding root; False where it is not available or failed."""
    if _SYNCFS is None:
        return False
    fd = os.open(root, os.O_RDONLY)
    try:
        return _SYNCFS(fd) == 0
    finally:
        os.close(fd)


def fsync_tree(root: Path) -> None:
    """Flush every file and folder below root, then root itself, to stable storage.

    On Linux one syncfs(2) of the file system holding root does this for a whole bag at a
    third of the cost of an fsync per file (and reports write-back errors since 5.8);
    elsewhere each file and folder is fsynced.
    """
    if _syncfs(root):
        return
    if not root.is_dir():  # a staged file (an export written as one file)
        fsync_path(root)
        return
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            fsync_path(Path(dirpath) / name)
        fsync_path(Path(dirpath))


# Bag locks are byte-range locks (fcntl F_SETLK) on one file, `OUTDIR/.archiver-locks/bags`,
# at an offset derived from the bag's name: no file is created per bag (creating one cost more
# than building the rest of a small bag), and the kernel drops a process's locks when it dies.
# POSIX record locks belong to the process and closing any descriptor of the file drops them
# all, so each process keeps one descriptor per lock file open for its lifetime.
LOCK_FILE = "bags"
_LOCK_FDS: dict[tuple[str, int], int] = {}


@dataclass(frozen=True)
class BagLock:
    fd: int
    offset: int


def _lock_fd(out_dir: Path) -> int:
    key = (os.path.realpath(out_dir), os.getpid())
    fd = _LOCK_FDS.get(key)
    if fd is None:
        fd = _open_lock_file(out_dir / LOCK_DIR)
        _LOCK_FDS[key] = fd
    return fd


def _open_lock_file(lock_dir: Path) -> int:
    """Open (creating) the lock file without following a link planted at the folder or the
    file: a link there would make archiver create or lock a file elsewhere."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(lock_dir, 0o755)
    try:
        dir_fd = os.open(lock_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise InputError(
                f"{lock_dir}: not a folder (a link or a file); archiver never follows links "
                "in the output folder: remove it"
            ) from None
        raise
    try:
        flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
        fd = os.open(LOCK_FILE, flags, 0o644, dir_fd=dir_fd)
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device planted there
            os.close(fd)
            raise InputError(
                f"{lock_dir / LOCK_FILE}: not a regular file; remove it (archiver recreates it)"
            )
        return fd
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(
                f"{lock_dir / LOCK_FILE}: a link; archiver never follows links in the output "
                "folder: remove it"
            ) from None
        raise
    finally:
        os.close(dir_fd)


def _offset(name: str) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=6).digest(), "big")


def acquire_lock(out_dir: Path, name: str, *, blocking: bool = True) -> BagLock | None:
    """Take bag `name`'s lock, or return None when not blocking and another process holds it.

    The lock file is removed at the end of a clean run (`remove_lock_dir`); a lock taken on
    a file that was removed meanwhile guards nothing, so it is taken again on the new one.
    """
    while True:
        lock = BagLock(_lock_fd(out_dir), _offset(name))
        try:
            fcntl.lockf(lock.fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB), 1, lock.offset)
        except OSError as exc:
            if not blocking and exc.errno in (errno.EAGAIN, errno.EACCES):
                return None
            raise
        if _is_current(out_dir, lock.fd):
            return lock
        release_lock(lock)
        _forget_lock_fd(out_dir)


def _is_current(out_dir: Path, fd: int) -> bool:
    """fd is the lock file now at its path (not one removed since it was opened)."""
    try:
        st = os.stat(out_dir / LOCK_DIR / LOCK_FILE)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


def _forget_lock_fd(out_dir: Path) -> None:
    fd = _LOCK_FDS.pop((os.path.realpath(out_dir), os.getpid()), None)
    if fd is not None:
        os.close(fd)


def remove_lock_dir(out_dir: Path) -> bool:
    """Remove OUTDIR/.archiver-locks when no process holds a lock in it (the end of a clean
    run); True when it is gone. A run still going elsewhere keeps it: its locks are there."""
    _forget_lock_fd(out_dir)
    lock_dir = out_dir / LOCK_DIR
    if lock_dir.is_symlink() or not lock_dir.is_dir():
        return False  # not ours to remove
    flags = os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK
    try:
        fd = os.open(lock_dir / LOCK_FILE, flags)
    except FileNotFoundError:
        fd = None
    except OSError:
        return False
    if fd is not None:
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 0, 0)  # the whole file: nobody else
            if _is_current(out_dir, fd):
                os.unlink(lock_dir / LOCK_FILE)
        except OSError:
            return False
        finally:
            os.close(fd)
    try:
        os.rmdir(lock_dir)
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


def release_lock(lock: BagLock) -> None:
    fcntl.lockf(lock.fd, fcntl.LOCK_UN, 1, lock.offset)


@contextlib.contextmanager
def bag_lock(out_dir: Path, name: str, *, blocking: bool = True) -> Iterator[bool]:
    """Hold the lock for bag `name` in out_dir; yields False if not blocking and it is taken."""
    lock = acquire_lock(out_dir, name, blocking=blocking)
    try:
        yield lock is not None
    finally:
        if lock is not None:
            release_lock(lock)


def new_staging_dir(out_dir: Path, name: str) -> Path:
    path = out_dir / f"{STAGING_PREFIX}{name}.{os.getpid()}.{secrets.token_hex(4)}"
    path.mkdir()
    return path


def _bag_of(entry: str, prefix: str) -> str:
    return entry[len(prefix) :].rsplit(".", 2)[0]


def remove_stale(out_dir: Path) -> list[Path]:
    """Remove staging and trash folders whose bag lock nobody holds (their maker is gone)."""
    removed: list[Path] = []
    if not out_dir.is_dir():
        return removed
    for entry in sorted(os.listdir(out_dir)):
        for prefix in (STAGING_PREFIX, TRASH_PREFIX):
            if not entry.startswith(prefix):
                continue
            name = _bag_of(entry, prefix)
            with bag_lock(out_dir, name, blocking=False) as free:
                if (
                    free
                    and prefix == TRASH_PREFIX
                    and _is_real_folder(out_dir / entry)
                    and not os.path.lexists(out_dir / name)
                ):
                    # its maker died between moving the old bag aside and moving the new
                    # one in: the old bag is the only whole one, so it goes back (a link
                    # planted under a trash name is not a bag, and is removed below)
                    os.rename(out_dir / entry, out_dir / name)
                    fsync_path(out_dir)
                    continue
                if free:
                    remove_tree(out_dir / entry)  # a link is removed, never followed
                    removed.append(out_dir / entry)
    return removed


def _is_real_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def fsync_many(roots: list[Path]) -> None:
    """Make several staged trees durable: one syncfs when they share a file system."""
    if roots and _syncfs(roots[0]):
        return  # syncfs flushed the whole file system, the other trees too
    for root in roots:
        fsync_tree(root)


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _load_renameat2() -> Callable[..., int] | None:
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None


_RENAMEAT2 = _load_renameat2() if sys.platform.startswith("linux") else None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step (Linux renameat2 RENAME_EXCHANGE)."""
    if _RENAMEAT2 is None:
        return False
    rc = _RENAMEAT2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False  # kernel or file system without the flag: fall back
    raise OSError(err, os.strerror(err), str(b))


def install(staging: Path, final: Path, *, replace: bool, sync_parent: bool = True) -> None:
    """Move a complete, flushed staging folder to its final name.

    With replace, the new bag and the old one are swapped in one atomic step where the
    kernel can (renameat2 RENAME_EXCHANGE), so the final name always holds a whole bag; the
    old one, now in the staging folder, is deleted. Elsewhere the old bag is first renamed
    aside to a trash folder, which a later run's remove_stale puts back if the process died
    before the new bag was in place.
    """
    out_dir = final.parent
    # lexists: a link at the bag's name is replaced like anything else, never followed
    if replace and os.path.lexists(final) and _exchange(staging, final):
        if sync_parent:
            fsync_path(out_dir)
        remove_tree(staging)  # now the old bag (or link)
        return
    trash: Path | None = None
    if replace and os.path.lexists(final):
        trash = out_dir / f"{TRASH_PREFIX}{final.name}.{os.getpid()}.{secrets.token_hex(4)}"
        os.rename(final, trash)
    try:
        os.rename(staging, final)
    except OSError as exc:
        if trash is not None:
            os.rename(trash, final)  # put the old bag back
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY):
            raise FileExistsError(errno.EEXIST, "a bag appeared at this name", str(final)) from None
        raise
    if sync_parent:
        fsync_path(out_dir)
    if trash is not None:
        remove_tree(trash)
