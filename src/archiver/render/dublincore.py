"""Dublin Core for one article: an OAI-PMH ``oai_dc:dc`` record (the 15 elements only) and a
qualified record of DCMI terms with ``xsi:type`` encoding schemes in a ``qdc:qualifieddc``
container (the OAI-PMH "qdc" shape).

Absent facts are absent elements: no date without a year, no publisher without an agency in
the dateline, no rights holder unless the archivist named one.
"""

from __future__ import annotations

import mimetypes

from lxml import etree

from archiver.render import (
    DC_NS,
    DCTERMS_NS,
    OAI_DC_NS,
    QDC_NS,
    XML_LANG,
    XSI_NS,
    RenderContext,
    clean,
    sub,
    unique,
)

DC = f"{{{DC_NS}}}"
DT = f"{{{DCTERMS_NS}}}"
XSI_TYPE = f"{{{XSI_NS}}}type"
OAI_DC_LOCATION = f"{OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"


def source_format(ctx: RenderContext) -> str:
    """The media type of the archived original, from its name (plain text unless HTML/XML)."""
    if ctx.article.source.media_type:
        return ctx.article.source.media_type
    name = ctx.source_name
    guessed = mimetypes.guess_type(name, strict=True)[0] if name else None
    if guessed in ("text/html", "application/xhtml+xml", "application/xml", "text/xml"):
        return guessed
    return "text/plain"


def _people(ctx: RenderContext) -> tuple[list[str], list[str]]:
    creators = unique(list(ctx.article.bylines))
    contributors = [
        name
        for name in unique([r.photo.photographer for r in ctx.pictures])
        if name not in creators
    ]
    return creators, contributors


def _lede(ctx: RenderContext) -> str | None:
    paragraphs = ctx.paragraphs
    return clean(paragraphs[0]) if paragraphs else None


def render_oai_dc(ctx: RenderContext) -> etree._Element:
    root = etree.Element(
        f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS}
    )
    root.set(f"{{{XSI_NS}}}schemaLocation", OAI_DC_LOCATION)
    lang = {XML_LANG: ctx.language} if ctx.language else {}
    creators, contributors = _people(ctx)
    r = ctx.rights

    if ctx.headline:
        sub(root, f"{DC}title", ctx.headline, **lang)
    for name in creators:
        sub(root, f"{DC}creator", name)
    for name in contributors:
        sub(root, f"{DC}contributor", name)
    if ctx.agency:
        sub(root, f"{DC}publisher", ctx.agency)
    if ctx.date:
        sub(root, f"{DC}date", ctx.date)
    sub(root, f"{DC}type", "Text")
    sub(root, f"{DC}format", source_format(ctx))
    sub(root, f"{DC}identifier", ctx.guid)
    if ctx.url or ctx.source_name:
        sub(root, f"{DC}source", ctx.url or ctx.source_name)
    if ctx.language:
        sub(root, f"{DC}language", ctx.language)
    for ref in ctx.pictures:
        sub(root, f"{DC}relation", ref.guid)
    lede = _lede(ctx)
    if lede:
        sub(root, f"{DC}description", lede, **lang)
    if r.notice:
        sub(root, f"{DC}rights", r.notice)
    elif r.holder:
        sub(root, f"{DC}rights", r.holder)
    if r.usage_terms:
        sub(root, f"{DC}rights", r.usage_terms)
    if r.license:
        sub(root, f"{DC}rights", r.license)
    if r.statement:
        sub(root, f"{DC}rights", r.statement)
    return root


def render_dcterms(ctx: RenderContext) -> etree._Element:
    root = etree.Element(
        f"{{{QDC_NS}}}qualifieddc", nsmap={"qdc": QDC_NS, "dcterms": DCTERMS_NS, "xsi": XSI_NS}
    )
    lang = {XML_LANG: ctx.language} if ctx.language else {}
    creators, contributors = _people(ctx)
    r = ctx.rights

    def typed(name: str, value: str, scheme: str) -> None:
        sub(root, f"{DT}{name}", value, **{XSI_TYPE: f"dcterms:{scheme}"})

    if ctx.headline:
        sub(root, f"{DT}title", ctx.headline, **lang)
    for name in creators:
        sub(root, f"{DT}creator", name)
    for name in contributors:
        sub(root, f"{DT}contributor", name)
    if ctx.agency:
        sub(root, f"{DT}publisher", ctx.agency)
    if ctx.date:
        typed("created", ctx.date, "W3CDTF")
    typed("type", "Text", "DCMIType")
    typed("format", source_format(ctx), "IMT")
    typed("identifier", ctx.guid, "URI")
    if ctx.url:
        typed("source", ctx.url, "URI")
    elif ctx.source_name:
        sub(root, f"{DT}source", ctx.source_name)
    if ctx.language:
        typed("language", ctx.language, "RFC4646")
    place = clean(ctx.article.dateline.place) if ctx.article.dateline else None
    if place:
        sub(root, f"{DT}spatial", place)
    for ref in ctx.pictures:
        typed("hasPart", ref.guid, "URI")
    lede = _lede(ctx)
    if lede:
        sub(root, f"{DT}description", lede, **lang)
    if r.holder:
        sub(root, f"{DT}rightsHolder", r.holder)
    if r.notice:
        sub(root, f"{DT}rights", r.notice)
    if r.usage_terms:
        sub(root, f"{DT}rights", r.usage_terms)
    if r.statement:
        typed("rights", r.statement, "URI")
    if r.license:
        typed("license", r.license, "URI")
    return root
