"""--from-list lines PATH<TAB>REFERENCE-DATE[<TAB>LANGUAGE]: one batch, articles of many years."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.errors import InputError
from archiver.inputs import InputSettings, collect_inputs, parse_list_line
from repo_paths import FIXTURES, SAMPLE

TOKYO_1987 = FIXTURES / "articles" / "real-reuter-1987-tokyo-no-source-trailing-reuter.txt"


def test_list_line_fields():
    assert parse_list_line("a.txt") == ("a.txt", None)
    assert parse_list_line("a.txt\t1987-03-04") == (
        "a.txt",
        InputSettings(dt.date(1987, 3, 4), None),
    )
    assert parse_list_line("a b.txt\t\tfr") == ("a b.txt", InputSettings(None, "fr"))
    assert parse_list_line("a.txt\t2014-11-19\ten-US")[1] == InputSettings(
        dt.date(2014, 11, 19), "en-US"
    )


@pytest.mark.parametrize(
    "line, message",
    [
        ("a.txt\t19/11/2014", "is not a date"),
        ("a.txt\t2014-11-19\tnot a tag!", "is not a BCP 47"),
        ("a.txt\t2014-11-19\ten\textra", "expected PATH<TAB>"),
        ("\t2014-11-19", "expected PATH<TAB>"),
    ],
)
def test_bad_list_lines_name_the_line(line, message):
    with pytest.raises(InputError, match=message) as err:
        parse_list_line(line, "list.txt, line 3")
    assert str(err.value).startswith("list.txt, line 3: ")


def test_collect_inputs_returns_each_listed_inputs_settings(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "x.txt").write_text("x", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SAMPLE}\t2014-11-19\n{folder}\t1987-03-04\ten\n", encoding="utf-8")
    settings: dict[str, InputSettings] = {}
    found = list(collect_inputs([], from_lists=[str(listing)], settings=settings))
    assert found == [str(SAMPLE), str(folder / "x.txt")]
    assert settings[str(SAMPLE)] == InputSettings(dt.date(2014, 11, 19), None)
    assert settings[str(folder / "x.txt")] == InputSettings(dt.date(1987, 3, 4), "en")


def _records(out) -> list[dict]:
    return [
        json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*/data/metadata/article.json")
    ]


def test_package_from_list_gives_each_article_its_year(tmp_path):
    a = tmp_path / "seoul.txt"
    b = tmp_path / "tokyo.txt"
    shutil.copyfile(SAMPLE, a)
    shutil.copyfile(TOKYO_1987, b)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{a}\t2014-11-19\n{b}\t1987-03-04\tde\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["package", "--from-list", str(listing), "-o", str(out), "--jobs", "1", "--quiet"],
    )
    assert result.exit_code == 0, result.output
    records = {r["source"]["path"].rsplit("/", 1)[-1]: r for r in _records(out)}
    assert records["seoul.txt"]["dateline"]["date"] == "2014-11-19"
    assert records["tokyo.txt"]["dateline"]["date"] == "1987-03-03"
    assert records["tokyo.txt"]["language"] == "de"  # the list line's language, not detected


def test_normalize_from_list_uses_the_lines_reference_date(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{TOKYO_1987}\t1987-03-04\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        [
            "normalize",
            "--from-list",
            str(listing),
            "-o",
            str(out),
            "--reference-date",
            "2014-11-19",  # the line's date wins
            "--jobs",
            "1",
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    newsml = next(out.rglob("newsml.xml")).read_text(encoding="utf-8")
    assert "1987-03-03" in newsml and "2014-03-03" not in newsml


def test_bad_list_line_is_a_usage_error(tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SAMPLE}\tyesterday\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["package", "--from-list", str(listing), "-o", str(tmp_path / "o"), "--quiet"]
    )
    assert result.exit_code == 2
    assert "line 1: reference date 'yesterday' is not a date" in result.output
