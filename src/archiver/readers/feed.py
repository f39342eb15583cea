"""Web feeds saved as files: Atom (RFC 4287) and RSS 2.0 (also RSS 1.0/RDF). Each entry that
carries its article's text (Atom's ``content`` or ``summary``, RSS's ``content:encoded`` or
``description``) is one unit.

A feed entry states its article's parts in its own elements: the title, the authors
(``author/name``, ``dc:creator``), the dates and the link; its text is HTML escaped inside
the entry. The unit's content is that entry written out as an HTML page (the title as the
page's ``h1`` and its ``<title>``, the authors and the date as JSON-LD, the entry's HTML as the
page's article), so the HTML extractor reads it as it reads any page, and nothing of the
feed's own title ("The Conversation - Articles (UK)") or of its other entries is taken for
the article's. The bag keeps the feed file as given, byte for byte; a feed of several entries
gives each entry's unit the same original, its label naming the entry ("feed.xml#2").

The feed is parsed with lxml without entity expansion or network access (a feed is untrusted
input like any capture).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

from lxml import etree

from archiver.errors import InputError
from archiver.readers import (
    COMMENT,
    GZIP_MAGIC,
    Input,
    Item,
    Reader,
    Skipped,
    Unit,
    gunzip,
    register,
)

_ATOM = "http://www.w3.org/2005/Atom"
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_DC = "http://purl.org/dc/elements/1.1/"
_RSS1 = "http://purl.org/rss/1.0/"
_MEDIA = "http://search.yahoo.com/mrss/"

# What a feed file starts with, after a BOM, white space, an XML declaration, comments and
# processing instructions (a stylesheet): the Atom ``feed`` or the RSS ``rss``/``rdf:RDF``
# root. An Atom file holding one ``entry`` as its root is a feed entry too, and so is an RSS
# ``item`` copied out of its feed (a view-source capture of one story).
_PROLOGUE = (
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:" + COMMENT + rb"|<\?[^>]*\?>)\s*)*"
)
# An item's elements copied without the item's own tags (the lines of one story selected in a
# feed's source view): its title, then one of the elements only an item holds after it (a
# page's <title> is followed by <meta>, <link rel=...> or <script>, never by a <link> with
# text, a <guid> or a <pubDate>).
_ITEM_CHILDREN = (
    rb"<title>[^<]{1,400}</title>\s*"
    rb"<(?:link>\s*https?://|guid[\s>]|pubDate>|dc:creator>|description>)"
)
_START = re.compile(
    _PROLOGUE + rb"(?:<(?:feed|entry|rss|rdf:RDF|item)[\s>]|" + _ITEM_CHILDREN + rb")", re.DOTALL
)
_BARE_CHILDREN = re.compile(_PROLOGUE + rb"(?=" + _ITEM_CHILDREN + rb")", re.DOTALL)
# An entry or item cut out of its feed loses the feed's namespace declarations: Atom's default
# namespace and the prefixes its elements use (``dc:creator``, ``media:credit``,
# ``content:encoded``), which lxml then reads as plain names. Such a cut is read inside a root
# that declares them again, as the feed it came from did.
_BARE_ENTRY = re.compile(_PROLOGUE + rb"(?=<(?P<tag>entry|item)[\s>])", re.DOTALL)
_PREFIXES = (
    f'xmlns:dc="{_DC}" xmlns:content="{_CONTENT}" xmlns:media="{_MEDIA}" xmlns:atom="{_ATOM}"'
).encode()


def _sniff(head: bytes, name: str) -> bool:
    if _START.match(head) is None:
        return False
    # "<entry>" over "title: ...", "author: ..." lines: a feed entry as a reader app shows it,
    # saved as text with the element's tags round its fields; an entry cut from a feed has
    # its child elements under its own tag, not text
    bare = _BARE_ENTRY.match(head)
    if bare is None:
        return True
    close = head.find(b">", bare.end())
    return close >= 0 and head[close + 1 :].lstrip()[:1] in (b"<", b"")


def _redeclared(data: bytes) -> bytes:
    """A bare entry or item inside the root its feed had, its namespaces declared; a whole
    feed, or an entry that declares its own namespace, as given."""
    if (children := _BARE_CHILDREN.match(data)) is not None:
        inner = data[children.end() :]
        return b"<rss " + _PREFIXES + b"><channel><item>" + inner + b"</item></channel></rss>"
    m = _BARE_ENTRY.match(data)
    if m is None:
        return data
    start = data[m.end() : data.find(b">", m.end()) + 1]
    if b"xmlns" in start:
        return data
    inner = data[m.end() :]
    if m.group("tag") == b"entry":
        return b'<feed xmlns="' + _ATOM.encode() + b'" ' + _PREFIXES + b">" + inner + b"</feed>"
    return b"<rss " + _PREFIXES + b"><channel>" + inner + b"</channel></rss>"


def _text(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _first(entry: etree._Element, *paths: str) -> etree._Element | None:
    for path in paths:
        found = entry.find(path)
        if found is not None:
            return found
    return None


def _entry_html(el: etree._Element | None) -> str:
    """The entry's text as HTML: Atom's type="html" content (escaped markup) and RSS's
    description are markup already; type="text" is plain text; type="xhtml" holds a div."""
    if el is None:
        return ""
    kind = (el.get("type") or "").lower()
    if kind == "xhtml":
        return "".join(etree.tostring(child, encoding="unicode") for child in el)
    if kind == "text":
        return "".join(f"<p>{html.escape(p)}</p>" for p in _plain_paragraphs(el))
    text = el.text or ""
    if "<" not in text and text.strip():
        # an RSS description of plain text (no markup, escaped or not): its paragraphs
        return "".join(f"<p>{html.escape(p)}</p>" for p in _plain_paragraphs(el))
    if _SHORTCODE.search(text):
        return _wordpress_content(text)
    if not _ANY_BLOCK.search(text) and _BREAKS.search(text):
        # an RSS description of inline markup whose paragraphs only breaks part ("SANTIAGO,
        # Nov 28 (Reuters) - ...<br/><br/>Chile produced ..."), as wire feeds and their
        # clients send it: the text before the first break is the story's first paragraph,
        # outside any block a page's reader keeps, so each part is set in a paragraph
        parts = [p.strip() for p in _BREAKS.split(text)]
        return "".join(f"<p>{p}</p>" for p in parts if p)
    if not _ANY_BLOCK.search(text) and _ONE_BREAK.search(text):
        # inline markup whose paragraphs one break each parts, none two ("LAGOS: ...<br>A
        # trader salvages goods. Photo: Jane Roe<br>..."), as a plain description's lines:
        # each part a paragraph
        parts = [p.strip() for p in _ONE_BREAK.split(text)]
        return "".join(f"<p>{p}</p>" for p in parts if p)
    return text


# A blank line (or one of spaces only) between two lines of plain text: a paragraph's end.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _plain_paragraphs(el: etree._Element) -> list[str]:
    """The paragraphs of an entry's plain text: the blocks blank lines part; in a text with
    no blank line, each line, as WordPress's, Blogger's and many papers' feeds print a
    description one paragraph a line ("LAGOS: Firefighters ...", "A trader salvages goods
    from a burnt shop. Photo: Jane Roe"), so the dateline opens its own paragraph and a
    caption's credit closes its own. A text wrapped at a width is read as its logical lines
    first, as the plain-text extractor reads a hard-wrapped copy (extract.unwrap)."""
    from archiver.extract.unwrap import unwrap

    text = el.text or ""
    if _BLANK_LINE.search(text.strip()):
        blocks = _BLANK_LINE.split(text)
    else:
        lines = [line.strip() for line in text.strip().splitlines()]
        if len(lines) > 1 and not text[:1].isspace():
            # the text opens on its element's line ("<description>Firefighters ..."): the
            # tag is part of the line the wrapper measured, and is put back to measure it
            tag = etree.QName(el).localname
            lines[0] = f"<{el.prefix}:{tag}>" if el.prefix else f"<{tag}>"
            lines[0] += text.strip().splitlines()[0].strip()
            logical = unwrap(lines)
            if logical is not None:
                lines = [logical.raw_lines[0].split(">", 1)[1], *logical.raw_lines[1:]]
            else:
                lines[0] = lines[0].split(">", 1)[1]
        elif len(lines) > 1 and (logical := unwrap(lines)) is not None:
            lines = logical.raw_lines
        blocks = lines
    return [" ".join(b.split()) for b in blocks if b.strip()]


# WordPress's caption shortcode round a picture, as its export (WXR) keeps a post's content:
# '[caption id="attachment_12" ...]<img ... /> The caption. (Photo by Jane Roe/The Paper)
# [/caption]'.
_SHORTCODE = re.compile(r"\[caption\b[^\]]*\](?P<inner>.*?)\[/caption\]", re.DOTALL)
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_BLOCK_START = re.compile(r"^\s*<(?:p|div|figure|h[1-6]|ul|ol|blockquote|table)\b", re.IGNORECASE)
_ANY_BLOCK = re.compile(r"<(?:p|div|figure|h[1-6]|ul|ol|blockquote|table)\b", re.IGNORECASE)
# A paragraph's end in inline markup: two line breaks or more (a tag each, or blank lines).
_BREAKS = re.compile(r"(?:\s*<br\s*/?>\s*){2,}|\n\s*\n", re.IGNORECASE)
# One line break in inline markup.
_ONE_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def _wordpress_content(text: str) -> str:
    """A post's content as WordPress stores it, read as the page it renders: a caption
    shortcode as a figure with its caption, and the paragraphs that blank lines part, not
    yet wrapped in <p> (WordPress's wpautop does that when it renders the page)."""

    def figure(m: re.Match[str]) -> str:
        inner = m.group("inner")
        img = _IMG.search(inner)
        caption = _IMG.sub("", inner).strip()
        return f"<figure>{img.group(0) if img else ''}<figcaption>{caption}</figcaption></figure>"

    blocks = [b.strip() for b in re.split(r"\n\s*\n", _SHORTCODE.sub(figure, text)) if b.strip()]
    return "\n".join(
        b if _BLOCK_START.match(b) or (b.startswith("<!--") and "<p" in b) else f"<p>{b}</p>"
        for b in blocks
    )


# RSS 2.0's author: an e-mail address with the name in brackets ("jroe@example.com (Jane Roe)").
_MAIL_NAME = re.compile(r"^\S+@\S+\s+\((?P<name>[^()]{2,80})\)$")


# What stands between the names of one element that names several people.
_NAME_JOINER = r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*)"


def _only_names(text: str, names: list[str]) -> bool:
    """Whether the text is two or more names and the words that join them, nothing else."""
    if len(names) < 2:
        return False
    joined = _NAME_JOINER.join(re.escape(name) for name in names)
    return re.fullmatch(joined, text) is not None


# WordPress's export (WXR): its elements' namespace, one per version ("http://wordpress.org/
# export/1.2/"), and a post's meta key that holds the byline the page prints ("byline",
# "_byline", "byline_override", "custom_byline": a byline plugin's or a theme's field).
_WXR = "http://wordpress.org/export/"
_BYLINE_META = re.compile(r"^_?(?:[a-z]+_)*byline(?:_[a-z]+)*$", re.IGNORECASE)


def _wxr_children(el: etree._Element | None, name: str) -> list[etree._Element]:
    if el is None:
        return []
    return [child for child in el if isinstance(child.tag, str) and _wxr_name(child.tag) == name]


def _wxr_name(tag: str) -> str | None:
    """The local name of a WXR element's tag ("{http://wordpress.org/export/1.2/}author"), or
    of one whose "wp:" prefix a cut-out item left undeclared ("wp:author"); else None."""
    if tag.startswith("{"):
        space, _, local = tag[1:].partition("}")
        return local if space.startswith(_WXR) else None
    prefix, _, local = tag.partition(":")
    return local if prefix == "wp" and local else None


def _wxr_writers(entry: etree._Element) -> list[str]:
    """A WordPress export's item names its writer by the author's login in dc:creator
    ("ehollister"), which the page never prints: the byline is the post's byline meta field
    where it has one, else the display name the export's author list gives that login
    (``wp:author_login`` / ``wp:author_display_name``); none for any other feed."""
    for meta in _wxr_children(entry, "postmeta"):
        keys = _wxr_children(meta, "meta_key")
        values = _wxr_children(meta, "meta_value")
        if keys and values and _BYLINE_META.match(_text(keys[0])):
            value = _text(values[0])
            if value and not value.startswith(("a:", "{", "[")):  # (PHP's or JSON's arrays)
                return [value]
    logins = [_text(c) for c in entry.findall(f"{{{_DC}}}creator")]
    shown: dict[str, str] = {}
    for author in _wxr_children(entry.getparent(), "author"):
        login = _wxr_children(author, "author_login")
        name = _wxr_children(author, "author_display_name")
        if login and name and _text(name[0]):
            shown[_text(login[0])] = _text(name[0])
    return [shown[x] for x in logins if x in shown]


def _authors(entry: etree._Element) -> list[dict[str, str]]:
    """The entry's authors as JSON-LD: a person's name without the title and affiliation
    feeds print after it ("Rhiannon Pugh, Lecturer in Energy Policy, Cardiff University", as
    the byline grammar reads it), an agency or desk as an organisation."""
    from archiver.extract.bylines import names_an_organisation, parse_byline

    raw = [_text(a.find(f"{{{_ATOM}}}name")) for a in entry.findall(f"{{{_ATOM}}}author")]
    raw += _wxr_writers(entry) or [_text(c) for c in entry.findall(f"{{{_DC}}}creator")]
    raw += [_text(a) for a in entry.findall("author")]
    out: list[dict[str, str]] = []
    for text in raw:
        if (m := _MAIL_NAME.match(text)) is not None:
            text = m.group("name").strip()
        if not text or "@" in text:
            continue
        byline = parse_byline(f"By {text}")
        if (byline is not None and not byline.names) or (
            byline is None and names_an_organisation(text.split(",")[0])
        ):
            # an agency or desk the grammar reads, or a public body's or a company's name it
            # does not ("U.S. Geological Survey", as a newsroom's feed names its author); a
            # person's name before a comma ("Jane Roe, Office of the Mayor") stays a person
            out.append({"@type": "Organization", "name": text})
        elif byline is not None and _only_names(text, byline.names):
            # one element naming several people ("Jane Roe and John Doe", as WordPress's
            # dc:creator writes co-authors): each is an author
            out.extend({"@type": "Person", "name": name} for name in byline.names)
        elif byline is not None and (
            text == byline.names[0] or text.startswith(f"{byline.names[0]},")
        ):
            # one author element names one person: the name the grammar reads first, the
            # title and the affiliation after its comma ("Research Associate in ...") aside
            out.append({"@type": "Person", "name": byline.names[0]})
        else:
            out.append({"@type": "Person", "name": text})
    return out


def _media_figures(entry: etree._Element) -> str:
    """The entry's pictures that Media RSS credits (``media:content`` or ``media:thumbnail``
    with a ``media:credit``, its caption in ``media:description`` or ``media:title``), as the
    page's figures, set after the article (inside it, trafilatura reads the entry's text as
    one paragraph): a feed states a picture's credit in its own element, as a page's figure
    does in its credit's."""
    out: list[str] = []
    for media in entry.iter(f"{{{_MEDIA}}}content", f"{{{_MEDIA}}}thumbnail"):
        credit = _text(media.find(f"{{{_MEDIA}}}credit"))
        group = media.getparent()
        if not credit and group is not None and group.tag == f"{{{_MEDIA}}}group":
            credit = _text(group.find(f"{{{_MEDIA}}}credit"))  # the group's, for all its sizes
        if not credit:
            continue
        caption = _text(_first(media, f"{{{_MEDIA}}}description", f"{{{_MEDIA}}}title"))
        url = media.get("url") or ""
        out.append(
            f'<figure><img src="{html.escape(url)}" alt="">'
            f"<figcaption>{html.escape(caption)}"
            f' <span class="credit">{html.escape(credit)}</span></figcaption></figure>'
        )
    own = _text(entry.find(f"{{{_MEDIA}}}credit"))
    if not out and own:
        # the item's own media:credit (France 24's, AFP's clients'): the credit of the
        # item's picture, whose file and caption the feed gives elsewhere or not at all
        out.append(
            '<figure><img src="" alt=""><figcaption>'
            f'<span class="credit">{html.escape(own)}</span></figcaption></figure>'
        )
    return "\n".join(out)


def _page(entry: etree._Element) -> tuple[str, str | None]:
    """The entry written out as an HTML page, and its link."""
    title = _text(_first(entry, f"{{{_ATOM}}}title", "title", f"{{{_RSS1}}}title"))
    link_el = entry.find(f"{{{_ATOM}}}link[@rel='alternate']")
    if link_el is None:
        link_el = entry.find(f"{{{_ATOM}}}link")
    link = link_el.get("href") if link_el is not None else None
    if link is None:
        link = _text(_first(entry, "link", f"{{{_RSS1}}}link")) or None
    body = _entry_html(
        _first(
            entry,
            f"{{{_ATOM}}}content",
            f"{{{_CONTENT}}}encoded",
            "description",
            f"{{{_RSS1}}}description",
            f"{{{_ATOM}}}summary",
        )
    )
    published = _text(
        _first(entry, f"{{{_ATOM}}}published", "pubDate", f"{{{_DC}}}date", f"{{{_ATOM}}}updated")
    )
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if title:
        data["headline"] = title
    authors = _authors(entry)
    if authors:
        data["author"] = authors
    if published:
        data["datePublished"] = published
    ld = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f'<script type="application/ld+json">{ld}</script>'
        + (f'<link rel="canonical" href="{html.escape(link)}">' if link else "")
        + f"</head><body><article><h1>{html.escape(title)}</h1>\n{body}\n</article>"
        + f"{_media_figures(entry)}</body></html>"
    )
    return page, link


def _entries(root: etree._Element) -> list[etree._Element]:
    if root.tag == f"{{{_ATOM}}}entry":
        return [root]
    if root.tag == f"{{{_ATOM}}}feed":
        return root.findall(f"{{{_ATOM}}}entry")
    items = root.findall("channel/item") + root.findall(f"{{{_RSS1}}}item")
    return items


def _read(inp: Input) -> Iterator[Item]:
    data = inp.data
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, label=inp.label, max_bytes=inp.max_bytes)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        root = etree.fromstring(_redeclared(data), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{inp.label}: not a readable feed ({exc})") from None
    if root is None:
        raise InputError(f"{inp.label}: not a readable feed")
    entries = _entries(root)
    for n, entry in enumerate(entries, start=1):
        label = inp.label if len(entries) == 1 else f"{inp.label}#{n}"
        page, link = _page(entry)
        if "<p" not in page and len(page) < 400:
            yield Skipped(label, "feed entry without its article's text")
            continue
        yield Unit(
            media_type="text/html",
            content=page.encode("utf-8"),
            original=inp.data,
            original_name=inp.file_name,
            label=label,
            url=link,
            record={"feed_entry": str(n)},
        )


register(
    Reader(
        "feed",
        _sniff,
        _read,
        patterns=("*.atom", "*.rss"),
        priority=35,  # before HTML: an XHTML page starts with <?xml too, but never <feed>
    )
)
