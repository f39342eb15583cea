"""How an archivist's text capture of a page is wrapped, and the article lines inside it.

Captures are often not a select-all paste but the output of a tool: `lynx -dump` / `w3m -dump`
(link numbers glued to words, "[2]Politics", and a "References" list of URLs at the end; image
markers "[logo.png]", "IFRAME: url"), an e-mail or RSS-to-mail message (a "From:/Subject:/
Date:" header block, "View in browser", a "-- " signature and "Unsubscribe"), a news agency's
feed as received (the envelope its system writes around the story: "ZCZC" ... "NNNN", ANPA's
message number, selector line and caret codes, "Priority:"/"Slug:" fields, stamps), or a newspaper
archive's print view (a catalogue citation "The Paper (ACT : 1926 - 1995), Wednesday 12 March
1986, page 3", an edition line "The Paper Web Edition Vol. 5 Num 12 ...", "Print this article").

Each wrapper is recognised only on structural evidence (a References list of numbered URLs
under text with link numbers; a header block of two or more header fields opening the text;
a feed by two kinds of its envelope's marks, or three of its header fields), never on one word. What it finds changes only how the lines are READ: markers are taken out of
the line's text and the wrapper's own lines are flagged as furniture, so the role parser finds
the headline and byline as if the wrapper were not there. The source bytes are never touched.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from archiver.extract.archive_bars import archive_bar
from archiver.extract.chrome import is_page_timestamp
from archiver.extract.messaging import read_app_lines
from archiver.extract.pagetops import (
    folio_again,
    is_full_date,
    is_month_and_year,
    is_page_folio,
    is_running_head,
)

# --- lynx / w3m dumps -------------------------------------------------------------------
# "[12]Politics", "By [8]NORA ..."; w3m with link numbers prints the same marks.
_LINK_MARK = re.compile(r"\[\d{1,4}\](?=\S)")
# The list at the end: "References" (lynx), "References:" (w3m), "Visible links" /
# "Hidden links:" (lynx -listonly or with hidden links).
_REFERENCES = re.compile(r"^(?:References|Visible links|Hidden links):?$")
_REFERENCES_WORDS = ("References", "Visible links", "Hidden links")
# "1. https://...", "[1] https://...", "12. mailto:x@y", "3. file://localhost/..."
_REFERENCE_ITEM = re.compile(r"^(?:\d{1,4}\.|\[\d{1,4}\])\s+[a-z][a-z0-9+.-]{1,15}:\S*$")
# A line that is only an image's marker or alt text, "[logo.png]", "[Graduate students ...]",
# or a frame: "IFRAME: https://...", "[IMG]", "[INLINE]".
_IMAGE_LINE = re.compile(r"^\[[^\[\]]{1,300}\]$")
_FRAME_LINE = re.compile(r"^I?FRAME:\s*\S*$")
# A menu: two or more links and nothing else ("Politics Economy Society" as links).
_MENU_LINE = re.compile(r"^(?:\[\d{1,4}\][^\[\]]{1,40}){2,}$")
_LINKS_ONLY = re.compile(r"^\[\d{1,4}\][^\[\]]{1,80}$")

# --- e-mail and RSS-to-mail captures ----------------------------------------------------
_HEADER_FIELD = re.compile(
    r"^(?P<name>From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Message-ID|List-Unsubscribe|"
    r"X-[A-Za-z-]{1,30}|MIME-Version|Content-Type|"
    # a Usenet post's own fields (RFC 1036), as news feeds posted to newsgroups carry them
    r"Newsgroups|Organization|Lines|Keywords|Approved|Path|References|Sender|Summary|"
    r"Distribution|Followup-To|Xref|Expires|"
    # the names a mail program prints in the reader's language (German, French, Spanish,
    # Italian, Portuguese, Dutch, Swedish, Danish and Norwegian)
    r"Von|An|Betreff|Datum|Gesendet|Kopie|De|À|Objet|Envoyé|Para|Asunto|Fecha|Enviado|Da|"
    r"Oggetto|Data|Inviato|Assunto|Van|Aan|Onderwerp|Verzonden|Från|Till|Ämne|Skickat|Fra|"
    r"Til|Emne|Sendt):\s*(?P<value>.*)$",
    re.IGNORECASE,
)
# Those names as the fields they are.
_LOCAL_FIELDS = {
    **dict.fromkeys(("von", "de", "da", "van", "från", "fra"), "from"),
    **dict.fromkeys(("an", "à", "para", "aan", "till", "til"), "to"),
    **dict.fromkeys(
        ("betreff", "objet", "asunto", "oggetto", "assunto", "onderwerp", "ämne", "emne"),
        "subject",
    ),
    **dict.fromkeys(("datum", "fecha", "data"), "date"),
    **dict.fromkeys(
        ("gesendet", "envoyé", "enviado", "inviato", "verzonden", "skickat", "sendt"), "sent"
    ),
}
# Header fields that a plain paragraph never opens with two of.
_KEY_FIELDS = {"from", "to", "subject", "date", "sent", "reply-to", "cc"}
_MAIL_FURNITURE = re.compile(
    r"^(?:(?:view (?:this (?:email|e-mail|message) )?(?:in|on) (?:your |a )?(?:web )?browser|"
    r"view (?:online|as a web ?page|(?:the )?web version)|open in (?:your |a )?browser|"
    # Substack's "View this post on the web at https://..."
    r"view (?:this (?:post|email|e-mail|message|newsletter|issue) )?on the web(?: at)?|"
    r"read (?:it |this (?:email |e-mail |newsletter )?)?(?:in (?:your |a |the )?(?:web )?browser|online)|"
    r"having trouble viewing this (?:email|e-mail|message)\?(?: .{0,60})?)"
    r"\.?(?::?\s*<?https?://\S+?>?)?|"
    r"unsubscribe\.?|manage (?:your )?subscription\.?|"
    # a newsletter's call to whoever it was forwarded to (Substack's "Forwarded this email?
    # Subscribe here for more", "Was this forwarded to you? Sign up here")
    r"(?:forwarded this (?:email|e-mail|newsletter)\?|was this (?:email |newsletter )?forwarded to "
    r"you\?|did someone forward (?:you )?this (?:email|e-mail|newsletter)\?)(?: .{0,60})?|"
    r"update your preferences\.?|-{2,}\s*(?:forwarded|original) message\s*-{2,}|"
    r"begin forwarded message:?|"
    # a phone's mail program signs what it sends
    r"sent from my (?:iphone|ipad|phone|smartphone|android(?: phone| device)?|"
    r"mobile(?: phone| device)?|blackberry(?: \S+){0,3}|samsung(?: \S+){0,3}|galaxy(?: \S+){0,3})|"
    r"sent from (?:mail for windows(?: 10| 11)?|outlook for (?:ios|android)|yahoo mail(?: on \S+)?)|"
    # the same links in other languages
    r"im browser (?:ansehen|anzeigen|öffnen|lesen)|(?:newsletter )?abbestellen|"
    r"afficher dans (?:le|votre) navigateur|voir (?:la )?version en ligne|se désabonner|"
    r"se désinscrire|ver en (?:el|tu|su) navegador|darse de baja|cancelar (?:la )?suscripción|"
    r"visualizza nel (?:tuo )?browser|annulla l'iscrizione|disiscriviti)$",
    re.IGNORECASE,
)
# The mail program's own signature among _MAIL_FURNITURE's lines ("Sent from my iPhone"): a
# sender's, not a newsletter's.
_SENT_FROM_SIGNATURE = re.compile(r"^\s*sent from\b", re.IGNORECASE)
_SIGNATURE = "--"  # RFC 3676's "-- " signature separator, cleaned of its trailing space
# A signature's lines at most under its separator (RFC 3676 4.3 and usage keep it to a few);
# more text under a "--" line is a newsletter's next section, the line its divider.
_SIGNATURE_LINES = 8

# --- print views and newspaper-archive captures ------------------------------------------
# Trove and similar catalogues: "The Canberra Times (ACT : 1926 - 1995), Wednesday 12 March
# 1986, page 3" - a title, the place and run of years in brackets, a date and a page.
_CATALOGUE_CITATION = re.compile(
    r"^[A-Z][^()]{1,80}\((?:[^():]{1,40}:\s*)?\d{4}\s*[-–]\s*(?:\d{4})?\s*\)\s*,\s*"
    r"[^,]{3,40}\d{4}\s*,\s*(?:page|p\.)\s*\d{1,4}$",
    re.IGNORECASE,
)
# "The Daily Star Web Edition Vol. 5 Num 12 Fri. June 18, 2004": volume and number.
_EDITION_LINE = re.compile(
    r"^[A-Z][\w'’.&\- ]{1,60}?\b(?:Web|Online|Print|Internet|Digital|E-?)\s*Edition\b.*"
    r"\bVol(?:ume|\.)?\s*\d{1,4}\b.*\b(?:No|Num|Number|Issue)\.?\s*\d{1,5}\b",
    re.IGNORECASE,
)
# "Otago Daily Times Online News", "The Paper Online Edition": a site's name printed on its
# print view, followed by the print view's own button.
_ONLINE_TITLE = re.compile(r"^[A-Z][\w'’.&\- ]{1,60}\s(?:Online News|Online Edition|Online)$")
# The catalogue's own lines under the article's text (Trove: "Text last corrected on 3 May 2014
# by anonymous", "Cite this article").
_CATALOGUE_FOOTER = re.compile(
    r"^(?:text last corrected on .{1,60}|cite this article|this article has been corrected.{0,60})$",
    re.IGNORECASE,
)
_PRINT_BUTTON = re.compile(
    r"^(?:print (?:this )?(?:article|page|story)|printer[- ]friendly(?: version| page)?|"
    r"print view|close window)$",
    re.IGNORECASE,
)


# An edition line or a citation is short; a longer first line is never looked at (the
# patterns then stay cheap whatever the text).
_TITLE_MAX = 200


@dataclass
class Capture:
    """The lines as the role parser should read them, which of them are the wrapper's, and why."""

    kind: str | None
    lines: list[str]
    wrapper: list[bool]
    why: dict[int, str] = field(default_factory=dict)
    # The wrapper's lines are read as blank lines, not as a page's furniture: an agency's
    # envelope is no part of a page, and furniture over a headline makes it a whole-page paste
    hidden: bool = False
    # The headline as the wrapper's own index gives it (an archive's title field)
    headline: str | None = None
    # The writer as the wrapper's own header names him or her: a news service's Usenet post
    # signs its "From:" field ("clarinews@clarinet.com (JANE ROE, Associated Press Writer)")
    byline: tuple[int, str] | None = None  # the field's line and its full-name part


def _first_text(lines: list[str], count: int, start: int = 0) -> list[int]:
    """The indexes of the first `count` lines with text from `start` on (read in place: a
    slice per sheet of a long print copied its rest each time)."""
    out: list[int] = []
    for i in range(start, len(lines)):
        if lines[i]:
            out.append(i)
            if len(out) == count:
                break
    return out


def _references_start(lines: list[str]) -> int | None:
    """The "References" heading of a dump: the last such line, followed (past blanks) by at
    least one numbered URL and by nothing else but numbered URLs and blank lines."""
    # a heading's words are looked for in the whole text first: a line can be the heading
    # only where the text holds its words (a long page's thousands of lines were each asked)
    text = "\n".join(lines)
    if not any(word in text for word in _REFERENCES_WORDS):
        return None
    for i in range(len(lines) - 1, -1, -1):
        if not _REFERENCES.match(lines[i]):
            continue
        items = [line for line in lines[i + 1 :] if line]
        if items and all(_REFERENCE_ITEM.match(x) or _REFERENCES.match(x) for x in items):
            return i
        return None
    return None


# A link number opening a word, at a line's start or after a space: "[1]News", "By [6]Jane".
_WORD_LINK_MARK = re.compile(r"(?:^|(?<=\s))\[(\d{1,4})\](?=[^\W\d_])")
# A dump whose "References" list was cut off is still known by its link numbers: this many
# at least, counting up from the first few in reading order.
_MIN_ORDERED_MARKS = 5
_FIRST_MARK_MAX = 3


def _numbered_links(lines: list[str]) -> int | None:
    """Where a dump with no References list ends: the text's link numbers glued to words
    count up in reading order from [1]-[3], five of them or more ("[1]News [2]Weather" ...
    "By [6]Jane Roe" ... "[7]Copyright"). Footnote marks follow a word ("said.[1] The"),
    and a number in brackets before a word is rare in prose, let alone five counting up."""
    numbers: list[int] = []
    for line in lines:
        if "[" in line:
            numbers.extend(int(n) for n in _WORD_LINK_MARK.findall(line))
    if len(numbers) < _MIN_ORDERED_MARKS or numbers[0] > _FIRST_MARK_MAX:
        return None
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return None
    return len(lines)


def _lynx(lines: list[str]) -> Capture | None:
    refs = _references_start(lines)
    if refs is None:
        refs = _numbered_links(lines)
        if refs is None:
            return None
    if not any(_LINK_MARK.search(line) for line in lines[:refs]):
        return None  # a "References" list under a paper with no link numbers: a paper's own
    out = list(lines)
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    first = _first_text(lines, 1)
    for i in range(refs, len(lines)):
        if lines[i]:
            wrapper[i] = True
            why[i] = "the dump's list of link URLs (References)"
    for i in range(refs):
        line = lines[i]
        if not line:
            continue
        if _MENU_LINE.match(line) and not _linked_writers(line):
            wrapper[i] = True
            why[i] = "a row of links in a text dump (a menu)"
        elif (_IMAGE_LINE.match(line) and not _bracketed_credit(lines, i)) or _FRAME_LINE.match(
            line
        ):
            wrapper[i] = True
            why[i] = "an image or frame marker in a text dump"
        elif _LINKS_ONLY.match(line) and i in first:
            wrapper[i] = True
            why[i] = "a link alone on the dump's first line (the site's logo)"
        if "[" in line:
            out[i] = _LINK_MARK.sub("", line)
    return Capture("text dump (lynx/w3m)", out, wrapper, why)


# Between linked writers' names: a comma or "and" ("[5]Jane Roe, [6]John Doe"); a menu's
# links are set apart by spaces only.
_WRITER_LINKS = re.compile(
    r"^\[\d{1,4}\][^\[\],]{3,40}(?:(?:,\s*|\s+and\s+)\[\d{1,4}\][^\[\],]{3,40}){1,3}$"
)


def _linked_writers(line: str) -> bool:
    """`[5]Jane Roe, [6]John Doe`: each writer's name a link to their page, in a list a comma
    or "and" joins (a byline, kept as text), not a row of a menu's links."""
    from archiver.extract.bylines import name_list

    if not _WRITER_LINKS.match(line):
        return False
    names = name_list(_LINK_MARK.sub("", line))
    return names is not None and len(names) >= 2


def _bracketed_credit(lines: list[str], i: int) -> bool:
    """A bracketed line right under a caption that is a photo's credit ("[Arif Saleem/AFP]",
    as Al Jazeera sets it), not an image's alt text ("[Al Jazeera Logo]"): the caption's text
    runs on the line above, no blank between, and the brackets hold a credit's shape."""
    from archiver.extract.credits import find_credit

    above = lines[i - 1] if i > 0 else ""
    if not above or _IMAGE_LINE.match(above) or _LINKS_ONLY.match(above):
        return False
    return find_credit(lines[i][1:-1].strip(), in_header=True) is not None


def _quoted_header(lines: list[str]) -> list[str]:
    """A forwarded message quoted whole, its header with it ("Begin forwarded message:" over
    "> From: ...", "> Subject: ...", as a mail program quotes the message it forwards or
    answers in plain text): the lines as the message reads with the "> " marks taken off, a
    bare ">" read as the blank line it quotes. Other lines are returned as they are."""
    first = _first_text(lines, 2)
    if not first:
        return lines
    k = first[0]
    if _FORWARD_MARK.match(lines[k]) or _MAIL_FURNITURE.match(lines[k]):
        if len(first) < 2:
            return lines
        k = first[1]
    if not _QUOTE.match(lines[k]) or not _HEADER_FIELD.match(_QUOTE.sub("", lines[k]).strip()):
        return lines
    rows = [i for i in range(k, len(lines)) if lines[i]]
    quoted = [i for i in rows if _QUOTE.match(lines[i])]
    if len(quoted) < 3 or len(quoted) < _QUOTED_SHARE * len(rows):
        return lines
    out = list(lines)
    for i in quoted:
        out[i] = _QUOTE.sub("", lines[i]).strip()
    return out


def _header_fields(lines: list[str], i: int) -> tuple[dict[str, int], int]:
    """The header's fields read from line `i` down (each field's name and its line), and the
    header's last line: one field a line, or a blank line between them in a copy with every
    line break doubled; a field's address or its subject folded onto a line of its own."""
    fields: dict[str, int] = {}
    # one field a line; a copy with every line break doubled sets a blank line between them
    step = 2 if _doubled_fields(lines, i) else 1
    last = i
    while i < len(lines) and lines[i]:
        m = _HEADER_FIELD.match(lines[i])
        if m is None:
            if (
                fields
                and _FOLDED_ADDRESS.match(lines[i])
                and i + step < len(lines)
                and _HEADER_FIELD.match(lines[i + step])
            ):
                # "Reply-To: A Discussion List" / "<LIST@HOST.EDU>": a field's address folded
                # onto a line of its own, the header going on under it
                last = i
                i += step
                continue
            if fields and _folded_subject(lines, last, i):
                # "Subject: [PRN] Acme to Open Plant in" / "Ohio": the subject folded (RFC
                # 5322 2.2.3: a line that opens with a blank goes on the field above), its
                # blank lost in the copy; the message's title under the header says it whole
                last = i
                i += step
                continue
            break
        name = m.group("name").lower()
        fields.setdefault(_LOCAL_FIELDS.get(name, name), i)
        last = i
        i += step
        if step == 2 and (i - 1 >= len(lines) or lines[i - 1]):
            break
    return fields, last


# A forwarder's note over the mark of the message it forwards is a few short lines.
_NESTED_NOTE_ROWS = 4


def _nested_header(lines: list[str], end: int) -> tuple[int, dict[str, int]] | None:
    """A message forwarded on in turn, as Outlook, Gmail and Apple Mail quote what they
    forward ("FW: FW: ..."): under the header ending at `end`, the forwarder's note (a few
    short lines, or none), the forward's mark ("-----Original Message-----", "----------
    Forwarded message ---------", "Begin forwarded message:") and, right under it, the header
    of the message forwarded (two key fields, from or subject among them). The line after
    that header and its fields; None when the body goes on otherwise."""
    rows = [k for k in range(end, len(lines)) if lines[k]][: _NESTED_NOTE_ROWS + 1]
    mark = next((n for n, k in enumerate(rows) if _FORWARD_MARK.match(lines[rows[n]])), None)
    if mark is None or any(len(lines[k].split()) > _SENT_LINE_WORDS for k in rows[:mark]):
        return None
    k = rows[mark] + 1
    if k + 1 < len(lines) and not lines[k]:
        k += 1  # Apple Mail's blank line under its mark
    if k >= len(lines) or not _HEADER_FIELD.match(lines[k]):
        return None
    fields, last = _header_fields(lines, k)
    keys = _KEY_FIELDS & fields.keys()
    if len(keys) < 2 or not ({"from", "subject"} & keys):
        return None
    return last + 1, fields


def _note_over_mark(lines: list[str], i: int) -> list[int]:
    """The forwarder's note over the forward's mark at the top of a message saved without its
    own header ("Thought this should go in the Sellwood file. -M" / "Begin forwarded
    message:" / "From: ..."): a few short lines, the mark right under them. Their indexes, or
    none when the message opens otherwise."""
    if _FORWARD_MARK.match(lines[i]) or _HEADER_FIELD.match(lines[i]):
        return []
    rows = _first_text(lines, _NESTED_NOTE_ROWS + 1, i)
    mark = next((n for n, k in enumerate(rows) if _FORWARD_MARK.match(lines[k])), None)
    if not mark or any(len(lines[k].split()) > _SENT_LINE_WORDS for k in rows[:mark]):
        return []
    return rows[:mark]


# A plain-text mail's advertisement drawn in a box of dashes, its label in the top rule
# ("/-------------------- advertisement -----------------------\", as NYTimes.com's "E-mail
# This Article" and the text newsletters of its time set it; "+---- SPONSOR ----+"), its
# lines down to the closing rule ("\------------/"): the mailer's, no line of the article.
_AD_BOX_TOP = re.compile(
    r"^[/+|*]?\s*[-=_*~]{3,}\s*(?i:advertisement|advertising|sponsor(?:ed)?(?: message| link)?|ad)"
    r"\s*[-=_*~]{3,}\s*[\\+|*]?$"
)
_AD_BOX_END = re.compile(r"^[\\/+|*]?[-=_*~]{5,}[\\/+|*]?$")
_AD_BOX_LINES = 10


def _ad_boxes(lines: list[str], start: int, wrapper: list[bool], why: dict[int, str]) -> None:
    """Flag each advertisement's box (see _AD_BOX_TOP) under line `start`, its rules and the
    lines between them, when its closing rule comes within a few lines."""
    for k in range(start, len(lines)):
        if not _AD_BOX_TOP.match(lines[k]):
            continue
        close = next(
            (
                j
                for j in range(k + 1, min(len(lines), k + _AD_BOX_LINES))
                if _AD_BOX_END.match(lines[j])
            ),
            None,
        )
        if close is None:
            continue
        for j in range(k, close + 1):
            if lines[j]:
                wrapper[j] = True
                why[j] = "an advertisement's box in the mail (its rules and its lines)"


def _mail(lines: list[str]) -> Capture | None:
    lines = _quoted_header(lines)
    first = _first_text(lines, 1)
    if not first:
        return None
    i = start = first[0]
    note = _note_over_mark(lines, i)
    if note:
        i = start = note[-1] + 1 + next(k for k, line in enumerate(lines[note[-1] + 1 :]) if line)
    if _FORWARD_PREFIX.match(lines[i]):
        # the forwarding message's own subject printed over it, as a mail program prints or
        # saves a message ("Fwd: The Courier: Bridge reopens"), over the forward's mark or
        # the header it quotes: the mark or the header opens the message
        below = next((k for k in range(i + 1, len(lines)) if lines[k]), None)
        if below is not None and (
            _FORWARD_MARK.match(lines[below]) or _HEADER_FIELD.match(lines[below])
        ):
            i = start = below
    printed_subject = _printed_subject(lines, i)
    if printed_subject:
        # "[External] Weekly Update - Riverside Unified" / "From: ..." / "Sent: ...": the
        # subject alone over the header, as Outlook's message view and print-out set it
        i = start = i + 1
    elif (
        (_MAIL_FURNITURE.match(lines[i]) or _DIGEST_MARK.match(lines[i]))
        and i + 1 < len(lines)
        and lines[i + 1]
    ):
        # "---------- Forwarded message ---------" over its header, or a list digest's
        # number over the header of one of its messages ("Message 3", "Message: 4")
        i = start = i + 1
    elif (
        _FORWARD_MARK.match(lines[i])
        and i + 2 < len(lines)
        and not lines[i + 1]
        and _HEADER_FIELD.match(lines[i + 2])
    ):
        # Apple Mail's "Begin forwarded message:" sets a blank line over the header it quotes
        i = start = i + 2
    fields, last = _header_fields(lines, i)
    end = last + 1
    keys = _KEY_FIELDS & fields.keys()
    if len(keys) < 2 or not ({"from", "subject"} & keys):
        return None  # a header block is two or more fields, from or subject among them
    if (
        end < len(lines)
        and lines[end]
        and len(fields) < _UNSPACED_HEADER_FIELDS
        and not _mailbox_sender(lines, fields)
    ):
        # no blank line under it: the fields alone must make the block a header (copy pasted
        # with one line per paragraph keeps none under a message's header), or a sender's
        # mailbox in angle brackets (RFC 5322's name-addr), which no memo's "From:" carries
        return None
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in range(first[0], end):
        if not lines[k]:
            continue
        wrapper[k] = True
        why[k] = (
            "an e-mail header field"
            if k >= start
            else "the forwarder's note over the forward's mark"
            if k in note
            else "the message's subject over its header"
            if printed_subject
            else "a forwarded message's mark"
        )
    # a message forwarded on in turn: each forwarder's note, the forward's mark and the
    # header of the message it forwards are the chain's; the article stands under the
    # innermost header, whose subject names it
    while (nested := _nested_header(lines, end)) is not None:
        inner_end, fields = nested
        for k in range(end, inner_end):
            if lines[k]:
                wrapper[k] = True
                why[k] = "a forwarder's note, mark or header over the message it forwards"
        end = inner_end
    signature = _signature_at(lines, end)
    for k in range(end, len(lines)):
        line = lines[k]
        if signature is not None and k >= signature and line:
            wrapper[k] = True
            why[k] = "below the message's signature separator ('-- ')"
        elif _MAIL_FURNITURE.match(line):
            wrapper[k] = True
            why[k] = "a newsletter's link (view in browser, unsubscribe)"
    _ad_boxes(lines, end, wrapper, why)
    # a forwarded article under the sender's note, or a newsletter's post under the mailer's
    # own lines ("Forwarded this email? Subscribe here", the masthead): either way the line
    # the subject repeats is the headline, and what stands above it is no part of the article
    short_title = _forwarder_note(lines, end, _subject(lines, fields), wrapper, why)
    _signed_note(lines, end, wrapper, why)
    _intro_note(lines, end, wrapper, why)
    out = list(lines)
    _sent_article(out, end, wrapper, why)
    _newsletter_greeting(out, end, wrapper, why)
    _quoted_article(out, end, wrapper, why)
    if "newsgroups" in fields:
        # a news service's story posted to a newsgroup (ClariNet's clari.news.*): the subject
        # is the story's headline, and the post opens with the story's dateline, no headline
        subject = _FORWARD_PREFIX.sub("", _subject(lines, fields)).strip()
        return Capture(
            "Usenet post",
            out,
            wrapper,
            why,
            headline=subject or None,
            byline=_poster_comment(lines, fields),
        )
    # a short subject names the article's headline: what the mailer printed over it is read
    # as blank, not as a page's menu over a headline, where a title of two words would be
    # read as one more label (a newsletter's section label, its links)
    return Capture(
        "e-mail message",
        out,
        wrapper,
        why,
        hidden=short_title,
        headline=_subject_over_story(out, end, wrapper, _subject(lines, fields)),
    )


# A reply's subject ("Re: ...", "AW: ...") names the thread, not the article the body holds.
_REPLY_PREFIX = re.compile(r"^(?:Re|AW|SV|Antw)\s*:", re.IGNORECASE)


def _subject_over_story(
    lines: list[str], end: int, wrapper: list[bool], subject: str
) -> str | None:
    """The subject as the article's headline when the body opens straight on the story's first
    paragraph, with no title of its own (a news alert's or a forward's mail: "Subject: Fwd:
    Stadium budget blows out by $40m" over "Christchurch's new covered stadium will cost ...");
    the subject must have a headline's shape. None when the body prints a title, or the
    subject is a reply's."""
    from archiver.extract.page import story_line
    from archiver.extract.roles import looks_like_headline

    if not subject or _REPLY_PREFIX.match(subject):
        return None
    title = _LIST_TAG.sub("", _FORWARD_PREFIX.sub("", subject)).strip()
    if len(title.split()) < _SUBJECT_WORDS or title.endswith((".", ":")):
        return None
    if not looks_like_headline(title):
        return None
    first = next((k for k in range(end, len(lines)) if lines[k] and not wrapper[k]), None)
    if first is None or not story_line(lines[first]):
        return None
    return title


# A site's "e-mail this article" service writes its own lines over the article it sends:
# "Jane Roe has sent you an article from Scotsman.com.", "Maria Lopez thought you'd like this
# article from csmonitor.com.", "This article was sent to you by someone who found it on
# SFGate.", "The original article can be found on SFGate.com here:", "Message from sender:".
_SENT_ARTICLE = re.compile(
    r"^(?:.{2,60}\s(?:has sent you|sent you|thought you'd like|thought you would like|"
    r"wanted you to see|(?:has )?shared)\s(?:an?|this)\s(?:article|story|link)\b.{0,80}|"
    r"this (?:article|story) (?:was|has been) (?:sent|e-?mailed|forwarded) to you\b.{0,100}|"
    r"the original (?:article|story) can be found\b.{0,80}|message from (?:the )?sender:?|"
    # an old site's e-mail service: "This page was e-mailed to you by: jroe@example.com",
    # "Note from sender: thought you'd want to see this - Mike"
    r"this (?:page|article|story) (?:was|has been) (?:sent|e-?mailed) to you by\b.{0,100}|"
    # NYTimes.com's "E-mail This Article", its sentence broken over two lines: "This article
    # from NYTimes.com" / "has been sent to you by jroe@example.com."
    r"this (?:article|story) from \S.{0,60}(?: has been sent to you by\b.{0,100})?|"
    r"has been sent to you by\b.{0,100}|"
    r"note from (?:the )?sender\b.{0,300}|"
    # a news site's share-by-mail note: "I thought you'd be interested in this article from
    # The New York Times.", "I thought you might be interested in this story from ABC NEWS:"
    r"(?:i )?thought you(?:'d| would| might) be interested in (?:this|an?) (?:article|story)\b"
    r".{0,80}|"
    # a phone's share sheet or a news app's: "Shared from KSHB 41", "Shared via Apple News"
    r"shared (?:from|via) .{2,60}|"
    # an e-edition's or a site's share form prints the sender's note after its label
    r"(?:personal )?message(?: from (?:the )?sender)?: .{1,300}|"
    r"<?https?://\S+>?)$",
    re.IGNORECASE,
)
# A rule the mailer draws between its own lines and the article: "-----", "=====", "_____".
_RULE = re.compile(r"^(?:-{5,}|={5,}|_{5,}|\*{5,})$")
# A forwarded message's mark in the body: the forwarder's note is over it.
_FORWARD_MARK = re.compile(
    r"^(?:-{2,}\s*(?:forwarded|original) message\s*-{2,}|begin forwarded message:?)$",
    re.IGNORECASE,
)


def _underline(lines: list[str], k: int) -> bool:
    """Line `k` is a rule right under a line of text and as long as it give or take a
    character: the line's underline, as Markdown and plain-text mail set a heading."""
    above = lines[k - 1].strip() if k > 0 else ""
    return (
        bool(above)
        and _RULE.match(lines[k].strip()) is not None
        and not _RULE.match(above)
        and abs(len(lines[k].strip()) - len(above)) <= 1
    )


def _boundary(line: str) -> bool:
    return bool(_RULE.match(line) or _FORWARD_MARK.match(line))


# A sender's note over a share service's line is a line or three.
_SENDER_NOTE_LINES = 3
# How far under the header the mailer's lines and its rule are looked for.
_SENT_TOP = 16
# A title under the rule: a short line with no full stop.
_SENT_TITLE_WORDS = 20
# The mailer's lines between rules: a few, none a paragraph of story.
_SENT_BLOCK = 6
_SENT_LINE_WORDS = 20


def _sent_article(lines: list[str], end: int, wrapper: list[bool], why: dict[int, str]) -> None:
    """The lines a mailer writes between the header and the article it carries: a
    send-to-a-friend service's note ("... has sent you an article from ...", the sender's
    message, the article's link) or a newsletter's masthead and greeting, closed by a rule
    ("-----") right over the article's title. With no rule, only the service's own lines are
    its."""
    rows = [
        k
        for k in range(end, len(lines))
        if lines[k] and (not wrapper[k] or _FORWARD_MARK.match(lines[k]))
    ][:_SENT_TOP]
    sent = [k for k in rows if _SENT_ARTICLE.match(lines[k])]
    last = None
    since = 0  # lines since the header or the last rule: the mailer's blocks are short
    for k in rows:
        if _underline(lines, k):
            # "#47: The library that lent out seeds" / "-------": a heading's underline (a
            # mail written in Markdown or plain text), no rule between the mailer and the post
            since += 1
            continue
        if not _boundary(lines[k]):
            since += 1
            if since > _SENT_BLOCK or len(lines[k].split()) > _SENT_LINE_WORDS:
                break
            continue
        since = 0
        under = next((r for r in rows if r > k and not _boundary(lines[r])), None)
        if under is None:
            break
        title = lines[under]
        if len(title.split()) <= _SENT_TITLE_WORDS and not title.endswith("."):
            last = k
    if last is not None and (sent or any(r < last and not _boundary(lines[r]) for r in rows)):
        for k in rows:
            if k > last:
                break
            wrapper[k] = True
            why[k] = "the mailer's lines over the article it carries (note, link, masthead)"
        return
    # (over the service's first line: under it, between its note and the story's link, stand
    # the story's title and byline)
    note = [k for k in rows if sent and k < sent[0] and not _SENT_ARTICLE.match(lines[k])]
    if note and len(note) <= _SENDER_NOTE_LINES:
        # "Here's the one I was telling you about." over "Shared from KSHB 41": the sender's
        # own note, written over the service's lines, is no part of the article either (more
        # lines above them would be an article's own, the service's line inside it)
        for k in note:
            wrapper[k] = True
            why[k] = "the sender's note over the share service's line"
    for k in sent:
        wrapper[k] = True
        why[k] = "a send-to-a-friend service's line over the article"
        # the sender's own message, in the block under "Message from sender:"
        if lines[k].lower().startswith("message from"):
            j = k + 1
            while j < len(lines) and lines[j]:
                wrapper[j] = True
                why[j] = "the sender's message over the article"
                j += 1


# "> " quote marks a mail program puts before each line of a message it forwards or answers.
_QUOTE = re.compile(r"^(?:>\s?)+")
# Most of the message's lines quoted: the article is the quoted text.
_QUOTED_SHARE = 0.6


def _quoted_article(lines: list[str], end: int, wrapper: list[bool], why: dict[int, str]) -> None:
    """An article forwarded inline, each line quoted ("> Anthrax Scare Closes ..."): the marks
    are taken off, and the forwarder's own note over the quoted text is the sender's."""
    rows = [k for k in range(end, len(lines)) if lines[k] and not wrapper[k]]
    quoted = [k for k in rows if _QUOTE.match(lines[k])]
    if len(quoted) < 3 or len(quoted) < _QUOTED_SHARE * len(rows):
        return
    for k in rows:
        if k >= quoted[0]:
            break
        wrapper[k] = True
        why[k] = "the forwarder's note over the quoted article"
    for k in quoted:
        lines[k] = _QUOTE.sub("", lines[k]).strip()


# A reply's attribution line over the message it quotes, as mail programs write it in the
# reader's language: "On Tue, Sep 13, 2022 at 10:48 PM Jane Roe <jroe@example.com> wrote:",
# "Le 13 sept. 2022 à 22:48, Jean Dupont a écrit :", "Am 13.09.2022 um 22:48 schrieb Max
# Muster:", "El mar, 13 sept 2022 a las 22:48, Ana Ruiz escribió:".
_ATTRIBUTION = re.compile(
    r"^(?:On\s.{6,200}?\swrote|Le\s.{6,200}?\sa\s+écrit|Am\s.{6,200}?\sschrieb(?:\s.{2,80})?|"
    r"El\s.{6,200}?\sescribió|Il\s.{6,200}?\sha\s+scritto|Op\s.{6,200}?\sschreef(?:\s.{2,80})?|"
    r"Em\s.{6,200}?\sescreveu)\s*:$"
)
# How far down the reply's attribution line is looked for: under a greeting and a short note.
_REPLY_TOP = 12


# A newsletter's top row of the mailer's links: "Subscribe | View in browser".
_MAILER_ROW = re.compile(r"\s*[|·•]\s*")
_MAILER_ITEM = re.compile(r"^(?:subscribe|sign up|share|forward(?: to a friend)?)$", re.IGNORECASE)
# How far down a newsletter's own "View in browser" may stand (under its masthead and tagline).
_NEWSLETTER_TOP = 4
# The bar a mailer's web archive of a campaign prints over the mail it keeps (Mailchimp's
# "Subscribe" / "Past Issues" / "Translate" / "RSS"), one item a line when copied: no
# masthead nor tagline, so it does not count against the link's depth.
_ARCHIVE_BAR_ITEM = re.compile(
    r"^(?:subscribe|past\s+issues|translate|rss|share|archives?)$", re.IGNORECASE
)


def _mailer_link(line: str) -> bool:
    """A newsletter's link to itself or to its list ("View in browser: https://...",
    "Subscribe | View in browser"), alone or in a row of them."""
    parts = [p for p in _MAILER_ROW.split(line.strip()) if p]
    return (
        bool(parts)
        and any(_MAIL_FURNITURE.match(p) for p in parts)
        and all(_MAIL_FURNITURE.match(p) or _MAILER_ITEM.match(p) for p in parts)
    )


def is_mailer_link(line: str) -> bool:
    """A newsletter's own link line ("View this email in your browser", "Forwarded this
    email? Subscribe here for more"): the mailer's furniture, no article's line."""
    return _mailer_link(line)


def _newsletter(lines: list[str]) -> Capture | None:
    """A newsletter copied out of the mail program without its header: its "View in browser"
    link among its first lines (under its masthead and tagline) says so. The mailer's links
    are the wrapper's, and the mailer's own lines over the article it carries (its masthead,
    the issue's date, the greeting, closed by a rule right over the article's title) are
    read as in a mail with its header."""
    rows = _first_text(lines, len(lines))
    bar = 0
    while bar < len(rows) and _ARCHIVE_BAR_ITEM.match(lines[rows[bar]].strip()):
        bar += 1
    top = rows[: bar + _NEWSLETTER_TOP]
    # (a phone's "Sent from my iPhone" under a story's title and link is the sender's mail
    # program signing a shared link, no newsletter's own link: the share text is read below)
    links = [k for k in top if _mailer_link(lines[k]) and not _SENT_FROM_SIGNATURE.match(lines[k])]
    if not links:
        return None
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in top[:bar]:
        wrapper[k] = True
        why[k] = "the bar of the mailer's web archive over the mail (Subscribe, Past Issues)"
    for k in top[bar:]:
        if k >= links[0]:
            break
        # "WhatMatters" / "CalMatters' daily newsletter" over the link: the newsletter's
        # name and tagline; the article's title stands under the mailer's lines, never over
        wrapper[k] = True
        why[k] = "the newsletter's name or tagline over its 'View in browser' link"
    for k, line in enumerate(lines):
        if line and (_mailer_link(line) or (k > links[0] and _MAIL_FURNITURE.match(line))):
            wrapper[k] = True
            why[k] = "a newsletter's link (view in browser, unsubscribe)"
    _issue_head(lines, links[-1], wrapper, why)
    _preview_text(lines, links[-1], wrapper, why)
    _contents_list(lines, wrapper, why)
    out = list(lines)
    _numbered_item_title(out, wrapper)
    _sent_article(out, 0, wrapper, why)
    _newsletter_greeting(out, 0, wrapper, why)
    return Capture("newsletter", out, wrapper, why)


# A newsletter's own lines at its foot: "You're receiving this email because you subscribed to
# ...", "Unsubscribe | Privacy Policy", "Manage your subscriptions", "Forward this to a friend ·
# Reply to this email".
_MAILER_FOOT = re.compile(
    r"^(?:you(?:'re|’re| are) receiving this\b.{0,160}|"
    r"unsubscribe(?:\s*[|·•]\s*[^|·•]{1,40}){0,3}|"
    # "Manage your subscription | Unsubscribe": the mailer's links in a row, either first
    r"manage (?:your )?(?:subscriptions?|preferences)\.?(?:\s*[|·•]\s*[^|·•]{1,40}){0,3}|"
    r"forward (?:this|it) to a friend(?:\s*[|·•]\s*[^|·•]{1,40}){0,3})$",
    re.IGNORECASE,
)
# How far up from the end the newsletter's foot is looked for.
_MAILER_FOOT_LINES = 4


def _newsletter_foot(lines: list[str]) -> Capture | None:
    """A newsletter copied out of the mail program without its header nor its top links, the
    mailer's lines at its foot saying what it is ("You're receiving this email because ...",
    "Unsubscribe | Privacy Policy"): those lines are the wrapper's, and the mailer's own lines
    over the article (its name, tagline and issue line; its greeting) are read as in a mail."""
    rows = [k for k, line in enumerate(lines) if line]
    foot = [k for k in rows[-_MAILER_FOOT_LINES:] if _MAILER_FOOT.match(lines[k].strip())]
    if not foot or foot[0] == rows[0]:
        return None
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in rows:
        if k >= foot[0]:
            wrapper[k] = True
            why[k] = "the newsletter's foot (why it was sent, how to unsubscribe)"
    _issue_head(lines, -1, wrapper, why, "the newsletter's name, tagline and issue line")
    _contents_list(lines, wrapper, why)
    signed = next(
        (
            (k, "By " + m.group("name").strip())
            for k in rows[:_ISSUE_HEAD_LINES]
            if wrapper[k] and (m := _WRITTEN_BY.match(lines[k].strip()))
        ),
        None,
    )
    out = list(lines)
    _numbered_item_title(out, wrapper)
    _newsletter_greeting(out, 0, wrapper, why)
    return Capture("newsletter", out, wrapper, why, byline=signed)


# A newsletter's name and tagline under its link: short lines, a few.
_ISSUE_HEAD_LINES = 3
_ISSUE_HEAD_WORDS = 10


def _issue_head(
    lines: list[str],
    link: int,
    wrapper: list[bool],
    why: dict[int, str],
    what: str = "the newsletter's name, tagline and issue date under its link",
) -> None:
    """The newsletter's name, its tagline and the issue's date under its "View in browser"
    link ("The Tuesday Briefing" / "Your guide to what matters in Tucson" / "March 5, 2024"),
    over the article: a few short lines with no sentence's end, closed by the full date. A
    line under the link that is no such block (the title itself) leaves nothing to take."""
    rows = [k for k in range(link + 1, len(lines)) if lines[k] and not wrapper[k]]
    for n, k in enumerate(rows[: _ISSUE_HEAD_LINES + 1]):
        if is_full_date(lines[k].strip()) or _issue_line(lines[k].strip()):
            if n + 1 >= len(rows) or not _title_or_greeting(lines[rows[n + 1]].strip()):
                # nothing under the date, or its byline ("City to pave streets" / "March 5,
                # 2024" / "By Jo Park"): the lines over the date are the article's title
                return
            for j in rows[: n + 1]:
                wrapper[j] = True
                why[j] = what
            return
        text = lines[k].strip()
        if len(text.split()) > _ISSUE_HEAD_WORDS or text.endswith((".", "!", "?", ":")):
            return


# The issue's number and its date on one line: "Issue #47 · 25 February 2024", "No. 112 |
# March 5, 2024".
_ISSUE_LINE = re.compile(
    r"^(?:issue|edition|no\.|vol\.?\s*\d+,?\s*no\.)\s*#?\s*\d{1,5}\s*[·•|,–—-]\s*(?P<date>.+)$",
    re.IGNORECASE,
)


# The newsletter's name, then the issue's date after a dash or a bar: "Morning Briefing —
# Thursday, 14 November 2024", "Newsletter | The Daily Catch | 3 May 2024".
_NAMED_ISSUE = re.compile(r"^(?P<name>[^.!?]{3,60}?)\s+[|·•–—]\s+(?P<date>[^|·•–—]+)$")
# The name before the issue's date has at most this many words.
_NAMED_ISSUE_WORDS = 6


def is_issue_line(text: str) -> bool:
    """A newsletter's or a magazine's issue line: its number and date ("Issue #47 · 25
    February 2024", "Edition 418 · Monday 10 February 2025") or its name and date."""
    return _issue_line(text.strip())


# A quarterly's or a season's issue date: "Summer 2025", "Winter 2024/25", "Autumn/Winter
# 2024" (a letter or a magazine issued four times a year dates its issue so).
_SEASON_ISSUE = re.compile(
    r"^(?:spring|summer|autumn|fall|winter)(?:\s*[/&-]\s*(?:spring|summer|autumn|fall|winter))?"
    r"\s+(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?$",
    re.IGNORECASE,
)


def _issue_date(text: str) -> bool:
    """The issue's date: a full date, a season and its year (_SEASON_ISSUE), or a month and
    its year (a monthly letter's: "Spring Newsletter | March 2025")."""
    return is_full_date(text) or _SEASON_ISSUE.match(text) is not None or is_month_and_year(text)


def _issue_line(text: str) -> bool:
    m = _ISSUE_LINE.match(text)
    if m is not None and _issue_date(m.group("date").strip()):
        return True
    named = _NAMED_ISSUE.match(text)
    return (
        named is not None
        and len(named.group("name").split()) <= _NAMED_ISSUE_WORDS
        and _issue_date(named.group("date").strip())
    )


# A newsletter's label over its list of contents: "In today's edition:", "In this issue:",
# "Inside today's briefing:", "What's inside:".
_CONTENTS_LABEL = re.compile(
    r"^(?:in|inside)\s+(?:today['’]s|this|this\s+week['’]s|tonight['’]s)\s+"
    r"(?:edition|issue|newsletter|briefing|email|digest)\s*:?"
    r"|^(?:what['’]s\s+inside|today['’]s\s+(?:stories|headlines|topics)|also\s+inside)\s*:?$",
    re.IGNORECASE,
)
# How many items a newsletter's list of contents gives at most.
_CONTENTS_ITEMS = 8


def _contents_list(lines: list[str], wrapper: list[bool], why: dict[int, str]) -> None:
    """The newsletter's list of contents at its top ("In today's edition:" / the items' titles)
    over the first article's title: the label and the items over the title are the mailer's;
    the title is the last short line with no sentence's end right over the article's prose.
    With no title under the label, nothing is taken."""
    rows = [k for k in range(len(lines)) if lines[k] and not wrapper[k]]
    if not rows or not _CONTENTS_LABEL.match(lines[rows[0]].strip()):
        return
    titles: list[int] = []
    for k in rows[1 : _CONTENTS_ITEMS + 2]:
        text = lines[k].strip()
        if _title_or_greeting(text) and not _GREETING.match(text):
            titles.append(k)
            continue
        if not titles:
            return
        for j in [rows[0], *titles[:-1]]:
            wrapper[j] = True
            why[j] = "the newsletter's list of contents over the article's title"
        return


# A newsletter's item number before its title: "1. ", "2) ".
_ITEM_NUMBER = re.compile(r"(?P<number>\d{1,2})[.)]\s+(?=\S)")

# A word an ordinal stands before in a name or a date ("1. FC Köln", "2. Bundesliga",
# "3. Liga", "1. Mai"): the number is the name's, no newsletter's item number.
_ITEM_ORDINAL_NOUN = re.compile(
    r"(?:FC|FSV|SC|SV|VfB|VfL|Liga|Bundesliga|Januar|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember|January|February|March|June|July|October"
    r"|December)\b"
)


def _numbered_item_title(out: list[str], wrapper: list[bool]) -> None:
    """ "1. Heritage panel clears ..." over the article, "2. Metro tunnelling to begin ..."
    further down: a newsletter numbers the items it carries, and the number is the
    newsletter's, not the title's. The first item's title loses it only when a later line
    opens with the next number (a title that opens with a number, "1. FC Köln ...", has no
    such line under it)."""
    rows = [k for k, line in enumerate(out) if line.strip() and not wrapper[k]]
    if not rows:
        return
    first = _ITEM_NUMBER.match(out[rows[0]].strip())
    # a title (short, no sentence's end); "1. Rates rise again." opens a numbered list
    if first is None or not _title_or_greeting(title := out[rows[0]].strip()[first.end() :]):
        return
    if _ITEM_ORDINAL_NOUN.match(title):
        return
    after = int(first.group("number")) + 1
    # the next item's line is a title too ("2. Metro tunnelling to begin ..."), not a
    # sentence ("2. Bundesliga: Der HSV verpasst ...")
    if any(
        (item := _ITEM_NUMBER.match(out[k].strip())) is not None
        and int(item.group("number")) == after
        and _title_or_greeting(out[k].strip()[item.end() :])
        for k in rows[1:]
    ):
        out[rows[0]] = title


# A newsletter's tagline naming its one writer: "A newsletter by Jane Roe", "A weekly
# newsletter from Jane Roe".
_WRITTEN_BY = re.compile(
    r"^(?:an?\s+)?(?:(?:daily|weekly|monthly|fortnightly)\s+)?newsletter\s+(?:by|from)\s+"
    r"(?P<name>\S.{1,60})$",
    re.IGNORECASE,
)


def _title_or_greeting(text: str) -> bool:
    """A title (a short line, no sentence's end, no byline) or a newsletter's greeting."""
    if _GREETING.match(text):
        return True
    ended = text.rstrip("”\"’'").endswith((".", "!", "?"))
    return len(text.split()) <= _SENT_TITLE_WORDS and not ended and not _is_byline(text)


def _is_byline(text: str) -> bool:
    """A writer's line, labelled ("By Jane Roe") or not ("Jane Roe, Staff Writer"): under the
    issue's date it is the article's byline, so the lines over the date are its title; under a
    short sentence it says the sentence is the article's title, no preview text."""
    from archiver.extract.bylines import is_by_line, parse_byline

    return is_by_line(text) or parse_byline(text) is not None


# A newsletter's preview text: a sentence or two, shorter than a paragraph of story.
_PREVIEW_WORDS = 25


def _preview_text(lines: list[str], link: int, wrapper: list[bool], why: dict[int, str]) -> None:
    """The preview text the mailer prints next to its "View in browser" link ("Plus: the
    mayor's budget and a new taco spot.") right over the article's title: a short sentence
    under the link, then a title (a short line with no sentence's end) with more below it. A
    title under the link leaves nothing to take."""
    from archiver.extract.datelines import match_dateline

    rows = [k for k in range(link + 1, len(lines)) if lines[k] and not wrapper[k]][:3]
    if len(rows) < 3 or match_dateline(lines[rows[0]]) is not None:
        return  # "DENVER — The council met Tuesday.": the story itself, opened by its dateline
    text, title = lines[rows[0]].strip(), lines[rows[1]].strip()
    if len(text.split()) > _PREVIEW_WORDS or not text.rstrip("”\"’'").endswith((".", "!", "?")):
        return
    if len(title.split()) > _SENT_TITLE_WORDS or title.rstrip("”\"’'").endswith((".", "!", "?")):
        return
    if _is_byline(title):
        return  # "Why are rents still rising?" / "By Jane Roe": a question is the title
    wrapper[rows[0]] = True
    why[rows[0]] = "the newsletter's preview text under its link, over the article's title"


def _reply(lines: list[str]) -> Capture | None:
    """A message saved without its header that answers or passes on an article quoted under
    its attribution line ("Hi Tom," / a note / "Linda" / "On ..., Tom wrote:" / "> ..."): the
    lines over the quote are the sender's, the quote marks are taken off, and the quoted
    sender's own note over a rule is read past as a mailer's lines are."""
    top = _first_text(lines, _REPLY_TOP)
    at = None
    for n, i in enumerate(top):
        line = lines[i]
        if _ATTRIBUTION.match(line):
            at, end = i, i + 1
            break
        # a long attribution wrapped by the mail program: "On ... Tom Roe <" / "tom@x.com> wrote:"
        if (
            n + 1 < len(top)
            and top[n + 1] == i + 1
            and _ATTRIBUTION.match(f"{line} {lines[i + 1]}")
        ):
            at, end = i, i + 2
            break
    if at is None:
        return None
    rows = [k for k in range(end, len(lines)) if lines[k]]
    quoted = [k for k in rows if _QUOTE.match(lines[k])]
    if len(quoted) < _REPLY_QUOTED or len(quoted) < _QUOTED_SHARE * len(rows):
        return None  # the message quotes no article: a reply to a short note
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in range(end):
        if lines[k]:
            wrapper[k] = True
            why[k] = (
                "the sender's note over the quoted message"
                if k < at
                else "the reply's attribution line"
            )
    out = list(lines)
    _quoted_article(out, end, wrapper, why)
    _sent_article(out, end, wrapper, why)
    return Capture("quoted message", out, wrapper, why)


# An article quoted in a reply is many lines; a quoted note of two lines is none.
_REPLY_QUOTED = 5


# RFC 1036's "From:" forms: "address (Full Name)" and "Full Name <address>".
_FROM_COMMENT = re.compile(r"^\S+@\S+\s+\((?P<name>[^()]{2,120})\)$")
_FROM_DISPLAY = re.compile(r"^\"?(?P<name>[^\"<>@]{2,120}?)\"?\s+<\S+@\S+>$")


def _poster_comment(lines: list[str], fields: dict[str, int]) -> tuple[int, str] | None:
    """The full-name part of a Usenet post's "From:" field, where a news service's feed put
    the story's byline ("clarinews@clarinet.com (JANE ROE, Associated Press Writer)"). Whether
    it names a writer is the byline grammar's to say: a plain poster's name ("Jane Roe") or the
    service's ("ClariNews") is none, as it names no writer's title or agency."""
    at = fields.get("from")
    if at is None or (m := _HEADER_FIELD.match(lines[at])) is None:
        return None
    value = " ".join(m.group("value").split())
    found = _FROM_COMMENT.match(value) or _FROM_DISPLAY.match(value)
    return (at, found.group("name").strip()) if found else None


# A header block with no blank line under it holds this many fields at least ("From:",
# "Sent:", "To:", "Subject:"): a text that opens with two such lines and goes straight on may
# be a memo's, whose "To:" and "From:" open a story's paragraphs.
_UNSPACED_HEADER_FIELDS = 3


# RFC 5322's name-addr: "The Texas Tribune <newsletters@texastribune.org>".
_NAME_ADDR = re.compile(r"^[^<>@]{0,80}<[^<>\s@]{1,64}@[^<>\s@]{1,120}\.[A-Za-z]{2,}>$")


# How many lines of text under a folded subject the message's own title may take.
_FOLDED_TITLE_LINES = 4


def _folded_subject(lines: list[str], field: int, i: int) -> bool:
    """Line `i` goes on the subject at line `field`, folded onto its own line: the subject's
    words (its list tag apart) and line `i`'s, read on, open the message's text under them
    (the release's title repeats its subject, itself wrapped or not). A body's first line under
    a subject it does not go on names no title so."""
    m = _HEADER_FIELD.match(lines[field])
    if (
        m is None
        or _LOCAL_FIELDS.get(m.group("name").lower(), m.group("name").lower()) != "subject"
    ):
        return False
    subject = _LIST_TAG.sub("", _FORWARD_PREFIX.sub("", m.group("value"))).strip()
    if not subject or subject.endswith((".", "!", "?")):
        return False
    folded = " ".join(f"{subject} {lines[i]}".split()).casefold()
    below = [
        lines[k] for k in range(i + 1, min(len(lines), i + 3 * _FOLDED_TITLE_LINES)) if lines[k]
    ]
    text = " ".join(" ".join(below[:_FOLDED_TITLE_LINES]).split()).casefold()
    return text.startswith(folded) and (len(text) == len(folded) or not text[len(folded)].isalnum())


def _mailbox_sender(lines: list[str], fields: dict[str, int]) -> bool:
    """The "From:" field names a mailbox in angle brackets, as a mail program writes it."""
    at = fields.get("from")
    if at is None or (m := _HEADER_FIELD.match(lines[at])) is None:
        return False
    return bool(_NAME_ADDR.match(m.group("value").strip())) and "subject" in fields


def _printed_subject(lines: list[str], i: int) -> bool:
    """Line `i` is a message's subject printed alone over its header, with no "Subject:" label
    (Outlook's reading pane and print-out): a line with no field's label and no sentence's
    end, right over "From:" and then "Sent:" or "Date:" (the sender and the time, which a
    memo's "From:" and "To:" under a title do not both print)."""
    if i + 2 >= len(lines) or not lines[i] or _HEADER_FIELD.match(lines[i]):
        return False
    if lines[i].endswith((".", "!", "?", ":")) or len(lines[i]) > 200:
        return False
    if (
        _MAIL_FURNITURE.match(lines[i])
        or _DIGEST_MARK.match(lines[i])
        or _FORWARD_MARK.match(lines[i])
    ):
        return False  # "---------- Forwarded message ---------": the forward's own mark
    first = _HEADER_FIELD.match(lines[i + 1])
    second = _HEADER_FIELD.match(lines[i + 2])
    return bool(
        first is not None
        and _LOCAL_FIELDS.get(first.group("name").lower(), first.group("name").lower()) == "from"
        and second is not None
        and second.group("name").lower() in ("sent", "date", "gesendet", "envoyé", "enviado")
    )


def _doubled_fields(lines: list[str], i: int) -> bool:
    """The header at `i` has a blank line between its fields: every line break of the copy
    was doubled (two fields at least, each a line apart)."""
    return (
        i + 2 < len(lines)
        and not lines[i + 1]
        and _HEADER_FIELD.match(lines[i]) is not None
        and _HEADER_FIELD.match(lines[i + 2]) is not None
    )


# "Fwd: ", "FW: ", "WG: " (German), "TR: " (French), "RV: " (Spanish) before a subject.
_FORWARD_PREFIX = re.compile(r"^(?:(?:Fwd?|FW|WG|TR|RV|Re|AW)\s*:\s*)+", re.IGNORECASE)
_LIST_TAG = re.compile(r"^\[[^\]]{1,60}\]\s*")
# How far under the header the forwarded article's headline is looked for.
_NOTE_LINES = 12


def _subject(lines: list[str], fields: dict[str, int]) -> str:
    at = fields.get("subject")
    if at is None:
        return ""
    m = _HEADER_FIELD.match(lines[at])
    return m.group("value").strip() if m else ""


# A newsletter's greeting to its reader, opening the mail's text: "Good morning. Here is ...",
# "Hi there! ...", "Welcome to the Morning Brief.", "Dear readers, ...", "Kia ora," (New
# Zealand's newsletters greet their readers in Māori).
_GREETING = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening|day)|hi|hello|hey|greetings|welcome|kia\s+ora"
    r"|dear\s+(?:readers?|subscribers?|friends?|members?)"
    # "Happy Wednesday! Sunny with a high of 71." (Axios's letters): the day's greeting, its
    # mark right after the day ("Happy Friday the 13th" names a day, no greeting)
    r"|happy\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?=\s*[,!.]))(?=[\s,!.])",
    re.IGNORECASE,
)
_GREETING_WORDS = 60
# A greeting set on a line of its own is a short salutation ("Good morning, and happy Friday.").
_GREETING_LINE_WORDS = 12


def greeting_line(text: str) -> bool:
    """`Good morning, and happy Friday.`: a newsletter's salutation on a line of its own, a few
    words closed by a sentence's mark or a comma ("Hello, readers,"), which no headline ends in."""
    text = text.strip()
    return (
        _GREETING.match(text) is not None
        and len(text.split()) <= _GREETING_LINE_WORDS
        and text.rstrip("”\"’'").endswith((".", "!", "?", ","))
    )


def greeting_paragraph(text: str) -> bool:
    """`Good morning! Snow returns tonight. Today's newsletter is 812 words, a 3-minute read.`:
    a newsletter's opening paragraph, its salutation first and a sentence or a few after it
    (greeting_line's salutation alone, or one run on with the issue's note), which no
    headline and no story's paragraph opens with."""
    text = text.strip()
    return (
        _GREETING.match(text) is not None
        and len(text.split()) <= _GREETING_WORDS
        and text.rstrip("”\"’'").endswith((".", "!", "?", ","))
    )


def greeting_run_on(lines: list[str], h: int) -> bool:
    """Line `h` opens a newsletter's greeting paragraph broken at the copy's width, the next
    line carrying it on in lower case ("Happy Wednesday! Smart Brevity count: 1,204 words ...
    Edited" / "by Lena Ortiz-Hamm."): the two read together are the letter's salutation."""
    if h + 1 >= len(lines) or not lines[h + 1][:1].islower():
        return False
    return greeting_paragraph(f"{lines[h]} {lines[h + 1]}")


# A letter's closing over its writer's first name, alone on its line: "Thanks for reading,",
# "Until next week,", "Best,", "Cheers,", "Warmly,", "All the best,".
_CLOSING = re.compile(
    r"^(?:thanks?(?:\s+you)?(?:\s+(?:again|so\s+much))?(?:\s+for\s+(?:reading|listening|"
    r"being\s+here|your\s+support))?|many\s+thanks|best(?:\s+wishes)?|all\s+the\s+best"
    r"|cheers|warmly|warm\s+(?:wishes|regards)|(?:kind|best|warm)\s+regards|regards|sincerely"
    r"|yours(?:\s+truly)?|until\s+next\s+(?:time|week|month)|see\s+you\s+(?:next\s+\w+|soon|"
    r"tomorrow)|talk\s+soon|take\s+care|more\s+soon|onwards),$",
    re.IGNORECASE,
)


def closing_line(text: str) -> bool:
    """`Thanks for reading,`: a letter's closing on a line of its own over the writer's
    name (a newsletter's editor signing off the note over the story), no headline: it ends
    in a comma, which no headline ends in ("Thank you!" may be one)."""
    return _CLOSING.match(text.strip()) is not None


def _newsletter_greeting(
    lines: list[str], end: int, wrapper: list[bool], why: dict[int, str]
) -> None:
    """A newsletter's greeting (sentences that open with a salutation) right over the title of
    the article the mail carries ("Hi there! Here's what's happening today." over "Port
    authority raises docking fees"): the greeting, and the mailer's lines above it, are no
    part of the article. A headline ends in no sentence's mark, so a greeting is never one
    ("Welcome to the jungle" over its deck stays the headline)."""
    rows = [k for k in range(end, len(lines)) if lines[k] and not wrapper[k]][:_SENT_BLOCK]
    for n, k in enumerate(rows[:-1]):
        text = lines[k].strip()
        if len(text.split()) > _GREETING_WORDS:
            return  # the story's prose: no greeting stands below it
        if not _GREETING.match(text) or not text.rstrip("”\"’'").endswith((".", "!", "?", ",")):
            continue
        if any(_is_byline(lines[j].strip()) for j in rows[:n]):
            # "The ferry fight is back" / "By Tom Ashworth" / "Good morning, Dispatch readers.":
            # the article's headline and byline over the writer's own salutation, which opens
            # the article's text; nothing over it is the mailer's
            return
        # "Hi reader," / "Here's the story everyone is talking about today:": the salutation
        # and the mailer's sentences pointing down at the article under them
        while n + 2 < len(rows) and lines[rows[n + 1]].strip().endswith(":"):
            if len(lines[rows[n + 1]].split()) > _GREETING_WORDS:
                return
            n += 1
        title = lines[rows[n + 1]].strip()
        # (a comma ends a hard-wrapped sentence's first line, never a title)
        ended = title.rstrip("”\"’'").endswith((".", "!", "?", ","))
        if len(title.split()) > _SENT_TITLE_WORDS or ended:
            return
        for j in rows[: n + 1]:
            wrapper[j] = True
            why[j] = "a newsletter's greeting (and the mailer's lines) over the article's title"
        return


# A header field's address folded onto its own line: "<LIST@HOST.EDU>".
_FOLDED_ADDRESS = re.compile(r"^<[^<>\s@]{1,64}@[^<>\s]{1,120}>$")
# A list digest's number over each message's header.
_DIGEST_MARK = re.compile(r"^Message:?\s+\d{1,4}$", re.IGNORECASE)
# A forwarder's note signed with a dash and a first name or initials: "Passed along from
# this morning's paper. -- DO", "Forwarded from AP wire -- Carl", "FYI - Mike".
_SIGNED_NOTE = re.compile(r"\s-{1,2}\s*(?:[A-Z][a-z]{1,15}|[A-Z]{2,3})$")
# Such a note is a line or two of a few words.
_SIGNED_NOTE_WORDS = 25


def _signed_note(lines: list[str], end: int, wrapper: list[bool], why: dict[int, str]) -> None:
    """The forwarder's own note opening the message body, signed with a dash and a name or
    initials, its own paragraph over the article: the sender's words, no headline."""
    rows = [k for k in range(end, len(lines)) if lines[k] and not wrapper[k]][:3]
    # the note ends at its signature, on its first line or its second (a copy may keep no
    # blank line between it and the article)
    signed = next((n for n, k in enumerate(rows[:2]) if _SIGNED_NOTE.search(lines[k])), None)
    if signed is None or signed + 1 >= len(rows):
        return  # unsigned, or nothing under it: the note is the whole message
    block = rows[: signed + 1]
    if sum(len(lines[j].split()) for j in block) > _SIGNED_NOTE_WORDS:
        return
    for j in block:
        wrapper[j] = True
        why[j] = "the forwarder's signed note over the article"


# How many lines under a forwarder's note the article's byline is looked for (its stamp and
# headline between).
_NOTE_BYLINE_LINES = 4


# A note typed as mail is, with no capital and no stop ("thought you'd want this for the
# collection", "fyi, from today's paper"): its first word all small letters. A headline opens
# with a capital, or with a brand's internal one ("iPhone", "eBay"), never so.
_CASUAL_NOTE = re.compile(r"^[a-z]+(?:['’][a-z]+)?[\s,:]")


def _intro_note(lines: list[str], end: int, wrapper: list[bool], why: dict[int, str]) -> None:
    """The forwarder's note opening a forwarded message: a line or two of sentences ("Good
    morning. Today's main item below.") right over a display line (the article's headline or
    its stamp) and, a few lines under it, the article's byline. The note is the sender's; a
    sentence never stands over its own article's headline."""
    rows = [k for k in range(end, len(lines)) if lines[k] and not wrapper[k]][:8]
    from archiver.extract.credits import is_credit_line

    note: list[int] = []
    for k in rows[:2]:
        if not lines[k].rstrip("”\"’'").endswith((".", "!", "?")) and not _CASUAL_NOTE.match(
            lines[k]
        ):
            break
        if is_credit_line(lines[k]):
            break  # "Photo-illustration by Jane Roe / The Atlantic.": the lead picture's credit
        note.append(k)
    rest = rows[len(note) :]
    if not note or not rest or sum(len(lines[k].split()) for k in note) > _SIGNED_NOTE_WORDS:
        return
    if lines[rest[0]].endswith(".") or _is_byline(lines[rest[0]]):
        return  # prose goes on under it, or the byline right under: the note is the deck
    if not any(_is_byline(lines[k]) for k in rest[1 : 1 + _NOTE_BYLINE_LINES]) and not (
        _paper_and_issue(lines, rest)
    ):
        return
    for k in note:
        wrapper[k] = True
        why[k] = "the forwarder's note over the article's headline and byline"


def _paper_and_issue(lines: list[str], rest: list[int]) -> bool:
    """The clipping under a note opens with the paper's name and the issue's date right under
    it ("MONTREAL GAZETTE" / "Thursday, March 21, 2024"), as a clipping service or an e-edition
    prints a story with no byline: the name is a known outlet's, the date a stamp alone."""
    from archiver.extract.masthead import is_masthead
    from archiver.extract.page import is_date_stamp

    if len(rest) < 2:
        return False
    name = lines[rest[0]]
    return (is_masthead(name) or (name.isupper() and is_masthead(name.title()))) and (
        is_date_stamp(lines[rest[1]])
    )


# Lotus Notes' mark over a forwarded memo: "----- Forwarded by Jane Roe/LON/Acme on 18/11/2003
# 09:15 -----", over the memo's header printed in columns ("To", "cc", "Subject" labels).
_NOTES_FORWARD = re.compile(r"^-{3,}\s*Forwarded by .{2,120}? on .{4,40}?\s*-{3,}$")
_NOTES_SUBJECT = re.compile(r"(?:^|\s)Subject$")
_NOTES_HEADER_LINES = 16
# The subject's value, wrapped in its column: short lines.
_NOTES_VALUE_WIDTH = 40
_NOTES_VALUE_LINES = 3


def _notes_forward(lines: list[str]) -> Capture | None:
    """A memo forwarded from Lotus Notes: the forward mark, the memo's header in columns down
    to its subject's value; then the forwarder's note, if any, over the article."""
    top = _first_text(lines, 1)
    if not top or not _NOTES_FORWARD.match(lines[top[0]]):
        return None
    first = top[0]
    rows = [k for k in range(first + 1, len(lines)) if lines[k]][:_NOTES_HEADER_LINES]
    subject = next((k for k in rows if _NOTES_SUBJECT.search(lines[k])), None)
    if subject is None:
        return None
    end = subject + 1
    values = [k for k in rows if k > subject][:_NOTES_VALUE_LINES]
    for k in values:
        line = lines[k]
        if len(line) > _NOTES_VALUE_WIDTH or line.endswith((".", "!", "?")):
            break
        end = k + 1
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in range(first, end):
        if lines[k]:
            wrapper[k] = True
            why[k] = "a Lotus Notes forward's mark and the memo's header"
    _intro_note(lines, end, wrapper, why)
    return Capture("forwarded memo", list(lines), wrapper, why, hidden=True)


# A subject of this many words repeats the article's headline alone; a shorter one (two
# words at least) only right over a paragraph of this many words.
_SUBJECT_WORDS = 3
_SHORT_SUBJECT_WORDS = 2
_SENTENCE_WORDS = 12


def _signature_at(lines: list[str], end: int) -> int | None:
    """The line of the message's signature separator: the last "--" line under the header,
    with a signature's few lines under it. A newsletter that sets its sections apart with
    "--" lines ("--" / "TOP STORY" / the story ...) has no signature at its first one."""
    marks = [k for k in range(end, len(lines)) if lines[k] == _SIGNATURE]
    if not marks:
        return None
    if len(marks) == 1:
        # one separator: the signature's, however long (a firm's signature runs on with its
        # address, its phones and its confidentiality notice); only a newsletter's several
        # dividers make the count of lines under the last one the evidence
        return marks[0]
    under = sum(1 for line in lines[marks[-1] + 1 :] if line)
    return marks[-1] if under <= _SIGNATURE_LINES else None


def _forwarder_note(
    lines: list[str], end: int, subject: str, wrapper: list[bool], why: dict[int, str]
) -> bool:
    """A forwarded article: the sender's own note stands between the header and the article,
    whose headline the subject repeats ("Subject: Fwd: Vancouver empty-homes tax ..."); the
    note's lines are the sender's, not the article's. True when a short subject's line is
    found: a title of two words that a page's reading would take for a section's label."""
    from archiver.extract.messaging import strip_emoji

    # a newsletter's subject often opens with an emoji its headline does not print ("☕ Rates
    # on hold", "🗳️ Who is on the ballot")
    title = strip_emoji(_LIST_TAG.sub("", _FORWARD_PREFIX.sub("", subject))).strip().casefold()
    if len(title.split()) < _SHORT_SUBJECT_WORDS:
        return False
    rows = [k for k in range(end, len(lines)) if lines[k] and not wrapper[k]][:_NOTE_LINES]
    at = next((k for k in rows if lines[k].strip().casefold() == title), None)
    if at is None and ": " in title:
        # "Riverkeeper News | Spring 2011: Dam removal begins on Marsh Creek": a newsletter's
        # subject names the newsletter and its issue before the post's title
        title = title.rsplit(": ", 1)[1].strip()
        if len(title.split()) >= _SUBJECT_WORDS:
            at = next((k for k in rows if lines[k].strip().casefold() == title), None)
    if at is None:
        # the subject as a site's "e-mail this article" service or a terminal writes it, its
        # label before a colon ("NYTimes.com Article: Regional Airline to Cut 12 Upstate
        # Routes", "Bloomberg: Zinc Rises to Record"): the headline is what follows the label
        at = next(
            (
                k
                for k in rows
                if len(lines[k].split()) >= _SUBJECT_WORDS
                and title.endswith(": " + lines[k].strip().casefold())
            ),
            None,
        )
    if at is None:
        return False
    short = False
    if len(title.split()) < _SUBJECT_WORDS:
        # a subject of two words ("Tariff whiplash") repeats a newsletter's title as well as
        # a story's: the line is the headline only over the story's first paragraph
        below = next((k for k in rows if k > at), None)
        text = lines[below].rstrip("”\"’'") if below is not None else ""
        if len(text.split()) < _SENTENCE_WORDS or not text.endswith((".", "!", "?")):
            return False
        short = True
    from archiver.extract.credits import is_credit_line

    for k in rows:
        if k >= at:
            break
        if is_credit_line(lines[k]):
            # "Photo-illustration by Jane Roe / The Atlantic" over the headline: the lead
            # picture's credit a newsletter prints over the article, no line of the mailer's
            continue
        wrapper[k] = True
        why[k] = (
            "the sender's note or the mailer's lines over the article (its headline is the subject)"
        )
    return short


def _print_view(lines: list[str]) -> Capture | None:
    top = _first_text(lines, 3)
    if not top:
        return None
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    head = lines[top[0]]
    if len(head) > _TITLE_MAX:
        return None
    if _CATALOGUE_CITATION.match(head):
        why[top[0]] = "a library catalogue's citation (title, years, date, page)"
        for k in range(len(lines) - 1, max(top[0], len(lines) - 8), -1):
            if _CATALOGUE_FOOTER.match(lines[k]):
                why[k] = "the catalogue's own line under the article"
    elif _EDITION_LINE.match(head):
        why[top[0]] = "a newspaper's edition line (volume and number)"
    elif _ONLINE_TITLE.match(head) and len(top) > 1 and _PRINT_BUTTON.match(lines[top[1]]):
        why[top[0]] = "the site's name on its print view"
        why[top[1]] = "the print view's button"
    else:
        return None
    for k in why:
        wrapper[k] = True
    return Capture("print view", list(lines), wrapper, why)


# --- a page printed from a web browser -----------------------------------------------------
# A browser prints its own header and footer on each sheet: Chrome the date and time and the
# page's title over the page, its address and the sheet's number under it ("4/9/24, 10:12 AM
# <title>" / "https://... 1/2", in the reader's date format: "09/04/2024, 10:12", "2024-04-09,
# 10:12 a.m."); Firefox the title and the address over it, "Page 1 of 2" and the date under it.
# Text taken from the printed PDF keeps both on every sheet, the columns run into one line.
_PRINT_STAMP = re.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"(?:\s+(?P<title>\S.{0,300}))?$"
)
_PRINT_FOOT = re.compile(
    r"^(?:https?://\S+\s+(?:\d{1,3}/\d{1,3}|page \d{1,3} of \d{1,3})|"
    r"page \d{1,3} of \d{1,3}\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d\d.{0,12})$",
    re.IGNORECASE,
)


_PRINT_ADDRESS = re.compile(r"^https?://\S+$")
_SHEET_NUMBER = re.compile(r"^\d{1,3}/\d{1,3}$")
# The page's title a bar or a dash closes with the site's name in capitalised words or its
# address ("How a ... fed 40,000 people - Macleans.ca", "... | The Hindu", "... – RNZ"): what
# a print header's title line looks like when the text put it under the date and time.
_SITE_TITLED = re.compile(
    r"\S\s+(?:[|–—-]|::)\s+(?-i:(?:[A-Z0-9][\w&'’.-]*|[\w-]+\.[a-z]{2,6}))"
    r"(?:\s+(?-i:[A-Z0-9&][\w&'’.-]*|of|and|the|de)){0,4}$"
)


def _title_under_stamp(lines: list[str], top: list[int]) -> int | None:
    """The line of the page's title under a print header's date and time printed alone: the
    text taken from a printed PDF may set the header's two columns on lines of their own
    ("2/14/26, 9:31 AM" / "How a ... - Macleans.ca"); the title is known by the site's name
    closing it."""
    if len(top) < 2 or (found := _PRINT_STAMP.match(lines[top[0]])) is None:
        return None
    if found.group("title") or not _SITE_TITLED.search(lines[top[1]]):
        return None
    return None if _signed_line(lines[top[1]]) else top[1]


# A writer's title after a byline's separator ("By Jane Roe - Staff Writer").
_WRITERS_TITLE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?i:writer|reporter|correspondent|columnist|editor|contributor"
    r"|photographer|journalist)s?$"
)
_LAST_SEPARATOR = re.compile(r"^(?P<head>.*\S)\s+(?:[|–—-]|::)\s+(?P<tail>.+)$")


def _signed_line(line: str) -> bool:
    """A "By" line a title or an agency closes is the writer's, no page's title: "By Jane Roe
    - Staff Writer", "By Ana de la Cruz | Reuters" ("By The Numbers - Harbour Ledger" and
    "By Royal Appointment | The Guardian" are titles: the site closes them)."""
    from archiver.extract.bylines import is_agency, parse_byline

    m = _LAST_SEPARATOR.match(line.strip())
    if m is None or not re.match(r"(?i:by)\s", line.strip()):
        return False
    tail = m["tail"].strip()
    if _WRITERS_TITLE.match(tail) or _WRITERS_TITLE.match(m["head"].rsplit(",", 1)[-1].strip()):
        return True  # "... - Staff Writer", "By Jane Roe, Staff Writer - Harbour Ledger"
    found = parse_byline(m["head"])
    return is_agency(tail) and found is not None and bool(found.names)


def _browser_print(lines: list[str]) -> Capture | None:
    """A page printed from a browser: its header (the date and time, the page's title) and
    its footer (the page's address, the sheet's number) on each sheet. Both must be there,
    the header opening the text: a story's first line may well open with a date and a time."""
    top = _first_text(lines, 1)
    if not top or not _PRINT_STAMP.match(lines[top[0]]):
        return None
    # the address and the sheet's number each on a line when a copy wrapped the long address
    split = {
        k + d
        for k in range(len(lines) - 1)
        if _PRINT_ADDRESS.match(lines[k]) and _SHEET_NUMBER.match(lines[k + 1])
        for d in (0, 1)
    }
    feet = [k for k, line in enumerate(lines) if line and _PRINT_FOOT.match(line)]
    if not feet and not split:
        return None
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    titled: set[int] = set()
    for k, line in enumerate(lines):
        if not line:
            continue
        if _PRINT_FOOT.match(line) or k in split:
            why[k] = "the browser's print footer (the page's address, the sheet's number)"
        elif _PRINT_STAMP.match(line) and (k == top[0] or lines[top[0]] == line):
            why[k] = "the browser's print header (the date and time, the page's title)"
            # each sheet's header has its title line, not only the first sheet's
            below = _title_under_stamp(lines, _first_text(lines, 2, k))
            if below is not None:
                titled.add(below)
        elif k in titled:
            why[k] = "the browser's print header: the page's title, under its date and time"
        else:
            continue
        wrapper[k] = True
    return Capture("page printed from a browser", list(lines), wrapper, why, hidden=True)


def print_title(lines: list[str]) -> str | None:
    """The page's title as a browser's print header gives it after the date and time
    ("3/5/25, 4:31 PM Ferry rethink leaves ... | NZ Herald"), when the capture opens so."""
    top = _first_text(lines, 2)
    found = _PRINT_STAMP.match(lines[top[0]]) if top else None
    if found and not found.group("title") and (titled := _title_under_stamp(lines, top)):
        return lines[titled]  # the header's title set on a line of its own
    return found.group("title") if found else None


# --- news agencies' feeds as received (teletype, ANPA, IPTC 7901 and their successors) ------
# A feed's story comes in an envelope the agency's own system writes: a start-of-message mark
# ("ZCZC"), a message number and a selector line (ANPA: "a0412" / "r a PM-Storms-Iowa 04-21
# 0512"), a transmission stamp ("AFP 181433 GMT JUN 12", "03/06/2021 14:32 CET"), header fields
# ("Priority: 4", "Slug: ...", "Word count: 455"), the slug again ("PM-Storms-Iowa,0512"), and
# under the story an end-of-message mark ("NNNN") or the sender's stamp ("AP-NY-04-21-96
# 1532EDT"). ANPA copy also carries the teletype's format codes: a caret opening a line and a
# "<" or "=" closing it ("^Tornadoes Flatten Farm Buildings<"); DataStream's and CP's copy
# closes a caret's line with another caret ("^Ottawa extends cod moratorium^").
_ZCZC = re.compile(r"^ZCZC[\w/ -]{0,30}$")
_NNNN = re.compile(r"(?:^|\s)NNNN$")
# "a0412", "cp17a0318": the ANPA message number (a letter or two for the circuit, a number).
_ANPA_NUMBER = re.compile(r"^[a-z]{1,3}\d{0,3}[a-z]?\d{3,4}$")
# "r a PM-Storms-Iowa 04-21 0512": priority, category, keyword, date, word count; between the
# keyword and the date the story's version as the desk names it, when it is not the first
# ("t a BC-Cda-Storm 2ndLd-Writethru 01-09 0455", "u i AM-Vote Bjt 11-03 0812", "r a
# PM-Budget Adv12 1st Add 04-21 0120"): words only where the date or the count follows.
_ANPA_SELECTOR = re.compile(
    r"^[a-z](?: [a-z]){1,2} [A-Za-z]{1,4}-[\w-]+"
    r"(?:(?: (?!\d\d-\d\d\b)[\w&'-]{2,25}){1,3}(?= \d))?(?: \d\d-\d\d)?(?: \d{3,5})?$"
)
# The message number, the priority and category codes and the slug on one line, as AP's
# DataStream and its members' systems print the header ("a0417 4cx  BC-US--Wildfire-Utah, 4th
# Ld-Writethru 05-20 0548", "a0231 r a AM-Storms,0512"): the slug's keyword, its version, the
# date and the word count.
_ANPA_HEAD = re.compile(
    r"^[a-z]{1,3}\d{3,4}(?:\s+[a-z0-9]{1,3}){0,3}\s+(?P<slug>(?:AM|PM|BC|AP)-\S.*?)"
    r"(?:\s+\d\d-\d\d)?(?:(?:\s+|,\s?)\d{3,5})?$"
)
_ANPA_KEYWORD = re.compile(r"^(?:AM|PM|BC|AP)-[A-Za-z][\w&'.]*(?:-{1,2}[\w&'.]+)*$")
# "PM-Storms-Iowa,0512": the keyword and the word count again, over the headline.
_ANPA_SLUG = re.compile(r"^[A-Za-z]{1,4}-[\w-]+,\s?\d{3,5}$")
# "BC-US--Congress-Budget, 1st Ld-Writethru", "AM-Storms, Bjt": the cycle and keyword, then
# the story's version as the desk names it (a lead, a write-through, a budget take, an advance).
_ANPA_VERSION_SLUG = re.compile(
    r"^(?:AM|PM|BC|AP)-[A-Z][\w&'.]*(?:-{1,2}[\w&'.]+)*,\s*(?:\d{1,2}(?:st|nd|rd|th)\s+)?"
    r"(?:Ld|Lead|Ld-Writethru|Writethru|Bjt|Adv\d*|Sub|Urgent|Correction|Update)\b[^,]{0,30}"
    r"(?:,\s*[^,]{1,30}){0,3}$"
)
# IPTC 7901's message header, the line under the start-of-message mark: the source's code and
# the message number, the priority (one figure), the category (letters), the word count, then
# an optional keyword and version ("TASS 0148 2 POL 0311 ITAR-TASS /ITAR-TASS-ENG/", "AFP0148 4
# POL 0311 AFP /AFP-LY14/"); a repeat or a correction is flagged before it ("RPT", "CORR").
# APA closes the header with the day it was sent, the weekday and month in German short forms
# ("APA0312 5 WI 0291 II/AA Mi, 20.Nov 2024", "APA0151 5 CI 0412 Fr, 24.Jän 2014"). A system
# that leaves the count unset prints 0 (ANSA: "ANS0127 3 EST 0 RSX / ENG"); no other figure
# of one or two ("SURVEY 2025 1 IN 5 FIRMS TO CUT JOBS" is a headline in capitals).
_IPTC_HEADER = re.compile(
    r"^(?:(?:RPT|REPEAT|CORR?|URGENT|FLASH|BULLETIN)\s+)?[A-Z]{2,6}\s?\d{3,4}\s+\d\s+"
    r"[A-Z]{1,3}\s+(?:\d{3,5}|0)\b[^a-z]{0,60}?"
    r"(?:\s[A-Z][a-z],\s+\d{1,2}\.\s?[A-Z][a-zä]{2}\.?\s+(?:19|20)\d\d)?$"
)
# "AP-NY-04-21-96 1532EDT": the sending bureau and the time, under the story.
_ANPA_TRAILER = re.compile(r"^[A-Z]{2,4}-[A-Z]{2,3}-\d\d-\d\d-\d\d\s+\d{3,4}[A-Za-z]{3}$")
_TRAILER_TAIL = re.compile(r"\S\s+[A-Z]{2,4}-[A-Z]{2,3}-\d\d-\d\d-\d\d\s+\d{3,4}[A-Za-z]{3}<?$")
_CARET_LINE = re.compile(r"^\^")
_CARET_CLOSED = re.compile(r"^\^\S.*\S\s*[<^]$")
_CARET_CODES = re.compile(r"^\^+|\s*[<=^]$")
# Header fields an agency's system prints over the story, in the languages of the wires.
_FEED_FIELD = re.compile(
    r"^(?P<label>priority|prioridad|priorità|priorität|priorité|urgency|category|categoría|"
    r"categoria|catégorie|kategorie|rubrik|slug|keywords?|descriptores|schlagworte|"
    r"word ?count|words|wordcount|version|service|topic|desk|date|time|fecha|hora|datum|"
    r"zeit|section|edition)\s*:\s*(?P<value>\S.{0,120})$",
    re.IGNORECASE,
)
# Fields only a feed prints (date, time and section stand in other headers too).
_FEED_ONLY = frozenset(
    "priority|prioridad|priorità|priorität|priorité|urgency|slug|keyword|keywords|descriptores|"
    "schlagworte|word count|wordcount|words|version|service|category|categoría|categoria|"
    "catégorie|kategorie|rubrik|topic|desk".split("|")
)
# A transmission stamp: a date and a time and little else ("03/06/2021 14:32 CET", "JEN
# 02/02/98 17:45 JST", "Reuters News - 04 Feb 2011 11:52:07 GMT", "14-APR-17 15:43 NNNN").
_STAMP_DATE = re.compile(
    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[ -](?i:[a-zäéû]{3,9})\.?[ -]\d{2,4}\b"
)
_STAMP_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\b")
# A telex date-time group: day, hour and minute, then the month and year ("AFP 181433 GMT JUN
# 12", "161432 Mar 23", "181432 Okt 12").
# ANPA's filing time under a take gives the month as well ("01091848 EST jan 98": month, day,
# hour, minute, the zone, then the month's name and the year).
_DTG = re.compile(
    r"(?:^|\s)(?:\d{6}|(?:0[1-9]|1[0-2])\d{6})(?:\s+(?:GMT|UTC|Z|[ECMPA][SD]T))?"
    r"\s+[A-Za-zäéû]{3}\s+\d\d$"
)
_STAMP_MAX_WORDS = 4  # words left beside the date and time (an agency, a service, a zone)
# A routing or code line: the system's codes, with a letters-and-digits code among them
# ("R CRO S57 QBXB", "ENG0318 4 I 0598 AFP /AFP-LY14/", "BOM27", "NO. 198020217", "07121845").
_CODE_TOKEN = re.compile(
    r"^[\W_]*(?:[A-Z]{1,4}|\d[\d.,:/-]*|[A-Z]{0,6}\d[\w/-]*|[\w-]*\d[\w-]*)[\W_]*$"
)
_MIXED_CODE = re.compile(r"(?:[A-Za-z][\w-]*\d|\d[\w-]*[A-Za-z])|\d{4,}")
_CODE_MAX_TOKENS = 8
# "Senegal-Sahel-food-drought,FOCUS", "Verkehr/Steiermark/Graz/Straßenbahn",
# "BIZ-AVIATION-LD SLOTS": a slug, words joined by hyphens or slashes.
_SLUG_WORD = re.compile(r"^[^\W_]+(?:[-/][^\W_]+){2,}(?:,\s?[^\W_]+)?$")
_CAPS_SLUG = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+)+(?: [A-Z0-9]+(?:-[A-Z0-9]+)*){0,2}$")
# AAP's slug: the sending bureau's code, a colon and the story's keyword in capitals ("SYD:NEW
# YEAR CROWDS", "MEL:GRAND PRIX"); no space after the colon, as a headline's label has one.
_BUREAU_SLUG = re.compile(r"^[A-Z]{2,4}:[A-Z0-9][A-Z0-9&'-]*(?: [A-Z0-9&'-]+){0,5}$")
_SUBTITLE = re.compile(r"^(?:Utl|UTL)\.:\s*(?P<text>\S.*?)\s*=?$")
# A subtitle wrapped by the feed runs over this many lines under its label's at most.
_SUBTITLE_LINES = 3
# "Eds: Adds union comment, pars 8-9": the agency's note to its editors.
_EDS_NOTE = re.compile(r"^(?:Eds?|EDS?|Editors?|EDITORS?|Editor's note|EDITOR'S NOTE)\s*:\s*\S")
# Under the story: "(PROFILE" / "(WS SL:PM-Storms-Iowa; CT:n;" / "(REG:ILIN;)" / ")"
_PROFILE = re.compile(r"^(?:\(PROFILE|\)|\((?:[A-Z]{2,5}(?: [A-Z]{2,5})?:[^()]*;\s*)+\)?)$")
# The agency's end-of-story marks and its desk's initials: "ENDS", "(END)", "Enditem", "==Kyodo",
# "(Schluss) mk/ber", "MRT-PL", "md/ach/gk".
# A take that the next one continues ends on "(MORE)"; North American copy ends on "-30-".
_END_MARK = re.compile(
    r"^(?:ENDS?|\(END\)|\(ENDS\)|\((?:MORE|More|more)\)|MORE|-30-|Enditem|ENDITEM|"
    r"\((?:Schluss|Ende|FIN|Fin|fine)\)"
    r"(?:\s+[A-Za-z]{1,4}(?:/[A-Za-z]{1,4}){1,4})?|==\s?[A-Za-z]{2,12})$"
)
# "(ANSA).", "-- BERNAMA", "--IANS": the agency signs off under the story.
_SIGNOFF = re.compile(r"^(?:-{1,2}\s?)?\(?(?P<agency>[A-Za-z][A-Za-z-]{1,11})\)?\.?$")
_DESK_INITIALS = re.compile(r"^(?:[A-Za-z]{1,4}[/-]){1,5}[A-Za-z]{1,4}$")
# Where the envelope is looked for: the opening and the closing lines.
_FEED_TOP = 14
_FEED_BOTTOM = 8
_FEED_NAME_WORDS = 5
# A line this long (in words) is story, never the envelope's.
_FEED_LINE_WORDS = 12


# A stamp with the date and time run together ("XINHUA-ENGLISH 20210105 1532").
_COMPACT_STAMP = re.compile(
    r"\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s+(?:[01]\d|2[0-3]):?[0-5]\d\b|"
    # ISO 8601's basic format, as NITF's and NewsML's date attributes write it, alone on its
    # line when the tags are stripped ("20230612T141900Z", "20230612T141900+0000")
    r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
    r"(?:Z|[+-]\d{4})?$"
)
# The agency's service named on a line of its own in the envelope: "Xinhua General News
# Service", "AFRICAN NEWS AGENCY (ANA)", "Kyodo News Service", "Press Trust of India".
_SERVICE_LINE = re.compile(
    r"^[A-Z][\w&'. -]{1,40}?\s(?i:(?:general\s)?news\s(?:service|agency|wire)|newswire|"
    r"wire\sservice|press\s(?:association|agency))(?:\s\([A-Z]{2,8}\))?$"
)
# An agency's service named by the agency's code or name and the service's kind, as its desk
# heads each story ("dpa international service in English", "AFP World Service", "Xinhua
# English Service", "Kyodo News English service"); the first word must name a known wire.
_AGENCY_SERVICE = re.compile(
    r"^(?P<agency>[A-Za-z][\w-]{1,15})(?:\s+(?i:news))?(?:\s+(?i:international|world|english|"
    r"foreign|overseas|general|national|economic|business|financial|regional|domestic|"
    r"french|german|spanish|arabic|portuguese|russian|asian|african|european|latin american)){1,2}"
    # ("AA English News Feed", "Jiji Press English News Service": "news" before the kind too)
    r"(?:\s+(?i:news))?\s+(?i:service|wire|desk|feed)(?:\s+in\s+[A-Z][a-z]{3,12})?$"
)
# The agency's name and its word for its news, in its own language, perhaps with the desk
# after a dash or a bar, as the Nordic and European agencies head their feeds ("NTB Nyheter –
# Innenriks", "TT Nyhetsbyrån", "Ritzau Nyheder", "STT Uutiset", "ANP Nieuws | Binnenland").
_AGENCY_NEWS = re.compile(
    r"^(?P<agency>[A-Za-z][\w-]{1,15})\s+(?i:news|nyheter|nyhetsbyrån|nyheder|nyhedsbureau|"
    r"uutiset|nachrichten|nieuws|noticias|notícias|notizie|wiadomości|zprávy|hírek|vijesti)"
    r"(?:\s+[–—|-]\s+[^\W\d_]+(?:\s[^\W\d_]+){0,2})?$"
)
# A desk's slug with its take's number, as South Asian agencies head each take: the bureau's
# code and the take ("DEL47", "BOM12"), the category's code, the story's keyword in capitals
# joined by hyphens ("DEL47 BUS DRONE-RULES", "LGD9 SPO CRI-IND-ENG"); or the take's
# priority digit where the bureau's code stands on the line over it ("MDS2817" / "4 ASL-NA
# GOLD-SEIZE"), the category's code then perhaps its desk's after a hyphen.
_TAKE_SLUG = re.compile(
    r"^(?:[A-Z]{2,4}\d{1,4}|\d)\s+[A-Z]{2,5}(?:-[A-Z]{2,3})?\s+[A-Z0-9]+(?:-[A-Z0-9]+)+$"
)
# The place and the full date alone, no dash and nothing after them, in the envelope over a
# story whose own dateline opens its text ("Berlin, 22 February 2016" over "Berlin (dpa) -
# ..."): where and when the agency filed, not the story's dateline.
_FILING_LINE = re.compile(
    r"^[A-Z][^\W\d_][\w'’. -]{0,30},\s+(?:\d{1,2}\.?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+"
    r"\d{1,2}),?\s+(?:19|20)\d\d$"
)
# End marks only an agency's feed prints ("ENDS" closes press releases as well).
_FEED_END = re.compile(r"^(?:Enditem|ENDITEM|==\s?[A-Za-z]{2,12}|\((?:Schluss|Ende)\).*)$")


# A unit the teletype's codes bracket runs over this many lines at most when a capture's
# width wrapped it.
_CARET_UNIT_LINES = 4


def _join_caret_units(lines: list[str]) -> None:
    """A unit a caret opens and a closing code ends, wrapped over lines by the capture ("^US
    RETAIL SALES SLIP ... ON CARS," / "FURNITURE^"): its lines are one, set on the first
    (the others left blank), as the codes say where the agency's line begins and ends."""
    for i, line in enumerate(lines):
        if not line or not _CARET_LINE.match(line) or line.endswith(("<", "=", "^")):
            continue
        for j in range(i + 1, min(len(lines), i + _CARET_UNIT_LINES)):
            below = lines[j]
            if not below or _CARET_LINE.match(below):
                break
            if below.endswith(("<", "=", "^")):
                lines[i] = " ".join([line, *(lines[k].strip() for k in range(i + 1, j + 1))])
                for k in range(i + 1, j + 1):
                    lines[k] = ""
                break


def is_transmission_stamp(line: str) -> bool:
    """A wire's transmission stamp: a date and a time and at most a few words beside them
    ("UPI 03-05-79 11:42 AES", "AFP 181433 GMT JUN 12", "03/06/2021 14:32 CET")."""
    return _feed_stamp(line.strip())


def _feed_stamp(line: str) -> bool:
    if _DTG.search(line) or _COMPACT_STAMP.search(line):
        return True
    date = _STAMP_DATE.search(line)
    if date is None or _STAMP_TIME.search(line) is None:
        return False
    rest = _STAMP_TIME.sub(" ", _STAMP_DATE.sub(" ", line))
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= _STAMP_MAX_WORDS


def _agency_service(line: str) -> bool:
    from archiver.extract.agencies import is_wire_source

    m = _AGENCY_SERVICE.match(line) or _AGENCY_NEWS.match(line)
    return m is not None and is_wire_source(m.group("agency"))


def _code_line(line: str) -> bool:
    tokens = line.split()
    if not tokens or len(tokens) > _CODE_MAX_TOKENS:
        return False
    if not all(_CODE_TOKEN.match(t) or _feed_month_or_day(t) for t in tokens):
        return False
    return any(_MIXED_CODE.search(t) for t in tokens)


def _feed_month_or_day(token: str) -> bool:
    """A month's or weekday's short name, as the stamps print them ("Okt", "Do,", "18.Okt")."""
    word = re.sub(r"^\d{1,2}\.", "", token).strip(",.")
    return bool(re.fullmatch(r"[A-Za-zäéû]{2,3}", word))


# A story's number in a wire archive ("XIN20010712.0103", "APW19980314.0085",
# "AFP_ENG_20050603.0412": the service, the day and the story's count that day), as newswire
# collections keep each story over its selector line.
_DOCUMENT_ID = re.compile(r"^[A-Z]{3}(?:_[A-Z]{3}_)?(?:19|20)\d{6}\.\d{4}$")
# A news item's identifier as NITF's and NewsML's markup carries it, left alone on its line
# when the tags are stripped: a URN (RFC 8141; IPTC's "urn:newsml:", AP's "urn:publicid:") or
# a NewsML-G2 guid in the tag URI scheme (RFC 4151: "tag:reuters.com,2023:newsml_L1N38...").
_ITEM_URN = re.compile(
    r"^(?:urn:[a-z0-9][a-z0-9-]{1,31}:\S{4,200}|tag:[\w.-]+,\d{4}(?:-\d\d){0,2}:\S{4,200})$"
)
# A service's selector line in lower case: the language, the day (MMDD), the service, the
# story's slug in capitals and its priority ("eng 0712 xinhua CHINA-OLYMPICS-BID ltd").
_SERVICE_SELECTOR = re.compile(
    r"^[a-z]{2,3} \d{4} [a-z]{3,12} [A-Z0-9][A-Z0-9&/-]{2,60}(?: [a-z]{2,8}){0,2}$"
)


def _feed_mark(line: str) -> str | None:
    """Which of a feed's own marks the line is (its kind), else None."""
    if len(line.split()) > _FEED_LINE_WORDS:
        return None
    if _ZCZC.match(line):
        return "start-of-message"
    if _NNNN.search(line):
        return "end-of-message"
    if _ANPA_NUMBER.match(line):
        return "message number"
    if _ANPA_SELECTOR.match(line) or _SERVICE_SELECTOR.match(line):
        return "selector line"
    if (head := _ANPA_HEAD.match(line)) is not None and (
        _ANPA_KEYWORD.match(slug := head.group("slug")) or _ANPA_VERSION_SLUG.match(slug)
    ):
        return "selector line"
    if _DOCUMENT_ID.match(line) or _ITEM_URN.match(line):
        return "document number"
    if _ANPA_SLUG.match(line):
        return "keyword and word count"
    if _TAKE_SLUG.match(line):
        return "the take's number and slug"
    if _ANPA_VERSION_SLUG.match(line):
        return "keyword and version"
    if _ANPA_TRAILER.match(line):
        return "sender's stamp"
    if _IPTC_HEADER.match(line):
        return "message header"
    if _agency_service(line):
        return "the agency's service"
    if _feed_stamp(line):
        return "transmission stamp"
    m = _FEED_FIELD.match(line)
    if m is not None:
        return "header field"
    if _code_line(line):
        return "routing codes"
    return None


def _wire_feed(lines: list[str]) -> Capture | None:
    top = _first_text(lines, _FEED_TOP)
    if len(top) < 3:
        return None
    # the closing lines (a short story's may be among the opening ones, past the first three)
    bottom = [i for i in range(len(lines) - 1, top[2], -1) if lines[i]][:_FEED_BOTTOM]
    kinds: set[str] = set()
    feed_fields: set[str] = set()
    carets = 0
    for i in top:
        raw = lines[i]
        if _CARET_LINE.match(raw):
            # a line both opened and closed by the codes ("^Ottawa extends cod moratorium^")
            # is the teletype's alone: it counts as the two carets a feed's title block has
            carets += 2 if _CARET_CLOSED.match(raw) else 1
        line = _CARET_CODES.sub("", raw)
        kind = _feed_mark(line)
        if kind == "header field":
            m = _FEED_FIELD.match(line)
            assert m is not None
            label = " ".join(m.group("label").lower().split())
            if label in _FEED_ONLY:
                feed_fields.add(label)
        elif kind == "routing codes" and i != top[0]:
            pass  # codes count as a mark only where a feed prints them: first
        elif kind is not None:
            kinds.add(kind)
        if _CAPS_SLUG.match(line) and line.count("-") >= 2:
            kinds.add("slug")  # "ANA-NAT-ESKOM-LOADSHEDDING": the desk's slug in capitals
    for i in bottom:
        kind = _feed_mark(_CARET_CODES.sub("", lines[i]))
        if kind in ("end-of-message", "sender's stamp", "transmission stamp"):
            kinds.add(kind)
        elif _TRAILER_TAIL.search(lines[i]):
            # "(Copyright 2022 The Associated Press. ...) AP-ES-02-24-22 1514EST<": the
            # sender's stamp run onto the story's last line by a copy that joined its lines
            kinds.add("sender's stamp")
        elif _FEED_END.match(lines[i]):
            kinds.add("end-of-story mark")
        elif _DESK_CODES.match(lines[i]) and _agency_signoff(lines[i]):
            # "NZPA WGT tf mp": the agency's code and its editors' initials close the take
            kinds.add("the agency's code and its desk's initials")
    if carets >= 2:
        kinds.add("format codes")
    if len(feed_fields) >= 2:
        kinds.add("header fields")
    if len(feed_fields) >= 3:
        kinds.add("several header fields")
    if len(kinds) < 2:
        return None  # one mark is not a feed: a page prints a date stamp or a category too
    from archiver.extract.databases import is_cms_record

    if is_cms_record(lines):
        # "ID: 9921" / "post_date: 2025-02-14 07:40:02": a CMS record's id and time stamps
        # look like a feed's codes and stamps; its fields (a title, the record's own keys, the
        # body's label) say what it is, and the export reader takes it
        return None
    out = list(lines)
    if carets >= 2:
        _join_caret_units(out)
        for i, line in enumerate(out):
            if line and (_CARET_LINE.match(line) or line.endswith(("<", "=", "^"))):
                out[i] = _CARET_CODES.sub("", line)
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    slugs = _field_values(out, top, "slug")
    for i in top:
        # APA's subtitle: "Utl.: Neue Strecke ... - Kosten 32 Mio. Euro =": the label and the
        # title block's closing "=" are the feed's codes; the text is the story's deck
        m = _SUBTITLE.match(out[i])
        if m is not None:
            out[i] = m.group("text")
            why[i] = "the feed's envelope: the label and closing code taken off a subtitle"
            if not lines[i].rstrip().endswith("="):
                # a subtitle wrapped over lines of its own closes on its last one ("Utl.:
                # Arbeiten zwischen ... im" / "      Fünf-Minuten-Takt =")
                for j in range(i + 1, min(i + _SUBTITLE_LINES + 1, len(out))):
                    if not out[j].strip():
                        break
                    if out[j].rstrip().endswith(" ="):
                        out[j] = out[j].rstrip()[:-1].rstrip()
                        break
    # The envelope's header: the top lines while they are the feed's own; the first other
    # line is the story's title block.
    run: list[tuple[int, bool]] = []  # (line, weak): weak lines could be a title as well
    for n, i in enumerate(top):
        line = out[i]
        kind = _feed_mark(line)
        weak = False
        if kind is None:
            if _EDS_NOTE.match(line):
                kind = "the agency's note to editors"
            elif _SERVICE_LINE.match(line):
                kind = "the agency's service"
            elif _FILING_LINE.match(line) and _dateline_below(out, top, i):
                kind = "the place and date it was filed from"
            elif (
                _SLUG_WORD.match(line)
                or _CAPS_SLUG.match(line)
                or _BUREAU_SLUG.match(line)
                or any(line.startswith(s) for s in slugs)
            ):
                kind, weak = "the story's slug", True
            elif (
                n + 1 < len(top)
                # right over the header, or one blank line over it (a copy that sets every
                # line apart)
                and top[n + 1] - i <= 2
                and len(line.split()) <= _FEED_NAME_WORDS
                and not line.endswith((".", ":"))
                and _feed_mark(out[top[n + 1]]) is not None
            ):
                kind = "the feed's name over its header"
            else:
                break
        elif kind == "the take's number and slug":
            weak = True  # a title in capitals could read so ("COP29 DEAL CLOSE-SOURCES")
        elif kind == "routing codes":
            # codes could be a title in capitals ("G7 AGREES ON ..."); a story's number alone,
            # one token with five figures or more ("APP31-050624"), is none
            weak = not (len(line.split()) == 1 and len(re.findall(r"\d", line)) >= 5)
        run.append((i, weak))
        why[i] = f"the feed's envelope: {kind}"
    # The title block must be left: a weak line right over the byline or the story is the
    # headline itself ("G7 AGREES ON ...")
    rest = next((i for i in top if i > run[-1][0]), None) if run else None
    while run and run[-1][1] and (rest is None or _story_or_byline(out[rest])):
        rest, _ = run.pop()
        why.pop(rest)
    for i, _weak in run:
        wrapper[i] = True
    # Notes to editors further down the title block (ANPA prints them under the headline).
    end = run[-1][0] if run else -1
    title = [i for i in top if i > end][:2]
    if len(title) == 2 and "/" in out[title[1]] and _SLUG_WORD.match(out[title[1]]):
        # APA's keywords under the title ("Verkehr/Bau/Steiermark/Österreich"), one token of
        # words joined by slashes: the feed's index, no deck nor story
        wrapper[title[1]] = True
        why[title[1]] = "the feed's envelope: the story's keywords under its title"
    for i in top:
        if i > end and not wrapper[i] and _EDS_NOTE.match(out[i]):
            wrapper[i] = True
            why[i] = "the feed's envelope: the agency's note to editors"
    # The envelope's foot: the end-of-message mark, stamps, codes and the profile block.
    for i in range(len(lines) - 1, end, -1):
        line = out[i]
        if not line:
            continue
        if (tail := _TRAILER_TAIL.search(line)) is not None:
            out[i] = line[: tail.start()].rstrip()  # the stamp off the story's last line
            break
        kind = _feed_mark(line)
        if kind is None and _PROFILE.match(line):
            kind = "the story's profile block"
        elif kind is None and (
            _END_MARK.match(line) or _DESK_INITIALS.match(line) or _agency_signoff(line)
        ):
            kind = "the end-of-story mark or the desk's initials"
        if kind == "header field":
            m = _FEED_FIELD.match(line)
            if m is None or " ".join(m.group("label").lower().split()) not in _FEED_ONLY:
                break
            # "KEYWORD: NEW YEAR CROWDS (AAP)": the story's keyword again under it (AAP), a
            # field only a feed prints, not a caption with its credit
            kind = "the story's keyword field"
        if kind is None:
            break
        wrapper[i] = True
        why[i] = f"the feed's envelope: {kind}"
    for n, i in enumerate(top[:-1]):
        below = out[top[n + 1]]
        if (
            not wrapper[i]
            and 0 < len(out[i]) <= _ELEMENT_CHARS
            and below.startswith(out[i])
            and below[len(out[i]) : len(out[i]) + 2] in (" (", ", ", " -", " —", " –")
        ):
            # "NAIROBI, Kenya" over "NAIROBI, Kenya (Reuters) - ...": the item's dateline
            # element, left on its line by a copy with the markup stripped, then the story's
            # own dateline opening its first paragraph
            wrapper[i] = True
            why[i] = "the item's dateline element, printed again where the story opens"
    return Capture("news agency feed", out, wrapper, why, hidden=True)


# A dateline element is a place and its region: short.
_ELEMENT_CHARS = 40


def _dateline_below(lines: list[str], top: list[int], at: int) -> bool:
    """One of the next few lines of the opening opens with a dateline and its dash."""
    from archiver.extract.datelines import match_dateline

    for i in [k for k in top if k > at][:4]:
        found = match_dateline(lines[i])
        if found is not None and found.dateline.raw.rstrip()[-1:] in "-–—_:":
            return True
    return False


# The agency's code, then its desk's and editors' short codes in lower case ("dpa ch yyzz a3
# ms", "afp jm kb"), as dpa and AFP close a transmission; NZPA and AAP put the sending bureau's
# code in capitals first, or set the editors' initials apart by slashes ("NZPA WGT tf mp",
# "AAP nc/sb/de", "AAP SYD jw/ce").
_DESK_CODES = re.compile(
    r"^(?P<agency>[A-Za-z][\w-]{1,11})(?:\s+[A-Z]{2,4})?"
    r"(?:(?:\s+[a-z0-9]{1,4}){2,6}|\s+[a-z0-9]{1,4}(?:/[a-z0-9]{1,4}){1,5}"
    # APP's and other South Asian agencies' slashes straight after the code ("APP/zah/ftm")
    r"|(?:/[a-z0-9]{1,4}){2,5})$"
)


def is_closing_codes(line: str) -> bool:
    """A wire story's closing marks alone on the line: its desk's initials ("jgb/ics/jgb",
    "tf/mp") or its end mark ("(END)", "-30-"), which close the story, never go on with it."""
    text = line.strip()
    return _DESK_INITIALS.match(text) is not None or _END_MARK.match(text) is not None


def _agency_signoff(line: str) -> bool:
    from archiver.extract.agencies import is_wire_source

    m = _SIGNOFF.match(line)
    if m is None and (codes := _DESK_CODES.match(line)) is not None:
        # initials and codes, not words: one of them at least has a figure or no vowel
        # (not "dpa was told", a wrapped sentence's last words)
        tokens = line.split()[1:]
        if "/" in line or any(re.search(r"\d", t) or not re.search(r"[aeiouy]", t) for t in tokens):
            # (initials set apart by slashes are no sentence's words: "AAP nc/sb/de")
            m = codes
    return m is not None and is_wire_source(m.group("agency"))


def _field_values(lines: list[str], top: list[int], label: str) -> list[str]:
    out = []
    for i in top:
        m = _FEED_FIELD.match(lines[i])
        if m is not None and m.group("label").lower() == label:
            value = m.group("value").strip()
            if len(value) >= 3:
                out.append(value)
    return out


def _story_or_byline(line: str) -> bool:
    return len(line.split()) > _FEED_LINE_WORDS or bool(re.match(r"(?i:by)\s", line))


# --- newspaper archives' copies of a page's article -------------------------------------
# A library or vendor archive prints its citation and its own links around the OCR text:
# ProQuest Historical Newspapers ("New York Times (1923-Current file); Mar 4, 1931; ProQuest
# Historical Newspapers: The New York Times" / "pg. 3", "Reproduced with permission of the
# copyright owner..."), Chronicling America ("Evening star. [volume] (Washington, D.C.)
# 1854-1972, June 04, 1921, Page 2, Image 2" / "Image provided by: ..." / "Persistent link:"),
# Trove ("The Argus (Melbourne, Vic. : 1848 - 1957) Tuesday 3 March 1936 p 9 Article" / "National
# Library of Australia" / its nla.gov.au link), Gale's digital archives ("The Times Digital
# Archive" / "Back to results" / "NAME. The Times (London, England), Tuesday, Jun 04, 1968; pg.
# 5; Issue 57267." / "Source Citation") and newspapers.com clippings ("Clipped from The Paper,
# Town, State, Sat, Oct 12, 1957 · Page 1" / "Clipped by ..." / "OCR text (may contain errors)").
_PQ_CITATION = re.compile(
    r"^[^;]{2,80}\(\d{4}\s*-\s*(?:(?i:current file)|\d{4})\)\s*;\s*[A-Z][a-z]{2,8}\.? \d{1,2}, "
    r"\d{4}\s*;\s*ProQuest\b[^;]{0,100}$"
)
# ProQuest's own lines around the citation: the page ("pg. 7", "pg. A18"), the database's
# banner ("ProQuest Historical Newspapers: The Irish Times ..."), the record's place in the
# results ("Document 1 of 1") and the labels over the abstract and the text.
_PQ_PAGE = re.compile(
    r"^(?:pg\.\s*[A-Z]{0,2}\d{1,4}|ProQuest Historical Newspapers\b.{0,120}|"
    r"Document \d{1,6} of \d{1,6}|Abstract(?: \(Document Summary\))?|"
    r"Full [Tt]ext(?: \(\d[\d,]* words\))?:?)$"
)
_PQ_FOOTER = re.compile(r"^Reproduced with permission of the copyright owner\b.{0,120}$")
# (the page's number is left out of the citation of a title's front page: "... April 22,
# 1906, Image 1"; the page's "About <the title>" link and "OCR Interpretation" label)
_CA_CITATION = re.compile(
    r"^.{2,120}\[volume\]\s*\([^()]{2,60}\)\s*\d{4}-(?:\d{4}|current)?,\s*[A-Z][a-z]+ \d{1,2}, "
    # (the edition or section between the date and the page: "HOME EDITION", "FIRST SECTION")
    r"\d{4}, (?:[A-Z][A-Z ]{2,30}, )?(?:Page (?:[A-Z]{1,2}-?)?\d{1,4}, )?Image \d{1,4}$"
)
# The state libraries' portals cite the page as Chronicling America does, without its
# "[volume]" ("The Atlanta Constitution (Atlanta, Ga.) 1881-1945, November 20, 1898, Page 6").
_STATE_CITATION = re.compile(
    r"^[A-Z].{2,100}\([^()]{2,60}\)\s*\d{4}-(?:\d{4}|current)?,\s*[A-Z][a-z]+ \d{1,2}, "
    r"\d{4}, (?:[A-Z][A-Z ]{2,30}, )?(?:Page (?:[A-Z]{1,2}-?)?\d{1,4}(?:, Image \d{1,4})?|Image \d{1,4})$"
)
_CA_LINES = re.compile(
    r"^(?:Image provided by:.{2,120}|Persistent link:\s*https?://chroniclingamerica\.loc\.gov/\S*|"
    r"OCR|OCR Interpretation|About .{2,120}\[volume\].{2,120}|"
    # the page viewer's row of tabs: "About this Page | Text | PDF | JP2"
    r"About this Page(?:\s*\|\s*(?:Text|PDF|JP2|OCR|Print|Clip Image|Download))+)$"
)
# Any archive's own lines round the article's text: the portal's name ("California Digital
# Newspaper Collection", "Hoosier State Chronicles: Indiana's Digital Historic Newspaper
# Program", "Columbia Spectator Archive", "Google News Archive Search"), the viewer's page
# navigation ("< Previous Page  Next Page >", "Image 3 of 62", "Page: 1 of 40"), its rows of
# buttons, the record's fields ("Issue Date: ...", "Clipped by ...", "Datum: 19-11-1943") and the
# label over the OCR's text ("Text from this clipping (OCR)", "TEXT (OCR, may contain errors)",
# "[Transcribed from page A-4]").
_PORTAL_WORDS = re.compile(
    r"\b(?:Digital|Newspapers?|Archives?|Collections?|Chronicles|Portal|Historic)\b"
)
_PORTAL_ONE_WORD = frozenset(
    {
        "Trove",
        "NLA Trove",
        "Papers Past",
        "Delpher",
        "Kranten",
        # the vendors' names as their pages print them, the mark after it taken off
        # ("NewspaperArchive®")
        "NewspaperArchive",
        "Newspapers.com",
        "GenealogyBank",
    }
)
_BUTTON = (
    r"(?:Share|Print|Download|Cite(?: this)?|Tags|Lists|Fix (?:this )?text|Zoom|Search Inside|"
    r"Deel|Bekijk volledige tekst|Read this newspaper|Save to my research|Text correction|"
    r"Browse (?:this|all) newspapers? »|Home|Browse|Search|Help|Comments|Print this page)"
)
_ARCHIVE_OWN = re.compile(
    r"^(?:<\s*Previous (?:Page|Issue)\s*(?:\|\s*)?Next (?:Page|Issue)\s*>|"
    r"(?:Image|Page):? \d{1,4} of \d{1,4}|Page:? (?:[A-Z]{1,2}-?)?\d{1,4}(?: \| [A-Z][^|]{2,60})?|"
    rf"{_BUTTON}(?:(?:\s+|\s*\|\s*){_BUTTON})*|"
    r"(?:Publication|Location|Issue Date|Clipping|Datum|Plaats van uitgave|Newspaper|Edition)"
    r":\s.{1,100}|"
    r"Clipped by \S.{0,80}|Text|OCR text|Tekst \(OCR\)|Text from this (?:clipping|page) \(OCR\)|"
    r"TEXT \(OCR, may contain errors\)|"
    r"\[(?:[Tt]ranscribed from|[Tt]ext keyed from|[Pp]age [A-Z]?-?\d{1,4},? transcribed)[^\]]{0,60}\]|"
    # Trove's and Papers Past's notes on the OCR's corrections and the item's use
    r"This article has (?:not been corrected|been corrected by \d+ (?:people|person))\..{0,120}|"
    r"(?:Text corrections|Lines of text): \d+(?:\s+[A-Z][a-z]+: \d+)*|Word Count:? \d{1,6}|"
    r"Using this item|This newspaper is part of the collection entitled:.{2,300})$"
)
# The label over the OCR's text: the archive's lines end at it.
_OCR_LABEL = re.compile(
    r"^(?:OCR text|Tekst \(OCR\)|Text from this (?:clipping|page) \(OCR\)|"
    r"TEXT \(OCR, may contain errors\)|OCR Interpretation)$"
)


def _portal_line(line: str) -> bool:
    """An archive's or portal's own name on a line of its own: a few words in Title Case, one
    of them the portal's kind ("Digital", "Newspaper", "Archive", "Collection", "Chronicles")."""
    if line.rstrip("®™ ") in _PORTAL_ONE_WORD:
        return True
    parts = re.split(r"\s[—–-]\s", line)
    if len(parts) > 1 and _portal_line(parts[-1].strip()):
        # the viewer's page title as the browser prints it, the paper's name before the
        # portal's ("The Glasgow Herald - Google News Archive Search", "Evening Post - Papers
        # Past"): a headline's part after a dash is no portal's name
        return True
    words = line.split()
    # the name ends in its kind ("California Digital Newspaper Collection", "UPI Archives",
    # "Hoosier State Chronicles: ..."); a headline in Title Case goes on after the word
    # ("Newspaper Archives Go Online", "Historic Mill Reopens"), a site's label opens with it
    # ("Digital Edition"); a search box may follow it ("Google News Archive Search")
    name = re.split(r":|\s[—–-]\s", line, maxsplit=1)[0].split()
    if name and name[-1] == "Search":
        name = name[:-1]
    return (
        len(words) <= 12
        and bool(name)
        and _PORTAL_WORDS.fullmatch(name[-1]) is not None
        and not line.isupper()
        and all(w[:1].isupper() or w.lower() in _CARRY_ON or not w[:1].isalpha() for w in words)
    )


# An issue's crumb in an archive's breadcrumb: its year, its day ("Tue 14 Jan 1936", "4 March
# 1908"), its month or day alone, or its page ("Page 3").
_ISSUE_CRUMB = re.compile(
    r"^(?:(?:[A-Z][a-z]{2,8},? )?\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|"
    r"(?:1[6-9]|20)\d\d|\d{1,2}|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|[Pp]age \d{1,4})$"
)
_ISSUE_CRUMBS = 2


def _issue_crumbs(line: str) -> bool:
    """An archive's breadcrumb to the page, with no archive's name at its head: a section or
    the search's results, the paper, then the issue's date and page ("Newspapers & Gazettes ›
    The Argus (...) › Tue 14 Jan 1936 › Page 3", "Search results > Yorkshire Evening Post >
    1952 > March > 07"). Two crumbs of the issue at least, after a name: no headline's shape."""
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(line)]
    issue = [p for p in parts if _ISSUE_CRUMB.match(p)]
    return len(parts) >= _TITLE_CRUMBS and len(issue) >= _ISSUE_CRUMBS and parts[0] not in issue


def _archive_own(line: str) -> bool:
    return bool(_ARCHIVE_OWN.match(line)) or _portal_line(line) or _issue_crumbs(line)


# (Trove's citation is also printed with commas: "The Argus (Melbourne, Vic. : 1848 - 1957),
# Saturday 14 July 1923, page 21")
# The article's page prints the paper's title with its state and years on a line of its own,
# the issue's date and the page under it ("The Sydney Morning Herald (NSW : 1842 - 1954)" /
# "Wed 4 Jul 1923" / "Page 11").
_TROVE_CITATION = re.compile(
    r"^[A-Z].{1,80}\([^():]{2,60}:\s*\d{4}\s*-\s*(?:\d{4})?\)(?:,?\s+(?:[A-Z][a-z]{2}(?:[a-z]*day)?,? )?"
    r"\d{1,2} [A-Z][a-z]+ \d{4},?\s+(?:p|[Pp]age) \d{1,4}(?:\s+Article)?)?$"
)
# The archive's breadcrumb over the article: its name first, the section, the paper, the
# issue and the page after it ("Trove > Newspapers & Gazettes > The Argus (...) > Wed 19 Nov
# 1952 > Page 3"): the archive's own mark, no other line needed.
_CRUMB_CITATION = re.compile(
    r"^(?:Trove|Papers Past|Delpher|Chronicling America|British Newspaper Archive)"
    r"(?:\s+[>›»/]\s+[^>›»]{2,100}){2,6}$"
)
_TROVE_LINES = re.compile(
    r"^(?:National Library of Australia|https?://(?:trove\.)?nla\.gov\.au/\S+|Trove|"
    # the page's category, its row of links under the text and its note on the OCR
    r"Newspapers & Gazettes|Digitised newspapers and more|"
    r"Cite this article(?:\s*\|\s*(?:Text correction history|Tags|Comments|Lists|Print))*|"
    r"Text last corrected on .{4,40}|"
    r"This (?:article )?text was automatically generated and may contain errors\..{0,120}|"
    # the article page's format label over its title, its correction status and its note
    # on the OCR ("Newspaper article", "Text correction status: Uncorrected  Lines of text:
    # 27", "Some of the text on this page has been automatically generated and may contain
    # errors.")
    r"(?:Newspaper|Gazette) article|"
    r"Text correction status: [A-Z][a-z]+(?:\s+Lines of text: \d{1,5})?|"
    r"Some of the text on this page has been automatically generated and may contain errors\.?|"
    # the title's own lines under it: the issue's day and the page; the label over the text
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}|Page \d{1,4}|Article text)$"
)
# Papers Past (National Library of New Zealand): "Evening Post, Volume CIV, Issue 12, 14 July
# 1927, Page 9", the article's title over it; its page view prints it in capitals too
# ("EVENING POST, VOLUME LXXV, ISSUE 53, 4 MARCH 1908, PAGE 7").
_PP_CITATION = re.compile(
    r"^[A-Z][^,]{2,60}, (?:(?:Volume|VOLUME) [IVXLCDM]{1,9}, )?(?:Issue|ISSUE) \d{1,6}, "
    r"\d{1,2} (?:[A-Z][a-z]+|[A-Z]{3,9}) \d{4}, (?:Page|PAGE) \d{1,4}$"
)
# The Veridian portals (California Digital Newspaper Collection, Illinois Digital Newspaper
# Collections, Hoosier State Chronicles, Columbia Spectator Archive) and the Portal to Texas
# History cite the issue by volume and number: "San Pedro News Pilot, Volume 10, Number 223,
# 19 November 1937 — Page 1", "Indianapolis News, Volume 31, Number 34, Indianapolis, Marion
# County, 1 January 1900 — Page 1", "The Abilene Reporter-News (Abilene, Tex.), Vol. 59, No.
# 168, Ed. 1 Sunday, November 19, 1939".
_ISSUE_CITATION = re.compile(
    r"^[A-Z](?:[^,()]|\([^()]{1,40}\)){1,80}, Vol(?:ume|\.) [\dIVXLCDM]{1,9}, "
    r"(?:Number|No\.|Issue) \d{1,6},? (?:Ed\. \d{1,2},? )?(?:[A-Z][^,]{2,30}, ){0,3}"
    r"(?:(?:[A-Z][a-z]+day,? )?\d{1,2} [A-Z][a-z]+ \d{4}|(?:[A-Z][a-z]+day,? )?[A-Z][a-z]+ \d{1,2}, \d{4})"
    r"(?:,? [—–-] .{2,100}|, Page \d{1,4})?$"
)
# The British Newspaper Archive's and Google News Archive's title: the paper and the issue's
# day ("Western Daily Press - Wednesday 20 November 1912", "The Deseret News - Nov 20, 1972").
_TITLE_DATE_CITATION = re.compile(
    r"^[A-Z][^|]{2,80} - (?:[A-Z][a-z]+day,? )?(?:\d{1,2} [A-Z][a-z]+ \d{4}|"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})$"
)
# newspapers.com's page of a clipping: "Chicago Tribune from Chicago, Illinois • Page 5".
_FROM_CITATION = re.compile(r"^.{2,80} from [A-Z][^•·]{2,60}\s*[•·]\s*(?:Page )?\d{1,4}$")
# Delpher's record: "Delpher" / "Kranten" / the paper / "Datum: 19-11-1943".
_DELPHER_CITATION = re.compile(r"^Datum: \d{1,2}-\d{1,2}-\d{4}$")
# A transcription's source line over the text a person keyed from the microfilm:
# "Lancaster Intelligencer, November 20, 1889, p. 1" / "Transcribed from microfilm ...".
_KEYED_CITATION = re.compile(
    r"^[A-Z][^,]{2,60}, (?:[A-Z][a-z]+day, )?[A-Z][a-z]+\.? \d{1,2}, \d{4}, (?:p\.|page) ?\d{1,4}\.?$"
)
_KEYED_LINES = re.compile(
    r"^(?:(?:Transcribed|Typed|Keyed|Abstracted) (?:from|by) .{4,200}|"
    r"Spelling and punctuation as in (?:the )?original\..{0,120})$"
)
# A forum's post of a clipping typed from the microfilm: the thread's title, the post's
# header ("Posted by dkovach » Tue Mar 14, 2006 9:12 pm", phpBB's) and the poster's words on
# the source over the article's text.
_FORUM_CITATION = re.compile(r"^Posted(?: by)? \S.{0,40} (?:»|on|at) .{0,20}\d{4}\b.{0,20}$")
_FORUM_LINES = re.compile(r"^(?:Re: .{2,150}|Quote|Top|Reply with quote)$")
_PP_LINES = re.compile(
    r"^(?:Papers Past|https?://paperspast\.natlib\.govt\.nz/\S+|"
    # the article's word count under the text, labelled in English and in Māori
    r"(?i:word count):?(?:\s+Tapeke kupu)?(?:\s+\d{1,6})?|Tapeke kupu|Using this item)$"
)
# The British Newspaper Archive's metadata row under its "Paper - Tuesday 13 March 1934" line:
# "Page 9 | Newspaper: Yorkshire Post and Leeds Intelligencer | County: Yorkshire, England |
# Type: Article | Words: 412", and its tag box.
_BNA_CITATION = re.compile(
    r"^Page \d{1,4} \| Newspaper: [^|]{3,80} \|(?: [A-Z][a-z]+: [^|]{1,60} \|)* "
    r"Type: [A-Za-z]+ \| Words: \d{1,6}$"
)
_BNA_LINES = re.compile(
    r"^(?:Tags: Add a tag|[A-Z][^|]{2,80} - [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}|"
    # the page's number alone under the title, and the notice under each page's image: the
    # paper's rights holder, then the Library's ("Image © Reach PLC. Image created courtesy
    # of THE BRITISH LIBRARY BOARD.")
    r"Page \d{1,4}|"
    r"(?:Image )?©.{2,80}?\.\s*Image created courtesy of (?i:the British Library Board)\.?)$"
)
# Gale's citation as its documents are cited (MLA): the title in quotes, the paper, the date,
# the page, the collection and the document's link ('"THE OMNIBUS STRIKE." Pall Mall Gazette,
# 8 June 1891, p. 7. British Library Newspapers, link.gale.com/apps/doc/...'). Its link is
# Gale's own mark: no other line is needed.
_GALE_CITED = re.compile(
    r'^["“](?P<title>[^"“”]{2,200})["”] [^,]{2,80}, \d{1,2} [A-Z][a-z]+\.? \d{4}, pp?\. [\d-]{1,9}\.'
    r".{0,120}\b(?:link|go)\.gale\.com/\S+(?:\s+Accessed\s.{4,30})?$"
)
_GALE_CITATION = re.compile(
    r"^(?:[^.;]{2,60}\.\s+)?[A-Z][^;]{2,80}\([^()]{2,40}\),\s*[A-Z][a-z]+day, [A-Z][a-z]{2} "
    r"\d{1,2}, \d{4}\s*;\s*pg\.\s*\d{1,4}\s*;\s*Issue \d{1,6}\.?$"
)
_GALE_LINES = re.compile(
    r"^(?:.{2,60} Digital Archive|Gale|Back to results|Article|Category:.{1,60}|©.{2,60}|"
    r"Source Citation|URL|https?://\S*gale\S*|Gale Document Number:\s*\S+|"
    # OneFile's collection over the citation, its label over the text, and its notice under it
    r"Gale (?:OneFile|Academic OneFile|General OneFile|In Context)(?::.{1,40})?|Full Text:|"
    r"No portion of this article can be reproduced without the express written permission"
    r" from the copyright holder\.)$"
)
# ("Clipped from The Boston Globe, 28 Oct 1923, Sun, Page 1": its clippings' older titles,
# the day after the date and a comma before the page)
_CLIP_CITATION = re.compile(
    r"^Clipped from (?:.{4,160}·|.{4,160}\b(?:1[6-9]|20)\d\d, [A-Z][a-z]{2},)\s*Page \d{1,4}$"
)
_CLIP_LINES = re.compile(
    r"^(?:Clipped by .{2,80}|https?://www\.newspapers\.com/\S+|Printed from newspapers\.com|"
    r"Copyright © \d{4} Newspapers\.com\..{0,60}|OCR text \(may contain errors\)|"
    r"Clipped from newspapers\.com|Printed on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})$"
)
# newspapers.com's page (not a clipping of it) as printed or saved: the paper, its town in
# brackets or after it, the day and the page, set apart by middle dots or by spaces ("Lancaster
# New Era (Lancaster, Pennsylvania) · Thu, Mar 30, 1978 · Page 3", "The Paper  Town, State
# Tuesday, February 8, 1966  Page 1"); the dots may come through as "Â·" (UTF-8 read as cp1252)
_NEWSPAPERS_PAGE = re.compile(
    r"^(?!Clipped from ).{2,120}?(?:\s*Â?·\s*|\s+)(?:[A-Z][a-z]{2}|[A-Z][a-z]+day),? "
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:\s*Â?·\s*|\s+)Page \d{1,4}$"
)
# A page's running head over the OCR of a page: "EVENING STAR, WASHINGTON, D. C., SATURDAY,
# JUNE 4, 1921." and the page's number alone.
_RUNNING_HEAD = re.compile(
    r"^[A-Z][A-Z .,'&-]{4,80},\s*[A-Z]+DAY,\s*[A-Z]+\.? \d{1,2},\s*\d{4}\.?(?:\s*[*★]+)*$"
)
_PAGE_NUMBER = re.compile(r"^(?:[A-Z]{1,2}-?)?\d{1,3}$")
# The front page's weather box printed beside the title ("Weather Forecast" / "Partly cloudy,
# hot and humid" / "today, high near 92."): the forecast, not the story under the headline.
_WEATHER_EAR = re.compile(
    r"^(?:(?i:the\s+)?(?i:weather)(?:\s+(?i:forecast|report|bureau report|outlook))?|"
    r"(?i:local\s+)?(?i:forecast))(?:\s*[:.]\s*|\s*)$"
)
_WEATHER_LINES = 8
# A line of the OCR with no word of two letters in a few characters: specks, rules and folds.
_STRAY_MARKS = re.compile(r"^(?=.{1,8}$)(?!.*[^\W\d_]{2})[^\w]*\w?[^\w]*$")
# "Continued on Page 2, Column 3": where the printed story goes on (an OCR'd page's furniture)
# An e-paper's bullet before it and its short form ("● Continued on P6", "Contd on p 4").
_JUMP_LINE = re.compile(
    r"^(?:[●•►▶■]\s*)?\(?(?:Continued|Concluded|Contd\.?) (?:on|from) (?:Page|P\.?) ?\d{1,3}"
    r"(?:,? Col(?:umn|\.)? \d{1,2})?\.?\)?$",
    re.IGNORECASE,
)


def is_jump_line(line: str) -> bool:
    """`line` says where the printed story goes on ("Continued on Page 2", "● Continued on
    P6"): the story does not end above it."""
    return _JUMP_LINE.match(line.strip()) is not None


_ARCHIVE_TOP = 12
# OCR's title lines are short; the decks under the headline are joined to it only when they are
# in the same case (capitals) or carry on a line that ends on a small word.
_TITLE_LINE_WORDS = 7
_CARRY_ON = frozenset(
    "a an the of to in on at for from with and or by as into over under after before near "
    "against".split()
)


# Each archive's citation of the page and its own lines about it.
_ARCHIVE_MARKS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "ProQuest Historical Newspapers": (_PQ_CITATION, _PQ_PAGE),
    "Chronicling America": (_CA_CITATION, _CA_LINES),
    "Trove": (_TROVE_CITATION, _TROVE_LINES),
    "Gale digital archive": (_GALE_CITATION, _GALE_LINES),
    "newspapers.com clipping": (_CLIP_CITATION, _CLIP_LINES),
    "newspapers.com page": (_NEWSPAPERS_PAGE, _CLIP_LINES),
    "Papers Past": (_PP_CITATION, _PP_LINES),
    "British Newspaper Archive": (_BNA_CITATION, _BNA_LINES),
    "Gale citation": (_GALE_CITED, _GALE_LINES),
    "Trove breadcrumb": (_CRUMB_CITATION, _TROVE_LINES),
    "state library portal": (_STATE_CITATION, _CA_LINES),
    "Veridian portal": (_ISSUE_CITATION, _PP_LINES),
    "archive title": (_TITLE_DATE_CITATION, _BNA_LINES),
    "newspapers.com clipping page": (_FROM_CITATION, _CLIP_LINES),
    "Delpher": (_DELPHER_CITATION, _PP_LINES),
    "transcription": (_KEYED_CITATION, _KEYED_LINES),
    "forum post": (_FORUM_CITATION, _FORUM_LINES),
}


_CITED = "the archive's citation of the page"
# The citations whose shape alone a page's own lines may have.
_LOOSE_CITATIONS = frozenset(
    {"archive title", "newspapers.com clipping page", "Delpher", "transcription", "forum post"}
)
_CRUMB_SEPARATOR = re.compile(r"\s[>›»]\s")


def _archive(lines: list[str]) -> Capture | None:
    found = _archive_read(lines)
    cited = None if found is None else next((i for i, w in found.why.items() if w == _CITED), None)
    if found is not None and not (
        cited is not None
        and cited + 1 < len(lines)
        and lines[cited + 1]
        and not found.wrapper[cited + 1]
    ):
        return found
    # A wrapper broke the archive's long citation over two lines ("... 1866-1924, November
    # 19," / "1919, Page 3, Image 3"): read with the two lines as one where that is a citation
    # (a breadcrumb's first part is one already: read whole where it goes on).
    top = _first_text(lines, _ARCHIVE_TOP)
    for a, b in zip(top, top[1:], strict=False):
        if b != a + 1 or (cited is not None and a != cited):
            continue
        joined = f"{lines[a]} {lines[b]}"
        if cited is not None and not _CRUMB_SEPARATOR.search(lines[b]):
            continue  # a whole citation over the headline: no breadcrumb goes on under it
        if any(citation.match(joined) for citation, _ in _ARCHIVE_MARKS.values()):
            found = _archive_read([*lines[:a], joined, "", *lines[b + 1 :]])
            if found is not None:
                found.why[b] = "the rest of the archive's citation, a wrapper's line"
                found.wrapper[b] = True
                return found
    return found


def _archive_read(lines: list[str]) -> Capture | None:
    top = _first_text(lines, _ARCHIVE_TOP)
    if not top:
        return None
    for name, (citation, own) in _ARCHIVE_MARKS.items():
        cited = next((i for i in top if len(lines[i]) <= 300 and citation.match(lines[i])), None)
        if cited is None:
            continue
        others = [i for i in top if i != cited and (own.match(lines[i]) or _archive_own(lines[i]))]
        if name in _LOOSE_CITATIONS:
            # a shape a web page's date stamp may have too: the portal's own name, its line
            # or the label over its OCR, not a share button alone, says it is the archive's
            others = [
                i
                for i in others
                if own.match(lines[i])
                or _portal_line(lines[i])
                or _OCR_LABEL.match(lines[i])
                or _issue_crumbs(lines[i])
            ]
        rows = [i for i in range(len(lines)) if lines[i]]
        tail = [i for i in rows[-_ARCHIVE_TAIL:] if i > cited]
        if (
            others
            or name in ("Gale citation", "Trove breadcrumb", "newspapers.com clipping")
            # its lines under the text ("Word Count: 84" / "Using this item")
            or any(own.match(lines[i]) for i in tail)
            or _title_repeated(lines, top, cited)
        ):
            # the citation and another of the archive's own lines (or its link, or the title
            # it prints over the citation and again over the text): its copy
            return _archive_capture(name, lines, cited, others, own)
    return None


_ARCHIVE_TAIL = 6
# Papers Past's note on the paper's copyright: "Stuff Ltd is the copyright owner for the Evening
# Post. You can reproduce ..."
_COPYRIGHT_OWNER = re.compile(r"^[A-Z].{2,80} is the copyright owner for .{2,300}$")
# The printed page's running head with the issue's date in capitals, the page's number, the
# edition or the price about it ("4 THE SUN, SUNDAY, NOVEMBER 19, 1916.", "THE OMAHA BEE:
# SATURDAY, NOVEMBER 19, 1921.", "LAST EDITION  BISMARCK, NORTH DAKOTA, SATURDAY, NOVEMBER 19,
# 1921  PRICE FIVE CENTS"): a line in capitals with a weekday and a full date in it.
_DATED_HEAD = re.compile(
    r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?: (?:MORNING|EVENING|AFTERNOON))?,?\s+"
    r"[A-Z]+\.? \d{1,2},(?:\s*\d{4}\b|$)"
)
_DATED_HEAD_CHARS = 140
_BROKEN_HEAD = re.compile(r"^.*\b[A-Z]+\.? \d{1,2},$")
_YEAR_ON = re.compile(r"^\d{4}\b.{0,40}$")
# The masthead's price, or what a wrapper left of it under the dated line ("FIVE CENTS").
_PRICE = re.compile(
    r"^(?:PRICE:? )?(?:ONE|TWO|THREE|FOUR|FIVE|TEN|\d{1,2}) CENTS?\.?$", re.IGNORECASE
)


# An issue's full date in a folio: "April 7, 1953", "APRIL 7, 1953", "7 April 1953".
_FULL_DATE = re.compile(
    r"\b[A-Z][A-Za-z]{2,8}\.? \d{1,2}, (?:1[6-9]|20)\d\d\b|\b\d{1,2} [A-Z][A-Za-z]{2,8} (?:1[6-9]|20)\d\d\b"
)


# A page's number in figures or in words, as a folio prints it ("9", "NINE", "Twenty-Two").
_PAGE_IN_WORDS = re.compile(
    r"^(?:\d{1,3}|(?i:(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))$"
)


def _dated_head(line: str) -> bool:
    return (
        len(line) <= _DATED_HEAD_CHARS and line.upper() == line and bool(_DATED_HEAD.search(line))
    )


def _letters(line: str) -> str:
    return re.sub(r"[^a-z]", "", line.lower())


# A dash between a page title's parts, not one inside the paper's years in brackets
# ("The Argus (Melbourne, Vic. : 1848 - 1957)").
_TITLE_DASH = re.compile(r" - (?![^()]*\))")
_TITLED_PARTS = 3


def _cited_title(citation: str) -> str | None:
    """The article's own title at the head of an archive page's title, before the paper and
    the issue's day ("SHARK ATTACKS SURF-BOARD RIDER - The Argus (Melbourne, Vic. : 1848 -
    1957) - 14 Jan 1936", Trove's article page): the paper's part names its place and years in
    brackets, which no headline's part does; None for the plain "Paper - Day" title."""
    parts = _TITLE_DASH.split(citation)
    if len(parts) != _TITLED_PARTS or not re.search(r"\(.*\d{4}.*\)$", parts[1]):
        return None
    return parts[0].strip() or None


def _paper_title(citation: str) -> str:
    """The paper's name as the archive cites it ("The Bismarck tribune. [volume] ..."), letters
    only, to know its masthead ("THE BISMARCK TRIBUNE") printed over the page's OCR."""
    if _cited_title(citation) is not None:
        citation = _TITLE_DASH.split(citation)[1]
    name = re.split(r"\s*(?:\[volume\]|\(|,| from | - )", citation, maxsplit=1)[0]
    return _letters(name) if len(name.split()) >= 2 else ""


def _carries_title(lines: list[str], wrapper: list[bool], i: int) -> bool:
    """A word that goes on a headline's short line right above it ("Wheat Crop" / "Forecast"
    / "Raised"): a line of the title, not the label of the front page's weather box."""
    above = lines[i - 1] if i > 0 and not wrapper[i - 1] else ""
    return bool(above) and len(above.split()) <= _OCR_TITLE_WORDS and not above.endswith((".", ":"))


def _title_repeated(lines: list[str], top: list[int], cited: int) -> bool:
    """The article's title over the citation, printed again over the text under it (Trove's
    and Papers Past's article pages: "CABLE NEWS." / citation / "" / "CABLE NEWS.")."""
    above = [i for i in top if i < cited]
    below = [i for i in top if i > cited]
    return len(above) == 1 and bool(below) and lines[below[0]] == lines[above[0]]


# The parts of an archive page's title printed as a breadcrumb: the archive, a section, the
# paper, the issue's date and the article's title.
_TITLE_CRUMBS = 3


def _archive_capture(
    name: str, lines: list[str], cited: int, others: list[int], own: re.Pattern[str]
) -> Capture:
    out = list(lines)
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}

    def flag(i: int, reason: str) -> None:
        wrapper[i] = True
        why[i] = reason

    flag(cited, _CITED)
    for i in others:
        flag(i, "the archive's own line")
    headline = None
    above = [i for i in _first_text(lines, _ARCHIVE_TOP) if i < cited and not wrapper[i]]
    if name == "Gale citation" and (m := _GALE_CITED.match(lines[cited])) is not None:
        headline = m.group("title").strip()
        if headline.endswith(".") and headline[:-1] in (x.strip() for x in lines[cited + 1 :]):
            # MLA closes a cited title with a full stop inside the quotes ('"Volunteers race
            # to save the archive." Times of Malta, ...'); the title printed again under the
            # citation has none, and is the headline as the paper printed it
            headline = headline[:-1]
        above = [cited]  # the title is the citation's own: printed again under it
    elif name == "archive title" and (titled := _cited_title(lines[cited])) is not None:
        headline = titled
        above = [cited]  # the article's title opens the page's title: printed again under it
    elif (
        name
        in (
            "ProQuest Historical Newspapers",
            "Gale digital archive",
            "Trove",
            "Papers Past",
        )
        and above
    ):
        # the archive's title field over its citation: the headline, its decks after a "; "
        title = lines[above[0]]
        headline = title.split("; ")[0].strip()
        crumbs = [p.strip() for p in title.split(" | ")]
        if len(crumbs) >= _TITLE_CRUMBS and crumbs[-1] and any(map(is_full_date, crumbs)):
            # "Papers Past | Newspapers | Evening Post | 4 November 1912 | AVIATION.": the
            # page's title as the browser prints it, the archive, the paper and the issue's
            # date before the article's own title, which is last
            headline = crumbs[-1]
        for i in above:
            if lines[i] == title or (
                i != above[0] and not _starts_story(lines[i]) and not _BYLINE_START.match(lines[i])
            ):
                flag(
                    i,
                    "the archive's title field and the lines it lists over its citation",
                )
    if headline is not None:
        for i in _first_text(lines, _ARCHIVE_TOP + 4):
            if i > cited and not wrapper[i] and lines[i] in (headline, lines[above[0]]):
                flag(i, "the headline printed again under the archive's citation")
                break
    opening = _first_text(lines, 1)
    if headline is None and above and opening[0] < cited and _portal_line(lines[opening[0]]):
        # the portal's name over the record's fields (Delpher: "Delpher" / "Kranten" / the
        # paper's title / "Datum: 19-11-1943"): all of it the portal's
        for i in above:
            flag(i, "the archive's record over its citation")
    if name in ("transcription", "forum post"):
        # the transcriber's notes under the source (the poster's words on it) run on to the
        # first blank line
        k = cited + 1
        while k < len(lines) and lines[k] and not lines[k].isupper():  # (the title's caps)
            if not wrapper[k]:
                flag(k, "the transcriber's note on the source")
            k += 1
    if name == "newspapers.com clipping":
        for i in above:  # the clipper's own title for the clipping
            flag(i, "the title the clipping's owner gave it")
        after = [i for i in _first_text(lines, _ARCHIVE_TOP) if i > cited]
        # a line in capitals over another, short ("STATE COLLEGE" / "BUILDS NEW"), is the
        # printed headline's stack as the OCR broke it, which no clipper types as a title
        stacked = (
            len(after) > 1
            and lines[after[0]].isupper()
            and lines[after[1]].isupper()
            and len(lines[after[1]].split()) <= _OCR_TITLE_WORDS
        )
        if after and not own.match(lines[after[0]]) and not stacked:
            flag(after[0], "the title the clipping's owner gave it")
    top = _first_text(lines, _ARCHIVE_TOP)
    label = next((i for i in top if i > cited and _OCR_LABEL.match(lines[i])), None)
    if label is not None:
        # the label over the OCR's text ("Text from this clipping (OCR)"): what is between the
        # citation and it is the archive's record (the paper, the clipper's title, buttons)
        for i in top:
            if cited < i < label and not wrapper[i]:
                flag(i, "the archive's record over the label of the OCR's text")
    tail = [i for i in range(len(lines)) if lines[i]][-_ARCHIVE_TAIL:]
    # the archive's lines further down: its footer and its links
    for i in range(len(lines)):
        line = lines[i]
        if (
            line
            and not wrapper[i]
            and i > cited
            and (
                _ARCHIVE_OWN.match(line)
                or (_portal_line(line) and (i in top or i in tail))
                or _COPYRIGHT_OWNER.match(line)
            )
        ):
            flag(i, "the archive's own line")
        elif line and not wrapper[i] and (own.match(line) or _PQ_FOOTER.match(line)):
            if i > cited or i in others:
                flag(i, "the archive's own line")
        elif (
            line.isdigit()
            and i > cited
            and wrapper[i - 1]
            and lines[i - 1].startswith(("Word count", "Tapeke kupu"))
        ):
            flag(i, "the archive's word count under its label")
    if name == "Gale digital archive":
        _flag_gale_footer(lines, flag)
    # The OCR's page furniture: the page's number and running head over the article.
    body_top = [i for i in _first_text(lines, _ARCHIVE_TOP + 4) if not wrapper[i]]
    paper = _paper_title(lines[cited])
    for n, i in enumerate(body_top[:4]):
        if n and wrapper[body_top[n - 1]] and _BROKEN_HEAD.match(lines[body_top[n - 1]]):
            if _YEAR_ON.match(lines[i]):
                # "..., SUNDAY MORNING, NOVEMBER 19," / "1939.": the head a wrapper broke
                flag(i, "the rest of the printed page's running head, a wrapper's line")
                continue
        if (
            n
            and wrapper[body_top[n - 1]]
            and re.search(r"\b(?i:page)$", lines[body_top[n - 1]])
            and _PAGE_IN_WORDS.match(lines[i])
        ):
            # "... OHIO PAGE" / "NINE": the page's number a wrapper took off the head
            flag(i, "the rest of the printed page's running head, a wrapper's line")
            continue
        if (
            _PAGE_NUMBER.match(lines[i])
            or _RUNNING_HEAD.match(lines[i])
            or is_running_head(lines[i])
            or _dated_head(lines[i])
        ):
            flag(i, "the printed page's number or running head")
        elif paper and paper in _letters(lines[i]) and _FULL_DATE.search(lines[i]):
            # "Tuesday, April 7, 1953 THE EVENING INDEPENDENT, MASSILLON, OHIO PAGE NINE": the
            # folio naming the paper the archive cites, with the issue's date, in any case
            flag(i, "the printed page's running head, with the paper's name and the date")
        elif is_full_date(lines[i]):
            flag(i, "the issue's date over the page")
        elif (paper and _letters(lines[i]) == paper) or _PRICE.match(lines[i]):
            flag(i, "the paper's title printed over the page (its masthead)")
        elif not _ARCHIVE_OWN.match(lines[i]):
            break
    # the scan's stray marks read as a line of their own ("I", "' . , ,", ";* »"): no word
    for i in range(len(lines)):
        if lines[i] and not wrapper[i] and _STRAY_MARKS.match(lines[i]):
            flag(i, "the scan's stray marks (no word)")
    # the front page's weather box (its "ear") beside the title, over the headline
    for i in body_top[:4]:
        if _WEATHER_EAR.match(lines[i]) and not _carries_title(lines, wrapper, i):
            k = i
            while k < len(lines) and lines[k] and k - i < _WEATHER_LINES:
                if k > i + 1 and lines[k].isupper() and lines[k - 1].endswith("."):
                    # "night. Low near 72." / "TRUCE SIGNED;": a line in capitals under the
                    # forecast's last sentence is the headline (no blank line kept between)
                    break
                flag(k, "the front page's weather box")
                k += 1
            break
    for i in range(len(lines)):
        if lines[i] and _JUMP_LINE.match(lines[i]):
            flag(i, "the printed page's jump to the story's next page")
            if i > 0 and lines[i - 1].isupper() and len(lines[i - 1].split()) <= _OCR_TITLE_WORDS:
                # "WATER MAINS REPAIRED" / "Continued on Page 2": the crosshead of the part
                # the page carries on elsewhere, not a line of this page's text
                flag(i - 1, "the crosshead over the story's jump to another page")
    if name in _OCR_ARCHIVES:
        _flag_carried_tail(out, wrapper, why)
    title_row = _join_title(out, wrapper, why, decks=name in _DECKED_ARCHIVES)
    first = next((i for i in range(len(out)) if out[i] and not wrapper[i]), None)
    if headline is None and name in _OCR_ARCHIVES and first is not None:
        below = _kicker_over_title(out, first)
        if below is not None:
            # the section's label in capitals over the headline: the headline is under it
            flag(first, "the page's section label over the headline")
            headline = out[below]
            flag(below, "the OCR'd page's title under its section label")
    if headline is None and name in _OCR_ARCHIVES and first is not None and out[first].isupper():
        # the OCR'd page's own title in capitals opens the text under the citation (its
        # stacked lines joined above): the headline, though it ends in a full stop
        headline = out[first]
        flag(first, "the OCR'd page's title in capitals over the text")
        # the article page's title over its text, then the page's OCR printing the title again
        # as the column stacked it ("SHIPYARD MEN VOTE TO RETURN" / ... / "SHIPYARD MEN" /
        # "VOTE TO RETURN", Trove's): the second is the same title, not a deck
        for i in _title_again(out, wrapper, first, headline):
            flag(i, "the headline printed again over the OCR's text, as the column stacked it")
    if headline is not None and name in _DECKED_ARCHIVES and first is not None:
        # the decks in capitals stacked under the headline ("DEMAND FOR ECONOMY" / "CABINET
        # DIVIDED"): the headline's, not a paragraph of the story for the dateline to join
        k = first + 1
        while k < len(out) and k - first <= _ARCHIVE_TOP:
            line = out[k]
            if line and not wrapper[k]:
                if (
                    not line.isupper()
                    or len(line.split()) > _OCR_TITLE_WORDS
                    or _DATELINE_LIKE.search(line)
                ):
                    break
                flag(k, "a deck in capitals under the headline")
            k += 1
    if headline is None and name in _OCR_ARCHIVES and first is not None and title_row == first:
        # a headline in sentence or Title Case over the text ("Fuel oil" / "shortage" /
        # "feared"), its lines joined as one above
        headline = out[first]
        flag(first, "the OCR'd page's title over the text")
    if headline is not None and name in _OCR_ARCHIVES:
        _flag_title_block(out, wrapper, why)
    if name in _OCR_ARCHIVES:  # the others give the text a line per paragraph
        _join_column_lines(out, wrapper, why)
    return Capture(f"newspaper archive ({name})", out, wrapper, why, hidden=True, headline=headline)


def _title_again(out: list[str], wrapper: list[bool], first: int, headline: str) -> list[int]:
    """The lines under line `first` that print `headline` again, stacked over consecutive
    lines of the column (the first text under it, its letters the headline's); else none."""
    want = _letters(headline)
    rows = [i for i in range(first + 1, len(out)) if out[i] and not wrapper[i]]
    run: list[int] = []
    for i in rows[: _CAPITALS_STACK + 1]:
        if run and i != run[-1] + 1:
            break
        run.append(i)
        got = _letters(" ".join(out[j] for j in run))
        if got == want:
            return run
        if not want.startswith(got):
            break
    return []


# The lines of a story's end carried over from the page's column above: so many at most.
_CARRIED_ROWS = 6


def _flag_carried_tail(out: list[str], wrapper: list[bool], why: dict[int, str]) -> None:
    """A page's OCR opens where the column does, often in the last sentence of the story
    above ("tlie committee will report to the" / "Senate before the end of tlie week."): the
    text's first lines opening in lower case and closed by a full stop, a headline in
    capitals under them, are that story's end, no line of this one's title."""
    rows = [i for i in range(len(out)) if out[i] and not wrapper[i]]
    if not rows or not out[rows[0]][:1].islower():
        return
    # the sentence's lines to its stop (a blank line after it or not: some copies keep none)
    end = next(
        (
            n
            for n, i in enumerate(rows[:_CARRIED_ROWS])
            if out[i].rstrip("\"'”’").endswith((".", "!", "?"))
        ),
        None,
    )
    if end is None or end + 1 >= len(rows) or not out[rows[end + 1]].isupper():
        return
    block = rows[: end + 1]
    for i in block:
        wrapper[i] = True
        why[i] = "the end of the story above, carried over from the page's column"


def _flag_gale_footer(lines: list[str], flag: Callable[[int, str], None]) -> None:
    """Gale prints a citation of its own again under "Source Citation": all of it is Gale's."""
    for i in range(len(lines) - 1, -1, -1):
        if lines[i] == "Source Citation":
            for k in range(i + 1, len(lines)):
                if lines[k]:
                    flag(k, "the archive's citation under the article")
            return


def _starts_story(line: str) -> bool:
    return len(line.split()) > _TITLE_LINE_WORDS


# The title block ends at the byline ("By JACK R. HEIM", "From Our Own Correspondent").
_BYLINE_START = re.compile(r"^\(?(?i:by|from)\s")


# A printed headline's or deck's line holds a few words; a column's line of story more.
_OCR_TITLE_WORDS = 5
# The archives that give the page's OCR as the column printed it, a line per printed line.
_OCR_ARCHIVES = frozenset(
    {
        "Chronicling America",
        "Trove",
        "newspapers.com clipping",
        "newspapers.com page",
        "Papers Past",
        "British Newspaper Archive",
        "Gale citation",
        "Trove breadcrumb",
        "state library portal",
        "Veridian portal",
        "archive title",
        "newspapers.com clipping page",
        "Delpher",
        "transcription",
        "forum post",
    }
)
OCR_ARCHIVES = _OCR_ARCHIVES
# The archives of British and New Zealand papers, whose pages stack a headline over decks of
# their own in capitals ("NAVAL ESTIMATES" / "DEMAND FOR ECONOMY" / "CABINET DIVIDED").
_DECKED_ARCHIVES = frozenset({"Papers Past", "British Newspaper Archive"})
# A column's line is short; a longer one is a paragraph of its own.
_COLUMN_WIDTH = 100
# A block of this many lines or more is a paragraph or a caption as the OCR's column broke it
# (a byline and the writer's title are two).
_COLUMN_BLOCK = 3


def _join_column_lines(out: list[str], wrapper: list[bool], why: dict[int, str]) -> None:
    """The OCR's column lines read as paragraphs, the printed hyphens taken out, so that a
    caption ending on its credit ("SKY WATCHERS—Members of the Sus-" ... "(Item Staff
    Photo)") is one line with its credit, not a paragraph of story over a credited line."""
    dateline = _opening_dateline(out, wrapper)
    for block in _column_blocks(out, wrapper):
        if len(block) >= _COLUMN_BLOCK and all(len(out[j]) < _COLUMN_WIDTH for j in block[:-1]):
            run = [block[0]]
            for j in block[1:]:
                # the story's dateline opens its first paragraph: the decks, the cable's notes
                # ("(Received 19th November, 11 a.m.)") and the byline over it end there, and
                # its line ("CANBERRA, Tuesday.") goes on into the story's first line
                if j == dateline or (run[-1] != dateline and _paragraph_ends(out[run[-1]], out[j])):
                    _join_run(out, run, why)
                    run = []
                run.append(j)
            _join_run(out, run, why)


# A note in brackets on a line of its own over the dateline: the cable's service, its time of
# receipt ("(Australian Press Association.)", "(Received January 4, 9.30 p.m.)").
_CABLE_NOTE = re.compile(r"^\([^()]{4,78}\)$")
# The title block's lines over the dateline: a few, each a short line.
_TITLE_BLOCK_ROWS = 6
_TITLE_BLOCK_CHARS = 80


def _flag_title_block(out: list[str], wrapper: list[bool], why: dict[int, str]) -> None:
    """Under the headline found, a line run on into the story's dateline (no blank line
    between) that reads as a line of names ("Navy Contracts Involved"), a note in brackets
    ("(REUTER'S TELEGRAMS.)", "(Received January 4, 9.30 p.m.)"), as a dateline of its own ("BLAZE IN NASHUA, N. H., PLANT") or as a "From"
    line that names no one ("(From Our Own Correspondent.)") is the title block's deck or the
    cable's note: the old pages print their writer's name after "By" or "From" or over the
    writer's title (kept, with the line under it: the title, a second name), and the story's
    dateline is the one found under it."""
    from archiver.extract.bylines import name_list
    from archiver.extract.datelines import match_dateline, match_standalone_dateline

    dateline = _opening_dateline(out, wrapper)
    if dateline is None:
        return
    top = dateline
    while top > 0 and out[top - 1] and not wrapper[top - 1]:
        top -= 1
    rows = list(range(top, dateline))
    if len(rows) > _TITLE_BLOCK_ROWS or any(len(out[i]) > _TITLE_BLOCK_CHARS for i in rows):
        return
    writer = False  # the line is the byline's or the writer's title under it
    for i in rows:
        line, below = out[i], out[i + 1]
        if writer:
            writer = False
            continue
        if _BY_NAME.match(line):
            writer = True
            continue
        if (
            i + 1 < dateline
            and name_list(line) is not None
            and not below.isupper()  # (a second line of names in capitals is no title)
            and _staff_title(below)
        ):
            writer = True  # "JANE ROE" over "Staff Correspondent": a writer with no "By"
            continue
        if (
            _BYLINE_START.match(line)  # "(From Our Own Correspondent.)": no one named
            or _CABLE_NOTE.match(line)
            or name_list(line) is not None
            # "SHIPS IN DISTRESS OFF WHITBY" under "GALE SWEEPS NORTH COAST": a deck in
            # capitals, as the British pages stack them under the headline
            or (line.isupper() and len(line.split()) >= 2)
            or match_standalone_dateline(line, below) is not None
            or match_dateline(f"{line} {below}") is not None
        ):
            wrapper[i] = True
            why[i] = "the title block's deck or the cable's note over the story's dateline"


# The dateline is looked for among the text's first lines (under the headline, its decks, the
# cable's notes and the byline), and it is a column's line: short.
_DATELINE_ROWS = 10
_DATELINE_CHARS = 60


def _opening_dateline(out: list[str], wrapper: list[bool]) -> int | None:
    """The column's line that is the story's dateline ("LONDON, 18th November.", "LOS
    ANGELES, Nov. 19. (UP)—", "Washington, Nov. 19.—Tbe dele-"): read with the line under it
    as the start of a paragraph, the dateline found ends within the line. Not the text's first
    line (the headline), and never on the reference date."""
    from archiver.extract.datelines import match_dateline

    rows = [i for i in range(len(out)) if out[i] and not wrapper[i]][:_DATELINE_ROWS]
    for i in rows[1:]:
        line = out[i]
        below = out[i + 1] if i + 1 < len(out) and not wrapper[i + 1] else ""
        if not below or len(line) > _DATELINE_CHARS or not line[:1].isupper():
            continue
        found = match_dateline(f"{line} {below}")
        if (
            found is not None
            and found.dateline.place
            and line.startswith(found.dateline.raw.rstrip(" —–-"))
        ):
            return i
    return None


# A byline of the column's own ("By JOHN ROE", the old British papers' "From HUGH MARDEN,"
# with the name in capitals; not "(From Our Own Correspondent.)", which the dateline under it
# carries on)
_BY_NAME = re.compile(r"^(?:(?i:by)\s+[A-Z]|From\s+[A-Z][A-Z.'’-]+\s+[A-Z])")


def _column_blocks(out: list[str], wrapper: list[bool]) -> list[list[int]]:
    """The runs of the column's lines with no blank line between; the byline and the writer's
    title under it ("By JOHN ROE" / "Associated Press Staff Writer") are lines of their own,
    between the deck above and the story's first paragraph below."""
    blocks: list[list[int]] = []
    block: list[int] = []
    skip = 0
    for i in range(len(out) + 1):
        line = out[i] if i < len(out) else ""
        if skip:
            skip -= 1
            continue
        if line and not wrapper[i] and _BY_NAME.match(line) and len(line.split()) <= 8:
            blocks.append(block)
            block = []
            titled = i + 1 < len(out) and not wrapper[i + 1] and _staff_title(out[i + 1])
            skip = 1 if titled else 0
            continue
        if line and not wrapper[i]:
            block.append(i)
            continue
        blocks.append(block)
        block = []
    return [b for b in blocks if b]


def _join_run(out: list[str], run: list[int], why: dict[int, str]) -> None:
    if len(run) < 2:
        return
    out[run[-1]] = _unbreak([out[j] for j in run])
    for j in run[:-1]:
        out[j] = ""
        why[j] = "a line of a paragraph as the column broke it"


_KICKER_WORDS = 4


def _kicker_over_title(out: list[str], first: int) -> int | None:
    """A few words in capitals right over a headline in sentence case ("WAR IN IRAQ" /
    "Looters strip Baghdad museum of priceless antiquities"): the page's section label or
    kicker, not the title. An older page's headline in capitals stands over a deck in Title
    Case ("TRUCE SIGNED" / "Clark Hails Pact As 'Not Victory'"), which this is not."""
    if not out[first].isupper() or len(out[first].split()) > _KICKER_WORDS:
        return None
    below = next((i for i in range(first + 1, min(first + 3, len(out))) if out[i]), None)
    if below is None:
        return None
    line = out[below]
    words = [w for w in line.split() if w[:1].isalpha()]
    lower = [w for w in words[1:] if w[:1].islower() and w.lower() not in _CARRY_ON]
    # the column's next line going on in lower case under it ("Hull dockers at a meeting" /
    # "voted by a large majority ..."): the story's first sentence (a title's own lines are
    # joined by now)
    goes_on = below + 1 < len(out) and out[below + 1][:1].islower()
    titled = (
        not goes_on
        and not line.isupper()
        and len(words) <= _TITLE_LINE_WORDS * 2
        and not line.endswith(".")
        and len(lower) >= 2
        and not _BYLINE_START.match(line)
    )
    return below if titled else None


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w.lower() in _CARRY_ON for w in words)


# A dateline under the headline is no line of it: the agency in brackets ("(A.A.P.)", "(UPI)"),
# the dash it ends on, or a place in capitals with the date after a comma.
_DATELINE_LIKE = re.compile(
    r"(?:[—–]|\.-|--)$|\((?:[A-Z]\.? ?){2,6}\)|"
    r"^[A-Z][A-Z.' -]{2,30},(?: [A-Z][A-Za-z.]{1,12},?)* "
    r"(?:[A-Z][A-Za-z]{2,8}\.? \d{1,2}|[A-Z][a-z]+day|[A-Z]+DAY)\b"
)
# A deck is set in smaller type than the headline over it: more letters to its line.
_DECK_WIDER = 1.2
_DECK_WIDER_CHARS = 4


def _join_title(
    out: list[str], wrapper: list[bool], why: dict[int, str], *, decks: bool = False
) -> int | None:
    """OCR breaks a headline over the column's lines ("WHEAT PRICES TUMBLE" / "IN WILD
    SELLING" / "AT CHICAGO"), often with a blank line between each ("WOOL SALES OPEN" / "" /
    "FIRMLY"): the first short lines after the archive's own are read as one line when they
    are in capitals alike or a line ends on a small word ("Strong Competition from").
    With `decks` (the British and New Zealand pages, which stack a headline over decks of
    their own, "NAVAL ESTIMATES" / "DEMAND FOR ECONOMY"), lines in capitals are one only when
    one carries the other on (a small word, a word left alone: "WASHINGTON NAVAL" / "TREATY").
    Returns the first row when it is a title of short lines (the headline), else None."""
    rows = [i for i in range(len(out)) if out[i] and not wrapper[i]][:_ARCHIVE_TOP]
    if not rows:
        return None
    k = 0
    title = None
    while (
        k < len(rows)
        and not len(out[rows[k]].split()) > _OCR_TITLE_WORDS
        and not _BYLINE_START.match(out[rows[k]])
        and not _DATELINE_LIKE.search(out[rows[k]])
        and not _BROKEN_WORD.search(out[rows[k]])  # a word broken over lines: the story's
    ):
        joined = [rows[k]]
        for i in rows[k + 1 :]:
            prev, line = out[joined[-1]], out[i]
            caps = prev.isupper() and line.isupper()
            if (
                len(line.split()) > _OCR_TITLE_WORDS
                or _BYLINE_START.match(line)
                or _DATELINE_LIKE.search(line)
                or prev.endswith((".", ":", ")"))
                # "FIRST U. S. TROOPS" / "LAND IN FRANCE;" / "CROWDS CHEER": a headline in
                # capitals sets its clauses apart by semicolons; a deck's line ends on one
                or (prev.endswith(";") and not caps)
                or _BROKEN_WORD.search(line)
                or i - joined[-1] > 2
            ):
                break
            # "Looters strip Baghdad museum" / "of priceless antiquities": a headline in
            # sentence case goes on on a line that opens in lower case (or a figure: "State
            # to close" / "2 youth centers")
            carries = (
                prev.split()[-1].lower() in _CARRY_ON
                or prev.endswith("-")
                or ((line[:1].islower() or line[:1].isdigit()) and not prev.isupper())
            )
            # "Steel Plant Hires" / "300 for New Mill": Title Case lines of one block (a
            # headline in capitals over a deck in Title Case is two lines of two kinds)
            titled = (
                i - joined[-1] == 1
                and _title_case(prev)
                and _title_case(line)
                and prev.isupper() == line.isupper()
            )
            if decks and prev.isupper():
                caps = caps and (line.split()[0].lower() in _CARRY_ON or len(line.split()) == 1)
                titled = False
            widest = max(len(out[j]) for j in joined)
            if (
                titled
                and not caps
                and len(joined) > 1  # (a headline of two lines may be set unevenly)
                and len(line) >= widest * _DECK_WIDER
                and len(line) - widest >= _DECK_WIDER_CHARS
            ):
                # "Coal Shortage" / "Deputies Demand Inquiry": the deck's smaller type
                titled = False
            if (
                caps
                and len(joined) > 1
                and prev.split()[-1].lower() not in _CARRY_ON
                and line.split()[0].lower() not in _CARRY_ON
                and len(line) >= widest * _DECK_WIDER
                and len(line) - widest >= _DECK_WIDER_CHARS
            ):
                # "FRENCH AIR" / "LINER LOST" / "OVER ALPS" / "SEARCH IN SNOW": a deck in
                # capitals under a headline in capitals, set in smaller type (more letters
                # to its line), no small word carrying the headline's line on into it
                caps = titled = False
            if not (caps or carries or titled):
                break
            joined.append(i)
        if k == 0 and (len(joined) > 1 or not out[rows[0]].endswith(".")):
            title = rows[0]
        k += len(joined)
        if len(joined) > 1:  # the title's lines as one, a deck's as another
            out[joined[0]] = " ".join(out[i] for i in joined)
            for i in joined[1:]:
                out[i] = ""
                why[i] = "a line of the headline or deck as the OCR broke it"
    return title


# --- text taken from a newspaper page's PDF (an e-edition) ---------------------------------
# Copying the text of a printed page keeps the column's line breaks and the printed hyphens
# ("al-" / "most four times"), and puts the page's folio on top ("A6 | TUESDAY, MARCH 3, 2015
# | TORONTO STAR GREATER TORONTO", "GULF NEWS | TUESDAY, NOVEMBER 22, 2016"), with no blank line
# between headline, deck, byline and story. Known by the folio and by several words broken
# over lines; the headline's and the deck's lines are then read as one line each: a line that
# carries on the one above starts in lower case (or with a digit), a new one in capitals.
_FOLIO = re.compile(
    r"^(?:[A-Z]{0,2}\d{1,3}\s*\|\s*)?(?:[A-Z][\w .&'’-]{1,40}\|\s*)?"
    # the edition's city in capitals before the day ("CHENNAI, WEDNESDAY, JULY 17, 2024",
    # as The Hindu's and other Indian e-papers' folios print it under the paper's name)
    r"(?:[A-Z][A-Z.'’-]{2,20}(?: [A-Z][A-Z.'’-]{1,20})?,\s*(?=[A-Z]+DAY,))?"
    # (or in mixed case: "Thursday, May 9, 2024" under the paper's name)
    r"(?:(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,\s+[A-Z]+"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+[A-Z][a-z]+)\.?\s+\d{1,2},\s+\d{4}"
    # the day before the month, after a comma or a bar: "CHANDIGARH | THURSDAY | 4 JANUARY
    # 2024" (Indian and British e-papers)
    r"|(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"\s*[,|]\s*\d{1,2}\s+(?:[A-Z]+|[A-Z][a-z]+),?\s+\d{4})"
    r"(?:\s*\|\s*[\w .&'’-]{2,60}"
    # the section in capitals and the page at the row's far end ("Tuesday, April 16, 2024
    # NEWS 7", "Monday, May 6, 2024 A12", the spaces between collapsed): the page's folio
    r"|\s+(?:[A-Z]{2,20}\s)?[A-Z]?\d{1,3}[A-Z]?)?$"
)
_BROKEN_WORD = re.compile(r"[^\W\d_]-$")
# A weekday and its date alone, the folio's least form ("Sunday, June 15, 2025", "Thursday,
# 4 January 2024"): a web page prints the day so under its masthead too.
_DAY_ALONE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+,?)\s+\d{4}",
    re.IGNORECASE,
)
# A news site's own name ("Punch Newspapers", "Vanguard Newspapers"), no archive's or
# viewer's words with it ("... - Google News Archive Search").
_NEWSPAPERS_SITE = re.compile(r"(?:[A-Z][\w&'’.]*\s+){1,3}Newspapers?")
# A web page's own marks under its day bar: the menu's items, a cookie notice, a
# "Published" stamp.
_WEB_MENU_ITEM = re.compile(
    r"(?i:home|news|politics|business|sports?|entertainment|opinion|editorial|world|metro"
    r"(?:\s+plus)?|lifestyle|health|technology|tech|video|videos)"
)
_WEB_PAGE_MARK = re.compile(r"(?i:.*\bcookies\b.*|(?:published|updated)\b.*)")
_WEB_DAY_BAR_LOOK = 20
_WEB_MENU_ITEMS = 2


def _web_day_bar(lines: list[str], folio: int) -> bool:
    """A bare weekday and date under a news site's name ("Punch Newspapers" / "Sunday, June
    15, 2025") over the web page's own marks (its menu, a cookie notice, a "Published"
    stamp): the page's day bar, not an archive viewer's title over a scanned page's folio
    ("The Free Lance-Star - Google News Archive Search" / "Thursday, August 12, 1999" over
    the OCR's column, which has none of them)."""
    if folio == 0 or _DAY_ALONE.fullmatch(lines[folio].strip()) is None:
        return False
    site = next((x.strip() for x in reversed(lines[:folio]) if x.strip()), "")
    if _NEWSPAPERS_SITE.fullmatch(site) is None:
        return False
    under = [x.strip() for x in lines[folio + 1 : folio + 1 + _WEB_DAY_BAR_LOOK] if x.strip()]
    menu = sum(1 for x in under if _WEB_MENU_ITEM.fullmatch(x))
    return menu >= _WEB_MENU_ITEMS or any(_WEB_PAGE_MARK.fullmatch(x) for x in under)


_PDF_TOP = 6
_MASTHEAD_WORDS = 5
_MIN_BROKEN = 3
_PDF_TITLE_LINES = 16
_TITLE_WORDS = 4
# The byline under the deck: "BY SARAH AL AMERI", "ROBYN DOUCETTE" (a name in capitals).
_PDF_BYLINE = re.compile(r"^(?:(?i:by)\s.+|[A-Z][A-Z.'’ -]{3,40})$")


def _speck(line: str) -> bool:
    """A mark or two alone on a line, no letter or figure: a speck the OCR read (","), no
    word of the page."""
    return len(line) <= 2 and not any(c.isalnum() for c in line)


# A rule drawn across the page under its folio, as the text keeps it: "-----", "=====".
_PAGE_RULE = re.compile(r"^[-=_*~—]{3,}$")


def _title_case_block(lines: list[str], rows: list[int], k: int) -> list[int] | None:
    """ "Sparrows Point" / "Strike Vote Set" / "By Steelworkers" over the dateline ("BALTIMORE,
    Oct. 16 (AP).—"): an older page's headline in Title Case over short lines of the column,
    no blank line between them, closed by the story's dateline. The lines, else None."""
    from archiver.extract.bylines import looks_like_name

    block: list[int] = []
    for i in rows[k:]:
        line = lines[i]
        if _DATELINE_LIKE.search(line):
            break
        if _speck(line):
            continue
        if (
            (block and i != block[-1] + 1)
            or len(line.split()) > _TITLE_WORDS
            or not _title_case(line)
            or line.isupper()
            or _pdf_byline(line)
        ):
            return None
        block.append(i)
    else:
        return None
    if not 2 <= len(block) <= _CAPITALS_STACK + 1:
        return None
    last = lines[block[-1]]
    if looks_like_name(last) and not _BYLINE_START.match(last):
        return None  # "Storm Hits Coast" / "Jane Roe": the writer's name under the headline
    return block


def _pdf_byline(line: str) -> bool:
    """The byline under the deck, or a news wire's name alone in its place ("PTI", "IANS"
    over "New Delhi, January 3"): the story's lines start under it."""
    from archiver.extract.agencies import is_wire_source

    if _PDF_BYLINE.match(line) is None:
        return len(line) <= 12 and is_wire_source(line)
    # "By Steelworkers", the last line of a headline ("Strike Vote Set" / "By Steelworkers"):
    # a byline names a writer, in two words or more or in capitals, never one common word
    rest = line.split(None, 1)[1] if line[:3].lower() == "by " else line
    return rest[:1].isalpha() and (len(rest.split()) >= 2 or rest.isupper())


def _bare_name_line(lines: list[str], rows: list[int], k: int) -> bool:
    """A writer's name in mixed case with no "By" on the line under the headline ("Cameron
    Carr" over the story's column, as Australian and British e-papers set the byline): one
    to three person names, two to four capitalised words each, none a place; the line over
    it does not run on into it (no open word, no broken word at its end) and the line under
    it opens no run-on (lower case), so it is no line of the headline nor of a paragraph."""
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place

    if k == 0 or k + 1 >= len(rows):
        return False
    above, below = lines[rows[k - 1]], lines[rows[k + 1]]
    if above.endswith(("-", ",")) or above.split()[-1].lower() in _CARRY_ON:
        return False
    if below[:1].islower():
        return False
    names = name_list(lines[rows[k]]) or []
    return 0 < len(names) <= 3 and all(
        2 <= len([w for w in name.split() if w[:1].isupper()]) <= 4 and not is_known_place(name)
        for name in names
    )


# A printed column's lines hold this many characters at most (a web page's paragraphs are
# whole lines, far longer).
_COLUMN_CHARS = 40
_COLUMN_SHARE = 0.8


# An e-paper's widest column (a broadsheet's text set over two columns' width).
_WIDE_COLUMN = 56


def _narrow_column(lines: list[str], folio: int, chars: int = _COLUMN_CHARS) -> bool:
    """Most lines of text under the folio are as short as a printed column's."""
    text = [line for line in lines[folio + 1 :] if line.strip()]
    short = sum(len(line) <= chars for line in text)
    return len(text) >= _MIN_COLUMN_LINES and short >= _COLUMN_SHARE * len(text)


_MIN_COLUMN_LINES = 10


def _pdf_page(lines: list[str]) -> Capture | None:
    from archiver.extract.datelines import match_dateline

    top = _first_text(lines, _PDF_TOP)
    # the page's last line of text (its folio again at its foot, on a page printed whole)
    foot_at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i]), None)
    foot = lines[foot_at] if foot_at is not None else ""
    folio = next(
        (
            i
            for i in top
            if len(lines[i]) <= 160
            and (
                _FOLIO.match(lines[i])
                or is_running_head(lines[i])
                # the folio repeated at the page's foot
                or (i != len(lines) - 1 and is_page_folio(lines[i], foot))
                # its page's number moved down to a line of its own by a copy's wrapper
                or (
                    i + 1 < len(lines)
                    and _PAGE_NUMBER.match(lines[i + 1]) is not None
                    and is_running_head(f"{lines[i]} {lines[i + 1]}")
                )
            )
        ),
        None,
    )
    if folio is None:
        return None
    broken = sum(
        1
        for i in range(len(lines) - 1)
        if _BROKEN_WORD.search(lines[i]) and lines[i + 1][:1].islower()
    )
    footed = foot_at is not None and foot_at > folio and folio_again(lines[folio], foot)
    # an archive viewer's title over the folio ("Free Lance-Star - Google News Archive
    # Search"): the scanned page's OCR, however few of its words the column broke; not a
    # bare weekday and date under a site's name ("Punch Newspapers" / "Sunday, June 15,
    # 2025"), a web page's day bar, unless the column broke a word
    viewed = any(i < folio and _portal_line(lines[i]) for i in top) and (
        broken >= 1 or not _web_day_bar(lines, folio)
    )
    # the folio opening the text and closed by the page's number ("DAWN KARACHI MONDAY
    # JANUARY 5 2009  15"), every line under it a column's (a printed page's text, a word at
    # least broken at its edge): an e-paper's page as its PDF's text keeps it, however wide
    # its column
    laid_out = (
        folio == top[0]
        and broken >= 1
        and any(
            _PAGE_NUMBER.match(x) is not None
            for x in (lines[folio].split()[-1], lines[folio + 1] if folio + 1 < len(lines) else "")
        )
        and _narrow_column(lines, folio, _WIDE_COLUMN)
    )
    if (
        not footed
        and not viewed
        and not laid_out
        and (
            broken < _MIN_BROKEN - 1 or (broken < _MIN_BROKEN and not _narrow_column(lines, folio))
        )
    ):
        # a folio alone is a page's stamp, not a page's copied text; two words broken at the
        # edge of a narrow column's lines (a short story's page) tell it as three do
        return None
    out = list(lines)
    wrapper = [False] * len(lines)
    why = {folio: "the printed page's folio (page, date, paper)"}
    wrapper[folio] = True
    if footed and foot_at is not None:  # footed says so; mypy needs it spelt out
        wrapper[foot_at] = True
        why[foot_at] = "the printed page's folio again at its foot"
    if folio + 1 < len(lines) and _PAGE_NUMBER.match(lines[folio + 1].strip(" ★*◆")):
        # "THE FREE LANCE-STAR, ..., THURSDAY, AUGUST 12, 1999" / "A5": the page's number,
        # the folio's last item, moved down to a line of its own by a copy's wrapper
        wrapper[folio + 1] = True
        why[folio + 1] = "the page's number, the rest of the printed page's folio"
    for i in top:
        if i < folio and lines[i].isupper() and len(lines[i].split()) <= _MASTHEAD_WORDS:
            # "THE IRISH TIMES" over "Tuesday, April 16, 2024 NEWS 7": the paper's name
            # printed over its folio; the story's lines all stand under the folio
            wrapper[i] = True
            why[i] = "the paper's name over the printed page's folio"
        elif i < folio and _portal_line(lines[i]):
            # "The Bulletin - Google News Archive Search" over the scanned page's folio: the
            # archive viewer's title, as the browser prints it over the page's OCR text
            wrapper[i] = True
            why[i] = "the archive viewer's title over the printed page's folio"
    rows = [i for i in range(folio + 1, len(lines)) if lines[i]][:_PDF_TITLE_LINES]
    # page numbers and labels over the headline stay for the role parser; the title block
    # starts at the first line that is neither a number nor in capitals alone
    k = 0
    while k < len(rows) and (
        lines[rows[k]].isdigit() or lines[rows[k]].isupper() or _PAGE_RULE.match(lines[rows[k]])
    ):
        if _PAGE_RULE.match(lines[rows[k]]):
            wrapper[rows[k]] = True
            why[rows[k]] = "the rule under the printed page's folio"
        elif lines[rows[k]].isdigit():
            wrapper[rows[k]] = True
            why[rows[k]] = "the printed page's number"
        elif (stack := _capitals_stack(lines, rows, k)) is not None:
            # "WOMAN, 90, MARKS" / "BIRTHDAY AT HOME": a headline set in capitals over two
            # or three lines of the column, with no blank line between; a label over a
            # headline is a word or two of its own ("SPORT" over the headline's block)
            out[rows[k]] = " ".join(lines[i] for i in stack)
            for i in stack[1:]:
                out[i] = ""
                why[i] = "a line of the headline in capitals as the page's column broke it"
            k += len(stack)
            break
        k += 1
    if (caption := _caption_over_title(lines, rows, k)) is not None:
        # a picture's caption set over the headline, closed by its credit ("... on Wednes-" /
        # "day. (AP Photo/Dana R. Kemp)"): one line with its credit, and the title under it
        out[caption[0]] = _unbreak([lines[i] for i in caption])
        for i in caption[1:]:
            out[i] = ""
            why[i] = "a line of the picture's caption as the page's column broke it"
        k += len(caption)
    if (block := _title_case_block(lines, rows, k)) is not None:
        out[block[0]] = " ".join(lines[i] for i in block)
        for i in block[1:]:
            out[i] = ""
            why[i] = "a line of the headline in Title Case as the page's column broke it"
        k += len(block)
    title_at = k
    while (
        k < len(rows)
        and not _pdf_byline(lines[rows[k]])
        and not (k > title_at and _bare_name_line(lines, rows, k))
        and block is None
    ):
        run = [rows[k]]
        k += 1
        while k < len(rows) and (
            lines[rows[k]][:1].islower()
            or lines[rows[k]][:1].isdigit()
            # "... part-time jobs after 65:" / "MOM survey": a headline's line that ends on a
            # colon goes on in the line right under it (no headline ends on one), as does one
            # ending on a semicolon ("Rail Union Talks Collapse;" / "Strike Set For Monday")
            or (lines[run[-1]].endswith((":", ";")) and rows[k] == run[-1] + 1)
            # "Tenants in" / "Cork estate": a headline's line that ends on a small word (a
            # preposition, an article) goes on in the line right under it, as no line of
            # a headline ends on one
            or (
                rows[k] == run[-1] + 1
                and lines[run[-1]].split()[-1].lower() in _CARRY_ON
                and not _pdf_byline(lines[rows[k]])
            )
        ):
            run.append(rows[k])
            k += 1
        if k - len(run) > title_at and match_dateline(lines[run[0]]) is not None:
            # "NORFOLK, Va. (AP) — Virginia watermen say this" under the headline: the story's
            # dateline opens its first paragraph (a wire's story with no byline), no deck
            k -= len(run)
            break
        if len(run) >= _STORY_RUN and any(_BROKEN_WORD.search(lines[i]) for i in run[:-1]):
            # "NEW DELHI: A thick blanket of fog" / ... / "trains and 30 flights at the Delhi
            # air-" / "port, officials said.": a paragraph of the column, its words broken at
            # the column's edge, under a byline the pattern does not know ("HT
            # Correspondent"): the story has begun, and its lines are read as paragraphs
            k -= len(run)
            break
        if len(run) > 1 and (tail := _capital_tail(lines, rows, k, run)):
            # "Storm dumps record" / "snow on northern" / "Plains, closes I-94" / "By JANE
            # ROE": the headline goes on in a line opening on a name, as wide as its own
            run += tail
            k += len(tail)
        if len(run) > 1:
            out[run[0]] = _unbreak([lines[i] for i in run])
            for i in run[1:]:
                out[i] = ""
                why[i] = "a line of the headline or deck as the page's column broke it"
    # the byline's lines as printed; then the story's column lines, read as paragraphs
    if k < len(rows) and (
        _pdf_byline(lines[rows[k]]) or (k > title_at and _bare_name_line(lines, rows, k))
    ):
        k += 1
        # the writer's title under the name ("Staff Reporter", "URBAN AFFAIRS REPORTER")
        if k < len(rows) and _writer_title(lines[rows[k]]):
            k += 1
    start = rows[k] if k < len(rows) else len(lines)
    run = []
    for i in range(start, len(lines) + 1):
        line = lines[i] if i < len(lines) else ""
        if line and _speck(line):
            # "," alone on a line between the headline and the dateline: a speck the OCR
            # read as a mark, no word of the column
            wrapper[i] = True
            why[i] = "a mark alone on its line (the OCR's speck)"
            line = ""
        if line and _JUMP_LINE.match(line):
            # "● Continued on P6" under the column's last paragraph (a caption, "... on
            # Tuesday. PTI"): where the printed story goes on, no words of that paragraph
            wrapper[i] = True
            why[i] = "where the printed story goes on (the page's jump line)"
            line = ""
        # "Commuters make their way through fog on Tuesday." / "PTI": a caption's one
        # sentence on a line of its own and the wire's name under it, its credit (read as
        # "... Tuesday. PTI"); under a paragraph of several lines, the wire signs it off
        caption_credit = len(run) == 1 and bool(line) and _wire_under_caption(lines[run[0]], line)
        if run and not caption_credit and (not line or _paragraph_ends(lines[run[-1]], line)):
            # on the paragraph's last line: a credit printed under a caption stays next to it
            out[run[-1]] = _unbreak([lines[j] for j in run])
            for j in run[:-1]:
                out[j] = ""
                why[j] = "a line of a paragraph as the page's column broke it"
            run = []
        if line and not wrapper[i]:
            run.append(i)
    return Capture("newspaper page's PDF text", out, wrapper, why, hidden=True)


# A caption over the headline runs over this many lines of the column at most.
_CAPTION_ROWS = 6


def _caption_over_title(lines: list[str], rows: list[int], k: int) -> list[int] | None:
    """The lines from `rows[k]` on of a picture's caption printed over the headline (the OCR
    reads the picture's block first): consecutive lines, the last closed by the credit in
    brackets ("(AP Photo/Dana R. Kemp)", "(UPI Telephoto)"), a blank line and more text under
    them. A headline ends in no credit."""
    from archiver.extract.credits import find_credit

    run = [rows[k]] if k < len(rows) else []
    while run and not lines[run[-1]].rstrip().endswith(")"):
        if len(run) >= _CAPTION_ROWS or k + len(run) >= len(rows):
            return None
        if rows[k + len(run)] != run[-1] + 1:
            return None
        run.append(rows[k + len(run)])
    if not run or len(run) < 2 or k + len(run) >= len(rows):
        return None
    last = lines[run[-1]].rstrip()
    bracket = last[last.rfind("(") :]
    if find_credit(bracket[1:-1], in_header=True) is None:
        return None
    return run


# A headline in capitals set over this many lines of the column at most.
_CAPITALS_STACK = 3


def _capitals_stack(lines: list[str], rows: list[int], k: int) -> list[int] | None:
    """The lines from `rows[k]` on of a headline in capitals broken over two or three lines
    of the column: consecutive lines (no blank between), each in capitals with two words or
    more and no full stop at its end, over a line that is not in capitals (the deck, the
    story) or a blank."""
    stack = [rows[k]]
    while (
        k + len(stack) < len(rows)
        and rows[k + len(stack)] == stack[-1] + 1
        and lines[stack[-1] + 1].isupper()
    ):
        stack.append(stack[-1] + 1)
    if len(stack) > 2 and _section_label_words(lines[stack[0]]):
        # "LOCAL NEWS" / "COUNCIL APPROVES" / "NEW BRIDGE PLAN": the section's label over the
        # headline's block, no line of it (left for the role parser as a label)
        return None
    if not 2 <= len(stack) <= _CAPITALS_STACK:
        return None
    if any(len(lines[i].split()) < 2 or lines[i].endswith(".") for i in stack):
        return None
    return stack


def _section_label_words(line: str) -> bool:
    """Every word of the line is a section's or a menu's word ("LOCAL NEWS", "CITY & REGION")."""
    from archiver.extract.masthead import MENU_WORDS
    from archiver.extract.roles import is_label_word

    words = [w for w in line.split() if w not in ("&", "AND")]
    return bool(words) and all(is_label_word(w) or w.lower() in MENU_WORDS for w in words)


# A deck's smaller type sets more letters on a line than the headline's: a line this many
# characters wider than the headline's widest is a deck's.
_HEADLINE_SLACK = 4


def _capital_tail(lines: list[str], rows: list[int], k: int, run: list[int]) -> list[int]:
    """The rows from `k` on that end a headline broken over narrow lines (`run`, two lines or
    more) though the first opens in capitals, on a name ("Plains, closes I-94"): they end
    right over the byline, none is wider than the headline's own lines (a deck's smaller
    type runs wider), and neither the line above nor they end a sentence or a clause. []
    when the rows are a deck of their own or the story."""
    if k >= len(rows):
        return []  # the title block's rows have all been read
    widest = max(len(lines[i]) for i in run)
    if lines[run[-1]].endswith((".", ":", ";", "!", "?", "|", ",")) or rows[k] != run[-1] + 1:
        return []  # a clause's end, or a blank line between: a unit of its own
    first = lines[rows[k]].split()
    if lines[run[-1]].split()[-1].lower() not in _CARRY_ON and all(
        w[:1].isupper() or not w[:1].isalpha() for w in first
    ):
        # "Morag Lindsay" under "fifth from July": capitalised words alone are a name's (the
        # writer's, over a title), unless the line above stops on a small word
        return []
    tail: list[int] = []
    j = k
    while j < len(rows) and not _pdf_byline(lines[rows[j]]):
        line = lines[rows[j]]
        if (
            len(tail) >= _NARROW_TAIL
            or len(line) > widest + _HEADLINE_SLACK
            or line.endswith((".", ":", ";", "!", "?", "|"))
            or line.isupper()
            or _BROKEN_WORD.search(line)
            or (tail and not (line[:1].islower() or line[:1].isdigit()))
        ):
            return []
        tail.append(rows[j])
        j += 1
    return tail if tail and j < len(rows) else []


# A headline's tail after its break is a line or two.
_NARROW_TAIL = 2


def _staff_title(line: str) -> bool:
    """A writer's title or service under the byline ("Associated Press Staff Writer", "New
    Era Staff Writer", "The Associated Press"): capitalised words, no comma, no figure (a
    dateline such as "PANMUNJOM, Korea, July 27" has both)."""
    return _writer_title(line) or (
        len(line.split()) <= _TITLE_WORDS + 1
        and _title_case(line)
        and not any(c.isdigit() or c == "," for c in line)
        and not line.endswith(".")
    )


def _writer_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _TITLE_WORDS and not line.endswith((".", ",")) and _title_case(line)


# A run of this many column lines, a word broken among them, is a paragraph of the story.
_STORY_RUN = 3


def _paragraph_ends(prev: str, line: str) -> bool:
    """Where the column's lines start a new paragraph: after a sentence's end, before a line
    in capitals (a credit, a heading) or after one, and after a photo's credit line."""
    from archiver.extract.credits import find_credit, is_credit_line, story_caption_credit

    if _caps_line(line) and _CREDIT_BROKEN.search(prev) and len(line.split()) <= _CREDIT_TAIL:
        # "... yesterday. PICTURE: ALAN" / "FRASER": the caption's credit, in capitals, broken
        # at the column's edge
        return False
    if _caps_line(prev) or _caps_line(line):
        return True
    if line[:1].islower():
        # "The British Government" / "announced tonight ...": a sentence going on, though
        # its first line would read as a credit alone
        return False
    if is_credit_line(prev):
        return True
    if is_credit_line(line) and not prev.endswith(("-", ",")):
        # "Commissioner Amy B. Wheaton" / "AP Laserphoto": a mug shot's name over its credit,
        # each a line of its own
        return True
    if not prev.endswith(".") and find_credit(prev, in_header=False) is not None:
        return True  # "... the Akron plant. Staff photo by Jane Roe": a caption ends on it
    if line[:1].isupper() and story_caption_credit(prev, stop_off=True) is not None:
        # "BRO workers clear snow near Tawang. PTI" over "Work on the first phase will": a
        # caption closed by a wire's name (or the story by its sign-off) ends its paragraph
        return True
    if _TITLE_ABBREVIATION.search(prev):
        return False  # "The Minister of Defence, Mr." / "Duncan Sandys, told ...": a name's title
    return prev.endswith((".", "?", "!", '"', "”", ":")) and (
        line[:1].isupper() or line[:1] in "\"“‘'"
    )


# A caption is one sentence of this many words at most.
_CAPTION_SENTENCE_WORDS = 30


def _wire_under_caption(prev: str, line: str) -> bool:
    """`line` is a news wire's name alone ("PTI") under `prev`, one sentence of a caption's
    length closed by its stop: the caption's credit on the line under it."""
    from archiver.extract.agencies import is_wire_source

    words = prev.split()
    return (
        len(line) <= 12
        and is_wire_source(line.strip())
        and prev.endswith(".")
        and 4 <= len(words) <= _CAPTION_SENTENCE_WORDS
        and re.search(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]", prev) is None
    )


# A caption's labelled credit in capitals that the column's edge breaks: the label and the
# name's first words at the line's end ("PHOTO: LOUISE", "PICTURES: BEN"); the rest of it, a
# few words, on the line under it.
_CREDIT_BROKEN = re.compile(
    r"(?:^|[.!?”\"’)]\s+)(?i:photos?|pictures?|photograph|image|credit)\s*:\s+"
    r"[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*)*$"
)
_CREDIT_TAIL = 6


# The abbreviated titles and words a column's line ends on in the middle of a sentence.
_TITLE_ABBREVIATION = re.compile(
    r"(?:^|\s)(?:Mr|Mrs|Ms|Messrs|Dr|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Gov|Sen|Rep|Rev|Prof|St|Ft|"
    r"Mt|Hon|Supt|Insp|Cmdr|Cpl|Pvt|No|Nos|Vol|[A-Z])\.$"
)


def _caps_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and line.isupper()


def _unbreak(parts: list[str]) -> str:
    text = parts[0]
    for part in parts[1:]:
        text = (
            text[:-1] + part
            if _BROKEN_WORD.search(text) and part[:1].islower()
            else f"{text} {part}"
        )
    return text


# --- crawlers' and savers' headers ---------------------------------------------------
# A WARC record's header over the text it holds (a WET file's conversion record saved as
# text: "WARC/1.0", "WARC-Type: conversion", "WARC-Target-URI: ...", "Content-Length: ..."),
# or a saving tool's lines naming the page and the time ("URL: https://...", "Saved: ...").
_WARC_VERSION = re.compile(r"^WARC/1\.[01]$")
_RECORD_FIELD = re.compile(r"^(?:WARC-[\w-]{2,40}|Content-Type|Content-Length):\s*\S")
_SAVED_FIELD = re.compile(
    r"^(?:URL|Source URL|Original URL|Page URL|Saved(?: on| at| date)?|Date saved|Captured"
    r"(?: on| at)?|Archived(?: on| at)?|Retrieved(?: on)?|Fetched(?: on)?|Downloaded(?: on)?|"
    r"Clipped(?: on)?|Crawl(?:ed)?(?: on| date| time)?|Capture date|Archive date|"
    r"Wayback URL|Collection|Title)\s*:\s*\S",
    re.IGNORECASE,
)
_SAVED_MIN = 2
# An address field's label alone on its line ("url:"), its value wrapped onto the next.
_BARE_SAVED_LABEL = re.compile(
    r"^(?:URL|Source URL|Original URL|Page URL|Wayback URL)\s*:$", re.IGNORECASE
)
# The tool's or the web archive's own heading over its fields ("UK Web Archive - Archived page
# text", "Wayback Machine snapshot", "Archive-It capture"): a line of its own that names an
# archive's or a saver's copy; a story's headline over a "URL:" line names none.
_SAVER_HEADING = re.compile(
    r"^(?=.{0,80}$)[^.!?]*\b(?i:web archive|wayback machine|archive-it|archived (?:page|copy|text)|"
    r"page text|(?:web|page) snapshot|webrecorder|perma\.cc|archive\.today|saved page)\b[^.!?]*$"
)
_SAVER_RULE = re.compile(r"^(?:-{3,}|={3,}|_{3,}|\*{3,})$")


def _crawler_header(lines: list[str]) -> Capture | None:
    top = _first_text(lines, 1)
    if not top:
        return None
    i = top[0]
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    if _WARC_VERSION.match(lines[i]):
        j = i + 1
        fields = 0
        while j < len(lines) and (
            (lines[j] and _RECORD_FIELD.match(lines[j]))
            # a blank line between two of its lines: a copy that doubled every line break
            or (not lines[j] and j + 1 < len(lines) and _RECORD_FIELD.match(lines[j + 1]))
        ):
            fields += bool(lines[j])
            j += 1
        if fields < 2 or (
            j < len(lines) and lines[j] and not lines[j - 1].startswith("Content-Length:")
        ):
            # a version line and two fields or more, alone in their block; or closed by the
            # record's length, the field WARC writers put last, with the text run on under it
            # (copy with no blank line left between the header and the text)
            return None
        for k in range(i, j):
            wrapper[k] = True
            why[k] = "the WARC record's header over the text it holds"
        return Capture("WARC record's text", list(lines), wrapper, why, hidden=True)
    start = i
    if _SAVER_HEADING.match(lines[i]) and i + 1 < len(lines) and _SAVED_FIELD.match(lines[i + 1]):
        i += 1  # the archive's heading right over its fields
    j = i
    saved: list[str] = []
    while j < len(lines) and lines[j]:
        if _SAVED_FIELD.match(lines[j]):
            saved.append(lines[j])
            j += 1
        elif (
            _BARE_SAVED_LABEL.match(lines[j])
            and j + 1 < len(lines)
            and _LINK_LINE.match(lines[j + 1])
        ):
            # "url:" / "https://...": a hard-wrapped copy moved the long address under its
            # label; the two lines are one field
            saved.append(f"{lines[j]} {lines[j + 1]}")
            j += 2
        else:
            break
    if len(
        [f for f in saved if not f.lower().startswith(("title", "collection"))]
    ) < _SAVED_MIN or not any("://" in f for f in saved):
        return None  # the page's address and the saving's time, at least, in one block
    ruled = j < len(lines) and bool(lines[j]) and _SAVER_RULE.match(lines[j]) is not None
    if start != i and not (ruled or any(f.lower().startswith("title") for f in saved)):
        # the heading is the archive's when its fields name the page's title apart or its
        # rule closes them; over a bare "URL:" and "Saved:" the line is the page's own
        # headline, which may name an archive ("Library's web archive turns 20")
        return None
    if ruled:
        j += 1  # the rule the tool draws under its header
    for k in range(start, j):
        wrapper[k] = True
        why[k] = "the saving tool's header (the page's address, when it was saved)"
    return Capture("saved page's header", list(lines), wrapper, why, hidden=True)


# --- a news app's "share as text" ------------------------------------------------------
# A news app's share sheet writes its own line over the story's title and link: "Check out
# this article from News24:", "Read this article on TOI: <title> <link>", "I found this story
# on ABC News:". The title may follow on the same line, the link after it.
_SHARE_INTRO = re.compile(
    r"^(?:(?:check out|read|see|look at|i (?:found|saw|read|liked))\s+this\s+"
    r"(?:article|story|news|report)\s+(?:from|on|in|at|via)\s+[^:]{2,40}:|"
    # a phone's share sheet: "Shared from KSHB 41", "Shared via Apple News"; "Shared from the
    # SCMP app": the app named whole, its "app" too (no title follows on the line)
    r"shared\s+(?:from|via)\s+(?:(?:the\s+)?[^:\s][^:]{0,38}?\s+app\b|[^:]{2,40}?):?)"
    r"(?:\s+(?P<title>.+?))?(?:\s+<?(?P<url>https?://\S+?)>?)?$",
    re.IGNORECASE,
)
# The app's other lines under the link: "Sent from the News24 app", "Download the TOI app
# now: https://...", "Get the ABC News app". The app's name is a few words and only "now"
# or the app's link may follow "app": "Download the NHS Covid-19 app, health officials
# urged residents." goes on as a sentence of the story.
_SHARE_FOOTER = re.compile(
    r"^(?:sent (?:from|via|with) (?:the |my )?(?:\S+\s){0,4}?\S*app|"
    r"(?:download|get|install) (?:the |our )?(?:\S+\s){1,4}?app(?:\s+(?:now|today))?)\.?"
    r"(?:\s*:?\s*<?https?://\S+>?)?$",
    re.IGNORECASE,
)
# A line that is a link and nothing else (the story's address in the share text), in angle
# brackets as some mail programs print it.
_LINK_LINE = re.compile(r"^<?https?://\S+>?$")
# The share text is a handful of lines: the intro, the title, a link, the app's footer.
_SHARE_TOP = 8
# Under a pasted story the app's footer is among its last lines.
_SHARE_TAIL = 2


def _app_share(lines: list[str]) -> Capture | None:
    """A story shared as text from a news app: the app's intro line opens the text and a link
    to the story stands on it or under it. The intro, the link and the app's footer are the
    wrapper's; the title is the headline: on the intro's line, the wrapper gives it (the line
    is no story), else it is the line under the intro."""
    top = _first_text(lines, _SHARE_TOP)
    if not top or (m := _SHARE_INTRO.match(lines[top[0]])) is None:
        return None
    links = [i for i in top[1:] if _LINK_LINE.match(lines[i])]
    if m.group("url") is None and not links:
        return None  # no link: an ordinary paragraph that begins "Read this story on ...:"
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    first = top[0]
    title = m.group("title")
    wrapper[first] = True
    why[first] = (
        "a news app's share line: the title after its intro is the headline"
        if title
        else "a news app's share line over the story's title"
    )
    for i in links:
        wrapper[i] = True
        why[i] = "the story's link in a news app's share text"
    # the footer closes the share text: among its first lines (the story pasted under it) or
    # its last ones
    rows = [i for i in range(first + 1, len(lines)) if lines[i]]
    for i in [i for i in rows if i in top or i in rows[-_SHARE_TAIL:]]:
        if _SHARE_FOOTER.match(lines[i]):
            wrapper[i] = True
            why[i] = "a news app's footer in its share text"
        elif _SENT_FROM_SIGNATURE.match(lines[i]) and _MAIL_FURNITURE.match(lines[i]):
            # "Sent from my iPhone": the share text sent by mail, the phone signing it
            wrapper[i] = True
            why[i] = "the mail program's signature under the share text"
    return Capture("news app's share text", list(lines), wrapper, why, hidden=True, headline=title)


# A link shared with a note and the article pasted under it, as a mail's or a message's text
# copied without its header: the sender's note (a greeting, or a sentence or two: "Hi all -
# sharing for Thursday's reading group.") over the article's link alone on its line, the page
# pasted under them, the sender's sign-off and name closing it ("Regards," / "Tom"). A link
# alone under a greeting or a sentence heads no article of its own: the note and the link
# are the sender's, and the page is read under them.
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|many)\s+)?(?:regards|thanks|thank you|cheers|best|all the best|"
    r"best wishes|talk soon|see you(?: then| there)?)[,.!]?$",
    re.IGNORECASE,
)
_SHARE_NOTE_LINES = 2
_SHARE_NOTE_WORDS = 30
_SENDER_WORDS = 3


def _shared_link(lines: list[str]) -> Capture | None:
    """A link shared with a note over the pasted article (see above), or None."""
    top = _first_text(lines, _SHARE_NOTE_LINES + 1)
    at = next((n for n, i in enumerate(top) if _LINK_LINE.match(lines[i])), None)
    if not at:
        return None  # no link, or the link first: no note over it
    note = top[:at]
    words = sum(len(lines[i].split()) for i in note)
    if words > _SHARE_NOTE_WORDS or not (
        _GREETING.match(lines[note[0]])
        or all(lines[i].rstrip("”\"’'").endswith((".", "!", "?", ":")) for i in note)
    ):
        return None  # the note is a greeting or whole sentences, a few
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for i in note:
        wrapper[i] = True
        why[i] = "the sender's note over the shared article's link"
    wrapper[top[at]] = True
    why[top[at]] = "the shared article's link under the sender's note"
    rows = [i for i in range(len(lines)) if lines[i]]
    if (
        len(rows) >= 2
        and _SIGN_OFF.match(lines[rows[-2]])
        and len(lines[rows[-1]].split()) <= _SENDER_WORDS
    ):
        for i in rows[-2:]:
            wrapper[i] = True
            why[i] = "the sender's sign-off and name under the shared article"
    return Capture("shared link with a note", list(lines), wrapper, why, hidden=True)


# A site's e-mail service opening the text it sent, with no mail header kept above it; or its
# share-by-mail note, which a phone's mail app sends with the title and link under it ("I
# thought you might be interested in this story from ABC NEWS:").
_EMAILED_TOP = re.compile(
    r"^(?:this (?:page|article|story) (?:was|has been) (?:sent|e-?mailed) to you by\b|"
    # (the note ends on its colon or on the site it names: "... in a story from my own
    # family about the 1937 flood" opens a reader's letter)
    r"(?:i )?thought you(?:'d| would| might) be interested in (?:this|an?) (?:article|story)"
    r"(?:\s.{0,80}:|\s+(?:from|on) (?-i:(?:[A-Z][\w.&'’-]*\s?){1,5})[.!]?)$)",
    re.IGNORECASE,
)


def _emailed_page(lines: list[str]) -> Capture | None:
    """A page sent by a site's "e-mail this" service, copied without its mail header: the
    service's line opens the text ("This page was e-mailed to you by: ..."), the sender's note
    and a rule under it; those lines are the service's, the page under them is read alone."""
    top = _first_text(lines, 1)
    if not top or not _EMAILED_TOP.match(lines[top[0]]):
        return None
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    out = list(lines)
    _sent_article(out, top[0], wrapper, why)
    return Capture("e-mailed page", out, wrapper, why, hidden=True)


def _archive_bar(lines: list[str]) -> Capture | None:
    """A web archive's or a search cache's bar over the page (archive_bars.py): its lines are
    read as blank lines, the page under it as if copied from the live site."""
    found = archive_bar(lines)
    if found is None:
        return None
    kind, bar = found
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for i in bar:
        wrapper[i] = True
        why[i] = f"the archive's bar over the page ({kind})"
    return Capture(kind, list(lines), wrapper, why, hidden=True)


# A media-monitoring alert or digest (Google Alerts, Talkwalker, Meltwater's and Cision's
# mails) with the full story pasted under it: each item of the alert is a title, its outlet
# and a teaser the service cut short ("... using state and federal ..."), and the story pasted
# below repeats one of those titles on a line of its own over its byline, stamp and
# paragraphs. The alert's lines (its name, its query, its items, its links) are the service's;
# the story is read from its repeated title down, as if copied alone. Evidence: the same title
# line twice, a cut teaser right under the first copy (or the story's first paragraph whole,
# printed again under the second copy), story text under the second.
_CUT_TEASER = re.compile(r"(?:\.\.\.|…)$")
# The lines under an item's title its outlet and teaser take (a wrapped teaser takes more).
_TEASER_REACH = 4
# The lines under the repeated title a byline, a stamp and an outlet take before its text.
_STORY_REACH = 6
_ALERT_TITLE_WORDS = 4
_STORY_WORDS = 15


# The spacing str.split would even out in an ASCII text: a run of spaces, a space at a line's
# edge, any other white space character but the line break.
_ODD_SPACING = ("  ", "\n ", " \n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def _title_keys(lines: list[str]) -> list[str]:
    """Each line's words as _alert_digest compares titles, spacing evened out and case folded
    (" ".join(line.split()).casefold()). A long page is read again for each trial join of its
    head (unwrap.rejoin_head): an ASCII text with no spacing to even out is folded whole."""
    text = "\n".join(lines)
    if (
        text.isascii()
        and text[:1] != " "
        and text[-1:] != " "
        and not any(odd in text for odd in _ODD_SPACING)
        and len(keys := text.casefold().split("\n")) == len(lines)
    ):
        return keys
    return [" ".join(line.split()).casefold() for line in lines]


def _none_twice(keys: list[str]) -> bool:
    """No key but the blank line's is in `keys` twice (counted once for the whole text)."""
    blank = keys.count("")
    return len(set(keys)) - (blank > 0) == len(keys) - blank


def _alert_digest(lines: list[str]) -> Capture | None:
    """An alert's or digest's items over the story pasted under them (see above), or None."""
    keys = _title_keys(lines)
    if _none_twice(keys):
        return None  # no line's words printed twice, so no title repeated over its story
    rows = [i for i, line in enumerate(lines) if line]
    seen: dict[str, int] = {}
    for n, j in enumerate(rows):
        text = lines[j]
        key = keys[j]
        if key.count(" ") < _ALERT_TITLE_WORDS - 1:
            continue  # too short to be a title, so neither kept nor one seen before (same words)
        first = seen.get(key)
        if first is None:
            if len(text) <= 250 and not text.endswith("."):
                seen[key] = n
            continue
        teaser = rows[first + 1 : min(first + 1 + _TEASER_REACH, n)]
        story = rows[n + 1 : n + 1 + _STORY_REACH]
        # the teaser cut short, or the story's whole first paragraph printed again under the
        # repeated title (Muck Rack's alert quotes the lead in full): then each copy of the
        # title opens a block of its own (a blank line over it), as no line of a paragraph
        # that a copy repeats does
        again = {" ".join(lines[i].split()) for i in story}
        apart = all(k == 0 or not lines[k - 1] for k in (rows[first], j))
        if not any(
            _CUT_TEASER.search(lines[i])
            or (
                apart
                and len(lines[i].split()) >= _STORY_WORDS
                and " ".join(lines[i].split()) in again
            )
            for i in teaser
        ) or not any(
            len(lines[i].split()) >= _STORY_WORDS and not _CUT_TEASER.search(lines[i])
            for i in story
        ):
            continue
        wrapper = [False] * len(lines)
        why: dict[int, str] = {}
        for i in rows[:n]:
            wrapper[i] = True
            why[i] = "a monitoring alert's item over the story pasted under it (its title repeated)"
        return Capture("alert over a pasted story", list(lines), wrapper, why, hidden=True)
    return None


# A mail program's header printed without its labels, as a web mail's message view is copied
# or printed (Gmail's, Outlook's on the web): the subject, the sender as RFC 5322's name-addr
# on its own line ("Muck Rack <alerts@muckrack.com>", "The Texas Tribune <news@...>"), the
# date it came ("Thu, Sep 4, 2025 at 6:15 AM") on that line or the next, and the recipient
# ("to me"). A name-addr alone on a line over a date is a mailbox, never a story's line.
_RECIPIENT = re.compile(r"^to\s+(?:me|\S+@\S+|[^,]{1,40})(?:,\s*.{1,60})?$", re.IGNORECASE)
_NAME_ADDR_DATE = re.compile(
    r"^(?P<addr>[^<>@]{0,80}<[^<>\s@]{1,64}@[^<>\s@]{1,120}\.[A-Za-z]{2,}>)\s+(?P<date>\S.{5,60})$"
)
_UNLABELLED_TOP = 4


def _unlabelled_mail(lines: list[str]) -> Capture | None:
    """A web mail's message view copied with its header unlabelled (see above), or None."""
    top = _first_text(lines, _UNLABELLED_TOP)
    for n, i in enumerate(top):
        if _NAME_ADDR.match(lines[i]):
            below = top[n + 1] if n + 1 < len(top) else None
            if below is None or not is_page_timestamp(lines[below]):
                return None
            last = below
            break
        m = _NAME_ADDR_DATE.match(lines[i])
        if m is not None and is_page_timestamp(m.group("date")):
            last = i
            break
    else:
        return None
    after = next((k for k in range(last + 1, len(lines)) if lines[k]), None)
    if after is not None and _RECIPIENT.match(lines[after]) and len(lines[after]) <= 60:
        last = after
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in range(last + 1):
        if lines[k]:
            wrapper[k] = True
            why[k] = "a web mail's header, printed without its labels (subject, sender, date)"
    for k in range(last + 1, len(lines)):
        if _MAIL_FURNITURE.match(lines[k]):
            wrapper[k] = True
            why[k] = "a newsletter's link (view in browser, unsubscribe)"
    return Capture("e-mail message", list(lines), wrapper, why, hidden=True)


_READERS = (
    _lynx,
    _archive_bar,
    _emailed_page,
    _notes_forward,
    _mail,
    _reply,
    _alert_digest,
    _unlabelled_mail,
    _newsletter,
    _archive,
    _print_view,
    _browser_print,
    _wire_feed,
    _pdf_page,
    _crawler_header,
    _app_share,
    _newsletter_foot,
    _shared_link,
)


def read_capture(lines: list[str]) -> Capture:
    """The article lines of a capture (`lines` cleaned, blank lines empty): the first wrapper
    whose evidence holds, else the lines as they are."""
    found = next((c for reader in _READERS if (c := reader(lines)) is not None), None)
    base = found or Capture(None, lines, [False] * len(lines))
    # a phone's or a messenger's marks and lines, inside whatever else wraps the story
    app = read_app_lines(base.lines)
    if app is None:
        return base
    out, wrapper, why, headline = app
    if found is None:
        return Capture(_APP_KIND, out, wrapper, why, hidden=False, headline=headline)
    return dataclasses.replace(
        base,
        lines=out,
        wrapper=[a or b for a, b in zip(base.wrapper, wrapper, strict=True)],
        why={**why, **base.why},
        headline=base.headline or headline,
    )


_APP_KIND = "app's or messenger's capture"
