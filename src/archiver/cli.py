"""The `archiver` command group. Each command lives in archiver.commands.<name>_cmd and is
imported only when it runs, so `archiver validate` does not pay for the extractor's imports."""

from __future__ import annotations

import atexit
import gc
import importlib
import os

import click

from archiver import __version__

# At exit the interpreter's last garbage collection walks every object still alive (all the
# modules a command imported); none of them can be cyclic garbage that matters by then, and
# freezing them spares a short command such as `validate` about 10 ms.
atexit.register(gc.freeze)

# Language identification runs numpy in every worker process; BLAS threads inside each would
# compete with the workers for the same processors (and spin while they wait), so each gets
# one, unless the user has chosen otherwise.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

_COMMANDS = {
    "init": ("archiver.commands.init_cmd", "init"),
    "extract": ("archiver.commands.extract_cmd", "extract"),
    "normalize": ("archiver.commands.normalize_cmd", "normalize"),
    "package": ("archiver.commands.package_cmd", "package"),
    "validate": ("archiver.commands.validate_cmd", "validate"),
    "export": ("archiver.commands.export_cmd", "export"),
    "schemas": ("archiver.commands.schemas_cmd", "schemas"),
}
_SUMMARIES = {
    "init": "Write a commented archiver.toml: the archive's identity and rights.",
    "extract": "Recover headline, byline, dateline, photos and body from an article.",
    "normalize": "Write NewsML-G2 2.35 and Dublin Core XML for articles.",
    "package": "Package articles as BagIt 1.0 bags (RFC 8493).",
    "validate": "Validate BagIt bags: folders or serialized bags.",
    "export": "Export validated bags for ingest (METS, DSpace, Archivematica...).",
    "schemas": "Show which official XML schemas are found; install them.",
}


class LazyGroup(click.Group):
    """Click's documented lazy-loading pattern: commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return None
        module, attr = _COMMANDS[cmd_name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, _SUMMARIES[name]) for name in _COMMANDS])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
def main() -> None:
    """Turn news articles into preservation packages.

    Example: archiver package --reference-date 2014-11-19 -o out
    fixtures/upi-2014-north-korean-women-seoul.txt
    """
