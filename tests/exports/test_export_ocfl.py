"""export --to ocfl: OCFL 1.1 objects in a storage root (ocfl-py), layout 0004 from its spec."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from export_helpers import export, files_of

from archiver.bagcheck import ValidateOptions, validate_bag
from archiver.cli import main
from archiver.config import ArchiveSettings, Config, RightsSettings
from archiver.exports.ocfl_layout import NAME, Layout_0004_Hashed_N_Tuple, get_layout
from archiver.packaging import PackageOptions, package_article
from repo_paths import REPO, SAMPLE

DAY = dt.date(2014, 11, 19)
HEADLINE = "More North Korean women risking arrest, abuse to sneak into China for work"
INVENTORY_SCHEMA = REPO.parent / "shared" / "schemas" / "ocfl" / "inventory_schema-1.1.json"
# ocfl-py's script, installed beside this interpreter (or on PATH)
_BESIDE = Path(sys.executable).parent / "ocfl-validate.py"
OCFL_VALIDATE = str(_BESIDE) if _BESIDE.is_file() else shutil.which("ocfl-validate.py")
# ocfl-py's own ocfl-validate, run with archiver's 0004 layout registered in its registry
VALIDATE_WITH_0004 = (
    "import sys, runpy, archiver.exports.ocfl_layout; "
    "script = sys.argv.pop(1); sys.argv[0] = script; runpy.run_path(script, run_name='__main__')"
)


# -- layout 0004, against the examples of the extension's specification -------------------------
# OCFL/extensions @ befc324d43 : docs/0004-hashed-n-tuple-storage-layout.md, "Examples"

ODD_ID = "..hor/rib:le-$id"


@pytest.mark.parametrize(
    "config, expected",
    [
        (  # Example 1: the defaults (no config needed)
            None,
            {
                "object-01": "3c0/ff4/240/3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4",
                ODD_ID: "487/326/d8c/487326d8c2a3c0b885e23da1469b4d6671fd4e76978924b4443e9e3c316cda6d",
            },
        ),
        (  # Example 2: md5, tuples of 2, 15 of them, short object root
            {
                "digestAlgorithm": "md5",
                "tupleSize": 2,
                "numberOfTuples": 15,
                "shortObjectRoot": True,
            },
            {
                "object-01": "ff/75/53/44/92/48/5e/ab/b3/9f/86/35/67/28/88/4e",
                ODD_ID: "08/31/97/66/fb/6c/29/35/dd/17/5b/94/26/77/17/e0",
            },
        ),
        (  # Example 3: no tuples
            {
                "digestAlgorithm": "sha256",
                "tupleSize": 0,
                "numberOfTuples": 0,
                "shortObjectRoot": False,
            },
            {
                "object-01": "3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4",
                ODD_ID: "487326d8c2a3c0b885e23da1469b4d6671fd4e76978924b4443e9e3c316cda6d",
            },
        ),
    ],
)
def test_layout_0004_spec_examples(config, expected):
    layout = get_layout(NAME)  # through ocfl-py's layout registry
    assert isinstance(layout, Layout_0004_Hashed_N_Tuple)
    if config is not None:
        layout.check_and_set_layout_params({"extensionName": NAME, **config})
    for identifier, path in expected.items():
        assert layout.identifier_to_path(identifier) == path


def test_layout_0004_config_rules():
    from ocfl.layout import LayoutException

    layout = get_layout("0004")
    assert layout.config == {
        "extensionName": NAME,
        "digestAlgorithm": "sha256",
        "tupleSize": 3,
        "numberOfTuples": 3,
        "shortObjectRoot": False,
    }
    for bad in (
        {"tupleSize": 32, "numberOfTuples": 2, "shortObjectRoot": True},  # tuples use it all
        {"tupleSize": 0, "numberOfTuples": 3},
        {"shortObjectRoot": "yes"},
    ):
        with pytest.raises(LayoutException):
            get_layout("0004").check_and_set_layout_params({"extensionName": NAME, **bad})


# -- the export -------------------------------------------------------------------------------


def make_bag(out: Path, *, name: str | None = "Jane Archivist", holder: str | None = None) -> Path:
    config = Config(
        archive=ArchiveSettings(
            organization="Example Newspaper Archive",
            contact_name=name,
            contact_email="archive@example.org",
        ),
        rights=RightsSettings(holder=holder),
    )
    options = PackageOptions(config=config, reference_date=DAY, bagging_date=DAY, force=True)
    return Path(package_article(str(SAMPLE), out, options).bag)


def to_ocfl(root: Path, *bags: Path, extra: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    result = export("--to", "ocfl", "--jobs", "1", *extra, "-o", str(root), *map(str, bags))
    assert result.exit_code == 0, result.output
    return [line.split("\t") for line in result.output.splitlines() if "\t" in line]


def object_dir(root: Path) -> Path:
    (found,) = [p.parent for p in root.rglob("0=ocfl_object_1.1")]
    return found


def inventory(obj: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((obj / "inventory.json").read_text(encoding="utf-8"))


def ocfl_validate(path: Path, *, with_0004: bool = False) -> subprocess.CompletedProcess[str]:
    assert OCFL_VALIDATE, "ocfl-validate.py (ocfl-py) is not installed"
    if with_0004:
        args = [sys.executable, "-c", VALIDATE_WITH_0004, OCFL_VALIDATE, str(path)]
    else:
        args = [sys.executable, OCFL_VALIDATE, str(path)]
    return subprocess.run(args, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("ocfl")
    bag = make_bag(work / "bags")
    root = work / "root"
    lines = to_ocfl(root, bag)
    assert lines[0][0] == "created"
    return root, bag


def test_sample_exported_as_an_ocfl_object(exported):
    root, bag = exported
    assert (root / "0=ocfl_1.1").read_text() == "ocfl_1.1\n"
    assert json.loads((root / "ocfl_layout.json").read_text())["extension"] == NAME
    config = json.loads((root / "extensions" / NAME / "config.json").read_text())
    assert config["extensionName"] == NAME and config["tupleSize"] == 3
    obj = object_dir(root)
    inv = inventory(obj)
    guid = next(
        line.split(": ", 1)[1]
        for line in (bag / "bag-info.txt").read_text().splitlines()
        if line.startswith("External-Identifier: ")
    )
    assert inv["id"] == guid
    assert obj.relative_to(root).as_posix() == get_layout(NAME).identifier_to_path(guid)
    assert inv["head"] == "v1" and inv["digestAlgorithm"] == "sha512"
    version = inv["versions"]["v1"]
    assert version["created"] == "2014-11-19T00:00:00Z"
    assert version["message"] == HEADLINE
    assert version["user"] == {"name": "Jane Archivist", "address": "mailto:archive@example.org"}
    logical = sorted(p for paths in version["state"].values() for p in paths)
    assert logical == sorted(files_of(bag / "data"))  # data/ is the object's logical root
    # the content is the payload, byte for byte
    for rel, data in files_of(bag / "data").items():
        assert (obj / "v1" / "content" / rel).read_bytes() == data
    # ocfl-py's ocfl-validate passes on the object, and on the root with 0004 registered
    done = ocfl_validate(obj)
    assert done.returncode == 0 and "is VALID" in done.stdout, done.stdout + done.stderr
    done = ocfl_validate(root, with_0004=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # archiver validate reads both too
    for path in (root, obj):
        report = validate_bag(path)
        assert report.valid and report.findings == [], report.findings
    result = CliRunner().invoke(main, ["validate", str(root), str(obj)])
    assert result.exit_code == 0 and result.output.count("VALID ") == 2, result.output


@pytest.mark.skipif(not INVENTORY_SCHEMA.is_file(), reason="../shared/schemas/ocfl not found")
def test_inventory_meets_the_ocfl_json_schema(exported):
    root, _ = exported
    schema = json.loads(INVENTORY_SCHEMA.read_text(encoding="utf-8"))
    obj = object_dir(root)
    jsonschema.validate(inventory(obj), schema)
    bad = inventory(obj)
    bad["head"] = "version-1"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_same_bag_again_changes_nothing_and_corrected_metadata_is_v2(exported, tmp_path):
    root = tmp_path / "root"
    shutil.copytree(exported[0], root)
    bag = exported[1]
    before = files_of(root)
    # what a crashed export left behind (a process id that cannot be running) is removed
    stale = root / "extensions" / "archiver-staging" / "999999999.x" / "object"
    stale.mkdir(parents=True)
    (stale / "inventory.json").write_text("{}")
    lines = to_ocfl(root, bag)
    assert not (root / "extensions" / "archiver-staging").exists()
    assert lines[0][0] == "exists" and lines[0][1].endswith(" v1")
    assert files_of(root) == before
    # the same article packaged again with corrected rights: a new version, not a new object
    corrected = make_bag(tmp_path / "bags2", holder="United Press International")
    lines = to_ocfl(root, corrected)
    assert lines[0][0] == "updated" and lines[0][1].endswith(" v2")
    obj = object_dir(root)
    inv = inventory(obj)
    assert inv["head"] == "v2" and sorted(inv["versions"]) == ["v1", "v2"]
    original = f"original/{SAMPLE.name}"
    # one copy of the original, in v1, referenced by v2 (OCFL deduplication)
    copies = [p for p in obj.rglob(SAMPLE.name) if p.is_file()]
    assert [p.relative_to(obj).as_posix() for p in copies] == [f"v1/content/{original}"]
    (digest,) = [d for d, paths in inv["versions"]["v2"]["state"].items() if original in paths]
    assert inv["manifest"][digest] == [f"v1/content/{original}"]
    assert "v2/content/newsml.xml" in {p for paths in inv["manifest"].values() for p in paths}
    assert ocfl_validate(obj).returncode == 0
    assert ocfl_validate(root, with_0004=True).returncode == 0
    assert validate_bag(root).valid
    # and again: nothing changes
    assert to_ocfl(root, corrected)[0][0] == "exists"
    assert inventory(obj)["head"] == "v2"


def test_email_without_a_name_still_makes_a_valid_user(tmp_path):
    bag = make_bag(tmp_path / "bags", name=None)
    root = tmp_path / "root"
    to_ocfl(root, bag)
    obj = object_dir(root)
    user = inventory(obj)["versions"]["v1"]["user"]
    assert user == {"name": "archive@example.org", "address": "mailto:archive@example.org"}
    assert ocfl_validate(obj).returncode == 0


def test_layout_0003_by_option_and_a_root_keeps_its_layout(tmp_path):
    bag = make_bag(tmp_path / "bags")
    root = tmp_path / "root"
    to_ocfl(root, bag, extra=("--ocfl-layout", "0003"))
    layout = json.loads((root / "ocfl_layout.json").read_text())["extension"]
    assert layout == "0003-hash-and-id-n-tuple-storage-layout"
    obj = object_dir(root)
    assert obj.name.startswith("tag%3aarchiver")  # 0003 names the object by its id
    done = ocfl_validate(root)  # ocfl-py knows 0003 itself
    assert done.returncode == 0, done.stdout + done.stderr
    result = export("--to", "ocfl", "--ocfl-layout", "0004", "-o", str(root), str(bag))
    assert result.exit_code == 2 and "layout is 0003" in result.output
    not_a_root = tmp_path / "stuff"
    not_a_root.mkdir()
    (not_a_root / "notes.txt").write_text("mine")
    result = export("--to", "ocfl", "-o", str(not_a_root), str(bag))
    assert result.exit_code == 2 and "not an OCFL storage root" in result.output
    assert os.listdir(not_a_root) == ["notes.txt"]


def test_validate_reports_ocfl_findings_with_their_codes(exported, tmp_path):
    root = tmp_path / "root"
    shutil.copytree(exported[0], root)
    obj = object_dir(root)
    with open(obj / "v1" / "content" / "newsml.xml", "ab") as fh:
        fh.write(b"\n")
    (obj / "inventory.json.sha512").unlink()
    report = validate_bag(root)
    assert not report.valid
    codes = {f.code: f for f in report.findings}
    assert {"E058a", "E092a"} <= set(codes)
    assert codes["E092a"].path == obj.relative_to(root).as_posix()
    assert codes["E092a"].severity == "error" and "newsml.xml" in codes["E092a"].message
    assert codes["E092a"].rule.startswith("OCFL 1.1 E092a")
    # the command: exit 1, each finding on a line with its OCFL code
    result = CliRunner().invoke(main, ["validate", str(root)])
    assert result.exit_code == 1
    assert "E092a error" in result.output and "E058a error" in result.output
    # the object alone; --fast skips the digests
    assert "E092a" in {f.code for f in validate_bag(obj).findings}
    assert "E092a" not in {f.code for f in validate_bag(obj, ValidateOptions(mode="fast")).findings}
