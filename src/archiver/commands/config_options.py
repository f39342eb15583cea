"""Options that set the archive's identity and rights, shared by normalize and package."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from archiver.config import Config

F = TypeVar("F", bound=Callable[..., Any])


def rights_options(func: F) -> F:
    """--rights-holder, --copyright-notice, --license, --usage-terms, --rights-statement,
    --provider-id, --guid-authority: each overrides the config file."""
    decorators = [
        click.option("--rights-holder", default=None, help="Copyright holder (rights.holder)."),
        click.option(
            "--copyright-notice", default=None, help="Copyright notice (rights.copyright_notice)."
        ),
        click.option(
            "--license",
            "license_uri",
            default=None,
            metavar="URI",
            help="Licence URI (rights.license).",
        ),
        click.option("--usage-terms", default=None, help="Usage terms text (rights.usage_terms)."),
        click.option(
            "--rights-statement",
            default=None,
            metavar="URI",
            help="Rights statement URI (rights.statement); default: "
            "http://rightsstatements.org/vocab/CNE/1.0/ unless a licence is given.",
        ),
        click.option(
            "--provider-id", default=None, help="NewsML-G2 provider (archive.provider_id)."
        ),
        click.option(
            "--guid-authority",
            default=None,
            metavar="AUTH",
            help="tag: URI authority for guids, e.g. example.org,2026 (archive.guid_authority).",
        ),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def organization_option(func: F) -> F:
    """--organization, the one spelling of archive.organization in every command.

    `--source-organization` (its earlier spelling in `package`, after the bag-info label) is
    still accepted, hidden, so that scripts written for it keep working."""
    func = click.option("--source-organization", default=None, hidden=True)(func)
    return click.option(
        "--organization",
        default=None,
        help="The archive's name: bag-info Source-Organization, NewsML-G2 provider name "
        "(archive.organization).",
    )(func)


def apply_overrides(config: Config, **options: str | None) -> Config:
    """The config with the command-line values that were given replacing its own."""
    config = config.with_overrides(
        "archive",
        provider_id=options.get("provider_id"),
        guid_authority=options.get("guid_authority"),
        organization=options.get("organization") or options.get("source_organization"),
    )
    return config.with_overrides(
        "rights",
        holder=options.get("rights_holder"),
        copyright_notice=options.get("copyright_notice"),
        license=options.get("license_uri"),
        usage_terms=options.get("usage_terms"),
        statement=options.get("rights_statement"),
    )
