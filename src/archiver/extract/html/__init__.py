"""Extraction from an HTML page: structured data first, the project's wire grammar for the
rest.

- structured.py: JSON-LD, microdata, RDFa (extruct), OpenGraph/Twitter, meta and link tags;
- body.py: the main text (trafilatura);
- page.py: headline, visible bylines and photos (figure/figcaption) read from the page;
- the dateline is found in the first paragraph with the wire grammar (extract.datelines).

Rules where the sources disagree are in `choose.py`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from lxml import etree
from lxml import html as lxml_html

from archiver.errors import InputError
from archiver.extract.html.body import main_text
from archiver.extract.html.bylines import signature_byline, visible_bylines
from archiver.extract.html.choose import choose_bylines, choose_headline, page_metadata
from archiver.extract.html.dateline import find_dateline
from archiver.extract.html.decode import decode_html
from archiver.extract.html.page import (
    lead_without_credit,
    lent_caption,
    page_photos,
    shown_as_photo,
    visible_headlines,
)
from archiver.extract.html.structured import read_structured
from archiver.readers import Unit

if TYPE_CHECKING:
    from archiver.extract import Fields

__all__ = ["extract_html"]


def parse_html(text: str, label: str) -> lxml_html.HtmlElement:
    try:
        tree = lxml_html.document_fromstring(text)
    except (ValueError, etree.ParserError) as exc:
        raise InputError(f"{label}: not an HTML document ({exc})") from None
    return tree


def extract_html(unit: Unit, reference_date: dt.date | None) -> Fields:
    """The article's fields from one HTML page (archiver.extract.Fields)."""
    from archiver.extract import Fields

    text, encoding, warnings = decode_html(unit.content)
    if not text.strip():
        raise InputError(f"{unit.label}: empty page")
    tree = parse_html(text, unit.label)
    structured = read_structured(text, tree, unit.url)
    page = page_metadata(structured, text)
    if reference_date is None and page.published:
        try:
            reference_date = dt.date.fromisoformat(page.published[:10])
        except ValueError:
            pass
    body = main_text(text, unit.url or page.canonical_url)
    site_names = [n for n in (page.site_name, page.publisher) if n]
    site_names += [v for v, _ in structured.values.get("site_name", [])]
    headline, headline_warnings = choose_headline(structured, visible_headlines(tree), site_names)
    warnings.extend(headline_warnings)
    if body and headline and body[0] == headline:
        body = body[1:]  # trafilatura sometimes keeps the h1 as the first paragraph
    visible = visible_bylines(tree, tuple(site_names))
    if not any(v.names for v in visible):
        signed = signature_byline(body)
        visible += [signed] if signed else []
    bylines, byline_raw, sources, byline_warnings = choose_bylines(structured, visible)
    opening = body
    if body and byline_raw and " ".join(body[0].split()) == " ".join(byline_raw.split()):
        # the byline set as the text's first paragraph ("<em>By Jane Roe / Staff</em>" over
        # "NORTH BEND — ...", as a post's content carries it in a CMS's export): the
        # dateline opens the paragraph under it
        opening = body[1:]
    photos = page_photos(tree, structured, body)
    # "Jane Roe Photo courtesy of the Roe family": a caption and its credit, read as a photo
    # (page_photos), no paragraph of the story
    body = [para for para in body if lent_caption(para) is None]
    # "Evacuees board a plane. CBC News": a caption and its credit set as a paragraph of a
    # text with no pictures, read as a photo (page_photos), no paragraph of the story
    body = [para for para in body if not shown_as_photo(para, photos)]
    # the dateline opens the story's first paragraph, under the captions a feed's plain
    # description sets before it ("... Balogun Market. Photo: Jane Roe" over "LAGOS: ...")
    opening = [para for para in opening if para in body]
    dateline, dateline_warnings = find_dateline(opening, reference_date)
    if dateline is None and opening and (lead := lead_without_credit(opening[0])) is not None:
        # "LAGOS: A fire swept ... officials said. Photo: Jane Roe": the lead photo's credit
        # closes the story's first paragraph, as a feed's description sets it
        dateline, dateline_warnings = find_dateline([lead, *opening[1:]], reference_date)
    warnings.extend(dateline_warnings)
    warnings.extend(byline_warnings)
    return Fields(
        headline=headline,
        bylines=bylines,
        byline_raw=byline_raw,
        dateline=dateline,
        photos=photos,
        body=body,
        encoding=encoding,
        language=(structured.first("language")[0] or "").replace("_", "-") or None,
        warnings=warnings,
        page=page,
        byline_sources=sources,
    )
