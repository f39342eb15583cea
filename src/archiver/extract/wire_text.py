"""Recover a wire story's structure from its scraped plain text.

The text is read as lines: a header (headline, byline, captions, gallery lines, page stamps)
followed by the story, whose paragraphs are separated by blank lines; the first paragraph
opens with the dateline. Page chrome is dropped wherever it stands, and a "Latest Headlines"
style heading ends the story.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass, field

from archiver.extract.bylines import Byline, is_agency, is_title_line, parse_byline
from archiver.extract.chrome import is_chrome, is_page_timestamp, is_terminator
from archiver.extract.credits import find_credit, parse_gallery
from archiver.extract.datelines import match_dateline
from archiver.model import Dateline, Photo, Warning

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+")
# Lines this long or longer are prose written as one line per paragraph, not hard-wrapped copy.
_WRAP_WIDTH = 100
_HEADLINE_MAX_WORDS = 30


def clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass
class WireStructure:
    headline: str | None = None
    byline: Byline | None = None
    dateline: Dateline | None = None
    photos: list[Photo] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS or len(line) > 250:
        return False
    # A sentence ends with a full stop; a headline does not (but "U.S." or "Inc." may end one).
    return not (
        line.endswith(".") and not re.search(r"\b(?:[A-Z]\.){2,}$|\b(?:Inc|Co|Corp|Jr|Sr)\.$", line)
    )


def _photo_from_caption(caption: str, in_header: bool = True) -> Photo:
    credit = find_credit(caption, in_header=in_header)
    return Photo(
        caption=caption,
        credit=credit.credit if credit else None,
        photographer=credit.photographer if credit else None,
        agency=credit.agency if credit else None,
        position=None,
        count=None,
        licensable=False,
    )


def _next_text(lines: list[str], i: int) -> str | None:
    """The next line after i that is neither blank nor page chrome."""
    return next((ln for ln in lines[i + 1 :] if ln and not is_chrome(ln)), None)


def _is_deck(lines: list[str], i: int, reference_date: dt.date | None) -> bool:
    """A short headline-like line followed, within three lines, by the byline."""
    if not _looks_like_headline(lines[i]):
        return False
    ahead = [ln for ln in lines[i + 1 : i + 6] if ln and not is_chrome(ln)][:3]
    for ln in ahead:
        if match_dateline(ln, reference_date):
            return False
        if (b := parse_byline(ln)) is not None and (b.names or ln.lower().startswith("by ")):
            return True
    return False


def _same_caption(a: str, b: str) -> bool:
    """The same photo seen twice: equal captions, or one cut short on the page (a prefix)."""
    if a == b:
        return True
    short, long = sorted((a.rstrip(". …"), b.rstrip(". …")), key=len)
    return len(short) >= 40 and long.startswith(short)


def _caption_and_its_gallery(seen: Photo, new: Photo) -> bool:
    """A caption line and its gallery line: same credit, one with a gallery position and one
    without, captions that start alike (the gallery often shortens the caption)."""
    if seen.credit is None or seen.credit != new.credit:
        return False
    if (seen.position is None) == (new.position is None):
        return False
    return len(os.path.commonprefix([seen.caption, new.caption])) >= 40


def _add_photo(photos: list[Photo], photo: Photo) -> None:
    """Add a photo, merging it with an earlier sighting of the same caption (caption + gallery)."""
    for i, seen in enumerate(photos):
        if _same_caption(seen.caption, photo.caption) or _caption_and_its_gallery(seen, photo):
            photos[i] = Photo(
                caption=seen.caption,
                credit=seen.credit or photo.credit,
                photographer=seen.photographer or photo.photographer,
                agency=seen.agency or photo.agency,
                position=seen.position if seen.position is not None else photo.position,
                count=seen.count if seen.count is not None else photo.count,
                licensable=seen.licensable or photo.licensable,
            )
            return
    photos.append(photo)


def _photo_line(line: str, photos: list[Photo], in_header: bool) -> bool:
    """Record the line as a photo if it is a caption or gallery line; True when it was."""
    gallery = parse_gallery(line)
    if gallery is not None:
        if gallery.caption:
            base = _photo_from_caption(gallery.caption)
            _add_photo(
                photos,
                Photo(
                    caption=base.caption,
                    credit=base.credit,
                    photographer=base.photographer,
                    agency=base.agency,
                    position=gallery.position,
                    count=gallery.count,
                    licensable=gallery.licensable,
                ),
            )
        return True  # a bare counter ("1 of 5") is chrome
    # "caption | License Photo" without a gallery counter: the page offered it for licensing
    caption, licence_button = _LICENSE_BUTTON.subn("", line)
    if find_credit(caption, in_header=in_header) is not None and not match_dateline(caption):
        photo = _photo_from_caption(caption, in_header)
        if licence_button:
            photo = dataclasses.replace(photo, licensable=True)
        _add_photo(photos, photo)
        return True
    return False


_LICENSE_BUTTON = re.compile(r"\s*\|\s*(?:license|licence|buy)\s+photo\s*$", re.IGNORECASE)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


def _blocks(raw_lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines. In copy without blank lines between paragraphs (old wire
    copy), the most indented lines of a block open its paragraphs."""
    blocks: list[list[str]] = []
    current: list[tuple[str, int]] = []

    def flush() -> None:
        tail: list[str] = []
        if len(current) > 1 and is_agency(current[-1][0]):  # a sign-off on its own line
            tail = [current.pop()[0]]
        indents = {ind for _, ind in current}
        deepest = max(indents) if indents else 0
        if len(indents) > 1 and sum(ind == deepest for _, ind in current) > 1:
            part: list[str] = []
            for text, ind in current:
                if ind == deepest and part:
                    blocks.append(part)
                    part = []
                part.append(text)
            blocks.append(part)
        elif current:
            blocks.append([text for text, _ in current])
        if tail:
            blocks.append(tail)
        current.clear()

    for raw in raw_lines:
        text = clean(raw)
        if text:
            current.append((text, _indent(raw)))
        elif current:
            flush()
    if current:
        flush()
    return blocks


def _paragraphs(block: list[str]) -> list[str]:
    """A block of hard-wrapped lines is one paragraph; long lines are a paragraph each."""
    if len(block) == 1:
        return block
    if all(len(line) < _WRAP_WIDTH for line in block[:-1]):
        return [" ".join(block)]
    return block


def parse_wire_text(text: str, reference_date: dt.date | None) -> WireStructure:
    out = WireStructure()
    raw_lines = text.split("\n")
    lines = [clean(line) for line in raw_lines]
    # The story ends where the page starts listing other stories.
    for i, line in enumerate(lines):
        if line and is_terminator(line, _next_text(lines, i)):
            lines = lines[:i]
            raw_lines = raw_lines[:i]
            break

    # Header: headline, byline, captions, gallery lines and page stamps before the story.
    i = 0
    n = len(lines)
    headline_seen = False
    while i < n:
        line = lines[i]
        if not line or is_chrome(line):
            i += 1
            continue
        if match_dateline(line, reference_date):
            break
        if _photo_line(line, out.photos, in_header=True):
            i += 1
            continue
        byline = parse_byline(line) if out.byline is None else None
        if byline is not None and (
            headline_seen or not byline.names or line.lower().startswith("by")
        ):
            out.byline = byline
            i += 1
            continue
        if is_page_timestamp(line) or (out.byline is not None and is_title_line(line)):
            i += 1  # a page's date stamp, or the writer's title under the byline
            continue
        if (
            not headline_seen
            and out.byline is None
            and not out.photos
            and _looks_like_headline(line)
        ):
            # the headline stands alone on its line: the next line is blank or header matter
            out.headline = line
            headline_seen = True
            i += 1
            continue
        if headline_seen and out.byline is None and _is_deck(lines, i, reference_date):
            i += 1  # a deck (subheadline) between headline and byline: display copy, not body
            continue
        break

    # Story: paragraphs, with captions and chrome taken out wherever they stand.
    paragraphs: list[str] = []
    for block in _blocks(raw_lines[i:]):
        kept = [ln for ln in block if not is_chrome(ln) and not _photo_line(ln, out.photos, False)]
        if kept:
            paragraphs.extend(_paragraphs(kept))

    # The dateline opens the first story paragraph (a deck or kicker may stand before it).
    for k, para in enumerate(paragraphs[:2]):
        found = match_dateline(para, reference_date)
        if found:
            out.dateline = found.dateline
            out.warnings.extend(found.warnings)
            if found.rest:
                paragraphs[k] = found.rest
            else:
                del paragraphs[k]
            break
    # An agency's sign-off alone at the end ("Reuter") closes the copy; it is not a paragraph.
    if paragraphs and is_agency(paragraphs[-1]):
        paragraphs.pop()
    out.body = paragraphs
    return out
