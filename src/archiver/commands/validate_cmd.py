"""`archiver validate`: a few lines over archiver.bagcheck.validate_bag."""

from __future__ import annotations

import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import click

from archiver.bagcheck import ValidateOptions, make_xml_checker
from archiver.bagcheck.archives import DEFAULT_MAX_BYTES, DEFAULT_MAX_RATIO, archive_kind
from archiver.bagcheck.paths import printable
from archiver.bagcheck.report import junit_document, write_json, write_text
from archiver.bagcheck.stable import validate_bag_settled
from archiver.commands import jobs_option, reports_errors, say_notes, schemas_option
from archiver.errors import ArchiverError, InputError
from archiver.guards import check_report_file
from archiver.inputs import collect_bags
from archiver.jobs import capped_jobs
from archiver.schemadir import NOT_CHECKED

if TYPE_CHECKING:  # the profile module is imported only when --profile is given
    from archiver.bagcheck.profile import Profile

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


class ByteSize(click.ParamType):
    name = "SIZE"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper().removesuffix("IB").removesuffix("B")
        unit = text[-1:] if text[-1:] in _UNITS else ""
        number = text[: -len(unit)] if unit else text
        try:
            size = int(float(number) * _UNITS[unit])
        except ValueError:
            self.fail(f"{value!r} is not a size such as 4G or 500M", param, ctx)
        if size <= 0:
            self.fail(f"{value!r} must be positive", param, ctx)
        return size


@click.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "--from-list",
    "from_lists",
    multiple=True,
    metavar="FILE",
    help="Read bag paths, one per line, from FILE ('-' for stdin). A folder that is not a bag "
    "is searched for bags and serialized bags.",
)
@click.option("--fast", is_flag=True, help="Check only Payload-Oxum and completeness.")
@click.option("--completeness-only", is_flag=True, help="Check everything except checksums.")
@click.option(
    "--profile",
    "profiles",
    multiple=True,
    metavar="FILE_OR_URI",
    help="Check a BagIt Profile: a JSON file, a file:// URI, or the identifier of a profile "
    "known locally (never fetched). Repeatable.",
)
@click.option(
    "--allow-holey", is_flag=True, help="Files listed in fetch.txt may be absent (warning)."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "junit"]),
    default="text",
    show_default=True,
    help="text: a line per bag and per finding; json: one JSON object per bag per line "
    "(JSON Lines); junit: a JUnit XML report.",
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@jobs_option("Hashing processes")
@schemas_option
@click.option(
    "--max-archive-bytes",
    type=ByteSize(),
    default=DEFAULT_MAX_BYTES,
    show_default="4G",
    help="Refuse a serialized bag that expands past this size.",
)
@click.option(
    "--max-archive-ratio",
    type=click.FloatRange(min=1.0),
    default=DEFAULT_MAX_RATIO,
    show_default=True,
    help="Refuse an archive entry (over 1 MiB) that expands more than this many times.",
)
@reports_errors
def validate(
    paths: tuple[str, ...],
    from_lists: tuple[str, ...],
    fast: bool,
    completeness_only: bool,
    profiles: tuple[str, ...],
    allow_holey: bool,
    fmt: str,
    output: str | None,
    jobs: int | None,
    schemas_dir: Path | None,
    max_archive_bytes: int,
    max_archive_ratio: float,
) -> None:
    """Validate BagIt bags: folders or serialized bags (.tar, .tar.gz/.tgz, .zip).

    Checks structure, every manifest and tag manifest, completeness, Payload-Oxum, fetch.txt,
    unsafe paths and links, BagIt Profiles (--profile, or the bag's own
    BagIt-Profile-Identifier when known locally) and payload XML against the official schemas.
    Findings carry a code (see archiver.bagcheck.findings), the rule, a severity and the path.

    \b
    Exit status: 0 every bag valid (warnings allowed), 1 a bag invalid, 2 usage error.
    Example: archiver validate out/*.tar --profile schemas/archiver-bagit-profile.json
    """
    if fast and completeness_only:
        raise InputError("--fast and --completeness-only cannot be used together")
    # Without --profile, known_profiles stays None: validate_bag then reads the project's
    # profiles only if a bag declares a BagIt-Profile-Identifier (the result is the same).
    explicit: list[Profile] = []
    known: dict[str, Profile] | None = None
    if profiles:
        from archiver.bagcheck.profile import ProfileError, resolve_profiles

        try:
            explicit, known = resolve_profiles(list(profiles))
        except ProfileError as exc:
            raise InputError(str(exc)) from None
    paths = tuple(collect_bags(paths, from_lists=from_lists))
    if not paths:
        raise InputError("no bags to validate: give bag folders, archives or --from-list")
    for path in paths:
        target = Path(path)
        if not os.path.lexists(target):
            raise InputError(f"{path}: no such file or directory")
        if not target.is_dir() and (not target.is_file() or archive_kind(target) is None):
            raise InputError(f"{path}: not a bag folder nor a tar or zip archive")
    # before anything is opened for writing: the report must not overwrite what it judges
    check_report_file(output, [*paths, *from_lists, *profiles, schemas_dir], "-o")
    xml_checker = make_xml_checker(schemas_dir)
    notes: set[str] = set()
    options = ValidateOptions(
        mode="fast" if fast else "completeness" if completeness_only else "full",
        allow_holey=allow_holey,
        profiles=explicit,
        known_profiles=known,
        jobs=capped_jobs(jobs),
        xml_checker=xml_checker,
        max_archive_bytes=max_archive_bytes,
        max_archive_ratio=max_archive_ratio,
    )
    try:
        sink = open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout)
    except OSError as exc:
        raise InputError(f"{output}: cannot write the report: {exc.strerror}") from None
    try:
        reports = []  # kept whole only for the JUnit document
        all_valid = True
        with sink as out:
            for path in paths:
                report = validate_bag_settled(path, options)  # re-checked if replaced meanwhile
                all_valid = all_valid and report.valid
                notes.update(n for n in report.not_checked if n == NOT_CHECKED)
                if fmt == "junit":
                    reports.append(report)
                if fmt == "text":
                    write_text(report, out)
                elif fmt == "json":
                    write_json(report, out)
                out.flush()
                # the text report on the terminal lists every warning already: said once
                if report.warnings and (fmt != "text" or output):
                    codes = sorted({f.code for f in report.findings if f.severity == "warning"})
                    click.echo(
                        f"archiver: warning: {printable(path)}: {report.warnings} warning(s) "
                        f"({', '.join(codes)})",
                        err=True,
                    )
            if fmt == "junit":
                out.write(junit_document(reports).decode("utf-8"))
    except OSError as exc:  # the report's disk full (or /dev/full): one line, not a traceback
        where = output or "standard output"
        raise ArchiverError(f"{where}: cannot write the report: {exc.strerror or exc}") from None
    say_notes(sorted(notes))
    sys.exit(0 if all_valid else 1)
