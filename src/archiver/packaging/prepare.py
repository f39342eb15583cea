"""Preparing: one article read, extracted, rendered and checked once, nothing written.

A `PreparedArticle` is everything every output needs (the record, the original bytes, the
rendered documents, the guid, what was done to it): the BagIt layout (`packaging.bag`) turns
it into a bag, and nothing downstream reads the source again. Options and the run's clock live
here too, since preparing, laying out and committing all read them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from archiver.config import Config
from archiver.errors import InputError
from archiver.extract import iter_extract_file
from archiver.inputs import InputSettings
from archiver.model import Article
from archiver.normalize import check_documents, guid_for, render_documents, version_created
from archiver.packaging.naming import bag_name
from archiver.packaging.profiles import ProfilePlan
from archiver.readers import PayloadFile, Skipped, Unit
from archiver.reading import DEFAULT_MAX_BYTES, describe_path, source_name
from archiver.xmlschemas import SchemaSet

DEFAULT_ALGORITHMS = ("sha256", "sha512")


@dataclass(frozen=True)
class PackageOptions:
    config: Config = field(default_factory=Config)
    reference_date: dt.date | None = None
    language: str | None = None
    algorithms: tuple[str, ...] = DEFAULT_ALGORITHMS
    force: bool = False  # replace existing bags, valid or not
    update: bool = False  # replace existing bags that differ from what this run makes
    keep_folder: bool = True  # with serialize: False keeps only the archive
    run_id: str = ""  # one run of the command: what OUTDIR held before it is listed once
    bagging_date: dt.date | None = None
    serialize: str | None = None  # "tar", "tgz" or "zip"
    schemas: SchemaSet | None = None
    strict: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    extra_info: tuple[tuple[str, str], ...] = ()  # --info KEY=VALUE, in order
    profile: ProfilePlan | None = None  # --profile: a repository's BagIt profile to meet
    # per input, from --from-list lines: its own reference date and language
    listed: Mapping[str, InputSettings] = field(default_factory=dict)

    def for_input(self, path: str) -> tuple[dt.date | None, str | None]:
        """The reference date and language for one input: its list line's, else the options'."""
        own = self.listed.get(path)
        if own is None:
            return self.reference_date, self.language
        return own.reference_date or self.reference_date, own.language or self.language


def run_epoch(options: PackageOptions | None = None) -> int | None:
    """The fixed time of a reproducible run: SOURCE_DATE_EPOCH, else midnight UTC of
    --bagging-date, else None (a normal run, stamped with the current time)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if value:
        return int(version_created().timestamp())  # validates the variable, once, in one place
    if options is not None and options.bagging_date is not None:
        return int(dt.datetime.combine(options.bagging_date, dt.time(), dt.UTC).timestamp())
    return None


# The times every output can hold: a gzip header's mtime is an unsigned 32-bit count of
# seconds (1970-01-01 to 2106-02-07); zip's DOS dates run from 1980 to 2107 (earlier times are
# clamped to 1980, as reproducible builds do); tar and folders hold more.
EARLIEST_TIME = 0
LATEST_TIME = (1 << 32) - 1


def check_dates(options: PackageOptions) -> None:
    """Refuse, before any work, a --bagging-date or SOURCE_DATE_EPOCH that some output
    format cannot record (found otherwise only when the archive is written, after the bag)."""
    epoch = run_epoch(options)
    if epoch is None or EARLIEST_TIME <= epoch <= LATEST_TIME:
        return
    first = dt.datetime.fromtimestamp(EARLIEST_TIME, dt.UTC).date()
    last = dt.datetime.fromtimestamp(LATEST_TIME, dt.UTC).date()
    given = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    what = f"SOURCE_DATE_EPOCH={given}" if given else f"--bagging-date {options.bagging_date}"
    raise InputError(
        f"{what}: outside {first} .. {last}, the dates every output format "
        "(folder, tar, tar.gz, zip) can record"
    )


def created_time(options: PackageOptions) -> dt.datetime:
    epoch = run_epoch(options)
    return dt.datetime.fromtimestamp(epoch, dt.UTC) if epoch is not None else version_created()


def bagging_date(options: PackageOptions) -> dt.date:
    if options.bagging_date:
        return options.bagging_date
    epoch = run_epoch()
    now = dt.datetime.fromtimestamp(epoch, dt.UTC) if epoch is not None else dt.datetime.now(dt.UTC)
    return now.date()  # UTC, like the NewsML-G2 times


@dataclass(frozen=True)
class Event:
    """Something done to the article while preparing it (a PREMIS event in the making)."""

    type: str  # PREMIS event type vocabulary term, e.g. "metadata extraction"
    when: dt.datetime
    outcome: str  # "success" (a failure raises instead: nothing is made of a failed article)
    detail: str


@dataclass(frozen=True)
class PreparedArticle:
    """One article ready to be laid out: made once, read by every layout."""

    path: str  # as given on the command line
    article: Article  # the record; its source path is the file's name
    original: bytes  # the source, byte for byte
    docs: dict[str, bytes]  # rendered and checked documents: newsml.xml, dc.xml, dcterms.xml
    guid: str
    name: str  # the bag name
    events: tuple[Event, ...] = ()
    # the name the input's reader gave the original (a WARC article's own small WARC); None:
    # the source file's name, exactly as on disk
    unit_name: str | None = None
    extras: tuple[PayloadFile, ...] = ()  # more payload files (a web capture's photos)

    @property
    def original_name(self) -> str:
        """The original's file name in the payload."""
        return self.unit_name or source_name(self.path)


def _source_path(path: str) -> Path:
    if path == "-":
        raise InputError("-: package needs a file (its bytes are kept in the bag), not stdin")
    return Path(path)


def prepare_input(
    path: str, options: PackageOptions, skipped: list[Skipped] | None = None
) -> list[PreparedArticle]:
    """Extract, render and check every article of one input (one for a text or HTML file,
    one per article record of a web archive); nothing is written. What the input holds
    besides articles (a WARC's other records, with the reason) is added to `skipped`."""
    return list(iter_prepared(path, options, skipped))


def iter_prepared(
    path: str, options: PackageOptions, skipped: list[Skipped] | None = None
) -> Iterator[PreparedArticle]:
    """prepare_input one article at a time, each handed on before the next is read: a web
    archive's pages are never all in memory at once. The input's checks come first; an
    input with no article raises InputError once it has been read to its end."""
    source = _source_path(path)
    try:
        source_name(path).encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            f"{describe_path(path)}: file name is not valid UTF-8 and cannot be listed in a "
            "UTF-8 manifest; rename the file"
        ) from None
    if options.serialize:
        from archiver.bagcheck.archives import entry_name_problem

        problem = entry_name_problem(f"bag/data/original/{source_name(path)}")
        if problem:
            # refused before any work: the archive would be one that validate refuses
            raise InputError(
                f"{describe_path(path)}: cannot be put in a {options.serialize} archive: its "
                f"{problem.replace('entry name', 'file name')}; rename the file or package "
                "without --serialize"
            )
    reference_date, language = options.for_input(path)
    # read once (a WARC in place, record by record); each unit keeps its original bytes
    items = iter_extract_file(
        str(source),
        reference_date=reference_date,
        language=language,
        max_bytes=options.max_bytes,
    )
    passed: list[Skipped] = []
    articles = 0
    for item in items:
        if isinstance(item, Skipped):
            passed.append(item)
            if skipped is not None:
                skipped.append(item)
            continue
        unit, article = item
        articles += 1
        yield _prepare_unit(path, article, unit, options)
    if not articles:
        why = "; ".join(f"{s.label}: {s.reason}" for s in passed[:3])
        raise InputError(f"{describe_path(path)}: no article found" + (f" ({why})" if why else ""))


def prepare_article(path: str, options: PackageOptions) -> PreparedArticle:
    """Extract, render and check a file holding one article; nothing is written."""
    prepared = prepare_input(path, options)
    if len(prepared) != 1:
        raise InputError(f"{describe_path(path)}: holds {len(prepared)} articles, not one")
    return prepared[0]


def _prepare_unit(
    path: str, article: Article, unit: Unit, options: PackageOptions
) -> PreparedArticle:
    # The bag's record names the source by its file name, not by the path it was given as,
    # so the same file gives the same bag however it was named on the command line.
    article = dataclasses.replace(
        article,
        source=dataclasses.replace(article.source, path=describe_path(source_name(path))),
    )
    guid = guid_for(article, options.config)
    when = created_time(options)
    docs = render_documents(article, options.config, created=when)
    check_documents(docs, options.schemas, strict=options.strict, label=unit.label)
    checked = "validated against the official schemas" if options.schemas else "rendered"
    events = (
        Event("message digest calculation", when, "success", f"sha256 {article.source.sha256}"),
        Event("metadata extraction", when, "success", f"record of {len(article.body)} paragraphs"),
        Event("metadata modification", when, "success", f"NewsML-G2 and Dublin Core {checked}"),
    )
    unit_name = unit.original_name if unit.original_name != source_name(path) else None
    return PreparedArticle(
        path,
        article,
        unit.original,
        docs,
        guid,
        bag_name(article),
        events,
        unit_name=unit_name,
        extras=unit.extras,
    )
