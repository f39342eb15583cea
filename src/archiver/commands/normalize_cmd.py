"""`archiver normalize` and `archiver schemas` (placeholder until issue 3 lands)."""

import click


@click.command()
def normalize() -> None:
    """Write NewsML-G2 and Dublin Core XML for articles (not yet implemented)."""
    raise click.UsageError("normalize is not implemented yet")


@click.command()
def schemas() -> None:
    """Report which official XML schemas were found (not yet implemented)."""
    raise click.UsageError("schemas is not implemented yet")
