"""Serialized bags: one tar, tar.gz or zip that unpacks to exactly one folder named like it.

Entries are sorted, times fixed (SOURCE_DATE_EPOCH or the bagging date), owners and
permissions normalised, so the same bag always gives the same archive bytes. The archive is
written beside its final name and renamed into place when complete.
"""

from __future__ import annotations

import functools
import gzip
import os
import secrets
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from archiver.packaging.staging import STAGING_PREFIX, fsync_path

SUFFIXES = {"tar": ".tar", "tgz": ".tar.gz", "zip": ".zip"}
MEDIA_TYPES = {"tar": "application/x-tar", "tgz": "application/gzip", "zip": "application/zip"}
_ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip entry can hold


def _entries(bag: Path) -> list[tuple[str, Path]]:
    """(archive name, path) for the bag folder and everything below it, sorted."""
    out = [(bag.name, bag)]
    for dirpath, dirs, files in os.walk(bag):
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(dirpath) / name
            out.append((f"{bag.name}/{path.relative_to(bag).as_posix()}", path))
    return sorted(out)


def _write_tar(bag: Path, fh: BinaryIO | gzip.GzipFile, mtime: int) -> None:
    with tarfile.open(fileobj=fh, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for arcname, path in _entries(bag):
            info = tar.gettarinfo(str(path), arcname)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = mtime
            info.mode = 0o755 if info.isdir() else 0o644
            if info.isfile():
                with open(path, "rb") as src:
                    tar.addfile(info, src)
            else:
                tar.addfile(info)


def _write_zip(bag: Path, fh: BinaryIO, mtime: int) -> None:
    entries: list[tuple[str, Callable[[BinaryIO], object] | None]] = []
    for arcname, path in _entries(bag):
        entries.append((arcname, None if path.is_dir() else functools.partial(_copy_file, path)))
    write_zip_entries(entries, fh, mtime)


def _copy_file(path: Path, dst: BinaryIO) -> None:
    with open(path, "rb") as src:
        while chunk := src.read(1 << 20):
            dst.write(chunk)


def write_zip_entries(
    entries: list[tuple[str, Callable[[BinaryIO], object] | None]], fh: BinaryIO, mtime: int
) -> None:
    """A zip of the entries as given (name, writer of the bytes or None for a folder), each
    with the fixed time and the permissions of a serialized bag's."""
    import time

    stamp = time.gmtime(max(mtime, _ZIP_EPOCH))[:6]
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for arcname, write in entries:
            is_dir = write is None
            info = zipfile.ZipInfo(arcname + ("/" if is_dir else ""), date_time=stamp)
            info.external_attr = ((0o40755 if is_dir else 0o100644) & 0xFFFF) << 16
            info.create_system = 3  # unix, so the permissions above are read
            if write is None:
                zf.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                with zf.open(info, "w") as dst:
                    write(dst)  # type: ignore[arg-type]


def zip_folder(folder: Path, dest: Path, mtime: int) -> None:
    """Write a zip of folder at dest (a new file) holding one top folder named like folder,
    with the same sorted entries, fixed times and permissions as a serialized bag."""
    with open(dest, "xb") as raw:
        _write_zip(folder, raw, mtime)


def zip_entries(
    entries: list[tuple[str, Callable[[BinaryIO], object] | None]], dest: Path, mtime: int
) -> None:
    """Write a zip of the entries (`write_zip_entries`) at dest, a new file."""
    with open(dest, "xb") as raw:
        write_zip_entries(entries, raw, mtime)


def serialize_bag(bag: Path, fmt: str, mtime: int) -> Path:
    """Write <bag>.tar / .tar.gz / .zip beside the bag, atomically; return its path."""
    final = bag.parent / f"{bag.name}{SUFFIXES[fmt]}"
    # named like a staging folder of this bag, so a crash's leftover is removed as stale
    tmp = bag.parent / f"{STAGING_PREFIX}{bag.name}.{os.getpid()}.{secrets.token_hex(4)}"
    try:
        # "x": O_CREAT|O_EXCL, which never follows a link planted at the name
        with open(tmp, "xb") as raw:
            if fmt == "zip":
                _write_zip(bag, raw, mtime)
            elif fmt == "tgz":
                # no file name and a fixed time in the gzip header: same bag, same bytes
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime) as gz:
                    _write_tar(bag, gz, mtime)
            else:
                _write_tar(bag, raw, mtime)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, final)
        fsync_path(bag.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return final
