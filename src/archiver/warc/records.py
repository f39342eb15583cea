"""Read one framed record with warcio, from its exact raw bytes.

The raw bytes (a plain record with its trailing blank lines, or a whole gzip member) are what
a bag copies; warcio parses them, undoes HTTP chunking and Content-Encoding, and checks the
WARC-Block-Digest and WARC-Payload-Digest while the payload is read. The decoded payload is
read up to a limit, so an encoded bomb inside an honest record costs no more than the limit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from archiver.warc.framing import RawRecord


class RecordError(Exception):
    """The record cannot be used; the message is the reason, for the report."""


@dataclass(frozen=True)
class ReadRecord:
    raw: bytes  # the record as stored in the file, byte for byte
    payload: bytes  # the HTTP body, de-chunked and decoded (Content-Encoding undone)
    http_headers: tuple[tuple[str, str], ...]
    digests_checked: bool  # the record carried a block or payload digest and it matched


def read_raw(fh: BinaryIO, record: RawRecord) -> bytes:
    fh.seek(record.offset)
    data = fh.read(record.length)
    if len(data) != record.length:
        raise RecordError("the file changed while it was read")
    return data


def read_record(fh: BinaryIO, record: RawRecord, *, max_payload: int) -> ReadRecord:
    """The record's raw bytes and decoded payload, its digests checked (RecordError if wrong)."""
    raw = read_raw(fh, record)
    try:
        records = ArchiveIterator(io.BytesIO(raw), check_digests=True)
        parsed = next(iter(records))
        stream = parsed.content_stream()
        payload = stream.read(max_payload + 1)
        if len(payload) > max_payload:
            raise RecordError(f"payload decodes to more than the {max_payload}-byte limit")
        # read what is left so that warcio finishes the digests over the whole block
        while parsed.raw_stream.read(1 << 16):
            pass
    except RecordError:
        raise
    except (ArchiveLoadFailed, StatusAndHeadersParserException, StopIteration) as exc:
        raise RecordError(
            f"warcio cannot read the record: {str(exc).strip() or type(exc).__name__}"
        ) from None
    except (OSError, ValueError, EOFError) as exc:  # zlib/brotli errors of Content-Encoding
        raise RecordError(f"payload cannot be decoded: {exc}") from None
    problems = parsed.digest_checker.problems
    if problems:
        raise RecordError(f"digest mismatch: {problems[0]}")
    headers = tuple(parsed.http_headers.headers) if parsed.http_headers else ()
    return ReadRecord(
        raw=raw,
        payload=payload,
        http_headers=tuple((str(k), str(v)) for k, v in headers),
        digests_checked=parsed.digest_checker.passed is True,
    )
