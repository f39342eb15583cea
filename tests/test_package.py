"""package_article in-process: layout, bag-info, profile, consistency, force, naming.

End-to-end through the real extract, normalize and record modules. The CLI and batches are
in test_packaging.py, staging and locks in test_atomic.py, archives in test_serialize.py;
encodings, odd file names, kills and write errors in tests/faults/.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import json
import os
import re
import shutil
import threading
import time
from pathlib import Path

import bagit
import pytest

from archiver import normalize
from archiver.config import ArchiveSettings, BagSettings, Config
from archiver.errors import ArticleError, InputError
from archiver.model import Article, Dateline, Source
from archiver.packaging import (
    ALLOWED_ALGORITHMS,
    PROFILE_IDENTIFIER,
    PackageOptions,
    bag_name,
    package_article,
)
from archiver.packaging.serialize import MEDIA_TYPES
from archiver.packaging.staging import STAGING_PREFIX
from repo_paths import FIXTURES, REPO, SAMPLE

EPOCH = 1416355200  # 2014-11-19T00:00:00Z
PROFILE_FILE = REPO / "schemas" / "archiver-bagit-profile.json"
PAYLOAD = [
    "data/metadata/article.json",
    "data/metadata/dc.xml",
    "data/metadata/dcterms.xml",
    "data/newsml.xml",
]


@pytest.fixture(autouse=True)
def fixed_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))


def visible(out: Path) -> list[Path]:
    return sorted(p for p in out.iterdir() if not p.name.startswith("."))


def debris(out: Path) -> list[str]:
    return [p.name for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def package(path: Path, out: Path, **options) -> Path:  # type: ignore[no-untyped-def]
    out.mkdir(exist_ok=True)
    result = package_article(str(path), out, PackageOptions(**options))
    return Path(result.bag)


# -- layout and bag-info ----------------------------------------------------------------------


def test_bag_layout_bag_info_and_manifests_exactly(tmp_path: Path):
    config = Config(
        archive=ArchiveSettings(
            organization="Example Archive",
            address="1 Archive Way",
            contact_name="Jo Archivist",
            contact_email="jo@example.org",
        ),
        bag=BagSettings(group_identifier="upi-2014", info={"Internal-Sender-Description": "wire"}),
    )
    out = tmp_path / "out"
    out.mkdir()
    result = package_article(
        str(SAMPLE),
        out,
        PackageOptions(
            config=config,
            reference_date=dt.date(2014, 11, 19),
            extra_info=(("Project", "one"), ("Project", "two")),
        ),
    )
    bag = Path(result.bag)
    assert result.status == "created" and result.archive is None
    assert result.guid.endswith(hashlib.sha256(SAMPLE.read_bytes()).hexdigest())
    assert visible(out) == [bag] and debris(out) == []

    files = sorted(p.relative_to(bag).as_posix() for p in bag.rglob("*") if p.is_file())
    assert files == sorted(
        [
            "bag-info.txt",
            "bagit.txt",
            "manifest-sha256.txt",
            "manifest-sha512.txt",
            "tagmanifest-sha256.txt",
            "tagmanifest-sha512.txt",
            f"data/original/{SAMPLE.name}",
            *PAYLOAD,
        ]
    )
    assert (bag / "bagit.txt").read_bytes() == (
        b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    )
    payload_bytes = sum((bag / f).stat().st_size for f in files if f.startswith("data/"))
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    labels = [line.split(": ", 1)[0] for line in lines]
    info = {}
    for line in lines:
        key, value = line.split(": ", 1)
        info.setdefault(key, []).append(value)
    assert set(labels) == {
        "Source-Organization",
        "Organization-Address",
        "Contact-Name",
        "Contact-Email",
        "External-Description",
        "External-Identifier",
        "Internal-Sender-Identifier",
        "Bag-Group-Identifier",
        "Bagging-Date",
        "Bag-Software-Agent",
        "Payload-Oxum",
        "Bag-Size",
        "BagIt-Profile-Identifier",
        "Internal-Sender-Description",
        "Project",
    }
    assert info["Source-Organization"] == ["Example Archive"]
    assert info["Organization-Address"] == ["1 Archive Way"]
    assert info["Contact-Name"] == ["Jo Archivist"]
    assert info["Contact-Email"] == ["jo@example.org"]
    assert info["External-Description"] == [
        "More North Korean women risking arrest, abuse to sneak into China for work"
    ]
    assert info["External-Identifier"] == [result.guid]
    assert info["Internal-Sender-Identifier"] == [SAMPLE.name]
    assert info["Bag-Group-Identifier"] == ["upi-2014"]
    assert info["Bagging-Date"] == ["2014-11-19"]  # from SOURCE_DATE_EPOCH
    assert re.fullmatch(r"archiver \S+.*", info["Bag-Software-Agent"][0])
    assert info["Payload-Oxum"] == [f"{payload_bytes}.5"]
    assert info["Bag-Size"] == [f"{payload_bytes / 1000:.1f} KB"]
    assert info["BagIt-Profile-Identifier"] == [PROFILE_IDENTIFIER]
    assert info["Internal-Sender-Description"] == ["wire"]
    assert info["Project"] == ["one", "two"]  # a repeated label keeps every value, in order

    for alg in ("sha256", "sha512"):
        manifest = (bag / f"manifest-{alg}.txt").read_text(encoding="utf-8").splitlines()
        listed = [line.split("  ", 1)[1] for line in manifest]
        assert sorted(listed) == sorted([f"data/original/{SAMPLE.name}", *PAYLOAD])
        for line in manifest:
            digest, rel = line.split("  ", 1)
            assert hashlib.new(alg, (bag / rel).read_bytes()).hexdigest() == digest
        tags = (bag / f"tagmanifest-{alg}.txt").read_text(encoding="utf-8").splitlines()
        assert [line.split("  ", 1)[1] for line in tags] == [
            "bag-info.txt",
            "bagit.txt",
            "manifest-sha256.txt",
            "manifest-sha512.txt",
        ]
    bagit.Bag(str(bag)).validate()  # the reference implementation, full fixity
    record = json.loads((bag / "data/metadata/article.json").read_text(encoding="utf-8"))
    assert record["headline"] == info["External-Description"][0]


def test_only_fields_with_a_value_are_written(tmp_path: Path):
    bag = package(FIXTURES / "articles" / "body-only-no-headline-no-dateline.txt", tmp_path / "o")
    labels = {line.split(":", 1)[0] for line in (bag / "bag-info.txt").read_text().splitlines()}
    assert "External-Description" not in labels  # no headline
    assert not labels & {"Source-Organization", "Contact-Name", "Bag-Group-Identifier"}
    assert {"External-Identifier", "Payload-Oxum", "BagIt-Profile-Identifier"} <= labels
    assert bag.name.startswith("article-") or "-" in bag.name
    bagit.Bag(str(bag)).validate()


@pytest.mark.parametrize("label", ["Payload-Oxum", "BagIt-Profile-Identifier", "Bag-Size"])
def test_computed_labels_cannot_be_given(tmp_path: Path, label: str):
    with pytest.raises(InputError, match=label):
        package(SAMPLE, tmp_path / "o", extra_info=((label, "x"),))
    assert visible(tmp_path / "o") == []


def test_every_allowed_algorithm_at_once(tmp_path: Path):
    bag = package(SAMPLE, tmp_path / "o", algorithms=ALLOWED_ALGORITHMS)
    for alg in ALLOWED_ALGORITHMS:
        assert (bag / f"manifest-{alg}.txt").is_file()
        assert (bag / f"tagmanifest-{alg}.txt").is_file()
    bagit.Bag(str(bag)).validate()


def test_md5_only_writes_no_sha_manifests(tmp_path: Path):
    bag = package(SAMPLE, tmp_path / "o", algorithms=("md5",))
    assert sorted(p.name for p in bag.glob("*manifest-*")) == [
        "manifest-md5.txt",
        "tagmanifest-md5.txt",
    ]
    bagit.Bag(str(bag)).validate()


# -- the original -----------------------------------------------------------------------------


def test_the_original_is_never_modified_moved_or_touched(tmp_path: Path):
    source = tmp_path / "story.txt"
    shutil.copy(SAMPLE, source)
    before, data = os.stat(source), source.read_bytes()
    bag = package(source, tmp_path / "out")
    after = os.stat(source)
    assert source.read_bytes() == data
    assert (after.st_ino, after.st_mtime_ns, after.st_mode, after.st_nlink) == (
        before.st_ino,
        before.st_mtime_ns,
        before.st_mode,
        before.st_nlink,
    )
    assert (bag / "data" / "original" / "story.txt").read_bytes() == data


def _self_consistent(bag: Path) -> None:
    """The payload original, its manifest line, the record and the guid state one digest."""
    (copy,) = (bag / "data" / "original").iterdir()
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    record = json.loads((bag / "data/metadata/article.json").read_text(encoding="utf-8"))
    assert record["source"]["sha256"] == digest
    assert record["source"]["bytes"] == copy.stat().st_size
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    assert f"External-Identifier: tag:archiver.invalid,2026:sha256-{digest}\n" in info
    assert f"{digest}  data/original/{copy.name}\n" in (bag / "manifest-sha256.txt").read_text()
    bagit.Bag(str(bag)).validate()


def test_a_source_edited_while_being_packaged_never_gives_an_inconsistent_bag(tmp_path: Path):
    """Whatever moment the capture changes, the bag holds one version of it throughout."""
    source = tmp_path / "story.txt"
    shutil.copy(SAMPLE, source)
    out = tmp_path / "out"
    out.mkdir()
    stop = threading.Event()

    def keep_editing() -> None:
        n = 0
        while not stop.is_set():
            with open(source, "ab") as fh:
                fh.write(f"\nEdit {n}.\n".encode())
            n += 1
            time.sleep(0.0005)

    editor = threading.Thread(target=keep_editing)
    editor.start()
    bags = set()
    try:
        for _ in range(8):
            try:
                result = package_article(str(source), out, PackageOptions())
            except ArticleError as exc:  # refusing is fine; a mixed bag is not
                assert "changed" in str(exc) or "does not match" in str(exc), exc
                continue
            bags.add(Path(result.bag))
    finally:
        stop.set()
        editor.join()
    assert bags  # at least some runs packaged a version of it
    for bag in bags:
        _self_consistent(bag)
    assert debris(out) == []


# -- profile ----------------------------------------------------------------------------------


def _tag_files(bag: Path) -> list[str]:
    return sorted(
        p.relative_to(bag).as_posix()
        for p in bag.rglob("*")
        if p.is_file() and p.relative_to(bag).parts[0] != "data"
    )


def profile_problems(bag: Path, profile: dict) -> list[str]:  # type: ignore[type-arg]
    """A small, independent reading of the BagIt Profiles 1.4.0 rules our profile uses."""
    problems: list[str] = []
    version = ".".join(map(str, bagit.Bag(str(bag)).version_info))
    if version not in profile.get("Accept-BagIt-Version", [version]):
        problems.append(f"BagIt-Version {version}")
    info: dict[str, list[str]] = {}
    for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines():
        key, _, value = line.partition(": ")
        info.setdefault(key.lower(), []).append(value)
    for label, rule in profile.get("Bag-Info", {}).items():
        values = info.get(label.lower(), [])
        if rule.get("required") and not values:
            problems.append(f"Bag-Info {label} missing")
        if "values" in rule and any(v not in rule["values"] for v in values):
            problems.append(f"Bag-Info {label} value {values}")
        if rule.get("repeatable") is False and len(values) > 1:
            problems.append(f"Bag-Info {label} repeated")
    for kind, prefix in (("Manifests", "manifest-"), ("Tag-Manifests", "tagmanifest-")):
        present = {p.name[len(prefix) : -4] for p in bag.glob(f"{prefix}*.txt")}
        if missing := set(profile.get(f"{kind}-Required", [])) - present:
            problems.append(f"{kind}-Required {sorted(missing)}")
        if f"{kind}-Allowed" in profile and present - set(profile[f"{kind}-Allowed"]):
            problems.append(f"{kind}-Allowed {sorted(present)}")
    tags = _tag_files(bag)
    for name in profile.get("Tag-Files-Required", []):
        if name not in tags:
            problems.append(f"Tag-Files-Required {name}")
    for name in tags:
        if not any(
            fnmatch.fnmatchcase(name, pat) for pat in profile.get("Tag-Files-Allowed", ["*"])
        ):
            problems.append(f"Tag-Files-Allowed {name}")
    payload = sorted(
        p.relative_to(bag).as_posix() for p in (bag / "data").rglob("*") if p.is_file()
    )
    for name in profile.get("Payload-Files-Required", []):
        ok = any(f.startswith(name) for f in payload) if name.endswith("/") else name in payload
        if not ok:
            problems.append(f"Payload-Files-Required {name}")
    for name in payload:
        allowed = profile.get("Payload-Files-Allowed", ["*"])
        if not any(fnmatch.fnmatchcase(name, pat) for pat in allowed):
            problems.append(f"Payload-Files-Allowed {name}")
    if profile.get("Allow-Fetch.txt") is False and (bag / "fetch.txt").exists():
        problems.append("Allow-Fetch.txt")
    if profile.get("Data-Empty") is True and payload:
        problems.append("Data-Empty")
    return problems


@pytest.fixture(scope="module")
def profile() -> dict:  # type: ignore[type-arg]
    return json.loads(PROFILE_FILE.read_text(encoding="utf-8"))


def test_profile_document_is_well_formed(profile: dict):  # type: ignore[type-arg]
    head = profile["BagIt-Profile-Info"]
    for key in (
        "BagIt-Profile-Identifier",
        "BagIt-Profile-Version",
        "Source-Organization",
        "External-Description",
        "Version",
    ):
        assert isinstance(head.get(key), str) and head[key], key
    assert head["BagIt-Profile-Identifier"] == PROFILE_IDENTIFIER
    assert head["BagIt-Profile-Version"] == "1.4.0"
    assert set(profile["Manifests-Required"]) == {"sha256", "sha512"}
    assert set(profile["Manifests-Required"]) <= set(profile["Manifests-Allowed"])
    assert set(profile["Tag-Manifests-Required"]) <= set(profile["Tag-Manifests-Allowed"])
    assert set(profile["Manifests-Allowed"]) == set(ALLOWED_ALGORITHMS)
    assert profile["Accept-BagIt-Version"] == ["1.0"]
    assert profile["Allow-Fetch.txt"] is False
    assert profile["Serialization"] in ("forbidden", "optional", "required")
    assert set(MEDIA_TYPES.values()) <= set(profile["Accept-Serialization"])
    for name in profile["Tag-Files-Required"]:  # required files must also be allowed
        assert any(fnmatch.fnmatchcase(name, p) for p in profile["Tag-Files-Allowed"])


def test_bags_meet_the_profile_and_the_check_has_teeth(
    tmp_path: Path,
    profile: dict,  # type: ignore[type-arg]
):
    out = tmp_path / "out"
    for path in [SAMPLE, FIXTURES / "articles" / "body-only-no-headline-no-dateline.txt"]:
        bag = package(path, out)
        assert profile_problems(bag, profile) == [], bag.name
    broken = tmp_path / "broken"
    shutil.copytree(bag, broken)
    (broken / "manifest-sha512.txt").unlink()
    (broken / "data" / "extra.bin").write_bytes(b"x")
    with open(broken / "bag-info.txt", "a", encoding="utf-8") as fh:
        fh.write("BagIt-Profile-Identifier: https://example.org/other\n")
    problems = profile_problems(broken, profile)
    assert any(p.startswith("Manifests-Required") for p in problems)
    assert "Payload-Files-Allowed data/extra.bin" in problems
    assert any(p.startswith("Bag-Info BagIt-Profile-Identifier") for p in problems)


def test_bags_meet_the_profile_by_the_project_validator(tmp_path: Path):
    bagcheck = pytest.importorskip("archiver.bagcheck")
    bag = package(SAMPLE, tmp_path / "out", algorithms=("sha256", "sha512", "md5"))
    report = bagcheck.validate_bag(bag, bagcheck.ValidateOptions(profiles=(str(PROFILE_FILE),)))
    assert report.valid and report.errors == 0, report.findings
    assert PROFILE_IDENTIFIER in report.profiles


# -- existing bags, force, reproducibility ------------------------------------------------------


def test_existing_bag_is_kept_and_force_replaces_it(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    first = package_article(str(SAMPLE), out, PackageOptions())
    bag = Path(first.bag)
    inode = bag.stat().st_ino
    before = tree_bytes(bag)
    again = package_article(str(SAMPLE), out, PackageOptions())
    assert again.status == "exists" and again.bag == first.bag and again.guid == first.guid
    assert bag.stat().st_ino == inode  # untouched
    forced = package_article(str(SAMPLE), out, PackageOptions(force=True))
    assert forced.status == "replaced" and bag.stat().st_ino != inode
    assert tree_bytes(bag) == before  # same input, same bytes
    assert visible(out) == [bag] and debris(out) == []


def test_something_else_at_the_bag_name_is_never_overwritten_without_force(tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    name = Path(package_article(str(SAMPLE), out, PackageOptions()).bag).name
    shutil.rmtree(out / name)
    (out / name).write_text("not a bag")
    with pytest.raises(ArticleError, match="--force"):
        package_article(str(SAMPLE), out, PackageOptions())
    assert (out / name).read_text() == "not a bag"
    result = package_article(str(SAMPLE), out, PackageOptions(force=True))
    assert result.status == "replaced"
    bagit.Bag(result.bag).validate()


def test_reproducible_bytes_and_times(tmp_path: Path):
    bags = [package(SAMPLE, tmp_path / run, serialize="tgz") for run in ("a", "b")]
    assert tree_bytes(bags[0]) == tree_bytes(bags[1])
    assert (tmp_path / "a" / f"{bags[0].name}.tar.gz").read_bytes() == (
        tmp_path / "b" / f"{bags[1].name}.tar.gz"
    ).read_bytes()
    for p in [bags[0], *bags[0].rglob("*")]:
        assert int(p.stat().st_mtime) == EPOCH, p


def test_bagging_date_option_wins_over_the_epoch(tmp_path: Path):
    bag = package(SAMPLE, tmp_path / "o", bagging_date=dt.date(2020, 2, 3))
    assert "Bagging-Date: 2020-02-03\n" in (bag / "bag-info.txt").read_text()


# -- names ------------------------------------------------------------------------------------


def article(
    headline: str | None = "Headline",
    source: str | None = "UPI",
    date: str | None = "2014-11-19",
    digest: str = "ab" * 32,
) -> Article:
    dateline = Dateline(raw="", place=None, date=date, date_text=None, source=source)
    return Article(
        headline=headline,
        bylines=[],
        byline_raw=None,
        dateline=dateline if (source or date) else None,
        photos=[],
        body=[],
        language=None,
        source=Source(path="x.txt", bytes=1, sha256=digest, encoding="utf-8"),
    )


def test_bag_names_are_readable_safe_and_end_in_a_digest():
    name = bag_name(article("More North Korean women risking arrest, abuse"))
    assert name == "upi-2014-11-19-more-north-korean-women-risking-arrest-abuse-abababababab"
    assert bag_name(article("More North Korean women risking arrest, abuse")) == name
    for a in [
        article(None, None, None),
        article("\u5317\u97d3\u5973\u6027", "\u65b0\u534e\u793e"),
        article("../../etc/passwd", "A/B"),
        article("Caf\u00e9 \u00fcber na\u00efve", "Agence France-Presse"),
        article("word " * 40, "Agence France-Presse International"),
    ]:
        name = bag_name(a)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name), name
        assert name.endswith("-abababababab") and len(name) <= 100, name
    assert bag_name(article(None, None, None)) == "article-abababababab"
    assert bag_name(article(digest="cd" * 32)) != bag_name(article())


def test_bag_names_never_exceed_100_characters():
    name = bag_name(article("x" * 200, "y" * 40))
    assert len(name) <= 100 and name.endswith("-abababababab")


# -- gaps found in review, now closed ------------------------------------------------------------


def test_bagging_date_alone_makes_bags_reproducible(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    real = normalize.datetime
    ticks = iter(range(1, 100))

    class Clock(real):  # type: ignore[valid-type,misc]
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def]
            return real(2026, 1, 1, tzinfo=tz) + dt.timedelta(hours=next(ticks))

    monkeypatch.setattr(normalize, "datetime", Clock)
    day = dt.date(2020, 1, 2)
    bags = [package(SAMPLE, tmp_path / run, bagging_date=day) for run in ("a", "b")]
    assert tree_bytes(bags[0]) == tree_bytes(bags[1])
