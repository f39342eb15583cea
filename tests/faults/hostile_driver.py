"""Validate hostile bags in a process of its own, recording every file it touches.

    python hostile_driver.py SPEC.json RESULTS.jsonl

SPEC: {"cases": [{"name": ..., "path": ..., "options": {...}}, ...]}. For each case one JSON
line is written (and flushed) to RESULTS: the verdict, the findings, and the file-system events
seen by a `sys.addaudithook` hook (opens, listings, creations, renames, removals...), each with
the real path it resolves to. The parent test runs this with a timeout, so a validator that
opens a FIFO fails the test instead of hanging it, and the line of the case that hung is the
one missing.
"""

from __future__ import annotations

import json
import os
import sys

READS = {"open", "os.listdir", "os.scandir"}
WRITES = {
    "os.mkdir",
    "os.rename",
    "os.replace",
    "os.remove",
    "os.rmdir",
    "os.symlink",
    "os.link",
    "os.chmod",
    "os.chown",
    "os.utime",
    "os.truncate",
    "os.mkfifo",
    "os.mknod",
    "shutil.rmtree",
    "shutil.copyfile",
    "shutil.copytree",
    "shutil.move",
    "tempfile.mkdtemp",
    "tempfile.mkstemp",
}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def _fd_path(fd: int) -> str | None:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return None


def _resolve(path, dir_fd=None, follow: bool = True) -> str | None:  # type: ignore[no-untyped-def]
    if isinstance(path, int):
        return _fd_path(path)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        path = os.fspath(path) if hasattr(path, "__fspath__") else None
        if path is None:
            return None
    if not os.path.isabs(path) and isinstance(dir_fd, int):
        base = _fd_path(dir_fd)
        path = os.path.join(base, path) if base else path
    path = os.path.abspath(path)
    if follow:
        return os.path.realpath(path)
    return os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))


def main() -> None:
    spec_path, result_path = sys.argv[1:3]
    with open(spec_path, encoding="utf-8") as fh:
        spec = json.load(fh)

    # Import everything the validator may import lazily, before the hook is installed.
    import bz2  # noqa: F401
    import gzip  # noqa: F401
    import lzma  # noqa: F401
    import shutil  # noqa: F401
    import tarfile  # noqa: F401
    import tempfile
    import zipfile  # noqa: F401

    from lxml import etree  # noqa: F401

    import archiver.bagcheck.archives  # noqa: F401
    from archiver.bagcheck import ValidateOptions, make_xml_checker, validate_bag

    tempfile.gettempdir()
    checker = make_xml_checker()
    events: list[tuple[str, str, str]] = []  # (event, kind, real path)

    def hook(event: str, args: tuple) -> None:
        try:
            if event == "open":
                path, mode, flags = (list(args) + [None, None])[:3]
                writing = bool(mode and any(c in str(mode) for c in "wax+")) or bool(
                    isinstance(flags, int) and flags & WRITE_FLAGS
                )
                follow = not (isinstance(flags, int) and flags & getattr(os, "O_NOFOLLOW", 0))
                real = _resolve(path, follow=follow)
                if real:
                    events.append((event, "write" if writing else "read", real))
            elif event in READS:
                real = _resolve(args[0] if args else ".")
                if real:
                    events.append((event, "read", real))
            elif event in WRITES:
                dir_fd = args[-1] if event in ("os.remove", "os.rmdir", "os.mkdir") else None
                for index, arg in enumerate(args[:2]):
                    if event in ("os.chmod", "os.mkdir", "os.remove", "os.rmdir") and index:
                        break
                    if isinstance(arg, (str, bytes, os.PathLike)) or (
                        isinstance(arg, int) and event == "shutil.rmtree"
                    ):
                        real = _resolve(arg, dir_fd, follow=False)
                        if real:
                            events.append((event, "write", real))
        except Exception as exc:  # never let the hook change what is measured
            events.append((event, "hook-error", repr(exc)))

    out = open(result_path, "w", encoding="utf-8")  # noqa: SIM115 - opened before the hook
    sys.addaudithook(hook)
    for case in spec["cases"]:
        events.clear()
        line: dict = {"name": case["name"]}
        try:
            options = ValidateOptions(xml_checker=checker, **case.get("options", {}))
            report = validate_bag(case["path"], options)
            line["valid"] = report.valid
            line["findings"] = [f.to_dict() for f in report.findings]
        except BaseException as exc:  # reported, so the parent can say which case broke
            line["exception"] = f"{type(exc).__name__}: {exc}"
        line["events"] = sorted(set(events))
        out.write(json.dumps(line) + "\n")
        out.flush()
    out.close()


if __name__ == "__main__":
    main()
