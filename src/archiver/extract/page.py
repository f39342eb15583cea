"""Whole-page pastes: a web page copied with Ctrl+A, whose story sits under the site's
name, its skip links and its navigation menu (one item per line), a breadcrumb and a kicker.

The page's own headline is not the first line that is no chrome: it is the line the story's
evidence points to. That evidence is an anchor under the headline - a "By" byline, the page's
date stamp ("Updated 10:42 PM CDT, April 8, 2025", "Publié le 14/09/2025 à 17:08") or the
first paragraph with a dateline - and the headline is the topmost display line in the block
right above the anchor: walking up from the anchor over captions, share buttons, the writer's
name and title and a deck, the block ends at the first menu-like line (a short label with no
sentence shape: "Politics", "U.S. NEWS", "Home News") or at a date stamp above it. The text is
read as a page only when the lines above that headline hold a menu (a run of short label
lines) or a skip link, so clean copy whose first line is a short headline keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from archiver.extract.bylines import (
    FEED_AGE,
    capital_surnames,
    edited_byline,
    is_author_bio,
    is_contact_line,
    is_desk_line,
    is_filed_from_line,
    is_title_line,
    label_over_names,
    looks_like_name,
    name_and_title,
    name_list,
    names_then_agency,
    parse_byline,
    standfirst_writer,
    titled_writers,
)
from archiver.extract.captures import (
    closing_line,
    greeting_line,
    greeting_paragraph,
    greeting_run_on,
)
from archiver.extract.chrome import (
    DAY_FIRST_DASHED,
    EDITION_FOOT,
    is_account_line,
    is_chrome,
    is_consent_or_nav,
    is_news_motto,
    is_page_bar,
    is_page_timestamp,
    is_paywall,
    is_production_note,
    is_promo_bar,
    is_service_fields,
    is_terminator,
)
from archiver.extract.credits import (
    INNER_SENTENCE,
    credit_over_caption,
    credit_under_caption,
    emailed_credit,
    find_credit,
    is_credit_word_line,
    labelled_credit_alone,
    parse_gallery,
)
from archiver.extract.datelines import _MONTH_NAMES, match_dateline
from archiver.extract.masthead import (
    MENU_WORDS,
    breadcrumb_headline,
    capitalised_row,
    ideographs,
    is_issuer_name,
    is_masthead,
    is_nameplate,
    is_nav_row,
    section_path,
    word_count,
)
from archiver.extract.memo import short_text_cache
from archiver.extract.pagetops import (
    is_embargo_line,
    is_front_folio,
    is_issuer_field,
    is_logo_word,
    is_page_top,
    is_print_page,
    is_release_label,
    is_running_head,
    is_station_brand_row,
    is_station_promo,
    title_under_release_label,
)

# A page's header is near its top: only so many lines are searched for the anchor (which
# keeps the search linear whatever the text's length).
_SCAN = 200
# How many lines of text above the anchor the headline may stand (captions, share buttons,
# the writer's name and title, a deck and a kicker between them).
_WALK = 14
# A menu's item or a site's name in Chinese or Japanese is a few characters ("要闻", "中国新闻网",
# "読売新聞オンライン"); a headline is longer.
_MENU_IDEOGRAPHS = 9
# A menu of at least this many short items above the headline marks a page paste.
_MIN_MENU = 4
# A site's name stands among the page's first few lines of text.
_MASTHEAD_LINES = 3

_MONTH_WORD = "|".join(
    sorted({re.escape(n) for names in _MONTH_NAMES for n in names}, key=len, reverse=True)
)
# A date as pages print them: "May 14, 2025", "14 mai 2025", "Tue 10 Jun 2025",
# "03/02/2026", "2025-05-14", "14.09.2025".
_DATE_IN_STAMP = re.compile(
    # "9th March, 2025", "21st of March": a day's English ordinal before the month (Irish and
    # British papers' stamps), as "1er mars", "1º de marzo" are the French and Spanish ones
    rf"(?i:\b(?:{_MONTH_WORD})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:(?:de|of)\s+)?(?:{_MONTH_WORD})\b\.?)"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{4}/\d\d/\d\d\b"
    # "2024.04.11.", "2024. 4. 11.": the year first with dots (Hungarian, Korean, Chinese pages)
    r"|\b\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\b"
    # "2025年06月12日", "2025년 6월 12일": East Asian dates; "9.jan.2026": Folha's
    r"|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
    rf"|(?i:\b\d{{1,2}}\.(?:{_MONTH_WORD})\.\d{{4}}\b)"
    # "Mar - 03 - 2020 , 12:00" (Graphic Online), "03-Mar-2020", "Mar/03/2020": the month's
    # word with the day and the year, each set apart by a dash or a slash
    rf"|(?i:\b(?:{_MONTH_WORD})\.?\s*[-/]\s*\d{{1,2}}\s*[-/]\s*\d{{4}}\b)"
    rf"|(?i:\b\d{{1,2}}\s*[-/]\s*(?:{_MONTH_WORD})\.?\s*[-/]\s*\d{{4}}\b)"
    # "23-04-2024 - 13:05": the day, the month and the year in figures set apart by dashes
    rf"|{DAY_FIRST_DASHED}"
)
# Every form of _DATE_IN_STAMP holds a digit: a quick search for one first (the month names
# make the pattern slow, and most lines asked are a headline's or a menu's words).
_DIGIT = re.compile(r"\d")
# A relative stamp: "2 days ago", "Today at 21:30", "il y a 3 heures", "hace 2 horas",
# "vor 5 Stunden", "Updated a day ago", "3h".
_RELATIVE_STAMP = re.compile(
    r"""^(?:(?:updated|published|posted|last\s+updated|mis\s+à\s+jour|actualizado|aktualisiert)\s*:?\s*)?(?:
        (?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?)\s+ago|
        (?:today|yesterday|aujourd'hui|hier|hoy|ayer|heute|gestern)(?:(?:,?\s+|\s*[·•|]\s*)(?:at|à|a\s+las|um)?\s*\d{1,2}[:.h]\d\d.*)?|
        il\s+y\s+a\s+\d+\s+\w+|hace\s+\d+\s+\w+|vor\s+\d+\s+\w+|
        # a portal's compact age after a bullet, with no "ago" ("• 8h", "· 2d", "• 35m": MSN,
        # news aggregators, social cards); a unit's letter after a number and nothing else
        [·•]\s*\d{1,3}\s?(?:h|hrs?|d|m|mins?|w|mo)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# The words a page's stamp may hold besides its date: "Published on", "Originally published",
# "Updated", "Last update on", "Issued on", "Publié le ... à", "Actualizado el", "Stand:", time zones, the outlet.
_STAMP_LEAD = re.compile(
    r"^(?:(?:first\s+|originally\s+)?published|updated|posted|issued|modified|"
    # "Page last updated at 14:22 GMT, Saturday, 9 October 2010": the page's, not the story's
    r"(?:page\s+)?last\s+updated?|"
    r"publié|mise?\s+à\s+jour|modifié|actualisé|publicado|actualizado|veröffentlicht|aktualisiert|"
    r"stand|pubblicato|aggiornato|this\s+content\s+was\s+published)\b",
    re.IGNORECASE,
)


# Stamp words in other scripts: Arabic "published in", "last update"; Russian "published",
# "updated"; Turkish, Vietnamese, Indonesian; Chinese, Japanese and Korean "published",
# "updated", "sent at".
_INTL_STAMP_LEAD = re.compile(
    r"^(?:نشر\s+في|نشر|آخر\s+تحديث|تاريخ\s+النشر|تم\s+النشر|опубликовано|обновлено|"
    r"(?i:yayınlanma|güncelleme|cập\s+nhật|diterbitkan|diperbarui|dipublikasikan)|"
    r"发布时间|發布時間|发布|更新时间|更新|公開|配信|更新日時|입력|수정|송고시간|기사입력|"
    r"\d{4}[年-]\d{1,2}[月-]\d{1,2})"
)
_YEAR_OR_TIME = re.compile(r"\d{4}|\d{1,2}[:.]\d\d")


# A date with its year first that ends in the day's dot ("Ábrahám Vass 2024.04.11."): no
# sentence's full stop where no word in small letters stands before it.
_YEAR_FIRST_DOTTED_END = re.compile(r"\b\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.$")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}\s?(?::|h)\s?\d{2}\b")


# A time glued to the start of its own long form ("4:30amThursday 25 Jan 2024 at 4:30am"): the
# capital straight after the time's "am" marks the glue; the long form ends on the same time.
# A distributor's stamp with the release's issuer after a bar, under its label: "August 17,
# 2021 07:00 ET | Source: Northvale Lithium Corp." (GlobeNewswire's release pages).
_STAMP_THEN_SOURCE = re.compile(r"^(\S.{5,60}?)\s+[|·•]\s+Source\s*:\s*\S.{1,80}$")
_GLUED_LONG_FORM = re.compile(r"(\d{1,2}[:.]\d\d\s?[ap]m)(?=[A-Z])[^,\n]{0,60}?\1")
# A numeric date glued to the long form that follows it ("11/05/2024November 5, 2024"): a
# page that prints both, the short one in a hidden or narrow-screen element, saved as text.
_GLUED_NUMERIC_DATE = re.compile(r"^(\d{1,4}[./-]\d{1,2}[./-]\d{2,4})(?=[A-Z][a-z])")
# A clock time glued to itself ("Posted at 14:3214:32"): a live page's entry prints its time
# twice, once for screen readers, and a copy keeps both with nothing between them.
_GLUED_TIME_TWICE = re.compile(r"(?<!\d)(\d{1,2}[:.]\d\d)\1(?!\d)")


def opens_with_stamp_word(line: str) -> bool:
    """The line opens with a page stamp's lead word ("Updated", "MISE À JOUR", "Publié")."""
    return _STAMP_LEAD.match(line) is not None


@short_text_cache  # asked of each line a headline's walk up reads, from every anchor
def is_date_stamp(line: str) -> bool:
    """A page's date stamp in any of the forms and languages pages print: a short line that
    is mostly a date and a time, with at most a few words around them ("Published On 8 Jul
    2025", "Thursday October 16 2025, 6.00pm BST, The Times", "Publié le 14/09/2025 à 17:08",
    "2 days ago", "Today at 21:30"). A sentence that mentions a date is none: it is long, or
    it ends in a full stop."""
    if not line:
        return False
    if len(line) > 90 and (once := _GLUED_LONG_FORM.sub(r"\1", line)) != line:
        # "Posted Thu 25 Jan 2024 at 4:30amThursday 25 Jan 2024 at 4:30am, updated ...": the
        # page's short and long forms of each time glued together (ABC), read once each
        return is_date_stamp(once)
    if len(line) > 90:
        # "February 20, 2025 – Moncton, New Brunswick – Innovation, Science and Economic
        # Development Canada": a release's stamp, long for its department's full name
        return is_release_stamp(line)
    # both glues are of digits: a line with none (a headline's, a menu's words: most lines
    # asked) is spared the two substitutions, each tried at every character (pinned in
    # tests/test_extract_fast_paths.py)
    digit = _DIGIT.search(line) is not None
    if digit and (spaced := _GLUED_NUMERIC_DATE.sub(r"\1 ", line)) != line:
        return is_date_stamp(spaced)
    if digit and (once := _GLUED_TIME_TWICE.sub(r"\1", line)) != line:
        return is_date_stamp(once)
    if is_page_timestamp(line) or _RELATIVE_STAMP.match(line):
        return True
    if "Source" in line and (sourced := _STAMP_THEN_SOURCE.match(line)) is not None:
        # the stamp, then the issuer under its label: the issuer's "Corp." is no sentence's
        # stop, and the stamp is read alone
        return is_date_stamp(sourced.group(1))
    if line[:2] in ("· ", "• ") and len(line) > 2:
        # "· Posted: Jan 15, 2026 4:00 AM EST": the mark that set the stamp apart from the
        # byline on the line above (CBC and others), left at the line's start
        return is_date_stamp(line[2:])
    # "... 6:40 p.m.", "08 oct 2024 . Actualizado a las 05:00 h.": an hour's abbreviation, no
    # sentence's stop (a stamp that opens with its date or a stamp's word; "El tren saldrá el 8
    # de octubre a las 05:00 h." is a sentence)
    if (
        line.endswith((".", "!", "?"))
        and not re.search(r"\b(?:a|p)\.m\.$", line)
        # "2024.04.11.": a Hungarian date closes with a dot (the day's ordinal mark)
        and not (
            (dotted := _YEAR_FIRST_DOTTED_END.search(line)) is not None
            and not re.search(r"(?:^|\s)[a-z]", line[: dotted.start()])
        )
        and not (
            re.search(r"\d{1,2}[:.]\d\d\s?h\.$", line)
            and (line[:1].isdigit() or _STAMP_LEAD.match(line))
        )
    ):
        return False
    # (`digit` was searched for in this same line above: every turn between returns)
    if not (digit and _DATE_IN_STAMP.search(line)):
        # "نشر في: 12 يونيو 2025: 10:40 ص", "송고시간2025-06-12 10:30": a stamp's lead word in
        # a language whose month names the patterns do not hold, then a year or a time
        return bool(
            (_INTL_STAMP_LEAD.match(line) and _YEAR_OR_TIME.search(line))
            # "Publié à 4 h 00 HNE", "Updated 9:15 AM": a stamp's lead word and the time alone
            or (_STAMP_LEAD.match(line) and _TIME_OF_DAY.search(line) and len(line) <= 40)
        )
    words = re.findall(r"[^\W\d_]{2,}", line)
    if _clause_then_date(line):
        return False
    return (
        len(words) <= 7
        or (bool(_STAMP_LEAD.match(line)) and len(words) <= 10)
        or is_release_stamp(line)
    )


# A headline's clause before its closing date: a capitalised word, then at least three words
# of which two are in lower case and no mere link ("Rishi Sunak calls general election for
# July 4", "Polls open early on May 2"), no stamp's lead word, no time, no year.
_CLAUSE_WORDS = 3
_CLAUSE_LOWER = 2
# Words that join a stamp's parts ("Jane Roe for The Times on July 4"): no clause's words.
_STAMP_LINK_WORDS = frozenset("on at for the by of in and from with to le el de am um".split())


# A stamp's verb anywhere before its date.
_STAMP_VERB = re.compile(
    r"\b(?i:published|updated|posted|modified|issued|uploaded|edited|reviewed|filed)\b"
)


def _clause_then_date(line: str) -> bool:
    """The line is a headline that ends in a date ("... calls general election for July 4"),
    no stamp: the date closes it and the words before it read as a clause (see above)."""
    found = next(reversed(list(_DATE_IN_STAMP.finditer(line))), None)
    if found is None or line[found.end() :].strip(" .") or _STAMP_LEAD.match(line):
        return False
    if _TIME_OF_DAY.search(line) or re.search(r"\b(?:19|20)\d\d\b", line):
        return False
    if _STAMP_VERB.search(line[: found.start()]):
        # "This story was last updated on May 30", "Story by Jane Roe • published May 30": a
        # stamp's verb before the date, however it opens
        return False
    before = line[: found.start()].split()
    lower = [w for w in before if w[:1].islower() and w.lower() not in _STAMP_LINK_WORDS]
    return len(before) >= _CLAUSE_WORDS and len(lower) >= _CLAUSE_LOWER and before[0][:1].isupper()


# The parts of a release's stamp, set apart by spaced dashes or bars.
_RELEASE_STAMP_PARTS = re.compile(r"\s+[-–—|]\s+")
# A release's stamp is at most this long, a part after its date this many words and characters
# (a department's full name: "Innovation, Science and Economic Development Canada").
_RELEASE_STAMP_CHARS = 130
_RELEASE_PART_WORDS = 8
_RELEASE_PART_CHARS = 60


def is_release_stamp(line: str) -> bool:
    """`March 5, 2025 – Yarmouth, Nova Scotia – Fisheries and Oceans Canada`: a government
    release's stamp (Canada's departments, and agencies that copy the form), the date with its
    year as the whole first part, then the place and the issuing body, each a short label with
    no figure and no sentence's stop; more words than a stamp's usual seven, but no sentence
    ("March 5, 2025 – The minister said on Tuesday that ..." has a long part)."""
    if len(line) > _RELEASE_STAMP_CHARS:
        return False
    parts = _RELEASE_STAMP_PARTS.split(line)
    if len(parts) == 1:
        # "October 3, 2024 Halifax, Nova Scotia Fisheries and Oceans Canada": the same stamp
        # with its columns' runs of spaces evened out, the city and province its marks
        from archiver.extract.datelines import match_release_stamp

        return match_release_stamp(line) is not None
    if not 3 <= len(parts) <= 4:
        return False
    first = parts[0]
    if not (_DATE_IN_STAMP.search(first) and re.search(r"\b\d{4}\b", first)):
        return False
    if len(re.findall(r"[^\W\d_]{2,}", first)) > 2:
        return False  # "Thursday, March 5, 2025": a weekday and a month at most
    return all(
        not any(ch.isdigit() for ch in p)
        and len(p) <= _RELEASE_PART_CHARS
        and len(p.split()) <= _RELEASE_PART_WORDS
        and not p.endswith((".", "!", "?", ",", ";", ":"))
        for p in parts[1:]
    )


def _abbreviation_end(line: str) -> bool:
    """A label's abbreviation ("U.S.", "Md. & Va."), not a sentence's full stop."""
    return bool(re.search(r"\b(?:[A-Z]\.){2,}$|(?:^|\s)[A-Z][a-z]{0,2}\.$", line))


# The words each side of a magazine's rubric bar ("Middle East & Africa | Fuelling discontent").
_RUBRIC_SIDE_WORDS = 4


def _rubric_over_flytitle(line: str) -> bool:
    """`Middle East & Africa | Fuelling discontent`: a magazine's section and the story's
    fly-title either side of one bar (The Economist), a label over the headline; each side
    a short item with no sentence's stop, as a headline with a bar in it is long on one side."""
    parts = [p.strip() for p in line.split(" | ")]
    return (
        len(parts) == 2
        and all(parts)
        and all(len(p.split()) <= _RUBRIC_SIDE_WORDS and is_menu_item(p) for p in parts)
    )


def is_menu_item(line: str) -> bool:
    """A navigation menu's item, a section label or a site's name, as pages print them one
    per line: at most five words and forty characters, no sentence punctuation at its end
    ("World News", "U.S.", "Politique", "D.C., Md. & Va.", "Search Query")."""
    if len(line) > 40 or len(line.split()) > 5 or ideographs(line) > _MENU_IDEOGRAPHS:
        return False  # "上海将新增50条公交线路" is a headline; "要闻", "共同通信" are menu items
    if line.endswith((".", "!", "?", ",", ";", ":")) and not _abbreviation_end(line):
        return False
    return True


# The word a byline opens with, in the languages pages are copied in most ("By", "Von",
# "Par", "Por", "Di", "Door", "Oleh", "Av", "Af"): what bylines.py reads, it reads in any of them.
# ("Story by Jane Roe" on MSN's pages, "Written by", "Words by": a marker before the "by")
_BY_WORD = re.compile(
    r"(?i:(?:story|written|words|text|report|reported|article)\s+)?(?i:by|von|par|por|di|door|oleh|av|af)\s"
)

# A separator mark left at a line's start, before a byline's "By" ("/ By Jane Roe").
_LEADING_MARK = re.compile(r"^[/|·•]\s*")

# The first paragraph of the story: a long line of sentences.
_STORY_WORDS = 15
# A hard-wrapped headline's first line, over the words carried on in lower case, has this many
# words at least (a wrapped line is long; a label over a lower-case line is short).
_WRAPPED_TOP_WORDS = 6


def _is_anchor(line: str, ref: object) -> str | None:
    """What under a headline points to it: a "By" byline, a date stamp, a dateline paragraph
    or, failing those, the story's first paragraph."""
    # "/ By Jane Roe and John Doe": the mark that parts the byline from the desk's name
    # printed before it on the page (ABC's "ABC North Coast / By ..."), left at the line's
    # start when the copy breaks the line there
    if _BY_WORD.match(_LEADING_MARK.sub("", line)) and len(line) <= 160 and len(line.split()) <= 16:
        byline = parse_byline(line)
        if byline is not None and (byline.names or _by_desk(line)):
            return "a byline"
    if names_then_agency(line) is not None:
        # "Debby Wu & Saritha Rai | Bloomberg": a wire story's writers and their agency, as
        # the sites that carry it print the byline without "By"
        return "a byline"
    if is_date_stamp(line):
        return "the page's date stamp"
    if _writer_with_stamp(line):
        return "the writer's name with the page's date stamp"
    if len(line.split()) >= 10:
        found = match_dateline(line, ref)  # type: ignore[arg-type]
        if found is not None:
            return f"a dateline paragraph ({found.dateline.raw!r})"
    if (
        len(line.split()) >= _STORY_WORDS
        and line.rstrip("”\"’'").endswith((".", "!", "?"))
        # "A Hospital Chain Sued Thousands of Patients Over Unpaid Bills. Many Qualified for
        # Free Care.": a headline of two sentences in Title Case, no paragraph
        and not _title_case_sentences(line)
    ):
        return "the story's first paragraph"
    return None


def _carried_lead(lines: list[str], a: int, end: int) -> bool:
    """Line `a`, a long line of words, and the line right under it, which goes on in lower
    case, read together are the story's first paragraph (a hard-wrapped lead), unless the
    line of text over them closes a sentence: a paragraph stands there already ("Thanks for
    the update." over an e-mail's wrapped lines; "63rd Tulip Time festival.", the tail of a
    lead that opens on a figure), and the pair may be the second, or the text no story."""
    if a + 1 >= end or not lines[a + 1][:1].islower() or len(lines[a].split()) < _WRAPPED_TOP_WORDS:
        return False
    over = next((lines[k] for k in range(a - 1, -1, -1) if lines[k]), "")
    if over.rstrip("”\"’'").endswith((".", "!", "?")):
        return False
    return _is_anchor(f"{lines[a]} {lines[a + 1]}", None) == "the story's first paragraph"


def _by_desk(line: str) -> bool:
    """`by Agencies`, `By AFP`, `By Staff Reporter`: a "By" line that names the agency or the
    desk, no person (its byline has no names), under the headline and its deck as a writer's
    does; the story's byline all the same, so no menu's item or section's label."""
    from archiver.extract.bylines import is_agency, is_desk

    rest = _BY_WORD.sub("", _LEADING_MARK.sub("", line), count=1).strip()
    return bool(rest) and rest[:1].isupper() and (is_agency(rest) or is_desk(rest))


# The most words the writer's part of a "name · outlet · stamp" line may hold.
_WRITER_PART_WORDS = 4


def _writer_with_stamp(line: str) -> bool:
    """`Jane Roe · CBC News · Posted: Feb 20, 2026 5:00 AM EST | Last Updated: 3 hours ago`:
    the writer's name first, the page's date stamp after a separator (CBC and other sites set
    the byline, the outlet and the stamp on one line under the headline)."""
    if not _SEPARATOR.search(line):
        return False
    parts = [p.strip() for p in _SEPARATOR.split(line)]
    return (
        len(parts[0].split()) <= _WRITER_PART_WORDS
        and name_list(parts[0]) is not None
        and any(is_date_stamp(p) for p in parts[1:] if p)
    )


# Buttons and players between the headline and the story, which a headline never reads as:
# "Add to your saved stories", "Listen to this article · 6:12 min", "Share full article",
# "Listening: ...", "Copy link", "Link copied".
_TOOL_LINE = re.compile(
    r"""^(?:
        add\s+to\s+(?:your\s+)?(?:saved\s+stories|reading\s+list|favou?rites).*|
        listen(?:ing)?(?:\s+to\s+(?:this\s+)?(?:article|story))?\b.*|
        share(?:\s+(?:full\s+article|this|via|on|by)\b.*)?|save(?:\s+article)?|copy(?:\s+link|\s+url)?|
        # the share button in the page's own language (Spanish, Portuguese, French, German,
        # Italian)
        compartir|compartilhar|partilhar|partager|teilen|condividi|
        link\s+copied.*|print|email|comments?|bookmark.*|follow|gift\s+(?:this\s+)?article|
        # a share button's counter by the network's name ("Facebook Count", "X Count": Dawn's
        # share row as its alt text is copied), capitalised as a name is
        (?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|threads|bluesky)
            \s+(?:count|shares?)|
        # the save button's prompt ("Log in, register or subscribe to save articles for later.")
        (?:log\s?in|sign\s?in)(?:,?\s+(?:or\s+)?(?:register|sign\s?up|subscribe)){0,2}\s+to\s+save\s+
            (?:this\s+)?(?:articles?|stories|story)(?:\s+for\s+later)?\.?|
        # a read-later app's link back to the page it saved (Pocket's, Instapaper's)
        view\s+original(?:\s+(?:article|story|page))?|
        # "E-mail this to a friend   Printable version", "Print this article"
        e-?mail\s+this\b.*|print\s+this\b.*|printable\s+version|
        # "Printer Friendly Page  Send this Article to a Friend": an old site's two buttons
        printer[-\s]friendly(?:\s+(?:page|version))?(?:\s+send\s+(?:this\s+)?(?:article|story)\s+to\s+a\s+friend)?|
        send\s+(?:this\s+)?(?:article|story)\s+to\s+a\s+friend|
        # a text-size control ("Font size: A A A | Print | Send"), a newsletter's sign-up
        font\s+size\b.*|text\s+size\b.*|
        # the size control's buttons set one a line by their names ("Normal text size",
        # "Larger text size", "Very large text size": the Sydney Morning Herald's pages)
        (?:normal|default|small(?:er)?|large(?:r)?|very\s+large|extra\s+large)\s+(?:text|font)\s+size|
        # the same control alone, its letters in three sizes ("A A A", "A- A A+"; the
        # Sydney Morning Herald's and other Nine papers' pages)
        a[-+]?(?:\s+a[-+]?){2,3}|
        # an old site's text-size buttons ("Increase Text Size", "Decrease Text Size")
        (?:increase|decrease|enlarge|reduce)\s+(?:text|font)(?:\s+size)?|
        (?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:our|the)\s+(?:free\s+)?(?:daily\s+)?newsletters?|
        leave\s+a\s+comment|\d+\s+min(?:ute)?s?(?:\s+read)?|(?:read|reading)\s+time:.*|.*\breading\s+time|
        # WordPress's sharing buttons ("Click to share on X (Opens in new window)"), and the
        # writer's photo by its alt text ("Portrait of Jane Roe")
        click\s+to\s+(?:share|print|email|e-mail|copy)\b.*|
        # a gallery's or a map's instructions ("Click on the photo to start animation.")
        (?:click|tap)\s+(?:on\s+)?(?:the\s+|an?\s+)?(?:photo|image|picture|map|graphic)s?\s+to\b.*|
        (?:portrait|headshot|avatar|profile\s+(?:photo|picture)|author\s+photo)\s+of\s+\S.{0,40}|
        audio\s+generated\s+by.*|powered\s+by\s+.*|only\s+have\s+a\s+minute\?.*|
        # a video player's notice left where the player stood ("Please use Chrome browser for
        # a more accessible video player", "This video can not be played", "Your browser does
        # not support the video tag.")
        please\s+use\s+(?:the\s+)?\S+(?:\s+\S+)?\s+browser\b.{0,60}|
        this\s+(?:video|media)\s+can\s*not\s+be\s+played\.?|
        your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:video|audio|html5)\b.{0,40}|
        # a contributor's or a columnist's disclaimer ("Opinions expressed by Forbes
        # Contributors are their own.", "The views expressed are the author's own.")
        (?:the\s+)?(?:opinions|views)\s+expressed\b.{0,80}\b(?:their|his|her|the\s+author'?s?|
            the\s+writer'?s?)\s+own\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


# An e-mail address: a writer's or a photographer's contact, never in a headline.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
# A release's contact line by its label ("Media contact: Jane Roe, ...", "Spanish-language
# contact: ...", "Press contacts: ..."): a few words, then "contact" and a colon, then a name.
# (a headline's label and colon, "Close contact: New rules for schools", runs on in lower case)
# The name is followed by the contact's telephone number or e-mail address after a comma
# ("Emergency Contact: Parents Demand Answers", a Title Case headline, gives neither).
_CONTACT_LABEL = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?i:contacts?)\s*:\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*,"
    r"[^,]*?(?:\d{3}|@)"
)
# A telephone number in the international form ("WhatsApp: +44 7756 165803"): a page's call
# for its readers' stories or tips, never in a headline.
_PHONE = re.compile(r"\+\d{1,3}[\s-]?\(?\d{2,5}\)?(?:[\s-]?\d{2,4}){2,4}\b")
# A contributor's line about themself under the name ("I write about the business of
# travel.", "I cover energy markets. FULL BIO"): the writer's, never the headline.
_FIRST_PERSON_BIO = re.compile(
    r"^I\s+(?:write|cover|report)\s+(?:about|on\s+)?\S.{0,160}?(?:\.|\bFULL\s+BIO)$"
)
# A summary's list has at most this many points.
_MAX_POINTS = 8
# The label over a page's summary list ("Summary", "Key points", "In brief"): the short lines
# under it, up to the next label, are the summary's points, no headline. A text dump prints
# it as the list's first item ("* Story Highlights").
_SUMMARY_LABEL = re.compile(
    r"^(?:[*•]\s+)?"
    r"(?:summary|in\s+summary|key\s+points|key\s+takeaways|highlights|story\s+highlights|"
    r"in\s+brief|at\s+a\s+glance|what\s+we\s+know(?:\s+so\s+far)?)\s*:?$",
    re.IGNORECASE,
)


# A table's cell of figures: "41", "9-18", "1:29.708", "+0.412", "51.2%", "(5-11)", "287/6".
_CELL_FIGURE = re.compile(r"\(?[+\-−–]?\d[\d.,:/%′″'\-–]*\)?")
# A row holds this many figures at least, and more figures than words.
_ROW_FIGURES = 3


def figures_row(line: str) -> bool:
    """A table's row set as text ("R. Calloway 41 9-18 3-7 4-4 6 11 25", "1 Verstappen Red
    Bull 1:29.708 58"): three figures or more, and more than half the line's items figures. A
    headline with a score ("Pistons 112, Bulls 108") holds two."""
    items = line.split()
    figures = sum(1 for item in items if _CELL_FIGURE.fullmatch(item))
    return figures >= _ROW_FIGURES and figures * 2 > len(items)


# A figure with a unit or a suffix in a box score or a result ("304 yds", "3 TD", "2½l",
# "56.4s", "11/4F", "(44 pen)", "(KC)" before it is the player's team).
_STAT_FIGURE = (
    r"(?:\d(?:[\d./½¼¾:\-–]|,\d{3})*[A-Za-z%]{0,3}(?:\s+\d[\d.:]*[A-Za-z%]{0,3})?"
    r"(?:\s+[A-Za-z]{1,4})?"
    r"|\(\d[^()]{0,12}\))"
)
# One item of a stat list: a player's or a team's name of up to three capitalised words (or
# none), perhaps their team's code, then the figure ("J. Tatum 36", "Mahomes (KC) 27-36",
# "Mbeumo (44 pen)", "304 yds").
_STAT_ITEM = (
    r"(?:[A-Z][\w.'’-]*\.?\s+){0,3}(?:[A-Z][\w.'’-]*\s*)?(?:\([A-Z]{2,4}\)\s+)?" + _STAT_FIGURE
)
# A box score's leaders or a match's scorers under a label: "Points: J. Tatum 36, J. Brunson
# 31", "Passing: Mahomes (KC) 27-36, 304 yds, 3 TD", "Brentford: Thiago (12), Mbeumo (44 pen)".
# Every item ends in its figure; a headline's clause after a colon ("Quake: deaths rise to 45")
# runs on in lower-case words, which no item holds.
_STAT_SEGMENT = (
    r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+" + _STAT_ITEM + r"(?:\s*[,;]\s*" + _STAT_ITEM + r")*"
)
# (a result's summary holds two such lists: "Dist: 2½l, 6l. Time: 3m 56.4s")
_STAT_LIST = re.compile(rf"^{_STAT_SEGMENT}(?:\.\s+{_STAT_SEGMENT})*\.?$")
# An American box score's scoring play and attendance, the team's code and a dash before the
# play, the clock after it: "Det—Gibbs 4 run (Bates kick), 11:40.", "Chi—FG Santos 41, :00.",
# "A—64,118." (a dateline has a place's name before its dash, and a sentence after it).
_SCORING_PLAY = re.compile(
    r"^(?:[A-Z][A-Za-z]{1,3}\s?[—–]\s?\S.{0,80},\s*\d{0,2}:\d\d\.?|A\s?[—–]\s?\d{1,3}(?:,\d{3})+\.?)$"
)
# A team's innings or score in a scoreboard: "SA 287/8 (50)", "AUS 249 (46.3)", "IND 312/6d"
# (runs, wickets, overs or a declaration; a bare "Team 31" may be a headline's "Apollo 11").
_INNINGS = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+\d{1,3}(?:/\d{1,2})?(?:d|dec)?"
    r"(?:\s*\(\d{1,3}(?:\.\d)?(?:\s*ov(?:ers)?)?\))?$"
)
# A race's placing with its odds: "1st Marine Nationale 11/4F (Connell / Flanagan)", "2nd
# Jonbon 7/2" (the trainer and the jockey in brackets are no photo's credit).
_PLACING = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)\s+[A-Z][\w'’ -]{1,40}?\s+\d{1,3}/\d{1,3}(?:[FJ]|\s*fav)?(?:\s+\(.*\))?$"
)
# A cricket scoreboard's result under the innings: "India won by 46 runs", "SA won by 5 wkts
# (DLS method)", "England won by an innings and 12 runs" (a headline says "win" or "beat";
# the past tense and the margin alone are the scorecard's summary).
_RESULT = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+won\s+by\s+"
    r"(?:\d{1,3}\s+(?:runs?|wickets?|wkts?)|an\s+innings(?:\s+and\s+\d{1,3}\s+runs?)?)"
    r"(?:\s*\([^()]{1,30}\))?$"
)
# A scoreboard's line is at most this long.
_STAT_CHARS = 160


@short_text_cache  # asked of each line a headline's walk up reads, from every anchor
def stat_line(line: str) -> bool:
    """A scoreboard's or a box score's line over a sports report: a table's row of figures, a
    stat list under its label, a scoring play, a team's innings, a race's placing. The page's
    furniture above the report's headline, never its headline or a caption."""
    line = " ".join(line.split())
    if len(line) > _STAT_CHARS or not any(c.isdigit() for c in line):
        return False  # every stat line holds a figure; a paragraph is no scoreboard's line
    innings = _INNINGS.match(line)
    return (
        figures_row(line)
        # the wickets or the overs make it an innings; a name and a number alone may not be
        or (innings is not None and ("/" in line or "(" in line))
        or _STAT_LIST.match(line) is not None
        or _SCORING_PLAY.match(line) is not None
        or _PLACING.match(line) is not None
        or _RESULT.match(line) is not None
    )


# A label on a row of labels and the stamp has this many words at most.
_ROW_LABEL_WORDS = 5


def _labels_and_stamp_row(line: str) -> bool:
    """`Cities | Press Trust of India | Updated: October 07, 2022 11:26 am IST`: short labels
    (a section, an agency or a desk, no sentence) and the page's date stamp last, parted by
    bars or dots; no person's name among the labels (that row is the writer's: _writer_with_stamp)."""
    if not _SEPARATOR.search(line):
        return False
    parts = [p.strip() for p in _SEPARATOR.split(line)]
    if len(parts) < 2 or not all(parts) or not is_date_stamp(parts[-1]):
        return False
    return all(
        len(p.split()) <= _ROW_LABEL_WORDS
        and not p.endswith((".", "!", "?", ":"))
        and name_list(p) is None
        and not is_date_stamp(p)
        for p in parts[:-1]
    )


def _headline_shape(line: str) -> bool:
    """A display line a headline can be: four to forty words (or three with a lower-case
    word: "Quake hits Chile"), under 300 characters, not a byline or a stamp."""
    words = line.split()
    if len(line) > 300 or len(words) > 40 or word_count(line) < 3:
        return False
    if line[0] in "-–—•*·▪►" or line.endswith(":"):
        return False  # a summary's bullet, a list's label
    if "@" in line and _EMAIL.search(line):
        return False  # "JANE ROE • jane.roe@paper.com": a photographer's credit or contact
    if len(words) == 3 and not any(w[:1].islower() for w in words[1:]):
        return False
    return not _TOOL_LINE.match(line)


# How many lines of text under a place-led headline its byline or stamp may stand.
_PLACE_HEADLINE_REACH = 3


def _place_headline(lines: list[str], a: int, end: int) -> bool:
    """A line led by a place and a colon, with no sentence's stop at its end, over the page's
    "By" line or date stamp ("Mumbai: BMC to fine housing societies ..." / the deck / "By HT
    Correspondent"): Indian and Pakistani city pages put the city before the headline as
    their datelines do, and the story's dateline paragraph stands under the byline, not
    over it."""
    if lines[a].rstrip("”\"’'").endswith((".", "!", "?")):
        return False
    below = [j for j in range(a + 1, end) if lines[j]][:_PLACE_HEADLINE_REACH]
    return any(
        is_date_stamp(lines[j]) or (_BY_WORD.match(lines[j]) and parse_byline(lines[j]) is not None)
        for j in below
    )


def _dateline_paragraph(line: str) -> bool:
    """A paragraph of sentences that opens with a dateline ("BANGKOK: Thailand's prime
    minister ... debate."): the story's first, never its headline, though as short as a
    headline can be. (A menu row, "HOME | NEWS | SPORTS | ...", may read as a dateline alone.)"""
    return (
        len(line.split()) >= _STORY_WORDS
        and line.rstrip("”\"’'").endswith((".", "!", "?"))
        and not is_items_row(line)
        and match_dateline(line, None) is not None
    )


# A sentence's end inside a line, the next sentence opening after it ("... morning. Today ...");
# a lower-case letter before the stop, as an initial's ("U.S. Says") or a title's is not.
_INNER_SENTENCE_END = re.compile(r"(?<=[a-z]{2})[.!?][\"”’]?\s+[\"“‘]?[A-Z]")


_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,3}$")


_TITLE_UNDER_PROSE_WORDS = 5


def _title_above(line: str | None) -> bool:
    """A headline-shaped line (no date stamp) over a sentence: the sentence is its deck."""
    return line is not None and _headline_shape(line) and not is_date_stamp(line)


def _prose_over_title(line: str, title: str) -> bool:
    """`line` is a sentence ending in a full stop (or two sentences or more ending in any
    sentence's mark) over `title`, which ends in no sentence's mark: prose over a headline (a
    newsletter's greeting, a teaser), which a headline over its deck never is (the deck, the
    sentence, stands under the headline). A question alone may be a headline ("Is the Fed
    done?") over a deck printed without its stop; and a title of a few words under a deck is
    as often a button ("Save this story") as a headline."""
    end = line.rstrip("”\"’'")
    return (
        len(title.split()) >= _TITLE_UNDER_PROSE_WORDS
        and (
            (end.endswith(".") and _ABBREVIATION_END.search(end) is None)
            or (end.endswith(("!", "?")) and _INNER_SENTENCE_END.search(line) is not None)
        )
        and (
            not title.rstrip("”\"’'").endswith((".", "!", "?", ":"))
            # "... start times to 8:45 a.m.", "... in the U.S.": an abbreviation's stop
            or _ABBREVIATION_END.search(title) is not None
        )
    )


def _short_headline(line: str) -> bool:
    """Three to five words, two or more of them in lower case after the first: a short
    headline ("Port strike ends"), which a menu's Title Case item ("World News") is not."""
    words = line.split()
    return (
        3 <= len(words) <= 5
        and sum(w[:1].islower() for w in words[1:]) >= 2
        and not line.endswith((":", ".", "?", "!"))
        and not _TOOL_LINE.match(line)
        and not is_consent_or_nav(line)
    )


# A deck is a sentence of at least this many words; a headline over it is shorter.
_DECK_WORDS = 8
# A headline over its deck has at most this many words.
_HEAD_OVER_DECK_WORDS = 14


# The small words a Title Case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    "a an the to of in on at for and or but nor with by from as into over after before vs".split()
)


def _title_case_sentences(line: str) -> bool:
    """A headline of two sentences in Title Case, its stop printed ("South Carolina Let a
    Landfill Expand. Parents Found Out Last."): a paragraph's sentences leave their words in
    lower case, so the stop is no sign of prose here."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return (
        len(words) >= 6
        and re.search(r"[a-z][.!?]\s+[A-Z]", line) is not None
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
    )


# A label printed again has at most this many words (a show's, a section's or a site's name);
# a menu's item beside it at most _MENU_NEIGHBOUR_WORDS.
_LABEL_AGAIN_WORDS = 6
# A newsletter's sign-up button under its name ("Sign up for The Morning"), at most this many
# lines of text below the name (its label and its pitch between).
_SIGN_UP_FOR = re.compile(r"(?i:sign\s+up\s+for|subscribe\s+to)\s+(?P<name>\S.{0,60}?)\.?$")
_SIGN_UP_LINES = 4
_MENU_NEIGHBOUR_WORDS = 3


# A topic's tag under the headline holds this many words at most ("Minimum wage").
_TAG_WORDS = 4
# How many section tags may stand between the headline and the topic's tag.
_TAG_LINES = 4
# A page's title with its site's name ("... | The Herald") or a live ticker's item ("Live:
# Budget 2026 explained as ..."): neither is the headline over the story's tags.
_TITLE_OR_TICKER = re.compile(r"\s[|·•]\s|^(?i:live|breaking|latest)\s*:")


def _headline_over_tags(lines: list[str], label: int, top: int) -> int | None:
    """The headline over the story's tags, one a line (NL Times' and other small sites'
    pages): line `label` prints a menu's item again, the lines from it down to `top` (a short
    topic's tag right over the byline) are all tags, and the line over the section tags is a
    headline that holds every word of the topic ("Dutch government to raise minimum wage by
    3.6%" / "Politics" / "Economy" / "Minimum wage"). Its line number, or None. A kicker over
    its headline shares no such words: the topic names what the headline says."""
    topic = re.findall(r"\w+", lines[top].casefold())
    if not topic or len(lines[top].split()) > _TAG_WORDS or lines[top].endswith((".", "?", "!")):
        return None
    if any(lines[j] and not _label_again(lines, j) for j in range(label, top)):
        return None
    rows = [j for j in range(label) if lines[j]]
    run = 0
    # only tags printed again stand between: never past the menu itself (a page's title bar
    # over the menu, "Budget 2026 explained: ... | The Herald", is no headline over tags)
    while rows and _label_again(lines, rows[-1]):
        rows.pop()
        run += 1
        if run > _TAG_LINES:
            return None
    if not rows:
        return None
    head = lines[rows[-1]]
    words = set(re.findall(r"\w+", head.casefold()))
    if (
        not _headline_shape(head)
        or is_page_bar(head)
        or _TITLE_OR_TICKER.search(head)
        or len(head.split()) < len(lines[top].split()) + _DECK_LONGER
        or not all(w in words for w in topic)
    ):
        return None
    return rows[-1]


def _label_again(lines: list[str], k: int) -> bool:
    """Line `k` prints again, word for word, a line of the page's menu above it ("NPR" /
    "Consider This from NPR" / "Podcasts & Shows" at the top, then "Consider This from NPR"
    over the episode's title): a name in Title Case (one small word at most in lower case),
    no headline's sentence. The copy above is no page's title (the text's first line) and
    stands beside a menu's short item. Or a sign-up button a few lines below names it ("The
    Morning" / ... / "Sign up for The Morning"): a newsletter's name."""
    text = lines[k].strip().casefold()
    if len(text.split()) > _LABEL_AGAIN_WORDS or _lower_words(lines[k]) > 1:
        return False
    below = [j for j in range(k + 1, len(lines)) if lines[j]][:_SIGN_UP_LINES]
    if any(
        (m := _SIGN_UP_FOR.match(lines[j].strip())) and m.group("name").casefold() == text
        for j in below
    ):
        # "The Morning" / "Newsletter" / its pitch / "Sign up for The Morning": the
        # newsletter's name, which its sign-up button names again
        return True
    rows = [j for j in range(k) if lines[j]]
    for n, j in enumerate(rows[1:], 1):
        if lines[j].strip().casefold() != text:
            continue
        near = [lines[rows[n - 1]], *([lines[rows[n + 1]]] if n + 1 < len(rows) else [])]
        if any(
            len(t.split()) <= _MENU_NEIGHBOUR_WORDS and not t.rstrip().endswith((".", "!", "?"))
            for t in near
        ):
            return True
    return False


def _menu_row_item_again(
    lines: list[str], chrome: list[bool], k: int, inside: bool = False
) -> bool:
    """Line `k`, a name in Title Case, is the first or last item of a menu row printed above
    it among the page's chrome ("Local  Weather  Investigations  Sports  NBC 5 Responds" over
    "NBC 5 Responds" over the story's title): the site's show or section named again as the
    page's label. The row, its gaps evened out, is capitalised words with no label's colon;
    the whole label stands at its start or its end, so a headline naming the show ("NBC 5
    Responds gets refund for Woodridge family") says more than the item and stays. `inside`:
    anywhere in the row (asked of a line read as a person's name, which a menu never lists:
    "GOOD MORNING ARIZONA", the show's name from "... Team 12 Investigates  Good Morning
    Arizona  Arizona Midday ...")."""
    text = " ".join(lines[k].casefold().split())
    size = len(text.split())
    if size > _LABEL_AGAIN_WORDS or _untitled_words(lines[k]) > 1:
        return False
    for j in range(k):
        if not (lines[j] and chrome[j]) or ":" in lines[j] or _untitled_words(lines[j]) > 1:
            continue
        words = [w for w in lines[j].casefold().split() if w not in _ROW_MARKS]
        # a breadcrumb trail ("Home  News  Local  City Council Approves New Budget", "News >
        # Local > ..."): its last item is the story's own title, printed again as its headline
        trail = words[:1] == ["home"] or any(m in lines[j].split() for m in _TRAIL_MARKS)
        if len(words) >= size + _ROW_ITEMS_BESIDE and (
            " ".join(words[:size]) == text
            or (" ".join(words[-size:]) == text and not trail)
            or (inside and f" {text} " in f" {' '.join(words)} ")
        ):
            return True
        if inside and j + 1 < k and chrome[j + 1] and ":" not in lines[j + 1]:
            # the row wrapped at the copy's width in the middle of an item ("... Good
            # Morning" / "Arizona  Arizona Midday  Sports"): read on into its next line
            carried = [w for w in lines[j + 1].casefold().split() if w not in _ROW_MARKS]
            if f" {text} " in f" {' '.join(words + carried)} ":
                return True
        if (
            j + 1 < k
            and not trail
            and len(words) >= _ROW_ITEMS_BESIDE
            and " ".join(lines[j + 1].casefold().split()) == text
        ):
            # the row's last item carried onto a line of its own (a copy wrapped at its width)
            return True
    return False


# The marks between a menu row's items, dropped when its words are read for an item; and how
# many words at least stand beside the label in the row (a menu's other items).
_ROW_MARKS = frozenset("| · • » › / >".split())
_ROW_ITEMS_BESIDE = 3
# The marks of a breadcrumb trail, whose last item is the page's own title.
_TRAIL_MARKS = frozenset("» › >".split())


# A newsletter's subtitle that lists the issue's other stories ("Plus: ...", "PLUS: ...",
# "Also: ..."), under the issue's headline (beehiiv, Morning Brew, Axios letters).
_PLUS_DECK = re.compile(r"^(?:plus|also)\s*:\s+\S", re.IGNORECASE)


def _lower_words(line: str) -> int:
    """How many words after the first open in lower case (a sentence's or a sentence-case
    headline's words, which a menu's Title Case items are not)."""
    return sum(w[:1].islower() for w in line.split()[1:])


def _untitled_words(line: str) -> int:
    """How many words after the first open in lower case that Title Case would capitalise: a
    menu's items and a rubric's name leave their small words low ("Bill of the Month", "Food
    and Drink"), which a sentence's other lower-case words are not."""
    return sum(w[:1].islower() and w not in _SMALL_WORDS for w in line.split()[1:])


def _deck_sentence(line: str) -> bool:
    """A deck (a standfirst) as pages print it under a headline: a sentence of eight words or
    more, most of its words after the first in lower case."""
    words = line.split()
    return len(words) >= _DECK_WORDS and _lower_words(line) * 2 >= len(words) - 1


def writer_over_deck(line: str, deck: str, headline: str = "") -> list[str] | None:
    """`Jane Roe` over "The deal left out the one reform that would make a difference": an
    opinion page's writer set between its headline and its standfirst (The Guardian's
    comment pages); the names, or None. A topic's label in Title Case names what the headline
    or the standfirst says in lower case ("Sewage Pollution"), or is a menu's word."""
    names = name_list(line)
    if names is None or len(names) > 2 or len(line.split()) > 6 or not _deck_sentence(deck):
        return None
    said = {w.strip(".,;:'’\"") for w in f"{headline} {deck}".split() if w[:1].islower()}
    if any(w.lower() in MENU_WORDS or w.lower() in said for w in line.split() if w[:1].isupper()):
        return None  # "Housing" over "... the housing minister said ...": a topic's label
    return names


def _kicker(line: str) -> bool:
    """A kicker (a rubric, a fly-title) over a headline: two to six words, a word in lower
    case among them ("Germany's energy transition", "Letter from Lagos"), no sentence's stop
    and no menu's row."""
    words = line.split()
    return (
        2 <= len(words) <= 6
        and _lower_words(line) >= 1
        and not line.endswith((".", ":", ";", ","))
        and not is_nav_row(line)
        and not is_date_stamp(line)
    )


def _label_in_title_head(line: str, title: str) -> bool:
    """`line` is a series' or a section's label that the line under it, the title, says again
    before its colon ("Photos of the week" over "Reuters photos of the week: volcano, floods
    and a royal wedding"): a deck never opens by repeating its headline, a series' title does
    open with the series' name."""
    head, colon, _ = title.partition(":")
    label = " ".join(line.lower().split())
    return (
        bool(colon)
        and re.search(rf"\b{re.escape(label)}$", " ".join(head.lower().split())) is not None
    )


# How many of the page's buttons between a headline and its byline tell a page's paste.
_TOOLS_UNDER = 2
# How far under the headline they are looked for.
_TOOLS_SCAN_LINES = 16


def _tools_under(lines: list[str], h: int, a: int) -> bool:
    """Between the headline at `h` and its anchor at `a`, the page's buttons on lines of
    their own ("Listen", "Share", "Save"), two or more: copy of a whole page, not clean."""
    found = 0
    for j in range(h + 1, min(a, h + _TOOLS_SCAN_LINES)):
        if lines[j] and _TOOL_LINE.match(lines[j]):
            found += 1
    return found >= _TOOLS_UNDER


def _place_section_label(words: list[str]) -> bool:
    """The words are a state's or province's name (one or two words, "N.J.", "New Jersey")
    and a menu's words after it, a news word last ("N.J. Local News", "Texas Politics News"):
    a site's section for that state, as a label over the headline. A headline names its event
    with words no menu lists ("N.J. Local News Site Closes")."""
    from archiver.extract.gazetteer import is_state_or_province

    if len(words) < 3 or words[-1].lower() not in ("news", "politics", "sports"):
        return False
    for n in (1, 2):
        if is_state_or_province(" ".join(words[:n])):
            rest = words[n:]
            return bool(rest) and all(w.lower() in MENU_WORDS for w in rest)
    return False


def _headline_over_deck(line: str, deck: str, above: str | None) -> bool:
    """`line` is the headline right over its deck `deck` (`above`: the next line of text
    above it): a display line of three to fourteen words that the deck outweighs, when the
    deck is a sentence with its stop ("The Suburbs Strike Back" over "As sprawl spreads, voters
    ... Will it last?"), or, when the deck has no stop, a sentence-case headline with a kicker
    over it ("Germany's industrial heartland" / "Gloom in the Ruhr" / "The cities of the Ruhr
    are running out of money"): three display lines stacked are kicker, headline and deck. A
    kicker over a headline with no deck stays a kicker: two lines alone are read as before."""
    words = line.split()
    if not 3 <= len(words) <= _HEAD_OVER_DECK_WORDS or word_count(line) < 3:
        return False
    if line.endswith((".", ":", ";", ",")) or _TOOL_LINE.match(line) or is_nav_row(line):
        return False
    # ("Climate & Environment": the "&" that joins a section's two words is no word of its own)
    if all(w.lower().strip("&") in MENU_WORDS for w in words if w != "&"):
        return False  # "World News Today"-like rows of a menu's words
    if _place_section_label(words):
        return False  # "N.J. Local News": a state's section of the site, over the headline
    if words[0].lower() == "by" and (found := parse_byline(line)) is not None and found.names:
        return False  # "By Jane Roe" over the story's first sentence: the byline, no headline
    if not _deck_sentence(deck) or len(deck.split()) < len(words) + 3:
        return False
    if _label_in_title_head(line, deck):
        return False  # "Photos of the week" / "Reuters photos of the week: volcano, ...": a label
    if deck.rstrip("”\"’'").endswith((".", "!", "?")):
        return True
    if _PLUS_DECK.match(deck) and _lower_words(line) >= 2:
        # "Why seed prices jumped 30%" / "Plus: a new grant, and the tomato everyone grows":
        # a newsletter's subtitle lists the issue's other items after "Plus:", under the
        # issue's headline; no menu's item or tagline stands over such a line
        return True
    if (
        above is not None
        and len(words) >= 3
        and _title_case_over_sentence(words)
        and not _section_label_words(words)
        and not is_masthead(line)
        # "Hon. Dr Jane Roe" / "Minister of Health": a statement's signature block, a name
        # over its office, stands over a release's headline, not a headline over its deck
        and not (_OFFICE_TITLE.match(line) and looks_like_name(above))
    ):
        # "Letter from Nevada" / "The Lithium Rush" / "Water, money, and the fight over
        # Thacker Pass": a magazine sets its headline in Title Case and its deck in sentence
        # case with no stop; a label or a series' name over them, three display lines
        return True
    if (
        line.isupper()
        and len(words) >= _CAPS_HEAD_WORDS
        and above is not None
        and above.isupper()
        and not is_masthead(line)
        and not _shares_word(line, deck)
    ):
        # "HIGHLAND COMMUNITY COLLEGE" / "TRUSTEES BACK $9M NURSING WING" / "Board votes 6-1
        # after ...": a printed page's headline in capitals under its kicker in capitals,
        # its deck a sentence in lower case; a menu prints no item of five words in capitals
        # over a sentence
        return True
    if (
        line.isupper()
        and len(words) >= _CAPS_HEAD_WORDS - 1
        and above is not None
        and _kicker(above)
        and not above.isupper()
        and len(deck.split()) >= _CAPS_DECK_WORDS
        and _lower_words(deck) >= _CAPS_DECK_WORDS // 2
        and not is_masthead(line)
        and not _shares_word(line, deck)
    ):
        # "Beltline interchange project" / "NOBODY ASKED THE NEIGHBORS" / "Residents near the
        # Whitney Way interchange say DOT plans will wall them off ...": a headline in capitals
        # under its topic's kicker in lower case, over a long deck; a topic's label in
        # capitals stands over a headline no kicker tops
        return True
    if _lower_words(line) >= _SENTENCE_HEAD_WORDS and above is not None and _section_word(above):
        # "NEWS" / "Taxi strike leaves commuters stranded" / "Union calls for talks with the
        # city over impoundments": a paper's section in one word over a sentence-case headline
        # and its deck, as a replica edition prints a page's story; a sentence of verbs and
        # lower-case words is no menu's item, however short
        return True
    return (
        _lower_words(line) >= 2
        and above is not None
        and _kicker(above)
        and not _section_news_label(above)
        # "News and media" / "Parks and open spaces" / the title: a site's sections, nouns
        # joined by "and" with no article and no verb, one under the other, no headline
        # ("Letter from Lagos" / "Salt and silence" / its deck stays a magazine's headline)
        and not (_joined_nouns(words) and _joined_nouns(above.split()))
        # "Donate" / "Get newsletter" / "Academic rigor, journalistic flair": under the
        # site's account buttons, the masthead's tagline, no headline under its kicker
        and not is_account_line(above)
    )


# The lower-case words (after the first) that make a short display line a sentence-case
# headline rather than a menu's item or a topic's tag ("Cost of living" has one).
_SENTENCE_HEAD_WORDS = 3
# A headline in capitals over its deck has this many words at least (a kicker or a topic's
# label, "BOARD OF TRUSTEES MEETING", has fewer).
_CAPS_HEAD_WORDS = 5
# A long deck under a capitals headline: a sentence of twelve words or more.
_CAPS_DECK_WORDS = 12


def _shares_word(line: str, deck: str) -> bool:
    """`line` and `deck` share a word of four letters or more ("BOARD OF REGENTS MEETING" /
    "Regents approve $14M science lab"): a topic's label over the headline that names it
    again, where a deck goes on from its headline in words of its own."""
    own = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", line)}
    return any(w.casefold() in own for w in re.findall(r"[^\W\d_]{4,}", deck))


def _menu_words(line: str) -> bool:
    """A section's label of a menu's words only, a word or three ("LOCAL NEWS", "Sport")."""
    words = line.split()
    return 0 < len(words) <= 3 and all(w.lower() in MENU_WORDS for w in words)


def _section_word(line: str) -> bool:
    """A paper's section named in one word over its page's story: in capitals ("NEWS",
    "BUSINESS") or a menu's word ("Sport", "Politics")."""
    return (
        " " not in line
        and line.isalpha()
        and (line.isupper() or line.lower() in MENU_WORDS)
        and len(line) >= 3
    )


# A news site's section named by its region or its beat and the word "news" ("Australia news",
# "UK news", "World news", "Business news"), as the Guardian and others print it over a story's
# topic tag and headline.
_SECTION_NEWS = re.compile(r"^(?P<what>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?) news$")


def _section_news_label(line: str) -> bool:
    """`line` is a section's label ("Australia news"), no kicker: the line under it is the
    story's topic tag over the headline, not a headline over its deck."""
    from archiver.extract.gazetteer import is_known_place

    m = _SECTION_NEWS.match(line)
    return m is not None and (
        is_known_place(m["what"]) or m["what"].lower() in MENU_WORDS or m["what"].isupper()
    )


def _title_case_over_sentence(words: list[str]) -> bool:
    """A headline's words in Title Case, three or more, every word capitalised bar the small
    words Title Case leaves in lower case ("The Trouble With Spring Break"): a deck under it
    in sentence case (most words in lower case) is set apart from it by case alone."""
    return (
        # a rubric's "Europe | Charlemagne" has a separator between its labels
        all(w[:1].isalpha() or w[:1] in "\"“‘'" for w in words)
        and all(w.lstrip("\"“‘'")[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
        # a headline's phrase has its small words ("The", "With"); a label's or a brand's
        # nouns alone ("HIGH SCHOOL SPORTS", "Yahoo Finance Plus") have none, nor capitals
        and any(w.lower() in _TITLE_SMALL_WORDS for w in words)
        and not " ".join(words).isupper()
        # Title Case keeps its short small words in lower case past the first ("Just In
        # Senate House Courts" is a menu's row whose spacing was lost)
        and not any(
            len(w) <= 3 and w.lower() in _TITLE_SMALL_WORDS for w in words[1:] if w[:1].isupper()
        )
        # "Letter from Nevada", "Notes from the Waterfront": a rubric, a kind of piece and
        # where it comes from, over a sentence-case headline
        and _RUBRIC_FROM.match(" ".join(words)) is None
    )


# An office held by the person named above it ("Minister of Health", "Deputy Secretary for
# Trade", "Chief Executive Officer"): a signature block's second line.
_OFFICE_TITLE = re.compile(
    r"^(?:(?:Deputy|Associate|Assistant|Acting|Vice|Prime|Chief|Senior|Executive|Managing|"
    r"Permanent|Under)[ -]+)*(?:Ministers?|Secretary|Director|President|Chair(?:man|woman|person)?|"
    r"Commissioner|Mayor|Governor|Officer|Spokes(?:man|woman|person)|Ambassador|Chancellor|"
    r"Dean|Provost|Superintendent|Executive|Attorney General|Premier|Senator)\b"
    r"(?: (?:of|for|to) .*| Officer)?$"
    # "Member for Eastvale", "Federal Member for Eastvale", "Member of Parliament for
    # Eastvale": a parliamentarian's seat under their name (Australian and British members'
    # releases), always with the seat named
    # (a seat's name is three capitalised words at most: "Member for Eastvale Welcomes
    # Bypass Funding" is a title)
    r"|^(?:(?:Federal|State)\s+)?Member\s+(?:of\s+Parliament\s+)?for\s+[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:and|upon|of|the)\s+)?[A-Z][\w'’-]*){0,2}$"
)

_NAME_FOR_OUTLET = re.compile(r"^((?:[A-Z][\w'’.-]+\s+){1,3}?)(?i:for|with|in|at)\s")


def _section_label_words(words: list[str]) -> bool:
    """A byline in Title Case, or a section's or a desk's label set in Title Case over a news headline in sentence case
    ("Arts and Culture", "Crime and Courts", "Cost of Living", "Health in Focus"): nouns joined
    by "and" or a preposition, or a menu's words alone, which a magazine's Title Case headline
    ("The Lithium Rush", "The Trouble With Spring Break") is not."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    line = " ".join(words)
    if any(w.lower() == "by" for w in words) or name_list(line) is not None:
        return True  # "By Jane Roe and John Doe", "Edited by Jane Roe": a byline, no headline
    if (m := _NAME_FOR_OUTLET.match(line)) is not None and looks_like_name(m[1]):
        return True  # "Jane Roe for the Herald", "Jane Roe With Reuters"
    if all(w.lower().strip(",&") in MENU_WORDS for w in content):
        return True
    small = [w.lower() for w in words if w.lower() in _TITLE_SMALL_WORDS]
    if small and set(small) <= {"and", "&", "of", "in", "on", "for"} and len(content) <= 3:
        # "Home Affairs and Justice", "Business of Sport": no article, no verb, nouns only
        return True
    return False


def _joined_nouns(words: list[str]) -> bool:
    """Two or three nouns joined by "and" alone ("Parks and open spaces", "Health and
    wellbeing", "Roads & transport"): a site's section in sentence case, which a headline
    (an article, a preposition or a verb among its words) is not."""
    small = [w.lower() for w in words if w.lower() in _TITLE_SMALL_WORDS]
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return bool(small) and set(small) <= {"and", "&"} and 2 <= len(content) <= 3


_RUBRIC_FROM = re.compile(r"^[A-Z][\w'’-]* from (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?$")


@dataclass(frozen=True)
class PageStart:
    """Where a whole-page paste's story begins: its headline's line, and why."""

    headline: int
    why: tuple[str, ...]
    menu_items: int
    text: str | None = None  # the headline's text when it is a breadcrumb's last crumb


# A site's or a newsletter's name, printed again over the post: a few words.
_MASTHEAD_WORDS = 6


# How far down a front page's folio line may stand (the archive's lines and the nameplate above)
_FOLIO_SCAN = 20


# A caption's own note that its picture is old, a stock one or an illustration, closing it.
_PICTURE_NOTE = re.compile(
    r"\((?i:file|stock|archive|illustrative|library)\s+(?i:image|photo|picture|pic|photograph)\)$"
    # "Vendors along Fort Street in Montego Bay. - File" (the Gleaner's and other Caribbean
    # papers' marks after a caption's stop: an old picture, or one a reader sent in)
    r"|(?<=[a-z\d)][.!?])\s+[-–—]\s?(?i:file|contributed)(?:\s+(?i:photo|image|pic))?$"
)
_PICTURE_NOTE_WORDS = 6


# A picture's marker with its alt text, the whole line in brackets under a picture's label and
# its colon: "[Image: A shuttle carries passengers.]", "[Photo: Jane Roe at the count]" (e-mail
# newsletters' and text browsers' renderings of an image).
_PICTURE_MARKER = re.compile(r"^\[(?i:img|image|photo|picture|figure)\s*:\s*[^\[\]]+\]$")
# "Image caption, Police were called ...", "Photo caption: ...", "Caption: ...": a caption
# under its label (the BBC's pages print "Image source, X" / "Image caption, ..." under the
# byline; scraped pages keep the label), never a headline.
_LABELLED_CAPTION = re.compile(
    r"^(?:(?:image|photo|picture)\s+caption\s*[,:]|caption\s*:)\s*\S", re.IGNORECASE
)


def is_picture_note(line: str) -> bool:
    """A caption marked as an old, a stock or a reader's picture ("... (file image)", "...
    St James. - File"): a sentence of six words or more ending in the mark, no credit."""
    return _PICTURE_NOTE.search(line) is not None and len(line.split()) >= _PICTURE_NOTE_WORDS


def _lead_over(lines: list[str], h: int) -> bool:
    """The paragraph right over line `h` opens with a dateline and is the story's lead, and
    line `h` is the headline set apart under it, telling it in its own words."""
    from archiver.extract.wire_text import headline_under_lead

    k = h - 1
    while k >= 0 and not lines[k]:
        k -= 1
    if k < 0 or k == h - 1:
        return False  # no line over it, or none set apart by a blank line
    while k > 0 and lines[k - 1]:
        k -= 1  # up to the paragraph's first line (a hard-wrapped lead)
    return match_dateline(lines[k], None) is not None and headline_under_lead(lines, k) == h


# A paper's name (and its section after a dash or a bar), then the edition the copy is in
# brackets: "Gazette & Times — Obituaries and Local Notes (text-only edition)", "The Valley
# Star (print edition)".
_EDITION_TITLE = re.compile(
    r"^(?P<name>[^()]{2,60}?)(?:\s*(?:[–—|·]|--?)\s*[^()]{2,60})?\s*"
    r"\((?:[\w-]+\s+){0,2}edition\)$",
    re.IGNORECASE,
)


def is_edition_title(line: str) -> bool:
    """The line is a paper's name (one the code knows) and, in brackets, the edition the copy
    is: no headline names its own edition."""
    m = _EDITION_TITLE.match(line.strip())
    return m is not None and is_nameplate(m.group("name").strip())


# What an archivist's or a tool's header line over a capture says the copy is, after the
# paper's name (glued, after a dash or a dot, or in brackets): "e-edition", "scraped text",
# "newsletter archive", "text dump", "wire desk", "English RSS item", "gallery scrape",
# "document export", "reader view". No headline names the copy it is in so.
_CAPTURE_WORDS = (
    r"(?:(?i:e-?edition|e-?paper(?:\s+text)?|(?:newsletter|web|community|text)\s+archive"
    r"|scraped\s+(?:text|copy|page)|text\s+(?:dump|export)|document\s+export"
    r"|(?:cms|rss|json|xml|database)\s+(?:export|item)|wire\s+(?:desk|copy|feed)"
    r"|reader\s+(?:view|mode|app)|(?:gallery|page|web|html|browser|screen)\s+scrape)"
    # "(English RSS item)": the feed's language before its item
    r"|[A-Z][a-z]+\s+(?i:rss\s+item))"
)
# Words that say what the copy is only after a paper's name the code knows (is_nameplate,
# roles._SITES): a title-case headline may end in them ("Forbes 30 Under 30 — Europe
# edition", "Sheriff Auctions Seized Lamborghini (Replica)", "Council Approves Budget — Print
# Edition"); a bare "wire" only in lower case, as a label ("Evening Express community page —
# wire").
_EDITION_CAPTURE_WORDS = (
    r"(?:(?i:replica|(?:print|digital|text-only|web|online)\s+edition"
    r"|community\s+(?:pages?|news\s+page)|text\s+copy)|wire)"
)
# Of them, those that say so glued to any name ("Nine.com.au gallery scrape", "ProQuest
# document export"); the others glued only after a paper's name the code knows, as a
# headline may end in them ("Riverside Library Opens Community Archive", "Firefox Adds
# Reader Mode").
_GLUED_CAPTURE_WORDS = (
    r"(?:(?i:e-?edition|e-?paper(?:\s+text)?|scraped\s+(?:text|copy|page)"
    r"|(?:text|document|cms|json|xml)\s+(?:dump|export)|rss\s+item"
    r"|(?:gallery|page|web|html|browser|screen)\s+scrape)|[A-Z][a-z]+\s+(?i:rss\s+item))"
)
_CAPTURE_SEGMENT = re.compile(_CAPTURE_WORDS)
_EDITION_SEGMENT = re.compile(rf"{_EDITION_CAPTURE_WORDS}|[A-Z][\w-]*\s+edition")
_NAME_THEN_CAPTURE = re.compile(rf"(?P<name>.+?)\s+{_GLUED_CAPTURE_WORDS}")
_NAME_THEN_EDITION = re.compile(rf"(?P<name>.+?)\s+(?:{_EDITION_CAPTURE_WORDS}|{_CAPTURE_WORDS})")
# The issue or the print page a header names beside the paper: "Issue 212", "Page 7", "A4".
_ISSUE_SEGMENT = re.compile(r"(?i:issue|no\.|vol\.|page|p\.)\s*[A-Z]?\d{1,4}[A-Z]?|[A-Z]\d{1,2}")
# The e-edition or archive services a copy came through: after the paper's name ("The Bay of
# Plenty Times via PressReader"), or as a part of its own ("Roanoke Times e-Edition |
# PressReader", "PressReader - The Hindu (Chennai edition) - 2020-01-17").
_CAPTURE_SERVICES = (
    r"(?:PressReader|NewspaperDirect|NewsBank|ProQuest|Factiva|"
    r"Newspapers\.com|EBSCOhost|Nexis Uni|LexisNexis|Gale OneFile)"
)
_VIA_SERVICE = re.compile(rf"(?P<name>.+?)\s+via\s+{_CAPTURE_SERVICES}(?:\.com)?")
_SERVICE_PART = re.compile(r"(?:PressReader|NewspaperDirect)(?:\.com)?")
# A reader view's or a reader app's own label as the whole first line ("Reader view").
_READER_VIEW_ALONE = re.compile(r"(?i:reader\s+(?:view|mode))")
# The separators of a header's parts: a dash, a bar, a dot, a bullet.
_HEADER_PARTS = re.compile(r"\s+(?:(?:[–—|·•]|--?)\s+)+")


def is_capture_header(line: str) -> bool:
    """The line heads a capture as an archive or a tool labels it: a paper's or a site's name
    (capitalised words, or a nameplate the code knows) and what the copy is ("Kingston
    Gleaner community pages — scraped text", "Otago Daily Times e-edition — Page 7 — 14 Feb
    2022", "Issue 212 • The Whitby Weekly Roundup (newsletter archive)", "Pocket (reader
    app)", "PressReader - The Hindu (Chennai edition) - 2020-01-17"), its other parts only
    the issue, the page or the date. No headline names the copy it is in. An edition's
    words alone ("Europe edition", "(Replica)", "Print Edition") say so only after a paper's
    name the code knows (_known_paper)."""
    text = line.strip()
    if not text or len(text) > 100 or text.endswith((".", "!", "?")):
        return False
    if _READER_VIEW_ALONE.fullmatch(text):
        return True  # "Reader view": the browser's reader view over the page it shows
    # "The Bay of Plenty Times via PressReader": the service the copy came through
    served = _VIA_SERVICE.fullmatch(text)
    if served is not None:
        text = served.group("name")
    # "(newsletter archive)": a part in brackets is a part like one after a dash
    text = re.sub(r"\s*\(([^()]{1,40})\)\s*", r" — \1 — ", text).strip(" —")
    name: str | None = None
    described = served is not None  # a part of its own says what the copy is
    edition = False  # a part names an edition only ("Europe edition", "Replica")
    glued = False  # the name's own last words say what the copy is ("... e-edition")
    glued_edition = False  # or an edition's words ("Evening Express community page")
    for part in _HEADER_PARTS.split(text):
        part = part.strip()
        if not part:
            continue
        if _CAPTURE_SEGMENT.fullmatch(part) or _SERVICE_PART.fullmatch(part):
            described = True
        elif _EDITION_SEGMENT.fullmatch(part):
            edition = True
        elif _ISSUE_SEGMENT.fullmatch(part) or is_date_stamp(part):
            continue
        elif name is None:
            if (tail := _NAME_THEN_CAPTURE.fullmatch(part)) is not None:
                glued = True
            elif (tail := _NAME_THEN_EDITION.fullmatch(part)) is not None:
                glued_edition = True
            name = tail.group("name") if tail else part
        else:
            return False  # a second part that is no label: a headline's own dash
    if name is None or not _header_name(name):
        return False
    if described or glued:
        return True
    # an edition's words, glued or apart, only after a paper's name the code knows: a
    # headline in title case may end in them ("Forbes 30 Under 30 — Europe edition")
    return (edition or glued_edition) and _known_paper(name)


def _known_paper(name: str) -> bool:
    """`name` is a paper's or a site's name the code knows: a nameplate, or one of the known
    sites (roles._SITES)."""
    from archiver.extract.roles import _SITES

    return is_nameplate(name) or name in _SITES


def _header_name(name: str) -> bool:
    """A paper's or a site's name in a capture's header: a nameplate the code knows, or up to
    six words each capitalised (a joining word aside: "of", "the", "and", "&")."""
    words = name.split()
    if not words or len(words) > 6:
        return False
    return is_nameplate(name) or all(
        w[0].isupper() or w[0].isdigit() or w.lower() in {"of", "the", "and", "&", "de", "la"}
        for w in words
    )


def find_page_headline(
    lines: list[str],
    chrome: list[bool],
    reference_date: object = None,
    menu_rows: frozenset[int] = frozenset(),
) -> PageStart | None:
    """The headline of a whole-page paste (cleaned lines, blank ones empty; `chrome` their
    flags; `menu_rows` the lines the raw text's spacing shows to be a menu on one line), or
    None when the text is no page paste (or its headline cannot be told)."""
    end = min(len(lines), _SCAN)
    if any(is_front_folio(lines[k]) for k in range(min(end, _FOLIO_SCAN)) if lines[k]):
        # a printed front page (archive OCR, microfilm): its nameplate and folio line are no
        # web page's menus; roles.py reads the headline under the folio
        return None
    edition = _edition_header(lines, menu_rows)
    if edition is not None:
        return edition
    title = _page_title(lines, end)
    if title is not None:
        chrome = [*chrome]
        chrome[title] = True  # the page's title over its own header: no headline, no anchor
    # whether every line is set apart, a pass over the whole page: asked once for the walks up
    # from every anchor (a page of bylines has hundreds), when the first walk is made
    apart: bool | None = None
    for a in range(end):
        line = lines[a]
        if not line or (chrome[a] and not is_date_stamp(line)) or is_consent_or_nav(line):
            continue  # a consent banner's notice is no story's first paragraph
        if is_service_fields(line):
            continue  # a clipping service's stamp and fields, no stamp of the page's own
        anchor = _is_anchor(line, reference_date)
        if anchor is None and _carried_lead(lines, a, end):
            # "Dockworkers from Maine to Texas are set to walk off the job at 12:01" / "a.m.
            # today, ...": the first paragraph broken at the capture's width, its next line
            # going on in lower case (a copy too short for its width to be read and joined)
            anchor = "the story's first paragraph"
        below = next((j for j in range(a + 1, min(end, a + 3)) if lines[j]), None)
        if anchor is None and below is not None and label_over_names(line, lines[below]):
            # "By —" / "Jane Roe": the byline's label over the names, in blocks of their own
            anchor = "a byline's label over the writer's name"
        # one person's name alone on the line, a line of text under it
        one_name = below is not None and (names := name_list(line)) is not None and len(names) == 1
        if anchor is None and one_name and below is not None and is_title_line(lines[below]):
            # "Jane Roe" / "Chief football writer, BBC Sport at Anfield": the writer's name
            # over their title, under the headline (a match report's scoreboard under them)
            anchor = "the writer's name over their title"
        if (
            anchor is None
            and one_name
            and below is not None
            and 2 <= len(line.split()) <= 4
            and _EMAIL.fullmatch(lines[below].strip()) is not None
            # the story's first paragraph right under the address (a release's media contact,
            # "Jane Roe" / "jroe@council.example" / "+44 ...", anchors nothing)
            and (after := next((j for j in range(below + 1, end) if lines[j]), None)) is not None
            and story_line(lines[after])
        ):
            # "JANE ROE" / "jane.roe@paper.example": the writer's name over their e-mail, under
            # the headline (an e-paper's or a regional paper's page prints the byline so)
            anchor = "the writer's name over their e-mail"
        if (
            anchor is None
            and one_name
            and below is not None
            and 2 <= len(line.split()) <= 4
            and is_masthead(lines[below])
            and not is_masthead(line)
        ):
            # "Jane Roe" / "Des Moines Register": the writer's name over the paper's, one a
            # block (Gannett's pages stack each writer so under the headline and its deck)
            anchor = "the writer's name over their paper's"
        if anchor is None:
            continue
        if (
            anchor == "the story's first paragraph"
            and below is not None
            and len(line.split()) <= _DISPLAY_SENTENCES_WORDS
            and _BY_WORD.match(lines[below]) is not None
            and parse_byline(lines[below]) is not None
            and _label_or_gap_over(lines, a)
        ):
            # "Federal regulators want ... near-misses. The industry says ..." / "By Jane Roe
            # and John Doe, Associated Press": the story's first paragraph stands under its
            # byline, never right over it; a short line there is display copy (a headline of
            # two sentences, a deck) under the section's label, and the "By" line under it
            # is the anchor (a caption under its credit stands there too: the walk reads it)
            continue
        if anchor.startswith("a dateline paragraph") and _place_headline(lines, a, end):
            continue  # "Mumbai: BMC to fine ..." over its deck and byline: a headline
        if apart is None:
            apart = every_line_apart(lines)
        found = _walk_up(lines, chrome, a, apart)
        if found is None:
            continue
        h, notes = found
        if h < a and is_edition_title(lines[h]):
            # "The Globe and Mail (Ontario Edition)" / "14 Mar 2023": an e-paper's nameplate
            # and the issue's date over the story's page; no headline names its own edition
            continue
        if (
            (over := next((j for j in range(h - 1, -1, -1) if lines[j]), None)) is not None
            and is_gallery_counter(lines[over])
            and (after := next((j for j in range(h + 1, a) if lines[j] and not chrome[j]), None))
            is not None
        ):
            # "Image 3 of 9" / "A young spectator braves the rain" / "In Pictures: ...": a
            # gallery's counter over its picture's caption, printed without its credit, over
            # the headline (RTÉ's and other galleries' pages); the headline is the display
            # line under the caption
            notes = [f"line {over + 1} is a gallery's counter over line {h + 1}, its caption"]
            h = after
        elif (
            over is not None
            and (after := next((j for j in range(h + 1, a) if lines[j] and not chrome[j]), None))
            is not None
            and _headline_shape(lines[after])
            and not story_line(lines[after])
            and labelled_caption_under_credit(lines[over], lines[h])
        ):
            # "Photos: Jane Roe / The Oregonian" / "Volunteers haul debris ..., left; ...,
            # right." / the headline: the lead picture's labelled credit printed over its
            # caption's sentence, both over the headline; the caption is no headline
            notes = [
                f"line {over + 1} is a picture's labelled credit over line {h + 1}, its caption"
            ]
            h = after
        if greeting_line(lines[h]) or greeting_run_on(lines, h):
            # "Rates, again" / "By Jane Roe" / "Good morning, and happy Friday." / the letter: a
            # newsletter's salutation over its first paragraph opens the letter, no headline
            continue
        if closing_line(lines[h]):
            # "Thanks for reading," / "Nat" / "Quick reminder: ...": the editor's note closing
            # over its signature, above the story the letter carries; no headline
            continue
        row = max((r for r in menu_rows if h < r < a), default=None)
        if (
            row is not None
            and (under := next((j for j in range(row + 1, a) if lines[j] and not chrome[j]), None))
            and _headline_shape(lines[under])
            and not story_line(lines[under])
        ):
            # "New Age | The Most Popular ..." / "Home  Country" / the headline / the stamp: a
            # menu or a breadcrumb printed on one line (its spacing kept in the raw copy, so
            # the walk read past it as chrome) parts the site's header from the headline
            notes = [f"line {row + 1} above it is a menu printed on one line ({lines[row]!r})"]
            h = under
        if (
            _labels_and_stamp_row(lines[h])
            and (under := next((j for j in range(h + 1, a) if lines[j] and not chrome[j]), None))
            and _headline_shape(lines[under])
            and not story_line(lines[under])
        ):
            # "Cities | Press Trust of India | Updated: October 07, 2022 11:26 am IST" / the
            # headline: the page's section, source and stamp on one row over the headline
            # (NDTV's and other Indian portals' pages), no headline itself
            notes = [f"line {h + 1} above it is the page's labels and stamp on one row"]
            h = under
        released = False  # the title found under a release's header
        if (longer := _title_beside_its_prefix(lines, h)) is not None:
            # "Riverbend Pediatric Therapy Opens Sensory Gym" / "Riverbend Pediatric Therapy":
            # a release's issuer printed right under the title that opens with its words
            notes = [*notes, f"line {h + 1} under it repeats this line's first words"]
            h = longer
        if (titled := title_under_release_label(lines, h)) is not None and (
            titled < a
            # the anchor is the header's own stamp, between the label and the title, under the
            # issuing body's "From" line or a stamp's label ("Published on")
            or (
                h < a < titled
                and is_date_stamp(lines[a])
                and any(lines[k] and is_issuer_field(lines[k]) for k in range(h + 1, a))
            )
        ):
            # "Home  Environment  Flooding" / "Press release" / the title: a release page's
            # label stands over its title, so what stands over the label is the header's
            notes = [*notes, f"line {h + 1} stands over a release's label; the title is under it"]
            h = titled
        elif (titled := _release_header_title(lines, chrome, h, a)) is not None:
            # "Media Release" / "Hon Jane Roe MP" / "Minister for Housing" / the stamp / the
            # title: the release's header (its label, issuer, date, contact) over its title,
            # the walk's top line one of the header's or the site's over it
            notes = [*notes, f"line {h + 1} is in a release's header; the title is under it"]
            h = titled
            released = True
        if h < a and (titled := _title_under_tagline(lines, h, a)) is not None:
            # "The Harbour Ledger" / "Notes on shipping, ports and ..." / the post's title: the
            # newsletter's name and its tagline in one block, the title in the next; the
            # name and tagline are the letter's masthead, whatever menus stand above them
            return PageStart(
                titled,
                (
                    f"line {h + 1} is the newsletter's tagline under its name (line {h}),"
                    " which the letter names as itself",
                    f"line {a + 1} below is {anchor}",
                ),
                0,
            )
        again = _title_repeated_at(lines, h, min(end, h + _TITLE_AGAIN_LINES))
        if again is not None and again < a:
            # "Climate|In Phoenix, a Race to ..." over "In Phoenix, a Race to ...": the page's
            # kicker or title joined to the headline, which the page prints alone below it
            notes = [*notes, f"line {h + 1} above prints it with the section's name"]
            h = again
        if (
            h < a
            and title is not None
            and (named := _title_repeated_at(lines, title, a)) is not None
        ):
            if (
                named < h
                # a headline's sentence, not a section's or a site's name in Title Case
                # ("NJ.com: Essex County News - Star-Ledger" over "Essex County News - ...")
                and _lower_words(lines[named]) >= 2
                and not any(story_line(lines[k]) for k in range(named + 1, h))
            ):
                # "BBC NEWS | UK | England | Flood defence fears" over the page, and "Flood
                # defence fears" alone above the picture's caption and a deck the walk took for
                # the topmost display line: the headline is the line the page's title names
                notes = [f"the page's title (line {title + 1}) ends in this line's words"]
                h = named
            elif h < named < a and _lower_words(lines[named]) >= 2:
                # "Guardian Unlimited | Politics | EU budget talks ..." over the page, the
                # site's second menu row the topmost display line of the block over the
                # stamp: the line the page's title names, lower in that block, is the headline
                notes = [f"the page's title (line {title + 1}) names this line, under line {h + 1}"]
                h = named
        elif h < a and title is not None and (under := _title_under_anchor(lines, title, h, a)):
            # "Subject: IPS Daily - Zimbabwe's Smallholders Turn to ..." over the letter's
            # masthead, its tagline and the issue's date, the headline under the date: the
            # line the page's title names, right under the anchor, is the headline, and the
            # display line over the anchor the header's (the lead tells the one under it)
            notes = [f"the page's title (line {title + 1}) names this line, under line {a + 1}"]
            h = under
        if (barred := _headline_under_bar(lines, h, a)) is not None:
            # "BREAKING NEWS" / "Sensex tanks 900 points ..." / the headline / the deck: the
            # site's alert bar, its label on a line and its teaser of another story under it
            inline = ":" in lines[h] and _BAR_LABEL.match(lines[h].split(":", 1)[0].strip())
            where = f"line {h + 1} holds" if inline else f"line {h} over line {h + 1} is"
            notes = [
                f"{where} an alert bar's label, its teaser another story's"
                " (the lead does not speak of it); this line under the teaser tells the lead"
            ]
            h = barred
        elif (stamped := _headline_under_stamp(lines, h, a)) is not None:
            # "Live: WRAL News at 5 p.m." / "Posted ..." / "Raleigh Police searching for ...":
            # a label's teaser over the page's stamp that the lead does not speak of, a
            # programme's or an alert's bar; the headline is the line under the stamp
            notes = [
                f"line {h + 1} over the page's stamp is a label's teaser the lead does not speak"
                f" of, this line under the stamp tells the lead"
            ]
            h = stamped
        elif (aired := _headline_under_station_header(lines, chrome, h, a)) is not None:
            # "KTLA 5" / its menu / "STORM WATCH: Flood Watch remains in effect ..." / "Local
            # News" / the headline: a broadcaster's ticker, player or menu line under its
            # brand row, over the story's own headline
            notes = [
                f"line {h + 1} is a broadcaster's ticker, player or menu line under its brand"
                " row; this line under it tells the lead"
            ]
            h = aired
        elif (teased := _headline_under_teaser(lines, chrome, h, a)) is not None:
            # "PREVIOUS ARTICLE: Police arrest three over ..." / "Lagos task force seals 14
            # shops ..." / "By Jane Roe": a label's teaser of another story (the previous or
            # next story, a trending item) right over the headline the byline hangs under
            notes = [
                f"line {h + 1} over it is a label's teaser the lead does not speak of; this"
                " line under it tells the lead"
            ]
            h = teased
        elif (hung := _headline_over_byline_under_stamp(lines, chrome, h, a)) is not None:
            # "Top Stories" / other stories' headlines / "Published: ..." / the headline / its
            # deck / "By Jane Roe": the page's stamp over the story's own block, the byline
            # hanging under that block, and other stories' teasers over the stamp
            notes = [
                f"line {a + 1} is the page's stamp over this line, its deck and the byline; the"
                f" lines over the stamp (from line {h + 1}) are none the lead speaks of"
            ]
            h = hung
        elif (listed := _headline_under_listed_teasers(lines, chrome, h, a)) is not None:
            # "Most Read" / "Bank shares slip as rate cut hopes fade" / "Retail sales rise 3%
            # in November" / the headline: other stories' headlines listed under their label,
            # over the story's own, which the lead tells
            notes = [
                f"lines {h + 1} to {listed} are other stories' headlines listed under their"
                " label; this line under them tells the lead"
            ]
            h = listed
        elif (named_over := _title_under_letter_name(lines, h, a)) is not None:
            # "Notes from the Stacks" / "March 2, 2025" / the post's title / "Written by ...":
            # the newsletter's name over the issue's date, the post's title under it
            notes = [
                f"line {h + 1} over the page's stamp is the newsletter's name, which the letter"
                " names as itself; this line under the stamp is the post's title"
            ]
            h = named_over
        if (obituary := _obituary_title_above(lines, h)) is not None:
            # "Jane Mae Roe" / "1931 - 2023" / "Jane Mae Roe, 92, of Edina, died ...": the
            # notice's first sentence under the person's name and years, its title
            notes = [f"line {obituary + 1} over the person's years is the obituary's title"]
            h = obituary
        if is_news_motto(lines[h]):
            # "The Courier-Times" / "Roxboro, N.C. · Person County's newspaper since 1881" /
            # the issue's stamp: the paper's motto over the stamp is its masthead's, never a
            # headline; the next anchor is looked at
            continue
        if _header_over_anchor(lines, chrome, h, a):
            # "International Committee of the Red Cross" / "Where we work" / "What we do" /
            # "Donate" / "News release" / the stamp: the site's name over its menu and its
            # account button, no headline; the next anchor is looked at
            continue
        menu, skip, masthead = _menu_above(lines, chrome, _writer_line_over(lines, h), menu_rows)
        crumb = breadcrumb_headline(lines[h])
        if (
            crumb is None
            and is_date_stamp(lines[a])
            and not story_line(lines[h])
            and _section_menu_below(lines, a)
        ):
            # a portal's header under an archive's toolbar ("Wayback Machine" ... "About this
            # capture" / "Yahoo! My Yahoo! Mail  Search the Web" / "Yahoo! News  Fri, Mar 12,
            # 2004" / "Front Page" / "Top Stories" ...): the site's menu goes on under this
            # stamp, so the stamp is the page header's, not the story's; the next anchor is
            # looked at, however many toolbar lines stand above
            continue
        if crumb is not None:
            menu = max(menu, _MIN_MENU)  # a breadcrumb is a page's own: "Home / Economy / ..."
        elif (
            menu < _MIN_MENU
            and not skip
            and title is None  # a page's title over it: a page, however short its menus
            and (
                masthead is None or (lines[h].endswith(".") and not _title_case_sentences(lines[h]))
            )
            and not _issuer_header(lines, chrome, h)
            and not _account_button_above(lines, chrome, h)
            # "Listen" / "Share" / "Add to your saved stories" between the headline and the
            # byline: the page's own buttons under its title, a page's paste however few menus
            and not _tools_under(lines, h, a)
            # "Jane Roe" / "Jane Roe is a professor of ..." over the headline: a column's
            # header, under the site's own lines however few
            and not _column_header_over(lines, h)
            # "Axios Denver" / the issue's date / "Good morning! ... a 3-minute read." / "1 big
            # thing" / the headline: the letter's salutation over the item's headline, so the
            # lines over the salutation are the letter's masthead, however few
            and not _greeted_above(lines, h)
            # a release's header over its title (its label, the issuer, the stamp) is the
            # page's own header, whatever its menus
            and not released
            # "S&P Global Commodity Insights" / "Agriculture" / the headline / "Author" / "Jane
            # Roe" / "Editor" / ...: the byline printed as a template's labelled field, with
            # more fields under it (no site's menu), is a page's; the short lines over the
            # headline are its header, however few
            and not (menu and _author_field(lines[a]) and anchor.startswith("a byline's label"))
        ):
            if _menu_row_below(lines, a, menu_rows):
                # "Yahoo! My Yahoo! Mail  Search the Web" / "Yahoo! News" / a stamp, then the
                # site's menu printed on a line: the page's header goes on under this anchor,
                # so the first line is its top furniture, and the next anchor is looked at
                continue
            return None  # clean copy: the first headline-like line stands
        if _lead_over(lines, h):
            # an agency's page printing the dateline's lead over the headline ("BTA English
            # Service" / its menu / "Sofia, June 12 (BTA) - ..." / the headline): the lead is
            # the story's, no furniture; the wire reading takes the headline under it
            return None
        why = (
            f"a whole-page paste: a run of {menu} menu or label lines above"
            + (" and a skip link or consent banner" if skip else "")
            + (
                " and the site's account buttons"
                if menu < _MIN_MENU and not skip and _account_button_above(lines, chrome, h)
                else ""
            )
            + (f" under the page's title (line {title + 1})" if title is not None else "")
            + (f" under the site's name ({masthead!r})" if masthead else ""),
            f"line {a + 1} below is {anchor}",
            *notes,
        )
        if crumb is None and (wrapped := _wrapped_block_over(lines, h, bool(apart))) is not None:
            # "Beach closures pile up as" / "E. coli readings spike along" / "the lakefront" /
            # a blank line / "Park District blames heavy rain ...": a printed page's headline
            # set over short lines, each carrying on the one above, its deck in its own block
            # under it; the lines read as labels are the headline, read at its last line
            last = wrapped[-1]
            why = (
                f"the headline set over lines {wrapped[0] + 1} to {last + 1}, each carrying on"
                f" the one above, its deck under it (line {h + 1})",
                *why,
            )
            return PageStart(last, why, menu, " ".join(lines[k] for k in wrapped))
        if crumb is None and (stack := _stacked_capitals_over(lines, h, bool(apart))) is not None:
            # "COUNCIL" / "SPLITS ON" / "RIVERFRONT" / "ARENA PLAN" / "Mayor's $96 million
            # proposal ...": a printed page's headline stacked in capitals a few words a line,
            # its deck in lower case right under it; the stack read as labels is the headline,
            # read at its last line (the lines over it stay the page's, as read)
            last = max(k for k in range(stack, h) if lines[k])
            why = (
                f"the headline stacked in capitals over lines {stack + 1} to {last + 1},"
                f" its deck under it (line {h + 1})",
                *why,
            )
            text = " ".join(lines[k] for k in range(stack, h) if lines[k])
            return PageStart(last, why, menu, text)
        return PageStart(h, why, menu, crumb)
    if title is not None and (named := _title_repeated_at(lines, title, end)) is not None:
        if _lower_words(lines[named]) >= 2:
            # no anchor under a header (the page's stamp and place above the headline, as The
            # Hindu and other Indian papers' old pages print "CHENNAI, June 5, 2012" over it):
            # the page's title ("The Hindu : News / National / Tamil Nadu : <headline>") still
            # names its headline, the line below that prints those words alone
            why = (
                f"a whole-page paste under the page's title (line {title + 1})",
                f"the page's title (line {title + 1}) ends in this line's words",
            )
            return PageStart(named, why, _menu_above(lines, chrome, named, menu_rows)[0])
    return None


# A headline stacked in capitals: at least this many lines of at most this many words each,
# and this many words in all at least (three lines are as often a kicker's or a series' label,
# "SPECIAL REPORT" / "LIFE ON" / "THE EDGE", over the headline).
_CAPS_STACK_LINES = 4
_STACK_LINE_WORDS = 4
_STACK_MIN_WORDS = 4
_STACK_MAX_LINES = 8
# The deck under it holds this many words in lower case at least (a sentence's case).
_STACK_DECK_LOWER = 3
# The joining words of a headline's sentence ("SPLITS ON", "TO", "OVER"), which no stack of a
# menu's items or sections' labels holds ("NEWS" / "SPORTS" / "ARTS AND CULTURE").
_STACK_JOINERS = frozenset(
    "on to in of for at as with over after from by into under amid against".split()
)


def _stacked_capitals_over(lines: list[str], h: int, apart: bool = False) -> int | None:
    """The first line of a headline stacked in capitals right over line `h` (no blank line
    between, or one in a copy that sets every line apart: `apart`), `h` a deck in lower case:
    three or more lines of a few words in capitals whose words read as a sentence (a joining
    word: "COUNCIL" / "SPLITS ON" / "RIVERFRONT" / "ARENA PLAN"). A menu or a stack of
    sections' labels, one item a line, joins no words so. (Returned as the stack's first line;
    the caller reads the headline at its last.)"""
    step = 2 if apart else 1
    if h < _CAPS_STACK_LINES * step or not lines[h] or _lower_words(lines[h]) < _STACK_DECK_LOWER:
        return None  # no deck in a sentence's case under it (a Title Case headline's own line)
    rows: list[int] = []
    k = h - step
    while k >= 0 and len(rows) < _STACK_MAX_LINES:
        line = lines[k]
        if not line or any(lines[j] for j in range(k + 1, k + step)):
            break  # a blank line (one more than the copy's own) parts the block
        if not line.isupper() or len(line.split()) > _STACK_LINE_WORDS:
            break
        rows.append(k)
        k -= step
    first = next(j for j in range(len(lines)) if lines[j])
    if len(rows) < _CAPS_STACK_LINES or rows[-1] == first:
        return None  # a stack from the page's top is its nameplate and sections
    from archiver.extract.masthead import MENU_WORDS

    if any(lines[r].lower() in MENU_WORDS for r in rows):
        return None  # "ARTS" / "OUT ON THE TOWN" / "FOOD": a menu's items, one a line
    words = [w.strip(",.:;!?'\"’").lower() for r in rows for w in lines[r].split()]
    # the joining word at a line's edge, where the stack broke the sentence ("SPLITS ON" /
    # "FOR NEW"); within a line it is a label's own ("THINGS TO DO", "LIFE AT HOME")
    strip = ",.:;!?'\"’"
    edges = {
        w.strip(strip).lower() for r in rows for w in (lines[r].split()[0], lines[r].split()[-1])
    }
    if len(words) < _STACK_MIN_WORDS or not edges & _STACK_JOINERS:
        return None
    return rows[-1]


# Display copy of sentences right over the "By" line (a headline of two sentences, a deck)
# runs to this many words at most; a caption's sentences or a lead run longer.
_DISPLAY_SENTENCES_WORDS = 24
# A headline set over short lines: two to this many lines, each at most this wide.
_WRAPPED_HEAD_LINES = 4
_WRAPPED_HEAD_WIDTH = 40
# A headline so set runs to this many words at least; a page's tools broken so run shorter.
_WRAPPED_HEAD_WORDS = 6
# The words a headline's line may not end on, where the column broke its sentence ("pile up
# as" / "spike along"): the joining words, the articles and the conjunctions.
_WRAPPED_JOINERS = _STACK_JOINERS | frozenset("a an the and or but along across than".split())


def _wrapped_block_over(lines: list[str], h: int, apart: bool = False) -> list[int] | None:
    """The lines of a headline set over short lines in the block over line `h` (one blank
    line between), `h` a deck in a sentence's case: two to four lines of a few words,
    none in capitals alone, the first opening in a capital, and each after it carrying on the
    one above: it opens in lower case ("Brookfield bakery's" / "kringle wins national" /
    "pastry honor"), or the line above ends on a joining word ("pile up as" / "E. coli ...").
    A menu's items or a stack of labels, one a line, open in capitals and join no sentence so.
    The block's lines, or None. (A copy that sets every line apart tells no block from
    another: never read so there.)"""
    if apart or h < 2 or _lower_words(lines[h]) < _STACK_DECK_LOWER:
        return None
    end = h - 2
    if lines[h - 1] or not lines[end]:
        return None  # the deck stands in a block of its own, one blank line under the headline
    rows: list[int] = []
    k = end
    while k >= 0 and lines[k] and len(rows) <= _WRAPPED_HEAD_LINES:
        rows.append(k)
        k -= 1
    rows.reverse()
    if not 2 <= len(rows) <= _WRAPPED_HEAD_LINES or k < 0:
        return None  # a block from the page's top is its nameplate and menus
    texts = [lines[r].strip() for r in rows]
    if any(len(t) > _WRAPPED_HEAD_WIDTH or t.isupper() for t in texts):
        return None
    if not texts[0][:1].isupper() or any(t[-1:] in ".!?:;," for t in texts[:-1]):
        return None
    if texts[-1][-1:] in ".:;,":
        return None  # a headline closes on no sentence's stop, no colon
    for above, below in zip(texts, texts[1:], strict=False):
        last = above.split()[-1].strip(",'\"’”").lower()
        if not (below[:1].islower() or last in _WRAPPED_JOINERS) or last == "by":
            return None  # "Opinion by" / "Teodora Vasquez": a byline's label, no headline's
    joined = " ".join(texts)
    if len(joined.split()) < _WRAPPED_HEAD_WORDS or is_chrome(joined) or is_consent_or_nav(joined):
        # "Skip to" / "main content", "Listen to" / "this article", "Most read" / "stories
        # today": the page's own links and tools broken over lines, over a headline in a
        # sentence's case, no headline of a headline's length
        return None
    return rows


def _greeted_above(lines: list[str], h: int) -> bool:
    """A newsletter's salutation opens a paragraph above line `h` ("Good morning! Today's
    newsletter is 812 words, a 3-minute read."), with a line of text over it: the letter's
    name stands over its greeting, and the story's headline under it."""
    rows = [k for k in range(h) if lines[k]]
    return any(greeting_paragraph(lines[k]) for k in rows[1:])


# A person's years under an obituary's title: "1931 - 2023", "1931–2023", "Feb. 11, 1931 -
# Oct. 7, 2023", "March 3, 1940 – June 1, 2024" (birth, a dash, death).
_LIFE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:1[89]|20)\d\d"
_LIFE_SPAN = re.compile(rf"{_LIFE_DATE}\s*[-–—]\s*{_LIFE_DATE}")
# How far into the notice's first line the title's surname may stand (a nickname or a middle
# name between: "Jane \"Jay\" Ann Roe, 92, ...").
_NOTICE_NAME_CHARS = 60


def is_life_span(line: str) -> bool:
    """`1931 - 2023`: a person's years alone on a line, under an obituary's title."""
    return _LIFE_SPAN.fullmatch(line.strip()) is not None


def _next_text(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)


def obituary_title_over(lines: list[str], i: int) -> int | None:
    """Line `i` is a person's name (two to five words), the next line of text the person's
    years ("1931 - 2023"), and the line under those opens with the name's first word and holds
    its surname near its start: an obituary's title over its notice. The notice's first
    line's index, or None."""
    words = lines[i].split()
    if not 2 <= len(words) <= 5 or not looks_like_name(lines[i].strip()):
        return None
    span = _next_text(lines, i)
    if span is None or not is_life_span(lines[span]):
        return None
    first = _next_text(lines, span)
    if first is None:
        return None
    text = lines[first].strip()
    if text.startswith(words[0]) and words[-1] in text[:_NOTICE_NAME_CHARS]:
        return first
    return None


def _obituary_title_above(lines: list[str], h: int) -> int | None:
    """The obituary's title (obituary_title_over) whose notice opens at line `h`."""
    above = [j for j in range(h - 1, max(-1, h - 5), -1) if lines[j].strip()][:2]
    if len(above) == 2 and obituary_title_over(lines, above[1]) == h:
        return above[1]
    return None


# An e-edition's header (PressReader's text view of a page) as one block over the headline: the
# paper's name, the issue's date alone, then the writer's name and their title, one a line.
_EDITION_DATE_WORDS = 4
_EDITION_SCAN = 8
# PressReader's note that the story ran in more of the paper's editions or pages ("+1 more",
# "+3 more"), under the issue's date.
_EDITION_MORE = re.compile(r"^\+\d{1,2} more$")


# The e-edition service's own foot under the story it prints (chrome.EDITION_FOOT).
_EDITION_FOOT = re.compile(rf"^(?:{EDITION_FOOT})", re.IGNORECASE)


def is_edition_paper(line: str, lines: list[str]) -> bool:
    """The first line of an e-edition's header is the paper's name: a masthead we know, or,
    when the service's own marks are in the text (its "+1 more" under the date, its foot under
    the story), a name's shape (a few capitalised words, "The Province"): the service prints
    every paper it carries so, known to us or not."""
    if is_masthead(line):
        return True
    from archiver.extract.masthead import nav_item

    return nav_item(line.strip()) and any(
        _EDITION_MORE.match(x.strip()) or _EDITION_FOOT.match(x.strip()) for x in lines if x
    )


def edition_aside(line: str) -> bool:
    """A line of an e-edition's header that is neither the paper, the date nor the writer,
    read past: the service's "+1 more" under the date, the writer's e-mail address alone under
    their name ("JANE ROE" / "jroe@paper.example"), as PressReader prints them."""
    text = line.strip()
    return _EDITION_MORE.match(text) is not None or _EMAIL.fullmatch(text) is not None


# The e-edition service's own name over its page ("PressReader"), as its logo's text.
_EDITION_SERVICE = re.compile(r"^(?:PressReader|NewspaperDirect)(?:\.com)?$", re.IGNORECASE)
# An issue's date in ISO form, as the service's page prints it in some views ("2025-07-18").
_ISO_ISSUE_DATE = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d$")


def edition_top(lines: list[str], rows: list[int], skip: frozenset[int]) -> list[int]:
    """An e-edition header's `rows` (its lines of text, first first) without the service's
    page's own lines over the paper's name: its name ("PressReader") and the rows of its
    menus (`skip`: the line numbers the raw text's spacing shows to be one), and under its
    name, the page's links ("Catalog  For You") up to the paper's name over the issue's date."""
    k = 0
    while k < len(rows) - 1 and (_EDITION_SERVICE.match(lines[rows[k]].strip()) or rows[k] in skip):
        k += 1
    if k and _EDITION_SERVICE.match(lines[rows[0]].strip()):
        k = next(
            (
                n
                for n in range(k, min(k + _EDITION_LINKS, len(rows) - 1))
                if is_edition_paper(lines[rows[n]], lines) and edition_date(lines[rows[n + 1]])
            ),
            k,
        )
    return rows[k:] if k < len(rows) - 1 else rows


# How many lines of the service's page (its name, its links) stand over the paper's name.
_EDITION_LINKS = 3


def edition_date(line: str) -> bool:
    """The issue's date alone on its line ("14 Mar 2024", "2025-07-18"): no time, no place."""
    words = line.split()
    if _ISO_ISSUE_DATE.match(line.strip()):
        return True
    return is_date_stamp(line) and len(words) <= _EDITION_DATE_WORDS and words[-1].isdigit()


def edition_marks(lines: list[str]) -> bool:
    """The e-edition service's own marks in the text: "+1 more" under the date, its foot, or
    its name ("PressReader") atop the copy, over its page's links and the paper's name."""
    top = next((x.strip() for x in lines if x.strip()), "")
    return _EDITION_SERVICE.match(top) is not None or any(
        _EDITION_MORE.match(x.strip()) or _EDITION_FOOT.match(x.strip()) for x in lines if x
    )


def _edition_header(lines: list[str], menu_rows: frozenset[int] = frozenset()) -> PageStart | None:
    """`The Globe and Mail (Ontario Edition)` / `14 Mar 2024` / `JANE ROE` / `REPORTER,
    VANCOUVER` / the headline: the text's first lines an e-edition's header, the paper's name
    (a masthead we know), the issue's date alone (no time, no place), and the writer, a
    person's name in capitals or with their title on the next line; the line after them is
    the headline (blank lines between any of them or none). The title or the capitals are what
    tell the name from a section's label ("Real Estate") there; the date alone under the
    paper's name what tells the header from a story's opening."""
    from archiver.extract.gazetteer import is_known_place

    top = [
        k
        for k in range(min(len(lines), _EDITION_SCAN * 2))
        if lines[k] and not edition_aside(lines[k])
    ]
    if (one_row := _one_row_edition_header(lines, top)) is not None:
        return one_row
    # (the service's page's name and menus over the paper's name are its, not the paper's)
    top = edition_top(lines, top, menu_rows)
    if len(top) < 4:
        return None
    paper, date = top[0], top[1]
    if not is_edition_paper(lines[paper], lines) or not edition_date(lines[date]):
        return None  # the issue's date alone ("14 Mar 2024"), no time or place after it
    # "NEWS" / "Page A3": the section and the print page the service prints under the date,
    # and its own name and buttons under the writer ("PressReader" / "Listen" / "Share"):
    # read past before the header's lines are counted
    top = top[:2] + [k for n, k in enumerate(top) if n >= 2 and not edition_label(lines[k])]
    top = top[:_EDITION_SCAN]
    if len(top) < 4:
        return None
    name_at = top[2]
    name = lines[name_at]
    names = name_list(name)
    if edition_writer(name) is None and edition_marks(lines) and edition_writer(lines[top[3]]):
        # "Tea farmers protest ..." / "JOE FRIESEN EDUCATION REPORTER": the service prints
        # some papers' byline under the headline, the writer's title on the name's line
        shown = lines[name_at]
        if _headline_shape(shown) and not shown.rstrip().endswith("."):
            why = (
                f"an e-edition's header over it: the paper's name (line {paper + 1}) and the"
                f" issue's date (line {date + 1}); the writer under it (line {top[3] + 1})",
            )
            return PageStart(name_at, why, 0)
    # "CONOR ROE Security and Crime Editor": the writer's title on the name's own line
    inline = name_and_title(name) if not names else None
    if inline is not None:
        names = [inline]
    if not names and inline is None and name.startswith("By "):
        names = edition_writer(name)  # "By JANE ROE jroe@paper.example"
    if not names or len(names) > 3 or any(is_known_place(n) for n in names):
        return None
    titled = inline is not None or is_title_line(lines[top[3]])
    if not (titled or name.isupper() or marked_writer(name, lines)):
        return None  # "Real Estate": a section's label in Title Case under the date
    below = 3 if inline is not None or not titled else 4
    while (
        inline is not None and below < 5 and below < len(top) and name_and_title(lines[top[below]])
    ):
        below += 1  # a second or third writer with their title, a line each
    if len(top) <= below:
        return None
    h = top[below]
    shown = _stacked_words(lines, h) or lines[h]
    if not _headline_shape(shown) or shown.rstrip().endswith("."):
        return None
    why = (
        f"an e-edition's header over it: the paper's name (line {paper + 1}), the issue's date"
        f" (line {date + 1}) and the writer (line {name_at + 1})"
        + (" with their title" if titled else ""),
    )
    return PageStart(h, why, 0)


# The service's own lines over a one-row header ("PressReader", "Catalog  For You", the
# paper's name alone): at most this many.
_ONE_ROW_LEAD = 3


def _one_row_edition_header(lines: list[str], top: list[int]) -> PageStart | None:
    """`PressReader` / `Catalog  For You` / `The Globe and Mail (BC Edition)` / `The Globe and
    Mail (BC Edition) · 14 Mar 2023 · S1 · JANE ROE` / the headline: an e-edition's header
    printed on one row (the paper, the issue's date, the page, the writer), the service's name
    and links and the paper's name alone over it; the display line under the row is the
    headline. The row must name a writer and its paper must be one (`is_edition_paper`)."""
    from archiver.extract.bylines import edition_header_paper

    for n in range(min(len(top) - 1, _ONE_ROW_LEAD + 1)):
        row = " ".join(lines[top[n]].split())
        paper = edition_header_paper(row)
        if paper is None:
            continue
        lead = [" ".join(lines[k].split()) for k in top[:n]]
        if not all(
            _EDITION_SERVICE.match(x) or is_chrome(x) or x == paper for x in lead
        ) or not is_edition_paper(paper, lines):
            return None
        found = parse_byline(row)
        h = top[n + 1]
        if found is None or not found.names or not _headline_shape(lines[h]):
            return None
        if lines[h].rstrip().endswith(".") or story_line(lines[h]):
            return None
        why = (
            f"an e-edition's header printed on one row over it (line {top[n] + 1}): the"
            " paper's name, the issue's date and the writer",
        )
        return PageStart(h, why, 0)
    return None


def edition_label(line: str) -> bool:
    """A section's name in capitals ("NEWS") or the print page ("Page A3"), alone on its
    line under an e-edition's date: the service's page, not the story's header."""
    text = line.strip()
    if _EDITION_SERVICE.match(text) or (
        len(text.split()) <= _EDITION_BUTTON_WORDS and _TOOL_LINE.match(text)
    ):
        return True  # "PressReader" / "Listen" / "Share" / "Print": the service's page's own
    return is_print_page(text) or (text.isupper() and text.isalpha() and len(text) > 1)


# A button of the service's page is a word or two ("Listen", "Share", "Copy link"); a longer
# line that opens like one ("Listening to farmers ...") is a headline.
_EDITION_BUTTON_WORDS = 2


def edition_writer(line: str) -> list[str] | None:
    """The writer's name(s) on an e-edition's byline line: "JANE ROE", "JANE ROE EDUCATION
    REPORTER" (the title after the name), "By JANE ROE jroe@paper.example" (the label and the
    address on the line); None for any other line."""
    names = name_list(line)
    if names is None and (inline := name_and_title(line)) is not None:
        names = [inline]
    if names is None and line.startswith("By ") and (found := parse_byline(line)) is not None:
        names = list(found.names) or None
    return names


def marked_writer(name: str, lines: list[str]) -> bool:
    """`Jane Roe` in Title Case under the issue's date reads as the writer when the service's
    own marks are in the text (its foot under the story: the header is its, surely) and no
    word of it is a section's or a menu's ("Real Estate", "Big Ideas")."""
    from archiver.extract.masthead import MENU_WORDS

    return edition_marks(lines) and not any(
        w.lower() in MENU_WORDS or w.lower() in _SECTION_NAME_WORDS for w in name.split()
    )


# Words of a section's two-word name in Title Case that no person's name has.
_SECTION_NAME_WORDS = frozenset(
    "real estate big ideas life style arts culture food drink home garden travel motoring"
    " property money health science weekend review magazine living opinion comment".split()
)


# An e-edition's display headline set a word or two a line ("Alberta" / "nurses" / "reject" /
# "wage" / "offer"): at least this many lines, each this many words at most.
_STACK_LINES = 4
_STACK_WORDS = 2


def _stacked_words(lines: list[str], h: int) -> str | None:
    """The headline at `h` read whole when the e-edition's text sets it a word or two a line:
    its block's lines up to a blank line or its deck in capitals ("VOTE SETS UP"), joined;
    None when the block is no such stack."""
    block: list[str] = []
    for line in lines[h:]:
        if not line or (block and line.isupper() and not block[-1].isupper()):
            break
        if len(line.split()) > _STACK_WORDS or line.rstrip().endswith((".", ":", ",")):
            return None
        block.append(line)
    return " ".join(block) if len(block) >= _STACK_LINES else None


# What joins a page's title to the headline it holds: "Site -- Section - Country: <headline>",
# "<headline> | Site", "<headline> - Site".
_TITLE_JOIN_BEFORE = re.compile(r"(?:\s*[:|»]|\s+[-–—]{1,2})\s*$")
_TITLE_JOIN_AFTER = re.compile(r"^\s*(?:[|»]|[-–—]{1,2}\s)")
# The headline a page's title holds has at least this many words.
_TITLE_HEADLINE_WORDS = 4


def _page_title(lines: list[str], end: int) -> int | None:
    """The page's title as a browser or a scraper prints it over the page, when the text's
    first line is one: the site's name and section before or after a headline that the page
    prints again, alone, on a line of its own below ("CANOE -- CNEWS - Canada: Fishermen vow to
    fight snow crab quota cut" over the page's menus, then "Fishermen vow to fight snow crab
    quota cut"). The title's words are no dateline ("CANOE --") and no headline of the page's
    own: the headline is the line below, which the page's anchors point to."""
    for first in [i for i in range(end) if lines[i]][:_MASTHEAD_LINES]:
        # the title under the site's name too ("The New York Times" / "Europe|<headline>")
        if len(lines[first]) <= 300 and _title_repeated(lines, first, end):
            return first
    return None


# How far below a line joined to a section's name the headline alone is looked for.
_TITLE_AGAIN_LINES = 4


def _title_repeated(lines: list[str], first: int, end: int) -> bool:
    """Line `first` holds a headline printed again, alone, on a line below it (before the
    story has begun)."""
    return _title_repeated_at(lines, first, end) is not None


def _title_under_anchor(lines: list[str], title: int, h: int, a: int) -> int | None:
    """The line right under the anchor at `a` (the next line of text), when the page's title
    at line `title` names it, and no line over the anchor, as a headline's sentence does (two
    lower-case words at least), and the story's lead tells it more than it tells the display
    line `h` over the anchor; None otherwise. A mail's subject may name another story of the
    letter ("Subject: ... - Council approves budget ..." over "Library cuts spark protest at
    City Hall" / the date / "Council approves budget ..."): the lead tells its own headline
    ("... protested outside City Hall ... against cuts to library hours"), and a masthead's
    tagline ("Journalism & Communication for Global Change") tells no story's lead."""
    j = next((k for k in range(a + 1, len(lines)) if lines[k]), None)
    if j is None or _lower_words(lines[j]) < 2:
        return None
    if _title_repeated_at(lines, title, j + 1) != j:
        return None
    lead = _lead_after(lines, j + 1)
    if lead is None:
        return None
    lead_words = _long_words(lead)
    told = len(_long_words(lines[j]) & lead_words)
    return j if told > len(_long_words(lines[h]) & lead_words) else None


def _title_repeated_at(lines: list[str], first: int, end: int) -> int | None:
    """The line below `first` that prints again the headline line `first` holds, or None."""
    top = lines[first]
    for k in range(first + 1, end):
        line = lines[k]
        if story_line(line):
            return None  # the story has begun: a subheading in it repeats no page's title
        if not line or word_count(line) < _TITLE_HEADLINE_WORDS or len(line) >= len(top):
            continue
        if top.endswith(line) and _TITLE_JOIN_BEFORE.search(top[: -len(line)]):
            return k
        if top.startswith(line) and _TITLE_JOIN_AFTER.match(top[len(line) :]):
            return k
        mid = top.find(line)
        if (
            mid > 0
            and _TITLE_JOIN_BEFORE.search(top[:mid])
            and _TITLE_JOIN_AFTER.match(top[mid + len(line) :])
        ):
            # "WAM : UAE, Egypt discuss economic cooperation - Emirates News Agency": the
            # agency's code before the headline and its name after it
            return k
    return None


def story_line(line: str) -> bool:
    """A paragraph of the story: a long line of sentences."""
    return len(line.split()) >= _STORY_WORDS and line.endswith((".", "!", "?", '"', "”"))


def is_items_row(line: str) -> bool:
    """Three or more short items between bars, whatever their case: a menu row ("Home | News |
    Press releases"), which ends the display block above a page's anchor."""
    parts = [p for p in line.split("|") if p.strip()]
    # four items or more may hold one of four words ("Menu | Weekly edition | The world in
    # brief | Search"); a headline between bars is one part of many words
    most = 4 if len(parts) >= 4 else 3
    return len(parts) >= 3 and all(len(p.split()) <= most for p in parts)


# Possessives that open a menu's items ("Editor's Picks", "Today's Paper", "Women's Health"),
# not a headline's subject.
_MENU_POSSESSORS = frozenset(
    "editor editors today todays women womens men mens children kids reader readers people "
    "world nation weekend".split()
)
# The small words that join a section's or a desk's name ("Science and Technology", "Things
# to Do", "Letters to the Editor"): no evidence of a headline's sentence.
_JOINING_WORDS = frozenset("and & of the to for in on at a an or with".split())
# A writer's title after the name ("Jane Roe Telecom reporter", "John Doe, Staff Writer").
_WRITER_ROLE = re.compile(
    r"\b(?i:reporter|correspondent|writer|editor|columnist|contributor|photographer|"
    r"producer|staff|analyst|critic|intern)s?\b"
)
_POSSESSIVE = re.compile(r"^[A-Z][\w.-]*['’]s$")


# A deck this long is no headline (a headline has fewer words).
_LONG_DECK_WORDS = 16


# Words whose "'s" is a verb's ("What's On", "Here's How", "It's Your Call"): no possessive.
_CONTRACTED = frozenset("what that it here there who where how let he she".split())


def _possessive_title(line: str) -> bool:
    """A possessive of a name among the words ("Kenya's Deadly Tribal Divide"), which menus'
    items ("Editor's Picks", "Today's Paper") open with a generic word instead, and which a
    contraction ("What's On", a British site's listings menu) is not; nor is a place's name
    alone ("Hawke's Bay", "St John's": the region's label RNZ and others set over the
    headline)."""
    from archiver.extract.gazetteer import is_known_place, is_region_after_place

    if is_known_place(line) or is_region_after_place(line):
        return False
    return any(
        _POSSESSIVE.match(w)
        and w[:-2].lower().rstrip("'’") not in _MENU_POSSESSORS
        and w[:-2].lower() not in _CONTRACTED
        for w in line.split()
    )


# The words of a list's heading in a page's boxes ("Most read", "Top stories"), which a
# two-word headline in a sentence's case does not end on.
_LIST_HEADING_WORDS = frozenset(
    "read popular viewed shared stories articles picks headlines updates posts links".split()
)


def _two_word_title(line: str) -> bool:
    """A headline of two words in a sentence's case ("Wheat row", "Budget blues"), which
    is_menu_item takes for a menu's item: no word of it a menu's or a list's heading's."""
    words = line.split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[0].replace("’", "").replace("'", "").isalpha()
        and words[1].isalpha()
        and words[1].islower()
        and not any(w.lower() in MENU_WORDS or w.lower() in _JOINING_WORDS for w in words)
        and words[1] not in _LIST_HEADING_WORDS
        and not is_masthead(line)
    )


def _display_title(line: str, over_long_deck: bool = False) -> bool:
    """A headline in Title Case or a short one, which is_menu_item alone takes for a menu's
    item: two to eight words with a headline's mark that a menu's items lack - a possessive
    of a name ("Kenya's Deadly Tribal Divide", "Bode's bust"), over a deck too long for a
    headline an article opening three words or more joined by a small word ("The Last Days
    of Aristide"), or, in three words or more,
    a lower-case word that joins no name ("Sony's Reader PRS-505 hands-on"). A menu's words
    alone ("World News", "Things to Do") are no headline."""
    words = line.split()
    if not 2 <= len(words) <= 8 or line.endswith((".", ":", ";", ",")):
        return False
    if is_nav_row(line) or is_date_stamp(line) or _TOOL_LINE.match(line) or is_masthead(line):
        return False
    if _WRITER_ROLE.search(line):
        return False  # "Nadia Fraser Telecom reporter": the writer's name and title
    if all(w.lower().strip("&") in MENU_WORDS or w.lower() in _JOINING_WORDS for w in words):
        return False
    if _possessive_title(line):
        return True
    if words[0] in ("The", "A", "An") and len(words) >= 3:
        # "The Globe and Mail", "The Times of India": an outlet's or a body's name has this
        # shape too; only a deck too long for a headline under it tells a title. A title
        # in sentence case ("The new coaching capital") holds a word in lower case that
        # joins nothing, which no outlet's or body's name does
        return over_long_deck and any(
            w in _JOINING_WORDS or (w[:1].islower() and w.isalpha()) for w in words[1:]
        )
    if words[0] in ("The", "An") and len(words) == 2:
        # "The Orchardist" over "A family in Washington State has grown apples ...": a
        # magazine's title of an article and a noun over a deck too long for a headline; a
        # menu's ("The Latest") and a masthead's ("The Atlantic") words are none
        noun = words[1].lower()
        return (
            over_long_deck
            and words[1][:1].isupper()
            and words[1][1:].islower()
            and noun not in MENU_WORDS
            and not is_masthead(line)
        )
    return len(words) >= 3 and any(w[:1].islower() and w not in _JOINING_WORDS for w in words[1:])


# The small words Title Case leaves in lower case.
_TITLE_SMALL_WORDS = _JOINING_WORDS | frozenset(
    "as by from into off up but nor per via vs. vs".split()
)
# A Title Case headline has at least this many words (a kicker or a menu's item fewer).
_TITLE_CASE_HEAD_WORDS = 4


def _title_case_over_deck(
    line: str, deck: str, above: str | None, below: str | None = None
) -> bool:
    """`line` is a Title Case headline right over its Title Case deck, as ABC News and other
    American sites set both ("Commuters Brace for SEPTA Strike" / "Union Sets Midnight
    Deadline as Talks Stall Over Health Benefits"): four words or more with a small word in
    lower case, the deck three words longer and no sentence, and nothing above the headline
    but the page's menu or name (a kicker or a section label over it is read as before).
    `below`: the line of text under the deck; when it is a Title Case display line too, the
    pair is a banner over the headline ("The War in Ukraine" / "Ukraine Strikes Russian Oil
    Depot as ..." / "Kyiv Says the Attack Was ..."), not the headline over its deck."""
    if below is not None and _title_case_display(below):
        return False
    words = line.split()
    deck_words = deck.split()
    if len(words) < _TITLE_CASE_HEAD_WORDS or len(deck_words) < max(_DECK_WORDS, len(words) + 3):
        return False
    if line.endswith((".", ":", ";", ",")) or deck.endswith((".", ":", ";", ",", "!", "?")):
        return False
    if _TOOL_LINE.match(line) or is_nav_row(line) or is_masthead(line) or is_date_stamp(line):
        return False
    if not (_title_cased(words) and _title_cased(deck_words)):
        return False
    if all(w.lower().strip("&") in MENU_WORDS or w.lower() in _JOINING_WORDS for w in words):
        return False
    return above is None or is_nav_row(above) or is_items_row(above) or is_masthead(above)


def _title_cased(words: list[str]) -> bool:
    """Words set in Title Case: a small word in lower case among them (a headline has its
    small words) and no other word in lower case (sentence case is read by the deck's rules)."""
    return any(w in _TITLE_SMALL_WORDS for w in words[1:]) and not any(
        w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in words[1:]
    )


def _title_case_display(line: str) -> bool:
    """A display line in Title Case: four words or more, no sentence's stop, no byline ("By
    JANE ROSSI and DAVID PELKEY") and no stamp."""
    from archiver.extract.bylines import is_by_line

    words = line.split()
    return (
        len(words) >= _TITLE_CASE_HEAD_WORDS
        and not is_by_line(line)
        and not is_date_stamp(line)
        and not line.endswith((".", ":", ";", ",", "!", "?"))
        and _title_cased(words)
    )


# An aggregator's card over the headline: the source's address, a dash, then the writers and
# the agency ("reuters.com - Joe Cash, Reuters", as Flipboard prints a wire story's card): the
# page's furniture, no headline.
SOURCE_CARD = re.compile(r"^(?P<domain>[a-z0-9-]+)(?:\.[a-z0-9-]+)+\s+[-–—·]\s+(?P<rest>\S.*)$")


# "Written by RTTNews for RTTNews ->": the writer and the outlet a markets page names, each
# an agency; the arrow is the page's link to the author's other stories.
_BY_AGENCY = re.compile(
    r"^\S+(?:\s+by)?\s+(?P<who>.+?)(?:\s+for\s+(?P<outlet>.+?))?\s*(?:->|›|»)?$"
)


# A portal's "by" line naming the outlet alone, the story's age after a bullet or a dot
# ("Story by The Star • 6h", "Story by Kyodo News · 2d").
_PORTAL_OUTLET = re.compile(rf"^(?i:story\s+by|by)\s+(?P<who>[^·•]{{2,50}}?)\s[·•]\s{FEED_AGE}$")


def _label_or_menu(line: str) -> bool:
    """A section's label or a menu's item (no headline over a writer's line)."""
    from archiver.extract.roles import _label_line

    return is_menu_item(line) or _label_line(line)


def column_header(name: str, under: str) -> bool:
    """The line under a writer's name over an opinion column's headline tells a writer: their
    title ("Senior economics writer") or a biography that names them again ("Jane Roe is a
    senior lecturer in ..."). A section's label over a stamp ("Real Estate") has neither."""
    return is_title_line(under) or (is_author_bio(under) and under.startswith(name))


def _column_header_over(lines: list[str], h: int) -> bool:
    """The two lines of text right over the headline at `h` are an opinion column's header:
    one writer's name over their title or biography (column_header)."""
    above = [k for k in range(max(0, h - 4), h) if lines[k]][-2:]
    if len(above) < 2:
        return False
    names = name_list(lines[above[0]])
    return names is not None and len(names) == 1 and column_header(names[0], lines[above[1]])


def _writer_line_over(lines: list[str], h: int) -> int:
    """The writer's "By" line right over the headline at `h` ("Written by Jane Roe | Updated:
    ..." as a news app's view prints it first), else `h`: the page's menus are above it."""
    k = h - 1
    while k >= 0 and not lines[k]:
        k -= 1
    return k if k >= 0 and _named_by_line(lines[k]) else h


# A live page's shift mark after a writer's name: "Jane Roe (now)".
_SHIFT_WRITERS = re.compile(r"\w\s+\((?i:now|earlier|later|previously)\)")
# "Jane Roe obituary", "Obituary: Jane Roe".
_OBITUARY_TITLE = re.compile(
    r"^(?:(?P<a>.{3,60}?)\s+(?i:obituary)|(?i:obituary)\s*[:|-]\s*(?P<b>.{3,60}))$"
)


def _obituary_title(line: str) -> bool:
    """An obituary's headline: a person's name and the word "obituary"."""
    from archiver.extract.bylines import looks_like_name

    m = _OBITUARY_TITLE.match(line.strip())
    return m is not None and looks_like_name((m.group("a") or m.group("b")).strip())


def _named_by_line(line: str) -> bool:
    """A "By" line that names a person ("Story by Jane Roe", "By JANE ROE") or only an
    agency ("Written by RTTNews for RTTNews ->"): a writer's line, never a headline."""
    from archiver.extract.bylines import is_agency, is_by_line, parse_byline

    if not is_by_line(line) or (found := parse_byline(line)) is None:
        return False
    if found.names:
        return True
    portal = _PORTAL_OUTLET.match(line)
    if portal is not None and (is_agency(portal["who"]) or is_masthead(portal["who"])):
        # "Story by The Star • 6h": a portal's line naming the outlet it reposts (MSN), with
        # the story's age after a bullet; the writer's place, never a headline
        return True
    m = _BY_AGENCY.match(line)
    return m is not None and all(
        is_agency(part) for part in (m.group("who"), m.group("outlet")) if part
    )


# "Reporting from Girona", "Reporting from Kyiv and Lviv": where the correspondent named
# over it files from (the BBC's pages), the line where another page prints a title.
_REPORTING_FROM = re.compile(
    r"(?i:reporting\s+from)\s+[A-Z][\w.'’-]*(?:(?:,?\s+|\s+and\s+)[A-Z][\w.'’-]*){0,3}"
)
# A separator alone on a line between a page's header items: "·", "•", "|".
_SEPARATOR = re.compile(r"[·•|∙]")
# A blog platform's label over the publication a post appears in (Medium, Substack's
# "Published in <publication>" over the stamp).
_PUBLISHED_IN = re.compile(r"(?i:published\s+in)")


def _publication_named_below(lines: list[str], j: int, a: int) -> bool:
    """Line `j` is the name of the publication a blog platform's "Published in" label names
    further down the header, before the anchor at `a` ("The Atlas Desk" over the post's title,
    "Published in The Atlas Desk" or "Published in" / "The Atlas Desk" in the writer's row):
    the publication's banner over the post, which a post's own title never repeats."""
    name = " ".join(lines[j].split())
    if not name or len(name.split()) > _MASTHEAD_WORDS:
        return False
    text = [" ".join(lines[m].split()) for m in range(j + 1, min(a, len(lines))) if lines[m]]
    for n, below in enumerate(text):
        if not below[:9].casefold().startswith("published"):
            continue
        if below.casefold() == f"published in {name}".casefold():
            return True
        if _PUBLISHED_IN.fullmatch(below) and n + 1 < len(text) and text[n + 1] == name:
            return True
    return False


# The lines a page's masthead sets over its menu row: the site's name and its tagline.
_MASTHEAD_OVER_MENU = 2


# How a newsletter names itself in its own words, as Substack, Ghost and beehiiv letters
# close or open: "Thanks for reading The Harbour Ledger!", "You're reading The Ledger".
_LETTER_NAMED = (
    r"(?i:thanks\s+for\s+reading|you['’]re\s+reading|welcome\s+to|subscribe\s+to)\s+{name}\b"
)


# The title, the subtitle and the writer's name, each a block of one line.
_LETTER_BLOCKS = 3


def _title_under_tagline(lines: list[str], h: int, a: int) -> int | None:
    """The post's title when line `h` is a newsletter's tagline: the second line of a block of
    two under the letter's name ("The Harbour Ledger" / "Notes on shipping, ports and the people
    who run them"), which the letter names as itself elsewhere ("Thanks for reading The Harbour
    Ledger!"), the title a line alone in the next block above the anchor `a`, a subtitle and
    the writer's name under it. A news site's name over its headline is not named so."""
    if not lines[h] or lines[h].endswith((".", "!", "?")):
        return None
    if _blocks_untold(lines, a):
        # a copy whose blank lines part every line, or none ("The Harbour Ledger" / "Notes on
        # shipping, ..." / the title / the subtitle / the writer, one a line): its blocks
        # cannot be told, and the letter naming itself is the evidence left
        texts = [k for k in range(a) if lines[k]]
        at = texts.index(h)
        if at < 1:
            return None
        name_at = texts[at - 1]
        below = texts[at + 1 :]
    else:
        if h < 1 or not lines[h - 1] or (h >= 2 and lines[h - 2]):
            return None
        if h + 1 >= len(lines) or lines[h + 1]:
            return None
        name_at = h - 1
        # under the tagline, a line a block: the title, its subtitle and the writer's name
        # over the anchor (a name's line over "the title" / "the subtitle" / the writer holds
        # one block fewer: its second line is the title)
        below = [k for k in range(h + 2, a) if lines[k]]
        if any(lines[k + 1] for k in below if k + 1 < a):
            return None
    named = re.compile(_LETTER_NAMED.format(name=re.escape(lines[name_at])))
    if not any(named.search(line) for line in lines[h + 1 :] if line):
        return None
    if len(below) < _LETTER_BLOCKS:
        return None
    title = lines[below[0]]
    return below[0] if _headline_shape(title) and not title.endswith(".") else None


# A head of this many lines at least tells its blocks by its blank lines only when some gaps
# between its lines are blank and some are not, or some are wider than one line.
_UNTOLD_MIN_LINES = 4


def _blocks_untold(lines: list[str], a: int) -> bool:
    """The blank lines over line `a` tell no blocks: no two lines with text stand apart by
    more than one blank line, and either every gap between them holds one or none does (a
    copy with its blank lines taken out, or one with a blank line after every line)."""
    texts = [k for k in range(a) if lines[k]]
    if len(texts) < _UNTOLD_MIN_LINES:
        return False
    gaps = {b - t - 1 for t, b in zip(texts, texts[1:], strict=False)}
    return gaps in ({0}, {1})


# A headline is this many words longer at least than the name printed against it.
_TITLE_OVER_PREFIX_WORDS = 2


def _title_beside_its_prefix(lines: list[str], h: int) -> int | None:
    """The line right over line `h` (one blank line between at most) that opens with all of line `h`'s words
    and goes on for a few more, when it has a headline's shape: a press release's issuer set
    under its title ("Riverbend Pediatric Therapy Opens Sensory Gym in Asheville" / "Riverbend
    Pediatric Therapy", EIN Presswire's pages). A name is never its own headline's first words
    by chance. (A longer line under the headline that opens with its words is a deck.) The
    line under is a name, each word capitalised; and the title goes on in words, not after a
    separator: "Storm floods valley towns | The Valley Gazette" over "Storm floods valley
    towns" is the page's title tag over the headline itself."""
    j = h - 1
    if j >= 1 and not lines[j]:
        j -= 1  # one blank line between them (a spaced capture)
    if j < 0 or not lines[j]:
        return None
    short, words = lines[h].split(), lines[j].split()
    if (
        len(words) >= len(short) + _TITLE_OVER_PREFIX_WORDS
        and words[: len(short)] == short
        and all(w[:1].isupper() or not w[:1].isalpha() for w in short)
        and not _TITLE_TAG_SEPARATOR.match(words[len(short)])
        and _headline_shape(lines[j])
    ):
        return j
    return None


def office_holder(line: str, above: str | None) -> bool:
    """`line` is a public office's title ("Assistant Minister for Northern Australia", "Deputy
    Mayor") under the holder's name `above`: a release's issuer block, no headline."""
    return (
        len(line) <= 80
        and _OFFICE_TITLE.match(line) is not None
        and above is not None
        and (looks_like_name(above) or name_list(above) is not None)
    )


def office_over_member(line: str, below: str | None) -> bool:
    """`line` is a public office's title (a ministry's portfolio: "Ministers for
    Infrastructure, Transport, Regional Development, Communications, Sport and the Arts") over
    a parliamentarian's styled name `below`: the minister's site's header over their release
    (Australian ministers' pages), no headline."""
    from archiver.extract.bylines import styled_member

    return (
        len(line) <= 160
        and _OFFICE_TITLE.match(line) is not None
        and below is not None
        and styled_member(below) is not None
    )


# A release header's own fields, "Key: value" ("Contact: Jane Roe, 555-0100", "Media
# enquiries: ...", "Ref: 24/031"), which no title opens with.
_RELEASE_FIELD = re.compile(
    r"^(?:(?:media|press|news)\s+)?(?:contacts?|enquiries|inquiries)\s*:\s*\S"
    r"|^(?:release\s+)?(?:date|ref(?:erence)?|no\.)\s*:\s*\S",
    re.IGNORECASE,
)
# A government newsroom's label alone, over the issuing minister's name ("Release" / "Hon
# Jane Roe" / "Conservation" / the stamp, as the New Zealand government's site prints it).
_BARE_RELEASE_LABEL = re.compile(r"^(?:release|statement|speech)$", re.IGNORECASE)
# How many lines of text a release's header holds between its label and its title.
_RELEASE_HEADER_LINES = 8
# The most words of a minister's or a spokesperson's name alone in a release's header.
_ISSUER_NAME_WORDS = 5
# The most words of the minister's portfolio under their name ("Conservation", "Health").
_PORTFOLIO_WORDS = 3
# The fewest words of a release's title under its header.
_RELEASE_TITLE_WORDS = 4


def _issuer_person(line: str, above: str | None) -> bool:
    """The issuing minister's or spokesperson's name alone ("Hon Jane Roe MP"), or their
    office under it ("Minister for Housing and Planning")."""
    return (
        len(line.split()) <= _ISSUER_NAME_WORDS
        and (names := name_list(line)) is not None
        and len(names) == 1
    ) or office_holder(line, above)


def _release_field(line: str, above: str | None, after_person: bool = False) -> bool:
    """A line of a release's header, no title: its label ("NEWS RELEASE", "FOR IMMEDIATE
    RELEASE"), an embargo, the date, a contact or reference field, the reading time, the
    issuing minister's name alone and their office or portfolio under it (`after_person`:
    the line above is the name or the office)."""
    return bool(
        is_release_label(line)
        or is_embargo_line(line)
        or is_date_stamp(line)
        or _RELEASE_FIELD.match(line)
        or is_tool_line(line)
        or _issuer_person(line, above)
        or (after_person and len(line.split()) <= _PORTFOLIO_WORDS and is_menu_item(line))
    )


# A site's tagline that says what the site is ("The official website of the Ministry of
# Health", "Official site of the City of Ashcombe"): no headline's words.
_SITE_SELF = re.compile(r"\bofficial\s+(?:web\s?site|site|portal|home\s?page)\s+(?:of|for)\b", re.I)
# A breadcrumb of short crumbs ("Newsroom > Press Releases > 2024", "Home › News"): its last
# crumb a section or a year, no headline's words.
_CRUMBS = re.compile(r"^[^>»›|]{1,30}(?:\s[>»›]\s[^>»›|]{1,30}){1,5}$")
_CRUMB_WORDS = 8


def _site_header_line(line: str, flagged: bool) -> bool:
    """A line of a site's header, no headline: page chrome, a menu's item or row, the site's
    or an organisation's name in Title Case ("International Committee of the Red Cross"), or
    a tagline naming the site ("The official website of ...")."""
    return (
        flagged
        or is_menu_item(line)
        or is_nav_row(line)
        or _title_cased(line.split())
        or _SITE_SELF.search(line) is not None
        or (len(line.split()) <= _CRUMB_WORDS and _CRUMBS.match(line) is not None)
    )


def _release_label_at(lines: list[str], k: int) -> bool:
    """Line `k` is a release's label: a label as pagetops reads it, or a bare "Release" over
    the issuing minister's name."""
    if is_release_label(lines[k]):
        return True
    if not _BARE_RELEASE_LABEL.match(lines[k]):
        return False
    below = next((j for j in range(k + 1, min(len(lines), k + 3)) if lines[j]), None)
    return below is not None and _issuer_person(lines[below], None)


def _release_header_title(lines: list[str], chrome: list[bool], h: int, a: int) -> int | None:
    """The release's title when the walk's top line `h` (over the anchor `a`) is no title but
    a release header's line, or the site's name over it: the release's label stands at `h` or
    above it with nothing but the header's fields between (the contact, the date, the
    minister), or under it with nothing but the site's menu and labels between; the title is
    the first line under the label that is none of the header's fields, when it has a
    headline's shape and stands over the anchor, or under it when the anchor (the release's
    date stamp) is one of those fields. None otherwise: a headline over the label stays."""
    from archiver.extract.roles import looks_like_headline

    def above(k: int) -> int | None:
        return next((j for j in range(k - 1, max(-1, k - 4), -1) if lines[j]), None)

    label = None
    k: int | None = h
    for _ in range(_RELEASE_HEADER_LINES):
        if k is None:
            break
        up = above(k)
        if _release_label_at(lines, k):
            label = k
            break
        if not _release_field(lines[k], lines[up] if up is not None else None):
            break
        k = up
    if label is None and (pointed := _title_over_release_points(lines, h, above)) is not None:
        return pointed
    if label is None and _site_header_line(lines[h], chrome[h]):
        # "International Committee of the Red Cross" / "Donate" / "News release": the site's
        # name over its menu and the release's label (a headline over the label stays)
        for j in range(h + 1, a + 1):
            if not lines[j]:
                continue
            if _release_label_at(lines, j):
                label = j
                break
            if not _site_header_line(lines[j], chrome[j]):
                return None
    if label is None:
        return None
    passed = 0
    prev = label
    person = False
    for t in range(label + 1, min(len(lines), _SCAN)):
        if not lines[t]:
            continue
        if _release_field(lines[t], lines[prev], person):
            passed += 1
            if passed > _RELEASE_HEADER_LINES:
                return None
            person = _issuer_person(lines[t], lines[prev])
            prev = t
            continue
        if (
            t == a
            or len(lines[t].split()) < _RELEASE_TITLE_WORDS
            or not looks_like_headline(lines[t])
        ):
            return None
        return t if t < a or label < a < t else None
    return None


# How many short points a release may print under its title, over its text.
_RELEASE_POINTS = 3


def _title_over_release_points(
    lines: list[str], h: int, above: Callable[[int], int | None]
) -> int | None:
    """The release's title over the walk's top line `h` when `h` is one of the short points a
    release prints under its title ("Press release" / "Munich, February 20, 2025" / "Siemens
    to build new plant in Erlangen" / "Investment of €200 million" / "1,000 new jobs
    planned"): up to three menu-sized lines from `h` up, then a title-shaped line longer than
    a menu's item, with the release's label over it past nothing but the header's fields (the
    date, the place and date, the contact). None otherwise: a site's menu over a headline
    has no release label right over its top item."""
    from archiver.extract.roles import looks_like_headline

    k: int | None = h
    longest = 0  # the points' words
    for _ in range(_RELEASE_POINTS):
        if k is None or not is_menu_item(lines[k]) or _release_field(lines[k], None):
            return None
        longest = max(longest, len(lines[k].split()))
        k = above(k)
        if k is None:
            return None
        title = lines[k]
        if is_menu_item(title):
            continue
        if len(title.split()) < max(_RELEASE_TITLE_WORDS, longest + 1) or not looks_like_headline(
            title
        ):
            return None
        up = above(k)
        for _ in range(_RELEASE_HEADER_LINES):
            if up is None:
                return None
            if _release_label_at(lines, up):
                over = above(up)
                # a title over the label ("Ministers agree joint plan ..." / "Press Releases" /
                # the stamp / the points): the page's headline stands there, the line under
                # the stamp is a point of its own
                if (
                    over is not None
                    and not is_menu_item(lines[over])
                    and looks_like_headline(lines[over])
                ):
                    return None
                return k
            if not _release_field(lines[up], None):
                return None
            up = above(up)
        return None
    return None


def every_line_apart(lines: list[str]) -> bool:
    """Every two lines of text stand one blank line apart: a copy that sets every line apart
    (paragraphs and display lines alike), its blank lines telling no block from another."""
    text = [i for i, line in enumerate(lines) if line]
    return len(text) >= 2 and all(b - a == 2 for a, b in zip(text, text[1:], strict=False))


# What parts a page's title tag from the site's name: "Headline | Site", "Headline - Site".
_TITLE_TAG_SEPARATOR = re.compile(r"[|·•∙:–—-]")


# "Image 3 of 9", "Photo 2 of 12": a gallery's counter with its word, over its picture's caption
_PICTURE_COUNTER = re.compile(r"(?i:image|photo|picture|slide)\s+\d{1,3}\s+of\s+\d{1,3}")


def is_gallery_counter(line: str) -> bool:
    """A gallery's counter alone on its line ("1 of 12 |", "Image 3 of 9")."""
    if "of" not in line:
        # both forms hold "of" in small letters (credits._GALLERY, _PICTURE_COUNTER): asked of
        # the line over every line, most hold none (pinned in tests/test_extract_fast_paths.py)
        return False
    found = parse_gallery(line)
    if found is not None:
        return not found.caption
    return _PICTURE_COUNTER.fullmatch(line.strip()) is not None


# The label a Nordic page's caption gives its credit ("... Foto: Jane Roe/TT", "Kuva: Jane
# Roe/STT"); an English-language page's "Photo:" is no sign (The Local's pages print the lead
# photo's credit bare over the stamp and label the next photo's).
_CREDIT_LABEL_BEFORE = re.compile(r"(?i:\b(?:foto|bild|kuva|billede)\s*:\s*)$")
# The Nordic text wires whose clients sign their copy "Jane Roe/TT" under the headline.
_NORDIC_TEXT_WIRE = re.compile(r"(?i:tt|ntb|ritzau|stt)")
# How many lines of text under the stamp the labelled credit may stand (the lead photo's
# caption right under the stamp, or its label line under the caption)
_LABELLED_CREDIT_AHEAD = 3
# How many lines of text under the bare line a "By" byline would sign the story instead.
_BYLINE_AHEAD = 6


def wire_writer_over_stamp(lines: list[str], k: int) -> str | None:
    """The person line `k` names, when it is a person and a Nordic text wire alone (TT, NTB,
    Ritzau, STT), with no label ("Jane Roe/TT", "Ola Nordmann/NTB"), right over the page's
    date stamp, and the page credits its lead photo under the stamp with a Nordic label
    naming another photographer ("... Foto: John Doe/TT"): the Nordic wires' byline under
    the headline (Svenska Dagbladet's, Aftenposten's and other clients' pages), as a page
    that labels its photo's credit prints no credit bare; None otherwise (a bare credit over
    the stamp is the lead photo's own: AP's and Reuters' photographers', or one whose caption
    credits only the agency, "Foto: TT", the same photo's; and a "By" byline below signs the
    story itself)."""
    from archiver.extract.bylines import _is_wire, is_agency

    line = lines[k].strip()
    own = find_credit(line, in_header=True)
    if own is None or own.photographer is None or own.agency is None or own.credit != line:
        return None
    if not looks_like_name(own.photographer) or not (is_agency(own.agency) or _is_wire(own.agency)):
        return None
    if _NORDIC_TEXT_WIRE.fullmatch(own.agency.strip()) is None:
        return None
    ahead = [j for j in range(k + 1, min(len(lines), k + 12)) if lines[j]]
    if not ahead or not is_date_stamp(lines[ahead[0]]):
        return None
    if any(
        _BY_WORD.match(lines[j].strip()) and parse_byline(lines[j]) is not None
        for j in ahead[:_BYLINE_AHEAD]
    ):
        return None  # "By Deirdre Walsh" under the photo signs the story
    for j in ahead[1 : 1 + _LABELLED_CREDIT_AHEAD]:
        credit = find_credit(lines[j], in_header=True)
        if credit is None or (at := lines[j].rfind(credit.credit)) < 0:
            continue
        if _CREDIT_LABEL_BEFORE.search(lines[j][:at]) is None:
            continue
        if credit.photographer is None or not looks_like_name(credit.photographer):
            continue  # "Foto: TT": the agency alone may credit the same photo
        if credit.photographer.casefold() != own.photographer.casefold():
            return own.photographer
    return None


# A line's last stop an initialism's, no sentence's: "... in South L.A.", "... for U.S."
_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,3}$")


def _headline_over_captioned_credit(line: str, credit_line: str) -> bool:
    """`line`, ending on a stop, stands over `credit_line`, a caption's sentence with its own
    credit after it ("Workers renovate a former motel .... (Jane Roe / Los Angeles Times)"):
    that caption needs no line over it, and `line`'s stop is an initialism's ("... interim
    housing in South L.A."), none of a sentence: the headline over the lead picture's
    caption, no caption of its own."""
    if _INITIALISM_END.search(line) is None:
        return False
    credit = find_credit(credit_line, in_header=True)
    if credit is None or (at := credit_line.rfind(credit.credit)) < 0:
        return False
    caption = credit_line[:at].rstrip(" ([{|—–-:")
    return caption.endswith(".") and _lower_words(caption) >= _STACK_DECK_LOWER


def _label_or_gap_over(lines: list[str], a: int) -> bool:
    """Line `a` stands under a blank line, or right under a section's label: a word or two
    in capitals ("NATION", "METRO") with a blank line over it, as a headline stands; a
    caption stands under its photographer's credit or under the headline."""
    if a == 0 or not lines[a - 1]:
        return True
    label = lines[a - 1]
    return (
        label.isupper()
        and len(label.split()) <= 2
        and label.replace(" ", "").isalpha()
        and (a < 2 or not lines[a - 2])
    )


def _bar_over_byline(lines: list[str], a: int, under: int, line: str) -> bool:
    """`line`, an alert's line ("BREAKING: Fire destroys ..."), stands right over the "By"
    line at `a` with nothing between (`under`: no line read yet under it): the story's own
    headline printed with its alert word, as a site's bar stands over the headline, never
    over the byline. A paid bar never is."""
    return under < 0 and _BY_WORD.match(lines[a]) is not None and not is_promo_bar(line)


def _walk_up(
    lines: list[str], chrome: list[bool], a: int, apart: bool | None = None
) -> tuple[int, list[str]] | None:
    """The topmost headline-shaped line of the display block above the anchor at `a`
    (`apart`: every_line_apart(lines), when the caller knows it)."""
    # breadcrumbs and tag lists, a site's tagline (roles imports us)
    from archiver.extract.roles import _ISSUER_LABEL, _label_line, _site_line

    top: int | None = None
    notes: list[str] = []
    seen = 0
    labels = 0  # menu-like lines in a row with no headline found yet
    below = -1  # the last line of text read (the one under the line being read)
    credit_at = -2  # the last credit line read (none: no line number)
    title_at = -2  # the last writer's title read with no headline found yet
    captions: set[int] = set()
    source_at = -2  # the outlet's "From:" line over the stamp (none: no line number)
    named_at = -2  # the writer's name alone right over the stamp (none: no line number)
    # "right over the anchor": the line of text above it, one blank line between in a copy
    # that sets every line apart (where a blank line parts nothing)
    step = 3 if (every_line_apart(lines) if apart is None else apart) else 2
    first = next((j for j in range(a) if lines[j]), a)  # the page's first line: its name
    k = a - 1
    while k >= 0 and seen < _WALK:
        line = lines[k]
        k -= 1
        if line and top is not None and is_nav_row(line):
            # the site's menu on one line, over the headline, read as chrome or as the
            # masthead's block: the page's header is above it (copy with no blank line under
            # the masthead runs the site's tagline on into the headline's lines, the menu
            # between them)
            notes.append(f"line {k + 2} above it is a menu printed on one line ({line!r})")
            break
        if (
            line
            and top is None
            and labels == 0
            and is_nav_row(line)
            and sum(1 for j in range(k + 1) if lines[j]) <= _MASTHEAD_OVER_MENU
        ):
            # "Ukrinform" / "Multimedia Platform for ..." / "War | Politics | Economy" / the
            # stamp: the site's menu on one line, under no more than its name and tagline at
            # the top of the page, right over the anchor with no display line between them;
            # what stands above the menu is the masthead's, so this stamp is the header's and
            # the headline is under it (the next anchor). A row of tags lower down ("Topics" /
            # "Semiconductors | Samsung") stands under the headline instead.
            return None
        if not line or chrome[k + 1] or _SEPARATOR.fullmatch(line) or is_production_note(line):
            # (a blog platform's "·" between the stamp's parts: no item of a menu; a partner
            # newsroom's "This article was produced for ..." note: no deck)
            continue
        if top is None and (
            _PUBLISHED_IN.fullmatch(line)
            or (
                (over := _text_above(lines, chrome, k)) is not None
                and _PUBLISHED_IN.fullmatch(over)
            )
        ):
            # "Published in" / "Better Programming" over the stamp (Medium's header): the
            # publication the post belongs to, between the writer and the stamp; no menu
            continue
        if (
            top is not None
            and k + 1 > first
            and line == lines[first]
            and len(line.split()) <= _MASTHEAD_WORDS
            and _lower_words(line) < 2
        ):
            # "The Cold Chain Brief" at the page's top and again over "Issue #87: Why ...": the
            # site's or the newsletter's name in Title Case printed twice (its bar, then the
            # post's header), no headline; the headline is under it (a page whose first line is
            # its headline in a sentence's case, printed again, keeps it)
            notes.append(f"line {k + 2} above it repeats the page's first line ({line!r})")
            break
        if top is not None and _publication_named_below(lines, k + 1, a):
            # "The Atlas Desk" over the post's title, "Published in The Atlas Desk" in the
            # writer's row under it (Medium's header): the publication's name, no headline;
            # the headline is under it
            notes.append(f"line {k + 2} above it is the publication the post is published in")
            break
        if top is not None and not _BY_WORD.match(line) and _writer_line(line):
            # "Jane Roe à Québec", "Jane Roe (Le Devoir) à Québec" over the headline: an
            # e-edition's byline set over the title (PressReader's Le Devoir, ThisDay's "Jane
            # Roe in Abuja"), where the walk from the story's first paragraph reaches it as
            # one more display line; the headline is under it
            notes.append(f"line {k + 2} above it is the writer's byline ({line!r})")
            break
        seen += 1
        under, below = below, k + 1
        if under == credit_at:
            captions.add(k + 1)  # the line over a credit is its photo's caption, no deck
            if (
                top is not None
                and _VIDEO_TEASER.match(line) is not None
                and _STILL_CREDIT_LABEL.match(lines[credit_at]) is None
            ):
                # "Watch: Moment crane topples onto car park" / "Video credit: Jane Roe" over
                # the headline: the lead video's caption under its player's label, with the
                # video's credit (BBC's, Sky's and other broadcasters' pages set the player
                # over the story's headline); the headline is under them
                notes.append(f"line {k + 2} above it is a video's caption over its credit")
                break
            if top is not None and alt_text_over(line, lines[under]):
                # "A container ship passes under the bridge" over "A container ship passes
                # under the Harbor Bridge on Monday. (Jane Roe/The Times)": the picture's alt
                # text over its credited caption, no headline; the headline is under them
                notes.append(f"line {k + 2} is the picture's alt text over its caption")
                continue
            if (
                line.endswith(".")
                and _lower_words(line) >= 2
                and not _headline_over_captioned_credit(line, lines[credit_at])
            ):
                # "Parents and children protest outside Leinster House yesterday." over
                # "Photograph: Jane Roe": a caption's sentence over its credit on a line of its
                # own (a page that sets the credit apart, or a wrapper that broke it off), as
                # much a caption as one that ends in its credit; a headline over the lead
                # picture's credit ends on no full stop
                continue
        if top is not None and under == top and _credit_over_lead_caption(lines, k + 1, top, a):
            # "Supplied" / "The Cromwell Patchwork Circle with the finished quilt." over the
            # lead: the lead picture's credit printed over its caption (New Zealand's and the
            # BBC's pages), no label over a headline; the caption, a sentence, is no headline
            # either, and the headline is above the credit
            captions.add(top)
            notes = [f"line {k + 2} is a picture's credit over its caption (line {top + 1})"]
            top, labels = None, 0
            continue
        if top is not None and _teaser_over_furniture(lines, chrome, k + 1, top, a):
            # "Sponsored" / "Discover the best holiday deals ..." / "Local News" / "Listen to
            # this article" / "5 min read" / the headline / its deck / the byline: a promoted
            # or other story's teaser over the page's furniture, none of whose words the lead
            # speaks, over the block the byline hangs under, which tells the lead
            notes.append(
                f"line {k + 2} above it, over the page's furniture, is a teaser the lead does"
                " not speak of"
            )
            break
        if stat_line(line):
            # "Totals 240 42-91 11-32 17-21 47 26 112", "Points: J. Roe 31, J. Doe 28": a box
            # score's or a results table's line over the recap, no display line; the headline
            # is under the table
            if top is not None:
                notes.append(f"line {k + 2} above it is a scoreboard's line of figures")
                break
            continue
        if (
            top is not None
            and is_title_line(line)
            and (name := _text_above(lines, chrome, k)) is not None
            and (named := name_list(name)) is not None
            and len(named) == 1
            and len(name.split()) <= 4
        ):
            # "Jane Roe" / "Senior economics writer" / the headline: an opinion column's header,
            # the writer's name and title over the headline (Nine's mastheads, op-ed pages); the
            # title is no headline over a deck
            if story_line(lines[top]) and lines[top].rstrip("”\"’'").endswith("."):
                # "Jane Roe" / "Business correspondent" / the story's first paragraph: a
                # selection made below the page's headline, which it does not hold; the
                # sentence under the writer's title is the story, no headline (a long
                # headline may ask a question; a paragraph ends on a full stop)
                top = None
            notes.append(f"line {k + 2} above it is the writer's title under their name")
            break
        if top is None and _CONTACT_LABEL.match(line) is not None:
            # "Media contact: Jane Roe, 360-555-0119" / "Spanish-language contact: John Doe,
            # 509-555-0173" between a release's headline and its dateline: the contact block,
            # no headline; the walk goes on above it
            continue
        if top is not None and (
            ("@" in line and _EMAIL.search(line))
            or _PHONE.search(line)
            or _CONTACT_LABEL.match(line) is not None
            or office_holder(line, _text_above(lines, chrome, k))
            or is_issuer_name(line)
        ):
            # "Media Contact:" / "Jane Roe, Public Information Officer" / "555-0190 | jroe@
            # city.gov" over the headline, or a minister's name and office over a joint
            # release's headline: the release's contact or issuer block, which stands above
            # the headline, never between it and its deck; and the issuer's name ("Ministry of
            # Ports, Shipping and Waterways") over it: the headline is under them
            notes.append(f"line {k + 2} above it is a contact's, an office's or an issuer's line")
            break
        if (
            _TOOL_LINE.match(line)
            or parse_gallery(line) is not None
            or is_author_bio(line)
            or is_contact_line(line)
            or ("@" in line and _EMAIL.search(line))
            or ("+" in line and _PHONE.search(line))
            or edited_byline(line) is not None
            or _FIRST_PERSON_BIO.match(line) is not None
        ):
            # a button, a gallery counter, the writer's biography, e-mail or telephone, a
            # live page's editor ("Edited by Jane Roe, with reporting from John Doe")
            continue
        if standfirst_writer(line) is not None:
            # "... at their peril, writes Jane Roe": the standfirst, a deck naming its writer
            # (British and Irish papers, magazines); the headline is above it and the writer's
            # name, which may stand alone between them
            top, labels = None, 0
            continue
        if _dateline_paragraph(line):
            # the story opens here: no line at or under it is the headline (walked up from a
            # later paragraph, "BANGKOK: Thailand's prime minister ..." was the topmost line
            # under the page's stamp)
            top, labels = None, 0
            continue
        if (
            top is not None
            and story_line(lines[top])
            and line[:3].lower() == "by "
            and (found := parse_byline(line)) is not None
            and found.names
        ):
            # "By Jane Roe" right over the story's first paragraph: the byline, under the
            # header; no line under it is the headline (walked up from the story, its first
            # sentence was the topmost line read). Over a title ("By JANE ROE" / the
            # headline, as Malaysian papers print it) the byline stands over the headline.
            top, labels = None, 0
            continue
        label = _summary_label_over(lines, k + 1)
        if label is not None:
            k = label  # a summary's point: the walk goes on at its label
            continue
        if _SUMMARY_LABEL.match(line) and not _tab_in_row(lines, k + 1):
            if top is not None and _summary_label_over(lines, top) is None:
                # "In Summary" / "• ..." / "• ..." / the headline: the summary's points over
                # the headline, which is none of them (its points marked, the headline not)
                notes.append(f"line {k + 2} above it is a summary's label over its points")
                break
            if top is not None:
                notes.append(f"the lines under line {k + 2} are a summary's points, no headline")
            top = None  # the summary's points read so far are none
            labels = 0
            continue
        if (
            top is None
            # (or "in Manila", where the writer filed from, under the name: the SCMP's block)
            and (
                is_title_line(line)
                or _REPORTING_FROM.fullmatch(line) is not None
                or is_filed_from_line(line)
            )
            and (name := _text_above(lines, chrome, k)) is not None
            and name_list(name) is not None
            and len(name.split()) <= 4
        ):
            # "Jane Roe" / "Security and defence editor @handle" over the page's stamp: the
            # writer's title under the name (a headline ending in "editor" has no name over it)
            title_at = k + 1
            continue
        if top is None and under == title_at and name_list(line) is not None:
            continue  # "Jane Roe" over her title: the writer's name, no headline
        if (
            top is None
            and line.strip().lower() in ("and", "&")
            and (name := _text_above(lines, chrome, k)) is not None
            and (is_filed_from_line(name) or name_list(name) is not None)
        ):
            # "Jane Roe" / "in Beijing" / "and" / "John Doe" / "in Manila" over the stamp (the
            # SCMP's byline block, a span a line): the joiner between two writers, no headline
            continue
        if top is None and seen == 1 and _outlet_source_line(line):
            # "From: The Daily Telegraph" right over the page's stamp (News Limited's pages):
            # the paper the story came from, between the writer's name and the stamp
            seen -= 1
            source_at = k + 1
            continue
        if (
            top is None
            and seen == 1
            and (k + step == a or under == source_at)
            and is_date_stamp(lines[a])
            and (
                (
                    len(line.split()) <= 4
                    and (named := name_list(line)) is not None
                    and len(named) == 1
                )
                # "Camille BRETON with Oleh MARCHUK in Kyiv" over the stamp: AFP's writers,
                # each surname in capitals
                or capital_surnames(line) is not None
                # "Jane Roe/TT" over the stamp, the lead photo's credit labelled under it
                or wire_writer_over_stamp(lines, k + 1) is not None
            )
        ):
            # "Solomoni Nakaunicina" right over "Saturday, September 16, 2023": the writer's
            # name alone over the page's stamp (Pacific and other small dailies), no menu's
            # item; the headline is the line above it, read as if right over the stamp
            seen -= 1
            named_at = k + 1
            continue
        if top is None and _site_line(line):
            continue  # "RUSSIA & CIS BUSINESS AND FINANCIAL NEWSWIRE": the site's tagline
        if is_picture_note(line):
            # "Farmers in Co Clare say ... under water (file image)" over the headline (RTÉ's
            # lead picture's caption, marked as an old or a stock picture): a caption, no title
            if top is not None:
                notes.append(f"line {k + 2} above it is a picture's caption ({line[-20:]!r})")
                break
            continue
        if _LABELLED_CAPTION.match(line) is not None:
            # "Image source, Norfolk Police" / "Image caption, Police were called ..." over the
            # story (the BBC's pages, the byline over the picture): a caption, no headline; the
            # walk goes on over it (a headline over the picture still wins over a standfirst
            # or a display line under it)
            continue
        if _PICTURE_MARKER.match(line) is not None:
            # "[Image: A shuttle carries passengers in Eiheiji.]" over the caption: a mail's or
            # a text browser's picture, its alt text under its label in brackets, no title
            if top is not None:
                notes.append(f"line {k + 2} above it is a picture's marker ({line[:20]!r})")
                break
            continue
        if agency_feed_label(line):
            # "Direct from the dpa news channel" over a paper's ticker page: the feed's label,
            # the page's furniture over the story's kicker and headline
            if top is not None:
                notes.append(f"line {k + 2} above it is an agency feed's label ({line!r})")
                break
            continue
        if _masthead_tagline(lines, chrome, k + 1):
            continue  # "Axios" / "Sign up" / "Local news that makes a difference": the site's
        if (
            top is None
            and (over := _text_above(lines, chrome, k)) is not None
            and re.search(r"\s(?i:for)\s", line)
            and credit_under_caption(over, line) is not None
        ):
            # "JACK HILL FOR THE TIMES" under a caption printed without its stop (The Times):
            # a photographer on assignment for the paper credits the photo, no headline
            credit_at = k + 1
            continue
        if top is None and titled_writers(line) is not None:
            # "Jane Roe, Policy Editor | John Doe, Political Editor" over the page's stamp:
            # the writers with their titles, between the headline and the stamp
            continue
        if find_credit(line, in_header=True) is not None or emailed_credit(line) is not None:
            # a photo's caption or credit between the headline and the byline ("JANE ROE •
            # jroe@paper.com" over a caption: a name and an address set apart by a mark)
            credit_at = k + 1
            continue
        if (
            is_date_stamp(line)
            or is_consent_or_nav(line)
            or is_paywall(line)
            or is_service_fields(line)
        ):
            if top is not None:
                notes.append(f"line {k + 2} above it is a date stamp or page chrome")
                break
            continue
        if top is not None and (
            _label_again(lines, k + 1)
            or _menu_row_item_again(lines, chrome, k + 1)
            # "NATIONAL / SCIENCE & HEALTH" over the headline: the story's rubric, its
            # sections' path, which names no story
            or section_path(line)
        ):
            if (tagged := _headline_over_tags(lines, k + 1, top)) is not None:
                # "Dutch government to raise minimum wage ..." / "Politics" / "Economy" /
                # "Minimum wage" / "By Jane Roe": the story's tags under its headline, the
                # last a topic in the headline's own words, over the byline
                notes.append(f"lines {tagged + 2} to {top + 1} under it are the story's tags")
                top = tagged
                break
            # "Consider This from NPR" in the menu, then again over the episode's title: the
            # show's, section's or site's name printed a second time as the page's label, no
            # headline; the headline is the display line under it
            notes.append(f"line {k + 2} above it repeats a menu item or label ({line!r})")
            break
        if breadcrumb_headline(line) is not None:
            if top is not None:
                notes.append(f"line {k + 2} above it is a breadcrumb ending in the headline")
                break
            top = k + 1  # no headline line under it: the breadcrumb's last crumb is the headline
            notes.append("the last crumb of a breadcrumb ('Home / Section / headline')")
            break
        if top is not None and lines[top].endswith(".") and _short_headline(line):
            top = k + 1  # "Port strike ends" over its deck, a sentence
            notes.append("a short line with a sentence's lower-case words over a deck")
            break
        if (
            top is not None
            and under == top
            and top not in captions
            and _headline_over_deck(line, lines[top], _text_above(lines, chrome, k))
            # "The Permit Beat" / "Subscribe" / "Sign in" / the post's title: the site's
            # account buttons part its name from the title, no headline over its deck
            and not any(is_account_line(lines[j]) for j in range(k + 2, top))
        ):
            top = k + 1
            notes.append("a headline right over its deck (a longer sentence)")
            if (narrow := _narrow_headline_top(lines, top)) is not None:
                # "Condo glut leaves" / "investors facing" / "losses on pre-sales" over the
                # deck: the line over the deck goes on in lower case from the short lines
                # above it, an e-paper's headline set in a narrow column
                top = narrow
                notes.append("a headline set over short lines in a narrow column")
            break
        if (
            top is not None
            # right over the deck, a blank line between them at most
            and under == top
            and _deck_sentence(lines[top])
            and len(lines[top].split()) >= len(line.split()) + 3
            and _display_title(line, len(lines[top].split()) >= _LONG_DECK_WORDS)
            # a series' or a column's name over a headline ("Tales from the Coffeeshop") has
            # the same shape: under one, a sentence too long for a headline, or the title
            # names its subject by a possessive ("Bode's bust")
            and (len(lines[top].split()) >= _LONG_DECK_WORDS or _possessive_title(line))
        ):
            if (
                (rubric := _deck_under_title(lines, chrome, top, a)) is not None
                # the headline between a fly title and its deck runs no longer than the deck
                # and to no deck's length itself; a line of a deck's length under a title,
                # over a second sentence, is that title's deck with its standfirst under it
                and len(lines[top].split()) < _LONG_DECK_WORDS
                and len(lines[top].split()) <= len(lines[rubric].split())
            ):
                # "Britain's housing market" / "Why nobody in Britain wants to sell ..." /
                # "Transactions have collapsed, even though ...": three display lines stacked
                # are kicker (a magazine's fly-title), headline and deck
                notes.append(
                    f"line {k + 2} above it is a kicker: line {rubric + 1} under it is its deck"
                )
                break
            top = k + 1  # "The Last Days of Aristide" / "As rebels closed in on ..."
            notes.append("a title with a headline's words (not a menu's) right over its deck")
            break
        if (
            top is not None
            and under == top
            # "Interview with Estonia's Defense Minister" / "\"We Have to Be Ready ...\"": an
            # interview's kicker over its quoted headline (read as such below), no headline
            and not (whole_quote(lines[top]) and interview_kicker(line))
            and _title_case_over_deck(
                line, lines[top], _text_above(lines, chrome, k), _text_below(lines, chrome, top)
            )
        ):
            top = (
                k + 1
            )  # "Commuters Brace for SEPTA Strike" / "Union Sets Midnight Deadline as ..."
            notes.append("a Title Case headline over a longer Title Case deck, under the menu")
            break
        if top is not None and _menu_row_on_top(lines, k + 1):
            notes.append(f"line {k + 2} above it is a menu printed on one line ({line!r})")
            break
        if top is None and (label := _authors_label_over(lines, k + 1)) is not None:
            # "Multiple Authors" / "Jane Roe" / "John Doe" / "Ann Poe" over the page's stamp:
            # the writers listed under their label, no menu's items; the walk goes on above
            # the label
            k = label - 1
            continue
        if top is None and _SHIFT_WRITERS.search(line) and name_list(line) is not None:
            # "Jane Roe (now) and John Doe (earlier)" over the page's stamp: a live page's
            # writers with their shifts, no headline
            continue
        if (
            top is not None
            and _named_by_line(line)
            and ((over := _text_above(lines, chrome, k)) is None or _label_or_menu(over))
        ):
            # "Written by Jane Roe | Updated: ..." over the headline (a news app's view of the
            # page prints the writer and the stamp first): the headline is under the writer
            notes.append(f"line {k + 2} above it is the writer's 'By' line")
            break
        if top is None and _named_by_line(line):
            # "Story by Jane Roe" over the page's stamp ("• 8h"), the outlet's name over it:
            # the writer's line between the headline and the stamp, no headline itself
            continue
        if (
            top is None
            and seen == 1
            and is_desk_line(line)
            and (up := _text_above(lines, chrome, k - 1)) is not None
            # (a menu's words over the desk line: no headline above it to read)
            and not all(
                w.strip("|·•»›/").lower() in MENU_WORDS for w in up.split() if w.strip("|·•»›/")
            )
        ):
            # "From staff reports" right over the page's stamp: the paper's desk in the
            # writer's place, no headline; the line above it is read as if over the stamp
            seen -= 1
            named_at = k + 1
            continue
        if top is not None and under == top and _ISSUER_LABEL.match(line):
            # "News provided by" / "Hartfield Rail Holdings plc" over the release's stamp (PR
            # Newswire's pages, Cision's and Business Wire's alike): the issuer's name under its
            # label, no headline; the walk goes on above the label to the release's title
            # (what was noted of the issuer's line as a headline no longer stands)
            notes = [f"line {k + 2} is the issuer's name under its label ({line!r})"]
            top, labels = None, 0
            continue
        if top is not None and under == top and label_over_names(line, lines[top]) is not None:
            # "By" / "Jane Roe Local Democracy Reporting Service" over the page's stamp (Reach's
            # pages print the label and the name apart): the line under the label is the
            # writer's, no headline; the walk goes on above the label
            top, labels = None, 0
            continue
        if (
            top is None
            and seen == 1
            and (
                (k + step == a and (_display_title(line) or _two_word_title(line)))
                # "Wheat row" / "Jane Roe" / "Published March 5, 2025": two words of a
                # sentence over the byline or the stamp, or over the writer's name over the
                # stamp (Dawn's editorials and columns); a menu's item is never set between
                # the section and the byline
                or (under == named_at and _two_word_title(line))
                # "COUNTY FAIR BREAKS ATTENDANCE RECORD" / "From staff reports" / the stamp: a
                # short headline set in capitals over the writer's line, its words a short
                # headline's once read in lower case
                or (under == named_at and line.isupper() and _short_headline(line.capitalize()))
            )
            and _is_anchor(lines[a], None) in ("a byline", "the page's date stamp")
        ):
            top = k + 1  # "Kenya's Deadly Tribal Divide" right over "By Jane Roe/Nairobi"
            notes.append("a title with a headline's words (not a menu's) right over the anchor")
            continue
        if (
            top is None
            # right over the anchor, or over the dateline or stamp right over it
            and (k + step == a or (k + 2 * step - 1 == a and is_date_stamp(lines[k + step])))
            and (narrow := _narrow_headline_top(lines, k + 1)) is not None
        ):
            # "Ghana to open" / "Africa's first" / "cocoa exchange" right over the story: an
            # e-paper's headline set in a narrow column, no menu's items (an item never goes
            # on in lower case from the line above)
            top = narrow
            k = narrow - 1
            notes.append("a headline set over short lines in a narrow column")
            continue
        if top is None and seen == 1 and _short_headline(line):
            top = k + 1  # "Showdown in the Cane Fields" right over the stamp: no menu's item
            continue
        if top is not None and is_title_line(line):
            continue  # "Special Correspondent" between the headline and its deck
        if (
            top is not None
            and under == top
            and (over := _text_above(lines, chrome, k)) is not None
            and writer_over_deck(line, lines[top], over) is not None
            and _headline_shape(over)
            and not is_page_bar(over)  # "Breaking: ..." over "Chiefs Kingdom": a bar, a kicker
            and _lower_words(over) >= 2
            and not is_menu_item(over)
            and not _menu_row_item_again(lines, chrome, k + 1, inside=True)
        ):
            # "A cap on rent rises sounds radical" / "Jane Roe" / "The deal left out the one
            # reform ...": an opinion page's writer between the headline and its standfirst
            notes.append(f"line {k + 2} above it is the writer's name, between headline and deck")
            top = None
            continue
        if top is not None and under == top and _obituary_title(line):
            # "Jane Roe obituary" over "Printmaker whose woodcuts ...": an obituary's headline
            # is the dead person's name and the word, short as a menu's item; its standfirst
            # (who they were) is under it
            top = k + 1
            notes.append("an obituary's headline (a name and 'obituary') over its standfirst")
            break
        if (
            top is not None
            and under == top
            and k + 2 == top
            and lines[top][:1].islower()
            and (
                _headline_shape(line)
                # "Condo glut leaves" / "investors facing" / "losses on pre-sales": the middle
                # line of a headline set over three short lines goes on in lower case too,
                # and is a headline's only with the line it carries on into
                or (
                    line[:1].islower()
                    and len(line) <= _NARROW_WIDTH
                    and _headline_shape(f"{line} {lines[top]}")
                )
            )
            and not line.isupper()
            and line[-1:] not in ".:!?"
        ):
            # "Airport's new terminal plan" / "cleared for take-off": a headline set over two
            # lines with no blank between, the second going on in lower case, as a clipping
            # of a printed page keeps it; a menu's item or a label is never carried on so
            top = k + 1
            notes.append(f"line {k + 2} goes on in lower case from this line (a wrapped headline)")
            continue
        if (
            top is not None
            and k >= 0
            and line[:1].islower()
            and line[-1:] not in ".:!?,;"
            and len(line) <= _NARROW_WIDTH
            and lines[k]
            and not chrome[k]
            and lines[k][-1:] not in ".:!?,;"
            and not lines[k].isupper()
            and len(lines[k].split()) >= _WRAPPED_TOP_WORDS
            # ("Home Local News Opinion ..." / "opinion": a site's menu, its items in lower case)
            and not is_nav_row(lines[k])
            and _headline_shape(f"{lines[k]} {line}")
            # (the line over it the page's header: a wrapped deck or caption under the
            # headline goes on in lower case too, the headline over its first line)
            and (
                k == 0
                or not lines[k - 1]
                or chrome[k - 1]
                or is_nav_row(lines[k - 1])
                or is_items_row(lines[k - 1])
                or is_masthead(lines[k - 1])
                or is_menu_item(lines[k - 1])
                or _label_line(lines[k - 1])
            )
        ):
            # "Report: Limerick hold off Kilkenny to claim fifth All-Ireland in six" / "years"
            # / the lead photo's caption / the stamp: the headline hard-wrapped, its last word
            # or two going on in lower case; a menu's item or a label never starts so, and
            # what stood between it and the stamp (a caption, a deck) is no headline
            top = k
            notes = [f"line {k + 2} goes on in lower case from line {k + 1} (a wrapped headline)"]
            break
        if (
            (is_menu_item(line) and not _quoted_title_words(line))
            or _label_line(line)
            or SOURCE_CARD.match(line) is not None
            or is_nav_row(line)
            or is_items_row(line)
            or _menu_row_on_top(lines, k + 1)
            or _rubric_over_flytitle(line)
            or _ranked_item(lines, chrome, k + 1)
            # "Breaking: Power outage ..." / "Sponsored: ..." over the kicker and headline: the
            # site's alert or promotion bar, a label's colon before its teaser; right over a
            # title-like line with nothing between, an alert's line ("Weather Alert: Blizzard
            # warning issued ...") may be the story's own headline over its deck, as the role
            # parser reads it (roles._bar_over_headline); a paid bar never is, nor an alert
            # whose teaser the story's lead does not speak of while the line under it does
            # ("Weather Alert: Winter Storm Warning ..." over "Lawmakers advance school bill")
            or (
                is_page_bar(line)
                and (
                    # right over the "By" line, nothing between: the story's own headline
                    not _bar_over_byline(lines, a, under, line)
                    if top is None
                    else (
                        under != top
                        or is_promo_bar(line)
                        or _bar_off_lead(line, lines[top], _lead_after(lines, a))
                    )
                )
            )
            # "Winter storm warning in effect for Yarmouth County" over "Lobster fishermen in
            # southwest Nova Scotia say ...": a weather alert in the weather service's own
            # words, a bar with no label (CBC's and other broadcasters' pages), over another
            # story's headline; the lead, past the share buttons, speaks of that one
            or (
                top is not None
                and under == top
                and _ALERT_WORDING.match(line) is not None
                and _bar_off_lead(
                    line, lines[top], _lead_after(lines, a, _WALK * (step - 1)), regional=True
                )
            )
        ):
            if (
                top is not None
                and under == top
                and (pointed := _headline_over_points(lines, chrome, k + 1, top, a))
            ):
                # "Boris-era minister faces probe over ..." / "Standards watchdog opens
                # investigation" / "MP insists payment was 'an oversight'" / "By JANE ROE": the
                # story's summary points under its headline (the Daily Mail's bullets, their
                # marks lost), a short point read as a menu's item; the headline is over them
                top = pointed
                notes.append(f"lines {pointed + 2} to {under + 1} under it are its summary points")
                break
            if top is not None:
                badged = _stray_label_over_deck(
                    lines,
                    chrome,
                    k,
                    line,
                    lines[top],
                    under == top,
                    # (a copy that sets every line apart holds the lead twice as far down)
                    lambda: _lead_after(lines, a, _LEAD_WITHIN * (step - 1)),
                )
                if badged is not None:
                    # "HDB resale prices rise ..." / "SHOPPING" / "The cooling measures ...
                    # analysts say.": a badge's word between the headline and its deck
                    top = badged
                    notes.append(f"line {k + 2} is a label between the headline and its deck")
                    break
                if (listed := _headline_over_story_list(lines, chrome, k + 1, top)) is not None:
                    # "FG, Labour Agree on ..." / "Jane Roe in Abuja" / "Latest Headlines" /
                    # other stories' headlines / the stamp: a list of other stories set between
                    # the byline and the page's stamp; the headline is over the byline
                    notes = [
                        f"line {listed[1] + 1} is the heading of a list of other stories, under"
                        " the writer's line and this line"
                    ]
                    top = listed[0]
                    break
                if (
                    under == top
                    and not lines[top].isupper()
                    and (pair := _capitals_headline_pair(lines, chrome, k + 1, step)) is not None
                ):
                    # "FLOOD BARRIER PLAN" / "CLEARS FIRST HURDLE" / "Council backs $58M design
                    # ...": a headline in capitals set over two lines, right over its deck in a
                    # sentence's case; its lines read one by one as menu items, but a menu
                    # prints no phrase of five words and more in two lines
                    top = pair
                    notes.append(f"lines {pair + 1} and {k + 2} are a headline in capitals")
                    break
                notes.append(f"line {k + 2} above it is a menu item or label ({line!r})")
                break
            labels += 1
            if labels >= _MIN_MENU:
                return None  # a menu right above the anchor: no headline stands over it
            continue  # the writer's name or title, an outlet, a kicker under the headline
        if len(line.split()) > 60:
            break  # a story paragraph: the block above the anchor ends here
        labels = 0
        if (
            top is not None
            and _prose_over_title(line, lines[top])
            and not _title_case_sentences(line)
            and not _title_above(_text_above(lines, chrome, k))
        ):
            # "Good morning. Today we're sending you one story ..." over a newsletter's
            # headline, the masthead's chrome above it: a sentence over a title with no full
            # stop is the page's own words (an introduction, a teaser), no headline; a deck
            # stands under its headline (over a caption printed without its stop); two
            # sentences in Title Case ("Funds Are Lending. Regulators Are Watching.") are a
            # headline, which prose never sets so
            notes.append(f"line {k + 2} above it is prose (a sentence), not a title")
            break
        if top is not None and whole_quote(lines[top]) and interview_kicker(line):
            notes.append(f"line {k + 2} above it is an interview's kicker ({line!r})")
            break
        if _headline_shape(line):
            top = k + 1
    if top is None:
        return None
    if (teased_at := _headline_under_teasers(lines, chrome, top, a)) is not None:
        # "Trending" / "Man charged after Bradford warehouse fire" / "Leeds United confirm new
        # head coach" / the headline / "By Jane Roe": other stories' headlines teased_at over
        # the one the byline hangs under
        return teased_at, [
            *notes,
            f"lines {top + 1} to {teased_at} over it are other stories' headlines the lead does"
            " not speak of; the byline hangs under this line, which tells the lead",
        ]
    if (decked := _headline_under_deck(lines, chrome, top, a)) is not None:
        # "The county says the new clinic will serve more than 40,000 people ..." / "Marsabit
        # opens first maternity wing in Laisamis" / "By Jane Roe": the deck printed over the
        # headline, which the byline hangs under
        return decked, [
            *notes,
            f"line {top + 1} over it runs longer than this line the byline hangs under: a deck"
            " printed over its headline",
        ]
    headline_under = _headline_under_caption(lines, chrome, top, a)
    if headline_under is not None:
        # "Gardaí at the scene in Drogheda this morning" / "Man charged over Drogheda
        # shooting appears in court" / the story: the lead photo's caption printed over the
        # headline (Irish and British broadcasters' pages), no headline over its deck
        return headline_under, [
            *notes,
            f"line {top + 1} over it is the lead photo's caption (when the picture was taken,"
            " none of the lead's words), this line tells the lead",
        ]
    return top, [*notes, "the topmost display line of the block above it (a deck may follow)"]


# When a caption says its picture was taken: "this morning", "yesterday", "on Monday".
_CAPTION_WHEN = re.compile(
    r"\b(?i:this\s+(?:morning|afternoon|evening|week)|yesterday|today|last\s+night|tonight"
    r"|earlier\s+today|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
# A deck runs at least this many words longer than the headline over it.
_DECK_LONGER = 3
# The headline under a caption shares this many of its longer words with the lead, at least;
# the caption over it, at most one.
_LEAD_WORDS_SHARED = 3


def _long_words(text: str) -> set[str]:
    """A line's words of four letters or more, in small letters, their punctuation off."""
    words = (w.strip(".,;:!?\"'“”‘’()").lower() for w in text.split())
    return {w for w in words if len(w) >= 4}


# The story's lead stands within this many lines under the anchor (its stamp, its byline).
_LEAD_WITHIN = 8


# A title quoted in a line, as a trade paper's short headline names its film or show ("Harbor
# grabs 'Salt Season'", "Netflix nabs “Dune” sequel"): a menu's item or a label quotes none.
_QUOTED_TITLE = re.compile(r"(?:^|\s)['‘\"“][A-Z0-9][^'‘’\"“”]{1,40}['’\"”](?=$|[\s,:;.!?])")


def _quoted_title_words(line: str) -> bool:
    """`line` is a few words that quote a title, a short headline's shape, not a label's."""
    return len(line.split()) >= 3 and _QUOTED_TITLE.search(line) is not None


def _lead_after(lines: list[str], a: int, within: int = _LEAD_WITHIN) -> str | None:
    """The story's first paragraph under the anchor at `a` (a line of sentences, perhaps after
    the writer's and the page's lines), within `within` lines; None if none is. In a capture
    hard-wrapped by its copy, the paragraph's written lines are read joined (_wrapped_lead)."""
    end = min(len(lines), a + within)
    return next((lines[j] for j in range(a, end) if story_line(lines[j])), None) or next(
        (joined for j in range(a, end) if (joined := _wrapped_lead(lines, j)) is not None), None
    )


# A paragraph hard-wrapped by the copy spans this many written lines at most for its first
# sentence to be read.
_LEAD_LINES = 3


def _wrapped_lead(lines: list[str], j: int) -> str | None:
    """The story's first paragraph opening at `j` over written lines that a copy's wrapper
    broke ("Doha Metro and Lusail Tram will operate extended hours throughout the" / "Qatar
    Summer Festival, Qatar Rail has announced."): the line at `j` is long, ends on no stop,
    and it and up to two lines under it with no blank between read as a story's line; None
    otherwise."""
    first = lines[j]
    if len(first.split()) < _STORY_WORDS // 2 or first.rstrip()[-1:] in '.!?:"”':
        return None
    text = first
    for k in range(j + 1, min(len(lines), j + _LEAD_LINES)):
        if not lines[k]:
            return None
        text = f"{text} {lines[k]}"
        if story_line(text):
            return text
    return None


# A weather alert as the weather services word it, printed across a page with no label:
# "Winter storm warning in effect for Yarmouth County", "Special weather statement issued for
# Metro Vancouver", "Rainfall warning ended for Halifax".
_ALERT_WORDING = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?i:warning|watch|advisory|statement)s?\s+"
    r"(?i:(?:now\s+|still\s+)?in\s+effect|issued|ended|lifted|upgraded)\s+(?i:for|in|across)\s+\S"
)


def _bar_off_lead(bar: str, under: str, lead: str | None, regional: bool = False) -> bool:
    """The alert bar `bar` ("Weather Alert: Winter Storm Warning for Wasatch Back ...") over the
    display line `under` is the site's, over another story: its teaser shares no more than one
    longer word with the story's lead (as a caption over a headline, _headline_under_caption),
    while the line under it shares _LEAD_WORDS_SHARED of them or more (a story's own
    "Breaking: ..." headline tells its lead as well as its deck does). `regional`: the bar is
    a weather alert for the region the site covers, whose place a local story's lead names
    too ("... for Metro Vancouver" over a Vancouver story): it may share up to half as many
    of the lead's words as the line under it."""
    if lead is None:
        return False
    lead_words = _long_words(lead)
    shared = len(_long_words(under) & lead_words)
    # the label's words too: "Beirut port silos: Families of victims ..." names the lead's place
    off = len(_long_words(bar) & lead_words)
    return shared >= _LEAD_WORDS_SHARED and (off <= 1 or (regional and 2 * off <= shared))


# A video player's label and its colon before the video's caption: "Watch: ...", "VIDEO: ...".
_VIDEO_TEASER = re.compile(r"^(?i:watch|video|listen)\s*:\s+\S")
# The line a video's or an audio's player prints under its caption: the clip's credit or
# source ("Video by: FRANCE 24", "Video: Sky News", "Audio credit: RNZ") or its length
# ("Duration: 1 minute 2 seconds", "Listen duration 4′ :12″").
_PLAYER_LINE = re.compile(
    r"^(?i:(?:video|audio)(?:\s+(?:by|credit|source))?\s*:\s*\S.{0,60}"
    r"|(?:listen\s+)?duration\b.{0,40})$"
)
# A clip's credit line is a few words: "Video credit: Jane Roe".
_PLAYER_CREDIT_WORDS = 8
# A credit labelled as a still picture's ("Photo: Getty Images", "Foto: ...", "Image: ...")
# credits a photo, never a clip: a "Watch: ..." headline over a photo's credit stays the
# headline.
_STILL_CREDIT_LABEL = re.compile(r"^(?i:photo(?:graph)?s?|pictures?|pics?|images?|foto)\b")


def player_credit_line(under: str) -> bool:
    """`under` may be the line a clip's player prints under its caption: its credit or its
    length, no credit labelled as a still picture's."""
    under = under.strip()
    if _STILL_CREDIT_LABEL.match(under) is not None:
        return False
    if _PLAYER_LINE.match(under) is not None:
        return True
    return (
        len(under.split()) <= _PLAYER_CREDIT_WORDS
        and find_credit(under, in_header=True) is not None
    )


def player_caption_over(line: str, under: str) -> bool:
    """`line` is a video's or an audio's caption under its player's label ("Watch: Residents
    flee as floods hit Niamey", "Listen: ...") and `under` the player's credit or duration
    line under it: broadcasters' pages (BBC, Sky, France 24, ABC) set the lead clip over the
    story's headline, which follows them."""
    return _VIDEO_TEASER.match(line) is not None and player_credit_line(under)


# A label and its colon before a teaser: "Live: ...", "Watch: ...", "Weather Alert: ...".
_LABELLED_TEASER = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,2}\s*:\s+\S")


# The labels pages print before another story's headline ("PREVIOUS ARTICLE: ...", "Up next:
# ...", "ALSO READ: ...", "Trending: ..."), or alone over a list of them ("Most Read"): a closed
# list, since a story's own headline may open with a label of its kind ("Analysis: ...",
# "Explainer: ...", "Storm Ingrid: ...") whose words its lead need not repeat.
_TEASER_LABEL = re.compile(
    r"(?:previous|prev|next)(?: (?:article|story|post|stories|articles))?|up next|"
    r"(?:read|watch) next|(?:also|must|further|recommended) read(?:ing)?|read (?:more|also)|"
    r"see also|more (?:from|on) [\w' ]{1,30}|related(?: (?:story|stories|article|articles|news|"
    r"coverage|content|reading))?|recommended(?: (?:for you|stories|articles))?|"
    r"trending(?: (?:now|news|stories))?|most (?:read|popular|viewed|shared)|popular(?: now)?|"
    r"don'?t miss|you (?:may|might) (?:also )?like|in other news|editor'?s picks?|top stories"
)


def teaser_label(line: str) -> bool:
    """The line is a teaser's label alone ("Most Read") or opens with one and its colon
    ("PREVIOUS ARTICLE: Council approves ..."): another story's, never the page's headline."""
    label = " ".join(line.split(":", 1)[0].replace("’", "'").lower().split())
    return _TEASER_LABEL.fullmatch(label) is not None


# A topic's teaser in a page's header is a few words ("Cost of living", "Storm Darragh").
_TOPIC_TEASER_WORDS = 4


# An alert bar's label alone on its line, over the teaser it runs ("BREAKING NEWS", "Just In").
_BAR_LABEL = re.compile(
    r"^(?i:breaking(?:\s+news)?|developing(?:\s+story)?|just\s+in|(?:news\s+)?alert|"
    r"happening\s+now)$"
)
# A live page's badge over its promotion, which calls the reader to it ("LIVE" / "Follow
# latest: Storm Claudia brings flooding ...": the BBC's and other broadcasters' article pages
# promote the live page so, over the story's own headline). A live page's own headline under
# the badge ("Live" / "Flooding live: rivers burst banks ...") calls no one.
_LIVE_BADGE = re.compile(r"^(?i:live(?:\s+now)?)$")
_LIVE_CALL = re.compile(r"^(?i:follow\s+(?:(?:the\s+)?latest|live))\b")


def _display_headline(line: str) -> bool:
    """The line may be the page's own headline, found under other display lines: a
    headline's shape, no sentence of the story, and nothing closing it that a caption, a
    label or a credit ends on (a stop, a colon, a bracket)."""
    return not story_line(line) and _headline_shape(line) and line.rstrip()[-1:] not in ".:)"


def _headline_under_bar(lines: list[str], h: int, a: int) -> int | None:
    """The headline right under the walk's topmost display line `h`, when `h` is the teaser of
    an alert bar whose label stands alone right over it ("BREAKING NEWS" / "Sensex tanks 900
    points ...", Indian and British pages print the bar over the headline) and the story's
    lead does not speak of the teaser while it speaks of the line under it (_bar_off_lead);
    None otherwise. A story's own headline under a "Breaking" kicker tells its lead."""
    above = next((k for k in range(h - 1, -1, -1) if lines[k]), None)
    if above is None:
        return None
    label = lines[above].strip()
    inline = _BAR_LABEL.match(lines[h].split(":", 1)[0].strip()) is not None and ":" in lines[h]
    if (
        _BAR_LABEL.match(label) is None
        and not (_LIVE_BADGE.match(label) is not None and _LIVE_CALL.match(lines[h]) is not None)
        and not inline
    ):
        return None
    j = next((k for k in range(h + 1, a) if lines[k]), None)
    while inline and j is not None and (is_chrome(lines[j]) or _menu_words(lines[j])):
        # "BREAKING: Crews responding to ..." / "Advertisement" / "LOCAL NEWS" / the headline:
        # the bar's label on its teaser's line, the page's furniture between it and the
        # headline (the lead tells which of the two is the story's)
        j = next((k for k in range(j + 1, a) if lines[k]), None)
    if j is None or not _display_headline(lines[j]) or is_date_stamp(lines[j]):
        return None
    # (a copy that sets every line apart by a blank line holds the lead twice as far down)
    within = _LEAD_WITHIN * (2 if every_line_apart(lines) else 1)
    lead = _lead_after(lines, a, within)
    at = next((k for k in range(a, min(len(lines), a + within)) if lines[k] == lead), None)
    if inline and at is not None:
        # a standfirst may stand first under the furniture: the story's first two paragraphs
        # are what the teaser's and the headline's words are weighed against
        lead = f"{lead} {_lead_after(lines, at + 1, within) or ''}"
    return j if _bar_off_lead(lines[h], lines[j], lead) else None


def _headline_under_stamp(lines: list[str], h: int, a: int) -> int | None:
    """The headline right under the page's date stamp at `a`, when the topmost display line
    `h` over the stamp is a label's teaser ("Live: WRAL News at 5 p.m.", "Weather Alert: ...")
    that the story's lead does not speak of (_bar_off_lead), and the line under the stamp is
    a headline's shape (no full stop) that tells the lead; None otherwise. A headline that
    opens with a label tells its own lead."""
    if not is_date_stamp(lines[a]):
        return None
    if any(lines[k] for k in range(h + 1, a)):
        return None  # the teaser right over the stamp
    j = next((k for k in range(a + 1, len(lines)) if lines[k]), None)
    if _LABELLED_TEASER.match(lines[h]) is None:
        # "Cost of living" / "5 Jun 2024" / "News" / the headline (WalesOnline and Reach's
        # other sites): a topic's short teaser and its date in the page's header, the
        # section's label under the stamp repeating a menu item over the teaser; the
        # headline under the label must tell the lead (_bar_off_lead below)
        if (
            j is None
            or len(lines[h].split()) > _TOPIC_TEASER_WORDS
            or lines[j].strip() not in {lines[k].strip() for k in range(h) if lines[k]}
        ):
            return None
        j = next((k for k in range(j + 1, len(lines)) if lines[k]), None)
    if j is None or not _display_headline(lines[j]) or is_date_stamp(lines[j]):
        return None  # (a caption with its credit, "... (Credit: Jane Roe/Outlet)", is no headline)
    if find_credit(lines[j], in_header=True) is not None:
        return None
    return j if _bar_off_lead(lines[h], lines[j], _lead_after(lines, j + 1)) else None


# Lines of the writer's block over the anchor: the name alone, the title or desk, at most.
_WRITER_BLOCK_LINES = 3


def _line_over_writer(lines: list[str], chrome: list[bool], a: int) -> int | None:
    """The display line the writer's block hangs under: over the anchor at `a` (a "By"
    byline or the page's stamp), past the page's furniture and the writer's name alone and
    their title or desk ("Jane Roe" / "Staff Reporter" over "4th March 2026"); None when the
    anchor is neither, or when no line of text stands over it."""
    anchor = _is_anchor(lines[a], None)
    if anchor not in (
        "a byline",
        "the page's date stamp",
        "the writer's name with the page's date stamp",
    ):
        return None
    writer = 0
    for k in range(a - 1, -1, -1):
        line = lines[k]
        if not line or chrome[k]:
            continue
        if writer < _WRITER_BLOCK_LINES and (
            is_title_line(line)
            or (
                (names := name_list(line)) is not None
                and len(names) <= 2
                and len(line.split()) <= 6
            )
        ):
            writer += 1
            continue
        return k
    return None


def _text_under_labels(lines: list[str], chrome: list[bool], h: int, a: int) -> int | None:
    """The first line of text under the line `h` and over the anchor at `a`, past the page's
    furniture and menu items or labels ("Port Louis", "Metro Plus"); None when none."""
    return next(
        (k for k in range(h + 1, a) if lines[k] and not chrome[k] and not is_menu_item(lines[k])),
        None,
    )


def _teaser_fallback(lines: list[str], chrome: list[bool], h: int, a: int) -> int | None:
    """The headline right under the teaser at `h`, past labels (_text_under_labels), when the
    writer's block at `a` hangs under no headline: a display line, no stamp, not a labelled
    teaser itself ("Also read: ..." twice over), and no other display line between it and the
    anchor (a second story's headline, or the story's own under a teaser); the same headline
    printed twice, a caption or the outlet's name may stand between. None otherwise."""
    j = _text_under_labels(lines, chrome, h, a)
    if (
        j is None
        or not _display_headline(lines[j])
        or is_date_stamp(lines[j])
        or _LABELLED_TEASER.match(lines[j]) is not None
    ):
        return None
    if any(
        lines[k] and lines[k] != lines[j] and not chrome[k] and _headline_between(lines[k])
        for k in range(j + 1, a)
    ):
        return None
    return j


# The small words a headline never ends on, a wrapped line of a caption or sentence may.
_WRAP_TAIL_WORDS = frozenset("the a an of to in on at for and or with from by during".split())


def _headline_between(line: str) -> bool:
    """A headline of its own under a teaser's fallback line: a display line with no stamp, no
    credit and no stop inside ("Workers at a site in Jahra. KT photo" is a caption), not ending
    on a small word (a caption's first line wrapped by the copy: "... until 2am during the")."""
    return (
        _display_headline(line)
        and not is_date_stamp(line)
        and line.split()[-1].lower() not in _WRAP_TAIL_WORDS
        and find_credit(line, in_header=True) is None
        and re.search(r"[.!?]\s", line) is None
    )


def _headline_under_teaser(lines: list[str], chrome: list[bool], h: int, a: int) -> int | None:
    """The headline right under the walk's topmost display line `h`, when `h` is a label's
    teaser of another story ("PREVIOUS ARTICLE: ...", "Trending: ...", "Up next: ...": pages
    print the previous, next or most-read story's headline so, over the story's own) whose
    words the story's lead does not speak of while it speaks of the line under it
    (_bar_off_lead), and that line is the one the writer's block or the stamp at `a` hangs
    under (_line_over_writer), a label at most between the two; None otherwise. A headline that opens with a label ("Ukraine war: ...",
    "Flooding live: ...") tells its own lead, so stays, and its deck, which a byline or a
    stamp may follow, is no headline."""
    if _LABELLED_TEASER.match(lines[h]) is None or not teaser_label(lines[h]):
        return None
    j = _line_over_writer(lines, chrome, a)
    if j is not None and j > h and _display_headline(lines[j]) and not is_date_stamp(lines[j]):
        if any(lines[k] and not chrome[k] and not is_menu_item(lines[k]) for k in range(h + 1, j)):
            return None  # a label at most between them ("Port Louis", "Metro Plus")
    else:
        # "Also read: Qatar Airways launches ..." / the headline (printed twice) / the
        # caption / "Gulf Times" / the stamp: the writer's block hangs under no headline (an
        # outlet's name, a caption over it), so the line right under the teaser is the one
        # asked, a label at most between them (_teaser_fallback)
        j = _teaser_fallback(lines, chrome, h, a)
        if j is None:
            return None
    if find_credit(lines[j], in_header=True) is not None:
        return None
    return j if _bar_off_lead(lines[h], lines[j], _lead_after(lines, a)) else None


# How far down a broadcaster's brand row stands over the walk's top line: its header's few rows.
_STATION_HEADER_LINES = 8


def _headline_under_station_header(
    lines: list[str], chrome: list[bool], h: int, a: int
) -> int | None:
    """The headline under the walk's topmost display line `h`, when `h` is a broadcaster's
    ticker, player or menu line (pagetops.is_station_promo: "StormTeam 5: Snow totals ...",
    "Now Playing: ...", "Live: CBS News Philadelphia streaming now") and the station's brand
    row stands over it in the page's header ("KTLA 5", "99.5 WKRZ", "CBS News
    Philadelphia"): the display line the writer's block or the stamp hangs under, or else the
    first under `h` past labels, which the story's lead speaks of while it does not speak of
    `h` (_bar_off_lead). A station's own story headlined "Weather Alert: ..." tells its lead,
    so stays."""
    if not is_station_promo(lines[h]):
        return None
    # the header's lines of text over it (a double-spaced copy parts them by blank lines)
    over = [k for k in range(max(0, h - 2 * _STATION_HEADER_LINES), h) if lines[k]]
    if not any(is_station_brand_row(lines[k]) for k in over[-_STATION_HEADER_LINES:]):
        return None
    j = _line_over_writer(lines, chrome, a)
    if j is None or j <= h or not _display_headline(lines[j]) or is_date_stamp(lines[j]):
        j = _text_under_labels(lines, chrome, h, a)
        if j is None or not _display_headline(lines[j]) or is_date_stamp(lines[j]):
            return None
    if is_station_promo(lines[j]) or find_credit(lines[j], in_header=True) is not None:
        return None
    # (the lead may stand under the writer's block, its outlet and a caption, each line of
    # them parted by blank lines in a double-spaced copy)
    lead = _lead_after(lines, a, 2 * _LEAD_WITHIN)
    return j if _bar_off_lead(lines[h], lines[j], lead) else None


def _deck_under_title(lines: list[str], chrome: list[bool], top: int, a: int) -> int | None:
    """The deck under the display line `top`, over the anchor at `a`: the next line of text, a
    sentence (_deck_sentence) with no stop at its end and no credit, which a caption over a
    credit has (The Economist's rubric under its headline, over the picture's bare credit);
    None otherwise."""
    j = next((k for k in range(top + 1, a) if lines[k] and not chrome[k]), None)
    if j is None or not _deck_sentence(lines[j]) or story_line(lines[j]):
        return None
    if lines[j].rstrip("”\"’'").endswith((".", "!", "?")):
        return None
    return None if find_credit(lines[j], in_header=True) is not None else j


def _headline_under_teasers(lines: list[str], chrome: list[bool], top: int, a: int) -> int | None:
    """The headline the writer's block or the stamp at `a` hangs under (_line_over_writer),
    when two display lines or more stand over it in a run, the walk's `top` among them, each a headline's shape longer than a menu's
    item (a kicker's) that the story's lead does not speak of (one of its longer words at most), while the
    line over the byline tells it (_LEAD_WORDS_SHARED of its words): a list of other stories'
    headlines ("Trending", "Most read") printed over the page's own. A headline over its deck
    is one line over it, and tells the lead itself; None otherwise."""
    j = _line_over_writer(lines, chrome, a)
    if j is None or j <= top or not _display_headline(lines[j]):
        return None
    if find_credit(lines[j], in_header=True) is not None:
        return None
    lead = _lead_after(lines, a)
    if lead is None:
        return None
    lead_words = _long_words(lead)
    if len(_long_words(lines[j]) & lead_words) < _LEAD_WORDS_SHARED:
        return None
    run = []  # the teasers over it, up from it, the walk's top among them
    for k in range(j - 1, -1, -1):
        text = lines[k].strip()
        if not text:
            continue
        if (
            chrome[k]
            # (a kicker, a series' name, is a menu item's length: "Letter from the Pennines")
            or is_menu_item(text)
            # (a magazine's section and fly-title either side of a bar, "Finance & economics |
            # Free exchange", is the label over the headline, as the walk reads it: no teaser)
            or _rubric_over_flytitle(text)
            or not _headline_shape(text)
            or text[-1:] in ".:"
            or len(_long_words(text) & lead_words) > 1
        ):
            break
        run.append(k)
    if len(run) < 2 or top < run[-1]:
        return None
    return j


def _headline_under_deck(lines: list[str], chrome: list[bool], top: int, a: int) -> int | None:
    """The headline right over the "By" byline at `a`, when the block over the byline is two
    display lines and the upper, the walk's `top`, is a sentence too long for a headline
    (_LONG_DECK_WORDS) and runs _DECK_LONGER words or more longer than the lower: a deck printed over its headline (some pages and e-editions set the standfirst
    first); a headline runs shorter than its deck. None otherwise, or when the lower line ends
    on a sentence's stop or is a credit (a caption's), or the upper has a headline's marks (a
    question's mark at its end, a label's colon, quoted words) or the lower tells the lead
    less than the upper does."""
    if _is_anchor(lines[a], None) != "a byline":
        return None
    block = [j for j in range(top + 1, a) if lines[j] and not chrome[j]]
    if len(block) != 1:
        return None
    j = block[0]
    if not _headline_shape(lines[j]) or story_line(lines[j]) or lines[j].rstrip()[-1:] in ".:)!?":
        return None
    if lines[top].rstrip().endswith("?") or find_credit(lines[j], in_header=True) is not None:
        return None
    if ": " in lines[top] or re.search(r"(?:^|\s)['‘\"“]", lines[top]):
        # "Calder Valley floods: 'We had four hours' warning ...' say traders": a topic's
        # label before its colon, or quoted words, are a long headline's (over a short deck)
        return None
    if len(lines[top].split()) < len(lines[j].split()) + _DECK_LONGER:
        return None
    if len(lines[top].split()) < _LONG_DECK_WORDS or not _deck_sentence(lines[top]):
        return None  # a sentence too long for a headline, as a deck is (a headline is shorter)
    lead = _lead_after(lines, a)
    if lead is None:
        return None
    # the headline tells the lead, as well as the deck over it does at least (a long headline
    # over a short deck of a detail tells it better than its deck)
    lead_words = _long_words(lead)
    told = len(_long_words(lines[j]) & lead_words)
    if told < _LEAD_WORDS_SHARED or told < len(_long_words(lines[top]) & lead_words):
        return None
    return j


def _teaser_over_furniture(lines: list[str], chrome: list[bool], t: int, top: int, a: int) -> bool:
    """The display line `t` over the walk's topmost line `top` is another story's teaser, no
    headline: page furniture (chrome: a section label, "Listen to this article", a read time)
    stands between them, `top` has a deck under it (a line at least as long, before the
    anchor at `a`), and the story's lead speaks of `top` (_LEAD_WORDS_SHARED of its longer
    words) and of no more than one of `t`'s (_bar_off_lead). A headline over the furniture
    with its deck under it tells its lead; one whose deck alone stands under the furniture
    has no line of its own there, so stays."""
    if not _headline_shape(lines[t]) or not any(lines[j] and chrome[j] for j in range(t + 1, top)):
        return False
    deck = next((j for j in range(top + 1, a) if lines[j] and not chrome[j]), None)
    if deck is None or len(lines[deck].split()) < len(lines[top].split()):
        return False
    if find_credit(lines[deck], in_header=True) is not None:
        return False
    return _bar_off_lead(lines[t], lines[top], _lead_after(lines, a))


def _headline_over_byline_under_stamp(
    lines: list[str], chrome: list[bool], h: int, a: int
) -> int | None:
    """The headline under the page's date stamp at `a`, when a display block stands between
    the stamp and a "By" byline a few lines below it - a headline-shaped line and a deck at
    least as long under it, as pages that print the stamp over the headline set them - and
    the story's lead speaks of that block (_LEAD_WORDS_SHARED of its longer words) but of
    none of the display lines from the walk's top `h` down to the stamp (at most one longer
    word each: other stories' teasers, a list's heading); None otherwise. A headline over the
    stamp with its deck under the stamp tells the lead itself, or has no second line under
    it, so stays."""
    if not is_date_stamp(lines[a]):
        return None
    # (a copy that sets every line apart by a blank line holds the block in twice the lines)
    within = _LEAD_WITHIN * (2 if every_line_apart(lines) else 1)
    b = next(
        (
            k
            for k in range(a + 1, min(len(lines), a + within))
            if lines[k] and _is_anchor(lines[k], None) == "a byline"
        ),
        None,
    )
    if b is None:
        return None
    block = [
        k for k in range(a + 1, b) if lines[k] and not chrome[k] and not is_date_stamp(lines[k])
    ]
    if len(block) != 2:
        return None
    j, deck = block
    if not _display_headline(lines[j]):
        return None
    if find_credit(lines[j], in_header=True) is not None or find_credit(
        lines[deck], in_header=True
    ):
        return None
    if len(lines[deck].split()) < len(lines[j].split()):
        return None  # a deck runs at least as long as its headline
    lead = _lead_after(lines, b + 1, within)
    if lead is None:
        return None
    lead_words = _long_words(lead)
    if len(_long_words(f"{lines[j]} {lines[deck]}") & lead_words) < _LEAD_WORDS_SHARED:
        return None
    above = [k for k in range(h, a) if lines[k] and not chrome[k]]
    if not above or any(len(_long_words(lines[k]) & lead_words) > 1 for k in above):
        return None
    # over the stamp, other stories' teasers (two lines of a headline's length or more) or a
    # list's heading or teaser label: one short line alone there is the page's own headline,
    # a pun or a label that need share no word with its lead ("Stuck in the mud")
    teasers = [k for k in above if len(lines[k].split()) >= _TEASER_WORDS]
    if len(teasers) < 2 and not any(teaser_label(lines[k]) for k in range(h, a) if lines[k]):
        return None
    return j


# Another story's headline in a list of teasers runs to this many words at least.
_TEASER_WORDS = 4


def _title_under_letter_name(lines: list[str], h: int, a: int) -> int | None:
    """The post's title right under the issue's date stamp at `a`, when the line `h` right over
    the stamp is the newsletter's own name, which the letter names as itself further down
    ("Subscribe to Notes from the Stacks", "Thanks for reading ...": Buttondown's, Substack's
    and Ghost's pages print the letter's name, then the date, then the title); None otherwise.
    A news site's headline over its stamp is never named so."""
    if not is_date_stamp(lines[a]) or any(lines[k] for k in range(h + 1, a)):
        return None
    name = lines[h].strip()
    if not name or len(name.split()) > _LABEL_AGAIN_WORDS or name.endswith((".", "!", "?")):
        return None
    named = re.compile(_LETTER_NAMED.format(name=re.escape(name)))
    if not any(named.search(line) for line in lines[a + 1 :] if line):
        return None
    j = next((k for k in range(a + 1, len(lines)) if lines[k]), None)
    if j is None or story_line(lines[j]) or not _headline_shape(lines[j]):
        return None
    if is_date_stamp(lines[j]) or find_credit(lines[j], in_header=True) is not None:
        return None
    return j


def _headline_under_caption(lines: list[str], chrome: list[bool], top: int, a: int) -> int | None:
    """The headline right under the topmost display line `top`, when `top` is the lead
    photo's caption: the block over the story's first paragraph at `a` is two display lines,
    the lower no deck (a deck runs longer than its headline), the upper saying when its
    picture was taken ("this morning", "on Monday") and sharing no more than one longer word
    with the lead, where the lower tells the lead (three of its longer words are the
    lead's). A headline over its deck tells the lead itself, so stays."""
    under = next((k for k in range(top + 1, a) if lines[k] and not chrome[k]), None)
    if under is None or any(lines[k] and not chrome[k] for k in range(under + 1, a)):
        return None
    caption, headline, lead = lines[top], lines[under], lines[a]
    if len(caption.split()) < 4 or len(headline.split()) < 4 or len(lead.split()) < 8:
        return None
    if not _headline_shape(headline) or caption.rstrip().endswith((".", "!", "?", ":")):
        return None
    if len(headline.split()) >= len(caption.split()) + _DECK_LONGER:
        return None  # a deck under its headline
    if _CAPTION_WHEN.search(caption) is None:
        return None
    lead_words = _long_words(lead)
    if len(_long_words(caption) & lead_words) > 1:
        return None
    if len(_long_words(headline) & lead_words) < _LEAD_WORDS_SHARED:
        return None
    return under


# An interview's kicker: "Interview with ...", "In Conversation With ...", "Q&A: ...".
_INTERVIEW_KICKER = re.compile(
    r"^(?:An?\s+|The\s+)?(?i:interview|in\s+conversation|conversation|q\s*&\s*a)\b"
)
# A headline wholly in quotation marks: a line the interview gives, eight characters or more.
_WHOLE_QUOTE = re.compile(r"^[\"“„«‘][^\"“”„«»]{8,}[\"”«»’]$")


def interview_kicker(line: str) -> bool:
    """An interview's kicker naming who speaks ("Interview with Former Finnish President ..."),
    which a magazine sets over the headline it quotes them in."""
    return _INTERVIEW_KICKER.match(line) is not None


def whole_quote(line: str) -> bool:
    """A display line wholly in quotation marks ("\"Europe Has Forgotten How to Be Afraid\""):
    an interview's headline, the words of the person its kicker names."""
    return _WHOLE_QUOTE.match(line) is not None


# "Direct from the dpa news channel", "From the AP newswire", "Via the Reuters feed": the label
# a paper prints over an agency's story run unedited from the feed (Süddeutsche Zeitung, Die
# Zeit and other German sites' "Direkt aus dem dpa-Newskanal", translated).
_FEED_LABEL = re.compile(
    r"^(?i:(?:direct(?:ly)?\s+)?(?:from|via|out\s+of)\s+(?:the\s+)?)"
    r"(?P<agency>[\w.&-]+?(?:\s+[\w.&-]+?)??)[\s-]+"
    r"(?i:news\s*channel|news\s*feed|newsfeed|news\s+ticker|ticker|feed|newswire|wire|channel)$"
)

# "Noticias de la agencia EFE", "Notizie dell'agenzia ANSA", "Nachrichten der Agentur dpa",
# "News from the agency Reuters": the same label in the words of swissinfo's and other
# multilingual sites, the agency named after the word for one.
_AGENCY_NEWS_LABEL = re.compile(
    r"^(?i:(?:news|noticias|notícias|notizie|nachrichten|actualités|dépêches)\s+"
    r"(?:from\s+the|de\s+la|da|dell['’]|der|de\s+l['’]|des)\s*"
    r"(?:agency|agencia|agência|agenzia|agentur|agence)\s+)"
    r"(?P<agency>[\w.&-]+(?:\s+[\w.&-]+)?)$"
)


def agency_feed_label(line: str) -> bool:
    """`line` is the label over an agency's story taken from its feed, the agency a known one
    ("Direct from the dpa news channel"); a headline naming a feed names no agency there."""
    from archiver.extract.agencies import is_wire_source

    if len(line) > 60:
        return False
    m = _FEED_LABEL.match(line) or _AGENCY_NEWS_LABEL.match(line)
    return m is not None and is_wire_source(m.group("agency"))


# An alt text and the caption under it open with this many words the same.
_ALT_SHARED_WORDS = 4


def alt_text_over(line: str, caption: str) -> bool:
    """`line` is a picture's alt text over its caption: both open with the same words and
    three in four of the line's words are the caption's (the alt text a shortened caption).
    A headline over its picture's caption may open as it does ("President Jane Roe signs
    the bill into law" over "President Jane Roe signs the bill in the Rose Garden ...") but
    says more than the caption: words of its own."""
    words = line.lower().split()
    if len(words) < _ALT_SHARED_WORDS:
        return False
    said = caption.lower().split()
    if said[:_ALT_SHARED_WORDS] != words[:_ALT_SHARED_WORDS]:
        return False
    known = {w.strip(".,;:!?()\"'“”‘’") for w in said}
    shared = sum(w.strip(".,;:!?()\"'“”‘’") in known for w in words)
    return shared * _ALT_WORDS_OF_CAPTION[1] >= len(words) * _ALT_WORDS_OF_CAPTION[0]


# The share of an alt text's words that are its caption's: three in four, at least.
_ALT_WORDS_OF_CAPTION = (3, 4)


# An e-paper's headline column: lines at most this wide, two to this many of them.
_NARROW_WIDTH = 24
_NARROW_LINES = 4


# "From: The Daily Telegraph": the paper a syndicated story came from, over the page's stamp.
_FROM_OUTLET = re.compile(r"^From:\s+(?P<outlet>\S.{1,60})$")


def _outlet_source_line(line: str) -> bool:
    """A "From: <outlet>" line naming a paper or an agency by its masthead, as News Limited's
    pages print it between the writer's name and the stamp; a mail's "From:" names a person
    or an address."""
    m = _FROM_OUTLET.match(line)
    return m is not None and "@" not in line and is_masthead(m.group("outlet"))


def _narrow_headline_top(lines: list[str], last: int) -> int | None:
    """The first line of a headline broken over short lines that ends at `last`, which goes
    on in lower case from the line above it ("Ghana to open" / "Africa's first" / "cocoa
    exchange"): the block's lines run with no blank between, each a few words, none in
    capitals alone (a section's label over it) nor a stamp; None when `last` is no such
    line's end."""
    line = lines[last]
    if not line[:1].islower() or len(line) > _NARROW_WIDTH or len(line.split()) < 2:
        return None
    top = last
    while (
        top > 0
        and last - top < _NARROW_LINES - 1
        and lines[top - 1]
        and len(lines[top - 1]) <= _NARROW_WIDTH
        and not lines[top - 1].isupper()
        and not lines[top - 1].endswith((".", ":", "!", "?", "|"))
        and not is_date_stamp(lines[top - 1])
        # "Page A8" over the headline (an e-edition's print page): the page's, no headline's
        and not is_page_top(lines[top - 1])
    ):
        top -= 1
    if top == last or not lines[top][:1].isupper():
        return None
    if not _headline_shape(" ".join(lines[top : last + 1])):
        return None
    return top


# A site's tagline stands among the page's first few lines of text.
_TAGLINE_LINES = 4
# A tagline read by its words alone (no block round it) has this many words at least.
_TAGLINE_MIN_WORDS = 4


# A story's share button on its own line ("Share", "Share this article").
_SHARE_BUTTON = re.compile(r"(?i:share(?:\s+this(?:\s+(?:article|story|page|post))?)?)")


def blank_lines_part_nothing(lines: list[str]) -> bool:
    """The capture's blank lines tell no block from another: there are none between its lines
    of text, or one between every two of them (a copy that sets every line apart, or one that
    dropped them all). A line "set apart" is then known by what it says, not by the blanks."""
    text = [i for i, line in enumerate(lines) if line]
    gaps = {b - a for a, b in zip(text, text[1:], strict=False)}
    return len(text) >= 2 and len(gaps) == 1


def _masthead_tagline(lines: list[str], chrome: list[bool], i: int) -> bool:
    """Line `i` is the site's tagline or self-description, printed in the masthead's block:
    the page's first line of text is a site's or an agency's name (is_masthead), no blank line
    parts it from line `i` (one of the page's first few lines), and page chrome (a button, a
    menu printed on one line) stands in the same block ("Ukrinform" / "Multimedia platform
    for foreign broadcasting of Ukraine" / "War  Politics  Economy ..."). A headline stands in
    a block of its own under the masthead's, or under the site's name with nothing but its
    byline or stamp round it ("Reuters" / headline / "By Jane Roe")."""
    text = [k for k in range(min(len(lines), i + 1)) if lines[k]]
    if len(text) > _TAGLINE_LINES or not text or text[0] == i or not is_masthead(lines[text[0]]):
        return False
    if blank_lines_part_nothing(lines):
        # a copy whose blank lines part nothing (none, or one between every two lines): the
        # masthead's block is not known by its blanks. The line right under the site's name,
        # over a button or a section's label ("The Harvard Gazette" / "Official news from
        # ..." / "Science & Tech"), is the tagline; a headline is over its deck, its byline,
        # its stamp or its share button
        nxt = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
        words = lines[i].split()
        if (
            text == [text[0], i]
            # a description in words, some small ("... of the Public Interest"): a second
            # name ("The Evening Dispatch") or a section's word ("News") is no tagline
            and len(words) >= _TAGLINE_MIN_WORDS
            and any(w.islower() for w in words)
            and nxt is not None
            and not _SHARE_BUTTON.fullmatch(lines[nxt])
            and (chrome[nxt] or _section_label_line(lines[nxt]))
        ):
            return True
    if any(not lines[k] for k in range(text[0], i)):
        return False  # a blank line between: the headline's own block
    if i + 1 < len(lines) and lines[i + 1] and not chrome[i + 1]:
        return False  # a byline, a stamp or a deck right under it: the headline's block
    if i + 1 < len(lines) and _SHARE_BUTTON.fullmatch(lines[i + 1]):
        # "Harbor Light News" / "Ferry riders face ..." / "Share" / "Donate": the story's
        # share button right under the line, which a site's tagline never has
        return False
    if any(is_nav_row(lines[k]) for k in range(text[0] + 1, i)):
        # "KYODO NEWS" / "Latest  Japan  Asia  World ..." / "Japan eyes law to ...": under the
        # site's menu row, the page's headline; a tagline stands over the menu, by the name
        return False
    end = i
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    if any(chrome[k] for k in range(text[0] + 1, end + 1) if k != i):
        return True
    # "The Harvard Gazette" / "Official news from Harvard University ..." / "Science & Tech"
    # / the headline: a section's label, a menu's words alone, under the block; a headline
    # is over its deck, its byline or its stamp, never over the section it is filed in
    nxt = next((k for k in range(end + 1, min(len(lines), end + 4)) if lines[k]), None)
    return nxt is not None and _section_label_line(lines[nxt])


def _section_label_line(line: str) -> bool:
    """A section's label alone on its line: a menu's words only ("Science & Tech", "News")."""
    words = [w for w in line.split() if w not in ("&", "and", "|")]
    return 1 <= len(words) <= 4 and all(w.lower() in MENU_WORDS for w in words)


# How many lines under an anchor a page's menu row is looked for.
_MENU_BELOW = 6
# A story's share buttons, one a line under its stamp, each a network's name alone ("Copy
# link" / "Email" / "Facebook" / "Twitter" / "Telegram" / "WhatsApp" / "READ LATER", The
# Hindu's and many other sites' rows): they name no section of the site.
_NETWORK_BUTTON = re.compile(
    r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|threads|bluesky|"
    r"messenger|flipboard|tumblr|koo|read\s+later)$",
    re.IGNORECASE,
)


# A page template's writer field, alone on its line over the names: "Author", "Authors:".
_AUTHOR_FIELD = re.compile(r"^(?i:authors?)\s*:?$")


def _author_field(line: str) -> bool:
    """The line is a page template's writer field's label alone ("Author", "Authors:"), which
    clean copy does not print (its byline says "By")."""
    return _AUTHOR_FIELD.match(line.strip()) is not None


def _menu_row_below(lines: list[str], a: int, menu_rows: frozenset[int]) -> bool:
    """A menu printed on one line ("Front Page | Top Stories | U.S. National | World", or a
    row the raw text's spacing shows) within a few lines under the anchor at `a`: clean copy
    prints no menu under its headline and stamp; a page's header does."""
    if any(
        lines[k] and (k in menu_rows or is_items_row(lines[k]) or is_nav_row(lines[k]))
        for k in range(a + 1, min(len(lines), a + 1 + _MENU_BELOW))
    ):
        return True
    # "Daily Mirror - Sri Lanka Latest Breaking News" / its stamp / "Home" / "Politics" /
    # "Business" / ...: the site's menu printed one item a line right under the stamp
    run = 0
    for k in range(a + 1, min(len(lines), a + 1 + _MENU_BELOW + _MIN_MENU)):
        if not lines[k]:
            if run:
                break
            continue
        if _TOOL_LINE.match(lines[k]) or _NETWORK_BUTTON.match(lines[k]):
            # the story's own buttons under its stamp ("Print" / "Email" / "Share" /
            # "Facebook"): no site's menu, whichever order they stand in
            continue
        if not (
            is_menu_item(lines[k]) and word_count(lines[k]) <= 2 and _lower_words(lines[k]) == 0
        ):
            break
        run += 1
    return run >= _MIN_MENU


# Words of a portal's section names that MENU_WORDS leaves out ("Front Page", "Top Stories").
_SECTION_WORDS = frozenset("front page stories u.s".split())
# How far under a page's stamp its section menu, one item a line, is looked for.
_SECTION_MENU_SCAN = 12


def _section_menu_below(lines: list[str], a: int) -> bool:
    """The site's section menu, one item a line, under the stamp at `a` before the story: four
    lines or more made only of a menu's words ("Front Page" / "Top Stories" / "Business" /
    "World"), a search box's or a help link's line between them. A story's share buttons
    ("Share", "Tweet", "Print") name no section."""
    found = 0
    for k in range(a + 1, min(len(lines), a + 1 + _SECTION_MENU_SCAN)):
        line = lines[k]
        if not line:
            continue
        if story_line(line):
            break
        words = [w.lower().strip("&.,") for w in line.split()]
        if (
            is_menu_item(line)
            and len(words) <= 3
            and any(w in MENU_WORDS for w in words)
            and all(w in MENU_WORDS or w in _JOINING_WORDS or w in _SECTION_WORDS for w in words)
        ):
            found += 1
    return found >= _MIN_MENU


# A known menu's words in a capitalised row that make it a menu wherever it stands.
_ROW_MENU_WORDS = 2


def _menu_row_on_top(lines: list[str], k: int) -> bool:
    """Line `k` is a menu printed on one line with its spacing lost, above the page's
    headline: a capitalised row (masthead.capitalised_row) with two of a menu's words or
    more, or among the page's first lines of text, right under its name ("The Hill" / "Just In
    Senate House Administration Campaign"). A Title Case headline without a small word over
    its deck is read first, as the headline over its deck."""
    row = capitalised_row(lines[k])
    if row is None:
        return False
    if row[1] >= _ROW_MENU_WORDS:
        return True
    return row[1] >= 1 and sum(1 for line in lines[:k] if line) < _MASTHEAD_LINES


def _summary_label_over(lines: list[str], k: int) -> int | None:
    """The line of the summary's label ("Highlights", "Key points") over line `k` when `k` is
    one of its points (a line of the label's block, a few lines under it), else None. The
    points may stand a paragraph each, one blank line between (a page copied with its
    paragraphs' spacing: the label then a paragraph too); two blank lines end the block, as
    does a blank line under points set close ("Summary" / two points / "" / the headline)."""
    j = k - 1
    seen = 0  # the lines of text walked over
    spaced = False  # a blank line between the points walked over
    while j >= 0 and seen < _MAX_POINTS:
        if not lines[j]:
            if j == 0 or not lines[j - 1]:
                return None
            spaced = True
            j -= 1
            continue
        seen += 1
        if _SUMMARY_LABEL.match(lines[j]):
            if spaced and lines[j + 1]:
                return None  # points set close under the label: the blank line ended them
            if spaced:
                # spaced points only under a headline ("Storm Darragh: ..." / "" / "Summary"):
                # under the site's menu the headline is the last of the spaced lines, over
                # the stamp, and no point
                over = j - 1
                while over >= 0 and not lines[over] and j - over <= 2:
                    over -= 1
                if (
                    over < 0
                    or not lines[over]
                    or is_nav_row(lines[over])
                    or is_items_row(lines[over])
                    or is_masthead(lines[over])
                    or is_menu_item(lines[over])
                    or not _headline_shape(lines[over])
                ):
                    return None
            if _tab_in_row(lines, j):
                return None
            if (
                _POINT_MARK.match(lines[j + 1])
                and not _POINT_MARK.match(lines[k])
                and not _point_goes_on(lines[k - 1], lines[k])
            ):
                # "In Summary" / "• Residents said ..." / "• The county has moved ..." / the
                # headline: points marked with bullets end at the first line without one (The
                # Star's and other Kenyan pages print the summary over the headline, no blank
                # line between), but for a point's own words wrapped onto a line of their own
                return None
            return j
        j -= 1
    return None


# A summary's point marked as a list's item ("• ...", "- ...").
_POINT_MARK = re.compile(r"^[•·▪‣◦*-]\s")


def _point_goes_on(above: str, line: str) -> bool:
    """`line` goes on with the point above it ("• Residents said the water ran brown before
    the county" / "acted on their complaints"): the point ends no sentence and the line opens
    on a word in small letters alone, as no headline does ("iHub opens ...", "eBay ..." do
    open in lower case, their word a brand's, with a capital inside it)."""
    words = line.split()
    return (
        bool(words)
        and words[0].islower()
        and not above.rstrip("”\"’'").endswith((".", "!", "?", ":"))
    )


# A tabloid's summary points under its headline: this many at most, and the headline over them
# this many words at least (a long sentence-case headline; a menu's item never runs so long).
_POINTS_UNDER_HEADLINE = 4
_POINTED_HEADLINE_WORDS = 10
# A summary's point this many words at least: a clause ("Auditors flag luxury travel bills"),
# not a topic's label of three ("Bradford nightclub shooting" under another story's teaser)
_POINT_WORDS = 4


def _summary_point(line: str) -> bool:
    """A summary's point as a tabloid prints it under the headline with its bullet lost: a
    clause of four words or more in a sentence's case, two of them in small letters at least
    ("Standards watchdog opens investigation"; a menu's "World News" has none, a topic's label
    "Bradford nightclub shooting" is too short), no stop."""
    return (
        len(line.split()) >= _POINT_WORDS
        and _lower_words(line) >= 2
        and line.rstrip("”\"’'")[-1:] not in ".:;,!?"
        and _headline_shape(line)
        and not is_date_stamp(line)
        and not is_nav_row(line)
    )


def _headline_over_points(
    lines: list[str], chrome: list[bool], k: int, top: int, a: int
) -> int | None:
    """The headline over the story's summary points, line `k` the topmost point read and `top`
    the one under it, as the Daily Mail and other British tabloids print them between the
    headline and the byline ("Boris-era minister faces probe over ... £40,000 consultancy fee" /
    "Standards watchdog opens investigation" / "MP insists payment was 'an oversight'" / "By
    JANE ROE"); None otherwise. The points are short clauses in a sentence's case (a short
    one reads as a menu's item); the headline over them is a long line of a headline's shape,
    longer than each point, that tells the story's lead (its longer words shared), as another
    story's teaser over a menu's label does not."""
    if not (_summary_point(lines[k]) and _summary_point(lines[top])):
        return None
    longest = max(len(lines[k].split()), len(lines[top].split()))
    j = k - 1
    points = 2
    while j >= 0:
        if not lines[j] or chrome[j]:
            j -= 1
            continue
        words = len(lines[j].split())
        if words >= _POINTED_HEADLINE_WORDS or not _summary_point(lines[j]):
            break
        points += 1
        if points > _POINTS_UNDER_HEADLINE:
            return None
        longest = max(longest, words)
        j -= 1
    if j < 0:
        return None
    head = lines[j]
    if (
        len(head.split()) < max(_POINTED_HEADLINE_WORDS, longest + _DECK_LONGER)
        or not _headline_shape(head)
        or head.rstrip("”\"’'").endswith((".", ":", ";", ","))
        or _lower_words(head) < 3
        or is_date_stamp(head)
        or is_nav_row(head)
    ):
        return None
    over = next((lines[i] for i in range(j - 1, -1, -1) if lines[i]), "")
    if _summary_label_over(lines, j) is not None or _SUMMARY_LABEL.match(over):
        # "Summary" / "Firefighters tackle a large blaze ..." / "Residents told to ..." / the
        # headline: a labelled summary's points over the headline (the BBC's), the long line
        # the first of them, no headline over points of its own
        return None
    lead = _lead_after(lines, a)
    if lead is None or len(_long_words(head) & _long_words(lead)) < _LEAD_WORDS_SHARED:
        return None
    return j


def _stray_label_over_deck(
    lines: list[str],
    chrome: list[bool],
    k: int,
    label: str,
    deck: str,
    right_over: bool,
    lead: Callable[[], str | None],
) -> int | None:
    """The headline's line over a one-word label in capitals ("SHOPPING", "EXCLUSIVE": a
    badge the page sets between its headline and deck) right over the deck, a sentence with
    its stop: a line of headline shape and lower-case words, no menu's item and no stop of
    its own, at or above line `k`; None when the label tops the block as a kicker does, or
    when that line is the last of a teaser list's headlines and the story's lead (`lead`, read
    when asked) does not speak of it."""
    if not (right_over and label.isupper() and len(label.split()) == 1):
        return None
    if not (_deck_sentence(deck) and deck.rstrip("”\"’' ").endswith((".", "!", "?"))):
        return None
    j = k
    while j >= 0 and (not lines[j] or chrome[j]):
        j -= 1
    if j < 0:
        return None
    head = lines[j]
    if (
        head.endswith((".", ":", ";", ","))
        or is_menu_item(head)
        or not _headline_shape(head)
        or _lower_words(head) < 3
        or is_date_stamp(head)
    ):
        return None
    if (
        _headline_on_its_own(deck)
        and _teaser_list_label_over(lines, j) is not None
        and _off_lead(head, lead())
    ):
        # "Most Popular" / "Brewers trade for ..." / "Wauwatosa man charged ..." / "LOCAL" /
        # "Milwaukee's lead pipe ... Here's why.": the line over the label is the last of
        # other stories' headlines listed under their list's label, of which the lead does
        # not speak, so the label is the story's kicker and the line under it its headline,
        # stops and all
        return None
    return j


# A line of two short sentences ("Indianapolis wants to fix its potholes faster. Will the
# new plan work?"): a stop, then a capital, inside it.
_SHORT_SENTENCES = re.compile(r"^[^.!?]{8,80}[.!?]\s+[A-Z][^.!?]{4,80}[.!?]$")


def _headline_on_its_own(line: str) -> bool:
    """The line under a badge reads as a headline of its own, not a deck: a question, or two
    short sentences; a deck of one sentence ("Ten years after the blast furnace went cold,
    Redcar is still counting the cost.") is none."""
    line = line.strip().rstrip("”\"’'")
    return line.endswith("?") or _SHORT_SENTENCES.match(line) is not None


def _off_lead(line: str, lead: str | None) -> bool:
    """The story's lead is known and shares no more than one longer word with `line`."""
    return lead is not None and len(_long_words(line) & _long_words(lead)) <= 1


# Other stories' headlines a list's label stands over ("Most Popular" / three headlines): this
# many at most between the label and a line of the list.
_TEASER_LIST_ITEMS = 5


def _teaser_list_label_over(lines: list[str], j: int) -> int | None:
    """The label of the list of other stories' headlines line `j` is an item of: a teaser
    list's label alone ("Most Popular", "Trending now", "Most Read") over it, at most
    _TEASER_LIST_ITEMS lines between them, each a headline's shape; None when none stands so."""
    rows = [k for k in range(j - 1, -1, -1) if lines[k]][: _TEASER_LIST_ITEMS + 1]
    for k in rows:
        label = lines[k].strip().rstrip(":")
        if ":" not in label and teaser_label(label):
            return k
        if story_line(lines[k]) or not _headline_shape(lines[k]):
            return None
    return None


# A list under its label holds this many other stories' headlines at least.
_LISTED_TEASERS = 2


def _headline_under_listed_teasers(
    lines: list[str], chrome: list[bool], h: int, a: int
) -> int | None:
    """The headline under the walk's topmost display line `h`, when `h` is the first of the
    other stories' headlines a teaser list's label stands over ("Most Read" / "Bank shares
    slip as ..." / "Retail sales rise 3% ..." / the headline, Singapore's, Malaysia's and
    American papers' pages print the list over the story's block): the first display line
    under `h` and over the anchor at `a` that tells the story's lead (_LEAD_WORDS_SHARED of
    its longer words), every line between the label and it (_LISTED_TEASERS at least) a
    headline's shape the lead does not speak of (one longer word at most); None otherwise. A
    label right over a headline and its deck has no list under it."""
    label = _teaser_list_label_over(lines, h + 1)
    if label is None:
        return None
    # (a copy that sets every line apart holds the lead twice as far down)
    lead = _lead_after(lines, a, _LEAD_WITHIN * (2 if every_line_apart(lines) else 1))
    if lead is None:
        return None
    lead_words = _long_words(lead)
    listed = 0
    for k in range(label + 1, a):
        line = lines[k]
        if not line:
            continue
        if not _display_headline(line) or is_date_stamp(line):
            return None
        if find_credit(line, in_header=True) is not None:
            return None
        if len(_long_words(line) & lead_words) >= _LEAD_WORDS_SHARED:
            if _deck_over_byline(lines, k):
                # "The last orders at the village local" / "Rural landlords ... say energy
                # bills have tripled since 2021" / "By Ruth Hanley": the line over it is the
                # headline, this its deck over the byline
                return None
            return k if k > h and listed >= _LISTED_TEASERS else None
        if not _off_lead(line, lead) or len(line.split()) < _TEASER_ITEM_WORDS:
            # (a topic's tag, "Cost of living", is no other story's headline)
            return None
        listed += 1
    return None


# Another story's headline listed under a teaser list's label has this many words at least.
_TEASER_ITEM_WORDS = 5


def _deck_over_byline(lines: list[str], k: int) -> bool:
    """The line under line `k` stands right over a byline or a date stamp: `k` is a headline
    over its deck."""
    below = [j for j in range(k + 1, len(lines)) if lines[j]][:2]
    if len(below) < 2:
        return False
    line = lines[below[1]]
    return is_date_stamp(line) or (
        _BY_WORD.match(line) is not None and parse_byline(line) is not None
    )


def _text_below(lines: list[str], chrome: list[bool], k: int) -> str | None:
    """The first line of text below line `k` that is no chrome, if any."""
    for j in range(k + 1, len(lines)):
        if lines[j] and not chrome[j]:
            return lines[j]
    return None


# An item of a ranked list ("Most Read", "Trending"): its rank, then the linked headline.
_RANKED_ITEM = re.compile(r"^(?P<n>\d{1,2})[.)]?\s+[A-Z\"'‘“]")


def _ranked_item(lines: list[str], chrome: list[bool], at: int) -> bool:
    """Line `at` is an item of a ranked list of other stories ("1 Sacramento's first ..." /
    "2 Here's when ..."), as a page's "Most Read" box prints them over the story's headline:
    its rank, and the line of text above or below it ranked next to it. A headline that opens
    with a number ("5 sailors rescued") has no neighbour ranked 4 or 6."""
    if _under_bare_rank(lines, chrome, at):
        return True
    m = _RANKED_ITEM.match(lines[at])
    if m is None:
        return False
    rank = int(m.group("n"))
    for other in (_text_above(lines, chrome, at - 1), _text_below(lines, chrome, at)):
        if other and (o := _RANKED_ITEM.match(other)) and abs(int(o.group("n")) - rank) == 1:
            return True
    return False


# A list's rank printed on a line of its own ("1" / "Pensioner left stranded ..." / "2" / ...).
_BARE_RANK = re.compile(r"(?P<n>\d{1,2})[.)]?")


def _under_bare_rank(lines: list[str], chrome: list[bool], at: int) -> bool:
    """Line `at` is a ranked list's item whose rank stands alone on the line above it ("2" /
    "Holiday warning ..." / "3" / "Wetherspoons confirms ..."), as the Mirror's, the Sun's and
    others' "Most Read" boxes paste: the rank above it, and the item above that ranked one
    less. A headline under a lone number (a page counter) has no ranked item over that."""
    ks = [k for k in range(at - 1, -1, -1) if lines[k] and not chrome[k]][:3]
    if len(ks) < 3:
        return False
    rank, prev = (_BARE_RANK.fullmatch(lines[k].strip()) for k in (ks[0], ks[2]))
    return (
        rank is not None and prev is not None and int(rank.group("n")) - int(prev.group("n")) == 1
    )


def _tab_in_row(lines: list[str], i: int) -> bool:
    """Line `i` ("Highlights") is one of a row of tabs printed one a line ("Scorecard" /
    "Commentary" / "Highlights" under a match's scoreboard): two menu items stand right over
    it, where a summary's label has the headline, the deck, the byline or a status over it."""
    if len(lines[i].split()) > 1:
        return False  # "Key Points" under the writers' names: a summary's label
    above = [lines[j] for j in range(i - 1, -1, -1) if lines[j]][:_TABS_OVER]
    return len(above) == _TABS_OVER and all(
        # a tab's one word; a score, "Ireland 17 - 20 France", is a scoreboard's line, and a
        # button's two words ("WATCH LIVE") no tab
        len(line.split()) == 1
        and is_menu_item(line)
        and not _SUMMARY_LABEL.match(line)
        and not any(c.isdigit() for c in line)
        for line in above
    )


# A tab row's items over a tab: two at least.
_TABS_OVER = 2


# The longest writers' names before "in Abuja" on a byline read so.
_FILED_NAMES_MAX = 61


def _writer_line(line: str) -> bool:
    """A byline: "By Jane Roe", or "Jane Roe in Abuja" (a name and a known place, no "By":
    ThisDay's and other Nigerian papers' bylines; "Jane Roe (Le Devoir) à Québec", the
    writer's paper in brackets and where she filed from in French)."""
    if _BY_WORD.match(line):
        found = parse_byline(line)
        return found is not None and bool(found.names)
    from archiver.extract.byline_recall import _BRACKETED_OUTLET, _IN_PLACE, _bracketed_outlet
    from archiver.extract.gazetteer import is_known_place

    # the leftmost match, tried only where it may start: a search over the whole line tried
    # "\s+in" at every space of a long run of spaces, each try running to the run's end
    filed = next(
        (m for k in range(min(len(line), _FILED_NAMES_MAX + 1)) if (m := _IN_PLACE.match(line, k))),
        None,
    )
    if filed is None or not 3 <= filed.start() <= _FILED_NAMES_MAX:
        return False
    names = line[: filed.start()]
    if (lent := _BRACKETED_OUTLET.search(names)) is not None and _bracketed_outlet(
        lent.group("tail")
    ):
        names = names[: lent.start()]  # "Jane Roe (Le Devoir) à Québec": her paper in brackets
    return name_list(names) is not None and is_known_place(filed.group("place"))


# The most of other stories' headlines a list between the byline and the stamp is read over.
_LIST_ITEMS = 6


def _headline_over_story_list(
    lines: list[str], chrome: list[bool], label: int, top: int
) -> tuple[int, int] | None:
    """The headline over the byline, and the list's heading, when the line at `label`, or a
    line over it in its block, heads a list of other stories ("Latest Headlines", "Trending")
    that stands between the byline and the page's stamp (the walk's `top` one of the list's
    headlines), else None."""
    # the line under the heading, not the walk's `top`: "Read more" heads a list only over a
    # line that ends no sentence
    while not is_terminator(
        lines[label], next((lines[j] for j in range(label + 1, len(lines)) if lines[j]), None)
    ):
        label -= 1  # the list's items over the line the walk stopped at
        if label < 0 or not lines[label] or chrome[label] or top - label > _LIST_ITEMS:
            return None
    above = [j for j in range(label - 1, -1, -1) if lines[j] and not chrome[j]][:2]
    if len(above) < 2 or not _writer_line(lines[above[0]]):
        return None
    head = above[1]
    return (head, label) if _headline_shape(lines[head]) and not story_line(lines[head]) else None


# A headline in capitals set over two lines holds this many words in all (a menu's two items
# in capitals, "LOCAL NEWS" / "WEATHER", hold fewer).
_CAPS_PAIR_WORDS = (5, 14)


def _capitals_line(line: str) -> bool:
    """Two words or more in capitals, with letters and no lower-case one."""
    return len(line.split()) >= 2 and line.isupper() and not line.endswith((".", ":"))


def _capitals_headline_pair(lines: list[str], chrome: list[bool], i: int, step: int) -> int | None:
    """The first line of a headline in capitals set over two lines, the second at `i` right over
    a deck in a sentence's case: two capitals lines with no blank line between them (or one in a
    copy that sets every line apart, `step` 3), with nothing but a blank line, the page's
    chrome, a row of its furniture or the text's top over them, holding a phrase of five to fourteen words, no word of
    which names a menu's section ("LOCAL NEWS" / "HIGH SCHOOL SPORTS" are a menu)."""
    first = i - (step - 1)
    if first < 0 or not _capitals_line(lines[i]) or not _capitals_line(lines[first]):
        return None
    if any(lines[j] for j in range(first + 1, i)) or chrome[first]:
        return None
    over = first - (step - 1)
    if over >= 0 and lines[over] and not chrome[over] and not is_nav_row(lines[over]):
        # a third line in the run: a menu printed one item to a line (a row of the page's
        # furniture, "PressReader · The Gazette · 3 Apr 2019", is no item of it)
        return None
    words = f"{lines[first]} {lines[i]}".split()
    if len(lines[first].split()) < 3:
        return None  # "ANALYSIS" / "RENTS CLIMB FASTER THAN PAY": a kicker is a word or two
    if not _CAPS_PAIR_WORDS[0] <= len(words) <= _CAPS_PAIR_WORDS[1]:
        return None
    if any(w.lower().strip("&,") in MENU_WORDS for w in words):
        return None
    return first


def _text_above(lines: list[str], chrome: list[bool], k: int) -> str | None:
    """The first line of text at or above line `k` that is no chrome, if any."""
    while k >= 0:
        if lines[k] and not chrome[k]:
            return lines[k]
        k -= 1
    return None


def labelled_caption_under_credit(credit: str, caption: str) -> bool:
    """CAPTION is the sentence of the picture whose labelled credit (labelled_credit_alone,
    "Photos: Jane Roe / The Oregonian") stands over it: the label says what the line under it
    shows, and the caption ends on its stop as no headline does (credit_over_caption)."""
    return (
        caption.rstrip("”\"’'").endswith(".")
        and labelled_credit_alone(credit) is not None
        and credit_over_caption(credit, caption, in_header=True) is not None
    )


def _credit_over_lead_caption(lines: list[str], at: int, top: int, a: int) -> bool:
    """Line `at` is a credit word alone ("Supplied", "Getty Images") over line `top`, the lead
    picture's caption right over the story's first paragraph `a`: the caption one sentence with
    its full stop, nothing but blank lines between it and the lead (a headline that ends on a
    full stop has the byline or the stamp under it, or runs to two sentences), and over the
    credit a display line with no stop of its own, the headline (a selection that starts at
    the credit has none)."""
    caption = lines[top]
    if not caption.rstrip("”\"’'").endswith(".") or INNER_SENTENCE.search(caption):
        return False
    kind = _is_anchor(lines[a], None) or ""
    lead = kind == "the story's first paragraph" or kind.startswith("a dateline paragraph")
    if not lead or any(lines[j] for j in range(top + 1, a)):
        return False
    above = next((lines[j] for j in range(at - 1, -1, -1) if lines[j]), None)
    if above is None or above.rstrip().endswith((".", "!", "?", ":")) or len(above.split()) < 3:
        return False
    if is_nav_row(above):
        return False
    return (
        is_credit_word_line(lines[at])
        and credit_over_caption(lines[at], caption, in_header=True) is not None
    )


def _authors_label_over(lines: list[str], i: int) -> int | None:
    """Line `i` is a person's name in a run of names, one a line, under an "Authors" label
    (roles._AUTHORS_LABEL): the label's line number, or None."""
    from archiver.extract.roles import _AUTHORS_LABEL

    k, named = i, 0
    while k >= 0:
        if not lines[k]:
            if k + 1 <= i and not lines[k + 1]:
                return None  # two blank lines: the block ends, with no label over it
            k -= 1  # a blank line between the names (a copy that doubles line breaks)
            continue
        if (names := name_list(lines[k])) is None or len(names) != 1:
            break
        named += 1
        k -= 1
    if not named or k < 0 or _AUTHORS_LABEL.match(lines[k]) is None:
        return None
    return k


def _issuer_header(lines: list[str], chrome: list[bool], h: int) -> bool:
    """The lines above the display line `h` are a newsroom's header: an institution's or a
    release service's name first (is_issuer_name: "Press Information Bureau" / "Government of
    India" / "Ministry of ..."; "Mynewsdesk" / "Nordvind Rail AB"), and under it nothing but
    more such names, page chrome, a menu's row or a section's label ("News", "Science &
    Tech") and the page's date stamp - no display line a headline could be ("Wellington City
    Council" / "Pool Reopens" / deck stays a kicker over its headline)."""
    text = [k for k in range(h) if lines[k]]
    if not text or not is_issuer_name(lines[text[0]]):
        return False
    for k in text[1:]:
        line = lines[k]
        words = line.split()
        if not (
            chrome[k]
            or is_issuer_name(line)
            or looks_like_issuer(line)
            or is_nav_row(line)
            or is_date_stamp(line)
            or all(w.lower().strip("&") in MENU_WORDS for w in words if w != "&")
        ):
            return False
    return True


def looks_like_issuer(line: str) -> bool:
    """A company's name closed by its legal style ("Nordvind Rail AB", "Equinor ASA")."""
    words = line.split()
    return (
        2 <= len(words) <= 6 and not looks_like_name(line) and _COMPANY_END.search(line) is not None
    )


_COMPANY_END = re.compile(
    r"\s(?:AB|Oyj|Oy|ASA|AG|S\.?A\.?|N\.?V\.?|B\.?V\.?|S\.?p\.?A\.?|Pty\.? Ltd\.?|Ltd\.?|Limited|"
    r"Inc\.?|Corp\.?|Corporation|PLC|plc|LLC|GmbH|Bhd\.?|Berhad|A/S|SE|Tbk)$"
)


def _account_button_above(lines: list[str], chrome: list[bool], h: int) -> bool:
    """A site's account button stands over the headline at `h` among nothing but the site's
    header (its name, menu items, page chrome: "Borderlands Weekly" / "Subscribe" / "Sign in"
    / the post's title): a page's header, however short its menu; clean copy prints no "Sign
    in". The line right over `h` is the header's (a button, chrome): a short display line
    there ("Island Ferry Cuts" over its deck) or one between the button and `h` (a title, a
    byline) leaves `h` no title."""
    above = [k for k in range(h) if lines[k]]
    return (
        bool(above)
        and (chrome[above[-1]] or is_account_line(lines[above[-1]]))
        and any(is_account_line(lines[k]) for k in above)
        and all(chrome[k] or is_menu_item(lines[k]) for k in above)
    )


def _header_over_anchor(lines: list[str], chrome: list[bool], h: int, a: int) -> bool:
    """The lines between the display line `h` and the anchor at `a` are the page header's
    menu: _MIN_MENU items or more, each a menu's item or page chrome, one of them a site's
    account button ("Donate", "Subscribe", "Sign in"), which no story's deck or byline is.
    Line `h` is then the site's name over its menu, and the anchor (a stamp) the header's."""
    items = [k for k in range(h + 1, a) if lines[k]]
    return (
        len(items) >= _MIN_MENU
        and all(chrome[k] or is_menu_item(lines[k]) for k in items)
        and any(is_account_line(lines[k]) for k in items)
    )


def _menu_above(
    lines: list[str], chrome: list[bool], h: int, menu_rows: frozenset[int] = frozenset()
) -> tuple[int, bool, str | None]:
    """The longest run of menu-like lines above line `h` (one item a line: a menu; the
    writer's name, title and outlet make three at most; a menu printed on one line or a
    breadcrumb counts as a whole menu), whether a skip link, consent banner or paywall stands
    there, and the site's or agency's name when one stands there with nothing but page
    furniture round it (no sentence above the headline: the top of a page)."""
    menu = run = 0
    skip = False
    masthead: str | None = None
    furniture_only = True
    prose_above = False
    seen = 0
    for k in range(h):
        line = lines[k]
        if not line:
            continue
        seen += 1
        prose_above = prose_above or story_line(line)
        if is_running_head(line):
            continue  # a printed paper's page top (scan or microfilm): no web page's menu
        if is_consent_or_nav(line) or is_paywall(line):
            skip = True
        elif (
            k in menu_rows
            or is_nav_row(line)
            or is_items_row(line)
            or breadcrumb_headline(line) is not None
            or _menu_row_on_top(lines, k)
        ):
            run += _MIN_MENU
            menu = max(menu, run)
            continue
        elif (
            chrome[k]
            or is_menu_item(line)
            or _rubric_over_flytitle(line)
            or is_page_bar(line)  # "Breaking: ...", "Sponsored: ...": the site's bars
            # a results table's rows over the recap ("1 Jane Roe Team 57 1:35:39.435 25"), no
            # story's sentence above them: the page's furniture, as a menu's items are (a
            # table inside a story has the story's paragraphs over it)
            or (figures_row(line) and not prose_above)
        ):
            if masthead is None and seen <= _MASTHEAD_LINES and is_masthead(line):
                masthead = line
            run += 1
            menu = max(menu, run)
            continue
        elif (
            not is_date_stamp(line)
            and not _masthead_tagline(lines, chrome, k)
            and not (seen == 1 and is_logo_word(line))
            # "Jane Roe" / "Jane Roe is a senior lecturer in ..." over an op-ed's headline: the
            # contributor's name and post, the column's header, no story's sentence
            and not is_author_bio(line)
            # "Los Angeles Times" / "California" / "Editor's note: This story was updated ..." /
            # the headline: the desk's note on the story, set over its headline, is the page's
            # furniture, however long its sentence
            and _NOTE_OVER_HEADLINE.match(line) is None
        ):
            furniture_only = False
        if run and _credited_caption(line):
            # "Life & Style" / "Restaurant reviews" / the lead photo's caption and credit /
            # "RESTAURANT REVIEW" / the headline: the picture set between the section's menu
            # and the review's label parts no run of the page's furniture (The Irish Times')
            continue
        run = 0
    return menu, skip, masthead if furniture_only else None


# The label of the desk's note on the story that pages set over its headline (the Los Angeles
# Times', The Washington Post's, ProPublica's "Editor's note: ...", "Update, March 5: ...",
# "Correction: ..."): the note is no story's sentence, whatever its length.
_NOTE_OVER_HEADLINE = re.compile(
    r"^(?i:editor['’]?s['’]?\s+notes?|update|updated|correction|clarification)\b[^:]{0,30}:\s*\S"
)


def _credited_caption(line: str) -> bool:
    """A photo's caption of a sentence or more ending in its credit ("Set lunch at the bar:
    cod with brown butter. Photograph: Jane Roe")."""
    if len(line.split()) < 6:
        return False
    found = find_credit(line, in_header=True)
    return found is not None and line.rstrip(" )").endswith(found.credit.rstrip(" )"))


def is_first_person_bio(line: str) -> bool:
    """A contributor's line about themself under the name ("I write about the business of
    travel.")."""
    return _FIRST_PERSON_BIO.match(line) is not None


def is_summary_label(line: str) -> bool:
    """The label over a page's summary points ("Summary", "Key points", "In brief")."""
    return _SUMMARY_LABEL.match(line) is not None


# A telephone number alone on its line: "+33 1 44 71 94 94", "(020) 7946 0321", "555-0190".
_PHONE_ALONE = re.compile(r"(?:(?i:tel|phone|t)\.?:?\s*)?\+?[\d ()./-]{7,24}\d")


def has_phone_number(line: str) -> bool:
    """The line holds an international telephone number ("+44 20 7946 0321"), as a contact's
    line and a call for readers' tips do, and no caption."""
    return "+" in line and _PHONE.search(line) is not None


# "SOURCE Acme Holdings plc": the mark PR Newswire and Cision print under a release, the word in
# capitals with no colon, then the issuer (no picture's source).
RELEASE_SOURCE = re.compile(r"SOURCE\s+[A-Z][\w&.,'’-]*")


def is_contact_detail(line: str) -> bool:
    """A contact's telephone number or e-mail address alone on its line, as a release's or a
    newsroom's contact block lists them under each name ("NewCap" / "Investor Relations" /
    "+33 1 44 71 94 94"): no caption's nor credit's line."""
    text = line.strip()
    return (
        _PHONE_ALONE.fullmatch(text) is not None
        and sum(c.isdigit() for c in text) >= 7
        and not is_date_stamp(text)  # "2024-03-14", "14/03/2024 10:30": a date, no number
    ) or is_contact_line(text)


def is_readers_call(line: str) -> bool:
    """A page's call for its readers' stories or tips with a telephone number to write to
    ("Share your experiences of the storm. WhatsApp: +44 7756 165803"): no story's line."""
    return "+" in line and len(line) <= 200 and _PHONE.search(line) is not None


def is_tool_line(line: str) -> bool:
    """A page's or an app's button between the headline and the story ("Share", "View
    Original", "7 min read"): no writer's name, though its words are capitalised."""
    return bool(_TOOL_LINE.match(line))


def is_nav_line(line: str) -> bool:
    """Between a page's header and its story: a menu item, a button or a stamp, never story;
    or a row of the story's topics between bars ("Foxconn | Apple | Electronics
    manufacturing" under a "Topics" label)."""
    return (
        is_menu_item(line)
        or bool(_TOOL_LINE.match(line))
        or is_date_stamp(line)
        or is_items_row(line)
    )
