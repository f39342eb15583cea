"""`archiver init`: a commented archiver.toml with the archive's identity and rights.

The identity goes into every bag for as long as it is kept (guids become External-Identifiers),
so it is asked for once, written down with what each key does, and checked before writing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from archiver.config import load_config
from archiver.errors import InputError


@dataclass(frozen=True)
class Identity:
    organization: str | None = None
    address: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    guid_authority: str | None = None
    provider_id: str | None = None
    rights_holder: str | None = None
    license: str | None = None
    rights_statement: str | None = None


# (section, key, Identity field, comment)
KEYS = (
    (
        "archive",
        "organization",
        "organization",
        "bag-info Source-Organization, NewsML provider name",
    ),
    ("archive", "address", "address", "bag-info Organization-Address"),
    ("archive", "contact_name", "contact_name", "bag-info Contact-Name"),
    ("archive", "contact_email", "contact_email", "bag-info Contact-Email"),
    (
        "archive",
        "guid_authority",
        "guid_authority",
        "guids are tag:<this>:sha256-<digest>; a domain or e-mail you control, a comma, a year. "
        "Never change it once bags exist: it is in every External-Identifier",
    ),
    ("archive", "provider_id", "provider_id", "NewsML-G2 provider literal (short, no spaces)"),
    ("rights", "holder", "rights_holder", "default copyright holder, when the source names none"),
    (
        "rights",
        "license",
        "license",
        "licence URI, e.g. https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        "rights",
        "statement",
        "rights_statement",
        "rightsstatements.org URI; unset: Copyright Not Evaluated",
    ),
)


def suggested_authority(email: str | None, year: int | None = None) -> str | None:
    """example.org,2026 from archive@example.org: a tag: authority the archive controls."""
    if not email or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower()
    return f"{domain},{year or dt.date.today().year}" if domain else None


def suggested_provider(organization: str | None) -> str | None:
    if not organization:
        return None
    words = "".join(c if c.isalnum() else " " for c in organization.lower()).split()
    return "-".join(words)[:40] or None


def render(identity: Identity) -> str:
    """The file's text: every key with its comment; keys not given stay commented out."""
    lines = [
        "# archiver settings (written by `archiver init`; every value can be overridden on the",
        "# command line). The identity below goes into every bag and every guid: set it before",
        "# packaging anything you mean to keep.",
    ]
    section = None
    for name, key, attr, comment in KEYS:
        if name != section:
            section = name
            lines += ["", f"[{name}]"]
        value = getattr(identity, attr)
        lines.append(f"# {comment}")
        if value:
            lines.append(f"{key} = {json.dumps(value)}")
        else:
            lines.append(f'# {key} = ""')
    lines += [
        "",
        "[bag]",
        '# group_identifier = ""   # bag-info Bag-Group-Identifier',
        '# info = { "Internal-Sender-Description" = "Harvested wire copy" }   # more bag-info',
        "",
    ]
    return "\n".join(lines)


def write_config(path: Path, identity: Identity, force: bool = False) -> Path:
    """Write the file atomically; it is read back and checked first. An existing file is kept
    unless force (InputError, exit 2)."""
    from archiver.normalize import check_config

    if path.exists() and not force:
        raise InputError(f"{path}: already exists (--force replaces it)")
    text = render(identity)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".archiver-init-", suffix=".toml", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        check_config(load_config(tmp))  # what we wrote reads back and makes valid guids
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
