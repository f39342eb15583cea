"""Exports: validated bags turned into what repositories ingest.

Library first; `archiver export` is a few lines over it::

    from archiver.exports import ExportOptions, begin_export, export_bags

    begin_export("mets", Path("out"), options)      # once: checks, OUTDIR, target set-up
    results = export_bags(["bags/a", "bags/b.tar"], "mets", Path("out"), options)

Modules: base (the `Target` interface and the read-only `BagView` a target is given),
registry (targets by name), run (validation, staging, atomic commit), and one module per
target, registered below.
"""

from archiver.exports.base import (
    BagChanged,
    BagView,
    ExportOptions,
    ExportResult,
    StagedTarget,
    Target,
)
from archiver.exports.registry import add_target, get_target, target_names
from archiver.exports.run import begin_export, export_bags, validated_bag

__all__ = [
    "BagChanged",
    "BagView",
    "ExportOptions",
    "ExportResult",
    "StagedTarget",
    "Target",
    "add_target",
    "begin_export",
    "export_bags",
    "get_target",
    "target_names",
    "validated_bag",
]
