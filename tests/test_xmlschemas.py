"""Schema discovery, the catalog, offline loading and problem reporting (archiver.xmlschemas)."""

from __future__ import annotations

import time

import pytest
from lxml import etree

from archiver.errors import InputError
from archiver.xmlschemas import (
    ENV_VAR,
    KINDS,
    SchemaSet,
    SchemaUnavailable,
    XmlProblem,
    catalog_path,
    find_schema_dir,
    safe_parser,
)

NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"


from repo_paths import SCHEMA_DIR, needs_schemas  # noqa: E402


@pytest.fixture
def schema_set() -> SchemaSet:
    assert SCHEMA_DIR is not None
    return SchemaSet.load(SCHEMA_DIR)


MINIMAL_ITEM = f"""<newsItem xmlns="{NAR}" guid="x" standard="NewsML-G2" standardversion="2.35">
<itemMeta><itemClass qcode="ninat:text"/><provider literal="archiver"/>
<versionCreated>2026-11-28T17:00:00Z</versionCreated></itemMeta>
<contentMeta><contentCreated>{{date}}</contentCreated></contentMeta>
<contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="{NITF}">{{nitf}}</nitf>
</inlineXML></contentSet></newsItem>"""


def _item(date: str = "2014-11-19", nitf: str = "<body/>") -> etree._Element:
    return etree.fromstring(
        MINIMAL_ITEM.replace("{date}", date).replace("{nitf}", nitf).encode(), safe_parser()
    )


# -- discovery ----------------------------------------------------------------------------------


def test_find_schema_dir_prefers_option_then_env(tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    monkeypatch.setenv(ENV_VAR, str(b))
    assert find_schema_dir(a) == a.resolve()
    assert find_schema_dir(None) == b.resolve()
    monkeypatch.delenv(ENV_VAR)
    assert find_schema_dir(None) is None


def test_find_schema_dir_named_but_missing_is_input_error(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="--schemas"):
        find_schema_dir(tmp_path / "nope")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nope"))
    with pytest.raises(InputError, match=ENV_VAR):
        find_schema_dir(None)


def test_safe_parser_settings():
    parser = safe_parser()
    doc = etree.fromstring(
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', parser
    )
    assert "root:" not in etree.tostring(doc).decode()


def test_catalog_maps_every_kind():
    path = catalog_path()
    assert path is not None and path.name == "catalog.xml"
    root = etree.parse(str(path), safe_parser()).getroot()
    kinds = {el.get("name") for el in root.iter("{urn:archiver:schema-catalog}kind")}
    assert kinds == set(KINDS)


@needs_schemas
def test_catalog_files_exist_in_schema_dir():
    root = etree.parse(str(catalog_path()), safe_parser()).getroot()
    for uri in root.iter("{urn:oasis:names:tc:entity:xmlns:xml:catalog}uri"):
        assert (SCHEMA_DIR / uri.get("uri")).is_file(), uri.get("uri")


# -- loading ------------------------------------------------------------------------------------


@needs_schemas
def test_all_kinds_load(schema_set):
    assert schema_set.available() == dict.fromkeys(KINDS, True)
    assert all(schema_set.reason(kind) is None for kind in KINDS)


@needs_schemas
def test_compiled_schemas_are_cached_per_process(schema_set):
    again = SchemaSet.load(SCHEMA_DIR)
    assert again._schema("newsml") is schema_set._schema("newsml")


def test_empty_dir_has_no_kinds(tmp_path):
    found = SchemaSet.load(tmp_path)
    assert found.available() == dict.fromkeys(KINDS, False)
    assert "not found" in found.reason("oai_dc")
    with pytest.raises(SchemaUnavailable, match="oai_dc"):
        found.validate(
            etree.fromstring(b'<dc xmlns="http://www.openarchives.org/OAI/2.0/oai_dc/"/>')
        )


@needs_schemas
def test_partial_schema_dir(tmp_path):
    (tmp_path / "dublin-core").symlink_to(SCHEMA_DIR / "dublin-core")
    found = SchemaSet.load(tmp_path)
    assert found.available() == {
        "newsml": False,
        "nitf": False,
        "oai_dc": True,
        "dcterms": True,
        "mets": False,
    }


def test_remote_import_is_refused_without_network(tmp_path):
    xsd = tmp_path / "remote.xsd"
    xsd.write_text(
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">'
        '<xs:import namespace="urn:r" schemaLocation="http://192.0.2.1/remote.xsd"/>'
        '<xs:element name="t"/></xs:schema>'
    )
    # The resolver answers the remote URL with a local refusal document instead of fetching
    # it (192.0.2.1 is TEST-NET-1: a fetch would hang until a timeout, not fail at once).
    started = time.monotonic()
    with pytest.raises(etree.XMLSchemaParseError, match="is not a schema document"):
        etree.XMLSchema(etree.parse(str(xsd), safe_parser()))
    assert time.monotonic() - started < 5


# -- kinds and validation -----------------------------------------------------------------------


@needs_schemas
@pytest.mark.parametrize(
    ("xml", "kind"),
    [
        (f'<newsMessage xmlns="{NAR}"/>', "newsml"),
        (f'<packageItem xmlns="{NAR}"/>', "newsml"),
        (f'<nitf xmlns="{NITF}"/>', "nitf"),
        ('<dc xmlns="http://www.openarchives.org/OAI/2.0/oai_dc/"/>', "oai_dc"),
        ('<qualifieddc xmlns="http://epubs.cclrc.ac.uk/xmlns/qdc/"/>', "dcterms"),
        ("<html/>", None),
    ],
)
def test_kind_of(schema_set, xml, kind):
    assert schema_set.kind_of(etree.fromstring(xml.encode())) == kind


@needs_schemas
def test_valid_item_has_no_problems(schema_set):
    assert schema_set.validate(_item()) == []
    assert schema_set.validate(etree.ElementTree(_item())) == []


@needs_schemas
def test_problem_names_line_element_and_rule(schema_set):
    problems = schema_set.validate(_item(date="--11-19"))
    assert len(problems) == 1
    problem = problems[0]
    assert isinstance(problem, XmlProblem)
    assert problem.line == 4
    assert problem.element == "/newsItem/contentMeta/contentCreated"
    assert "'--11-19' is not a valid value" in problem.message
    assert "line 4" in str(problem)


@needs_schemas
def test_nitf_inside_inline_xml_is_validated(schema_set):
    problems = schema_set.validate(_item(nitf="<body><bogus/></body>"))
    assert [p.element for p in problems] == [
        "/newsItem/contentSet/inlineXML/nitf:nitf/nitf:body/nitf:bogus"
    ]


@needs_schemas
def test_nitf_alone(schema_set):
    nitf = etree.fromstring(f'<nitf xmlns="{NITF}"><body><p>x</p></body></nitf>'.encode())
    assert schema_set.validate(nitf, "nitf")
    ok = etree.fromstring(
        f'<nitf xmlns="{NITF}"><body><body.content><p>x</p></body.content></body></nitf>'.encode()
    )
    assert schema_set.validate(ok) == []


@needs_schemas
def test_unknown_root_is_a_problem(schema_set):
    (problem,) = schema_set.validate(etree.fromstring(b"<html/>"))
    assert "not a document kind" in problem.message


@needs_schemas
def test_dcterms_encoding_schemes_are_checked(schema_set):
    qdc = (
        '<qdc:qualifieddc xmlns:qdc="http://epubs.cclrc.ac.uk/xmlns/qdc/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dcterms:created xsi:type="dcterms:W3CDTF">{}</dcterms:created></qdc:qualifieddc>'
    )
    assert schema_set.validate(etree.fromstring(qdc.format("2014-11-19").encode())) == []
    (problem,) = schema_set.validate(etree.fromstring(qdc.format("--11-19").encode()))
    assert "dcterms:created" in problem.element
