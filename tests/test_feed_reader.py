"""Atom and RSS feeds: each entry with its text is one article; the feed's own title,
authors and other entries are not the article's."""

from __future__ import annotations

from archiver.extract import extract_input
from archiver.readers import Input, Skipped, Unit, read_units, sniff

ATOM = b"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Weekly - All stories</title>
  <author><name>Harbour Weekly</name></author>
  <entry>
    <title>Ferry fares rise by a tenth from April</title>
    <link rel="alternate" href="https://harbour.example/ferry-fares"/>
    <published>2024-03-01T08:00:00Z</published>
    <author><name>Jane Roe, Transport Correspondent, Harbour Weekly</name></author>
    <content type="html">&lt;p&gt;Ferry fares will rise by a tenth from April 1, the operator said on Friday, the first rise in three years.&lt;/p&gt;&lt;p&gt;Season tickets are not affected.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Night buses return to the harbour route</title>
    <link rel="alternate" href="https://harbour.example/night-buses"/>
    <author><name>John Doe</name></author>
    <content type="html">&lt;p&gt;Night buses will run on the harbour route again from May, the council said, after a two-year gap.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Photo of the week</title>
  </entry>
</feed>"""


def _inp(data: bytes, name: str = "feed.xml") -> Input:
    return Input(data=data, file_name=name, label=name, max_bytes=1 << 20)


def test_feeds_are_recognised_from_their_root_not_their_name():
    assert sniff(ATOM, "feed.txt").name == "feed"
    assert sniff(b'<rss version="2.0"><channel></channel></rss>', "x").name == "feed"
    # near-misses: an XHTML page opens with an XML declaration too; a story may name <feed>
    assert sniff(b'<?xml version="1.0"?>\n<html><body></body></html>', "x").name == "html"
    assert sniff(b"Story about the <feed> element in Atom.\n", "x").name == "text"


def test_an_item_or_entry_cut_out_of_its_feed_is_read_with_the_feeds_namespaces():
    item = (
        b"<item>\n<title>Bridge reopens</title>\n<dc:creator>Ana Vale</dc:creator>\n"
        b'<media:content url="https://x.example/b.jpg"><media:credit>Ken Ito</media:credit>'
        b"</media:content>\n<description><![CDATA[<p>The bridge reopened on Monday.</p>]]>"
        b"</description>\n</item>\n"
    )
    assert sniff(item, "capture.txt").name == "feed"
    found = extract_input(item, path="capture.txt", language="en")
    assert [a.bylines for a in found.articles] == [["Ana Vale"]]
    assert [p.credit for p in found.articles[0].photos] == ["Ken Ito"]
    entry = (
        b"<entry>\n<title>Bridge reopens</title>\n<author><name>Ana Vale</name></author>\n"
        b'<content type="html">&lt;p&gt;The bridge reopened on Monday.&lt;/p&gt;</content>\n'
        b"</entry>\n"
    )
    found = extract_input(entry, path="capture.txt", language="en")
    assert [a.bylines for a in found.articles] == [["Ana Vale"]]
    # near miss: a story that names the element is a story
    assert sniff(b"Each <item> in the feed is a story.\n", "x").name == "text"


def test_each_entry_with_its_text_is_one_article_labelled_by_its_place():
    items = read_units(_inp(ATOM))
    units = [u for u in items if isinstance(u, Unit)]
    assert [u.label for u in units] == ["feed.xml#1", "feed.xml#2"]
    assert all(u.original == ATOM for u in units)  # the bag keeps the feed as given
    assert units[0].url == "https://harbour.example/ferry-fares"
    assert [s.label for s in items if isinstance(s, Skipped)] == ["feed.xml#3"]
    found = extract_input(ATOM, path="feed.xml", language="en")
    assert [a.headline for a in found.articles] == [
        "Ferry fares rise by a tenth from April",
        "Night buses return to the harbour route",
    ]
    # the person's name, not the title and paper after it, nor the feed's own author
    assert [a.bylines for a in found.articles] == [["Jane Roe"], ["John Doe"]]


def test_an_rss_item_with_its_creator_and_encoded_content():
    rss = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valley Ledger</title>
<item><title>Library opens on Sundays</title><dc:creator>Priya Raman</dc:creator>
<link>https://valley.example/library</link>
<content:encoded><![CDATA[<p>The library will open on Sundays from March, the council said on Monday.</p>]]></content:encoded>
</item></channel></rss>"""
    found = extract_input(rss, path="valley.rss", language="en")
    assert [(a.headline, a.bylines) for a in found.articles] == [
        ("Library opens on Sundays", ["Priya Raman"])
    ]


def test_a_feed_s_entities_are_not_expanded():
    hostile = b"""<?xml version="1.0"?>
<!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Leak &secret;</title>
<content type="html">&lt;p&gt;Text of the story, long enough to read as one paragraph here.&lt;/p&gt;</content>
</entry></feed>"""
    units = [u for u in read_units(_inp(hostile)) if isinstance(u, Unit)]
    assert len(units) == 1
    with open("/etc/hostname", "rb") as fh:
        secret = fh.read().strip()
    assert not secret or secret not in units[0].content


def test_one_creator_element_naming_two_people_gives_two_authors():
    from lxml import etree

    from archiver.readers.feed import _DC, _authors

    def creators(text: str) -> list[dict[str, str]]:
        item = etree.fromstring(
            f'<item xmlns:dc="{_DC}"><dc:creator>{text}</dc:creator></item>'.encode()
        )
        return _authors(item)

    assert [a["name"] for a in creators("Ana Vale and Ken Ito")] == ["Ana Vale", "Ken Ito"]
    assert [a["name"] for a in creators("Ana Vale, Ken Ito &amp; Li Wei")] == [
        "Ana Vale",
        "Ken Ito",
        "Li Wei",
    ]
    # near misses: one person and the title after the name; a desk is not people
    assert [a["name"] for a in creators("Ana Vale, Senior Reporter")] == ["Ana Vale"]
    assert len(creators("Metro Desk Staff")) == 1


def test_a_public_body_named_as_an_entrys_author_is_no_person():
    entry = b"""<entry xmlns="http://www.w3.org/2005/Atom">
<title>Groundwater declines slowing in parts of the aquifer</title>
<author><name>U.S. Geological Survey</name></author>
<content type="html">&lt;p&gt;Water levels in parts of the aquifer fell more slowly between 2019 and 2023 than in the decade before, a study found.&lt;/p&gt;</content>
</entry>"""
    found = extract_input(entry, path="usgs.atom", language="en")
    assert [a.bylines for a in found.articles] == [[]]
    # a person's name stays a person's
    person = entry.replace(b"U.S. Geological Survey", b"Jane Roe")
    found = extract_input(person, path="usgs.atom", language="en")
    assert [a.bylines for a in found.articles] == [["Jane Roe"]]
