"""What an export target is given and what it must do.

A target never sees a bag path: it gets a `BagView`, made only after the project's validator
found the bag valid (fixity included), which can list the payload, give bag-info and the
manifests' digests, and read or copy payload files. The bytes of the smaller files come from
the validation itself (`Verified`): they are the very bytes that were hashed and matched every
manifest, so they are neither read nor hashed again, and a file changed on disk after
validation cannot slip into the export (time of check and time of use are the same read).
Any other file is read from disk and checked again against the manifest as it is read, so a
file changed after validation is never exported; the view has no way to write, and nothing
of the bag is opened for writing.

Two kinds of target:

* `StagedTarget` (most): each bag becomes one new entry in OUTDIR (a folder, a file, or with
  `--zip` a zip of the folder). The target writes it at a path inside a staging folder; the
  runner flushes a group of them with one sync and renames each into place
  (`packaging.staging`), so OUTDIR never holds half an export.
* `Target` itself, for a destination the target manages (e.g. an OCFL storage root with
  versions): `begin(out_dir)` once per run in the main process, then `export(bag, out_dir)`
  per bag, which must make its own change atomic.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol, TypeVar

from archiver.config import Config
from archiver.errors import ArchiverError, ArticleError

if TYPE_CHECKING:
    from lxml import etree

    from archiver.bagcheck import BagReport
    from archiver.bagcheck.tagfiles import BagInfo
    from archiver.model import Article

T = TypeVar("T")

# strongest first: the digest a read is checked against
_STRENGTH = ("sha512", "sha384", "sha256", "sha224", "sha1", "md5")
_CHUNK = 1 << 20
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC


def write_new(
    path: str | os.PathLike[str], data: bytes, times: tuple[int, int] | None = None
) -> None:
    """Create the file at path (it must not exist; a link there is not followed) holding
    data, with one open, the writes and one close (a buffered file adds an fstat, an ioctl
    and a seek); with times, its access and modification times set on the open descriptor."""
    fd = os.open(path, _CREATE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if times is not None:
            os.utime(fd, times)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class ExportOptions:
    config: Config = field(default_factory=Config)
    run_time: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    zip: bool = False  # a zip of the target's folder instead of the folder (zippable targets)
    force: bool = False  # replace an existing export (atomically)
    schemas_dir: str | None = None  # official schemas: payload XML checked while validating
    epoch: int | None = None  # SOURCE_DATE_EPOCH: fixed file times, reproducible output
    ocfl_layout: str | None = None  # ocfl: "0004" (default for a new root) or "0003"


@dataclass(frozen=True)
class ExportResult:
    source: str  # the bag as given
    status: str  # "created", "replaced", "exists"
    output: str  # what was written (or found) in OUTDIR
    bag: str  # the bag's name
    target: str

    def as_dict(self) -> dict[str, str]:
        """`dataclasses.asdict` of this flat record, without its deep copy."""
        return dict(vars(self))


class BagChanged(ArticleError):
    """A payload file no longer matches the manifest it was validated against."""


@dataclass(frozen=True)
class BagView:
    """A validated bag, read-only."""

    source: str  # the path given (folder or serialized bag)
    root: Path  # the folder read (a private temporary copy for a serialized bag)
    name: str  # the bag's name: its folder's name, or the archive's name without suffix
    info: BagInfo  # bag-info.txt: .values(label), .first(label), .elements in order
    manifests: Mapping[str, Mapping[str, str]]  # algorithm -> payload path -> digest
    report: BagReport  # the validator's verdict (valid; warnings may be present)
    tag_files: tuple[str, ...] = ()  # tag files other than manifests, e.g. bagit.txt
    # from the validation (Verified): sizes as read, bytes as hashed; else read from disk
    sizes: Mapping[str, int] = field(default_factory=dict, repr=False)
    verified_bytes: Mapping[str, bytes] = field(default_factory=dict, repr=False)
    # payload XML path -> the root the validation's XML check parsed from the verified bytes
    verified_trees: Mapping[str, etree._Element] = field(default_factory=dict, repr=False)
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: object, make: Callable[[], T]) -> T:
        """What make() gives, computed once per view (parsed documents, sizes)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    @functools.cached_property
    def _payload(self) -> frozenset[str]:
        return frozenset(rel for entries in self.manifests.values() for rel in entries)

    @functools.cached_property
    def files(self) -> list[str]:
        """Payload paths ("data/..."), sorted."""
        return sorted(self._payload)

    def digest(self, rel: str, algorithm: str) -> str | None:
        return self.manifests.get(algorithm, {}).get(rel)

    def size(self, rel: str) -> int:
        size = self.sizes.get(rel)
        if size is not None and rel in self._payload:
            return size
        return self.memo(("size", rel), lambda: os.lstat(self._path(rel)).st_size)

    def _path(self, rel: str) -> Path:
        if rel not in self._payload:  # only what the validated manifests list can be read
            raise KeyError(f"{rel} is not a payload file of bag {self.name}")
        return self.root / rel

    def _check(self, rel: str, hashers: dict[str, hashlib._Hash]) -> None:
        for alg, hasher in hashers.items():
            expected = self.digest(rel, alg)
            if expected is not None and hasher.hexdigest() != expected.lower():
                raise BagChanged(f"{self.source}: {rel} changed after validation; not exported")

    def _hashers(self, rel: str) -> dict[str, hashlib._Hash]:
        self._path(rel)  # a payload file, or KeyError
        for alg in _STRENGTH:
            if self.digest(rel, alg) is not None:
                return {alg: hashlib.new(alg)}
        raise BagChanged(f"{self.source}: {rel} has no usable digest")

    def kept(self, rel: str) -> bytes | None:
        """A payload file's bytes as validation hashed them, when it kept them (else None)."""
        data = self.verified_bytes.get(rel)
        return data if data is not None and rel in self._payload else None

    def kept_tree(self, rel: str) -> etree._Element | None:
        """The root element validation parsed (with the safe parser) from a payload XML
        file's verified bytes and checked, when it kept it (else None). Shared: never change
        it (copy it first)."""
        tree = self.verified_trees.get(rel)
        return tree if tree is not None and rel in self._payload else None

    def read(self, rel: str) -> bytes:
        """A payload file's bytes, checked against the strongest manifest digest (the bytes
        validation hashed, or read again and hashed as they are read)."""
        data = self.verified_bytes.get(rel)
        if data is not None and rel in self._payload:
            return data
        hashers = self._hashers(rel)
        fd = os.open(self._path(rel), os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            chunks = []
            while chunk := os.read(fd, _CHUNK):
                chunks.append(chunk)
        finally:
            os.close(fd)
        data = b"".join(chunks)
        for hasher in hashers.values():
            hasher.update(data)
        self._check(rel, hashers)
        return data

    def copy(self, rel: str, dest: Path) -> int:
        """Copy a payload file to dest (which must not exist), checked as it is copied; the
        number of bytes copied."""
        data = self.kept(rel)
        if data is not None:
            write_new(dest, data)
            return len(data)
        hashers = self._hashers(rel)
        size = 0
        src = os.open(self._path(rel), os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        with open(src, "rb", closefd=True) as fh, open(dest, "xb") as out:
            while chunk := fh.read(_CHUNK):
                for hasher in hashers.values():
                    hasher.update(chunk)
                out.write(chunk)
                size += len(chunk)
        self._check(rel, hashers)
        return size

    def stream(self, rel: str, write: Callable[[bytes], object]) -> int:
        """Hand a payload file's bytes to write, chunk by chunk, checked as they are read (as
        `copy` does; BagChanged after the last chunk when they no longer match); the number
        of bytes."""
        data = self.kept(rel)
        if data is not None:
            write(data)
            return len(data)
        hashers = self._hashers(rel)
        size = 0
        fd = os.open(self._path(rel), os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        with open(fd, "rb", closefd=True) as fh:
            while chunk := fh.read(_CHUNK):
                for hasher in hashers.values():
                    hasher.update(chunk)
                write(chunk)
                size += len(chunk)
        self._check(rel, hashers)
        return size

    def read_tag(self, name: str) -> bytes:
        """A tag file's bytes (bagit.txt, bag-info.txt, manifests; checked by the validator)."""
        if name not in self.tag_files:
            raise KeyError(f"{name} is not a tag file of bag {self.name}")
        data = self.verified_bytes.get(name)  # as the tag manifests' check hashed it
        if data is not None:
            return data
        with open(self.root / name, "rb") as fh:
            return fh.read()

    def record(self) -> Article | None:
        """The extracted record (data/metadata/article.json) when the bag is archiver's."""
        import json

        from archiver.model import Article

        rel = "data/metadata/article.json"
        if rel not in self._payload:
            return None

        def parse() -> Article:
            try:
                return Article.from_dict(json.loads(self.read(rel)))
            except (ValueError, TypeError, KeyError) as exc:
                raise ArticleError(
                    f"{self.source}: {rel} is not an archiver record: {exc}"
                ) from None

        return self.memo("record", parse)


class Target(ABC):
    """An export target: one module under archiver.exports, registered by name."""

    name: ClassVar[str]
    summary: ClassVar[str]  # one line for `archiver export --list`
    zippable: ClassVar[bool] = False  # accepts --zip
    schema_kinds: ClassVar[tuple[str, ...]] = ()  # kinds of XML it checks (xmlschemas.KINDS)

    def __init__(self, options: ExportOptions) -> None:
        self.options = options

    def begin(self, out_dir: Path) -> None:  # noqa: B027 - optional hook
        """Once per run, in the main process, before any bag (OUTDIR exists)."""

    @abstractmethod
    def export(self, bag: BagView, out_dir: Path) -> ExportResult:
        """Export one validated bag into out_dir, atomically."""

    def group(self, out_dir: Path) -> ExportGroup | None:
        """What exports a group of bags together (e.g. one flush for all), or None: then
        `export` is called for each bag."""
        return None


class ExportGroup(Protocol):
    """Exports of a group of bags: each added while its view is open (or failed), the
    results, in order, once `commit` has made them all durable and put them in place."""

    def add(self, bag: BagView) -> None: ...

    def fail(self, error: ArchiverError) -> None: ...

    def commit(self) -> list[ExportResult | ArchiverError]: ...


class StagedTarget(Target):
    """A target whose every bag becomes one new entry in OUTDIR, staged then renamed."""

    suffix: ClassVar[str] = ""  # added to the bag's name to name the entry
    # write() gives every file and folder it makes the SOURCE_DATE_EPOCH time itself (an
    # `OutputFolder`), so the runner need not walk the entry to set them
    sets_times: ClassVar[bool] = False
    # write() makes its folder only through `output.memory_folder(dest) or OutputFolder(...)`,
    # so --zip can keep the folder in memory and write the zip from it (nothing else made)
    zips_from_memory: ClassVar[bool] = False

    def output_name(self, bag: BagView) -> str:
        return bag.name + (".zip" if self.options.zip else self.suffix)

    @abstractmethod
    def write(self, bag: BagView, dest: Path) -> None:
        """Create dest (a file or a folder; it does not exist yet) from the bag."""

    def export(self, bag: BagView, out_dir: Path) -> ExportResult:
        from archiver.exports.run import StagedGroup

        group = StagedGroup(self, out_dir)
        group.add(bag)
        (result,) = group.commit()
        if isinstance(result, Exception):
            raise result
        return result
