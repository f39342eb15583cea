"""Hostile bags and archives: judged invalid (or warned about), and no harm done.

Every hostile bag points at a sentinel folder outside it: a secret file with a marker, a
mode-000 file with the marker, a FIFO (opening it for reading blocks, so a validator that
follows a path into it hangs; the validation runs in a subprocess with a deadline, so that is a
failure, not a hung suite) and a sub-folder. The checks, for every case:

- the verdict (invalid with the expected code; valid with a W300 warning for the XML cases,
  as bagcheck/xmlcheck.py documents);
- nothing outside the bag is opened, listed or read (a `sys.addaudithook` hook in the
  validating process records every open/listdir/scandir with its resolved path), and nothing
  anywhere is created, changed or removed except in the private temporary folder;
- the whole tree (sentinel, bags, archives) is the same before and after (contents + mtime),
  the private temporary folder is empty afterwards, and the marker appears in no output.

Then the same set goes through `archiver validate --format json` as a real process.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import secrets
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from faults_helpers import (
    add_manifest_line,
    archiver,
    env,
    plain_bag,
    rehash_tagmanifests,
    snapshot,
)

from hostile_xml import ENTITY_BOMB

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")

HERE = Path(__file__).resolve().parent
MARKER = f"SENTINEL-MARKER-{secrets.token_hex(8)}"
PAYLOAD = {
    "article.txt": b"SEOUL, Nov. 19 (UPI) -- North Korean women...\n",
    "metadata/record.json": b'{"title": "North Korean women in Seoul"}\n',
}


@dataclass
class Case:
    name: str
    path: Path
    valid: bool = False
    any_of: set[str] = field(default_factory=set)  # at least one of these codes is reported
    all_of: set[str] = field(default_factory=set)  # and all of these
    options: dict = field(default_factory=dict)


@dataclass
class World:
    root: Path
    sentinel: Path
    tmpdir: Path
    cases: list[Case]
    results: dict[str, dict]
    before: dict
    after_driver: dict
    after_cli: dict
    tmp_after_driver: list[str]
    tmp_after_cli: list[str]
    cli: subprocess.CompletedProcess
    driver_stderr: str


CONTENT = {
    "secret.txt": f"{MARKER} secret outside the bag\n".encode(),
    "locked.txt": f"{MARKER} locked\n".encode(),
    "inner.txt": f"{MARKER} inner\n".encode(),
}


def build_sentinel(sentinel: Path) -> None:
    sentinel.mkdir()
    (sentinel / "secret.txt").write_bytes(CONTENT["secret.txt"])
    locked = sentinel / "locked.txt"
    locked.write_bytes(CONTENT["locked.txt"])
    locked.chmod(0)
    os.mkfifo(sentinel / "trap")
    (sentinel / "sub").mkdir()
    (sentinel / "sub" / "inner.txt").write_bytes(CONTENT["inner.txt"])


def dir_cases(bags: Path, sentinel: Path) -> list[Case]:
    secret = sentinel / "secret.txt"
    trap = sentinel / "trap"
    locked = sentinel / "locked.txt"
    secret_bytes = CONTENT["secret.txt"]
    cases: list[Case] = []

    def bag(name: str, files: dict[str, bytes] | None = None) -> Path:
        return plain_bag(bags / name, dict(PAYLOAD if files is None else files))

    def up(b: Path, target: Path) -> str:  # data/<../ as many as needed>/target
        return "data/" + os.path.relpath(target, b / "data")

    for target, label in ((secret, "secret"), (trap, "fifo"), (locked, "locked")):
        b = bag(f"manifest-dotdot-{label}")
        add_manifest_line(b, up(b, target), secret_bytes)
        cases.append(Case(b.name, b, all_of={"E051"}))
        b = bag(f"manifest-absolute-{label}")
        add_manifest_line(b, str(target), secret_bytes)
        cases.append(Case(b.name, b, all_of={"E050"}))

    b = bag("manifest-through-symlink")
    os.symlink(sentinel, b / "data" / "escape")
    for name in ("secret.txt", "trap", "locked.txt", "sub/inner.txt"):
        add_manifest_line(b, f"data/escape/{name}", secret_bytes)
    cases.append(Case(b.name, b, all_of={"E052", "E055"}))

    b = bag("payload-symlinks-out")
    for link, target in (("link.txt", secret), ("pipe", trap), ("locked", locked)):
        os.symlink(target, b / "data" / link)
        add_manifest_line(b, f"data/{link}", CONTENT.get(target.name, b""))
    cases.append(Case(b.name, b, all_of={"E055"}))

    b = bag("data-folder-symlink-out")
    shutil.rmtree(b / "data")
    os.symlink(sentinel / "sub", b / "data")
    cases.append(Case(b.name, b, all_of={"E055"}))

    b = bag("tagfile-symlink-to-fifo")
    (b / "bag-info.txt").unlink()
    os.symlink(trap, b / "bag-info.txt")
    rehash_tagmanifests(b)
    cases.append(Case(b.name, b, any_of={"E052", "E055"}))

    b = bag("tagmanifest-symlink-to-secret")
    (b / "tagmanifest-sha512.txt").unlink()
    os.symlink(secret, b / "tagmanifest-sha512.txt")
    cases.append(Case(b.name, b, any_of={"E052", "E055"}))

    b = bag("manifest-symlink-to-locked")
    (b / "manifest-sha512.txt").unlink()
    os.symlink(locked, b / "manifest-sha512.txt")
    cases.append(Case(b.name, b, any_of={"E052", "E055"}))

    def fetch(b: Path, line: str) -> None:
        with open(b / "fetch.txt", "a", encoding="utf-8") as fh:
            fh.write(line + "\n")
        rehash_tagmanifests(b)

    b = bag("fetch-dotdot")
    fetch(b, f"https://example.invalid/a 10 {up(b, sentinel / 'evil-fetch.txt')}")
    cases.append(Case(b.name, b, all_of={"E051"}))

    b = bag("fetch-absolute")
    fetch(b, f"https://example.invalid/a 10 {sentinel / 'evil-fetch.txt'}")
    cases.append(Case(b.name, b, all_of={"E050"}))

    b = bag("fetch-through-symlink")
    os.symlink(sentinel, b / "data" / "escape")
    add_manifest_line(b, "data/escape/secret.txt", secret_bytes)
    fetch(b, f"https://example.invalid/a {len(secret_bytes)} data/escape/secret.txt")
    fetch(b, "https://example.invalid/b 10 data/escape/evil-fetch.txt")
    cases.append(Case(b.name, b, all_of={"E052", "E055"}))

    b = bag("fetch-file-url-to-secret")
    add_manifest_line(b, "data/fetched.txt", secret_bytes)
    fetch(b, f"{secret.as_uri()} {len(secret_bytes)} data/fetched.txt")
    fetch(b, f"{trap.as_uri()} - data/fetched-too.txt")
    cases.append(Case(b.name, b, all_of={"E064"}))

    b = bag("manifest-1mb-line")
    with open(b / "manifest-sha256.txt", "a", encoding="utf-8") as fh:
        fh.write("0" * 64 + "  data/" + "x" * (1 << 20) + "\n")
    rehash_tagmanifests(b)
    cases.append(Case(b.name, b, all_of={"E011"}))

    b = bag("tagfile-invalid-utf8")
    with open(b / "bag-info.txt", "ab") as fh:
        fh.write(b"Contact-Name: \xff\xfe\xc0\xaf broken\n")
    rehash_tagmanifests(b)
    cases.append(Case(b.name, b, all_of={"E010"}))

    b = bag("xml-billion-laughs", {**PAYLOAD, "bomb.xml": ENTITY_BOMB})
    cases.append(Case(b.name, b, valid=True, all_of={"W300"}))

    xxe = (
        f'<?xml version="1.0"?>\n<!DOCTYPE x [\n'
        f' <!ENTITY xxe SYSTEM "{secret.as_uri()}">\n'
        f' <!ENTITY locked SYSTEM "{locked.as_uri()}">\n'
        f' <!ENTITY trap SYSTEM "{trap.as_uri()}">\n'
        f' <!ENTITY % ext SYSTEM "{trap.as_uri()}"> %ext;\n'
        f"]>\n<x>&xxe;&locked;&trap;</x>\n"
    ).encode()
    dtd = f'<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "{trap.as_uri()}">\n<x/>\n'.encode()
    xinclude = (
        '<?xml version="1.0"?>\n<x xmlns:xi="http://www.w3.org/2001/XInclude">'
        f'<xi:include href="{secret.as_uri()}" parse="text"/></x>\n'
    ).encode()
    files = {**PAYLOAD, "xxe.xml": xxe, "dtd.xml": dtd, "xinclude.xml": xinclude}
    b = bag("xml-external-entities", files)
    cases.append(Case(b.name, b, valid=True, all_of={"W300"}))

    b = bag("xml-external-entities-and-rot", files)
    (b / "data" / "article.txt").write_bytes(b"SEOUL, Nov. 19 (UPI) -- North Korean wOmen...\n")
    cases.append(Case(b.name, b, all_of={"E070", "W300"}))  # still judged on the rest
    return cases


def _tar(path: Path, bag: Path, extra: list[tuple[tarfile.TarInfo, bytes | None]], mode="w"):
    with tarfile.open(path, mode) as tar:
        tar.add(bag, arcname=bag.name)
        for info, data in extra:
            if data is not None:
                info.size = len(data)
            tar.addfile(info, io.BytesIO(data) if data is not None else None)


def _member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "", **attrs) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    for key, value in attrs.items():
        setattr(info, key, value)
    return info


def _zip(path: Path, bag: Path, extra: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(bag.rglob("*")):
            zf.write(p, f"{bag.name}/{p.relative_to(bag).as_posix()}")
        for info, data in extra:
            zf.writestr(info, data)


def _zinfo(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def archive_cases(root: Path, sentinel: Path, tmpdir: Path) -> list[Case]:
    src = root / "archive-sources"
    bags = root / "bags"
    cases: list[Case] = []
    secret = sentinel / "secret.txt"
    # the private folder is <tmpdir>/archiver-validate-XXXX/x: four '..' from <top>/ reach root
    escape = "/".join([".."] * 4) + "/" + sentinel.name + "/evil-archive.txt"
    deep = "/".join([".."] * 40) + str(sentinel / "evil-deep.txt")
    one_mib = {"max_archive_bytes": 1 << 20}

    def tar_case(name, extra, codes, mode="w", suffix=".tar", options=None, files=None):  # type: ignore[no-untyped-def]
        bag = plain_bag(src / name, dict(PAYLOAD if files is None else files))
        target = bags / f"{name}{suffix}"
        _tar(target, bag, [(_member(f"{name}/{n}" if not n.startswith("/") else n, *a, **k), d)
                           for n, a, k, d in extra], mode)  # fmt: skip
        cases.append(Case(target.name, target, any_of=codes, options=options or {}))

    tar_case("tar-dotdot", [(escape, (), {}, b"pwned")], {"E202"})
    tar_case("tar-dotdot-deep", [(deep, (), {}, b"pwned")], {"E202"})
    tar_case("tar-absolute", [(str(sentinel / "evil-abs.txt"), (), {}, b"pwned")], {"E201"})
    tar_case(
        "tar-symlink-then-write",
        [
            ("data/escape", (tarfile.SYMTYPE, str(sentinel)), {}, None),
            ("data/escape/evil-through-link.txt", (), {}, b"pwned"),
        ],
        {"E203"},
    )
    tar_case(
        "tar-hardlink-then-write",
        [
            ("data/hard", (tarfile.LNKTYPE, str(secret)), {}, None),
            ("data/hard", (), {}, b"overwritten through a hard link"),
        ],
        {"E203"},
    )
    tar_case(
        "tar-chardev", [("data/null", (tarfile.CHRTYPE,), {"devmajor": 1, "devminor": 3}, None)],
        {"E204"},
    )  # fmt: skip
    tar_case(
        "tar-blockdev", [("data/disk", (tarfile.BLKTYPE,), {"devmajor": 8, "devminor": 0}, None)],
        {"E204"},
    )  # fmt: skip
    tar_case("tar-fifo", [("data/pipe", (tarfile.FIFOTYPE,), {}, None)], {"E204"})
    tar_case(
        "tgz-bomb", [], {"E206", "E207"}, "w:gz", ".tar.gz", one_mib,
        {**PAYLOAD, "zeros.bin": bytes(8 << 20)},
    )  # fmt: skip

    def zip_case(name, extra, codes, options=None, files=None):  # type: ignore[no-untyped-def]
        bag = plain_bag(src / name, dict(PAYLOAD if files is None else files))
        target = bags / f"{name}.zip"
        _zip(target, bag, extra)
        cases.append(Case(target.name, target, any_of=codes, options=options or {}))

    zip_case("zip-dotdot", [(_zinfo(f"zip-dotdot/{escape}", 0o100644), b"pwned")], {"E202"})
    zip_case("zip-absolute", [(_zinfo(str(sentinel / "evil-zip.txt"), 0o100644), b"x")], {"E201"})
    zip_case(
        "zip-symlink",
        [
            (_zinfo("zip-symlink/data/escape", 0o120777), str(sentinel).encode()),
            (_zinfo("zip-symlink/data/escape/evil-zip-link.txt", 0o100644), b"pwned"),
        ],
        {"E203"},
    )
    zip_case("zip-device", [(_zinfo("zip-device/data/null", 0o020644), b"")], {"E204"})
    zip_case("zip-fifo", [(_zinfo("zip-fifo/data/pipe", 0o010644), b"")], {"E204"})
    zip_case(
        "zip-bomb-size", [], {"E206", "E207"}, one_mib, {**PAYLOAD, "zeros.bin": bytes(16 << 20)}
    )
    # 3 MiB of zeros: under every size limit used here, but ~1000 times its compressed size
    zip_case("zip-bomb-ratio", [], {"E207"}, None, {**PAYLOAD, "zeros.bin": bytes(3 << 20)})
    for case in cases:
        assert case.path.stat().st_size < 1 << 20, case.name  # small archives, big claims
    return cases


def _run_driver(run: Path, tmpdir: Path, cases: list[Case]) -> tuple[dict[str, dict], str]:
    spec = run / "spec.json"
    results = run / "results.jsonl"
    spec.write_text(
        json.dumps(
            {"cases": [{"name": c.name, "path": str(c.path), "options": c.options} for c in cases]}
        )
    )
    cwd = run / "cwd"
    stderr = ""
    try:
        proc = subprocess.run(
            [sys.executable, str(HERE / "hostile_driver.py"), str(spec), str(results)],
            capture_output=True,
            text=True,
            cwd=cwd,
            env=env(TMPDIR=str(tmpdir)),
            timeout=120,
        )
        stderr = proc.stderr
        assert proc.returncode == 0, proc.stderr
    except subprocess.TimeoutExpired as exc:  # a case blocked (a FIFO was opened?)
        stderr = f"TIMEOUT: {exc}"
    found: dict[str, dict] = {}
    if results.exists():
        for line in results.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            found[item["name"]] = item
    for case in cases:
        if case.name not in found:
            found[case.name] = {"name": case.name, "exception": "HUNG or never reached"}
            break
    return found, stderr


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    sentinel = root / "sentinel"
    build_sentinel(sentinel)
    (root / "bags").mkdir()
    tmpdir = root / "tmpdir"
    tmpdir.mkdir()
    cases = dir_cases(root / "bags", sentinel) + archive_cases(root, sentinel, tmpdir)
    assert len({c.name for c in cases}) == len(cases)
    # a control: a good bag inside the sentinel folder, to show the hook does see reads there
    control = Case(CONTROL, plain_bag(sentinel / "sub" / "control-bag", dict(PAYLOAD)), True)
    run = root / "run"  # the driver's spec, results and working folder: not watched
    (run / "cwd").mkdir(parents=True)
    skip = [tmpdir, run]
    before = snapshot(root, skip)
    results, driver_stderr = _run_driver(run, tmpdir, [*cases, control])
    after_driver = snapshot(root, skip)
    tmp_after_driver = sorted(os.listdir(tmpdir))
    cli = archiver(
        "validate", "--format", "json", "--max-archive-bytes", "4M", *[str(c.path) for c in cases],
        env=env(TMPDIR=str(tmpdir)), cwd=run / "cwd", timeout=120,
    )  # fmt: skip
    after_cli = snapshot(root, skip)
    return World(
        root, sentinel, tmpdir, cases, results, before, after_driver, after_cli,
        tmp_after_driver, sorted(os.listdir(tmpdir)), cli, driver_stderr,
    )  # fmt: skip


CONTROL = "control-bag-inside-sentinel"


def _case_names() -> list[str]:
    # names only (the bags are built once, in the module fixture)
    dirs = [
        *(f"manifest-{kind}-{label}" for label in ("secret", "fifo", "locked")
          for kind in ("dotdot", "absolute")),
        "manifest-through-symlink", "payload-symlinks-out", "data-folder-symlink-out",
        "tagfile-symlink-to-fifo", "tagmanifest-symlink-to-secret", "manifest-symlink-to-locked",
        "fetch-dotdot", "fetch-absolute", "fetch-through-symlink", "fetch-file-url-to-secret",
        "manifest-1mb-line", "tagfile-invalid-utf8", "xml-billion-laughs",
        "xml-external-entities", "xml-external-entities-and-rot",
    ]  # fmt: skip
    archives = [
        "tar-dotdot.tar", "tar-dotdot-deep.tar", "tar-absolute.tar", "tar-symlink-then-write.tar",
        "tar-hardlink-then-write.tar", "tar-chardev.tar", "tar-blockdev.tar", "tar-fifo.tar",
        "tgz-bomb.tar.gz", "zip-dotdot.zip", "zip-absolute.zip", "zip-symlink.zip",
        "zip-device.zip", "zip-fifo.zip", "zip-bomb-size.zip", "zip-bomb-ratio.zip",
    ]  # fmt: skip
    return dirs + archives


CASE_NAMES = _case_names()


def test_case_list_matches_the_bags_built(world: World):
    assert [c.name for c in world.cases] == CASE_NAMES


@pytest.mark.parametrize("name", CASE_NAMES)
def test_verdict(world: World, name: str):
    case = next(c for c in world.cases if c.name == name)
    result = world.results.get(name)
    assert result is not None, f"not reached (an earlier case hung?): {world.driver_stderr}"
    assert "exception" not in result, result.get("exception")
    codes = {f["code"] for f in result["findings"]}
    assert result["valid"] is case.valid, result["findings"]
    assert case.all_of <= codes, (case.all_of, result["findings"])
    assert not case.any_of or case.any_of & codes, (case.any_of, result["findings"])
    if case.valid:
        assert all(f["severity"] == "warning" for f in result["findings"])
    assert "E999" not in codes  # judged, not crashed
    assert MARKER not in json.dumps(result["findings"])
    assert "lollol" not in json.dumps(result["findings"])  # the entity bomb was not expanded


@pytest.mark.parametrize("name", CASE_NAMES)
def test_nothing_outside_is_read_and_nothing_but_the_private_folder_is_written(
    world: World, name: str
):
    result = world.results.get(name)
    assert result is not None and "events" in result, result
    sentinel = os.path.realpath(world.sentinel)
    tmpdir = os.path.realpath(world.tmpdir)
    problems = []
    for event, kind, real in result["events"]:
        if kind == "hook-error":
            problems.append((event, kind, real))
        elif real == sentinel or real.startswith(sentinel + os.sep):
            problems.append((event, kind, real))  # read, listed or written outside the bag
        elif kind == "write" and not real.startswith(tmpdir + os.sep):
            problems.append((event, kind, real))  # wrote anywhere but the private folder
    assert problems == []


def test_the_hook_sees_reads_and_writes(world: World):
    """The audit hook is live: it saw the control bag read and the archives unpacked."""
    control = world.results[CONTROL]
    assert control["valid"] is True, control
    bag = os.path.realpath(world.sentinel / "sub" / "control-bag")
    assert any(kind == "read" and real.startswith(bag) for _e, kind, real in control["events"])
    tmpdir = os.path.realpath(world.tmpdir)
    unpacked = world.results["tar-dotdot.tar"]["events"]
    assert any(kind == "write" and real.startswith(tmpdir) for _e, kind, real in unpacked)


def test_no_file_anywhere_changed(world: World):
    assert world.after_driver == world.before
    assert world.after_cli == world.before
    names = set(world.before)
    assert not any("evil" in n or "pwned" in n for n in names)


def test_private_temporary_folder_is_removed(world: World):
    assert world.tmp_after_driver == []
    assert world.tmp_after_cli == []


def test_cli_verdicts_and_output(world: World):
    cli = world.cli
    assert cli.returncode == 1, cli.stderr
    assert "Traceback" not in cli.stderr
    assert MARKER not in cli.stdout + cli.stderr
    assert "lollol" not in cli.stdout
    verdicts = [json.loads(line) for line in cli.stdout.splitlines()]
    assert len(verdicts) == len(world.cases)
    for case, verdict in zip(world.cases, verdicts, strict=True):
        codes = {f["code"] for f in verdict["findings"]}
        assert verdict["valid"] is case.valid, (case.name, verdict["findings"])
        assert case.all_of <= codes and (not case.any_of or case.any_of & codes), case.name


def test_the_fifo_was_never_opened(world: World):
    """Had anything opened the trap for reading, the runs above would have timed out."""
    assert "TIMEOUT" not in world.driver_stderr
    trap = world.sentinel / "trap"
    with pytest.raises(OSError):  # ENXIO: no reader holds it open now either
        os.close(os.open(trap, os.O_WRONLY | os.O_NONBLOCK))


def test_marker_is_where_it_was(world: World):
    secret = world.sentinel / "secret.txt"
    assert secret.read_bytes() == CONTENT["secret.txt"]
    assert (
        world.before["sentinel/secret.txt"][4] == hashlib.sha256(CONTENT["secret.txt"]).hexdigest()
    )
