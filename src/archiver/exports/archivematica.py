"""`archivematica`: a bag Archivematica accepts as an "Unzipped bag" or "Zipped bag" transfer.

``archiver export --to archivematica BAG... -o OUTDIR`` writes ``OUTDIR/<bag>/``, a new BagIt
1.0 bag (Archivematica checks bags with bagit-python: every manifest and the Payload-Oxum);
``--zip`` writes ``OUTDIR/<bag>.zip`` whose one top folder is named like the zip, as
Archivematica's zipped-bag extractor expects. The payload is the source bag's, file for file,
plus, following Archivematica's "Import metadata" documentation (docs 1.17, "Adding metadata
to bags"):

* ``data/metadata/metadata.csv``: UTF-8, ``filename`` the first column, paths starting with
  ``data/`` (the payload folder) written as they are, never percent-encoded (the docs' paths
  are plain relative paths, and Archivematica matches the column's text against each file's
  original location), one row for the article's original carrying its Dublin
  Core: ``dc.<element>`` columns for the fifteen elements and ``dcterms.<term>`` columns for
  refinements (``dcterms.spatial``, never ``dc.coverage.spatial``: Archivematica keeps only
  the last part of a dotted name), a column repeated for each further value;
* ``data/metadata/premis.xml``: the events done before the transfer (message digest
  calculation, creation of the bag, validation) as PREMIS 3 with their agents, objects named
  by ``premis:originalName`` (their path in the transfer), which Archivematica's "Load PREMIS
  events from metadata/premis.xml" job imports.

Archivematica moves ``data/metadata/`` to the transfer's ``metadata/`` and every other payload
entry to ``objects/``; archiver's own Dublin Core, NewsML and record travel with them. The
bag-info labels are kept (made XML-name safe: Archivematica writes each into its METS),
Payload-Oxum and Bag-Size recomputed, Bagging-Date and Bag-Software-Agent are this export's.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from pathlib import Path

from archiver import __version__
from archiver.errors import ArticleError
from archiver.exports.base import BagView, StagedTarget
from archiver.exports.metadata import SIMPLE_DC, Term, dublin_core, payload_order
from archiver.exports.mets import MetsBuilder
from archiver.exports.output import OutputFolder, memory_folder
from archiver.packaging.tagtext import (
    bag_info_text,
    encode_manifest_path,
    human_size,
    tag_manifests,
)

CSV_FILE = "data/metadata/metadata.csv"
PREMIS_FILE = "data/metadata/premis.xml"
_RECOMPUTED = {"payload-oxum", "bag-size", "bagging-date", "bag-software-agent"}
_NOT_XML_NAME = re.compile(r"[^A-Za-z0-9_.-]")


def metadata_csv(original: str, terms: list[Term]) -> bytes:
    """One row for the original: filename first, dc.* then dcterms.* columns."""
    simple = [t for t in terms if t.simple]
    refined = [t for t in terms if not t.simple]
    simple.sort(key=lambda t: SIMPLE_DC.index(t.name))  # stable: values keep their order
    header = (
        ["filename"] + [f"dc.{t.name}" for t in simple] + [f"dcterms.{t.name}" for t in refined]
    )
    row = [original] + [t.value for t in simple] + [t.value for t in refined]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow(row)
    return out.getvalue().encode("utf-8")


@functools.lru_cache(maxsize=1024)
def _label(label: str) -> str:
    """A bag-info label Archivematica can write as an XML element name (the same few
    labels come in every bag: each worked out once per process)."""
    clean = _NOT_XML_NAME.sub("-", label.strip()) or "Label"
    return clean if re.match(r"[A-Za-z_]", clean) else f"L-{clean}"


class ArchivematicaTarget(StagedTarget):
    name = "archivematica"
    summary = "Archivematica bag transfer: data/metadata/metadata.csv (Dublin Core), premis.xml"
    zippable = True
    sets_times = True  # written through an OutputFolder
    zips_from_memory = True  # only through it (`output.memory_folder`)

    def write(self, bag: BagView, dest: Path) -> None:
        percent = next((rel for rel in bag.files if "%" in rel), None)
        if percent is not None:
            # RFC 8493 2.1.3 has a manifest write a name's '%' as %25; bagit-python, the bag
            # check Archivematica runs on a transfer, decodes only %0D and %0A, so it would
            # look for a file named "%25..." and reject the transfer at ingest. Refused here,
            # nothing written, rather than handing over a transfer that cannot go in.
            raise ArticleError(
                f"{bag.source}: {percent}: a payload name holding '%' is written %25 in a "
                "bag's manifests (RFC 8493 2.1.3), which Archivematica's bag check "
                "(bagit-python) does not decode; rename the file to export it to archivematica"
            )
        order = payload_order(bag)
        originals = [f.rel for f in order if f.role == "original"]
        objects = [f.rel for f in order if f.role in ("original", "newsml", "photo", "other")]
        added: dict[str, bytes] = {}
        terms = dublin_core(bag)
        if terms:
            added[CSV_FILE] = metadata_csv(originals[0] if originals else "data", terms)
        if objects:
            added[PREMIS_FILE] = MetsBuilder(bag, self.options).premis_events_text(objects)
        clash = [rel for rel in added if rel in bag.files]
        for rel in clash:  # the bag has its own: it stays, ours is not added
            del added[rel]
        out = memory_folder(dest) or OutputFolder(dest, self.options.epoch)
        algorithms = tuple(sorted(bag.manifests))
        files = bag.files
        total = 0
        for rel in files:
            total += out.copy(bag, rel, rel)
        # the source manifests' digests, read straight from each (a valid bag lists every
        # file in every manifest; one missing would be written empty, as bag.digest gave)
        digests: dict[str, dict[str, str]] = {}
        for alg in algorithms:
            entries = bag.manifests[alg]
            digests[alg] = {rel: entries.get(rel) or "" for rel in files}
        for rel, data in added.items():
            out.write(rel, data)
            total += len(data)
            for alg in algorithms:
                digests[alg][rel] = hashlib.new(alg, data).hexdigest()
        count = len(files) + len(added)
        # every manifest lists the same paths: sorted and encoded once for all of them
        listed = [(rel, encode_manifest_path(rel)) for rel in sorted([*files, *added])]
        info: dict[str, str | list[str]] = {}
        for label, value in bag.info.elements:
            if label.lower() in _RECOMPUTED:
                continue
            key = _label(label)
            current = info.get(key)
            if current is None:
                info[key] = value
            elif isinstance(current, list):
                current.append(value)
            else:
                info[key] = [current, value]
        info["Bagging-Date"] = self.options.run_time.date().isoformat()
        info["Bag-Software-Agent"] = f"archiver {__version__} (export --to archivematica)"
        info["Payload-Oxum"] = f"{total}.{count}"
        info["Bag-Size"] = human_size(total)
        tags = {
            "bagit.txt": b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
            "bag-info.txt": bag_info_text(info).encode("utf-8"),
        }
        for alg in algorithms:
            of = digests[alg]
            lines = "".join([f"{of[rel]}  {name}\n" for rel, name in listed])
            tags[f"manifest-{alg}.txt"] = lines.encode("utf-8")
        for name in bag.tag_files:  # other tag files (e.g. aptrust-info.txt) travel along
            if name not in tags and not name.startswith(("manifest-", "tagmanifest-")):
                tags[name] = bag.read_tag(name)
        tags.update(tag_manifests(tags, algorithms))
        for name, data in tags.items():
            out.write(name, data)
        out.finish()
