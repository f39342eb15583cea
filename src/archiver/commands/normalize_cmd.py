"""`archiver normalize` (NewsML-G2 + Dublin Core for articles) and `archiver schemas`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from archiver.commands import language_option, reference_date_option, reports_errors
from archiver.config import Config, load_config
from archiver.errors import ArchiverError, ArticleError
from archiver.model import Article
from archiver.normalize import (
    check_config,
    check_documents,
    normalize_article,
    version_created,
)
from archiver.xmlschemas import ENV_VAR, KINDS, SchemaSet, catalog_path, find_schema_dir


def schemas_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--schemas",
        "schemas_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        metavar="DIR",
        help=f"Folder holding the official XSDs (default: ${ENV_VAR}).",
    )(func)


def strict_option(func):  # type: ignore[no-untyped-def]
    return click.option(
        "--strict", is_flag=True, help="Treat missing schemas as an error instead of a note."
    )(func)


def apply_overrides(config: Config, **options: str | None) -> Config:
    """The config with the command-line values that were given replacing its own."""
    config = config.with_overrides(
        "archive",
        provider_id=options.get("provider_id"),
        guid_authority=options.get("guid_authority"),
        organization=options.get("organization"),
    )
    return config.with_overrides(
        "rights",
        holder=options.get("rights_holder"),
        copyright_notice=options.get("copyright_notice"),
        license=options.get("license_uri"),
        usage_terms=options.get("usage_terms"),
        statement=options.get("rights_statement"),
    )


def output_dirs(files: list[str], out: Path) -> list[Path]:
    """out itself for one file; else one sub-folder per file, named from its stem."""
    if len(files) == 1:
        return [out]
    taken: set[str] = set()
    dirs = []
    for name in files:
        stem = "stdin" if name == "-" else (Path(name).stem or "article")
        candidate, n = stem, 1
        while candidate.casefold() in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.casefold())
        dirs.append(out / candidate)
    return dirs


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "-o",
    "--output",
    "out",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder (one sub-folder per article when several FILEs are given).",
)
@reference_date_option
@language_option
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Settings file (default: ./archiver.toml if present).",
)
@schemas_option
@strict_option
@click.option("--rights-holder", default=None, help="Copyright holder (rights.holder).")
@click.option(
    "--copyright-notice", default=None, help="Copyright notice (rights.copyright_notice)."
)
@click.option(
    "--license", "license_uri", default=None, metavar="URI", help="Licence URI (rights.license)."
)
@click.option("--usage-terms", default=None, help="Usage terms text (rights.usage_terms).")
@click.option(
    "--rights-statement",
    default=None,
    metavar="URI",
    help="Rights statement URI (rights.statement); default: "
    "http://rightsstatements.org/vocab/CNE/1.0/ unless a licence is given.",
)
@click.option("--provider-id", default=None, help="NewsML-G2 provider (archive.provider_id).")
@click.option(
    "--guid-authority",
    default=None,
    metavar="AUTH",
    help="tag: URI authority for guids, e.g. example.org,2026 (archive.guid_authority).",
)
@click.option("--organization", default=None, help="Archive's name (archive.organization).")
@reports_errors
def normalize(
    files: tuple[str, ...],
    out: Path,
    reference_date: datetime | None,
    language: str | None,
    config_path: Path | None,
    schemas_dir: Path | None,
    strict: bool,
    **overrides: str | None,
) -> None:
    """Write NewsML-G2 2.35 and Dublin Core XML for articles.

    For each FILE, writes newsml.xml (a NewsML-G2 newsMessage: text item with an NITF body,
    one picture item per photo, a package grouping them), dc.xml (oai_dc) and dcterms.xml
    (qualified Dublin Core). When the official schemas are found (--schemas or
    $ARCHIVER_SCHEMAS) every file is validated before it is written; an invalid one is an
    error and nothing is written for that article.

    \b
    Example:
      archiver normalize fixtures/upi-2014-north-korean-women-seoul.txt -o out/ \\
          --reference-date 2014-11-19 --schemas ../shared/schemas
    """
    from archiver.extract import extract_path

    config = apply_overrides(load_config(config_path), **overrides)
    check_config(config)
    directory = find_schema_dir(schemas_dir)
    schemas = SchemaSet.load(directory) if directory else None
    if strict:
        check_documents({}, schemas, strict=True)  # no schemas at all: fail before reading
        missing = [k for k, ok in schemas.available().items() if not ok] if schemas else []
        if missing:
            raise ArticleError(f"schemas missing in {directory}: {', '.join(missing)}")
    created = version_created()
    ref = reference_date.date() if reference_date else None

    # Read everything first: an unreadable input stops the run before anything is written.
    articles: list[Article] = [
        extract_path(name, reference_date=ref, language=language) for name in files
    ]
    if schemas is None and not strict:
        click.echo(
            f"archiver: note: no schemas found (--schemas DIR or ${ENV_VAR}); "
            "output is not validated",
            err=True,
        )
    failed = 0
    for name, article, target in zip(files, articles, output_dirs(list(files), out), strict=True):
        try:
            normalize_article(
                article, config, target, schemas=schemas, strict=strict, created=created
            )
        except ArticleError as exc:
            if len(files) == 1:
                raise
            failed += 1
            click.echo(f"archiver: error: {exc}", err=True)
            continue
        click.echo(f"{name}: {target}")
    if failed:
        raise ArticleError(f"{failed} of {len(files)} articles not written")


@click.command()
@schemas_option
@strict_option
@reports_errors
def schemas(schemas_dir: Path | None, strict: bool) -> None:
    """Show which official XML schemas were found.

    Looks in --schemas DIR, else $ARCHIVER_SCHEMAS, and reports which document kinds
    (newsml, nitf, oai_dc, dcterms) load there. Exit 0; with --strict, exit 1 when a kind
    is missing.

    \b
    Example:
      archiver schemas --schemas ../shared/schemas
    """
    directory = find_schema_dir(schemas_dir)
    catalog = catalog_path()
    click.echo(f"catalog: {catalog if catalog else 'not found'}")
    if directory is None:
        click.echo(f"schema directory: not found (give --schemas DIR or set ${ENV_VAR})")
        status = dict.fromkeys(KINDS, False)
        reasons = dict.fromkeys(KINDS, "no schema directory")
    else:
        source = "--schemas" if schemas_dir is not None else f"${ENV_VAR}"
        click.echo(f"schema directory: {directory} (from {source})")
        found = SchemaSet.load(directory)
        status = found.available()
        reasons = {kind: found.reason(kind) for kind in KINDS}
    for kind in KINDS:
        line = "loaded" if status[kind] else f"missing: {reasons[kind]}"
        click.echo(f"  {kind:<8} {line}")
    if strict and not all(status.values()):
        missing = ", ".join(k for k in KINDS if not status[k])
        raise ArchiverError(f"schemas missing: {missing}")
