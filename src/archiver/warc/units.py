"""A WARC file in, its article pages out: one unit per HTML ``response`` record that is an
article, each with the records that belong to it and the photos it shows.

The scan runs twice over the file. The first pass frames every record
(:mod:`archiver.warc.framing`) and keeps only headers; the second reads, one at a time, the
records that matter: the HTML responses, then for each article its photos. A record that is
not an article is counted with the reason (the report's ``skipped``), so that nothing in the
file goes unmentioned; damage is reported with where reading resumed.

A unit's identity is its response record: WARC-Record-ID, WARC-Target-URI and
WARC-Payload-Digest; not the file, which may hold hundreds of pages.

A unit's records, copied byte for byte into a small WARC of its own (same compression as the
source, records in their original order): the response, every record tied to it
(WARC-Concurrent-To in either direction, WARC-Refers-To: its request and metadata), and the
same for each photo's response.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from archiver.imagemeta import ImageInfo, NotAnImage, read_image_info
from archiver.warc.framing import CONTROL_CHARS, Damage, RawRecord, is_compressed, scan_warc
from archiver.warc.pages import (
    MIN_ARTICLE_WORDS,
    PageMarkers,
    Verdict,
    figure_images,
    page_markers,
)
from archiver.warc.records import RecordError, read_raw, read_record

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A WET file's conversion records (Common Crawl's extracted text): a page as plain text.
TEXT_TYPE = "text/plain"


@dataclass(frozen=True)
class RecordRef:
    """How a record is named in bag-info and NewsML."""

    record_id: str
    record_type: str
    target_uri: str | None
    date: str | None
    payload_digest: str | None


@dataclass(frozen=True)
class CapturedPhoto:
    url: str  # the URL the page shows it under, as captured
    record: RecordRef
    data: bytes  # the HTTP payload: the image file
    info: ImageInfo
    figure: int  # 1-based position of its figure in the page
    candidates: tuple[str, ...] = ()  # every URL the figure names for its image


@dataclass(frozen=True)
class PageUnit:
    """One article page of a WARC, with what its bag needs."""

    warc_name: str
    warc_sha256: str
    response: RecordRef
    url: str
    captured: str  # WARC-Date of the response
    html: bytes  # the HTTP payload, decoded
    http_content_type: str | None
    markers: PageMarkers
    verdict: Verdict
    records: tuple[RecordRef, ...]  # every record in the small WARC, in file order
    warc_bytes: bytes  # the small WARC: the records' raw bytes, concatenated
    compressed: bool
    photos: tuple[CapturedPhoto, ...]
    warnings: tuple[str, ...]  # photos named by the page but not usable, and why


@dataclass(frozen=True)
class Skipped:
    offset: int
    record_id: str | None
    target_uri: str | None
    reason: str


@dataclass
class WarcReport:
    """Everything a WARC held that did not become an article, and its damage."""

    records: int = 0
    articles: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    damage: list[Damage] = field(default_factory=list)


def _ref(rec: RawRecord) -> RecordRef:
    return RecordRef(
        record_id=rec.record_id or "",
        record_type=rec.record_type or "",
        target_uri=rec.target_uri,
        date=rec.date,
        payload_digest=rec.payload_digest,
    )


def _media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def _sha256_file(fh: BinaryIO) -> str:
    fh.seek(0)
    digest = hashlib.sha256()
    while chunk := fh.read(1 << 20):
        digest.update(chunk)
    return digest.hexdigest()


def _date_key(value: str | None) -> float:
    try:
        return datetime.fromisoformat((value or "").replace("Z", "+00:00")).timestamp()
    except ValueError:
        return float("inf")


Judge = Callable[[bytes, str, PageMarkers], Verdict]


class WarcFile:
    """The records of one WARC file; :meth:`pages` yields its article units."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_record_bytes: int,
        data: bytes | None = None,
        name: str | None = None,
    ) -> None:
        """The WARC at path, or (standard input) given as data; name: the name a bag gives it."""
        self.path = os.fspath(path)
        self.data = data
        self.name = name or PurePosixPath(self.path.replace(os.sep, "/")).name
        self.max_record_bytes = max_record_bytes
        self.report = WarcReport()
        self._records: list[RawRecord] = []
        self._by_id: dict[str, int] = {}
        self._linked: dict[str, list[int]] = defaultdict(list)  # record id -> records tied to it
        self._by_uri: dict[str, list[int]] = defaultdict(list)  # URI -> its response records
        self.sha256 = ""
        self.compressed = False

    # -- first pass -----------------------------------------------------------------------

    def _index(self, fh: BinaryIO) -> None:
        self.compressed = is_compressed(fh.read(4))
        self.sha256 = _sha256_file(fh)
        for item in scan_warc(fh, max_record_bytes=self.max_record_bytes):
            if isinstance(item, Damage):
                self.report.damage.append(item)
                continue
            index = len(self._records)
            self._records.append(item)
            self.report.records += 1
            rid = item.record_id
            if rid and item.problem is None:
                self._by_id.setdefault(rid, index)
                for other in item.concurrent_to:
                    self._linked[other].append(index)
                if item.refers_to:
                    self._linked[item.refers_to].append(index)
                if item.record_type == "response" and item.target_uri:
                    self._by_uri[item.target_uri].append(index)

    def _skip(self, rec: RawRecord, reason: str) -> None:
        self.report.skipped.append(Skipped(rec.offset, rec.record_id, rec.target_uri, reason))

    def _candidate_reason(self, rec: RawRecord) -> str | None:
        """Why this record cannot be an article page (None: read it and judge)."""
        kind = rec.record_type or "untyped"
        if rec.problem:
            return f"unsafe headers: {rec.problem}"
        if not rec.record_id:
            return "no WARC-Record-ID"
        uri = rec.target_uri
        if kind == "revisit":
            return "revisit record (payload stored elsewhere)"
        if kind != "response":
            return f"{kind} record"
        if not uri or CONTROL_CHARS.search(uri) or any(c.isspace() for c in uri):
            return "target URI missing or holds control characters"
        if rec.oversize:
            return (
                f"record over the {self.max_record_bytes}-byte limit ({rec.content_length} bytes)"
            )
        status = rec.http_status
        if status is None:
            return "not an HTTP response"
        if 300 <= status < 400:
            return f"redirect ({status}) to {rec.http_location or 'nowhere'}"
        if status != 200:
            return f"HTTP status {status}"
        media = _media_type(rec.http_content_type)
        if media and media not in HTML_TYPES:
            return f"not HTML ({media})"
        return None

    # -- second pass ----------------------------------------------------------------------

    def pages(self, judge: Judge) -> Iterator[PageUnit]:
        """Every article unit, in file order; the rest lands in :attr:`report` at the end."""
        with open(self.path, "rb") if self.data is None else io.BytesIO(self.data) as fh:
            self._index(fh)
            used: set[int] = set()  # records in some article's bag
            judged: dict[int, str] = {}  # why a record read as a page is not an article
            for index, rec in enumerate(self._records):
                if index in used:
                    continue
                if _is_conversion(rec):
                    text = self._converted(fh, index, rec, judged)
                    if text is not None:
                        used.update(self._group(index))
                        self.report.articles += 1
                        yield text
                    continue
                if self._candidate_reason(rec) is not None:
                    continue
                try:
                    read = read_record(fh, rec, max_payload=self.max_record_bytes)
                except RecordError as exc:
                    judged[index] = f"unreadable: {exc}"
                    continue
                if not _media_type(rec.http_content_type) and not _looks_html(read.payload):
                    judged[index] = "not HTML (no Content-Type, content not HTML)"
                    continue
                url = rec.target_uri or ""
                markers = page_markers(read.payload, url)
                verdict = judge(read.payload, url, markers)
                if not verdict.is_article:
                    judged[index] = verdict.reason
                    continue
                unit, members = self._unit(fh, index, rec, read.payload, markers, verdict)
                used.update(members)
                self.report.articles += 1
                yield unit
            # every record that is in no bag is counted, with its reason
            for index, rec in enumerate(self._records):
                if index not in used:
                    reason = judged.get(index) or self._candidate_reason(rec) or "not used"
                    self._skip(rec, reason)

    def _converted(
        self, fh: BinaryIO, index: int, rec: RawRecord, judged: dict[int, str]
    ) -> PageUnit | None:
        """A WET file's ``conversion`` record: the page's text as the crawler extracted it,
        read as a plain-text capture when it holds an article's worth of words."""
        try:
            read = read_record(fh, rec, max_payload=self.max_record_bytes)
        except RecordError as exc:
            judged[index] = f"unreadable: {exc}"
            return None
        words = len(read.payload.split())
        if words < MIN_ARTICLE_WORDS:
            judged[index] = (
                f"not an article: {words} words of converted text (fewer than {MIN_ARTICLE_WORDS})"
            )
            return None
        ordered = self._group(index)
        raw = b"".join(read_raw(fh, self._records[i]) for i in ordered)
        return PageUnit(
            warc_name=self.name,
            warc_sha256=self.sha256,
            response=_ref(rec),
            url=rec.target_uri or "",
            captured=rec.date or "",
            html=read.payload,
            http_content_type=TEXT_TYPE,
            markers=PageMarkers(frozenset(), None, None),
            verdict=Verdict(True, f"{words} words of converted text"),
            records=tuple(_ref(self._records[i]) for i in ordered),
            warc_bytes=raw,
            compressed=self.compressed,
            photos=(),
            warnings=(),
        )

    def _group(self, index: int) -> list[int]:
        """The record and every record tied to it, by index."""
        rec = self._records[index]
        group = {index, *self._linked.get(rec.record_id or "", [])}
        for other in rec.concurrent_to:
            if other in self._by_id:
                group.add(self._by_id[other])
        return sorted(i for i in group if self._records[i].record_type != "warcinfo")

    def _unit(
        self,
        fh: BinaryIO,
        index: int,
        rec: RawRecord,
        html: bytes,
        markers: PageMarkers,
        verdict: Verdict,
    ) -> tuple[PageUnit, list[int]]:
        url = rec.target_uri or ""
        photos: list[CapturedPhoto] = []
        warnings: list[str] = []
        members = set(self._group(index))
        seen_photo_records: set[int] = set()
        for number, candidates in enumerate(figure_images(html, url), start=1):
            found = self._photo(fh, candidates, rec, number, warnings, seen_photo_records)
            if found is not None:
                photo_index, photo = found
                photos.append(photo)
                members.update(self._group(photo_index))
        ordered = sorted(members, key=lambda i: self._records[i].offset)
        raw = b"".join(read_raw(fh, self._records[i]) for i in ordered)
        unit = PageUnit(
            warc_name=self.name,
            warc_sha256=self.sha256,
            response=_ref(rec),
            url=url,
            captured=rec.date or "",
            html=html,
            http_content_type=rec.http_content_type,
            markers=markers,
            verdict=verdict,
            records=tuple(_ref(self._records[i]) for i in ordered),
            warc_bytes=raw,
            compressed=self.compressed,
            photos=tuple(photos),
            warnings=tuple(warnings),
        )
        return unit, ordered

    def _photo(
        self,
        fh: BinaryIO,
        candidates: list[str],
        page: RawRecord,
        number: int,
        warnings: list[str],
        seen: set[int],
    ) -> tuple[int, CapturedPhoto] | None:
        """The best captured rendition of one figure's image, or None (with a warning)."""
        problems: list[str] = []
        for url in candidates:
            # the capture nearest in time to the page's
            indexes = sorted(
                (
                    i
                    for i in self._by_uri.get(url, [])
                    if self._records[i].http_status == 200 and not self._records[i].problem
                ),
                key=lambda i: abs(_date_key(self._records[i].date) - _date_key(page.date)),
            )
            for i in indexes:
                if i in seen:
                    return None  # the same image in two figures: kept once
                rec = self._records[i]
                if rec.oversize:
                    problems.append(f"{url}: over the size limit")
                    continue
                try:
                    read = read_record(fh, rec, max_payload=self.max_record_bytes)
                    info = read_image_info(read.payload)
                except RecordError as exc:
                    problems.append(f"{url}: {exc}")
                    continue
                except NotAnImage as exc:
                    problems.append(f"{url}: not an image ({exc})")
                    continue
                seen.add(i)
                photo = CapturedPhoto(url, _ref(rec), read.payload, info, number, tuple(candidates))
                return i, photo
        if problems:
            warnings.append(f"photo {number}: {problems[0]}")
        return None


def _is_conversion(rec: RawRecord) -> bool:
    """A ``conversion`` record of plain text with its identity and page address (a WET
    file's record of a page's extracted text), safe to read."""
    return (
        rec.record_type == "conversion"
        and _media_type(rec.header("Content-Type")) == TEXT_TYPE
        and bool(rec.record_id)
        and bool(rec.target_uri)
        and rec.problem is None
        and not rec.oversize
    )


def _looks_html(payload: bytes) -> bool:
    head = payload[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) and b"<html" in (
        payload[:4096].lower()
    )


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/tiff": ".tif",
    "image/avif": ".avif",
}


def photo_file_name(photo: CapturedPhoto) -> str:
    """``NN-<name from the URL>.<extension of its real type>``: unique, portable, readable."""
    stem = PurePosixPath(unquote(urlsplit(photo.url).path)).stem
    stem = _SAFE.sub("-", stem).strip("-.")[:60] or "photo"
    ext = _EXTENSIONS.get(photo.info.media_type, ".bin")
    return f"{photo.figure:02d}-{stem}{ext}"


def small_warc_name(unit: PageUnit) -> str:
    """The unit's own WARC: the source's name and the response record's short digest."""
    stem = unit.warc_name
    for suffix in (".gz", ".warc"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
    stem = _SAFE.sub("-", stem).strip("-.")[:80] or "capture"
    short = hashlib.sha256(unit.response.record_id.encode("utf-8")).hexdigest()[:12]
    return f"{stem}-{short}.warc{'.gz' if unit.compressed else ''}"
