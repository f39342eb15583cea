"""`archiver init`: write a commented archiver.toml (questions on a terminal, flags for scripts)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archiver.commands import reports_errors
from archiver.config import DEFAULT_CONFIG_NAME


def _interactive() -> bool:
    """Questions only when a person can answer them."""
    return sys.stdin.isatty()


@click.command()
@click.option(
    "--config",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_CONFIG_NAME,
    show_default=True,
    help="File to write.",
)
@click.option("--organization", default=None, help="The archive's name.")
@click.option("--organization-address", "address", default=None, help="Its postal address.")
@click.option("--contact-name", default=None, help="Who answers for the bags.")
@click.option("--contact-email", default=None, help="Their e-mail address.")
@click.option(
    "--guid-authority",
    default=None,
    metavar="AUTH",
    help="tag: URI authority for guids, e.g. example.org,2026 (default: the contact e-mail's "
    "domain and this year).",
)
@click.option("--provider-id", default=None, help="NewsML-G2 provider literal.")
@click.option("--rights-holder", default=None, help="Default copyright holder.")
@click.option("--license", "license_uri", default=None, metavar="URI", help="Licence URI.")
@click.option("--rights-statement", default=None, metavar="URI", help="rightsstatements.org URI.")
@click.option(
    "--no-input", is_flag=True, help="Ask nothing, even on a terminal (flags and defaults only)."
)
@click.option("--force", is_flag=True, help="Replace an existing file.")
@reports_errors
def init(
    path: Path,
    organization: str | None,
    address: str | None,
    contact_name: str | None,
    contact_email: str | None,
    guid_authority: str | None,
    provider_id: str | None,
    rights_holder: str | None,
    license_uri: str | None,
    rights_statement: str | None,
    no_input: bool,
    force: bool,
) -> None:
    """Write a commented archiver.toml: organization, contact, guid authority, rights.

    On a terminal it asks for what the flags did not give; in scripts, give flags (and
    --no-input). The guid authority becomes part of every bag's External-Identifier: choose
    one you control and keep it.

    \b
    Example:
      archiver init --organization "Example Newspaper Archive" \\
          --contact-email archive@example.org --no-input
    """
    from archiver.initconfig import (
        Identity,
        suggested_authority,
        suggested_provider,
        write_config,
    )

    ask = not no_input and _interactive()

    def value(current: str | None, question: str, default: str | None = None) -> str | None:
        if current is not None or not ask:
            return current if current is not None else default
        answer = click.prompt(question, default=default or "", show_default=bool(default))
        return answer.strip() or None

    organization = value(organization, "Organization (the archive's name)")
    contact_name = value(contact_name, "Contact name")
    contact_email = value(contact_email, "Contact e-mail")
    address = value(address, "Organization address")
    guid_authority = value(
        guid_authority, "guid authority (domain,year)", suggested_authority(contact_email)
    )
    provider_id = value(provider_id, "NewsML-G2 provider id", suggested_provider(organization))
    rights_holder = value(rights_holder, "Default rights holder (empty: none)")
    identity = Identity(
        organization=organization,
        address=address,
        contact_name=contact_name,
        contact_email=contact_email,
        guid_authority=guid_authority,
        provider_id=provider_id,
        rights_holder=rights_holder,
        license=license_uri,
        rights_statement=rights_statement,
    )
    written = write_config(path, identity, force=force)
    click.echo(f"wrote {written}")
    from archiver.config import load_config

    missing = load_config(written).placeholder_keys()
    if missing:
        click.echo(
            f"archiver: warning: {written}: still placeholders: {', '.join(missing)}", err=True
        )
