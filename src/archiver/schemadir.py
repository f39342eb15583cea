"""Where the official XML schemas are: ``--schemas DIR``, else ``$ARCHIVER_SCHEMAS``.

Kept apart from ``archiver.xmlschemas`` (which imports lxml) so that a command can check the
option up front and import lxml only once there is XML to parse.
"""

from __future__ import annotations

import os
from pathlib import Path

from archiver.errors import InputError

ENV_VAR = "ARCHIVER_SCHEMAS"


def find_schema_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The schema directory: ``--schemas DIR``, else ``$ARCHIVER_SCHEMAS``, else None.

    A directory that is named but does not exist is an input error (exit 2).
    """
    if explicit is not None and str(explicit) != "":
        where, value = "--schemas", str(explicit)
    elif os.environ.get(ENV_VAR):
        where, value = f"${ENV_VAR}", os.environ[ENV_VAR]
    else:
        return None
    path = Path(value).expanduser()
    if not path.is_dir():
        raise InputError(f"{where}: schema directory not found: {value}")
    return path.resolve()
