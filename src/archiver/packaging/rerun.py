"""Reruns: is a bag already in OUTDIR what this run would make of the same article?

The bag this run would make is built in staging as usual and compared file by file with the
one in place, the times of the run aside (bag-info Bagging-Date, NewsML-G2 sent and
versionCreated), manifests aside (they follow from the files). Same: "exists", the old bag is
kept. Different (other options, another config, a newer archiver): "stale", unless --update.

A bag is found by its name, else by its guid (External-Identifier): adding --reference-date
later gives the article a dateline date, hence another name, but it is the same article.
"""

from __future__ import annotations

import os
import re
import tarfile
import zipfile
from pathlib import Path

_RUN_TIME_XML = re.compile(rb"<(sent|versionCreated)>[^<]*</\1>")
_MANIFEST = re.compile(r"^(tag)?manifest-[^/]+\.txt$")
MAX_COMPARED = 256 << 20  # an archive member larger than this is not read for comparison


def _comparable(rel: str, data: bytes) -> bytes:
    if rel == "bag-info.txt":
        return b"".join(
            line for line in data.splitlines(keepends=True) if not line.startswith(b"Bagging-Date:")
        )
    if rel.endswith(".xml"):
        return _RUN_TIME_XML.sub(rb"<\1/>", data)
    return data


def folder_files(root: Path) -> dict[str, bytes]:
    """rel path -> bytes of every regular file of a bag folder (links are not followed)."""
    files: dict[str, bytes] = {}
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in names:
            path = Path(folder, name)
            if path.is_symlink() or not path.is_file():
                continue
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def archive_files(path: Path) -> dict[str, bytes] | None:
    """The same for a serialized bag of ours (one top folder); None when it cannot be read."""
    files: dict[str, bytes] = {}
    try:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as zf:
                for info in zf.infolist():
                    if info.is_dir() or info.file_size > MAX_COMPARED:
                        continue
                    files[info.filename.split("/", 1)[-1]] = zf.read(info)
        else:
            with tarfile.open(path) as tf:
                for member in tf:
                    if not member.isfile() or member.size > MAX_COMPARED:
                        continue
                    handle = tf.extractfile(member)
                    if handle is not None:
                        files[member.name.split("/", 1)[-1]] = handle.read()
    except (OSError, tarfile.TarError, zipfile.BadZipFile, EOFError):
        return None
    return files


def differences(new: dict[str, bytes], old: dict[str, bytes]) -> list[str]:
    """The files that differ, or are in one bag only, the run's times and manifests aside
    (which manifests there are still counts: another algorithm is another bag)."""
    out = []
    for rel in sorted(set(new) | set(old)):
        if rel not in new or rel not in old:
            out.append(rel)
        elif _MANIFEST.match(rel):
            continue
        elif _comparable(rel, new[rel]) != _comparable(rel, old[rel]):
            out.append(rel)
    return out


_INDEX: dict[tuple[str, str], dict[str, list[str]]] = {}


def bag_for_guid(out_dir: Path, guid: str, digest: str, run_id: str = "") -> str | None:
    """The name of a bag folder in out_dir whose External-Identifier is guid.

    Bag names end with the source digest's first 12 hex digits whatever else changed, so
    OUTDIR is listed once per process and run (run_id) and only the bags with that ending
    are read; bags made during this run are found by their names, never by this.
    """
    key = (os.path.realpath(out_dir), run_id)
    index = _INDEX.get(key)
    if index is None:
        _INDEX.clear()  # one OUTDIR and run at a time
        index = _INDEX[key] = {}
        try:
            names = os.listdir(out_dir)
        except OSError:
            names = []
        for name in names:
            if not name.startswith("."):
                index.setdefault(name.rsplit("-", 1)[-1], []).append(name)
    for name in sorted(index.get(digest[:12], ())):
        try:
            with open(out_dir / name / "bag-info.txt", "rb") as fh:
                head = fh.read(64 << 10)
        except OSError:
            continue
        for line in head.splitlines():
            if line.startswith(b"External-Identifier:"):
                if line.split(b":", 1)[1].strip().decode("utf-8", "replace") == guid:
                    return name
    return None
