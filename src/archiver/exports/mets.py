"""`mets`: one METS 1.12.1 document per bag, with PREMIS 3 for every payload file.

``archiver export --to mets BAG... -o OUTDIR`` writes ``OUTDIR/<bag>.mets.xml``. Its
``FLocat`` ``xlink:href``s are URI references relative to the bag's folder
(``data/newsml.xml``; ``data/photos/a%20b.jpg`` for ``data/photos/a b.jpg``: RFC 3986, what
a path segment cannot hold percent-encoded as UTF-8, as DSpace's METS writer encodes bitstream
names), so the document describes the bag it sits beside; ``premis:originalName`` keeps the
path as it is (a name, not a URI); `mets_document` gives the same bytes to other targets (the
DSpace item carries it, OCFL may store it).

What it holds:

* ``metsHdr``: the run's date (SOURCE_DATE_EPOCH when set), archiver as the creating software,
  the organization from the config (else the bag's Source-Organization) as custodian;
* ``dmdSec``: the bag's Dublin Core (``dc.xml``, and ``dcterms.xml`` when present) wrapped as
  ``MDTYPE="DC"``, else a Dublin Core record made from bag-info;
* an ``amdSec`` for the article: the PREMIS rights statements from the rights configuration
  (copyright status from the rightsstatements.org statement, holder, notice, jurisdiction,
  licence), the events done to the bag (creation, metadata extraction, validation) with their
  outcomes and the agents (this archiver, the bag's making software, the organization);
* an ``amdSec`` per payload file: a PREMIS object (size, sha256 and sha512 fixity from the
  validated manifests, format with its PRONOM id where one exists) and its message digest
  calculation event;
* ``fileSec`` and a physical ``structMap``: original, NewsML, metadata, then the photos in
  gallery order, then anything else.

Why not metsrw (Artefactual's METS library, which the issue suggested): it is AGPL-3.0 and
archiver is MIT, so it could at most be an optional extra; and it cannot give reproducible
output: ``METSDocument.serialize`` stamps ``CREATEDATE``/``LASTMODDATE`` with
``datetime.utcnow()``, section IDs come from class-level counters shared by every document of
the process (so IDs depend on how bags are grouped across ``--jobs``), DC sections get random
``GROUPID`` UUIDs, and the structMap is labelled "Archivematica default". The document is
small and fixed in shape, so it is written here as text and checked against the official METS
1.12.1 and PREMIS 3.0 schemas (``mets-premis/`` in the schema folder) before it is written.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import urllib.parse
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from archiver import __version__
from archiver.config import COPYRIGHT_NOT_EVALUATED, Config, RightsSettings
from archiver.errors import ArticleError
from archiver.exports import metsproof
from archiver.exports.base import BagView, ExportOptions, StagedTarget, write_new
from archiver.exports.metadata import (
    DC_FILE,
    DCTERMS_FILE,
    FileFormat,
    PayloadFile,
    dc_document,
    dublin_core,
    file_format,
    payload_order,
)
from archiver.render import Rights, gallery_order, w3c_datetime
from archiver.xmlschemas import SchemaSet, find_schema_dir, safe_parser

METS_NS = "http://www.loc.gov/METS/"
PREMIS_NS = "http://www.loc.gov/premis/v3"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
DC_NS = "http://purl.org/dc/elements/1.1/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
SCHEMA_LOCATIONS = (
    f"{METS_NS} http://www.loc.gov/standards/mets/version1121/mets.xsd "
    f"{PREMIS_NS} http://www.loc.gov/standards/premis/v3/premis.xsd"
)
NSMAP = {"mets": METS_NS, "premis": PREMIS_NS, "xlink": XLINK_NS, "xsi": XSI_NS}
_EVENT_TYPES = "http://id.loc.gov/vocabulary/preservation/eventType"
_EVENT_CODES = {
    "creation": "cre",
    "message digest calculation": "mes",
    "metadata extraction": "mee",
    "validation": "val",
}
_ALGORITHM_NAMES = {"md5": "MD5", "sha1": "SHA-1", "sha256": "SHA-256", "sha512": "SHA-512"}
_ALGORITHM_NAMES.update({"sha224": "SHA-224", "sha384": "SHA-384"})


# The document has a few hundred elements per bag, and lxml's element calls cost more than the
# rest of an export. `MetsBuilder.build` makes it as a small tree of plain nodes, which
# `serialize` writes out (the reference, and what archivematica's premis.xml uses);
# `MetsBuilder.text` writes the same bytes straight from templates, which the export uses.
# The text is then parsed (safely) and checked against the official schemas before use.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Node:
    """An element: prefixed tag ("mets:file"), attributes, text, children (Nodes or lxml
    elements of a document copied in)."""

    __slots__ = ("tag", "attrib", "text", "children")

    def __init__(self, tag: str, attrib: dict[str, str] | None = None, text: str | None = None):
        self.tag, self.attrib, self.text = tag, attrib or {}, text
        self.children: list[Node | etree._Element | str] = []

    def set(self, key: str, value: str) -> None:
        self.attrib[key] = value

    def append(self, child: Node | etree._Element | str) -> None:
        self.children.append(child)


_ESCAPE = re.compile("[&<>]")
# what text or an attribute value cannot hold as it is: most values hold none (one search)
_TEXT_SPECIAL = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


def plain_attribute(value: str) -> bool:
    """`value` holds nothing an XML attribute value must escape or replace: printable (a
    control character, tab, CR, LF, U+FFFE or U+FFFF is not) and no markup character or
    quotation mark; said without a regex, which tests every character against its class.
    Pinned to the regexes in tests/exports/test_export_fast_paths.py."""
    return (
        value.isprintable()
        and '"' not in value
        and "&" not in value
        and "<" not in value
        and ">" not in value
    )


def _text(value: str) -> str:
    # most values are printable and hold no markup character: nothing to escape or replace
    # (a control character, U+FFFE or U+FFFF is not printable), said without the regex,
    # which tests every character against its class; pinned to it in
    # tests/exports/test_export_fast_paths.py
    if value.isprintable() and "&" not in value and "<" not in value and ">" not in value:
        return value
    if _TEXT_SPECIAL.search(value) is None:
        return value
    if _XML_INVALID.search(value):
        value = _XML_INVALID.sub("\ufffd", value)
    if _ESCAPE.search(value) is None:
        return value
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(value: str) -> str:
    if plain_attribute(value):
        return value
    if _ATTR_SPECIAL.search(value) is None:
        return value
    return (
        _text(value)
        .replace('"', "&quot;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
        .replace("\t", "&#9;")
    )


# the root's namespace declarations and the header's first agent, the same in every document
_XMLNS = "".join([f' xmlns:{prefix}="{_attr(uri)}"' for prefix, uri in NSMAP.items()])
_CREATOR = (
    '    <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">\n'
    f"      <mets:name>{_text(f'archiver {__version__}')}</mets:name>\n"
    "    </mets:agent>\n"
)


def _write(node: Node, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    tag = node.tag
    if node.attrib:
        attrs = "".join([f' {k}="{_attr(v)}"' for k, v in node.attrib.items()])
    else:
        attrs = ""
    if not node.children:
        if node.text is None:
            out.append(f"{pad}<{tag}{attrs}/>\n")
        else:
            out.append(f"{pad}<{tag}{attrs}>{_text(node.text)}</{tag}>\n")
        return
    out.append(f"{pad}<{tag}{attrs}>\n")
    for child in node.children:
        if isinstance(child, str):  # a text element, written out by _leaf
            out.append(f"{pad}  {child}\n")
        elif isinstance(child, Node):
            _write(child, depth + 1, out)
        else:  # a document copied in (Dublin Core), indented to its place
            out.append(_copied(child, depth + 1))
    out.append(f"{pad}</{tag}>\n")


def _copied(element: etree._Element, depth: int) -> str:
    """An element of another document (a Dublin Core record) as the lines that hold it at
    depth, indented to its place."""
    etree.indent(element, space="  ", level=depth)
    return f"{'  ' * depth}{etree.tostring(element, encoding='unicode')}\n"


def serialize(root: Node) -> bytes:
    """UTF-8 with declaration, two-space indentation, final newline (as archiver's XML)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _write(root, 0, out)
    return "".join(out).encode("utf-8")


def _sub(parent: Node, tag: str, **attrs: str | None) -> Node:
    """A new element under parent, attributes given as None left out."""
    node = Node(tag, {k: v for k, v in attrs.items() if v is not None} if attrs else None)
    parent.children.append(node)
    return node


def _leaf(parent: Node, tag: str, text: str, **attrs: str | None) -> None:
    """A new element holding text only, written out at once as `_write` would write it:
    most of the document is such elements, and nothing is ever added to one."""
    attributes = "".join([f' {k}="{_attr(v)}"' for k, v in attrs.items() if v is not None])
    parent.children.append(f"<{tag}{attributes}>{_text(text)}</{tag}>")


def _ident(parent: Node, kind: str, value: str, prefix: str = "") -> None:
    """A PREMIS identifier block (objectIdentifier, eventIdentifier, agentIdentifier...)."""
    block = _sub(parent, f"premis:{kind}Identifier")
    _leaf(block, f"premis:{kind}IdentifierType", prefix or "UUID")
    _leaf(block, f"premis:{kind}IdentifierValue", value)


# a section wrapping PREMIS in the METS (digiprovMD, rightsMD, techMD), at depth 2
_WRAP_OPEN = (
    '    <mets:{sec} ID="{sec}_{n}">\n'
    '      <mets:mdWrap MDTYPE="{mdtype}">\n'
    "        <mets:xmlData>\n"
)
_WRAP_CLOSE = "        </mets:xmlData>\n      </mets:mdWrap>\n    </mets:{sec}>\n"
_RIGHTS_CLOSE = (
    "            </premis:rightsStatement>\n"
    "          </premis:rights>\n" + _WRAP_CLOSE.format(sec="rightsMD")
)


@functools.lru_cache(maxsize=256)
def _wrap_open(sec: str, n: int, mdtype: str) -> str:
    """`_WRAP_OPEN` filled in, made once per process for each section (a few dozen)."""
    return _WRAP_OPEN.format(sec=sec, n=n, mdtype=mdtype)


@functools.lru_cache(maxsize=8)
def _wrap_close(sec: str) -> str:
    return _WRAP_CLOSE.format(sec=sec)


def _identifier(pad: str, kind: str, value: str) -> str:
    """A PREMIS identifier block of type UUID (the text of `_ident`)."""
    return (
        f"{pad}<premis:{kind}Identifier>\n"
        f"{pad}  <premis:{kind}IdentifierType>UUID</premis:{kind}IdentifierType>\n"
        f"{pad}  <premis:{kind}IdentifierValue>{_text(value)}</premis:{kind}IdentifierValue>\n"
        f"{pad}</premis:{kind}Identifier>\n"
    )


_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes

# RFC 3986: a path segment's characters (pchar: unreserved, sub-delims, ":" and "@") and "/"
_PATH_CHARS = "-._~!$&'()*+,;=:@/"
_PLAIN_PATH = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@/]*")


def href_of(rel: str) -> str:
    """A payload path as a URI reference (RFC 3986, relative to the bag's folder): every
    character a path segment cannot hold as it is ("%", space, "#", "?", "[", non-ASCII...)
    percent-encoded as UTF-8 (upper-case hex), "/" kept as the separator; a path of path
    characters only (most) is the path itself. `urllib.parse.unquote` gives the path back.
    The shortcut is pinned to `quote`'s answer in tests/exports/test_export_fast_paths.py."""
    if _PLAIN_PATH.fullmatch(rel) is not None:
        return rel
    return urllib.parse.quote(rel, safe=_PATH_CHARS)


# a hex digit with its two top bits set to 10 (RFC 4122's variant), its two low bits kept:
# 0, 4, 8, c -> 8; 1, 5, 9, d -> 9; 2, 6, a, e -> a; 3, 7, b, f -> b
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def uuid5_text(name: str) -> str:
    """``str(uuid.uuid5(uuid.NAMESPACE_URL, name))`` without making a UUID object (a dozen
    per document, and the object costs more than the hash): the name's SHA-1 in the URL
    namespace, its first 16 bytes given RFC 4122's version 5 (the 13th hex digit) and
    variant (the two top bits of the 17th set to 10), written from the hex digest."""
    h = hashlib.sha1(_URL_NAMESPACE + name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT_DIGIT[h[16]]}{h[17:20]}-{h[20:32]}"


def copyright_status(statement: str | None) -> str:
    """PREMIS copyrightStatus from a rightsstatements.org statement URI."""
    if not statement:
        return "unknown"
    name = statement.rstrip("/").split("/")[-2] if "/vocab/" in statement else ""
    if name.startswith("InC"):
        return "copyrighted"
    if name.startswith("NoC"):
        return "publicdomain"
    return "unknown"  # CNE, UND, NKC and anything else


class Event(NamedTuple):
    """A PREMIS event: type, date, outcome, detail, outcome note, the objects, the agent."""

    kind: str
    when: str
    outcome: str
    detail: str
    note: str | None
    objects: list[str]
    program: str


@dataclass(frozen=True)
class RightsFacts:
    statement: str  # the rights statement URI (CNE when none was stated)
    status: str  # PREMIS copyrightStatus
    jurisdiction: str
    notes: tuple[str, ...]  # copyrightNote: holder, notice, usage terms
    license: str | None
    usage_terms: str | None


def rights_facts_of(config: Config) -> RightsFacts:
    """What the PREMIS rights statements say, from the rights configuration (`[rights]`
    only: `Rights.from_config` and the jurisdiction read nothing else of the config)."""
    rights = Rights.from_config(config)
    statement = rights.statement or COPYRIGHT_NOT_EVALUATED
    notes = (
        f"Rights holder: {rights.holder}" if rights.holder else None,
        rights.notice,
        rights.usage_terms,
    )
    return RightsFacts(
        statement=statement,
        status=copyright_status(statement),
        jurisdiction=config.rights.jurisdiction or "unknown",
        notes=tuple(note for note in notes if note),
        license=rights.license,
        usage_terms=rights.usage_terms,
    )


# the facts of each [rights] setting seen by this process (RightsSettings is frozen)
_RIGHTS_FACTS: dict[RightsSettings, RightsFacts] = {}


@functools.lru_cache(maxsize=8)
def _run_date(moment: dt.datetime) -> str:
    """`w3c_datetime` of the run's time, worked out once per run instead of once per bag
    (strftime of an aware time costs about as much as a PREMIS event's text)."""
    return w3c_datetime(moment)


@functools.lru_cache(maxsize=16)
def _rights_bodies(facts: RightsFacts) -> tuple[tuple[str, str, str], ...]:
    """(kind, basis, the text after the basis to the section's end) of each PREMIS rights
    statement: the same for every bag of a run (only the statement's identifier, which
    `MetsBuilder._rights_text` writes, depends on the bag), so it is made once per setting."""
    copyright_body = (
        "              <premis:copyrightInformation>\n"
        f"                <premis:copyrightStatus>{_text(facts.status)}"
        "</premis:copyrightStatus>\n"
        f"                <premis:copyrightJurisdiction>{_text(facts.jurisdiction)}"
        "</premis:copyrightJurisdiction>\n"
        + "".join(
            [
                f"                <premis:copyrightNote>{_text(note)}</premis:copyrightNote>\n"
                for note in facts.notes
            ]
        )
        + "                <premis:copyrightDocumentationIdentifier>\n"
        "                  <premis:copyrightDocumentationIdentifierType>URI"
        "</premis:copyrightDocumentationIdentifierType>\n"
        "                  <premis:copyrightDocumentationIdentifierValue>"
        f"{_text(facts.statement)}</premis:copyrightDocumentationIdentifierValue>\n"
        "                  <premis:copyrightDocumentationRole>rights statement"
        "</premis:copyrightDocumentationRole>\n"
        "                </premis:copyrightDocumentationIdentifier>\n"
        "              </premis:copyrightInformation>\n" + _RIGHTS_CLOSE
    )
    bodies = [("copyright", "Copyright", copyright_body)]
    if facts.license:
        license_body = (
            "              <premis:licenseInformation>\n"
            "                <premis:licenseDocumentationIdentifier>\n"
            "                  <premis:licenseDocumentationIdentifierType>URI"
            "</premis:licenseDocumentationIdentifierType>\n"
            "                  <premis:licenseDocumentationIdentifierValue>"
            f"{_text(facts.license)}</premis:licenseDocumentationIdentifierValue>\n"
            "                  <premis:licenseDocumentationRole>license"
            "</premis:licenseDocumentationRole>\n"
            "                </premis:licenseDocumentationIdentifier>\n"
            + (
                f"                <premis:licenseTerms>{_text(facts.usage_terms)}"
                "</premis:licenseTerms>\n"
                if facts.usage_terms
                else ""
            )
            + "              </premis:licenseInformation>\n"
            + _RIGHTS_CLOSE
        )
        bodies.append(("license", "License", license_body))
    return tuple(bodies)


@functools.lru_cache(maxsize=64)
def _linking_agents(pad: str, program: str, organization: str | None) -> str:
    """An event's linkingAgentIdentifier blocks: the program, then the organization (the
    same for nearly every event of a run)."""
    agents = [(program, "executing program")]
    if organization:
        agents.append((organization, "implementer"))
    return "".join(
        [
            f"{pad}  <premis:linkingAgentIdentifier>\n"
            f"{pad}    <premis:linkingAgentIdentifierType>local"
            "</premis:linkingAgentIdentifierType>\n"
            f"{pad}    <premis:linkingAgentIdentifierValue>{_text(agent)}"
            "</premis:linkingAgentIdentifierValue>\n"
            f"{pad}    <premis:linkingAgentRole>{role}</premis:linkingAgentRole>\n"
            f"{pad}  </premis:linkingAgentIdentifier>\n"
            for agent, role in agents
        ]
    )


@functools.lru_cache(maxsize=64)
def _format_text(fmt: FileFormat) -> str:
    """A PREMIS object's format block, the same for every file of a format."""
    return (
        "              <premis:format>\n"
        "                <premis:formatDesignation>\n"
        f"                  <premis:formatName>{_text(fmt.name)}</premis:formatName>\n"
        + (
            f"                  <premis:formatVersion>{_text(fmt.version)}</premis:formatVersion>\n"
            if fmt.version
            else ""
        )
        + "                </premis:formatDesignation>\n"
        + (
            "                <premis:formatRegistry>\n"
            "                  <premis:formatRegistryName>PRONOM</premis:formatRegistryName>\n"
            f"                  <premis:formatRegistryKey>{_text(fmt.puid)}"
            "</premis:formatRegistryKey>\n"
            "                </premis:formatRegistry>\n"
            if fmt.puid
            else ""
        )
        + "              </premis:format>\n"
    )


class MetsBuilder:
    """Builds one bag's METS document; IDs and UUIDs depend only on the bag and options."""

    # kept by `text` for `shape` and the schema check's fast path
    _order: tuple[PayloadFile, ...]
    _title: str | None
    _dmd: list[tuple[str, str, etree._Element]]
    _events: list[Event]
    _entries: list[tuple[int, str | None, str | None]]

    def __init__(self, bag: BagView, options: ExportOptions) -> None:
        self.bag, self.options = bag, options
        self.guid = bag.info.first("External-Identifier") or f"bag:{bag.name}"
        self.run_date = _run_date(options.run_time)
        self.bag_date = bag.info.first("Bagging-Date") or self.run_date
        self.maker = bag.info.first("Bag-Software-Agent")
        self.program = f"archiver-{__version__}"  # this run's agent
        self._uuids: dict[tuple[str, ...], str] = {}
        self._links: dict[tuple[str, ...], str] = {}
        organization = options.config.archive.organization
        self.organization = organization or bag.info.first("Source-Organization")

    def uuid(self, *parts: str) -> str:
        # kept by the parts themselves: most calls ask again for an object's or an event's
        # identifier, and joining the name first cost more than the lookup
        found = self._uuids.get(parts)
        if found is None:
            found = self._uuids[parts] = uuid5_text("\n".join([self.guid, *parts]))
        return found

    # -- the parts ---------------------------------------------------------------------------

    def header(self, root: Node) -> None:
        hdr = _sub(root, "mets:metsHdr", CREATEDATE=self.run_date)
        agent = _sub(hdr, "mets:agent", ROLE="CREATOR", TYPE="OTHER", OTHERTYPE="SOFTWARE")
        _leaf(agent, "mets:name", f"archiver {__version__}")
        if self.organization:
            org = _sub(hdr, "mets:agent", ROLE="CUSTODIAN", TYPE="ORGANIZATION")
            _leaf(org, "mets:name", self.organization)
        _leaf(hdr, "mets:altRecordID", self.guid, TYPE="bag External-Identifier")

    def dmd_documents(self) -> list[tuple[str, str, etree._Element]]:
        """(section id, label, record) of each Dublin Core record: the bag's documents (copies),
        else one made from bag-info."""
        docs = [(rel, dc_document(self.bag, rel)) for rel in (DC_FILE, DCTERMS_FILE)]
        present = [(rel, doc) for rel, doc in docs if doc is not None]
        if not present:
            record = etree.Element(f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS})
            for term in dublin_core(self.bag):
                etree.SubElement(record, f"{{{DC_NS}}}{term.name}").text = term.value
            present = [("bag-info.txt", record)]
        found = []
        for n, (rel, doc) in enumerate(present, start=1):
            label = "qualified Dublin Core" if rel == DCTERMS_FILE else "Dublin Core"
            found.append((f"dmdSec_{n}", f"{label} ({rel})", doc))
        return found

    def dmd(self, root: Node) -> list[str]:
        ids = []
        for ident, label, doc in self.dmd_documents():
            sec = _sub(root, "mets:dmdSec", ID=ident)
            wrap = _sub(sec, "mets:mdWrap", MDTYPE="DC", LABEL=label)
            _sub(wrap, "mets:xmlData").append(doc)
            ids.append(ident)
        return ids

    def agents(self) -> list[tuple[str, str, str, str | None]]:
        """(identifier, name, type, version) of every agent named by the events."""
        found: list[tuple[str, str, str, str | None]] = [
            (self.program, "archiver", "software", __version__)
        ]
        if self.maker:
            found.append((self.maker, self.maker, "software", None))
        if self.organization:
            found.append((self.organization, self.organization, "organization", None))
        return found

    def agent_element(self, ident: str, name: str, kind: str, version: str | None) -> Node:
        agent = Node("premis:agent", {"version": "3.0"})
        block = _sub(agent, "premis:agentIdentifier")
        _leaf(block, "premis:agentIdentifierType", "local")
        _leaf(block, "premis:agentIdentifierValue", ident)
        _leaf(agent, "premis:agentName", name)
        _leaf(agent, "premis:agentType", kind)
        if version:
            _leaf(agent, "premis:agentVersion", version)
        return agent

    def event(
        self,
        parent: Node,
        kind: str,
        when: str,
        outcome: str,
        detail: str,
        note: str | None,
        objects: list[str],
        program: str,
    ) -> Node:
        ev = _sub(parent, "premis:event")
        _ident(ev, "event", self.uuid("event", kind, *objects))
        _leaf(
            ev,
            "premis:eventType",
            kind,
            authority="eventType",
            authorityURI=_EVENT_TYPES,
            valueURI=f"{_EVENT_TYPES}/{_EVENT_CODES[kind]}",
        )
        _leaf(ev, "premis:eventDateTime", when)
        _leaf(_sub(ev, "premis:eventDetailInformation"), "premis:eventDetail", detail)
        info = _sub(ev, "premis:eventOutcomeInformation")
        _leaf(info, "premis:eventOutcome", outcome)
        if note:
            _leaf(_sub(info, "premis:eventOutcomeDetail"), "premis:eventOutcomeDetailNote", note)
        for agent, role in [(program, "executing program")] + (
            [(self.organization, "implementer")] if self.organization else []
        ):
            link = _sub(ev, "premis:linkingAgentIdentifier")
            _leaf(link, "premis:linkingAgentIdentifierType", "local")
            _leaf(link, "premis:linkingAgentIdentifierValue", agent)
            _leaf(link, "premis:linkingAgentRole", role)
        for rel in objects:
            link = _sub(ev, "premis:linkingObjectIdentifier")
            _leaf(link, "premis:linkingObjectIdentifierType", "UUID")
            _leaf(link, "premis:linkingObjectIdentifierValue", self.uuid("object", rel))
        return ev

    def digiprov(self, amd: Node, n: int, mdtype: str, content: Node | etree._Element) -> None:
        sec = _sub(amd, "mets:digiprovMD", ID=f"digiprovMD_{n}")
        wrap = _sub(sec, "mets:mdWrap", MDTYPE=mdtype)
        _sub(wrap, "mets:xmlData").append(content)

    def rights_facts(self) -> RightsFacts:
        """What the PREMIS rights statements say, from the rights configuration: worked out
        once per process for each `[rights]` setting (`rights_facts_of`: the same for every
        bag of a run; pinned to it in tests/exports/test_export_fast_paths.py)."""
        settings = self.options.config.rights
        facts = _RIGHTS_FACTS.get(settings)
        if facts is None:
            if len(_RIGHTS_FACTS) >= 16:  # a long-lived process with many configurations
                _RIGHTS_FACTS.clear()
            facts = _RIGHTS_FACTS[settings] = rights_facts_of(self.options.config)
        return facts

    def rights(self, amd: Node) -> None:
        facts = self.rights_facts()
        el = Node("premis:rights", {"version": "3.0"})
        rs = _sub(el, "premis:rightsStatement")
        _ident(rs, "rightsStatement", self.uuid("rights", "copyright"))
        _leaf(rs, "premis:rightsBasis", "Copyright")
        info = _sub(rs, "premis:copyrightInformation")
        _leaf(info, "premis:copyrightStatus", facts.status)
        _leaf(info, "premis:copyrightJurisdiction", facts.jurisdiction)
        for note in facts.notes:
            _leaf(info, "premis:copyrightNote", note)
        doc = _sub(info, "premis:copyrightDocumentationIdentifier")
        _leaf(doc, "premis:copyrightDocumentationIdentifierType", "URI")
        _leaf(doc, "premis:copyrightDocumentationIdentifierValue", facts.statement)
        _leaf(doc, "premis:copyrightDocumentationRole", "rights statement")
        blocks = [el]
        if facts.license:
            lic_el = Node("premis:rights", {"version": "3.0"})
            lrs = _sub(lic_el, "premis:rightsStatement")
            _ident(lrs, "rightsStatement", self.uuid("rights", "license"))
            _leaf(lrs, "premis:rightsBasis", "License")
            lic = _sub(lrs, "premis:licenseInformation")
            ldoc = _sub(lic, "premis:licenseDocumentationIdentifier")
            _leaf(ldoc, "premis:licenseDocumentationIdentifierType", "URI")
            _leaf(ldoc, "premis:licenseDocumentationIdentifierValue", facts.license)
            _leaf(ldoc, "premis:licenseDocumentationRole", "license")
            if facts.usage_terms:
                _leaf(lic, "premis:licenseTerms", facts.usage_terms)
            blocks.append(lic_el)
        for n, block in enumerate(blocks, start=1):
            sec = _sub(amd, "mets:rightsMD", ID=f"rightsMD_{n}")
            wrap = _sub(sec, "mets:mdWrap", MDTYPE="PREMIS:RIGHTS")
            _sub(wrap, "mets:xmlData").append(block)

    def article_events(self, files: list[str]) -> list[Event]:
        """The events done to the bag before this export, and its validation by this run."""
        maker = self.maker or self.program
        originals = [rel for rel in files if rel.startswith("data/original/")]
        made = [rel for rel in files if rel not in originals]
        report = self.bag.report
        warnings = sorted({f.code for f in report.findings if f.severity == "warning"})
        events = [
            Event(
                "message digest calculation",
                self.bag_date,
                "success",
                f"{', '.join(self.algorithm_names())} of every payload file computed when the "
                "bag was made (its manifests); checked again when validated",
                None,
                files,
                maker,
            ),
            Event(
                "creation",
                self.bag_date,
                "success",
                f"BagIt bag {self.bag.name} made",
                None,
                files,
                maker,
            ),
        ]
        if originals and made:
            events.append(
                Event(
                    "metadata extraction",
                    self.bag_date,
                    "success",
                    "article structure extracted from the original; NewsML-G2, Dublin Core and "
                    "the JSON record written",
                    None,
                    originals + made,
                    maker,
                )
            )
        events.append(
            Event(
                "validation",
                self.run_date,
                "valid",
                "archiver validate, full: structure, every manifest and tag manifest, "
                "completeness, Payload-Oxum, profiles, payload XML against the official schemas",
                f"{report.payload_files} payload files, {report.warnings} warning(s)"
                + (f": {', '.join(warnings)}" if warnings else ""),
                files,
                self.program,
            )
        )
        return events

    def article_amd(self, root: Node, files: list[str]) -> None:
        amd = _sub(root, "mets:amdSec", ID="amdSec_1")
        self.rights(amd)
        n = 0
        for ev in self.article_events(files):
            event = self.event(Node("holder"), *ev)
            n += 1
            self.digiprov(amd, n, "PREMIS:EVENT", event)
        for agent in self.agents():
            n += 1
            self.digiprov(amd, n, "PREMIS:AGENT", self.agent_element(*agent))

    @functools.cached_property
    def _fixity_order(self) -> list[tuple[Mapping[str, str], str]]:
        """(the manifest's digests, PREMIS algorithm name) in the order fixities are
        written: sha256, sha512, then the other algorithms by name; the same for every
        file of the bag, so worked out once."""
        manifests = self.bag.manifests
        others = sorted(a for a in manifests if a not in ("sha256", "sha512"))
        return [
            (manifests[alg], _ALGORITHM_NAMES.get(alg, alg))
            for alg in ("sha256", "sha512", *others)
            if alg in manifests
        ]

    def fixities(self, rel: str) -> list[tuple[str, str]]:
        """(PREMIS algorithm name, digest) of a payload file: sha256 and sha512 first, then
        the others by name, each that has a digest for it."""
        found = []
        for digests, name in self._fixity_order:
            digest = digests.get(rel)
            if digest:
                found.append((name, digest))
        return found

    def file_amd(self, root: Node, index: int, rel: str) -> str:
        amd_id = f"amdSec_{index + 1}"
        amd = _sub(root, "mets:amdSec", ID=amd_id)
        obj = Node("premis:object", {"xsi:type": "premis:file", "version": "3.0"})
        _ident(obj, "object", self.uuid("object", rel))
        chars = _sub(obj, "premis:objectCharacteristics")
        for name, digest in self.fixities(rel):
            fixity = _sub(chars, "premis:fixity")
            _leaf(fixity, "premis:messageDigestAlgorithm", name)
            _leaf(fixity, "premis:messageDigest", digest)
        _leaf(chars, "premis:size", str(self.bag.size(rel)))
        fmt = file_format(rel)
        fmt_el = _sub(chars, "premis:format")
        designation = _sub(fmt_el, "premis:formatDesignation")
        _leaf(designation, "premis:formatName", fmt.name)
        if fmt.version:
            _leaf(designation, "premis:formatVersion", fmt.version)
        if fmt.puid:
            registry = _sub(fmt_el, "premis:formatRegistry")
            _leaf(registry, "premis:formatRegistryName", "PRONOM")
            _leaf(registry, "premis:formatRegistryKey", fmt.puid)
        _leaf(obj, "premis:originalName", rel)
        tech = _sub(amd, "mets:techMD", ID=f"techMD_{index}")
        _sub(_sub(tech, "mets:mdWrap", MDTYPE="PREMIS:OBJECT"), "mets:xmlData").append(obj)
        return amd_id

    def _premis_event_list(self) -> list[tuple[str, str]]:
        """(type, detail) of each event done to the objects before this export."""
        return [
            (
                "message digest calculation",
                f"{', '.join(self.algorithm_names())} computed when the bag was made",
            ),
            ("creation", f"BagIt bag {self.bag.name} made"),
            (
                "validation",
                "archiver validate, full, before this export: fixity, completeness, structure",
            ),
        ]

    def _premis_event(self, kind: str, detail: str, objects: list[str]) -> Event:
        validation = kind == "validation"
        return Event(
            kind,
            self.run_date if validation else self.bag_date,
            "valid" if validation else "success",
            detail,
            None,
            objects,
            self.program if validation else self.maker or self.program,
        )

    def premis_events(self, objects: list[str]) -> Node:
        """A stand-alone PREMIS 3 document: the objects (by their bag path, in
        ``originalName``), the events done to them before this export, and the agents.
        The reference for `premis_events_text`, which the archivematica export writes."""
        root = Node(
            "premis:premis",
            {
                "xmlns:premis": PREMIS_NS,
                "xmlns:xsi": XSI_NS,
                "version": "3.0",
                "xsi:schemaLocation": f"{PREMIS_NS} {SCHEMA_LOCATIONS.split()[-1]}",
            },
        )
        events = self._premis_event_list()
        event_ids = [self.uuid("event", kind, *objects) for kind, _ in events]
        for rel in objects:
            obj = _sub(root, "premis:object")
            obj.set("xsi:type", "premis:file")
            _ident(obj, "object", self.uuid("object", rel))
            fmt = _sub(_sub(obj, "premis:objectCharacteristics"), "premis:format")
            _leaf(_sub(fmt, "premis:formatDesignation"), "premis:formatName", file_format(rel).name)
            _leaf(obj, "premis:originalName", rel)
            for event_id in event_ids:
                link = _sub(obj, "premis:linkingEventIdentifier")
                _leaf(link, "premis:linkingEventIdentifierType", "UUID")
                _leaf(link, "premis:linkingEventIdentifierValue", event_id)
        for kind, detail in events:
            self.event(root, *self._premis_event(kind, detail, objects))
        for agent in self.agents():
            element = self.agent_element(*agent)
            del element.attrib["version"]  # the document's version applies
            root.append(element)
        return root

    def premis_events_text(self, objects: list[str]) -> bytes:
        """``serialize(self.premis_events(objects))`` written from templates, as `text` writes
        the METS: a node per element and the walk over them cost about as much as the rest of
        an archivematica export's own work (pinned to the node tree in
        tests/exports/test_export_fast_paths.py)."""
        events = self._premis_event_list()
        uuid_of = self.uuid
        links = "".join(
            [
                "    <premis:linkingEventIdentifier>\n"
                "      <premis:linkingEventIdentifierType>UUID"
                "</premis:linkingEventIdentifierType>\n"
                "      <premis:linkingEventIdentifierValue>"
                f"{_text(uuid_of('event', kind, *objects))}"
                "</premis:linkingEventIdentifierValue>\n"
                "    </premis:linkingEventIdentifier>\n"
                for kind, _ in events
            ]
        )
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<premis:premis xmlns:premis="{_attr(PREMIS_NS)}" xmlns:xsi="{_attr(XSI_NS)}"'
            f' version="3.0"'
            f' xsi:schemaLocation="{_attr(f"{PREMIS_NS} {SCHEMA_LOCATIONS.split()[-1]}")}">\n'
        ]
        out.extend(
            [
                '  <premis:object xsi:type="premis:file">\n'
                + _identifier("    ", "object", uuid_of("object", rel))
                + "    <premis:objectCharacteristics>\n"
                "      <premis:format>\n"
                "        <premis:formatDesignation>\n"
                f"          <premis:formatName>{_text(file_format(rel).name)}"
                "</premis:formatName>\n"
                "        </premis:formatDesignation>\n"
                "      </premis:format>\n"
                "    </premis:objectCharacteristics>\n"
                f"    <premis:originalName>{_text(rel)}</premis:originalName>\n"
                + links
                + "  </premis:object>\n"
                for rel in objects
            ]
        )
        for kind, detail in events:
            self._event_text(out, "  ", self._premis_event(kind, detail, objects))
        for ident, name, kind, version in self.agents():
            out.append(_premis_agent_text("  ", "", ident, name, kind, version))
        out.append("</premis:premis>\n")
        return "".join(out).encode("utf-8")

    def algorithm_names(self) -> list[str]:
        return [_ALGORITHM_NAMES.get(a, a) for a in sorted(self.bag.manifests)]

    def build(self) -> Node:
        bag = self.bag
        order = payload_order(bag)
        terms = dublin_core(bag)
        title = next((t.value for t in terms if t.name == "title"), None)
        root = Node("mets:mets", {f"xmlns:{prefix}": uri for prefix, uri in NSMAP.items()})
        root.attrib.update(OBJID=self.guid, TYPE="Article")
        if title:
            root.set("LABEL", title)
        root.set("xsi:schemaLocation", SCHEMA_LOCATIONS)
        self.header(root)
        dmd_ids = self.dmd(root)
        files = [f.rel for f in order]
        self.article_amd(root, files)
        amd_ids = {f.rel: self.file_amd(root, n, f.rel) for n, f in enumerate(order, start=1)}
        file_sec = _sub(root, "mets:fileSec")
        groups: dict[str, Node] = {}
        file_ids: dict[str, str] = {}
        for n, f in enumerate(order, start=1):
            use = {"newsml": "metadata"}.get(f.role, f.role)
            if use not in groups:
                groups[use] = _sub(file_sec, "mets:fileGrp", USE=use)
            fmt = file_format(f.rel)
            file_ids[f.rel] = f"file_{n}"
            el = _sub(
                groups[use],
                "mets:file",
                ID=f"file_{n}",
                MIMETYPE=fmt.mimetype,
                SIZE=str(bag.size(f.rel)),
                CHECKSUM=bag.digest(f.rel, "sha256"),
                CHECKSUMTYPE="SHA-256" if bag.digest(f.rel, "sha256") else None,
                ADMID=amd_ids[f.rel],
            )
            loc = _sub(el, "mets:FLocat", LOCTYPE="OTHER", OTHERLOCTYPE="SYSTEM")
            loc.set("xlink:href", href_of(f.rel))
            loc.set("xlink:type", "simple")
        smap = _sub(root, "mets:structMap", TYPE="physical", LABEL="article")
        article = _sub(
            smap,
            "mets:div",
            TYPE="article",
            LABEL=title,
            DMDID=" ".join(dmd_ids),
            ADMID="amdSec_1",
        )
        sections: dict[str, Node] = {}
        for f in order:
            if f.role == "photo":
                continue
            if f.role not in sections:
                sections[f.role] = _sub(article, "mets:div", TYPE=f.role)
            _sub(
                _sub(sections[f.role], "mets:div", TYPE="file", LABEL=f.label),
                "mets:fptr",
                FILEID=file_ids[f.rel],
            )
        self.gallery(article, [f.rel for f in order if f.role == "photo"], file_ids)
        return root

    # -- the document as text ---------------------------------------------------------------

    def text(self) -> bytes:
        """The document, byte for byte what ``serialize(self.build())`` gives, written from
        templates: a METS document is a few hundred elements in a fixed shape, and making a
        node for each and walking them was most of the cost of an export (tests pin the two)."""
        bag = self.bag
        order = payload_order(bag)
        title = next((t.value for t in dublin_core(bag) if t.name == "title"), None)
        files = [f.rel for f in order]
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>\n<mets:mets'
            + _XMLNS
            + f' OBJID="{_attr(self.guid)}" TYPE="Article"'
            + (f' LABEL="{_attr(title)}"' if title else "")
            + f' xsi:schemaLocation="{_attr(SCHEMA_LOCATIONS)}">\n'
            f'  <mets:metsHdr CREATEDATE="{_attr(self.run_date)}">\n' + _CREATOR
        ]
        if self.organization:
            out.append(
                '    <mets:agent ROLE="CUSTODIAN" TYPE="ORGANIZATION">\n'
                f"      <mets:name>{_text(self.organization)}</mets:name>\n"
                "    </mets:agent>\n"
            )
        out.append(
            '    <mets:altRecordID TYPE="bag External-Identifier">'
            f"{_text(self.guid)}</mets:altRecordID>\n"
            "  </mets:metsHdr>\n"
        )
        dmd_ids = []
        # kept for `shape` and the schema check's fast path (`metsproof.known_valid`)
        self._order, self._title = order, title
        self._dmd = dmd = self.dmd_documents()
        self._events = events = self.article_events(files)
        for ident, label, doc in dmd:
            out.append(
                f'  <mets:dmdSec ID="{_attr(ident)}">\n'
                f'    <mets:mdWrap MDTYPE="DC" LABEL="{_attr(label)}">\n'
                "      <mets:xmlData>\n"
                f"{_copied(doc, 4)}"
                "      </mets:xmlData>\n"
                "    </mets:mdWrap>\n"
                "  </mets:dmdSec>\n"
            )
            dmd_ids.append(ident)
        out.append('  <mets:amdSec ID="amdSec_1">\n')
        self._rights_text(out)
        n = 0
        for event in events:
            n += 1
            out.append(_wrap_open("digiprovMD", n, "PREMIS:EVENT"))
            self._event_text(out, "          ", event)
            out.append(_wrap_close("digiprovMD"))
        for ident, name, kind, version in self.agents():
            n += 1
            out.append(_agent_section(n, ident, name, kind, version))
        out.append("  </mets:amdSec>\n")
        for index, rel in enumerate(files, start=1):
            out.append(
                f'  <mets:amdSec ID="amdSec_{index + 1}">\n'
                + _wrap_open("techMD", index, "PREMIS:OBJECT")
            )
            self._object_text(out, rel)
            out.append(_wrap_close("techMD") + "  </mets:amdSec>\n")
        # fileSec: one group per use, in the order the uses first come
        groups: dict[str, list[str]] = {}
        file_ids: dict[str, str] = {}
        for n, f in enumerate(order, start=1):
            use = {"newsml": "metadata"}.get(f.role, f.role)
            file_ids[f.rel] = f"file_{n}"
            digest = bag.digest(f.rel, "sha256")
            groups.setdefault(use, []).append(
                f'      <mets:file ID="file_{n}" MIMETYPE="{_attr(file_format(f.rel).mimetype)}"'
                f' SIZE="{bag.size(f.rel)}"'
                + (f' CHECKSUM="{_attr(digest)}"' if digest is not None else "")
                + (' CHECKSUMTYPE="SHA-256"' if digest else "")
                + f' ADMID="amdSec_{n + 1}">\n'
                '        <mets:FLocat LOCTYPE="OTHER" OTHERLOCTYPE="SYSTEM"'
                f' xlink:href="{_attr(href_of(f.rel))}" xlink:type="simple"/>\n'
                "      </mets:file>\n"
            )
        if groups:
            out.append("  <mets:fileSec>\n")
            for use, lines in groups.items():
                out.append(f'    <mets:fileGrp USE="{_attr(use)}">\n')
                out.extend(lines)
                out.append("    </mets:fileGrp>\n")
            out.append("  </mets:fileSec>\n")
        else:
            out.append("  <mets:fileSec/>\n")
        # structMap: a section per role (photos apart), then the gallery
        sections: dict[str, list[str]] = {}
        for f in order:
            if f.role != "photo":
                sections.setdefault(f.role, []).append(
                    f'        <mets:div TYPE="file" LABEL="{_attr(f.label)}">\n'
                    f'          <mets:fptr FILEID="{file_ids[f.rel]}"/>\n'
                    "        </mets:div>\n"
                )
        entries = self.gallery_entries([f.rel for f in order if f.role == "photo"], file_ids)
        self._entries = entries
        article = (
            '    <mets:div TYPE="article"'
            + (f' LABEL="{_attr(title)}"' if title is not None else "")
            + f' DMDID="{_attr(" ".join(dmd_ids))}" ADMID="amdSec_1"'
        )
        out.append('  <mets:structMap TYPE="physical" LABEL="article">\n')
        if not sections and not entries:
            out.append(f"{article}/>\n")
        else:
            out.append(f"{article}>\n")
            for role, lines in sections.items():
                out.append(f'      <mets:div TYPE="{_attr(role)}">\n')
                out.extend(lines)
                out.append("      </mets:div>\n")
            if entries:
                out.append('      <mets:div TYPE="gallery">\n')
                for n, caption, file_id in entries:
                    div = f'        <mets:div TYPE="photo" ORDER="{n}"' + (
                        f' LABEL="{_attr(caption)}"' if caption is not None else ""
                    )
                    if file_id is None:
                        out.append(f"{div}/>\n")
                    else:
                        out.append(
                            f"{div}>\n"
                            f'          <mets:fptr FILEID="{file_id}"/>\n'
                            "        </mets:div>\n"
                        )
                out.append("      </mets:div>\n")
            out.append("    </mets:div>\n")
        out.append("  </mets:structMap>\n</mets:mets>\n")
        return "".join(out).encode("utf-8")

    def shape(self) -> tuple | None:
        """What of the document `text` wrote depends on anything but the values filled into
        its templates: every choice `text` makes (a part present or not, how many files,
        events, agents, fixities, gallery entries), which fixes every element, attribute and
        ID of the document but the Dublin Core records' insides, plus the run's constants
        (CREATEDATE, the rights settings). Two documents of one shape differ only in values,
        pinned in tests/exports/test_mets_fast_check.py. None when the bag's manifests do not
        give every file a digest in each (then each file's fixities would have to be told
        apart: the full check decides)."""
        files = self._order
        manifests = self.bag.manifests
        count = len(files)
        for digests in manifests.values():
            if len(digests) != count or not all(digests.values()):
                return None
        algorithms = tuple(name for _, name in self._fixity_order)
        roles = tuple(
            [(f.role, bool((fmt := file_format(f.rel)).version), bool(fmt.puid)) for f in files]
        )
        return (
            self.run_date,
            self.rights_facts(),
            __version__,
            bool(self._title),
            self._title is not None,
            bool(self.organization),
            bool(self.maker),
            tuple([label for _, label, _ in self._dmd]),
            tuple([(e.kind, bool(e.note), len(e.objects)) for e in self._events]),
            algorithms,
            "sha256" in manifests,
            roles,
            tuple([(label is not None, ident is not None) for _, label, ident in self._entries]),
        )

    def _rights_text(self, out: list[str]) -> None:
        facts = self.rights_facts()
        pad = "              "
        for n, (kind, basis, body) in enumerate(_rights_bodies(facts), start=1):
            out.append(
                _wrap_open("rightsMD", n, "PREMIS:RIGHTS")
                + '          <premis:rights version="3.0">\n'
                "            <premis:rightsStatement>\n"
                + _identifier(pad, "rightsStatement", self.uuid("rights", kind))
                + f"{pad}<premis:rightsBasis>{basis}</premis:rightsBasis>\n"
                + body
            )

    def _event_text(self, out: list[str], pad: str, event: Event) -> None:
        kind, when, outcome, detail, note, objects, program = event
        out.append(
            f"{pad}<premis:event>\n"
            + _identifier(f"{pad}  ", "event", self.uuid("event", kind, *objects))
            + f'{pad}  <premis:eventType authority="eventType" authorityURI="{_EVENT_TYPES}"'
            f' valueURI="{_EVENT_TYPES}/{_EVENT_CODES[kind]}">{_text(kind)}</premis:eventType>\n'
            f"{pad}  <premis:eventDateTime>{_text(when)}</premis:eventDateTime>\n"
            f"{pad}  <premis:eventDetailInformation>\n"
            f"{pad}    <premis:eventDetail>{_text(detail)}</premis:eventDetail>\n"
            f"{pad}  </premis:eventDetailInformation>\n"
            f"{pad}  <premis:eventOutcomeInformation>\n"
            f"{pad}    <premis:eventOutcome>{_text(outcome)}</premis:eventOutcome>\n"
            + (
                f"{pad}    <premis:eventOutcomeDetail>\n"
                f"{pad}      <premis:eventOutcomeDetailNote>{_text(note)}"
                "</premis:eventOutcomeDetailNote>\n"
                f"{pad}    </premis:eventOutcomeDetail>\n"
                if note
                else ""
            )
            + f"{pad}  </premis:eventOutcomeInformation>\n"
        )
        out.append(_linking_agents(pad, program, self.organization))
        out.append(self._object_links(pad, objects))
        out.append(f"{pad}</premis:event>\n")

    def _object_links(self, pad: str, objects: list[str]) -> str:
        """An event's linkingObjectIdentifier blocks, made once per bag for each list of
        objects (most of a bag's events link the same files)."""
        key = (pad, *objects)
        found = self._links.get(key)
        if found is None:
            uuid_of = self.uuid
            found = self._links[key] = "".join(
                [
                    f"{pad}  <premis:linkingObjectIdentifier>\n"
                    f"{pad}    <premis:linkingObjectIdentifierType>UUID"
                    "</premis:linkingObjectIdentifierType>\n"
                    f"{pad}    <premis:linkingObjectIdentifierValue>{uuid_of('object', rel)}"
                    "</premis:linkingObjectIdentifierValue>\n"
                    f"{pad}  </premis:linkingObjectIdentifier>\n"
                    for rel in objects
                ]
            )
        return found

    def _object_text(self, out: list[str], rel: str) -> None:
        out.append(
            '          <premis:object xsi:type="premis:file" version="3.0">\n'
            + _identifier("            ", "object", self.uuid("object", rel))
            + "            <premis:objectCharacteristics>\n"
            + "".join(
                [
                    "              <premis:fixity>\n"
                    "                <premis:messageDigestAlgorithm>"
                    f"{_text(name)}</premis:messageDigestAlgorithm>\n"
                    f"                <premis:messageDigest>{_text(digest)}"
                    "</premis:messageDigest>\n"
                    "              </premis:fixity>\n"
                    for name, digest in self.fixities(rel)
                ]
            )
            + f"              <premis:size>{self.bag.size(rel)}</premis:size>\n"
            + _format_text(file_format(rel))
            + "            </premis:objectCharacteristics>\n"
            f"            <premis:originalName>{_text(rel)}</premis:originalName>\n"
            "          </premis:object>\n"
        )

    def gallery_entries(
        self, photo_files: list[str], ids: dict[str, str]
    ) -> list[tuple[int, str | None, str | None]]:
        """(order, label, file id) of each photo in gallery order: caption and credit from the
        record, the file when known (photos and files paired when they are as many)."""
        record = self.bag.record()
        photos = gallery_order(list(record.photos)) if record else []
        paired = len(photos) == len(photo_files)
        entries: list[tuple[int, str | None, str | None]] = [
            (n, photo.caption, ids[photo_files[n - 1]] if paired else None)
            for n, photo in enumerate(photos, start=1)
        ]
        if not paired:
            start = len(photos) + 1
            entries += [(n, rel, ids[rel]) for n, rel in enumerate(photo_files, start=start)]
        return entries

    def gallery(self, article: Node, photo_files: list[str], ids: dict[str, str]) -> None:
        """Photos in gallery order: caption and credit from the record, the file when known."""
        entries = self.gallery_entries(photo_files, ids)
        if not entries:
            return
        gallery = _sub(article, "mets:div", TYPE="gallery")
        for n, label, file_id in entries:
            div = _sub(gallery, "mets:div", TYPE="photo", ORDER=str(n), LABEL=label)
            if file_id is not None:
                _sub(div, "mets:fptr", FILEID=file_id)


_SCHEMA_SETS: dict[tuple[str | None, str | None], SchemaSet | None] = {}


def _schema_set(schemas_dir: str | None) -> SchemaSet | None:
    """The official schemas (None without them), looked up and loaded once per process for
    a folder named by --schemas or $ARCHIVER_SCHEMAS (looking costs more than validating a
    small document); the installed set, which `archiver schemas install` may change, each time."""
    from archiver.schemadir import ENV_VAR

    key = (schemas_dir or None, os.environ.get(ENV_VAR) or None)
    if key in _SCHEMA_SETS:
        return _SCHEMA_SETS[key]
    directory = find_schema_dir(schemas_dir)
    schemas = SchemaSet.load(directory) if directory is not None else None
    if key != (None, None):
        _SCHEMA_SETS[key] = schemas
    return schemas


def mets_document(bag: BagView, options: ExportOptions) -> bytes:
    """The bag's METS document, checked against METS 1.12.1 and PREMIS 3.0 when the official
    schemas are found (ArticleError naming the first problem when it is not valid).

    A document whose shape a document found valid before had, whose typed values are within
    their types and whose Dublin Core records are valid on their own is valid: it is not
    parsed back (`metsproof`; ``ARCHIVER_METS_FULL_CHECK=1`` checks every one in full)."""
    builder = MetsBuilder(bag, options)
    data = builder.text()
    schemas = _schema_set(options.schemas_dir)
    if schemas is None:
        return data
    check = None if metsproof.forced_full() else metsproof.checker(schemas)
    shape = None
    if check is not None:
        shape = builder.shape()
        files = [f.rel for f in builder._order]
        records = [doc for _, _, doc in builder._dmd]
        sizes = [bag.size(r) for r in files]
        hrefs = [href_of(r) for r in files]
        if metsproof.known_valid(check, shape, data, records, hrefs, sizes):
            return data
    _check(schemas, etree.fromstring(data, _check_parser()), bag.source)
    if check is not None:
        metsproof.prove(check, shape)  # valid: its shape is proven (the check raised otherwise)
    return data


@functools.cache
def _check_parser() -> etree.XMLParser:
    """The safe parser, dropping the indentation between elements: the tree is only checked
    against the schemas, to which that whitespace says nothing (element content ignores it,
    mixed content allows it; the text of an element without children is kept, blank or
    not), and a fifth fewer nodes make the parse and the check cheaper. Pinned to the safe
    parser's verdicts in tests/exports/test_export_fast_paths.py."""
    return safe_parser(remove_blank_text=True)


def check_mets(root: etree._Element, schemas_dir: str | None, *, label: str) -> None:
    """Validate a METS document with the project's catalog (kind "mets"); no-op without the
    schemas, an ArticleError on the first problem."""
    schemas = _schema_set(schemas_dir)
    if schemas is not None:
        _check(schemas, root, label)


def _check(schemas: SchemaSet, root: etree._Element, label: str) -> None:
    from archiver.xmlschemas import SchemaUnavailable

    try:
        problems = schemas.validate(root, "mets")
    except SchemaUnavailable:
        return  # a schema folder without mets-premis/: the document is not checked
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ArticleError(f"{label}: METS not valid: {problems[0]}{more}")


class MetsTarget(StagedTarget):
    name = "mets"
    summary = "one METS 1.12.1 document per bag: Dublin Core, PREMIS 3 objects, events, rights"
    suffix = ".mets.xml"
    schema_kinds = ("mets",)
    sets_times = True  # write_new sets the SOURCE_DATE_EPOCH time on the open file

    def write(self, bag: BagView, dest: Path) -> None:
        epoch = self.options.epoch
        write_new(dest, mets_document(bag, self.options), None if epoch is None else (epoch, epoch))


@functools.lru_cache(maxsize=64)
def _agent_section(n: int, ident: str, name: str, kind: str, version: str | None) -> str:
    """A METS digiprovMD holding one PREMIS agent: the same agents, in the same places, in
    nearly every document of a run, so each is written once."""
    return (
        _wrap_open("digiprovMD", n, "PREMIS:AGENT")
        + _premis_agent_text("          ", ' version="3.0"', ident, name, kind, version)
        + _wrap_close("digiprovMD")
    )


def _premis_agent_text(
    pad: str, attrs: str, ident: str, name: str, kind: str, version: str | None
) -> str:
    """One PREMIS agent as text, its element at `pad`: the same agent is written in
    premis.xml (at the root's level, no version attribute: the root carries it) and inside a
    METS digiprovMD (ten spaces in, with version="3.0", as a PREMIS fragment needs)."""
    inner = pad + "  "
    return (
        f"{pad}<premis:agent{attrs}>\n"
        f"{inner}<premis:agentIdentifier>\n"
        f"{inner}  <premis:agentIdentifierType>local</premis:agentIdentifierType>\n"
        f"{inner}  <premis:agentIdentifierValue>{_text(ident)}</premis:agentIdentifierValue>\n"
        f"{inner}</premis:agentIdentifier>\n"
        f"{inner}<premis:agentName>{_text(name)}</premis:agentName>\n"
        f"{inner}<premis:agentType>{_text(kind)}</premis:agentType>\n"
        + (
            f"{inner}<premis:agentVersion>{_text(version)}</premis:agentVersion>\n"
            if version
            else ""
        )
        + f"{pad}</premis:agent>\n"
    )
