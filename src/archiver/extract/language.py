"""Offline language identification (py3langid ships its model inside the wheel)."""

from __future__ import annotations

import functools
import re

_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def is_bcp47(tag: str) -> bool:
    return bool(_BCP47.match(tag))


@functools.lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from archiver.extract.langmodel import load_identifier

    return load_identifier()


def detect_language(text: str) -> tuple[str | None, float]:
    """The most likely ISO 639-1 code and its probability, or (None, 0.0) for too little text."""
    # The headline and first paragraphs decide it (py3langid is as sure at a few hundred
    # characters as at a few thousand on news prose); the rest only costs time.
    sample = text[:1000]
    if sum(map(str.isalpha, sample)) < 20:
        return None, 0.0
    try:
        identifier = _identifier()
    except OSError:  # the model unpacks to a temporary file; a full disk must not be fatal
        return None, 0.0
    lang, prob = identifier.classify(sample)
    return lang, float(prob)


def preload() -> None:
    """Load the model now (before worker processes fork, so they share it)."""
    try:
        _identifier()
    except OSError:
        pass
