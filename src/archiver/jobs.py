"""How many worker processes to start (a module of its own: `validate` imports it without
the batch machinery)."""

from __future__ import annotations

import os


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


JOBS_PER_CPU = 4  # beyond this, more processes only add memory and switching


def capped_jobs(requested: int | None, items: int | None = None) -> int:
    """The worker processes to start: the request (default: one per CPU), but never more
    than JOBS_PER_CPU per CPU nor more than there are items (`--jobs 100000` on three
    articles would otherwise fork 100,000 processes)."""
    cpus = default_jobs()
    jobs = min(requested or cpus, JOBS_PER_CPU * cpus)
    if items is not None:
        jobs = min(jobs, items)
    return max(1, jobs)
