"""`archiver package`: one atomic, reproducible BagIt bag per article."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import click

from archiver.batch import Outcome, Summary, outcomes_of
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
from archiver.config import Config, load_config, tag_problem
from archiver.errors import ArchiverError, InputError
from archiver.guards import check_output_folder
from archiver.inputs import InputSettings
from archiver.normalize import check_config, version_created
from archiver.packaging import (
    ALLOWED_ALGORITHMS,
    DEFAULT_ALGORITHMS,
    PackageOptions,
    PackageResult,
    check_dates,
    check_extra_info,
    package_articles,
    plan_profile,
    remove_lock_dir,
    remove_stale,
)
from archiver.readers import Skipped
from archiver.reading import describe_path
from archiver.xmlschemas import SchemaSet, find_schema_dir


def _package_group(
    paths: list[str], out_dir: Path, options: PackageOptions, schema_dir: str | None
) -> list[Outcome]:
    """Package a group of articles with one flush to disk (see GroupCommit)."""
    schemas = SchemaSet.load(Path(schema_dir)) if schema_dir else None  # cached per process
    skipped: dict[int, list[Skipped]] = {}
    results = package_articles(paths, out_dir, _with_schemas(options, schemas), skipped)
    return outcomes_of(paths, [(r, skipped.get(i, [])) for i, r in enumerate(results)], _outcome)


class _Partial(ArchiverError):
    """Some of an input's articles were bagged, but not all of it was sound."""

    def __init__(self, message: str, data: dict[str, Any], exit_code: int) -> None:
        super().__init__(message)
        self.data, self.exit_code = data, exit_code


def _outcome(
    item: tuple[list[PackageResult | ArchiverError] | ArchiverError, list[Skipped]],
) -> dict[str, Any]:
    """An input's outcome: its bag's fields when it holds one article (text, HTML); for an
    input holding several (a web archive), one entry per article under "articles". What it
    held besides articles (a WARC's other records) is listed under "skipped", each with its
    reason. An article that failed, or a damaged stretch of a WARC, fails the input (exit 1)
    after the others were bagged, and the bags made are still reported."""
    results, skipped = item
    if isinstance(results, ArchiverError):
        raise results
    entries = [_bag_data(r) for r in results if not isinstance(r, ArchiverError)]
    failed = [r for r in results if isinstance(r, ArchiverError)]
    damaged = [s for s in skipped if s.reason.startswith("damaged:")]
    if len(entries) == 1 and not failed:
        data = entries[0]
    else:
        stale = any(e["status"] == "stale" for e in entries)
        data = {"status": "stale" if stale else "ok", "articles": entries}
    if skipped:
        data["skipped"] = [{"item": s.label, "reason": s.reason} for s in skipped]
    problems = [str(f) for f in failed] + [f"{s.label}: {s.reason}" for s in damaged]
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        code = failed[0].exit_code if failed else ArchiverError.exit_code
        if not entries and not skipped:
            raise type(failed[0])(f"{problems[0]}{more}")
        raise _Partial(f"{problems[0]}{more}", data, code)
    return data


def _bag_data(result: PackageResult) -> dict[str, Any]:
    return {
        "bag": result.bag,
        "archive": result.archive,
        "guid": result.guid,
        "status": result.status,
        "warnings": [{"code": w.code, "message": w.message} for w in result.warnings],
        "differs": list(result.differs),
    }


def _line(outcome: Outcome) -> str:
    data = outcome.data
    entries = data["articles"] if "articles" in data else [data] if "bag" in data else []
    lines = [
        f"{e['status']}\t{e['bag']}"
        + (f"\t(differs: {', '.join(e['differs'])})" if e["status"] == "stale" else "")
        for e in entries
    ]
    skipped = outcome.data.get("skipped")
    if skipped:
        # one line per input, counted by reason; --report lists every item
        counts = Counter(s["reason"].split(":")[0].split(" (")[0] for s in skipped)
        what = ", ".join(f"{n} {reason}" for reason, n in sorted(counts.items()))
        lines.append(
            f"skipped\t{describe_path(outcome.source)}\t{len(skipped)} not articles: {what}"
        )
    return "\n".join(lines)


def _after_run(out_dir: Path, summary: Summary) -> None:
    """The lock folder goes when no run holds it; stale bags are said once more, with the cure."""
    remove_lock_dir(out_dir)
    stale = summary.statuses.get("stale", 0)
    if stale:
        click.echo(
            f"archiver: warning: {stale} bag(s) stale: they differ from what this run makes "
            "(options, config or archiver changed); kept as they are. --update replaces them",
            err=True,
        )


def _with_schemas(options: PackageOptions, schemas: SchemaSet | None) -> PackageOptions:
    from dataclasses import replace

    return replace(options, schemas=schemas)


def _preload(language: bool, schema_dir: Path | None, *, batch: bool = True) -> None:
    """Load what extraction needs and compile the schemas once, before the workers fork.

    A single article loads only the language model here: the rest (the gazetteer) it loads
    when its lines ask for it, and most do not."""
    if batch:
        from archiver.extract import preload

        preload(language=language)
    elif language:
        from archiver.extract.language import preload as preload_language

        preload_language()
    if schema_dir is not None:
        schemas = SchemaSet.load(schema_dir)
        schemas.available()


def _parse_info(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in values:
        key, sep, value = item.partition("=")
        problem = tag_problem(key.strip(), value.strip()) if sep else "expected LABEL=VALUE"
        if problem:
            raise InputError(f"--info {item!r}: {problem}")
        pairs.append((key.strip(), value.strip()))
    return tuple(pairs)


def _parse_tags(values: tuple[str, ...], config: Config) -> tuple[tuple[str, str, str], ...]:
    """(file, label, value) from --tag FILE:LABEL=VALUE, then the config's [bag.tags]."""
    out = []
    for item in values:
        tag_file, sep, rest = item.partition(":")
        label, sep2, value = rest.partition("=")
        label = label.strip()
        if not sep or not sep2 or not tag_file.strip():
            raise InputError(f"--tag {item!r}: expected FILE:LABEL=VALUE")
        # the one rule for every tag line (--info, the config's [bag.info] and [bag.tags])
        if problem := tag_problem(label, value.strip()):
            raise InputError(f"--tag {item!r}: {problem}")
        out.append((tag_file.strip(), label, value.strip()))
    for tag_file, pairs in config.bag.tags.items():
        out += [(tag_file, label, value) for label, value in pairs.items()]
    return tuple(out)


@click.command()
@click.argument("paths", nargs=-1, type=str)
@output_option("Folder that receives the bags (created if missing).")
@reference_date_option
@language_option
@config_option
@organization_option
@click.option("--organization-address", default=None, help="bag-info Organization-Address.")
@click.option("--contact-name", default=None, help="bag-info Contact-Name.")
@click.option("--contact-email", default=None, help="bag-info Contact-Email.")
@click.option("--contact-phone", default=None, help="bag-info Contact-Phone.")
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
@click.option(
    "--profile",
    "profile_spec",
    default=None,
    metavar="NAME_OR_FILE",
    help="Meet a repository's BagIt profile: aptrust (APTrust 2.3), btr (Beyond the "
    "Repository 1.0), metaarchive, or a profile JSON file (BagIt Profiles or DART format).",
)
@click.option(
    "--tag",
    "tags",
    multiple=True,
    metavar="FILE:LABEL=VALUE",
    help="A tag of another tag file a profile asks for, e.g. aptrust-info.txt:Access=Institution "
    '(repeatable; config: [bag.tags."FILE"]).',
)
@click.option(
    "--keep-folder/--no-keep-folder",
    default=True,
    help="With --serialize: keep the bag folder beside its archive (default), or only the archive.",
)
@click.option(
    "--update",
    is_flag=True,
    help="Replace an existing bag that differs from what this run makes (atomically); "
    "without it such a bag is reported stale and kept (exit 1).",
)
@click.option("--force", is_flag=True, help="Replace an existing bag, even a broken one.")
@click.option(
    "--bagging-date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Bagging-Date to record (default: SOURCE_DATE_EPOCH's date, else today).",
)
@schemas_option
@click.option("--strict", is_flag=True, help="Fail when the official schemas are not found.")
@max_bytes_option
@rights_options
@batch_options
@reports_errors
def package(
    paths: tuple[str, ...],
    out: Path,
    reference_date: dt.datetime | None,
    language: str | None,
    config_path: str | None,
    organization: str | None,
    source_organization: str | None,
    organization_address: str | None,
    contact_name: str | None,
    contact_email: str | None,
    contact_phone: str | None,
    bag_group_identifier: str | None,
    info: tuple[str, ...],
    checksums: tuple[str, ...],
    serialize: str | None,
    profile_spec: str | None,
    tags: tuple[str, ...],
    keep_folder: bool,
    update: bool,
    force: bool,
    bagging_date: dt.datetime | None,
    schemas_dir: Path | None,
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
        apply_overrides(
            load_config(config_path),
            organization=organization,
            source_organization=source_organization,
            **rights,
        )
        .with_overrides(
            "archive",
            address=organization_address,
            contact_name=contact_name,
            contact_email=contact_email,
            contact_phone=contact_phone,
        )
        .with_overrides("bag", group_identifier=bag_group_identifier)
    )
    check_config(config)
    schema_dir = find_schema_dir(schemas_dir)
    if schema_dir is None and strict:
        raise InputError(
            "--strict: official schemas not found (use --schemas DIR or $ARCHIVER_SCHEMAS, "
            "or run `archiver schemas install`)"
        )
    notes = identity_note(config) + unchecked_note(schema_dir)
    extra_info = _parse_info(info)
    algorithms = tuple(dict.fromkeys(checksums)) or DEFAULT_ALGORITHMS
    plan = None
    if profile_spec is not None:
        # every requirement of the profile is checked here, before any article is read
        plan = plan_profile(
            profile_spec,
            config,
            algorithms=tuple(dict.fromkeys(checksums)),
            serialize=serialize,
            extra_info=extra_info,
            tags=_parse_tags(tags, config),
        )
        algorithms, serialize = plan.algorithms, plan.serialize
    elif tags:
        raise InputError("--tag: only with --profile (a profile says which tag files a bag has)")
    if not keep_folder and not serialize:
        raise InputError("--no-keep-folder: only with --serialize (the archive is then the bag)")
    options = PackageOptions(
        config=config,
        reference_date=reference_date.date() if reference_date else None,
        language=language,
        algorithms=algorithms,
        force=force,
        update=update,
        keep_folder=keep_folder,
        run_id=uuid.uuid4().hex,
        bagging_date=bagging_date.date() if bagging_date else None,
        serialize=serialize,
        strict=strict,
        max_bytes=max_bytes,
        extra_info=extra_info,
        profile=plan,
    )
    check_extra_info(options)  # usage errors surface once, before any article is read
    version_created()  # a malformed SOURCE_DATE_EPOCH too
    check_dates(options)  # and dates no archive format can hold
    check_output_folder(out)
    listed: dict[str, InputSettings] = {}  # PATH<TAB>DATE[<TAB>LANGUAGE] list lines
    sources = gather_sources(
        paths,
        from_lists,
        patterns,
        listed,
        report_path=report_path,
        other_inputs=(config.path,),
    )
    if listed:
        options = dataclasses.replace(options, listed=listed)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create output folder: {exc.strerror}") from None
    remove_stale(out)
    _preload(options.language is None or bool(listed), schema_dir, batch=len(sources) > 1)
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
        line=_line,
        notes=notes,
        after=functools.partial(_after_run, out),
    )
