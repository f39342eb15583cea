"""OCFL objects and storage roots in `archiver validate`, judged by ocfl-py's validator.

A folder holding ``0=ocfl_1.x`` (a storage root) or ``0=ocfl_object_1.x`` (an object) is
handed to ocfl-py, the validator behind ``ocfl-validate``, with the storage layouts archiver
writes registered (0004 is not in ocfl-py 2.1). Its findings keep their OCFL codes (``E040``,
``W004``...; the specification's error and warning codes), with the specification section
as the rule, and the object's path in the root as the path. Objects in a root are validated
one by one, so every object's findings are reported, not only the first hundred.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from archiver.bagcheck.findings import Finding

_MESSAGE = re.compile(r"^\[(?P<code>[EW]\d{3}[a-z]?)\] (?P<text>.*?)(?: \(see (?P<url>\S+)\))?$")
ROOT_DECLARATIONS = ("0=ocfl_1.1", "0=ocfl_1.0")
OBJECT_DECLARATIONS = ("0=ocfl_object_1.1", "0=ocfl_object_1.0")


@dataclass(frozen=True)
class OcflFinding(Finding):
    """A finding of the OCFL validator: its own code space, category "ocfl"."""

    @property
    def category(self) -> str:
        return "ocfl"


def ocfl_kind(folder: Path) -> str | None:
    """ "root", "object" or None (not OCFL): by the NAMASTE declaration file."""
    if any((folder / name).is_file() for name in OBJECT_DECLARATIONS):
        return "object"
    if any((folder / name).is_file() for name in ROOT_DECLARATIONS):
        return "root"
    return None


def _findings(messages: list[str], path: str | None, version: str) -> list[Finding]:
    out: list[Finding] = []
    for message in messages:
        match = _MESSAGE.match(message.strip())
        if match is None:
            out.append(OcflFinding("E999", "OCFL validator", "error", path, message.strip()))
            continue
        code = match.group("code")
        url = match.group("url") or f"https://ocfl.io/{version}/spec/"
        rule = f"OCFL {version} {code} ({url.split('#')[0]}#{code})"
        if not code[1:4].isdigit() or int(code[1:4]) >= 200:
            rule = f"ocfl-py {code}"  # the validator's own codes (W901...), not the spec's
        severity: Literal["error", "warning"] = "error" if code.startswith("E") else "warning"
        out.append(OcflFinding(code, rule, severity, path, match.group("text")))
    return out


def check_ocfl(folder: Path, add: Callable[[Finding], None], check_digests: bool = True) -> str:
    """Validate an OCFL object or storage root; report each finding; return its kind."""
    try:
        return _check(folder, add, check_digests)
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except Exception as exc:  # never a traceback: the folder gets a finding
        add(OcflFinding("E999", "OCFL validator", "error", None, f"internal error: {exc!r}"))
        return ocfl_kind(folder) or "unknown"


def _layout_0004() -> str:
    """Load ocfl-py through archiver's layout module: it registers 0004 and keeps the
    import of ocfl-py from configuring logging."""
    from archiver.exports.ocfl_layout import NAME

    return NAME


def _check(folder: Path, add: Callable[[Finding], None], check_digests: bool) -> str:
    layout_0004 = _layout_0004()  # first: before anything of ocfl-py is imported
    from ocfl import StorageRoot
    from ocfl.fsw import fsw_opendir_as_fs
    from ocfl.storage_root import StorageRootException
    from ocfl.validation_logger import ValidationLogger
    from ocfl.validator import Validator

    kind = ocfl_kind(folder)
    if kind == "object":
        validator = Validator(check_digests=check_digests, log_warnings=True)
        validator.validate_object(str(folder))
        version = validator.log.spec_version or "1.1"
        for item in _findings(validator.log.messages, None, version):
            add(item)
        return kind
    store = StorageRoot(root=str(folder))
    store.registered_extensions.append(layout_0004)
    store.log = ValidationLogger(log_warnings=True, log_errors=True)
    store.open_root_fs()
    try:
        store.check_root_structure()
    except StorageRootException as exc:
        store.log.error(exc.code, **exc.kwargs)
        for item in _findings(store.log.messages, None, "1.1"):
            add(item)
        return "root"
    version = store.spec_version or "1.1"
    store.log.spec_version = version
    for dirpath in store.object_paths():  # traversal errors go to store.log
        validator = Validator(check_digests=check_digests, log_warnings=True)
        validator.validate_object(fsw_opendir_as_fs(fs=store.root_fs, path=dirpath))
        for item in _findings(validator.log.messages, dirpath, version):
            add(item)
    for item in _findings(store.log.messages, None, version):
        add(item)
    return "root"


__all__ = ["OcflFinding", "check_ocfl", "ocfl_kind"]
