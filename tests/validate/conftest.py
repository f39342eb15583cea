"""Fixtures for the validate tests (helpers live in validate_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from validate_helpers import build_bag

from archiver.bagcheck import BagReport, ValidateOptions, validate_bag


@pytest.fixture
def bag(tmp_path: Path) -> Path:
    return build_bag(tmp_path / "bag")


@pytest.fixture
def make_bag(tmp_path: Path) -> Callable[..., Path]:
    counter = iter(range(1000))

    def make(**kwargs) -> Path:  # type: ignore[no-untyped-def]
        return build_bag(tmp_path / f"bag{next(counter)}", **kwargs)

    return make


@pytest.fixture
def check() -> Callable[..., BagReport]:
    def run(path: Path | str, **options) -> BagReport:  # type: ignore[no-untyped-def]
        return validate_bag(path, ValidateOptions(**options))

    return run
