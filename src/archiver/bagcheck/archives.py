"""Serialized bags (tar, tar.gz/tgz, tar.bz2, tar.xz, zip), unpacked only into a private folder.

Every entry is judged before a byte of it is written: an absolute name, a ``..`` segment, a
link, a device file or FIFO, a name with NUL/control characters or backslashes, a second
top-level entry, a duplicate name, an encrypted entry, too many entries, a total past the size
limit or an entry that expands more than the ratio limit is refused, and the whole archive
with it (an error finding; the bag is invalid). Files are created with O_EXCL|O_NOFOLLOW under
a folder made by ``tempfile.mkdtemp`` (mode 0700) and never given the archive's modes, and the
folder is removed afterwards whatever happens, so nothing lands outside it.

Tar is read in one streaming pass (each member is judged from its header, then copied with a
running byte count, so a lying header or a gzip bomb stops at the limit); zip is judged from
its central directory first, then copied with the same counts.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from archiver.bagcheck.findings import Finding, finding
from archiver.safefs import make_folders, remove_tree

if TYPE_CHECKING:
    import bz2
    import gzip
    import lzma
    import tarfile
    import zipfile

# tarfile, zipfile, zlib, tempfile and shutil are imported where an archive is unpacked: most
# bags validated are folders, and a folder's validation should not pay for them at startup.

Report = Callable[[Finding], None]

GiB = 1 << 30
DEFAULT_MAX_BYTES = 4 * GiB
DEFAULT_MAX_RATIO = 200.0
DEFAULT_MAX_ENTRIES = 1_000_000
RATIO_FLOOR = 1 << 20  # entries smaller than this are never called bombs
COPY_CHUNK = 1 << 20

SUFFIXES = {
    ".tar.gz": "tgz",
    ".tgz": "tgz",
    ".tar.bz2": "tbz2",
    ".tbz2": "tbz2",
    ".tar.xz": "txz",
    ".txz": "txz",
    ".tar": "tar",
    ".zip": "zip",
}

MIME_TYPES = {
    "zip": {"application/zip", "application/x-zip", "application/x-zip-compressed"},
    "tar": {"application/tar", "application/x-tar", "application/x-gtar"},
    "tgz": {
        "application/gzip",
        "application/x-gzip",
        "application/tar+gzip",
        "application/x-tar+gzip",
        "application/x-gtar",
        "application/x-compressed-tar",
        "application/x-tgz",
    },
    "tbz2": {"application/x-bzip2", "application/x-bzip2-compressed-tar", "application/x-gtar"},
    "txz": {"application/x-xz", "application/x-xz-compressed-tar", "application/x-gtar"},
}

# Patterns compiled by re (and cached) on first use: only archives need them.
_WINDOWS_ABS = r"^[A-Za-z]:"
_CONTROL = r"[\x00-\x1f\x7f]"


@dataclass
class Limits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_ratio: float = DEFAULT_MAX_RATIO
    max_entries: int = DEFAULT_MAX_ENTRIES


def archive_kind(path: Path) -> str | None:
    """The serialization of a file, by its first bytes, else by its name; None if neither."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError:
        head = b""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\x1f\x8b"):
        return "tgz"
    if head.startswith(b"BZh"):
        return "tbz2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "txz"
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    name = path.name.lower()
    for suffix, kind in SUFFIXES.items():
        if name.endswith(suffix):
            return kind
    return None


def archive_stem(path: Path) -> str:
    name = path.name
    for suffix in SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


class Refused(Exception):
    def __init__(self, code: str, entry: str | None, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.entry = entry
        self.message = message


@functools.cache
def _zip_methods() -> tuple[int, ...]:
    """The compression methods a zip entry may use (stored, deflate, bzip2, lzma)."""
    import zipfile  # lazily: only zip archives need it

    return (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def _judge_name(name: str) -> list[str]:
    """The entry's path segments ("./" and empty segments dropped), or Refused."""
    if "\x00" in name or re.search(_CONTROL, name):
        raise Refused("E211", name, "entry name contains NUL or a control character")
    if "\\" in name:
        raise Refused("E211", name, "entry name contains a backslash")
    if name.startswith("/") or re.match(_WINDOWS_ABS, name):
        raise Refused("E201", name, "entry has an absolute name")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise Refused("E202", name, "entry name has a '..' segment")
    return parts


def entry_name_problem(name: str) -> str | None:
    """Why an archive entry of this name would be refused, or None: what `package
    --serialize` checks before it writes an archive, so it never writes one we refuse."""
    try:
        _judge_name(name)
    except Refused as refusal:
        return refusal.message
    return None


class _Unpacker:
    def __init__(self, dest: Path, limits: Limits, archive_name: str) -> None:
        self.dest = dest
        self.limits = limits
        self.archive_name = archive_name
        self.top: str | None = None
        self.seen: set[str] = set()
        self.total = 0
        self.entries = 0
        self.chain = 0  # extended headers read since the last member

    def place(self, name: str, is_dir: bool) -> str:
        """Judge one entry's name and return where it goes (inside dest)."""
        self.entries += 1
        if self.entries > self.limits.max_entries:
            raise Refused("E210", None, f"more than {self.limits.max_entries} entries")
        parts = _judge_name(name)
        if not parts:
            if is_dir:
                return str(self.dest)  # "./"
            raise Refused("E205", name, "entry has no name")
        if self.top is None:
            self.top = parts[0]
        elif parts[0] != self.top:
            raise Refused(
                "E205",
                name,
                f"a second top-level entry {parts[0]!r} beside {self.top!r}: a serialized bag "
                "holds exactly one folder",
            )
        if len(parts) == 1 and not is_dir:
            raise Refused("E205", name, "a file at the top level: the bag must be in one folder")
        key = "/".join(parts)
        if key in self.seen and not is_dir:
            raise Refused("E208", name, "the same entry name appears twice")
        self.seen.add(key)
        # a string, not a Path: pathlib re-parses the whole path on every join, which costs
        # seconds for an archive of a thousand nested folders
        return "/".join([str(self.dest), *parts])  # parts hold no "/" (split on it above)

    def budget(self, name: str, size: int) -> None:
        if size < 0 or self.total + size > self.limits.max_bytes:
            raise Refused(
                "E206",
                name,
                f"expands past the limit of {self.limits.max_bytes} bytes (--max-archive-bytes)",
            )

    def mkdir(self, target: str) -> None:
        """Make target and its missing parents (without recursion: any depth)."""
        try:
            make_folders(target, 0o700)
        except (FileExistsError, NotADirectoryError) as exc:
            where = os.path.basename(exc.filename or target)
            raise Refused("E208", None, f"entry {where!r} is both a file and a folder") from None

    def write(
        self,
        name: str,
        target: str,
        source,
        declared: int,
        compressed: Callable[[], int] | None,
    ) -> None:
        """Copy one entry, counting bytes against the size, declared-size and ratio limits."""
        self.mkdir(os.path.dirname(target))
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(target, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
        except FileExistsError:
            raise Refused("E208", name, "the same entry name appears twice") from None
        written = 0
        with os.fdopen(fd, "wb") as out:
            while chunk := source.read(COPY_CHUNK):
                self.budget(name, len(chunk))
                self.total += len(chunk)
                written += len(chunk)
                if written > declared:
                    raise Refused("E206", name, "entry holds more bytes than its header declares")
                if (
                    compressed is not None
                    and written > RATIO_FLOOR
                    and written > self.limits.max_ratio * max(compressed(), 1)
                ):
                    raise Refused(
                        "E207",
                        name,
                        f"entry expands more than {self.limits.max_ratio:g} times "
                        "(--max-archive-ratio)",
                    )
                out.write(chunk)


class _CountingReader:
    """A raw file wrapper counting the compressed bytes the decompressor has consumed."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.count += len(data)
        return data

    def readable(self) -> bool:
        return True

    # a forward-only stream: the file-object methods gzip, bz2 and tarfile's stream mode
    # may look for, answered the way io answers them for an unseekable pipe
    def seekable(self) -> bool:
        return False

    def seek(self, pos: int, whence: int = 0) -> int:
        import io

        raise io.UnsupportedOperation("seek")

    def tell(self) -> int:
        return self.count

    def write(self, data: bytes) -> int:
        import io

        raise io.UnsupportedOperation("write")

    def close(self) -> None:
        pass


MAX_HEADER_BYTES = 1 << 20  # a pax or GNU long-name header larger than this is not honest
MAX_HEADER_CHAIN = 8  # extended headers in a row before one member (tarfile recurses on each)
MAX_SPARSE_ENTRIES = 1 << 16  # (offset, size) pairs in one sparse member's map


def _bounded_tarinfo(unpacker: _Unpacker) -> type[tarfile.TarInfo]:
    """A tarfile.TarInfo that judges the extended headers before tarfile reads them.

    tarfile reads a pax or GNU long-name header's whole data into memory (a tiny .tar.bz2
    whose header claims 1 GiB costs gigabytes), follows a chain of them by recursion, and
    reads a sparse member's map without a bound. Here every header's size is checked first
    and counted against --max-archive-bytes, chains are short, and sparse maps are bounded.
    """
    import tarfile  # lazily: only tar archives need it

    headers = (
        tarfile.GNUTYPE_LONGNAME,
        tarfile.GNUTYPE_LONGLINK,
        tarfile.XHDTYPE,
        tarfile.XGLTYPE,
        tarfile.SOLARIS_XHDTYPE,
    )

    # These overrides reach into tarfile's private parser (_proc_member, _sparse_structs,
    # _block, nti, and sparse as a list of pairs), which typeshed leaves out or types as
    # public API: each ignore below marks one of those uses, nothing else.
    class BoundedTarInfo(tarfile.TarInfo):
        def _proc_member(self, tar: tarfile.TarFile) -> tarfile.TarInfo:
            if self.type in headers:
                unpacker.chain += 1
                if unpacker.chain > MAX_HEADER_CHAIN:
                    raise Refused("E206", None, "too many extended headers in a row")
                limit = min(MAX_HEADER_BYTES, unpacker.limits.max_bytes)
                if self.size > limit:
                    raise Refused(
                        "E206",
                        None,
                        f"an extended (pax or GNU long-name) header claims {self.size} bytes; "
                        f"more than {limit} is refused",
                    )
                unpacker.budget("(extended header)", self.size)
                unpacker.total += self.size
            else:
                unpacker.chain = 0
            return super()._proc_member(tar)  # type: ignore[misc]

        def _proc_sparse(self, tar: tarfile.TarFile) -> tarfile.TarInfo:
            # tarfile's own loop, with a bound on the extension blocks it reads
            structs, isextended, origsize = self._sparse_structs  # type: ignore[attr-defined]
            del self._sparse_structs  # type: ignore[attr-defined]
            while isextended:
                if len(structs) > MAX_SPARSE_ENTRIES:
                    raise Refused("E206", self.name, "sparse member with too large a map")
                buf = tar.fileobj.read(tarfile.BLOCKSIZE)
                if len(buf) < tarfile.BLOCKSIZE:
                    raise tarfile.ReadError("unexpected end of data in a sparse header")
                for pos in range(0, 21 * 24, 24):
                    try:
                        offset = tarfile.nti(buf[pos : pos + 12])  # type: ignore[attr-defined]
                        numbytes = tarfile.nti(buf[pos + 12 : pos + 24])  # type: ignore[attr-defined]
                    except ValueError:
                        break
                    if offset and numbytes:
                        structs.append((offset, numbytes))
                isextended = bool(buf[504])
            self.sparse = structs
            self.offset_data = tar.fileobj.tell()
            tar.offset = self.offset_data + self._block(self.size)  # type: ignore[attr-defined]
            self.size = origsize  # the expanded size: what is budgeted and written
            return self

        def _proc_gnusparse_10(
            self, next: tarfile.TarInfo, pax_headers: dict[str, str], tar: tarfile.TarFile
        ) -> None:
            # tarfile's own parser, with a bound on the map's length
            buf = tar.fileobj.read(tarfile.BLOCKSIZE)
            head, buf = buf.split(b"\n", 1)
            fields = int(head)
            if not 0 <= fields <= MAX_SPARSE_ENTRIES:
                raise Refused("E206", next.name, "sparse member with too large a map")
            sparse: list[int] = []
            while len(sparse) < fields * 2:
                if b"\n" not in buf:
                    more = tar.fileobj.read(tarfile.BLOCKSIZE)
                    if not more or len(buf) > 64:
                        raise tarfile.ReadError("malformed sparse map")
                    buf += more
                number, buf = buf.split(b"\n", 1)
                sparse.append(int(number))
            next.offset_data = tar.fileobj.tell()
            next.sparse = list(zip(sparse[::2], sparse[1::2], strict=False))  # type: ignore[assignment]

    return BoundedTarInfo


def _decompressing(
    counter: _CountingReader, kind: str
) -> gzip.GzipFile | bz2.BZ2File | lzma.LZMAFile | _CountingReader:
    if kind == "tgz":
        import gzip

        return gzip.GzipFile(fileobj=counter, mode="rb")
    if kind == "tbz2":
        import bz2

        return bz2.BZ2File(counter)
    if kind == "txz":
        import lzma

        # typeshed asks lzma for an IO[bytes]; LZMAFile only calls read() in this mode
        return lzma.LZMAFile(counter)  # type: ignore[arg-type]
    return counter


def _unpack_tar(path: Path, unpacker: _Unpacker, kind: str) -> None:
    import tarfile  # lazily: only tar archives need it

    with open(path, "rb") as raw:
        counter = _CountingReader(raw)
        # Decompressed here, not by tarfile's "r|gz" modes: those inflate a whole buffer of
        # input at once (a few hundred bytes of bzip2 can give a gigabyte in one call); the
        # gzip, bz2 and lzma readers produce at most what is asked for.
        stream = _decompressing(counter, kind)
        with tarfile.open(fileobj=stream, mode="r|", tarinfo=_bounded_tarinfo(unpacker)) as tar:
            for member in tar:
                name = member.name
                if member.issym() or member.islnk():
                    raise Refused("E203", name, f"link entry (-> {member.linkname!r})")
                if member.ischr() or member.isblk() or member.isfifo():
                    raise Refused("E204", name, "device or FIFO entry")
                if not (member.isreg() or member.isdir()):
                    raise Refused("E204", name, f"unsupported entry type {member.type!r}")
                target = unpacker.place(name, member.isdir())
                if member.isdir():
                    if member.size:
                        # tarfile would read past (decompress) the data to skip it
                        raise Refused("E204", name, "folder entry with data")
                    unpacker.mkdir(target)
                    continue
                unpacker.budget(name, member.size)  # a sparse member's expanded size
                source = tar.extractfile(member)
                if source is None:  # pragma: no cover - isreg() members always have data
                    raise Refused("E209", name, "entry has no data")
                before = counter.count
                # the ratio is of bytes written to archive bytes read, measured, so that a
                # sparse member of a plain tar (holes written as zeros) counts as well
                consumed = lambda b=before: counter.count - b  # noqa: E731
                unpacker.write(name, target, source, member.size, consumed)


def _zip_mode(info: zipfile.ZipInfo) -> int:
    return (info.external_attr >> 16) & 0xFFFF if info.create_system == 3 else 0


def _unpack_zip(path: Path, unpacker: _Unpacker) -> None:
    import zipfile  # lazily: only zip archives need it

    methods = _zip_methods()
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > unpacker.limits.max_entries:
            raise Refused("E210", None, f"more than {unpacker.limits.max_entries} entries")
        declared = 0
        # Judge every entry from the central directory before writing anything.
        for info in infos:
            mode = _zip_mode(info)
            name = info.filename
            if stat.S_ISLNK(mode):
                raise Refused("E203", name, "symbolic link entry")
            if stat.S_IFMT(mode) and not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                raise Refused("E204", name, "device, FIFO or socket entry")
            if info.flag_bits & 0x1:
                raise Refused("E209", name, "encrypted entry")
            if info.compress_type not in methods:
                raise Refused("E209", name, f"unsupported compression {info.compress_type}")
            _judge_name(name)
            declared += info.file_size
            if declared > unpacker.limits.max_bytes:
                raise Refused(
                    "E206",
                    name,
                    f"expands past the limit of {unpacker.limits.max_bytes} bytes "
                    "(--max-archive-bytes)",
                )
            if info.file_size > RATIO_FLOOR and info.file_size > unpacker.limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise Refused(
                    "E207",
                    name,
                    f"entry expands {info.file_size / max(info.compress_size, 1):.0f} times "
                    f"(limit {unpacker.limits.max_ratio:g}, --max-archive-ratio)",
                )
        for info in infos:
            is_dir = info.is_dir()
            target = unpacker.place(info.filename, is_dir)
            if is_dir:
                unpacker.mkdir(target)
                continue
            with zf.open(info) as source:
                unpacker.write(
                    info.filename,
                    target,
                    source,
                    info.file_size,
                    functools.partial(_zip_consumed, source, info.compress_size),
                )


def _zip_consumed(source: IO[bytes], declared: int) -> int:
    """Compressed bytes zipfile has read for this entry so far (not the size the entry
    declares, which may lie): zipfile counts down what is left of the declared size."""
    left = getattr(source, "_compress_left", None)
    return declared - left if isinstance(left, int) else declared


@dataclass
class Unpacked:
    root: Path | None  # the bag folder inside the private folder; None when refused
    kind: str


@contextmanager
def unpacked(
    path: Path, report: Report, limits: Limits | None = None, temp_dir: str | None = None
) -> Iterator[Unpacked]:
    """Unpack a serialized bag into a private temporary folder, removed on exit."""
    # lazily: a folder bag never gets here, so validating one does not import these
    import lzma
    import tarfile
    import tempfile
    import zipfile
    import zlib

    limits = limits or Limits()
    kind = archive_kind(path) or "unknown"
    workdir = Path(tempfile.mkdtemp(prefix="archiver-validate-", dir=temp_dir))
    try:
        dest = workdir / "x"
        dest.mkdir(mode=0o700)
        unpacker = _Unpacker(dest, limits, path.name)
        root: Path | None = None
        try:
            if kind == "zip":
                _unpack_zip(path, unpacker)
            elif kind in ("tar", "tgz", "tbz2", "txz"):
                _unpack_tar(path, unpacker, kind)
            else:
                raise Refused("E200", None, "not a tar or zip archive")
            if unpacker.top is None:
                raise Refused("E205", None, "the archive is empty")
            root = dest / unpacker.top
            if not root.is_dir():
                raise Refused("E205", None, "the top-level entry is not a folder")
            if unpacker.top != archive_stem(path):
                report(
                    finding(
                        "W200",
                        None,
                        f"the archive unpacks to {unpacker.top!r}, not {archive_stem(path)!r}",
                    )
                )
        except Refused as refusal:
            where = refusal.entry
            report(finding(refusal.code, where, refusal.message + "; archive refused"))
            root = None
        except (
            tarfile.TarError,
            zipfile.BadZipFile,
            zlib.error,
            lzma.LZMAError,
            EOFError,
            OSError,
        ) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            report(finding("E200", None, f"cannot read the {kind} archive: {message}"))
            root = None
        except RecursionError:
            report(finding("E200", None, f"cannot read the {kind} archive: nested too deeply"))
            root = None
        except (ValueError, NotImplementedError, RuntimeError) as exc:
            report(finding("E200", None, f"cannot read the {kind} archive: {exc}"))
            root = None
        yield Unpacked(root, kind)
    finally:
        remove_tree(workdir)  # iterative: a tree of any depth is removed
