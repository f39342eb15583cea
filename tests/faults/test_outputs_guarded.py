"""Outputs never destroy inputs, and links planted in the output folder are never followed.

- `package -o` at or inside a bag, `normalize -o` inside a bag: refused before any work.
- `--report FILE` / `validate -o FILE` naming an article, a list, the config, a bag's file, a
  manifest, a serialized bag, or a file inside a folder being validated: refused, untouched.
- A link at the lock folder, at the lock file, at a bag's name, at a staging or trash name,
  at an archive's name: never followed; nothing outside OUTDIR changes.
- `validate` running while `package --force` replaces the bag re-checks the new bag.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from faults_helpers import (
    SAMPLE,
    archiver,
    assert_usage_error,
    env,
    invoke,
    plain_bag,
    slow,
    snapshot,
    tree_bytes,
    visible,
)

from archiver.bagcheck import ValidateOptions, stable, validate_bag
from archiver.packaging import remove_stale


@pytest.fixture(autouse=True)
def _reproducible(reproducible: None) -> None:
    """Every in-process run here is stamped with the suite's fixed time."""


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, Path]:
    """(OUTDIR, the bag in it) from the sample article."""
    out = tmp_path / "out"
    result = invoke("package", "-q", "-o", out, SAMPLE)
    assert result.exit_code == 0, result.output
    (bag,) = visible(out)
    return out, bag


@pytest.mark.parametrize("where", ["", "data", "data/original", "data/new/deeper"])
def test_package_into_a_bag_is_refused(made: tuple[Path, Path], tmp_path: Path, where: str):
    _, bag = made
    before = snapshot(bag)
    article = tmp_path / "other.txt"
    article.write_bytes(SAMPLE.read_bytes().replace(b"women", b"people"))
    result = invoke("package", "-o", bag / where if where else bag, article)
    assert_usage_error(result, str(bag.name), "inside the bag" if where else "is the bag")
    assert snapshot(bag) == before
    assert validate_bag(bag).valid


def test_package_into_a_link_to_a_bag_is_refused(made: tuple[Path, Path], tmp_path: Path):
    _, bag = made
    link = tmp_path / "innocent"
    link.symlink_to(bag / "data")
    before = snapshot(bag)
    assert_usage_error(invoke("package", "-o", link / "x", SAMPLE), "inside the bag")
    assert snapshot(bag) == before


def test_normalize_into_a_bag_is_refused(made: tuple[Path, Path]):
    _, bag = made
    before = snapshot(bag)
    assert_usage_error(invoke("normalize", "-o", bag / "data", SAMPLE), "inside the bag")
    assert snapshot(bag) == before


def test_package_report_over_an_input_is_refused(tmp_path: Path):
    article = tmp_path / "a.txt"
    shutil.copy(SAMPLE, article)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{article}\n", encoding="utf-8")
    config = tmp_path / "archiver.toml"
    config.write_text('[archive]\norganization = "X"\n', encoding="utf-8")
    hard = tmp_path / "hard-link-to-article"
    os.link(article, hard)
    for target, extra in [
        (article, ()),
        (hard, ()),  # another name of the same file
        (listing, ("--from-list", listing)),
        (config, ("--config", config)),
    ]:
        saved = {p: p.read_bytes() for p in (article, listing, config)}
        args = ["package", "-o", tmp_path / "out", "--report", target, *extra]
        result = invoke(*args, *(() if extra and extra[0] == "--from-list" else (article,)))
        assert_usage_error(result, "--report", "is the input")
        assert {p: p.read_bytes() for p in saved} == saved
        assert not (tmp_path / "out").exists()  # refused before any work


def test_package_report_inside_a_bag_is_refused(made: tuple[Path, Path]):
    out, bag = made
    before = snapshot(bag)
    for target in (bag / "manifest-sha256.txt", bag / "new-report.jsonl"):
        result = invoke("package", "-o", out, "--report", target, SAMPLE)
        assert_usage_error(result, "inside the bag")
    assert snapshot(bag) == before


def test_validate_report_over_what_it_validates_is_refused(made: tuple[Path, Path]):
    out, bag = made
    assert invoke("package", "-q", "-o", out, "--serialize", "tar", SAMPLE).exit_code == 0
    archive = out / f"{bag.name}.tar"
    broken = out.parent / "broken"  # a folder judged as a bag, though it has no bagit.txt
    (broken / "data").mkdir(parents=True)
    (broken / "manifest-sha256.txt").write_text("", encoding="utf-8")
    before = snapshot(out.parent)
    cases = [
        (bag, bag / "manifest-sha256.txt"),
        (bag, bag / "bagit.txt"),
        (bag, bag / "data/report.txt"),
        (archive, archive),
        (broken, broken / "manifest-sha256.txt"),
        (broken, broken / "data/new.txt"),
    ]
    for target, report in cases:
        result = invoke("validate", target, "-o", report)
        assert result.exit_code == 2, (target, report, result.output)
        assert result.stderr.startswith("archiver: error: -o "), result.stderr
    assert snapshot(out.parent) == before


def test_a_link_at_the_lock_folder_or_file_is_not_followed(tmp_path: Path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / ".archiver-locks").symlink_to(elsewhere)
    assert_usage_error(invoke("package", "-o", out, SAMPLE), ".archiver-locks", "link")
    assert list(elsewhere.iterdir()) == []
    (out / ".archiver-locks").unlink()
    (out / ".archiver-locks").mkdir()
    (out / ".archiver-locks/bags").symlink_to(elsewhere / "bags")
    assert_usage_error(invoke("package", "-o", out, SAMPLE), "bags", "link")
    assert list(elsewhere.iterdir()) == []


def test_a_link_at_a_bags_name_is_not_taken_for_the_bag(made: tuple[Path, Path], tmp_path: Path):
    _, bag = made
    before = snapshot(bag)
    out = tmp_path / "out2"
    out.mkdir()
    (out / bag.name).symlink_to(bag)
    result = invoke("package", "-o", out, SAMPLE)
    assert result.exit_code == 1 and "symbolic link, not a bag" in result.stderr
    assert (out / bag.name).is_symlink()
    result = invoke("package", "-o", out, "--force", SAMPLE)
    assert result.exit_code == 0, result.output
    assert not (out / bag.name).is_symlink() and (out / bag.name).is_dir()
    assert tree_bytes(out / bag.name) == tree_bytes(bag)  # the bag itself, made here
    assert snapshot(bag) == before  # the bag the link pointed to is untouched


def test_links_at_staging_trash_and_archive_names_are_never_followed(
    made: tuple[Path, Path], tmp_path: Path
):
    _, bag = made
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "sub").mkdir(parents=True)
    (elsewhere / "sub/keep.txt").write_text("keep", encoding="utf-8")
    victim = tmp_path / "victim.tar"
    victim.write_bytes(b"not yours")
    out = tmp_path / "out3"
    out.mkdir()
    (out / f".archiver-staging-{bag.name}.1.aa").symlink_to(elsewhere)
    (out / f".archiver-trash-{bag.name}.1.aa").symlink_to(elsewhere)
    (out / f"{bag.name}.tar").symlink_to(victim)
    before = snapshot(elsewhere)
    remove_stale(out)
    assert not os.path.lexists(out / bag.name)  # a trash link is not put back as the bag
    result = invoke("package", "-o", out, "--serialize", "tar", SAMPLE)
    assert result.exit_code == 0, result.output
    assert snapshot(elsewhere) == before
    assert victim.read_bytes() == b"not yours"
    assert not (out / f"{bag.name}.tar").is_symlink()
    assert validate_bag(out / f"{bag.name}.tar").valid
    assert sorted(p.name for p in out.iterdir()) == [bag.name, f"{bag.name}.tar"]


def test_validate_checks_again_a_bag_replaced_while_it_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The swap is atomic for the folder, not for a reader going file by file: a check that
    began on the old bag and read the new one's payload must not stand as the verdict."""
    old = plain_bag(tmp_path / "bag", {"a.txt": b"old"})
    new = plain_bag(tmp_path / "new", {"a.txt": b"new"})
    real = stable.validate_bag
    calls: list[int] = []

    def racing(path, options=None):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:
            # the old manifests are read, then the bag is replaced before the payload is
            (tmp_path / "bag/data/a.txt").write_bytes(b"new")
            report = real(path, options)
            assert {f.code for f in report.findings} >= {"E070"}  # the mixed read's mismatch
            os.rename(old, tmp_path / "old-aside")
            os.rename(new, old)
            return report
        return real(path, options)

    monkeypatch.setattr(stable, "validate_bag", racing)
    report = stable.validate_bag_settled(old, ValidateOptions())
    assert report.valid and len(calls) == 2, report.findings


def test_validate_keeps_an_invalid_verdict_for_a_bag_left_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    bag = plain_bag(tmp_path / "bag", {"a.txt": b"old"})
    (bag / "data/a.txt").write_bytes(b"bad")
    calls: list[int] = []
    real = stable.validate_bag
    monkeypatch.setattr(stable, "validate_bag", lambda p, o=None: calls.append(1) or real(p, o))
    report = stable.validate_bag_settled(bag, ValidateOptions())
    assert not report.valid and len(calls) == 1
    assert any(f.code == "E070" for f in report.findings), report.findings


def test_a_fifo_at_the_lock_file_is_an_error_not_a_hang(tmp_path: Path):
    out = tmp_path / "out"
    (out / ".archiver-locks").mkdir(parents=True)
    os.mkfifo(out / ".archiver-locks/bags")
    assert_usage_error(invoke("package", "-o", out, SAMPLE), "not a regular file")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_report_that_cannot_be_written_is_one_line(made: tuple[Path, Path]):
    out, bag = made
    for args in (["package", "-o", out, "--report", "/dev/full", SAMPLE], ["validate", bag]):
        extra = ["-o", "/dev/full"] if args[0] == "validate" else []
        result = invoke(*args, *extra)
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result
        assert result.stderr.endswith("cannot write the report: No space left on device\n") or (
            result.stderr.endswith("cannot write report: No space left on device\n")
        ), result.stderr


@slow
def test_validate_during_package_force_never_reports_a_mismatch(tmp_path: Path):
    """Real processes: `package --force` replaces the bag again and again (each a different
    bag: no fixed clock), while `validate` runs on it; every verdict is VALID."""
    out = tmp_path / "out"
    environment = {k: v for k, v in env().items() if k != "SOURCE_DATE_EPOCH"}
    assert archiver("package", "-q", "-o", str(out), str(SAMPLE), env=environment).returncode == 0
    (bag,) = visible(out)
    stop = time.monotonic() + 20
    writer = subprocess.Popen(
        [sys.executable, "-c", _FORCE_LOOP, str(out), str(SAMPLE)], env=environment
    )
    try:
        verdicts = []
        while time.monotonic() < stop:
            run = archiver("validate", str(bag), env=environment)
            verdicts.append((run.returncode, run.stdout[-300:]))
    finally:
        writer.kill()
        writer.wait()
    assert len(verdicts) >= 10 and {code for code, _ in verdicts} == {0}, verdicts


_FORCE_LOOP = """
import sys
from pathlib import Path
from archiver.packaging import PackageOptions, package_article
while True:
    package_article(sys.argv[2], Path(sys.argv[1]), PackageOptions(force=True))
"""
