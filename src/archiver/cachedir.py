"""The user's cache folder for archiver: the unpacked language model, installed schemas.

$ARCHIVER_CACHE_DIR, else $XDG_CACHE_HOME/archiver, else ~/.cache/archiver; setting
ARCHIVER_CACHE_DIR to an empty string turns the cache off.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "ARCHIVER_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is turned off or there is no home."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit is not None:
        return Path(explicit).expanduser() if explicit.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    if xdg:
        return Path(xdg) / "archiver"
    home = Path("~").expanduser()
    return home / ".cache" / "archiver" if home.is_absolute() else None
