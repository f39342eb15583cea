"""`archiver schemas install`: the official XML schemas, fetched, checked and installed.

Each file is taken from its publisher's URL (or a mirror or a local folder with the same
layout), checked against the sha256 of the published bytes pinned in the repository
(``schemas/official-schemas.json``), and only then are its remote imports rewritten to the
local files beside it. Nothing is installed unless every file passed: the set is written to
a staging folder and renamed into place, replacing an older set in one step.

A local copy whose imports were already made local (as ``../shared/schemas`` is, its READMEs
record how) is accepted when undoing exactly those rewrites gives the pinned bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archiver import schemapins
from archiver.cachedir import cache_dir
from archiver.errors import ArchiverError, InputError
from archiver.schemadir import INSTALLED_NAME, MARKER

# the pins and their check live in archiver.schemapins (no urllib there); kept here by name
PINS_FILE = schemapins.PINS_FILE
SchemaFile = schemapins.SchemaFile
pins_path = schemapins.pins_path
official_files = schemapins.official_files
published_bytes = schemapins.published_bytes
localize = schemapins.localize

MAX_SCHEMA_BYTES = 16 << 20
TIMEOUT = 60


class DigestMismatch(ArchiverError):
    """A file's bytes are not the published ones: nothing was installed."""

    exit_code = 1


def _download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "archiver-schemas-install"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
            data = response.read(MAX_SCHEMA_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(f"{url}: cannot download: {reason}") from None
    if len(data) > MAX_SCHEMA_BYTES:
        raise InputError(f"{url}: larger than {MAX_SCHEMA_BYTES} bytes; not a schema")
    return data


def _read_local(folder: Path, rel: str) -> bytes:
    path = folder / rel
    try:
        if path.stat().st_size > MAX_SCHEMA_BYTES:
            raise InputError(f"{path}: larger than {MAX_SCHEMA_BYTES} bytes; not a schema")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


@dataclass
class InstallResult:
    target: Path
    files: list[tuple[str, str]]  # (path, where it came from)


def install(
    *,
    from_dir: Path | None = None,
    mirror: str | None = None,
    target: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> InstallResult:
    """Fetch, check and install every official schema file; all or nothing.

    from_dir: a local folder with the installed layout (offline machines); mirror: a base
    URL with that layout; else each publisher's URL. target defaults to the cache folder.
    Raises DigestMismatch (exit 1) when a file is not the published one, InputError (exit
    2) when one cannot be read or downloaded; nothing is installed then.
    """
    if target is None:
        base = cache_dir()
        if base is None:
            raise InputError(
                "no cache folder to install into (ARCHIVER_CACHE_DIR is empty and no home); "
                "set ARCHIVER_CACHE_DIR, or keep the schemas in a folder and use "
                "--schemas DIR / $ARCHIVER_SCHEMAS"
            )
        target = base / INSTALLED_NAME
    checked: list[tuple[SchemaFile, bytes, str]] = []
    for spec in official_files():
        if from_dir is not None:
            origin = str(from_dir / spec.path)
            data = _read_local(from_dir, spec.path)
        else:
            origin = mirror.rstrip("/") + "/" + spec.path if mirror else spec.url
            data = _download(origin)
        if progress is not None:
            progress(f"{spec.path}: {len(data)} bytes from {origin}")
        published = published_bytes(data, spec)
        if published is None:
            got = hashlib.sha256(data).hexdigest()
            raise DigestMismatch(
                f"{origin}: sha256 {got} is not the published {spec.path} ({spec.sha256}); "
                "nothing installed"
            )
        checked.append((spec, published, origin))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".schemas-staging-", dir=target.parent))
    try:
        for spec, published, _ in checked:
            dest = staging / spec.path
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(localize(published, spec))
        record = {
            "files": [
                {"path": s.path, "published_sha256": s.sha256, "source": origin}
                for s, _, origin in checked
            ]
        }
        (staging / MARKER).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        _swap_in(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return InstallResult(target, [(s.path, origin) for s, _, origin in checked])


def _swap_in(staging: Path, target: Path) -> None:
    """Put staging at target in one rename; an older set is moved aside and removed."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".schemas-old-", dir=target.parent))
        os.rename(target, old / "set")
    try:
        os.rename(staging, target)
    except OSError:
        if old is not None:
            os.rename(old / "set", target)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
