"""A second look for a photo's credit when the first reading of a plain-text article found none.

Each outlet prints its credit in a shape of its own ("Kevin Mazur/Getty Images for iHeartRadio"
under a caption, "ASSOCIATED PRESS" alone under one, "... in Prague. ČTK/Jane Roe" closing one).
The rules in credits.py name shapes; this step names the evidence instead: a short line, or a
caption sentence's tail, that once its known label is taken off is made only of credit parts
(a person's name, a known agency or picture library, an outlet) joined as credits are joined
('/', '|', ',', ' - ', ';', 'via', 'for'), with at least one part that is an agency or outlet,
standing alone under (or over) a caption's sentence, or closing one. Lines the opening read as
the headline, a byline or the dateline are never taken, nor a line naming the story's writer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.extract.agencies import is_wire_source
from archiver.extract.chrome import is_rights_statement
from archiver.extract.credits import (
    _CAPITAL,
    _LATER_TOKEN,
    _NAME_TOKEN,
    _ORG_WORDS,
    _OUTLET_WORD,
    FILE_ALONE,
    OUTLET_NAME,
    Credit,
    _is_agency,
    emailed_credit,
    ends_caption,
    find_credit,
)

# Labels that introduce a credit; taken off before the rest is read.
_LABEL = re.compile(
    r"^(?:(?i:photo(?:graph)?s?|image|picture|pic|credit|image\s+source)\s*[:,/]\s*"
    r"|©\s*|\(c\)\s*|(?i:courtesy\s+of)\s+|(?i:staff\s+photo\s+by)\s+|(?i:photos?\s+by)\s+)"
)
# The joints between a credit's parts, strongest first.
_JOINTS = (" via ", " VIA ", " for ", " FOR ", "/", " | ", "; ", ", ", " - ", " – ", " — ")
_PERSON = re.compile(rf"{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}}")
# "The Pantagraph", "THE TIMES", "Times Colonist", "cleveland.com": an outlet's name.
_THE_OUTLET = re.compile(r"(?:The|THE)\s+[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2}")
_DOMAIN = re.compile(r"[a-z][\w\-]*\.(?:com|net|org|co\.uk|com\.au|co\.nz|ca|ie)")
# "Mother Jones illustration", "AP Photo", "Staff": a desk's or a picture's word after a name.
_DESK_WORD = re.compile(
    r"(?:(?P<org>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2})\s+)?"
    # "... - Getty Images file": MSNBC's mark of a picture from the file
    r"(?i:illustration|photo|photos|file\s+photo|file|graphic|staff|handout|pool)"
)
# Words a credit holds in lower case; any other lower-case word makes the line prose.
_SMALL = frozenset(
    "via for of and the de van von da di del la le du des al el bin y e und "
    "illustration photo photos graphic staff file handout pool images".split()
)
# "ČTK", "WVLT", "NBAE": an agency's or a station's initials, known or not
_ACRONYM = re.compile(rf"[{_CAPITAL}]{{3,6}}")
# "iHeartRadio", "Acme Records": whom a picture was taken for, after "for" / "via"
_CLIENT = re.compile(
    r"[A-Za-z][\w&'’.\-]*[A-Z][\w&'’.\-]*|[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3}"
)
_MAX_CHARS = 70
_CAPITALISED = re.compile(r"[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|and|&)){0,3}")
_DECK_WORDS = 6
# A joint no byline is printed with: "Jane Roe/Getty Images", "JANE ROE FOR THE TIMES"
_STRONG_JOINT = re.compile(r"\S/\S|\s(?:for|FOR)\s+(?:The|THE)\s|\s(?:via|VIA)\s")
_PHOTO_BY_LEAD = re.compile(
    r"^(?:[A-Z][\w.&'’\-]*\s+){0,3}(?i:staff\s+)?(?i:photo|picture|pic)s?\s+(?i:by)\s+"
    r"(?P<name>[^/|:]{3,40}?)\s*[/|:]\s+(?P<caption>[A-Z\"“].+)$"
)
_CAPTION_WORDS = (4, 40)


@dataclass(frozen=True)
class Recalled:
    """A credit found on a second look: its line, the caption's line, and the credit."""

    credit_line: int
    caption_line: int
    caption: str
    credit: Credit


def _is_person(part: str) -> bool:
    return _PERSON.fullmatch(part) is not None and not _is_agency(part)


def _is_outlet(part: str, slashed: bool = False) -> bool:
    return (
        _is_agency(part)
        or _THE_OUTLET.fullmatch(part) is not None
        or _DOMAIN.fullmatch(part) is not None
        or _DESK_WORD.fullmatch(part) is not None
        # "Times Colonist", "DAILY HERALD", "Greater Manchester Police": a paper's or an
        # institution's name by its words
        or (
            _CAPITALISED.fullmatch(part) is not None
            and (
                OUTLET_NAME.fullmatch(part.title()) is not None
                or _OUTLET_WORD.search(part.title()) is not None
                or (len(part.split()) >= 2 and _ORG_WORDS.search(part) is not None)
            )
        )
        # initials only beside a slash: "Seattle, WA" is a place
        or (slashed and _ACRONYM.fullmatch(part) is not None)
    )


def _parts_credit(text: str) -> tuple[bool, str | None, str | None]:
    """Whether `text` is made only of credit parts with an agency or outlet among them, and
    the first person and outlet named."""
    for joint in _JOINTS:
        if joint in text:
            head, _, rest = text.partition(joint)
            head, rest = head.strip(), rest.strip()
            if not head or not rest:
                return False, None, None
            slashed = joint == "/"
            ok_h, person_h, org_h = (
                _parts_credit(head) if _has_joint(head) else _part(head, slashed)
            )
            ok_r, person_r, org_r = (
                _parts_credit(rest) if _has_joint(rest) else _part(rest, slashed)
            )
            if not ok_r and joint.strip().lower() in ("for", "via") and _CLIENT.fullmatch(rest):
                ok_r, org_r = True, rest
            if not (ok_h and ok_r):
                return False, None, None
            org = org_h or org_r
            # " for iHeartRadio", " FOR THE TIMES": the client the picture was taken for
            if org is None and joint.strip().lower() == "for" and person_h:
                org = rest
            return org is not None, person_h or person_r, org
    return _part(text)


def _has_joint(text: str) -> bool:
    return any(j in text for j in _JOINTS)


def _part(part: str, slashed: bool = False) -> tuple[bool, str | None, str | None]:
    if _is_outlet(part, slashed):
        return True, None, part
    if _is_person(part):
        return True, part, None
    return False, None, None


def bare_credit(text: str, *, labelled_only: bool = False) -> Credit | None:
    """The credit `text` is, read from its parts alone: a known agency or picture library
    ("ASSOCIATED PRESS"), or names and outlets joined as credits are ("Jane Roe/Getty Images
    for Acme", "JANE ROE FOR THE TIMES", "Jane Roe, cleveland.com", "Acme illustration;
    Getty"). A label ("Photo:", "©", "Courtesy of") may open it."""
    line = text.strip()
    if not line or len(line) > _MAX_CHARS:
        return None
    body = line
    labelled = False
    if (m := _LABEL.match(body)) is not None:
        body = body[m.end() :]
        labelled = True
    body = body.strip().rstrip(".").strip()
    if body[:1] in "([" and body[-1:] in ")]":
        body = body[1:-1].strip()
    if labelled_only and not labelled:
        return None
    if not body or body[:1].islower() and _DOMAIN.fullmatch(body) is None:
        return None
    words = re.split(r"[\s/|;,]+", body)
    if any(_prose_word(w) for w in words):
        return None  # prose
    if any(ch in body for ch in '!?:"“”'):
        return None
    if _is_agency(body):
        printed = line.rstrip(".").strip() if line.startswith("©") else body
        return Credit(credit=printed, photographer=None, agency=body)
    ok, person, org = _parts_credit(body)
    if not ok or (person is None and org is None):
        return None
    if not _has_joint(body) and not labelled:
        return None  # a lone name or outlet needs a label or an agency's own name
    # the printed credit without its word label ("Photo:"); a copyright sign stays with it
    credit = line.rstrip(".").strip() if line.startswith("©") else body
    return Credit(credit=credit, photographer=person, agency=org)


def _prose_word(word: str) -> bool:
    """A lower-case word no credit holds ("iHeartRadio", "cleveland.com" and "via" do)."""
    return (
        bool(word)
        and word[0].islower()
        and word.lower() not in _SMALL
        and _DOMAIN.fullmatch(word) is None
        and word.lower() == word
    )


# A wire's note under its story that says when it was published ("This report by The
# Canadian Press was first published Sept. 18, 2024."): the writer's line may follow it, or
# the agency's name signing the story; it is no caption.
FIRST_PUBLISHED = re.compile(
    r"^This\s+(?:report|story|article)\s+(?:by\s+.{2,40}?\s+)?was\s+(?:first|originally)\s+"
    r"published\b"
)


def _caption_like(line: str) -> bool:
    from archiver.extract.bylines import trailer_byline

    words = len(line.split())
    return (
        _CAPTION_WORDS[0] <= words <= _CAPTION_WORDS[1]
        and ends_caption(line)
        and FIRST_PUBLISHED.match(line) is None
        # "((Reporting by Jane Roe; ... desk +44 20 ...))" over "REUTERS": the trailer naming
        # the writers, the agency signing off under it
        and trailer_byline(line) is None
    )


_SENTENCE_TAIL = re.compile(r"(?<=[.!?”\"’)])\s+(?P<tail>[^.!?]{2,70}\.?)$")
_SAID = re.compile(r"\b(?:said|says|told|according)\b")


# "By Jane Roe" and nothing else: a person's name after "By" (two to four words).
_BY_NAME = re.compile(
    rf"^(?i:by)\s+(?P<name>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}})"
    # "By Tim Dillard, USA TODAY": the paper's staff photographer with the paper's name
    r"(?:,\s+(?P<outlet>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3}))?$"
)


# A sentence that leads into the parts under it ("Here is where each district stands.",
# "Below, the candidates' answers."): a roundup's, no caption, so the "By" line under it
# signs the next part.
_LEAD_IN = re.compile(r"^(?:here(?:'s|’s)?|below|the following|read on|see)\b", re.IGNORECASE)


# Capitals closing a caption after its sentence: "... this week. HQ".
_INITIALS_TAIL = re.compile(r"(?<=[.!?])\s+(?P<initials>[A-Z]{2,4})$")
# A caption stands this many lines of text under the byline at most (a stamp, a reading time
# between them).
_OPENING_LINES = 3
# Lines more a caption may stand under the byline when its credit gives the photographer's
# address (a name and an address under a caption's sentence is no writer's line).
_MAILED_SLACK = 3


# "... the state. (NAN)(www.nannews.ng)" / "EEN/OLA": the reporter's and the editor's initials
# in capitals, set apart by a slash, under the paragraph the agency signs in brackets (its site's
# address may follow): the News Agency of Nigeria's foot; no sentence, no credit (none an agency).
_SLASHED_INITIALS = re.compile(r"^[A-Z]{2,4}(?:/[A-Z]{2,4}){1,4}$")
_BRACKETED_SIGNOFF = re.compile(
    r"\((?P<agency>[A-Za-z][\w-]{1,11})\)(?:\s*\((?:www\.)?[\w-]+(?:\.[\w-]+)+\))?\s*$"
)


def signed_desk_initials(line: str, above: str) -> bool:
    """ "EEN/OLA" under "... (NAN)(www.nannews.ng)": `line` is the desk's initials
    (_SLASHED_INITIALS, none an agency's) under `above`, which a wire agency signs in brackets.
    The sign-off is the evidence: "USGS/HVO", "NOAA/NHC" under a caption's sentence are the
    picture's credit (a survey's and an office's initials), no desk's codes."""
    text = line.strip()
    signed = _BRACKETED_SIGNOFF.search(above[-80:])
    return (
        _SLASHED_INITIALS.match(text) is not None
        and not any(is_wire_source(code) or _is_agency(code) for code in text.split("/"))
        and signed is not None
        and is_wire_source(signed["agency"])
    )


def _bare_name(text: str) -> bool:
    """A person's name and nothing else on the line: two to four words."""
    from archiver.extract.bylines import looks_like_name

    return 2 <= len(text.split()) <= 4 and looks_like_name(text)


# A rights notice's own words on the "©" line ("© Copyright ANSA", "© 2026 Herald Sun"):
# the page's notice, no credit.
_OWN_RIGHTS_MARK = re.compile(r"(?i:copyright|rights)|\b(?:19|20)\d\d\b")

# A rights mark and a wire's name alone on a line: "© KYODO", "(c) Agencia EFE", "©AFP".
_RIGHTS_WIRE = re.compile(r"(?:©|\([cC]\)|(?i:copyright))\s*(?P<wire>[^\s©].{1,40})")
# A story's paragraph: so many words at least, closing its sentence (a caption is shorter as a
# rule; the story's last paragraph, the rights line's neighbour, runs longer).
_STORY_PARAGRAPH_WORDS = 20
# A paragraph of the story under a line: its words at least, with its stop.
_STORY_BELOW_WORDS = 12


def _story_sentence(line: str, words: int) -> bool:
    """The line reads as a paragraph of the story's: `words` words at least, closing its
    sentence with its stop."""
    return len(line.split()) >= words and line.rstrip().endswith((".", "!", "?", '"', "”"))


def _rights_wire_at_foot(texts: list[tuple[int, str]], k: int, last_story: list[int]) -> bool:
    """ "© KYODO", "(c) Agencia EFE" alone under the story's last paragraphs (the two lines
    over it each a story's sentence, the nearer a long one), nothing of the story under it:
    the wire's rights line closing the copy it filed, no credit of a picture (a caption over
    "© NTB" at the story's foot is a short line; "© Jane Roe / NTB" names its photographer)."""
    m = _RIGHTS_WIRE.fullmatch(texts[k][1])
    if m is None or not is_wire_source(m.group("wire").strip()):
        return False
    # (the lines over and under it are looked at only for such a rare line, once each)
    if k < 2 or not _story_sentence(texts[k - 1][1], _STORY_PARAGRAPH_WORDS):
        return False
    if not _story_sentence(texts[k - 2][1], _STORY_BELOW_WORDS):
        return False
    if not last_story:
        # the last of the text's story sentences, found once for all such lines (`last_story`
        # keeps it for the caller's loop)
        last_story.append(
            next(
                (
                    j
                    for j in range(len(texts) - 1, -1, -1)
                    if _story_sentence(texts[j][1], _STORY_BELOW_WORDS)
                ),
                -1,
            )
        )
    return last_story[0] < k


def recall_credit(
    lines: list[str],
    taken: dict[int, str],
    *,
    start: int,
    end: int,
    writers: tuple[str, ...] = (),
) -> Recalled | None:
    """The first credit a second look finds between lines `start` and `end`; `taken` maps the
    lines the opening gave a role that is no credit's (headline, byline, dateline) to it."""
    from archiver.extract.captures import is_closing_codes

    texts = [(i, lines[i].strip()) for i in range(start, min(end, len(lines))) if lines[i].strip()]
    low_writers = tuple(w.lower() for w in writers if w)
    # each line is asked whether it reads as a caption up to three times (as the line above a
    # credit, as itself, as the line below one): its answer, which depends on its text alone,
    # is worked out once (a long article's thousands of lines, each asked three times)
    captions: dict[str, bool] = {}

    def caption_like(line: str) -> bool:
        answer = captions.get(line)
        if answer is None:
            answer = captions[line] = _caption_like(line)
        return answer

    bylines = [no for no, role in taken.items() if role == "byline"]
    byline_at = min(bylines) if bylines else None

    def usable(i: int, credit: Credit) -> bool:
        if i in taken:
            return False
        if credit.credit.lower().strip(" .") in FILE_ALONE:
            # "... Dapo Abiodun. Photo: File": the file marker where the name would stand
            # says the picture is an old one, and names no one who took or lent it
            return False
        # "Jane Roe, Valley Courier" under a roundup's paragraph, the byline naming the same
        # paper: another writer's line (a credit in that shape stands over the byline)
        if (
            byline_at is not None
            and i > byline_at
            and credit.agency
            and ", " in credit.credit
            and "/" not in credit.credit
            and credit.agency.lower() in " ".join(lines[no] for no in bylines).lower()
        ):
            return False
        named = (credit.photographer or "").lower()
        return not (named and any(named in w or w in named for w in low_writers))

    # the "By" lines under the story's own byline: one alone is a picture's, many are a live
    # page's entries or a roundup's stories, each signed
    signed_below = [
        i for i, text in texts if byline_at is not None and i > byline_at and _BY_NAME.match(text)
    ]
    # the writers' initials ("Harper Quill": "HQ"), as a writer signs a picture
    initials = {"".join(w[0] for w in name.split()).upper() for name in writers if name}
    initials = {tag for tag in initials if 2 <= len(tag) <= 4}
    # the lines that are a person's name alone under the byline (worked out when first asked:
    # only for a line that is one of the story's writers' names, rare, not every line)
    named: list[list[int]] = []

    def named_below() -> list[int]:
        if not named:
            named.append(
                [
                    i
                    for i, text in texts
                    if byline_at is not None and i > byline_at and _bare_name(text)
                ]
            )
        return named[0]

    # where the story opens: the first lines of text under the byline
    opening = [k for k, (i, _) in enumerate(texts) if byline_at is not None and i > byline_at]

    def under_caption(k: int) -> bool:
        """The line k stands under a caption at the story's head (one of its first lines, not
        taken, no speech) with the story going on below it: where a picture's credit stands
        alone under its caption (one test for the name-alone and the "By" line shapes)."""
        return (
            0 < k < len(texts) - 1
            and texts[k - 1][0] not in taken
            and k - 1 in opening[:_OPENING_LINES]
            and caption_like(texts[k - 1][1])
            and not _SAID.search(texts[k - 1][1])
        )

    # the index in `texts` of the last story sentence (_rights_wire_at_foot), when first asked
    last_story: list[int] = []
    for k, (i, text) in enumerate(texts):
        above = texts[k - 1] if k > 0 else None
        below = texts[k + 1] if k + 1 < len(texts) else None
        if (
            # the byline's own writer: an alt-weekly's writer takes the pictures too (another
            # name alone under a paragraph is as often a heading or the page's furniture)
            text.lower() in low_writers
            and named_below() == [i]
            and above is not None
            and under_caption(k)
        ):
            # "Conor Haskell | October 3, 2023" / "The complex has racked up 214 violations."
            # / "Conor Haskell" / the story: the photographer's name alone under the caption
            # at the story's head, the only name standing alone in the text
            return Recalled(i, above[0], above[1], Credit(text, text, None))
        if (
            k in opening[:_OPENING_LINES]
            and below is not None
            and i not in taken
            and (m := _INITIALS_TAIL.search(text)) is not None
            and m.group("initials") in initials
            and caption_like(text[: m.start()].strip())
            and not _SAID.search(text)
        ):
            # "Rain returns to Seattle this week. HQ" under the byline of Harper Quill: the
            # writer's initials close the caption of the picture the writer took (an
            # alt-weekly's credit), the story under it
            tag = m.group("initials")
            return Recalled(i, i, text, Credit(tag, None, None))
        if (
            signed_below == [i]
            and (m := _BY_NAME.match(text)) is not None
            and above is not None
            # the caption at the story's head, a few lines under the byline: deeper down, a
            # "By" line alone is a roundup's next writer
            and under_caption(k)
            and not _LEAD_IN.match(above[1])
        ):
            # "Massachusetts Hall houses the offices ..." / "By Jane Roe" / the story: a
            # college paper's photographer signs the picture as a writer signs the story,
            # under the caption (the picture itself left out of a reader view's copy)
            name = m.group("name")
            outlet = m.group("outlet")
            signed = Credit(credit=name, photographer=name, agency=None)
            if outlet is not None:
                # the outlet must be the paper the story's byline names (its own photographer)
                # or a known agency; another name after the comma is a title or a place
                signed_by = " ".join(lines[no] for no in bylines)
                if not (_is_agency(outlet) or (bylines and outlet in signed_by)):
                    continue
                signed = Credit(credit=f"{name}, {outlet}", photographer=name, agency=outlet)
                # under the caption, the paper's name is its photographer's: only the story's
                # own writer is no photographer here
                if i not in taken and name.lower() not in low_writers:
                    return Recalled(i, above[0], above[1], signed)
                continue
            if usable(i, signed):
                return Recalled(i, above[0], above[1], signed)
        if text.lower().startswith("by "):
            continue
        if (
            "@" in text
            and above is not None
            and below is not None
            and above[0] not in taken
            # the caption among the story's first lines (a stamp, a player's button and
            # the first paragraph may stand over it): the address names its photographer
            and k - 1 in opening[: _OPENING_LINES + _MAILED_SLACK]
            and caption_like(above[1])
            and not _SAID.search(above[1])
            and (mailed := emailed_credit(text, spaced=True)) is not None
            and usable(i, mailed)
        ):
            # "The Lynx Blue Line in uptown Charlotte." / "Jane Roe jroe@paper.com" / the
            # story: the photographer's name and address alone under the caption at the
            # story's head (McClatchy's credit; the writer's own address is no credit)
            return Recalled(i, above[0], above[1], mailed)
        # alone under a caption's sentence, the story going on under it
        if (
            above is not None
            # "(ANI)" / "Reuters" under the story's last paragraph: its sign-off (the desk's
            # initials or the end mark under it, "EFE" / "jgb/ics/jgb", close the story too)
            and below is not None
            # (the caption above asked first: its answer is kept, the codes' test is not)
            and caption_like(above[1])
            and not is_closing_codes(below[1])
            # "© Copyright ANSA" over "ALL RIGHTS RESERVED": the page's rights notice under the
            # story, however its last paragraph reads, no picture's credit (a bare "© AFP"
            # over the page's own notice stays the caption's credit)
            and not (is_rights_statement(below[1]) and _OWN_RIGHTS_MARK.search(text))
            and not (text[:1] in "([" and not _has_joint(text))
            and not _SAID.search(above[1])
            and not signed_desk_initials(text, above[1])
            and not _rights_wire_at_foot(texts, k, last_story)
        ):
            credit = bare_credit(text)
            if credit is not None and usable(i, credit) and above[0] not in taken:
                return Recalled(i, above[0], above[1], credit)
        # "JANE ROE FOR THE TIMES", "Jane Roe/Getty Images" under a deck with no stop: a
        # freelancer's or an agency's credit, which no byline is printed as
        if (
            above is not None
            and below is not None
            and above[0] not in taken
            and len(above[1].split()) >= _DECK_WORDS
            and not _SAID.search(above[1])
            and _STRONG_JOINT.search(text) is not None
            and (credit := bare_credit(text)) is not None
            and credit.photographer
            and usable(i, credit)
        ):
            return Recalled(i, above[0], above[1], credit)
        # "Jane Roe/Getty Images" over "Workers inspect the panels.", the story under it
        if (
            below is not None
            and k + 2 < len(texts)
            and (above is None or not caption_like(above[1]))
            and below[0] not in taken
            and caption_like(below[1])
            and not _SAID.search(below[1])
            and _STRONG_JOINT.search(text) is not None
            and (credit := bare_credit(text)) is not None
            and usable(i, credit)
        ):
            return Recalled(i, below[0], below[1], credit)
        # a word alone ("Share", "Advertisement"): neither pattern below can find anything in
        # it (each wants spaces, the second a stop too), and pages print many such lines
        if text.isalnum():
            continue
        # "Mirror photo by Jane Roe / Visitors walk through the park.": the credit leads it
        if (m := _PHOTO_BY_LEAD.match(text)) is not None and i not in taken:
            name = m.group("name").strip()
            if _is_person(name) and caption_like(m.group("caption")):
                credit = Credit(credit=name, photographer=name, agency=None)
                # "Staff photo by JANE ROE: ...", "Express photo by Jane Roe / ...": the desk's
                # label is the credit's as the grammar reads it closing a caption ("... Staff
                # photo by Jane Roe"); a bare "Photo by" is left off there too
                labelled = find_credit(text[: m.end("name")].strip(), in_header=True)
                if labelled is not None and labelled.credit.endswith(name):
                    credit = Credit(labelled.credit, name, labelled.agency)
                if usable(i, credit):
                    return Recalled(i, i, text, credit)
        # closing a caption's sentence: "Labour Office branch in Prague. ČTK/Jane Roe"
        m = _SENTENCE_TAIL.search(text) if below is not None else None
        if m is not None:
            head = text[: m.start()].strip()
            credit = bare_credit(m.group("tail"))
            if (
                credit is not None
                and caption_like(head)
                and not _SAID.search(head)
                # "... said. (AP)", "... a status report. PTI": the story's sign-off, not a
                # caption's credit (an agency alone closes a caption only with its mark)
                and not m.group("tail").startswith("(")
                and (_has_joint(m.group("tail")) or _LABEL.match(m.group("tail")) is not None)
                and usable(i, credit)
            ):
                return Recalled(i, i, text, credit)
    return None
