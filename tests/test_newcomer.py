"""A newcomer's first week (issue 15): honest identity defaults, `archiver init`, one spelling
per option, bag-info labels checked alike from the config and the command line, reruns that
notice a changed bag, names without repeated words, no lock folder left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from archiver.cli import main
from repo_paths import SAMPLE

REF = ["--reference-date", "2014-11-19"]


@pytest.fixture(autouse=True)
def _quiet_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1416355200")
    monkeypatch.chdir(tmp_path)  # no archiver.toml but the test's own


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


def bag_info(bag: Path) -> dict[str, str]:
    pairs = (line.split(": ", 1) for line in (bag / "bag-info.txt").read_text().splitlines())
    return dict(pairs)  # type: ignore[arg-type]


# -- bag-info labels ---------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["Bad: Label", "Bad:Label", "Two words", "Tab\there", ""])
def test_a_bad_label_is_refused_alike_from_the_config_and_the_command_line(
    tmp_path: Path, label: str
) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(f'[bag]\ninfo = {{ {json.dumps(label)} = "x" }}\n')
    from_config = run("package", *REF, "--config", config, "-o", tmp_path / "a", SAMPLE)
    from_option = run("package", *REF, "--info", f"{label}=x", "-o", tmp_path / "b", SAMPLE)
    for result in (from_config, from_option):
        assert result.exit_code == 2
        assert "no colon, blank or control character" in result.stderr
        assert result.stderr.count("\n") == 1
    assert not (tmp_path / "a").exists() or not any((tmp_path / "a").iterdir())
    assert not (tmp_path / "b").exists() or not any((tmp_path / "b").iterdir())


def test_a_value_with_a_line_break_is_refused_alike(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[bag]\ninfo = { "Note" = "one\\nExternal-Identifier: forged" }\n')
    assert run("package", *REF, "--config", config, "-o", tmp_path / "a", SAMPLE).exit_code == 2
    result = run("package", *REF, "--info", "Note=a\nb", "-o", tmp_path / "b", SAMPLE)
    assert result.exit_code == 2 and "line break" in result.stderr


def test_a_good_label_from_the_config_reaches_bag_info(tmp_path: Path) -> None:
    config = tmp_path / "ok.toml"
    config.write_text('[bag]\ninfo = { "Internal-Sender-Description" = "Harvested wire copy" }\n')
    result = run("package", *REF, "--config", config, "-o", tmp_path / "out", SAMPLE)
    assert result.exit_code == 0, result.stderr
    bag = next(p for p in (tmp_path / "out").iterdir() if p.is_dir())
    assert bag_info(bag)["Internal-Sender-Description"] == "Harvested wire copy"
