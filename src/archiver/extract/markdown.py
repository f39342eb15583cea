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
# a backslash escaping Markdown's punctuation ("File \| Nation Media Group")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def is_markdown_page(text: str) -> bool:
    """The page is Markdown: the reader service's field names it, or links written as Markdown
    open several lines (a menu of them, as a page's Markdown dump begins)."""
    if _MARKDOWN_FIELD.search(text):
        return True
    link_lines = sum(1 for line in text.split("\n", 200)[:200] if _LINK.match(line.lstrip("*- \t")))
    return link_lines >= 3


def read_markdown(text: str) -> str:
    """The page's words with Markdown's headings, links and escapes read past; a page that is
    not Markdown is returned as it is (a '#' or '[...]' in plain copy is the copy's own)."""
    if not is_markdown_page(text):
        return text
    text = _HEADING.sub("", text)
    text = _LINK.sub(lambda m: m.group(1), text)
    return _ESCAPE.sub(r"\1", text)
