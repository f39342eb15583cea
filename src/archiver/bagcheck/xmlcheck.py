"""The XML checker hook: payload XML against the official schemas, parsed safely.

``make_xml_checker`` builds the ``xml_checker`` option of `validate_bag` from
``archiver.xmlschemas``, imported (with lxml) only when the first XML document is checked, so a
bag without XML, and the rest of bagcheck, never pay for it.
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
from typing import TYPE_CHECKING, Any

from archiver import schemadir  # not archiver.xmlschemas: that imports lxml
from archiver.bagcheck.findings import Finding, finding
from archiver.errors import ArchiverError

if TYPE_CHECKING:
    from types import ModuleType

XmlChecker = Callable[[Path], list[Finding]]

MAX_XML_BYTES = 64 << 20
MAX_PROBLEMS = 20


def make_xml_checker(schema_dir: str | os.PathLike[str] | None = None) -> XmlChecker | None:
    """A checker using the schema directory (``--schemas``, else ``$ARCHIVER_SCHEMAS``).

    Without a schema directory the checker still parses every payload XML file safely
    (well-formedness, DTDs, entities). Raises archiver.errors.InputError when a schema
    directory is named but does not exist. ``archiver.xmlschemas`` and the schemas are loaded
    on the first XML document; should that module not be importable, no XML is checked.
    """
    return _Checker(schemadir.find_schema_dir(schema_dir))


class _Checker:
    # may be given the document's bytes as validation hashed them (ValidateOptions.keep):
    # the document checked is then the one whose digests were compared, read once
    takes_bytes = True
    # and, given a sink with them, hands it the root it parsed (for export: the Dublin Core
    # it reads is then the tree checked here, not a second parse of the same bytes)
    keeps_trees = True

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.loaded = False
        self.module: ModuleType | None = None  # archiver.xmlschemas, once loaded
        self.schemas: Any = None  # its SchemaSet for directory, once loaded (None without one)
        self.unavailable: str | None = None  # why the schemas named could not be loaded

    def load(self) -> None:
        """Import archiver.xmlschemas (and lxml) and load the schema set, once."""
        try:
            from archiver import xmlschemas  # lazily: lxml costs ~20 ms of startup
        except ImportError:  # pragma: no cover - the module ships with archiver
            self.loaded = True  # self.module stays None: no XML is checked
            return
        if self.directory is not None:
            try:
                self.schemas = xmlschemas.SchemaSet.load(self.directory)
            except ArchiverError as exc:  # the folder went away, the catalog is unreadable
                self.unavailable = str(exc)
        self.module = xmlschemas
        self.loaded = True

    def __call__(
        self,
        path: Path,
        data: bytes | None = None,
        sink: Callable[[Any], object] | None = None,
    ) -> list[Finding]:
        """Findings on the XML document at path (data: its bytes, already read); sink, if
        given, receives the root element parsed from data when it is well-formed."""
        if not self.loaded:
            self.load()
        if self.module is None:  # pragma: no cover - as if there were no XML checker
            return []
        from lxml import etree

        try:
            size = os.stat(path).st_size if data is None else len(data)
        except OSError as exc:
            return [finding("W300", None, f"cannot read XML: {exc.strerror or exc}")]
        if size > MAX_XML_BYTES:
            return [
                finding("W301", None, f"XML of {size} bytes not checked (limit {MAX_XML_BYTES})")
            ]
        try:
            if data is None:
                doc = etree.parse(str(path), self.module.safe_parser())
            else:  # the same document, errors named alike (base_url: the file's path)
                parser = self.module.safe_parser()
                doc = etree.fromstring(data, parser, base_url=str(path)).getroottree()
        except etree.XMLSyntaxError as exc:
            return [finding("W300", None, f"XML not well-formed: {exc}", "XML 1.0")]
        except (OSError, ValueError) as exc:
            return [finding("W300", None, f"cannot parse XML: {exc}", "XML 1.0")]
        if sink is not None and data is not None:
            sink(doc.getroot())
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
            if self.unavailable is not None:
                found.append(finding("W301", None, f"XML not checked: {self.unavailable}"))
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
