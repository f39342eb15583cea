"""One module per Click command; each is a few lines over a library function."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from archiver.errors import ArchiverError

if TYPE_CHECKING:
    from archiver.config import Config

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Turn an ArchiverError into one line on stderr and its exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ArchiverError as exc:
            # one line whatever the message quotes (a file name may hold a line break)
            from archiver.bagcheck.paths import printable  # lazily: only errors need it

            click.echo(f"archiver: error: {printable(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("archiver: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def reference_date_option(func: F) -> F:
    return click.option(
        "--reference-date",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="Date the article was captured or published (YYYY-MM-DD); the only source of a "
        "year for a dateline that prints none.",
    )(func)


def language_option(func: F) -> F:
    return click.option(
        "--language",
        default=None,
        metavar="BCP47",
        help="Language of the article (e.g. en, fr-CA); detected offline when not given.",
    )(func)


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Settings file (TOML; default: ./archiver.toml if present).",
    )(func)


def output_option(help: str) -> Callable[[F], F]:
    return click.option(
        "-o",
        "--output",
        "out",
        required=True,
        type=click.Path(file_okay=False, path_type=Path),
        help=help,
    )


def schemas_option(func: F) -> F:
    """The one --schemas option of every command that checks XML."""
    return click.option(
        "--schemas",
        "schemas_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        metavar="DIR",
        help="Folder of the official XML schemas (default: $ARCHIVER_SCHEMAS, else the set "
        "`archiver schemas install` installed).",
    )(func)


def jobs_option(help: str) -> Callable[[F], F]:
    """The one --jobs option; what the processes do is the command's to say."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help=f"{help} (default: the number of CPUs; never more than 4 per CPU).",
    )


def max_bytes_option(func: F) -> F:
    """The one --max-bytes option: the largest input file read whole."""
    from archiver.reading import DEFAULT_MAX_BYTES

    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        help="Refuse larger input files.",
    )(func)


def unchecked_note(directory: Path | None) -> list[str]:
    """Without official schemas, the note for --report and JSON (`say_notes` prints it)."""
    from archiver.schemadir import NOT_CHECKED

    return [NOT_CHECKED] if directory is None else []


def identity_note(config: Config) -> list[str]:
    """While the identity is the built-in placeholder, the note naming the keys to set."""
    keys = config.placeholder_keys()
    if not keys:
        return []
    return [
        f"placeholder identity: set {', '.join(keys)} in archiver.toml (`archiver init` "
        "writes one) or on the command line; guids and bag-info made now keep the placeholders"
    ]


def say_notes(notes: list[str]) -> None:
    """Each note once on stderr, with what to do about it."""
    from archiver.schemadir import HOW_TO_INSTALL, NOT_CHECKED

    for note in notes:
        advice = f": {HOW_TO_INSTALL}" if note == NOT_CHECKED else ""
        click.echo(f"archiver: warning: {note}{advice}", err=True)
