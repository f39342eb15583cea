"""An HTML page's bytes to text, by the charset it declares (WHATWG rules, simplified)."""

from __future__ import annotations

import codecs
import re

from archiver.model import Warning

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
# WHATWG Encoding: these labels mean windows-1252, which is what browsers decode them as
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> tuple[str, str, list[Warning]]:
    """(text, codec name, warnings): a BOM, else the declared charset, else UTF-8, else
    cp1252 with a warning. Bytes the declared charset cannot decode are replaced (and said)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig", []
    for bom, enc in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(enc, "replace"), enc, []
    m = _META_CHARSET.search(data[:16384])
    declared = _codec(m.group(1).decode("ascii", "replace")) if m else None
    if declared and declared.startswith("utf-16"):
        declared = "utf-8"  # a page read as bytes that says utf-16 is not (WHATWG)
    for enc in [e for e in (declared, "utf-8") if e]:
        try:
            return data.decode(enc), enc, []
        except UnicodeDecodeError:
            continue
    if declared:
        text = data.decode(declared, "replace")
        note = f"bytes not valid in the declared charset {declared} were replaced"
        return text, declared, [Warning("encoding-errors", note)]
    note = "no charset declared and not UTF-8; decoded as cp1252 (Windows Latin-1)"
    return data.decode("cp1252", "replace"), "cp1252", [Warning("legacy-encoding", note)]
