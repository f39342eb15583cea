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
import dataclasses
import functools
from collections import OrderedDict
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

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


def forget_with_the_rest(clear: Callable[[], None]) -> None:
    """Have `clear_all` call `clear` too: for a cache made outside this module (a
    functools.lru_cache), which a measurement starting as a new process must also forget."""
    _ALL_CLEARS.append(clear)


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


# Texts of any length `whole_text_cache` keeps answers for (a page read as one paragraph is
# weighed again by each pass that seeks its dateline: a few texts, each up to a MB).
WHOLE_KEPT = 8


def whole_text_cache(func: Callable[[str], T]) -> Callable[[str], T]:
    """`func(text)` with the answers for the last WHOLE_KEPT texts kept, however long (a
    short_text_cache asks a long text afresh): for a test that reads a whole paragraph and is
    asked of the same paragraph by several passes. Only for answers that depend on the text
    alone and are immutable (a bool)."""
    cached = functools.lru_cache(maxsize=WHOLE_KEPT)(func)

    @functools.wraps(func)
    def wrapper(text: str) -> T:
        return cached(text)

    wrapper.uncached = func  # type: ignore[attr-defined]  # the slow twin, for tests
    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    _ALL_CLEARS.append(cached.cache_clear)
    return wrapper


def copied_text_cache(func: Callable[P, T]) -> Callable[P, T]:
    """short_text_cache for functions whose answers hold lists (a byline's names): each call
    gets its own copy of the kept answer, so a caller that changed one could not change the
    answer the next caller gets."""
    kept = _kept(func, none_by_text=False)

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        answer = kept(*args, **kwargs)
        return answer if answer is None else cast(T, _copied(answer))

    wrapper.uncached = func  # type: ignore[attr-defined]
    wrapper.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return wrapper


def _strings(value: object) -> bool:
    """A str, or a list of str only (whose copy is a new list of the same strings)."""
    return type(value) is str or (type(value) is list and all(type(x) is str for x in value))


def _copied(answer: object) -> object:
    """copy.deepcopy(answer), the shapes kept here copied without deepcopy's generic walk: a
    list of str, and an object (a byline) whose attributes are None, str or lists of str,
    each list copied (strings are never copied: deepcopy returns the same ones). A page of
    bylines asks parse_byline thousands of times; deepcopy takes 13 us a byline, this 5 us.
    Any other shape is deep-copied."""
    if type(answer) is list and _strings(answer):
        return list(answer)
    fields = getattr(answer, "__dict__", None)
    kind = type(answer)
    if (
        not dataclasses.is_dataclass(answer)
        or type(fields) is not dict
        # deepcopy's own way for a plain object: a new one of its class (no __init__ run), its
        # attributes' copies set in its __dict__; a class that copies itself otherwise is left
        # to deepcopy
        or hasattr(kind, "__deepcopy__")
        or hasattr(kind, "__setstate__")
        or kind.__reduce_ex__ is not object.__reduce_ex__
        or kind.__reduce__ is not object.__reduce__
        or kind.__getstate__ is not object.__getstate__
        or not all(v is None or _strings(v) for v in fields.values())
    ):
        return copy.deepcopy(answer)
    new = kind.__new__(kind)
    new.__dict__.update({k: list(v) if type(v) is list else v for k, v in fields.items()})
    return new


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
