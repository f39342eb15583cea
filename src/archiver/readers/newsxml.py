"""News agencies' XML as archives receive it: IPTC NITF documents (3.x, with or without the
namespace), NewsML-G2 news items and messages (``newsItem``, ``newsMessage``) and NewsML 1.x
(``NewsML``). Each text item is one unit; pictures, videos and packages are skipped.

Such a file states an article's parts in its own elements (NITF's ``hedline``/``hl1``,
``byline`` and ``dateline``; G2's ``contentMeta/headline``, ``by`` and ``dateline``; NewsML
1's ``NewsLines``), and the story's paragraphs in its body. The unit's content is that story
written out as wire copy, the headline first, a "By" line, the pictures' captions with their
credits, the dateline element on its own line where the first paragraph does not open with it,
then the paragraphs: the plain-text extractor reads it as it reads any wire story, so a byline
that names an agency ("KYODO NEWS") stays no person's, and the dateline keeps its agency ("TOKYO,
June 11 Kyodo -"). Read as text instead, the file's markup would be the headline.

The bag keeps the XML as given, byte for byte; a message of several items gives each item's
unit the same original, its label naming the item ("wire.xml#2"). The XML is parsed with lxml
without entity expansion, DTD loading or network access (untrusted input like any capture).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator

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

# What such a file starts with, after a BOM, white space, an XML declaration, comments,
# processing instructions and a doctype (NITF files name their DTD): the root element of one
# of the three formats, with or without a namespace prefix.
_PROLOGUE = (
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?"
    rb"(?:(?:" + COMMENT + rb"|<\?[^>]*\?>|<!DOCTYPE[^>\[]*(?:\[[^\]]*\])?\s*>)\s*)*"
)
_START = re.compile(
    _PROLOGUE + rb"<(?:[A-Za-z_][\w.-]*:)?(?:nitf|newsItem|newsMessage|NewsML)[\s>/]",
    re.DOTALL,
)


def _sniff(head: bytes, name: str) -> bool:
    return _START.match(_as_utf8(head, partial=True)) is not None


# The byte order marks of the encodings XML 1.0 (4.3.3) lets a file declare by its BOM alone;
# UTF-32's first, since UTF-32LE's begins with UTF-16LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_ENCODING = re.compile(r"\A(<\?xml[^>]*?encoding\s*=\s*)([\"'])[^\"']*\2")


def _as_utf8(data: bytes, *, partial: bool = False) -> bytes:
    """A UTF-16 or UTF-32 file (an agency's system may write one, with its BOM) as UTF-8, its
    declaration saying so, for the sniffing patterns and the entity pass, which read bytes;
    any other input as it is. partial: data is only the file's head, so a character cut at
    its end is dropped rather than refused."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None:
        return data
    try:
        text = data.decode(encoding, errors="ignore" if partial else "strict")
    except UnicodeDecodeError:
        return data  # left to the parser, which names the fault
    text = _DECLARED_ENCODING.sub(r"\1\2UTF-8\2", text.lstrip("\ufeff"), count=1)
    return text.encode("utf-8")


def _local(el: etree._Element) -> str | None:
    """The element's name without its namespace; None for a comment, PI or entity."""
    return etree.QName(el).localname if isinstance(el.tag, str) else None


def _text(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _spaced(el: etree._Element | None) -> str:
    """An element's text with its children's parted by spaces: NITF's dateline sets its place
    and date in elements of their own, often with nothing between them
    ("<location>TOKYO</location><story.date>June 11</story.date>")."""
    if el is None:
        return ""
    pieces = [" ".join(t.split()) for t in el.itertext()]
    return re.sub(r"\s+([,.;:])", r"\1", " ".join(p for p in pieces if p))


def _all(el: etree._Element, *names: str) -> list[etree._Element]:
    """Every element under el (el too) whose local name is one of names, in document order."""
    return [e for e in el.iter() if _local(e) in names]


def _first(el: etree._Element, *names: str) -> etree._Element | None:
    found = _all(el, *names)
    return found[0] if found else None


def _inside(el: etree._Element, *names: str) -> bool:
    parent = el.getparent()
    while parent is not None:
        if _local(parent) in names:
            return True
        parent = parent.getparent()
    return False


# Elements whose paragraphs are a picture's caption, a table's, or the head's (NITF's
# abstract and subheads over an inline story), not the story's.
_NOT_STORY = (
    "media",
    "media-caption",
    "caption",
    "table",
    "figure",
    "figcaption",
    "body.head",
    "abstract",
    "hedline",
)


def _paragraphs(body: etree._Element | None) -> list[str]:
    """The story's paragraphs: its ``p`` elements (NITF's and XHTML's, NITF's subheads
    ``hl2`` too) outside pictures and tables, or, in a body of plain text (G2's
    ``inlineData``, NewsML 1's ``DataContent`` without markup), its blank-line-parted
    blocks."""
    if body is None:
        return []
    paras = [_text(p) for p in _all(body, "p", "hl2") if not _inside(p, *_NOT_STORY) and _text(p)]
    if paras:
        return paras
    raw = "".join(body.itertext())
    return [" ".join(b.split()) for b in re.split(r"\n\s*\n", raw) if b.strip()]


def _caption_line(caption: str, credit: str) -> str:
    """A picture's caption ending in its credit, as wire copy prints one."""
    if credit and credit not in caption:
        return f"{caption} ({credit})" if caption else f"Photo: {credit}"
    return caption


def _figures(el: etree._Element) -> list[str]:
    """NITF's pictures: ``media`` with its ``media-caption`` and ``media-producer``."""
    lines = [
        _caption_line(_text(_first(m, "media-caption")), _text(_first(m, "media-producer")))
        for m in _all(el, "media")
    ]
    return [line for line in lines if line]


def _g2_picture(item: etree._Element) -> str:
    """A G2 picture item's caption line: its caption (``description``, the caption role
    first) and its ``creditline``."""
    meta = _first(item, "contentMeta")
    if meta is None:
        return ""
    descriptions = _all(meta, "description")
    captions = [d for d in descriptions if (d.get("role") or "").endswith("caption")]
    chosen = captions or descriptions
    caption = _text(chosen[0]) if chosen else ""
    return _caption_line(caption, _text(_first(meta, "creditline")))


# A byline's own word for "by" in the agencies' languages ("Von Anna Schmidt, dpa", "Par
# Marc Lefèvre"): such a byline is printed as it is, no "By" set before it.
_BY_WORD = re.compile(r"(?i)(?:by|von|par|por|door|di|da|de|oleh|av|af|przez|od)\s")


def _byline_lines(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        if text and text not in out:
            out.append(text if _BY_WORD.match(text) else f"By {text}")
    return out


def _nitf_byline(byline: etree._Element) -> str:
    """A NITF byline's text; where it marks its people (``person``), their names only, its
    title (``byttl``: "Staff Writer") aside."""
    people = [_text(p) for p in _all(byline, "person") if _text(p)]
    if people:
        return " and ".join(people)
    # "By JOHN SMITH<byttl>Associated Press</byttl>": the title glued to the name, left out
    return " ".join(
        " ".join(t.split())
        for t in [byline.text or ""]
        + [f"{'' if _local(c) == 'byttl' else (c.text or '')} {c.tail or ''}" for c in byline]
        if t.strip()
    )


_MONTH_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?", re.IGNORECASE
)


def _copy(
    headline: str,
    bylines: list[str],
    figures: list[str],
    dateline: str,
    paragraphs: list[str],
) -> str:
    """The story as wire copy: blocks parted by blank lines."""
    blocks = [headline] if headline else []
    blocks += _byline_lines(bylines)
    blocks += figures
    place = re.split(r"[,(]| - ", dateline)[0].strip().casefold()
    printed = any(p.casefold().startswith(place) for p in paragraphs[:3])
    dated = any(ch.isdigit() for ch in dateline) or _MONTH_WORD.search(dateline) is not None
    if place and not printed and dated:
        # the dateline element alone, where the story omits it; a place alone ("WASHINGTON",
        # the element's location with no date) is no dateline a wire prints
        blocks.append(dateline)
    blocks += paragraphs
    return "\n\n".join(blocks) + "\n"


def _nitf_dateline(el: etree._Element | None) -> str:
    """NITF's dateline as a wire prints one: its place and date parted by a comma where the
    elements set them side by side with nothing between ("<location>TOKYO</location>
    <story.date>June 11</story.date>")."""
    if el is None:
        return ""
    where, when = _first(el, "location"), _first(el, "story.date")
    if where is not None and when is not None and _text(where) and _text(when):
        between = where.tail or ""
        if where.getnext() is when and "," not in between:
            where.tail = ", " + between.lstrip()  # (our own parse tree, read once)
    return _spaced(el)


_NAMES_PEOPLE = re.compile(r"(?i)\b(?:by|reporting|writing|editing|contributed)\b")


def _nitf(doc: etree._Element) -> str | None:
    head = _first(doc, "body.head")
    content = _first(doc, "body.content")
    headline = _text(_first(head, "hl1")) if head is not None else ""
    headline = headline or _text(_first(doc, "title"))
    bylines = [_nitf_byline(b) for b in _all(head, "byline")] if head is not None else []
    dateline = _nitf_dateline(_first(head, "dateline")) if head is not None else ""
    paras = _paragraphs(content)
    end = _first(doc, "body.end")
    if end is not None:
        # the trailer where it names the story's people ("Reporting by ...; Editing by
        # ..."), as the copy prints it; an end mark ("==Kyodo") is no part of the story
        paras += [t for t in (_text(e) for e in _all(end, "tagline")) if _NAMES_PEOPLE.search(t)]
    if not paras:
        return None
    return _copy(
        headline, bylines, _figures(content) if content is not None else [], dateline, paras
    )


# G2 item classes that hold no story to read (IPTC NewsML-G2 "ninat" scheme).
_NOT_TEXT = re.compile(r"(?:picture|graphic|video|audio|animated|interactive|composite)", re.I)


def _g2_headline(meta: etree._Element) -> str:
    headlines = _all(meta, "headline")
    for h in headlines:  # the main one where several are given with roles
        role = h.get("role") or ""
        if not role or role.endswith(("main", "hld:main")):
            return _text(h)
    return _text(headlines[0]) if headlines else ""


def _inline(el: etree._Element | None) -> etree._Element | None:
    """G2's inline content as markup: ``inlineData`` of an HTML content type holds the story's
    HTML escaped as text ("&lt;p&gt;WASHINGTON (AP) — ..."), read with lxml's HTML parser
    (which fetches nothing); other inline content as it is."""
    if el is None or _local(el) != "inlineData":
        return el
    kind = (el.get("contenttype") or el.get("contentType") or "").lower()
    text = el.text or ""
    if "html" not in kind or not text.strip():
        return el
    from lxml import html as lxml_html

    try:
        return lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return el


def _g2_class(item: etree._Element) -> str:
    item_class = _first(item, "itemClass")
    return (item_class.get("qcode") or "") if item_class is not None else ""


def _g2_item(item: etree._Element, pictures: list[str]) -> str | None:
    if _NOT_TEXT.search(_g2_class(item)):
        return None
    meta = _first(item, "contentMeta")
    content = _first(item, "contentSet")
    if meta is None or content is None:
        return None
    bylines = [_text(b) for b in _all(meta, "by") if _text(b)]
    if not bylines:
        # no byline: the creators that name a person (G2 creators are often the provider)
        bylines = [
            _text(_first(c, "name")) or (c.get("literal") or "") for c in _all(meta, "creator")
        ]
    paras = _paragraphs(_inline(_first(content, "inlineXML", "inlineData")))
    if not paras:
        return None
    return _copy(
        _g2_headline(meta),
        bylines,
        _figures(content) + pictures,
        _spaced(_first(meta, "dateline")),
        paras,
    )


def _newsml1_kind(content: etree._Element) -> str:
    """What a NewsML 1 component holds: its MediaType's (or else its Role's) FormalName,
    read from the nearest NewsComponent over the content."""
    node: etree._Element | None = content
    while node is not None:
        if _local(node) == "NewsComponent":
            for name in ("MediaType", "Role"):
                found = next((c for c in node if _local(c) == name), None)
                if found is not None and found.get("FormalName"):
                    return found.get("FormalName", "").lower()
        node = node.getparent()
    return ""


def _newsml1_item(item: etree._Element) -> str | None:
    """A NewsML 1 item's story: its NewsLines (headline, byline, dateline) and its text
    component's DataContent (plain text, XHTML or a NITF body, as AFP sends it); a photo's
    component, first or not, is no story (its caption is no paragraph)."""
    lines = _first(item, "NewsLines")
    texts = [
        d
        for d in _all(item, "DataContent")
        if _newsml1_kind(d)
        not in ("photo", "image", "picture", "graphic", "video", "audio", "caption")
    ]
    if lines is None or not texts:
        return None
    data = next((d for d in texts if _newsml1_kind(d) in ("text", "main")), texts[0])
    headline = _text(_first(lines, "HeadLine"))
    bylines = [_text(b) for b in _all(lines, "ByLine") if _text(b)]
    dateline = _spaced(_first(lines, "DateLine"))
    inner = _first(data, "nitf")
    if inner is not None:
        # a NITF inside: its own head where it has one, else the item's NewsLines
        head = _first(inner, "body.head")
        if head is not None and _text(_first(head, "hl1")):
            return _nitf(inner)
        content = _first(inner, "body.content")
        paras = _paragraphs(content if content is not None else inner)
        figures = _figures(content) if content is not None else []
        return _copy(headline, bylines, figures, dateline, paras) if paras else None
    paras = _paragraphs(data)
    return _copy(headline, bylines, [], dateline, paras) if paras else None


def _stories(root: etree._Element) -> list[str | None]:
    """Each item's story as copy (None for an item with no story: a picture, a package)."""
    name = _local(root)
    if name == "nitf":
        return [_nitf(root)]
    if name == "NewsML":
        return [_newsml1_item(i) for i in _all(root, "NewsItem")]
    items = _all(root, "newsItem")
    stories = [_g2_item(i, []) for i in items]
    # a message of one story and its pictures (as agencies send a story with its photos,
    # and as archiver's own newsml.xml holds them): the pictures' captions and credits are
    # the story's; with several stories nothing says whose a picture is (an item with no
    # text of its own, a rendition kept elsewhere, is no story)
    told = [n for n, story in enumerate(stories) if story is not None]
    if len(told) == 1:
        pictures = [line for i in items if "picture" in _g2_class(i) and (line := _g2_picture(i))]
        if pictures:
            stories[told[0]] = _g2_item(items[told[0]], pictures)
    return stories


_ENTITY = re.compile(rb"&(?P<name>[A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _named_entities(data: bytes) -> bytes:
    """NITF's DTD declares HTML's character entities ("&eacute;", "&mdash;"), which files
    written for it use; the DTD is never loaded (nothing is fetched), so each is written as
    the character reference it stands for. Any other entity is left as it is (never
    expanded)."""
    from html.entities import html5

    def ref(m: re.Match[bytes]) -> bytes:
        name = m.group("name")
        chars = None if name in _XML_ENTITIES else html5.get(name.decode("ascii") + ";")
        if chars is None:
            return m.group(0)
        return "".join(f"&#{ord(c)};" for c in chars).encode("ascii")

    return _ENTITY.sub(ref, data) if b"&" in data else data


def _read(inp: Input) -> Iterator[Item]:
    data = inp.data
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, label=inp.label, max_bytes=inp.max_bytes)
    # Strict: a damaged file (cut short, a bare "&") is refused, naming it, rather than read
    # as what libxml2's recovery makes of it (a name half lost, a story of one word).
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(_named_entities(_as_utf8(data)), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{inp.label}: not well-formed news XML ({exc})") from None
    if root is None:
        raise InputError(f"{inp.label}: not readable news XML")
    for br in _all(root, "br"):
        br.tail = " " + (br.tail or "")  # a line break parts the words either side of it
    stories = _stories(root)
    if not stories:
        raise InputError(f"{inp.label}: news XML without an item")
    for n, story in enumerate(stories, start=1):
        label = inp.label if len(stories) == 1 else f"{inp.label}#{n}"
        if story is None:
            yield Skipped(label, "news item without a story's text (a picture, a package)")
            continue
        yield Unit(
            media_type="text/plain",
            content=story.encode("utf-8"),
            original=inp.data,
            original_name=inp.file_name,
            label=label,
            record={"news_item": str(n)},
        )


register(
    Reader(
        "newsxml",
        _sniff,
        _read,
        patterns=("*.nitf", "*.nitf.xml", "*.newsml", "*.g2.xml"),
        priority=30,  # before feeds and HTML: a NITF or G2 file starts with <?xml too
    )
)
