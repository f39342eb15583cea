"""The pins of the official XML schemas (``schemas/official-schemas.json``) and the check of a
file against them, apart from `archiver.schemainstall` (which downloads, so imports urllib):
the METS export's fast path (`archiver.exports.metsproof`) checks the schema folder with them
in every run, and urllib's import alone would cost more than that."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from archiver.errors import ArchiverError

PINS_FILE = "official-schemas.json"


@dataclass(frozen=True)
class SchemaFile:
    path: str  # relative to the schema folder, e.g. dublin-core/dc.xsd
    url: str  # where the publisher serves it
    sha256: str  # of the published bytes
    local_imports: dict[str, str] = field(default_factory=dict)  # remote location -> local


def pins_path() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "schemas" / PINS_FILE, here.parents[1] / "schemas" / PINS_FILE):
        if candidate.is_file():
            return candidate
    raise ArchiverError(f"{PINS_FILE} not found beside the package")


def official_files() -> list[SchemaFile]:
    data = json.loads(pins_path().read_text(encoding="utf-8"))
    return [
        SchemaFile(f["path"], f["url"], f["sha256"].lower(), dict(f.get("local_imports", {})))
        for f in data["files"]
    ]


def _location(value: str) -> bytes:
    return f'schemaLocation="{value}"'.encode()


def published_bytes(data: bytes, spec: SchemaFile) -> bytes | None:
    """The published bytes of spec given data, or None when data is not them.

    data is either the published file or a copy with exactly its remote imports made local.
    """
    if hashlib.sha256(data).hexdigest() == spec.sha256:
        return data
    undone = data
    for remote, local in spec.local_imports.items():
        undone = undone.replace(_location(local), _location(remote))
    if undone != data and hashlib.sha256(undone).hexdigest() == spec.sha256:
        return undone
    return None


def localize(data: bytes, spec: SchemaFile) -> bytes:
    """The published bytes with their remote imports pointed at the local files."""
    for remote, local in spec.local_imports.items():
        data = data.replace(_location(remote), _location(local))
    return data
