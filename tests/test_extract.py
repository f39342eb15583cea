"""`archiver extract` on the sample article, its JSON contract, and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.extract import extract_bytes, extract_path
from archiver.record import record_json
from repo_paths import REPO, SAMPLE

SCHEMA = json.loads((REPO / "schemas" / "article.schema.json").read_text())
CAPTION = (
    "North Korean women leave the North Korean Embassy in Beijing. While North Korea sends "
    "citizens abroad on official missions, thousands of North Koreans, mostly women, leave "
    "North Korea illegally. Photo by Stephen Shaver/UPI"
)


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "archiver", *args], input=input, capture_output=True, cwd=REPO
    )


def test_sample_fixture_is_the_shared_seed_byte_for_byte():
    seed = REPO.parent / "shared" / "seed-article" / "000_1f64c8907419810e.txt"
    if not seed.exists():
        pytest.skip("../shared/seed-article not present")
    assert SAMPLE.read_bytes() == seed.read_bytes()


def test_sample_with_reference_date_matches_the_contract():
    result = CliRunner().invoke(
        main, ["extract", "--json", "--reference-date", "2014-11-19", str(SAMPLE)]
    )
    assert result.exit_code == 0, result.output
    rec = json.loads(result.output)
    jsonschema.validate(rec, SCHEMA)
    assert rec["headline"] == (
        "More North Korean women risking arrest, abuse to sneak into China for work"
    )
    assert rec["bylines"] == ["Elizabeth Shim"]
    assert rec["byline_raw"] == "By Elizabeth Shim"
    assert rec["dateline"] == {
        "raw": "SEOUL, Nov. 19 (UPI) --",
        "place": "SEOUL",
        "date": "2014-11-19",
        "date_text": "Nov. 19",
        "source": "UPI",
    }
    assert rec["photos"] == [
        {
            "caption": CAPTION,
            "credit": "Stephen Shaver/UPI",
            "photographer": "Stephen Shaver",
            "agency": "UPI",
            "position": 1,
            "count": 5,
            "licensable": True,
        }
    ]
    assert rec["language"] == "en"
    body = rec["body"]
    assert len(body) == 26
    assert body[0].startswith("As more North Korean women")
    assert body[-1].endswith('want to leave."')
    for chrome in ("Latest Headlines", "License Photo", "1 of 5"):
        assert not any(chrome in p for p in body)
    data = SAMPLE.read_bytes()
    assert rec["source"] == {
        "path": str(SAMPLE),
        "bytes": 6989,
        "sha256": hashlib.sha256(data).hexdigest(),
        "encoding": "utf-8",
    }


def test_sample_without_reference_date_has_no_date_and_says_why():
    article = extract_path(SAMPLE)
    assert article.dateline is not None
    assert article.dateline.date is None
    assert article.dateline.date_text == "Nov. 19"
    assert "date-without-year" in [w.code for w in article.warnings]


def test_language_option_overrides_detection():
    article = extract_path(SAMPLE, language="en-US")
    assert article.language == "en-US"
    assert "language-detected" not in [w.code for w in article.warnings]


def test_json_record_is_deterministic_and_schema_valid():
    a = record_json(extract_path(SAMPLE, reference_date=dt.date(2014, 11, 19)))
    b = record_json(extract_path(SAMPLE, reference_date=dt.date(2014, 11, 19)))
    assert a == b
    jsonschema.validate(json.loads(a), SCHEMA)


def test_text_format_reads_for_a_person():
    result = CliRunner().invoke(main, ["extract", str(SAMPLE)])
    assert result.exit_code == 0
    assert "Headline    More North Korean women" in result.output
    assert "26 paragraphs" in result.output


def test_stdin_is_read_with_dash():
    proc = run("extract", "--json", "-", input=SAMPLE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["bylines"] == ["Elizabeth Shim"]


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "empty file"),
        (b"  \n\t\n  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary data"),
        (b"Headline\n\x00\x01\x02 body", "binary data"),
        (bytes(range(128, 256)) * 8, "not text"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path: Path, content: bytes, problem: str):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    proc = run("extract", str(bad))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(bad) in err and problem in err
    assert bad.read_bytes() == content  # input untouched


def test_missing_path_and_directory_exit_2(tmp_path: Path):
    for target, problem in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "is a directory")):
        proc = run("extract", str(target))
        assert proc.returncode == 2
        assert problem in proc.stderr.decode() and "Traceback" not in proc.stderr.decode()


def test_unreadable_file_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    f = tmp_path / "secret.txt"
    f.write_text("Headline\n\nBody text here.")
    if os.geteuid() == 0:  # root reads any file: make the open itself refuse, as it would

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("archiver.reading.open", refuse, raising=False)
        result = CliRunner().invoke(main, ["extract", str(f)])
        assert result.exit_code == 2 and "permission denied" in result.output
        return
    f.chmod(0)
    proc = run("extract", str(f))
    assert proc.returncode == 2 and "permission denied" in proc.stderr.decode()


def test_size_limit_can_be_raised(tmp_path: Path):
    f = tmp_path / "big.txt"
    f.write_bytes(b"Headline\n\n" + b"Words in a paragraph. " * 100)
    proc = run("extract", "--max-bytes", "100", str(f))
    assert proc.returncode == 2 and "--max-bytes" in proc.stderr.decode()
    assert run("extract", "--max-bytes", "100000", str(f)).returncode == 0


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        ("\ufeffHeadline here\n\nBody “quoted” text.".encode(), "utf-8-sig"),
        ("\ufeffHeadline here\n\nBody “quoted” text.".encode("utf-16-le"), "utf-16-le"),
        ("\ufeffHeadline here\n\nBody “quoted” text.".encode("utf-16-be"), "utf-16-be"),
        ("Headline here\r\n\r\nBody “quoted” text.".encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(encoded: bytes, encoding: str):
    article = extract_bytes(encoded, path="x.txt", language="en")
    assert article.source.encoding == encoding
    assert article.headline == "Headline here"
    assert article.body == ["Body “quoted” text."]
    assert ("legacy-encoding" in [w.code for w in article.warnings]) == (encoding == "cp1252")


def test_cr_line_ends_and_nbsp():
    article = extract_bytes(
        "Head line\r\rBy Ann Lee\r\rPARIS (AFP) -\u00a0Le\tpremier  paragraphe.\r\rSecond.".encode(),
        path="cr.txt",
        language="fr",
    )
    assert article.headline == "Head line"
    assert article.bylines == ["Ann Lee"]
    assert article.dateline is not None and article.dateline.source == "AFP"
    assert article.body == ["Le premier paragraphe.", "Second."]


def test_invalid_language_tag_is_a_usage_error():
    proc = run("extract", "--language", "not a tag!", str(SAMPLE))
    assert proc.returncode == 2 and "BCP 47" in proc.stderr.decode()


def test_version_and_help():
    assert run("--version").stdout.decode().startswith("archiver, version")
    for cmd in ("extract", "normalize", "package", "validate", "schemas"):
        out = run(cmd, "--help")
        assert out.returncode == 0 and b"Example" in out.stdout, cmd


def test_caption_with_license_button_but_no_gallery_counter():
    article = extract_bytes(
        b"Head line here\n\nBy Ann Lee\nA dog runs. Photo by Jo Roe/UPI | License Photo\n\n"
        b"SEOUL, Nov. 19 (UPI) -- Text here.",
        path="x.txt",
        language="en",
    )
    (photo,) = article.photos
    assert (photo.caption, photo.credit, photo.licensable) == (
        "A dog runs. Photo by Jo Roe/UPI",
        "Jo Roe/UPI",
        True,
    )
    assert article.body == ["Text here."]
