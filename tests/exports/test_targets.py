"""The export targets on the sample article's bag: METS, DSpace SAF, Archivematica."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest
from export_helpers import export, files_of, visible
from lxml import etree
from saf_rules import check_archive, check_item, load_registry

from archiver.errors import ArticleError
from archiver.exports.metadata import SIMPLE_DC
from archiver.exports.mets import check_mets, copyright_status
from archiver.exports.saf import DC_FIELDS, DCTERMS_FIELDS
from repo_paths import REPO, SCHEMA_DIR, needs_schemas

SHARED = REPO.parent / "shared"
REGISTRIES = SHARED / "dspace-registries"
METS = "http://www.loc.gov/METS/"
PREMIS = "http://www.loc.gov/premis/v3"
NS = {"mets": METS, "premis": PREMIS, "xlink": "http://www.w3.org/1999/xlink"}
CONFIG = """
[archive]
organization = "Example Newspaper Archive"

[rights]
holder = "United Press International"
copyright_notice = "Copyright 2014 United Press International"
license = "https://creativecommons.org/licenses/by-nc/4.0/"
statement = "http://rightsstatements.org/vocab/InC/1.0/"
jurisdiction = "us"
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "archiver.toml"
    path.write_text(CONFIG)
    return path


def manifest(bag: Path, alg: str) -> dict[str, str]:
    lines = (bag / f"manifest-{alg}.txt").read_text().splitlines()
    return {line.split("  ", 1)[1]: line.split("  ", 1)[0] for line in lines}


def exported_zip(target: str, bag: Path, tmp_path: Path) -> Path:
    out = tmp_path / "zips"
    result = export("--to", target, "--zip", "-o", str(out), str(bag))
    assert result.exit_code == 0, result.output
    assert visible(out) == [f"{bag.name}.zip"]
    return out / f"{bag.name}.zip"


def registry() -> set:
    if not REGISTRIES.is_dir():
        pytest.skip("DSpace registries not found in ../shared/dspace-registries")
    return load_registry(REGISTRIES / "dublin-core-types.xml") | load_registry(
        REGISTRIES / "dcterms-types.xml"
    )


# -- METS ---------------------------------------------------------------------------------------


@needs_schemas
def test_mets_of_the_sample_bag(sample_bag: Path, tmp_path: Path, config: Path):
    out = tmp_path / "out"
    result = export("--to", "mets", "--config", str(config), "-o", str(out), str(sample_bag))
    assert result.exit_code == 0, result.output
    doc_path = out / f"{sample_bag.name}.mets.xml"
    assert visible(out) == [doc_path.name]
    root = etree.parse(str(doc_path)).getroot()
    check_mets(root, str(SCHEMA_DIR), label="sample")  # valid: raises otherwise

    guid = (sample_bag / "bag-info.txt").read_text().split("External-Identifier: ")[1].split()[0]
    assert root.get("OBJID") == guid
    assert root.find("mets:metsHdr", NS).get("CREATEDATE") == "2014-11-19T00:00:00Z"
    agents = [a.findtext("mets:name", namespaces=NS) for a in root.iterfind(".//mets:agent", NS)]
    assert agents == ["archiver 0.1.0", "Example Newspaper Archive"]
    # the Dublin Core in the dmdSec
    title = root.findtext(".//mets:dmdSec//{http://purl.org/dc/elements/1.1/}title", namespaces=NS)
    assert title and title.startswith("More North Korean women")

    # a PREMIS object per payload file: size, sha256 and sha512 as in the manifests, PRONOM id
    sha256, sha512 = manifest(sample_bag, "sha256"), manifest(sample_bag, "sha512")
    objects = {
        o.findtext("premis:originalName", namespaces=NS): o
        for o in root.iterfind(".//premis:object", NS)
    }
    assert sorted(objects) == sorted(sha256)
    puids = {}
    for rel, obj in objects.items():
        assert obj.findtext(".//premis:size", namespaces=NS) == str(
            (sample_bag / rel).stat().st_size
        )
        fixity = {
            f.findtext("premis:messageDigestAlgorithm", namespaces=NS): f.findtext(
                "premis:messageDigest", namespaces=NS
            )
            for f in obj.iterfind(".//premis:fixity", NS)
        }
        assert fixity == {"SHA-256": sha256[rel], "SHA-512": sha512[rel]}
        puids[rel] = obj.findtext(".//premis:formatRegistryKey", namespaces=NS)
    original = next(rel for rel in sha256 if rel.startswith("data/original/"))
    assert puids[original] == "x-fmt/111"
    assert puids["data/newsml.xml"] == puids["data/metadata/dc.xml"] == "fmt/101"
    assert puids["data/metadata/article.json"] == "fmt/817"

    # events with outcomes and dates from the bag and the run
    object_ids = {
        o.findtext("premis:objectIdentifier/premis:objectIdentifierValue", namespaces=NS)
        for o in objects.values()
    }
    events = {}
    for ev in root.iterfind(".//premis:event", NS):
        kind = ev.findtext("premis:eventType", namespaces=NS)
        events.setdefault(kind, []).append(ev)
    for kind, date, outcome in (
        ("message digest calculation", "2014-11-19", "success"),
        ("creation", "2014-11-19", "success"),
        ("metadata extraction", "2014-11-19", "success"),
        ("validation", "2014-11-19T00:00:00Z", "valid"),
    ):
        (ev,) = events[kind]
        assert ev.findtext("premis:eventDateTime", namespaces=NS) == date
        assert ev.findtext(".//premis:eventOutcome", namespaces=NS) == outcome
        linked = {x.text for x in ev.iterfind(".//premis:linkingObjectIdentifierValue", NS)}
        assert linked == object_ids  # every payload file's object
    premis_agents = {
        a.findtext("premis:agentName", namespaces=NS): a.findtext("premis:agentType", namespaces=NS)
        for a in root.iterfind(".//premis:agent", NS)
    }
    assert premis_agents["archiver"] == "software"
    assert premis_agents["Example Newspaper Archive"] == "organization"

    # rights from the config
    (copyright_info,) = root.iterfind(".//premis:copyrightInformation", NS)
    assert copyright_info.findtext("premis:copyrightStatus", namespaces=NS) == "copyrighted"
    assert copyright_info.findtext("premis:copyrightJurisdiction", namespaces=NS) == "us"
    notes = [n.text for n in copyright_info.iterfind("premis:copyrightNote", NS)]
    assert "Rights holder: United Press International" in notes
    assert "Copyright 2014 United Press International" in notes
    assert (
        copyright_info.findtext(".//premis:copyrightDocumentationIdentifierValue", namespaces=NS)
        == "http://rightsstatements.org/vocab/InC/1.0/"
    )
    assert (
        root.findtext(".//premis:licenseDocumentationIdentifierValue", namespaces=NS)
        == "https://creativecommons.org/licenses/by-nc/4.0/"
    )

    # fileSec and structMap: original, NewsML, metadata, then the gallery in order
    hrefs = [loc.get(f"{{{NS['xlink']}}}href") for loc in root.iterfind(".//mets:FLocat", NS)]
    assert hrefs[:2] == [original, "data/newsml.xml"]
    div = root.find("mets:structMap/mets:div", NS)
    assert [d.get("TYPE") for d in div] == ["original", "newsml", "metadata", "gallery"]
    photos = div.find("mets:div[@TYPE='gallery']", NS)
    orders = [int(p.get("ORDER")) for p in photos]
    assert orders == list(range(1, len(orders) + 1)) and orders


def test_copyright_status_from_the_statement():
    assert copyright_status("http://rightsstatements.org/vocab/InC-EDU/1.0/") == "copyrighted"
    assert copyright_status("http://rightsstatements.org/vocab/NoC-US/1.0/") == "publicdomain"
    assert copyright_status("http://rightsstatements.org/vocab/CNE/1.0/") == "unknown"
    assert copyright_status(None) == "unknown"


@needs_schemas
@pytest.mark.parametrize(
    "damage, expected",
    [
        ("size", "is not a valid value of the atomic type 'xs:long'"),
        ("structmap", "structMap"),
        ("event", "eventDateTime"),
    ],
)
def test_a_broken_mets_fails_the_check(
    sample_bag: Path, tmp_path: Path, damage: str, expected: str
):
    out = tmp_path / "out"
    assert export("--to", "mets", "-o", str(out), str(sample_bag)).exit_code == 0
    root = etree.parse(str(out / f"{sample_bag.name}.mets.xml")).getroot()
    if damage == "size":
        root.find(".//premis:size", NS).text = "twelve"
    elif damage == "structmap":
        root.remove(root.find("mets:structMap", NS))
    else:
        ev = root.find(".//premis:event", NS)
        ev.remove(ev.find("premis:eventDateTime", NS))
    with pytest.raises(ArticleError, match="METS not valid") as info:
        check_mets(root, str(SCHEMA_DIR), label="broken")
    assert expected in str(info.value)


@needs_schemas
def test_mets_valid_through_the_shared_oasis_catalog(sample_bag: Path, tmp_path: Path):
    """Independently of archiver's own catalog: libxml2 resolving the official schema URLs
    through ../shared/schemas/mets-premis/catalog.xml, offline."""
    out = tmp_path / "out"
    assert export("--to", "mets", "-o", str(out), str(sample_bag)).exit_code == 0
    doc = out / f"{sample_bag.name}.mets.xml"
    mp, dc = SCHEMA_DIR / "mets-premis", SCHEMA_DIR / "dublin-core"
    driver = tmp_path / "driver.xsd"
    driver.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
        '<xs:import namespace="http://www.w3.org/1999/xlink" '
        'schemaLocation="http://www.loc.gov/standards/xlink/xlink.xsd"/>'
        '<xs:import namespace="http://www.loc.gov/METS/" '
        'schemaLocation="http://www.loc.gov/standards/mets/version1121/mets.xsd"/>'
        '<xs:import namespace="http://www.loc.gov/premis/v3" '
        'schemaLocation="http://www.loc.gov/standards/premis/v3/premis.xsd"/>'
        f'<xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/" schemaLocation="{(dc / "oai_dc.xsd").as_uri()}"/>'
        f'<xs:import namespace="http://purl.org/dc/terms/" schemaLocation="{(dc / "dcterms.xsd").as_uri()}"/>'
        "</xs:schema>"
    )
    script = (
        "import sys; from lxml import etree\n"
        "p = etree.XMLParser(no_network=True)\n"
        "s = etree.XMLSchema(etree.parse(sys.argv[1], p))\n"
        "d = etree.parse(sys.argv[2], p)\n"
        "ok = s.validate(d)\n"
        "d.getroot().find('.//{http://www.loc.gov/premis/v3}size').text = 'twelve'\n"
        "print(ok, s.validate(d))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(driver), str(doc)],
        capture_output=True,
        text=True,
        env={**os.environ, "XML_CATALOG_FILES": str(mp / "catalog.xml")},
    )
    assert proc.stdout.split() == ["True", "False"], proc.stderr


# -- DSpace Simple Archive Format ---------------------------------------------------------------


def test_every_field_written_is_in_the_default_registries():
    fields = registry()
    for element, qualifier in DC_FIELDS.values():
        assert ("dc", element, qualifier) in fields, (element, qualifier)
    for term in DCTERMS_FIELDS:
        assert ("dcterms", term, None) in fields, term


@needs_schemas
def test_saf_item_of_the_sample_bag_meets_the_importer_rules(
    sample_bag: Path, tmp_path: Path, config: Path
):
    fields = registry()
    out = tmp_path / "archive"
    result = export("--to", "dspace-saf", "--config", str(config), "-o", str(out), str(sample_bag))
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == [sample_bag.name]  # nothing else is an item
    assert check_archive(out, fields) == {sample_bag.name: []}
    item = out / sample_bag.name
    lines = (item / "contents").read_text().splitlines()
    original = next(p for p in (sample_bag / "data" / "original").iterdir())
    assert lines[0] == (
        f"{original.name}\tbundle:ORIGINAL\tdescription:The article as captured "
        f"(data/original/{original.name})\tprimary:true"
    )
    assert lines[1].startswith("newsml.xml\tbundle:METADATA\tdescription:")
    assert lines[2].startswith("mets.xml\tbundle:METADATA\tdescription:METS")
    assert (item / original.name).read_bytes() == original.read_bytes()
    dc = etree.parse(str(item / "dublin_core.xml")).getroot()
    values = {(v.get("element"), v.get("qualifier")): v.text for v in dc}
    assert values[("title", "none")].startswith("More North Korean women")
    assert values[("identifier", "other")].startswith("tag:")
    assert values[("rights", "uri")] == "http://rightsstatements.org/vocab/CNE/1.0/"
    assert dc.find("dcvalue[@element='title']").get("language") == "en"
    dcterms = etree.parse(str(item / "metadata_dcterms.xml")).getroot()
    assert dcterms.get("schema") == "dcterms"
    assert {v.get("element") for v in dcterms} <= DCTERMS_FIELDS
    assert "spatial" in {v.get("element") for v in dcterms}


def test_the_saf_checker_catches_each_rule(tmp_path: Path):
    fields = registry()
    item = tmp_path / "item"
    item.mkdir()
    (item / "dublin_core.xml").write_text(
        '<dublin_core schema="dc"><dcvalue element="title" qualifier="none">T</dcvalue>'
        '<dcvalue element="creator" qualifier="bogus">X</dcvalue></dublin_core>'
    )
    (item / "metadata_dcterms.xml").write_text(
        "<dublin_core><dcvalue element='spatial'>S</dcvalue></dublin_core>"
    )
    (item / "a.txt").write_text("a")
    (item / "stray.txt").write_text("s")
    (item / "contents").write_text("a.txt\tbundle:ORIGINAL\n\nmissing.txt\n../x\twhat:ever\n")
    problems = " | ".join(check_item(item, fields))
    for expected in (
        "Metadata field dc.creator.bogus not in the registry",
        "metadata_dcterms.xml: no schema attribute",
        "contents line 2: blank",
        "contents line 3: missing.txt does not exist",
        "contents line 4: '../x' is outside the item folder",
        "unknown option 'what:ever'",
        "stray.txt: in the item folder but not in contents",
    ):
        assert expected in problems
    (item / "dublin_core.xml").unlink()
    assert "dublin_core.xml missing" in check_item(item, fields)


@needs_schemas
def test_saf_zip_holds_the_item_folder_at_its_root(sample_bag: Path, tmp_path: Path):
    with zipfile.ZipFile(exported_zip("dspace-saf", sample_bag, tmp_path)) as zf:
        names = zf.namelist()
        # DSpace's unzip: entries of two path parts leave the zip's root as the archive folder
        assert all(len(n.rstrip("/").split("/")) <= 2 for n in names)
        assert {n.split("/")[0] for n in names} == {sample_bag.name}
        zf.extractall(tmp_path / "unzipped")
    assert check_archive(tmp_path / "unzipped", registry()) == {sample_bag.name: []}


def test_awkward_original_names_stay_importable(tmp_path: Path):
    from archiver.exports.saf import safe_name

    taken = {"contents", "dublin_core.xml"}
    assert safe_name("contents", taken) == "bitstream-contents"
    assert safe_name("metadata_x.xml", taken) == "bitstream-metadata_x.xml"
    assert safe_name("a\tb\nc.txt", taken) == "a_b_c.txt"
    assert safe_name("a\tb\nc.txt", taken) == "a_b_c-2.txt"
    assert safe_name(".hidden", taken) == "_hidden"


# -- payload names a URI must encode --------------------------------------------------------

# a name as written in the bag -> its xlink:href (RFC 3986: percent-encoded as UTF-8)
AWKWARD = {
    "%zz.jpg": "%25zz.jpg",
    "#x#y.jpg": "%23x%23y.jpg",
    "a b.jpg": "a%20b.jpg",
    "a?b.jpg": "a%3Fb.jpg",
    "[1].jpg": "%5B1%5D.jpg",
    "\u00e9t\u00e9.jpg": "%C3%A9t%C3%A9.jpg",
    "+&=;,@:.jpg": "+&=;,@:.jpg",  # path characters: as they are
    "-r x.jpg": "-r%20x.jpg",
}
AWKWARD_ORIGINAL = ("a b%#?.txt", "a%20b%25%23%3F.txt")


def make_awkward_bag(tmp_path: Path, percent: bool = True) -> Path:
    """A valid bag whose payload names hold characters a URI path cannot hold as they are
    (without percent: no name holds a '%')."""
    import warnings

    folder = tmp_path / "bags" / "awkward"
    (folder / "original").mkdir(parents=True)
    (folder / "photos").mkdir()
    original = AWKWARD_ORIGINAL[0] if percent else AWKWARD_ORIGINAL[0].replace("%", "")
    (folder / "original" / original).write_text("Storm hits coast\n")
    for name in AWKWARD:
        if percent or "%" not in name:
            (folder / "photos" / name).write_bytes(name.encode())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bagit.make_bag(
            str(folder),
            {"External-Description": "Storm hits coast", "External-Identifier": "urn:x:1"},
            checksums=["sha256", "sha512"],
        )
    return folder


@pytest.fixture
def awkward_bag(tmp_path: Path) -> Path:
    return make_awkward_bag(tmp_path)


def hrefs_of(root: etree._Element) -> dict[str, str]:
    """originalName (the path as it is) -> the FLocat href of the file with that object."""
    names = {
        amd.get("ID"): amd.findtext(".//premis:originalName", namespaces=NS)
        for amd in root.iterfind("mets:amdSec", NS)
    }
    return {
        names[f.get("ADMID")]: f.find("mets:FLocat", NS).get(f"{{{NS['xlink']}}}href")
        for f in root.iterfind(".//mets:file", NS)
    }


def expected_hrefs() -> dict[str, str]:
    found = {f"data/photos/{name}": f"data/photos/{href}" for name, href in AWKWARD.items()}
    found[f"data/original/{AWKWARD_ORIGINAL[0]}"] = f"data/original/{AWKWARD_ORIGINAL[1]}"
    return found


@needs_schemas
def test_awkward_names_export_to_mets_as_uri_references(awkward_bag: Path, tmp_path: Path):
    """Names holding '%', '#', '?', a space, brackets, non-ASCII: the bag exports; each
    FLocat href is the path percent-encoded (RFC 3986, UTF-8), which resolves against the
    bag's folder to the file; the document is valid against the official schemas; the
    PREMIS originalName is the path as it is."""
    from urllib.parse import unquote, urljoin

    out = tmp_path / "mets"
    result = export("--to", "mets", "-o", str(out), str(awkward_bag))
    assert result.exit_code == 0, result.output
    root = etree.parse(str(out / "awkward.mets.xml")).getroot()
    check_mets(root, str(SCHEMA_DIR), label="awkward")  # valid: raises otherwise
    hrefs = hrefs_of(root)
    assert hrefs == expected_hrefs()
    base = awkward_bag.as_uri() + "/"
    for rel, href in hrefs.items():
        assert unquote(urljoin(base, href)) == unquote(base) + rel
        assert (awkward_bag / unquote(href)).is_file()


@needs_schemas
def test_awkward_names_export_to_dspace_saf(awkward_bag: Path, tmp_path: Path):
    """The SAF item names each file as it is in contents (the importer opens the name it
    reads, decoding nothing), a name opening '-r ' renamed (it would be read as a registration
    line); the item meets the importer's rules; its METS is valid, its hrefs encoded."""
    out = tmp_path / "saf"
    result = export("--to", "dspace-saf", "-o", str(out), str(awkward_bag))
    assert result.exit_code == 0, result.output
    assert check_archive(out, registry()) == {"awkward": []}
    item = out / "awkward"
    names = [line.split("\t")[0] for line in (item / "contents").read_text().splitlines()]
    renamed = {"-r x.jpg": "bitstream--r x.jpg"}
    expected = [AWKWARD_ORIGINAL[0]] + sorted(renamed.get(n, n) for n in AWKWARD) + ["mets.xml"]
    assert sorted(names[1:-1]) == expected[1:-1] and names[0] == expected[0]
    assert names[-1] == "mets.xml"
    for name in AWKWARD:
        assert (item / renamed.get(name, name)).read_bytes() == name.encode()
    root = etree.parse(str(item / "mets.xml")).getroot()
    check_mets(root, str(SCHEMA_DIR), label="awkward")
    assert hrefs_of(root) == expected_hrefs()


def test_awkward_names_export_to_archivematica(tmp_path: Path):
    """metadata.csv names the original by its path as it is (Archivematica's docs: a plain
    relative path from data/; it matches the text against each file's location, decoding
    nothing), as premis.xml's originalName does; the transfer passes bagit-python."""
    bag = make_awkward_bag(tmp_path, percent=False)
    out = tmp_path / "am"
    result = export("--to", "archivematica", "-o", str(out), str(bag))
    assert result.exit_code == 0, result.output
    transfer = out / "awkward"
    bagit.Bag(str(transfer)).validate()
    (row,) = check_metadata_csv(transfer)
    assert row["filename"] == ["data/original/a b#?.txt"]
    assert row["dc.title"] == ["Storm hits coast"]
    premis = etree.parse(str(transfer / "data" / "metadata" / "premis.xml")).getroot()
    names = {
        o.findtext("premis:originalName", namespaces=NS)
        for o in premis.iterfind("premis:object", NS)
    }
    assert names == {
        f"data/{p.relative_to(bag / 'data')}" for p in bag.rglob("*.*") if "data" in p.parts
    }
    assert all((transfer / n).is_file() for n in names)


def test_percent_names_are_refused_for_archivematica(tmp_path: Path):
    """A payload name holding '%' is written %25 in the manifests (RFC 8493 2.1.3), which
    bagit-python 1.9, the bag check Archivematica runs, does not decode: such a transfer would
    fail at ingest, so export refuses the bag (exit 1, the file named) and writes nothing."""
    bag = make_awkward_bag(tmp_path)
    out = tmp_path / "am"
    result = export("--to", "archivematica", "-o", str(out), str(bag))
    assert result.exit_code == 1
    assert "data/original/a b%#?.txt: a payload name holding '%'" in result.stderr
    assert "bagit-python" in result.stderr
    assert not out.exists() or not any(p.is_file() for p in out.rglob("*"))


# -- Archivematica ------------------------------------------------------------------------------


def check_metadata_csv(bag: Path) -> list[dict[str, list[str]]]:
    """Archivematica's metadata.csv convention for bags (docs, "Import metadata")."""
    raw = (bag / "data" / "metadata" / "metadata.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM before "filename"
    text = raw.decode("utf-8")  # UTF-8 only
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    assert header[0] == "filename"
    for column in header[1:]:
        prefix, _, term = column.partition(".")
        assert prefix in ("dc", "dcterms") and term and "." not in term, column
        if prefix == "dc":
            assert term in SIMPLE_DC, column
        else:
            assert term in DCTERMS_FIELDS and term not in SIMPLE_DC, column
    parsed = []
    for row in body:
        assert len(row) == len(header)
        assert row[0].startswith("data/") and (bag / row[0]).exists(), row[0]
        values: dict[str, list[str]] = {}
        for column, value in zip(header, row, strict=True):
            values.setdefault(column, []).append(value)
        parsed.append(values)
    return parsed


def test_archivematica_transfer_of_the_sample_bag(sample_bag: Path, tmp_path: Path):
    out = tmp_path / "transfers"
    result = export("--to", "archivematica", "-o", str(out), str(sample_bag))
    assert result.exit_code == 0, result.output
    transfer = out / sample_bag.name
    bagit.Bag(str(transfer)).validate()  # what Archivematica runs on a bag transfer
    (row,) = check_metadata_csv(transfer)
    original = next(p for p in (sample_bag / "data" / "original").iterdir())
    assert row["filename"] == [f"data/original/{original.name}"]
    assert row["dc.title"][0].startswith("More North Korean women")
    assert row["dc.identifier"][0].startswith("tag:")
    # the payload is the bag's, byte for byte, plus the metadata
    source = {k: v for k, v in files_of(sample_bag / "data").items()}
    copied = files_of(transfer / "data")
    assert {k: copied[k] for k in source} == source
    assert set(copied) - set(source) == {"metadata/metadata.csv", "metadata/premis.xml"}
    # premis.xml: PREMIS 3 objects linked by originalName to files of the transfer
    premis = etree.parse(str(transfer / "data" / "metadata" / "premis.xml")).getroot()
    assert premis.get("version") == "3.0"
    names = [
        o.findtext("premis:originalName", namespaces=NS)
        for o in premis.iterfind("premis:object", NS)
    ]
    assert names and all((transfer / n).is_file() for n in names)
    kinds = [
        e.findtext("premis:eventType", namespaces=NS) for e in premis.iterfind("premis:event", NS)
    ]
    assert kinds == ["message digest calculation", "creation", "validation"]
    if SCHEMA_DIR is not None:
        schema = etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "mets-premis" / "premis-v3-0.xsd")))
        assert schema.validate(premis), schema.error_log
    info = (transfer / "bag-info.txt").read_text()
    assert "External-Identifier: tag:" in info and "Bagging-Date: 2014-11-19" in info


def test_archivematica_zipped_bag(sample_bag: Path, tmp_path: Path):
    with zipfile.ZipFile(exported_zip("archivematica", sample_bag, tmp_path)) as zf:
        assert {n.split("/")[0] for n in zf.namelist()} == {sample_bag.name}  # top = stem
        zf.extractall(tmp_path / "x")
    transfer = tmp_path / "x" / sample_bag.name
    bagit.Bag(str(transfer)).validate()
    check_metadata_csv(transfer)


def test_each_target_leaves_the_bag_untouched_and_is_reproducible(sample_bag: Path, tmp_path: Path):
    from export_helpers import snapshot

    before = snapshot(sample_bag)
    for target in ("mets", "dspace-saf", "archivematica"):
        if target == "mets" and SCHEMA_DIR is None:
            continue
        one, two = tmp_path / f"{target}-1", tmp_path / f"{target}-2"
        assert export("--to", target, "-o", str(one), str(sample_bag)).exit_code == 0
        assert export("--to", target, "-o", str(two), str(sample_bag)).exit_code == 0
        assert files_of(one) == files_of(two)
        digest = hashlib.sha256(b"".join(files_of(one).values())).hexdigest()
        assert digest  # same bytes twice
    assert snapshot(sample_bag) == before


def test_a_corrupted_bag_gets_no_transfer(sample_bag: Path, tmp_path: Path):
    original = next((sample_bag / "data" / "original").iterdir())
    original.write_bytes(original.read_bytes() + b" ")
    for target in ("dspace-saf", "archivematica"):
        out = tmp_path / target
        result = export("--to", target, "-o", str(out), str(sample_bag))
        assert result.exit_code == 1 and f"{sample_bag}: invalid bag" in result.stderr
        assert visible(out) == []
    shutil.rmtree(tmp_path / "dspace-saf")
