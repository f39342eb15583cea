#!/usr/bin/env python3
"""Where an export's CPU goes, step by step, beside validating the same bags (run by hand).

`benchmarks/export.py` times whole runs; on a machine shared with other jobs its wall times
say little, and it cannot say which part of an export costs what. This script measures, in
one process and in CPU time (so other jobs on the machine move the figures far less than
they move wall times), the steps of an export over the same bags:

* validating a bag as `archiver validate` does, and as export does (`ValidateOptions(keep=True)`);
* each part of the targets' own work on a validated bag (the Dublin Core read from the kept
  tree, the record, the payload's order, the METS text, parsing it back, its schema check,
  dspace-saf's Dublin Core files, archivematica's premis.xml and metadata.csv);
* each target's `write` with nothing written (an output folder that only keeps the bytes), the
  METS document already made: what is left of the target's Python;
* the same `write` into a real folder: that plus creating the folders and files.

Every step runs over every bag in a pass, on fresh views (nothing remembered from the pass
before); each figure is the lowest of the passes, in microseconds of CPU a bag.

`validate --jobs 2` checks small bags one after another in one process, `export --jobs 2`
spreads them over two, so the benchmark's ratio can reach 1.0 only while an export's CPU a bag
stays within twice what `archiver validate` spends on one, less what the second process loses
to start-up, flushes and the last bags. Compare the steps with each other, not with whole runs:
in one long process every figure runs higher than the same work in a command (validating,
about a fifth), and the cost of making files swings with what the file system went through in
the minutes before (other jobs deleting files), by as much as 2x from one pass to the next.

Usage: python benchmarks/export_steps.py [--bags 300] [--passes 5] [--bag-dir DIR]
                                         [--out benchmarks/results/export_steps.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import REPO, make_articles, package_command, run_measured  # noqa: E402

sys.path.insert(0, str(REPO / "src"))
ENV = {"SOURCE_DATE_EPOCH": "1416355200", "ARCHIVER_SCHEMAS": ""}


class _KeptOutput:
    """An OutputFolder that writes nothing: what a target's write costs in Python alone."""

    def __init__(self, root: object, epoch: int | None) -> None:
        self.files: dict[str, bytes] = {}

    def write(self, rel: str, data: bytes) -> None:
        self.files[rel] = data

    def copy(self, bag, source: str, rel: str) -> int:  # type: ignore[no-untyped-def]
        data = bag.read(source)
        self.files[rel] = data
        return len(data)

    def finish(self) -> None:
        pass


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(bag_paths: list[str], passes: int, schemas: str | None, scratch: Path) -> dict:
    from lxml import etree

    from archiver.bagcheck import ValidateOptions, make_xml_checker, validate_bag
    from archiver.config import Config
    from archiver.exports import archivematica, metadata, mets, metsproof, saf
    from archiver.exports.base import ExportOptions
    from archiver.exports.run import begin_export, validate_options, validated_bag

    options = ExportOptions(
        config=Config(),
        run_time=dt.datetime(2014, 11, 19, tzinfo=dt.UTC),
        schemas_dir=schemas,
        epoch=1416355200,
    )
    begin_export("dspace-saf", scratch / "begin", options)  # compiles the schemas once
    as_validate = ValidateOptions(mode="full", jobs=2, xml_checker=make_xml_checker(schemas))
    as_export = validate_options(options)
    views = []
    for path in bag_paths:
        with validated_bag(path, as_export) as view:
            views.append(view)
    schema_set = mets._schema_set(schemas)
    parser = mets._check_parser()
    best: dict[str, float] = {}

    def step(name: str, fn: Callable, over: list) -> None:  # type: ignore[type-arg]
        start = time.process_time()
        for item in over:
            fn(item)
        per_bag = (time.process_time() - start) / len(over) * 1e6
        best[name] = min(best.get(name, per_bag), per_bag)

    # the METS documents the writes below are given (made beforehand: measured apart)
    made = {v.name: mets.MetsBuilder(v, options).text() for v in views}
    for n in range(passes):
        # the targets' write: the METS document made already, first into nothing, then into files
        made_mets = saf.mets_document
        saf.mets_document = lambda v, _options, made=made: made[v.name]  # type: ignore[assignment]
        try:
            for target in (saf.SafTarget(options), archivematica.ArchivematicaTarget(options)):
                module = sys.modules[type(target).__module__]
                real = module.OutputFolder  # type: ignore[attr-defined]
                module.OutputFolder = _KeptOutput  # type: ignore[attr-defined]
                try:
                    step(
                        f"{target.name} write, nothing written",
                        lambda v, target=target: target.write(v, scratch),
                        [dataclasses.replace(v, _memo={}) for v in views],
                    )
                finally:
                    module.OutputFolder = real  # type: ignore[attr-defined]
                out = scratch / f"{target.name}-{n}"
                out.mkdir()
                over = [dataclasses.replace(v, _memo={}) for v in views]
                start = _cpu()
                for v in over:
                    target.write(v, out / v.name)
                per_bag = (_cpu() - start) / len(over) * 1e6
                name = f"{target.name} write, files made (user+sys)"
                best[name] = min(best.get(name, per_bag), per_bag)
        finally:
            saf.mets_document = made_mets  # type: ignore[assignment]
        step("validate (as archiver validate)", lambda p: validate_bag(p, as_validate), bag_paths)
        step("validate (as export: keep)", lambda p: validate_bag(p, as_export), bag_paths)
        fresh = [dataclasses.replace(v, _memo={}) for v in views]
        step("Dublin Core terms (kept tree)", metadata.dublin_core, fresh)
        step("record (article.json)", lambda v: v.record(), fresh)
        step("payload order", metadata.payload_order, fresh)
        texts: dict[str, bytes] = {}
        step(
            "METS text",
            lambda v, texts=texts: texts.__setitem__(v.name, mets.MetsBuilder(v, options).text()),
            fresh,
        )
        trees: dict[str, etree._Element] = {}
        step(
            "METS parsed back",
            lambda v, texts=texts, trees=trees: trees.__setitem__(
                v.name, etree.fromstring(texts[v.name], parser)
            ),
            fresh,
        )
        if schema_set is not None:
            step(
                "METS schema check",
                lambda v, trees=trees: mets._check(schema_set, trees[v.name], v.source),
                fresh,
            )
        # the document as the targets get it: made and checked (in full for the first of each
        # shape, then by `metsproof`'s fast path unless ARCHIVER_METS_FULL_CHECK=1)
        step(
            "METS document, checked (mets_document)",
            lambda v: mets.mets_document(v, options),
            [dataclasses.replace(v, _memo={}) for v in views],
        )
        was = os.environ.get(metsproof.FULL_CHECK_ENV)
        os.environ[metsproof.FULL_CHECK_ENV] = "1"
        try:
            step(
                "METS document, checked in full (as before)",
                lambda v: mets.mets_document(v, options),
                [dataclasses.replace(v, _memo={}) for v in views],
            )
        finally:
            os.environ[metsproof.FULL_CHECK_ENV] = was or ""
        terms = {v.name: metadata.dublin_core(v) for v in fresh}
        step(
            "dspace-saf Dublin Core files",
            lambda v, terms=terms: (
                saf.dublin_core_xml(terms[v.name]),
                saf.dcterms_xml(terms[v.name]),
            ),
            fresh,
        )
        step(
            "archivematica premis.xml",
            lambda v: mets.MetsBuilder(v, options).premis_events_text(
                [f.rel for f in metadata.payload_order(v)]
            ),
            fresh,
        )
        step(
            "archivematica metadata.csv",
            lambda v, terms=terms: archivematica.metadata_csv("data/original/a.txt", terms[v.name]),
            fresh,
        )
    return {name: round(us, 1) for name, us in best.items()}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--bags", type=int, default=300)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--bag-dir", type=Path, help="bags made already (default: made here)")
    ap.add_argument(
        "--out", type=Path, default=REPO / "benchmarks" / "results" / "export_steps.json"
    )
    args = ap.parse_args()
    schemas = os.environ.get("ARCHIVER_SCHEMAS") or str(REPO.parent / "shared" / "schemas")
    schemas = schemas if Path(schemas, "mets-premis").is_dir() else None
    os.environ["SOURCE_DATE_EPOCH"] = ENV["SOURCE_DATE_EPOCH"]
    with tempfile.TemporaryDirectory(prefix="archiver-bench-steps-") as tmpdir:
        tmp = Path(tmpdir)
        if args.bag_dir is None:
            articles = make_articles(tmp / "articles", args.bags)
            (tmp / "articles.txt").write_text("".join(f"{p}\n" for p in articles))
            run_measured(package_command(tmp / "articles.txt", tmp / "bags"), ENV)
            bag_dir = tmp / "bags"
        else:
            bag_dir = args.bag_dir
        found = sorted(
            str(p) for p in bag_dir.iterdir() if p.is_dir() and not p.name.startswith(".")
        )
        bags = found[:: max(1, len(found) // args.bags)][: args.bags]  # spread over them all
        scratch = tmp / "out"
        scratch.mkdir()
        steps = measure(bags, args.passes, schemas, scratch)
    result = {
        "bags": len(bags),
        "passes": args.passes,
        "schemas": bool(schemas),
        "us_per_bag": steps,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    for name, us in steps.items():
        print(f"{name:<48} {us:8.1f} us")
    mets_us = sum(steps.get(k, 0.0) for k in ("METS text", "METS parsed back", "METS schema check"))
    print(f"{'METS document, made and checked':<48} {mets_us:8.1f} us")
    print(f"JSON: {args.out}")


if __name__ == "__main__":
    main()
