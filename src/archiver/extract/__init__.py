"""Extraction: captured article bytes in, `Article`s out. Parsers never write files.

An input is read into article units by its reader (`archiver.readers`: text, HTML, ...);
each unit is parsed by the extractor for its media type into `Fields`, and the steps every
format shares (language, warnings for what is missing, the source's identity) make the
`Article`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urljoin

from archiver.errors import InputError
from archiver.extract.language import detect_language, is_bcp47
from archiver.extract.photofiles import attach_photo_files
from archiver.model import Article, BylineSource, Dateline, Page, Photo, Source, Warning
from archiver.readers import Input, Skipped, Unit, iter_units, open_input, read_units
from archiver.reading import DEFAULT_MAX_BYTES, describe_path, read_source, source_name

__all__ = [
    "Extraction",
    "explain_path",
    "Fields",
    "extract_bytes",
    "extract_file",
    "extract_input",
    "extract_path",
    "extract_unit",
    "iter_extract_file",
    "preload",
]


@dataclass
class Fields:
    """What a format's extractor finds in one unit."""

    headline: str | None = None
    bylines: list[str] = field(default_factory=list)
    byline_raw: str | None = None
    dateline: Dateline | None = None
    photos: list[Photo] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    language: str | None = None  # as the page declares it (<html lang>), when it does
    warnings: list[Warning] = field(default_factory=list)
    page: Page | None = None
    byline_sources: list[BylineSource] = field(default_factory=list)


Extractor = Callable[[Unit, "dt.date | None"], Fields]


def _wire_text(unit: Unit, reference_date: dt.date | None) -> Fields:
    from archiver.extract.wire_text import parse_wire_text
    from archiver.reading import decode_text

    decoded = decode_text(unit.content, unit.label)
    parsed = parse_wire_text(decoded.text, reference_date)
    return Fields(
        headline=parsed.headline,
        bylines=list(parsed.byline.names) if parsed.byline else [],
        byline_raw=parsed.byline.raw if parsed.byline else None,
        dateline=parsed.dateline,
        photos=parsed.photos,
        body=parsed.body,
        encoding=decoded.encoding,
        warnings=list(decoded.warnings) + parsed.warnings,
    )


def _html(unit: Unit, reference_date: dt.date | None) -> Fields:
    from archiver.extract.html import extract_html

    return extract_html(unit, reference_date)


# One extractor per media type a reader can produce.
EXTRACTORS: dict[str, Extractor] = {"text/plain": _wire_text, "text/html": _html}


@dataclass(frozen=True)
class Extraction:
    """Everything found in one input: its articles (each with the unit it came from, whose
    original bytes and extra files go into its bag) and what was skipped, in input order."""

    articles: list[Article]
    units: list[Unit]
    skipped: list[Skipped]


def extract_unit(
    unit: Unit,
    *,
    path: str,
    reference_date: dt.date | None = None,
    language: str | None = None,
) -> Article:
    """The structure of one article unit; `path` names its input in the record."""
    extractor = EXTRACTORS.get(unit.media_type)
    if extractor is None:
        raise InputError(f"{unit.label}: no extractor for {unit.media_type}")
    found = extractor(unit, reference_date)
    warnings = list(found.warnings)
    if language is None and found.language and is_bcp47(found.language):
        language = found.language  # the page's own declaration beats a guess
    if language is None:
        detected, prob = detect_language("\n".join([found.headline or "", *found.body]))
        if detected:
            language = detected
            warnings.append(
                Warning("language-detected", f"language {detected!r} detected (p={prob:.2f})")
            )
        else:
            warnings.append(Warning("language-unknown", "too little text to detect the language"))
    if found.headline is None:
        warnings.append(Warning("no-headline", "no headline found"))
    if not found.bylines and found.byline_raw is None:
        warnings.append(Warning("no-byline", "no byline found"))
    elif not found.bylines:
        warnings.append(
            Warning("byline-without-person", f"byline {found.byline_raw!r} names no person")
        )
    if found.dateline is None:
        warnings.append(Warning("no-dateline", "no dateline found"))
    if not found.body:
        warnings.append(Warning("no-body", "no body paragraphs found"))
    photos = attach_photo_files(found.photos, unit) if unit.extras else found.photos
    return Article(
        headline=found.headline,
        bylines=found.bylines,
        byline_raw=found.byline_raw,
        dateline=found.dateline,
        photos=photos,
        body=found.body,
        language=language,
        source=Source(
            path=path,
            bytes=len(unit.original),
            sha256=hashlib.sha256(unit.original).hexdigest(),
            encoding=found.encoding,
            media_type=None if unit.media_type == "text/plain" else unit.media_type,
            url=unit.url,
            captured=unit.captured,
            record=dict(unit.record),
        ),
        warnings=warnings,
        page=_absolute_canonical(found.page, unit.url),
        byline_sources=found.byline_sources,
        photo_credits=_photo_credits(photos),
    )


def _photo_credits(photos: list[Photo]) -> list[str]:
    """Each photo's credit line as printed (credits.printed_credit), each once, in order."""
    from archiver.extract.credits import (
        joined_credits,
        names_no_one,
        printed_credit,
        unique_credits,
    )

    names = (printed_credit(p.credit, p.caption) for p in photos)
    # a file marker alone ("Photo: File") stays the photo's credit line but credits no one
    return unique_credits(
        part for n in names if n for part in joined_credits(n) if not names_no_one(part)
    )


def _absolute_canonical(page: Page | None, url: str | None) -> Page | None:
    """A relative canonical URL ("/story/1") resolved against the address the page was
    captured from, when the capture records it (a WARC's Target-URI)."""
    if page is None or not page.canonical_url or not url or "://" in page.canonical_url:
        return page
    return dataclasses.replace(page, canonical_url=urljoin(url, page.canonical_url))


def extract_input(
    data: bytes,
    *,
    path: str,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Extraction:
    """Every article in an input given as bytes (one for text and HTML, many for a WARC)."""
    label = describe_path(path)
    inp = Input(data=data, file_name=source_name(path), label=label, max_bytes=max_bytes)
    return _extract(inp, reference_date=reference_date, language=language)


def _extract(inp: Input, *, reference_date: dt.date | None, language: str | None) -> Extraction:
    found = Extraction([], [], [])
    for item in _iter_extract(inp, reference_date=reference_date, language=language):
        if isinstance(item, Skipped):
            found.skipped.append(item)
        else:
            found.units.append(item[0])
            found.articles.append(item[1])
    return found


def _iter_extract(
    inp: Input, *, reference_date: dt.date | None, language: str | None
) -> Iterator[tuple[Unit, Article] | Skipped]:
    """Each unit of an input with its article, or a Skipped item, as the reader yields them."""
    if language is not None and not is_bcp47(language):
        raise InputError(f"--language {language!r} is not a BCP 47 language tag")
    label = inp.label
    if not inp.data:
        raise InputError(f"{label}: empty file")
    for item in iter_units(inp):
        if isinstance(item, Skipped):
            yield item
        else:
            yield (
                item,
                extract_unit(item, path=label, reference_date=reference_date, language=language),
            )


def iter_extract_file(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[Unit, Article] | Skipped]:
    """extract_file one article at a time: a web archive of thousands of pages is read
    record by record and each article is handed on before the next is read, so memory holds
    one page, not the archive's every page (packaging bags each as it comes)."""
    name = os.fspath(path)
    inp = open_input(
        name, file_name=source_name(name), label=describe_path(name), max_bytes=max_bytes
    )
    yield from _iter_extract(inp, reference_date=reference_date, language=language)


def extract_bytes(
    data: bytes,
    *,
    path: str,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """The structure of an input holding one article; `path` names it in messages and the record."""
    found = extract_input(
        data, path=path, reference_date=reference_date, language=language, max_bytes=max_bytes
    )
    return only_article(found, path)


def only_article(found: Extraction, path: str) -> Article:
    """The one article of an input that must hold exactly one."""
    if len(found.articles) != 1:
        raise InputError(
            f"{describe_path(path)}: holds {len(found.articles)} articles, not one"
            + (f" ({len(found.skipped)} records skipped)" if found.skipped else "")
        )
    return found.articles[0]


def extract_file(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Extraction:
    """Read an input file ('-' for standard input) and extract every article in it (a WARC
    is read in place, record by record, however big it is)."""
    name = os.fspath(path)
    inp = open_input(
        name, file_name=source_name(name), label=describe_path(name), max_bytes=max_bytes
    )
    return _extract(inp, reference_date=reference_date, language=language)


def extract_path(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read and extract a file holding one article ('-' for standard input)."""
    found = extract_file(
        path, reference_date=reference_date, language=language, max_bytes=max_bytes
    )
    return only_article(found, os.fspath(path))


def explain_path(
    path: str | os.PathLike[str],
    *,
    reference_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> str:
    """Why each line of a plain-text article got its role (headline, byline, dateline,
    caption, ...): one entry per line, with the evidence, for `archiver extract --explain`.
    Other formats are read by their own extractors, which have no lines to explain."""
    from archiver.extract.roles import explain
    from archiver.extract.wire_text import parse_wire_text
    from archiver.reading import decode_text

    data = read_source(path, max_bytes=max_bytes)
    label = describe_path(os.fspath(path))
    inp = Input(data=data, file_name=source_name(os.fspath(path)), label=label, max_bytes=max_bytes)
    out: list[str] = []
    for unit in read_units(inp):
        if isinstance(unit, Skipped):
            continue
        if unit.media_type != "text/plain":
            out.append(
                f"{unit.label}: {unit.media_type}: line roles are explained for plain text\n"
            )
            continue
        decoded = decode_text(unit.content, unit.label)
        out.append(explain(parse_wire_text(decoded.text, reference_date, explain=True).roles))
    return "".join(out)


def preload(*, language: bool = True) -> None:
    """Load once what extracting articles needs (the readers, the text parser's modules, the
    gazetteer and, unless every article's language is given, the language model): called
    before a batch's worker processes fork, so they share it instead of each loading it."""
    from archiver.extract import gazetteer, wire_text  # noqa: F401  (imported to be shared)
    from archiver.readers import readers

    readers()
    gazetteer.preload()
    if language:
        from archiver.extract.language import preload as preload_language

        preload_language()
