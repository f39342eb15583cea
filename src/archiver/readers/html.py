"""HTML pages, also gzip-compressed (a saved page, a crawler's `.html.gz`). One page is one
article; the bag keeps the file as given (compressed or not) byte for byte."""

from __future__ import annotations

import re
from collections.abc import Iterator

from archiver.readers import COMMENT, GZIP_MAGIC, Input, Item, Reader, Unit, gunzip, register

# What an HTML document starts with, after a BOM, white space and comments: a doctype, an
# XML declaration followed by html, or one of the elements a page opens with. Wire copy
# does not start with markup, so this never takes a text article.
_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:" + COMMENT + rb"\s*)*(?:<\?xml[^>]*>\s*(?:" + COMMENT + rb"\s*)*)?"
    rb"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<title[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_UTF16 = re.compile(rb"\A(?:\xff\xfe|\xfe\xff)")


# A text copy that opens with the page's title as its tag ("<title>Headline - Site</title>" on
# a line of its own, a reader's or a scraper's dump) and holds no other markup: text, not a page.
# A long title may be hard-wrapped over a few lines by the tool that saved the copy ("<title>...
# hike - Pakistan -" / "DAWN.COM</title>").
_TITLE_LINE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<title>[^<\n]*(?:\r?\n[^<\n]+){0,2}</title>[ \t]*\r?\n", re.IGNORECASE
)
_TAG = re.compile(rb"<(?:[a-z][a-z0-9]*[\s/>]|/[a-z][a-z0-9]*\s*>|!)", re.IGNORECASE)


def _sniff(head: bytes, name: str) -> bool:
    if _UTF16.match(head):  # a UTF-16 page (rare): sniff its ASCII skeleton
        head = head[2:].replace(b"\x00", b"")
    title = _TITLE_LINE.match(head)
    if title is not None and not _TAG.search(head, title.end()):
        return False
    return bool(_START.match(head))


def _read(inp: Input) -> Iterator[Item]:
    content = inp.data
    if content.startswith(GZIP_MAGIC):
        content = gunzip(content, label=inp.label, max_bytes=inp.max_bytes)
    yield Unit(
        media_type="text/html",
        content=content,
        original=inp.data,
        original_name=inp.file_name,
        label=inp.label,
    )


register(
    Reader(
        "html",
        _sniff,
        _read,
        patterns=("*.html", "*.htm", "*.xhtml", "*.html.gz", "*.htm.gz"),
        priority=40,
    )
)
