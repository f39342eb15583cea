"""The time a run stamps on what it makes: SOURCE_DATE_EPOCH when set, else now.

Apart from `archiver.normalize` (which uses it and names it too) so that a command that only
needs the time, such as `archiver export`, does not import the renderers and readers with it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from archiver.errors import InputError


def version_created() -> datetime:
    """The normalization time: ``SOURCE_DATE_EPOCH`` (UTC) when set, else now (whole seconds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except (ValueError, OverflowError, OSError):
            raise InputError(
                f"SOURCE_DATE_EPOCH must be a whole number of seconds, got {epoch!r}"
            ) from None
    return datetime.now(UTC).replace(microsecond=0)
