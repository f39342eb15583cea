"""Articles exported from a news database: LexisNexis, Nexis Uni, Factiva, ProQuest, NewsBank.

Researchers and archives get much of their older copy out of these services, and each export
wraps the story in the service's own labelled fields: the classic LexisNexis text ("3 of 12
DOCUMENTS", "HEADLINE:", "BYLINE:", "LENGTH: 512 words", "DATELINE:", "BODY:", "LOAD-DATE:"),
Nexis Uni's ("Byline:", "Length:", "Body", "Load-Date:", "End of Document"), Factiva's field
codes (HD, BY, WC, PD, SN, SC, LA, CY, LP, TD, CO, NS, RE, AN; or its article view with
"563 words" and "Document LBA00000...") and ProQuest's and NewsBank's ("Title:", "Author:",
"Full text:", "Document URL:"; "Paper:", "Article Text:", "Record Number:").

An export is recognised only on its STRUCTURE - several of the service's labels, in the
service's order, with the one that every export of that service carries (a word count, a
load date, an accession number, a document URL) - never on one word. Its labelled fields then
say with authority what the headline and the byline are: they are the database's own index,
not guesses from a line's look. Everything that is the database's (the header, the field
labels, the index terms after the story) is flagged as the wrapper, so the story is read as if
the export were not there, and its first paragraph still opens with the dateline; a DATELINE
field is used only when the story has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archiver.extract.bylines import CMS_ACCOUNT_WORDS
from archiver.extract.captures import Capture
from archiver.extract.chrome import is_consent_or_nav

# How far into the text the header of an export is looked for.
_HEADER_LINES = 60
# A header field's value may run over this many lines (a long headline, a byline with title).
_VALUE_LINES = 4


@dataclass
class Export:
    """A database export: the lines as the role parser should read them (a Capture), and
    what the database's own fields say."""

    capture: Capture
    headline: str | None = None
    byline: str | None = None  # the byline field's value as printed
    authors: list[str] = field(default_factory=list)  # from an inverted author list
    dateline: str | None = None  # the dateline field's value as printed


def _text_lines(lines: list[str], start: int = 0, stop: int | None = None) -> list[int]:
    end = len(lines) if stop is None else min(stop, len(lines))
    return [i for i in range(start, end) if lines[i]]


def _block(lines: list[str], i: int, limit: int = _VALUE_LINES) -> list[int]:
    """Line `i` and the lines right under it (no blank between), at most `limit`."""
    out = [i]
    j = i + 1
    while j < len(lines) and lines[j] and len(out) < limit:
        out.append(j)
        j += 1
    return out


class _Builder:
    """The export's lines, their wrapper flags and the reasons, filled in by a reader."""

    def __init__(self, kind: str, lines: list[str]) -> None:
        self.kind = kind
        self.lines = list(lines)
        self.wrapper = [False] * len(lines)
        self.why: dict[int, str] = {}

    def flag(self, i: int, why: str) -> None:
        if 0 <= i < len(self.lines) and self.lines[i] and not self.wrapper[i]:
            self.wrapper[i] = True
            self.why[i] = why

    def flag_range(self, start: int, stop: int, why: str) -> None:
        for i in range(max(0, start), min(stop, len(self.lines))):
            self.flag(i, why)

    def text_after_label(self, i: int, found: tuple[str, str] | None, label: str) -> int:
        """Where the story starts under a label that opens it ("Full text: ...", "Article
        Text:"): on the label's own line, without the label, when the text follows it there."""
        if found is not None and found[1]:
            self.lines[i] = found[1]
            return i
        self.flag(i, f"the export's {label} label")
        return i + 1

    def export(self, **fields: object) -> Export:
        capture = Capture(self.kind, self.lines, self.wrapper, self.why)
        return Export(capture=capture, **fields)  # type: ignore[arg-type]


def _join(lines: list[str], rows: list[int]) -> str | None:
    text = " ".join(lines[i] for i in rows).strip()
    return text or None


# --- LexisNexis (classic and Academic) and Nexis Uni ------------------------------------
# "LENGTH: 498 words", "Length: 412 words"
_LN_FIELD = re.compile(r"^(?P<label>[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)?):\s*(?P<value>.*)$")
_LN_HEADER = {
    "headline",
    # Nexis Uni's document view saved as text labels the headline "Title:" among its
    # "Byline:", "Section:", "Length:", "Source:" fields
    "title",
    "byline",
    "section",
    "length",
    "dateline",
    "highlight",
    "series",
    "edition",
    "column",
    "type",
    # "Publication: The Columbus Dispatch (Ohio)", "Date: September 17, 2024 Tuesday": Nexis
    # Uni's fields under "Title:", which end its value as the other labels do
    "publication",
    "date",
    # "KEYWORD: GRAIN": the wire's keyword among the header's fields in LexisNexis's copy of
    # UPI and AP stories of the 1980s, under "DATELINE:" (its value no part of the dateline's)
    "keyword",
}
_LN_TRAILER = {
    "load-date",
    "language",
    "graphic",
    "publication-type",
    "journal-code",
    "correction-date",
    "correction",
    "url",
    "document-type",
    "subject",
    "organization",
    "industry",
    "geographic",
    "person",
    "company",
    "ticker",
    "country",
    "city",
    "state",
    "notes",
    "distribution",
    "classification",
}
_LN_LENGTH = re.compile(r"^(?i:length):\s*\d[\d,]*\s+(?i:words)$")
_LN_COUNT = re.compile(r"^\d{1,6} of \d{1,6} (?i:documents?)$")
# The service's result list over the record it delivers ("Results list", "Search Results",
# "Documents (1)"): the list's heading, no title.
_RESULTS_HEADING = re.compile(
    r"^(?:Search [Rr]esults|Results? [Ll]ist|(?:Documents?|Results?|Articles?) \(\d{1,6}\))$"
)
# The delivery's cover page: the service prints its job's fields with an equals sign or
# "-None-" for their values ("User Name: =", "Job Number: = 238170544", "Client/Matter:
# -None-"), and the search that found the record ("Search Terms: ...", "Narrowed by: ...").
_LN_COVER = re.compile(
    r"^(?:[A-Z][A-Za-z/ ]{1,30}:\s*(?:=.*|-None-)"
    r"|(?:Client/Matter|Search Terms|Search Type|Narrowed by|Content Type|Job Number):.*)$"
)
# A result list's numbered entry ("1. Bank raises rates again"), the record's title after it.
_LIST_ENTRY = re.compile(r"^\d{1,4}\.\s+(?P<title>\S.*)$")


def listed_again(lines: list[str], rows: list[int]) -> int | None:
    """The row that prints again, alone, the title a result list's entry over it gives: the
    first of `rows` ("1. Bank raises rates again", or the title with the source and date
    under it) repeated word for word by a later row. A delivered record keeps the list's
    entry over it; the record's own title is the later copy."""
    for n, i in enumerate(rows):
        m = _LIST_ENTRY.match(lines[i])
        title = m.group("title") if m is not None else lines[i]
        if len(title.split()) < _LISTED_WORDS:
            continue
        again = next((k for k in rows[n + 1 :] if lines[k] == title and k > i + 1), None)
        if again is not None:
            return again
    return None


# The fewest words a title repeated in a delivery's list entry has (a section's word or a
# source's name printed twice is no title).
_LISTED_WORDS = 3
# The printout's page number over the export ("Page 1 of 1", "Page 2 of 3"): the PDF's
# header, printed by the service on every page
_PRINTED_PAGE = re.compile(r"^Page \d{1,4} of \d{1,4}$")
# The service's name printed over the export ("LexisNexis", "Nexis Uni", "LexisNexis Academic")
_LN_BRAND = re.compile(
    r"^(?:Lexis\s?Nexis(?:\s+(?:Academic|Newsdesk))?|Nexis(?:\s+Uni)?|Lexis\+?)$"
)
_LN_BODY = re.compile(r"^(?i:body)(?::\s*(?P<value>.*))?$")
_LN_END = re.compile(r"^(?:End of Document|Classification)$")
# Nexis Uni's document view's labels of two words or of its record ("Source: The Guardian
# (London)", "Publication Date: March 7, 2024 Thursday"): a field of their own, no run-on line
_LN_DOC_LABEL = re.compile(r"^(?:Source|Publication Date|Publication Type|Document Type):\s")
# Nexis Uni's heading over the story, alone on its line under the header's fields: with the
# word count above it, the export's structure (a story has no line "Body" of its own there)
_LN_BODY_HEADING = frozenset({"Body", "BODY", "BODY:", "Body:"})
# Lines of the header that are the service's, not a headline: "Copyright 1996 Associated
# Press", "All Rights Reserved", a date ("October 8, 1996, Tuesday, AM cycle"), an edition.
# The issue's date as the header prints it ("September 18, 2019 Wednesday", "18 September 2019").
_LN_DATE = re.compile(
    r"^(?:\w+,? )?(?:\d{1,2} )?[A-Z][a-z]{2,8}\.? (?:\d{1,2},? )?(?:1[89]|20)\d\d\b"
)
_LN_HEADER_WORDS = re.compile(
    r"(?i:copyright|all rights reserved|\bedition\b|\bsupplied by\b|\(c\)|©)"
)
_LN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A header line with a year and this many words at most is the issue's stamp ("2023 WLNR
# 1234567", "Tuesday 15/08/2023"), not a title.
_LN_STAMP_WORDS = 4


def _header_furniture(text: str) -> bool:
    """The service's furniture in an export's header: its copyright and edition lines, and
    the issue's date ("August 15, 2023 Tuesday"). A title with a year among its words ("City
    to remove lead pipes from 3,000 homes by 2026") is none: the year alone says a line is
    the date only when the line is short or shaped as a date."""
    if _LN_HEADER_WORDS.search(text):
        return True
    if not _LN_YEAR.search(text):
        return False
    words = text.split()
    if (m := _LN_DATE.match(text)) is not None and any(_date_word(w) for w in m.group().split()):
        return True  # "August 15, 2023 Tuesday": a month's name before the year
    # "2023 WLNR 1234567", "Tuesday 15/08/2023": the year among codes, figures and a date's
    # words; a short title has a word of its own ("Election 2024", "Paris Olympics 2024 ...",
    # "Budget 2025: what it means")
    return len(words) <= _LN_STAMP_WORDS and all(
        any(c.isdigit() for c in w) or w.isupper() or _date_word(w) or w.lower() in _ISSUE_WORDS
        for w in words
    )


# An issue's words beside its number and year in a header's stamp ("Vol. 12 No. 3 2024").
_ISSUE_WORDS = frozenset("vol vol. volume no no. issue page pg pg. p. edition".split())


def _date_word(word: str) -> bool:
    """A month's or a weekday's name, whole or cut short ("Aug.", "Tuesday")."""
    from archiver.extract.datelines import _MONTH_NAMES

    w = word.strip(".,").lower()
    return any(w in names for names in _MONTH_NAMES) or w in _WEEKDAYS


_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs"
    " fri sat sun".split()
)


def _ln_label(line: str) -> tuple[str, str] | None:
    m = _LN_FIELD.match(line)
    if m is None:
        return None
    label = m.group("label").lower()
    if label in _LN_HEADER or label in _LN_TRAILER:
        return label, m.group("value").strip()
    return None


def _lexis(lines: list[str]) -> Export | None:
    top = _text_lines(lines, 0, _HEADER_LINES)
    if not top:
        return None
    length_at = next((i for i in top if _LN_LENGTH.match(lines[i])), None)
    if length_at is None:
        return None  # every LexisNexis and Nexis Uni export prints the story's word count
    counted = _LN_COUNT.match(lines[top[0]]) is not None
    # the service's own name over the export, or its printout's page header ("LexisNexis" /
    # "Page 1 of 1"; read_export blanks the name, the logo): with the word count, evidence
    # enough that the text is its export
    branded = _LN_BRAND.match(lines[top[0]]) is not None or (
        _PRINTED_PAGE.match(lines[top[0]]) is not None
    )
    labels: dict[str, int] = {}
    ended = bodied = False
    for i in range(len(lines)):
        line = lines[i]
        if not line:
            continue
        found = _ln_label(line)
        if found is not None:
            labels.setdefault(found[0], i)
        elif _LN_END.match(line) and i > length_at:
            ended = True
        elif line in _LN_BODY_HEADING and i > length_at:
            bodied = True
    if not (counted or branded or "load-date" in labels or ended or bodied):
        return None  # a word count alone is not an export
    kind = "LexisNexis export" if counted else "Nexis Uni export"
    out = _Builder(kind, lines)
    # the header: up to the body marker, or to the first block after the header fields
    body_start = None
    for i in range(top[0], len(lines)):
        m = _LN_BODY.match(lines[i])
        if m is not None and i > top[0]:
            value = (m.group("value") or "").strip()
            if value:  # "BODY: text ...": the story starts on the label's line
                out.lines[i] = value
                body_start = i
            else:
                out.flag(i, "the export's body label")
                body_start = i + 1
            break
        if i > length_at + 40:
            break
    headline = byline = dateline = None
    last_field = length_at
    for i in _text_lines(lines, top[0], body_start if body_start is not None else len(lines)):
        found = _ln_label(lines[i])
        if found is None or found[0] not in _LN_HEADER:
            continue
        label, value = found
        rows = _ln_value_rows(lines, i, body_start)
        last_field = max(last_field, rows[-1])
        joined = " ".join([value, *(lines[k] for k in rows[1:])]).strip()
        if label in ("headline", "title") and headline is None:
            headline = joined or None
        elif label == "byline" and byline is None:
            byline = joined or None
        elif label == "dateline" and dateline is None:
            dateline = joined or None
        for k in rows:
            out.flag(k, f"the export's {label} field")
    if body_start is None:
        body_start = next((i for i in range(last_field + 1, len(lines)) if lines[i]), len(lines))
    if headline is None:
        headline = _ln_headline(lines, top, counted)
    out.flag_range(0, body_start, "the export's header (source, date, copyright)")
    trailer = _ln_trailer(lines, body_start)
    if trailer is not None:
        out.flag_range(trailer, len(lines), "the export's index fields after the story")
    return out.export(headline=headline, byline=byline, dateline=dateline)


def _ln_value_rows(lines: list[str], i: int, body_start: int | None) -> list[int]:
    """The field's line at `i` and the lines its value runs on to: the lines right under it,
    up to the next field's label or the body's (a blank line ends it too, but copy pasted
    with one line per paragraph has none: the labels are what end a value), at most
    _VALUE_LINES in all."""
    rows = [i]
    found = _ln_label(lines[i])
    if found is not None and found[0] == "length" and _WORD_COUNT.match(found[1].strip()):
        # "LENGTH: 380 words": a word count is whole on its line; the line under it, with no
        # blank between, is the story's first (its paragraph hard-wrapped, too short a line
        # to read as prose)
        return rows
    for k in _block(lines, i)[1:]:
        if (
            (body_start is not None and k >= body_start)
            or _ln_label(lines[k]) is not None
            or _LN_DOC_LABEL.match(lines[k])
        ):
            break
        if _LN_BODY.match(lines[k]) or (body_start is None and _prose_line(lines[k])):
            break  # with no body label, the story's first paragraph ends the last field
        rows.append(k)
    return rows


# A paragraph of prose: a long line, or a sentence of more words than a field's value holds.
_PROSE_LENGTH = 100
_PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"”’']?$")


def _prose_line(line: str) -> bool:
    return len(line) >= _PROSE_LENGTH or (
        len(line.split()) > _PROSE_WORDS and _SENTENCE_END.search(line) is not None
    )


# What makes a line opening with "Copyright" a notice: its year or its reservation of rights
# ("Copyright lawyers said ..." opens a story's sentence).
_NOTICE_MARK = re.compile(r"\b(?:19|20)\d\d\b|(?i:rights\s+reserved)")


def _ln_trailer(lines: list[str], body_start: int) -> int | None:
    """Where the index fields under the story start: read up from the end over labelled
    fields ("LOAD-DATE:", "Subject:"), the lines of their values, "End of Document" and a
    closing copyright notice; a paragraph of story (a line with a blank line above it that is
    no field) stops the walk."""
    start = None
    for i in range(len(lines) - 1, body_start - 1, -1):
        line = lines[i]
        if not line:
            continue
        if _ln_label(line) is not None or _LN_END.match(line):
            start = i
        elif _COPYRIGHT.match(line) and len(line) <= 200 and _NOTICE_MARK.search(line):
            # the source's copyright notice closes some exports, under the fields, or stands
            # between them and "End of Document"
            continue
        elif i == 0 or not lines[i - 1]:
            break
    return start


def _ln_headline(lines: list[str], top: list[int], counted: bool) -> str | None:
    """With no HEADLINE field: Nexis Uni prints the title first, over the source's name;
    LexisNexis Academic ("N of M DOCUMENTS" first) prints it last, after the source, the
    date and the edition, right above the first labelled field."""
    header = [
        i
        for i in top
        if _ln_label(lines[i]) is None
        and not _LN_COUNT.match(lines[i])
        # the record page's own links over the record ("Back to results")
        and not is_consent_or_nav(lines[i])
        and not is_result_list_line(lines[i])
        and not _PRINTED_PAGE.match(lines[i])
        and not _LN_BRAND.match(lines[i])
        # a delivery's cover page and result list over the record: the job's fields, the
        # list's heading
        and not _LN_COVER.match(lines[i])
        and not _RESULTS_HEADING.match(lines[i])
    ]
    first_field = next((i for i in top if _ln_label(lines[i]) is not None), None)
    if first_field is None:
        return None
    header = [i for i in header if i < first_field]
    if not header:
        return None
    again = listed_again(lines, header)
    if again is not None:
        # "1. Title" / "Source, date, 278 words" / ... / "Title": the result list's entry over
        # the record the delivery prints; the record's header starts at its own title
        header = [i for i in header if i >= again]
    if counted:
        # the lines right over the first field, up to a blank line or to the service's
        # furniture (the date, the source: copy with one line per paragraph has no blank line
        # between them and the title)
        k = len(header) - 1
        rows = [header[k]]
        while (
            k > 0
            and header[k - 1] == rows[0] - 1
            and not _header_furniture(lines[header[k - 1]])
            and not _is_source_name(lines[header[k - 1]], lines)
        ):
            k -= 1
            rows.insert(0, header[k])
    else:
        # the first block of the header that is neither the service's furniture nor the
        # source's name: most exports print the title over the source, some print the source
        # ("St. Louis Post-Dispatch (Missouri)"), its date and edition over the title. Many
        # print the title and the source's lines with no blank line between ("Title" / "The
        # Washington Post" / "September 18, 2019 Wednesday" / "Regional Edition"): a block
        # that opens with lines that are neither is the title over them
        rows = []
        k = 0
        while k < len(header) and not rows:
            run = _block(lines, header[k], len(lines))
            # a header printed with no blank line at all (copy pasted one line per
            # paragraph) runs on into the fields: the source, its date and edition over the
            # title are passed over in it, as a block of their own is
            unbroken = first_field in run
            block = [r for r in (run if unbroken else run[:_VALUE_LINES]) if r in header]
            for r in block:
                if _header_furniture(lines[r]) or _is_source_name(lines[r], lines):
                    if unbroken and not rows:
                        continue
                    if unbroken and rows == [r - 1] and _source_over_date(lines, header, r - 1):
                        # "Korea Herald" / the date / the title with no blank line at all:
                        # the one line over the date is the source, the title comes after
                        rows = []
                        continue
                    break
                if rows and r + 1 in block and _LN_DATE.search(lines[r + 1]):
                    break  # the line over the issue's date is the source's name
                if not rows and _placed_source(lines[r]):
                    # "Daily Mail (London)": a paper's name with its place opens it
                    if unbroken:
                        continue
                    break
                if not rows and r == block[-1] and _source_over_date(lines, header, r):
                    break  # "Korea Herald" / the date / the title, blank lines between
                rows.append(r)
                if len(rows) == _VALUE_LINES:
                    break  # no title runs longer (the source's lines over it not counted)
            k += len(block)
        if not rows:
            return None
    # "Title" / "Title" / "Business Daily (Kenya)" with no blank line: the printout's page
    # title over the document's own, the same words twice, which are one title
    rows = [r for n, r in enumerate(rows) if n == 0 or lines[r] != lines[rows[n - 1]]]
    text = _join(lines, rows)
    if text is None or _header_furniture(text):
        return None
    return text


def _source_over_date(lines: list[str], header: list[int], at: int) -> bool:
    """The header line `at` is the source's name over the issue's date, the title under both
    ("Korea Herald" / "November 9, 2022 Wednesday" / "Seoul to build ..."), blank lines
    between: the next header line is the date alone and a line that is neither the date
    nor the service's furniture follows it. A title over the date with nothing else
    under it (an export that leaves out the source) stays the title."""
    after = [i for i in header if i > at]
    if not after or not _LN_DATE.match(lines[after[0]]) or len(lines[at].split()) > 6:
        return False
    return any(
        not _LN_DATE.match(lines[i])
        and not _header_furniture(lines[i])
        # "Title" / "date" / "The Washington Post": the source's name under the date
        and not _placed_source(lines[i])
        and not _is_source_name(lines[i], lines)
        for i in after[1:]
    )


# "St. Louis Post-Dispatch (Missouri)", "The Guardian (London)": a source's name with its place.
_SOURCE_PLACE = re.compile(r"\s*\([^()]{2,40}\)$")


def _placed_source(text: str) -> bool:
    """A paper's name with its place in brackets ("Daily Mail (London)", "The Age
    (Melbourne, Australia)"), as the database prints its source: short, each word
    capitalised, the bracket closing the line."""
    m = _SOURCE_PLACE.search(text)
    if m is None:
        return False
    name = text[: m.start()].split()
    return 1 <= len(name) <= 5 and all(w[:1].isupper() or w in ("of", "&") for w in name)


def _is_source_name(text: str, lines: list[str]) -> bool:
    """The header line is the source's name: the same name signs the export's copyright line
    ("Copyright 2025 St. Louis Post-Dispatch, LLC"), which a headline never does."""
    name = _SOURCE_PLACE.sub("", text).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    if len(name) < 3 or len(name.split()) > 6:
        return False
    needle = name.casefold()
    return any(
        line and len(line) <= 200 and _COPYRIGHT_WORD.search(line) and needle in line.casefold()
        for line in lines
    )


_COPYRIGHT_WORD = re.compile(r"(?i:copyright|\(c\)|©)")


# --- Factiva ------------------------------------------------------------------------------
_FACTIVA_CODES = {
    "HD",
    "CLM",
    "SE",
    "BY",
    "CR",
    "WC",
    "PD",
    "ET",
    "SN",
    "SC",
    "ED",
    "PG",
    "VOL",
    "LA",
    "CY",
    "LP",
    "TD",
    "CT",
    "RF",
    "CO",
    "IN",
    "NS",
    "RE",
    "IPC",
    "IPD",
    "PUB",
    "AN",
    "ART",
}
# The index fields Factiva prints after the story.
_FACTIVA_TRAILER = {"CT", "RF", "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "ART"}
_FACTIVA_FIELD = re.compile(r"^(?P<code>[A-Z]{2,3})(?:\s+(?P<value>\S.*))?$")
# "bcdbra : Banco Central do Brasil": an index term with its code.
_FACTIVA_TERM = re.compile(r"^[a-z0-9]{2,12}\s:\s")
_WORD_COUNT = re.compile(r"^\d[\d,]*\s+words$", re.IGNORECASE)
_ACCESSION = re.compile(r"^Document\s+[A-Za-z0-9]{16,32}$")
# The head of each page of Factiva's PDF print of an article: the page, then the service's
# copyright ("Page 1 of 2 (c) 2024 Factiva, Inc. All rights reserved."), over the headline
# and between the story's paragraphs where a page breaks.
_FACTIVA_PAGE = re.compile(
    r"^Page \d{1,4} of \d{1,4}\s+(?:\(c\)|©|Copyright)\s*(?:\d{4}\s+)?Factiva,? Inc\.?"
    r"(?:\s+All [Rr]ights [Rr]eserved\.?)?$"
)
_COPYRIGHT = re.compile(r"^(?:\(c\)|©|copyright\b)", re.IGNORECASE)


def _factiva_code(line: str) -> tuple[str, str] | None:
    m = _FACTIVA_FIELD.match(line)
    if m is None or m.group("code") not in _FACTIVA_CODES:
        return None
    return m.group("code"), (m.group("value") or "").strip()


def _factiva(lines: list[str]) -> Export | None:
    if not any(line == "HD" or line.startswith("HD ") for line in lines[:_HEADER_LINES]):
        return _factiva_article(lines)  # the headline's code opens every field export
    codes: dict[str, int] = {}
    for i in range(len(lines)):
        if lines[i] and (found := _factiva_code(lines[i])) is not None:
            codes.setdefault(found[0], i)
    if (
        "HD" not in codes
        or not ({"LP", "TD"} & codes.keys())
        or not ({"WC", "SN", "AN", "PD"} & codes.keys())
        or len(codes) < 4
    ):
        return _factiva_article(lines)
    hd = codes["HD"]
    if hd > _HEADER_LINES:
        return None
    out = _Builder("Factiva export", lines)
    body_start = codes.get("LP", codes.get("TD"))
    assert body_start is not None
    values: dict[str, str] = {}
    i = hd
    while i < body_start:
        found = _factiva_code(lines[i]) if lines[i] else None
        if found is None:
            i += 1
            continue
        code, value = found
        rows: list[int] = []
        j = i + 1
        while j < body_start and (not lines[j] or _factiva_code(lines[j]) is None):
            if lines[j]:
                rows.append(j)
            elif rows:
                break  # a blank line after the value ends it
            j += 1
        text = " ".join([value, *(lines[k] for k in rows)]).strip()
        values.setdefault(code, text)
        out.flag(i, f"the export's {code} field code")
        for k in rows:
            out.flag(k, f"the export's {code} field")
        i = j
    out.flag_range(0, body_start, "the export's header")
    # the story: the lead paragraphs (LP) and the text (TD); each label's own value, on the
    # label's line, is story text
    end = len(lines)
    for k in range(body_start, len(lines)):
        found = _factiva_code(lines[k]) if lines[k] else None
        if found is None:
            continue
        code, value = found
        if code in ("LP", "TD"):
            if value:
                out.lines[k] = value
            else:
                out.flag(k, f"the export's {code} field code (the story's text)")
        elif code in _FACTIVA_TRAILER and (not value or _FACTIVA_TERM.match(value) or code == "AN"):
            end = k
            break
    out.flag_range(end, len(lines), "the export's index fields after the story")
    return out.export(headline=values.get("HD") or None, byline=values.get("BY") or None)


# The languages Factiva's header names under the source's code.
_FACTIVA_LANGUAGE = re.compile(
    r"^(?:English|French|German|Spanish|Portuguese|Italian|Dutch|Russian|Chinese|Japanese|"
    r"Arabic|Swedish|Norwegian|Danish|Finnish|Polish|Turkish)$"
)
# The source's code Factiva prints under its name ("DLYCOU", "FTCOM", "WSJO").
_FACTIVA_SOURCE_CODE = re.compile(r"^[A-Z][A-Z0-9]{2,9}$")


def _factiva_fields(lines: list[str], fields: list[int]) -> bool:
    """The lines between the word count and the copyright line hold Factiva's header fields
    in their order: a date, the source's code alone in capitals, then the language's name.
    A capture that stops before the accession number under the story ("Document ...") is
    told by these fields instead."""
    from archiver.extract.page import is_date_stamp

    texts = [lines[k].strip() for k in fields]
    code = next((n for n, t in enumerate(texts) if _FACTIVA_SOURCE_CODE.match(t)), None)
    return (
        code is not None
        and any(is_date_stamp(t) for t in texts[:code])
        and any(_FACTIVA_LANGUAGE.match(t) for t in texts[code + 1 :])
    )


def _factiva_article(lines: list[str]) -> Export | None:
    """Factiva's article view saved as text: the headline, the byline, "563 words", the date,
    the source's name and code, the language and the copyright line, then the story, and
    "Document LBA0000020030114dz1e00c7k" under it."""
    # some captures print the accession number over the headline too: furniture there as well,
    # as is the result list's position of a record saved from it ("Document 3 of 12")
    top = [
        i
        for i in _text_lines(lines, 0, 40)
        if not _ACCESSION.match(lines[i])
        and not _PQ_POSITION.match(lines[i])
        and not _RESULTS_HEADING.match(lines[i])
        and not _FACTIVA_PAGE.match(lines[i])
    ][:10]
    words_at = next((i for i in top if _WORD_COUNT.match(lines[i])), None)
    if words_at is None or words_at == top[0]:
        return None
    # the fields under the count, eight lines of text at most (counted as text: a copy with
    # every line break doubled sets a blank line between them)
    after = _text_lines(lines, words_at + 1, words_at + 24)[:8]
    copy_at = next((i for i in after if _COPYRIGHT.match(lines[i])), None)
    if copy_at is None:
        return None
    # the accession number under the story; a short story's capture may print it only over
    # the headline, which must not be read as the story's foot (all the story would go)
    tail = _text_lines(lines, max(copy_at + 1, len(lines) - 40))
    doc_at = next((i for i in reversed(tail) if _ACCESSION.match(lines[i])), None)
    if doc_at is None:
        if not any(
            _ACCESSION.match(lines[k]) for k in _text_lines(lines, 0, words_at)
        ) and not _factiva_fields(lines, [k for k in after if k < copy_at]):
            return None
        doc_at = len(lines)
    out = _Builder("Factiva export", lines)
    above = [i for i in top if i < words_at]
    from archiver.extract.bylines import is_by_line, name_list, titled_writers
    from archiver.extract.masthead import is_masthead

    by = [i for i in above if is_by_line(lines[i])]
    head = [i for i in above if i not in by and (not by or i < by[0])]
    again = listed_again(lines, head)
    if again is not None:
        # the headline, the source and the date (the result list's entry) over the record,
        # which prints the headline again over its own fields
        head = [i for i in head if i >= again]
    rows = [k for k in _block(lines, head[0]) if k in head] if head else []
    spaced = [*head, words_at, *after]
    if (
        len(rows) == 1
        and len(head) >= 2
        and all(b - a == 2 for a, b in zip(spaced, spaced[1:], strict=False))
    ):
        # "Business" / "" / the headline / "" / "409 words" / "" / the date: a copy that sets
        # every line apart by a blank line, so the blank lines part no block; the lines over
        # the count are the headline's rows
        rows = head
    if (
        len(rows) >= 3
        and _section_label(lines[rows[0]])
        and _story_kind(lines[rows[1]])
        and _section_over_headline(lines[rows[1]], lines[rows[2]])
    ):
        # "Companies and Markets" / "ANALYSIS" / the headline: the section and the story's
        # kind (its kicker) over the headline, neither its title
        rows = rows[2:]
    elif len(rows) >= 2 and _section_over_headline(lines[rows[0]], lines[rows[1]]):
        rows = rows[1:]  # "NEWS" / the headline: the section the story ran in, not its title
    for n in range(1, len(rows)):
        if _header_furniture(lines[rows[n]]) or _is_source_name(lines[rows[n]], lines):
            # the headline / "Otago Daily Times" / "11 June 2025": a view that prints the
            # source and its date over the word count, in the headline's block
            rows = rows[:n]
            break
    while len(rows) >= 2 and _code_or_section(lines[rows[-1]]):
        # the headline / "NL" / "News": the region's code and the section the display view
        # prints under the headline, in its block when the copy kept no blank line between
        rows = rows[:-1]
    if len(rows) >= 2 and is_masthead(lines[rows[-1]]):
        # "Bank of Japan ends ..." / "The Wall Street Journal Online" / "By ...": the display
        # view prints the source's name under the headline, copy saved one line a paragraph
        # keeps no blank line between them
        rows = rows[:-1]
    if len(rows) >= 2 and _title_case(lines[rows[0]]) and _sentence_case(lines[rows[1]]):
        rows = rows[:1]  # a Title Case headline over its deck in sentence case: not one line
    if (
        not by
        and len(rows) >= 2
        and rows[-1] == above[-1]
        and _names_under_headline(lines[rows[-2]], lines[rows[-1]])
    ):
        # "Coalition split over carbon price as backbench revolt grows" / "Lisa Cox" / "634
        # words": the byline field right under the headline, in its block
        by, rows = [rows[-1]], rows[:-1]
    if not by and len(rows) >= 2 and rows[-1] == above[-1] and titled_writers(lines[rows[-1]]):
        # "Councils to be forced to publish pothole repair plans" / "Jane Roe, Transport
        # Correspondent" / "603 words": the byline field with the writer's title, in the
        # headline's block
        by, rows = [rows[-1]], rows[:-1]
    if not by and rows and above[-1] not in rows and name_list(lines[above[-1]]):
        # "KEVIN OTIENO" over "512 words": Factiva prints the byline field as it came, often
        # the names alone; its place (the last field over the word count, a block apart from
        # the headline) says what it is
        by = [above[-1]]
    for k in above:
        out.flag(k, "the export's headline" if k in rows else "the export's header field")
    for k in _text_lines(lines, 0, words_at):
        if _ACCESSION.match(lines[k]):
            out.flag(k, "the export's accession number, printed over the headline too")
        elif _PQ_POSITION.match(lines[k]) or _RESULTS_HEADING.match(lines[k]):
            out.flag(k, "the record's position in the service's result list")
    out.flag_range(0, copy_at + 1, "the export's header (word count, date, source, language)")
    for k in _text_lines(lines, copy_at + 1, doc_at):
        if _FACTIVA_PAGE.match(lines[k]):
            out.flag(k, "the head of a page of the service's print (its page and copyright)")
    out.flag_range(doc_at, len(lines), "the export's accession number")
    return out.export(
        headline=_join(lines, rows) if rows else None,
        byline=lines[by[0]] if by else None,
    )


def _code_or_section(line: str) -> bool:
    """A region's code ("NL", "UK") or a section's one word ("News", "Business") on its line."""
    from archiver.extract.masthead import MENU_WORDS

    return bool(re.fullmatch(r"[A-Z]{2,3}", line)) or (
        " " not in line and line.lower() in MENU_WORDS
    )


# " in Oslo", " in Hong Kong": where the byline's writers filed from, at its end.
_FILED_IN = re.compile(r"\s+in\s+(?P<place>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})$")


def _names_under_headline(headline: str, below: str) -> bool:
    """`Jane Roe` (one to three person names, no place) under a headline line that is no
    name line itself and does not break off on a small word ("Tributes paid to" / "Jane
    Roe" is one headline wrapped). The names may say where they filed from, as the FT's
    byline field does ("Jane Roe in Oslo", "Jane Roe and John Doe in Hong Kong"): a place the
    gazetteer knows, under a headline in sentence case."""
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place

    filed = _FILED_IN.search(below)
    # (under a Title Case headline, "Peace Talks in Geneva" is its deck in Title Case)
    if filed is not None and is_known_place(filed.group("place")) and not _title_case(headline):
        below = below[: filed.start()]
    names = name_list(below)
    if not names or len(names) > 3 or any(is_known_place(n) for n in names):
        return False
    if any(len([w for w in n.split() if len(w.strip(".")) > 1]) != 2 for n in names):
        # a given name and a surname (initials aside): a Title Case deck of three words or
        # more ("Expansion Plans Shelved") reads as a name too
        return False
    last = headline.split()[-1].lower() if headline.split() else ""
    return name_list(headline) is None and last not in _SMALL_WORDS and not headline.endswith(":")


# Words a wrapped headline's line may end on before the rest of it (a name) on the next.
_SMALL_WORDS = {
    "a", "an", "the", "to", "for", "of", "by", "and", "or", "with", "on", "in", "at", "as",
    "from", "says", "say", "said", "meets", "meet", "vs", "v", "versus", "&", "-", "–", "—",
}  # fmt: skip


# Words this long are capitalised in a Title Case headline; shorter ones may be small words.
_TITLE_WORD = 4


def _title_case(line: str) -> bool:
    """A headline in Title Case ("Fed Officials Signal Patience on Rate Cuts as Inflation
    Lingers"): every word of four letters or more capitalised, and four such words or more."""
    long_words = [w for w in line.split() if len(w) >= _TITLE_WORD and w[:1].isalpha()]
    return len(long_words) >= _TITLE_WORD and all(w[:1].isupper() for w in long_words)


def _sentence_case(line: str) -> bool:
    """A deck in sentence case ("Several policy makers say they want more evidence before
    lowering borrowing costs"): capitalised first, most of its longer words after it in lower
    case. A headline set over two lines in Title Case goes on in Title Case."""
    words = line.split()
    long_words = [w for w in words[1:] if len(w) >= _TITLE_WORD and w[:1].isalpha()]
    return (
        words[:1] != []
        and words[0][:1].isupper()
        and len(long_words) >= _TITLE_WORD
        and sum(w[:1].islower() for w in long_words) * 3 >= len(long_words) * 2
    )


def _section_over_headline(first: str, second: str) -> bool:
    """The first line of a headline block is the section's name, not the headline's first
    line: one to three words with no digit or sentence mark, printed in capitals over a line
    that is not ("NEWS" / "Henrico approves ..."), or a section's word from the menus pages
    print ("Business" / "Dutch dairy group to close ..."). A headline set over two lines goes
    on in the same case, or on a lower-case word ("Council Backs" / "new budget")."""
    from archiver.extract.masthead import _MENU_WORDS

    words = first.split()
    if not 1 <= len(words) <= 4 or len(first) > 30 or not second[:1].isupper():
        return False
    if any(ch.isdigit() for ch in first) or first.endswith((".", ",", ";", ":", "!", "?")):
        return False
    if first.isupper() and not second.isupper():
        return True
    if len(words) >= 2 and _section_name(words) and _sentence_case(second):
        # "Companies and Markets" / "Miners brace for carbon tax hit ...": a section's name
        # with every word capitalised over a headline in sentence case; a headline set over
        # two lines keeps one case ("Coal Miners Brace" / "For Carbon Tax Hit")
        return True
    return first.lower() in _MENU_WORDS


def _menu_section(line: str) -> bool:
    """A section's name made of a menu's words ("LOCAL NEWS", "Business", "Arts and
    Culture"): one to four words, each a word of the menus pages print or a word joining
    them; a headline's short words in capitals ("PAY RISE", "STOCKS SLIDE") are no menu's."""
    from archiver.extract.masthead import MENU_WORDS

    words = line.lower().split()
    return (
        1 <= len(words) <= 4
        and words[0] not in _SECTION_JOINS
        and all(w in MENU_WORDS or w in _SECTION_JOINS for w in words)
    )


def _section_label(line: str) -> bool:
    """A section's name on its line, over the kicker: one to four words with no digit or
    sentence mark, each capitalised ("Companies and Markets") or all in capitals ("WORLD")."""
    words = line.split()
    if not 1 <= len(words) <= 4 or len(line) > 30 or any(ch.isdigit() for ch in line):
        return False
    if line.endswith((".", ",", ";", ":", "!", "?")):
        return False
    return line.isupper() or _section_name(words)


# The kind of story a kicker over the headline names ("ANALYSIS", "Comment", "EXCLUSIVE"),
# which no headline's first line is alone: a headline in capitals over two lines ("PAY RISE"
# / "FOR NURSES", "Wall Street" / "STOCKS SLIDE") says something.
_STORY_KINDS = frozenset(
    {
        "analysis",
        "news analysis",
        "comment",
        "commentary",
        "opinion",
        "exclusive",
        "feature",
        "interview",
        "review",
        "editorial",
        "leader",
        "explainer",
        "profile",
        "insight",
        "letters",
        "obituary",
        "column",
        "perspective",
        "briefing",
        "preview",
        "special report",
        "investigation",
        "the big read",
        "big read",
        "fact check",
        "q&a",
    }
)


def _story_kind(line: str) -> bool:
    """The line names the kind of story under it, a kicker ("ANALYSIS", "Big Read")."""
    return " ".join(line.casefold().split()) in _STORY_KINDS


# Words a section's name joins its parts with ("Companies and Markets", "Arts & Books").
_SECTION_JOINS = {"and", "&", "of", "the", "in"}


def _section_name(words: list[str]) -> bool:
    """A section's name: each word capitalised but the words that join its parts."""
    return all(w[:1].isupper() or w in _SECTION_JOINS for w in words) and words[0][:1].isupper()


# --- ProQuest -----------------------------------------------------------------------------
# ("Author(s):": the record view of some ProQuest databases, and exports copied from it, gives
# the writer's label its plural in brackets, as Gale's do; the field is the same "Author:")
_PQ_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z/ ]{1,30}?(?:\(s\))?):\s*(?P<value>.*)$")
# ("Text:": the same full text's label as some exports shorten it, over the story)
_PQ_PLURALS = {"author(s)": "author", "authors": "author", "text": "full text"}
_PQ_LABELS = {
    "title",
    "author",
    "publication info",
    "publication title",
    "abstract",
    "full text",
    "links",
    "subject",
    "location",
    "people",
    "company / organization",
    "identifier / keyword",
    "classification",
    "publication year",
    "publication date",
    "year",
    "section",
    "publisher",
    "place of publication",
    "country of publication",
    "publication subject",
    "issn",
    "source type",
    "language of publication",
    "document type",
    "proquest document id",
    "document id",
    "document url",
    "copyright",
    "last updated",
    "database",
    "pages",
    "credit",
    "dateline",
    "document feature",
    "accession number",
    "column",
    "edition",
    # the print view's count under the story ("Word count: 611")
    "word count",
}
_PQ_HEADER = {"title", "author", "publication info", "abstract", "links", "dateline"}
_PQ_KEYS = {"document url", "proquest document id"}
_PQ_KEY_LINES = ("Document URL:", "ProQuest document ID:", "Document Url:", "ProQuest Document ID:")
# A line of a ProQuest record's key fields opens with one of these.
_PQ_KEY_STARTS = (*_PQ_KEY_LINES, "Document ID:")
# The newer record view's export names its key "Document ID:" alone: a label other exports
# could print too, so it tells a ProQuest record only beside the "Publication title:" field.
_PQ_PLAIN_KEY = "document id"
# The record page's headings, as saved or as copied from a browser that sets them in
# capitals ("FULL TEXT", "ABSTRACT (ENGLISH)": the abstract's language in brackets).
_PQ_FULL_TEXT = re.compile(r"^(?:Full [Tt]ext|FULL TEXT)$")
_PQ_ABSTRACT = re.compile(
    r"^(?:(?:Translated )?[Aa]bstract|(?:TRANSLATED )?ABSTRACT)(?:\s\((?i:[a-z]{3,12})\))?$"
)
# The databases the search ran over, as ProQuest's print and e-mail views head the record
# ("Databases selected: Chicago Tribune (1985-present)", "Database: ProQuest Central").
_PQ_SELECTED = re.compile(r"^Databases?(?: selected)?:\s.{2,200}$")
# A record's position in a multi-record export, printed over each record's title.
# (Factiva's and Nexis Uni's views count "Article 3 of 27", "Result 2 of 40" the same way)
_PQ_POSITION = re.compile(r"^(?:Document|Article|Record|Result|Item) \d{1,6} of \d{1,6}$")
# The search a result list was opened from, as services head it: "Results for: village shop",
# "Search results for \"harbour plan\"", "12 results for flood defences".
_RESULTS_FOR = re.compile(
    r"^(?:(?:Search\s+)?[Rr]esults|\d{1,6}\s+results)\s+for\s*:?\s+\S.{0,80}$"
)


# A record's label over the story's text, as archives and databases print it: "Full Text",
# "Article text (OCR)", "OCR text (may contain errors)".
_TEXT_LABEL = re.compile(
    r"^(?:Full|Article|OCR|Story)\s+[Tt]ext(?:\s*\((?:OCR|may contain errors)\))?\s*:?$",
    re.IGNORECASE,
)


def is_result_list_line(line: str) -> bool:
    """A database's or a portal's result-list line over a record: its heading ("Search
    results", "Results for: ..."), the record's position in it ("Article 4 of 12"), or the
    record's label over its text ("Article text (OCR)")."""
    text = line.strip()
    return bool(
        _PQ_POSITION.match(text)
        or _RESULTS_HEADING.match(text)
        or _RESULTS_FOR.match(text)
        or _TEXT_LABEL.match(text)
    )


# The database's name the export prints over its records ("ProQuest Newsstand", "ProQuest
# Central", "ProQuest Historical Newspapers: The Boston Globe", "ProQuest One Academic").
# "ProQuest document": the document view's own heading, in lower case; "ProQuest document
# export", "ProQuest record view": the same heading naming what the copy is.
_PQ_BANNER = re.compile(
    r"^ProQuest(?: [A-Z][\w&-]*| documents?| records?| exports?| views?){0,4}(?::\s.{2,80})?$"
)
# "Marsh, Daniel; Kirby, Ellen A." - a surname, a comma, the given names; several by ";".
_INVERTED = re.compile(
    r"^[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+)?, [^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2}$"
)


# A record's citation as its "Publication info" field prints it: the publication, a semicolon,
# its place, the date with its year, a colon and the page ("Ottawa Citizen; Ottawa, Ont.
# [Ottawa, Ont]. 15 June 2007: C1.").
_PQ_CITATION = re.compile(r"^[^;:]{3,80};\s[^;]{2,120}\b(?:1[6-9]|20)\d\d:\s*\S{1,16}$")
# The citation broken before its date: the publication and its place, then the date with its
# year, a colon and the page ("Montreal Gazette; Montreal, Que." / "12 Jan 2024: A.10.").
_PQ_CITED_PAPER = re.compile(r"^[^;:]{3,80};\s[^;:]{2,80}$")
_PQ_CITED_ISSUE = re.compile(r"^[^;:]{0,40}\b(?:1[6-9]|20)\d\d:\s*\S{1,16}$")
_CITATION_AUTHORS = re.compile(r"^(.{3,200}?[a-z]{2})\.\s")
# What follows the authors in a citation: the publication, perhaps its place, the date with its
# year, a colon and the page ("Toronto Star [Toronto, Ont] 15 Oct 2006: A6."); a web or wire
# edition has no page, the date closes it ("Arab News ; Jeddah [Jeddah]. 17 June 2021.").
_CITATION_REST = re.compile(r"^[^:]{3,160}\b(?:1[6-9]|20)\d\d(?::\s*\S{1,16}|\.)$")


# The historical newspapers' record view prints its fields without colons, the label then the
# value ("ProQuest document ID 168212954", "Publication title Los Angeles Times (1923-1995)");
# its document ID row, so printed, is what tells such a record.
_PQ_BARE_KEY = re.compile(r"^ProQuest document ID\s+\d{4,14}$", re.IGNORECASE)
# The words every bare key holds, in the same case-blind reading (see _proquest).
_PQ_BARE_KEY_WORDS = re.compile(r"ProQuest document ID", re.IGNORECASE)


def _held(text: str, keys: tuple[str, ...]) -> bool:
    """One of `keys` is in `text`: a line of the text can open with one only then (looked for
    in a page's whole text once, not in each of its thousands of lines)."""
    return any(key in text for key in keys)


def _has_bare_key_words(text: str) -> bool:
    """_PQ_BARE_KEY_WORDS is in `text`: in an ASCII text, as its lower case (no letter past
    ASCII there that the case-blind pattern would take for one of its own)."""
    if text.isascii():
        return "proquest document id" in text.lower()
    return _PQ_BARE_KEY_WORDS.search(text) is not None


_PQ_BARE_LABEL = re.compile(
    r"^(?P<label>"
    + "|".join(re.escape(lab) for lab in sorted(_PQ_LABELS, key=len, reverse=True))
    + r")(?:\s+(?P<value>\S.*))?$",
    re.IGNORECASE,
)


def _pq_label(line: str, bare: bool = False) -> tuple[str, str] | None:
    m = _PQ_LABEL.match(line)
    if (
        m is not None
        and (label := _PQ_PLURALS.get(m.group("label").lower(), m.group("label").lower()))
        in _PQ_LABELS
    ):
        return label, m.group("value").strip()
    if bare and (b := _PQ_BARE_LABEL.match(line)) is not None and b.group("value"):
        return b.group("label").lower(), b.group("value").strip()
    return None


def inverted_authors(text: str) -> list[str]:
    """ "Marsh, Daniel; Kirby, Ellen" -> ["Daniel Marsh", "Ellen Kirby"]; [] unless every
    part is a surname and given names."""
    from archiver.extract.bylines import is_title_line

    parts = [p.strip() for p in text.strip().split(";") if p.strip()]
    # "DROGIN, BOB; TIMES STAFF WRITER": the writer's title as one more part (no name)
    parts = [p for p in parts if not is_title_line(p)] or parts
    if not parts or not all(_INVERTED.match(p) for p in parts):
        return []
    out = []
    for p in parts:
        surname, given = p.split(", ", 1)
        out.append(f"{given} {surname}")
    return out


def _authors_to_initial(citation: str) -> list[str]:
    """The inverted authors of a citation whose last given name ends on an initial, read up
    to that initial's stop when the rest is the publication, its date and page."""
    for stop in re.finditer(r"\b[A-Z]\.\s", citation):
        names = inverted_authors(citation[: stop.start() + 2])
        if names and _CITATION_REST.search(citation[stop.end() :]):
            return names
    return []


def _names_over_publication(lines: list[str], at: int, below: list[int]) -> bool:
    """Line `at` is one to three person names (no place) and the next line of text is the
    publication's name ("Jane Roe" / "Ottawa Citizen")."""
    from archiver.extract.bylines import is_affiliation, name_list
    from archiver.extract.gazetteer import is_known_place

    names = name_list(lines[at])
    if not names or len(names) > 3 or any(is_known_place(n) for n in names):
        return False
    return bool(below) and is_affiliation(lines[below[0]])


# The record page's own furniture, as a copy of it keeps it instead of the document's URL or
# ID: the link under the citation ("ProQuest document link") and the view's tabs over the title
# ("Citation/Abstract", "Abstract/Details", "Full text - PDF").
_PQ_DOC_LINK = re.compile(r"^ProQuest document link$", re.IGNORECASE)
_PQ_TABS = re.compile(
    r"^(?:Citation/Abstract|Abstract/Details|Full [Tt]ext(?: - PDF)?|Preview - PDF)$"
)


def _pq_page_view(lines: list[str]) -> bool:
    """A copy of ProQuest's record page, not its export: the document link, or the
    database's banner or the view's tabs over the record, and the record's citation (the
    "Publication info:" field, or the line "Surname, Given. Paper; Place [Place]. 8 Feb
    2025.") under its title, and the "Full Text" heading or label over the story."""
    top = _text_lines(lines, 0, min(len(lines), _PQ_VIEW_TOP))
    own = any(_PQ_DOC_LINK.match(lines[i]) for i in top) or any(
        _PQ_BANNER.match(lines[i]) or _PQ_TABS.match(lines[i]) for i in top[:_PQ_VIEW_TABS]
    )
    cited = any(
        lines[i].startswith("Publication info:")
        or (
            (head := _CITATION_AUTHORS.match(lines[i])) is not None
            and _CITATION_REST.search(lines[i][head.end() :]) is not None
        )
        for i in top
    )
    text = any(_PQ_FULL_TEXT.match(lines[i]) or lines[i].startswith("Full Text:") for i in top)
    return own and cited and text


# How far down a copied record page its furniture and citation are looked for, and its
# banner or tabs (over the title).
_PQ_VIEW_TOP = 14
_PQ_VIEW_TABS = 4


# The record's print view saved without its index fields (no URL, no ID under the story):
# its position over the title ("Document 1 of 1") and the view's own labels over the text
# ("Publication info:", "Full text:") are what tell it then.
_PQ_KEYLESS_LABELS = {"publication info", "full text"}


def _keyless_record(lines: list[str]) -> bool:
    """A ProQuest record's print view without its key fields: the record's position on its
    first line of text, then the citation's and the full text's labels."""
    top = _text_lines(lines)
    if not top or not _PQ_POSITION.match(lines[top[0]]):
        return False
    found = {f[0] for i in top[: _VALUE_LINES * 2] if (f := _pq_label(lines[i])) is not None}
    return _PQ_KEYLESS_LABELS <= found


def _proquest(lines: list[str]) -> Export | None:
    # each key is looked for in the whole text first: a line can hold it only where the text
    # does (a long page's thousands of lines were each asked, for each trial join of its head)
    text = "\n".join(lines)
    bare = _has_bare_key_words(text) and any(_PQ_BARE_KEY.match(line) for line in lines)
    view = keyless = False
    if not bare and not (
        _held(text, _PQ_KEY_STARTS) and any(line.startswith(_PQ_KEY_STARTS) for line in lines)
    ):
        # every ProQuest record carries its document's URL or ID, but a copy of its record
        # page may keep only the page's own link or tabs in their place, and its print view
        # may be saved without the index fields that hold them
        view = _pq_page_view(lines)
        keyless = not view and _keyless_record(lines)
        if not (view or keyless):
            return None
    labels: dict[str, int] = {}
    if bare:
        # labels without colons could open a story's own lines ("Pages of the report ..."):
        # only the run of fields that closes the record counts as its index fields
        at = len(lines)
        for i in range(len(lines) - 1, -1, -1):
            if not lines[i]:
                continue
            if _pq_label(lines[i], bare=True) is None:
                break
            at = i
        for i in range(at, len(lines)):
            if lines[i] and (found := _pq_label(lines[i], bare=True)) is not None:
                labels.setdefault(found[0], i)
    for i in range(len(lines)):
        if lines[i] and (found := _pq_label(lines[i])) is not None:
            labels.setdefault(found[0], i)
    plain_key = _PQ_PLAIN_KEY in labels and "publication title" in labels
    # (a keyless print view has no index fields under the story: its three labels suffice)
    fewest = 3 if keyless else 4
    if not view and (
        not (_PQ_KEYS & labels.keys() or plain_key or keyless) or len(labels) < fewest
    ):
        return None
    out = _Builder("ProQuest export", lines)
    top = _text_lines(lines)
    if not top:
        return None
    full = labels.get("full text")
    body_start = None
    if full is not None:
        body_start = out.text_after_label(full, _pq_label(lines[full]), "full text")
    else:
        headings = [i for i in top if _PQ_FULL_TEXT.match(lines[i])]
        # the view's "Full text" tab over the title is a heading's twin: the heading is the
        # one the story's first paragraph follows
        heading = next(
            (
                i
                for i in headings
                if (after := [k for k in top if k > i]) and _prose_line(lines[after[0]])
            ),
            headings[0] if headings else None,
        )
        if heading is None:
            return None
        out.flag(heading, "the export's full text heading")
        body_start = heading + 1
    headline = None
    byline = None
    authors: list[str] = []
    dateline = None
    for i in _text_lines(lines, 0, body_start):
        found = _pq_label(lines[i])
        if found is None:
            continue
        label, value = found
        if label == "title" and headline is None:
            headline = value or None
        elif label == "author" and byline is None:
            byline = value or None
            authors = inverted_authors(value)
        elif label == "dateline" and dateline is None:
            dateline = value or None
    title_at = labels.get("title")
    if headline is None and title_at is not None and (title := _pq_label(lines[title_at])):
        # the full record view prints the "Title:" field among the index fields under the
        # story: it is the database's own record of the headline wherever it stands
        headline = title[1] or None
    if headline is None and "title" not in labels:
        # the citation view: the title on the first line, the citation under it; a record of
        # a multi-record export opens with its position ("Document 3 of 12") above the title
        # the record page's link back to the result list ("Back to results") stands over the
        # position too, as the page's own navigation
        first = next(
            (
                i
                for i in top
                if not (
                    _PQ_POSITION.match(lines[i])
                    or _PQ_BANNER.match(lines[i])
                    or _PQ_SELECTED.match(lines[i])
                    or _PQ_TABS.match(lines[i])
                    or _nb_menu(lines[i])
                    or is_consent_or_nav(lines[i])
                )
            ),
            top[0],
        )
        after = [i for i in top if i > first]
        if _PQ_CITATION.match(lines[first]) and after:
            # "Ottawa Citizen; Ottawa, Ont. [Ottawa, Ont]. 15 June 2007: C1." first: the
            # citation over the title (the "Publication info" field's value, unlabelled)
            first = after[0]
        elif (
            len(after) >= 2
            and _PQ_CITED_PAPER.match(lines[first])
            and _PQ_CITED_ISSUE.match(lines[after[0]])
        ):
            # "Montreal Gazette; Montreal, Que." / "12 Jan 2024: A.10.": the same citation
            # with its date and page on a line of their own
            first = after[1]
        if _pq_label(lines[first]) is None and not _PQ_ABSTRACT.match(lines[first]):
            headline = lines[first]
            cite = next((i for i in top if i > first), None)
            if cite is not None and cite < body_start and byline is None:
                # "Marsh, Daniel; Kirby, Ellen. The Washington Post; ...": the authors, then
                # a full stop after a name's last letters (not an initial's) ends them
                head = _CITATION_AUTHORS.match(lines[cite])
                names = inverted_authors(head.group(1)) if head else []
                if not names:
                    # "Wendt, Gregory L. Milwaukee Journal Sentinel; ...": a given name
                    # closed by an initial, whose stop also ends the authors
                    names = _authors_to_initial(lines[cite])
                alone = inverted_authors(lines[cite].removesuffix(".")) if not head else []
                if alone and (rest := [i for i in top if i > cite]):
                    # "Omstead, Jordan." / "The Canadian Press; Toronto [Toronto]. 02 Dec
                    # 2026.": the author field on its own line, the citation on the next
                    if rest[0] < body_start and _CITATION_REST.search(lines[rest[0]]):
                        names = alone
                if names:
                    authors = names
                elif head and _CITATION_REST.search(lines[cite][head.end() :]):
                    # "Special to the Star, Jane Roe. Toronto Star [Toronto, Ont] 15 Oct 2006:
                    # A6.": the author field as the paper printed it, before the publication,
                    # its date and page; the byline grammar reads it
                    byline = head.group(1)
                elif _names_over_publication(lines, cite, [i for i in top if i > cite]):
                    # "Jane Roe" / "Ottawa Citizen" / "Full Text": the document view prints
                    # the author as printed, then the paper, under the title
                    byline = lines[cite]
    author_at = labels.get("author")
    if byline is None and not authors and author_at is not None:
        # "Author: Okonjo, Teresa" among the index fields under the story (the full record
        # view), as the "Title:" field there: the database's own record of the writer, before
        # the credit field's desk ("Credit: Times Staff Writer")
        author = _pq_label(lines[author_at])
        if author and author[1]:
            authors = inverted_authors(author[1])
            byline = author[1]
    credit_at = labels.get("credit")
    if byline is None and not authors and credit_at is not None:
        # "Credit: By Jane Roe; Staff Writer": the record's credit field is the story's byline
        # as the paper printed it (a photo's credit is in "Illustration:" or a caption field)
        credit = _pq_label(lines[credit_at])
        byline = credit[1] if credit and credit[1] else None
    out.flag_range(0, body_start, "the export's citation and abstract")
    trailer = [
        i
        for lab, i in labels.items()
        if i >= body_start and lab not in _PQ_HEADER and lab != "full text"
    ]
    if trailer:
        out.flag_range(min(trailer), len(lines), "the export's index fields after the story")
    return out.export(headline=headline, byline=byline, authors=authors, dateline=dateline)


# --- NewsBank -----------------------------------------------------------------------------
_NB_LABELS = {
    "title",
    "headline",
    "date",
    "paper",
    "publication",
    "source",
    "author",
    "byline",
    "section",
    "page",
    "edition",
    "dateline",
    "word count",
    "record number",
    "article text",
    "readability",
    "column",
    "series",
    "memo",
    "index terms",
    "topics",
}
_NB_TRAILER = {"record number", "readability", "index terms", "topics", "memo"}
# A record has this many labelled fields; one under the database's own name, this many with
# the writer's among them ("Author/Byline:", "Section:", "Page:").
_NB_FIELDS = 4
_NB_NAMED_FIELDS = 3
# "Author/Byline:": some NewsBank products name a field by two labels joined by a slash
_NB_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Za-z ]{1,20}?(?:/[A-Z][A-Za-z ]{1,20}?)?):\s*(?P<value>.*)$"
)


def _nb_label(line: str) -> tuple[str, str] | None:
    m = _NB_LABEL.match(line)
    if m is None:
        return None
    label = next((p for p in m.group("label").lower().split("/") if p in _NB_LABELS), None)
    return None if label is None else (label, m.group("value").strip())


# The buttons a database's page view prints over a record ("Save  Email  Cite  Print"), read
# whole: a row of them alone, in any order, once its spacing is evened out.
_NB_TOOLS = frozenset(
    "save email e-mail cite citation print share download export pdf translate listen".split()
)

# A link of the page view's alone on its line, under the paper's name and the issue's date
# ("Browse Issues", as Access World News prints beside them) or over the record ("Back to
# Results"): the page's, no title.
_NB_LINKS = frozenset(
    {
        "browse issues",
        "browse this issue",
        "browse sections",
        "back to results",
        "search results",
        "results list",
        "next document",
        "previous document",
    }
)


def _nb_menu(line: str) -> bool:
    """The database's page view's own row of links over the record ("Search Results  |
    Results List  |  Next Document >", "Save  Email  Cite  Print", "Browse Issues"): no
    field, no title."""
    from archiver.extract.masthead import is_nav_row, is_spaced_row

    words = line.lower().split()
    return _nb_label(line) is None and (
        is_nav_row(line)
        or is_spaced_row(line)
        or (len(words) >= 2 and set(words) <= _NB_TOOLS)
        or " ".join(words).strip(" <>«»") in _NB_LINKS
    )


def _nb_top(lines: list[str], count: int) -> list[int]:
    """The record's first `count` text lines, the page view's rows of links not counted (a
    copy of the page keeps them under the database's name, over the title and the paper)."""
    # stops at the `count`th such line (the rows of links are tested only down to it, not over
    # the whole record: the same lines as filtering every line and keeping the first `count`)
    out: list[int] = []
    for i, line in enumerate(lines):
        if len(out) >= count:
            break
        if line and not _nb_menu(line):
            out.append(i)
    return out


# The fields one of which every NewsBank record carries (see _newsbank).
_NB_KEYS = ("Record Number:", "Article Text:", "Author/Byline:")


def _newsbank(lines: list[str]) -> Export | None:
    top = _nb_top(lines, _PAPER_TOP + 2)
    # the database's own name over the record ("NewsBank", "Access World News"), as a copy of
    # its page view keeps it: the record may carry neither its number nor its text's label
    named = bool(top) and _NB_OWN_NAME.match(lines[top[0]]) is not None
    # or the paper's name as the library files it, alone over the title ("Columbus Dispatch,
    # The (OH)"), as Access World News heads a record's page: its fields are looked for below
    named = named or (bool(top) and _CATALOGUE_NAME.match(lines[top[0]]) is not None)
    if not named and not (
        # (looked for in the whole text first: a line can open with one only where the text
        # holds it, and a long page's thousands of lines were each asked per trial join)
        _held("\n".join(lines), _NB_KEYS) and any(line.startswith(_NB_KEYS) for line in lines)
    ):
        # every NewsBank record carries its number, its text's label or its writer's field
        # under NewsBank's own two-part label ("Author/Byline: Jane Roe", no other service's)
        return None
    labels: dict[str, int] = {}
    for i in range(len(lines)):
        if lines[i] and (found := _nb_label(lines[i])) is not None:
            labels.setdefault(found[0], i)
    if not {"record number", "article text"} & labels.keys():
        # under the database's name: the writer's field among three at least, and the
        # paper's own line at the top ("Times Union, The (Albany, NY) - September 9, 2025")
        # (or the writer's field under NewsBank's own two-part label, which names the
        # service whatever the paper's line: "Tulsa World (OK)" names no paper's word)
        if not (
            len(labels) >= _NB_NAMED_FIELDS
            and {"author", "byline"} & labels.keys()
            and (
                any(_paper_line(lines[i]) for i in top)
                or lines[labels.get("author", labels.get("byline", 0))].startswith("Author/Byline:")
            )
        ):
            return None
    elif len(labels) < _NB_FIELDS:
        return None
    elif not ({"paper", "publication", "source"} & labels.keys()) and not (
        {"record number", "article text"} <= labels.keys() or _paper_on_top(lines, labels)
    ):
        return None  # the paper's line may be unlabelled ("Chicago Tribune (IL) - Tuesday, ...")
    out = _Builder("NewsBank export", lines)
    text_at = labels.get("article text")
    header_end = min(labels.get(lab, len(lines)) for lab in _NB_TRAILER)
    if text_at is not None:
        body_start = out.text_after_label(text_at, _nb_label(lines[text_at]), "article text")
    else:
        fields = [i for lab, i in labels.items() if i < header_end and lab not in _NB_TRAILER]
        if not fields:
            return None
        body_start = next((i for i in range(max(fields) + 1, len(lines)) if lines[i]), len(lines))
        while body_start < len(lines) and _nb_label(lines[body_start]) is not None:
            # "Readability: 11-12 grade level" right under the header's fields: a record's
            # field that its page view prints over the text, not after it
            body_start = next(
                (i for i in range(body_start + 1, len(lines)) if lines[i]), len(lines)
            )
    values: dict[str, str] = {}
    for i in _text_lines(lines, 0, body_start):
        found = _nb_label(lines[i])
        if found is not None:
            values.setdefault(found[0], found[1])
    headline = values.get("title") or values.get("headline")
    if not headline:
        headline = _nb_unlabelled_headline(lines, body_start)
    byline = values.get("author") or values.get("byline")
    if text_at is None and not headline:
        # no text's label: the headline and the writer's line open the text under the fields
        # ("Council OKs arena parking garage" / "Jane Roe WORLD-HERALD STAFF WRITER")
        opening = _text_lines(lines, body_start, min(len(lines), body_start + 4))
        if opening and _nb_title_line(lines[opening[0]]):
            headline = lines[opening[0]]
            body_start = opening[0] + 1
            if not byline and len(opening) > 1 and _nb_writer_line(lines[opening[1]]):
                byline = lines[opening[1]]
                body_start = opening[1] + 1
    out.flag_range(0, body_start, "the export's header fields")
    trailer = [i for lab, i in labels.items() if lab in _NB_TRAILER and i >= body_start]
    if trailer:
        end = min(trailer)
        last = [i for i in _text_lines(lines, body_start, end)]
        if last and _COPYRIGHT.match(lines[last[-1]]):
            end = last[-1]  # the paper's copyright line closes the record
        out.flag_range(end, len(lines), "the export's record fields after the story")
    byline = byline or _nb_unlabelled_names(lines, body_start, headline)
    if not byline and headline:
        # "Ferry riders face longer waits ..." / "Kathleen Ferraro" / "Seattle Times staff
        # reporter" over "Article Text:": the writer's line right under the unlabelled
        # headline in the header, as the record prints it with no author field
        header = _text_lines(lines, 0, body_start)
        at = next((n for n, i in enumerate(header) if lines[i] == headline), None)
        if at is not None and at + 1 < len(header) and _nb_writer_line(lines[header[at + 1]]):
            byline = lines[header[at + 1]]
    return out.export(
        headline=headline or None,
        byline=byline or None,
        dateline=values.get("dateline") or None,
    )


def _nb_unlabelled_names(lines: list[str], body_start: int, headline: str | None) -> str | None:
    """With no author field: the writers' names on a line of their own right under the
    labelled fields ("Page: 6" / "Dave McKinney and Rosalind Hardy"), as some NewsBank
    products print the byline; a name line anywhere else in the header is not read as it."""
    from archiver.extract.bylines import name_list

    top = _text_lines(lines, 0, body_start)
    for k in range(1, len(top)):
        text = lines[top[k]]
        if (
            _nb_label(lines[top[k - 1]]) is not None
            and _nb_label(text) is None
            and text != headline
            and name_list(text)
        ):
            return text
    return None


def _nb_title_line(text: str) -> bool:
    """A headline's line: a few words, no sentence's end, no field's label."""
    return (
        2 <= len(text.split()) <= 20 and not text.endswith((".", ":")) and _nb_label(text) is None
    )


def _nb_writer_line(text: str) -> bool:
    """A writer's line as a record prints it unlabelled: names alone ("Jane Roe and John Doe")
    or with the writer's title or outlet ("Jane Roe WORLD-HERALD STAFF WRITER", "By Jane Roe");
    no place the gazetteer knows alone ("Springfield")."""
    from archiver.extract.bylines import name_list, parse_byline
    from archiver.extract.gazetteer import is_known_place

    if len(text) > 100 or _nb_label(text) is not None:
        return False
    names = name_list(text)
    if names is None:
        found = parse_byline(text)
        names = found.names if found is not None else []
    return 0 < len(names) <= 3 and not any(is_known_place(n) for n in names)


def _paper_on_top(lines: list[str], labels: dict[str, int]) -> bool:
    """A record without the paper's field: the paper's name with its place in brackets as its
    first line ("Omaha World-Herald (NE)") and its record number or its text's label
    ("Article Text:") among the fields, both NewsBank's own."""
    top = _nb_top(lines, _PAPER_TOP)
    own = {"record number", "article text"} & labels.keys()
    return bool(own) and any(_paper_line(lines[i]) for i in top)


# How far down a record's header the paper's own line is looked for: over or under the title.
_PAPER_TOP = 3
# The issue's date after the paper's name on its line: "Sacramento Bee, The (CA) - Friday,
# March 4, 2016".
_PAPER_DATE = re.compile(r"^(?P<name>.{3,60}?)\s+[-–—|]\s+(?P<date>\S.{4,40})$")


def _paper_line(text: str) -> bool:
    """The paper's line at a record's top: its name with its place in brackets, or as a
    library files it ("Seattle Times, The (WA)"), the issue's date after a dash or not."""
    from archiver.extract.page import is_date_stamp
    from archiver.extract.pagetops import is_paper_with_place

    m = _PAPER_DATE.match(text)
    name = m.group("name") if m and is_date_stamp(m.group("date")) else text
    return is_paper_with_place(name) or _CATALOGUE_NAME.match(name) is not None


_NB_OWN_NAME = re.compile(
    r"^(?:NewsBank(?:,? Inc\.?)?(?: InfoWeb| NewsFile| Access World News)?|Access World News|"
    r"America's News(?: Magazines)?)$"
)


def _nb_unlabelled_headline(lines: list[str], body_start: int) -> str | None:
    """With no title field: the first unlabelled line of the header that is neither the
    paper's name ("The Tennessean (Nashville, TN)", or named again in the copyright line)
    nor the issue's date. Some NewsBank products print the headline first, over the paper
    and its date; others print the paper and the date first, then the fields, then the
    headline and its deck."""
    from archiver.extract.page import is_date_stamp
    from archiver.extract.pagetops import is_paper_with_place

    top = _text_lines(lines, 0, body_start)
    for k, i in enumerate(top):
        text = lines[i]
        if _nb_label(text) is not None or is_date_stamp(text) or _nb_menu(text):
            continue  # a field, the issue's date, the page view's row of links
        if is_paper_with_place(text) or _is_source_name(text, lines):
            continue
        if _CATALOGUE_NAME.match(text):
            continue  # "Seattle Times, The (WA)": a library's filing form of the paper's name
        if _NB_OWN_NAME.match(text):
            continue  # "NewsBank", "Access World News": the database's own name over the record
        if (
            k + 1 < len(top)
            and _PLACE_IN_BRACKETS.search(text)
            and is_date_stamp(lines[top[k + 1]])
        ):
            continue  # a name and its place over the issue's date: the paper ("Saskatoon StarPhoenix (SK)")
        return text
    return None


# A paper's name as a library catalogue files it, its article moved to the end, and the place
# in brackets: "Seattle Times, The (WA)", "Oregonian, The (Portland, OR)".
_PLACE_IN_BRACKETS = re.compile(r"\s\([A-Z][^()]{1,38}\)$")
_CATALOGUE_NAME = re.compile(
    r"^[A-Z][^()]{1,50}, (?:The|A|La|Le|Les|El|Die|Der)(?: \([^()]{2,40}\))?$"
)


# --- EBSCOhost ----------------------------------------------------------------------------
# An EBSCOhost record: "Record: 1" over its fields ("Title:", "Authors:", "Source:", ...,
# "Accession Number:", "Database:"), then the full text; the rights notice closes it
# ("Copyright of USA Today is the property of ... individual use.").
_EB_LABELS = {
    "title",
    "authors",
    "author",
    "source",
    "document type",
    "subject terms",
    "geographic terms",
    "people",
    "company/entity",
    "naics/industry codes",
    "abstract",
    "full text word count",
    "issn",
    "isbn",
    "accession number",
    "database",
    "section",
    "publication type",
    "language",
    "lexile",
    "author affiliations",
    "reviews & products",
}
_EB_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z/& ]{1,30}?):\s*(?P<value>.*)$")
_EB_RECORD = re.compile(r"^Record:\s*\d{1,6}$")
_EB_RIGHTS = re.compile(r"^Copyright of .{2,120} is the property of ")


def _eb_label(line: str) -> tuple[str, str] | None:
    m = _EB_LABEL.match(line)
    if m is None or m.group("label").lower() not in _EB_LABELS:
        return None
    return m.group("label").lower(), m.group("value").strip()


# The fields whose value is a list, one term a line under the label when the record's page is
# copied with its labels and values stacked ("Subject Terms:" / "FLOOD control" / "LEVEES").
_EB_LIST_LABELS = {
    "authors",
    "author",
    "subject terms",
    "geographic terms",
    "people",
    "company/entity",
    "naics/industry codes",
    "author affiliations",
}
# A list's term is short and no sentence.
_EB_TERM_CHARS = 80


def _eb_stacked(lines: list[str]) -> tuple[int, dict[str, str]] | None:
    """A record copied from EBSCOhost's page, where each label stands alone over its value
    ("Title:" / "Levee board ..." / "Authors:" / "Tran, Michelle"): where the fields end and
    their values, else None (the labels carry their values on their own lines). A value runs
    on over a line while a label follows it (a long title wrapped), or while the field is a
    list of short terms; the first line that is neither opens the full text."""
    rows = _text_lines(lines)[:_HEADER_LINES]
    if not rows or (first := _eb_label(lines[rows[0]])) is None or first[1]:
        # (a record number may stand over the fields)
        if not rows or not _EB_RECORD.match(lines[rows[0]]):
            return None
        rows = rows[1:]
        if not rows or (first := _eb_label(lines[rows[0]])) is None or first[1]:
            return None
    values: dict[str, list[str]] = {}
    label = ""
    for n, i in enumerate(rows):
        found = _eb_label(lines[i])
        if found is not None:
            label = found[0]
            values.setdefault(label, [found[1]] if found[1] else [])
            continue
        got = values[label]
        following = _eb_label(lines[rows[n + 1]]) if n + 1 < len(rows) else None
        term = label in _EB_LIST_LABELS and len(lines[i]) <= _EB_TERM_CHARS
        if got and not term and (following is None or following[0] == "section"):
            return i, {k: _eb_joined(k, v) for k, v in values.items()}
        got.append(lines[i])
    return None


def _eb_joined(label: str, value: list[str]) -> str:
    """A stacked field's lines as one value: a list's terms set apart as the record's own
    inline form does ("Tran, Michelle; Roe, Jane"), a wrapped value's lines joined."""
    return ("; " if label in _EB_LIST_LABELS else " ").join(v.strip() for v in value)


def _names_line(line: str) -> list[str]:
    """ "Colette Baptiste and Peter Mwangi" -> ["colette baptiste", "peter mwangi"]."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", line.strip().lower())
    return [p for p in parts if p]


def _ebsco(lines: list[str]) -> Export | None:
    labels: dict[str, int] = {}
    for i in _text_lines(lines)[:_HEADER_LINES]:
        if (found := _eb_label(lines[i])) is not None:
            labels.setdefault(found[0], i)
    if not {"accession number", "database"} <= labels.keys() or len(labels) < 4:
        return None  # every EBSCOhost record names its accession number and its database
    out = _Builder("EBSCOhost export", lines)
    record = next((i for i in _text_lines(lines) if _EB_RECORD.match(lines[i])), None)
    if record is not None and record < min(labels.values()):
        out.flag(record, "the export's record number")
    values: dict[str, str] = {}
    stacked = _eb_stacked(lines)
    if stacked is not None:
        body_start, values = stacked
    else:
        # the fields end at the first blank line after the last of them (a field's value, as
        # "Subject Terms:", runs on over the lines under it); with no blank line close under
        # it (copy pasted with one line per paragraph), at the last field's own line
        last = max(labels.values())
        body_start = next(
            (i for i in range(last, min(last + _VALUE_LINES + 1, len(lines))) if not lines[i]),
            last + 1,
        )
        for i in _text_lines(lines, 0, body_start):
            if (found := _eb_label(lines[i])) is not None:
                values.setdefault(found[0], found[1])
    out.flag_range(0, body_start, "the export's record fields")
    body = _text_lines(lines, body_start)
    headline = values.get("title", "").strip() or None
    given = False
    while body:
        found = _eb_label(lines[body[0]])
        if found is not None and found[0] == "section":
            # the full text repeats its own section field, over its headline or under it
            out.flag(body[0], "the export's section field")
        elif not given and headline and lines[body[0]].rstrip(".") == headline.rstrip("."):
            headline = lines[
                body[0]
            ]  # the story's own headline, as printed (the field adds a stop)
            out.flag(body[0], "the full text's headline, given by the title field")
            given = True
        else:
            break
        body = body[1:]
    if not given and headline and headline.endswith(".") and not headline.endswith(".."):
        headline = headline[:-1]  # the database's field closes every title with a full stop
    authors = inverted_authors(values.get("authors") or values.get("author") or "")
    if authors and body and _names_line(lines[body[0]]) == [a.lower() for a in authors]:
        out.flag(body[0], "the full text's writers, given by the authors field")
    rights = [i for i in _text_lines(lines, body_start) if _EB_RIGHTS.match(lines[i])]
    if rights:
        out.flag_range(rights[-1], len(lines), "the export's rights notice")
    return out.export(headline=headline, authors=authors)


# --- A news agency's labelled header -------------------------------------------------------
# A wire service's feed as delivered to a newsroom labels its story's header: the desk's
# "Catchline:" (or "Slug:", "Keyword:") over the "Headline:" (PA's newswire: "Catchline: FLOODS
# Water" / "Headline: 140,000 homes ..."). The label names the headline; it is no part of it.
_WIRE_LABEL = re.compile(
    r"^(?P<label>Catchline|Slug|Keyword|Headline)\s*:\s*(?P<value>\S.*)$", re.I
)
_WIRE_TOP = 8
# The end-of-story mark under the text: PA's "ends", "-ENDS-", "(END)", "Enditem".
_WIRE_END = re.compile(r"^(?:-?ends?-?|\(ends?\)|endit(?:em)?)$", re.IGNORECASE)


def _wire_header(lines: list[str]) -> Export | None:
    top = _text_lines(lines)[:_WIRE_TOP]
    found: dict[str, tuple[int, str]] = {}
    for i in top:
        if (m := _WIRE_LABEL.match(lines[i])) is not None:
            found.setdefault(m.group("label").lower(), (i, m.group("value").strip()))
    if "headline" not in found or len(found) < 2:
        return None  # the desk's label beside the headline's: one "Headline:" is a page's word
    if _cms_record(lines) is not None:
        # a content system's export labels its slug and headline too, among its own fields
        # and over a label or a rule opening the story: the record's reader reads them all
        return None
    out = _Builder("wire service header", lines)
    at, headline = found.pop("headline")
    for label, (i, _value) in found.items():
        out.flag(i, f"the wire's {label} field")
    out.lines[at] = headline
    rest = _text_lines(lines, at + 1)
    if rest and _WIRE_END.match(lines[rest[-1]]):
        out.flag(rest[-1], "the wire's end-of-story mark")
    return out.export(headline=headline)


# --- Gale (OneFile, In Context, Academic OneFile) -------------------------------------------
# Gale's document view: the collection's name over the record ("Gale OneFile: News"), a
# "Citation" heading over the record's citation in MLA style (the writer inverted, the title in
# quotation marks, the source, the date, the page, the collection and its link), "Full Text:"
# over the story (which opens with its own copyright line and "Byline:" field), and under it
# "Source Citation (MLA 8th Edition)" and "Gale Document Number: GALE|A607761234".
_GALE_NUMBER = re.compile(r"^Gale Document Number:\s*GALE\|[A-Z0-9]{6,24}$")
_GALE_LINK = re.compile(r"\b(?:link|go|galeapps)\.gale(?:group)?\.com/")
_GALE_FULL_TEXT = re.compile(r"^Full Text:?\s*(?P<value>.*)$", re.IGNORECASE)
_GALE_CITATION = re.compile(r"^(?:Source )?Citation(?:\s*\([^()]{2,40}\))?:?$")
# The document view's author field over the story ("Author: Jane Roe", "Author(s): Roe, Jane";
# the news collections name it "Byline: Jane Roe", the paper's own byline as printed).
_GALE_AUTHOR = re.compile(r"^(?:Author|Authors|Author\(s\)|By|Byline):\s*(?P<value>\S.{0,200})$")
# The title in the citation: between quotation marks, the title's own stop inside them.
_QUOTED_TITLE = re.compile(r'["“](?P<title>[^"“”]{3,300}?)[.,]?["”]')


def _gale(lines: list[str]) -> Export | None:
    text = _text_lines(lines)
    top = text[:_HEADER_LINES]
    full = next((i for i in top if _GALE_FULL_TEXT.match(lines[i])), None)
    if full is None:
        return None  # no "Full Text:" label in the header: the record's lines are not searched
    numbered = any(_GALE_NUMBER.match(lines[i]) for i in text)
    cited = [i for i in text if _GALE_LINK.search(lines[i]) and _QUOTED_TITLE.search(lines[i])]
    if not cited:
        return None
    cite = cited[0]
    if cite > full:
        # the newer document view: the record's fields ("Author:", "Date:", "From:") over
        # "Full Text:", the citation under the story below its "Source Citation" heading, and
        # the document number closing the record
        heading = max((i for i in text if i < cite), default=None)
        if not numbered or heading is None or not _GALE_CITATION.match(lines[heading]):
            return None  # the citation with Gale's own link, over "Full Text:" or in its foot
    m = _QUOTED_TITLE.search(lines[cite])
    assert m is not None
    out = _Builder("Gale export", lines)
    byline = None
    for i in _text_lines(lines, 0, full):
        if (writer := _GALE_AUTHOR.match(lines[i])) is not None:
            byline = writer.group("value")  # the record's own author field
            break
    out.flag_range(0, full, "the export's collection name and citation")
    found = _GALE_FULL_TEXT.match(lines[full])
    out.text_after_label(
        full, ("full text", found.group("value").strip()) if found else None, "full text"
    )
    # the citation and document number under the story: the record's, not the story's
    foot = next(
        (
            i
            for i in text
            if i > full and (_GALE_CITATION.match(lines[i]) or _GALE_NUMBER.match(lines[i]))
        ),
        None,
    )
    if foot is not None:
        out.flag_range(foot, len(lines), "the export's citation and document number")
    authors = inverted_authors(byline) if byline else []
    return out.export(
        headline=m.group("title").strip(), byline=None if authors else byline, authors=authors
    )


# --- A clipping service's labelled record ---------------------------------------------------
# Media-monitoring services (Cision, Meltwater, Muck Rack, Critical Mention) and intranets'
# clip reports print each item as a block of labelled fields: "Outlet:", "Date:", "Reach:",
# "Author:", "Headline:", "Link:". The "Headline:" (or "Title:") field names the headline, the
# others are the record's; only a block of them, with the headline's label and two others of
# a record's, counts ("Title: Dr." alone is a line of text).
# ("Author(s):": Gale's archives print the writer's label with its plural in brackets)
# (a label in any language's letters, "Clip-Nr.:" with its abbreviation's dot too)
_RECORD_FIELD = re.compile(
    r"^(?P<label>[^\W\d_](?:[^\W\d_]|[ /-]){1,24}?(?:\(s\)|\.)?)\s*:\s*(?P<value>\S.*)$"
)
_RECORD_TITLE = {"headline", "title", "article title", "story title", "story", "titel"}
_RECORD_LABELS = {
    "outlet",
    "source",
    "publication",
    "media",
    "media outlet",
    "media type",
    "outlet type",
    "date",
    "published",
    "publish date",
    "pub date",
    "publication date",
    "reach",
    "audience",
    "circulation",
    "impressions",
    "readership",
    "uvm",
    "sentiment",
    "tone",
    "ave",
    "market",
    "country",
    "language",
    "section",
    "page",
    "link",
    "url",
    "word count",
    "length",
    "words",
    "program",
    "station",
    "media value",
    "ad value",
    # a clip's worth and size as the service reckons them (Cision's "Publicity Value:",
    # Meltwater's "Advertising value:", Isentia's "ASR:", the NLA's "AVE:")
    "publicity value",
    "advertising value",
    "asr",
    "size",
    "type",
    # a digital archive's record (Gale's Primary Sources: "Document Type: Article",
    # "Copyright: © The Paper 1998", "Gale Document Number: GALE|...")
    "document type",
    "copyright",
    "document number",
    "gale document number",
    # the client the clip was found for, the search that found it, the item's number
    "client",
    "search term",
    "keywords",
    "edition",
    "clip no.",
    # German services' records (ARGUS, Landau Media, pressrelations): "Kunde:", "Medium:",
    # "Ausgabe:", "Datum:", "Seite:", "Ressort:", "Auflage:", "Reichweite:", "Clip-Nr.:"
    "kunde",
    "suchbegriff",
    "medium",
    "ausgabe",
    "datum",
    "seite",
    "ressort",
    "auflage",
    "reichweite",
    "clip-nr.",
}
_RECORD_WRITER = {
    "author",
    "authors",
    "author(s)",
    "byline",
    "journalist",
    "reporter",
    "writer",
    "autor",
    "autorin",
}
# Labels an article's own fact box prints as well ("Title:" / "Author:" / "Edition:
# Paperback" / "Length: 512 pages" under a book review; "Titel:" / "Autor:" / "Ausgabe:" /
# "Medium: Roman"; "Titel:" / "Datum:" / "Seite: www..." under an event's report): a block
# with one of them is a service's record only with more to show it (_record_evidence).
_RECORD_BOX_LABELS = {
    "edition",
    "keywords",
    "titel",
    "autor",
    "autorin",
    "medium",
    "ausgabe",
    "datum",
    "seite",
    "ressort",
}
# The fields that show such a block a service's record: the paper it ran in, the day it ran
# (a date with its year), or the service's own (its client, the search, the clip's number).
_RECORD_SOURCE = {
    "outlet",
    "source",
    "publication",
    "media",
    "media outlet",
    "medium",
    "station",
    "program",
}
_RECORD_DATE = {
    "date",
    "datum",
    "published",
    "publish date",
    "pub date",
    "publication date",
}
_RECORD_SERVICE = {"client", "search term", "clip no.", "kunde", "suchbegriff", "clip-nr."}
_RECORD_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# The label over the story under the record's fields: "Full Text:" alone on its line.
_RECORD_STORY_LABEL = re.compile(r"^(?:Full Text|Text|Article Text)\s*:$", re.IGNORECASE)
_RECORD_MIN_LABELS = 2


# A rule under a record's fields: a row of dashes, equals signs or underscores.
_FIELDS_RULE = re.compile(r"^(?:-{3,}|={3,}|_{3,}|\*{3,})$")
# A record with no title field: this many of its own fields over the unlabelled headline.
_RECORD_MIN_LABELS_UNTITLED = 3
# Display lines (the deck, the byline) between the unlabelled headline and the story: so many
# at most.
_TITLE_DISPLAY_LINES = 2
# The unlabelled headline under the fields is this many words at most.
_UNTITLED_HEADLINE_WORDS = 20


def _title_under_fields(lines: list[str], j: int) -> int | None:
    """The line right under a record's fields (from line `j`) when it is a headline's (a
    short line with no sentence's end) over the story's first paragraph, or None. A rule
    closing the fields ("-----", as Meltwater's report sets one round each item's fields)
    stands between them and the headline."""
    while j < len(lines) and (not lines[j] or _FIELDS_RULE.match(lines[j])):
        j += 1
    text = [k for k in range(j, min(len(lines), j + 12)) if lines[k]]
    if (
        len(text) >= 3
        and _menu_section(lines[text[0]])
        and _section_over_headline(lines[text[0]], lines[text[1]])
        and _SENTENCE_END.search(lines[text[1]]) is None
        and not _prose_line(lines[text[1]])
    ):
        # "LOCAL NEWS" / "Council approves new budget ...": the section the story ran in over
        # its title, a menu's words, as a page prints it; the title is the line under it
        text = text[1:]
    text = text[: 2 + _TITLE_DISPLAY_LINES]
    if len(text) < 2:
        return None
    head = lines[text[0]]
    if (
        len(head.split()) > _UNTITLED_HEADLINE_WORDS
        or _SENTENCE_END.search(head) is not None
        or _RECORD_FIELD.match(head) is not None
        or _RECORD_STORY_LABEL.match(head) is not None
    ):
        return None
    for k in text[1:]:
        if _prose_line(lines[k]):
            return text[0]
        if _SENTENCE_END.search(lines[k]) is not None or _RECORD_FIELD.match(lines[k]):
            return None  # a sentence, or another field, before the story: no title over it
    # (the deck and the byline, display lines with no stop, may stand between the two)
    return None


def _title_run_on(lines: list[str], title_at: int) -> int | None:
    """The unlabelled title's second line, right under it, when the title goes on there on a
    lower-case word ("Brewer to shut bottling line" / "as can demand grows"): a headline the
    copy broke at its width; a deck starts on its own capital. None when there is none."""
    k = title_at + 1
    if k >= len(lines) or not lines[k] or not lines[k][:1].islower():
        return None
    if _prose_line(lines[k]) or _SENTENCE_END.search(lines[k]) is not None:
        return None
    return k if len(f"{lines[title_at]} {lines[k]}".split()) <= _UNTITLED_HEADLINE_WORDS else None


def _display_under_title(lines: list[str], title_at: int) -> list[int]:
    """The deck's lines between the unlabelled title at `title_at` and the story's first
    paragraph, as _title_under_fields let them stand; a byline among them ("Von Jane Roe",
    "Jane Roe") is left to the byline grammar, the record's writer field or none."""
    from archiver.extract.bylines import is_by_line, name_list

    rows = [k for k in range(title_at + 1, min(len(lines), title_at + 12)) if lines[k]]
    shown: list[int] = []
    for k in rows[:_TITLE_DISPLAY_LINES]:
        if _prose_line(lines[k]):
            break
        if not is_by_line(lines[k]) and name_list(lines[k]) is None:
            shown.append(k)
    return shown


# A monitoring export's fields as a table: a row of labels over a row of values, the cells
# parted by bars ("Outlet | Date | Author | Reach" / "The Courier | 29/11/2024 | Jane
# Roe | 42,000"), then the headline and the story.
_TABLE_SEP = re.compile(r"\s*\|\s*")
# The header row has this many cells at least.
_TABLE_MIN_CELLS = 3


def field_table(lines: list[str]) -> Export | None:
    """A clipping service's record set as a two-row table at the top (see above): every
    label one a clip record prints, as many values as labels, a writer's label among them;
    the headline is the line under the table (or its title cell). None otherwise."""
    text = _text_lines(lines)[:2]
    if len(text) < 2:
        return None
    head, row = text
    labels = [" ".join(c.lower().split()) for c in _TABLE_SEP.split(lines[head].strip())]
    values = [c.strip() for c in _TABLE_SEP.split(lines[row].strip())]
    known = _RECORD_LABELS | _RECORD_TITLE | _RECORD_WRITER
    if (
        len(labels) < _TABLE_MIN_CELLS
        or len(values) != len(labels)
        or not all(labels)
        or not all(values)
        or any(label not in known for label in labels)
        or not any(label in _RECORD_WRITER for label in labels)
    ):
        return None
    title = next((values[n] for n, label in enumerate(labels) if label in _RECORD_TITLE), None)
    title_at = _title_under_fields(lines, row + 1) if title is None else None
    if title is None and title_at is None:
        return None
    out = _Builder("clipping service's record", lines)
    out.flag(head, "the record's field labels, a table's header row")
    out.flag(row, "the record's field values, under their labels")
    if title_at is not None:
        out.flag(title_at, "the article's title under the record's fields")
        title = lines[title_at]
    writer = next(values[n] for n, label in enumerate(labels) if label in _RECORD_WRITER)
    return out.export(headline=title, byline=writer)


def _record_evidence(lines: list[str], i: int, rows: list[tuple[int, str, str]]) -> bool:
    """Whether the labelled block at line `i`, some of whose labels a fact box prints too, is a
    service's record: it names the paper or the day (with its year) the story ran, or the
    service's client or search, and no byline or date stamp stands over it (an article's box
    stands under its headline, its byline and its stamp; a record over its story)."""
    from archiver.extract.bylines import is_by_line, parse_byline
    from archiver.extract.page import is_date_stamp

    if not any(
        label in _RECORD_SOURCE
        or label in _RECORD_SERVICE
        or (label in _RECORD_DATE and _RECORD_YEAR.search(value) is not None)
        for _at, label, value in rows
    ):
        return False
    for k in _text_lines(lines, 0, i):
        found = parse_byline(lines[k])
        if is_by_line(lines[k]) or (found is not None and found.names) or is_date_stamp(lines[k]):
            return False
    return True


def labelled_record(lines: list[str]) -> Export | None:
    """A clipping service's record of labelled fields over the story (see above), or None."""
    text = _text_lines(lines)[:_HEADER_LINES]
    for i in text:
        if i > 0 and lines[i - 1] and _RECORD_FIELD.match(lines[i - 1]):
            continue  # a block is read from its first line
        rows: list[tuple[int, str, str]] = []
        j = i
        while j < len(lines) and lines[j] and (m := _RECORD_FIELD.match(lines[j])) is not None:
            rows.append((j, " ".join(m.group("label").lower().split()), m.group("value").strip()))
            j += 1
            if (
                j + 1 < len(lines)
                and not lines[j]
                and lines[j + 1]
                and _RECORD_FIELD.match(lines[j + 1])
            ):
                j += 1  # a copy that sets a blank line between every line: the record goes on
        titles = [r for r in rows if r[1] in _RECORD_TITLE]
        others = {r[1] for r in rows if r[1] in _RECORD_LABELS}
        if any(r[1] not in _RECORD_LABELS | _RECORD_TITLE | _RECORD_WRITER for r in rows):
            continue  # a field no clip record prints: some other labelled block
        title_at = _title_under_fields(lines, j) if not titles else None
        run_on = _title_run_on(lines, title_at) if title_at is not None else None
        if title_at is not None and len(others) >= _RECORD_MIN_LABELS_UNTITLED:
            # "Author: ..." / "Source: ..." / "Date: ..." / "Section: ..." / "Word count: ..."
            # over the headline unlabelled, then the story: a library database's record
            # prints its fields over the article's own title
            title = lines[title_at] if run_on is None else f"{lines[title_at]} {lines[run_on]}"
            titles = [(title_at, "title", title)]
        if len(titles) != 1 or len(others) < _RECORD_MIN_LABELS:
            continue
        if any(r[1] in _RECORD_BOX_LABELS for r in rows) and not _record_evidence(lines, i, rows):
            continue  # an article's fact box, under its headline and byline
        out = _Builder("clipping service's record", lines)
        if title_at is not None:
            out.flag(title_at, "the article's title under the record's fields")
            if run_on is not None:
                out.flag(run_on, "the title's second line, going on in lower case")
            for k in _text_lines(lines, j, title_at):
                out.flag(k, "the section the article ran in, over its title")
            for k in _display_under_title(lines, title_at):
                out.flag(k, "the article's deck under its title, over the story")
            above = _text_lines(lines, 0, i)
            if not any(_prose_line(lines[k]) for k in above):
                # "Meltwater" / "Media Report: ... - Daily Coverage" / "Generated ..." / "Item
                # 4 of 11": the report's header and the item's number over its fields
                for k in above:
                    out.flag(k, "the service's report header over the record")
        for at, label, _value in rows:
            if label not in _RECORD_WRITER:  # the writer's field is read by the byline grammar
                out.flag(at, f"the record's {label} field")
        below = next((k for k in range(j, min(len(lines), j + 3)) if lines[k]), None)
        if below is not None and _RECORD_STORY_LABEL.match(lines[below]):
            out.flag(below, "the record's label over the story")
            first = next((k for k in range(below + 1, len(lines)) if lines[k]), None)
            if first is not None and lines[first] == titles[0][2]:
                out.flag(first, "the record's title printed again over the story")
            # the archive's citation of the record under the story ("Source Citation" over
            # 'Roe, Jane. "Title." Paper, date, p. 7. Gale Primary Sources.')
            foot = next(
                (k for k in range(below + 1, len(lines)) if _GALE_CITATION.match(lines[k])), None
            )
            if foot is not None:
                out.flag_range(foot, len(lines), "the record's citation under the story")
        return out.export(headline=titles[0][2])
    return None


# --- A newsroom CMS's story record as text ---------------------------------------------------
# A content system's export of one story (a "save as text" from WordPress VIP, Arc, Brightspot,
# Eidos or a desk's own tool, an archive's dump): its fields one a line, the key first ("slug:
# council-budget-0305", "status: published", "hed: ...", "dek: ...", "byline: ...", "dateline:
# MESA, Ariz.", "pubdate: 2024-...", "photo_caption: ...", "photo_credit: ..."; or in capitals:
# "CONTENT ID: 8821743", "HEADLINE:", "SUMMARY:", "LAST MODIFIED:", "IMAGE:"), then the story
# under a "body:" label or a rule ("---"). Known on its structure: a block of such fields at
# the top, every key one a CMS uses, one of them the headline's and two of them the record's
# own (a slug, a status, an id, a summary, a time stamp): "Title: Dr." or a clipping service's
# record (read by labelled_record) is none.
# Arc XP's export writes its fields as their paths in the story's ANS document, dots between
# the names ("headlines.basic:", "promo_items.basic.credits.by:"), read as the keys below.
_CMS_FIELD = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z0-9 _-]{0,24}?|[a-z][a-z_]*(?:\.[a-z_]+){1,4})"
    r"\s*:\s*(?P<value>.*)$"
)
# A picture's number in its fields' keys ("IMAGE_1:", "IMAGE_1_CAPTION:", "photo2_credit"):
# the key without it is the field's kind.
_CMS_KEY_NUMBER = re.compile(r"(?<=[a-z])\s?\d{1,2}(?=\s|$)")
_CMS_TITLE = frozenset({"hed", "headline", "head", "title"})
_CMS_WRITER = frozenset({"byline", "author", "authors", "by"})
_CMS_CAPTION = frozenset(
    {
        "photo caption",
        "caption",
        "image",
        "image caption",
        "photo",
        "cutline",
        "photo credit",
        "image credit",
        "credit",
        "photographer",
        # a desk's budget names the story's picture its art ("ART: plant-0619-01.jpg |
        # CAPTION: ... | PHOTOG: JANE ROE")
        "art",
        "photog",
    }
)
_CMS_OWN = frozenset(
    {
        "slug",
        "status",
        "content id",
        "story id",
        "asset id",
        "id",
        "dek",
        "deck",
        "summary",
        "subhed",
        "subhead",
        "standfirst",
        "pubdate",
        "pub date",
        "publish date",
        "published",
        "updated",
        "modified",
        "last modified",
        "created",
        "keywords",
        "tags",
        "kicker",
        "priority",
        "word count",
        "budget line",
        "post type",
        "account",
        "byline title",
    }
)
_CMS_SHARED = frozenset(
    {
        "section",
        "desk",
        "category",
        "categories",
        "url",
        "edition",
        "page",
        "dateline",
        # a print system's export names the paper and the day the story ran in, and its
        # length ("Publication: The Daily Sentinel", "Run date: 11/06/2019", "Length: 402
        # words"), as Newscycle's and DTI's story exports do
        "publication",
        "run date",
        "length",
        # a feed's or an export's kind of item ("type: article", "type: story")
        "type",
    }
)
# WordPress's own names for the same fields, its wp_posts columns and the fields an export
# plugin adds ("post_title:", "post_content:", "post_author: mkelleher", "author_display_name:",
# "featured_image_caption:"), read as the keys above. post_author is the account's login or
# id, not the name the story ran under: a record field, never the byline.
_CMS_ALIASES = {
    "post title": "title",
    "post content": "content",
    "post excerpt": "summary",
    "post status": "status",
    "post name": "slug",
    "post date": "pubdate",
    "post date gmt": "pubdate",
    "post modified": "modified",
    "post modified gmt": "modified",
    "post id": "id",
    "post type": "post type",
    "post author": "account",
    "author display name": "author",
    "author name": "author",
    "display name": "author",
    "featured image": "image",
    # a YAML export's list of the story's pictures ("photos:" / "- caption: ..." / "credit:
    # ..."), each item a picture's caption and credit
    "photos": "photo",
    "images": "image",
    "featured image caption": "image caption",
    "featured image credit": "image credit",
    # Arc XP's ANS paths (Arc's "ANS schema": headlines, subheadlines, credits.by,
    # display_date, taxonomy, promo_items, content_elements)
    "headlines.basic": "title",
    "subheadlines.basic": "dek",
    # the export's own words for the deck under the headline ("subheadline:", "sub_heading:")
    "subheadline": "dek",
    "sub headline": "dek",
    "subheading": "dek",
    "sub heading": "dek",
    "subtitle": "dek",
    "sub title": "dek",
    "description.basic": "summary",
    "credits.by": "byline",
    "display date": "pubdate",
    "publish date": "pubdate",
    "first publish date": "pubdate",
    "last updated date": "modified",
    "canonical url": "url",
    "website url": "url",
    "taxonomy.primary section": "section",
    "promo items.basic.caption": "image caption",
    "promo items.basic.credits.by": "image credit",
    "content elements": "content",
}
_CMS_BODY = frozenset({"body", "body text", "story", "text", "content"})
# a rule over the story, perhaps with the body's name set in it ("---BODY---", "=== TEXT ===")
_CMS_RULE = re.compile(
    r"^(?:-{3,}|={3,}|\*{3,}|_{3,})(?:\s?(?i:body|body text|story|text|content)\s?"
    r"(?:-{3,}|={3,}|\*{3,}|_{3,}))?$"
)
_CMS_MIN_OWN = 2
# A field whose key we do not know, written as an export writes keys ("seo_title:",
# "hero_image_alt:"): words joined by underscores, which no wrapped value's line opens with.
_CMS_SNAKE_KEY = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s*:")
# A key of one word in lower case ("language:"), read as a field only among snake-case keys.
_CMS_LOWER_KEY = re.compile(r"^(?P<key>[a-z][a-z0-9]{1,20}):(?:\s|$)")
# A record with no label or rule over its story: this many fields over the story's prose.
_CMS_MIN_FIELDS_BARE = 4
_CMS_TOP = 3  # the record's first field among the text's first lines


# The lead picture's fields under the name a system gives that picture ("hero_caption",
# "lead_image_credit", "main_photo", "top_image_caption"): the field's last word says which.
_CMS_LEAD_PICTURE = re.compile(
    r"^(?:hero|lead|main|top|header|promo|teaser)(?: (?:image|photo|picture|media))?"
    r" (caption|credit|image|photo)$"
)


def _cms_label(line: str) -> tuple[str, str] | None:
    m = _CMS_FIELD.match(line)
    if m is None:
        return None
    label = " ".join(m.group("label").lower().replace("_", " ").replace("-", " ").split())
    label = _CMS_KEY_NUMBER.sub("", label)
    label = _CMS_ALIASES.get(label, label)
    if (lead := _CMS_LEAD_PICTURE.match(label)) is not None:
        # "hero_caption", "lead_image_credit", "main_photo": the lead picture's fields
        label = "image" if lead.group(1) in ("image", "photo") else f"image {lead.group(1)}"
    known = _CMS_TITLE | _CMS_WRITER | _CMS_CAPTION | _CMS_OWN | _CMS_SHARED | _CMS_BODY
    return (label, _unquoted(m.group("value").strip())) if label in known else None


def cms_field_known(label: str) -> bool:
    """Whether a CMS record names a field so (a label, without its colon)."""
    return _cms_label(f"{label}: x") is not None


# An item of a YAML list, perhaps a person's block opened by its name's key ("- name: Jane
# Roe", "- display_name: Jane Roe").
_YAML_ITEM = re.compile(r"^-\s+(?:(?:display[_ ])?name\s*:\s*)?(?P<value>\S.*)$")


def _yaml_items(run_on: list[str]) -> list[str]:
    """The values of the YAML list items among a field's run-on lines (its items' other keys
    left out); none unless the first run-on line is an item."""
    if not run_on or _YAML_ITEM.match(run_on[0].strip()) is None:
        return []
    found = (_YAML_ITEM.match(line.strip()) for line in run_on)
    return [_unquoted(m.group("value").strip()) for m in found if m is not None]


# YAML's mark that a field's value is the block of lines under it ("body: |", "text: >-").
_YAML_BLOCK = re.compile(r"^[|>][+-]?$")
# A YAML list's item keyed as a field ("- caption: Seaweed is hauled aboard off Casco Bay.").
_YAML_KEYED_ITEM = re.compile(r"^-\s+[a-z][a-z_]{1,20}\s*:\s")
# The keys of a person's block in a YAML list of writers, under its "- name: Jane Roe" item
# ("title: Staff Writer", "role: Reporter", "org: The Herald"): the writer's title there, not
# the story's (the copy keeps no indent to tell them apart).
_PERSON_KEYS = re.compile(
    r"^(?:title|role|job[_ ]title|org|organi[sz]ation|affiliation|email|e-mail|twitter|url|bio|"
    r"type|slug|id)\s*:",
    re.IGNORECASE,
)


def _person_key(label: str, run_on: list[str], line: str) -> bool:
    """`line` is one more key of a writer's block in a writers' list field ("authors:" /
    "- name: Jane Roe" / "title: Staff Writer")."""
    return (
        label in _CMS_WRITER
        and bool(run_on)
        and _YAML_ITEM.match(run_on[0].strip()) is not None
        and _PERSON_KEYS.match(line) is not None
    )


def _unquoted(value: str) -> str:
    """A field's value without the quotes YAML front matter (Jekyll's, Hugo's, a WordPress
    export's) sets a string in: 'post_title: "Dam repairs begin"' -> 'Dam repairs begin'."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def is_cms_record(lines: list[str]) -> bool:
    """Whether the text is a CMS's story record (see above)."""
    return _cms_record(lines) is not None


def _cms_record(lines: list[str]) -> Export | None:
    """A CMS's story record (see above), or None."""
    text = _text_lines(lines)
    if not text:
        return None
    start = next((i for i in text[:_CMS_TOP] if _cms_label(lines[i]) is not None), None)
    if start is None:
        return None
    fields: list[tuple[str, list[int], str]] = []  # label, rows, value with its run-on lines
    body_at: int | None = None
    prose_at = False  # the story opens right under the fields, with no label or rule
    i = start
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        found = _cms_label(lines[i])
        if found is None and fields and (key := _CMS_SNAKE_KEY.match(lines[i])) is not None:
            # "seo_title: ...", "hero_image_alt: ...": a key we do not know, in the record's
            # own snake case among its fields, is one more of its fields (read for nothing)
            name = key.group(0).rstrip(": ").replace("_", " ")
            found = (name, lines[i][key.end() :].strip())
        if (
            found is None
            and fields
            and (key := _CMS_LOWER_KEY.match(lines[i])) is not None
            and any(_CMS_SNAKE_KEY.match(lines[rows[0]]) for _label, rows, _value in fields)
        ):
            # "language: en", "license: syndication" among keys in snake case: one more of
            # the record's fields in its own lower case (prose opens with a capital)
            found = (key.group("key"), lines[i][key.end() :].strip())
        if found is None:
            if _CMS_RULE.match(lines[i]):
                body_at = i
            elif (
                len(fields) >= _CMS_MIN_FIELDS_BARE
                and start == text[0]
                and all(len(rows) == 1 and value for _label, rows, value in fields)
                and _prose_line(lines[i])
            ):
                # "id: ..." / "headline: ..." / "byline: ..." / "published: ..." /
                # "section: ..." over the story's first paragraph: a feed's or an export's
                # record that sets no label over the body; its fields still say what it is
                # (the record opens the text, each field a line with its value: an empty
                # "summary:" has its value under it, no story)
                body_at, prose_at = i, True
            break
        label, value = found
        if label in _CMS_BODY and fields:
            body_at = i
            break
        rows = [i]
        # a value the export wrapped runs on in the lines right under it that are no field
        j = i + 1
        while (
            j < len(lines)
            and lines[j]
            and len(rows) < _VALUE_LINES
            and (
                (_cms_label(lines[j]) is None and not _CMS_SNAKE_KEY.match(lines[j]))
                or _person_key(label, [lines[k] for k in rows[1:]], lines[j])
            )
            and not _CMS_RULE.match(lines[j])
            # a YAML list's item keyed as a field ("- caption: Seaweed is hauled aboard off
            # Casco Bay."): the list's, however long its value
            and (not _prose_line(lines[j]) or _YAML_KEYED_ITEM.match(lines[j]) is not None)
        ):
            rows.append(j)
            j += 1
        run_on = [lines[k] for k in rows[1:]]
        if label in _CMS_WRITER and not value and (items := _yaml_items(run_on)):
            # "authors:" / "  - name: Jane Roe" / "    role: Staff writer": YAML's list of
            # the writers, each an item ("- ") or a person's block ("- name: ..."); the
            # block's other keys (role, org, email) are no name
            fields.append((label, rows, " and ".join(items)))
        else:
            fields.append((label, rows, " ".join([value, *run_on]).strip()))
        i = j
    titles = [f for f in fields if f[0] in _CMS_TITLE and f[2]]
    own = {f[0] for f in fields if f[0] in _CMS_OWN}
    # a key in a system's snake case ("post_title:") and a YAML list's keyed item ("- name:
    # Jane Roe") say as much as a key of the record's own: no one types them in prose
    machine = sum(1 for _label, rows, _value in fields if _CMS_SNAKE_KEY.match(lines[rows[0]]))
    listed = any(
        _YAML_KEYED_ITEM.match(lines[k]) is not None
        for _label, rows, _v in fields
        for k in rows[1:]
    )
    if len(titles) != 1 or len(own) + machine + listed < _CMS_MIN_OWN or body_at is None:
        return None  # the headline's key, the record's own keys and the story's label or rule
    out = _Builder("CMS record", lines)
    for k in text:
        if k < start and (_WP_COMMENT.match(lines[k]) or _EXPORT_TITLE.match(lines[k])):
            # "<!-- Exported from Arc XP: story ANV4... -->", "NEWSCYCLE CONTENT EXPORT": the
            # exporter's note or title over the record
            out.flag(k, "the exporter's note over the record")
        elif k < start and _CMS_SNAKE_KEY.match(lines[k]):
            # "article_id: 312455" over the first field we know: a key in the record's own
            # snake case, one more of its fields (read for nothing)
            out.flag(k, "the record's own field over its known ones")

    values = {label: value for label, _rows, value in fields if value}
    for label, rows, _value in fields:
        for k in rows:
            out.flag(k, f"the record's {label} field")
    found_body = None if prose_at else _cms_label(lines[body_at])
    if prose_at:
        pass  # the story's first paragraph: no label to take off
    elif found_body is not None and found_body[1] and not _YAML_BLOCK.match(found_body[1]):
        out.lines[body_at] = found_body[1]  # "BODY: text ...": the story on the label's line
    else:
        out.flag(body_at, "the record's label or rule over the story")
    byline = next((values[k] for k in ("byline", "by", "author", "authors") if k in values), None)
    if byline is None and _account_person(values.get("account", "")):
        # "post_author: Rick Jansen": an export plugin that writes the author's display name
        # in the account's column (a login, "mkelleher" or "17", names no one)
        byline = values["account"]
    for k in range(body_at + 1, len(out.lines)):
        line = out.lines[k]
        if _WP_COMMENT.match(line):
            out.flag(k, "the editor's marker in the story's markup")
        elif _CMS_BODY_END.match(line):
            out.flag(k, "the record's mark closing its body field")
        elif _CMS_SNAKE_KEY.match(line):
            # "image_url:" / "image_caption:" under the story: the record's fields after its
            # body field (a key in snake case opens no paragraph of prose)
            out.flag(k, "the record's field after its body")
        elif _WP_CAPTION.match(line) and (words := _shortcode_text(line)):
            # "[caption id=... ]<img ... /> Players celebrate. (Jane Roe/Courier)[/caption]":
            # WordPress's caption shortcode around the picture, as its editor stores it;
            # the caption's words are what the page prints under the photo
            out.lines[k] = words
        elif (bold := _BOLD_PARAGRAPH.match(line)) is not None and not any(
            out.lines[j] for j in range(body_at + 1, k)
        ):
            # "<p><strong>By Jane Roe</strong></p>" first in the body field as the editor
            # stores it: a paragraph all in bold at the story's head (its byline or kicker),
            # read as its words; the story's own paragraphs keep their tags, which part them
            out.lines[k] = " ".join(bold.group("words").split())
    return out.export(headline=titles[0][2], byline=byline, dateline=values.get("dateline"))


# A paragraph of a stored body in HTML, whole on its line, all of it one bold element.
_BOLD_PARAGRAPH = re.compile(
    r"^<p\b[^>]*>\s*<(?P<tag>strong|b)>(?P<words>[^<>]{2,120})</(?P=tag)>\s*</p>$", re.IGNORECASE
)


# A person's name as an account's display name: two to four capitalised words.
_ACCOUNT_NAME = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$")
# The words of an account's display name that name its role, not a person ("Site Admin",
# "Content Manager", "Web Desk": WordPress's and its plugins' default or shared accounts).
_ACCOUNT_ROLE_WORDS = CMS_ACCOUNT_WORDS | frozenset(
    "manager author authors moderator site digital content super publisher account".split()
)


def _account_person(value: str) -> bool:
    """post_author holds a person's display name ("Rick Jansen"): two to four capitalised
    words that read as a name, none of them an account's role ("Site Admin", "Web Desk")."""
    from archiver.extract.bylines import looks_like_name

    return (
        _ACCOUNT_NAME.match(value) is not None
        and not any(w.lower() in _ACCOUNT_ROLE_WORDS for w in value.split())
        and looks_like_name(value)
    )


_WP_COMMENT = re.compile(r"^<!--.*-->$")
# The export's own title over its first field: "NEWSCYCLE CONTENT EXPORT", "Story export".
_EXPORT_TITLE = re.compile(
    r"^[A-Za-z][\w.&' -]{0,50}\s(?i:export)$"
    # "=== EXPORT: story 88213 ===": the exporter's banner between rules
    # ("### export job 88213 / hdn-prod / 2010-04-21 10:02:17 ###", in hashes too)
    r"|^(?P<rule>[-=*_#])(?P=rule){2,}\s?(?i:export)\b.{0,60}?\s?(?P=rule){3,}$"
)
# "END_BODY", "END OF STORY", "/BODY": the record's mark closing its body field.
# (set in the rule that opened it: "---END BODY---")
_CMS_BODY_END = re.compile(
    r"^(?:[-=*_]{3,}\s?|\[)?(?i:(?:end[_ ](?:of[_ ])?|/)(?:body|story|text|content))"
    r"(?:\s?[-=*_]{3,}|\])?$"
    # "=== END story 88213 ===": the exporter's banner closing the record, its number again
    r"|^[-=*_]{3,}\s?(?i:end)\s(?i:story|record|item|export)\b[^-=*_]{0,40}[-=*_]{3,}$"
)
_WP_CAPTION = re.compile(r"^\[caption\b[^\]]*\].*\[/caption\]$")
_WP_MARKUP = re.compile(r"\[/?caption\b[^\]]*\]|<img\b[^>]*>|</?a\b[^>]*>")


def _shortcode_text(line: str) -> str:
    return " ".join(_WP_MARKUP.sub(" ", line).split())


# --- NITF converted to text -------------------------------------------------------------------
# An agency's or an archive's NITF (the News Industry Text Format) written out as text, one
# element a line, its path in the document as the label ("hedline.hl1: ...", "byline: By JANE
# ROE", "byttl: Associated Press Writer", "dateline.location: BANTUL, Indonesia",
# "body.content:", "body.end.tagline: ..."). The labels are NITF's own element names, so the
# headline is hl1's and the byline byline's; the story is what follows body.content.
_NITF_FIELD = re.compile(
    r"^(?P<label>[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*){0,3})\s*:\s*(?P<value>.*)$"
)
_NITF_ELEMENTS = frozenset(
    """head title meta docdata doc-id doc.copyright doc-scope urgency fixture date.issue
    date.release date.expire ed-msg ednote du-key series evloc identified-content pubdata
    revision-history hedline hl1 hl2 byline byttl person dateline location story.date
    distributor abstract body body.head body.content body.end tagline bibliography note
    copyrite""".split()
)
_NITF_MIN_FIELDS = 4


def _nitf_label(line: str) -> tuple[str, str] | None:
    m = _NITF_FIELD.match(line)
    if m is None:
        return None
    label = m.group("label")
    # the path's first element, or its first two joined by a dot ("body.content", "doc-id")
    parts = label.split(".")
    if parts[0] not in _NITF_ELEMENTS and ".".join(parts[:2]) not in _NITF_ELEMENTS:
        return None
    return label, m.group("value").strip()


def _nitf_text(lines: list[str]) -> Export | None:
    top = _text_lines(lines)[:_HEADER_LINES]
    fields = [(i, f) for i in top if (f := _nitf_label(lines[i])) is not None]
    labels = {f[0] for _i, f in fields}
    titled = any(lab.split(".")[-1] == "hl1" for lab in labels)
    body = next((i for i, f in fields if f[0] in ("body.content", "body")), None)
    if len(fields) < _NITF_MIN_FIELDS or not titled or body is None:
        return None  # NITF's own title and body elements among several of its labels
    out = _Builder("NITF as text", lines)
    values = {f[0]: f[1] for _i, f in fields if f[1]}
    headline = next((v for lab, v in values.items() if lab.split(".")[-1] == "hl1"), None)
    byline = values.get("byline")
    if byline and values.get("byttl"):
        byline = f"{byline}, {values['byttl']}"  # the writer's title, its own element
    place = next((v for lab, v in values.items() if lab.split(".")[-1] == "location"), None)
    first = fields[0][0]
    for i in top:
        if i < first and "nitf" in lines[i].lower():
            out.flag(i, "the converter's note over the NITF's fields")
    for i, _f in fields:
        if i < body:
            out.flag(i, "the NITF's head element, as a labelled line")
    out.text_after_label(body, _nitf_label(lines[body]), "body.content")
    for i in _text_lines(lines, body + 1):
        found = _nitf_label(lines[i])
        if found is not None and found[0].startswith("body.end"):
            # "body.end.tagline: ... contributed to this report.": the story's own tagline
            if found[1]:
                out.lines[i] = found[1]
            else:
                out.flag(i, "the NITF's body.end label")
    return out.export(headline=headline, byline=byline, dateline=place)


# --- NewsML converted to text -----------------------------------------------------------------
# An agency's NewsML item (IPTC's NewsML 1.x, as Yonhap, Kyodo and others delivered it, or
# NewsML-G2, as AAP, AFP and dpa deliver it) flattened to text by a client's converter: one
# element a line under its name ("NewsItemId: ...", "FirstCreated: ...", "HeadLine: ...",
# "ByLine: By ...", "DataContent:"; G2's "itemMeta", "versionCreated: ...", "pubStatus:
# stat:usable", "headline: ...", "by: ...", "contentSet", "inlineXML"), a container alone
# on its line, an element with its attributes ('Property FormalName="Category" Value="..."').
# The names are the standards' own, so the headline is HeadLine's (G2's headline) and the
# byline ByLine's (G2's by); the story is the text under the last element. Known on two of
# the names only NewsML uses ("Headline:", "Status:" are any record's words).
_NEWSML_FIELD = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z0-9]{1,30})"
    r"(?:\s*:\s*(?P<value>.*)|(?:\s+[A-Za-z:]+=\"[^\"]*\")+)?$"
)
_NEWSML_OWN = frozenset(
    """newsitemid dateid providerid publicidentifier newsenvelope datetimesent newsservice
    newsproduct thisrevisioncreated newslines newsline subheadline bylinetitle copyrightline
    keywordline datacontent newscomponent contentitem descriptivemetadata
    administrativemetadata rightsmetadata subjectcode revisionid itemmeta itemclass
    versioncreated pubstatus contentmeta contentset inlinexml inlinedata remotecontent
    rightsinfo copyrightholder copyrightnotice catalogref contentcreated contentmodified
    infosource""".lower().split()
)
_NEWSML_SHARED = frozenset(
    """newsitem status urgency priority firstcreated property headline byline by dateline
    creditline slugline language genre subject keyword description provider creator
    contributor located signal ednote embargoed audience altid mediatype format""".split()
)
_NEWSML_MIN_OWN = 2


def _newsml_label(line: str) -> tuple[str, str] | None:
    m = _NEWSML_FIELD.match(line)
    if m is None:
        return None
    label = m.group("label").lower()
    if label not in _NEWSML_OWN | _NEWSML_SHARED:
        return None
    return label, (m.group("value") or "").strip()


def _newsml_text(lines: list[str]) -> Export | None:
    """NewsML flattened to text (see above), or None."""
    text = _text_lines(lines)
    if not text or _newsml_label(lines[text[0]]) is None:
        return None
    fields: list[tuple[int, str, str]] = []
    for i in text[:_HEADER_LINES]:
        found = _newsml_label(lines[i])
        if found is None:
            break
        fields.append((i, *found))
    own = {label for _i, label, _v in fields if label in _NEWSML_OWN}
    titles = [v for _i, label, v in fields if label == "headline" and v]
    if len(titles) != 1 or len(own) < _NEWSML_MIN_OWN or len(fields) == len(text):
        return None  # NewsML's own names, one headline, and a story under them
    out = _Builder("NewsML as text", lines)
    values = {label: v for _i, label, v in fields if v}
    for i, label, _v in fields:
        out.flag(i, f"the NewsML item's {label} element")
    byline = values.get("byline") or values.get("by")
    return out.export(headline=titles[0], byline=byline)


# --- A feed's item as text -------------------------------------------------------------------
# One item of an RSS or Atom feed saved as text (a feed reader's or a script's dump): the
# element's name alone on the first line ("entry", "item", "<item>"), then its child elements
# one a line, each named as the feed's format names it (RSS 2.0, Atom's RFC 4287, Media RSS,
# Dublin Core: "title:", "link:", "id:", "updated:", "author:", "dc:creator:", "media:credit:"),
# then the story under "summary:", "description:" or "content:". The headline is the title's;
# "media:credit" is the picture's credit, left in the text for the credit grammar.
# (a reader app may name the element with its format, "RSS item", "Atom entry")
_FEED_ITEM = re.compile(r"^<?(?:(?:RSS|Atom|rss|atom)\s+)?(?:entry|item)>?$")
# A feed reader's header over the item in its place: the feed's name under its label and the
# item's place in the feed ("Feed: KARE 11 - Local News" / "Item 14 of 30"), then the item's
# elements labelled in title case ("Title:", "Link:", "Published:", "Author:", "Categories:").
# ("RSS: CBS News - Latest": the feed under its format's name)
_FEED_READER_HEAD = re.compile(
    r"^(?:(?:Feed|RSS)\s*:\s*\S.{0,80}|Item\s+\d{1,4}\s+of\s+\d{1,5})$", re.IGNORECASE
)
_FEED_READER_HEAD_LINES = 2
# (an element's attributes may follow its name, as a dump prints Atom's: 'link rel="alternate":',
# "category term:")
_FEED_ELEMENT = re.compile(
    r"^(?P<label>[a-z]+(?::[a-z]+)?|pubDate)(?:\s+[a-z]+(?:=\"[^\"]{0,40}\")?){0,3}\s*:\s*"
    r"(?P<value>.*)$",
    re.I,
)
_FEED_TEXT = frozenset({"summary", "description", "content", "content:encoded"})
# ("rights", Atom's, and "dc:rights": the feed's copyright notice, no picture's credit;
# "creator", Dublin Core's element as feed parsers name it without its prefix: rss-parser's,
# n8n's and other tools' "creator" field is the item's dc:creator)
_FEED_OWN = frozenset(
    """link id guid updated published pubdate author dc:creator creator dc:date category source
    comments enclosure media:content media:thumbnail media:description media:title
    media:keywords rights dc:rights categories""".split()
)
_FEED_CREDIT = frozenset({"media:credit"})
_FEED_MIN_OWN = 2
# An item dumped with no element's name over it opens on its "Title:" (a reader's or a
# script's export of the item's fields, "Title:" / "Link:" / "Published:" / "Creator:"):
# more of the feed's own elements say so, the item's address among them (a clipping record's
# "Title:" / "Author:" / "Source:" has no address of the item's).
_FEED_MIN_OWN_UNNAMED = 3
_FEED_ADDRESS = frozenset({"link", "guid", "id"})
# A web address alone on its line.
_LINK_ALONE = re.compile(r"^https?://\S+$")


def _app_label(line: str) -> bool:
    """A short heading with no sentence's end and no element's colon: "Blog post | Lancet
    Countdown", "Article · Coastal Futures Lab"."""
    return (
        len(line.split()) <= 8
        and _FEED_ELEMENT.match(line) is None
        and not line.endswith((".", "!", "?", ":"))
    )


def _feed_item(lines: list[str]) -> Export | None:
    """A feed's item as text (see above), or None."""
    text = _text_lines(lines)
    # (a reader's "Categories:" is the item's categories joined, as "category:" is one)
    head = 0  # the feed reader's header lines over the item (see _FEED_READER_HEAD)
    while head < min(_FEED_READER_HEAD_LINES, len(text)) and _FEED_READER_HEAD.match(
        lines[text[head]]
    ):
        head += 1
    if not text:
        return None
    # "Fresh Air Bulletin" / "RSS item" / "title: ...": the feed's name over the element's (a
    # newsletter tool's or a reader's dump of one item)
    feed_named = (
        head == 0
        and len(text) > 2
        and _FEED_ITEM.match(lines[text[0]]) is None
        and _app_label(lines[text[0]])
        and _FEED_ITEM.match(lines[text[1]]) is not None
    )
    # the item's "title:" element on the first line, no element's name over it
    unnamed = head == 0 and not feed_named and _FEED_ITEM.match(lines[text[0]]) is None
    if unnamed and not _feed_title_first(lines[text[0]]):
        return None
    fields: list[tuple[int, str, str]] = []
    carried: list[tuple[int, str]] = []  # an element's address on the line under its name
    first = 0 if unnamed else head or (2 if feed_named else 1)
    if (
        not head
        and not feed_named
        and not unnamed
        and len(text) > 2
        and _app_label(lines[text[1]])
        and _FEED_ELEMENT.match(lines[text[2]])
    ):
        # "<entry>" / "Blog post | Lancet Countdown" / "updated: ...": the reader app's
        # heading for the item (its kind and its feed's name) between the element's name
        # and its first child
        first = 2
    for i in text[first:_HEADER_LINES]:
        if fields and not fields[-1][2] and _LINK_ALONE.match(lines[i]):
            # "link:" / "https://paper.com/2024/...": the element's address on the next line,
            # moved down whole by a wrapper (no address breaks), is its value
            fields[-1] = (fields[-1][0], fields[-1][1], lines[i].strip())
            carried.append((i, fields[-1][1]))
            continue
        m = _FEED_ELEMENT.match(lines[i])
        if m is None:
            break
        label = m.group("label").lower()
        if head and label == "item":
            # "RSS: CBS News - Latest" / "Item: Maine lobster shack wins ...": under the
            # reader's header, the item named by its title (the feed's <item> element)
            label = "title"
        fields.append((i, label, m.group("value").strip()))
    titles = [f for f in fields if f[1] == "title" and f[2]]
    own = {f[1] for f in fields if f[1] in _FEED_OWN}
    known = _FEED_OWN | _FEED_TEXT | _FEED_CREDIT | {"title"}
    if len(titles) != 1 or len(own) < _FEED_MIN_OWN or any(f[1] not in known for f in fields):
        return None  # the title and the item's own elements, and no field a feed has not
    if unnamed and (
        len(own) < _FEED_MIN_OWN_UNNAMED
        or not any(f[1] in _FEED_ADDRESS and _LINK_ALONE.match(f[2]) for f in fields if f[2])
    ):
        return None  # a record's labelled fields, no feed item's
    out = _Builder("feed item", lines)
    if head:
        for k in text[:head]:
            out.flag(k, "the feed reader's header over the item (the feed, the item's place)")
    elif feed_named:
        out.flag(text[0], "the feed's name over the item's element name")
        out.flag(text[1], "the feed's element name over the item")
    elif not unnamed:
        out.flag(text[0], "the feed's element name over the item")
    if first == 2 and not head:
        out.flag(text[1], "the reader app's heading over the item's elements")
    values = {label: value for _i, label, value in fields if value}
    for i, label, value in fields:
        if label in _FEED_CREDIT and value:
            out.lines[i] = value  # "Photo: Jane Roe/Agency": the picture's credit as printed
        elif label in _FEED_TEXT and value:
            out.lines[i] = value  # the story on its element's line
        else:
            out.flag(i, f"the item's {label} element")
    for i, label in carried:
        out.flag(i, f"the item's {label} element's address, under its name")
    last = fields[-1][0]
    for i in reversed(text):
        # the elements an item closes with under its text (Atom's "rights:" after "summary:")
        m = _FEED_ELEMENT.match(lines[i]) if i > last else None
        if m is None or m.group("label").lower() not in _FEED_OWN:
            break
        out.flag(i, f"the item's {m.group('label').lower()} element, under its text")
    byline = values.get("dc:creator") or values.get("creator") or values.get("author")
    if unnamed and byline is not None and not _feed_writers(byline):
        # "Creator: Evernote Web Clipper": with no element's name over the fields, the one
        # that names the writer names the tool that saved the item as often; a person only
        byline = None
    return out.export(headline=titles[0][2], byline=byline)


# The words a tool that saves or relays an item signs its "creator" field with ("Evernote Web
# Clipper", "Feedly Bot", "RSS Importer"), no person's name holds.
_FEED_TOOL_WORDS = frozenset(
    """clipper clipping extension plugin plug-in app bot bots rss feed feeds reader importer
    exporter scraper crawler automation webhook script evernote feedly inoreader zapier ifttt
    n8n instapaper readwise omnivore wordpress""".split()
)


def _feed_writers(value: str) -> bool:
    """The item's creator (or author) field names persons ("Yaimara Fuentes Cabrera", "Jane
    Roe and John Doe"): no agency, desk or account, no tool that saved the item."""
    from archiver.extract.bylines import is_agency, name_list

    names = name_list(value)
    return (
        names is not None
        and not is_agency(value)
        and not any(
            w.lower() in _FEED_TOOL_WORDS or w.lower() in CMS_ACCOUNT_WORDS
            for name in names
            for w in name.split()
        )
    )


def _feed_title_first(line: str) -> bool:
    """The item's "title:" element, as a dump with no element's name over it opens."""
    m = _FEED_ELEMENT.match(line)
    return m is not None and m.group("label").lower() == "title" and bool(m.group("value").strip())


_READERS = (
    _lexis,
    _factiva,
    _proquest,
    _newsbank,
    _ebsco,
    _wire_header,
    _gale,
    _nitf_text,
    _newsml_text,
    _cms_record,
    _feed_item,
    labelled_record,
    field_table,
)


# A caption's field in an export, on a line of its own: LexisNexis's "GRAPHIC: PHOTO, ...",
# NewsBank's and ProQuest's "Caption: ...", "Photo: ...". The caption may run on in the lines
# right under the label's (no blank between) that are no field of their own.
# (a CMS record's "IMAGE:", "photo_caption:", "Image caption:" fields too, and WordPress's
# "featured_image_caption:"; a desk budget's "ART:" field, the picture's file and caption; a
# YAML export's "caption:" and "credit:" keys, lower case, in its picture's block)
_CAPTION_FIELD = re.compile(
    # (a YAML export's list of pictures keys each item's caption: "- caption: ...")
    # "Photos:", a CMS's field listing the story's pictures, each caption with its credit
    r"^(?:-\s+(?=caption\s*:))?(?:GRAPHIC|Graphic|CAPTION|Caption|caption|PHOTOS?|Photos?|ILLUSTRATION|Illustration|IMAGE|"
    r"Image|ART|"
    r"(?:(?i:featured)[_ ])?(?:photo|Photo|PHOTO|image|Image|IMAGE)(?:[_ ]?\d{1,2})?[_ ]"
    r"(?:caption|Caption|CAPTION)|promo_items\.\w+\.caption"
    # the lead picture's field under the name the system gives it ("hero_caption",
    # "lead_image_caption", "main_photo_caption")
    r"|(?i:hero|lead|main|top|promo|teaser)[_ ](?:(?i:image|photo|picture)[_ ])?(?i:caption))"
    r"\s*:\s*"
    r"(?P<value>\S.*)$"
)
# ProQuest's "Credit:" field right under the caption's (a blank line between at most): the
# photo's credit ("Caption: Commuters board ..." / "Credit: JANE ROE / THE TIMES"). Elsewhere
# in a record the same label credits the story to its writer ("Credit: JANE ROE; Calgary
# Herald"), so only the field that follows a caption's is read as the photo's.
_CREDIT_FIELD = re.compile(
    r"^(?:CREDIT|Credit|credit|(?:(?i:featured)[_ ])?(?:photo|Photo|PHOTO|image|Image|IMAGE)"
    r"(?:[_ ]?\d{1,2})?[_ ]"
    r"(?:credit|Credit|CREDIT)|promo_items\.\w+\.credits\.by"
    r"|(?i:hero|lead|main|top|promo|teaser)[_ ](?:(?i:image|photo|picture)[_ ])?(?i:credit))"
    r"\s*:\s*(?P<value>\S.*)$"
)
_ANY_FIELD = re.compile(r"^[A-Za-z][\w -]{0,30}:\s")
# A credit field whose label names the picture ("photo_credit: AP Photo/Jane Roe", "Image
# credit: ..."): the photo's credit even with no caption's field over it (an archive's export
# that kept the credit and dropped the caption); a bare "Credit:" may be the story's.
_PICTURE_CREDIT_FIELD = re.compile(
    r"^(?i:(?:featured[_ ])?(?:photo|image|picture)(?:[_ ]?\d{1,2})?[_ ]credit)\s*:\s*(?P<value>\S.*)$"
)
# Outside a recognised export, only the word "Caption" labels a caption's field (a "Photo:"
# line on a web page is a credit's label, read by the credit grammar).
_CAPTION_WORD = ("Caption", "CAPTION")


# Nexis Uni's section heading for a story's pictures, alone on its line after the body like
# "Body" over it; each paragraph under it (up to the next field) is a picture's caption with
# its credit ("IMAGE; Jane Roe/The Post; caption", "Jane Roe/Toronto Star Nurses tend ...").
_GRAPHIC_HEADING = frozenset({"Graphic", "GRAPHIC"})
_GRAPHIC_GAP = 3  # blank lines Nexis Uni leaves under the heading, at most


@dataclass(frozen=True)
class CaptionField:
    rows: list[int]  # the field's lines: the label's, then the caption's run-on lines
    first: str  # the value on the label's own line
    value: str  # the value with its run-on lines
    credit: str | None = None  # the "Credit:" field under the caption's, when there is one


def _credit_alone(value: str) -> bool:
    from archiver.extract.credits import field_credit_alone

    return field_credit_alone(value)


# "IMAGE: Power lines near the dam. PHOTO: JANE" / "ROE/THE GAZETTE": the credit's label
# with one word of its name closing the line, the name's rest (a short line, no sentence)
# wrapped under it
_CUT_CREDIT = re.compile(
    r"(?:^|[.!?]\s+)(?:PHOTO|Photo|PICTURE|Picture|CREDIT|Credit)\s*:\s*[A-Z][\w.'’-]*$"
)
_CREDIT_REST_WORDS = 4
_CREDIT_REST_LENGTH = 48


def _credit_rest(line: str) -> bool:
    return (
        len(line) <= _CREDIT_REST_LENGTH
        and len(line.split()) <= _CREDIT_REST_WORDS
        and _SENTENCE_END.search(line) is None
    )


def _open_bracket(text: str) -> bool:
    """The text leaves a bracket open: a caption's credit in brackets wrapped onto the next
    line."""
    return text.count("(") > text.count(")")


# How many lines a wrapper may have broken a caption's field over, past the label's line.
_CAPTION_RUN_ON = 3


# A picture's label and credit in a listed caption's line: "Picture: Nick Moir".
_LISTED_PICTURE = re.compile(r"\b(?:PICTURES?|Pictures?|PHOTOS?|Photos?|IMAGES?|Images?)\s*:\s*\S")


def _list_goes_on(first: str, lines: list[str], rows: list[int]) -> bool:
    """A caption field whose label's line (`first`) ends in a semicolon lists several
    pictures ("Picture: Jane Roe;" closes the first one's credit): the list goes on in the
    next line while the lines taken so far (`rows`) end in no sentence's stop."""
    if not first.rstrip().endswith(";"):
        return False
    last = lines[rows[-1]].rstrip() if len(rows) > 1 else first.rstrip()
    if len(rows) > 1 and last.endswith((".", "!", "?")):
        return False
    # the next line carries a picture's label of its own ("... Picture: Dean Sewell; An SES"):
    # a story's paragraph or the export's "Copyright" line under the field carries none
    following = lines[rows[-1] + 1] if rows[-1] + 1 < len(lines) else ""
    return _LISTED_PICTURE.search(following) is not None


def caption_fields(lines: list[str], *, export: bool = True) -> list[CaptionField]:
    """The caption fields of an export's lines (cleaned lines, blank ones empty); of any
    other text's (`export` False), the fields labelled "Caption:"."""
    out: list[CaptionField] = []
    for i, line in enumerate(lines):
        if export and line in _GRAPHIC_HEADING:
            out.extend(_graphic_section(lines, i))
            continue
        m = _CAPTION_FIELD.match(line) if line else None
        if m is None or not (export or line.startswith(_CAPTION_WORD)):
            continue
        rows = [i]
        first = _unquoted(m.group("value").strip())  # (YAML's quotes round a CMS's value)
        j = i + 1
        # the caption on the line under the label's only when that line holds the credit
        # alone ("Caption: Jane Roe | Staff"); "Caption: PHOTO (2)" over two numbered
        # captions, each with its credit, is read line by line
        while (
            j < len(lines)
            and lines[j]
            and not _ANY_FIELD.match(lines[j])
            and len(rows) < 2
            # "Caption: Waves break over the seawall. (Photo by" / "Jane Roe / Nome Nugget)":
            # a bracket the label's line leaves open is closed on the line under it
            and (
                _credit_alone(first)
                or _open_bracket(first)
                or (_CUT_CREDIT.search(first) is not None and _credit_rest(lines[j]))
            )
        ):
            rows.append(j)
            j += 1
        # "GRAPHIC: Smoke over the hills. Picture: Jane Roe;" / "Crews at the depot. Picture:
        # John Doe": a field listing several pictures, the semicolon after the first picture's
        # credit says the list goes on in the lines a wrapper broke it over
        while (
            export
            and _list_goes_on(first, lines, rows)
            and j < len(lines)
            and lines[j]
            and not _ANY_FIELD.match(lines[j])
            and len(rows) <= _CAPTION_RUN_ON
        ):
            rows.append(j)
            j += 1
        # the caption's own lines a wrapper broke it over, no field's label opening them, when
        # the credit's field stands right under them ("promo_items.basic.caption: A plow
        # clears snow along First Avenue" / "East in Cedar Rapids." / "...credits.by: ...")
        run_on = j
        while (
            export
            and run_on < len(lines)
            and run_on - j < _CAPTION_RUN_ON
            and lines[run_on]
            and not _ANY_FIELD.match(lines[run_on])
            and not _CREDIT_FIELD.match(lines[run_on])
        ):
            run_on += 1
        if run_on > j and run_on < len(lines) and _CREDIT_FIELD.match(lines[run_on]):
            rows.extend(range(j, run_on))
            j = run_on
        value = " ".join([first, *(lines[k] for k in rows[1:])])
        credit = None
        under = next((k for k in range(j, min(j + 2, len(lines))) if lines[k]), None)
        if export and under is not None and (c := _CREDIT_FIELD.match(lines[under])) is not None:
            if _credit_alone(value_of := _unquoted(c.group("value").strip())):
                credit = value_of
                rows.append(under)
        out.append(CaptionField(rows, first, value, credit))
    if export:
        claimed = {k for field in out for k in field.rows}
        for i, line in enumerate(lines):
            lone = _PICTURE_CREDIT_FIELD.match(line) if line and i not in claimed else None
            if lone is not None and _credit_alone(value_of := _unquoted(lone.group("value"))):
                out.append(CaptionField([i], value_of, value_of, value_of))
    return out


def _graphic_section(lines: list[str], at: int) -> list[CaptionField]:
    """The captions under Nexis Uni's "Graphic" heading at `at`: each paragraph up to the
    next field's label or the end of the document; the heading itself goes with the first."""
    out: list[CaptionField] = []
    heading: list[int] = [at]
    gap = 0
    for k in range(at + 1, len(lines)):
        line = lines[k]
        if not line:
            gap += 1
            if gap > _GRAPHIC_GAP:
                break
            continue
        if _ANY_FIELD.match(line) or _LN_END.match(line) or _LN_BODY.match(line):
            break
        gap = 0
        out.append(CaptionField([*heading, k], line, line))
        heading = []
    return out


# The service's name printed alone over the record (its logo, saved as text with the page):
# "Factiva", "NewsBank", "Nexis Uni", "ProQuest", "Access World News".
_SERVICE_NAME = re.compile(
    r"^(?:Dow Jones )?Factiva|(?:America's )?NewsBank|(?:Access World News)|(?:Nexis Uni|"
    r"LexisNexis(?: Academic)?|Nexis|Lexis\+?)(?: ?®)?|ProQuest(?: Central)?|EBSCOhost|"
    r"PressReader|Gale(?: OneFile| General OneFile| Primary Sources| Academic OneFile|"
    r" Business OneFile| In Context)?$"
)


def _service_logo(line: str) -> bool:
    """The service's name, or its names in a row ("NewsBank | Access World News": the
    company's and the product's, as its pages print them over the record), or its page's
    title, the name after the result list's ("Search Results | Factiva")."""
    parts = [p.strip() for p in line.split(" | ")]
    named = [p for p in parts if _SERVICE_NAME.fullmatch(p) is not None]
    return (
        len(parts) <= 3
        and bool(named)
        and all(p in named or _RESULTS_HEADING.match(p) is not None for p in parts)
    )


def read_export(lines: list[str]) -> Export | None:
    """The database export the lines are (cleaned lines, blank ones empty), or None."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or not _service_logo(lines[first]):
        return _read_export(lines)
    logos = [first]
    second = next((i for i in range(first + 1, len(lines)) if lines[i]), None)
    if second is not None and _SERVICE_OWNER.fullmatch(lines[second]):
        # "Factiva" / "Dow Jones": the company's name the logo sets beside the product's,
        # which a copy puts on a line of its own under it
        logos.append(second)
    # the service's logo over the record: read as if it were not there (a reader takes the
    # first line for the title), then kept as the export's own line
    found = _read_export(["" if i in logos else line for i, line in enumerate(lines)])
    if found is None and _NB_OWN_NAME.match(lines[first]):
        # NewsBank's name is itself its record's evidence (a page view's copy may carry no
        # record number): its reader asks for it over the fields
        return _newsbank(lines)
    if found is not None:
        for i in logos:
            found.capture.lines[i] = lines[i]
            found.capture.wrapper[i] = True
            found.capture.why[i] = "the database's name over the record (its logo)"
    return found


# The company a service's logo names beside the product ("Factiva" / "Dow Jones", "ProQuest" /
# "Clarivate"), on its own line under the product's name only.
_SERVICE_OWNER = re.compile(r"Dow Jones|Clarivate|LexisNexis|Gale, a Cengage Company")


def _read_export(lines: list[str]) -> Export | None:
    for reader in _READERS:
        found = reader(lines)
        if found is not None:
            return found
    return None
