"""`archiver schemas` (which official XML schemas are found) and `archiver schemas install`."""

from __future__ import annotations

from pathlib import Path

import click

from archiver.commands import reports_errors, schemas_option
from archiver.errors import ArchiverError, InputError
from archiver.schemadir import HOW_TO_INSTALL, NOT_CHECKED, find_schema_dir, schema_source


@click.group(invoke_without_command=True)
@schemas_option
@click.option("--strict", is_flag=True, hidden=True)  # the exit code no longer needs it
@click.pass_context
@reports_errors
def schemas(ctx: click.Context, schemas_dir: Path | None, strict: bool) -> None:
    """Show which official XML schemas are found; `schemas install` installs them.

    Looks in --schemas DIR, else $ARCHIVER_SCHEMAS, else the set `archiver schemas install`
    put in the cache folder, and reports which document kinds (newsml, nitf, oai_dc,
    dcterms) load there. Exit 0 when all load, 1 when any is missing.

    \b
    Example:
      archiver schemas --schemas ../shared/schemas
    """
    if ctx.invoked_subcommand is not None:
        return
    from archiver.xmlschemas import KINDS, SchemaSet, catalog_path

    directory = find_schema_dir(schemas_dir)
    catalog = catalog_path()
    click.echo(f"catalog: {catalog if catalog else 'not found'}")
    if directory is None:
        click.echo("schema directory: not found")
        status = dict.fromkeys(KINDS, False)
        reasons: dict[str, str | None] = dict.fromkeys(KINDS, "no schema directory")
    else:
        click.echo(f"schema directory: {directory} ({schema_source(schemas_dir)})")
        found = SchemaSet.load(directory)
        status = found.available()
        reasons = {kind: found.reason(kind) for kind in KINDS}
    for kind in KINDS:
        line = "loaded" if status[kind] else f"missing: {reasons[kind]}"
        click.echo(f"  {kind:<8} {line}")
    if not all(status.values()):
        missing = ", ".join(k for k in KINDS if not status[k])
        raise ArchiverError(f"schemas missing ({missing}): {NOT_CHECKED}; {HOW_TO_INSTALL}")


@schemas.command()
@click.option(
    "--from",
    "from_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    metavar="DIR",
    help="Install from a local copy with the installed layout (offline machines), e.g. a "
    "folder another machine installed or ../shared/schemas.",
)
@click.option(
    "--mirror",
    default=None,
    metavar="URL",
    help="Download from a mirror with the installed layout instead of the publishers.",
)
@click.option("--quiet", "-q", is_flag=True, help="Only errors.")
@reports_errors
def install(from_dir: Path | None, mirror: str | None, quiet: bool) -> None:
    """Download the official schemas, check them, install them in the cache folder.

    NewsML-G2 2.35 All-Power, NITF 3.6, oai_dc, DCMI dc/dcterms/dcmitype, xml.xsd, METS
    1.12.1, PREMIS 3.0 and XLink, each from its publisher's URL and checked against the
    sha256 of the published file pinned in archiver; then remote imports are pointed at the
    local copies. A file that does not match installs nothing (exit 1); every command then
    finds the set without --schemas.

    \b
    Examples:
      archiver schemas install
      archiver schemas install --from ../shared/schemas
    """
    from archiver.schemainstall import install as install_schemas

    if from_dir is not None and mirror is not None:
        raise InputError("--from and --mirror cannot be used together")
    progress = None if quiet else (lambda text: click.echo(f"  {text}", err=True))
    result = install_schemas(from_dir=from_dir, mirror=mirror, progress=progress)
    click.echo(f"installed {len(result.files)} schema files in {result.target}")
