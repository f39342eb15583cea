"""The article's main text, boilerplate removed, as a list of paragraphs: trafilatura, the
best-kept open-source main-text extractor (and among the best scored on the very benchmark
our dev corpus comes from)."""

from __future__ import annotations

from lxml import etree

# trafilatura's output elements that are one paragraph each
_BLOCKS = {"p", "head", "quote", "item", "cell", "code"}


def main_text(text: str, url: str | None = None) -> list[str]:
    """Paragraphs of the page's main text, in order."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        text,
        url=url,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    body = getattr(doc, "body", None) if doc is not None else None
    if body is None:
        return []
    paragraphs: list[str] = []
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue  # its text is in its block ancestor's paragraph
        para = " ".join("".join(_texts(el)).split())
        if para:
            paragraphs.append(para)
    return paragraphs


def _texts(el: etree._Element) -> list[str]:
    """The element's text, with a space where trafilatura marked a line break."""
    out = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            out.append(" ")
        elif isinstance(child.tag, str):
            out.extend(_texts(child))
        out.append(child.tail or "")
    return out
