"""A second look for the byline, when the opening's reading found none (or only an agency).

Unseen outlets print their writers in shapes no rule of the opening named: the names with the
outlet after a bar ("Jane Roe & John Doe | Bloomberg"), a feed's source line ("reuters.com -
Jane Roe, Reuters"), the name with its title and e-mail run on ("By JANE ROE Staff Writer
jroe@paper.net"), the name fused with the page's date ("Jane Roe 2024.04.11."), a bare "By"
over "Jane Roe | jroe@paper.com", a wire story's writer at its foot ("Jane Roe, The Canadian
Press"). Each is a line whose core is a list of person names once the known decorations are
taken off. This step takes those decorations off a line of the article's top (or the story's
last lines, for an agency's writer), and takes the line as the byline only when

- at least one decoration came off (the evidence that the line is a byline, not a name
  standing alone: a headline that is two names, a name on a caption's line), and
- what is left is a list of person names by `bylines.name_list`, none a place the gazetteer
  knows nor an agency.

It never reads the headline's line, a dateline, or a line that opens as a quotation or a
quotation's attribution ("— Jane Roe, mayor"), nor a photo's credit ("Staff Photo by ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.extract.bylines import (
    AGENCIES,
    PARLIAMENTARY_STYLE,
    Byline,
    caps_names_then_outlet,
    dated_label,
    is_agency,
    is_beat_title,
    is_title_line,
    is_writers_beat_title,
    name_list,
    role_words,
    topic_words,
    writers_bases,
)
from archiver.extract.chrome import is_account_line, is_chrome, service_author
from archiver.extract.gazetteer import is_known_place
from archiver.extract.page import is_date_stamp, opens_with_stamp_word
from archiver.extract.pagetops import is_wire_slug
from archiver.extract.roles import LineRole

# The label before the names: "By", "by:", "Written by", "Words by", "Author:", "Authors:".
_LEAD_LABEL = re.compile(
    r"^(?:(?i:written|words|story|text|report(?:ed)?)\s+)?(?i:by)\b\s*:?\s*"
    r"|^(?i:authors?|writers?|reporters?)\s*:\s*"
)
# A feed's source line: the outlet's web address, then a dash, then the names.
_LEAD_DOMAIN = re.compile(r"^[a-z][\w-]*(?:\.[a-z][\w-]*)*\.[a-z]{2,6}\s+[-–—|]\s+")
# The writer's e-mail or handle at the end.
_CONTACT_END = re.compile(r"\s*[|,•·]?\s*[\[(<]?(?:[\w.+-]+@[\w-]+\.[\w.]+|@\w{1,30})[\])>]?$")
# A role word closing the names ("Staff Writer", "Policy Editor", "Reporter").
_ROLE_END = re.compile(
    r"\s*,?\s+(?:(?i:senior|chief|staff|special|political|policy|business|health|sports?|"
    r"city|news|foreign|local|investigative|data|education|crime|courts?|features?|"
    r"science|technology|tech|economics?|arts|culture|environment|climate|metro|"
    r"associate|deputy|managing|contributing|digital|general|assignment|breaking)\s+){0,2}"
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist)s?$"
)
# The names' place: "in Beijing".
# ("à Québec": a French paper's writer files from a place so, Le Devoir's "Jane Roe à Québec")
_IN_PLACE = re.compile(r"\s+(?:in|à)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$")
# The outlet the writer filed for, after "for": "Jane Roe in Larissa for The Observer" (the
# Guardian's and the Observer's byline row, no "By" and no separator before the outlet).
_FOR_OUTLET = re.compile(
    r"\s+for\s+(?P<tail>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$"
)
# The writer's outlet in brackets after the name ("Jane Roe (Le Devoir)", as e-editions and
# syndicated copy print a writer another paper lent).
_BRACKETED_OUTLET = re.compile(r"\s*\((?P<tail>[^()]{2,60})\)$")
# A separator before an affiliation: a bar, a bullet, a comma, a spaced dash.
_AFFILIATION = re.compile(r"\s*(?:[|•·]|,|\s[-–—])\s*(?P<tail>[^|•·,]{2,60})$")
# An item of a row set apart by a bar or a bullet, commas and all: the page's stamp
# ("Posted: Mar 04, 2026 5:00 AM EST", "4 March 2026, 7:30 PM") at either end of the row.
_ROW_TAIL = re.compile(r"\s+[|•·]\s+(?P<tail>[^|•·]{2,60})$")
_ROW_HEAD = re.compile(r"^(?P<head>[^|•·]{2,60}?)\s+[|•·]\s+")
# The page's date fused to the name ("2024.04.11.", "12/03/2024", "Oct 18 2023 | 9:52 AM").
_DATE_TAIL = re.compile(
    r"\s+(?P<tail>(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:\s+\d{1,2}[:.]\d{2}.*)?)$"
)
# An outlet's name after the separator: capitalised words, or a web address.
_OUTLET = re.compile(
    r"^(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|and|&|on)){0,4}$"
    r"|^[a-z][\w-]*\.(?:com|net|org|co\.uk|in|ca|com\.au)$"
)
_TITLE_WORDS = re.compile(
    r"(?i:\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|"
    r"staff|bureau|chief|producer))s?\b"
)
# A company's suffix: an issuer's name ("Harbor Lane Foods, Inc."), not a writer's outlet.
_COMPANY = re.compile(r"(?i:^(?:inc|ltd|llc|plc|corp|co|gmbh|s\.?a|ag|limited)\.?$)")
# A photo's credit or a caption's mark: never a byline.
_PHOTO_WORDS = re.compile(r"(?i:\b(?:photo|photos|photograph|image|picture|video|file|getty)\b)")
# A line opening as a quotation or its attribution.
_QUOTE_OPEN = re.compile(r"^[\"“”‘'«—–-]")

# A region's compass word opening a "name" ("Eastern Cape", "North West", "Western Bahr el
# Ghazal"): a province or a desk set in the row, not a writer the gazetteer would miss.
_COMPASS_FIRST = re.compile(
    r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)"
    r"(?:\s|-)"
)

# The tail of a list of names carried onto the next line at its conjunction: "and Ann Poe".
_AND_WRAP = re.compile(r"^(?:and|&)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}$")


def _names_wrapped(joined: str) -> list[str] | None:
    """The names of a byline list joined from its two lines, three or more of them (two
    names on a line of their own over "and" one more is no sentence, but a pair could be a
    caption's), none a place or an agency."""
    found = name_list(joined)
    if found is None or len(found) < 3:
        return None
    if any(is_known_place(n) or is_agency(n) or _COMPASS_FIRST.match(n) for n in found):
        return None
    return found


# How many lines of the story's end are read for an agency's writer.
_FOOT_LINES = 4

# A newsletter's colophon at its foot, naming its writer in a sentence of its own ("Quiet
# Signal is written by Jane Roe.", "This newsletter is written by Jane Roe and John Doe.
# Reply to ..."), as Substack, Buttondown and Ghost letters sign off: the writer is named
# nowhere else when the top carries the letter's name alone. Only "written by": an editor or
# a producer so named wrote nothing. The letter is the subject: "This newsletter", or its name
# as the text prints it above (its masthead's line, the sender's name in "From: Quiet Signal
# <...>", the subject's "[Quiet Signal]"); a story's last line "The song was written by Ada
# Crane." or "Kitchen Light is written by Marisol Vega." (a play under review) names the
# writer of something else.
_COLOPHON = re.compile(
    r"^(?P<letter>This\s+(?:newsletter|letter|edition|issue|email)|[A-Z][\w'’&.#-]*(?:\s+[\w'’&.#-]+){0,5})"
    r"\s+(?:is|was)\s+written\s+by\s+(?P<names>[A-Z][^.;:!?]{2,80}?)\s*[.;](?:\s|$)"
)
_THIS_LETTER = re.compile(r"This\s+(?:newsletter|letter|edition|issue|email)")


def _letter_named_above(letter: str, above: list[str]) -> bool:
    """`letter` is the name the text prints above as a newsletter's: a line of its own, the
    sender's name or the subject's bracketed tag."""
    name = " ".join(letter.split())
    marks = (name, f"From: {name} <", f"[{name}]")
    return any(
        line == name or line.startswith(marks[1]) or marks[2] in line
        for line in (" ".join(raw.split()) for raw in above)
    )


def _colophon_byline(text: str, above: list[str]) -> Byline | None:
    """The writers a newsletter's colophon names ("X is written by Jane Roe."), `above` the
    text's lines over it."""
    m = _COLOPHON.match(" ".join(text.split()))
    if m is None or (names := name_list(m.group("names"))) is None:
        return None
    if not (
        _THIS_LETTER.fullmatch(m.group("letter")) or _letter_named_above(m.group("letter"), above)
    ):
        return None
    if any(is_known_place(n) or is_agency(n) for n in names):
        return None
    return Byline(m.group("names"), names)


@dataclass(frozen=True)
class Recalled:
    byline: Byline
    line: int
    why: str


def _strip_decorations(text: str, foot: bool) -> tuple[str, list[str]]:
    """The line's core and the decorations taken off it, in order."""
    core = " ".join(text.split())
    taken: list[str] = []
    if (m := _LEAD_LABEL.match(core)) and m.end() < len(core):
        core = core[m.end() :]
        taken.append("a 'By' label")
    elif (m := _LEAD_DOMAIN.match(core)) is not None:
        core = core[m.end() :]
        taken.append("the outlet's web address before the names")
    elif (m := _ROW_HEAD.match(core)) is not None and is_date_stamp(m.group("head")):
        # "4 March 2026, 7:30 PM | Jane Roe | @paper": the row opens with the page's stamp
        core = core[m.end() :]
        taken.append("a date or time stamp")
    for _ in range(4):  # the tail's decorations, outermost first, at most a few
        cut = _tail_decoration(core, foot)
        if cut is None:
            break
        head, stamp = core[: cut[0]], core[cut[0] :]
        core = head.strip(" ,|•·-–—")
        taken.append(cut[1])
        if cut[1] == "a date or time stamp" and _stamp_weekday(text, head, stamp):
            # "Macau  Monday, 12 Jan 2026": the stamp's weekday before its comma belongs to
            # the stamp, not to a name ("Macau Monday")
            core = _WEEKDAY_END.sub("", head).strip(" ,|•·-–—")
    return core, taken


# A weekday and its comma ending what is left of a line once the page's date came off its
# end. Spelt out only: "Sun", "Sat" and "Wed" are family names too ("Lena Sun").
_WEEKDAY_END = re.compile(r"(?:^|\s)(?i:mon|tues|wednes|thurs|fri|satur|sun)(?i:day),?\s*$")
# A stamp that names its month ("12 Jan 2026", "January 12, 2026"), as a weekday's stamp is
# written; a numeric stamp ("11/05/2026") follows a name's "Sunday" as often as a weekday.
_MONTH_STAMP = re.compile(
    r"^(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+)?"
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?i:[a-z]*)\.?(?:\s|$)"
)
# In the line as printed, the weekday runs into its date: comma, one space at most.
_WEEKDAY_JOINED = re.compile(r"(?i:mon|tues|wednes|thurs|fri|satur|sun)(?i:day), ?(?=\S)")


def _stamp_weekday(text: str, head: str, stamp: str) -> bool:
    """The weekday ending `head` is the stamp's own ("Monday, 12 January 2026": weekday, comma,
    a date naming its month, no gap in the line as printed), not a name's ("Gbenga Sunday
    11/05/2026", "Ngozi Monday  12 Jan 2026": Sunday, Monday and Friday are family names)."""
    date = stamp.lstrip()
    return (
        _WEEKDAY_END.search(head) is not None
        and (head.rstrip().endswith(",") or date.startswith(","))
        and _MONTH_STAMP.match(date.lstrip(" ,")) is not None
        and _WEEKDAY_JOINED.search(text) is not None
    )


def _tail_decoration(core: str, foot: bool) -> tuple[int, str] | None:
    """Where the line's last decoration starts, and what it is."""
    if (m := _CONTACT_END.search(core)) and m.start() > 0:
        return m.start(), "an e-mail or handle"
    if (m := _DATE_TAIL.search(core)) is not None:
        return m.start(), "a date or time stamp"
    a = _AFFILIATION.search(core)
    if a is not None and is_date_stamp(a.group("tail")):
        return a.start(), "a date or time stamp"
    if (r := _ROW_TAIL.search(core)) is not None and is_date_stamp(r.group("tail")):
        return r.start(), "a date or time stamp"
    if (m := _ROLE_END.search(core)) and m.start() > 0:
        return m.start(), "a role word"
    if (m := _IN_PLACE.search(core)) and is_known_place(m.group("place")):
        return m.start(), "the place the writer filed from"
    if (
        (f := _FOR_OUTLET.search(core)) is not None
        and f.start() > 0
        and (is_agency(f.group("tail")) or role_words(f.group("tail")))
    ):
        # "for The Observer", "for Reuters": an outlet's or an agency's own word after "for"
        # ("for The Greens" names a party, no newsroom)
        return f.start(), f"the outlet the writer filed for ('{f.group('tail')}')"
    if a is not None and _affiliation(a.group("tail"), foot):
        return a.start(), f"an affiliation ('{a.group('tail')}')"
    if (
        not foot
        and (b := _BRACKETED_OUTLET.search(core)) is not None
        and b.start() > 0
        and _bracketed_outlet(b.group("tail"))
    ):
        return b.start(), f"an affiliation in brackets ('{b.group('tail')}')"
    if not foot and (c := caps_names_then_outlet(core)) is not None:
        # "JANE ROE Richmond Times-Dispatch": the paper's name after the names in capitals
        return len(core) - len(c[1]), f"an outlet's name after names in capitals ('{c[1]}')"
    return None


def _bracketed_outlet(tail: str) -> bool:
    """A paper's or a site's name in the brackets after a name ("Le Devoir", "The Gazette"):
    no agency, which in brackets after a name is as often a picture's credit ("Jane Roe
    (Reuters)" under a photo), and no place ("Jane Roe (Ottawa)")."""
    from archiver.extract.bylines import is_affiliation

    return (
        is_affiliation(tail)
        and not is_agency(tail)
        and tail.lower() not in AGENCIES
        and not is_known_place(tail)
    )


def _affiliation(tail: str, foot: bool) -> bool:
    """An outlet, an agency or a job title after a separator."""
    tail = tail.strip()
    if is_agency(tail) or tail.lower() in AGENCIES:
        return True
    if foot or _COMPANY.search(tail) or is_known_place(tail):
        return False  # at the foot only an agency vouches; "Inc.", "Algeria" are no outlet  # at the story's foot only an agency vouches for the line
    if dated_label(tail):
        return False  # "Drop Charges, Free Reporters Held Since January": a deck's clause
    return bool(_TITLE_WORDS.search(tail)) or (
        _OUTLET.match(tail) is not None and name_list(tail) is None
    )


def _names(text: str, foot: bool) -> tuple[list[str], list[str]] | None:
    """The person names a byline-shaped line holds, with the decorations taken off it."""
    if _QUOTE_OPEN.match(text) or _PHOTO_WORDS.search(text) or len(text) > 160:
        return None
    if is_beat_title(text):
        # "Local Democracy Reporter" over the writer's name: the title alone, its beat's
        # words ("Local Democracy", "City Hall") no person's once the job noun comes off
        return None
    segments = [s for s in re.split(r"\s+[|•·]\s+", text) if s.strip()]
    names: list[str] = []
    taken: list[str] = []
    if len(segments) > 1 and all(_TITLE_WORDS.search(s) for s in segments):
        # "Jane Roe, Policy Editor | John Doe, Political Editor": a title after each writer
        for seg in segments:
            core, off = _strip_decorations(seg, foot)
            found = name_list(core) if off else None
            if found is None:
                return None
            names += found
            taken += off
    else:
        core, taken = _strip_decorations(text, foot)
        if not taken or (found := name_list(core)) is None:
            return None
        names = found
    if foot and len(taken) != 1:
        return None
    if sum(t.startswith("an affiliation") for t in taken) > 1:
        return None  # "Top Headlines | Algeria | Energy": a menu's row, not names and outlet
    if any(is_known_place(n) or is_agency(n) or _COMPASS_FIRST.match(n) for n in names):
        return None
    if any(t.startswith("a date") for t in taken) and all(topic_words(n) for n in names):
        # "Climate Change · Updated: March 4, 2025": the story's topic beside the page's
        # stamp, no writer (a writer's name holds no beat's or section's words)
        return None
    return names, taken


# The most writers a title's line stands over.
_TITLED_WRITERS = 2


def _titled_writers(line: str) -> list[str] | None:
    """The names alone on the line under a writer's title (one or two people, no place, no
    agency): "Jane Roe" under "Local Democracy Reporter"."""
    writers = name_list(line)
    if (
        not writers
        or len(writers) > _TITLED_WRITERS
        or any(is_known_place(n) or is_agency(n) or topic_words(n) for n in writers)
    ):
        return None
    return writers


# Sections a local or community paper's header names beside its own name ("India West |
# Community"); a columnist's menu words ("Leonard Pitts Jr. | Opinion", "Mike Lupica | Sports")
# follow a writer's name as often, and are left to the byline.
_LOCAL_SECTIONS = frozenset(
    {"community", "communities", "neighborhoods", "neighbourhoods", "local news"}
)
_SITE_SECTION = re.compile(
    r"^(?P<site>[^|]{2,40}?)\s+\|\s+(?P<section>[A-Za-z&]+(?:\s+[A-Za-z&]+)?)$"
)


def _site_over_section(text: str) -> bool:
    """ "India West | Community", "Tri-City Herald | Local News": a name, one bar and a local
    section's name, as a site's header prints them over the headline (a writer's outlet after
    the bar is a name, not a section's word: "Jane Roe | The Herald"; a columnist's menu word,
    "Mike Lupica | Sports", is the writer's)."""
    m = _SITE_SECTION.match(text)
    return m is not None and m.group("section").lower() in _LOCAL_SECTIONS


def recall_byline(lines: list[str], roles: list[LineRole], story_start: int) -> Recalled | None:
    """The byline found again among the top's lines (those over `story_start`), or the
    story's last few lines when a writer is printed there with an agency's name."""
    kept = {r.line: r.role for r in roles}
    top_end = _prose_start(lines, story_start)
    for i in range(top_end):
        if (author := service_author(lines[i].strip())) is not None and (
            writers := name_list(author)
        ):
            # "The Herald · 9 Oct 2024 · Reach: 1.4M · Author: Jane Roe": a clipping service's
            # row over the item names its writer in a labelled field, before any line above
            # it is read for names (the client's report title: "Acme Freight – Media Briefing")
            return Recalled(Byline(author, writers), i, "the writer a clipping service's row names")
    for i in range(top_end):
        role = kept.get(i)
        if role in ("headline", "dateline", "byline") or not lines[i].strip():
            continue
        text = lines[i].strip()
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        below = lines[nxt].strip() if nxt is not None else ""
        if _LEAD_LABEL.fullmatch(text):
            # a bare "By" ("Written by", "Author:") over the names' line: the label set on a
            # line of its own
            if nxt is None or kept.get(nxt) in ("headline", "dateline"):
                continue
            found = _names(f"By {below}", foot=False)
            if found is not None:
                raw = f"{text} {below}"
                return Recalled(Byline(raw, found[0]), nxt, _why(found[1], "over the story"))
            continue
        if (
            nxt is not None
            and _AND_WRAP.match(below)
            and name_list(text)
            and kept.get(nxt) != "headline"
        ):
            # "Jane Roe, John Doe" / "and Ann Poe": a list of names broken at its last "and"
            # (a narrow column's byline); a headline's line never ends where a list of names
            # breaks, and the whole must read as names
            joined = f"{text} {below}"
            wrapped = _names_wrapped(joined)
            if wrapped is not None:
                return Recalled(Byline(joined, wrapped), i, "a list of names wrapped at its 'and'")
        prev = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        if _CONTACT_LABEL.fullmatch(prev):
            # "Media Contact:" / "Jane Roe, Communications Manager": a release's contact for
            # the press, named under the label, who did not write it
            continue
        if (
            nxt is not None
            and is_writers_beat_title(text)
            and kept.get(nxt) not in ("headline", "dateline", "caption", "credit")
            and (writers := _titled_writers(below)) is not None
        ):
            # "Local Democracy Reporter" / "Jane Roe": the writer's title set on a line of its
            # own over the name (a newsletter's or a card's byline block); only a newsroom
            # writer's title ("Public Affairs Director" / "Jane Roe" is a release's contact,
            # "Chief Executive Officer" / "Jane Roe" a company's card), read after the contact
            # label's test ("Media Contact:" over the title)
            return Recalled(
                Byline(f"{text}\n{below}", writers), nxt, "a writer's title over the name"
            )
        if is_wire_slug(text):
            # "BC-US--Ohio-School Vouchers, Bulletin": the agency's slug, its keyword's words
            # capitalised and its version after a comma, names no writer
            continue
        if opens_with_stamp_word(text):
            # "MISE À JOUR Jeudi, 1 février 2024 15:40": the page's stamp, its weekday left
            # once the date came off is no writer's name
            continue
        if _agency_dateline(text):
            # "Sriharikota (Andhra Pradesh), Feb 17 (PTI) The Indian Space ...": the story's
            # dateline with its agency (its line cut short by the capture), not a byline
            continue
        if _site_over_section(text) and any(
            kept.get(j) == "headline" for j in range(i + 1, len(lines))
        ):
            # "India West | Community" over the headline: the site's name and the section
            # the story runs in, the page's header, not a writer and an outlet
            continue
        found = _names(text, foot=False)
        if found is not None and role in ("caption", "credit") and not _writer_marks(found[1]):
            found = None  # "Jane Roe | Reuters" under a photo is its credit
        if found is not None and _named_in_prose_start(lines, top_end, found[0]):
            # "Volodymyr Zelensky in Kyiv" over the stamp and "Ukrainian President Volodymyr
            # Zelensky said ...": a picture's caption naming the story's subject; a lead
            # does not name its own writer
            found = None
        if found is not None:
            return Recalled(Byline(text, found[0]), i, _why(found[1], "over the story"))
    if (over := _names_over_filed_from(lines, roles, top_end)) is not None:
        return over
    if (block := _names_over_section_stamp(lines, roles)) is not None:
        return block
    if (signed := _name_over_title(lines, roles, top_end)) is not None:
        return signed
    if (republished := _conversation_authors(lines, roles)) is not None:
        return republished
    foot = [i for i in range(top_end, len(lines)) if lines[i].strip()][-_FOOT_LINES:]
    for i in reversed(foot):
        if kept.get(i) in ("headline", "dateline", "caption"):
            continue
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
        if _PHOTO_WORDS.search(above):
            continue  # under a photo's caption: the photographer's credit
        if _under_contact_label(lines, i):
            continue  # a spokesperson under "Media contacts:", no writer
        if (colophon := _colophon_byline(lines[i], lines[:i])) is not None:
            return Recalled(colophon, i, "a newsletter's colophon names its writer")
        found = _names(lines[i].strip(), foot=True)
        if found is not None:
            text = lines[i].strip()
            return Recalled(Byline(text, found[0]), i, _why(found[1], "at the story's foot"))
    return None


# The Conversation's notice under a story other outlets republish (AP, Yahoo and local papers
# carry thousands): "This article is republished from The Conversation under a Creative
# Commons license." The line over it names the writers, each with their title and
# institution: "Jane Roe, Professor of Law, Acme University and John Doe, Lecturer, ...".
_CONVERSATION_NOTICE = re.compile(
    r"^(?i:this\s+article\s+is\s+republished\s+from|this\s+article\s+was\s+originally"
    r"\s+published\s+(?:on|in))\s+The\s+Conversation\b"
)
# A writer's name opening the line or following its "and", then the comma before the title.
_WRITER_BEFORE_TITLE = re.compile(
    r"(?:^|,?\s+and\s+)(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+"
)


def _conversation_authors(lines: list[str], roles: list[LineRole]) -> Recalled | None:
    """The writers named over The Conversation's republishing notice (see
    _CONVERSATION_NOTICE): each name, then a comma and the writer's title."""
    kept = {r.line: r.role for r in roles}
    for i, line in enumerate(lines):
        if _CONVERSATION_NOTICE.match(line.strip()) is None:
            continue
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if above is None or kept.get(above) in ("headline", "dateline", "caption"):
            return None
        text = lines[above].strip()
        names = _writers_before_titles(text)
        if (
            not names
            or len(names) > _CONVERSATION_WRITERS
            or not text.startswith(names[0])
            or any(name_list(n) != [n] or is_known_place(n) or is_agency(n) for n in names)
        ):
            return None
        why = "the writers named over The Conversation's republishing notice"
        return Recalled(Byline(text, names), above, why)
    return None


# A story The Conversation publishes has one to four writers.
_CONVERSATION_WRITERS = 4


def _writers_before_titles(text: str) -> list[str]:
    """The names of "Jane Roe, Professor of Law, Acme University and John Doe, Lecturer, ...":
    the first opens the line; each next one follows its "and" after the writer before it has
    had a title and an institution (two commas at least), so that an "and" inside a title
    ("Professor of Law and Public Policy, Acme University") names nobody."""
    names: list[str] = []
    last_end = 0
    for m in _WRITER_BEFORE_TITLE.finditer(text):
        if names and text.count(",", last_end, m.start()) < 2:
            continue
        names.append(m.group("name"))
        last_end = m.end("name")
    return names


# A press release's contact label over the contact's name ("Media Contact:", "Press contacts",
# "For further information, please contact:", "Media enquiries:"; "/CONTACT:", PR Newswire's
# field as Dow Jones's feed prints it, a slash before it).
_CONTACT_LABEL = re.compile(
    r"/?(?i:(?:(?:media|press|news|public)\s+)?(?:contacts?|enquiries|inquiries)(?:\s+for\s+\w+)?"
    r"|for\s+(?:further|more)\s+information(?:\s+on\s+this\s+(?:topic|subject|story|release))?"
    r"(?:,?\s+(?:please\s+)?contact)?)\s*:?"
)
# The lines of a contact block under its label: an e-mail address or a telephone number on each.
# (An address is sought from a word's start only: the leftmost match starts there anyway, and
# tried from each letter of a long word with no "@", the search read the rest of the word
# again from each, 1.5 s on one line of 15,000 letters.)
_CONTACT_DETAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{7,}\d")
# How many contacts a release lists under its label, at most.
_CONTACT_LINES = 4


def is_contact_label(line: str) -> bool:
    """A press release's contact label alone ("Media Contacts", "Press enquiries:"): the
    names under it are a press office's, no writer's."""
    return _CONTACT_LABEL.fullmatch(line.strip()) is not None


def has_contact_detail(line: str) -> bool:
    """An e-mail address or a telephone number on the line: a contact block's detail."""
    return _CONTACT_DETAIL.search(line) is not None


def _under_contact_label(lines: list[str], i: int) -> bool:
    """Line `i` is one of a contact block's lines under its label ("For more information on
    this topic, please contact:" / "In Geneva, Jane Roe, jroe@agency.org, +41 ..." / "In
    Nairobi, John Doe, jdoe@agency.org"): a press office's spokespeople, who wrote nothing."""
    if _CONTACT_DETAIL.search(lines[i]) is None:
        return False
    above = [j for j in range(i - 1, -1, -1) if lines[j].strip()][:_CONTACT_LINES]
    for j in above:
        if _CONTACT_LABEL.fullmatch(lines[j].strip()):
            return True
        if _CONTACT_DETAIL.search(lines[j]) is None:
            return False
    return False


# "Reporting from Mexico City", "Reporting from Kyiv and Warsaw": where the writers named on
# the line above filed from, as the New York Times' pages print it under the names.
_REPORTING_FROM = re.compile(
    r"^(?i:reporting|reported|writing)\s+from\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:\s*(?:,|and)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})*$"
)
# How far past the prose's start a page's byline block may stand (a reader view sets the
# deck, a caption, then the names).
_BLOCK_REACH = 12


def _names_over_filed_from(
    lines: list[str], roles: list[LineRole], top_end: int
) -> Recalled | None:
    """Names alone over "Reporting from PLACE" (a known place), or over the line of the
    writers' bases ("Pristina, Belgrade"), before the dateline: the next line's filing place
    is the decoration, even under the deck's first sentence."""
    kept = {r.line: r.role for r in roles}
    stop = min(len(lines) - 1, top_end + _BLOCK_REACH)
    headline_above = False
    # sentences between the headline and the line: the deck's one, or the story's
    prose_under_headline = 0
    for i in range(stop):
        if kept.get(i) in ("dateline",):
            break
        if kept.get(i) == "headline":
            headline_above = True
            prose_under_headline = 0
        if kept.get(i) in ("headline", "caption", "credit") or not lines[i].strip():
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if nxt is None:
            break
        text = lines[i].strip()
        m = _REPORTING_FROM.match(" ".join(lines[nxt].split()))
        if (m is None or not is_known_place(m.group("place"))) and not (
            # the bases' line only in the block under the headline and its deck: over it,
            # "South Asia" / "Australia, NZ" are a menu's regions; under the story's
            # paragraphs, a list's or a box's lines
            headline_above
            and prose_under_headline <= _DECK_SENTENCES
            and (writers := name_list(text)) is not None
            and writers_bases(lines[nxt], len(writers))
        ):
            if _sentence(text):
                prose_under_headline += 1
            continue
        names = None if _QUOTE_OPEN.match(text) else name_list(text)
        if names and not any(is_known_place(n) or is_agency(n) for n in names):
            why = _why(["the place they filed from on the next line"], "over the story")
            return Recalled(Byline(text, names), i, why)
    return None


# The deck's sentences between a headline and its byline block.
_DECK_SENTENCES = 1


def _sentence(text: str) -> bool:
    """A line of prose: long, or a sentence's length ending on its stop."""
    return len(text) > 100 or (len(text) >= 50 and text.endswith((".", "!", "?", '"', "”")))


def _writer_marks(taken: list[str]) -> bool:
    """Decorations a writer's line carries and a photo's credit does not."""
    return any(t in ("a 'By' label", "a role word", "an e-mail or handle") for t in taken)


def _prose_start(lines: list[str], story_start: int) -> int:
    """Where the story's prose starts: the first sentence-long line from the opening's
    story start on (the opening may start the story at a byline it could not read)."""
    for i in range(story_start, len(lines)):
        if _sentence(lines[i].strip()):
            return i
    return min(story_start, len(lines))


def _named_in_prose_start(lines: list[str], start: int, names: list[str]) -> bool:
    """The story's first line of prose (line `start`) names one of `names` whole (two words
    or more): the people of a line over it are the story's subject, not its writers."""
    if start >= len(lines):
        return False
    folded = " ".join(lines[start].split()).casefold()
    return any(len(n.split()) >= 2 and " ".join(n.split()).casefold() in folded for n in names)


def _why(taken: list[str], where: str) -> str:
    return f"byline recall {where}: person names once {', '.join(taken)} came off"


# How many writers a byline block sets one a line, over its section and stamp.
_BLOCK_NAMES = 3


def _names_over_section_stamp(lines: list[str], roles: list[LineRole]) -> Recalled | None:
    """Person names alone, one a line (one to three lines), right over the page's date stamp
    with its time, or over one short section label and that stamp: the byline block a page
    prints without "By" ("JANE ROE" / "JOHN DOE" / "SECURITY" / "JUN 3, 2025 6:00 AM", as
    Wired sets it over the headline or at the capture's foot). The stamp with its hour is the
    decoration: a menu's or a list's lines stand over no stamp. Each name is two to four
    words, a person's by `bylines.name_list`, no place the gazetteer knows nor an agency."""
    kept = {r.line: r.role for r in roles}
    text_at = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(text_at):
        if not _stamp_with_hour(lines[i].strip()):
            continue
        m = n - 1
        if (
            m >= 0
            and _section_label(lines[text_at[m]].strip())
            and not (
                # "Simon Roe" / "Jane Doe" / "Giulia Rossi" / the stamp: the block's last
                # writer, a name under a name, where a section's label would stand
                m >= 1
                and (last := _name_alone(lines[text_at[m]].strip())) is not None
                and _name_alone(lines[text_at[m - 1]].strip()) is not None
                # a topic's tag there ("Public Health", "Climate Change" in the story's
                # text) is the section's label still
                and not topic_words(last[0])
                and not _named_elsewhere(lines, kept, [(text_at[m], last)])
            )
        ):
            m -= 1
        found = _names_up_from(lines, kept, text_at, m)
        if not found and m < n - 1 and _under_story(lines, kept, text_at, n - 1):
            # "Brendan Coyle at the shelter. Photograph: ..." / "Rosita Boland" / the stamp at
            # the story's foot: nothing names a writer over what read as a section's label, so
            # the label's line is the writer's name itself (a topic's tag stays a label)
            # nor a person the story is about: "Joe Biden" over the stamp under "Biden warns
            # ..." or "Mr Biden said", the surname alone written again in the page's text
            found = [
                (at, names)
                for at, names in _names_up_from(lines, kept, text_at, n - 1)[-1:]
                if not topic_words(names[0]) and not _surname_elsewhere(lines, kept, at, names)
            ]
        if found and found[0][0] == text_at[0] and _top_nameplate(lines[text_at[0]]):
            # "Malay Mail" / "Malaysia" / the stamp: the capture's first line is the site's
            # own name over its section, no writer (a name of a paper's shape lower down, "Emily
            # Post" over the stamp, may be a writer's still)
            found = found[1:]
        if found and not _named_elsewhere(lines, kept, found):
            raw = "\n".join(lines[at].strip() for at, _ in found)
            writers = [name for _, names in found for name in names]
            why = "byline recall: person names alone, one a line, over the page's section and stamp"
            return Recalled(Byline(raw, writers), found[0][0], why)
    return None


# A story's sentence over the foot's name: this many words at least.
_FOOT_SENTENCE_WORDS = 6


def _under_story(lines: list[str], kept: dict[int, str], text_at: list[int], m: int) -> bool:
    """The `m`-th line of text stands at the story's foot: under the headline, right under a
    caption, a credit or a sentence of the story (a section's label over the page's stamp
    stands in the header, under the menu or the page's own stamp)."""
    if m < 1 or not any(kept.get(j) == "headline" for j in range(text_at[m])):
        return False
    above = text_at[m - 1]
    text = lines[above].strip()
    return kept.get(above) in ("caption", "credit") or (
        kept.get(above) is None
        and len(text.split()) >= _FOOT_SENTENCE_WORDS
        and text.rstrip("\"”’'").endswith((".", "!", "?"))
    )


def _names_up_from(
    lines: list[str], kept: dict[int, str], text_at: list[int], m: int
) -> list[tuple[int, list[str]]]:
    """Person names alone, one a line, read upwards from the `m`-th line of text (up to
    _BLOCK_NAMES lines), stopping at a line that is no name or is the page's headline,
    dateline, caption or credit; in the page's order."""
    found: list[tuple[int, list[str]]] = []
    while m >= 0 and len(found) < _BLOCK_NAMES:
        at = text_at[m]
        names = _name_alone(lines[at].strip())
        if names is None or kept.get(at) in ("headline", "dateline", "caption", "credit"):
            break
        found.insert(0, (at, names))
        m -= 1
    return found


def _named_elsewhere(
    lines: list[str], kept: dict[int, str], found: list[tuple[int, list[str]]]
) -> bool:
    """A name of the block is written again in the page's text (bar photos' captions and
    credits, where a writer may have taken the picture): a topic's tag ("Climate Change",
    "Donald Trump") over the stamp names what the story is about, a writer's name is not."""
    block = {at for at, _ in found}
    text = " ".join(
        lines[j]
        for j in range(len(lines))
        if j not in block and kept.get(j) not in ("caption", "credit")
    ).casefold()
    text = " ".join(text.split())
    return any(
        form in text
        for _, names in found
        for name in names
        for form in (" ".join(name.split()).casefold(), _unstyled(name))
        if len(form.split()) >= 2
    )


def _surname_elsewhere(lines: list[str], kept: dict[int, str], at: int, names: list[str]) -> bool:
    """The surname of one of `names` (line `at`) stands as a word in the page's other text,
    bar photos' captions and credits (the headline's "Biden warns ...", the story's "Mr
    Biden"): the page is about the person, whose name over the stamp is a topic's tag."""
    text = " ".join(
        lines[j] for j in range(len(lines)) if j != at and kept.get(j) not in ("caption", "credit")
    )
    surnames = {_unstyled(name).split()[-1] for name in names if _unstyled(name).split()}
    return any(
        re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text, re.IGNORECASE) is not None
        for surname in surnames
        if len(surname) > 1
    )


def _unstyled(name: str) -> str:
    """The name without a parliamentarian's style, folded ("Hon Jane Roe MP" -> "jane roe")."""
    return " ".join(PARLIAMENTARY_STYLE.sub("", " ".join(name.split())).split()).casefold()


def _stamp_with_hour(text: str) -> bool:
    """The page's date stamp holding an hour ("JUN 3, 2025 6:00 AM")."""
    return len(text) <= 40 and is_date_stamp(text) and re.search(r"\d[:.]\d\d", text) is not None


def _section_label(text: str) -> bool:
    """A section's label: one word, or two, with no digit nor stop ("GEAR", "Science")."""
    words = text.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)


def _name_over_title(lines: list[str], roles: list[LineRole], start: int) -> Recalled | None:
    """A writer's name alone over their title ("Jane Roe" / "Political reporter") among the
    story's lines: a live page's entry signed by its writer, or the writer's box under the
    story. A caption's or a credit's line is none; the title line vouches for the name."""
    kept = {r.line: r.role for r in roles}
    for i in range(start, len(lines)):
        if kept.get(i) in ("headline", "caption", "credit") or not lines[i].strip():
            continue
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        if nxt is None:
            break
        text = " ".join(lines[i].split())
        if kept.get(nxt) in ("caption", "credit") or not is_title_line(lines[nxt]):
            continue
        names = _name_alone(text)
        if names is not None:
            why = _why(["the writer's title on the next line"], "in the story")
            return Recalled(Byline(text, names), i, why)
    return None


def _top_nameplate(line: str) -> bool:
    """The capture's first line is a known site's or paper's name (masthead.is_masthead)."""
    from archiver.extract.masthead import is_masthead

    return is_masthead(line.strip())


def _name_alone(text: str) -> list[str] | None:
    """The line is one person's name and nothing else, two to four words."""
    if not 2 <= len(text.split()) <= 4 or _QUOTE_OPEN.match(text):
        return None
    probe = text.title() if text.isupper() else text
    if name_list(probe) != [probe] or is_known_place(probe) or is_agency(probe):
        return None
    if is_chrome(probe) or is_account_line(probe):
        return None  # "Sign In", "Log In" over the block: the site's account button
    return [text]


def _agency_dateline(text: str) -> bool:
    """The line opens with a dateline that names its date and a known agency ("PLACE, Feb 17
    (PTI)"), whatever follows it."""
    from archiver.extract.datelines import match_dateline

    found = match_dateline(text)
    return (
        found is not None
        and found.dateline.source is not None
        and found.dateline.date_text is not None
    )
