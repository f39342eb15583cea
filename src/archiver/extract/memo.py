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

import copy
import functools
from collections import OrderedDict
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

MAX_KEPT = 256  # answers kept (a few articles' worth: repeats come within one article)
# Answers kept by `line_cache`: every line of a long page (a gallery's thousands of captions,
# each asked again by a later pass over the whole page).
LINE_KEPT = 16384
MAX_TEXT = 2000  # characters: longer texts are asked afresh
# Characters of the texts known to have no answer (`none_by_text_cache`): a whole article's
# lines (the caption pass asks again of the lines the role pass asked about, thousands of
# lines later in a long page), a few MB at most.
NONE_CHARS = 1_000_000


class _NoAnswer:
    """Texts whose answer is None, oldest out first once their characters pass a budget."""

    def __init__(self, budget: int) -> None:
        self._texts: OrderedDict[str, None] = OrderedDict()
        self._chars = 0
        self._budget = budget

    def __contains__(self, text: str) -> bool:
        return text in self._texts

    def add(self, text: str) -> None:
        if text in self._texts:
            return
        self._texts[text] = None
        self._chars += len(text)
        while self._chars > self._budget:
            old, _ = self._texts.popitem(last=False)
            self._chars -= len(old)

    def clear(self) -> None:
        self._texts.clear()
        self._chars = 0


# Every kept-answer cache made here, so that a measurement can start as a new process does
# (benchmarks/adversarial.py clears them before each timed run: a cache warmed by the run
# before would hide what one large article costs the first time it is read).
_ALL_CLEARS: list[Callable[[], None]] = []


def clear_all() -> None:
    """Forget every kept answer (the answers themselves never change: only the cost does)."""
    for clear in _ALL_CLEARS:
        clear()


def short_text_cache(func: Callable[P, T]) -> Callable[P, T]:
    """`func(text, *args)` with the answers for short texts kept (least recently used out)."""
    return _kept(func, none_by_text=False)


def line_cache(func: Callable[P, T]) -> Callable[P, T]:
    """short_text_cache keeping LINE_KEPT answers: for a line test each pass over an article
    asks again (a pass over thousands of lines comes between two askings of one line)."""
    return _kept(func, none_by_text=False, size=LINE_KEPT)


def none_by_text_cache(func: Callable[P, T]) -> Callable[P, T]:
    """short_text_cache that also keeps a None answer for the text alone: the same text asked
    with other arguments (another reference date) is None without a call. Only for functions
    whose None depends on the text alone (tests pin it for each one)."""
    return _kept(func, none_by_text=True)


def copied_text_cache(func: Callable[P, T]) -> Callable[P, T]:
    """short_text_cache for functions whose answers hold lists (a byline's names): each call
    gets its own copy of the kept answer, so a caller that changed one could not change the
    answer the next caller gets."""
    kept = _kept(func, none_by_text=False)

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        answer = kept(*args, **kwargs)
        return answer if answer is None else copy.deepcopy(answer)

    wrapper.uncached = func  # type: ignore[attr-defined]
    wrapper.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return wrapper


def _kept(func: Callable[P, T], none_by_text: bool, size: int = MAX_KEPT) -> Callable[P, T]:
    cached = functools.lru_cache(maxsize=size)(func)
    none = _NoAnswer(NONE_CHARS) if none_by_text else None

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        text = args[0] if args else None
        if kwargs or not isinstance(text, str) or len(text) > MAX_TEXT:
            return func(*args, **kwargs)
        if none is None:
            return cached(*args)  # positional, hashable: a str and a date or None
        if text in none:
            return None  # type: ignore[return-value]
        answer = cached(*args)
        if answer is None:
            none.add(text)
        return answer

    def cache_clear() -> None:
        cached.cache_clear()
        if none is not None:
            none.clear()

    wrapper.uncached = func  # type: ignore[attr-defined]  # the slow twin, for tests
    wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
    _ALL_CLEARS.append(cache_clear)
    return wrapper


def per_distinct(lines: list[str], test: Callable[[str], bool]) -> list[bool]:
    """[test(line) for line in lines], asking once per distinct line: a page repeats its
    buttons, labels and blank lines ("Share", "Advertisement") many times over."""
    answers: dict[str, bool] = {}
    out = []
    for line in lines:
        answer = answers.get(line)
        if answer is None:
            answer = answers[line] = test(line)
        out.append(answer)
    return out
