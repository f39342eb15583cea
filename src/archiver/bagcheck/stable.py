"""Validating a bag that may be replaced while it is read.

`archiver package --force` swaps a new bag in for the old one in one atomic rename, but a
validator reads a bag file by file: one that started on the old bag may read the old
manifests and the new payload, and report a checksum mismatch for a bag that was valid
before and after. So a verdict of invalid is trusted only if the path still names the same
folder (or file) it named when the check began; otherwise the bag that is there now is
checked again, a few times at most.
"""

from __future__ import annotations

import os
import time

from archiver.bagcheck.checker import BagReport, ValidateOptions, validate_bag
from archiver.errors import InputError

ATTEMPTS = 4
_SETTLE = 0.05  # seconds to let a replacement that moved the old bag aside finish


def _identity(path: str | os.PathLike[str]) -> tuple[int, int, int] | None:
    """What tells one bag folder (or archive) from its replacement: the inode, and its change
    time, since the old bag's inode number is free for the next one once it is deleted."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_ctime_ns


def validate_bag_settled(
    path: str | os.PathLike[str], options: ValidateOptions | None = None
) -> BagReport:
    """validate_bag, checking again when the bag was replaced during the check.

    A valid verdict stands (everything read agreed); an invalid one stands only when the
    path named the same bag before and after. Findings streamed through on_finding may
    therefore be those of more than one attempt.
    """
    for attempt in range(ATTEMPTS):
        before = _identity(path)
        last = attempt == ATTEMPTS - 1
        try:
            report = validate_bag(path, options)
        except InputError:
            # the path vanished: a replacement moved the old bag aside before the new one
            # came in; if it existed when we began, look again once it has settled
            if before is None or last:
                raise
            time.sleep(_SETTLE)
            continue
        if report.valid or last:
            return report
        after = _identity(path)
        if after is not None and after == before:
            return report
        time.sleep(_SETTLE if after is None else 0)
    raise AssertionError("unreachable")  # pragma: no cover - the last attempt returns
