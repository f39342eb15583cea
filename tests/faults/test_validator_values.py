"""Malformed values in a bag: each its own finding, the rest of the bag still checked.

- counts are RFC 8493 ABNF DIGIT, ASCII 0-9 only: fullwidth, Arabic-Indic, superscript digits
  are invalid in BagIt-Version, Payload-Oxum and fetch.txt lengths;
- a 5,000-digit Payload-Oxum, version or fetch length is a finding, never E999;
- a payload file larger than the whole payload by its Payload-Oxum is not read to its end.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from faults_helpers import plain_bag, rehash_tagmanifests

from archiver.bagcheck import ValidateOptions, validate_bag


def bag_with(
    tmp_path: Path,
    *,
    oxum: str | None = None,
    version: str | None = None,
    fetch: str | None = None,
) -> Path:
    bag = plain_bag(tmp_path / "bag", {"a.txt": b"a", "b.txt": b"bb"})
    (bag / "data/unlisted.txt").write_bytes(b"not in the manifest")  # a second, other problem
    if oxum is not None:
        info = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines(keepends=True)
        kept = [line for line in info if not line.startswith("Payload-Oxum")]
        (bag / "bag-info.txt").write_text(
            "".join(kept) + f"Payload-Oxum: {oxum}\n", encoding="utf-8"
        )
    if version is not None:
        (bag / "bagit.txt").write_text(
            f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8"
        )
    if fetch is not None:
        (bag / "fetch.txt").write_text(fetch, encoding="utf-8")
    rehash_tagmanifests(bag)
    return bag


def codes(bag: Path) -> list[str]:
    report = validate_bag(bag, ValidateOptions())
    found = [f.code for f in report.findings]
    assert "E999" not in found, report.findings
    assert "E061" in found, report.findings  # the rest of the bag was still checked
    return found


FULLWIDTH_ONE = "\uff11"
ARABIC_INDIC_TWO = "\u0662"


@pytest.mark.parametrize(
    "oxum",
    ["9" * 5000 + ".2", "2." + "9" * 5000, f"{FULLWIDTH_ONE}.2", f"3.{ARABIC_INDIC_TWO}", "3.²"],
    ids=["5000-digit-octets", "5000-digit-streams", "fullwidth", "arabic-indic", "superscript"],
)
def test_malformed_payload_oxum(tmp_path: Path, oxum: str):
    assert "E021" in codes(bag_with(tmp_path, oxum=oxum))


@pytest.mark.parametrize(
    "version",
    [f"{FULLWIDTH_ONE}.0", f"1.{ARABIC_INDIC_TWO}", "1" * 5000 + ".0", "1.²"],
    ids=["fullwidth", "arabic-indic", "5000-digit", "superscript"],
)
def test_malformed_bagit_version(tmp_path: Path, version: str):
    report = validate_bag(bag_with(tmp_path, version=version), ValidateOptions())
    assert "E999" not in {f.code for f in report.findings}, report.findings
    assert "E005" in {f.code for f in report.findings}, report.findings


@pytest.mark.parametrize(
    "length",
    ["²", FULLWIDTH_ONE, ARABIC_INDIC_TWO * 2, "1" * 5000, "-1", "1e3"],
    ids=["superscript", "fullwidth", "arabic-indic", "5000-digit", "negative", "float"],
)
def test_malformed_fetch_length(tmp_path: Path, length: str):
    fetch = f"https://example.org/c.txt {length} data/c.txt\nhttps://example.org/d 1 data/d\n"
    found = codes(bag_with(tmp_path, fetch=fetch))
    assert found.count("E080") == 1  # the bad line only; the good one is read


def test_a_valid_fetch_length_still_reads(tmp_path: Path):
    bag = bag_with(tmp_path, fetch="https://example.org/a.txt 1 data/a.txt\n")
    assert "E080" not in codes(bag)


def test_a_file_larger_than_the_whole_oxum_is_not_read(tmp_path: Path):
    """A 10 GB sparse file planted in a bag whose Payload-Oxum says 3 bytes: the Oxum
    already proves the bag wrong, and the file is not read (which would take minutes)."""
    bag = plain_bag(tmp_path / "bag", {"a.txt": b"a", "b.txt": b"bb"})
    big = bag / "data/b.txt"
    with open(big, "r+b") as fh:
        fh.truncate(10 * 10**9)  # sparse: no disk used
    if os.stat(big).st_blocks * 512 > 1 << 20:
        pytest.skip("this file system does not make sparse files")
    report = validate_bag(bag, ValidateOptions(jobs=2))
    found = {f.code: f for f in report.findings}
    assert "10000000001 bytes" in found["E023"].message  # the Oxum check counts its size
    assert "not hashed" in found["E072"].message and found["E072"].path == "data/b.txt"
    assert report.bytes_hashed < 1 << 20, report.bytes_hashed
    assert not report.valid


@pytest.mark.parametrize("name", ["bag-info.txt", "bagit.txt", "fetch.txt"])
def test_a_huge_text_tag_file_is_not_read_to_its_end(tmp_path: Path, name: str):
    bag = plain_bag(tmp_path / "bag", {"a.txt": b"a"})
    with open(bag / name, "ab") as fh:
        fh.truncate(10 * 10**9)  # 10 GB, sparse
    if os.stat(bag / name).st_blocks * 512 > 1 << 20:
        pytest.skip("this file system does not make sparse files")
    report = validate_bag(bag, ValidateOptions())
    assert not report.valid and "E999" not in {f.code for f in report.findings}
    assert report.bytes_hashed < 1 << 20, report.bytes_hashed
