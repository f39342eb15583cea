"""A web archive's or a search engine's cache bar over a captured page.

Pages copied out of the Wayback Machine, archive.today or Google's cache carry the archive's
own header over the page: the Wayback toolbar ("Wayback Machine" / the page's address / "Go" /
"214 captures" / "12 Mar 2004 - 9 Jan 2016" / its calendar / "About this capture", then its
"COLLECTED BY" ... "TIMESTAMPS" panel), its one-line print form ("The Wayback Machine -
http://web.archive.org/web/2002.../..."), archive.today's panel ("archive.today" / "webpage
capture" / "Saved from" / the address / its time stamp / "All snapshots from host ..."), and
Google's cache notice ("This is Google's cache of URL. It is a snapshot of the page as it
appeared on DATE ..." / "Text-only version" / "These search terms are highlighted: ..."), and
a national library's banner ("UK Web Archive" / "This is an archived website. ..." / "Archived
on DATE · URL" / "Back to UK Web Archive | Calendar | Help").

None of it is the page's: the capture's dates are no story's date, its counts and calendar are
no dateline and its notice is no first paragraph. Each bar is recognised by its opening line
AND a second mark of its own below it, never by one word; its lines are then read as blank
lines, so the page under it is read as if it had been copied from the live site.
"""

from __future__ import annotations

import re

# --- the Wayback Machine ----------------------------------------------------------------
_WAYBACK_TOP = re.compile(r"^(?:INTERNET ARCHIVE\s*)?(?:Wayback Machine)?$", re.IGNORECASE)
# The print form: the bar is one line naming the archived address.
_WAYBACK_LINE = re.compile(
    r"^(?:The )?Wayback Machine\s*[-–—:]\s*https?://web\.archive\.org/web/\S+$", re.IGNORECASE
)
# The toolbar's own marks under its top line: the capture count, the calendar's pager.
_WAYBACK_MARK = re.compile(
    r"^(?:\d[\d,]*\s+captures?|(?:Previous|Next) capture\b.*|About this capture)$",
    re.IGNORECASE,
)
_MONTH = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_RANGE_DATE = r"\d{1,2} [A-Z][a-z]{2} \d{2,4}"
# Any line of the toolbar, in the order the versions of the Wayback Machine printed them.
_TOOLBAR_LINE = re.compile(
    r"^(?:https?://\S+|\S+\.\S+/\S*|Go|Close|Help|About this capture|INTERNET ARCHIVE|"
    r"Wayback Machine|success|fail|\d[\d,]*\s+captures?|"
    rf"{_RANGE_DATE}\s*[-–]\s*{_RANGE_DATE}|"
    rf"(?:{_MONTH}\s*){{1,3}}|(?:(?:19|20)\d\d\s*){{1,3}}|\d{{1,2}}|"
    r"(?:Previous capture\s*)?\d{0,2}\s*(?:Next capture)?)$",
    re.IGNORECASE,
)
# The toolbar is this many lines at most (address, count, range, calendar rows, pager).
_WAYBACK_LINES = 20
# The "COLLECTED BY" panel under it: the crawl's organisation and collection, a paragraph
# about the crawl, closed by "TIMESTAMPS" (and a "loading" placeholder).
_PANEL_TOP = re.compile(r"^COLLECTED BY$", re.IGNORECASE)
_PANEL_END = re.compile(r"^TIMESTAMPS$", re.IGNORECASE)
_PANEL_LINES = 12
_PLACEHOLDER = re.compile(r"^(?:loading|success|fail)$", re.IGNORECASE)

# --- archive.today (archive.is, archive.ph ...) -------------------------------------------
_TODAY_TOP = re.compile(r"^archive\.(?:today|is|ph|li|vn|fo|md)$", re.IGNORECASE)
_TODAY_MARK = re.compile(r"^webpage capture$", re.IGNORECASE)
# The panel's items, whichever of them a copy keeps; a row of the panel copied with its
# columns run into one line keeps several ("Saved from" / "https://... search 19 Nov 2024
# 12:03:11 UTC", "share download .zip report bug or abuse Buy me a coffee").
_TODAY_ITEM = (
    r"(?:webpage capture|saved from:?|https?://\S+|search|"
    r"no other snapshots from this url|all snapshots from host \S+|"
    r"webpage\s+screenshot|share\s+download \.zip\s+report bug or abuse|buy me a coffee|"
    # its time stamp, "19 Nov 2024 12:03:11 UTC"
    r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2}:\d{2} UTC)"
)
_TODAY_LINE = re.compile(
    rf"^(?:{_TODAY_ITEM}(?:\s+{_TODAY_ITEM}){{0,3}}|history\s*.{{0,20}})$", re.IGNORECASE
)
_TODAY_LINES = 14

# --- a national library's or a collecting institution's web archive -----------------------
# Its banner over the replayed page: the archive's name ("UK Web Archive", "Library of Congress
# Web Archives", "UK Government Web Archive", "Archive-It"), its notice ("This is an archived
# website. It may not display correctly ...", "This is an archived web page captured on October
# 28, 2008. Links may not work."), then whichever of its own lines it prints: when and where
# from the page was captured ("Archived on 03 March 2016 · http://..."), its links ("Back to UK
# Web Archive | Calendar | Help"), the collection's name ("... Elections Web Archive") and the
# archived site's host ("kansascity.com").
_INSTITUTION_TOP = re.compile(
    r"^(?:(?:The\s+)?(?:(?:[A-Z][\w.'’&-]*|of|the|and|for)\s+){0,6}Web\s+Archives?|Archive-It)$"
)
_INSTITUTION_NOTICE = re.compile(
    r"^(?:this is an? archived (?:web\s?site|web\s?page|page|copy|version)\b.{0,300}|"
    r"this (?:web\s?site|web\s?page|page) (?:is|was|has been) archived\b.{0,300}|"
    r"(?:archived|captured) (?:on|by|from)\b.{2,200})$",
    re.IGNORECASE,
)
_INSTITUTION_LINE = re.compile(
    r"^(?:(?:archived|captured|collected) (?:on|by|from)\b.{2,200}|"
    r"(?:(?:[A-Z][\w.'’&-]*|of|the|and|for)\s+){1,6}Web\s+Archives?|"
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}|https?://\S+|"
    # its row of links, one of them back to the archive or to its calendar or help
    r"(?=.*\b(?:back to|calendar|help|about this (?:capture|archive)|learn more)\b)"
    r"[^|]{2,60}(?:\s*\|\s*[^|]{2,60}){1,6})$",
    re.IGNORECASE,
)
_INSTITUTION_LINES = 8

# --- Google's cache -----------------------------------------------------------------------
_CACHE_TOP = re.compile(
    r"^(?:This is G\s?o\s?o\s?g\s?l\s?e's cache of \S+|"
    r"G\s?o\s?o\s?g\s?l\s?e's cache is the snapshot that we took of the page)",
    re.IGNORECASE,
)
# Its other lines: the version switch, the highlighted terms, the old notice's sentences.
_CACHE_LINE = re.compile(
    r"^(?:(?:text-only|full) version|"
    # the version switch as one row, with the source's link ("Full version Text-only version
    # View source"), and the tip the bar prints under it ("Tip: To quickly find your search
    # term on this page, press Ctrl+F ...")
    r"(?:full version\s+text-only version|text-only version\s+full version)(?:\s+view source)?|"
    r"tip: to quickly find your search term on this page.*|"
    r"these (?:search )?terms (?:are highlighted|have been highlighted|"
    r"only appear in links pointing to this page):.*|"
    r"this cached page may reference images.*|click here for the cached text only.*|"
    r"g\s?o\s?o\s?g\s?l\s?e's cache is the snapshot that we took of the page.*|"
    # the notice's own sentences, when a copy wrapped it over lines of their own
    r"it is a snapshot of the page as it appeared on .*|"
    r"the current page could have changed in the meantime\..*|"
    r"the page may have changed since that time\..*|"
    r"google is neither affiliated with the authors of this page.*|"
    r"to link to or bookmark this page, use the following url:.*)$",
    re.IGNORECASE,
)
_CACHE_LINES = 10


def archive_bar(lines: list[str]) -> tuple[str, list[int]] | None:
    """The archive's bar over the page in `lines` (cleaned, blank lines empty): its kind and
    its lines, or None when the text opens with no archive's bar."""
    rows = [i for i, line in enumerate(lines) if line]
    if not rows:
        return None
    first = rows[0]
    top = lines[first]
    if _WAYBACK_LINE.match(top):
        return "Wayback Machine capture", [first]
    if _WAYBACK_TOP.match(top):
        return _wayback(lines, rows)
    if _TODAY_TOP.match(top):
        return _archive_today(lines, rows)
    if _CACHE_TOP.match(top):
        return _cache(lines, rows)
    if _INSTITUTION_TOP.match(top):
        return _institution(lines, rows)
    return None


def _institution(lines: list[str], rows: list[int]) -> tuple[str, list[int]] | None:
    """A collecting institution's banner: its name, its notice that the page is an archived
    copy right under it (a headline naming a web archive has no such line under it), and the
    banner's own lines after them."""
    if len(rows) < 2 or not _INSTITUTION_NOTICE.match(lines[rows[1]]):
        return None
    bar = rows[:2]
    for i in rows[2:_INSTITUTION_LINES]:
        if not (_INSTITUTION_LINE.match(lines[i]) or _INSTITUTION_NOTICE.match(lines[i])):
            break
        bar.append(i)
    return "web archive's banner", bar


def _wayback(lines: list[str], rows: list[int]) -> tuple[str, list[int]] | None:
    """The toolbar's lines from its top down to its last (each one of the toolbar's own: the
    address, "Go", the capture count and range, the calendar's rows and pager, "About this
    capture", "Close", "Help"), a count or the pager among them, and its "COLLECTED BY" panel
    when one follows."""
    head = rows[:_WAYBACK_LINES]
    bar = [head[0]]
    for i in head[1:]:
        if not _TOOLBAR_LINE.match(lines[i]):
            break
        bar.append(i)
    if not any(_WAYBACK_MARK.match(lines[i]) for i in bar):
        return None
    after = [i for i in rows if i > bar[-1]]
    if after and _PANEL_TOP.match(lines[after[0]]):
        close = next((i for i in after[:_PANEL_LINES] if _PANEL_END.match(lines[i])), None)
        if close is not None:
            bar += [i for i in after if i <= close]
            after = [i for i in after if i > close]
    while after and _PLACEHOLDER.match(lines[after[0]]):
        bar.append(after.pop(0))
    return "Wayback Machine capture", bar


def _archive_today(lines: list[str], rows: list[int]) -> tuple[str, list[int]] | None:
    """archive.today's panel: its name, "webpage capture" under it, and the panel's lines."""
    if len(rows) < 2 or not _TODAY_MARK.match(lines[rows[1]]):
        return None
    bar = [rows[0]]
    for i in rows[1:_TODAY_LINES]:
        if not _TODAY_LINE.match(lines[i]):
            break
        bar.append(i)
    return "archive.today capture", bar


def _cache(lines: list[str], rows: list[int]) -> tuple[str, list[int]] | None:
    """Google's cache notice and the lines of its bar under it."""
    bar = [rows[0]]
    for i in rows[1:_CACHE_LINES]:
        if not _CACHE_LINE.match(lines[i]):
            break
        bar.append(i)
    return "search engine's cached copy", bar
