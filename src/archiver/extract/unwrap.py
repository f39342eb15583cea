"""Captures hard-wrapped by the tool that saved them, read as the lines they were written as.

Text browsers (`lynx -dump`, `w3m -dump`) break a page's lines at 72 to 80 columns, mail
programs at 72 to 78, "save as text" at its own width: a headline, a caption or a subject line
longer than that comes out over two or three lines ("... for the harbour" / "towns",
"(AP Photo/Jane" / "Doe)"), and the role parser, which reads a line as a unit, sees half a
headline and a credit cut in two. Such a capture is known by its lines' lengths: a width no
line with a space in it passes, near which many lines end; at most of those ends the next
line's first word would not have fitted within the width (a wrapper fills a line greedily),
and several of them break a sentence (a list of lines of like length breaks none).

Each break is then decided on its own: it is soft (the same written line goes on) when the
line above is full (the next line's first word would not have fitted), the next line is not
indented deeper (a paragraph's first line may be indented, its next lines not: old wire copy
is read so, its indented paragraph starts kept), opens no item of its own (a list item, a
"Field:" of a header, a "By" line), neither line is a table's row, and the next line carries
the line above on (see _soft). Every other break is a real one.

A capture whose every line break was doubled (a blank line after each line, as some copy and
paste between programs does) is read with its breaks single again when that is certain: every
other line is blank, and the blank lines that were there before stand in threes.

The logical lines keep the number of their first written line, so `archiver extract
--explain` still points at the capture's own lines.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from archiver.extract.memo import forget_with_the_rest

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
# ... or this many full lines breaking a sentence, whatever the share (no writer's own line
# breaks so many sentences in lower case at one width).
_MANY_CARRIED = 6
_FULL_SHARE = 0.75
# ... or, in a short capture, every line near the width full, this many at least, and this
# many breaking a sentence.
_ALL_FULL = 4
_MIN_FULL_SHORT = 2
# A line under this share of the width is never full, however long the next word (a URL).
_MIN_FULL_SHARE = 0.6

_LIST_ITEM = re.compile(r"^(?:[*•·▪‣◦]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
# "Subject: ...", "Date: ...", "Photo: ...": a field's label opens its own line; so does one
# with its plural in brackets ("Author(s): ...", "Subject(s): ...", as databases print them),
# two labels joined by a slash (NewsBank's "Author/Byline: ..."), or a CMS's key in snake case
# ("post_author: ...", "featured_image_credit: ...": no word of prose holds an underscore).
_SNAKE_FIELD = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+:(?:\s|$)")
# A database export's field code alone on its line (Factiva's "HD", "BY", "WC", "PD", "SN",
# "LP", "TD", "AN", ...), its value on the lines under it.
_EXPORT_CODE = re.compile(
    r"HD|CLM|SE|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|NS|IPC|IPD|PUB|AN|ART"
)
# A record's key in small letters, one word and its colon ("headline:", "subheadline:").
_LOWER_KEY = re.compile(r"^[a-z][a-z0-9_]{1,24}:\s")
_FIELD = re.compile(
    r"^(?:[A-Z][\w-]{0,20}(?:/[A-Z][\w-]{0,20})?(?:\(s\))?(?: [\w-]{1,20}){0,2}"
    r"|[a-z][a-z0-9]*(?:_[a-z0-9]+)+):(?:\s|$)"
)
# "By Jane Roe", "Written by Jane Roe", "Story by Jane Roe": a byline opens its own line (a
# capital on its first word: "reported by Reuters" carries a sentence on; "by: Jane Roe", a
# label's colon, never does)
_BY_LINE = re.compile(r"^(?:(?:Written|WRITTEN|Story|STORY|Words|WORDS)\s+)?(?i:by):?\s+[A-Z]")
# A wire trailer's label ending the line, its "by" under it: "...; Editing", "Additional
# reporting", "Writing", "Compiled".
_TRAILER_LABEL_END = re.compile(
    r"[(;]\s*(?:[Aa]dditional\s+)?(?i:reporting|writing|editing|compiled|compiling|graphics)$"
)
# "Analysis by Jane Roe", "Opinion by Jane Roe": a byline naming the piece's kind (the ABC's
# and CNN's pages), or the writer's part in it ("Compiled by Jane Roe", News24's; "Reported
# by", "Produced by"), the name the whole rest of the line ("Analysis by the Grattan
# Institute found ..." opens a sentence, which may go on a wrapped paragraph's line)
_KIND_BY_LINE = re.compile(
    r"^(?:Analysis|Opinion|Commentary|Review|Compiled|Reported|Produced)\s+by\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$"
)
# The words of a byline before a writer's title ("By political reporter Jane Roe", "Analysis
# by chief political correspondent Jane Roe", the ABC's bylines): see _titled_by_line.
_BY_BEFORE_TITLE = re.compile(
    r"^(?:By|BY|(?:Analysis|Opinion|Commentary|Review|Compiled|Reported|Produced)\s+by)\s+"
)


def _titled_by_line(text: str) -> bool:
    """A byline naming the writer's title before the name: the title's words may be in small
    letters, where _BY_LINE wants a capital after "By" (a sentence's "By contrast, ..." has
    no writer's title and a name after it)."""
    from archiver.extract.bylines import opens_with_writer_title

    by = _BY_BEFORE_TITLE.match(text)
    return by is not None and opens_with_writer_title(text[by.end() :])


# A page's label glued to its value with no space ("Topic:Elections", "Topic:Federal
# Government", the ABC's topic tag copied out of its link): a field of its own line, as
# _FIELD's with the space.
_GLUED_LABEL = re.compile(r"^[A-Z][a-z]{2,15}:[A-Z][\w'’&-]*(?: [\w'’&-]+){0,3}$")
# A press release's heading over its issuer's boilerplate: "About the Northline Review
# Foundation", "About Acme Corp." (the issuer's name in capitalised words, nothing more).
_ABOUT_HEADING = re.compile(
    r"About\s+(?:the\s+)?[A-Z][\w&'’.,-]*(?:\s+(?:[A-Z&][\w&'’.,-]*|of|and|for|the|de)){0,7}"
)
# A table's row: items kept apart by runs of spaces or tabs, or a row drawn with bars (a
# single bar between words is a page title's: "Headline | Site").
_TABLE_ROW = re.compile(r"\S(?: {3,}|\t)\S|^\|.*\|$|^\+[-=+]+$")
# A dash opening a line is a list's item after a line that ends a sentence or a lead-in, or
# under another item; elsewhere it carries the line on ("... in record heat" / "- but ...").
_DASH_ITEM = re.compile(r"^[—–-]\s")


@dataclass(frozen=True)
class Unwrapped:
    """The logical lines (raw text, joined) and, for each, the written lines it was made of."""

    raw_lines: list[str]
    spans: list[range]
    width: int
    # per logical line: the indentation of each of its written lines
    indents: list[tuple[int, ...]]


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


def _width(lines: list[str]) -> int | None:
    """The width the lines were wrapped at: the longest line with a space in it (a URL or a
    long word a wrapper cannot break may pass it)."""
    # "   9. https://www.paper.com/news/...": a text browser's numbered list of the page's
    # links, each a number and one address no wrapper breaks (the space after the number is
    # no place to break either)
    widths = [len(line) for line in lines if _holds_break(line)]
    if not widths:
        return None
    width = max(widths)
    return width if _MIN_WIDTH <= width <= _MAX_WIDTH else None


_REFERENCE_NUMBER = re.compile(r"^\d{1,4}\.\s+(?=\S+$)")
# "![Dye pits at Kofar Mata, Kano](https://.../dye-pits.jpg)": a Markdown image alone on its
# line, its alt text and its address, which the Markdown reader puts back on one line where a
# wrapper broke it in the alt text (markdown._BROKEN_IMAGE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\(\S+\)")


def _holds_break(line: str) -> bool:
    """The line has a space a wrapper could have broken it at: no reference's number and its
    one address, no Markdown image (its address passes any width; the Markdown reader joins
    an image the wrapper broke, so its length tells nothing of the wrapper's width)."""
    text = line.strip()
    return " " in _REFERENCE_NUMBER.sub("", text) and not _MARKDOWN_IMAGE.fullmatch(text)


# A wrapper may fill its lines to a margin short of the widest line it leaves: fmt fills to
# 93% of its maximum width, and a mail program or a script that rewraps only the lines longer
# than its limit (72) fills them to a narrower margin (68, 66), leaving whole a line that was a
# few columns over the margin and under the limit. The margin is looked for this many columns
# at most under the widest line, with this many lines at most passing it.
_GOAL_SLACK = 6
_OVER_GOAL = 3


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped capture was wrapped at, or None when it is not hard-wrapped
    (see _width and _is_wrapped): its widest line's length or, when the lines do not read as
    wrapped at that width, the widest margin a few columns under it that a few lines pass (see
    _GOAL_SLACK) at which they do (at the widest line's length, the lines the wrapper filled
    to its margin read as ended short: their next word would have fitted). A line past the
    margin was left whole: the line under it carries none on."""
    width = _width(lines)
    if width is None:
        return None
    # The wrapper's width does not change whether a credit crosses a break: each pair of
    # lines is asked once, however many widths are tried and however many tests ask it.
    across = _asked_once(_credit_across)
    wrapped = _is_wrapped(lines, width, across)
    unfilled = _unfilled(lines, width) if wrapped else 0
    if wrapped and unfilled < _MIN_UNFILLED:
        return width
    lengths = [len(line) for line in lines if _holds_break(line)]
    for goal in sorted(set(lengths), reverse=True)[1:]:
        if goal < _MIN_WIDTH or width - goal > _GOAL_SLACK:
            break
        if sum(n > goal for n in lengths) > _OVER_GOAL:
            break
        if any(
            len(above) > goal and below.strip() and carries_on(above, below.strip())
            for above, below in zip(lines, lines[1:], strict=False)
        ):
            # a line past the margin that the next one carries on was wrapped there ("^Eds:
            # UPDATES with ... state" / "inspector. No pickup.<"): the margin is no narrower
            break
        if _is_wrapped(lines, goal, across) and (not wrapped or _unfilled(lines, goal) < unfilled):
            # read as wrapped at its widest line too, the capture breaks sentences short of
            # that width (the next word would have fitted) that the margin fills: the lines
            # past the margin are a few the wrapper left whole (a caption's "... (AP
            # Photo/Jane" / "Roe)" filled to 68 under a line of 70 left as written)
            return goal
    return width if wrapped else None


# Read as wrapped at its widest line, a capture is looked at narrower only when this many
# of its breaks at least leave room for the next word (two may be a writer's own breaks).
_MIN_UNFILLED = 3


def _unfilled(lines: list[str], width: int) -> int:
    """How many lines near the width break a sentence (the line below carries it on) with
    room left for the next line's first word: breaks a greedy wrapper at that width would not
    have made."""
    return sum(
        len(above) >= width - _NEAR
        and " " in above.strip()
        and bool(below.strip())
        and not _full(above, below, width)
        and carries_on(above, below.strip())
        for above, below in zip(lines, lines[1:], strict=False)
    )


def _full(above: str, below: str, width: int) -> bool:
    """The line above was filled: the first word of the line below would not have fitted."""
    word = below.split(None, 1)[0] if below.strip() else ""
    return len(above) >= _MIN_FULL_SHARE * width and len(above) + 1 + len(word) > width


def _asked_once(test: Callable[[str, str], bool]) -> Callable[[str, str], bool]:
    """`test` with its answer kept for each pair of texts asked (for one article's reading)."""
    answers: dict[tuple[str, str], bool] = {}

    def asked(head: str, text: str) -> bool:
        answer = answers.get((head, text))
        if answer is None:
            answer = answers[head, text] = test(head, text)
        return answer

    return asked


def _is_wrapped(
    lines: list[str], width: int, across: Callable[[str, str], bool] | None = None
) -> bool:
    """Many lines end near the width, most of those are full, and several of the full ones
    break a sentence (the line below goes on in lower case, after a comma or a small word): a
    list of lines of like length (captions, items) has full lines but breaks no sentence (nor
    a credit)."""
    across = across or _credit_across
    near = full = carried = 0
    broken, short_breaks = _sentences_broken(lines, width, across)
    if broken >= _MIN_BROKEN and not short_breaks:
        return True
    for above, below in zip(lines, lines[1:], strict=False):
        if not above.strip() or not below.strip() or len(above) < width - _NEAR:
            continue
        if not _full(above, below, width) and _ends_in_credit(above.strip()):
            continue  # a caption ending in its credit ends its own line, wrapped or not
        near += 1
        if _full(above, below, width):
            full += 1
            # a sentence broken in lower case, or a caption's credit broken inside its name
            # ("... Photograph: Jane" / "Roe/PA"), which no writer's own line break does
            carried += carries_on(above, below.strip()) or across(above.strip(), below.strip())
    if full == near >= _ALL_FULL and carried >= _MIN_FULL_SHORT:
        # a short capture: every line near the width full (four by chance is rare), two of
        # them breaking a sentence in lower case; the rest break names ("... Prime" /
        # "Minister Jane Roe"), which tell nothing alone
        return True
    # many sentences broken at the width tell it whatever the share: a page of short
    # paragraphs and one-line furniture (a headline, a menu's row, a promo) ends many lines
    # near the width that are not full
    return carried >= _MANY_CARRIED or (carried >= _MIN_FULL and full >= _FULL_SHARE * near)


# A capture of few lines is wrapped when this many of its full lines break a sentence in lower
# case (or a credit inside its name) and no line of it breaks one short of the width.
_MIN_BROKEN = 2


def _sentences_broken(
    lines: list[str], width: int, across: Callable[[str, str], bool] | None = None
) -> tuple[int, int]:
    """How many full lines break a sentence with the line below going on in lower case, or a
    credit inside its name ("... raised fears of a" / "wider escalation.", "... Photo:
    EPA-EFE/Jane" / "ROE"), and how many lines break a sentence where a wrapper would not have
    (the next line's first word would have fitted: a writer's own line breaks, a poem's, a
    column's). A wrapper breaks sentences only at its width and never short of it, whatever
    the width, so two breaks at the width and none short of it tell a wrapped capture however
    few its lines (lines near the width that end a sentence or a unit tell nothing either way:
    a paragraph's last line may end anywhere)."""
    across = across or _credit_across
    broken = short = 0
    for above, below in zip(lines, lines[1:], strict=False):
        head, text = above.strip(), below.strip()
        if not head or not text or " " not in head:
            continue
        if _full(above, below, width) and len(above) >= width - _NEAR:
            if (text[:1].islower() and not _SENTENCE_END.search(head)) or across(head, text):
                broken += 1
        elif text[:1].islower() and head[-1:].islower():
            short += 1
    return broken, short


def _soft(
    above: str,
    below: str,
    opens: bool,
    width: int,
    then: str,
    after: str = "",
    site: str = "",
    release: bool = False,
    writer_elsewhere: bool = False,
    printed: str = "",
) -> bool:
    """Whether the break between `above` and `below` (the next written line) is the
    wrapper's; `opens`: `above` is the first written line of its logical line; `then`: the
    written line under `below`; `after`: the first line with text under `below` (`then`, or
    the line under a blank `then`); `site`: the site's name the capture opens with (see
    _site_name); `release`: `above`'s logical line is a press release's title (a release
    service's page, or a release's label right over it); `writer_elsewhere`: the capture
    names its writer on a "By" line, or is a release wire's, which names none (see
    _writer_elsewhere); `printed`: the capture's text, its lines joined (see _printed_whole)."""
    if " " not in above.strip():
        return False  # a URL or a word too long to break passes the width on its own
    if not below.strip(" >"):
        return False  # ">" alone: the blank line between a quoted message's paragraphs
    if _closed(above.strip()) and below.lstrip().startswith("(("):
        # "(Reporting by Jane Roe; Editing by John Doe)" / "((jane.roe@thomsonreuters.com;
        # ...))": the wire's trailer closed, its contact note in double brackets (Reuters')
        # opens a line of its own
        return False
    if below.lstrip().startswith("^") or above.rstrip().endswith(("<", "^")):
        # ANPA's format codes: a caret opens the agency's own next line, which no wrapper wrote
        # (a slug, the headline, "^Eds: ... No pickup.<", "^By JANE ROE="), and "<" closes one
        # ("^Storms dump rain on coast<"): the teletype set it apart
        return False
    if _place_set_apart(above.strip(), below.strip()) and _ends_in_credit(above.strip()):
        return False
    if _first_published_note(above.strip()):
        # "This report by The Canadian Press was first published March 9, 2026." / "Jane Roe,
        # The Canadian Press": the wire's closing note is a line of its own, whole with its
        # date and stop; the writer's signature or the agency's name under it is another
        return False
    if _EXPORT_CODE.fullmatch(below.strip()) and then.strip():
        # "UPDATE 2-Chile's Codelco output falls ..." / "WC" / "498 words": a Factiva export's
        # field code alone on its line, its value on the next; no wrapper moved it down
        return False
    if _LOWER_KEY.match(below.strip()) and _LOWER_KEY.match(above.strip()):
        # "headline: Library makerspace opens ..." / "subheadline: The room ...": a record's
        # fields one a line, each key in small letters; the next key opens a field of its own
        return False
    if opens and (_centred_title(above, below, width) or _centred_tail(above, below, width)):
        return True
    if _folio_row_tail(above.strip(), below.strip(), width):
        # "PAGE 2        THE DAILY GLEANER" / "WEDNESDAY", "14        OTAGO DAILY TIMES, March
        # 26," / "2024": a printed page's folio set out in runs of spaces, its last item moved
        # down by the wrapper (the run of spaces before it is gone with the break, so the
        # line above need not look full)
        return True
    if opens and _whole_running_head(above.strip()):
        # "THE NEW YORK TIMES INTERNATIONAL EDITION  TUESDAY, NOVEMBER 4, 2025  A7" / "Senate
        # Deal on ...": a printed page's folio, whole with its page's number, over the
        # headline; the paper set it as a line of its own, however long it runs
        return False
    if _link_moved_down(above, below, width):
        return True
    near = len(above) >= width - _NEAR
    # the story's first line, opened by its dateline and ending no sentence ("HALIFAX, N.S. —
    # The province said on" / "Tuesday ..."): what comes under it at its indent goes on
    story_goes_on = (
        opens
        and near
        and _indent(below) == _indent(above)
        and not _SENTENCE_END.search(above.strip())
        and (
            # a mixed-case place over a line whose first word would have fitted on it is as
            # likely a headline's "Pune: PMC to remove ..." over its deck: only a place in
            # capitals carries a line the wrapper did not fill
            _opens_story(above.strip(), capitals=not _full(above, below, width))
            # "MUMBAI: Left-arm spinner Jane Roe took 6 for 41 as Mumbai bowled" / "Baroda out
            # ...": a dateline whose sentence the wrapper broke reads as one only with the
            # line below (a colon after a few words alone is a headline's)
            or (
                not _opens_story(below.strip())
                and _opens_story(f"{above.strip()} {below.strip()}", capitals=True)
            )
            # "THE FUTURE of Whitby's fishing fleet is at risk after a cut in the North" /
            # "Sea crab quota, ...": a printed story's first words in capitals, its lead-in
            or _LEAD_IN.match(above.strip()) is not None
        )
        # "Dubai: New bus lanes on Al Khail Road to open in June, RTA says" / "Dedicated
        # lanes will ...": a headline closed by its speaker over its deck in a capital; a
        # story's sentence goes on from "says" in lower case or ends with its stop
        and not (_ATTRIBUTED_HEADLINE.search(above.strip()) and below.strip()[:1].isupper())
    )
    if (
        not _full(above, below, width)
        and not story_goes_on
        and not (
            # a typesetter's line (old wire copy) ends short of the width where a greedy wrapper
            # would have gone on; the next line going on in lower case tells it
            near and below.strip()[:1].islower() and not _unit(below.strip())
        )
    ):
        return False
    # a paragraph's first line may be indented deeper than the lines that carry it on; a line
    # indented deeper than the one above opens a paragraph
    if opens:
        if _indent(below) > _indent(above):
            return False
    elif _indent(below) != _indent(above):
        return False
    text = below.strip()
    if text[:1].islower() and _SNAKE_FIELD.match(text):
        return False  # "post_author: jroe": a CMS record's key opens its own line, always
    if " " not in text and text[:1].isupper():
        from archiver.extract.page import is_tool_line

        if is_tool_line(text):
            # "... in Akita on Oct. 10. | Kyodo" / "SHARE": a page's button alone on its line
            # under a line as full as the wrapper's, no word of that line's
            return False
    if _amount_across(above, text):
        return True  # "... in $410" / "Million Deal": one amount (see _amount_across)
    if _ROW_GOES_ON.match(text) and not _TABLE_ROW.search(text):
        # "[Logo]        ePaper | Subscribe" / "| Archive": a row of items set apart by bars,
        # its last item moved down by the wrapper (a table drawn with bars closes its row)
        return True
    if _spaced_row_goes_on(above, text, width):
        # "Watch Live   Weather   Traffic   Eastside   South Sound" / "Sports": a menu's row
        # set apart by runs of spaces, filled to the width, its last item moved down by the
        # wrapper (a table's row holds figures, which no menu item does)
        return True
    if _TABLE_ROW.search(above.strip()) or _TABLE_ROW.search(text):
        return False
    if _trail_under_spaced_row(above.strip(), text) or _readings_under_spaced_row(
        above.strip(), below
    ):
        # "NEWS  BUSINESS  SPORTS  OPINION  E-PAPER" / "Bangladesh > Accidents & Fires": the
        # header's menu row and the section's breadcrumb under it, each a row of its own; so
        # the menu row over the row of the day's readings ("USD 36.52  EUR 38.47  BIST ...")
        return False
    if _RANK_NUMBER.fullmatch(text) and not _tail_goes_on(above):
        # "... axes route 'without warning'" / "2" / "Holiday warning for ...": a list's
        # ranking number alone on its line opens the next item ("Most Read"), no sentence's
        # figure (a sentence going on to a figure ends the line above on a small word)
        return False
    if _masthead_across(above.strip(), text) or _stamp_label_across(above.strip(), text):
        # "... officials tell CBC" / "News", "... 5:00 AM EST | Last" / "Updated: 2 hours
        # ago": an outlet's name or a stamp's label broken by the wrapper, whole only read
        # across the break
        return True
    if len(_LINK_MARK.findall(above)) >= 2 and _LINK_MARK.match(text):
        # "[1]News [2]Politics ..." / "[6]Books [7]Life ...": a text browser's row of links
        # wrapped onto the next row, read row by row as the dump's menu
        return False
    if (
        _LINK_ROW.fullmatch(above.strip())
        and not _LINK_MARK.search(text)
        and len(text.split()) >= _LINKLESS_WORDS
        and not text[:1].islower()
    ):
        # "[2]Nyheter [3]Innenriks [4]Debatt" over "Oslo-politiet etterforsker ...": a menu
        # of links, every word a link's, over a line of several words with none (the
        # headline, copied with no blank line between), not a link's last word moved down
        return False
    if (
        (_BY_LINE.match(text) or _KIND_BY_LINE.match(text) or _titled_by_line(text))
        and not _PHOTO_BY.search(above)
        # "... and on the Omani side" / "by Minister of Transport, Communications and ..." /
        # "Jane Roe.": a "by" in small letters over a line as full as the wrapper's that
        # goes on is a sentence's (a byline is short and ends its own line)
        and not (text.startswith("by ") and then.strip() and _full(below, then, width))
        # "(Reporting by Jane Roe; Writing by John Doe; Editing" / "by Ann Poe)": an agency
        # trailer's label broken from its "by" by the wrapper
        and not (text.startswith("by ") and _TRAILER_LABEL_END.search(above))
        # "... said the roof would be completed" / "by October.": a deadline's "by" in small
        # letters before a month or a weekday, no writer's name
        and not _BY_DEADLINE.match(text)
        and not (opens and _TITLE_BY_DEADLINE.fullmatch(text))
    ):
        return False  # "... as the moratorium drags on" / "By Jane Roe"
    if _SENTENCE_END.search(above.strip()) and _ABOUT_HEADING.fullmatch(text):
        # "... at a ceremony in Toronto on May 16, 2024." / "About the Northline Review
        # Foundation": a press release's boilerplate heading, its own line under a sentence
        return False
    if " " not in text and ("://" in text or text.startswith("www.") or len(text) > width // 2):
        # a link or a word too long for any line stands on its own line after a line that
        # ended a unit ("Section|Title of the page" / "https://..."): a wrapper moves it down
        # whole, so its line above being full tells nothing unless that line goes on
        return _tail_goes_on(above)
    if opens and _new_sentence(above.strip(), text):
        # "... crossing to go live in November" / "The toll will be charged ...", "... in
        # every uni toilet" / "Every single one": a headline as long as the width over its
        # deck, which opens a sentence of its own (see _new_sentence)
        return False
    if (
        story_goes_on
        and not (_LIST_ITEM.match(text) or _FIELD.match(text) or _opens_story(text))
        # "Pune: Metro Line 3 trial runs to begin ... next week" / "Jane Roe / TNN / Updated:
        # ...": a headline opened by its place in mixed case over the page's byline row, a
        # unit of its own, not a story's first line going on (a place in capitals opens one)
        and not (_unit(text) and not _place_in_capitals_opening(above.strip()))
    ):
        return True
    if (
        _DATELINE_SET_APART.fullmatch(text) and _place_in_capitals(text)
    ) or _WEEKDAY_DATELINE.fullmatch(text):
        # "... Cathie Cowell/The Hamilton Spectator" / "HAMILTON —": the story's dateline set
        # on a line of its own under the caption, no tail of it
        return False
    if opens and writer_elsewhere and _title_case_tail(above.strip(), text, width, below):
        # "... Air Monitors That Were Promised Three" / "Years Ago", "... to Scale Autonomous"
        # / "Fruit-Picking Platform": a Title Case headline as long as the width over a few
        # words in Title Case, which read as a name alone; the page names its writer on a "By"
        # line of its own (or is a release wire's, which names none), so no name stands under
        # the headline and the words are the headline's tail
        return True
    if opens and _writer_over_outlet(text, (after or then).strip()):
        # "... as lifeguard shortage drags on" / "Jane Roe" / "Milwaukee Journal Sentinel": a
        # name over the paper's is the writer's block under the headline (Gannett's pages),
        # however the headline's last word wants more; a wrapped tail has no paper under it
        return False
    if opens and _site_desk(text, site):
        # "... Six Months On" / "The Wire Staff": the site's own desk in the byline's place
        # (its name and "Staff"), a unit of its own whatever word the headline ends on
        return False
    if (
        opens
        and (_stands_under_headline(text) or _opens_with_site(text, site))
        and not _tail_wants_more(above)
        # "... Signals Cuts Could Come" / "By Summer": the headline's deadline, no writer
        and not _TITLE_BY_DEADLINE.fullmatch(text)
        and not _tail_over_byline(above.strip(), text, opens, after or then)
        and not _release_title_tail(above.strip(), text, opens, release)
        # "... | Photo Credit: B." / "Jothi Roe": a credit's name broken, not a writer's line
        and not _CREDIT_OPEN.search(above.strip())
        and not _credit_across(above.strip(), text)
        # '... Fundraiser: "God' / 'Has Been Faithful"': a quotation the line above opens and
        # this one closes, not a name under the headline
        and not _quote_across(above.strip(), text)
        # "... part of the Cutzamala system, on October 10." / "Jane Roe (Getty Images)": a
        # caption's sentence with its full stop over its credit, no headline over its writer
        # (a headline ends on no full stop)
        and not (above.rstrip().endswith(".") and _credit_after(above.strip(), text))
        # "... HOW A SIMPLE REPAIR BECAME A DECADE-LONG" / "SAGA": a word in capitals under
        # a headline set in capitals is told from the place it files from by no case; a
        # place is set apart under a headline in lower case ("... schools - minister" /
        # "ROME"), and under one in capitals the word-count reading below decides
        and not (above.strip().isupper() and _capitals_place(text))
    ):
        # "... lift output 15% by 2027, CEO says" / "Reuters", "... trains from Wednesday" /
        # "dpa international", "... schools - minister" / "ROME": a headline as long as the
        # width over the page's own line under it (the agency, the writer, the place it files
        # from, a video's length, a label), which no wrapper cut from it
        return False
    if (
        opens
        and not _SENTENCE_END.search(above.strip())
        and not _tail_goes_on(above)
        and (_stamp_opens(text) or _BYLINE_LABEL.fullmatch(text) or _wire_edition(text))
        # "... Council in Geneva" / "on November 11, 2024. (Photo by Jane ROE / AFP)": a
        # sentence going on with the day it names, after a small word in lower case (a
        # page's stamp opens with its date or its own word, "Posted on ...")
        and not _DATE_GOES_ON.match(text)
        # "... fail to segregate wet" / "waste from April 1": a sentence's words in lower case
        # going on to the day it names (a stamp opens with the date or its own word)
        and not _words_then_date(text)
        # "... peak hours. File/Gulf" / "Today": a credit the wrapper broke, whose last word
        # reads alone as a stamp's (a stamp with its figures, "Thursday 20 February 2025,
        # 6:45pm", is the page's own line under a credit that ended)
        and not (_credit_across(above.strip(), text) and not re.search(r"\d", text))
        # "... at the departures hall of Ben Gurion" / "Airport, January 2, 2025. (Jane
        # Roe/Flash90)": a caption's name and date broken by the wrapper, closed by its
        # credit, which no page's stamp is
        and not (_name_goes_on(above.split()[-1], text) and _ends_in_credit(text))
        # "WATCH: ... defends plan to build tunnel" / "under Highway 401 – Mar 2, 2026": a
        # video's title going on with a preposition in small letters to the date it closes
        # with (Global News's); no stamp opens so
        and text.split(None, 1)[0] not in _PREPOSITIONS_GO_ON
    ):
        # a headline as long as the width over the page's stamp, its byline's label or the
        # wire's name in small letters ("... buses by 2026" / "national transport Oct. 3
        # 03:14 pm JST", "... Czech Republic" / "dpa international", "Author of the
        # article:"): a line of its own, however it opens
        return False
    if _SENTENCE_END.search(above.strip()) and _bracketed_note(text):
        # "... more than 130,000 families were on waiting lists." / "[Photo: Minister Jane
        # Roe. JOHN DOE/LUSA]": a note wholly in square brackets (a photo's, an image's, an
        # editor's) under a whole sentence is a line the page set apart, as a scrape that
        # lost its blank lines still shows; no sentence goes on in brackets it closes
        return False
    if _bracketed_row(above.strip()) and text[:1].isupper():
        # "[Deccan Herald e-Paper · Bengaluru · Wednesday, 6 March 2024 · Page 9]" /
        # "NATIONAL": an e-paper's folio, a row of fields wholly in its brackets, is closed by
        # them; the page's label or headline under it opens a line of its own
        return False
    if _SENTENCE_END.search(above.strip()) and CAPTION_POSITION.search(
        text[:CAPTION_POSITION_REACH]
    ):
        # "... a government official said." / "Foreign Minister Jane Roe (R) shakes hands
        # with ...": a caption opens under a whole sentence, its people placed in brackets
        # as the agencies' captions place them, which no story's sentence does
        return False
    if (
        opens
        and text[:1].isupper()
        and (said := _ATTRIBUTED_HEADLINE.search(above.strip())) is not None
        and (
            all(w[:1].isupper() for w in said.group().strip(", ").split()[:-1])
            # "... record at $21.4B, trade minister says" / "Textiles, automotive lead ...":
            # the speaker by their office in small letters, under which the deck ends its own
            # line (a paragraph's sentence going on would fill the line under it too)
            or not (then.strip() and _full(below, then, width))
            # "... delayed to 2028, ministry says" / "Transportation Ministry blames ..." /
            # "say years of roadworks have hurt businesses": a deck wrapped over two lines,
            # its last one short and closed by no stop (a paragraph's closes with its stop)
            or _unstopped_end(then, width)
        )
    ):
        # "EU ready to hit back over steel tariffs, Šefčovič says" / "Commission is ...": a
        # headline's attribution closes it (the speaker named after the comma); the deck in
        # a capital under it is a line of its own
        return False
    if (
        _RECORD_KEY.match(above.strip())
        and _RECORD_KEY.match(text)
        and _indent(above) == _indent(below)
    ):
        # "  title: Dutch court orders ..." / "  id: tag:...": a record's keys in lower case
        # at one indent (a feed's entry, a YAML export), each field a line of its own
        return False
    if opens and _particle_closes_title(above.strip(), text):
        # "Drone Strikes Knock Out Power Across Odesa Region as Winter Sets In" / "Ukraine
        # said Russia launched ...": a Title Case headline closed by its verb's particle in a
        # capital, over its deck in a sentence's case; a wrapped tail goes on in Title Case
        return False
    if carries_on(above, text):
        # a line that ends on a small word or a comma goes on whatever opens the next one
        # ("... the port on" / "Monday night. Image: ...")
        return True
    if text[:1].isupper() and _opens_story(text):
        return False  # "... Photo by JANE ROE" / "OSLO, March 3 (Reuters) - The ..."
    if _quote_across(above.strip(), text):
        # '... During Church Fundraiser: "God' / 'Has Been Faithful"': the line above opens a
        # quotation the line below closes, so the wrapper broke it (a paragraph of a quotation
        # that runs on into the next one is not closed by that one's first line)
        return True
    if (
        then.strip()
        and _full(below, then, width)
        and (_ends_in_credit(above.strip()) or _slashed_credit_end(above.strip()))
        and not _credit_goes_on(above.strip(), text)
    ):
        # "... in Minamiaso. | REUTERS" / "Prime Minister Jane Roe said the government would"
        # / "send ...": a caption whose credit is whole ends its line, and the full line under
        # it goes on as a paragraph of its own (a short tail may still be the caption's)
        return False
    if _ROW_SEPARATOR_END.search(above) and not _ROW_SEPARATOR_END.search(text):
        # "... · Author: Jane Roe ·" / "Sentiment: Negative": a row of fields the wrapper
        # broke after a separator, its next field moved down (a line ends on a separator
        # only when the row goes on)
        return True
    if (
        _CAPTION_WORD_THEN_CREDIT.match(text)
        and not _SENTENCE_END.search(above.strip())
        and _full(above, below, width)
    ):
        # "... ahead of the Spring" / "Statement Credit: Jane Roe/Getty Images": a caption's
        # last word and its credit's label moved down by the wrapper, no field's label of two
        # words (the line above is full and ends no sentence)
        return True
    if _LIST_ITEM.match(text) or (
        (_FIELD.match(text) or _GLUED_LABEL.match(text))
        # "... against pipeline route through Nebraska" / "Sandhills: 'This is our water'": a
        # headline's last words and the remark it quotes after its colon, no record's field
        # (a field's value is no quotation closing the line)
        and not (opens and _quoted_remark_tail(above.strip(), text))
        # "... cod with brown butter and sea herbs." / "Photograph: Jane Roe": a caption's
        # credit moved down whole from a full line under its sentence, no record's field
        and not (
            _SENTENCE_END.search(above.strip())
            and _CREDIT_OPEN.match(text)
            and _full(above, below, width)
            and _credit_after(above.strip(), text)
        )
    ):
        return False
    head = above.strip()
    if (
        text[:1].isupper()
        and _closed(head)
        and head.endswith(")")
        and (_ends_in_credit(head) or _credit_in_last_brackets(head))
        and not _credit_goes_on(head, text)
    ):
        # "... from his own backbenchers (Image: Getty)" / "Bookmark", "... this week.
        # (Submitted by Jane Roe)" / "Scientists at ...": a caption closed by its credit in
        # brackets is whole; what opens in a capital under it is a line of its own
        return False
    if (
        text[:1].isupper()
        and _DASHED_CREDIT_END.search(head)
        and _ends_in_credit(head)
        and not _credit_goes_on(head, text)
    ):
        # "... to the fleet this year. —INQUIRER FILE PHOTO" / "Read Next": a caption closed
        # by its credit after a dash (the Inquirer's) is whole too
        return False
    if not _SENTENCE_END.search(head) and _caption_tail_and_credit(head, text):
        # "... sits along the pike in Knox" / "County. (WVLT)": the caption's last words and
        # its credit in brackets, carried onto the next line (a credit standing on its own
        # line opens with the credit, not with a sentence's end)
        return True
    if _wire_signoff_under(head, text, printed):
        # "... tourism and logistics." / "QNA" in a "Doha, February 08 (QNA) -" story, "...
        # Photo: NAN" / "(NAN)": the wire signing its copy off on a line of its own, no
        # credit's tail
        return False
    if _SENTENCE_END.search(head) and _credit_after(head, text):
        # a caption's last sentence and the credit after it ("... on Sunday." / "[ JANE ROE |
        # Times ]", "... in the harbour." / "Jane Roe—AFP/Getty Images", "... this morning."
        # / "- Staff file pic") were one line
        return True
    if _DASH_ITEM.match(text):
        # an item under a lead-in or another item; else a dash that goes on with the line
        return not (above.rstrip().endswith((":", ".", ";")) or _DASH_ITEM.match(above.strip()))
    if _credit_across(head, text):
        # a credit the wrapper broke ("... Photo: Jane" / "Roe/AFP", "... REUTERS/Jane" /
        # "Roe Purchase Licensing Rights", "... Staff File" / "Photo")
        return True
    if _credit_over_writer(head, text):
        # "... Photograph: Jane Roe/AFP via Getty Images" / "John Doe in Nairobi": the
        # caption's credit whole over the writer's own line (the Guardian's), not its tail
        return False
    if opens and _headline_sentences(head, text, width, after):
        # "California lawmakers want to ban junk fees on rental housing." / "Landlords say it
        # will raise rents" over the page's stamp: a headline of two sentences broken at the
        # first one's end
        return True
    if opens and _SENTENCE_END.search(head):
        # a whole sentence on its first line ("Is the ferry strike over?") over a line
        # in capitals: a headline over its deck as likely as a paragraph going on
        return False
    if not opens and then.strip() and _full(below, then, width) and carries_on(below, then.strip()):
        # the line below is full and goes on too, under a line that carries on another: the
        # middle of a paragraph (under a first line, a line in capitals that goes on may be
        # the deck under a headline as long as the width)
        return True
    if (
        (_CREDIT_OPEN.search(head) and not _closed(head) and _credit_goes_on(head, text))
        or _caps_run(head, text)
        or (_NAME_OPENS.search(head) and _credit_after("", text))
    ):
        # "... Photo: Jane" / "Roe/TT", "... on Monday. THE ASSOCIATED" / "PRESS/Jane Roe": a
        # caption's credit broken over the lines
        return True
    # a tail in capitals after a line that ends on a whole word: the wrapped line's last
    # words ("... flood warnings for northern" / "Queensland") unless it is a unit of its own
    # (a name, a stamp, a credit, the page's furniture: a headline as long as the width over
    # its byline); a name carried on ("... outside the Royal" / "Albert Hall on
    # Monday."); a Title Case line carried on in Title Case ("... As Ferry Crews" / "Walk
    # Out Again")
    if _bracketed_credit_moved_down(head, text):
        # "... on villages in Negros Occidental province" / "(JANE ROE)": the caption's credit
        # in brackets, moved down whole by the wrapper from a full line
        return True
    if _name_goes_on(head.split()[-1], text) and _ends_in_credit(text):
        # "... breaks ice near the Aerial Lift" / "Bridge, Jan. 7, 2025. (AP Photo/Jane Roe)":
        # a caption's name broken by the wrapper, the caption closed by its credit below
        return True
    if (
        opens
        and _full(above, below, width)
        and (_TITLE_BY_DEADLINE.fullmatch(text) or _second_sentence_tail(head, text))
    ):
        # "... Signals Cuts Could Come" / "By Summer", "... to Fix Jackson's Water. Residents"
        # / "Are Still Boiling It.": a headline's last words the wrapper moved down, which
        # read alone as a name (see _second_sentence_tail)
        return True
    if (
        _unit(text)
        and not _tail_over_byline(head, text, opens, after or then)
        and not _release_title_tail(head, text, opens, release)
    ):
        return False
    if opens and _newsroom_over_byline(head, text, after or then):
        return False  # "... after wet winter" / "ABC Southern Queensland" / "By Jane Roe"
    if opens and _place_news_label(head, text, after or then):
        return False  # "... Says Forest Department" / "India News": the page's section label
    if opens and _paper_over_byline(head, text, after or then):
        return False  # "... after capsize" / "Whanganui Chronicle" / "By Jane Roe"
    if text[:1].isdigit() and head[-1:].islower() and not _CLOCK_START.match(text):
        # "... Instead she found" / "41 telegrams, tied with ...": a full line that stops on
        # a word mid-sentence, the sentence going on with a figure (a stamp or a time of day
        # opening a line is a unit of its own)
        return True
    if _ABBREVIATION_GOES_ON.match(text) and _NAME_WORD.fullmatch(head.split()[-1]):
        # "... the United Nations Food and Agriculture Organization" / "(FAO) today warned
        # ...": a name's abbreviation in brackets after it, the sentence going on in lower
        # case; no line of its own opens so
        return True
    if text in _STAMP_LABELS and then.strip() and _is_stamp(then.strip()):
        return False  # "Date" / "11/7/2024 6:16:34 AM": the stamp's label over it (MENAFN)
    if text in _WRITER_LABELS and then.strip():
        from archiver.extract.bylines import looks_like_name

        if looks_like_name(then.strip()):
            # "... as private buyers stay away" / "Author" / "Jane Roe": the byline's label
            # alone on its line over the writer's name (S&P Global's pages), not a tail
            return False
    if (
        _ends_in_credit(head)
        and _SENTENCE_END.search(text)
        and len(text.split()) >= _WHOLE_SENTENCE_WORDS
        and not _credit_goes_on(head, text)
    ):
        # "... for the first weekend.Photo: Jane Roe" / "John Doe is a reporter for The
        # Age.": a caption whose credit is whole over a whole sentence of its own (the
        # writer's note under the story); the name opening it carries on no credit
        return False
    last = head.rsplit(None, 1)[-1]
    if _name_goes_on(last, text) and not _title_case(head):
        return True
    if opens and not _SENTENCE_END.search(text) and _printed_whole(last, text, printed):
        # "... 900 miles from Land's End to John" / "O'Groats for her local hospice says ...":
        # a headline's name the wrapper broke after its first word, which the story prints
        # whole (a headline over its deck would run its last word into the deck's first); a
        # line under it that ends a sentence is a paragraph's, whose breaks are read above
        return True
    if not opens and _surname_goes_on(head, text):
        # "... coach Dan Campbell said starter Terrion" / "Arnold would miss several weeks
        # ...": inside a paragraph (not its first line, which may be a headline over a deck),
        # a line that stops on a first name goes on with the surname and the sentence's verb
        return True
    from archiver.extract.masthead import MENU_WORDS

    if (
        " " not in text
        and text[:1].isupper()
        and text[1:].islower()
        and text.lower() in MENU_WORDS
        and not _title_case(head)
        # "... fertilizer exports to East" / "Africa": a region's name broken after its
        # compass word, the menu's word its place
        and not _region_across(last, text)
    ):
        # "Exclusive news, data and analytics for financial market professionals" / "Markets":
        # a section's name in the menu under the site's tagline; a sentence-case line goes on
        # in a capital only with a name ("... for northern" / "Queensland"), no menu's word
        return False
    if _credited_caption(text):
        # a short caption with its credit ("Tallinn bus. Source: Jane Roe/ERR") under a line
        # that does not break a name is a line of its own (under a headline as long as the
        # width), not a wrapped line's tail
        return False
    words = text.split()
    if (
        opens
        and len(words) >= _WHOLE_TAIL_WORDS
        and head.split()[-1].isalpha()
        and head.split()[-1].islower()
        and words[1][:1].islower()
        and _SENTENCE_END.search(text)
    ):
        # "Scientists find microplastics in every placenta tested in new study" /
        # "Researchers tested 62 samples.": a whole sentence in a capital under a line that
        # ends on a word with no stop cannot be that line's tail (the two would run together
        # with no stop between); a headline over its one-sentence deck
        return False
    if _past_row_items(head, text):
        # "... | Society & Culture | Sports" / "Russian Politics & Diplomacy": the section's
        # label under the menu's row, not the row's last item going on
        return False
    from archiver.extract.credits import _TITLE_ABBREVIATION

    if (
        head.split()[-1].isalpha()
        and head.split()[-1].islower()
        and len(words) >= 2
        and _CLOSING_WORD.fullmatch(words[0]) is not None
        # "Mr. Jones, the mayor, said ..." under a headline: a title's stop, no sentence's
        and _TITLE_ABBREVIATION.search(words[0]) is None
        # "Acme" / "Inc. said on ...", "on" / "Sept. 5": a company's style or a month's
        # abbreviation, no sentence's end
        and _STOP_ABBREVIATION.fullmatch(words[0]) is None
    ):
        # "Seit dreihundert Jahren bringen Familien aus Laufenburg Holz über den" / "Fluss.
        # Jetzt hört die letzte auf.": a line as full as the width that ends on a word in
        # lower case with no stop, over one whose first word closes a sentence: the
        # sentence the wrapper broke ends there (in German every noun has a capital; no deck
        # or line of its own opens on a one-word sentence)
        return True
    if opens and _full(above, below, width) and _long_headline_tail(head, text, printed):
        return True
    return len(words) <= _TAIL_WORDS or (_title_case(head) and _title_case(text))


# A headline's second sentence opened on a full line ("... Jackson's Water. Residents"), its
# last word going on, and closed with its stop on the line under it.
_SECOND_SENTENCE_OPEN = re.compile(r"[^\W\d_]{2}[.?!][\"”’']?\s+[A-Z][^.?!]*$")
_SECOND_SENTENCE_CLOSE = re.compile(r"(?!(?:Jr|Sr|Dr|St|Mr|Ms)\.)[^\W\d_]{2,}[.?!][\"”’']?")


def _second_sentence_tail(head: str, text: str) -> bool:
    """The line under a full line closes the second sentence that line opened: the line above
    ends a sentence inside it and goes on with another in a capital, ending on no stop; the
    line below is a few words ending on a stop after a whole word ("... Centers can't keep" /
    "up.", "... Jackson's Water. Residents" / "Are Still Boiling It."). A writer's name ends on
    no stop (nor on "Jr."), and a deck or a paragraph under a headline is no
    sentence's end."""
    from archiver.extract.credits import is_credit_line

    words = text.split()
    second = _SECOND_SENTENCE_OPEN.search(head)
    return (
        len(words) <= _TAIL_WORDS
        and second is not None
        # the tail goes on in small letters ("up."), or in capitals under a second sentence
        # set in Title Case as the tail is ("Residents" / "Are Still Boiling It."): a deck
        # in a capital under a sentence-case headline ("... Thousands flee as waters rise" /
        # "Officials urge calm.") is a line of its own
        and (text[:1].islower() or (_title_case(second.group()[3:]) and _title_case(text)))
        and _SECOND_SENTENCE_CLOSE.fullmatch(words[-1].lstrip("\"“‘'")) is not None
        and len(re.findall(r"[.?!]", text)) == 1
        and not is_credit_line(text)
    )


# A sentence-case headline's tail the width broke off: at most this many words (a headline of
# two lines; a longer line under it is a deck).
_LONG_TAIL_WORDS = 11
# The words that run a name on into a headline's tail, not a deck's verb after its subject
# ("to" left out: "Lopez to veto plan" is a deck's future).
_TAIL_NAME_JOINERS = frozenset("and or & with of for in on at from over amid after".split())
# A sentence's opening words, capitalised only there: no name.
_TAIL_SENTENCE_OPENERS = frozenset(
    "The A An In On At For With From By As Of To And But Or It Its This That These Those".split()
)


def _long_headline_tail(head: str, text: str, printed: str) -> bool:
    """`text`, a line of a few words under a headline that fills the width, is the headline's
    tail: the headline, in a sentence's case, ends on a word in lower case, and `text` (no
    stop, ending on a word in lower case) opens on a name the capture prints in a capital
    within a sentence (`printed`: its lines joined): "... as RMT walkout shuts down" /
    "Northern, TransPennine and Avanti lines and talks collapse again", the story telling of
    "... on Northern, TransPennine Express ...". A deck opens a sentence of its own, its
    first word capitalised as a sentence's is, not as a name's."""
    last, words = head.split()[-1], text.split()
    if _title_case(head) or not (last.isalpha() and last.islower()):
        return False
    if not _TAIL_WORDS < len(words) <= _LONG_TAIL_WORDS:
        return False
    if not (words[-1].isalpha() and words[-1].islower()) or text.count(",") > 1:
        return False
    first = words[0].rstrip(",;")
    if not (first[:1].isupper() and first[1:].isalpha() and first[1:].islower()):
        return False
    if not (words[0].endswith(",") or words[1][:1].isupper() or words[1] in _TAIL_NAME_JOINERS):
        # "Lopez vows veto as ..." / "Brookhaven residents told to ...": the name a deck's
        # subject, a verb or its noun after it; a headline's tail runs on in a list or a
        # phrase ("Northern, TransPennine and Avanti lines", "Lindisfarne and Ravenglass
        # crossings", "Budget with energy bill relief")
        return False
    if first in _TAIL_SENTENCE_OPENERS or text in head:
        # ("Home > India > Assam to set up ..." over "Assam to set up ...": a breadcrumb's
        # last crumb over the headline it names, whole on a line of its own)
        return False
    # the name printed after a word in lower case or a comma, past the tail's own line
    at = printed.find(text)
    story = printed[at + len(text) :] if at >= 0 else printed
    return re.search(rf"(?<=[a-z,] ){re.escape(first)}\b", story) is not None


# A word that closes a sentence: letters, then its stop ("Fluss.", "river!").
_CLOSING_WORD = re.compile(r"[^\W\d_]{2,}[.!?]")
# Abbreviations with a stop that close no sentence: a company's style, a month, a number's or
# a street's ("Inc.", "Sept.", "No.", "St.").
_STOP_ABBREVIATION = re.compile(
    r"(?:Inc|Corp|Co|Ltd|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|St|Ave"
    r"|Blvd|Rd|Dept|Univ|Assn|Vol|Nr)\."
)


# A row of a menu's items holds at least this many bars or dots between them.
_ROW_SEPARATORS = 2


# The marks between a breadcrumb's crumbs ("Bangladesh > Accidents & Fires").
_TRAIL_MARK = re.compile(r"\s[>»›|]\s")


def _trail_under_spaced_row(head: str, text: str) -> bool:
    """`head` is a menu's row whose items the page's spacing sets apart and `text` a trail of
    crumbs set apart by marks the row does not use, a menu's item as the page reads it: the
    header's two rows, each whole (a row's last items moved down by the wrapper keep the
    row's spacing and hold no marks of their own)."""
    from archiver.extract.masthead import is_spaced_row
    from archiver.extract.page import is_menu_item

    return (
        _TRAIL_MARK.search(text) is not None
        and _TRAIL_MARK.search(head) is None
        and is_spaced_row(head)
        and is_menu_item(text)
    )


# A menu row's items the wrapper moves down together: at most this many.
_ROW_TAIL_ITEMS = 3


def _spaced_row_goes_on(above: str, text: str, width: int) -> bool:
    """`above` (RAW) is a menu's row whose items the page's spacing sets apart
    (masthead.is_spaced_row), full to the width with the row's own spacing (the first word
    of `text` would not have fitted after a run of two spaces), and `text` is one to three
    more of the row's items, each a section's name: the row's last items moved down by the
    wrapper, not a line of its own under it."""
    from archiver.extract.masthead import is_spaced_row, nav_item, spaced_items

    word = text.split(None, 1)[0] if text else ""
    if len(above.rstrip()) + 2 + len(word) <= width or not is_spaced_row(above):
        return False
    items = spaced_items(text)
    if len(items) == 1 and len(text.split()) > _ROW_TAIL_ITEMS - 1:
        return False  # "Fire Station To Close": a short headline of its own under the menu
    return 1 <= len(items) <= _ROW_TAIL_ITEMS and all(nav_item(item) for item in items)


def _readings_under_spaced_row(head: str, raw_below: str) -> bool:
    """`head` is a menu's row whose items the page's spacing sets apart, with no figure in it,
    and the RAW line below a row of readings (exchange rates, the weather, prayer times:
    masthead.is_readings_row): the header's two rows, each whole; a menu's last items moved
    down by the wrapper are words, not a label's figures."""
    from archiver.extract.masthead import is_readings_row, is_spaced_row

    return (
        not any(ch.isdigit() for ch in head) and is_spaced_row(head) and is_readings_row(raw_below)
    )


def _past_row_items(head: str, text: str) -> bool:
    """The line above is a row of items set apart by bars or dots, and its last item read on
    into the line below would be longer in words than any item of the row: the line below is
    a unit of its own under the row, not its last item's tail."""
    if _ITEMS.search(text):
        return False
    items = _ITEMS.split(f"{head} ")
    if len(items) <= _ROW_SEPARATORS:
        return False
    longest = max(len(item.split()) for item in items)
    return len(items[-1].split()) + len(text.split()) > longest


# A tail of this many words, a whole sentence, is no wrapped line's last words (see _soft).
_WHOLE_TAIL_WORDS = 3


def _unstopped_end(line: str, width: int) -> bool:
    """`line` ends a block of display copy: it falls well short of the width (no wrapper
    broke after it) and closes on no sentence's mark, as a deck's or a headline's last line
    does and a paragraph's never does."""
    text = line.strip()
    return (
        bool(text)
        and len(line.rstrip()) <= width * _UNSTOPPED_SHARE // 4
        and _SENTENCE_END.search(text) is None
        and not text.endswith((",", ";", ":", "-", "–", "—"))
    )


# A deck's last line, closed by no stop, reaches this many quarters of the width at most.
_UNSTOPPED_SHARE = 3
# A headline's attribution after a comma: "..., Šefčovič says", "..., police say".
_ATTRIBUTED_HEADLINE = re.compile(r",\s+(?:[^\W\d_][\w'’.-]*\s+){1,3}(?:says|say)$")


_SENTENCE_END = re.compile(r"[.?!][\"”’']?$")
# A sentence of this many words at least, whole on its line, is a line of its own under a
# credit that ends the line above.
_WHOLE_SENTENCE_WORDS = 6
# A credit's label with at most two words after it at the line's end: the name goes on below.
_CREDIT_OPEN = re.compile(
    r"(?:(?i:\b(?:photo(?:graph)?s?|photographer|pictures?|pics?|image|credit|foto|source))"
    r"\s*(?::|\s(?i:by))"
    r"|(?i:\b(?:courtesy(?: of)?|supplied by)))\s*(?:\S+\s*){0,5}$"
    r"|\((?i:[a-z]{1,12} )?(?i:photo|file)(?:/\S*)?\s*(?:\S+\s*){0,2}$"
    # "... national parkImage:": the label run into the caption's last word (DW's pages)
    r"|(?<=[a-z])(?:Image|Photo|Picture|Credit)\s*:\s*(?:\S+\s*){0,5}$"
)


# A section's label printed again under the headline holds this many words at most.
_LABEL_AGAIN_WORDS = 2


def _label_again(lines: list[str], i: int, below: str, then: str, width: int) -> bool:
    """`below`, the line under the first written line `i` of a logical line and over the
    page's date stamp (`then`), is a label of a word or two the capture printed as a whole
    line of its own above `i` ("Nation" over the headline, then "Penang to build ... in
    Seberang Perai" / "Nation" / "Saturday, 14 Nov 2026": The Star prints the story's
    section again under its headline): the label again, a line of its own, not the tail of
    the headline the wrapper moved down. The site's name at the page's top is no such label:
    a caption's credit or a deck's sentence may end on it ("... officials tell" / "ABC
    News"). A first line ending on a small word ("... peace talks on war in" / "Ukraine", a
    menu's item too) wants its tail, whatever a menu prints; one already past the width
    was never wrapped, so nothing under it is its tail."""
    from archiver.extract.page import is_date_stamp

    first = lines[i].rstrip()
    if len(first) <= width and first.rsplit(None, 1)[-1].lower() in _CARRY_ON:
        return False
    text = below.strip()
    words = text.split()
    if not 1 <= len(words) <= _LABEL_AGAIN_WORDS or not text[:1].isupper():
        return False
    if not all(w[:1].isalpha() for w in words) or _SENTENCE_END.search(text):
        return False
    if not then.strip() or not is_date_stamp(then.strip()):
        return False
    top = next((k for k in range(i) if lines[k].strip()), None)
    return any(lines[k].strip() == text for k in range(i) if k != top)


def _first_published_note(line: str) -> bool:
    """A wire's note on when the story was first published, closed by its stop ("This report
    by The Canadian Press was first published March 9, 2026.")."""
    from archiver.extract.credit_recall import FIRST_PUBLISHED

    return line.endswith(".") and FIRST_PUBLISHED.match(line) is not None


def _in_one_bracket_pair(line: str) -> str | None:
    """What the line holds inside, when it is wholly one pair of square brackets."""
    inner = line[1:-1]
    if line.startswith("[") and line.endswith("]") and "[" not in inner and "]" not in inner:
        return inner
    return None


def _bracketed_note(line: str) -> bool:
    """The line is wholly one pair of square brackets round a caption's sentence and what
    follows it ("[Photo: Minister Jane Roe. JOHN DOE/LUSA]"): a note the page set apart
    whole, not a credit alone ("[ JANE ROE | Times ]"), which a caption's line may carry."""
    inner = _in_one_bracket_pair(line)
    return inner is not None and _NOTE_SENTENCE.search(inner) is not None


# The separators between a bracketed folio's fields: "[Paper e-Paper · City · Page 9]".
_FOLIO_SEPARATOR = re.compile(r"\s[·|•]\s")
# A folio's row holds this many separators at least (three fields).
_FOLIO_SEPARATORS = 2


def _bracketed_row(line: str) -> bool:
    """The line is wholly one pair of square brackets round a row of fields set apart by dots
    or bars ("[Deccan Herald e-Paper · Bengaluru · Wednesday, 6 March 2024 · Page 9]"): an
    e-paper's folio, which its closing bracket ends."""
    inner = _in_one_bracket_pair(line)
    return inner is not None and len(_FOLIO_SEPARATOR.findall(inner)) >= _FOLIO_SEPARATORS


# a sentence's end inside the brackets, words after it: "Minister Jane Roe. JOHN DOE/LUSA"
_NOTE_SENTENCE = re.compile(r"[a-z]{2}[.?!] +\w")


# A text browser's number before a link: "[12]Salon Premium".
_LINK_MARK = re.compile(r"\[\d{1,4}\]")
# A line under a row of links with this many words and no link is no link's tail.
_LINKLESS_WORDS = 3
# A row of links and nothing else: "[2]News [3]World Cup [4]Business".
_LINK_ROW = re.compile(r"(?:\[\d{1,4}\][^\[\]\s][^\[\]]*?\s*){2,}")


def _tail_wants_more(above: str) -> bool:
    """The line ends where its sentence cannot (see _tail_goes_on) or on a colon, "says" and
    "said" only after a comma, where the speaker comes next ("... bites, says" / "Jane Roe"; "..., CEO
    says" has its speaker)."""
    words = above.split()
    if above.rstrip().endswith(":"):
        return True  # "... no tsunami warning:" / "JMA": the speaker the colon announces
    if words and words[-1].lower() in ("says", "said"):
        return len(words) == 1 or words[-2].endswith((",", '"', "”", "’", "'"))
    return _tail_goes_on(above)


# A video's length or a clock alone: "04:12", "1:02:33".
_DURATION = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
# A time of day with its half of the day inside a line: "03:14 pm", "3:42 p.m.".
_CLOCK_IN = re.compile(r"\b\d{1,2}:\d{2}\s?[ap]\.?m\b", re.IGNORECASE)
# A site's name run together in one word of three capitalised parts: "NaijaPulseDaily".
_RUN_TOGETHER = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")
# A label of a few words ending on its colon: "Author of the article:".
_LABEL_ALONE = re.compile(r"[A-Z][\w'’]*(?: [\w'’]+){0,4}:")
_AGENCY_SERVICE_WORDS = 3
# The most words of a desk's byline set on its own line ("Tribune Desk", "Our Staff Reporter");
# one word alone ("Staff") may end a headline's wrapped line.
_DESK_WORDS = 4
# The desk's bylines that no headline's wrapped tail reads as: ending on Desk, Reporter or
# Correspondent, or opening on "Our" or "Staff" ("Our Staff Reporter", "Staff Writer").
_DESK_BYLINE_FORM = re.compile(r"\b(?:Desk|Reporters?|Correspondents?)$|^(?:Our|Staff)\s")


# A story's first line opened by its first words in capitals, then prose in lower case.
_LEAD_IN = re.compile(r"[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+){1,3} [a-z][\w'’-]*(?: \S+){5,}")


# A place in capitals alone with the dash or colon that joins it to the story: "HAMILTON —".
_DATELINE_SET_APART = re.compile(r"(?P<place>[A-Z][A-Z'’. -]{1,30}?)\s*(?:[—–-]{1,2}|:)")


# A British paper's dateline on a line of its own, the place in capitals and the weekday
# ("HAWORTH, Monday.", "BELFAST, Tuesday"): nothing else is set so, and no wrapper moves it
# down from the line above (the deck "Strike at Haworth Mill Ended" over it).
_WEEKDAY_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]{2,30}(?: [A-Z][A-Z'’.-]{1,30}){0,2},\s*"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\.?(?:\s*[—–-]{1,2})?"
)


def is_weekday_dateline(text: str) -> bool:
    """`text` is a dateline alone with its weekday ("HAWORTH, Monday.")."""
    return _WEEKDAY_DATELINE.fullmatch(text.strip()) is not None


def _place_in_capitals(text: str) -> bool:
    from archiver.extract.gazetteer import is_known_place

    m = _DATELINE_SET_APART.fullmatch(text)
    return m is not None and is_known_place(m.group("place").strip().title())


# Agencies' short names that are English words too ("UP", United Press; "MAP", Maghreb Arabe
# Presse): in lower case ("... as winds pick" / "up") the word goes on the line above.
_WIRE_NAMES_AS_WORDS = frozenset(
    "up ins map trend beta tap app ana fars mehr".split()
    # the desks' words a byline prints ("By Agencies", "Staff"), in lower case a sentence's
    # ("... notices to 48 advertising" / "agencies")
    + "agencies agency wires wire staff".split()
)


def _word_not_wire(line: str) -> bool:
    """A wire's name that is a word in small letters ("up", "map", "staff") alone on its
    line, with or without the stop of the sentence it closes ("... Centers can't keep" /
    "up."): the sentence's last word, no agency."""
    return line.rstrip(".!?,;:") in _WIRE_NAMES_AS_WORDS


# The desk and the wire in the byline's place: "DAILY SABAH WITH AA", "Staff with agencies".
_WITH_WIRE = re.compile(
    r"[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,3} (?:WITH|[Ww]ith) (?P<wire>\S+(?: \S+)?)"
)


# A writer's title closing a byline in capitals: "... POLITICAL CORRESPONDENT", "... HEALTH
# EDITOR"; the byline's words at most.
_CAPS_WRITER_TITLE = re.compile(r"\s(?:CORRESPONDENT|EDITOR|REPORTER|WRITER|COLUMNIST)$")
_CAPS_BYLINE_WORDS = 7


# A remark quoted whole after a colon to the line's end: ": 'This is our water'".
_QUOTED_REMARK = re.compile(r":\s+(?:'[^']{3,80}'|\"[^\"]{3,80}\"|‘[^’]{3,80}’|“[^”]{3,80}”)$")


def _quoted_remark_tail(head: str, text: str) -> bool:
    """`text` closes the headline `head` with a remark quoted after its colon ("... through
    Nebraska" / "Sandhills: 'This is our water'"): `head` ends no sentence, `text` opens with
    the headline's last words and no credit's label."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.masthead import MENU_WORDS

    label = text.split(":", 1)[0]
    words = label.split()
    last = head.split()[-1] if head.split() else ""
    return (
        not _SENTENCE_END.search(head)
        and not head.endswith(":")
        and _QUOTED_REMARK.search(text) is not None
        and _CREDIT_OPEN.match(text) is None
        # "... across Morecambe" / "Bay: '...'": the headline breaks inside a place's name,
        # its last word capitalised and the label's a word or two of the same name; "...
        # across the bay" / "Harbourmaster: '...'" is a headline over its deck quoting a
        # speaker, and "Sadiq Khan: '...'" names the speaker
        and last[:1].isupper()
        and 1 <= len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and not (len(words) == 2 and looks_like_name(label))
        # "Watch: 'We lost everything'", "Live: ...", "Exclusive: ...": a video's or a
        # section's label or the story's kind over its own title, no headline's words
        and label.lower() not in MENU_WORDS
        and label.lower() not in _TITLE_LABELS
    )


# A page's label over a title, opening a line of its own ("Watch: '...'", "Exclusive: '...'").
_TITLE_LABELS = frozenset(
    {
        "watch",
        "listen",
        "update",
        "updated",
        "live",
        "video",
        "podcast",
        "exclusive",
        "breaking",
        "analysis",
        "opinion",
        "comment",
        "explainer",
        "interview",
        "review",
        "revealed",
        "pictured",
        "pictures",
        "photos",
        "poll",
        "quiz",
        "editorial",
        "letters",
    }
)


def _capitals_place(text: str) -> bool:
    """`text` is a place alone in capitals, a word or two the gazetteer knows ("ROME", "NEW
    DELHI"): the place a story files from, set under its headline."""
    from archiver.extract.gazetteer import is_known_place

    return (
        text.isupper()
        and len(text.split()) <= 2
        and text.replace(" ", "").isalpha()
        and is_known_place(text.title())
    )


def _stands_under_headline(text: str) -> bool:
    """A line a page sets under its headline as a unit of its own, whatever its case: the
    agency ("Reuters", "dpa international"), the writer ("Jane Roe (The Daily Post)"), the
    desk ("Times News Service"), the place it files from in capitals ("ROME"), a video's
    length ("04:12"), a label ("Author of the article:"), the site's name run together
    ("NaijaPulseDaily"), a row holding the time of day ("national transport Oct. 3 03:14 pm
    JST")."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.bylines import is_desk, is_news_service, looks_like_name
    from archiver.extract.gazetteer import is_known_place

    words = text.split()
    if not words or _word_not_wire(text):
        return False  # "... as winds pick" / "up": the word in lower case, no agency
    if (
        len(words) <= _AGENCY_SERVICE_WORDS
        and is_wire_source(words[0])
        and not (words[0].islower() and words[0] in _WIRE_NAMES_AS_WORDS)
    ):
        return True
    joint = _WITH_WIRE.fullmatch(text)
    if joint is not None and is_wire_source(joint.group("wire")):
        # "DAILY SABAH WITH AA", "Staff with agencies": the paper's desk and the wire that
        # fed the story, the byline's place under the headline
        return True
    if _agency_alone(text) or _MEDIA_LABEL.fullmatch(text) or is_news_service(text):
        # "Times News Service", "Express News Service": a paper's desk in the byline's place
        return True
    if 2 <= len(words) <= _DESK_WORDS and is_desk(text) and _DESK_BYLINE_FORM.search(text):
        # "Tribune Desk", "Staff Reporter", "Special Correspondent": a desk's byline naming
        # no one (the Dhaka Tribune's, Indian and Pakistani papers'), in the byline's place
        # (a headline's noun ending on Staff, Team, Writers or Bureau goes on: "... for
        # Mayo Hospital's Paramedical" / "Support Staff")
        return True
    if len(words) >= 2 and not re.search(r"[().]$|\(", text) and looks_like_name(text):
        return True
    if text.isupper() and len(words) <= _CAPS_BYLINE_WORDS and _CAPS_WRITER_TITLE.search(text):
        # "MARTIN CALDER POLITICAL CORRESPONDENT": the writer and his title in capitals with
        # no comma, as British papers' e-editions print the byline (The Herald, The Scotsman)
        from archiver.extract.bylines import parse_byline

        found = parse_byline(text)
        if found is not None and found.names:
            return True
    name, comma, desk = text.partition(", ")
    if (
        comma
        and len(name.split()) >= 2
        and looks_like_name(name)
        and (
            is_wire_source(desk)
            # "Tanvir Khan, AFP India": the agency's desk in a country (AFP's fact-check pages)
            or (
                len(desk.split()) >= 2
                and is_wire_source(desk.split()[0])
                and is_known_place(desk.split(None, 1)[1])
            )
        )
    ):
        # "Jane Roe, Reuters", "Jane Roe, AFP India": the writer and the agency, the byline
        return True
    bracket = _PLACE_AFTER.search(text)
    if bracket is not None and bracket.group().lstrip().startswith("("):
        name = text[: bracket.start()].strip()
        if len(name.split()) >= 2 and looks_like_name(name):
            return True
    if _capitals_place(text):
        return True
    return bool(
        _DURATION.fullmatch(text)
        or _LABEL_ALONE.fullmatch(text)
        or _RUN_TOGETHER.fullmatch(text)
        or (_CLOCK_IN.search(text) and _stamp_row(text))
        # "Guardian.com", "telegraph.co.uk": the outlet by its site's address, as LexisNexis
        # and Factiva print the source under the headline
        or _OUTLET_ADDRESS.fullmatch(text)
    )


# Two-letter endings sold as a name's ending ("Character.ai", "Last.fm", "Bit.ly") or a file's
# ("Node.js", "README.md"): a headline's last word, no country's site.
_BRAND_ENDINGS = "ai|io|fm|tv|me|ly|so|cc|to|gg|sh|ws|am|gl|be|ee|cv|im|is|la|vc|js|ts|py|rs|md"
# An outlet named by its site's address alone: a name and a top-level domain, no path. A
# country's code after a second level ("kenyanews.go.ke", "nation.co.ke"), or alone after a
# name in lower case or in capitals ("montsame.mn", "ANSA.it"), as a reader view prints the
# site under the headline; never a brand's ending.
_OUTLET_ADDRESS = re.compile(
    r"(?:www\.)?[A-Za-z][A-Za-z0-9-]{1,40}(?:\.(?:co|com|org|net|gov|ac))?"
    r"\.(?:com|org|net|co|uk|au|nz|in|ca|ie|za|news|info)"
    r"|(?:www\.)?[A-Za-z][A-Za-z0-9-]{1,40}\.(?:co|com|org|net|gov|go|ac|or|ne)\.[a-z]{2}"
    r"|(?:www\.)?(?:[a-z][a-z0-9-]{1,40}|[A-Z][A-Z0-9-]{1,40})"
    rf"\.(?!(?:{_BRAND_ENDINGS})$)[a-z]{{2}}"
)


# A page's row with its time of day holds a few words ("national transport Oct. 3 03:14 pm JST
# 4 Comments"); a line of the story's prose holding a time runs longer or has its clauses.
_STAMP_ROW_WORDS = 10


def _stamp_row(text: str) -> bool:
    """The line holding a time of day reads as the page's row (a section, the date, the time,
    a count), not as a wrapped line of prose: a few words, no comma, no sentence's end."""
    return (
        len(text.split()) <= _STAMP_ROW_WORDS and "," not in text and not _SENTENCE_END.search(text)
    )


# A site's name the capture opens with: a few words, short, no sentence.
_SITE_WORDS = range(2, 5)
_SITE_CHARS = 40


def _site_name(lines: list[str]) -> str:
    """The capture's first line with text when it reads as the site's name ("Global News",
    "Coastal Herald", or one word in capitals: "NDTV", "WION"): a few words with no
    sentence's mark; else nothing."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if (
        len(first) <= _SITE_CHARS
        and (len(first.split()) in _SITE_WORDS or _site_letters(first))
        and not re.search(r"[.,:;!?|]", first)
        and first[:1].isupper()
    ):
        return first
    return ""


# A site's name of one word is an acronym of this many letters ("CNN", "NDTV", "WION"); a
# word in capitals alone on the first line may be a section's label as well ("OPINION").
_SITE_LETTERS = range(3, 6)


def _site_letters(word: str) -> bool:
    """One word in capitals that reads as a site's acronym ("NDTV", "WION"), no word a page
    prints over its headline as a section's or a badge's label ("NEWS", "LIVE", "WORLD",
    "VIDEO", "WATCH"): those stand over any site's story, and a headline whose wrapped tail
    opened with the same word would be read as the site's own line."""
    from archiver.extract.credits import _NOT_LENDERS
    from archiver.extract.masthead import MENU_WORDS

    return (
        word.isalpha()
        and word.isupper()
        and len(word) in _SITE_LETTERS
        and word.lower() not in MENU_WORDS
        and word.lower() not in _NOT_LENDERS
    )


def _opens_with_site(text: str, site: str) -> bool:
    """The line opens with the site's name the capture opens with and goes on with more words
    ("Global News Morning Toronto" on "Global News", "Harbour Herald Podcast"): the page's
    own programme or service under a headline as long as the width, which a wrapper did not
    cut from it. A site named by its letters and "News" names its regional station by the
    letters and the region ("ABC Gippsland" on "ABC News", "BBC Scotland" on "BBC News")."""
    if not site:
        return False
    if text.startswith(f"{site} ") and text[len(site) + 1 : len(site) + 2].isupper():
        return True
    brand, _, news = site.rpartition(" ")
    words = text.split()
    return (
        news == "News"
        and _site_letters(brand)
        and 2 <= len(words) <= _STATION_WORDS
        and words[0] == brand
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[1:])
    )


# A site's regional station: its letters and a region of one or two words ("ABC Far North").
_STATION_WORDS = 4


def _particle_closes_title(head: str, text: str) -> bool:
    """`head`, a headline in Title Case, ends on a small word in a capital ("... as Winter
    Sets In", "... Gives Up"), a verb's particle closing it, where a break inside the
    headline leaves the small word in lower case ("... Region as" / "Winter Sets In") or
    goes on in Title Case; `text` under it opens a sentence in a sentence's case (two words
    in lower case at least, no small word): a deck of its own, no tail."""
    words = head.split()
    last = words[-1] if words else ""
    return (
        len(words) >= _MIN_TITLE_WORDS
        and not head.isupper()
        and _title_case(head)
        and last[:1].isupper()
        and last[1:].islower()
        and last.lower() in _CARRY_ON
        and text[:1].isupper()
        and not _title_case(text)
        and sum(1 for w in text.split() if w.isalpha() and w.islower() and w not in _SMALL_WORDS)
        >= 2
    )


# The word after a site's name that makes it its desk's byline: "The Wire Staff", "Scroll
# Staff", "Harbour Herald News Desk".
_DESK_AFTER_SITE = re.compile(r"(?:Staff|STAFF|(?:News\s+|Web\s+)?Desk|DESK|Team|Bureau)")


def _site_desk(text: str, site: str) -> bool:
    """The line is the site's name the capture opens with and a desk's word after it ("The
    Wire Staff" on "The Wire"): the site's staff byline."""
    return (
        bool(site)
        and text.startswith(f"{site} ")
        and _DESK_AFTER_SITE.fullmatch(text[len(site) + 1 :]) is not None
    )


def _quote_across(head: str, text: str) -> bool:
    """The line above leaves a quotation open and the line below closes it: straight double
    quotes odd in number on both lines, or an opening curly quote unclosed above and a closing
    one unopened below."""
    if head.count('"') % 2 == 1 and text.count('"') % 2 == 1:
        return True
    return head.count("“") > head.count("”") and text.count("”") > text.count("“")


def _ends_in_credit(line: str) -> bool:
    """The line ends in a caption's credit set off from it by a mark (a bar, a bracket, a
    label's colon, a dash: "... Prefecture. | REUTERS"); capitalised words after a quote's
    close ('... account," Senate Majority') are prose."""
    from archiver.extract.credits import set_off_credit

    return set_off_credit(line)


def _slashed_credit_end(line: str) -> bool:
    """The line ends in a caption's credit after its sentence's stop, the photographer and
    the outlet joined by a slash ("... would not open this summer. Jane Roe/The Oregonian"):
    no paragraph of prose ends so, so the caption ends there (credits.slashed_tail_credit)."""
    from archiver.extract.credits import slashed_tail_credit

    return "/" in line[-60:] and slashed_tail_credit(line) is not None


def _furniture_under_credit(text: str) -> bool:
    """ "... Picture: Jane Roe" / "Printed and distributed by PressReader": the page's furniture
    (an e-edition's foot) on the line under a caption's credit carries no name on. A word or
    two may be the credit's own ("... Staff File" / "Photo")."""
    from archiver.extract.chrome import is_chrome_clean

    if _AD_LABEL.fullmatch(text):
        # "... Photo: Shutterstock" / "Advertisement": the ad's label the page sets between
        # its lines, one word that is no part of any credit
        return True
    if _SURNAME_SLASH_OPEN.match(text):
        # "... Picture: Thando" / "Mkhize/African News Agency (ANA)": a surname glued to its
        # outlet by a slash carries the photographer's name on; no page's furniture opens so
        return False
    return len(text.split()) >= _FURNITURE_WORDS and is_chrome_clean(text)


_FURNITURE_WORDS = 3
# A surname glued by a slash to the outlet after it: "Mkhize/African", "Roe/REUTERS".
_SURNAME_SLASH_OPEN = re.compile(r"[A-Z][\w'’-]{1,30}/[A-Z]")
_AD_LABEL = re.compile(r"(?i:advertisement|advertising)")


def _credit_goes_on(head: str, text: str) -> bool:
    """The line below carries on the credit the line above begins: read as one, the two still
    end in a credit ("... Photo: Jane" / "Roe/TT"). A credit that is whole on its line ("...
    Photo: RNZ / Jane Roe") over the story's first line ends there."""
    from archiver.extract.credits import find_credit

    if _furniture_under_credit(text):
        return False
    alone = find_credit(head, in_header=True)
    if alone is not None and _whole_name_over_name(head, alone.credit, text):
        return False
    return find_credit(f"{head} {text}", in_header=True) is not None


def _place_set_apart(head: str, text: str) -> bool:
    """ "... | Photo Credit: C. Suresh Kumar" / "THIRUVANANTHAPURAM": a known place in capitals
    alone under a credit whose name is in mixed case is the story's dateline set on a line of
    its own (The Hindu's pages), no part of the photographer's name."""
    from archiver.extract.gazetteer import is_known_place

    place = text.strip()
    last = head.split()[-1] if head.split() else ""
    return (
        place.isupper()
        and len(place.split()) <= _PLACE_WORDS
        and not last.isupper()
        and is_known_place(place)
    )


# A place set apart as the dateline has a few words at most ("NEW DELHI", "RIO DE JANEIRO").
_PLACE_WORDS = 3


def _closed(line: str) -> bool:
    """The line ends by closing its brackets: a credit in them is whole ("(Photo: Jane Roe)")."""
    return line.endswith((")", "]")) and line.count("(") + line.count("[") == line.count(
        ")"
    ) + line.count("]")


_WEEKDAY_WORD = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _name_goes_on(last: str, below: str) -> bool:
    """A name broken over the lines: the line ends on a capitalised word and the next one
    opens with two ("... outside the Royal" / "Albert Hall on Monday"; a deck under a headline
    ending on a name opens with one: "... in October" / "Drivers will ...")."""
    # "... Daily Post" / "[Liverpool, England], ...": a place in brackets qualifies the name
    words = below.lstrip("([").split()
    if _WEEKDAY_WORD.fullmatch(last):
        # "... going to work on Monday" / "Gary Penhallow, 52, from ...": a weekday is a whole
        # name of its own; the capitals under it open the next phrase (the deck's subject)
        return False
    return (
        last[:1].isupper()
        and _POSSESSIVE.sub("", last).isalpha()
        and len(words) >= 2
        and words[0][:1].isupper()
        # "... to batter UK" / "The Met Office has ...": an article opens a new phrase (a
        # deck under a headline), no name's second half
        and words[0] not in _ARTICLES
        # "... in Cakung, East" / "Jakarta, on Sunday.": the name ends at the comma
        and (
            (words[1][:1].isupper() and not words[0].endswith(","))
            or (
                words[0].endswith(",")
                and words[0][:-1].isalpha()
                and not _clause_opener(words[0][:-1])
            )
        )
    )


# The word ending a line and the capitalised word opening the next, read as one name: a
# name's words end on a letter (a possessive's "'s" with them) and hold no stop between.
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*\w")


def _printed_whole(last: str, below: str, printed: str) -> bool:
    """The line ends on a capitalised word and the next opens with one that the capture's
    text (`printed`: its lines joined) prints right after it elsewhere too: the two are one
    name ("Land's End to John" / "O'Groats for her ...", the story saying "John O'Groats"),
    whatever words follow in lower case. An article opening the next line opens a phrase of
    its own, and the break itself is one of the two places the words are read together."""
    words = below.split(None, 1)
    if not printed or not words or not _NAME_WORD.fullmatch(last):
        return False
    first = words[0].rstrip(",.;:!?")
    if first in _ARTICLES or not _NAME_WORD.fullmatch(first):
        return False
    return printed_together(last, first, printed) >= 2


def printed_together(last: str, first: str, text: str) -> int:
    """How often text prints the word `last` and then `first` as whole words, any white
    space between them: the evidence that a line ending on `last` and the next opening on
    `first` were broken by a wrapper inside one name or one headline, not between two lines
    of their own (`_printed_whole` here, `roles._printed_tail`; each sets its own bar)."""
    pair = re.compile(rf"(?<![\w'’-]){re.escape(last)}\s+{re.escape(first)}(?![\w'’-])")
    return len(pair.findall(text))


def _clause_opener(word: str) -> bool:
    """A verb's -ing form the gazetteer knows as no place ("Sentencing, Judge Jane Roe said",
    "Speaking, ..."): a sentence's opening clause after its comma, no name's last word
    ("... in Cakung, East" / "Jakarta, on Sunday", "... in central" / "Reading, ...")."""
    from archiver.extract.gazetteer import is_known_place

    return len(word) > 5 and word.endswith("ing") and not is_known_place(word)


def _region_across(last: str, text: str) -> bool:
    """The line's last word and the next line read as one are a region's name, a compass word
    and the place it qualifies ("East" / "Africa", "Southern" / "Europe"; see
    gazetteer.is_region_name)."""
    from archiver.extract.gazetteer import is_region_name

    return is_region_name(f"{last} {text}")


def _surname_goes_on(head: str, text: str) -> bool:
    """A name broken over the lines of a paragraph: the line above ends on a capitalised word
    after a lower-case one, with no stop ("... said starter Terrion"), and the line below
    opens with a capitalised word and goes on in lower case ("Arnold would miss ...")."""
    from archiver.extract.bylines import is_demonym

    words = head.split()
    below = text.split()
    return (
        len(words) >= 2
        and len(below) >= 2
        and words[-1].isalpha()
        and words[-1][:1].isupper()
        and words[-2][:1].islower()
        and below[0][:1].isupper()
        and below[0].isalpha()
        and below[0] not in _ARTICLES
        and below[1][:1].islower()
        and below[1].isalpha()
        # "... capture of village near Pokrovsk" / "Ukrainian foreign minister meets ...": a
        # word for a country's people opens a phrase of its own (a headline's deck), no
        # surname
        and not is_demonym(below[0])
    )


_ARTICLES = frozenset({"The", "A", "An"})
# "City's", "Ministers'": a name's possessive still ends on the name
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


# A sentence's end, then a capitalised word or two at the line's end: a photographer's name
# begun after the caption ("... on Oct. 3. Jane" / "Roe—AFP/Getty Images").
_NAME_OPENS = re.compile(r"[.?!)]\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*$")


# A photo's credit begun: an open bracket or the word "photo" before "by Jane Roe" below.
_PHOTO_BY = re.compile(r"\([^()]*$|(?i:\b(?:photo(?:graph)?|picture|pic|image)s?)$")
# A story's dateline opens a line followed by this many words of the story at least.
_DATELINE_REST_WORDS = 3


def _opens_story(line: str, capitals: bool = False) -> bool:
    """The line opens with a story's dateline ("OSLO, March 3 (Reuters) - The ..."): no line
    of a caption or a credit carried on (a credit "JANE ROE (AFP)" has no story after it).
    With `capitals`, only a dateline whose place is in capitals ("MUMBAI: ..."; "Pune: PMC to
    remove ..." is a headline's form too)."""
    from archiver.extract.datelines import match_dateline

    found = match_dateline(line, None)
    if found is None or len(found.rest.split()) < _DATELINE_REST_WORDS:
        return False
    if capitals and not (found.dateline.place or "").isupper():
        return False
    raw = found.dateline.raw
    # "Kenya–Tanzania border: ...": a place in mixed case joined by a dash to the next word
    # with no space is a compound's first half (a headline's), no dateline ("LONDON—The")
    return not (
        raw.endswith(("-", "–", "—"))
        and line[len(raw) : len(raw) + 1].isalpha()
        and not (found.dateline.place or "").isupper()
    )


def _wire_signoff_under(head: str, text: str, printed: str) -> bool:
    """The line is a wire's name alone, its sign-off under the story: under a sentence's stop
    when the capture names that wire in a dateline's brackets too ("QNA" under "... and
    logistics." in a "Doha, February 08 (QNA) -" story), or in brackets under a caption whose
    credit is whole ("(NAN)" under "... of Kogi. Photo: NAN", which reads no credit joined).
    Only a wire's name alone is asked, so the capture's text is searched for few lines."""
    from archiver.extract.agencies import is_wire_source

    name = text.strip()
    bracketed = name.startswith("(") and name.endswith(")")
    name = name.strip("()").strip()
    if not name or " " in name or len(name) > _WIRE_NAME_CHARS or not is_wire_source(name):
        return False
    if bracketed:
        return _ends_in_credit(head) and not _credit_goes_on(head, text)
    return bool(_SENTENCE_END.search(head)) and _wire_in_brackets(name, printed)


@functools.lru_cache(maxsize=64)
def _wire_in_brackets(name: str, printed: str) -> bool:
    """The capture's text names the wire in brackets ("(QNA)"), as its dateline does: asked
    once per wire and capture (the text's hash is kept with the string), so a page of many
    sign-off lines searches it a few times only."""
    return f"({name})" in printed


forget_with_the_rest(_wire_in_brackets.cache_clear)


# A wire's name alone on its sign-off's line is this long at most ("QNA", "Bernama").
_WIRE_NAME_CHARS = 12


def _credit_after(sentence: str, line: str) -> bool:
    """The line is a credit of its own, or the two lines read as one end in a credit that the
    line above alone does not hold ("... beach on Sunday." / "[Jane Roe, Standard]")."""
    from archiver.extract.credits import find_credit, is_credit_line, without_buttons

    line = _DASH_ITEM.sub("", line.strip())  # "... this morning." / "- Staff file pic"
    # "REUTERS/Jane Roe/File Photo Purchase Licensing Rights": the page's button after the
    # credit is no word of the line's own
    line = without_buttons(line)
    if is_credit_line(line.strip("|[] ")):
        return True
    if find_credit(sentence, in_header=True) is not None:
        return False
    found = find_credit(f"{sentence} {line}", in_header=True)
    if found is None or found.credit.split()[-1] not in line:
        return False
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    # a credit as the whole line may be long ("JANE ROE, Journal Star file photo"); a
    # person's bare name under a sentence is as likely the byline under a deck
    whole = len(found.credit) >= _WHOLE_SHARE * len(line.strip("|[]() .-"))
    return (len(words) <= _TAIL_WORDS or whole) and not _bare_name(found.credit)


# A credit this share of a line's length at least is the whole line.
_WHOLE_SHARE = 0.8


def _bare_name(credit: str) -> bool:
    """A person's name and nothing else: no agency, outlet, mark or label tells a credit."""
    from archiver.extract.bylines import looks_like_name

    return looks_like_name(credit) and not re.search(r"[/|,()]|\bvia\b", credit)


def _credit_across(head: str, text: str) -> bool:
    """The two lines read as one hold a credit that begins on the line above and ends on the
    line below, longer than any the line above holds alone: the wrapper broke the credit."""
    from archiver.extract.credits import find_credit

    if len(head) < _MIN_CREDIT_HEAD:
        return False
    joined = f"{head} {text}"
    found = find_credit(joined, in_header=True)
    if found is None:
        return False
    start = joined.rfind(found.credit)
    if start < 0 or not start < len(head) < start + len(found.credit):
        return False
    # the furniture's test (the page's chrome, dear) last: few credits read across a break
    if _furniture_under_credit(text):
        return False
    alone = find_credit(head, in_header=True)
    if alone is not None and _whole_name_over_name(head, alone.credit, text):
        return False
    return alone is None or alone.credit != found.credit


def _credit_over_writer(head: str, text: str) -> bool:
    """The line above ends in a whole credit and the line below is a name of its own (see
    _whole_name_over_name)."""
    from archiver.extract.credits import find_credit

    alone = find_credit(head, in_header=True)
    return alone is not None and _whole_name_over_name(head, alone.credit, text)


# An agency's name in brackets closing a line: "(EFE)", "(AFP)", "(Reuters)".
_AGENCY_BRACKETS_END = re.compile(r"\s*\((?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\)$")


def _caps_surname_moved(credit: str, text: str) -> str:
    """The line without its agency in brackets when it reads as the credit's surname moved
    down: the credit above and the word below both in capitals ("ANA LUCÍA" / "SERRANO
    (EFE)"), the word no place ("Beirut (AFP)" under "... Photo by Jane Roe" is the story's
    dateline, "BEIRUT (AFP)" too); else the line as it stands. A city a wire dates its copy
    from is asked by its size: the gazetteer knows many surnames as small places ("Rojas")."""
    from archiver.extract.gazetteer import countries_of

    rest = _AGENCY_BRACKETS_END.sub("", text)
    if (
        rest == text
        or not credit.isupper()
        or not rest.isupper()
        or countries_of(rest.strip().title(), min_population=_DATELINE_CITY_PEOPLE)
    ):
        return text
    return rest


# A city of this many people or more is a dateline's ("BEIRUT (AFP)"), no surname moved down.
_DATELINE_CITY_PEOPLE = 100_000


def _whole_name_over_name(head: str, credit: str, text: str) -> bool:
    """The credit ends the line above on a whole name ("... Photo by Jane Roe") and the line
    below is a name of its own ("John Doe"): the writer's byline under the caption, which a
    wrapper's break between the two names does not make one credit ("... Photo: Jane" / "Roe"
    still goes on: a one-word tail)."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.credits import _is_agency
    from archiver.extract.page import _writer_line, name_and_title

    # "Jane Roe in Nairobi": the Guardian's writer and the place they file from; "Jane Roe
    # North of England correspondent": the writer and their title on one line (the Guardian's).
    # "... truck. ANA LUCÍA" / "SERRANO (EFE)": one word and the agency in brackets is the
    # credit's surname moved down (EL PAÍS's "NAME (AGENCY)"), no name of its own
    if not (
        head.endswith(credit)
        and len(_caps_surname_moved(credit, text).split()) >= 2
        and (
            looks_like_name(text)
            or _writer_line(text)
            or _writers_list(text)
            or name_and_title(text) is not None
        )
    ):
        return False
    if _writers_list(text) and "/" not in credit:
        # "... Photo: Handout" / "Kahon Chan, Fiona Sun and Harvey Kong": the writers' line
        # (the SCMP's) under a caption whose credit is whole; a credit the wrapper broke
        # leaves the name's tail first ("Roe, John Doe and ..."), never a whole name
        return True
    if "/" in credit and name_and_title(text) is not None:
        # "... Photograph: Jane Roe/The Guardian" / "John Doe North of England correspondent":
        # the writer and their title (the Guardian's), no credit's tail, whoever lent the
        # picture
        return True
    if "/" in credit:
        # "... Photograph: Jane Roe/Alamy" / "John Doe": the credit closed by its agency,
        # which the name below does not carry on ("Jane Roe/Getty" / "Images Europe" does)
        lender = credit.rsplit("/", 1)[1].strip()
        return (
            _is_agency(lender)
            and not _is_agency(f"{lender} {text}")
            and not any(_is_agency(f"{lender} {' '.join(text.split()[:n])}") for n in (1, 2))
        )
    return len(credit.split()) >= 2 and looks_like_name(credit)


def _writers_list(text: str) -> bool:
    """`Kahon Chan, Fiona Sun and Harvey Kong`: two or more people's whole names (a given name
    and a surname each at least), joined by commas or "and", and nothing else on the line."""
    from archiver.extract.bylines import name_list

    if "," not in text and " and " not in text:
        return False
    names = name_list(text.strip())
    return names is not None and len(names) >= 2 and all(len(n.split()) >= 2 for n in names)


# A line this short is no caption's line a wrapper filled (a label, a name).
_MIN_CREDIT_HEAD = 30


# A sentence's last words (a few, no mark inside) and a bracket opening after them, or a
# credit's label ("Stadium. Photo / Photosport", "Park. Photograph: Jane Roe").
_TAIL_THEN_BRACKET = re.compile(
    r"^[^.?!()\[\]]{1,40}?[.?!]\s+"
    r"(?=[(\[]|(?i:photo(?:graph)?|picture|pic|image|foto|credit)\s*[:/|])"
)
_TAIL_THEN_BRACKET_WORDS = 4


def _caption_tail_and_credit(head: str, text: str) -> bool:
    """The line below is a sentence's last few words, then a credit in brackets or after its
    label that ends it ("County. (WVLT)", "Tuesday. (AP Photo/Jane Roe)", "Stadium. Photo /
    Photosport"), read as the credit of the caption the line above opens."""
    from archiver.extract.credits import find_credit

    m = _TAIL_THEN_BRACKET.match(text)
    if m is None or len(text[: m.end()].split()) > _TAIL_THEN_BRACKET_WORDS:
        return False
    joined = f"{head} {text}"
    found = find_credit(joined, in_header=True)
    return found is not None and joined.rfind(found.credit) >= len(head) + 1 + m.end()


def _credited_caption(line: str) -> bool:
    """A caption's sentence and its credit on one line ("Tallinn bus. Source: Jane Roe/ERR")."""
    from archiver.extract.credits import find_credit

    found = find_credit(line, in_header=True)
    if found is None:
        return False
    start = line.rfind(found.credit)
    return start > 0 and bool(re.search(r"[.?!]", line[:start]))


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


# A centred line stands this far in at least (a paragraph's indent is a few columns), and the
# centres of two lines of one centred block agree within this many columns.
_CENTRED_INDENT = 8
_CENTRE_SLACK = 1.5


def _centred_title(above: str, below: str, width: int) -> bool:
    """Two lines of one centred title ("      Harbour Board Quietly Drops" / "     Plan to
    Charge for Dinghy Moorings"): a text browser centres a heading and wraps it inside the
    width, each part centred on its own, so the break is no column's. Both lines stand well
    in from the margin about the same centre, the first ends no sentence, and both read as
    one title in Title Case (a label or a stamp under it is a unit of its own: "NEWS",
    "October 8, 2025")."""
    top, low = above.strip(), below.strip()
    ind_top, ind_low = _indent(above), _indent(below)
    if min(ind_top, ind_low) < _CENTRED_INDENT or len(top) + 1 + len(low) <= width - _NEAR:
        return False  # both would have fitted on one line with room to spare: two lines
    if abs((ind_top + len(top) / 2) - (ind_low + len(low) / 2)) > _CENTRE_SLACK:
        return False
    if _SENTENCE_END.search(top) or top.isupper() or low.isupper() or _unit(low):
        return False
    return _title_case(top) and _title_case(low) and len(low.split()) >= 2


def _centred_tail(above: str, below: str, width: int) -> bool:
    """A centred headline in sentence case broken at the width, its last words moved down in
    small letters ("      Plenković: Croatia to complete euro-area debt reform" / "         by
    end-2025"): both lines stand well in from the margin, the first word below would not
    have fitted on the line above, which ends no sentence, and a line opening in small
    letters opens no unit of its own (a stamp, a label, a byline: "By Jane Roe")."""
    top, low = above.strip(), below.strip()
    return (
        min(_indent(above), _indent(below)) >= _CENTRED_INDENT
        and _full(above, below, width)
        and low[:1].islower()
        and len(low.split()) <= _TAIL_WORDS
        and _SENTENCE_END.search(top) is None
        and not _unit(low)
    )


# A writer's name alone: two to four words.
_WRITER_WORDS = (2, 4)


# A word, then a credit's label ("Statement Credit: ...", "pier. Photo: ..."): a caption's
# last word over which the wrapper broke, its credit after it. Not "Image Credit:", "Photo
# Credit:", "Picture Credits:" in capitals: one label of two words opening its own line (Gulf
# News's and other pages' credit under the byline), no caption's word before a label.
_CAPTION_WORD_THEN_CREDIT = re.compile(
    r"^(?!(?:Photo|Photograph|Picture|Image|Pic)\s+Credits?:)"
    r"[\w'’-]+[.,]?\s+(?:Photo|Photograph|Picture|Image|Credit|Photo credit|Image credit)s?:\s+\S"
)


# A Title Case headline's tail the wrapper moved down holds this many words at most.
_TITLE_TAIL_WORDS = 4


def _title_case_tail(head: str, text: str, width: int, below: str) -> bool:
    """`text` may be the tail of the Title Case headline `head` by its shape: `head` is full
    (the tail's first word would not have fitted), in Title Case and in mixed case, ends no
    sentence and no clause; `text` is a few words in Title Case, no "By" line, at the same
    indent (see _soft for the indent)."""
    words = text.split()
    return (
        _full(head, below, width)
        # a menu's row ("Argentina  Economy  Politics ...") or a row of items and a stamp
        # ("POLITICS | Today 18:22") is no headline and no headline's tail
        and "  " not in head
        and not any(mark in f"{head} {text}" for mark in "|•·")
        and all(w[:1].isalpha() for w in words)
        and not head.isupper()
        and len(head.split()) >= _MIN_TITLE_WORDS
        and _title_case(head)
        and not _SENTENCE_END.search(head)
        and not head.endswith((":", ",", ";", "|", "-", "—", "–"))
        and 1 <= len(words) <= _TITLE_TAIL_WORDS
        and _title_case(text)
        and not text.isupper()
        and not _SENTENCE_END.search(text)
        and not _BY_LINE.match(text)
        and not _KIND_BY_LINE.match(text)
    )


# A headline read as Title Case holds this many words at least (two capitalised words are as
# likely a name or a label).
_MIN_TITLE_WORDS = 5


def _writer_elsewhere(lines: list[str]) -> bool:
    """The capture names its writer on a "By" line of its own ("By Jane Roe"), or names a
    press-release wire alone on a line ("PR Newswire", "JCN Newswire"), whose releases name no
    writer under the headline: either way a name alone under the headline is not the page's
    writer."""
    from archiver.extract.agencies import is_release_service

    return any(_BY_LINE.match(line.strip()) or is_release_service(line.strip()) for line in lines)


def _writer_over_outlet(text: str, after: str) -> bool:
    """`text` is a person's name alone and the line under it a known paper's name ("Jane Roe"
    / "Des Moines Register"): the writer and the paper they write for, one a line."""
    from archiver.extract.bylines import is_agency, is_mononym, looks_like_name
    from archiver.extract.masthead import is_masthead

    if (
        # "Sutrisno" / "The Jakarta Post/ANN": a writer of one name over the paper and the
        # network it came through (Asia News Network's partners, as the Daily Star prints
        # them), the slash and the agency (or its initials) after the paper's name saying so
        len(text.split()) == 1
        and is_mononym(text)
        and (slashed := after.partition("/"))[1]
        and is_masthead(slashed[0].strip())
        and (is_agency(slashed[2].strip()) or re.fullmatch(r"[A-Z]{2,5}", slashed[2].strip()))
    ):
        return True
    return (
        _WRITER_WORDS[0] <= len(text.split()) <= _WRITER_WORDS[1]
        and looks_like_name(text)
        and not is_masthead(text)
        and is_masthead(after)
    )


def _tail_over_byline(head: str, text: str, opens: bool, then: str) -> bool:
    """A Title Case headline as long as the width, its last words under it and a "By" line
    under those ("... Rural Hospitals Are Shutting Down" / "Birthing Units." / "By Jane Roe"):
    the short line reads as a name, but a byline's own line follows it, so it is no byline
    of its own; it is the headline's tail (a page sets no name alone over its byline)."""
    return (
        opens
        # a sentence-case headline's tail is in mixed case ("... as storms pound" /
        # "Northern California"); a line in capitals under it is the place it files from
        # ("... after months of talks" / "LISBON" / "By Jane Roe"), and one word alone is the
        # page's badge ("... under secret deal" / "Exclusive" / "By Jane Roe")
        and (
            _title_case(head)
            or (
                _sentence_wants_more(head)
                and not text.isupper()
                and len(text.split()) >= 2
                # and the tail a place's name, the sentence's object ("Sutter County",
                # "Northern California"); a page's own line over the byline ("Listen Now",
                # "Getty Images", "Climate Desk") names none
                and _place_name(text)
            )
        )
        and _title_case(text)
        and len(text.split()) <= _TAIL_WORDS
        # a stamp under the headline is the page's own line ("2024-02-21 03:14 GMT")
        and not any(c.isdigit() for c in text)
        and _byline_of_its_own(then.strip())
        and _BY_LINE.match(text) is None
    )


def _place_name(text: str) -> bool:
    """`Sutter County`, `Northern California`, `Ohio`: a place the gazetteer knows, a region
    or a county named by its kind's word."""
    from archiver.extract.gazetteer import is_area_name, is_known_place, is_region_name

    name = text.strip().rstrip(".,")
    return is_known_place(name) or is_region_name(name) or is_area_name(name)


def _sentence_wants_more(head: str) -> bool:
    """A headline in a sentence's case broken on a word in lower case with no mark after it
    ("... as storms pound" / "Northern California" / "By Jane Roe"): its sentence goes on
    under it, as a Title Case headline's does (a headline in a sentence's case ends on a
    name only when the name is its own)."""
    words = head.split()
    return len(words) >= 2 and words[-1].isalpha() and words[-1].islower() and not _title_case(head)


def _release_title_tail(head: str, text: str, opens: bool, release: bool) -> bool:
    """A release's Title Case title as long as the width (on a release service's page, "Media
    OutReach Newswire", "Business Wire", or under a release's label, "PRESS RELEASE"), its last
    words under it ("... in Langkawi With 100%" / "Solar-Powered Villas", "... to Modernize
    Small" / "Hydropower Dams"): the short line reads as a name, but a release prints no
    writer under its title (its issuer stands under a label, "News provided by"), so it is the
    title's tail."""
    return (
        opens
        and release
        and _title_case(head)
        and _title_case(text)
        and len(text.split()) <= _TAIL_WORDS
        and not any(c.isdigit() for c in text)
    )


# A broadcaster's or an agency's newsroom by its region: its initials, then the region's words
# ("ABC Southern Queensland", "BBC Scotland", "CBC Manitoba", "ABC Central West").
_NEWSROOM = re.compile(r"[A-Z]{2,5}(?P<region>(?:\s+[A-Z][a-z]+){1,3})")
# A section's label naming its place: "India News", "Kerala News", "New Zealand News".
_PLACE_NEWS = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+News")


def _known_place(words: str) -> bool:
    """The gazetteer knows the place, whole or without a compass word before it."""
    from archiver.extract.gazetteer import is_known_place, is_region

    words = words.strip()
    bare = re.sub(
        r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+", "", words
    )
    return any(is_region(w) or is_known_place(w) for w in {words, bare} if w)


def _newsroom_over_byline(head: str, text: str, then: str) -> bool:
    """`text` names a newsroom by its initials and its region ("ABC Southern Queensland"), a
    byline's own line under it, and the headline above does not stop on a word a sentence
    goes on from ("... talks with" / "NSW Health"): the writer's desk over the byline, a line
    of its own under a headline as long as the width, not the headline's tail. Under a Title
    Case headline ("... Draws" / "NFL Scouts"), only a region the gazetteer knows tells it."""
    m = _NEWSROOM.fullmatch(text.strip())
    if m is None or not _byline_of_its_own(then.strip()):
        return False
    if head.split()[-1].lower() in _CARRY_ON:
        return False
    return not _title_case(head) or _known_place(m.group("region"))


def _paper_over_byline(head: str, text: str, then: str) -> bool:
    """`text` is a known paper's name alone ("Whanganui Chronicle", "Otago Daily Times"), a
    byline's own line under it, under a headline in sentence case that does not stop on a
    word a sentence goes on from: the title the story first ran in, set over the byline as
    a group's sites print it (NZME's, Gannett's), not the headline's tail. A Title Case
    headline's last words may be a paper's ("... Honours Staff of the" / "Daily Times")."""
    from archiver.extract.masthead import is_masthead

    return (
        not _title_case(head)
        and head.split()[-1].lower() not in _CARRY_ON
        and is_masthead(text.strip())
        and _byline_of_its_own(then.strip())
    )


def _place_news_label(head: str, text: str, then: str) -> bool:
    """`text` is a section's label, a place and "News" ("India News"), under a headline that
    does not stop on a word a sentence goes on from: the page's own line under a headline as
    long as the width, not its tail, when the gazetteer knows the place or the byline's desk
    or the page's stamp stands under the label ("Press Trust of India", "Updated: ...")."""
    from archiver.extract.page import is_date_stamp

    m = _PLACE_NEWS.fullmatch(text.strip())
    if m is None or head.split()[-1].lower() in _CARRY_ON:
        return False
    under = then.strip()
    return _known_place(m.group("place")) or (
        bool(under)
        and (
            _agency_alone(under)
            or _agency_and_place(under)
            or is_date_stamp(under)
            or _byline_of_its_own(under)
        )
    )


def _byline_of_its_own(line: str) -> bool:
    """A byline's own line: "By Jane Roe", or a row that opens with the writer's name and goes
    on with the page's items ("Jane Roe | October 3, 2023 | 6:00AM")."""
    from archiver.extract.bylines import looks_like_name

    line = _LINK_MARK.sub("", line)  # a text browser's link numbers: "by [7]Jane Roe"
    if _BY_LINE.match(line):
        return True
    first = _ITEMS.split(line, maxsplit=1)
    return len(first) == 2 and looks_like_name(first[0].strip()) and is_stamp_row(first[1])


def is_stamp_row(items: str) -> bool:
    """The rest of a byline's row holds the page's date stamp ("October 3, 2023 | 6:00AM")."""
    from archiver.extract.page import is_date_stamp

    return any(is_date_stamp(part.strip()) for part in _ITEMS.split(f" {items} "))


# Words that open a sentence and, in a capital, stand inside one only as a name's first word
# ("The Hague", "Every Little Thing"): determiners and pronouns.
_SENTENCE_OPENERS = frozenset(
    "the a an this these those that every each all some many most no our its their his her "
    "my your we they it there here he she i".split()
)


def _new_sentence(head: str, text: str) -> bool:
    """The line below opens a sentence of its own under a line in sentence case that ends no
    sentence: its first word a determiner or a pronoun in a capital, the next word in lower
    case (no name: "The Hague", "The Guardian"). A wrapper's tail goes on with the words of
    the line above's sentence, which carry no capital there; in a headline in Title Case every
    word has one, so such a headline tells nothing."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper():
        return False
    if words[0].lower() not in _SENTENCE_OPENERS or not words[1][:1].islower():
        return False
    if _SENTENCE_END.search(head) or _tail_goes_on(head) or _POSSESSIVE.search(head):
        return False
    return not _title_case(head) and not head.isupper()


def _place_in_capitals_opening(line: str) -> bool:
    """The line opens with a dateline whose place is in capitals ("MUMBAI: ...")."""
    return _opens_story(line, capitals=True)


# A printed page's folio items a wrapper moves down alone: the weekday, the year (after the
# month and day), the page's number, or the year and the page set apart by spaces.
_FOLIO_TAIL = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:1[89]|20)\d\d(?:\s+[A-Z]?\d{1,3})?"
)
# The month and day the folio's year goes on from: "March 26,", "JULY 16,", or the day and
# the month as British, South African and Indian papers print them ("Wednesday 17 April").
_MONTH_NAME = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_DAY_END = re.compile(
    rf"\b(?:{_MONTH_NAME}\.?\s+\d{{1,2}},|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\.?,?)$"
)
_SPACED_ROW = re.compile(r"\S {3,}\S")
# A caption's stop, then its credit after a dash to the line's end: "... this year. —JANE ROE".
_DASHED_CREDIT_END = re.compile(r"[.?!][\"”’']?\s+[—–]\s?\S[^.?!]*$")
# "by October.", "by Monday": a deadline's "by" in small letters, the month or weekday after it
# and then a stop, a comma, a day's number or the line's end ("by Jan-Willem de Vries", "by
# April de Angelis": a writer whose first name is a month's, a particle or a hyphen after it)
_BY_DEADLINE = re.compile(
    rf"by\s+(?:{_MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
    r"(?![-'’]|\s+(?:de|da|van|von|der|del|di|du|la|le|bin|al|ten|ter)\b)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+\d)"
)
# "... Signals Cuts Could Come" / "By Summer", "... Bridge Reopens" / "By Friday": a Title Case
# headline's deadline, "By" in its capital and the season, month, weekday or year alone after
# it to the line's end. A writer is named by two words at least ("By Summer Ortiz"); no byline
# is a month's or a season's word alone.
_TITLE_BY_DEADLINE = re.compile(
    rf"By\s+(?:{_MONTH_NAME}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Spring|Summer|Fall"
    r"|Autumn|Winter|Year-End|Christmas|(?:19|20)\d\d)[.?!]?"
)


def _folio_row_tail(head: str, text: str, width: int) -> bool:
    """The line above is a printed page's folio set out in runs of spaces, as long as a
    wrapped line may be, and the line below its last item alone: the weekday, or the year
    after the month and day the line above ends on."""
    if not _SPACED_ROW.search(head) or len(head) < _MIN_FULL_SHARE * width:
        return False
    if _FOLIO_TAIL.fullmatch(text) is None:
        # "Page 3        The Keswick Reminder" / "Friday 21 June 2024": the folio's whole
        # date moved down, the weekday opening it, when the two read as one running head
        return _DATE_FROM_WEEKDAY.fullmatch(text) is not None and _folio_with(head, text)
    return text[:1].isalpha() or _MONTH_DAY_END.search(head) is not None


# A folio's date opened by its weekday: "Friday 21 June 2024", "FRIDAY, JUNE 21, 2024".
_DATE_FROM_WEEKDAY = re.compile(
    r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}|{_MONTH_NAME}\.?\s+\d{{1,2}}),?\s+(?:19|20)\d\d"
)


def _folio_with(head: str, text: str) -> bool:
    """`head` and `text` read as one are a printed page's running head, `head` alone none."""
    from archiver.extract.pagetops import is_running_head

    return is_running_head(f"{head} {text}") and not is_running_head(head)


def _whole_running_head(line: str) -> bool:
    """`line` is a printed page's running head closed by the page's number ("... TUESDAY,
    NOVEMBER 4, 2025  A7", "4 THE NORTHERN ECHO Friday, October 10, 2025"): nothing of the
    folio is left to move down to the line below."""
    from archiver.extract.pagetops import is_running_head

    words = line.split()
    if len(words) < 2 or not is_running_head(line):
        return False
    # a number by a month's name is the date's day ("12 March 2025 | THE NORTHERN ECHO"), no page
    return any(
        _PAGE_NUMBER_WORD.fullmatch(w) is not None and not _MONTH_WORD.fullmatch(by.strip(".,"))
        for w, by in ((words[0], words[1]), (words[-1], words[-2]))
    )


# A page's number as a folio prints it at either end: "7", "A7", "B12", "3C".
_PAGE_NUMBER_WORD = re.compile(r"[A-Z]?\d{1,3}[A-Z]?")
_MONTH_WORD = re.compile(_MONTH_NAME)


def _running_head_across(head: str, text: str, full: bool, width: int) -> bool:
    """The line and the one under it read as one are a printed page's running head (the
    page, the paper's name, the issue's date) where the line alone is none: the line below
    went on from a full line, or is the folio's last item set apart by a run of spaces."""
    from archiver.extract.pagetops import is_running_head

    if not head.strip() or not text:
        return False
    if not (full or _folio_row_tail(head.strip(), text, width)):
        return False
    return is_running_head(f"{head.strip()} {text}") and not is_running_head(head.strip())


# A list's ranking number alone on its line ("1", "2", "10").
_RANK_NUMBER = re.compile(r"\d{1,2}")
# An outlet's name broken over two lines holds this many words at most.
_OUTLET_WORDS = 4


def _masthead_across(head: str, text: str) -> bool:
    """The line below is one word in a capital that, read after the last words of the line
    above, makes an outlet's name ("... officials tell CBC" / "News"), where the word alone is
    none (a section's "News" in a menu)."""
    from archiver.extract.masthead import is_masthead

    if " " in text or not text[:1].isupper() or is_masthead(text):
        return False
    words = head.split()
    for n in range(1, min(_OUTLET_WORDS, len(words) + 1)):
        last = words[-n:]
        if not all(w[:1].isupper() for w in last):
            return False
        if is_masthead(" ".join([*last, text])):
            return True
    return False


# A stamp's label in two words, the first of which a wrapper may leave at a row's end.
_STAMP_LABEL_PARTS = re.compile(r"(?i:last|first)")


def _stamp_label_across(head: str, text: str) -> bool:
    """The line above is a row of items whose last item is a stamp's first word alone ("... |
    Last"), and the line below the stamp it opens ("Updated: 2 hours ago")."""
    from archiver.extract.page import is_date_stamp

    parts = _ITEMS.split(f"{head} ")
    if len(parts) < 2 or _STAMP_LABEL_PARTS.fullmatch(parts[-1].strip()) is None:
        return False
    return is_date_stamp(f"{parts[-1].strip()} {text}")


# A headline's two sentences: the second is a clause this short at most, set under the first.
_SECOND_SENTENCE_WORDS = 8
# A headline's second sentence in Title Case holds this many words at least (fewer may be a
# label or a name).
_MIN_TITLE_SENTENCE_WORDS = 3
# ... and a deck's last sentence, closed by no stop, this long at most.
_DECK_SENTENCE_WORDS = 20


def _headline_sentences(head: str, text: str, width: int, after: str) -> bool:
    """A headline of two sentences broken at the first one's end (a headline ends on no
    period; a second sentence with none after it is the headline's end): the line above ends
    a sentence on a period, is near the width, the line below is a short clause ending on no
    mark, opens in a capital and is no unit of its own, and what comes under it is the page's
    stamp or byline, not prose (a paragraph's sentence goes on in the next line), or both
    lines are in Title Case."""
    if not head.endswith(".") or len(head) < width - _NEAR or head.isupper():
        return False
    if not text[:1].isupper() or text.isupper() or re.search(r"[?!:;,\"”]$", text):
        return False
    if (
        len(head.split()) >= _MIN_TITLE_WORDS
        and _title_case(head)
        and len(text.split()) >= _MIN_TITLE_SENTENCE_WORDS
        and _title_case(text)
        and len(re.findall(r"[.?!]", text)) <= 1
        and not _unit(text)
    ):
        # "Iowa Let a Grain Elevator Keep Operating After Three Worker Deaths." / "Inspectors
        # Had Flagged It Years Earlier.": a headline's two sentences, each word capitalised
        # as a headline's are (a deck under it is written as a sentence is), whatever stands
        # under them
        return True
    if text.endswith(".") and len(re.findall(r"[.?!]", text)) > 1:
        # "Developers say the math is tough.": a second sentence closed by its period as the
        # first one is (the page stops each of them); a clause of more sentences is a deck
        return False
    # "Across England, tenants now outnumber homeowners in 40 council areas." / "Yet not one
    # party has a plan that matches the scale of the crisis" over the stamp: a deck's last
    # sentence, which the page stops with no period either, may run as long as a deck does
    most = _SECOND_SENTENCE_WORDS if text.endswith(".") else _DECK_SENTENCE_WORDS
    if len(text.split()) > most or _unit(text):
        return False
    from archiver.extract.bylines import looks_like_name

    if _title_case(head) and _title_case(text) and not looks_like_name(text.rstrip(".")):
        # "Hospitals in Three States Quietly Dropped a Charity Care Screening Tool." /
        # "Patients Got the Bills.": both sentences in Title Case, which prose never sets;
        # a headline's, whatever stands under it (its deck)
        return True
    below = after.strip()
    # the writer's name alone under it is the byline's line as well ("Jane Roe" over the
    # page's stamp, as public radio's pages set it); a wire's sign-off in capitals under a
    # story's last paragraph ("PTI SM BAL") is none
    return bool(below) and (
        _byline_of_its_own(below)
        or _stamp_opens(below)
        or (len(below.split()) >= 2 and not below.isupper() and looks_like_name(below))
    )


# The label a page sets over its writer's name ("Author of the article:" on Postmedia's pages).
_BYLINE_LABEL = re.compile(r"(?:Authors?(?: of the (?:article|story))?|Written by|Reporters?):")


def _wire_edition(line: str) -> bool:
    """A wire's name alone, with its edition's word ("dpa international", "AFP")."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.masthead import is_masthead

    if _word_not_wire(line):
        return False  # "... as winds pick" / "up": the word, no agency
    return len(line) <= 40 and (is_wire_source(line) or (is_masthead(line) and line[:1].islower()))


# A record's key in lower case opening its line: "title: ...", "media:credit: ...".
_RECORD_KEY = re.compile(r"^[a-z][a-z0-9_-]{0,20}(?::[a-z][a-z0-9_-]{0,20})?:(?:\s|$)")
# A row's separator left at a full line's end, a space before it: "... Author: Jane Roe ·".
_ROW_SEPARATOR_END = re.compile(r"\s[·•|]\s*$")
# A sentence carried on to the day it names: "on November 11, 2024.", "in March 2025 ...".
_DATE_GOES_ON = re.compile(r"(?:on|in|at|since|until|from)\s+\S")


# Prepositions in small letters that carry a phrase on and open no page's stamp (a stamp may
# open "on", "at", "by": "on March 3, 2026", "by Jane Roe | March 3").
_PREPOSITIONS_GO_ON = frozenset(
    "under over after before with into onto across near against amid for of to about between "
    "through during without within than toward towards behind beyond".split()
)
_WORDS_THEN_DATE = re.compile(
    r"[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3} (?:on|in|at|since|until|from|by)\s+\S"
)
_STAMP_WORD_OPENS = re.compile(
    r"(?i:posted|published|updated|modified|edited|last|first|created)\b"
)


def _words_then_date(line: str) -> bool:
    """The line opens with a sentence's words in lower case that go on to a date after a
    preposition ("waste from April 1"), not with a stamp's own word ("updated on ...")."""
    return _WORDS_THEN_DATE.match(line) is not None and _STAMP_WORD_OPENS.match(line) is None


def _stamp_opens(line: str) -> bool:
    """The line is the page's stamp ("Posted on March 11, 2024 by CalMatters")."""
    from archiver.extract.page import is_date_stamp

    return is_date_stamp(line) or bool(
        re.match(r"(?i:posted|published|updated)(?: on)?:? ", line)
        and re.search(r"\b(?:19|20)\d\d\b", line)
    )


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


# A time of day opening a line: a live page's entry stamp ("9.41am GMT", "10:15 BST").
_CLOCK_START = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s|$)", re.IGNORECASE)
# A page's label set on its own line over the stamp it names.
_STAMP_LABELS = frozenset({"Date", "Published", "Updated", "Posted", "Time", "Dated"})
# A byline's label alone on its line over the writer's name: "Author" / "Jane Roe".
_WRITER_LABELS = frozenset({"Author", "Authors", "Writer", "Written by", "Reporter", "Byline"})


def _is_stamp(line: str) -> bool:
    from archiver.extract.page import is_date_stamp

    return is_date_stamp(line)


def _unit(line: str) -> bool:
    """A line that is a whole unit as it stands: a person's name, a date stamp, a credit,
    a row of the page's items, the page's furniture ("Summary", "Share")."""
    from archiver.extract.bylines import looks_like_name, name_and_title, name_list
    from archiver.extract.chrome import is_chrome_clean
    from archiver.extract.credits import is_credit_line
    from archiver.extract.page import is_date_stamp

    # "PTI |", "Jane Roe |": a byline whose outlet's span the copy left empty
    line = _EMPTY_SPAN.sub("", line) or line
    return (
        looks_like_name(line)
        # "Jane Roe, John Doe": the writers' names, a reader view's byline under the title
        or (("," in line or " and " in line) and len(name_list(line) or []) >= 2)
        or _agency_alone(line)
        or _MEDIA_LABEL.fullmatch(line) is not None
        or _agency_and_place(line)
        or is_date_stamp(line)
        or _name_comma_title(line)
        # "Jane Roe Senior Correspondent": the writer and their title with no comma
        or name_and_title(line) is not None
        or _name_comma_site(line)
        or _name_comma_place(line)
        or _writer_with_wires(line)
        or is_credit_line(line)
        or is_chrome_clean(line)
        or bool(_ITEMS.search(line))
    )


def _name_comma_title(line: str) -> bool:
    """`Jane Roe, Daily Staff Reporter`: a writer's name, a comma and the writer's title, as a
    college paper prints its byline with no "By" (a unit of its own under a headline as long
    as the width, not the headline's tail)."""
    from archiver.extract.bylines import is_title_line, looks_like_name

    name, comma, title = line.partition(", ")
    return bool(comma) and looks_like_name(name) and is_title_line(title)


# A site's web address as pages print it after a writer's name ("LRT.lt", "news.com.au").
_SITE_ADDRESS = re.compile(r"(?:www\.)?[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.[a-z]{2,6}")


def _name_comma_site(line: str) -> bool:
    """`Jane Roe, LRT.lt`: a writer's name, a comma and the site's web address, as public
    broadcasters' English pages print the byline with no "By" (a unit of its own under a
    headline as long as the width, not the headline's tail)."""
    from archiver.extract.bylines import looks_like_name

    name, comma, site = line.partition(", ")
    return bool(comma) and _SITE_ADDRESS.fullmatch(site) is not None and looks_like_name(name)


def _writer_with_wires(line: str) -> bool:
    """`Jane Roe with AFP, dpa`: a writer's name and the wires that fed the story, each a
    known agency, as DW and others print the byline (a unit of its own)."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.bylines import looks_like_name

    name, with_, wires = line.partition(" with ")
    parts = [p.strip() for p in re.split(r",|\band\b", wires)]
    return bool(with_) and looks_like_name(name) and all(p and is_wire_source(p) for p in parts)


def _bracketed_credit_moved_down(head: str, text: str) -> bool:
    """`text` is a photographer's credit in brackets alone ("(JANE ROE)", "(Handout)"), and
    `head` (a full line, see _soft) ends in a word with no stop and holds no credit of its
    own: the caption's last item, moved down whole by the wrapper. An agency alone in
    brackets ("(AFP)") may be a line of its own under a headline, so it tells nothing."""
    from archiver.extract.credits import find_credit

    inner = text[1:-1].strip()
    if not (text.startswith("(") and text.endswith(")") and inner and "(" not in inner):
        return False
    if _agency_alone(inner) or not head[-1:].isalpha() or find_credit(head, in_header=True):
        return False
    # the two read as one end in the credit (a caption's credit as the agencies print it)
    found = find_credit(f"{head} {text}", in_header=True)
    return found is not None and found.credit.strip("() ") == inner


def _credit_in_last_brackets(line: str) -> bool:
    """The line ends in brackets that hold a credit line whole ("(Submitted by Jane Roe)",
    "(Photo by Jane Roe)"), after a sentence's stop."""
    from archiver.extract.credits import is_credit_line

    start = line.rfind("(")
    return (
        start > 0
        and _SENTENCE_END.search(line[:start].rstrip()) is not None
        and is_credit_line(line[start + 1 : -1].strip())
    )


def _name_comma_place(line: str) -> bool:
    """`Jane Roe, Kyiv`: a writer's name, a comma and the place they file from, as
    Ukrinform and others sign a story under its last line (a unit of its own, no tail of the
    line above)."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.gazetteer import is_known_place

    name, comma, place = line.partition(", ")
    return (
        bool(comma)
        and 2 <= len(name.split()) <= _WRITER_WORDS[1]
        and looks_like_name(name)
        and is_known_place(place)
    )


# A bar or a bullet closing a line, the span after it empty.
_EMPTY_SPAN = re.compile(r"\s+[|•·]\s*$")
# A picture's or a player's label alone on its line ("Image", "Video"), as a page sets it over
# its lead picture, or a live page's badge under its headline ("Live", "LIVE"): no headline's
# last word.
_MEDIA_LABEL = re.compile(
    r"(?:Image|Photo|Video|Audio|Listen|Watch|Graphic|IMAGE|PHOTO|VIDEO|AUDIO|LISTEN|WATCH)s?"
    r"|Live|LIVE"
    # a story's badge under its headline: "Exclusive" (Nine's and News Corp's mastheads)
    r"|Exclusive|EXCLUSIVE"
)


# A bar and a space opening a line: the next item of a row broken by the wrapper.
_ROW_GOES_ON = re.compile(r"^\|\s+\S")


def _agency_alone(line: str) -> bool:
    """An agency's or a wire's name alone ("AGENCIES", "AFP", "Reuters"): the byline in its
    place under a headline as long as the width, not the headline's last word."""
    from archiver.extract.bylines import parse_byline

    if len(line.split()) > _AGENCY_WORDS:
        return False
    found = parse_byline(line)
    return found is not None and not found.names


_AGENCY_WORDS = 4
# A place after an agency's name: in brackets, or set apart by two spaces or more.
_PLACE_AFTER = re.compile(r"\s*\([^()]{2,30}\)$|\s{2,}\S.{0,30}$")


def _agency_and_place(line: str) -> bool:
    """A news agency's name spelt out, alone or with the place it files from ("Press Trust of
    India  Mumbai", "Algerie Presse Service (Algiers)"): the byline's line under a headline as
    long as the width, not the headline's tail."""
    from archiver.extract.agencies import is_wire_source

    return len(line) <= 60 and is_wire_source(_PLACE_AFTER.sub("", line.strip()))


# Items of a page's row set apart: "Jane Roe · CBC News · Posted ...", "Jane Roe / TNN".
_ITEMS = re.compile(r"\s[·|•/]\s")


# Words a line does not end on unless the sentence goes on ("... at the site on" / "Monday").
# "says"/"said" want the speaker after them ("... bites, says" / "Jane Roe").
_CARRY_ON = frozenset(
    "a an the of to in on at for from with and or but by as into over under after before than "
    "that which who whose its their his her our your this these those one since until about "
    "between against through during without within across near amid via per is are was were "
    "has have had will would can could not several many some all both each every more most "
    "other such any few says said".split()
)


# Where a caption places the people in its picture: "(R)", "(L)", "(C)", "(2nd L)", "(3rd
# from R)", "(front)" (Kyodo, Xinhua, Yonhap, Reuters, AFP and others print them so).
CAPTION_POSITION = re.compile(
    r"\((?:R|L|C|[1-9](?:st|nd|rd|th)\s(?:from\s)?[LR]|L\s?to\s?R|front|centre|center)\)"
)
# How far into the line the mark must stand: in the caption's first words, by a name.
CAPTION_POSITION_REACH = 60


def carries_on(above: str, below: str) -> bool:
    """The line below carries on the one above: it starts in lower case or with a closing
    mark, the line above ends on a comma, a hyphen or a small word, or leaves a bracket open
    ("(AP Photo/Jane" / "Doe)"). A line in capitals or a digit after a line that ends on a
    whole word may be a unit of its own: a headline as long as the width over its byline
    ("... every monsoon" / "Vijay V Kamble / TNN"), its deck, the page's stamp."""
    first = below[:1]
    return (
        first.islower()
        or first in ")]},;:.%"
        or _tail_goes_on(above)
        # "... is seen on Oct." / "22, 2026.": a month's abbreviation ends no sentence when
        # its day opens the next line
        or (_MONTH_ABBR_END.search(above.rstrip()) is not None and bool(_DAY_OPENS.match(below)))
        or _amount_across(above, below)
    )


def _link_moved_down(above: str, below: str, width: int) -> bool:
    """A link too long for the rest of a line that goes on, moved down whole by the wrapper
    ('... 22 Feb. 2024, p. A3. Gale' / 'General OneFile,' / 'link.gale.com/apps/doc/...'): a
    citation's last item after its comma. The line above is short, as the wrapper left it,
    but it ends where its sentence cannot (a comma, a small word) and the link would not
    have fitted on it, so the break is the wrapper's (a line that ends a unit stands over a
    link of its own: see _soft)."""
    text = below.strip()
    return (
        " " not in text
        and ("://" in text or text.startswith("www.") or len(text) > width // 2)
        and " " in above.strip()
        and _tail_goes_on(above)
        and len(above.rstrip()) + 1 + len(text) > width
        and _indent(below) <= _indent(above)
    )


def _amount_across(above: str, below: str) -> bool:
    """An amount broken by the wrapper between its figure and its magnitude word ("... in
    $410" / "Million Deal", "... to 2.5" / "billion people"): no writer and no page opens a
    line with a figure's magnitude, so the line above goes on, headline or sentence."""
    figure = _FIGURE_END.search(above.rstrip())
    return (
        figure is not None
        # "... since 2019" / "Billion-dollar bet ...": a year is no amount
        and _YEAR.fullmatch(figure.group().strip()) is None
        and bool(_MAGNITUDE_OPENS.match(below))
    )


# A figure ending a line ("$410", "2.5", "€1,200") and a magnitude word opening the next one
# ("Million Deal", "billion", "Bn", "crore"): the one amount, whatever the case.
_FIGURE_END = re.compile(r"(?:^|\s)[$€£¥₹]?\d(?:[\d,.]*\d)?$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MAGNITUDE_OPENS = re.compile(r"(?i:million|billion|trillion|bn|mn|crore|lakh)\b")


# AP style's abbreviated months with their stop, at a line's end; a day of the month opening
# the next line ("22, 2026.", "3 at the earliest").
_MONTH_ABBR_END = re.compile(r"\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$")
_DAY_OPENS = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:,|\s|\.?$)")


def _tail_goes_on(above: str) -> bool:
    """The line ends on a comma, a hyphen, a bar, a copyright sign or a small word, or leaves a
    bracket open."""
    tail = above.rstrip()
    if tail.endswith((",", "-", "–", "—", "/", "&", "|", "©")):
        # ("... since late June ©" / "Bloomberg": a copyright sign wants its holder after it)
        return True
    if tail.count("(") > tail.count(")") or tail.count("[") > tail.count("]"):
        return True
    if _TITLE_END.search(tail):
        return True  # "... and The Rt Hon" / "Jane Roe MP": a title wants its holder's name
    return tail.rsplit(None, 1)[-1].lower() in _CARRY_ON


# A title that goes before a person's name, at a line's end ("... and The Rt Hon", "... said
# Dr"): the name comes on the next line (in capitals, as written; with no stop, which
# "Dr." or "Hon." may take at a sentence's end too).
_TITLE_END = re.compile(r"(?:^|\s)(?:Rt\.? Hon|Hon|Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Rev)$")


# A release's contact block between its label and its title holds this many fields at most
# ("Date:", "Contact:", "Phone:", "Email:", "Web:").
_RELEASE_FIELDS = 6


def unwrap(raw_lines: list[str]) -> Unwrapped | None:
    """The capture's logical lines, or None when it is not hard-wrapped (or nothing joins)."""
    from archiver.extract.agencies import is_release_service
    from archiver.extract.page import is_date_stamp
    from archiver.extract.pagetops import is_release_label

    lines = [line.rstrip() for line in raw_lines]
    width = _wrap_width(lines)
    if width is None:
        return None
    out: list[str] = []
    spans: list[range] = []
    indents: list[tuple[int, ...]] = []
    site = _site_name(lines)
    service = bool(site) and is_release_service(site)
    elsewhere = _writer_elsewhere(lines)
    printed = " ".join(line.strip() for line in lines if line.strip())
    i = 0
    while i < len(lines):
        j = i + 1
        # a release service's page, or a release's label ("PRESS RELEASE") right over the line
        over = list(
            islice(
                (lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()),
                _RELEASE_FIELDS + 2,
            )
        )
        # ... past the release's contact fields under its label ("FOR IMMEDIATE RELEASE" /
        # "Contact: Sgt. Jane Roe, Public Information Officer" / "Phone: ..." / the title), as
        # sheriff's offices, councils and firms set their releases
        fields = next(
            (n for n, x in enumerate(over[: _RELEASE_FIELDS + 1]) if not _FIELD.match(x)),
            len(over),
        )
        if fields and fields < len(over) and is_release_label(over[fields]):
            over = over[fields:]
        over = over[:2]
        # ... or over the release's date under its label ("FOR IMMEDIATE RELEASE" / "October
        # 30, 2024" / the title), as agencies' and offices' releases set them
        release = (
            service
            or (bool(over) and is_release_label(over[0]))
            or (len(over) == 2 and is_date_stamp(over[0]) and is_release_label(over[1]))
        )
        while j < len(lines) and lines[j - 1].strip() and lines[j].strip():
            then = lines[j + 1] if j + 1 < len(lines) else ""
            # the first line with text under this one, past one blank line
            after = then if then.strip() or j + 2 >= len(lines) else lines[j + 2]
            if j - 1 == i and _label_again(lines, i, lines[j], then, width):
                break
            if not _soft(
                lines[j - 1],
                lines[j],
                j - 1 == i,
                width,
                then,
                after,
                site,
                release,
                elsewhere,
                printed,
            ):
                break
            j += 1
        if j - i == 1:
            out.append(raw_lines[i])
        else:
            out.append(_rejoined(lines, i, j))
        spans.append(range(i, j))
        indents.append(tuple(_indent(lines[k]) for k in range(i, j)))
        i = j
    if len(out) == len(raw_lines):
        return None
    return Unwrapped(out, spans, width, indents)


# The spacing that keeps a menu row's items apart, kept where the wrapper broke the row.
_ROW_SPACING = "   "


def _rejoined(lines: list[str], i: int, j: int) -> str:
    """Written lines i..j-1 as one logical line: joined by a space, or by the row's own run
    of spaces after a menu row whose items the page's spacing sets apart
    (masthead.is_spaced_row): the wrapper dropped that run with the break, and a space alone
    would run the row's last item and the next one together into one ("Lifestyle & Health
    Policy & Public Interest")."""
    from archiver.extract.masthead import is_spaced_row

    parts = [lines[i]]
    for k in range(i + 1, j):
        parts.append(_ROW_SPACING if is_spaced_row(lines[k - 1]) else " ")
        parts.append(lines[k].strip())
    return "".join(parts)


# A capture with every line break doubled has at least this many lines, and this many of its
# blank lines were blank lines before (three in a row now).
_DOUBLED_MIN_LINES = 8
_DOUBLED_MIN_GAPS = 2


def _undouble(raw_lines: list[str]) -> list[int] | None:
    """The lines kept when every line break was doubled: every line at an odd index is blank,
    and some at an even index are (the blank lines that were there before; a page whose
    one-line paragraphs are set apart by single blank lines has none there)."""
    if len(raw_lines) < _DOUBLED_MIN_LINES:
        return None
    if any(raw_lines[i].strip() for i in range(1, len(raw_lines), 2)):
        return None
    kept = list(range(0, len(raw_lines), 2))
    inner = [i for i in kept if 0 < i < len(raw_lines) - 1]
    if sum(not raw_lines[i].strip() for i in inner) >= _DOUBLED_MIN_GAPS:
        return kept
    # Few blank lines were there before (a column of OCR, copy with no blank line between
    # its paragraphs): the lines kept apart break sentences, as a page's paragraphs set apart
    # by blank lines do not ("seriously de-" / "layed to-day", "... at" / "the port").
    texts = [raw_lines[i].strip() for i in kept]
    pairs = [(a, b) for a, b in zip(texts, texts[1:], strict=False) if a and b]
    broken = sum(_BROKEN_WORD.search(a) is not None and b[:1].islower() for a, b in pairs)
    lower = sum(b[:1].islower() for _, b in pairs)
    # ... a word going on in lower case under a line that stops mid-phrase ("School board" /
    # "weighs later start"), not a page's own lower-case line under a whole one: a web
    # address or e-mail under a site's name or a byline, "iPhone" or "eBay" opening a
    # paragraph under a whole sentence (a page writing one paragraph a line, set apart by
    # blank lines, would lose its paragraphs)
    going_on = sum(
        _MID_PHRASE.search(a) is not None and _LOWER_WORD.match(b) is not None for a, b in pairs
    )
    if (
        broken >= _DOUBLED_MIN_BROKEN
        or lower >= _DOUBLED_MIN_LOWER
        or going_on >= _DOUBLED_MIN_GOING_ON
    ):
        return kept
    # ... or the lines kept apart, read single, are a hard-wrapped capture by their own
    # lengths (many full at one width, breaking sentences): a wrapper's lines, each set apart
    # by the copy, where a page's paragraphs set apart by blank lines keep no width
    if _wrap_width(texts) is not None:
        return kept
    return None


# ... or, with fewer such gaps, this many words broken over two lines set apart, or this many
# lines set apart opening in lower case, or this many lines set apart going on in a lower-case
# word under a line that stops mid-phrase (two: a narrow column's headline, "School board" /
# "weighs later start" / "times for teens", each piece set apart; a page's paragraphs set
# apart by blank lines end in a stop, its addresses and "iPhone" are no plain word).
_DOUBLED_MIN_BROKEN = 2
_DOUBLED_MIN_LOWER = 4
_DOUBLED_MIN_GOING_ON = 2
# a line that stops mid-phrase (no stop, comma, colon or quote at its end) ...
_MID_PHRASE = re.compile(r"[A-Za-z]$")
# ... and a plain lower-case word opening the next: "weighs", not "iPhone", "ebay.com", "a@b"
_LOWER_WORD = re.compile(r"[a-z]+(?:\s|$)")
_BROKEN_WORD = re.compile(r"[a-z]-$")


# An abbreviation in brackets and a sentence's next word in lower case: "(FAO) today warned".
_ABBREVIATION_GOES_ON = re.compile(r"\([A-Z][A-Z0-9&.-]{1,9}\)\s+[a-z]")


# A tail a second wrapper cut from an indented line holds this many characters at most (the
# first wrapper's width less the second's, and the word that crossed it).
_TAIL_CHARS = 24
# A capture wrapped twice shows this many such tails at least.
_MIN_TAILS = 3


def _retail(lines: list[str]) -> list[list[int]] | None:
    """A capture wrapped twice: a text browser's dump, its lines indented and as long as its
    width (76 or 78), wrapped again narrower by a mail program or an editor, which leaves each
    long line's last word or two on a line of its own at the margin ("   ... district" /
    "of" / "   Nuku'alofa, destroyed ..."). The groups of written lines that were one line of
    the dump (an indented line and its tail), or None when there are too few such tails to
    tell (a short line at the margin under an indented one may be anything)."""
    width = _width([line.rstrip() for line in lines])
    if width is None:
        return None
    # A line counted as a tail below passes _may_be_tail (which leaves out only the test of
    # the group above it): with fewer such lines than _MIN_TAILS the answer is None whatever
    # the groups, and the margin lines' wrapper readings (_soft, a few credit and dateline
    # grammars a line) are not asked for. Most captures have no indented line at all.
    may_tail = [n for n in range(1, len(lines)) if _may_be_tail(lines, n, width)]
    if len(may_tail) < _MIN_TAILS:
        return None
    tail_at = set(may_tail)
    groups: list[list[int]] = []
    tails = 0
    for n in range(len(lines)):
        if groups and n in tail_at and len(groups[-1]) == 1:
            groups[-1].append(n)
            tails += 1
        elif _margin_goes_on(lines, groups, n, width):
            # a line the dump set at the margin (a heading: "Deputies search for man who
            # cut ... at" / "Hudson shop") the second wrapper broke at its own width, which
            # the lines put back together are longer than
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups if tails >= _MIN_TAILS else None


def _may_be_tail(lines: list[str], n: int, width: int) -> bool:
    """Line n may be a tail the second wrapper cut from the indented line above it (all that
    _retail asks of a tail but that the line above be its group's only line): short, at the
    margin, under a filled indented line, and followed by the end, a blank line or a line
    indented as that one."""
    text = lines[n].rstrip()
    return bool(
        text.strip()
        and _indent(text) == 0
        and len(text) <= _TAIL_CHARS
        and (above := lines[n - 1].rstrip())
        and _indent(above) > 0
        and _full(above, text, width)
        and (
            n + 1 == len(lines)
            or not lines[n + 1].strip()
            or _indent(lines[n + 1]) == _indent(above)
        )
    )


def _margin_goes_on(lines: list[str], groups: list[list[int]], n: int, width: int) -> bool:
    """The line at the margin carries on the group of lines at the margin above it (each
    written line of the group unindented, the last one right above) by the wrapper's own
    reading of a break (see _soft)."""
    text = lines[n].rstrip()
    if not groups or not text.strip() or _indent(text) or groups[-1][-1] != n - 1:
        return False
    # Every line of the group at the margin with text is its first line's test alone: a group
    # grows only by a line with text at the margin (here) or by a tail under an indented first
    # line (in _retail), so it holds an indented or blank line only when its first line is one.
    # (Asking each of its lines made a dump of thousands of margin lines cost their square.)
    first = lines[groups[-1][0]]
    if _indent(first) or not first.strip():
        return False
    above = lines[n - 1].rstrip()
    then = lines[n + 1].rstrip() if n + 1 < len(lines) else ""
    after = then if then.strip() or n + 2 >= len(lines) else lines[n + 2].rstrip()
    return _soft(above, text, len(groups[-1]) == 1, width, then, after)


def read_undoubled(raw_lines: list[str]) -> Unwrapped | None:
    """The capture's lines with line breaks doubled made single again, and nothing else
    joined (a capture whose reader joins its own column's lines, an archive's OCR); None when
    the breaks were not doubled."""
    kept = _undouble(raw_lines)
    if kept is None:
        return None
    return Unwrapped(
        [raw_lines[i] for i in kept],
        [range(i, i + 1) for i in kept],
        0,
        [(_indent(raw_lines[i]),) for i in kept],
    )


def read_as_written(raw_lines: list[str]) -> Unwrapped | None:
    """The capture's lines as written: line breaks doubled made single again, tails of a
    second wrapping put back, then hard-wrapped lines joined; None when none applies."""
    kept = _undouble(raw_lines)
    base_idx = kept if kept is not None else list(range(len(raw_lines)))
    base = [raw_lines[i] for i in base_idx]
    groups = _retail(base)
    if groups is not None:
        # each group of written lines read as the one line of the first wrapping
        base = [" ".join([base[g[0]].rstrip(), *(base[k].strip() for k in g[1:])]) for g in groups]
        firsts = [base_idx[g[0]] for g in groups]
        lasts = [base_idx[g[-1]] for g in groups]
    else:
        firsts = lasts = base_idx
    found = unwrap(base)
    if found is None and (closed := _bracket_tails(base)) is not None:
        # too few wrapped lines to tell the capture wrapped, but a caption's credit cut in two
        # inside its brackets ("... on Tuesday. (ABC" / "News: Jane Roe)"): those put back
        joined = [
            " ".join(base[k].strip() if n else base[k].rstrip() for n, k in enumerate(g))
            for g in closed
        ]
        return Unwrapped(
            joined,
            [range(firsts[g[0]], lasts[g[-1]] + 1) for g in closed],
            0,
            [tuple(_indent(base[k]) for k in g) for g in closed],
        )
    if found is None:
        if kept is None and groups is None:
            return None
        return Unwrapped(
            base,
            [range(firsts[i], lasts[i] + 1) for i in range(len(base))],
            0,
            [(_indent(line),) for line in base],
        )
    spans = [range(firsts[span[0]], lasts[span[-1]] + 1) for span in found.spans]
    return Unwrapped(found.raw_lines, spans, found.width, found.indents)


# An archive's citation, a database's fields and a mail's header stand in the capture's first
# lines: a line of theirs a wrapper broke is looked for this far down.
_HEAD_LINES = 16
# The widths a wrapper may have used: text browsers, mail programs, "save as text".
_WRAP_MIN = 60
_WRAP_MAX = 80
# A line of the head broken over this many lines at most (a citation with its link).
_HEAD_PARTS = 4


# A line a wrapper filled, its last words a bracket it opened: "... in Manchester (PA".
_OPEN_BRACKET_TAIL = re.compile(r"\((?P<inner>[^()]{1,25})$")
# The bracket's rest alone on the next line, closing it: "Wire)", "News: Jane Roe)".
_BRACKET_CLOSE = re.compile(r"[^()]{1,40}\)\.?")
# A line the wrapper broke is this long at least (a browser's line of its own may be short).
_FILLED_CHARS = 50


def _credit_rest(above: str, below: str) -> bool:
    """The line ends in a credit's label and the first words of its name ("... to cut
    costsImage: Christoph", "... | Photo Credit: B. JOTHI", "... beach(Image: Cornwall Seal
    Group Research"), and the line below is the credit's rest and nothing more ("Soeder/dpa/
    picture alliance", "RAMALINGAM", "Trust)"): a page's copy never breaks a credit inside
    its name, a wrapper filling its lines does."""
    from archiver.extract.bylines import is_beat_title, looks_like_name
    from archiver.extract.credits import find_credit

    if (
        # "... Credit: Alamy" / "Martin Ashby", "... Credit: Jane Roe/The Texas Tribune" / "by
        # John Doe": a whole name or a byline under a whole credit is the writer's own line;
        # "... Photo Credit: K. ROE" / "Related stories", "Watch: ...": the page's heading or
        # a label. A credit's rest is a name's last words in capitals, or slashed
        looks_like_name(below)
        or _BY_LINE.match(below)
        or _FIELD.match(below)
        or not ("/" in below or all(w.lstrip("([")[:1].isupper() for w in below.split()))
    ):
        return False
    if (
        # "... PHOTO: REUTERS" / "KYIV, Ukraine", "... Photo: AP" / "Stocks Rally As Fed
        # Signals Rate Cut", "... Credit: John Smith" / "Senior Health Correspondent",
        # "... Picture: Jane Roe PA" / "Related Articles": a dateline, a teaser, the writer's
        # title or the page's heading under the caption; a credit's rest is a few words with
        # no comma (a slashed one may run longer)
        "," in below
        or ("/" not in below and len(below.split()) > _CREDIT_REST_WORDS)
        or len(below.split()) > _SLASHED_REST_WORDS
        or is_beat_title(below)
        or _REST_HEADING.match(below) is not None
    ):
        return False
    if not _CREDIT_OPEN.search(above):
        # asked before the credit grammar (the answer is False either way): every full line
        # of a long page of captions comes here
        return False
    alone = find_credit(above, in_header=True)
    if alone is not None and _whole_credit(alone.credit, below):
        return False
    if not _credit_across(above, below):
        return False
    found = find_credit(f"{above} {below}", in_header=True)
    return found is not None and below.rstrip(" .)]").endswith(found.credit.split()[-1])


# A credit's rest on the line under its label holds this many words at most, unless slashed.
_CREDIT_REST_WORDS = 3
# ... and a slashed rest this many ("Voss-Hartung/dpa/picture alliance", "Roe/The Texas
# Tribune"): a longer line is a caption of its own (a gallery's "2 of 40 | ... Photo by Jane
# Roe/UPI"), which the credit grammar need not be asked about, a line at a time, for a page
_SLASHED_REST_WORDS = 6
# The page's headings and labels that stand under a caption: "Related Articles", "Latest".
_REST_HEADING = re.compile(
    r"(?i:related|latest|read|more|most|top|trending|recommended|watch|listen|see|also"
    r"|advertisement|sponsored|popular|share)\b"
)


def _whole_credit(credit: str, below: str) -> bool:
    """The credit the line above holds alone is whole: a wire's or agency's name ("AFP",
    "REUTERS"), a name closed by one ("Jane Roe PA"), or a person's whole name ("John
    Smith"), whose rest may be one more word of the name in its case ("B. JOTHI" /
    "RAMALINGAM") and nothing longer. "Getty" / "Images" and "Marlene" / "Voss-Hartung/dpa/
    ..." are cut."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.bylines import looks_like_name

    words = credit.split()
    if not words:
        return False
    if is_wire_source(credit) or (len(words) > 1 and is_wire_source(words[-1])):
        return True
    return (
        len(words) > 1
        and looks_like_name(credit)
        and not (len(below.split()) == 1 and below.isupper() == credit.isupper())
    )


def _bracket_tails(lines: list[str]) -> list[list[int]] | None:
    """The groups of written lines that were one, where a long line ends inside brackets it
    opened, the next line closing them ("Angela Roe at a rally in Leeds (PA" / "Wire)"): a
    page's copy never breaks a line inside brackets, a wrapper filling its lines does (a
    capture the unwrapper could not tell wrapped, its other lines short); so where a full line
    ends in a credit cut inside its name (see _credit_rest). None when no line ends so."""
    groups: list[list[int]] = []
    found = False
    # a credit cut inside its name is the wrapper's only where the line above is full at the
    # capture's widest line (the next line's first word would not have fitted), a width a
    # wrapper uses (a page's paragraphs written one a line pass it)
    widest = _width([line.rstrip() for line in lines]) or 0
    # each line's count in the capture, counted once: counting for each candidate line made a
    # long page of captions quadratic
    printed = Counter(x.strip() for x in lines)
    for n, line in enumerate(lines):
        if (
            groups
            and len(groups[-1]) == 1
            and len(above := lines[groups[-1][0]].rstrip()) >= _FILLED_CHARS
            and (
                (
                    _BRACKET_CLOSE.fullmatch(line.strip()) is not None
                    and (m := _OPEN_BRACKET_TAIL.search(above)) is not None
                    and len(m.group("inner").split()) <= 3
                )
                or (
                    widest > 0
                    and _full(above, line, widest)
                    # "... PICTURE: Jane Roe" / "Oman Observer": a line the capture prints on
                    # its own elsewhere too (the paper's name) is no credit's rest
                    and printed[line.strip()] == 1
                    and _credit_rest(above.strip(), line.strip())
                )
            )
        ):
            groups[-1].append(n)
            found = True
        else:
            groups.append([n])
    return groups if found else None


def rejoin_head(
    written: list[str],
    read: Unwrapped | None,
    owned: Callable[[list[str]], tuple[bool, list[bool]]],
) -> Unwrapped | None:
    """The capture's head with the lines a wrapper broke read whole again, where the capture's
    own reader then knows more of them, or None when no join tells it more.

    A capture whose story is a narrow column (an archive's OCR, old wire copy) is no wrapped
    capture by its lines' lengths, yet a wrapper at 60 to 80 columns still breaks its few long
    lines: the archive's citation ('"THE OMNIBUS STRIKE." Pall Mall Gazette, 8 June 1891,
    p. 7. British' / 'Library Newspapers,' / 'link.gale.com/...'), a database's citation, a
    mail's "Subject:". Such a line is no unit on its own, and its parts need not carry a
    sentence on, so the break tells nothing by itself; what tells it is the reader of the
    capture's header (captures.py, databases.py): a break is a wrapper's when the line above
    is full (the next line's first word would not have fitted at the width the capture's
    lines show) and the capture read with the lines joined is recognised where it was not, or
    has more of its written lines taken as the wrapper's own (`owned` gives whether the
    capture is recognised and which logical lines are its own)."""
    lines = list(read.raw_lines) if read else list(written)
    spans = list(read.spans) if read else [range(i, i + 1) for i in range(len(written))]
    indents: list[tuple[int, ...]] = (
        list(read.indents) if read else [(_indent(line),) for line in written]
    )
    stripped = [line.rstrip() for line in written]
    width = max(
        _WRAP_MIN,
        max((len(x) for x in stripped if " " in x.strip() and len(x) <= _WRAP_MAX), default=0),
    )

    def broken(k: int) -> bool:
        above = stripped[spans[k][-1]]
        below = lines[k + 1].strip()
        if not above.strip() or not below or len(above) > _WRAP_MAX:
            return False
        if (" " in below and len(stripped[spans[k + 1][0]]) > _WRAP_MAX) or not any(
            c.isalnum() for c in below
        ):
            # a line longer than any wrapper's (a paragraph written on one line) is no part
            # of a wrapped one; a rule under a line is the rule it is
            return False
        return len(above) + 1 + len(below.split(None, 1)[0]) > width

    def score(trial: list[str], trial_spans: list[range]) -> tuple[bool, int, list[bool]]:
        known, own = owned(trial)
        # written lines with text only: a capture read with its breaks undoubled counts its
        # blank lines in its logical lines' spans
        count = sum(
            sum(1 for n in span if stripped[n].strip())
            for span, mine in zip(trial_spans, own, strict=True)
            if mine
        )
        return known, count, own

    known, count, own = score(lines, spans)
    joined = False
    k = 0
    while k < min(len(lines) - 1, _HEAD_LINES):
        if not own[k] and _running_head_across(
            lines[k].rstrip(), lines[k + 1].strip(), broken(k), width
        ):
            # "14        OTAGO DAILY TIMES, March 26," / "2024", "PAGE 2        THE DAILY
            # GLEANER" / "WEDNESDAY": the printed page's running head, which the page's
            # furniture rules know whole (pagetops.py), its last item moved down
            lines[k : k + 2] = [f"{lines[k].rstrip()} {lines[k + 1].strip()}"]
            spans[k : k + 2] = [range(spans[k][0], spans[k + 1][-1] + 1)]
            indents[k : k + 2] = [indents[k] + indents[k + 1]]
            known, count, own = score(lines, spans)
            joined = True
        n = 0
        while k + n < len(lines) - 1 and n < _HEAD_PARTS - 1 and broken(k + n):
            n += 1
        best: tuple[bool, int, list[bool], list[str], list[range], int] | None = None
        for parts in range(2, n + 2):
            if own[k]:
                break  # the reader knows the line as it stands: what follows is no part of it
            trial = [
                *lines[:k],
                " ".join([lines[k].rstrip(), *(lines[m].strip() for m in range(k + 1, k + parts))]),
                *lines[k + parts :],
            ]
            trial_spans = [
                *spans[:k],
                range(spans[k][0], spans[k + parts - 1][-1] + 1),
                *spans[k + parts :],
            ]
            got_known, got_count, got_own = score(trial, trial_spans)
            # the joined line is the reader's own where its first part was not, and the
            # reader knows more of the capture than before
            # (the longest join that tells the most: a citation's link and its "Accessed"
            # date under it are the citation's too)
            if got_own[k] and (got_known, got_count) > (
                (best[0], best[1]) if best else (known, count)
            ):
                best = (got_known, got_count, got_own, trial, trial_spans, parts)
        if best is not None:
            known, count, own, lines, spans, parts = best
            indents = [
                *indents[:k],
                tuple(x for t in indents[k : k + parts] for x in t),
                *indents[k + parts :],
            ]
            joined = True
        k += 1
    if not joined:
        return None
    return Unwrapped(lines, spans, read.width if read else width, indents)


# The most lines a headline the page's title names is broken over (a printout's column).
_TITLED_PARTS = 3
# The marks a browser's print header ends a title it cut short with.
_CUT_TITLE = re.compile(r"\s*(?:\.{3}|…)$")


def _titled_run(run: list[str], titles: set[str]) -> bool:
    """The lines of `run` read as one are a title of `titles`, or begin with one that reaches
    into the run's last line: a print header cuts a long title short ("... now to 2029,
    ministry a..."), and a capture's wrapper may break the header itself."""
    texts = [" ".join(x.split()) for x in run]
    joined = " ".join(texts)
    before_last = len(" ".join(texts[:-1]))
    return any(joined == t or (joined.startswith(t) and len(t) > before_last + 1) for t in titles)


def join_titled_head(
    written: list[str], read: Unwrapped | None, titles: set[str]
) -> Unwrapped | None:
    """The capture's head with the headline the page's title names read as one line again, or
    None when no run of lines makes it. A page printed from a browser breaks a long headline
    at the sheet's width ("Tel Aviv light rail's Purple Line delayed again," / "now to 2029,
    ministry admits"), at no width its other lines show; the browser's print header gives the
    page's title over the sheet, so the lines whose words are the title's, and no one of them
    alone, are the headline's (a blank line between them where the copy sets every line
    apart)."""
    lines = list(read.raw_lines) if read else list(written)
    spans = list(read.spans) if read else [range(i, i + 1) for i in range(len(written))]
    indents: list[tuple[int, ...]] = (
        list(read.indents) if read else [(_indent(line),) for line in written]
    )
    wanted = {_CUT_TITLE.sub("", " ".join(t.split())) for t in titles if t and t.strip()}
    wanted.discard("")
    for k in range(min(len(lines), _HEAD_LINES * 3)):
        if not lines[k].strip() or " ".join(lines[k].split()) in wanted:
            continue
        # the lines with text from k on, a blank line at most between two of them
        at = [k]
        j = k + 1
        while len(at) < _TITLED_PARTS and j < len(lines):
            if lines[j].strip():
                at.append(j)
                j += 1
            elif j + 1 < len(lines) and lines[j + 1].strip() and lines[j - 1].strip():
                j += 1
            else:
                break
        for parts in range(2, len(at) + 1):
            run = [lines[m] for m in at[:parts]]
            if " ".join(run[-1].split()) in wanted:
                break
            if _titled_run(run, wanted):
                last = at[parts - 1]
                lines[k : last + 1] = [" ".join([run[0].rstrip(), *(x.strip() for x in run[1:])])]
                spans[k : last + 1] = [range(spans[k][0], spans[last][-1] + 1)]
                indents[k : last + 1] = [tuple(x for t in indents[k : last + 1] for x in t)]
                return Unwrapped(lines, spans, read.width if read else 0, indents)
    return None
