"""`archiver validate` (placeholder until issue 4 lands)."""

import click


@click.command()
def validate() -> None:
    """Validate BagIt bags (not yet implemented)."""
    raise click.UsageError("validate is not implemented yet")
