"""Payload manifests and tag manifests are read by one reader (`bagcheck.manifests`): a rule
about a manifest line or a listed file reads the same whichever kind of manifest breaks it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from validate_helpers import build_bag

from archiver.bagcheck import validate_bag
from archiver.bagcheck.manifests import Entry, Index, Manifest


def _messages(bag: Path, code: str) -> list[tuple[str | None, str]]:
    report = validate_bag(bag)
    return [(f.path, f.message) for f in report.findings if f.code == code]


def _append(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)


def test_a_path_listed_again_with_another_checksum_reads_the_same_in_both(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", checksums=("sha256",))
    _append(bag / "manifest-sha256.txt", f"{'f' * 64}  data/article.txt\n")
    _append(bag / "tagmanifest-sha256.txt", f"{'f' * 64}  bag-info.txt\n")
    payload_line = len((bag / "manifest-sha256.txt").read_text().splitlines())
    tag_line = len((bag / "tagmanifest-sha256.txt").read_text().splitlines())
    assert sorted(_messages(bag, "E031")) == [
        (
            "bag-info.txt",
            f"tagmanifest-sha256.txt line {tag_line}: listed again with another checksum",
        ),
        (
            "data/article.txt",
            f"manifest-sha256.txt line {payload_line}: listed again with another checksum",
        ),
    ]


def test_a_folder_listed_as_a_file_reads_the_same_in_both(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag", checksums=("sha256",))
    (bag / "extra").mkdir()
    _append(bag / "manifest-sha256.txt", f"{'0' * 64}  data/images\n")
    _append(bag / "tagmanifest-sha256.txt", f"{'0' * 64}  extra\n")
    assert sorted(_messages(bag, "E038")) == [
        ("data/images", "manifest lists a folder, not a file"),
        ("extra", "manifest lists a folder, not a file"),
    ]


def test_the_index_keeps_one_digest_per_manifest_and_where_the_file_was_seen() -> None:
    found = []
    manifests = [
        Manifest("manifest-sha256.txt", "sha256", "sha256"),
        Manifest("manifest-md5.txt", "md5", "md5"),
    ]
    index = Index(manifests, strict=True, add=found.append)
    a, b = hashlib.sha256(b"a").digest(), hashlib.md5(b"a").digest()
    index.put(0, 1, "data/a", a)
    index.put_plain(1, [[(b.hex(), "data/a"), (b.hex(), "data/b")]])
    index.put(0, 2, "data/a", a)  # twice, same digest: E032 in BagIt 1.0
    entry = index["data/a"]
    assert isinstance(entry, Entry) and entry.digests == [a, b] and entry.seen is None
    assert index["data/b"].digests == [None, b]
    assert [(f.code, f.path, f.message) for f in found] == [
        ("E032", "data/a", "manifest-sha256.txt line 2: listed twice")
    ]
