"""A page saved as Markdown (a reader service's "Markdown Content:" dump, a note-taking app's
clipping): its markup read past, so a heading's "# ", a link's "[text](url)" and an escaped
"\\|" are read as the words the page printed."""

from __future__ import annotations

import re

# the reader service's own header field that opens its Markdown body
_MARKDOWN_FIELD = re.compile(r"^\s*Markdown Content:\s*$", re.MULTILINE)
# a link written in Markdown: [text](target), an image ![alt](src) is left alone (its line is
# no printed words, and the chrome reader already knows it)
_LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# a note's title and its sections' headings
_TITLE_HEADING = re.compile(r"^#[ \t]+\S")
_SECTION_HEADING = re.compile(r"^#{2,6}[ \t]+\S")
# a read-later app's metadata list under its title: "- Author: [[Jane Roe]]"
_AUTHOR_ITEM = re.compile(r"^\s*[-*]\s+(?:author|authors|by)::?\s+(.+)$", re.IGNORECASE)
# a backslash escaping Markdown's punctuation ("File \| Nation Media Group")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# an image written in Markdown opening its line: ![alt](src)
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]\n]*\]\(\S+\)")
# strong and emphasised words: **Published:**, *Phil Walter/Getty Images* (a list's "* " bullet
# has a space after its star, so it is no emphasis)
_STRONG = re.compile(r"\*\*(?=\S)([^*\n]*?\S)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
# a web clipper's front matter (Obsidian, Joplin, MarkDownload): YAML fields between two
# "---" lines at the very top of the note
_FENCE = re.compile(r"^\s*---\s*$")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")
_LIST_ITEM = re.compile(r"^\s+-\s+(.*)$")


def is_markdown_page(text: str) -> bool:
    """The page is Markdown: the reader service's field names it, or links written as Markdown
    open several lines (a menu of them, as a page's Markdown dump begins)."""
    if _MARKDOWN_FIELD.search(text):
        return True
    head = text.split("\n", 200)[:200]
    if _front_matter_end(head) is not None:
        return True
    # a read-later app's export (Readwise, Pocket, Instapaper): the title as the note's one
    # top heading ("# <title>"), its sections ("## Metadata", "## Highlights") under it
    text_lines = [line for line in head if line.strip()]
    if (
        text_lines
        and _TITLE_HEADING.match(text_lines[0])
        and any(_SECTION_HEADING.match(line) for line in text_lines[1:])
    ):
        return True
    # a clipper's note opening with the page's title as its one top heading ("# <title>"):
    # plain copy never opens on a hash and a space (a hashtag has no space)
    if text_lines and _TITLE_HEADING.match(text_lines[0]):
        return True
    # the title heading under the clipper's own note ("> **Note:** Clipped with MarkDownload
    # from <url>", "[Notion export]"), with the page's Markdown (a link, an image, strong
    # words) under it
    if _clip_title(text_lines) is not None and any(
        _LINK.search(line) or _IMAGE_LINE.match(line) or _STRONG.search(line) for line in text_lines
    ):
        return True
    # a clipper's note: its links and its images (![alt](src)) written as Markdown
    link_lines = sum(
        1 for line in head if _LINK.match(line.lstrip("*- \t")) or _IMAGE_LINE.match(line)
    )
    return link_lines >= 3


# A clipper's own line over the title it clipped: its note quoted ("> Clipped from ...") or
# its label in brackets ("[Notion export]", "[Saved to Pocket]"), the note's address wrapped
# onto a line of its own.
_CLIP_NOTE = re.compile(r"^\s*(?:>\s?.*|\[[^\[\]]{2,60}\]|<?https?://\S+>?)$")
# How many of the clipper's lines may stand over the title.
_CLIP_NOTE_LINES = 3


def _clip_title(text_lines: list[str]) -> int | None:
    """The index (among the text lines) of a clip's title heading ("# <title>") under no more
    than the clipper's own note or label; None if the note does not open so."""
    for k, line in enumerate(text_lines[: _CLIP_NOTE_LINES + 1]):
        if _TITLE_HEADING.match(line):
            return k if k else None
        if not _CLIP_NOTE.match(line):
            return None
    return None


def _clip_note(lines: list[str]) -> list[str]:
    """The clipper's note or label over the title heading is the app's, read as blank."""
    rows = [i for i, x in enumerate(lines) if x.strip()]
    k = _clip_title([lines[i] for i in rows])
    if not k:
        return lines
    out = list(lines)
    for i in rows[:k]:
        out[i] = ""
    return out


def _front_matter_end(lines: list[str]) -> int | None:
    """The index of the closing "---" of a clipper's front matter opening the note: a fence,
    then only "key: value" fields and their list items, then a fence; None if there is none."""
    if not lines or not _FENCE.match(lines[0]):
        return None
    fields = 0
    for i, line in enumerate(lines[1:60], start=1):
        if _FENCE.match(line):
            return i if fields else None
        if _FIELD.match(line):
            fields += 1
        elif not (_LIST_ITEM.match(line) or not line.strip()):
            return None
    return None


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    # a note-taking app's wiki link: [[Deutsche Welle]]
    return re.sub(r"\[\[([^\[\]|]*)(?:\|[^\[\]]*)?\]\]", r"\1", value).strip()


def _norm(line: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", line.casefold()).split())


# A front matter's key for its picture's credit ("image_credit", "photo_credit",
# "featured_image_credit", "cover_credit", Hugo's and Jekyll's themes' names).
_CREDIT_KEY = re.compile(
    r"^(?:(?:featured|cover|hero|lead)[_ ])?(?:image|photo|picture|cover)[_ ]credit$"
)


def _read_front_matter(lines: list[str]) -> list[str]:
    """The front matter's fields read as the page would print them: its title as a line (unless
    the note repeats it right below, where the printed one is the headline: a clipper's title
    often carries the site's name), its author as a byline; every other field (the source's
    address, tags, dates the note was made) is the app's, read as blank."""
    from archiver.extract.databases import is_cms_record

    end = _front_matter_end(lines)
    if end is None:
        return lines
    titled = any(
        (f := _FIELD.match(x.strip())) and f.group(1).casefold() == "title" for x in lines[1:end]
    )
    if not titled and is_cms_record([x.strip() for x in lines[: end + 2]]):
        # a content system's story record in YAML's dress ("post_title:", "byline:",
        # "featured_image_credit:", WordPress's export; a clipper's note names its "title:"):
        # its reader knows every field
        return lines
    out = [""] * (end + 1)
    below = [_norm(_HEADING.sub("", x)) for x in lines[end + 1 :] if x.strip()][:3]
    key = ""
    authors: list[str] = []
    author_at = None
    repeated: tuple[int, str] | None = None  # the title's field, when the note repeats it
    credits: list[tuple[int, str]] = []  # the picture's credit fields, set in last
    for i in range(1, end):
        field = _FIELD.match(lines[i])
        if field:
            key, value = field.group(1).casefold(), _unquote(field.group(2))
            if key == "title" and value:
                title = _norm(value)
                if not any(b and title.startswith(b) for b in below):
                    out[i] = value
                else:
                    repeated = (i, value)
            elif key in ("author", "authors", "byline"):
                author_at = i
                if value:
                    authors.append(value)
            elif _CREDIT_KEY.match(key) and value:
                # "image_credit: Jane Roe", "photo_credit": the lead picture's credit, as the
                # page prints it under the picture (set in after the byline: no line of the
                # page's top, over which the byline would stand)
                credits.append((i, f"Photo: {value}"))
        elif key in ("author", "authors", "byline") and (item := _LIST_ITEM.match(lines[i])):
            authors.append(_unquote(item.group(1)))
    out += lines[end + 1 :]
    names = _writers(authors)
    if author_at is not None and names:
        # the byline where a page prints it: under the headline (the title kept, or the first
        # line below the front matter), on the blank line that follows it
        top = next((i for i, x in enumerate(out) if x.strip()), None)
        at = top + 1 if top is not None and top + 1 < len(out) else author_at
        if out[at].strip():
            at = author_at
            if repeated is not None and top is not None and repeated[0] < author_at:
                # the note's title repeated right over its text with no blank line under it
                # (copy with one line a paragraph): the field's title kept over the byline,
                # the repeat read as blank, so the byline stands under the headline
                out[repeated[0]] = repeated[1]
                out[top] = ""
        out[at] = "By " + _and_list(names)
    for i, credit in credits:
        out[i if not out[i].strip() else end] = credit
    return out


def _read_metadata_list(lines: list[str]) -> list[str]:
    """A read-later app's export: its title heading, then a metadata list naming the author
    ("- Author: [[Jane Roe]]"). The author is read as a byline where a page prints one, on
    the blank line under the title (or the cover image's line there); the list's own line is
    the app's."""
    rows = [i for i, x in enumerate(lines) if x.strip()]
    if not rows or not _TITLE_HEADING.match(lines[rows[0]]):
        return lines
    top = rows[0]
    found = next(
        ((i, m) for i in rows[1:_METADATA_ROWS] if (m := _AUTHOR_ITEM.match(lines[i]))), None
    )
    if found is None or top + 1 >= len(lines):
        return lines
    if lines[top + 1].strip() and not _IMAGE_LINE.match(lines[top + 1]):
        return lines  # (a cover's image under the title is no printed words: the byline's place)
    at, m = found
    names = _writers([_unquote(m.group(1))])
    if not names:
        return lines
    out = list(lines)
    out[top + 1] = "By " + _and_list(names)
    out[at] = ""
    return out


# How far under the title the metadata list is looked for.
_METADATA_ROWS = 12


def _writers(authors: list[str]) -> list[str]:
    """The writers a front matter's author field names: entries apart by ";" (a comma may
    follow a name with its title and affiliation: "Jane Roe, Senior Lecturer, Massey
    University"); the site itself as the author ("[[Deutsche Welle]]") is no writer."""
    from archiver.extract.roles import _is_outlet

    names = []
    for field in authors:
        for entry in field.split(";"):
            name = entry.split(",")[0].strip()
            if name and not _is_outlet(name):
                names.append(name)
    return names


def _and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# A read-later app's link back to the note it made, after each highlight: "([View
# Highlight](https://read.readwise.io/...))", "([Location 312](...))": the app's, no words of
# the story (nor a photo's credit in parentheses).
_APP_BACKLINK = re.compile(
    r"\s*\(\[(?:View (?:Highlight|Note|Source)|Location \d+|Page \d+)\]\(\S+?\)\)",
    re.IGNORECASE,
)


# An image alone on its line, written in Markdown: its alt text and its source.
_IMAGE_ALONE = re.compile(r"^\s*!\[(?P<alt>[^\]\n]{8,400})\]\(\S+?\)\s*$", re.MULTILINE)


# An image whose alt text a hard-wrapping copy broke over lines: "![A woman fills buckets
# ... REUTERS/Jane" / "Roe](https://...)", read back on one line.
_BROKEN_IMAGE = re.compile(r"^!\[[^\]]{1,400}\]\(", re.MULTILINE)


def _credited_image(m: re.Match[str]) -> str:
    """A clipper writes a photo's caption into its image's alt text, credit and all ("![The
    inn, now owned by 212 residents. Photograph: Jane Roe/The Paper](https://...)"): read as
    the caption the page printed under the photo. An image whose alt text names no credit
    stays as it is (a picture's description, no printed words)."""
    from archiver.extract.credits import find_credit

    alt = m.group("alt").strip()
    return alt if find_credit(alt, in_header=True) is not None else m.group(0)


def read_markdown(text: str) -> str:
    """The page's words with Markdown's headings, links and escapes read past; a page that is
    not Markdown is returned as it is (a '#' or '[...]' in plain copy is the copy's own)."""
    if not is_markdown_page(text):
        return text
    text = "\n".join(_read_metadata_list(_clip_note(_read_front_matter(text.split("\n")))))
    text = _APP_BACKLINK.sub("", text)
    text = _BROKEN_IMAGE.sub(lambda m: " ".join(m.group(0).split("\n")), text)
    text = _IMAGE_ALONE.sub(_credited_image, text)
    text = _HEADING.sub("", text)
    text = _STRONG.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    return _ESCAPE.sub(r"\1", text)
