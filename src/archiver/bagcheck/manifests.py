"""Manifests and tag manifests: their file names, their lines, and the index they build.

One reader for both kinds (RFC 8493 §2.1.3, §2.2.1), so every rule about a manifest line is
written once: the line's shape, the checksum's length, the path's safety, a path listed twice.
Payload manifests as tools write them are read in bulk (`read_plain_manifest`); anything else
line by line (`read_lines`), which reports each problem with its line number.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from archiver.bagcheck.findings import Finding, finding
from archiver.bagcheck.paths import check_path, percent_decode
from archiver.bagcheck.tagfiles import CHUNK, ascii_compatible, is_utf8, open_regular

Report = Callable[[Finding], None]

MANIFEST_NAME = re.compile(r"^manifest-(.+)\.txt$")
TAGMANIFEST_NAME = re.compile(r"^tagmanifest-(.+)\.txt$")


class Manifest(NamedTuple):
    """One manifest or tag manifest file of a bag."""

    name: str  # file name, e.g. manifest-sha256.txt
    alg: str  # the algorithm, normalized (RFC 8493 §2.4): sha256, sha512224, ...
    hashlib: str | None  # hashlib's name for it; None when it cannot be computed here


# Entry.seen for a file found under the very name the manifest lists (nearly every file): a
# constant rather than a copy of that name, which would cost a string per payload file
AS_LISTED = ""


class Entry:
    """What the manifests say about one path, and where the file was found."""

    __slots__ = ("digests", "seen")

    def __init__(self, count: int) -> None:
        # one digest per manifest, in manifest order; None where a manifest omits the path
        self.digests: list[bytes | None] = [None] * count
        # the path on disk (relative to the bag) answering to this entry: AS_LISTED when it is
        # the listed path itself, another path (Unicode normalization), None: not found yet
        self.seen: str | None = None

    def found_at(self, key: str) -> str | None:
        """The path on disk (relative to the bag) of the file found for entry `key`."""
        return key if self.seen == AS_LISTED else self.seen


class Index(dict[str, Entry]):
    """path -> Entry for one kind of manifest (payload or tag), in the order first listed."""

    def __init__(self, manifests: Sequence[Manifest], strict: bool, add: Report) -> None:
        super().__init__()
        self.manifests = list(manifests)
        self.strict = strict  # BagIt 1.0: a path listed twice in one manifest is an error
        self.add = add

    def entry(self, key: str) -> Entry:
        entry = self.get(key)
        if entry is None:
            entry = self[key] = Entry(len(self.manifests))
        return entry

    def put(self, index: int, number: int, key: str, digest: bytes) -> None:
        """Record line `number` of manifest `index`; a path listed twice is reported."""
        entry = self.entry(key)
        known = entry.digests[index]
        if known is None:
            entry.digests[index] = digest
            return
        name = self.manifests[index].name
        if known != digest:
            self.add(
                finding("E031", key, f"{name} line {number}: listed again with another checksum")
            )
        elif self.strict:
            self.add(finding("E032", key, f"{name} line {number}: listed twice"))
        else:
            self.add(finding("W030", key, f"{name} line {number}: listed twice"))

    def put_plain(self, index: int, chunks: Iterable[list[tuple[str, str]]]) -> None:
        """Record manifest `index` from `plain_chunks`.

        Chunk by chunk, so that no second copy of a manifest's paths is ever held whole (the
        paths of a manifest listing files already indexed are dropped as soon as they are
        looked up). When the manifest turns out not to be plain (NotPlain), or lists a path
        twice, the index is put back as it was and NotPlain is raised: the caller then reads
        the manifest line by line, which says what is wrong and where.
        """
        get = self.get
        count = len(self.manifests)
        fromhex = bytes.fromhex
        # The entries made here form no reference cycles; left on, the garbage collector
        # would walk all of them again each time their number grows by a quarter (4% of the
        # work of checking 100,000 files without hashing them)
        collecting = gc.isenabled()
        gc.disable()
        try:
            for chunk in chunks:
                for digest, key in chunk:
                    entry = get(key)
                    if entry is None:
                        entry = self[key] = Entry(count)
                    elif entry.digests[index] is not None:
                        raise NotPlain("listed twice")
                    entry.digests[index] = fromhex(digest)
                del chunk  # let the reader drop it: one chunk alive at a time
        except NotPlain:
            self.forget(index)
            raise
        finally:
            if collecting:
                gc.enable()

    def forget(self, index: int) -> None:
        """Drop what manifest `index` recorded: its digests, and the entries it alone made."""
        for entry in self.values():
            entry.digests[index] = None
        for key in [k for k, e in self.items() if e.digests.count(None) == len(e.digests)]:
            del self[key]


# -- reading lines ------------------------------------------------------------------------------

_MANIFEST_LINE = re.compile(r"^([^ \t]+)[ \t]+(.*)$", re.DOTALL)


def split_manifest_line(line: str) -> tuple[str, str] | None:
    """(checksum, path) of a line separated by tabs or several blanks; None if not that."""
    m = _MANIFEST_LINE.match(line)
    return (m.group(1), m.group(2)) if m and m.group(2) else None


def read_lines(
    lines: Iterable[tuple[int, str]],
    name: str,
    hex_digits: int | None,
    payload: bool,
    add: Report,
) -> Iterator[tuple[int, str, bytes]]:
    """(line number, canonical path, digest) for each usable line of manifest `name`.

    hex_digits: the checksum's expected length (None when the algorithm is unknown here).
    payload: a payload manifest, whose paths must lie under data/.
    """
    path_warnings: dict[str, list] = {}  # code -> [first line, message, raw, count]
    md5sum_style = 0
    for number, line in lines:
        checksum, sep, raw = line.partition(" ")
        if raw[:1] == " ":
            raw = raw.lstrip(" \t")  # "checksum  path", as md5sum and bagit-python write
        if not sep or not raw or "\t" in checksum:
            if not line.strip():
                continue
            parts = split_manifest_line(line)
            if parts is None:
                add(finding("E030", name, f"line {number}: not 'checksum filepath'"))
                continue
            checksum, raw = parts
        if checksum[:1] == "\\":
            checksum = checksum[1:]
            raw = raw.replace("\\\\", "\x00").replace("\\n", "\n").replace("\x00", "\\")
            md5sum_style += 1
        if raw[:1] == "*":
            raw = raw[1:]
            md5sum_style += 1
        try:
            digest = bytes.fromhex(checksum)
        except ValueError:
            digest = b""
        if (
            not digest
            or len(digest) * 2 != len(checksum)
            or (hex_digits and len(checksum) != hex_digits)
        ):
            add(
                finding(
                    "E030",
                    name,
                    f"line {number}: checksum {checksum[:40]!r} is not a "
                    f"{hex_digits or 'hex'}{' hex digit' if hex_digits else ''} value",
                )
            )
            continue
        if (
            raw.startswith("data/")
            and "%" not in raw
            and "/." not in raw
            and "//" not in raw
            and "\\" not in raw
            and "\x00" not in raw
            and raw[-1] != "/"
        ):
            yield number, raw, digest  # canonical already: the common case
            continue
        verdict = check_path(percent_decode(raw))
        if verdict.error is not None:
            code, message = verdict.error
            add(finding(code, name, f"line {number}: {message}: {raw!r}; never opened"))
            continue
        for code, message in verdict.warnings:
            path_warnings.setdefault(code, [number, message, raw, 0])[3] += 1
        key = verdict.path
        assert key is not None
        if payload and not key.startswith("data/"):
            add(
                finding(
                    "E033",
                    name,
                    f"line {number}: {key!r} is outside the payload directory data/",
                )
            )
            continue
        yield number, key, digest
    for code, (number, message, raw, count) in path_warnings.items():
        more = f"; {count - 1} more line(s) alike" if count > 1 else ""
        add(finding(code, name, f"line {number}: {message} ({raw!r}){more}"))
    if md5sum_style:
        add(
            finding(
                "W031",
                name,
                f"{md5sum_style} md5sum-style entries ('*path' or '\\checksum') accepted; "
                "strict validators reject them",
            )
        )


# -- the fast path for manifests as tools write them -------------------------------------------

# One path segment that needs no decoding nor checking: printable ASCII, no '/', '%' or '\',
# and not starting with '.' (so no '.', '..' nor hidden-file questions). Possessive (*+, Python
# 3.11): a segment never holds '/', so giving characters back could never let the '/' or the
# line end that follows match, and the matcher does not try (half the time of the plain '*')
_PLAIN_SEGMENT = r"[^\x00-\x1f\x7f/%\\.][^\x00-\x1f\x7f/%\\]*+"
_PLAIN_LINES: dict[int, re.Pattern[str]] = {}


def _plain_line(hex_digits: int) -> re.Pattern[str]:
    pattern = _PLAIN_LINES.get(hex_digits)
    if pattern is None:
        pattern = re.compile(
            rf"^([0-9a-fA-F]{{{hex_digits}}}) {{1,2}}(data/(?:{_PLAIN_SEGMENT}/)*{_PLAIN_SEGMENT})\n",
            re.MULTILINE,
        )
        _PLAIN_LINES[hex_digits] = pattern
    return pattern


def _decodes_to(data: bytes, encoding: str, text: str) -> bool:
    try:
        return data.decode(encoding) == text
    except (UnicodeError, LookupError):
        return False


class NotPlain(Exception):
    """A manifest is not one `plain_chunks` can read: it is read line by line instead."""


def read_plain_manifest(
    path: Path, hex_digits: int, encoding: str, max_line: int
) -> dict[str, bytes] | None:
    """The whole of a plain manifest (see `plain_chunks`) as path -> digest; None for any other
    manifest (or any trouble reading it)."""
    entries: dict[str, bytes] = {}
    lines = 0
    try:
        for chunk in plain_chunks(path, hex_digits, encoding, max_line):
            lines += len(chunk)
            entries.update((key, bytes.fromhex(digest)) for digest, key in chunk)
    except NotPlain:
        return None
    return entries if len(entries) == lines else None  # else a path listed twice


def plain_chunks(
    path: Path, hex_digits: int, encoding: str, max_line: int
) -> Iterator[list[tuple[str, str]]]:
    """A payload manifest whose every line is 'checksum  data/plain/path', as lists of
    (hex checksum, path), one per 1 MiB read.

    Such a manifest (ASCII, LF line ends, hex of the right length, one or two spaces, each
    path under data/ with nothing to decode, listed once) is read in bulk with one regular
    expression per read instead of line by line, which is most of what validating a bag of
    small files costs besides hashing. For anything else (or any trouble reading it) NotPlain
    is raised, possibly after some chunks: the caller then reads it line by line, which
    reports each problem with its line number. Paths listed twice are the caller's to find.
    """
    if not ascii_compatible(encoding):
        raise NotPlain("encoding")
    # UTF-8 (nearly every bag) reads ASCII bytes as ASCII; for another declared encoding the
    # text is decoded as well and must come out the same (HZ, UTF-7 and Shift_JIS-2004 give
    # '~', '+' or '\\' other meanings)
    same_as_ascii = is_utf8(encoding)
    pattern = _plain_line(hex_digits)
    try:
        fd = open_regular(path)
    except OSError:
        raise NotPlain("cannot open") from None
    with os.fdopen(fd, "rb", buffering=0) as fh:
        rest = b""
        while True:
            try:
                chunk = fh.read(CHUNK)
            except OSError:
                raise NotPlain("cannot read") from None
            if chunk:
                data = rest + chunk
                cut = data.rfind(b"\n") + 1
                data, rest = data[:cut], data[cut:]
            else:
                data, rest = (rest + b"\n" if rest else b""), b""
            if data:
                if not data.isascii():
                    raise NotPlain("not ASCII")
                text = data.decode("ascii")
                if not same_as_ascii and not _decodes_to(data, encoding, text):
                    raise NotPlain("not the same in its encoding")
                pairs = pattern.findall(text)
                count = text.count("\n")
                del text, data  # the paths and digests are copies: 8 MiB less while indexing
                if len(pairs) != count:
                    raise NotPlain("a line that is not plain")
                if max(map(len, map(itemgetter(1), pairs))) + hex_digits + 2 > max_line:
                    raise NotPlain("overlong line")  # the line-by-line reader reports it
                yield pairs
                del pairs
            if not chunk:
                break
            if len(rest) > max_line:
                raise NotPlain("overlong line")
