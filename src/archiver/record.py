"""The extracted record as JSON: the contract between extract and every later step."""

from __future__ import annotations

import json

from archiver.model import Article


def record_json(article: Article) -> bytes:
    """Deterministic UTF-8 JSON (field order as in the schema, two-space indent, final newline)."""
    return (json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def record_text(article: Article) -> str:
    """The same record laid out for a person to read."""
    out: list[str] = []

    def row(label: str, value: object) -> None:
        out.append(f"{label:<11} {value if value not in (None, '', []) else '-'}")

    row("Headline", article.headline)
    row("Byline", article.byline_raw)
    row("Authors", "; ".join(article.bylines))
    dl = article.dateline
    row("Dateline", dl.raw if dl else None)
    if dl:
        row("  place", dl.place)
        row("  date", dl.date or (f"{dl.date_text} (year unknown)" if dl.date_text else None))
        row("  source", dl.source)
    row("Language", article.language)
    row("Photos", len(article.photos))
    for p in article.photos:
        where = f"{p.position} of {p.count}" if p.position else "-"
        row(f"  [{where}]", p.caption)
        row("    credit", p.credit)
        row("    by", p.photographer)
        row("    agency", p.agency)
        if p.licensable:
            row("    offered", "for licensing on the source page")
    row("Body", f"{len(article.body)} paragraphs")
    for i, para in enumerate(article.body, 1):
        out.append(f"  {i:>3}. {para}")
    src = article.source
    row("Source", f"{src.path} ({src.bytes} bytes, {src.encoding}, sha256 {src.sha256})")
    for w in article.warnings:
        row("Warning", f"{w.code}: {w.message}")
    return "\n".join(out) + "\n"
