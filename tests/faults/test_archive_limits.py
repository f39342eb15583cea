"""Serialized bags cost what the limits allow, whatever their headers claim.

- pax and GNU long-name headers are judged by their declared size before tarfile reads them
  (a tiny .tar.bz2 whose pax header claims 1 GiB), counted against --max-archive-bytes, and
  cannot chain without end;
- decompression never inflates more than is asked for at a time;
- sparse members count at their expanded size, and their maps are bounded;
- the expansion ratio is measured on the bytes written against the archive bytes actually
  read, not the sizes an entry declares;
- 1,200 nested folders: a report, no RecursionError, the private folder removed.
"""

from __future__ import annotations

import bz2
import io
import os
import resource
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

import pytest
from faults_helpers import invoke, nested_folders

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.safefs import make_folders, remove_tree

MiB = 1 << 20


def header(name: str, typeflag: bytes, size: int, extra: dict[int, bytes] | None = None) -> bytes:
    """A 512-byte ustar header (with GNU fields placed by offset in extra)."""
    ti = tarfile.TarInfo(name)
    ti.size = 0
    ti.type = tarfile.REGTYPE
    block = bytearray(ti.tobuf(format=tarfile.GNU_FORMAT))
    block[156:157] = typeflag
    block[124:136] = b"%011o\0" % size if size < 8**11 else b"\x80" + size.to_bytes(11, "big")
    for offset, value in (extra or {}).items():
        block[offset : offset + len(value)] = value
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def pax_record(key: bytes, value: bytes) -> bytes:
    """One pax record, "LENGTH key=value\\n", LENGTH counting itself."""
    body = b" " + key + b"=" + value + b"\n"
    length = len(body) + 1
    while len(str(length)) + len(body) != length:
        length += 1
    return b"%d%s" % (length, body)


def validate(path: Path, tmp_path: Path, **limits: int | float):
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    options = ValidateOptions(temp_dir=str(temp), **limits)  # type: ignore[arg-type]
    report = validate_bag(path, options)
    assert list(temp.iterdir()) == []  # the private folder is gone, whatever happened
    return report


def codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in report.findings}


def bz2_of(*parts: bytes, zeros: int = 0) -> bytes:
    comp = bz2.BZ2Compressor(9)
    out = [comp.compress(p) for p in parts]
    chunk = b"\0" * (16 * MiB)
    while zeros > 0:
        out.append(comp.compress(chunk[: min(zeros, len(chunk))]))
        zeros -= len(chunk)
    out.append(comp.flush())
    return b"".join(out)


@pytest.fixture
def memory_cap():
    """Address space capped at 1 GiB above what the test process holds now."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (current + (1 << 30), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.mark.parametrize("typeflag", [tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.GNUTYPE_LONGNAME])
def test_a_huge_extended_header_is_refused_before_it_is_read(
    tmp_path: Path, typeflag: bytes, memory_cap: None
):
    archive = tmp_path / "bomb.tar.bz2"
    # a header claiming 2 GiB: tarfile would read all of it into memory before looking
    archive.write_bytes(bz2_of(header("x", typeflag, 2 << 30), zeros=4 * MiB))
    report = validate(archive, tmp_path)
    assert not report.valid and codes(report) == {"E206"}, report.findings
    assert "header" in report.findings[0].message


def test_extended_headers_count_against_max_archive_bytes(tmp_path: Path):
    archive = tmp_path / "b.tar"
    pax = pax_record(b"comment", b"c" * 999)
    with open(archive, "wb") as fh:
        for _ in range(3):
            fh.write(header("./PaxHeader", tarfile.XHDTYPE, len(pax)))
            fh.write(pax + b"\0" * (-len(pax) % 512))
    report = validate(archive, tmp_path, max_archive_bytes=2000)
    assert "E206" in codes(report), report.findings


def test_an_endless_chain_of_long_name_headers_is_refused(tmp_path: Path):
    archive = tmp_path / "chain.tar"
    with open(archive, "wb") as fh:
        for _ in range(5000):  # tarfile follows each by recursion
            fh.write(header("././@LongLink", tarfile.GNUTYPE_LONGNAME, 10))
            fh.write(b"bag/x.txt\0".ljust(512, b"\0"))
        fh.write(b"\0" * 1024)
    report = validate(archive, tmp_path)
    assert codes(report) == {"E206"}, report.findings  # refused after a few, not recursed


def gnu_sparse(name: str, realsize: int, data: bytes, maps: list[tuple[int, int]]) -> bytes:
    """An old-GNU sparse member ('S'): map in the header, `data` stored, realsize expanded."""
    extra = {483: b"%011o\0" % realsize}
    for i, (offset, numbytes) in enumerate(maps[:4]):
        extra[386 + 24 * i] = b"%011o\0" % offset
        extra[386 + 24 * i + 12] = b"%011o\0" % numbytes
    member = header(name, tarfile.GNUTYPE_SPARSE, len(data), extra)
    return member + data + b"\0" * (-len(data) % 512)


def test_a_sparse_member_counts_at_its_expanded_size(tmp_path: Path):
    archive = tmp_path / "bag.tar"
    folder = header("bag/", tarfile.DIRTYPE, 0)
    sparse = gnu_sparse("bag/holes.bin", 64 * MiB, b"x" * 512, [(64 * MiB - 512, 512)])
    archive.write_bytes(folder + sparse + b"\0" * 1024)
    report = validate(archive, tmp_path, max_archive_bytes=32 * MiB)
    assert "E206" in codes(report), report.findings  # 64 MiB expanded > 32 MiB limit
    # within the size limit, the ratio (written / read from the archive) still applies
    report = validate(archive, tmp_path)
    assert "E207" in codes(report), report.findings


def test_a_sparse_map_without_end_is_refused(tmp_path: Path):
    archive = tmp_path / "bag.tar"
    pax_records = b"".join(
        pax_record(k, v)
        for k, v in [
            (b"GNU.sparse.major", b"1"),
            (b"GNU.sparse.minor", b"0"),
            (b"GNU.sparse.realsize", b"10"),
        ]
    )
    body = header("bag/PaxHeader", tarfile.XHDTYPE, len(pax_records))
    body += pax_records + b"\0" * (-len(pax_records) % 512)
    body += header("bag/f", tarfile.REGTYPE, 1 << 30)
    # a map that claims a billion entries, then endless "1\n"
    archive.write_bytes(body + b"999999999\n" + b"1\n" * (64 << 10))
    report = validate(archive, tmp_path)
    assert codes(report) == {"E206"}, report.findings  # judged by its length, not read


def test_a_zip_entry_lying_about_its_compressed_size_is_refused(tmp_path: Path):
    """A zip entry that declares as many compressed bytes as it expands to (ratio 1 on
    paper) but holds a few kilobytes of deflate: refused, by what is read, not declared."""
    content = b"\0" * (4 * MiB)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bag/", b"")
        zf.writestr("bag/zeros.bin", content)
    data = bytearray(buf.getvalue())
    real_size = len(zlib.compress(content)) - 6  # about 4 KB of raw deflate
    central = data.rfind(b"PK\x01\x02")
    assert struct.unpack_from("<I", data, central + 20)[0] in range(real_size - 64, real_size + 64)
    struct.pack_into("<I", data, central + 20, len(content))  # declared compressed size
    archive = tmp_path / "bag.zip"
    archive.write_bytes(bytes(data))
    report = validate(archive, tmp_path)
    assert not report.valid and codes(report) <= {"E207", "E200"}, report.findings


def nested_tar(path: Path, depth: int) -> None:
    with tarfile.open(path, "w") as tar:
        name = "bag"
        for _ in range(depth + 1):
            info = tarfile.TarInfo(name)
            info.type = tarfile.DIRTYPE
            tar.addfile(info)
            name += "/a"
        info = tarfile.TarInfo(name + ".txt")  # a file at the bottom, parents implied
        tar.addfile(info, io.BytesIO(b""))


def test_1200_nested_folders_are_reported_and_removed(tmp_path: Path):
    archive = tmp_path / "bag.tar"
    nested_tar(archive, 1200)
    report = validate(archive, tmp_path)
    assert not report.valid and "E999" not in codes(report), report.findings


def test_nested_parents_implied_by_a_deep_entry(tmp_path: Path):
    archive = tmp_path / "bag.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo("bag/" + "/".join(["a"] * 1500) + "/f.txt")
        tar.addfile(info, io.BytesIO(b""))
    report = validate(archive, tmp_path)
    assert not report.valid and "E999" not in codes(report), report.findings


def test_remove_tree_handles_any_depth_and_never_follows_links(tmp_path: Path):
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "file").write_text("keep", encoding="utf-8")
    top = tmp_path / "deep"
    path = nested_folders(top, 1500)
    (path / "link").symlink_to(keep)
    (path / "f").write_text("x", encoding="utf-8")
    remove_tree(top)
    assert not top.exists()
    assert (keep / "file").read_text(encoding="utf-8") == "keep"
    link = tmp_path / "just-a-link"
    link.symlink_to(keep)
    remove_tree(link)
    assert not os.path.lexists(link) and keep.is_dir()


def test_make_folders_any_depth(tmp_path: Path):
    deepest = tmp_path / "top" / "/".join(["a"] * 1500)
    try:
        make_folders(deepest)
        assert deepest.is_dir()
        (deepest / "file").write_text("x", encoding="utf-8")
        with pytest.raises(FileExistsError):
            make_folders(deepest / "file" / "below")
    finally:
        remove_tree(tmp_path / "top")


def test_a_valid_bag_1100_folders_deep_exports(tmp_path: Path):
    import hashlib

    bag = tmp_path / "deep-bag"
    (bag / "data").mkdir(parents=True)
    deepest = nested_folders(bag / "data" / "p", 1100)
    (deepest / "f.txt").write_bytes(b"hello")
    rel = (deepest / "f.txt").relative_to(bag).as_posix()
    (bag / "bagit.txt").write_text(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8"
    )
    for alg in ("sha256", "sha512"):
        digest = hashlib.new(alg, b"hello").hexdigest()
        (bag / f"manifest-{alg}.txt").write_text(f"{digest}  {rel}\n", encoding="utf-8")
    (bag / "bag-info.txt").write_text(
        "Payload-Oxum: 5.1\nExternal-Identifier: urn:example:deep\n", encoding="utf-8"
    )
    out = tmp_path / "exported"
    try:
        assert validate_bag(bag, ValidateOptions()).valid
        result = invoke("export", "--to", "archivematica", "-o", out, bag)
        assert result.exit_code == 0, (result.output, result.stderr)
    finally:
        remove_tree(bag)
        remove_tree(out)
