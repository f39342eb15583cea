"""Captures hard-wrapped by the tool that saved them, read as the lines they were written as.

Text browsers (`lynx -dump`, `w3m -dump`) break a page's lines at 72 to 80 columns, mail
programs at 72 to 78, "save as text" at its own width: a headline, a caption or a subject line
longer than that comes out over two or three lines ("... as licensed" / "release begins",
"(AP Photo/Jane" / "Doe)"), and the role parser, which reads a line as a unit, sees half a
headline and a credit cut in two. Such a capture is known by its lines' lengths: a width no
line with a space in it passes, near which many lines end, and at each of those ends the next
line's first word would not have fitted within the width (a wrapper fills a line greedily).

Each break is then decided on its own: it is soft (the same written line goes on) when the
line above is full (the next line's first word would not have fitted), the next line is not
indented deeper (a paragraph's first line may be indented, its next lines not), and the next
line opens no item of its own (a list item, a "Field:" of a header, a "By" line) and neither
line is a table's row. Every other break is a real one. Copy set by a typesetter rather than
a greedy wrapper (old wire copy, whose lines end short of the width as the typesetter chose)
has too few lines that are full in that sense and is left as it is.

The logical lines keep the number of their first written line, so `archiver extract
--explain` still points at the capture's own lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The widths wrappers use: text browsers and mail programs 72-80, "save as text" 60-80, old
# wire copy about 65. Narrower text is a column of OCR (read by captures.py), wider is prose
# written one paragraph per line.
_MIN_WIDTH = 55
_MAX_WIDTH = 99
# A line is "near the width" within this many columns (a long word's length).
_NEAR = 12
# Evidence that a capture is wrapped: this many full lines at least, and this share of the
# lines near the width that are followed by text must be full (a one-paragraph-per-line page
# whose lines happen to be short has lines ending anywhere under its longest).
_MIN_FULL = 3
_FULL_SHARE = 0.75
# A line under this share of the width is never full, however long the next word (a URL).
_MIN_FULL_SHARE = 0.6

_LIST_ITEM = re.compile(r"^(?:[*•·▪‣◦–-]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
# "Subject: ...", "Date: ...", "Photo: ...": a field's label opens its own line.
_FIELD = re.compile(r"^[A-Z][\w-]{0,20}(?: [\w-]{1,20}){0,2}:(?:\s|$)")
_BY_LINE = re.compile(r"^(?i:by)\s+[A-Z]")
# A table's row: items kept apart by runs of spaces, tabs or bars.
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S|\s\|\s")


@dataclass(frozen=True)
class Unwrapped:
    """The logical lines (raw text, joined) and, for each, the written lines it was made of."""

    raw_lines: list[str]
    spans: list[range]
    width: int
    # per logical line: the indentation and the greatest length of each of its written lines
    indents: list[tuple[int, ...]]
    lengths: list[int]


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


def _width(lines: list[str]) -> int | None:
    """The width the lines were wrapped at: the longest line with a space in it (a URL or a
    long word a wrapper cannot break may pass it)."""
    widths = [len(line) for line in lines if " " in line.strip()]
    if not widths:
        return None
    width = max(widths)
    return width if _MIN_WIDTH <= width <= _MAX_WIDTH else None


def _full(above: str, below: str, width: int) -> bool:
    """The line above was filled: the first word of the line below would not have fitted."""
    word = below.split(None, 1)[0] if below.strip() else ""
    return len(above) >= _MIN_FULL_SHARE * width and len(above) + 1 + len(word) > width


def _is_wrapped(lines: list[str], width: int) -> bool:
    """Many lines end near the width, most of those are full, and several of the full ones
    break a sentence (the line below goes on in lower case, after a comma or a small word): a
    list of lines of like length (captions, items) has full lines but breaks no sentence."""
    near = full = carried = 0
    for above, below in zip(lines, lines[1:], strict=False):
        if not above.strip() or not below.strip() or len(above) < width - _NEAR:
            continue
        near += 1
        if _full(above, below, width):
            full += 1
            carried += _carries_on(above, below.strip())
    return carried >= _MIN_FULL and full >= _FULL_SHARE * near


def _soft(above: str, below: str, opens: bool, width: int, then: str) -> bool:
    """Whether the break between `above` and `below` (the next written line) is the
    wrapper's; `opens`: `above` is the first written line of its logical line; `then`: the
    written line under `below`."""
    if " " not in above.strip() or not _full(above, below, width):
        return False  # a URL or a word too long to break passes the width on its own
    # a paragraph's first line may be indented deeper than the lines that carry it on; a line
    # indented deeper than the one above opens a paragraph
    if opens:
        if _indent(below) > _indent(above):
            return False
    elif _indent(below) != _indent(above):
        return False
    text = below.strip()
    if _LIST_ITEM.match(text) or _FIELD.match(text) or _BY_LINE.match(text):
        return False
    if _TABLE_ROW.search(above.strip()) or _TABLE_ROW.search(text):
        return False
    if _carries_on(above, text):
        return True
    head = above.strip()
    if opens and _SENTENCE_END.search(head):
        # a whole sentence on its first line ("Is the ferry strike over?") over a line
        # in capitals: a headline over its deck as likely as a paragraph going on
        return False
    if then.strip() and _full(below, then, width) and _carries_on(below, then.strip()):
        return True  # the line below is full and goes on too: the middle of a paragraph
    if _CREDIT_OPEN.search(head) or _caps_run(head, text):
        # "... Photo: Jane" / "Roe/TT", "... on Monday. THE ASSOCIATED" / "PRESS/Jane Roe": a
        # caption's credit broken over the lines
        return True
    # a tail in capitals after a line that ends on a whole word: the wrapped line's last
    # words ("... flood warnings for northern" / "Queensland") unless it is a unit of its own
    # (a name, a stamp, a credit, the page's furniture: a headline as long as the width over
    # its byline); a name carried on ("... outside the Royal" / "Courts of Justice on
    # Monday."); a Title Case line carried on in Title Case ("... As Ferry Crews" / "Walk
    # Out Again")
    if _unit(text):
        return False
    last = head.rsplit(None, 1)[-1]
    return (
        len(text.split()) <= _TAIL_WORDS
        or (last[:1].isupper() and last.isalpha() and not _title_case(head))
        or (_title_case(head) and _title_case(text))
    )


_SENTENCE_END = re.compile(r"[.?!][\"”’']?$")
# A credit's label with at most two words after it at the line's end: the name goes on below.
_CREDIT_OPEN = re.compile(
    r"(?i:\b(?:photo(?:graph)?s?|pictures?|image|credit|foto|source))\s*:\s*(?:\S+\s*){0,2}$"
    r"|\((?i:[a-z]{1,12} )?(?i:photo|file)(?:/\S*)?\s*(?:\S+\s*){0,2}$"
)


def _caps_run(above: str, below: str) -> bool:
    """A run of words in capitals broken over the lines, at the end of a line in mixed case
    (a caption's credit: "... in April. JANE" / "ROE (AFP)")."""
    last = above.rsplit(None, 1)[-1]
    first = re.split(r"[/(]", below.split(None, 1)[0])[0]  # "PRESS/Jane Roe"
    return (
        any(c.islower() for c in above)
        and sum(c.isalpha() for c in last) >= 2
        and last.isupper()
        and sum(c.isalpha() for c in first) >= 2
        and first.isupper()
    )


# A wrapped line's tail this short is read as the line's end, not as a line of its own.
_TAIL_WORDS = 5
_SMALL_WORDS = frozenset("a an the of to in on at for from with and or but by as vs".split())


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


def _unit(line: str) -> bool:
    """A line that is a whole unit as it stands: a person's name, a date stamp, a credit,
    a row of the page's items, the page's furniture ("Summary", "Share")."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.chrome import is_chrome_clean
    from archiver.extract.credits import is_credit_line
    from archiver.extract.page import is_date_stamp

    return (
        looks_like_name(line)
        or is_date_stamp(line)
        or is_credit_line(line)
        or is_chrome_clean(line)
        or bool(_ITEMS.search(line))
    )


# Items of a page's row set apart: "Jane Roe · CBC News · Posted ...", "Jane Roe / TNN".
_ITEMS = re.compile(r"\s[·|•/]\s")


# Words a line does not end on unless the sentence goes on ("... at the site on" / "Monday").
_CARRY_ON = frozenset(
    "a an the of to in on at for from with and or but by as into over under after before than "
    "that which who whose its their his her our your this these those one since until about "
    "between against through during without within across near amid via per is are was were "
    "has have had will would can could not".split()
)


def _carries_on(above: str, below: str) -> bool:
    """The line below carries on the one above: it starts in lower case or with a closing
    mark, the line above ends on a comma, a hyphen or a small word, or leaves a bracket open
    ("(AP Photo/Jane" / "Doe)"). A line in capitals or a digit after a line that ends on a
    whole word may be a unit of its own: a headline as long as the width over its byline
    ("... every monsoon" / "Vijay V Kamble / TNN"), its deck, the page's stamp."""
    first = below[:1]
    if first.islower() or first in ")]},;:.%":
        return True
    tail = above.rstrip()
    if tail.endswith((",", "-", "–", "—", "/", "&")):
        return True
    if tail.count("(") > tail.count(")") or tail.count("[") > tail.count("]"):
        return True
    return tail.rsplit(None, 1)[-1].lower() in _CARRY_ON


def unwrap(raw_lines: list[str]) -> Unwrapped | None:
    """The capture's logical lines, or None when it is not hard-wrapped (or nothing joins)."""
    lines = [line.rstrip() for line in raw_lines]
    width = _width(lines)
    if width is None or not _is_wrapped(lines, width):
        return None
    out: list[str] = []
    spans: list[range] = []
    indents: list[tuple[int, ...]] = []
    lengths: list[int] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j - 1].strip() and lines[j].strip():
            then = lines[j + 1] if j + 1 < len(lines) else ""
            if not _soft(lines[j - 1], lines[j], j - 1 == i, width, then):
                break
            j += 1
        if j - i == 1:
            out.append(raw_lines[i])
        else:
            out.append(" ".join([lines[i], *(lines[k].strip() for k in range(i + 1, j))]))
        spans.append(range(i, j))
        indents.append(tuple(_indent(lines[k]) for k in range(i, j)))
        lengths.append(max(len(lines[k].strip()) for k in range(i, j)))
        i = j
    if len(out) == len(raw_lines):
        return None
    return Unwrapped(out, spans, width, indents, lengths)
