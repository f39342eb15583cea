"""The export seam: registry, full validation first, read-only view, atomic staged commit."""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from pathlib import Path

import pytest
from export_helpers import EPOCH, export, files_of, snapshot, visible

from archiver.errors import InputError
from archiver.exports import (
    BagChanged,
    BagView,
    ExportOptions,
    StagedTarget,
    Target,
    add_target,
    get_target,
    target_names,
)
from archiver.exports.base import ExportResult
from archiver.exports.run import remove_stale_exports, validate_options, validated_bag
from archiver.packaging.staging import STAGING_PREFIX


class ListingTarget(StagedTarget):
    """A test target: a folder with the bag's name, bag-info and every payload file's bytes."""

    name = "test-listing"
    summary = "test target: what the view shows"
    zippable = True

    def write(self, bag: BagView, dest: Path) -> None:
        dest.mkdir()
        listing = {
            "name": bag.name,
            "organization": bag.info.first("Source-Organization"),
            "files": {rel: [bag.size(rel), bag.digest(rel, "sha256")] for rel in bag.files},
            "run": self.options.run_time.isoformat(),
        }
        (dest / "listing.json").write_text(json.dumps(listing, indent=1, sort_keys=True))
        for rel in bag.files:
            target = dest / rel.replace("/", "__")
            bag.copy(rel, target)
            assert target.read_bytes() == bag.read(rel)


class RootTarget(Target):
    """A test target that manages its own destination (like an OCFL storage root)."""

    name = "test-root"
    summary = "test target: one shared root"

    def begin(self, out_dir: Path) -> None:
        (out_dir / "ROOT").touch()

    def export(self, bag: BagView, out_dir: Path) -> ExportResult:
        assert (out_dir / "ROOT").exists()  # begin ran first, in the main process
        tmp = out_dir / f".{bag.name}.tmp"
        tmp.write_text(bag.info.first("External-Identifier") or "")
        os.replace(tmp, out_dir / f"{bag.name}.id")
        return ExportResult(
            bag.source, "created", str(out_dir / f"{bag.name}.id"), bag.name, self.name
        )


add_target(ListingTarget.name, ListingTarget)
add_target(RootTarget.name, RootTarget)


def test_registry_names_targets_and_refuses_unknown():
    assert {"test-listing", "test-root"} <= set(target_names())
    assert get_target("test-listing") is ListingTarget
    with pytest.raises(InputError, match="unknown export target 'nope'"):
        get_target("nope")
    listed = export("--list")
    assert listed.exit_code == 0
    assert "test-listing\ttest target: what the view shows" in listed.output
    unknown = export("--to", "nope", "-o", "x", ".")
    assert unknown.exit_code == 2 and "unknown export target 'nope'" in unknown.stderr


def test_valid_bag_is_exported_and_left_untouched(sample_bag: Path, tmp_path: Path):
    before = snapshot(sample_bag)
    out = tmp_path / "out"
    result = export("--to", "test-listing", "-o", str(out), str(sample_bag))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"created\t{out / sample_bag.name}")
    assert visible(out) == [sample_bag.name]  # no staging, no lock folder
    listing = json.loads((out / sample_bag.name / "listing.json").read_text())
    assert listing["name"] == sample_bag.name
    assert listing["run"] == "2014-11-19T00:00:00+00:00"
    manifest = (sample_bag / "manifest-sha256.txt").read_text().splitlines()
    expected = {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in manifest}
    assert {rel: d for rel, (_s, d) in listing["files"].items()} == expected
    original = next(rel for rel in expected if rel.startswith("data/original/"))
    copied = out / sample_bag.name / original.replace("/", "__")
    assert copied.read_bytes() == (sample_bag / original).read_bytes()
    assert snapshot(sample_bag) == before  # bytes, modes and times


def test_corrupted_bag_is_refused_named_and_nothing_is_written(sample_bag: Path, tmp_path: Path):
    newsml = sample_bag / "data" / "newsml.xml"
    newsml.write_bytes(newsml.read_bytes().replace(b"<", b" <", 1))  # same meaning, new bytes
    out, report = tmp_path / "out", tmp_path / "report.jsonl"
    result = export(
        "--to", "test-listing", "-o", str(out), "--report", str(report), str(sample_bag)
    )
    assert result.exit_code == 1
    assert f"{sample_bag}: invalid bag, not exported:" in result.stderr
    assert "data/newsml.xml" in result.stderr
    assert visible(out) == []
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert lines[0]["source"] == str(sample_bag) and lines[0]["status"] == "failed"
    assert "invalid bag" in lines[0]["error"]
    assert lines[1]["summary"]["failed"] == 1


def test_one_bad_bag_among_good_ones(sample_bag: Path, sample_archive: Path, tmp_path: Path):
    bad = tmp_path / "bad" / sample_bag.name
    shutil.copytree(sample_bag, bad)
    (bad / "data" / "metadata" / "dc.xml").unlink()
    out = tmp_path / "out"
    result = export("--to", "test-listing", "-j", "2", "-o", str(out), str(sample_bag), str(bad))
    assert result.exit_code == 1
    assert "1 of 2 failed" in result.stderr and f"{bad}: invalid bag" in result.stderr
    assert visible(out) == [sample_bag.name]


def test_serialized_bag_is_validated_and_named_by_its_stem(sample_archive: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = export("--to", "test-listing", "-o", str(out), str(sample_archive))
    assert result.exit_code == 0, result.output
    stem = sample_archive.name.removesuffix(".tar.gz")
    assert visible(out) == [stem]
    assert json.loads((out / stem / "listing.json").read_text())["name"] == stem


def test_corrupted_archive_is_refused(sample_archive: Path, tmp_path: Path):
    unpacked = tmp_path / "x"
    with tarfile.open(sample_archive) as tar:
        tar.extractall(unpacked, filter="data")
    (bag,) = unpacked.iterdir()
    (bag / "data" / "newsml.xml").write_bytes(b"<changed/>\n")
    broken = tmp_path / "broken" / sample_archive.name
    broken.parent.mkdir()
    with tarfile.open(broken, "w:gz") as tar:
        tar.add(bag, arcname=bag.name)
    out = tmp_path / "out"
    result = export("--to", "test-listing", "-o", str(out), str(broken))
    assert result.exit_code == 1 and f"{broken}: invalid bag, not exported" in result.stderr
    assert visible(out) == []


def test_missing_bag_is_a_usage_error(tmp_path: Path):
    result = export("--to", "test-listing", "-o", str(tmp_path / "out"), str(tmp_path / "none"))
    assert result.exit_code == 2 and "no such file or directory" in result.stderr


def test_reproducible_whatever_the_jobs(sample_bag: Path, sample_archive: Path, tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    args = ["--to", "test-listing", "--zip", str(sample_bag), str(sample_archive)]
    assert export(*args, "-j", "1", "-o", str(one)).exit_code == 0
    assert export(*args, "-j", "2", "-o", str(two)).exit_code == 0
    assert files_of(one) == files_of(two)
    assert visible(one) == [f"{sample_bag.name}.zip"]  # the same bag twice: one export
    assert (one / f"{sample_bag.name}.zip").stat().st_mtime == int(EPOCH)


def test_existing_export_is_kept_and_force_replaces(sample_bag: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert export("--to", "test-listing", "-o", str(out), str(sample_bag)).exit_code == 0
    marker = out / sample_bag.name / "listing.json"
    marker.write_text("old")
    again = export("--to", "test-listing", "-o", str(out), str(sample_bag))
    assert again.exit_code == 0 and again.output.startswith("exists\t")
    assert marker.read_text() == "old"
    forced = export("--to", "test-listing", "--force", "-o", str(out), str(sample_bag))
    assert forced.exit_code == 0 and forced.output.startswith("replaced\t")
    assert marker.read_text() != "old"
    assert visible(out) == [sample_bag.name]


def test_zip_refused_for_a_target_without_one(sample_bag: Path, tmp_path: Path):
    result = export("--to", "test-root", "--zip", "-o", str(tmp_path / "o"), str(sample_bag))
    assert result.exit_code == 2 and "--zip: target test-root has no zip form" in result.stderr


def test_a_target_that_manages_its_destination(sample_bag: Path, tmp_path: Path):
    out = tmp_path / "root"
    result = export("--to", "test-root", "-j", "2", "-o", str(out), str(sample_bag))
    assert result.exit_code == 0, result.output
    ident = (out / f"{sample_bag.name}.id").read_text()
    assert ident.startswith("tag:") and (out / "ROOT").exists()


def test_a_file_changed_after_validation_is_not_exported(sample_bag: Path):
    """The view hands out the bytes validation hashed: what is on disk later is not read."""
    newsml = sample_bag / "data" / "newsml.xml"
    verified = newsml.read_bytes()
    with validated_bag(str(sample_bag), validate_options(ExportOptions())) as view:
        assert view.report.valid
        newsml.write_bytes(b"<swapped/>\n")
        (sample_bag / "bagit.txt").write_bytes(b"swapped\n")
        assert view.read("data/newsml.xml") == verified
        assert view.size("data/newsml.xml") == len(verified)
        with pytest.raises(KeyError):
            view.read("bag-info.txt")  # a tag file is not payload
        assert view.read_tag("bagit.txt").startswith(b"BagIt-Version: 1.0")


def test_a_file_too_big_to_keep_is_checked_again_as_it_is_read(
    sample_bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from archiver.bagcheck import fixity

    monkeypatch.setattr(fixity, "KEEP_FILE_BYTES", 0)  # nothing kept: every file read again
    with validated_bag(str(sample_bag), validate_options(ExportOptions())) as view:
        assert view.report.valid and not view.verified_bytes
        (sample_bag / "data" / "newsml.xml").write_bytes(b"<swapped/>\n")
        with pytest.raises(BagChanged, match="data/newsml.xml changed after validation"):
            view.read("data/newsml.xml")
        with pytest.raises(BagChanged, match="data/newsml.xml changed after validation"):
            view.copy("data/newsml.xml", tmp_path / "copy.xml")
        with pytest.raises(BagChanged, match="data/newsml.xml changed after validation"):
            view.stream("data/newsml.xml", [].append)  # what a zip written from memory reads


def test_stale_staging_of_a_dead_process_is_removed(tmp_path: Path):
    dead = tmp_path / f"{STAGING_PREFIX}x.999999999.abcd"  # no such process
    live = tmp_path / f"{STAGING_PREFIX}y.{os.getpid()}.abcd"
    dead.mkdir()
    live.mkdir()
    assert remove_stale_exports(tmp_path) == [dead]
    assert live.exists() and not dead.exists()


def test_a_zip_from_memory_of_a_bag_changed_after_validation_is_not_exported(
    sample_bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """--zip kept in memory: a payload file not kept by validation is read (and checked) only
    when the zip is written; changed by then, the bag is refused and nothing is left."""
    from archiver.bagcheck import fixity
    from archiver.exports import output

    monkeypatch.setattr(fixity, "KEEP_FILE_BYTES", 0)  # nothing kept: every file streamed
    real = output.MemoryFolder.zip_entries

    def swap_then_list(self: output.MemoryFolder, top: str):  # type: ignore[no-untyped-def]
        (sample_bag / "data" / "newsml.xml").write_bytes(b"<swapped/>\n")
        return real(self, top)

    monkeypatch.setattr(output.MemoryFolder, "zip_entries", swap_then_list)
    out = tmp_path / "o"
    result = export("--to", "archivematica", "--zip", "-o", str(out), str(sample_bag))
    assert result.exit_code == 1
    assert "data/newsml.xml changed after validation" in result.stderr
    assert os.listdir(out) == []
