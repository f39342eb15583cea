"""Input readers: the format of an input is recognised from its bytes, then its reader turns
it into article units.

    bytes --sniff--> Reader --read--> Unit, Unit, ... (and Skipped records)

A `Unit` is one article as found in an input: the bytes the extractor parses (`content`,
of `media_type`), the bytes kept byte for byte in the bag (`original`, under
`data/original/<original_name>`), where it came from (`url`, capture time) and its identity
inside its container (for a WARC: the record's WARC-Record-ID, Target-URI and payload digest;
for a plain file: nothing more than the file). A unit may carry extra payload files (photos)
for its bag. A plain text or HTML file is one unit; a web archive may hold many.

A new input format is one module that calls `register(Reader(...))` and is named in
`_BUILTIN`; nothing else in the pipeline changes. Readers never write files.
"""

from __future__ import annotations

import importlib
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from archiver.errors import InputError
from archiver.reading import read_head, read_source


@dataclass(frozen=True)
class PayloadFile:
    """An extra file for the unit's bag, kept byte for byte."""

    path: str  # relative to the bag's data/ folder, "/"-separated ("photos/1-ap-photo.jpg")
    data: bytes
    media_type: str | None = None
    url: str | None = None  # where the capture had it from
    meta: dict[str, str | int] = field(default_factory=dict)  # width, height, IPTC credit...
    aliases: tuple[str, ...] = ()  # other URLs the page names this file by (srcset, data-src)


@dataclass(frozen=True)
class Unit:
    """One article found in an input."""

    media_type: str  # of `content`: "text/plain", "text/html"; picks the extractor
    content: bytes  # what the extractor parses (decompressed when the file was gzip)
    original: bytes  # kept byte for byte in data/original/; its sha256 is the unit's digest
    original_name: str  # file name under data/original/
    label: str  # how messages and the record name the unit ("page.html", "crawl.warc.gz#3")
    url: str | None = None  # the page's address when the capture records it
    captured: str | None = None  # ISO 8601 capture time when the capture records it
    # identity inside the container, e.g. {"warc_record_id": ..., "target_uri": ...,
    # "payload_digest": ..., "warc_file": ..., "warc_sha256": ...}; empty for a plain file
    record: dict[str, str] = field(default_factory=dict)
    extras: tuple[PayloadFile, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """Something in an input that is not an article (a redirect, an image, a list page)."""

    label: str
    reason: str


Item = Unit | Skipped


@dataclass(frozen=True)
class Input:
    """One input as read: its bytes and how to name it."""

    data: bytes
    file_name: str  # the name a bag keeps it under ("page.html"; "stdin.txt" for stdin)
    label: str  # how messages name it (the path as given, printable)
    max_bytes: int  # limit on what decompressing it may produce
    # the file on disk, for a reader that reads it in place (`Reader.reads_path`); `data` is
    # then only its first bytes
    path: str | None = None


@dataclass(frozen=True)
class Reader:
    name: str  # "text", "html", "warc"
    # head: the first bytes of the input, decompressed when it is gzip; name: its file name
    sniff: Callable[[bytes, str], bool]
    read: Callable[[Input], Iterable[Item]]
    patterns: tuple[str, ...] = ()  # file names taken when batches walk folders
    priority: int = 50  # lower sniffs first; the text reader (the fallback) is last
    # reads the file in place (a container such as a WARC, bigger than any article): the
    # file is not read into memory first, and --max-bytes limits each record, not the file
    reads_path: bool = False


# modules holding the built-in readers, imported on first use (not at startup: `archiver
# validate` never reads an article)
_BUILTIN = (
    "archiver.readers.warc",
    "archiver.readers.newsxml",
    "archiver.readers.feed",
    "archiver.readers.html",
    "archiver.readers.text",
)
_REGISTRY: list[Reader] = []
_loaded = False

HEAD_BYTES = 64 * 1024
# An XML or HTML comment in a sniffing pattern: it cannot run past its own "-->", so a head
# of many comments is matched in one pass ("<!--.*?-->" repeated could span one comment into
# the next and try every split: a page opening with 25 comments took minutes to sniff).
COMMENT = rb"<!--(?:[^-]|-(?!->))*-->"
GZIP_MAGIC = b"\x1f\x8b"


def register(reader: Reader) -> Reader:
    """Add a reader (replacing one of the same name)."""
    _REGISTRY[:] = [r for r in _REGISTRY if r.name != reader.name]
    _REGISTRY.append(reader)
    _REGISTRY.sort(key=lambda r: r.priority)
    return reader


def readers() -> list[Reader]:
    global _loaded
    if not _loaded:
        _loaded = True
        for module in _BUILTIN:
            importlib.import_module(module)
    return list(_REGISTRY)


def head(data: bytes, size: int = HEAD_BYTES) -> bytes:
    """The first `size` bytes of the input's content: decompressed (at most `size` bytes, so a
    gzip bomb costs nothing here) when the input is gzip."""
    if not data.startswith(GZIP_MAGIC):
        return data[:size]
    try:
        return zlib.decompressobj(wbits=31).decompress(data, size)
    except zlib.error:
        return b""


def gunzip(data: bytes, *, label: str, max_bytes: int) -> bytes:
    """All gzip members of `data`, refusing more than max_bytes of output (a gzip bomb) and a
    damaged or truncated stream; InputError names the input."""
    out: list[bytes] = []
    total = 0
    rest = data
    try:
        while rest:
            d = zlib.decompressobj(wbits=31)
            chunk = d.decompress(rest, max_bytes + 1 - total)
            total += len(chunk)
            out.append(chunk)
            if total > max_bytes or d.unconsumed_tail:
                raise InputError(
                    f"{label}: decompresses to more than {max_bytes} bytes (raise --max-bytes)"
                )
            if not d.eof:
                raise InputError(f"{label}: gzip data is truncated")
            rest = d.unused_data
            if rest and not rest.startswith(GZIP_MAGIC):
                break  # trailing garbage after the last member, as gzip(1) tolerates
    except zlib.error as exc:
        raise InputError(f"{label}: damaged gzip data ({exc})") from None
    return b"".join(out)


def sniff(data: bytes, name: str) -> Reader:
    """The reader for this input: the first whose sniff accepts its head."""
    first = head(data)
    for reader in readers():
        if reader.sniff(first, name):
            return reader
    raise InputError(f"{name}: no reader for this input")  # the text reader takes anything


def open_input(path: str, *, file_name: str, label: str, max_bytes: int) -> Input:
    """The input at path ('-': standard input): read whole, or, when its reader reads files
    in place (a WARC), only its first bytes. InputError names a file that cannot be read."""
    st = None
    if path != "-":
        try:
            st = os.stat(path)
        except OSError:
            pass  # read_source says what is wrong with the file
    if st is not None and stat.S_ISREG(st.st_mode) and st.st_size:
        # The head tells a file read in place (a WARC, whatever its size) from one read whole.
        # Within the limit it is read as read_source reads (its error when it cannot be); a
        # bigger file is only peeked at: read_source refuses it unless it is read in place.
        within = st.st_size <= max_bytes
        first = read_head(path, HEAD_BYTES) if within else _peek(path)
        if first is not None and sniff(first, file_name).reads_path:
            return Input(first, file_name, label, max_bytes, path=path)
        if within and first is not None and 0 < len(first) < HEAD_BYTES:
            # shorter than the head (nearly every article): read whole, to its end, already
            return Input(data=first, file_name=file_name, label=label, max_bytes=max_bytes)
    data = read_source(path, max_bytes=max_bytes)
    return Input(data=data, file_name=file_name, label=label, max_bytes=max_bytes)


def _peek(path: str) -> bytes | None:
    """The head of a file, or None when it cannot be read (read_source then says why)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError:
        return None


def iter_units(inp: Input) -> Iterator[Item]:
    """Every article unit (and skipped item) of an input, in the order the input holds them,
    one at a time (a web archive is read record by record)."""
    return iter(sniff(inp.data, inp.file_name).read(inp))


def read_units(inp: Input) -> list[Item]:
    """Every article unit (and skipped item) of an input, in the order the input holds them."""
    return list(iter_units(inp))


def default_patterns() -> tuple[str, ...]:
    """The file names batches take from folders: every reader's patterns."""
    return tuple(dict.fromkeys(p for r in readers() for p in r.patterns))


__all__ = [
    "COMMENT",
    "GZIP_MAGIC",
    "Input",
    "Item",
    "PayloadFile",
    "Reader",
    "Skipped",
    "Unit",
    "default_patterns",
    "gunzip",
    "head",
    "iter_units",
    "open_input",
    "read_units",
    "readers",
    "register",
    "sniff",
]
