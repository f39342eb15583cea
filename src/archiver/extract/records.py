"""A content system's story record saved in its own markup: a JSON document (a CMS's API or
export: Brightspot's, Arc's, WordPress's REST API, a scraper's dump) or a tagged text export
(Atex's, Naviga's, DTI's and other print systems' "<hed>...</hed>", "<byline>...</byline>",
"<body>", "@@SLUG: ..." codes).

Neither is read as prose: its keys and tags are the record's own index of what the headline,
the byline, the picture's caption and credit and the story are. The record is written out as
the labelled fields a CMS's text export prints ("headline: ...", "byline: ...", "caption:
...", "credit: ...", then "body:" over the story), which the database reader
(databases._cms_record) already knows on its structure, so the same evidence decides for
every shape. A text that does not parse as such a record is returned as it is.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

# --- JSON -----------------------------------------------------------------------------------
# The keys a story's JSON uses for each field, as the major systems name them (schema.org's
# NewsArticle: headline, alternativeHeadline, author, datePublished, articleBody; Arc's ANS:
# headlines.basic, credits.by, promo_items; WordPress's REST API: title.rendered,
# content.rendered; Brightspot's: headline, subHeadline, authors, lead). WordPress's own table
# (wp_posts, as a database dump or an export plugin writes a row) names its columns with a
# "post_" prefix: post_title, post_content, post_excerpt, post_date, post_author.
_TITLE_KEYS = ("headline", "hed", "title", "headlines", "post_title")
_DECK_KEYS = (
    "subHeadline",
    "subheadline",
    "subheadlines",
    "alternativeHeadline",
    "dek",
    "deck",
    "summary",
    "post_excerpt",
)
_WRITER_KEYS = (
    "authors",
    "author",
    "byline",
    "by",
    "creator",
    "credits",
    # WordPress's REST API gives "author" as the user's number; the byline's name is in the
    # field a theme or plugin adds to the response (Co-Authors Plus, Newspack, Yoast)
    "author_name",
    "author_display",
    "author_display_name",
    # (wp_posts' "post_author" is the user's number too, read only where a name is written)
    "post_author",
)
# (JSON Feed's items: "content_html" / "content_text", "date_published", "summary")
_BODY_KEYS = (
    "body",
    "articleBody",
    "content",
    "text",
    "story",
    "content_elements",
    "content_html",
    "content_text",
    "post_content",
)
_ID_KEYS = ("_id", "id", "uuid", "guid", "slug", "contentId", "story_id", "article_id", "post_id")
_DATE_KEYS = (
    "datePublished",
    "publishedDate",
    "pubdate",
    "publish_date",
    "display_date",
    "date",
    "date_published",
    "published_at",
    "pub_date",
    "post_date",
)
_SECTION_KEYS = ("section", "articleSection", "category")
_CAPTION_KEYS = ("caption", "cutline", "description")
_CREDIT_KEYS = ("credit", "credits", "copyrightHolder", "photographer", "byline")
# A picture's caption at the story's top level, where a WordPress theme or plugin flattens the
# featured image's into the post's response (the image itself only its media number).
# (A newsroom's archive export flattens it as "photo_caption" and "photo_credit".)
_TOP_CAPTION_KEYS = (
    "featured_media_caption",
    "featured_image_caption",
    "image_caption",
    "photo_caption",
)
_TOP_CREDIT_KEYS = (
    "featured_media_credit",
    "featured_image_credit",
    "image_credit",
    "photo_credit",
)
# Where a story's picture sits in its record.
_IMAGE_KEYS = (
    "lead",
    "leadImage",
    "lead_image",
    "image",
    "promo_items",
    "featured_image",
    "photo",
    "mainImage",
    "media",
)
# A small CMS's export: the story's pictures in a list, the lead one first ("images": [
# {"caption": ..., "credit": ...}]); read only when that item carries a caption or a credit
# (a list of addresses, or of items with none, leaves the record's top-level credit to tell).
_IMAGE_LIST_KEYS = ("images", "photos")
# A JSON text is read only up to this size (a story's record; a feed of many is not one).
_JSON_MAX = 400_000


def _text(value: Any) -> str | None:
    """A field's text: a string, WordPress's {"rendered": ...}, Arc's {"basic": ...}, a
    person's {"name": ...}; markup's tags are taken off."""
    if isinstance(value, str):
        # (WordPress's "rendered" fields are HTML: its entities, "&ldquo;", read as the
        # characters they stand for)
        text = html.unescape(re.sub(r"<[^>]{1,200}>", " ", value))
        text = " ".join(text.split())
        return text or None
    if isinstance(value, dict):
        for key in ("rendered", "basic", "name", "text", "content", "by"):
            if key in value:
                return _text(value[key])
    return None


def _names(value: Any) -> list[str]:
    """The writers a record names: a string, a list of strings or of people."""
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_names(item))
        return out
    if isinstance(value, dict) and "by" in value:
        return _names(value["by"])
    name = _text(value)
    return [name] if name else []


def _first(record: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((record[k] for k in keys if k in record and record[k]), None)


def _writers(record: dict[str, Any]) -> list[str]:
    """The writers of the first writer's key that names someone (WordPress's "author": 12, a
    user's number, names no one: its plugin's "author_name" does)."""
    for key in _WRITER_KEYS:
        if record.get(key) and (names := _names(record[key])):
            return names
    return []


def _paragraphs(value: Any) -> list[str]:
    """The story's paragraphs: a string (its line breaks or its <p> tags part them) or a list
    of Arc's content elements ({"type": "text", "content": ...})."""
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, dict) and item.get("type", "text") not in ("text", "paragraph"):
                continue
            out.extend(_paragraphs(item.get("content") if isinstance(item, dict) else item))
        return out
    if isinstance(value, dict):
        return _paragraphs(_first(value, ("rendered", "content", "text")))
    if not isinstance(value, str):
        return []
    parts = re.split(r"\n\s*\n|\n|</p>\s*|<br\s*/?>", _INLINE_PICTURE.sub("\n", value))
    return [t for p in parts if (t := _text(p))]


# A picture set inside the body's text between bracketed tags, as forum-style markup stores it
# ("... second day. [IMG] Passengers wait at the port. EPA [/IMG] The union said ..."): the
# picture's caption (with its credit) is a paragraph of its own, the tags no printed words.
_INLINE_PICTURE = re.compile(r"\s*\[/?(?i:img|image|photo)\]\s*")


def _body_image(record: dict[str, Any]) -> Any:
    """The first picture among the story's elements (Arc's content_elements: {"type": "image",
    "caption": ..., "credits": ...} between its paragraphs), for a record with no lead image."""
    body = _first(record, _BODY_KEYS)
    if not isinstance(body, list):
        return None
    return next(
        (e for e in body if isinstance(e, dict) and e.get("type") in ("image", "photo")), None
    )


def _listed_image(record: dict[str, Any]) -> dict[str, Any] | None:
    """The first item of the record's list of pictures (_IMAGE_LIST_KEYS), when it is an object
    with a caption or a credit of its own."""
    listed = _first(record, _IMAGE_LIST_KEYS)
    if not isinstance(listed, list) or not listed or not isinstance(listed[0], dict):
        return None
    item = listed[0]
    return item if _first(item, _CAPTION_KEYS + _CREDIT_KEYS) is not None else None


def _picture(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """The story's picture's caption and credit, from its lead image's object (else the first
    picture among its elements, else a caption its top level carries)."""
    image = _first(record, _IMAGE_KEYS) or _listed_image(record) or _body_image(record)
    if not isinstance(image, (dict, list)) and (
        (caption := _text(_first(record, _TOP_CAPTION_KEYS)))
        # a credit with no caption beside it ("photo_credit": "AP Photo/Jane Roe"): the
        # export kept the picture's credit and dropped its caption
        or _text(_first(record, _TOP_CREDIT_KEYS))
    ):
        # (JSON Feed's "image" is the picture's address alone)
        return caption or None, _text(_first(record, _TOP_CREDIT_KEYS))
    if isinstance(image, dict) and "basic" in image and isinstance(image["basic"], dict):
        image = image["basic"]  # Arc's promo_items.basic
    if isinstance(image, list) and image and isinstance(image[0], dict):
        image = image[0]
    if not isinstance(image, dict):
        return None, None
    caption = _text(_first(image, _CAPTION_KEYS))
    credit_value = _first(image, _CREDIT_KEYS)
    credits = _names(credit_value) if credit_value is not None else []
    return caption, "; ".join(credits) or None


# A line break with no other next to it, after a line of a hard wrap's width that ends no
# sentence: the wrap's, where a space stood ("... "content": "GARY,\nInd., Nov. 21 ...").
# A short line, or one that ends its sentence, keeps its break: a record's value may part its
# paragraphs by raw line breaks ("... the summary.\nLOWELL, Mass. — ...").
_LONE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_WRAP_WIDTH = 60
# The longest line a hard wrap leaves: a record with a longer line was not hard-wrapped.
_WRAP_MAX = 100
_WRAP_SENTENCE_END = (".", "!", "?", "”", '"', "’", "'", ")")


def _join_hard_wraps(text: str) -> str:
    """TEXT with each lone line break (_LONE_BREAK) after a line of the wrap's width
    (_WRAP_WIDTH) that ends no sentence read as the space it was, when no line of TEXT is
    longer than a wrap leaves them (_WRAP_MAX)."""
    if any(len(line) > _WRAP_MAX for line in text.split("\n")):
        return text

    def join(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].rstrip()
        if len(line) >= _WRAP_WIDTH and not line.endswith(_WRAP_SENTENCE_END):
            return " "
        return "\n"

    return _LONE_BREAK.sub(join, text)


def _json_record(text: str) -> list[str] | None:
    stripped = text.strip()
    if not stripped.startswith("{") or len(stripped) > _JSON_MAX:
        return None
    try:
        # (strict=False: a copy hard-wrapped by the tool that saved it breaks a long string's
        # value over lines, a raw line break inside the string, read as the space it was)
        # and a lone break after a line of the wrap's width is that space (_join_hard_wraps)
        record = json.loads(_join_hard_wraps(stripped), strict=False)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    for key in ("article", "story", "data", "item"):
        # the story's object under an envelope's key ({"data": {"headline": ...}})
        if isinstance(record.get(key), dict) and not any(k in record for k in _TITLE_KEYS):
            record = record[key]
    items = record.get("items")
    if isinstance(items, list) and len(items) == 1 and isinstance(items[0], dict):
        # a feed of one story (JSON Feed: {"version": ..., "title": the feed's name,
        # "items": [the story]}): the item is the record; a feed of several is no one story
        record = items[0]
        for key, value in list(record.items()):
            if key.startswith("_") and isinstance(value, dict):
                # a JSON Feed extension's object ("_publisher": {"image_credit": ...}): the
                # publisher's own fields for the item, read as the item's
                record = {**value, **record}
    return _written_record(record)


def _written_record(record: dict[str, Any]) -> list[str] | None:
    """The record's fields as a CMS's labelled text, or None when it has no title or no text."""
    title = _text(_first(record, _TITLE_KEYS))
    body = _paragraphs(_first(record, _BODY_KEYS))
    if not title or not body:
        return None  # a story's record has its title and its text
    out: list[str] = []

    def field(label: str, keys: tuple[str, ...]) -> None:
        raw = _first(record, keys)
        # (WordPress's REST API numbers its posts: "id": 48213 is the record's id all the same)
        value = str(raw) if isinstance(raw, int) and not isinstance(raw, bool) else _text(raw)
        if value:
            out.append(f"{label}: {value}")

    field("id", _ID_KEYS)
    out.append(f"headline: {title}")
    field("dek", _DECK_KEYS)
    names = _writers(record)
    if names:
        out.append(f"byline: {' and '.join(names) if len(names) < 3 else ', '.join(names)}")
    field("section", _SECTION_KEYS)
    field("pubdate", _DATE_KEYS)
    caption, credit = _picture(record)
    if caption:
        out.append(f"Caption: {caption}")
        if credit:
            out.append(f"Credit: {credit}")
    elif credit:
        # the credit alone, under the CMS's own label ("Credit:" alone credits a record's
        # story to its writer in a database's export)
        out.append(f"photo_credit: {credit}")
    out.append("body:")
    for para in body:
        out.extend((para, ""))
    return out


# --- CSV -----------------------------------------------------------------------------------
# A CMS's or a database's export as comma-separated values: a header row naming the columns
# ("id,section,published_at,headline,byline,body,photo_caption,photo_credit"), then the story's
# one row, its long values in quotes (the body's paragraphs broken inside them).
_CSV_HEADER = re.compile(r"^[A-Za-z_][\w .-]{0,40}(?:,[A-Za-z_][\w .-]{0,40}){2,40}$")
# The same export with tabs between its values (a database's TSV dump, or a spreadsheet's
# rows copied, which the clipboard carries tab-separated).
_TSV_HEADER = re.compile(r"^[A-Za-z_][\w .-]{0,40}(?:\t[A-Za-z_][\w .-]{0,40}){2,40}$")
# The columns an export names a picture's caption and credit with, flattened into the row.
_CSV_PICTURE = {
    "photo_caption": "image_caption",
    "photo_credit": "image_credit",
    "caption": "image_caption",
    "credit": "image_credit",
    "cutline": "image_caption",
}
# A CSV text is read only up to this size (one story's row, not a table of many).
_CSV_MAX = 200_000


def _csv_record(text: str) -> list[str] | None:
    """The story's row of a CSV export, written out as a JSON record's fields are; None when
    the text is no header row over one row of as many values."""
    stripped = text.strip()
    header = stripped.split("\n", 1)[0].strip()
    if len(stripped) > _CSV_MAX:
        return None
    if _CSV_HEADER.match(header) is not None:
        delimiter = ","
    elif _TSV_HEADER.match(header) is not None:
        delimiter = "\t"
    else:
        return None
    import csv
    import io

    try:
        rows = [
            row
            for row in csv.reader(io.StringIO(stripped), delimiter=delimiter)
            if any(c.strip() for c in row)
        ]
    except csv.Error:
        return None
    if len(rows) != 2 or len(rows[0]) != len(rows[1]):
        return None  # one story's record: a table of many rows is no article
    keys = [k.strip().lower().replace(" ", "_") for k in rows[0]]
    if not set(keys) & set(_TITLE_KEYS) or not set(keys) & {k.lower() for k in _BODY_KEYS}:
        return None
    record: dict[str, Any] = {}
    captioned = any(_CSV_PICTURE.get(k) == "image_caption" for k in keys)
    for key, value in zip(keys, rows[1], strict=True):
        if key == "credit" and not captioned:
            # a bare "credit" column with no caption's beside it credits the story ("Courtesy
            # of the Kennebec Journal"), not a picture: only "photo_credit" is the picture's
            continue
        key = _CSV_PICTURE.get(key, key)
        if key in _BODY_KEYS and re.search(r"\n\s*\n", value):
            # the paragraphs parted by blank lines: a line break alone inside one is the
            # copy's hard wrap, read as the space it was
            value = "\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", value))
        record.setdefault(key, value)
    return _written_record(record)


# --- tagged text ----------------------------------------------------------------------------
# A print system's tagged export: each field in its tag on a line ("<hed>...</hed>"), the story
# between "<body>" and "</body>", a picture as '<photo file="..." credit="...">caption</photo>',
# and the system's own codes over it ("@@STORY: slug", "@@PUB: HDA  @@EDITION: Final").
_TAGGED_FIELD = re.compile(r"^<(?P<tag>[A-Za-z][\w-]{0,20})>(?P<value>.*)</(?P=tag)>$")
_TAGGED_OPEN = re.compile(r"^<(?P<tag>body|text|story|content)>$", re.IGNORECASE)
_TAGGED_CLOSE = re.compile(r"^</(?:body|text|story|content)>$", re.IGNORECASE)
_TAGGED_PHOTO = re.compile(
    r"^<(?:photo|image|img|art|graphic)\b(?P<attrs>[^>]*)>(?P<caption>.*)</(?:photo|image|img|art|graphic)>$",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"(?P<name>[A-Za-z][\w-]*)\s*=\s*\"(?P<value>[^\"]*)\"")
_CODE_FIELD = re.compile(r"@@(?P<name>[A-Z][A-Z0-9 _-]{0,20}?)\s*:\s*(?P<value>[^@]*)")
# The tags of the fields a tagged export names, as the CMS record's keys.
_TAG_KEYS = {
    "hed": "headline",
    "headline": "headline",
    "head": "headline",
    "title": "headline",
    "deck": "dek",
    "dek": "dek",
    "subhed": "dek",
    "subhead": "dek",
    "byline": "byline",
    "by": "byline",
    "author": "byline",
    "byline2": "byline title",
    "bytitle": "byline title",
    "byttl": "byline title",
    "tagline": "byline title",
    "dateline": "dateline",
    "kicker": "kicker",
    "slug": "slug",
    "summary": "summary",
}
_CODE_KEYS = {
    "story": "slug",
    "slug": "slug",
    "status": "status",
    "pubdate": "pubdate",
    "date": "pubdate",
    "words": "word count",
    "section": "section",
    "page": "page",
    "edition": "edition",
    "pub": "publication",
    "id": "story id",
}
# A tagged export is known on its tags: the headline's, the body's, and one more of them.
_TAGGED_MIN = 3


# A tag opening a line and not closed on it: its value goes on in the lines under it.
_TAG_OPENS = re.compile(r"^<(?P<tag>[A-Za-z][\w-]{0,20})(?=[\s>])(?!.*</(?P=tag)>)")
# A field's value runs over this many lines at most.
_TAG_LINES = 6


def _joined_tags(lines: list[str]) -> list[str]:
    """The lines with a field's value broken over lines (a copy hard-wrapped by the tool
    that saved it: "<hed>State pays for harbor dredging at Kawaihae after years of" /
    "delays</hed>") joined back into the one line its tags close."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        m = _TAG_OPENS.match(line)
        if m is not None and not _TAGGED_OPEN.match(line):
            close = f"</{m.group('tag')}>"
            end = next(
                (j for j in range(i + 1, min(i + _TAG_LINES, len(lines))) if close in lines[j]),
                None,
            )
            if end is not None and all(lines[j].strip() for j in range(i + 1, end + 1)):
                out.append(" ".join(lines[j].strip() for j in range(i, end + 1)))
                i = end + 1
                continue
        out.append(lines[i])
        i += 1
    return out


def _tagged_record(lines: list[str]) -> list[str] | None:
    lines = _joined_tags(lines)
    fields: list[tuple[str, str]] = []
    codes: list[tuple[str, str]] = []
    photos: list[tuple[str, str | None]] = []
    body: list[str] = []
    state = "head"
    tags = 0
    for raw in lines:
        line = raw.strip()
        if state == "body":
            if _TAGGED_CLOSE.match(line):
                state = "tail"
            else:
                body.append(raw)
            continue
        if not line:
            continue
        if _TAGGED_OPEN.match(line):
            state = "body"
            tags += 1
            continue
        if (m := _TAGGED_PHOTO.match(line)) is not None:
            attrs = {
                a.group("name").lower(): a.group("value")
                for a in _ATTRIBUTE.finditer(m.group("attrs"))
            }
            photos.append((m.group("caption").strip(), attrs.get("credit") or attrs.get("byline")))
            continue
        if (m := _TAGGED_FIELD.match(line)) is not None:
            key = _TAG_KEYS.get(m.group("tag").lower())
            if key is None:
                return None  # a tag no story record uses: some other markup
            fields.append((key, m.group("value").strip()))
            tags += 1
            continue
        if state == "head" and line.startswith("@@"):
            found = [
                (c.group("name").strip().lower(), c.group("value").strip())
                for c in _CODE_FIELD.finditer(line)
            ]
            if not found:
                return None
            codes.extend((_CODE_KEYS.get(n, n), v) for n, v in found)
            continue
        return None  # a line outside the tags: not a tagged export
    if tags < _TAGGED_MIN or not any(k == "headline" for k, _v in fields) or not body:
        return None
    out = [f"{k}: {v}" for k, v in codes if k in _CODE_KEYS.values()]
    out += [f"{k}: {v}" for k, v in fields]
    for caption, credit in photos:
        out.append(f"Caption: {caption}")
        if credit:
            out.append(f"Credit: {credit}")
    out.append("body:")
    out.extend(body)
    return out


# --- Drupal's node as text --------------------------------------------------------------------
# A Drupal site's node printed by its admin or export view: "Node ID: 48213", the node's own
# properties ("Title:", "Author (user): webeditor2", "Authored on: ...", "URL alias: ..."),
# each field of the content type after "Field: " ("Field: Byline: ...", "Field: Image credit:
# ..."), then "Body (full_html):" over the body's HTML. The node's author property is the
# site account that saved it, not the story's writer (a "Byline" field names that one).
_NODE_ID = re.compile(r"^Node ID:\s*\d{1,10}$")
_NODE_FIELD = re.compile(r"^Field:\s+(?=[A-Z][\w ()-]{0,40}:)")
_NODE_BODY = re.compile(
    r"^Body\s*\((?:full_html|filtered_html|basic_html|plain_text|[a-z_]{2,20})\):\s*$"
)
_NODE_PROPERTIES = {
    "Node ID": "id",
    "Content type": "post type",
    "Author (user)": "post_author",
    "Authored on": "created",
    "URL alias": "url",
    "Published": "status",
}
_NODE_AFTER = re.compile(r"^(?:Tags|Categories|Field:\s+[A-Z][\w ()-]{0,40}):\s")
_NODE_LABEL = re.compile(r"^[A-Z][\w ()-]{0,40}$")
_PARAGRAPH_TAG = re.compile(r"</?p\b[^>]*>", re.IGNORECASE)


def _drupal_node(lines: list[str]) -> list[str] | None:
    rows = [k for k, line in enumerate(lines) if line.strip()]
    if not rows or not _NODE_ID.match(lines[rows[0]].strip()):
        return None
    body = next((k for k in rows if _NODE_BODY.match(lines[k].strip())), None)
    if body is None:
        return None
    out: list[str] = []
    for k in rows:
        line = lines[k].strip()
        if k < body:
            line = _NODE_FIELD.sub("", line)
            label, sep, value = line.partition(":")
            if out and (not sep or not _NODE_LABEL.match(label)):
                # a field's value a hard-wrapped copy broke over lines: one line again
                out[-1] = f"{out[-1]} {line}"
                continue
            if sep and label in _NODE_PROPERTIES:
                line = f"{_NODE_PROPERTIES[label]}:{value}"
            elif sep and label not in ("Title",) and not _known_field(label):
                continue  # a property of the node no story record names ("Promoted to ...")
            out.append(line)
        elif k == body:
            out.append("body:")
        elif _NODE_AFTER.match(line):
            # "Tags: archives, history": the node's taxonomy under its body, no story
            # (the node's own fields, read past)
            break
        else:
            out.extend((_PARAGRAPH_TAG.sub(" ", line).strip(), ""))
    return out


def _known_field(label: str) -> bool:
    from archiver.extract.databases import cms_field_known

    return cms_field_known(label)


# How many short lines an export may print over its record, and how long each may be.
_EXPORT_LABEL_LINES = 2
_EXPORT_LABEL_CHARS = 80


def _json_record_under_label(text: str) -> list[str] | None:
    """A JSON record under a line or two naming the export ("Post-Tribune Archive Export" /
    {"id": ..., "title": ...}): an archive's or a CMS's dump saved with its file's or its
    feed's name on top. The label is no field of the story and is left out; a story whose
    text merely quotes a brace has a paragraph, not a record, under its first lines."""
    lines = text.strip().split("\n")
    for n in range(1, _EXPORT_LABEL_LINES + 1):
        head = [line for line in lines[:n] if line.strip()]
        if len(lines) <= n or any("{" in line or len(line) > _EXPORT_LABEL_CHARS for line in head):
            return None
        if lines[n].lstrip().startswith("{"):
            return _json_record("\n".join(lines[n:]))
    return None


# A picture's figure element left as markup on a line of its own in a scraped page's text
# ('<figure><img src="..."><figcaption>The bridge on Monday. <em>Credit: Jane Roe</em>
# </figcaption></figure>'): the line is the caption the page prints, its tags dropped (a
# figure with no caption prints nothing).
_FIGURE_LINE = re.compile(r"^[ \t]*<figure\b[^>\n]*>[^\n]*</figure>[ \t]*$", re.I | re.M)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(?P<caption>.*?)</figcaption>", re.I | re.S)
# A hard-wrapped capture breaks the element over a few lines ('<figure><figcaption>The bridge
# on Monday. <span' / 'class="credit">Credit: Jane Roe</span></figcaption></figure>'): read
# whole the same when its opening line breaks off inside a tag or inside the caption, each
# line after it holds markup, and the closing tag ends one of the next few lines (an opening
# line whose tags are whole, '<figure class="lead"><img src="...">' over the headline, is
# left as it is: what follows it may be the story's own lines).
_FIGURE_OPEN = re.compile(r"^[ \t]*<figure\b[^>\n]*>", re.I)
_FIGURE_CLOSE_END = re.compile(r"</figure>[ \t]*$", re.I)
_FIGURE_WRAPPED_LINES = 5


def _figure_caption(m: re.Match[str]) -> str:
    return _caption_text(m.group(0))


def _caption_text(element: str) -> str:
    """A figure element's caption's words, its tags dropped ("" for a figure with none)."""
    caption = _FIGCAPTION.search(element)
    if caption is None:
        return ""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", caption.group("caption"))).split())


def _figure_breaks_off(line: str) -> bool:
    """Whether a figure's opening line ends inside a tag ('... <span') or inside its caption
    (a '<figcaption>' opened and not closed on it)."""
    low = line.lower()
    if low.rfind("<") > low.rfind(">"):
        return True
    return low.count("<figcaption") > low.count("</figcaption")


def _wrapped_figure_end(lines: list[str], i: int) -> int | None:
    """The index of the line that closes the figure opened, wrapped, on lines[i], or None."""
    for j in range(i + 1, min(len(lines), i + _FIGURE_WRAPPED_LINES)):
        low = lines[j].lower()
        if ("<" not in low and ">" not in low) or "<figure" in low.replace("<figcaption", ""):
            return None  # a line of text alone, or another figure: no wrapped element
        if "</figure>" in low:
            return j if _FIGURE_CLOSE_END.search(lines[j]) is not None else None
    return None


def read_figure_lines(text: str) -> str:
    """The text with each figure element left whole on its line (or wrapped over a few lines
    with markup on each) read as its caption's words."""
    if "<figure" not in text.lower():
        return text
    text = _FIGURE_LINE.sub(_figure_caption, text)
    if "<figure" not in text.lower():
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FIGURE_OPEN.match(line) is not None and _figure_breaks_off(line):
            j = _wrapped_figure_end(lines, i)
            if j is not None:
                out.append(_caption_text("\n".join(lines[i : j + 1])))
                i = j + 1
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


def read_record_markup(text: str) -> str:
    """The record's fields written as a CMS's labelled text (see above), or the text as it
    is when it is no such record."""
    found = _json_record(text)
    if found is None:
        found = _json_record_under_label(text)
    if found is None and ("," in text[:200] or "\t" in text[:200]):
        found = _csv_record(text)
    if found is None and "<" in text:
        found = _tagged_record(text.split("\n"))
    if found is None and text.lstrip().startswith("Node ID"):
        found = _drupal_node(text.split("\n"))
    return text if found is None else "\n".join(found)
