"""`archiver export`: validated bags turned into a repository's ingest format."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import click

from archiver.batch import Outcome, outcomes_of
from archiver.commands import config_option, reports_errors, schemas_option, unchecked_note
from archiver.commands.batch_options import bag_batch_options, gather_bags, run_and_exit
from archiver.commands.config_options import apply_overrides, organization_option
from archiver.config import load_config
from archiver.errors import InputError
from archiver.exports import (
    ExportOptions,
    ExportResult,
    begin_export,
    export_bags,
    get_target,
    target_names,
)
from archiver.guards import check_output_folder
from archiver.sourcedate import version_created

# Bags a worker exports at a time: each group ends with a wait for its last flush (a syncfs,
# which waits for whatever else the file system has dirty) and the renames after it, while
# the worker's core idles. Groups start at 256 small bags (about a second) and shrink to 16
# as the batch ends (guided self-scheduling, `batch.split_groups`): 2,000 bags over two
# workers are 18 groups instead of 32 of 64, and the workers still finish together (with
# 64 a bag, one of them exported 48 bags alone at the end).
EXPORT_GROUP = 256
EXPORT_GROUP_LAST = 16


def _export_group(
    paths: list[str], target: str, out_dir: Path, options: ExportOptions
) -> list[Outcome]:
    results = export_bags(paths, target, out_dir, options)
    return outcomes_of(paths, results, ExportResult.as_dict)


def _list_targets() -> None:
    for name in target_names():
        click.echo(f"{name}\t{get_target(name).summary}")


@click.command()
@click.argument("paths", nargs=-1, metavar="BAG_OR_ARCHIVE...")
@click.option("--to", "target", default=None, metavar="TARGET", help="Export target (see --list).")
@click.option("--list", "list_targets", is_flag=True, help="Name the export targets and exit.")
@click.option(
    "-o",
    "--output",
    "out",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder that receives the exports (created if missing).",
)
@click.option(
    "--zip",
    "as_zip",
    is_flag=True,
    help="Write each export as one zip (where the target has a zip form).",
)
@click.option("--force", is_flag=True, help="Replace an existing export (atomically).")
@click.option(
    "--ocfl-layout",
    type=click.Choice(["0004", "0003"]),
    default=None,
    help="ocfl: storage layout of a new storage root (default 0004, Fedora 6's hashed "
    "n-tuple; 0003 adds the id to the path). An existing root keeps its own.",
)
@config_option
@organization_option
@schemas_option
@bag_batch_options
@reports_errors
def export(
    paths: tuple[str, ...],
    target: str | None,
    list_targets: bool,
    out: Path | None,
    as_zip: bool,
    force: bool,
    ocfl_layout: str | None,
    config_path: str | None,
    organization: str | None,
    source_organization: str | None,
    schemas_dir: Path | None,
    from_lists: tuple[str, ...],
    jobs: int | None,
    report_path: str | None,
    quiet: bool,
) -> None:
    """Export bags for ingest into a repository: METS, DSpace, Archivematica...

    Every bag (folder or serialized bag) is first validated in full, fixity included; an
    invalid bag is reported and nothing is written for it. Exports are built under a hidden
    name in OUTDIR and renamed into place; an existing one is kept (--force replaces it).
    The bags are only read. With SOURCE_DATE_EPOCH the output is byte for byte the same.

    \b
    Exit status: 0 all exported, 1 a bag invalid or not exported, 2 usage error.
    Example: archiver export --to mets -o ingest out/*/
    """
    if list_targets:
        _list_targets()
        return
    if target is None:
        raise InputError("--to TARGET is required (archiver export --list names them)")
    if out is None:
        raise InputError("-o/--output OUTDIR is required")
    config = apply_overrides(
        load_config(config_path),
        organization=organization,
        source_organization=source_organization,
    )
    created = version_created()  # checks SOURCE_DATE_EPOCH once, before any bag
    epoch = int(created.timestamp()) if os.environ.get("SOURCE_DATE_EPOCH", "").strip() else None
    options = ExportOptions(
        config=config,
        run_time=created,
        zip=as_zip,
        force=force,
        schemas_dir=str(schemas_dir) if schemas_dir else None,
        epoch=epoch,
        ocfl_layout=ocfl_layout,
    )
    check_output_folder(out)
    sources = gather_bags(paths, from_lists, report_path=report_path, other_inputs=(config.path,))
    begin_export(target, out, options)
    from archiver.schemadir import find_schema_dir

    notes = unchecked_note(find_schema_dir(schemas_dir))
    worker = functools.partial(_export_group, target=target, out_dir=out, options=options)
    run_and_exit(
        sources,
        worker,
        jobs=jobs,
        label=f"exporting to {target}",
        quiet=quiet,
        report_path=report_path,
        line=lambda o: f"{o.data['status']}\t{o.data['output']}",
        notes=notes,
        group=EXPORT_GROUP,
        taper_to=EXPORT_GROUP_LAST,
    )


__all__ = ["export"]
