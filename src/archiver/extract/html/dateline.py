"""The dateline at the head of a web article's text, found with the wire grammar
(extract.datelines.match_dateline), with two shapes pages add: the dateline as a paragraph
of its own ("BAAR, SWITZERLAND" above the text) and an outlet dateline that markup glued to
the text without a dash ("Hong Kong (CNN Business)A muddled view")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from archiver.extract.agencies import is_wire_source
from archiver.extract.datelines import match_dateline, match_standalone_dateline
from archiver.model import Dateline, Warning

# "Hong Kong (CNN Business)" opening a paragraph, then the text
_GLUED = re.compile(r"^(?P<dl>[A-Z][^()\n]{1,40}?\s*\([A-Z][^()]{1,30}\))\s*(?=[A-Z\"“‘'])")

# The most words an agency's name alone on its line runs to ("Associated Press", "Agence
# France-Presse").
_AGENCY_LINE_WORDS = 4


def find_dateline(
    body: list[str], reference_date: dt.date | None
) -> tuple[Dateline | None, list[Warning]]:
    if not body:
        return None, []
    first = body[0]
    if len(body) > 1 and len(first.split()) <= _AGENCY_LINE_WORDS and is_wire_source(first):
        # "Associated Press" over "WASHINGTON (AP) — ...": the agency's name on a line of its
        # own under the byline, as a feed's plain description prints it; the dateline opens
        # the story's paragraph after it
        return find_dateline(body[1:], reference_date)
    m = match_dateline(first, reference_date)
    if m is not None:
        return m.dateline, list(m.warnings)
    glued = _GLUED.match(first)
    if glued:
        m = match_dateline(f"{glued.group('dl')} - {first[glued.end() :]}", reference_date)
        if m is not None:
            return dataclasses.replace(m.dateline, raw=glued.group("dl")), list(m.warnings)
    if len(body) > 1:
        # a dateline set as its own paragraph: read it as if a dash joined it to the text
        m = match_standalone_dateline(first, body[1], reference_date)
        if m is not None:
            return m.dateline, list(m.warnings)
    return None, []
