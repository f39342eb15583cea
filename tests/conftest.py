"""Shared pytest fixtures: the sample article and the official schemas beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

from repo_paths import SAMPLE, official_schema_dir


@pytest.fixture
def schema_dir() -> Path:
    found = official_schema_dir()
    if found is None:
        pytest.skip("official schemas not found: set ARCHIVER_SCHEMAS or provide ../shared/schemas")
    return found


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
