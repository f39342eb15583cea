"""The fast paths of export give the same bytes as the careful ones they replace.

Export takes what validation verified (`Verified`: digests, sizes, the bytes of the smaller
files as they were hashed) instead of reading and hashing each file again. Each test here pins
a fast path against its slow twin, run on the same bag: same output, byte for byte.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from export_helpers import EPOCH, export, files_of, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from archiver import render
from archiver.bagcheck import BagReport, fixity, xmlcheck
from archiver.bagcheck.findings import finding
from archiver.bagcheck.tagfiles import BagInfo
from archiver.commands import export_cmd
from archiver.config import ArchiveSettings, Config, RightsSettings
from archiver.errors import ArticleError
from archiver.exports import BagView, ExportOptions, archivematica, metadata, mets, run, saf
from archiver.exports.metadata import Term, dublin_core
from archiver.packaging.staging import STAGING_PREFIX
from archiver.safefs import make_folders
from archiver.xmlschemas import safe_parser
from repo_paths import SCHEMA_DIR, needs_schemas

TARGETS = ["mets", "dspace-saf", "archivematica", "ocfl"]


def exported(target: str, source: Path, out: Path, *extra: str) -> dict[str, bytes]:
    result = export("--to", target, "-j", "1", *extra, "-o", str(out), str(source))
    assert result.exit_code == 0, result.output + result.stderr
    return files_of(out)


def without_verified(monkeypatch: pytest.MonkeyPatch) -> None:
    """The slow twin: validation keeps nothing, the view reads and hashes every file again."""
    fast = run.validate_options
    monkeypatch.setattr(
        run, "validate_options", lambda options: dataclasses.replace(fast(options), keep=False)
    )


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("serialized", [False, True], ids=["folder", "archive"])
def test_verified_bytes_export_as_reading_again(
    target: str,
    serialized: bool,
    sample_bag: Path,
    sample_archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = sample_archive if serialized else sample_bag
    fast = exported(target, source, tmp_path / "fast")
    # some files kept, the bigger ones read again
    monkeypatch.setattr(fixity, "KEEP_FILE_BYTES", 2048)
    mixed = exported(target, source, tmp_path / "mixed")
    without_verified(monkeypatch)
    slow = exported(target, source, tmp_path / "slow")
    assert fast == slow
    assert mixed == slow
    assert len(slow) >= 1


def test_verified_view_is_the_reread_view(sample_bag: Path) -> None:
    """What validation kept says what reading the bag again says (digests, sizes, bag-info)."""
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as fast:
        report = fast.report
        assert report.verified is not None
        slow = run._reread_view(str(sample_bag), sample_bag, sample_bag.name, report)
        assert fast.manifests == slow.manifests
        assert fast.info == slow.info
        assert fast.tag_files == slow.tag_files
        assert fast.files == slow.files
        assert set(fast.verified_bytes) >= set(fast.files)  # the sample's files are all small
        for rel in fast.files:
            assert fast.size(rel) == slow.size(rel)
            assert fast.read(rel) == slow.read(rel)
        for name in ("bagit.txt", "bag-info.txt"):
            assert fast.read_tag(name) == slow.read_tag(name)


@pytest.mark.parametrize("serialized", [False, True], ids=["folder", "archive"])
def test_top_files_listed_by_validation_are_the_bag_listed_again(
    sample_bag: Path, tmp_path: Path, serialized: bool
) -> None:
    """The tag files a view names are those validation's walk listed at the bag's top: what
    listing the folder again after validation gives (an extra tag file, a tag folder and
    what is in it, a link at the top of a folder, the data folder: only the top's regular
    files), for a folder and for a serialized bag (listed where it was unpacked)."""
    # no profile (archiver's allows no other tag files): bag-info and its digests rewritten
    info = sample_bag / "bag-info.txt"
    lines = info.read_text().splitlines(keepends=True)
    info.write_text("".join(ln for ln in lines if not ln.startswith("BagIt-Profile")))
    for tagmanifest in sample_bag.glob("tagmanifest-*.txt"):
        alg = tagmanifest.stem.removeprefix("tagmanifest-")
        digest = hashlib.new(alg, info.read_bytes()).hexdigest()
        rows = [
            f"{digest}  bag-info.txt\n" if row.endswith("  bag-info.txt\n") else row
            for row in tagmanifest.read_text().splitlines(keepends=True)
        ]
        tagmanifest.write_text("".join(rows))
    (sample_bag / "aptrust-info.txt").write_text("Title: x\n")
    (sample_bag / "custom").mkdir()
    (sample_bag / "custom" / "notes.txt").write_text("notes\n")
    path = sample_bag
    if not serialized:
        os.symlink("bagit.txt", sample_bag / "zz-link.txt")  # an archive with a link is refused
    else:
        path = tmp_path / f"{sample_bag.name}.tar"
        shutil.make_archive(str(path.with_suffix("")), "tar", sample_bag.parent, sample_bag.name)
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(path), options) as fast:
        assert fast.report.verified is not None
        assert fast.report.verified.top_files is not None
        slow = run._reread_view(str(path), fast.root, fast.name, fast.report)
        assert fast.tag_files == slow.tag_files
        assert "aptrust-info.txt" in fast.tag_files
        assert not {"custom", "data", "zz-link.txt"} & set(fast.tag_files)


def test_kept_trees_are_the_documents_parsed_again(sample_bag: Path) -> None:
    """The Dublin Core export reads is the tree validation parsed and checked: the same
    document as parsing the verified bytes again with the safe parser (`parse_again`)."""
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as fast:
        kept = dict(fast.verified_trees)
        assert {metadata.DC_FILE, metadata.DCTERMS_FILE} <= set(kept)
        for rel, tree in kept.items():
            assert metadata._parse(fast, rel) is tree  # served, not parsed again
            again = metadata.parse_again(fast, rel)
            assert again is not tree
            assert etree.tostring(tree) == etree.tostring(again)
            assert metadata.terms_of(tree) == metadata.terms_of(again)
        # what only reading again gives (keep=False) has no trees: the export parses
        slow_options = dataclasses.replace(options, keep=False)
    with run.validated_bag(str(sample_bag), slow_options) as slow:
        assert not slow.verified_trees
        assert metadata._parse(slow, metadata.DC_FILE) is not None


@pytest.mark.parametrize("target", TARGETS)
def test_export_from_kept_trees_as_parsing_again(
    target: str, sample_bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = exported(target, sample_bag, tmp_path / "fast")
    monkeypatch.setattr(xmlcheck._Checker, "keeps_trees", False)  # validation keeps no tree
    slow = exported(target, sample_bag, tmp_path / "slow")
    assert fast == slow
    assert len(slow) >= 1


def test_kept_bytes_stay_within_the_budget(sample_bag: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fixity, "KEEP_BUDGET", 3000)
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as view:
        assert view.report.verified is not None
        kept = view.report.verified.data
        assert 0 < sum(map(len, kept.values())) <= 3000
        assert len(kept) < len(view.files) + 4  # not everything fitted
        assert set(view.report.verified.sizes) >= set(view.files)  # sizes of every file


class PlainFolder:
    """The slow twin of `OutputFolder`, as export wrote before: buffered files, folders made
    where missing (make_folders), the times set afterwards by walking the folder."""

    def __init__(self, root: Path, epoch: int | None) -> None:
        root.mkdir()
        self.root, self.epoch = root, epoch

    def write(self, rel: str, data: bytes) -> None:
        path = self.root / rel
        make_folders(path.parent)
        with open(path, "xb") as fh:
            fh.write(data)

    def copy(self, bag: BagView, source: str, rel: str) -> int:
        path = self.root / rel
        make_folders(path.parent)
        return bag.copy(source, path)

    def finish(self) -> None:
        if self.epoch is not None:
            run._set_times(self.root, self.epoch)


@pytest.mark.parametrize("target", ["dspace-saf", "archivematica"])
@pytest.mark.parametrize(
    ("zipped", "epoch"),
    # a zip made without SOURCE_DATE_EPOCH holds the run's time: two runs may differ
    [(False, EPOCH), (False, None), (True, EPOCH)],
    ids=["folder-epoch", "folder-now", "zip-epoch"],
)
def test_output_folder_writes_as_buffered_files(
    target: str,
    zipped: bool,
    epoch: str | None,
    sample_bag: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One os.open/os.write/os.close per file, times set on the descriptor and on the folders
    deepest first: the same files, bytes, modes and times as buffered files and a walk; with
    --zip, the zip written from memory (payload files kept by validation and streamed from the
    bag) is the zip of the folder written, byte for byte."""
    extra = ("--zip",) if zipped else ()
    monkeypatch.setattr(fixity, "KEEP_FILE_BYTES", 2048)  # some files kept, some copied
    if epoch is None:
        # Both runs stamp the METS with the same run time (a second may tick between them);
        # the files' own times are still the clock's, and not compared below.
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        monkeypatch.setattr(export_cmd, "version_created", lambda: now)
    fast = tmp_path / "fast"
    result = export(
        "--to", target, "-j", "1", *extra, "-o", str(fast), str(sample_bag), epoch=epoch
    )
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(saf, "OutputFolder", PlainFolder)
    monkeypatch.setattr(archivematica, "OutputFolder", PlainFolder)
    monkeypatch.setattr(run, "ZIP_FROM_MEMORY", False)  # --zip: a folder made, zipped, removed
    slow = tmp_path / "slow"
    result = export(
        "--to", target, "-j", "1", *extra, "-o", str(slow), str(sample_bag), epoch=epoch
    )
    assert result.exit_code == 0, result.output
    fast_snap, slow_snap = snapshot(fast), snapshot(slow)
    assert len(slow_snap) >= (1 if zipped else 6)
    if epoch is None:  # times are the run's: compare what else there is
        fast_snap = {k: v[:2] for k, v in fast_snap.items()}
        slow_snap = {k: v[:2] for k, v in slow_snap.items()}
    else:
        assert {v[2] for v in fast_snap.values()} == {int(EPOCH) * 10**9}
    assert fast_snap == slow_snap


def test_flusher_renames_only_what_a_flush_made_durable(
    sample_bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The flusher thread overlaps the staging, but each export is renamed into place only
    after a flush that began once it was whole, and the results keep the bags' order."""
    events: list[tuple[str, object]] = []
    flush, place = run.fsync_many, run.install

    def recording_flush(roots: list[Path]) -> None:
        events.append(("flush", [(root, set(files_of(root))) for root in roots]))
        flush(roots)

    def recording_install(staging: Path, final: Path, **kwargs: bool) -> None:
        events.append(("install", staging))
        place(staging, final, **kwargs)

    monkeypatch.setattr(run, "fsync_many", recording_flush)
    monkeypatch.setattr(run, "install", recording_install)
    monkeypatch.setattr(run, "FLUSH_BATCH", 2)
    bags = []
    for n in range(7):
        copy = tmp_path / "bags" / f"bag-{n}"
        shutil.copytree(sample_bag, copy)
        bags.append(str(copy))
    options = run.ExportOptions()
    out = tmp_path / "out"
    run.begin_export("dspace-saf", out, options)
    results = run.export_bags(bags, "dspace-saf", out, options)
    assert [r.bag for r in results] == [f"bag-{n}" for n in range(7)]
    assert all(r.status == "created" for r in results)
    flushed: dict[Path, set[str]] = {}
    for kind, what in events:
        if kind == "flush":
            flushed.update(dict(what))
        else:  # the whole staged export was there when it was flushed
            assert what in flushed
            final = out / what.name[len(STAGING_PREFIX) :].rsplit(".", 2)[0]
            assert flushed[what] == set(files_of(final))
    assert sum(kind == "flush" for kind, _ in events) >= 2
    assert sum(kind == "install" for kind, _ in events) == 7


def test_ocfl_group_cached_root_and_fixed_work_folders_write_the_same_objects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New objects built for a group and flushed together, the storage root checked once per
    process, fixed work folders (fsspec's file systems made once): the same objects as a bag
    at a time with a fresh StorageRoot and a new temporary folder gave; a second version
    (made the careful way in both) too."""
    import tempfile

    from ocfl import StorageRoot
    from test_export_ocfl import make_bag

    from archiver.exports import ocfl

    first = make_bag(tmp_path / "bags1")
    corrected = make_bag(tmp_path / "bags2", holder="United Press International")

    def exports(out: Path) -> dict[str, bytes]:
        others = [make_bag(tmp_path / f"other-{out.name}", name=f"Archivist {n}") for n in "AB"]
        result = export("--to", "ocfl", "-j", "1", "-o", str(out), str(first), *map(str, others))
        assert result.exit_code == 0, result.output
        result = export("--to", "ocfl", "-j", "1", "-o", str(out), str(corrected))  # v2
        assert result.exit_code == 0, result.output
        return files_of(out)

    fast = exports(tmp_path / "fast")
    # the careful way: each bag on its own (its own flush), a fresh StorageRoot, a new
    # temporary work folder
    monkeypatch.setattr(ocfl.OcflTarget, "group", lambda self, out_dir: None)
    monkeypatch.setattr(ocfl, "_storage_root", lambda root: StorageRoot(root=str(root)))
    monkeypatch.setattr(
        ocfl,
        "_work_folder",
        lambda parent, name=None: (
            make_folders(parent),
            Path(tempfile.mkdtemp(prefix=f"{os.getpid()}.", dir=parent)),
        )[1],
    )
    slow = exports(tmp_path / "slow")
    assert fast == slow
    assert any(name.endswith("/v2/inventory.json") for name in slow)


def test_mets_written_with_one_open_as_buffered(
    sample_bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The METS document written with one open, write, futimens and close: the same bytes,
    mode and time as a buffered file whose time the runner set afterwards."""
    fast = tmp_path / "fast"
    assert export("--to", "mets", "-o", str(fast), str(sample_bag)).exit_code == 0

    def buffered(self: mets.MetsTarget, bag: BagView, dest: Path) -> None:
        with open(dest, "xb") as fh:
            fh.write(mets.mets_document(bag, self.options))

    monkeypatch.setattr(mets.MetsTarget, "write", buffered)
    monkeypatch.setattr(mets.MetsTarget, "sets_times", False)
    slow = tmp_path / "slow"
    assert export("--to", "mets", "-o", str(slow), str(sample_bag)).exit_code == 0
    assert snapshot(fast) == snapshot(slow)
    assert {v[2] for v in snapshot(fast).values()} == {int(EPOCH) * 10**9}


# -- the METS document written from templates, against the node tree it replaced ----------

_VALUE = st.one_of(
    st.none(),
    st.text(max_size=12),  # any character: markup, quotes, line breaks, controls, U+FFFE
    st.sampled_from(["A & B <Press>", 'say "hi"\tthere\r\n', "x\x01y\ufffez"]),
)
# a payload file name: any character but a slash, NUL or a lone surrogate (none is in a
# valid bag's manifest: the validator reads manifests as UTF-8)
_NAME = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    min_size=1,
    max_size=8,
)


@st.composite
def crafted_views(draw: st.DrawFn, sample: Path) -> tuple[BagView, ExportOptions]:
    """A validated bag's view with drawn payload, manifests, bag-info, report, record and
    configuration (the sample bag's Dublin Core and record, photos drawn)."""
    fixed = ["data/original/a.txt", "data/newsml.xml", "data/metadata/article.json"]
    fixed += ["data/metadata/dc.xml", "data/metadata/dcterms.xml"]
    files = [rel for rel in fixed if draw(st.booleans())]
    files += [f"data/photos/{n}" for n in draw(st.lists(_NAME, max_size=3, unique=True))]
    files += [f"data/{n}.{ext}" for n, ext in draw(st.lists(st.tuples(_NAME, _NAME), max_size=2))]
    files = sorted(set(files))
    algorithms = draw(
        st.lists(st.sampled_from(["md5", "sha1", "sha256", "sha512"]), min_size=1, unique=True)
    )
    manifests = {
        a: {rel: hashlib.new(a, rel.encode()).hexdigest() for rel in files} for a in algorithms
    }
    data: dict[str, bytes] = {}
    for rel in files:
        source = sample / rel
        data[rel] = source.read_bytes() if source.is_file() else b"x"
    if "data/metadata/article.json" in files:
        record = json.loads(data["data/metadata/article.json"])
        captions = draw(st.lists(st.text(max_size=10), max_size=3))
        photo = {"credit": None, "photographer": None, "agency": None, "count": None}
        record["photos"] = [
            {**photo, "caption": c, "position": n % 2 or None, "licensable": False}
            for n, c in enumerate(captions)
        ]
        data["data/metadata/article.json"] = json.dumps(record).encode()
    labels = ["Bagging-Date", "External-Identifier", "External-Description"]
    labels += ["Bag-Software-Agent", "Source-Organization"]
    info = BagInfo([(label, v) for label in labels if (v := draw(_VALUE)) is not None], True)
    codes = draw(st.lists(st.sampled_from(["W030", "W300", "W032"]), max_size=2))
    report = BagReport(path="bag", payload_files=len(files))
    report.findings.extend(finding(code, None, "drawn") for code in codes)
    view = BagView(
        source="bag",
        root=sample,
        name=draw(_NAME),
        info=info,
        manifests=manifests,
        report=report,
        sizes={rel: len(data[rel]) for rel in files},
        verified_bytes=data,
    )
    rights = RightsSettings(*(draw(_VALUE) for _ in range(4)), draw(st.sampled_from(STATEMENTS)))
    config = Config(archive=ArchiveSettings(organization=draw(_VALUE)), rights=rights)
    run_time = dt.datetime(2014, 11, 19, 12, 30, tzinfo=dt.UTC)
    return view, ExportOptions(config=config, run_time=run_time)


STATEMENTS = [None, "http://rightsstatements.org/vocab/InC/1.0/", "http://example.org/&x"]


@settings(max_examples=100, deadline=None)
@given(
    values=st.lists(_VALUE, min_size=5, max_size=5),
    statement=st.sampled_from(STATEMENTS),
    organization=_VALUE,
)
def test_rights_facts_kept_per_setting_are_worked_out_afresh(
    values: list[str | None], statement: str | None, organization: str | None
) -> None:
    """The facts kept per `[rights]` setting are those of the whole configuration worked out
    again (another organization, the same rights: the same facts), and a change to any
    rights setting is never served the facts of another."""
    rights = RightsSettings(*values[:4], statement, values[4])
    config = Config(archive=ArchiveSettings(organization=organization), rights=rights)
    other = Config(rights=rights)
    view = BagView(
        source="b",
        root=Path("."),
        name="b",
        info=BagInfo([], True),
        manifests={},
        report=BagReport(path="b"),
    )
    for cfg in (config, other, config):
        kept = mets.MetsBuilder(view, ExportOptions(config=cfg)).rights_facts()
        assert kept == mets.rights_facts_of(cfg) == mets.rights_facts_of(config)
    changed = dataclasses.replace(rights, jurisdiction=(values[4] or "") + "x")
    facts = mets.MetsBuilder(view, ExportOptions(config=Config(rights=changed))).rights_facts()
    assert facts.jurisdiction == (values[4] or "") + "x"


@given(st.datetimes(timezones=st.sampled_from([dt.UTC, None, dt.timezone(dt.timedelta(hours=5))])))
def test_run_date_kept_is_w3c_datetime(moment: dt.datetime) -> None:
    assert mets._run_date(moment) == render.w3c_datetime(moment)
    if moment.tzinfo is not None:  # the same instant in UTC: equal key, the same text
        assert mets._run_date(moment.astimezone(dt.UTC)) == render.w3c_datetime(moment)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=st.data())
def test_mets_text_is_the_node_tree_serialized(made_bag: Path, drawn: st.DataObject) -> None:
    """`MetsBuilder.text` (templates) writes what serializing `MetsBuilder.build` (a node per
    element) wrote, byte for byte: every optional part, any character in any value."""
    view, options = drawn.draw(crafted_views(made_bag))
    try:
        slow: bytes | str = mets.serialize(mets.MetsBuilder(view, options).build())
    except ValueError as exc:  # lxml refuses a control character in a record made here
        slow = repr(exc)
    try:
        fast: bytes | str = mets.MetsBuilder(view, options).text()
    except ValueError as exc:
        fast = repr(exc)
    assert fast == slow


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=st.data())
def test_premis_events_text_is_the_node_tree_serialized(
    made_bag: Path, drawn: st.DataObject
) -> None:
    """archivematica's premis.xml: `MetsBuilder.premis_events_text` (templates) writes what
    serializing `MetsBuilder.premis_events` (a node per element) wrote, byte for byte, for
    any objects (none, some, all, in any order), agents and values."""
    view, options = drawn.draw(crafted_views(made_bag))
    objects = drawn.draw(
        st.lists(st.sampled_from(view.files), unique=True) if view.files else st.just([])
    )
    slow = mets.serialize(mets.MetsBuilder(view, options).premis_events(objects))
    fast = mets.MetsBuilder(view, options).premis_events_text(objects)
    assert fast == slow
    assert fast.count(b"<premis:object ") == len(objects)


def test_premis_events_text_of_a_real_bag_is_the_node_tree(sample_bag: Path) -> None:
    """The sample bag's premis.xml as the archivematica export writes it: the same bytes as
    the node tree, with its three events linked to every object."""
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as view:
        objects = [f.rel for f in archivematica.payload_order(view) if f.role != "metadata"]
        builder = mets.MetsBuilder(view, run.ExportOptions())
        slow = mets.serialize(builder.premis_events(objects))
        fast = mets.MetsBuilder(view, run.ExportOptions()).premis_events_text(objects)
    assert fast == slow
    assert len(objects) >= 2
    assert fast.count(b"<premis:linkingEventIdentifier>") == 3 * len(objects)
    assert fast.count(b"<premis:linkingObjectIdentifier>") == 3 * len(objects)


def test_mets_text_of_a_real_bag_is_valid_and_the_node_tree(sample_bag: Path) -> None:
    """The sample bag's document: the same bytes both ways, and valid METS (the export's
    own check, when the schemas are present)."""
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as view:
        slow = mets.serialize(mets.MetsBuilder(view, run.ExportOptions()).build())
        fast = mets.mets_document(view, run.ExportOptions())
    assert fast == slow
    assert b"<premis:messageDigest>" in fast


_MARKUP = st.text(st.sampled_from('&<>"\n\r\t\x01\x1f\ufffe\uffffa\u00e9 '))


@settings(max_examples=300, deadline=None)
@given(name=st.one_of(st.text(), _MARKUP))
def test_uuid5_text_is_uuid5(name: str) -> None:
    """The METS identifiers: the same text as Python's uuid5 in the URL namespace."""
    import uuid

    assert mets.uuid5_text(name) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def test_uuid5_text_sets_the_variant_of_every_digit_as_uuid5() -> None:
    """Names whose SHA-1 puts each of the sixteen hex digits where the variant goes (and
    where the version goes): the text is uuid5's for every one."""
    import uuid

    variants: set[str] = set()
    versions: set[str] = set()
    n = 0
    while len(variants) < 16 or len(versions) < 16:
        name = f"bag-{n}"
        digest = hashlib.sha1(uuid.NAMESPACE_URL.bytes + name.encode()).hexdigest()
        if digest[16] not in variants or digest[12] not in versions:
            variants.add(digest[16])
            versions.add(digest[12])
            assert mets.uuid5_text(name) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))
        n += 1


def test_uuid5_text_refuses_a_lone_surrogate_as_uuid5() -> None:
    import uuid

    with pytest.raises(UnicodeEncodeError):
        uuid.uuid5(uuid.NAMESPACE_URL, "bag\udc80")
    with pytest.raises(UnicodeEncodeError):
        mets.uuid5_text("bag\udc80")


def two_search_text(value: str) -> str:
    """`mets._text` as it was: a search for invalid characters, then one for markup."""
    if mets._XML_INVALID.search(value):
        value = mets._XML_INVALID.sub("\ufffd", value)
    if re.search("[&<>]", value) is None:
        return value
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def two_search_attr(value: str) -> str:
    if re.search('[&<>"\n\r\t]', value) is None and mets._XML_INVALID.search(value) is None:
        return value
    text = two_search_text(value)
    return (
        text.replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(), _MARKUP))
def test_escapes_searched_once_as_twice(value: str) -> None:
    """One search for anything to escape gives what the searches for each kind gave."""
    assert mets._text(value) == two_search_text(value)
    assert mets._attr(value) == two_search_attr(value)


def test_export_result_as_dict_is_asdict() -> None:
    result = run.ExportResult("in/bag", "created", "out/bag.mets.xml", "bag", "mets")
    assert result.as_dict() == dataclasses.asdict(result)
    assert list(result.as_dict()) == list(dataclasses.asdict(result))


# (text, its replacement, what the check says: None when valid, else part of its message)
_BREAKAGES = [
    ("", "", None),  # the document as written
    ("<premis:size>", "<premis:size> ", None),  # blank around a number: still a number
    ("<premis:size>", "<premis:size>x", "is not a valid value"),
    ('<mets:fptr FILEID="file_1"/>', '<mets:fptr FILEID="file_1"> </mets:fptr>', None),
    ('<mets:fptr FILEID="file_1"/>', '<mets:fptr FILEID="file_1">\n</mets:fptr>', None),
    ("<premis:eventDateTime>", "<premis:eventDateTime>\n  ", None),
    ("<premis:eventOutcome>success<", "<premis:eventOutcome> <", None),  # a blank leaf
    (
        "<premis:formatName>",
        "<premis:formatName>\n</premis:formatName><premis:formatName>",
        "formatName",
    ),
    ("</premis:objectIdentifier>", "</premis:objectIdentifier>\n  text\n", "Character content"),
    ("</mets:structMap>", "</mets:structMap>  <!-- c -->  <?pi x?>\n", None),
    ("<mets:fileSec>", "<mets:fileSec>\n\n\t \n", None),
]


@needs_schemas
@pytest.mark.parametrize(("old", "new", "problem"), _BREAKAGES)
def test_mets_checked_without_blank_text_as_with_it(
    sample_bag: Path, old: str, new: str, problem: str | None
) -> None:
    """The METS check parses without the blank text between elements: the same verdict, and
    the same first problem, as the safe parser that keeps it."""
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as view:
        text = mets.mets_document(view, run.ExportOptions()).decode()
    assert old in text
    data = text.replace(old, new, 1).encode()
    schemas = mets._schema_set(str(SCHEMA_DIR))
    assert schemas is not None

    def verdict(parser: etree.XMLParser) -> str:
        try:
            mets._check(schemas, etree.fromstring(data, parser), "bag")
        except ArticleError as exc:
            return str(exc)
        return "valid"

    kept = verdict(safe_parser())
    assert (kept == "valid") if problem is None else (problem in kept)
    assert verdict(mets._check_parser()) == kept


def _outcome(make: Callable[[], bytes | None]) -> bytes | None | tuple[str, str]:
    """What make gives, or the kind of error it raises (and lxml's message for a ValueError)."""
    try:
        return make()
    except ValueError as exc:  # UnicodeEncodeError included: its position may differ
        return (type(exc).__name__, "" if isinstance(exc, UnicodeError) else str(exc))


# a Dublin Core statement as the SAF export may meet it: any DCMI term name it maps or not,
# any value (markup, control characters, a lone surrogate, empty), any language
_TERM_NAMES = st.sampled_from(
    sorted(saf.DC_FIELDS) + sorted(saf.DCTERMS_FIELDS) + ["noSuchTerm", "rights"]
)
_VALUES = st.one_of(st.text(), _MARKUP, st.sampled_from(["", "http://example.org/x", "\ud800"]))
_TERMS = st.lists(
    st.builds(Term, _TERM_NAMES, _VALUES, st.one_of(st.none(), _VALUES), st.none()), max_size=8
)


@settings(max_examples=400, deadline=None)
@given(terms=_TERMS)
def test_saf_dublin_core_text_is_the_lxml_tree(terms: list[Term]) -> None:
    """dublin_core.xml and metadata_dcterms.xml written from templates: the bytes lxml's tree
    gives for any statements, or the same error where lxml refuses a value."""
    assert _outcome(lambda: saf.dublin_core_xml(terms)) == _outcome(
        lambda: saf.dublin_core_tree(terms)
    )
    assert _outcome(lambda: saf.dcterms_xml(terms)) == _outcome(lambda: saf.dcterms_tree(terms))


def test_saf_dublin_core_text_of_a_real_bag_is_the_lxml_tree(sample_bag: Path) -> None:
    options = run.validate_options(run.ExportOptions())
    with run.validated_bag(str(sample_bag), options) as view:
        terms = dublin_core(view)
    assert terms
    assert saf.dublin_core_xml(terms) == saf.dublin_core_tree(terms)
    assert saf.dcterms_xml(terms) == saf.dcterms_tree(terms)
    assert saf.dcterms_xml(terms) is not None


def _terms_by_qname(root: etree._Element) -> list[Term]:
    """The reading `metadata.terms_of` replaced: an etree.QName for each child."""
    terms = []
    for el in root:
        if not isinstance(el.tag, str):
            continue
        qname = etree.QName(el)
        text = " ".join((el.text or "").split())
        if qname.namespace not in (metadata.DC_NS, metadata.DCTERMS_NS) or not text:
            continue
        scheme = el.get(f"{{{metadata.XSI_NS}}}type")
        terms.append(
            Term(
                qname.localname,
                text,
                el.get(metadata.XML_LANG),
                scheme.rpartition(":")[2] if scheme else None,
            )
        )
    return terms


_CHILD = st.tuples(
    st.sampled_from(
        [metadata.DC_NS, metadata.DCTERMS_NS, "", "http://example.org/other", "comment", "pi"]
    ),
    st.sampled_from(["title", "spatial", "creator", "x-y", "hasPart"]),
    st.one_of(st.none(), st.text(st.sampled_from("ab \t\n&<é"), max_size=6)),
    st.one_of(st.none(), st.sampled_from(["en", "de-CH", ""])),
    st.one_of(st.none(), st.sampled_from(["dcterms:URI", "W3CDTF", ""])),
)


@settings(max_examples=300, deadline=None)
@given(children=st.lists(_CHILD, max_size=8))
def test_dublin_core_terms_read_as_by_qname(children: list[tuple]) -> None:
    """Dublin Core statements read from the tag's text: those QName gave, in every case
    (namespaces, none, comments, processing instructions, blank text, languages, schemes)."""
    root = etree.Element(f"{{{mets.OAI_DC_NS}}}dc")
    for namespace, name, text, lang, scheme in children:
        if namespace == "comment":
            root.append(etree.Comment(text or "c"))
            continue
        if namespace == "pi":
            root.append(etree.ProcessingInstruction("pi", text or None))
            continue
        el = etree.SubElement(root, f"{{{namespace}}}{name}" if namespace else name)
        el.text = text
        if lang is not None:
            el.set(metadata.XML_LANG, lang)
        if scheme is not None:
            el.set(f"{{{metadata.XSI_NS}}}type", scheme)
    parsed = etree.fromstring(etree.tostring(root))
    assert metadata.terms_of(parsed) == _terms_by_qname(parsed)


@settings(max_examples=500, deadline=None)
@given(
    rel=st.one_of(
        st.text(max_size=20),
        st.text(st.sampled_from("aZ09-._~!$&'()*+,;=:@/%# ?[]\u00e9\\"), max_size=12),
    )
)
def test_href_is_quote(rel: str) -> None:
    """`mets.href_of` (a path of path characters is its own href) gives what
    urllib.parse.quote gives with the RFC 3986 path characters safe, and unquote gives the
    path back."""
    from urllib.parse import quote, unquote

    try:
        expected = quote(rel, safe="-._~!$&'()*+,;=:@/")
    except UnicodeEncodeError:  # a lone surrogate: no payload path holds one
        with pytest.raises(UnicodeEncodeError):
            mets.href_of(rel)
        return
    assert mets.href_of(rel) == expected
    assert unquote(expected) == rel


def _text_by_regex(value: str) -> str:
    """mets._text as it was: the regex decides whether anything is to be done."""
    if mets._TEXT_SPECIAL.search(value) is None:
        return value
    if mets._XML_INVALID.search(value):
        value = mets._XML_INVALID.sub("\ufffd", value)
    if mets._ESCAPE.search(value) is None:
        return value
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr_by_regex(value: str) -> str:
    if mets._ATTR_SPECIAL.search(value) is None:
        return value
    return (
        _text_by_regex(value)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


def _escaped_by_regex(value: str, special: re.Pattern[str], escapes: dict[int, str]) -> str:
    if not value.isascii():
        value.encode("utf-8")
    if special.search(value) is None:
        return value
    if saf._NOT_XML.search(value) is not None:
        raise ValueError(saf._LXML_REFUSAL)
    return value.translate(escapes)


_ANY_TEXT = st.one_of(
    st.text(max_size=30),
    st.text(
        st.sampled_from(
            "ab &<>\"'\t\n\r\x00\x01\x0b\x1f\x7f\x85\xa0\u2028\ufffe\uffff\ufffd\u00e9"
        ),
        max_size=12,
    ),
)


@settings(max_examples=1000, deadline=None)
@given(value=_ANY_TEXT)
def test_escaping_without_the_regex_is_escaping_by_it(value: str) -> None:
    """mets._text, mets._attr and saf._escaped let a printable value without markup
    characters through without the regex: the same text (or the same error) as the regex
    deciding for every value."""
    assert mets._text(value) == _text_by_regex(value)
    assert mets._attr(value) == _attr_by_regex(value)
    for special, escapes in (
        (saf._TEXT_SPECIAL, saf._TEXT_ESCAPES),
        (saf._ATTR_SPECIAL, saf._ATTR_ESCAPES),
    ):
        try:
            expected: str | type[Exception] = _escaped_by_regex(value, special, escapes)
        except (ValueError, UnicodeEncodeError) as exc:
            expected = type(exc)
        try:
            got: str | type[Exception] = saf._escaped(value, special, escapes)
        except (ValueError, UnicodeEncodeError) as exc:
            got = type(exc)
        assert got == expected
