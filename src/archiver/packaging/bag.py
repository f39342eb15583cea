"""One article in, one BagIt 1.0 bag out (RFC 8493), made with the `bagit` library.

Layout::

    <bag>/bagit.txt, bag-info.txt, manifest-<alg>.txt, tagmanifest-<alg>.txt
    <bag>/data/original/<source file name>    the source, byte for byte
    <bag>/data/newsml.xml
    <bag>/data/metadata/dc.xml, dcterms.xml, article.json
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import bagit

from archiver import __version__
from archiver.config import Config
from archiver.errors import ArchiverError, ArticleError, InputError
from archiver.extract import extract_bytes
from archiver.model import Article, Warning
from archiver.normalize import check_documents, guid_for, render_documents, version_created
from archiver.packaging.naming import bag_name
from archiver.packaging.serialize import SUFFIXES, serialize_bag
from archiver.packaging.staging import (
    BagLock,
    acquire_lock,
    fsync_many,
    fsync_path,
    fsync_tree,
    install,
    new_staging_dir,
    release_lock,
)
from archiver.reading import DEFAULT_MAX_BYTES, describe_path, read_source, source_name
from archiver.record import record_json
from archiver.xmlschemas import SchemaSet

PROFILE_IDENTIFIER = "https://archiver.invalid/profiles/archiver-bagit-profile-v1.json"
DEFAULT_ALGORITHMS = ("sha256", "sha512")
ALLOWED_ALGORITHMS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")
_COMPUTED = {"Payload-Oxum", "Bag-Size", "External-Identifier", "BagIt-Profile-Identifier"}

logging.getLogger("bagit").setLevel(logging.WARNING)


@dataclass(frozen=True)
class PackageOptions:
    config: Config = field(default_factory=Config)
    reference_date: dt.date | None = None
    language: str | None = None
    algorithms: tuple[str, ...] = DEFAULT_ALGORITHMS
    force: bool = False
    bagging_date: dt.date | None = None
    serialize: str | None = None  # "tar", "tgz" or "zip"
    schemas: SchemaSet | None = None
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    extra_info: tuple[tuple[str, str], ...] = ()  # --info KEY=VALUE, in order


@dataclass(frozen=True)
class PackageResult:
    source: str
    status: str  # "created", "replaced", "exists"
    bag: str
    guid: str
    archive: str | None = None
    warnings: tuple[Warning, ...] = ()


def _epoch(options: PackageOptions | None = None) -> int | None:
    """The fixed time of a reproducible run: SOURCE_DATE_EPOCH, else midnight UTC of
    --bagging-date, else None (a normal run, stamped with the current time)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value:
        return int(version_created().timestamp())  # validates the variable, once, in one place
    if options is not None and options.bagging_date is not None:
        return int(dt.datetime.combine(options.bagging_date, dt.time(), dt.UTC).timestamp())
    return None


def _created(options: PackageOptions) -> dt.datetime:
    epoch = _epoch(options)
    return dt.datetime.fromtimestamp(epoch, dt.UTC) if epoch is not None else version_created()


def bagging_date(options: PackageOptions) -> dt.date:
    if options.bagging_date:
        return options.bagging_date
    epoch = _epoch()
    now = dt.datetime.fromtimestamp(epoch, dt.UTC) if epoch is not None else dt.datetime.now(dt.UTC)
    return now.date()  # UTC, like the NewsML-G2 times


def _human_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{n} bytes" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


def bag_info_for(
    article: Article, guid: str, payload_bytes: int, options: PackageOptions
) -> dict[str, str | list[str]]:
    """bag-info.txt: only fields that have a value (bagit writes them sorted by label)."""
    archive = options.config.archive
    info: dict[str, str | list[str]] = {
        "Source-Organization": archive.organization or "",
        "Organization-Address": archive.address or "",
        "Contact-Name": archive.contact_name or "",
        "Contact-Email": archive.contact_email or "",
        "External-Description": article.headline or "",
        "External-Identifier": guid,
        # the escaped form: a tag line cannot hold a line break
        "Internal-Sender-Identifier": describe_path(source_name(article.source.path)),
        "Bagging-Date": bagging_date(options).isoformat(),
        "Bag-Software-Agent": f"archiver {__version__} (bagit.py {bagit.VERSION})",
        "Bag-Size": _human_size(payload_bytes),
        "BagIt-Profile-Identifier": PROFILE_IDENTIFIER,
        "Bag-Group-Identifier": options.config.bag.group_identifier or "",
    }
    # Extra labels from the config's [bag].info and --info: bag-info labels may repeat
    # (RFC 8493 §2.2.2), so a second value for a label is added, not substituted.
    for key, value in [*options.config.bag.info.items(), *options.extra_info]:
        current = info.get(key)
        if not value or value == current or (isinstance(current, list) and value in current):
            continue
        if not current:
            info[key] = value
        elif isinstance(current, list):
            current.append(value)
        else:
            info[key] = [current, value]
    return {k: v for k, v in info.items() if v}


def check_extra_info(options: PackageOptions) -> None:
    """Refuse, before any work, extra bag-info labels that archiver computes itself."""
    for key, _ in [*options.config.bag.info.items(), *options.extra_info]:
        if key in _COMPUTED:
            raise InputError(f"bag-info label {key} is computed by archiver and cannot be set")


def _write_new(path: Path, data: bytes, epoch: int | None) -> None:
    """Create path, which must not exist, holding data; its mtime set to epoch when given.

    One open, the writes and a close: a bag is a dozen small files, and the buffered file
    objects' extra system calls (fstat, ioctl, lseek) cost more than the writing itself.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        if epoch is not None:
            os.utime(fd, (epoch, epoch))
    finally:
        os.close(fd)


def _verify_copy(path: Path, expected_sha256: str) -> None:
    """The payload copy of the original, read back from disk, has the original's digest."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
    finally:
        os.close(fd)
    if digest.hexdigest() != expected_sha256:
        raise ArticleError(f"{path.name}: payload copy does not match the original's sha256")


def encode_manifest_path(rel: str) -> str:
    """RFC 8493 §2.1.3: percent-encode %, CR and LF in a manifest path, and only those.

    (bagit 1.9's own encoder leaves "%" as it is, so a name holding "%0A" would read back as
    a different name; that is why the manifests are written here.)
    """
    return rel.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _manifests(payload: dict[str, bytes], algorithms: tuple[str, ...]) -> dict[str, bytes]:
    """Payload manifests over the bytes written (bagit's hashers), lines sorted by path."""
    lines: dict[str, list[str]] = {alg: [] for alg in algorithms}
    for rel in sorted(payload):
        encoded = encode_manifest_path(rel)
        for alg, hasher in bagit.get_hashers(list(algorithms)).items():
            hasher.update(payload[rel])
            lines[alg].append(f"{hasher.hexdigest()}  {encoded}\n")
    return {f"manifest-{alg}.txt": "".join(lines[alg]).encode("utf-8") for alg in algorithms}


def _tag_manifests(tag_files: dict[str, bytes], algorithms: tuple[str, ...]) -> dict[str, bytes]:
    """Tag manifests over every tag file, sorted by name, two spaces between digest and name."""
    return {
        f"tagmanifest-{alg}.txt": "".join(
            f"{hashlib.new(alg, tag_files[name]).hexdigest()}  {name}\n"
            for name in sorted(tag_files)
        ).encode("utf-8")
        for alg in algorithms
    }


# bag-info.txt in the order a reader looks for things: who, what, when, how big, which rules.
_INFO_ORDER = (
    "Source-Organization",
    "Organization-Address",
    "Contact-Name",
    "Contact-Email",
    "External-Description",
    "External-Identifier",
    "Internal-Sender-Identifier",
    "Bag-Group-Identifier",
    "Bagging-Date",
    "Bag-Software-Agent",
    "Payload-Oxum",
    "Bag-Size",
    "BagIt-Profile-Identifier",
)


def _bag_info_text(info: dict[str, str | list[str]]) -> str:
    labels = [k for k in _INFO_ORDER if k in info] + [k for k in info if k not in _INFO_ORDER]
    lines = []
    for label in labels:
        values = info[label] if isinstance(info[label], list) else [info[label]]
        for value in values:
            # a tag line may not contain a line break (RFC 8493 §2.2.2)
            lines.append(f"{label}: {' '.join(str(value).split())}\n")
    return "".join(lines)


def build_bag(
    article: Article,
    original: bytes,
    docs: dict[str, bytes],
    staging: Path,
    guid: str,
    options: PackageOptions,
    *,
    flush: bool = True,
    source_path: str | None = None,
) -> None:
    """Write the payload into staging/data and make staging a BagIt 1.0 bag.

    source_path is the file's real path (the record's path is escaped for display, and the
    payload keeps the original name exactly, whatever characters it holds)."""
    original_name = source_name(source_path or article.source.path)
    if hashlib.sha256(original).hexdigest() != article.source.sha256:
        raise ArticleError(f"{original_name}: original bytes do not match their recorded digest")
    # the payload, exactly the bytes the manifests are computed from
    payload = {
        f"data/original/{original_name}": original,
        "data/newsml.xml": docs["newsml.xml"],
        "data/metadata/dc.xml": docs["dc.xml"],
        "data/metadata/dcterms.xml": docs["dcterms.xml"],
        "data/metadata/article.json": record_json(article),
    }
    total = sum(len(blob) for blob in payload.values())
    manifests = _manifests(payload, options.algorithms)
    info = bag_info_for(article, guid, total, options)
    info["Payload-Oxum"] = f"{total}.{len(payload)}"
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": _bag_info_text(info).encode("utf-8"),
        **manifests,
    }
    tags.update(_tag_manifests(tags, options.algorithms))
    epoch = _epoch(options)
    folders = [staging / "data", staging / "data/original", staging / "data/metadata"]
    for folder in folders:
        folder.mkdir()
    for rel, blob in [*payload.items(), *tags.items()]:
        _write_new(staging / rel, blob, epoch)
    _verify_copy(staging / f"data/original/{original_name}", article.source.sha256)
    if epoch is not None:
        # last: a folder's time changes as entries are made in it
        for folder in [*reversed(folders), staging]:
            os.utime(folder, (epoch, epoch))
    if flush:
        fsync_tree(staging)


def _source_path(path: str) -> Path:
    if path == "-":
        raise InputError("-: package needs a file (its bytes are kept in the bag), not stdin")
    return Path(path)


def _existing_bag_ok(bag: Path) -> bool:
    from archiver.bagcheck import ValidateOptions, validate_bag

    return validate_bag(bag, ValidateOptions(mode="fast")).valid


@dataclass
class _Pending:
    """A bag built in staging, waiting for the group's flush before its rename."""

    path: str
    article: Article
    guid: str
    name: str
    status: str
    lock: BagLock | None  # None: shares the lock of an earlier entry for the same bag
    staging: Path | None  # None: the bag exists already and is kept


def _prepare(path: str, out_dir: Path, options: PackageOptions, lock: int | None) -> tuple:
    """Extract, render and check one article; nothing is written yet."""
    source = _source_path(path)
    try:
        source_name(path).encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            f"{describe_path(path)}: file name is not valid UTF-8 and cannot be listed in a "
            "UTF-8 manifest; rename the file"
        ) from None
    original = read_source(source, max_bytes=options.max_bytes)  # read once, kept for the bag
    article = extract_bytes(
        original,
        path=str(source),
        reference_date=options.reference_date,
        language=options.language,
    )
    # The bag's record names the source by its file name, not by the path it was given as,
    # so the same file gives the same bag however it was named on the command line.
    article = dataclasses.replace(
        article,
        source=dataclasses.replace(article.source, path=describe_path(source_name(path))),
    )
    guid = guid_for(article, options.config)
    docs = render_documents(article, options.config, created=_created(options))
    check_documents(docs, options.schemas, strict=options.strict, label=describe_path(path))
    name = bag_name(article)
    return _Pending(path, article, guid, name, "created", None, None), docs, original  # type: ignore[arg-type]


class GroupCommit:
    """Package a group of articles with one flush to disk for all of them.

    Each bag is built in its own staging folder under its bag lock; then one syncfs (or fsync
    of every file) makes them all durable, each is renamed into place and OUTDIR is fsynced
    once. Durability costs a journal commit per group instead of per bag. A process never
    waits for a lock while it holds others (it commits first), so concurrent runs cannot
    deadlock.
    """

    def __init__(self, out_dir: Path, options: PackageOptions) -> None:
        self.out_dir, self.options = out_dir, options
        self.pending: list[_Pending] = []
        self.results: dict[int, PackageResult | ArchiverError] = {}

    def add(self, index: int, path: str) -> None:
        self._naming: str | None = None
        try:
            self._add(index, path)
        except ArchiverError as exc:
            self.results[index] = exc
        except OSError as exc:  # a lock or staging folder that cannot be made
            what = f"bag {self._naming}" if self._naming else f"a bag in {self.out_dir}"
            self.results[index] = ArticleError(
                f"{describe_path(path)}: cannot write {what}: {exc.strerror or exc}"
            )
        except Exception as exc:  # one article's unforeseen failure is that article's only
            self.results[index] = ArticleError(f"{describe_path(path)}: internal error: {exc!r}")

    def _add(self, index: int, path: str) -> None:
        options, out_dir = self.options, self.out_dir
        stub, docs, original = _prepare(path, out_dir, options, None)
        name = self._naming = stub.name
        if any(p.name == name for p in self.pending):
            # the same bytes named twice in one group: one bag; the second sees it as existing
            self.pending.append(
                _Pending(path, stub.article, stub.guid, name, "exists", None, None)  # type: ignore[arg-type]
            )
            self._order.append(index)
            return
        lock = acquire_lock(out_dir, name, blocking=False)
        if lock is None:
            self.commit()  # hold no lock while waiting for one
            lock = acquire_lock(out_dir, name)
            assert lock is not None
        final = out_dir / name
        status = "created"
        try:
            if final.exists() or final.is_symlink():
                if not options.force and final.is_dir() and _existing_bag_ok(final):
                    status = "exists"
                elif not options.force:
                    raise ArticleError(
                        f"{describe_path(path)}: {final} exists and is not a valid bag; "
                        "use --force to replace it"
                    )
                else:
                    status = "replaced"
            staging = None
            if status != "exists":
                staging = new_staging_dir(out_dir, name)
                try:
                    build_bag(
                        stub.article,
                        original,
                        docs,
                        staging,
                        stub.guid,
                        options,
                        flush=False,
                        source_path=path,
                    )
                except OSError as exc:
                    shutil.rmtree(staging, ignore_errors=True)
                    raise ArticleError(
                        f"{describe_path(path)}: cannot write bag {name}: {exc.strerror or exc}"
                    ) from None
                except BaseException:
                    shutil.rmtree(staging, ignore_errors=True)
                    raise
        except BaseException:
            release_lock(lock)
            raise
        self.pending.append(_Pending(path, stub.article, stub.guid, name, status, lock, staging))
        self._order.append(index)

    _order: list[int]

    def __enter__(self) -> GroupCommit:
        self._order = []
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.commit()
        else:
            self._abandon()

    def _abandon(self) -> None:
        for p in self.pending:
            if p.staging is not None:
                shutil.rmtree(p.staging, ignore_errors=True)
            if p.lock is not None:
                if p.lock is not None:
                    release_lock(p.lock)
        self.pending, self._order = [], []

    def commit(self) -> None:
        """Flush every staged bag, rename each into place, fsync OUTDIR, release the locks."""
        if not self.pending:
            return
        pending, order = self.pending, self._order
        self.pending, self._order = [], []
        staged = [p for p in pending if p.staging is not None]
        flush_error: OSError | None = None
        try:
            if staged:
                fsync_many([p.staging for p in staged])  # type: ignore[misc]
        except OSError as exc:
            flush_error = exc
        installed = False
        for index, p in zip(order, pending, strict=True):
            try:
                self.results[index] = self._finish(p, flush_error)
                installed = installed or p.staging is not None
            except ArchiverError as exc:
                self.results[index] = exc
            finally:
                if p.staging is not None and p.staging.exists():
                    shutil.rmtree(p.staging, ignore_errors=True)
                if p.lock is not None:
                    release_lock(p.lock)
        if installed:
            fsync_path(self.out_dir)

    def _finish(self, p: _Pending, flush_error: OSError | None) -> PackageResult:
        options, final = self.options, self.out_dir / p.name
        if p.staging is not None:
            try:
                if flush_error is not None:
                    raise flush_error
                install(p.staging, final, replace=options.force, sync_parent=False)
            except OSError as exc:
                raise ArticleError(
                    f"{describe_path(p.path)}: cannot write bag {p.name}: {exc.strerror or exc}"
                ) from None
        archive = None
        if options.serialize:
            archive_path = self.out_dir / f"{p.name}{SUFFIXES[options.serialize]}"
            if p.status == "exists" and archive_path.exists():
                archive = archive_path
            else:
                mtime = _epoch(options)
                if mtime is None:
                    mtime = int(
                        dt.datetime.combine(bagging_date(options), dt.time(), dt.UTC).timestamp()
                    )
                try:
                    archive = serialize_bag(final, options.serialize, mtime)
                except OSError as exc:
                    raise ArticleError(
                        f"{describe_path(p.path)}: cannot write {archive_path.name}: "
                        f"{exc.strerror or exc}"
                    ) from None
        return PackageResult(
            source=p.path,
            status=p.status,
            bag=str(final),
            guid=p.guid,
            archive=str(archive) if archive else None,
            warnings=tuple(p.article.warnings),
        )


def package_articles(
    paths: list[str], out_dir: Path, options: PackageOptions
) -> list[PackageResult | ArchiverError]:
    """Package several articles with one flush to disk; a result or an error for each."""
    check_extra_info(options)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot create output folder: {exc.strerror}") from None
    group = GroupCommit(out_dir, options)
    with group:
        for i, path in enumerate(paths):
            group.add(i, path)
    return [group.results[i] for i in range(len(paths))]


def package_article(path: str, out_dir: Path, options: PackageOptions) -> PackageResult:
    """Extract, normalize and bag one article into out_dir; atomic, idempotent, reproducible."""
    (result,) = package_articles([path], out_dir, options)
    if isinstance(result, ArchiverError):
        raise result
    return result


__all__ = [
    "ArchiverError",
    "GroupCommit",
    "PackageOptions",
    "PackageResult",
    "build_bag",
    "package_article",
    "package_articles",
]
