"""What each opening line of an article is: headline, deck, byline, dateline, caption, credit,
chrome or body, decided from evidence and recorded with the reasons.

The evidence: the line's position (the first line of text, alone in its block), its case and
length, what the grammars make of it (datelines.py weighs a dateline's date, agency, place in
capitals, known region and the gazetteer; bylines.py and credits.py know the agencies and
outlets), and what its neighbours are (a headline-like first line above a real dateline or
byline is the headline, not a dateline; a sentence right above a bare credit line is that
photo's caption). Every decision keeps its reasons, which `archiver extract --explain` prints.

The opening ends at the dateline or at the first line that is none of the header roles; the
story's paragraphs are then read by wire_text.py, which marks its own captions and chrome.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from archiver.extract.agencies import is_wire_source
from archiver.extract.bylines import (
    STACK_LINES,
    Byline,
    capital_surnames,
    caps_name_before_big_city,
    caps_names_then_outlet,
    edited_byline,
    is_affiliation,
    is_agency,
    is_author_bio,
    is_by_line,
    is_clock,
    is_contact_line,
    is_desk_line,
    is_filed_from_line,
    is_news_service,
    is_outlet_pair,
    is_title_line,
    label_over_names,
    looks_like_name,
    name_and_title,
    name_and_wire,
    name_before_city,
    name_before_stamp,
    name_list,
    names_comma_outlet,
    names_run_together,
    names_then_agency,
    names_with_affiliation,
    outlet_with_agencies,
    parse_byline,
    stacked_byline,
    standfirst_writer,
    styled_member,
    timed_row_writer,
    titled_writers,
    topic_words,
    wire_writers,
    without_glued_handle,
    without_read_time,
    writers_at_venue,
)
from archiver.extract.captures import (
    greeting_line,
    greeting_run_on,
    is_mailer_link,
    is_transmission_stamp,
)
from archiver.extract.chrome import (
    is_account_line,
    is_chrome_clean,
    is_consent_or_nav,
    is_index_terms,
    is_letter_label,
    is_naming_label,
    is_news_motto,
    is_page_bar,
    is_page_timestamp,
    is_paywall,
    is_promo_bar,
    is_service_fields,
    is_terminator,
    is_toolbar_button,
    linked_outlet,
)
from archiver.extract.credit_recall import bare_credit
from archiver.extract.credits import (
    LEAD_PHOTO_CREDIT,
    OUTLET_NAME,
    Credit,
    bracketed_desk_word,
    bracketed_office,
    bracketed_rights_credit,
    caption_under_credit,
    clip_credit_under_player,
    clip_title_over_credit,
    credit_alone_in_story,
    credit_cut_over,
    credit_over_caption,
    credit_under_caption,
    credit_wrapped_over,
    emailed_credit,
    ends_caption,
    find_credit,
    is_caps_person_site,
    is_credit_line,
    is_credit_word_line,
    is_file_caption,
    is_initials_signoff,
    is_institution,
    is_label_alone,
    is_lender_caption,
    is_picture_kind,
    is_picture_library,
    labelled_alt_text,
    labelled_credit_alone,
    lead_photo_credit,
    may_be_credit_line,
    name_alone_under_caption,
    named_office_caption,
    opens_on_glued_counter,
    parse_gallery,
    person_and_outlet_line,
    rights_opened_caption,
    source_over_caption,
    source_under_picture,
)
from archiver.extract.databases import is_result_list_line
from archiver.extract.datelines import (
    ACCEPT,
    DatelineMatch,
    city_alone_under_headline,
    code_after_place_alone,
    explain_dateline,
    match_dateline,
    match_dateline_after_byline,
    match_standalone_dateline,
    opens_with_capitals_colon,
    plain_dated_caption,
)
from archiver.extract.factcheck import claim_box_lines
from archiver.extract.masthead import (
    MENU_WORDS,
    is_issuer_name,
    is_masthead,
    is_section_path,
    is_source_label,
)
from archiver.extract.memo import per_distinct
from archiver.extract.page import (
    SOURCE_CARD,
    _title_case_sentences,
    agency_feed_label,
    alt_text_over,
    blank_lines_part_nothing,
    column_header,
    find_page_headline,
    interview_kicker,
    is_capture_header,
    is_date_stamp,
    is_edition_title,
    is_first_person_bio,
    is_gallery_counter,
    is_items_row,
    is_life_span,
    is_menu_item,
    is_nav_line,
    is_picture_note,
    is_readers_call,
    is_summary_label,
    is_tool_line,
    labelled_caption_under_credit,
    looks_like_issuer,
    obituary_title_over,
    office_holder,
    office_over_member,
    player_caption_over,
    story_line,
    whole_quote,
    wire_writer_over_stamp,
    writer_over_deck,
)
from archiver.extract.pagetops import (
    is_edition_ear,
    is_front_folio,
    is_full_date,
    is_logo_word,
    is_name_shaped,
    is_paper_name,
    is_postal_address,
    is_release_field,
    is_running_head,
    is_station_brand_row,
    is_station_name,
    is_station_promo,
    is_station_ticker,
    title_under_release_label,
)
from archiver.extract.unwrap import printed_together

# Why a date stamp above the headline is chrome; wire_text.py reads its place and date as the
# dateline when the story opens without one ("Brussels, 17 March 2009" over a press release).
STAMP_OVER_HEADLINE = "a page's date stamp over the headline"
# Why a date stamp in the header is chrome; wire_text.py reads it as the dateline when a place
# the gazetteer knows opens it and the story has none ("CHENNAI, March 4, 2014").
PAGE_STAMP = "a page's date stamp"
# (the opening of the reason a site's header lines over the headline are given: no credit or
# caption of a picture, which a second look for a credit must leave alone)
HEADER_OVER_TITLE = "a site's name, a section or a stamp over the headline"
# Why a "Source: X/@handle" line over a caption is its credit (parse_wire_text reads the
# credit from the label's party).
SOURCE_OVER_CAPTION = "a picture's labelled source over its caption"
# Why a name alone under the header's caption is its photographer's credit
# (_caption_over_name_credit); wire_text.py reads it so, the caption its own.
NAME_UNDER_CAPTION = "a name alone under the caption, in the page's header"
# Why a name alone over the story is the lead photo's credit; wire_text.py reads it whole.
LENDER_OVER_STORY = "a name alone over the story, as the page prints its credits"
VIEWER_BUTTON_CREDIT = "a credit under the image viewer's button, its caption lost"
# An image viewer's button alone on its line, the picture's caption lost in the copy.
_VIEWER_BUTTON_ALONE = re.compile(r"(?i:enlarge|zoom|expand)(?:\s+(?:this\s+)?(?:image|photo))?")
FOR_SITE_CREDIT = (
    "a person's name 'for' the site's own name under the byline: the lead picture's credit"
)
BRACKETED_NAME_CREDIT = "a name in brackets alone under the byline: the lead photo's credit"
CALL_SIGN_UNDER_CAPTION = "a station's call sign alone under its caption: the station's picture"
OFFICE_UNDER_HEADLINE = "the lead photo's credit alone in the header: an office, a library"
RIGHTS_OPENS_CAPTION = "the lead photo's caption, its agency's copyright sign opening it"
LABELLED_CREDIT_ABOVE = "a picture's labelled credit alone above the page's headline"
# Why a place under the byline is the byline's; wire_text.py reads it as the dateline's place
# when the story opens without one ("JANE ROE" / "OTTAWA" / "Published ...").
FILED_FROM_OVER_STAMP = "where the writer filed from, over the page's date stamp"
# Why a dateline set over three lines is chrome in the header; its text is the dateline read
# on one line, which wire_text.py takes when the story opens without one.
DATELINE_OVER_LINES = "a dateline set over lines: its place, agency and dash"
ROLES = ("headline", "deck", "byline", "dateline", "caption", "credit", "chrome", "body")
_HEADLINE_MAX_WORDS = 30
# A summary repeated from the story is a paragraph, not a short line that may recur.
_SUMMARY_WORDS = 12
# A page's title (its site, section and headline) is no longer than this.
_TITLE_WORDS = 30
# How many lines of text ahead a headline-like line looks for the dateline or byline under it.
_LOOKAHEAD = 6


# An outlet printed under the writer's name: "The Daily Herald".
_OUTLET_LINE = re.compile(
    r"^The(?: [A-Z][\w.&'’-]*){1,4}$"
    # a syndicate's or a newspaper group's desk that puts the story on the wire, its name
    # then what it is ("Cox News Service", "Knight Ridder Newspapers", "McClatchy
    # Newspapers", "Tribune Media Services", "Scripps Howard News Service")
    r"|^(?:[A-Z][\w.&'’-]*\s+){1,3}(?:News\s+Services?|Newspapers|Media\s+Services|"
    r"Wire\s+Service|Syndicate)$"
)
# The site's web address alone on a line ("news.com.au", "NOLA.com", "www.paper.co.uk"): pages
# print it under the writer's name as the writer's outlet, as others print "The Paper".
# The suffix is lower case ("Jane.Roe" is no address).
_WEB_ADDRESS_LINE = re.compile(
    # the generic endings of the last decade as well (".digital", ".network", ".example")
    r"^(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,13}$"
    # the address in capitals, as a site's logo prints it ("DAWN.COM", "NEWS.COM.AU"): a
    # generic domain's ending, a country's code after it or not
    r"|^(?:WWW\.)?[A-Z0-9][A-Z0-9-]*(?:\.[A-Z0-9-]+)*\.(?:COM|NET|ORG|INFO|NEWS)(?:\.[A-Z]{2})?$"
)
# "Image caption ...", "Caption: ...": scraped pages label their captions.
# A line of a reviewed book's facts box: "ISBN-13: 978-...", "Publisher: Faber", "Pages: 320".
_BOOK_FACT = re.compile(
    r"(?i:isbn(?:-1[03])?|publisher|published by|imprint|pages|page count|translated by"
    r"|translator|(?:guideline |recommended |list )?price|rrp)\s*:"
)
_CAPTION_LABEL = re.compile(r"^(?:image\s+|photo\s+)?caption\b\s*:?\s*\S", re.IGNORECASE)


@dataclass(frozen=True)
class LineRole:
    line: int  # 0-based index of the line in the text
    text: str
    role: str
    why: tuple[str, ...]


@dataclass
class Opening:
    """The header's decisions: every classified line, and where the story starts."""

    roles: list[LineRole]
    story_start: int
    headline: str | None = None
    byline: Byline | None = None
    # the writer's name printed over a whole page's headline (taken when none stands under it)
    writer_above: Byline | None = None
    writer_above_at: int = -1  # its line


# A hard-wrapped capture's width is at most this many characters (wider lines: not wrapped).
_WRAP_MAX = 100
# A headline broken by the width leaves a short tail: at most this many words.
_WRAP_TAIL_WORDS = 6


# The fewest words of a headline's first line that ends on an open word ("More from", "Back
# to" are a page's links).
_OPEN_END_WORDS = 5


def _hard_wrapped_tail(lines: list[str], h: int) -> bool:
    """The line under the headline at `h` (no blank line between) is the headline's tail, as a
    capture wrapped at a fixed width breaks it: the headline's line fills the width (its next
    word would not fit: no line of the text's opening is longer), no stop or colon ends it,
    and the tail is a few words in the headline's case, neither a byline, a stamp nor a
    sentence's deck."""
    if h + 1 >= len(lines) or not lines[h] or not lines[h + 1]:
        return False
    head, tail = lines[h], lines[h + 1]
    # (a URL is never wrapped: a dump's list of links runs past the width)
    width = max((len(line) for line in lines[: h + 60] if line and "://" not in line), default=0)
    # "Iowa State study finds cover crops cut nitrate loss from" / "tile-drained fields by
    # half": a headline of some words that ends on an open word ("from", "of", "to") was
    # broken by the capture, whatever the width (the story's lines under it may be read
    # joined already); no headline ends so
    open_end = len(head.split()) >= _OPEN_END_WORDS and head.split()[-1] in _CARRIED_OPEN
    if not open_end and (width > _WRAP_MAX or len(head) + 1 + len(tail.split()[0]) <= width):
        return False
    if head.endswith((".", ":", ";", "!", "?", "|")) or len(tail.split()) > _WRAP_TAIL_WORDS:
        return False
    if is_by_line(tail) or is_date_stamp(tail) or tail.endswith((".", ":")):
        return False
    if tail[:1].isupper() and (desk := parse_byline(tail)) is not None and not desk.names:
        return False  # "From staff reports", "Associated Press": the desk in the byline's place
    if (
        h + 2 < len(lines)
        and (under := lines[h + 2])
        and (is_title_line(under) or _OUTLET_STAFF.fullmatch(under) or is_date_stamp(under))
        and name_list(tail) == [tail.strip()]
    ):
        return False  # "Jane Roe" / "Forbes Staff": the writer's name over the title, no tail
    # a Title Case headline goes on in Title Case; one in sentence case in lower case, but for
    # the names of places ("... lingers across northern" / "Minnesota")
    from archiver.extract.gazetteer import is_known_place

    title = _title_case(head)
    long_words = [w for w in tail.split() if len(w) >= 4 and w[:1].isalpha()]
    if not long_words and not title:
        # "... as federal grants run" / "out": short words in small letters go on a
        # sentence-case headline too (a byline's label "by" alone is no tail)
        words = tail.split()
        return all(w.isalpha() and w.islower() for w in words) and words != ["by"]
    return bool(long_words) and all(
        w[:1].isupper() == title or (not title and is_known_place(w.strip(".,")))
        for w in long_words
    )


# A writer's title that is the outlet's name and "Staff" ("Forbes Staff", "CNBC Staff").
_OUTLET_STAFF = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s+Staff")


# A headline in capitals and its deck in mixed case joined by a semicolon, as newspaper archives
# print a printed page's stacked title on one line ("AIR LINER CROSSES CHANNEL IN 58 MINUTES;
# Imperial Airways Machine Sets Mark on London-Paris Run.", The New York Times' archive pages).
_CAPS_HEAD_DECK = re.compile(
    r"^(?P<head>[^\sa-z;][^a-z;]{6,}?[^\sa-z;]);\s+(?P<deck>[A-Z][^;]*[a-z][^;]*)$"
)


def _caps_head(line: str) -> str | None:
    """The headline in capitals before its deck (see _CAPS_HEAD_DECK), or None."""
    m = _CAPS_HEAD_DECK.match(line)
    if m is None or len(m.group("head").split()) < 2:
        return None
    return m.group("head")


# "Apple's Vision Pro is coming to eight more countries / It launches in China on June
# 28th.": the headline and its deck copied as one line with a slash between them (The Verge's
# page; its title joins them so), the deck a sentence of five words or more.
_SLASHED_DECK = re.compile(
    r"^(?P<head>[^/]{15,}?[^\s./])\s+/\s+(?P<deck>[A-Z\"“‘'][^/]*?\s\S+\s\S+\s\S+\s[^/]*[.!?][\"”’']?)$"
)


def _slashed_deck_head(line: str) -> str | None:
    """The headline of a headline / deck line (_SLASHED_DECK), or None."""
    m = _SLASHED_DECK.match(line) if " / " in line else None
    if m is None or len(m.group("head").split()) < 4:
        return None
    return m.group("head")


def looks_like_headline(line: str) -> bool:
    """Short, not a sentence: a full stop ends sentences, not headlines (bar "U.S." or "Inc.")."""
    line = _caps_head(line) or line  # a printed title's stack on one line: its headline
    line = _slashed_deck_head(line) or line
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS or len(line) > 250:
        return False
    if line[:1].islower() and (card := SOURCE_CARD.match(line)) and wire_writers(card["rest"]):
        return False  # "bloomberg.com - Jane Roe, Bloomberg": an aggregator's source card
    if _title_case_sentences(line) and not _PROMO_LINE.search(line):
        # "A Town's Paper Closed. Then the Library Started Printing One.": a headline of two
        # sentences in Title Case, its stop printed, as the page's reading takes it too (not a
        # promotion's "Subscribe Now. Get Unlimited Access For Just $1.")
        return True
    return not (
        line.endswith(".")
        and not re.search(
            # street and place abbreviations end headlines too: "... on Capital Blvd."
            r"\b(?:[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|No|St|Gov|Sen|Rep|vs|"
            r"Ave|Blvd|Rd|Hwy|Pkwy|Mt|Ft|Sq|Dept|Univ|Intl|Bros|"
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$",
            line,
        )
    )


# A page title's tail: "Headline | The Daily Courier", "Headline - BBC News"; and a web
# kicker before a bar: "Analysis | Headline".
_TITLE_BAR = re.compile(r"^(?P<head>.+?)\s+\|\s+(?P<site>[^|]{2,60})$")
_TITLE_DASH = re.compile(r"^(?P<head>.+?)\s+[-–—]\s+(?P<site>[^-–—]{2,60})$")
_KICKER_BAR = re.compile(
    r"^(?i:opinion|analysis|explainer|exclusive|live|watch|video|review|editorial|commentary|"
    r"perspective|letters|interview|fact check|breaking)\s+\|\s+(?=\S)"
)
# A kicker glued to the headline by its colon with no space ("Bundestag:Ampel will ...",
# "Nahost:Israel ..."): the page sets the kicker in a span of its own and its text copies
# with no space after the colon, which no headline's own colon goes without. One to three
# words, then the headline's capitalised first word.
_GLUED_KICKER = re.compile(
    r"^[^\W\d_][\w'’.-]{2,30}(?: [\w'’.-]{1,30}){0,2}:(?=[^\W\d_][^\W\d_]*[a-zà-ÿß]\w* )"
)


# A newsletter's label of its item run into the item's title by a colon ("1 big thing: RTD
# fares go free for July", "1 fun thing: ...", "1 smile to go: ..."): Axios's and its local
# editions' items, whose label printed on a line of its own is no part of the headline either
# (see _item_label). Only the brand's own labels, named: "5 things to know: ...", "1 year to
# go: ...", "1 more thing: ..." are headlines' own words.
_NEWSLETTER_ITEM_LABEL = re.compile(
    r"^1\s+(?:(?:big|fun)\s+thing|smile\s+to\s+go|big\s+number)\s*:\s+(?=[A-Z0-9\"“‘'])"
)


# A broadcast transcript's title ends with when the show aired: "...; Senate Nears Vote On
# Spending Bill. Aired 10-11a ET".
_AIRED = re.compile(r"\.\s+Aired\s+\d[\w:.\- ]{0,30}$")


# A promotion's line in Title Case: a price, a figure, or a call to action opening a sentence.
_PROMO_LINE = re.compile(
    r"[$€£¥\d]|(?:^|[.!?]\s+)(?:Subscribe|Sign|Get|Join|Access|Download|Register|Log|Try|"
    r"Start|Claim|Save|Buy|Upgrade|Unlock|Donate|Support)\b"
)


# A database's field label left on the headline: "HEADLINE: Senate backs ...", "Title: ...".
# (a CMS's or a feed's export writes its keys in small letters: "headline: ...", "title: ...")
# The same label in the languages agencies' and archives' exports print it: "Título:" (EFE),
# "Titre :" (AFP's French), "Titel:", "Titolo:" (ANSA). A newsroom's own short form, "HED:"
# (over "DEK:" and "BYLINE:" in a CMS's or a budget's text), too.
_FIELD_LABEL = re.compile(
    r"^(?:HEADLINE|Headline|headline|HED|Hed|hed|TITLE|Title|title|"
    r"T[ÍI]TULO|T[íi]tulo|TITRE|Titre|TITEL|Titel|TITOLO|Titolo)[ \t]?:\s+(?=\S)"
)


# A news terminal's source code glued to the headline: Reuters' terminals (Eikon, Reuters
# 3000 Xtra) print "RTRS-" before each story's title ("RTRS-UPDATE 1-Chile copper output
# falls ..."), which the story's own headline never carries.
# Bloomberg's terminal heads each story's title with its source's code (BN, BFW, BNW: its
# own services' codes open with B), the month and day and the time it ran, and a star on a
# first-word headline ("BN 02/17 09:12 *Rio Tinto Profit Falls", "BFW 11/03 14:30 Copper
# Climbs"); another code only with the star ("WNBA 09/14 18:30 tipoff moved ..." is a
# headline's own words).
_RAN_AT = r"(?:0[1-9]|1[0-2])/(?:0[1-9]|[12]\d|3[01])\s(?:[01]\d|2[0-3]):[0-5]\d"
_FEED_CODE = re.compile(
    rf"^RTRS\s?-\s?(?=\S)|^(?:B[A-Z]{{1,3}}\s{_RAN_AT}\s+\*?|[A-Z]{{2,4}}\s{_RAN_AT}\s+\*)(?=\S)"
)

# ANPA's format codes around a headline, as an agency's text export keeps them with the rest of
# the feed's envelope gone: "^Wildfire smoke blankets Lisbon<" (the caret opens the line, the
# "<" closes it; captures.py reads them where the envelope is there too).
_CARET_HEADLINE = re.compile(r"^\^(?P<head>[^^<>]+)<$")


def headline_text(line: str) -> str:
    """The headline without what a page's title adds: the site's name after a bar (a section
    or a name of up to four capitalised words) or after a dash (a known outlet, not in
    capitals, so "OIL OUTPUT SEEN LOWER - ANALYSTS" keeps its source), and a kicker before a
    bar ("Opinion | ..."). Whatever is left must still be a headline of four words or more."""
    text = line
    if (caret := _CARET_HEADLINE.match(text.strip())) is not None:
        text = caret.group("head").strip()
    bar = _TITLE_BAR.match(text)
    if bar and _title_segment(bar.group("site")):
        text = bar.group("head")
        # "Headline | Local News | johnsoncitypress.com": a CMS's title names the section
        # and the site, a segment each (TownNews/BLOX, Gannett), peeled from the end
        while (bar := _TITLE_BAR.match(text)) is not None and _title_segment(bar.group("site")):
            text = bar.group("head")
    else:
        dash = _TITLE_DASH.match(text)
        site = dash.group("site").strip() if dash else ""
        if dash and not site.isupper() and _is_outlet(site):
            text = dash.group("head")
    text = _KICKER_BAR.sub("", text)
    text = _GLUED_KICKER.sub("", text)
    text = _NEWSLETTER_ITEM_LABEL.sub("", text)
    text = _AIRED.sub("", text)
    text = _FIELD_LABEL.sub("", text)
    text = _FEED_CODE.sub("", text)
    if (head := _caps_head(text)) is not None:
        return head  # "AIR LINER CROSSES CHANNEL; Imperial Airways Machine Sets Mark ..."
    text = _slashed_deck_head(text) or text
    return text if len(text.split()) >= 4 else line


def _title_segment(site: str) -> bool:
    """What a page's title adds after a bar: a section or a site's name, or its address."""
    return _label_segment(site) or _is_outlet(site) or bool(_WEB_ADDRESS_LINE.match(site.strip()))


def _is_outlet(name: str) -> bool:
    from archiver.extract.agencies import is_wire_source

    return is_wire_source(name) or bool(OUTLET_NAME.match(name)) or name in _SITES


# Sites whose names fit neither the agencies nor the newspaper pattern ("X Times", "The X").
_SITES = frozenset(
    {
        "BBC News",
        "BBC",
        "CNN",
        "Al Jazeera",
        "The Guardian",
        "NPR",
        "Politico",
        "Axios",
        "Sky News",
        "ABC News",
        "CBS News",
        "NBC News",
        "Fox News",
        "CNBC",
        "Bloomberg",
        "Financial Times",
        "The Economist",
        "Deutsche Welle",
        "DW",
        "France 24",
        "Euronews",
        "The Hindu",
        "The Hindu BusinessLine",
        "Folha de S.Paulo",
        "Dawn",
        "Rappler",
        "Daily Maverick",
        "News24",
        "Scroll.in",
        "Mail & Guardian",
        "GroundUp",
        "Malaysiakini",
        "Channel NewsAsia",
        "CNA",
        "RNZ",
        "SBS News",
        "Global News",
        "CBC News",
        "CTV News",
        "Yahoo News",
        "Yahoo Finance",
        "MarketWatch",
        # North American nonprofit newsrooms, whose name tops their pages as a paper's does
        "ProPublica",
        "The Marshall Project",
        "Chalkbeat",
        "Mississippi Today",
        "Block Club Chicago",
        "Honolulu Civil Beat",
        "Bridge Michigan",
        "The Narwhal",
        "The Tyee",
        # the business, technology and sport titles, whose name heads their pages alone
        "The Verge",
        "TechCrunch",
        "Ars Technica",
        "Engadget",
        "WIRED",
        "Wired",
        "Forbes",
        "Fortune",
        "Business Insider",
        "ESPN",
        "BBC Sport",
        "Sky Sports",
        "Nikkei Asia",
        "Caixin Global",
        "Barron's",
        "Quartz",
        # magazines and long-form sites, whose name tops their pages over a section's label
        "The Atlantic",
        "The New Yorker",
        "TIME",
        "National Geographic",
        "Vox",
        "Slate",
        "Salon",
        "Foreign Policy",
        "Foreign Affairs",
        "Harper's Magazine",
        "Der Spiegel",
        "DER SPIEGEL",
        "Newsweek",
        "The Nation",
        "The New Republic",
        "Mother Jones",
        "New York Magazine",
        "Vanity Fair",
        "Rolling Stone",
        "Scientific American",
        "Smithsonian Magazine",
        "The Intercept",
        "The Conversation",
        "The Spectator",
        "New Statesman",
        "Texas Monthly",
        "Esquire",
        "The Ringer",
        "Semafor",
        # the financial analysis and market-news sites, whose name heads their pages alone
        "Seeking Alpha",
        "The Motley Fool",
        "Benzinga",
        "TheStreet",
        "Investopedia",
        "Kiplinger",
        "Investor's Business Daily",
        "Morningstar",
        # the portals that repost other outlets' stories under their own name, with a "Story
        # by <outlet>" line (MSN, Microsoft Start, Yahoo, AOL)
        "MSN",
        "Microsoft Start",
        "Yahoo",
        "Yahoo!",
        "AOL",
    }
)


def chrome_flags(lines: list[str]) -> list[bool]:
    """Whether each line is page chrome: asked once per distinct line, then looked up."""
    flags = per_distinct(lines, _is_chrome_line)
    for i in range(1, len(lines)):
        if (
            flags[i - 1]
            and not flags[i]
            and lines[i][:1].islower()
            and lines[i - 1][-1:] not in ".!?"
            and is_paywall(lines[i - 1])
        ):
            # "Then $75 per month. Complete digital access to quality journalism on" / "any
            # device. Cancel anytime.": a paywall's banner carried on by the capture's width
            flags[i] = True
    for i in range(1, len(lines) - 1):
        if (
            flags[i - 1]
            and flags[i + 1]
            and _FOLLOW_LABEL.fullmatch(lines[i - 1])
            and _ALL_TOPICS.fullmatch(lines[i + 1])
            and len(lines[i].split()) <= _TOPIC_WORDS
        ):
            # "Follow:" / "Rail Safety" / "See all topics": the topic a follow widget offers
            # (CNN), a tag between the widget's own words
            flags[i] = True
    for i in range(len(lines) - 1):
        if (
            flags[i + 1]
            and _PURCHASE_BUTTON.fullmatch(lines[i])
            and _LICENSING_TAIL.fullmatch(lines[i + 1])
        ):
            # "Purchase" / "Licensing Rights": Reuters' button under a picture, broken over two
            # lines by a hard-wrapping copy; its first word alone is no paragraph
            flags[i] = True
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for i in order:
            if (
                not flags[i]
                and lines[i]
                and is_toolbar_button(lines[i])
                and any(flags[j] for j in _text_beside(lines, i))
            ):
                # "Share" / "Resize" / "Listen" / "(2 min)": the story's tool bar, one button
                # a line, beside the page's other chrome ("Listen" between a feature's
                # paragraphs is its subhead)
                flags[i] = True
    for i in range(len(lines) - 1):
        if (
            lines[i]
            and _CRUMB_MARK.search(lines[i])
            and _crumbs_end_in(lines[i], _next_text(lines, i))
        ):
            # "Business News › Markets › Stocks › News › SEBI tightens ..." over "SEBI
            # tightens ...": the breadcrumb trail ends in the story's own title, which the
            # line under it prints whole as the headline
            flags[i] = True
    top = next((k for k, text in enumerate(lines) if text), None)
    if top is not None and _stopped_nameplate(lines[top]):
        # "THE WALL STREET JOURNAL.": the capture's first line, a known paper's name in
        # capitals with its logo's full stop, no sentence
        flags[top] = True
    for i in claim_box_lines(lines):
        # a fact-check's claim box over its story ("What was claimed" / the claim / "Our
        # verdict" / the verdict): the page's fields, neither headline nor deck
        flags[i] = True
    for i in _name_over_motto(lines, flags):
        flags[i] = True
    return flags


def _stopped_nameplate(line: str) -> bool:
    """A known paper's or site's name in capitals closed by one full stop, as a logo prints it
    ("THE WALL STREET JOURNAL."): masthead.is_masthead on the name in Title Case."""
    from archiver.extract.masthead import is_masthead

    text = line.strip()
    if not text.endswith(".") or text.endswith("..") or len(text) > 60 or not text.isupper():
        return False
    words = text[:-1].split()
    if not 2 <= len(words) <= 6:
        return False
    small = {"of", "the", "and"}
    cased = " ".join(
        w.lower() if k and w.lower() in small else w[:1] + w[1:].lower()
        for k, w in enumerate(words)
    )
    return is_masthead(cased)


# A breadcrumb trail's mark between its crumbs.
_CRUMB_MARK = re.compile(r"\s[›»>]\s")


def _text_near(lines: list[str], i: int, step: int) -> int | None:
    """The nearest line with text above (`step` -1) or under (1) line `i`, past one blank line
    at most (a copy that sets every line apart)."""
    for j in (i + step, i + 2 * step):
        if 0 <= j < len(lines) and lines[j]:
            return j
    return None


def _text_beside(lines: list[str], i: int) -> list[int]:
    """The lines with text right above and right under line `i` (_text_near)."""
    return [j for step in (-1, 1) if (j := _text_near(lines, i, step)) is not None]


def _next_text(lines: list[str], i: int) -> str:
    """The next line with text under line `i` (_text_near); empty when there is none."""
    j = _text_near(lines, i, 1)
    return lines[j] if j is not None else ""


def _crumbs_end_in(trail: str, title: str) -> bool:
    """The breadcrumb trail `trail` ends, after its last mark, in the whole of `title` (a
    line of three words or more)."""
    if len(title.split()) < 3 or not trail.endswith(title) or len(trail) <= len(title):
        return False
    head = trail[: -len(title)].rstrip()
    return head[-1:] in "›»>" and len(head) > 1


# The most words an outlet's name over its motto has ("Ka Leo O Hawaiʻi").
_MOTTO_NAME_WORDS = 5


def _name_over_motto(lines: list[str], chrome: list[bool]) -> tuple[int, ...]:
    """The page's first two lines of text, when they are an outlet's name and its
    motto (is_news_motto) over a headline-like line: "Borderzine" / "Reporting Across
    Borders" / the headline, "Wellington.Scoop" / "Local news for Wellington" / the headline.
    A local site's header keeps both over the story, and its name over a motto reads as a
    kicker over a headline, the motto as the headline and the true headline as its deck. A
    kicker over a headline of that shape ("World" / "Good news for Ukraine") has its byline or
    its story under it, no second title; a section's kicker ("Opinion") or a deck under the
    line under the motto tells a headline ("The Voice of Main Street") from a motto."""
    text = [k for k, line in enumerate(lines) if line][:8]
    # the header's furniture over the name ("Thursday 6 March 2025 | Glasgow 9°C Cloudy", a
    # weather widget, the archivist's "[archived from ...]"), chrome of its own, is passed over
    # (`chrome`: the page's chrome flags so far, each line asked about once)
    top = 0
    while top < min(len(text) - 3, _MOTTO_TOP_LINES) and (
        chrome[text[top]] or is_date_stamp(lines[text[top]])
    ):
        top += 1
    text = text[top:]
    one_line = _name_dash_motto(lines[text[0]]) if text else False
    if one_line:
        # "LEX18 — Lexington's News Leader": the name and its motto on one line
        text = [text[0], *text]
    account = -1
    if (
        not one_line
        and len(text) > 3
        and is_account_line(lines[text[1]])
        and is_news_motto(lines[text[2]])
    ):
        # "Axios Denver" / "Subscribe   Log in" / "Local news that makes you smarter" / the
        # headline: the site's account buttons between its name and its motto, furniture too
        account = text[1]
        text = [text[0], *text[2:]]
    if len(text) > 3 and is_date_stamp(lines[text[2]]):
        # "Punch" / "The Most Widely Read Newspaper in Nigeria" / "5th March 2025": the
        # issue's date under the motto, furniture with it
        stamp = text[2]
        text = text[:2] + text[3:]
    else:
        stamp = -1
    text = text[:5]
    section: tuple[int, ...] = ()
    if len(text) > 3 and _section_word_alone(lines[text[2]]):
        # "THE ELLSWORTH AMERICAN" / "Hancock County's Award-Winning Newspaper" / "Business" /
        # the headline: the section's word between the motto and the headline is the page's
        # kicker, chrome with them; the line under it tells the headline, whatever its length
        # ("Sports" / "Champions!")
        section = (text[2],)
        text = text[:2] + text[3:]
    text = text[:4]
    if len(text) < 3:
        return ()
    name, motto, under = (lines[k] for k in text[:3])
    if one_line:
        name, motto = _NAME_DASH.split(name, maxsplit=1)
    if (
        len(name.split()) > _MOTTO_NAME_WORDS
        # "Opinion" / "The Voice of Main Street": a section's kicker over its headline
        or all(w.lower() in MENU_WORDS for w in name.split())
        or name.endswith((".", "!", "?", ":"))
        # a number of its own ("Page 3"), no call sign's ("LEX18", "9News")
        or _BARE_NUMBER.search(name) is not None
        or not is_news_motto(motto)
    ):
        return ()
    if (top or one_line or stamp >= 0) and _VOICE_EPITHET.search(motto):
        # "Jean Ritchie — The Voice of Appalachia", "Remembrance" / "The Voice of Appalachia"
        # under the story's date or over it: a person's epithet, a tribute's headline; the
        # header read past its furniture, on one line or over its date is a paper's boast
        return ()
    if not looks_like_headline(under) or parse_byline(under) is not None or is_date_stamp(under):
        return ()
    if len(text) > 3 and stamp < 0 and _deck_like(lines[text[3]]):
        # a headline and its deck under the "motto": the motto is the kicker's headline (the
        # issue's date between them tells a paper's header: a headline has its story under
        # its stamp, no second title with its deck)
        return ()
    found = {text[0], text[1], *section}
    if stamp >= 0:
        found.add(stamp)
    if account >= 0:
        found.add(account)
    return tuple(sorted(found))


# A town and its state alone on a line ("Old Saybrook, CT", "Naperville, Illinois"): one to
# four capitalised words, a comma, the state's code or name (checked against the gazetteer).
_TOWN_STATE = re.compile(
    r"^(?P<town>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}), (?P<state>[A-Z][\w.]*(?: [A-Z][a-z]+)?)$"
)


def _edition_place_label(line: str) -> bool:
    """LINE is only a town and its state or province ("Old Saybrook, CT")."""
    from archiver.extract.gazetteer import is_state_or_province

    found = _TOWN_STATE.match(line.strip())
    return found is not None and is_state_or_province(found["state"])


# How many furniture lines may stand over the outlet's name and motto.
_MOTTO_TOP_LINES = 3
# The dash or bar between an outlet's name and its motto on one line.
_NAME_DASH = re.compile(r"\s+[—–|-]\s+")
_BARE_NUMBER = re.compile(r"\b\d+\b")
# "The Voice of the Dodgers": a motto's word that is also a person's epithet.
_VOICE_EPITHET = re.compile(r"(?i)\bvoice\b")


def _name_dash_motto(line: str) -> bool:
    """LINE is an outlet's name, a dash or a bar, and its motto (is_news_motto), the name of
    a few capitalised words: "LEX18 — Lexington's News Leader", "Naperville Patch — Local
    news you can trust". A headline's two halves apart by a dash have a clause after it."""
    parts = _NAME_DASH.split(line, maxsplit=1)
    if len(parts) != 2:
        return False
    name, motto = parts
    words = name.split()
    return (
        0 < len(words) <= _MOTTO_NAME_WORDS
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and is_news_motto(motto)
    )


def _deck_like(line: str) -> bool:
    """LINE reads as a headline's deck under it: headline-like, no byline, stamp or name."""
    return (
        looks_like_headline(line)
        and parse_byline(line) is None
        and not is_date_stamp(line)
        and not looks_like_name(line)
    )


_FOLLOW_LABEL = re.compile(r"(?i:follow):?")
_PURCHASE_BUTTON = re.compile(r"\s*(?i:purchase|acquire)\s*")
_LICENSING_TAIL = re.compile(r"\s*(?i:licen[cs]ing\s+rights)\s*")
_ALL_TOPICS = re.compile(r"(?i:see\s+all\s+topics)")
_TOPIC_WORDS = 4


def _is_chrome_line(line: str) -> bool:
    return bool(line) and is_chrome_clean(line)


# A distributed release's issuer under its label: "Source: Nordvik Offshore ASA".
_RELEASE_SOURCE = re.compile(r"^Source\s*:\s+(\S.{1,80})$")
# A press release's label and its date on one line: "News release | 18 June 2024",
# "Press release • Mar 12, 2024 09:00 CET", "Media statement - 3 May 2024".
_RELEASE_STAMP = re.compile(
    r"^(?:press|news|media)\s+(?:release|statement|advisory)\s*[|•·:–—-]\s*(?P<stamp>\S.*)$",
    re.IGNORECASE,
)


def _issuer_over_release_stamp(reader: _Reader, i: int) -> bool:
    """Line `i` is a short name (Title Case or capitals, no sentence's end), the next line of
    text is a release's label, with its date ("News release | 18 June 2024") or alone
    ("PRESS RELEASE", an embargo's line perhaps under it), and a longer display line follows:
    the issuer's name over its release's header, however many words the name has ("Kestrel
    Water Utility", "MÉDECINS SANS FRONTIÈRES / DOCTORS WITHOUT BORDERS"), and the title under
    them; the release names the issuer again below (its first two words, in any case). A
    headline in sentence case over the label stays the headline."""
    lines = reader.lines
    # the next line of text, page furniture or not (reader.nxt passes over the stamp)
    j = next((k for k in range(i + 1, len(lines)) if lines[k]), len(lines))
    if j >= len(lines):
        return False
    stamp = _RELEASE_STAMP.match(lines[j])
    if stamp is not None and is_date_stamp(stamp.group("stamp")):
        title_at = reader.nxt[j] if reader.nxt[j] < len(lines) else None
    else:
        title_at = title_under_release_label(lines, i)
    if title_at is None:
        return False
    line, title = lines[i], lines[title_at]
    small = {"of", "and", "for", "the", "&", "de", "du", "la", "in", "on", "at"}
    return (
        len(line.split()) <= 8
        # a name's words (Title Case, its small words apart), never a headline's verb
        and not any(w[:1].islower() and w not in small for w in line.split())
        and not line.endswith((".", "!", "?", ":", '"', "”"))
        # the release's own title under the header: a display line, longer than the name
        and looks_like_headline(title)
        and len(title) > len(line)
        # the release names its issuer ("Kestrel Water has opened ..."), a headline's words
        # over the label are seldom printed again as they stand
        # (each word capitalised: "Flood Warning For River Wye" over the label is no issuer
        # when its story says "a flood warning")
        and _named_again(lines, line, title_at - 1)
    )


def next_text_index(lines: list[str], chrome: list[bool] | None = None) -> list[int]:
    """For each line, the index of the next line that is neither blank nor chrome (len(lines)
    when there is none): one pass from the end, so looking ahead never rescans the text."""
    flags = chrome if chrome is not None else chrome_flags(lines)
    out = [len(lines)] * len(lines)
    nxt = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        if lines[i] and not flags[i]:
            nxt = i
    return out


def _text_gap(lines: list[str]) -> int:
    """How many lines from one line of text to the next (the first gap in the capture)."""
    text = [i for i, line in enumerate(lines) if line][:2]
    return text[1] - text[0] if len(text) == 2 else 0


class _Reader:
    def __init__(self, lines: list[str], reference_date: dt.date | None, chrome: list[bool]):
        self.lines = lines
        self.ref = reference_date
        self.chrome = chrome
        self.nxt = next_text_index(lines, chrome)
        self.unparted = blank_lines_part_nothing(lines)
        # one blank line between every two lines of text: a copy that sets every line apart
        self.spaced = self.unparted and _text_gap(lines) == 2
        # whether the page prints credits over captions with no stop: a question about the
        # whole page, asked once (see _credits_over_stopless_captions)
        self.stopless_credits: bool | None = None

    def below(self, i: int) -> int | None:
        """The line of text right under line `i` in its block: the next line, or, in a copy
        that sets every line apart (where a blank line parts nothing), the line past the
        blank one. None when a blank line parts them or the text ends."""
        j = i + 1
        if j < len(self.lines) and not self.lines[j] and self.spaced:
            j += 1
        return j if j < len(self.lines) and self.lines[j] else None

    def above(self, i: int) -> int | None:
        """The line of text right over line `i` in its block, as `below` reads under it."""
        j = i - 1
        if j >= 0 and not self.lines[j] and self.spaced:
            j -= 1
        return j if j >= 0 and self.lines[j] else None

    def alone(self, i: int) -> bool:
        """Blank (or the edge of the text) on both sides: a block of its own."""
        before = i == 0 or not self.lines[i - 1]
        after = i + 1 >= len(self.lines) or not self.lines[i + 1]
        return before and after

    def ahead(self, i: int, count: int = _LOOKAHEAD) -> list[int]:
        out: list[int] = []
        j = self.nxt[i] if i < len(self.lines) else len(self.lines)
        while j < len(self.lines) and len(out) < count:
            out.append(j)
            j = self.nxt[j]
        return out

    def dateline(self, i: int) -> DatelineMatch | None:
        return match_dateline(self.lines[i], self.ref)

    def later_dateline_or_byline(self, i: int) -> str | None:
        """A dateline or a "By" byline in the next few lines of text, as a reason."""
        for j in self.ahead(i):
            line = self.lines[j]
            found = self.dateline(j)
            if found is not None:
                return f"line {j + 1} below is a dateline ({found.dateline.raw!r})"
            byline = parse_byline(line)
            if byline is not None and byline.names and line[:3].lower() == "by ":
                return f"line {j + 1} below is a byline"
        return None


def _wire_credit_under_caption(roles: list[LineRole], lines: list[str], i: int) -> bool:
    """Line i is a person's name and a known wire ("Jane Roe, AP") right under the line the
    last role went to (blank lines between at most), a caption's sentence."""
    from archiver.extract.agencies import is_wire_source

    if not roles or roles[-1].line >= i or any(lines[k] for k in range(roles[-1].line + 1, i)):
        return False
    above = lines[roles[-1].line]
    if not _caption_sentence(above):
        return False
    credit = credit_under_caption(above, lines[i])
    return bool(credit and credit.photographer and credit.agency and is_wire_source(credit.agency))


# A wire's name alone after a dash: "— APP", "-- Bernama".
_DASHED_WIRE_ALONE = re.compile(r"^(?:--|[—–-])[ \t]*(?P<name>[^\W\d_][\w.&'’ -]{1,30}?)\.?$")


def dashed_wire_alone(line: str) -> str | None:
    """ "— APP": a known wire's name alone after a dash, as South Asian and Malaysian pages
    close a caption with its agency; the wire's name, else None. (Under a story's last
    sentence the same line signs the story off: the caller asks above the story only.)"""
    from archiver.extract.agencies import is_wire_source

    m = _DASHED_WIRE_ALONE.match(" ".join(line.split()))
    return m.group("name") if m is not None and is_wire_source(m.group("name")) else None


# A sentence that reports what someone says or looks ahead: a story's standfirst ("Traders say
# outages have stretched to ten hours a day."), where a caption says what the picture shows.
_STANDFIRST_SPEECH = re.compile(r"[\"“”]|\b(?:say|says|said|told|will|would)\b")


def dashed_wire_credit(caption: str, line: str) -> str | None:
    """ "Villagers plug the breach on Tuesday." / "— APP": the wire's name alone after a dash
    (dashed_wire_alone) under a sentence that describes a picture; the wire's name, else None.
    Under a deck that reports speech ("Traders say ...") the wire's line credits the story
    that follows, not a picture."""
    if _STANDFIRST_SPEECH.search(caption) is not None:
        return None
    return dashed_wire_alone(line)


# Four capitals that look like a call sign and are a tag's word instead ("WNBA" under a
# sports deck, "WWII" under a veteran's story).
_NOT_CALL_SIGNS = frozenset({"WNBA", "WWII"})
# A network's name in a local station's masthead ("CBS News Minnesota", "NBC 5 Chicago").
_NETWORK_WORD = re.compile(r"\b(?:CBS|NBC|ABC|FOX|PBS|CW|Telemundo|Univision)\b")


def _broadcaster_page(lines: list[str], at: int, sign: str) -> bool:
    """The page is a broadcaster's: the call sign is printed elsewhere on it too (its
    masthead, its dateline's "(KSTP)", another picture's credit), or a line above it names a
    network or a station ("CBS News Minnesota", "KARE 11"). A newspaper's "WIND" or "WEST"
    tag under a deck is no station's credit."""
    word = re.compile(rf"\b{sign}\b")
    if any(word.search(t) for k, t in enumerate(lines) if k != at):
        return True
    return any(
        _NETWORK_WORD.search(t)
        or is_station_name(t)
        or any(len(w) == 4 and is_station_name(w) for w in t.split() if w.isupper())
        for t in lines[:at]
        if t.strip() and len(t) <= 80
    )


# A caption's sentence closed by its credit in round brackets: "... early Tuesday. (KOMO)".
_BRACKET_CLOSED_CAPTION = re.compile(r"[.!?”\"’]\s+\((?P<inner>[^()]{2,60})\)$")
# The same closed by a picture's label and its credit: "... on Monday. Photograph by Jane Roe".
_LABEL_CLOSED_CAPTION = re.compile(
    r"[.!?”\"’]\s+(?:Photo(?:graph)?s?|Pictures?|Images?)(?:\s+by|\s*:)\s+(?P<inner>[A-Z][^()]{1,60})$"
)
# ... or by a dash glued to its stop and the credit: "... lashed the city.—Jane Roe / White Star".
_DASH_CLOSED_CAPTION = re.compile(r"[.!?”\"’][—–]\s*(?P<inner>[A-Z][^()—–]{1,60})$")
# A caption opening on its place in capitals and a colon: "KARACHI: Commuters wade ...".
_PLACE_OPENS_CAPTION = re.compile(r"(?P<place>[A-Z]{3,20}(?: [A-Z]{3,20})?):\s+(?=[A-Z])")
# The fewest words a caption's sentence has before its bracketed credit (a teaser's "Watch
# (VIDEO)" or a menu's "Sports (2)" is shorter, and ends in no stop).
_BRACKET_CAPTION_WORDS = 6
# What no caption says: a ticker's label ("BREAKING: ..."), the reader addressed ("... to
# your phone with our app. (KGW)"), a promotion's verbs.
_NO_CAPTION_OVER_HEADLINE = re.compile(
    r"^[A-Z][A-Z ]{2,20}:|\b(?:you|your|our|us|app|newsletter|subscribe|download|sign up)\b"
    r"|^(?:Get|Watch|Sign|Download|Click|Follow|Listen|Read|Join|Tap)\b",
    re.IGNORECASE,
)


def _bracket_credited_caption(line: str) -> bool:
    """A sentence of a caption's length closed, after its stop, by a credit in round brackets
    that the credit reader takes whole ("... early Tuesday. (KOMO)", "... on Monday. (Jane
    Roe/The Times)"), or by one after a picture's label ("... west of San Angelo. Photograph
    by Jane Roe", the magazines' form): the lead photo's caption, set over the headline with
    its picture."""
    from archiver.extract.gazetteer import is_known_place

    text = line.strip()
    m = (
        _BRACKET_CLOSED_CAPTION.search(text)
        or _LABEL_CLOSED_CAPTION.search(text)
        or _DASH_CLOSED_CAPTION.search(text)
    )
    if m is None or len(text[: m.start()].split()) < _BRACKET_CAPTION_WORDS:
        return False
    said = text[: m.start()]
    found = find_credit(text, in_header=True)
    if (
        m.re is _DASH_CLOSED_CAPTION
        and found is not None
        and found.photographer
        and (placed := _PLACE_OPENS_CAPTION.match(said)) is not None
        and is_known_place(placed.group("place").title())
    ):
        # "KARACHI: Commuters make their way ...—Jane Roe / White Star": the place in capitals
        # the caption opens on (Dawn's and other South Asian papers' captions), closed by its
        # photographer's credit; a ticker's "LONDON: Prime Minister calls ... (Reuters)"
        # credits no photographer, and keeps its label
        said = said[placed.end() :]
    if _NO_CAPTION_OVER_HEADLINE.search(said) is not None:
        return False  # "BREAKING: Police identify ... (KOMO)", "Get alerts with our app. (KGW)"
    return found is not None and found.credit.strip() == m.group("inner").strip()


def _call_sign_alone(line: str, lines: list[str], at: int) -> bool:
    """A broadcaster's call sign of four letters alone on its line ("WCCO", "KOMO") on a
    broadcaster's page, the next line of print no date stamp (a sign over the stamp is the
    page's byline, its staff's name)."""
    text = line.strip()
    if not (
        len(text) == 4
        and text.isupper()
        and text.isalpha()
        and text not in _NOT_CALL_SIGNS
        and is_station_name(text)
    ):
        return False
    nxt = next((t for t in lines[at + 1 : at + 4] if t.strip()), "")
    if is_date_stamp(nxt):
        return False  # "WCCO" / "December 4, 2026 / 5:12 PM CST": the byline's slot
    return _broadcaster_page(lines, at, text)


def _station_or_office_over_story(reader: _Reader, i: int, j: int) -> bool:
    """Line `i`, the last line of the header right over the dateline paragraph at `j`, is a
    broadcaster's brand on a broadcaster's page ("WSB-TV", "WISN 12 News") or a lending
    office named alone ("Massachusetts State Police"): the credit of the lead picture, whose
    caption the page left out (local stations' pages print it so). A menu's or section's
    word there is no brand, and a brand anywhere else in the header is the masthead's; right
    under the writer's name ("Jane Roe" / "WXYZ"), the brand is the writer's outlet, and a
    brand stacked under the header's lines with no blank line above is one of its tags."""
    if reader.nxt[i] != j or (i > 0 and reader.lines[i - 1].strip()):
        # "Jane Roe" / "WXYZ": the writer's outlet; "Hennepin County" / "FOX 9" under the
        # stamp: the page's tags, stacked; a credit stands apart, a blank line above it
        return False
    text = reader.lines[i].strip()
    if is_institution(text):
        return True
    return is_station_name(text) and _broadcaster_page(reader.lines, i, re.escape(text.split()[0]))


def _caption_right_above(
    roles: list[LineRole], lines: list[str], i: int, opening: Opening
) -> int | None:
    """The line the last role went to, when it is a caption's sentence right above line `i`:
    on the line before, or (the writer's byline already read, so a name and an outlet under
    it is no byline) with blank lines between, as pages that part every block print the lead
    photo's caption and its credit ("... in Des Moines, Iowa." / "" / "Jane Roe, AP")."""
    if not roles or roles[-1].line >= i:
        return None
    above = roles[-1].line
    if above != i - 1 and (
        opening.byline is None
        or not opening.byline.names
        or any(lines[k] for k in range(above + 1, i))
    ):
        return None
    return above if _caption_sentence(lines[above]) else None


def _tag_repeated_in(tag: str, sentence: str) -> bool:
    """The words of a short tag of two words or more ("Series B") stand as words in the
    sentence under it ("... a $95 million series B round"): the story's topic set as a label,
    no credit ("AP" is never read in "apartment", nor one word in any sentence)."""
    words = tag.split()
    return 2 <= len(words) <= 4 and (
        re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", sentence, re.IGNORECASE)
        is not None
    )


def _deck_over_agency(roles: list[LineRole], lines: list[str], i: int, body_at: int) -> bool:
    """Line i is an agency's name alone right over the dateline paragraph (line `body_at`),
    under a line with no stop right under the headline: the deck and the agency that filed
    the story ("Council voted 6-3 on five-year deal" / "The Canadian Press" / "ST. JOHN'S,
    N.L. — ..."), read so whether or not blank lines part them (a caption over its credit
    ends its sentence, or stands apart from the headline)."""
    from archiver.extract.agencies import is_wire_source

    return (
        len(roles) >= 2
        and roles[-2].role == "headline"
        and roles[-2].line == i - 2
        and _SENTENCE_STOP.search(lines[i - 1].rstrip()) is None
        and is_wire_source(lines[i])
        and i + 1 == body_at
    )


_MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
# "Mar 04, 2024", "March 4, 2024", "4 March 2024": the stamp's date; "MARCH 28": the line's.
_MONTH_DAY_YEAR = re.compile(
    r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b"
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})\b"
)
_MONTH_DAY_END = re.compile(r"\b(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})\s*$")
# How many days before the page's stamp a dateline's date may fall (a story filed the day
# before, or over a weekend, and posted later).
_DATELINE_DAYS_BEFORE_STAMP = 3


def _day(month: str, day: str, year: int) -> dt.date | None:
    number = _MONTHS.get(month.lower())
    try:
        return dt.date(year, number, int(day)) if number else None
    except ValueError:
        return None


def _dated_for_stamp(line: str, stamp: str) -> bool:
    """A place and a date alone ("CHITWAN, FEBRUARY 9") under the page's stamp ("Published:
    07:45 am Feb 10, 2026") date the story: its date the stamp's, or a few days before it. A
    date after the stamp, or long before it ("KASKI, MARCH 28" under a stamp of March 4), is an
    event's, a notice's heading, no dateline."""
    at = _MONTH_DAY_YEAR.search(stamp) or _DAY_MONTH_YEAR.search(stamp)
    own = _MONTH_DAY_END.search(line)
    if at is None or own is None:
        return False
    stamped = _day(at.group("month"), at.group("day"), int(at.group("year")))
    if stamped is None:
        return False
    dated = _day(own.group("month"), own.group("day"), stamped.year)
    if dated is not None and dated > stamped:
        dated = _day(own.group("month"), own.group("day"), stamped.year - 1)  # over New Year
    return dated is not None and 0 <= (stamped - dated).days <= _DATELINE_DAYS_BEFORE_STAMP


def _story_prose(line: str) -> bool:
    """A line of the story's prose: a sentence of eight words or more, closed."""
    return len(line.split()) >= 8 and line.rstrip().endswith((".", "!", "?", "”", '"'))


def _caption_sentence(line: str) -> bool:
    """Whether a line reads as a photo's caption: a sentence or two of four to forty words."""
    return 4 <= len(line.split()) <= 40 and ends_caption(line)


def _caption_before_credit(reader: _Reader, i: int, byline_seen: bool = False) -> bool:
    """The line right below (same block) is a bare credit line: this line is its caption.
    Below the byline, "NAME, Outlet" under a sentence is a credit line too (above it, that
    shape is the byline's)."""
    j = reader.below(i)
    if j is None or (j > i + 1 and not byline_seen):
        # past the blank line of a copy that sets every line apart, only under the byline:
        # above it, "Illustration by Jane Roe for Outlet" under the deck credits the lead
        # picture alone, the deck the headline's (as a blank line between them tells)
        return False
    below = reader.lines[j]
    if name_list(reader.lines[i]) is not None:
        return False  # "Jane Roe" over "Photo: X/Getty Images": the writer, not a caption
    if bracketed_desk_word(below) and not any(_story_prose(t) for t in reader.lines[j + 1 :]):
        # "... who helped on the night." / "(Supplied)" / "Share this article": a community
        # paper's sign-off under the story's last paragraph, the story sent in by a reader; a
        # caption's "(Supplied)" stands amid the story, prose below it
        return False
    if is_date_stamp(reader.lines[i]):
        return False  # "March 11, 2025" over the lead photo's credit: the page's stamp
    if LEAD_PHOTO_CREDIT.match(below):
        # "(Top photo: Jane Roe / Getty Images)" under the story's last paragraph: the lead
        # photo's credit printed again, its caption at the top, not the line above
        return False
    if is_initials_signoff(below):
        return False  # "PTI AAM RBT" under the last paragraph: the wire's sign-off, no credit
    if _subject_subhead(reader, j):
        return False  # "ATHUMANI SALIM" / "At 72, Athumani has seen ...": a subhead, no credit
    if is_credit_line(below):
        return True
    if byline_seen and _caption_sentence(reader.lines[i]):
        # "Boise City Hall on Monday." / "JANE ROE jroe@paper.com": the photographer and
        # the address under a caption's sentence (McClatchy's pages), below the byline
        if emailed_credit(below, spaced=True) is not None:
            return True
    if not (byline_seen or _for_paper_over_byline(reader, j)):
        return False
    return credit_under_caption(reader.lines[i], below) is not None


def _subject_subhead(reader: _Reader, j: int) -> bool:
    """Line `j` is one person's name alone that the paragraph under it opens by speaking of
    ("ATHUMANI SALIM" / "At 72, Athumani has seen the catch fall ..."), in a copy that prints
    another such name alone (a roll of voices, profiles in turn): a feature's subhead over the
    part that tells of that person, not a photographer's credit under a caption. One name
    alone under a caption stays a credit, whatever the story goes on to say: a common first
    name ("John", "Francis") is in the next paragraph all the time."""
    if not _names_its_paragraph(reader, j):
        return False
    return any(k != j and _lone_caps_name(reader, k) for k in range(len(reader.lines)))


# The words a paragraph opens with, within which a profile names its subject ("At 72,
# Athumani has ...", "Kombo, 68, learnt ...").
_SUBJECT_OPENING_WORDS = 4


def _names_its_paragraph(reader: _Reader, j: int) -> bool:
    """Line `j` is one person's name in capitals alone, and the paragraph under it opens with
    that person: the whole name, or the first name or surname alone among its first words
    ("Kombo, 68, ...", "Zainab sews ..."); never as part of another's name ("John Omondi",
    "Pope Francis", "Dennis Itumbi": someone else who shares the word)."""
    names = name_list(reader.lines[j]) if reader.lines[j].isupper() else None
    if names is None or len(names) != 1 or (k := reader.nxt[j]) >= len(reader.lines):
        return False
    paragraph = reader.lines[k]
    if paragraph.startswith(names[0].title()):
        return True
    own = {w.title() for w in names[0].split() if len(w) >= 3 and w.isalpha()}
    tokens = paragraph.split()
    for at, token in enumerate(tokens[:_SUBJECT_OPENING_WORDS]):
        if token.rstrip(",.;:") not in own:
            continue
        before = tokens[at - 1] if at > 0 else ""
        after = tokens[at + 1] if at + 1 < len(tokens) and token[-1:].isalpha() else ""
        if not before[:1].isupper() and not after.lstrip("\"“‘'")[:1].isupper():
            return True
    return False


def _lone_caps_name(reader: _Reader, k: int) -> bool:
    """Line `k` is one person's name in capitals alone, with a paragraph under it."""
    line = reader.lines[k]
    if not line or not line.isupper() or reader.nxt[k] >= len(reader.lines):
        return False
    names = name_list(line)
    return names is not None and len(names) == 1


# A paragraph in the first person: "I have driven ...", "We pay ...", "My mother ...".
_FIRST_PERSON_OPENING = re.compile(
    r"^[\"“‘']?(?:I|I['’](?:m|ve|d|ll)|We|We['’](?:re|ve|d)|My|Our)\b"
)

# A caption over a photographer's name alone is one sentence of at most this many words.
_CAPTION_OVER_NAME_WORDS = 30


def _name_line_under(reader: _Reader, i: int) -> int | None:
    """The line right under line `i`, or the next line of text past one blank line when line
    `i` stands one blank line under the line above it too (a copy that sets every line apart,
    where a blank line parts nothing); None when there is none."""
    lines = reader.lines
    if i + 1 < len(lines) and lines[i + 1]:
        return i + 1
    if i >= 1 and not lines[i - 1] and i + 2 < len(lines) and lines[i + 2]:
        return i + 2
    return None


def _caption_over_name_credit(reader: _Reader, i: int) -> bool:
    """Line `i` is a caption's sentence right over a photographer's name alone ("The line will
    close for 12 weekends." / "Jane Roe"), the story's paragraph under the name: in the page's
    header (the caller asks under the byline and the page's buttons), where a story prints no
    name alone. A subhead's words ("Budget Talks") are the paragraph's under it, and a caption
    never names who took its picture: a name whose words either repeats is no credit."""
    lines = reader.lines
    j = _name_line_under(reader, i)
    if j is None or len(lines[i].split()) > _CAPTION_OVER_NAME_WORDS:
        return False
    if not _caption_sentence(lines[i]) or name_alone_under_caption(lines[i], lines[j]) is None:
        return False
    after = reader.nxt[j] if j < len(reader.nxt) else len(lines)
    if after >= len(lines) or not _story_paragraph(lines[after]):
        return False
    if _FIRST_PERSON_OPENING.match(lines[after]):
        # "Grace Okafor" / "I have driven the N29 bus for eleven years ...": the person named
        # speaks in the paragraph under the name (readers' voices, a Q&A), no photographer
        return False
    words = {w.lower() for w in lines[j].split() if len(w) >= 3}
    said = {w.strip(".,;:!?\"'“”‘’()").lower() for w in f"{lines[i]} {lines[after]}".split()}
    return not words & said


def _for_paper_over_byline(reader: _Reader, j: int) -> bool:
    """Line `j` is "JANE ROE FOR THE TIMES" in capitals, or "Jane Roe for The Paper" right over
    a byline that names writers: a photographer on assignment for the paper, whom a byline
    above the story does not name so (a writer's "for" line has its "By", or is the byline
    itself, with no other byline under it)."""
    below = reader.lines[j]
    if not re.search(r"\s(?i:for)\s", below):
        return False
    if below.isupper():
        return True
    after = reader.nxt[j] if j < len(reader.nxt) else len(reader.lines)
    return after < len(reader.lines) and _names_writers(reader.lines[after])


# "Top:", "Above:", "Left:": which picture a caption is for, opening it.
_PICTURE_PLACE_LABEL = re.compile(
    r"^(?:Top|Above|Below|Left|Right|Inset|Main|Top left|Top right|Bottom|Pictured)\s*:\s+[A-Z]"
)


# A lender's name alone over the story: one to three words.
_LENDER_WORDS = 3


def _lender_over_story(reader: _Reader, i: int) -> bool:
    """Line `i`, under the byline, is a name of one to three capitalised words (a company, a
    person) right over the story's first paragraph, on a page whose story prints a photo's
    credit alone on its line ("Jane Roe/Engadget" between two paragraphs): the lead photo's
    credit printed the same way. A page that credits no photo so has none of its labels or
    buttons read as a credit."""
    from archiver.extract.masthead import MENU_WORDS

    line = reader.lines[i]
    words = line.split()
    if not 1 <= len(words) <= _LENDER_WORDS or len(line) > _CREDIT_NAME_CHARS:
        return False
    if not all(w[:1].isupper() and w.strip("&.-'’").isalpha() for w in words):
        return False
    if any(w.lower() in MENU_WORDS for w in words) or is_date_stamp(line):
        return False
    if line.lower() in _PLAYER_BUTTONS:
        return False  # "Transcript" over the lead photo's caption: a broadcast page's button
    if is_summary_label(line):
        return False  # "KEY POINTS" over the summary's first point: the summary's label
    from archiver.extract.gazetteer import is_known_place

    if is_known_place(line) or name_list(line) is not None:
        return False  # where the writer filed from, or a second writer's name
    nxt = reader.nxt[i]
    if nxt >= len(reader.lines) or not _story_paragraph(reader.lines[nxt]):
        return False
    for k in range(nxt + 1, len(reader.lines)):
        text = reader.lines[k]
        if text and len(text) <= _CREDIT_NAME_CHARS * 2 and is_credit_line(text):
            found = find_credit(text, in_header=True)
            if found is not None and found.credit == text and found.photographer:
                return True
    return False


# A credit's name alone is short.
_CREDIT_NAME_CHARS = 30
# A broadcaster's story page's buttons round its audio or video player (NPR, PBS, CBC): no
# lender's name, however alone over the caption they stand.
_PLAYER_BUTTONS = frozenset(
    "transcript audio listen download embed playlist watch play podcast share".split()
)


def _story_paragraph(line: str) -> bool:
    """A paragraph of the story: a sentence of eight words or more with its stop."""
    return len(line.split()) >= 8 and line.rstrip("”\"’'").endswith((".", "!", "?"))


def _names_writers(line: str) -> bool:
    """The byline grammar reads the line as a byline naming its writers."""
    found = parse_byline(line)
    return found is not None and bool(found.names)


# A byline grows line by line ("By X" / "and" / "Y", one "By" line per writer, names stacked
# over a stamp), and each growth copies its text and names. No article names more writers
# than this; stopping here keeps a page of thousands of byline-like lines linear in time.
MAX_BYLINE_NAMES = 24


def _has_room(byline: Byline) -> bool:
    """Whether a byline may take more names (see MAX_BYLINE_NAMES)."""
    return len(byline.names) < MAX_BYLINE_NAMES and len(byline.raw) < 40 * MAX_BYLINE_NAMES


# A caption over the page's headline: a sentence's words before a labelled credit.
_LEAD_CAPTION_WORDS = 8
_CREDIT_LABELLED = re.compile(
    # "Credit...Jane Roe for The Times": the Times' label, its colon an ellipsis; "Photo /
    # Photosport": the NZ Herald's, its colon a spaced slash
    r"(?i:image|photo(?:graph)?|picture|foto|bild|credit)\s*(?::|\.{3}|…|\s/)\s*[^:]{3,80}\)?$"
)

# The credit closing a caption's last sentence in brackets ("... on Tuesday. (AP Photo/Jane
# Roe)", "... in the courtyard. (ABC News: Jane Roe)", "... 2025. (Jane Roe/Flash90)"), or
# after a dash ("... in Kuala Lumpur. — Bernama"), or the agency's capitals and a slash with
# no bracket ("... January 8, 2025. REUTERS/Jane Roe/File Photo"): the shapes AP's, the ABC's,
# the Times of Israel's, The Star's and Reuters' pages print over the headline with the
# picture, as they do under it.
_BRACKETED_CREDIT_TAIL = re.compile(r"[.!?”\"’]\s*\((?P<credit>[^()]{3,80})\)$")
_DASHED_CREDIT_TAIL = re.compile(r"[.!?”\"’]\s+[—–]\s*(?P<credit>[A-Z][^—–.]{1,40})$")
_CAPITALS_CREDIT_TAIL = re.compile(
    r"[.!?”\"’]\s+(?P<credit>[A-Z]{2,}/[A-Z][^/]{2,40}?)(?:/(?i:file\s+photo|pool|handout))?$"
)


# An agency's photo credit after the caption's last sentence, the credit saying it is a
# picture's ("... on Wednesday. KYODO PHOTO", "... in Ankara. AA photo", "... (Xinhua Photo)"),
# as The Japan Times, Hurriyet and other pages that use agency pictures print it.
_AGENCY_PHOTO_TAIL = re.compile(
    r"[.!?”\"’]\s+\(?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?\s(?:PHOTO|Photo|photo)\)?\.?$"
)

# "... in Union Township. Jane Roe | NJ Advance Media for NJ.com": the photographer and the
# outlet set apart by a bar (or a slash) after the caption's last sentence, no label (Advance
# Local's sites print their pictures' credits so); find_credit must read both parties.
_BARRED_CREDIT_TAIL = re.compile(
    r"[.!?”\"’]\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}\s?[|/]\s?[A-Z][^|/]{2,60}$"
)

# "... on Nov. 12.JANE ROE/THE GLOBE AND MAIL": the photographer and the outlet in capitals,
# glued to the caption's last stop with no space (The Globe and Mail's pages, copied, run the
# credit's block into the caption's); a sentence's end before it, capitals only after it.
_GLUED_CAPS_CREDIT_TAIL = re.compile(
    r"[a-z0-9)][.!?”\"’][A-Z][A-Z'’-]+(?:\s[A-Z][A-Z.'’-]*){1,3}\s?/\s?[A-Z][A-Z &.'’-]{2,60}$"
)


def _lead_caption_above(line: str) -> bool:
    """A photo's caption among the chrome above a page's headline: eight words or more of
    prose, then a credit its label names ("... on Monday nightImage: Jane Roe/dpa") or an
    agency's credit that says it is a photo's ("... on Wednesday. KYODO PHOTO")."""
    from archiver.extract.agencies import is_wire_source

    if len(line.split()) < _LEAD_CAPTION_WORDS:
        return False
    if _closing_credit_caption(line):
        return True
    agency_photo = _AGENCY_PHOTO_TAIL.search(line[-60:])
    barred = _BARRED_CREDIT_TAIL.search(line[-100:]) or _GLUED_CAPS_CREDIT_TAIL.search(line[-100:])
    if agency_photo is None and barred is None and not _CREDIT_LABELLED.search(line[-100:]):
        return False
    found = find_credit(line, in_header=True)
    if found is None:
        return False
    if (
        barred is not None
        and agency_photo is None
        and not _CREDIT_LABELLED.search(line[-100:])
        and not (found.photographer and found.agency and line.endswith(found.credit))
    ):
        return False  # "... the plan. Jane Roe | Opinion": no photographer and outlet read
    if agency_photo is not None and not (found.agency and is_wire_source(found.agency)):
        return False  # "... in the KITCHEN PHOTO": the words before "photo" name no agency
    before = line[: line.rfind(found.credit)] if found.credit in line else line
    words = before.split()
    return len(words) >= _LEAD_CAPTION_WORDS and sum(w[:1].islower() for w in words) >= 3


def _closing_credit_caption(line: str) -> bool:
    """A caption over a page's headline whose last sentence is followed by its credit in one
    of the shapes of _BRACKETED_CREDIT_TAIL: a photographer and the agency together, or a
    news agency alone after the dash ("— Bernama"). A teaser or a deck over the headline
    ends in its sentence, or in an agency's name alone in brackets ("... talks (AP)"), never
    in a photographer's credit."""
    from archiver.extract.agencies import is_wire_source

    text = _LICENSE_BUTTON_TAIL.sub("", line).rstrip()
    tail = (
        _BRACKETED_CREDIT_TAIL.search(text)
        or _CAPITALS_CREDIT_TAIL.search(text)
        or _DASHED_CREDIT_TAIL.search(text)
    )
    if tail is None:
        return False
    found = find_credit(text, in_header=True)
    if found is None or found.credit.strip() not in tail.group("credit"):
        return False
    if tail.re is _DASHED_CREDIT_TAIL:
        if not (found.agency and is_wire_source(found.agency)):
            return False
    elif not (found.photographer and found.agency):
        return False
    before = text[: tail.start("credit")].split()
    return len(before) >= _LEAD_CAPTION_WORDS and sum(w[:1].islower() for w in before) >= 3


# "... REUTERS/Jane Roe Purchase Licensing Rights": the page's licensing button after a credit
_LICENSE_BUTTON_TAIL = re.compile(
    r"\s+(?:purchase|acquire)\s+licen[cs]ing\s+rights\s*$", re.IGNORECASE
)


# An agency's service or edition named after it: "dpa International", "AFP English",
# "Reuters World Service", "Kyodo News+".
_SERVICE_WORDS = frozenset(
    "international english world service services wire newswire news+ global".split()
)


# A site's name as one word: a capital inside it ("ThePrint", "NewsDay"), or a dot
# ("Scroll.in", "Rappler.com").
_SITE_WORD = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][\w-]*\.[a-z]{2,6}")
# A live page's label over its editor's line: "Live", "Live reporting", "Live updates".
_LIVE_LABEL = re.compile(r"^(?i:live(?:\s+(?:reporting|updates|blog|coverage|news))?)$")
# A page stamp's time: "12.41", "09:05".
_STAMP_TIME = re.compile(r"\b\d{1,2}[.:]\d{2}\b")


def _section_word_alone(line: str) -> bool:
    """A section's word alone on its line ("NEWS", "Economía", "Kultur"): a menu's word, which
    a feed or a wire's page sets over the story (ANSA's English page: its stamp, "NEWS", the
    dateline), and which no headline is."""
    words = line.split()
    return len(words) == 1 and words[0].strip(":").casefold() in MENU_WORDS


def _service_name_over_dateline(reader: _Reader, i: int) -> bool:
    """Whether line i, the capture's first, is only a site's or a wire service's name (one
    word, "ThePrint", "Scroll.in"; or an agency and its service's word, "dpa International")
    with the story's dateline paragraph under it, nothing but short rows (a menu) between:
    a plain word there ("Gridlock") is a one-word headline, and stays one."""
    from archiver.extract.masthead import is_nameplate

    words = reader.lines[i].split()
    if len(words) == 1:
        if (
            not _SITE_WORD.fullmatch(words[0])
            and not is_nameplate(words[0])
            and not _section_word_alone(reader.lines[i])
        ):
            return False  # "Gridlock" over the dateline: a one-word headline
    elif not (
        len(words) == 2 and is_wire_source(words[0]) and words[1].casefold() in _SERVICE_WORDS
    ):
        return False
    for j in reader.ahead(i, 3):
        found = reader.dateline(j)
        if found is not None:
            return bool(found.dateline.place) and len(found.rest.split()) >= _PROSE_WORDS
        if len(reader.lines[j].split()) > 6 or reader.lines[j].rstrip().endswith("."):
            return False  # a line of more than a menu's words first: perhaps the headline
    return False


_CRUMB_PAIR = re.compile(r"^(?P<place>[^/]{2,30}?)\s+[/›>]\s+(?P<beat>[^/]{2,30})$")


def _place_section_crumb(line: str) -> bool:
    """ "Hong Kong / Transport", "Asia › Economy": a breadcrumb of a place the gazetteer knows
    and a section's word (a beat), which reads like "Person / Agency"."""
    from archiver.extract.gazetteer import is_known_place

    m = _CRUMB_PAIR.match(line.strip())
    return (
        m is not None
        and is_known_place(m.group("place"))
        and topic_words(m.group("beat"))
        and not is_agency(m.group("beat"))
    )


def _writer_over_title_at_top(reader: _Reader, i: int) -> Byline | None:
    """The byline of a capture that opens with one person's name (line i; "Jane Roe in
    Warsaw" too) over a writer's title ("Business reporter", "Staff Writer, The Paper") or the
    page's date stamp, with the story's prose under it; None for any other opening."""
    from archiver.extract.gazetteer import is_known_place

    line = reader.lines[i]
    under_at = reader.nxt[i]
    filed = _FILED_IN.match(line)
    if filed is not None and is_known_place(filed.group("place")):
        line = filed.group("name")  # "Jane Roe in Warsaw": the name, and where it was filed
    else:
        filed = None
    if under_at >= len(reader.lines) or (names := name_list(line)) is None or len(names) != 1:
        return None
    under = reader.lines[under_at]
    prose_at = reader.nxt[under_at]
    agency = (
        prose_at < len(reader.lines)
        and _agency_alone(under)
        and is_date_stamp(reader.lines[prose_at])
    )
    if agency:
        # "Jane Roe" / "The Canadian Press" / "Published March 7, 2024": the writer's name
        # over the agency's and the page's stamp, as a news site prints an agency's writer
        prose_at = reader.nxt[prose_at]
    while prose_at < len(reader.lines) and find_credit(reader.lines[prose_at]) is not None:
        # the lead picture's caption and credit between the stamp and the story
        prose_at = reader.nxt[prose_at]
    if (
        # (a stamp under a name is a headline's too, "Rates Hold Steady" / "March 3": under
        # "Jane Roe in Warsaw" only, where the writer files from, and a stamp with its time,
        # "Tue 10 Feb 2026 12.41 GMT": "Pope Francis in Lisbon" / "August 3" is a headline)
        not (
            agency
            or is_title_line(under)
            or (filed is not None and is_date_stamp(under) and _STAMP_TIME.search(under))
        )
        or prose_at >= len(reader.lines)
        or len(reader.lines[prose_at].split()) < _PROSE_WORDS
        # (a long headline may ask a question; a story's first paragraph ends on a full stop)
        or not reader.lines[prose_at].rstrip("”\"’'").endswith(".")
    ):
        return None
    surname = names[0].split()[-1].casefold()
    if any(surname in later.casefold() for later in reader.lines[prose_at:]):
        # "Taylor Swift in Tokyo" / the stamp / "Taylor Swift played ...": the story speaks
        # of the one its first line names, so the line is its headline; a writer's name is
        # seldom in the story
        return None
    if agency and sum(len(later.split()) for later in reader.lines[prose_at:]) < (
        _UNNAMED_STORY_WORDS
    ):
        # "Gordon Lightfoot" / "The Canadian Press" / the stamp is an agency's page with a
        # name for its headline as well: that the story never names the one over it tells
        # only when there is story enough to have named them
        return None
    return Byline(raw=reader.lines[i].strip(), names=names)


# A title's word opening a name ("Pope Leo XIV", "King Charles", "Presidente Lula"): the one
# a headline names, never a writer's byline.
_TITLE_OPENING = frozenset(
    """pope papa papst pape king queen prince princess crown emperor empress sultan emir sheikh
    shah tsar czar kaiser könig königin prinz prinzessin roi reine rey reina rei rainha re
    regina príncipe principe princesa president presidente presidenta président präsident
    premier chancellor chancelier kanzler kanzlerin minister ministro ministra ministre
    governor governador gobernador mayor prefeito alcalde senator senador senadora deputy
    general gen cardinal archbishop bishop ayatollah imam saint st sir dame lord lady duke
    duchess mr mrs ms dr""".split()
)


def _folded_words(text: str) -> set[str]:
    """The words of `text`, accents off and case folded ("Erdoğan" as "erdogan")."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return set(re.findall(r"\w+", text.casefold()))


# Letters at the start two spellings of a name share at least, to be read as one name
# ("Zelensky" / "Zelenskyy", "Volodymyr" / "Volodimir")
_SPELLING_STEM = 5


def _story_speaks_of(reader: _Reader, i: int, names: list[str]) -> bool:
    """Whether any line of the copy but line `i` speaks of these names (accents off, case
    folded): holds a word of them, a word sharing a long stem with one ("Zelenskyy" for
    "Zelensky"), a short form one opens with ("Fed" for "Federal") or their initials ("AI"
    for "Artificial Intelligence"): the page speaks of them, as of a story's subject, not of
    its writer."""
    parts = set().union(*(_folded_words(n) for n in names))
    stems = {w[:_SPELLING_STEM] for w in parts if len(w) >= _SPELLING_STEM}
    initials = {"".join(w[0] for w in n.casefold().split()) for n in names if len(n.split()) > 1}
    for k, x in enumerate(reader.lines):
        if k == i or not x:
            continue
        seen = _folded_words(x)
        if parts & seen or initials & {w.casefold() for w in re.findall(r"\b[A-Z]{2,}\b", x)}:
            return True  # (initials in capitals: "AI", not the word "is" for "Ian Sanders")
        if any(len(w) >= _SPELLING_STEM and w[:_SPELLING_STEM] in stems for w in seen):
            return True
        # a short form with its capital inside a sentence ("The Fed left ..."), not a
        # sentence's first word ("The", "Its")
        short = {w.casefold() for w in re.findall(r"(?<=[a-z,;:] )[A-Z][a-z]{2,}\b", x)}
        if any(p.startswith(w) for w in short for p in parts):
            return True
    return False


def _not_a_writer_atop(line: str, name: str, story: list[str]) -> bool:
    """Whether the name atop a capture, over its dateline, is no writer's: a paper's, an
    outlet's or an agency's name ("Folha de S.Paulo | 12.ago.2025", "Al Jazeera", "TV
    Globo"), a name under a title ("Pope Leo XIV", "King Charles"), or one whose any part the
    story speaks of ("Recep Tayyip Erdoğan" over "Erdogan said ...", "Xi Jinping" over "Xi
    said ...", "Lee Jae-myung" over "President Lee"): the headline, then, about them."""
    from archiver.extract.credit_recall import _is_outlet as outlet_by_words
    from archiver.extract.masthead import is_nameplate

    head = line.split("|")[0].strip()
    if any(
        is_nameplate(text) or _is_outlet(text) or outlet_by_words(text)
        for text in {line.strip(), head, name}
    ):
        return True
    words = name.split()
    if not words or words[0].strip(".,").casefold() in _TITLE_OPENING:
        return True
    parts = _folded_words(name)
    return any(parts & _folded_words(later) for later in story)


def _writer_over_dateline_at_top(reader: _Reader, i: int) -> Byline | None:
    """The byline of a capture that opens with one person's name, alone or with the page's
    stamp on its line ("Jane Roe", "Jane Roe |10.03.2021 - Update : 10.03.2021"), right over
    the story's dateline set apart on a line of its own ("ISTANBUL", "SÃO PAULO") and the
    story under that: a selection made from the byline down (Anadolu's, Folha's pages print
    the writer, then the place, then the story), with no headline. None for any other
    opening, and when the line is an outlet's, the name a title's or the story speaks of any
    part of it (then the line is a headline about them: "Luiz Inácio Lula da Silva" /
    "BRASÍLIA" / "Lula said ...")."""
    line = reader.lines[i]
    names = name_before_stamp(line) or name_list(line)
    if names is None or len(names) != 1:
        return None
    under_at = reader.nxt[i]
    prose_at = reader.nxt[under_at] if under_at < len(reader.lines) else len(reader.lines)
    if prose_at >= len(reader.lines):
        return None
    # (a hard-wrapped paragraph's first line and the next: the story's opening read whole)
    under, prose = reader.lines[under_at], _paragraph_opening(reader, prose_at)
    placed = match_standalone_dateline(under, prose, reader.ref)
    if (
        placed is None
        or not placed.dateline.place
        or placed.dateline.raw.strip() != under.strip()
        or len(prose.split()) < _PROSE_WORDS
    ):
        return None
    if _not_a_writer_atop(line, names[0], reader.lines[prose_at:]):
        return None
    # "Jane Roe |04.03.2025 - Update : 04.03.2025": the byline's own text is the name's part
    signed = parse_byline(line)
    return signed if signed is not None and signed.names == names else Byline(line.strip(), names)


# The story's words, at least, under a name, an agency's and a stamp that never name the one
# atop them, for the name to be the writer's rather than the headline's subject.
_UNNAMED_STORY_WORDS = 100


def _agency_alone(line: str) -> bool:
    """Whether a line is an agency's or desk's name alone, in a byline's shape ("The Canadian
    Press", "Reuters"): a byline that names no one."""
    found = parse_byline(line)
    return found is not None and not found.names and not is_by_line(line)


# A standfirst with no stop of its own ("Residents say they were never told ..."), as web
# pages print it, is told from a headline by its length: this many words at least.
_STANDFIRST_NO_STOP_WORDS = 20
# A standfirst ending on its stop is a sentence of this many words at least.
_STANDFIRST_MIN_WORDS = 6


def _standfirst_over_byline_at_top(reader: _Reader, i: int) -> bool:
    """Whether line `i`, the capture's first, is the standfirst of a selection that starts
    below the page's headline: a sentence or two, then (past the lead photo's credited
    caption) a line of the writer's names or byline, with the page's date stamp right under
    it. A story's first paragraph has no byline and stamp under it."""
    line = reader.lines[i]
    words = len(line.split())
    if not (
        _STANDFIRST_MIN_WORDS <= words <= _DECK_MAX_WORDS
        # a sentence's own full stop, where the headline test already turns the line away: an
        # abbreviation's dot ends headlines ("... in the U.S.", "... Walmart Health Inc.",
        # "... Martin Luther King Jr."), and so does a quotation closing on its stop ("Biden
        # tells donors: 'I am not going anywhere.'"), which the test lets stand
        and not looks_like_headline(line)
        # (a web standfirst printed without its stop is longer than any headline)
        and (line.endswith(".") or words >= _STANDFIRST_NO_STOP_WORDS)
    ):
        return False
    j = reader.nxt[i]
    while j < len(reader.lines) and find_credit(reader.lines[j]) is not None:
        j = reader.nxt[j]  # the lead picture's caption and credit between them
    if j >= len(reader.lines) or (stamp_at := reader.nxt[j]) >= len(reader.lines):
        return False
    named = reader.lines[j]
    found = parse_byline(named)
    names = found.names if found is not None else name_list(named)
    return bool(names) and is_date_stamp(reader.lines[stamp_at])


# "Jane Roe in Warsaw": a writer's name and the place the story was filed from (the
# Guardian's and others' bylines).
_FILED_IN = re.compile(r"^(?P<name>\S+(?:\s+\S+){1,3}?)\s+in\s+(?P<place>[A-Z][\w.'’ -]{1,40})$")


def _writer_filed_in(line: str) -> bool:
    """Whether the line is one writer's name and the place the gazetteer knows they filed
    from ("Jane Roe in Lusaka"): a byline, no headline's words."""
    from archiver.extract.gazetteer import is_known_place

    filed = _FILED_IN.match(line)
    return (
        filed is not None
        and is_known_place(filed.group("place"))
        and name_list(filed.group("name")) is not None
    )


def _writer_filed_alone(reader: _Reader, k: int) -> bool:
    """Whether line `k` is a writer's name and where they filed ("Jane Roe in Lusaka") with no
    byline or name of a writer under it: with one ("Volodymyr Zelensky in Berlin" / "By Jane
    Roe"), the writer is the line under, and line `k` the end of the headline over it."""
    if not _writer_filed_in(reader.lines[k].strip()):
        return False
    if (under_at := reader.nxt[k]) >= len(reader.lines):
        return True
    under = reader.lines[under_at].strip()
    found = parse_byline(under)
    return not (
        (found is not None and bool(found.names))
        or is_by_line(under)
        or name_list(under) is not None
        or _writer_filed_in(under)
    )


# How many words the paragraph under a writer's name and title has, at least, to be the
# story's prose rather than another display line (as page.story_line counts).
_PROSE_WORDS = 15


def _placed_twin_below(reader: _Reader, i: int, found: DatelineMatch) -> bool:
    """Whether one of the next few lines of text opens with a dateline that prints a place
    and the same date and agency as the placeless one at line i."""
    for j in reader.ahead(i, 3):
        below = reader.dateline(j)
        if (
            below is not None
            and below.dateline.place
            and below.dateline.date == found.dateline.date
            and below.dateline.source == found.dateline.source
        ):
            return True
    return False


def classify_opening(
    lines: list[str],
    reference_date: dt.date | None,
    chrome: list[bool] | None = None,
    headline: str | None = None,
    menu_rows: frozenset[int] = frozenset(),
) -> Opening:
    """Roles of the lines before the story (cleaned lines, blank ones empty; `chrome` the
    lines' chrome_flags when the caller has them; `headline` the headline when a database
    export's field has already said what it is; `menu_rows` the lines that are a whole menu
    printed on one line, which only the raw text's spacing tells)."""
    opening = _classify_opening(lines, reference_date, chrome, headline, menu_rows)
    _drop_linked_outlet(lines, opening)
    if headline is None:
        _caps_head_over_deck(lines, opening)
    above = opening.writer_above
    if opening.byline is None and above is not None:
        # no byline under the headline: the name over it is the writer's (see
        # _writer_over_headline); its line was marked chrome with the page's furniture
        opening.byline = above
        at = next(k for k, r in enumerate(opening.roles) if r.line == opening.writer_above_at)
        opening.roles[at] = LineRole(
            opening.writer_above_at,
            above.raw,
            "byline",
            (
                "a person's name over the page's date stamp, above the headline, whom the page"
                " names again as its writer",
            ),
        )
    return opening


# A printed headline set in capitals over two or three lines ("MONSOON FLOODS CUT OFF" / "200
# VILLAGES IN ASSAM"), then its deck in sentence case: at most this many words a line, and
# at least this many in all (a stacked section or kicker, "NATION" / "WORLD", is fewer).
_CAPS_HEAD_LINE_WORDS = 7
_CAPS_HEAD_WORDS = 4
# "- AFP", "— AP": the agency a printed page credits under a wire story's headline.
_ATTRIBUTION_LINE = re.compile(r"^[-–—]\s*(?P<agency>[A-Za-z][\w .-]{1,30})$")


def _caps_block_over(lines: list[str], h: int) -> list[int] | None:
    """The lines of a headline set in capitals over two or three lines (or one, over the
    agency's "- AFP" line), in the paragraph right above line `h`, or None."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.masthead import is_nav_row
    from archiver.extract.pagetops import is_page_top

    k = h - 1
    while k >= 0 and not lines[k]:
        k -= 1
    credited = bool(
        k >= 0 and (m := _ATTRIBUTION_LINE.match(lines[k])) and is_wire_source(m.group("agency"))
    )
    if credited:
        k -= 1
    block: list[int] = []
    while k >= 0 and lines[k]:
        block.insert(0, k)
        k -= 1
    # one line of capitals is a headline only with the agency's line under it ("QUAKE DAMAGES
    # HOSPITAL IN EASTERN TURKEY" / "- AP"): alone it may be a kicker over the headline
    if not (1 if credited else 2) <= len(block) <= 3:
        return None
    words = 0
    for n, at in enumerate(block):
        text = lines[at]
        letters = [c for c in text if c.isalpha()]
        count = len(text.split())
        if (
            len(letters) < 4
            or any(c.islower() for c in letters)
            or count > _CAPS_HEAD_LINE_WORDS
            or any(c in text for c in "|&•:")
            or (n < len(block) - 1 and text.endswith((".", ",", ";", "!", "?")))
            or is_nav_row(text)
            or is_date_stamp(text)
            # "NEWS" / "LOCAL NEWS": a section's name stacked over another's
            or all(w.lower() in MENU_WORDS for w in text.split())
            # "NEWS RELEASE" / "FOR IMMEDIATE RELEASE": a page's or a release's own labels
            or is_page_top(text)
        ):
            return None
        words += count
    return block if words >= _CAPS_HEAD_WORDS else None


def _caps_head_over_deck(lines: list[str], opening: Opening) -> None:
    """A printed page's headline in capitals wrapped over two or three lines, taken for the
    page's furniture, over the sentence-case line the rules took for the headline: that line
    is the deck (an e-paper's text, a PressReader or OCR copy: "MONSOON FLOODS CUT OFF" /
    "200 VILLAGES IN ASSAM" / "- AFP" / "Rescuers use boats to reach ..." / the dateline).
    A section's or a kicker's capitals are one short line, not a wrapped headline."""
    at = next((k for k, r in enumerate(opening.roles) if r.role == "headline"), None)
    if at is None or opening.byline is not None:
        return
    if sum(r.role == "headline" for r in opening.roles) != 1:
        return  # a headline wrapped over lines of its own is no deck
    h = opening.roles[at].line
    head = lines[h]
    words = head.split()
    # a deck reads in sentence case ("Rescuers use boats to reach ..."); a line in Title Case
    # under capitals is the headline under a release's or a page's labels ("NEWS RELEASE")
    if len(words) < _CAPS_HEAD_WORDS or 2 * sum(w[:1].islower() for w in words) < len(words):
        return
    block = _caps_block_over(lines, h)
    if block is None:
        return
    roles_at = {r.line: k for k, r in enumerate(opening.roles)}
    # the story under the deck opens with its dateline, as a wire story's does ("GUWAHATI,
    # India –"), or the agency's line stands under the capitals: short lines of capitals over
    # a local story ("CITY COUNCIL" / "BUDGET 2026") may be its kickers
    under = next((k for k in range(h + 1, len(lines)) if lines[k]), None)
    dated = under is not None and any(
        r.line == under and r.role == "dateline" for r in opening.roles
    )
    if not dated and not any(_ATTRIBUTION_LINE.match(lines[k]) for k in range(block[-1] + 1, h)):
        return
    if any(b not in roles_at or opening.roles[roles_at[b]].role != "chrome" for b in block):
        return
    why = ("a headline in capitals wrapped over lines, over its deck (a printed page's text)",)
    for b in block:
        opening.roles[roles_at[b]] = LineRole(b, lines[b], "headline", why)
    opening.roles[at] = LineRole(h, head, "deck", ("the deck under a headline in capitals",))
    opening.headline = " ".join(lines[b].strip() for b in block)


def _drop_linked_outlet(lines: list[str], opening: Opening) -> None:
    """A byline whose every name is the outlet an aggregator's link names ("Community Impact"
    under the headline, "Read full article on Community Impact" at the foot: NewsBreak's,
    Flipboard's, SmartNews's source line) is the outlet's credit, whichever rule read it as
    names: its line is the aggregator's chrome and the story has no byline of its own."""
    byline = opening.byline
    if byline is None or not byline.names:
        return
    outlets = {
        outlet.casefold()
        for text in lines
        if text and text[0] in "RrVvSsCcKkOo" and (outlet := linked_outlet(text)) is not None
    }
    if not outlets or any(" ".join(n.split()).casefold() not in outlets for n in byline.names):
        return
    for k, role in enumerate(opening.roles):
        if role.role == "byline" and role.text == byline.raw:
            opening.roles[k] = LineRole(
                role.line,
                role.text,
                "chrome",
                ("the outlet the aggregator's 'Read ... on' link names, not a writer",),
            )
    opening.byline = None


def _classify_opening(
    lines: list[str],
    reference_date: dt.date | None,
    chrome: list[bool] | None,
    headline: str | None,
    menu_rows: frozenset[int],
) -> Opening:
    reader = _Reader(lines, reference_date, chrome if chrome is not None else chrome_flags(lines))
    roles: list[LineRole] = []
    opening = Opening(roles=roles, story_start=len(lines))
    headline_seen = False
    first_text = True
    issuer_at = -1  # the line under "News provided by": a press release's issuer
    caption_at = -1  # a caption under its credit line ("Ti Gong" / "Workers inspect ...")
    authors_at: frozenset[int] = frozenset()  # the lines of an "Authors" block
    editor_field_at: frozenset[int] = frozenset()  # an "Editor" field under that block
    reader_title = -1  # a reader view's title line, under the site's address
    reader_labelled = False  # the browser's "Reader View" label opened the copy
    # the reader view's title in Firefox's exact header, no site's name nor menu word
    reader_own_title = -1
    edition_writer = False  # an e-edition's header names the writer over the headline

    def mark(i: int, role: str, *why: str) -> None:
        roles.append(LineRole(i, lines[i], role, tuple(why)))

    # A whole page copied as text: the site's name, skip links and menus stand above the
    # headline the byline, the date stamp or the dateline paragraph points to.
    page = (
        find_page_headline(lines, reader.chrome, reference_date, menu_rows)
        if headline is None
        else None
    )
    if page is not None and _reader_title_elsewhere(reader, page.headline):
        page = None  # a reader view's header, no page's menus: its title is the headline
    start = 0 if page is None else page.headline
    if headline is not None:
        opening.headline = headline
        headline_seen = True
        first_text = False
    if page is not None:
        named_above = _writer_over_headline(reader, start)
        for k in range(start):
            if lines[k] and _lead_caption_above(lines[k]):
                # DW prints the lead photo's caption and credit over the headline, amid the menus
                mark(k, "caption", "a caption with its labelled credit above the page's headline")
            elif (
                lines[k]
                and (over := max((j for j in range(k) if lines[j]), default=None)) is not None
                and alt_text_over(lines[over], lines[k])
                and find_credit(lines[k], in_header=True) is not None
            ):
                # "A ship passes under the bridge" / "A ship passes under the Harbor Bridge on
                # Monday. (Jane Roe/The Times)": the lead photo's credited caption under its
                # alt text, over the headline
                mark(k, "caption", "a credited caption under its alt text, above the headline")
            elif (
                lines[k]
                and (over := max((j for j in range(k) if lines[j]), default=None)) is not None
                and is_gallery_counter(lines[over])
                and (gallery_credit := find_credit(lines[k], in_header=True)) is not None
                and lines[k].rstrip(" .)]").endswith(gallery_credit.credit.rstrip(" .)]"))
            ):
                # "Image 4 of 5" / "Demonstrators light flares. Jane Roe / Reuters": a
                # gallery's picture over the headline, its caption under its counter closed by
                # its credit, however short the caption (the counter says it is one)
                mark(k, "caption", "a gallery picture's credited caption under its counter")
            elif lines[k] and _bracket_credited_caption(lines[k]):
                # "Firefighters knock down flames at a duplex early Tuesday. (KOMO)" between the
                # menus and the headline: the lead photo's caption, closed by its credit
                mark(k, "caption", "a caption closed by its credit in brackets, above the headline")
            elif lines[k] and labelled_credit_alone(lines[k]) is not None:
                # "Photo credit: Jane Roe | Nation Media Group" under the lead photo's caption,
                # "(Illustration by The Washington Post; iStock)" under the columnist's name:
                # the picture's label says the line is its credit
                mark(k, "credit", LABELLED_CREDIT_ABOVE)
            elif lines[k] and (
                lead_photo_credit(lines[k]) is not None
                # "Photo-illustration by Jane Roe / The Atlantic. Sources: Getty.": a credit
                # under its picture's label, the whole line (a newsletter's lead picture)
                or credit_alone_in_story(lines[k]) is not None
            ):
                # "Marcy Tolan/Shutterstock" between the menus and the headline: the lead
                # photo's credit, set over the headline with the picture (trade press, blogs)
                mark(k, "credit", "the lead photo's credit above the page's headline")
            elif (
                lines[k]
                and (over := max((j for j in range(k) if lines[j]), default=None)) is not None
                and labelled_caption_under_credit(lines[over], lines[k])
            ):
                # "Photos: Jane Roe / The Oregonian" / "Volunteers haul debris ...": the lead
                # picture's caption under its labelled credit, over the headline
                mark(k, "caption", "a caption under its labelled credit, above the headline")
            elif lines[k] and is_date_stamp(lines[k]) and _place_dated_stamp(lines[k]):
                # "CHENNAI, June 5, 2012" over the headline (The Hindu's and other Indian
                # papers' pages): the place in capitals and the date, a dateline set apart
                mark(k, "chrome", STAMP_OVER_HEADLINE)
            elif lines[k]:
                mark(k, "chrome", "page chrome above the page's headline (site name, menu, label)")
        titled_above = (
            _titled_writers_over_headline(reader, start) or _edition_writer(reader, start)
            if not named_above
            else None
        )
        if named_above is None and titled_above is None:
            named_above = (
                _card_writer_over_headline(reader, start)
                or _hosts_over_headline(reader, start)
                or _by_line_over_headline(lines, start)
            )
        if named_above is not None:
            opening.writer_above = Byline(raw=lines[named_above[0]], names=named_above[1])
            opening.writer_above_at = named_above[0]
        elif titled_above is not None:
            opening.writer_above = Byline(raw=titled_above[2], names=titled_above[1])
            opening.writer_above_at = titled_above[0]
            edition_writer = True
        mark(start, "headline", *page.why)
        # the page's title line names the section and site after the headline: not the headline's
        opening.headline = page.text or headline_text(lines[start])
        headline_seen = True
        first_text = False
        start += 1
        if page.text is None and _hard_wrapped_tail(lines, start - 1):
            # "Portland Water Bureau Paid $1.4 Million to Consultants Who Never" / "Finished
            # the Job": the capture's fixed width broke the headline over two lines
            mark(start, "headline", f"the headline goes on from line {start}: the text's width")
            opening.headline = f"{lines[start - 1]} {lines[start]}"
            start += 1
        elif page.text is None and (
            wrapped := _printed_tail(reader, start - 1) or _small_word_tail(reader, start - 1)
        ):
            # "... Over 42 Metres at Kestrel" / "Lake Project": the headline's tail, its words
            # printed together in the story; "... Harbour Wall and" / "Widen the Pier": its
            # line ends on a word no headline ends on
            mark(start, "headline", f"the headline goes on from line {start}: its last words")
            opening.headline = f"{lines[start - 1]} {lines[start]}"
            start += 1
        elif page.text is None and (wrapped := _carried_headline(reader, start - 1)):
            # "Patients wait 14 hours on trolleys as" / "Limerick hospital crisis deepens": a
            # printed headline broken over lines in its column (a clipping service's copy of
            # the page), each next line carrying on the last's open word or in lower case
            for k in wrapped:
                mark(k, "headline", f"the headline goes on from line {start}")
            opening.headline = " ".join([lines[start - 1], *(lines[k] for k in wrapped)])
            start = wrapped[-1] + 1
        elif page.text is None and (wrapped := _narrow_tail(reader, start - 1)):
            # "Condo glut leaves" / "investors facing" / "losses on pre-sales": an e-paper's
            # headline set in a narrow column, its lines carried on in lower case
            for k in wrapped:
                mark(k, "headline", f"the headline goes on from line {start}: a narrow column")
            opening.headline = " ".join([lines[start - 1], *(lines[k] for k in wrapped)])
            start = wrapped[-1] + 1
        elif page.text is None and (wrapped := _caps_pair_tail(reader, start - 1)):
            # "FLOOD BARRIER PLAN" / "CLEARS FIRST HURDLE" / "Council backs $58M design ...":
            # a headline in capitals set over two lines, over its deck in a sentence's case
            mark(wrapped[0], "headline", f"the headline goes on from line {start} in capitals")
            opening.headline = f"{lines[start - 1]} {lines[wrapped[0]]}"
            start = wrapped[0] + 1
        elif page.text is None and (wrapped := _column_tail(reader, start - 1)):
            # "Ontario to hire 3,000 nurses, expand" / "hospital beds ahead of fourth wave":
            # a headline broken once by its column, going on in lower case
            mark(wrapped[0], "headline", f"the headline goes on from line {start} in lower case")
            opening.headline = f"{lines[start - 1]} {lines[wrapped[0]]}"
            start = wrapped[0] + 1
    body_at = -1  # a page's dateline paragraph, below the menus and buttons under its header
    edited_only = False  # the byline so far is an editor's ("Edited by"), not a writer's

    skip_to = -1  # the last line of a headline set over several lines
    folio = _front_folio_at(lines, start) if not headline_seen else -1
    budget_end = _budget_block_end(lines)  # a desk's budget block over the copy, if any
    for i in range(start, len(lines)):
        line = lines[i]
        if not line or i <= skip_to:
            continue
        if (
            roles
            and roles[-1].line == i - 1
            and roles[-1].role == "credit"
            and _PICTURE_PLACE_LABEL.match(line)
        ):
            # "Photo: Jane Roe/Getty Images" / "Top: A police officer in New York.": the
            # caption under its credit, opening with which picture it is for
            mark(i, "caption", "a caption naming its picture's place ('Top:'), under its credit")
            continue
        if i < folio and not reader.chrome[i]:
            # "THE BISMARCK TRIBUNE" / "LAST EDITION" / "FORTIETH YEAR ... PRICE FIVE CENTS": a
            # front page's nameplate, edition and weather ear over its folio line; the page's
            # first headline stands under the folio, never in the nameplate
            mark(i, "chrome", f"the front page's nameplate over its folio line (line {folio + 1})")
            continue
        if not headline_seen and opening.byline is None and is_edition_ear(line):
            # "MILWAUKEE JOURNAL SENTINEL | SUNDAY, APRIL 13, 2025 | 1A" / "FINAL EDITION
            # $4.00 JSONLINE.COM" / the headline: the e-edition's ear, its edition and price
            mark(i, "chrome", "an e-edition's ear (its edition's name, price or address)")
            continue
        if not headline_seen and opening.byline is None and i <= budget_end:
            # "SLUG: SCHOOLBOARD-LEVY" / "BUDGET: 650 wds" / "FOR: Web Tues night, A1 Wed" /
            # "PHOTO: ..." / the headline: the story's budget line, its labelled fields over
            # the copy as the desk files it; no field is the headline
            mark(
                i,
                "chrome",
                "a field of the story's budget block (under its 'SLUG:'), over the copy",
            )
            continue
        if i < body_at and _dated_caption_over_story(reader, i):
            # the lead picture's caption with its own dateline and its dashed credit, between
            # the page's buttons and the story's dateline paragraph: the story is read from it
            # (as where the caption is the first line under the header, below)
            opening.story_start = i
            return opening
        if (
            i < body_at
            and _BARE_TAG.fullmatch(line)
            and not is_by_line(line)
            and _in_tag_list(reader, i)
        ):
            # "TOPICS:" / "De Pere" / "Wisconsin DOT": one of the story's tags under the page's
            # label for them, a place's or an agency's name however name-like, no writer
            mark(i, "chrome", "one of the story's tags, under the page's 'Topics' label")
            continue
        if i < body_at:
            # "A stretch of the river ... on Oct. 22, 2026." / "Jane Roe, AP" under the agency's
            # byline: the photographer and the wire under a caption's sentence (a blank line
            # between at most), no writer's byline in a name and an agency's shape
            wire_credit = (
                opening.byline is not None
                and not opening.byline.names
                and _wire_credit_under_caption(roles, lines, i)
            )
            # a named byline also replaces an agency's alone ("Reuters" over "By Jane Roe")
            stamped = (
                _byline_in_page_header(line)
                if (opening.byline is None or not opening.byline.names) and not wire_credit
                else None
            )
            named = (
                _name_line(reader, i)
                if stamped is None
                and (opening.byline is None or not opening.byline.names)
                and not wire_credit
                else None
            )
            if stamped is not None:
                mark(i, "byline", f"byline grammar: names {stamped.names}, under the headline")
                opening.byline = stamped
            elif lead_photo_credit(line) is not None and (
                i + 1 == body_at or not (lines[i + 1] and _caption_sentence(lines[i + 1]))
            ):
                # "Getty Images" / "MUMBAI, Oct 3 (Reuters) - ...": the lead photo's credit,
                # its caption lost in the copy; a picture library is no writer
                mark(i, "credit", "the lead photo's credit alone above the story")
            elif named is not None:
                # "Reuters" / "Jane Roe" / "Updated Tue, May 14": the writer under the agency
                mark(i, "byline", "person names under the page's headline", named[1])
                opening.byline = Byline(raw=line, names=named[0])
            elif (
                opening.byline is not None
                and opening.byline.names
                and _has_room(opening.byline)
                and (more := _and_names(line))
            ):
                # "By Jane Roe" / "Follow" / "and John Doe": each writer with a button
                mark(i, "byline", "more names of the byline, after its 'and'")
                opening.byline = Byline(
                    raw=f"{opening.byline.raw}\n{line}",
                    names=[*opening.byline.names, *(n for n in more if n != "and")],
                )
            elif (
                i + 1 < len(lines)
                and lines[i + 1]
                and _wrapped_credit_below(lines, i, reference_date)
            ):
                # "... File Photo by" / "Jane Roe/UPI": a caption wrapped inside its credit
                mark(i, "caption", "a caption wrapped inside its credit's label")
                mark(i + 1, "credit", "the credit's name, on the line under its label")
                skip_to = i + 1
            elif (
                (cap_at := _caption_right_above(roles, lines, i, opening)) is not None
                and (lone_credit := find_credit(line, in_header=True)) is not None
                and _whole_line(lone_credit, line)
            ):
                # "A farmer checks beans at an elevator." / "Pantagraph photo/Jane Roe": the
                # credit alone on the line under its caption's sentence
                roles[-1] = LineRole(cap_at, lines[cap_at], "caption", ("its credit is below",))
                mark(i, "credit", f"a credit line under its caption ({lone_credit.credit!r})")
            elif (
                (cap_at := _caption_right_above(roles, lines, i, opening)) is not None
                and reader.below(cap_at) == i
                and _call_sign_alone(line, lines, i)
            ):
                # "The bridge seen from the river on Wednesday." / "WCCO": the station's call
                # sign alone under its caption, the station's own picture (local TV pages)
                roles[-1] = LineRole(cap_at, lines[cap_at], "caption", ("its credit is below",))
                mark(i, "credit", CALL_SIGN_UNDER_CAPTION)
            elif (
                (cap_at := _caption_right_above(roles, lines, i, opening)) is not None
                and cap_at == i - 1
                and (wire := dashed_wire_credit(lines[cap_at], line)) is not None
            ):
                # "Villagers plug the breach on Tuesday." / "— APP" over the dateline paragraph:
                # the caption's agency on the line under it (no story above to sign off)
                roles[-1] = LineRole(cap_at, lines[cap_at], "caption", ("its credit is below",))
                mark(i, "credit", f"a wire's name after a dash under a caption ({wire!r})")
            elif clip_credit_under_player([role.text for role in roles[-_PLAYER_ROWS:]], line):
                mark(i, "chrome", "a clip's credit, under its player")
            elif find_credit(line, in_header=True) is not None or parse_gallery(line) is not None:
                mark(i, "caption", "a photo's caption or credit above the page's story")
            elif wire_credit or (
                (cap_at := _caption_right_above(roles, lines, i, opening)) is not None
                and credit_under_caption(lines[cap_at], line)
                and not _deck_over_agency(roles, lines, i, body_at)
            ):
                # "caption / Jane Roe for NPR": the caption's credit on the line under it
                at = roles[-1].line
                roles[-1] = LineRole(at, lines[at], "caption", ("its credit is below",))
                mark(i, "credit", "a person's name and an outlet under a caption")
            elif (
                roles
                and roles[-1].line == i - 1
                and _caption_sentence(lines[i - 1])
                and emailed_credit(line, spaced=True) is not None
            ):
                # "caption." / "JANE ROE jroe@paper.com": the photographer's name and address
                # under a caption's sentence (under the byline, an address is the writer's)
                roles[-1] = LineRole(i - 1, lines[i - 1], "caption", ("its credit is below",))
                mark(i, "credit", "a photographer's name and e-mail under a caption")
            elif (
                roles
                and roles[-1].line == i - 1
                and _caption_sentence(lines[i - 1])
                and bracketed_rights_credit(line) is not None
            ):
                # "Homes along the beach on Monday." / "(Copyright 2023 The Associated Press.
                # All rights reserved)": the wire's notice under the caption is its credit
                roles[-1] = LineRole(i - 1, lines[i - 1], "caption", ("its credit is below",))
                mark(i, "credit", "a wire's rights notice in brackets under a caption")
            elif (
                i + 1 < len(lines)
                and lines[i + 1]
                and (emailed_credit(line) is not None or opening.byline is not None)
                and reader.dateline(i + 1) is None
                # "LOADING ERROR LOADING": a video player's text over the caption, no credit
                and not reader.chrome[i]
                and credit_over_caption(
                    line,
                    lines[i + 1],
                    in_header=True,
                    byline_seen=opening.byline is not None,
                    # a name alone over a caption's sentence, the byline and the page's
                    # buttons above: the photo's credit, printed first ("Jane Roe" / "A wolf
                    # crosses a road.")
                    name_alone=opening.byline is not None,
                )
                is not None
            ):
                # "JANE ROE • jroe@paper.com" / "caption.": the credit printed first
                mark(i, "credit", "a credit over its caption (the page prints the credit first)")
                mark(i + 1, "caption", "under its credit")
                skip_to = i + 1
            elif _station_or_office_over_story(reader, i, body_at):
                # the share buttons / "WSB-TV" / the dateline paragraph: the lead picture's
                # credit alone, its caption left out
                mark(i, "credit", LENDER_OVER_STORY)
            elif line.strip()[:1] == "(" and is_picture_library(line.strip().strip("()")):
                # the byline's buttons / "(Shutterstock)" / the dateline paragraph: a picture
                # library's name in brackets, the lead picture's credit alone (Patch's pages)
                mark(i, "credit", "a picture library's name in brackets, the lead picture's credit")
            else:
                mark(i, "chrome", "between the page's header and its dateline paragraph")
            continue
        if i == caption_at:
            mark(i, "caption", "under its credit")
            continue
        if i in authors_at:
            mark(i, "byline", "a writer's name or title under the 'Authors' label")
            continue
        if i in editor_field_at:
            mark(i, "chrome", "the page's 'Editor' field under the writers', no byline")
            continue
        if (
            headline_seen
            and opening.byline is None
            and _AUTHORS_LABEL.match(line)
            and (block := _authors_block(reader, i)) is not None
        ):
            names, authors_at = block
            editor_field_at = _editor_field(reader, max(authors_at))
            mark(i, "chrome", f"a label over the writers' names: {names}")
            opening.byline = Byline(raw="; ".join(names), names=names)
            continue
        if reader.chrome[i]:
            mark(i, "chrome", "page furniture (a share button, a section label, a counter)")
            continue
        if not headline_seen and opening.byline is None and is_consent_or_nav(line):
            mark(i, "chrome", "a consent banner or skip link above the headline")
            continue
        if not headline_seen and agency_feed_label(line):
            # "Direct from the dpa news channel" over an agency's story a paper runs unedited
            # from the feed: the page's label, which page.find_page_headline walks past too
            mark(i, "chrome", "an agency feed's label over the story it runs")
            continue
        was_first, first_text = first_text, False
        if (
            was_first
            and not headline_seen
            and opening.byline is None
            and (top_writer := _writer_over_title_at_top(reader, i)) is not None
        ):
            # "Jane Roe" / "Business reporter" / the story's first paragraph: a selection
            # that starts below the page's headline opens with the writer's name over the
            # writer's title; the name is the byline, and the capture has no headline
            mark(
                i,
                "byline",
                "a person's name, whom the story does not speak of, over the writer's title or"
                " the page's date stamp, atop a capture",
            )
            mark(reader.nxt[i], "chrome", "under the writer's name: the title or the date stamp")
            opening.byline = top_writer
            skip_to = reader.nxt[i]
            continue
        if (
            opening.byline is None
            and (
                (was_first and not headline_seen)
                # or right under the page's headline (Folha's, Anadolu's pages print the
                # headline over it when the copy starts at the top); a "By" line ("Por Lucía
                # Méndez") is the byline grammar's to read
                or (
                    headline_seen
                    and roles
                    and roles[-1].role == "headline"
                    and roles[-1].line == _line_over(lines, i)
                    and not is_by_line(line)
                )
            )
            and (top_writer := _writer_over_dateline_at_top(reader, i)) is not None
        ):
            # "Jane Roe" / "ISTANBUL" / the story: a selection that starts below the page's
            # headline (or the headline / "Jane Roe" / "RIO DE JANEIRO"), at the writer's name
            # over the dateline set apart; the dateline is read as ever on the next line
            where = "right under the headline" if headline_seen else "atop a capture"
            mark(
                i,
                "byline",
                "a person's name, whom the story does not speak of, over the story's dateline"
                f" on a line of its own, {where}",
            )
            opening.byline = top_writer
            continue
        if (
            was_first
            and not headline_seen
            and opening.byline is None
            and _standfirst_over_byline_at_top(reader, i)
        ):
            # standfirst / (the lead photo's credited caption) / "Jane Roe" / "4 June 2024" /
            # the story: a selection that starts below the page's headline, at its standfirst;
            # what follows is read as under a headline, which the capture lacks
            mark(i, "deck", "a standfirst atop a capture, over the byline and the page's stamp")
            headline_seen = True
            continue
        if was_first and not headline_seen and _READER_VIEW_LABEL.match(line):
            # "Reader View" over "globeandmail.com": the browser's own label for its reader
            # view, printed over the site's address, which is still the copy's first line
            mark(i, "chrome", "the browser's label over its reader view")
            first_text = reader_labelled = True
            continue
        if (
            was_first
            and reader_labelled
            and not headline_seen
            and is_affiliation(line)
            and (title_at := _reader_view_title(reader, i, labelled=True)) is not None
        ):
            # "Reader mode" / "Kenya Broadcasting Corporation" / the title: the site's name
            # (its og:site_name) where the reader view prints its address, over the title
            mark(i, "chrome", "a reader view's site name over the article's title")
            reader_title = title_at
            continue
        if was_first and not headline_seen and is_logo_word(line):
            mark(i, "chrome", "the site's logo as text, the page's first line ('azcentral.')")
            continue
        if was_first and not headline_seen and (source := _source_named_below(reader, i)):
            # "WKRN News 2" / the headline / ... / "NASHVILLE, Tenn. (WKRN) — ...": the
            # station's or agency's name over the page, which its own dateline names
            mark(i, "chrome", f"the site's name over the headline: the dateline names {source}")
            continue
        if was_first and not headline_seen and _paper_name_over_headline(reader, i):
            # "The Times of Israel" / the headline / the deck / "By Jane Roe": the paper's
            # name over its page (a paper's word and its land), not a headline
            mark(i, "chrome", "a paper's name over the headline and its byline: the masthead")
            continue
        if (
            was_first
            and not headline_seen
            and is_edition_title(line)
            and _headline_below(reader, i)
        ):
            # "Gazette & Times — Obituaries and Local Notes (text-only edition)": the paper's
            # name, its section and the edition the copy is, over the headline
            mark(i, "chrome", "a paper's name and the edition the copy is (in brackets)")
            continue
        if was_first and not headline_seen and is_capture_header(line):
            # "Kingston Gleaner community pages — scraped text", "Otago Daily Times e-edition
            # — Page 7 — 14 Feb 2022": an archive's or a tool's header naming the paper and
            # what the copy is, atop it; the headline is read below, whatever stands between
            mark(i, "chrome", "a capture's header: the paper's name and what the copy is")
            k = reader.nxt[i]
            while k < len(lines):
                if _CAPTURE_FIELD.match(lines[k]):
                    # "url: https://..." / "scraped_at: 2023-06-14T15:02:11Z": the tool's own
                    # fields under its header, the page's address and the capture's time
                    mark(k, "chrome", "a capture tool's field under its header")
                elif (
                    _CAPTURE_KEY_ALONE.match(lines[k])
                    and reader.nxt[k] < len(lines)
                    and _CAPTURE_FIELD.match(f"{lines[k]} {lines[reader.nxt[k]]}")
                ):
                    # "url:" / "https://...": a hard wrap moved the field's value under its key
                    mark(k, "chrome", "a capture tool's field under its header")
                    k = reader.nxt[k]
                    mark(k, "chrome", "the field's value, wrapped under its key")
                else:
                    break
                skip_to, k = k, reader.nxt[k]
            continue
        if was_first and not headline_seen and _WEB_ADDRESS_LINE.match(line):
            # "coloradosun.com" opening the copy: the site's address (a reader view's, a
            # printout's), never the headline; a reader view's title is the line under it
            title_at = _reader_view_title(reader, i, labelled=reader_labelled)
            if title_at is not None:
                mark(i, "chrome", "a reader view's site address over the article's title")
                reader_title = title_at
                if _reader_own_title(reader, i, title_at):
                    reader_own_title = title_at
            else:
                mark(i, "chrome", "the site's address opening the copy, no headline")
            continue
        if _ISSUER_LABEL.match(line) or i == issuer_at:
            mark(i, "chrome", "a press release's issuer (an organisation, not a writer)")
            issuer_at = reader.nxt[i] if i != issuer_at else -1
            continue
        if (
            not headline_seen
            and (issued := _RELEASE_SOURCE.match(line))
            and (looks_like_issuer(issued.group(1)) or is_issuer_name(issued.group(1)))
        ):
            # "Source: Nordvik Offshore ASA" over a distributed release's title: the company
            # that issued it, as the distributor's page labels it
            mark(i, "chrome", "a release's issuer under its 'Source:' label")
            if (issuer_again := reader.nxt[i]) < len(lines) and lines[
                issuer_again
            ].strip().casefold() == issued.group(1).strip().casefold():
                # "Source: Lumera Bio AG" / "Lumera Bio AG" / the stamp / the title: the
                # distributor's page prints the issuer's name again under its label (its
                # profile's link), no title; the title is under them
                mark(issuer_again, "chrome", "the issuer's name again, under its 'Source:' label")
                skip_to = issuer_again
            continue
        if not headline_seen and _issuer_over_release_stamp(reader, i):
            # "Kestrel Water Utility" / "News release | 18 June 2024" / the title: a
            # newsroom prints its name over the release's label and date, the title under them
            mark(i, "chrome", "a press release's issuer over the release's label and date")
            continue
        if (
            opening.byline is not None
            and roles
            and roles[-1].role == "byline"
            and (desk := _BRACKETED_DESK.match(line))
            and _is_outlet(desk.group(1))
            and (
                is_date_stamp(line[desk.end() :])
                # the stamp on the next line of text (a blank line may stand between)
                or (
                    desk.end() == len(line)
                    and reader.nxt[i] < len(lines)
                    and is_date_stamp(lines[reader.nxt[i]])
                )
            )
        ):
            # "Jane Roe" / "(Australian Associated Press)" / "August 7, 2024 3:41pm": the
            # writer's agency in brackets and the page's stamp under it, not a dateline
            mark(i, "chrome", "the writer's agency in brackets, the page's stamp after it")
            if desk.end() == len(line):
                mark(reader.nxt[i], "chrome", "the page's date stamp under the writer's agency")
                skip_to = reader.nxt[i]
            continue
        if (
            page is not None
            and line.endswith((")", ")."))
            and reader.nxt[i] < len(lines)
            and (alone := match_standalone_dateline(line, lines[reader.nxt[i]], reference_date))
            and alone.dateline.source
            # "A moose in a file photo" / "(Reuters)": an agency alone in brackets under the
            # caption right above is the photo's credit, no dateline
            and not (
                alone.dateline.place is None
                and roles
                and roles[-1].role == "caption"
                and roles[-1].line == i - 1
                and credit_under_caption(roles[-1].text, line) is not None
            )
        ):
            # "THESSALONIKI, 12/9/2005 (ANA)" over the story: the place, the date and the
            # agency in its brackets are the dateline's, not a date stamp's or a credit's
            mark(i, "dateline", *alone.evidence)
            opening.story_start = i
            return opening
        if (
            opening.byline is not None
            and roles
            and roles[-1].role == "byline"
            and _STAMP_OPENING.match(line)
            and is_date_stamp(line)
        ):
            # "Actualizado Martes, 8 octubre 2024 - 13:05" under the byline: the page's stamp,
            # whatever a dateline grammar would make of its first words
            mark(i, "chrome", "the page's date stamp under the byline")
            continue
        if headline_seen and (split := _dateline_over_lines(reader, i)) is not None:
            # "Tokyo" / "CNN" / " — ": the dateline's place, agency and dash each on a line
            # of their own (CNN's page); wire_text reads it when the story opens without one
            joined, agency_at, dash_at = split
            roles.append(LineRole(i, joined, "chrome", (DATELINE_OVER_LINES,)))
            mark(agency_at, "chrome", "the dateline's agency, on its own line")
            mark(dash_at, "chrome", "the dateline's dash, on its own line")
            skip_to = dash_at
            continue
        found = reader.dateline(i)
        if (
            found is not None
            and not headline_seen
            and code_after_place_alone(found)
            and (nxt := reader.ahead(i, 1))
            and looks_like_headline(lines[nxt[0]])
            and not lines[nxt[0]].rstrip("”\"’'").endswith((".", "!", "?"))
        ):
            # "Chicago • NFL" over the headline: a section's or a topic's row (a city and its
            # league), no dateline; "Kyiv • UNN" under the headline, or right over the story's
            # first paragraph, is the site's dateline
            found = None
        if (
            found is not None
            and was_first
            and not headline_seen
            and len(line.split()) >= _SUMMARY_WORDS
            and line in lines[i + 1 :]
        ):
            # the story's first paragraph printed again under the headline: this copy above
            # it is the page's summary (its description), and the header goes on below
            mark(i, "chrome", "the story's first paragraph, printed again below: a page's summary")
            continue
        if found is not None and was_first and _title_over_headline(reader, i, found.rest):
            # "CANOE -- CNEWS - Canada: Fishermen vow to fight ..." over the page, which prints
            # "Fishermen vow to fight ..." again as its headline: the browser's title (site,
            # section, headline), not a dateline before a story
            mark(i, "chrome", "the page's title: its last words are the headline printed below")
            continue
        if (
            found is not None
            and was_first
            and not headline_seen
            and found.dateline.place is None
            and found.dateline.source
            and not found.rest.strip()
            and _placed_twin_below(reader, i, found)
        ):
            # "Oct 14 (Reuters) -" alone over the headline, and "BENGALURU, Oct 14 (Reuters) -"
            # opening the story below: a feed's slug (the date and the agency the story's
            # dateline repeats with its place), not the dateline; the header goes on below
            mark(i, "chrome", "a feed's date and agency over the story, whose dateline is below")
            continue
        if (
            found is not None
            and not headline_seen
            and opening.byline is None
            and _place_label_headline(found, line)
            and looks_like_headline(line)
            and (later := reader.later_dateline_or_byline(i)) is not None
        ):
            # "Dubai: RTA to add 50 new buses ..." under the masthead, "Dubai: The Roads and
            # Transport Authority ..." opening the story below: the headline names its city
            # with a colon, as the story's dateline does
            mark(
                i,
                "headline",
                f"a headline that opens with its city and a colon ({found.dateline.raw!r})",
                later,
            )
            opening.headline = headline_text(line)
            headline_seen = True
            continue
        if (
            found is not None
            and not found.rest.strip()
            and opening.byline is None
            and headline_seen
            and _right_under_headline(roles, line)
            and (signed := _signers_under_headline(reader, i)) is not None
            and _capitals_name_not_place(found.dateline.place or "", signed[0])
        ):
            # "KEITH RIDLEY (AP)" over "BOISE, Idaho (AP) — ...": a name in capitals and the
            # agency read whole as a place's dateline, over the story's own dateline naming the
            # same agency; the agency's writer, as the bracketed name in mixed case is
            mark(i, "byline", signed[1])
            opening.byline = Byline(raw=line, names=signed[0])
            continue
        if found is not None:
            later = (
                reader.later_dateline_or_byline(i)
                if was_first and not headline_seen and reader.alone(i)
                else None
            )
            if later is not None and looks_like_headline(line):
                mark(
                    i,
                    "headline",
                    "the first line of text, alone in its block",
                    f"reads as a dateline (score {found.score}), but {later}",
                    "the title block is the headline; the dateline opens the body",
                )
                opening.headline = headline_text(line)
                headline_seen = True
                continue
            if (
                i + 1 < len(lines)
                and lines[i + 1]
                and len(lines[i + 1]) <= _CREDIT_LINE_MAX
                and find_credit(lines[i + 1], in_header=True) is not None
                and any(reader.dateline(k) is not None for k in reader.ahead(i + 1, _ANCHOR_AHEAD))
            ):
                # "KUALA LUMPUR, 22 July -- The minister at a press conference." over
                # "--Photo AGENCY": a photo's caption opens with its own dateline; its credit is
                # right under it and the story's dateline stands below
                mark(i, "caption", "a caption with its own dateline, its credit on the next line")
                mark(i + 1, "credit", "the credit under a caption, above the story's dateline")
                skip_to = i + 1
                continue
            mark(i, "dateline", f"dateline grammar, score {found.score}", *found.evidence)
            opening.story_start = i
            return opening
        if _CAPTION_LABEL.match(line):
            mark(i, "caption", "labelled as a caption")
            continue
        if headline_seen and is_picture_note(line):
            # "Vendors along Fort Street. - File" under the headline and the byline: the lead
            # picture's caption, marked as an old one, with no credit to read
            mark(i, "caption", "a caption marked as a file or a reader's picture")
            continue
        gallery = parse_gallery(line)
        if gallery is not None:
            mark(i, "caption", f"a gallery line ({gallery.position} of {gallery.count})")
            continue
        if (
            headline_seen
            and line[:1] == "("
            and line[-1:] == ")"
            and is_picture_library(line[1:-1].strip())
            and roles
            and roles[-1].role in ("deck", "caption")
            and reader.nxt[roles[-1].line] == i
            and not roles[-1].text.rstrip().endswith((":", ","))
        ):
            # "Positano's narrow roads are notoriously congested" / "(Getty Images)" under the
            # headline: the lead photo's caption, its library in brackets on the line under it
            # (The Independent's pages); a picture library writes no story
            roles[-1] = LineRole(
                roles[-1].line, roles[-1].text, "caption", ("its credit is below",)
            )
            mark(i, "credit", "a picture library in brackets under the lead photo's caption")
            continue
        credit = find_credit(line, in_header=True)
        mailed = False  # the credit is a name and an address alone, under its caption
        if credit is None and roles and roles[-1].line == i - 1 and roles[-1].role == "caption":
            # "JANE ROE • jroe@paper.com" under its caption (alone, it is a writer's contact);
            # a space alone before the address under a caption's sentence
            credit = emailed_credit(line, spaced=_caption_sentence(roles[-1].text))
            mailed = credit is not None
        if credit is not None and is_by_line(line) and (b := parse_byline(line)) and b.names:
            credit = None  # "By Jane Roe | The Oregonian/OregonLive": the writer's outlet
        elif (
            credit is not None
            and opening.byline is not None
            and roles
            and roles[-1].role == "byline"
            and roles[-1].text.strip().lower() in _NAME_JOINERS
            and _joined_names(line)
        ):
            credit = None  # "By Jane Roe | Outlet" / "and" / "John Doe | Outlet": a writer
        elif credit is not None and _barred_writers_over_stamp(reader, i, roles):
            credit = None  # "Jane Roe and John Doe | Arizona Republic" over "Published ..."
        elif credit is not None and _wire_writers_under_headline(line, roles, opening.byline):
            credit = None  # "Debby Wu & Saritha Rai | Bloomberg" under the headline and deck
        elif credit is not None and opening.byline is None and _filed_in_for(line, credit.credit):
            credit = None  # "Jane Roe in Larissa for The Observer": where and for whom she filed
        if credit is not None and was_first and _whole_line(credit, line):
            credit = None  # "TALKING POINT/GOLD", "Dallas/Fort Worth": a slashed headline
            slashed = True
        elif credit is not None and not headline_seen and is_section_path(line):
            credit = None  # "NEWSINFO / NATION" over the headline: the page's section path
            slashed = True
        else:
            slashed = False
        if credit is not None and roles and roles[-1].role == "byline" and _writer_desk(line):
            mark(i, "byline", "where the writer files from and for whom ('Place / Outlet')")
            continue
        if (
            credit is not None
            and roles
            and roles[-1].role == "byline"
            and _paper_and_site(line, credit)
            and (k := reader.nxt[i]) < len(lines)
            and is_date_stamp(lines[k])
        ):
            mark(i, "byline", "the writers' paper and its web site ('Paper/Site'), over the stamp")
            continue
        if (
            opening.byline is not None
            and opening.byline.names
            and roles
            and roles[-1].role == "byline"
            and _titled_writer_line(roles[-1].text)
            and _has_room(opening.byline)
            and (more := _titled_writer_line(line))
            and (
                (k := reader.nxt[i]) < len(lines)
                and (is_date_stamp(lines[k]) or _titled_writer_line(lines[k]))
            )
        ):
            # "Jane Roe | Reporter" / "John Doe | Journal Star" / "Jan 23, 2024": the writers
            # stacked one a line, each with a title or the paper after a bar, over the stamp
            # (a photo's credit of the same shape stands under a caption, not here)
            mark(i, "byline", "another writer with a title or outlet, stacked over the stamp")
            opening.byline = Byline(
                raw=f"{opening.byline.raw}\n{line}", names=[*opening.byline.names, *more]
            )
            continue
        if (
            credit is not None
            and opening.byline is None
            and _wire_writer_under_credit_line(reader, i)
        ):
            # "Caption. Foto: Jane Roe/TT" / "John Doe/TT" / the story: the caption has its
            # credit already, so the name and agency under it sign the story (Nordic wires)
            names = [credit.photographer] if credit.photographer else []
            mark(i, "byline", "a name and a wire under a caption that has its own credit")
            opening.byline = Byline(raw=line, names=names)
            continue
        if (
            credit is not None
            and opening.byline is None
            and headline_seen
            and _right_under_headline(roles, line)
            and (signed := _signers_under_headline(reader, i)) is not None
        ):
            mark(i, "byline", signed[1])
            opening.byline = Byline(raw=line, names=signed[0])
            continue
        if (
            credit is not None
            and headline_seen
            and is_label_alone(line)
            and i + 1 < len(lines)
            and lines[i + 1]
            and _wrapped_credit_below(lines, i, reference_date)
        ):
            credit = None  # "File photo" / "Anadolu Ajansı": the label over its credit (below)
        if (
            credit is not None
            and opening.byline is None
            and headline_seen
            and _wire_for_client(line, credit)
        ):
            # "DPA/The Local" over the stamp, "Ritzau/The Local" under the photo's credit: the
            # wire and the client site that runs its copy sign the story (no writer's name),
            # alone on the line; a photo's credit names a photographer or a picture library
            mark(i, "byline", "a wire and the site that runs its copy, alone on the line")
            opening.byline = Byline(raw=line, names=[])
            continue
        if (
            credit is not None
            and headline_seen
            and i + 1 < len(lines)
            and lines[i + 1]
            and credit_cut_over(line, lines[i + 1]) is not None
        ):
            credit = None  # "... Credit: Jane" / "Roe/The Paper": the credit wrapped (below)
        if credit is not None and _told_credit(line, credit):
            # "... his relatives told RFE/RL's Tajik Service.": the outlet the sentence's
            # speakers told, its object, no caption's credit (one follows the caption's words,
            # never an attribution's verb)
            credit = None
        if credit is not None and not headline_seen and _place_section_crumb(line):
            # "Hong Kong / Transport" over the headline: the section's breadcrumb (a place,
            # then a beat), not a photographer over an agency
            credit = None
        if credit is not None and not headline_seen and is_lender_caption(line):
            # "Tesla recalls 2 million cars over Autopilot (Tesla)" over the byline: a company
            # named in brackets after the line it names is a caption's credit under the
            # headline; over it, the line is the headline and its bracketed tag
            credit = None
        if (
            credit is not None
            and opening.byline is not None
            and opening.byline.names
            and roles
            and roles[-1].role == "byline"
            and (and_mark := _AND_OPENS.match(line)) is not None
            and _joined_names(line[and_mark.end() :])
        ):
            # "By Jane Roe | The Paper" / "and John Doe | The Paper": the second writer with
            # the outlet both write for, no caption closed by its credit (read below)
            credit = None
        if (
            credit is not None
            and headline_seen
            and is_caps_person_site(line)
            and _caps_site_signs_story(reader, i)
        ):
            # "JANE ROE, MLIVE.COM" right over the dateline's paragraph: no caption under it
            # for the name to credit, the names alone sign the story (read below); nor with no
            # "By" line ahead to sign it ("JANE ROE, PENNLIVE.COM" / "City council on ..."):
            # the line is then the story's only byline
            credit = None
        if credit is not None and roles and roles[-1].role == "byline" and is_outlet_pair(line):
            # "By Jane Roe" / "The Oregonian/OregonLive" or "Times/Herald Tallahassee Bureau":
            # the outlets the writer files for under the byline, no photographer over a desk
            credit = None
        if credit is not None:
            if is_credit_line(line) or mailed:
                under_headline = bool(roles) and roles[-1].role == "headline"
                headline_at = roles[-1].line if under_headline else -1
                mark(i, "credit", f"a credit line ({credit.credit!r})")
                if not headline_seen and _picture_over_headline(reader, [i, *reader.ahead(i, 2)]):
                    # "Picture: Jane Roe" / "Pensioner Val Roe at her home." / the headline:
                    # the lead photo printed over the headline, its credit first (e-paper)
                    caption_at = reader.nxt[i]
                elif (
                    headline_seen
                    and under_headline
                    and _headline_over_credit_first(reader, headline_at)
                ):
                    # the headline / "Jane Roe/USA TODAY" / "Travelers wait in line ... .": the
                    # lead photo's credit printed first, over its caption
                    caption_at = i + 1
                elif (
                    opens_on_glued_counter(line)
                    and (under_slide := _glued_slide_caption(reader, i)) is not None
                ):
                    # "1 of 8Jane Roe/Getty Images" / "Volunteers fill sandbags ...": a
                    # gallery's slide, its counter and credit over the picture's caption
                    caption_at = under_slide
            else:
                mark(i, "caption", f"ends in a photo credit ({credit.credit!r})")
            continue
        byline_seen = opening.byline is not None
        if (
            headline_seen
            and i + 1 < len(lines)
            and lines[i + 1]
            and _wrapped_credit_below(lines, i, reference_date)
        ):
            # "... File Photo by" / "Jane Roe/UPI": a caption wrapped inside its credit
            mark(i, "caption", "a caption wrapped inside its credit's label")
            mark(i + 1, "credit", "the credit's name, on the line under its label")
            skip_to = i + 1
            continue
        if (
            headline_seen
            and i + 1 < len(lines)
            and lines[i + 1]
            and (picture_source := source_under_picture(line, lines[i + 1])) is not None
        ):
            # "[Image: A container vessel at a terminal]" / "Source: Maersk": a picture's
            # marker with its alt text, its source labelled on the line under it
            mark(i, "caption", "a picture's marker with its alt text, over its labelled source")
            mark(i + 1, "credit", f"the picture's labelled source ({picture_source.credit!r})")
            skip_to = i + 1
            continue
        if (
            byline_seen
            and roles
            and roles[-1].role == "chrome"
            and roles[-1].line == _text_line_above(lines, i)
            and _caption_over_name_credit(reader, i)
        ):
            # "Save" / "Share" / "The line will close for 12 weekends." / "Jane Roe" / the story:
            # the lead photo's caption under the page's buttons, its photographer's name alone
            # under it
            named_at = _name_line_under(reader, i) or i + 1
            mark(
                i,
                "caption",
                f"the next line is the photographer's name alone ({lines[named_at]!r})",
            )
            mark(named_at, "credit", NAME_UNDER_CAPTION)
            skip_to = named_at
            continue
        if (
            headline_seen
            and labelled_alt_text(line)
            and (alt_caption_at := reader.below(i)) == i + 1
            and _caption_before_credit(reader, alt_caption_at, byline_seen)
        ):
            # "Image: A fenced-off slip on the path." / "A slip has closed the path since June."
            # / "JANE ROE/STUFF": a scraped page's picture, its alt text under its label over
            # the caption and its credit; no paragraph of the story
            mark(i, "chrome", "a picture's alt text under its label, over its caption and credit")
            continue
        if (
            headline_seen
            and not byline_seen
            and roles
            and roles[-1].role == "headline"
            and (paper_at := _writer_over_partner_paper(reader, i)) is not None
        ):
            # the headline / "Sutrisno" / "The Jakarta Post/ANN" / the stamp: the writer and
            # the partner paper whose copy the page runs, its network after the slash (Asia
            # News Network's members' pages); a picture's caption is no lone name
            mark(
                i,
                "byline",
                "a writer's name over the partner paper and its network, the stamp under them",
            )
            mark(paper_at, "byline", "the writer's paper and its network, over the stamp")
            opening.byline = Byline(raw=f"{line}\n{lines[paper_at]}", names=[line.strip()])
            skip_to = paper_at
            continue
        if (
            headline_seen
            and (clip_at := reader.below(i)) is not None
            and clip_title_over_credit(line, lines[clip_at])
        ):
            # "Video: Family pleads for driver to come forward" / "Credit: WFAA": the player's
            # clip and its credit, which credits no photo
            mark(i, "chrome", "a clip's title under its label, over the clip's credit")
            mark(clip_at, "chrome", "a clip's credit, under its title")
            skip_to = clip_at
            continue
        if (
            not slashed
            and _caption_before_credit(reader, i, byline_seen)
            # the first line too, when it is a sentence: a page's lead photo printed first
            and (headline_seen or not was_first or not looks_like_headline(line))
            # before any headline, a title-like line over "RFE/RL's Kyrgyz Service" and a
            # byline is the headline over its desk, not a caption over its credit
            and (headline_seen or not looks_like_headline(line) or not _over_anchor(reader, i))
            and not is_by_line(line)  # "Story by X" over "Photographs by Y": two credits
            # "Jane Roe | Reporter" over "John Doe | Journal Star": writers with their titles
            and not (headline_seen and _titled_writer_line(line))
            # "Published on 06/05/2020 - 20:15 By Jane Roe - Reporter" over the lead photo's
            # credit, no blank line between: the story's byline, not the photo's caption
            and not (headline_seen and not byline_seen and _names_writers(line))
            # "By" alone over "Jane Roe | jroe@paper.com": a byline's label over its name (the
            # name and the address read as a credit line too), no caption of a word
            and not (
                headline_seen and label_over_names(line, lines[reader.below(i) or i]) is not None
            )
            # "Jane Roe" / "Local Democracy Reporting Service" / "Getty Images": the writer's
            # newsroom under the name (the BBC's), the picture's credit under that; so "Jane
            # Roe" / "BBC News, Devon" / "Image source, Getty Images": her desk and region
            and not (
                roles
                and roles[-1].role == "byline"
                and (
                    _NEWSROOM_SERVICE.fullmatch(line)
                    or is_affiliation(line)
                    or is_outlet_pair(line)
                )
            )
            # the headline over "Jane Roe/USA TODAY" / "Travelers wait in line ... ." / the
            # byline: a page that prints the lead photo's credit first, over its caption
            and not (not headline_seen and _headline_over_credit_first(reader, i))
        ):
            mark(i, "caption", f"the next line is a bare credit ({lines[reader.below(i) or i]!r})")
            continue
        # the caption under a credit line: the next line, or the line past one blank line
        # when the page sets its lines apart so ("Jane Roe" / "" / "BBC News, Dorset" / "" /
        # "Dorset Police" / "" / "caption"): a blank line there tells nothing
        cap = _caption_line_under(reader, i, roles)
        if (
            headline_seen
            and cap is not None
            # the credit of the caption right above reads no further: "caption / Jane Roe,
            # Outlet / OGDEN — The council ..." (the line under it is the story)
            and not (roles and roles[-1].role == "caption" and roles[-1].line == i - 1)
            # nor is the dateline's paragraph anyone's caption
            and reader.dateline(cap) is None
            # nor is a page's button a credit ("A A A", the text-size control, over the
            # summary line under the stamp and the share buttons)
            and not is_tool_line(line)
            # nor the page's date stamp ("Reuters" / "Thursday 12 October 2017 11:48 BST":
            # the agency's byline over the stamp)
            and not is_date_stamp(lines[cap])
            # nor a tag whose words the sentence under it repeats ("Series B" over "Verdance
            # has raised a $95 million series B ..."): the story's topic set as a label; a
            # photographer is not named in the caption of their picture
            and not _tag_repeated_in(line, lines[cap])
            # nor the writer's own name over the biography of the author box ("Jane Roe" /
            # "Editor of The Paper. She has written ..."): a headshot's name, no photographer
            and not _writer_over_biography(line, lines[cap], opening.byline)
            # nor the agency over its writers' line ("AFP" / "Camille BRETON with Oleh MARCHUK
            # in Kyiv"): AFP's byline, each surname in capitals, is no caption
            and _capitals_writers(reader, cap) is None
            # nor the story's only byline, a name and the site in capitals over its first
            # paragraph ("JANE ROE, PENNLIVE.COM" / "City council on Tuesday ...")
            and not (is_caps_person_site(line) and _caps_site_signs_story(reader, i))
            # nor the name a sponsor's label or a sign-up's call announces ("TOGETHER WITH" /
            # "Tacoma Credit Union" / "Good morning, ...")
            and not (
                roles
                and roles[-1].role == "chrome"
                and roles[-1].line == _text_line_above(lines, i)
                and is_naming_label(roles[-1].text)
            )
            and credit_over_caption(
                line,
                lines[cap],
                in_header=True,
                byline_seen=byline_seen,
                # a name alone over a caption: only with a stamp, buttons or another photo's
                # caption between it and the byline (right under the byline, a name line is a
                # second writer's)
                # "Dorset Police" right under the byline over a caption with no stop (the
                # BBC's pages): an institution is no second writer; over a sentence with its
                # stop it may be the story's subject set as a label
                name_alone=(
                    byline_seen
                    and bool(roles)
                    and (
                        roles[-1].role in ("chrome", "caption")
                        or (is_institution(line) and not _SENTENCE_STOP.search(lines[i + 1]))
                    )
                )
                # "Edinburgh Trams" / "The line would run to Granton" / "By Jane Roe": the
                # lead picture between the headline and a "By" line, on a page that prints
                # its credits over captions with no stop (the BBC's): the name over the
                # caption is its lender, the writer's line still to come
                or (
                    bool(roles)
                    and roles[-1].role == "headline"
                    and (below := next((j for j in range(cap + 1, len(lines)) if lines[j]), None))
                    is not None
                    and is_by_line(lines[below])
                    and _credits_over_stopless_captions(reader)
                ),
                # "Jane Roe" over "The hall opened in 1984 in a former chapel": a caption with
                # no stop, on a page that prints another credit so ("Getty Images" over a
                # caption with no stop, over the story's paragraph)
                stopless=_credits_over_stopless_captions(reader),
                # asked only in the one branch that needs it: walking every role read so far
                # for each candidate line made a page of many lines quadratic
                first_picture=lambda: not any(role.role == "caption" for role in roles),
            )
            is not None
        ):
            mark(i, "credit", "a credit line over its caption (the page prints the credit first)")
            caption_at = cap
            continue
        last_role = roles[-1] if roles else None
        if (
            (byline_seen or _for_paper_over_byline(reader, i))
            and last_role is not None
            and last_role.role == "caption"
            and reader.below(last_role.line) == i
            # past a blank line (a copy that sets every line apart), only under a caption
            # with no credit of its own: "... Heathrow Airport (Jane Roe/PA)" / "(PA Wire)"
            # credits the picture once
            and (last_role.line == i - 1 or find_credit(last_role.text, in_header=True) is None)
            and credit_under_caption(last_role.text, line) is not None
            and not _subject_subhead(reader, i)
        ):
            mark(
                i,
                "credit",
                "a person's name and an outlet under the caption (below the byline, or for the paper)",
            )
            continue
        if (
            opening.byline is not None
            and opening.byline.names
            and is_by_line(line)
            and (again_by := parse_byline(line)) is not None
            and again_by.names == opening.byline.names
        ):
            # "By Jane Roe | Outlet" printed again under the photo's caption: the same byline
            mark(i, "byline", "the byline printed again (the same names), under the caption")
            continue
        if (
            headline_seen
            and line[:7] == "Source:"
            and i + 1 < len(lines)
            and lines[i + 1]
            and source_over_caption(line, lines[i + 1]) is not None
        ):
            # "Source: X/@metrofirepio" / "Crews work the fire on Monday.": a picture's party
            # under its label, printed over the caption it credits (no story's source)
            mark(i, "credit", SOURCE_OVER_CAPTION)
            mark(i + 1, "caption", "under its credit")
            skip_to = i + 1
            continue
        if headline_seen and opening.byline is None and is_source_label(line):
            mark(i, "chrome", "a page's labelled source or editor, not the story's writer")
            continue
        if (
            headline_seen
            and (opening.byline is None or not opening.byline.names)
            and (names_at := reader.nxt[i]) < len(lines)
            and (labelled := label_over_names(line, lines[names_at])) is not None
        ):
            # "Author of the article:" / "Jane Roe": the label and the name in two blocks
            mark(i, "byline", "a byline's label alone on its line, the names on the next")
            mark(names_at, "byline", f"the names under the byline's label: {labelled.names}")
            opening.byline = labelled
            skip_to = names_at
            continue
        if (
            headline_seen
            and opening.byline is None
            and (below_at := reader.nxt[i]) < len(lines)
            and _credit_repeated_below(line, lines[below_at])
        ):
            # "Jane Roe • The Paper" over "Traps on the quay. - Jane Roe • The Paper": the
            # photo's credit printed over the picture and again after its caption, no writer
            # (the photo is the caption's, with its credit: this line adds none)
            mark(i, "chrome", "the photo's credit, printed again at the end of the caption below")
            continue
        if (
            headline_seen
            and opening.byline is None
            and roles
            and roles[-1].line == i - 1
            and roles[-1].role in ("deck", "caption")
            and _caption_sentence(lines[i - 1])
            and not is_by_line(line)
            and credit_under_caption(lines[i - 1], line) is not None
            and _writer_below(reader, i)
        ):
            # "A parent speaks at the meeting." / "JANE ROE, THE PANTAGRAPH" / "John Doe" /
            # "Reporter": the name and outlet under a caption's sentence, with the writer's
            # byline right below them, are the photo's credit (a byline is printed once)
            roles[-1] = LineRole(i - 1, lines[i - 1], "caption", ("its credit is below",))
            mark(i, "credit", "a person's name and an outlet under a caption, over the byline")
            continue
        byline = (
            parse_byline(line)
            if opening.byline is None
            # an agency's byline, or a live page's editor, gives way to a "By" line below it
            or ((not opening.byline.names or edited_only) and is_by_line(line))
            # "AFP" / "Camille BRETON with Oleh MARCHUK in Kyiv": the agency's writers
            or (not opening.byline.names and _capitals_writers(reader, i) is not None)
            else None
        )
        if byline is not None and byline.names and _names_the_site(reader, i, byline.names):
            # "By Macau Business" under a page headed "Macau Business": the site that re-runs
            # an agency's copy signs it with its own name, an outlet and no writer
            byline = Byline(raw=byline.raw, names=[])
        if byline is not None and byline.names and not is_by_line(line) and _in_tag_list(reader, i):
            # "TOPICS:" / "De Pere" / "Wisconsin DOT": one of the story's tags under the
            # page's label for them, a place's or an agency's name, no writer
            mark(i, "chrome", "one of the story's tags, under the page's 'Topics' label")
            continue
        if byline is not None and byline.names and _signed_by_sites_desk(reader, i, line):
            # "By Acme Valley News Staff" under a page headed "Acme Valley News": the
            # site's own newsroom signs the story, no person (the name-like words before
            # "News Staff" are the paper's, not a writer's)
            byline = Byline(raw=byline.raw, names=[])
        if byline is not None and opening.byline is not None and not byline.names:
            byline = None  # an agency's byline already stands; only names replace it
        if byline is not None and match_dateline_after_byline(line, reference_date) is not None:
            # "By Jane Roe Bogota, Apr 9 (EFE).- The bank ...": the story's first paragraph,
            # with the byline run into its dateline (wire_text.py splits them)
            mark(i, "dateline", "a byline run into a dateline: the story starts here")
            opening.story_start = i
            return opening
        if (
            byline is not None
            and not byline.names
            and not headline_seen
            and was_first
            and (below := _named_by_line_below(reader, i)) is not None
        ):
            mark(i, "chrome", f"the site's name over the page: line {below + 1} is the byline")
            continue
        if (
            byline is not None
            and was_first
            and not byline.names
            and not is_by_line(line)
            and (_headline_below(reader, i) or _stamp_over_headline_below(reader, i))
        ):
            mark(i, "chrome", "an agency's or site's name alone over the headline: its masthead")
            continue
        if (
            byline is not None
            and not headline_seen
            and not byline.names
            and is_date_stamp(line)
            and _headline_below(reader, i)
        ):
            # "ANI | Updated: Monday, Jul 8 2024 09:12 IST" over the headline: the agency's
            # page stamp, which names the agency as its masthead does, no byline
            mark(i, "chrome", STAMP_OVER_HEADLINE)
            continue
        if byline is not None and (
            headline_seen or not byline.names or line.lower().startswith(("by", "written by"))
        ):
            why = (
                f"byline grammar: names {byline.names}"
                if byline.names
                else "an agency or desk alone, in the byline's place"
            )
            mark(i, "byline", why)
            opening.byline = byline
            edited_only = False
            continue
        if (
            headline_seen
            and opening.byline is None
            and is_menu_item(line)
            and reader.nxt[i] < len(lines)
            and edited_byline(lines[reader.nxt[i]]) is not None
        ):
            # "Live Reporting" / "Edited by Jane Roe": a live page's label over its editor's
            # line, page furniture whether or not the page's menus were copied
            mark(i, "chrome", "a live page's label over its editor's line")
            continue
        if (
            was_first
            and not headline_seen
            and opening.byline is None
            and _LIVE_LABEL.match(line)
            and (editor_at := reader.nxt[i]) < len(lines)
            and edited_byline(lines[editor_at]) is not None
        ):
            # "Live Reporting" / "Edited by Jane Roe" / "Posted at 14:32" / the entry's
            # headline: one entry of a live page copied with the page's label and editor over
            # it; the editor edits the page, and wrote no more of this entry than of any other
            mark(i, "chrome", "a live page's label over its editor's line, atop one entry")
            mark(editor_at, "chrome", "the live page's editor, over one of its entries")
            skip_to = editor_at
            continue
        if (
            roles
            and roles[-1].role == "byline"
            and opening.byline is not None
            and opening.byline.names
            and (updated := _PAGE_EDITOR.match(line)) is not None
            and name_list(updated.group("rest").split(",")[0]) is not None
        ):
            # "By Jane Roe, WRAL reporter" / "Updated by John Doe, WRAL web editor": the web
            # editor who updated the writer's story (local broadcasters' pages), under the
            # byline; the page's furniture, no second writer
            mark(i, "chrome", "the page's editor under the writer's byline")
            continue
        if headline_seen and opening.byline is None and (edited := edited_byline(line)):
            # "Edited by Jane Roe, with reporting from John Doe": a live page's editor stands
            # in the byline's place (under a "By" line, the writer's byline is already taken)
            mark(i, "byline", f"a live page's editor, in the byline's place: {edited.names}")
            opening.byline = edited
            edited_only = True
            continue
        if (
            opening.byline is None
            and _contact_label(reader, i)
            and not any(r.role == "body" for r in roles)
        ):
            # "Media Contacts" / "Jane Roe" / "jroe@wwf.example" between a release's title and
            # its dateline, or over the title in the release's header ("NEWS RELEASE" / "MEDIA
            # CONTACT:" / ... / the title: US city and agency releases): the press office's
            # contact block, whose names wrote nothing (its e-mail or phone says it is one: a
            # page's "Contact" link between a headline and "By Jane Roe" is a menu's, over the
            # writer)
            contact_lines = _contact_block(reader, i)
            if contact_lines:
                mark(i, "chrome", "a release's contact label over its press office's names")
                for k in contact_lines:
                    mark(k, "chrome", "a line of a release's contact block, under its label")
                    skip_to = k
                continue
        if headline_seen and (standfirst := _standfirst_writer_at(reader, i)) is not None:
            # "John Doe" / "..., writes John Doe" (the name over the standfirst that names the
            # writer), or the standfirst alone: the standfirst is a deck, and names the writer
            # when no byline has yet
            if standfirst.raw != line or len(line.split()) > _NAME_ALONE_WORDS:
                mark(
                    i, "deck", f"a standfirst that names its writer at its end: {standfirst.names}"
                )
            else:
                mark(
                    i,
                    "byline",
                    "the writer's name, over the standfirst that names the writer again",
                )
            # (a "By" line over the headline names the writer already: "By Mike Allen · Oct
            # 01, 2024" / "1 big thing" / the item's title / "..., Axios' Emily Peck writes.",
            # a newsletter's author line over an item that credits its reporter; a standfirst's
            # own "..., writes Michael Tan." under a "By Anna Berg" line names the writer)
            if (opening.byline is None or not opening.byline.names) and not _writer_above_stands(
                opening.writer_above, standfirst
            ):
                opening.byline = Byline(raw=line, names=standfirst.names)
            continue
        if (
            page is not None
            and headline_seen
            and opening.byline is None
            and i > page.headline
            and sum(1 for k in range(page.headline + 1, i) if lines[k]) <= _MENU_ECHO_UNDER
            and _named_in_menu_over(reader, i, page.headline)
        ):
            # "Regionals" / "Wicklow People" / "Wicklow" / "News" / the headline / "Wicklow
            # People" / the stamp: the regional title the breadcrumb files the story under,
            # printed where a writer's name would stand; no byline
            mark(
                i,
                "chrome",
                "the page's section or title from its menu, repeated under the headline",
            )
            continue
        if (
            page is not None
            and opening.byline is None
            # (an e-edition's header named the writer over the headline: a name's shape
            # under it, "VOTE SETS UP" over "MEDIATION TALKS", is the deck in capitals)
            and not edition_writer
            # (the line of text right over it: a copy with a blank line between every two
            # reads as the same page)
            and _page_name_alone(reader, i, under_headline=_line_over(lines, i) == page.headline)
            # ("TOPICS:" / "De Pere" / "Claude Allouez Bridge": a tag, a landmark's name)
            and not _in_tag_list(reader, i)
        ):
            # "Darcie Moran Nour Rahal": two names with no separator, which the page names
            # each alone elsewhere ("Contact Darcie Moran: ...")
            apart = names_run_together(line, [other for k, other in enumerate(lines) if k != i])
            mark(
                i,
                "byline",
                "a person's name alone under the page's headline, over its date stamp or the"
                " writer's title or desk"
                + (f" (two names run together, each named alone below: {apart})" if apart else ""),
            )
            opening.byline = Byline(raw=line, names=apart or [name_before_city(line)])
            continue
        if (
            page is None
            and headline_seen
            and opening.byline is None
            and roles
            and roles[-1].role == "headline"
            and _line_over(lines, i) == roles[-1].line
            and _newsletter_masthead_over(reader, roles[-1].line)
            and not _place_or_unit_name(line)
            and _page_name_alone(reader, i, under_headline=True)
        ):
            # "FBC News Morning Briefing" / the item's title / "Jane Roe" / its first
            # paragraph: a newsletter's item, its writer's name alone under its title (as
            # the page path reads it under a page's headline)
            mark(i, "byline", "a person's name alone under a newsletter item's title")
            opening.byline = Byline(raw=line, names=[name_before_city(line)])
            continue
        if (
            headline_seen
            and opening.byline is None
            and roles
            and roles[-1].role in ("headline", "deck")
            and (capped := caps_names_then_outlet(line)) is not None
        ):
            # "JANE ROE Richmond Times-Dispatch" under the headline or its deck: the writers in
            # capitals and their paper in mixed case, with no "By" (Lee's papers)
            mark(i, "byline", f"names in capitals, then their paper's name ({capped[1]!r})")
            opening.byline = Byline(raw=line, names=capped[0])
            continue
        if (
            page is not None
            and headline_seen
            and opening.byline is None
            and (placed := _place_colon_writer(reader, i)) is not None
        ):
            mark(
                i,
                "byline",
                "where the writer filed from, a colon, the writer's name, over the page's date stamp",
            )
            opening.byline = Byline(raw=line, names=[placed])
            continue
        if (
            headline_seen
            and opening.byline is None
            and roles
            and (roles[-1].role == "headline" or _credited_photo_above(roles[-1]))
            and (names_alone := _names_over_story(reader, i)) is not None
            and not (
                roles[-1].role == "credit"
                and _pictured_under_credit(reader, roles[-1].line, i, names_alone)
            )
            and not _by_line_under_next(reader, i)
        ):
            mark(
                i,
                "byline",
                "person names alone on the line right under the headline, over the story's"
                " first paragraph or its dateline",
            )
            if len(names_alone) == 1 and line.isupper():
                # "JANE ROE OTTAWA": the city filed from run on after a name in capitals, cut
                # when the page names it too: its header and headline over the name (a
                # masthead, "The Calgary Herald") or the paragraphs under it
                story = " ".join(
                    [
                        *reader.lines[max(0, i - 8) : i],
                        *(reader.lines[j] for j in reader.ahead(i, 3)),
                    ]
                )
                names_alone = [caps_name_before_big_city(names_alone[0], story)]
            opening.byline = Byline(raw=line, names=names_alone)
            continue
        if (
            headline_seen
            and (
                opening.byline is None
                or (not opening.byline.names and roles and roles[-1].role == "byline")
            )
            and (named := _name_line(reader, i))
        ):
            # an agency's byline alone ("Reuters") gives way to the writer's name under it
            names, where = named
            stack_names = _names_stacked_above(roles)
            mark(
                i,
                "byline",
                "person names under the headline (capitalised words, no role word, not a"
                " place the gazetteer knows), perhaps with an outlet or title after them",
                where,
            )
            if stack_names:
                # "Jane Roe" / "and" / "John Doe" (Substack's and Medium's authors, each name
                # a link of its own): the names over the "and" are the byline's too
                for n in (-3, -2):
                    roles[n] = LineRole(
                        roles[n].line, roles[n].text, "byline", ("a name and its 'and' in a stack",)
                    )
                names = [*stack_names, *names]
                line = "\n".join([roles[-3].text, roles[-2].text, line])
            opening.byline = Byline(raw=line, names=names)
            continue
        if page is not None and opening.byline is None and (glued := _glued_by_tail(line)):
            # "Jul. 31, 2024 12:42 PM ETThe Boeing Company (BA) StockBy: Jane Roe, SA News
            # Editor": the page's stamp, ticker and byline spans run together with no space
            mark(i, "byline", f"a 'By' label run into the page's stamp: names {glued.names}")
            opening.byline = glued
            continue
        if page is not None and opening.byline is None and (writer := _name_then_stamp(line)):
            mark(i, "byline", "a person's name, then the page's date stamp after a bar")
            opening.byline = Byline(raw=writer, names=[writer])
            continue
        if (
            opening.byline is not None
            and opening.byline.names
            and roles
            and roles[-1].role == "byline"
            and reader.below(roles[-1].line) == i
            and is_by_line(line)
            and (more_by := parse_byline(line))
            and more_by.names
            and not set(more_by.names) & set(opening.byline.names)
            and _portrait_credit_over_by_line(reader, roles)
        ):
            # "Sarah Kim, district superintendent" / "JANE ROE, THE WORLD-HERALD" / "By John
            # Doe": a portrait's caption and its photographer with the paper over the byline
            # (the name and the paper read as a byline's first)
            roles[-2] = LineRole(
                roles[-2].line, roles[-2].text, "caption", ("a portrait's caption",)
            )
            roles[-1] = LineRole(
                roles[-1].line,
                roles[-1].text,
                "credit",
                ("a photographer and the paper under a portrait's caption",),
            )
            mark(i, "byline", f"a 'By' line under a photo's credit: names {more_by.names}")
            opening.byline = more_by
            continue
        if (
            opening.byline is not None
            and opening.byline.names
            and roles
            and roles[-1].role == "byline"
            and is_by_line(line)
            and (more_by := parse_byline(line))
            and more_by.names
            and not is_by_line(opening.byline.raw.split("\n")[0])
            and roles[-1].line == i - 1
            and not set(more_by.names) & set(opening.byline.names)
        ):
            # "Axios Markets" / "By Jane Roe and John Doe": a newsletter's or a column's
            # name, read as names by their capitals alone, right over a "By" line; the
            # labelled line is the byline
            roles[-1] = LineRole(
                roles[-1].line, roles[-1].text, "chrome", ("a name over the 'By' line below",)
            )
            mark(i, "byline", f"a 'By' line under a name line: names {more_by.names}")
            opening.byline = more_by
            continue
        # "From JANE ROE" / "Paris, May 14" / the story: its dateline, read below, no stamp
        # "Bengaluru, Dec 5, 2017, DHNS:" / the story: a dateline closed by its colon or dash
        # on a line of its own is no stamp, with or without a byline above it
        dated_under_writer = (
            (bool(roles) and roles[-1].role == "byline")
            or line.endswith(_DATELINE_CLOSERS)
            # "Published: 07:45 am Feb 10, 2026" / a caption / "CHITWAN, FEBRUARY 9" / the
            # story: the page printed its stamp above already; a place and a date alone over
            # the story are the story's own dateline
            or any(r.why == (PAGE_STAMP,) and _dated_for_stamp(line, r.text) for r in roles)
        ) and _place_dated_over_story(reader, i)
        if (
            headline_seen
            and opening.byline is None
            and not dated_under_writer
            and (timed := timed_row_writer(line)) is not None
            and not _story_speaks_of(reader, i, timed)
        ):
            # "August 5, 2025 · Jane Roe · 3 min read" under the headline: the writer between
            # the stamp and the reading time, a name the copy never speaks of (a tag there,
            # "Donald Trump", is the story's subject, named again in it)
            mark(i, "byline", "a person's name between the page's stamp and reading time")
            opening.byline = Byline(raw=line, names=timed)
            continue
        if not dated_under_writer and (
            is_page_timestamp(line)
            # "Tuesday, 04 Mar 2025" / "7:12 PM MYT" over the headline (The Star and other
            # Malaysian and Gulf pages set the stamp's time on a line of its own): a time of
            # day alone is never the headline
            or (not headline_seen and is_clock(line))
            or (
                page is not None
                # "Uppdaterad 2024-02-19 09:12 Publicerad 2024-02-19 06:00": under the
                # headline, a stamp that opens with a stamp's word, or with the date and has
                # the time of day ("12 марта 2025, 11:05"), is the page's
                or (
                    headline_seen
                    and (
                        _DIGITS_STAMP.match(line)
                        or _STAMP_OPENING.match(line)
                        or (line[0].isdigit() and _stamp_with_time(line))
                    )
                )
            )
            and is_date_stamp(line)
        ):
            mark(i, "chrome", PAGE_STAMP)
            continue
        last = next((r.role for r in reversed(roles) if r.role != "chrome"), None)
        if (
            opening.byline is not None
            and last == "byline"
            and _has_room(opening.byline)
            and (more := _and_names(line))
        ):
            # "By Jane Roe" / "and" / "John Doe": a page prints each name in its own span
            mark(i, "byline", "more names of the byline, after its 'and'")
            names = [] if more == ["and"] else more
            opening.byline = Byline(
                raw=f"{opening.byline.raw}\n{line}", names=[*opening.byline.names, *names]
            )
            continue
        if (
            opening.byline is not None
            and last == "byline"
            and roles[-1].role == "byline"
            and _has_room(opening.byline)
            and (cut := _names_cut_at_wrap(roles[-1].text, line)) is not None
        ):
            # "... by Jonas Richter, Mareike Stolz, Felix" / "Hammer and Ole Brandt": the
            # byline's list broken inside a name; the two lines read as one give the names
            mark(i, "byline", "the byline's list of names goes on, broken inside a name")
            opening.byline = Byline(raw=f"{opening.byline.raw}\n{line}", names=cut)
            continue
        if (
            opening.byline is not None
            and last == "byline"
            and _ends_on_joiner(roles[-1].text)
            and _has_room(opening.byline)
            and (more := _joined_names(line))
        ):
            mark(i, "byline", "the name after the byline's 'and'")
            opening.byline = Byline(
                raw=f"{opening.byline.raw}\n{line}", names=[*opening.byline.names, *more]
            )
            continue
        if (
            opening.byline is not None
            and last == "byline"
            and roles[-1].role == "byline"
            and opening.byline.names
            and _has_room(opening.byline)
            and (and_mark := _AND_OPENS.match(line)) is not None
            and (more := _joined_names(line[and_mark.end() :])) is not None
        ):
            # "By Jane Roe | The Paper" / "and John Doe | The Paper": the second writer's
            # block under the first's, opened by the list's "and" (OregonLive's pages)
            mark(i, "byline", "the name after the 'and' opening the byline's next line")
            opening.byline = Byline(
                raw=f"{opening.byline.raw}\n{line}", names=[*opening.byline.names, *more]
            )
            continue
        if (
            opening.byline is not None
            and last == "byline"
            and opening.byline.names
            and _has_room(opening.byline)
            and (names_at := reader.nxt[i]) < len(lines)
            and (labelled := label_over_names(line, lines[names_at])) is not None
        ):
            # "By —" / "Jane Roe" / "By —" / "John Doe": a page sets each writer under a
            # label of its own (PBS), the second writer's block right under the first's
            mark(i, "byline", "a second writer's byline label, the names on the next line")
            mark(names_at, "byline", f"the names under the byline's label: {labelled.names}")
            opening.byline = Byline(
                raw=f"{opening.byline.raw}\n{labelled.raw}",
                names=[*opening.byline.names, *labelled.names],
            )
            skip_to = names_at
            continue
        if opening.byline is not None and last == "byline" and opening.byline.names:
            again = name_list(line)
            if again and all(n in opening.byline.names for n in again):
                # "By — Jane Roe" / "Jane Roe": the page prints the name again, as a link
                mark(i, "byline", "the byline's name printed again under it")
                continue
            if (
                _has_room(opening.byline)
                and is_by_line(line)
                # "Author: Jane Roe" / "ISBN-13: 978-...": a review's box of the book's facts
                # names the book's author, no second writer of the review
                and not (
                    (below := reader.nxt[i]) < len(lines)
                    and _BOOK_FACT.match(lines[below].strip()) is not None
                )
                # "by Jane Roe" / "Reviewed by John Doe": under the writer's byline, the
                # editor or the fact-checker who read the story over, no second writer (a
                # critic's "Reviewed by" opens a review's only byline)
                and not line.lower().startswith(("reviewed by", "review by"))
                and (more_by := parse_byline(line))
                and more_by.names
            ):
                # "By — Jane Roe" / "By — John Doe": one "By" line per writer
                mark(i, "byline", f"another writer's 'By' line: names {more_by.names}")
                opening.byline = Byline(
                    raw=f"{opening.byline.raw}\n{line}",
                    names=[*opening.byline.names, *more_by.names],
                )
                continue
        if (
            headline_seen
            and opening.byline is not None
            and opening.byline.names
            and roles
            and roles[-1].role in ("byline", "chrome")
            and _for_site_credit(reader, i, opening.byline.names) is not None
        ):
            # "By Jane Roe" / "Aug. 29, 2024" / "John Doe for STAT" / the story: the writer is
            # named already; the one who works "for" the site itself made its lead picture
            mark(i, "credit", FOR_SITE_CREDIT)
            continue
        if opening.byline is not None and last == "byline":
            if _place_over_stamp(reader, i):
                mark(i, "byline", FILED_FROM_OVER_STAMP)
                continue
            if is_filed_from_line(line):
                mark(i, "byline", "where the writer filed from ('à Montréal'), under the byline")
                continue
            if len(line) <= _REPORTING_FROM_CHARS and _REPORTING_FROM_LINE.match(line):
                # "Reporting from Holton, Kan." under the names (the New York Times' pages):
                # the words say where they filed from, whether the gazetteer knows the town
                mark(
                    i, "byline", "where the writers filed from ('Reporting from'), under the byline"
                )
                continue
            if is_date_stamp(line) and len(line) <= 80:
                # PAGE_STAMP: "From JANE ROE" / "Paris, June 3" is read for the dateline's place
                # and date when the story opens without one
                mark(i, "chrome", PAGE_STAMP)
                continue
            if _READ_TIME.match(line):
                mark(i, "chrome", "the page's reading time under the byline")
                continue
            if is_title_line(line):
                mark(i, "byline", "the writer's title, under the byline")
                continue
            if (
                is_affiliation(line)
                or _OUTLET_LINE.match(line)
                or _WEB_ADDRESS_LINE.match(line)
                or is_outlet_pair(line)
            ):
                mark(i, "byline", "the writer's outlet, under the byline")
                continue
            if (
                page is not None
                and reader.nxt[i] < len(lines)
                and reader.dateline(reader.nxt[i]) is not None
                and _station_or_office_over_story(reader, i, reader.nxt[i])
            ):
                # "Kendall Brooks" / "Share" / "WISN 12 News" / "MILWAUKEE — ...": the brand
                # set apart from the byline by its buttons or stamp, right over the dateline
                # paragraph, is the lead picture's credit (the writer's outlet sits under the
                # name)
                mark(i, "credit", LENDER_OVER_STORY)
                continue
            if page is not None and _named_in_menu_over(reader, i, page.headline):
                # "Kiara Bolton" / "Albany Advertiser" / the stamp: the paper's name the page's
                # header prints over the headline, under the writer's; no second writer
                mark(i, "byline", "the writer's outlet, named in the page's header too")
                continue
            if is_contact_line(line):
                mark(i, "byline", "the writer's handle or e-mail, under the byline")
                continue
            if is_author_bio(line) or is_first_person_bio(line):
                mark(i, "byline", "the writer's one-line biography, under the byline")
                continue
            # stacked name lines, when the byline is a name line too (a "By" line's own
            # names are all on it: "ABC Far North" under one is its desk)
            stacked = (
                opening.byline.names
                and _has_room(opening.byline)
                and not is_by_line(opening.byline.raw)
            )
            more = (
                # "Ricardo Peña, Reporter" / "Lauren Kettering, Digital Journalist": each
                # writer with a title after a comma, the title no second name
                # "Jasmine Fordham" / "Henry Lo, Vermont Public": the second writer with the
                # member station she reports for, the station no third name
                (titled_writers(line) or names_comma_outlet(line) or name_list(line))
                if stacked and not re.search(r"[:()]", line) and not is_tool_line(line)
                else None
            )
            if more and _captions_credit_below(reader, i):
                more = None  # "Harbour Bridge" / "Photo: RNZ / Jane Roe": a photo's caption
            if more and _byline_mark_below(reader, i) is not None:
                from archiver.extract.gazetteer import is_known_place

                if any(topic_words(n) for n in more):
                    # "Jane Roe" / "John Doe" / "PUBLIC HEALTH" / "Feb 11, 2025 7:30 AM": the
                    # story's topic set as a label over the stamp, no third writer
                    mark(i, "chrome", "a topic's label under the writers, over the stamp")
                    continue
                if not any(is_known_place(n) for n in more):
                    mark(i, "byline", "more names stacked under the byline, above its stamp")
                    opening.byline = Byline(
                        raw=f"{opening.byline.raw}\n{line}", names=[*opening.byline.names, *more]
                    )
                    continue
        if (
            not headline_seen
            and opening.byline is None
            and (notice := _death_notice_name_below(reader, i)) is not None
            and notice > i
            # a site's name or a section is a few words; a headline over the notice ("Former
            # mayor who rebuilt downtown dies at 91") is the page's title, the name its deck
            and (len(line.split()) <= _NOTICE_LABEL_WORDS or is_masthead(line))
            # over a title with the person's years, a short headline about the person
            # ("Beloved teacher Haverkamp dies", "Remembering Gordon Lightfoot") is no label
            and not _headline_over_life_years(reader, line, notice)
        ):
            # "Star Tribune" / "Obituaries" / "Jane Mae Roe" / "Roe, Jane Mae age 91, of
            # Edina, ...": the page's name and section over a death notice, whose title is
            # the name its first line gives surname first
            mark(i, "chrome", f"a site's name or section over a death notice (line {notice + 1})")
            continue
        if not headline_seen and opening.byline is None and _teaser_over_links_box(reader, i):
            # "Close" / "Here's what's happening in ..." / "Most Read" / a link / the kicker /
            # the headline / "Jane Roe": a pop-up's or a ticker's teaser over a box of links,
            # both over the story's own header
            mark(i, "chrome", "a teaser over a box of links, over the page's own headline")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and (links := _related_links_below(reader, i))
        ):
            # "Related" / two other stories' headlines / "Explained" / the headline / its
            # deck / "By Jane Roe": a box of links over the story's own header; its headlines
            # stand over no byline, stamp or dateline, as the story's own does
            mark(i, "chrome", "a box of links' heading over the page's headline")
            for k in links:
                mark(k, "chrome", f"a link in the box headed by line {i + 1}, over no anchor")
            skip_to = links[-1]
            continue
        if (
            not headline_seen
            and opening.byline is None
            and (quoted := _quote_under_interview_kicker(reader, i)) is not None
        ):
            # "Interview with Former Finnish President ..." / "\"Europe Has Forgotten How to
            # Be Afraid\"" / its deck: an interview's kicker names who speaks, the quote under
            # it is the headline
            mark(i, "chrome", f"an interview's kicker over its quoted headline (line {quoted + 1})")
            continue
        if not headline_seen and opening.byline is None and _bar_over_headline(reader, i):
            mark(
                i,
                "chrome",
                "the site's alert or promotion bar ('Breaking:', 'Sponsored:'): a headline"
                " over the story's byline, stamp or dateline stands below it",
            )
            continue
        if (
            not headline_seen
            and opening.byline is None
            and all(r.role == "chrome" for r in roles)
            and _catchline_over_byline(reader, i)
        ):
            mark(
                i,
                "chrome",
                "a desk's label or catchline over the byline, the headline set apart under it",
            )
            continue
        if (
            not headline_seen
            and opening.byline is None
            and ((letter := is_letter_label(line)) or _name_over_letter_label(reader, i))
        ):
            if _title_under_letter_labels(reader, i):
                mark(
                    i,
                    "chrome",
                    "a newsletter's tagline, a series' part or the issue's contents, over the title"
                    if letter
                    else "a newsletter's name over its tagline or series label, over the title",
                )
                continue
        if (
            not headline_seen
            and opening.byline is None
            # a reader view's title is the page's own, however short ("Tuvalu"): a reader
            # view prints no section's label over it
            and i != reader_own_title
            and _section_label(reader, i)
        ):
            mark(i, "chrome", "a short label above a longer headline (a section or kicker)")
            continue
        if not headline_seen and opening.byline is None and _fixture_kicker(reader, i):
            mark(i, "chrome", "the match's fixture over its report's headline (a kicker)")
            continue
        if not headline_seen and opening.byline is None and _site_tagline(reader, i):
            mark(
                i,
                "chrome",
                "the site's tagline under its name ('From <site>, the ...'), over the headline",
            )
            continue
        if not headline_seen and opening.byline is None and _blog_header(reader, i):
            mark(
                i,
                "chrome",
                "a blog's name or tagline: the post's title stands alone below them, over its"
                " 'Posted by' line",
            )
            continue
        if (
            not headline_seen
            and opening.byline is None
            and looks_like_headline(line)
            and i != reader_own_title  # a reader view's title is the headline, whatever is under it
            and (below := _anchored_headline_below(reader, i)) is not None
        ):
            # "Neue Zürcher Zeitung" / "Schweiz" / the headline / "Jane Roe" / "12.03.2024":
            # the title-like line right above the article's anchors is the headline
            if below > i and (titled := _titled_by_address(reader, i, below)) is not None:
                # "https://.../grandparents-childcare-cost/" / "The Grandparent Economy" /
                # "Why so many American families ..." / "By Jane Roe": a read-later app's
                # copy, the story's address over its title and the title over its deck
                for k in range(i, titled):
                    if lines[k]:
                        mark(k, "chrome", "the story's address over its title")
                mark(titled, "headline", "the title-like line under the story's address, its words")
                opening.headline = lines[titled]
                headline_seen = True
                for k in range(titled + 1, below + 1):
                    if lines[k] and not reader.chrome[k]:
                        mark(
                            k,
                            "deck",
                            "under the headline the story's address names, over the byline",
                        )
                skip_to = below
                continue
            for k in range(i, below):
                if lines[k] and not reader.chrome[k] and (card := _card_writers(lines[k])):
                    # "bloomberg.com - Jane Roe, Bloomberg": the source card names the writers,
                    # taken when no byline stands under the headline
                    opening.writer_above = Byline(raw=lines[k], names=card)
                    opening.writer_above_at = k
                elif lines[k] and not reader.chrome[k]:
                    # "BY JANE ROE  OCT. 28, 2026  5 AM CENTRAL" over the headline (The Texas
                    # Tribune's pages): the writer's line above the title, taken as the card's
                    # ("04 March 2025 | Story Jane Roe. Photo John Doe.": a newsroom's stamp
                    # with its writer, an anchor with no "By")
                    _take_writer_above(
                        opening,
                        lines[k],
                        k,
                        dated_row=_dated_writer_row(lines[k]),
                    )
                if lines[k] and not reader.chrome[k] and _gallery_caption_over_credit(lines, k):
                    # "1 of 5" / "Flooding in Kingwood on Monday." / "Jane Roe/Staff
                    # photographer" over the headline: a gallery's first picture (Hearst's
                    # papers open their pages with it), its caption under its counter
                    mark(k, "caption", "a gallery picture's caption under its counter")
                elif (
                    lines[k]
                    and not reader.chrome[k]
                    and (over := max((j for j in range(k) if lines[j]), default=None)) is not None
                    and _gallery_caption_over_credit(lines, over)
                ):
                    mark(k, "credit", "a gallery picture's credit under its caption")
                elif lines[k] and not reader.chrome[k]:
                    mark(
                        k,
                        "chrome",
                        f"{HEADER_OVER_TITLE}: line"
                        f" {below + 1} is the title-like line right above the byline, the"
                        " date stamp or the dateline",
                    )
            if not looks_like_headline(lines[below]) or _gallery_title(reader, below):
                # "In Greenland, the ice is talking. These hunters are listening.": a
                # headline set as short sentences, or "Photos: The Flooded Villages of ...",
                # a gallery's title the credit rule would take: the line over the anchor
                mark(below, "headline", "the title-like line right over the byline or stamp")
                opening.headline = lines[below]
                headline_seen = True
                skip_to = below
                continue
            skip_to = below - 1
            continue
        if (
            not headline_seen
            and opening.byline is None
            and looks_like_headline(line)
            and (below := _headline_under_stamp(reader, i)) is not None
        ):
            # "University of Michigan News" / "Story by Jane Roe" / "Published Oct. 10, 2023" /
            # the headline / "ANN ARBOR—...": an issuer's news page prints its name, then the
            # byline, the stamp or the release's labels, then the title over the story
            for k in range(i, below):
                if not lines[k] or reader.chrome[k]:
                    continue
                _take_writer_above(opening, lines[k], k)
                mark(
                    k,
                    "chrome",
                    "an issuer's name, its labels, byline or stamp over the headline: line"
                    f" {below + 1} is the title-like line right above the story",
                )
            skip_to = below - 1
            continue
        if not headline_seen and opening.byline is None and _nameplate_over_date(reader, i):
            mark(
                i, "chrome", "a printed paper's nameplate over the issue's date (an e-paper's text)"
            )
            continue
        if not headline_seen and opening.byline is None and _newsletter_tagline(reader, i):
            mark(i, "chrome", "a newsletter's tagline under its name and the issue's date")
            continue
        if (
            not headline_seen
            and opening.byline is None
            # a wire's transmission stamp too: "UPI 03-05-79 11:42 AES" over the headline
            and (is_date_stamp(line) or is_transmission_stamp(line))
            and _headline_below(reader, i)
        ):
            mark(i, "chrome", STAMP_OVER_HEADLINE)
            ahead = reader.ahead(i, 1)
            if ahead and is_source_label(lines[ahead[0]]):
                # "Source: Joy Business" between the stamp and the headline
                mark(
                    ahead[0], "chrome", "a page's labelled source or editor, not the story's writer"
                )
                skip_to = ahead[0]
            continue
        if (
            not headline_seen
            and opening.byline is None
            and not roles
            and (stamped_at := _labels_over_stamped_headline(reader, i)) is not None
        ):
            # "QNA" / "Doha" / "HE the Prime Minister ..." / the headline / "Published: ...":
            # the agency and the place the page files the story under, and the lead photo's
            # caption, over the headline the page's stamp is right under
            for k in range(i, stamped_at):
                if lines[k] and lines[k].endswith("."):
                    mark(
                        k, "caption", "a sentence right over the headline and its stamp: a caption"
                    )
                elif lines[k]:
                    mark(k, "chrome", "an agency's, a site's or a place's name over the headline")
            skip_to = stamped_at - 1
            continue
        if (
            not headline_seen
            and opening.byline is None
            and line.endswith(".")
            and reader.dateline(i) is None
            and (next_text := reader.ahead(i, 1))
            and _desk_over_headline(reader, next_text[0])
            and _caption_over_headline(line, lines[next_text[0]])
        ):
            # "A file photo of the Inspector-General of Police." / the headline / "Updated
            # December 3, 2026": the lead photo's caption printed over the headline, which
            # the page's stamp right under it marks as such
            mark(i, "caption", "a sentence right over the headline and its stamp: a caption")
            continue
        if (
            not headline_seen
            and opening.byline is not None
            and opening.byline.names
            and roles
            and roles[-1].role == "byline"
            and all(r.role in ("byline", "chrome") for r in roles)
            # "Jane Roe covers energy and climate for the Herald": the writer's note on
            # themselves under their byline, opening on their name, is no headline
            and not any(line.startswith(n) for n in opening.byline.names)
            and _headline_under_top_byline(reader, i)
        ):
            # "By Jane Roe, Political Correspondent" / "" / the headline / "" / the story: a
            # wire's or a desk's copy that prints the byline over the headline (PA's
            # newswire); a line set apart with no stop, over the story's first paragraph
            mark(i, "headline", "set apart under the byline that opens the copy, over the story")
            opening.headline = headline_text(line)
            headline_seen = True
            continue
        if (
            not headline_seen
            and opening.byline is not None
            and not opening.byline.names
            and len(roles) == 1
            and roles[0].role == "byline"
            and _desk_over_headline(reader, i)
        ):
            # "By Agency Reporter" / the headline / "December 3, 2026": a desk's or an agency's
            # byline printed over the headline (Nigerian and South Asian papers' pages); the
            # page's stamp under the line says it is the headline, not the story's first line
            mark(i, "headline", "under a desk's or an agency's byline at the top, over the stamp")
            opening.headline = headline_text(line)
            headline_seen = True
            continue
        if (
            not headline_seen
            and opening.byline is not None
            and not opening.byline.names
            and len(roles) >= 2
            and roles[-1].role == "chrome"
            and roles[-2].role == "byline"
            and is_date_stamp(roles[-1].text)
            and all(r.role in ("byline", "chrome") for r in roles)
            and _headline_over_longer(reader, i)
        ):
            # "Economy" / "Le Monde with AFP" / "Published today at 10:12 am (Paris)" / the
            # headline / its standfirst: the desk's byline and the page's stamp both set over
            # the headline (Le Monde in English, other European papers' English pages)
            mark(i, "headline", "under the desk's byline and the page's stamp, over longer text")
            opening.headline = headline_text(line)
            headline_seen = True
            continue
        if (
            not headline_seen
            and opening.byline is None
            and (is_result_list_line(line) or _named_source_label(line))
            and _title_within(reader, i)
        ):
            # "Results for: village shop buyout" / "Article 4 of 12" / "Editor: Zhang Wei" over
            # the record's title: the service's search and list, the page's labelled source or
            # editor, never the story's title
            mark(i, "chrome", "a result list's line or a labelled source or editor, over the title")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and line[:1] in "AMDSCP"
            and (under_office := reader.ahead(i, 1))
            and office_over_member(line, lines[under_office[0]])
        ):
            # "Ministers for Infrastructure, Transport, ..." / "The Hon Jane Roe MP": the
            # portfolio the minister's site is named for, over their styled name
            mark(i, "chrome", "a minister's portfolio over their styled name, in the header")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and (member := styled_member(line)) is not None
            and (under_member := reader.ahead(i, 1))
            and (
                (holds_office := office_holder(lines[under_member[0]], member))
                or is_date_stamp(lines[under_member[0]])
            )
        ):
            # "Media statement" / "The Hon Jane Roe MP" / "Minister for Health" / the stamp /
            # the title: the issuing minister's styled name and office in the release's
            # header, never its headline
            mark(i, "chrome", "the issuing parliamentarian's styled name in a release's header")
            if holds_office:
                mark(
                    under_member[0],
                    "chrome",
                    "the issuing parliamentarian's office, under their name",
                )
                skip_to = under_member[0]
            continue
        if not headline_seen and opening.byline is None and is_release_field(line):
            # "Contact: Jo Park, (512) 555-0143" between the release's label and its title
            mark(i, "chrome", "a release's header field (its contact, release time or date)")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and all(r.role == "chrome" for r in roles)
            and (greeted := _greeting_over_title(reader, i))
        ):
            # "Hi there," / "Welcome to issue 88 of The Brief, ..." / "This week" / the title:
            # a newsletter's salutation and its few lines of introduction over the story
            mark(i, "chrome", "a newsletter's salutation over the story's title")
            for k in greeted:
                mark(k, "chrome", "the newsletter's introduction under its salutation")
            skip_to = greeted[-1] if greeted else i
            continue
        if (
            not headline_seen
            and opening.byline is None
            and all(r.role == "chrome" for r in roles)
            and outlet_with_agencies(line)
        ):
            # "Economy" / "Le Monde with AFP" / the stamp / the headline: the outlet's or the
            # desk's signature with the wires it drew on, set over the headline (Le Monde in
            # English): a byline naming no one
            mark(i, "byline", "an outlet or desk with the agencies it drew on, over the headline")
            opening.byline = Byline(raw=line, names=[])
            continue
        if (
            not headline_seen
            and opening.byline is None
            and _named_contact_label(line)
            and (contact := _contact_block(reader, i))
        ):
            # "Contact:  Niles Ebersole, Public Information Officer" / "541-555-0163 /
            # nebersole@..." over the release's title: its contact, the name beside the label
            # and the number or address under it
            mark(i, "chrome", "a release's contact label and name, over its title")
            for k in contact:
                mark(k, "chrome", "a line of a release's contact block, under its label")
            skip_to = contact[-1]
            continue
        if not headline_seen and opening.byline is None and (issuer_why := _issuer_or_index(line)):
            mark(i, "chrome", issuer_why)
            continue
        if (
            not headline_seen
            and opening.byline is None
            and _section_pair(line)
            and (under_at := reader.nxt[i]) < len(lines)
            and looks_like_headline(lines[under_at])
            and parse_byline(lines[under_at]) is None
            and not is_date_stamp(lines[under_at])
        ):
            # "Arts & Culture" / "Hello, Dolly!" / "By Fiona Marsh": the page's section, two
            # words joined by "&", over the headline (no blank line between; read in Title
            # Case the two would run together as one headline)
            mark(i, "chrome", "the page's section, two words joined by '&', over the headline")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and (under_at := reader.nxt[i]) < len(lines)
            and player_caption_over(line, lines[under_at])
            and (head_at := reader.nxt[under_at]) < len(lines)
            and looks_like_headline(lines[head_at])
        ):
            # "Watch: Residents flee as floods hit Niamey" / "Video by: FRANCE 24" / the
            # headline: the lead clip's caption and its player's credit or length, set over
            # the story's headline; neither is the headline
            mark(i, "chrome", "a clip's caption under its player's label, over its credit")
            mark(under_at, "chrome", "the clip's credit or length, under its caption")
            skip_to = under_at
            continue
        if (
            not headline_seen
            and opening.byline is None
            and _ADDRESS_LINE.match(line)
            and (title_at := reader.nxt[i]) < len(lines)
            and looks_like_headline(lines[title_at])
            and (deck_at := reader.nxt[title_at]) < len(lines)
            and _titled_by_address(reader, i, deck_at) == title_at
        ):
            # "https://.../the-last-lighthouse-keepers-of-maine" / "The Last Lighthouse
            # Keepers": a read-later app's copy, the story's address over the title it names
            mark(i, "chrome", "the story's address over its title")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and all(r.role == "chrome" for r in roles)
            and _edition_place_label(line)
            and (title_at := reader.nxt[i]) < len(lines)
            and looks_like_headline(lines[title_at])
            and not _edition_place_label(lines[title_at])
        ):
            # "Open in the Patch app" / "Old Saybrook, CT" / the headline: a local site's
            # edition named by its town over the story, under nothing but the page's chrome;
            # a town and its state alone name no story, and no dateline stands over the
            # headline
            mark(i, "chrome", "the local edition's town and state over the headline")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and all(r.role == "chrome" for r in roles)
            and (address_at := reader.nxt[i]) < len(lines)
            and _name_over_its_address(line, lines[address_at])
        ):
            # "The Daily Item" / "dailyitem.com": the paper's name and its web address, the
            # masthead's two lines over the page; neither is a headline nor goes on one
            mark(i, "chrome", "the site's name over its own web address")
            mark(address_at, "chrome", "the site's web address under its name")
            skip_to = address_at
            if (town_at := reader.nxt[address_at]) < len(lines) and _edition_place_label(
                lines[town_at]
            ):
                # "Sunbury, Pennsylvania" under them: the paper's home town, the masthead's
                mark(town_at, "chrome", "the paper's town and state under its name and address")
                skip_to = town_at
            continue
        if (
            (was_first or _section_word_alone(line))
            and not headline_seen
            and _service_name_over_dateline(reader, i)
        ):
            # "dpa International" / "Berlin (dpa) - ...", "ThePrint" / a menu / "Guwahati, Dec
            # 30 (PTI) ...": the site's or the service's name over the story's dateline; a
            # capture of wire copy or of the story's text alone, with no headline (a section's
            # word so, "NEWS", under the page's stamp as well as first)
            mark(i, "chrome", "the site's or the wire service's name over the story's dateline")
            continue
        if (
            not headline_seen
            and opening.byline is None
            and (looks_like_headline(line) or i == reader_title)
        ):
            notes = (
                ["the first headline-like line (short, no full stop)"]
                if i != reader_title
                else ["a reader view's title: under the site's address, over its reading time"]
            )
            weighed = explain_dateline(line)
            if weighed is not None:
                score, reasons = weighed
                notes.append(f"not a dateline: score {score} < {ACCEPT} ({'; '.join(reasons)})")
            if slashed:
                notes.append("a slash in the first line is a headline's, not a photo credit's")
            if _caps_head(line) is not None:
                notes.append(
                    "a headline in capitals, its deck after a semicolon: not the headline's"
                )
            elif headline_text(line) != line:
                notes.append("the site's name after it (a page title's) is not the headline's")
            # the label right over it in its block (past the one blank line of a copy that
            # sets every line apart, where a blank line parts nothing)
            label_over = (
                bool(roles)
                and roles[-1].role == "chrome"
                and roles[-1].line in (i - 1, reader.above(i))
            )
            wrapped = (
                _wrapped_headline(reader, i, label_over=label_over)
                or _small_letters_tail(reader, i)
                or _small_word_tail(reader, i)
                or _printed_tail(reader, i)
                or _subject_tail(reader, i)
                # "ESKOM WINTER OUTLOOK" / "Load-shedding unlikely this winter, Eskom" / "says,
                # as plant performance improves" / the byline: carried on under a kicker
                or (_carried_lines(reader, i) if label_over and _caps_kicker(reader, i - 1) else [])
            )
            if wrapped:
                notes.append(
                    "set in a narrow column: the short lines under it in its block carry on the"
                    " headline"
                )
            mark(i, "headline", *notes)
            for k in wrapped:
                mark(k, "headline", f"the headline goes on from line {i + 1}")
            opening.headline = (
                " ".join([line, *(lines[k] for k in wrapped)]) if wrapped else headline_text(line)
            )
            headline_seen = True
            skip_to = wrapped[-1] if wrapped else -1
            continue
        if (
            page is not None
            and opening.byline is None
            and roles
            and roles[-1].role == "headline"
            and (deck_at := reader.nxt[i]) < len(lines)
            and reader.nxt[deck_at] < len(lines)
            and is_date_stamp(lines[reader.nxt[deck_at]])
            and (writers := writer_over_deck(line, lines[deck_at], roles[-1].text)) is not None
        ):
            # headline / "Jane Roe" / standfirst / the page's stamp: an opinion page's writer
            mark(i, "byline", "a person's name between the headline and its standfirst")
            mark(deck_at, "deck", "the standfirst under the writer's name, over the stamp")
            opening.byline = Byline(raw=line, names=writers)
            skip_to = deck_at
            continue
        if (
            page is not None
            and opening.byline is None
            and roles
            and roles[-1].role == "headline"
            and (repeat_at := reader.nxt[i]) < len(lines)
            and lines[repeat_at] == roles[-1].text
            and (writers := _writer_over_repeat(line)) is not None
        ):
            # headline / "Jane Roe" / the headline again: a news app's card (NewsBreak's,
            # SmartNews') over the story page it opens, the writer's name between the two
            mark(i, "byline", "a person's name between the headline and the headline again")
            mark(repeat_at, "chrome", "the headline printed again over the story")
            opening.byline = Byline(raw=line, names=writers)
            skip_to = repeat_at
            continue
        if headline_seen and opening.byline is None and (stack := _stack_at(reader, i)):
            # "Jane Roe" / "BIRN" / "Skopje" / "November 6, 2019" / "12:34": the byline's
            # block, one span a line; the stamp's lines keep the page stamp's role
            names, stack_end = stack
            if _headline_tail_name(reader, i, names, stack_end, roles):
                # "... Peace Prize for women's rights" / "Narges Mohammadi" / the stamp / "...
                # activist Narges Mohammadi won ...": a hard-wrapped headline's last line, the
                # name of the story's subject, not its writer
                mark(i, "headline", f"the headline goes on from line {roles[-1].line + 1}")
                opening.headline = f"{opening.headline} {line}"
                continue
            mark(i, "byline", f"a byline block set one span a line: names {names}")
            for k in range(i + 1, stack_end + 1):
                if is_date_stamp(lines[k]):
                    mark(k, "chrome", PAGE_STAMP)
                elif is_clock(lines[k]):
                    mark(k, "chrome", "the time of the page's stamp, in the byline's block")
                else:
                    mark(k, "byline", "the byline block's outlet or place")
            opening.byline = Byline(raw=line, names=names)
            skip_to = stack_end
            continue
        if headline_seen and opening.byline is None and _capitals_place_over_stamp(reader, i):
            # headline / "TOKYO" / "Jan. 4 08:12 am JST": a client site's location tag for the
            # agency story it reruns, in capitals as the agency's dateline was; read for the
            # dateline's place when the story opens without one
            mark(i, "chrome", FILED_FROM_OVER_STAMP)
            continue
        if (
            headline_seen
            and opening.byline is None
            and (sign_at := reader.below(i)) is not None
            and _call_sign_alone(lines[sign_at], lines, sign_at)
            and _caption_sentence(line)
        ):
            # headline / "Water gushes from a broken main on Tuesday." / "WRAL" / the byline:
            # the lead photo's caption over the station's call sign, no deck (`below`: the
            # next line, or past a blank one in a copy that sets every line apart)
            mark(i, "caption", "its credit is below")
            mark(sign_at, "credit", CALL_SIGN_UNDER_CAPTION)
            skip_to = sign_at
            continue
        if (
            headline_seen
            and opening.byline is None
            and roles
            and roles[-1].role == "headline"
            and (
                bracketed_office(line) is not None
                or is_picture_library(line)
                or (
                    named_office_caption(line) is not None
                    and not is_date_stamp(next((t for t in lines[i + 1 : i + 4] if t.strip()), ""))
                )
            )
        ):
            # headline / "(Knox County Sheriff's Office)" or "Google Street View" / the byline:
            # the lead photo's credit, its caption lost (local stations' pages); a deck is
            # never an office's name alone in brackets, nor a picture library's name; "Jane Roe
            # (Orange County Sheriff's Office)" there is a booking photo's caption and credit,
            # but over the page's stamp it is the writer's byline ("Sheriff Grady Judd (Polk
            # County Sheriff's Office)" / "Published: ...": a guest column's writer and post)
            mark(i, "credit", OFFICE_UNDER_HEADLINE)
            continue
        if headline_seen and opening.byline is None and _is_deck(reader, i):
            mark(i, "deck", "between the headline and the byline: display copy, not story")
            continue
        if headline_seen and opening.byline is None and _is_sentence_deck(reader, i):
            mark(
                i,
                "deck",
                "a summary sentence under the headline, with the byline or the page's date"
                " stamp still to come below it",
            )
            continue
        if page is not None and opening.byline is None and _deck_over_stamp(reader, i):
            mark(i, "deck", "a summary under the page's headline, its date stamp below it")
            continue
        if (
            headline_seen
            and opening.byline is not None
            and roles
            and roles[-1].role in ("byline", "chrome")
            and (bracketed := _BRACKETED_NAME.fullmatch(line)) is not None
            and _bracketed_person(bracketed.group("name"))
            and reader.dateline(i) is None
        ):
            # "By Jane Roe | Published October 7, 2026" / "(John Doe)" / the story: the lead
            # photo's credit in brackets, its caption lost (an alt-weekly's page); a byline
            # is never bracketed
            mark(i, "credit", BRACKETED_NAME_CREDIT)
            continue
        if (
            headline_seen
            and opening.byline is not None
            and lead_photo_credit(line) is not None
            and not (i + 1 < len(lines) and lines[i + 1] and _caption_sentence(lines[i + 1]))
        ):
            # "By Jane Roe" / "Getty Images" / the story: the lead photo's credit, its caption
            # lost in the copy (a caption right under it is read with it, as credit first)
            mark(i, "credit", "the lead photo's credit alone under the byline")
            continue
        if page is not None and reader.nxt[i] < len(lines):
            alone = match_standalone_dateline(line, lines[reader.nxt[i]], reference_date)
            if (
                alone is not None
                and not alone.dateline.date
                and not alone.dateline.source
                and (under := next((x for x in lines[i + 1 :] if x), None)) is not None
                and is_date_stamp(under)
            ):
                # "Bamako, Mali" / "Published 4 hours ago" under the headline: an aggregator's
                # location tag over the page's stamp; a dateline opens the story's text, and a
                # place alone with neither date nor agency says no more than the tag does
                alone = None
            if alone is None:
                # "Nairobi" / the lead photo's credited caption / the story: the page sets its
                # place apart over the picture; the story under the caption is its paragraph
                alone = _place_over_captioned_story(reader, i, opening.headline or "")
            if alone is not None and not alone.dateline.date and _under_topics_label(reader, i):
                # "Related Topics" / "Spain, Holidays" over the lead photo's caption (The
                # Telegraph's header): the story's tags under their label, no dateline; a
                # dateline's place and its date under such a label would still be one
                alone = None
            if alone is not None:
                mark(i, "dateline", *alone.evidence)  # "ANKARA" over the story
                opening.story_start = i
                return opening
        if page is not None:
            j = _page_dateline_below(reader, i)
            if (
                j is not None
                and opening.byline is None
                and is_by_line(line)
                and (listed := parse_byline(line)) is not None
                and listed.names
            ):
                # "* Published: 22 May 2013" / "* Writer: Jane Roe": the writer's field in the
                # page's list of facts over its dateline paragraph (Thai, Malaysian and other
                # papers' pages, as a text browser prints them)
                body_at = j
                mark(i, "byline", f"the writer's field over the dateline: names {listed.names}")
                opening.byline = listed
                continue
            if (
                j is not None
                and opening.byline is not None
                and not opening.byline.names
                and len(roles) >= 2
                and roles[-1].text.strip() in ("|", "||")
                and roles[-2].role == "byline"
                and (named := _name_line(reader, i)) is not None
            ):
                # "by Associated Press" / "|" / "Jane Roe" / "|" / the date: a trade site's
                # byline row (Rigzone's), its spans one a line with the bars between them;
                # the wire the story came from, then its writer
                body_at = j
                mark(
                    i, "byline", f"the writer after the wire's name, in its barred row: {named[0]}"
                )
                opening.byline = Byline(raw=f"{opening.byline.raw} | {line}", names=named[0])
                continue
            if j is not None and _dated_caption_over_story(reader, i):
                # "RAJANPUR: A flooded field near Fazilpur. — Dawn" over the "DERA GHAZI KHAN:
                # Flash floods ..." paragraph: the lead picture's caption, which opens with a
                # dateline of its own and closes on its credit; the story's text is read from
                # it, where a caption with its own dateline is read with its credit
                opening.story_start = i
                return opening
            if j is not None and line[:1] == "©" and rights_opened_caption(line) is not None:
                # "By Reuters" / the stamps / "© Reuters. FILE PHOTO: A jet taxis ..." / the
                # dateline paragraph: the lead photo's caption, its credit printed first
                body_at = j
                mark(i, "credit", RIGHTS_OPENS_CAPTION)
                continue
            if j is not None and bracketed_office(line) is not None:
                # "By WSBTV.com News Staff" / the stamp / "(Gwinnett County Police
                # Department)" / the dateline paragraph: the lead photo's lending office
                body_at = j
                mark(i, "credit", OFFICE_UNDER_HEADLINE)
                continue
            if j is not None and _station_or_office_over_story(reader, i, j):
                # "By WSB-TV.com News Staff" / the stamp / "WSB-TV" / "GWINNETT COUNTY, Ga. —
                # ...": the station's or the lending office's name alone right over the
                # dateline paragraph, the lead picture's credit, its caption left out
                body_at = j
                mark(i, "credit", LENDER_OVER_STORY)
                continue
            if j is not None:
                body_at = j
                mark(
                    i,
                    "chrome",
                    f"between the page's header and its dateline paragraph (line {j + 1})",
                )
                continue
        points = (
            _summary_points(lines, i, reference_date)
            if (page is not None or (roles and roles[-1].role == "headline"))
            and is_summary_label(line)
            else 0
        )
        if points >= _MIN_SUMMARY_POINTS:
            # "Summary" over a list of its points under a live page's headline: display copy,
            # and the header (the editor's line, the first post's stamp) goes on below them (a
            # single sentence under the label may be the story's lead). Copied without the
            # page's menus ("Live" / headline / "Summary" / points / "Edited by ..."), the
            # label straight under the headline sets it apart from a list in the story.
            why = (
                "the label over the page's summary"
                if page is not None
                else "the label over the summary right under the headline"
            )
            mark(i, "chrome", why)
            for k in range(i + 1, i + 1 + points):
                mark(k, "deck", "a point of the page's summary, under its label")
            skip_to = i + points
            continue
        if page is not None:
            if is_readers_call(line):
                mark(i, "chrome", "the page's call for its readers' stories (a number to write to)")
                continue
            if opening.byline is not None and _lender_over_story(reader, i):
                # "Sony" between the header and the story, on a page that prints its other
                # photos' credits alone on their lines ("Jane Roe/Engadget"): the lead photo's
                # credit, its picture and caption lost in the copy
                mark(i, "credit", LENDER_OVER_STORY)
                continue
            if (
                opening.byline is not None
                and opening.byline.names
                and _has_room(opening.byline)
                and roles
                and roles[-1].role == "byline"
                and not any(lines[roles[-1].line + 1 : i])
                and lines[roles[-1].line] == opening.byline.raw.split("\n")[-1]
                and (next_writer := _next_writer_alone(reader, i)) is not None
                # "Rift Valley" over the stamp, as over the headline among the page's labels:
                # the section's label printed again in the story's header, no writer
                and not any(r.role == "chrome" and r.text == line for r in roles)
            ):
                # "Jane Roe" / "John Doe in Lagos" / "03/03/2025": each writer on a line of
                # their own (DW's pages), the second with the place they filed from, over the
                # page's stamp
                mark(i, "byline", "another writer's name alone, under the first, over the stamp")
                opening.byline = Byline(
                    raw=f"{opening.byline.raw}\n{line}", names=[*opening.byline.names, next_writer]
                )
                continue
            if (
                roles
                and roles[-1].role == "chrome"
                and _VIEWER_BUTTON_ALONE.fullmatch(roles[-1].text.strip()) is not None
                and not any(lines[roles[-1].line + 1 : i])
                and bare_credit(line) is not None
            ):
                # "Enlarge" / "Jane Roe | Getty Images" under the header (Ars Technica's lead
                # picture, its caption lost): the picture's credit under the viewer's button
                mark(i, "credit", VIEWER_BUTTON_CREDIT)
                continue
            if is_nav_line(line):
                mark(i, "chrome", "a menu item, button or stamp under the page's header")
                continue
            if _listed_story(lines, roles, i):
                # "Jane Roe in Abuja" / "Latest Headlines" / "Court Adjourns ..." / the stamp:
                # other stories' headlines listed under their heading, over the page's stamp
                mark(i, "chrome", "another story's headline, in a list under its heading")
                continue
            if _summary_over_story(reader, i, roles):
                mark(i, "deck", "a summary line with no stop under the headline, over the story")
                continue
        if (
            opening.byline is None
            and len(roles) >= 2
            and roles[-1].role == "chrome"
            and is_date_stamp(roles[-1].text)
            and roles[-2].role == "headline"
            and (ahead := reader.ahead(i, 1))
            and _story_paragraph(lines[ahead[0]])
            and (holder := _name_with_office(line)) is not None
        ):
            # the headline / "11 March 2025" / "Jane Roe, Partner, Employment" / the story:
            # a firm's or an institution's page (pasted whole or not) prints its writer with
            # their post in the firm under the stamp, where a paper prints the byline
            mark(
                i,
                "byline",
                "a person's name and post under the headline's stamp, over the story",
            )
            opening.byline = Byline(raw=line, names=[holder])
            continue
        if _summary_over_dateline(reader, i, roles):
            mark(i, "deck", "a summary line with no stop under the headline, over the dateline")
            continue
        if roles and roles[-1].role == "headline" and is_life_span(line):
            # "Jane Mae Roe" / "1931 - 2023": the person's years under an obituary's title
            mark(i, "deck", "the person's years under an obituary's title")
            continue
        opening.story_start = i
        return opening
    return opening


# A page's summary line under its headline has this many words at least, and at most.
_SUMMARY_LINE_WORDS = (6, 30)
# The most of other stories' headlines listed over the page's stamp, under the byline.
_LISTED_STORIES = 6
_LISTED_WORDS = 16


def _listed_story(lines: list[str], roles: list[LineRole], i: int) -> bool:
    """Line `i` is another story's headline in a list ("Latest Headlines", "Trending") that a
    page sets between the byline and its stamp: the lines over it back to the list's heading
    are chrome, it reads as a title (no stop), and the page's stamp stands a few lines below."""
    line = lines[i]
    if line.endswith((".", "!", "?")) or len(line.split()) > _LISTED_WORDS or story_line(line):
        return False
    for listed, role in enumerate(reversed(roles)):
        if role.role != "chrome" or listed >= _LISTED_STORIES:
            return False
        # the line under the heading tells "Read more" over a list from one over a sentence
        under = next((lines[j] for j in range(role.line + 1, len(lines)) if lines[j]), None)
        if is_terminator(role.text, under):
            break
    else:
        return False
    return any(
        lines[j] and is_date_stamp(lines[j])
        for j in range(i + 1, min(len(lines), i + 1 + _LISTED_STORIES))
    )


# How many lines of text may stand above a front page's folio line: the archive's citation and
# links, the paper's nameplate, its edition and its weather ear.
_NAMEPLATE_LINES = 14


def _front_folio_at(lines: list[str], start: int) -> int:
    """The line of a front page's folio (pagetops.is_front_folio) among the first lines of
    text from `start`, or -1."""
    seen = 0
    for i in range(start, len(lines)):
        if not lines[i]:
            continue
        if is_front_folio(lines[i]):
            return i
        seen += 1
        if seen >= _NAMEPLATE_LINES:
            break
    return -1


def _summary_over_story(reader: _Reader, i: int, roles: list[LineRole]) -> bool:
    """Line `i` is a page's summary (its standfirst, printed without a stop) between the
    headline, with only furniture or a picture's caption under it, and the story's first
    paragraph right below: "Flood defence fears for coast villages" / "Sandbags at the sea
    wall" / "Residents say the sea wall is crumbling" / "Villagers on the coast say ...". A
    line that ends a sentence is the story's own first paragraph."""
    line = reader.lines[i]
    words = line.split()
    low, high = _SUMMARY_LINE_WORDS
    if not low <= len(words) <= high or line.endswith((".", "!", "?", ":", ";", ",", '"', "”")):
        return False
    if sum(w[:1].islower() for w in words[1:]) * 2 < len(words) - 1:
        return False  # a Title Case line is a headline's or a menu's, no summary's
    if not roles or any(r.role not in ("headline", "chrome", "caption") for r in roles[-3:]):
        return False
    if ":" in line or is_date_stamp(roles[-1].text):
        return False  # a live page's post title under its stamp ("Power company: '...'")
    if not any(r.role == "headline" for r in roles):
        return False
    nxt = reader.nxt[i]
    if roles[-1].role == "headline":
        # right under the headline, such a line may be the story's own opening line (a
        # letters page's "Readers respond to ..."): only a picture's caption or the page's
        # furniture between them sets a summary apart as the page prints it, or the lead
        # picture's caption ending in its credit under the line, the story's paragraph below
        # ("Startup claims ..." / "Company's news came by release" / "The test rig near
        # Oxford. CORVID FUSION" / "A U.K. startup says ...")
        if nxt >= len(reader.lines) or not _credited_caption(reader.lines[nxt]):
            return False
        nxt = reader.nxt[nxt]
    if nxt >= len(reader.lines):
        return False
    return story_line(reader.lines[nxt])


# The story's first paragraph is a line of sentences at least this long.
_STORY_PARAGRAPH_WORDS = 15


def _credited_caption(line: str) -> bool:
    """`line` is a picture's caption that ends in its credit: a sentence of the caption, then
    the credit the header's grammar reads after it (no story's paragraph ends so)."""
    found = find_credit(line, in_header=True)
    if found is None:
        return False
    before = line[: line.rfind(found.credit)].rstrip() if found.credit in line else ""
    # "... on his orchard. Photo / Jane Roe": the credit's label between the sentence and it
    before = _CREDIT_LABEL_TAIL.sub("", before)
    return len(before.split()) >= 4 and before.endswith((".", "!", "?"))


# A credit's label closing the caption's text before the name ("Photo /", "PICTURE:").
_CREDIT_LABEL_TAIL = re.compile(r"\s+(?i:photo(?:graph)?s?|pictures?|pic|image|credit)\s*[:/|]?$")


def _place_over_captioned_story(reader: _Reader, i: int, headline: str) -> DatelineMatch | None:
    """Line `i` is a place set apart as the page's dateline, over the lead photo's caption
    that ends in its credit, with the story's first paragraph under the caption: "Kathmandu"
    / "Climbers on the icefall. Post File Photo" / "The government will ...". Only a short
    line without a sentence's end is tried; the grammar of a dateline set apart decides."""
    line = reader.lines[i]
    if len(line.split()) > 3 or line.endswith((".", "!", "?", ":", ";", ",")):
        return None
    cap = reader.nxt[i]
    if cap >= len(reader.lines):
        return None
    # the caption a line of its own over the story's (copy with no blank lines), or the
    # caption's block over the story's block (hard-wrapped copy breaks both)
    story = cap
    while story < len(reader.lines) and reader.lines[story]:
        story += 1
    story = reader.nxt[story] if story < len(reader.lines) else story
    readings = [(reader.lines[cap], reader.lines[cap + 1] if cap + 1 < len(reader.lines) else "")]
    if story < len(reader.lines):
        readings.append((_block_text(reader.lines, cap), _block_text(reader.lines, story)))
    for caption, first in readings:
        if not first or find_credit(caption, in_header=True) is None:
            continue
        if is_credit_line(caption):
            return None  # a credit alone under the line: the line is its caption, no dateline
        if place_set_apart_over_story(line, first, reader.ref):
            return match_standalone_dateline(line, first, reader.ref)
        # "Kathmandu" over a story that names no country: the headline over it may name it
        if (named := city_alone_under_headline(line, first, headline)) is not None:
            return named
    return None


def _block_text(lines: list[str], start: int) -> str:
    """The lines of the block from `start` to the next blank line, joined with spaces."""
    end = start
    while end < len(lines) and lines[end]:
        end += 1
    return " ".join(line.strip() for line in lines[start:end])


def _wrapped_credit_below(lines: list[str], i: int, reference_date: dt.date | None) -> bool:
    """Line `i` ends in a credit's label whose name is the line below (credit_wrapped_over),
    unless that line is the story's dateline set apart over its paragraph: "File photo" /
    "KHARTOUM" / "The Sudanese army said ...", the caption's label alone, no photographer."""
    if credit_wrapped_over(lines[i], lines[i + 1]) is None:
        return False
    # (the story's paragraph right under the town, or after one blank line: Anadolu's pages
    # set the town apart by one)
    k = i + 2 if i + 2 < len(lines) and lines[i + 2] else i + 3
    return not (
        k < len(lines) and place_set_apart_over_story(lines[i + 1], lines[k], reference_date)
    )


def place_set_apart_over_story(line: str, below: str, reference_date: dt.date | None) -> bool:
    """`line` is a town set apart as the story's dateline ("KHARTOUM") with the story's
    paragraph `below` it, no wire's or picture library's name (which the grammar may read as
    a town's, "XINHUA"): no credit's name under a caption's label."""
    from archiver.extract.agencies import is_wire_source

    text = line.strip()
    if len(below.split()) < _STORY_PARAGRAPH_WORDS or is_wire_source(text):
        return False
    if is_picture_library(text) or is_credit_word_line(text):
        return False
    found = match_standalone_dateline(text, below, reference_date)
    return found is not None and found.dateline.place is not None and found.dateline.raw == text


def _summary_over_dateline(reader: _Reader, i: int, roles: list[LineRole]) -> bool:
    """Line `i`, right under the headline (or its deck), is the page's summary printed without
    a stop, and the story's dateline paragraph stands right below it: "Wheat exports up 12%" /
    "Egypt and Algeria remain the largest buyers, according to the ministry" / "MOSCOW,
    February 11. /TASS/. ...". The story opens with its dateline, so a line over it is no
    story's; a line that ends a sentence may be the story's own first paragraph."""
    line = reader.lines[i]
    words = line.split()
    low, high = _SUMMARY_LINE_WORDS
    if not low <= len(words) <= high or line.endswith((".", "!", "?", ":", ";", ",", '"', "”")):
        return False
    if sum(w[:1].islower() for w in words[1:]) * 2 < len(words) - 1:
        return False  # a Title Case line is a headline's or a menu's, no summary's
    if not roles or roles[-1].role not in ("headline", "deck") or reader.dateline(i) is not None:
        return False
    nxt = reader.nxt[i]
    if nxt >= len(reader.lines):
        return False
    below = reader.lines[nxt]
    found = reader.dateline(nxt)
    # the dateline's own evidence, a date or an agency beside the place, sets the story's
    # opening apart from a sentence that merely starts with a town's name
    return (
        found is not None
        and len(below.split()) >= _STORY_PARAGRAPH_WORDS
        and found.dateline.place is not None
        and (found.dateline.source is not None or found.dateline.date_text is not None)
    )


# How many lines of text the title-like line may stand below the first headline-like line, and
# how many lines (a deck, a caption, a credit) may stand between it and the article's anchor.
_DISPLACE_AHEAD = 12
_ANCHOR_AHEAD = 3
# A photo's credit on a line of its own is short.
_CREDIT_LINE_MAX = 80
# Page furniture between a site's name and the headline is short.
_FURNITURE_WORDS = 8


def _standfirst_writer_at(reader: _Reader, i: int) -> Byline | None:
    """Line `i` is a standfirst that names its writer ("..., writes John Doe"), or the
    writer's name alone right over one that names the same person: the writer, else None.
    (A name over a standfirst naming someone else is left to the other readings.)"""
    line = reader.lines[i]
    found = standfirst_writer(line)
    if found is not None:
        return found
    nxt = reader.nxt[i]
    if nxt >= len(reader.lines) or len(line.split()) > _NAME_ALONE_WORDS:
        return None
    below = standfirst_writer(reader.lines[nxt])
    if below is None or " ".join(line.split()) not in below.names:
        return None
    return Byline(raw=line, names=below.names)


def _writer_above_stands(above: Byline | None, standfirst: Byline) -> bool:
    """The "By" line over the headline (`above`) stays the writer over the standfirst's
    own: when the standfirst names the same person, or credits its name to an outlet in the
    possessive ("..., Axios' Emily Peck writes.", "Reuters' Tom Okafor": a newsletter's item
    crediting another outlet's reporter under its author's line). A standfirst that names
    its writer outright ("..., writes Michael Tan.") names the story's writer."""
    if above is None:
        return False
    named = {" ".join(n.split()).casefold() for n in above.names}
    if any(" ".join(n.split()).rstrip(".").casefold() in named for n in standfirst.names):
        return True
    return any(
        re.search(r"\w(?:'s|’s|s'|s’)\s+" + re.escape(name.rstrip(".")), standfirst.raw) is not None
        for name in standfirst.names
    )


# A writer's name alone on its line has at most this many words.
_NAME_ALONE_WORDS = 4


# The longest dateline set on a line of its own that _is_anchor asks for ("RIO DE JANEIRO").
_SET_APART_CHARS = 40


def _paragraph_opening(reader: _Reader, k: int) -> str:
    """Line `k`, and the next line of text when line `k` ends in no sentence's stop (a
    hard-wrapped paragraph's first line): enough of the paragraph to read how it opens."""
    line = reader.lines[k]
    if line.rstrip().endswith((".", "!", "?", '"', "”")) or reader.nxt[k] >= len(reader.lines):
        return line
    return f"{line} {reader.lines[reader.nxt[k]]}"


def _is_anchor(reader: _Reader, j: int) -> bool:
    """What stands under a headline on any article page: the byline (with names), a date
    stamp (with or without the writer's name), or the dateline opening the story."""
    line = reader.lines[j]
    if reader.dateline(j) is not None or is_date_stamp(line) or is_page_timestamp(line):
        return True
    if name_before_stamp(line) is not None:
        return True
    if (
        len(line) <= _SET_APART_CHARS
        and (story := reader.nxt[j]) < len(reader.lines)
        and place_set_apart_over_story(line, _paragraph_opening(reader, story), reader.ref)
    ):
        return True  # "RIO DE JANEIRO" over the story: the dateline set on a line of its own
    if len(line) <= 120 and is_by_line(line):
        byline = parse_byline(line)
        return byline is not None and bool(byline.names)
    return False


def _label_over_byline(reader: _Reader, j: int) -> bool:
    """Line `j` is a byline's label alone ("Author of the article:", "Written by") and the
    writer's name stands on one of the next two lines of text (an agency's name may come
    between: "Author of the article:" / "The Canadian Press" / "Jane Roe"): the byline set in
    blocks, as Postmedia's pages print it."""
    line = reader.lines[j]
    if len(line) > 40 or line.endswith((".", "!", "?")):
        return False
    ahead = reader.ahead(j, 2)
    if ahead and label_over_names(line, reader.lines[ahead[0]]) is not None:
        return True
    # past one short line (the agency's or the outlet's name), never past prose
    return (
        len(ahead) == 2
        and len(reader.lines[ahead[0]]) <= 40
        and _furniture(reader.lines[ahead[0]])
        and label_over_names(line, reader.lines[ahead[1]]) is not None
    )


def _place_dated_stamp(line: str) -> bool:
    """`CHENNAI, June 5, 2012`: a place in capitals and a date, the whole line a dateline (a
    page's "Last Updated: ..." stamp or "Jakarta ● Thu, January 2, 2020" is none)."""
    from archiver.extract.datelines import match_field_dateline

    found = match_field_dateline(line)
    place = found.dateline.place if found is not None else None
    return (
        found is not None
        and found.dateline.date is not None
        and place is not None
        and place.split(",")[0].isupper()
    )


def _title_over_headline(reader: _Reader, i: int, rest: str) -> bool:
    """The text after a dateline-like opening ends in a headline that a line of its own
    below prints again: the page's title ("Site -- Section - Headline") over the page."""
    rest = rest.strip()
    if not rest or rest[-1:] in '.!?"”' or len(rest.split()) > _TITLE_WORDS:
        return False
    for j in reader.ahead(i, _DISPLACE_AHEAD):
        below = reader.lines[j]
        if (
            len(below.split()) >= 3
            and len(below) < len(rest)
            and rest.endswith(below)
            and not rest[: -len(below)].rstrip().endswith(tuple("abcdefghijklmnopqrstuvwxyz"))
            and looks_like_headline(below)
        ):
            return True
    return False


# An issuer's name at the top of its own news page: a government's office, a town's or a
# city's, a university's ("Office of the Governor", "Town of Brookline, MA", "City of Tacoma",
# "University of Michigan News", "Purdue University News"). A headline has a verb or a small
# word besides "of", "the", "and"; these names are capitalised words only.
_ISSUER_NAME = re.compile(
    r"^(?:The\s+)?(?:(?P<head>Office|Town|City|County|Village|State|Commonwealth|Department|"
    r"Ministry|University|Port|District|Borough|Township|Government)\s+of\s+(?P<the>the\s+)?"
    # the name's own small words too: "Ministry of Foreign Affairs of Japan", "Department of
    # Health and Aged Care", "Office of the Director of Public Prosecutions" (two words at
    # most after each: "Department of Health and Human Services Cuts Jobs" is a headline)
    r"(?P<name>[A-Z][\w.'’–-]*(?:\s+[A-Z][\w.'’–-]*){0,3}"
    r"(?:\s+(?:of|and|for|&)\s+(?:the\s+)?[A-Z][\w.'’–-]*(?:\s+[A-Z][\w.'’–-]*)?){0,2})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]{1,12}))?"
    r"|[A-Z][\w.'’–-]*(?:\s+[A-Z][\w.'’–-]*){0,3}\s+(?:University|College|Institute|Police"
    r"\s+Department))"
    r"(?:\s+(?:News|Newsroom|Today|News\s+Service|News\s+Center|Press\s+Office))?$"
)
# The heads of a place's government: "Town of X" names a place, or a feature's title reads so
# ("State of Play", "City of Champions", "Town of Two Halves").
_PLACE_HEADS = frozenset(
    "Town City County Village State Commonwealth Port District Borough Township".split()
)


def _issuer_name(line: str) -> bool:
    """`line` is an issuer's name (_ISSUER_NAME); a place's government names a place the
    gazetteer knows, a state or a country, or prints its region after a comma ("City of
    Marlow Heights, OR")."""
    from archiver.extract.gazetteer import is_known_place, is_region

    m = _ISSUER_NAME.match(line)
    if m is None:
        return False
    if m.group("head") not in _PLACE_HEADS:
        return True
    name = m.group("name")
    if m.group("the"):
        return is_region(name)  # "State of the Union": only a land takes "the" ("the Bahamas")
    return bool(
        (m.group("region") and is_region(m.group("region")))
        or is_known_place(name)
        or is_region(name)
    )


# A release's field label over its value: "CONTACT: Press Office, 512-555-0100".
_RELEASE_FIELD = re.compile(r"^[A-Z][A-Za-z]{1,15}(?:\s[A-Za-z]{1,15})?:\s+\S")
# How many lines of text below the issuer's name its headline may stand.
_ISSUER_AHEAD = 6


def _headline_under_stamp(reader: _Reader, i: int) -> int | None:
    """The headline below an issuer's name at line `i` (_ISSUER_NAME): within the next few
    lines of text, past the page's byline, its date stamp (one of the two at least), labels and
    short furniture, a title-like line longer than the name that the story's dateline or its
    first paragraph (a sentence of fifteen words or more; eight, when a release's or a
    letter's label stands over or under the name) follows. None otherwise: a name over its own
    byline and story is a headline ("City of Tacoma Sues Over Dam" has a verb)."""
    from archiver.extract.masthead import word_count
    from archiver.extract.pagetops import is_page_top

    line = reader.lines[i]
    issuer = _issuer_name(line)
    # Any other short name ("Rivers Trust North", "THE BRIEFING ROOM") is an issuer's only
    # when a release's label or a letter's issue line stands under it, over the title: a short
    # headline in title case has the same shape, and its own story, not a label, under it
    named = issuer or (
        word_count(line) <= _ISSUER_NAME_WORDS
        and (is_name_shaped(line) or (line.isupper() and not any(c.isdigit() for c in line)))
    )
    if not named:
        return None
    if not all(
        reader.chrome[k] or not reader.lines[k] or _page_label(reader.lines[k]) for k in range(i)
    ):
        return None  # text above the name: the page's top is elsewhere
    anchored = labelled = False
    if _labelled_from_above(reader, i):
        # "MEDIA RELEASE" / "NSW Police Force", "LinkedIn Newsletter" / "Supply Chain
        # Signals": the label the page prints over the name tells it for the issuer's or the
        # letter's as well as one under it
        issuer = labelled = anchored = True
    # chrome lines too: the release's label and its stamp are page furniture to the reader
    ahead = [k for k in range(i + 1, len(reader.lines)) if reader.lines[k]][: _ISSUER_AHEAD + 2]
    for j in ahead:
        cand = reader.lines[j]
        if _page_label(cand):
            # "Press release", "NEWS RELEASE" / "Edition 418 · 3 May 2024": the issuer's or
            # the letter's label, which tells the name above it for the issuer's
            issuer = labelled = True
            anchored = True
            continue
        if reader.chrome[j] and not (is_page_top(cand) or is_date_stamp(cand)):
            continue
        if _is_anchor(reader, j) and reader.dateline(j) is None:
            anchored = True
            continue
        if is_page_top(cand):
            anchored = True  # "FOR IMMEDIATE RELEASE: 02/27/2024": the release's own stamp
            continue
        if _RELEASE_FIELD.match(cand) and len(cand) <= _CREDIT_LINE_MAX:
            continue
        if (
            anchored
            and issuer
            and looks_like_headline(cand)
            and word_count(cand) >= 4
            # a release's label tells the name for the issuer's: its title may be shorter than
            # a ministry's name ("Japan-Philippines Foreign Ministers' Meeting")
            and (labelled or word_count(cand) > word_count(line))
            and parse_byline(cand) is None
            and find_credit(cand, in_header=True) is None
            and (nxt := _past_lead_caption(reader, j))
            and (not labelled or (nxt := _past_page_tools(reader, nxt)))
            and (
                reader.dateline(nxt[0]) is not None
                # "Media releases" / the title / "27 February 2025": the release's stamp
                # under its title, once a label has told the name above for the issuer's
                or (labelled and is_date_stamp(reader.lines[nxt[0]]))
                or (
                    word_count(reader.lines[nxt[0]])
                    # a release's or a letter's first paragraph may be one short sentence
                    # ("A man has been charged following a pursuit in the state's north
                    # yesterday."), once its label has told the page for a release
                    >= (_LABELLED_STORY_WORDS if labelled else _STORY_PARAGRAPH_WORDS)
                    and reader.lines[nxt[0]].endswith((".", '"', "”"))
                )
            )
        ):
            return j
        if not _furniture(cand):
            return None
    return None


# A newsletter's own label alone over its name: "LinkedIn Newsletter", "Weekly newsletter",
# "The Substack newsletter", "Email newsletter" (two words at most before the word).
_LETTER_WORD_LABEL = re.compile(r"^(?:[\w'’-]+\s+){0,2}(?i:newsletter|bulletin|digest)$")


# A release's or a letter's first paragraph under its labelled header has this many words at
# least (one sentence).
_LABELLED_STORY_WORDS = 8


def _page_label(line: str) -> bool:
    """A release's label, a newsletter's label or issue line, or a wire's "News provided by"
    (page furniture that names what the page is)."""
    from archiver.extract.captures import is_issue_line
    from archiver.extract.chrome import is_letter_label
    from archiver.extract.pagetops import is_release_label

    return bool(
        is_release_label(line)
        or is_issue_line(line)
        or is_letter_label(line)
        or _LETTER_WORD_LABEL.match(line) is not None
        or _ISSUER_LABEL.match(line) is not None
    )


def _labelled_from_above(reader: _Reader, i: int) -> bool:
    """A page's label (_page_label) stands among the page-top lines over the name at line `i`,
    and the line of text under the name is furniture (a date stamp, a label, a page-top line),
    not the name's own words wrapped on ("City of Brampton Launches Free" / "Youth Swim
    Program"): the name is the issuer's or the letter's, not the story's title."""
    from archiver.extract.pagetops import is_page_top

    if not any(reader.lines[k] and _page_label(reader.lines[k]) for k in range(i)):
        return False
    below = next((k for k in range(i + 1, len(reader.lines)) if reader.lines[k]), None)
    if below is None:
        return False
    under = reader.lines[below]
    return bool(
        reader.chrome[below] or is_date_stamp(under) or is_page_top(under) or _page_label(under)
    )


# How far under a release's label its issuer's name is looked for again.
_NAMED_AGAIN_LINES = 40


def _named_again(lines: list[str], name: str, j: int) -> bool:
    """The first two words of `name` stand again, each capitalised, within the lines under
    line `j` ("Kestrel Water Utility" / "News release | 18 June 2024" / ... "Kestrel Water
    said"): a release's issuer names itself in the release; a headline's words come back in
    lower case ("a flood warning"), if at all."""
    head = re.compile(
        r"(?<!\w)" + r"\s+".join(map(re.escape, name.split()[:2])) + r"(?!\w)", re.IGNORECASE
    )
    return any(
        not any(w[:1].islower() for w in m.group(0).split())
        for k in range(j + 1, min(len(lines), j + _NAMED_AGAIN_LINES))
        for m in head.finditer(lines[k])
    )


# An issuer's name known by the label under it alone has at most this many words.
_ISSUER_NAME_WORDS = 5


def _past_lead_caption(reader: _Reader, j: int) -> list[int]:
    """The next line of text under line `j`, past the lead photo's caption when that line
    carries its credit ("Volunteers at the planting day. Photo: Jane Roe"): a release prints
    its photo between the title and the story's first paragraph."""
    nxt = reader.ahead(j, 2)
    if len(nxt) == 2 and find_credit(reader.lines[nxt[0]]) is not None:
        return nxt[1:]
    return nxt[:1]


# How many of a release page's tool links may stand between its title and its text.
_PAGE_TOOLS = 4
_PAGE_TOOL_WORDS = 3


def _past_page_tools(reader: _Reader, nxt: list[int]) -> list[int]:
    """The line `nxt` holds, or the first line under it past a few short links with no stop
    ("Page contents" / "Top" / "Print friendly pdf" / "Contacts", as a labelled release's
    page prints its tools between the title and the text); `nxt` when no paragraph follows
    them."""
    from archiver.extract.masthead import word_count

    k = nxt[0]
    for _ in range(_PAGE_TOOLS):
        line = reader.lines[k]
        if word_count(line) > _PAGE_TOOL_WORDS or line.endswith((".", "!", "?", ":")):
            return [k] if k != nxt[0] else nxt
        if (under := reader.ahead(k, 1)) == []:
            return nxt
        k = under[0]
    return [k] if word_count(reader.lines[k]) > _PAGE_TOOL_WORDS else nxt


def _furniture(line: str) -> bool:
    """A short line that is no sentence: a site's name, a tagline, a section, a stamp."""
    from archiver.extract.masthead import word_count

    if is_items_row(line):
        return True  # a menu row: "Home | News | Politics | Press releases"
    return word_count(line) <= _FURNITURE_WORDS and not line.endswith((".", "!", "?"))


def _over_anchor(reader: _Reader, j: int) -> bool:
    """An anchor within the next few lines of text under line `j`, past a deck, a caption
    or a credit (which stand between a headline and its byline on many pages); a wire's
    writer under the photo's credit line ("Foto: Jane Roe/TT" / "John Doe/TT") is the byline."""
    return any(
        _is_anchor(reader, k) or _wire_writer_under_credit_line(reader, k)
        for k in reader.ahead(j, _ANCHOR_AHEAD)
    )


def _wire_writer_under_credit_line(reader: _Reader, k: int) -> bool:
    """Line `k` is a person and a wire alone ("John Doe/TT" / "Sofie Lund/Ritzau"), under the
    photo's credit that names someone else, on a line of its own ("Foto: Jane Roe/TT") or
    closing the caption right over it ("... Foto: Jane Roe/TT"), with the page's date stamp
    or the story's first paragraph right under it: the Nordic wires' byline (Aftonbladet,
    Dagens Nyheter, VG, Ekstra Bladet, NTB's clients), as a photo has one credit, so the second
    name signs the story. Asked ahead of a headline (_over_anchor) and of the line itself."""
    from archiver.extract.bylines import _is_wire

    line = reader.lines[k]
    own = find_credit(line, in_header=True)
    # the whole line the name and its wire, no label: "Foto: John Doe/TT" is a photo's credit
    if own is None or own.photographer is None or own.agency is None:
        return False
    if own.credit != line.strip() or not looks_like_name(own.photographer):
        return False
    if not (is_agency(own.agency) or _is_wire(own.agency)):
        return False
    over = _line_over(reader.lines, k)
    if over is None or (above := find_credit(reader.lines[over], in_header=True)) is None:
        return False
    if not (is_credit_line(reader.lines[over]) or over == k - 1):
        return False  # a caption's credit stands right over the name, no blank line between
    # "... in Nairobi (Jane ROE)" / "Jane ROE / AFP": the photo's credit named again with its
    # agency is that photo's credit, no writer's
    if own.photographer.casefold() in {
        (above.photographer or "").casefold(),
        above.credit.casefold(),
    }:
        return False
    under = reader.ahead(k, 1)
    first = reader.lines[under[0]].rstrip() if under else ""
    # the page's date stamp ("Publicerad 2025-02-27 07.15") or the story's first paragraph
    # (a sentence of a dozen words or more) right under the name
    story_below = len(first.split()) >= 12 and first.endswith((".", "!", "?", '"', "”"))
    return story_below or (bool(first) and is_date_stamp(first))


# Names, then their agency after a slash or in brackets: "Jane Roe and John Doe / AFP",
# "Jane Roe (IANS)".
_NAMES_THEN_WIRE = re.compile(
    r"^(?P<names>[^()/]+?)\s*(?:/\s*(?P<slashed>[^()/]+)|\((?P<bracketed>[^()/]+)\))$"
)


# "Jane Roe (AFP)", "KEITH RIDLEY (AP)": a name and its agency in brackets, the feed's shape
# for the item's writer under its date stamp (a slashed "Jane Roe / AFP" there is a photo's)
_NAME_BRACKETED_AGENCY = re.compile(r"^[^()/|]{3,60}\([A-Za-z][\w.&'’ -]{1,30}\)$")


# the rows of a video player a clip's credit may stand under (label, button, time, title)
_PLAYER_ROWS = 4


def _right_under_headline(roles: list[LineRole], line: str) -> bool:
    """The last line read is the headline or its deck, or the page's date stamp right under
    them when `line` is a name and its agency in brackets ("Idaho lawmakers reject ..." /
    "Wed, 12 Feb 2025 22:15:00 GMT" / "KEITH RIDLEY (AP)": a feed item's text prints the
    item's date over its author): the byline's place. A slashed "Anselmo Cunha / AFP" under
    the stamp stays the photo's credit."""
    if (
        roles
        and roles[-1].role == "chrome"
        and is_date_stamp(roles[-1].text)
        and _NAME_BRACKETED_AGENCY.match(" ".join(line.split()))
    ):
        roles = roles[:-1]
    return bool(roles) and roles[-1].role in ("headline", "deck")


# A place's words that end a place's name in capitals ("GAZA CITY", "PALM BEACH") or open it
# ("NEW ...", "SAN ...", "DEIR ..."), never a person's
_PLACE_END_WORDS = frozenset(
    "city town beach bay island islands county heights springs falls valley hills park harbor"
    " harbour port point lake creek strip bank coast village district province region state".split()
)
_PLACE_START_WORDS = frozenset(
    "new san santa santo saint st st. fort ft. port mount mt. east west north south los las"
    " el al deir beit kfar tel lake cape upper lower".split()
)


def _capitals_name_not_place(place: str, names: list[str]) -> bool:
    """Whether the capitals read whole as a dateline's place ("KEITH RIDLEY (AP)") are a
    person's name: one name of two or three words of letters, neither a place the gazetteer
    knows nor one that opens or ends on a place's word ("GAZA CITY (AP)" over "DEIR AL-BALAH,
    Gaza Strip (AP) — ..." is another place's dateline, no writer)."""
    from archiver.extract.gazetteer import is_known_place

    if len(names) != 1:
        return False
    words = place.split()
    if not 2 <= len(words) <= 3 or " ".join(words).casefold() != names[0].casefold():
        return False
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)?", w) for w in words):
        return False
    folded = [w.casefold() for w in words]
    if folded[0] in _PLACE_START_WORDS or folded[-1] in _PLACE_END_WORDS:
        return False
    if any(w.startswith(("al-", "el-")) for w in folded):
        return False
    return not is_known_place(place)


def _signers_under_headline(reader: _Reader, k: int) -> tuple[list[str], str] | None:
    """The writers a credit-shaped line `k` in the byline's place under the headline names,
    and why, when it signs the story rather than credits a photo; None otherwise."""
    if (writer := wire_writer_over_stamp(reader.lines, k)) is not None:
        # the headline / "John Doe/TT" / "Publicerad 12 feb 2026" / "Caption. Foto: Jane
        # Roe/TT": the page labels its photo's credit, so the bare name and wire in the
        # byline's place over the stamp sign the story (Nordic wires' clients)
        return [writer], "a name and a wire over the stamp, the photo's credit labelled"
    if (signers := _writers_and_wire(reader, k)) is not None:
        # the headline / "Jane Roe and John Doe / AFP" or "Jane Roe (IANS)" over "New Delhi,
        # March 3 (IANS) -": the agency's writers in the byline's place, no caption
        return signers, "writers and their agency under the headline, no caption"
    return None


def _writers_and_wire(reader: _Reader, k: int) -> list[str] | None:
    """The writers line `k` names when it is one to three person names and their news agency
    alone ("Jane Roe and John Doe / AFP", "Jane Roe (IANS)"), under the headline, over the
    story's dateline naming that same agency ("New Delhi, March 3 (IANS) -"; the page's stamp
    may stand between: _dateline_past_stamp), and no
    name's surname is said anywhere else in the capture: the agency's writers over the
    agency's copy. A caption naming the people pictured ("Joe Biden and Emmanuel Macron /
    AFP", a headshot's "Rahul Gandhi (PTI)") names the story's subjects, whom the headline or
    the story names again; a photographer's credit stays a credit wherever the dateline is
    another's or missing."""
    from archiver.extract.bylines import _is_wire

    m = _NAMES_THEN_WIRE.match(" ".join(reader.lines[k].split()))
    if m is None:
        return None
    agency = (m.group("slashed") or m.group("bracketed") or "").strip()
    if not (is_agency(agency) or _is_wire(agency)):
        return None
    names = name_list(m.group("names"))
    if not names or len(names) > 3 or any(is_agency(n) or _is_wire(n) for n in names):
        return None
    found = _dateline_past_stamp(reader, k)
    source = found.dateline.source if found is not None else None
    if (source is None or source.casefold() != agency.casefold()) and not (
        # the agency's sign-off at the story's foot stands for the dateline's agency only
        # under a dateline naming none ("[BANGKOK] ..."): under no dateline at all, the line
        # may be a caption of the people pictured, the agency's photo credit after it
        found is not None and source is None and _signed_off_by(reader.lines, agency)
    ):
        return None
    surnames = {n.split()[-1].casefold() for n in names if len(n.split()) >= 2}
    if len(surnames) != len(names):
        return None  # a one-word name: nothing to look for elsewhere
    elsewhere = " ".join(line for j, line in enumerate(reader.lines) if j != k).casefold()
    if any(re.search(rf"\b{re.escape(surname)}\b", elsewhere) for surname in surnames):
        return None
    return names


# How many of the capture's last lines with text may hold the agency's sign-off (the page's
# "Related" label or a tag row may follow it).
_SIGN_OFF_LINES = 3
_SIGN_OFF = re.compile(r"^[—–-]?\s*\(?(?P<agency>[^()]{2,40}?)\)?\.?$")


def _signed_off_by(lines: list[str], agency: str) -> bool:
    """The story ends on the agency's name alone, as its sign-off ("BLOOMBERG", "— AFP",
    "(Reuters)") in one of the capture's last lines: the agency's copy run by a partner paper,
    which names the agency's writers in the byline's place (The Business Times' "Jane Roe and
    John Doe / Bloomberg" over "[TOKYO]"). A caption's people are no writers of such copy."""
    seen = 0
    for line in reversed(lines):
        text = line.strip()
        if not text:
            continue
        m = _SIGN_OFF.match(text)
        if m is not None and m.group("agency").casefold() == agency.casefold():
            return True
        seen += 1
        if seen >= _SIGN_OFF_LINES:
            return False
    return False


# How many of the page's stamp lines may stand between the writers and the story's dateline:
# the stamp and its "Updated" line at most.
_STAMP_LINES = 2


def _dateline_past_stamp(reader: _Reader, k: int) -> DatelineMatch | None:
    """The dateline of the next line of text under line `k`, past the page's date stamp
    ("Jane Roe (EFE)" / "14/10/2019 13:45 | Actualizado a ..." / "Place, 14 oct (EFE).-", as
    the sites that run an agency's copy print it); None when another line comes first. A
    caption stops the walk, its credit or none: the name over the stamp may be a headshot's
    caption ("Jorge Azcón Navarro (EFE)" over the stamp and the lead photo's "... EFE/John
    Doe"), which nothing on the page tells from the writer's line."""
    for j in reader.ahead(k, _STAMP_LINES + 1):
        if (found := reader.dateline(j)) is not None:
            return found
        if is_date_stamp(reader.lines[j]):
            continue
        return None
    return None


# A name and its place in brackets: "The Island (Sri Lanka)", "Western Echo (Galway)".
_NAME_AND_PLACE = re.compile(
    r"^(?P<name>(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|&)){0,4})"
    r"\s+\((?P<place>[A-Z][^()]{1,38})\)$"
)


# "Spectrum News 1 | Kentucky", "Syracuse Orange | Basketball": a site's or a team page's
# name, a bar, and the region or the section it is filed under. The name is capitalised words
# (a channel's number among them); the part after the bar one or two capitalised words, a state
# or province, or a menu's or sport's section.
_NAME_BAR_SECTION = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|\d{1,3})){0,3})"
    r"\s+\|\s+(?P<section>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?)$"
)


def _name_bar_section(line: str) -> bool:
    """The line is a site's or a team page's name over its region or section (_NAME_BAR_SECTION):
    the page's header, no headline (a headline's words after a bar name no section alone)."""
    from archiver.extract.gazetteer import is_state_or_province
    from archiver.extract.masthead import _SPORT_SECTIONS

    m = _NAME_BAR_SECTION.match(line.strip())
    if m is None:
        return False
    section = m.group("section")
    words = section.lower().split()
    return is_state_or_province(section) or all(
        w in MENU_WORDS or w in _SPORT_SECTIONS for w in words
    )


def _own_site_photo_credit(top: str, line: str) -> bool:
    """LINE is a photo's credit to the site whose name the page's top line `top` prints
    (before its bar, if any): the site's name, a slash, and a person's name ("Spectrum News
    1/Jane Roe")."""
    site, sep, person = line.strip().partition("/")
    if not sep or not site or site.strip() != top.split(" | ")[0].strip():
        return False
    return looks_like_name(person.strip())


def _name_with_its_place(line: str) -> bool:
    """A paper's name with its country or city in brackets, as e-edition services
    (PressReader) and databases print the source over the issue's date; the bracketed words
    a place the gazetteer knows ("Floods (Updated)" names none)."""
    from archiver.extract.gazetteer import is_known_place

    m = _NAME_AND_PLACE.match(line)
    if m is None:
        return False
    place = m.group("place").split(",")[0].strip()
    return is_known_place(place)


# How many lines of text under a site's bar the story's headline may stand (a second bar and a
# kicker between them).
_BAR_AHEAD = 4


def _bar_over_headline(reader: _Reader, i: int) -> bool:
    """Line `i` is a site's alert or promotion bar ("Breaking: Crash closes lanes on I-40",
    "Sponsored: Find the best senior living") over the page's own headline: within the next
    few lines of text, past other bars and short labels (a kicker), a headline-like line of
    four words or more stands right over the story's anchors (byline, stamp, dateline). A
    story whose own headline opens with "Breaking:" has its anchors right under that line."""
    from archiver.extract.masthead import word_count

    line = reader.lines[i]
    if not is_page_bar(line) or _over_anchor_at_once(reader, i):
        return False
    for n, j in enumerate(reader.ahead(i, _BAR_AHEAD)):
        cand = reader.lines[j]
        if is_page_bar(cand):
            continue
        if (
            word_count(cand) >= 4
            and looks_like_headline(cand)
            and parse_byline(cand) is None
            and reader.dateline(j) is None
        ):
            # right under a "Breaking:" line with nothing between, a title-like line may be
            # that story's deck; a paid bar is never the story's own, and a kicker or a second
            # bar between them sets the bar apart from the story's header
            return (n >= 1 or is_promo_bar(line)) and _over_anchor(reader, j)
        if not _furniture(cand) or _is_anchor(reader, j):
            return False
    return False


def _over_anchor_at_once(reader: _Reader, i: int) -> bool:
    """The next line of text under line `i` is an anchor (byline, stamp, dateline)."""
    ahead = reader.ahead(i, 1)
    return bool(ahead) and _is_anchor(reader, ahead[0])


def _line_under(lines: list[str], i: int) -> int | None:
    """The next line of text under line `i`, chrome or not (None at the end)."""
    return next((k for k in range(i + 1, len(lines)) if lines[k]), None)


# "Reporting from Holton, Kan.", "Reporting from Kyiv and Warsaw": the place the writers named
# above filed from, on a line of its own under the byline.
_REPORTING_FROM_LINE = re.compile(
    r"^(?:Reporting|Reported)\s+from\s+[A-Z][\w'’.-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,4}$"
)
_REPORTING_FROM_CHARS = 60


def _line_over(lines: list[str], i: int) -> int | None:
    """The last line of text over line `i`, chrome or not (None at the top)."""
    return next((k for k in range(i - 1, -1, -1) if lines[k]), None)


# A row of a site's links set apart by middle dots or bullets ("Support local news · Newsletter
# · Events", "Donate • Newsletters • Podcasts"): three items or more, each of four words at most,
# none a sentence's or a figure's (a date, a read time).
_DOTTED_ITEMS = re.compile(r"\s+[·•]\s+")


def _dotted_menu_row(line: str) -> bool:
    """The line is a menu's row of items between middle dots or bullets (_DOTTED_ITEMS)."""
    parts = _DOTTED_ITEMS.split(line.strip())
    return len(parts) >= 3 and all(
        0 < len(p.split()) <= 4
        and not p.endswith((".", "!", "?"))
        and not any(c.isdigit() for c in p)
        for p in parts
    )


def _anchored_headline_below(reader: _Reader, i: int) -> int | None:
    """The headline below the first headline-like line `i`, when `i` is page furniture: a
    line within the next three lines of text that is title-like (four words or more, longer
    than line `i`) and stands right above the article's anchors (the byline, a date stamp,
    the dateline), with only short furniture lines from `i` down to it. Line `i` must itself
    look like furniture beyond being short: other furniture between it and the headline
    (a section under a site's name), a site's or an outlet's name, a label line under chrome,
    a "Section | Rubric" kicker, or a stamp. None when line `i` sits on an anchor itself."""
    from archiver.extract.masthead import word_count

    line = reader.lines[i]
    # a broadcaster's brand row, or a line of its header right under the brand row atop the
    # page ("1010 WINS" / "You give us 22 minutes, we'll give you the world"): its tagline or
    # its row of frequencies runs longer than other furniture
    # (not a line the story's lead speaks of: "KTVU FOX 2 | San Francisco" / "Storm watch:
    # Creeks overflow in Marin County" / its deck is the station's story under its brand)
    brand_row = is_station_brand_row(line)
    station = brand_row or (
        _under_station_brand(reader, i)
        and not (is_station_ticker(line) and _promo_tells_lead(reader, i))
    )
    # a line under the brand row, no ticker, player or menu of its header, is its tagline only
    # when it runs longer than the title under it ("A century on the river" over its deck "For
    # 100 years, the same family has ferried ..." is the station's story's headline)
    tagline = station and not brand_row and not is_station_promo(line)
    if not (_furniture(line) or (station and _station_header_line(line))):
        return None
    if _runs_on(reader, i):
        return None  # "COUNCIL OKS $4.2M BOND FOR" / "BROADWAY ROAD REBUILD": a wrapped headline
    # "Daily Briefing | The Baltimore Banner": a newsletter's title over its issue's date
    newsletter = _newsletter_title(line)
    # a site's name or tagline stands over the issue's date ("INTERFAX" / "RUSSIA & CIS
    # BUSINESS AND FINANCIAL NEWSWIRE" / "Wednesday, March 4, 1998" / the headline)
    masthead = (
        (_is_outlet(line) and not _inner_small_words(line))
        or _site_line(line)
        or is_paper_name(line)
        or _names_the_site_domain(reader, line)
        or _name_with_its_place(line)
        # "Spectrum News 1 | Kentucky", "Syracuse Orange | Basketball": the site's or the team
        # page's name over its region or section
        or _name_bar_section(line)
        # "KING 5 Seattle", "WSB-TV": a local station's brand over its story (reader mode
        # keeps the site's name and nothing else of its header)
        or is_station_name(line)
        # "KCRA 3 | Sacramento", "KETV NewsWatch 7", "91.5 Chapel Hill 88.9 Manteo": the
        # station's brand row with its market, tagline, newscast or frequencies
        or is_station_brand_row(line)
        # "CalMatters", "THE TEXAS TRIBUNE" as the page's first line: a news site's camel-case
        # name, or a paper's name (in capitals too) that the text names as an outlet again
        or _site_name_on_top(reader, i, line)
        # "University of Cape Town News", "NASA Newsroom": an institution's newsroom
        or _newsroom_name(line)
        # "Vodafone Group" / "Media centre": a company's name over its newsroom's label
        or (
            (nxt := reader.nxt[i]) < len(reader.lines)
            and _NEWSROOM_LABEL.fullmatch(reader.lines[nxt].strip()) is not None
        )
        # "Associated Press via Yahoo News", "Agencia EFE (English)": an agency's or outlet's
        # name with the portal that carries it or the language of its service
        or _syndicated_masthead(line)
        # "Letters to the Editor" / "Posted in Opinion | April 22, 2019" / the letter's title:
        # the letters column's name over each letter a local paper posts
        or _LETTERS_COLUMN.fullmatch(line) is not None
        # "The Harvard Crimson" over the title, its byline and "4–5 minutes": a reader view
        # prints the site's name (not only its address) over the article's title
        or (is_name_shaped(line) and _reader_view_title(reader, i) is not None)
        or newsletter
        # "Forwarded this email? Subscribe here" / "The Honest Broker" / the title / its deck /
        # the writer / the stamp: a letter's name right under the mailer's own link
        or (
            is_name_shaped(line)
            and (over := _line_over(reader.lines, i)) is not None
            and is_mailer_link(reader.lines[over])
        )
        # "Notes from the Stacks" / "Subscribe" / "Archives" / the stamp / the title: the
        # site's or the letter's name atop the page, its account buttons right under it
        or (
            all(reader.chrome[k] or not reader.lines[k] for k in range(i))
            and (under := _line_under(reader.lines, i)) is not None
            and is_account_line(reader.lines[under])
        )
        # "The Daily Bite" atop the page, "Welcome back to The Daily Bite." under the title:
        # the letter's name, which its own greeting or sign-off names
        or (not any(reader.lines[k] for k in range(i)) and _thanked_for_reading(reader, i, line))
        # "THE RISING NEPAL" / "Monday, September 5, 2022 | Bhadra 20, 2079" / "Page 3 |
        # Province": an e-paper page's head, the paper's name over the issue's date and the page
        or _over_issue_and_page(reader, i)
        # "dpa International — Feed" / the title / "dpa International · Tue, 29 Jun 2021 14:05":
        # a reader app's feed atop its item, the item's source row naming it again
        or _source_row_names_top(reader, i)
    )
    ahead = reader.ahead(i, _DISPLACE_AHEAD + 1)
    if not ahead:
        return None
    # a broadcaster's header runs on in players, tickers and show names before the story's
    # title, which stands over the byline or the stamp
    masthead = masthead or station
    stamp_at: int | None = None  # the masthead's date stamp, when one stands under it
    for j in ahead[:_DISPLACE_AHEAD]:
        cand = reader.lines[j]
        if station and j == ahead[0] and _station_market_under(cand, reader, j):
            continue  # "KETV NewsWatch 7" / "OMAHA": the station's market under its brand
        if masthead and _dated_writer_row(cand) and (title := _title_under_top_stamp(reader, j)):
            # "University of Cape Town News" / "Research & innovation" / "04 March 2025 |
            # Story Jane Roe. Photo John Doe. Read time 5 min." / the title / its deck: a
            # newsroom's page that prints its stamp, writer and credits over the title
            return title
        if _is_anchor(reader, j):
            if masthead and is_date_stamp(cand):
                stamp_at = j
                continue
            return None
        if masthead and _own_site_photo_credit(line, cand):
            # "Spectrum News 1 | Kentucky" / "Lexington" / "Spectrum News 1/Jane Roe" / the
            # title: the lead photo's credit to the site's own photographer, furniture between
            continue
        if _under_issuer_label(reader, j):
            # "PR Newswire" / "News provided by" / "Acme Holdings Ltd" / the stamp: the
            # company the wire names as the release's issuer, no title over the stamp
            continue
        if masthead and _slogan_fragments(cand) and _title_before_anchor(reader, j):
            # "THE GLENMORE GAZETTE" / "Independent. Local. Since 1921." / a section / the
            # title: its slogan; the last line over the byline is the headline ("Gone. Just
            # like that.")
            continue
        if (
            masthead
            and _slogan_fragments(cand)
            and parse_byline(cand) is None
            and _over_anchor(reader, j)
        ):
            # "THE HARTWELL SUN" / "Gone. Just like that." / the writer / the stamp: the last
            # line over the byline, no title under it, is the headline set as short sentences
            return j
        if (
            station
            and is_station_promo(cand)
            and not (
                is_station_ticker(cand)
                and (_over_anchor_at_once(reader, j) or _promo_tells_lead(reader, j))
            )
        ):
            # "Watch live: KCRA 3 News at 5 p.m.", "StormTeam 5: Snow totals ...": the header
            # runs on; a line of that shape right over the byline or the stamp, or one the
            # story's lead speaks of, is the story's own headline ("Live updates: Storm knocks
            # out power ..." / "By Jane Roe"; "Storm watch: Creeks overflow ..." / its deck)
            continue
        size = word_count(cand)
        display = (
            masthead
            and not looks_like_headline(cand)
            and (_display_sentences(cand) or _sentences_over_byline(reader, j))
        )
        if display and _title_line_under(reader, j):
            # "Local news you can trust. Stories that matter here." / "Mayor unveils plan to
            # rebuild the park" / "By Jane Roe": the site's tagline over the headline; a
            # headline set as short sentences stands over its deck, a longer line
            continue
        title_like = (
            (looks_like_headline(cand) or display)
            and not is_items_row(cand)
            and size >= 4
            # "Flux RSS · Économie": a feed's or a section's labels between separators
            and not (_LABEL_SEPARATORS.search(cand) and _label_line(cand))
        )
        if masthead and title_like and _names_a_label_above(reader, i, j):
            continue  # "Future Perfect" / ... / "The Future Perfect newsletter": the series
        if (
            title_like
            # (a station's tagline or row of frequencies over it may run longer)
            and (
                size < word_count(line)
                if tagline
                else station or size > word_count(_LABEL_SEPARATORS.sub(" ", line))
            )
            and parse_byline(cand) is None
            and (find_credit(cand, in_header=True) is None or _gallery_title(reader, j))
            and (
                _over_anchor(reader, j)
                or (newsletter and _over_titled_writer(reader, j))
                # "The Daily Bite" / "Posted on June 2, 2025" / the title: a letter's or a
                # site's name with its date stamp, the title the next line under the stamp
                or (stamp_at is not None and reader.nxt[stamp_at] == j)
            )
        ):
            between = sum(1 for k in range(i + 1, j) if reader.lines[k])
            below_text = any(reader.lines[k] for k in range(i))
            if (
                between >= 1
                or masthead
                or (below_text and _section_words(line))
                or _KICKER_PAIR.match(line)
                # "Support local news · Newsletter · Events": the site's links in a row
                or _dotted_menu_row(line)
                or _signs_the_page(reader, line)
                or _named_as_outlet(reader, i, line)
                or _thanked_for_reading(reader, i, line)
            ):
                return j
            return None
        if masthead and not title_like and _section_motto(reader, j):
            continue  # "Dispatch" / "On-the-ground reporting from around the world."
        if masthead and title_like and j == ahead[0] and _label_then_title(reader, j):
            # "REST OF WORLD" / "Reporting global tech stories" / "Labor" / the title: the
            # site's tagline right under its name, a section's label under it, and the title
            # over the anchor below that
            continue
        if station and _station_header_line(cand):
            continue  # "Watch Live: KCRA 3 News at 5 p.m.", "Next Up: 0:00": the header runs on
        if title_like or not _furniture(cand):
            return None  # the first title-like line below is no headline over an anchor
    return None


def _promo_tells_lead(reader: _Reader, j: int) -> bool:
    """Line `j`, shaped as a broadcaster's ticker or player line, shares two longer words or
    more with the story's lead: the story's own headline ("Storm watch: Creeks overflow in
    Marin County" over "Several roads in Marin County were closed ..."), where a ticker's
    teaser of another story shares one at most (page._bar_off_lead)."""
    from archiver.extract.page import _LEAD_WITHIN, _lead_after, _long_words

    lead = _lead_after(reader.lines, j + 1, 2 * _LEAD_WITHIN)
    return lead is not None and len(_long_words(reader.lines[j]) & _long_words(lead)) > 1


# A line of a broadcaster's header between its brand and the story's title is short and no
# sentence: a player's, a ticker's or a show's line.
_STATION_HEADER_WORDS = 20


def _station_header_line(line: str) -> bool:
    """Line `line`, under a broadcaster's brand row and over no anchor, is its header's: a
    player, a ticker, a show's name or a menu, short and ending in no full stop."""
    from archiver.extract.masthead import word_count

    return word_count(line) <= _STATION_HEADER_WORDS and not line.endswith((".", "!", "?"))


# How far down the page a brand row's first line under it may stand (blank lines among them).
_BRAND_TOP_LINES = 6


def _under_station_brand(reader: _Reader, i: int) -> bool:
    """Line `i` stands right under a broadcaster's brand row, the page's first line of text."""
    # (the first two lines of text at most are read: no walk over a long page's lines)
    above = [k for k in range(i) if reader.lines[k]][:2] if i <= _BRAND_TOP_LINES else []
    return len(above) == 1 and is_station_brand_row(reader.lines[above[0]])


def _station_market_under(line: str, reader: _Reader, j: int) -> bool:
    """Line `j`, right under a broadcaster's brand row, is its market in capitals alone
    ("OMAHA"), not the story's dateline set apart: title-like lines still stand below it
    before the story."""
    text = line.strip()
    return (
        text.isupper()
        and len(text.split()) <= 3
        and text.replace(" ", "").replace(".", "").isalpha()
        and reader.dateline(j) is None
        and not is_date_stamp(text)
    )


# The print page a story ran on, alone or with its section after a bar or a dot ("Page 3 |
# Province", "Page A4 · Metro"), as an e-paper's page head prints it under the issue's date.
_PRINT_PAGE_ROW = re.compile(
    r"^(?:(?i:page)|Pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?(?:\s*[|·•]\s*[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})?$"
)


# A paper's name led by its article, which headlinese drops: "THE RISING NEPAL", "The Rising
# Nepal" (a headline over its stamp, "Libraries cut hours", has its verb and no article).
_LED_BY_ARTICLE = re.compile(r"^(?:The|THE)\s+\S")
_ISSUE_NAME_WORDS = 5


def _issue_nameplate(line: str) -> bool:
    """Line `line` is shaped like a paper's name: a nameplate the code knows, in any case
    ("The Kathmandu Post", "DAILY NATION"), or one to five capitalised words led by the
    article with no small word, figure or stop ("THE RISING NEPAL"). A clipping's short
    headline ("Libraries cut hours", "LIBRARIES CUT HOURS") over its date and page is
    none: a sentence-case headline has lower-case words, and a headline drops the article."""
    from archiver.extract.masthead import is_nameplate

    text = line.strip()
    if is_nameplate(text) or is_paper_name(text):
        return True
    # in capitals, each word capitalised as a name's ("THE RISING NEPAL": "The Rising Nepal")
    name = " ".join(w.capitalize() for w in text.split()) if text.isupper() else text
    return (
        _LED_BY_ARTICLE.match(text) is not None
        and len(text.split()) <= _ISSUE_NAME_WORDS
        and not any(ch.isdigit() for ch in text)
        and is_name_shaped(name)
    )


def _over_issue_and_page(reader: _Reader, i: int) -> bool:
    """Line `i`, shaped like a paper's name (_issue_nameplate), stands right over a date stamp
    (the issue's date) and the print page's row under it: the paper's name atop an e-paper's
    page. A clipping prints its own headline over its date and page too ("Libraries cut hours"
    / "March 5, 2024" / "Page A3 | Metro"), so the line's shape must say it is a name."""
    if not _issue_nameplate(reader.lines[i]):
        return False
    dated = _line_under(reader.lines, i)
    if dated is None or not is_date_stamp(reader.lines[dated]):
        return False
    paged = _line_under(reader.lines, dated)
    return paged is not None and _PRINT_PAGE_ROW.match(reader.lines[paged].strip()) is not None


# The feed's name before a dash or a bar and the reader's word for it ("dpa International — Feed").
_NAME_BEFORE_MARK = re.compile(r"\s+[—–|-]\s+")
# The marks a reader's source row sets between the source's name and the item's stamp.
_ROW_MARKS = "·|•-–—,"
_FEED_NAME_WORDS = 5
# The reader's label for a feed after its name ("— Feed", "- All news", "- World News",
# "| Top Stories"): a few words, each a menu's or a feed's word or the small "all".
_FEED_LABEL_WORDS = 3
_FEED_WORDS = frozenset("feed feeds rss all stories headlines breaking".split())


def _feed_label(label: str) -> bool:
    """The text after the feed's name and its dash is the reader's label for the feed, no
    headline: up to three words, all of them a menu's or a feed's word ("Feed", "All news",
    "World News"). A column's name and its item's title ("Dear Abby - Husband hides credit
    card") has a headline's words and its verb there."""
    words = [w.strip("&").lower() for w in label.split()]
    return 0 < len(words) <= _FEED_LABEL_WORDS and all(
        not w or w in MENU_WORDS or w in _FEED_WORDS for w in words
    )


def _source_row_names_top(reader: _Reader, i: int) -> bool:
    """Line `i` (up to a dash or a bar) is the name that opens the source-and-stamp row under
    the next line ("dpa International — Feed" / the title / "dpa International · Tue, 29 Jun
    2021 14:05:00 +0200"): a reader app's or an aggregator's feed name atop its item, not the
    item's title, which stands between the two."""
    lines = reader.lines
    name, *label = _NAME_BEFORE_MARK.split(lines[i].strip(), maxsplit=1)
    if not name or len(name.split()) > _FEED_NAME_WORDS or (label and not _feed_label(label[0])):
        return False
    title = _line_under(lines, i)
    row = _line_under(lines, title) if title is not None else None
    if row is None:
        return False
    text = lines[row].strip()
    return (
        text.startswith(name)
        and text[len(name) :].lstrip()[:1] in _ROW_MARKS
        and is_date_stamp(text)
    )


def _dated_writer_row(line: str) -> bool:
    """ "04 March 2025 | Story Jane Roe. Photo John Doe. Read time 5 min.": the page's date
    first, a bar, then the writer's name (a byline's grammar finds one)."""
    date, bar, rest = line.partition("|")
    if not bar or not is_full_date(date):
        return False
    found = parse_byline(rest.strip())
    return found is not None and bool(found.names)


# A deck under a title has this many words at least.
_TOP_STAMP_DECK_WORDS = 8


def _title_under_top_stamp(reader: _Reader, j: int) -> int | None:
    """The title under the page's stamp at line `j` (a date with the writer's name, or a date
    alone), when the next line of text is title-like (four words or more, no stop, no
    anchor) and the one under it its deck, a sentence with its stop: the line, or None."""
    from archiver.extract.masthead import word_count

    below = reader.ahead(j, 2)
    if len(below) < 2:
        return None
    title, deck = (reader.lines[k] for k in below)
    if (
        not looks_like_headline(title)
        or word_count(title) < 4
        or title.endswith((".", ":"))
        or _is_anchor(reader, below[0])
        or not deck.endswith((".", "!", "?"))
        or word_count(deck) < _TOP_STAMP_DECK_WORDS
        or word_count(deck) <= word_count(title)
    ):
        return None
    return below[0]


def _label_then_title(reader: _Reader, j: int) -> bool:
    """The next line of text under line `j` is a section's short label (three words at most,
    no stop, no anchor) and the one under that a title-like line over the article's anchor."""
    from archiver.extract.masthead import word_count

    below = reader.ahead(j, 2)
    if len(below) < 2:
        return False
    label, title = below
    text = reader.lines[label]
    return (
        word_count(text) <= 3
        and _furniture(text)
        and not _is_anchor(reader, label)
        and not text.endswith((".", "!", "?", ":"))
        and looks_like_headline(reader.lines[title])
        and word_count(reader.lines[title]) >= 4
        and _over_anchor(reader, title)
    )


def _quote_under_interview_kicker(reader: _Reader, i: int) -> int | None:
    """The quoted headline under an interview's kicker at line `i` ("Interview with Former
    Finnish President ..." over "\"Europe Has Forgotten How to Be Afraid\""): the next line of
    text, wholly a quotation and headline-like, over a deck or the story; None otherwise."""
    line = reader.lines[i]
    if not interview_kicker(line) or not looks_like_headline(line):
        return None
    nxt = reader.ahead(i, 2)
    if not nxt or not whole_quote(reader.lines[nxt[0]]):
        return None
    quote = reader.lines[nxt[0]]
    if not looks_like_headline(quote) or len(nxt) < 2:
        return None
    below = reader.lines[nxt[1]]
    return nxt[0] if len(below.split()) > len(quote.split()) else None


def _gallery_title(reader: _Reader, j: int) -> bool:
    """Line `j`, read as a credit ("Photos: The Flooded Villages of ..."), is a gallery's or
    a photo essay's headline: right over the byline (a credit stands under its caption, not
    over the writer's name), under a label with no sentence's stop, the words after the
    colon running past a name's length with a small word among them."""
    from archiver.extract.bylines import is_by_line

    line = reader.lines[j]
    nxt = reader.ahead(j, 1)
    above = next((reader.lines[k] for k in range(j - 1, -1, -1) if reader.lines[k]), "")
    label, _, rest = line.partition(":")
    words = rest.split()
    return (
        _GALLERY_LABEL.fullmatch(label.strip()) is not None
        and bool(nxt)
        and is_by_line(reader.lines[nxt[0]])
        and bool(above)
        and _furniture(above)
        and not above.endswith(".")
        and len(words) >= _GALLERY_TITLE_WORDS
        and any(w.lower() in _OPEN_ENDS for w in words[1:])
    )


# The label a gallery's title opens with ("Photos: ...", "In Pictures: ..."), which a credit
# opens with too ("Photos: Jane Roe").
_GALLERY_LABEL = re.compile(r"(?i:photos|pictures|in pictures|photographs|gallery)")
# A gallery's title after its "Photos:" label has at least this many words (a name fewer).
_GALLERY_TITLE_WORDS = 5


# A series' or a newsletter's name adds at most this many words to the section's name above.
_SERIES_EXTRA_WORDS = 2


def _names_a_label_above(reader: _Reader, i: int, j: int) -> bool:
    """Line `j` prints again the name of a section or a site on a furniture line from `i`
    down to it, with a word or two added ("Future Perfect" / "The Future Perfect
    newsletter", "The New Yorker" / "The New Yorker Radio Hour"): a newsletter's, a podcast's
    or a series' name over its own headline, which is no headline."""
    from archiver.extract.masthead import word_count

    cand = reader.lines[j]
    for k in range(i, j):
        label = reader.lines[k]
        if (
            label
            and _furniture(label)
            and not label.endswith(".")
            and word_count(label) >= 1
            and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", cand) is not None
            and word_count(cand) <= word_count(label) + _SERIES_EXTRA_WORDS
        ):
            return True
    return False


# A section's motto under its name is one short sentence (at most _MOTTO_WORDS); a magazine's
# headline set as short sentences ("The ice is talking. These hunters are listening.") has
# each of _SENTENCE_WORDS to _DISPLAY_SENTENCE_WORDS words, and at most _HEADLINE_SENTENCES.
_MOTTO_WORDS = 10
_DISPLAY_SENTENCE_WORDS = 8
_SENTENCE_WORDS = 3
_HEADLINE_SENTENCES = 3


def _section_motto(reader: _Reader, j: int) -> bool:
    """Line `j` is a section's or a newsletter's motto under its name ("Future Perfect" /
    "Finding the best ways to do good."): one short sentence with its stop, right under a
    label line of furniture (no sentence), between the site's name and the headline."""
    from archiver.extract.masthead import word_count

    line = reader.lines[j]
    above_line = next((reader.lines[k] for k in range(j - 1, -1, -1) if reader.lines[k]), "")
    return (
        line.endswith(".")
        and word_count(line) <= _MOTTO_WORDS
        and len(_SENTENCE_ENDS.split(line.rstrip("."))) == 1
        and bool(above_line)
        and _furniture(above_line)
    )


_SENTENCE_ENDS = re.compile(r"(?<=[a-z][.!?])\s+(?=[A-Z“\"])")


def _title_line_under(reader: _Reader, j: int) -> bool:
    """The next line of text under line `j` is a title's: four words or more, no more than
    line `j`'s (a deck runs longer than its headline), headline-like and no sentence's stop at
    its end."""
    from archiver.extract.masthead import word_count

    nxt = reader.ahead(j, 1)
    if not nxt:
        return False
    below = reader.lines[nxt[0]]
    return (
        4 <= word_count(below) <= word_count(reader.lines[j])
        and looks_like_headline(below)
        and not below.rstrip().endswith((".", "!", "?", ":"))
        and parse_byline(below) is None
    )


# A letters column's own name, as papers print it over each letter ("Letters to the Editor",
# "LETTERS", "Your Letters", "Readers' Letters", "Letters from readers").
_LETTERS_COLUMN = re.compile(
    r"(?i:(?:your\s+|readers['’]?\s+)?letters(?:\s+to\s+the\s+editors?|\s+from\s+(?:our\s+)?readers)?)"
)


# A paper's slogan as a few clipped fragments, each with its stop ("Independent. Local. Since
# 1921.", "Local. Fearless. Free."): one to three words to a fragment, two to four fragments.
_SLOGAN_FRAGMENT = r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\."
_SLOGAN_FRAGMENTS = re.compile(rf"^{_SLOGAN_FRAGMENT}(?:\s+{_SLOGAN_FRAGMENT}){{1,3}}$")


# How many lines of text under a masthead's slogan are asked for a title above the anchor.
_SLOGAN_TITLE_AHEAD = 3


def _title_before_anchor(reader: _Reader, j: int) -> bool:
    """A title-like line (four words or more, headline-like, no byline) stands under line `j`
    before the byline, the stamp or the dateline, within a few lines of text."""
    from archiver.extract.masthead import word_count

    for k in reader.ahead(j, _SLOGAN_TITLE_AHEAD):
        if _is_anchor(reader, k):
            return False
        below = reader.lines[k]
        if word_count(below) >= 4 and looks_like_headline(below) and parse_byline(below) is None:
            return True
    return False


def _slogan_fragments(line: str) -> bool:
    """Line is a masthead's slogan of two to four clipped fragments of one to three words,
    each closed by a full stop, which a headline under the name never is in a paper's header
    (a headline so set is asked of only when no title stands over the byline below it)."""
    return _SLOGAN_FRAGMENTS.match(line) is not None


def _display_sentences(line: str) -> bool:
    """A magazine's headline set as two or three short sentences, each with its stop ("In
    Greenland, the ice is talking. These hunters are listening."): no paragraph's (its
    sentences run longer) and no list of single words ("Heavy. Awkward. Loud.")."""
    from archiver.extract.masthead import word_count

    parts = _SENTENCE_ENDS.split(line)
    return 2 <= len(parts) <= _HEADLINE_SENTENCES and all(
        part.endswith((".", "!", "?"))
        and _SENTENCE_WORDS <= word_count(part) <= _DISPLAY_SENTENCE_WORDS
        for part in parts
    )


def _sentences_over_byline(reader: _Reader, j: int) -> bool:
    """Line `j` is a headline of two or three sentences, each with its stop ("A startup told
    staff to move to Austin or leave. Half of them left."), the writer's "By" line right under
    it: no story's paragraph stands between a masthead's furniture and the byline, and a
    deck under a headline has its headline over it. Thirty words at most, as a headline."""
    from archiver.extract.masthead import word_count

    line = reader.lines[j]
    parts = _SENTENCE_ENDS.split(line)
    if not 2 <= len(parts) <= _HEADLINE_SENTENCES or word_count(line) > _HEADLINE_MAX_WORDS:
        return False
    if not all(p.endswith((".", "!", "?")) and word_count(p) >= _SENTENCE_WORDS for p in parts):
        return False
    under = reader.ahead(j, 1)
    if not under:
        return False
    byline = parse_byline(reader.lines[under[0]])
    return (
        byline is not None
        and bool(byline.names)
        and _BY_WORD.match(reader.lines[under[0]]) is not None
    )


# A byline's own word, opening its line.
_BY_WORD = re.compile(r"^(?:By|BY|by)\s")


# A field of a desk's budget block over the copy: its label in capitals, one word, a colon
# and its value ("SLUG: SCHOOLBOARD-LEVY", "BUDGET: 650 wds", "FOR: Web Tues night, A1 Wed").
_BUDGET_FIELD = re.compile(r"^[A-Z]{2,10}:\s+\S.{0,80}$")
_BUDGET_SLUG = re.compile(r"^SLUG:\s+\S")
# The fields of a budget that hold the copy's own parts, which the reading takes as such.
_COPY_FIELD = re.compile(
    r"^(?:HED|HEAD|HEADLINE|TITLE|DEK|DECK|SUBHEAD|SUBHED|KICKER|SUMMARY|BYLINE|BY"
    r"|DATELINE|CREDIT|CUTLINE|CAPTION|PHOTOG):"
)
# How many fields a budget block holds at most, its slug first.
_BUDGET_FIELDS = 8


def _budget_block_end(lines: list[str]) -> int:
    """The last line of a budget block that opens the copy (-1 when none): its first line of
    text the story's "SLUG:", then labelled fields in capitals (_BUDGET_FIELD), at most
    _BUDGET_FIELDS of them, on lines of their own with no blank line between them. A
    headline's kicker before a colon ("BREAKING: ...") has no slug over it, and one set
    apart under the block ("SLUG: COUNCIL-LEVY" / "BUDGET: 600 wds" / "" / "BREAKING: Council
    approves levy") is the copy's headline, no field. One pass down the copy, asked once."""
    end = -1
    fields = 0
    for k, line in enumerate(lines):
        if not line:
            if fields:
                break  # the block's fields stand together; the copy starts under it
            continue
        if _BUDGET_FIELD.match(line) is None or (fields == 0 and not _BUDGET_SLUG.match(line)):
            break
        if _COPY_FIELD.match(line):
            break  # "HED: ...", "BYLINE: ...": the copy's own parts, read as such
        end = k
        fields += 1
        if fields == _BUDGET_FIELDS:
            break
    return end


# What a site calls its e-mailed issues: "Daily Briefing", "Morning Headlines", "The Digest".
_NEWSLETTER_WORD = re.compile(
    r"\b(?:briefing|newsletter|digest|headlines|dispatch(?:es)?|bulletin|round-?up)\b",
    re.IGNORECASE,
)


def _over_titled_writer(reader: _Reader, j: int) -> bool:
    """Right under line `j`, the writer's name with a title or desk after a bar or a comma
    ("Jane Roe | Staff", "Jane Roe, Metro Desk"): a newsletter's byline, with no "By"."""
    nxt = reader.ahead(j, 1)
    if not nxt:
        return False
    line = reader.lines[nxt[0]]
    found = parse_byline(line) if re.search(r"\s\|\s|,\s", line) else None
    return found is not None and bool(found.names)


def _newsletter_title(line: str) -> bool:
    """`Daily Briefing | The Baltimore Banner`: a newsletter's name and the outlet that sends
    it, one each side of a separator, as the mail's title over the issue's date (a headline
    names no outlet after a bar)."""
    parts = [p for p in _LABEL_SEPARATORS.split(line.strip()) if p]
    return (
        len(parts) == 2
        and any(_NEWSLETTER_WORD.search(p) for p in parts)
        and any(_is_outlet(p) or is_paper_name(p) for p in parts)
    )


# Words that leave a line open: a phrase that ends in one goes on on the next line. No site's
# name, section or stamp ends in one; a headline broken by a narrow column often does.
_OPEN_ENDS = frozenset(
    "a an the of for to in on at by with from and or but as into over after than its".split()
)


# A box of links over the headline lists at most this many other stories.
_LINKS_BOX_ITEMS = 5


def _related_links_below(reader: _Reader, i: int) -> list[int]:
    """The links under a box's heading at line `i` ("Related", "Read more"), when the page's
    header goes on below them: other stories' headlines (title-like, four words or more),
    none of them over the article's anchors, then a line that is not one of them. Empty
    when line `i` heads no such box (the story's own headline right under it is over its
    anchor, so it is not taken)."""
    from archiver.extract.masthead import word_count

    line = reader.lines[i]
    ahead = reader.ahead(i, _LINKS_BOX_ITEMS + 1)
    if not ahead or not is_terminator(line, reader.lines[ahead[0]]):
        return []
    links: list[int] = []
    for j in ahead:
        cand = reader.lines[j]
        if (
            len(links) < _LINKS_BOX_ITEMS
            and looks_like_headline(cand)
            and word_count(cand) >= 4
            and not _is_anchor(reader, j)
            and not _over_anchor(reader, j)
            # "Author of the article:" / "The Canadian Press" / "Jane Roe" right under it: the
            # story's own headline over its byline set in blocks, no other story's link
            and not ((nxt := reader.ahead(j, 1)) and _label_over_byline(reader, nxt[0]))
        ):
            links.append(j)
            continue
        # the box ends over the story's own header: a headline over its anchor, or its label
        return links if links and (_over_anchor(reader, j) or _furniture(cand)) else []
    return []


# How many lines of text under a links box the story's headline may stand (a kicker between).
_BOX_TO_HEADLINE = 3


def _teaser_over_links_box(reader: _Reader, i: int) -> bool:
    """Line `i`, headline-like but over no anchor, stands right over a box of links ("Most
    Read", "Trending", "Related" and other stories' headlines), and under the box a title-like
    line of four words or more stands over the story's anchors (past a kicker): line `i` is
    a teaser of the page's (a pop-up's, a ticker's), not the story's headline, which is the
    line under the box. A headline with the box between it and its own byline has no
    title-like line over an anchor under the box."""
    from archiver.extract.masthead import word_count

    line = reader.lines[i]
    if not looks_like_headline(line) or _is_anchor(reader, i) or _over_anchor(reader, i):
        return False
    ahead = reader.ahead(i, 1)
    if not ahead:
        return False
    links = _related_links_below(reader, ahead[0])
    if not links:
        return False
    for j in reader.ahead(links[-1], _BOX_TO_HEADLINE):
        cand = reader.lines[j]
        if word_count(cand) >= 4 and looks_like_headline(cand) and parse_byline(cand) is None:
            return not _is_anchor(reader, j) and _over_anchor(reader, j)
        if not _furniture(cand) or _is_anchor(reader, j):
            return False
    return False


def _runs_on(reader: _Reader, i: int) -> bool:
    """Line `i` ends in a word that leaves it open ("... BOND FOR") and the next line follows
    with no blank between: one display line broken in two, not furniture over a headline."""
    words = reader.lines[i].split()
    nxt = i + 1
    return (
        len(words) >= 2
        and words[-1].lower() in _OPEN_ENDS
        and nxt < len(reader.lines)
        and bool(reader.lines[nxt])
        and not reader.chrome[nxt]
    )


# How many lines at the foot of the text are read for the site's copyright line.
_FOOTER_LINES = 40
_COPYRIGHT_MARK = re.compile(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)


def _signs_the_page(reader: _Reader, line: str) -> bool:
    """The line names the site that signs the page at its foot ("Neue Zürcher Zeitung" over
    the headline, "© Neue Zürcher Zeitung AG" at the end): the publication's own name."""
    name = line.strip().casefold()
    if len(name) < 4:
        return False
    lines = reader.lines
    for k in range(len(lines) - 1, max(-1, len(lines) - _FOOTER_LINES), -1):
        foot = lines[k]
        if foot and len(foot) <= 200 and _COPYRIGHT_MARK.search(foot) and name in foot.casefold():
            return True
    return False


# A newsroom's label under its owner's name: "Media centre", "Press office", "Newsroom".
_NEWSROOM_LABEL = re.compile(
    r"(?i:(?:media|press|news)\s+(?:centre|center|room|office|hub)|newsroom)"
)


def _newsroom_name(line: str) -> bool:
    """An institution's newsroom named for it: "University of Cape Town News", "Ministry of
    Health Newsroom" (the institution's name, then "News" or "Newsroom")."""
    head, _, last = line.strip().rpartition(" ")
    return last in ("News", "Newsroom") and bool(head) and is_issuer_name(head)


# A site's name in capitals over the page has this many words at most.
_CAPS_SITE_WORDS = 4


def _site_name_on_top(reader: _Reader, i: int, line: str) -> bool:
    """Line `i`, the text's first, is the site's name: a news site's camel-case name
    ("CalMatters", "VTDigger"), or a paper's name, in capitals too ("THE TEXAS TRIBUNE"),
    that the text names as an outlet again below ("Credit: Jane Roe/The Texas Tribune"). A
    feature's short headline may be shaped like a paper's name ("Beacon of Hope", "A Rising
    Star"), but no credit or byline names it as the outlet."""
    from archiver.extract.bylines import is_brand_outlet
    from archiver.extract.masthead import is_nameplate

    if any(reader.lines[k] for k in range(i)):
        return False
    text = line.strip()
    if is_brand_outlet(text):
        return True
    plate = is_nameplate(text)
    if not plate and not (text.isupper() and len(text.split()) <= _CAPS_SITE_WORDS):
        # "REST OF WORLD": a site's logo set in capitals, no paper's name; the outlet named
        # again below where only an outlet stands is what tells it from a headline in capitals
        return False
    if text.isupper():
        words = text.lower().split()
        text = " ".join(
            w if k and w in _NAME_JOINING else w.capitalize() for k, w in enumerate(words)
        )
    return _named_as_outlet(reader, i, text, strict=not plate)


# A writer's job before the outlet they work for ("a reporter for", "senior editor at").
_OUTLET_JOBS = "reporter|writer|correspondent|editor|columnist|contributor|journalist|photographer"

# The small words inside a publication's name: "Rest of World", "News of the World".
_NAME_JOINING = frozenset({"of", "the", "and", "for", "in", "on", "at"})


def _named_as_outlet(reader: _Reader, i: int, line: str, strict: bool = False) -> bool:
    """The line names the publication, as the text names it elsewhere where an outlet stands:
    "Coastal Ledger Maine" over the headline, and below "(Jane Roe/Coastal Ledger/2024)" or
    "Jane Roe is a reporter for Coastal Ledger". The line, or two words or more of it in a row
    (a place may stand before or after the site's name: "Tasmania | Harbour Mercury",
    "Coastal Ledger | Maine"), after "for", "with" or a credit's slash, or before a credit's slash: a
    headline's words never stand there. A name with small words inside it ("Rest of World"),
    or any name when `strict`, must stand where only an outlet does: by a credit's slash, after
    a writer's job ("a reporter for Rest of World") or after a credited name ("Illustration by
    Jane Roe for Rest of World"), since "donations for Beacon of Hope" names a charity."""
    words = line.split()
    if (
        not 2 <= len(words) <= 5
        or len(line) > 40
        # "Rest of World": a name's small joining words inside it, never at its ends
        or not all(
            w[:1].isupper() or (0 < n < len(words) - 1 and w in _NAME_JOINING)
            for n, w in enumerate(words)
        )
    ):
        return False
    names = [
        " ".join(words[a:b])
        for a in range(len(words))
        for b in range(a + 2, len(words) + 1)
        if words[a][:1].isupper() and words[b - 1][:1].isupper()
    ]
    strict = strict or any(w in _NAME_JOINING for w in words)
    marks = [
        re.compile(
            rf"/\s*{re.escape(name)}\b|\b{re.escape(name)}\s*/"
            + (
                rf"|\b(?:{_OUTLET_JOBS})s?\s+(?:[\w-]+\s+){{0,3}}?(?:for|at|with)\s+{re.escape(name)}\b"
                rf"|\bby\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+for\s+{re.escape(name)}\b"
                if strict
                else rf"|\b(?:for|with)\s+{re.escape(name)}\b"
            )
        )
        for name in names
    ]
    return any(
        any(m.search(text) for m in marks)
        for k, text in enumerate(reader.lines)
        if k > i and text and len(text) <= _DOMAIN_LINE
    )


# A newsletter's own name in its sign-off ("Thanks for reading The Week in Chips! Subscribe
# for free ...", "The Week in Chips is a reader-supported publication"), as Substack, Ghost
# and Buttondown print it under the post: the publication's name, never a post's title.
_READING_SIGN_OFF = (
    r"(?:thanks?\s+(?:you\s+)?for\s+reading|subscribe\s+to"
    # "Welcome back to The Daily Bite.", "You're reading The Daily Bite,": the letter's
    # greeting under its title names the letter itself
    r"|^welcome\s+back\s+to|^you(?:'|’)?re\s+reading)\s+{name}\s*[!.,]"
    # a first greeting ends on the name or calls it a letter: "Welcome to The Crooked Spoon,
    # where the menu is chalked on a board" opens a review of the place the title names
    r"|^welcome\s+to\s+{name}\s*(?:[!.]|,\s+(?:your|the|a|an|our)\s+[^.!?]{{0,40}}?"
    r"\b(?:newsletter|briefing|digest|round-?up|letter|edition|guide)\b)"
    r"|^{name}\s+is\s+a\s+reader-supported\b"
)


def _thanked_for_reading(reader: _Reader, i: int, line: str) -> bool:
    """The line is the newsletter's name that its sign-off below thanks the reader for
    reading ("The Week in Chips" over the post's title; "Thanks for reading The Week in
    Chips!" under the post): the publication's masthead over its headline."""
    name = line.strip()
    if not 1 <= len(name.split()) <= 6 or len(name) > 60:
        return False
    mark = re.compile(_READING_SIGN_OFF.format(name=re.escape(name)), re.IGNORECASE)
    return any(
        mark.search(text)
        for k, text in enumerate(reader.lines)
        if k > i + 1 and text and len(text) <= _DOMAIN_LINE
    )


# A web address or an e-mail's domain in the text: "timesofisrael.com", "lefigaro.fr",
# "newsletter@timesofisrael.com", "www.premiumtimesng.com/news".
_DOMAIN = re.compile(r"\b((?:[A-Za-z0-9-]{1,63}\.){1,6})([a-z]{2,6})\b")
# Addresses stand on short lines (a sender, "Read more on ...", a footer): longer lines are
# story text, which is not searched.
_DOMAIN_LINE = 300
# The article before a site's name, which its domain drops ("The Times of Israel" is
# timesofisrael.com) or keeps ("Le Figaro" is lefigaro.fr).
_NAME_ARTICLE = re.compile(
    r"^(?:the|le|la|les|el|los|las|der|die|das|il|lo|het|de|o|a)\s+", re.IGNORECASE
)
# A name this short could sit inside many an unrelated domain.
_MIN_DOMAIN_NAME = 5


def _names_the_site_domain(reader: _Reader, line: str) -> bool:
    """The line (or its part before a bar or dash: "The Times of Israel | The Daily Edition")
    is the name of the site whose web address or e-mail domain the text prints elsewhere ("From:
    ... <newsletter@timesofisrael.com>", "Read more on lefigaro.fr"): the publication's own
    name over its headline, which a headline never is."""
    name = _LABEL_SEPARATORS.split(line, maxsplit=1)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 5 or len(name) > 40 or any(ch.isdigit() for ch in name):
        return False
    keys = {re.sub(r"[\W\d_]", "", text).casefold() for text in (name, _NAME_ARTICLE.sub("", name))}
    keys = {k for k in keys if len(k) >= _MIN_DOMAIN_NAME}
    if not keys:
        return False
    for text in reader.lines:
        if len(text) > _DOMAIN_LINE or "." not in text:
            continue
        for host, _tld in _DOMAIN.findall(text):
            letters = re.sub(r"[\W\d_]", "", host).casefold()
            if any(k in letters for k in keys):
                return True
    return False


# A web address alone on its line: the host, its "www." and a path at most ("dailyitem.com",
# "www.lefigaro.fr", "nzherald.co.nz/").
_BARE_ADDRESS = re.compile(
    r"^(?:https?://)?(?:www\.)?((?:[A-Za-z0-9-]{1,63}\.){1,4})[a-z]{2,6}/?$", re.IGNORECASE
)


def _name_over_its_address(line: str, below: str) -> bool:
    """`The Daily Item` over `dailyitem.com`: a name of a few words whose letters (with or
    without its article) are the host's own, over that address alone on the next line; the
    masthead's name and its web address, as a paper's page prints them at the top."""
    found = _BARE_ADDRESS.match(below.strip())
    name = line.strip()
    words = name.split()
    if found is None or not 1 <= len(words) <= 5 or len(name) > 40:
        return False
    if name.endswith((".", "!", "?", ":")) or any(ch.isdigit() for ch in name):
        return False
    host = found.group(1).split(".")
    host = host[1:] if host[0].casefold() == "www" and len(host) > 1 else host
    letters = re.sub(r"[\W\d_]", "", host[0]).casefold()
    keys = {re.sub(r"[\W\d_]", "", t).casefold() for t in (name, _NAME_ARTICLE.sub("", name))}
    return len(letters) >= _MIN_DOMAIN_NAME and letters in keys


def _section_words(line: str) -> bool:
    """A section's name: label segments of at most two words ("Nieuws & Achtergrond", "U.S.
    Politics"), or longer ones with a section's, desk's or site's word in them."""
    if not _label_line(line):
        return False
    words = [w for w in line.split() if w != "&"]
    return len(words) <= 2 or any(w.strip(".").lower() in _LABEL_WORDS for w in words)


# "Finance & economics | Rates and wrongs": a section and the column's rubric over the headline.
_KICKER_PAIR = re.compile(r"^[^|]{2,40}\s\|\s[^|]{2,40}$")


# A headline set in a narrow column (a printed paper's, kept by a scan or microfilm) runs over
# lines this short at most, and over this many lines at most.
_COLUMN_WIDTH = 40
_COLUMN_LINES = 4
# An e-paper's narrow headline column: its lines are at most this wide, and this many of them
# at most ("Dense fog" / "delays 110" / "trains, 30" / "flights in" / "north India").
_NARROW_WIDTH = 24
_NARROW_LINES = 5
# An e-edition's display headline set one word a line ("Alberta" / "nurses" / "reject" /
# "wage" / "offer"): this many lines at most.
_STACK_LINES = 8
# Words a headline's line does not end on when the headline goes on below it.
_CARRY_ON = frozenset(
    "a an the to of in on at for and or but with by from as into over after before".split()
)


# The words a question opens on: a headline set over lines that opens on one and closes on
# its question mark is one question.
_QUESTION_OPENERS = frozenset(
    "how why what who whom whose where when which is are was were can could will would should"
    " do does did has have".split()
)


# A menu's, a breadcrumb's or a kicker's separators: never inside a headline set in a column.
_COLUMN_BREAKERS = re.compile(r"[|>»›/·•]")


# A long headline's last words set on a line of their own: at most this many of them, under a
# line at least this long.
_TAIL_WORDS = 3
_TAIL_UNDER = 40
# Small words that open a line of the page's own under a headline ("via Reuters", "updated 2
# hours ago"), no headline's tail.
_NOT_TAIL = frozenset("via from updated posted published source photo image and or".split())


def _small_letters_tail(reader: _Reader, i: int) -> list[int]:
    """The line under a long headline that carries on its last words in small letters, a blank
    line or the story's first line (in capitals) under it ("Plenković: Croatia to complete
    euro-area debt reform" / "by end-2025"): a centred headline broken at the width, its
    indent lost. A deck, a byline, a stamp or a label opens in capitals or says what it is;
    [i + 1] or []."""
    lines = reader.lines
    if i + 1 >= len(lines) or not lines[i + 1]:
        return []
    head, tail = lines[i], lines[i + 1]
    below = lines[i + 2] if i + 2 < len(lines) else ""
    if below and (
        not below[:1].isupper()
        or is_agency(tail)
        or is_date_stamp(below)
        or is_page_timestamp(below)
    ):
        # a capture that lost its blank lines: the story's first line, in capitals, may
        # follow the tail at once; a line going on in small letters is a paragraph's, and a
        # line over the page's stamp is the page's ("dpa international", a wire's edition)
        return []
    words = tail.split()
    if (
        len(head) < _TAIL_UNDER
        or head.endswith((".", ":", ";", "!", "?", "|", ","))
        or len(words) > _TAIL_WORDS
        or not words[0].isalpha()
        or not words[0].islower()
        or words[0] in _NOT_TAIL
        or tail.endswith((".", ":"))
        # "politics", "world news": the page's section or tag in small letters under the
        # headline, unless the headline stops on a word that wants more ("... deal on" /
        # "climate")
        or (
            all(w.strip(",") in MENU_WORDS for w in words)
            and head.split()[-1].lower() not in _CARRY_ON
        )
        or reader.chrome[i + 1]
        or parse_byline(tail) is not None
        or is_date_stamp(tail)
        or is_page_timestamp(tail)
    ):
        return []
    return [i + 1]


# A headline's last words under a line that ends on a small word: at most this many (a deck
# under a headline that ends on one, "What to look for", is a sentence of its own).
_SMALL_WORD_TAIL_WORDS = 5
# The small words a long headline's line does not end on when the headline is whole: articles,
# "of", conjunctions and prepositions that are no verb's particle ("... drags on", "... go in",
# "... Nine Months On" end on one). A short headline may ("What to Look For"): the line must
# be long (_TAIL_UNDER) and its tail short for the two to be read as one.
_NO_HEADLINE_END = frozenset("a the of for to and or but from into with".split())


def _text_under(reader: _Reader, i: int) -> tuple[str, str, list[str]] | None:
    """The line at i and the text line right under it (no blank line between, no chrome),
    stripped, and the words of the line under; None when there is none."""
    lines = reader.lines
    if i + 1 >= len(lines) or not lines[i + 1] or reader.chrome[i + 1]:
        return None
    head, tail = lines[i].strip(), lines[i + 1].strip()
    return head, tail, tail.split()


def _small_word_tail(reader: _Reader, i: int) -> list[int]:
    """The short line under a long headline that ends on a word no headline ends on ("... to
    Rebuild the Old Harbour Wall and" / "Widen the Pier", "... Storage Site in Nevada for" /
    "the Summer Peak"): a headline broken by the width of the page it was copied from. A
    byline, a writer's name, an agency, a stamp, a credit or a dateline under it says what it
    is (two capitalised words alone read as a name, and stay apart). [i + 1] or []."""
    under = _text_under(reader, i)
    if under is None:
        return []
    head, tail, words = under
    if (
        len(head) < _TAIL_UNDER
        or head.split()[-1].lower() not in _NO_HEADLINE_END
        or not words
        or len(words) > _SMALL_WORD_TAIL_WORDS
        or looks_like_name(tail)  # the writer's name under the headline
        or _writer_filed_alone(reader, i + 1)  # "Jane Roe in Lusaka", with no byline under
        or is_agency(tail)
        or tail.endswith((".", ":", ";", ","))
        or not words[0][:1].isalnum()
        or parse_byline(tail) is not None
        or is_date_stamp(tail)
        or is_page_timestamp(tail)
        or reader.dateline(i + 1) is not None
        or find_credit(tail, in_header=True) is not None
        or not looks_like_headline(f"{head} {tail}")
    ):
        return []
    return [i + 1]


# A long headline's tail on a line of its own: at most this many words and characters.
_PRINTED_TAIL_WORDS = 3
_PRINTED_TAIL_CHARS = 30


def _printed_tail(reader: _Reader, i: int) -> list[int]:
    """The short line under a long headline that ends it, as the story's own text shows: the
    headline's last word and the line's first stand together elsewhere in the text ("... 42
    Metres at Kestrel" / "Lake Project", the release saying "the Kestrel Lake Project"; "...
    tuberculosis rising in eastern" / "Europe"): a headline a wrapper broke at its width, the
    tail no writer's name or deck. [i + 1] or []."""
    under = _text_under(reader, i)
    if under is None:
        return []
    lines = reader.lines
    head, tail, words = under
    if (
        len(head) < _TAIL_UNDER
        or head.endswith((".", ":", ";", "!", "?", "|", ","))
        or not words
        or len(words) > _PRINTED_TAIL_WORDS
        or len(tail) > _PRINTED_TAIL_CHARS
        or tail.endswith((".", ":", ";", "!", "?", ","))
        or not words[0][:1].isalnum()
    ):
        return []
    rest = "\n".join(line for k, line in enumerate(lines) if k not in (i, i + 1) and line)
    return [i + 1] if printed_together(head.split()[-1], words[0], rest) else []


# A mail's subject line, and the tags and replies' marks a subject carries before the title
# it names ("[Health] ...", "Fwd: ...", "RE: [Newsletter] ...").
_SUBJECT_LINE = re.compile(r"^Subject:\s*(?P<text>\S.*)$", re.IGNORECASE)
_SUBJECT_MARKS = re.compile(r"^(?:(?:re|fwd?|aw|wg|tr|sv|vs)\s*:\s*|\[[^\[\]]{1,40}\]\s*)+", re.I)
# The fewest words the headline's own line holds for its mail's subject to carry it on.
_SUBJECT_HEAD_WORDS = 4


def _subject_tail(reader: _Reader, i: int) -> list[int]:
    """The line or two right under a mailed story's headline at `i` (no blank between) that
    the mail's own subject line carries on as one title ("Subject: [Health] Halvorsen Biotech
    Announces ... in Refractory Chronic Cough" over "Halvorsen Biotech Announces ... from
    Phase 2" / "Trial of HB-204 in Refractory Chronic Cough"): a release wire or a newsletter
    mails the story under its headline as the subject, and the body's copy of it, broken by
    the mailer's width, is one headline when the lines read together are the subject whole."""
    lines = reader.lines
    subject = next(
        (m.group("text") for line in lines[:i] if line and (m := _SUBJECT_LINE.match(line))),
        None,
    )
    if subject is None or len(lines[i].split()) < _SUBJECT_HEAD_WORDS:
        return []
    title = " ".join(_SUBJECT_MARKS.sub("", subject).split())
    text = " ".join(lines[i].split())
    if not title.startswith(f"{text} "):
        return []
    out: list[int] = []
    for k in range(i + 1, min(len(lines), i + 1 + _CARRIED_LINES)):
        if not lines[k] or reader.chrome[k]:
            break
        text = f"{text} {' '.join(lines[k].split())}"
        out.append(k)
        if text == title:
            return out
        if not title.startswith(f"{text} "):
            break
    return []


# The most lines a page's headline is carried on over, under its first, and the fewest words
# of a line that carries it on.
_CARRIED_LINES = 2
_CARRIED_WORDS = 3
# The words an English headline's line cannot end on but where its column broke it ("... on
# trolleys as" / "Limerick hospital crisis deepens"); "on", "in", "over" end a phrasal verb
# ("drags on"), and "an" is German's too ("... kündigen Warnstreiks an").
_CARRIED_OPEN = frozenset("a the as of to and or but with from for at into".split())


def _narrow_tail(reader: _Reader, i: int) -> list[int]:
    """The lines under a page's headline at `i` that carry it on in an e-paper's narrow column
    (`_wrapped_headline`'s block), every line of it a few words wide and one of them going
    on in lower case: a menu's items or a web page's labels are never carried on so."""
    wrapped = _wrapped_headline(reader, i, label_over=True)
    lines = reader.lines
    if not wrapped or any(len(lines[k]) > _NARROW_WIDTH for k in [i, *wrapped]):
        return []
    return wrapped if any(lines[k][:1].islower() for k in wrapped) else []


def _column_tail(reader: _Reader, i: int) -> list[int]:
    """The line under a page's headline at `i` that carries it on when its column broke it
    once ("Ontario to hire 3,000 nurses, expand" / "hospital beds ahead of fourth wave": a
    plain-text alert's or an e-paper's headline): both lines within a column's width, the
    headline ending on no stop, the second opening in lower case on a word of small letters
    (a deck opens in capitals; "iPhone ...", "eBay ..." on a brand's name) and no more lines
    in lower case under it (a paragraph's). No byline, dateline, credit or stamp."""
    lines = reader.lines
    tail = reader.below(i)
    if tail is None or reader.chrome[tail]:
        return []
    head, text = lines[i], lines[tail]
    words = text.split()
    if len(head) > _COLUMN_WIDTH or len(text) > _COLUMN_WIDTH or head.rstrip()[-1:] in ".:;!?":
        return []
    if not _lower_run_on(text) or len(words) < 2 or words[0] in ("by", "via"):
        return []  # "via Reuters", "by the numbers": an attribution or a label, no run-on
    if _NOTE_CALL.match(text) is not None or not _left_open(head):
        # "Ottawa names new Bank of Canada governor" / "watch the announcement live": a
        # complete headline over a note calling the reader, no run-on
        return []
    if (
        text.rstrip()[-1:] in ".:;"
        or parse_byline(text) is not None
        or reader.dateline(tail) is not None
        or find_credit(text, in_header=True) is not None
        or is_date_stamp(text)
    ):
        return []
    if (after := reader.below(tail)) is not None and _lower_run_on(lines[after]):
        return []
    return [tail] if looks_like_headline(f"{head} {text}") else []


# A note under an alert's headline calling the reader or telling of an update ("watch the
# announcement live", "updated with new details"), which carries no headline on.
_NOTE_CALL = re.compile(
    r"^(?:watch|listen|read|updated?|click|see|follow|tap|sign|subscribe|more|get|view|share)\b"
)
# A headline's line its column broke in the middle of a clause: after a comma, on a word no
# headline ends on ("to", "and", "of"), or on a second verb after a comma ("..., expand").
_CLAUSE_LEFT_OPEN = re.compile(r",\s*(?:and\s+)?[a-z]+$")


def _left_open(head: str) -> bool:
    """The headline's line at its column's break ends in the middle of a clause
    (_CLAUSE_LEFT_OPEN, or a comma, or a word of _OPEN_ENDS)."""
    head = head.rstrip()
    last = head.split()[-1].lower() if head.split() else ""
    return head.endswith(",") or last in _OPEN_ENDS or _CLAUSE_LEFT_OPEN.search(head) is not None


def _lower_run_on(line: str) -> bool:
    """The line opens in lower case on a word of small letters ("hospital beds ...", not
    "iPhone sales ..." nor "eBay ...")."""
    first = line.split()[0]
    return first[:1].islower() and first.isalpha() and first.islower()


def _carried_headline(reader: _Reader, i: int) -> list[int]:
    """The lines right under a page's headline at `i` (no blank between) that carry it on:
    each opens in lower case or follows a line ending on an open word ("as", "to", "of"),
    headline-shaped, no byline, dateline, credit or stamp, none wider than a column. A deck
    opens in capitals under a headline that ends on a full word, so it is never taken. Only
    under a clipping service's fields ("Circulation:", "Keyword:", "AVE:"), which say the text
    is a printed page's clip: on a web page, a line in lower case under the headline is the
    page's own (a tagline, a teaser), no headline's second line."""
    lines = reader.lines
    out: list[int] = []
    if not any(is_service_fields(line) for line in lines[:i] if line):
        return out
    j = i + 1
    while True:
        if (
            j + 1 < len(lines)
            and not lines[j]
            and lines[j + 1][:1].islower()
            and not lines[j + 1][1:2].isupper()
        ):
            # a copy that sets a blank line between every line: a line opening in lower case
            # ("after five-year, £4m project", not "iPhone ...") still carries the one above on
            j += 1
        if j >= len(lines) or not lines[j] or len(out) >= _CARRIED_LINES or reader.chrome[j]:
            break
        above, below = lines[out[-1] if out else i], lines[j]
        words = below.split()
        if below[:1].islower():
            if len(words) < _CARRIED_WORDS or words[0] in ("by", "via"):
                break  # "via Reuters", "by the numbers": an attribution or a label, no run-on
        elif not (
            above.split()[-1] in _CARRIED_OPEN
            and len(words) >= _CARRIED_WORDS
            and any(w[:1].islower() for w in words[1:])
            and name_list(below) is None
        ):
            break  # "... drags on" / "Jane Roe": a headline that ends so, the writer under it
        if (
            len(below) > _COLUMN_WIDTH
            or below.rstrip()[-1:] in ".:"
            or parse_byline(below) is not None
            or reader.dateline(j) is not None
            or find_credit(below, in_header=True) is not None
            or is_date_stamp(below)
            or _COLUMN_BREAKERS.search(below)
        ):
            break
        out.append(j)
        j += 1
    return out


def _wrapped_headline(reader: _Reader, i: int, label_over: bool = False) -> list[int]:
    """The lines that carry on the headline at `i` ("Albany Panel Backs Tighter" / "Rules on
    Landfill Permits"; "Panel votes" / "to raise" / "drinking age"): the headline opens a
    block of its own of two to four short lines, a blank line under it, each line headline-
    shaped and none a byline, dateline, credit or stamp; and each carries on the one above (it
    starts in lower case, the line above ends on a word such as "to" or "of", or both are in
    Title Case). A scan or microfilm keeps no blank line under the headline: there its block
    ends at the "By" line or the dateline paragraph right under it ("Port Authority" /
    "proposes fare" / "hike to $1.25" / "By Mary Ellen Cotter"). Their indexes, or [] when the
    headline is one line. `label_over`: the line right above was read as the page's (a
    section's label, a kicker), so the headline opens its block under it all the same (copy
    with no blank line between)."""
    lines = reader.lines
    # a copy that sets every line apart by a blank line (where a blank line parts nothing)
    # holds the headline's lines one blank line apart: reader.above and reader.below step
    # over it, and read the next line under any other copy
    up = reader.above(i)
    if up is not None and not reader.chrome[up] and not label_over:
        return []  # not the start of its block
    block = [i]
    j = reader.below(i)
    while j is not None and len(block) <= _STACK_LINES:
        narrow_run = len(block) >= 3 and all(len(lines[k]) <= _NARROW_WIDTH for k in block)
        if narrow_run and len(lines[j]) > _NARROW_WIDTH and not lines[j][:1].islower():
            # "Steel town's" / "fury as blast" / "furnaces fall" / "silent for good" over
            # "ROARING SUCCESS: The blast furnace": an e-paper's narrow headline column ends
            # where a wider line of the next column (a caption, the story) follows it with
            # no blank line between
            break
        if len(block) > _COLUMN_LINES and not narrow_run:
            break
        if (
            len(block) >= 2
            and len(lines[j].split()) >= 2
            and lines[j].isupper()
            and not any(lines[k].isupper() for k in block)
        ):
            # "Alberta" / "nurses" / "reject" / "wage" / "offer" over "VOTE SETS UP": a deck
            # in capitals under a headline set in small letters (an e-edition's text, no
            # blank line between)
            break
        if _column_anchor(reader, j) or _place_dated_over_story(reader, j):
            # the byline or the dateline under a headline printed with no gap (the dateline
            # may stand on a line of its own: "OSLO, 11 March" over the story)
            break
        if len(block) >= 2 and len(lines[j]) > _COLUMN_WIDTH and not lines[j][:1].islower():
            # "COUNCIL OKS $4.2M BOND FOR" / "BROADWAY ROAD REBUILD" over "Work could start
            # next spring; merchants worry ...": a line wider than the headline's column that
            # does not go on in lower case is its deck (copy with no blank line between)
            break
        block.append(j)
        j = reader.below(j)
    if len(block) < 2 or len(block) > (
        (_STACK_LINES if all(len(lines[k].split()) == 1 for k in block) else _NARROW_LINES)
        if all(len(lines[k]) <= _NARROW_WIDTH for k in block)
        else _COLUMN_LINES
    ):
        return []
    texts = [lines[k] for k in block]
    # a wire's headline in capitals broken over two lines is as wide as the wire's lines
    width = (
        _WIRE_HEAD_WIDTH if len(texts) == 2 and _caps_carried(texts[0], texts[1]) else _COLUMN_WIDTH
    )
    if any(len(t) > width or reader.chrome[k] for t, k in zip(texts, block, strict=True)):
        return []
    under_head = any(is_running_head(lines[k]) for k in range(max(0, i - 3), i) if lines[k])
    if any(_COLUMN_BREAKERS.search(t) for t in texts) or _is_outlet(texts[0]):
        return []  # "The Northern Echo" / "Home > News": a masthead over its breadcrumb
    # an e-paper's headline set in a narrow column, three lines or more of a few words each
    # ("Norway to build" / "Europe's largest" / "offshore wind farm"): one line carrying on in
    # lower case shows the column, and a line under it opening in capitals opens on a name
    narrow = len(texts) >= 3 and all(len(t) <= _NARROW_WIDTH for t in texts)
    # "HOW SAFE ARE" / "OUR SCHOOL" / "BUSES?": a question set over short lines, its asking
    # word opening the first and its mark closing the last, with no mark between; each line
    # carries the question on, in capitals as in small letters
    asked = (
        texts[0].split()[0].lower().strip("'‘\"“") in _QUESTION_OPENERS
        and texts[-1].rstrip("'’\"”").endswith("?")
        and not any(t.rstrip()[-1:] in ".!?:;" for t in texts[:-1])
    )
    carried = 0
    for above, below, k in zip(texts, texts[1:], block[1:], strict=False):
        if (
            parse_byline(below) is not None
            or reader.dateline(k) is not None
            or find_credit(below, in_header=True) is not None
            or is_page_timestamp(below)
            or is_date_stamp(below)
            or not looks_like_headline(below)
        ):
            return []
        last = above.split()[-1].lower()
        if (
            below[:1].islower()
            or last in _CARRY_ON
            or (_title_case(above) and _title_case(below) and not above.isupper())
            # a scanned page's headline in capitals, set in a narrow column under the page's
            # running head ("OIL OUTPUT SEEN" / "LOWER - ANALYSTS")
            or (above.isupper() and below.isupper() and under_head)
            or _caps_carried(above, below)
            or (
                len(texts) == 2
                and reader.nxt[k] < len(lines)
                and _caps_pair_over_deck(above, below, lines[reader.nxt[k]])
            )
            or asked
        ):
            carried += 1
        elif not (narrow and not above.isupper() and below[:1].isupper()):
            return []
    if carried == 0:
        return []
    if not looks_like_headline(" ".join(texts)):
        return []
    return block[1:]


def _issuer_or_index(line: str) -> str | None:
    """Why `line`, over the headline, is the issuer's or the index's and never the title; None
    for any other line."""
    if is_postal_address(line):
        # "CITY OF SPRINGFIELD" / "225 Fifth Street  Springfield, Oregon 97477" / "NEWS
        # RELEASE": the issuer's letterhead over its release
        return "the issuer's postal address in its letterhead"
    if _from_public_body(line):
        # "Press release" / "From Department of Housing, Local Government and Heritage" /
        # "Published on" / the date / the title: a government site's line naming the body
        # that issued the page (gov.ie's; gov.uk prints "From:" under the title)
        return "the issuing body's line on a government page ('From ...')"
    if _field_row(line):
        # "Story ID: nL8N3Q20X1   Category: Commodities   Priority: 3": a platform's or a
        # newsroom system's record fields in a row over the story (Reuters Connect, CMS exports)
        return "a row of a record's labelled fields, over the headline"
    if is_index_terms(line):
        # "Keywords: farming, protest, trade" over the headline: the page's or the
        # database's index of the story
        return "the story's index terms under their label, over the headline"
    return None


# A row of a record's labelled fields over the story ("Story ID: nL8N3Q20X1 Category:
# Commodities Priority: 3", "Slug: BUDGET-SCHOOLS | Desk: Metro | Words: 412"), as a newsroom
# system or a platform prints them, its gaps evened out to one space by the time the roles are
# read. A headline's colons part a kicker from its words ("LIVE: Ukraine War: Day Three: What
# We Know"), so two of the labels at least must be a record's field names. The row is read
# part by part between its colons (each part the last field's value and the next field's
# label of one to three words): one pattern over the whole row, free to place each split,
# tried three ways at every colon and hung on a line of 150 characters.
_RECORD_LABEL_WORDS = frozenset(
    "id slug desk words wordcount category categories priority urgency section date source "
    "status keywords tags edition page type language version length author topic topics "
    "subject region format channel genre code filed updated published story item".split()
)
_FIELD_LABEL_WORD = re.compile(r"[A-Za-z][\w.]*")
_FIELD_VALUE_MAX = 31  # characters of a field's value


def _field_row(line: str) -> bool:
    parts = [part.strip(" |") for part in line.strip().split(":")]
    if len(parts) < 3 or not parts[-1] or len(parts[-1]) > _FIELD_VALUE_MAX:
        return False
    labels = [parts[0].split()]
    for middle in parts[1:-1]:
        words = middle.split()
        # the value's words first, then the label's (one to three, the first capitalised);
        # a split with a record's field name is taken when there is one
        splits = [
            words[len(words) - n :]
            for n in (1, 2, 3)
            if n < len(words) and len(" ".join(words[: len(words) - n])) <= _FIELD_VALUE_MAX
        ]
        named = [s for s in splits if s[-1].lower() in _RECORD_LABEL_WORDS]
        if not splits:
            return False
        labels.append((named or splits)[0])
    return (
        all(
            1 <= len(label) <= 3
            and label[0][:1].isupper()
            and all(_FIELD_LABEL_WORD.fullmatch(w) for w in label)
            for label in labels
        )
        and sum(label[-1].lower() in _RECORD_LABEL_WORDS for label in labels) >= 2
    )


_FROM_BODY = re.compile(r"^From:?\s+(?P<body>\S.{4,120})$")


def _from_public_body(line: str) -> bool:
    """`From Department of Housing, Local Government and Heritage`, `From: Department for
    Transport`: "From" and a public body's name (capitalised words and the small words that
    join them, a body's word among them), as government sites name the page's issuer."""
    m = _FROM_BODY.match(line.strip())
    if m is None:
        return False
    words = [w for w in (w.strip(",") for w in m["body"].split()) if w]
    return (
        0 < len(words) <= 12
        and words[0][:1].isupper()
        and _titled_name(words)
        and any(w.lower() in _PUBLIC_BODY_WORDS for w in words)
    )


# "Arts & Culture", "Food & Drink", "Life & Style": a section's name, two capitalised words
# joined by "&"; one of them a section's word ("Rock & Roll", "Salt & Pepper" name no section).
_SECTION_PAIR = re.compile(r"(?P<a>[A-Z][a-z]+) & (?P<b>[A-Z][a-z]+)")


def _section_pair(line: str) -> bool:
    """`line` is a section's name of two words joined by "&" (see _SECTION_PAIR)."""
    m = _SECTION_PAIR.fullmatch(line.strip())
    return m is not None and any(w.lower() in MENU_WORDS for w in (m["a"], m["b"]))


# A figure closing a line ("$410", "2.5") and the unit that opens the next ("MILLION").
_FIGURE_END = re.compile(r"[$€£¥]?\d[\d.,]*$")
_WIRE_HEAD_WIDTH = 72
_FIGURE_UNITS = frozenset("million billion trillion mln bln pct percent per".split())


def _caps_carried(above: str, below: str) -> bool:
    """A wire headline in capitals broken over two lines ("SCHOOL ENROLMENT PASSES 2019 LEVEL" /
    "FOR FIRST TIME SINCE PANDEMIC", "RIVERTON MINING WINS $410" / "MILLION DEAL FOR ..."):
    capitals hide the small letter a carried-on line opens with, so the word itself tells it -
    a preposition, article or conjunction opening the line under, or a figure's unit under its
    figure. A kicker over a headline is a word or two ("ANALYSIS" / "AS RATES RISE ..."), so
    the line above holds three words at least."""
    if not (above.isupper() and below.isupper()) or len(above.split()) < 3:
        return False
    first = below.split()[0].lower()
    return first in _CARRY_ON or (_FIGURE_END.search(above) is not None and first in _FIGURE_UNITS)


def _caps_pair_tail(reader: _Reader, i: int) -> list[int]:
    """The line under a page's headline at `i` that carries it on when both are in capitals
    and a deck in a sentence's case follows (`_caps_pair_over_deck`), with or without a blank
    line between the pair and the deck."""
    second = reader.below(i)
    if second is None or reader.chrome[second]:
        return []
    deck = reader.below(second)
    if deck is None:
        deck = reader.nxt[second]
    if deck >= len(reader.lines) or reader.chrome[deck]:
        return []
    lines = reader.lines
    return [second] if _caps_pair_over_deck(lines[i], lines[second], lines[deck]) else []


def _caps_pair_over_deck(above: str, below: str, deck: str) -> bool:
    """A headline in capitals set over two lines with no word that tells the break ("FLOOD
    BARRIER PLAN" / "CLEARS FIRST HURDLE"), right over its deck in a sentence's case: the
    first line holds three words at least (a kicker is a word or two), the two hold no more
    than fourteen, and the next line of text is a sentence's-case line, no byline (a kicker
    in capitals over a headline in capitals has no deck in small letters under both)."""
    if not (above.isupper() and below.isupper()) or len(above.split()) < 3:
        return False
    if len(above.split()) + len(below.split()) > _CAPS_PAIR_WORDS:
        return False
    return (
        deck[:1].isupper()
        and sum(w[:1].islower() for w in deck.split()) >= 2
        and parse_byline(deck) is None
        and looks_like_headline(deck)
    )


# A headline in capitals over two lines holds this many words at most.
_CAPS_PAIR_WORDS = 14


def _writer_desk(line: str) -> bool:
    """Under the byline, "Santiago / La Voz", "Ourense / El Faro": a place the gazetteer knows,
    a slash and the outlet's short name - where the writer files from and for whom. A photo's
    credit puts a person or an agency before the slash ("Jane Roe / AFP")."""
    from archiver.extract.gazetteer import is_known_place

    parts = [p.strip() for p in line.split("/")]
    if len(parts) != 2 or len(line) > 50 or not all(parts):
        return False
    place, outlet = parts
    words = outlet.split()
    return (
        1 <= len(words) <= 4
        and outlet[:1].isupper()
        and not any(ch.isdigit() for ch in line)
        and is_known_place(place)
    )


def _paper_and_site(line: str, credit: Credit) -> bool:
    """Under the byline, over the page's stamp, "The Oregonian/OregonLive", "The Plain
    Dealer/Cleveland.com": the paper and its web site's name, two parts that name neither a
    photographer nor a picture agency - for whom the writers write. A lead photo's credit
    there names one ("Jane Roe/AP", "AP/Getty Images")."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.credits import PHOTO_AGENCIES

    parts = [p.strip() for p in line.split("/")]
    return (
        credit.photographer is None
        and len(parts) == 2
        and len(line) <= 50
        and all(p[:1].isupper() for p in parts)
        and not any(p.lower() in PHOTO_AGENCIES or is_wire_source(p) for p in parts)
    )


def _column_anchor(reader: _Reader, j: int) -> bool:
    """Line `j` opens what stands under a headline in print: a "By" line naming the writer,
    or the story's first line with its dateline ("OTTAWA (CP) - Half of VIA Rail's")."""
    line = reader.lines[j]
    if is_by_line(line):
        byline = parse_byline(line)
        return byline is not None and bool(byline.names)
    if len(line) <= 40 and is_news_service(line):
        # "Tribune News Service", "Statesman News Service": the paper's desk credited alone
        # where the writer's byline would stand (Indian papers' e-editions)
        return True
    if _name_over_outlet(reader, j):
        return True
    return reader.dateline(j) is not None and len(line.split()) >= 4


def _name_over_outlet(reader: _Reader, j: int) -> bool:
    """`Jane Roe` over `The Daily Courier` (over "USA TODAY NETWORK"): a printed page's
    byline, the writer's name with no "By" and the paper's name on the line under it (Gannett's
    and Lee's print editions). A headline's line over a name carries on the headline; an
    outlet's name never does."""
    lines = reader.lines
    if j + 1 >= len(lines) or not lines[j + 1]:
        return False
    names = name_list(lines[j])
    below = lines[j + 1]
    return (
        names is not None
        and 1 <= len(names) <= 2
        and (bool(OUTLET_NAME.match(below)) or bool(_OUTLET_LINE.match(below)))
        and name_list(below) is None
    )


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _CARRY_ON for w in words)


# How many lines of text below a page's header its dateline paragraph may stand (summary
# bullets, buttons, a caption between them).
_PAGE_BODY_LOOKAHEAD = 12


def _named_by_line_below(reader: _Reader, i: int) -> int | None:
    """A "By" line naming people within the next few lines of text (below a headline)."""
    for j in reader.ahead(i, 4):
        line = reader.lines[j]
        if is_by_line(line) and (b := parse_byline(line)) is not None and b.names:
            return j
    return None


def _by_line_over_headline(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """The writer's "By" line right over the page's headline ("Written by Jane Roe | Updated:
    ..."), as a news app's view of the page prints it first: its line and names."""
    from archiver.extract.page import _named_by_line, _writer_line_over

    at = _writer_line_over(lines, start)
    if at == start:
        at = _by_line_over_stamps(lines, start)
    if at == start or not _named_by_line(lines[at]):
        return None
    found = parse_byline(lines[at])
    return (at, found.names) if found is not None and found.names else None


# How many lines of a page's stamp and buttons may stand between its "By" line and headline.
_STAMPS_UNDER_BY = 3


def _by_line_over_stamps(lines: list[str], start: int) -> int:
    """`Analysis by Jane Roe, CNN` / `5 min read` / `Updated 6:03 AM EST, ...` / `Link
    Copied!` / the headline at `start`: the writer's "By" line over the page's date stamp and
    buttons, which stand between it and the headline (CNN's page, copied whole): its line,
    else `start`. Only a stamp or a button may stand between; a line of any other kind says
    the "By" line is no part of this headline's header."""
    from archiver.extract.page import _named_by_line

    k = start - 1
    skipped = 0
    stamp = False
    while k >= 0 and skipped <= _STAMPS_UNDER_BY:
        line = lines[k]
        if line and is_date_stamp(line) and not _stamp_in_by_line(line):
            stamp = True
        elif line and not skipped and _item_label(line):
            # "By Mike Allen · Oct 01, 2024" / "1 big thing" / the headline: a newsletter's
            # label of its item (or a kicker) right over the item's title, under the "By" line
            pass
        elif line and not is_chrome_clean(line):
            stamped = stamp or _stamp_in_by_line(line)
            return k if stamped and skipped and _named_by_line(line) else start
        skipped += bool(line)
        k -= 1
    return start


# The segments of a "By" line a page sets its stamp in: a bar, a bullet or a middle dot.
_BY_LINE_SEGMENTS = re.compile(r"\s+[|•·]\s*|\s*[|•·]\s+")


# A newsletter's label of its item over the item's title, at most these many words: "1 big
# thing", "2. Markets", "Driving the day".
_ITEM_LABEL_WORDS = 4
# ... its number first, as newsletters count their items ("1 big thing", "3. Tech").
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.:)]?\s+\w")


def _item_label(line: str) -> bool:
    """A short label right over a headline, no sentence: a newsletter's numbered item ("1 big
    thing", "2. Markets") or a kicker in capitals ("ANALYSIS", "EXCLUSIVE")."""
    text = line.strip()
    if len(text.split()) > _ITEM_LABEL_WORDS or text.endswith((".", ":", "?", "!", ",")):
        return False
    return _NUMBERED_ITEM.match(text) is not None or (text.isupper() and text.isalpha())


def _stamp_in_by_line(line: str) -> bool:
    """`By Jane Roe · March 20, 2026, 8:51 PM EDT ·`: the "By" line carries the page's stamp
    itself after a bar or a dot (Law360, trade and legal press), as a stamp line of its own
    would under it."""
    if not is_by_line(line):
        return False
    parts = [p for p in _BY_LINE_SEGMENTS.split(line) if p.strip()]
    return len(parts) >= 2 and any(is_date_stamp(p) for p in parts[1:])


def _byline_in_page_header(line: str) -> Byline | None:
    """Between a page's headline and its dateline paragraph: a "By" line with names, or names
    with the writer's title or the page's stamp on the same line ("Jane Roe – Staff
    Correspondent", "Jane Roe Published Oct. 2, 2025")."""
    if len(line) > 160:
        return None
    byline = parse_byline(line)
    if byline is None or not byline.names:
        return None
    return byline


# What a page prints alone between two writers' names, each name in its own span ("By" /
# "Jane Roe" / "," / "John Doe", as NPR's pages copy): the byline goes on below.
_NAME_JOINERS = frozenset({"and", ",", "&"})


def _names_stacked_above(roles: list[LineRole]) -> list[str] | None:
    """The two lines read last were display copy: a line of person names, then "and" alone
    ("Jane Roe" / "and" / over the next name): the names, else None."""
    if len(roles) < 2 or any(r.role != "deck" for r in roles[-2:]):
        return None
    if roles[-1].text.strip().lower() not in _NAME_JOINERS:
        return None
    return name_list(roles[-2].text)


# "John Doe in Lagos": a writer's name and the place the writer filed from.
_NAME_IN_PLACE = re.compile(
    r"^(?P<name>\S+(?:\s+\S+){1,3})\s+in\s+(?P<place>[A-Z][\w .'’-]{2,30})$"
)


def _next_writer_alone(reader: _Reader, i: int) -> str | None:
    """Under a writer's name alone: `John Doe` or `John Doe in Lagos` (a place the gazetteer
    knows), right over the page's date stamp, is the next writer's name; a section's name or a
    place over the stamp is no person's name (name_list, the label words, the gazetteer)."""
    from archiver.extract.gazetteer import is_known_place

    line = reader.lines[i]
    j = next((k for k in range(i + 1, len(reader.lines)) if reader.lines[k]), None)
    if len(line) > 60 or j is None or not is_date_stamp(reader.lines[j]):
        return None
    name = line
    if (m := _NAME_IN_PLACE.match(line)) is not None and is_known_place(m.group("place")):
        name = m.group("name")
    names = name_list(name)
    if names is None or len(names) != 1 or is_known_place(name):
        return None
    if any(w.strip(".").lower() in _LABEL_WORDS | MENU_WORDS for w in name.split()):
        return None  # "Local Politics" over the stamp: a desk's label, no writer
    return names[0]


def _and_names(line: str) -> list[str] | None:
    """`and` (or a comma) alone, or `and John Doe`, under a byline: the byline goes on."""
    text = " ".join(line.split())
    if text.lower() in _NAME_JOINERS:
        return ["and"]
    if text[:4].lower() != "and " or len(text) > 80:
        return None
    names = name_list(text[4:])
    if names is None and (titled := parse_byline(f"By {text[4:]}")) is not None:
        # "By Jane Roe | Senior Writer" / "and John Doe | Staff Writer": the next writer with
        # a title or an outlet of their own, read as the byline grammar reads a "By" line
        names = titled.names or None
    return names


def _writer_below(reader: _Reader, i: int) -> bool:
    """The line under line `i` is the story's byline: a "By" line that names its writers, or
    a name alone that is no "Name, Outlet" line of the credit's shape (a second photo's
    credit, or writers stacked with their outlets)."""
    j = reader.nxt[i]
    if j >= len(reader.lines):
        return False
    below = reader.lines[j]
    if is_by_line(below):
        return _names_writers(below)
    names = name_list(below)
    return names is not None and 0 < len(names) <= 3 and not may_be_credit_line(below)


def _ends_on_joiner(text: str) -> bool:
    """`and` alone, or a byline's line that ends on its `and` ("By MARK LEVINE and" over
    "RICHARD HOLTZ", as a column breaks two writers' byline): the names go on below."""
    text = text.strip().lower()
    return text in _NAME_JOINERS or (text.endswith((" and", " &")) and is_by_line(text))


# The list's "and" opening a byline's next line, a name after it: "and John Doe | The Paper".
_AND_OPENS = re.compile(r"(?:and|&|AND)\s+(?=[A-Z])")


# A byline's line that ends on one capitalised word after its list's comma or "and" ("...,
# Mareike Stolz, Felix"): a given name, its surname perhaps carried onto the next line.
_GIVEN_NAME_END = re.compile(r"(?:,|\s(?:and|&))\s+[A-Z][\w'’-]+$")


# A line with this many words of four letters or more in lower case is a sentence's, not a
# list of names.
_SENTENCE_LOWER_WORDS = 2
# A byline's own words in lower case, which count for no sentence there.
_CUT_BYLINE_WORDS = frozenset(
    {"staff", "writer", "writers", "reporting", "additional", "with", "from", "contributed"}
    | {"correspondent", "correspondents", "reporter", "reporters", "editor", "editors"}
)


def _names_cut_at_wrap(above: str, line: str) -> list[str] | None:
    """The byline's names when its list was broken inside its last name by a wrapper ("A DER
    SPIEGEL investigation by Jonas Richter, Mareike Stolz, Felix" / "Hammer and Ole Brandt"):
    the line above ends on a given name alone after the list's comma or "and", and the line
    read on from it adds writers, the first of them that given name and the line's first word
    (a stamp, a caption or the story under the byline completes no name); None otherwise."""
    head, text = " ".join(above.split()), " ".join(line.split())
    cut = _GIVEN_NAME_END.search(head)
    if len(text) > 80 or not text[:1].isupper() or cut is None:
        return None
    completes = re.split(r"[,;]", text, maxsplit=1)[0].split()
    if (
        sum(
            w[:1].islower() and len(w) > 3 and w.lower() not in _CUT_BYLINE_WORDS for w in completes
        )
        >= _SENTENCE_LOWER_WORDS
    ):
        # "By Musa Abdullahi, Maiduguri" / "Traders at the Monday Market in Maiduguri are
        # counting ...": the story's first sentence under the writer's base, no names (a
        # list of names holds "and" or a short particle in lower case, "van", "der", "de",
        # not a sentence's longer words); only the part before the first comma completes the
        # cut name ("Hammer, with additional reporting from Ole Brandt", "Ortega and Jamie
        # Fox, staff writers")
        return None
    first, joined = parse_byline(head), parse_byline(f"{head} {text}")
    if first is None or joined is None or not first.names:
        return None
    if len(joined.names) <= len(first.names) or joined.names[: len(first.names)] != first.names:
        return None
    given = cut.group().split()[-1]
    if not joined.names[len(first.names)].startswith(f"{given} {text.split()[0].rstrip(',')}"):
        return None
    return joined.names


def _joined_names(line: str) -> list[str] | None:
    """The names on the line under a byline's `and` alone: "John Doe", or "John Doe | The
    Paper" with the writer's outlet or title, read as the byline grammar reads a "By" line."""
    names = name_list(line)
    if names is None and len(line) <= 80 and not is_by_line(line):
        titled = parse_byline(f"By {' '.join(line.split())}")
        names = titled.names if titled is not None and titled.names else None
    return names


# How many lines of text above a page's headline the writer's name may stand, and how many
# lines of text below the name the page's stamp may stand.
_WRITER_ABOVE = 4
_STAMP_UNDER_NAME = 2
# How the page names its writer again below the story: a biography, a contact or a list link.
# ("Quiet Signal is written by Jane Roe": a newsletter's colophon names its writer after the
# passive "is written by", the name over the stamp being the newsletter's own)
_WRITER_AGAIN = r"(?:{name})\s+(?:is(?!\s+(?:written|edited|produced|published|curated|sent|brought)\b)|was|covers|writes|reports)\b|(?i:more\s+by|contact|email|follow)\s+(?:{name})\b"


def _writer_over_headline(reader: _Reader, h: int) -> tuple[int, list[str]] | None:
    """In a whole page, a name line over the page's date stamp just above the headline at line
    `h` ("Lily Roe" / "Security" / "Oct 8, 2024 6:00 AM" / the headline), as some pages print
    their header: the line and its names, when the page names the same person again below
    the headline as its writer ("Lily Roe is a senior editor ...", "More by Lily Roe"). The
    second sign is what tells a writer from a section label of two capitalised words ("Real
    Estate" over the stamp is named nowhere so); an author box's "Follow" button under a name
    in capitals and its stamp is such a sign too."""
    from archiver.extract.gazetteer import is_known_place

    lines = reader.lines
    above = [k for k in range(max(0, h - 3 * _WRITER_ABOVE), h) if lines[k]][-_WRITER_ABOVE:]
    for n, k in enumerate(above):
        names = name_list(lines[k])
        if not names or len(names) > 3 or any(is_known_place(x) for x in names):
            continue
        if any(w.strip(".").lower() in _LABEL_WORDS for w in lines[k].split()):
            continue
        if len(names) == 1 and n + 1 < len(above) and column_header(names[0], lines[above[n + 1]]):
            # "Jane Roe" / "Senior economics writer" (or "Jane Roe is a senior lecturer in
            # public policy at ...") / the headline: an opinion column's header, the writer's
            # name over their title or one-line biography, set over the headline
            return k, names
        if _bio_under_name(lines, above[n + 1 :], lines[k]):
            # "Jane Roe" / "Jane Roe" / "The writer is an economist based in Islamabad." / the
            # headline: an op-ed's author card (Dawn's, The Express Tribune's, Indian papers'),
            # the name printed again under the photo's alt text, then the writer's note
            return k, names
        if k == above[-1] and _mailed_at_foot(names, lines[h + 1 :]):
            # "Anthony Roe" / the headline ... "anthony.roe@paper.co.za": a print replica's
            # byline set over the headline, the writer's own address closing the story
            return k, names
        if not any(is_date_stamp(lines[j]) for j in above[n + 1 : n + 1 + _STAMP_UNDER_NAME]):
            continue
        if (
            len(names) >= 2
            and n + 1 < len(above)
            and is_date_stamp(lines[above[n + 1]])
            and all(len(x.split()) >= 2 and not topic_words(x) for x in names)
            # "Joe Biden, Donald Trump" / the stamp / "Biden and Trump trade barbs ...": the
            # story's people as its tags, called by the surname in the headline or the lead
            and not _surname_in_headline_or_lead(reader, h, names)
        ):
            # "Jane Roe, John Doe" / "Mar 5, 2024 - News" / the headline (Axios's pages): two
            # or more people's names in a list right over the stamp, a shape no section's
            # label has ("Real Estate" is one name's shape at most)
            return k, names
        if lines[k].isupper() and any(
            _FOLLOW_BUTTON.fullmatch(lines[j].strip()) for j in above[n + 1 :]
        ):
            # "ALI YOUNES" / "March 11, 2024 00:14" / "Follow" / the headline: an author box
            # (the name in capitals, the stamp, the button to follow the writer); a topic's
            # label over a stamp ("Real Estate") is printed as the menu prints it
            return k, names
        again = re.compile(_WRITER_AGAIN.format(name="|".join(re.escape(x) for x in names)))
        if any(again.search(lines[j]) for j in range(h + 1, len(lines)) if lines[j]):
            return k, names
    return None


# The note on who wrote an opinion piece, as South Asian papers print it in the author's card
# and at the foot: "The writer is a former ambassador.", "The author teaches economics at ...".
_WRITER_NOTE = re.compile(
    r"^The\s+(?:writer|author|columnist)s?\s+(?:is|are|was|teaches|heads|works|writes|served)\s"
)


def _bio_under_name(lines: list[str], under: list[int], name: str) -> bool:
    """The first line under a name line (the name printed again in between, as the photo's
    alt text leaves it) is the writer's note ("The writer is ...")."""
    for j in under:
        if lines[j].strip() == name.strip():
            continue
        return _WRITER_NOTE.match(lines[j].strip()) is not None
    return False


# An e-mail address on a short line of its own, and the forms a newsroom makes a writer's
# address from her name: "jane.roe", "jane_roe", "jane-roe", "janeroe", "jroe", "j.roe".
# (or run in after the last sentence, when a hard-wrapped capture's reader joined the lines)
_MAIL_LINE = re.compile(
    r"(?:^|[.!?”\"]\s+)\W{0,3}(?P<local>[A-Za-z][\w.-]{1,40})@[\w-]+(?:\.[\w-]+)+\W{0,3}$"
)
_MAIL_FORMS = ("{f}.{s}", "{f}_{s}", "{f}-{s}", "{f}{s}", "{i}{s}", "{i}.{s}")
# How far above the text's end the writer's address may stand (tags, a share bar under it).
_MAIL_FOOT_LINES = 6


def _mailed_at_foot(names: list[str], below: list[str]) -> bool:
    """One of `names` is the writer's whose address, made of her first name (or initial) and
    surname, stands alone on one of the text's last lines: the page names her again as its
    writer. A desk's or section's address ("news@", "letters@") is made of no person's name;
    a section label's words are refused before ("Real Estate", see _LABEL_WORDS)."""
    from archiver.extract.masthead import MENU_WORDS

    tail = [line.strip() for line in below if line.strip()][-_MAIL_FOOT_LINES:]
    locals_ = {m.group("local").lower() for line in tail if (m := _MAIL_LINE.search(line))}
    for name in names:
        words = [re.sub(r"[^a-z]", "", w.lower()) for w in name.split()]
        words = [w for w in words if w]
        if len(words) < 2 or any(w in MENU_WORDS for w in words):
            continue
        first, surname = words[0], words[-1]
        forms = {f.format(f=first, s=surname, i=first[0]) for f in _MAIL_FORMS}
        if locals_ & forms:
            return True
    return False


# An author box's button to follow the writer: "Follow", "+ Follow", "Follow author".
_FOLLOW_BUTTON = re.compile(r"(?:\+\s*)?(?i:follow)(?:\s+(?i:author|writer))?")


def _card_writer_over_headline(reader: _Reader, h: int) -> tuple[int, list[str]] | None:
    """A source card's line among the few lines over the headline at line `h`, and the
    writers it names (_card_writers)."""
    lines = reader.lines
    for k in [k for k in range(max(0, h - 3 * _WRITER_ABOVE), h) if lines[k]][-_WRITER_ABOVE:]:
        if (names := _card_writers(lines[k])) is not None:
            return k, names
    return None


# A radio programme's label over an audio story's page: "Heard on All Things Considered",
# "Heard on Morning Edition" (NPR and its member stations).
_HEARD_ON = re.compile(r"^(?i:heard\s+on)\s+[A-Z][\w'’&.]*(?:\s+[\w'’&.]+){0,5}$")


def _hosts_over_headline(reader: _Reader, h: int) -> tuple[int, list[str]] | None:
    """`Heard on All Things Considered` / `Ari Shapiro` / `Jonaki Mehta` / ... over the
    headline at line `h`: an audio story's hosts and producers, one name a line under the
    programme's label, are its byline. The first name's line and the names, or None."""
    from archiver.extract.gazetteer import is_known_place

    lines = reader.lines
    for k in range(h):
        if not lines[k] or not _HEARD_ON.match(lines[k]):
            continue
        names: list[str] = []
        first = -1
        for j in reader.ahead(k, _WRITER_ABOVE * 2):
            if j >= h:
                break
            found = name_list(lines[j])
            if not found or len(found) != 1 or found[0] != lines[j].strip():
                break
            if is_known_place(found[0]):
                break
            names.append(found[0])
            first = j if first < 0 else first
        return (first, names) if names else None
    return None


def _take_writer_above(opening: Opening, line: str, k: int, dated_row: bool = False) -> None:
    """A "By" line over the headline (line `k`), or a dated credits row naming its writer
    (`dated_row`: "04 March 2025 | Story Jane Roe"), names the story's writers when no writer
    was taken above it yet: kept as the writer above, used when no byline stands under the
    title."""
    if opening.writer_above is not None or not (dated_row or is_by_line(line)):
        return
    over = parse_byline(line)
    if over is not None and over.names:
        opening.writer_above = over
        opening.writer_above_at = k


def _card_writers(line: str) -> list[str] | None:
    """`reuters.com - Joe Cash, Reuters`: an aggregator's source card, the writers of the
    agency whose address it names (the address's name opens the agency's), or None."""
    card = SOURCE_CARD.match(line)
    if card is None or (found := wire_writers(card.group("rest"))) is None:
        return None
    agency = found[1].lower().removeprefix("the ").split()[0]
    return found[0] if card.group("domain").startswith(agency) else None


def _titled_writers_over_headline(reader: _Reader, h: int) -> tuple[int, list[str], str] | None:
    """`MAY ROE STAFF REPORTER` / `JOHN DOE INVESTIGATIVE REPORTER` / (blank) / the headline:
    the lines right above the page's headline at line `h`, each one person's name and a
    writer's title, as e-editions (PressReader's) print the byline over the headline. The
    title is the evidence a name alone there lacks. The first line, the names and the lines."""
    lines = reader.lines
    k = h - 1
    while k >= 0 and not lines[k]:
        k -= 1
    taken: list[int] = []
    names: list[str] = []
    while k >= 0 and lines[k] and len(taken) < _WRITER_ABOVE:
        # the writer's title, or for a wire's story the agency ("JANE ROE THE CANADIAN PRESS")
        name = name_and_title(lines[k]) or name_and_wire(lines[k])
        if name is None:
            break
        taken.insert(0, k)
        names.insert(0, name)
        k -= 1
    if not taken:
        return None
    return taken[0], names, "\n".join(lines[j] for j in taken)


# An e-edition's header over the headline: the paper's name, the issue's date, the writer.
_EDITION_HEADER_LINES = 3
_EDITION_DATE_WORDS = 4
_EDITION_NAME_WORDS = 3


def _edition_writer(reader: _Reader, h: int) -> tuple[int, list[str], str] | None:
    """`National Post` / `5 Mar 2024` / `Tyler Dawson` / (blank) / the headline: the text's
    first lines, an e-edition's header (PressReader's), the paper's name, the issue's date
    alone and the writer's name alone right over the headline at line `h`. The paper and the
    date over it are what tell the name from a section's label ("Real Estate") there (a paper
    we do not know by name is one when the service's own marks are in the text:
    page.is_edition_paper)."""
    from archiver.extract.bylines import edition_header_paper
    from archiver.extract.chrome import is_chrome
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.page import (
        edition_aside,
        edition_date,
        edition_label,
        edition_top,
        is_edition_paper,
        marked_writer,
    )

    lines = reader.lines
    # (the service's "+1 more" under the date and the writer's e-mail under the name are
    # neither the paper, the date nor the writer; nor its page's name and links over them)
    above = [k for k in range(h) if lines[k] and not edition_aside(lines[k])]
    if (
        above
        and (paper_in_row := edition_header_paper(lines[above[-1]])) is not None
        and is_edition_paper(paper_in_row, lines)
        and (row := parse_byline(lines[above[-1]])) is not None
        and row.names
        # ("PressReader" / "Catalog  For You" / the paper's name alone over the row: the
        # service's own lines and the paper's name, no other header's)
        and len(above) <= _EDITION_HEADER_LINES + 1
        and all(
            edition_label(lines[k])
            or is_chrome(lines[k])
            or " ".join(lines[k].split()) == paper_in_row
            for k in above[:-1]
        )
    ):
        # `Kathimerini English Edition · 12 Feb 2020 · BY GIORGOS LAMBROU` / the headline:
        # the header printed on one line (the service's print view), its parts set apart by
        # middle dots, the writer last
        return above[-1], _cities_named(lines, above[-1], row.names), lines[above[-1]]
    above = edition_top(lines, above, frozenset()) if above else above
    # "NEWS" / "PressReader" / "Listen" / "Share": the service's section label, name and
    # buttons between the writer and the headline, read past as the page's reading does
    above = above[:2] + [k for n, k in enumerate(above) if n >= 2 and not edition_label(lines[k])]
    titled = len(above) == _EDITION_HEADER_LINES + 1 and is_title_line(lines[above[-1]])
    if titled:
        # `JANE ROE` / `REPORTER, VANCOUVER`: the writer's title on the line under the name
        above = above[:-1]
    if len(above) != _EDITION_HEADER_LINES:
        return None
    paper, date, name = (lines[k] for k in above)
    if not is_edition_paper(paper, lines) or not edition_date(date):
        return None  # the issue's date alone ("5 Mar 2024"), no time or place after it
    names = name_list(name)
    if not names or len(names) > 3 or any(is_known_place(x) for x in names):
        return None
    words = name.split()
    if any(w.strip(".").lower() in _LABEL_WORDS | MENU_WORDS for w in words):
        return None
    if (
        not titled
        and not name.isupper()
        and all(len(n.split()) < _EDITION_NAME_WORDS for n in names)
        # the service's own foot under the story: the header is its, surely
        and not marked_writer(name, lines)
    ):
        # "Real Estate", "Big Ideas": a section's two words in Title Case have a name's shape;
        # the papers print the writer in capitals ("TYLER DAWSON") or with three names
        return None
    return above[-1], names, name


# A name's last word that is initials or a suffix, with its own full stop ("B.P.", "K.", "Jr.").
_INITIALS_END = re.compile(r"\s(?:[A-Z]\.){1,3}$|\s(?:Jr|Sr)\.$")


_PLACE_COLON_NAME = re.compile(r"^(?P<place>[A-Z][\w.'’ -]{1,30}?):\s+(?P<name>[^:]{3,40})$")


def _place_colon_writer(reader: _Reader, i: int) -> str | None:
    """ "Beirut: Jane Roe" over the page's date stamp (Asharq Al-Awsat's byline): the city the
    writer filed from, a colon and one person's name, the whole line; the name, or None. The
    stamp below tells it from a dateline run into the story's first words."""
    from archiver.extract.gazetteer import is_known_place

    m = _PLACE_COLON_NAME.match(reader.lines[i])
    if m is None or not is_known_place(m.group("place")):
        return None
    name = m.group("name").strip()
    if not 2 <= len(name.split()) <= 4 or not looks_like_name(name) or is_known_place(name):
        return None
    j = i + 1
    while j < len(reader.lines) and not reader.lines[j]:
        j += 1
    return name if j < len(reader.lines) and is_date_stamp(reader.lines[j]) else None


def _linked_outlet_named(reader: _Reader, line: str) -> bool:
    """`line` is the outlet an aggregator's link in the text names ("Community Impact" under
    the headline, "Read full article on Community Impact" at the foot): its source line, no
    writer's name."""
    key = " ".join(line.split()).casefold()
    return any(
        (outlet := linked_outlet(text)) is not None and outlet.casefold() == key
        for text in reader.lines
        if text and text[0] in "RrVvSsCcKkOo"
    )


def _contact_label(reader: _Reader, i: int) -> bool:
    """A release's contact label alone at line `i` ("Media Contacts"): byline_recall's
    reading. A bare "Contact" or "Contacts" is a release's only on a release's page (its label
    over it): a news site prints a "Contact" link over its writer's name and e-mail too."""
    from archiver.extract.byline_recall import is_contact_label  # it imports this module
    from archiver.extract.pagetops import is_release_label

    line = reader.lines[i].strip()
    if not is_contact_label(line):
        return False
    if _BARE_CONTACT.fullmatch(line) is None:
        return True  # "Media Contacts", "Press enquiries:", "For more information, contact:"
    return any(is_release_label(reader.lines[k].strip()) for k in range(i) if reader.lines[k])


# The contact label with no word saying whose contact it is.
_BARE_CONTACT = re.compile(r"(?i:contacts?)\s*:?")


def _named_contact_label(line: str) -> bool:
    """`Contact:  Niles Ebersole, Public Information Officer`: a release's contact label with
    the contact's name (and office) after its colon, no sentence; the number is under it."""
    from archiver.extract.byline_recall import is_contact_label  # it imports this module

    label, colon, rest = line.partition(":")
    return (
        bool(colon)
        and is_contact_label(label)
        and rest.strip()[:1].isupper()
        and len(rest.split()) <= _CONTACT_BLOCK_WORDS + 2
        and not rest.rstrip().endswith((".", "!", "?"))
    )


# A release's contact block under its label: a few lines (names, titles, addresses, phones),
# each a few words.
_CONTACT_BLOCK_LINES = 4
_CONTACT_BLOCK_WORDS = 6


def _contact_block(reader: _Reader, i: int) -> list[int]:
    """The lines of the contact block under the label at `i` ("Media Contact" / "Jane Roe" /
    "jroe@wwf.example" / "+1 555 014 2200"): up to its last line with an e-mail address or a
    telephone number, a few short lines at most; [] when no such detail is under the label
    (a site's "Contact" link over its writer's byline)."""
    from archiver.extract.byline_recall import has_contact_detail  # it imports this module

    block: list[int] = []
    for k in reader.ahead(i, _CONTACT_BLOCK_LINES):
        line = reader.lines[k]
        if len(line.split()) > _CONTACT_BLOCK_WORDS or reader.dateline(k) is not None:
            break
        block.append(k)
    detailed = [n for n, k in enumerate(block) if has_contact_detail(reader.lines[k])]
    return block[: detailed[-1] + 1] if detailed else []


# Initials after the "By" label: two to four capitals, no dots ("By JT" for The Jordan
# Times). A writer signs so too ("By KC", "By EKO"): only the site's own initials name no one.
_BY_INITIALS = re.compile(r"^(?i:by)\s+(?P<initials>[A-Z]{2,4})$")
# The small words a site's name holds that its initials skip ("The Jordan Times": JT).
_NAME_SMALL = frozenset("the of and for & de la le el al".split())
# A site's name is one of this many lines of text topmost on the page, of this many words.
_SITE_NAME_LINES = 4
_SITE_NAME_WORDS = 5


def _site_initials(line: str) -> str:
    """The initials of a site's name as it prints them: its words' capitals, small words
    skipped ("The Jordan Times" -> "JT", "Gulf News" -> "GN")."""
    words = [w for w in line.split() if w.lower() not in _NAME_SMALL]
    return "".join(w[0] for w in words if w[:1].isupper())


def _by_initials(reader: _Reader, i: int) -> bool:
    """The line is the "By" label over the site's own initials alone ("By JT" under "The
    Jordan Times" on top of the page, "By GN" under "Gulf News"): the outlet, no person. Other
    initials are a writer's ("By KC", "BY ADI") and stay."""
    m = _BY_INITIALS.match(reader.lines[i].strip())
    if m is None:
        return False
    tops = [line for line in reader.lines[:i] if line.strip()][:_SITE_NAME_LINES]
    return any(
        len(top.split()) <= _SITE_NAME_WORDS and _site_initials(top) == m.group("initials")
        for top in tops
    )


def _place_or_unit_name(line: str) -> bool:
    """The line names a place or a unit, no writer: "Nadi Town", "Western Division", "Suva"
    under a newsletter item's title (the place the item is from, as a digest labels it)."""
    from archiver.extract.gazetteer import is_known_place

    words = line.strip().rstrip(".,:").split()
    return bool(words) and (
        words[-1].lower() in _PLACE_UNIT_WORDS
        or words[0].lower() in _COMPASS_WORDS
        or is_known_place(" ".join(words))
        or is_known_place(words[-1])
    )


# A place's or an administrative unit's last word ("Nadi Town", "Western Division"), and a
# word of direction opening a region's name ("Western", "North"): no writer's name.
_PLACE_UNIT_WORDS = frozenset(
    {
        "town", "city", "division", "region", "district", "county", "province", "ward",
        "council", "desk", "team", "village", "island", "islands", "state", "municipality",
        "borough", "parish", "prefecture", "territory", "valley", "coast", "area", "zone",
        "bureau", "newsroom", "staff", "department",
    }
)  # fmt: skip
_COMPASS_WORDS = frozenset(
    {
        "western", "eastern", "northern", "southern", "central", "west", "east", "north",
        "south", "north-west", "north-east", "south-west", "south-east", "northwest",
        "northeast", "southwest", "southeast", "upper", "lower", "greater",
    }
)  # fmt: skip


def _newsletter_masthead_over(reader: _Reader, headline: int) -> bool:
    """The copy's first line of text, over the `headline`, is a newsletter's name ("FBC News
    Morning Briefing", "The Daily Digest"): a mailed issue's item under its masthead."""
    first = next((k for k, text in enumerate(reader.lines) if text), None)
    return first is not None and first < headline and _newsletter_name(reader.lines[first])


def _page_name_alone(reader: _Reader, i: int, under_headline: bool = False) -> bool:
    """Under a page's headline: `Jane Roe` alone, over the page's date stamp or a short label
    (her title or desk: "Business reporter", "BBC News, Shropshire"); or, on the line right
    under the headline (`under_headline`), over the story's first paragraph, as a newsletter
    prints the writer, when no word of it is a section's or a desk's ("Local Politics")."""
    from archiver.extract.gazetteer import is_known_place

    line = reader.lines[i]
    if len(line) > 40 or not 2 <= len(line.split()) <= 4:
        return False
    if line[-1] in ".,:;!?" and not _INITIALS_END.search(line):
        # a sentence's stop; but "Darshan Devaiah B.P.", "Jane Roe Jr.": the initials Indian
        # papers print after the name, or a suffix, end in a full stop of their own
        return False
    if not looks_like_name(line) or is_nav_line(line) and not is_menu_item(line):
        return False
    if line[:1] == "(" and line[-1:] == ")" and is_picture_library(line[1:-1]):
        # "(Getty Images)" under the lead photo's caption (The Independent): the picture's
        # library in the brackets that set a credit off, no writer's name
        return False
    if _by_initials(reader, i):
        return False  # "By JT": the paper's initials under the "By" label, no person
    over = _line_over(reader.lines, i)
    if over is not None and _contact_label(reader, over) and _contact_block(reader, over):
        return False  # "Media Contacts" / "Jane Roe" / her e-mail: the press office's contact
    j = i + 1
    while j < len(reader.lines) and not reader.lines[j]:
        j += 1
    if j >= len(reader.lines):
        return False
    below = reader.lines[j]
    if is_by_line(below):
        return False  # "ABC Hobart" over "By Jane Roe": the desk over the byline
    if _caps_over_desk(reader, i):
        return False
    if is_known_place(line) or _linked_outlet_named(reader, line):
        return False
    if _names_the_site(reader, i, [line]):
        return False  # "Newstalk ZB" under a page headed "Newstalk ZB": the site, no writer
    if is_date_stamp(below) or is_menu_item(below) or is_title_line(below):
        return True
    if _place_over_stamp(reader, j) and name_list(line) is not None:
        # "Jane Roe" / "Duluth, Minn." / "October 3, 2023 4:00 AM": the writer, the place
        # she is based in and the page's stamp (public radio's pages)
        return True
    if (
        _credited_caption_at(reader, j)
        and name_list(line) is not None
        and line.casefold() not in below.casefold()
    ):
        # "K. Roe" / the lead photo's caption and its credit: the writer over the photo (a
        # name the caption holds is the pictured person's label, not the writer, in any case:
        # "Fulton Street Bridge" over "The Fulton Street bridge over the river ...", the
        # picture's title over its caption)
        return not any(w.strip(".").lower() in _LABEL_WORDS for w in line.split())
    names = name_list(line)
    if (
        not under_headline
        or names is None
        or any(w.strip(".").lower() in _LABEL_WORDS for w in line.split())
    ):
        return False
    if len(below.split()) >= _LEAD_WORDS:
        return True
    if (story := reader.nxt[j]) < len(reader.lines) and place_set_apart_over_story(
        below, reader.lines[story], reader.ref
    ):
        # "Jane Roe" / "RIO DE JANEIRO" / the story: the writer right under the headline, over
        # the town the story is filed from set on a line of its own (Folha's, The Hindu's pages)
        return True
    # "Jane Roe-Poe" / "A federal suit could end the archive's lending program.": the short
    # lead of a site that writes in one-sentence paragraphs (Axios, Semafor), a whole sentence
    # of a dozen words; a name that the headline or that lead calls by the surname is the
    # story's subject (a picture's label), not its writer
    return (
        _short_lead_sentence(below)
        and _REFERS_BACK.match(below) is None
        and not _surname_over_or_in_lead(reader, i, i, names)
    )


# A lead opening on words that refer back to someone named over it ("The vice president will
# ...", "The pop star's concerts ...", "She said ..."): the name over it is its subject's.
_REFERS_BACK = re.compile(r"^\s*(?:The|He|She|His|Her|They|Their)\b")


def _short_lead_sentence(line: str) -> bool:
    """`line` is one whole sentence of a dozen words or more: a capital first, a full stop
    last (a deck, a label or a stamp does not end so)."""
    text = line.strip().rstrip("\"”’'")
    return (
        len(text.split()) >= _SHORT_LEAD_WORDS
        and text[:1].isupper()
        and text.endswith(".")
        and not text.endswith("..")
    )


def _named_in_menu_over(reader: _Reader, i: int, headline: int) -> bool:
    """Line `i` under the headline repeats a line of the page's menu or breadcrumb over it
    with more of that menu's lines after it ("Regionals" / "Wicklow People" / "Wicklow" /
    "News" / the headline / "Wicklow People" / the stamp): the regional title or section the
    page files the story under, printed in the byline's place, no writer. (A column's
    writer named right over the headline, as its kicker, is the line next to it: not read.)
    A line that reads as a person's name is not read so either: a columnist's name under the
    headline that the site's menu lists too ("Columnists" / "Fintan O'Toole" / "Miriam
    Lord") is the story's writer."""
    key = " ".join(reader.lines[i].split()).casefold()
    # the menu's last lines of text over the headline (counted as lines of text, so that a
    # capture that sets a blank line between every two reads as the same page)
    above = [k for k in range(headline) if reader.lines[k]][-_MENU_ECHO_LINES:]
    menu = {" ".join(reader.lines[k].split()).casefold() for k in above}
    if _menu_name_reads_as_person(reader.lines[i], menu):
        return False
    return any(
        " ".join(reader.lines[k].split()).casefold() == key
        and is_menu_item(reader.lines[k])
        and all(is_menu_item(reader.lines[j]) for j in above[n + 1 :])
        for n, k in enumerate(above[:-1])
    )


def _menu_name_reads_as_person(line: str, menu: set[str]) -> bool:
    """A line that reads as a person's name and names no place, outlet or section: "Fintan
    O'Toole", "Miriam Lord", no "Wicklow People" (a regional title: its place is a line of
    the page's `menu` too, casefolded), "Albany Advertiser" (a paper) or "Kerry Sport" (a
    section)."""
    from archiver.extract.gazetteer import is_known_place

    text = " ".join(line.split())
    words = [w.strip(".,") for w in text.split()]
    return (
        looks_like_name(text)
        and not OUTLET_NAME.match(text)
        and not any(w.lower() in MENU_WORDS or w.casefold() in menu for w in words)
        and not any(is_known_place(w) for w in words)
    )


# How far over the headline a menu's line is looked for, and how many lines of text (a deck,
# a caption) may stand between the headline and its echo.
_MENU_ECHO_LINES = 12
_MENU_ECHO_UNDER = 2


def _caps_names_then_place(line: str, lead: str) -> list[str] | None:
    """`JANE ROE OTTAWA`, `JANE ROE AND JOHN DOE NEW YORK`: a print page's byline in capitals
    with the place the writers filed from run into it (the story's dateline, set on the
    byline's line); the names, when the line's last one to three words are a place the
    gazetteer knows that the story's first paragraphs (`lead`) name too, and the words before
    them are names of two words each ("MARY ANN PARKER" over a story that never names Parker
    keeps her surname)."""
    from archiver.extract.gazetteer import is_known_place

    words = line.split()
    if not line.isupper() or len(words) > 10:
        return None
    for n in (1, 2, 3):
        head, place = " ".join(words[:-n]), " ".join(words[-n:])
        if (
            len(words) - n >= 2
            and is_known_place(place)
            and re.search(rf"\b{re.escape(place)}\b", lead, re.IGNORECASE)
            and (names := name_list(head))
            and all(len(name.split()) == 2 and not is_known_place(name) for name in names)
        ):
            return names
    return None


def _credit_repeated_below(line: str, below: str) -> bool:
    """Whether a short line is the credit that ends the caption under it, word for word
    ("Jane Roe • The Paper" over "Traps on the quay. - Jane Roe • The Paper"): many sites
    print the photo's credit over the picture and again after its caption, so the line
    names the photographer, not the story's writer. A "By" line is the writer's whatever
    follows it."""
    text = " ".join(line.split())
    if not 2 <= len(text.split()) <= 10 or is_by_line(text):
        return False
    found = find_credit(" ".join(below.split()), in_header=True)
    if found is None or found.credit.casefold() != text.casefold():
        return False
    return len(below.split()) >= len(text.split()) + 3  # the caption's words before the credit


def _barred_writers_over_stamp(reader: _Reader, i: int, roles: list[LineRole]) -> bool:
    """Line `i` is names, a bar and the paper ("Jane Roe and John Doe | Arizona Republic"),
    right under the headline and over the page's date stamp, as Gannett's pages print the
    byline: the writers, though a photo's credit has the same shape (under its caption)."""
    line = reader.lines[i]
    if " | " not in line or not roles or roles[-1].role != "headline":
        return False
    if (k := reader.nxt[i]) >= len(reader.lines) or not is_date_stamp(reader.lines[k]):
        return False
    byline = parse_byline(line)
    return byline is not None and bool(byline.names)


def _filed_in_for(line: str, credit: str) -> bool:
    """`Jane Roe in Larissa for The Observer`: a credit read as "Larissa for The Observer"
    whose first words are a place the gazetteer knows, right after "in": the place the writer
    filed from and the paper she filed for (the Guardian's and the Observer's byline row), no
    photographer's name ("Jane Roe for The Observer" alone stays a credit)."""
    from archiver.extract.gazetteer import is_known_place

    head, for_word, _outlet = credit.partition(" for ")
    before = line[: len(line) - len(credit)] if line.endswith(credit) else ""
    return (
        bool(for_word)
        and before.rstrip().endswith(" in")
        and is_known_place(head)
        and name_list(before.rstrip()[:-3]) is not None
    )


def _wire_writers_under_headline(line: str, roles: list[LineRole], byline: Byline | None) -> bool:
    """`line` is names, a mark and a known news agency ("Debby Wu & Saritha Rai | Bloomberg",
    "Jane Roe, The Canadian Press") right under the headline or its deck, no byline read yet:
    the wire story's writers as the site carrying it prints them, though a photo's credit
    ("Jane Roe | Reuters") has the same shape - under its caption, not the headline's block."""
    if byline is not None or not roles or roles[-1].role not in ("headline", "deck"):
        return False
    return names_then_agency(line) is not None


# A byline's label before the first stacked writer: "By", "Written by", "Story by".
_BY_LABEL = re.compile(r"^(?:(?:Written|Story|Words|Reported)\s+)?by:?\s+(?=[A-Z])", re.I)


def _titled_writer_line(line: str) -> list[str] | None:
    """`Jane Roe | Reporter`, `John Doe | Journal Star`: one person's name, a bar, then the
    writer's title or paper, as pages that stack their writers print each one; the first of
    the stack may keep the byline's label ("Written by Jane Roe | Staff Writer")."""
    head, bar, tail = _BY_LABEL.sub("", line).partition(" | ")
    if not bar or len(line) > 80 or "|" in tail:
        return None
    names = name_list(head)
    if names is None or len(names) != 1:
        return None
    tail = tail.strip()
    return names if is_title_line(tail) or is_affiliation(tail) else None


def _names_over_story(reader: _Reader, i: int) -> list[str] | None:
    """`Jane Roe`, `JANE ROE AND JOHN DOE`, `Jane Roe, John Doe and Ann Poe` alone on the line
    right under the headline, with the story's first paragraph (or its dateline) right under
    it: the writers, as pages and plain-text copy print a byline without "By". A name the
    lead holds is its subject; a section's or a desk's word ("Climate Desk", "Local Politics")
    or a place is none."""
    from archiver.extract.gazetteer import is_known_place

    line = reader.lines[i]
    if len(line) > 80:
        return None
    lead = " ".join(reader.lines[j] for j in reader.ahead(i, 3))
    # "Jane Roe, for The Paper", "Jane Roe · CBC News": the writer's outlet after the names
    names = _caps_names_then_place(line, lead) or name_list(line) or names_with_affiliation(line)
    if not names or len(names) > 3:
        return None
    for name in names:
        words = [w for w in name.split() if w[:1].isupper()]  # particles ("de", "van") aside
        if not 2 <= len(words) <= 4 or is_known_place(name):
            return None
    if any(w.strip(".,").lower() in _LABEL_WORDS for name in names for w in name.split()):
        return None  # "Local Politics", "Climate Crisis": a section's label, no person's name
    if _linked_outlet_named(reader, line):
        return None  # "Yahoo Finance" over the story, "Read on Yahoo Finance" under it
    ahead = reader.ahead(i, 1)
    if not ahead:
        return None
    below = reader.lines[ahead[0]]
    if is_file_caption(below) and (further := reader.ahead(i, 2)[1:]):
        # "Jane Roe" / "The governor in Ikeja. Photo: File" / the lead: a file picture's
        # caption between the writer's name and the story (a copy with no blank lines)
        below = reader.lines[further[0]]
    if len(below.split()) < _LEAD_WORDS and reader.dateline(ahead[0]) is None:
        return None
    return None if _named_in_lead(reader, i, names) else names


def _cities_named(lines: list[str], at: int, names: list[str]) -> list[str]:
    """The writers of an e-edition's one-row header at line `at`, each read with the city
    after it ("MARK HOLLIS VANCOUVER" -> "MARK HOLLIS", bylines._caps_name_before_city)
    only when the page names that city elsewhere (its story, its paper's name): else the
    last word is the writer's surname ("JOHN PAUL JACKSON", Jackson a city too)."""
    parts = [" ".join(p.split()) for p in re.split(r"\s[·•|]\s", lines[at])]
    rest = " ".join(line for k, line in enumerate(lines) if k != at).casefold()
    out: list[str] = []
    for name in names:
        whole = next((p for p in parts if p.startswith(f"{name} ") and p.isupper()), None)
        city = whole[len(name) :].strip() if whole is not None else ""
        paper = " ".join(parts[:1]).casefold()
        if (
            whole is not None
            and city
            and city.casefold() not in rest
            and city.casefold() not in paper
        ):
            name = whole
        out.append(name)
    return out


def _caps_over_desk(reader: _Reader, i: int) -> bool:
    """Line `i` is in capitals right over a desk's line ("HIGH SCHOOL SPORTS ROUNDUP" / "From
    staff reports"): the desk stands in the writer's place, the capitals over it a kicker or
    the headline, no writer's name."""
    j = reader.nxt[i]
    return reader.lines[i].isupper() and j < len(reader.lines) and is_desk_line(reader.lines[j])


def _stack_at(reader: _Reader, i: int) -> tuple[list[str], int] | None:
    """A byline block set one span a line from line `i` (bylines.stacked_byline): its names
    and its last line."""
    if _caps_over_desk(reader, i):
        return None
    block: list[int] = []
    for j in range(i, min(len(reader.lines), i + STACK_LINES + 2)):
        if not reader.lines[j]:
            break
        block.append(j)
    # the longest run that reads as the block: with no blank line under it (a copy-paste
    # that drops them), the caption and the story run on below the stamp
    for end in range(len(block), 1, -1):
        names = stacked_byline([reader.lines[j] for j in block[:end]])
        if (
            names
            and writers_at_venue(reader.lines[i]) is not None
            and (
                _named_in_lead(reader, block[end - 1], names)
                or _surname_over_or_in_lead(reader, i, block[end - 1], names)
            )
        ):
            # "Rory McIlroy at Augusta" / "Reuters" / the stamp over "Rory McIlroy won ...":
            # a picture's caption and credit naming the story's subject, not the reporter
            # at the ground (a lead never names its own writer)
            return None
        if names and _names_the_site(reader, i, names):
            return None  # "Newstalk ZB" / the stamp under a page headed "Newstalk ZB": the site
        if names:
            return names, block[end - 1]
    return None


# How many lines under a name the story's first paragraph is looked for.
_LEAD_LOOKAHEAD = 4


def _headline_tail_name(
    reader: _Reader, i: int, names: list[str], stack_end: int, roles: list[LineRole]
) -> bool:
    """Line `i`, a name alone right under the headline (no blank line between, the headline
    with no stop at its end), is the headline's hard-wrapped last line: the story's first
    paragraph, under the name's block, names the same person (a writer is not named in the
    lead)."""
    line = reader.lines[i]
    if len(names) != 1 or names[0] != line.strip() or not roles:
        return False
    above = roles[-1]
    if above.role != "headline" or above.line != i - 1 or above.text.rstrip()[-1:] in ".!?:":
        return False
    for j in range(stack_end + 1, min(len(reader.lines), stack_end + 1 + _LEAD_LOOKAHEAD)):
        if len(reader.lines[j].split()) >= _LEAD_WORDS:
            lead = reader.lines[j]
            return (
                names[0] in lead
                and _NEWSROOM_MENTION.search(lead.replace(names[0], "\x00")) is None
            )
    return False


# The lead naming the page's own reporter, as local television and radio pages do ("11 News
# reporter Dana Whitfield spoke with ...", "KTVB News' Dana Whitfield", "Dana Whitfield
# reports"), or the writer introducing themself: the name under the headline is the writer's
# then, not the headline's subject (the name is replaced by a NUL before the search). A
# reporter who is the story's subject ("jailed Wall Street Journal reporter Evan
# Gershkovich") is named with no newsroom's words.
_NEWSROOM_MENTION = re.compile(
    r"\b(?:news|our|\d+)\s+(?:reporter|correspondent|anchor|meteorologist|photojournalist)\s+\x00"
    r"|\b(?:meteorologist|anchor|photojournalist)\s+\x00"
    r"|\b(?:news|\d)['’]s?\s+\x00"
    # the writer introducing themself, as a newsletter's lead does ("Good morning, I'm Alicia
    # Moreno, and this week ...")
    r"|\b(?:I['’]m|I\s+am|my\s+name\s+is)\s+\x00"
    r"|\x00\s+(?:reports|has\s+(?:the\s+story|more|details))\b",
    re.IGNORECASE,
)


def _credited_photo_above(above: LineRole) -> bool:
    """The line above is a photo's credit, or a caption that ends in its own: a name alone
    under it is no credit of that photo (it has one), so it may be the writer's."""
    if above.role == "credit":
        return True
    return above.role == "caption" and find_credit(above.text, in_header=True) is not None


# The story's paragraphs (of a sentence's words at least) in which a pictured person's name is
# looked for under a credit printed over its caption.
_SUBJECT_PARAGRAPHS = 3
_SUBJECT_SENTENCE_WORDS = 12


def _pictured_under_credit(reader: _Reader, credit_at: int, i: int, names: list[str]) -> bool:
    """Line `i`, a name alone, stands right under the photo's credit at line `credit_at`, over
    which no caption's sentence stands ("Pic: Jane Roe" / "John Doe" / the story: a court
    story's mugshot), and the story's first paragraphs name that person: the picture's
    caption, printed under its credit, naming the person pictured (a story does not name its
    writer; under a caption and its credit, the name is the writer's)."""
    if credit_at >= i or any(reader.lines[j] for j in range(credit_at + 1, i)):
        return False  # right under the credit (blank lines between at most)
    over = credit_at - 1
    while over >= 0 and not reader.lines[over]:
        over -= 1
    if over >= 0 and _caption_sentence(reader.lines[over]):
        return False  # "A farmer at the market." / "Pic: Jane Roe": the credit's own caption
    paragraphs = [
        j
        for j in reader.ahead(i, _LEAD_AHEAD)
        if len(reader.lines[j].split()) >= _SUBJECT_SENTENCE_WORDS
    ]
    text = " ".join(reader.lines[j] for j in paragraphs[:_SUBJECT_PARAGRAPHS]).casefold()
    return any(len(n.split()) >= 2 and n.casefold() in text for n in names)


def _credited_caption_at(reader: _Reader, j: int) -> bool:
    """Line `j` is a photo's caption: a sentence that ends in its credit, or one with a bare
    credit line right under it (one blank line between at most: a copy that spaces every line
    as a paragraph sets the credit apart so)."""
    line = reader.lines[j]
    if len(line.split()) < 4:
        return False
    if find_credit(line, in_header=True) is not None:
        return True
    k = reader.nxt[j]
    return k < len(reader.lines) and k - j <= 2 and is_credit_line(reader.lines[k])


# A story's first paragraph is twenty words or more; a deck or a label is shorter.
_LEAD_WORDS = 20


# A wiki's tagline as MediaWiki prints it under the page's title: "From Wikinews, the free news
# source you can write!", "From Wikipedia, the free encyclopedia", "From Wikivoyage, ...".
_FROM_SITE = re.compile(r"^From\s+(?P<site>[^\s,][^,]{1,40}),\s+the\s+\S")
# How many lines of text over the tagline the site's name may stand.
_TAGLINE_SITE_LINES = 3


def _site_tagline(reader: _Reader, i: int) -> bool:
    """Line `i` says where the page is from, naming the site a line of the page's top prints
    alone ("Wikinews" / "From Wikinews, the free news source you can write!"): the site's
    tagline, no headline. A headline of that shape ("From Kyiv, the view is different")
    names no line above it."""
    m = _FROM_SITE.match(reader.lines[i])
    if m is None:
        return False
    site = m.group("site").strip().casefold()
    above = [k for k in range(i) if reader.lines[k]][:_TAGLINE_SITE_LINES]
    return any(reader.lines[k].strip().casefold() == site for k in above)


# "John Doe for STAT", "Jane Roe for The Atlantic": a person's name, "for" and an outlet.
_NAME_FOR_OUTLET = re.compile(
    r"^(?P<person>[A-Z]\S*(?:\s+[A-Z]\S*){1,3})\s+for\s+(?P<site>\S.{0,40})$"
)


def _for_site_credit(reader: _Reader, i: int, writers: list[str]) -> tuple[str, str] | None:
    """Line `i` is a person's name "for" the site whose name a line of the page's top prints
    alone ("STAT" / ... / "John Doe for STAT"), the story or the page's stamp right under it,
    and the person is
    none of the writers the byline named: the photographer or illustrator the site hired
    for the lead picture, its caption lost. The person and the site, or None."""
    from archiver.extract.bylines import looks_like_name

    m = _NAME_FOR_OUTLET.match(reader.lines[i])
    if m is None:
        return None
    person, site = m.group("person"), m.group("site").strip()
    top = [k for k in range(i) if reader.lines[k]][:_SITE_NAME_LINES]
    if not any(reader.lines[k].strip().casefold() == site.casefold() for k in top):
        return None
    if not looks_like_name(person) or person.casefold() in {w.casefold() for w in writers}:
        return None
    below = reader.ahead(i, 1)
    # the story right under it, or the page's stamp ("By Jane Roe" / "John Doe for The
    # Atlantic" / "March 12, 2024, 7 AM ET": the credit between the byline and the stamp)
    if not below or not (
        _story_paragraph(reader.lines[below[0]]) or is_date_stamp(reader.lines[below[0]])
    ):
        return None
    return person, site


def _blog_header(reader: _Reader, i: int) -> bool:
    """`Ridgeway Garden Diary` / `Notes on soil, seeds and ...`, then the post's title alone
    in its block, then `Posted by X on DATE`: the first block's two lines (line `i` is one of
    them) are the blog's name and tagline (a blog theme prints them together, and the post's
    title and its "Posted by" line apart)."""
    lines = reader.lines
    if i > 1 or len(lines) < 3 or not lines[0] or not lines[1] or lines[2]:
        return False
    name = lines[0].split()
    if len(name) < 2 or all(w.lower() in _LABEL_WORDS for w in name):
        return False  # "Politics", "Local News": a kicker over the headline, no blog's name
    ahead = reader.ahead(1, 2)
    if len(ahead) < 2 or not reader.alone(ahead[0]):
        return False
    title, posted = lines[ahead[0]], lines[ahead[1]]
    return (
        posted[:10].lower() == "posted by "
        and looks_like_headline(title)
        and len(title.split()) >= 3
        and parse_byline(title) is None
    )


def _paper_name_over_headline(reader: _Reader, i: int) -> bool:
    """Line `i`, the text's first, is a paper's name ("The Times of Israel", "Daily Nation")
    with a headline right under it and a byline or a dateline a few lines below: the page's
    masthead. A headline that names a paper has no headline under it. A name of the "<paper's
    word> of <X>" shape the code does not know as a masthead must name a land after "of" (a
    country, a state, a province): "Beacon of Hope", "Voice of Experience" over their decks
    are features' headlines."""
    from archiver.extract.gazetteer import is_region
    from archiver.extract.masthead import is_nameplate

    line = reader.lines[i]
    if len(line.split()) > _MASTHEAD_WORDS or not is_nameplate(line):
        return False
    name = line.strip()
    _, of, land = re.split(r",", name, maxsplit=1)[0].partition(" of ")
    if not of:
        _, of, land = name.split(",")[0].partition(" OF ")
    if of and not is_masthead(name) and not is_region(land.strip()):
        return False
    return _headline_below(reader, i) and reader.later_dateline_or_byline(i) is not None


def _nameplate_over_date(reader: _Reader, i: int) -> bool:
    """Line `i`, the text's first, is a paper's name ("THE TIMES OF INDIA, PUNE") and the line
    under it the issue's date alone ("WEDNESDAY, JULY 24, 2024"): an e-paper page's nameplate.
    The date under it is what tells the name from a headline that names a paper."""
    from archiver.extract.masthead import is_nameplate

    if any(reader.lines[k] for k in range(i)):
        return False
    if not is_nameplate(reader.lines[i]):
        # "THE MORNING BRIEFING" / "Thursday, 6 February 2025" / the first story's headline:
        # a newsletter's name over the issue's date; a headline with such a word ("Budget
        # briefing delayed") has its story, not a second headline, under the stamp
        ahead = reader.ahead(i, 3)
        if len(ahead) < 2 or not is_date_stamp(reader.lines[ahead[0]]):
            return False
        if _section_word(reader.lines[ahead[1]]) and _publication_name(reader.lines[i]):
            # "New Scientist" / "20 Jan 2024" / "FEATURES" / "THE ICE THAT REMEMBERS": a
            # magazine's name and issue over the section and the piece's title (an e-edition's
            # or a print view's header); a headline has its story under its stamp, no section.
            # A long sentence-case line under the section is a deck, no piece's title: a Title
            # Case headline ("Teachers Vote To Strike") / its stamp / its desk ("EDUCATION") /
            # its deck is the same shape
            from archiver.extract.page import _deck_sentence

            title = reader.ahead(ahead[1], 1)
            if title and _deck_sentence(reader.lines[title[0]]):
                return False
            return _headline_below(reader, ahead[1])
        under = ahead[1] if _NEWSLETTER_TAGLINE.match(reader.lines[ahead[1]]) else ahead[0]
        return _newsletter_name(reader.lines[i]) and _headline_below(reader, under)
    ahead = reader.ahead(i, 2)
    return len(ahead) == 2 and is_date_stamp(reader.lines[ahead[0]])


def _section_word(line: str) -> bool:
    """A section's label alone: one or two words, in capitals or a menu's word ("FEATURES",
    "Opinion", "Science & Tech")."""
    words = [w for w in line.split() if w != "&"]
    return (
        0 < len(words) <= 2
        and not any(ch.isdigit() for ch in line)
        and (line.isupper() or all(w.lower() in MENU_WORDS for w in words))
    )


def _publication_name(line: str) -> bool:
    """A publication's name as its header prints it: one to four words in Title Case (its
    small words apart), no figure, no sentence's stop ("New Scientist", "BBC Wildlife")."""
    words = line.split()
    small = {"of", "and", "the", "&", "for", "on", "in"}
    return (
        0 < len(words) <= 4
        and not any(ch.isdigit() for ch in line)
        and not line.endswith((".", "!", "?", ":"))
        and all(w[:1].isupper() or w in small for w in words)
    )


# What a newsletter tells its reader it is, under its name and date ("Your daily news from the
# East Midlands", "Your weekly briefing on climate"): read as its tagline there only, since a
# headline may open so too ("Your guide to Tuesday's vote").
_NEWSLETTER_TAGLINE = re.compile(
    r"^Your\s+(?:[\w-]+\s+){0,2}(?:news|briefing|guide|digest|update|round-?up|dose|look)\s+"
    r"(?:from|to|on|for|about|at|in)\b[^.!?]{0,60}$"
)


# A labelled source's or editor's value names an outlet or a person: a few words.
_SOURCE_VALUE_WORDS = 4


def _named_source_label(line: str) -> bool:
    """ "Source: Xinhua", "Editor: Zhang Wei": a page's labelled source or editor whose value
    is a name (a few capitalised words), not a headline's clause ("Source: Minister knew")."""
    if not is_source_label(line):
        return False
    value = line.split(":", 1)[-1].split() if ":" in line else []
    return 0 < len(value) <= _SOURCE_VALUE_WORDS and all(w[:1].isupper() for w in value)


def _title_within(reader: _Reader, i: int) -> bool:
    """A title-like line (four words or more, no stop, no byline) within the next three lines
    of text under line `i`."""
    return any(
        len(reader.lines[k].split()) >= 4
        and looks_like_headline(reader.lines[k])
        and parse_byline(reader.lines[k]) is None
        for k in reader.ahead(i, 3)
    )


# A post after a writer's name on an institution's page: one or two segments after commas,
# each this many words at most ("Partner, Employment", "Head of Sustainability").
_OFFICE_SEGMENT_WORDS = 4


def _name_with_office(line: str) -> str | None:
    """ "Jane Roe, Partner, Employment", "Jane Roe, Head of Sustainability": a person's name
    (no place the gazetteer knows, no company) and one or two short capitalised segments with
    no figure and no stop after it; the name, or None."""
    from archiver.extract.gazetteer import is_known_place

    parts = [p.strip() for p in line.split(",")]
    name, posts = parts[0], parts[1:]
    if not 1 <= len(posts) <= 2 or len(line) > 80 or line.endswith((".", "!", "?")):
        return None
    if len(name.split()) < 2 or not looks_like_name(name) or is_known_place(name):
        return None
    for post in posts:
        words = post.split()
        if (
            not 1 <= len(words) <= _OFFICE_SEGMENT_WORDS
            or not post[:1].isupper()
            or any(c.isdigit() for c in post)
            or is_known_place(post)
            # "Kestrel Robotics, Inc": a company's style, no post
            or any(w.lower().strip(".") in _COMPANY_SUFFIXES for w in words)
        ):
            return None
    found = parse_byline(f"By {line}")
    return name if found is not None and found.names == [name] else None


# A company's style after its name and a comma ("Kestrel Robotics, Inc").
_COMPANY_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "corp", "co", "llp", "gmbh", "ag"})


def _name_over_letter_label(reader: _Reader, i: int) -> bool:
    """Line `i` is a short name (five words at most, no stop) with nothing above it, and the
    next line of text is a newsletter's or a series' label (is_letter_label): the letter's
    name over its tagline ("WORK IN PROGRESS" / "A newsletter about how we work")."""
    line = reader.lines[i]
    ahead = reader.ahead(i, 1)
    return (
        bool(ahead)
        and len(line.split()) <= _NEWSLETTER_NAME_WORDS
        and not line.endswith((".", "!", "?", ":"))
        and all(reader.chrome[k] or not reader.lines[k] for k in range(i))
        and is_letter_label(reader.lines[ahead[0]])
    )


def _title_under_letter_labels(reader: _Reader, i: int) -> bool:
    """Past the letter's labels under line `i`, a title-like line (four words or more, no
    stop, no byline, dateline or credit) stands: the labels are over a title, not the post's
    only display line."""
    for k in reader.ahead(i, 4):
        if is_letter_label(reader.lines[k]):
            continue
        return (
            len(reader.lines[k].split()) >= 4
            and looks_like_headline(reader.lines[k])
            and parse_byline(reader.lines[k]) is None
            and reader.dateline(k) is None
            and find_credit(reader.lines[k], in_header=True) is None
        )
    return False


def _newsletter_tagline(reader: _Reader, i: int) -> bool:
    """Line `i` is a newsletter's tagline under its name and the issue's date (see above)."""
    above = [k for k in range(i) if reader.lines[k]]
    return (
        len(above) == 2
        and _NEWSLETTER_TAGLINE.match(reader.lines[i]) is not None
        and _nameplate_over_date(reader, above[0])
    )


# A newsletter's name is this many words at most ("The Morning Briefing", "Business Digest").
_NEWSLETTER_NAME_WORDS = 5


def _newsletter_name(line: str) -> bool:
    """A newsletter's name alone: a few words, one of them what a site calls its e-mailed
    issues ("THE MORNING BRIEFING", "Weekend Digest"), no figures and no sentence's stop."""
    return (
        len(line.split()) <= _NEWSLETTER_NAME_WORDS
        and _NEWSLETTER_WORD.search(line) is not None
        and not any(ch.isdigit() for ch in line)
        and line.rstrip()[-1:] not in ".,;:!?"
    )


# A capture tool's field under its header: a key in lower case (snake case too) and, as its
# value, the page's address or the capture's date and time ("url: https://...", "scraped_at:
# 2023-06-14T15:02:11Z", "fetched: 2024-05-01").
_CAPTURE_FIELD = re.compile(
    r"^[a-z][a-z_]{1,24}:\s+"
    r"(?:https?://\S+|\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)$"
)
# The key of such a field alone on its line, its value wrapped under it ("url:").
_CAPTURE_KEY_ALONE = re.compile(r"^[a-z][a-z_]{1,24}:$")


def _headline_below(reader: _Reader, i: int) -> bool:
    """The next line of text is a headline (short, no full stop, four words or more) that is
    no byline, dateline or credit: the line above it is the page's masthead, not a byline."""
    ahead = reader.ahead(i, 2 + _FILED_UNDER_ROWS)
    if not ahead:
        return False
    if len(ahead) > 1 and is_source_label(reader.lines[ahead[0]]):
        # "Business News of Thursday, 19 November 2026" / "Source: Joy Business" / the
        # headline: the page's labelled source between its stamp and its title
        ahead = ahead[1:]
    while len(ahead) > 1 and _filed_under(reader.lines[ahead[0]]):
        # "Posted on March 3, 2021 by admin" / "Categories: Community, Schools" / "Tags:
        # library" / the headline: a blog's (WordPress') post meta, its stamp over the rows
        # that file the post, set over the post's title
        ahead = ahead[1:]
    below = reader.lines[ahead[0]]
    placed = reader.dateline(ahead[0])
    return (
        len(below.split()) >= 4
        and looks_like_headline(below)
        and parse_byline(below) is None
        and (placed is None or _place_label_headline(placed, below))
        and find_credit(below, in_header=True) is None
    )


# How many rows filing a post (its categories, its tags) may stand between its stamp and its
# title.
_FILED_UNDER_ROWS = 2


def _filed_under(line: str) -> bool:
    """The rows a blog or a CMS prints to file the post, its terms under their labels
    ("Categories: Community, Schools", "Tags: fundraiser", both on one row), no headline."""
    return is_index_terms(line) or _field_row(line)


def _place_label_headline(found: DatelineMatch, line: str) -> bool:
    """ "Dubai: RTA to add 50 new buses on routes to Expo 2020 site from Monday": a headline
    that opens with its city and a colon (Gulf News', The Times of India's), read by the
    dateline grammar as a colon dateline: no date, no agency, and no full stop at its end."""
    dateline = found.dateline
    return (
        dateline.date is None
        and dateline.source is None
        and dateline.raw.rstrip().endswith(":")
        and not line.rstrip().endswith((".", "!", "?"))
        and len(line.split()) <= _PLACE_LABEL_HEADLINE_WORDS
    )


# A headline's words at most (a first paragraph under its city's colon runs longer).
_PLACE_LABEL_HEADLINE_WORDS = 20


def _stamp_over_headline_below(reader: _Reader, i: int) -> bool:
    """The next line of text under line `i` is the page's date stamp, a headline under it
    ("ASIAN NEWS INTERNATIONAL" / "ANI | Updated: Monday, Jul 8 2024" / the headline): the
    name over the stamp is the page's masthead, as a name right over the headline is."""
    ahead = reader.ahead(i, 1)
    return (
        bool(ahead) and is_date_stamp(reader.lines[ahead[0]]) and _headline_below(reader, ahead[0])
    )


def _desk_over_headline(reader: _Reader, i: int) -> bool:
    """Line `i` is a headline (four words or more, no full stop) with the page's date stamp
    right under it: under a desk's byline at the page's top, the headline, no story text."""
    line = reader.lines[i]
    ahead = reader.ahead(i, 1)
    return (
        bool(ahead)
        and len(line.split()) >= 4
        and looks_like_headline(line)
        and parse_byline(line) is None
        and reader.dateline(i) is None
        and is_date_stamp(reader.lines[ahead[0]])
    )


# Under a newsletter's salutation: at most this many lines of introduction (the issue's
# sentence, a section's label) before the story's title.
_GREETING_INTRO_LINES = 2
_GREETING_INTRO_WORDS = 30


def _greeting_over_title(reader: _Reader, i: int) -> list[int] | None:
    """Line `i` is a newsletter's salutation on its own ("Hi there,", "Good morning.") and a
    story's title stands within a few lines under it, past a sentence or two of introduction
    ("Welcome to issue 88 of The Brief, ...") and a section's label ("This week"): the lines
    between the salutation and the title (perhaps none); None when no title stands so close
    (a letter that goes straight on in prose has no title to find)."""
    # "Happy Wednesday! ... Edited" / "by Lena Ortiz-Hamm.": the salutation's paragraph
    # broken at the copy's width, its second line no byline but the greeting's own
    run_on = greeting_run_on(reader.lines, i)
    if not greeting_line(reader.lines[i]) and not run_on:
        return None
    between: list[int] = [i + 1] if run_on else []
    for k in reader.ahead(between[0] if run_on else i, _GREETING_INTRO_LINES + 1):
        line = reader.lines[k]
        if _headline_over_longer(reader, k) or (
            (under := reader.ahead(k, 1))
            and looks_like_headline(line)
            and len(line.split()) >= _TOP_BYLINE_HEADLINE_WORDS[0]
            and (b := parse_byline(reader.lines[under[0]])) is not None
            and b.names
        ):
            return between
        if len(line.split()) > _GREETING_INTRO_WORDS:
            return None
        between.append(k)
    return None


def _headline_over_longer(reader: _Reader, i: int) -> bool:
    """Line `i` has a headline's shape (four to twenty-five words, no stop, no byline,
    dateline or credit) and the next line of text is a longer sentence (its standfirst or the
    story's first paragraph)."""
    line = reader.lines[i]
    size = len(line.split())
    if not _TOP_BYLINE_HEADLINE_WORDS[0] - 1 <= size <= _TOP_BYLINE_HEADLINE_WORDS[1]:
        return False
    if line.rstrip()[-1:] in ".!:;,\"'”’…-–—" or not looks_like_headline(line):
        return False
    if parse_byline(line) is not None or is_date_stamp(line) or reader.dateline(i) is not None:
        return False
    if find_credit(line, in_header=True) is not None:
        return False
    ahead = reader.ahead(i, 1)
    return (
        bool(ahead)
        and len(reader.lines[ahead[0]].split()) > size
        and (_paragraph_end(reader, ahead[0]).rstrip()[-1:] in '.!?"”’')
    )


# A paragraph hard-wrapped at a column's edge runs over this many written lines at most, as
# read for where its sentence ends.
_WRAPPED_PARAGRAPH_LINES = 4


def _paragraph_end(reader: _Reader, i: int) -> str:
    """The last written line of the paragraph line `i` opens: line `i` and the lines under it
    with no blank between (a copy hard-wrapped at a column's edge breaks one paragraph so),
    or line `i` alone in a copy whose blank lines part nothing."""
    if reader.unparted:
        return reader.lines[i]
    j = i
    while (
        j + 1 < len(reader.lines)
        and j - i < _WRAPPED_PARAGRAPH_LINES - 1
        and reader.lines[j + 1]
        and not reader.chrome[j + 1]
    ):
        j += 1
    return reader.lines[j]


def _headline_under_top_byline(reader: _Reader, i: int) -> bool:
    """Line `i`, set apart by blank lines under the byline that opens the copy, reads as the
    headline: a headline's length (five to twenty-five words) with no stop, no byline,
    dateline or credit, and the story's first paragraph (a sentence longer than it) is the
    next line of text. A story's first line is a sentence with its stop; a quotation ends on
    its mark, so neither is taken."""
    line = reader.lines[i]
    size = len(line.split())
    if not (reader.alone(i) or reader.unparted) or not _TOP_BYLINE_HEADLINE_WORDS[0] <= size:
        return False
    if size > _TOP_BYLINE_HEADLINE_WORDS[1] or line.rstrip()[-1:] in ".!?:;,\"'”’…-–—":
        return False
    if not looks_like_headline(line) or parse_byline(line) is not None:
        return False
    if is_date_stamp(line) or is_page_timestamp(line):
        return False  # "14 March 2025, 9:30 am" under the byline: the page's stamp
    if reader.dateline(i) is not None or find_credit(line, in_header=True) is not None:
        return False
    ahead = reader.ahead(i, 1)
    if not ahead:
        return False
    below = reader.lines[ahead[0]]
    if reader.unparted and below[-1:] not in '.!?"”’' and (more := reader.ahead(ahead[0], 1)):
        # a copy that sets every line apart sets a wrapped paragraph's lines apart too ("...
        # more than 40 Conservative MPs to" / "" / "freeze fuel duty ..."): read on
        below = f"{below} {reader.lines[more[0]]}"
    return reader.dateline(ahead[0]) is not None or (
        _story_paragraph(below) and len(below.split()) > size
    )


# A headline set apart under the byline has this many words at least, and at most.
_TOP_BYLINE_HEADLINE_WORDS = (5, 25)


def _catchline_over_byline(reader: _Reader, i: int) -> bool:
    """Line `i` opens the copy with a desk's label or a wire's catchline ("POLITICS Budget",
    "HEALTH", "Business") of one to three words, a named byline right under it, and under
    that a headline set apart (see _headline_under_top_byline): the label names the story
    for the desk, as PA's newswire prints its category and keyword over the byline; the
    headline is the line set apart below. A short headline over its byline has the story
    right under the byline, no line set apart with no stop."""
    line = reader.lines[i]
    words = line.split()
    if not 1 <= len(words) <= _CATCHLINE_WORDS or not _label_line(line):
        return False
    first = words[0].strip(".,")
    if not ((first.isupper() and len(first) >= 3) or is_label_word(first)):
        return False  # "Storm Hits" over its byline: a short headline, no desk's word
    if len(words) > 1 and _is_caps_line(line):
        # "FIRE GUTS WAREHOUSE" over "By JANE ROE": a headline set in capitals, every word
        # of it; a desk's catchline sets its keyword after the category in mixed case
        # ("POLITICS Budget", "CRIME Court Case")
        return False
    ahead = reader.ahead(i, 2)
    # the byline right under it (past one blank line in a copy that sets every line apart)
    if (
        len(ahead) < 2
        or (ahead[0] != i + 1 and not (reader.unparted and ahead[0] == i + 2))
        or not _names_writers(reader.lines[ahead[0]])
    ):
        return False
    return _headline_under_top_byline(reader, ahead[1])


# A desk's catchline has at most this many words ("POLITICS Budget", "CRIME Court Case").
_CATCHLINE_WORDS = 3


def _is_caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _text_line_above(lines: list[str], i: int) -> int | None:
    """The nearest line of text above line `i` (past blank ones), or None."""
    return next((j for j in range(i - 1, -1, -1) if lines[j]), None)


def _writer_signs_again(above: str, line: str, role: str) -> bool:
    """The name before the outlet on `line` ("Jane Roe, The Post", "Jane Roe | The Post") is
    the writer's named by the byline right over it: the byline's second line, no credit."""
    name = re.split(r"\s*[|,]\s*", line, maxsplit=1)[0].strip()
    return role == "byline" and len(name.split()) >= 2 and name.casefold() in above.casefold()


def _caption_line_under(reader: _Reader, i: int, roles: list[LineRole]) -> int | None:
    """The line a credit line at `i` would stand over: the next line, or the next line of
    text past one blank line when the line above `i` stands one blank line over it too (a
    copy that sets every line apart, where a blank line parts nothing)."""
    lines = reader.lines
    if i + 1 >= len(lines):
        return None
    if lines[i + 1]:
        return i + 1
    if i + 2 >= len(lines) or not lines[i + 2] or not roles or roles[-1].line != i - 2:
        return None
    if (
        reader.spaced
        and not lines[i - 1]
        # "caption" / "Jane Roe, The Post" / the story's paragraph: the credit of the caption
        # right over it, no credit of the sentence under it
        and roles[-1].role != "caption"
        and (person_and_outlet_line(lines[i]) or is_credit_line(lines[i]))
        # "By Jane Roe" / "Jane Roe, The Post" / the story's paragraph: the writer's own
        # signature under the byline, no photographer's credit over a caption
        and not _writer_signs_again(lines[roles[-1].line], lines[i], roles[-1].role)
    ):
        # in a copy that sets every line apart, a credit line whole by its shape ("Jane Roe |
        # The Post", "Courtesy of the City of Oslo") over a sentence: the blank line between
        # them parts nothing, so the sentence is weighed as the caption it would be with no
        # blank line (credit_over_caption weighs the pair as it weighs them side by side);
        # a credit word alone ("Getty Images") keeps the stop's caution below
        return i + 2
    spaced = (
        # the writer's block right over it (the BBC's credit line under the writer's name
        # and desk): a page's button between blank lines ("Advertisement" / "Hide Ad")
        # credits nothing; in a copy that sets every line apart, a picture library's name
        # or a credit's word ("PA Media", "Getty Images") over it, under the page's buttons
        (
            any(r.role == "byline" for r in roles[-2:])
            or (reader.spaced and (is_picture_library(lines[i]) or is_credit_word_line(lines[i])))
        )
        and not lines[i - 1]
        # a caption printed with no stop ("The home was inspected after the fall"): a whole
        # sentence a blank line under a lone credit is the story's paragraph as likely, the
        # caption lost ("Getty Images" / "" / "A House committee on Tuesday approved ...")
        and not _SENTENCE_STOP.search(lines[i + 2])
    )
    return i + 2 if spaced else None


def _credits_over_stopless_captions(reader: _Reader) -> bool:
    """The page prints a picture library's or a desk's credit word alone ("Getty Images",
    "PA Media", "Supplied") over a caption with no stop, the story's paragraph under it: its
    credits go first and its captions end with no stop (the BBC's pages), so a name alone over
    such a line is a credit too. Asked of the whole page, answered once per reader: asked again
    for every credit-like line, it cost a square of their number on a page of them."""
    if reader.stopless_credits is None:
        reader.stopless_credits = _page_credits_over_stopless_captions(reader)
    return reader.stopless_credits


def _page_credits_over_stopless_captions(reader: _Reader) -> bool:
    lines = reader.lines
    for k, line in enumerate(lines):
        if not line or k + 1 >= len(lines):
            continue
        if not (is_picture_library(line) or is_credit_word_line(line) or _slashed_credit(line)):
            continue
        # a copy that sets every line apart by a blank line: the caption and the paragraph
        # one blank line under the line above them each
        gap = 1 if lines[k + 1] else 2 if k >= 1 and not lines[k - 1] else 0
        cap = k + gap
        if not gap or cap >= len(lines) or not lines[cap] or any(lines[k + 1 : cap]):
            continue
        ahead = reader.ahead(cap, 1)
        if (
            caption_under_credit(lines[cap])
            and ahead
            # the paragraph right under the caption, or one blank line under it where the
            # page sets its paragraphs apart and not the caption from its credit (the BBC's)
            and ahead[0] in (cap + gap, cap + 2)
            and _story_paragraph(lines[ahead[0]])
        ):
            return True
    return False


def _slashed_credit(line: str) -> bool:
    """A credit line that is all credit, a source and the photographer's name set apart by a
    slash ("Geograph/Evelyn Simak", "PA Media/Jane Roe"): the shape of a credit printed alone
    over its caption, which no caption nor paragraph has."""
    if "/" not in line or len(line) > _CREDIT_NAME_CHARS * 2 or not is_credit_line(line):
        return False
    found = find_credit(line, in_header=True)
    return found is not None and found.credit == line and found.photographer is not None


def _told_credit(line: str, credit: Credit) -> bool:
    """The credit read at the line's end is the object of an attribution's verb ("... his
    relatives told RFE/RL's Tajik Service.", "..., according to Reuters/Ipsos."): a sentence
    of the story, not a caption with its credit."""
    at = line.rfind(credit.credit)
    return at > 0 and _ATTRIBUTION_BEFORE.search(line[:at]) is not None


# An attribution's verb right before an outlet's name: "told", "according to", "said to".
_ATTRIBUTION_BEFORE = re.compile(
    r"\b(?:told|tells|telling|informed|according\s+to|(?:said|speaking|spoke|talking)\s+to)\s+$"
)


def _caption_over_headline(sentence: str, under: str) -> bool:
    """`sentence`, ending in a full stop right over the display line `under` (the page's
    stamp under that), reads as the lead photo's caption over the headline, not as the
    headline over its deck: a deck runs a few words longer than its headline at least ("The
    Fed blinked. Now comes the hard part." / "Rate cuts are coming sooner than markets
    expected, and ..."), where a caption tells the picture in about as many words as the
    headline or more; and a headline of sentences in Title Case is no caption."""
    return len(under.split()) < len(sentence.split()) + _DECK_LONGER and not (
        _title_case_sentences(sentence)
    )


# A deck runs at least this many words longer than the headline over it.
_DECK_LONGER = 3


def _labels_over_stamped_headline(reader: _Reader, i: int) -> int | None:
    """From the text's first line `i`: an agency's, a site's or a place's name alone (one a
    line), then perhaps a caption's sentence, over a headline with the page's stamp right
    under it (_desk_over_headline). The headline's line, or None. Only names the code knows
    (wires, outlets, the gazetteer's places) may stand over it: a short line of other words
    over a longer one with a stamp under it is a headline over its deck."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import is_masthead

    ahead = [i, *reader.ahead(i, 3)]
    for n in range(1, len(ahead)):
        if not _desk_over_headline(reader, ahead[n]):
            continue
        labels = 0
        for m, k in enumerate(ahead[:n]):
            line = reader.lines[k]
            if (
                line.endswith(".")
                and m == n - 1
                and reader.dateline(k) is None
                and _caption_over_headline(line, reader.lines[ahead[n]])
            ):
                continue  # the lead photo's caption, right over the headline
            if is_masthead(line) or (len(line.split()) <= 3 and is_known_place(line)):
                labels += 1
                continue
            return None
        return ahead[n] if labels else None
    return None


# The most words a station's or site's name over its page has ("WXYZ 7 Action News Detroit").
_MASTHEAD_WORDS = 6


def _source_named_below(reader: _Reader, i: int) -> str | None:
    """Line `i`, the first of the copy, is a short name holding the source that the story's
    dateline below names in brackets ("WKRN News 2" over "NASHVILLE, Tenn. (WKRN) — ..."),
    with a headline right under it: the page's masthead, not its headline. The source, or
    None."""
    line = reader.lines[i]
    if len(line.split()) > _MASTHEAD_WORDS or not _headline_below(reader, i):
        return None
    # a name's words are capitalised or figures: "Reuters poll shows ..." is a headline
    if not all(w[:1].isupper() or w[:1].isdigit() for w in line.split()):
        return None
    words = {w.strip(".,:;()").casefold() for w in line.split()}
    for k in reader.ahead(i, _LOOKAHEAD + 2)[1:]:
        found = reader.dateline(k)
        if found is None:
            continue
        source = found.dateline.source
        if source and (source.casefold() in words or source.casefold() == line.casefold()):
            return source
        return None
    return None


# A byline's label glued to the word before it ("StockBy: Jane Roe"): spans of a page's header
# copied with no space between them.
_GLUED_BY = re.compile(r"(?<=[a-z)])By:?\s+(?=[A-Z])")


def _glued_by_tail(line: str) -> Byline | None:
    """A header line holding the page's stamp (a year) with a "By" label run into the word
    before it: the byline after the label, when it names people; a sentence never glues "By"
    to a word."""
    if len(line) > 200 or (m := _GLUED_BY.search(line)) is None:
        return None
    if re.search(r"\b(?:19|20)\d\d", line[: m.start()]) is None:
        return None
    byline = parse_byline(line[m.start() :])
    return byline if byline is not None and byline.names else None


def _name_then_stamp(line: str) -> str | None:
    """`Jane Roe |14.06.2025 - Update : 14.06.2025`: the writer's name, a bar, then the page's
    date stamp (Anadolu's pages); the name, or None."""
    from archiver.extract.gazetteer import is_known_place

    name, bar, stamp = line.partition("|")
    name, stamp = name.strip(), stamp.strip()
    if not bar or not stamp or len(name) > 40 or "," in name or not looks_like_name(name):
        return None  # "Kaikōura, New Zealand | Jan 09 2026": a place before the stamp
    if not (is_date_stamp(stamp) or is_page_timestamp(stamp)) or is_known_place(name):
        return None
    return name


def _deck_over_stamp(reader: _Reader, i: int) -> bool:
    """Under a page's headline: a sentence with the page's date stamp within three lines of
    text below it (a byline in a language the grammar does not read may stand between)."""
    if len(reader.lines[i].split()) > _DECK_MAX_WORDS or reader.dateline(i) is not None:
        return False
    return any(is_date_stamp(reader.lines[j]) for j in reader.ahead(i, 3))


# The words a page's dateline paragraph's line holds at least: with no agency named in it, and
# with one.
_PAGE_DATELINE_WORDS = (10, 6)


# A caption that opens with its own dateline has at most this many words.
_DATED_CAPTION_MOST_WORDS = 30


def _dated_caption_over_story(reader: _Reader, i: int) -> bool:
    """Line `i` is a caption that opens with a dateline and closes on its credit, one to three
    capitalised words after a dash that follows its stop ("KARACHI: Commuters wade through
    a flooded street. — Online"), as Pakistani papers print the lead picture's over the
    story's own dateline paragraph: short, where that paragraph is long."""
    line = reader.lines[i]
    tail = _DASHED_CREDIT_TAIL.search(line)
    return (
        tail is not None
        and len(tail.group("credit").split()) <= 3
        and len(line.split()) <= _DATED_CAPTION_MOST_WORDS
        and plain_dated_caption(line, tail.group("credit"))
        and (reader.dateline(i) is not None or opens_with_capitals_colon(line))
    )


def _page_dateline_below(reader: _Reader, i: int) -> int | None:
    """A page's dateline paragraph at or within a few lines of text below line `i`: not under
    a death notices' section label or as a death notice's opening ("Obituaries" / "FRASER,
    Wilfred Joseph — 84, of Glace Bay, ..." under the story on a local paper's page), another
    item's."""
    from archiver.extract.wire_text import death_notice_dateline  # wire_text imports roles

    above: int | None = None
    for j in [i, *reader.ahead(i, _PAGE_BODY_LOOKAHEAD)]:
        words = len(reader.lines[j].split())
        if j > i and _NOTICES_SECTION.fullmatch(reader.lines[j].strip()):
            return None  # "Obituaries": the page's notices under the story, none its dateline
        if (
            words >= _PAGE_DATELINE_WORDS[1]
            and (found := reader.dateline(j)) is not None
            and (
                # "FRANKFURT (Reuters) -Siemens Energy raised its mid-term targets on": a dateline
                # naming its agency opens the story on a line a narrow wrap left short
                words >= _PAGE_DATELINE_WORDS[0] or found.dateline.source
            )
        ):
            if death_notice_dateline(found):
                return None  # "FRASER, Wilfred Joseph — 84, of Glace Bay, ...": a notice
            if above is not None and quotes_below(reader.lines[above], reader.lines[:above]):
                return None  # "Reuters has more on the insurance picture:": a quoted report
            return j if j > i else None
        above = j
    return None


# The label of a page's section of death notices ("Obituaries", "Death Notices", "Deaths").
_NOTICES_SECTION = re.compile(r"(?i:obituaries|death\s+notices|deaths|funeral\s+notices)")


# A sentence introducing what follows it, ending in a colon ("Reuters has more on the
# insurance picture:", "The agency reported:"): a live page's entry quoting another report.
_QUOTES_BELOW = re.compile(r"^[A-Z][^.!?]{10,200}:$")


def quotes_below(line: str, before: list[str]) -> bool:
    """`line` is a sentence that introduces a quoted report under it: a verb's lower-case words
    before a closing colon, not a label ("Summary:", "NEW YORK:"), with the page's own story
    told above it (`before`: the lines over it). A deck ending in a colon right under the
    headline ("Here is what officials have said so far:") introduces the story itself, whose
    dateline is the page's."""
    text = line.strip()
    head, _, last = text.rpartition(". ")
    if _SHORT_QUOTE_INTRO.match(last) is not None:
        # "It begins:", "The cable read:" under a paragraph of the story's own prose, or
        # closing one ("She showed it to me when I was twelve. It read:"): a feature quoting
        # an old wire report, whose dateline is the quoted text's
        above = head or next((b.strip() for b in reversed(before) if b.strip()), "")
        if head:
            above += "."
        return (
            len(above.split()) >= _STORY_PARAGRAPH_WORDS or bool(head)
        ) and _STORY_SENTENCE.search(above) is not None
    return (
        _QUOTES_BELOW.match(text) is not None
        and sum(w[:1].islower() for w in text.split()) >= 3
        and len(text.split()) >= 4
        and any(_STORY_SENTENCE.search(b.strip()) for b in before)
    )


# A short sentence introducing a quotation: a capitalised first word, up to one more word in
# lower case, a quoting verb last, a colon: "It begins:", "He wrote:", "The bulletin read:"
# (not a page's "Watch the video:", "Watch below:", "Key points:", "Listen:").
_SHORT_QUOTE_INTRO = re.compile(
    r"^[A-Z][a-z’']*(?:\s+[a-z]+)?\s+"
    r"(?:read|reads|begins|began|wrote|writes|said|says|stated|ran|runs):$"
)


# A sentence of the story's own: eight words at least, closed by a full stop.
_STORY_SENTENCE = re.compile(r"^\S+(?:\s+\S+){7,}[.!?][\"”’)]*$")


# Separators of breadcrumbs and of "Site | Section" lines: "Home » News", "News|Sudan war".
_LABEL_SEPARATORS = re.compile(r"\s*[»›>|·•/]\s*|\s+[-–—]\s+")
# Words that make three or four capitalised words a section's, a desk's or a site's name
# ("Local Government News", "Minnesota Department of Health", "Harbor Civic Notes") rather
# than a short headline.
_LABEL_WORDS = frozenset(
    """news world politics business sport sports opinion opinions analysis exclusive local
    national international health science technology tech entertainment culture lifestyle
    travel money markets economy education environment climate crime courts weather breaking
    live video videos photos features editorial editorials commentary columnists letters
    obituaries arts books food style home region regional nation metro city state
    department ministry university college institute agency office council commission
    service services bureau center centre foundation association society network media
    press release releases notes blog journal daily weekly magazine times post herald
    tribune gazette online digest report reports radio tv television channel""".split()
)


def is_label_word(word: str) -> bool:
    """A word of a section's, a desk's or an institution's label ("Politics", "Bureau")."""
    return word.strip(".,").lower() in _LABEL_WORDS


# "U.K.", "D.C.": a section named by its initials ends in a dot.
_INITIALISM = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
# Small words a site's or a desk's name may hold in lower case: "Department of Health".
_LABEL_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "&", "de", "la", "du", "des"}


def _label_segment(text: str) -> bool:
    """One to four words, each capitalised (bar a few small words), no sentence punctuation:
    a section, a tag, a desk or a site's name ("Climate Change", "Minnesota Department of
    Health"), never a sentence (which has lower-case verbs)."""
    words = text.split()
    if not 1 <= len(words) <= 4 or text.endswith((":", "?", "!")) or "," in text:
        return False
    if text.endswith(".") and not _INITIALISM.search(text):
        return False  # a sentence's full stop; "U.K.", "U.S." are sections
    if any(ch.isdigit() for ch in text):
        return False
    return all(w[:1].isupper() or w.lower() in _LABEL_SMALL_WORDS for w in words)


def _label_line(line: str) -> bool:
    """A breadcrumb, a tag list, a "Site | Section" line or a site's name: every part a label
    segment. Separated lists may be long ("Africa, Climate Change, Food Security, Headlines");
    a line with no separator is at most four words."""
    parts = [p for p in _LABEL_SEPARATORS.split(line) if p.strip()]
    if len(parts) == 1 and "," in line:
        parts = [p for p in line.split(",") if p.strip()]
        if len(parts) < 3:
            return False  # "Smith, Jones": two names or a sentence's start, not a tag list
    if len(parts) == 1 and line.split()[0].lower() in {"the", "a", "an"}:
        return False  # "The Last Ferry": a short headline; a site's "The ..." is an OUTLET_NAME
    return len(parts) <= 8 and all(
        _label_segment(p.strip()) or (len(parts) > 1 and _PAIRED_SECTION.fullmatch(p.strip()))
        for p in parts
    )


# A section named by two nouns in sentence case, as the Guardian, The Age and The Economist
# print them in a path ("Culture > Art & design", "Finance & economics | Free exchange",
# "Life and style"): a label beside another, never alone (a short headline may read so).
_PAIRED_SECTION = re.compile(r"[A-Z][a-z]+ (?:&|and) [a-z]+")


# The languages a site names its editions by ("English Edition", "Arabic Service").
_EDITION_LANGUAGES = (
    "english|french|german|spanish|portuguese|italian|dutch|russian|ukrainian|polish|turkish|"
    "greek|arabic|persian|farsi|hebrew|chinese|japanese|korean|hindi|urdu|bengali|indonesian|"
    "malay|vietnamese|thai|swahili|international|global|online|digital|weekend|overseas"
)
# A site describing itself by what it is ("Acme, South Seas News Agency", "Online edition of
# the Region's Daily Newspaper", "BALTIC BUSINESS NEWSWIRE"): a masthead's tagline, no headline.
_SELF_DESCRIPTION = re.compile(
    r"(?i:^online\s+edition\b|\b(?:news\s+agency|newspaper|newswire|news\s+service"
    r"|wire\s+service)$)"
    # the site's edition in a language, as a label alone or before a separator ("English
    # Edition - Daily News Bulletin", "Édition française", "Arabic Service | ...")
    rf"|^(?i:{_EDITION_LANGUAGES})\s+(?:Edition|Service|Version)(?:\s+[-–—|:]\s+\S.*)?$"
    # the site's name, a bar and what it covers, as a page's title prints it ("Acme Herald |
    # Acme news and sports", "Valley Courier | Local news, weather and obituaries"): a
    # masthead's tagline lists kinds of copy in lower case, where a headline has a verb
    rf"|^[^|]{{3,60}}\s\|\s(?:[A-Z][\w.'-]*\s+){{0,3}}(?i:news)(?:,\s+[a-z]+){{0,4}},?"
    r"\s+(?:and|&)\s+[a-z]+$"
)


# An outlet's name as a portal or an aggregator sets it over a story it carries: the source
# "via" the portal ("Associated Press via Yahoo News", "Reuters via MSN"), or the outlet with
# its service's language in brackets ("Agencia EFE (English)", "Yonhap (in English)").
_LANGUAGE_EDITION = re.compile(
    rf"^(?P<name>\S.{{1,50}}?)\s+\((?:in\s+)?(?i:{_EDITION_LANGUAGES})"
    r"(?:\s+(?i:edition|service|version))?\)$"
)

# The brackets of a language edition name a language (not "online", "digital", "weekend").
_LANGUAGE_NAMED = re.compile(
    r"\((?:in\s+)?(?i:english|french|german|spanish|portuguese|italian|dutch|russian|ukrainian"
    r"|polish|turkish|greek|arabic|persian|farsi|hebrew|chinese|japanese|korean|hindi|urdu"
    r"|bengali|indonesian|malay|vietnamese|thai|swahili)\b"
)
# An outlet's name: one to six capitalised words, a name's small words between them ("Folha de
# S.Paulo", "Corriere della Sera", "Times of Malta"), no verb's small words ("to", "in", "for").
_NAME_WORDS = re.compile(
    r"(?:The\s+)?[A-ZÀ-Þ][\w.&'’-]*"
    r"(?:\s+(?:[A-ZÀ-Þ][\w.&'’-]*|de|da|do|dos|das|di|del|della|du|des|la|le|el|of|the|&|y)){0,5}"
)


def _syndicated_masthead(line: str) -> bool:
    """`Associated Press via Yahoo News`, `Agencia EFE (English)`: a known outlet's name with
    the portal that carries its story (both sides outlets) or its service's language; a
    headline's "via" has a verb around it, and no headline ends in a bracketed language."""
    from archiver.extract.masthead import is_masthead

    text = line.strip()
    if len(text) > 70:
        return False
    if (m := _LANGUAGE_EDITION.match(text)) is not None:
        name = m.group("name")
        # "Folha de S.Paulo (English)", "Kathimerini (English Edition)": a name the lists do
        # not know is the outlet's too when a language is what the brackets name (a topic's
        # words, "Budget 2024 (Online)", may end in "online" or "digital" as well)
        return (
            is_masthead(name)
            or _is_outlet(name)
            or (
                _LANGUAGE_NAMED.search(text) is not None and _NAME_WORDS.fullmatch(name) is not None
            )
        )
    source, via, portal = text.partition(" via ")
    return bool(via) and all(
        is_masthead(part) or _is_outlet(part) for part in (source.strip(), portal.strip())
    )


# The words before an outlet's name where a page names it as one: its editor's or founder's
# title in the author box, its notice ("Editor-in-chief of Notes from Poland", "© 2020 Notes
# from Poland", "published by ...").
_OUTLET_NAMED_AFTER = (
    r"(?:(?i:editor|editor-in-chief|founder|publisher)\s+of|©(?:\s*\d{4})?"
    r"|(?i:published\s+by))\s+"
)
# A call to support, follow or subscribe to the outlet, the line holding that and its name
# alone ("Support Notes from Poland"): in a sentence ("Follow Arsenal v Manchester City live
# with our coverage", "Support Save Our Libraries by writing ...") it names a match, a show
# or a campaign as well.
_OUTLET_CALLED_BY = r"(?:Support|Follow|(?i:subscribe\s+to))\s+"
# The most words of a site's name found so.
_OUTLET_NAME_WORDS = 5


def _named_as_outlet_below(reader: _Reader, i: int) -> bool:
    """The line's words are printed again further down the page after words that name an
    outlet (_OUTLET_NAMED_AFTER) or alone after a call to support it (_OUTLET_CALLED_BY): the
    site's name over its headline, however it reads ("Notes from Poland" reads as a headline;
    a headline is never its own editor's masthead)."""
    line = reader.lines[i].strip()
    if not 2 <= len(line.split()) <= _OUTLET_NAME_WORDS or line[-1:] in ".:;,!?":
        return False
    named = re.compile(rf"{_OUTLET_NAMED_AFTER}{re.escape(line)}(?![\w'’-])")
    called = re.compile(rf"{_OUTLET_CALLED_BY}{re.escape(line)}[.!]?")
    return any(
        named.search(other) or called.fullmatch(other.strip())
        for other in reader.lines[i + 1 :]
        if other
    )


def _site_line(line: str) -> bool:
    """A masthead's line: the site's tagline, or its name with its country edition ("The
    Local Germany", "The Acme Post Nigeria")."""
    from archiver.extract.gazetteer import is_region

    text = line.strip()
    if _SELF_DESCRIPTION.search(text):
        return True
    words = text.split()
    return (
        2 < len(words) <= 5
        and words[0] == "The"
        and all(w[:1].isupper() for w in words)
        and is_region(words[-1])
    )


# The words that make "The University of Edinburgh" an issuing body's name over its release.
_INSTITUTION_WORDS = frozenset(
    """university college institute ministry department commission council agency foundation
    association society school hospital museum bureau authority corporation trust centre
    center academy library parliament assembly federation union board""".split()
)


def _institution(line: str) -> bool:
    """ "The University of Edinburgh", "The Royal Society": an institution's name (capitalised
    words with an institution's word), which issues press releases under its name."""
    words = line.split()
    if words and words[0] != "The" and _public_body(words):
        return True  # "U.S. Department of Commerce", "National ... Administration"
    if not 2 <= len(words) <= 7 or words[0] != "The":
        return False
    if len(words) > 4:
        # "The Royal Institute of International Affairs": a body's full name, longer than a
        # label's four words, capitalised but for its joining words, with no stop, its
        # body's word last or before its "of" ("The Royal Society Backs New Climate Target"
        # is a headline: a verb after the body's word)
        heads = [n for n, w in enumerate(words) if w.lower() in _INSTITUTION_WORDS]
        return (
            bool(heads)
            and all(w[:1].isupper() or w in _BODY_JOINING for w in words)
            and words[-1] not in _BODY_JOINING
            and not line.endswith((".", ",", ":", "?", "!"))
            # a body's name holds no pronoun, and its "the" only after its joining word ("for
            # the Study of"): "The Town That Saved Its Library", "The Day They Closed the
            # Hospital", "The Woman Who Rebuilt the Museum" are a headline's clause
            and not any(w.lower() in _CLAUSE_WORDS and not w.isupper() for w in words)
            and all(
                words[n - 1] in _BODY_JOINING - {"the"} for n, w in enumerate(words) if w == "the"
            )
            # the body's word before any "of": "The Secret History of the Royal Hospital",
            # "The Quiet Decline of the Village School" are a headline's "the X of the Y"
            and not any(w in ("of", "for", "on") for w in words[: heads[0]])
            and (
                heads[-1] == len(words) - 1
                # "of International Affairs": the field's name, three words at most ("The
                # Institute of Directors Warns Over Tax" goes on with a verb)
                or (words[heads[-1] + 1] in ("of", "for", "on") and len(words) - heads[-1] <= 4)
            )
        )
    if len(words) <= 4 and not _label_segment(line):
        return False
    return any(w.strip(".,").lower() in _INSTITUTION_WORDS for w in words[1:])


# The words that join a public body's name: "Department of Commerce", "Food and Drug ...".
_BODY_JOINING = frozenset({"of", "and", "for", "the", "on", "&"})

# Pronouns and relative words, which a headline's clause holds and a body's name does not.
_CLAUSE_WORDS = frozenset(
    "i we they he she it its his her our their you your my who whom whose that which what"
    " where when how why".split()
)


def _titled_name(words: list[str]) -> bool:
    """An institution's name as printed: every word capitalised or one of the small words that
    join a name's parts ("of", "and", "&", ...), never ending on one of those."""
    return (
        bool(words)
        and all(w[:1].isupper() or w in _BODY_JOINING for w in words)
        and (words[-1] not in _BODY_JOINING)
    )


def _public_body(words: list[str]) -> bool:
    """A government's or an institution's name printed without "The": capitalised words (and
    the joining small words) whose head is the body's word, last ("National Oceanic and
    Atmospheric Administration") or before its "of" ("U.S. Department of Commerce"). A
    headline has a verb after such a word ("Fire Department Saves Cat"), never this."""
    if not 2 <= len(words) <= 7 or any(ch.isdigit() for w in words for ch in w):
        return False
    if not _titled_name(words):
        return False
    if words[-1].endswith((".", ",", ":", "?", "!")) and not _INITIALISM.search(words[-1]):
        return False
    heads = [n for n, w in enumerate(words) if w.lower() in _PUBLIC_BODY_WORDS]
    if not heads:
        return False
    head = heads[-1]
    return head == len(words) - 1 or words[head + 1] in ("of", "for")


_PUBLIC_BODY_WORDS = frozenset(
    "administration ministry department commission agency bureau authority directorate".split()
    # a council's, a police force's, a government's and a university's newsroom over its
    # releases ("Wellington City Council", "New Zealand Police", "Government of India",
    # "University of Cape Town")
    + "council government police constabulary municipality secretariat university".split()
)


# Section names' words in the languages pages are copied in most, besides English's
# (_LABEL_WORDS): "Zürich und Region", "Wiadomości z kraju", "Actualité en région",
# "Notizie dal mondo", "Nieuws uit de regio", "Inrikes".
_INTL_SECTION_WORDS = frozenset(
    """region regionen regional lokales nachrichten inland ausland schweiz welt wirtschaft
    politik kultur sport meinung panorama wissen feuilleton
    actualité actualités région régions monde économie société faits divers
    noticias región mundo economía sociedad deportes cultura opinión nacional local
    notizie cronaca mondo economia politica esteri regione
    notícias região mundo economia política sociedade desporto esportes
    wiadomości kraj kraju świat świata region regionu gospodarka polityka sport opinie
    nieuws regio binnenland buitenland economie politiek
    nyheter inrikes utrikes ekonomi sverige världen""".split()
)
# The small words that join a section's name in those languages.
_INTL_JOINING = frozenset(
    "und et y e i z ze w we de du des del dal dalla da do dos das en uit van och og".split()
)


# A kicker in capitals is short; the headline under it is a line of six words or more.
_KICKER_WORDS = 3
_KICKER_HEADLINE_WORDS = 6


def _caps_kicker(reader: _Reader, i: int) -> bool:
    """`OUR BURNING PLANET` over `Cape Town's Table Mountain fire contained after three days`
    over `By Ethan van Diemen`: a series' or section's name in capitals (three words at most,
    no figures), over a longer headline in mixed case that stands right over the byline or the
    date stamp. A headline in capitals is followed by its dateline or byline, or by a deck in
    capitals, not by a second, longer title in mixed case over the byline."""
    line = reader.lines[i]
    words = line.split()
    if not (1 <= len(words) <= _KICKER_WORDS and line.isupper() and len(line) <= 30):
        return False
    # "ELECTION 2024", "GENERAL ASSEMBLY 2025": a series' name with its year, its only figure
    if any(ch.isdigit() for ch in _KICKER_YEAR.sub("", line)) or line[-1] in ".,;:!?":
        return False
    j = reader.nxt[i]
    if j >= len(reader.lines):
        return False
    below = reader.lines[j]
    # "Load-shedding unlikely this winter, Eskom" / "says, as plant performance improves": the
    # headline carried on in lower case on the lines right under it, the anchor under them;
    # the writer's name over their title ("Jane Roe" / "Energy Writer") is one too
    last = ([j, *_carried_lines(reader, j)])[-1]
    anchor = reader.nxt[last]
    whole = " ".join(reader.lines[j : last + 1])
    if (
        anchor < len(reader.lines)
        and _deck_under_headline(whole, reader.lines[anchor])
        and (
            _is_anchor(reader, reader.nxt[anchor])
            if reader.nxt[anchor] < len(reader.lines)
            else False
        )
    ):
        # "GENERAL ASSEMBLY 2025" / "Governor's car tax cut hits wall in Senate panel" /
        # "Democrats say $1 billion plan would squeeze schools; ..." / "BY DELIA CROWE": the
        # headline's deck, a longer sentence in mixed case, between it and the byline
        anchor = reader.nxt[anchor]
    return (
        not below.isupper()
        and len(whole.split()) >= _KICKER_HEADLINE_WORDS
        and looks_like_headline(below)
        and anchor < len(reader.lines)
        and (
            _is_anchor(reader, anchor)
            or _name_over_title(reader, anchor)
            # a bare name is a weaker anchor: only under the page's head (an e-edition's paper,
            # issue and page, read past as no headline), never for a block in capitals opening
            # the copy ("FLOODS HIT TOWN" / its deck / "JANE ROE": a headline in capitals)
            or (any(reader.lines[k] for k in range(i)) and _bare_writer_over_prose(reader, anchor))
        )
    )


# A year closing a series' name in capitals ("ELECTION 2024").
_KICKER_YEAR = re.compile(r"\s(?:19|20)\d\d$")


def _deck_under_headline(headline: str, deck: str) -> bool:
    """`deck` is a headline's deck: mixed case, longer than the headline, no more than a
    headline's words, no byline."""
    size = len(deck.split())
    return (
        not deck.isupper()
        and len(headline.split()) < size <= _HEADLINE_MAX_WORDS
        and parse_byline(deck) is None
    )


# The words a story's first paragraph has at least, under a writer's bare name.
_PROSE_UNDER_NAME_WORDS = 12


def _bare_writer_over_prose(reader: _Reader, j: int) -> bool:
    """`EMMA FARRELL` alone over the story's first paragraph: the byline as e-editions
    (PressReader's) and printed pages set it, a name or two without "By", right over a
    paragraph of prose ending in its stop."""
    if _writer_over_repeat(reader.lines[j]) is None:
        return False
    k = reader.nxt[j]
    if k >= len(reader.lines):
        return False
    para = reader.lines[k]
    return len(para.split()) >= _PROSE_UNDER_NAME_WORDS and para.rstrip().endswith((".", '"', "”"))


# The lines a headline under a kicker may be carried on over, in lower case.
_KICKER_CARRIED_LINES = 2


# "by DAILY SABAH WITH AA", "by Staff with agencies", "via Reuters": a line under a headline
# that opens on "by" or "via" and a capital is the story's attribution (a byline that names
# only the outlet or its wires, which the byline grammar gives no names for), never the
# headline's words carried on, which go on in small letters.
_ATTRIBUTION_OPENING = re.compile(r"(?:by|via)\s+[A-Z]")


# A biography's sentence about the writer in the third person ("He has written on ...",
# "She covers ..."): an author box's, no caption's.
_THIRD_PERSON_BIO = re.compile(
    r"(?:^|[.!?]\s+)(?:He|She|They)\s+(?:is|was|has|have|writes|covers|joined|reports)\b"
)


def _writer_over_biography(line: str, under: str, byline: Byline | None) -> bool:
    """`line` is one of the byline's names alone and `under` the writer's biography in the
    third person (an author box under the header: the headshot's name, then the biography)."""
    return (
        byline is not None
        and line.strip() in byline.names
        and _THIRD_PERSON_BIO.search(under) is not None
    )


def _carried_lines(reader: _Reader, j: int) -> list[int]:
    """The lines right under line `j` (no blank between) that open in lower case, carrying
    on its words, at most _KICKER_CARRIED_LINES; a byline in small letters ("by Jane Roe"),
    an attribution naming no one ("by DAILY SABAH WITH AA", "via Reuters"), a stamp or a
    dateline is none."""
    out: list[int] = []
    k = j
    while (
        len(out) < _KICKER_CARRIED_LINES
        and k + 1 < len(reader.lines)
        and reader.lines[k + 1][:1].islower()
        and parse_byline(reader.lines[k + 1]) is None
        and _ATTRIBUTION_OPENING.match(reader.lines[k + 1]) is None
        and not is_date_stamp(reader.lines[k + 1])
        and reader.dateline(k + 1) is None
    ):
        k += 1
        out.append(k)
    return out


def _name_over_title(reader: _Reader, i: int) -> bool:
    """Line `i` is one person's name alone and the line right under it the writer's title
    ("Jane Roe" / "Energy Writer"), as e-papers set the byline."""
    names = name_list(reader.lines[i])
    return (
        names is not None
        and len(names) == 1
        and i + 1 < len(reader.lines)
        and bool(reader.lines[i + 1])
        and is_title_line(reader.lines[i + 1])
    )


def _intl_section(line: str) -> bool:
    """A section's name in another language: two to four words, one of them a section's word,
    the others capitalised or small joining words ("Zürich und Region", "Wiadomości z kraju").
    A headline in those languages has verbs and longer lower-case words."""
    words = line.split()
    if not 2 <= len(words) <= 4 or len(line) > 40 or any(ch.isdigit() for ch in line):
        return False
    if line[-1] in ".,;:!?":
        return False
    lowered = [w.lower() for w in words]
    if not any(w in _INTL_SECTION_WORDS for w in lowered):
        return False
    return all(
        w[:1].isupper() or lw in _INTL_JOINING or lw in _INTL_SECTION_WORDS
        for w, lw in zip(words, lowered, strict=True)
    )


def _inner_small_words(line: str) -> bool:
    """ "Fire Hits The Herald": an article or a preposition inside the line, which a paper's
    name ("The Kettleby Herald", "The Times of India") does not have."""
    from archiver.extract.pagetops import NOT_IN_NAMES

    return any(w in NOT_IN_NAMES for w in line.split()[1:])


def _short_label(line: str) -> bool:
    """One or two words with no sentence's punctuation: a section's name in a stack of them."""
    words = line.split()
    return 0 < len(words) <= 2 and not line.rstrip().endswith((".", ":", "?", "!"))


# A person's name in brackets, alone on its line.
_BRACKETED_NAME = re.compile(r"\((?P<name>[^()]{4,40})\)")
# A page's labels set in brackets, which a name's words are not: "(Guest Column)".
_BRACKETED_LABEL_WORDS = frozenset(
    "sponsored content column guest opinion editorial commentary review analysis letter letters"
    " update updated video audio photo photos gallery paid post partner exclusive"
    # a series' part under the byline: "(Part One)", "(Second Of Three Parts)"
    " part parts series chapter episode installment first second third fourth fifth final"
    " last one two three four five six seven eight nine ten".split()
)
# A title's small words set in capitals, which a person's name does not hold ("(New Mexico In
# Depth)", a partner newsroom's name; a name's particles are in small letters: "de", "van").
_TITLE_SMALL_CAPITALISED = frozenset("In Of The And For On At To A An With From".split())


def _bracketed_person(name: str) -> bool:
    """The words in brackets are a person's name: no place's ("(New York)"), no label's."""
    from archiver.extract.gazetteer import is_known_place

    return (
        looks_like_name(name)
        and not is_known_place(name)
        and not any(w.lower() in _BRACKETED_LABEL_WORDS for w in name.split())
        and not any(w in _TITLE_SMALL_CAPITALISED for w in name.split()[1:])
    )


# The most words a site's name or a section's over a death notice has ("The Atlanta
# Journal-Constitution", "Death Notices"), but for a masthead the code knows.
_NOTICE_LABEL_WORDS = 4
# How many lines of text over a death notice's name its page's name and sections may take.
_NOTICE_HEADER_LINES = 3


def _death_notice_name_below(reader: _Reader, i: int) -> int | None:
    """The line (`i` or one of the few under it) that is a person's name alone over a line
    opening with that name surname first ("Jane Mae Roe" / "Roe, Jane Mae age 91, ..."): a
    death notice's title, as papers and their obituary hosts print them."""
    for j in [i, *reader.ahead(i, _NOTICE_HEADER_LINES - 1)]:
        name = reader.lines[j]
        words = name.split()
        if not 2 <= len(words) <= 5 or not looks_like_name(name):
            continue
        nxt = reader.ahead(j, 1)
        if not nxt:
            return None
        first = reader.lines[nxt[0]]
        surname_first = f"{words[-1]}, {' '.join(words[:-1])}"
        if first.startswith(surname_first) and len(first) > len(surname_first) + 10:
            return j
        if obituary_title_over(reader.lines, j) is not None:
            # "Jane Mae Roe" / "1931 - 2023" / "Jane Mae Roe, 92, of Edina, died ...": an
            # obituary's title, the person's years under it, the notice opening with the name
            return j
    return None


def _headline_over_life_years(reader: _Reader, line: str, notice: int) -> bool:
    """`line` over an obituary's title with the person's years under it ("Jane Mae Roe" /
    "1931 - 2023", obituary_title_over) reads as the page's headline, not a site's name or a
    section: it names the person by surname ("Beloved teacher Roe dies", "Remembering Jane
    Roe"). A masthead or a section's label ("Prairie County Herald", "Obituaries", "Born on
    this day") names nobody."""
    if obituary_title_over(reader.lines, notice) is None:
        return False
    surname = reader.lines[notice].split()[-1].strip(",.\"'“”").casefold()
    return surname in (w.strip(",.:;!?\"'“”()").casefold() for w in line.split())


def _caps_headline_stack(reader: _Reader, i: int) -> bool:
    """`COUNCIL APPROVES` / `NEW BRIDGE PLAN`: a headline in capitals set over two lines of
    a printed column, a block of its own (a blank line or the text's edge above, no third line
    in capitals under), each line two words or more and not all of them a section's or a
    menu's words. A label stands over its headline's block ("WORLD" / "Floods displace ..."),
    or names a section ("LOCAL NEWS", "CITY COUNCIL")."""
    lines = reader.lines
    if i + 1 >= len(lines) or (i > 0 and lines[i - 1] and not reader.chrome[i - 1]):
        return False
    pair = [lines[i], lines[i + 1]]
    after = lines[i + 2] if i + 2 < len(lines) else ""
    return (
        all(t.isupper() and len(t.split()) >= 2 and not t.endswith(".") for t in pair)
        and not (after and after.isupper())
        and not any(
            all(
                w.strip(".,:").lower() in _LABEL_WORDS or w.strip(".,:").lower() in MENU_WORDS
                for w in t.split()
            )
            for t in pair
        )
    )


def _print_caption(line: str) -> bool:
    """A photo's caption as print sets it under its credit: a sentence of four to forty words
    ending in its stop, no headline (which has none) and no credit of its own."""
    return (
        4 <= len(line.split()) <= 40
        and _SENTENCE_STOP.search(line) is not None
        and not looks_like_headline(line)
        and find_credit(line, in_header=True) is None
    )


def _portrait_credit_over_by_line(reader: _Reader, roles: list[LineRole]) -> bool:
    """The last two lines read are a caption (or a deck) and, right under it, a person and a
    paper that credit_under_caption reads as its credit ("Sarah Kim, district superintendent"
    / "JANE ROE, THE WORLD-HERALD"): a picture's caption and credit, not a byline, when a
    "By" line naming someone else follows."""
    if len(roles) < 2:
        return False
    above, named = roles[-2], roles[-1]
    return (
        above.role in ("deck", "caption")
        and reader.below(above.line) == named.line
        and credit_under_caption(above.text, named.text, portrait=True) is not None
    )


# A caption line at least this long with no stop may be a hard-wrapped copy's broken line.
_CREDIT_FIRST_WRAP_WIDTH = 60


def _caps_site_signs_story(reader: _Reader, i: int) -> bool:
    """A person and the site's address in capitals at line i ("JANE ROE, PENNLIVE.COM") sign
    the story, no picture: right over the dateline's paragraph, or with neither a "By" line nor
    the page's date stamp ahead (the photographer's credit comes over the writer's byline and
    the stamp: "Maxine Dahlberg" / "Oct 18, 2023", Lee's pages)."""
    below = reader.nxt[i]
    if below < len(reader.lines) and reader.dateline(below) is not None:
        return True
    return not any(
        _BY_LABEL.match(reader.lines[j]) or is_date_stamp(reader.lines[j]) for j in reader.ahead(i)
    )


def _headline_over_credit_first(reader: _Reader, i: int) -> bool:
    """Line `i`, headline-like with no stop of its own, stands over a bare credit line whose
    caption sentence is printed right under it ("TSA expects record travel" / "Jasper Colt/USA
    TODAY" / "Travelers wait in line at a checkpoint on Nov. 25." / the byline): the page
    prints its lead photo's credit first, over the caption, so the credit is the caption's
    below and the line above is the headline. The byline or the stamp must stand under the
    caption (else the sentence is the story's first paragraph); when a longer headline-like
    line follows it, the block may be a photo over the headline instead: this tells nothing."""
    line = reader.lines[i]
    if not looks_like_headline(line) or _SENTENCE_STOP.search(line) is not None:
        return False
    j = reader.below(i)
    if j is None and i + 2 < len(reader.lines) and not reader.lines[i + 1]:
        # or a blank line apart, as the page sets its blocks apart ("... the bandshell" / "" /
        # "JANE ROE, PENNLIVE.COM" / "The bandshell, seen on Monday, ..."): the credit and
        # its caption still one block under it
        j = i + 2 if reader.lines[i + 2] else None
    if j is None or j > i + 2 or not is_credit_line(reader.lines[j]):
        return False
    k = reader.below(j)
    if k is None or k != j + 1:
        return False
    caption = reader.lines[k]
    # a hard-wrapped copy breaks the caption's sentence: its lines fill the width, no stop
    while (
        _SENTENCE_STOP.search(caption) is None
        and len(reader.lines[k]) >= _CREDIT_FIRST_WRAP_WIDTH
        and reader.below(k) == k + 1
        and len(caption.split()) <= _CAPTION_OVER_NAME_WORDS
    ):
        k += 1
        caption = f"{caption} {reader.lines[k]}"
    if not _print_caption(caption) or reader.dateline(k) is not None:
        return False
    # the byline or the page's stamp still to come under the caption: the story has not begun
    # (a headline / "Photo: Ministry of Economy" / the first paragraph has none under it)
    if not _over_anchor(reader, k):
        return False
    after = reader.below(k)
    return after is None or not (
        looks_like_headline(reader.lines[after]) and len(reader.lines[after].split()) >= 5
    )


def _picture_over_headline(reader: _Reader, ahead: list[int]) -> int:
    """How many of the lines `ahead` are a photo's credit and caption standing over the
    headline ("Picture: Jane Roe" / "Pensioner Val Roe at her home." / the headline, as an
    e-paper page prints its lead photo under the section's label): a credit line with the
    caption sentence under it, or a caption ending in its credit. 0 when they open no such
    block or nothing headline-like follows it."""
    n = 0
    if ahead and is_credit_line(reader.lines[ahead[0]]):
        n = 2 if len(ahead) > 1 and _print_caption(reader.lines[ahead[1]]) else 0
    elif ahead and _SENTENCE_STOP.search(reader.lines[ahead[0]]) is None:
        caption = reader.lines[ahead[0]]
        credit = find_credit(caption)
        if credit is not None and not is_credit_line(caption):
            before = caption[: caption.rfind(credit.credit)].rstrip(" ([|-–—")
            n = 1 if _print_caption(before) or _print_caption(before + ".") else 0
    if n and len(ahead) > n and looks_like_headline(reader.lines[ahead[n]]):
        return n
    return 0


def _section_label(reader: _Reader, i: int) -> bool:
    """`Politics`, `EXCLUSIVE`, `Local News`, `The Daily Sentinel`, `Home » News » Business`,
    `Africa, Climate Change, Headlines`, `News Bureau | University of Illinois` over the
    headline: one or two words, an outlet's name, or a line of label segments, and the next
    line of text is a longer headline-like line of five words or more that is no byline,
    dateline or caption."""
    line = reader.lines[i]
    words = line.split()
    size = _word_count(line)  # a Chinese or Japanese headline has no spaces
    outlet = (
        is_agency(line)
        or (bool(OUTLET_NAME.match(line)) and not _inner_small_words(line))
        or _site_line(line)
        or _institution(line)
        or _intl_section(line)
        or _named_as_outlet_below(reader, i)
    )
    if line.endswith((":", "?")):
        return False
    if not outlet and _caps_headline_stack(reader, i):
        return False
    if size > 2 and not outlet and _inner_small_words(line):
        return False  # "Fire Hits The Herald": a headline's small words, no section's name
    if size > 2 and not outlet and not _label_line(line) and not _caps_kicker(reader, i):
        return False
    if size > 2 and not outlet and not _LABEL_SEPARATORS.search(line) and "," not in line:
        # "Rates Hold Steady" over its deck is a short headline; three or four capitalised
        # words are a label only when they name a section, a desk or a site
        if not any(w.strip(".").lower() in _LABEL_WORDS for w in words) and not (
            _caps_kicker(reader, i)
        ):
            return False
    if not looks_like_headline(line):
        return False
    if i + 1 < len(reader.lines) and reader.lines[i + 1][:1].islower():
        return False  # "Grain trains" / "cut to two a week": a headline carried on, no label
    # "Archives" over "Press Releases" over the headline: labels stack, and the page's date
    # stamp may stand among them ("News Release" / "April 11, 2024"); a label of one or two
    # words ("National" / "Social affairs") is one too; look past them
    ahead = reader.ahead(i, 4)
    # "NEWS" / "Picture: Jane Roe" / "Pensioner Val Roe at her home." / the headline: the lead
    # photo's credit and caption between the section's label and the headline (e-paper pages)
    ahead = ahead[_picture_over_headline(reader, ahead) :]
    # "WORLD" over a headline set over short lines ("Floods displace" / "thousands in" / ...):
    # the headline's length is its lines' together, and its first line is no label to pass
    # (a blank line between the label and the headline too: "CANADA" / "" / "Ottawa expels
    # Indian diplomat" / "over killing of Sikh leader" on an e-paper page)
    carried = (
        _wrapped_headline(reader, ahead[0], label_over=True)
        if ahead and not any(reader.lines[i + 1 : ahead[0]])
        else []
    )
    while (
        not carried
        and len(ahead) > 1
        and (
            _label_line(reader.lines[ahead[0]])
            or is_page_timestamp(reader.lines[ahead[0]])
            or _short_label(reader.lines[ahead[0]])
            # "U.S. Department of Homeland Security" under its agency's name
            or _public_body(reader.lines[ahead[0]].split())
            # "Economy" / "Le Monde with AFP" / the stamp / the headline: the desk's byline,
            # naming no one, set over the headline with the stamp (Le Monde in English)
            or outlet_with_agencies(reader.lines[ahead[0]])
        )
        and (
            parse_byline(reader.lines[ahead[0]]) is None
            or outlet_with_agencies(reader.lines[ahead[0]])
        )
        and reader.dateline(ahead[0]) is None
    ):
        ahead = ahead[1:]
    if not ahead:
        return False
    below = reader.lines[ahead[0]]
    if carried:
        below = " ".join([below, *(reader.lines[k] for k in carried)])
    # A breadcrumb ("Home | World | Asia") is as long as its longest crumb, not as its crumbs
    # and separators together: four words below it make a headline (counted whole, "Home |
    # World | Asia" asked seven of "Thai PM survives no-confidence vote").
    # Only crumbs of a menu's size count so: "Dallas / Fort Worth Traffic Plan" is a headline.
    crumbs = [p for p in _LABEL_SEPARATORS.split(line) if p.strip()]
    longest = max((_word_count(c) for c in crumbs), default=0)
    breadcrumb = (
        longest <= 3
        and (len(crumbs) >= 3 or any(c.strip().lower() in MENU_WORDS for c in crumbs))
        and _label_line(line)
    )
    if breadcrumb:
        need = max(4, longest + 2)
    elif _site_line(line) or (outlet and size > _SITE_TITLE_HEADLINE_WORDS):
        # "Acme Herald | Acme news and sports": the site's name and what it covers, a page's
        # title as long as a headline; what stands under it need only be a headline's length
        # (so under a long outlet's or body's name: "National Oceanic and Atmospheric
        # Administration" over "NOAA predicts above-normal Atlantic hurricane season")
        need = _SITE_TITLE_HEADLINE_WORDS
    else:
        need = max(5, size + 2)
    if _section_name_alone(line) and not carried and _anchored_below(reader, ahead[0]):
        # "TRANSPORT" / "Tram fares frozen" / "Sheffield, 4 February 2025": a section's name
        # over a short headline that stands right over the dateline, the byline or the date
        # stamp (or over its deck or standfirst over them: "Long read" / "The last lighthouse
        # keepers" / "When the lamps went automatic, ..." / "By ..."); the headline's place
        # is under the label, whatever its length
        need = min(need, _SECTION_SHORT_HEADLINE_WORDS)
    return (
        _word_count(below) >= need
        and looks_like_headline(below)
        and parse_byline(below) is None
        and reader.dateline(ahead[0]) is None
        and find_credit(below, in_header=True) is None
        and parse_gallery(below) is None
    )


# The words a headline has at least under a site's title line ("Acme Herald | Acme news").
_SITE_TITLE_HEADLINE_WORDS = 4
# The words a short headline has at least under a section's one word over its anchor.
_SECTION_SHORT_HEADLINE_WORDS = 3


# A feature's format as a magazine or a paper's weekend pages label it over the title ("Long
# read", "In depth", "Big interview", "Essay"): with a section's words, what names a label.
_FORMAT_WORDS = frozenset(
    "read depth focus profile interview review explainer essay feature investigation insight "
    "spotlight dispatch".split()
)


# The words a two-word label has beside its section's or format's word.
_FORMAT_SMALL_WORDS = frozenset("in the of long big top our".split())


def _section_name_alone(line: str) -> bool:
    """A section's or a format's name alone: one word in capitals ("TRANSPORT", "ISLANDS"),
    or one or two words with a section's or a format's word ("Politics", "Long read", "In
    depth"). A headline of one word is a tabloid's rarity, and it ends on "!"; a headline of
    two ("Mayor resigns") names no section."""
    words = line.split()
    if not 1 <= len(words) <= 2 or not all(w.isalpha() for w in words):
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 2:
        return True
    named = _LABEL_WORDS | _FORMAT_WORDS
    # every word a label's ("Local news", "Long read", "In depth"): "Markets tumble" is a
    # headline of two words, one of them a section's
    return any(w.lower() in named for w in words) and all(
        w.lower() in named or w.lower() in _FORMAT_SMALL_WORDS for w in words
    )


def _anchored_below(reader: _Reader, h: int) -> bool:
    """The headline at line `h` stands right over its anchor (the byline, the dateline, the
    date stamp), or over its deck or a standfirst's sentence right over it."""
    j = reader.nxt[h]
    if j >= len(reader.lines):
        return False
    if _is_anchor(reader, j):
        return True
    k = reader.nxt[j]
    deck = reader.lines[j]
    return (
        (_story_paragraph(deck) or (looks_like_headline(deck) and parse_byline(deck) is None))
        and k < len(reader.lines)
        and _is_anchor(reader, k)
    )


# A match's fixture as a sports page sets it over the report's headline: the stage first
# ("Second Test, Day 3:", "Group B:") perhaps, then two sides' names and "v" or "vs"
# ("Pakistan v England", "Lakers vs. Celtics"), and nothing else.
_FIXTURE = re.compile(
    r"^(?:[^:]{1,40}:\s*)?(?P<home>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s+(?:v|vs\.?)\s+"
    r"(?P<away>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})$"
)
# What a live page's deck tells its reader to do: no headline opens so.
_COVERAGE_VERB = re.compile(r"^(?:Follow|Watch|Listen|Join|Get|Read|Stay|Catch|Keep)\b")
# The report's headline under the fixture: this many words at least, lower-case ones among them.
_FIXTURE_HEADLINE_WORDS = 5


def _fixture_kicker(reader: _Reader, i: int) -> bool:
    """`Second Test, Day 3: Pakistan v England` over `Naqvi's five-for puts Pakistan in
    control in Multan`: a match's fixture, the sides' names only, over a longer line with a
    headline's lower-case words, and the byline or the page's stamp right under that: the
    fixture is the page's kicker, the line under it the headline. A fixture with the byline
    or stamp right under it (a live page's title, "Pakistan v England") stays the headline."""
    if (fixture := _FIXTURE.match(reader.lines[i])) is None:
        return False
    ahead = reader.ahead(i, 2)
    if len(ahead) < 2:
        return False
    below, after = reader.lines[ahead[0]], reader.lines[ahead[1]]
    sides = {fixture.group(side).split()[0].casefold() for side in ("home", "away")}
    return (
        len(below.split()) >= _FIXTURE_HEADLINE_WORDS
        # the report's headline names a side ("... puts Pakistan in control"); a live page's
        # deck under its fixture tells the reader what to do ("Follow live text commentary")
        and any(w.strip("'’s,:").casefold() in sides for w in below.split())
        and _COVERAGE_VERB.match(below) is None
        and sum(1 for w in below.split() if w[:1].islower()) >= 2
        and looks_like_headline(below)
        and _FIXTURE.match(below) is None
        and parse_byline(below) is None
        and reader.dateline(ahead[0]) is None
        and find_credit(below, in_header=True) is None
        and (
            (is_by_line(after) and bool((b := parse_byline(after)) and b.names))
            or is_page_timestamp(after)
            or is_date_stamp(after)
        )
    )


# Chinese and Japanese set words without spaces between them: a word is about two characters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _word_count(line: str) -> int:
    """How many words a line holds, counting a Chinese or Japanese line's characters two to a
    word ("社会" over "東京都、夏の電気代補助を3カ月延長へ" is a one-word label over a headline of
    eight or so words, which split() would count as one and one)."""
    return max(len(line.split()), len(_UNSPACED.findall(line)) // 2)


_WRITERS_IN_PLACES = re.compile(
    r"\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)(?=\s*(?:,|\s(?:and|&)\s|$))"
)
# "Published" alone over the date: the page's stamp printed in two spans.
_STAMP_LABEL = re.compile(
    r"^(?i:published|updated|posted|publié|publicado|pubblicato|veröffentlicht|aktualisiert)\s*:?$"
)


def _name_line(reader: _Reader, i: int) -> tuple[list[str], str] | None:
    """`JANE ROE`, `Jane Roe and John Doe`, `A, B & C`, `Jan van der Berg, News24`, `Ana Ruiz -
    The Philippine Star` on a line of its own, with the page's date stamp right above it or,
    right below it, the dateline, a date stamp, page chrome or the writer's outlet or title:
    a byline without "By" (a Title Case deck has none of these round it). The names and
    the evidence, or None."""
    from archiver.extract.gazetteer import is_area_name, is_known_place

    line = without_glued_handle(reader.lines[i])  # "Jane Roe@jane.roe.1234"
    if _caps_over_desk(reader, i):
        return None
    timed = without_read_time(line)  # "Jane Roe5 min read"
    if timed != line and timed[-1:].isalpha() and line[len(timed) : len(timed) + 1].isdigit():
        # only the time run into the name's last letter (Medium's author row) is read off: set
        # apart by a dot or a bar, what stands before it is as often the page's column or
        # section ("Morning Brief · 4 min read", "Hidden Gems · 4 min read") as a writer
        if topic_words(timed):
            return None  # "Climate Change5 min read": the story's topic by its reading time
        line = timed
    # "Jane Roe in Berlin", "Jane Roe in Frankfurt and John Doe in Berlin": where each
    # writer filed from, after the name
    filed = _WRITERS_IN_PLACES.sub(
        lambda m: "" if is_known_place(m.group("place")) else m.group(0), line
    )
    placed = filed != line  # a writer "in Lagos" says itself what the line is
    if not placed and (at_venue := writers_at_venue(line)) is not None and _stamp_beside(reader, i):
        # "Jane Roe at the Aviva Stadium", "Jane Roe in Peyragudes" with the page's stamp
        # over or under it: the match reporter and the ground or finish town, which the
        # gazetteer need not know
        if not _venue_subject(reader, i, at_venue):
            return at_venue, "the writer's name and where the event was watched, by the stamp"
    line = filed
    line = line.rstrip(" ,")  # "Jane Roe," over "Patch Staff": the comma joins the two lines
    if not line or len(line) > 160 or line[-1] in ".:;!?":
        return None
    if is_picture_kind(line):
        return None  # "Representative Image" over the dateline: the picture's caption, no name
    if is_chrome_clean(line):
        return None  # "Visit Website" over the dateline: a feed reader's button, no name
    k = i - 1
    while k >= 0 and not reader.lines[k]:
        k -= 1
    if k >= 0 and reader.lines[k].endswith(":"):
        return None  # "Topic:" over "Drilling Results": a label's value
    if _linked_outlet_named(reader, line):
        return None  # "Community Impact" over the stamp, "Read full article on Community Impact"
    above = reader.lines[k] if k >= 0 else ""
    if k >= 0 and (is_page_timestamp(above) or _stamp_with_time(above) or _READ_TIME.match(above)):
        where = "the page's date stamp or reading time is right above it"
    elif k >= 0 and reader.ahead(i, 1) and is_credit_line(above) and _story_below(reader, i):
        where = "between the lead photo's credit and the story"
    elif placed and len(line.split()) <= 8:
        where = "the writer's name with the place filed from ('in Lagos')"
    elif (j := _byline_mark_below(reader, i)) is not None:
        where = f"line {j + 1} below is a date stamp, the dateline, page chrome or an outlet"
    else:
        return None
    names = name_list(line) or names_with_affiliation(line)
    if not names or any(is_known_place(n) or is_area_name(n) for n in names):
        return None
    if any(
        (m := _PLACE_PHRASE.fullmatch(n)) is not None and is_known_place(m.group("place"))
        for n in names
    ):
        return None  # "In Britain" closing a headline set line by line: a place, no one's name
    if _named_in_lead(reader, i, names):
        return None
    if _names_the_site(reader, i, names):
        # "Staff report" / "Ocala Star-Banner" under a page headed "Ocala Star-Banner": the
        # desk's paper, the site's own name again, no writer
        return None
    if where.startswith("between the lead photo's credit") and _pictured_under_credit(
        reader, k, i, names
    ):
        return None  # "Pic: Jane Roe" / "John Doe", the accused the story names: a mugshot's
    if (
        line == reader.lines[i]
        and all(topic_words(n) for n in names)
        and line in reader.lines[max(0, i - _TOPIC_AGAIN_LINES) : i - 1]
    ):
        # "Humanitarian Aid" under the stamp (UN News prints the story's topic over its
        # headline and again under its date): a topic's words with nothing round them, no
        # writer's name
        return None
    return names, where


# How far above a name line the same topic's label is looked for.
_TOPIC_AGAIN_LINES = 30


def _stamp_beside(reader: _Reader, i: int) -> bool:
    """The page's date stamp is the next line of text under line `i` or the one right over it."""
    below = reader.ahead(i, 1)
    if below and (
        is_page_timestamp(reader.lines[below[0]]) or is_date_stamp(reader.lines[below[0]])
    ):
        return True
    k = i - 1
    while k >= 0 and not reader.lines[k]:
        k -= 1
    return k >= 0 and (is_page_timestamp(reader.lines[k]) or _stamp_with_time(reader.lines[k]))


# A preposition and a place ("In Britain", "At Paris"): a headline's last line, no name.
_PLACE_PHRASE = re.compile(r"(?i:in|at|on|for|to|near|over)\s+(?P<place>.+)")


# How many lines of text below a name line the story's first paragraph is looked for.
_LEAD_AHEAD = 10


def _named_in_lead(reader: _Reader, i: int, names: list[str]) -> bool:
    """Whether the story's first paragraph below line `i` (the first line of twenty words or
    more) holds one of these names whole: then the line names the story's subject (a photo's
    caption, "Премьер-министр РФ Михаил Мишустин" over "Премьер-министр РФ Михаил Мишустин
    поручил ..."), since a lead paragraph does not name its own writer. Held in any case: a
    lead that prints the words in lower case ("Lakeview Water Tower", a picture's title, over
    "The Lakeview water tower on Ridge Road ...") names a thing, never a person."""
    for j in reader.ahead(i, _LEAD_AHEAD):
        lead = reader.lines[j]
        if len(lead.split()) >= 20:
            folded = lead.casefold()
            return any(len(n.split()) >= 2 and n.casefold() in folded for n in names)
    return False


def _venue_subject(reader: _Reader, i: int, names: list[str]) -> bool:
    """The people of "<names> at <venue>" at line `i` are the story's subject, not its match
    reporter: the lead names one whole, or the headline or the lead calls one by the surname
    (see _surname_over_or_in_lead)."""
    return _named_in_lead(reader, i, names) or _surname_over_or_in_lead(reader, i, i, names)


# A surname this short is a word too often ("Li", "Ng") to say whom a headline names.
_SURNAME_LETTERS = 3
# The story's first paragraph under a caption: a line of this many words at least (a short
# wire lead is a sentence of a dozen words; a credit or a stamp is shorter).
_SHORT_LEAD_WORDS = 12


def _capitals_writers(reader: _Reader, i: int) -> list[str] | None:
    """AFP's writers at line `i`, each surname in capitals ("Camille BRETON with Oleh MARCHUK
    in Kyiv", see bylines.capital_surnames), or None: also None when the headline over it or
    the lead under it calls one of them by the surname ("AFP" / "Lionel MESSI in Paris" under
    "Messi bids farewell ...": the picture's subject in a caption, no writer)."""
    names = capital_surnames(reader.lines[i])
    if names is None:
        return None
    titled = [" ".join(w.title() if w.isupper() else w for w in n.split()) for n in names]
    return None if _surname_over_or_in_lead(reader, i, i, titled) else names


def _surnames(names: list[str]) -> set[str]:
    """The surnames of `names` worth looking for: the last word of a name of two or more
    words, long enough not to be a common short word."""
    return {
        n.split()[-1].strip(".,")
        for n in names
        if len(n.split()) >= 2 and len(n.split()[-1].strip(".,")) >= _SURNAME_LETTERS
    }


def _called_by_surname(reader: _Reader, surnames: set[str], texts: list[str], end: int) -> bool:
    """One of `surnames` stands as a whole word in `texts` or in the story's first paragraph
    under the line at `end` (a headline or a lead does not name its own reporter)."""
    lead = next(
        (
            reader.lines[j]
            for j in reader.ahead(end, _LEAD_AHEAD)
            if len(reader.lines[j].split()) >= _SHORT_LEAD_WORDS
        ),
        None,
    )
    if lead is not None:
        texts = [*texts, lead]
    return any(
        re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text) is not None
        for name in surnames
        for text in texts
    )


def _surname_in_headline_or_lead(reader: _Reader, h: int, names: list[str]) -> bool:
    """One of `names` (a list over the stamp over the headline at line `h`) is called by the
    surname in that headline or in the story's first paragraph under it: the story's people
    set as its tags ("Joe Biden, Donald Trump" over "Biden and Trump trade barbs ..."), no
    writers."""
    surnames = _surnames(names)
    return bool(surnames) and _called_by_surname(reader, surnames, [reader.lines[h]], h)


def _surname_over_or_in_lead(reader: _Reader, i: int, end: int, names: list[str]) -> bool:
    """One of `names` (the line at `i`, its block ending at `end`) is called by the surname
    in the headline over it or in the story's first paragraph under it ("Swift breaks
    stadium record" over "Taylor Swift at Wembley Stadium", "The singer ..." or "Swift played
    ..." under it): a picture's caption naming the story's subject."""
    surnames = _surnames(names)
    if not surnames:
        return False
    above = [line for line in reader.lines[:i] if len(line.split()) >= 4]
    return _called_by_surname(reader, surnames, above, end)


def _names_the_site(reader: _Reader, i: int, names: list[str]) -> bool:
    """The byline's one name is the page's first line, the site's name printed over it
    ("Macau Business" / ... / "By Macau Business"), "The" before it or not."""
    if len(names) != 1:
        return False
    top = next((line for line in reader.lines[:i] if line.strip()), None)
    if top is None:
        return False

    def key(text: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(text.split()).casefold())

    if key(top) != key(names[0]):
        return False
    # a newsletter or a column site named after its writer ("Robert Reich" / ... / "By Robert
    # Reich") is signed by that person: the name is the outlet's only when it reads as a
    # paper's name or the story under it is an agency's copy (its dateline names the wire)
    return (
        _is_outlet(names[0])
        or _INITIALS_WORD.search(names[0]) is not None
        or _agency_copy_below(reader, i)
    )


# A word of two or more capitals with no vowel: a station's or an outlet's initials or call
# letters ("Newstalk ZB", "Magic FM"), which a writer's name never holds.
_INITIALS_WORD = re.compile(r"(?<!\S)[B-DF-HJ-NP-TV-XZ]{2,5}(?!\S)")


# A newsroom's collective word after its paper's name, where a byline names a desk and no
# person: "Acme Herald Staff", "Acme Herald Newsroom", "Acme Herald staff reports".
_DESK_AFTER_SITE = re.compile(
    r"^(?i:by\s+)?(?P<site>.+?)\s+(?i:staff(?:\s+reports?)?|newsroom|news\s+desk|desk|team)$"
)


def _signed_by_sites_desk(reader: _Reader, i: int, line: str) -> bool:
    """The byline is the site's name printed over the page (its first line), then a desk's
    collective word: "Acme Valley News" / ... / "By Acme Valley News Staff". A
    writer's name before a desk ("Matt Stout Globe Staff") is no site's whole name."""
    m = _DESK_AFTER_SITE.match(" ".join(line.split()))
    if m is None:
        return False
    top = next((text for text in reader.lines[:i] if text.strip()), None)
    if top is None:
        return False

    def key(text: str) -> str:
        return re.sub(r"^the\s+", "", " ".join(text.split()).casefold())

    return key(top) == key(m.group("site"))


def _agency_copy_below(reader: _Reader, i: int) -> bool:
    """A dateline naming a news agency opens one of the next few lines under line `i`."""
    from archiver.extract.agencies import is_wire_source

    for j in reader.ahead(i):
        found = reader.dateline(j)
        if found is not None and found.dateline.source and is_wire_source(found.dateline.source):
            return True
    return False


# "The Jakarta Post/ANN", "The Star/ANN": a paper's name, a slash and its network's initials.
_PAPER_NETWORK = re.compile(r"^(?P<paper>[^/]{3,40}?)\s*/\s*(?P<network>[A-Z]{2,5})$")


# A picture's kind, one word over its credit ("Illustration" / "The Star/ANN").
_PICTURE_KIND_WORDS = frozenset(
    "illustration illustrations graphic graphics infographic screengrab screenshot image"
    " images picture pictures video".split()
)


def _writer_over_partner_paper(reader: _Reader, i: int) -> int | None:
    """The line of the partner paper under line `i` when `i` is a writer's name alone (a
    person's name, or one capitalised word: Indonesian and other writers go by one name) and
    the line under it is a known paper's name, a slash and the initials of the network that
    shares its copy ("The Jakarta Post/ANN"), with the page's date stamp right under that;
    None otherwise. A photo's credit names a photographer or a library, and its caption says
    what the picture shows in more than a word."""
    from archiver.extract.bylines import looks_like_name, topic_words
    from archiver.extract.credits import _DESKS, _PICTURE_PLACE_WORDS
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import is_masthead

    line = reader.lines[i].strip()
    if (
        topic_words(line)
        or line.casefold() in _DESKS
        or line.casefold() in _PICTURE_PLACE_WORDS
        or line.casefold() in _PICTURE_KIND_WORDS
    ):
        # "Editorial" / "The Jakarta Post/ANN": the piece's rubric over the paper whose view
        # it is, one capitalised word as a writer's single name is, but no writer; "Handout",
        # "Illustration" over it are a picture's credit
        return None
    if (j := reader.below(i)) is None or (k := reader.below(j)) is None:
        return None
    m = _PAPER_NETWORK.match(reader.lines[j].strip())
    if m is None or not is_masthead(m.group("paper")) or not is_date_stamp(reader.lines[k]):
        return None
    one_name = (
        " " not in line
        and 4 <= len(line) <= 20
        and line.isalpha()
        and line[:1].isupper()
        and line[1:].islower()
    )
    if not (one_name or looks_like_name(line)) or is_wire_source(line) or is_known_place(line):
        return None
    return j


def _wire_for_client(line: str, credit: Credit) -> bool:
    """ "DPA/The Local", "The Local/TT": a news wire and the site that runs its copy, either
    way round, and no person (credits_national.wire_and_client)."""
    from archiver.extract.credits_national import wire_and_client

    return credit.photographer is None and wire_and_client(line)


def _captions_credit_below(reader: _Reader, i: int) -> bool:
    """The line stands apart from the byline's block above (a blank line between) and the
    photo's labelled credit is glued right under it: it is the photo's caption (a text dump's
    image alt text), not one more writer."""
    lines = reader.lines
    return (
        i > 0
        and not lines[i - 1]
        and i + 1 < len(lines)
        and bool(lines[i + 1])
        and is_credit_line(lines[i + 1])
    )


# An image viewer's button over the lead photo (chrome.py reads it as furniture).
_EXPAND_IMAGE = re.compile(r"^(?:click\s+to\s+)?expand\s+(?:this\s+)?image$", re.IGNORECASE)


def _byline_mark_below(reader: _Reader, i: int) -> int | None:
    """The line under a name line that marks it a byline: the very next line (the stamp may
    be page chrome, "Updated 2 hours ago") is a date stamp, the dateline, page chrome or the
    writer's outlet or title, looking past up to two more name lines stacked under it."""
    j = i + 1
    for _ in range(3):
        while j < len(reader.lines) and not reader.lines[j]:
            j += 1
        if j >= len(reader.lines):
            return None
        below = reader.lines[j]
        if (
            # (an image viewer's "Click to expand Image" under a deck marks no byline: Human
            # Rights Watch prints it under "Investigate Abductions; Release Those Detained")
            (reader.chrome[j] and _EXPAND_IMAGE.match(below) is None)
            or is_page_timestamp(below)
            or is_date_stamp(below)
            or reader.dateline(j) is not None
            or is_affiliation(below)
            or _OUTLET_LINE.match(below)
            or _WEB_ADDRESS_LINE.match(below)
            or is_contact_line(below)
            or is_filed_from_line(below)  # "Jeanne Roe" / "à Montréal": where she filed from
            or is_credit_line(below)  # the photo's credit under the byline (Axios)
            or _caption_under_name(reader.lines[i], below)
            or _STAMP_LABEL.match(below)
            or _READ_TIME.match(below)
            or _writer_bio(reader.lines[i], below)
        ):
            return j
        if _place_over_stamp(reader, j):
            return j  # "JANE ROE" / "Madrid" / "Actualizado ...": where she wrote from
        if name_list(below) is None:
            return None
        j += 1
    return None


def _caption_under_name(name_line: str, below: str) -> bool:
    """`below` is the lead photo's caption closed by its credit ("Growers inspect the vines.
    Photo / Jane Roe") and does not name the people of `name_line`: a replica page prints
    the picture between the byline and the story (a name over a caption that holds it is
    the picture's subject)."""
    if not _credited_caption(below):
        return False
    return all(n.casefold() not in below.casefold() for n in name_list(name_line) or [name_line])


# A writer's agency or outlet in brackets at a line's start: "(Australian Associated Press)".
_BRACKETED_DESK = re.compile(r"\(([^()]{2,60})\)\s*")
# The words a page's stamp opens with, in the languages of the pages.
_STAMP_OPENING = re.compile(
    r"^(?i:published|updated|posted|last\s+updated|actualizado|publicado|atualizado|publié|"
    r"mise?\s+à\s+jour|pubblicato|aggiornato|veröffentlicht|aktualisiert|publicerad|uppdaterad|"
    r"publisert|oppdatert|gepubliceerd|bijgewerkt)\b"
)


# A reader view (Firefox's, Safari's) prints the site's address, the article's title, the
# byline and the reading time, a line each, over the story.
_READER_HEAD_LINES = 3
_READER_TITLE_WORDS = 40


def _reader_view_title(reader: _Reader, i: int, *, labelled: bool = False) -> int | None:
    """The title under a reader view's site address (line `i`, "coloradosun.com"): the next
    line of text, whatever its stops ("Craig's plant closure is years away. The town is
    planning."), when the reading time ("9-11 minutes") stands within the lines under it. A
    site's address alone over a headline with no reading time is left to the usual reading;
    under the browser's "Reader View" label (`labelled`) the address is a reader view's anyway."""
    ahead = reader.ahead(i, _READER_HEAD_LINES + 1)
    if len(ahead) < 2:
        return None
    title = reader.lines[ahead[0]]
    if (
        len(title.split()) > _READER_TITLE_WORDS
        or title.endswith(":")
        or _READ_TIME.match(title)
        or parse_byline(title) is not None
        or reader.dateline(ahead[0]) is not None
    ):
        return None
    if not labelled and not any(_READ_TIME.match(reader.lines[k]) for k in ahead[1:]):
        return None
    return ahead[0]


def _reader_title_elsewhere(reader: _Reader, headline: int) -> bool:
    """Whether the copy opens with a reader view's header (the site's address, the title, the
    byline, the reading time: Firefox's and Safari's) whose title is another line than the
    whole-page reading's `headline`. A reader view prints no menus: the lines over a deck or
    a stamp it keeps are its header's (a one-word title, "Tuvalu", reads as a section's label
    to the page's reading), and the title is the line under the address."""
    first = next((k for k, x in enumerate(reader.lines) if x), None)
    if first is None or not _WEB_ADDRESS_LINE.match(reader.lines[first]):
        return False
    title = _reader_view_title(reader, first)
    return title is not None and title != headline and _reader_own_title(reader, first, title)


# Firefox's reader header prints the title, the byline and the reading time a line each: the
# reading time stands at most this many lines of text under the title.
_READER_TIME_UNDER = 2


def _reader_own_title(reader: _Reader, address: int, title: int) -> bool:
    """The line `title` under a reader view's site address (line `address`) is the article's
    own title in Firefox's exact header (title / byline / reading time, the time at most two
    lines under it), and no site's name ("The Colorado Sun" under coloradosun.com, a known
    paper's name) nor a menu's word ("News") that the copy kept between the address and the
    headline: only then does it win over the page's reading or pass the section-label rules."""
    if not any(_READ_TIME.match(reader.lines[k]) for k in reader.ahead(title, _READER_TIME_UNDER)):
        return False
    text = reader.lines[title]
    if is_masthead(text) or all(w.lower().strip(",&") in MENU_WORDS for w in text.split()):
        return False
    own = re.sub(r"[^a-z0-9]", "", text.lower()).removeprefix("the")
    host = reader.lines[address].lower().removeprefix("www.").split(".")[0]
    host = re.sub(r"[^a-z0-9]", "", host).removeprefix("the")
    if not own or own == host:
        return False
    # "Colorado Sun" under coloradosun.com, "Narwhal News" under narwhal.ca: the site's name
    return not (
        len(own) >= 4
        and len(text.split()) <= 4
        and (host.startswith(own) or host.endswith(own) or own.startswith(host))
    )


# The label a browser prints over its reader view ("Reader View", "Reader Mode"), alone or as
# its window's title after the site's name ("The New York Times - Reader Mode", "Philippine
# Daily Inquirer — Reader view"): the browser's label either way, never the article's title.
_READER_VIEW_LABEL = re.compile(
    r"^(?:\S.{0,60}?\s[-\u2013\u2014|:]\s)?(?i:reader\s+(?:view|mode))$"
)


def _writer_over_repeat(line: str) -> list[str] | None:
    """`Jane Roe` between a headline and the same headline again: one or two people's names
    alone on the line, no place the gazetteer knows, no menu's word; None for anything else."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import MENU_WORDS

    names = name_list(line)
    if names is None or len(names) > 2 or len(line.split()) > 6:
        return None
    if any(is_known_place(n) for n in names) or any(w.lower() in MENU_WORDS for w in line.split()):
        return None
    return names


# A story's address alone on its line, its path's last part the words of its title.
_ADDRESS_LINE = re.compile(r"^https?://\S+$")
# A slug has words apart by dashes or underscores: this many separators at least.
_SLUG_DASHES = 2


def _slug_hits(line: str, slug: set[str]) -> int:
    """How many words of `line` (four letters or more) the address's path holds, a plural's
    "s" either way ("grandparent" in "grandparents-childcare-cost")."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", line)}
    return sum(1 for w in words if w in slug or f"{w}s" in slug or w.rstrip("s") in slug)


def _titled_by_address(reader: _Reader, i: int, below: int) -> int | None:
    """The story's title right under its address (read-later apps and print views print the
    address over the title), line `i` or the line under it when `i` is the address: more of
    its words are in the address's path than of the line `below` (the deck over the byline),
    one at least. Its line number, or None."""
    lines = reader.lines
    if _ADDRESS_LINE.match(lines[i]):
        at, title = i, next((k for k in range(i + 1, below) if lines[k]), None)
    else:
        at = next((k for k in range(i - 1, -1, -1) if lines[k]), -1)
        title = i
    if title is None or at < 0 or not _ADDRESS_LINE.match(lines[at]):
        return None
    # the path's slug: its part of most words ("grandparents-childcare-cost"), not the
    # section's folders over it ("/family/archive/")
    parts = lines[at].lower().split("://", 1)[1].split("?", 1)[0].split("/")[1:]
    path = max(parts, key=lambda p: p.count("-") + p.count("_"), default="")
    if path.count("-") + path.count("_") < _SLUG_DASHES:
        return None
    slug = set(re.findall(r"[a-z]{4,}", path))
    over = _slug_hits(lines[title], slug)
    return title if over >= 1 and over > _slug_hits(lines[below], slug) else None


# A page's reading time: "7-9 minutes", "3 min read", "5 mins to read" (the NZ Herald's), "2
# minuti di lettura", "Lesezeit: 3 Min.".
_READ_TIME = re.compile(
    r"^(?:(?i:lesezeit|reading\s+time|leestijd|temps\s+de\s+lecture)\s*:?\s*)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
    r"\s*(?i:min(?:ute)?s?\.?|minuti|minutos|minuten)(?:\s+(?i:(?:to\s+)?read|di\s+lettura|de\s+lectura"
    r"|de\s+leitura|lesen|leestijd))?$"
)


def _story_below(reader: _Reader, i: int) -> bool:
    """The next line of text is story prose (twenty words or more)."""
    ahead = reader.ahead(i, 1)
    return bool(ahead) and len(reader.lines[ahead[0]].split()) >= 20


# "Authors" over the writers' names, each with a line of title and institution under it (The
# Conversation and academic and think-tank sites).
# "Multiple Authors" (Carbon Brief's label over its list of writers) and "All authors" too.
_AUTHORS_LABEL = re.compile(
    r"^(?i:(?:multiple|all)\s+)?(?i:authors?|autor(?:es|en|innen|as)?|auteur(?:e)?s?|autori|contributors?)\s*:?$"
)


# A field label of a page's facts under the headline naming those who worked on the copy
# without writing it ("Editor", "Edited by", "Reviewed by", "Fact checked by").
_OTHER_ROLE_LABEL = re.compile(
    r"^(?i:editors?|edited\s+by|reviewed\s+by|fact[-\s]checked\s+by|producers?|produced\s+by)\s*:?$"
)


def _editor_field(reader: _Reader, last: int) -> frozenset[int]:
    """The lines of the "Editor" field right under a writers' block ending at line `last`
    ("Editor" / "John Doe"): the label and the names under it, or none."""
    ahead = reader.ahead(last, 2)
    if (
        len(ahead) == 2
        and _OTHER_ROLE_LABEL.match(reader.lines[ahead[0]])
        and name_list(reader.lines[ahead[1]])
    ):
        return frozenset(ahead)
    return frozenset()


def _role_is_title(reader: _Reader, j: int) -> bool:
    """`Editor` (line `j`) under a writer's name in an "Authors" block is her title when the
    next name in the block has a title line of its own ("Jane Roe" / "Editor" / "John Doe" /
    "Senior Writer"): the block prints a title under each name, no "Editor" field."""
    ahead = reader.ahead(j, 2)
    if len(ahead) != 2 or not name_list(reader.lines[ahead[0]]):
        return False
    from archiver.extract.bylines import _TITLE_TAIL

    title = reader.lines[ahead[1]].strip()
    return (
        len(title.split()) <= 20
        and not title.endswith((".", ":", "!", "?"))
        and (_TITLE_TAIL.match(title) is not None or _JOB_WORD.search(title) is not None)
    )


# A writer's job in her title line ("Senior Lecturer in Ecology, University of Exeter"); a
# page's next field label ("Commodity", "Tags") holds none.
_JOB_WORD = re.compile(
    r"\b(?i:writer|reporter|correspondent|editor|producer|journalist|columnist|lecturer|"
    r"professor|fellow|researcher|analyst|scientist|director|economist|student|candidate)s?\b"
)


def _authors_block(reader: _Reader, i: int) -> tuple[list[str], frozenset[int]] | None:
    """Under an "Authors" label: name lines, each perhaps followed by one line of the
    writer's title and institution (no full stop, twenty words at most). The names and the
    block's line numbers, or None when no name follows the label."""
    from archiver.extract.gazetteer import is_known_place

    names: list[str] = []
    used: list[int] = []
    after_name = False
    for j in reader.ahead(i, 12):
        line = reader.lines[j]
        if _OTHER_ROLE_LABEL.match(line) and not (after_name and _role_is_title(reader, j)):
            # "Author" / "Jane Roe" / "Editor" / "John Doe": the page's next field names the
            # story's editor, who wrote none of it; the writers' block ends at its label
            break
        found = name_list(line)
        if found and not any(is_known_place(n) for n in found):
            names.extend(found)
            used.append(j)
            after_name = True
            continue
        if after_name and len(line.split()) <= 20 and not line.endswith((".", ":", "!", "?")):
            used.append(j)  # "Senior Lecturer in Ecology, University of Exeter"
            after_name = False
            continue
        break
    return (names, frozenset(used)) if names else None


def _stamp_with_time(line: str) -> bool:
    """A page's date stamp with the time of day ("11 de marzo de 2025 • 14:32"); a page's
    running head has the date alone ("B2 THE DAILY, WEDNESDAY, FEBRUARY 11, 1987")."""
    return re.search(r"\b\d{1,2}[:.h]\d{2}\b", line) is not None and is_date_stamp(line)


def _writer_bio(name_line: str, below: str) -> bool:
    """`Jane Roe` over `Jane Roe is a political reporter at the Daily Star.`: the writer's
    one-line biography, which opens with the name printed above it."""
    name = name_line.strip(" ,")
    return (
        len(below) <= 200
        and below.startswith(name + " ")
        and re.match(r"(?:is|was|covers|writes|reports)\b", below[len(name) + 1 :]) is not None
    )


def _dateline_over_lines(reader: _Reader, i: int) -> tuple[str, int, int] | None:
    """`Tokyo` / `CNN` / `—`: a place, a known agency and a dash alone on three lines of one
    block, or each one blank line under the last (a copy that sets every line apart); the
    dateline they make read on one line ("Tokyo CNN —"), with the agency's and the dash's
    lines, or None."""
    from archiver.extract.agencies import is_wire_source

    lines = reader.lines
    gap = 1 if i + 1 < len(lines) and lines[i + 1] else 2
    agency_at, dash_at = i + gap, i + 2 * gap
    if (
        dash_at >= len(lines)
        or any(lines[i + 1 : agency_at])
        or any(lines[agency_at + 1 : dash_at])
    ):
        return None
    if lines[dash_at].strip() not in ("—", "–", "--", "-"):
        return None
    place, agency = lines[i], lines[agency_at]
    if not place or len(place.split()) > 4 or not agency or not is_wire_source(agency):
        return None
    joined = f"{place} {agency} {lines[dash_at].strip()}"
    found = match_dateline(joined)
    if found is None or found.dateline.place != place or found.dateline.raw != joined:
        return None
    return joined, agency_at, dash_at


# The label a page sets over the story's tags, one line of them under it: "Related Topics",
# "Topics", "Tags:".
_TOPICS_LABEL = re.compile(r"(?i:(?:related\s+)?(?:topics|tags))\s*:?")


def _under_topics_label(reader: _Reader, i: int) -> bool:
    """The line of text right over line `i` is the label of the page's tags ("Related Topics"
    / "Spain, Holidays"): line `i` lists the story's tags."""
    k = i - 1
    while k >= 0 and not reader.lines[k]:
        k -= 1
    return k >= 0 and _TOPICS_LABEL.fullmatch(" ".join(reader.lines[k].split())) is not None


def _by_line_under_next(reader: _Reader, i: int) -> bool:
    """The line after the next one is a "By" line ("JANE ROE, CLEVELAND.COM" / a caption's
    sentence / "By John Doe, cleveland.com"): the names alone at `i` are the photographer's
    credit over the picture's caption, and the page's own byline stands under it."""
    nxt = reader.nxt[i]
    if nxt >= len(reader.lines):
        return False
    after = reader.nxt[nxt]
    return after < len(reader.lines) and is_by_line(reader.lines[after])


# A tag's line: words alone, no figure, colon, slash or bracket (a credit's or a stamp's marks).
_BARE_TAG = re.compile(r"[A-Za-z][A-Za-z .&'’-]{1,39}")
# How many of the story's tags, one a line, a "Topics:" label may stand over.
_TAGS_UNDER_LABEL = 8
_TAG_CHARS = 40


def _in_tag_list(reader: _Reader, i: int) -> bool:
    """Line `i` is one of the story's tags listed one a line under the page's "Topics:" or
    "Tags" label ("TOPICS:" / "De Pere" / "Claude Allouez Bridge" / "Wisconsin DOT"): a tag
    names a place, a landmark or an agency, never the writer, however name-like its words.
    Read upward over short lines without a sentence's end (blank lines between them too), at
    most _TAGS_UNDER_LABEL of them."""
    k = i
    seen = 0
    # (blank lines count toward the bound too: a double-spaced copy has one between each two)
    while k > max(0, i - 3 * _TAGS_UNDER_LABEL) and seen <= _TAGS_UNDER_LABEL:
        k -= 1
        text = " ".join(reader.lines[k].split())
        if not text:
            continue
        if _TOPICS_LABEL.fullmatch(text) is not None:
            return True
        if len(text) > _TAG_CHARS or text.endswith((".", "!", "?")):
            return False
        seen += 1
    return False


# The marks that close a dateline set on a line of its own ("Bengaluru, Dec 5, 2017, DHNS:",
# "TOKYO, March 3 —"); a page's stamp ends with its date or its time.
_DATELINE_CLOSERS = (":", "—", "–", "--", " -")


def _place_dated_over_story(reader: _Reader, i: int) -> bool:
    """Line `i` is a place and a date alone over the story ("From JANE ROE" / "Paris, June 3"
    / the story): the story's dateline, set on its own line, not the page's stamp."""
    nxt = reader.nxt[i]
    if nxt >= len(reader.lines):
        return False
    alone = match_standalone_dateline(reader.lines[i], reader.lines[nxt], reader.ref)
    return alone is not None and bool(alone.dateline.place)


def _place_over_stamp(reader: _Reader, j: int) -> bool:
    """Line `j` is a place the gazetteer knows, alone, with the page's date stamp right below
    it, or below the writer's outlet under it ("OTTAWA" / "The Globe and Mail" / "Published
    ..."): where the writer named above it filed from."""
    from archiver.extract.gazetteer import is_known_place

    line = reader.lines[j]
    if len(line.split()) > 3 or not (is_known_place(line) or _town_and_region(line)):
        return False
    ahead = reader.ahead(j, 2)
    if len(ahead) == 2 and (
        _OUTLET_LINE.match(reader.lines[ahead[0]]) or is_affiliation(reader.lines[ahead[0]])
    ):
        # "JANE ROE" / "OTTAWA" / "The Globe and Mail" / "Published ...": the writer's
        # outlet between the place and the stamp
        ahead = ahead[1:]
    return bool(ahead) and is_date_stamp(reader.lines[ahead[0]])


def _capitals_place_over_stamp(reader: _Reader, j: int) -> bool:
    """Line `j` is a city in capitals the gazetteer knows, alone (one to three words; not a
    country or a state, "CHINA" is a section's label), with the page's date stamp right
    below it (Japan Today's, Daily Sabah's header over a wire story)."""
    from archiver.extract.gazetteer import is_known_place, is_region

    line = reader.lines[j].strip()
    words = line.split()
    if not 1 <= len(words) <= 3 or not line.isupper() or not line.replace(" ", "").isalpha():
        return False
    ahead = reader.ahead(j, 1)
    if not ahead or not is_date_stamp(reader.lines[ahead[0]]):
        return False
    return not is_region(line) and is_known_place(line)


def _town_and_region(line: str) -> bool:
    """`Duluth, Minn.`, `Eau Claire, Wis.`: a town the gazetteer knows, a comma and its state
    or province, as a page prints the place its writer is based in under the name. In
    mixed case only: `MODESTO, Calif.` over the date is the story's dateline set on lines of
    its own, which the wire reader takes with the date under it."""
    from archiver.extract.gazetteer import is_known_place, is_region_after_place

    town, comma, region = line.partition(",")
    return (
        bool(comma)
        and not town.isupper()
        and is_known_place(town)
        and is_region_after_place(region.strip())
    )


# A stamp of figures alone under the headline ("2024/06/01 10:15", "12.03.2024, 05.30").
_DIGITS_STAMP = re.compile(r"^[\d/.:,\- ]{8,24}$")


# "News provided by" over the issuing company's name, on press-release wires.
_ISSUER_LABEL = re.compile(
    r"^(?:news\s+)?(?:provided|issued|distributed)\s+by\s*:?$", re.IGNORECASE
)


def _under_issuer_label(reader: _Reader, j: int) -> bool:
    """Line `j` is the first line of text under a release wire's issuer label ("News
    provided by" / "Acme Holdings Ltd"): the issuer's name, no title."""
    up = next((k for k in range(j - 1, max(-1, j - 3), -1) if reader.lines[k]), None)
    return up is not None and _ISSUER_LABEL.match(reader.lines[up]) is not None


def _glued_slide_caption(reader: _Reader, i: int) -> int | None:
    """The caption's line under a gallery slide's header at `i` ("1 of 8Jane Roe/Getty
    Images"), or None. The caption sits right under the header (past the one blank line of a
    copy that sets every line apart); a block parted by a blank line is the story's text. A
    gallery printing its captions over the headers ("Rescuers wade ..." / "1 of 3Jane Roe/AFP")
    pairs none: the first header of the run has a caption's sentence right above it."""
    lines = reader.lines
    k = reader.below(i)
    if k is None or find_credit(lines[k], in_header=True) is not None:
        return None
    head = i
    while (
        (up := reader.above(head)) is not None
        and (top := reader.above(up)) is not None
        and opens_on_glued_counter(lines[top])
    ):
        head = top  # the slide above, its header over its caption
    up = reader.above(head)
    if up is not None and lines[up].rstrip("”\"’' ").endswith((".", "!", "?")):
        return None  # a caption's sentence over the first header: the captions come first
    return k


def _gallery_caption_over_credit(lines: list[str], k: int) -> bool:
    """Line `k` is a gallery picture's caption: under the gallery's counter ("1 of 5"), a
    sentence, and over a line that is a credit and nothing else ("Jane Roe/Staff
    photographer"). The counter says a picture stands there, so no menu's line is taken."""
    over = max((j for j in range(k) if lines[j]), default=None)
    under = next((j for j in range(k + 1, len(lines)) if lines[j]), None)
    if not lines[k] or over is None or under is None or not is_gallery_counter(lines[over]):
        return False
    if not lines[k].rstrip("”\"’' ").endswith((".", "!", "?")) or len(lines[k].split()) < 4:
        return False  # a caption's sentence, not a menu's or a title's words
    credit = find_credit(lines[under], in_header=True)
    return credit is not None and _whole_line(credit, lines[under])


def _whole_line(credit: Credit, line: str) -> bool:
    """The credit is all there is on the line (no caption before it)."""
    return len(credit.credit) + 2 >= len(line.strip(" .()"))


def _is_deck(reader: _Reader, i: int) -> bool:
    """A line under the headline followed, within three lines, by the byline: a headline-like
    line, or a sentence of summary when a "By" line follows (web pages print decks so)."""
    line = reader.lines[i]
    headline_like = looks_like_headline(line)
    if not headline_like and len(line.split()) > 60:
        return False
    for j in reader.ahead(i, 3):
        ln = reader.lines[j]
        if reader.dateline(j):
            return False
        b = parse_byline(ln)
        if b is not None and is_by_line(ln):
            return not _prose_between(reader, i, j)
        if b is not None and b.names and headline_like:
            return True
        if _name_line(reader, j) is not None:
            # "Jane Roe" over her title or the page's stamp: the byline; under paragraphs of
            # prose, the name of a page's author box below the story
            return not _prose_between(reader, i, j)
    return False


# A credit's picture label opening its line: "Photograph: courtesy of the Roe family".
_LABELLED_CREDIT = re.compile(r"^(?i:photo(?:graph)?s?|picture|image|credit)\s*:\s*\S")


def _credit_under(line: str) -> bool:
    """A credit line under a caption: a bare one, or one under a picture's label."""
    return is_credit_line(line) or (
        _LABELLED_CREDIT.match(line) is not None and find_credit(line, in_header=True) is not None
    )


def _prose_between(reader: _Reader, i: int, j: int) -> bool:
    """A paragraph of prose (eight words or more, ending a sentence) between line i and the
    byline at line j: two such paragraphs in a row are the story, and the labelled byline
    under them ("Autorka: Jane Roe (PAP)") signs it at its foot; a deck is one paragraph
    over the byline, with at most a caption or a stamp between."""
    return any(
        len(reader.lines[k].split()) >= 8
        and reader.lines[k].rstrip().endswith((".", "!", "?", '"', "”"))
        and find_credit(reader.lines[k], in_header=True) is None
        # a caption's sentence over its credit line is no story paragraph
        and not (k + 1 < j and _credit_under(reader.lines[k + 1]))
        for k in range(i + 1, j)
        if reader.lines[k] and not reader.chrome[k]
    )


# A deck (standfirst) is one or two sentences; a longer block is the story itself.
_DECK_MAX_WORDS = 60
# A page's summary under its label is a list of two to eight points, one a line.
_MIN_SUMMARY_POINTS = 2
_SUMMARY_POINTS = 8


def _summary_points(lines: list[str], i: int, reference_date: dt.date | None = None) -> int:
    """How many lines of the block under the summary's label at `i` are its points (up to a
    blank line, a label or a menu's item such as "Live Reporting"). A photo's caption (a line
    ending in its credit) or a line opening with a dateline is no point but what the page
    prints under the summary: copied with no blank line under the points (browsers, mail and
    apps copy paragraphs a line each), they tell where the list ends; so does a caption over its
    credit's line ("Key Points" / points / "A worker inspects wafers." / "Jane Roe | Bloomberg |
    Getty Images" / story)."""
    k = i + 1
    while (
        k < len(lines)
        and lines[k]
        and k - i <= _SUMMARY_POINTS
        and not is_menu_item(lines[k])
        and len(lines[k].split()) <= _DECK_MAX_WORDS
        and find_credit(lines[k], in_header=True) is None
        and match_dateline(lines[k], reference_date) is None
        and not (k + 1 < len(lines) and lines[k + 1] and is_credit_line(lines[k + 1]))
    ):
        k += 1
    return k - i - 1


def _is_sentence_deck(reader: _Reader, i: int) -> bool:
    """A one-sentence summary between the headline and a "By" byline or a date stamp (the
    web's standfirst, which ends in a full stop): the header is not over yet. The byline must
    be close below (within three lines of text) and short, so a story paragraph followed by
    one that opens "By the time ..." is not taken for a deck."""
    line = reader.lines[i]
    if len(line.split()) > _DECK_MAX_WORDS or len(line) > 400 or reader.dateline(i) is not None:
        return False
    for j in _ahead_past_furniture(reader, i, 3):
        ln = reader.lines[j]
        if reader.dateline(j) is not None:
            return False
        if len(ln) <= 120 and is_by_line(ln) and (b := parse_byline(ln)) and b.names:
            return not _prose_between(reader, i, j)
        if len(ln) <= 160 and (b := parse_byline(ln)) and b.names:
            # "Jane Roe · CBC News · Posted: Feb 12, 2019": names, an outlet and the stamp
            return not _prose_between(reader, i, j)
        if is_page_timestamp(ln) or name_before_stamp(ln) is not None:
            return True
        if _STAMP_OPENING.match(ln) and is_date_stamp(ln):
            return True  # "Publicerad 17 januari 2024 kl 11.26"
        if _name_line(reader, j) is not None:
            # "Jane Roe" over her title or the page's stamp: the byline; under paragraphs of
            # prose, the name of a page's author box below the story
            return not _prose_between(reader, i, j)
        if (k := reader.nxt[j]) < len(reader.lines) and label_over_names(ln, reader.lines[k]):
            # "Author of the article:" over "Jane Roe": the byline's label and its names (a
            # standfirst wrapped over two lines leaves the stamp under them out of reach)
            return not _prose_between(reader, i, j)
    return False


# How many lines of text a look past a page's buttons and captions may read at most.
_FURNITURE_SCAN = 12


def _ahead_past_furniture(reader: _Reader, i: int, count: int) -> list[int]:
    """The next `count` lines of text below line `i`, looking past what a page prints between
    its deck and its byline: short button lines ("5 min", "Gift Article", "Comment 212") and
    a photo's caption with its credit (at most a dozen lines read)."""
    out: list[int] = []
    for j in reader.ahead(i, _FURNITURE_SCAN):
        line = reader.lines[j]
        short = len(line.split()) <= 3 and not line.endswith((".", "!", "?"))
        if (
            short
            and not is_by_line(line)
            and not is_page_timestamp(line)
            # "Jane Roe" over "with AFP, dpa" and the stamp: the byline, not a button
            and name_list(line) is None
        ):
            continue
        if find_credit(line, in_header=True) is not None and not is_by_line(line):
            continue
        out.append(j)
        if len(out) == count:
            break
    return out


def explain(roles: list[LineRole]) -> str:
    """One entry per classified line: number, role, the line (shortened) and the reasons."""
    out: list[str] = []
    for r in roles:
        text = r.text if len(r.text) <= 72 else r.text[:69] + "..."
        out.append(f"{r.line + 1:>5}  {r.role:<9} {text}")
        out.extend(f"{'':>16}- {w}" for w in r.why)
    return "\n".join(out) + "\n"


# A newsroom's service that employs the writer, set under the name ("Local Democracy Reporting
# Service", "BBC World Service", "Tribune News Service"): no caption.
# (a "Press Service" is a government's press office, which gives out pictures: "Ukrainian
# Presidential Press Service"; IPS, "Inter Press Service", is the agency's name)
_NEWSROOM_SERVICE = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+){0,3}(?:Reporting|News|World|Wire)\s+Services?|Inter Press Service"
)


# The line under a byline naming who edited or updated the page: "Updated by Jane Roe, web
# editor", "Edited by Jane Roe".
_PAGE_EDITOR = re.compile(r"^(?:Updated|Edited)\s+by:?\s+(?P<rest>[A-Z].{2,80})$")


# A sentence's closing stop, perhaps inside its closing quotation mark.
_SENTENCE_STOP = re.compile(r"[.!?][\"”’']?$")
