"""The archive's settings: who we are, default rights, bag-info defaults.

Read from a TOML file (``--config``, else ``archiver.toml`` in the working folder, else the
built-in defaults); any value can then be overridden from the command line.

Example ``archiver.toml``::

    [archive]
    organization = "Example Newspaper Archive"
    address = "1 Archive Way, Springfield"
    contact_name = "Jane Archivist"
    contact_email = "archive@example.org"
    contact_phone = "+1 555 0100"            # bag-info Contact-Phone (MetaArchive requires it)
    provider_id = "example-archive"          # NewsML-G2 provider literal
    guid_authority = "example.org,2026"      # tag: URI authority for item guids

    [rights]
    holder = "United Press International"
    copyright_notice = "Copyright 2014 United Press International"
    license = "https://creativecommons.org/licenses/by-nc/4.0/"
    usage_terms = "For research use only."
    statement = "http://rightsstatements.org/vocab/InC/1.0/"
    jurisdiction = "us"                      # ISO 3166 code, for PREMIS rights in exports

    [bag]
    group_identifier = "upi-2014"
    info = { "Internal-Sender-Description" = "Harvested wire copy" }

    [bag.tags."aptrust-info.txt"]            # other tag files, for package --profile
    Access = "Institution"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from archiver.errors import InputError
from archiver.safefs import read_limited

# rightsstatements.org "Copyright Not Evaluated": what we say when neither the source nor the
# archivist states the rights.
COPYRIGHT_NOT_EVALUATED = "http://rightsstatements.org/vocab/CNE/1.0/"
DEFAULT_CONFIG_NAME = "archiver.toml"


@dataclass(frozen=True)
class ArchiveSettings:
    organization: str | None = None
    address: str | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    contact_phone: str | None = None
    provider_id: str = "archiver"
    guid_authority: str = "archiver.invalid,2026"


@dataclass(frozen=True)
class RightsSettings:
    holder: str | None = None
    copyright_notice: str | None = None
    license: str | None = None
    usage_terms: str | None = None
    statement: str | None = None  # None: Copyright Not Evaluated unless a licence is known
    jurisdiction: str | None = None  # ISO 3166 country of the copyright law (PREMIS export)


@dataclass(frozen=True)
class BagSettings:
    group_identifier: str | None = None
    info: dict[str, str] = field(default_factory=dict)
    # other tag files' tags, for package --profile: {"aptrust-info.txt": {"Access": "..."}}
    tags: dict[str, dict[str, str]] = field(default_factory=dict)


# the built-in identity: placeholders that must not end up in bags kept for decades
PLACEHOLDERS = {
    "archive.organization": None,
    "archive.guid_authority": ArchiveSettings.guid_authority,
    "archive.provider_id": ArchiveSettings.provider_id,
}


@dataclass(frozen=True)
class Config:
    archive: ArchiveSettings = field(default_factory=ArchiveSettings)
    rights: RightsSettings = field(default_factory=RightsSettings)
    bag: BagSettings = field(default_factory=BagSettings)
    path: str | None = None  # the file it came from, if any

    def placeholder_keys(self) -> list[str]:
        """The identity keys still at their built-in placeholder (`archiver init` sets them)."""
        return [
            key
            for key, placeholder in PLACEHOLDERS.items()
            if getattr(self.archive, key.split(".")[1]) == placeholder
        ]

    def with_overrides(self, section: str, **values: Any) -> Config:
        """A copy with the given values of one section replaced; None means 'not given'."""
        given = {k: v for k, v in values.items() if v is not None}
        if not given:
            return self
        return replace(self, **{section: replace(getattr(self, section), **given)})


def tag_problem(label: str, value: str) -> str | None:
    """Why label: value cannot be a line of a tag file (bag-info.txt), or None.

    RFC 8493 §2.2.2: a label has no colon and no leading or trailing blanks (the colon ends
    it); here also no blank inside and no control character, and a value holds no line
    break, so the line reads back as it was meant. One rule for --info and the config file.
    """
    if not label or ":" in label or any(c.isspace() or ord(c) < 32 for c in label):
        return "a label needs one or more characters and no colon, blank or control character"
    if "\n" in value or "\r" in value:
        return "a value cannot hold a line break"
    return None


def _section(cls: type, data: Any, path: Path, name: str) -> Any:
    if data is None:
        return cls()
    if not isinstance(data, dict):
        raise InputError(f"{path}: [{name}] must be a table")
    known = {f.name for f in fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise InputError(f"{path}: unknown key(s) in [{name}]: {', '.join(unknown)}")
    for key, value in data.items():
        if key == "info":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise InputError(f"{path}: [{name}].info must map names to strings")
            for label, text in value.items():
                if problem := tag_problem(label, text):
                    raise InputError(f"{path}: [{name}].info {label!r}: {problem}")
        elif key == "tags":
            if not isinstance(value, dict) or not all(
                isinstance(k, str)
                and isinstance(v, dict)
                and all(isinstance(a, str) and isinstance(b, str) for a, b in v.items())
                for k, v in value.items()
            ):
                raise InputError(
                    f"{path}: [{name}].tags must map tag file names to tables of strings"
                )
            for tag_file, table in value.items():
                for label, text in table.items():
                    if problem := tag_problem(label, text):
                        raise InputError(f"{path}: [{name}].tags.{tag_file!r} {label!r}: {problem}")
        elif not isinstance(value, str):
            raise InputError(f"{path}: [{name}].{key} must be a string")
    return cls(**data)


def load_config(path: str | Path | None = None, cwd: Path | None = None) -> Config:
    """Load the config file named, else ./archiver.toml, else the defaults."""
    if path is None:
        candidate = (cwd or Path.cwd()) / DEFAULT_CONFIG_NAME
        if not candidate.is_file():
            return Config()
        path = candidate
    path = Path(path)
    raw = read_limited(path, "config file")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per level of nested arrays and tables
        raise InputError(f"{path}: invalid TOML: values nested too deeply") from None
    unknown = sorted(set(data) - {"archive", "rights", "bag"})
    if unknown:
        raise InputError(f"{path}: unknown section(s): {', '.join(unknown)}")
    return Config(
        archive=_section(ArchiveSettings, data.get("archive"), path, "archive"),
        rights=_section(RightsSettings, data.get("rights"), path, "rights"),
        bag=_section(BagSettings, data.get("bag"), path, "bag"),
        path=str(path),
    )
