"""The fast paths of validation give the same verdicts as the careful ones.

Plain manifests are read in bulk (`manifests.read_plain_manifest`), whole folders of plain files
are accounted at once, clean batches of results are compared at once, and the last batches of
a payload of known size shrink so the workers finish together. Each test here pins one of
those against the line-by-line or file-by-file behaviour it replaces.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from validate_helpers import build_bag, codes, copy_bag, edit_manifest, rehash_tagmanifests

from archiver.bagcheck import ValidateOptions, fixity, validate_bag
from archiver.bagcheck.manifests import read_plain_manifest

DIGEST = hashlib.sha256(b"x").hexdigest()


def plain(tmp_path: Path, text: str | bytes, max_line: int = 65536) -> dict[str, bytes] | None:
    path = tmp_path / "manifest-sha256.txt"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return read_plain_manifest(path, 64, "utf-8", max_line)


def test_a_plain_manifest_is_read_whole(tmp_path: Path) -> None:
    other = hashlib.sha256(b"y").hexdigest().upper()  # upper-case hex is allowed
    text = f"{DIGEST}  data/a.txt\n{other} data/sub dir/b c.bin"  # one space; no final LF
    assert plain(tmp_path, text) == {
        "data/a.txt": bytes.fromhex(DIGEST),
        "data/sub dir/b c.bin": bytes.fromhex(other),
    }


def test_a_large_plain_manifest_read_in_chunks(tmp_path: Path) -> None:
    lines = [
        f"{hashlib.sha256(str(i).encode()).hexdigest()}  data/f{i:07d}.bin\n" for i in range(60000)
    ]
    entries = plain(tmp_path, "".join(lines))  # about 5 MB: more than one 4 MiB read
    assert entries is not None and len(entries) == 60000
    assert entries["data/f0059999.bin"] == hashlib.sha256(b"59999").digest()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{DIGEST}  data/a.txt\r\n", id="crlf"),
        pytest.param(f"\ufeff{DIGEST}  data/a.txt\n", id="bom"),
        pytest.param(f"{DIGEST}\tdata/a.txt\n", id="tab"),
        pytest.param(f"{DIGEST}   data/a.txt\n", id="three-spaces"),
        pytest.param(f"{DIGEST} *data/a.txt\n", id="md5sum-binary-marker"),
        pytest.param(f"\\{DIGEST}  data/a\\nb.txt\n", id="md5sum-escape"),
        pytest.param(f"{DIGEST}  data/a%25b.txt\n", id="percent-encoded"),
        pytest.param(f"{DIGEST}  data/./a.txt\n", id="dot-segment"),
        pytest.param(f"{DIGEST}  data/../a.txt\n", id="dot-dot"),
        pytest.param(f"{DIGEST}  data//a.txt\n", id="double-slash"),
        pytest.param(f"{DIGEST}  data/.hidden\n", id="hidden-file"),
        pytest.param(f"{DIGEST}  data/dir/\n", id="trailing-slash"),
        pytest.param(f"{DIGEST}  bagit.txt\n", id="outside-data"),
        pytest.param(f"{DIGEST}  data/caf\u00e9.txt\n", id="non-ascii"),
        pytest.param(f"{DIGEST}  data/a.txt\n\n", id="blank-line"),
        pytest.param(f"{DIGEST[:-2]}  data/a.txt\n", id="short-digest"),
        pytest.param(f"{DIGEST}  data/a.txt\n{DIGEST}  data/a.txt\n", id="listed-twice"),
        pytest.param(f"{DIGEST}  data/a\x01.txt\n", id="control-character"),
    ],
)
def test_anything_else_goes_line_by_line(tmp_path: Path, text: str) -> None:
    assert plain(tmp_path, text) is None


def test_an_overlong_line_goes_line_by_line(tmp_path: Path) -> None:
    text = f"{DIGEST}  data/{'a' * 200}\n"
    assert plain(tmp_path, text, max_line=300) is not None
    assert plain(tmp_path, text, max_line=200) is None


def test_a_manifest_that_is_not_a_regular_file_goes_line_by_line(tmp_path: Path) -> None:
    (tmp_path / "manifest-sha256.txt").mkdir()
    assert read_plain_manifest(tmp_path / "manifest-sha256.txt", 64, "utf-8", 65536) is None


def test_uppercase_and_lowercase_manifests_both_validate(tmp_path: Path) -> None:
    bag = build_bag(tmp_path / "bag")

    def upper_digests(lines: list[str]) -> list[str]:
        return [digest.upper() + " " + rest for digest, rest in (ln.split(" ", 1) for ln in lines)]

    edit_manifest(bag, "manifest-sha256.txt", upper_digests)
    rehash_tagmanifests(bag)
    first = (bag / "manifest-sha256.txt").read_text().split(" ")[0]
    assert first == first.upper() != first.lower()  # the bulk reader got upper-case digests
    report = validate_bag(bag)
    assert report.valid, report.findings
    assert report.files_hashed >= 3


def many_files(count: int) -> dict[str, bytes]:
    return {f"d{i % 3}/f{i:04d}.bin": f"file {i}\n".encode() * 50 for i in range(count)}


@pytest.fixture(scope="module")
def big_bag(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # more files than fixity.INLINE_FILES, so that --jobs 2 really starts workers
    return build_bag(
        tmp_path_factory.mktemp("big") / "bag", files=many_files(fixity.INLINE_FILES + 100)
    )


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_big_clean_bag_is_valid_and_fully_counted(big_bag: Path, jobs: int) -> None:
    report = validate_bag(big_bag, ValidateOptions(jobs=jobs))
    assert report.valid and report.findings == []
    files = many_files(fixity.INLINE_FILES + 100)
    tag_files = 4  # bagit.txt, bag-info.txt and the two manifests, hashed for the tag manifests
    assert report.payload_files == len(files)
    assert report.files_hashed == len(files) + tag_files
    assert report.payload_bytes == sum(len(b) for b in files.values())


@pytest.mark.parametrize("jobs", [1, 2])
def test_damage_among_many_clean_files_is_found_exactly(
    big_bag: Path, tmp_path: Path, jobs: int
) -> None:
    bag = copy_bag(big_bag, tmp_path / "bag")
    flipped = bag / "data/d1/f0301.bin"
    blob = bytearray(flipped.read_bytes())
    blob[7] ^= 0x01
    flipped.write_bytes(bytes(blob))
    (bag / "data/d2/f0002.bin").unlink()
    (bag / "data/d0/extra.bin").write_bytes(b"not listed\n")
    report = validate_bag(bag, ValidateOptions(jobs=jobs))
    found = sorted((f.code, f.path) for f in report.findings if f.severity == "error")
    assert found == [
        ("E023", "bag-info.txt"),  # Payload-Oxum no longer matches
        ("E060", "data/d2/f0002.bin"),
        ("E061", "data/d0/extra.bin"),
        ("E070", "data/d1/f0301.bin"),
    ]


def test_an_os_file_in_a_plain_folder_is_still_reported(tmp_path: Path) -> None:
    files = many_files(20)
    files["d1/.DS_Store"] = b"\x00\x00\x00\x01Bud1"
    bag = build_bag(tmp_path / "bag", files=files)
    report = validate_bag(bag)
    assert report.valid
    assert [(f.code, f.path) for f in report.findings] == [("W053", "data/d1/.DS_Store")]
    assert "W053" in codes(report)


def run_batcher(
    sizes: list[int], expected: tuple[int, int] | None, workers: int = 2
) -> list[list[str]]:
    jobs = [(f"data/f{i}", f"/x/f{i}", ("sha256",)) for i in range(len(sizes))]
    batcher = fixity._Batcher([(jobs, None)], expected, workers)
    out = []
    for batch, _size in batcher:
        out.append([job[0] for job in batch])
        # the workers report sizes as results come back
        batcher.observe([(key, sizes[int(key[6:])], (b"",), None) for key in out[-1]])
    return out


def test_batches_hand_out_every_job_once_in_order() -> None:
    sizes = [512 * 1024] * 300
    for expected in (None, (sum(sizes), len(sizes))):
        batches = run_batcher(sizes, expected)
        assert [key for batch in batches for key in batch] == [f"data/f{i}" for i in range(300)]


def test_batches_shrink_at_the_end_of_a_payload_of_known_size() -> None:
    sizes = [512 * 1024] * 1000  # 500 MiB
    batches = run_batcher(sizes, (sum(sizes), len(sizes)))
    first, last = len(batches[0]) * sizes[0], len(batches[-1]) * sizes[0]
    assert first == fixity.BATCH_BYTES
    assert last <= fixity.BATCH_MIN_BYTES
    unknown = run_batcher(sizes, None)
    assert len(unknown[-2]) * sizes[0] == fixity.BATCH_BYTES  # no plan without an Oxum


@pytest.mark.parametrize("encoding", ["Shift_JIS_2004", "HZ"])
def test_an_encoding_that_gives_ascii_bytes_other_meanings_is_read_line_by_line(
    tmp_path: Path, encoding: str
) -> None:
    """In Shift_JIS-2004 the byte '~' is an overline and in HZ '~~' is one '~': the names the
    manifest lists are not the names on disk, as the careful reader says."""
    bag = build_bag(tmp_path / "bag", files={"a~~b.txt": b"tilde\n"})
    (bag / "bagit.txt").write_text(
        f"BagIt-Version: 1.0\nTag-File-Character-Encoding: {encoding}\n", encoding="ascii"
    )
    manifest = bag / "manifest-sha256.txt"
    assert read_plain_manifest(manifest, 64, encoding, 65536) is None
    assert read_plain_manifest(manifest, 64, "utf-8", 65536) is not None
    assert read_plain_manifest(manifest, 64, "iso-8859-1", 65536) is not None
    report = validate_bag(bag)
    assert not report.valid
    assert {"E060", "E061"} <= codes(report)


def test_the_index_is_read_while_a_big_folder_is_hashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files hashed before the manifests are read wait in memory: with one big folder the
    first hashing steps stop as soon as the index is ready, not at the end of the folder."""
    from archiver.bagcheck import checker

    monkeypatch.setattr(checker, "PREFETCH_STEP", 32)
    files = {f"f{i:04d}.bin": f"{i}\n".encode() for i in range(fixity.INLINE_FILES + 400)}
    bag = build_bag(tmp_path / "bag", files=files)
    blob = bytearray((bag / "data/f0900.bin").read_bytes())
    blob[0] ^= 1
    (bag / "data/f0900.bin").write_bytes(bytes(blob))
    early = []
    real = checker._Checker.account_folder

    def counting(self, folder, hashed):  # type: ignore[no-untyped-def]
        if hashed:
            early.append(len(folder[2]))
        return real(self, folder, hashed)

    monkeypatch.setattr(checker._Checker, "account_folder", counting)
    report = validate_bag(bag, ValidateOptions(jobs=2))
    assert 0 < sum(early) <= 32 * 4 < len(files)
    assert report.payload_files == len(files)
    assert [(f.code, f.path) for f in report.findings if f.severity == "error"] == [
        ("E070", "data/f0900.bin")
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_big_folder_taken_in_slices_is_checked_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    from archiver.bagcheck import checker

    monkeypatch.setattr(checker, "FOLDER_SLICE", 100)
    files = {f"f{i:04d}.bin": f"{i}\n".encode() * 3 for i in range(fixity.INLINE_FILES + 50)}
    bag = build_bag(tmp_path / "bag", files=files)
    (bag / "data/link.bin").symlink_to("f0001.bin")  # a link inside the bag, not listed
    (bag / "data/f0349.bin").write_bytes(b"changed\n")
    (bag / "data/f0500.bin").unlink()
    report = validate_bag(bag, ValidateOptions(jobs=jobs))
    assert report.payload_files == len(files)  # 562 regular files less one, plus the link
    assert sorted((f.code, f.path) for f in report.findings) == [
        ("E023", "bag-info.txt"),
        ("E060", "data/f0500.bin"),
        ("E061", "data/link.bin"),
        ("E070", "data/f0349.bin"),
        ("W052", "data/link.bin"),
    ]


@pytest.mark.parametrize(
    ("size", "count", "kind"),
    [(512 * 1024, 70, "thread"), (8 * 1024, fixity.INLINE_FILES + 10, "process")],
    ids=["big-files-threads", "small-files-processes"],
)
def test_the_payload_oxum_chooses_threads_for_big_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int, count: int, kind: str
) -> None:
    kinds = []
    real = fixity._make_executor

    def recording(executor: str, workers: int):  # type: ignore[no-untyped-def]
        kinds.append(executor)
        return real(executor, workers)

    monkeypatch.setattr(fixity, "_make_executor", recording)
    files = {f"f{i:03d}.bin": bytes([i % 251]) * size for i in range(count)}
    bag = build_bag(tmp_path / "bag", files=files)
    assert validate_bag(bag, ValidateOptions(jobs=2)).findings == []
    damaged = bag / "data/f007.bin"
    damaged.write_bytes(b"\x00" + damaged.read_bytes()[1:])
    report = validate_bag(bag, ValidateOptions(jobs=2))
    assert [(f.code, f.path) for f in report.findings] == [("E070", "data/f007.bin")]
    assert kinds == [kind, kind]


@pytest.mark.parametrize("jobs", [1, 2])
def test_keeping_what_was_hashed_changes_no_verdict(
    big_bag: Path, tmp_path: Path, jobs: int
) -> None:
    """ValidateOptions.keep (for export) gives the findings of a validation that keeps
    nothing; the bytes it keeps are the files' bytes, and only files hashed in this process."""
    bag = copy_bag(big_bag, tmp_path / "bag")
    (bag / "data/d1/f0301.bin").write_bytes(b"changed\n")
    for damaged in (False, True):
        if damaged:
            (bag / "data/d2/f0002.bin").unlink()
        plain = validate_bag(bag, ValidateOptions(jobs=jobs))
        kept = validate_bag(bag, ValidateOptions(jobs=jobs, keep=True))
        assert kept.findings == plain.findings and kept.valid == plain.valid
        assert plain.verified is None and kept.verified is not None
        verified = kept.verified
        assert verified.sizes["data/d0/f0000.bin"] == len(b"file 0\n" * 50)
        assert verified.sizes["bagit.txt"] == (bag / "bagit.txt").stat().st_size
        for rel, data in verified.data.items():
            assert data == (bag / rel).read_bytes()
        if jobs == 1:
            assert len(verified.data) == len(verified.sizes)  # all small: all kept
        assert (
            verified.manifests["sha256"]["data/d1/f0301.bin"]
            == hashlib.sha256(b"file 301\n" * 50).hexdigest()
        )  # what the manifest says, not what the file holds


# -- manifests read a chunk at a time into the index ---------------------------------------------


def test_the_possessive_path_pattern_matches_as_the_backtracking_one() -> None:
    """`_PLAIN_SEGMENT` gives nothing back (*+): it must accept and capture exactly what the
    same pattern with a plain '*' does, for plain lines and every kind of line it refuses."""
    import re

    from archiver.bagcheck import manifests

    fast = manifests._plain_line(64)
    slow = re.compile(fast.pattern.replace("*+", "*"), fast.flags)
    assert slow.pattern != fast.pattern
    names = [
        "data/a.txt",
        "data/sub dir/b c.bin",
        "data/a.b.c/d..e",
        "data/x/y/z/",
        "data/x//y",
        "data/x/./y",
        "data/x/../y",
        "data/.hidden",
        "data/dir/.hidden/x",
        "data/a%25b",
        "data/a\\b",
        "data/a\x01b",
        "data/caf\u00e9",
        "data/",
        "data",
        "bagit.txt",
        "data/a.txt\r",
    ]
    for sep in (" ", "  ", "   ", "\t"):
        text = "".join(f"{DIGEST}{sep}{name}\n" for name in names)
        assert fast.findall(text) == slow.findall(text)
    found = fast.findall("".join(f"{DIGEST}  {name}\n" for name in names))
    # (the bulk reader takes ASCII manifests only: the last one is read line by line)
    assert [name for _, name in found] == [
        "data/a.txt",
        "data/sub dir/b c.bin",
        "data/a.b.c/d..e",
        "data/caf\u00e9",
    ]


def _line_by_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """The slow twin: every payload manifest read line by line, as when it is not plain."""
    from archiver.bagcheck import checker
    from archiver.bagcheck.manifests import NotPlain

    def never(*_args: object) -> Iterator[list[tuple[str, str]]]:
        raise NotPlain("read line by line")
        yield []  # a generator, as plain_chunks is

    monkeypatch.setattr(checker, "plain_chunks", never)


def _damage(bag: Path, how: str) -> None:
    first, second = "manifest-sha256.txt", "manifest-sha512.txt"
    if how == "listed-twice-chunks-apart":
        edit_manifest(bag, first, lambda lines: lines + [lines[0]])
    elif how == "listed-twice-with-another-checksum":
        edit_manifest(bag, second, lambda lines: lines + ["0" * 128 + "  " + lines[0][130:]])
    elif how == "not-plain-late-in-the-second":
        edit_manifest(
            bag, second, lambda lines: lines[:-1] + [lines[-1].replace("data/", "data/./")]
        )
    elif how == "only-in-the-second":
        edit_manifest(bag, first, lambda lines: lines[1:])
    elif how == "missing-and-unlisted":
        (bag / "data/d1/f0004.bin").unlink()
        (bag / "data/d2/new.bin").write_bytes(b"new\n")
    rehash_tagmanifests(bag)


@pytest.mark.parametrize(
    "how",
    [
        "clean",
        "listed-twice-chunks-apart",
        "listed-twice-with-another-checksum",
        "not-plain-late-in-the-second",
        "only-in-the-second",
        "missing-and-unlisted",
    ],
)
@pytest.mark.parametrize("jobs", [1, 2])
def test_manifests_read_a_chunk_at_a_time_give_the_line_by_line_verdicts(
    big_bag: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, jobs: int
) -> None:
    """Chunks of a few lines (so that the trouble lies chunks after the first) give the
    findings and counts of the line-by-line reader; a manifest found not plain half-way
    leaves the index as it was before it (Index.forget) and is read again line by line."""
    from archiver.bagcheck import manifests
    from archiver.bagcheck.manifests import Index

    bag = copy_bag(big_bag, tmp_path / "bag")
    _damage(bag, how)
    monkeypatch.setattr(manifests, "CHUNK", 300)  # about 3 sha256 or 2 sha512 lines a chunk
    forgotten: list[int] = []
    real_forget = Index.forget

    def forget(self: Index, index: int) -> None:
        forgotten.append(index)
        real_forget(self, index)

    monkeypatch.setattr(Index, "forget", forget)
    fast = validate_bag(bag, ValidateOptions(jobs=jobs))
    fast_forgot = list(forgotten)
    with monkeypatch.context() as m:
        _line_by_line(m)
        slow = validate_bag(bag, ValidateOptions(jobs=jobs))
    assert fast.findings == slow.findings
    if jobs == 1:
        assert fast.counts == slow.counts
    else:  # files hashed before the index was read: as many as the steps of reading it
        assert (fast.payload_files, fast.payload_bytes) == (slow.payload_files, slow.payload_bytes)
    expected = {
        "clean": ([], set()),
        "listed-twice-chunks-apart": ([0], {"E032"}),
        "listed-twice-with-another-checksum": ([1], {"E031"}),
        "not-plain-late-in-the-second": ([1], {"W032"}),
        "only-in-the-second": ([], {"E062"}),
        "missing-and-unlisted": ([], {"E023", "E060", "E061"}),
    }[how]
    assert (fast_forgot, codes(fast)) == expected


def test_an_index_forgets_exactly_what_a_manifest_not_plain_recorded() -> None:
    from archiver.bagcheck.manifests import Index, Manifest, NotPlain

    manifests = [Manifest(f"manifest-{a}.txt", a, a) for a in ("sha256", "md5")]
    index = Index(manifests, strict=True, add=lambda _: None)
    a, b = hashlib.sha256(b"a").digest(), hashlib.md5(b"a").digest()
    index.put(0, 1, "data/a", a)
    index.put(0, 2, "data/c", a)

    def chunks() -> Iterator[list[tuple[str, str]]]:
        yield [(b.hex(), "data/a"), (b.hex(), "data/b")]
        raise NotPlain("a line that is not plain")

    with pytest.raises(NotPlain):
        index.put_plain(1, chunks())
    assert gc.isenabled()  # put_plain turns the collector off while it indexes, and back on
    assert list(index) == ["data/a", "data/c"]
    assert [entry.digests for entry in index.values()] == [[a, None], [a, None]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=6))
def test_one_look_at_all_names_misses_no_system_file_nor_xml_file(names: list[str]) -> None:
    """`account_folder` looks at a folder's names one by one only when the lower-cased whole
    may hold an operating-system file or a .xml name: never when one of them is."""
    from archiver.bagcheck.paths import SYSTEM_FILES, is_system_file, may_hold_system_file

    for extra in ([], [".DS_Store"], ["Thumbs.DB"], ["._x"], ["\u212a.XML"], ["e.Xml"]):
        listed = names + extra
        lowered = "\n".join(listed).lower()
        if any(map(is_system_file, listed)):
            assert may_hold_system_file(lowered)
        if any(name[-4:].lower() == ".xml" for name in listed):
            assert ".xml" in lowered
    assert not may_hold_system_file("\n".join(sorted(SYSTEM_FILES)).upper().replace(".", ","))
