"""The XML checker hook: payload XML against the official schemas, parsed safely.

``make_xml_checker`` builds the ``xml_checker`` option of `validate_bag` from
``archiver.xmlschemas`` (imported here, lazily, so the rest of bagcheck works without it).
Documents are parsed only with ``xmlschemas.safe_parser()``: no network, no DTD loading, no
entity expansion. An entity bomb or an external entity pointing at a local file is neither
expanded nor read; the document gets a warning (W300) and the bag is judged on the rest.
A document of a kind the schemas know (NewsML-G2, NITF, Dublin Core) that breaks its schema
is an error (E300, rule "XSD: <message>"); other XML is only checked for well-formedness.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from archiver.bagcheck.findings import Finding, finding

XmlChecker = Callable[[Path], list[Finding]]

MAX_XML_BYTES = 64 << 20
MAX_PROBLEMS = 20


def make_xml_checker(schema_dir: str | os.PathLike[str] | None = None) -> XmlChecker | None:
    """A checker using the schema directory (``--schemas``, else ``$ARCHIVER_SCHEMAS``).

    None when ``archiver.xmlschemas`` is not available. Without a schema directory the checker
    still parses every payload XML file safely (well-formedness, DTDs, entities). Raises
    archiver.errors.InputError when a schema directory is named but does not exist.
    """
    try:
        from archiver import xmlschemas
    except ImportError:  # pragma: no cover - the module ships with archiver
        return None
    directory = xmlschemas.find_schema_dir(schema_dir)
    schemas = xmlschemas.SchemaSet.load(directory) if directory is not None else None
    return _Checker(xmlschemas, schemas)


class _Checker:
    def __init__(self, module, schemas) -> None:  # type: ignore[no-untyped-def]
        self.module = module
        self.schemas = schemas

    def __call__(self, path: Path) -> list[Finding]:
        from lxml import etree

        try:
            size = os.stat(path).st_size
        except OSError as exc:
            return [finding("W300", None, f"cannot read XML: {exc.strerror or exc}")]
        if size > MAX_XML_BYTES:
            return [
                finding("W301", None, f"XML of {size} bytes not checked (limit {MAX_XML_BYTES})")
            ]
        try:
            doc = etree.parse(str(path), self.module.safe_parser())
        except etree.XMLSyntaxError as exc:
            return [finding("W300", None, f"XML not well-formed: {exc}", "XML 1.0")]
        except (OSError, ValueError) as exc:
            return [finding("W300", None, f"cannot parse XML: {exc}", "XML 1.0")]
        found: list[Finding] = []
        docinfo = doc.docinfo
        if docinfo.internalDTD is not None or docinfo.system_url or docinfo.public_id:
            found.append(
                finding(
                    "W300",
                    None,
                    "XML declares a DTD (entities were neither loaded nor expanded)",
                    "XML 1.0",
                )
            )
        if self.schemas is None:
            return found
        root = doc.getroot()
        kind = self.schemas.kind_of(root)
        if kind is None:
            return found
        try:
            problems = self.schemas.validate(doc, kind)
        except self.module.SchemaUnavailable as exc:
            found.append(finding("W301", None, f"{kind} XML not checked: {exc}"))
            return found
        for problem in problems[:MAX_PROBLEMS]:
            found.append(
                finding("E300", None, f"{kind}: {problem}", f"XSD: {problem.message}"[:300])
            )
        if len(problems) > MAX_PROBLEMS:
            found.append(
                finding(
                    "E300",
                    None,
                    f"{kind}: {len(problems) - MAX_PROBLEMS} more schema problems",
                    "XSD",
                )
            )
        return found
