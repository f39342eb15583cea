"""Recover a wire story's structure from its scraped plain text.

The text is read as lines: a header (headline, byline, captions, gallery lines, page stamps)
followed by the story, whose paragraphs are separated by blank lines; the first paragraph
opens with the dateline. Page chrome is dropped wherever it stands, and a "Latest Headlines"
style heading ends the story.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from archiver.extract.agencies import WIRE_SOURCES, is_wire_source, spells_out
from archiver.extract.byline_recall import recall_byline
from archiver.extract.bylines import (
    STACK_LINES,
    Byline,
    author_box_byline,
    author_signoff_byline,
    bio_byline,
    caps_name_before_big_city,
    contact_byline,
    foot_byline,
    is_affiliation,
    is_agency,
    is_by_line,
    is_desk,
    labelled_foot_byline,
    looks_like_name,
    name_and_title,
    name_list,
    names_then_agency,
    names_with_affiliation,
    names_without_outlet,
    parse_byline,
    reported_from_byline,
    run_in_signoff,
    signed_byline,
    signer_office,
    stacked_byline,
    stamp_writer_row,
    topic_words,
    trailer_byline,
    trailer_reporters_and_writers,
    wire_writers,
    writers_at_venue,
)
from archiver.extract.captures import OCR_ARCHIVES, Capture, print_title, read_capture
from archiver.extract.chrome import (
    TERMINATOR_INITIALS,
    is_capture_address_label,
    is_chrome,
    is_page_timestamp,
    is_terminator,
    skip_link_menu,
)
from archiver.extract.columns import read_columns
from archiver.extract.credit_recall import (
    FIRST_PUBLISHED,
    Recalled,
    bare_credit,
    recall_credit,
    signed_desk_initials,
)
from archiver.extract.credits import (
    INNER_SENTENCE,
    LEAD_PHOTO_CREDIT,
    Credit,
    bar_caption_pictures,
    booking_office_under_name,
    bracketed_agency_alone,
    bracketed_desk_word,
    bracketed_office,
    bracketed_rights_credit,
    byline_photographer,
    caps_person_name,
    caption_under_credit,
    credit_alone_in_story,
    credit_field,
    credit_over_caption,
    credit_under_caption,
    credit_wrapped_over,
    dashed_desk_word,
    emailed_credit,
    ends_caption,
    export_caption_credit,
    export_caption_pictures,
    find_credit,
    is_caps_paper_name,
    is_credit_line,
    is_credit_word_line,
    is_desk_signoff,
    is_file_caption,
    is_institution,
    is_item_notice,
    is_label_alone,
    is_lent_word_line,
    is_picture_library,
    is_public_body,
    is_rights_signoff,
    labelled_alt_text,
    labelled_credit,
    labelled_credit_alone,
    lead_photo_credit,
    letters_page,
    may_be_credit_line,
    may_hold_credit,
    name_alone_under_caption,
    name_under_caption,
    named_office_caption,
    named_source_caption,
    opens_on_depiction,
    own_paper_under_caption,
    own_source_alone,
    own_source_under_caption,
    page_sources,
    paper_over_caption,
    parse_gallery,
    person_before_source,
    rights_holder,
    rights_opened_caption,
    sender_signoff,
    several_sentences,
    slashed_tail_credit,
    source_between_paragraphs,
    source_over_caption,
    source_under_picture,
    story_caption_credit,
)
from archiver.extract.credits_national import is_caps_desk_credit, wire_and_client
from archiver.extract.databases import (
    CaptionField,
    Export,
    caption_fields,
    labelled_record,
    read_export,
)
from archiver.extract.datelines import (
    DatelineMatch,
    city_alone_under_headline,
    match_dateline,
    match_dateline_after_byline,
    match_field_dateline,
    match_headline_place,
    match_release_stamp,
    match_stamp_dateline,
    match_standalone_dateline,
    match_stop_place,
    opens_with_capitals_colon,
    plain_dated_caption,
    stamp_place_then_time,
)
from archiver.extract.markdown import read_markdown
from archiver.extract.masthead import (
    breadcrumb_headline,
    is_nav_row,
    is_readings_row,
    is_spaced_row,
    is_spaced_trail,
    spaced_items,
)
from archiver.extract.memo import per_distinct
from archiver.extract.page import (
    RELEASE_SOURCE,
    blank_lines_part_nothing,
    every_line_apart,
    has_phone_number,
    is_contact_detail,
    is_date_stamp,
    is_gallery_counter,
    is_items_row,
    teaser_label,
)
from archiver.extract.pagetops import is_spaced_folio, is_station_name
from archiver.extract.records import read_figure_lines, read_record_markup
from archiver.extract.roles import (
    BRACKETED_NAME_CREDIT,
    CALL_SIGN_UNDER_CAPTION,
    DATELINE_OVER_LINES,
    FILED_FROM_OVER_STAMP,
    FOR_SITE_CREDIT,
    HEADER_OVER_TITLE,
    LABELLED_CREDIT_ABOVE,
    LENDER_OVER_STORY,
    NAME_UNDER_CAPTION,
    OFFICE_UNDER_HEADLINE,
    PAGE_STAMP,
    RIGHTS_OPENS_CAPTION,
    SOURCE_OVER_CAPTION,
    STAMP_OVER_HEADLINE,
    VIEWER_BUTTON_CREDIT,
    LineRole,
    chrome_flags,
    classify_opening,
    dashed_wire_credit,
    headline_text,
    looks_like_headline,
    next_text_index,
    quotes_below,
)
from archiver.extract.unwrap import (
    CAPTION_POSITION,
    CAPTION_POSITION_REACH,
    Unwrapped,
    carries_on,
    is_weekday_dateline,
    join_titled_head,
    read_as_written,
    read_undoubled,
    rejoin_head,
)
from archiver.model import Dateline, Photo, Warning

# Spaces other than the plain one and the tab: no-break, ogham, the typographic widths, the
# ideographic space and a stray byte-order mark.
_OTHER_SPACES = r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff"
_SPACES = re.compile(rf"[ \t{_OTHER_SPACES}]+")
# One space of another width: the raw lines keep their runs of spaces (a menu's items are kept
# apart by them) but not their kinds, which a page's markup picks at random ("Home\u00a0 World").
_OTHER_SPACE = re.compile(rf"[{_OTHER_SPACES}]")


# UTF-8 read as cp1252 and saved again (a scan's OCR pasted through an old tool, a page saved
# with the wrong charset): each character of more than one byte comes out as two to four
# Latin-1 letters and signs, the first of them one that opens a UTF-8 sequence ("â€”" for "—",
# "Â·" for "·", "Ã©" for "é"). No English or European word spells these pairs, and a run
# is put back only when its cp1252 bytes are valid UTF-8 (Python's own codecs decide).
def _cp1252_tail() -> str:
    out = []
    for b in range(0x80, 0xC0):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            continue  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character in cp1252
    return re.escape("".join(out))


_TAIL = _cp1252_tail()
_MOJIBAKE = re.compile(
    rf"[\u00c2-\u00df][{_TAIL}]|[\u00e0-\u00ef][{_TAIL}]{{2}}|[\u00f0-\u00f4][{_TAIL}]{{3}}"
)


def repair_mojibake(text: str) -> tuple[str, int]:
    """`text` with its runs of UTF-8 read as cp1252 put back, and how many were."""
    count = 0

    def unmangle(m: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = m.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return m.group()
        count += 1
        return fixed

    return _MOJIBAKE.sub(unmangle, text), count


# A caption that says it is one: "This photo, released by ...", "This undated handout image
# shows ...", "In this file photo, ...", "This picture taken on May 3 shows ...".
_PHOTO_SENTENCE = re.compile(
    r"^(?:In\s+)?(?:This|These)\s+(?:(?:undated|file|handout|recent|aerial|satellite|"
    r"combination|composite|video|screen|photo|image)\s+){0,3}(?:photos?|photographs?|images?|"
    r"pictures?|pics?|screenshots?|screen\s*grabs?|grabs?)\b(?:,|\s+(?:taken|released|provided|"
    r"shows?|showing|made|obtained|posted|shared|supplied|distributed|carried|published|from|by|of|"
    r"dated|courtesy)\b)"
)
# A dash after a caption's stop, a few capitalised words after it closing the line ("... near
# Do Darya. — White Star"): where a page's desk credit may stand; the desk's own drawing or a
# channel's still says so after its name ("— Dawn illustration", "— DawnNewsTV screengrab").
# Not a word for the kind of drawing ("— Representational illustration", "— File illustration",
# "— AI-generated illustration"), no desk's name.
_DASH_BEFORE_TAIL = re.compile(
    r"[.!?”\"’]\s+[—–-]\s*"
    r"(?!(?i:represent\w*|file|stock|archive|archival|ai|ai-generated|computer|digital|artist\S*|"
    r"photo|image|illustrative|symbolic|concept\w*|graphic|staff|our|official)\s[^.]*illustration\s*$)"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}"
    r"(?:\s+(?:illustration|screengrab|screenshot))?\s*$"
)

# A wire's mark at the end of the story's last paragraph: "(end)", "(END)", "Enditem", "ENDS".
# Editors' initials signing the copy off, as PTI's desk prints them under the story ("ABS
# RHL", "SKL NB"): codes of two to four capitals, one of three or more with no vowel (no
# name's part goes without one: "NG" is two letters) and no agency among them.
_INITIALS_LINE = re.compile(r"^[A-Z]{2,4}(?: [A-Z]{2,4}){0,3}$")
_NO_VOWEL = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{3,4}$")


def _desk_initials(line: str) -> bool:
    text = line.strip()
    if _INITIALS_LINE.match(text) is None:
        return False
    codes = text.split()
    return any(_NO_VOWEL.match(c) for c in codes) and not any(is_wire_source(c) for c in codes)


_END_WORDS = r"\((?i:end|ends|fin)\)|\b(?:Enditem|ENDITEM|ENDS)"
_END_MARK = re.compile(rf"(?:{_END_WORDS})\.?$")
# A paragraph that is only mail addresses and an end mark after them: "jroe@yna.co.kr (END)".
_ADDRESS_AND_END = re.compile(
    rf"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+){{1,3}}(?:{_END_WORDS}|END)\.?$"
)
# Lines this long or longer are prose written as one line per paragraph, not hard-wrapped copy.
_WRAP_WIDTH = 100
# "Latest Headlines", "More from The Paper": the headings that end a story are short.
_TERMINATOR_MAX = 100
# A heading ends the story only below a line of story text (this many words at least): above
# the story it is an item of the page's menu.
_STORY_SPACES = 11
# A row of this many items kept apart by the page's spacing is a whole menu (page.py's _MIN_MENU).
_MENU_ITEMS = 4


def clean(text: str) -> str:
    if not text or text.isspace():
        return ""
    if text.isascii() and "\t" not in text and "  " not in text:
        return text.strip()  # nothing for _SPACES to even out (of ASCII it lists " " and tab)
    return _SPACES.sub(" ", text).strip()


@dataclass
class WireStructure:
    headline: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    photos: list[Photo] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    roles: list[LineRole] = field(default_factory=list)  # why each line is what it is
    roles_tail: LineRole | None = None


def _photo_from_caption(
    caption: str, in_header: bool = True, credit_line: str | None = None, portrait: bool = False
) -> Photo:
    """A photo from its caption; the credit is read from `credit_line` when it has one
    (`portrait`: the header's roles put that credit under a portrait's caption)."""
    credit = find_credit(credit_line or caption, in_header=in_header or credit_line is not None)
    if credit is not None and credit_line is not None and _credit_broken_over(caption, credit_line):
        # "... in West Toledo last week. Dev" / "Kapoor/IndyStar": a fixed width broke the
        # line inside the photographer's name; the credit read over the break is the whole
        whole = find_credit(caption, in_header=True)
        if whole is not None and whole.credit != credit.credit:
            credit = whole if whole.credit.endswith(credit.credit) else credit
    if credit is None and credit_line is not None:
        above = caption.removesuffix(credit_line).rstrip()
        credit = (
            # the credit wrapped over the line first: "... Jim Watson / AFP via" / "Getty
            # Images" is one credit, not the library's name alone under a caption
            credit_wrapped_over(above, credit_line)
            or credit_under_caption(above, credit_line, portrait=portrait)
            or emailed_credit(credit_line, spaced=True)
        )
    return Photo(
        caption=caption,
        credit=credit.credit if credit else None,
        photographer=credit.photographer if credit else None,
        agency=credit.agency if credit else None,
        position=None,
        count=None,
        licensable=False,
    )


def _credit_broken_over(caption: str, credit_line: str) -> bool:
    """The caption's line (the caption text joined with `credit_line` after it) ends in a
    capitalised word with no stop after the caption's last sentence, right before the credit
    line: a name the capture's width broke ("... last week. Dev" / "Kapoor/IndyStar")."""
    above = caption.removesuffix(credit_line).rstrip()
    before, _, last = above.rpartition(" ")
    # the caption's sentence ends before the name ("Reprints" / "Alex Hogan/STAT": a button
    # over the credit, no name of it)
    if (
        last[:1].isupper()
        and last[-1:].isalpha()
        and before.rstrip().endswith((".", "!", "?", "”", '"', ")"))
    ):
        return True
    # "... in early July. Jesse D." / "Roe/NBAE via Getty Images": a first name and a middle
    # initial begun after the caption's sentence
    if _NAME_AND_INITIAL.search(above) is not None:
        return True
    # "... May 14, 2026. Ukrainian Presidential Press" / "Service/Handout via REUTERS": an
    # office's name of several words begun after the caption's sentence (the caller keeps
    # the credit read over the break only when it ends in the line's own)
    begun = _PARTY_BEGUN.search(above)
    if begun is not None and len(begun.group("words").split()) <= _PARTY_BEGUN_WORDS:
        return True
    # "... a giant skull © PEDRO" / "PARDO / AFP": the credit begun after the copyright sign
    # that sets it off from a caption printed with no stop (AFP's clients' captions)
    marked = _COPYRIGHT_BEGUN.search(above)
    return marked is not None and len(marked.group("words").split()) <= _COPYRIGHT_BEGUN_WORDS


_NAME_AND_INITIAL = re.compile(r"[.!?”\")]\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z]\.$")
_PARTY_BEGUN = re.compile(r"[.!?”\")]\s+(?P<words>[A-Z][^.!?()]*[A-Za-z])$")
_PARTY_BEGUN_WORDS = 8
_COPYRIGHT_BEGUN = re.compile(r"\s©\s*(?P<words>[A-Z][^©.!?()/]*[A-Za-z])$")
_COPYRIGHT_BEGUN_WORDS = 3


def _add_credited(
    photos: _Photos, roles: list[LineRole], line: str, no: int, credit: Credit, role: str, why: str
) -> int:
    """Line `no` read as a photo of its own, a caption with its credit or a credit whose
    caption the copy lost: the photo added and the line's role noted; `no` returned, the
    last line that credited a photo."""
    photos.add(_credited_photo(line, credit))
    roles.append(LineRole(no, line, role, (why,)))
    return no


def _add_caption_with_credit(
    photos: _Photos,
    roles: list[LineRole],
    caption: tuple[str, int],
    credit_line: tuple[str, int],
    credit: Credit,
    why: str,
) -> int:
    """A caption's line (text, line number) and the credit line under it read together: the
    photo added, the caption's and the credit's roles noted (the credit's with `why`); the
    caption's line number returned, the last line that credited a photo."""
    at = _add_credited(
        photos, roles, caption[0], caption[1], credit, "caption", "the next line is its credit"
    )
    roles.append(LineRole(credit_line[1], credit_line[0], "credit", (why,)))
    return at


# A line closing on an abbreviation's stop, no sentence's: "... and the U.S.", "... in St.".
_ABBREVIATION_AT_END = re.compile(
    r"(?:\b(?:the|of|in|to|and|for)\s+(?:U\.S|U\.K|U\.N|E\.U)|\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen))\.$"
)
# An image viewer's button kept before a caption: "Enlarge / A solar flare ...", "Zoom: ...".
_VIEWER_BUTTON_CAPTION = re.compile(r"(?i:enlarge|zoom)\s*[/|:]\s+[A-Z\"“]")

# An export's field labelled with a picture's word ("PHOTO:", "Picture:"), no caption's.
_PICTURE_FIELD = re.compile(r"(?i:photo|picture|image)s?\s*:\s*")


def _picture_field_credit(lines: list[str], field: CaptionField) -> bool:
    """An export's caption field that is a picture's label over a credit alone, on one line
    ("PHOTO: EXPRESS"); "Caption: Jane Roe" names whom the picture shows."""
    label = _PICTURE_FIELD.match(lines[field.rows[0]])
    return (
        label is not None
        and len(field.rows) == 1
        and field.value == field.first
        and label.string[label.end() :].strip() == field.value.strip()
        and credit_field(field.value) is not None
    )


def _credited_photo(caption: str, credit: Credit) -> Photo:
    """A photo whose credit was read apart from its caption (a credit line over it)."""
    return Photo(
        caption=caption,
        credit=credit.credit,
        photographer=credit.photographer,
        agency=credit.agency,
        position=None,
        count=None,
        licensable=False,
    )


def _caption_over_name(
    photos: _Photos,
    roles: list[LineRole],
    caption: tuple[str, int],
    name: tuple[str, int],
    credit: Credit,
    why: tuple[str, str],
) -> int:
    """A caption (text, line number) and the name line under it that credits its photo: the
    photo kept, both lines' roles told (`why`: the caption's reason, the credit's); the credit's
    line number, as the credited line."""
    photos.add(_credited_photo(caption[0], credit))
    roles.append(LineRole(caption[1], caption[0], "caption", (why[0],)))
    roles.append(LineRole(name[1], name[0], "credit", (why[1],)))
    return name[1]


def _caption_and_its_gallery(seen: Photo, new: Photo) -> bool:
    """A caption line and its gallery line: same credit, one with a gallery position and one
    without, captions that start alike (the gallery often shortens the caption)."""
    if seen.credit is None or seen.credit != new.credit:
        return False
    if (seen.position is None) == (new.position is None):
        return False
    return len(os.path.commonprefix([seen.caption, new.caption])) >= 40


# A photo is compared with the earlier photos whose caption starts with the same characters
# (a caption cut short on the page keeps at least this many), and with the last few of them
# only: a caption seen twice is seen close by, and thousands of captions stay linear.
_KEY_CHARS = 40
_RECENT = 8


def _same_caption(a: str, a_trim: str, b: str, b_trim: str) -> bool:
    """The same photo seen twice: equal captions, or one cut short on the page (a prefix).
    `a_trim` is `a.rstrip(". …")`, made once per photo, not once per comparison."""
    if a == b:
        return True
    short, long = (a_trim, b_trim) if len(a_trim) <= len(b_trim) else (b_trim, a_trim)
    return len(short) >= 40 and long.startswith(short)


class _Photos:
    def __init__(self) -> None:
        self.items: list[Photo] = []
        self._trimmed: list[str] = []  # each item's caption.rstrip(". …")
        self._by_key: dict[str, list[int]] = {}
        # per credit form asked of the page (`has`): the photos asked already, and the forms
        # some photo was found in
        self._asked: dict[Callable[[Photo], bool], int] = {}
        self._found: set[Callable[[Photo], bool]] = set()

    def has(self, form: Callable[[Photo], bool]) -> bool:
        """Whether a photo so far is credited in `form` ("... [YONHAP]", "... (Jane
        Roe/Flash90)"): the page's own form, asked of every line that ends like it, so each
        photo is asked once per form rather than every photo again for every such line (a
        page of thousands of captions)."""
        if form in self._found:
            return True
        if any(form(photo) for photo in self.items[self._asked.get(form, 0) :]):
            self._found.add(form)
            return True
        self._asked[form] = len(self.items)
        return False

    def add(self, photo: Photo) -> None:
        """Add a photo, merged with an earlier sighting of the same caption (caption and
        gallery line, or a caption printed twice)."""
        trimmed = photo.caption.rstrip(". …")
        bucket = self._by_key.setdefault(trimmed[:_KEY_CHARS], [])
        for i in reversed(bucket[-_RECENT:]):
            seen = self.items[i]
            if _same_caption(
                seen.caption, self._trimmed[i], photo.caption, trimmed
            ) or _caption_and_its_gallery(seen, photo):
                # the merged photo may be credited in a form it was not: asked again
                self._asked = {form: min(at, i) for form, at in self._asked.items()}
                self.items[i] = Photo(
                    caption=seen.caption,
                    credit=seen.credit or photo.credit,
                    photographer=seen.photographer or photo.photographer,
                    agency=seen.agency or photo.agency,
                    position=seen.position if seen.position is not None else photo.position,
                    count=seen.count if seen.count is not None else photo.count,
                    licensable=seen.licensable or photo.licensable,
                )
                return
        # a caption shorter than the key is found by its own (short) key only
        if len(trimmed) < _KEY_CHARS:
            for i in reversed(bucket[-_RECENT:]):
                if self.items[i].caption == photo.caption:
                    return
        bucket.append(len(self.items))
        self.items.append(photo)
        self._trimmed.append(trimmed)


# A box of links inside the story: its heading ("Read More", "Related Articles"), a headline or
# a few (and their own headings), then the story's paragraphs again. Al Jazeera frames its
# box as a list ("Recommended Stories" / "list of 4 items" / ... / "end of list").
_INLINE_BOX_LINES = 4
_LIST_END_WITHIN = 16
_LIST_END = re.compile(r"(?i:end\s+of\s+list)")
# A paragraph of the story: a sentence or more, ending as one does.
_RESUMED_PROSE_WORDS = 12
_SENTENCE_CLOSE = (".", "!", "?", '."', ".”", ".’", "?”", "!”", '?"')


def _story_prose(line: str) -> bool:
    words = line.split()
    return (
        len(words) >= _RESUMED_PROSE_WORDS
        and line.rstrip().endswith(_SENTENCE_CLOSE)
        and sum(w[:1].islower() for w in words) * 3 >= len(words)
    )


# The label over a story's tags ("Topics:", "Tags"), of the soft terminators the one that a
# page may set over the story's first paragraph as well as under its last.
_TAGS_HEADING = re.compile(r"(?i:(?:related\s+)?(?:topics|tags))\s*:?")


def _inline_box_end(lines: list[str], chrome: list[bool], at: int) -> int | None:
    """Where the story goes on under a box of links headed at line `at` ("Read More" over one
    headline), or None when the page's list of other stories starts there. The box is a few
    lines of no prose (or a list the page closes with "end of list"); the story goes on when
    two paragraphs of prose follow it, only captions between them (a list of other stories
    alternates its headlines with their teasers, never two paragraphs in a row)."""
    end = next(
        (j + 1 for j in range(at + 1, min(len(lines), at + _LIST_END_WITHIN))
         if _LIST_END.fullmatch(lines[j])),
        None,
    )  # fmt: skip
    j = at + 1
    box = 0
    while end is None and j < len(lines):
        if lines[j] and not chrome[j]:
            if _story_prose(lines[j]) or find_credit(lines[j], in_header=True) is not None:
                end = j
                break
            box += 1
            if box > _INLINE_BOX_LINES:
                return None
        j += 1
    if end is None:
        return None
    if _TAGS_HEADING.fullmatch(lines[at].strip()) and match_dateline(lines[end]) is not None:
        # "TOPICS:" / "Grain bin" / "Rescue" / "SOUTH BEND, Ind. (WSBT) — A farmhand ...": the
        # story's tags set over its first paragraph, which opens with the story's dateline (a
        # hard-wrapped copy may break that paragraph where two in a row would have said so)
        return end
    prose = short = seen = 0
    closed = photo = False
    for j in range(end, len(lines)):
        if not lines[j] or chrome[j]:
            continue
        if _story_prose(lines[j]):
            prose += 1
        elif _short_paragraph(lines[j]):
            short += 1
        elif find_credit(lines[j], in_header=True) is not None:
            photo = True
        else:
            # "Von Jana Schulz, dpa", "(©NTB)": the story's own sign-off under its paragraph
            closed = prose >= 1 and _story_signoff(lines[j])
            break  # else a short line: a headline of the list, or the page's furniture
        seen += 1
        if prose >= 2 or seen >= 4:
            break
    else:
        # the text ends under a paragraph the box's own credited photo stands over
        closed = prose >= 1 and photo
    # two paragraphs (one may be a short quote's, "– Vi venter at prisene faller, sier han."),
    # or one the story's sign-off closes: the story goes on; a list of other stories
    # alternates its headlines with their teasers, never two sentences in a row, nor signs off
    return end if prose >= 2 or (prose >= 1 and prose + short >= 2) or closed else None


# A short paragraph of the story (a quote's, "– Vi venter at prisene faller igjen neste uke,
# sier han."): a few words ending as a sentence does, opening on a quote's dash or a capital.
_SHORT_PARAGRAPH_WORDS = 4


def _short_paragraph(line: str) -> bool:
    words = line.split()
    return (
        _SHORT_PARAGRAPH_WORDS <= len(words) < _RESUMED_PROSE_WORDS
        and line.rstrip().endswith(_SENTENCE_CLOSE)
        and sum(w[:1].islower() for w in words) * 2 >= len(words)
        and find_credit(line, in_header=True) is None
    )


def _story_signoff(line: str) -> bool:
    """The writer's byline at the story's foot ("Von Jana Schulz, dpa", "Por Ana Souza, g1") or
    the copy's rights mark ("(©NTB)")."""
    from archiver.extract.credits import is_rights_signoff

    return parse_byline(line) is not None or is_rights_signoff(line)


# A caption the page prints over its credit's line: a sentence of four to thirty words.
_SHORT_CAPTION = (4, 30)
# A credit's line under its caption: a few words, short.
_CREDIT_LINE_WORDS = 4
_CREDIT_LINE_CHARS = 40


def _wrapped_caption_over_credit(
    block: list[tuple[str, int]], signoff_at: int
) -> list[tuple[str, int]] | None:
    """`Ministers shake hands after signing the` / `agreement in Ankara.` / `Jane Roe - Anadolu
    Agency`: a caption hard-wrapped in a capture the unwrapper could not tell wrapped (too few
    lines), its credit on a line of its own under it. Each caption line but the last breaks
    its sentence (no stop at its end), so the lines are one paragraph's: the block with the
    caption's lines joined, its credit after them, or None."""
    if len(block) < 3 or block[-1][1] >= signoff_at:
        return None
    head = block[:-1]
    if any(ends_caption(text) for text, _ in head[:-1]) or not ends_caption(head[-1][0]):
        return None
    caption = " ".join(text.strip() for text, _ in head)
    if not _caption_sentence(caption) or credit_under_caption(caption, block[-1][0]) is None:
        return None
    return [(caption, head[0][1]), block[-1]]


def _wrapped_credited_caption(
    block: list[tuple[str, int]], signoff_at: int
) -> list[tuple[str, int]] | None:
    """`Newly arrived refugees wait for food rations in Adre, Chad,` / `on Feb. 27, 2025. Jane
    Roe—Reuters`: a caption hard-wrapped in a capture the unwrapper could not tell wrapped,
    its credit run on after its sentence on the last line. Each line but the last breaks the
    sentence (no stop at its end), the whole is a caption's length, and its end is a
    photographer's credit with the agency after the caption's stop: the block read as one
    line, or None."""
    if not 2 <= len(block) <= 4 or block[-1][1] >= signoff_at:
        return None
    if any(
        ends_caption(text) or not carries_on(text, block[n + 1][0])
        for n, (text, _) in enumerate(block[:-1])
    ):
        return None  # "© Provided by AFP" over a caption: a line of its own, not wrapped
    caption = " ".join(text.strip() for text, _ in block)
    if not _SHORT_CAPTION[0] <= len(caption.split()) <= _SHORT_CAPTION[1]:
        return None
    found = find_credit(caption)
    if found is None or found.photographer is None or found.agency is None:
        return None
    before = caption[: len(caption) - len(found.credit)].rstrip()
    if not caption.endswith(found.credit) or not ends_caption(before):
        return None
    return [(caption, block[0][1])]


# A credit alone in brackets: "(PA Wire)", "(Getty Images)".
_BRACKETED = re.compile(r"\([^()]{2,40}\)")


def _quelle_under_caption_words(caption: str, line: str) -> bool:
    """ "Staus vor dem Elbtunnel" / "Quelle: WELT/Jane Roe": a German page's (Welt's) picture
    credit after its "Quelle:" label under the caption's words, which print no stop; over a
    ticker's story the label names the text's wire, and under a chart its data's source (see
    credits' _quelle_under_caption, which tells these apart)."""
    if not line.lstrip().startswith("Quelle:"):
        return False
    found = credit_under_caption(caption, line)
    # a person's name ("WELT/Jane Roe", "picture alliance/dpa/Jane Roe"), never a bare wire
    # ("Quelle: dpa" under a ticker item's heading names the text's source)
    return found is not None and found.photographer is not None


def _caption_sentence(line: str) -> bool:
    words = len(line.split())
    return _SHORT_CAPTION[0] <= words <= _SHORT_CAPTION[1] and ends_caption(line)


# A caption over its office's credit is short; a paragraph that reports says so or tells
# what will happen.
_OFFICE_CREDITED_CAPTION_WORDS = 20
_OFFICE_CAPTION_REPORTS = re.compile(r"\b(?:said|says|told|according|will|would)\b")


def _office_subheads(lines: list[str], start: int, end: int) -> frozenset[str]:
    """The offices named alone on their lines between the story's paragraphs when two
    different ones or more stand so ("Cabell County Sheriff's Office" / "Cabell County Sheriff
    Chuck Zerkle said ...", "Parks Department" / "Public Works Department"): a roundup or a
    blotter heads its sections so; an office that lent a picture stands alone once (a mug
    shot's name over its office is its caption and credit, whatever else the page holds)."""
    found: set[str] = set()
    end = min(end, len(lines))
    for at in range(max(start, 0), end):
        text = lines[at].strip()
        if not text or len(text) > 60 or not is_institution(text):
            continue
        above = lines[at - 1].strip() if at > 0 else ""
        if above and booking_office_under_name(above, text) is not None:
            continue  # "Jane Roe" / "Ada Police Department": a mug shot's caption and credit
        if (
            above
            and len(above.split()) <= _OFFICE_CREDITED_CAPTION_WORDS
            and ends_caption(above)
            and _OFFICE_CAPTION_REPORTS.search(above) is None
        ):
            # "Deputies go door to door to warn residents." / "Tulare County Sheriff's Office":
            # a short caption's credit right under it, no head (a head follows a paragraph
            # that reports, or a blank line)
            continue
        found.add(text)
    return frozenset(found) if len(found) >= 2 else frozenset()


def _office_alone_in_story(
    line: str,
    above: str | None,
    below: str | None,
    office_heads: frozenset[str],
    crossheaded: bool = False,
) -> Credit | None:
    """An office or a public body named alone as a paragraph of its own between two of the
    story's paragraphs ("Massachusetts State Police", "Utah Highway Patrol"): the credit of the
    picture it gave out, the picture and its caption lost in the copy. A crosshead naming an
    office heads a section about it: the paragraph under it names the office, or the office
    heads one section of several (`office_heads`); "The Post Office" carries its article. A
    paragraph above that ends in no stop is a heading's or a list's, no story's."""
    text = line.strip()
    if not above or not below or text in office_heads or text[:4] == "The ":
        return None
    if ":" in text:
        return None  # "Source: National Weather Service": a labelled line, read by its label
    if not (is_institution(text) or (text.isupper() and is_public_body(text))):
        return None
    if not _SENTENCE_STOP_END.search(above.rstrip()) or below[:1].islower():
        return None
    if crossheaded and not opens_on_depiction(below):
        # "What happened" / ... / "Lincoln Police Department": a page that heads its sections
        # with short lines heads one with an office's name; over "A diagram shows ..." it is
        # the diagram's credit still
        return None
    if _heads_paragraph_on_it(text, below) or _OFFICE_HEAD_SPEAKS.match(below.strip()):
        # "Milford Fire Department" / "Fire Chief Tom Hardy said ...": the section of its
        # chief's or spokesman's words, under its crosshead
        return None
    return Credit(text, None, None)


# A paragraph that opens on an office's chief or its spokesman.
_OFFICE_HEAD_SPEAKS = re.compile(
    r"(?:(?:Fire|Police|Deputy|Assistant|Interim|Acting)\s+)?"
    r"(?:Chief|Sheriff|Undersheriff|Marshal|Commissioner|Superintendent|Col\.|Capt\.|Lt\.|Sgt\.)\s"
    r"|(?:An?|The)\s+(?:\w+\s+)?spokes(?:man|woman|person)\b"
)


def _story_crossheads(lines: list[str], start: int, end: int) -> int:
    """How many short lines stand alone between the story's paragraphs with no stop, no
    credit, no office ("What happened", "What's next"): a page that heads its sections so
    heads one about an office with its name too ("Lincoln Police Department")."""
    count = 0
    end = min(end, len(lines))
    for at in range(max(start, 1), end - 1):
        text = lines[at].strip()
        if (
            not text
            or lines[at - 1].strip()
            or lines[at + 1].strip()
            or len(text.split()) > 5
            or not text[:1].isupper()
            or text[-1] in '.!?,;:"”’)'
            or is_institution(text)
            or find_credit(text)
        ):
            continue
        count += 1
    return count


def _heads_paragraph_on_it(office: str, below: str | None) -> bool:
    """ "Hadley Police Department" / "The Hadley Police Department would lose one officer
    ...": an office named alone over a paragraph that opens on it again, as the one who acts,
    is the crosshead of a section about it (a caption shows: "Officers from the Marysville
    Police Department unload ..." under its office's credit)."""
    if below is None:
        return False
    return below.strip().casefold().removeprefix("the ").startswith(office.strip().casefold())


def _office_crosshead(lines: list[str], no: int, end: int) -> bool:
    """Line `no` is an office alone over the next paragraph of the story (before line `end`)
    that names it again: a section's crosshead (_heads_paragraph_on_it), no credit."""
    text = lines[no].strip()
    if len(text) > 60 or not is_institution(text):
        return False
    below = next((lines[j] for j in range(no + 1, min(end, no + 4)) if lines[j]), None)
    return _heads_paragraph_on_it(text, below)


# A story's paragraph ends on a sentence's stop, perhaps inside a closing quote.
_SENTENCE_STOP_END = re.compile(r"[.!?][\"”’)]?$")


def _credits_under_captions(lines: list[str], start: int, end: int) -> bool:
    """Whether the page credits a photo on the line under its caption's sentence with a picture
    agency alone ("NYPD officers patrol the station." / "Getty Images"), inside the story."""
    for i in range(start, min(end, len(lines) - 1)):
        if not lines[i]:
            continue
        # the line under it, past the blank lines a copy sets between all its paragraphs
        j = i + 1
        while j < min(i + 3, len(lines) - 1) and not lines[j]:
            j += 1
        below = lines[j]
        if below and len(below) <= _CREDIT_LINE_CHARS and _caption_sentence(lines[i]):
            found = credit_under_caption(lines[i], below)
            if found is not None and found.agency and found.credit == below.strip():
                return True
    return False


# A teaser's label and its colon opening a line ("Read also: ", "ALSO READ: ").
_TEASER_OPENING = re.compile(r"^[A-Za-z][\w' ’]{2,30}:\s+\S")


def _teaser_link_line(line: str) -> bool:
    """The line is a teaser's label and another story's headline after its colon ("Read
    also: Danube ports brace for another record season", perhaps with its picture's credit
    in brackets): a headline ends in no sentence's stop, so a paragraph opening with such
    words ("Related: the ministry said ...") is not one."""
    if _TEASER_OPENING.match(line) is None or not teaser_label(line):
        return False
    title = re.sub(r"\s*\([^()]*\)$", "", line.split(":", 1)[1].strip())
    return bool(title) and title[-1:] not in ".!?" and len(title.split()) <= _TEASER_WORDS


# A linked headline after a teaser's label has at most this many words.
_TEASER_WORDS = 25


def _header_credit_under_caption(roles: list[LineRole]) -> bool:
    """Whether the header over the story credits its photo so (_credits_under_captions): a
    caption's sentence, then on the next line of text its credit alone naming an agency or
    an outlet ("Jane Roe / The National"), as the lead picture of a reader view's copy."""
    for above, below in zip(roles, roles[1:], strict=False):
        if above.role != "caption" or below.role != "credit" or not _caption_sentence(above.text):
            continue
        found = credit_under_caption(above.text, below.text)
        if found is not None and found.agency and found.credit == below.text.strip():
            return True
    return False


def _header_credit_over_caption(roles: list[LineRole]) -> bool:
    """Whether the header over the story prints its photo's credit first: a credit's line,
    then on the next line of text the caption under it ("Getty Images" / "The ferry was
    withdrawn on Friday"), as the BBC's pages print every picture's."""
    return any(
        above.role == "credit"
        and below.role == "caption"
        and credit_over_caption(above.text, below.text) is not None
        for above, below in zip(roles, roles[1:], strict=False)
    )


def _name_over_stopless_caption(line: str, caption: str, credits_first: bool) -> Credit | None:
    """On a page whose header prints its photo's credit over the caption (`credits_first`,
    _header_credit_over_caption), a photographer's name alone in the story over a caption
    with no stop ("Iain MacRae" / "A fallen tree blocked the road near Garve"): the next
    picture's credit, printed first as the header's is (the BBC's pages). A name over a line
    with its stop, a paragraph's, may be a crosshead, and is left alone."""
    if not credits_first or not caption_under_credit(caption) or not caption[:1].isupper():
        return None
    if _writer_role_under(line, caption):
        return None  # "Chris Mason" / "Political editor, BBC News": an analysis box's writer
    return credit_over_caption(line, caption, in_header=True, name_alone=True, stopless=True)


# A writer's role or title: the line under an analysis box's writer ("Political editor, BBC
# News", "Middle East correspondent, reporting from Jerusalem").
_WRITER_ROLE_WORD = re.compile(
    r"\b(?i:editor|correspondent|reporter|columnist|writer|analyst|presenter|producer"
    r"|commentator|journalist|reporting\s+from)\b"
)


def _writer_role_under(line: str, caption: str) -> bool:
    """The line under a name alone reads as the writer's role or title (see _WRITER_ROLE_WORD),
    or the two read as one name and title (name_and_title): a writer, no photo's credit."""
    return (
        _WRITER_ROLE_WORD.search(caption) is not None
        or name_and_title(f"{line.strip()} {caption.strip()}") is not None
    )


def _name_under_caption_sentence(
    line: str, below: str, lines: list[str], below_at: int
) -> Credit | None:
    """On a page that credits so (_credits_under_captions): a name alone under a caption's
    sentence, the story's prose going on under it, longer than the caption. The name is a
    person's ("Jane Roe"), an agency, or an organisation's with its initials ("NYC Transit");
    a crosshead ("The Road Ahead") is none of them."""
    text = below.strip()
    words = text.split()
    if not _caption_sentence(line) or not 1 <= len(words) <= _CREDIT_LINE_WORDS:
        return None
    if line.rstrip().rstrip("\"”’'").endswith("?"):
        return None  # "What did you eat growing up?" / "Jane Roe": a Q&A's answerer, named
    if credit_under_caption(line, text) is not None or is_credit_line(text):
        return None  # "Getty Images", "Jane Roe, The Post": read as credits in their own right
    if len(text) > _CREDIT_LINE_CHARS or ends_caption(text) or not text[:1].isupper():
        return None
    if any(ch.isdigit() for ch in text):
        return None
    after = [k for k in range(below_at + 1, len(lines)) if lines[k]][:2]
    nxt = lines[after[0]] if after else ""
    if (len(nxt.split()) <= len(line.split()) or not ends_caption(nxt)) and not (
        # "The village sits at the end of a lagoon." / "Jane Roe" / "Trail to the cliff." /
        # "Getty": the next photo's caption and its credit under the name (a page of
        # pictures one after another), no crosshead's paragraph
        len(after) == 2
        and text.split()[0].lower() not in _PLACE_NAME_WORDS
        and _another_caption_under(nxt, lines[after[1]])
    ):
        return None  # the story's paragraph goes on under the credit, longer than a caption
    person = len(words) >= 2 and name_list(text) == [text]
    # "NYC Transit", "NYPD": an organisation's initials (a crosshead is no initials)
    initials = any(w.isupper() and w.isalpha() and len(w) >= 2 for w in words) and (
        len(words) >= 2 or len(text) >= 3
    )
    if not (person or initials or is_agency(text) or _wire_as_word(text)):
        return None
    return Credit(text, text if person else None, None if person else text)


# A place's first word: "Lake Bled", "Mount Triglav" over the next photo's caption are a
# listicle's subheads, no photographer's names.
_PLACE_NAME_WORDS = frozenset(
    "lake mount mt river beach island isle park cape bay port fort glen loch lago monte"
    " valley old new north south east west san santa st saint".split()
)


def _another_caption_under(line: str, below: str) -> bool:
    """`line` and `below` are the next photo's caption and its credit in its own right
    ("Trail to the cliff above the lake." / "Getty", "... harbour. / Jane Roe/AFP"): a
    caption's sentence over a credit line or a picture agency's name alone."""
    text = below.strip()
    return (
        _caption_sentence(line)
        and len(text) <= _CREDIT_LINE_CHARS
        and (is_credit_line(text) or credit_under_caption(line, text) is not None)
    )


# News agencies' initials that are English words as well ("Spa", "Map", "Tap", "Trend"),
# or given names and places ("Petra", Jordan's agency and its rose-red city; "Mia", "Sana",
# "Ana", "Hina"), which a one-word crosshead or label may print: no evidence of the agency
# in title case.
_WIRES_AS_WORDS = frozenset(
    "spa map tap app beta trend ins up pap nan "
    "ana mia sana petra lana leta hina amna ria mena".split()
)


def _wire_as_word(text: str) -> bool:
    """`Wam`, `Kuna`, `Qna`: a national news agency's initials printed as a word in title
    case, as the Gulf's English-language papers credit the agency's pictures (The National's
    "Wam" under a caption); one word of three to five letters the wires' list holds."""
    return (
        text.isalpha()
        and 3 <= len(text) <= 5
        and text.istitle()
        and text.lower() in WIRE_SOURCES
        and text.lower() not in _WIRES_AS_WORDS
    )


def _agency_alone(text: str) -> bool:
    """The line is an agency's name alone ("Wam", "Getty Images"), no person's nor initials
    that a crosshead could be."""
    text = text.strip()
    return is_agency(text) or _wire_as_word(text)


def _caption_after_soft_heading(line: str, lines: list[str], j: int) -> bool:
    """ "Read more" over a photo's caption and credit ("... assessments (Getty Images)"): a
    button above the story's picture, not the list of other stories (which has no credits)."""
    if j >= len(lines) or is_terminator(line, "The story goes on."):
        return False  # a hard heading ("More stories") ends the story whatever follows
    return find_credit(lines[j], in_header=True) is not None and len(lines[j].split()) >= 4


# A page's list of the story's tags under it: "Tags / Keywords: Labour , Courts", "Topics:".
_TAGS_LINE = re.compile(r"^(?i:tags?|keywords?|topics?)(?:\s*/\s*(?i:tags?|keywords?))?\s*:")


def _last_sentence_line(
    lines: list[str], chrome: list[bool], raw_lines: list[str] | None = None
) -> int:
    """The story's last line of four words or more (a stray "(photo)" or a desk's initials
    may follow it, and the page's tag list: "Tags / Keywords: Labour , Courts"): where an
    agency signs off its copy. A printed story that goes on on another page ("Continued on
    P6" under its last line here) is signed off there: no line is (len(lines))."""
    from archiver.extract.captures import is_jump_line

    i = len(lines)
    # "This report is auto-generated from ANI news service. ThePrint holds no responsibility
    # for its content.": the carrying site's note closes the wire's copy; what the page sets
    # under it (its appeal for readers' support, its comments, its popular stories) is no
    # sentence of the story, which the agency signs above the note
    note = next(
        (j for j in range(len(lines) - 1, -1, -1) if _SYNDICATION_NOTE.match(lines[j])), None
    )
    if note is not None and any(
        lines[j] and not chrome[j] and len(lines[j].split()) >= 4 for j in range(note)
    ):
        i = note
    while i > 0:
        i -= 1
        # the jump line as written (a capture may have read it as its own furniture)
        written = raw_lines[i] if raw_lines is not None and i < len(raw_lines) else lines[i]
        if written.strip() and is_jump_line(written):
            return len(lines)
        if lines[i] and not chrome[i] and len(lines[i].split()) >= 4:
            if _SYNDICATION_NOTE.match(lines[i]) or is_page_timestamp(lines[i]):
                # "(This story has not been edited by NDTV staff and is published from a
                # syndicated feed.)": the carrying site's note under the wire's copy, whose
                # last paragraph ("... last year. (ANI)") is the one the agency signs; the
                # page's stamp under them ("First Published: Jul 19 2023 | 2:32 PM IST",
                # Business Standard's foot) is no sentence of the story
                continue
            if (
                _TAGS_LINE.match(lines[i])
                or _PICTURE_CREDITED.search(lines[i][-_LABEL_WINDOW:])
                or is_caps_desk_credit(lines[i])
                # "Foreign Minister Jane Roe (R) shakes hands with ... (Kyodo)": a caption,
                # its people placed in brackets, set after the story
                or (
                    CAPTION_POSITION.search(lines[i][:CAPTION_POSITION_REACH])
                    and find_credit(lines[i]) is not None
                )
                # "Banner image: A rhino calf ... Image courtesy of the Ministry.": the lead
                # picture's caption, labelled with its slot on the page, set after the story
                # (Mongabay's, and blogs' "Featured image:"), its credit in it
                or (_PICTURE_SLOT_LABEL.match(lines[i]) and find_credit(lines[i]) is not None)
            ):
                # a photo set after the story ("FILE PHOTO: ... (PNA photo by Jane Roe)"):
                # its caption says it credits a picture, and the sign-off is above it (a
                # feed's credit alone: "BELGA PHOTO JANE ROE")
                continue
            return i
    return -1


# The label that names a caption's picture by its slot on the page: "Banner image:", "Top
# photo:", "Featured image:", "Header image:".
_PICTURE_SLOT_LABEL = re.compile(
    r"^(?i:banner|top|header|featured|lead|main|cover|hero)\s+(?i:image|photo|picture)\s*:\s*\S"
)


# The note a site that carries a wire's feed prints in brackets under each story ("(Except for
# the headline, this story has not been edited by Outlook staff ...)", "(This is an unverified
# and unedited news feed from ANI, ...)", "(... auto-generated from a syndicated feed.)").
_SYNDICATION_NOTE = re.compile(
    r"^\((?=.*\b(?i:syndicated\s+feed|(?:unverified|unedited)\b.{0,30}\bfeed|has\s+not\s+been"
    r"\s+edited\s+by|auto-?generated)\b).{20,300}\)\.?$"
    # without its brackets, the note says what it is of from its first words ("This report is
    # auto-generated from ANI news service.", ThePrint's)
    r"|^(?i:this\s+(?:story|report|article|copy)\s+(?:has\s+not\s+been\s+edited\s+by|is\s+"
    r"auto-?generated\s+from|is\s+published\s+from\s+a\s+syndicated))\b.{10,300}$"
)


# A credit in the brackets that close a line, which names a picture ("(PNA photo by Jane
# Roe)", "(Xinhua photo)", "[Photo: Jane Roe]"): a caption's, never an agency's sign-off.
_PICTURE_CREDITED = re.compile(
    r"[(\[][^()\[\]]*\b(?i:photo|picture|pic|image|foto)s?\b[^()\[\]]*[)\]]\s*\.?$"
)


# A caption that opens with its own dateline stands among the story's first lines, a sentence
# or two long; the story's dateline paragraph follows within a few lines and is longer.
_DATED_CAPTION_LINES = 6
_DATED_CAPTION_WORDS = 30


def _dated_caption(lines: list[str], no: int, reference_date: dt.date | None) -> bool:
    """Whether line `no` is a photo's caption that opens with a dateline ("Kolkata: Rescuers at
    the site on Tuesday. (PTI)"): short, ending in a credit after a dash or in brackets (as
    no story's first paragraph does), with a longer dateline paragraph a few lines below."""
    line = lines[no]
    if len(line.split()) > _DATED_CAPTION_WORDS:
        return False
    if match_dateline(line, reference_date) is None and not opens_with_capitals_colon(line):
        return False  # ("RAJANPUR: ...": a place in capitals the gazetteer does not know)
    found = _dated_caption_credit(line)
    if found is None:
        return False
    text = line.rstrip()
    at = text.rfind(found.credit)
    if not (text.endswith(")") or (at > 0 and text[:at].rstrip().endswith(("—", "–", " -")))):
        return False
    return any(
        len(lines[j].split()) > _DATED_CAPTION_WORDS and match_dateline(lines[j], reference_date)
        for j in range(no + 1, min(len(lines), no + 2 * _DATED_CAPTION_LINES))
    )


def _dated_caption_credit(line: str) -> Credit | None:
    """The credit closing a caption that opens with a dateline: the grammar's, or else the
    one to three capitalised words after a dash that follows the caption's stop ("RAJANPUR:
    A flooded field near Fazilpur. — Dawn": the paper's own desk, "— Online", "— INP"),
    which the grammar does not take alone, since a story's sentence may end on a dashed
    name too; a caption with its own dateline over the story's dateline paragraph may."""
    found = find_credit(line, in_header=True)
    if found is not None or (tail := _DASH_BEFORE_TAIL.search(line)) is None:
        return found
    desk = re.sub(r"^[.!?”\"’]\s+[—–-]\s*", "", tail.group()).strip()
    return Credit(desk, None, None) if desk and plain_dated_caption(line, desk) else None


def _only_dateline(lines: list[str], no: int, reference_date: dt.date | None) -> bool:
    """Line `no` opens with a dateline and none of the few lines below it does."""
    if match_dateline(lines[no], reference_date) is None:
        return False
    return not any(
        match_dateline(lines[j], reference_date)
        for j in range(no + 1, min(len(lines), no + 2 * _DATED_CAPTION_LINES))
    )


def _heads_a_capitals_block(block: list[tuple[str, int]], k: int) -> bool:
    """Line `k` of the block is in capitals and the line under it is a short capitals line with
    no full stop ("FURNACE BLAST" over "KILLS 4 AT MILL;"): the first line of a headline set in
    a narrow column, whose words may read as a name in capitals, never a photographer's credit
    (a credit stands under its caption, with a caption's or the story's sentence below it)."""
    if k + 1 >= len(block):
        return False
    line, below = block[k][0].strip(), block[k + 1][0].strip()
    return (
        line.isupper()
        and below.isupper()
        and len(below.split()) <= 6
        and not below.endswith(".")
        and not below.startswith("(")
    )


def _label_over_credit(block: list[tuple[str, int]], k: int) -> bool:
    """Line `k` of the block is a picture's label alone ("File photo", "Image copyright") and
    the line under it is a credit line: the two go together, whatever stands above."""
    return (
        k + 1 < len(block)
        and is_label_alone(block[k][0])
        and (is_credit_line(block[k + 1][0]) or find_credit(block[k + 1][0]) is not None)
    )


def _bracketed_photographer_agency(line: str, credit: Credit, byline: Byline | None) -> bool:
    """The line closes on "(Person/Agency)": the credit names a photographer and, after the
    slash, a known agency, in the brackets that end the line ("(Thomas Frey/dpa)"), and the
    photographer is not the byline's writer (under "By Thomas Frey" the writer signs off)."""
    return (
        credit.photographer is not None
        and not _writer_signs(credit.photographer, byline)
        and credit.agency is not None
        and is_agency(credit.agency)
        and line.rstrip().endswith(f"({credit.credit})")
        and credit.credit.count("/") == 1
    )


def _own_staff_story(byline: Byline | None, wire: str | None) -> bool:
    """The story is the paper's own: a byline names a person and the dateline names no wire
    ("KARACHI:" under "Imran Ayub"), so a wire's name after a dash closing its last line
    credits a picture the wire took rather than signing the copy off."""
    return byline is not None and bool(byline.names) and wire is None


# A connective opening a story's paragraph, no caption's ("Separately, ...", "Meanwhile ...",
# "In neighbouring India, ..."), or any opening phrase of a few words closed by a comma.
_STORY_CONNECTIVE = re.compile(
    r"(?:Separately|Meanwhile|Elsewhere|Also|However|Earlier|Later|Moreover|Besides|"
    r"Additionally|Similarly|Likewise|Furthermore|Instead|Still|Yet|But|And|So)\b"
    r"|(?:[^\s,]+\s+){0,4}[^\s,]+,\s"
)
# A caption's words at most when it closes a staff story on a wire's name.
_LAST_CAPTION_WORDS = 12


def _reads_as_caption_alone(line: str) -> bool:
    """The story's last line, "... . — AGENCY", reads as a picture's caption rather than a
    wire's paragraph: a short single sentence ("Families walk past the restored marble
    pavilion. — Reuters") opening with no connective nor a phrase set off by a comma
    ("Separately, the ministry extended ...", "In neighbouring India, Delhi recorded ...")
    and with no reporting verb."""
    text = " ".join(line.split())
    tail = _DASH_BEFORE_TAIL.search(text)
    caption = text[: tail.start() + 1] if tail is not None else text
    return (
        len(caption.split()) <= _LAST_CAPTION_WORDS
        and _STORY_CONNECTIVE.match(caption) is None
        and _LAST_REPORTED.search(caption) is None
        and INNER_SENTENCE.search(caption) is None
    )


_LAST_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|added|adds|reported|reports|announced|announces|according)\b",
    re.IGNORECASE,
)


def _writer_signs(credit: str, byline: Byline | None) -> bool:
    """The credit ending a paragraph is the byline's own writer ("... in generation. (Nirmala
    Ekanayake)" under "BY NIRMALA EKANAYAKE"): the writer signing the story off, as South
    Asian and East African papers print it at the foot, not a photo's credit."""
    if byline is None or not byline.names:
        return False
    key = " ".join(credit.split()).casefold()
    return any(" ".join(n.split()).casefold() == key for n in byline.names)


def _bracketed_writer_caption(line: str, found: Credit) -> bool:
    """The line is a caption whose credit, the writer's name, closes it in brackets after a
    sentence's stop ("... during the parade. (Jane Roe)"): a dash's or a bare name's sign-off
    ("... on Monday. – Jane Roe") has no brackets. The caption opens on its first word in
    capitals, as Philippine papers print their pictures' ("JOGGERS return ...", "FLOATS of
    flowers ..."): a story's paragraph the writer signs off, a quote among them ("... said
    farmer Jane Roe. (Jane Roe)"), opens in mixed case."""
    text = line.rstrip()
    return (
        text.endswith(f"({found.credit})")
        and text[: -len(found.credit) - 2].rstrip().endswith((".", "!", "?"))
        and _CAPTION_CAPS_WORD.match(text) is not None
        and not any(q in text for q in '"“”')
    )


# A caption's first word in capitals, then its words in lower case: "JOGGERS return ...".
_CAPTION_CAPS_WORD = re.compile(r"[A-Z]{3,}\s+[a-z]")


def _story_sentence_below(lines: list[str], chrome: list[bool], no: int) -> bool:
    """A line of the story under line `no` is a sentence closed by its stop: the story goes
    on below it (a page's call or its links under the story close no sentence)."""
    return any(
        lines[j]
        and not chrome[j]
        and len(lines[j].split()) >= _BELOW_SENTENCE_WORDS
        and lines[j].rstrip().endswith((".", "!", "?", '."', ".”"))
        and _NOTE_OR_CALL.match(lines[j].lstrip()) is None
        for j in range(no + 1, len(lines))
    )


# A note or a call under a story, none of its paragraphs: "Editor's note: ...", "This story
# was produced with support from ...", "Follow Panay News on Facebook ...".
_NOTE_OR_CALL = re.compile(
    r"(?i:editor['’]?s\s+note|note:|this\s+(?:story|article|report)\s+(?:was|is|has)|"
    r"(?:follow|read|subscribe|like|join|sign\s+up|download|watch|listen|click|visit|"
    r"for\s+more)\b)"
)
# The fewest words of the story's sentence that _story_sentence_below finds under a line.
_BELOW_SENTENCE_WORDS = 4


def _story_ends_at(lines: list[str], chrome: list[bool], no: int) -> bool:
    """Line `no` is the story's last: the page's furniture or nothing under it (a caption
    between two paragraphs has the story's text under it)."""
    below = next((j for j in range(no + 1, len(lines)) if lines[j]), None)
    return below is None or chrome[below]


def _writer_signs_off(line: str, byline: Byline | None) -> bool:
    """The paragraph ends in the dash that signs the story off with the byline's own writer
    ("The claim is false. – Jane Roe/Rappler.com" under "Jane Roe"), though a photographer's
    credit reads the same: the writer's sign-off, not a photo's credit."""
    if byline is None or not byline.names or (signed := run_in_signoff(line)) is None:
        return False
    writers = {" ".join(n.split()).casefold() for n in byline.names}
    return any(" ".join(n.split()).casefold() in writers for n in signed.names)


# A caption's words at most (a story's paragraph may end in its agency's name too).
_CAPTION_WORDS_AT_MOST = 40


def _agency_again_under_credit(lines: list[str], no: int, name: str) -> bool:
    """Line `no`, an agency alone in brackets ("(PA Wire)"), is the next paragraph under a
    caption that credited its photo to the same agency ("... (Lucy North/PA)"): the page's
    note of the copy's source (The Independent's pages print the agency's service under the
    lead picture), no second photo's credit."""
    above = next((j for j in range(no - 1, -1, -1) if lines[j]), -1)
    if above < 0 or len(lines[above].split()) > _CAPTION_WORDS_AT_MOST:
        return False
    found = find_credit(lines[above], in_header=True)
    if found is None:
        return False
    parts = {p.strip().casefold() for p in re.split(r"[/,|]", found.credit) if p.strip()}
    head = name.split()[0].casefold()
    return head in parts or name.casefold() in parts


def _foot_desk_signoff(lines: list[str], chrome: list[bool], no: int) -> bool:
    """ "WAM/Jane Roe" alone on its line at the story's foot: a wire's name, a slash, its
    editor, right under a paragraph of prose with only buttons below it (a photo's credit
    alone stands by a caption or among the story's paragraphs)."""
    line = lines[no]
    head = line.split("/")[0].strip()
    if "/" not in line or not is_wire_source(head) or not is_credit_line(line):
        return False
    above = next((lines[j] for j in range(no - 1, -1, -1) if lines[j]), "")
    if len(above.split()) < _PREFACE_MAX_WORDS // 2 or not above.rstrip().endswith("."):
        return False  # under a caption or a short line: the photo's credit
    parts = [p.strip() for p in line.split("/")]
    if sum(is_wire_source(p) for p in parts) >= 2 and not any(
        len(p.split()) >= 2
        and name_list(p) == [p]
        and not is_wire_source(p)
        and not p.startswith("The ")
        for p in parts
    ):
        # "AFP/TT/The Local" under the story's last paragraph: the wires that carried the copy
        # and the site that ran it (a photo's credit names its photographer or a picture desk)
        return True
    return all(
        not lines[j] or chrome[j] or len(lines[j].split()) < 4 for j in range(no + 1, len(lines))
    )


def _writer_named(byline: Byline | None, line: str) -> bool:
    """The line is one of the byline's writers' names, alone (in any case)."""
    if byline is None:
        return False
    key = " ".join(line.split()).casefold()
    return any(" ".join(name.split()).casefold() == key for name in byline.names)


def _writer_with_paper(byline: Byline | None, line: str) -> bool:
    """The line is one of the byline's writers' names, then the paper with no mark between
    them ("Jane Roe Special to the Courier", "Jane Roe The Fresno Bee"): under the story's
    last paragraph the writer signs it so, where under a caption amid the story the same
    shape credits the photographer (credit_under_caption)."""
    if byline is None:
        return False
    text = " ".join(line.split()).casefold()
    return any(
        text.startswith(f"{' '.join(name.split()).casefold()} the ")
        or text.startswith(f"{' '.join(name.split()).casefold()} special to the ")
        for name in byline.names
    )


def _next_text(lines: list[str], no: int) -> list[tuple[str, int]]:
    """The first line of text under line `no`, as (text, line number), if any."""
    at = next((j for j in range(no + 1, len(lines)) if lines[j]), None)
    return [] if at is None else [(lines[at], at)]


# A picture's label the BBC prints over its caption ("Image source: Getty Images" over "Image
# caption: Sandbags line a street"), or the caption's own label: a credit of the caption
# below it, none of a sentence above.
_CREDIT_FIRST_LABEL = re.compile(
    r"(?i:image\s+(?:source|copyright|caption)\b|(?:photo\s+)?caption\s*:)"
)


_ALL_RIGHTS = re.compile(r"^\W*all rights reserved\b", re.IGNORECASE)


# A caption printed twice has at least this many characters each time.
_REPEATED_CAPTION = 20


def _repeated_captions(lines: list[str]) -> list[int]:
    """The lines that print a photo's caption again, which a copied page holds besides the
    caption itself: the image's alt text and its caption glued on one line ("Police were
    called to the woods.Police were called to the woods." over "... | National World"), or
    the caption repeated under its credit ("caption." / "JANE ROE/STUFF" / "caption."). The
    caption with its credit stays; the copies are the page's furniture."""
    out: list[int] = []
    for k, line in enumerate(lines):
        half = len(line) // 2
        if (
            half >= _REPEATED_CAPTION
            and len(line) % 2 == 0
            and line[:half] == line[half:]
            and k + 1 < len(lines)
            and lines[k + 1].startswith(line[:half])
        ):
            out.append(k)  # the glued copy, over the caption with its credit
        elif (
            k >= 2
            and len(line) >= _REPEATED_CAPTION
            and lines[k - 2] == line
            and lines[k - 1]
            and is_credit_line(lines[k - 1])
        ):
            out.append(k)  # the caption again, under its credit
    return out


def _rights_notice(block: list[tuple[str, int]], k: int, last_text: int) -> bool:
    """The k-th line of the block is the page's own copyright notice: a rights mark before a
    name, over the notice's "All rights reserved" (a photo's credit has none under it), or
    closing the page with a name that is no agency's ("© The Valley Herald Company"). With no
    blank line between the story's last paragraph and the notice, the paragraph is no
    caption of it."""
    line, no = block[k]
    if not is_rights_signoff(line):
        return False
    if k + 1 < len(block) and _ALL_RIGHTS.match(block[k + 1][0]) is not None:
        return True
    if no != last_text:
        return False
    m = _RIGHTS_NAME.match(" ".join(line.split()))
    return m is not None and not is_wire_source(m.group("name"))


# The name a rights notice gives: "Copyright © Harbour Tribune", "(c) The Paper Company".
_RIGHTS_NAME = re.compile(
    r"^\(?\s*(?:©|\((?i:c)\)|(?i:copyright))\s*©?\s*(?:\d{4}\s+)?(?P<name>[^()©]{2,60}?)"
    r"\s*\)?\.?$"
)


# "- © Fairfax NZ News": a copyright mark and an outlet's name after a dash.
_RIGHTS_SIGNOFF = re.compile(
    r"[-–—]\s*©\s*(?:\d{4}\s+)?(?P<outlet>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,4})"
)


def _rights_signoff(line: str) -> bool:
    """ "- © Fairfax NZ News" as a paragraph of its own under the story: the outlet's copyright
    notice set off by a dash as a sign-off is (stuff.co.nz's and other Fairfax pages' foot),
    the story's rights, no picture's credit (a dash before a credit's mark joins it to the
    caption it closes, on the same line or the one under it: under it in the caption's block,
    never first in a block of its own)."""
    from archiver.extract.masthead import is_masthead

    found = _RIGHTS_SIGNOFF.fullmatch(line.strip())
    return found is not None and is_masthead(found["outlet"])


def _own_rights_notice(line: str, site_name: str | None) -> bool:
    """ "Copyright NBC Chicago" on the page of "NBC Chicago": the site's notice of its own
    rights, naming the page's own name (its first line), never a picture's credit, whatever the
    name looks like (a station's network and city read as a person's name)."""
    if site_name is None or line[:1] not in "©(Cc":
        return False
    holder = rights_holder(line)
    if holder is None:
        return False
    site = " ".join(site_name.split()).casefold()
    if holder.casefold() == site:
        return True
    # "Copyright NBC Chicago" on the page of "NBC 5 Chicago": a station's brand names itself
    # with or without its channel's number
    return _without_channel(holder.casefold()) == _without_channel(site)


def _without_channel(name: str) -> str:
    """A station's brand without its channel's number standing as a word ("nbc 5 chicago")."""
    return " ".join(word for word in name.split() if not (word.isdigit() and len(word) <= 2))


def _same_agency_noted(line: str, photos: Iterable[Photo]) -> bool:
    """The copyright notice `line` names an agency a photo's credit named already ("(c)
    Agencia EFE" after "EFE/Jane Roe")."""
    noted = {w.casefold() for w in re.findall(r"[\w&'’-]+", line)}
    return any(
        word.casefold() in noted and (is_agency(word) or is_wire_source(word))
        for photo in photos
        for word in re.findall(r"[A-Z][\w&'’-]+", photo.agency or photo.credit or "")
    )


# The story's first lines of text read for its own dateline's wire ("Bogotá, 3 mar (EFE).-").
_STORY_WIRE_LINES = 8


def _story_wire(lines: list[str], start: int, reference_date: dt.date | None) -> str | None:
    """The agency the story's own dateline names ("EFE" in "Bogotá, 3 mar (EFE).-"), read in
    its first lines of text from `start`; None when its dateline names none."""
    read = 0
    for line in lines[start:]:
        if not line.strip():
            continue
        found = match_dateline(line, reference_date)
        if found is not None and found.dateline.source:
            return found.dateline.source
        read += 1
        if read >= _STORY_WIRE_LINES:
            break
    return None


def _own_wire_notice(lines: list[str], no: int, wire: str | None) -> bool:
    """The rights notice on line `no` ("(c) Agencia EFE", "© dpa") names the wire whose
    dateline opens the story, stands a blank line under a long paragraph of prose, and no
    paragraph of the story's prose stands under it: the copy's own notice at its foot
    (swissinfo's and other sites' close of an EFE story), where a photo's credit would stand
    over more of the story or under its caption's sentence."""
    if wire is None or no < 2:
        return False
    if lines[no - 1].strip() and not blank_lines_part_nothing(lines):
        # (a copy with no blank line anywhere, or one between every two lines, sets its
        # notice apart by nothing: its prose over it and none under it tell it)
        return False
    # a blank line over it, then a long paragraph of prose: "Campesinos de café durante una
    # protesta." over the notice (a short sentence, blank line or none) is a photo's caption
    # and the notice its credit, at the story's foot too
    above = next((line for line in reversed(lines[:no]) if line.strip()), "")
    if len(above.split()) < _PROSE_WORDS or not above.rstrip("”\"’'").endswith((".", "!", "?")):
        return False
    noted = {w.casefold() for w in re.findall(r"[\w&'’-]+", lines[no])}
    if not all(w.casefold() in noted for w in re.findall(r"[\w&'’-]+", wire)):
        return False
    return not any(
        len(below.split()) >= _PROSE_WORDS and below.rstrip("”\"’'").endswith((".", "!", "?"))
        for below in lines[no + 1 :]
    )


def _own_wire_spelt_out(line: str, wire: str | None) -> bool:
    """The line is the story's own wire (the agency its dateline names) spelt out in words,
    alone: "Syrian Arab News Agency" under a "Damascus, SANA-" story, "Qatar News Agency"
    under a "(QNA)" one. National agencies' pages close their copy so."""
    if wire is None or len(wire) < 3:
        return False
    name = line.strip(" -–—.()")
    return len(name.split()) >= 3 and spells_out(name, wire)


def _caption_over_signoff(line: str) -> bool:
    """The line over the wire's spelt-out name reads as a picture's caption, so the name is
    its credit ("Crown Prince ... receives Jordan's Ayman Safadi in Jeddah on Monday." /
    "Saudi Press Agency"): no sentence's stop at its end, or a picture's cue (a caption's
    verb in the present, "(L-R)", "pictured") and no reporting verb ("... said ...")."""
    text = line.strip()
    if not text.endswith((".", "!", "?", '"', "”", "’")):
        return True
    return _LAST_REPORTED.search(text) is None and _PICTURE_CUE.search(text) is not None


# A caption's cue: a verb in the present as captions put it ("receives", "meets", "poses"), a
# picture's words ("pictured", "(L-R)", "file photo").
_PICTURE_CUE = re.compile(
    r"\b(?:receives|meets|greets|visits|inspects|attends|chairs|addresses|poses|pose|shakes"
    r"|shake|holds|hold|speaks|talks|waves|arrives|walks|looks|signs|sign|inaugurates"
    r"|hands|presents|tours|leads|gestures|stands|sits|pictured|photographed)\b"
    r"|\((?i:l-r|r-l|left|right|centre|center)\)|\b(?i:file\s+photo|photo)\b"
)


def _notice_over_labelled_credit(lines: list[str], no: int) -> bool:
    """The rights notice on line `no` ("(©NTB)", "(c) Agencia EFE") stands right over a photo's
    credit under its own label ("Photo: Jane Roe / NTB", "Foto: EFE/Jane Roe"): the picture
    set after the story has its credit there, so the notice over it is the copy's, not the
    picture's (NTB's and EFE's feeds close the story with the notice, then the photo). Only
    when the notice names the agency the credit under it names ("(©NTB)" over "Photo: Jane Roe
    / NTB"): "© AFP" over "Photo: John Doe/AP" credits the picture captioned over it, and the
    labelled credit is the next picture's."""
    below = next((line for line in lines[no + 1 :] if line.strip()), "")
    credit = labelled_credit_alone(below) if below else None
    if credit is None:
        return False
    noted = {w.casefold() for w in re.findall(r"[\w&'’-]+", lines[no])}
    return any(
        word.casefold() in noted and (is_agency(word) or is_wire_source(word))
        for word in re.findall(r"[A-Z][\w&'’-]+", credit.agency or credit.credit)
    )


def _read_as_headline(lines: list[str], at: int, roles: list[LineRole], why: str) -> list[str]:
    """Line `at`, found below the opening, read as the headline: its role noted, and the lines
    again without it (the headline is no paragraph of the story)."""
    roles.append(LineRole(at, lines[at], "headline", (why,)))
    rest = [*lines]
    rest[at] = ""
    return rest


def _next_text_under(lines: list[str], at: int, no: int) -> bool:
    """Line `no` is the next line of text under line `at` (blank lines may stand between;
    `at` is -1 when no line is one)."""
    return 0 <= at < no and not any(lines[j].strip() for j in range(at + 1, no))


def _agency_signoff(line: str, above: str = "") -> bool:
    """ "... aid to the area. EFE", "... he said. (WAFA)": on the story's last sentence line, an
    agency alone after the sentence is the wire's sign-off, not a photo's credit. `above`: the
    paragraph's written lines over the line, in hard-wrapped copy."""
    credit = find_credit(line)
    if (
        credit is None
        or _PICTURE_LABELLED.search(line[-_LABEL_WINDOW:])
        or labelled_credit(line, credit)
    ):
        # "... of India. (Photo: PTI)", "... a long-term vacancy Picture: ALAMY": the label
        # says a picture is credited
        return False
    if _SAYS_PICTURE.match(line):
        return False  # "This file photo shows ... (Yonhap)": the line says it is a caption
    if _BARRED_TAIL_CREDIT.search(line.rstrip()) is not None and line.rstrip().endswith(
        credit.credit
    ):
        # "A hunter patrols near a school on Sunday. | Jiji": a bar sets the credit apart
        # from its caption (The Japan Times' and The Hindu's captions); a wire signs its
        # story after the sentence's stop or in brackets, never after a bar
        return False
    if _DATED_PICTURE.search(f"{above} {line}" if above else line) and not _REPORTED.search(line):
        # "People watch a news report ... in Seoul on March 25, 2024. (Yonhap)": the picture's
        # full date with its year closing the sentence, as the agencies date their captions;
        # a story's last sentence does not end on the year
        return False
    # the last sentence of the line's block (the paragraphs over it run on with no blank line
    # between in some copies): the whole line, no sentence of the line's own before it
    whole = f"{above} {line}" if above else line
    breaks = [m.end() - 1 for m in _SENTENCE_INSIDE.finditer(whole)]
    sentence = whole[breaks[-1] :] if breaks else whole
    if (
        len(sentence) >= len(line.strip())
        and _DATED_PICTURE_MONTH.search(sentence)
        and not _REPORTED.search(sentence)
        and not _TOLD_IN_PAST.search(_BEING_SHOWN.sub(" ", sentence))
    ):
        # "A coast guard vessel sails near the Senkaku Islands ... in July 2020. (Kyodo)": a
        # file picture's caption of one sentence, dated by its month and year
        return False
    if (
        is_picture_library(credit.credit)
        and not is_wire_source(credit.credit)
        # "... and is being held without bond. (iStock)": a story's sentence, telling or
        # reporting, is no caption however its picture is credited
        and not _REPORTED.search(sentence)
    ):
        # "... police vehicle. (Shutterstock)": a stock library licenses pictures and never
        # writes a story, so its name after the last sentence credits a picture, no sign-off
        return False
    if _PICTURE_MARK.search(line):
        # "[photo] His Highness the Amir (file photo) KUNA": a text browser's picture marker
        # opening the line, or the caption's own "(file photo)", says it is a caption
        return False
    if _RUN_INTO_BRACKETED.search(f"{above} {line}" if above else line):
        # "... destroyed in the 2020 explosion [Reuters]": the caption's words run straight
        # into the bracketed agency with no stop (Al Jazeera's and other pages' captions); a
        # wire signs its story off after the last sentence's stop
        return False
    return credit.photographer is None and credit.credit == credit.agency


# A word, then the credit in square brackets closing the line with no sentence's stop between
# (Al Jazeera's captions; a wire's own sign-off after its last words is in round brackets,
# "... the same period of 2023 (Xinhua)").
_RUN_INTO_BRACKETED = re.compile(r"[^\W_]\s*\[[^\[\]()]{2,40}\]\s*$")


# A header's "By" line ("By Peter Moss", "by Agencies").
_BY_LINE_OPENING = re.compile(r"(?i:by)\s+[A-Z]")


# A caption's sentence, a bar, then its credit: "... on Sunday. | Jiji".
_BARRED_TAIL_CREDIT = re.compile(r"[.!?\"”’]\s+\|\s+\S[^|]{0,60}$")


# "... before the suspension is lifted. —VBL, GMA Integrated News": the desk editor's initials
# and the outlet after a dash closing the story's last sentence (GMA's and others' sign-off);
# initials name no photographer and the dash follows a sentence's stop.
_DESK_INITIALS_SIGNOFF = re.compile(
    r"[.!?\"”’]\s*[—–-]\s*[A-Z]{2,5}(?:/[A-Z]{2,5})?,\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}$"
)


# "(JMU/PIA Ilocos Norte)", "(ABC/PNA)": the writer's initials, then the agency and its office,
# in brackets on the story's last line (the Philippine News Agency's and the PIA's sign-off).
_INITIALS_OVER_AGENCY = re.compile(
    r"^\(\s*(?P<initials>[A-Z]{2,5})\s*/\s*(?P<agency>[A-Z][\w&.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}\s*\)$"
)


def _initials_signoff(line: str, source: str | None) -> bool:
    """The story's last line is its writer's initials and agency in brackets, no credit: the
    initials are no agency's, the word after the slash is one, or the story's own source as
    its dateline names it ("LAOAG CITY, April 8 (PIA) --"); a credit names the agency first
    ("(AP Photo/Jane Roe)", "(EPA/JMU)")."""
    m = _INITIALS_OVER_AGENCY.match(line)
    return (
        m is not None
        and not is_wire_source(m["initials"])
        and (is_wire_source(m["agency"]) or (source or "").casefold() == m["agency"].casefold())
    )


def _desk_initials_signoff(line: str) -> bool:
    """The story's last line ends in its desk's sign-off (_DESK_INITIALS_SIGNOFF) after a
    sentence of its own (a caption of a few words is left to the credit rules)."""
    return len(line.split()) >= 12 and _DESK_INITIALS_SIGNOFF.search(line[-80:]) is not None


# A caption's opening words that say a picture is described: "This file photo shows ...", "In
# this photo taken on ...", "A view of ...", "Photo shows ..." (Yonhap's, Xinhua's, AP's).
_SAYS_PICTURE = re.compile(
    r"(?i:(?:in\s+)?(?:this|the|a)\s+(?:file\s+|undated\s+|handout\s+|aerial\s+)*"
    r"(?:photo|picture|image|photograph|screenshot)\b(?:\s+\w+){0,3}?\s+(?:shows?|taken|made|released|provided)\b"
    r"|(?:a\s+)?(?:general\s+|aerial\s+)?view\s+of\b|(?:file\s+)?photo\s+(?:shows|taken)\b)"
)
_MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "in Seoul", "at Seoul Station shows a news report on the launch", "through Niseko", "near the
# Senkaku Islands": the picture's place, then (perhaps after what it shows) its full date and
# year, as the agencies date their captions
_PICTURE_PLACE = r"\b(?:in|at|near|off|through|outside)\s+(?:the\s+)?[A-Z][\w'’ ,-]{1,80}?,?\s+"
_PICTURE_PLACE_AND_DATE = (
    _PICTURE_PLACE + r"(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_MONTH_WORD}\s+\d{{1,2}},\s+|\d{{1,2}}\s+{_MONTH_WORD}\s+)(?:19|20)\d\d[.!]?"
)
# "... in Seoul on March 25, 2024. (Yonhap)", "... in Washington, Tuesday, March 5, 2024.
# (AP)": where the picture was taken, then its full date and year, then the agency
_DATED_PICTURE = re.compile(_PICTURE_PLACE_AND_DATE + r"\s*[(\[][^()\[\]]{2,40}[)\]]\s*$")
# "A coast guard vessel sails near the Senkaku Islands in the East China Sea in July 2020.
# (Kyodo)": a file picture's place and its month and year alone (Kyodo's captions), read as a
# caption only when the line is that one sentence (a story's paragraph that ends on a month
# and year runs on from other sentences more often)
# A story's sentence, not a caption's, in that shape: a verb in the past ("Construction
# began at the campus in Pyeongtaek in March 2021.", "Chinese vessels first entered the
# waters near the Senkaku Islands in September 2012.") or "first"/"previous"; a caption tells
# its picture in the present ("sails", "are stacked", "is seen"), the participles after
# "is"/"are" left out first (_BEING_SHOWN)
_TOLD_IN_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|began|begun|was|were|had|held|took|came|went|made|won|lost|fell|rose|"
    r"grew|left|met|sent|set\s+up|first|previous|previously|earlier)\b"
)
_BEING_SHOWN = re.compile(r"\b(?:is|are|being|been|be)\s+[a-z]+ed\b")
_DATED_PICTURE_MONTH = re.compile(
    _PICTURE_PLACE + rf"in\s+{_MONTH_WORD}\s+(?:19|20)\d\d\.\s*[(\[][^()\[\]]{{2,40}}[)\]]\s*$"
)
# "A woman carries her belongings through floodwaters in Kisumu, Kenya, on May 2, 2024.": a
# caption's sentence closing on its picture's place and full date, its credit on the line
# under it
_DATED_PICTURE_SENTENCE = re.compile(_PICTURE_PLACE_AND_DATE + r"\s*$")
# A story's sentence reports or looks ahead ("the ministry said", "will release ... on Nov. 15,
# 2025") or back ("The North last fired ... on Jan. 14, 2025.", "The index had closed at ...",
# as the Korea Herald's copy of Yonhap's story ends); a caption says what the picture shows,
# in the present.
_REPORTED = re.compile(r"\b(?:said|says|told|will|would|expected|plans?\s+to|had|was|were|last)\b")
# A text browser's picture marker opening a line ("[photo] ...", "[Image] ..."), or a caption's
# aside that the picture is an old one ("(file photo)", "(archive photo)").
_PICTURE_MARK = re.compile(
    r"^\[(?i:image|img|photo|picture|inline image)\]\s*(?=\S)"
    r"|\((?i:file|archive|archives)\s+(?i:photo|picture|image)\)"
    # "Photo archive: The prime minister ... (Eurokinissi/ANA-MPA)", "File photo: ...": the
    # caption's own label and its colon opening the line, which no story's sentence opens with
    r"|^(?i:(?:file|archive)\s+)?(?i:photo|picture|image)(?:\s+(?i:archive|file))?\s*:\s*(?=[A-Z])"
)
# A picture's label in the brackets that close a line: "(Photo: PTI)", "[Image: Reuters]".
_PICTURE_LABELLED = re.compile(
    r"[(\[]\s*(?i:photo|image|picture|pic|foto)\s*:\s*[^()\[\]]+[)\]]\s*$"
)
_LABEL_WINDOW = 60


# How many lines at the page's top and foot may name the paper that prints it.
_PAGE_NAME_LINES = 6


def _page_names(out: WireStructure, lines: list[str], start: int, end: int) -> list[str]:
    """Where a page names the paper that prints it, outside the story's own sentences: the
    byline ("... | SPECIAL TO THE WORLD-HERALD"), the lines over the story (`start`, the
    masthead) and those under its last sentence (`end`: "Contact the Omaha World-Herald
    newsroom")."""
    raw = [out.byline.raw] if out.byline is not None else []
    top = [line for line in lines[:start] if line]
    foot = [line for line in lines[end + 1 :] if line]
    return raw + top[-_PAGE_NAME_LINES:] + foot[:_PAGE_NAME_LINES]


def _may_be_photo_line(line: str) -> bool:
    """Whether a line could be a caption, a credit or a gallery line at all (cheap tests)."""
    # "SERGIO MEDINA" under a caption's sentence amid the story: a photographer's name alone
    # in capitals (El País's pages), which parse_wire_text's bare_credit_under weighs; the
    # page's headings in capitals have its shape too, so it holds only on a page that credits
    # so already
    return _may_be_marked_photo_line(line) or caps_person_name(line)


def _may_be_marked_photo_line(line: str) -> bool:
    """_may_be_photo_line's tests but a name alone in capitals: the line bears a credit's or a
    caption's own mark."""
    return bool(line) and (
        line[0].isdigit()
        or may_hold_credit(line)
        or may_be_credit_line(line)
        or is_credit_word_line(line)
        or is_picture_library(line)
        # "THE WORLD-HERALD" over a caption: the paper's own staff photo (paper_over_caption)
        or (line.isupper() and is_caps_paper_name(line))
        # "— AFP" under a caption's sentence amid the story (_dashed_desk_under_caption)
        or (line[0] in "-–—" and len(line) <= 32)
    )


def _photo_line(line: str, photos: _Photos, in_header: bool) -> bool:
    """Record the line as a photo if it is a caption or gallery line; True when it was."""
    gallery = parse_gallery(line)
    if gallery is not None:
        if gallery.caption:
            base = _photo_from_caption(gallery.caption)
            photos.add(
                Photo(
                    caption=base.caption,
                    credit=base.credit,
                    photographer=base.photographer,
                    agency=base.agency,
                    position=gallery.position,
                    count=gallery.count,
                    licensable=gallery.licensable,
                ),
            )
        return True  # a bare counter ("1 of 5") is chrome
    # "caption | License Photo" without a gallery counter: the page offered it for licensing
    caption, licence_button = _LICENSE_BUTTON.subn("", line)
    if not licence_button and (strip := bar_caption_pictures(caption)):
        # "The hall on opening day. Photo: Jane Roe | Curator Ana Diaz shows a map. Photo:
        # AAP/John Doe": a strip of pictures captioned on one line, each with its credit
        for part in strip:
            photos.add(_photo_from_caption(part, in_header))
        return True
    credit = find_credit(caption, in_header=in_header)
    if credit is not None and not _dated_paragraph(caption, credit):
        photo = _photo_from_caption(caption, in_header)
        if licence_button:
            photo = dataclasses.replace(photo, licensable=True)
        photos.add(photo)
        return True
    return False


# A caption with its credit after a bar has at most this many words, the credit's among them.
_BAR_CAPTION_WORDS = 30
# A sentence's stop with another sentence after it: "... said. The ...".
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+[A-Z]")
# Where a person stands in the picture: "(left)", "(second from right)", "from left": a mark
# only a picture's caption carries (a headline, a podcast's link, a ticket notice has none).
_PICTURE_POSITION = re.compile(
    r"\((?:(?:second|third)\s+from\s+)?(?:left|right|center|centre|front|back|top|bottom)\)"
    r"|\bfrom\s+left\b",
    re.IGNORECASE,
)


def _bar_credited(photo: Photo) -> bool:
    """The photo's caption ends in its credit after a bar ("... on Nov. 7. | Jane Roe")."""
    return photo.credit is not None and photo.caption.rstrip().endswith(f" | {photo.credit}")


# Pictures a page has credited after a bar before its later captions are read as its habit.
_BAR_HABIT = 2
# A picture's scene in its caption: a place ("in Nagoya", "at Shibuya Station", "near Hakata")
# or a day ("on Monday", "Thursday").
_SCENE_CUE = re.compile(
    r"\b(?:in|at|near|on)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
# A dashed line's words that sign a story's paragraph off (a reporter's or a desk's), not a
# picture's credit: "— Our Correspondent", "— Staff Reporter", "— Agencies".
_DASH_DESK_WORD = re.compile(
    r"\b(?i:correspondents?|reporters?|agencies|staff|desk|report|bureau|news\s+desk)\b"
)
# A paragraph opening with a label in capitals and a colon: a story's dateline ("SUKKUR: Two
# labourers died ..."), or a briefs list's item ("PHILIPPINES: Floods ...").
_DATELINE_OPENER = re.compile(r"^[A-Z][A-Z .'’-]{1,30}:\s")
# An imperative's opening, the verb then its object or adverb ("Stay away from valleys",
# "Keep a safe distance", "Do not drive"): advice, not a caption's scene.
_IMPERATIVE_OPENING = re.compile(
    r"^(?:Please\s+)?[A-Z][a-z]+\s+(?:a|an|the|your|yourself|yourselves|away|off|out|not|up|indoors)\b"
    r"|^(?:Do|Don['’]t|Never|Always|Please|Avoid|Make\s+sure)\b"
)


def _dash_credited(photo: Photo) -> bool:
    """The photo's caption closes its sentence, then a dash and its credit ("... on Saturday.
    — Photo by Jane Roe", "... near Jhika Gali. — APP"): Dawn's, The Express Tribune's and
    other South Asian and Gulf papers' form for their captions' credits."""
    return photo.credit is not None and (
        _DASH_CREDITED_TAIL.search(f"{photo.caption.rstrip()}\n{photo.credit}") is not None
    )


# A caption's stop, a dash, the picture's label perhaps, then the credit that closes it; the
# credit again after a newline (_dash_credited's test string).
_DASH_CREDITED_TAIL = re.compile(
    r"[.!?”\"’]\s+[—–]\s*(?:(?i:photos?|pictures?)(?:\s+(?i:by)|\s*:)\s*)?(?P<credit>[^\n]+)\n(?P=credit)$"
)


def _dash_caption_credit(line: str) -> Credit | None:
    """On a page whose captions close with a dash and their credit after the stop
    (_dash_credited): a caption amid the story in the same form, one plain sentence of a
    caption's few words that reports nothing, then a dash and a capitalised name of three
    words at most ("Children build a snowman. — White Star"). Not a paragraph opening with its
    dateline ("SUKKUR: ... — Staff Reporter"), a reporter's or a desk's sign-off, or advice
    in the imperative ("Stay away from valleys. — Dubai Police"). The credit, or None."""
    text = " ".join(line.split())
    tail = _DASH_BEFORE_TAIL.search(text)
    if tail is None:
        return None
    caption = text[: tail.start() + 1]
    low, high = _DASHED_CAPTION_WORDS
    if not low <= len(caption.split()) <= high:
        return None
    if _DATELINE_OPENER.match(caption) or _IMPERATIVE_OPENING.match(caption):
        return None  # "SUKKUR: Two labourers died ...", "Stay away from valleys ...": no caption
    if (
        INNER_SENTENCE.search(caption)
        or _REPORTED.search(caption)
        or any(q in caption for q in '"“”')
    ):
        return None  # "... the minister said. — Jane Roe": a story's or a letter's sign-off
    name = text[tail.start() + 1 :].strip().lstrip("—–-").strip()
    if _DASH_DESK_WORD.search(name):
        return None  # "... — Staff Reporter": the paragraph's reporter, no photo's credit
    found = find_credit(text, in_header=True)
    if found is not None and found.credit == name:
        return found
    return Credit(name, None, name)


def _boxed_credited(photo: Photo) -> bool:
    """The photo's caption ends in its credit in capitals in square brackets ("... on
    Wednesday. [YONHAP]"), the Korean English-language papers' form."""
    return (
        photo.credit is not None
        and photo.credit.isupper()
        and photo.caption.rstrip().endswith(f"[{photo.credit}]")
    )


# A caption phrase with no stop, then its credit in round brackets closing the line: "Manatees
# in the discharge canal (FOX 13)", "A manatee near the canal (Florida Fish and Wildlife
# Conservation Commission)" (local TV stations' pages set their gallery's captions so). The
# credit opens on a capital, a name of one to eight words.
_UNSTOPPED_ROUND_CAPTION = re.compile(
    r"(?P<caption>[A-Z][^()]{10,200}?[a-z0-9’'])\s+"
    r"\((?P<credit>[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,7})\)$"
)
# What a link's or a list item's brackets say, no picture's credit: "(VIDEO)", "(D-Fla.)".
_ROUND_NOTE = re.compile(
    r"(?i:video|photos?|watch|live|update[ds]?|opinion|sponsored|podcast|analysis|audio|map)"
    r"|[DRI]-[A-Z][\w.]*|\d[\d\s:/.-]*"
)
# The caption's words before the bracket: at least this many.
_ROUND_RUN_CAPTION_WORDS = 4


def _unstopped_round_caption(line: str, writers: Sequence[str]) -> Credit | None:
    """`Manatees in the discharge canal (FOX 13)`: the credit of a caption that closes on it in
    round brackets with no stop (see _UNSTOPPED_ROUND_CAPTION), or None. A promotion ("Ask
    our travel editor ... (Jane Roe)") or the byline's writer in the brackets is none here."""
    m = _UNSTOPPED_ROUND_CAPTION.fullmatch(line.strip())
    if m is None or _ROUND_NOTE.fullmatch(m.group("credit")) is not None:
        return None
    words = m.group("caption").split()
    if len(words) < _ROUND_RUN_CAPTION_WORDS or not any(w.islower() for w in words):
        return None  # "Sen. Jane Roe (Florida)": a list's name and its note
    if words[0].lower() in _PROMO_WORDS or m.group("credit") in writers:
        return None
    return Credit(m.group("credit"), None, None)


def _round_caption_run(lines: list[str], no: int, writers: Sequence[str]) -> Credit | None:
    """Line `no` and the line of text next to it, above or below (past a blank line a copy
    may set between), are each a caption closing on its credit in round brackets with no stop
    (_unstopped_round_caption): a run of a gallery's captions amid the story, as local TV
    stations print them ("Manatees in the discharge canal (FOX 13)" / "Visitors on the
    boardwalk (Tampa Electric)"). One such line alone may be a list's item or a link; a
    story's sentence ends in a stop. A person's name in the brackets is as often whom the
    caption shows ("The mayor speaks to residents (Jean Marchetti)"): a run of such names
    alone credits nothing; a station, an office or an agency in the run says they are
    credits. The credit of line `no`, or None."""
    found = _unstopped_round_caption(lines[no], writers)
    if found is None:
        return None
    run = [found]
    for step in (-1, 1):
        j = no + step
        if 0 <= j < len(lines) and not lines[j]:
            j += step
        if 0 <= j < len(lines) and lines[j]:
            beside = _unstopped_round_caption(lines[j], writers)
            if beside is not None:
                run.append(beside)
    if len(run) < 2 or all(name_list(c.credit) == [c.credit] for c in run):
        return None
    # the whole run, up and down past single blank lines: every bracket of it reads as a
    # credit, and one names a station or an agency
    whole, top = [found], no
    for step in (-1, 1):
        j = no
        for _ in range(_ROUND_RUN_LINES_AT_MOST):
            k = j + step
            if 0 <= k < len(lines) and not lines[k]:
                k += step
            if not (0 <= k < len(lines) and lines[k]):
                break
            beside = _unstopped_round_caption(lines[k], writers)
            if beside is None:
                break
            whole.append(beside)
            j = k
        if step < 0:
            top = j
    if not all(_round_credit_like(c.credit) for c in whole) or not any(
        is_station_name(c.credit) or is_agency(c.credit) or is_picture_library(c.credit)
        for c in whole
    ):
        return None  # "(Tampa Bay Times)" / "(Florida Phoenix)": partners' links, no station
    above = next((lines[k] for k in range(top - 1, max(top - 3, -1), -1) if lines[k]), "")
    if above.rstrip().endswith(":"):
        return None  # "The following shelters will open:": a list's items under its label
    return found


# How many lines of a run of round-bracket captions are read either side of one.
_ROUND_RUN_LINES_AT_MOST = 12


# A list's note in brackets, no credit: a day's or a month's name ("(Friday and Saturday)").
_ROUND_RUN_DAY = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:January|February|March|April|June"
    r"|July|August|September|October|November|December)\b"
)


def _round_credit_like(credit: str) -> bool:
    """A bracket of a run of captions reads as a credit: a station, an agency, a chain with its
    slash ("Jane Roe/FOX 13"), or a name of two or more capitalised words ("Tampa Electric",
    "Florida Fish and Wildlife Conservation Commission"); "(Pet-friendly)", "(Passed)",
    "(Republican)", "(Friday and Saturday)" are a list's notes."""
    if is_station_name(credit) or is_agency(credit) or is_picture_library(credit) or "/" in credit:
        return True
    words = credit.split()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in {"and", "of", "for", "the", "&"} for w in words)
        and _ROUND_RUN_DAY.search(credit) is None
    )


def _round_credited(photo: Photo) -> bool:
    """The photo's caption ends in its credit in round brackets ("... on August 28, 2022.
    (Jane Roe/Flash90)"), the page's form for its captions' credits."""
    return photo.credit is not None and photo.caption.rstrip().endswith(f"({photo.credit})")


# A caption amid the story with its credit in round brackets: at most this many words, and at
# least this many words in the brackets (one word there is as often a note: "(Hebrew)").
_ROUND_CAPTION_WORDS = 40
_ROUND_CREDIT_WORDS = 2


def _round_caption_credit(line: str, writers: Sequence[str] = ()) -> Credit | None:
    """On a page whose captions close with their credits in round brackets (_round_credited):
    a caption amid the story in the same form, its sentence closed and the credit an office's
    or a lender's name of two words or more ("... released by the municipality. (Tel
    Aviv-Yafo Municipality)"), which the grammar alone takes only over the story. The credit,
    or None."""
    text = line.rstrip()
    if not text.endswith(")") or len(text.split()) > _ROUND_CAPTION_WORDS:
        return None
    if (named := _round_photographer(text, writers)) is not None:
        return named
    found = find_credit(text, in_header=True)
    if (
        found is None
        or len(found.credit.split()) < _ROUND_CREDIT_WORDS
        or not text.endswith(f" ({found.credit})")
    ):
        return None
    if not _OFFICE_OR_LENDER.search(found.credit) or re.search(r"\s(?i:and)\s", found.credit):
        # "(Jane Roe)": a writer signing off; "(Ynet and Haaretz)": the story's sources
        return None
    before = text[: -len(found.credit) - 2].rstrip()
    if before.endswith((".", "!", "?", "”", '"')) or _caption_phrase(before):
        return found
    return None


# A photographer's name alone in round brackets: two or three words.
_ROUND_NAME_WORDS = (2, 3)
# A promotion's first word ("Ask our travel editor ... (Jane Roe)"): the writer it names is
# the one to ask or follow, no photographer.
_PROMO_WORDS = frozenset("ask read watch follow sign subscribe listen join email send".split())


def _round_photographer(text: str, writers: Sequence[str]) -> Credit | None:
    """ "Amalfi cathedral steps (Jane Roe)" on a page whose captions close with their credits
    in round brackets (The Independent's "(Getty Images)", "(Jane Roe)" for a writer's own
    picture): the story's own writer named alone in the brackets after a caption printed as a
    phrase, no stop and no verb before it. A writer's "(Jane Roe)" sign-off follows a
    sentence's stop; another person named so is as often the one the caption shows ("The
    mayor spoke to residents (Jean Marchetti)"), so only the byline's name is the credit."""
    m = re.search(r"\(([^()]+)\)$", text)
    if m is None:
        return None
    name = m.group(1).strip()
    before = text[: m.start()].rstrip()
    if before.split()[:1] and before.split()[0].lower() in _PROMO_WORDS:
        return None  # "Ask our travel editor your Easter questions (Jane Roe)"
    words = name.split()
    if not (
        _ROUND_NAME_WORDS[0] <= len(words) <= _ROUND_NAME_WORDS[1]
        and all(w[:1].isupper() for w in words)
        and name_list(name) == [name]
        and name in writers
        and _caption_phrase(before)
    ):
        return None
    return Credit(name, name, None)


# A caption printed as a phrase, with no stop, has at most this many words.
_CAPTION_PHRASE_WORDS = 12

# A verb that makes a sentence of a phrase: "The full plan is published as the 2026 Seoul
# Cycling Master Plan (Seoul Metropolitan Government)" is the story's sentence, no caption.
_PHRASE_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|"
    r"might|must|does|did|said|says|say|told|tells|added|adds|announced|plans?|planned)\b",
    re.IGNORECASE,
)


def _caption_phrase(text: str) -> bool:
    """ "A Ttareungyi station in Mapo-gu, Seoul" before "(Seoul Metropolitan Government)": a
    caption printed as a phrase with no stop, as Korean papers and many others print one (a
    story's paragraph closes its sentence before a bracket). Short, with no verb, opening on
    a capital and closing on a word, not on a comma or a hyphen that a cut-off sentence
    leaves."""
    words = text.split()
    return (
        2 <= len(words) <= _CAPTION_PHRASE_WORDS
        and text[:1].isupper()
        and text[-1:].isalnum()
        and _PHRASE_VERBS.search(text) is None
    )


# An office's or a lender's word in a credit in round brackets, or the slash between the
# photographer and the lender: "(Tel Aviv-Yafo Municipality)", "(Israel Police)", "(IDF
# Spokesperson's Unit)", "(Jane Roe/Flash90)"; a person's name alone or a list of outlets
# ("(Ynet and Haaretz)") closes a story's paragraph as often.
_OFFICE_OR_LENDER = re.compile(
    r"/|\b(?:Municipality|Ministry|Office|Authority|Police|Forces|Council|Unit|Spokesperson|"
    r"Department|Agency|Service|Army|Court|Embassy|Foundation|Museum|Archives?|Courtesy|"
    r"Handout|Library|University|Government|Commission)\b"
)


# A caption inside the story with its boxed credit has at most this many words.
_BOXED_CAPTION_WORDS = 60


def _person_alone_credited(photo: Photo) -> bool:
    """The photo is credited to a person's name alone in capitals, no agency nor outlet, on the
    line under its caption ("JANE ROE"), as El País credits its pictures."""
    return (
        photo.credit is not None
        # a mixed-case name alone lifts no guard: a candidate's name in capitals as a
        # profile's subhead is no credit on a page that credits "Jane Roe"
        and photo.credit.isupper()
        and photo.agency is None
        and photo.photographer == photo.credit
        and not photo.caption.rstrip().endswith(photo.credit)
    )


def _caps_name_alone(caption: str, line: str) -> bool:
    """The line under the caption reads as a person's name alone in capitals ("JANE ROE"),
    no outlet with it."""
    found = credit_under_caption(caption, line)
    return found is not None and found.agency is None and found.photographer == found.credit


def _stop_caps_credited(photo: Photo) -> bool:
    """The photo's caption ends in its credit in capitals right after the sentence's stop, no
    bracket nor dash between ("... le 10 mars 2022. JANE ROE / AFP"), Le Monde's form."""
    if photo.credit is None or not photo.credit.isupper():
        return False
    caption = photo.caption.rstrip()
    return caption.endswith(f" {photo.credit}") and caption[
        : -len(photo.credit) - 1
    ].rstrip().endswith((".", "!", "?"))


def _stop_caps_caption_credit(line: str) -> Credit | None:
    """On a page that credits a picture over the story so (_stop_caps_credited): a caption
    amid the story in the same form, its sentence closed, then the credit in capitals, a
    photographer's name alone as well as with an agency ("... de Parakou. JANE ROE"), which
    the grammar alone takes only over the story. The credit, or None."""
    text = line.rstrip()
    if len(text.split()) > _BOXED_CAPTION_WORDS:
        return None
    found = find_credit(text, in_header=True)
    if found is None or not found.credit.isupper() or not text.endswith(f" {found.credit}"):
        return None
    caption = text[: -len(found.credit) - 1].rstrip()
    # a caption's one sentence in mixed case, closed by its stop (a line all in capitals is a
    # heading's or a notice's; "Pourquoi ce film ? JANE ROE" is an interview's question, a
    # quotation or a second sentence the story's)
    if (
        not caption.endswith(".")
        or caption.isupper()
        or _CAPTION_QUOTE.search(caption)
        or _INNER_STOP.search(caption[:-1])
        or _STORY_AUXILIARY.search(caption)
    ):
        return None
    tail = found.credit
    # "JANE ROE / AFP" with its agency; or "JANE ROE" alone, a person's name by its shape
    # ("... plusieurs listes. SUR LE MÊME SUJET", "AVEC AFP", "LIRE AUSSI" are the page's)
    if " / " in tail:
        return found
    alone = found.agency is None and caps_person_name(tail)
    return found if alone and not set(tail.split()) & _CAPS_TAIL_FUNCTION_WORDS else None


# Quotation marks, in a story's sentence and no caption's.
_CAPTION_QUOTE = re.compile(r"[«»\"“”„]")
# An auxiliary of a told event ("La campagne a débuté lundi.", "Il a été élu"): a story's
# sentence; a caption shows what the picture does in the present or in no verb at all.
_STORY_AUXILIARY = re.compile(
    r"\b(?:a|ont|est|sont|sera|seront|était|étaient|avait|avaient|ha|han|fue|fueron|será)\b"
)
# A sentence's stop inside the line, a next sentence after it.
_INNER_STOP = re.compile(r"[.!?»]\s+[A-ZÀ-Ý«]")
# Function words of French and Spanish a credit's name in capitals holds none of.
_CAPS_TAIL_FUNCTION_WORDS = frozenset(
    "SUR LE LA LES DE DU DES AU AUX AVEC ET EN UN UNE EL LOS LAS DEL Y CON POR PARA".split()
)


def _boxed_caption_credit(line: str) -> Credit | None:
    """On a page that credits a picture over the story in capitals in square brackets
    (_boxed_credited): a caption amid the story in the same form, its sentence closed and
    the credit a person's name as well as an agency's ("... on Wednesday. [KIM JONG-HO]"),
    which the grammar alone takes only over the story. The credit, or None."""
    text = line.rstrip()
    if not text.endswith("]") or len(text.split()) > _BOXED_CAPTION_WORDS:
        return None
    found = find_credit(text, in_header=True)
    if found is None or not found.credit.isupper() or not text.endswith(f" [{found.credit}]"):
        return None
    return found


def _bar_caption_credit(line: str, habit: bool = False) -> Credit | None:
    """A caption of a few words with its credit after one bar, the whole line ("Hiroshi Kanda
    and an apprentice at the workshop | Kyodo"), as a page's header reads it: the credit, or
    None (a story's paragraph runs longer, or holds more than one sentence). `habit`: the page
    has credited _BAR_HABIT pictures so already, above and amid the story."""
    if line.count(" | ") != 1 or len(line.split()) > _BAR_CAPTION_WORDS:
        return None
    caption, _, after = line.rpartition(" | ")
    if len(caption.split()) < _SHORT_CAPTION[0] or _SENTENCE_INSIDE.search(caption):
        return None
    # a line of the story with a bar in it is as often a related story's title ("... of
    # successors | Kyodo"), a podcast's link or a notice ("Tickets ... | Sarah Lee"): only a
    # picture's placing of its people says the words before the bar describe a picture, or,
    # on a page that has credited its pictures so twice already ("... on Thursday | KYODO",
    # "... on Thursday. | REUTERS"), a known agency after the bar in capitals, as the page
    # printed them ("... ahead of the storm | JIJI"); a linked title names its wire in title
    # case ("| Kyodo")
    if _PICTURE_POSITION.search(caption) is None and not (
        habit
        # a picture's scene ("... in Nagoya in the afternoon", "... on Monday"), which a
        # related story's headline ("Bank of Japan raises rates ... | REUTERS") seldom sets
        and _SCENE_CUE.search(caption) is not None
        and after.strip().isupper()
        and (is_agency(after.strip()) or is_wire_source(after.strip()))
    ):
        return None
    found = find_credit(line, in_header=True)
    if found is not None:
        return found if line.rstrip().endswith(f"| {found.credit}") else None
    # "... at the workshop | Kyodo": a caption's last word in lower case before the bar, which
    # the grammar leaves (over a header's bar, "Headline | Reuters" is the page's title)
    after = after.strip()
    if is_agency(after) or (habit and after.isupper() and is_wire_source(after)):
        return Credit(after, None, after)
    if name_list(after) == [after] and len(after.split()) >= 2:
        return Credit(after, after, None)
    return None


def _dated_paragraph(caption: str, credit: Credit) -> bool:
    """Whether a line holding a credit opens with a story's dateline. Yahoo! News printed its
    captions under the agency's label ("AP – Rep. Jane Roe walks to a hearing ... (AP
    Photo/John Doe)"): a dateline with no place and no date, over a caption that ends in the
    agency's picture credit, is that label, not a story's dateline."""
    found = match_dateline(caption)
    if found is None:
        return False
    dateline = found.dateline
    return not (
        dateline.place is None
        and dateline.date_text is None
        and "photo" in credit.credit.lower()
        and caption.rstrip(" .").rstrip(")").endswith(credit.credit)
    )


_LICENSE_BUTTON = re.compile(
    r"\s*\|\s*(?:license|licence|buy)\s+photo\s*$|\s+(?:purchase|acquire)\s+licen[cs]ing\s+rights\s*$",
    re.IGNORECASE,
)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


# The desk's initials set apart by slashes, in small letters, on a line of their own ("cr/jlw",
# AAP's; "zah/ftm"): no sentence goes on in them.
_DESK_INITIALS_LINE = re.compile(r"^[a-z]{1,4}(?:/[a-z]{1,4}){1,4}$")


def _sentence_goes_on(
    block: list[tuple[str, int]],
    k: int,
    raw_lines: list[str],
    written: list[tuple[int, ...]] | None,
) -> bool:
    """Whether the k-th written line of a paragraph breaks a sentence the next line carries
    on, so the words at its end are no caption's credit ("... for acquisitions. Acme's
    Geodyne" over "Energy Income Fund, for example, ..."): the next line goes on in lower case
    or after a comma or a small word, or the line is an inner line of a paragraph opened by its
    indent (old wire copy with no blank line between paragraphs), where every line but the
    last runs on. A caption's own line ends its paragraph or stands over another caption."""
    if k + 1 >= len(block):
        return False
    line, no = block[k]
    if written is None and len(line) >= _WRAP_WIDTH:
        # a paragraph written on one line (no blank line under it): not wrapped (a logical
        # line of a hard-wrapped capture is as long as the written lines it joins)
        return False
    below = block[k + 1][0]
    if "@" in below and len(below.split()) == 1:
        return False  # "caption. (Yonhap)" / "jroe@yna.co.kr": an address on a line of its own
    if _DESK_INITIALS_LINE.match(below):
        return False  # "caption. (Jane Roe/AAP PHOTOS)" / "cr/jlw": the desk's initials, no words
    if _lower_agency_opens(below):
        # "... in Berlin. Jonas Mertel/dpa" / "dpa-International 12.11.2024": an agency that
        # spells its name in small letters opens the line below (dpa's feed line), no word of
        # a sentence carried on; the line's case tells nothing, its tail still may
        below = below[:1].upper() + below[1:]
    if carries_on(line, below):
        return True
    if k == 0:
        return False
    if len(block[k - 1][0]) * 2 < max(len(text) for text, _no in block):
        # "Related pictures (1)" over the line: the line above ended its paragraph short of
        # the column, so this one opens a unit of its own (a caption under its label), no
        # inner line of a paragraph opened by an indent
        return False

    def indent(n: int) -> int:
        return written[n][0] if written is not None else _indent(raw_lines[n])

    return indent(block[0][1]) > indent(no)


# The agencies that print their own names in small letters (Germany's dpa, epd and dts): a
# line opening on one is the agency's, no sentence's next word ("staff", "wires", "agencies",
# "ap" in small letters are words of prose).
_SMALL_LETTER_AGENCIES = frozenset({"dpa", "epd", "dts"})


def _lower_agency_opens(line: str) -> bool:
    """The line opens on an agency's name in small letters, alone or before a hyphen, a slash
    or a space ("dpa-International 12.11.2024", "dpa/lni"): the way dpa prints its name."""
    first = re.split(r"[\s/-]", line, maxsplit=1)[0]
    return first in _SMALL_LETTER_AGENCIES


# The editors' initials an agency's desk (AFP's) sets under the story, in small letters and
# slashes: "bs/as/cwl", "ub/jm" ("and/or" is a word, no desk's).
_DESK_SIGNOFF = re.compile(r"(?!and/or$)[a-z]{1,4}(?:/[a-z]{1,4}){1,5}")
# A line of at most this many words, indented like a paragraph's opener, is a button's.
_ICON_BUTTON_WORDS = 2


# Reuters' version flag glued to its headline ("UPDATE 2-German factory orders slide ...",
# "REFILE-...", "EXCLUSIVE-..."): the desk's word, none of the story's.
_VERSION_FLAG = re.compile(
    r"^(?:UPDATE|WRAPUP|REFILE|RPT|CORRECTED|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|BREAKINGVIEWS)"
    r"(?:\s\d{1,2})?-"
)


def _content_words(text: str) -> set[str]:
    """A line's words of four letters or more, in small letters, their punctuation off; the
    parts of a hyphenated word each a word ("Euro-zone"), a version flag before the headline
    none."""
    text = _VERSION_FLAG.sub("", text)
    words = (w.strip(".,;:!?\"'“”‘’()").lower() for w in re.split(r"[\s-]+", text))
    return {w for w in words if len(w) >= 4}


def headline_under_lead(lines: list[str], start: int) -> int | None:
    """The line set apart under the story's first paragraph when that paragraph opens with
    its dateline and no headline stands above: a headline's length with no stop, over more
    story, that tells the lead in its words (three of its words of four letters or more, and
    half of them, are the lead's). Kyodo's and other agencies' exports print the lead first,
    the headline under it; a subheading in a story is a few words of its own."""
    if start >= len(lines):
        return None
    end = max((i for i in range(start, len(lines)) if lines[i]), default=start)
    unspaced = all(lines[start : end + 1])
    # a lead hard-wrapped at 60 to 70 columns (PAP's, CTK's, EFE's wire copy): its lines down
    # to the blank line under it
    lead, lead_end = (lines[start], start) if unspaced else _wrapped_paragraph(lines, start)
    if not _story_paragraph_line(lead) or match_dateline(lead, None) is None:
        return None
    nxt = next_text_index(lines)
    k = nxt[lead_end]
    if unspaced:
        # a copy with no blank line at all under the lead (one paragraph a line, as a feed
        # delivers it): the line is apart by being a line, and the next must be story
        if k != start + 1 or k >= len(lines):
            return None
    elif k >= len(lines) or lines[k - 1] or (k + 1 < len(lines) and lines[k + 1]):
        return None  # the line must be set apart by blank lines (a lead longer than
        # _LEAD_LINES offers its next line, no line apart)
    line = lines[k]
    size = len(line.split())
    if not _LATE_HEADLINE_WORDS[0] <= size <= _LATE_HEADLINE_WORDS[1]:
        return None
    if line.rstrip()[-1:] in ".!?:;,\"'”’…" or not looks_like_headline(line):
        return None
    if parse_byline(line) is not None or find_credit(line, in_header=True) is not None:
        return None
    if match_dateline(line, None) is not None:
        return None
    after = nxt[k]
    credited = False
    for _ in range(_LATE_HEADLINE_PICTURE_LINES + 2):
        if after >= len(lines):
            return None
        para, para_end = (lines[after], after) if unspaced else _wrapped_paragraph(lines, after)
        if _story_paragraph_line(para):
            break
        if find_credit(lines[after], in_header=True) is not None:
            credited = True
        elif credited:
            # "Photo: PAP/Jane Roe" / "Caption: NIK headquarters in Warsaw." a line each (a
            # copy with no blank line between them): the caption under its credit
            credited = False
        else:
            return None
        # "Photo: PAP/Jane Roe" / "Caption: ..." under the headline: its picture, then story
        after = nxt[para_end]
    else:
        return None
    if not _tells_the_lead(line, lead):
        return None
    return k


def _tells_the_lead(line: str, lead: str) -> bool:
    """The line tells the lead in its words: three of its words of four letters or more, and
    half of them, are the lead's. A word is shared when one is the other's start: a wire's
    headline in capitals words the lead short ("POLISH AUDITORS FLAG ... RAIL SIGNALLING
    IRREGULARITIES" over "... Audit Office ... railway signalling ..."); words that only begin
    alike ("interest" and "international", "states" and "statement") are no word of the
    lead's."""
    own = _content_words(line)
    lead_words = _content_words(lead)
    shared = {w for w in own if any(v.startswith(w) or w.startswith(v) for v in lead_words)}
    return len(shared) >= _LATE_HEADLINE_SHARED and 2 * len(shared) >= len(own)


def _headline_over_lead(lines: list[str], start: int) -> int | None:
    """The line where the story starts, when it has a headline's length and shape (no stop,
    no byline, credit or dateline), the next line of text opens with a dateline, and the line
    tells that lead in its words (_tells_the_lead): an agency's feed prints its headline right
    over the lead, its masthead and stamp above. A photo's caption there ("Tourists crowd a
    narrow street in Kyoto's Gion district ...") or a section's kicker ("Culture and Society in
    Latin America and the Caribbean") has a headline's shape but words of its own."""
    nxt = next_text_index(lines)
    k = next((i for i in range(start, len(lines)) if lines[i]), len(lines))
    if k >= len(lines) or nxt[k] >= len(lines):
        return None
    line = lines[k]
    if not _LATE_HEADLINE_WORDS[0] <= len(line.split()) <= _LATE_HEADLINE_WORDS[1]:
        return None
    if line.rstrip()[-1:] in ".!?:;,\"'”’…" or not looks_like_headline(line):
        return None
    if parse_byline(line) is not None or find_credit(line, in_header=True) is not None:
        return None
    lead = lines[nxt[k]]
    if match_dateline(line, None) is not None or match_dateline(lead, None) is None:
        return None
    if not _tells_the_lead(line, lead):
        return None
    return k


def _wrapped_paragraph(lines: list[str], start: int) -> tuple[str, int]:
    """The paragraph opening at `start` read as one line, its lines down to the blank line
    under it (a hard-wrapped copy's), and the index of its last line; at most _LEAD_LINES
    lines."""
    end = start
    while end + 1 < len(lines) and lines[end + 1] and end - start < _LEAD_LINES:
        end += 1
    return " ".join(lines[start : end + 1]), end


def _agency_name_alone(line: str) -> bool:
    """The line is a news agency's name and nothing else ("Prensa Latina", "Hina", "TASS"):
    an agency's masthead over its copy, never a story's headline."""
    return len(line.split()) <= _AGENCY_NAME_WORDS and is_wire_source(line.strip())


# The words an agency's site sets by its name for its service in another language: "TASR
# English Service", "dpa International", "EFE English edition", "ENGLISH".
_SERVICE_WORDS = frozenset(
    {"english", "service", "edition", "international", "news", "newswire", "wire", "version"}
)


def _agency_furniture(line: str) -> bool:
    """The line is an agency's page furniture, never a story's headline: its name alone, its
    service's label with or without the name ("TASR English Service", "dpa International",
    "English service"), or a menu on one line ("Domestic | Economy | Foreign | Sport",
    "English | Español | Português")."""
    if _agency_name_alone(line) or is_nav_row(line):
        return True
    words = line.split()
    rest = [w for w in words if w.lower() not in _SERVICE_WORDS]
    if len(words) > _AGENCY_NAME_WORDS or len(rest) == len(words):
        return False
    return not rest or _agency_name_alone(" ".join(rest))


_AGENCY_FURNITURE = "an agency page's furniture (its name, its service's label, a menu)"


def _masthead_as_chrome(roles: list[LineRole]) -> None:
    """The line read as the headline is the agency's masthead (_agency_furniture): chrome."""
    roles[:] = [
        LineRole(r.line, r.text, "chrome", (_AGENCY_FURNITURE,)) if r.role == "headline" else r
        for r in roles
    ]


# How many short lines of an agency's page furniture may stand over its dateline's lead
# ("English edition" / "Society" / "MADRID, 3 Mar (EFE).- ..."), and their most words each.
_FURNITURE_LINES = 3
_FURNITURE_WORDS = 3


def _lead_under_furniture(lines: list[str], start: int) -> int:
    """Where the story's lead opens when the lines from `start` are an agency page's short
    furniture over it (a service's label, a section's name, a menu row, none a sentence):
    the first line that opens with a dateline, within _FURNITURE_LINES lines of text; else
    `start` itself."""
    seen = 0
    for k in range(start, len(lines)):
        line = lines[k]
        if not line:
            continue
        if match_dateline(line, None) is not None:
            return k
        seen += 1
        short = len(line.split()) <= _FURNITURE_WORDS and line[-1:] not in ".!?:;,"
        if seen > _FURNITURE_LINES or not (short or is_nav_row(line)):
            break
    return start


_AGENCY_NAME_WORDS = 4


# A hard-wrapped paragraph is read over this many lines at most.
_LEAD_LINES = 8
# A picture's credit or caption paragraphs that may stand between the late headline and the
# story under it.
_LATE_HEADLINE_PICTURE_LINES = 1
# A headline printed under the lead has this many words at least, and at most.
_LATE_HEADLINE_WORDS = (5, 25)
# ... and this many of its words of four letters or more are the lead's.
_LATE_HEADLINE_SHARED = 3


def _story_paragraph_line(line: str) -> bool:
    """A story's paragraph: a sentence of eight words or more with its stop."""
    return len(line.split()) >= 8 and line.rstrip("”\"’'").endswith((".", "!", "?"))


# An agency's title block under the story's start runs this many lines at most (a deck of
# three lines, its closing code).
_TITLE_BLOCK_LINES = 4


def _blocks(
    raw_lines: list[str],
    lines: list[str],
    first: int,
    written: list[tuple[int, ...]] | None = None,
) -> list[list[tuple[str, int]]]:
    """Runs of non-blank lines, as (text, line number). In copy without blank lines between
    paragraphs (old wire copy), the most indented lines of a block open its paragraphs.
    `written`: for a hard-wrapped capture read as logical lines, the indentation of each
    written line a logical line was made of (the paragraphs are told by those)."""
    blocks: list[list[tuple[str, int]]] = []
    current: list[tuple[str, tuple[int, ...], int]] = []

    def flush() -> None:
        if len(current) == 1:  # most blocks of web copy: one line, one paragraph
            text, _, no = current[0]
            blocks.append([(text, no)])
            current.clear()
            return
        tail: list[tuple[str, int]] = []
        if len(current) > 1 and (
            (
                is_agency(current[-1][0])  # a sign-off on its own line
                and not is_label_alone(current[-2][0])  # "File photo" / "Yonhap": a credit
            )
            # "bs/as/cwl": the desk's initials under the story's last line, no line of it
            or _DESK_SIGNOFF.fullmatch(current[-1][0]) is not None
        ):
            text, _, no = current.pop()
            tail = [(text, no)]
        elif len(current) == 2 and _writer_over_place(current[0][0], current[1][0]):
            # "Special Correspondent" / "KOCHI", "Jane Roe" / "CHENNAI": the writer's line
            # and the place filed from in capitals, set one a line over the story as papers
            # in print set them: two lines of their own, no paragraph
            blocks.extend([[(text, no)] for text, _, no in current])
            current.clear()
            return
        indents = [ind for _, inds, _ in current for ind in inds]
        deepest = max(indents) if indents else 0
        # a web page's buttons pasted with their icon's space (" Email" / " Twitter") are no
        # paragraphs' indented openers: an opener is a line of the story's words
        openers = [text for text, inds, _ in current if inds and inds[0] == deepest]
        buttons = all(len(text.split()) <= _ICON_BUTTON_WORDS for text in openers)
        if len(set(indents)) > 1 and indents.count(deepest) > 1 and not buttons:
            part: list[tuple[str, int]] = []
            for text, inds, no in current:
                # "HAWORTH, Monday." over the story's indented first line: a dateline set on
                # a line of its own opens the story's paragraphs, not the deck's tail
                if part and (inds[0] == deepest or is_weekday_dateline(text)):
                    blocks.append(part)
                    part = []
                part.append((text, no))
            blocks.append(part)
        elif current:
            blocks.append([(text, no) for text, _, no in current])
        if tail:
            blocks.append(tail)
        current.clear()

    for no in range(first, len(lines)):
        text = lines[no]
        if text:
            inds = written[no] if written is not None else (_indent(raw_lines[no]),)
            current.append((text, inds, no))
            if no - first < _TITLE_BLOCK_LINES and raw_lines[no].rstrip().endswith(" ="):
                # APA's title block closes with " =" after its subtitle ("      Fünf-Minuten-
                # Takt =" over "   Wien (APA) - ..."): the story starts under it, blank
                # line or none, whatever the lines' indents (only where the story opens: in
                # its text " =" ends a wrapped line of a sum)
                flush()
        elif current:
            flush()
    if current:
        flush()
    return blocks


def _writer_over_place(first: str, second: str) -> bool:
    """A desk's or a person's name over a known place alone in capitals."""
    from archiver.extract.gazetteer import is_known_place

    words = second.split()
    return (
        1 <= len(words) <= 2
        and second.isupper()
        and second.replace(" ", "").isalpha()
        and is_known_place(second.title())
        and (is_desk(first) or looks_like_name(first))
    )


# A stored body's HTML paragraph closed at a line's end, or opened at a line's start.
_HTML_PARAGRAPH_END = re.compile(r"</p>\s*$", re.IGNORECASE)
_HTML_PARAGRAPH_START = re.compile(r"^<p\b[^>]*>", re.IGNORECASE)


# A writer's sign-off after a dash: "—Jane Roe", "– Jane Roe", "-- Jane Roe".
_DASH_SIGNOFF = re.compile(r"(?:[—–]|--)\s*(?P<name>[^\s—–-][^—–]{2,40})")


def _dash_signoff(text: str) -> bool:
    """The line is a dash and a person's name alone (four words at most), as a newsletter's
    or a column's writer signs an item off under its last sentence (Morning Brew's "—NC")."""
    found = _DASH_SIGNOFF.fullmatch(text)
    if found is None:
        return False
    name = found.group("name").strip()
    return len(name.split()) <= 4 and looks_like_name(name)


def _paragraphs(block: list[str]) -> list[str]:
    """A block of hard-wrapped lines is one paragraph; long lines are a paragraph each (a
    hard-wrapped capture's paragraphs are read as the logical lines they were written as)."""
    if len(block) == 1:
        return block
    ends = [
        k
        for k, line in enumerate(block[:-1])
        if _HTML_PARAGRAPH_END.search(line) or _HTML_PARAGRAPH_START.match(block[k + 1])
    ]
    if ends:
        # "... energy ministers said Tuesday.</p>" / "<p>"We have agreed ...": a stored
        # body's HTML paragraphs (a CMS's export), each wrapped over lines of its own; the
        # markup, not a blank line, parts them
        cuts = [0, *(k + 1 for k in ends), len(block)]
        return [p for a, b in zip(cuts, cuts[1:], strict=False) for p in _paragraphs(block[a:b])]
    if not all(len(line) < _WRAP_WIDTH for line in block[:-1]):
        return block
    signed = [
        k
        for k in range(1, len(block))
        if _SENTENCE_CLOSED.search(block[k - 1].rstrip()) and _dash_signoff(block[k].strip())
    ]
    if signed:
        # "... is about to cost more." / "—Jane Roe": the writer's sign-off after a dash
        # closes the item, a paragraph of its own however the lines around it were wrapped
        cuts = sorted({0, *signed, *(k + 1 for k in signed), len(block)})
        return [" ".join(block[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [" ".join(block)]


# A paragraph's last line, its sentence closed ("... said Wednesday.", "... 2024.”").
_SENTENCE_CLOSED = re.compile(r"[.!?][”\"’)]?$")


def _segmented(kept: list[str], breaks: list[int]) -> tuple[list[str], list[int]] | None:
    """The paragraphs of a block's kept lines read part by part, the parts cut where a caption
    stood between them (`breaks`: indexes into `kept`), with the index of each paragraph's
    first line; None when it reads no more paragraphs than the whole block does, or when a
    part's paragraphs do not each start on a line of their own."""
    cuts = [0, *sorted(set(breaks)), len(kept)]
    paras: list[str] = []
    starts: list[int] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        part = _paragraphs(kept[a:b])
        if len(part) == 1:
            starts.append(a)
        elif len(part) == b - a:
            starts.extend(range(a, b))
        else:
            return None  # a stored body's markup parts it: read as the whole block reads
        paras.extend(part)
    return (paras, starts) if len(paras) > len(_paragraphs(kept)) else None


def _dateline_under_short_lines(
    kept: list[str], paras: list[str], reference_date: dt.date | None
) -> int | None:
    """Where a dateline opens a paragraph inside lines joined as hard-wrapped copy: its last
    line, written on one line (longer than any wrapped line) under short lines; or, in
    hard-wrapped copy, a wrapped paragraph under one to three short lines that are no wrapped
    prose (a writer's name, a label). None when no dateline opens there."""
    if len(paras) != 1 or len(kept) < 2:
        return None
    if len(kept[-1]) >= _WRAP_WIDTH and match_dateline(kept[-1], reference_date) is not None:
        return len(kept) - 1
    for i in range(1, min(len(kept) - 1, _SHORT_HEAD_LINES) + 1):
        # "https://www.paper.com/business/lira-steadies" over "ANKARA — The lira ...": the
        # page's address alone on its line (a feed's or a reader app's export prints the
        # item's link over its text), a unit of its own however long, as a short line is
        if len(kept[i - 1]) >= _SHORT_HEAD_WIDTH and not _ADDRESS_ALONE.fullmatch(kept[i - 1]):
            break
        if match_dateline(" ".join(kept[i:]), reference_date) is not None:
            return i
    return _dated_line_under_title_lines(kept, reference_date)


# A web address alone on its line: "https://www.paper.com/news/...", "www.paper.com/...".
_ADDRESS_ALONE = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


# A story's dateline opens one of the first this many lines of a capture that lost its blank
# lines (under its headline, deck, release's bullets and slugs).
_SINGLE_SPACED_OPENING = 14
# Two sentences in the lines above: the story's prose has begun there.
_TWO_SENTENCES = re.compile(r"[a-z)]{2}[.!?][\"”’]?\s+[A-Z\"“]")


def _ends_its_line(above: str, below: str, width: int) -> bool:
    """A wrapper did not break here: the next line's first word would have fitted on the line
    (a short line ends its unit), or the line is set in capitals over one that is not (a
    slug, an embargo line)."""
    word = below.split(None, 1)[0] if below.split() else ""
    return len(above) + 1 + len(word) <= width or (
        above.isupper() and not below.isupper() and any(c.isalpha() for c in below)
    )


def _dated_line_under_title_lines(kept: list[str], reference_date: dt.date | None) -> int | None:
    """A dateline opening a line inside a block that is a whole opening set without
    blank lines ("Halvorsen Biotech Announces ..." / "- HB-204 reduced ..." / "18 Mar, 2025,
    07:00 ET" / "BOSTON, March 18, 2025 /PRNewswire/ -- ...", "Council approves measure ..."
    / "(ANSA) - VENICE, JAN 16 - ...", a capture whose blank lines a copy and paste dropped):
    the line above it ends its own unit (`_ends_its_line`: a wrapper would have carried the
    word on), no two sentences of the story stand above it, and the dateline carries two of
    a date, an agency and its place in capitals. None when none does."""
    if match_dateline(" ".join(kept), reference_date) is not None:
        return None  # the block opens with its dateline (after cable notes, a wire's codes)
    width = max(len(line) for line in kept)
    for i in range(1, min(len(kept) - 1, _SINGLE_SPACED_OPENING) + 1):
        if _TWO_SENTENCES.search(" ".join(kept[:i])):
            return None
        if not _ends_its_line(kept[i - 1], kept[i], width):
            continue
        found = match_dateline(" ".join(kept[i:]), reference_date)
        if found is None:
            continue
        place = found.dateline.place or ""
        capitals = place[:1].isalpha() and place.split(",")[0].isupper()
        dated = found.dateline.date is not None
        if (found.dateline.source and (dated or capitals)) or (dated and capitals):
            return i
        below = kept[i + 1] if i + 1 < len(kept) else ""
        if capitals and _capitals_colon_after_sentence(found.dateline, kept[i - 1], below):
            return i
    return None


def _capitals_colon_after_sentence(dateline: Dateline, above: str, below: str) -> bool:
    """`NEW DELHI:` opening the line under one whose sentence is closed ("Infosys and TCS gained
    while HDFC Bank dragged." / "NEW DELHI: Benchmark indices ..."): the Indian papers'
    dateline, a known town in capitals and a colon with neither date nor agency, under the
    page's synopsis; a closed sentence ends its paragraph, so the dateline opens the next.
    Not a country or a region ("JAPAN:", "FRANCE:": a roundup's items), nor a label over
    another line that opens with its own capitals and colon (a list of briefs)."""
    from archiver.extract.gazetteer import is_known_place, is_region

    place = dateline.place or ""
    return (
        dateline.raw.rstrip().endswith(":")
        and _SENTENCE_CLOSED.search(above) is not None
        and is_known_place(place)
        and not is_region(place)
        # "PHILIPPINES: Floods ..." under it: a briefs list's next item, its label the same shape
        and _DATELINE_OPENER.match(below) is None
    )


def _dateline_line_in_block(
    kept: list[str], paras: list[str], reference_date: dt.date | None, headline: str | None = None
) -> int | None:
    """Which of a joined block's first short lines is a dateline set apart on its own line
    (match_standalone_dateline: "ROME, Tuesday", "BAAR, Switzerland") over the story's lines;
    the lines above it short too (a label, a writer's name). None when none is. `headline`:
    the story's, which may name a mixed-case city's country ("Mexico City" over the story's
    lines, "In Mexico City, water rationing ..." over them), as the paragraphs' reading asks."""
    if len(paras) != 1 or len(kept) < 2:
        return None
    for i in range(min(len(kept) - 1, _SHORT_HEAD_LINES)):
        line = _LEAD_IN.sub("", kept[i], count=1)
        if len(kept[i]) >= _SHORT_HEAD_WIDTH:
            break
        below = " ".join(kept[i + 1 :])
        if len(below.split()) < _STORY_UNDER_WORDS or not below[:1].isalpha():
            break  # "MODESTO, Calif." over "Jan. 14, 2022": the dateline's own lines
        found = match_standalone_dateline(line, below, reference_date)
        if found is None and headline:
            found = city_alone_under_headline(line, below, headline, on_story=True)
        if found is not None and found.dateline.place:
            # (a date and an outlet alone, "Thursday, April 17, 2008 (SF Chronicle)", is the
            # page's stamp)
            return i
    return None


# The story's lines under a dateline set apart hold a sentence at least.
_STORY_UNDER_WORDS = 12
# A short line over a wrapped paragraph (a name, a label) is shorter than a wrapped line.
_SHORT_HEAD_LINES = 3
_SHORT_HEAD_WIDTH = 40


def _credit_line_photo(caption: str | None, credit_line: str, portrait: bool = False) -> Photo:
    """A photo whose credit stands on its own line, under its caption line when there is one
    (`portrait`: the header's roles read a portrait's caption over it)."""
    return _photo_from_caption(
        f"{caption} {credit_line}" if caption else credit_line, True, credit_line, portrait
    )


def _same_photographer(caption: str, credit_line: str) -> bool:
    """The caption ends in its photographer's name alone and the line under it credits the
    same person with an agency: one photo's credit, printed twice."""
    own, full = find_credit(caption, in_header=True), find_credit(credit_line, in_header=True)
    return (
        own is not None
        and full is not None
        and own.agency is None
        and full.agency is not None
        and full.photographer is not None
        and full.photographer.casefold()
        in {own.credit.casefold(), (own.photographer or "").casefold()}
    )


def _header_photos(roles: list[LineRole], photos: _Photos, lines: list[str] | None = None) -> None:
    """Photos from the opening's caption and credit lines. A credit on its own line belongs to
    the caption line right above it ("caption / Photo: X, AFP"), or, when the page prints the
    credit first, to the caption line right below it ("Image copyright X / Image caption ...").
    With the `lines`, a caption and its credit with blank lines between them are a pair too
    (a copy that doubled every break)."""

    def next_to(a: int, b: int) -> bool:
        if b == a + 1:
            return True
        return lines is not None and a < b and not any(lines[a + 1 : b])

    unparted = lines is not None and blank_lines_part_nothing(lines)
    k = 0
    while k < len(roles):
        r = roles[k]
        nxt = roles[k + 1] if k + 1 < len(roles) and next_to(r.line, roles[k + 1].line) else None
        if r.role == "caption" and nxt is not None and nxt.role == "credit":
            if (source := source_under_picture(r.text, nxt.text)) is not None:
                # "[Image: ...]" / "Source: Maersk": the marker's alt text and its source
                photos.add(_credited_photo(r.text, source))
                k += 2
                continue
            if (notice := bracketed_rights_credit(nxt.text)) is not None:
                photos.add(_credited_photo(r.text, notice))  # "(Copyright 2023 The AP ...)"
                k += 2
                continue
            if (wire := dashed_wire_credit(r.text, nxt.text)) is not None:
                photos.add(_credited_photo(r.text, Credit(wire, None, wire)))  # "... " / "— APP"
                k += 2
                continue
            if _same_photographer(r.text, nxt.text):
                # "... in Nairobi (Jane ROE)" / "Jane ROE / AFP": the caption's credit given
                # again in full with its agency, one photo's
                photos.add(_credit_line_photo(r.text, nxt.text, portrait=True))
                k += 2
                continue
            if nxt.why == (CALL_SIGN_UNDER_CAPTION,):
                # "The bridge seen from the river." / "WCCO": the station's own picture
                station = nxt.text.strip()
                photos.add(_credited_photo(r.text, Credit(station, None, station)))
                k += 2
                continue
            if nxt.why == (NAME_UNDER_CAPTION,) and (
                named := name_alone_under_caption(r.text, nxt.text)
            ):
                # "The line will close for 12 weekends." / "Jane Roe": the roles read the name
                # alone as the photographer's, under the header's caption
                photos.add(_credited_photo(r.text, named))
                k += 2
                continue
            if credit_wrapped_over(r.text, nxt.text) is None and _photo_line(
                r.text, photos, in_header=True
            ):
                k += 1  # the caption had its own credit; the next line is a photo of its own
                continue
            photos.add(_credit_line_photo(r.text, nxt.text, portrait=True))
            k += 2
            continue
        if r.role == "credit" and nxt is not None and nxt.role == "caption":
            if _credit_again_in_caption(r.text, nxt.text) and _photo_line(
                nxt.text, photos, in_header=True
            ):
                # "Photo: Jane Roe" / "Tourists walk through the village. Photo: Jane Roe": the
                # picture's credit over it, then its caption closed by the same credit; one
                # photo's, its caption the one below
                k += 2
                continue
            if r.why == (SOURCE_OVER_CAPTION,) and (
                source := source_over_caption(r.text, nxt.text)
            ):
                photos.add(_credited_photo(nxt.text, source))  # "Source: X/@handle" / caption
                k += 2
                continue
            if find_credit(nxt.text, in_header=True) is None and parse_gallery(nxt.text) is None:
                # the roles put the credit over its caption already ("Jane Roe, Star Tribune"
                # over one is a credit only below the byline, and the roles asked that)
                over = credit_over_caption(
                    r.text,
                    nxt.text,
                    in_header=True,
                    byline_seen=True,
                    name_alone=True,
                    stopless=True,
                )
                if over is not None:
                    photos.add(_credited_photo(nxt.text, over))
                else:
                    photos.add(_photo_from_caption(nxt.text, True, r.text))
                k += 2
                continue
        if (
            r.role in ("caption", "credit")
            and k > 0
            # right under it, or under it in a copy that sets every line apart (there a blank
            # line parts no block; elsewhere a notice a blank line under may be the next
            # photo's credit), and then only a notice naming the caption's own agency ("©
            # Thomson Reuters" under "REUTERS/Jane Roe"; "© Getty Images" under ".../AP" is
            # the next photo's credit over its caption)
            and (
                roles[k - 1].line == r.line - 1 or (unparted and next_to(roles[k - 1].line, r.line))
            )
            # the cheap test first: a line with no copyright mark needs no credit read above it
            and is_rights_signoff(r.text)
            and (above := find_credit(roles[k - 1].text, in_header=True)) is not None
            and (roles[k - 1].line == r.line - 1 or _same_holder(above, r.text))
        ):
            pass  # "© Thomson Reuters" under a credited caption: the page's rights notice
        elif r.role == "credit":
            library = (
                lead_photo_credit(r.text) if find_credit(r.text, in_header=True) is None else None
            )
            # "Getty Images" alone: a picture library's name, which no credit pattern reads
            if r.why == (LABELLED_CREDIT_ABOVE,):
                # "(Illustration by The Washington Post; iStock)": the label is the credit's
                library = labelled_credit_alone(r.text)
            if library is None and r.why == (BRACKETED_NAME_CREDIT,):
                # "(Jane Roe)" under the byline: the photographer's name, its brackets off
                name = r.text.strip().strip("()").strip()
                library = Credit(name, name, None)
            if library is None and r.why == (OFFICE_UNDER_HEADLINE,):
                # "(Knox County Sheriff's Office)" under the headline: the office, brackets off
                library = (
                    bracketed_office(r.text)
                    or named_office_caption(r.text)
                    or lead_photo_credit(r.text)
                )
            if library is None and r.why == (RIGHTS_OPENS_CAPTION,):
                # "© Reuters. FILE PHOTO: A jet taxis ...": the agency the sign names
                library = rights_opened_caption(r.text)
            if library is None and r.why == (FOR_SITE_CREDIT,):
                # "John Doe for STAT" under the byline: the site's own hired photographer
                person, _, site = r.text.strip().rpartition(" for ")
                library = Credit(r.text.strip(), person, site)
            if library is None and r.why == (VIEWER_BUTTON_CREDIT,):
                # "Enlarge" / "Jane Roe | Getty Images": the credit's parts, read alone
                library = bare_credit(r.text)
            if library is None and r.why == (LENDER_OVER_STORY,):
                # "Sony" over the story: the roles read the name alone as the lead photo's
                # credit (the page prints its credits so), which no credit pattern reads
                library = Credit(r.text.strip(), None, None)
            photos.add(
                _credited_photo(r.text, library)
                if library is not None
                else _credit_line_photo(None, r.text)
            )
        elif r.role == "caption" and not _photo_line(r.text, photos, in_header=True):
            photos.add(_photo_from_caption(r.text))
        elif r.role == "byline" and (shot := byline_photographer(r.text)) is not None:
            # "Story Jane Roe. Photo John Doe.": the credits row names the lead photo's
            # photographer beside the writer
            photos.add(_credited_photo(r.text, shot))
        k += 1


def _credit_again_in_caption(credit_line: str, caption: str) -> bool:
    """The caption under a credit line ends in the very credit that line reads."""
    over = find_credit(credit_line, in_header=True)
    own = find_credit(caption, in_header=True)
    return over is not None and own is not None and over.credit == own.credit


# How many story paragraphs the dateline is looked for in, and how long a paragraph before it
# may be: what scraped pages print above the first paragraph (a date stamp, share buttons, a
# deck, bullet points, a caption) is short, and once a paragraph of story prose has gone by
# the dateline's place is past.
_DATELINE_PARAGRAPHS = 6
_PREFACE_MAX_WORDS = 30
_BULLET = re.compile(r"^[*•·▪‣◦-]\s")
# A button's or a label's few words; the paragraphs looked at grow by one for each, up to this.
_BUTTON_WORDS = 4
_BUTTONS_MAX = 20


# A notice's opening words: an archive's note on a digitised article, a republication or
# correction note, an editor's note (looked for in a paragraph's first characters only).
_NOTICE = re.compile(
    r"(?i:\b(?:digiti[sz](?:ed|ation)|print\s+archive|originally\s+(?:appeared|published|ran)"
    r"|this\s+(?:article|story)\s+(?:was|is|has\s+been|first|originally)\b"
    r"|editor['’]?s\s+note|note\s+to\s+readers))"
)
_NOTICE_CHARS = 80


# What may stand before a dateline on its line and is not the story: a field's label
# ("DATELINE: KABUL —", a database's "Full Text: ROME, Tuesday"), or the correspondent's or the
# wire's credit in brackets as old papers print it over the dateline ("(From Our Own
# Correspondent.)", "(By Telegraph.—Press Association.)", "(Per United Press Association.)",
# "(Special to The Times)"). Only taken off when a dateline follows it.
_LEAD_IN = re.compile(
    r"^(?:(?i:dateline|full\s+text|text)\s*:[ \t]*"
    r"|\((?i:from|by|per|special\s+to)\b[^()]{3,80}\)[ \t]+)(?=[A-Z])"
)


# A broadcast transcript's speaker label with the speaker's part in the programme, as NPR
# and other broadcasters print each turn: "AILSA CHANG, HOST:", "JANE ROE, BYLINE:",
# "JOHN DOE (PHONETIC), CORRESPONDENT:" (a place's label is no role: "PARIS, FRANCE:")
_SPEAKER_TURN = re.compile(
    r"^[A-Z][A-Z'’.-]*(?:\s+[A-Z(][A-Z'’.()-]*){0,4},\s+(?:[A-Z]+\s+)?(?:HOST|CO-HOST|BYLINE|ANCHOR|"
    r"CORRESPONDENT|REPORTER|GUEST|INTERVIEWER|MODERATOR|NARRATOR|PRESENTER|CONTRIBUTOR)\b"
    r"[^:\n]{0,40}:"
)


# A transcript's turn: a speaker's name in capitals (one to three words) and a colon, then
# the words spoken ("KELLY: The Senate was ...").
_TURN = re.compile(r"^[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,2}:[ \t]+\S")
# How many paragraphs under a colon's dateline are asked for another speaker's turn.
_TURNS_BELOW = 4


def _speaker_turns(paragraphs: list[str], k: int, found: DatelineMatch) -> bool:
    """The dateline found at paragraph `k` is a place in capitals and a colon alone ("KELLY:",
    no date, no agency) and one of the next paragraphs opens the same way: a transcript's
    speakers taking turns, not a place's dateline."""
    line = found.dateline
    if line.date or line.source or not line.raw.endswith(":"):
        return False
    if not _TURN.match(paragraphs[k]):
        return False
    return any(
        (turn := _TURN.match(p)) is not None and not _notice_label(turn.group(0))
        for p in paragraphs[k + 1 : k + 1 + _TURNS_BELOW]
    )


# The labels a paper sets in capitals before a notice or a box's item, not a speaker's name:
# "UPCOMING: Madaraka Day celebration, ...", "CORRECTION: ...", "IF YOU GO: ...", "WHEN: ...".
_NOTICE_LABELS = frozenset(
    """upcoming update updated correction corrections clarification note editor's editor’s
    related also more watch listen video photos if what when where who cost tickets info
    details contact donate event events background disclosure""".split()
)


def _notice_label(opening: str) -> bool:
    """A paragraph's opening label in capitals ("UPCOMING: ", "IF YOU GO: ") is a notice's,
    not a speaker's turn: its first word is one of _NOTICE_LABELS."""
    return opening.split()[0].rstrip(":").lower() in _NOTICE_LABELS


# A speaker's name and a colon opening a paragraph, in any case: "Niinistö: Partly. ...".
_NAMED_TURN = re.compile(r"^(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,2}):[ \t]+\S")


def _interview_turns(paragraphs: list[str], k: int) -> bool:
    """Paragraph `k` opens on a name and a colon, and so does another paragraph near it with
    the same name ("DER SPIEGEL: ..." / "Niinistö: That he means ..." / "DER SPIEGEL: ..." /
    "Niinistö: Partly."): an interview's turns, not the place a dateline names once."""
    m = _NAMED_TURN.match(paragraphs[k])
    if m is None:
        return False
    near = paragraphs[max(0, k - _TURNS_BELOW) : k] + paragraphs[k + 1 : k + 1 + _TURNS_BELOW]
    return any(
        (other := _NAMED_TURN.match(p)) is not None and other.group("name") == m.group("name")
        for p in near
    )


@dataclass(frozen=True)
class _Located:
    index: int  # of the paragraph
    found: DatelineMatch
    why: tuple[str, ...]
    byline: str | None = None  # a byline run into the dateline on the same line
    stamp: int | None = None  # the page's place and date stamp set apart above the story


def _find_dateline(
    paragraphs: list[str],
    reference_date: dt.date | None,
    headline: str | None = None,
    captions: str | None = None,
    header: list[str] | None = None,
    on_story: frozenset[int] = frozenset(),
) -> _Located | None:
    """The first of the opening paragraphs that starts with a dateline. `captions`: the
    captions of the photos over the story, which name the town a local paper's dateline gives
    in mixed case as its headline may ("... leave the Groton shipyard" over "Groton — ...");
    `header`: the page's short chrome lines, whose location line ("Baku, Azerbaijan") names the
    city a story opens with before a full stop ("Baku. Azerbaijan Railways ..."); `on_story`:
    the paragraphs whose line sat right on the story's first line, no blank line between."""
    limit = min(_DATELINE_PARAGRAPHS, len(paragraphs))
    prose_seen = False
    k = 0
    while k < limit:
        if k and _SPEAKER_TURN.match(paragraphs[k - 1]):
            # "AILSA CHANG, HOST:" / ... / "CHANG: And airlines ...": a broadcast's transcript
            # has begun, its turns open on the speaker's name and a colon; a dateline stands
            # over the story, never among the turns
            return None
        para = _LEAD_IN.sub("", paragraphs[k], count=1)
        where = (
            (f"paragraph {k + 1}: the {k} before it are short (a stamp, a caption, a deck)",)
            if k >= 2
            else ()
        )
        found = match_dateline(para, reference_date)
        if found is not None and _appositive_dash(found):
            found = None  # "Folsom — long the region's priciest suburb — posted ...": prose
        if found is not None and death_notice_dateline(found):
            # "FRASER, Wilfred Joseph — 84, of Glace Bay, passed away ...": a death notice,
            # the surname in capitals and the given names, then the age and the home town; a
            # story's lead never opens on an age
            found = None
        if found is not None and _speaker_turns(paragraphs, k, found):
            # "KELLY: The Senate was ..." / "SNYDER: Leaders say ...": a transcript's turns,
            # each opening on a speaker's name in capitals and a colon; a surname is often a
            # town's too (GeoNames' Kelly, Snyder), but a dateline opens the story once
            return None
        if found is not None and k and quotes_below(paragraphs[k - 1], paragraphs[: k - 1]):
            # "Reuters has more on the insurance picture:" over "LONDON, Nov 23 (Reuters) -
            # ...": a live page's entry quoting a wire's report, whose dateline is not the
            # page's; the story began above it
            return None
        if found is not None and prose_seen and _dated_item_below(paragraphs, k, reference_date):
            # story prose, then "IOWA. Jan. 15 — ..." over "NEW HAMPSHIRE. Jan. 23 — ...": a
            # timeline's dated items inside the story; a dateline opens a story, once
            return None
        if found is not None:
            return (
                _story_dateline_below(paragraphs, k, found, reference_date)
                or _placed_dateline_below(paragraphs, k, found, reference_date)
                or _Located(k, found, where)
            )
        after = match_dateline_after_byline(para, reference_date)
        if after is not None:
            return _Located(k, after[1], where, byline=after[0])
        if k + 1 < len(paragraphs):
            alone = match_standalone_dateline(para, paragraphs[k + 1], reference_date)
            if alone is None and headline:
                # "Kathmandu" over a story that names no country, "Nepal to resume ..." the
                # headline over it: the headline names the city's country
                alone = city_alone_under_headline(
                    para, paragraphs[k + 1], headline, on_story=k in on_story
                )
            if alone is None and k + 2 < len(paragraphs) and _credited_caption(paragraphs[k + 1]):
                # "Nairobi" / "... addresses journalists. PHOTO | FILE | NATION MEDIA GROUP" /
                # the story: the place set apart over the lead photo's credited caption
                alone = match_standalone_dateline(para, paragraphs[k + 2], reference_date)
            if alone is not None:
                # "VENEZIA, 03 dicembre 2020, 12:48" / "Redazione ANSA" / "VENEZIA - Il
                # sistema ...": the page's place and stamp set apart over the story that opens
                # with its own dateline of the same place; that one is the story's
                below = _story_dateline_below(paragraphs, k, alone, reference_date)
                if below is not None:
                    return dataclasses.replace(below, stamp=k)
                return _Located(k, dataclasses.replace(alone, rest=""), where)
        following = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
        named = match_headline_place(para, following, headline)
        if named is None and captions:
            named = match_headline_place(para, following, captions, "the photo's caption")
        if named is not None and _interview_turns(paragraphs, k):
            # "Niinistö: Partly. But memory is short." a paragraph or two under "Niinistö: That
            # he means ...": the speaker's name opening each turn, which the caption and the
            # headline name too; no place
            named = None
        if named is None and header and not prose_seen:
            named = match_stop_place(para, header)
        if named is not None:
            return _Located(k, named, where)
        words = len(para.split())
        if words <= _BUTTON_WORDS and limit < _BUTTONS_MAX and not prose_seen:
            # "Gift this article", "Save for later", "Most popular": a page's buttons and
            # labels, however many, take no place from the paragraphs the dateline may open
            limit = min(len(paragraphs), limit + 1)
        if words > _PREFACE_MAX_WORDS and _NOTICE.search(para[:_NOTICE_CHARS]):
            # "This is a digitized version of an article from the print archive ...", "Editor's
            # note: ...": a page's or an editor's notice, not the story; its dateline follows
            limit = min(len(paragraphs), max(limit, k + 3))
        elif words > _PREFACE_MAX_WORDS and not _BULLET.match(para):
            # story prose: a dateline further down is no dateline (a long standfirst may
            # stand above it, so after a long first paragraph the second is still looked at)
            limit = min(limit, 2 if k == 0 else k + 1)
            # and a short label under it ("Key dates:" over a timeline's dated items) is the
            # story's own, not a page's button: it takes back none of the paragraphs cut off
            prose_seen = True
        k += 1
    return None


# What follows the name in a death notice: the age, then "of" and the home town ("84, of
# Glace Bay, passed away ...").
_DEATH_NOTICE_REST = re.compile(r"\d{1,3},\s+(?:of|late of|formerly of)\s+[A-Z]")
# A death notice's name where a dateline's place stands: the surname in capitals (a "Mac" or
# "Mc" may keep its small letters), a comma, the given names in title case ("FRASER, Wilfred
# Joseph", "MacLEOD, Agnes Marie"); a place's region after its comma is in capitals or an
# abbreviation ("GLACE BAY, N.S."), or a region or a place ("HALIFAX, Nova Scotia").
_NOTICE_SURNAME = re.compile(
    r"(?:Ma?c|O')?[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?){0,3}"
)


def death_notice_dateline(found: DatelineMatch) -> bool:
    """The dateline-like opening is a death notice's ("FRASER, Wilfred Joseph — 84, of Glace
    Bay, passed away ..."): the place a surname in capitals and given names
    (_NOTICE_SURNAME), the rest the age and the home town (_DEATH_NOTICE_REST). A story's
    lead may open on an age ("HALIFAX — 17, of Dartmouth, and a 16-year-old ...")."""
    from archiver.extract.gazetteer import is_known_place, is_region

    place = found.dateline.place or ""
    if _DEATH_NOTICE_REST.match(found.rest) is None or not _NOTICE_SURNAME.fullmatch(place):
        return False
    # "HALIFAX, Nova Scotia — 17, of ...": a region or a place after the comma, no given names
    given = place.split(",", 1)[1].strip()
    return not is_region(given) and not is_known_place(given)


def _dated_item_below(paragraphs: list[str], k: int, reference_date: dt.date | None) -> bool:
    """The paragraph under paragraph `k` opens with a dated dateline too: `k` is one of a
    list's dated items, not the story's one dateline."""
    if k + 1 >= len(paragraphs):
        return False
    below = match_dateline(paragraphs[k + 1], reference_date)
    return below is not None and below.dateline.date_text is not None


# How many paragraphs (bullet points, the desk's note on what the update adds) may stand
# between a wire's bare dateline and the story's own under it.
_BARE_DATELINE_LOOKAHEAD = 4


def _placed_dateline_below(
    paragraphs: list[str], k: int, found: DatelineMatch, reference_date: dt.date | None
) -> _Located | None:
    """The story's full dateline under the wire's bare one: "Dec 3 (Reuters) -" alone on its
    line over the story's bullet points and the desk's note, then "SANTIAGO, Dec 3 (Reuters) -
    Chile's copper ..." (a terminal's or a client's copy of an updated wire story). The bare
    line names no place; the paragraph that opens with the same day and agency and a place is
    the story's dateline."""
    bare = found.dateline
    if bare.place or found.rest.strip() or not (bare.source and bare.date_text):
        return None
    for j in range(k + 1, min(len(paragraphs), k + 1 + _BARE_DATELINE_LOOKAHEAD)):
        below = match_dateline(paragraphs[j], reference_date)
        if below is None:
            if len(paragraphs[j].split()) > _PREFACE_MAX_WORDS and not _BULLET.match(paragraphs[j]):
                return None  # story prose: the bare line was the story's dateline
            continue
        placed = below.dateline
        if placed.place and placed.source == bare.source and placed.date == bare.date:
            why = (f"under the wire's bare dateline {bare.raw!r}, the same day and agency",)
            return _Located(j, below, why)
        return None
    return None


# A photo's caption is a sentence or two.
_CAPTION_MAX_WORDS = 40


# How many of the capture's prose lines must leave runs of spaces between their words, and
# how many such lines at least, before its spacing says nothing of menus.
_SPACED_PROSE_SHARE = 0.6
_SPACED_PROSE_LINES = 5


# The gaps an OCR leaves between a justified line's words; a page's running head keeps its
# items wider apart ("PAGE 2          THE DAILY GLEANER          WEDNESDAY").
_OCR_GAP = re.compile(r"(?<=\S) {2,5}(?=\S)")


def _evenly_spaced(raw_lines: list[str]) -> bool:
    """The capture leaves runs of spaces between the words of its prose too: an OCR of a
    printed column, which spaces a justified line's words as the type stood ("voted  six  to
    one  to  approve  plans"), so a headline's "NEW  BRIDGE  PLAN" is spaced as its story is,
    not a menu's items kept apart."""
    prose = [
        t
        for t in (r.strip() for r in raw_lines)
        if len(t.split()) >= 5 and any(c.islower() for c in t)
    ]
    if len(prose) < _SPACED_PROSE_LINES:
        return False
    spaced = sum("  " in t for t in prose)
    return spaced >= len(prose) * _SPACED_PROSE_SHARE


def _credited_caption(para: str) -> bool:
    """`para` is a photo's caption that ends in its credit, a sentence or two long."""
    return len(para.split()) <= _CAPTION_MAX_WORDS and find_credit(para, in_header=True) is not None


def _appositive_dash(found: DatelineMatch) -> bool:
    """A place alone (no date, no agency) in mixed case before a dash, and the words after
    the dash in small letters: a sentence naming the town with an aside between dashes, not a
    dateline, whose story opens a sentence with its capital ("Folsom — The council ...")."""
    line = found.dateline
    rest = found.rest.lstrip(" \"“‘'")
    return (
        line.date is None
        and line.source is None
        and bool(line.place)
        and not (line.place or "").isupper()
        and rest[:1].islower()
    )


# How many paragraphs under a caption that opens with a dateline the story's may stand (its
# credit, set apart, between them).
_CAPTION_LOOKAHEAD = 2


def _story_dateline_below(
    paragraphs: list[str], k: int, found: DatelineMatch, reference_date: dt.date | None
) -> _Located | None:
    """The story's dateline paragraph under a photo's caption that opens with a dateline of
    the same place ("KUALA LUMPUR, 22 July -- The minister at a press conference ..." over
    "KUALA LUMPUR, July 22 (Bernama) -- The ministry expects ..."), when the caption's credit
    stands apart from it and so did not mark it: of two paragraphs at the story's top that
    open with the same place, the first, shorter, is the caption (or the page's place and
    stamp set apart over the story: "VENEZIA, 03 dicembre 2020, 12:48" over "VENEZIA - ...")."""
    para = paragraphs[k]
    words = len(para.split())
    if words > _DATED_CAPTION_WORDS or not found.dateline.place:
        return None
    head = found.dateline.place.split(",")[0].strip().casefold()
    for j in range(k + 1, min(len(paragraphs), k + 1 + _CAPTION_LOOKAHEAD)):
        below = match_dateline(paragraphs[j], reference_date)
        if (
            below is not None
            and below.dateline.place
            and below.dateline.place.split(",")[0].strip().casefold() == head
            and len(paragraphs[j].split()) > words
        ):
            why = (
                f"paragraph {j + 1}: the shorter paragraph above it with the same place is a"
                " caption or a stamp",
            )
            return _Located(j, below, why)
    return None


def _reporters(paragraph: str) -> tuple[str, ...]:
    from archiver.extract.datelines_intl import reporters_line

    return reporters_line(paragraph)


# Where a story's foot names its writers, in the order asked: the trailer ("(Reporting by Jane
# Roe in Accra; Editing by John Doe)"), a writer's line of its own ("(By Jane Roe)", "Author:
# Jane Roe", which leaves the story), the writer's biography ("Jane Roe covers housing for The
# Paper.", which stays); with how many closing paragraphs each is looked for in.
# The trailer may sit over a page's tag list ("Read More News on" / "rupee" / "RBI" /
# "forex"), one short paragraph a tag: looked for in the last six.
_TRAILER_DEPTH = 6
_FOOT_READERS = (
    (
        trailer_byline,
        _TRAILER_DEPTH,
        False,
        "the story's trailer names its writers ('Reporting by', 'Writing by')",
    ),
    (
        author_signoff_byline,
        3,
        True,
        "the agency's sign-off names its author ('AGERPRES (author: ..., editor: ...)')",
    ),
    (foot_byline, 5, True, "a writer's line of its own at the story's foot"),
    (reported_from_byline, 2, True, "the story's foot says where each writer reported from"),
    (contact_byline, 3, True, "the story's foot says where to write to its writers"),
    (run_in_signoff, 3, False, "the story's last sentence is signed off after a dash"),
    (bio_byline, 2, False, "the writer's biography at the story's foot names the writer"),
    (signed_byline, 1, True, "the story's last line signs it: a name, then where it was filed"),
)


def _letters_page(paragraphs: list[str], k: int) -> bool:
    """Another paragraph above paragraph `k` is signed the same way ("Greg Falzon, Mulgrave"
    under one letter, "Margaret Hollis, Brunswick East" under the last): a page of readers'
    letters, each signed by its writer, which has no byline."""
    return any(signed_byline(paragraphs[j]) is not None for j in range(k))


# What a legal or public notice prints: its formula, its section's name, its publication line.
_NOTICE_MARK = re.compile(
    r"\b(?i:notice\s+is\s+hereby\s+given)\b"
    r"|^\s*(?i:(?:public|legal|official)\s+notices?)\s*$"
    r"|^\s*(?i:published\s+in)\s+(?-i:[A-Z])",
    re.MULTILINE,
)


def _notice_page(lines: list[str]) -> bool:
    """The page prints a legal or public notice ("Notice is hereby given that ...", "PUBLIC
    NOTICES", "Published in The Maple Bluff Herald Oct. 23, 2024")."""
    return any(_NOTICE_MARK.search(line) is not None for line in lines if line)


def _photo_sources(photos: _Photos) -> frozenset[str]:
    """The outlets and agencies the page's photos read so far credit beside a photographer
    ("Rick Madonik/Toronto Star" names Toronto Star)."""
    return frozenset(p.agency for p in photos.items if p.agency and p.photographer)


# A story's sentence, no caption's: a future or a reporting verb ("Shuttle buses will run every
# three minutes.", "The agency said Friday ...").
_STORY_VERB = re.compile(r"\b(?i:will|would|said|says|told|tells|added|announced|according)\b")


def _item_signature(
    above: str, credit: Credit, lines: list[str], byline: Byline | None, sources: frozenset[str]
) -> bool:
    """A name and the page's photo source with no slash (person_before_source) under a line that
    reads as the story's sentence, not a caption (_STORY_VERB); or the name is the byline's own
    writer, or the page signs another line so with its writer ("Ben Spurr Toronto Star" under
    "By Ben Spurr"): a roundup's items, each signed by its writer and paper, no photo's credit."""
    if _STORY_VERB.search(above) is not None:
        return True
    if byline is None or not byline.names:
        return False
    if credit.photographer and _writer_signs(credit.photographer, byline):
        return True
    signed = {
        f"{' '.join(n.split())} {source}".casefold() for n in byline.names for source in sources
    }
    return any(" ".join(line.split()).casefold() in signed for line in lines if line)


class _PageSources:
    """The page's photo sources (credits.page_sources), read once, when first asked."""

    def __init__(self) -> None:
        self._found: frozenset[str] | None = None

    def get(self, lines: list[str], start: int) -> frozenset[str]:
        if self._found is None:
            self._found = page_sources(lines[start:])
        return self._found


def _foot_writers(
    out: WireStructure, paragraphs: list[str], first_lines: list[int], lines: list[str]
) -> None:
    """Set the byline from the story's foot, when it names the writers."""
    for read, depth, remove, why in _FOOT_READERS:
        for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - depth), -1):
            if (found := read(paragraphs[k])) is not None:
                if read is signed_byline and _letters_page(paragraphs, k):
                    return  # each letter on a letters page signed so: its writer, no byline
                if read is signed_byline and signer_office(paragraphs[k]) and _notice_page(lines):
                    # "Notice is hereby given ..." / "Gregory Tan, Village Clerk": the official
                    # who issues a legal or public notice, which has no writer
                    return
                if read is run_in_signoff and _named_in_story(found, paragraphs[: k + 1]):
                    # "... mind your own business. — Agnes Whitlow, 107" under a story about
                    # Agnes Whitlow: the speaker of the saying the story quotes, not its writer
                    continue
                out.byline = found
                out.roles.append(LineRole(first_lines[k], found.raw, "byline", (why,)))
                if remove and k and _title_block_at_foot(out, paragraphs[k - 1 :], 1, True):
                    # the page's header block at the text's foot, a line a paragraph
                    foot = ("the headline over the byline and stamp left at the text's foot",)
                    out.roles.append(
                        LineRole(first_lines[k - 1], paragraphs[k - 1], "headline", foot)
                    )
                    del paragraphs[k - 1 :]
                    del first_lines[k - 1 :]
                    return
                if remove:
                    del paragraphs[k]
                    del first_lines[k]
                elif read is run_in_signoff:
                    # the signature leaves the paragraph, its sentences stay
                    text = " ".join(paragraphs[k].split())
                    paragraphs[k] = text[: len(text) - len(found.raw)].rstrip(" —–")
                return


# A writer's name line over the agency's sign-off is short: a name or two.
_NAME_OVER_SIGNOFF_CHARS = 60


def _name_over_signoff(out: WireStructure, paragraphs: list[str], first_lines: list[int]) -> None:
    """`Jane Roe` / `AAP` closing the copy: the writer's name on a line of its own right over
    the agency's sign-off (Australian Associated Press's and other wires' plain-text copy sets
    the reporter there). The sign-off under it is the evidence; a name the story's text names
    is its subject, and a place is no writer."""
    from archiver.extract.gazetteer import is_known_place

    if len(paragraphs) < 3 or not is_agency(paragraphs[-1]):
        return
    para = paragraphs[-2]
    names = name_list(para) if len(para) <= _NAME_OVER_SIGNOFF_CHARS else None
    if not names or any(is_known_place(n) for n in names):
        return
    found = Byline(raw=para, names=names)
    if _named_in_story(found, paragraphs[:-1]):
        return
    out.byline = found
    why = ("a person's name alone over the agency's sign-off at the story's foot",)
    out.roles.append(LineRole(first_lines[-2], para, "byline", why))
    del paragraphs[-2]
    del first_lines[-2]


def _named_in_story(found: Byline, paragraphs: list[str]) -> bool:
    """One of the names signing the story off after a dash is written in the story's text
    before the sign-off (`paragraphs`, the signed one last): the story's subject, whose words
    the dash attributes, since a story does not name its own writer in its text."""
    text = " ".join(" ".join(paragraphs).split())
    text = text[: len(text) - len(found.raw)].casefold()
    return any(len(n.split()) >= 2 and " ".join(n.split()).casefold() in text for n in found.names)


def _foot_writer_among_lines(
    out: WireStructure, paragraphs: list[str], first_lines: list[int], lines: list[str]
) -> None:
    """The writer's line run into one paragraph with the page's lines round it ("Follow us on
    Twitter" / "Filed by Jane Roe", "—Jane Roe/KG, GMA News" / "Tags: ..."): read line by line;
    the writer's line leaves the paragraph."""
    for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - _FOOT_BY_PARAGRAPHS), -1):
        rows = _paragraph_lines(lines, first_lines[k], paragraphs[k])
        for at, row in enumerate(rows if len(rows) > 1 else []):
            # a line that opens as a writer's does (a dash, a capital "By"), not a wrapped
            # sentence's "... signed / by Jane Roe and John Doe on Tuesday."
            if not (row[:1] in "—–" or (row[:1].isupper() and is_by_line(row))):
                continue
            if row[:1] in "—–" and at and rows[at - 1].rstrip().endswith(('"', "”")):
                continue  # '"A quotation." / — Jane Roe, Director': the quotation's speaker
            if (found := foot_byline(row)) is not None:
                out.byline = found
                among = "a writer's line of its own at the story's foot, among the page's lines"
                out.roles.append(LineRole(first_lines[k] + at, found.raw, "byline", (among,)))
                if _title_block_at_foot(out, rows, at, k == len(paragraphs) - 1):
                    # "<story>" / "Headline" / "By Jane Roe, CNN" / "Fri March 8, 2024": a
                    # scraper that took the story before the page's header block left that
                    # block (headline, byline, stamp) at the text's end
                    why = ("the headline over the byline and stamp left at the text's foot",)
                    out.roles.append(LineRole(first_lines[k], rows[0], "headline", why))
                    del paragraphs[k]
                    del first_lines[k]
                    return
                rest = " ".join(r for n, r in enumerate(rows) if n != at)
                paragraphs[k] = rest
                return


# How many paragraphs at the text's end a page's header block, put there by a scraper that
# took the story first, may span (labels, headline, stamp and a caption under them).
_FOOT_HEADER_PARAGRAPHS = 6
# The page's labels over that headline (the outlet's name, the section): how many, how long.
_FOOT_LABELS = 2
_FOOT_LABEL_WORDS = 4


def _header_block_at_foot(
    out: WireStructure, paragraphs: list[str], first_lines: list[int]
) -> None:
    """No headline over the story: a scraper that saved the story's text before the page's
    header leaves that block at the text's foot ("... Parents said it came too late." /
    "Delhi shuts primary schools as AQI crosses 450" / "TNN / Updated: Nov 10, 2026, 11:52
    IST"; "The Straits Times" / "Singapore" / headline / writer / "Updated Dec 2, 2026"). The
    evidence: the story's prose opens the text, and near its end a headline-like line (no
    sentence) stands right over the page's date stamp (the writer's line between them has
    already left as the byline), with at most the outlet's and section's short labels between
    it and the story, and no story prose after the stamp (a caption at most). The headline and
    stamp leave the story; the labels go as the page's."""
    if out.headline is not None or len(paragraphs) < 3 or not _is_prose(paragraphs[0]):
        return
    start = max(1, len(paragraphs) - _FOOT_HEADER_PARAGRAPHS)
    for s in range(len(paragraphs) - 1, start, -1):
        if len(paragraphs[s]) > 80 or not is_date_stamp(paragraphs[s]):
            continue
        if any(_is_prose(p) or len(p.split()) > _SHORT_CAPTION[1] for p in paragraphs[s + 1 :]):
            return  # the story goes on under the stamp: a date in its text, not the header's
        if len(paragraphs) - 1 - s > 2:
            return
        h = s - 1
        writer: list[str] | None = None
        if out.byline is None and h > 1:
            # the writer's name alone between the headline and the stamp ("Aida Rahman" /
            # "Published Mon, 7 Sep 2026"): a byline block stacked one span a line
            writer = stacked_byline([paragraphs[h], paragraphs[s]])
            if writer is not None:
                h -= 1
        head = paragraphs[h]
        words = len(head.split())
        if words < 4 or not looks_like_headline(head):
            return
        if is_date_stamp(head) or head.rstrip().endswith((":", "?", "!", ",")):
            return
        labels = h
        while labels > 0 and h - labels < _FOOT_LABELS:
            above = paragraphs[labels - 1]
            if len(above.split()) > _FOOT_LABEL_WORDS or above.rstrip().endswith((".", "”", '"')):
                break
            labels -= 1
        if labels == 0 or not _ends_sentence(paragraphs[labels - 1]):
            return  # the story's last paragraph must stand over the block
        if not _shares_a_word(head, paragraphs[:labels]):
            # "... take about 18 months." / "Transit agency warns of fare rise as ridership
            # stalls" / "March 1, 2025": another story's link and date under this one; the
            # story's own headline names what its text is about
            return
        out.headline = head
        if writer is not None:
            out.byline = Byline(raw=paragraphs[h + 1], names=writer)
            by = ("person names alone between the headline and the stamp at the text's foot",)
            out.roles.append(LineRole(first_lines[h + 1], paragraphs[h + 1], "byline", by))
        why = ("the headline over the page's date stamp left at the text's foot, under the story",)
        out.roles.append(LineRole(first_lines[h], head, "headline", why))
        stamp = ("the page's date stamp under the headline at the text's foot",)
        out.roles.append(LineRole(first_lines[s], paragraphs[s], "chrome", stamp))
        label = ("the page's label over the headline at the text's foot (outlet, section)",)
        out.roles.extend(
            LineRole(first_lines[j], paragraphs[j], "chrome", label) for j in range(labels, h)
        )
        del paragraphs[labels : s + 1]
        del first_lines[labels : s + 1]
        return


# A headline's words that name no subject: they are shared by stories on any subject.
_PLAIN_WORDS = frozenset(
    """about after again amid also away back been before being could does down from have
    here into just like make many more most much next only over says said since some than
    that their them then there these they this those under until upon were what when where
    which while will with would year years week weeks first last""".split()
)
# A word's first letters compared, so "schools" meets "school" and "shuts" "shutting":
# English inflects a word's end.
_STEM_LETTERS = 5


def _content_stems(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]{4,}|\d+", text.casefold())
    return {w[:_STEM_LETTERS] for w in words if w not in _PLAIN_WORDS}


def _shares_a_word(head: str, story: list[str]) -> bool:
    """The headline shares a word naming its subject (four letters or more, or a number) with
    the story's text."""
    return bool(_content_stems(head) & _content_stems(" ".join(story)))


def _ends_sentence(para: str) -> bool:
    return para.rstrip().rstrip("”\"’'").endswith((".", "!", "?", ")"))


def _title_block_at_foot(out: WireStructure, rows: list[str], at: int, last: bool) -> bool:
    """The text's last paragraph is the page's header block, put at the foot: no headline
    over the story, a headline-like first row, the byline under it and only the page's date
    stamp after it. Sets the headline."""
    if out.headline is not None or not last or at != 1:
        return False
    if not all(is_date_stamp(r) for r in rows[2:]) or not looks_like_headline(rows[0]):
        return False
    out.headline = rows[0]
    return True


def _recalled_byline(
    out: WireStructure,
    paragraphs: list[str],
    first_lines: list[int],
    lines: list[str],
    story_start: int,
) -> None:
    """No person named as writer by the rules above: look again at the top's lines and the
    story's last ones for a line of names under known decorations (byline_recall)."""
    found = recall_byline(lines, out.roles, story_start)
    if found is None:
        return
    if out.byline is not None and not found.byline.names:
        return
    out.byline = found.byline
    out.roles = [r for r in out.roles if r.line != found.line]
    out.roles.append(LineRole(found.line, found.byline.raw, "byline", (found.why,)))
    if found.line in first_lines:  # the line was read as a paragraph of the story
        k = first_lines.index(found.line)
        para, named = " ".join(paragraphs[k].split()), " ".join(lines[found.line].split())
        if para == named or (
            # "Jane Roe" / "Fri Oct 27 2023 - 05:00" at the foot, read as one paragraph: the
            # writer's name and the page's stamp under it, no story text
            para.startswith(f"{named} ") and is_date_stamp(para[len(named) :].strip())
        ):
            del paragraphs[k]
            del first_lines[k]


def _paragraph_lines(lines: list[str], first: int, paragraph: str) -> list[str]:
    """The lines from `first` that were run into `paragraph`, or [] when they are not it whole
    (a hard-wrapped sentence's lines are joined otherwise)."""
    want = " ".join(paragraph.split())
    rows: list[str] = []
    for j in range(first, min(len(lines), first + _PARAGRAPH_ROWS)):
        row = " ".join(lines[j].split())
        if not row:
            break
        rows.append(row)
        if " ".join(rows) == want:
            return rows
    return []


# How many lines a paragraph read line by line at the foot may hold.
_PARAGRAPH_ROWS = 8


def _self_credited_writer(line: str, below: str) -> bool:
    """`line` is one person's name alone and `below` a labelled credit naming that same
    person as its photographer ("Jane Roe" / "Photo: JANE ROE"): a caption is no name of the
    one who took the picture, so the name is the writer's, who took the picture too."""
    if len(line) > _SELF_CREDIT_CHARS or name_list(line) != [line]:
        return False
    found = find_credit(below)
    return (
        found is not None
        and found.photographer is not None
        and found.photographer.casefold() == line.casefold()
    )


_SELF_CREDIT_CHARS = 60

# How many paragraphs from the top a "By" line the header did not read may stand, above the
# story's first paragraph of prose.
_TOP_BY_PARAGRAPHS = 12
# "In Summary • Police said ... • Residents ...": a page's points in bullets over the byline
# (The Star's, Kenya), sentences each but a list, not the story's prose.
_BULLETED_POINTS = re.compile(r"^(?:[A-Z][\w ]{0,20}\s)?•\s")
_PROSE_WORDS = 20


def _by_line_above_story(
    out: WireStructure,
    paragraphs: list[str],
    first_lines: list[int],
    dateline_at: int | None,
    dateline_alone: bool = False,
    lines: list[str] | None = None,
    by_only: bool = False,
) -> None:
    """A "By" line naming people among the paragraphs above the story's first paragraph of
    prose and above its dateline (`dateline_at`, the dateline's paragraph), when the header's
    reading found no byline (a page whose top it could not tell: the "By" line is then read
    as text): that line is the byline and leaves the story. Under the dateline, a writer's
    line is the foot's to read ("Pewarta: Jane Roe" under a short story)."""
    if lines is not None and _stamped_by_line_under_lead(out, paragraphs, first_lines, lines):
        return
    limit = _TOP_BY_PARAGRAPHS if dateline_at is None else min(_TOP_BY_PARAGRAPHS, dateline_at)
    for k, para in enumerate(paragraphs[:limit]):
        prose = len(para.split()) >= _PROSE_WORDS and para.rstrip("”\"’'").endswith((".", "!", "?"))
        if prose and k > 0 and _BULLETED_POINTS.match(para) is None:
            # the story's prose: a "By" line further down is no header's (the text's first
            # paragraph may be a banner over the page: "We use cookies ...")
            break
        if len(para) <= 200 and is_by_line(para) and (found := parse_byline(para)) and found.names:
            out.byline = found
            why = ("a 'By' line above the story's first paragraph of prose",)
            out.roles.append(LineRole(first_lines[k], para, "byline", why))
            del paragraphs[k]
            del first_lines[k]
            _writers_run_on(out, paragraphs, first_lines, k)
            return
    if by_only:
        return
    # a dateline of its own line ("Sofia, January 31 (BTA)") has left the paragraphs: the one
    # under it stands where it stood
    if dateline_at is not None and dateline_alone:
        limit = min(_TOP_BY_PARAGRAPHS, dateline_at + 1)
    sentences = 0  # paragraphs read that end as a sentence ends
    for k, para in enumerate(paragraphs[:limit]):
        if _is_prose(para) and k > 0:
            return
        if sentences >= 2:
            # "Apple's services segment grew ..." / "I downgrade Apple to Hold." / "Investment
            # Thesis": two sentences read already are the story's or its summary's (one caption
            # at most stands between a header and the writer's name), a heading under them
            return
        sentences += para.rstrip("”\"’'").endswith((".", "!", "?"))
        names = _names_alone_over_story(paragraphs, k)
        if names is None and lines is not None:
            # the page's stamp may be the next paragraph ("Jane Roe" / "Arizona Republic" /
            # blank / "Published 6:01 a.m. MT Aug. 21, 2020")
            stamp = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            names = _stacked_byline(lines, first_lines[k], para, stamp)
            if names is None and stamp is not None and len(stamp) <= 160 and is_date_stamp(stamp):
                # "Jane Roe at the Aviva Stadium" over "Sat 3 May 2025 17.58 BST", a line
                # each (a live page's reporter under its key events)
                names = writers_at_venue(para)
        if names is None and lines is not None:
            under_deck = _name_line_under_deck(lines, first_lines[k], para, paragraphs[k + 1 :])
            if under_deck is not None:
                deck, name_at, names = under_deck
                out.byline = Byline(raw=lines[name_at].strip(), names=names)
                why = ("person names alone on the last line of the deck's block, over the story",)
                out.roles.append(LineRole(name_at, out.byline.raw, "byline", why))
                # the display lines over the name are the deck, no story
                why = ("display copy over the writer's name, under the headline",)
                out.roles.append(LineRole(first_lines[k], deck, "deck", why))
                del paragraphs[k]
                del first_lines[k]
                return
        if names is not None:
            out.byline = Byline(raw=para, names=names)
            why = (
                "person names alone on a paragraph above the story's first paragraph of prose"
                " (a caption or the dateline between them at most), not named in the lead",
            )
            out.roles.append(LineRole(first_lines[k], para, "byline", why))
            del paragraphs[k]
            del first_lines[k]
            if (
                k + 1 < len(paragraphs)
                and _strap_line(paragraphs[k])
                and not _is_prose(paragraphs[k])
                and _is_prose(paragraphs[k + 1])
            ):
                # "JANE ROE" / "Orders from Europe have yet to recover" / the story: the strap
                # under the writer's name is display copy, no paragraph of the story
                why = ("the strap under the writer's name, over the story",)
                out.roles.append(LineRole(first_lines[k], paragraphs[k], "deck", why))
                del paragraphs[k]
                del first_lines[k]
            return


# A photo essay's credit for all its pictures, under the byline: the label, then the names.
_ESSAY_LABEL = re.compile(r"^(?i:photo(?:graph)?s|photographs|photography|pictures)\s+(?i:by)\s+")


def _without_essay_credit(
    items: list[Photo], byline_rows: frozenset[str] = frozenset()
) -> list[Photo]:
    """The photos less a photo essay's credit line for all its pictures ("Photographs by Jane
    Roe and John Doe" under the byline, or the byline's own "photography by John Doe", one of
    `byline_rows`, the lines read as the byline; no picture's caption of its own) when each
    picture below carries its own credit and those credits name every photographer the line
    names: the line then credits no picture the page does not credit again, each where it
    stands."""
    if len(items) < 2:
        return items
    # Counted once for the whole list, each photo's own part taken off below: asked of every
    # other photo per photo, a page of thousands of captions cost a square of their number.
    shooters = Counter(_folded(p.photographer or "") for p in items)
    uncredited = sum(1 for p in items if not p.credit)
    kept: list[Photo] = []
    for photo in items:
        caption = photo.caption.strip()
        label = _ESSAY_LABEL.match(caption)
        names = name_list(caption[label.end() :].strip(" .")) if label is not None else None
        if (
            names is None
            and photo.caption in byline_rows
            and (shot := byline_photographer(caption)) is not None
        ):
            # "Words by Jane Roe, photography by John Doe": the byline's credits row, kept
            # only when no picture below credits the photographer itself. A caption's own
            # sentence closed by its label and name ("... in Sham Shui Po. Photo: Jane Roe")
            # reads the same way, but is a picture of its own, however often the page credits
            # the same photographer again
            names = [shot.photographer or shot.credit]
        own = _folded(photo.photographer or "")
        if (
            names
            and uncredited - (not photo.credit) == 0
            and all(shooters[key] - (key == own) > 0 for key in map(_folded, names))
        ):
            continue
        kept.append(photo)
    return kept


def _folded(name: str) -> str:
    """A name as compared across captions: spaces collapsed, case folded."""
    return " ".join(name.split()).casefold()


# The byline's clause naming the story's photographer: "Words by Jane Roe, photography by John
# Doe", "By JANE ROE | PHOTOGRAPHS BY JOHN DOE FOR THE REVIEW", "Text by X; photos by Y".
_BYLINE_PHOTOGRAPHER = re.compile(
    r"(?:^|[,;|•·]\s*|\s(?:and|with)\s+)(?i:photo(?:graph)?s|photograph(?:y|ed)|pictures|images)"
    r"\s+(?i:by)\s+(?P<names>[^,;|•·]+?)\s*$"
)


def _photographer_of_byline(raw: str, line: str) -> bool:
    """The byline's photographer clause names `line` (a name alone) among its photographers."""
    m = _BYLINE_PHOTOGRAPHER.search(raw.strip())
    if m is None:
        return False
    names = re.split(r"\s+(?i:for)\s+", m.group("names"))[0]
    listed = name_list(names) or []
    want = " ".join(line.split()).casefold()
    return any(" ".join(n.split()).casefold() == want for n in listed)


# How many lines under the story's start a writer's line over the page's stamp may stand.
_WRITER_OVER_STAMP_LINES = 8


def _writer_over_stamp(lines: list[str], no: int, story_start: int) -> bool:
    """Line `no` is a writer and an agency ("Jane Roe / AP", "Jane Roe, Reuters") under a
    paragraph of the story's prose near its start and over the page's date stamp: the byline
    block of a magazine's page republishing an agency's story, set under the lead paragraph,
    not a photo's credit (a credit stands under its caption, not over the page's stamp)."""
    if not 0 < no - story_start <= _WRITER_OVER_STAMP_LINES or len(lines[no]) > 60:
        return False
    below = _next_text(lines, no)
    above = next((lines[j] for j in range(no - 1, -1, -1) if lines[j].strip()), "")
    if not below or not is_date_stamp(below[0][0].strip()) or not _is_prose(above.strip()):
        return False
    found = parse_byline(lines[no].strip())
    return found is not None and bool(found.names) and found.raw != found.names[0]


# A name and an outlet after a slash in the brackets that close a paragraph: "... production.
# (Jane Roe / MindaNews)".
_BRACKETED_NAME_OUTLET = re.compile(r"\((?P<name>[^()/]{3,60}?)[ \t]*/[ \t]*[^()/]{2,40}\)\.?$")


def _writer_and_outlet_sign_off(line: str, byline: Byline | None) -> bool:
    """The story's last line closes with its byline's writer and the outlet in brackets
    ("... cacao production. (Jane Roe / MindaNews)"), as Philippine and other regional
    services sign their copy: the writer again, no photographer crediting a picture (a
    caption's credit names the picture's maker, whom the byline at the top need not name)."""
    if byline is None or not byline.names:
        return False
    m = _BRACKETED_NAME_OUTLET.search(line.strip())
    if m is None or not _story_paragraph(line.strip()[: m.start()]):
        return False
    signed = " ".join(m.group("name").split()).casefold()
    return any(" ".join(name.split()).casefold() == signed for name in byline.names)


# A quotation's marks or a verb of saying: a story's paragraph, not a picture's description.
_SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|added|adds|according\s+to)\b")


def _story_paragraph(text: str) -> bool:
    """The words read as a story's paragraph: a quotation, reported speech or two sentences;
    one sentence saying what a picture shows ("A farmer spreads cacao beans to dry on
    Monday.") is a caption, whose credit the writer may sign as the picture's maker."""
    return _SPEECH.search(text) is not None or _TWO_SENTENCES.search(text) is not None


# A caption's words, at most, under a credit's word alone.
_WORD_CAPTION_MAX_WORDS = 30


def _credit_word_paragraph(block: list[tuple[str, int]], k: int) -> bool:
    """Line k of the paragraph `block` is a credit's word alone ("Contributed") and the line
    under it a caption's sentence that ends the paragraph: a credit printed over its caption
    (asked where the story has printed a credit over a caption already, as the Gleaner's pages
    do: "Jane Roe/Photographer" / caption ... "Contributed" / caption; a story's paragraph
    does not break its first line after one word)."""
    if k != 0 or len(block) != 2:
        return False
    caption = block[1][0].strip()
    return (
        4 <= len(caption.split()) <= _WORD_CAPTION_MAX_WORDS
        and caption.endswith(".")
        # "Submitted" / "Applications close on Friday, RADA said.": a paragraph quoting or
        # reporting speech is the story's, glued under a stray word (a caption says what
        # the picture shows)
        and not _story_paragraph(caption)
    )


# Speech a story's paragraph reports: a quotation, or a past tense's "said" ("Applications close
# on Friday, RADA said."); a caption's present "says" tells what the pictured person holds
# ("Dr Jane Roe says bed block is the biggest problem.", Stuff's captions).
_STORY_SPEECH = re.compile(r"[\"“”]|\b(?:said|told|added|according\s+to)\b")


# The lender's words in capitals a page prints over a caption ("SUPPLIED", "FAMILY HANDOUT").
_CAPS_LENDER_WORDS = frozenset({"supplied", "handout", "family handout"})


def _caps_lender_paragraph(block: list[tuple[str, int]], k: int) -> bool:
    """Line k of the paragraph `block` is a lender's word alone in capitals ("SUPPLIED",
    "HANDOUT") and the line under it a caption's one sentence that ends the paragraph: the
    next picture's credit printed over its caption (asked where the page prints its credits
    so, the header's included: "JANE ROE / STUFF" / caption ... "SUPPLIED" / caption). A
    story's paragraph opens on no word of capitals alone, nor does a heading's line stand glued
    over a caption's sentence."""
    if k != 0 or len(block) != 2:
        return False
    word = block[0][0].strip()
    # a lender's word only: an agency's or a broadcaster's name in capitals over a sentence is
    # a subhead ("EPA" / "The agency will publish its rule next month.") or a wire's tag over
    # its note ("REUTERS" / "Additional reporting by Jane Roe.")
    if not word.isupper() or not (is_lent_word_line(word) or word.lower() in _CAPS_LENDER_WORDS):
        return False
    caption = block[1][0].strip()
    return (
        4 <= len(caption.split()) <= _WORD_CAPTION_MAX_WORDS
        and caption.endswith(".")
        and _STORY_SPEECH.search(caption) is None
        and _TWO_SENTENCES.search(caption) is None
    )


# A name in capitals as a lender's credit stands: two to five words of letters ("SUMMIT METRO
# PARKS", "VOLUSIA SHERIFF'S OFFICE"), no figure, no stop, no question.
_CAPS_LENDER_NAME = re.compile(r"[A-Z][A-Z'’&.-]*(?: [A-Z][A-Z'’&.-]*){1,4}")


_REPORT_TENSE = re.compile(r"\b(?:has|have|had|will|would|could|should|plans?|expects?)\b")


# How many lines under the story's top a "By" line may stand for the page to print its byline
# apart (under the lead picture's credit and caption, a stamp, the writer's title).
_BY_LINE_REACH = 12


def _caps_name_over_caption(block: list[tuple[str, int]], k: int, lines: list[str]) -> bool:
    """Line k of the paragraph `block` is a name in capitals (_CAPS_LENDER_NAME, no wire's)
    over a caption's one sentence that ends the paragraph, the shape _caps_lender_paragraph
    reads for a lender's word, and the story names that party in small letters elsewhere
    ("Summit Metro Parks will spend ..."): the office the story reports on lent its picture.
    Asked only where the story itself has printed a photo's credit over its caption already
    ("JANE ROE, CLEVELAND.COM" / caption ... "SUMMIT METRO PARKS" / caption), the page's own
    form. A heading's capitals ("COMMUNITY EVENTS" over an item) name no party of the story."""
    if k != 0 or len(block) != 2:
        return False
    name = block[0][0].strip()
    if _CAPS_LENDER_NAME.fullmatch(name) is None or is_agency(name) or is_wire_source(name):
        return False
    caption = block[1][0].strip()
    if not (
        4 <= len(caption.split()) <= _WORD_CAPTION_MAX_WORDS
        and caption.endswith(".")
        and _STORY_SPEECH.search(caption) is None
        and _TWO_SENTENCES.search(caption) is None
        # "The union has asked for a survey ..." / "Members will vote ...": a paragraph's
        # report under a subhead; a caption's first clause tells what is seen, no tense of
        # "has", "will" ("A rendering of the new bridge, which will sit ..." passes)
        and _REPORT_TENSE.search(caption.split(",")[0]) is None
    ):
        return False
    folded = name.casefold()
    return any(folded in text.casefold() and name not in text for text in lines if text)


def _header_credit_over_text(roles: list[LineRole], lines: list[str]) -> bool:
    """Whether the header prints a picture's credit right over a line of text, no blank line
    between ("Jane Roe / Stuff" / "The ward has run over capacity since May."): its caption,
    however the header read it (a page that prints its credits first)."""
    return any(
        role.role == "credit"
        and role.line + 1 < len(lines)
        and bool(lines[role.line + 1])
        and not is_credit_line(lines[role.line + 1])
        for role in roles
    )


# The byline's last writers on a line of their own: "and Jane Roe", "& John Doe".
_AND_WRITERS = re.compile(r"^(?:and|&)\s+(?P<names>\S.{0,80})$")


def _writers_run_on(
    out: WireStructure, paragraphs: list[str], first_lines: list[int], k: int
) -> None:
    """The byline just read ("By Jane Roe") goes on in paragraph `k` ("and John Doe"): a page
    that sets each writer in a span of its own, the joining word with the last. The names join
    the byline and the line leaves the story."""
    if out.byline is None or not out.byline.names or k >= len(paragraphs):
        return
    m = _AND_WRITERS.match(" ".join(paragraphs[k].split()))
    names = name_list(m.group("names")) if m is not None else None
    if not names or any(is_agency(n) for n in names):
        return
    raw = f"{out.byline.raw} {paragraphs[k].strip()}"
    out.byline = Byline(raw=raw, names=[*out.byline.names, *names])
    why = ("the byline's last writers, on the line under it after 'and'",)
    out.roles.append(LineRole(first_lines[k], paragraphs[k], "byline", why))
    del paragraphs[k]
    del first_lines[k]


# A "By" line under an agency's lead is short: the label and a name or two.
_BY_UNDER_LEAD_CHARS = 80


def _by_line_under_agency_lead(
    out: WireStructure, paragraphs: list[str], first_lines: list[int], located: _Located
) -> None:
    """`Ho (V/R), Dec. 4, GNA – ...` / `By Jane Roe` / the story going on: the writer's "By"
    line as the paragraph right under the lead that an agency's dateline opens (Ghana News
    Agency and other African agencies' copy sets the reporter there). The agency named in the
    dateline and the story under the line are the evidence; a "By" line that ends the text is
    the foot's to read, and a sentence ("By noon the square was full.") names no one alone."""
    k = located.index
    if not located.found.dateline.source or k + 2 >= len(paragraphs):
        return
    para = paragraphs[k + 1]
    if len(para) > _BY_UNDER_LEAD_CHARS or not is_by_line(para):
        return
    found = parse_byline(para)
    if found is None or not found.names or not _is_prose(paragraphs[k]):
        return
    out.byline = found
    why = ("a 'By' line right under the lead that an agency's dateline opens",)
    out.roles.append(LineRole(first_lines[k + 1], para, "byline", why))
    del paragraphs[k + 1]
    del first_lines[k + 1]


# How many paragraphs of the story's prose a magazine's byline block may stand under.
_LEAD_PARAGRAPHS_OVER_BLOCK = 2


def _stamped_by_line_under_lead(
    out: WireStructure, paragraphs: list[str], first_lines: list[int], lines: list[str]
) -> bool:
    """A "By" line naming people with the page's date stamp as the very next paragraph, under
    the story's first paragraph or two (a magazine's page sets the headline, the dateline's
    lead paragraph, then the byline block: "KYIV, Ukraine — ..." / "By Jane Roe" / "March 20,
    2025 6:00 AM EDT"). The stamp under it is the evidence that the line is the page's byline
    block, not a sentence of the story ("By noon the square was full.") nor a credit in its
    text. Takes the line as the byline and out of the story; True when it did."""
    prose_seen = 0
    for k, para in enumerate(paragraphs[:_TOP_BY_PARAGRAPHS]):
        if _is_prose(para):
            prose_seen += 1
            if prose_seen > _LEAD_PARAGRAPHS_OVER_BLOCK:
                return False
            continue
        if k + 2 >= len(paragraphs) or len(para) > 120:
            # the story goes on under the block; a "By" line and stamp that end the text are
            # the foot's to read ("... (END)" / headline / "By Jane Roe" / stamp: a scraper
            # that set the page's top under its story)
            continue
        if not is_by_line(para) and not _writer_over_stamp(lines, first_lines[k], first_lines[0]):
            continue
        if not is_date_stamp(paragraphs[k + 1]):
            continue
        found = parse_byline(para)
        if found is None or not found.names:
            continue
        out.byline = found
        why = ("a 'By' line over the page's date stamp, under the story's lead paragraph",)
        out.roles.append(LineRole(first_lines[k], para, "byline", why))
        why = ("the page's date stamp under its byline block",)
        out.roles.append(LineRole(first_lines[k + 1], paragraphs[k + 1], "chrome", why))
        del paragraphs[k : k + 2]
        del first_lines[k : k + 2]
        return True
    return False


def _stacked_byline(
    lines: list[str], first: int, para: str, below: str | None = None
) -> list[str] | None:
    """The writers of a byline block set one span a line (bylines.stacked_byline) that is
    the whole of the paragraph `para`, starting at line `first`; the page's stamp may stand
    in the next paragraph (`below`) instead of in the block."""
    block: list[str] = []
    for j in range(first, min(len(lines), first + STACK_LINES + 2)):
        if not lines[j].strip():
            break
        block.append(" ".join(lines[j].split()))
    if " ".join(block) != " ".join(para.split()):
        return None
    found = stacked_byline(block)
    if found is None and below is not None and len(below) <= 160 and is_date_stamp(below):
        found = stacked_byline([*block, below])
    return found


# A deck's line is display copy of this many words at most, with no sentence's stop.
_DECK_LINE_WORDS = 20
_DECK_MIN_WORDS = 4
# The deck's block: a line or two of the deck, then the name's line.
_DECK_BLOCK_LINES = 3


def _deck_line(line: str) -> bool:
    """A deck's line: a summary of four to twenty words, no sentence's stop, no list of names
    ("Festival guests" / "Jane Roe" / "Ann Lee": a label over its names is no deck), and not
    telling when its picture was taken ("Students wear face masks on their way home in Muang
    district on Monday" / "PATTARAPONG CHATPATTARASILL": an e-paper's caption printed with no
    stop over its photographer's name; a deck tells the story, not the moment)."""
    from archiver.extract.page import _CAPTION_WHEN

    return (
        _DECK_MIN_WORDS <= len(line.split()) <= _DECK_LINE_WORDS
        and not line.rstrip("”\"’'").endswith((".", "!", "?", ",", ":"))
        and name_list(line) is None
        and _CAPTION_WHEN.search(line) is None
    )


# A writer's name alone in capitals: two or three words ("SUJATHA RAMESH", "MARY ANN ROE").
_CAPS_WRITER_WORDS = (2, 3)
# How far under the name its dateline's paragraph may start (a blank line or two between).
_CAPS_WRITER_GAP = 3


def _caps_writer_over_dateline(
    lines: list[str], named: tuple[str, int], reference_date: dt.date | None
) -> str | None:
    """The line `named` (its text and number) is a person's name alone in capitals, and the
    next line of text under it opens with a dateline ("NEW DELHI, DHNS: ..."): the writer's
    name, set between the intro and the dateline's paragraph; None otherwise."""
    from archiver.extract.gazetteer import is_known_place

    name, no = " ".join(named[0].split()), named[1]
    words = name.split()
    if not (
        _CAPS_WRITER_WORDS[0] <= len(words) <= _CAPS_WRITER_WORDS[1]
        and name.isupper()
        and all(w.isalpha() for w in words)
    ):
        return None
    names = name_list(name)
    if names is None or len(names) != 1 or is_known_place(name) or is_agency(name):
        return None
    after = next(
        (j for j in range(no + 1, min(len(lines), no + 1 + _CAPS_WRITER_GAP)) if lines[j]), None
    )
    if after is None or match_dateline(lines[after], reference_date) is None:
        return None
    return names[0]


def _name_line_under_deck(
    lines: list[str], first: int, para: str, rest: list[str]
) -> tuple[str, int, list[str]] | None:
    """ "Residents told to watch for landslides" / "PORNPIMOL SUKSAWAT", no blank line between
    them, over the story (an e-paper's copy sets the deck and the writer's name a line each):
    the paragraph `para` (its written lines from line `first`) ends in a line of person names
    alone (_names_alone_over_story, the story's paragraphs `rest` under it) under lines of
    display copy with no sentence's stop. The deck's text, the name line's index, the names."""
    block: list[int] = []
    for j in range(first, min(len(lines), first + STACK_LINES + 2)):
        if not lines[j].strip():
            break
        block.append(j)
    if not 2 <= len(block) <= _DECK_BLOCK_LINES or " ".join(
        lines[j].strip() for j in block
    ) != " ".join(para.split()):
        return None
    deck = [" ".join(lines[j].split()) for j in block[:-1]]
    if any(not _deck_line(line) for line in deck):
        return None
    names = _names_alone_over_story([" ".join(lines[block[-1]].split()), *rest], 0)
    return (" ".join(deck), block[-1], names) if names else None


# A year in figures: "2024", "01/11/2024January 11, 2024".
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_STAMP_WORDS = 6


def _stamp_like(para: str) -> bool:
    """The page's date stamp: one the stamp grammar reads, or a few words holding a year and
    no sentence's end (two spans of a stamp run together: "01/11/2024January 11, 2024")."""
    return is_date_stamp(para) or (
        len(para.split()) <= _STAMP_WORDS
        and _YEAR.search(para) is not None
        and not para.rstrip().endswith((".", "!", "?"))
    )


# A strap (a deck under the byline) has this many words at most.
_STRAP_WORDS = 15


def _strap_line(para: str) -> bool:
    """A deck's display line in sentence case: three to fifteen words, a capital first, a word
    in lower case among the rest (no name, no label in capitals), no sentence's stop, and no
    stamp or byline ("Orders from Europe have yet to recover")."""
    words = para.split()
    return (
        3 <= len(words) <= _STRAP_WORDS
        and para[:1].isupper()
        and not para.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and any(w[:1].islower() for w in words[1:])
        and not is_date_stamp(para)
        and not is_by_line(para)
        and name_list(para) is None
    )


def _is_prose(para: str) -> bool:
    """A paragraph of the story: twenty words or more, ending as a sentence ends."""
    return len(para.split()) >= _PROSE_WORDS and para.rstrip("”\"’'").endswith((".", "!", "?"))


# The name line's writers are the lead's subject when the lead names them: how far to look.
_SUBJECT_PARAGRAPHS = 3


def _names_alone_over_story(paragraphs: list[str], k: int) -> list[str] | None:
    """`GEORGINA WHITE` between a photo's caption and the story, `Jane Roe` under the dateline's
    own line and over a caption: paragraph `k` is one to three person names alone (two to four
    capitalised words each, no place, no label's word), the story's prose right under it or
    under one caption; and no name of them is the lead's subject (a surname the next
    paragraphs hold: "Jane Roe" over "Jane Roe, 43, ..." is whom the story is about)."""
    from archiver.extract.gazetteer import is_area_name, is_known_place
    from archiver.extract.roles import is_label_word

    para = paragraphs[k]
    if len(para) <= 80 and name_list(para) is None and (titled := name_and_title(para)):
        # "JANE ROE POLITICAL CORRESPONDENT" right over the story's first paragraph: the
        # writer's title is the evidence a name alone there lacks (it is no lead's subject)
        below = paragraphs[k + 1 : k + 2]
        return [titled] if below and _is_prose(below[0]) else None
    names = name_list(para) if len(para) <= 80 else None
    if names is None and len(para) <= 80:
        # "Jane Roe and John Doe, Tangail": the writers, then where they filed from after a
        # comma, a place the gazetteer knows (South Asian papers' byline)
        head, comma, place = para.rpartition(",")
        if comma and is_known_place(place.strip()) and len(place.split()) <= 3:
            names = name_list(head)
    if names is None or len(names) > 3:
        return None
    if len(names) == 1 and para.isupper():
        # "JANE ROE OTTAWA": the city filed from run on after a name in capitals, cut when
        # the page names it too: its header and headline over the name or the paragraphs under it
        story = " ".join([*paragraphs[max(0, k - 8) : k], *paragraphs[k + 1 : k + 4]])
        names = [caps_name_before_big_city(names[0], story)]
    for name in names:
        words = [w for w in name.split() if w[:1].isupper()]  # particles ("de", "van") aside
        if not 2 <= len(words) <= 4 or is_known_place(name) or any(map(is_label_word, words)):
            return None
        if is_area_name(name):
            return None  # "Allegheny County" under the page's stamp: the story's place tag
        if topic_words(name):
            return None  # "Personal Finance" over the story: the page's section, no writer
        if all(is_known_place(w) for w in words):
            return None  # "Podgorica" / "Budva": places a line each, run into one paragraph
        if any(is_affiliation(" ".join(words[n:])) for n in range(2, len(words))):
            # "Jane Roe" / "Arizona Republic" run into one paragraph: a name and the paper,
            # the stacked block's to read
            return None
    below = paragraphs[k + 1 : k + 3]
    if not below or not (
        _is_prose(below[0])
        or (
            len(below) == 2
            # one caption with its credit, or the page's stamp, between the name and the story
            and (
                find_credit(below[0]) is not None
                or _stamp_like(below[0])
                # "JANE ROE" / "Orders from Europe have yet to recover" / the story: the strap a
                # print page (an e-paper's, PressReader's) sets under the writer's name
                or _strap_line(below[0])
            )
            and _is_prose(below[1])
        )
    ):
        return None
    lead = " ".join(paragraphs[k + 1 : k + 1 + _SUBJECT_PARAGRAPHS]).lower()
    if any(name.split()[-1].lower() in lead for name in names):
        return None
    return names


def _trailer_co_writers(out: WireStructure, paragraphs: list[str]) -> None:
    """`Kwasi Mensah` under the headline, "Reporting by Kwasi Mensah; Writing by Helen Parr;
    Editing by ..." at the foot: the page's byline names the reporter alone, the agency's
    trailer the writer who wrote the story from the reporting too. A trailer whose reporters
    are all the byline's writers adds its writers to them; a byline that names the writer
    already ("By Florence Tan" over "Reporting by Aaron Sheldrick; Writing by Florence Tan")
    is the page's choice, and the reporters who only fed the story (or helped, or edited it)
    are no more of its writers."""
    if out.byline is None:
        return
    have = [n.casefold() for n in out.byline.names]
    for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - _TRAILER_DEPTH), -1):
        found = trailer_reporters_and_writers(paragraphs[k])
        if found is None:
            continue
        reporters, writers, additional = found
        # the byline names the reporters, with or without those who helped them ("By Jane
        # Roe and John Doe" over "Reporting by Jane Roe; Additional reporting by John Doe;
        # Writing by Ann Poe")
        named = {n.casefold() for n in reporters}
        if have and set(have) in (named, named | {n.casefold() for n in additional}):
            more = [n for n in writers if n.casefold() not in have]
            if more:
                out.byline = Byline(raw=out.byline.raw, names=[*out.byline.names, *more])
        return


def _writer_over_agency(out: WireStructure, paragraphs: list[str], first_lines: list[int]) -> None:
    """An agency's byline alone ("By Reuters", "Reuters Staff") gives way to the story's
    trailer ("Reporting by Jane Roe; Writing by John Doe", "Reporting by Jane Roe and John
    Doe; Editing by Ann Poe"): the page credits the agency, the trailer names its people, the
    same as when the page prints no byline at all."""
    for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - _TRAILER_DEPTH), -1):
        if (found := trailer_byline(paragraphs[k])) is not None:
            out.byline = found
            why = ("the trailer names the story's people, over an agency's byline",)
            out.roles.append(LineRole(first_lines[k], found.raw, "byline", why))
            return
    # "The Canadian Press" over the story, "Jane Roe, The Canadian Press" under it: the
    # agency's writer signs at the foot
    for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - _FOOT_BY_PARAGRAPHS), -1):
        if _foot_wire_writer(None, paragraphs[k], out.byline):
            names = names_then_agency(paragraphs[k]) or []
            out.byline = Byline(raw=paragraphs[k], names=names)
            why = ("the agency's writer signing at the story's foot, over the agency's byline",)
            out.roles.append(LineRole(first_lines[k], paragraphs[k], "byline", why))
            del paragraphs[k]
            del first_lines[k]
            return
    # "by KNA" over the story, "By Jane Roe" on a line of its own under it: the agency's page
    # credits itself at the top and its writer at the foot
    for k in range(len(paragraphs) - 1, max(-1, len(paragraphs) - 1 - _FOOT_BY_PARAGRAPHS), -1):
        para = paragraphs[k]
        if is_by_line(para) and (found := foot_byline(para)) is not None and found.names:
            out.byline = found
            why = ("a writer's 'By' line at the story's foot, over an agency's byline",)
            out.roles.append(LineRole(first_lines[k], found.raw, "byline", why))
            del paragraphs[k]
            del first_lines[k]
            return


def _gallery_subject(name: str, caption: str, story_top: str) -> bool:
    """The name under a gallery's counter is the picture's subject, not its credit: the
    caption under it speaks of them by one of their names ("Whina Cooper" / "Cooper led the
    march ..."), or the story's top (_story_top) names them whole ("Garden Place" / "...
    gathered in Garden Place on Friday"); a credit's owner is rarely in the story."""
    words = [w for w in _NAME_WORDS.findall(name) if w[:1].isupper()]
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", caption) for w in words):
        return True
    return name.strip() in story_top


# A name's words of four letters or more ("Whina", "Cooper"; no "NZ", no "of").
_NAME_WORDS = re.compile(r"[^\W\d_][\w'’-]{3,}")
# The story's top read for a gallery's subjects: its first characters, so that a gallery of
# thousands of pictures asks a bounded text each time.
_STORY_TOP_CHARS = 4000


def _story_top(lines: list[str]) -> str:
    """The article's lines of text over its first gallery counter joined ("Photo 1 of 3"),
    _STORY_TOP_CHARS at most: the headline and the lead, which name the gallery's subjects."""
    out: list[str] = []
    total = 0
    for line in lines:
        if line and is_gallery_counter(line):
            break
        if line:
            out.append(line[: _STORY_TOP_CHARS - total])
            total += len(out[-1]) + 1
            if total >= _STORY_TOP_CHARS:
                break
    return "\n".join(out)


def _under_gallery_counter(lines: list[str], no: int) -> bool:
    """The nearest line of text above line `no` is a gallery's counter ("Image 3 of 6")."""
    above = next((lines[k] for k in range(no - 1, -1, -1) if lines[k].strip()), None)
    return above is not None and is_gallery_counter(above)


def _name_under_captions(lines: list[str], chrome: list[bool], name: str) -> bool:
    """`name` stands alone under two captions of the page or more (name_under_caption reads
    each), and no other line names it: a photographer credited under each picture. A name
    the prose says too is someone the story is about (an interview's speaker over each
    answer, a crosshead over the paragraph on a player). Each caption over it is a sentence
    closed by its full stop, no quote (a quote of the week over its speaker, a live blog's
    post title over its reporter), and no other name stands alone under a caption of the
    page: names taking turns so are speakers or commenters (a transcript, a comment thread),
    where a page's photographer is one."""
    under = 0
    for no, line in enumerate(lines):
        if name not in line:
            continue
        if line.strip() != name:
            return False  # named in the story's text or a caption: no photographer's credit
        above = _text_above(lines, chrome, no)
        if above is None or name_under_caption(above, line) is None:
            continue
        if not _full_stop_caption(above):
            return False
        under += 1
    return under >= _CAPTIONS_NAMING and not _other_name_under_caption(lines, chrome, name)


# How many captions a lone name must stand under to be read as the page's photographer.
_CAPTIONS_NAMING = 2
# A quote's marks opening or closing a line: a quote over its speaker's name, no caption.
_QUOTE_MARKS = "\"“”‘’'«»"


def _full_stop_caption(caption: str) -> bool:
    """A caption over a photographer's lone name: a sentence closed by its full stop, no
    quote (“...” over its speaker) and no title without a stop (a post's over its writer)."""
    text = caption.strip()
    return text.endswith(".") and not text.startswith(tuple(_QUOTE_MARKS))


def _other_name_under_caption(lines: list[str], chrome: list[bool], name: str) -> bool:
    """Some other person's name than `name` stands alone under a sentence of the page read
    as its caption (name_under_caption): a second speaker or commenter. (A writer's name
    under the headline, which no full stop closes, is no such name.)"""
    for no, line in enumerate(lines):
        text = line.strip()
        if not text or text == name or len(text.split()) > 4 or chrome[no]:
            continue
        above = _text_above(lines, chrome, no)
        if (
            above is not None
            and _full_stop_caption(above)
            and name_under_caption(above, text) is not None
        ):
            return True
    return False


def _dash_credits_source(lines: list[str], line: str, source: str) -> bool:
    """Another line of the page credits `source` beside a photographer after a dash that
    follows a caption's stop ("... outside the court. — Photo by Jane Roe/White Star"), as
    Dawn sets its pictures' credits: then a caption closed by "— White Star" is credited so
    too."""
    dashed = re.compile(
        r"[.!?”\"’]\s+[—–]\s*(?:(?i:photos?|pictures?)(?:\s+(?i:by)|\s*:)\s*)?"
        rf"[^\s—–/][^—–/]*/\s*{re.escape(source)}\s*$"
    )
    return any(other != line and dashed.search(other) is not None for other in lines)


def _text_above(lines: list[str], chrome: list[bool], no: int) -> str | None:
    """The nearest line of text above line `no` that is no page furniture, or None."""
    for k in range(no - 1, -1, -1):
        if lines[k] and not chrome[k]:
            return lines[k]
    return None


def _agency_key(name: str) -> str:
    """An agency's name to compare: lower case, no "The" ("The Canadian Press")."""
    key = " ".join(name.split()).strip(" .").lower()
    return key[4:] if key.startswith("the ") else key


def _foot_wire_writer(above: str | None, line: str, byline: Byline | None) -> bool:
    """`line` is a wire's writer and the agency ("Jane Roe, The Canadian Press") that signs the
    story at its foot, not a photo's credit: the byline over the story is that agency alone,
    or the line above is the wire's note on when the story was first published. (Under a
    caption the same shape credits the photographer.)"""
    found = wire_writers(line)
    if found is None:
        return False
    if byline is not None and not byline.names and _agency_key(byline.raw) == _agency_key(found[1]):
        return True
    return above is not None and FIRST_PUBLISHED.match(above) is not None


# How many closing paragraphs a writer's "By" line may stand in, under the story.
_FOOT_BY_PARAGRAPHS = 5


def _labelled_foot_writers(
    out: WireStructure,
    lines: list[str],
    start: int,
    paragraphs: list[str],
    first_lines: list[int],
) -> None:
    """The byline from a label below the story ("Author" / "Jane Roe", "Author Jane Roe"), a
    page's author box or labelled fields; the lines it takes leave the story's paragraphs."""
    why = "a byline's label below the story"
    found = labelled_foot_byline(lines[start:])
    if found is None:
        why = "an author box below the story: the name, then the name with a writer's title"
        found = author_box_byline(lines[start:])
    if found is None:
        return
    byline, used = found
    out.byline = byline
    at = [start + k for k in used]
    out.roles.append(LineRole(at[0], byline.raw, "byline", (why,)))
    # a paragraph that is one of those lines whole goes (the lines of a block are matched by
    # their text: a block split into one paragraph per line numbers them only roughly)
    taken = {lines[k] for k in at}
    for k in range(len(paragraphs) - 1, -1, -1):
        if paragraphs[k] in taken:
            taken.discard(paragraphs[k])
            del paragraphs[k]
            del first_lines[k]


# How many paragraphs over the story's first paragraph of prose a release's stamp is sought in.
_RELEASE_STAMP_PARAGRAPHS = 3


def _release_stamp(
    paragraphs: list[str], first_lines: list[int], reference_date: dt.date | None
) -> _Located | None:
    """With no dateline in the story: a government release's stamp line (the date, the city
    with its province, the issuing department: datelines.match_release_stamp) on a paragraph
    of its own over the story's first paragraph of prose, its place and date the release's
    dateline. The paragraph's index (not its line) and the match, or None."""
    for k, para in enumerate(paragraphs[:_RELEASE_STAMP_PARAGRAPHS]):
        if _is_prose(para):
            return None
        if (found := match_release_stamp(para, reference_date)) is not None:
            return _Located(k, found, ("a release's stamp over the story's first paragraph",))
    return None


def _stamp_dateline(
    roles: list[LineRole],
    reference_date: dt.date | None,
    story: tuple[int, list[LineRole]] | None = None,
) -> _Located | None:
    """With no dateline in the story: a page's date stamp in the header (`roles`, the
    opening's) that names the place ("Updated - March 10, 2026 11:32 pm IST - CHENNAI",
    "Jakarta ● Thu, January 15, 2026"). `story`: the line of the story's first paragraph and
    the story's own roles (its captions)."""
    story_at, story_roles = story if story is not None else (-1, [])
    for r in roles:
        if r.role in ("chrome", "deck", "byline", "body") and r.text[:1].isalnum():
            found = match_stamp_dateline(r.text, reference_date)
            if found is None and r.role == "chrome":
                # "March 5, 2024 Gatineau, Quebec Employment and Social Development Canada":
                # a release's stamp, its columns run together, the city and province its place
                found = match_release_stamp(r.text, reference_date)
            if found is not None and _picture_between([*roles, *story_roles], r.line, story_at):
                # "Jakarta ● Mon, August 11, 2025" / "Share This Article" / the lead photo's
                # caption / the story: a dateline stands on its own line just before the
                # story's first paragraph; a picture between them leaves the stamp the page's
                # place and date, as the development sets' labels read the Jakarta Post's
                # (s51a/010, s52w/012, s52x/035, s53w/008; right over the story, s49a/031, it
                # is the dateline)
                continue
            if (
                found is not None
                and not (found.dateline.place or "").isupper()
                and stamp_place_then_time(r.text, found.dateline.place)
            ):
                # "Barcelona - May 06, 2024 - 15:30 CEST" under the writers' names (El País's
                # and El Mundo's English pages): the writer's location tag in mixed case, then
                # the date and the page's time of publication, no dateline, as the development
                # sets' labels read it (s55x/027; fx43d); a place in capitals before the time
                # ("HYDERABAD 03 March 2023 21:12 IST") is still the dateline set apart, and so
                # is a stamp with no time ("Kyiv • 04.03.2026") or with the date first (a
                # release's "March 5, 2025 10:00 ET - Ottawa, Ontario - Health Canada")
                continue
            if found is None and r.why == (STAMP_OVER_HEADLINE,):
                found = match_field_dateline(r.text, reference_date)  # place, date: a dateline
                if found is not None and _WEEKDAY_WORD.search(found.dateline.place or ""):
                    # "Business News of Thursday, 19 November 2026": a weekday is the date's
                    # word, never a place's; the stamp's words before it are a section's
                    found = None
            elif found is None and r.why == (PAGE_STAMP,) and not _CLOCK.search(r.text):
                # "CHENNAI, March 4, 2014" alone under the byline: a place before the date is
                # the dateline the page set apart, when the gazetteer knows the place ("The
                # Hindu, March 4, 2014", "Staff Reporter, March 2" name no place)
                found = match_field_dateline(r.text, reference_date)
                if found is None and r.text.endswith(("/", "|")):
                    # "Baku, Azerbaijan, Jan. 20 / Trend, J.Aliyev /": the agency set apart
                    # between slashes closes the line, which reads as a stamp for its date
                    found = match_dateline(r.text, reference_date)
                if (
                    found is not None
                    and not _known_place_first(found.dateline.place)
                    and not _place_the_headline_names(found, r.text, roles)
                ):
                    found = None
            elif found is None and r.why == (DATELINE_OVER_LINES,):
                found = match_dateline(r.text, reference_date)  # "Tokyo CNN —"
            elif found is None and r.why == (FILED_FROM_OVER_STAMP,) and r.text.isupper():
                # "JANE ROE" / "OTTAWA" / "Published ...": where the writer filed from, printed
                # in capitals as datelines are, when the story opens without one (a place in
                # mixed case there, "Madrid", is a location tag, as match_stamp_dateline has it)
                found = match_field_dateline(r.text, reference_date)
            if found is not None:
                return _Located(r.line, found, (*found.evidence, f"in the header ({r.role})"))
    return None


def _picture_between(roles: list[LineRole], stamp_at: int, story_at: int) -> bool:
    """A caption or a credit stands between the stamp at line `stamp_at` and the story's
    first paragraph at line `story_at`."""
    return any(r.role in ("caption", "credit") and stamp_at < r.line < story_at for r in roles)


# The sentence of a rights notice that bans copying the story, the page's foot (AP's, TV
# stations' and syndicates' copy): "This material may not be published, broadcast, rewritten,
# or redistributed."; the copyright after it is the story's, no picture's credit.
_REPRODUCTION_BAN = re.compile(
    r"\bmay\s+not\s+be\s+(?:re)?(?:published|produced|broadcast|copied|distributed)\b",
    re.IGNORECASE,
)


# A weekday's name, in full or cut short: a date's word.
_WEEKDAY_WORD = re.compile(
    r"\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b", re.IGNORECASE
)
# A time of day: a stamp that has one is the page's, whatever place it names.
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")


def _place_the_headline_names(found: DatelineMatch, stamp: str, roles: list[LineRole]) -> bool:
    """ "Kurukshetra, June 11" alone over the story, under "Farmers block Kurukshetra highway
    ...": a place the gazetteer does not know is still the dateline an Indian paper sets on
    its own line (The Tribune, Deccan Herald) when the stamp gives no year (a page's own stamp
    carries its year or its time) and the headline names the same place; one word, which a
    person's name ("Jane Roe, June 11") never is alone."""
    place = found.dateline.place or ""
    if _YEAR.search(stamp) or not re.fullmatch(r"[A-Z][a-z]{3,}", place):
        return False
    if _WEEKDAY_WORD.fullmatch(place):
        return False  # "Sunday, June 11": the day's name, no place
    headline = next((r.text for r in roles if r.role == "headline"), "")
    return re.search(rf"\b{place}\b", headline) is not None


def _known_place_first(place: str | None) -> bool:
    """The place's first part ("New Delhi" of "New Delhi, India") is one the gazetteer knows."""
    from archiver.extract.gazetteer import is_known_place

    head = place.split(",", 1)[0].strip() if place else ""
    return bool(head) and is_known_place(head)


def _export_byline(export: Export) -> Byline | None:
    """The byline a database export's field gives ("BYLINE: By JANE ROE, Associated Press
    Writer", "Author: Roe, Jane; Doe, John"), when it names someone."""
    if export.authors:
        return Byline(raw=export.byline or "; ".join(export.authors), names=list(export.authors))
    if not export.byline:
        return None
    found = parse_byline(export.byline)
    if found is not None and found.names:
        return found
    # the field holds the names alone ("Byline: Jane Roe"): the label already says byline
    names = names_with_affiliation(export.byline)
    if not names and not is_by_line(export.byline):
        # "Byline: Jane Roe" / "News Washington Bureau Chief": the field's lines joined, the
        # name then the writer's title with no comma; read as the "By" line the label stands for
        found = parse_byline(f"By {export.byline}")
        names = found.names if found is not None else None
    return Byline(raw=export.byline, names=names) if names else None


def _prose(lines: list[str], raw_lines: list[str], i: int) -> bool:
    """Line `i` is a line of the story's prose: many words, no row of the page's header, and
    a sentence's end, or a sentence carried on to the next line (hard-wrapped copy). A long
    headline has the words but neither ("Centre to set up 100 new cold storage hubs for
    onion, tomato" over a "Trending" list)."""
    line = lines[i]
    if line.count(" ") < _STORY_SPACES:
        return False
    # the sentence's end (or its going on) asked before the header's rows, which cost many
    # patterns a line: a page of captions ending in their credits has neither
    ends = line.rstrip("\"”’'")[-1:] in ".!?" or (i + 1 < len(lines) and lines[i + 1][:1].islower())
    return ends and not _header_row(line, raw_lines[i])


# A page's masthead or menu item under a notice printed over the page: a few words.
_MASTHEAD_WORDS = 5


def _first_prose(lines: list[str], raw_lines: list[str]) -> int:
    """The story's first line of prose (len(lines) when there is none). A sentence that is the
    page's very first line, over a short line (the site's name, a menu's item), is a notice
    printed over the whole page (an acknowledgement of country, a site-wide announcement), not
    the story: the page's header, its menus and its headline are still to come under it."""
    text = [i for i, line in enumerate(lines) if line]
    for n, i in enumerate(text):
        if not _prose(lines, raw_lines, i):
            continue
        if (
            n == 0
            and len(text) > 1
            and len(lines[text[1]].split()) <= _MASTHEAD_WORDS
            and not _prose(lines, raw_lines, text[1])
        ):
            continue
        return i
    return len(lines)


def _export_under_menus(
    lines: list[str], raw_lines: list[str], reads: _Reads | None = None
) -> Export | None:
    """A database export read past the rows of links its page view prints over the record
    ("Search   Alerts   Newsletters", "Download   Email   Print"), which only the raw lines'
    spacing tells from a title: an export's reader sees the cleaned lines, where such a row
    reads as one more line of the title over the record. The rows are then the export's own
    lines, as the database's logo is."""
    first = _first_prose(lines, raw_lines)
    rows = [i for i in range(min(first, len(lines))) if lines[i] and is_spaced_row(raw_lines[i])]
    found = (
        read_export(["" if i in rows else line for i, line in enumerate(lines)]) if rows else None
    )
    if found is None:
        return reads.export(lines) if reads is not None else read_export(lines)
    for i in rows:
        found.capture.lines[i] = lines[i]
        found.capture.wrapper[i] = True
        found.capture.why[i] = "the database's page view's row of links over the record"
    return found


def _header_row(line: str, raw: str) -> bool:
    """A page header's row of items or crumbs (the cleaned line and the raw one)."""
    return (
        is_spaced_row(raw)
        or is_nav_row(line)
        or is_items_row(line)
        or breadcrumb_headline(line) is not None
    )


# Captures whose reader reads the column's lines as paragraphs itself (an archive's OCR, a
# printed page's text).
_PDF_PAGE = "newspaper page's PDF text"
_BROWSER_PRINT = "page printed from a browser"
# The site's name and sections a page's title adds after its headline ("... | Section | Site",
# "... - Site", "... :: Site").
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—]|-{1,2}|::)\s+")
_JOINS_OWN_LINES = frozenset(
    {
        _PDF_PAGE,
        *(f"newspaper archive ({name})" for name in OCR_ARCHIVES),
    }
)


def _written_role(role: LineRole, unwrapped: Unwrapped) -> LineRole:
    """A logical line's role at its first written line, saying which lines it was read from."""
    span = unwrapped.spans[role.line]
    if len(span) == 1:
        return dataclasses.replace(role, line=span[0])
    how = (
        f"the capture is hard-wrapped at {unwrapped.width} columns"
        if unwrapped.width
        else "the capture broke the line"  # no width: a second wrapping's, a printout's
    )
    why = (f"written lines {span[0] + 1}-{span[-1] + 1} read as one: {how}",)
    return dataclasses.replace(role, line=span[0], why=role.why + why)


class _Reads:
    """read_capture's and read_export's answers for the last two sets of lines each was asked
    about. parse_wire_text asks them of the same lines again: rejoin_head's first question is
    of the lines as they stand (those read_capture read just before, or the unwrapped ones it
    reads again when no join was made), and the export under the capture is looked for in the
    lines rejoin_head's question looked in; each answer depends on the lines' text alone, and
    each asking is a pass over the whole article. The answers are not changed by the asking
    (rejoin_head reads their flags only), so one kept is the one a new reading would give."""

    def __init__(self) -> None:
        self._captures: list[tuple[list[str], Capture]] = []
        self._exports: list[tuple[list[str], Export | None]] = []
        # each raw line cleaned once: every trial join asks again of the same lines but one
        self._cleaned: dict[str, str] = {}

    def capture(self, cleaned: list[str]) -> Capture:
        return _kept_reading(self._captures, cleaned, read_capture)

    def export(self, lines: list[str]) -> Export | None:
        return _kept_reading(self._exports, lines, read_export)

    def owned_lines(self, lines: list[str]) -> tuple[bool, list[bool]]:
        """Whether a capture's reader or a database export's knows the raw lines, and which
        lines are its own (rejoin_head asks it of the capture's head read with a break
        joined)."""
        cleaned = self._cleaned
        capture = self.capture(
            [
                cleaned[line] if line in cleaned else cleaned.setdefault(line, clean(line))
                for line in lines
            ]
        )
        if capture.kind is None and (export := self.export(capture.lines)) is not None:
            return True, export.capture.wrapper
        return capture.kind is not None, capture.wrapper


_Read = TypeVar("_Read")


def _kept_reading(
    kept: list[tuple[list[str], _Read]], lines: list[str], read: Callable[[list[str]], _Read]
) -> _Read:
    """`read(lines)`, or the answer kept for the same lines; `kept` holds the last two."""
    for seen, got in kept:
        if seen == lines:
            return got
    got = read(lines)
    kept[:] = [(list(lines), got), *kept[:1]]
    return got


def _wrapped_sentence_tail(written: list[str], unwrapped: Unwrapped, no: int) -> bool:
    """Written line `no` carries on the sentence of the written line above it, in the same
    logical line ("... for workers at As" / "Pontes, where the plant ..."): the last line of a
    hard-wrapped paragraph, no caption of its own, whatever stands alone under it (an agency's
    sign-off, "EFE")."""
    span = next((s for s in unwrapped.spans if no in s), None)
    if span is None or no == span[0]:
        return False
    above = written[no - 1].rstrip()
    return bool(above) and not above.endswith((".", "!", "?", ":", '"', "”", "’", ")"))


# "via REUTERS" alone on a hard-wrapped line: the end of a credit the width broke before "via".
_VIA_AGENCY_LINE = re.compile(r"\s*via\s+(?P<agency>[A-Z][\w.&'’\- ]{1,30}?)\s*\.?")


def _via_below(credit: Credit, lines: list[str], at: int) -> Credit:
    """The credit ending line `at`, with the "via <agency>" alone on the next line when the
    width broke it there (".../Handout" / "via REUTERS": the agency that sent the picture out)."""
    below = next((lines[j] for j in range(at + 1, min(at + 3, len(lines))) if lines[j].strip()), "")
    via = _VIA_AGENCY_LINE.fullmatch(below)
    if (
        via is None
        or not is_agency(via.group("agency"))
        or not lines[at].rstrip().endswith(credit.credit)
        or " via " in credit.credit
    ):
        return credit
    return dataclasses.replace(
        credit, credit=f"{credit.credit} {below.strip()}", agency=via.group("agency")
    )


# The roles the opening gives that no credit line can have.
_NO_CREDIT_ROLES = frozenset(("headline", "byline", "dateline"))


def _dateline_agency_alone(line: str, source: str | None) -> bool:
    """ "QNA" (or "(QNA)", "-- QNA") alone on a line, under the story whose dateline names it
    ("Doha, October 12 (QNA) - ..."): the agency signing its copy off, however little known
    its name is as a wire's."""
    return bool(source) and line.strip().strip("()-—– ").casefold() == (source or "").casefold()


# Words many picture libraries' and agencies' names share, which tell no holder from another.
_HOLDER_COMMON_WORDS = frozenset(
    {"images", "image", "photo", "photos", "pictures", "press", "news", "agency", "the", "via"}
)


def _same_holder(credit: Credit, notice: str) -> bool:
    """The rights notice (`notice`, "© Thomson Reuters") names the holder the caption's
    credit names ("REUTERS/Jane Roe"): a word of their agencies' names in common, or the
    notice's name spelling out the credit's code ("Agence France-Presse", "AFP")."""
    held = find_credit(notice, in_header=True)
    if held is None or not credit.agency or not held.agency:
        return False
    words = set(re.findall(r"\w+", credit.agency.casefold())) - _HOLDER_COMMON_WORDS
    named = set(re.findall(r"\w+", held.agency.casefold())) - _HOLDER_COMMON_WORDS
    return bool(words & named) or spells_out(held.agency, credit.agency)


def _wire_alone_at_end(line: str, at: int, lines: list[str]) -> bool:
    """A news wire's name alone ("AAP", "(PTI)") on line `at`, the text's last line of story:
    nothing but page furniture under it. In a copy whose blank lines part its blocks, a blank
    line over it too: the sign-off is a paragraph of its own, where a wire's name right under
    a line of text is a photo's credit under its caption ("Commissioner Bret Walker SC." /
    "AAP")."""
    if not is_wire_source(line.strip().strip("()-—– ")):
        return False
    if at > 0 and lines[at - 1].strip() and not blank_lines_part_nothing(lines):
        return False
    return all(not text.strip() or is_chrome(text) for text in lines[at + 1 :])


# A desk's or an agency's name alone after a dash, on a line of its own: "— AFP", "- Bernama".
_DASHED_DESK_LINE = re.compile(r"(?:--|[-–—])\s*(?P<desk>\S.{0,28})")


def _dashed_story_paragraph(line: str) -> bool:
    """A sentence of a story's paragraph: _PARAGRAPH_AFTER_WORDS words at least, its stop."""
    return len(line.split()) >= _PARAGRAPH_AFTER_WORDS and ends_caption(line)


_ANY_AGENCY_WORDS = frozenset({"staff", "agencies", "agency", "wires", "desk", "bureau"})
# The words of a caption's one plain sentence under which an agency's dashed name credits it.
_DASHED_CAPTION_WORDS = (4, 20)
# The story's paragraph under them: a sentence of this many words at least.
_PARAGRAPH_AFTER_WORDS = 12


def _dashed_desk_under_caption(
    caption: str, below: str, below_no: int, lines: list[str], span: tuple[int, int]
) -> Credit | None:
    """ "Residents wade through a flooded street in Beira." / "— AFP" amid the story, with the
    story going on under them: a picture's caption and its agency after a dash on the line
    under it, as papers in Malaysia, Pakistan and the Gulf print a wire's picture. The same
    line under the story's last paragraph signs the story off, and a digest's brief signed
    so has the next brief's headline or dateline under it: so the line must stand above
    the story's last sentence, over a paragraph with no dateline of its own, and the caption
    be one plain sentence that reports nothing ("... the minister said.", "... was closed.").
    A story's paragraph stands above the caption too: a lead's or a deck's sentence over "—
    Reuters" is the story's source under its top. `span`: the story's first line and the line
    of its last sentence."""
    story_start, signoff_at = span
    m = _DASHED_DESK_LINE.fullmatch(below.strip())
    if m is None or below_no >= signoff_at:
        return None
    desk = m.group("desk").strip()
    if is_lent_word_line(desk) and _page_dashes_credits(lines, below_no):
        # "Councillor Jane Roe speaks at the opening." / "- Contributed" on a page that
        # credits its pictures so ("- Jane Roe/Photographer", the Gleaner's form): the
        # lender's word is that page's credit too, the lead's or amid the story, with the
        # story going on under it (as the story's last line it is a brief's note)
        return _lent_word_under_caption(caption, desk, below_no, lines)
    # a wire or a picture agency by name ("AFP", "Bernama", "EPA"), never a word for any
    # agency ("— Agencies", "— Staff"), which signs a story's pieces
    if desk.casefold() in _ANY_AGENCY_WORDS or not (
        is_wire_source(desk) or is_credit_word_line(desk)
    ):
        return None
    text = " ".join(caption.split())
    low, high = _DASHED_CAPTION_WORDS
    if not low <= len(text.split()) <= high or not text.endswith("."):
        return None
    if INNER_SENTENCE.search(text) or _REPORTED.search(text) or any(q in text for q in '"“”'):
        return None
    after = next((line for line in lines[below_no + 1 :] if line.strip()), None)
    if after is None or not _dashed_story_paragraph(after):
        return None
    caption_no = next((j for j in range(below_no - 1, -1, -1) if lines[j].strip()), 0)
    if not any(_dashed_story_paragraph(lines[j]) for j in range(story_start, caption_no)):
        return None
    return None if match_dateline(after, None) is not None else Credit(desk, None, desk)


def _page_dashes_credits(lines: list[str], below_no: int) -> bool:
    """Another line of the page is a picture's credit alone after a dash ("- Ian Allen/
    Photographer"): the page sets its credits on a line of their own so."""
    return any(
        j != below_no and lines[j].lstrip()[:1] in "-–—" and is_credit_line(lines[j])
        for j in range(len(lines))
    )


# A reporting verb: a sentence that reports speech is the story's, not a picture's caption.
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|adds|according\s+to|announced|stated|explained)\b",
    re.IGNORECASE,
)


def _lent_word_under_caption(
    caption: str, desk: str, below_no: int, lines: list[str]
) -> Credit | None:
    """The lender's word after a dash under a caption's one sentence (_dashed_desk_under_caption
    has the page's form), with a story paragraph under it: the picture's credit, else None."""
    text = " ".join(caption.split())
    low, high = _DASHED_CAPTION_WORDS
    if not low <= len(text.split()) <= high or not text.endswith("."):
        return None
    if INNER_SENTENCE.search(text) or any(q in text for q in '"“”'):
        return None
    if _REPORTING_VERB.search(text):
        # "Education Minister Dana Morris Dixon said the programme would ...": the story's
        # reported speech, no picture's caption
        return None
    after = next((line for line in lines[below_no + 1 :] if line.strip()), None)
    if after is None or not _dashed_story_paragraph(after):
        return None
    return Credit(desk, None, None)


def _picture_sentence(line: str) -> bool:
    """The paragraph reads as a picture's caption, not as the story's last sentence: it says it
    describes a picture ("This file photo shows ..."), or it closes on the picture's place and
    full date with its year and reports nothing ("... in Kisumu, Kenya, on May 2, 2024."; a
    story's sentence says when in words of its own week, or reports: "said", "will")."""
    if len(line.split()) > _CAPTION_WORDS_AT_MOST:
        return False
    return bool(
        _SAYS_PICTURE.match(line)
        or _PICTURE_MARK.search(line)
        or (_DATED_PICTURE_SENTENCE.search(line) and not _REPORTED.search(line))
    )


def _recall_credit(
    out: WireStructure,
    photos: _Photos,
    paragraphs: list[str],
    first_lines: list[int],
    lines: list[str],
    opening_roles: list[LineRole],
    text: str,
    unwrapped: Unwrapped | None,
    wrapper: list[bool],
    signed_off: int | None = None,
) -> None:
    """No photo credited: a second look (credit_recall) for a credit line or a caption's
    credit tail the outlet prints in a shape no rule above names. `signed_off`: the line the
    agency's name alone closes the story on."""
    taken = {r.line: r.role for r in opening_roles if r.role in _NO_CREDIT_ROLES}
    # the site's header over the headline ("THE HARTWELL SUN" / "Local. Independent. Since
    # 1898." / "NEWS | County Government"): its slogan and section are no caption and credit
    taken.update(
        (r.line, r.role)
        for r in opening_roles
        if r.role == "chrome" and r.why and r.why[0].startswith(HEADER_OVER_TITLE)
    )
    if signed_off is not None:
        # "... booked through the website." / "QNA" / "Share": the agency's name alone under
        # the story's last paragraph, only the page's furniture under it, signs the copy off
        # (its dateline's agency), no picture's credit
        taken[signed_off] = "chrome"
    # the capture's or the export's own lines (an export's index fields under the story:
    # ProQuest's "Credit: Staff Writer", the writer's desk) are none of the story's pictures'
    taken.update((no, "chrome") for no, own in enumerate(wrapper) if own and no not in taken)
    writers = tuple(out.byline.names) if out.byline is not None else ()
    found = recall_credit(lines, taken, start=0, end=len(lines), writers=writers)
    if found is None and unwrapped is not None and len(unwrapped.spans) == len(lines):
        # hard-wrapped copy: a caption and its credit line, each shorter than the column, were
        # joined with the paragraph under them; read them as they were written
        written = [clean(line) for line in text.split("\n")]
        taken_written = {w: role for no, role in taken.items() for w in unwrapped.spans[no]}
        again = recall_credit(written, taken_written, start=0, end=len(written), writers=writers)
        if (
            again is not None
            and not (
                # a credit alone on its line ("EFE") under a paragraph's last written line
                again.credit_line != again.caption_line
                and _wrapped_sentence_tail(written, unwrapped, again.caption_line)
            )
            # "... london.metals@reuters.com))" over "REUTERS": the last written line of the
            # trailer that names the writers, the agency signing off under it
            and not any(
                again.caption_line in span and trailer_byline(lines[no]) is not None
                for no, span in enumerate(unwrapped.spans)
            )
        ):
            photos.add(
                _credited_photo(again.caption, _via_below(again.credit, written, again.credit_line))
            )
        return
    if found is None:
        return
    if _wire_over_its_dateline(found, out, opening_roles, lines):
        return
    photos.add(_credited_photo(found.caption, _via_below(found.credit, lines, found.credit_line)))
    # the credit line (and its caption) are no story paragraphs
    for no in {found.credit_line, found.caption_line}:
        if no in first_lines:
            at = first_lines.index(no)
            if paragraphs[at].strip() in (lines[no].strip(),):
                del paragraphs[at]
                del first_lines[at]
                out.roles = [r for r in out.roles if r.line != no]
    why = ("a second look: credit parts alone by a caption's sentence",)
    out.roles = [r for r in out.roles if r.line not in (found.credit_line, found.caption_line)]
    if found.caption_line != found.credit_line:
        out.roles.append(LineRole(found.caption_line, found.caption, "caption", why))
    out.roles.append(LineRole(found.credit_line, lines[found.credit_line], "credit", why))


def _wire_over_its_dateline(
    found: Recalled, out: WireStructure, roles: list[LineRole], lines: list[str]
) -> bool:
    """The agency's name alone ("Agencia EFE") over the story's dateline that names the same
    agency ("Bogotá, 18 jun (EFE).-"), no photographer named: the wire's byline, where a
    desk's name signs the copy it files, no credit of a picture."""
    source = out.dateline.source if out.dateline is not None else None
    if not source or found.credit.photographer:
        return False
    dated = [r.line for r in (*roles, *out.roles) if r.role == "dateline"]
    if not dated or found.credit_line > min(dated):
        return False
    under = found.credit_line + 1
    stamp = lines[under].strip() if under < min(dated) else ""
    if found.caption_line == found.credit_line - 1 and not (
        len(stamp.split()) <= 10 and re.search(r"\d", stamp)
    ):
        # "Residents wade through a flooded street ..." / "REUTERS" over "ROME (Reuters) -": a
        # caption set straight over the agency's name, no time stamp under the name as under a
        # byline's ("Agencia EFE" / "18 de junio 2024, 03:41 p. m."), is its picture's,
        # credited to the wire
        return False
    words = {w.casefold() for w in re.findall(r"[\w&'’-]+", found.credit.credit)}
    return all(w.casefold() in words for w in re.findall(r"[\w&'’-]+", source))


def _file_caption_in_run(block: list[tuple[str, int]], k: int) -> bool:
    """Line `k` of a run of lines with no blank between them (a copy that dropped them) is a
    file picture's caption (is_file_caption) of its own: it opens on a capital, and the line
    over it closes its own sentence or is a name alone, so it goes on no paragraph above."""
    line = block[k][0]
    if not line[:1].isupper() or len(line.split()) < _FILE_CAPTION_MIN_WORDS:
        return False
    if k == 0:
        return True
    above = block[k - 1][0].rstrip()
    return above.endswith((".", "!", "?", '"', "”", "’")) or name_list(above) is not None


# The fewest words of a file picture's caption set in a run of lines ("Governor Jane Roe.
# Photo: File").
_FILE_CAPTION_MIN_WORDS = 4


# A caption the page's own photographer is credited under, a blank line apart, stands among
# the story's first few blocks (over its first paragraph) in the copies read so.
_TOP_BLOCKS = 6


def parse_wire_text(
    text: str, reference_date: dt.date | None, *, explain: bool = False
) -> WireStructure:
    """The structure of a plain-text article. With `explain`, `roles` lists every line's role
    and why (otherwise only the opening's lines, which are few)."""
    out = WireStructure()
    # Canonical composition first: a capture made on a system that writes accents as separate
    # marks (macOS, some scrapers: "e" + U+0301) is the same text as the precomposed one, and
    # the names, places and words the parser knows are precomposed (Unicode's NFC, which
    # every field the record keeps is in).
    if not text.isascii():
        text, mangled = repair_mojibake(text)
        if mangled:
            out.warnings.append(
                Warning("mojibake-repaired", "UTF-8 text that had been read as cp1252, put back")
            )
        text = _OTHER_SPACE.sub(" ", unicodedata.normalize("NFC", text))
    # A page saved as Markdown: its headings' marks, links and escapes are no printed words.
    text = read_markdown(text)
    # A CMS's record in its own markup (JSON, a print system's tags): its fields as labels.
    text = read_record_markup(text)
    # A scraped page's figure elements left as markup on their lines: their captions' words.
    text = read_figure_lines(text)
    # A printed page's text laid out in its columns (pdftotext -layout): read column by column.
    raw_lines = read_columns(text.split("\n"))
    # A tool's capture (a text dump, an e-mail): its markers and wrapper lines are read past.
    reads = _Reads()
    capture = reads.capture([clean(line) for line in raw_lines])
    # Hard-wrapped by the tool that saved it (a text browser, a mail program): read as the
    # lines it was written as, unless the capture's reader joins its own column's lines
    # (such a reader's lines are still read with breaks doubled by a copy made single again)
    unwrapped = (
        read_as_written(raw_lines)
        if capture.kind not in _JOINS_OWN_LINES
        else read_undoubled(raw_lines)
    )
    if capture.kind not in _JOINS_OWN_LINES:
        # the head's long lines a wrapper broke (an archive's citation over a narrow column, a
        # database's citation, a mail's subject): joined where the capture's reader then
        # knows them as its own
        unwrapped = rejoin_head(raw_lines, unwrapped, reads.owned_lines) or unwrapped
    if capture.kind == _BROWSER_PRINT:
        # a long headline the printout broke at the sheet's width: the print header's title
        # (the site's name after a bar or a dash peeled off) says which lines are the
        # headline's; the header as the capture's wrapper left it joined again, if it did
        titles = [print_title(capture.lines)]
        if unwrapped is not None:
            titles.append(print_title([clean(line) for line in unwrapped.raw_lines]))
        # (the longer: the wrapper's break cut the header's own title short)
        title = max((t for t in titles if t is not None), key=len, default=None)
        heads = {title, headline_text(title), _TITLE_SUFFIX.split(title)[0]} if title else set()
        unwrapped = join_titled_head(raw_lines, unwrapped, heads) or unwrapped
    if unwrapped is not None:
        raw_lines = unwrapped.raw_lines
        capture = reads.capture([clean(line) for line in raw_lines])
    # A database's export (LexisNexis, Factiva, ProQuest, ...): its fields say what the
    # headline and the byline are, and its own lines are read past like a capture's.
    export = _export_under_menus(capture.lines, raw_lines, reads) if capture.kind is None else None
    if export is not None:
        capture = export.capture
    elif capture.headline is None and (record := labelled_record(capture.lines)) is not None:
        # a clipping service's record mailed as a report: the e-mail's wrapper and the
        # record's fields both, the record's "Headline:" field the headline
        capture = dataclasses.replace(
            capture,
            lines=record.capture.lines,
            wrapper=[a or b for a, b in zip(capture.wrapper, record.capture.wrapper, strict=True)],
            why={**record.capture.why, **capture.why},
            headline=record.headline,
        )
    lines = capture.lines
    hidden: list[LineRole] = []
    if capture.hidden:  # an envelope's lines: read as blank, listed with their reason
        hidden = [
            LineRole(i, line, "chrome", (f"{capture.kind}: {capture.why.get(i, '')}",))
            for i, line in enumerate(lines)
            if line and capture.wrapper[i]
        ]
        lines = ["" if w else line for line, w in zip(lines, capture.wrapper, strict=True)]
    # The story ends where the page starts listing other stories.
    # A menu whose items only the page's spacing keeps apart is read on the raw line, whose
    # runs of spaces clean() evens out; only above the story's first paragraph, where a page
    # prints its menus (under it, such a row is a table's head: "COUNTRY   CURRENT   QUOTA").
    # A row of the page's header is no prose however many spaces it holds: a breadcrumb that
    # ends in the headline, a row of language codes ("TR | EN | AR | FR | RU"), or a menu row
    # itself ("Live  France  Africa  Middle East  Americas  Europe  ...").
    first_prose = _first_prose(lines, raw_lines)
    ocr_spaced = _evenly_spaced(raw_lines)
    spaced = frozenset(
        i
        for i in range(min(first_prose, len(lines)))
        if lines[i]
        and (
            is_spaced_row(_OCR_GAP.sub(" ", raw_lines[i]) if ocr_spaced else raw_lines[i])
            # the page's folio set across its width ("Business Day   Wednesday 17 April 2024
            # 7"), as text taken from an e-paper's PDF keeps it
            or is_spaced_folio(raw_lines[i])
            # a breadcrumb from the front page spaced out ("Home  Country")
            or is_spaced_trail(raw_lines[i])
            # a row of prayer times, the weather or exchange rates ("Fajr 04:52   Dhuhr ...")
            or is_readings_row(raw_lines[i])
        )
    )
    chrome = [
        a or b or i in spaced
        for i, (a, b) in enumerate(zip(chrome_flags(lines), capture.wrapper, strict=True))
    ]
    for k in _repeated_captions(lines):
        chrome[k] = True
    top_rows = min(first_prose, len(lines))
    for k in range(top_rows):
        if lines[k] and not chrome[k] and (row := stamp_writer_row(raw_lines[k])) is not None:
            if any(_BY_LINE_OPENING.match(lines[j]) for j in range(k + 1, top_rows)):
                # "03/04/2024  Grace Hall" / "By Peter Moss": the header's "By" line names the
                # writer; the name by the stamp is a tag (a venue, a company, a subject)
                continue
            # "December 19, 2022  Kunle Adebayo": the stamp and the writer the copy keeps
            # apart by its spacing only, which the cleaned line loses; read as the row is
            # printed with a bar between them (the writer's byline, not a stamp)
            lines[k] = row
    top = next((k for k, text in enumerate(lines) if text), None)
    if top is not None and is_capture_address_label(lines[top]):
        # "Scraped text: https://..." heading the capture: the tool's label, no headline
        chrome[top] = True
    for k in range(max(first_prose, 0) + 1, len(lines)):
        if lines[k][:1].isalpha() and _teaser_link_line(lines[k]):
            # "Read also: How Kharkiv's theaters keep performing" amid the story: a link to
            # another story under its label, no paragraph of this one
            chrome[k] = True
    # the page's header menu under its skip link: a section's name there is no headline
    for k in skip_link_menu(lines):
        chrome[k] = True
    # An export's caption fields ("GRAPHIC: PHOTO, JANE ROE/THE POST; caption"): the photos
    # with their credits. The lines are no story, credited or not (NewsBank prints them among
    # its paragraphs: "Caption: CHART (color) Fares since 2000").
    field_photos: list[Photo] = []
    for caption_field in caption_fields(capture.lines, export=export is not None):
        # a caption that ends in its own credit keeps it: a "Credit:" field under it then
        # credits something else (ProQuest's names the story's writer: "Credit: Jane Roe
        # Toronto Star" under "Caption: ... John Doe Toronto Star")
        pictures = export_caption_pictures(caption_field.value)
        for picture in pictures:
            # "Smoke over the hills. Picture: Jane Roe; Crews at ... Picture: John Doe": one
            # field, a picture and its credit in each part
            if (picture_credit := export_caption_credit(picture)) is not None:
                field_photos.append(_credited_photo(picture, picture_credit))
        field_credit = (
            None if pictures else export_caption_credit(caption_field.value, caption_field.first)
        )
        if caption_field.credit and field_credit is None:
            field_credit = credit_field(caption_field.credit)
        if field_credit is None and _picture_field_credit(capture.lines, caption_field):
            # "PHOTO: EXPRESS", "PHOTO: AFP" under an export's story (the Express Tribune's
            # pictures as Nexis keeps them, their captions lost): the picture's label over
            # its credit alone
            field_credit = credit_field(caption_field.value)
        if field_credit is not None:
            field_photos.append(_credited_photo(caption_field.value, field_credit))
        for k in caption_field.rows:
            if k < len(chrome):
                chrome[k] = True
    following = next_text_index(lines, chrome)
    # a page's menu holds "Latest Headlines" and "Trending" above its story: the story is seen
    # from its first line of prose on (a menu printed on one line is none)
    resumes_at: int | None = -1  # under a box of links inside the story, where it goes on
    for i, line in enumerate(lines):
        if i <= first_prose or (resumes_at is not None and i < resumes_at):
            continue
        if (
            line
            and line[0] in TERMINATOR_INITIALS
            and len(line) <= _TERMINATOR_MAX
            and is_terminator(line, lines[following[i]] if following[i] < len(lines) else None)
            and not _caption_after_soft_heading(line, lines, following[i])
        ):
            if (resumes_at := _inline_box_end(lines, chrome, i)) is not None:
                # "Read More" / a headline / the story's next paragraphs: a box of links the
                # page sets inside the story (its captions below are the story's photos')
                for j in range(i, resumes_at):
                    chrome[j] = chrome[j] or bool(lines[j])
                continue
            resumes_at = -1
            out.roles_tail = LineRole(
                i, line, "chrome", ("the page lists other stories from here",)
            )
            lines = lines[:i]
            raw_lines = raw_lines[:i]
            chrome = chrome[:i]
            break

    # Header: headline, deck, byline, captions, credits and page stamps before the story.
    opening = classify_opening(
        lines,
        reference_date,
        chrome,
        headline=export.headline if export else capture.headline,
        # a whole menu on one line: four items or more ("Site.cn   [Print]  [Close]" is a
        # print view's bar, one line of furniture)
        # or a breadcrumb trail from "Home" ("Home  Country"), the page's own as a menu is
        menu_rows=frozenset(
            i
            for i in spaced
            if len(spaced_items(raw_lines[i])) >= _MENU_ITEMS or is_spaced_trail(raw_lines[i])
        ),
    )
    out.headline = opening.headline
    out.byline = opening.byline
    # "Prensa Latina" / "Havana, Feb 4 (Prensa Latina) Cuba will ..." / the headline: the
    # agency's name alone over its story is its masthead, the headline under the lead
    masthead = out.headline is not None and _agency_furniture(out.headline)
    lead_at = _lead_under_furniture(lines, opening.story_start)
    if masthead and (over_lead := _headline_over_lead(lines, lead_at)) is not None:
        # "AGERPRES English news" / "12-01-2026 11:47:31" / the headline / "Cluj-Napoca, Jan
        # 12 /Agerpres/ - ...": the agency's masthead over its feed's stamp, the story's
        # headline on the line right over the dateline's lead
        _masthead_as_chrome(opening.roles)
        out.headline = lines[over_lead]
        lines = _read_as_headline(
            lines,
            over_lead,
            opening.roles,
            "a headline's line right over the dateline's lead, under the agency's masthead",
        )
    elif (out.headline is None or masthead) and (late := headline_under_lead(lines, lead_at)):
        # "KYOTO (Kyodo) -- Kyoto city will raise its ..." / the headline / the story: the
        # lead printed over the headline; the line set apart under it is no paragraph
        if masthead:
            _masthead_as_chrome(opening.roles)
        out.headline = lines[late]
        lines = _read_as_headline(
            lines,
            late,
            opening.roles,
            "set apart under the dateline's lead paragraph, telling it in its own words",
        )
        for k in range(opening.story_start, lead_at):
            # "English edition" / "Society" over the lead: the agency page's furniture
            if lines[k]:
                why = ("an agency page's short furniture over the dateline's lead",)
                opening.roles.append(LineRole(k, lines[k], "chrome", why))
                lines[k] = ""
    if export is not None:
        out.byline = _export_byline(export) or out.byline
    if capture.byline is not None and (out.byline is None or not out.byline.names):
        # a news service's Usenet post: its "From:" field signs the story ("(JANE ROE,
        # Associated Press Writer)"), the post's text has no byline line
        at, signed = capture.byline
        if (posted := parse_byline(signed)) is not None and posted.names:
            out.byline = posted
            why = ("the Usenet post's 'From:' field names the writer and a title or agency",)
            out.roles.append(LineRole(at, signed, "byline", why))
    out.roles = [r for r in opening.roles if r.role != "dateline"]
    # "Sofia, January 31 (BTA)" alone over the story: the header read it as the dateline, so
    # the page's own photo source in its brackets does not make it a caption
    header_datelines = frozenset(r.line for r in opening.roles if r.role == "dateline")
    photos = _Photos()
    _header_photos(opening.roles, photos, lines)
    for photo in field_photos:
        photos.add(photo)
    if export is not None and export.byline:
        # "dc:creator: Words by Jane Roe / Photographs by John Doe": the record's writer field
        # names the photographer beside the writer, as a page's credits row does
        row_shot = byline_photographer(export.byline)
        if row_shot is not None:
            photos.add(_credited_photo(export.byline, row_shot))
    # the header credits its picture after a bar ("... in Asakusa | Jane Roe"): the page's own
    # form, which a caption inside the story keeps, its stop left out as the header's may be
    bar_credits = any(_bar_credited(p) for p in photos.items)

    # Story: paragraphs, with captions and chrome taken out wherever they stand.
    paragraphs: list[str] = []
    first_lines: list[int] = []
    # the paragraphs of a line set apart right on the story's first line, no blank line between
    # (split from one block by _dateline_line_in_block)
    on_story: set[int] = set()
    # Most story lines can hold no photo (no credit mark, no gallery counter): they are told
    # apart with one cheap test each, so a long story costs little more than reading it.
    maybe_photo = per_distinct(lines, _may_be_photo_line)
    signoff_at = _last_sentence_line(lines, chrome, raw_lines)
    last_text = max((i for i, line in enumerate(lines) if line and not chrome[i]), default=-1)
    credited_at = -1  # the last line that credited a photo

    def story_wire() -> str | None:
        """The wire the story's own dateline names, read when a rights notice asks."""
        if not wire_read:
            wire_read.append(_story_wire(lines, opening.story_start, reference_date))
        return wire_read[0]

    wire_read: list[str | None] = []
    # "Huntington Police Department" / "Huntington Police Chief Phil Watkins said ...": a
    # roundup's offices set alone over their sections (subheads), no picture's credit
    office_heads = _office_subheads(lines, opening.story_start, signoff_at)
    # a page that heads its story's sections with short lines ("What happened")
    crossheaded = _story_crossheads(lines, opening.story_start, signoff_at) > 0
    credit_first = False  # the story printed a photo's credit over its caption already
    # a page that prints a picture agency alone under a caption's sentence ("Getty Images")
    # prints its other credits so too: a name alone under a caption ("Jane Roe", "NYC Transit")
    credit_lines_under = _credits_under_captions(
        lines, opening.story_start, signoff_at
    ) or _header_credit_under_caption(opening.roles)
    sources = _PageSources()  # the page's photo sources, read when first asked
    # the header prints its picture's credit over the caption ("Getty Images" / caption): the
    # page's form, which its pictures amid the story keep, a blank line between or none
    credit_first_header = _header_credit_over_caption(opening.roles)
    # the page's byline printed on a "By" line of its own, read by the opening or standing
    # near the story's top (under a credited picture there): a name and a paper after a bar
    # over a caption in the story is then no writer's line
    byline_apart = (out.byline is not None and is_by_line(out.byline.raw)) or any(
        is_by_line(lines[j])
        for j in range(opening.story_start, min(len(lines), opening.story_start + _BY_LINE_REACH))
    )
    header_credit_read: list[bool] = []
    own_names: list[list[str]] = []

    def own_page_names() -> list[str]:
        # where the page names itself (own_paper_under_caption), read once: the masthead, the
        # byline block, the foot
        if not own_names:
            own_names.append(
                [*_page_names(out, lines, opening.story_start, signoff_at), site_name or ""]
            )
        return own_names[0]

    def credit_over_text() -> bool:
        """_header_credit_over_text of the header, read when first asked."""
        if not header_credit_read:
            header_credit_read.append(_header_credit_over_text(opening.roles, lines))
        return header_credit_read[0]

    # the page's first line of text: a site's name when the copy is a whole page
    site_name = next((line for line in lines if line), None)
    letters = letters_page(lines)  # "To the editor:": a letters column

    def sent_by(line: str, no: int, above: str | None) -> bool:
        """Line `no`, a bare "Submitted by Jane Roe, Hillsdale" in the story, signs a letter
        or a community note: on a letters page, under a paragraph of several sentences (the
        letter's text), or as the story's last line. A reader's or a club's lent picture is
        credited so too, under a caption of one sentence amid the story."""
        return (
            no > opening.story_start
            and sender_signoff(line)
            and (
                letters
                or (above is not None and several_sentences(above))
                or _story_ends_at(lines, chrome, no)
            )
        )

    def bare_credit_under(block: list[tuple[str, int]], k: int) -> bool:
        """The line under the block's k-th line is the bare credit of a caption there."""
        if k + 1 >= len(block):
            return False
        line, no = block[k]
        below, below_no = block[k + 1]
        return (
            # an export's or a capture's own field ("Credit: By Jane Roe, The Paper" among
            # ProQuest's index fields) credits no photo
            not capture.wrapper[below_no]
            and bool(
                is_credit_line(below)
                or credit_under_caption(line, below)
                # "Image copyright" / "Reuters": the credit's label alone over its name
                or credit_wrapped_over(line, below)
                # "Jeremy Tolliver" / "Volusia Sheriff's Office": a mug shot's caption and credit
                # amid the story; on a letters page or as the story's last lines, a signature
                # ("Maria Alvarez" / "Tulare County Sheriff's Office")
                or (
                    booking_office_under_name(line, below) is not None
                    and not letters
                    and not _story_ends_at(lines, chrome, below_no)
                )
                # "Residents wade through a flooded street." / "— AFP" amid the story
                or _dashed_desk_under_caption(
                    line, below, below_no, lines, (opening.story_start, signoff_at)
                )
            )
            and not find_credit(line)
            and not is_desk_signoff(below)
            # "... the National Science Foundation and the U.S." / "Department of Energy.": a
            # hard-wrapped sentence broken after an abbreviation's stop, the line under it its
            # close (with its own stop), no credit under a caption
            and not (_ABBREVIATION_AT_END.search(line) and below.rstrip().endswith("."))
            and below.strip() not in office_heads
            # "Hadley Police Department" / "The Hadley Police Department would ...": a crosshead
            and not _office_crosshead(lines, below_no, signoff_at)
            # "© dpa-infocom, dpa:230512-99-668231/3" under the story's last paragraph: the
            # story's rights notice with its item number, no caption's credit
            and not is_item_notice(below)
            # "((Reporting by Jane Roe; ... desk +44 20 ...))" over "REUTERS": the trailer that
            # names the writers, then the agency signing off, no caption and its credit
            and trailer_byline(line) is None
            # "The Local/TT" under the story's last paragraph: the wire and the client site
            # that runs its copy sign the story, no photo's credit
            and not wire_and_client(below)
            # "(Top photo: Jane Roe / Getty Images)" under the story's last paragraph: the lead
            # photo's credit again, its caption at the top
            and not LEAD_PHOTO_CREDIT.match(below)
            # "... to 25 minutes." / "SUGGESTED ARTICLES": words in capitals read as a name
            # alone under a sentence with no mark of a caption are a page's heading as often;
            # only a page that credits a picture by its photographer's name alone already (El
            # País's) credits so
            and not (
                below.isupper()
                and not maybe_photo[no]
                and not _may_be_marked_photo_line(below)
                and _caps_name_alone(line, below)
                and not (
                    photos.has(_person_alone_credited)
                    # "Can you rule out ...?" / "LAURA KUENSSBERG": an interview's speakers,
                    # named under each question and answer, credit no picture
                    and not line.rstrip().endswith("?")
                    and sum(other.strip() == below.strip() for other in lines) == 1
                )
            )
            # "... attended the meetings. (end)" / "ad.gta": the story's end mark, then the
            # desk's initials; a caption has no end mark
            and not _END_MARK.search(line)
            # "Jane Roe / jroe@paper.com" under the story's last paragraph: the writer's
            # contact (a photographer's address stands under a caption amid the story)
            and not (below_no >= signoff_at and emailed_credit(below))
            # "... who helped on the night." / "(Supplied)" / the page's foot: a community
            # paper's sign-off under the story's last paragraph (the story sent in); a
            # caption's "(Supplied)" stands amid the story
            and not (below_no >= signoff_at and bracketed_desk_word(below))
            # "To the editor: ..." / "Submitted by Jane Roe, Hillsdale": a letter's or a
            # community note's sender under its text in the story, no picture's lender (a
            # caption's credit says "Photo submitted by" or stands in brackets)
            and not sent_by(below, below_no, line)
            # "... the minister said." or the desk's initials under it ("rh/jm/ser") over "(c)
            # Agence France-Presse": the page's rights notice under the story, no credit (a
            # caption, four words at least, is itself the story's last such line)
            and not (no >= signoff_at and is_rights_signoff(below))
            # "... del transporte público." over "(c) Agencia EFE" in an EFE story with no
            # prose under it: the wire's own notice at the story's foot, no caption's credit
            and not (is_rights_signoff(below) and _own_wire_notice(lines, below_no, story_wire()))
            # "... in their final stages." over "Syrian Arab News Agency" at the story's foot
            # in a "Damascus, SANA-" story: the wire signing its own copy off by its full
            # name, no caption's credit (a picture's credit gives the code: "SANA")
            and not (
                below_no >= signoff_at
                and _own_wire_spelt_out(below, story_wire())
                and not _caption_over_signoff(line)
            )
            # "... outside the ministry." / "(©NTB)" / "Photo: Jane Roe / NTB": the notice over
            # the photo's own labelled credit is the copy's, no caption's credit
            and not (is_rights_signoff(below) and _notice_over_labelled_credit(lines, below_no))
            # "Copyright PUNCH." over "All rights reserved. ...": the page's notice
            and not _rights_notice(block, k + 1, last_text)
            # "Stuff" under the story's last paragraph, the page's first line "Stuff" too: the
            # site's name in the page's foot (its logo), as at its top, credits no photo
            and not (no >= signoff_at and below == site_name)
            # "This report by The Canadian Press was first published ..." over "Jane Roe, The
            # Canadian Press": the wire's writer signing under the story, no photo's credit
            and not (below_no >= signoff_at and _foot_wire_writer(line, below, out.byline))
            # "JANE ROE" over "Roe covers the Senate for ...": a writer of the byline
            # named again over her note at the foot, no photographer
            and not _writer_named(out.byline, below)
            and not (below_no >= signoff_at and _writer_with_paper(out.byline, below))
            # "Jane Roe" / "Photo: JANE ROE" under the deck: the writer who took the lead
            # picture too (Nepali Times), the name alone the byline, no caption of a name
            and not (out.byline is None and _self_credited_writer(line, below))
            # "(By Jane Roe)" over the desk's "Enditem/AW": the writers' line, no caption
            and foot_byline(line) is None
            # "File photo" / "Photo: Jane Roe - Anadolu Agency" under a paragraph: the label
            # is the picture's own caption, credited by the line under it
            and not _label_over_credit(block, k + 1)
            # "NewCap" / "Investor Relations / Media Relations" / "+33 1 44 71 94 94": a
            # release's contact, its office and its telephone, no caption over a credit (a
            # photographer's credit has no telephone number under it)
            and not (
                k + 2 < len(block)
                and is_contact_detail(block[k + 2][0])
                # a caption is a sentence; a contact's name is none ("... on Monday." over
                # "Jane Roe/AP" over the writer's "@janeroe" stays a caption and its credit)
                and not line.rstrip().endswith((".", "!", "?", ")", '"', "”"))
            )
            # "Media enquiries: Jane Roe, +44 20 7946 0321" over "SOURCE Acme plc": a release's
            # contact over the wire's mark of its issuer (PR Newswire's), no caption's credit
            and not has_phone_number(line)
            and not RELEASE_SOURCE.match(below)
            # "... to watch the launch." / "EPA-EFE" / "The crew launched the boat on Saturday":
            # a credit's word alone between the story's sentence and a caption with no stop
            # is the BBC's credit printed over its caption, not under the paragraph
            and not (
                k + 2 < len(block)
                and is_credit_word_line(below)
                and line.rstrip().endswith((".", "!", "?", '"', "”"))
                and caption_under_credit(block[k + 2][0])
            )
            # "FURNACE BLAST" over "KILLS 4 AT MILL;": a headline's first line in capitals
            and not _heads_a_capitals_block(block, k + 1)
            # "ABS RHL" under the story's last paragraph: the desk's editors' initials (PTI's)
            and not _desk_initials(below)
            # "DENVER (Aug. 3) -- After two years of delays ..." over "Kyle Brandt, AP" over a
            # caption's sentence: the story's lead, longer than a dated caption, is none (the
            # credit is printed over its caption; copied with no blank line under the lead)
            and not (
                len(line.split()) > _DATED_CAPTION_WORDS
                and match_dateline(line, reference_date) is not None
            )
            # "ST. PAUL, Minn. — The mayor proposed ..." over "Credit: KARE" (the caption lost):
            # the story's first line, its only dateline; a caption that opens with a dateline
            # stands over the story's own dateline paragraph
            and not (no == opening.story_start and _only_dateline(lines, no, reference_date))
        )

    written = unwrapped.indents if unwrapped is not None else None
    # the source the story's dateline names ("KNOXVILLE, Tenn. (WVLT) -"): the outlet itself
    opening_found = (
        match_dateline(lines[opening.story_start], reference_date)
        if opening.story_start < len(lines)
        else None
    )
    story_source = opening_found.dateline.source if opening_found is not None else None
    # A caption's sentence and its credit, each a paragraph of its own (copy with every line
    # break doubled, or a page that sets the credit apart), are read as one block, as the two
    # are printed with no blank line between. Under the story's last sentence a credit's
    # shape alone signs the story off ("WAM/Jane Roe", "AFP/TT/The Local"), and a wire's
    # name alone does anywhere.
    # the story's top (headline, lead), read for the names a gallery's subjects go by
    story_top = _story_top(lines)
    # every line of the copy set apart by a blank line: the blank lines part nothing, and a
    # caption's credit on the next line of text is as near it as no blank line would set it
    apart = every_line_apart(lines)
    blocks: list[list[tuple[str, int]]] = []
    for block in _blocks(raw_lines, lines, opening.story_start, written):
        prev = blocks[-1] if blocks else None
        # two one-paragraph blocks of story text, one above the other
        lone_pair = (
            prev is not None
            and len(prev) == 1
            and len(block) == 1
            and not chrome[prev[0][1]]
            and not chrome[block[0][1]]
        )
        if (
            lone_pair
            and prev is not None
            and prev[0][0][:1] in "EeZz"
            and _VIEWER_BUTTON_CAPTION.match(prev[0][0]) is not None
            and bare_credit(block[0][0]) is not None
        ):
            # "Enlarge / A solar flare ..." / "NASA/SDO", a blank line between: the image
            # viewer's caption and its credit, one picture's however the copy spaced them
            blocks[-1] = [*prev, *block]
        elif (
            lone_pair
            and prev is not None
            and (maybe_photo[prev[0][1]] or maybe_photo[block[0][1]])
            and (
                _caption_sentence(prev[0][0])
                or _quelle_under_caption_words(prev[0][0], block[0][0])
                # every line of the copy set apart: the pair as it reads with no blank line
                # between ("Cody Roe" / "Submitted photo"), which the block's own reading
                # below tells, whatever the caption's words
                or apart
            )
            and (
                prev[0][1] < signoff_at
                # ... there under the story's last sentence too, over a line that closes no
                # sentence ("Enditem/ls" / "CNA file photo"): no paragraph of the story. The
                # story's last sentence's line itself is none ("For more information call the
                # guild at 555-0134" over its writer's "Maria Lopez/Lakeside Courier")
                or (apart and prev[0][1] > signoff_at and not ends_caption(prev[0][0]))
                # "Un operario revisa una toma." / "JANE ROE" closing the page, on a page that
                # credits its pictures by a name alone under the caption already (El País's):
                # the last caption and its credit, as read with no blank line between them
                or (
                    block[0][0].isupper()
                    and photos.has(_person_alone_credited)
                    and _caps_name_alone(prev[0][0], block[0][0])
                )
            )
            and not is_agency(block[0][0])
            # "(Top photo: Jane Roe / Getty Images)", "Photographer: Jane Roe/Bloomberg": a
            # credit in brackets or after its label stands as a whole caption of its own; a
            # "Quelle:" label is a picture's credit only under its caption's words, so it
            # joins the caption above
            and (
                (
                    block[0][0][:1] not in "(["
                    and (
                        ":" not in block[0][0]
                        or _quelle_under_caption_words(prev[0][0], block[0][0])
                    )
                )
                # ... but under a caption's sentence where every line is set apart: the
                # caption's credit, as read with no blank line between ("The main salon." /
                # "Source: Jane Roe Estates", "A child builds a snowman." / "(Jane Roe)")
                or (
                    apart
                    and _caption_sentence(prev[0][0])
                    # "Residents were told to move valuables upstairs." over "Image source:
                    # Getty Images" over "Image caption: ...": the BBC's credit of the caption
                    # below, printed first, not a credit under the story's sentence
                    and _CREDIT_FIRST_LABEL.match(block[0][0]) is None
                    and not any(
                        _CREDIT_FIRST_LABEL.match(t) for t, _ in _next_text(lines, block[0][1])
                    )
                )
            )
            and not _foot_desk_signoff(lines, chrome, block[0][1])
            # "Copyright THE PAPER." over "All rights reserved. ..." a blank line below it
            and not _rights_notice([*block, *_next_text(lines, block[0][1])], 0, last_text)
            # "File photo" over "Photo: Jane Roe - Anadolu Agency" a blank line below it
            and not _label_over_credit([*block, *_next_text(lines, block[0][1])], 0)
            and bare_credit_under([*prev, *block], 0)
        ):
            blocks[-1] = [*prev, *block]
        elif (
            apart
            and lone_pair
            and prev is not None
            and prev[0][1] < signoff_at
            and out.byline is not None
            and bool(out.byline.names)
            and _caption_sentence(prev[0][0])
            and not any(name.casefold() in block[0][0].casefold() for name in out.byline.names)
            and own_paper_under_caption(prev[0][0], block[0][0], own_page_names()) is not None
            # over the story's first paragraph, no story paragraph above it: a short last
            # paragraph over a contributor's "Jane Roe, Tulsa World" is the story's own
            and len(blocks) <= _TOP_BLOCKS
            and all(chrome[b[0][1]] for b in blocks[:-1])
        ):
            # "Firefighters work at the apartments on Tuesday." / "Daniel Ochoa, Tulsa World",
            # every line of the copy set apart: the paper's own photographer under the caption
            # as the pair reads with no blank line between (the walk below weighs it so)
            blocks[-1] = [*prev, *block]
        elif (
            lone_pair
            and prev is not None
            and is_label_alone(prev[0][0])
            and credit_wrapped_over(prev[0][0], block[0][0]) is not None
        ):
            # "Image source," / "Reuters", a blank line between: the picture's label alone
            # over its credit, one credit however the copy spaced it (a wire's name under a
            # label signs no story)
            blocks[-1] = [*prev, *block]
        elif (
            prev is not None
            and len(prev) == 1
            and len(block) == 1
            and not chrome[prev[0][1]]
            and not chrome[block[0][1]]
            and _SHORT_CAPTION[0] <= len(prev[0][0].split()) <= _SHORT_CAPTION[1]
            # no stop (under the story's last sentence too): a paragraph's sentence over
            # "(PTI)" is the wire signing the story off
            and not prev[0][0].rstrip().endswith((".", "!", "?", '"', "”", "’", ")", ":"))
            and _BRACKETED.fullmatch(block[0][0].strip()) is not None
            and bare_credit_under([*prev, *block], 0)
        ):
            # "The chancellor holds up the red box" / "(PA Wire)", a blank line between: the
            # picture's agency in brackets under its caption (the Independent's live pages)
            blocks[-1] = [*prev, *block]
        elif (
            lone_pair
            and prev is not None
            and prev[0][1] < signoff_at
            and caption_under_credit(block[0][0])
            and credit_first_header
            and (
                credit_over_caption(prev[0][0], block[0][0])
                or _name_over_stopless_caption(prev[0][0], block[0][0], credit_first_header)
            )
            is not None
        ):
            # "BBC" / "Shopkeeper Jane Roe says his shelves are half empty", a blank line
            # between, on a page whose header prints its picture's credit over the caption so:
            # one credit and its caption however the copy spaced them
            blocks[-1] = [*prev, *block]
        elif (
            lone_pair
            and prev is not None
            and prev[0][1] < signoff_at
            and len(block[0][0]) <= _CREDIT_LINE_CHARS
            and _caption_sentence(prev[0][0])
            and (lost := person_before_source(block[0][0], _photo_sources(photos))) is not None
            and not _item_signature(prev[0][0], lost, lines, out.byline, _photo_sources(photos))
        ):
            # "The spit at sunset." / "Steve Russell Toronto Star", a blank line between, where
            # the header credits "Rick Madonik/Toronto Star": one caption and its credit
            blocks[-1] = [*prev, *block]
        elif (
            lone_pair
            and prev is not None
            and credit_lines_under
            and prev[0][1] < signoff_at
            and _agency_alone(block[0][0])
            and _name_under_caption_sentence(prev[0][0], block[0][0], lines, block[0][1])
            is not None
        ):
            # "Performers at the celebrations in Khor Fakkan." / "Wam", a blank line between,
            # on a page that credits its pictures on the line under the caption: one caption
            # and its credit however the copy spaced them. An agency's name only: a person's
            # name or capitals alone past a blank line is a crosshead as often ("Erling
            # Haaland" over the paragraph on him)
            blocks[-1] = [*prev, *block]
        else:
            blocks.append(block)
    for block in blocks:
        if (wrapped := _wrapped_caption_over_credit(block, signoff_at)) is not None:
            block = wrapped  # the block read with its caption's lines as one
        elif (whole := _wrapped_credited_caption(block, signoff_at)) is not None:
            block = whole
        kept: list[str] = []
        kept_nos: list[int] = []  # each kept line's number
        breaks: list[int] = []  # where a caption parts the kept lines (see _segmented)
        k = 0
        while k < len(block):
            line, no = block[k]
            kept_before = len(kept)
            if chrome[no]:
                if explain:
                    out.roles.append(LineRole(no, line, "chrome", ("page furniture",)))
            elif (
                k + 1 < len(block)
                and no < signoff_at
                and out.byline is not None
                and bool(out.byline.names)
                and _caption_sentence(line)
                and not chrome[block[k + 1][1]]
                and not any(
                    name.casefold() in block[k + 1][0].casefold() for name in out.byline.names
                )
                and (
                    staff := own_paper_under_caption(
                        line,
                        block[k + 1][0],
                        own_page_names(),
                    )
                )
                is not None
            ):
                # "Firefighters work at the apartments on Tuesday." / "Daniel Ochoa, Tulsa
                # World" on the Tulsa World's page, under its writer's byline: the paper's
                # staff photographer under the caption (a roundup's writer signs off so, and
                # a line naming the story's writer is left alone)
                credited_at = _add_caption_with_credit(
                    photos,
                    out.roles,
                    (line, no),
                    block[k + 1],
                    staff,
                    "the page's own photographer",
                )
                k += 1
            elif (
                k + 1 < len(block)
                and no < signoff_at
                and _caption_sentence(line)
                and not chrome[block[k + 1][1]]
                and (own := own_source_under_caption(line, block[k + 1][0], story_source))
                is not None
            ):
                # "Firefighters spray the roof late Thursday." / "WTVD" under "RALEIGH, N.C.
                # (WTVD) -- ...": the dateline's own station alone under a caption's sentence,
                # its own picture (a wire's name there signs the story off, never read here)
                credited_at = _add_caption_with_credit(
                    photos, out.roles, (line, no), block[k + 1], own, "the dateline's own outlet"
                )
                k += 1
            elif no >= signoff_at and _foot_wire_writer(
                _text_above(lines, chrome, no), line, out.byline
            ):
                # "Jane Roe, The Canadian Press" under the story: the writer (read below)
                if not kept:
                    first_lines.append(no)
                kept.append(line)
                kept_nos.append(no)
            elif (
                k + 1 < len(block)
                and (out.byline is None or not out.byline.names)
                and no < signoff_at
                # the intro the story's first sentence: a paragraph over it that ends its
                # sentence makes the caps a crosshead ("RURAL PUSH"), and a quotation over
                # the name is a pull quote over its speaker, no standfirst over its writer
                and not any(_ends_sentence(p) for p in paragraphs)
                and not line.lstrip().startswith(('"', "“", "'", "‘"))
                and (writer := _caps_writer_over_dateline(lines, block[k + 1], reference_date))
                is not None
            ):
                # the intro / "SUJATHA RAMESH" / "NEW DELHI, DHNS: ...": the writer's name
                # in capitals between the standfirst and the dateline's paragraph (the Deccan
                # Herald's e-paper and other Indian papers' pages), no credit of the sentence
                # over it; a credit closes its caption, the story does not go on under it with
                # its dateline, which opens the story (the sentence over the name is its
                # standfirst, as a caption there would be no paragraph of it either)
                why = ("the standfirst over the writer's name and the dateline's paragraph",)
                out.roles.append(LineRole(no, line, "deck", why))
                name_line, name_no = block[k + 1]
                out.byline = Byline(raw=name_line.strip(), names=[writer])
                why = ("a person's name in capitals between the intro and the dateline paragraph",)
                out.roles.append(LineRole(name_no, name_line, "byline", why))
                k += 1
            elif (
                k + 1 < len(block)
                and line[:1] in "EeZz"
                and _VIEWER_BUTTON_CAPTION.match(line) is not None
                and not chrome[block[k + 1][1]]
                and (viewed := bare_credit(block[k + 1][0])) is not None
            ):
                # "Enlarge / A solar flare imaged by the observatory in 2017." / "NASA/SDO":
                # the image viewer's button the copy kept before a picture's caption amid
                # the story (Ars Technica's pages), the picture's credit on the line under it
                credited_at = _add_caption_with_credit(
                    photos,
                    out.roles,
                    (line, no),
                    block[k + 1],
                    viewed,
                    "a credit under the image viewer's caption",
                )
                k += 1
            elif (
                k + 1 < len(block)
                and out.byline is not None
                and _photographer_of_byline(out.byline.raw, block[k + 1][0])
                and (named := name_under_caption(line, block[k + 1][0])) is not None
            ):
                # "Words by Jane Roe, photography by John Doe" over "A ghillie casts ..." /
                # "John Doe": the photographer the byline names, alone under a caption, is its
                # credit, whatever follows the two lines
                credited_at = _caption_over_name(
                    photos,
                    out.roles,
                    (line, no),
                    block[k + 1],
                    named,
                    (
                        "a name alone under it, the photographer the byline names",
                        "the photographer the byline names, under a caption",
                    ),
                )
                k += 1
            elif (
                len(block) == 2
                and k == 0
                and out.byline is not None
                and out.byline.names
                and block[1][0] not in out.byline.names
                # "... contributed to this report." / "Ad Feedback": the page's button
                and not chrome[block[1][1]]
                # "Wildlife  Birmingham  Rivers" under "Explore more on these topics": the
                # page's row of topic links, its items kept apart by wide gaps, no name
                and not is_spaced_row(raw_lines[block[1][1]])
                and (named := name_under_caption(line, block[1][0])) is not None
            ):
                # "Prédio em Marvila" / "Rui Pacheco Coelho": a caption and its photographer
                credited_at = _caption_over_name(
                    photos,
                    out.roles,
                    (line, no),
                    block[1],
                    named,
                    ("a name alone under it", "a person's name"),
                )
                k += 1
            elif (
                k + 1 < len(block)
                and not (out.byline is not None and block[k + 1][0].strip() in out.byline.names)
                and not is_spaced_row(raw_lines[block[k + 1][1]])
                and (named := name_under_caption(line, block[k + 1][0])) is not None
                and _name_under_captions(lines, chrome, named.credit)
            ):
                # "Masks on display at the souvenir stalls." / "Nayeli Cruz", the same name
                # alone under another caption of the page and nowhere in its prose: the
                # page's photographer, printed under each picture (El País's pages)
                credited_at = _caption_over_name(
                    photos,
                    out.roles,
                    (line, no),
                    block[k + 1],
                    named,
                    (
                        "a name alone under it, the same under another caption",
                        "the photographer the page names alone under each caption",
                    ),
                )
                k += 1
            elif (
                credit_lines_under
                and k + 1 < len(block)
                and (
                    named := _name_under_caption_sentence(
                        line, block[k + 1][0], lines, block[k + 1][1]
                    )
                )
                is not None
            ):
                # "The MTA released this image of the suspect." / "NYC Transit" / the story
                credited_at = _caption_over_name(
                    photos,
                    out.roles,
                    (line, no),
                    block[k + 1],
                    named,
                    (
                        "a name alone under it, as the page prints its credits",
                        "the page's credit line, under its caption",
                    ),
                )
                k += 1
            elif (
                k == 0
                and (
                    len(block) == 1
                    # the story's paragraph under it, no blank line between (a caption there,
                    # "Photos: Jane Roe / The Echo" / "Left: A fitter ...", is the credit's)
                    or (is_credit_line(line) and len(block[1][0].split()) > _SHORT_CAPTION[1])
                )
                and (lone := credit_alone_in_story(line)) is not None
            ):
                # "Dreamstime", "Image Credits: Jane Roe / TechCrunch" as a paragraph of its
                # own: the credit of a picture whose caption the copy lost
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    lone,
                    "credit",
                    "a picture library or a labelled credit alone, its caption lost",
                )
            elif (
                k == 0
                and len(block) == 1
                and opening.story_start < no < signoff_at
                and not letters
                and len(line) <= 60
                and line[:1].isupper()
                and (
                    lone := _office_alone_in_story(
                        line,
                        _text_above(lines, chrome, no),
                        next((lines[j] for j in range(no + 1, signoff_at) if lines[j]), None),
                        office_heads,
                        crossheaded,
                    )
                )
                is not None
            ):
                # "Massachusetts State Police" as a paragraph of its own amid the story: the
                # office that gave out the picture, its caption lost in the copy
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    lone,
                    "credit",
                    "an office alone between the story's paragraphs, its picture's caption lost",
                )
            elif (
                line[:6].lower() == "source"
                and (
                    lone := source_between_paragraphs(
                        _text_above(lines, chrome, no),
                        line,
                        next((lines[j] for j in range(no + 1, len(lines)) if lines[j]), None),
                    )
                )
                is not None
            ):
                # "Source: Airbus" between the story's paragraphs: a trade paper's picture
                # credit, the picture and its caption lost in the copy
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    lone,
                    "credit",
                    "a picture's source alone between the story's paragraphs",
                )
            elif (
                k + 1 < len(block)
                and _under_gallery_counter(lines, no)
                and not is_contact_detail(block[k + 1][0])
                and not _gallery_subject(line, block[k + 1][0], story_top)
                and (
                    over := credit_over_caption(
                        line, block[k + 1][0], in_header=True, name_alone=True
                    )
                )
                is not None
            ):
                # "Image 4 of 6" / "NZ Defence Force" / "A helicopter drops supplies.": a
                # gallery's counter, then the picture's credit, then its caption (Stuff's and
                # other galleries print the credit first); the counter says a picture stands
                # here, so a desk word or an office's name over a caption's sentence is its
                # credit, as it is over the headline
                caption = block[k + 1][0]
                photos.add(_credited_photo(caption, over))
                credited_at = block[k + 1][1]
                why = ("a credit under a gallery's counter, over its caption",)
                out.roles.append(LineRole(no, line, "credit", why))
                out.roles.append(
                    LineRole(block[k + 1][1], caption, "caption", ("under its credit",))
                )
                k += 1
            elif line[:1] in "IP" and labelled_alt_text(line) and bare_credit_under(block, k + 1):
                # "Image: Damaged headstones below the slip." / "Two headstones were damaged."
                # / "SUPPLIED": a scraped page's picture, its alt text under its label over the
                # caption and its bare credit (read next); no paragraph of the story
                if explain:
                    why = ("a picture's alt text under its label, over its caption and credit",)
                    out.roles.append(LineRole(no, line, "chrome", why))
            elif (
                k + 1 < len(block)
                and len(block[k + 1][0]) <= _CREDIT_LINE_CHARS
                and _caption_sentence(line)
                and (lost := person_before_source(block[k + 1][0], _photo_sources(photos)))
                is not None
                and not _item_signature(line, lost, lines, out.byline, _photo_sources(photos))
            ):
                # "The spit at sunset." / "Steve Russell Toronto Star" where the page credits
                # "Rick Madonik/Toronto Star" under another caption: the same credit, its
                # slash lost in the copy
                credited_at = _caption_over_name(
                    photos,
                    out.roles,
                    (line, no),
                    block[k + 1],
                    lost,
                    (
                        "a name and the page's photo source under it, no slash between",
                        "a photographer and the page's photo source, its slash lost",
                    ),
                )
                k += 1
            elif (
                not maybe_photo[no]
                and not (k + 1 < len(block) and maybe_photo[block[k + 1][1]])
                # on a page that prints its credits first, a name alone over a caption with no
                # stop is read below (_name_over_stopless_caption); the cheap tests above know
                # no name
                and not (
                    credit_first_header
                    and k + 1 < len(block)
                    and len(line.split()) <= _CREDIT_LINE_WORDS
                    and caption_under_credit(block[k + 1][0])
                    and not _writer_role_under(line, block[k + 1][0])
                )
            ):
                if not kept:
                    first_lines.append(no)
                kept.append(line)
                kept_nos.append(no)
            elif (
                (
                    is_rights_signoff(line)
                    and (
                        no >= signoff_at
                        or credited_at == no - 1
                        or (
                            _next_text_under(lines, credited_at, no)
                            and _same_agency_noted(line, photos.items)
                        )
                        or _own_wire_notice(lines, no, story_wire())
                        or _notice_over_labelled_credit(lines, no)
                    )
                )
                or is_item_notice(line)
                # "Copyright NBC Chicago" under the last sentence of the page of "NBC Chicago"
                or (no > signoff_at and _own_rights_notice(line, site_name))
            ):
                # "(©NTB)" under the story, "© Thomson Reuters" under a credited caption (the
                # line right under it, or the next paragraph when it notes the agency the
                # caption credits: "(c) Agencia EFE" a blank line under "... EFE/Jane Roe"; "©
                # Getty Images" there credits the next photo, whose caption follows); a
                # notice of four words or more ("© The Irish Times") is itself the last such line;
                # "© dpa-infocom, dpa:230512-99-668231/3" anywhere (the item's number); a
                # notice naming the story's own wire, under its last paragraph of prose
                if explain:
                    why = ("a copyright notice under the story or a credited caption",)
                    out.roles.append(LineRole(no, line, "chrome", why))
            elif (
                bare_credit_under(block, k)
                and not chrome[block[k + 1][1]]
                # "(c) Agencia EFE" under the last paragraph of an EFE story in a copy with no
                # blank lines: the copy's own notice, as read with its blank line over it
                and not (
                    is_rights_signoff(block[k + 1][0])
                    and _own_wire_notice(lines, block[k + 1][1], story_wire())
                )
                # "Copyright NBC Chicago" under the last paragraph, no blank line between
                and not (
                    block[k + 1][1] > signoff_at and _own_rights_notice(block[k + 1][0], site_name)
                )
            ):
                # (an export's picture field under the story's last paragraph, "PHOTO: White
                # Star", is read as its own photo above: the paragraph is no caption of it)
                credit_line, credit_no = block[k + 1]
                dashed = _dashed_desk_under_caption(
                    line, credit_line, credit_no, lines, (opening.story_start, signoff_at)
                )
                # "Volusia Sheriff's Office" under a mug shot's name: the office, read whole
                dashed = dashed or booking_office_under_name(line, credit_line)
                photos.add(
                    _credit_line_photo(line, credit_line)
                    if dashed is None
                    else _credited_photo(line, dashed)  # "— AFP": the agency without its dash
                )
                credited_at = block[k + 1][1]
                out.roles.append(LineRole(no, line, "caption", ("the next line is a bare credit",)))
                out.roles.append(
                    LineRole(block[k + 1][1], block[k + 1][0], "credit", ("a credit line",))
                )
                k += 1
            elif (
                k + 1 < len(block)
                # a credit's word alone ("Supplied") is read below; a picture library's name
                # ("Getty Images") over a caption's sentence too, here
                and (not is_credit_word_line(line) or is_picture_library(line))
                # "Investor Relations / Media Relations" over "+33 1 44 71 94 94": a contact's
                # office over its telephone number, no credit over a caption
                and not is_contact_detail(block[k + 1][0])
                and line.strip() not in office_heads
                # "Submitted by Jane Roe, Hillsdale" over the next letter's title: its sender
                # (over a caption's sentence, a reader's photo, unless on a letters page)
                and not (
                    sent_by(line, no, block[k - 1][0] if k else None)
                    and (letters or not block[k + 1][0].rstrip().endswith("."))
                )
                and (
                    over := credit_over_caption(
                        line, block[k + 1][0], byline_apart=byline_apart and k == 0
                    )
                    or _name_over_stopless_caption(line, block[k + 1][0], credit_first_header)
                )
                is not None
            ):
                # "Jane Roe / SHINE" over "Workers inspect the panels.": credit, then caption
                caption = block[k + 1][0]
                photos.add(_credited_photo(caption, over))
                credited_at = block[k + 1][1]
                out.roles.append(LineRole(no, line, "credit", ("a credit over its caption",)))
                credit_first = True
                out.roles.append(
                    LineRole(block[k + 1][1], caption, "caption", ("under its credit",))
                )
                k += 1
            elif (
                k + 1 < len(block)
                and line.isupper()
                and (
                    own := paper_over_caption(
                        line,
                        block[k + 1][0],
                        _page_names(out, lines, opening.story_start, signoff_at),
                    )
                )
                is not None
            ):
                # "THE WORLD-HERALD" / "Workers leave the plant ...": the paper's staff photo
                caption = block[k + 1][0]
                photos.add(_credited_photo(caption, own))
                credited_at = no + 1
                out.roles.append(LineRole(no, line, "credit", ("the paper's name over a caption",)))
                out.roles.append(LineRole(no + 1, caption, "caption", ("under its credit",)))
                k += 1
            elif k + 1 < len(block) and (
                (is_credit_word_line(line) and caption_under_credit(block[k + 1][0]))
                # "Contributed" over "Damaged boats piled up on Sunday.", a paragraph of
                # its own, where the story printed a credit over a caption already
                # (or where the header printed its photo's credit over its caption: "Staff
                # photo by Jane Roe" / caption, then "Contributed" / a map's caption)
                or (
                    (credit_first or credit_over_text())
                    and is_lent_word_line(line)
                    and _credit_word_paragraph(block, k)
                )
                # "SUPPLIED" over "Dr Jane Roe says bed block is the problem.", where the page
                # printed a credit over a caption already (in its header too)
                or ((credit_first or credit_over_text()) and _caps_lender_paragraph(block, k))
                # "SUMMIT METRO PARKS" over "A rendering of the new bridge.", where the story
                # printed a credit over a caption already ("JANE ROE, CLEVELAND.COM" / ...)
                or (credit_first and _caps_name_over_caption(block, k, lines))
            ):
                # "Supplied" / "Only a handful of lights came on": the credit over its caption
                caption = block[k + 1][0]
                agency = (
                    None
                    if line.strip().lower() in {"supplied", "handout", "ti gong"}
                    or is_lent_word_line(line)
                    else line.strip()
                )
                photos.add(
                    Photo(
                        caption=caption,
                        credit=line.strip(),
                        photographer=None,
                        agency=agency,
                        position=None,
                        count=None,
                        licensable=False,
                    )
                )
                out.roles.append(LineRole(no, line, "credit", ("a credit word over a caption",)))
                out.roles.append(
                    LineRole(block[k + 1][1], caption, "caption", ("under its credit",))
                )
                k += 1
            elif no - opening.story_start <= _DATED_CAPTION_LINES and _dated_caption(
                lines, no, reference_date
            ):
                # "PESHAWAR: Traffic moves along the road. — White Star" over the story's own
                # "PESHAWAR: The government ..." paragraph: a caption that opens with a dateline
                dated = _photo_from_caption(line, in_header=True)
                if dated.credit is None and (desk := _dated_caption_credit(line)) is not None:
                    dated = dataclasses.replace(dated, credit=desk.credit)  # "— Dawn"
                photos.add(dated)
                credited_at = no
                why = ("a caption with its own dateline, ending in its credit, over the story",)
                out.roles.append(LineRole(no, line, "caption", why))
            elif (
                _PHOTO_SENTENCE.match(line)
                and (said := find_credit(line, in_header=True)) is not None
                and not _writer_signs(said.credit, out.byline)
            ):
                # "This photo, carried by ..., shows a missile launch. (Yonhap)": a sentence
                # about the picture is its caption, the agency closing it its credit, even as
                # the story's last paragraph (where the agency alone would sign the story)
                photos.add(_photo_from_caption(line, in_header=True))
                credited_at = no
                why = ("a sentence about the picture, ending in its credit",)
                out.roles.append(LineRole(no, line, "caption", why))
            elif (len(block) == 1 and _foot_desk_signoff(lines, chrome, no)) or wire_and_client(
                line
            ):
                # "WAM/Jane Roe" alone under the story's last paragraph, nothing but buttons
                # below: the agency and its editor signing the copy, no photo's credit; "The
                # Local/TT" alone: the wire and the client site that runs its copy signing it
                if not kept:
                    first_lines.append(no)
                kept.append(line)
                kept_nos.append(no)
            elif (
                no == signoff_at
                # under a gallery's counter ("1 of 4") the line is a picture's caption, its
                # agency the picture's credit, not the wire signing the story off
                and not _under_gallery_counter(lines, no)
                and _agency_signoff(line, " ".join(t for t, _n in block[:k]))
            ):
                if not kept:
                    first_lines.append(no)
                kept.append(line)
                kept_nos.append(no)
            elif (
                no < signoff_at
                and line[:1] in "(["
                and (
                    stock_credit := bracketed_agency_alone(
                        line,
                        _text_above(lines, chrome, no),
                        next((t for t, _at in _next_text(lines, no)), None),
                    )
                )
                is not None
                and not _agency_again_under_credit(lines, no, stock_credit.credit)
            ):
                # "(123rf)" between two paragraphs: a stock picture's credit, no caption
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    stock_credit,
                    "credit",
                    "a picture agency alone in brackets inside the story",
                )
            elif is_file_caption(line) and (len(block) == 1 or _file_caption_in_run(block, k)):
                # "The old terminal in 2019. (File photo)": a caption marked as an old picture,
                # naming no one who made or lent it; the photo is kept without a credit
                photos.add(
                    Photo(
                        caption=line,
                        credit=None,
                        photographer=None,
                        agency=None,
                        position=None,
                        count=None,
                        licensable=False,
                    )
                )
                out.roles.append(LineRole(no, line, "caption", ("a file picture's caption",)))
            elif (
                no < signoff_at
                and line[:1] == "("
                and (own := own_source_alone(line, story_source)) is not None
            ):
                # "(WVLT)" between two paragraphs under "KNOXVILLE, Tenn. (WVLT) - ...": the
                # station's own picture, its caption lost
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    own,
                    "credit",
                    "the dateline's own outlet alone in brackets inside the story",
                )
            elif (
                bar_credits
                and no < signoff_at
                and (
                    barred := _bar_caption_credit(
                        line, sum(map(_bar_credited, photos.items)) >= _BAR_HABIT
                    )
                )
                is not None
            ):
                # "Hiroshi Kanda (left) and an apprentice at the workshop | Kyodo" amid the
                # story of a page whose header credits its picture after a bar too
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    barred,
                    "caption",
                    "a caption with its credit after a bar, as the page's header prints one",
                )
            elif (
                line.endswith("]")
                and photos.has(_boxed_credited)
                and (boxed := _boxed_caption_credit(line)) is not None
            ):
                # "... on Wednesday. [KIM JONG-HO]" amid the story of a page that credits a
                # picture above it in capitals in square brackets ("... [YONHAP]"): the
                # page's own form, which its later captions keep, a photographer's name too
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    boxed,
                    "caption",
                    "a caption with its credit in square brackets, as the page prints them",
                )
            elif (
                no < signoff_at
                and line[-1:].isupper()
                and photos.has(_stop_caps_credited)
                and (stopped := _stop_caps_caption_credit(line)) is not None
            ):
                # "... de Parakou. JANE ROE" amid the story of a page that credits a picture
                # above it in capitals right after the caption's stop ("... le 10 mars 2022.
                # JANE ROE / AFP"): the page's own form, which its later captions keep
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    stopped,
                    "caption",
                    "a caption with its credit in capitals after its stop, as the page prints them",
                )
            elif (
                not _sentence_goes_on(block, k, raw_lines, written)
                and not _writer_over_stamp(lines, no, opening.story_start)
                # "... start in June. — Jane Roe, The Paper Online" as the story's last line:
                # the writer signing it off after its last sentence, no photo's credit
                and not (no == signoff_at and run_in_signoff(line) is not None)
                # "... three years. (Jane Roe / MindaNews)" under "By JANE ROE": the writer
                # again; "... open by Remembrance Day. - Contributed": a community brief's note
                # that a reader sent it in; each the story's last paragraph, no picture's credit
                and not (
                    no == signoff_at
                    and (_writer_and_outlet_sign_off(line, out.byline) or dashed_desk_word(line))
                    and _story_ends_at(lines, chrome, no)
                )
                and not (no == signoff_at and _desk_initials_signoff(line))
                and not (no >= signoff_at and _initials_signoff(line, story_source))
                and not (k == 0 and _rights_signoff(line))
                # "Copyright NBC Chicago" under the last sentence of the page of "NBC Chicago"
                # (under a caption amid the story, "Copyright Euronews" credits the picture)
                and not (no > signoff_at and _own_rights_notice(line, site_name))
                # "Submitted by Jane Roe, Hillsdale" alone: the sender of a letter or a note
                and not sent_by(line, no, block[k - 1][0] if k else None)
                # "This material may not be published, broadcast, rewritten, or redistributed.
                # ©2024 FOX Television Stations": the page's rights notice, no caption
                and _REPRODUCTION_BAN.search(line) is None
                and _photo_line(line, photos, False)
            ):
                credited_at = no
                out.roles.append(LineRole(no, line, "caption", ("a caption with its credit",)))
            elif (
                no < signoff_at
                and line.endswith(")")
                and photos.has(_round_credited)
                and (
                    rounded := _round_caption_credit(
                        line, out.byline.names if out.byline is not None else ()
                    )
                )
                is not None
            ):
                # "... released by the municipality. (Tel Aviv-Yafo Municipality)" amid the
                # story of a page that credits a picture above it in round brackets ("...
                # (Jane Roe/Flash90)"): the page's own form, an office's name too
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    rounded,
                    "caption",
                    "a caption with its credit in round brackets, as the page prints them",
                )
            elif (
                no < signoff_at
                and line.endswith(")")
                and (
                    run := _round_caption_run(
                        lines, no, out.byline.names if out.byline is not None else ()
                    )
                )
                is not None
            ):
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    run,
                    "caption",
                    "one of a run of captions, each closing on its credit in round brackets",
                )
            elif (
                no not in header_datelines
                and maybe_photo[no]
                # "(Cuartoscuro)" closing it, or "— White Star" after a dash that follows its stop
                and (line[-1:] in ")]" or _DASH_BEFORE_TAIL.search(line) is not None)
                and (named := named_source_caption(line, sources.get(lines, opening.story_start)))
                is not None
                # the dash only where the page sets its credits after one ("— Photo by Jane
                # Roe/White Star"): a paper whose captions say "Photo: Jane Roe/Express" signs
                # its desk's copy off with "— Express"
                and (line[-1:] in ")]" or _dash_credits_source(lines, line, named.credit))
                # as the story's last line, a name in brackets or a wire's after a dash signs
                # the copy off ("... (EFE)" where the page credits "Jane Roe/EFE"); a desk no
                # wire list holds after the dash ("— White Star") signs no story
                and (
                    no != signoff_at
                    or not (
                        line[-1:] in ")]" or is_wire_source(named.credit) or is_agency(named.credit)
                    )
                )
            ):
                # "... before the line was closed. (Cuartoscuro)", where the page credits
                # "Jane Roe/Cuartoscuro" under another photo
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    named,
                    "caption",
                    "ends in a photo source the page credits beside a photographer",
                )
            elif (
                no not in header_datelines
                and maybe_photo[no]
                and _DASH_BEFORE_TAIL.search(line) is not None
                and photos.has(_dash_credited)
                and (dashed_tail := _dash_caption_credit(line)) is not None
                # as the story's last line, a wire's name after a dash signs the copy off,
                # unless a person's byline and a dateline naming no wire say the story is
                # the paper's own ("A view of the market's arches. — AFP" under a reporter's
                # story on Dawn's page: the last picture's caption, no wire's sign-off)
                and not (
                    no == signoff_at
                    and (is_wire_source(dashed_tail.credit) or is_agency(dashed_tail.credit))
                    and not (
                        _own_staff_story(out.byline, story_wire()) and _reads_as_caption_alone(line)
                    )
                )
            ):
                # "Children build a snowman. — White Star" amid the story of a page whose
                # captions close so ("... on Saturday. — Photo by Jane Roe", "... — APP"): the
                # page's own form, a desk's name too that no other line pairs with a person
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    dashed_tail,
                    "caption",
                    "a caption with its credit after a dash, as the page's other captions print it",
                )
            elif (
                maybe_photo[no]
                and (
                    story_credit := story_caption_credit(
                        line, stop_off=capture.kind == _PDF_PAGE and no < signoff_at
                    )
                )
                is not None
                # the story's last line may be a caption when its credit has a picture's
                # label ("... vacancy Picture: ALAMY" over an e-edition's foot); unlabelled,
                # it is the agency or the writer signing off
                and (
                    no != signoff_at
                    or labelled_credit(line, story_credit)
                    # "Dmitry Peskov © Sergey Bobylev/TASS": a photographer after a copyright
                    # sign signs no story off
                    or (story_credit.photographer is not None and "©" in line)
                    # "... near Kaub (Thomas Frey/dpa)": a photographer and a known agency in
                    # the brackets closing the line credit a picture; a wire signs its story
                    # off with its own name alone or its desk's initials
                    or _bracketed_photographer_agency(line, story_credit, out.byline)
                )
                and match_dateline(line, reference_date) is None
                # the writer's name after a picture's label ("Photo © Jane Roe") credits the
                # writer's own photo; unlabelled, the writer signs the story off, at its foot:
                # with a sentence of the story under it, the writer's name in brackets closing
                # a line credits the writer's own picture ("FLOATS of flowers roll down ...
                # (Jane Roe)" under "By Jane Roe", as Philippine papers print their reporters';
                # a page's call under a sign-off, "Follow the paper on social media", is none)
                and (
                    not (
                        _writer_signs(story_credit.credit, out.byline)
                        or _writer_signs_off(line, out.byline)
                    )
                    or labelled_credit(line, story_credit)
                    or (
                        _bracketed_writer_caption(line, story_credit)
                        and _story_sentence_below(lines, chrome, no)
                    )
                )
            ):
                photos.add(_photo_from_caption(line, in_header=True))
                credited_at = no
                why = ("a paragraph of its own ending in a credit, with no full stop after it",)
                out.roles.append(LineRole(no, line, "caption", why))
            elif (
                no != signoff_at
                and (slashed := slashed_tail_credit(line)) is not None
                and match_dateline(line, reference_date) is None
                and not _writer_signs(slashed.credit, out.byline)
            ):
                # "... in July 2024. Jire Carreon/Rappler" between the story's paragraphs
                credited_at = _add_credited(
                    photos,
                    out.roles,
                    line,
                    no,
                    slashed,
                    "caption",
                    "a caption's sentence closed by a photographer/outlet credit",
                )
            else:
                if not kept:
                    first_lines.append(no)
                kept.append(line)
                kept_nos.append(no)
            if (
                kept
                and len(kept) == kept_before
                and not chrome[no]
                and _SENTENCE_CLOSED.search(kept[-1])
            ):
                # a caption or a credit under a paragraph's last sentence: the lines under it
                # open a paragraph of their own
                breaks.append(len(kept))
            k += 1
        if kept:
            # a printed page's text has its column's lines joined into paragraphs already
            # (captures._pdf_page): each line is one, however short ("... till January 5." /
            # "Commuters make their way through dense fog on Tuesday. PTI", a caption)
            paras = kept if capture.kind == _PDF_PAGE else _paragraphs(kept)
            split = (
                _dateline_under_short_lines(kept, paras, reference_date)
                if len(paragraphs) < _DATELINE_PARAGRAPHS
                else None
            )
            alone = (
                _dateline_line_in_block(kept, paras, reference_date, out.headline)
                if split is None and len(paragraphs) < _DATELINE_PARAGRAPHS
                else None
            )
            if alone is not None:
                # "Full Text:" / "ROME, Tuesday" / "Talks aimed at ...": a dateline on a short
                # line of its own, no mark after it, in a block joined as one paragraph; the
                # lines above it, the dateline's and the story's are paragraphs of their own
                numbers = [next(n for t, n in block if t == kept[i]) for i in (alone, alone + 1)]
                if alone:
                    paragraphs.append(" ".join(kept[:alone]))
                    first_lines.append(numbers[0])
                on_story.add(len(paragraphs))
                paragraphs.extend([kept[alone], " ".join(kept[alone + 1 :])])
                first_lines.append(numbers[1])
                continue
            if split is not None:
                # "B.Khulan" / "Ulaanbaatar, January 14, 2025 /MONTSAME/. The level ...": short
                # lines (a name, a page's labels) over the story's first line, no blank line
                # between: the dateline opens a paragraph of its own, not the short lines' tail
                paragraphs.append(" ".join(kept[:split]))
                first_lines.append(next(n for t, n in block if t == kept[split]))
                paras = [" ".join(kept[split:])]
            elif breaks and (parted := _segmented(kept, breaks)) is not None:
                # "... the ministry said Wednesday." / a caption and its credit / "(By Jane
                # Roe)": hard-wrapped lines on each side of a picture, no blank line between,
                # are paragraphs apart, not one
                paras, starts = parted
                first_lines.extend(kept_nos[i] for i in starts[1:])
            elif len(paras) > 1:  # one paragraph per line, each at its own line's number
                first_lines.extend(kept_nos[1 : len(paras)])
            paragraphs.extend(paras)

    # The dateline opens the first story paragraph; a deck, a page's date stamp, share
    # buttons, bullet points or a photo caption may stand before it.
    captions = "\n".join(r.text for r in opening.roles if r.role == "caption")
    # the page's short chrome lines over the story ("Baku, Azerbaijan": its location line)
    header = [r.text for r in opening.roles if r.role == "chrome" and len(r.text) <= 40]
    located = _find_dateline(
        paragraphs, reference_date, out.headline, captions, header, frozenset(on_story)
    )
    dateline_alone = False  # the dateline's paragraph held nothing else, and has gone
    stamp = (
        _stamp_dateline(
            opening.roles,
            reference_date,
            (first_lines[0] if first_lines else opening.story_start, out.roles),
        )
        if located is None
        else None
    )
    if located is None and stamp is None:
        stamp = _release_stamp(paragraphs, first_lines, reference_date)
        if stamp is not None:
            del paragraphs[stamp.index]
            stamp = dataclasses.replace(stamp, index=first_lines.pop(stamp.index))
    if stamp is not None:
        out.dateline = stamp.found.dateline
        out.warnings.extend(stamp.found.warnings)
        out.roles = [r for r in out.roles if r.line != stamp.index or r.role == "byline"]
        out.roles.append(LineRole(stamp.index, stamp.found.dateline.raw, "dateline", stamp.why))
    if located is not None:
        k, found = located.index, located.found
        out.dateline = found.dateline
        out.warnings.extend(found.warnings)
        if located.byline is not None and out.byline is None:
            out.byline = parse_byline(located.byline)
            if out.byline is not None:
                why = ("a byline run into the dateline on the same line",)
                out.roles.append(LineRole(first_lines[k], located.byline, "byline", why))
        if found.names and out.byline is None:
            # "新华社杭州11月6日电（记者 沈嘉禾 周明远）": the reporters, named in the dateline
            out.byline = Byline(raw=" ".join(found.names), names=list(found.names))
        if found.title and out.headline is None:
            # "新华社北京3月10日电 题：春耕时节农机忙": the feature's title
            out.headline = found.title
        out.roles.append(
            LineRole(
                first_lines[k],
                found.dateline.raw,
                "dateline",
                (f"dateline grammar, score {found.score}", *found.evidence, *located.why),
            )
        )
        if found.rest.strip(" .") and not is_date_stamp(found.rest):
            paragraphs[k] = found.rest
        else:  # nothing after the dateline (bar its full stop), or the page's stamp run into it
            dateline_alone = True
            del paragraphs[k]
            del first_lines[k]
            if k < len(paragraphs) and is_date_stamp(paragraphs[k]):
                # "دبي - العربية.نت" over "نشر في: 12 يونيو 2025": the page's stamp under a
                # dateline of its own line is no story
                why = ("a page's date stamp under the dateline",)
                out.roles.append(LineRole(first_lines[k], paragraphs[k], "chrome", why))
                del paragraphs[k]
                del first_lines[k]
            if k < len(paragraphs) and out.byline is None and found.title:
                names = _reporters(paragraphs[k])
                if names:  # "新华社记者 刘洋" under the feature's dateline and title
                    out.byline = Byline(raw=paragraphs[k], names=list(names))
                    why = ("the reporters named on a line of their own under the dateline",)
                    out.roles.append(LineRole(first_lines[k], paragraphs[k], "byline", why))
                    del paragraphs[k]
                    del first_lines[k]
    if (
        located is not None
        and located.stamp is not None
        and is_date_stamp(paragraphs[located.stamp])
    ):
        # "VENEZIA, 03 dicembre 2020, 12:48" over the story's own "VENEZIA - ...": the
        # page's stamp, no paragraph of the story
        why = ("the page's place and date stamp over the story's own dateline",)
        out.roles.append(
            LineRole(first_lines[located.stamp], paragraphs[located.stamp], "chrome", why)
        )
        del paragraphs[located.stamp]
        del first_lines[located.stamp]
    if out.dateline is None and export is not None and export.dateline:
        field_found = match_field_dateline(export.dateline, reference_date)
        if field_found is not None:  # the story does not open with one: the field says it
            out.dateline = field_found.dateline
            out.warnings.extend(field_found.warnings)
    if out.byline is None and located is not None and not dateline_alone:
        _by_line_under_agency_lead(out, paragraphs, first_lines, located)
    # No byline above the story: the writers its foot names, in the last few paragraphs
    if out.byline is None:
        _by_line_above_story(
            out,
            paragraphs,
            first_lines,
            located.index if located is not None else None,
            dateline_alone,
            lines,
        )
    elif not out.byline.names:
        # an outlet's or an agency's name where the header's reading put the byline ("The New
        # York Times" in a page's top bar): a "By" line naming people above the story's prose
        # is the story's own
        _by_line_above_story(
            out,
            paragraphs,
            first_lines,
            located.index if located is not None else None,
            lines=lines,
            by_only=True,
        )
    if out.byline is None:
        _foot_writers(out, paragraphs, first_lines, lines)
    if out.byline is None:
        _name_over_signoff(out, paragraphs, first_lines)
    elif not out.byline.names:
        _writer_over_agency(out, paragraphs, first_lines)
    else:
        _trailer_co_writers(out, paragraphs)
    if out.byline is None:
        _labelled_foot_writers(out, lines, opening.story_start, paragraphs, first_lines)
    if out.byline is None:
        _foot_writer_among_lines(out, paragraphs, first_lines, lines)
    if out.byline is None or not out.byline.names:
        _recalled_byline(out, paragraphs, first_lines, lines, opening.story_start)
    _header_block_at_foot(out, paragraphs, first_lines)
    if paragraphs and _ADDRESS_AND_END.match(paragraphs[-1]):
        # "jroe@yna.co.kr" / "(END)" (Yonhap's foot, run into one paragraph where the copy has
        # no blank line between them): the writer's address and the end mark close the copy
        why = ("the writer's address and the agency's end mark under the story",)
        out.roles.append(LineRole(first_lines[-1], paragraphs[-1], "chrome", why))
        paragraphs.pop()
        first_lines.pop()
    # An agency's sign-off alone at the end ("Reuter") closes the copy; it is not a paragraph.
    # "QNA", "--SPA", "(AP)" alone closing the story the dateline's agency filed: its sign-off
    # (kept with the story's text, as a sign-off the wires' list does not name is; no credit)
    # (only the dateline's own agency: another alone there, "AFP" under a Reuters story, is a
    # picture's credit as often; and not under a caption's sentence, which it credits)
    signed_off = (
        first_lines[-1]
        if paragraphs
        and (
            _dateline_agency_alone(paragraphs[-1], story_source)
            # "AAP" alone under a story with no dateline, the last of the page's text (only
            # its furniture under it, "License this article"): a client paper's sign-off
            # naming the wire the copy came from, as Australian and Indian sites print it
            or (
                opening_found is None and _wire_alone_at_end(paragraphs[-1], first_lines[-1], lines)
            )
        )
        and not (len(paragraphs) >= 2 and _picture_sentence(paragraphs[-2]))
        else None
    )
    if paragraphs and is_agency(paragraphs[-1]):
        out.roles.append(LineRole(first_lines[-1], paragraphs[-1], "chrome", ("the sign-off",)))
        paragraphs.pop()
        first_lines.pop()
        if paragraphs and _DESK_INITIALS_LINE.match(paragraphs[-1]):
            # "cr/jlw" / "AAP": the desk's initials over the agency's sign-off close the copy too
            why = ("the desk's initials over the agency's sign-off",)
            out.roles.append(LineRole(first_lines[-1], paragraphs[-1], "chrome", why))
            paragraphs.pop()
            first_lines.pop()
    if len(paragraphs) >= 2 and signed_desk_initials(paragraphs[-1], paragraphs[-2]):
        why = ("the desk's initials under the paragraph the agency signs",)
        out.roles.append(LineRole(first_lines[-1], paragraphs[-1], "chrome", why))
        paragraphs.pop()
        first_lines.pop()
    if explain:
        out.roles.extend(
            LineRole(no, para, "body", ("story text",))
            for no, para in zip(first_lines, paragraphs, strict=True)
        )
    if out.roles_tail is not None:
        out.roles.append(out.roles_tail)
    out.roles.extend(hidden)
    if capture.why:  # the wrapper's lines, with the capture's own reason
        out.roles = [
            LineRole(r.line, r.text, r.role, (f"{capture.kind}: {capture.why[r.line]}",))
            if r.line in capture.why
            else r
            for r in out.roles
        ]
    if unwrapped is not None:
        out.roles = [_written_role(r, unwrapped) for r in out.roles]
    if not any(p.credit for p in photos.items):
        _recall_credit(
            out,
            photos,
            paragraphs,
            first_lines,
            lines,
            opening.roles,
            text,
            unwrapped,
            capture.wrapper,
            signed_off,
        )
    out.roles.sort(key=lambda r: r.line)
    out.photos = _without_essay_credit(
        photos.items, frozenset(r.text for r in opening.roles if r.role == "byline")
    )
    out.body = paragraphs
    if out.byline is not None:
        # "By Jane Roe Stateline" / ... / "This story was originally published by Stateline.";
        # "By Jane Roe, Chalkbeat Indiana" / ... / "originally published by Chalkbeat."
        kept = names_without_outlet(out.byline.names, text)
        if kept != out.byline.names:
            out.byline = dataclasses.replace(out.byline, names=kept)
        # the credit closing the biography's own line ("... infrastructure. Photo: SCMP")
        # under the story's first paragraph; over the story, a credit under the writer's
        # line is the lead picture's (Vox prints the writer's line between the stamp and the
        # picture's credit)
        raw = [line.strip() for line in text.split("\n")]
        lead = next(
            (n for n, line in enumerate(raw) if out.body and line[:40] == out.body[0][:40]), None
        )
        portraits = {
            p.caption
            for p in out.photos
            if p.credit
            and lead is not None
            # (the caption's words first: the lines under the lead are read for a biography
            # only, not for each of a page's thousands of captions)
            and _writer_portrait(p.caption, kept)
            and any(
                line.startswith(p.caption[:40]) and line.endswith(p.credit)
                for line in raw[lead + 1 :]
            )
        }
        if portraits:
            out.photos = [p for p in out.photos if p.caption not in portraits]
            why = ("the writer's biography, its credit the writer's portrait's, no story photo",)
            out.roles = [
                LineRole(r.line, r.text, "chrome", why) if r.text in portraits else r
                for r in out.roles
            ]
        # the writer's headshot in the box under the story: the writer's name alone as its
        # caption, its credit, then the biography ("Jane Roe" / "Courtesy photo" / "Jane Roe
        # is a former ..."): the portrait's credit, no story photo
        shot = _headshot_lines(raw, lead, kept) if lead is not None else None
        if shot is not None:
            first, last = shot
            out.photos = [p for p in out.photos if not p.caption.startswith(raw[first])]
            why = ("the writer's headshot over the biography, no story photo",)
            out.roles = [
                LineRole(r.line, r.text, "chrome", why) if first <= r.line <= last else r
                for r in out.roles
            ]
    return out


# How many lines a headshot's credit may take between the writer's name and the biography.
_HEADSHOT_CREDIT_LINES = 2


def _headshot_lines(raw: list[str], lead: int, names: list[str]) -> tuple[int, int] | None:
    """The first and last index of a headshot's caption and credit under the story's lead: a
    line that is one of the writer's names alone, then one or two short lines, then the
    writer's biography opening with the name (_writer_portrait). A name alone in the story
    with no biography under it is left alone."""
    for n in range(lead + 1, len(raw)):
        if raw[n] not in names:
            continue
        below = [m for m in range(n + 1, len(raw)) if raw[m]][: _HEADSHOT_CREDIT_LINES + 1]
        for k, m in enumerate(below):
            if k and _writer_portrait(raw[m], names):
                return n, below[k - 1]
    return None


def _writer_portrait(caption: str, names: list[str]) -> bool:
    """The caption is a sentence about the story's own writer ("Oscar Liu joined the Post in
    2023 as a reporter ... Photo: SCMP"): the biography under the story, and its credit the
    writer's portrait's, which is no photo of the story (a caption naming the writer as the
    one pictured opens with the name too, but never with a biography's verb)."""
    return any(
        re.match(rf"{re.escape(name)} {_BIO_VERB}", caption) is not None for name in names if name
    )


# A biography's verb after the writer's name: "Jane Roe joined ...", "is a ...", "covers ...".
_BIO_VERB = (
    r"(?:joined|is an?|is the|covers|writes (?:about|on|for)|reports on|has (?:covered|been))\b"
)
