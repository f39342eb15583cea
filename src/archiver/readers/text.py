"""Plain text (wire copy): the fallback reader. The whole file is one article; whether it is
text at all is decided when it is decoded (archiver.reading.decode_text)."""

from __future__ import annotations

from collections.abc import Iterator

from archiver.readers import Input, Item, Reader, Unit, register


def _sniff(head: bytes, name: str) -> bool:
    return True  # last in line: what no other reader claims is read as text, or refused then


def _read(inp: Input) -> Iterator[Item]:
    yield Unit(
        media_type="text/plain",
        content=inp.data,
        original=inp.data,
        original_name=inp.file_name,
        label=inp.label,
    )


register(Reader("text", _sniff, _read, patterns=("*.txt",), priority=100))
