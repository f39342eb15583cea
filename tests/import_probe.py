"""Which modules a fresh interpreter has imported after running some code: the start-up tests
of `archiver validate` and `archiver export` pin that what a command does not need stays
unimported."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterable

from repo_paths import REPO

SRC = REPO / "src"


def loaded_after(code: str, modules: Iterable[str]) -> list[str]:
    """The names in `modules` found in sys.modules after `code` ran in a new interpreter that
    imports archiver from this tree (with no schema folder set: a start-up must not depend on
    one)."""
    wanted = tuple(modules)
    probe = f"{code}\nimport sys; print(sorted(m for m in {wanted!r} if m in sys.modules))"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("ARCHIVER_SCHEMAS", None)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    return ast.literal_eval(done.stdout.strip().splitlines()[-1])
