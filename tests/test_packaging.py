"""`archiver package`: layout, fixity, profile, reproducibility, atomicity and batches."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.cli import main
from archiver.packaging import PROFILE_IDENTIFIER, remove_stale
from repo_paths import FIXTURES, SAMPLE, official_schema_dir

EPOCH = "1416355200"  # 2014-11-19T00:00:00Z
ARTICLES = sorted((FIXTURES / "articles").glob("*.txt"))


def package(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "archiver", "package", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})},
        **kw,
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".archiver-locks" not in p.parts
    }


def bags_in(out: Path) -> list[Path]:
    return sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.fixture
def sample_bag(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    schemas = official_schema_dir()
    args = ["--reference-date", "2014-11-19", "-o", str(out), str(SAMPLE)]
    if schemas:
        args = ["--schemas", str(schemas), "--strict", *args]
    proc = package(*args)
    assert proc.returncode == 0, proc.stderr
    (bag,) = bags_in(out)
    return bag


def test_sample_bag_layout_and_fixity(sample_bag: Path):
    assert sample_bag.name == (
        "upi-2014-11-19-more-north-korean-women-risking-arrest-abuse-to-sneak-into-7dea796abc6d"
    )
    assert (sample_bag / "bagit.txt").read_text() == (
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    )
    for name in (
        "manifest-sha256.txt",
        "manifest-sha512.txt",
        "tagmanifest-sha256.txt",
        "tagmanifest-sha512.txt",
    ):
        assert (sample_bag / name).is_file(), name
    original = sample_bag / "data" / "original" / SAMPLE.name
    assert original.read_bytes() == SAMPLE.read_bytes()
    for rel in (
        "data/newsml.xml",
        "data/metadata/dc.xml",
        "data/metadata/dcterms.xml",
        "data/metadata/article.json",
    ):
        assert (sample_bag / rel).is_file(), rel
    manifest = (sample_bag / "manifest-sha256.txt").read_text()
    digest = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert f"{digest}  data/original/{SAMPLE.name}\n" in manifest
    bagit.Bag(str(sample_bag)).validate()  # the reference implementation accepts it
    report = validate_bag(sample_bag, ValidateOptions())
    assert report.valid and report.errors == 0 and report.warnings == 0, report.findings
    assert PROFILE_IDENTIFIER in report.profiles  # the project's profile was checked


def test_sample_bag_info(sample_bag: Path):
    info = bagit.Bag(str(sample_bag)).info
    assert info["External-Description"] == (
        "More North Korean women risking arrest, abuse to sneak into China for work"
    )
    assert info["External-Identifier"] == (
        "tag:archiver.invalid,2026:sha256-" + hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    )
    assert info["Internal-Sender-Identifier"] == SAMPLE.name
    assert info["Bagging-Date"] == "2014-11-19"
    assert info["BagIt-Profile-Identifier"] == PROFILE_IDENTIFIER
    assert info["Payload-Oxum"].endswith(".5")
    assert info["Bag-Software-Agent"].startswith("archiver ")
    assert "Source-Organization" not in info  # only fields with a value are written
    record = json.loads((sample_bag / "data/metadata/article.json").read_text())
    assert record["dateline"]["date"] == "2014-11-19"


def test_bag_info_options_and_config(tmp_path: Path):
    cfg = tmp_path / "archiver.toml"
    cfg.write_text(
        '[archive]\norganization = "Config Org"\ncontact_email = "a@example.org"\n'
        '[bag]\ninfo = { "Internal-Sender-Description" = "from config" }\n'
    )
    out = tmp_path / "out"
    proc = package(
        "--config",
        str(cfg),
        "--source-organization",
        "CLI Org",
        "--contact-name",
        "Jo",
        "--bag-group-identifier",
        "g-1",
        "--info",
        "Project=UPI 2014",
        "--info",
        "Project=Wire",
        "-o",
        str(out),
        str(SAMPLE),
    )
    assert proc.returncode == 0, proc.stderr
    (bag,) = bags_in(out)
    text = (bag / "bag-info.txt").read_text()
    assert "Source-Organization: CLI Org\n" in text  # the option overrides the config
    assert "Contact-Email: a@example.org\n" in text
    assert "Contact-Name: Jo\n" in text
    assert "Bag-Group-Identifier: g-1\n" in text
    assert "Internal-Sender-Description: from config\n" in text
    assert "Project: UPI 2014\nProject: Wire\n" in text  # repeatable labels keep both values


def test_checksum_choice_md5_sha1(tmp_path: Path):
    out = tmp_path / "out"
    assert (
        package("--checksum", "md5", "--checksum", "sha1", "-o", str(out), str(SAMPLE)).returncode
        == 0
    )
    (bag,) = bags_in(out)
    names = sorted(p.name for p in bag.glob("*manifest-*.txt"))
    assert names == [
        "manifest-md5.txt",
        "manifest-sha1.txt",
        "tagmanifest-md5.txt",
        "tagmanifest-sha1.txt",
    ]
    bagit.Bag(str(bag)).validate()


@pytest.mark.parametrize("fmt, suffix", [("tar", ".tar"), ("tgz", ".tar.gz"), ("zip", ".zip")])
def test_reproducible_bags_and_archives(tmp_path: Path, fmt: str, suffix: str):
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        proc = package(
            "--serialize",
            fmt,
            "--reference-date",
            "2014-11-19",
            "-o",
            str(out),
            str(SAMPLE),
            ARTICLES[0].as_posix(),
        )
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    assert tree_bytes(outs[0]) == tree_bytes(outs[1])  # folders and archives, byte for byte
    (archive,) = [
        p
        for p in outs[0].iterdir()
        if p.name.startswith("upi-2014-11-19") and p.name.endswith(suffix)
    ]
    name = archive.name[: -len(suffix)]
    if fmt == "zip":
        with zipfile.ZipFile(archive) as zf:
            names = zf.namelist()
            assert all(i.date_time == (2014, 11, 19, 0, 0, 0) for i in zf.infolist())
    else:
        with tarfile.open(archive) as tf:
            names = tf.getnames()
            assert {m.mtime for m in tf.getmembers()} == {int(EPOCH)}
            assert {(m.uid, m.gid, m.uname) for m in tf.getmembers()} == {(0, 0, "")}
    assert names == sorted(names)
    assert {n.split("/")[0] for n in names} == {name}  # exactly one top folder, named like it
    report = validate_bag(archive, ValidateOptions())
    assert report.valid, report.findings


def test_existing_bag_is_kept_and_force_replaces(tmp_path: Path):
    out = tmp_path / "out"
    assert package("-o", str(out), str(SAMPLE)).returncode == 0
    (bag,) = bags_in(out)
    before = tree_bytes(bag)
    again = package("-o", str(out), str(SAMPLE))
    assert again.returncode == 0 and again.stdout.startswith("exists\t")
    (bag / "data" / "newsml.xml").write_bytes(b"damaged")  # an invalid bag at the name
    refused = package("-o", str(out), str(SAMPLE))
    assert refused.returncode == 1 and "--force" in refused.stderr
    forced = package("--force", "-o", str(out), str(SAMPLE))
    assert forced.returncode == 0 and forced.stdout.startswith("replaced\t")
    assert tree_bytes(bag) == before
    assert [
        p.name
        for p in out.iterdir()
        if p.name.startswith(".archiver-") and p.name != ".archiver-locks"
    ] == []


def test_stale_staging_is_removed(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    stale = out / ".archiver-staging-somebag.99999.abcd"
    (stale / "data").mkdir(parents=True)
    assert remove_stale(out) == [stale]
    assert not stale.exists()


def test_bad_input_exit_2_nothing_written(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    proc = package("-o", str(out), str(empty))
    assert proc.returncode == 2
    assert (
        proc.stderr.strip().count("\n") == 0
        and "empty file" in proc.stderr
        and "Traceback" not in proc.stderr
    )
    assert bags_in(out) == []


def test_failing_article_among_good_ones(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    report = tmp_path / "report.jsonl"
    proc = package(
        "-j", "2", "--report", str(report), "-o", str(out), str(SAMPLE), str(bad), str(ARTICLES[0])
    )
    assert proc.returncode == 1
    assert "bad.txt" in proc.stderr
    lines = [json.loads(line) for line in report.read_text().splitlines()]
    assert [line.get("status") for line in lines[:3]] == ["created", "failed", "created"]
    assert lines[1]["source"] == str(bad) and "binary" in lines[1]["error"]
    assert lines[0]["guid"].startswith("tag:") and Path(lines[0]["bag"]).is_dir()
    assert lines[3]["summary"]["failed"] == 1 and lines[3]["summary"]["total"] == 3
    assert len(bags_in(out)) == 2


def test_mixed_inputs_folders_lists_and_patterns(tmp_path: Path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(ARTICLES[0], folder / "a.txt")
    shutil.copy(ARTICLES[1], folder / "sub" / "b.story")
    lst = tmp_path / "list.txt"
    lst.write_text(f"{SAMPLE}\n\n# comment\n")
    out = tmp_path / "out"
    proc = package(
        "--pattern",
        "*.txt",
        "--pattern",
        "*.story",
        "--from-list",
        str(lst),
        "-o",
        str(out),
        str(folder),
    )
    assert proc.returncode == 0, proc.stderr
    assert len(bags_in(out)) == 3


def test_jobs_do_not_change_the_output(tmp_path: Path):
    args = [str(p) for p in ARTICLES[:12]]
    one = package("-j", "1", "-o", str(tmp_path / "one"), *args)
    two = package("-j", "2", "-o", str(tmp_path / "two"), *args)
    assert one.returncode == two.returncode == 0
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "two")

    def strip(s):
        return [
            line.split("\t")[0] + "\t" + Path(line.split("\t")[1]).name for line in s.splitlines()
        ]  # noqa: E731

    assert strip(one.stdout) == strip(two.stdout)  # same lines, same order


def test_plain_progress_lines_when_not_a_terminal(tmp_path: Path):
    proc = package("-o", str(tmp_path / "out"), str(SAMPLE), str(ARTICLES[0]))
    assert proc.returncode == 0
    assert "archiver: packaging 2/2 (" in proc.stderr
    assert "\x1b" not in proc.stderr and "\r" not in proc.stderr  # no bar drawing off a terminal
    identity = ["--organization", "Example", "--guid-authority", "example.org,2026"]
    identity += ["--provider-id", "example"]
    schemas = official_schema_dir()
    if schemas is not None:
        quiet = package(
            "--quiet", *identity, "--schemas", str(schemas), "-o", str(tmp_path / "q"), str(SAMPLE)
        )
        assert quiet.stderr == "" and quiet.stdout == ""
    # XML not checked: a warning that --quiet keeps
    quiet = package("--quiet", *identity, "-o", str(tmp_path / "q2"), str(SAMPLE))
    assert quiet.stdout == ""
    assert quiet.stderr.startswith("archiver: warning: XML not checked against official schemas")
    assert quiet.stderr.count("\n") == 1


def test_sigkill_leaves_no_partial_bag_and_rerun_completes(tmp_path: Path):
    out = tmp_path / "out"
    args = ["-j", "1", "-o", str(out), *[str(p) for p in ARTICLES[:30]]]
    proc = subprocess.Popen(
        [sys.executable, "-m", "archiver", "package", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # kill while a bag is being staged
        if out.is_dir() and any(p.name.startswith(".archiver-staging-") for p in out.iterdir()):
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for bag in bags_in(out):  # every visible bag is whole
        assert validate_bag(bag, ValidateOptions()).valid, bag
    rerun = package(*args)
    assert rerun.returncode == 0, rerun.stderr
    assert len(bags_in(out)) == len(ARTICLES[:30])
    assert not any(p.name.startswith(".archiver-staging-") for p in out.iterdir())


def test_write_error_names_the_bag_and_leaves_nothing(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096)); "
        "from archiver.cli import main; sys.argv=['archiver','package','--language','en','-o',sys.argv[1],sys.argv[2]]; main()"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(out), str(SAMPLE)],
        capture_output=True,
        text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH},
    )
    assert proc.returncode == 1
    assert (
        "cannot write bag upi-more-north-korean-women" in proc.stderr
        and "Traceback" not in proc.stderr
    )
    assert bags_in(out) == []
    assert not any(p.name.startswith(".archiver-staging-") for p in out.iterdir())


def test_concurrent_runs_make_each_bag_once(tmp_path: Path):
    out = tmp_path / "out"
    args = [
        sys.executable,
        "-m",
        "archiver",
        "package",
        "-j",
        "2",
        "-o",
        str(out),
        *[str(p) for p in ARTICLES[:15]],
    ]
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    procs = [
        subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(2)
    ]
    outputs = [p.communicate() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    created = sum(o[0].decode().count("created\t") for o in outputs)
    assert created == 15  # each bag made by exactly one of the runs
    bags = bags_in(out)
    assert len(bags) == 15
    assert all(validate_bag(b, ValidateOptions(mode="fast")).valid for b in bags)


def test_cli_help_has_example():
    result = CliRunner().invoke(main, ["package", "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_same_bytes_twice_in_one_run_make_one_bag(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs / "a.txt")
    shutil.copy(SAMPLE, inputs / "b.txt")
    proc = package("-j", "1", "-o", str(tmp_path / "out"), str(inputs))
    assert proc.returncode == 0, proc.stderr
    assert sorted(line.split("\t")[0] for line in proc.stdout.splitlines()) == ["created", "exists"]
    assert len(bags_in(tmp_path / "out")) == 1


def test_output_inside_the_input_folder_is_not_packaged_again(tmp_path: Path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLE, inputs / "a.txt")
    for _ in range(2):
        proc = package("-o", str(inputs / "bags"), str(inputs))
        assert proc.returncode == 0, proc.stderr
    assert len(bags_in(inputs / "bags")) == 1


def test_computed_info_label_is_a_usage_error_before_any_work(tmp_path: Path):
    proc = package(
        "--info", "Bag-Size=1", "-o", str(tmp_path / "out"), str(SAMPLE), str(ARTICLES[0])
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "Bag-Size" in proc.stderr


def test_same_file_named_differently_gives_the_same_bag(tmp_path: Path):
    work = tmp_path / "in"
    work.mkdir()
    shutil.copy(SAMPLE, work / "x.txt")
    a = package("-o", str(tmp_path / "a"), str(work / "x.txt"))
    b = package("-o", str(tmp_path / "b"), "x.txt", cwd=work)
    assert a.returncode == b.returncode == 0
    assert tree_bytes(tmp_path / "a") == tree_bytes(tmp_path / "b")


def test_a_payload_copy_that_differs_from_the_original_is_not_sealed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The original's copy is read back from disk and checked against the original's digest
    before the bag is sealed: a copy damaged on its way to disk fails that article."""
    from archiver.packaging import bag as bag_module

    real_write = bag_module._write_new

    def damaging_write(path: Path, data: bytes, epoch: int | None) -> None:
        if path.parent.name == "original":
            data = data[:-1] + bytes([data[-1] ^ 0x20])
        real_write(path, data, epoch)

    monkeypatch.setattr(bag_module, "_write_new", damaging_write)
    out = tmp_path / "out"
    result = CliRunner(env={"SOURCE_DATE_EPOCH": EPOCH}).invoke(
        main, ["package", "-j", "1", "--reference-date", "2014-11-19", "-o", str(out), str(SAMPLE)]
    )
    assert result.exit_code == 1, result.output
    assert f"{SAMPLE.name}: payload copy does not match the original's sha256" in result.stderr
    assert bags_in(out) == [] and not [p for p in out.iterdir() if "staging" in p.name]
