"""`dspace-saf`: one DSpace Simple Archive Format item folder per bag, for `dspace import`.

``archiver export --to dspace-saf BAG... -o OUTDIR`` makes ``OUTDIR/<bag>/`` item folders,
so OUTDIR is the archive ``dspace import -a -s OUTDIR`` reads (export keeps no lock folder in
OUTDIR: the importer would take any folder for an item). ``--zip`` makes ``OUTDIR/<bag>.zip``
holding the item folder at its root, for the web UI's batch import (or ``import -z``).

An item folder holds, as DSpace's ItemImportServiceImpl reads them:

* ``dublin_core.xml``: ``<dublin_core schema="dc">`` with one ``<dcvalue element qualifier
  language>`` per statement of the bag's Dublin Core, mapped to fields of DSpace's default
  ``dc`` registry (creator → ``contributor.author``, spatial → ``coverage.spatial``, issued →
  ``date.issued``, the guid → ``identifier.other``, statement and licence URIs →
  ``rights.uri``...);
* ``metadata_dcterms.xml``: ``<dublin_core schema="dcterms">`` with the statements whose DCMI
  term refines the fifteen elements (spatial, hasPart, license, rightsHolder...), as they are;
* ``contents``: one line per file, TAB-separated options: the original (bundle ORIGINAL,
  primary), photos (ORIGINAL), the NewsML and the METS document (bundle METADATA), each with
  a description;
* the files themselves, named safely (no TAB, line break, slash; never a name the importer
  reads as a control file).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from lxml import etree

from archiver.exports.base import BagView, StagedTarget
from archiver.exports.metadata import Term, dublin_core, payload_order
from archiver.exports.mets import mets_document
from archiver.exports.output import OutputFolder
from archiver.render import to_bytes

# DCMI term -> (element, qualifier) in DSpace's default dc registry (dublin-core-types.xml)
DC_FIELDS: dict[str, tuple[str, str | None]] = {
    "title": ("title", None),
    "alternative": ("title", "alternative"),
    "creator": ("contributor", "author"),  # the registry keeps dc.creator for harvested records
    "contributor": ("contributor", None),
    "publisher": ("publisher", None),
    "type": ("type", None),
    "format": ("format", "mimetype"),
    "identifier": ("identifier", "other"),  # DSpace writes its handle to identifier.uri
    "source": ("source", None),
    "language": ("language", "iso"),
    "relation": ("relation", None),
    "hasPart": ("relation", "haspart"),
    "isPartOf": ("relation", "ispartof"),
    "description": ("description", "abstract"),
    "abstract": ("description", "abstract"),
    "tableOfContents": ("description", "tableofcontents"),
    "rights": ("rights", None),
    "license": ("rights", "uri"),
    "coverage": ("coverage", "spatial"),
    "spatial": ("coverage", "spatial"),
    "temporal": ("coverage", "temporal"),
    "date": ("date", None),
    "issued": ("date", "issued"),
    "created": ("date", "created"),
    "dateCopyrighted": ("date", "copyright"),
    "subject": ("subject", None),
    "extent": ("format", "extent"),
    "medium": ("format", "medium"),
}
# DSpace's default dcterms registry (dcterms-types.xml): every element, none qualified
DCTERMS_FIELDS = frozenset(
    "abstract accessRights accrualMethod accrualPeriodicity accrualPolicy alternative audience "
    "available bibliographicCitation conformsTo contributor coverage created creator date "
    "dateAccepted dateCopyrighted dateSubmitted description educationLevel extent format "
    "hasFormat hasPart hasVersion identifier instructionalMethod isFormatOf isPartOf "
    "isReferencedBy isReplacedBy isRequiredBy issued isVersionOf language license mediator "
    "medium modified provenance publisher references relation replaces requires rights "
    "rightsHolder source spatial subject tableOfContents temporal title type valid".split()
)
# names the importer reads itself, so a payload file must never take one
_RESERVED = {"contents", "dublin_core.xml", "collections", "handle", "relationships"}
_METADATA_FILE = re.compile(r"^metadata_.*.xml$")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\]")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
METS_NAME = "mets.xml"


def _field(term: Term) -> tuple[str, str | None]:
    element, qualifier = DC_FIELDS[term.name]
    if term.name == "rights" and _URI.match(term.value):
        return "rights", "uri"  # a rights statement URI, not a rights text
    return element, qualifier


def _dcvalue(parent: etree._Element, element: str, qualifier: str | None, term: Term) -> None:
    el = etree.SubElement(parent, "dcvalue", element=element, qualifier=qualifier or "none")
    if term.lang:
        el.set("language", term.lang)
    el.text = term.value


def dublin_core_xml(terms: list[Term]) -> bytes:
    root = etree.Element("dublin_core", schema="dc")
    seen: set[tuple[str, str | None, str]] = set()
    for term in terms:
        if term.name not in DC_FIELDS:
            continue
        element, qualifier = _field(term)
        if (element, qualifier, term.value) in seen:
            continue  # e.g. dc:description and dcterms:abstract saying the same
        seen.add((element, qualifier, term.value))
        _dcvalue(root, element, qualifier, term)
    return to_bytes(root)


def dcterms_xml(terms: list[Term]) -> bytes | None:
    """metadata_dcterms.xml: the refinements (terms beyond the fifteen elements), if any."""
    qualified = [t for t in terms if not t.simple and t.name in DCTERMS_FIELDS]
    if not qualified:
        return None
    root = etree.Element("dublin_core", schema="dcterms")
    for term in qualified:
        _dcvalue(root, term.name, None, term)
    return to_bytes(root)


def safe_name(name: str, taken: set[str]) -> str:
    """A file name the importer reads as a bitstream, unique in the item folder."""
    clean = _UNSAFE.sub("_", name).strip() or "file"
    if clean.startswith("."):
        clean = "_" + clean[1:]
    if clean in _RESERVED or _METADATA_FILE.match(clean) or clean == "license.txt":
        clean = f"bitstream-{clean}"
    candidate, n = clean, 1
    while candidate in taken:
        n += 1
        stem, dot, suffix = clean.rpartition(".")
        candidate = f"{stem}-{n}.{suffix}" if dot and stem else f"{clean}-{n}"
    taken.add(candidate)
    return candidate


def _option(text: str) -> str:
    """An option value: one line, no TAB (the importer splits options at TABs)."""
    return " ".join(text.replace("\t", " ").split())


class SafTarget(StagedTarget):
    name = "dspace-saf"
    summary = "DSpace Simple Archive Format item folder (dublin_core.xml, contents, files)"
    zippable = True
    schema_kinds = ("mets",)

    sets_times = True  # written through an OutputFolder

    def write(self, bag: BagView, dest: Path) -> None:
        out = OutputFolder(dest, self.options.epoch)
        terms = dublin_core(bag)
        files: dict[str, bytes] = {"dublin_core.xml": dublin_core_xml(terms)}
        qualified = dcterms_xml(terms)
        if qualified is not None:
            files["metadata_dcterms.xml"] = qualified
        for name, data in files.items():
            out.write(name, data)
        taken = set(_RESERVED) | set(files)
        lines = []
        for f in payload_order(bag):
            if f.role not in ("original", "newsml", "photo"):
                continue  # the Dublin Core is the item's metadata; the record is in the bag
            name = safe_name(PurePosixPath(f.rel).name, taken)
            out.copy(bag, f.rel, name)
            if f.role == "newsml":
                bundle, text = "METADATA", "NewsML-G2 news message (text and picture items)"
            elif f.role == "original":
                bundle, text = "ORIGINAL", f"The article as captured ({f.rel})"
            else:
                bundle, text = "ORIGINAL", f"Photo ({f.rel})"
            options = [f"bundle:{bundle}", f"description:{_option(text)}"]
            if f.role == "original":
                options.append("primary:true")
            lines.append("\t".join([name, *options]))
        mets = safe_name(METS_NAME, taken)
        out.write(mets, mets_document(bag, self.options))
        description = "METS 1.12 with PREMIS 3: fixity, formats, events, rights of the bag"
        lines.append(f"{mets}\tbundle:METADATA\tdescription:{description}")
        out.write("contents", "".join(f"{line}\n" for line in lines).encode("utf-8"))
        out.finish()
