"""Serialized bags: valid archives, and hostile ones refused without harm."""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from validate_helpers import build_bag, codes, errors

from archiver.bagcheck.archives import Limits


def tar_bag(bag: Path, target: Path, mode: str = "w") -> Path:
    with tarfile.open(target, mode) as tar:
        tar.add(bag, arcname=bag.name)
    return target


def zip_bag(bag: Path, target: Path) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(bag.rglob("*")):
            zf.write(path, f"{bag.name}/{path.relative_to(bag).as_posix()}")
    return target


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Point TMPDIR at a fresh folder so the test can see what is left behind."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.mark.parametrize(
    "suffix, writer",
    [
        (".tar", lambda b, t: tar_bag(b, t, "w")),
        (".tar.gz", lambda b, t: tar_bag(b, t, "w:gz")),
        (".tgz", lambda b, t: tar_bag(b, t, "w:gz")),
        (".tar.bz2", lambda b, t: tar_bag(b, t, "w:bz2")),
        (".zip", zip_bag),
    ],
)
def test_serialized_bags_are_valid(tmp_path, check, private_tmp, suffix, writer):
    bag = build_bag(tmp_path / "article-0001")
    archive = writer(bag, tmp_path / f"article-0001{suffix}")
    report = check(archive)
    assert report.valid, report.findings
    assert report.findings == []
    assert report.payload_files == 3
    assert report.serialization in ("tar", "tgz", "tbz2", "zip")
    assert list(private_tmp.iterdir()) == []  # the private folder is gone


def test_corrupted_payload_in_archive_is_found(tmp_path, check):
    bag = build_bag(tmp_path / "b")
    (bag / "data" / "article.txt").write_bytes(b"tampered")
    report = check(tar_bag(bag, tmp_path / "b.tar.gz", "w:gz"))
    assert errors(report) == {"E070", "E023"}
    assert {f.path for f in report.findings} == {"data/article.txt", "bag-info.txt"}


def test_archive_name_differs_from_folder(tmp_path, check):
    bag = build_bag(tmp_path / "inner")
    report = check(tar_bag(bag, tmp_path / "outer.tar"))
    assert report.valid
    assert codes(report) == {"W200"}


def _tar_with(tmp_path: Path, extra: list[tuple[tarfile.TarInfo, bytes | None]]) -> Path:
    bag = build_bag(tmp_path / "bag")
    target = tmp_path / "bag.tar"
    with tarfile.open(target, "w") as tar:
        tar.add(bag, arcname="bag")
        for info, data in extra:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return target


def _member(name: str, kind: bytes = tarfile.REGTYPE, data: bytes = b"", link: str = ""):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    info.linkname = link
    return info, (data if kind == tarfile.REGTYPE else None)


@pytest.mark.parametrize(
    "member, code",
    [
        (_member("bag/../../escaped.txt", data=b"pwned"), "E202"),
        (_member("/tmp/absolute-escape.txt", data=b"pwned"), "E201"),
        (_member("bag/data/link", tarfile.SYMTYPE, link="/etc/passwd"), "E203"),
        (_member("bag/data/hard", tarfile.LNKTYPE, link="bag/bagit.txt"), "E203"),
        (_member("bag/data/dev", tarfile.CHRTYPE), "E204"),
        (_member("bag/data/blk", tarfile.BLKTYPE), "E204"),
        (_member("bag/data/fifo", tarfile.FIFOTYPE), "E204"),
        (_member("second/file.txt", data=b"x"), "E205"),
        (_member("toplevel.txt", data=b"x"), "E205"),
        (_member("bag/data/nul\x01name", data=b"x"), "E211"),
        (_member("bag/data/back\\slash", data=b"x"), "E211"),
        (_member("bag/bagit.txt", data=b"again"), "E208"),
    ],
)
def test_hostile_tar_entries_are_refused(tmp_path, check, private_tmp, member, code):
    archive = _tar_with(tmp_path, [member])
    report = check(archive)
    assert errors(report) == {code}, report.findings
    assert not report.valid
    assert list(private_tmp.iterdir()) == []
    assert not (tmp_path / "escaped.txt").exists()
    assert not Path("/tmp/absolute-escape.txt").exists()


def test_hostile_zip_entries_are_refused(tmp_path, check, private_tmp):
    bag = build_bag(tmp_path / "bag")
    base = zip_bag(bag, tmp_path / "base.zip").read_bytes()
    cases = {
        "E202": ("bag/../../escaped.txt", 0o100644),
        "E201": ("/abs.txt", 0o100644),
        "E203": ("bag/data/link", 0o120777),
        "E204": ("bag/data/fifo", 0o010644),
    }
    for code, (name, mode) in cases.items():
        target = tmp_path / f"case-{code}.zip"
        target.write_bytes(base)
        with zipfile.ZipFile(target, "a") as zf:
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = mode << 16
            zf.writestr(info, b"/etc/passwd")
        report = check(target)
        assert errors(report) == {code}, (code, report.findings)
    assert list(private_tmp.iterdir()) == []
    assert not (tmp_path / "escaped.txt").exists()


def test_zip_bomb_is_refused(tmp_path, check, private_tmp):
    target = tmp_path / "bomb.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb/bagit.txt", b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        zf.writestr("bomb/data/zeros.bin", bytes(64 << 20))  # 64 MiB -> ~64 KiB
    assert target.stat().st_size < 1 << 20
    report = check(target)
    assert errors(report) == {"E207"}
    assert list(private_tmp.iterdir()) == []


def test_gzip_bomb_is_refused_while_streaming(tmp_path, check, private_tmp):
    bag = build_bag(tmp_path / "bomb", files={"zeros.bin": bytes(32 << 20)})
    archive = tar_bag(bag, tmp_path / "bomb.tar.gz", "w:gz")
    report = check(archive)
    assert errors(report) == {"E207"}


def test_size_limit(tmp_path, check, private_tmp):
    bag = build_bag(tmp_path / "big", files={"random.bin": os.urandom(200_000)})
    for archive in (tar_bag(bag, tmp_path / "big.tar"), zip_bag(bag, tmp_path / "big.zip")):
        report = check(archive, max_archive_bytes=100_000)
        assert errors(report) == {"E206"}, report.findings
        assert check(archive).valid
    assert list(private_tmp.iterdir()) == []


def test_entry_limit(tmp_path, check):
    bag = build_bag(tmp_path / "many")
    report = check(tar_bag(bag, tmp_path / "many.tar"), max_archive_entries=3)
    assert errors(report) == {"E210"}


def test_truncated_and_garbage_archives(tmp_path, check):
    bag = build_bag(tmp_path / "t")
    whole = tar_bag(bag, tmp_path / "t.tar.gz", "w:gz").read_bytes()
    (tmp_path / "t.tar.gz").write_bytes(whole[: len(whole) // 2])
    assert errors(check(tmp_path / "t.tar.gz")) == {"E200"}
    (tmp_path / "g.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert errors(check(tmp_path / "g.zip")) == {"E200"}


def test_empty_archive(tmp_path, check):
    target = tmp_path / "empty.tar"
    with tarfile.open(target, "w"):
        pass
    assert errors(check(target)) == {"E205"}


def test_limits_defaults():
    limits = Limits()
    assert limits.max_bytes == 4 << 30
    assert limits.max_ratio == 200
