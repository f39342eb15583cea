"""NewsML-G2 2.35 (conformance "power") for one article.

One ``newsMessage`` whose ``itemSet`` holds, in this order: the text ``newsItem``
(``ninat:text``, body as NITF 3.6 in ``contentSet/inlineXML``), one picture ``newsItem``
(``ninat:picture``) per photo the capture shows, in gallery order, and a ``packageItem``
(``ninat:composite``) grouping them (``pgrmod:seq``: text first, then the photos in order).

The extraction's warnings (e.g. a dateline year taken from ``--reference-date``) are kept as
``edNote``s on the text item, so the record says how each fact was read.

Every item carries the same ``rightsInfo``, built only from the archivist's settings; with no
statement and no licence given it says rightsstatements.org "Copyright Not Evaluated". A photo
whose page offered "License Photo" gets an ``edNote`` saying so, never a licence.

Child order inside each element follows the 2.35 XSD and, where the XSD leaves a choice, the
order IPTC's own reader (PyPI ``newsmlg2``) writes, so items read back without change.
"""

from __future__ import annotations

from lxml import etree

from archiver.render import (
    NAR_NS,
    XML_LANG,
    PictureRef,
    RenderContext,
    clean,
    dateline_text,
    sub,
    unique,
    w3c_datetime,
)
from archiver.render.nitf import render_nitf

G = f"{{{NAR_NS}}}"
STANDARD_VERSION = "2.35"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
NEWSITEM_TYPE = "application/vnd.iptc.g2.newsitem+xml"
LICENSE_REL = "http://www.iana.org/assignments/relation/license"  # RFC 4946 "license"
EMBEDDED_NOTE = "{what} from the image file's embedded IPTC/XMP metadata."
LICENSABLE_NOTE = (
    'The source page offered this photo for licensing (a "License Photo" link); '
    "no licence terms were captured."
)


def _item(ctx: RenderContext, tag: str, guid: str, item_class: str) -> etree._Element:
    """An item with its identity, catalogRef, rightsInfo and itemMeta basics."""
    item = etree.Element(f"{G}{tag}", nsmap={None: NAR_NS})
    item.set("guid", guid)
    item.set("version", "1")
    item.set("standard", "NewsML-G2")
    item.set("standardversion", STANDARD_VERSION)
    item.set("conformance", "power")
    if ctx.language:
        item.set(XML_LANG, ctx.language)
    sub(item, f"{G}catalogRef", href=IPTC_CATALOG)
    _rights_info(item, ctx)
    meta = sub(item, f"{G}itemMeta")
    sub(meta, f"{G}itemClass", qcode=item_class)
    archive = ctx.config.archive
    provider = sub(meta, f"{G}provider", literal=clean(archive.provider_id) or "archiver")
    organization = clean(archive.organization)
    if organization:
        sub(provider, f"{G}name", organization)
    sub(meta, f"{G}versionCreated", w3c_datetime(ctx.created))
    return item


def _rights_info(item: etree._Element, ctx: RenderContext) -> None:
    r = ctx.rights
    info = sub(item, f"{G}rightsInfo")
    if r.holder:
        sub(sub(info, f"{G}copyrightHolder"), f"{G}name", r.holder)
    if r.notice:
        sub(info, f"{G}copyrightNotice", r.notice)
    if r.usage_terms:
        sub(info, f"{G}usageTerms", r.usage_terms)
    if r.statement:
        sub(info, f"{G}usageTerms", r.statement_label, href=r.statement)
    if r.license:
        sub(info, f"{G}link", href=r.license, reluri=LICENSE_REL)


CANONICAL_REL = "http://www.iana.org/assignments/relation/canonical"  # RFC 6596
VIA_REL = "http://www.iana.org/assignments/relation/via"  # RFC 4287: where it was found


def _source_links(meta: etree._Element, ctx: RenderContext) -> None:
    """A web page's address as itemMeta links (its canonical URL, and the address it was
    captured from when that differs) and the capture time as an edNote (itemMeta has no
    element for it; edNotes come before links in itemMeta)."""
    source = ctx.article.source
    captured_from = clean(source.url)
    if source.captured:
        where = f" from {captured_from}" if captured_from else ""
        sub(meta, f"{G}edNote", f"captured {clean(source.captured)}{where}")
    if ctx.url:
        sub(meta, f"{G}link", reluri=CANONICAL_REL, href=ctx.url, contenttype="text/html")
    if captured_from and captured_from != ctx.url:
        sub(meta, f"{G}link", reluri=VIA_REL, href=captured_from, contenttype="text/html")


def _text_item(ctx: RenderContext) -> etree._Element:
    article = ctx.article
    item = _item(ctx, "newsItem", ctx.guid, "ninat:text")
    meta = item.find(f"{G}itemMeta")
    assert meta is not None
    # How the extraction read the source (e.g. a year taken from --reference-date).
    for warning in article.warnings:
        note = clean(f"{warning.code}: {warning.message}")
        if note:
            sub(meta, f"{G}edNote", note)
    warc = _warc_note(ctx)
    if warc:
        sub(meta, f"{G}edNote", warc)
    _source_links(meta, ctx)
    cm = sub(item, f"{G}contentMeta")
    if ctx.date:
        sub(cm, f"{G}contentCreated", ctx.date)
    place = clean(article.dateline.place) if article.dateline else None
    if place:
        sub(sub(cm, f"{G}located"), f"{G}name", place)
    if ctx.agency:
        sub(sub(cm, f"{G}infoSource"), f"{G}name", ctx.agency)
    for person in unique(list(article.bylines)):
        sub(sub(cm, f"{G}creator"), f"{G}name", person)
    if ctx.language:
        sub(cm, f"{G}language", tag=ctx.language)
    if ctx.headline:
        sub(cm, f"{G}headline", ctx.headline)
    printed = dateline_text(article.dateline.raw) if article.dateline else None
    if printed:
        sub(cm, f"{G}dateline", printed)
    by = clean(article.byline_raw)
    if by:
        sub(cm, f"{G}by", by)
    if ctx.agency:
        sub(cm, f"{G}creditline", ctx.agency)
    content = sub(sub(item, f"{G}contentSet"), f"{G}inlineXML", contenttype="application/nitf+xml")
    content.append(render_nitf(ctx))
    return item


def _warc_note(ctx: RenderContext) -> str | None:
    """Which record of which WARC file a web archive's article came from, for people (the
    capture time and address are in the capture edNote and links; the same facts are in
    the record's source.record and in bag-info)."""
    record = ctx.article.source.record
    if not record.get("warc_record_id"):
        return None
    parts = [f"WARC record {record['warc_record_id']}"]
    if record.get("payload_digest"):
        parts.append(f"(payload digest {record['payload_digest']})")
    if record.get("warc_file"):
        parts.append(f"in {record['warc_file']}")
    if record.get("warc_sha256"):
        parts.append(f"(sha256 {record['warc_sha256']})")
    if record.get("records"):
        parts.append(f"; records kept byte for byte: {record['records']}")
    return clean(" ".join(parts).replace(" ;", ";"))


def _picture_rights(item: etree._Element, ref: PictureRef) -> None:
    """What the photo itself says about its rights (the page's structured data, the file's
    embedded copyright notice), in a rightsInfo of its own after the archivist's."""
    photo, file = ref.photo, ref.photo.file
    holder = clean(photo.copyright_holder)
    notice = clean(file.copyright_notice) if file else None
    if not holder and not notice:
        return
    info = etree.Element(f"{G}rightsInfo")
    if holder:
        sub(sub(info, f"{G}copyrightHolder"), f"{G}name", holder)
    if notice:
        sub(info, f"{G}copyrightNotice", notice)
    last = item.findall(f"{G}rightsInfo")[-1]
    last.addnext(info)


def _picture_item(ctx: RenderContext, ref: PictureRef) -> etree._Element:
    photo, file = ref.photo, ref.photo.file
    item = _item(ctx, "newsItem", ref.guid, "ninat:picture")
    _picture_rights(item, ref)
    meta = item.find(f"{G}itemMeta")
    assert meta is not None
    if ref.title:
        sub(meta, f"{G}title", ref.title)
    if photo.licensable:
        sub(meta, f"{G}edNote", LICENSABLE_NOTE)
    # the page's own words first; the image file's embedded metadata where the page is silent
    photographers = unique([photo.photographer])
    credit = clean(photo.credit)
    embedded = []
    if file is not None and not photographers and file.creators:
        photographers = unique(list(file.creators))
        embedded.append("Creator")
    if file is not None and not credit and file.credit:
        credit = clean(file.credit)
        embedded.append("Credit line")
    if file is not None and file.copyright_notice:
        embedded.append("Copyright notice")
    if embedded:
        sub(meta, f"{G}edNote", EMBEDDED_NOTE.format(what=", ".join(embedded)))
    cm = sub(item, f"{G}contentMeta")
    agency = clean(photo.agency)
    if agency:
        sub(sub(cm, f"{G}infoSource"), f"{G}name", agency)
    for photographer in photographers:
        sub(sub(cm, f"{G}creator"), f"{G}name", photographer)
    if ctx.language:
        sub(cm, f"{G}language", tag=ctx.language)
    if credit:
        sub(cm, f"{G}creditline", credit)
    caption = clean(photo.caption)
    if caption:
        sub(cm, f"{G}description", caption, role="drol:caption")
    if len(cm) == 0:
        item.remove(cm)
    if file is not None:
        # the image in the bag, relative to this document (data/newsml.xml)
        sub(
            sub(item, f"{G}contentSet"),
            f"{G}remoteContent",
            href=file.path,
            size=str(file.bytes),
            contenttype=file.media_type,
            width=str(file.width) if file.width is not None else None,
            height=str(file.height) if file.height is not None else None,
        )
    return item


def _package_item(ctx: RenderContext) -> etree._Element:
    item = _item(ctx, "packageItem", ctx.package_guid, "ninat:composite")
    meta = item.find(f"{G}itemMeta")
    assert meta is not None
    if ctx.headline:
        sub(meta, f"{G}title", ctx.headline)
    group_set = sub(item, f"{G}groupSet", root="G1")
    group = sub(group_set, f"{G}group", id="G1", mode="pgrmod:seq")
    text_ref = sub(group, f"{G}itemRef", residref=ctx.guid, version="1", contenttype=NEWSITEM_TYPE)
    sub(text_ref, f"{G}itemClass", qcode="ninat:text")
    if ctx.headline:
        sub(text_ref, f"{G}title", ctx.headline)
    for ref in ctx.pictures:
        pic = sub(group, f"{G}itemRef", residref=ref.guid, version="1", contenttype=NEWSITEM_TYPE)
        sub(pic, f"{G}itemClass", qcode="ninat:picture")
        if ref.title:
            sub(pic, f"{G}title", ref.title)
    return item


def render_newsml(ctx: RenderContext) -> etree._Element:
    message = etree.Element(f"{G}newsMessage", nsmap={None: NAR_NS})
    header = sub(message, f"{G}header")
    sub(header, f"{G}sent", w3c_datetime(ctx.created))
    sub(header, f"{G}sender", clean(ctx.config.archive.provider_id) or "archiver")
    # The id is needed by IPTC's reader (PyPI newsmlg2 1.1), which drops an itemSet that
    # has no attribute of its own, and with it every item.
    items = sub(message, f"{G}itemSet", id="items")
    items.append(_text_item(ctx))
    for ref in ctx.pictures:
        items.append(_picture_item(ctx, ref))
    items.append(_package_item(ctx))
    return message
