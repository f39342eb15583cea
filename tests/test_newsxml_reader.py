"""News agencies' XML (NITF, NewsML-G2, NewsML 1): each text item is one article, read from
its own elements; pictures are no articles; the file is kept as given."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner

from archiver.cli import main
from archiver.extract import extract_input
from archiver.readers import Input, Skipped, Unit, read_units, sniff
from repo_paths import FIXTURES, SAMPLE, SCHEMA_DIR, needs_schemas

NEWSXML = FIXTURES / "newsxml"


def _found(name: str, ref: str = "2024-03-01"):
    data = (NEWSXML / name).read_bytes()
    return extract_input(data, path=name, reference_date=dt.date.fromisoformat(ref), language="en")


def test_news_xml_is_recognised_from_its_root_not_its_name():
    for name in (
        "nitf-dateline-element-media.xml",
        "g2-message-text-and-picture.xml",
        "newsml1-afp.xml",
    ):
        assert sniff((NEWSXML / name).read_bytes(), "capture.txt").name == "newsxml"
    assert sniff(b'<nitf version="-//IPTC//DTD NITF 3.3//EN"><head/></nitf>', "x").name == (
        "newsxml"
    )
    # near misses: a feed, an XHTML page, and a story that names the element
    assert sniff(b'<?xml version="1.0"?>\n<rss version="2.0"></rss>', "x").name == "feed"
    assert sniff(b'<?xml version="1.0"?>\n<html><body></body></html>', "x").name == "html"
    assert sniff(b"Agencies send stories as <nitf> files.\n", "x").name == "text"


def test_nitf_story_from_its_elements():
    (article,) = _found("nitf-dateline-element-media.xml").articles
    assert article.headline == "Ferry fares on the harbour route to rise by a tenth"
    # the byline's person, not its title ("Transport Writer")
    assert article.bylines == ["Jane Roe"]
    # the dateline element, its place and date set side by side, read as a dateline
    assert article.dateline is not None
    assert article.dateline.place == "HALIFAX, Nova Scotia"
    assert article.dateline.date == "2024-03-01"
    assert [(p.caption, p.credit) for p in article.photos] == [
        (
            "The ferry Dartmouth III leaves the terminal on Thursday. "
            "(Tom Price/The Harbour Herald)",
            "Tom Price/The Harbour Herald",
        )
    ]
    assert article.body[0].startswith("Ferry fares on the harbour route will rise")
    # the trailer naming the story's people is kept, as the copy prints it
    assert article.body[-1] == "Reporting by Jane Roe; Editing by Ann Bell"


def test_g2_message_one_story_with_its_picture():
    data = (NEWSXML / "g2-message-text-and-picture.xml").read_bytes()
    items = read_units(Input(data, "wire.xml", "wire.xml", 1 << 20))
    assert [type(i).__name__ for i in items] == ["Skipped", "Unit"]
    assert [i.label for i in items] == ["wire.xml#1", "wire.xml#2"]
    unit = items[1]
    assert isinstance(unit, Unit) and unit.original == data  # the file as given
    (article,) = _found("g2-message-text-and-picture.xml").articles
    assert article.headline == "Dutch ferry fares rise as fuel costs bite"
    assert article.bylines == ["Pieter de Vries", "Anna Bakker"]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date) == ("AMSTERDAM", "2024-03-01")
    assert [p.credit for p in article.photos] == ["ANP/Tom Price"]
    assert article.body == [
        "Ferry operators in the north raised fares on Friday, blaming fuel costs.",
        "The rise averages 8 percent, the operators said.",
    ]


def test_newsml1_item_in_latin1():
    (article,) = _found("newsml1-afp.xml").articles
    assert article.headline == "Ferry strike halts crossings to Corsica"
    assert article.bylines == ["Marc Lefèvre"]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.source) == ("MARSEILLE", "AFP")


def test_an_agency_byline_names_no_person_and_an_end_mark_is_no_paragraph():
    nitf = b"""<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>Heat plans</title></head><body>
<body.head><hedline><hl1>Japan to require heat stroke plans at workplaces</hl1></hedline>
<byline>KYODO NEWS</byline>
<dateline><location>TOKYO</location><story.date norm="20240611">June 11</story.date></dateline>
</body.head>
<body.content><p>TOKYO, June 11 Kyodo - Japan will require employers to draw up plans to
prevent heat stroke among workers from April next year, the labor ministry said.</p>
<p>Thirty-one workers died of heat stroke on the job last year.</p></body.content>
<body.end><tagline>==Kyodo</tagline></body.end></body></nitf>"""
    (article,) = extract_input(
        nitf, path="k.xml", reference_date=dt.date(2024, 6, 12), language="en"
    ).articles
    assert article.bylines == []
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.source) == ("TOKYO, June 11 Kyodo -", "Kyodo")
    # the dateline the story prints is not repeated from the element, nor the end mark kept
    assert len(article.body) == 2
    assert article.body[-1] == "Thirty-one workers died of heat stroke on the job last year."


def test_archivers_own_newsml_reads_back_as_the_article(tmp_path):
    out = tmp_path / "n"
    result = CliRunner().invoke(
        main,
        ["normalize", str(SAMPLE), "-o", str(out), "--reference-date", "2014-11-19"],
    )
    assert result.exit_code == 0, result.output
    runner = CliRunner()
    back = runner.invoke(
        main,
        ["extract", "--json", "--reference-date", "2014-11-19", str(out / "newsml.xml")],
    )
    first = runner.invoke(
        main, ["extract", "--json", "--reference-date", "2014-11-19", str(SAMPLE)]
    )
    assert back.exit_code == 0 and first.exit_code == 0
    a, b = json.loads(first.output), json.loads(back.output)
    for key in ("headline", "bylines"):
        assert b[key] == a[key]
    for key in ("place", "date", "source"):
        assert b["dateline"][key] == a["dateline"][key]
    assert [p["credit"] for p in b["photos"]] == [p["credit"] for p in a["photos"]]
    assert b["body"] == a["body"]


def test_entities_are_not_expanded_nor_a_dtd_fetched():
    hostile = b"""<?xml version="1.0"?>
<!DOCTYPE nitf [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<nitf><body><body.head><hedline><hl1>Leak &secret;</hl1></hedline></body.head>
<body.content><p>Text of the story, long enough to read as one paragraph here.</p>
</body.content></body></nitf>"""
    units = [
        u for u in read_units(Input(hostile, "x.xml", "x.xml", 1 << 20)) if isinstance(u, Unit)
    ]
    assert len(units) == 1
    with open("/etc/hostname", "rb") as fh:
        secret = fh.read().strip()
    assert not secret or secret not in units[0].content


def test_a_picture_item_alone_is_skipped_and_named():
    g2 = b"""<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" version="1"
 standard="NewsML-G2" standardversion="2.35"><itemMeta><itemClass qcode="ninat:picture"/>
</itemMeta><contentMeta><creditline>AP Photo/Jane Roe</creditline></contentMeta>
<contentSet><remoteContent href="p.jpg"/></contentSet></newsItem>"""
    items = read_units(Input(g2, "p.xml", "p.xml", 1 << 20))
    assert [(type(i), i.label) for i in items] == [(Skipped, "p.xml")]


def _one(name: str, ref: str = "2024-03-01"):
    (article,) = _found(name, ref).articles
    return article


def test_newsml1_item_with_a_nitf_body_reads_its_newslines():
    # AFP's form: NewsLines hold the headline, byline and dateline; the NITF body the text
    article = _one("rv-afp-newsml1-nitf.xml")
    assert article.headline == "Rail strike cripples French transport"
    assert article.bylines == ["Marc Lefevre"]
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.source) == ("PARIS", "AFP")


def test_newsml1_photo_component_first_is_not_the_story():
    article = _one("rv-reuters-newsml1-photofirst.xml")
    assert article.headline == "Oil prices climb on supply fears"
    assert article.body == [
        "Oil prices rose on Monday on fears of tighter supply.",
        "Brent crude was up 1 percent.",
    ]


def test_nitf_dtd_character_entities_are_read_as_characters():
    article = _one("rv-entities.xml")
    assert article.headline == "Pelé honoured in São Paulo — fans gather"
    assert article.bylines == ["José García"]


def test_a_byline_in_the_agencys_language_and_a_picture_beside_a_remote_text():
    article = _one("rv-g2-pkg-order.xml")
    assert article.bylines == ["Anna Schmidt"]  # "Von Anna Schmidt, dpa", no "By" set before
    assert [p.credit for p in article.photos] == ["dpa/Boris Roessler"]


def test_a_nitf_byline_title_glued_to_the_name_is_left_out():
    article = _one("rv-ap-nitf2.xml")
    assert article.bylines == ["JOHN SMITH", "JANE DOE", "BOB ROE"]


def test_g2_inline_data_of_escaped_html():
    article = _one("rv-g2-ap-escaped.xml")
    assert article.dateline is not None and article.dateline.source == "AP"
    assert article.body[-1] == "The vote was 77-18."


def test_a_damaged_file_is_refused_naming_it(tmp_path):
    bad = tmp_path / "cut.xml"
    bad.write_bytes((NEWSXML / "rv-truncated.xml").read_bytes())
    result = CliRunner().invoke(main, ["extract", "--json", str(bad)])
    assert result.exit_code == 2
    assert "cut.xml: not well-formed news XML" in result.output
    assert "Traceback" not in result.output


def test_a_head_of_many_comments_is_sniffed_in_one_pass():
    # each comment is matched up to its own end: "<!--.*?-->" repeated tried every split
    # of 40 comments into spans (minutes); read now as the page it is
    comments = b"".join(b"<!-- banner %d -- note -->\n" % n for n in range(60))
    assert sniff(comments + b"<!DOCTYPE html><html><body><p>x</p></body></html>", "p").name == (
        "html"
    )
    assert sniff(comments + b'<rss version="2.0"></rss>', "f").name == "feed"
    assert sniff(comments + b"<nitf><head/></nitf>", "n").name == "newsxml"


@needs_schemas
def test_an_agency_file_packaged_as_received_makes_a_valid_bag(tmp_path):
    """The XML kept under data/original/ is the sender's (a DTD, a schema it breaks): the bag
    made from it is valid, its own NewsML-G2 valid against the official schema."""
    out = tmp_path / "bags"
    args = ["--schemas", str(SCHEMA_DIR)]
    made = CliRunner().invoke(
        main,
        ["package", "--reference-date", "2024-03-01", "-o", str(out), *args]
        + [str(NEWSXML / "rv-entities.xml"), str(NEWSXML / "rv-g2-pkg-order.xml")],
    )
    assert made.exit_code == 0, made.output
    bags = sorted(p for p in out.iterdir() if p.is_dir())
    assert len(bags) == 2
    for bag in bags:
        originals = list((bag / "data" / "original").iterdir())
        assert [o.read_bytes() for o in originals] == [
            (NEWSXML / o.name).read_bytes() for o in originals
        ]
    checked = CliRunner().invoke(main, ["validate", *args, *map(str, bags)])
    assert checked.exit_code == 0, checked.output
    assert "W302" in checked.output  # the G2 message breaks its schema: the sender's


def test_utf16_and_utf32_files_with_a_bom_read_as_their_utf8_twin():
    # an agency's system may write its XML in UTF-16 (with the byte order mark XML 1.0 4.3.3
    # lets stand for the declaration); before, such a file was read as plain text and its
    # XML declaration became the headline
    name = "nitf-dateline-element-media.xml"
    text = (NEWSXML / name).read_text(encoding="utf-8")
    want = _found(name).articles[0]
    for encoding, declared in (
        ("utf-16", "UTF-16"),
        ("utf-16-be", "UTF-16"),
        ("utf-32", "UTF-32"),
    ):
        body = text.replace('encoding="UTF-8"', f'encoding="{declared}"')
        data = body.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        assert sniff(data, "story.xml").name == "newsxml", encoding
        found = extract_input(
            data, path="story.xml", reference_date=dt.date(2024, 3, 1), language="en"
        )
        (article,) = found.articles
        assert article.headline == want.headline, encoding
        assert article.bylines == want.bylines
        assert article.dateline == want.dateline
        assert article.body == want.body
        assert [p.credit for p in article.photos] == [p.credit for p in want.photos]
