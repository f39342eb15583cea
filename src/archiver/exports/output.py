"""A staged export folder, written with the fewest system calls its guarantees allow.

A target that makes a folder per bag (dspace-saf, archivematica) writes it through
`OutputFolder`. Exports of small bags are mostly file creation, and a buffered Python file
costs six calls per file (open, fstat, ioctl, lseek, write, close) and, with
SOURCE_DATE_EPOCH, a walk of the finished folder to set the times (a stat and a utime per
entry). Here each file is:

* one ``os.open`` with ``O_CREAT | O_EXCL | O_NOFOLLOW`` (a new file or an error, never a
  link followed: the staging folder is new, so nothing should be there);
* ``os.write`` until every byte is written;
* with SOURCE_DATE_EPOCH, ``os.utime`` on the open descriptor (futimens): the time the
  finished file keeps, since nothing writes to it afterwards;
* ``os.close``.

No file is fsynced here, on purpose: the runner flushes each group of staged exports with
one syncfs(2) (or an fsync per file and folder where syncfs is missing) before any of them
is renamed to its final name (`packaging.staging.fsync_many`, `install`). A crash before
that rename leaves only a hidden staging folder, which the next run removes; after it, the
data was already on stable storage. So an fsync per file would add nothing to the crash
guarantee, only a wait per file.

Folders are made once each (their names are remembered, not looked up again), and with
SOURCE_DATE_EPOCH they get the fixed time at `finish`: making an entry in a folder changes
the folder's time, so it is set after everything in it was made.

With ``--zip`` a target's folder is not made at all: `zipping` hands the target a
`MemoryFolder` in place of the `OutputFolder` (`memory_folder`), which keeps what the target
writes, and the runner writes the zip from it (`MemoryFolder.zip_entries`): one new file a
bag instead of every file and folder of the export made, zipped and deleted. The entries,
their order and bytes are those `packaging.serialize.zip_folder` gives for the folder
(tests/exports/test_export_fast_paths.py pins the two).
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from archiver.exports.base import BagView, write_new


class OutputFolder:
    """A new folder at root, written file by file; call `finish` once it is complete."""

    def __init__(self, root: Path, epoch: int | None) -> None:
        self.root = os.fspath(root)
        self.times = (epoch, epoch) if epoch is not None else None
        os.mkdir(self.root)
        self._folders: dict[str, str] = {"": self.root}  # relative -> path, made by us

    def folder(self, rel: str) -> str:
        """The path of folder rel ("data/metadata"), made with its parents if missing."""
        path = self._folders.get(rel)
        if path is not None:
            return path
        # a loop, not recursion: a bag's payload may be nested thousands of folders deep
        missing = [rel]
        parent = rel.rpartition("/")[0]
        while parent not in self._folders:
            missing.append(parent)
            parent = parent.rpartition("/")[0]
        path = self._folders[parent]
        for folder in reversed(missing):
            path = os.path.join(path, folder.rpartition("/")[2])
            os.mkdir(path)
            self._folders[folder] = path
        return path

    def path(self, rel: str) -> str:
        """Where file rel goes (its folder made)."""
        parent, _, name = rel.rpartition("/")
        return os.path.join(self.folder(parent), name)

    def write(self, rel: str, data: bytes) -> None:
        write_new(self.path(rel), data, self.times)

    def copy(self, bag: BagView, source: str, rel: str) -> int:
        """Copy the bag's payload file source to rel, checked (`BagView.copy`); its size."""
        data = bag.kept(source)
        if data is not None:  # the bytes validation hashed: written as they are
            self.write(rel, data)
            return len(data)
        path = self.path(rel)
        size = bag.copy(source, Path(path))
        if self.times is not None:
            os.utime(path, self.times, follow_symlinks=False)
        return size

    def finish(self) -> None:
        """Give every folder the fixed time, now that everything in it is made (setting a
        folder's time changes nothing in its parent, so the order does not matter)."""
        if self.times is None:
            return
        for path in self._folders.values():
            os.utime(path, self.times, follow_symlinks=False)


_ZIP_CHUNK = 1 << 20  # as zip_folder reads a file: the same writes, the same deflate stream


class MemoryFolder:
    """The `OutputFolder` of an export zipped from memory: nothing made on disk.

    write keeps the bytes; copy keeps the bytes validation hashed, or else the bag and the
    path, read at zip time through `BagView.stream` (checked against the manifest as it is
    read, like `BagView.copy`). A file written twice, or a file where a folder is, fails as
    it would on disk."""

    def __init__(self, root: Path) -> None:
        self.root = os.fspath(root)
        self.files: dict[str, bytes | tuple[BagView, str]] = {}
        self.folders: set[str] = {""}

    def folder(self, rel: str) -> str:
        while rel not in self.folders:
            if rel in self.files:
                raise NotADirectoryError(errno.ENOTDIR, "a file, not a folder", rel)
            self.folders.add(rel)
            rel = rel.rpartition("/")[0]
        return self.root

    def _add(self, rel: str, data: bytes | tuple[BagView, str]) -> None:
        self.folder(rel.rpartition("/")[0])
        if rel in self.files or rel in self.folders:
            raise FileExistsError(errno.EEXIST, "already written", os.path.join(self.root, rel))
        self.files[rel] = data

    def write(self, rel: str, data: bytes) -> None:
        self._add(rel, bytes(data))

    def copy(self, bag: BagView, source: str, rel: str) -> int:
        data = bag.kept(source)
        if data is not None:
            self.write(rel, data)
            return len(data)
        self._add(rel, (bag, source))
        return bag.size(source)

    def finish(self) -> None:
        """Nothing to do: a zip entry's time is the zip's."""

    def zip_entries(self, top: str) -> list[tuple[str, Callable[[BinaryIO], object] | None]]:
        """(name in the zip, writer of its bytes or None for a folder), sorted by name: the
        folder top, then every folder and file kept, as zip_folder lists a folder."""
        entries: list[tuple[str, Callable[[BinaryIO], object] | None]] = [(top, None)]
        entries += [(f"{top}/{rel}", None) for rel in self.folders if rel]
        entries += [(f"{top}/{rel}", _writer(kept)) for rel, kept in self.files.items()]
        entries.sort(key=lambda entry: entry[0])
        return entries


def _writer(kept: bytes | tuple[BagView, str]) -> Callable[[BinaryIO], object]:
    if isinstance(kept, tuple):
        bag, source = kept
        return lambda dst: bag.stream(source, dst.write)

    def write(dst: BinaryIO) -> None:
        view = memoryview(kept)
        for start in range(0, len(view), _ZIP_CHUNK):
            dst.write(view[start : start + _ZIP_CHUNK])

    return write


_MEMORY: contextvars.ContextVar[MemoryFolder | None] = contextvars.ContextVar(
    "archiver_memory_folder", default=None
)


def memory_folder(dest: Path) -> MemoryFolder | None:
    """The MemoryFolder a target writing at dest is to use instead of an OutputFolder (in
    `zipping`), else None."""
    memory = _MEMORY.get()
    return memory if memory is not None and memory.root == os.fspath(dest) else None


@contextlib.contextmanager
def zipping(dest: Path) -> Iterator[MemoryFolder]:
    """While open, a target's folder at dest is kept in memory (`memory_folder`)."""
    memory = MemoryFolder(dest)
    token = _MEMORY.set(memory)
    try:
        yield memory
    finally:
        _MEMORY.reset(token)
