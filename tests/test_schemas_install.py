"""`archiver schemas install`: the official schemas fetched (here from a loopback server or a
local copy of ../shared/schemas), checked against the pinned published digests, installed in
the cache folder where every command finds them; a wrong digest installs nothing."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.schemadir import NOT_CHECKED
from archiver.schemainstall import official_files, published_bytes
from repo_paths import SAMPLE

INSTALLED = "schemas"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, and no schema folder named anywhere."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("ARCHIVER_CACHE_DIR", str(folder))
    monkeypatch.delenv("ARCHIVER_SCHEMAS", raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    return folder


@pytest.fixture
def served(schema_dir: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server with the layout of the installed folder; (base URL, folder)."""
    root = schema_dir

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", root
    finally:
        server.shutdown()
        server.server_close()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_the_pins_are_the_published_bytes_of_the_shared_copies(schema_dir: Path) -> None:
    """Unchanged files hash to their pin as they are; edited ones once their README's edit is
    undone (and only then)."""
    for spec in official_files():
        data = (schema_dir / spec.path).read_bytes()
        published = published_bytes(data, spec)
        assert published is not None, spec.path
        assert hashlib.sha256(published).hexdigest() == spec.sha256
        assert published_bytes(data + b" ", spec) is None


def test_install_downloads_checks_and_every_command_then_finds_the_set(
    cache: Path, served: tuple[str, Path], tmp_path: Path
) -> None:
    url, root = served
    assert run("schemas")[0] == 1  # nothing installed yet
    code, out, err = run("schemas", "install", "--mirror", url)
    assert code == 0, err
    target = cache / INSTALLED
    assert f"installed 13 schema files in {target}" in out
    record = json.loads((target / "INSTALLED.json").read_text())
    assert {f["source"] for f in record["files"]} == {url + s.path for s in official_files()}
    # remote imports now point at the local files; the published bytes were checked
    mets = (target / "mets-premis/mets-1.12.1.xsd").read_text()
    assert 'schemaLocation="xlink.xsd"' in mets and "loc.gov/standards/xlink" not in mets
    dc = (target / "dublin-core/dc.xsd").read_bytes()
    assert dc == (root / "dublin-core/dc.xsd").read_bytes()  # the same local edit as the README's
    code, out, _ = run("schemas")
    assert code == 0
    assert (
        f"schema directory: {target}" in out and out.count(" loaded") == 5
    )  # newsml, nitf, oai_dc, dcterms, mets
    # package and validate use the installed set without being told
    out_dir = tmp_path / "out"
    code, _, err = run("package", "--reference-date", "2014-11-19", "-o", str(out_dir), str(SAMPLE))
    assert code == 0, err
    assert NOT_CHECKED not in err
    bag = next(out_dir.iterdir())
    code, out, err = run("validate", "--format", "json", str(bag))
    assert code == 0 and json.loads(out)["not_checked"] == []


def test_install_from_a_local_copy(cache: Path, schema_dir: Path) -> None:
    code, out, err = run("schemas", "install", "--from", str(schema_dir), "--quiet")
    assert code == 0, err
    assert err == ""
    assert (cache / INSTALLED / "nitf/nitf-3-6.xsd").read_bytes() == (
        schema_dir / "nitf/nitf-3-6.xsd"
    ).read_bytes()


def test_a_wrong_digest_installs_nothing(cache: Path, schema_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "tampered"
    shutil.copytree(schema_dir, copy)
    path = copy / "dublin-core/dcmitype.xsd"
    path.write_bytes(path.read_bytes().replace(b"StillImage", b"StillImagf"))
    code, _, err = run("schemas", "install", "--from", str(copy), "-q")
    assert code == 1
    assert "dublin-core/dcmitype.xsd" in err and "nothing installed" in err
    assert not (cache / INSTALLED).exists()
    assert not cache.exists() or [p.name for p in cache.iterdir()] == []  # no staging left
    # an earlier good set stays as it was
    assert run("schemas", "install", "--from", str(schema_dir), "-q")[0] == 0
    before = (cache / INSTALLED / "INSTALLED.json").read_bytes()
    assert run("schemas", "install", "--from", str(copy), "-q")[0] == 1
    assert (cache / INSTALLED / "INSTALLED.json").read_bytes() == before
    assert (cache / INSTALLED / "dublin-core/dcmitype.xsd").read_bytes() == (
        schema_dir / "dublin-core/dcmitype.xsd"
    ).read_bytes()


def test_an_unreachable_server_is_an_input_error(cache: Path) -> None:
    code, _, err = run("schemas", "install", "--mirror", "http://127.0.0.1:9/", "-q")
    assert code == 2
    assert err.startswith("archiver: error: http://127.0.0.1:9/") and "cannot download" in err
    assert not (cache / INSTALLED).exists()


def test_without_schemas_every_command_says_so_once(cache: Path, tmp_path: Path) -> None:
    code, out, err = run("schemas")
    assert code == 1 and NOT_CHECKED in err
    out_dir = tmp_path / "out"
    report = tmp_path / "report.jsonl"
    code, _, err = run(
        "package", "--reference-date", "2014-11-19", "-o", str(out_dir),
        "--report", str(report), str(SAMPLE),
    )  # fmt: skip
    assert code == 0
    assert err.count(NOT_CHECKED) == 1
    summary = json.loads(report.read_text().splitlines()[-1])["summary"]
    assert NOT_CHECKED in summary["notes"]
    code, _, err = run(
        "normalize", "--reference-date", "2014-11-19", "-o", str(tmp_path / "xml"),
        "--report", str(report), str(SAMPLE),
    )  # fmt: skip
    assert code == 0 and err.count(NOT_CHECKED) == 1
    assert NOT_CHECKED in json.loads(report.read_text().splitlines()[-1])["summary"]["notes"]
    bag = next(out_dir.iterdir())
    code, out, err = run("validate", "--format", "json", str(bag))
    assert code == 0 and err.count(NOT_CHECKED) == 1
    assert json.loads(out)["not_checked"] == [NOT_CHECKED]
    code, out, err = run("validate", str(bag))
    assert f"  not checked: {NOT_CHECKED}" in out.splitlines()
