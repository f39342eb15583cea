"""`archiver extract`: print an article's structure as JSON or text."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from archiver.commands import language_option, reference_date_option, reports_errors
from archiver.extract import explain_path, extract_file, only_article
from archiver.reading import DEFAULT_MAX_BYTES
from archiver.record import record_json, record_text


@click.command()
@click.argument("file", type=str)
@reference_date_option
@language_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="text",
    show_default=True,
    help="json: the record every later step consumes; text: the same for a person.",
)
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print each line's role (headline, byline, dateline, caption, ...) and why.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse larger input files.",
)
@reports_errors
def extract(
    file: str,
    reference_date: dt.datetime | None,
    language: str | None,
    fmt: str,
    as_json: bool,
    max_bytes: int,
    explain: bool,
) -> None:
    """Recover headline, byline, dateline, photos and body from a captured article.

    FILE is a capture of an article: wire-story text, an HTML page (also gzip-compressed)
    or another format archiver reads, recognised from its bytes ('-' reads standard input).
    An input holding several articles (a web archive) prints a JSON array of records.

    \b
    Example:
      archiver extract --json --reference-date 2014-11-19 \\
          fixtures/upi-2014-north-korean-women-seoul.txt
    """
    if explain:
        click.echo(
            explain_path(
                file,
                reference_date=reference_date.date() if reference_date else None,
                max_bytes=max_bytes,
            ),
            nl=False,
        )
        return
    found = extract_file(
        file,
        reference_date=reference_date.date() if reference_date else None,
        language=language,
        max_bytes=max_bytes,
    )
    if len(found.articles) != 1:
        # a web archive: a JSON array of records, or the text records one after another
        if not found.articles:
            only_article(found, file)  # the error naming what was skipped
        if as_json or fmt == "json":
            records = [json.loads(record_json(a)) for a in found.articles]
            out = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
            sys.stdout.buffer.write(out.encode("utf-8"))
        else:
            click.echo("\n".join(record_text(a) for a in found.articles), nl=False)
        return
    if as_json or fmt == "json":
        sys.stdout.buffer.write(record_json(found.articles[0]))
    else:
        click.echo(record_text(found.articles[0]), nl=False)
