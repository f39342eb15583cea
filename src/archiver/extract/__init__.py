"""Extraction: captured article bytes in, an `Article` out. Parsers never write files."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

from archiver.errors import InputError
from archiver.extract.language import detect_language, is_bcp47
from archiver.extract.wire_text import parse_wire_text
from archiver.model import Article, Source, Warning
from archiver.reading import DEFAULT_MAX_BYTES, decode_text, describe_path, read_source

__all__ = ["explain_path", "extract_bytes", "extract_path"]


def extract_bytes(
    data: bytes,
    *,
    path: str,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> Article:
    """The structure of an article given as bytes; `path` names it in messages and the record."""
    if language is not None and not is_bcp47(language):
        raise InputError(f"--language {language!r} is not a BCP 47 language tag")
    decoded = decode_text(data, path)
    parsed = parse_wire_text(decoded.text, reference_date)
    warnings: list[Warning] = list(decoded.warnings) + parsed.warnings
    if language is None:
        detected, prob = detect_language("\n".join([parsed.headline or "", *parsed.body]))
        if detected:
            language = detected
            warnings.append(
                Warning("language-detected", f"language {detected!r} detected (p={prob:.2f})")
            )
        else:
            warnings.append(Warning("language-unknown", "too little text to detect the language"))
    if parsed.headline is None:
        warnings.append(Warning("no-headline", "no headline found"))
    if parsed.byline is None:
        warnings.append(Warning("no-byline", "no byline found"))
    elif not parsed.byline.names:
        warnings.append(
            Warning("byline-without-person", f"byline {parsed.byline.raw!r} names no person")
        )
    if parsed.dateline is None:
        warnings.append(Warning("no-dateline", "no dateline found"))
    if not parsed.body:
        warnings.append(Warning("no-body", "no body paragraphs found"))
    return Article(
        headline=parsed.headline,
        bylines=list(parsed.byline.names) if parsed.byline else [],
        byline_raw=parsed.byline.raw if parsed.byline else None,
        dateline=parsed.dateline,
        photos=parsed.photos,
        body=parsed.body,
        language=language,
        source=Source(
            path=describe_path(path),
            bytes=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            encoding=decoded.encoding,
        ),
        warnings=warnings,
    )


def extract_path(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read and extract one article file ('-' for standard input)."""
    data = read_source(path, max_bytes=max_bytes)
    return extract_bytes(
        data, path=os.fspath(path), reference_date=reference_date, language=language
    )


def explain_path(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> str:
    """Why each line of an article got its role (headline, byline, dateline, caption, ...):
    one entry per line, with the evidence, for `archiver extract --explain`."""
    from archiver.extract.roles import explain

    data = read_source(path, max_bytes=max_bytes)
    decoded = decode_text(data, os.fspath(path))
    return explain(parse_wire_text(decoded.text, reference_date).roles)
