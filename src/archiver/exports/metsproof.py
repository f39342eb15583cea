"""When a METS document need not be parsed back and checked against the schemas in full.

Every METS document `MetsBuilder.text` writes is one fixed template filled in: which
sections, files, events, agents and gallery entries it has (its *shape*, `MetsBuilder.shape`)
and the values put in them. Against the official METS 1.12.1, PREMIS 3.0, XLink and Dublin
Core schemas (and only those: their bytes are checked once per process against the pins of
``schemas/official-schemas.json``, and archiver's two driver schemas against the digests
below), the validity of a document then splits into parts that can be checked apart:

* the shape: the elements, their order and nesting, the attributes present, every ID and
  IDREF (all made by the template from counters: ``file_3``, ``amdSec_4``...), the run's
  constants (CREATEDATE, the rights settings' PREMIS text). The schemas have no identity
  constraints beyond ID/IDREF, so a shape is valid once any document of that shape was
  found valid by the full check; `Checker.shapes` keeps those proven in this process;
* the values filled in: every one is escaped by the template (`mets._text`, `mets._attr`), so
  the document stays well-formed and each value parses back as written (a character XML
  cannot hold as U+FFFD), and almost every one goes where the schemas ask for ``xs:string``
  (or PREMIS's ``stringPlusAuthority``, a string too), which any text satisfies. The others
  are checked here: each ``xlink:href`` (``xs:anyURI``), the payload path as a URI reference
  (`mets.href_of`), must be ``data/`` then RFC 3986 path characters (unreserved, sub-delims,
  ``:``, ``@``, ``/``) and percent-encoded octets (``%`` and two hex digits) only: a
  relative-path reference libxml2's URI parser takes (no space, no ``#`` or ``?``, no ``%``
  not followed by two hex digits); each size (``xs:long``) must be an int within its range;
  ORDER is a counter;
* the Dublin Core records copied into the ``dmdSec``s, inside METS's ``xmlData`` (a lax
  wildcard): each must be an ``oai_dc:dc`` or a ``qdc:qualifieddc`` holding elements only (no
  comment, processing instruction or entity reference) and be valid on its own:
  ``oai_dc:dc`` against the very schema the full check uses (a global element there, which
  lax validation checks as it would at the root), ``qdc:qualifieddc`` with no attribute
  against the ``dcterms`` kind (the same Dublin Core files; the METS set
  does not declare the container, so lax validation checks each child against its global
  declaration, as the qdc schema does). A valid record carries no ID (only ``xml:lang`` is
  allowed on its elements), so it cannot clash with the template's.

Parsing the document back could fail only on what these cases leave out: an entity
reference (a record holding one is checked in full), a duplicate or malformed ``xml:id``
(a valid record has none), a text node, attribute or name beyond libxml2's limits (a
document over `MAX_BYTES` is checked in full; the limits are ten times that). Anything
outside these cases, a shape not yet proven, or ``ARCHIVER_METS_FULL_CHECK=1`` in the
environment: the full check, whose verdict and first problem are what the export reports. Pinned to the full check's verdicts by a property test
drawing hostile values (tests/exports/test_mets_fast_check.py).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

if TYPE_CHECKING:
    from archiver.xmlschemas import SchemaSet

FULL_CHECK_ENV = "ARCHIVER_METS_FULL_CHECK"
MAX_BYTES = 1 << 20
MAX_SHAPES = 4096

OAI_DC = "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc"
QDC = "{http://epubs.cclrc.ac.uk/xmlns/qdc/}qualifieddc"

# the files the "mets" and "dcterms" kinds are compiled from, in the schema folder, each
# checked against its pin in official-schemas.json (published bytes, or with the imports made
# local as `archiver schemas install` writes them)
_OFFICIAL = (
    "mets-premis/mets-1.12.1.xsd",
    "mets-premis/premis-v3-0.xsd",
    "mets-premis/xlink.xsd",
    "dublin-core/oai_dc.xsd",
    "dublin-core/dc.xsd",
    "dublin-core/dcterms.xsd",
    "dublin-core/dcmitype.xsd",
    "dublin-core/xml.xsd",
)
# namespace -> the file the catalog must map it to for the above to be what is compiled
_CATALOG_URIS = {
    "http://www.loc.gov/METS/": "mets-premis/mets-1.12.1.xsd",
    "http://www.loc.gov/premis/v3": "mets-premis/premis-v3-0.xsd",
    "http://www.w3.org/1999/xlink": "mets-premis/xlink.xsd",
    "http://www.openarchives.org/OAI/2.0/oai_dc/": "dublin-core/oai_dc.xsd",
    "http://purl.org/dc/elements/1.1/": "dublin-core/dc.xsd",
    "http://purl.org/dc/terms/": "dublin-core/dcterms.xsd",
}
# archiver's driver schemas the reasoning above is about (what they import, what not)
_DRIVERS = {
    "mets": ("mets-premis.xsd", "70945cb6ec43ffa1a74710aa5eed555664700b41569e4066b131e20f3464c6f3"),
    "dcterms": ("qdc.xsd", "d8663d816a4308c27e4676edc3f9cd80151992d07459f44cf9943637bf5b448c"),
}

# xlink:href values, one a line: RFC 3986 path characters (pchar and "/") and pct-encoded
_HREF = r"data/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*"
_SAFE_HREFS = re.compile(f"{_HREF}(?:\n{_HREF})*")
_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_NOT_ELEMENTS = (etree.Comment, etree.ProcessingInstruction, etree.Entity)


@dataclass(frozen=True)
class Checker:
    """What the fast path uses for one schema set: the two compiled schemas, the shapes
    proven valid with them in this process."""

    mets: etree.XMLSchema
    qdc: etree.XMLSchema
    shapes: set[tuple]


_CHECKERS: dict[tuple[Path, Path], Checker | None] = {}
_LOCK = threading.Lock()


def checker(schemas: SchemaSet) -> Checker | None:
    """The fast path's checker for this schema set, or None when it may not be used (files
    not the official ones, a kind not compiled): worked out once per process and set."""
    if schemas.catalog is None:
        return None
    key = (schemas.catalog.path, schemas.directory)
    with _LOCK:
        if key in _CHECKERS:
            return _CHECKERS[key]
    made = _make_checker(schemas)
    with _LOCK:
        return _CHECKERS.setdefault(key, made)


def _make_checker(schemas: SchemaSet) -> Checker | None:
    from archiver.schemapins import official_files, published_bytes

    catalog = schemas.catalog
    assert catalog is not None
    if any(catalog.uris.get(ns) != rel for ns, rel in _CATALOG_URIS.items()):
        return None
    for kind, (name, digest) in _DRIVERS.items():
        spec = catalog.kinds.get(kind)
        if spec is None or spec.driver is None or spec.driver.name != name:
            return None
        try:
            if hashlib.sha256(spec.driver.read_bytes()).hexdigest() != digest:
                return None
        except OSError:
            return None
    pins = {pin.path: pin for pin in official_files()}
    for rel in _OFFICIAL:
        pin = pins.get(rel)
        try:
            data = (schemas.directory / rel).read_bytes()
        except OSError:
            return None
        if pin is None or published_bytes(data, pin) is None:
            return None
    mets, qdc = schemas._schema("mets"), schemas._schema("dcterms")
    if isinstance(mets, str) or isinstance(qdc, str):
        return None
    return Checker(mets, qdc, set())


def forced_full() -> bool:
    return os.environ.get(FULL_CHECK_ENV, "") not in ("", "0")


def known_valid(
    check: Checker,
    shape: tuple | None,
    data: bytes,
    records: list,
    hrefs: list[str],
    sizes: list[int],
) -> bool:
    """Whether the document is valid without the full check: its shape proven, its typed
    values within their types, its Dublin Core records valid on their own. False means
    "not known" (the full check decides), never "invalid"."""
    if shape is None or shape not in check.shapes or len(data) > MAX_BYTES:
        return False
    if hrefs:  # one search over them all: each a line (an href holding a line break: refused)
        joined = "\n".join(hrefs)
        if joined.count("\n") != len(hrefs) - 1 or _SAFE_HREFS.fullmatch(joined) is None:
            return False
    for size in sizes:
        if type(size) is not int or not _LONG_MIN <= size <= _LONG_MAX:
            return False
    for record in records:
        if not record_valid(check, record):
            return False
    return True


def record_valid(check: Checker, record: etree._Element) -> bool:
    """A Dublin Core record copied into a dmdSec: known valid there (see the module's notes)."""
    tag = record.tag
    if tag == OAI_DC:
        schema = check.mets
    elif tag == QDC:
        schema = check.qdc
        if len(record.attrib):  # xsi:type, xsi:schemaLocation...: checked in full
            return False
    else:
        return False
    if next(record.iter(*_NOT_ELEMENTS), None) is not None:
        return False  # a comment, processing instruction or entity reference
    return bool(schema.validate(record))


def prove(check: Checker, shape: tuple | None) -> None:
    """Remember a shape found valid by the full check."""
    if shape is None:
        return
    if len(check.shapes) >= MAX_SHAPES:
        check.shapes.clear()
    check.shapes.add(shape)
