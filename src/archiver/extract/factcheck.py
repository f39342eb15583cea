"""A fact-check's claim box: the labelled fields a fact-checking page prints over its story.

Fact-checkers publish their verdicts in the shape of schema.org's ClaimReview (the claim, who
made it and where, the rating), and their pages set those fields in a box at the top of the
article, before or after the headline: Full Fact's "What was claimed" / the claim / "Our
verdict" / the verdict; PolitiFact's "stated on September 2, 2025 in a Facebook post:" / the
quoted claim / the meter's rating; AFP's, Reuters', AAP's and Africa Check's "Claim:" and
"Verdict:" or "Rating:" lines. The box's lines are the page's furniture around the story: a
quoted claim is not its headline, a verdict's sentence not its deck.

Only the text's top is read (the box stands over the story), and a value is taken only under
a label or a claimant's line, up to the next blank line, so a story paragraph that opens with
"The claim" is not touched.
"""

from __future__ import annotations

import re

# A field's label on a line of its own (its value on the lines under it) or with its value
# after a colon on the same line ("Verdict: False", "Truth-O-Meter rating: False").
_LABEL = (
    r"(?:what\s+was\s+claimed|(?:our|the)\s+verdict|verdict|(?:the\s+)?claim(?:\s+reviewed)?"
    r"|claimed\s+by|(?:our\s+)?rating|[\w-]+(?:\s+[\w-]+)?\s+rating|the\s+facts"
    r"|what['’]s\s+(?:true|false|misleading|missing))"
)
_LABEL_ALONE = re.compile(rf"(?i:{_LABEL})\s*:?")
_LABEL_INLINE = re.compile(rf"(?i:{_LABEL})\s*:\s*\S.{{0,300}}")
# PolitiFact's claimant line: who said it, when and where, then the claim under its colon.
_CLAIMANT = re.compile(
    r"(?i:stated|said|posted|claimed|wrote|shared)\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}"
    r"\s+in\s+.{2,80}:"
)
# A rating on a line of its own (the meter's image's text), next to the box's fields.
_RATING_WORD = re.compile(
    r"(?i:true|mostly\s+true|half[\s-]true|mostly\s+false|false|pants\s+on\s+fire!?"
    r"|misleading|missing\s+context|partly\s+false|unproven|unsupported|mixture|satire"
    r"|altered|fabricated|no\s+evidence)"
)
# How far into the text the box may stand (non-blank lines), and how many lines a value holds.
_TOP_LINES = 40
_VALUE_LINES = 2
# A field with its value on one line is short: a claim in a sentence, a rating in a word.
_INLINE_WORDS = 60


def claim_box_lines(lines: list[str]) -> set[int]:
    """The indexes of the claim box's lines (labels, values, ratings) among `lines` (cleaned,
    blank ones empty); empty when the text has no box."""
    top = [k for k, line in enumerate(lines) if line][:_TOP_LINES]
    box: set[int] = set()
    for k in top:
        line = lines[k]
        if _LABEL_INLINE.fullmatch(line) and len(line.split()) <= _INLINE_WORDS:
            box.add(k)
            continue
        if not (_LABEL_ALONE.fullmatch(line) or _CLAIMANT.fullmatch(line)):
            continue
        values = []
        j = k + 1
        while j < len(lines) and lines[j] and len(values) < _VALUE_LINES:
            if _LABEL_ALONE.fullmatch(lines[j]):
                break
            values.append(j)
            j += 1
        if values:  # a label with nothing under it is no field ("Verdict" as a menu's item)
            box.add(k)
            box.update(values)
    if not box:
        return box
    for k in top:
        near = any(abs(k - b) <= 3 for b in box)
        if near and k not in box and _RATING_WORD.fullmatch(lines[k]):
            box.add(k)
    return box
