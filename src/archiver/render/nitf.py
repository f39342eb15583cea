"""The article body as an NITF 3.6 document (carried in NewsML-G2 contentSet/inlineXML).

Only what the source prints: headline, byline, dateline (place and date marked up where they
appear verbatim in the printed dateline), and one ``p`` per paragraph. Photos are not repeated
here: each one is its own NewsML-G2 picture item.
"""

from __future__ import annotations

from lxml import etree

from archiver.render import NITF_NS, XML_LANG, RenderContext, clean, dateline_text, sub

N = f"{{{NITF_NS}}}"


def _mixed(parent: etree._Element, text: str, marks: list[tuple[str, str | None]]) -> None:
    """Fill parent with text, wrapping the first occurrence of each mark (in order)."""
    rest = text
    last: etree._Element | None = None
    for tag, needle in marks:
        if not needle:
            continue
        at = rest.find(needle)
        if at < 0:
            continue
        before, rest = rest[:at], rest[at + len(needle) :]
        if last is None:
            parent.text = (parent.text or "") + before
        else:
            last.tail = (last.tail or "") + before
        last = sub(parent, tag, needle)
    if last is None:
        parent.text = (parent.text or "") + rest
    elif rest:
        last.tail = rest


def render_nitf(ctx: RenderContext) -> etree._Element:
    article = ctx.article
    nitf = etree.Element(f"{N}nitf", nsmap={None: NITF_NS})
    if ctx.language:
        nitf.set(XML_LANG, ctx.language)

    head = sub(nitf, f"{N}head")
    if ctx.headline:
        sub(head, f"{N}title", ctx.headline)
    docdata = sub(head, f"{N}docdata")
    sub(docdata, f"{N}doc-id", **{"id-string": ctx.guid})

    body = sub(nitf, f"{N}body")
    body_head = sub(body, f"{N}body.head")
    if ctx.headline:
        sub(sub(body_head, f"{N}hedline"), f"{N}hl1", ctx.headline)
    by = clean(article.byline_raw)
    if by:
        byline = sub(body_head, f"{N}byline")
        _mixed(byline, by, [(f"{N}person", clean(name)) for name in article.bylines])
    elif article.bylines:
        for name in article.bylines:
            text = clean(name)
            if text:
                sub(sub(body_head, f"{N}byline"), f"{N}person", text)
    printed = dateline_text(article.dateline.raw) if article.dateline else None
    if article.dateline and printed:
        dateline = sub(body_head, f"{N}dateline")
        _mixed(
            dateline,
            printed,
            [
                (f"{N}location", clean(article.dateline.place)),
                (f"{N}story.date", clean(article.dateline.date_text)),
            ],
        )
    if len(body_head) == 0:
        body.remove(body_head)

    paragraphs = ctx.paragraphs
    if paragraphs:
        content = sub(body, f"{N}body.content")
        for text in paragraphs:
            sub(content, f"{N}p", text)
    return nitf
