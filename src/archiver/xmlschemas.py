"""Offline XML parsing and validation against the official schemas.

The official XSDs (NewsML-G2 2.35, NITF 3.6, oai_dc, DCMI terms) are not part of archiver: a
schema directory is named with ``--schemas DIR`` or ``$ARCHIVER_SCHEMAS``. The project's
``schemas/catalog.xml`` maps each namespace to a file in that directory and each kind of
document ("newsml", "nitf", "oai_dc", "dcterms") to the schema that validates it; the two
small driver XSDs next to it (``newsml-g2-nitf.xsd``, ``qdc.xsd``) are ours.

Nothing here touches the network: XSDs are parsed from their file paths (so relative imports
resolve) with a parser that refuses network access, DTDs and entity expansion, and any
non-local URL an import names is refused too.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml import etree

if TYPE_CHECKING:
    from lxml.etree._docloader import _InputDocument

from archiver.errors import ArticleError, InputError

# re-exported: they live in archiver.schemadir, which does not import lxml
from archiver.schemadir import ENV_VAR as ENV_VAR
from archiver.schemadir import find_schema_dir as find_schema_dir

KINDS = ("newsml", "nitf", "oai_dc", "dcterms", "mets")

CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
EXT_NS = "urn:archiver:schema-catalog"
XS_NS = "http://www.w3.org/2001/XMLSchema"

# Prefixes used to shorten namespace names in problem messages.
SHORT_PREFIXES = {
    "http://iptc.org/std/nar/2006-10-01/": "",
    "http://iptc.org/std/NITF/2006-10-18/": "nitf:",
    "http://www.openarchives.org/OAI/2.0/oai_dc/": "oai_dc:",
    "http://purl.org/dc/elements/1.1/": "dc:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://epubs.cclrc.ac.uk/xmlns/qdc/": "qdc:",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi:",
    "http://www.w3.org/XML/1998/namespace": "xml:",
}


class _NoNetworkResolver(etree.Resolver):
    """Refuse every URL that is not a local file (belt and braces over no_network)."""

    def resolve(self, url: str | None, pubid: str | None, context: object) -> _InputDocument | None:
        scheme = urlsplit(url or "").scheme.lower()
        if scheme in ("", "file") or (len(scheme) == 1 and os.name == "nt"):
            return None  # let libxml2 read the local file
        return self.resolve_string(
            f'<refused xmlns="{EXT_NS}">network access refused: {url}</refused>', context
        )


def safe_parser(*, remove_blank_text: bool = False) -> etree.XMLParser:
    """A parser for untrusted XML and for schemas: no network, no DTD, no entity expansion.
    remove_blank_text: drop whitespace-only text between elements (for a tree only checked)."""
    parser = etree.XMLParser(
        no_network=True,
        resolve_entities=False,
        load_dtd=False,
        huge_tree=False,
        remove_blank_text=remove_blank_text,
    )
    parser.resolvers.add(_NoNetworkResolver())
    return parser


@dataclass(frozen=True)
class XmlProblem:
    line: int
    element: str | None  # readable path of the offending element, e.g. /newsItem/contentMeta
    message: str  # libxml2's message: the element and the rule it breaks

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.element}" if self.element else "")
        return f"{where}: {self.message}"


class SchemaUnavailable(ArticleError):
    """A document kind has no usable schema in the schema directory."""


@dataclass(frozen=True)
class _Kind:
    name: str
    roots: tuple[tuple[str, str], ...]  # (namespace, local name or "*")
    namespace: str | None  # validated by the official XSD mapped to this namespace
    driver: Path | None  # or by our driver XSD


@dataclass(frozen=True)
class _Catalog:
    path: Path
    uris: dict[str, str]  # namespace -> path relative to the schema directory
    kinds: dict[str, _Kind]


def catalog_path() -> Path | None:
    """The project's schemas/catalog.xml (package data if installed so, else the source tree)."""
    here = Path(__file__).resolve().parent
    for candidate in (
        here / "schemas" / "catalog.xml",
        here.parents[1] / "schemas" / "catalog.xml",
    ):
        if candidate.is_file():
            return candidate
    return None


_CATALOGS: dict[Path, _Catalog] = {}
_COMPILED: dict[tuple[Path, Path, str], etree.XMLSchema | str] = {}
_LOCK = threading.Lock()


def _load_catalog(path: Path) -> _Catalog:
    with _LOCK:
        if path in _CATALOGS:
            return _CATALOGS[path]
    try:
        root = etree.parse(str(path), safe_parser()).getroot()
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{path}: cannot read schema catalog: {exc}") from None
    uris = {el.get("name", ""): el.get("uri", "") for el in root.iter(f"{{{CATALOG_NS}}}uri")}
    kinds: dict[str, _Kind] = {}
    for el in root.iter(f"{{{EXT_NS}}}kind"):
        roots = []
        for token in (el.get("roots") or "").split():
            match = re.fullmatch(r"\{([^}]*)\}(\S+)", token)
            if match:
                roots.append((match.group(1), match.group(2)))
        driver = el.get("driver")
        kinds[el.get("name", "")] = _Kind(
            name=el.get("name", ""),
            roots=tuple(roots),
            namespace=el.get("namespace"),
            driver=(path.parent / driver) if driver else None,
        )
    catalog = _Catalog(path=path, uris=uris, kinds=kinds)
    with _LOCK:
        _CATALOGS[path] = catalog
    return catalog


def _first_error(log: etree._ListErrorLog) -> str:
    errors = [e for e in log if e.level >= etree.ErrorLevels.ERROR] or list(log)
    if not errors:
        return "schema could not be compiled"
    e = errors[0]
    return f"{e.filename}:{e.line}: {e.message}"


def _compile(catalog: _Catalog, directory: Path, kind: _Kind) -> etree.XMLSchema | str:
    """Compile one kind's schema; a string is the reason it is unavailable."""

    def official(namespace: str) -> Path | str:
        rel = catalog.uris.get(namespace)
        if not rel:
            return f"the catalog maps no file to {namespace}"
        file = directory / rel
        if not file.is_file():
            return f"{rel} not found in {directory}"
        return file

    try:
        if kind.driver is not None:
            if not kind.driver.is_file():
                return f"driver schema {kind.driver} not found"
            tree = etree.parse(str(kind.driver), safe_parser())
            for imp in tree.getroot().iter(f"{{{XS_NS}}}import"):
                target = official(imp.get("namespace", ""))
                if isinstance(target, str):
                    return target
                imp.set("schemaLocation", target.as_uri())
        elif kind.namespace:
            target = official(kind.namespace)
            if isinstance(target, str):
                return target
            tree = etree.parse(str(target), safe_parser())
        else:
            return f"catalog entry for {kind.name} names no schema"
        return etree.XMLSchema(tree)
    except etree.XMLSchemaParseError as exc:
        return _first_error(exc.error_log)
    except (OSError, etree.XMLSyntaxError) as exc:
        return f"cannot read schema: {exc}"


class SchemaSet:
    """The schemas of one directory, compiled lazily and cached for the whole process."""

    def __init__(self, directory: Path, catalog: _Catalog | None) -> None:
        self.directory = directory
        self.catalog = catalog

    @classmethod
    def load(cls, directory: Path) -> SchemaSet:
        directory = Path(directory).resolve()
        if not directory.is_dir():
            raise InputError(f"schema directory not found: {directory}")
        found = catalog_path()
        return cls(directory, _load_catalog(found) if found else None)

    # -- which kinds -------------------------------------------------------------------------

    def _schema(self, kind: str) -> etree.XMLSchema | str:
        if self.catalog is None:
            return "archiver's schemas/catalog.xml was not found"
        spec = self.catalog.kinds.get(kind)
        if spec is None:
            return f"the catalog has no document kind {kind!r}"
        key = (self.catalog.path, self.directory, kind)
        with _LOCK:
            if key in _COMPILED:
                return _COMPILED[key]
        compiled = _compile(self.catalog, self.directory, spec)
        with _LOCK:
            return _COMPILED.setdefault(key, compiled)

    def available(self) -> dict[str, bool]:
        """Each kind and whether its schema loaded (compiling it if not done yet)."""
        return {kind: not isinstance(self._schema(kind), str) for kind in KINDS}

    def reason(self, kind: str) -> str | None:
        """Why a kind is unavailable (None when it loaded)."""
        schema = self._schema(kind)
        return schema if isinstance(schema, str) else None

    def kind_of(self, root: etree._Element) -> str | None:
        """The document kind a root element belongs to, by namespace and name."""
        if not isinstance(root.tag, str):
            return None
        qname = etree.QName(root)
        kinds = self.catalog.kinds.values() if self.catalog else ()
        for spec in kinds:
            for namespace, local in spec.roots:
                if qname.namespace == namespace and local in ("*", qname.localname):
                    return spec.name
        return None

    # -- validation --------------------------------------------------------------------------

    def validate(
        self, doc: etree._ElementTree | etree._Element, kind: str | None = None
    ) -> list[XmlProblem]:
        """Problems found validating doc (empty when valid).

        kind defaults to the kind of the root element. Raises SchemaUnavailable when that
        kind's schema did not load; an unknown root is reported as a problem.
        """
        root = doc.getroot() if isinstance(doc, etree._ElementTree) else doc
        kind = kind or self.kind_of(root)
        if kind is None:
            return [
                XmlProblem(
                    line=root.sourceline or 0,
                    element=_readable_path(root),
                    message=f"root element {_short(str(root.tag))} is not a document kind "
                    "archiver validates",
                )
            ]
        schema = self._schema(kind)
        if isinstance(schema, str):
            raise SchemaUnavailable(f"no {kind} schema in {self.directory}: {schema}")
        if schema.validate(doc):
            return []
        return [_problem(root, entry) for entry in schema.error_log]


def _short(text: str) -> str:
    return re.sub(r"\{([^}]*)\}", lambda m: SHORT_PREFIXES.get(m.group(1), m.group(0)), text)


def _readable_path(element: etree._Element) -> str:
    parts = []
    node: etree._Element | None = element
    while node is not None:
        tag = _short(str(node.tag))
        parent = node.getparent()
        if parent is not None:
            same = [c for c in parent if c.tag == node.tag]
            if len(same) > 1:
                tag += f"[{same.index(node) + 1}]"
        parts.append(tag)
        node = parent
    return "/" + "/".join(reversed(parts))


def _problem(root: etree._Element, entry: etree._LogEntry) -> XmlProblem:
    element: str | None = None
    if entry.path:
        try:
            found = root.getroottree().xpath(entry.path)
        except etree.XPathError:
            found = []
        if found and isinstance(found[0], etree._Element):
            element = _readable_path(found[0])
    if element is None:
        match = re.match(r"Element '([^']+)'", entry.message)
        element = _short(match.group(1)) if match else None
    return XmlProblem(line=entry.line, element=element, message=_short(entry.message))
