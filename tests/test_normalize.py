"""NewsML-G2 and Dublin Core rendering, validation and the `normalize` / `schemas` commands."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sys
import types
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from archiver.commands.normalize_cmd import normalize, output_dirs
from archiver.commands.schemas_cmd import schemas
from archiver.config import COPYRIGHT_NOT_EVALUATED, Config, RightsSettings, load_config
from archiver.errors import ArticleError, InputError
from archiver.extract import Extraction, only_article
from archiver.model import Article, Dateline, Photo, Source, Warning
from archiver.normalize import (
    check_documents,
    guid_for,
    normalize_article,
    render_documents,
    version_created,
)
from archiver.readers import Unit
from archiver.xmlschemas import ENV_VAR, KINDS, SchemaSet

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "fixtures" / "upi-2014-north-korean-women-seoul.txt"
CREATED = datetime(2026, 11, 28, 17, 0, 0, tzinfo=UTC)

NS = {
    "g": "http://iptc.org/std/nar/2006-10-01/",
    "n": "http://iptc.org/std/NITF/2006-10-18/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "qdc": "http://epubs.cclrc.ac.uk/xmlns/qdc/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
TEXT = "g:itemSet/g:newsItem[g:itemMeta/g:itemClass/@qcode='ninat:text']"
PICTURES = "g:itemSet/g:newsItem[g:itemMeta/g:itemClass/@qcode='ninat:picture']"
PACKAGE = "g:itemSet/g:packageItem"


from repo_paths import SCHEMA_DIR, needs_schemas  # noqa: E402

# -- articles built by hand (the extract step is not needed to test rendering) -------------------

SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")
SAMPLE_LINES = SAMPLE_TEXT.split("\n")
CAPTION = SAMPLE_LINES[3]
_DATELINE = "SEOUL, Nov. 19 (UPI) -- "
_BODY = SAMPLE_TEXT[SAMPLE_TEXT.index(_DATELINE) + len(_DATELINE) : SAMPLE_TEXT.index("Latest")]
PARAGRAPHS = [p.strip() for p in re.split(r"\n\s*\n", _BODY) if p.strip()]


def source_for(data: bytes, path: str = "fixtures/upi-2014-north-korean-women-seoul.txt"):
    return Source(
        path=path, bytes=len(data), sha256=hashlib.sha256(data).hexdigest(), encoding="ascii"
    )


def sample_article(date: str | None = None, **changes) -> Article:
    article = Article(
        headline="More North Korean women risking arrest, abuse to sneak into China for work",
        bylines=["Elizabeth Shim"],
        byline_raw="By Elizabeth Shim",
        dateline=Dateline(
            raw="SEOUL, Nov. 19 (UPI) --",
            place="SEOUL",
            date=date,
            date_text="Nov. 19",
            source="UPI",
        ),
        photos=[
            Photo(
                caption=CAPTION,
                credit="Stephen Shaver/UPI",
                photographer="Stephen Shaver",
                agency="UPI",
                position=1,
                count=5,
                licensable=True,
            )
        ],
        body=list(PARAGRAPHS),
        language="en",
        source=source_for(SAMPLE.read_bytes()),
    )
    return dataclasses.replace(article, **changes)


def _photo(n: int, **changes) -> Photo:
    base = Photo(
        caption=f"Caption {n}. Photo by Jane Doe {n}/AP",
        credit=f"Jane Doe {n}/AP",
        photographer=f"Jane Doe {n}",
        agency="AP",
        position=n,
        count=3,
        licensable=False,
    )
    return dataclasses.replace(base, **changes)


def variants() -> dict[str, Article]:
    bare_source = source_for(b"bare", "bare.txt")
    return {
        "sample": sample_article(),
        "sample-dated": sample_article("2014-11-19"),
        "bare": Article(
            headline="Headline only",
            bylines=[],
            byline_raw=None,
            dateline=None,
            photos=[],
            body=["One paragraph."],
            language=None,
            source=bare_source,
        ),
        "nothing": Article(
            headline=None,
            bylines=[],
            byline_raw=None,
            dateline=None,
            photos=[],
            body=[],
            language=None,
            source=source_for(b"", "-"),
        ),
        "multi-photo": sample_article(
            photos=[_photo(3), _photo(1, licensable=True), _photo(2, photographer=None)],
            source=source_for(b"multi"),
        ),
        "photo-unnumbered": sample_article(
            photos=[_photo(1, position=None, count=None, credit=None, agency=None)],
            source=source_for(b"unnumbered"),
        ),
        "several-bylines": sample_article(
            bylines=["Ann Smith", "Bo Lee", "Cy Young"],
            byline_raw="By Ann Smith, Bo Lee and Cy Young",
            source=source_for(b"several"),
        ),
        "printed-year": sample_article(
            dateline=Dateline(
                raw="WASHINGTON, Jan. 5, 2015 (AP) —",
                place="WASHINGTON",
                date="2015-01-05",
                date_text="Jan. 5, 2015",
                source="AP",
            ),
            source=source_for(b"year"),
        ),
        "place-no-agency": sample_article(
            dateline=Dateline(
                raw="OTTAWA, Ontario --",
                place="OTTAWA, Ontario",
                date=None,
                date_text=None,
                source=None,
            ),
            source=source_for(b"ottawa"),
        ),
        "unicode": Article(
            headline="Le café de Montréal ferme ses portes 🙁 — « fin d'une époque »",
            bylines=["Zoë Lefèvre", "李小龙"],
            byline_raw="Par Zoë Lefèvre et 李小龙",
            dateline=Dateline(
                raw="MONTRÉAL, 3 mars 2016 (PC) —",
                place="MONTRÉAL",
                date="2016-03-03",
                date_text="3 mars 2016",
                source="PC",
            ),
            photos=[_photo(1, caption="Le café, vu de la rue Saint‑Denis.\x0b Photo: Zoë")],
            body=[
                "Première ligne &amp; <b>pas du HTML</b>.",
                "Ctrl\x01char\x1f and \ud800 stay safe.",
            ],
            language="fr-CA",
            source=source_for("café".encode(), "articles/café.txt"),
        ),
    }


VARIANTS = variants()


def render(article: Article | None = None, config: Config | None = None) -> dict[str, bytes]:
    return render_documents(article or sample_article(), config or Config(), created=CREATED)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def xp(root: etree._Element, path: str) -> list:
    return root.xpath(path, namespaces=NS)


def one(root: etree._Element, path: str):
    found = xp(root, path)
    if isinstance(found, str):  # string(...) expressions
        return found
    assert len(found) == 1, (path, found)
    return found[0]


@pytest.fixture(scope="module")
def schema_set() -> SchemaSet:
    if SCHEMA_DIR is None:
        pytest.skip("official schemas not found")
    return SchemaSet.load(SCHEMA_DIR)


# -- validity against the official schemas ------------------------------------------------------


@needs_schemas
@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_every_variant_validates(schema_set, name):
    docs = render(VARIANTS[name])
    assert list(docs) == ["newsml.xml", "dc.xml", "dcterms.xml"]
    kinds = {"newsml.xml": "newsml", "dc.xml": "oai_dc", "dcterms.xml": "dcterms"}
    for file, data in docs.items():
        root = parse(data)
        assert schema_set.kind_of(root) == kinds[file]
        assert schema_set.validate(root) == [], file
    check_documents(docs, schema_set, strict=True)


@needs_schemas
@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_nitf_body_validates_alone(schema_set, name):
    nitf = one(parse(render(VARIANTS[name])["newsml.xml"]), f"{TEXT}//g:inlineXML/n:nitf")
    assert schema_set.validate(etree.ElementTree(etree.fromstring(etree.tostring(nitf)))) == []


@needs_schemas
def test_all_rights_options_validate(schema_set):
    config = Config(
        rights=RightsSettings(
            holder="United Press International",
            copyright_notice="Copyright 2014 United Press International",
            license="https://creativecommons.org/licenses/by-nc/4.0/",
            usage_terms="For research use only.",
            statement="http://rightsstatements.org/vocab/InC/1.0/",
        )
    )
    check_documents(render(config=config), schema_set, strict=True)


# -- NewsML-G2 fields (sample article) ----------------------------------------------------------


def test_message_structure():
    root = parse(render()["newsml.xml"])
    assert root.tag == f"{{{NS['g']}}}newsMessage"
    assert one(root, "g:header/g:sent/text()") == "2026-11-28T17:00:00Z"
    items = xp(root, "g:itemSet/*")
    assert [etree.QName(i).localname for i in items] == ["newsItem", "newsItem", "packageItem"]
    for item in items:
        assert item.get("standard") == "NewsML-G2"
        assert item.get("standardversion") == "2.35"
        assert item.get("conformance") == "power"
        assert item.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
        assert one(item, "g:itemMeta/g:versionCreated/text()") == "2026-11-28T17:00:00Z"
        assert one(item, "g:itemMeta/g:provider/@literal") == "archiver"


def test_text_item_fields():
    item = one(parse(render()["newsml.xml"]), TEXT)
    cm = "g:contentMeta/"
    assert one(item, cm + "g:headline/text()").startswith("More North Korean women")
    assert one(item, cm + "g:by/text()") == "By Elizabeth Shim"
    assert one(item, cm + "g:dateline/text()") == "SEOUL, Nov. 19 (UPI)"
    assert one(item, cm + "g:located/g:name/text()") == "SEOUL"
    assert xp(item, cm + "g:located/@*") == []  # no invented codes or types
    assert one(item, cm + "g:creator/g:name/text()") == "Elizabeth Shim"
    assert one(item, cm + "g:infoSource/g:name/text()") == "UPI"
    assert one(item, cm + "g:creditline/text()") == "UPI"
    assert one(item, cm + "g:language/@tag") == "en"
    assert xp(item, cm + "g:contentCreated") == []
    for invented in ("g:subject", "g:keyword", "g:slugline", "g:located/g:broader"):
        assert xp(item, cm + invented) == []


def test_content_created_only_with_a_year():
    dated = one(parse(render(sample_article("2014-11-19"))["newsml.xml"]), TEXT)
    assert one(dated, "g:contentMeta/g:contentCreated/text()") == "2014-11-19"
    undated = one(parse(render(sample_article(None))["newsml.xml"]), TEXT)
    assert xp(undated, "//g:contentCreated") == []
    assert one(undated, "g:contentMeta/g:dateline/text()") == "SEOUL, Nov. 19 (UPI)"


def test_nitf_body():
    nitf = one(parse(render()["newsml.xml"]), f"{TEXT}/g:contentSet/g:inlineXML/n:nitf")
    assert one(nitf, "../@contenttype") == "application/nitf+xml"
    assert one(nitf, "n:body/n:body.head/n:hedline/n:hl1/text()").startswith("More North")
    assert one(nitf, "n:body/n:body.head/n:byline/n:person/text()") == "Elizabeth Shim"
    assert one(nitf, "string(n:body/n:body.head/n:byline)") == "By Elizabeth Shim"
    dateline = one(nitf, "n:body/n:body.head/n:dateline")
    assert one(dateline, "n:location/text()") == "SEOUL"
    assert one(dateline, "n:story.date/text()") == "Nov. 19"
    assert one(dateline, "string(.)") == "SEOUL, Nov. 19 (UPI)"
    paragraphs = xp(nitf, "n:body/n:body.content/n:p/text()")
    assert len(paragraphs) == 26 == len(PARAGRAPHS)
    assert paragraphs == PARAGRAPHS


def test_picture_item_fields():
    root = parse(render()["newsml.xml"])
    (pic,) = xp(root, PICTURES)
    text_guid = one(root, f"{TEXT}/@guid")
    assert pic.get("guid") == text_guid + ":photo-1"
    cm = "g:contentMeta/"
    assert one(pic, cm + "g:creditline/text()") == "Stephen Shaver/UPI"
    assert one(pic, cm + "g:creator/g:name/text()") == "Stephen Shaver"
    assert one(pic, cm + "g:description[@role='drol:caption']/text()") == CAPTION
    assert one(pic, "g:itemMeta/g:title/text()") == "Photo 1 of 5"
    assert "offered this photo for licensing" in one(pic, "g:itemMeta/g:edNote/text()")
    assert xp(pic, "g:contentSet") == []  # the image itself was not captured


def test_gallery_counter_does_not_create_photos():
    root = parse(render()["newsml.xml"])
    assert len(xp(root, PICTURES)) == 1


def test_rights_info_on_every_item_defaults_to_cne():
    root = parse(render()["newsml.xml"])
    items = xp(root, "g:itemSet/*")
    for item in items:
        (info,) = xp(item, "g:rightsInfo")
        assert one(info, "g:usageTerms/@href") == COPYRIGHT_NOT_EVALUATED
        assert one(info, "g:usageTerms/text()") == "Copyright Not Evaluated"
        # never the agency as holder, never a licence from the "License Photo" button
        assert xp(info, "g:copyrightHolder | g:copyrightNotice | g:link") == []


def test_rights_from_config():
    config = Config(
        rights=RightsSettings(
            holder="United Press International",
            copyright_notice="Copyright 2014 UPI",
            license="https://creativecommons.org/licenses/by-nc/4.0/",
            usage_terms="For research use only.",
        )
    )
    root = parse(render(config=config)["newsml.xml"])
    for info in xp(root, "g:itemSet/*/g:rightsInfo"):
        assert one(info, "g:copyrightHolder/g:name/text()") == "United Press International"
        assert one(info, "g:copyrightNotice/text()") == "Copyright 2014 UPI"
        assert one(info, "g:usageTerms/text()") == "For research use only."
        assert one(info, "g:link/@href") == "https://creativecommons.org/licenses/by-nc/4.0/"
        assert xp(info, f"g:usageTerms[@href='{COPYRIGHT_NOT_EVALUATED}']") == []  # licence known


def test_explicit_statement_is_labelled():
    config = Config(rights=RightsSettings(statement="http://rightsstatements.org/vocab/InC/1.0/"))
    root = parse(render(config=config)["newsml.xml"])
    terms = one(root, f"{TEXT}/g:rightsInfo/g:usageTerms")
    assert terms.get("href") == "http://rightsstatements.org/vocab/InC/1.0/"
    assert terms.text == "In Copyright"


def test_provider_is_the_archive():
    config = Config().with_overrides("archive", provider_id="ex-arch", organization="Ex Archive")
    root = parse(render(config=config)["newsml.xml"])
    for provider in xp(root, "g:itemSet/*/g:itemMeta/g:provider"):
        assert provider.get("literal") == "ex-arch"
        assert one(provider, "g:name/text()") == "Ex Archive"


def test_package_groups_items_in_gallery_order():
    root = parse(render(VARIANTS["multi-photo"])["newsml.xml"])
    guid = one(root, f"{TEXT}/@guid")
    refs = xp(root, f"{PACKAGE}/g:groupSet/g:group/g:itemRef/@residref")
    assert refs == [guid, guid + ":photo-1", guid + ":photo-2", guid + ":photo-3"]
    assert one(root, f"{PACKAGE}/g:itemMeta/g:itemClass/@qcode") == "ninat:composite"
    assert one(root, f"{PACKAGE}/g:groupSet/g:group/@mode") == "pgrmod:seq"
    pictures = xp(root, PICTURES)
    assert [one(p, "g:itemMeta/g:title/text()") for p in pictures] == [
        "Photo 1 of 3",
        "Photo 2 of 3",
        "Photo 3 of 3",
    ]
    assert [p.get("guid") for p in pictures] == refs[1:]
    # photo 2 names no photographer: no creator; photo 1 was offered for licensing
    assert xp(pictures[1], "g:contentMeta/g:creator") == []
    assert len(xp(pictures[0], "g:itemMeta/g:edNote")) == 1
    assert xp(pictures[2], "g:itemMeta/g:edNote") == []


def test_several_bylines():
    docs = render(VARIANTS["several-bylines"])
    item = one(parse(docs["newsml.xml"]), TEXT)
    assert xp(item, "g:contentMeta/g:creator/g:name/text()") == ["Ann Smith", "Bo Lee", "Cy Young"]
    assert one(item, "g:contentMeta/g:by/text()") == "By Ann Smith, Bo Lee and Cy Young"
    byline = one(item, ".//n:byline")
    assert xp(byline, "n:person/text()") == ["Ann Smith", "Bo Lee", "Cy Young"]
    assert one(byline, "string(.)") == "By Ann Smith, Bo Lee and Cy Young"
    dc = parse(docs["dc.xml"])
    assert xp(dc, "dc:creator/text()") == ["Ann Smith", "Bo Lee", "Cy Young"]


def test_printed_year_and_other_dashes():
    docs = render(VARIANTS["printed-year"])
    item = one(parse(docs["newsml.xml"]), TEXT)
    assert one(item, "g:contentMeta/g:contentCreated/text()") == "2015-01-05"
    assert one(item, "g:contentMeta/g:dateline/text()") == "WASHINGTON, Jan. 5, 2015 (AP)"
    assert one(parse(docs["dc.xml"]), "dc:date/text()") == "2015-01-05"


def test_bare_article_has_no_placeholders():
    docs = render(VARIANTS["bare"])
    root = parse(docs["newsml.xml"])
    item = one(root, TEXT)
    for absent in ("g:by", "g:dateline", "g:located", "g:creator", "g:infoSource", "g:creditline"):
        assert xp(item, f"g:contentMeta/{absent}") == [], absent
    assert xp(item, "@xml:lang") == [] and xp(item, "g:contentMeta/g:language") == []
    assert xp(root, PICTURES) == []
    assert len(xp(root, f"{PACKAGE}//g:itemRef")) == 1
    dc = parse(docs["dc.xml"])
    for absent in ("creator", "contributor", "publisher", "date", "language", "relation"):
        assert xp(dc, f"dc:{absent}") == [], absent


def test_unicode_and_illegal_characters():
    docs = render(VARIANTS["unicode"])
    for data in docs.values():
        assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
        data.decode("utf-8")
    item = one(parse(docs["newsml.xml"]), TEXT)
    assert "🙁" in one(item, "g:contentMeta/g:headline/text()")
    assert one(item, "g:contentMeta/g:located/g:name/text()") == "MONTRÉAL"
    assert one(item, "@xml:lang") == "fr-CA"
    assert xp(item, ".//n:p/text()")[0] == "Première ligne &amp; <b>pas du HTML</b>."
    assert xp(item, ".//n:p/text()")[1] == "Ctrl\ufffdchar\ufffd and \ufffd stay safe."
    assert one(parse(docs["dc.xml"]), "dc:source/text()") == "café.txt"


def test_invalid_language_tag_is_an_article_error():
    with pytest.raises(ArticleError, match="BCP 47"):
        render(sample_article(language="english please"))


# -- Dublin Core --------------------------------------------------------------------------------


def test_oai_dc_fields():
    docs = render(sample_article("2014-11-19"))
    dc = parse(docs["dc.xml"])
    guid = one(parse(docs["newsml.xml"]), f"{TEXT}/@guid")
    assert dc.tag == f"{{{NS['oai_dc']}}}dc"
    assert {etree.QName(c).namespace for c in dc} == {NS["dc"]}  # the 15 elements only
    assert one(dc, "dc:title/text()").startswith("More North Korean women")
    assert one(dc, "dc:creator/text()") == "Elizabeth Shim"
    assert one(dc, "dc:contributor/text()") == "Stephen Shaver"
    assert one(dc, "dc:publisher/text()") == "UPI"
    assert one(dc, "dc:date/text()") == "2014-11-19"
    assert one(dc, "dc:type/text()") == "Text"
    assert one(dc, "dc:format/text()") == "text/plain"
    assert one(dc, "dc:identifier/text()") == guid
    assert one(dc, "dc:language/text()") == "en"
    assert one(dc, "dc:source/text()") == SAMPLE.name
    assert one(dc, "dc:relation/text()") == guid + ":photo-1"
    assert one(dc, "dc:rights/text()") == COPYRIGHT_NOT_EVALUATED
    assert one(dc, "dc:description/text()") == PARAGRAPHS[0]
    assert xp(dc, "dc:subject | dc:coverage") == []


def test_no_dc_date_without_a_year():
    docs = render(sample_article(None))
    assert xp(parse(docs["dc.xml"]), "dc:date") == []
    assert xp(parse(docs["dcterms.xml"]), "dcterms:created | dcterms:date") == []


def test_dcterms_fields():
    config = Config(
        rights=RightsSettings(
            holder="United Press International",
            license="https://creativecommons.org/licenses/by-nc/4.0/",
        )
    )
    docs = render(sample_article("2014-11-19"), config)
    q = parse(docs["dcterms.xml"])
    guid = one(parse(docs["newsml.xml"]), f"{TEXT}/@guid")
    assert q.tag == f"{{{NS['qdc']}}}qualifieddc"
    xsi_type = "@xsi:type"
    assert one(q, "dcterms:created/text()") == "2014-11-19"
    assert one(q, f"dcterms:created/{xsi_type}") == "dcterms:W3CDTF"
    assert one(q, f"dcterms:type[{xsi_type}='dcterms:DCMIType']/text()") == "Text"
    assert one(q, f"dcterms:identifier[{xsi_type}='dcterms:URI']/text()") == guid
    assert one(q, f"dcterms:language[{xsi_type}='dcterms:RFC4646']/text()") == "en"
    assert one(q, "dcterms:spatial/text()") == "SEOUL"
    assert one(q, f"dcterms:hasPart[{xsi_type}='dcterms:URI']/text()") == guid + ":photo-1"
    assert one(q, "dcterms:rightsHolder/text()") == "United Press International"
    assert one(q, f"dcterms:license[{xsi_type}='dcterms:URI']/text()") == config.rights.license
    assert xp(q, "dcterms:rights") == []  # a licence and no statement given: no CNE
    assert one(q, "dcterms:publisher/text()") == "UPI"
    assert one(q, "dcterms:contributor/text()") == "Stephen Shaver"


# -- identity and determinism -------------------------------------------------------------------


def test_guid_is_a_stable_distinct_tag_uri():
    config = Config()
    a1 = guid_for(sample_article(), config)
    a2 = guid_for(sample_article(headline="changed, same bytes"), config)
    b = guid_for(sample_article(source=source_for(b"other bytes")), config)
    assert a1 == a2 != b
    digest = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert a1 == f"tag:archiver.invalid,2026:sha256-{digest}"
    custom = Config().with_overrides("archive", guid_authority="example.org,2026-11")
    assert guid_for(sample_article(), custom).startswith("tag:example.org,2026-11:sha256-")


@pytest.mark.parametrize("authority", ["example.org", "example org,2026", "x,26", ""])
def test_bad_guid_authority_is_input_error(authority):
    config = Config().with_overrides("archive", guid_authority=authority or "x")
    if not authority:
        config = dataclasses.replace(
            config, archive=dataclasses.replace(config.archive, guid_authority="")
        )
    with pytest.raises(InputError, match="guid authority"):
        guid_for(sample_article(), config)


def test_non_uri_licence_is_input_error():
    config = Config().with_overrides("rights", license="CC BY 4.0")
    with pytest.raises(InputError, match="licence must be a URI"):
        render(config=config)


def test_version_created_honours_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1416355200")
    assert version_created() == datetime(2014, 11, 19, tzinfo=UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        version_created()
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    now = version_created()
    assert now.tzinfo is not None and now.microsecond == 0


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_same_input_and_epoch_give_identical_bytes(monkeypatch, name):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764349200")
    first = render_documents(VARIANTS[name], Config())
    second = render_documents(variants()[name], Config())
    assert first == second
    sent = one(parse(first["newsml.xml"]), "g:header/g:sent/text()")
    assert sent == "2025-11-28T17:00:00Z"


def test_normalize_article_files_identical_across_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764349200")
    a = normalize_article(sample_article(), Config(), tmp_path / "a", schemas=None)
    b = normalize_article(sample_article(), Config(), tmp_path / "b", schemas=None)
    assert sorted(a) == ["dc.xml", "dcterms.xml", "newsml.xml"]
    for name in a:
        assert a[name].read_bytes() == b[name].read_bytes()
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == sorted(a)  # no temp files left


# -- checking -----------------------------------------------------------------------------------


@needs_schemas
def test_invalid_newsml_names_file_element_and_rule(schema_set):
    docs = render(sample_article("2014-11-19"))
    docs["newsml.xml"] = docs["newsml.xml"].replace(b">2014-11-19<", b">--11-19<")
    with pytest.raises(ArticleError) as info:
        check_documents(docs, schema_set, label="upi.txt")
    message = str(info.value)
    assert message.startswith("upi.txt: newsml.xml: invalid newsml: line ")
    assert "/newsMessage/itemSet/newsItem[1]/contentMeta/contentCreated" in message
    assert "'--11-19' is not a valid value" in message


@needs_schemas
def test_invalid_nitf_body_is_caught(schema_set):
    docs = render()
    docs["newsml.xml"] = (
        docs["newsml.xml"].replace(b"<hl1>", b"<hl9>").replace(b"</hl1>", b"</hl9>")
    )
    with pytest.raises(ArticleError, match=r"nitf:hl9"):
        check_documents(docs, schema_set)


@needs_schemas
def test_invalid_dc_is_caught(schema_set):
    docs = render()
    docs["dc.xml"] = (
        docs["dc.xml"].replace(b"<dc:type>", b"<dc:kind>").replace(b"</dc:type>", b"</dc:kind>")
    )
    with pytest.raises(ArticleError, match=r"dc\.xml: invalid oai_dc: .*dc:kind"):
        check_documents(docs, schema_set)


def test_malformed_document_is_an_article_error(tmp_path):
    docs = render()
    docs["dcterms.xml"] = b"<qdc:qualifieddc"
    with pytest.raises(ArticleError, match="dcterms.xml: not well-formed"):
        check_documents(docs, SchemaSet.load(tmp_path))


def test_without_schemas_check_is_a_noop_unless_strict(tmp_path):
    docs = render()
    check_documents(docs, None)
    with pytest.raises(ArticleError, match="schemas not found"):
        check_documents(docs, None, strict=True)
    empty = SchemaSet.load(tmp_path)
    check_documents(docs, empty)
    with pytest.raises(ArticleError, match="no newsml schema"):
        check_documents(docs, empty, strict=True)


@needs_schemas
def test_normalize_article_writes_nothing_when_invalid(schema_set, tmp_path, monkeypatch):
    import archiver.normalize as module

    def broken(article, config, *, created=None):
        docs = render_documents(article, config, created=created)
        docs["dc.xml"] = docs["dc.xml"].replace(b"dc:type", b"dc:kind")
        return docs

    monkeypatch.setattr(module, "render_documents", broken)
    with pytest.raises(ArticleError):
        normalize_article(sample_article(), Config(), tmp_path / "out", schemas=schema_set)
    assert not (tmp_path / "out").exists()


# -- IPTC's own NewsML-G2 reader ----------------------------------------------------------------


def _shape(el: etree._Element):
    def t(s):
        return (s or "").strip() or None

    kids = [(_shape(c), t(c.tail)) for c in el if isinstance(c.tag, str)]
    return (el.tag, dict(el.attrib), t(el.text), kids)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_newsml_reads_back_without_loss_in_iptc_reader(name):
    newsmlg2 = pytest.importorskip("NewsMLG2")
    data = render(VARIANTS[name])["newsml.xml"]
    root = parse(data)
    message = newsmlg2.NewsMLG2Document(data)
    assert _shape(message.to_xml()) == _shape(root)
    for item in xp(root, "g:itemSet/*"):
        doc = newsmlg2.NewsMLG2Document(etree.tostring(item))
        assert _shape(doc.to_xml()) == _shape(item)
    text = newsmlg2.NewsMLG2Document(etree.tostring(one(root, TEXT))).get_item()
    if name.startswith("sample"):
        assert str(text.contentmeta.headline).startswith("More North Korean women")
        assert str(text.contentmeta.by) == "By Elizabeth Shim"
        assert str(text.contentmeta.dateline) == "SEOUL, Nov. 19 (UPI)"
        assert str(text.contentmeta.creditline) == "UPI"


# -- the commands -------------------------------------------------------------------------------


def fake_extract_module() -> types.ModuleType:
    """Stands in for archiver.extract: the sample's fields, the file's own bytes as source."""
    module = types.ModuleType("archiver.extract")

    def extract_path(path, *, reference_date: date | None = None, language=None, max_bytes=None):
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from None
        if data.startswith(b"BAD"):
            raise InputError(f"{path}: not an article")
        article = sample_article(
            reference_date.isoformat() if reference_date else None,
            source=source_for(data, str(path)),
        )
        return dataclasses.replace(article, language=language or article.language)

    def extract_file(path, **kwargs):
        article = extract_path(path, **kwargs)
        data = Path(path).read_bytes()
        unit = Unit("text/plain", data, data, Path(path).name, str(path))
        return Extraction([article], [unit], [])

    module.extract_path = extract_path  # type: ignore[attr-defined]
    module.extract_file = extract_file  # type: ignore[attr-defined]
    module.only_article = only_article  # type: ignore[attr-defined]
    return module


@pytest.fixture
def cli(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "archiver.extract", fake_extract_module())
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764349200")
    monkeypatch.chdir(tmp_path)
    return CliRunner()


def _inputs(tmp_path: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(SAMPLE.read_bytes() + name.encode())
        paths.append(str(path))
    return paths


def _schemas_args() -> list[str]:
    return ["--schemas", str(SCHEMA_DIR)] if SCHEMA_DIR else []


def test_help_has_an_example():
    result = CliRunner().invoke(normalize, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "archiver normalize" in result.output
    for option in ("--rights-statement", "--guid-authority", "--strict", "--schemas"):
        assert option in result.output


@needs_schemas
def test_one_file_writes_into_dir(cli, tmp_path):
    (src,) = _inputs(tmp_path, "a.txt")
    out = tmp_path / "out"
    result = cli.invoke(
        normalize, [src, "-o", str(out), "--reference-date", "2014-11-19", *_schemas_args()]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["dc.xml", "dcterms.xml", "newsml.xml"]
    item = one(parse((out / "newsml.xml").read_bytes()), TEXT)
    assert one(item, "g:contentMeta/g:contentCreated/text()") == "2014-11-19"


@needs_schemas
def test_several_files_get_sub_folders(cli, tmp_path):
    srcs = _inputs(tmp_path, "x/story.txt", "y/story.txt", "other.txt")
    out = tmp_path / "out"
    result = cli.invoke(normalize, [*srcs, "-o", str(out), *_schemas_args()])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["other", "story", "story-2"]
    guids = {one(parse((d / "newsml.xml").read_bytes()), f"{TEXT}/@guid") for d in out.iterdir()}
    assert len(guids) == 3


def test_output_dir_names():
    out = Path("o")
    assert output_dirs(["a/x.txt"], out) == [out]
    names = [p.name for p in output_dirs(["a/X.txt", "b/x.txt", "x-2.txt", "-"], out)]
    assert names == ["X", "x-2", "x-2-2", "stdin"]


def test_bad_input_exit_2_nothing_written(cli, tmp_path):
    (bad,) = _inputs(tmp_path, "bad.txt")
    Path(bad).write_bytes(b"BAD")
    out = tmp_path / "out"
    result = cli.invoke(normalize, [bad, "-o", str(out)])
    assert result.exit_code == 2
    assert "not an article" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_bad_input_among_good_does_not_stop_the_batch(cli, tmp_path):
    good, bad = _inputs(tmp_path, "good.txt", "bad.txt")
    Path(bad).write_bytes(b"BAD")
    out = tmp_path / "out"
    result = cli.invoke(normalize, [good, bad, "-o", str(out)])
    assert result.exit_code == 1
    assert (
        "bad.txt" in result.stderr
        and "not an article" in result.stderr
        and "1 of 2 failed" in result.stderr
    )
    assert sorted(p.name for p in out.iterdir()) == ["good"]


@needs_schemas
def test_invalid_output_exit_1_nothing_written(cli, tmp_path, monkeypatch):
    import archiver.normalize as module

    original = module.render_documents

    def broken(article, config, *, created=None):
        docs = original(article, config, created=created)
        docs["newsml.xml"] = (
            docs["newsml.xml"].replace(b"<by>", b"<bye>").replace(b"</by>", b"</bye>")
        )
        return docs

    monkeypatch.setattr(module, "render_documents", broken)
    (src,) = _inputs(tmp_path, "a.txt")
    out = tmp_path / "out"
    result = cli.invoke(normalize, [src, "-o", str(out), *_schemas_args()])
    assert result.exit_code == 1
    assert "newsml.xml" in result.stderr and "bye" in result.stderr
    assert not out.exists()


@needs_schemas
def test_one_invalid_article_among_several(cli, tmp_path, monkeypatch):
    import archiver.normalize as module

    original = module.render_documents

    def broken_for_b(article, config, *, created=None):
        docs = original(article, config, created=created)
        if article.source.path.endswith("b.txt"):
            docs["dc.xml"] = docs["dc.xml"].replace(b"dc:type", b"dc:kind")
        return docs

    monkeypatch.setattr(module, "render_documents", broken_for_b)
    srcs = _inputs(tmp_path, "a.txt", "b.txt")
    out = tmp_path / "out"
    result = cli.invoke(normalize, [*srcs, "-o", str(out), *_schemas_args()])
    assert result.exit_code == 1
    assert "b.txt: dc.xml: invalid oai_dc" in result.stderr
    assert "1 of 2 failed" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a"]


def test_strict_without_schemas_fails(cli, tmp_path):
    (src,) = _inputs(tmp_path, "a.txt")
    result = cli.invoke(normalize, [src, "-o", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 1
    assert "schemas not found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_without_schemas_writes_with_a_note(cli, tmp_path):
    (src,) = _inputs(tmp_path, "a.txt")
    result = cli.invoke(normalize, [src, "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert result.stderr.count("XML not checked against official schemas") == 1
    assert (tmp_path / "out" / "newsml.xml").is_file()


def test_config_file_and_option_precedence(cli, tmp_path):
    (tmp_path / "archiver.toml").write_text(
        '[archive]\nprovider_id = "from-cwd-file"\n'
        '[rights]\nholder = "Holder From File"\nusage_terms = "File terms."\n'
    )
    custom = tmp_path / "custom.toml"
    custom.write_text('[archive]\nprovider_id = "from-config-option"\n')
    (src,) = _inputs(tmp_path, "a.txt")

    def provider_and_rights(args):
        out = tmp_path / "out" / str(len(list((tmp_path).glob("out/*"))))
        result = cli.invoke(normalize, [src, "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        item = one(parse((out / "newsml.xml").read_bytes()), TEXT)
        return (
            one(item, "g:itemMeta/g:provider/@literal"),
            xp(item, "g:rightsInfo/g:copyrightHolder/g:name/text()"),
            xp(item, "g:rightsInfo/g:usageTerms[not(@href)]/text()"),
        )

    assert provider_and_rights([]) == ("from-cwd-file", ["Holder From File"], ["File terms."])
    assert provider_and_rights(["--config", str(custom)]) == ("from-config-option", [], [])
    assert provider_and_rights(
        ["--provider-id", "from-option", "--rights-holder", "Holder From Option"]
    ) == ("from-option", ["Holder From Option"], ["File terms."])


def test_bad_config_value_exit_2(cli, tmp_path):
    (src,) = _inputs(tmp_path, "a.txt")
    result = cli.invoke(normalize, [src, "-o", str(tmp_path / "o"), "--guid-authority", "nope"])
    assert result.exit_code == 2
    assert "guid authority" in result.stderr
    result = cli.invoke(normalize, [src, "-o", str(tmp_path / "o"), "--config", "missing.toml"])
    assert result.exit_code == 2
    assert not (tmp_path / "o").exists()


def test_load_config_defaults_are_cne():
    assert load_config(None, cwd=REPO / "schemas").rights.statement is None


@needs_schemas
def test_schemas_command_reports_kinds(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    result = CliRunner().invoke(schemas, ["--schemas", str(SCHEMA_DIR)])
    assert result.exit_code == 0, result.output
    assert str(SCHEMA_DIR.resolve()) in result.output
    for kind in KINDS:
        assert re.search(rf"^\s+{kind}\s+loaded$", result.output, re.M), kind
    monkeypatch.setenv(ENV_VAR, str(SCHEMA_DIR))
    result = CliRunner().invoke(schemas, [])
    assert result.exit_code == 0 and f"(${ENV_VAR})" in result.output


def test_schemas_command_missing(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    result = CliRunner().invoke(schemas, [])
    assert result.exit_code == 1  # nothing found is something wrong, --strict or not
    assert "not found" in result.output
    assert "XML not checked against official schemas" in result.stderr
    assert "archiver schemas install" in result.stderr
    result = CliRunner().invoke(schemas, ["--schemas", str(tmp_path), "--strict"])
    assert result.exit_code == 1 and "missing" in result.output
    result = CliRunner().invoke(schemas, ["--schemas", str(tmp_path / "nope")])
    assert result.exit_code == 2


# -- with the real extract step, once it exists -------------------------------------------------


@needs_schemas
def test_sample_fixture_end_to_end(tmp_path, monkeypatch):
    pytest.importorskip("archiver.extract", reason="archiver.extract not written yet")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764349200")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        normalize,
        [str(SAMPLE), "-o", str(out), "--reference-date", "2014-11-19", *_schemas_args()],
    )
    assert result.exit_code == 0, result.output + result.stderr
    item = one(parse((out / "newsml.xml").read_bytes()), TEXT)
    assert one(item, "g:contentMeta/g:by/text()") == "By Elizabeth Shim"
    assert one(item, "g:contentMeta/g:contentCreated/text()") == "2014-11-19"
    assert one(item, "g:contentMeta/g:dateline/text()").startswith("SEOUL, Nov. 19 (UPI)")


FIXTURE_ARTICLES = sorted((REPO / "fixtures" / "articles").glob("*.txt"))


def _extract_fixture(path: Path) -> Article:
    extract = pytest.importorskip("archiver.extract", reason="archiver.extract not written yet")
    meta_file = path.with_name(path.stem + ".expected.json")
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
    ref = meta.get("reference_date")
    return extract.extract_path(
        str(path),
        reference_date=date.fromisoformat(ref) if ref else None,
        language=meta.get("language"),
    )


@needs_schemas
@pytest.mark.parametrize("path", [SAMPLE, *FIXTURE_ARTICLES], ids=lambda p: p.stem)
def test_every_fixture_article_validates_and_reads_back(schema_set, path):
    article = _extract_fixture(path)
    docs = render(article)
    check_documents(docs, schema_set, strict=True, label=path.name)
    root = parse(docs["newsml.xml"])
    newsmlg2 = pytest.importorskip("NewsMLG2")
    assert _shape(newsmlg2.NewsMLG2Document(docs["newsml.xml"]).to_xml()) == _shape(root)
    # no date element without a year (the dateline's, or a web page's own publication date
    # for an article read as a page: a feed's entry), and one picture item per captured photo
    published = article.page.published[:10] if article.page and article.page.published else ""
    has_date = bool(article.dateline and article.dateline.date) or bool(
        re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    )
    assert bool(xp(root, "//g:contentCreated")) == has_date
    assert bool(xp(parse(docs["dc.xml"]), "dc:date")) == has_date
    assert bool(xp(parse(docs["dcterms.xml"]), "dcterms:created")) == has_date
    assert len(xp(root, PICTURES)) == len(article.photos)
    assert len(xp(root, "g:itemSet/*/g:rightsInfo")) == len(article.photos) + 2


def test_extraction_warnings_become_ed_notes():
    article = sample_article(
        "2014-11-19",
        warnings=[Warning("year-from-reference-date", "year 2014 taken from --reference-date")],
    )
    item = one(parse(render(article)["newsml.xml"]), TEXT)
    assert xp(item, "g:itemMeta/g:edNote/text()") == [
        "year-from-reference-date: year 2014 taken from --reference-date"
    ]


@pytest.mark.parametrize("name", ["../escape.xml", "/abs.xml", "photos/../../x.jpg", "./x.xml"])
def test_write_atomically_keeps_names_inside_the_folder(tmp_path, name):
    from archiver.normalize import write_atomically

    out = tmp_path / "out"
    with pytest.raises(ArticleError, match="not a plain relative file name"):
        write_atomically(out, {"newsml.xml": b"<x/>", name: b"data"})
    assert list(tmp_path.iterdir()) == []  # refused before anything is made


def test_write_atomically_makes_sub_folders(tmp_path):
    from archiver.normalize import write_atomically

    written = write_atomically(tmp_path, {"photos/01-a.jpg": b"\xff\xd8", "newsml.xml": b"<x/>"})
    assert (tmp_path / "photos/01-a.jpg").read_bytes() == b"\xff\xd8"
    assert sorted(written) == ["newsml.xml", "photos/01-a.jpg"]
    assert sorted(p.name for p in tmp_path.rglob(".*")) == []
