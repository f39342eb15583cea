"""Outputs that would destroy inputs, refused before any work.

A bag is a sealed thing: writing a bag, a report or XML into one makes it invalid, and a
report written over an article, a list or a manifest loses it. Every command checks its
outputs here first and stops with a one-line usage error (exit 2) naming both paths.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from archiver.errors import InputError


def enclosing_bag(path: str | os.PathLike[str]) -> Path | None:
    """The bag folder (one holding a bagit.txt file) that path is or lies inside, else None.

    Links are resolved first, so a link into a bag counts as the bag; the part of path that
    does not exist yet cannot be a bag and is skipped.
    """
    real = Path(os.path.realpath(path))
    for folder in (real, *real.parents):
        try:
            if stat.S_ISREG(os.stat(folder / "bagit.txt").st_mode):
                return folder
        except (OSError, ValueError):
            continue
    return None


def check_output_folder(out: str | os.PathLike[str], option: str = "-o") -> None:
    """Refuse an output folder that is a bag or lies inside one."""
    bag = enclosing_bag(out)
    if bag is None:
        return
    where = "is the bag" if Path(os.path.realpath(out)) == bag else "lies inside the bag"
    raise InputError(
        f"{option} {out}: {where} {bag}; writing there would change the bag and make it "
        "invalid (choose a folder outside every bag)"
    )


def check_report_file(
    report: str | os.PathLike[str] | None,
    inputs: Iterable[str | os.PathLike[str] | None],
    option: str,
) -> None:
    """Refuse a report file that is one of the inputs, a bag's file, or inside a bag.

    inputs are compared by device and inode (so any spelling of the same file, links and
    hard links included, is caught); only an existing report file can be one of them.
    """
    if report is None or os.fspath(report) == "-":
        return
    report_path = Path(report)
    bag = enclosing_bag(report_path.parent)
    if bag is not None:
        raise InputError(
            f"{option} {report}: lies inside the bag {bag}; writing there would change the "
            "bag and make it invalid"
        )
    try:
        mine: os.stat_result | None = os.stat(report_path)
    except (OSError, ValueError):
        mine = None  # a file that does not exist yet cannot be an input
    folder = os.path.realpath(report_path.parent)
    for item in inputs:
        if item is None or os.fspath(item) == "-":
            continue
        try:
            other = os.stat(item)
        except (OSError, ValueError):  # ValueError: a NUL in a listed name
            continue
        if stat.S_ISDIR(other.st_mode):
            # an input folder (a bag being validated, even one without bagit.txt)
            real = os.path.realpath(item)
            if folder == real or folder.startswith(real.rstrip(os.sep) + os.sep):
                raise InputError(
                    f"{option} {report}: lies inside the input {item}; writing there would "
                    "change it"
                )
            continue
        if mine is not None and (other.st_dev, other.st_ino) == (mine.st_dev, mine.st_ino):
            raise InputError(
                f"{option} {report}: is the input {item}; writing the report would destroy it"
            )
