"""Where the official XML schemas are: ``--schemas DIR``, else ``$ARCHIVER_SCHEMAS``, else the
set `archiver schemas install` put in the cache folder.

Kept apart from ``archiver.xmlschemas`` (which imports lxml) so that a command can check the
option up front and import lxml only once there is XML to parse.
"""

from __future__ import annotations

import os
from pathlib import Path

from archiver.cachedir import cache_dir
from archiver.errors import InputError

ENV_VAR = "ARCHIVER_SCHEMAS"
INSTALLED_NAME = "schemas"  # the folder in the cache
MARKER = "INSTALLED.json"  # written last: a folder without it is not an installed set
# what every command says, once, when XML goes unchecked
NOT_CHECKED = "XML not checked against official schemas"
HOW_TO_INSTALL = (
    "run `archiver schemas install` (offline: `archiver schemas install --from DIR`), "
    f"or give --schemas DIR / ${ENV_VAR}"
)


def installed_dir() -> Path | None:
    """The installed schema folder, when `archiver schemas install` has filled it."""
    base = cache_dir()
    if base is None:
        return None
    folder = base / INSTALLED_NAME
    return folder if (folder / MARKER).is_file() else None


def find_schema_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The schema directory: ``--schemas DIR``, else ``$ARCHIVER_SCHEMAS``, else the installed
    set, else None.

    A directory that is named but does not exist is an input error (exit 2).
    """
    if explicit is not None and str(explicit) != "":
        where, value = "--schemas", str(explicit)
    elif os.environ.get(ENV_VAR):
        where, value = f"${ENV_VAR}", os.environ[ENV_VAR]
    else:
        return installed_dir()
    path = Path(value).expanduser()
    if not path.is_dir():
        raise InputError(f"{where}: schema directory not found: {value}")
    return path.resolve()


def schema_source(explicit: str | os.PathLike[str] | None = None) -> str:
    """Where find_schema_dir's answer comes from, for messages."""
    if explicit is not None and str(explicit) != "":
        return "--schemas"
    if os.environ.get(ENV_VAR):
        return f"${ENV_VAR}"
    return "installed by `archiver schemas install`"
