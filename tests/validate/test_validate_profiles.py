"""BagIt Profiles 1.4.0: real published profiles, a bag that meets each, one that breaks each rule."""

from __future__ import annotations

import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from validate_helpers import PROFILES, build_bag, codes, errors, rehash_tagmanifests

from archiver.bagcheck import ProfileError, known_profiles, resolve_profiles
from archiver.bagcheck.profile import load_profile_file
from archiver.errors import InputError

FOO = PROFILES / "bagProfileFoo.json"
BAR = PROFILES / "bagProfileBar.json"
BTR = PROFILES / "btr-bagit-profile.json"
FOO_ID = "http://www.library.yale.edu/mssa/bagitprofiles/disk_images.json"
BAR_ID = "http://canadiana.org/standards/bagit/tdr_ingest.json"
BTR_ID = json.loads(BTR.read_text())["BagIt-Profile-Info"]["BagIt-Profile-Identifier"]
FOO_INFO = {
    "Source-Organization": "York University",
    "Contact-Phone": "+1 416 555 0100",
    "BagIt-Profile-Identifier": FOO_ID,
}


def tar_of(bag: Path, mode: str = "w", suffix: str = ".tar") -> Path:
    target = bag.with_name(bag.name + suffix)
    with tarfile.open(target, mode) as tar:
        tar.add(bag, arcname=bag.name)
    return target


def foo_bag(tmp_path: Path, name: str = "disk", **overrides) -> Path:
    options = {"version": "0.97", "checksums": ("md5",), "info": dict(FOO_INFO)}
    options.update(overrides)
    return build_bag(tmp_path / name, **options)


def test_bag_meeting_foo(tmp_path, check):
    archive = tar_of(foo_bag(tmp_path))
    report = check(archive, profiles=[str(FOO)])
    assert report.valid, report.findings
    assert codes(report) == {"W037"}  # md5 only, as the profile asks
    assert report.profiles == [FOO_ID]
    zipped = tmp_path / "disk.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        for path in sorted((tmp_path / "disk").rglob("*")):
            zf.write(path, f"disk/{path.relative_to(tmp_path / 'disk').as_posix()}")
    assert check(zipped, profiles=[str(FOO)]).valid


@pytest.mark.parametrize(
    "overrides, serialize, code",
    [
        ({}, None, "E101"),  # Serialization: required, but a folder
        ({}, "tgz", "E102"),  # Accept-Serialization: zip or tar only
        ({"version": "1.0"}, "tar", "E100"),  # Accept-BagIt-Version: 0.96, 0.97
        ({"info": {**FOO_INFO, "Contact-Phone": None}}, "tar", "E103"),
        ({"info": {**FOO_INFO, "Source-Organization": "Elsewhere"}}, "tar", "E104"),
        ({"checksums": ("sha256",)}, "tar", "E106"),  # Manifests-Required: md5
        ({"info": {**FOO_INFO, "BagIt-Profile-Identifier": None}}, "tar", "E117"),
    ],
)
def test_bag_breaking_foo(tmp_path, check, overrides, serialize, code):
    if "info" in overrides:
        overrides["info"] = {k: v for k, v in overrides["info"].items() if v is not None}
    bag = foo_bag(tmp_path, **overrides)
    target = bag
    if serialize == "tar":
        target = tar_of(bag)
    elif serialize == "tgz":
        target = tar_of(bag, "w:gz", ".tar.gz")
    report = check(target, profiles=[str(FOO)])
    assert code in errors(report), report.findings
    assert {f.code for f in report.findings if f.code.startswith("E1")} == {code}


def test_fetch_txt_not_allowed_by_foo(tmp_path, check):
    bag = foo_bag(tmp_path)
    size = (bag / "data" / "article.txt").stat().st_size
    (bag / "fetch.txt").write_text(f"https://example.org/article.txt {size} data/article.txt\n")
    rehash_tagmanifests(bag)
    report = check(tar_of(bag), profiles=[str(FOO)])
    assert errors(report) == {"E110"}


def test_bar_tag_files_and_tag_manifests(tmp_path, check):
    bag = build_bag(
        tmp_path / "bar",
        version="0.97",
        checksums=("sha256",),
        info={"BagIt-Profile-Identifier": BAR_ID},
    )
    (bag / "extra.txt").write_text("not allowed by DPN/*")
    rehash_tagmanifests(bag)
    report = check(bag, profiles=[str(BAR)])
    assert {"E100", "E103", "E104", "E106", "E108", "E113", "E114"} <= errors(report)
    assert [f.path for f in report.findings if f.code == "E114"] == ["extra.txt"]
    required = {f.path for f in report.findings if f.code == "E113"}
    assert required == {"DPN/dpnFirstNode.txt", "DPN/dpnRegistry"}


def test_bag_meeting_btr(tmp_path, check):
    bag = build_bag(tmp_path / "btr", info={"BagIt-Profile-Identifier": BTR_ID})
    for target in (bag, tar_of(bag), tar_of(bag, "w:gz", ".tar.gz")):
        report = check(target, profiles=[str(BTR)])
        assert report.valid, report.findings
        assert report.findings == []


def test_btr_allowed_algorithms(tmp_path, check):
    bag = build_bag(
        tmp_path / "btr", checksums=("sha224",), info={"BagIt-Profile-Identifier": BTR_ID}
    )
    report = check(bag, profiles=[str(BTR)])
    assert {"E107", "E109"} <= errors(report)


def write_profile(tmp_path: Path, name: str, **rules) -> Path:
    data = {
        "BagIt-Profile-Info": {
            "BagIt-Profile-Identifier": f"https://example.org/profiles/{name}.json",
            "Source-Organization": "Example",
            "External-Description": "test profile",
            "Version": "1",
            "BagIt-Profile-Version": "1.4.0",
        },
        **rules,
    }
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data))
    return path


def declared(tmp_path: Path, name: str, **kwargs) -> Path:
    info = {"BagIt-Profile-Identifier": f"https://example.org/profiles/{name}.json"}
    info.update(kwargs.pop("info", {}))
    return build_bag(tmp_path / f"bag-{name}", info=info, **kwargs)


@pytest.mark.parametrize(
    "rules, code, path",
    [
        ({"Fetch.txt-Required": True}, "E111", "fetch.txt"),
        ({"Data-Empty": True}, "E112", "data"),
        ({"Payload-Files-Required": ["data/LICENSE.txt"]}, "E115", "data/LICENSE.txt"),
        ({"Payload-Files-Required": ["data/src/"]}, "E115", "data/src/"),
        ({"Payload-Files-Allowed": ["data/*.txt", "data/metadata/*"]}, "E116", None),
        ({"Bag-Info": {"Source-Organization": {"repeatable": False}}}, "E105", "bag-info.txt"),
        ({"Tag-Manifests-Required": ["md5"]}, "E108", "tagmanifest-md5.txt"),
        ({"Manifests-Allowed": ["sha512"]}, "E107", "manifest-sha256.txt"),
        ({"Tag-Manifests-Allowed": ["sha256"]}, "E109", "tagmanifest-sha512.txt"),
        ({"Tag-Files-Required": ["aptrust-info.txt"]}, "E113", "aptrust-info.txt"),
        ({"Serialization": "forbidden"}, None, None),
    ],
)
def test_each_profile_rule(tmp_path, check, rules, code, path):
    profile = write_profile(tmp_path, "p", **rules)
    bag = declared(
        tmp_path, "p", info={"Source-Organization": ["First", "Second"]} if code == "E105" else {}
    )
    report = check(bag, profiles=[str(profile)])
    found = {(f.code, f.path) for f in report.findings}
    if code is None:
        assert report.valid and report.findings == []
        return
    assert errors(report) == {code}, report.findings
    if path is not None:
        assert (code, path) in found
    if code == "E116":
        assert {p for c, p in found if c == "E116"} == {"data/images/photo.bin"}


def test_payload_and_data_rules_pass_when_met(tmp_path, check):
    profile = write_profile(
        tmp_path,
        "q",
        **{
            "Payload-Files-Required": ["data/article.txt", "data/images/"],
            "Payload-Files-Allowed": ["data/*"],
            "Tag-Files-Required": ["notes/readme.txt"],
            "Tag-Files-Allowed": ["notes/*"],
        },
    )
    bag = declared(tmp_path, "q")
    (bag / "notes").mkdir()
    (bag / "notes" / "readme.txt").write_text("tag file in a tag folder")
    rehash_tagmanifests(bag)
    report = check(bag, profiles=[str(profile)])
    assert report.valid and report.findings == [], report.findings


def test_empty_data_meets_data_empty(tmp_path, check):
    profile = write_profile(tmp_path, "e", **{"Data-Empty": True})
    bag = declared(tmp_path, "e", files={"empty.txt": b""})
    assert check(bag, profiles=[str(profile)]).valid


def test_self_contradictory_profile_is_a_warning(tmp_path, check):
    profile = write_profile(
        tmp_path,
        "c",
        **{
            "Manifests-Required": ["sha256"],
            "Manifests-Allowed": ["sha256", "sha512"],
            "Tag-Files-Required": ["x.txt"],
            "Tag-Files-Allowed": ["y/*"],
            "Bag-Info": {"Contact-Name": {"required": True}},
            "Surprise": 1,
        },
    )
    bag = declared(tmp_path, "c", info={"Contact-Name": " "})
    report = check(bag, profiles=[str(profile)])
    assert {"W101", "W102", "E113"} <= codes(report)


def test_declared_profile_known_locally_is_checked(tmp_path, check):
    known = {FOO_ID: load_profile_file(FOO)}
    bag = foo_bag(tmp_path)
    report = check(bag, known_profiles=known)
    assert report.profiles == [FOO_ID]
    # a folder where Foo wants a serialization: the unpacked copy of a bag sent as an archive
    # is a warning when only the bag names the profile, an error when Foo is asked for
    assert report.valid and codes(report) == {"W037", "W103"}
    assert errors(check(bag, profiles=[str(FOO)])) == {"E101"}


def test_declared_profile_unknown_is_a_warning(tmp_path, check):
    bag = build_bag(
        tmp_path / "u", info={"BagIt-Profile-Identifier": "https://nowhere.example/p.json"}
    )
    report = check(bag, known_profiles={})
    assert report.valid
    assert codes(report) == {"W100"}


def test_remote_identifier_only_matches_local_profiles():
    with pytest.raises(ProfileError):
        resolve_profiles([FOO_ID])
    explicit, known = resolve_profiles([str(FOO), FOO_ID])
    assert [p.identifier for p in explicit] == [FOO_ID]
    assert FOO_ID in known
    explicit, _ = resolve_profiles([FOO.resolve().as_uri()])
    assert explicit[0].identifier == FOO_ID
    with pytest.raises(ProfileError):
        resolve_profiles(["ftp://example.org/profile.json"])


def test_unusable_profile_files(tmp_path, check, bag):
    shared = Path("/work/shared/bagit-profiles")
    bad_json = tmp_path / "trailing.json"
    bad_json.write_text('{"a": 1,}')
    dart = tmp_path / "dart.json"
    dart.write_text(json.dumps({"bagItProfileInfo": {}, "tags": []}))
    for path in (bad_json, dart, tmp_path / "missing.json"):
        with pytest.raises(ProfileError):
            load_profile_file(path)
        with pytest.raises(InputError):
            check(bag, profiles=[str(path)])
    if shared.is_dir():
        for path in sorted(shared.glob("*.json")):
            try:
                load_profile_file(path)
            except ProfileError:
                continue


def test_every_shared_spec_profile_checks_without_crashing(tmp_path, check):
    shared = Path("/work/shared/bagit-profiles")
    candidates = sorted(shared.glob("*.json")) if shared.is_dir() else [FOO, BAR, BTR]
    bag = build_bag(tmp_path / "any")
    checked = 0
    for path in candidates:
        try:
            load_profile_file(path)
        except ProfileError:
            continue
        report = check(bag, profiles=[str(path)])
        assert "E999" not in codes(report)
        checked += 1
    assert checked >= 3


def test_project_profile_is_known_when_present():
    path = Path(__file__).resolve().parents[2] / "schemas" / "archiver-bagit-profile.json"
    if not path.is_file():
        pytest.skip("schemas/archiver-bagit-profile.json not written yet")
    profile = load_profile_file(path)
    known_profiles.cache_clear()
    assert profile.identifier in known_profiles()


def test_agrees_with_bagit_profile_package(tmp_path):
    bagit_profile = pytest.importorskip("bagit_profile")
    import bagit

    from archiver.bagcheck import ValidateOptions, validate_bag

    data = json.loads(BTR.read_text())
    good = build_bag(tmp_path / "good", info={"BagIt-Profile-Identifier": BTR_ID})
    bad = build_bag(
        tmp_path / "bad", checksums=("sha224",), info={"BagIt-Profile-Identifier": BTR_ID}
    )
    for bag, expected in ((good, True), (bad, False)):
        theirs = bagit_profile.Profile(BTR_ID, profile=data).validate(bagit.Bag(str(bag)))
        ours = validate_bag(bag, ValidateOptions(profiles=[str(BTR)]))
        assert bool(theirs) is expected
        assert any(f.code.startswith("E1") for f in ours.findings) is not expected
