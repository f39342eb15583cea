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
  reads as a control file, nor one opening ``-r `` that it reads as a registration line). A
  ``contents`` line names its file as it is: the importer opens ``item folder + name``
  without decoding anything, so a name is never percent-encoded there (the METS document's
  ``FLocat`` hrefs, which point into the bag, are).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from archiver.exports.base import BagView, StagedTarget
from archiver.exports.metadata import Term, dublin_core, payload_order
from archiver.exports.mets import mets_document, plain_attribute
from archiver.exports.output import OutputFolder, memory_folder
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


def _dc_fields(terms: list[Term]) -> list[tuple[str, str | None, Term]]:
    """(element, qualifier, term) of each dcvalue of dublin_core.xml, in order."""
    fields = []
    seen: set[tuple[str, str | None, str]] = set()
    for term in terms:
        if term.name not in DC_FIELDS:
            continue
        element, qualifier = _field(term)
        if (element, qualifier, term.value) in seen:
            continue  # e.g. dc:description and dcterms:abstract saying the same
        seen.add((element, qualifier, term.value))
        fields.append((element, qualifier, term))
    return fields


def _qualified(terms: list[Term]) -> list[Term]:
    """The refinements (terms beyond the fifteen elements) DSpace's dcterms registry has."""
    return [t for t in terms if not t.simple and t.name in DCTERMS_FIELDS]


def dublin_core_tree(terms: list[Term]) -> bytes:
    """dublin_core.xml made as an lxml tree: the reference `dublin_core_xml` is pinned to."""
    root = etree.Element("dublin_core", schema="dc")
    for element, qualifier, term in _dc_fields(terms):
        _dcvalue(root, element, qualifier, term)
    return to_bytes(root)


def dcterms_tree(terms: list[Term]) -> bytes | None:
    """metadata_dcterms.xml made as an lxml tree: the reference `dcterms_xml` is pinned to."""
    qualified = _qualified(terms)
    if not qualified:
        return None
    root = etree.Element("dublin_core", schema="dcterms")
    for term in qualified:
        _dcvalue(root, term.name, None, term)
    return to_bytes(root)


# What lxml refuses in text and attribute values (ValueError), and how it escapes the rest;
# one search finds whether a value needs either (most values need neither).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LXML_REFUSAL = (
    "All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters"
)
_TEXT_SPECIAL = re.compile("[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]")
_ATTR_SPECIAL = re.compile('[&<>"\x00-\x1f\ufffe\uffff]')
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def _escaped(value: str, special: re.Pattern[str], escapes: dict[int, str]) -> str:
    """value as lxml writes it in UTF-8, or lxml's own error for what it cannot hold."""
    if not value.isascii():
        value.encode("utf-8")  # a lone surrogate: UnicodeEncodeError, as lxml raises
    if plain_attribute(value):  # nothing to escape in text or in an attribute
        return value
    if special.search(value) is None:
        return value
    if _NOT_XML.search(value) is not None:
        raise ValueError(_LXML_REFUSAL)
    return value.translate(escapes)


def _dcvalue_text(element: str, qualifier: str | None, term: Term) -> str:
    # element and qualifier come from the registries' tables above: names, nothing to escape
    attrs = f'element="{element}" qualifier="{qualifier or "none"}"'
    if term.lang:
        attrs += f' language="{_escaped(term.lang, _ATTR_SPECIAL, _ATTR_ESCAPES)}"'
    value = _escaped(term.value, _TEXT_SPECIAL, _TEXT_ESCAPES)
    return f"  <dcvalue {attrs}>{value}</dcvalue>\n"  # an empty text too: lxml sets a text node


def _document(schema: str, values: list[str]) -> bytes:
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<dublin_core schema="{schema}"'
    if not values:
        return f"{head}/>\n".encode()
    return f"{head}>\n{''.join(values)}</dublin_core>\n".encode()


def dublin_core_xml(terms: list[Term]) -> bytes:
    """dublin_core.xml: one dcvalue per statement mapped to DSpace's dc registry. Written
    from a template, byte for byte what `dublin_core_tree` gives (an element per value and
    lxml's serializer cost as much as the rest of the item folder's own work; pinned in
    tests/exports/test_export_fast_paths.py)."""
    return _document("dc", [_dcvalue_text(e, q, t) for e, q, t in _dc_fields(terms)])


def dcterms_xml(terms: list[Term]) -> bytes | None:
    """metadata_dcterms.xml: the refinements (terms beyond the fifteen elements), if any;
    from a template, as `dcterms_tree` makes it."""
    qualified = _qualified(terms)
    if not qualified:
        return None
    return _document("dcterms", [_dcvalue_text(t.name, None, t) for t in qualified])


def safe_name(name: str, taken: set[str]) -> str:
    """A file name the importer reads as a bitstream, unique in the item folder."""
    clean = _UNSAFE.sub("_", name).strip() or "file"
    if clean.startswith("."):
        clean = "_" + clean[1:]
    reserved = clean in _RESERVED or _METADATA_FILE.match(clean) or clean == "license.txt"
    if reserved or clean.startswith("-r "):  # a contents line opening "-r " registers a file
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
    zips_from_memory = True  # only through it (`output.memory_folder`)

    def write(self, bag: BagView, dest: Path) -> None:
        out = memory_folder(dest) or OutputFolder(dest, self.options.epoch)
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
            # a payload path is canonical (validation joined its segments with one '/',
            # none empty or '.'): its last segment is PurePosixPath(f.rel).name
            name = safe_name(f.rel.rpartition("/")[2], taken)
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
