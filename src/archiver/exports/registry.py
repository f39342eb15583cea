"""Export targets by name: one module per target, imported only when used.

Like ocfl-py's layout registry: a name maps to the class that implements it, and
`add_target` registers another (a plugin, a test). The built-in ones are named by
"module:Class" so that `archiver export --list` imports none of them.
"""

from __future__ import annotations

import importlib

from archiver.errors import InputError
from archiver.exports.base import Target

_TARGETS: dict[str, str | type[Target]] = {
    "archivematica": "archiver.exports.archivematica:ArchivematicaTarget",
    "dspace-saf": "archiver.exports.saf:SafTarget",
    "mets": "archiver.exports.mets:MetsTarget",
    "ocfl": "archiver.exports.ocfl:OcflTarget",
}


def add_target(name: str, target: str | type[Target]) -> None:
    """Register a target class, or its "package.module:Class" path, under name."""
    _TARGETS[name] = target


def target_names() -> list[str]:
    return sorted(_TARGETS)


def get_target(name: str) -> type[Target]:
    """The target class registered as name; InputError (exit 2) for an unknown name."""
    try:
        spec = _TARGETS[name]
    except KeyError:
        known = ", ".join(target_names())
        raise InputError(f"unknown export target {name!r} (known: {known})") from None
    if isinstance(spec, str):
        module, _, attr = spec.partition(":")
        spec = getattr(importlib.import_module(module), attr)
        _TARGETS[name] = spec
    return spec
