"""Small hostile inputs with large costs, and what package writes that validate would reject.

- `--jobs` is capped (inputs, and a multiple of the CPUs);
- `--from-list` lines, config TOML and profile JSON are read with ceilings: /dev/zero, an
  endless line, nesting deeper than the parsers' recursion gives a one-line error;
- the text report escapes every character that can break or forge a line;
- a 70,000-character bag-info value is folded into a bag both validators accept, a label
  that cannot be written is refused up front;
- a file name a serialized bag cannot carry is refused before packaging;
- a --bagging-date no output format can hold is a usage error before any work.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import bagit
import pytest
from faults_helpers import (
    ARTICLES,
    SAMPLE,
    assert_usage_error,
    invoke,
    nested_folders,
    plain_bag,
    visible,
)

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.bagcheck.paths import printable
from archiver.bagcheck.report import write_text
from archiver.jobs import JOBS_PER_CPU, capped_jobs, default_jobs
from archiver.safefs import remove_tree


@pytest.fixture(autouse=True)
def _reproducible(reproducible: None) -> None:
    """Every in-process run here is stamped with the suite's fixed time."""


def test_jobs_are_capped_by_inputs_and_cpus():
    cpus = default_jobs()
    assert capped_jobs(100_000, 3) == 3
    assert capped_jobs(100_000, 10**9) == JOBS_PER_CPU * cpus
    assert capped_jobs(None, 10**9) == cpus
    assert capped_jobs(2, 10**9) == min(2, JOBS_PER_CPU * cpus)
    assert capped_jobs(5, 0) == 1


def test_a_huge_jobs_value_starts_no_horde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    started: list[int] = []
    import archiver.batch as batch

    real = batch.ProcessPoolExecutor

    def counting(jobs, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(jobs)
        return real(jobs, *args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", counting)
    result = invoke("package", "-q", "--jobs", "100000", "-o", tmp_path / "out", SAMPLE)
    assert result.exit_code == 0, result.output
    assert started == []  # one input: no pool at all
    two = [SAMPLE, ARTICLES[0]]
    result = invoke("package", "-q", "--jobs", "100000", "-o", tmp_path / "out", *two)
    assert result.exit_code == 0, result.output
    assert started == [2]  # one process per input, not 100,000
    assert len(visible(tmp_path / "out")) == 2


@pytest.mark.parametrize("command", ["package", "validate", "normalize"])
def test_an_endless_from_list_is_refused(tmp_path: Path, command: str):
    args = ["-o", tmp_path / "out"] if command != "validate" else []
    assert_usage_error(invoke(command, "--from-list", "/dev/zero", *args), "/dev/zero", "line 1")
    long_line = tmp_path / "list.txt"
    long_line.write_text("x" * 200_000 + "\n", encoding="utf-8")
    assert_usage_error(invoke(command, "--from-list", long_line, *args), "longer than")


@pytest.mark.parametrize(
    "content",
    [
        "a = " + "[" * 5000 + "]" * 5000,
        "a = " + "{ b = " * 3000 + "1" + " }" * 3000,
    ],
    ids=["arrays", "inline-tables"],
)
def test_deeply_nested_config_is_one_line(tmp_path: Path, content: str):
    config = tmp_path / "deep.toml"
    config.write_text(content, encoding="utf-8")
    assert_usage_error(
        invoke("package", "--config", config, "-o", tmp_path / "o", SAMPLE), "deep.toml"
    )
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("command", ["package", "normalize"])
def test_endless_config_is_one_line(tmp_path: Path, command: str):
    result = invoke(command, "--config", "/dev/zero", "-o", tmp_path / "o", SAMPLE)
    assert_usage_error(result, "/dev/zero", "larger than")


def test_deep_or_endless_profiles_are_one_line(tmp_path: Path):
    bag = plain_bag(tmp_path / "bag", {"a.txt": b"a"})
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_usage_error(invoke("validate", "--profile", deep, bag), "deep.json", "nested")
    assert_usage_error(invoke("validate", "--profile", "/dev/zero", bag), "/dev/zero")


LINE_BREAKERS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x1b\x9b\u202e"


def test_printable_escapes_everything_that_breaks_or_forges_a_line():
    for ch in LINE_BREAKERS:
        text = printable(f"a{ch}b")
        assert len(text.splitlines()) == 1 and ch not in text, repr(text)
        assert text.isprintable()
    assert printable("Ünïcode 中文 ok") == "Ünïcode 中文 ok"


def test_text_report_lines_cannot_be_forged(tmp_path: Path):
    bag = plain_bag(tmp_path / "bag", {"a.txt": b"a"})
    for n, ch in enumerate(LINE_BREAKERS):
        (bag / "data" / f"x{n}{ch}VALID forged.txt").write_bytes(b"unlisted")
    with open(bag / "bag-info.txt", "a", encoding="utf-8") as fh:
        fh.write("Payload-Oxum: 1\u2028.1\x85\n")
    report = validate_bag(bag, ValidateOptions())
    out = io.StringIO()
    write_text(report, out)
    lines = out.getvalue().splitlines()  # splits on \x85, \u2028, \u2029, \x1c-\x1e too
    assert len(lines) == 1 + len(report.findings), lines
    assert sum(1 for line in lines if line.startswith(("VALID", "INVALID"))) == 1
    assert all(line.isprintable() for line in lines), lines


def test_a_70000_character_value_makes_a_valid_bag(tmp_path: Path):
    long_value = " ".join(f"word{n}" for n in range(10_000))  # 78,890 characters
    unbroken = "x" * 70_000
    config = tmp_path / "a.toml"
    config.write_text(f'[archive]\norganization = "{unbroken}"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = invoke(
        "package", "-q", "-o", out, "--config", config, "--info", f"Note={long_value}", SAMPLE
    )
    assert result.exit_code == 0, result.output
    (bag,) = visible(out)
    report = validate_bag(bag, ValidateOptions())
    assert report.valid and report.warnings == 0, report.findings
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in lines) <= 998
    info = bagit.Bag(str(bag)).info  # the reference reader unfolds to the same words
    assert info["Note"].split() == long_value.split()
    assert "".join(info["Source-Organization"].split()) == unbroken


@pytest.mark.parametrize(
    "item",
    ["L" * 300 + "=x", "Label=bell\x07here", "Label=nul\x00"],
    ids=["label-too-long", "control-in-value", "nul-in-value"],
)
def test_bag_info_that_cannot_be_written_is_refused_up_front(tmp_path: Path, item: str):
    result = invoke("package", "-o", tmp_path / "out", "--info", item, SAMPLE)
    assert_usage_error(result, "bag-info")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("fmt", ["tar", "tgz", "zip"])
@pytest.mark.parametrize("name", ["new\nline.txt", "carriage\rreturn.txt", "back\\slash.txt"])
def test_names_an_archive_cannot_carry_are_refused_before_packaging(
    tmp_path: Path, fmt: str, name: str
):
    article = tmp_path / "in" / name
    article.parent.mkdir()
    article.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    result = invoke("package", "-o", out, "--serialize", fmt, article)
    assert_usage_error(result, "rename the file")
    assert visible(out) == []
    # without an archive the folder bag carries the name, and validates
    assert invoke("package", "-q", "-o", out, article).exit_code == 0
    (bag,) = visible(out)
    assert validate_bag(bag, ValidateOptions()).valid
    assert (bag / "data/original" / name).read_bytes() == SAMPLE.read_bytes()


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "2107-01-01", "1969-12-31"])
@pytest.mark.parametrize("fmt", [None, "tgz", "zip"])
def test_bagging_dates_no_format_can_hold_are_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date: str, fmt: str | None
):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    serialize = ["--serialize", fmt] if fmt else []
    result = invoke("package", "-o", tmp_path / "out", "--bagging-date", date, *serialize, SAMPLE)
    assert_usage_error(result, date)
    assert not (tmp_path / "out").exists()  # before any work


@pytest.mark.parametrize("date", ["1970-01-01", "2106-02-07"])
def test_the_edge_dates_make_valid_archives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, date: str
):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    out = tmp_path / "out"
    for fmt in ("tgz", "zip"):
        result = invoke(
            "package", "-q", "-o", out, "--bagging-date", date, "--serialize", fmt, SAMPLE
        )
        assert result.exit_code == 0, result.output
    for entry in visible(out):
        assert validate_bag(entry, ValidateOptions()).valid, entry


def test_source_date_epoch_out_of_range_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(1 << 33))
    assert_usage_error(invoke("package", "-o", tmp_path / "o", SAMPLE), "SOURCE_DATE_EPOCH")
    assert not os.path.exists(tmp_path / "o")


def test_input_folders_1200_deep_are_walked_without_recursion(tmp_path: Path):
    folder = tmp_path / "in"
    deepest = nested_folders(folder, 1200)
    (deepest / "article.txt").write_bytes(SAMPLE.read_bytes())
    try:
        result = invoke("package", "-q", "-o", tmp_path / "out", folder)
        assert result.exit_code == 0, (result.output, result.exception)
        (bag,) = visible(tmp_path / "out")
        assert (bag / "data/original/article.txt").read_bytes() == SAMPLE.read_bytes()
        result = invoke("validate", folder)  # searched for bags: none, judged as a broken bag
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result
    finally:
        remove_tree(folder)  # pytest's own cleanup of old temporary folders recurses
