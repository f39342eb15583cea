"""The type checker over archiver's source: mypy, configured in pyproject.toml [tool.mypy]."""

import os
from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_no_type_errors() -> None:
    # no cache: each run checks the source as it is, shares nothing with a developer's runs,
    # and skips writing cache files (what makes a cold run slow)
    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            os.devnull,
            str(ROOT / "src" / "archiver"),
        ]
    )
    assert status == 0, f"mypy found type errors:\n{stdout}{stderr}"
    assert "Success: no issues found" in stdout
