"""One article in, one BagIt 1.0 bag out (RFC 8493), made with the `bagit` library.

Layout::

    <bag>/bagit.txt, bag-info.txt, manifest-<alg>.txt, tagmanifest-<alg>.txt
    <bag>/data/original/<source file name>    the source, byte for byte
    <bag>/data/newsml.xml
    <bag>/data/metadata/dc.xml, dcterms.xml, article.json
"""

from __future__ import annotations

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
from archiver.extract import extract_path
from archiver.model import Article, Warning
from archiver.normalize import check_documents, guid_for, render_documents, version_created
from archiver.packaging.naming import bag_name
from archiver.packaging.serialize import SUFFIXES, serialize_bag
from archiver.packaging.staging import bag_lock, fsync_tree, install, new_staging_dir
from archiver.reading import DEFAULT_MAX_BYTES, describe_path, source_name
from archiver.record import record_json
from archiver.xmlschemas import SchemaSet

PROFILE_IDENTIFIER = "https://archiver.invalid/profiles/archiver-bagit-profile-v1.json"
DEFAULT_ALGORITHMS = ("sha256", "sha512")
ALLOWED_ALGORITHMS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")
_CHUNK = 1 << 20
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


def _epoch() -> int | None:
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else None


def bagging_date(options: PackageOptions) -> dt.date:
    if options.bagging_date:
        return options.bagging_date
    epoch = _epoch()
    return dt.datetime.fromtimestamp(epoch, dt.UTC).date() if epoch is not None else dt.date.today()


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
        "Internal-Sender-Identifier": source_name(article.source.path),
        "Bagging-Date": bagging_date(options).isoformat(),
        "Bag-Software-Agent": f"archiver {__version__} (bagit.py {bagit.VERSION})",
        "Bag-Size": _human_size(payload_bytes),
        "BagIt-Profile-Identifier": PROFILE_IDENTIFIER,
        "Bag-Group-Identifier": options.config.bag.group_identifier or "",
    }
    # Extra labels from the config's [bag].info and --info: bag-info labels may repeat
    # (RFC 8493 §2.2.2), so a second value for a label is added, not substituted.
    for key, value in [*options.config.bag.info.items(), *options.extra_info]:
        if key in _COMPUTED:
            raise InputError(f"--info {key}: this label is computed by archiver")
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


def _copy_verified(source: Path, target: Path, expected_sha256: str) -> int:
    """Copy the original byte for byte and prove the copy has the digest extraction saw."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as src, open(target, "xb") as dst:
        while chunk := src.read(_CHUNK):
            dst.write(chunk)
            digest.update(chunk)
            size += len(chunk)
    with open(target, "rb") as copy:
        check = hashlib.sha256()
        while chunk := copy.read(_CHUNK):
            check.update(chunk)
    if digest.hexdigest() != expected_sha256 or check.hexdigest() != expected_sha256:
        raise ArticleError(
            f"{describe_path(str(source))}: changed while being packaged (sha256 differs)"
        )
    return size


def _write_tag_manifests(bag_dir: Path, algorithms: tuple[str, ...]) -> None:
    """Tag manifests over every tag file, sorted, two spaces (bagit's order follows listdir)."""
    tag_files = sorted(
        p.name for p in bag_dir.iterdir() if p.is_file() and not p.name.startswith("tagmanifest-")
    )
    for alg in algorithms:
        lines = []
        for name in tag_files:
            lines.append(f"{hashlib.new(alg, (bag_dir / name).read_bytes()).hexdigest()}  {name}\n")
        (bag_dir / f"tagmanifest-{alg}.txt").write_text("".join(lines), encoding="utf-8")


def _set_times(root: Path, epoch: int) -> None:
    for dirpath, dirs, files in os.walk(root):
        for name in files + dirs:
            os.utime(Path(dirpath) / name, (epoch, epoch), follow_symlinks=False)
    os.utime(root, (epoch, epoch))


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
    source: Path,
    docs: dict[str, bytes],
    staging: Path,
    guid: str,
    options: PackageOptions,
) -> None:
    """Write the payload into staging/data and make staging a BagIt 1.0 bag."""
    data = staging / "data"
    (data / "original").mkdir(parents=True)
    (data / "metadata").mkdir()
    original_name = source_name(article.source.path)
    size = _copy_verified(source, data / "original" / original_name, article.source.sha256)
    payload = {
        "newsml.xml": docs["newsml.xml"],
        "metadata/dc.xml": docs["dc.xml"],
        "metadata/dcterms.xml": docs["dcterms.xml"],
        "metadata/article.json": record_json(article),
    }
    for rel, blob in payload.items():
        (data / rel).write_bytes(blob)
    total = size + sum(len(b) for b in payload.values())
    # bagit's make_manifests reads each payload file once for all algorithms and writes
    # manifest-<alg>.txt (sorted, names percent-encoded per RFC 8493 §2.1.3) into the cwd.
    cwd = os.getcwd()
    os.chdir(staging)
    try:
        oxum_bytes, oxum_files = bagit.make_manifests(
            "data", 1, algorithms=list(options.algorithms), encoding="utf-8"
        )
    finally:
        os.chdir(cwd)
    if oxum_bytes != total:
        raise ArticleError(f"{staging.name}: payload size changed while it was hashed")
    info = bag_info_for(article, guid, total, options)
    info["Payload-Oxum"] = f"{oxum_bytes}.{oxum_files}"
    (staging / "bagit.txt").write_text(
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8"
    )
    (staging / "bag-info.txt").write_text(_bag_info_text(info), encoding="utf-8")
    _write_tag_manifests(staging, options.algorithms)
    epoch = _epoch()
    if epoch is not None:
        _set_times(staging, epoch)
    fsync_tree(staging)


def _source_path(path: str) -> Path:
    if path == "-":
        raise InputError("-: package needs a file (its bytes are kept in the bag), not stdin")
    return Path(path)


def _existing_bag_ok(bag: Path) -> bool:
    from archiver.bagcheck import ValidateOptions, validate_bag

    return validate_bag(bag, ValidateOptions(mode="fast")).valid


def package_article(path: str, out_dir: Path, options: PackageOptions) -> PackageResult:
    """Extract, normalize and bag one article into out_dir; atomic, idempotent, reproducible."""
    source = _source_path(path)
    article = extract_path(
        source,
        reference_date=options.reference_date,
        language=options.language,
        max_bytes=options.max_bytes,
    )
    guid = guid_for(article, options.config)
    docs = render_documents(article, options.config, created=version_created())
    check_documents(docs, options.schemas, strict=options.strict, label=describe_path(path))
    name = bag_name(article)
    final = out_dir / name
    status = "created"
    with bag_lock(out_dir, name):
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
        if status != "exists":
            staging = new_staging_dir(out_dir, name)
            try:
                build_bag(article, source, docs, staging, guid, options)
                install(staging, final, replace=options.force)
            except OSError as exc:
                shutil.rmtree(staging, ignore_errors=True)
                raise ArticleError(
                    f"{describe_path(path)}: cannot write bag {final.name}: {exc.strerror or exc}"
                ) from None
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
        archive = None
        if options.serialize:
            archive_path = out_dir / f"{name}{SUFFIXES[options.serialize]}"
            if status == "exists" and archive_path.exists():
                archive = archive_path
            else:
                mtime = _epoch()
                if mtime is None:
                    mtime = int(
                        dt.datetime.combine(bagging_date(options), dt.time(), dt.UTC).timestamp()
                    )
                try:
                    archive = serialize_bag(final, options.serialize, mtime)
                except OSError as exc:
                    raise ArticleError(
                        f"{describe_path(path)}: cannot write {archive_path.name}: "
                        f"{exc.strerror or exc}"
                    ) from None
    return PackageResult(
        source=path,
        status=status,
        bag=str(final),
        guid=guid,
        archive=str(archive) if archive else None,
        warnings=tuple(article.warnings),
    )


__all__ = ["ArchiverError", "PackageOptions", "PackageResult", "build_bag", "package_article"]
