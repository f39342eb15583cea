"""The BagIt layout: a prepared article in, one BagIt 1.0 bag (RFC 8493) out.

`bag_files` says what every file of the bag holds (pure: the same prepared article and
options give the same bytes); `build_bag` writes them into a staging folder. Preparing the
article is `packaging.prepare`, putting the bag in place `packaging.commit`.

Layout::

    <bag>/bagit.txt, bag-info.txt, manifest-<alg>.txt, tagmanifest-<alg>.txt
    <bag>/data/original/<source file name>    the source, byte for byte
    <bag>/data/newsml.xml
    <bag>/data/metadata/dc.xml, dcterms.xml, article.json
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import bagit

from archiver import __version__
from archiver.bagcheck.profile import ARCHIVER_PROFILE
from archiver.errors import ArticleError, InputError
from archiver.model import Article
from archiver.packaging.naming import bag_name
from archiver.packaging.prepare import (
    DEFAULT_ALGORITHMS,
    PackageOptions,
    PreparedArticle,
    bagging_date,
    run_epoch,
)
from archiver.packaging.staging import fsync_tree
from archiver.packaging.tagtext import (
    bag_info_text,
    encode_manifest_path,
    human_size,
    tag_manifests,
)
from archiver.reading import describe_path, source_name
from archiver.record import record_json

PROFILE_IDENTIFIER = ARCHIVER_PROFILE
PROFILE_ALGORITHMS = ("sha256", "sha512")  # archiver's profile requires both
ALLOWED_ALGORITHMS = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512")
MAX_LABEL = 256  # characters in a bag-info label
_COMPUTED = {"Payload-Oxum", "Bag-Size", "External-Identifier", "BagIt-Profile-Identifier"}

logging.getLogger("bagit").setLevel(logging.WARNING)


def _declared_profile(options: PackageOptions) -> str:
    """The profile the bag names: the one asked for, else archiver's own when the bag meets it.

    archiver's profile promises sha256 and sha512 fixity (what lets a truncated archive that
    lost a manifest be caught); a bag made with other algorithms (--checksum md5) names no
    profile rather than one it breaks.
    """
    if options.profile is not None:
        return options.profile.identifier
    return PROFILE_IDENTIFIER if set(PROFILE_ALGORITHMS) <= set(options.algorithms) else ""


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
        "Contact-Phone": archive.contact_phone or "",
        "External-Description": article.headline or "",
        "External-Identifier": guid,
        # the escaped form: a tag line cannot hold a line break
        "Internal-Sender-Identifier": describe_path(source_name(article.source.path)),
        "Bagging-Date": bagging_date(options).isoformat(),
        "Bag-Software-Agent": f"archiver {__version__} (bagit.py {bagit.VERSION})",
        "Bag-Size": human_size(payload_bytes),
        "BagIt-Profile-Identifier": _declared_profile(options),
        "Bag-Group-Identifier": options.config.bag.group_identifier or "",
        **dict(options.profile.info if options.profile else ()),
    }
    info.update(_capture_info(article))
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


def _capture_info(article: Article) -> dict[str, str | list[str]]:
    """Where a web capture's article came from: its URL and, from a WARC, the file, its
    sha256, the capture time and the records kept in data/original/ (by WARC-Record-ID)."""
    source, record = article.source, article.source.record
    info: dict[str, str | list[str]] = {
        "Source-URL": source.url or "",
        "Source-Capture-Date": source.captured or "",
        "Source-WARC-File": record.get("warc_file", ""),
        "Source-WARC-SHA256": record.get("warc_sha256", ""),
        "Source-WARC-Record-ID": record.get("warc_record_id", ""),
        "Source-WARC-Payload-Digest": record.get("payload_digest", ""),
        "Source-WARC-Record": record.get("records", "").split(),
    }
    # values come from the capture: only printable one-line values get in
    return {
        k: v
        for k, v in info.items()
        if v and all(x.isprintable() for x in (v if isinstance(v, list) else [v]))
    }


def check_extra_info(options: PackageOptions) -> None:
    """Refuse, before any work, extra bag-info labels that archiver computes itself."""
    for key, value in [*options.config.bag.info.items(), *options.extra_info]:
        if key in _COMPUTED:
            raise InputError(f"bag-info label {key} is computed by archiver and cannot be set")
        # a label is one token on one line and cannot be folded; a value may be folded but
        # not hold characters a reader would take for the end of the line or of the file
        if len(key) > MAX_LABEL or ":" in key or not key.isprintable() or key != key.strip():
            raise InputError(
                f"bag-info label {describe_path(key[:80])!r}: a label is at most {MAX_LABEL} "
                "printable characters with no colon or surrounding space"
            )
        if any(not ch.isprintable() and not ch.isspace() for ch in value):
            raise InputError(
                f"bag-info {key}: the value holds control characters; bag-info.txt is text"
            )


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


def _manifests(payload: dict[str, bytes], algorithms: tuple[str, ...]) -> dict[str, bytes]:
    """Payload manifests over the bytes written (bagit's hashers), lines sorted by path."""
    lines: dict[str, list[str]] = {alg: [] for alg in algorithms}
    for rel in sorted(payload):
        encoded = encode_manifest_path(rel)
        for alg, hasher in bagit.get_hashers(list(algorithms)).items():
            hasher.update(payload[rel])
            lines[alg].append(f"{hasher.hexdigest()}  {encoded}\n")
    return {f"manifest-{alg}.txt": "".join(lines[alg]).encode("utf-8") for alg in algorithms}


def payload_files(prepared: PreparedArticle) -> dict[str, bytes]:
    """The payload: bag path -> the exact bytes the manifests are computed from. Extra files
    an input's reader found for the article (a web capture's photos) go under data/ too."""
    payload = {
        f"data/original/{prepared.original_name}": prepared.original,
        "data/newsml.xml": prepared.docs["newsml.xml"],
        "data/metadata/dc.xml": prepared.docs["dc.xml"],
        "data/metadata/dcterms.xml": prepared.docs["dcterms.xml"],
        "data/metadata/article.json": record_json(prepared.article),
    }
    for extra in prepared.extras:
        rel = f"data/{extra.path}"
        if extra.path.startswith("/") or any(
            part in ("", ".", "..") for part in extra.path.split("/")
        ):
            raise ArticleError(f"{prepared.original_name}: unsafe payload path {extra.path!r}")
        if rel in payload:
            raise ArticleError(f"{prepared.original_name}: payload path {extra.path!r} twice")
        payload[rel] = extra.data
    return payload


@dataclass(frozen=True)
class BagFiles:
    """Every file of a bag, by its path in the bag, in the order it is written."""

    payload: dict[str, bytes]
    tags: dict[str, bytes]

    @property
    def folders(self) -> list[str]:
        """The folders of the payload and of tag files in tag folders, parents first."""
        found: set[str] = set()
        for rel in [*self.payload, *self.tags]:
            parts = rel.split("/")[:-1]
            found.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        return sorted(found, key=lambda f: (f.count("/"), f))


def bag_files(prepared: PreparedArticle, options: PackageOptions) -> BagFiles:
    """What the bag of a prepared article holds (pure: no file is read or written)."""
    article = prepared.article
    if hashlib.sha256(prepared.original).hexdigest() != article.source.sha256:
        raise ArticleError(
            f"{prepared.original_name}: original bytes do not match their recorded digest"
        )
    payload = payload_files(prepared)
    total = sum(len(blob) for blob in payload.values())
    manifests = _manifests(payload, options.algorithms)
    info = bag_info_for(article, prepared.guid, total, options)
    info["Payload-Oxum"] = f"{total}.{len(payload)}"
    plan = options.profile
    if plan is not None and plan.needs_description and not info.get("External-Description"):
        raise ArticleError(
            f"{prepared.original_name}: {plan.title} requires bag-info External-Description "
            "(the headline) and the article has none; give it with --info External-Description=..."
        )
    tags = {
        "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": bag_info_text(info).encode("utf-8"),
        **manifests,
    }
    if plan is not None:  # the profile's other tag files (aptrust-info.txt)
        tags.update(plan.render_tag_files(article.headline, bag_name(article)))
    tags.update(tag_manifests(tags, plan.tag_algorithms if plan else options.algorithms))
    return BagFiles(payload, tags)


def build_bag(
    prepared: PreparedArticle, staging: Path, options: PackageOptions, *, flush: bool = True
) -> None:
    """Write the prepared article's bag into staging (an empty folder)."""
    files = bag_files(prepared, options)
    epoch = run_epoch(options)
    folders = [staging / rel for rel in files.folders]
    for folder in folders:
        folder.mkdir()
    for rel, blob in [*files.payload.items(), *files.tags.items()]:
        _write_new(staging / rel, blob, epoch)
    _verify_copy(
        staging / f"data/original/{prepared.original_name}", prepared.article.source.sha256
    )
    if epoch is not None:
        # last: a folder's time changes as entries are made in it
        for folder in [*reversed(folders), staging]:
            os.utime(folder, (epoch, epoch))
    if flush:
        fsync_tree(staging)


__all__ = [
    "ALLOWED_ALGORITHMS",
    "DEFAULT_ALGORITHMS",
    "PROFILE_IDENTIFIER",
    "BagFiles",
    "bag_files",
    "bag_info_for",
    "build_bag",
    "check_extra_info",
    "payload_files",
]
