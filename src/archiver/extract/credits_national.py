"""Photo credits in the house styles of national news agencies' English services.

The credit grammar (credits.py) reads the shapes the international agencies and the papers
print. The national agencies that re-run their English copy on their own pages (and their
clients that print it) credit their pictures in shapes of their own:

- `Photo: Milena Stoykova (BTA)`: the photographer, the agency's code in brackets after;
- `BELGA PHOTO JOOST VAN DEN BROECK`: the agency, its picture's word, the photographer, all in
  capitals and no slash between;
- `HINA/ Tomislav PAVLEK/ tp`, `ANTARA/Jane Roe/pri`: the agency, the photographer and the
  photo editor's initials in small letters after a last slash;
- `(c) Mihai POPESCU / AGERPRES FOTO`: "(c)" typed for the copyright sign;
- `Credit: Jeroen Brugman / ANP - License: All rights reserved`: the picture's licence after
  the credit, a field of the agency's picture feed.

Each reader asks for an agency the dateline grammar knows (agencies.is_wire_source) on one
side: without it these shapes are a caption's or a story's words ("Photo: John Smith
(left)", "TEAM PHOTO JOHN SMITH").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from archiver.extract.agencies import is_wire_source

if TYPE_CHECKING:  # credits.py asks this module, so its class is imported when asked
    from archiver.extract.credits import Credit

# The credit grammar (credits.find_credit), passed in by its caller.
Reader = Callable[[str], "Credit | None"]

_CAPS = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_NAME_WORD = rf"[{_CAPS}][\w'’\-]+"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|van|von|de|der|den|da|di|del|la|le)){{1,4}}"

# "Photo: Milena Stoykova (BTA)": a picture's label, a person's name, an agency in brackets.
_BRACKETED_AGENCY = re.compile(
    r"(?:^|(?<=[\s.!?”\"’]))(?i:photo|foto|photograph|picture|credit)\s*:\s*"
    rf"(?P<credit>(?P<person>{_PERSON})\s+\((?P<agency>[^()]{{2,24}})\))\s*\.?\s*$"
)
# "BELGA PHOTO JOOST VAN DEN BROECK": all in capitals, alone or after a caption's sentence.
_CAPS_DESK_PERSON = re.compile(
    r"(?:^|(?<=[.!?”\"’)]\s))"
    rf"(?P<credit>(?P<agency>[{_CAPS}][{_CAPS}&-]{{1,11}})\s+(?:PHOTO|FOTO)\s+"
    rf"(?P<person>[{_CAPS}][{_CAPS}'’\-]+(?:\s+[{_CAPS}][{_CAPS}'’\-]*){{1,3}}))\s*$"
)
# A headline's small words, which a name in capitals has none of ("AFP PHOTO AWARD GOES TO
# ...": a headline about a picture, no photographer).
_HEADLINE_WORDS = frozenset("A AN THE OF TO IN ON AT FOR AND OR BY AS IS ARE WITH FROM".split())
# "... - HINA/ Tomislav PAVLEK/ tp": the photo editor's initials after the credit's last slash.
_EDITOR_INITIALS = re.compile(
    r"(?<=[A-Z]{2})(?P<keep>\s?/\s?[^/]{3,40}?)(?P<initials>\s?/\s?[a-z]{2,4}\.?)\s*$"
)
# "(c) Mihai POPESCU / AGERPRES FOTO": the copyright sign typed as "(c)".
_TYPED_COPYRIGHT = re.compile(r"(?:^|(?<=[\s:]))\([cC]\)\s*(?=[A-Z])")
# "... / ANP - License: All rights reserved": the picture's licence after its credit (or its
# label alone, "... - License:", the licence moved down to the next line by a wrapper).
_LICENCE_TAIL = re.compile(r"\s+[-–—|]\s+(?i:licen[cs]e)\s*:(?:\s*[^:/]{2,40})?\s*$")
# "(Photo: Secretariado Uruguayo de la Lana - All rights reserved)": the lender's rights
# notice after its name inside the caption's closing bracket (MercoPress and others print it).
_RESERVED_TAIL = re.compile(r"\s+[-–—|,]\s+(?i:all\s+rights\s+reserved)\.?(?=\)$)")


def _agency(name: str) -> bool:
    from archiver.extract.credits import PHOTO_AGENCIES  # credits reads this module

    # a picture library counts as an agency here ("Photo: Jane Roe (Getty Images)")
    return (
        is_wire_source(name)
        or is_wire_source(re.sub(r"\s+(?i:photo|foto)$", "", name))
        or name.lower() in PHOTO_AGENCIES
    )


def _caps_credit(m: re.Match[str]) -> bool:
    """The agency is one the lists know and the name after its picture's word has none of a
    headline's small words."""
    return _agency(m.group("agency")) and not _HEADLINE_WORDS.intersection(
        m.group("person").split()
    )


# The licence's word, as _LICENCE_TAIL reads it (case-blind).
_LICENCE_WORD = re.compile(r"(?i:licen[cs]e)")


def _may_hold_licence(text: str) -> bool:
    """`text` holds _LICENCE_TAIL's word, the quick test before that pattern's search over the
    whole line (a paragraph read as one line may be a megabyte: the search tries each of its
    spaces). An ASCII text holds it only as its lower case does (no letter past ASCII there
    that the case-blind pattern would take for one of its own)."""
    if text.isascii():
        lower = text.lower()
        return "licence" in lower or "license" in lower
    return _LICENCE_WORD.search(text) is not None


def national_credit(line: str, read: Reader) -> Credit | None:
    """The credit ending `line` in a national agency's house style, or None. `read` is the
    credit grammar (credits.find_credit), asked for what is left when a shape's own mark (the
    typed "(c)", the editor's initials, the licence) is set aside."""
    from archiver.extract.credits import Credit  # noqa: F811 (the class, at run time)

    text = " ".join(line.split())
    # quick tests before the two patterns tried at each of the tail's characters, asked of
    # every caption line twice (pinned in tests/test_extract_fast_paths.py): the bracketed
    # agency closes the text (a stop after it at most; the text's spaces are single), the
    # desk's credit in capitals holds its "PHOTO" or "FOTO"
    if (
        text.removesuffix(".").rstrip().endswith(")")
        and (m := _BRACKETED_AGENCY.search(text[-160:])) is not None
        and _agency(m.group("agency"))
    ):
        return Credit(m.group("credit"), m.group("person"), m.group("agency"))
    if (
        "OTO" in text[-120:]
        and (m := _CAPS_DESK_PERSON.search(text[-120:])) is not None
        and _caps_credit(m)
    ):
        return Credit(m.group("credit"), m.group("person").title(), m.group("agency"))
    if _may_hold_licence(text) and (m := _LICENCE_TAIL.search(text)) is not None:
        found = read(text[: m.start()])
        if found is not None:
            return found
    if text.endswith(")") and (m := _RESERVED_TAIL.search(text)) is not None:
        found = read(text[: m.start()] + ")")
        if found is not None:
            return found
    if ("(c)" in text or "(C)" in text) and (m := _TYPED_COPYRIGHT.search(text)) is not None:
        found = read(text[: m.start()] + "© " + text[m.end() :])
        if found is not None and text.endswith(found.credit):
            before = text[: -len(found.credit)].rstrip()
            if before.endswith(("(c)", "(C)")):
                # printed as written, the typed sign with it
                return dataclasses.replace(found, credit=f"{before[-3:]} {found.credit}")
        if found is not None:
            return found
    if "/" in text[-120:] and (m := _EDITOR_INITIALS.search(text[-120:])) is not None:
        cut = len(text) - len(text[-120:]) + m.start("initials")
        found = read(text[:cut])
        if (
            found is not None
            and found.agency
            and _agency(found.agency)
            and text[:cut].endswith(found.credit)
        ):
            return dataclasses.replace(found, credit=found.credit + text[cut:].rstrip())
    return None


# The copyright mark a story's signature may open with ("© NTB / Norway Today").
_RIGHTS_MARK_HEAD = re.compile(r"\s*(?:©|\([cC]\))\s*")


def wire_and_client(line: str) -> bool:
    """ "DPA/The Local", "The Local/TT", "Ritzau/The Local": a news wire and the site that runs
    its copy, either way round, alone on the line and no person named: the story's signature
    (where a byline stands, or at the story's foot), not a photo's credit ("AFP/Getty Images"
    names a picture library after the slash, "Jane Roe/TT" a photographer). "© NTB / Norway
    Today": the same signature with the copy's rights mark before it, the site's name a paper's
    or a site's ("Norway Today", "Helsinki Times") without "The"."""
    from archiver.extract.credits import OUTLET_NAME, is_picture_library

    marked = _RIGHTS_MARK_HEAD.match(line)
    parts = [p.strip() for p in line[marked.end() if marked else 0 :].split("/")]
    if len(parts) != 2:
        return False
    for wire, client in (parts, parts[::-1]):
        if (
            is_wire_source(wire)
            and (client.startswith("The ") or (marked and OUTLET_NAME.match(client)))
            and len(client.split()) <= 4
            and not is_wire_source(client)
            and not is_picture_library(client)
        ):
            return True
    return False


def is_caps_desk_credit(line: str) -> bool:
    """ "BELGA PHOTO JOOST VAN DEN BROECK" alone on its line: a picture's credit in a feed that
    lost the caption, no sentence of the story (four words, as a short last sentence has)."""
    m = _CAPS_DESK_PERSON.fullmatch(" ".join(line.split()))
    return m is not None and _caps_credit(m)


# "Source: NTB / #Norway Today / #NRK": a party opened by a hashtag.
_TAGGED_PARTY = re.compile(r"(?:^|/|:)\s*#[A-Za-z]")


def tagged_sources(line: str) -> bool:
    """ "Source: NTB / #Norway Today / #NRK": the story's sources, the client site's own name
    among them as hashtags (Norway Today's foot); a photo's credit tags no one so."""
    return "/" in line and _TAGGED_PARTY.search(line) is not None
