"""Committing: bags built in staging folders, flushed together, renamed into place.

Each article is prepared once (`packaging.prepare`), laid out as a bag in its own staging
folder (`packaging.bag`), and the group is made durable with one flush and installed with one
rename per bag (`packaging.staging`).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archiver.errors import ArchiverError, ArticleError, InputError
from archiver.model import Warning
from archiver.packaging.bag import build_bag, check_extra_info
from archiver.packaging.prepare import (
    PackageOptions,
    PreparedArticle,
    bagging_date,
    iter_prepared,
    run_epoch,
)
from archiver.packaging.rerun import archive_files, bag_for_guid, differences, folder_files
from archiver.packaging.serialize import SUFFIXES, serialize_bag
from archiver.packaging.staging import (
    STAGING_PREFIX,
    BagLock,
    acquire_lock,
    fsync_many,
    fsync_path,
    install,
    new_staging_dir,
    release_lock,
)
from archiver.readers import Skipped
from archiver.reading import describe_path
from archiver.safefs import remove_tree


@dataclass(frozen=True)
class PackageResult:
    source: str
    status: str  # "created", "replaced", "updated", "exists", "stale"
    bag: str
    guid: str
    archive: str | None = None
    warnings: tuple[Warning, ...] = ()
    differs: tuple[str, ...] = ()  # stale or updated: the files that differ from the old bag


def _existing_bag_ok(bag: Path) -> bool:
    from archiver.bagcheck import ValidateOptions, validate_bag

    return validate_bag(bag, ValidateOptions(mode="fast")).valid


@dataclass
class _Pending:
    """A bag built in staging, waiting for the group's flush before its rename."""

    path: str
    warnings: tuple[Warning, ...]
    guid: str
    name: str
    status: str
    lock: BagLock | None  # None: shares the lock of an earlier entry for the same bag
    staging: Path | None  # None: the bag exists already and is kept
    kept: str | None = None  # exists/stale: the bag in place, when under another name
    retire: Path | None = None  # an older bag of the same article (another name), replaced
    differs: tuple[str, ...] = ()


class GroupCommit:
    """Package a group of articles with one flush to disk for all of them.

    Each bag is built in its own staging folder under its bag lock; then one syncfs (or fsync
    of every file) makes them all durable, each is renamed into place and OUTDIR is fsynced
    once. Durability costs a journal commit per group instead of per bag. A process never
    waits for a lock while it holds others (it commits first), so concurrent runs cannot
    deadlock.
    """

    def __init__(self, out_dir: Path, options: PackageOptions) -> None:
        self.out_dir, self.options = out_dir, options
        self.pending: list[_Pending] = []
        # per input: a result or an error for each article it holds, or the error that
        # stopped it before any article
        self.results: dict[int, InputResults] = {}
        # per input: what it holds besides articles (a WARC's other records), with reasons
        self.skipped: dict[int, list[Skipped]] = {}

    def add(self, index: int, path: str) -> None:
        """Stage the bags of one input: one per article it holds (a web archive may hold
        many). One article's failure to be bagged is that article's only: the others are
        still bagged. An input that cannot be read to its end fails whole, as before any
        article was staged: its bags staged so far are dropped.

        Articles are prepared and staged one at a time, so a web archive's pages are never
        all in memory: each is rendered, written to its staging folder and let go."""
        self._naming: str | None = None
        self.results[index] = []
        skipped = self.skipped.setdefault(index, [])
        prepared = iter_prepared(path, self.options, skipped)
        while True:
            self._naming = None
            one = self._guard(path, functools.partial(next, prepared, None))
            if one is None:
                return
            if isinstance(one, ArchiverError):
                self._fail_input(index, one)
                return
            failed = self._guard(path, functools.partial(self._add, index, path, one))
            if isinstance(failed, ArchiverError):
                self._result(index, failed)

    def _fail_input(self, index: int, error: ArchiverError) -> None:
        """The input stopped part way: drop its bags still in staging, and report the
        error as the input's. Bags of it already committed (a commit forced by waiting for
        a lock) are whole and valid: they stay, reported, with the error after them."""
        keep: list[tuple[int, _Pending]] = []
        for order, entry in zip(self._order, self.pending, strict=True):
            if order != index:
                keep.append((order, entry))
                continue
            if entry.staging is not None:
                remove_tree(entry.staging)
            if entry.lock is not None:
                release_lock(entry.lock)
        self._order = [order for order, _ in keep]
        self.pending = [entry for _, entry in keep]
        committed = self.results.get(index)
        if isinstance(committed, list) and any(isinstance(r, PackageResult) for r in committed):
            committed.append(error)
        else:
            self.results[index] = error

    def _guard(self, path: str, step: Callable[[], Any]) -> Any:
        """The step's value, or the ArchiverError that says why it failed."""
        try:
            return step()
        except ArchiverError as exc:
            return exc
        except OSError as exc:  # a lock or staging folder that cannot be made
            what = f"bag {self._naming}" if self._naming else f"a bag in {self.out_dir}"
            return ArticleError(
                f"{describe_path(path)}: cannot write {what}: {exc.strerror or exc}"
            )
        except Exception as exc:  # one article's unforeseen failure is that article's only
            return ArticleError(f"{describe_path(path)}: internal error: {exc!r}")

    def _result(self, index: int, result: PackageResult | ArchiverError) -> None:
        results = self.results.setdefault(index, [])
        if isinstance(results, list):
            results.append(result)

    def _add(self, index: int, path: str, prepared: PreparedArticle) -> None:
        options, out_dir = self.options, self.out_dir
        name = self._naming = prepared.name
        if any(p.name == name for p in self.pending):
            # the same bytes named twice in one group: one bag; the second sees it as existing
            self.pending.append(
                _Pending(
                    path,
                    tuple(prepared.article.warnings),
                    prepared.guid,
                    name,
                    "exists",
                    None,
                    None,
                )
            )
            self._order.append(index)
            return
        lock = acquire_lock(out_dir, name, blocking=False)
        if lock is None:
            self.commit()  # hold no lock while waiting for one
            lock = acquire_lock(out_dir, name)
            assert lock is not None
        final = out_dir / name
        status = "created"
        existing, old = _existing(out_dir, name, prepared.guid, options)
        entry = _Pending(
            path, tuple(prepared.article.warnings), prepared.guid, name, status, lock, None
        )
        try:
            if final.is_symlink() and not options.force:
                # a link is never followed: the bag it points to is not this bag
                raise ArticleError(
                    f"{describe_path(path)}: {final} is a symbolic link, not a bag; "
                    "use --force to replace the link with the bag"
                )
            if existing is not None and options.force:
                entry.status = "replaced"
            elif existing is not None and not (existing.is_dir() and _existing_bag_ok(existing)):
                if existing == final:
                    raise ArticleError(
                        f"{describe_path(path)}: {final} exists and is not a valid bag; "
                        "use --force to replace it"
                    )
                existing = None  # a broken bag under another name: not this run's to judge
            staging = entry.staging = new_staging_dir(out_dir, name)
            try:
                build_bag(prepared, staging, options, flush=False)
            except OSError as exc:
                raise ArticleError(
                    f"{describe_path(path)}: cannot write bag {name}: {exc.strerror or exc}"
                ) from None
            if not options.force and (existing is not None or old is not None):
                _compare(entry, existing, old, options)
            if entry.status in ("replaced", "updated") and existing not in (None, final):
                entry.retire = existing
        except BaseException:
            if entry.staging is not None:
                remove_tree(entry.staging)
            release_lock(lock)
            raise
        self.pending.append(entry)
        self._order.append(index)

    _order: list[int]

    def __enter__(self) -> GroupCommit:
        self._order = []
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.commit()
        else:
            self._abandon()

    def _abandon(self) -> None:
        for p in self.pending:
            if p.staging is not None:
                remove_tree(p.staging)
            if p.lock is not None:
                release_lock(p.lock)
        self.pending, self._order = [], []

    def commit(self) -> None:
        """Flush every staged bag, rename each into place, fsync OUTDIR, release the locks."""
        if not self.pending:
            return
        pending, order = self.pending, self._order
        self.pending, self._order = [], []
        staged = [p for p in pending if p.staging is not None]
        flush_error: OSError | None = None
        try:
            if staged:
                fsync_many([p.staging for p in staged])  # type: ignore[misc]
        except OSError as exc:
            flush_error = exc
        installed = False
        for index, p in zip(order, pending, strict=True):
            try:
                self._result(index, self._finish(p, flush_error))
                installed = installed or p.staging is not None
            except ArchiverError as exc:
                self._result(index, exc)
            finally:
                if p.staging is not None:
                    remove_tree(p.staging)
                if p.lock is not None:
                    release_lock(p.lock)
        if installed:
            fsync_path(self.out_dir)

    def _finish(self, p: _Pending, flush_error: OSError | None) -> PackageResult:
        options, final = self.options, self.out_dir / p.name
        if p.staging is not None:
            try:
                if flush_error is not None:
                    raise flush_error
                install(p.staging, final, replace=p.status != "created", sync_parent=False)
                if p.retire is not None:
                    _remove_bag(p.retire)
            except OSError as exc:
                raise ArticleError(
                    f"{describe_path(p.path)}: cannot write bag {p.name}: {exc.strerror or exc}"
                ) from None
        if p.kept is not None:
            final = self.out_dir / p.kept
        archive = None
        if options.serialize and p.status != "stale":
            archive_path = self.out_dir / f"{p.name}{SUFFIXES[options.serialize]}"
            if p.status == "exists" and archive_path.is_file() and not archive_path.is_symlink():
                archive = archive_path
            else:
                mtime = run_epoch(options)
                if mtime is None:
                    mtime = int(
                        dt.datetime.combine(bagging_date(options), dt.time(), dt.UTC).timestamp()
                    )
                try:
                    archive = serialize_bag(final, options.serialize, mtime)
                except OSError as exc:
                    raise ArticleError(
                        f"{describe_path(p.path)}: cannot write {archive_path.name}: "
                        f"{exc.strerror or exc}"
                    ) from None
            if not options.keep_folder and final.is_dir():
                _remove_bag(final)  # the archive is the bag now
        return PackageResult(
            source=p.path,
            status=p.status,
            bag=str(final),
            guid=p.guid,
            archive=str(archive) if archive else None,
            warnings=p.warnings,
            differs=p.differs,
        )


def _existing(
    out_dir: Path, name: str, guid: str, options: PackageOptions
) -> tuple[Path | None, Path | None]:
    """The bag of this article already in out_dir (by name, else by guid), and its archive
    when only that was kept (--no-keep-folder)."""
    final = out_dir / name
    if final.exists() or final.is_symlink():
        return final, None
    other = bag_for_guid(out_dir, guid, guid.rsplit("sha256-", 1)[-1], options.run_id)
    if other is not None:
        return out_dir / other, None
    if options.serialize:
        archive = out_dir / f"{name}{SUFFIXES[options.serialize]}"
        if archive.is_file() and not archive.is_symlink():  # a link is never followed
            return None, archive
    return None, None


def _compare(
    entry: _Pending, existing: Path | None, archive: Path | None, options: PackageOptions
) -> None:
    """exists, stale or updated: the bag built in staging against the one in place."""
    assert entry.staging is not None
    old = folder_files(existing) if existing is not None else None
    if old is None and archive is not None:
        old = archive_files(archive)
    entry.differs = tuple(
        differences(folder_files(entry.staging), old) if old is not None else ["(unreadable)"]
    )
    if entry.differs and options.update:
        entry.status = "updated"
        return
    entry.status = "stale" if entry.differs else "exists"
    remove_tree(entry.staging)
    entry.staging = None
    if existing is not None and existing.name != entry.name:
        entry.kept = existing.name


def _remove_bag(bag: Path) -> None:
    """Take a bag out of OUTDIR in one rename (a later run's remove_stale finishes the job
    if this process dies while deleting it)."""
    aside = bag.parent / f"{STAGING_PREFIX}{bag.name}.{os.getpid()}.{secrets.token_hex(4)}"
    os.rename(bag, aside)
    remove_tree(aside)


InputResults = list[PackageResult | ArchiverError] | ArchiverError


def package_articles(
    paths: list[str],
    out_dir: Path,
    options: PackageOptions,
    skipped: dict[int, list[Skipped]] | None = None,
) -> list[InputResults]:
    """Package several inputs with one flush to disk. For each input: a result or an error
    for each article it holds (one for a text or HTML file), or the error that stopped it.
    `skipped` receives, by input index, what each input held besides articles."""
    check_extra_info(options)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot create output folder: {exc.strerror}") from None
    group = GroupCommit(out_dir, options)
    with group:
        for i, path in enumerate(paths):
            group.add(i, path)
    if skipped is not None:
        skipped.update(group.skipped)
    return [group.results[i] for i in range(len(paths))]


def package_article(path: str, out_dir: Path, options: PackageOptions) -> PackageResult:
    """Extract, normalize and bag a file holding one article into out_dir; atomic,
    idempotent, reproducible."""
    (results,) = package_articles([path], out_dir, options)
    if isinstance(results, ArchiverError):
        raise results
    for result in results:
        if isinstance(result, ArchiverError):
            raise result
    if len(results) != 1:
        raise InputError(f"{describe_path(path)}: holds {len(results)} articles, not one")
    return results[0]  # type: ignore[return-value]


__all__ = ["GroupCommit", "InputResults", "PackageResult", "package_article", "package_articles"]
