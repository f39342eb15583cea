"""Export bags: validate each fully, hand the target a read-only view, commit atomically.

`export_bags` is the library function under `archiver export`. For each bag (a folder or a
serialized bag) the project's own validator runs first, fixity included; an invalid bag is
an error naming the bag and its first findings, and nothing is written for it. A valid one
is given to the target as a `BagView`. Staged targets write into a hidden staging folder in
OUTDIR; a group of them is flushed with one sync and each renamed into place
(`packaging.staging`), so a crash leaves no half export, and the next run removes the
staging folders of processes that are gone. Nothing of the bag is ever opened for writing.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from archiver.bagcheck import BagReport, ValidateOptions, validate_bag
from archiver.bagcheck.archives import Limits, archive_kind, archive_stem, unpacked
from archiver.bagcheck.findings import Finding
from archiver.bagcheck.manifests import split_manifest_line
from archiver.bagcheck.paths import percent_decode
from archiver.bagcheck.tagfiles import BagInfo, TagFile, parse_bag_info, read_declaration
from archiver.errors import ArchiverError, ArticleError, InputError
from archiver.exports.base import BagView, ExportOptions, ExportResult, StagedTarget, Target
from archiver.exports.output import zipping
from archiver.exports.registry import get_target
from archiver.packaging.serialize import zip_entries, zip_folder
from archiver.packaging.staging import (
    STAGING_PREFIX,
    TRASH_PREFIX,
    fsync_many,
    fsync_path,
    install,
    new_staging_dir,
)
from archiver.safefs import make_folders, remove_tree, walk

_SHOWN_FINDINGS = 3


def _summary(report: BagReport) -> str:
    errors = [f for f in report.findings if f.severity == "error"]
    shown = "; ".join(
        f"{f.code} {f.path}: {f.message}" if f.path else f"{f.code} {f.message}"
        for f in errors[:_SHOWN_FINDINGS]
    )
    more = f" (and {len(errors) - _SHOWN_FINDINGS} more)" if len(errors) > _SHOWN_FINDINGS else ""
    return f"{len(errors)} error(s): {shown}{more}"


def _read_view(source: str, root: Path, name: str, report: BagReport) -> BagView:
    """bag-info and the payload manifests of a bag the validator found valid: as validation
    kept them (report.verified), else read again (`_reread_view`, the slow twin)."""
    verified = report.verified
    if verified is None:
        return _reread_view(source, root, name, report)
    files = verified.top_files  # as validation listed them: the bag is not listed again
    if files is None:
        with os.scandir(root) as found:
            files = tuple(sorted(e.name for e in found if e.is_file(follow_symlinks=False)))
    return BagView(
        source=source,
        root=root,
        name=name,
        info=verified.info or BagInfo(),
        manifests=verified.manifests,
        report=report,
        tag_files=files,
        sizes=verified.sizes,
        verified_bytes=verified.data,
        verified_trees=verified.trees,
    )


def _reread_view(source: str, root: Path, name: str, report: BagReport) -> BagView:
    """bag-info and the payload manifests, read again from the bag."""
    ignored: list[Finding] = []  # already judged by the validator
    declaration = read_declaration(root, ignored.append)
    encoding = declaration.encoding if declaration else "utf-8"
    version = (declaration.version if declaration else None) or (1, 0)
    with os.scandir(root) as found:
        files = sorted(e.name for e in found if e.is_file(follow_symlinks=False))
    manifests: dict[str, dict[str, str]] = {}
    for entry in files:
        if entry.startswith("manifest-") and entry.endswith(".txt"):
            alg = entry[len("manifest-") : -len(".txt")]
            # the validator read this manifest and found it sound: plain lines are enough
            with open(root / entry, encoding=encoding, errors="replace", newline="") as fh:
                text = fh.read().lstrip("\ufeff")
            entries: dict[str, str] = {}
            for line in text.splitlines():
                parts = split_manifest_line(line)
                if parts:
                    digest, rel = parts
                    entries[percent_decode(rel.lstrip("*").removeprefix("./"))] = digest.lower()
            manifests[alg] = entries
    info_lines = TagFile(root / "bag-info.txt", "bag-info.txt", encoding, ignored.append)
    info = (
        parse_bag_info(info_lines.lines(), "bag-info.txt", version, ignored.append)
        if "bag-info.txt" in files
        else None
    )
    tag_files = tuple(files)
    return BagView(
        source=source,
        root=root,
        name=name,
        info=info or BagInfo(),
        manifests=manifests,
        report=report,
        tag_files=tag_files,
    )


@contextlib.contextmanager
def validated_bag(path: str, options: ValidateOptions) -> Iterator[BagView]:
    """Validate the bag at path fully and yield a read-only view of it.

    Raises ArticleError (exit 1) naming the bag and its first errors when it is invalid,
    InputError (exit 2) when path is not there or is neither a folder nor an archive. A
    serialized bag is unpacked once into a private folder, validated there, and read from
    there by the target; the folder is removed on exit.
    """
    source = Path(path)
    if source.is_dir():
        report = validate_bag(source, options)
        if not report.valid:
            raise ArticleError(f"{path}: invalid bag, not exported: {_summary(report)}")
        # the folder's own name, also for "." or "bag/" (abspath: no link resolved per bag)
        yield _read_view(path, source, os.path.basename(os.path.abspath(path)), report)
        return
    if not source.is_file() or archive_kind(source) is None:
        validate_bag(source, options)  # raises the validator's own InputError
        raise InputError(f"{path}: not a bag folder nor a tar or zip archive")
    found: list[Finding] = []
    limits = Limits(
        options.max_archive_bytes, options.max_archive_ratio, options.max_archive_entries
    )
    with unpacked(source, found.append, limits, options.temp_dir) as result:
        report = BagReport(path=path, mode=options.mode, serialization=result.kind)
        report.findings.extend(found)
        if result.root is not None:
            inner = validate_bag(result.root, options)
            report.findings.extend(inner.findings)
            report.bagit_version, report.profiles = inner.bagit_version, inner.profiles
            report.payload_files, report.payload_bytes = inner.payload_files, inner.payload_bytes
            report.verified = inner.verified
        report.valid = result.root is not None and not any(
            f.severity == "error" for f in report.findings
        )
        if not report.valid:
            raise ArticleError(f"{path}: invalid bag, not exported: {_summary(report)}")
        assert result.root is not None
        yield _read_view(path, result.root, archive_stem(source), report)


def _set_times(top: Path, epoch: int) -> None:
    """Every file and folder at or below top gets the fixed time (folders last)."""
    times = (epoch, epoch)
    if top.is_dir():
        for dirpath, dirs, files in reversed(list(walk(top))):  # bottom-up, any depth
            for name in [*files, *dirs]:
                os.utime(os.path.join(dirpath, name), times, follow_symlinks=False)
    os.utime(top, times, follow_symlinks=False)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        remove_tree(path)
    elif os.path.lexists(path):
        path.unlink(missing_ok=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_exports(out_dir: Path) -> list[Path]:
    """Remove staging (and put back trash) entries left in out_dir by processes now gone.

    Exports keep no lock folder in OUTDIR (DSpace's importer would take any folder there for
    an item): the maker's process id, in the entry's name, tells a live entry from a stale one.
    """
    removed: list[Path] = []
    if not out_dir.is_dir():
        return removed
    for entry in sorted(os.listdir(out_dir)):
        prefix = next((p for p in (STAGING_PREFIX, TRASH_PREFIX) if entry.startswith(p)), None)
        if prefix is None:
            continue
        name, pid_text, _token = (entry[len(prefix) :].rsplit(".", 2) + ["", ""])[:3]
        if not pid_text.isdigit() or _pid_alive(int(pid_text)):
            continue
        target = out_dir / entry
        if prefix == TRASH_PREFIX and not os.path.lexists(out_dir / name):
            os.rename(target, out_dir / name)  # the only whole copy goes back
            fsync_path(out_dir)
            continue
        _remove(target)
        removed.append(target)
    return removed


# Staged exports handed to the flusher at a time, at the least (when it is idle; all the
# rest at the end of the group): each hand-over costs one syncfs, which waits for the disk.
FLUSH_BATCH = 8

# --zip of a target that allows it written from memory (False: through a staging folder, the
# slow twin the tests compare it with)
ZIP_FROM_MEMORY = True

Slot = ExportResult | ArchiverError | tuple[Path, str, str, str]


class StagedGroup:
    """Exports of a group of bags, staged, flushed, renamed into place.

    The flushing overlaps the staging: while this thread validates and writes the next bags,
    a flusher thread makes the bags staged so far durable (one syncfs for all of them, which
    waits on the disk without the GIL) and then renames each into place, and fsyncs OUTDIR.
    A bag is handed over only once its export is wholly written, and renamed only after a
    flush that began after that: the crash guarantee is the one of a flush per group (a
    crash leaves each export either staged, and removed by the next run, or in place and
    durable). `commit` hands over the rest and returns once every rename is durable.
    """

    def __init__(self, target: StagedTarget, out_dir: Path) -> None:
        self.target, self.out_dir = target, out_dir
        # (staging path, output name, the bag as given, its name): never the view, which
        # may hold the bag's verified bytes and is closed once its export is staged
        self.slots: list[Slot] = []
        self._pending: list[int] = []  # staged slots not handed to the flusher yet
        self._staged_names: set[str] = set()  # output names staged in this group
        self._installed: dict[int, ExportResult | ArchiverError] = {}
        self._flusher: ThreadPoolExecutor | None = None
        self._flushing: Future[None] | None = None

    def fail(self, error: ArchiverError) -> None:
        self.slots.append(error)

    def add(self, bag: BagView) -> None:
        """Write the bag's export into a new staging folder (the view must still be open)."""
        self._stage(bag)
        if len(self._pending) >= FLUSH_BATCH and (self._flushing is None or self._flushing.done()):
            self._hand_over()

    def _stage(self, bag: BagView) -> None:
        target, options = self.target, self.target.options
        name = target.output_name(bag)
        final = self.out_dir / name
        result = ExportResult(bag.source, "exists", str(final), bag.name, target.name)
        if name in self._staged_names or (os.path.lexists(final) and not options.force):
            self.slots.append(result)  # an export is renamed in whole: what is there is whole
            return
        # the export is written at a hidden name beside its final one, then renamed
        staging = self.out_dir / f"{STAGING_PREFIX}{name}.{os.getpid()}.{secrets.token_hex(4)}"
        try:
            if options.zip:
                self._write_zip(bag, name, staging)
            else:
                target.write(bag, staging)
            if options.epoch is not None and (options.zip or not target.sets_times):
                _set_times(staging, options.epoch)  # the zip, or what the target left
        except OSError as exc:
            _remove(staging)
            self.slots.append(
                ArticleError(f"{bag.source}: cannot write {name}: {exc.strerror or exc}")
            )
            return
        except BaseException:
            _remove(staging)
            raise
        self._pending.append(len(self.slots))
        self._staged_names.add(name)
        self.slots.append((staging, name, bag.source, bag.name))

    def _write_zip(self, bag: BagView, name: str, dest: Path) -> None:
        """The target's folder, named like the zip without .zip, zipped at dest: kept in
        memory when the target allows (`output.zipping`: one file made, the zip), else
        written in a staging folder, zipped and removed."""
        options = self.target.options
        top = name.removesuffix(".zip")
        mtime = options.epoch or int(options.run_time.timestamp())
        if ZIP_FROM_MEMORY and self.target.zips_from_memory:
            with zipping(self.out_dir / top) as memory:
                self.target.write(bag, self.out_dir / top)
            zip_entries(memory.zip_entries(top), dest, mtime)
            return
        work = new_staging_dir(self.out_dir, name)
        try:
            folder = work / top
            self.target.write(bag, folder)
            if options.epoch is not None and not self.target.sets_times:
                _set_times(folder, options.epoch)
            zip_folder(folder, dest, mtime)
        finally:
            remove_tree(work)

    def _hand_over(self) -> None:
        """Give the flusher every export staged since the last hand-over (it takes them after
        the ones it has, in order)."""
        batch = [(i, self.slots[i]) for i in self._pending]
        self._pending = []
        if self._flusher is None:
            self._flusher = ThreadPoolExecutor(1, thread_name_prefix="archiver-flush")
        self._flushing = self._flusher.submit(self._install, batch)

    def _install(self, batch: list[tuple[int, Slot]]) -> None:
        """Flush the batch's staged exports (one syncfs), rename each into place, fsync
        OUTDIR; runs in the flusher thread."""
        staged = [(i, s) for i, s in batch if isinstance(s, tuple)]
        flush_error: OSError | None = None
        try:
            fsync_many([s[0] for _, s in staged])
        except OSError as exc:
            flush_error = exc
        force = self.target.options.force
        for index, (staging, name, source, bag_name) in staged:
            final = self.out_dir / name
            replacing = os.path.lexists(final)
            try:
                if flush_error is not None:
                    raise flush_error
                # renamed into place: nothing is left at the staging path (`install` removes
                # a replaced export itself), so it is not looked at again
                install(staging, final, replace=force, sync_parent=False)
                status = "replaced" if replacing else "created"
                result: ExportResult | ArchiverError = ExportResult(
                    source, status, str(final), bag_name, self.target.name
                )
            except FileExistsError:  # another run put it there first: it is whole
                _remove(staging)
                result = ExportResult(source, "exists", str(final), bag_name, self.target.name)
            except OSError as exc:
                _remove(staging)
                result = ArticleError(f"{source}: cannot write {name}: {exc.strerror or exc}")
            except BaseException:
                _remove(staging)
                raise
            self._installed[index] = result
        if staged:
            fsync_path(self.out_dir)

    def commit(self) -> list[ExportResult | ArchiverError]:
        """Hand the flusher what is left, wait until every export is renamed into place
        and OUTDIR flushed; the results in the order the bags were given."""
        if self._pending:
            self._hand_over()
        if self._flusher is not None:
            self._flusher.shutdown(wait=True)
            self._flusher, self._flushing = None, None
        slots, self.slots = self.slots, []
        self._staged_names = set()
        installed, self._installed = self._installed, {}
        results: list[ExportResult | ArchiverError] = []
        for index, slot in enumerate(slots):
            if isinstance(slot, tuple):
                results.append(
                    installed.get(index)
                    or ArticleError(f"{slot[2]}: cannot write {slot[1]}: not flushed")
                )
            else:
                results.append(slot)
        return results


def validate_options(options: ExportOptions) -> ValidateOptions:
    """Full validation, fixity included, in this process (bags are spread over processes)."""
    from archiver.bagcheck import make_xml_checker

    return ValidateOptions(
        mode="full",
        jobs=1,
        executor="inline",
        xml_checker=make_xml_checker(options.schemas_dir),
        keep=True,
    )


# the kinds of XML archiver's own bags hold, which validating each of them checks
BAG_SCHEMA_KINDS = ("newsml", "oai_dc", "dcterms")


def begin_export(target_name: str, out_dir: Path, options: ExportOptions) -> Target:
    """Once per run, before any bag: check the target and options, make OUTDIR ready, and
    compile the schemas the run will use (here, in the main process: the worker processes,
    forked from it, start with them instead of each compiling its own)."""
    from archiver.bagcheck import make_xml_checker

    make_xml_checker(options.schemas_dir)  # a named schema folder that is missing: exit 2 now
    target = get_target(target_name)(options)
    _compile_schemas(options.schemas_dir, BAG_SCHEMA_KINDS + target.schema_kinds)
    if options.zip and not target.zippable:
        raise InputError(f"--zip: target {target_name} has no zip form")
    try:
        make_folders(out_dir)
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot create output folder: {exc.strerror}") from None
    remove_stale_exports(out_dir)
    target.begin(out_dir)
    return target


def _compile_schemas(schemas_dir: str | None, kinds: tuple[str, ...]) -> None:
    """Compile (and cache for this process) the official schemas of these kinds, if found;
    one that cannot be compiled is left for the bag that needs it to report."""
    from archiver.schemadir import find_schema_dir

    directory = find_schema_dir(schemas_dir)
    if directory is None:
        return
    from archiver.xmlschemas import SchemaSet

    try:
        schemas = SchemaSet.load(directory)
    except ArchiverError:
        return
    for kind in kinds:
        schemas.reason(kind)  # compiles it once for the process
    if "mets" in kinds:  # and whether its files are the official ones (the METS fast path)
        from archiver.exports import metsproof

        metsproof.checker(schemas)


def export_bags(
    paths: list[str], target_name: str, out_dir: Path, options: ExportOptions
) -> list[ExportResult | ArchiverError]:
    """Validate and export each bag; a result or an error for each, in order.

    Call `begin_export` once first (the command does, in the main process)."""
    target = get_target(target_name)(options)
    checks = validate_options(options)
    group = (
        StagedGroup(target, out_dir) if isinstance(target, StagedTarget) else target.group(out_dir)
    )
    results: list[ExportResult | ArchiverError] = []
    for path in paths:
        try:
            with validated_bag(path, checks) as view:
                if group is not None:
                    group.add(view)
                else:
                    results.append(target.export(view, out_dir))
        except ArchiverError as exc:
            (group.fail if group is not None else results.append)(exc)
        except OSError as exc:
            error = ArticleError(f"{path}: cannot export: {exc.strerror or exc}")
            (group.fail if group is not None else results.append)(error)
        except Exception as exc:  # one bag's unforeseen failure is that bag's only
            error = ArticleError(f"{path}: internal error: {exc!r}")
            (group.fail if group is not None else results.append)(error)
    return group.commit() if group is not None else results
