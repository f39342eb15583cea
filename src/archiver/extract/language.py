"""Offline language identification (py3langid ships its model inside the wheel)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

_BCP47 = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def is_bcp47(tag: str) -> bool:
    return bool(_BCP47.match(tag))


_IDENTIFIER: list[LanguageIdentifier] = []  # the loaded identifier, once


def _identifier(use_cache: bool = True) -> LanguageIdentifier:
    if not _IDENTIFIER or not use_cache:
        from archiver.extract.langmodel import load_identifier

        _IDENTIFIER[:] = [load_identifier(use_cache)]
    return _IDENTIFIER[0]


def detect_language(text: str) -> tuple[str | None, float]:
    """The most likely ISO 639-1 code and its probability, or (None, 0.0) for too little text."""
    # The headline and first paragraphs decide it (py3langid is as sure at a few hundred
    # characters as at a few thousand on news prose); the rest only costs time.
    sample = text[:1000]
    if sum(map(str.isalpha, sample)) < 20:
        return None, 0.0
    try:
        try:
            lang, prob = _identifier().classify(sample)
        except (IndexError, ValueError, TypeError):
            # only a damaged cached model table does this: load py3langid's own, once more
            lang, prob = _identifier(use_cache=False).classify(sample)
    except OSError:  # the model unpacks to a temporary file; a full disk must not be fatal
        return None, 0.0
    return lang, float(prob)


def preload() -> None:
    """Load the model now (before worker processes fork, so they share it)."""
    try:
        _identifier()
    except OSError:
        pass
