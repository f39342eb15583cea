"""The options every batch command shares: inputs, --jobs, --report, --quiet."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import IO, Any, NoReturn, TypeVar

import click

from archiver.batch import GROUP_SIZE, GroupWorker, Outcome, Summary, run_batch
from archiver.commands import jobs_option, say_notes
from archiver.errors import ArchiverError, InputError
from archiver.guards import check_report_file
from archiver.inputs import InputSettings, collect_inputs
from archiver.jobs import capped_jobs

F = TypeVar("F", bound=Callable[..., Any])


def _batch_decorators(*, bags: bool) -> list[Callable[[F], F]]:
    what = "bag paths" if bags else "paths"
    decorators = [
        click.option(
            "--from-list",
            "from_lists",
            multiple=True,
            metavar="FILE",
            help=f"Read {what}, one per line, from FILE ('-' for stdin)."
            + (
                ""
                if bags
                else " A line PATH<TAB>REFERENCE-DATE[<TAB>LANGUAGE] gives that article its own"
                " reference date (YYYY-MM-DD) and language, beating the options."
            ),
        ),
        click.option(
            "--pattern",
            "patterns",
            multiple=True,
            metavar="GLOB",
            help="File names to take from folders (repeatable; default: every format archiver "
            "reads: *.txt, *.html, *.htm, *.xhtml, *.html.gz, *.htm.gz, *.warc, *.warc.gz).",
        ),
        jobs_option("Worker processes; the output is the same whatever N is"),
        click.option(
            "--report",
            "report_path",
            default=None,
            metavar="FILE",
            help="Write one JSON line per item and a final summary line.",
        ),
        click.option(
            "--quiet", "-q", is_flag=True, help="No progress display and no per-item lines."
        ),
    ]
    if bags:  # bags are found in folders by what they hold, not by a name pattern
        del decorators[1]
    return decorators


def batch_options(func: F) -> F:
    for decorator in reversed(_batch_decorators(bags=False)):
        func = decorator(func)
    return func


def bag_batch_options(func: F) -> F:
    """The batch options of a command that takes bags (folders or serialized bags)."""
    for decorator in reversed(_batch_decorators(bags=True)):
        func = decorator(func)
    return func


def gather_bags(
    paths: tuple[str, ...],
    from_lists: tuple[str, ...],
    *,
    report_path: str | None = None,
    other_inputs: tuple[str | os.PathLike[str] | None, ...] = (),
) -> list[str]:
    """The batch's bags; a --report over one of them or inside one is refused here."""
    from archiver.inputs import collect_bags

    sources = list(collect_bags(paths, from_lists=from_lists))
    if not sources:
        raise InputError("no input: give bag folders, serialized bags or --from-list")
    check_report_file(report_path, [*sources, *from_lists, *other_inputs], "--report")
    return sources


def gather_sources(
    paths: tuple[str, ...],
    from_lists: tuple[str, ...],
    patterns: tuple[str, ...],
    settings: dict[str, InputSettings] | None = None,
    *,
    report_path: str | None = None,
    other_inputs: tuple[str | os.PathLike[str] | None, ...] = (),
) -> list[str]:
    """The inputs; `settings` receives what list lines say about theirs (date, language).
    A --report that would overwrite one of them, a list file, other_inputs (the config
    file) or anything inside a bag is refused here, before any work."""
    sources = list(
        collect_inputs(paths, from_lists=from_lists, patterns=patterns, settings=settings)
    )
    if not sources:
        raise InputError("no input: give files, folders or --from-list")
    check_report_file(report_path, [*sources, *from_lists, *other_inputs], "--report")
    return sources


@contextlib.contextmanager
def open_report(path: str | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
        return
    try:
        fh = open(path, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot write report: {exc.strerror}") from None
    with fh:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


def run_and_exit(
    sources: list[str],
    worker: GroupWorker,
    *,
    jobs: int | None,
    label: str,
    quiet: bool,
    report_path: str | None,
    line: Callable[[Outcome], str],
    notes: list[str] | None = None,
    after: Callable[[Summary], object] | None = None,
    group: int = GROUP_SIZE,
    taper_to: int | None = None,
) -> NoReturn:
    """Run a batch command's items: a line per success (`line`), one error line per failure,
    a count of failures, and the exit code (0 all done, 1 any failed, 2 one unreadable input).
    group: items a worker takes at a time (a command that flushes once per group);
    taper_to: groups shrink from `group` to this many as the batch ends (`split_groups`)."""

    def show(outcome: Outcome) -> None:
        # a failure may come with what was done before it (a damaged WARC's other bags)
        if (outcome.ok or outcome.data) and not quiet:
            click.echo(line(outcome))
        if not outcome.ok:
            from archiver.bagcheck.paths import printable  # lazily: only failures need it

            click.echo(f"archiver: error: {printable(outcome.error or '')}", err=True)

    try:
        with open_report(report_path) as report:
            summary = run_batch(
                sources,
                worker,
                jobs=capped_jobs(jobs, len(sources)),
                label=label,
                quiet=quiet,
                report=report,
                on_outcome=show,
                notes=notes,
                group=group,
                taper_to=taper_to,
            )
    except OSError as exc:  # the report's disk full (or /dev/full): one line, not a traceback
        raise ArchiverError(f"{report_path}: cannot write report: {exc.strerror or exc}") from None
    if after is not None:
        after(summary)
    say_notes(summary.notes)
    if summary.failed and len(sources) > 1:
        click.echo(f"archiver: {summary.failed} of {summary.total} failed", err=True)
    raise SystemExit(summary.exit_code(single_input=len(sources) == 1))
