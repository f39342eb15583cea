"""Normalize one extracted article into NewsML-G2 and Dublin Core XML.

``render_documents`` builds the three documents (``newsml.xml``, ``dc.xml``, ``dcterms.xml``)
as bytes, ``check_documents`` validates them against the official schemas, and
``normalize_article`` does both and writes the files atomically. The package step calls the
same functions, so what it bags is exactly what ``archiver normalize`` writes.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from lxml import etree

from archiver.config import Config
from archiver.errors import ArticleError, InputError
from archiver.model import Article
from archiver.readers import PayloadFile
from archiver.render import (
    PictureRef,
    RenderContext,
    Rights,
    gallery_order,
    language_tag,
    to_bytes,
)
from archiver.render.dublincore import render_dcterms, render_oai_dc
from archiver.render.newsml import render_newsml
from archiver.sourcedate import version_created
from archiver.xmlschemas import SchemaSet, safe_parser

# RFC 4151 taggingEntity: a DNS name or e-mail address, a comma, a date (YYYY[-MM[-DD]]).
_TAG_AUTHORITY = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)"
    r",\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
)
_SHA256 = re.compile(r"[0-9a-f]{64}")


def _is_uri(value: str) -> bool:
    parts = urlsplit(value)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*", parts.scheme or ""):
        return False
    if any(c.isspace() for c in value):
        return False
    return bool(parts.netloc or parts.path)


def check_config(config: Config) -> None:
    """Reject settings that would produce wrong identifiers or rights (InputError, exit 2)."""
    authority = config.archive.guid_authority
    if not _TAG_AUTHORITY.fullmatch(authority or ""):
        raise InputError(
            f"guid authority {authority!r} is not a tag: URI authority "
            "(a domain or e-mail address, a comma and a date, e.g. example.org,2026)"
        )
    provider = config.archive.provider_id
    if not provider or not provider.strip():
        raise InputError("provider id must not be empty")
    for name, value in (
        ("licence", config.rights.license),
        ("rights statement", config.rights.statement),
    ):
        if value is not None and not _is_uri(value.strip()):
            raise InputError(f"{name} must be a URI, got {value!r}")


def guid_for(article: Article, config: Config) -> str:
    """The text item's guid: ``tag:<authority>:sha256-<hex digest of the source bytes>``.

    Stable for the same source bytes and authority, distinct for different bytes. Picture
    items append ``:photo-N`` and the package ``:package``.
    """
    check_config(config)
    digest = (article.source.sha256 or "").strip().lower()
    if not _SHA256.fullmatch(digest):
        raise ArticleError(f"{article.source.path}: source has no valid sha256 digest")
    return f"tag:{config.archive.guid_authority}:sha256-{digest}"


def render_context(article: Article, config: Config, created: datetime) -> RenderContext:
    guid = guid_for(article, config)
    language = language_tag(article.language)
    if article.language and language is None:
        raise ArticleError(
            f"{article.source.path}: language {article.language!r} is not a BCP 47 tag"
        )
    pictures = tuple(
        PictureRef(guid=f"{guid}:photo-{n}", photo=photo, ordinal=n)
        for n, photo in enumerate(gallery_order(list(article.photos)), start=1)
    )
    return RenderContext(
        article=article,
        config=config,
        guid=guid,
        package_guid=f"{guid}:package",
        pictures=pictures,
        created=created,
        rights=Rights.from_config(config),
        language=language,
    )


def render_documents(
    article: Article, config: Config, *, created: datetime | None = None
) -> dict[str, bytes]:
    """The three documents as UTF-8 bytes; the same inputs give the same bytes."""
    ctx = render_context(article, config, created or version_created())
    return {
        "newsml.xml": to_bytes(render_newsml(ctx)),
        "dc.xml": to_bytes(render_oai_dc(ctx)),
        "dcterms.xml": to_bytes(render_dcterms(ctx)),
    }


def check_documents(
    docs: dict[str, bytes],
    schemas: SchemaSet | None,
    *,
    strict: bool = False,
    label: str = "",
) -> None:
    """Validate each document; raise ArticleError on the first invalid one.

    The message names the file, the line, the element and the rule it breaks. Without
    schemas this is a no-op, unless strict, where missing schemas (or a missing kind) are an
    error too.
    """
    prefix = f"{label}: " if label else ""
    if schemas is None:
        if strict:
            raise ArticleError(
                f"{prefix}schemas not found: give --schemas DIR or set ARCHIVER_SCHEMAS"
            )
        return
    available = schemas.available()
    for name, data in docs.items():
        try:
            root = etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError as exc:
            raise ArticleError(f"{prefix}{name}: not well-formed XML: {exc}") from None
        kind = schemas.kind_of(root)
        if kind is None:
            raise ArticleError(
                f"{prefix}{name}: root element {etree.QName(root).text} has no schema"
            )
        if not available.get(kind):
            if strict:
                raise ArticleError(
                    f"{prefix}{name}: no {kind} schema in {schemas.directory}: "
                    f"{schemas.reason(kind)}"
                )
            continue
        problems = schemas.validate(root, kind)
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ArticleError(f"{prefix}{name}: invalid {kind}: {first}{more}")


def _relative_file(name: str) -> PurePosixPath:
    """A file name under the output folder: "/"-separated, relative, never leaving it."""
    parts = name.split("/")
    if any(p in ("", ".", "..") or "\\" in p or "\0" in p for p in parts):
        raise ArticleError(f"{name!r}: not a plain relative file name")
    return PurePosixPath(*parts)


def write_atomically(out_dir: Path, docs: Mapping[str, bytes]) -> dict[str, Path]:
    """Write every file to a temp file beside its target, then move them all into place.

    Names may hold one or more folders ("photos/01-a.jpg"): they are relative to out_dir and
    never leave it. Every file is on disk (fsynced) before the first rename, so a crash
    leaves either the old files or the new ones under each name, never a partial file.
    """
    rels = {name: _relative_file(name) for name in docs}  # refused before anything is made
    temps: dict[str, str] = {}
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for name, data in docs.items():
            rel = rels[name]
            parent = out_dir.joinpath(*rel.parts[:-1])
            parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{rel.name}.", suffix=".tmp", dir=parent)
            temps[name] = tmp
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        written = {}
        for name, tmp in temps.items():
            target = out_dir.joinpath(*rels[name].parts)
            os.replace(tmp, target)
            written[name] = target
        return written
    except OSError as exc:
        raise ArticleError(f"{out_dir}: cannot write: {exc.strerror or exc}") from None
    finally:
        for tmp in temps.values():
            if os.path.exists(tmp):
                os.unlink(tmp)


def referenced_photos(article: Article, extras: Sequence[PayloadFile]) -> dict[str, bytes]:
    """The image files the NewsML document points at (``remoteContent/@href``, relative to
    it), byte for byte from the capture, so a normalized folder is complete on its own like
    a bag's data/ folder."""
    by_path = {extra.path: extra.data for extra in extras}
    files: dict[str, bytes] = {}
    for photo in article.photos:
        if photo.file is not None and photo.file.path in by_path:
            files[photo.file.path] = by_path[photo.file.path]
    return files


def normalize_article(
    article: Article,
    config: Config,
    out_dir: Path,
    *,
    schemas: SchemaSet | None,
    strict: bool = False,
    created: datetime | None = None,
    extras: Sequence[PayloadFile] = (),
) -> dict[str, Path]:
    """Render, validate, then write newsml.xml, dc.xml and dcterms.xml into out_dir, with
    the capture's photos the NewsML points at (from `extras`, a web archive unit's files)."""
    docs = render_documents(article, config, created=created)
    check_documents(docs, schemas, strict=strict, label=article.source.path)
    return write_atomically(Path(out_dir), {**docs, **referenced_photos(article, extras)})
