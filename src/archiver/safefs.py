"""File-system helpers that hostile input cannot turn against us.

- `remove_tree`: shutil.rmtree without recursion (CPython 3.11's rmtree recurses once per
  folder level, so a tree 1,000 folders deep ends in RecursionError, which ignore_errors does
  not catch) and without following links;
- `read_limited`: a settings file read with a ceiling on its size, so a path such as
  /dev/zero or a multi-gigabyte file is refused instead of filling memory.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from archiver.errors import InputError

SETTINGS_MAX_BYTES = 4 << 20  # a config or profile file larger than this is not one


def remove_tree(path: str | os.PathLike[str]) -> None:
    """Remove path and everything below it; links are removed, never followed.

    Iterative (any depth), and errors are ignored: each folder is listed once, so a folder
    that cannot be emptied is left behind rather than retried forever.
    """
    top = os.fspath(path)
    try:
        mode = os.lstat(top).st_mode
    except OSError:
        return
    if not stat.S_ISDIR(mode):
        _quietly(os.unlink, top)
        return
    stack: list[tuple[str, bool]] = [(top, False)]
    while stack:
        folder, listed = stack.pop()
        if listed:
            _quietly(os.rmdir, folder)
            continue
        stack.append((folder, True))  # removed once everything below it has been
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=False)
                    except OSError:
                        is_dir = False
                    if is_dir:
                        stack.append((entry.path, False))
                    else:
                        _quietly(os.unlink, entry.path)
        except OSError:
            continue


def walk(top: str | os.PathLike[str]) -> Iterator[tuple[str, list[str], list[str]]]:
    """os.walk(top) (top-down, links to folders listed but not entered, errors skipped),
    without recursion: CPython 3.11's os.walk recurses once per level, so a folder 1,000
    levels deep given as input ends in RecursionError. The caller may prune or reorder
    `dirs` in place, as with os.walk."""
    stack = [os.fspath(top)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        dirs: list[str] = []
        files: list[str] = []
        links: set[str] = set()
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
                if entry.is_symlink():
                    links.add(entry.name)
            else:
                files.append(entry.name)
        yield folder, dirs, files
        stack.extend(os.path.join(folder, d) for d in reversed(dirs) if d not in links)


def make_folders(path: str | os.PathLike[str], mode: int = 0o777) -> None:
    """Path.mkdir(parents=True, exist_ok=True) without recursion: pathlib and os.makedirs
    recurse once per missing level, so a payload 1,000 folders deep ends in RecursionError.
    Raises FileExistsError or NotADirectoryError when a file is in the way."""
    missing = []
    folder = os.fspath(path)
    while folder and not os.path.isdir(folder):
        missing.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for each in reversed(missing):
        try:
            os.mkdir(each, mode)
        except FileExistsError:
            if not os.path.isdir(each):
                raise


def _quietly(func: Callable[[str], object], path: str) -> None:
    try:
        func(path)
    except OSError:
        pass


def read_limited(path: str | os.PathLike[str], what: str, limit: int = SETTINGS_MAX_BYTES) -> bytes:
    """The bytes of a small settings file, or InputError naming it when it is not one.

    At most limit + 1 bytes are ever read, so an endless source (/dev/zero, a FIFO fed
    forever) or a huge file costs a bounded amount of memory and time.
    """
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{p}: {what} not found") from None
    except IsADirectoryError:
        raise InputError(f"{p}: {what} is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read {what}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(f"{p}: {what} is larger than {limit} bytes; not a {what}")
    return data
