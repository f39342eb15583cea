"""Helpers for the export tests."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner, Result

from archiver.cli import main

EPOCH = "1416355200"  # 2014-11-19T00:00:00Z


def snapshot(root: Path) -> dict[str, tuple[bytes | None, int, int]]:
    """Every entry below root: its bytes (files), mode and mtime in ns."""
    out: dict[str, tuple[bytes | None, int, int]] = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        data = path.read_bytes() if path.is_file() else None
        out[path.relative_to(root).as_posix()] = (data, st.st_mode, st.st_mtime_ns)
    return out


def files_of(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def export(*args: str, epoch: str | None = EPOCH) -> Result:
    env = {"SOURCE_DATE_EPOCH": epoch} if epoch else {}
    if epoch is None:
        env = {"SOURCE_DATE_EPOCH": ""}
    return CliRunner(env=env).invoke(main, ["export", *args], catch_exceptions=False)


def visible(out: Path) -> list[str]:
    return sorted(os.listdir(out))
