"""Reading text tag files: the bag declaration, bag-info.txt and fetch.txt (manifests: `manifests`).

Lines end with LF, CR or CRLF (RFC 8493 §2.3). Lines are read with a bounded buffer: a line
longer than the limit is reported (E011) and skipped, never held whole, so a manifest with a
line of a gigabyte costs no more memory than one of a kilobyte. Bytes that are not valid in the
declared encoding are reported once per file (E010) and kept as surrogate escapes, so the rest
of the file is still read and nothing crashes.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from archiver.bagcheck.findings import Finding, finding

Report = Callable[[Finding], None]

CHUNK = 1 << 20
DEFAULT_MAX_LINE = 64 * 1024
# bag-info.txt and fetch.txt larger than this are refused unread (and not hashed): a planted
# 10 GB bag-info.txt would otherwise be read and hashed in full
MAX_TEXT_TAG_BYTES = 64 << 20
_EOL_BYTES = re.compile(rb"\r\n|\r|\n")
_EOL_TEXT = re.compile(r"\r\n|\r|\n")

KNOWN_VERSIONS = {(0, 93), (0, 94), (0, 95), (0, 96), (0, 97), (1, 0)}
# RFC 8493's ABNF DIGIT is ASCII 0-9 only (\d would take fullwidth or Arabic-Indic digits,
# which int() then reads as numbers); counts longer than MAX_DIGITS are no real size (and
# int() refuses text of over 4,300 digits).
MAX_DIGITS = 20
DIGITS = re.compile(r"[0-9]+", re.ASCII)
_VERSION = re.compile(r"^([0-9]{1,9})\.([0-9]{1,9})$", re.ASCII)


def ascii_compatible(encoding: str) -> bool:
    """True when line ends are single bytes CR/LF, so lines can be split before decoding."""
    try:
        return "\r\n:abc /%".encode(encoding) == b"\r\n:abc /%"
    except (LookupError, UnicodeError):
        return False


def is_utf8(encoding: str) -> bool:
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def open_regular(path: Path) -> int:
    """Open a file for reading without following a final symlink or blocking on a FIFO."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name}: not a regular file")
    except BaseException:
        os.close(fd)
        raise
    return fd


def _split(chunks: Iterator, eol: re.Pattern, max_line: int, empty, cr) -> Iterator:
    """Yield lines (bytes or str) from chunks; None stands for a line over max_line."""
    lf = b"\n" if isinstance(cr, bytes) else "\n"
    buf = empty
    overlong = False
    for chunk in chunks:
        buf = buf + chunk if buf else chunk
        if cr not in buf and not overlong:
            # the common case, LF only: split in C
            *lines, buf = buf.split(lf)
            for line in lines:
                yield line if len(line) <= max_line else None
        else:
            pos = 0
            while True:
                m = eol.search(buf, pos)
                if m is None:
                    break
                if m.end() == len(buf) and buf[-1:] == cr:
                    break  # a CR at the end of the buffer may be the first half of CRLF
                yield None if overlong or m.start() - pos > max_line else buf[pos : m.start()]
                overlong = False
                pos = m.end()
            buf = buf[pos:]
        if len(buf) > max_line:
            overlong = True
            buf = cr if buf[-1:] == cr else empty
    if buf or overlong:
        if buf == cr:
            yield None if overlong else empty
        else:
            tail = buf[:-1] if buf[-1:] == cr else buf
            yield None if overlong or len(tail) > max_line else tail


@dataclass
class TagFile:
    """One text tag file read line by line in its declared encoding."""

    path: Path
    rel: str
    encoding: str
    report: Report
    max_line: int = DEFAULT_MAX_LINE
    bad_lines: int = 0
    first_bad: int = 0
    readable: bool = True
    max_bytes: int | None = None  # larger files are refused unread (bag-info.txt, fetch.txt)

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, text) for each line; problems go to report."""
        try:
            fd = open_regular(self.path)
        except OSError as exc:
            self.readable = False
            self.report(finding("E012", self.rel, f"cannot read: {_reason(exc)}"))
            return
        if self.max_bytes is not None and os.fstat(fd).st_size > self.max_bytes:
            size = os.fstat(fd).st_size
            os.close(fd)
            self.readable = False
            self.report(
                finding(
                    "E012",
                    self.rel,
                    f"not read: {size} bytes, more than the {self.max_bytes} a text tag file "
                    "of this kind may have",
                )
            )
            return
        with os.fdopen(fd, "rb", buffering=0) as fh:
            try:
                if ascii_compatible(self.encoding):
                    yield from self._ascii_lines(fh)
                else:
                    yield from self._wide_lines(fh)
            except OSError as exc:
                self.report(finding("E012", self.rel, f"read error: {_reason(exc)}"))
        if self.bad_lines:
            self.report(
                finding(
                    "E010",
                    self.rel,
                    f"not valid {self.encoding}: {self.bad_lines} line(s), first at line "
                    f"{self.first_bad}",
                )
            )

    def _chunks(self, fh) -> Iterator[bytes]:
        while chunk := fh.read(CHUNK):
            yield chunk

    def _ascii_lines(self, fh) -> Iterator[tuple[int, str]]:
        utf8 = is_utf8(self.encoding)
        chunks = self._chunks(fh)
        first = next(chunks, b"")
        if utf8 and first.startswith(codecs.BOM_UTF8):
            self.report(finding("W010", self.rel, "UTF-8 tag file starts with a byte-order mark"))
            first = first[3:]

        def all_chunks() -> Iterator[bytes]:
            if first:
                yield first
            yield from chunks

        for number, raw in enumerate(
            _split(all_chunks(), _EOL_BYTES, self.max_line, b"", b"\r"), 1
        ):
            if raw is None:
                self._overlong(number)
                continue
            try:
                text = raw.decode(self.encoding)
            except UnicodeDecodeError:
                self.bad_lines += 1
                self.first_bad = self.first_bad or number
                text = raw.decode(self.encoding, "surrogateescape")
            yield number, text

    def _wide_lines(self, fh) -> Iterator[tuple[int, str]]:
        decoder = codecs.getincrementaldecoder(self.encoding)("strict")
        state = {"number": 0}

        def texts() -> Iterator[str]:
            first = True
            for chunk in self._chunks(fh):
                try:
                    text = decoder.decode(chunk)
                except UnicodeDecodeError:
                    self.bad_lines += 1
                    self.first_bad = self.first_bad or state["number"] + 1
                    return
                if first and text.startswith("\ufeff"):
                    text = text[1:]  # a BOM the encoding needs (UTF-16/32 without order)
                first = False
                if text:
                    yield text
            try:
                tail = decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                self.bad_lines += 1
                self.first_bad = self.first_bad or state["number"] + 1
                return
            if tail:
                yield tail

        for text in _split(texts(), _EOL_TEXT, self.max_line, "", "\r"):
            state["number"] += 1
            if text is None:
                self._overlong(state["number"])
                continue
            yield state["number"], text

    def _overlong(self, number: int) -> None:
        self.report(
            finding(
                "E011",
                self.rel,
                f"line {number} is longer than {self.max_line} bytes; not read",
            )
        )


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- the bag declaration ------------------------------------------------------------------------


@dataclass
class Declaration:
    version: tuple[int, int] | None = None
    version_text: str | None = None
    encoding: str = "utf-8"  # the codec to read the other tag files with
    encoding_text: str | None = None


_DECL_LINE = re.compile(r"^([^:]*):(.*)$")


def read_declaration(root: Path, report: Report) -> Declaration | None:
    """Read bagit.txt; None when it is missing or unreadable (reported)."""
    path = root / "bagit.txt"
    decl = Declaration()
    try:
        fd = open_regular(path)
    except FileNotFoundError:
        report(finding("E001", "bagit.txt", "bagit.txt not found"))
        return None
    except OSError as exc:
        if path.is_symlink() or not path.exists():
            report(finding("E001", "bagit.txt", f"bagit.txt is not a regular file: {exc}"))
        else:
            report(finding("E012", "bagit.txt", f"cannot read: {_reason(exc)}"))
        return None
    with os.fdopen(fd, "rb") as fh:
        data = fh.read(64 * 1024 + 1)
    if len(data) > 64 * 1024:
        report(finding("E002", "bagit.txt", "bagit.txt is far longer than two lines"))
        data = data[: 64 * 1024]
    if data.startswith(codecs.BOM_UTF8):
        report(finding("E003", "bagit.txt", "bagit.txt must not start with a byte-order mark"))
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        report(finding("E004", "bagit.txt", f"bagit.txt is not UTF-8: {exc.reason}"))
        text = data.decode("utf-8", "replace")
    lines = _EOL_TEXT.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    content = [line for line in lines if line.strip()]
    if len(content) != len(lines):
        report(finding("W002", "bagit.txt", "bagit.txt has blank lines"))
    expected = ("BagIt-Version", "Tag-File-Character-Encoding")
    values: dict[str, str] = {}
    for index, line in enumerate(content):
        m = _DECL_LINE.match(line)
        if m is None:
            report(finding("E002", "bagit.txt", f"line {index + 1} is not 'Label: value'"))
            continue
        label, rest = m.group(1), m.group(2)
        canonical = next((e for e in expected if e.lower() == label.lower()), None)
        if canonical is None:
            report(
                finding(
                    "E002",
                    "bagit.txt",
                    f"unexpected line {index + 1} {label.strip()!r}: bagit.txt holds exactly "
                    "BagIt-Version and Tag-File-Character-Encoding",
                )
            )
            continue
        if canonical in values:
            report(finding("E002", "bagit.txt", f"{canonical} appears twice"))
            continue
        if label != canonical:
            report(finding("W002", "bagit.txt", f"label {label!r} should be {canonical!r}"))
        if index != expected.index(canonical):
            report(finding("E002", "bagit.txt", f"{canonical} is on line {index + 1}"))
        if not (rest[:1] in (" ", "\t") and rest[1:2] not in (" ", "\t") and rest[1:].strip()):
            report(
                finding(
                    "E002",
                    "bagit.txt",
                    f"line {index + 1}: expected '{canonical}: value' with one space",
                )
            )
        elif rest != rest.rstrip():
            report(finding("E002", "bagit.txt", f"line {index + 1}: trailing whitespace"))
        values[canonical] = rest.strip()
    version_text = values.get("BagIt-Version")
    if version_text is None:
        report(finding("E002", "bagit.txt", "BagIt-Version is missing"))
    else:
        decl.version_text = version_text
        m = _VERSION.match(version_text)
        if m is None:
            report(
                finding(
                    "E005",
                    "bagit.txt",
                    f"BagIt-Version {_clip(version_text)!r} is not M.N (ASCII digits)",
                )
            )
        else:
            version = (int(m.group(1)), int(m.group(2)))
            if version in KNOWN_VERSIONS:
                decl.version = version
            elif (0, 93) <= version < (2, 0):
                decl.version = version
                report(
                    finding(
                        "W003",
                        "bagit.txt",
                        f"BagIt-Version {version_text} is not a published version; "
                        "checked by the 1.0 rules",
                    )
                )
            else:
                report(
                    finding("E005", "bagit.txt", f"BagIt-Version {version_text} is not supported")
                )
    encoding = values.get("Tag-File-Character-Encoding")
    if encoding is None:
        report(finding("E002", "bagit.txt", "Tag-File-Character-Encoding is missing"))
    else:
        decl.encoding_text = encoding
        try:
            codecs.lookup(encoding)
            decl.encoding = encoding
            if not is_utf8(encoding):
                report(
                    finding("W001", "bagit.txt", f"tag files are {encoding}; UTF-8 is recommended")
                )
        except LookupError:
            report(finding("E006", "bagit.txt", f"unknown encoding {encoding!r}; reading as UTF-8"))
    return decl


# -- bag-info.txt -------------------------------------------------------------------------------


@dataclass
class BagInfo:
    """The elements of bag-info.txt in order, labels as written."""

    elements: list[tuple[str, str]] = field(default_factory=list)
    present: bool = False

    def values(self, label: str) -> list[str]:
        wanted = label.lower()
        return [v for k, v in self.elements if k.lower() == wanted]

    def first(self, label: str) -> str | None:
        found = self.values(label)
        return found[0] if found else None


_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", re.ASCII)
_BAG_COUNT = re.compile(r"^[0-9]+ of ([0-9]+|\?)$", re.ASCII)
_OXUM = re.compile(r"^([0-9]+)\.([0-9]+)$", re.ASCII)
SHOULD_NOT_REPEAT = ("Bagging-Date", "Bag-Size", "Bag-Group-Identifier", "Bag-Count")


def parse_bag_info(
    lines: Iterator[tuple[int, str]], rel: str, version: tuple[int, int], report: Report
) -> BagInfo:
    info = BagInfo(present=True)
    strict = version >= (1, 0)
    label: str | None = None
    parts: list[str] = []

    def close() -> None:
        if label is not None:
            info.elements.append((label, "\n".join(parts)))

    for number, line in lines:
        if not line.strip():
            continue
        if line[0] in " \t":
            if label is None:
                report(finding("E020", rel, f"line {number}: continuation line with no element"))
                continue
            parts.append(line.strip())
            continue
        close()
        label, parts = None, []
        if ":" not in line:
            report(finding("E020", rel, f"line {number}: no ':' between label and value"))
            continue
        name, value = line.split(":", 1)
        if not name.strip():
            report(finding("E020", rel, f"line {number}: empty label"))
            continue
        if strict:
            if name != name.rstrip():
                report(finding("E020", rel, f"line {number}: whitespace before ':'"))
            if value and value[0] not in " \t":
                report(finding("E020", rel, f"line {number}: no space after ':'"))
            value = value[1:] if value[:1] in (" ", "\t") else value
        label, parts = name.strip(), [value.strip()]
    close()
    _check_reserved(info, rel, report)
    return info


def _check_reserved(info: BagInfo, rel: str, report: Report) -> None:
    oxums = info.values("Payload-Oxum")
    if len(oxums) > 1:
        report(finding("E022", rel, f"Payload-Oxum appears {len(oxums)} times"))
    for value in oxums[:1]:
        m = _OXUM.match(value)
        if not m:
            report(
                finding(
                    "E021",
                    rel,
                    f"Payload-Oxum {_clip(value)!r} is not OctetCount.StreamCount (ASCII digits)",
                )
            )
        elif max(len(m.group(1)), len(m.group(2))) > MAX_DIGITS:
            report(
                finding(
                    "E021",
                    rel,
                    f"Payload-Oxum {_clip(value)!r} has more than {MAX_DIGITS} digits: "
                    "no payload is that large",
                )
            )
    for name in SHOULD_NOT_REPEAT:
        count = len(info.values(name))
        if count > 1:
            report(finding("W020", rel, f"{name} appears {count} times"))
    for value in info.values("Bagging-Date")[:1]:
        if not _DATE.match(value):
            report(finding("W021", rel, f"Bagging-Date {value!r} is not YYYY-MM-DD"))
    for value in info.values("Bag-Count")[:1]:
        if not _BAG_COUNT.match(value):
            report(finding("W021", rel, f"Bag-Count {value!r} is not 'N of T'"))


def parse_oxum(info: BagInfo) -> tuple[int, int] | None:
    """(octets, streams), or None when absent or malformed (reported by _check_reserved)."""
    value = info.first("Payload-Oxum")
    m = _OXUM.match(value) if value is not None else None
    if m is None or max(len(m.group(1)), len(m.group(2))) > MAX_DIGITS:
        return None
    return int(m.group(1)), int(m.group(2))


def parse_count(text: str) -> int | None:
    """A byte count written in ASCII digits (fetch.txt lengths), else None."""
    if len(text) > MAX_DIGITS or not DIGITS.fullmatch(text):
        return None
    return int(text)


def _clip(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else f"{value[:limit]}... ({len(value)} characters)"


# -- fetch.txt ------------------------------------------------------------------------------------

_FETCH_LINE = re.compile(r"^([^ \t]+)[ \t]+([^ \t]+)[ \t]+(.*)$", re.DOTALL)


def split_fetch_line(line: str) -> tuple[str, str, str] | None:
    m = _FETCH_LINE.match(line)
    return (m.group(1), m.group(2), m.group(3)) if m and m.group(3) else None
