"""Lines printed at the top of a page that are neither headline nor story, wherever they stand.

- A newspaper's running head, kept by microfilm and archive scans: the page, the paper's
  name and the issue's date ("B2 THE NEW YORK TIMES, WEDNESDAY, FEBRUARY 11, 1987", "The
  Milwaukee Sentinel - Mar 4, 1982", "The Daily Argus, Tuesday, May 3, 1955 — Page 7"). OCR
  text repeats it on every page, so it is furniture wherever it stands.
- A print view's button bar after the site's name ("English.news.cn [Print] [Close]"), and
  link buttons that each end in an arrow ("Browse this newspaper » Browse all newspapers »").
- A feed reader's subscription with its unread count ("RFE/RL - Central Asia (42)") and its
  buttons ("☆ Star", "Mark as unread").
- A broadcaster's transcript furniture ("Return to Transcripts main page", "THIS IS A RUSH
  TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM ...").
- An archive page's age notice ("This was published 2 hours ago", "This article is more than
  5 years old"), a syndication notice ("This article is part of the USA TODAY Network"), an
  opinion notice ("This article is an opinion piece. It does not reflect the views of ..."), an
  archive's year label ("Archives | 1987").
- A press release's label with its issuer ("European Commission - Press release") and its
  reference number alone ("IP/09/412").
- A feed's or wire channel's header in angle brackets ("<Energy Desk News>"), and a row of
  bracketed links ("[Home] [Politics] [Archive]", "[Top of page] [Next story]"), and the
  archivist's own bracketed note on the copy ("[archived from the mobile site, 5 Mar 2025]").
- An agency's feed header as a client site reposts it: the feed's section and the agency's
  service ("Saarbrücker regional-news in English · dpa international").

Each is recognised on its whole shape (a running head needs the paper's name AND a full date
with its year, ending the line or followed only by a page number), never on one word.
"""

from __future__ import annotations

import re

from archiver.extract.bylines import FEED_AGE
from archiver.extract.datelines import _MONTH_NAMES

_MONTH = "|".join(
    sorted({re.escape(n) for names in _MONTH_NAMES[:12] for n in names}, key=len, reverse=True)
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_FULL_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[6-9]|20)\d\d"
    rf"|\d{{1,2}}\s+(?:{_MONTH})\.?,?\s+(?:1[6-9]|20)\d\d)"
)
# A page's number: "B2", "A12", "4", "Page 7", "P. 3".
_PAGE_NO = r"(?:[A-Z]{1,2}-?\d{1,3}|\d{1,3}|(?:page|p\.)\s*[A-Z]?\d{1,3})"
_NAME_WORD = r"(?:[A-Z][\w.&'’-]*|of|the|and|de|&)"
_RUNNING_HEAD = re.compile(
    rf"^(?:(?P<page>{_PAGE_NO})\s*(?:[-–—|·•]\s*)?\s)?"
    rf"(?P<name>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+{_NAME_WORD}){{0,6}}?)"
    # "Financial Times (London, England), ...": the paper's place in brackets; "THE EVENING
    # STAR, Washington, D. C., Tuesday, ...": after a comma, with its region
    # ("THE DAILY TIMES-NEWS, BURLINGTON, N. C.   Monday, ...": a folio set out in runs of
    # spaces keeps no comma after the region, the spaces between read as one)
    r"(?:\s*\([^()]{2,40}\)|,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:,\s*(?-i:[A-Z][A-Za-z.]{0,6}(?:\s?[A-Z]\.)?)(?=,|\s)|(?=,)))?"
    # a folio's parts set apart by middle dots or bullets as well: "THE DAILY HERALD · Thursday,
    # October 12, 2017 · A3"
    rf"\s*(?:,|\s[-–—|·•]|\s)\s*(?P<date>{_FULL_DATE})"
    rf"(?:\s*(?:[-–—,|·•]\s*)?(?:section\s+[A-Z0-9]{{1,3}},?\s*)?(?P<page2>{_PAGE_NO}))?$",
    re.IGNORECASE,
)
# The last word of a newspaper's name
# (the Japanese and Korean words for a newspaper, as the papers' English editions print their
# names in Latin letters: "The Asahi Shimbun", "Ryukyu Shimpo", "The Chosun Ilbo", "Kyunghyang
# Shinmun")
_PAPER_WORDS = frozenset(
    """times post news herald tribune journal gazette sentinel chronicle examiner globe star
    register courier inquirer dispatch press bee observer record telegraph guardian
    independent standard mail express ledger enquirer republic republican democrat citizen
    leader eagle daily monitor reporter bulletin review statesman advertiser argus mirror sun
    age mercury transcript union constitution appeal banner beacon call commercial intelligencer
    item pioneer plain dealer picayune oregonian tennessean times-picayune free-press paper
    zeitung courant crier
    news-journal post-dispatch post-gazette star-tribune echo gleaner voice rundschau anzeiger
    tagblatt allgemeine kurier nachrichten krant courrier nouvelles quotidien corriere gazzetta
    giornale diario periódico periodico jornal folha gazeta tidende tidning posten avisen
    magazine weekly monthly quarterly traveller traveler spectator
    shimbun shimpo ilbo shinmun""".split()
)
# Papers' last words that are also a person's role ("The Quiet Reformer", "The Reluctant
# Informer" head profiles): a paper's only after its place ("The Washington Informer",
# "The Lakeshore Informer"), in is_paper_name.
_PLACED_PAPER_WORDS = frozenset({"informer", "reformer", "clarion"})
_PRINT_BUTTON = re.compile(
    r"\[\s*(?:print|close|close\s+window|print\s+(?:this\s+)?(?:page|article|version)|e-?mail|"
    r"send|comments?|feedback|back|top)\s*\]",
    re.IGNORECASE,
)
_TRANSCRIPT = re.compile(
    r"^(?:return\s+to\s+transcripts\s+main\s+page|"
    r"this\s+is\s+a\s+rush\s+transcript\b.{0,160})$",
    re.IGNORECASE,
)
_AGE_NOTICE = re.compile(
    r"^this\s+(?:was|article\s+was|story\s+was)\s+published\s+(?:\d+|an?|one)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\.?$|"
    r"^this\s+(?:article|story)\s+is\s+more\s+than\s+(?:\d+|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\s+(?:months?|years?)\s+old\.?$",
    re.IGNORECASE,
)
# Link buttons that each end in an arrow: "Browse this newspaper » Browse all newspapers »",
# "More from Politics ›".
_ARROW_LINKS = re.compile(r"^(?:[^»›«‹]{2,40}?\s*[»›]\s*){1,4}$")  # no «quotation»
# A section's path as a breadcrumb, each crumb one to three capitalised words joined by an
# arrow ("States » North", "World › Asia Pacific"): the page's place in its site. A crumb with
# lower-case words may be the headline itself ("Home » Floods kill 12"), read elsewhere.
# (a feed's title as a reader app prints its path names the paper's town in brackets after
# it: "Daily Gazette (Schenectady) » Local News", "The Star (Malaysia) › Nation")
_CRUMB = r"[A-Z][\w&'.-]*(?: (?:&|[A-Z][\w&'.-]*)){0,2}(?: \([A-Z][\w.' -]{1,30}\))?"
_SECTION_CRUMBS = re.compile(rf"^{_CRUMB}(?: [»›] {_CRUMB}){{1,4}}$")
# A breadcrumb from the site's home that ends on its separator, the page's own crumb left
# empty or unprinted ("Home / News / item /", "Home > Newsroom > Press Releases >"): whatever
# case its crumbs are in, no headline ends on a bare slash or arrow.
_OPEN_CRUMBS = re.compile(r"^Home(?:\s*[/>»›|]\s*[^/>»›|]{1,40}){1,5}\s*[/>»›|]$", re.IGNORECASE)
# An agency's keyword slug over its story, capitals and figures joined by hyphens, three parts
# or more ("HP-RAIN-ROADS", "IND-POLL-RESULTS"): the desk's name for the story, no headline
# ("COVID-19", "F-35": two parts, a word).
_KEYWORD_SLUG = re.compile(r"^[A-Z][A-Z0-9]+(?:-[A-Z0-9]{2,}){2,5}$")
# "This article is part of the USA TODAY Network": a syndication network's notice.
_NETWORK_NOTICE = re.compile(
    r"^this\s+(?:article|story|content)\s+is\s+(?:a\s+)?part\s+of\s+(?:the\s+)?\S.{0,60}$"
    # under the site's logo, the notice's tail alone: "part of the USA TODAY Network"
    r"|^(?:a\s+)?part\s+of\s+the\s+\S.{0,40}\s(?i:network|group|family)$",
    re.IGNORECASE,
)
# A network's or a desk's note that the piece is opinion, printed over its headline (the USA
# TODAY Network's papers: "This article is an opinion piece. It does not reflect the views of
# The Tennessean's editorial board."; "This is an opinion column.", "The views expressed in
# this column are the writer's own."): the page's label for the story, in sentences, never its
# headline nor a paragraph. A story's own sentence does not call itself "this article".
_OPINION_NOTICE = re.compile(
    r"^this\s+(?:article|story|piece|column|content|essay)?\s*is\s+(?:an?\s+)?"
    r"(?:opinion|commentary|guest\s+opinion|op-?ed|analysis|editorial)\s*"
    r"(?:piece|column|article|essay|content)?\s*\.(?:\s+(?:it|the\s+views?|opinions?)\s.{0,160})?$"
    r"|^the\s+(?:views?|opinions?)\s+expressed\s+(?:in\s+this\s+(?:article|story|piece|column|"
    r"essay|commentary)\s+)?(?:are|is)\s+(?:those\s+of\s+the\s+(?:author|writer)s?|the\s+"
    r"(?:author|writer)['’]s?\s+own)\b.{0,160}$",
    re.IGNORECASE,
)
# A site's logo as its text: one word in lower case with the logo's full stop ("azcentral.",
# "stuff."). Only as a page's first line: in a narrow column a sentence's last word stands
# alone the same way ("dock.").
_LOGO_WORD = re.compile(r"^[a-z][a-z0-9]{2,20}\.$")


def is_logo_word(line: str) -> bool:
    """A site's logo as text ("azcentral."), when the line is the page's first."""
    return _LOGO_WORD.match(line) is not None


# An archive's label with the year ("Archives | 1987", "From the archive / 1962").
# (the archive's label alone too, as a paper's archive page prints it under the paper's name:
# "The New York Times" / "Archives" / the headline)
_ARCHIVE_YEAR = re.compile(
    r"^(?:(?:(?:the\s+)?archives?|from\s+the\s+archives?|on\s+this\s+day)\s*[|/:–—-]?\s*"
    r"(?:1[89]|20)\d\d|Archives)$",
    re.IGNORECASE,
)
# A press release's label, with the issuer before it: "European Commission - Press release",
# "Press Release", "NEWS RELEASE", "Media release | Ministry of Health".
_RELEASE_LABEL = re.compile(
    # "Joint media release": two ministers' or bodies' release; "Press release •": the bullet
    # that parted the label from the date beside it, left at the line's end
    r"^(?:[^|:–—-]{2,60}\s[|:–—-]\s*)?(?:joint\s+)?(?:press|news|media)\s+(?:release|statement)s?"
    r"(?:\s*[|:•·–—-]\s*[^|:•·–—-]{2,60}|\s*[|•·])?$"
    # a portal's label of a distributed release with its issuer beside it ("Press Release
    # Source: Pacifica Biosystems Inc.", Yahoo! Finance)
    r"|^(?:press|news)\s+release\s+source\s*:\s*[A-Z][^|:!?]{1,60}$"
    # "Joint media release with:" over the second minister's styled name and office
    r"|^joint\s+(?:press|news|media)\s+(?:release|statement)\s+with\s*:?$"
    # the issuer named after the label ("Press release from Westmoor University", "News
    # release issued by the Ministry of Health"): a name, no sentence's stop; "from" or
    # "by" small or the label in capitals ("Press Release From Downing Street Angers
    # Unions" is a Title Case headline, its verb among the name's capitalised words)
    r"|^(?:press|news|media)\s+(?:release|statement)\s+(?:issued\s+)?(?-i:from|by|FROM|BY)\s+"
    r"(?:the\s+)?(?-i:[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|on|de|&|[A-Z][\w&'’.-]*)){0,8})$"
    # EIN Presswire's label with the channels the release went out on ("Press release |
    # Distribution channels: Agriculture, Farming & Forestry Industry, Environment")
    r"|^(?:press|news)\s+release\s*[|•·]\s*distribution\s+channels?\s*:.{0,200}$"
    # the label with the release's number or its date after it ("NEWS RELEASE 24-031", "NEWS
    # RELEASE 14-MAY-2024"), and the embargo's label ("FOR IMMEDIATE RELEASE: 02/27/2024"):
    # a number or a date holds no word a headline goes on with
    r"|^(?:(?:press|news|media)\s+release|for\s+immediate\s+release)\s*[:#–—-]?\s*"
    r"(?:no\.\s*)?(?=[^\s]*\d)[\w./-]{1,14}$"
    # the date after the embargo's label month first or day first, perhaps after its weekday
    # ("FOR IMMEDIATE RELEASE Tuesday, March 3, 2024", "For Immediate Release: 27 February 2024")
    r"|^for\s+immediate\s+release\s*[:.–—-]?\s*(?:(?:[a-z]{3,9},?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))?$",
    re.IGNORECASE,
)
# A release's embargo, alone on its line: "EMBARGOED UNTIL 00:01 GMT, TUESDAY 9 JULY 2024",
# "Embargoed: 00:01 BST 4 June 2024", "EMBARGO: not for publication before 10:00 CET", "Under
# embargo until 12 March 2024, 09:00" (a time or a day's date in it, never a sentence's stop:
# a year alone is a headline's, "Embargo: EU bans Russian LNG imports from 2027").
_EMBARGO_WHEN = (
    r"(?=[^.!?]*(?:\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"\d{1,2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b))"
)
# What a labelled embargo ("EMBARGO:", "Under embargo -") goes on with: its time or date, a
# weekday, or the words of its terms ("not for publication before ...", "until ...", "strictly
# ..."). A headline's clause goes on with its subject ("Embargo: EU to ban Russian LNG
# shipments from 18 March", "Under embargo: Cuban rum makers eye US market from 1 June"), a
# day's date further on.
_EMBARGO_TERMS = (
    r"(?=\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\.?\s+\d|(?:until|till|to|before|not|no|strictly|for|embargoed|midnight|"
    r"noon)\b)"
)
_EMBARGO = re.compile(
    r"^(?:(?:embargoed|under\s+(?:strict\s+)?embargo)\s+(?:until|till|to)\b\s*:?"
    r"|(?:embargoed|embargo|under\s+(?:strict\s+)?embargo)\s*[:–—-]\s*"
    + _EMBARGO_TERMS
    + r"|embargoed(?=\s+\d))"
    r"\s*" + _EMBARGO_WHEN + r"[^!?]{3,90}$",
    re.IGNORECASE,
)

# A release's header field over its title, as agencies' and companies' releases print their
# release block: "For Release: Immediately", "Release Date: October 28, 2024", "Date: 28
# October 2024", "Contact: Maria Delgado, (512) 555-0143", "Media Contact: Jo Park,
# jpark@agency.gov". The contact's value holds a telephone number or an e-mail address and the
# date's a full date, which no headline's label ("Update: ...", "Contact: The film that ...")
# goes on with.
_RELEASE_FIELD = re.compile(
    r"^for\s+release\s*:\s*(?:immediately|immediate|upon\s+receipt|(?=.*\d)[^.!?]{4,60})$"
    rf"|^(?:release\s+)?date\s*:\s*{_FULL_DATE}(?:[,\s]+\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?$"
    r"|^(?:(?:media|press|news|public)\s+)?(?:contacts?|inquiries|enquiries)\s*:\s*"
    r"(?=[^!?]*(?:@[\w-]+\.[\w.]+|\d{3}[\s.)-]*\d{3,4}))[^!?]{4,140}$",
    re.IGNORECASE,
)

# The release's time alone is page furniture wherever it stands; its contact and its date are
# only over the title (roles.py): a page's foot prints the contact under the story too
# ("Contact: editor@paper.example"), and a database's record its "Date:" among its fields.
_RELEASE_TIME_FIELD = re.compile(r"^for\s+release\s*:", re.IGNORECASE)


def is_release_field(line: str) -> bool:
    """A release's header field: its release time, its date or its contact (_RELEASE_FIELD)."""
    return len(line) <= 160 and _RELEASE_FIELD.match(line) is not None


# A street address's street, as a letterhead prints it: the house's number, a few capitalised
# words, the street's kind ("225 Fifth Street", "1 Market St., Suite 300"), or a post box.
_STREET = (
    r"(?:\d{1,6}[A-Z]?(?:-\d{1,5})?\s+(?:[A-Z0-9][\w.'’-]*\s+){1,4}(?:Street|St\.?|Avenue|Ave\.?"
    r"|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Square"
    r"|Plaza|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Circle|Row|Crescent|Close|Gardens)"
    r"(?:,?\s+(?:Suite|Ste\.?|Floor|Room|Unit)\s+\w{1,5})?"
    r"|(?:P\.?\s?O\.?\s+Box|Post\s+Office\s+Box)\s+\d{1,6})"
)
# The postcode closing it, after the town (and the state): a US ZIP code, a British or a
# Canadian postcode; a country's name may follow.
_POSTCODE = (
    r"(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
    r"(?:,?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
)
_POSTAL_ADDRESS = re.compile(rf"^{_STREET}(?:,|\s)\s*[A-Z][^!?;:]{{1,60}}?[,\s]\s*{_POSTCODE}$")


def is_postal_address(line: str) -> bool:
    """`225 Fifth Street  Springfield, Oregon 97477`: an issuer's postal address, as a
    council's, an agency's or a company's letterhead prints it over its release (and its
    contact block under it): a street with its house number (or a post box), the town, and a
    postcode closing the line. No headline is an address with its postcode."""
    return len(line) <= 120 and _POSTAL_ADDRESS.match(line) is not None


def is_embargo_line(line: str) -> bool:
    """A release's embargo alone on its line (_EMBARGO above)."""
    return bool(_EMBARGO.match(line)) and not line.endswith(".")


def title_under_release_label(lines: list[str], i: int) -> int | None:
    """The release's title when line `i` stands right over a release's label alone
    ("MÉDECINS SANS FRONTIÈRES" / "PRESS RELEASE"; GOV.UK's crumbs over "Press release"):
    the first line of text under the label, past an embargo's line or a date stamp, when it
    has a headline's shape. None otherwise."""
    from archiver.extract.page import is_date_stamp
    from archiver.extract.roles import looks_like_headline

    text = [k for k in range(i + 1, min(len(lines), i + 12)) if lines[k]]
    if not text or not _RELEASE_LABEL.match(lines[text[0]]):
        return None
    for n, k in enumerate(text[1:4], 1):
        if is_embargo_line(lines[k]) or is_date_stamp(lines[k]):
            continue  # "EMBARGOED UNTIL 00:01 GMT ..." between the label and the title
        if not looks_like_headline(lines[k]):
            return None
        if not is_issuer_field(lines[k]):
            return k
        # "From Department of Housing, Local Government and Heritage" / "Published on" / "25
        # February 2025" / "Last updated on" / ... / the title (gov.ie's and GOV.UK's
        # header): the issuing body and the stamps' labels under the label, over the title;
        # when no title follows them the line stands as before
        for t in text[n + 1 : n + 1 + _ISSUER_FIELDS]:
            if is_embargo_line(lines[t]) or is_date_stamp(lines[t]) or is_issuer_field(lines[t]):
                continue
            return t if looks_like_headline(lines[t]) else k
        return k
    return None


# How many lines of a release's header (its issuer, its stamps and their labels) may stand
# between its "From" line and its title.
_ISSUER_FIELDS = 7
# "From Department of Housing", "From: HM Treasury": the issuing body after "From"; and a
# stamp's label alone, its date on the next line ("Published on", "Last updated on").
_FROM_ISSUER = re.compile(r"^From:?\s+(?P<body>[A-Z][^:]{2,120})$")
_STAMP_LABEL = re.compile(
    r"^(?:(?:first\s+)?published|(?:last\s+)?updated|posted|released|issued)(?:\s+on)?\s*:?$",
    re.IGNORECASE,
)


def is_issuer_field(line: str) -> bool:
    """A release header's "From" line naming the issuing body in Title Case, or a stamp's
    label alone over its date."""
    from archiver.extract.page import _title_cased

    if _STAMP_LABEL.match(line.strip()):
        return True
    found = _FROM_ISSUER.match(line.strip())
    return found is not None and _title_cased(found.group("body").replace(",", " ").split())


# The print page a story ran on, alone on its line, as e-edition services (PressReader) print
# it under the paper's name and the issue's date: "Page 3", "Page A1", "PAGE 12", "Pg. B4".
_PRINT_PAGE = re.compile(r"^(?:(?i:page)|Pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?$")


def is_print_page(line: str) -> bool:
    """The print page a story ran on alone on its line ("Page A3", "Pg. B4")."""
    return _PRINT_PAGE.match(line.strip()) is not None


# A document's reference number alone on its line: "IP/09/412", "MEMO/24/1187"; or under its
# label, as councils' and agencies' releases print it in their header ("Ref: PR02/031", "Our
# ref: 2024/117", "Release No. 24-031"): a code with a figure, no word a headline goes on with.
_REFERENCE_NO = re.compile(
    r"^(?:[A-Z]{1,8}/\d{2,4}/\d{1,6}"
    r"|(?i:(?:our\s+)?ref(?:erence)?|(?:press\s+|news\s+)?release\s+no|ref\.?\s+no)\.?\s*[:#]?\s*"
    r"(?=\S*\d)[A-Z0-9][\w./-]{1,20})$"
)
# The story's version as the desk names it: a new lead or a write-through and its number
# ("1st Ld-Writethru", "1stLd-Writethru", "3rd Writethru", "Writethru 2"), a budget take, an
# advance, an add, a correction (AP, UPI and CP print them the same way; feeds in capitals too).
_VERSION = (
    r"(?i:\d{1,2}(?:st|nd|rd|th)\s?(?:Ld|Lead|Add|Sub|Writethru|Take)(?:-Writethru)?"
    r"|Ld-Writethru|Writethru(?:\s\d{1,2})?|Advisory|Correction|Clarification|Bjt|Adv\d\d|"
    # the alert's precedence AP's feed names its first take by ("BC-US--Ohio-Vouchers,
    # Bulletin", "..., APNewsAlert", "..., Flash")
    r"Urgent|Bulletin|Flash|APNewsAlert|Takes?\s+\d)"
)
# The code an Indian agency's slug opens its keyword with: the desk's (SC the Supreme Court,
# HC a High Court, PAR Parliament, BIZ or BUS business, SPO sports, FGN foreign, LGL legal,
# LD and ADD a new lead or an add) or the state's two letters ("MH" Maharashtra, "WB" West
# Bengal).
_DESK_CODE = (
    r"(?:SC|HC|PAR|BIZ|BUS|SPO|FGN|LGL|LD\d?|ADD\d?|AP|AR|AS|BR|CG|GA|GJ|HR|HP|JK|JH|KA|KL|MP|MH|MN|ML|MZ|NL|"
    r"OD|PB|RJ|SK|TN|TS|TR|UP|UK|WB|DL)"
)
# A wire story's slug line as the agency's feed delivers it: the cycle ("AM", "PM", "BC") and
# the keyword joined by hyphens, then comma-set parts: the version ("1st Ld-Writethru", "Bjt",
# "Adv12"), the story's number ("a0412") and its length in words ("0678"). It names the story
# for the desk; the headline is printed under it. A headline never opens with "AM-" glued to a
# capitalised word, and the line must also hold a story number or a word count.
# Without a number, the version itself names a feed's slug: "BC-Retail Sales, 2nd
# Ld-Writethru", "AM-Budget Vote, Advisory" (the keyword may hold spaces then).
_WIRE_SLUG = re.compile(
    r"^(?:AM|PM|BC|AP)-[A-Z][\w&'.]*(?:-{1,2}[\w&'.]+)*"
    r"(?=.*,\s*(?:[a-z]\d{3,5}|\d{3,5})\s*(?:,|$))(?:,\s*[^,]{1,30}){1,5}$"
    # the agency's own code opens the keyword as well as the cycle: "CP-Wildfire-Fort
    # McMurray, 3rd Writethru" (The Canadian Press)
    rf"|^(?:AM|PM|BC|AP|[A-Z]{{2,4}}(?=-[A-Z]))-[A-Z][\w&'.]*(?:(?:-{{1,2}}| )[\w&'.]+){{0,5}},\s*"
    rf"{_VERSION}(?:,\s*[^,]{{1,30}}){{0,3}}$"
    # the selector line without its priority and category letters, as UPI's and AP's
    # printers set it: the keyword, the version, the date and the word count ("BC-BUDGET
    # 1stLd-Writethru 01-05 0389"); the date and the count both, so no headline
    rf"|^(?:[a-z](?: [a-z]){{1,2}} )?[A-Z]{{2,4}}-[A-Z][\w&'.]*(?:-{{1,2}}[\w&'.]+)*"
    rf"(?: {_VERSION})? (?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]) \d{{3,5}}$"
    # AP's keyword alone: the cycle, the category and a double hyphen before the story's
    # words ("BC-CB--Puerto-Rico-Power", "BC-US--Puerto Rico-Power"); a headline never opens
    # with a code and two hyphens ("AM-Quake-Freeway" alone stays: it could be a title); the
    # story's length in words may follow after a comma ("BC-US--Flood Relief,604")
    r"|^(?:AM|PM|BC|AP)-[A-Z]{1,4}--[A-Z][\w&'.]*(?:[- ][\w&'.]+){0,6}(?:,\s?\d{3,5})?$"
    # a state wire's keyword with the state's postal code for the cycle and category ("MI--
    # Severe Weather", "TX--Border Wall,1st Ld-Writethru", "OH--Plant Explosion,0412"): two
    # capitals and two hyphens, then a few capitalised words and no more; a dateline's two
    # hyphens ("LA--Police said ...") have the story's sentence after them
    rf"|^[A-Z]{{2}}--[A-Z][\w&'.]*(?:[- ][A-Z0-9][\w&'.]*){{0,4}}"
    rf"(?:,\s?(?:{_VERSION}|\d{{3,5}}))?$"
    # the keyword with the category glued by one hyphen and no blank at all, as AP's API
    # names a story ("AP-US-Ohio-Plant-Explosion", "BC-EU-Spain-Wildfires"): the cycle, a
    # category of capitals and two words more, one unbroken word no headline prints
    r"|^(?:AM|PM|BC|AP)-[A-Z]{2,4}-[A-Z][\w&'.]*(?:-[\w&'.]+){1,6}$"
    # a syndicate's keyword in capitals, glued by hyphens with no blank, its service's code
    # often last ("BC-NATION-BRIEFS-GNS", "BC-OBIT-SMITH-NYT", "AM-STORM-LADN"): the cycle and
    # two hyphens more in one word of capitals, which no headline prints
    r"|^(?:AM|PM|BC)-[A-Z][A-Z0-9&'.]*(?:-[A-Z0-9&'.]+){2,7}$"
    # AFP's keyword line: the story's words joined by hyphens, then its kind in capitals after
    # a comma with no space ("France-politics-vote,LEAD", "Sahel-food-drought,FOCUS"); no
    # headline glues a capitalised desk word to a comma
    r"|^[A-Z][\w'.]*(?:-[\w'.]+){1,8},(?:LEAD|FOCUS|ADVISORY|PROFILE|WRAPUP|ANALYSIS|FEATURE|"
    r"INTERVIEW|URGENT|FACTBOX|CHRONOLOGY|GRAPHIC|PREVIEW|REVIEW|UPDATE|CORRECTION)"
    r"(?:,\s?[\w-]{1,20}){0,2}$"
    # the same keyword with the version in the desk's words after a comma ("Politics-Peru-
    # Congress, 1st lead", "Spain-fire-toll, 2nd lead"): three words glued by hyphens, no
    # blank, then a lead's or a write-through's number, which no headline's comma sets
    rf"|^[A-Z][\w'.]*(?:-[\w'.]+){{2,8}},\s?{_VERSION}(?:,\s?[\w-]{{1,20}}){{0,2}}$"
    # Reuters' topic slug in capitals, its words glued by a hyphen and a slash with no space,
    # perhaps with the version in brackets ("USA-STORM/FLORIDA (UPDATE 2)", "HEALTH-
    # CORONAVIRUS/CHINA"): a headline in capitals has spaces ("METALS/COPPER SUPPLY")
    r"|^[A-Z]{2,}(?=[A-Z0-9/-]*-)(?=[A-Z0-9/-]*/)(?:[-/][A-Z0-9]{2,}){2,6}"
    r"(?:\s\((?:UPDATE\s\d{1,2}|URGENT|REFILE|RPT|CORRECTED|WRAPUP\s\d{1,2}|EXCLUSIVE)\))?$"
    # an Indian agency's teleprinter slug (PTI, UNI): the city desk's three letters and the
    # take's number glued ("DEL45", "BOM12", "LGD7"), then the keyword in capitals, its first
    # word a desk's or a state's code joined by a hyphen ("DEL45 SC-LD ELECTORAL BONDS",
    # "BOM12 MH-RAINS") or the lead's or add's mark alone ("CAL3 LD FLOODS"). A headline in
    # capitals that opens with a name and a number has ordinary words after it, hyphenated
    # or not ("COP28 LOSS-AND-DAMAGE FUND AGREED", "UFC300 CO-MAIN EVENT SET")
    rf"|^[A-Z]{{3}}\d{{1,3}}\s(?:{_DESK_CODE}(?:-[A-Z0-9]{{2,}})+|(?:LD|ADD)\d?)"
    r"(?:\s[A-Z0-9][A-Z0-9&'-]*){0,5}$"
)


def is_wire_slug(line: str) -> bool:
    """A wire story's slug line (see above): "BC-US--Ohio-Vouchers, Bulletin"."""
    return _WIRE_SLUG.match(line.strip()) is not None


# The agency's note to its editors, bare or in brackets: "Eds: UPDATES with comments from
# fire chief", "(Eds: adds comment in paragraphs 5-6)", "EDITORS: Embargoed until 0001 GMT".
# No headline and no story paragraph opens with the label "Eds:" ("Editor's note:" stays:
# pages print that over their own stories' text). In brackets the label may be "ATTN" alone,
# as Yonhap prints its note under the headline ("(ATTN: UPDATES with details in paras 3-6)").
_EDS_LABEL = r"(?:Eds|EDS|Editors|EDITORS)(?:\s+(?i:note))?|(?:ATTN|Attn|ATTENTION|Attention)\s+(?i:editors?)"
_EDS_NOTE = re.compile(
    rf"^(?:\((?:{_EDS_LABEL}|ATTN)\s*:\s*\S.*\)|(?:{_EDS_LABEL})\s*:\s*\S.*"
    # the agency's advisory to its clients over a story, its label in capitals and its note
    # in running case ("ADVISORY: Correcting spelling of name in para 4", "NOTE TO EDITORS:
    # Embargoed until 2300 GMT", "SERVICE NOTE: Moves on the sports wire"); a headline in
    # capitals holds no lower-case word after the label, and "Advisory: ..." in running case
    # stays a headline's word
    r"|(?:ADVISORY|EDITORIAL ADVISORY|NOTE TO EDITORS|SERVICE (?:NOTE|ADVISORY))\s*:\s*"
    r"(?=.*[a-z])\S.*)$"
)
# An agency's name spelt out over its story with its code in brackets, its masthead: "AFRICAN
# NEWS AGENCY (ANA)", "Australian Associated Press (AAP)" (both names known wires).
_AGENCY_MASTHEAD = re.compile(r"^(?P<name>[^()]{3,50}?)\s*\((?P<code>[A-Za-z]{2,8})\)$")


# ... or its code first and its name after a dash, as its own site heads its pages: "TASR -
# News Agency of the Slovak Republic", "BTA - Bulgarian News Agency".
_AGENCY_DASH_MASTHEAD = re.compile(r"^(?P<code>[A-Za-z]{2,8})\s[-–—]\s(?P<name>[^()]{3,60})$")
# ... or its name first and its code after the dash: "Emirates News Agency - WAM" (WAM's pages).
_AGENCY_NAME_DASH_CODE = re.compile(r"^(?P<name>[^()]{3,60}?)\s[-–—]\s(?P<code>[A-Za-z]{2,8})$")


def _agency_masthead(line: str) -> bool:
    from archiver.extract.agencies import is_wire_source, names_agency
    from archiver.extract.masthead import without_edition

    # "NTB - Norwegian News Agency (English service)": the service the wire's feed names
    # after its masthead, in brackets, is no part of the name
    line = without_edition(line)
    m = (
        _AGENCY_MASTHEAD.match(line)
        or _AGENCY_DASH_MASTHEAD.match(line)
        or _AGENCY_NAME_DASH_CODE.match(line)
    )
    # "Bangladesh Sangbad Sangstha (BSS)": the name spelt out by its initials; "Emirates News
    # Agency (WAM)": words that name a news agency
    return bool(
        m and is_wire_source(m.group("code")) and names_agency(m.group("name"), m.group("code"))
    )


# An image's placeholder in a text dump: "[image]", "[IMG]", "[photo]"; an empty search box.
_IMAGE_MARK = re.compile(
    r"^\[\s*(?:image|img|photo|picture|graphic|video)\s*\]$"
    # a search box as a text browser draws it: "[          ] Search", "[_____] Go"
    r"|^\[[\s_]*\]\s*(?:search|go|submit)?$",
    re.IGNORECASE,
)
# A feed reader's subscription with its count of unread items: "RFE/RL - Central Asia (42)".
_FEED_COUNT = re.compile(r"^[^()]{2,60}\s\(\d{1,5}\)$")
# A feed's or a list's name has this many lower-case words at most ("Related pictures (1)");
# a headline with its take's number ("Tajani clash over budget tax on banks (2)") has more.
_FEED_NAME_LOWER = 2


def _feed_name(line: str) -> bool:
    """The name before a count in brackets is a feed's or a list's, not a headline's."""
    words = line.rsplit("(", 1)[0].split()[1:]
    return sum(w[:1].islower() and len(w) >= 3 for w in words) < _FEED_NAME_LOWER


# A feed reader's count of unread items, on a line of its own or after its list's name:
# "All articles · 24 unread", "Todos los artículos · 24 sin leer", "12 non lus".
_UNREAD_COUNT = re.compile(
    r"^(?:[^·|•]{2,40}\s[·|•]\s)?\d{1,5}\s+(?i:unread|new\s+items|sin\s+leer|no\s+leídos|"
    r"non\s+lus|ungelesen|ungelesene|non\s+letti|não\s+lidos|ongelezen|olästa|ulæste)$"
)
# A feed reader's line under an item's title: the feed's name and the item's age ("Kieler
# Nachrichten · vor 2 Std.", "Prensa Latina · hace 3 h", "Feeder · 6 h", "BBC News · 2 hours
# ago", "Le Monde · il y a 5 min").
_FEED_SOURCE_AGE = re.compile(
    # a byline's label opens no feed's name: "Story by Jane Roe, KFF Health News • 3d" is the
    # writer's line with the portal's age of the story (MSN, Yahoo), no feed reader's
    r"^(?!(?i:(?:story|written|words|reported|article)\s+)?(?i:by)\s)"
    r"[^·•|]{2,50}\s[·•]\s(?i:(?:vor|hace|il\s+y\s+a|há|fa)\s+)?\d{1,3}\s?"
    r"(?i:h|hrs?\.?|hours?|std\.?|stunden?|horas?|heures?|ore|min\.?|mins?|minutes?|minuten|"
    r"minutos|d|days?|tage?n?|días|jours?)(?i:\s+ago|\s+fa)?"
    # the item's tags after its age, as Inoreader sets them ("IANS English · 5h · kolkata
    # metro, transport")
    r"(?:\s[·•]\s[^·•|]{1,80})?$"
)
# A feed reader's feed title over its item with the item's age at the line's end, the title's
# outlet and section apart by a dash or a colon ("France 24 - International breaking news  4h",
# "Xinhua - China  1d"): the age is a number glued to h, d or w, which no headline ends on.
_FEED_TITLE_AGE = re.compile(
    rf"^(?!(?i:by)\s)[^·•|]{{2,50}}(?:\s[-–—]|:)\s[^·•|]{{2,50}}\s{FEED_AGE}$"
)
# Feedly's meta line under the item's title with no author: the site and the item's age
# after a slash ("KYODO NEWS / 2h", "UPI.com / 3h"); no photo's credit ends on an age.
_FEED_SITE_AGE = re.compile(rf"^(?!(?i:by)\s)[^/|·•]{{2,60}}\s/\s{FEED_AGE}$")
# A feed reader's own name alone over the item ("Inoreader", "Feedly") and its folder path
# ("All articles > India wire > IANS", "All items / Wires").
_READER_APP = re.compile(
    r"^(?:inoreader|feedly|newsblur|the\s+old\s+reader|feedbin|netnewswire|miniflux|freshrss|"
    r"tiny\s+tiny\s+rss|bazqux(?:\s+reader)?)$"
    r"|^all\s+(?:articles|items|feeds|stories)(?:\s*[>›»/]\s*[^>›»/]{1,40}){1,3}$"
    # Feedly's row over the item: its "Today" view, the feed's folder and "Saved for later"
    r"|^today\s.{2,60}\s(?:saved\s+for\s+later|read\s+later)$",
    re.IGNORECASE,
)
# A feed reader's buttons on the article: "☆ Star", "Mark as unread", "Send to".
_FEED_BUTTON = re.compile(
    r"^(?:[☆★]\s*star(?:red)?|mark\s+as\s+(?:un)?read|send\s+to|save\s+to\s+\w+)$", re.IGNORECASE
)
# A news feed's or a wire service's channel header in angle brackets, alone on its line, as
# feed readers and terminal captures print it ("<Energy Desk News>", "<Metals Wire>"): no
# headline is printed in angle brackets.
_CHANNEL_HEADER = re.compile(r"^<[A-Za-z][^<>]{1,60}>$")
# A row of bracketed links, as text browsers print a page's buttons ("[Home] [Politics]
# [Archive]", "[Top of page]  [Next story]"): two or more, and nothing else on the line.
_BRACKET_LINKS = re.compile(r"^(?:\[[^\[\]\d]{1,30}\]\s*){2,}$")
# The archivist's own note on the copy, in square brackets on a line of its own over the page:
# how and when it was taken ("[archived from Patch mobile site, 5 Mar 2025]", "[Captured
# 12 May 2024 from the app]", "[Screenshot transcribed by the desk]"). It opens on the taking's
# word; a headline's bracketed label ("[Video] ...", "[Updated]") has text after the bracket.
# The note is a phrase, no sentence: an editor's bracketed note in the story is one, closed on
# its stop ("[Copy of the mayor's letter, obtained by the Gazette, is below.]", "[Printed as
# submitted. Letters are edited only for length.]"), and "copy" alone opens the editor's.
_CAPTURE_NOTE = re.compile(
    r"^\[(?i:(?:page\s+)?(?:archived|captured|saved|scraped|copied|clipped|retrieved|"
    r"transcribed|accessed|downloaded|fetched|printed|screenshot|screen\s+capture|"
    r"capture|text\s+copied))\b(?![^\[\]]*[.!?]\s+[A-Z])[^\[\]]{0,100}(?<![.!?])\]$"
)
# An agency's feed as a client site reposts it, its header over the item: the feed's section
# and the agency's service apart by a middle dot, a bullet or a bar ("Saarbrücker regional-news
# in English · dpa international", "Asia-Pacific · AFP World", "Xinhua English | Business"). The
# service is a known wire's name with its service's word after it, which no byline prints
# ("Jane Roe · AFP" stays a writer with her agency) and no headline is cut like.
_FEED_SERVICE = re.compile(
    r"^(?P<agency>[A-Za-z][\w-]{1,15}(?:\s(?i:news))?)\s(?i:international|world|english|global|"
    r"wire|newswire|feed|service|news\s+service|world\s+service|english\s+service)$"
)
_FEED_HEADER_SPLIT = re.compile(r"\s[·•|]\s")


def _agency_feed_header(line: str) -> bool:
    from archiver.extract.agencies import is_wire_source

    parts = _FEED_HEADER_SPLIT.split(line)
    if len(parts) != 2 or not all(2 <= len(p) <= 60 for p in parts):
        return False
    for part in parts:
        m = _FEED_SERVICE.match(part.strip())
        if m and is_wire_source(m.group("agency")):
            return True
    return False


_MAX = 120


# The folio's parts other than its date, in whatever order the page prints them: its page
# ("A1", "4A", "A-18", "Page 3"), the paper's name and town ("THE DAILY NONPAREIL", "COUNCIL
# BLUFFS, IOWA", "Bloomington, Ill."), the section ("NATION/WORLD"), the site and the price
# ("NONPAREILONLINE.COM", "$1.00"); stars or dots printed beside them are ornaments.
# The folio's date alone: the weekday may stand before it or in a part of its own ("KOLKATA |
# THURSDAY | 4 JANUARY 2024"), and a front page's folio may print none.
_FOLIO_DATE = re.compile(_FULL_DATE, re.IGNORECASE)
# Every full date ends on its year, so a line with no year holds none: looked for first, the
# year spares the date's search, which tries each month's name in each language at every
# position of the line (0.3 ms a line of 80 characters, asked of thousands of lines).
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


# Every full date holds a month's name right before an optional stop and comma, spaces and a
# digit (the day or the year): the month names lowered (each is lower case and letters only),
# with "ı" read as "i" too, as IGNORECASE matches an ASCII "i" or "I" to the dotless "ı" (no
# other letter of theirs matches an ASCII one).
_MONTH_ENDS = tuple(
    sorted(
        {n for names in _MONTH_NAMES[:12] for n in names}
        | {n.replace("ı", "i") for names in _MONTH_NAMES[:12] for n in names}
    )
)
# A run of spaces before a digit, from its first space (the lookbehind keeps a long run of
# spaces from being tried again at each of its spaces).
_SPACES_THEN_DIGIT = re.compile(r"(?<!\s)\s+\d")
# What follows the month's name in _FULL_DATE's two forms: its day and year, or its year.
_DAY_YEAR_AFTER_MONTH = re.compile(
    r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[6-9]|20)\d\d", re.IGNORECASE
)
_YEAR_AFTER_MONTH = re.compile(r"\.?,?\s+(?:1[6-9]|20)\d\d")


def _may_hold_full_date(line: str) -> bool:
    """Whether a month's name (see _MONTH_ENDS) stands before some run of spaces and a digit;
    a line with a non-ASCII letter there is let through to the pattern. A year in a line of
    a caption's or a gallery's ("picture 1987", "Scene 2011") passes _YEAR, but the full
    date's pattern tries each month's name in each language at every position (0.3 to 0.9
    ms a line): this test spares it (pinned in tests/test_extract_fast_paths.py)."""
    for m in _SPACES_THEN_DIGIT.finditer(line):
        before = line[max(0, m.start() - 14) : m.start()]
        if not before.isascii():
            return True
        before = before.lower()
        tails = [before]
        if before.endswith(","):
            tails.append(before[:-1])
        tails += [t[:-1] for t in tails if t.endswith(".")]
        for tail in tails:
            if not tail.endswith(_MONTH_ENDS):
                continue
            # the month's name, then the day and the year ("Jan. 5, 2024"), or the day before
            # it and the year after it ("5 mai, 2020"): "Scene 1650" ends in "ene", January's
            # abbreviation, with only a year after it and no day before it
            at = m.start() - (len(before) - len(tail))
            if _DAY_YEAR_AFTER_MONTH.match(line, at) is not None:
                return True
            if _YEAR_AFTER_MONTH.match(line, at) is not None and any(
                _day_before(line, at - len(month)) for month in _MONTH_ENDS if tail.endswith(month)
            ):
                return True
    return False


def _day_before(line: str, at: int) -> bool:
    """A digit, then spaces, right before `at` (the "5 " of "5 mai, 2020")."""
    start = at
    while at > 0 and line[at - 1].isspace():
        at -= 1
    return start > at > 0 and line[at - 1].isdigit()


def _folio_date(line: str) -> re.Match[str] | None:
    """_FOLIO_DATE's first match in `line` (the year's test first: see _YEAR; then the month's:
    see _may_hold_full_date)."""
    if _YEAR.search(line) is None or not _may_hold_full_date(line):
        return None
    return _FOLIO_DATE.search(line)


# (a colon after the paper's name too: "THE TOLEDO BLADE: TOLEDO, OHIO, FRIDAY, OCTOBER 20,
# 1967  3", "THE OMAHA BEE: SATURDAY, NOVEMBER 19, 1921")
_FOLIO_SPLIT = re.compile(r"\s*[|·•]\s*|,\s*|:\s+|\s{2,}")
# A page's number with its section's letter or its label: "A1", "4A", "A-18", "Page 3".
# "PAGE SEVEN", "Page Twenty-Two": the page's number spelled out after its label, as older
# papers' folios print it (the label says it is a page's; no other part of a folio is a
# number in words).
_SPELLED_PAGE = (
    r"(?i:page\s+(?:(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))"
)
_LETTERED_PAGE_FORMS = rf"[A-Z]{{1,2}}-?\d{{1,3}}|\d{{1,3}}[A-Z]{{1,2}}|(?i:page|p\.)\s*[A-Z]?\d{{1,3}}|{_SPELLED_PAGE}"
_LETTERED_PAGE = re.compile(rf"^(?:{_LETTERED_PAGE_FORMS})$")
# ... or the bare number, alone in its part of the folio
_FOLIO_PAGE = re.compile(rf"^(?:{_LETTERED_PAGE_FORMS}|\d{{1,3}})$")
_FOLIO_NAME = re.compile(
    r"^(?:[A-Z][\w.&'’-]*|of|the|and|de|&)(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|de|&)){0,5}$"
)
# A weekday alone in a part of a folio's row ("KOLKATA | THURSDAY | 4 JANUARY 2024"): the
# issue's day, set apart from its date, which no headline and no byline prints by itself.
_WEEKDAY_ALONE = re.compile(rf"^{_WEEKDAY}$", re.IGNORECASE)
_FOLIO_OTHER = re.compile(
    r"^(?:\$\d{1,2}(?:\.\d\d)?|[A-Za-z][\w-]*\.(?i:com|net|org|co\.uk|com\.au)|"
    r"[A-Z]{2,}(?:/[A-Z]{2,})+)$"
)


# A section's name in capitals with the page's bare number, as a folio prints it ("NEWS 5",
# "6 CITY", "SPORT 12"): a section a menu lists, so no writer's name and no sentence.
_SECTION_PAGE = re.compile(r"^(?:(?P<a>[A-Z]{3,12})\s\d{1,3}|\d{1,3}\s(?P<b>[A-Z]{3,12}))$")


def _section_page(part: str) -> bool:
    """A folio's section with its page's number (see _SECTION_PAGE)."""
    from archiver.extract.masthead import MENU_WORDS

    m = _SECTION_PAGE.match(part)
    return m is not None and (m.group("a") or m.group("b")).lower() in MENU_WORDS


# What opens a byline's or a web page's stamp, never a folio's part.
_FOLIO_STAMP = re.compile(
    r"^(?i:by|story\s+by|written\s+by|words\s+by|published|updated|posted|last\s+updated|"
    r"modified|last\s+modified|printed|first\s+published)\b"
)


def _writer_name(part: str) -> bool:
    """A person's name where a folio has its paper's ("Jane Roe Monday, March 3, 2014 10",
    "KENJI ROE  Staff Writer  Thursday, June 5, 2014  3" are bylines with a date and a count):
    a name the byline grammar takes, that neither ends in a paper's word ("The Record",
    "Daily Nonpareil") nor is a place the gazetteer knows ("Council Bluffs", "Bloomington")."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.gazetteer import is_known_place

    words = part.split()
    if all(len(w.strip(".")) <= 2 for w in words):
        return False  # "W. Va", "D. C": a region's abbreviation, no whole word of a name
    if part.isupper() and len(words) >= 2 and is_known_place(words[-1].title()):
        # "DAWN KARACHI": the paper's name with its town after it, in the capitals of a
        # folio's row ("DAWN KARACHI MONDAY JANUARY 5 2009  15")
        return False
    last = words[-1].lower().strip(".,")
    if last in _PAPER_WORDS or last.rsplit("-", 1)[-1] in _PAPER_WORDS:
        return False
    return looks_like_name(part) and not is_known_place(part.title())


_NAMED_WEEKDAY = re.compile(rf"\b{_WEEKDAY}(?=[\s,])", re.IGNORECASE)


def _folio_parts(line: str) -> bool:
    """A folio read part by part around its date with the weekday ("A-18 SUNDAY, APRIL 13,
    2003 THE RECORD", "4A | Wednesday, January 14, 2026 | THE SPOKESMAN-REVIEW | NATION/WORLD",
    "THE PANTAGRAPH, Bloomington, Ill., Friday, January 16, 1987 A3"): every other part a
    page, a name in capitals or capitalised words, a site, a price or a section, with a page
    among them (or the paper's name in capitals and the parts set apart by bars)."""
    m = _folio_date(line)
    if m is None:
        return False
    # (stars and other ornaments printed between the parts: "FINANCIAL TIMES TUESDAY
    # SEPTEMBER 16 2008  ★  3")
    rest = re.sub(r"[*★☆◆◇■□●]", " ", f"{line[: m.start()]} | {line[m.end() :]}")
    paged = weekday = False
    names: list[str] = []
    for part in _FOLIO_SPLIT.split(rest):
        part = part.strip(" .-–—")
        if not part:
            continue
        words = part.split()
        if _FOLIO_STAMP.match(part):
            return False  # "By JANE ROE", "Published ...": a byline's or a page's stamp
        # a page printed before or after the name in the same part: "A1 THE DAILY NONPAREIL";
        # a page with its letter only ("11 AM", "12 Comments" are a time and a count)
        if len(words) > 1 and _LETTERED_PAGE.match(words[0]):
            paged, part = True, " ".join(words[1:])
        elif len(words) > 1 and _LETTERED_PAGE.match(words[-1]):
            paged, part = True, " ".join(words[:-1])
        if _FOLIO_PAGE.match(part) or _section_page(part):
            paged = True
        elif _FOLIO_OTHER.match(part):
            continue
        elif _WEEKDAY_ALONE.match(part):
            weekday = True  # in a part of its own: "KOLKATA | THURSDAY | 4 JANUARY 2024"
        elif _FOLIO_NAME.match(part) and not _writer_name(part):
            names.append(part)
        else:
            return False  # a word of a sentence, or a writer's name: a byline with its date
    if not names:
        return False
    # "THE HINDU • TUESDAY, MARCH 4, 2025": a bullet or a middle dot sets the parts apart as
    # a bar does when the paper's name and the weekday are set in capitals, as an e-paper's
    # running head prints them (a site's stamp, "Premium Times · Thursday, 22 May 2025",
    # sets the name as the site writes it)
    barred = "|" in line or (
        any(mark in line for mark in "•·")
        and all(n.isupper() for n in names)
        and (named := _NAMED_WEEKDAY.search(line)) is not None
        and named.group().isupper()
    )
    from archiver.extract.masthead import is_masthead

    # "JOHN ROE | Friday, May 2, 2014": a writer and his date; a paper's name ends in its word,
    # or is a masthead known by name ("THE HINDU", "DAWN")
    papers = any(
        (last := n.split()[-1].lower().strip(".,")) in _PAPER_WORDS
        or last.rsplit("-", 1)[-1] in _PAPER_WORDS
        or (n.isupper() and is_masthead(n))
        for n in names
    )
    if barred and weekday and not papers:
        from archiver.extract.gazetteer import is_known_place

        # "KOLKATA | THURSDAY | 4 JANUARY 2024": the paper's city, the weekday and the date
        # set apart by bars under its nameplate (The Statesman, Indian papers' e-editions); a
        # story's stamp with its place has no weekday ("Apr 9th 2021 | PUERTO MONTT")
        papers = all(is_known_place(n.title()) for n in names)
    return paged or (barred and papers)


# A page's folio as text taken from the page's PDF keeps it (an OCR'd or e-paper copy): the
# paper's name, the issue's weekday and date, and the page's number, set apart across the
# page's width by wide runs of spaces ("Business Day      Wednesday 17 April 2024      7").
_SPACED_FOLIO_GAP = re.compile(r" {3,}|\t+")
_WEEKDAY_DATE = re.compile(rf"{_WEEKDAY},?\s+{_FULL_DATE}", re.IGNORECASE)


def is_spaced_folio(raw: str) -> bool:
    """The RAW line (its spaces as written) is a folio set across the page: three parts
    between wide gaps, the weekday with the full date, the page's bare number, and the
    paper's name in capitalised words (the gaps, which no byline's or headline's words leave,
    are what tell the name from a writer's: _folio_parts has no such evidence)."""
    if "   " not in raw and "\t" not in raw:
        return False  # no gap to split at (most lines): one part, no folio
    parts = [p.strip() for p in _SPACED_FOLIO_GAP.split(raw.strip()) if p.strip()]
    if len(parts) != 3 or len(raw) > _MAX * 3:
        return False
    dates = [p for p in parts if _WEEKDAY_DATE.fullmatch(p)]
    pages = [p for p in parts if _FOLIO_PAGE.match(p)]
    names = [p for p in parts if _FOLIO_NAME.match(p) and not _FOLIO_STAMP.match(p)]
    return len(dates) == 1 and len(pages) == 1 and len(names) == 1


# An inside page's running head that prints the weekday alone, the page spelt out ("PAGE 2
# THE DAILY GLEANER WEDNESDAY", "Page 14 The Evening Courier Saturday"): the word "page" and
# a paper's name are what a headline does not carry.
_PAGE_NAME_WEEKDAY = re.compile(
    rf"^page\s+[A-Z]?\d{{1,3}}[A-Z]?\s+(?P<name>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}})"
    rf"\s+{_WEEKDAY}$",
    re.IGNORECASE,
)


def _page_name_weekday(line: str) -> bool:
    m = _PAGE_NAME_WEEKDAY.match(line)
    if m is None:
        return False
    last = m.group("name").split()[-1].lower().strip(".,")
    return last in _PAPER_WORDS or last.rsplit("-", 1)[-1] in _PAPER_WORDS


# The section's name in capitals after the folio's year ("... October 10, 2025 NEWS").
_HEAD_SECTION = re.compile(r"(?<=\d)\s+(?:[|•·]\s+)?(?P<word>[A-Z]{3,12})$")


def is_page_folio(line: str, foot: str) -> bool:
    """`4  THE NAMIBIAN  Friday 8 March 2024` over the page's text and again under it: a
    folio of the page's number, a name in capitalised words and the issue's full date that
    the text of a page printed whole repeats as its last line (on the far side of the row
    on an even page: the same words in another order). The repeat is what tells the name
    as a paper's when it ends in no word papers' names end in ("The Namibian", "Dawn")."""
    m = _RUNNING_HEAD.match(line)
    if m is None or not (m.group("page") or m.group("page2")) or not foot:
        return False
    return folio_again(line, foot)


def folio_again(line: str, foot: str) -> bool:
    """The page's foot repeats the folio's words, in any order (an even page sets them on the
    far side of the row)."""
    return sorted(line.split()) == sorted(foot.split())


def is_running_head(line: str) -> bool:
    """A newspaper page's running head: page number, paper's name and the issue's full date
    (or the weekday alone, after the page spelt out)."""
    if len(line) > _MAX * 2 or not any(map(str.isdigit, line)):
        return False
    if _page_name_weekday(line):
        return True
    from archiver.extract.masthead import MENU_WORDS

    if (
        (section := _HEAD_SECTION.search(line)) is not None
        and section.group("word").lower() in MENU_WORDS
        and is_running_head(line[: section.start()])
    ):
        # "4 THE NORTHERN ECHO Friday, October 10, 2025   NEWS": the page's section set at
        # the far end of its folio (a PDF's text keeps it on the folio's line); the folio
        # before it is the evidence
        return True
    line = line.rstrip(" *★")  # "..., MONDAY, JULY 27, 1953 * *": the page's ornaments
    if _folio_parts(line):
        return True
    if len(line) > _MAX or not any(map(str.isdigit, line[-6:])):
        return False
    m = _RUNNING_HEAD.match(line)
    if m is None:
        return False
    name = m.group("name").split()
    if name[0].lower() == "by":
        # "BY JANE ROE Richmond Times-Dispatch Oct 3, 2023": a byline run into the paper's
        # name and the page's date (Lee's BLOX pages), no folio
        return False
    paged = bool(m.group("page") or m.group("page2"))
    if not paged and ("·" in line or "•" in line):
        return False  # "Premium Times · 22 May 2025": a site's date stamp; a folio has its page
    if len(name) < 2 and not paged:
        return False  # "Sentinel, March 4, 1982": a name of one word needs its page
    last = name[-1].lower().strip(".,")
    if paged and len(name) >= 3 and name[-2].lower() == "of" and name[-3].lower() in _PAPER_WORDS:
        # "12 THE TIMES OF MALTA Saturday, June 5, 2021": a paper's word, "of" and its
        # country or city ("Times of India", "Star of Mysore"), with the page's number
        return True
    # "WORLD-HERALD", "Star-Ledger": a hyphenated name ends in a paper's word too
    return last in _PAPER_WORDS or last.rsplit("-", 1)[-1] in _PAPER_WORDS


# The front page's folio line under the paper's nameplate, which archive OCR keeps above the
# first headline: the issue's full date with its price or its volume and number, in any order
# ("FORTIETH YEAR ; BISMARCK, NORTH DAKOTA, SATURDAY, JANUARY 1, 1921 PRICE FIVE CENTS",
# "76th YEAR, No. 92  GRAND JUNCTION, COLORADO, FRIDAY, JANUARY 1, 1965  10 CENTS", "VOL. LXII.
# NO. 19,118. LONDON, MONDAY, MAY 6, 1912. PRICE ONE PENNY", "Vol. 3, No. 14 Sydney, Wednesday,
# 4 July 1923 Price 2d."). A story's sentence that names a price and a date has more than a
# couple of words in small letters; the folio only its place's.
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"\d{1,3}|[½¼¾]|\d[½¼¾])"
)
_FOLIO_PRICE = re.compile(
    rf"\b(?:price\s*:?\s*{_NUMBER_WORD}(?:\s+(?:cents?|pence|penny|pfennig|centimes))?"
    rf"|{_NUMBER_WORD}\s+(?:cents?|pence|penny|centimes)|\d{{1,3}}\s?¢|\d{{1,3}}(?-i:c)|\d{{1,2}}d\."
    r"|(?:one|two|three)\s+(?:half)?penn(?:y|ies))(?!\w)",
    re.IGNORECASE,
)
_ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)"
    r"tieth|(?:twen|thir|for|fif|six|seven|eigh|nine)ty[- ]?(?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth))"
)
_FOLIO_VOLUME = re.compile(
    rf"(?:\bvol(?:ume|\.)?\s*[ivxlc\d]+\b|\bno\.\s*\d[\d,]*\b|"
    rf"\b(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+year\b)",
    re.IGNORECASE,
)
_FOLIO_SMALL = frozenset("of and the de la".split())


def is_front_folio(line: str) -> bool:
    """The folio line under a front page's nameplate (see _FOLIO_PRICE): the issue's full date
    and its price or (in capitals) its volume and number, the rest the paper's town and stray
    marks."""
    if len(line) > _MAX * 2 or _folio_date(line) is None:
        return False
    if _FOLIO_PRICE.search(line) is None and (
        _FOLIO_VOLUME.search(line) is None or not line.isupper()
    ):
        # a volume and number without a price only in a printed folio's capitals ("Vol. 3, No.
        # 14, Friday, March 4, 2022" is also a newsletter's issue line under its title)
        return False
    small = [w for w in line.split() if w[:1].islower() and w.lower() not in _FOLIO_SMALL]
    return len(small) <= 1


# An e-edition's ear beside its nameplate, in capitals: the edition's name ("FINAL EDITION",
# "SUNDAY EDITION", "LATE CITY EDITION") with the issue's price or the paper's web address
# ("FINAL EDITION   $4.00   JSONLINE.COM"). A headline names an edition with neither.
_EDITION_NAME = re.compile(r"\b[A-Z][A-Z-]{2,12}(?: [A-Z][A-Z-]{2,12})? EDITION\b")
_EAR_PRICE = re.compile(r"(?:[$£€]\s?\d{1,2}(?:\.\d\d)?|\b\d{1,3}\s?¢)(?![\d,])")
_EAR_ADDRESS = re.compile(r"\b[A-Z0-9-]{2,40}\.(?:COM|NET|ORG|CO\.UK|COM\.AU|CA|IE|NZ)\b")
_EAR_CHARS = 80


def is_edition_ear(line: str) -> bool:
    """The line is an e-edition's ear (see _EDITION_NAME): in capitals, short, an edition's
    name with the issue's price or the paper's web address, page furniture over the story,
    and nothing else but the issue's date (_EAR_REST): "LIMITED EDITION NIKES RESELL FOR $90
    OVER RETAIL" is a headline in capitals with an edition and a price in its words."""
    text = line.strip()
    if not (
        len(text) <= _EAR_CHARS
        and text.isupper()
        and _EDITION_NAME.search(text) is not None
        and (_EAR_PRICE.search(text) is not None or _EAR_ADDRESS.search(text) is not None)
    ):
        return False
    rest = _EAR_ADDRESS.sub(" ", _EAR_PRICE.sub(" ", _EDITION_NAME.sub(" ", text, count=1)))
    return all(_EAR_REST.fullmatch(word) for word in re.findall(r"[A-Z]{2,}", rest))


# The words an ear holds beside its edition, price and address: the issue's date and number.
_EAR_REST = re.compile(
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?"
    r"|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?"
    r"|DEC(?:EMBER)?|VOL|NO|PRICE|ISSUE"
)


# A broadcaster's brand as a local station's site prints it over its pages: a North American
# call sign (K or W and two or three letters, "-TV"/"-DT" after it), or a network's name, with
# the station's channel number ("KING 5", "KARE 11", "WSB-TV", "WFAA", "FOX 13", "NBC 7",
# "ABC7"), then optionally "News" and the city or market it serves ("KING 5 Seattle", "NBC 5
# Chicago", "FOX 5 DC", "WCNC Charlotte").
_CALL_SIGN = r"[KW][A-Z]{2,3}(?:-(?:TV|DT|CD|LD))?"
_NETWORK = r"(?:ABC|NBC|CBS|FOX|Fox|CW|PBS|Telemundo|Univision)"
_STATION = re.compile(
    rf"^(?:(?P<sign>{_CALL_SIGN})(?:[ \t]?(?P<channel>\d{{1,2}}))?|{_NETWORK}[ \t]?\d{{1,2}})"
    # "KSL TV": the call sign with its "TV" set apart by a space rather than a hyphen
    r"(?:[ \t]+(?:News(?:[ \t]?Channel)?|NewsCenter|Now|(?P<tv>TV)))?"
    r"(?P<market>(?:[ \t]+[A-Z][\w.'’-]*){0,3})$"
)

# The brand as the station's site names itself (its og:site_name, which reader views print
# over the title): the brand and its market, the call sign in brackets after them ("ABC15
# Arizona in Phoenix (KNXV)", "KATU ABC2 Portland (KATU)"). Its first word is the brand's
# own (a network with its channel, a call sign): a headline's bracket ends in no call sign.
_STATION_SITE = re.compile(
    rf"^(?P<brand>{_NETWORK}[ \t]?\d{{1,2}}|{_CALL_SIGN}(?:[ \t]?\d{{1,2}})?)\b"
    rf"(?P<rest>[^()]{{0,40}}?)[ \t]*\({_CALL_SIGN}\)$"
)

# The brand as many stations print it by their logo: the call sign, then the market's own
# news, its name in the possessive ("KFOR Oklahoma's News 4", "WTAE Pittsburgh's Action News
# 4", "WPXI Pittsburgh's Channel 11"). The market must be a place the gazetteer knows.
_STATION_MARKETS_OWN = re.compile(
    rf"^{_CALL_SIGN}[ \t]+(?P<market>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){{0,2}})['’]s"
    r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:News|Channel)(?:[ \t]?\d{1,2})?$"
)


def is_station_name(line: str) -> bool:
    """A local broadcaster's brand alone on its line (see _STATION): a call sign of four
    letters, one with its "-TV" or its channel, or a network's name with the channel, and
    after it at most a market the gazetteer knows ("KING 5 Seattle"). A headline's capitals
    ("WHO warns of ...", "KEYS TO THE GAME") are none: a word of three letters needs its
    channel, and the words after the brand must name a place."""
    from archiver.extract.gazetteer import is_known_place, is_region

    text = line.strip()
    site = _STATION_SITE.match(text) if len(text) <= 60 else None
    if site is not None:
        rest, brand = site.group("rest"), site.group("brand")
        if len(brand) < 4:
            return False  # "WHO warns ... (WJW)": a word in capitals, no call sign
        return len(rest.split()) <= 5 and not re.search(r"[.!?:;,]", rest)
    own = _STATION_MARKETS_OWN.match(text) if len(text) <= 50 else None
    if own is not None:
        return is_known_place(own.group("market"))
    m = _STATION.match(text) if len(text) <= 40 else None
    if m is None:
        return False
    sign = m.group("sign")
    if (
        sign is not None
        and not m.group("channel")
        and not m.group("tv")
        and "-" not in sign
        and len(sign) < 4
    ):
        return False  # "WHO", "KEY": a word in capitals, no call sign without its channel
    market = m.group("market").strip()
    if not market:
        return True
    # a market's code in capitals ("DC"); a short word in title case ("Act") is no market
    return (len(market) > 3 or market.isupper()) and (
        is_known_place(market) or (market.isupper() and is_region(market))
    )


# A frequency on the FM band ("91.5", "88.9"); a station's row of transmitters prints it with the
# towns they serve.
_FM = r"(?:8[89]|9\d|10[0-7])\.\d"
_FM_FREQUENCY = re.compile(rf"^{_FM}$")
# A row of a station's frequencies and their towns holds two frequencies at least
# ("91.5 Chapel Hill 88.9 Manteo 90.9 Rocky Mount"); a headline names one at most.
_FREQUENCY_ROW_MIN = 2
# The brand's show or newscast name between the call sign and its channel ("KETV NewsWatch 7",
# "WSOC Eyewitness News 9"): capitalised words with no small word, as no headline reads.
_STATION_SHOW = re.compile(rf"^{_CALL_SIGN}(?:[ \t]+[A-Z][A-Za-z]+){{1,2}}[ \t]\d{{1,2}}$")
# A bar or a dot between a station's brand and its market or tagline ("KCRA 3 | Sacramento",
# "KUNC | Community Radio for Northern Colorado").
_BRAND_BAR = re.compile(r"\s[|·•]\s")
_BRAND_ROW_MAX = 90
_STATION_ADDRESS = re.compile(rf"^{_CALL_SIGN}\.com$")
_BARS = frozenset({"|", "·", "•", "—", "–", "-"})
# A radio station's place on the dial: an FM frequency, or an AM one (540 to 1700 kHz) or
# either with its band ("1060 AM", "103.9 FM").
_RADIO_DIAL = re.compile(
    rf"(?<![\w.])(?:{_FM}(?:[ \t]FM)?|(?:5[4-9]\d|[6-9]\d\d|1[0-6]\d\d|1700)"
    r"(?:[ \t]AM)?)(?![\w.])"
)
# A call sign as a radio row writes it, its band after a hyphen ("WIOD-AM", "KSL-FM").
_RADIO_SIGN = r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?"
_CALL_SIGN_WORD = re.compile(_RADIO_SIGN)
# A station's channel or its service named beside its call sign ("WBTV 3", "Channel 5",
# "Newsradio").
_RADIO_WORD = re.compile(r"\b(?i:newsradio|radio)\b")
_RADIO_BRAND_WORDS = 3  # "WWJ Newsradio 950"; "WHO Radio Host Retires" is a headline
# A word of a radio station's dial row: its call sign, a frequency, its band or service.
_DIAL_ROW_WORD = re.compile(rf"{_RADIO_SIGN}|\d{{2,4}}(?:\.\d)?|AM|FM|HD\d|(?i:news\s?radio|radio)")
# A call sign of four letters with its channel right after it, or "Channel" and its number.
_SIGN_THEN_CHANNEL = re.compile(r"^[KW][A-Z]{3}(?:-TV)?[ \t](?:(?i:channel)[ \t])?\d{1,2}\b")
_NETWORK_MARKET = re.compile(
    r"^(?:ABC|NBC|CBS|FOX|Fox)(?:[ \t]News)?[ \t](?P<market>[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,2})$"
)
_TAGLINE_SMALL = frozenset({"for", "of", "the", "and", "in", "on", "&"})


def is_station_brand_row(line: str) -> bool:
    """A local broadcaster's brand row over its pages, beyond its name alone (is_station_name):
    the brand before a bar with its market or tagline ("KCRA 3 | Sacramento", "KUNC |
    Community Radio for Northern Colorado"), the brand with its call sign after its market
    ("FOX 8 Cleveland WJW"), the call sign with its newscast's name and channel ("KETV
    NewsWatch 7"), or a radio station's row of frequencies and the towns they serve ("91.5
    Chapel Hill 88.9 Manteo"). Each rests on a call sign, a channel or a frequency, which a
    headline naming a station ("WRAL reporter honored ...") goes on from in words of its own."""
    text = " ".join(line.split())
    if not text or len(text) > _BRAND_ROW_MAX or text.endswith((".", "!", "?")):
        return False
    if is_station_name(text) or _STATION_SHOW.match(text) is not None:
        return True
    if _STATION_ADDRESS.match(text) is not None:
        return True  # "KSTP.com": the call sign as the site's address
    parts = _BRAND_BAR.split(text)
    if len(parts) == 2 and is_station_name(parts[0]):
        # the market or the tagline in capitalised words ("Community Radio for Northern
        # Colorado"); a headline after the bar ("WRAL | Raleigh police arrest man") is none
        return all(w[:1].isupper() or w in _TAGLINE_SMALL for w in parts[1].split())
    words = [w for w in text.split() if w not in _BARS]
    if sum(1 for w in words if _FM_FREQUENCY.match(w)) >= _FREQUENCY_ROW_MIN:
        return all(_FM_FREQUENCY.match(w) or w[:1].isupper() for w in words)
    if ":" not in text and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        signs = [w for w in words if _CALL_SIGN_WORD.fullmatch(w)]
        # "99.5 WKRZ", "1010 WINS", "NewsRadio 1200 WOAI", "KYW Newsradio", "WCVB Channel 5
        # Boston", "WBTV 3 On Your Side": a call sign with its dial or its radio service's
        # word; one of four letters with its channel ("WHO Names 12 ..." is a headline's)
        # (one word at most beside the call sign, its dial, band and service: "KFC Cuts 600
        # Jobs" is a headline)
        others = [w for w in words if not _DIAL_ROW_WORD.fullmatch(w)]
        if (
            signs
            and len(others) <= 1
            and (
                _RADIO_DIAL.search(text) is not None
                or (_RADIO_WORD.search(text) is not None and len(words) <= _RADIO_BRAND_WORDS)
            )
        ):
            return True
        # the channel right after the call sign ("WBTV 3 On Your Side", "WCVB Channel 5
        # Boston"); "WNBA Finals Game 7 Tonight" names its number further on
        if _SIGN_THEN_CHANNEL.match(text) is not None:
            return True
        # "1060 AM | 103.9 FM HD2 | Philadelphia": the dial twice over
        if len(_RADIO_DIAL.findall(text)) >= _FREQUENCY_ROW_MIN:
            return True
    # "CBS News Philadelphia", "NBC Chicago": a network's local site by its market
    net = _NETWORK_MARKET.match(text)
    if net is not None:
        from archiver.extract.gazetteer import is_known_place

        return is_known_place(net.group("market"))
    # "FOX 8 Cleveland WJW": the brand and its market, the call sign after them
    return (
        len(words) >= 2
        and len(words[-1]) >= 3
        and re.fullmatch(_CALL_SIGN, words[-1]) is not None
        and is_station_name(" ".join(words[:-1]))
    )


# A broadcaster's ticker or player label before its colon: the weather desk's, a live stream's,
# the on-air show's, the school closings' ("StormTeam 5:", "FIRST ALERT WEATHER DAY:", "Now
# Playing:", "CLOSINGS & DELAYS:"). A headline's own label names its source ("Gastonia police:").
_STATION_TICKER_LABEL = re.compile(
    r"^(?=[^:]{0,40}\b(?i:weather|alert|storm\w*|live|on\s+air|now\s+playing|closings?|"
    r"delays|traffic|accuweather|listen)\b)[^:.!?]{2,40}:\s"
)
# A call to the station's stream, app or newscast ("Watch FOX 5 DC live", "Download the FOX
# LOCAL app"), which names the station's brand.
_STATION_CALL = re.compile(r"\b(?i:watch|live|app|listen|stream(?:ing)?|download)\b")
_STATION_BRAND_WORD = re.compile(
    r"\b(?:[KW][A-Z]{2,3}(?:-TV)?|(?:ABC|NBC|CBS|FOX|Fox|CW)(?:[ \t]?\d{1,2}|[ \t]+[A-Z]{3,}))\b"
)
# A station's menu row, its spacing lost: it opens on three of a menu's words ("News Weather
# Sports Traffic ...").
_MENU_OPENING = 3
_MENU_JOINS = frozenset({"&", "|", "·", "•"})
# A broadcaster's menu items beside the shared menu words: its traffic desk's.
_STATION_MENU_WORDS = frozenset({"traffic"})


def is_station_ticker(line: str) -> bool:
    """Line `line` opens on a broadcaster's ticker or player label ("StormTeam 5: ...", "Live
    updates: ..."), a shape a station's own headline takes too ("Winter storm: Charlotte
    schools close ..."), unlike its menu row or a call to watch its stream."""
    return _STATION_TICKER_LABEL.match(line) is not None


def is_station_promo(line: str) -> bool:
    """Line `line`, under a broadcaster's brand row, is its header's: a ticker's or a player's
    label (_STATION_TICKER_LABEL), a call to watch or listen that names the station, or its
    menu row. A headline naming a station ("WRAL reporter honored ...") calls to no stream."""
    from archiver.extract.masthead import MENU_WORDS

    if _STATION_TICKER_LABEL.match(line) is not None:
        return True
    if _STATION_CALL.search(line) is not None and _STATION_BRAND_WORD.search(line) is not None:
        return True
    words = [w for w in line.split() if w not in _MENU_JOINS][:_MENU_OPENING]
    return len(words) == _MENU_OPENING and all(
        w.lower() in MENU_WORDS or w.lower() in _STATION_MENU_WORDS for w in words
    )


# A newspaper's name in Chinese, Japanese or Korean: "…新聞", "…日报", "…신문", "…일보".
_CJK_PAPER = re.compile(r"(?:新聞|新闻|日報|日报|時報|时报|新報|晚报|晩報|신문|일보)")
_PAPER_NAME = re.compile(r"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|&)){0,4}$")


NOT_IN_NAMES = frozenset("The A An For To In On At As By With From And Into Over After".split())


def is_name_shaped(line: str) -> bool:
    """One to five capitalised words with no small word inside ("The Harvard Crimson",
    "Capital B Atlanta"): a name's shape, which a short headline in title case has too, so
    only other evidence (where it stands) makes it a site's name."""
    text = line.strip()
    if len(text) > 50 or not _PAPER_NAME.match(text):
        return False
    words = text.split()
    return len(words) <= 5 and not any(w in NOT_IN_NAMES for w in words[1:])


def is_paper_name(line: str) -> bool:
    """A newspaper's name as its page prints it at the top: two to six capitalised words that
    end in a newspaper's word ("The Northern Echo", "Neue Zürcher Zeitung"), or a short name
    in Chinese, Japanese or Korean with 新聞, 日报 or 신문 in it ("読売新聞オンライン")."""
    text = line.strip()
    if not text or len(text) > 50:
        return False
    if _CJK_PAPER.search(text) and len(text) <= 16 and " " not in text:
        return True
    if not _PAPER_NAME.match(text):
        return False
    words = text.split()
    if any(w in NOT_IN_NAMES for w in words[1:]):
        return False  # "Fire Hits The Herald": a headline's small words inside
    if not 2 <= len(words) <= 5:
        return False
    last = words[-1].lower().strip(".")
    if last in _PLACED_PAPER_WORDS:
        from archiver.extract.gazetteer import is_known_place

        # "The Washington Informer", not "The Quiet Reformer": the place before the word
        return is_known_place(words[-2].strip(".,"))
    return last in _PAPER_WORDS


# A paper's name with its place in brackets: "The Tennessean (Nashville, TN)", "Lexington
# Herald-Leader (KY)", "Tampa Bay Times (St. Petersburg, FL)", as news databases print the
# source over a record and as a page's masthead names its city.
_NAME_WITH_PLACE = re.compile(r"^(?P<name>[^()]{3,50}?)\s*\((?P<place>[A-Z][^()]{1,38})\)$")


# Papers' words that are also honours or titles ("All-Star"): no paper after a hyphen.
_TITLE_WORDS = {"star", "sun", "leader", "pilot", "pioneer"}


def is_paper_with_place(line: str) -> bool:
    """A newspaper's name (is_paper_name; a hyphenated last word counts by its last part,
    "Herald-Leader") followed by its place in brackets, and nothing else. The bracketed place
    is what a headline that ends in a paper's word ("Fire guts the Post") never has."""
    m = _NAME_WITH_PLACE.match(line.strip())
    if m is None:
        return False
    name = m.group("name").strip()
    words = name.split()
    last = words[-1].lower().strip(".") if words else ""
    parts = last.split("-")
    if (
        len(parts) == 2
        and parts[1] in _PAPER_WORDS
        and (parts[0] in _PAPER_WORDS or (len(words) > 1 and parts[1] not in _TITLE_WORDS))
    ):
        # "Herald-Leader", as "Post-Dispatch": two papers' words joined; "Omaha World-Herald":
        # a paper's word after a hyphen and the city before it ("Jones Named All-Star": a
        # player's honour, a paper's word that is also a title's)
        name = " ".join([*words[:-1], parts[1].capitalize()])
    return is_paper_name(name)


_FULL_DATE_RE = re.compile(rf"^{_FULL_DATE}$", re.IGNORECASE)


# A month and its year alone ("March 2025", "Sept. 2024"): a monthly letter's issue date.
_MONTH_YEAR_RE = re.compile(rf"^(?:{_MONTH})\.?,?\s+(?:19|20)\d\d$", re.IGNORECASE)


def is_month_and_year(text: str) -> bool:
    """A month and its year and nothing else ("March 2025"), as a monthly newsletter dates
    its issue ("Spring Newsletter | March 2025")."""
    return _MONTH_YEAR_RE.match(text.strip()) is not None


def is_full_date(text: str) -> bool:
    """A calendar date with its day and year and nothing else ("4 November 1912", "Tuesday,
    March 3, 1936")."""
    return _FULL_DATE_RE.match(text.strip()) is not None


def is_source_row(line: str) -> bool:
    """A database's or an archive's source row: segments between bars, one the issue's full
    date and one the paper's name ("April 12, 2017 | Tampa Bay Times (St. Petersburg, FL) |
    Steve Bousquet | Page 1B"). A headline holds no paper's name beside a whole date."""
    parts = [p.strip() for p in line.split("|")]
    if not 3 <= len(parts) <= 6 or not all(parts):
        return False
    dated = any(_FULL_DATE_RE.match(p) for p in parts)
    return dated and any(is_paper_with_place(p) or is_paper_name(p) for p in parts)


# A paper's name with its city after a comma, alone over an e-paper page ("HINDUSTAN TIMES, NEW
# DELHI", "The Statesman, Kolkata").
_NAME_COMMA_PLACE = re.compile(r"^(?P<name>[^,]{3,50}),\s(?P<place>[^,]{2,30})$")
# A page's section path with its page number after it ("htcity / nation 9", "News/World 12").
_SECTION_PATH_PAGE = re.compile(r"^(?P<path>[^\d]{3,50}/[^\d]{2,40}?)\s+\d{1,3}$")


def _paper_comma_place(line: str) -> bool:
    """ "HINDUSTAN TIMES, NEW DELHI": a paper's name (its last word a paper's) and its
    edition's city, alone on a line over an e-paper's page; a headline with a comma names no
    known city after it, a dateline is no paper's name."""
    return (name := edition_of(line)) is not None and is_paper_name(name)


def edition_of(line: str) -> str | None:
    """The name before the comma on a line of a name and its edition's city ("THE TIMES OF
    INDIA, PUNE", "The Star, Nairobi"), when the gazetteer knows the city; else None. Whether
    the name is a paper's, the caller asks (by its last word, or a masthead's name)."""
    from archiver.extract.gazetteer import is_known_place

    m = _NAME_COMMA_PLACE.match(line.strip())
    if m is None or not is_known_place(m.group("place").title()):
        return None
    return m.group("name").strip()


def _section_path_page(line: str) -> bool:
    """A section path with its page's number: two or three parts of a word or two each, one
    of them a section a menu lists (the supplement's own name may be unknown: "htcity")."""
    from archiver.extract.masthead import MENU_WORDS

    m = _SECTION_PATH_PAGE.match(line)
    if m is None:
        return False
    parts = [p.strip() for p in m.group("path").split("/")]
    return (
        2 <= len(parts) <= 3
        and all(p and len(p.split()) <= 2 for p in parts)
        and any(p.lower() in MENU_WORDS for p in parts)
    )


# An agency's service and its desk over a story, as its feed or a client's terminal heads it:
# "dpa-AFX / Politics", "Reuters | Business", "AFP / World / Asia".
_AGENCY_DESK = re.compile(
    r"^(?P<agency>[^/|]{2,30}?)\s*[/|]\s*(?P<desks>[^/|]{3,30}(?:\s*[/|]\s*[^/|]{3,30})?)$"
)


def _agency_desk(line: str) -> bool:
    """A known agency's name and one or two desks a menu lists, between slashes or bars; a
    headline names no section after an agency ("Reuters/Ipsos poll shows ..." is no desk)."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.masthead import MENU_WORDS

    m = _AGENCY_DESK.match(line)
    if m is None or not is_wire_source(m.group("agency")):
        return False
    desks = [d.strip().lower() for d in re.split(r"[/|]", m.group("desks"))]
    return all(d in MENU_WORDS for d in desks)


def is_print_bar(line: str) -> bool:
    """A print view's buttons after the site's name: "English.news.cn [Print] [Close]"."""
    if len(line) > _MAX or "[" not in line:
        return False
    rest = _PRINT_BUTTON.sub(" ", line)
    return rest != line and len(rest.split()) <= 3  # the buttons, and a site's name at most


def is_release_label(line: str) -> bool:
    """A press release's own label ("Press release", "NEWS RELEASE 24-031", "FOR IMMEDIATE
    RELEASE: 02/27/2024"), with or without its issuer's name (_RELEASE_LABEL)."""
    return bool(line) and len(line) <= 200 and _RELEASE_LABEL.match(line) is not None


def is_page_top(line: str) -> bool:
    """Any of the page-top lines above (cleaned text)."""
    if not line or len(line) > 200:
        return False
    return bool(
        is_running_head(line)
        or is_front_folio(line)
        or (line[-1] == ")" and is_paper_with_place(line))
        or ("," in line and _paper_comma_place(line))
        or ("/" in line and line[-1].isdigit() and _section_path_page(line))
        or ("|" in line and is_source_row(line))
        or (("/" in line or "|" in line) and _agency_desk(line))
        or is_print_bar(line)
        or _TRANSCRIPT.match(line)
        or _NETWORK_NOTICE.match(line)
        or (line[:1] in "Tt" and _OPINION_NOTICE.match(line))
        or _ARCHIVE_YEAR.match(line)
        or _RELEASE_LABEL.match(line)
        or (":" in line and _RELEASE_TIME_FIELD.match(line))
        or (line[0] in "EeUu" and is_embargo_line(line))
        or _REFERENCE_NO.match(line)
        or (line[0] in "Pp" and _PRINT_PAGE.match(line))
        or _WIRE_SLUG.match(line)
        or (line[0] in "(EANS" and _EDS_NOTE.match(line))
        or (
            (line[-1] == ")" or " - " in line or "–" in line or "—" in line)
            and _agency_masthead(line)
        )
        or _IMAGE_MARK.match(line)
        or (_FEED_COUNT.match(line) and _feed_name(line))
        or _FEED_BUTTON.match(line)
        or _UNREAD_COUNT.match(line)
        or _FEED_SOURCE_AGE.match(line)
        or _FEED_TITLE_AGE.match(line)
        or _FEED_SITE_AGE.match(line)
        or _READER_APP.match(line)
        or (line[-1] in "»›" and _ARROW_LINKS.match(line))
        or (("»" in line or "›" in line) and _SECTION_CRUMBS.match(line))
        or (line[0] in "Hh" and _OPEN_CRUMBS.match(line))
        or ("-" in line and _KEYWORD_SLUG.match(line))
        or _AGE_NOTICE.match(line)
        or (line[0] == "<" and _CHANNEL_HEADER.match(line))
        or (line[0] == "[" and (_BRACKET_LINKS.match(line) or _CAPTURE_NOTE.match(line)))
        or (("·" in line or "•" in line or "|" in line) and _agency_feed_header(line))
    )
