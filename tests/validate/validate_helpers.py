"""Helpers for the validate tests: bags built fresh with bagit-python, damaged on a copy."""

from __future__ import annotations

import hashlib
import os
import shutil
import warnings
from collections.abc import Callable
from pathlib import Path

import bagit

from archiver.bagcheck import BagReport

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"

PAYLOAD = {
    "article.txt": b"SEOUL, South Korea, Sept. 1 (UPI) -- North Korean women...\n",
    "metadata/dc.json": b'{"title": "North Korean women in Seoul"}\n',
    "images/photo.bin": bytes(range(256)) * 40,
}


def write_payload(folder: Path, files: dict[str, bytes]) -> None:
    for rel, content in files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def rehash_tagmanifests(bag: Path) -> None:
    """Rewrite every tagmanifest-*.txt for the tag files as they are now."""
    for manifest in sorted(bag.glob("tagmanifest-*.txt")):
        alg = manifest.name[len("tagmanifest-") : -len(".txt")]
        lines = []
        for path in sorted(bag.rglob("*")):
            rel = path.relative_to(bag).as_posix()
            if rel.startswith("data/") or rel == "data" or not path.is_file():
                continue
            if rel.startswith("tagmanifest-"):
                continue
            digest = hashlib.new(alg, path.read_bytes()).hexdigest()
            lines.append(f"{digest}  {rel}\n")
        manifest.write_text("".join(lines), encoding="utf-8")


def build_bag(
    folder: Path,
    version: str = "1.0",
    checksums: tuple[str, ...] = ("sha256", "sha512"),
    files: dict[str, bytes] | None = None,
    info: dict[str, str] | None = None,
) -> Path:
    """A valid bag made by bagit-python (BagIt 0.97), rewritten as 1.0 when asked."""
    folder.mkdir(parents=True, exist_ok=True)
    write_payload(folder, PAYLOAD if files is None else files)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bagit.make_bag(
            str(folder),
            {
                "Source-Organization": "Example Archive",
                "Bagging-Date": "2024-01-02",
                **(info or {}),
            },
            checksums=list(checksums),
        )
    if version != "0.97":
        (folder / "bagit.txt").write_bytes(
            f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n".encode()
        )
        rehash_tagmanifests(folder)
    return folder


def bagit_py_valid(path: Path) -> bool:
    """bagit-python's verdict (the reference implementation)."""
    try:
        return bagit.Bag(str(path)).is_valid()
    except Exception:  # bagit-python raises more than BagError on broken bags
        return False


def codes(report: BagReport) -> set[str]:
    return {f.code for f in report.findings}


def errors(report: BagReport) -> set[str]:
    return {f.code for f in report.findings if f.severity == "error"}


def copy_bag(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, symlinks=True)
    return target


def edit_manifest(bag: Path, name: str, edit: Callable[[list[str]], list[str]]) -> None:
    path = bag / name
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(edit(lines)), encoding="utf-8")


def manifest_line(alg: str, rel: str, content: bytes) -> str:
    return f"{hashlib.new(alg, content).hexdigest()}  {rel}\n"


def no_fifo_support() -> bool:
    return not hasattr(os, "mkfifo")
