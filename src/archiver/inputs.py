"""Batch inputs: any mix of files, folders (walked for articles) and list files.

Paths come out in a stable order (as given; folders sorted), each once, so a batch's output
does not depend on the order the file system lists a folder in.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archiver.errors import InputError
from archiver.safefs import walk

MAX_LIST_LINE = 65536  # characters in one --from-list line (a path is at most 4,096 bytes)


def _walk(folder: Path, patterns: tuple[str, ...]) -> Iterator[str]:
    for root, dirs, files in walk(folder):
        if "bagit.txt" in files:  # a bag (an earlier run's output): its files are not articles
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # skip .git, staging folders
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                yield os.path.join(root, name)


@dataclass(frozen=True)
class InputSettings:
    """What a list line says about its input, beating the command line's options: the
    reference date that gives its dateline a year, and its language."""

    reference_date: dt.date | None = None
    language: str | None = None


def _read_list(list_file: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of each entry of a list file: not blank, not a # comment."""
    from archiver.reading import describe_path  # lazily: only list files need it

    try:
        fh = sys.stdin if list_file == "-" else open(list_file, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{describe_path(list_file)}: cannot read list: {exc.strerror}") from None
    try:
        # lines read with a ceiling: a list that is one endless line (/dev/zero, a binary
        # file) is refused at MAX_LIST_LINE characters instead of filling memory
        for number, line in enumerate(iter(lambda: fh.readline(MAX_LIST_LINE + 1), ""), 1):
            if len(line) > MAX_LIST_LINE or "\0" in line:
                raise InputError(
                    f"{describe_path(list_file)}: line {number} is longer than "
                    f"{MAX_LIST_LINE} characters or holds a NUL; not a list of paths"
                )
            line = line.rstrip("\n").rstrip("\r")
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line
    except UnicodeDecodeError:
        raise InputError(f"{describe_path(list_file)}: list is not UTF-8 text") from None
    finally:
        if fh is not sys.stdin:
            fh.close()


def parse_list_line(line: str, where: str = "list") -> tuple[str, InputSettings | None]:
    """`PATH`, or `PATH<TAB>REFERENCE-DATE[<TAB>LANGUAGE]` (an empty field says nothing):
    the path and what the line says about it. `where` names the line in errors."""
    if "\t" not in line:
        return line, None
    fields = line.split("\t")
    if len(fields) > 3 or not fields[0]:
        raise InputError(f"{where}: expected PATH<TAB>REFERENCE-DATE[<TAB>LANGUAGE]")
    path, date_text, language = (fields + ["", ""])[:3]
    date = None
    if date_text.strip():
        try:
            date = dt.date.fromisoformat(date_text.strip())
        except ValueError:
            raise InputError(
                f"{where}: reference date {date_text.strip()!r} is not a date (YYYY-MM-DD)"
            ) from None
    lang = language.strip() or None
    if lang is not None:
        from archiver.extract.language import is_bcp47

        if not is_bcp47(lang):
            raise InputError(f"{where}: language {lang!r} is not a BCP 47 language tag")
    return path, InputSettings(date, lang) if date or lang else None


def _list_entries(list_file: str) -> Iterator[tuple[str, InputSettings | None]]:
    from archiver.reading import describe_path

    for number, line in _read_list(list_file):
        yield parse_list_line(line, f"{describe_path(list_file)}, line {number}")


def collect_inputs(
    paths: Iterable[str],
    *,
    from_lists: Iterable[str] = (),
    patterns: Iterable[str] = (),
    settings: dict[str, InputSettings] | None = None,
) -> Iterator[str]:
    """Every article path named directly, found under a named folder, or listed in a list file.

    A list line may give its input's reference date and language (`parse_list_line`); they
    are put in `settings` under the path yielded (for a listed folder, under each file in it).

    Files named directly are taken whatever their name (their format is recognised from their
    bytes); folders are walked for names matching `patterns`, by default every input reader's
    (*.txt, *.html, *.htm, *.xhtml, *.html.gz, *.htm.gz, *.warc, *.warc.gz). A path that does
    not exist is still yielded, so that it is reported as a failed article rather than
    silently skipped.
    """
    from archiver.readers import default_patterns  # lazily: `validate` never reads articles

    pats = tuple(patterns) or default_patterns()
    seen: set[str] = set()

    def emit(candidates: Iterable[str]) -> Iterator[str]:
        for c in candidates:
            key = os.path.normpath(c) if c != "-" else c
            if key not in seen:
                seen.add(key)
                yield c

    def expand(p: str) -> Iterator[str]:
        if p != "-" and os.path.isdir(p):
            yield from _walk(Path(p), pats)
        else:
            yield p

    for p in paths:
        yield from emit(expand(p))
    for list_file in from_lists:
        for p, listed in _list_entries(list_file):
            for found in emit(expand(p)):
                if listed is not None and settings is not None:
                    settings[found] = listed
                yield found


_ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip")


def _walk_bags(folder: str) -> Iterator[str]:
    """Bag folders (those holding bagit.txt) and serialized bags below folder, not inside bags."""
    for root, dirs, files in walk(folder):
        dirs.sort()
        if "bagit.txt" in files and root != folder:
            dirs[:] = []  # a bag's own folders are its payload, not more bags
            yield root
            continue
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in sorted(files):
            if name.lower().endswith(_ARCHIVE_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)


def _looks_like_bag(folder: str) -> bool:
    """A bag, or what is left of one: bagit.txt, bag-info.txt, a manifest or a data folder;
    or an OCFL object or storage root (0=ocfl...), validated as a whole, never walked."""
    try:
        names = os.listdir(folder)
    except OSError:
        return True  # let the validator report what cannot be read
    return any(
        n in ("bagit.txt", "bag-info.txt", "data")
        or n.startswith(("manifest-", "tagmanifest-", "0=ocfl_"))
        for n in names
    )


def collect_bags(paths: Iterable[str], *, from_lists: Iterable[str] = ()) -> Iterator[str]:
    """Bags named directly or listed, and those found in folders that are not bags themselves."""
    seen: set[str] = set()

    def expand(p: str) -> Iterator[str]:
        if os.path.isdir(p) and not _looks_like_bag(p):
            found = list(_walk_bags(p))
            # a folder with no bags in it is judged as a (broken) bag, not skipped
            yield from found or [p]
        else:
            yield p

    for p in [*paths, *(q for lf in from_lists for q, _ in _list_entries(lf))]:
        for bag in expand(p):
            key = os.path.normpath(bag)
            if key not in seen:
                seen.add(key)
                yield bag
