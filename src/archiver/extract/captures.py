"""How an archivist's text capture of a page is wrapped, and the article lines inside it.

Captures are often not a select-all paste but the output of a tool: `lynx -dump` / `w3m -dump`
(link numbers glued to words, "[2]Politics", and a "References" list of URLs at the end; image
markers "[logo.png]", "IFRAME: url"), an e-mail or RSS-to-mail message (a "From:/Subject:/
Date:" header block, "View in browser", a "-- " signature and "Unsubscribe"), or a newspaper
archive's print view (a catalogue citation "The Paper (ACT : 1926 - 1995), Wednesday 12 March
1986, page 3", an edition line "The Paper Web Edition Vol. 5 Num 12 ...", "Print this article").

Each wrapper is recognised only on structural evidence (a References list of numbered URLs
under text with link numbers; a header block of two or more header fields opening the text),
never on one word. What it finds changes only how the lines are READ: markers are taken out of
the line's text and the wrapper's own lines are flagged as furniture, so the role parser finds
the headline and byline as if the wrapper were not there. The source bytes are never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# --- lynx / w3m dumps -------------------------------------------------------------------
# "[12]Politics", "By [8]NORA ..."; w3m with link numbers prints the same marks.
_LINK_MARK = re.compile(r"\[\d{1,4}\](?=\S)")
# The list at the end: "References" (lynx), "References:" (w3m), "Visible links" /
# "Hidden links:" (lynx -listonly or with hidden links).
_REFERENCES = re.compile(r"^(?:References|Visible links|Hidden links):?$")
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
    r"^(?:view (?:this (?:email|e-mail|message) )?(?:in|on) (?:your |a )?(?:web )?browser\.?|"
    r"view (?:online|as a web ?page)\.?|unsubscribe\.?|manage (?:your )?subscription\.?|"
    r"update your preferences\.?|-{2,}\s*forwarded message\s*-{2,}|"
    r"begin forwarded message:?|"
    # the same links in other languages
    r"im browser (?:ansehen|anzeigen|öffnen|lesen)|(?:newsletter )?abbestellen|"
    r"afficher dans (?:le|votre) navigateur|voir (?:la )?version en ligne|se désabonner|"
    r"se désinscrire|ver en (?:el|tu|su) navegador|darse de baja|cancelar (?:la )?suscripción|"
    r"visualizza nel (?:tuo )?browser|annulla l'iscrizione|disiscriviti)$",
    re.IGNORECASE,
)
_SIGNATURE = "--"  # RFC 3676's "-- " signature separator, cleaned of its trailing space

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


def _first_text(lines: list[str], count: int) -> list[int]:
    out: list[int] = []
    for i, line in enumerate(lines):
        if line:
            out.append(i)
            if len(out) == count:
                break
    return out


def _references_start(lines: list[str]) -> int | None:
    """The "References" heading of a dump: the last such line, followed (past blanks) by at
    least one numbered URL and by nothing else but numbered URLs and blank lines."""
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
        if _MENU_LINE.match(line):
            wrapper[i] = True
            why[i] = "a row of links in a text dump (a menu)"
        elif _IMAGE_LINE.match(line) or _FRAME_LINE.match(line):
            wrapper[i] = True
            why[i] = "an image or frame marker in a text dump"
        elif _LINKS_ONLY.match(line) and i in first:
            wrapper[i] = True
            why[i] = "a link alone on the dump's first line (the site's logo)"
        if "[" in line:
            out[i] = _LINK_MARK.sub("", line)
    return Capture("text dump (lynx/w3m)", out, wrapper, why)


def _mail(lines: list[str]) -> Capture | None:
    first = _first_text(lines, 1)
    if not first:
        return None
    fields: dict[str, int] = {}
    i = first[0]
    while i < len(lines) and lines[i]:
        m = _HEADER_FIELD.match(lines[i])
        if m is None:
            break
        name = m.group("name").lower()
        fields.setdefault(_LOCAL_FIELDS.get(name, name), i)
        i += 1
    end = i
    keys = _KEY_FIELDS & fields.keys()
    if len(keys) < 2 or not ({"from", "subject"} & keys) or (i < len(lines) and lines[i]):
        return None  # a header block is two or more fields, from or subject among them, alone
    wrapper = [False] * len(lines)
    why: dict[int, str] = {}
    for k in range(first[0], end):
        wrapper[k] = True
        why[k] = "an e-mail header field"
    signature = None
    for k in range(end, len(lines)):
        line = lines[k]
        if line == _SIGNATURE and signature is None:
            signature = k
        if signature is not None and line:
            wrapper[k] = True
            why[k] = "below the message's signature separator ('-- ')"
        elif _MAIL_FURNITURE.match(line):
            wrapper[k] = True
            why[k] = "a newsletter's link (view in browser, unsubscribe)"
    return Capture("e-mail message", list(lines), wrapper, why)


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


_READERS = (_lynx, _mail, _print_view)


def read_capture(lines: list[str]) -> Capture:
    """The article lines of a capture (`lines` cleaned, blank lines empty): the first wrapper
    whose evidence holds, else the lines as they are."""
    for reader in _READERS:
        found = reader(lines)
        if found is not None:
            return found
    return Capture(None, lines, [False] * len(lines))
