"""`archiver export --to ocfl`: each article an OCFL 1.1 object in a storage root (ocfl-py).

ocfl-py is the maintained Python implementation of OCFL (the validator behind
``ocfl-validate`` and the object and root code); it is used for every object and for the
root, so what archiver writes is what the reference tools read. The storage root is made
when missing, with the ``0004-hashed-n-tuple-storage-layout`` extension (Fedora 6's; added
to ocfl-py in `archiver.exports.ocfl_layout`) or ``0003`` (``--ocfl-layout 0003``).

One object per article: its id is the article's guid (bag-info External-Identifier), its
content the bag's payload (``data/`` becomes the object's logical root: ``original/...``,
``newsml.xml``, ``metadata/...``). A version's ``created`` is the bag's Bagging-Date,
its ``message`` the External-Description (the headline), its ``user`` the Contact-Name with
``mailto:`` Contact-Email; an email without a name is the user's name too, so the user
block is always valid (OCFL requires a name).

Exporting a bag whose article already has an object adds a version only when the content
differs from the head version (the same bag again changes nothing); unchanged files are
referenced, never stored again (OCFL forward-delta deduplication).

Each change is atomic: a new object is built in a staging folder inside the root's
``extensions/`` (outside the storage hierarchy) and renamed into place; a new version is
added to a copy of the object (content files hard-linked: OCFL never changes them) that is
swapped in with one rename (`packaging.staging.install`). One lock file at the root
serializes the changes of concurrent processes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from archiver.errors import ArchiverError, ArticleError, InputError
from archiver.exports.base import BagView, ExportResult, Target
from archiver.exports.ocfl_layout import NAME as LAYOUT_0004
from archiver.exports.output import OutputFolder
from archiver.packaging.staging import fsync_many, fsync_path, fsync_tree, install
from archiver.safefs import make_folders, remove_tree, walk

if TYPE_CHECKING:
    from ocfl import StorageRoot, VersionMetadata

LAYOUTS = {"0004": LAYOUT_0004, "0003": "0003-hash-and-id-n-tuple-storage-layout"}
DEFAULT_LAYOUT = "0004"
SPEC_VERSION = "1.1"
LOCK_NAME = ".archiver-ocfl.lock"  # a file at the root: OCFL allows other files there
STAGING = "extensions/archiver-staging"  # outside the storage hierarchy, same file system


@dataclass(frozen=True)
class OcflChange:
    identifier: str
    object_path: str  # relative to the root
    version: str  # the head version after the export
    status: str  # "created" (new object), "updated" (new version), "exists" (no change)


def _root_declaration(root: Path) -> str | None:
    for version in ("1.1", "1.0"):
        if (root / f"0=ocfl_{version}").is_file():
            return version
    return None


def root_layout(root: Path) -> str | None:
    """The layout extension an existing storage root declares (ocfl_layout.json)."""
    try:
        data = json.loads((root / "ocfl_layout.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("extension") if isinstance(data, dict) else None


def ensure_root(root: Path, layout: str | None = None) -> str:
    """Make the storage root if it is missing (atomically); return its layout's name.

    An existing root must be an OCFL storage root; a layout asked for must be its layout.
    """
    from ocfl import StorageRoot
    from ocfl.storage_root import StorageRootException

    wanted = LAYOUTS.get(layout or DEFAULT_LAYOUT, layout or LAYOUTS[DEFAULT_LAYOUT])
    if root.is_dir() and any(root.iterdir()):
        if _root_declaration(root) is None:
            raise InputError(f"{root}: exists and is not an OCFL storage root (no 0=ocfl_1.x)")
        found = root_layout(root)
        if found is None:
            raise InputError(f"{root}: the OCFL storage root declares no layout (ocfl_layout.json)")
        if layout is not None and found != wanted:
            raise InputError(f"{root}: the storage root's layout is {found}, not {wanted}")
        if found not in LAYOUTS.values():
            raise InputError(f"{root}: storage layout {found} is not one archiver writes")
        _remove_stale_staging(root)
        return found
    if root.exists() and not root.is_dir():
        raise InputError(f"{root}: exists and is not a folder")
    parent = root.absolute().parent
    try:
        make_folders(parent)
        tmp = parent / f".archiver-staging-{root.name}.{os.getpid()}.{secrets.token_hex(4)}"
        try:
            StorageRoot(root=str(tmp), layout_name=wanted).initialize(spec_version=SPEC_VERSION)
            fsync_tree(tmp)
            os.rename(tmp, root)  # onto nothing, or onto an empty folder
        finally:
            remove_tree(tmp)
        fsync_path(parent)
    except (OSError, StorageRootException) as exc:
        raise InputError(f"{root}: cannot create the OCFL storage root: {exc}") from None
    return wanted


def _remove_stale_staging(root: Path) -> None:
    """Staging folders of processes that are gone (a crash mid-export) are removed: the
    object they were for was never touched."""
    from archiver.exports.run import _pid_alive

    staging = root / STAGING
    if not staging.is_dir():
        return
    for entry in staging.iterdir():
        pid = entry.name.split(".", 1)[0]
        if pid.isdigit() and not _pid_alive(int(pid)):
            remove_tree(entry)
    with contextlib.suppress(OSError):
        staging.rmdir()


@contextlib.contextmanager
def _locked(root: Path) -> Iterator[None]:
    fd = os.open(root / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _metadata(bag: BagView) -> VersionMetadata:
    """The version's created, message and user, from bag-info."""
    from ocfl import VersionMetadata

    info = bag.info
    date = (info.first("Bagging-Date") or "").strip()
    try:
        day = dt.date.fromisoformat(date)
        created = f"{day.isoformat()}T00:00:00Z"
    except ValueError:
        created = None  # ocfl-py then stamps the current time
    name = " ".join((info.first("Contact-Name") or "").split()) or None
    email = " ".join((info.first("Contact-Email") or "").split()) or None
    message = " ".join((info.first("External-Description") or "").split()) or None
    return VersionMetadata(
        created=created,
        message=message,
        name=name or email,  # OCFL: a user has a name; the address alone is not a user
        address=f"mailto:{email}" if email else None,
    )


def _payload_tree(bag: BagView, dest: Path) -> None:
    """The bag's payload (data/...) copied to dest, each file checked against its manifest
    (an `OutputFolder`: folders made once, a file in one open, write and close)."""
    out = OutputFolder(dest, None)
    for rel in bag.files:
        out.copy(bag, rel, rel.removeprefix("data/"))


def _linked_copy(src: Path, dest: Path) -> None:
    """A copy of an object: version folders hard-linked (never changed), the rest copied
    (ocfl-py rewrites the root inventory and its sidecar in place)."""
    for dirpath, _dirs, files in walk(src):
        rel = Path(dirpath).relative_to(src)
        make_folders(dest / rel)
        for name in files:
            source, target = Path(dirpath) / name, dest / rel / name
            if rel.parts:
                try:
                    os.link(source, target)
                    continue
                except OSError:
                    pass
            shutil.copy2(source, target)


_STORAGE_ROOTS: dict[tuple[str, int, int, int], StorageRoot] = {}


def _storage_root(root: Path) -> StorageRoot:
    """ocfl-py's StorageRoot for root, its structure and layout checked once per process
    (not per object, which read the declaration and layout files again each time); a root
    made again at the same path (another layout file) is checked again."""
    from ocfl import StorageRoot

    st = os.stat(root / "ocfl_layout.json")
    key = (os.path.abspath(root), st.st_dev, st.st_ino, st.st_mtime_ns)
    store = _STORAGE_ROOTS.get(key)
    if store is None:
        store = StorageRoot(root=str(root))
        store.object_path("check")  # reads and checks the root's declaration and layout
        _STORAGE_ROOTS[key] = store
    return store


def _work_folder(staging_parent: Path, name: str | None = None) -> Path:
    """This process's staging folder, named by its id alone: the same paths for every
    object, so the fsspec file systems ocfl-py opens on them are made once per process
    (fsspec keeps an instance per path; making one costs more than writing a small file).
    One process exports one bag at a time; a folder of that name is a dead process's
    (process ids are reused), removed like any stale one."""
    work = staging_parent / (name or str(os.getpid()))
    while True:
        make_folders(staging_parent)
        try:
            os.mkdir(work)
            return work
        except FileNotFoundError:  # another process just removed the empty staging folder
            continue
        except FileExistsError:
            remove_tree(work)


def _identifier(bag: BagView) -> str:
    identifier = " ".join((bag.info.first("External-Identifier") or "").split())
    if not identifier:
        raise ArticleError(
            f"{bag.source}: no External-Identifier in bag-info.txt to name the OCFL object"
        )
    if not bag.files:
        raise ArticleError(f"{bag.source}: the bag has no payload to store")
    return identifier


def add_to_root(bag: BagView, root: Path) -> OcflChange:
    """Add the bag's article to the storage root (made by `ensure_root`): a new object, a
    new version of its object when the content changed, or nothing."""
    identifier = _identifier(bag)
    object_path = _storage_root(root).object_path(identifier)
    staging_parent = root / STAGING
    work = _work_folder(staging_parent)
    try:
        source = work / "payload"
        _payload_tree(bag, source)
        with _locked(root):
            return _change(root, identifier, object_path, _metadata(bag), source, work, bag.source)
    finally:
        remove_tree(work)
        with contextlib.suppress(OSError):
            staging_parent.rmdir()  # only when no other process is staging


def _change(
    root: Path,
    identifier: str,
    object_path: str,
    metadata: VersionMetadata,
    source: Path,
    work: Path,
    label: str,
) -> OcflChange:
    """With the root's lock held: the object made from source (a new one, or a new version
    of the one there), flushed and put in place; nothing when the content is the same."""
    from ocfl import Object
    from ocfl.object import ObjectException

    final = root / object_path
    staged = work / "object"
    obj = Object(identifier=identifier, spec_version=SPEC_VERSION, fixity=["sha256"])
    try:
        if not (final / "inventory.json").is_file():
            inventory = obj.create(str(source), metadata=metadata, objdir=str(staged))
            status = "created"
        else:
            _linked_copy(final, staged)
            inventory = obj.add_version_with_content(
                objdir=str(staged),
                srcdir=str(source),
                metadata=metadata,
                abort_if_no_difference=True,
            )
            if inventory is None:
                head = Object(path=str(final)).parse_inventory().head
                return OcflChange(identifier, object_path, head, "exists")
            status = "updated"
    except ObjectException as exc:
        raise ArticleError(f"{label}: OCFL object {identifier}: {exc}") from None
    fsync_tree(staged)
    make_folders(final.parent)
    install(staged, final, replace=status == "updated")
    return OcflChange(identifier, object_path, inventory.head, status)


@dataclass
class _Staged:
    """A new object built in a work folder, waiting for its group's flush."""

    identifier: str
    object_path: str
    metadata: VersionMetadata
    work: Path
    head: str
    source: str  # the bag as given
    name: str  # the bag's name


class OcflGroup:
    """New objects of a group of bags built first, flushed with one sync, then each moved
    into the storage root under its lock.

    An object made for an article the root does not hold yet needs nothing of the root to be
    built, so it is built outside the lock, in a work folder of its own (``<pid>.<n>``, the
    same names in every group: ocfl-py's file systems on them are made once); the group's
    exports are then made durable with one syncfs (not one per object), and under the lock
    each is renamed into place, unless another process added that object meanwhile: then it
    is made again as a new version of that object, the careful way (`_change`). The renames
    are made durable with one more sync before the results are given. A bag whose article
    the root holds already is exported the careful way at once (`add_to_root`).
    """

    def __init__(self, target: OcflTarget, root: Path) -> None:
        self.target, self.root = target, root
        self.slots: list[ExportResult | ArchiverError | _Staged] = []
        self.staging_parent = root / STAGING

    def fail(self, error: ArchiverError) -> None:
        self.slots.append(error)

    def add(self, bag: BagView) -> None:
        from ocfl import Object
        from ocfl.object import ObjectException

        identifier = _identifier(bag)
        object_path = _storage_root(self.root).object_path(identifier)
        if os.path.lexists(self.root / object_path):
            self.slots.append(self.target.export(bag, self.root))
            return
        n = sum(isinstance(s, _Staged) for s in self.slots)
        work = _work_folder(self.staging_parent, f"{os.getpid()}.{n}")
        try:
            source = work / "payload"
            _payload_tree(bag, source)
            metadata = _metadata(bag)
            obj = Object(identifier=identifier, spec_version=SPEC_VERSION, fixity=["sha256"])
            try:
                inventory = obj.create(str(source), metadata=metadata, objdir=str(work / "object"))
            except ObjectException as exc:
                raise ArticleError(f"{bag.source}: OCFL object {identifier}: {exc}") from None
        except BaseException:
            remove_tree(work)
            raise
        self.slots.append(
            _Staged(identifier, object_path, metadata, work, inventory.head, bag.source, bag.name)
        )

    def commit(self) -> list[ExportResult | ArchiverError]:
        slots, self.slots = self.slots, []
        staged = [s for s in slots if isinstance(s, _Staged)]
        results: dict[int, ExportResult | ArchiverError] = {}
        try:
            if staged:
                fsync_many([s.work / "object" for s in staged])
                placed: list[Path] = []
                with _locked(self.root):
                    for s in staged:
                        results[id(s)] = self._place(s, placed)
                fsync_many(placed)  # the renames and the folders made for them
        except OSError as exc:
            for s in staged:
                results.setdefault(
                    id(s), ArticleError(f"{s.source}: cannot export: {exc.strerror or exc}")
                )
        finally:
            for s in staged:
                remove_tree(s.work)
            with contextlib.suppress(OSError):
                self.staging_parent.rmdir()  # only when no other process is staging
        return [results[id(s)] if isinstance(s, _Staged) else s for s in slots]

    def _place(self, s: _Staged, placed: list[Path]) -> ExportResult | ArchiverError:
        final = self.root / s.object_path
        try:
            if os.path.lexists(final):  # another process added it since: a new version
                change = _change(
                    self.root,
                    s.identifier,
                    s.object_path,
                    s.metadata,
                    s.work / "payload",
                    s.work,
                    s.source,
                )
            else:
                make_folders(final.parent)
                install(s.work / "object", final, replace=False, sync_parent=False)
                placed.append(final.parent)
                change = OcflChange(s.identifier, s.object_path, s.head, "created")
        except ArchiverError as exc:
            return exc
        return self.target.result(self.root, s.source, s.name, change)


class OcflTarget(Target):
    """The storage root is OUTDIR itself, created on the first export."""

    name: ClassVar[str] = "ocfl"
    summary: ClassVar[str] = (
        "OCFL 1.1 objects (id = guid, versions, dedup) in a storage root; layout 0004 or 0003"
    )

    def begin(self, out_dir: Path) -> None:
        ensure_root(out_dir, self.options.ocfl_layout)

    def export(self, bag: BagView, out_dir: Path) -> ExportResult:
        return self.result(out_dir, bag.source, bag.name, add_to_root(bag, out_dir))

    def result(self, out_dir: Path, source: str, name: str, change: OcflChange) -> ExportResult:
        output = f"{out_dir / change.object_path} {change.version}"
        return ExportResult(source, change.status, output, name, self.name)

    def group(self, out_dir: Path) -> OcflGroup:
        return OcflGroup(self, out_dir)


__all__ = ["LAYOUTS", "OcflChange", "OcflTarget", "add_to_root", "ensure_root", "root_layout"]
