"""`package --profile`: bags that meet APTrust 2.3, BTR 1.0 and MetaArchive, checked by archiver's
validator, bagit-python and the bagit-profile library; DART profiles read by `validate`."""

from __future__ import annotations

import hashlib
import json
import shutil
import tarfile
from pathlib import Path

import bagit
import bagit_profile
import pytest
from click.testing import CliRunner

from archiver.bagcheck import ValidateOptions, known_profiles, validate_bag
from archiver.bagcheck.profile import APTRUST_2_3, BTR_1_0, METAARCHIVE
from archiver.cli import main
from archiver.packaging import (
    ALLOWED_ALGORITHMS,
    PROFILE_IDENTIFIER,
    PackageOptions,
    package_article,
)
from repo_paths import REPO, SAMPLE

SHIPPED = REPO / "schemas" / "bagit-profiles"
DURASPACE_APTRUST = "http://fedora.info/bagprofile/aptrust.json"
IDENTITY = [
    "--organization",
    "Example Newspaper Archive",
    "--contact-name",
    "Jane Archivist",
    "--contact-email",
    "archive@example.org",
    "--contact-phone",
    "+1 555 0100",
]
TITLE = "More North Korean women risking arrest, abuse to sneak into China for work"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def make(tmp_path: Path, profile: str, *extra: str) -> Path:
    out = tmp_path / Path(profile).stem
    code, output = run(
        "package",
        "--reference-date",
        "2014-11-19",
        "--bagging-date",
        "2026-01-02",
        "--jobs",
        "1",
        "--quiet",
        "--profile",
        profile,
        *IDENTITY,
        *extra,
        "-o",
        str(out),
        str(SAMPLE),
    )
    assert code == 0, output
    (bag,) = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return bag


def spec(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((SHIPPED / name).read_text(encoding="utf-8"))


def bagit_profile_valid(bag: Path, identifier: str, profile: dict) -> bool:  # type: ignore[type-arg]
    """The bagit-profile library's verdict, offline (the profile given as a dict)."""
    checker = bagit_profile.Profile(identifier, profile=profile)
    ok = checker.validate(bagit.Bag(str(bag)))
    assert ok, str(checker.report)
    return ok


def archiver_valid(path: Path, profile: str) -> None:
    report = validate_bag(path, ValidateOptions(profiles=[profile]))
    assert report.valid and report.errors == 0, report.findings
    assert not [f for f in report.findings if f.code.startswith(("E", "W1"))], report.findings


def manifests(bag: Path) -> tuple[set[str], set[str]]:
    names = [p.name for p in bag.iterdir()]
    return (
        {n[len("manifest-") : -4] for n in names if n.startswith("manifest-")},
        {n[len("tagmanifest-") : -4] for n in names if n.startswith("tagmanifest-")},
    )


def test_shipped_profiles_are_known_offline_by_identifier():
    known = known_profiles()
    for identifier in (APTRUST_2_3, BTR_1_0, METAARCHIVE, DURASPACE_APTRUST):
        assert identifier in known, identifier
    # APTrust's own rendering of BTR (DART) under its pre-release identifier
    assert (
        "https://raw.githubusercontent.com/dpscollaborative/btr_bagit_profile/master/btr-bagit-profile.json"
        in known
    )
    assert known[APTRUST_2_3].kind == "dart" and known[APTRUST_2_3].tar_dir_must_match_name
    assert known[BTR_1_0].kind == "spec"


def test_aptrust_bag(tmp_path: Path):
    bag = make(tmp_path, "aptrust", "--tag", "aptrust-info.txt:Access=Institution")
    tar = bag.with_name(bag.name + ".tar")
    # APTrust: a plain tar whose one top folder is the bag's name
    with tarfile.open(tar) as archive:  # plain: mode "r:" would fail on a compressed file
        names = archive.getnames()
    assert tarfile.open(tar, "r:").getnames() == names
    assert {n.split("/")[0] for n in names} == {bag.name}
    assert (bag / "aptrust-info.txt").read_text(encoding="utf-8") == (
        f"Title: {TITLE}\nAccess: Institution\nStorage-Option: Standard\n"
    )
    info = bagit.Bag(str(bag)).info
    assert info["BagIt-Profile-Identifier"] == APTRUST_2_3
    # md5 required; sha512 forbidden by DuraSpace's APTrust profile, which the bag also meets
    assert manifests(bag) == ({"md5", "sha256"}, {"md5", "sha256"})
    archiver_valid(tar, "aptrust")
    archiver_valid(tar, str(SHIPPED / "aptrust-v2.3.json"))
    bagit.Bag(str(bag)).validate()
    # bagit-profile cannot read a tar (it needs the folder) and takes application/tar for
    # "forbidden" (mimetypes says x-tar): its serialization check is not run
    assert bagit_profile_valid(bag, APTRUST_2_3, spec("aptrust.json"))


def test_btr_bag(tmp_path: Path):
    bag = make(tmp_path, "btr")
    assert bagit.Bag(str(bag)).info["BagIt-Profile-Identifier"] == BTR_1_0
    assert manifests(bag) == ({"sha256", "sha512"}, {"sha256", "sha512"})
    archiver_valid(bag, "btr")
    archiver_valid(bag, str(SHIPPED / "btr-v1.0.json"))  # APTrust's DART rendering
    bagit.Bag(str(bag)).validate()
    checker = bagit_profile.Profile(BTR_1_0, profile=spec("btr-bagit-profile.json"))
    assert checker.validate_serialization(str(bag))
    assert bagit_profile_valid(bag, BTR_1_0, spec("btr-bagit-profile.json"))


def test_metaarchive_bag(tmp_path: Path):
    bag = make(tmp_path, "metaarchive")
    info = bagit.Bag(str(bag)).info
    assert info["BagIt-Profile-Identifier"] == METAARCHIVE
    assert info["Contact-Phone"] == "+1 555 0100"
    assert info["External-Description"] == TITLE
    assert manifests(bag) == ({"sha1", "sha256", "sha512"}, {"sha1", "sha256", "sha512"})
    archiver_valid(bag, "metaarchive")
    bagit.Bag(str(bag)).validate()
    assert bagit_profile_valid(bag, METAARCHIVE, spec("metaarchive.json"))


def test_missing_required_values_are_named_before_any_work(tmp_path: Path):
    out = tmp_path / "out"
    code, output = run("package", "--profile", "metaarchive", "-o", str(out), str(SAMPLE))
    assert code == 2
    assert (
        "requires bag-info Contact-Phone: set it with --contact-phone or [archive] contact_phone"
        in output
    )
    assert (
        "requires bag-info Source-Organization: set it with --organization or [archive] organization"
        in output
    )
    assert not out.exists()
    code, output = run("package", "--profile", "aptrust", *IDENTITY, "-o", str(out), str(SAMPLE))
    assert code == 2
    assert "requires aptrust-info.txt Access (one of Consortia, Institution, Restricted)" in output
    assert '--tag aptrust-info.txt:Access=VALUE or [bag.tags."aptrust-info.txt"] Access' in output
    assert not out.exists()
    for bad, message in [
        (["--tag", "aptrust-info.txt:Access=Public"], "'Public' is not one of"),
        (
            ["--tag", "aptrust-info.txt:Access=Institution", "--checksum", "sha512"],
            "--checksum sha512",
        ),
        (
            ["--tag", "aptrust-info.txt:Access=Institution", "--serialize", "zip"],
            "does not accept --serialize zip",
        ),
        (["--tag", "../evil.txt:A=b"], "not a plain relative path"),
        # the label rule of --info and the config: no blank or control character, no break
        (["--tag", "aptrust-info.txt:Acc\x07ess=Institution"], "no colon, blank or control"),
        (["--tag", "aptrust-info.txt:Access=Insti\ntution"], "cannot hold a line break"),
        (["--tag", "aptrust-info.txt:My Label=x"], "no colon, blank or control"),
    ]:
        code, output = run(
            "package", "--profile", "aptrust", *IDENTITY, *bad, "-o", str(out), str(SAMPLE)
        )
        assert code == 2 and message in output, output
        assert not out.exists()


def test_tags_from_the_config_and_any_profile_file(tmp_path: Path):
    config = tmp_path / "archiver.toml"
    config.write_text(
        '[archive]\norganization = "Example Archive"\n'
        '[bag.tags."aptrust-info.txt"]\nAccess = "Restricted"\nStorage-Option = "Glacier-OR"\n',
        encoding="utf-8",
    )
    bag = make(tmp_path, str(SHIPPED / "aptrust-v2.3.json"), "--config", str(config))
    assert (bag / "aptrust-info.txt").read_text(encoding="utf-8") == (
        f"Title: {TITLE}\nAccess: Restricted\nStorage-Option: Glacier-OR\n"
    )
    archiver_valid(bag.with_name(bag.name + ".tar"), "aptrust")


@pytest.mark.parametrize("algorithm", ALLOWED_ALGORITHMS)
def test_whatever_package_makes_validate_accepts(tmp_path: Path, algorithm: str):
    bag = Path(package_article(str(SAMPLE), tmp_path, PackageOptions(algorithms=(algorithm,))).bag)
    report = validate_bag(bag)
    assert report.valid, report.findings
    assert manifests(bag) == ({algorithm}, {algorithm})
    # archiver's profile (sha256 and sha512 required) is named only by bags that meet it
    assert "BagIt-Profile-Identifier" not in bagit.Bag(str(bag)).info
    both = package_article(
        str(SAMPLE), tmp_path / "both", PackageOptions(algorithms=(algorithm, "sha256", "sha512"))
    )
    assert bagit.Bag(both.bag).info["BagIt-Profile-Identifier"] == PROFILE_IDENTIFIER
    assert validate_bag(both.bag).profiles == [PROFILE_IDENTIFIER]


# -- validate with DART profiles: every rule has teeth ------------------------------------------


def _retar(bag: Path, target: Path, top: str) -> Path:
    with tarfile.open(target, "w") as archive:
        archive.add(bag, arcname=top)
    return target


def _edit_aptrust_info(bag: Path, text: str) -> None:
    (bag / "aptrust-info.txt").write_text(text, encoding="utf-8")
    lines = []
    for line in (bag / "tagmanifest-md5.txt").read_text().splitlines():
        if line.endswith("aptrust-info.txt"):
            line = f"{hashlib.md5((bag / 'aptrust-info.txt').read_bytes()).hexdigest()}  aptrust-info.txt"
        lines.append(line)
    (bag / "tagmanifest-md5.txt").write_text("\n".join(lines) + "\n")
    (bag / "tagmanifest-sha256.txt").unlink()


@pytest.fixture(scope="module")
def aptrust_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make(
        tmp_path_factory.mktemp("aptrust"),
        "aptrust",
        "--tag",
        "aptrust-info.txt:Access=Institution",
    )


@pytest.mark.parametrize(
    "text, code, message",
    [
        ("Title: x\nAccess: Public\nStorage-Option: Standard\n", "E120", "Access 'Public'"),
        ("Title: \nAccess: Institution\nStorage-Option: Standard\n", "E119", "Title has no value"),
        ("Title: x\nStorage-Option: Standard\n", "E118", "required tag Access is missing"),
        ("Title: x\nAccess: Institution\nStorage-Option: Cellar\n", "E120", "Storage-Option"),
    ],
)
def test_dart_tag_rules(tmp_path: Path, aptrust_bag: Path, text: str, code: str, message: str):
    bag = tmp_path / aptrust_bag.name
    shutil.copytree(aptrust_bag, bag)
    _edit_aptrust_info(bag, text)
    tar = _retar(bag, tmp_path / f"{bag.name}.tar", bag.name)
    report = validate_bag(tar, ValidateOptions(profiles=["aptrust"]))
    found = [f for f in report.findings if f.code == code]
    assert not report.valid and found and message in found[0].message, report.findings
    assert found[0].path == "aptrust-info.txt"


def test_dart_missing_tag_file_serialization_and_folder_name(tmp_path: Path, aptrust_bag: Path):
    bag = tmp_path / aptrust_bag.name
    shutil.copytree(aptrust_bag, bag)
    # the folder itself: an error when APTrust is asked for, a warning when only declared
    assert "E101" in {
        f.code for f in validate_bag(bag, ValidateOptions(profiles=["aptrust"])).findings
    }
    declared = validate_bag(bag)
    assert declared.valid and {f.code for f in declared.findings} == {"W103"}
    # a tar that unpacks to another name
    renamed = _retar(bag, tmp_path / "other-name.tar", bag.name)
    report = validate_bag(renamed, ValidateOptions(profiles=["aptrust"]))
    assert [f.code for f in report.findings if f.severity == "error"] == ["E121"]
    # no aptrust-info.txt
    (bag / "aptrust-info.txt").unlink()
    bagit.Bag(str(bag)).save()  # bagit-python rewrites the tag manifests
    tar = _retar(bag, tmp_path / f"{bag.name}.tar", bag.name)
    report = validate_bag(tar, ValidateOptions(profiles=["aptrust"]))
    assert {f.message.split(" (")[0] for f in report.findings if f.code == "E118"} == {
        "required tag Title is missing",
        "required tag Access is missing",
        "required tag Storage-Option is missing",
    }


def test_dart_manifest_rules(tmp_path: Path, aptrust_bag: Path):
    bag = tmp_path / aptrust_bag.name
    shutil.copytree(aptrust_bag, bag)
    (bag / "manifest-md5.txt").unlink()
    tar = _retar(bag, tmp_path / f"{bag.name}.tar", bag.name)
    report = validate_bag(tar, ValidateOptions(profiles=[str(SHIPPED / "aptrust-v2.3.json")]))
    assert "E106" in {f.code for f in report.findings}
