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


# -- identity -----------------------------------------------------------------------------------

PLACEHOLDER_KEYS = "archive.organization, archive.guid_authority, archive.provider_id"


def test_a_run_with_placeholder_identity_warns_once_naming_the_keys(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    result = run("package", *REF, "-o", tmp_path / "out", "--report", report, SAMPLE)
    assert result.exit_code == 0
    assert result.stderr.count("placeholder identity") == 1
    assert f"set {PLACEHOLDER_KEYS} in archiver.toml" in result.stderr
    notes = json.loads(report.read_text().splitlines()[-1])["summary"]["notes"]
    assert any(PLACEHOLDER_KEYS in n for n in notes)


def test_init_writes_a_commented_config_that_silences_the_warning(tmp_path: Path) -> None:
    result = run(
        "init", "--organization", "Example Newspaper Archive",
        "--contact-email", "archive@example.org", "--no-input",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "archiver.toml").read_text()
    assert 'organization = "Example Newspaper Archive"' in text
    assert 'guid_authority = "example.org,' in text  # from the contact's domain
    assert 'provider_id = "example-newspaper-archive"' in text
    assert "# address = " in text and "# guids are tag:" in text  # commented, unset keys shown
    assert result.stderr == ""
    again = run("init", "--no-input")
    assert again.exit_code == 2 and "already exists" in again.stderr
    assert (tmp_path / "archiver.toml").read_text() == text  # kept
    result = run("package", *REF, "-o", tmp_path / "out", SAMPLE)
    assert result.exit_code == 0 and "placeholder identity" not in result.stderr
    bag = next(p for p in (tmp_path / "out").iterdir() if p.is_dir())
    info = bag_info(bag)
    assert info["Source-Organization"] == "Example Newspaper Archive"
    assert info["External-Identifier"].startswith("tag:example.org,")


def test_init_refuses_an_authority_that_makes_no_tag_uri(tmp_path: Path) -> None:
    result = run("init", "--guid-authority", "not an authority", "--no-input")
    assert result.exit_code == 2 and "not a tag: URI authority" in result.stderr
    assert not (tmp_path / "archiver.toml").exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary file left


def test_init_without_flags_leaves_placeholders_and_says_which(tmp_path: Path) -> None:
    result = run("init", "--no-input")
    assert result.exit_code == 0
    assert f"still placeholders: {PLACEHOLDER_KEYS}" in result.stderr


def test_init_asks_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.commands import init_cmd

    monkeypatch.setattr(init_cmd, "_interactive", lambda: True)
    answers = "Example Archive\nJane Archivist\njane@example.org\n\n\n\n\n"
    result = CliRunner().invoke(main, ["init"], input=answers)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "archiver.toml").read_text()
    assert 'contact_name = "Jane Archivist"' in text
    assert 'guid_authority = "example.org,' in text  # the suggestion, accepted
    assert 'provider_id = "example-archive"' in text


def test_the_profile_identifier_is_a_urn_validate_knows_offline(tmp_path: Path) -> None:
    from archiver.bagcheck.profile import known_profiles
    from archiver.packaging import PROFILE_IDENTIFIER

    assert PROFILE_IDENTIFIER.startswith("urn:uuid:")
    assert "archiver.invalid" not in PROFILE_IDENTIFIER
    assert known_profiles()[PROFILE_IDENTIFIER].identifier == PROFILE_IDENTIFIER
    assert run("package", *REF, "-o", tmp_path / "out", SAMPLE).exit_code == 0
    bag = next(p for p in (tmp_path / "out").iterdir() if p.is_dir())
    assert bag_info(bag)["BagIt-Profile-Identifier"] == PROFILE_IDENTIFIER
    result = run("validate", "--format", "json", bag)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["profiles"] == [PROFILE_IDENTIFIER]


# -- one spelling per setting -------------------------------------------------------------------


def test_organization_is_one_option_and_the_old_spelling_still_works(tmp_path: Path) -> None:
    for command in ("package", "normalize", "export"):
        help_text = run(command, "--help").output
        assert "--organization" in help_text
        assert "--source-organization" not in help_text  # hidden alias
    new = run("package", *REF, "--organization", "New Spelling", "-o", tmp_path / "a", SAMPLE)
    old = run("package", *REF, "--source-organization", "Old One", "-o", tmp_path / "b", SAMPLE)
    assert new.exit_code == 0 and old.exit_code == 0
    for folder, name in ((tmp_path / "a", "New Spelling"), (tmp_path / "b", "Old One")):
        bag = next(p for p in folder.iterdir() if p.is_dir())
        assert bag_info(bag)["Source-Organization"] == name


def test_schemas_jobs_and_max_bytes_are_spelled_alike() -> None:
    for command in ("extract", "normalize", "package"):
        assert "--max-bytes" in run(command, "--help").output
    for command in ("normalize", "package", "validate", "export"):
        help_text = run(command, "--help").output
        assert "--schemas DIR" in help_text and "--jobs" in help_text
        assert "default: the number of CPUs" in " ".join(help_text.split())


# -- reruns and names --------------------------------------------------------------------------

AP_STORY = (
    "AP Photos: AP photographers capture Seoul at night\n\nBy Jane Doe\n\n"
    "SEOUL, South Korea (AP) -- Photographers from The Associated Press walked the city.\n\n"
    "The lights of Seoul stayed on until dawn.\n"
)


def bags(out: Path) -> list[Path]:
    return sorted(p for p in out.iterdir() if not p.name.startswith("."))


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_an_identical_rerun_says_exists_even_at_another_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert run("package", *REF, "-o", out, SAMPLE).exit_code == 0
    before = snapshot(out)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1500000000")  # another day: other run times
    result = run("package", *REF, "-o", out, SAMPLE)
    assert result.exit_code == 0
    assert result.stdout.startswith("exists\t")
    assert snapshot(out) == before  # the old bag, its Bagging-Date included, kept


def test_a_rerun_with_other_options_is_stale_until_update(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("package", *REF, "-o", out, SAMPLE).exit_code == 0
    before = snapshot(out)
    report = tmp_path / "report.jsonl"
    changed = ["--rights-holder", "United Press International"]
    result = run("package", *REF, *changed, "-o", out, "--report", report, SAMPLE)
    assert result.exit_code == 1
    assert result.stdout.startswith("stale\t") and "data/newsml.xml" in result.stdout
    assert "--update replaces them" in result.stderr
    line = json.loads(report.read_text().splitlines()[0])
    assert line["status"] == "stale" and "data/newsml.xml" in line["differs"]
    assert snapshot(out) == before  # nothing touched
    result = run("package", *REF, *changed, "--update", "-o", out, SAMPLE)
    assert result.exit_code == 0 and result.stdout.startswith("updated\t")
    (bag,) = bags(out)
    assert b"United Press International" in (bag / "data/newsml.xml").read_bytes()
    assert run("validate", bag).exit_code == 0
    assert run("package", *REF, *changed, "-o", out, SAMPLE).stdout.startswith("exists\t")
    assert not (out / ".archiver-locks").exists()


def test_adding_a_reference_date_later_is_the_same_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("package", "-o", out, SAMPLE).exit_code == 0  # no dateline date: another name
    (first,) = bags(out)
    guid = bag_info(first)["External-Identifier"]
    result = run("package", *REF, "-o", out, SAMPLE)
    assert result.exit_code == 1 and result.stdout.startswith(f"stale\t{first}")
    assert bags(out) == [first]  # never two bags with one External-Identifier
    result = run("package", *REF, "--update", "-o", out, SAMPLE)
    assert result.exit_code == 0 and result.stdout.startswith("updated\t")
    (second,) = bags(out)
    assert second.name != first.name and "2014-11-19" in second.name
    assert bag_info(second)["External-Identifier"] == guid
    assert run("validate", second).exit_code == 0


def test_bag_names_never_repeat_a_word(tmp_path: Path) -> None:
    story = tmp_path / "ap.txt"
    story.write_text(AP_STORY)
    out = tmp_path / "out"
    assert run("package", "--language", "en", "-o", out, story).exit_code == 0
    (bag,) = bags(out)
    words = bag.name.split("-")[:-1]  # the digest aside
    assert words[:2] == ["ap", "photos"]
    assert len(words) == len(set(words))


def test_serialize_without_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["package", *REF, "--serialize", "tar", "--no-keep-folder", "-o", out, SAMPLE]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    (archive,) = bags(out)
    assert archive.name.endswith(".tar")
    assert run("validate", archive).exit_code == 0
    before = snapshot(out)
    assert run(*args).stdout.startswith("exists\t")  # the archive is compared
    assert snapshot(out) == before
    usage = run("package", *REF, "--no-keep-folder", "-o", tmp_path / "x", SAMPLE)
    assert usage.exit_code == 2 and "only with --serialize" in usage.stderr


def test_no_lock_folder_stays_behind_after_a_clean_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("package", *REF, "-o", out, SAMPLE).exit_code == 0
    assert [p.name for p in out.iterdir()] == [bags(out)[0].name]
