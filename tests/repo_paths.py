"""Where the repository, its fixtures and the official schemas are (importable by any test)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
SAMPLE = FIXTURES / "upi-2014-north-korean-women-seoul.txt"


def official_schema_dir() -> Path | None:
    """$ARCHIVER_SCHEMAS, else ../shared/schemas beside the repository (CI always has it)."""
    env = os.environ.get("ARCHIVER_SCHEMAS")
    candidate = Path(env) if env else REPO.parent / "shared" / "schemas"
    return candidate if (candidate / "newsml-g2").is_dir() else None


def _needs_schemas():  # type: ignore[no-untyped-def]
    import pytest

    return pytest.mark.skipif(
        official_schema_dir() is None,
        reason="official schemas not found (../shared/schemas or $ARCHIVER_SCHEMAS)",
    )


SCHEMA_DIR = official_schema_dir()
needs_schemas = _needs_schemas()
