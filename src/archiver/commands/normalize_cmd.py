"""`archiver normalize`: NewsML-G2 + Dublin Core for articles."""

from __future__ import annotations

import functools
from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from archiver.batch import per_item
from archiver.commands import (
    config_option,
    identity_note,
    language_option,
    max_bytes_option,
    output_option,
    reference_date_option,
    reports_errors,
    schemas_option,
    unchecked_note,
)
from archiver.commands.batch_options import batch_options, gather_sources, run_and_exit
from archiver.commands.config_options import (
    apply_overrides,
    organization_option,
    rights_options,
)
from archiver.config import Config, load_config
from archiver.errors import ArticleError
from archiver.guards import check_output_folder
from archiver.inputs import InputSettings
from archiver.normalize import (
    check_config,
    check_documents,
    normalize_article,
    version_created,
)
from archiver.xmlschemas import SchemaSet, find_schema_dir


def strict_option(func: Any) -> Any:
    return click.option(
        "--strict", is_flag=True, help="Treat missing schemas as an error instead of a warning."
    )(func)


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
@click.argument("files", nargs=-1, metavar="PATH...")
@output_option("Output folder (one sub-folder per article when several FILEs are given).")
@reference_date_option
@language_option
@config_option
@schemas_option
@strict_option
@rights_options
@organization_option
@max_bytes_option
@batch_options
@reports_errors
def normalize(
    files: tuple[str, ...],
    out: Path,
    reference_date: datetime | None,
    language: str | None,
    config_path: Path | None,
    schemas_dir: Path | None,
    strict: bool,
    max_bytes: int,
    from_lists: tuple[str, ...],
    patterns: tuple[str, ...],
    jobs: int | None,
    report_path: str | None,
    quiet: bool,
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
    check_output_folder(out)
    listed: dict[str, InputSettings] = {}  # PATH<TAB>DATE[<TAB>LANGUAGE] list lines
    sources = gather_sources(
        files,
        from_lists,
        patterns,
        listed,
        report_path=report_path,
        other_inputs=(config.path,),
    )
    notes = identity_note(config)
    notes += unchecked_note(directory) if schemas is None and not strict else []
    targets = dict(zip(sources, output_dirs(sources, out), strict=True))
    worker = functools.partial(
        _normalize_one,  # wrapped by per_item below
        targets=targets,
        config=config,
        schema_dir=str(directory) if directory else None,
        strict=strict,
        created=created,
        reference_date=ref,
        language=language,
        max_bytes=max_bytes,
        listed=listed,
    )

    run_and_exit(
        sources,
        per_item(worker),
        jobs=jobs,
        label="normalizing",
        quiet=quiet,
        report_path=report_path,
        line=lambda o: f"{o.source}: {o.data['folder']}",
        notes=notes,
    )


def _normalize_one(
    source: str,
    *,
    targets: dict[str, Path],
    config: Config,
    schema_dir: str | None,
    strict: bool,
    created: datetime,
    reference_date: date | None,
    language: str | None,
    max_bytes: int,
    listed: dict[str, InputSettings],
) -> dict[str, Any]:
    from archiver.extract import extract_file, only_article

    own = listed.get(source)
    if own is not None:  # the list line's date and language beat the options'
        reference_date = own.reference_date or reference_date
        language = own.language or language
    found = extract_file(
        source, reference_date=reference_date, language=language, max_bytes=max_bytes
    )
    schemas = SchemaSet.load(Path(schema_dir)) if schema_dir else None
    if len(found.articles) <= 1:  # text, HTML: the folder holds its documents
        folders = [(only_article(found, source), targets[source])]
    else:  # a web archive's articles: a sub-folder each, named like their bags
        from archiver.packaging.naming import bag_name

        folders = [(a, targets[source] / bag_name(a)) for a in found.articles]
    entries = []
    for (article, folder), unit in zip(folders, found.units, strict=True):
        written = normalize_article(
            article,
            config,
            folder,
            schemas=schemas,
            strict=strict,
            created=created,
            extras=unit.extras,  # the photos its NewsML points at, from a web archive
        )
        entries.append(
            {
                "folder": str(folder),
                "files": sorted(str(p) for p in written.values()),
                "status": "written",
                "warnings": [{"code": w.code, "message": w.message} for w in article.warnings],
            }
        )
    if len(entries) == 1:
        return entries[0]
    return {"folder": str(targets[source]), "status": "written", "articles": entries}
