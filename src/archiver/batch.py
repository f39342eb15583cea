"""Run one job per article over a batch: in parallel processes, in input order, observable.

One failed article never stops the run; each outcome is streamed to the progress display,
the per-article lines and the JSON-lines report as it arrives, so memory stays flat however
long the batch. Results come back in input order whatever the number of processes.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Any, TextIO

import click

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

from archiver.errors import ArchiverError, InputError

Worker = Callable[[str], dict[str, Any]]
GroupWorker = Callable[[list[str]], list["Outcome"]]
GROUP_SIZE = 16  # articles a worker takes at a time (packaging flushes once per group)


@dataclass
class Outcome:
    source: str
    ok: bool
    data: dict[str, Any] = field(default_factory=dict)  # what the worker returned
    error: str | None = None
    exit_code: int = 0


@dataclass
class Summary:
    total: int = 0
    failed: int = 0
    input_errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)  # what the run did not do, e.g. check XML

    def exit_code(self, single_input: bool) -> int:
        if not self.failed:
            return 1 if self.statuses.get("stale") else 0  # an outdated bag was kept
        if single_input and self.input_errors == self.failed:
            return 2  # the one file named could not be read: a usage-level problem
        return 1


_WORKER: GroupWorker | None = None


def _init_worker(worker: GroupWorker) -> None:
    global _WORKER
    _WORKER = worker


def capture(func: Callable[[], dict[str, Any]], source: str) -> Outcome:
    """Run one item's job; an error becomes the item's failed outcome, never the batch's."""
    try:
        return Outcome(source=source, ok=True, data=func())
    except ArchiverError as exc:
        # an error may carry what was done before it (the bags of a damaged web archive)
        data = getattr(exc, "data", None) or {}
        return Outcome(source=source, ok=False, data=data, error=str(exc), exit_code=exc.exit_code)
    except Exception as exc:  # one article's bug must not end the batch; it is reported
        return Outcome(
            source=source, ok=False, error=f"{source}: internal error: {exc!r}", exit_code=1
        )


def _data_or_raise(to_data: Callable[[Any], dict[str, Any]], result: Any) -> dict[str, Any]:
    if isinstance(result, ArchiverError):
        raise result
    return to_data(result)


def outcomes_of(
    sources: list[str], results: list[Any], to_data: Callable[[Any], dict[str, Any]]
) -> list[Outcome]:
    """Outcomes of a library function's per-item results (an ArchiverError fails its item)."""
    return [
        capture(functools.partial(_data_or_raise, to_data, r), s)
        for s, r in zip(sources, results, strict=True)
    ]


def _per_item(worker: Worker, sources: list[str]) -> list[Outcome]:
    return [capture(functools.partial(worker, s), s) for s in sources]


def per_item(worker: Worker) -> GroupWorker:
    """A group worker that runs an item worker on each source in turn."""
    return functools.partial(_per_item, worker)


def _run_group(sources: list[str]) -> list[Outcome]:
    assert _WORKER is not None
    try:
        return _WORKER(sources)
    except Exception as exc:  # a bug in the group worker fails its items, not the batch
        return [
            Outcome(source=s, ok=False, error=f"{s}: internal error: {exc!r}", exit_code=1)
            for s in sources
        ]


def split_groups(
    sources: list[str], jobs: int, group: int, taper_to: int | None = None
) -> list[list[str]]:
    """The items cut into the groups a worker takes at a time.

    Fixed groups of `group` by default (fewer when that gives a process nothing). With
    taper_to (and more than one process), guided self-scheduling: each group a share of
    what is left, from `group` down to `taper_to` items, so that a command whose every group
    ends with a wait (a flush) waits fewer times, and the processes still finish together
    (the last groups are small) instead of one doing a last big group alone.
    """
    if taper_to is None or jobs <= 1:
        size = max(1, min(group, -(-len(sources) // max(jobs, 1))))
        return [sources[i : i + size] for i in range(0, len(sources), size)]
    groups, start = [], 0
    while start < len(sources):
        left = len(sources) - start
        size = max(1, taper_to, min(group, -(-left // (2 * jobs))))
        groups.append(sources[start : start + size])
        start += size
    return groups


def run_outcomes(
    sources: list[str],
    worker: GroupWorker,
    jobs: int,
    group: int = GROUP_SIZE,
    taper_to: int | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order; jobs > 1 uses that many worker processes."""
    # Small groups keep the processes evenly loaded; imap streams results back in order.
    groups = split_groups(sources, jobs, group, taper_to)
    if jobs <= 1 or len(groups) <= 1:
        _init_worker(worker)
        for chunk in groups:
            yield from _run_group(chunk)
        return
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    # ProcessPoolExecutor (not Pool.imap) so that a worker killed by the OOM killer or a signal
    # ends the run with an error instead of a wait for a result that never comes.
    with ProcessPoolExecutor(
        jobs, mp_context=ctx, initializer=_init_worker, initargs=(worker,)
    ) as pool:
        try:
            for outcomes in pool.map(_run_group, groups):
                yield from outcomes
        except BrokenProcessPool:
            raise ArchiverError(
                "a worker process died (killed or out of memory); rerun to finish the batch"
            ) from None


class Progress:
    """A bar on a terminal, a plain line every few seconds elsewhere, nothing when quiet."""

    def __init__(self, total: int, label: str, *, quiet: bool, stream: TextIO | None = None):
        self.total, self.label, self.quiet = total, label, quiet
        self.stream = stream or sys.stderr
        self.done = 0
        self.start = time.monotonic()
        self.last_line = self.start
        self.tty = not quiet and self.stream.isatty()
        self.bar: ProgressBar[int] | None = None
        if self.tty:
            self.bar = click.progressbar(
                length=total,
                label=label,
                file=self.stream,
                show_eta=True,
                show_pos=True,
                item_show_func=lambda _: self.rate_text(),
            )
            self.bar.__enter__()

    def rate_text(self) -> str:
        elapsed = max(time.monotonic() - self.start, 1e-9)
        return f"{self.done / elapsed:.1f}/s"

    def advance(self) -> None:
        self.done += 1
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(1, current_item=None)
            return
        now = time.monotonic()
        if now - self.last_line >= 5.0 or self.done == self.total:
            self.last_line = now
            elapsed = now - self.start
            rate = self.done / elapsed if elapsed > 0 else 0.0
            eta = (self.total - self.done) / rate if rate > 0 else 0.0
            click.echo(
                f"archiver: {self.label} {self.done}/{self.total} ({rate:.1f}/s, ETA {eta:.0f}s)",
                file=self.stream,
            )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def run_batch(
    sources: list[str],
    worker: GroupWorker,
    *,
    jobs: int,
    label: str,
    quiet: bool,
    report: IO[str] | None,
    on_outcome: Callable[[Outcome], None],
    notes: list[str] | None = None,
    group: int = GROUP_SIZE,
    taper_to: int | None = None,
) -> Summary:
    summary = Summary(total=len(sources))
    # a single article needs no progress display: its own line says how it went
    progress = Progress(len(sources), label, quiet=quiet or len(sources) == 1)
    started = time.monotonic()
    try:
        for outcome in run_outcomes(sources, worker, jobs, group, taper_to):
            progress.advance()
            if outcome.ok:
                status = str(outcome.data.get("status", "ok"))
                summary.statuses[status] = summary.statuses.get(status, 0) + 1
            else:
                summary.failed += 1
                summary.input_errors += outcome.exit_code == InputError.exit_code
            on_outcome(outcome)
            if report is not None:
                line = {"source": outcome.source, **outcome.data}
                line.setdefault("status", "ok" if outcome.ok else "failed")
                if not outcome.ok:
                    line["status"] = "failed"
                line["error"] = outcome.error
                report.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
                report.flush()
    finally:
        progress.close()
    summary.seconds = time.monotonic() - started
    if summary.failed < summary.total:  # what the run did not do, said only if it did anything
        summary.notes = list(notes or ())
    if report is not None:
        report.write(json.dumps({"summary": asdict(summary)}, sort_keys=True) + "\n")
        report.flush()
    return summary
