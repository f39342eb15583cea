"""The byline grammar of round 23: a marker (or none), person names, then segments after
separators (a title, an outlet, the page's stamp, an e-mail, a place), each recognised by its
own evidence and dropped; and the near-misses each form must leave alone."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import (
    foot_byline,
    name_and_title,
    name_list,
    parse_byline,
    segmented_names,
    stacked_byline,
)
from archiver.extract.databases import inverted_authors


def _names(line: str) -> list[str] | None:
    found = parse_byline(line)
    return found.names if found is not None else None


@pytest.mark.parametrize(
    "line, names",
    [
        # a place or an outlet after an unspaced slash, the name in capitals
        ("By MARTA OKAFOR/LAGOS", ["MARTA OKAFOR"]),
        ("By Idris Bello/Kano", ["Idris Bello"]),
        # a bar or a slash left before the "By" by a page's separate spans
        ("/ By Hanna Lindqvist", ["Hanna Lindqvist"]),
        ("| By Hanna Lindqvist", ["Hanna Lindqvist"]),
        # the page's stamp first, then "By" and the names, a title and a place after dashes
        (
            "Published on 14/09/2021 - 08:40 By Tomás Ferreira - Reporter at Jornal do Norte - Porto",
            ["Tomás Ferreira"],
        ),
        ("Posted Mar 3, 2016 by Owen Gallagher (@owengall)", ["Owen Gallagher"]),
        # the writer's title run into the name's last word
        ("By Nina KovacsCounty Courts reporter", ["Nina Kovacs"]),
        ("By Ruth McAllisterMetro reporter", ["Ruth McAllister"]),
        # a surname's own inner capital is no seam: the title after it stays apart
        ("By Ewan MacRae BBC Scotland transport correspondent", ["Ewan MacRae"]),
        # names, then the outlet and the page's stamp after a comma and a bullet
        ("Daniel Whitcombe, Harbour Gazette · Friday, Apr. 9, 2021", ["Daniel Whitcombe"]),
        ("Desi Kartika, The Borneo Post, Kuching", ["Desi Kartika"]),
        # the writer's address or handle after the name
        ("Rosa Delgado-Pratt | rdelgadopratt@kxtv.com", ["Rosa Delgado-Pratt"]),
        ("OWEN MIFSUD owen.mifsud@islandnews.com.mt", ["OWEN MIFSUD"]),
        # AFP: the surnames in capitals, writers joined by "with", where they filed from
        ("Claire DUMONT with Paul HARRIS in Geneva", ["Claire DUMONT", "Paul HARRIS"]),
        ("Anne-Sophie LAMBERT", None),  # one AFP name alone is the name-line readers' to take
        # a labelled field without its colon; the agencies in brackets go
        ("Author Lena Brandt, Tomas Weber (dpa, AFP)", ["Lena Brandt", "Tomas Weber"]),
        ("Filed by Carmen Ortiz-Bell", ["Carmen Ortiz-Bell"]),
    ],
)
def test_byline_segments(line, names):
    assert _names(line) == names


@pytest.mark.parametrize(
    "line",
    [
        # a caption's names in mixed case, joined by "with": no AFP byline
        "Ana Lopez with Mark Chen in Geneva",
        # a word of a sentence, then a place in capitals
        "In PARIS with Max DELANY",
        # a label's words before names: the people a story is about, not its writers
        "Related Subjects Olaf Scholz, Volker Wissing",
        "ALSO READ",
        # a headline's line broken at its semicolon: no contact after the words
        "Riverside Plant;",
        # "Author" without its colon, then prose: no byline
        "Author Jane Roe, whose third novel won the prize, died on Monday",
        # a name and a place alone, no marker: a signature or a caption's, not a byline here
        "Desi Kartika, Kuching",
        # a place and the page's stamp
        "HALIFAX · Friday, Apr. 9, 2021",
    ],
)
def test_not_byline_segments(line):
    found = parse_byline(line)
    assert found is None or not found.names


def test_segments_need_more_than_a_place():
    assert segmented_names("Jane Roe, The Paper, Jakarta") == ["Jane Roe"]
    assert segmented_names("Jane Roe, Jakarta") is None
    assert segmented_names("Jakarta, The Paper") is None  # a place is no writer


def test_page_words_are_no_names():
    assert name_list("Also Read") is None
    assert name_list("Related Topics") is None


def test_author_without_colon_at_the_foot_is_prose():
    assert foot_byline("Author Jane Roe, whose novel won the prize, spoke last.") is None
    found = foot_byline("Author Jane Roe")
    assert found is not None and found.names == ["Jane Roe"]


def test_inverted_author_with_title_part():
    assert inverted_authors("DROGIN, BOB; TIMES STAFF WRITER") == ["BOB DROGIN"]
    assert inverted_authors("Staff Writer") == []


@pytest.mark.parametrize(
    "block, names",
    [
        (["Milica Radonjic", "ARN", "Podgorica", "March 12, 2021", "09:15"], ["Milica Radonjic"]),
        (["Jane Roe", "The Paper", "12 March 2024"], ["Jane Roe"]),
        # no stamp among the lines: a name over a place may be anything
        (["Jane Roe", "Podgorica"], None),
        # a place first is no writer
        (["Podgorica", "March 12, 2021"], None),
        # a line the grammar does not know breaks the block
        (["Jane Roe", "was there when it happened", "March 12, 2021"], None),
    ],
)
def test_stacked_byline_blocks(block, names):
    assert stacked_byline(block) == names


@pytest.mark.parametrize(
    "line, name",
    [
        ("MAY ROE STAFF REPORTER", "MAY ROE"),
        ("Tobias Kellermann Investigative Reporter", "Tobias Kellermann"),
        ("LETTERS TO THE EDITOR", None),
        ("OTTAWA BUREAU CHIEF", None),
    ],
)
def test_name_and_title_lines(line, name):
    assert name_and_title(line) == name


def test_a_name_over_the_pages_stamp_above_the_story():
    from archiver.extract.wire_text import _names_alone_over_story

    lead = (
        "Mayors from more than forty towns wrote to the government on Tuesday asking for more"
        " money to house refugees, saying their budgets could no longer cover the cost."
    )
    paragraphs = ["Annika Vogelsang", "03/14/2023March 14, 2023", lead]
    assert _names_alone_over_story(paragraphs, 0) == ["Annika Vogelsang"]
    # two short lines that are no stamp between the name and the story: no byline's place
    assert _names_alone_over_story(["Annika Vogelsang", "Migration", "Germany", lead], 0) is None
    # the lead's subject
    subject = ["Annika Vogelsang", "03/14/2023", "Annika Vogelsang, 43, " + lead]
    assert _names_alone_over_story(subject, 0) is None


def test_a_name_and_paper_block_over_the_stamps_paragraph():
    from archiver.extract.wire_text import _stacked_byline

    lines = ["Marisol Quintero-Hart", "Tucson Post", "", "Published 7:12 a.m. MT July 9, 2023"]
    para = "Marisol Quintero-Hart Tucson Post"
    assert _stacked_byline(lines, 0, para, lines[3]) == ["Marisol Quintero-Hart"]
    assert _stacked_byline(lines, 0, para, None) is None  # no stamp: no evidence
    # the paragraph is more than the block: no block
    assert _stacked_byline(lines, 0, para + " said on Sunday", lines[3]) is None


@pytest.mark.parametrize(
    "line, names",
    [
        # the writer's title after the comma: its words before the job noun are a beat or a
        # desk, however name-like ("Wall Street", "Open Justice", "City Hall")
        ("By Aroha Pene, Open Justice Reporter", ["Aroha Pene"]),
        ("By Daniel Okafor, City Hall Reporter", ["Daniel Okafor"]),
        ("By Greta Lindholm, Wall Street Correspondent", ["Greta Lindholm"]),
        ("By Maeve Quinlan, Deputy Political Editor", ["Maeve Quinlan"]),
        ("By Rhys Pritchard, Local Democracy Reporting Service", ["Rhys Pritchard"]),
        # a plural title after a list that "and" has closed is the writers' shared title
        ("By Priya Raman and Tom Hewitt, City Hall Reporters", ["Priya Raman", "Tom Hewitt"]),
        # a title between writers, then more writers: all of them kept
        (
            "By Leah Brandt, City Hall Reporter, and Omar Haddad, Courts Reporter",
            ["Leah Brandt", "Omar Haddad"],
        ),
        # near misses: a second writer after the comma stays one; a list still open keeps
        # the name before its plural title; a desk's title alone names no one
        ("By Carla Ng, Marcus Bell", ["Carla Ng", "Marcus Bell"]),
        ("By Ana Ruiz, Lisa Okoro Staff Writers", ["Ana Ruiz", "Lisa Okoro"]),
        # a first name the gazetteer also knows as a place ("Ben", "Austin") before a surname
        # and a title opens a writer's name, not a paper named for its city
        ("By Ana Ruiz and Ben Okoro Staff Writers", ["Ana Ruiz", "Ben Okoro"]),
        ("By Ana Ruiz, Ben Okoro Staff Writers", ["Ana Ruiz", "Ben Okoro"]),
        ("By ANA RUIZ and AUSTIN REED Staff Writers", ["ANA RUIZ", "AUSTIN REED"]),
        # ... while a city's paper before the title stays the first writer's outlet
        ("By Ana Ruiz, Dallas Morning News Staff Writer", ["Ana Ruiz"]),
        ("By Ana Ruiz, Boston Globe Staff Writer", ["Ana Ruiz"]),
        ("By Ana Ruiz, Washington Staff Writer", ["Ana Ruiz"]),
        ("By Jana Roe and Erik Lindahl Star Tribune", ["Jana Roe", "Erik Lindahl"]),
        ("By Local Democracy Reporter", []),
        ("By Metro Courts Reporter", []),
    ],
)
def test_a_title_after_the_name_is_no_second_writer(line, names):
    assert _names(line) == names


@pytest.mark.parametrize(
    "line, names",
    [
        ("By LEE ROWAN, Scripps Howard News Service", ["LEE ROWAN"]),
        ("By Ana Ruiz and Ben Okoro, Cox News Service", ["Ana Ruiz", "Ben Okoro"]),
        ("By Scripps Howard News Service", []),
        # near-miss: a second writer whose given name is a surname too stays a writer
        ("By Jane Roe, Howard Smith", ["Jane Roe", "Howard Smith"]),
    ],
)
def test_a_syndicates_news_service_after_the_names_is_no_writer(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names
