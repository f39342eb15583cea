"""The `archiver` command group. Each command lives in archiver.commands.<name>."""

from __future__ import annotations

import click

from archiver import __version__
from archiver.commands.extract_cmd import extract
from archiver.commands.normalize_cmd import normalize, schemas
from archiver.commands.package_cmd import package
from archiver.commands.validate_cmd import validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
def main() -> None:
    """Turn news articles into preservation packages.

    \b
    extract    recover headline, byline, dateline, photos and body from a captured article
    normalize  write NewsML-G2 2.35 and Dublin Core XML for it
    package    wrap original, XML and record in a BagIt bag (RFC 8493)
    validate   check any bag: structure, fixity, completeness, profile, XML schemas
    schemas    show which official XML schemas were found

    Example: archiver package fixtures/upi-2014-north-korean-women-seoul.txt -o out/
    """


for command in (extract, normalize, schemas, package, validate):
    main.add_command(command)
