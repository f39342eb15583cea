"""Writing verdicts: text, JSON Lines and JUnit XML.

text   one line per bag, ``VALID path (0 errors, 1 warning)`` or ``INVALID ...``, then one
       indented line per finding: ``  E070 error data/x.txt: checksum mismatch (...) [rule]``.
       Control characters in names are escaped, so every finding stays on one line.
json   JSON Lines: one JSON object per bag per line (a single bag is one JSON document);
       keys path, valid, bagit_version, serialization, mode, profiles, not_checked, counts, seconds,
       findings (each code, rule, severity, path, message).
junit  a JUnit XML report: <testsuites>, one <testsuite> per bag, one <testcase> per check
       category (declaration, manifests, completeness, fixity, profile, ...); each error is
       a <failure> with the finding, warnings go to the test case's <system-out>.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from archiver.bagcheck.checker import BagReport
from archiver.bagcheck.findings import CATEGORIES, Finding
from archiver.bagcheck.paths import printable

FORMATS = ("text", "json", "junit")
# A pattern, compiled by re (and cached) on first use: compiling it costs ~0.4 ms of startup
# that text and JSON output never need.
_XML_UNSAFE = "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def finding_line(item: Finding) -> str:
    where = f" {printable(item.path)}:" if item.path else ""
    return (
        f"  {item.code} {item.severity}{where} {printable(item.message)} [{printable(item.rule)}]"
    )


def bag_line(report: BagReport) -> str:
    verdict = "VALID" if report.valid else "INVALID"
    return (
        f"{verdict} {printable(report.path)} "
        f"({_plural(report.errors, 'error')}, {_plural(report.warnings, 'warning')})"
    )


def write_text(report: BagReport, out: TextIO) -> None:
    out.write(bag_line(report) + "\n")
    if report.not_checked:
        out.write(f"  not checked: {', '.join(report.not_checked)}\n")
    for item in report.findings:
        out.write(finding_line(item) + "\n")


def write_json(report: BagReport, out: TextIO) -> None:
    import json  # lazily: only JSON output needs it; text output starts faster without

    out.write(json.dumps(report.to_dict(), ensure_ascii=True) + "\n")


def _xml_text(text: str | None) -> str:
    return re.sub(_XML_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", printable(text or ""))


def junit_document(reports: Iterable[BagReport]) -> bytes:
    from lxml import etree  # only JUnit output needs it; text and JSON start faster without

    suites = etree.Element("testsuites", name="archiver validate")
    total_tests = total_failures = 0
    for report in reports:
        by_category: dict[str, list[Finding]] = {}
        for item in report.findings:
            by_category.setdefault(item.category, []).append(item)
        categories = [c for c in CATEGORIES if c not in ("internal", "ocfl") or c in by_category]
        failures = sum(
            1 for c in categories if any(f.severity == "error" for f in by_category.get(c, []))
        )
        suite = etree.SubElement(
            suites,
            "testsuite",
            name=_xml_text(report.path),
            tests=str(len(categories)),
            failures=str(failures),
            errors="0",
            skipped="0",
            time=f"{report.seconds:.3f}",
        )
        for category in categories:
            items = by_category.get(category, [])
            case = etree.SubElement(
                suite,
                "testcase",
                classname=_xml_text(report.path),
                name=category,
                time="0",
            )
            errors = [f for f in items if f.severity == "error"]
            warnings = [f for f in items if f.severity == "warning"]
            if errors:
                failure = etree.SubElement(
                    case,
                    "failure",
                    message=_xml_text(f"{len(errors)} error(s): {errors[0].message}")[:500],
                    type=errors[0].code,
                )
                failure.text = _xml_text("\n".join(finding_line(f).strip() for f in errors))
            if warnings:
                out = etree.SubElement(case, "system-out")
                out.text = _xml_text("\n".join(finding_line(f).strip() for f in warnings))
        total_tests += len(categories)
        total_failures += failures
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True)
