"""Paths named by manifests and fetch.txt: decoding, safety, normalization.

Nothing here opens a file. `check_path` decides from the text alone whether a path may be
looked at; `resolve_inside` then resolves it with lstat/readlink only (``os.path.realpath``)
and refuses anything that lands outside the bag, so a hostile path is never opened.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass

_PCT = re.compile(r"%(0[aAdD]|25)")
_PCT_VALUES = {"0a": "\n", "0d": "\r", "25": "%"}
_WINDOWS_ABS = re.compile(r"^(?:[A-Za-z]:|[\\/]{2}|\\)")

# Operating-system litter that should not be payload (warning W053).
SYSTEM_FILES = frozenset(
    {".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", ".spotlight-v100", ".trashes"}
)


def percent_decode(text: str) -> str:
    """Decode the three escapes RFC 8493 §2.1.3 defines (%0A, %0D, %25); leave others."""
    if "%" not in text:
        return text
    return _PCT.sub(lambda m: _PCT_VALUES[m.group(1).lower()], text)


def nfc(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class PathCheck:
    """The verdict on one path: ``path`` is the canonical form when it is usable."""

    path: str | None  # canonical relative path ("data/x.txt"), None when refused
    error: tuple[str, str] | None = None  # (code, message) when refused
    warnings: tuple[tuple[str, str], ...] = ()


def check_path(raw: str) -> PathCheck:
    """Judge a (percent-decoded) path from a manifest or fetch.txt by its text alone."""
    if "\x00" in raw:
        return PathCheck(None, ("E053", "path contains a NUL character"))
    if raw.startswith("/"):
        return PathCheck(None, ("E050", "absolute path"))
    if _WINDOWS_ABS.match(raw):
        return PathCheck(None, ("E050", "absolute Windows path (drive letter or UNC)"))
    if raw.startswith("~"):
        return PathCheck(None, ("E054", "path starts with a home-directory reference"))
    warnings: list[tuple[str, str]] = []
    if "\\" in raw:
        warnings.append(("W033", "path contains a backslash (not a separator in BagIt)"))
    parts: list[str] = []
    canonical = True
    for segment in raw.split("/"):
        if segment in ("", "."):
            canonical = False
            continue
        if segment == "..":
            canonical = False
            if not parts:
                return PathCheck(None, ("E051", "path leaves the bag ('..')"))
            parts.pop()
            continue
        parts.append(segment)
    if not parts:
        return PathCheck(None, ("E030", "empty path"))
    path = "/".join(parts)
    if not canonical:
        warnings.append(("W032", f"path is not canonical; read as {path!r}"))
    return PathCheck(path, None, tuple(warnings))


def is_inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def resolve_inside(root_real: str, rel: str) -> str | None:
    """The real path of rel under the bag, or None when a symlink takes it outside.

    Uses lstat/readlink only (no file is opened).
    """
    real = os.path.realpath(os.path.join(root_real, *rel.split("/")))
    return real if is_inside(real, root_real) else None


def is_system_file(name: str) -> bool:
    lowered = name.lower()
    return lowered in SYSTEM_FILES or lowered.startswith("._")


def may_hold_system_file(lowered: str) -> bool:
    """False when no name is a system file, judged from the lower-cased text of all of the
    names (any separator): each system file's name would be found in it."""
    return "._" in lowered or any(name in lowered for name in SYSTEM_FILES)


def printable(text: str) -> str:
    """Text safe to print on one line: whatever can break or forge a line is escaped.

    That is every character Python does not call printable: C0 and C1 controls (U+0085
    NEXT LINE among them), U+2028/U+2029 (line and paragraph separators), format characters
    such as the bidirectional overrides, and lone surrogates (bytes that were not valid in
    the tag file's encoding, kept by surrogateescape).
    """
    if text.isprintable():
        return text  # the common case, checked in C
    out = []
    for ch in text:
        code = ord(ch)
        if ch.isprintable():
            out.append(ch)
        elif ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\x{code - 0xDC00:02x}" if code >= 0xDC80 else f"\\u{code:04x}")
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)
