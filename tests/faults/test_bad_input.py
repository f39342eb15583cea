"""Bad input: one line on stderr, exit 2, no traceback, nothing written, the input untouched.

Each bad file goes through `archiver extract` and `archiver package` (in-process with Click's
runner, so a root CI can simulate an unreadable file), and through the library calls.
"""

from __future__ import annotations

import codecs
import errno
import os
import random
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from faults_helpers import SAMPLE, archiver

from archiver.cli import main
from archiver.errors import InputError
from archiver.extract import extract_path
from archiver.packaging import PackageOptions, package_article
from archiver.reading import DEFAULT_MAX_BYTES

SOME_TEXT = "Headline of the day\n\nSEOUL, Nov. 19 (UPI) -- A paragraph of the body.\n"

BAD_CONTENT = {
    "empty": (b"", "empty file"),
    "whitespace": (b"  \n\t\r\n   \x0c\n", "only whitespace"),
    "unicode-whitespace": ("\u00a0\u2003\n\u3000\r\n".encode(), "only whitespace"),
    "png": (b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(2048), "a PNG image"),
    "random-bytes": (random.Random(2).randbytes(4096), "binary data"),
    "nul-in-text": (b"Headline\n\nSome body text\x00 with a NUL byte.\n", "NUL bytes"),
    "controls-in-text": (b"Headline\n\nBody \x01\x02\x03\x04\x05 text.\n", "control characters"),
    "no-encoding": (b"Headline \x81\x8d\x8f\x90\x9d body\n", "not text in any encoding"),
    "bad-utf8-after-bom": (codecs.BOM_UTF8 + b"Headline \xff\xfe\xc0\xaf\n", "not text"),
    "utf16-lone-surrogate": (
        codecs.BOM_UTF16_LE + "Headline\n\nBody".encode("utf-16-le") + b"\x00\xd8",
        "not text",
    ),
    "utf16-odd-length": (codecs.BOM_UTF16_BE + "Headline".encode("utf-16-be") + b"x", "not text"),
}


def state(path: Path) -> tuple[bytes, int, int]:
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns, st.st_mode


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    err = result.stderr
    assert err.startswith("archiver: error: ") and err.endswith("\n"), err
    assert err.count("\n") == 1, err  # exactly one line
    assert "Traceback" not in result.output
    assert not any(ch in err[:-1] for ch in "\r\n\t\x1b\x07\x00\x7f"), (
        err
    )  # nothing that moves a terminal
    for needle in needles:
        assert needle in err, (needle, err)
    assert result.stdout == ""


def assert_nothing_written(out: Path) -> None:
    """OUTDIR may be created (empty) by the command, but nothing is put in it."""
    assert not out.exists() or list(out.iterdir()) == [], list(out.iterdir())


@pytest.mark.parametrize("case", sorted(BAD_CONTENT))
def test_bad_content_is_refused_in_one_line(tmp_path: Path, case: str):
    content, problem = BAD_CONTENT[case]
    bad = tmp_path / "input" / f"{case}.txt"
    bad.parent.mkdir()
    bad.write_bytes(content)
    before = state(bad)
    out = tmp_path / "out"

    assert_one_line_error(invoke("extract", str(bad)), str(bad), problem)
    assert_one_line_error(invoke("package", "-j", "1", "-o", str(out), str(bad)), str(bad), problem)
    with pytest.raises(InputError, match=problem):
        extract_path(bad)
    out.mkdir(exist_ok=True)
    with pytest.raises(InputError, match=problem):
        package_article(str(bad), out, PackageOptions(language="en"))

    assert_nothing_written(out)
    assert state(bad) == before
    assert sorted(p.name for p in bad.parent.iterdir()) == [bad.name]


def test_directory_where_a_file_is_expected(tmp_path: Path):
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    (folder / "notes.md").write_text("not an article name")
    out = tmp_path / "out"
    assert_one_line_error(invoke("extract", str(folder)), str(folder), "is a directory")
    with pytest.raises(InputError, match="is a directory"):
        extract_path(folder)
    out.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        package_article(str(folder), out, PackageOptions(language="en"))
    # `package` walks a folder for *.txt: one with none is a usage error, not an empty run
    assert_one_line_error(invoke("package", "-o", str(out), str(folder)), "no input")
    assert_nothing_written(out)
    assert [p.name for p in folder.iterdir()] == ["notes.md"]


def test_missing_path(tmp_path: Path):
    missing = tmp_path / "nope" / "article.txt"
    out = tmp_path / "out"
    assert_one_line_error(invoke("extract", str(missing)), str(missing), "no such file")
    assert_one_line_error(
        invoke("package", "-o", str(out), str(missing)), str(missing), "no such file"
    )
    assert_nothing_written(out)
    assert not missing.parent.exists()


def test_file_without_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    secret = tmp_path / "secret.txt"
    secret.write_text(SOME_TEXT)
    secret.chmod(0)
    before = state(secret)
    out = tmp_path / "out"
    if os.geteuid() == 0:  # root reads any file: make the open itself refuse, as it would

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr("archiver.reading.open", refuse, raising=False)
    assert_one_line_error(invoke("extract", str(secret)), str(secret), "permission denied")
    assert_one_line_error(
        invoke("package", "-o", str(out), str(secret)), str(secret), "permission denied"
    )
    assert_nothing_written(out)
    assert state(secret) == before
    assert stat.S_IMODE(secret.stat().st_mode) == 0


@pytest.mark.parametrize(
    "name",
    ["new\nline.txt", "carriage\rreturn.txt", "esc\x1b[2Jclear\x07bell.txt", "tab\tand\x7fdel.txt"],
    ids=["LF", "CR", "ESC-BEL", "TAB-DEL"],
)
def test_control_characters_in_the_path_stay_on_one_line(tmp_path: Path, name: str):
    out = tmp_path / "out"
    missing = tmp_path / f"missing-{name}"
    escaped = str(missing).encode("unicode_escape").decode("ascii")
    for args in (("extract",), ("package", "-o", str(out))):
        result = invoke(*args, str(missing))
        assert_one_line_error(result, "no such file")
    # a real file with that name and bad content: refused, named on one line
    empty = tmp_path / name
    empty.write_bytes(b"")
    for args in (("extract",), ("package", "-o", str(out))):
        result = invoke(*args, str(empty))
        assert_one_line_error(result, "empty file")
        assert any(ch in result.stderr for ch in ("\\n", "\\r", "\\x1b", "\\t")), escaped
    assert_nothing_written(out)
    assert empty.read_bytes() == b""


BIG = 200 * 1024 * 1024  # 200 MiB, sparse: no disk, no time


@pytest.fixture
def big_article(tmp_path: Path) -> Path:
    big = tmp_path / "huge-capture.txt"
    with open(big, "wb") as fh:
        fh.write(SOME_TEXT.encode())
        fh.truncate(BIG)
    if big.stat().st_blocks * 512 > 16 << 20:  # pragma: no cover - file system without holes
        pytest.skip("this file system does not keep sparse files")
    return big


def test_200mb_article_is_refused_with_a_limit_the_user_can_raise(tmp_path: Path, big_article):
    out = tmp_path / "out"
    needles = (str(big_article), f"{BIG} bytes", f"{DEFAULT_MAX_BYTES}-byte limit", "--max-bytes")
    assert_one_line_error(invoke("extract", str(big_article)), *needles)
    assert_one_line_error(invoke("package", "-o", str(out), str(big_article)), *needles)
    with pytest.raises(InputError, match="--max-bytes"):
        extract_path(big_article)
    assert_nothing_written(out)
    assert big_article.stat().st_size == BIG


def test_200mb_article_passes_the_size_check_when_the_limit_is_raised(
    tmp_path: Path, big_article: Path, monkeypatch: pytest.MonkeyPatch
):
    """--max-bytes above the size lets the file through to the read (not done here)."""
    opened: list[str] = []

    def stop_at_read(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(path))
        raise OSError(errno.EIO, "SIZE-CHECK-PASSED")

    monkeypatch.setattr("archiver.reading.open", stop_at_read, raising=False)
    out = tmp_path / "out"
    raised = str(BIG + 1)
    assert_one_line_error(
        invoke("extract", "--max-bytes", raised, str(big_article)), "SIZE-CHECK-PASSED"
    )
    assert_one_line_error(
        invoke("package", "--max-bytes", raised, "-o", str(out), str(big_article)),
        "SIZE-CHECK-PASSED",
    )
    with pytest.raises(InputError, match="SIZE-CHECK-PASSED"):
        extract_path(big_article, max_bytes=BIG)  # the limit is inclusive
    assert opened == [str(big_article)] * 3
    # and one byte under the size is still refused before any open
    with pytest.raises(InputError, match="--max-bytes"):
        extract_path(big_article, max_bytes=BIG - 1)
    assert len(opened) == 3
    assert_nothing_written(out)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_and_device_inputs_never_hang(tmp_path: Path):
    """Opening a FIFO would block forever: run the real CLI with a deadline."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out"
    for target in (str(fifo), "/dev/zero"):
        proc = archiver("package", "-o", str(out), target, timeout=30)
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count("\n") == 1 and "is not a regular file" in proc.stderr
        assert "Traceback" not in proc.stderr
    assert_nothing_written(out)
    proc = archiver("extract", str(fifo), timeout=30)
    assert proc.returncode == 2 and "is not a regular file" in proc.stderr
    with pytest.raises(OSError):  # ENXIO: nobody ever opened the FIFO for reading
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_a_bad_input_among_good_ones_costs_nothing(tmp_path: Path):
    """In a batch the bad file is reported in one line; the good one is still packaged."""
    good = tmp_path / "good.txt"
    shutil.copy(SAMPLE, good)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / "out"
    result = invoke("package", "-j", "1", "--language", "en", "-o", str(out), str(bad), str(good))
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("archiver: error")]
    assert len(errors) == 1 and str(bad) in errors[0] and "PNG" in errors[0]
    assert "Traceback" not in result.output
    bags = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len(bags) == 1
    assert (bags[0] / "data" / "original" / "good.txt").read_bytes() == SAMPLE.read_bytes()
    assert bad.read_bytes() == b"\x89PNG\r\n\x1a\n\x00\x00"
