"""A printed page's text laid out as printed (`pdftotext -layout`, an e-edition's text export):
two columns of the page side by side on each line, a run of spaces between them. Read line
by line, each line holds the ends of two sentences of two columns; the columns are read one
after the other instead (the left column's lines, then the right one's), so a byline, a
dateline and a caption each stand on lines of their own again."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# The gutter between two columns: a run of at least this many spaces inside a line (a
# justified line spaces its words by two at most).
_GUTTER = re.compile(r"\S( {3,})(?=\S)")
# The right column starts this far in at least (a paragraph's indent or a list's is less).
_MIN_RIGHT = 24
# The right column's lines start at one column, within this slack (the page's own indents).
_SLACK = 2
# A paragraph's first line in the right column stands in this many columns more.
_INDENT = 2
# A block read as two columns (on a page that has them) holds at least this many lines with
# text in both columns, and this many with text in the right one.
_MIN_PAIRED = 2
_MIN_RIGHT_LINES = 3
# ... and the page at least this many (a table or a menu row is a line or two).
_MIN_PAGE_PAIRED = 6
# ... of which this many go on in lower case on the line under them, in their column.
_MIN_GOING_ON = 3
# A column's line of prose holds at least this many words on one side of the gutter.
_PROSE_WORDS = 3


@dataclass(frozen=True)
class _Split:
    left: str  # the left column's part of the line ("" when it has none)
    right: str  # the right column's part, its indent past the column's edge kept
    start: int  # where the right column's text starts


def _right_start(line: str) -> int | None:
    """Where text after the line's one gutter starts, or where an indented line's text
    starts when the line holds the right column alone; None for a line with no gutter or with
    more than one (a masthead's or a folio's spaced fields)."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    # (a gutter is three spaces at least: a line without them, most lines, is not searched)
    gaps = list(_GUTTER.finditer(line)) if "   " in line else []
    if not stripped:
        return None
    if indent >= _MIN_RIGHT and not gaps:
        return indent
    if len(gaps) != 1 or indent >= _MIN_RIGHT:
        return None
    start = gaps[0].end(1)
    return start if start >= _MIN_RIGHT else None


def _split(line: str, edge: int) -> _Split | None:
    """The line's parts either side of the column edge at `edge` (within the slack); None when
    text runs across the edge (a heading or a caption set over both columns)."""
    start = _right_start(line)
    if start is not None and -_SLACK <= start - edge <= _SLACK + _INDENT:
        cut = line[:start].rstrip()
        return _Split(cut, " " * max(0, start - edge) + line[start:].rstrip(), start)
    if start is not None and start > edge and not line[:start].strip():
        # a line indented past the edge: the right column's (a jump line, a credit set right)
        return _Split("", line.strip(), start)
    if len(line.rstrip()) < edge - 1:
        return _Split(line.rstrip(), "", edge)  # text in the left column alone
    return None


def _prose(part: str) -> bool:
    return len(part.split()) >= _PROSE_WORDS


def read_columns(lines: list[str]) -> list[str]:
    """The lines with each two-column block of a printed page read column after column (see
    the module's note); lines that are no such page are returned as they are."""
    starts = [_right_start(line) for line in lines]
    paired = [
        i
        for i, s in enumerate(starts)
        if s is not None and lines[i][:s].strip() and _prose(lines[i][:s]) and _prose(lines[i][s:])
    ]
    if len(paired) < _MIN_PAGE_PAIRED:
        return lines
    # a column's prose goes on from line to line in lower case; a table's rows (a schedule's
    # "Monday, 9 a.m.   Opening session in the hall") each open in capitals or figures
    going_on = sum(
        1 for i in paired if i + 1 < len(lines) and lines[i + 1][: starts[i]].strip()[:1].islower()
    )
    if going_on < _MIN_GOING_ON:
        return lines
    return _read_blocks(lines)


def _read_blocks(lines: list[str]) -> list[str]:
    starts = [_right_start(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        block = _block(lines, starts, i)
        if block is None:
            out.append(lines[i])
            i += 1
            continue
        end, splits = block
        # the left column may itself be set in two under a part of the page set wider (a
        # headline's column beside the page's index, the story's two columns under it)
        left = _read_blocks([s.left for s in splits])
        right = [s.right for s in splits]
        out += left
        if not _runs_on(left, right):
            out.append("")  # the right column's first line opens a paragraph of its own
        out += right
        out.append("")  # what is under the block starts a paragraph of its own
        i = end
    return out


def _runs_on(left: list[str], right: list[str]) -> bool:
    """The right column's first line goes on with the sentence the left column ends on."""
    last = next((line.strip() for line in reversed(left) if line.strip()), "")
    first = next((line.strip() for line in right if line.strip()), "")
    return bool(last and first) and first[:1].islower() and not last.endswith((".", "!", "?"))


def _block(lines: list[str], starts: list[int | None], i: int) -> tuple[int, list[_Split]] | None:
    """The two-column block that starts at line `i` (a line with text in the right column, at
    least, its edge where that text starts): its end and the lines' parts, the block running
    on while each line's text keeps to one side of the edge or the other; None when line `i`
    opens no such block."""
    start = starts[i]
    if start is None:
        return None
    run = _run(lines, i, start)
    # a paragraph's indent in the right column may open the block: the edge is where most
    # lines with text in both columns start theirs (the least of those, on a tie)
    starts_run = Counter(s.start for s in run if s.left.strip() and s.right.strip())
    edge = min(starts_run, key=lambda e: (-starts_run[e], e)) if starts_run else start
    splits = _run(lines, i, edge) if edge != start else run
    paired = sum(1 for s in splits if s.left.strip() and s.right.strip())
    if paired < _MIN_PAIRED or sum(1 for s in splits if s.right.strip()) < _MIN_RIGHT_LINES:
        return None
    return i + len(splits), splits


def _run(lines: list[str], i: int, edge: int) -> list[_Split]:
    splits: list[_Split] = []
    for line in lines[i:]:
        part = _split(line, edge) if line.strip() else _Split("", "", edge)
        if part is None:
            break
        splits.append(part)
    while splits and not splits[-1].left and not splits[-1].right:
        splits.pop()  # the blank lines under the block are the page's, not a column's
    end = i + len(splits)
    if end < len(lines) and _right_start(lines[end]) is not None:
        # the story's two columns set at another edge right under it: the block's last
        # lines in its left column alone are the first of that story's left column
        while splits and splits[-1].left and not splits[-1].right:
            splits.pop()
    return splits
