"""`archiver validate` through Click: output formats, exit codes, usage errors, no tracebacks."""

from __future__ import annotations

import json
import re
import tarfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from validate_helpers import build_bag, rehash_tagmanifests

from archiver.commands.validate_cmd import validate

FINDING_LINE = re.compile(r"^  [EW]\d{3} (error|warning)( \S.*?:)? .+ \[.+\]$")


def run(*args: str):
    result = CliRunner().invoke(validate, [str(a) for a in args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def good(tmp_path) -> Path:
    return build_bag(tmp_path / "good")


@pytest.fixture
def bad(tmp_path) -> Path:
    bag = build_bag(tmp_path / "bad")
    (bag / "data" / "article.txt").write_bytes(b"flipped")
    return bag


def test_text_output_and_exit_codes(good, bad):
    result = run(good)
    assert result.exit_code == 0
    assert result.stdout == f"VALID {good} (0 errors, 0 warnings)\n"
    result = run(good, bad)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"VALID {good} (0 errors, 0 warnings)"
    assert lines[1] == f"INVALID {bad} (2 errors, 0 warnings)"
    assert all(FINDING_LINE.match(line) for line in lines[2:]), lines
    assert lines[2].startswith("  E070 error data/article.txt: checksum mismatch (sha256")
    assert lines[2].endswith("[RFC 8493 §3]")


def test_json_lines(good, bad):
    result = run("--format", "json", good, bad)
    assert result.exit_code == 1
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["valid"] for o in objects] == [True, False]
    assert objects[1]["counts"]["errors"] == 2
    first = objects[1]["findings"][0]
    assert set(first) == {"code", "rule", "severity", "path", "message"}
    assert first["code"] == "E070"


def test_junit(good, bad, tmp_path):
    report = tmp_path / "junit.xml"
    result = run("--format", "junit", "--output", report, good, bad)
    assert result.exit_code == 1
    assert result.stdout == ""
    root = etree.parse(str(report)).getroot()
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [str(good), str(bad)]
    assert suites[0].get("failures") == "0"
    failures = suites[1].findall("testcase/failure")
    assert {f.get("type") for f in failures} == {"E070", "E023"}
    assert {f.getparent().get("name") for f in failures} == {"fixity", "bag-info"}


def test_warnings_are_said_once(good, tmp_path):
    (good / "notes.txt").write_text("unlisted")
    result = run(good)  # the text report on stdout lists the warning: stderr does not repeat it
    assert result.exit_code == 0
    assert result.stdout.count("W040") == 1
    assert "W040" not in result.stderr
    report = tmp_path / "report.txt"
    result = run(good, "--output", report)  # the report goes to a file: stderr says it once
    assert result.stderr.count("W040") == 1 and report.read_text().count("W040") == 1
    result = run(good, "--format", "json")
    assert result.stdout.count("W040") == 1 and result.stderr.count("W040") == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["/no/such/bag"], "/no/such/bag: no such file or directory"),
        (["--fast", "--completeness-only", "."], "cannot be used together"),
        (["--profile", "https://unknown.example/p.json", "."], "not known locally"),
        (["--schemas", "/no/such/schemas", "."], "schema directory not found"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_option_exits_2(good):
    assert run("--format", "xml", good).exit_code == 2
    assert run("--jobs", "0", good).exit_code == 2
    assert run("--max-archive-bytes", "lots", good).exit_code == 2
    assert run().exit_code == 2


def test_a_file_that_is_not_an_archive_exits_2(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    result = run(path)
    assert result.exit_code == 2
    assert "not a bag folder nor a tar or zip archive" in result.stderr


def test_control_characters_in_names_stay_on_one_line(tmp_path):
    bag = build_bag(tmp_path / "b", files={"a.txt": b"a"})
    (bag / "data" / "evil\nINVALID fake.txt").write_bytes(b"x")
    result = run(bag)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # verdict, E061, E023
    assert "evil\\nINVALID fake.txt" in result.stdout


def test_archive_options(tmp_path):
    bag = build_bag(tmp_path / "big", files={"r.bin": bytes(range(256)) * 1000})
    archive = tmp_path / "big.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(bag, arcname="big")
    assert run(archive).exit_code == 0
    result = run("--max-archive-bytes", "100K", archive)
    assert result.exit_code == 1
    assert "E206" in result.stdout


def test_profile_and_modes(tmp_path):
    profile = Path(__file__).parent / "profiles" / "btr-bagit-profile.json"
    ident = json.loads(profile.read_text())["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]
    bag = build_bag(tmp_path / "btr", info={"BagIt-Profile-Identifier": ident})
    assert run("--profile", profile, bag).exit_code == 0
    assert run("--profile", profile, "--profile", ident, bag).exit_code == 0
    (bag / "fetch.txt").write_text("https://example.org/x 1 data/x.txt\n")
    rehash_tagmanifests(bag)
    result = run("--profile", profile, "--fast", "--jobs", "2", bag)
    assert result.exit_code == 1
    assert "E110" in result.stdout


def test_holey_bag(tmp_path):
    bag = build_bag(tmp_path / "holey")
    size = (bag / "data" / "article.txt").stat().st_size
    (bag / "fetch.txt").write_text(f"https://example.org/article.txt {size} data/article.txt\n")
    rehash_tagmanifests(bag)
    (bag / "data" / "article.txt").unlink()
    result = run(bag)
    assert result.exit_code == 1
    assert "E064" in result.stdout
    result = run("--allow-holey", bag)
    assert result.exit_code == 0, result.stdout
    assert "W064" in result.stdout and "W023" in result.stdout
