"""Find the records of a WARC file (ISO 28500, 1.0/1.1) without trusting it.

warcio parses a record well, but walks a file by believing every Content-Length: one
truncated record, a wrong length or a gzip bomb costs it the rest of the file, or hours.
This module only frames the file: it finds where each record starts and ends (for a
``.warc.gz`` the gzip member of each record), reads the WARC headers and the HTTP status
line and Content-Type from the first bytes of the block, and never keeps a payload. The
records are then read with warcio from their exact raw bytes (:mod:`archiver.warc.records`),
which are also what a bag copies, byte for byte.

Damage is reported and stepped over: after a record that does not end where its
Content-Length says, the scan resumes at the next place a record starts (a line beginning
``WARC/1.`` in a plain file; a gzip member that inflates to ``WARC/`` in a compressed one).
A record over the size limit is skipped without inflating it (in a compressed file the next
member is found by that same search), so a bomb costs the time to read its compressed bytes.
Memory is bounded by the 1 MiB read window and the 64 KiB header limit.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b\x08"
MAX_HEADER_BYTES = 64 * 1024  # WARC headers plus the HTTP head read to classify the record
_WINDOW = 1 << 20
_WARC_LINE = re.compile(rb"WARC/(?:1\.[01]|0\.1[78])\r?\n")
# a record start in a plain file: a version line at the start of a line
_RESYNC = re.compile(rb"(?<=\n)WARC/(?:1\.[01]|0\.1[78])\r?\n")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# C0 and C1 controls and DEL; tab is allowed in header values (RFC 9110 field-value)
CONTROL_CHARS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class RawRecord:
    """Where one record is in the file, its WARC headers and the HTTP head's key facts."""

    offset: int  # first byte of the record (of its gzip member, in a .warc.gz)
    length: int  # raw bytes, trailing blank lines (or the whole gzip member) included
    version: str  # "WARC/1.0"
    headers: tuple[tuple[str, str], ...]  # as read, in order
    content_length: int
    http_status: int | None = None  # response records over HTTP
    http_content_type: str | None = None
    http_location: str | None = None
    oversize: bool = False  # over the size limit: framed, never read
    problem: str | None = None  # a reason not to trust its headers (control characters)
    _index: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name, value in self.headers:
            self._index.setdefault(name.lower(), value)

    def header(self, name: str) -> str | None:
        return self._index.get(name.lower())

    def headers_named(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    @property
    def record_id(self) -> str | None:
        return self.header("WARC-Record-ID")

    @property
    def record_type(self) -> str | None:
        value = self.header("WARC-Type")
        return value.lower() if value else None

    @property
    def target_uri(self) -> str | None:
        uri = self.header("WARC-Target-URI")
        # WARC 1.0 wrote it in angle brackets; 1.1 does not
        return uri[1:-1] if uri and uri.startswith("<") and uri.endswith(">") else uri

    @property
    def date(self) -> str | None:
        return self.header("WARC-Date")

    @property
    def payload_digest(self) -> str | None:
        return self.header("WARC-Payload-Digest")

    @property
    def concurrent_to(self) -> list[str]:
        return self.headers_named("WARC-Concurrent-To")

    @property
    def refers_to(self) -> str | None:
        return self.header("WARC-Refers-To")


@dataclass(frozen=True)
class Damage:
    """A stretch of the file that is not a sound record, and where reading resumed."""

    offset: int
    reason: str
    resumed_at: int | None  # None: nothing readable after it
    record_id: str | None = None
    target_uri: str | None = None


def is_warc(head: bytes) -> bool:
    """The first bytes of a file are a WARC record (plain, or gzip-compressed)."""
    if head.startswith(GZIP_MAGIC):
        try:
            return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return _WARC_LINE.match(head) is not None


def is_compressed(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def _parse_headers(block: bytes) -> tuple[str, list[tuple[str, str]], str | None]:
    """The version line, the header fields and a problem with them (control characters)."""
    # WARC headers are UTF-8 (WARC 1.1 §4); anything else is read as Latin-1 and flagged
    try:
        text = block.decode("utf-8")
        problem = None
    except UnicodeDecodeError:
        text = block.decode("latin-1")
        problem = "headers are not UTF-8"
    lines = re.split(r"\r?\n", text)
    version = lines[0].strip()
    fields: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        if line[0] in " \t" and fields:  # a continuation line (obsolete line folding)
            name, value = fields[-1]
            fields[-1] = (name, f"{value} {line.strip()}")
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip():
            problem = problem or f"malformed header line {line[:60]!r}"
            continue
        fields.append((name.strip(), value.strip(" \t")))
    for name, value in fields:
        if CONTROL_CHARS.search(name) or CONTROL_CHARS.search(value):
            problem = problem or f"header {name!r} holds control characters"
    return version, fields, problem


def _http_head(block_head: bytes) -> tuple[int | None, str | None, str | None]:
    """Status code, Content-Type and Location of an HTTP response head, when it is one."""
    end = _HEADER_END.search(block_head)
    if not block_head.startswith(b"HTTP/") or end is None:
        return None, None, None
    lines = block_head[: end.start()].decode("latin-1").splitlines()
    parts = lines[0].split(None, 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    ctype = location = None
    for line in lines[1:]:
        name, _, value = line.partition(":")
        key = name.strip().lower()
        if key == "content-type" and ctype is None:
            ctype = value.strip()
        elif key == "location" and location is None:
            location = value.strip()
    return status, ctype, location


class _Source:
    """Positioned reads from the file, in a bounded window."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.size = fh.seek(0, os.SEEK_END)

    def read(self, offset: int, n: int) -> bytes:
        self.fh.seek(offset)
        return self.fh.read(n)

    def find(self, pattern: re.Pattern[bytes], start: int, *, check=None) -> int | None:
        """The first match of pattern at or after start (windows overlap by the header limit)."""
        pos = start
        while pos < self.size:
            back = 1 if pos > 0 else 0  # one byte before, for a look-behind
            window = self.read(pos - back, back + _WINDOW + MAX_HEADER_BYTES)
            for m in pattern.finditer(window, back):
                at = m.start() - back
                if at >= _WINDOW and pos + _WINDOW < self.size:
                    break  # seen again, whole, in the next window
                if check is None or check(pos + at):
                    return pos + at
            pos += _WINDOW
        return None


def _frame_headers(
    raw: bytes, offset: int
) -> tuple[RawRecord | None, int, str | None, tuple[str | None, str | None]]:
    """Parse the WARC headers at the start of raw: (record, header length, error, (id, uri))."""
    if not _WARC_LINE.match(raw):
        return None, 0, "no WARC record starts here", (None, None)
    end = _HEADER_END.search(raw, 0, MAX_HEADER_BYTES)
    if end is None:
        return (
            None,
            0,
            f"WARC headers longer than {MAX_HEADER_BYTES} bytes or cut off",
            (None, None),
        )
    version, fields, problem = _parse_headers(raw[: end.start()])
    header_len = end.end()
    probe = RawRecord(offset, 0, version, tuple(fields), 0)
    ident = (probe.record_id, probe.target_uri)
    length = probe.header("Content-Length")
    if length is None or not length.isdigit():
        return None, header_len, f"Content-Length {length!r} is not a number", ident
    status, ctype, location = _http_head(raw[header_len:])
    record = RawRecord(
        offset,
        0,
        version,
        tuple(fields),
        int(length),
        http_status=status,
        http_content_type=ctype,
        http_location=location,
        problem=problem,
    )
    return record, header_len, None, ident


def _with_length(record: RawRecord, length: int, **changes: object) -> RawRecord:
    return RawRecord(
        record.offset,
        length,
        record.version,
        record.headers,
        record.content_length,
        http_status=record.http_status,
        http_content_type=record.http_content_type,
        http_location=record.http_location,
        oversize=bool(changes.get("oversize", record.oversize)),
        problem=record.problem,
    )


def scan_warc(fh: BinaryIO, *, max_record_bytes: int) -> Iterator[RawRecord | Damage]:
    """Every record of the open WARC file in file order, and every damaged stretch."""
    src = _Source(fh)
    head = src.read(0, 64)
    if is_compressed(head):
        yield from _scan_gzip(src, max_record_bytes)
    else:
        yield from _scan_plain(src, max_record_bytes)


# -- plain WARC ---------------------------------------------------------------------------


def _skip_blank_lines(src: _Source, pos: int) -> int:
    while True:
        chunk = src.read(pos, 4096)
        stripped = chunk.lstrip(b"\r\n")
        pos += len(chunk) - len(stripped)
        if stripped or not chunk:
            return pos


def _scan_plain(src: _Source, limit: int) -> Iterator[RawRecord | Damage]:
    pos = _skip_blank_lines(src, 0)
    while pos < src.size:
        raw = src.read(pos, MAX_HEADER_BYTES + 16 * 1024)
        record, header_len, error, (rid, uri) = _frame_headers(raw, pos)
        if record is None:
            resume = src.find(_RESYNC, pos + 1)
            yield Damage(pos, error or "unreadable record", resume, rid, uri)
            if resume is None:
                return
            pos = resume
            continue
        end = pos + header_len + record.content_length
        # a record ends with two CRLFs, then the next record or the end of the file
        tail = src.read(end, 4)
        after = _skip_blank_lines(src, end + 4) if tail == b"\r\n\r\n" else None
        if after is not None and (after >= src.size or _WARC_LINE.match(src.read(after, 16))):
            yield _with_length(record, after - pos, oversize=record.content_length > limit)
            pos = after
            continue
        resume = src.find(_RESYNC, pos + header_len)
        if end > src.size:
            reason = (
                f"record truncated: Content-Length {record.content_length} runs past the end "
                "of the file"
            )
        elif resume is not None and resume < end:
            reason = (
                f"record truncated or Content-Length {record.content_length} wrong: "
                f"the next record starts {resume - pos - header_len} bytes into its block"
            )
        else:
            reason = f"Content-Length {record.content_length} does not end the record"
        yield Damage(pos, reason, resume, rid, uri)
        if resume is None:
            return
        pos = resume


# -- gzip-compressed WARC (one gzip member per record) --------------------------------------


def _member_starts_record(src: _Source, offset: int) -> bool:
    try:
        d = zlib.decompressobj(31)
        return d.decompress(src.read(offset, 512), 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _next_member(src: _Source, start: int) -> int | None:
    pattern = re.compile(re.escape(GZIP_MAGIC))
    return src.find(pattern, start, check=lambda at: _member_starts_record(src, at))


def _salvage(src: _Source, pos: int) -> bytes:
    """What a damaged member inflates to before its damage (to name the record), fed in
    small steps: zlib keeps nothing of a call that fails."""
    d = zlib.decompressobj(31)
    out = bytearray()
    data = src.read(pos, MAX_HEADER_BYTES)
    for i in range(0, len(data), 16):
        start = max(0, len(out) - 4)
        try:
            out += d.decompress(data[i : i + 16])
        except zlib.error:
            break
        if d.eof or _HEADER_END.search(out, start) or len(out) > MAX_HEADER_BYTES:
            break
    return bytes(out)


def _scan_gzip(src: _Source, limit: int) -> Iterator[RawRecord | Damage]:
    pos = 0
    while pos < src.size:
        if src.read(pos, 3) != GZIP_MAGIC:
            if not src.read(pos, 4096).strip(b"\x00\r\n \t"):
                return  # padding at the end
            resume = _next_member(src, pos + 1)
            yield Damage(pos, "not a gzip member where a record should start", resume)
            if resume is None:
                return
            pos = resume
            continue
        outcome = _inflate_member(src, pos, limit)
        if isinstance(outcome, Damage):
            yield outcome
            if outcome.resumed_at is None:
                return
            pos = outcome.resumed_at
        else:
            yield outcome
            pos += outcome.length


def _inflate_member(src: _Source, pos: int, limit: int) -> RawRecord | Damage:
    """Frame the gzip member at pos: inflate its headers, then skip or inflate the rest."""
    d = zlib.decompressobj(31)
    consumed = 0  # compressed bytes fed to d
    head = bytearray()
    pending = b""
    try:
        # enough output for the WARC headers and the HTTP head
        while len(head) < MAX_HEADER_BYTES + 16 * 1024 and not d.eof:
            if not pending:
                pending = src.read(pos + consumed, 64 * 1024)
                consumed += len(pending)
                if not pending:
                    break
            head += d.decompress(pending, MAX_HEADER_BYTES + 16 * 1024 - len(head))
            pending = d.unconsumed_tail
    except zlib.error as exc:
        resume = _next_member(src, pos + 1)
        _, _, _, (rid, uri) = _frame_headers(_salvage(src, pos), pos)
        return Damage(pos, f"damaged gzip data ({exc})", resume, rid, uri)
    record, header_len, error, (rid, uri) = _frame_headers(bytes(head), pos)
    if record is None:
        return Damage(pos, error or "unreadable record", _next_member(src, pos + 1), rid, uri)
    expected = header_len + record.content_length + 4  # the block is followed by CRLF CRLF
    if record.content_length > limit:
        # not inflated: a bomb would cost minutes; the next record's member is searched for
        resume = _next_member(src, pos + 1)
        end = resume if resume is not None else src.size
        return _with_length(record, end - pos, oversize=True)
    produced = len(head)
    # the output from 4 bytes before the block's end: CRLF CRLF, then at most blank lines
    ending = bytearray(head[max(0, expected - 4) :])
    try:
        while not d.eof:
            if not pending:
                pending = src.read(pos + consumed, 64 * 1024)
                consumed += len(pending)
                if not pending:
                    break
            out = d.decompress(pending, 1 << 20)
            pending = d.unconsumed_tail
            if produced + len(out) > expected - 4:
                ending += out[max(0, expected - 4 - produced) :]
            produced += len(out)
            if produced > expected + MAX_HEADER_BYTES:
                resume = _next_member(src, pos + 1)
                return Damage(
                    pos,
                    "gzip member holds more than its record: the file is gzipped as a whole "
                    "or the member is a bomb (`warcio recompress` rewrites a whole-file gzip "
                    "record by record)",
                    resume,
                    rid,
                    uri,
                )
    except zlib.error as exc:
        resume = _next_member(src, pos + 1)
        return Damage(pos, f"damaged gzip data in the record ({exc})", resume, rid, uri)
    if not d.eof:
        # the inflater may have run on into the next members' bytes: look for them
        resume = _next_member(src, pos + 1)
        return Damage(pos, "record truncated: its gzip member does not end", resume, rid, uri)
    member_end = pos + consumed - len(d.unused_data)  # unused_data: all input past the end
    if produced < expected or ending[:4] != b"\r\n\r\n" or ending[4:].strip(b"\r\n"):
        what = "shorter than" if produced < expected else "longer than"
        return Damage(
            pos,
            f"record truncated or Content-Length {record.content_length} wrong: the record "
            f"is {what} its Content-Length",
            member_end if member_end < src.size else None,
            rid,
            uri,
        )
    return _with_length(record, member_end - pos)
