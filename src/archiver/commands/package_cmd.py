"""`archiver package`: one atomic, reproducible BagIt bag per article."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Any

import click

from archiver.batch import Outcome, outcomes_of
from archiver.commands import (
    config_option,
    language_option,
    output_option,
    reference_date_option,
    reports_errors,
)
from archiver.commands.batch_options import batch_options, gather_sources, run_and_exit
from archiver.commands.config_options import apply_overrides, rights_options
from archiver.config import load_config
from archiver.errors import InputError
from archiver.normalize import check_config, version_created
from archiver.packaging import (
    ALLOWED_ALGORITHMS,
    DEFAULT_ALGORITHMS,
    PackageOptions,
    PackageResult,
    check_extra_info,
    package_articles,
    remove_stale,
)
from archiver.reading import DEFAULT_MAX_BYTES
from archiver.xmlschemas import SchemaSet, find_schema_dir


def _package_group(
    paths: list[str], out_dir: Path, options: PackageOptions, schema_dir: str | None
) -> list[Outcome]:
    """Package a group of articles with one flush to disk (see GroupCommit)."""
    schemas = SchemaSet.load(Path(schema_dir)) if schema_dir else None  # cached per process
    results = package_articles(paths, out_dir, _with_schemas(options, schemas))
    return outcomes_of(paths, results, _as_data)


def _as_data(result: PackageResult) -> dict[str, Any]:
    return {
        "bag": result.bag,
        "archive": result.archive,
        "guid": result.guid,
        "status": result.status,
        "warnings": [{"code": w.code, "message": w.message} for w in result.warnings],
    }


def _with_schemas(options: PackageOptions, schemas: SchemaSet | None) -> PackageOptions:
    from dataclasses import replace

    return replace(options, schemas=schemas)


def _preload(language: bool, schema_dir: Path | None) -> None:
    """Load the language model and compile the schemas once, before the workers fork."""
    if language:
        from archiver.extract.language import preload

        preload()
    if schema_dir is not None:
        schemas = SchemaSet.load(schema_dir)
        schemas.available()


def _parse_info(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or ":" in key or any(c.isspace() for c in key.strip()):
            raise InputError(
                f"--info {item!r}: expected LABEL=VALUE with a label of no spaces or colons"
            )
        pairs.append((key.strip(), value.strip()))
    return tuple(pairs)


@click.command()
@click.argument("paths", nargs=-1, type=str)
@output_option("Folder that receives the bags (created if missing).")
@reference_date_option
@language_option
@config_option
@click.option("--source-organization", default=None, help="bag-info Source-Organization.")
@click.option("--organization-address", default=None, help="bag-info Organization-Address.")
@click.option("--contact-name", default=None, help="bag-info Contact-Name.")
@click.option("--contact-email", default=None, help="bag-info Contact-Email.")
@click.option("--bag-group-identifier", default=None, help="bag-info Bag-Group-Identifier.")
@click.option(
    "--info",
    "info",
    multiple=True,
    metavar="LABEL=VALUE",
    help="Another bag-info field (repeatable).",
)
@click.option(
    "--checksum",
    "checksums",
    multiple=True,
    type=click.Choice(ALLOWED_ALGORITHMS),
    help="Manifest algorithm (repeatable; default sha256 and sha512).",
)
@click.option(
    "--serialize",
    type=click.Choice(["tar", "tgz", "zip"]),
    default=None,
    help="Also write the bag as one archive beside it.",
)
@click.option("--force", is_flag=True, help="Replace an existing bag (atomically).")
@click.option(
    "--bagging-date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Bagging-Date to record (default: SOURCE_DATE_EPOCH's date, else today).",
)
@click.option(
    "--schemas",
    "schemas_dir",
    default=None,
    help="Folder of official XML schemas (else $ARCHIVER_SCHEMAS).",
)
@click.option("--strict", is_flag=True, help="Fail when the official schemas are not found.")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse larger article files.",
)
@rights_options
@batch_options
@reports_errors
def package(
    paths: tuple[str, ...],
    out: Path,
    reference_date: dt.datetime | None,
    language: str | None,
    config_path: str | None,
    source_organization: str | None,
    organization_address: str | None,
    contact_name: str | None,
    contact_email: str | None,
    bag_group_identifier: str | None,
    info: tuple[str, ...],
    checksums: tuple[str, ...],
    serialize: str | None,
    force: bool,
    bagging_date: dt.datetime | None,
    schemas_dir: str | None,
    strict: bool,
    max_bytes: int,
    from_lists: tuple[str, ...],
    patterns: tuple[str, ...],
    jobs: int | None,
    report_path: str | None,
    quiet: bool,
    **rights: str | None,
) -> None:
    """Package articles as BagIt 1.0 bags (RFC 8493), one bag per article.

    Each bag holds the original file byte for byte, newsml.xml, Dublin Core and the extracted
    record, with manifests and tag manifests. Bags are built in a hidden staging folder and
    renamed into place when complete; existing valid bags are skipped, so a rerun finishes
    an interrupted batch. PATHS may be files or folders (walked for --pattern).

    \b
    Example:
      archiver package --reference-date 2014-11-19 -o out \\
          fixtures/upi-2014-north-korean-women-seoul.txt
    """
    config = (
        apply_overrides(load_config(config_path), **rights)
        .with_overrides(
            "archive",
            organization=source_organization,
            address=organization_address,
            contact_name=contact_name,
            contact_email=contact_email,
        )
        .with_overrides("bag", group_identifier=bag_group_identifier)
    )
    check_config(config)
    schema_dir = find_schema_dir(schemas_dir)
    if schema_dir is None and strict:
        raise InputError(
            "--strict: official schemas not found (use --schemas DIR or $ARCHIVER_SCHEMAS)"
        )
    options = PackageOptions(
        config=config,
        reference_date=reference_date.date() if reference_date else None,
        language=language,
        algorithms=tuple(dict.fromkeys(checksums)) or DEFAULT_ALGORITHMS,
        force=force,
        bagging_date=bagging_date.date() if bagging_date else None,
        serialize=serialize,
        strict=strict,
        max_bytes=max_bytes,
        extra_info=_parse_info(info),
    )
    check_extra_info(options)  # usage errors surface once, before any article is read
    version_created()  # a malformed SOURCE_DATE_EPOCH too
    sources = gather_sources(paths, from_lists, patterns)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create output folder: {exc.strerror}") from None
    remove_stale(out)
    _preload(options.language is None, schema_dir)
    worker = functools.partial(
        _package_group,
        out_dir=out,
        options=options,
        schema_dir=str(schema_dir) if schema_dir else None,
    )

    run_and_exit(
        sources,
        worker,
        jobs=jobs,
        label="packaging",
        quiet=quiet,
        report_path=report_path,
        line=lambda o: f"{o.data['status']}\t{o.data['bag']}",
    )
