"""A fact-check's claim box: the labelled fields a fact-checking page prints over its story.

Fact-checkers publish their verdicts in the shape of schema.org's ClaimReview (the claim, who
made it and where, the rating), and their pages set those fields in a box at the top of the
article, before or after the headline: Full Fact's "What was claimed" / the claim / "Our
verdict" / the verdict; PolitiFact's "stated on September 2, 2025 in a Facebook post:" / the
quoted claim / the meter's rating; AFP's, Reuters', AAP's and Africa Check's "Claim:" and
"Verdict:" or "Rating:" lines. The box's lines are the page's furniture around the story: a
quoted claim is not its headline, a verdict's sentence not its deck.

Only the text's top is read (the box stands over the story), and a value is taken only under
a label or a claimant's line, up to its sentence's end or the next blank line (one blank line
may stand between a label and its value), so a story paragraph that opens with "The claim" is
not touched. A box holds both sides of the review, what was claimed (a claim's label or a
claimant's line) and what the checker found (a verdict's or a rating's label, or the rating
alone): one label alone is a story's own word ("Verdict: Jury finds ex-mayor guilty" as a
headline, "The Verdict" as a column's name, "Credit rating" as a kicker, a review's "Rating:
4/5").
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
# The labels of the claim's side (the rest are the checker's: a verdict, a rating, the facts).
_CLAIM_SIDE = re.compile(
    r"(?i:what\s+was\s+claimed|(?:the\s+)?claim(?:\s+reviewed)?|claimed\s+by)\b"
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
# A line this long that is no field's value is the story's prose: the box stands above it.
_PROSE_WORDS = 20


def claim_box_lines(lines: list[str]) -> set[int]:
    """The indexes of the claim box's lines (labels, values, ratings) among `lines` (cleaned,
    blank ones empty); empty when the text has no box."""
    top = [k for k, line in enumerate(lines) if line][:_TOP_LINES]
    box: set[int] = set()
    claimed = found = False  # the box's two sides seen: the claim, and the checker's finding
    for k in top:
        line = lines[k]
        if k in box:
            continue  # a value read under its label
        if len(line.split()) >= _PROSE_WORDS:
            break  # the story's first paragraph: a "Verdict" under it is the story's section
        if _LABEL_INLINE.fullmatch(line):
            box.add(k)
            claimed, found = _sides(line, claimed, found)
            continue
        claimant = _CLAIMANT.fullmatch(line) is not None
        if not (claimant or _LABEL_ALONE.fullmatch(line)):
            continue
        values: list[int] = []
        j = k + 1
        if j + 1 < len(lines) and not lines[j] and lines[j + 1]:
            j += 1  # one blank line between the label and its value (a spaced capture)
        while j < len(lines) and lines[j] and len(values) < _VALUE_LINES:
            if _LABEL_ALONE.fullmatch(lines[j]):
                break
            values.append(j)
            if lines[j].endswith((".", "!", "?", '"', "”", "’")):
                break  # the value's sentence ends here: what follows is the page's
            j += 1
        if values:  # a label with nothing under it is no field ("Verdict" as a menu's item)
            box.add(k)
            box.update(values)
            claimed, found = (True, found) if claimant else _sides(line, claimed, found)
    if not box or not claimed:
        return set()
    last = max(box)
    for k in top:
        if k > last + 3:
            break
        near = any(abs(k - b) <= 3 for b in box)
        if near and k not in box and _RATING_WORD.fullmatch(lines[k]):
            box.add(k)
            found = True
    return box if found else set()


def _sides(label: str, claimed: bool, found: bool) -> tuple[bool, bool]:
    """The box's sides seen, with the field labelled `label` counted on its own."""
    if _CLAIM_SIDE.match(label):
        return True, found
    return claimed, True
