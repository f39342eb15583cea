"""Forms of regional outlets' and agencies' copy: an agency's name spelt out over its code,
a database record's source over its date, capitalised record headings, a writer's name
glued to the desk by a hyphen, an e-edition's foot, a picture's label over its credit, and
credits set off by a glued slash or a bar. Each family with its near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.agencies import spells_out
from archiver.extract.bylines import parse_byline
from archiver.extract.chrome import is_chrome_clean
from archiver.extract.credits import find_credit, labelled_credit, story_caption_credit
from archiver.extract.databases import read_export
from archiver.extract.datelines import match_dateline
from archiver.extract.pagetops import is_page_top
from archiver.extract.wire_text import clean, parse_wire_text
from repo_paths import FIXTURES

ARTICLES = FIXTURES / "articles"
REF = dt.date(2024, 3, 5)


def _lines(name: str) -> list[str]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return [clean(line) for line in text.split("\n")]


@pytest.mark.parametrize(
    "name, code, spelt",
    [
        ("Bangladesh Sangbad Sangstha", "BSS", True),
        ("Press Trust of India", "PTI", True),  # "of" skipped
        ("Agence France-Presse", "AFP", True),  # a hyphen's halves
        ("News Agency of Nigeria", "NAN", True),
        ("Kenya News Agency", "K.N.A.", True),
        # near misses: a state's or a city's two letters, a station's call sign with a figure,
        # initials that do not match
        ("Los Angeles", "LA", False),
        ("NEW YORK", "NY1", False),
        ("SAN SALVADOR", "AP", False),
        ("Kuala Lumpur", "Bernama", False),
    ],
)
def test_an_agency_name_spelt_out_by_its_code(name, code, spelt):
    assert spells_out(name, code) is spelt


@pytest.mark.parametrize(
    "line",
    [
        "Rastriya Samachar Samiti (RSS)",
        "Press Trust of India (PTI)",
        "Emirates News Agency (WAM)",
        "Malaysian National News Agency (Bernama)",
    ],
)
def test_an_agency_masthead_over_its_code_is_no_dateline(line):
    assert match_dateline(line, REF) is None
    assert is_page_top(line)


def test_a_place_over_an_agency_code_stays_a_dateline():
    found = match_dateline("Addis Ababa (ENA) - Operators of the dam opened two gates.", REF)
    assert found is not None and found.dateline.place == "Addis Ababa"
    found = match_dateline("KUALA LUMPUR (Bernama) -- The government said on Monday.", REF)
    assert found is not None and found.dateline.place == "KUALA LUMPUR"


def test_a_nexis_source_over_the_date_then_the_title():
    found = read_export(_lines("nexis-uni-source-date-then-title-blocks.txt"))
    assert found is not None and found.capture.kind == "Nexis Uni export"
    assert found.headline == "Bahrain to open three new health centres in northern villages"
    # the index fields, the copyright line and "End of Document" close the record
    story = [
        line
        for line, hidden in zip(found.capture.lines, found.capture.wrapper, strict=True)
        if line and not hidden
    ]
    assert story[-1] == "Construction on all three sites is more than 80 per cent complete."
    # near-miss: the title over the date with no source under it stays the title
    found = read_export(_lines("nexis-uni-title-over-date-without-source-stays-title.txt"))
    assert found is not None and found.headline == "Fishing fleet idled as fuel subsidy ends"


def test_proquest_capital_headings_a_pageless_citation_and_the_credit_field():
    found = read_export(_lines("proquest-capital-headings-citation-without-page.txt"))
    assert found is not None and found.capture.kind == "ProQuest export"
    assert found.byline == "Huda Al-Rawahi"
    found = read_export(_lines("proquest-credit-field-names-the-writer.txt"))
    assert found is not None and found.byline == "By Sunil Jayawardena, Business Reporter"


@pytest.mark.parametrize(
    "line, names",
    [
        ("Tendai Moyo-Bulawayo Bureau", ["Tendai Moyo"]),
        ("By Jane Roe-Senior Reporter", ["Jane Roe"]),
        ("Blessings Chidakwa-Harare Bureau Chief", ["Blessings Chidakwa"]),
        ("From Jane Roe in Bulawayo", ["Jane Roe"]),
        # near misses: double-barrelled names, an agency's own hyphen, a name list whose
        # desk comes after a semicolon
        ("By Jane Smith-Jones", ["Jane Smith-Jones"]),
        ("By Faisal Al-Otaibi", ["Faisal Al-Otaibi"]),
        ("By David Roe and Howard Lipman-Shaw; SUN STAFF", ["David Roe", "Howard Lipman-Shaw"]),
    ],
)
def test_a_name_glued_to_its_desk_by_a_hyphen(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


def test_an_agency_hyphen_is_no_desk():
    found = parse_byline("Agence France-Presse / 04:12 PM March 05, 2019")
    assert found is None or found.names == []
    assert parse_byline("Jane Smith-Jones") is None  # a name alone, no desk: not read here
    # a word before the job's name that names no desk, beat or place may be the surname's
    # second half: never "Anne Baker" out of "Anne Baker-Smith Reporter"
    found = parse_byline("Anne Baker-Smith Reporter")
    assert found is None or found.names in ([], ["Anne Baker-Smith"])


@pytest.mark.parametrize(
    "line, chrome",
    [
        ("Printed and distributed by PressReader", True),
        ("PressReader.com +1 604 278 4604", True),
        ("Page A1", True),
        ("Page 3", True),
        # near misses: a sentence that names the service, a page number inside a sentence
        ("PressReader said on Monday it would add 300 titles.", False),
        ("Page 3 of the report lists the schools.", False),
    ],
)
def test_an_e_editions_foot_and_page_line(line, chrome):
    assert is_chrome_clean(line) is chrome


def test_the_writer_signing_off_in_brackets_is_no_credit():
    text = (ARTICLES / "pressreader-writer-signs-off-in-brackets.txt").read_text(encoding="utf-8")
    found = parse_wire_text(text, dt.date(2022, 6, 14))
    assert found.photos == []
    assert found.headline == "Fuel queues return as shipment is delayed"
    # near-miss: a caption's labelled credit on the story's last line is a picture's
    line = "Back in service: The ferry leaves Rossaveal Picture: Jane Roe"
    credit = story_caption_credit(line)
    assert credit is not None and labelled_credit(line, credit)
    rights = "Aviso legal Política de privacidad © EFE 2015"
    credit = find_credit(rights)
    assert credit is None or not labelled_credit(rights, credit)


@pytest.mark.parametrize(
    "line, in_header, credit",
    [
        ("Officials address the press in Nairobi on Thursday. /CFM", True, "CFM"),
        ("Officials address the press in Nairobi on Thursday. /COURTESY", False, "COURTESY"),
        ("Officials address the press in Nairobi on Thursday. /CFM/Jane Roe", True, "CFM/Jane Roe"),
        (
            "A worker sprays a canal in Cebu City. | CDN Digital file photo",
            True,
            "CDN Digital file photo",
        ),
        ("A worker sprays a canal in Cebu City. | Contributed photo", False, "Contributed photo"),
        # near misses: an end mark, a title's initials, initials under a story's paragraph,
        # a section's link after a bar
        ("The board said it would buy from farmers next week. /ENDS", True, None),
        ("The board said it would buy from farmers next week. /CEO", True, None),
        ("The board said it would buy from farmers next week. /KNA", False, None),
        ("The council meets again in April. | Local News", False, None),
    ],
)
def test_credits_set_off_by_a_glued_slash_or_a_bar(line, in_header, credit):
    found = find_credit(line, in_header=in_header)
    assert (found.credit if found else None) == credit


def test_a_pictures_label_between_two_paragraphs_is_its_caption():
    text = (ARTICLES / "file-photo-label-over-its-credit-amid-story.txt").read_text(
        encoding="utf-8"
    )
    found = parse_wire_text(text, dt.date(2024, 11, 2))
    assert [p.credit for p in found.photos] == ["Ali Balli - Anadolu Agency"]
    assert found.dateline is not None and found.dateline.place == "ISTANBUL"
    assert found.body[0].startswith("Türkiye's exports rose 9%")


# This file's fixtures read the same with their blank lines taken away or doubled, and those
# written one line per paragraph the same with blank lines put between (test_blank_lines'
# rewritings): the rules above rest on what each line is, not on the blank lines.
_WRITTEN_WITH_BLANK_LINES = [
    "nexis-uni-source-date-then-title-blocks",
    "nexis-uni-title-over-date-without-source-stays-title",
    "proquest-capital-headings-citation-without-page",
    "proquest-credit-field-names-the-writer",
    "pressreader-writer-signs-off-in-brackets",
    "pressreader-labelled-caption-on-the-last-line",
]
_WRITTEN_ONE_LINE_PER_PARAGRAPH = [
    "agency-name-spelt-out-over-its-code-is-masthead",
    "agency-words-over-its-code-is-masthead",
    "place-over-agency-code-stays-dateline",
    "byline-name-glued-to-bureau-by-hyphen",
    "byline-from-name-in-town",
    "byline-double-barrelled-name-stays-whole",
    "file-photo-label-over-its-credit-amid-story",
    "caption-over-labelled-credit-amid-story-stays-caption",
    "caption-credit-after-glued-slash",
    "caption-credit-after-bar-file-photo",
    "story-line-ending-in-slash-code-is-no-credit",
]


@pytest.mark.parametrize("name", _WRITTEN_WITH_BLANK_LINES)
def test_without_blank_lines_or_with_them_doubled_the_same(name: str) -> None:
    from test_blank_lines import _doubled, _fields, _single

    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    assert "\n\n" in text
    written = _fields(name, text)
    assert _fields(name, _single(text)) == written
    assert _fields(name, _doubled(text)) == written


@pytest.mark.parametrize("name", _WRITTEN_ONE_LINE_PER_PARAGRAPH)
def test_with_blank_lines_put_between_the_same(name: str) -> None:
    from test_blank_lines import _fields, _with_blank_lines

    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    assert "\n\n" not in text.strip("\n")
    assert _fields(name, _with_blank_lines(text)) == _fields(name, text)
