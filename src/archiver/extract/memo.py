"""Answers of pure line tests kept for the lines asked about again.

The plain-text extractor asks the same questions of the same line several times within one
article (the role classifier, the page-headline finder and the dateline search each ask
whether a line is a dateline or a page's date stamp): a third to a half of those calls repeat
one made a moment before. `short_text_cache` keeps the answers for the last few hundred short
texts. It is only for functions whose answer depends on nothing but their arguments and is
immutable (frozen dataclasses, str, bool, None): the answer is then the one a call would give.
Long texts (a paragraph of story) are not kept, so the cache stays small (under about a MB).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

MAX_KEPT = 256  # answers kept (a few articles' worth: repeats come within one article)
MAX_TEXT = 2000  # characters: longer texts are asked afresh


def short_text_cache(func: Callable[P, T]) -> Callable[P, T]:
    """`func(text, *args)` with the answers for short texts kept (least recently used out)."""
    cached = functools.lru_cache(maxsize=MAX_KEPT)(func)

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        text = args[0] if args else None
        if kwargs or not isinstance(text, str) or len(text) > MAX_TEXT:
            return func(*args, **kwargs)
        return cached(*args)  # positional, hashable: a str and a date or None

    wrapper.uncached = func  # type: ignore[attr-defined]  # the slow twin, for tests
    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return wrapper
