"""Bit rot: every flipped bit of a small bag, folder or archive, is caught by `validate`.

A bag is made from a short article (about 8 KB over 11 files). On a working copy, one bit at
a time is flipped, the bag validated in-process (`validate_bag`, `ValidateOptions()`), and the
byte put back.

- Folder bag: every flip in every payload and tag file makes the bag invalid. The only flips
  allowed to pass are those the spec itself cannot see: a hex letter's case in a tag manifest
  (`a` <-> `A` is the same checksum, RFC 8493 §2.1.3 allows either case; tag manifests are
  covered by no other checksum).
- Tar and zip: every flip is reported, or the bag the archive unpacks to is byte for byte the
  original (a flip in tar padding, in a zip timestamp...) or differs by the allowed hex case
  above: never a silently different bag.

Quick run: a seeded sample of 2,500 flips over the folder (every file's first and last byte
included) and 300 per archive. ARCHIVER_SLOW=1: all 8 bits of every byte of the folder bag
(about 67,000 validations), and 2,000 flips per archive.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest
from faults_helpers import EPOCH, slow

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.packaging import PackageOptions, package_article

SHORT = "Short headline\n\nSEOUL, Nov. 19 (UPI) -- A short body.\n"
HEX_LETTERS = b"abcdef"
OPTIONS = ValidateOptions()
COUNTS: dict[str, int] = {}


@pytest.fixture(scope="module")
def bags(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bitrot")
    src = root / "short.txt"
    src.write_text(SHORT)
    out = root / "out"
    out.mkdir()
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        made = {}
        for fmt in ("tar", "zip"):
            result = package_article(str(src), out, PackageOptions(language="en", serialize=fmt))
            made[fmt] = Path(result.archive)
        made["folder"] = Path(result.bag)
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    for path in made.values():
        report = validate_bag(path, OPTIONS)
        assert report.valid and report.findings == [], report.findings
    return made


def files_of(bag: Path) -> list[Path]:
    return sorted(p for p in bag.rglob("*") if p.is_file())


def allowed_undetected(rel: str, before: int, after: int) -> bool:
    """A hex letter's case in a tag manifest: the same checksum, RFC 8493 allows both."""
    return (
        rel.startswith("tagmanifest-")
        and before in HEX_LETTERS
        and after == bytes([before]).upper()[0]
    )


def sweep_folder(bag: Path, work: Path, flips: list[tuple[str, int, int]]) -> dict[str, int]:
    shutil.copytree(bag, work)
    by_file: dict[str, list[tuple[int, int]]] = {}
    for rel, offset, bit in flips:
        by_file.setdefault(rel, []).append((offset, bit))
    missed, allowed, done = [], 0, 0
    for rel, items in sorted(by_file.items()):
        path = work / rel
        data = path.read_bytes()
        with open(path, "r+b") as fh:
            for offset, bit in items:
                flipped = data[offset] ^ (1 << bit)
                fh.seek(offset)
                fh.write(bytes([flipped]))
                fh.flush()
                report = validate_bag(work, OPTIONS)
                done += 1
                if report.valid:
                    if allowed_undetected(rel, data[offset], flipped):
                        allowed += 1
                    else:
                        missed.append((rel, offset, bit, report.findings))
                fh.seek(offset)
                fh.write(data[offset : offset + 1])
                fh.flush()
    assert validate_bag(work, OPTIONS).valid  # every byte was put back
    assert missed == [], f"{len(missed)} flips not detected, e.g. {missed[:5]}"
    return {"flips": done, "detected": done - allowed, "hex-case-allowed": allowed}


def all_positions(bag: Path) -> list[tuple[str, int]]:
    return [
        (p.relative_to(bag).as_posix(), i) for p in files_of(bag) for i in range(p.stat().st_size)
    ]


def test_bit_flips_in_a_folder_bag_sample(bags, tmp_path: Path):
    bag = bags["folder"]
    rng = random.Random("archiver-bitrot")
    positions = all_positions(bag)
    chosen = set(rng.sample(positions, 2500))
    for p in files_of(bag):  # every file's first and last byte too
        rel = p.relative_to(bag).as_posix()
        chosen |= {(rel, 0), (rel, p.stat().st_size - 1)}
    flips = [(rel, i, rng.randrange(8)) for rel, i in sorted(chosen)]
    result = sweep_folder(bag, tmp_path / "work", flips)
    COUNTS["folder-sample"] = result["flips"]
    assert result["flips"] >= 2500
    print(f"folder bag sample: {result} over {len(positions)} bytes")


@slow
def test_every_bit_of_every_byte_of_a_folder_bag(bags, tmp_path: Path):
    bag = bags["folder"]
    flips = [(rel, i, bit) for rel, i in all_positions(bag) for bit in range(8)]
    result = sweep_folder(bag, tmp_path / "work", flips)
    assert result["flips"] == len(flips)
    print(f"folder bag, every bit: {result}")


# -- archives ---------------------------------------------------------------------------------


def unpacked_files(archive: bytes, fmt: str) -> dict[str, bytes] | None:
    """What a plain reader gets out of the archive: regular files by name; None if unreadable."""
    try:
        if fmt == "tar":
            found = {}
            with tarfile.open(fileobj=io.BytesIO(archive), mode="r|") as tar:
                for member in tar:
                    if member.isreg():
                        data = tar.extractfile(member)
                        found[member.name] = data.read() if data else b""
            return found
        with zipfile.ZipFile(io.BytesIO(archive)) as zf:
            return {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    except Exception:
        return None


def hex_case_only(got: dict[str, bytes] | None, expected: dict[str, bytes]) -> bool:
    """got differs from expected only in a hex letter's case inside a tag manifest."""
    if got is None or got.keys() != expected.keys():
        return False
    diff = [name for name in got if got[name] != expected[name]]
    if len(diff) != 1 or not diff[0].rsplit("/", 1)[-1].startswith("tagmanifest-"):
        return False
    a, b = got[diff[0]], expected[diff[0]]
    return len(a) == len(b) and all(
        x == y or (x in HEX_LETTERS + HEX_LETTERS.upper() and x ^ 0x20 == y)
        for x, y in zip(a, b, strict=True)
    )


def sweep_archive(archive: Path, work_dir: Path, count: int | None, seed: str) -> dict[str, int]:
    fmt = "zip" if archive.suffix == ".zip" else "tar"
    original = archive.read_bytes()
    expected = unpacked_files(original, fmt)
    assert expected
    work_dir.mkdir()
    work = work_dir / archive.name  # same name: the archive unpacks to its own stem
    work.write_bytes(original)
    rng = random.Random(seed)
    positions = range(len(original))
    chosen = sorted(positions if count is None else rng.sample(positions, count))
    detected = harmless = allowed = 0
    silent = []
    with open(work, "r+b") as fh:
        for offset in chosen:
            bit = rng.randrange(8)
            flipped = bytearray(original)
            flipped[offset] ^= 1 << bit
            fh.seek(offset)
            fh.write(flipped[offset : offset + 1])
            fh.flush()
            report = validate_bag(work, ValidateOptions(temp_dir=str(work_dir)))
            if not report.valid:
                detected += 1
            elif (got := unpacked_files(bytes(flipped), fmt)) == expected:
                harmless += 1  # padding, timestamps, ...: the bag inside is the same
            elif hex_case_only(got, expected):
                allowed += 1
            else:
                silent.append((offset, bit))
            fh.seek(offset)
            fh.write(original[offset : offset + 1])
            fh.flush()
    assert sorted(os.listdir(work_dir)) == [archive.name]  # the private folders are gone
    assert silent == [], f"{len(silent)} flips changed the bag unnoticed, e.g. {silent[:5]}"
    return {
        "flips": len(chosen),
        "detected": detected,
        "harmless": harmless,
        "hex-case-allowed": allowed,
    }


@pytest.mark.parametrize("fmt", ["tar", "zip"])
def test_bit_flips_in_archives_sample(bags, tmp_path: Path, fmt: str):
    result = sweep_archive(bags[fmt], tmp_path / "work", 300, f"archiver-bitrot-{fmt}")
    COUNTS[f"{fmt}-sample"] = result["flips"]
    print(f"{fmt} sample: {result}")


@slow
@pytest.mark.parametrize("fmt", ["tar", "zip"])
def test_bit_flips_in_archives_slow(bags, tmp_path: Path, fmt: str):
    result = sweep_archive(bags[fmt], tmp_path / "work", 2000, f"archiver-bitrot-slow-{fmt}")
    print(f"{fmt} slow: {result}")
