"""Read a captured article's bytes safely and decode them to text.

Nothing here guesses silently: a legacy encoding is named in a warning, and bytes that are not
text in any encoding we try are refused with an InputError (exit 2).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from archiver.errors import InputError

if TYPE_CHECKING:
    # archiver.model (many dataclasses) is imported where a Warning is made: `archiver
    # validate` needs only describe_path from here, and starts faster without it.
    from archiver.model import Warning

# 64 MiB: far above any real article (the sample is 7 KB), low enough that a runaway capture
# or a mistaken path to a video file is refused before it is read. --max-bytes raises it.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data",
    b"\x7fELF": "an executable",
    b"RIFF": "RIFF media",
}


@dataclass(frozen=True)
class DecodedText:
    text: str  # line ends normalised to \n, BOM removed
    encoding: str
    warnings: tuple[Warning, ...]


def describe_path(path: str) -> str:
    """The path as it can be printed on one line (control characters escaped)."""
    if path.isprintable():  # nearly every path: nothing to escape (the loop's answer too)
        return path
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in path
    )


def read_source(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, or an InputError naming the path and the problem. '-' is stdin."""
    name = describe_path(os.fspath(path))
    if os.fspath(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"-: standard input is larger than the {max_bytes}-byte limit")
        return data
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{name}: is a directory, not an article file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{name}: is not a regular file")
    if st.st_size > max_bytes:
        raise InputError(
            f"{name}: {st.st_size} bytes is over the {max_bytes}-byte limit (raise it with --max-bytes)"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _read_error(name, exc) from None
    if len(data) > max_bytes:
        raise InputError(f"{name}: grew past the {max_bytes}-byte limit while being read")
    return data


def _read_error(name: str, exc: OSError) -> InputError:
    if isinstance(exc, PermissionError):
        return InputError(f"{name}: permission denied")
    return InputError(f"{name}: cannot read: {exc.strerror}")


def read_head(path: str | os.PathLike[str], size: int) -> bytes:
    """Up to `size` first bytes of a regular file (fewer only at its end); an InputError, as
    read_source words it, when it cannot be opened or read."""
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError as exc:
        raise _read_error(describe_path(os.fspath(path)), exc) from None


# Unicode's Cc characters (U+0000-U+001F, U+007F-U+009F) less tab, LF, CR and form feed
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _looks_binary(text: str) -> bool:
    """Control characters other than tab, newlines and form feed mean this is not prose."""
    if "\x00" in text:
        return True
    return len(_CONTROLS.findall(text)) > max(2, len(text) // 1000)


def decode_text(data: bytes, name: str) -> DecodedText:
    """Decode by BOM, else UTF-8, else cp1252 (with a warning); refuse binary and empty input."""
    name = describe_path(name)
    if not data:
        raise InputError(f"{name}: empty file")
    warnings: list[Warning] = []
    text: str | None = None
    encoding = ""
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[3:], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # check UTF-16 before magic numbers: its BOM is the only sure sign
        enc = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text, encoding = _strict(data[2:], enc), enc
    else:
        for magic, what in _MAGIC.items():
            if data.startswith(magic):
                raise InputError(f"{name}: binary data ({what}), not an article")
        if b"\x00" in data:
            raise InputError(f"{name}: binary data (NUL bytes), not an article")
        text = _strict(data, "utf-8")
        encoding = "utf-8"
        if text is None:
            text = _strict(data, "cp1252")
            encoding = "cp1252"
            if text is not None:
                from archiver import model  # lazily: see the imports at the top

                warnings.append(
                    model.Warning(
                        "legacy-encoding", "not UTF-8; decoded as cp1252 (Windows Latin-1)"
                    )
                )
    if text is None:
        raise InputError(f"{name}: not text in any encoding tried (UTF-8, UTF-16, cp1252)")
    if _looks_binary(text):
        raise InputError(f"{name}: binary data (control characters), not an article")
    if not text.strip():
        raise InputError(f"{name}: contains only whitespace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text=text, encoding=encoding, warnings=tuple(warnings))


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def source_name(path: str | os.PathLike[str]) -> str:
    """The file name a bag keeps for the source ('-' becomes 'stdin.txt')."""
    p = os.fspath(path)
    return "stdin.txt" if p == "-" else Path(p).name
