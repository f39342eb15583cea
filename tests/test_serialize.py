"""Serialized bags: one top folder, sorted entries, fixed times/owners/modes, atomic writes."""

from __future__ import annotations

import errno
import gzip
import io
import os
import struct
import tarfile
import time
import zipfile
from pathlib import Path

import bagit
import pytest

from archiver.packaging import serialize
from archiver.packaging.serialize import SUFFIXES, serialize_bag
from archiver.packaging.staging import STAGING_PREFIX

MTIME = 1416355200  # 2014-11-19T00:00:00Z
FORMATS = list(SUFFIXES)


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    """A real (tiny) bag with nested folders, a non-ASCII name and odd permissions."""
    folder = tmp_path / "out" / "upi-2014-11-19-a-headline-0123456789ab"
    (folder / "original").mkdir(parents=True)
    (folder / "metadata").mkdir()
    (folder / "original" / "caf\u00e9 story.txt").write_bytes(
        b"SEOUL, Nov. 19 (UPI) --\r\nText\r\n"
    )
    (folder / "newsml.xml").write_bytes(b"<newsMessage/>\n")
    (folder / "metadata" / "dc.xml").write_bytes(b"<dc/>\n")
    bagit.make_bag(str(folder), {"Bagging-Date": "2014-11-19"}, checksums=["sha256"])
    os.chmod(folder / "bag-info.txt", 0o600)  # what is on disk must not leak into the archive
    return folder


def members(archive: Path, fmt: str) -> list[tuple[str, bool, int, bytes]]:
    """(name, is_dir, mode, content) of every entry, in archive order."""
    out = []
    if fmt == "zip":
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                mode = (info.external_attr >> 16) & 0o7777
                out.append((info.filename.rstrip("/"), info.is_dir(), mode, zf.read(info)))
    else:
        with tarfile.open(archive) as tf:
            for m in tf.getmembers():
                data = tf.extractfile(m).read() if m.isfile() else b""  # type: ignore[union-attr]
                out.append((m.name, m.isdir(), m.mode, data))
    return out


def tree(root: Path) -> dict[str, bytes | None]:
    return {
        p.relative_to(root.parent).as_posix(): (p.read_bytes() if p.is_file() else None)
        for p in [root, *root.rglob("*")]
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_top_folder_sorted_with_every_file(bag: Path, fmt: str):
    archive = serialize_bag(bag, fmt, MTIME)
    assert archive == bag.parent / f"{bag.name}{SUFFIXES[fmt]}"
    entries = members(archive, fmt)
    names = [e[0] for e in entries]
    assert names == sorted(names)
    assert names[0] == bag.name  # the folder itself comes first
    assert {n.split("/")[0] for n in names} == {bag.name}
    assert {n: (data if not is_dir else None) for n, is_dir, _m, data in entries} == tree(bag)


@pytest.mark.parametrize("fmt", FORMATS)
def test_fixed_modes_times_and_owners(bag: Path, fmt: str):
    archive = serialize_bag(bag, fmt, MTIME)
    for _name, is_dir, mode, _data in members(archive, fmt):
        assert mode == (0o755 if is_dir else 0o644)
    if fmt == "zip":
        with zipfile.ZipFile(archive) as zf:
            assert {i.date_time for i in zf.infolist()} == {(2014, 11, 19, 0, 0, 0)}
            assert {i.create_system for i in zf.infolist()} == {3}
    else:
        with tarfile.open(archive) as tf:
            ms = tf.getmembers()
            assert {m.mtime for m in ms} == {MTIME}
            assert {(m.uid, m.gid, m.uname, m.gname) for m in ms} == {(0, 0, "", "")}
            assert all(m.isfile() or m.isdir() for m in ms)  # no links, no devices


def test_gzip_header_has_fixed_time_and_no_file_name(bag: Path):
    data = serialize_bag(bag, "tgz", MTIME).read_bytes()
    assert data[:3] == b"\x1f\x8b\x08"
    flags = data[3]
    assert not flags & 0x08  # FNAME: no original file name recorded
    assert struct.unpack("<I", data[4:8])[0] == MTIME
    gzip.decompress(data)  # well-formed


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_bag_same_bytes_whatever_the_disk_says(bag: Path, fmt: str):
    first = serialize_bag(bag, fmt, MTIME).read_bytes()
    # different times, permissions and creation order on disk: the archive must not change
    for p in bag.rglob("*"):
        os.utime(p, (time.time(), time.time()))
    os.chmod(bag / "data" / "newsml.xml", 0o600)
    second = serialize_bag(bag, fmt, MTIME).read_bytes()
    assert first == second


def test_zip_times_before_1980_are_clamped(bag: Path):
    archive = serialize_bag(bag, "zip", 0)
    with zipfile.ZipFile(archive) as zf:
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_archive_unpacks_to_a_bag_that_validates(bag: Path, fmt: str, tmp_path: Path):
    archive = serialize_bag(bag, fmt, MTIME)
    dest = tmp_path / "unpacked"
    dest.mkdir()
    if fmt == "zip":
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(dest)
    else:
        with tarfile.open(archive) as tf:
            tf.extractall(dest, filter="data")
    assert [p.name for p in dest.iterdir()] == [bag.name]
    bagit.Bag(str(dest / bag.name)).validate()


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_write_leaves_no_archive_and_keeps_the_old_one(
    bag: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
):
    final = bag.parent / f"{bag.name}{SUFFIXES[fmt]}"
    final.write_bytes(b"previous archive")

    def disk_full(_bag: Path, fh: io.BufferedWriter, _mtime: int) -> None:
        fh.write(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(serialize, "_write_zip" if fmt == "zip" else "_write_tar", disk_full)
    with pytest.raises(OSError) as exc:
        serialize_bag(bag, fmt, MTIME)
    assert exc.value.errno == errno.ENOSPC
    assert final.read_bytes() == b"previous archive"  # never half-written at its final name
    assert not [p for p in bag.parent.iterdir() if p.name.startswith(STAGING_PREFIX)]


def test_temporary_archive_is_named_as_staging_of_its_bag(
    bag: Path, monkeypatch: pytest.MonkeyPatch
):
    """A crash mid-write leaves a hidden staging entry that remove_stale recognises."""
    seen: list[str] = []
    real = serialize._write_tar

    def spy(b: Path, fh, mtime: int) -> None:  # type: ignore[no-untyped-def]
        seen.append(Path(fh.name).name)
        real(b, fh, mtime)

    monkeypatch.setattr(serialize, "_write_tar", spy)
    serialize_bag(bag, "tar", MTIME)
    (name,) = seen
    assert name.startswith(f"{STAGING_PREFIX}{bag.name}.")
