"""`archiver package` (placeholder until issue 4 lands)."""

import click


@click.command()
def package() -> None:
    """Package articles as BagIt bags (not yet implemented)."""
    raise click.UsageError("package is not implemented yet")
