"""Shared pytest fixtures: the sample article and the official schemas beside the repo."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from repo_paths import SAMPLE, official_schema_dir

# The language model cache goes to a folder of this test session, never the user's home;
# every archiver run the tests start (in this process or a child) shares it.
if "ARCHIVER_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="archiver-test-cache-")
    os.environ["ARCHIVER_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


@pytest.fixture
def schema_dir() -> Path:
    found = official_schema_dir()
    if found is None:
        pytest.skip("official schemas not found: set ARCHIVER_SCHEMAS or provide ../shared/schemas")
    return found


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE
