"""Byline forms of web pages and national papers: names with an outlet between them, a place
after each name, the page's stamp on the writer's line, and writers named at the foot."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import (
    bio_byline,
    contact_byline,
    edited_byline,
    foot_byline,
    is_affiliation,
    is_filed_from_line,
    label_over_names,
    labelled_foot_byline,
    looks_like_name,
    name_before_stamp,
    name_list,
    names_with_affiliation,
    parse_byline,
    signed_byline,
    without_glued_handle,
)


@pytest.mark.parametrize(
    "line, names",
    [
        ("By GRETA HOLLOWAY FOR MAILONLINE and Tobias Reeve", ["GRETA HOLLOWAY", "Tobias Reeve"]),
        ("By Priya Raman with AP", ["Priya Raman"]),
        ("By LI WEN in Shenzhen | China Daily | Updated: 2025-03-04 07:12", ["LI WEN"]),
        ("By Jane Roe in Lagos and John Doe in Accra", ["Jane Roe", "John Doe"]),
        ("Penulis Ratna Sari Dewanti | Editor Budi Hartono", ["Ratna Sari Dewanti"]),
        ("Author of the article: Colin Brayfield", ["Colin Brayfield"]),
        ("di Giulia Ferrante", ["Giulia Ferrante"]),
        ("Por ELENA ROJAS CORTÉS 22 de septiembre de 2017", ["ELENA ROJAS CORTÉS"]),
        ("by Xinhua writers Zhao Lin, Sun Wen · Xinhua · Oct 5, 2023", ["Zhao Lin", "Sun Wen"]),
        ("Erin Duffy-Kowal World-Herald staff writer", ["Erin Duffy-Kowal"]),
        ("NewsBy Ffion Pritchard-Rees", ["Ffion Pritchard-Rees"]),
        ("From Chidi Okonkwo-Eze, Port Harcourt", ["Chidi Okonkwo-Eze"]),
        ("Marieke de Vries 12 april 2023, 14:02", ["Marieke de Vries"]),
        ("By Ritika Malhotra, New Delhi", ["Ritika Malhotra"]),
        ("By Ritika Malhotra, Kuala Lumpur", ["Ritika Malhotra"]),
        ("By Megan Ortiz, Austin Black", ["Megan Ortiz", "Austin Black"]),
        ("By Megan Ortiz and Sydney Carter", ["Megan Ortiz", "Sydney Carter"]),
        # "With" in a Title Case byline joins two writers, as "with" does
        ("By Lena Marsh With Tomas Ruiz", ["Lena Marsh", "Tomas Ruiz"]),
        ("BY LENA MARSH WITH TOMAS RUIZ", ["LENA MARSH", "TOMAS RUIZ"]),
        ("By Lena Marsh With Reuters", ["Lena Marsh"]),
    ],
)
def test_by_lines(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line, names",
    [
        ("Rowan Tilbury – Apr 2, 2025 9:44 am UTC", ["Rowan Tilbury"]),
        ("MARA QUINTANA / March 4, 2025", ["MARA QUINTANA"]),
        ("Omar Fathy , Tuesday 17 Sep 2024", ["Omar Fathy"]),
        ("Desi Kartika , The Borneo Post , Kuching | Tue, 03/04/2008 10:06 AM", ["Desi Kartika"]),
        ("山田花子2025年3月12日 18時30分", ["山田花子"]),
        # a dateline's place before a date is no writer
        ("NEW YORK – Mar 12, 2025", None),
    ],
)
def test_name_then_the_pages_stamp(line, names):
    assert name_before_stamp(line) == names


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("(By Lin Mei-hua and Oscar Tsai) Enditem/kt", ["Lin Mei-hua", "Oscar Tsai"]),
        ("—By Walter Brandt. Reported by Ann Cole/Houston", ["Walter Brandt"]),
        ("Author: Marija Petrovska", ["Marija Petrovska"]),
        ("Pewarta: Ratna Sari Dewanti Editor: Budi Hartono", ["Ratna Sari Dewanti"]),
        # a story's sentence that opens with "By" names nobody
        ("By the time the rain stopped, the river had risen.", None),
        ("By Tuesday the water had gone.", None),
    ],
)
def test_writers_at_the_foot(paragraph, names):
    byline = foot_byline(paragraph)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("B.Khulan", True),  # an initial glued to the name
        ("LSM+ English", False),  # a site's edition
        ("La Presse Canadienne", False),  # an agency in French
        ("USA TODAY", False),
        ("U.S.", False),
        ("Font Size", False),  # a page's button
    ],
)
def test_what_reads_as_a_name(text, expected):
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    "line",
    [
        "di fronte al comune",  # Italian "di" opening a phrase, no name
        "From Monday, Lagos",  # "From" a weekday, no writer
        "From Lagos to Abuja, Nigeria",
    ],
)
def test_not_bylines(line):
    byline = parse_byline(line)
    assert byline is None or not byline.names


@pytest.mark.parametrize(
    "line, names",
    [
        ("홍민준 기자", ["홍민준"]),
        ("김철수·이영희 기자 kim@example.co.kr", ["김철수", "이영희"]),
        ("记者 张明", ["张明"]),
        ("本报记者张明 李华", ["张明", "李华"]),
        ("作者：张明", ["张明"]),
        ("山田花子記者", ["山田花子"]),
        ("记者会上他说", None),  # "at the press conference he said": no writer
    ],
)
def test_cjk_writers(line, names):
    byline = parse_byline(line)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("Jane Roe is a political reporter at the Daily Star.", ["Jane Roe"]),
        (
            "-- Lena Marquardt covers consumer issues for The Ledger. Reach her at x@y.com.",
            ["Lena Marquardt"],
        ),
        (
            "Dana Keefe is a staff writer for The Courier covering football. Marc Trent covers the Colts.",
            ["Dana Keefe", "Marc Trent"],
        ),
        ("The mayor is a former reporter at the Post.", None),
        ("The company covers 40 states.", None),
    ],
)
def test_writers_biography_at_the_foot(paragraph, names):
    byline = bio_byline(paragraph)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    "line, names",
    [
        # an outlet named for its city, after a comma or run on after the name
        ("By Erin Vossler, St. Louis Post-Dispatch", ["Erin Vossler"]),
        ("By Erin Vossler St. Louis Post-Dispatch", ["Erin Vossler"]),
        ("BYLINE: By Dana Whitcombe Minneapolis Star Tribune", ["Dana Whitcombe"]),
        ("By Austin Hale, Dallas Morning News", ["Austin Hale"]),
        # near-misses: a first name that is a city, a surname that holds one, two writers
        ("By Austin Hale Dallas Morning News", ["Austin Hale"]),
        ("By Marie St. Louis, Staff Writer", ["Marie St. Louis"]),
        ("By Jane Roe, Paris Whitfield and Tom Grey", ["Jane Roe", "Paris Whitfield", "Tom Grey"]),
        # the writer's label in Polish, German, Swedish, Ukrainian
        ("Autorka: Agnieszka Wróbel (PAP)", ["Agnieszka Wróbel"]),
        ("Autorin: Lea Brandstätter", ["Lea Brandstätter"]),
        ("Författare: Sven Lindqvist", ["Sven Lindqvist"]),
        ("Автор: Олена Гриценко", ["Олена Гриценко"]),
        # a wire where the writer would be: a byline without a person
        ("Por Andina", []),
        ("Por Notimex", []),
        ("Author of the article: Marketwired", []),
        ("Author of the article: Canada NewsWire", []),
        ("Por Andrés Molina", ["Andrés Molina"]),  # near-miss: a person after "Por"
    ],
)
def test_outlets_labels_and_wires(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


def test_a_label_before_by_is_read_past():
    byline = parse_byline("BYLINE: By Erin Vossler")
    assert byline is not None and byline.names == ["Erin Vossler"]


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("Autorka: Agnieszka Wróbel (PAP)", ["Agnieszka Wróbel"]),  # the agency's bracket stays
        ("— Autor: Jan Kowalski", ["Jan Kowalski"]),  # a dash before the line goes
        ("(By Jan Kowalski)", ["Jan Kowalski"]),  # so do brackets round the whole line
    ],
)
def test_labelled_writer_at_the_foot(paragraph, names):
    byline = foot_byline(paragraph)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    "line, names",
    [
        # an outlet named for its place whose last word is no newsroom word elsewhere
        ("By Dana Keel, Kansas Beacon", ["Dana Keel"]),
        ("By Dana Keel, Arizona Republic", ["Dana Keel"]),
        # near-misses: "Sun" is a surname as often as a paper; a name holding a place word
        ("By Jane Roe, Austin Sun and Tom Grey", ["Jane Roe", "Austin Sun", "Tom Grey"]),
        ("By Jane Roe, Georgia Hale", ["Jane Roe", "Georgia Hale"]),
        # an outlet's desk of one or two words: no person
        ("By Al Rasheed Staff", []),
        ("By CNN Newsroom", []),
        # a TV station's desk with its channel number, after or in its name
        ("By FOX 13 News Staff", []),
        ("By 11Alive Staff", []),
        # near-misses: a name, then the outlet's desk or a title; a person called "Al"
        ("By Nora Feld Herald Staff", ["Nora Feld"]),
        ("By Jane Roe Staff Writer", ["Jane Roe"]),
        ("By Al Gore", ["Al Gore"]),
    ],
)
def test_place_named_outlets_and_desks(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Omaha Star-Herald", True),  # the last word joined by a hyphen
        ("Pittsburgh Post-Gazette", True),
        ("Milwaukee Journal Sentinel", True),
        ("Oregon Statesman", True),  # a place, then an outlet's word
        ("Le Soleil", True),  # an article and a word
        ("De Telegraaf", True),
        ("Jane Leader", False),  # near-miss: the word after no place is a surname
        ("Austin Sun", False),  # near-miss: "Sun" is no outlet word
        ("Jordan Hale", False),
    ],
)
def test_outlet_lines(line, expected):
    assert is_affiliation(line) is expected


def test_an_article_and_a_word_is_no_persons_name():
    assert not looks_like_name("Le Soleil")
    assert not looks_like_name("El Faro")
    assert looks_like_name("Marine Le Pen")
    assert looks_like_name("Van Morrison")  # "van" opens names too, so it stays one


@pytest.mark.parametrize(
    "line, expected",
    [
        ("à Québec", True),
        ("in Berlin", True),
        ("desde Madrid", True),
        ("à demain", False),  # near-miss: no place after the preposition
        ("in Brief", False),  # near-miss: a capitalised word the gazetteer does not know
        ("Québec", False),  # a bare place is _place_over_stamp's, with a stamp under it
    ],
)
def test_filed_from_lines(line, expected):
    assert is_filed_from_line(line) is expected


@pytest.mark.parametrize(
    "line, names",
    [
        # the first writer's title between two names
        ("By Megan Hollis, Transport Reporter & Owen Pryce", ["Megan Hollis", "Owen Pryce"]),
        ("By Megan Hollis, Senior Reporter and Owen Pryce", ["Megan Hollis", "Owen Pryce"]),
        # near-miss: the title after both names belongs to both
        ("By Jane Roe and John Doe, Senior Reporters", ["Jane Roe", "John Doe"]),
        # the page's date after the names, the month first, in capitals or not
        (
            "BY NADIA ORTEGA AND PAUL WREN  APRIL 2, 2025  6 AM CENTRAL",
            ["NADIA ORTEGA", "PAUL WREN"],
        ),
        ("By Jane Roe Sept. 4, 2025", ["Jane Roe"]),
        # near-misses: a name that is a month's, with and without a date after it
        ("By April Reign March 3, 2025", ["April Reign"]),
        ("By Theresa May", ["Theresa May"]),
        # the Dutch writer's label without a colon
        ("Tekst Marloes van Dijk", ["Marloes van Dijk"]),
    ],
)
def test_titles_dates_and_labels_round_the_names(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


def test_tekst_opening_a_sentence_is_no_byline():
    assert parse_byline("Tekst en uitleg bij de nieuwe regels") is None


@pytest.mark.parametrize(
    "line, names",
    [
        # "and" between names in other languages, each side a whole name
        ("Tomasz Wiśniewski i Ewa Nowak-Lis", ["Tomasz Wiśniewski", "Ewa Nowak-Lis"]),
        ("Ana Ruiz y Pedro Gil", ["Ana Ruiz", "Pedro Gil"]),
        ("Lars Ekholm och Eva Berg", ["Lars Ekholm", "Eva Berg"]),
        # near-misses: the word joins one person's surnames, or places, not names
        ("José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("Kraków i Warszawa", None),
    ],
)
def test_names_joined_by_and_in_other_languages(line, names):
    assert name_list(line) == names


def test_the_pages_stamp_after_the_names_with_a_bar_before_the_hour():
    line = "Tomasz Wiśniewski i Ewa Nowak-Lis 3 marca 2025 | 08:15"
    assert name_before_stamp(line) == ["Tomasz Wiśniewski", "Ewa Nowak-Lis"]
    assert name_before_stamp("Budowa potrwa do 3 marca 2025 | 08:15") is None  # no name first


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("Ірина Мельник, Полтава", ["Ірина Мельник"]),  # a name, then where it was filed
        ("María Gómez, Rosario", ["María Gómez"]),
        # near-misses: a place and its state, a sentence, a lower-case tail
        ("Salt Lake City, Utah", None),
        ("The mayor, however, disagreed.", None),
        ("Jane Roe, of course", None),
        ("Contact Us, Privacy", None),  # a page's footer links
        # a writer who signs with an office; a public body's clerk, who signs its notices
        ("Tom Whitaker, Managing Director", ["Tom Whitaker"]),
        ("Janet Ruiz, President", ["Janet Ruiz"]),
        ("Gregory Tan, Village Clerk", None),
        ("Jane Roe, Board Secretary", None),
        # the outlet the writer signs for, an org word in its name
        ("Sera Tui, Fiji Broadcasting Corporation", ["Sera Tui"]),
        ("Kim Harrisberg, Thomson Reuters Foundation", ["Kim Harrisberg"]),
        # a person and the body she speaks for: a quote's or a picture's label
        ("Teine Manu, Vava'u Growers Association", None),
        ("Josefa Lomu, Cane Growers Council", None),
    ],
)
def test_a_story_signed_on_its_last_line(paragraph, names):
    byline = signed_byline(paragraph)
    assert (byline.names if byline else None) == names


@pytest.mark.parametrize(
    ("label", "below", "names"),
    [
        ("Author of the article:", "Genevieve Tremblay-Olsen", ["Genevieve Tremblay-Olsen"]),
        ("By", "Jane Roe", ["Jane Roe"]),
        ("Written by:", "Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("Por", "Ana Ruiz", ["Ana Ruiz"]),
        # a long line of names closed by a stop is no paragraph: it reads as no sentence
        (
            "By",
            "Ruth Akers, Dennis Paley, Omar Haddad, Lena Fischer, Tom Brandt and Carl Voss Jr.",
            [
                "Ruth Akers",
                "Dennis Paley",
                "Omar Haddad",
                "Lena Fischer",
                "Tom Brandt",
                "Carl Voss Jr.",
            ],
        ),
        (
            "By —",
            "Ruth Akers, Associated Press, Dennis Paley, Associated Press, and Omar Haddad,"
            " Associated Press.",
            ["Ruth Akers", "Dennis Paley", "Omar Haddad"],
        ),
    ],
)
def test_a_byline_label_alone_over_the_names(label, below, names):
    found = label_over_names(label, below)
    assert found is not None and found.names == names
    assert found.raw == f"{label}\n{below}"


@pytest.mark.parametrize(
    ("label", "below"),
    [
        ("Photos by", "Sam Ellery"),  # the photographer's label, not the writer's
        ("Funded by", "Jane Roe"),  # "by" ends a phrase, not a label
        ("Stand by", "Jane Roe"),
        ("Author:", "Published March 3, 2025"),  # an empty author field over the stamp
        ("By", "the council"),  # no name under the label
        ("The bridge was built by", "Jane Roe"),  # a sentence wrapped before its agent
        # an export's "Text:" label over the story's first paragraph, which opens with a name
        (
            "Text:",
            "Gerald Mabry, a drummer whose brushwork anchored recordings by Sarah Vaughan and"
            " a generation of Washington musicians, died Feb. 24. He was 88.",
        ),
    ],
)
def test_no_byline_label_over_names(label, below):
    assert label_over_names(label, below) is None


@pytest.mark.parametrize(
    "line, names",
    [
        # the month and day, then the time of day, after two names (no year)
        ("By Ruth Akers and Dennis Paley October 12 at 6:15 PM", ["Ruth Akers", "Dennis Paley"]),
        # month names as first names, with no date after them
        ("By April Dunmore and June Haskell", ["April Dunmore", "June Haskell"]),
        # a name, then a date with nothing between them
        ("Thandeka Mokoena 14 May 2024", ["Thandeka Mokoena"]),
        ("Theresa Lyle 3 June 2019", ["Theresa Lyle"]),
        ("Kofi Boateng Tuesday 12 March 2024", ["Kofi Boateng"]),
        # the page's stamp first, then the name after a bar
        ("04 June 2023 11:20 | Mikael Sundqvist", ["Mikael Sundqvist"]),
        # the outlet first, then the "By" line after a bar
        ("Prairie Public Radio | By Colette Brandvold", ["Colette Brandvold"]),
    ],
)
def test_names_with_a_date_or_an_outlet_on_the_line(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        "In Summary",  # a summary box's title
        "Story Highlights",
        "Key Points",
        "READ LATER",  # a button under the writer's name
        "Durban 14 May 2024",  # a place and a date
        "Publié le 12 mars 2024",  # a stamp's words and a date
        "Census Results 2024",  # a year alone is no stamp
        "11 March 2022 09:47 | Oslo",  # the stamp, then a place
    ],
)
def test_labels_places_and_buttons_are_no_names(line):
    byline = parse_byline(line)
    assert byline is None or byline.names == []


def test_agencies_helping_the_writer_are_an_affiliation():
    assert is_affiliation("with AFP, dpa")
    assert is_affiliation("with Reuters")
    assert not is_affiliation("with friends and family")


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("Write to Nora Kell at nora.kell@paper.example", ["Nora Kell"]),
        (
            "Write to Jane Roe at jroe@paper.example and John Doe at jdoe@paper.example",
            ["Jane Roe", "John Doe"],
        ),
        ("Write to the editors at letters@paper.example", None),
        ("Write to us at tips@paper.example", None),
    ],
)
def test_write_to_line_at_the_foot(paragraph, names):
    found = contact_byline(paragraph)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    "lines, names",
    [
        (["Member comments", "Author", "Karin Lund", "For members"], ["Karin Lund"]),
        (["Date 27.09.2021", "Author Lena Hartl", "Related Subjects"], ["Lena Hartl"]),
        (["About the author", "Dana Kowal", "Reporter"], ["Dana Kowal"]),
        # "Authors" alone heads a list of stories as often as it labels writers
        (["Authors", "Poetry Prize Shortlist", "Guild Ends Strike After Deal"], None),
        (["Author", "Explained: how the zones work"], None),
        (["Author", "Stockholm"], None),  # a place is no writer
    ],
)
def test_labelled_writer_below_the_story(lines, names):
    found = labelled_foot_byline(lines)
    assert (found[0].names if found else None) == names


@pytest.mark.parametrize(
    "line, names",
    [
        # a blog's stamp, then "by" and the names
        ("Posted on March 5, 2024 by Wendell Okafor", ["Wendell Okafor"]),
        (
            "Published 12 June 2023 by Ines Carvalho and Tomas Brody",
            ["Ines Carvalho", "Tomas Brody"],
        ),
        # the stamp, then a "By" line after a bar
        ("5 March 2024 | By Ruth Akers", ["Ruth Akers"]),
        # a bullet or a dash between the name and the date
        ("Thandeka Mokoena • 14 May 2024", ["Thandeka Mokoena"]),
        ("Thandeka Mokoena - 14 May 2024", ["Thandeka Mokoena"]),
    ],
)
def test_names_before_or_after_a_stamp(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Published 5 March 2024 by the ministry",  # no person after "by"
        "Cape Town - 5 March 2024",  # a place, a dash and a date
        "Oil prices fall - 5 March 2024",  # a headline's words
    ],
)
def test_a_stamp_without_a_writer_is_no_byline(line):
    byline = parse_byline(line)
    assert byline is None or byline.names == []


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "Edited by Aoife Brannigan, with reporting from Cormac Dunleavy and Hattie Quarles",
            ["Aoife Brannigan"],
        ),
        ("Edited by Rupert Vance and Lise Moreau", ["Rupert Vance", "Lise Moreau"]),
        ("Edited by hand in the newsroom", None),
    ],
)
def test_a_live_pages_editor(line, names):
    found = edited_byline(line)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    "line, names",
    [
        # a middle initial ends no name: the surname after it is the name's
        ("By MARTIN J. KOLB Courier Staff Writer", ["MARTIN J. KOLB"]),
        ("MARTIN J. KOLB Courier Staff Writer", ["MARTIN J. KOLB"]),
        # particles bind to their neighbours, whatever the title after them
        ("Marlon B. de la Peña Staff Writer", ["Marlon B. de la Peña"]),
        ("Ana de la Cruz Staff Writer", ["Ana de la Cruz"]),
        # each writer's title between the names, a comma before the ampersand
        (
            "By Rhoda Pell, KTVB reporter, & Sam Ortiz, KTVB.com editor",
            ["Rhoda Pell", "Sam Ortiz"],
        ),
        # a handle glued to the name, the stamp after it
        ("By Dana Whitcomb@danawhitcombwrites  Oct 3, 2022, 7:00am EDT", ["Dana Whitcomb"]),
        # a page that sets its bylines in lower case
        ("by siti aminah rahman", ["siti aminah rahman"]),
    ],
)
def test_initials_titles_handles_and_lower_case(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line",
    ["by the numbers", "by far the largest", "by default", "by wire services"],
)
def test_a_lower_case_by_phrase_names_no_one(line):
    byline = parse_byline(line)
    assert byline is None or byline.names == []


# A page whose top the header's reading cannot tell (a cookie notice over menus): its "By"
# line is read as text, and is the byline still when it stands above the story's prose.
_UNREAD_TOP = """Cookies on the Broadcaster website
The Broadcaster has updated its cookie policy. We use cookies to make sure that we give you the best experience on our website.
Continue Change settings Find out more

Broadcaster News Sport Weather Radio More

NEWS Home UK World Business Politics Tech Science Health

Scotland

Ferry delays: Islanders 'stranded for days' by breakdowns

By Fiona MacRae BBC Scotland transport correspondent

12 March 2019 From the section Scotland

Islanders on the west coast say they have been stranded for days at a time this winter because of breakdowns on the ageing ferry fleet.

Figures obtained by the programme show more than 400 sailings were cancelled for technical reasons.

The ferry operator said it was doing all it could to keep its vessels running.
"""


def test_a_by_line_above_the_story_when_the_top_is_not_read():
    from archiver.extract.wire_text import parse_wire_text

    parsed = parse_wire_text(_UNREAD_TOP, None)
    assert parsed.byline is not None and parsed.byline.names == ["Fiona MacRae"]
    assert not any(p.startswith("By Fiona") for p in parsed.body)


def test_a_by_line_under_the_storys_prose_is_no_header_byline():
    from archiver.extract.wire_text import parse_wire_text

    # the "By" line stands under two paragraphs of the story, far from its foot: it is a
    # quoted line, not the byline the header would hold
    story = [
        "Islanders on the west coast say they have been stranded for days at a time this winter"
        " because of breakdowns on the ageing ferry fleet.",
        "Figures obtained by the programme show more than 400 sailings were cancelled for"
        " technical reasons between November and February this year.",
        "By Fiona MacRae",
        *(
            f"Paragraph {n} of the story goes on about the ferries and the islands."
            for n in range(8)
        ),
    ]
    top = _UNREAD_TOP.split("By Fiona")[0]
    parsed = parse_wire_text(top + "\n\n".join(story) + "\n", None)
    assert parsed.byline is None


@pytest.mark.parametrize(
    "line, kept",
    [
        ("Jane Roe (@janeroe)", "Jane Roe"),
        ("Jane Roe@jane.roe.1234", "Jane Roe"),
        ("Jane Roe@paper.com", "Jane Roe@paper.com"),  # an e-mail address stays
        ("Jane Roe (Reuters)", "Jane Roe (Reuters)"),  # an outlet in brackets stays
    ],
)
def test_a_handle_after_the_name_goes(line, kept):
    assert without_glued_handle(line) == kept


@pytest.mark.parametrize(
    "line, names",
    [
        # the writers' outlet after a comma, then the page's stamp opening with its time
        (
            "Jane Roe and John Doe, Associated Press 4:37 p.m. CST January 30, 2016",
            ["Jane Roe", "John Doe"],
        ),
        # the outlet in brackets, then a dash and the stamp
        ("Ana Ruiz-Tan (The Island Star) - September 21, 2020 - 12:00am", ["Ana Ruiz-Tan"]),
        ("Jane Roe (Reuters) - March 3, 2024", ["Jane Roe"]),
        # "Article by:" labels the writer as "By" does
        ("Article by: JANE ROE , Lakes Tribune Updated: August 9, 2015 - 9:41 PM", ["JANE ROE"]),
    ],
)
def test_names_with_their_outlet_and_the_stamp_on_one_line(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Kim Jong Un (North Korea) - March 3, 2024",  # a country in brackets is no outlet
        "Jane Roe (left) - March 3, 2024",  # a caption's position
        "Seoul, Associated Press 4:37 p.m. CST January 30, 2016",  # a place, not a writer
        "Article by article, the law was rewritten.",  # a sentence
    ],
)
def test_lines_that_are_no_names_with_an_outlet_and_a_stamp(line):
    found = parse_byline(line)
    assert found is None or not found.names


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Grant Roe of NZPA", ["Grant Roe"]),  # the writer's agency after "of"
        ("By Jane Roe of Reuters", ["Jane Roe"]),
        ("By Jane Roe and John Doe of the Canadian Press", ["Jane Roe", "John Doe"]),
        ("From PETER ROE", ["PETER ROE"]),  # the old British papers' byline
        ("From Our Own Correspondent", []),  # the paper's desk, no person
        ("From a special correspondent, Paris", []),
    ],
)
def test_of_an_agency_and_from_a_correspondent(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "By Mary Queen of Scots",  # "of" before no agency
        "By Jane Roe of Ohio",
        "From Jane Roe",  # a letter's or an e-mail's header
        "From NEW YORK",  # a place
        "From our correspondents were told that",  # a sentence
    ],
)
def test_of_and_from_lines_that_name_no_writer(line):
    found = parse_byline(line)
    assert found is None or not found.names


def test_a_paper_named_for_its_place_is_no_second_writer():
    assert name_list("Jane Roe, Nashville Tennessean") is None
    assert name_list("Jane Roe, Arizona Republic") is None
    # a second writer whose first name is a city's stays a writer
    assert name_list("Jane Roe, Austin Morgan") == ["Jane Roe", "Austin Morgan"]
    assert name_list("Jane Roe, John Doe") == ["Jane Roe", "John Doe"]


@pytest.mark.parametrize(
    "line, names",
    [
        # the first writer's title and desk between commas, then more writers
        (
            "By Jane Roe, Regional Editor, South-South, John Doe & Ann Lee",
            ["Jane Roe", "John Doe", "Ann Lee"],
        ),
        (
            "By Jane Roe, Abuja Bureau Chief, John Doe and Ann Lee",
            ["Jane Roe", "John Doe", "Ann Lee"],
        ),
        # a title before the outlet ends the names
        ("By Jane Roe, Staff Writer, The Paper", ["Jane Roe"]),
        ("By Jane Roe, Staff Writer, Lagos Times & Daily News", ["Jane Roe"]),
    ],
)
def test_a_title_between_the_first_writer_and_the_others(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line, names",
    [
        # the first writer's title (and the region it covers) between the names
        (
            "By Adaeze Obi, Regional Editor, South-East, Kelechi Nwosu & Tamuno Briggs",
            ["Adaeze Obi", "Kelechi Nwosu", "Tamuno Briggs"],
        ),
        # each writer with an outlet after the name
        (
            "by Ruth Amadi, Prairie Today, and Lars Berg, Riverlight News",
            ["Ruth Amadi", "Lars Berg"],
        ),
        # a title then a place, or a title alone: no more writers
        ("By Jane Roe, Staff Writer, San Francisco", ["Jane Roe"]),
        ("By Jane Roe, Staff Writer, John Doe", ["Jane Roe"]),
        (
            "Article by: WESLEY TANAKA , Star Tribune Updated: May 2, 2016 - 8:10 PM",
            ["WESLEY TANAKA"],
        ),
        ("By Ngaire Holt of NZPA", ["Ngaire Holt"]),
        ("BY LUCAS FERRIER ON 3/14/19 AT 9:05 AM EDT", ["LUCAS FERRIER"]),
        ("Story by Ilya Voronin Translation by Anna Kerr", ["Ilya Voronin"]),
        ("By Jane Roe and John Doe Reporting from Kyiv, Ukraine", ["Jane Roe", "John Doe"]),
        ("From HAROLD WICKENDEN", ["HAROLD WICKENDEN"]),
        ("From Our Correspondent", []),
    ],
)
def test_writers_round_titles_outlets_and_other_credits(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


@pytest.mark.parametrize(
    "line",
    [
        "From Russia With Love",  # a headline's small word
        "From New York",  # a place
        "By the end of the year",
        "Report by the ministry of health",
    ],
)
def test_no_writer_after_from_or_a_label(line):
    byline = parse_byline(line)
    assert byline is None or not byline.names


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "Ligaya Santos-Reyes (The Philippine Star) - March 4, 2024 - 6:15am",
            ["Ligaya Santos-Reyes"],
        ),
        (
            "Tomas Berg and Ann Lee, Associated Press 4:37 p.m. CST January 30, 2016",
            ["Tomas Berg", "Ann Lee"],
        ),
        ("Ewan Price news reporter @ewanprice Wednesday 18 October 2023 15:29, UK", ["Ewan Price"]),
        ("Anjali KR Today · 07:30 am", ["Anjali KR"]),
    ],
)
def test_the_stamp_after_an_outlet_a_title_or_a_handle(line, names):
    assert name_before_stamp(line) == names


def test_a_city_paper_after_the_name_is_no_second_writer():
    # "Nashville Tennessean": a paper named for its readers, after a place
    assert name_list("Jane Roe, Boulder Coloradoan") is None
    assert is_affiliation("Boulder Coloradoan")
    # a person's surname after a first name that is also a city stays a name
    assert name_list("Jane Roe, Austin Morgan") == ["Jane Roe", "Austin Morgan"]


@pytest.mark.parametrize(
    "line, names",
    [
        ("By The Associated Press", []),
        ("By Jane Roe and the Associated Press", ["Jane Roe"]),
        ("By Martin Luther Kingsley Jr. and Jane Roe", ["Martin Luther Kingsley Jr.", "Jane Roe"]),
        ("By Jean-Luc d'Aubigné", ["Jean-Luc d'Aubigné"]),
        # one newsroom word after two capitalised words ends an outlet's name
        ("By Jane Roe, Kaiser Health News", ["Jane Roe"]),
        ("By Jane Roe, Dow Jones Newswires", ["Jane Roe"]),
        ("By Jane Roe Last updated: 3 March 2024", ["Jane Roe"]),
        ("By Jane Roe 2 hours ago", ["Jane Roe"]),
        ("By Jane Roe/The Paper", ["Jane Roe"]),
        ("Jane Roe - Staff Writer", ["Jane Roe"]),
        # a name with its outlet, no comma, stays read so ("Erik Lindahl Star Tribune")
        ("By Erik Lindahl Star Tribune", ["Erik Lindahl"]),
    ],
)
def test_agencies_abbreviations_particles_and_outlets(line, names):
    byline = parse_byline(line)
    assert byline is not None and byline.names == names


def test_name_lists_with_an_outlet_the_writer_wrote_for():
    assert names_with_affiliation("Jane Roe, for The Paper") == ["Jane Roe"]
    assert names_with_affiliation("Jane Roe For The Paper") == ["Jane Roe"]
    assert name_list("Jane Roe Jr.") == ["Jane Roe Jr."]
    assert name_list("Jane Roe said.") is None


@pytest.mark.parametrize(
    "line",
    ["By CBS News", "By Inquirer.net", "By The Japan Times", "By Tribune News Service"],
)
def test_an_outlet_alone_after_by_is_a_byline_without_a_person(line):
    byline = parse_byline(line)
    assert byline is not None and byline.names == []


@pytest.mark.parametrize(
    "line", ["By Design", "By Heart", "By Tuesday", "By Way of Deception", "By the way, it rained"]
)
def test_a_headline_or_a_sentence_opening_with_by_is_no_byline(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Hemi Tawhiri of NZPA", ["Hemi Tawhiri"]),
        ("By Jane Roe of The Paper", ["Jane Roe"]),
        ("By Editorial Board", None),
        ("By Reuters Graphics", None),
    ],
)
def test_of_an_outlet_and_desks_named_like_people(line, names):
    byline = parse_byline(line)
    assert (byline.names if byline and byline.names else None) == names


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("Contact Jane Roe at jroe@paper.com.", ["Jane Roe"]),
        ("Reach Jane Roe at 555-0100.", ["Jane Roe"]),
        ("Jane Roe can be reached at jroe@paper.com or 555-0100.", ["Jane Roe"]),
        ("The food bank can be reached at 555-0142.", None),
        ("Contact the newsroom at news@paper.com", None),
    ],
)
def test_the_writers_contact_line_at_the_foot(paragraph, names):
    byline = contact_byline(paragraph)
    assert (byline.names if byline else None) == names


def test_the_bylines_label_is_no_part_of_a_name():
    assert not looks_like_name("Author Anna Winter")


@pytest.mark.parametrize(
    "line, names",
    [
        # a one-word outlet no list knows between two writers, "and" before the second
        ("By Jane Roe, ProPublica, and John Doe, The Island Packet", ["Jane Roe", "John Doe"]),
        ("By Jane Roe, CalMatters, and John Doe, KQED", ["Jane Roe", "John Doe"]),
        ("By Jane Roe, ProPublica", ["Jane Roe"]),
        # the page's stamp after "on" and a weekday with its comma
        ("posted by Jane Roe on Thu, May 3, 2012 at 2:47 PM", ["Jane Roe"]),
        ("By Jane Roe on Tue., June 4, 2013", ["Jane Roe"]),
    ],
)
def test_local_web_bylines(line, names):
    from archiver.extract.bylines import parse_byline

    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line, names",
    [
        ("Jane Roe (KSDK)", ["Jane Roe"]),  # a station's call letters after the name
        ("Jane Roe and John Doe (WJLA-TV)", ["Jane Roe", "John Doe"]),
        ("Jane Roe (The Colorado Sun)", ["Jane Roe"]),
        # kept: a lawmaker's party and state, a place, no outlet
        ("Sen. Jane Roe (D-Ohio)", ["Sen. Jane Roe (D-Ohio)"]),
        ("Jane Roe (Marseille)", ["Jane Roe (Marseille)"]),
    ],
)
def test_outlet_in_brackets_after_names(line, names):
    from archiver.extract.bylines import name_list

    assert name_list(line) == names


@pytest.mark.parametrize(
    "line, names",
    [
        # the profile links' text glued to the name, a LinkedIn path among them
        ("Tomasz Okafor@IN/TOMASZOKAFOR@TOKAFORHB", ["Tomasz Okafor"]),
        ("Tomasz Okafor@tokafor@in/tomaszokafor", ["Tomasz Okafor"]),
        # the handle glued, then the page's stamp after a slash
        ("Priya Anand@priyaanand / 8:30 AM EST • March 3, 2024", ["Priya Anand"]),
        # a bar or dot spaced on one side only parts the stamp from the names
        ("By Ines Carvalho and Tom Bright ·Mar 04, 2024", ["Ines Carvalho", "Tom Bright"]),
        ("By Ines Carvalho |Reporter", ["Ines Carvalho"]),
    ],
)
def test_glued_handles_and_half_spaced_bars(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Priya Anand@ledgerly.example",  # an e-mail address, no handle: not read as a name
        "Contact priyaanand@ledgerly.example for details",
    ],
)
def test_an_address_glued_to_a_name_is_no_handle(line):
    found = parse_byline(line)
    assert found is None or not found.names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a correspondent abroad: the city, then its country after a comma
        ("From Mwansa Tembo in LILONGWE, Malawi", ["Mwansa Tembo"]),
        ("From Jane Roe in Kampala, Uganda", ["Jane Roe"]),
        ("From Nomalanga Sibanda in Gwanda", ["Nomalanga Sibanda"]),
        ("From Our Correspondent in Nairobi, Kenya", []),
        # the name, a slash or a dash, then the date with its day first (Gulf, South Asian
        # and British pages)
        ("Priya Raman / 14 June 2018", ["Priya Raman"]),
        ("Jane Roe - 12 March 2024", ["Jane Roe"]),
    ],
)
def test_correspondent_and_day_first_stamp_bylines(line: str, names: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "From Victoria Falls in Livingstone, Zambia",  # a place, no writer
        "From Kariba Dam in Kariba, Zimbabwe",  # a landmark's name
        "From Jane Roe in Lusaka, Monday",  # no country after the city
        "ABU DHABI / 14 June 2018",  # a place over its date
    ],
)
def test_near_misses_of_correspondent_and_stamp_bylines(line: str) -> None:
    found = parse_byline(line)
    assert found is None or not found.names


def test_a_bulleted_writer_field() -> None:
    found = parse_byline("* Writer: Somchai Wongsa")
    assert found is not None and found.names == ["Somchai Wongsa"]
    assert parse_byline("* Writers are paid per word") is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # an e-edition's header: the paper, the date, then the byline
        ("The Borneo Tribune · 18 Jun 2019 · Siti Rahmawati", ["Siti Rahmawati"]),
        (
            "The Borneo Tribune · 18 Jun 2019 · Siti Rahmawati THE BORNEO TRIBUNE/PONTIANAK",
            ["Siti Rahmawati"],
        ),
        # the writer, her paper in capitals and the place she filed from
        ("Siti Rahmawati THE BORNEO TRIBUNE/PONTIANAK", ["Siti Rahmawati"]),
        # PressReader's row with the print page's number between the date and the writer
        ("The Kinabalu Star · 12 Sep 2023 · 5 · LIM WEI SHENG", ["LIM WEI SHENG"]),
        ("The Kinabalu Star · 12 Sep 2023 · A6 · Jane Mary Roe", ["Jane Mary Roe"]),
        # the writer with her "By" and the tag for where the story runs
        ("By JANE ROE EXCLUSIVE", ["JANE ROE"]),
        ("By Jane Roe Web Only", ["Jane Roe"]),
        # near misses: a print page, a section or a place where the byline would stand
        ("The Borneo Tribune · 18 Jun 2019 · A6", None),
        ("The Borneo Tribune · 18 Jun 2019 · 5 · Business Section", None),
        # after the page's number, a section's name of two words, never a writer's alone
        ("New Straits Times · 15 Nov 2022 · 8 · SUNDAY VIBES", None),
        ("New Straits Times · 15 Nov 2022 · 12 · Cover Story", None),
        ("Web Only", None),
        ("The Borneo Tribune · 18 Jun 2019 · Business Section", None),
        ("The Borneo Tribune · 18 Jun 2019 · Jakarta", None),
    ],
)
def test_e_edition_header_bylines(line: str, names: list[str] | None) -> None:
    found = parse_byline(line)
    assert (found.names if found is not None and found.names else None) == names


@pytest.mark.parametrize(
    "line, names",
    [
        # a live blog's shift marks after its writers' names
        ("Jane Roe (now) and John Doe (earlier)", ["Jane Roe", "John Doe"]),
        ("Jane Roe (later)", ["Jane Roe"]),
        # any other bracket keeps its meaning: no name list
        ("Jane Roe (no relation) and John Doe", None),
    ],
)
def test_live_blog_shift_marks(line, names):
    assert name_list(line) == names


def test_a_party_opening_with_the_outlet_that_published_the_story_is_no_writer():
    from archiver.extract.bylines import names_without_outlet

    text = "This story was originally published by Chalkbeat."
    assert names_without_outlet(["Jane Roe", "Chalkbeat Colorado"], text) == ["Jane Roe"]
    # near misses: a co-writer the story names no publisher for; the byline's first name
    assert names_without_outlet(["Jane Roe", "Mark Ohio"], text) == ["Jane Roe", "Mark Ohio"]
    assert names_without_outlet(["Chalkbeat Colorado"], text) == ["Chalkbeat Colorado"]
    # the publisher's whole name: "John Wiley & Sons" names no "John"
    wiley = "The textbook, published by John Wiley & Sons, is used widely."
    assert names_without_outlet(["Jane Roe", "John Smith"], wiley) == ["Jane Roe", "John Smith"]


def test_an_old_british_from_byline_with_a_comma_before_the_title_below():
    from archiver.extract.bylines import parse_byline

    found = parse_byline("From HUGH MARDEN,")
    assert found is not None and found.names == ["HUGH MARDEN"]
    # near misses: a place in capitals after "From"; a name in mixed case (a letter's header)
    for line in ("From NEW YORK,", "From Jane Roe,"):
        found = parse_byline(line)
        assert found is None or not found.names


@pytest.mark.parametrize(
    ("row", "author"),
    [
        (
            "Vancouver Sun · 2 Mar 2024 · A4 · KELSEY DRUMMOND kdrummond@postmedia.com",
            "KELSEY DRUMMOND",
        ),
        ("The Age · 9 Oct 2024 · Page 7 · Jane Roe", "Jane Roe"),
        ("Sunday Star · Mar 3, 2024 · B12 · Ana Ruiz ana.ruiz@star.co.nz", "Ana Ruiz"),
        # no page between the date and the last field: a page's meta line, not e-paper's
        ("Vancouver Sun · 2 Mar 2024 · KELSEY DRUMMOND", None),
        ("Home · News · World · Europe", None),
    ],
)
def test_edition_author_reads_an_e_papers_row(row: str, author: str | None) -> None:
    from archiver.extract.chrome import edition_author

    assert edition_author(row) == author


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a given name's syllables moved out of the title into the name
        ("Lydia Tan Hui Min Senior Correspondent", "Lydia Tan Hui Min"),
        # the writer's outlet opens the title: its name with "News", or its initials
        ("Jane Roe Arab News Staff Writer", "Jane Roe"),
        ("Jane Roe Gulf News Staff Reporter", "Jane Roe"),
        ("Jane Roe Fox News Chief Correspondent", "Jane Roe"),
        ("Jane Roe WSJ Senior Reporter", "Jane Roe"),
    ],
)
def test_a_name_before_a_title_keeps_the_outlet_in_the_title(line: str, name: str) -> None:
    from archiver.extract.bylines import _name_before_title

    assert _name_before_title(line) == name


def test_with_before_a_credits_words_names_no_second_writer():
    # "With" joins two writers only: "With Contributions From ..." is a credit's words
    byline = parse_byline("By Lena Marsh With Contributions From Tom Baker")
    assert byline is None or all("Contributions" not in name for name in byline.names)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("March 14, 2024 · By Ibrahim Danjuma-Sule · 4 min read", ["Ibrahim Danjuma-Sule"]),
        ("12 March 2024 | By Jane Roe | 5 minutes read", ["Jane Roe"]),
    ],
)
def test_the_writer_between_the_stamp_and_the_reading_time(line: str, names: list[str]) -> None:
    """The page's row of facts: its date, "By" and the writer, the reading time (the page's, no
    part of the byline)."""
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "March 15, 2024 · Markets · 3 min read",
        "March 15, 2024 · Energy Sector · 3 min read",
        "March 9, 2024 | Premier League | 4 min read",
        "Mar 17, 2024 • Donald Trump • 6 min read",
        "Updated March 12, 2024 · Guest Column · 5 min read",
        "Published March 20, 2024 · Climate Crisis · 5 mins read",
    ],
)
def test_a_tag_between_the_stamp_and_the_reading_time_is_no_writer(line: str) -> None:
    """A section's or a topic's tag stands there as often as a writer: without "By", no writer
    (a two-word tag reads as a name)."""
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("Local Democracy Reporter", True),
        ("City Hall Correspondent", True),
        ("Education Reporter", True),
        ("Public Affairs Director", False),
        ("Chief Executive Officer", False),
        ("Public Affairs Officer", False),
        ("Communications Manager", False),
    ],
)
def test_only_a_newsroom_writers_title_stands_over_a_byline_name(line, writers):
    # a title over a name alone reads the name as the byline only for a newsroom's writer;
    # an officer's or a director's title over a name is a release's contact or a card's
    from archiver.extract.bylines import is_writers_beat_title

    assert is_writers_beat_title(line) is writers


def test_an_officers_title_over_a_name_is_no_byline():
    # "Chief Executive Officer" / "Jane Roe" under a company's headline: a card naming the
    # company's officer, who wrote nothing
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    text = (
        "Harbourline Ferries\nAbout  Routes  Investors  News\n\nNews\n\nHarbourline Ferries"
        " orders two electric vessels for its river service\n\nChief Executive Officer\nDaniel"
        " Okafor\n\nHarbourline Ferries has ordered two battery-electric ferries for its river"
        " service, the company said on Tuesday.\n\nThe vessels will enter service in 2026.\n"
    )
    byline = parse_wire_text(text, dt.date(2024, 5, 1)).byline
    assert byline is None or not byline.names


@pytest.mark.parametrize(
    "text, names",
    [
        # a page's section and a person's tag by the date, no feed reader's "Feed · Author ·
        # Date" meta line: no writer
        (
            "Markets\n\nStocks slip as traders weigh Fed rate path\nBusiness · Elon Musk · March"
            " 5, 2024\n\nShares of electric-car makers fell on Tuesday after Tesla reported"
            " weaker deliveries in China, dragging the broader market lower.\n\nThe Nasdaq lost"
            " 1.2 percent, while the S&P 500 closed down 0.9 percent.\n",
            None,
        ),
        (
            "SPORT\n\nTen Hag insists United can still finish in top four\nFootball · Manchester"
            " United · 5 March 2024\n\nBy Daniel Kerr\n\nErik ten Hag insisted on Tuesday that"
            " Manchester United can still finish in the top four despite Sunday's derby"
            " defeat.\n\nThe Dutchman said his side had created enough chances to win.\n",
            ["Daniel Kerr"],
        ),
        # the stamp and, after the copy's wide gap, a company's, a court's or a venue's name:
        # the story's tag, no writer (and a "By" line below names the writer)
        (
            "KENYA NEWS\n\nHome  Politics  Business\n\nKenya Airways resumes flights to"
            " Mogadishu\nMarch 4, 2024  Kenya Airways\n\nNAIROBI, March 4 (Reuters) - Kenya"
            " Airways said on Monday it would resume direct flights to Mogadishu next month after"
            " a two-year break.\n\nThe airline said it would fly three times a week.\n",
            None,
        ),
        (
            "NATION\n\nParliament passes finance bill amid protests\nUpdated:  March 4, 2024\n"
            "March 4, 2024\tSupreme Court\n\nLawmakers passed the contested finance bill late on"
            " Monday as protesters gathered outside.\n\nThe bill now goes to the president.\n",
            None,
        ),
        (
            "LOCAL\n\nCouncil approves new library\n03/04/2024  Grace Hall\n\nBy Peter Moss\n\nThe"
            " city council on Monday approved plans for a new library at Grace Hall, the former"
            " civic building on Main Street.\n\nConstruction is due to begin in the autumn.\n",
            ["Peter Moss"],
        ),
    ],
)
def test_tags_by_the_stamp_are_no_writers(text, names):
    import datetime as dt

    from archiver.extract.wire_text import parse_wire_text

    byline = parse_wire_text(text, dt.date(2024, 3, 10)).byline
    assert (byline.names if byline is not None and byline.names else None) == names


@pytest.mark.parametrize(
    "raw, row",
    [
        ("December 19, 2022  Kunle Adebayo", "December 19, 2022 | Kunle Adebayo"),
        ("March 4, 2024  Kenya Airways", None),
        ("March 4, 2024\tSupreme Court", None),
        ("03/04/2024  Grace Hall", None),
    ],
)
def test_stamp_writer_row(raw, row):
    from archiver.extract.bylines import stamp_writer_row

    assert stamp_writer_row(raw) == row


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "A ProPublica investigation by Marisa Eckhart, Devin Olufemi and Tara Lindqvist",
            ["Marisa Eckhart", "Devin Olufemi", "Tara Lindqvist"],
        ),
        ("An NPR analysis by Jane Roe in Washington", ["Jane Roe"]),
        (
            "A DER SPIEGEL investigation by Jonas Richter, Mareike Stolz, Felix Hammer and Ole Brandt",
            ["Jonas Richter", "Mareike Stolz", "Felix Hammer", "Ole Brandt"],
        ),
        # the story's sentence naming an outlet's or a body's inquiry and who made it
        (
            "A Chronicle investigation by Dana Whitfield and Ben Ortiz last year found that the"
            " aide had steered three parking contracts to a firm owned by his brother-in-law.",
            None,
        ),
        (
            "A Senate investigation by Democrats Ron Wyden and Elizabeth Warren found that the"
            " company paid more than 300 doctors to speak at events promoting its painkiller.",
            None,
        ),
    ],
)
def test_an_outlets_piece_by_only_on_a_bylines_line(line: str, names: list[str] | None) -> None:
    got = parse_byline(line)
    if names is None:
        assert got is None or not got.names
    else:
        assert got is not None and got.names == names


@pytest.mark.parametrize(
    "line, names",
    [
        ("Published: January 21, 2025 09:40By Rohan Menon, Business Editor", ["Rohan Menon"]),
        ("Updated 6:12 PMBy Karen Holt", ["Karen Holt"]),
        (
            "Published: November 5, 2024 09:40By Election Day, more than 80 million Americans"
            " had already voted early",
            [],
        ),
    ],
)
def test_by_run_into_the_stamp_names_a_writer_not_a_sentence(line, names):
    byline = parse_byline(line)
    assert (byline.names if byline is not None else []) == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # a given name that is a place's, over a surname that is a beat's word: a person
        ("Madison Hall Staff Writer", "Madison Hall"),
        ("Dallas Green Staff Writer", "Dallas Green"),
        ("Tom Hargreaves Local Democracy Reporting Service", "Tom Hargreaves"),
        # the pooled desk's name alone names no writer
        ("Local Democracy Reporting Service", None),
    ],
)
def test_a_name_before_a_title_is_asked_of_desk_words_only_before_the_service(
    line: str, name: str | None
) -> None:
    from archiver.extract.bylines import _name_before_title

    assert _name_before_title(line) == name


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("dpa/lni", True),
        ("dpa-International 12.11.2024", True),
        ("staff, worked on", False),
        ("wires reported", False),
        ("agencies said", False),
        ("ap reporters", False),
    ],
)
def test_a_small_letter_agency_opens_only_for_agencies_that_print_so(
    line: str, opens: bool
) -> None:
    from archiver.extract.wire_text import _lower_agency_opens

    assert _lower_agency_opens(line) is opens


@pytest.mark.parametrize(
    "line, name",
    [
        ("Ahmed al-Rashidi", True),
        ("Syed Hasnain al-Qadri", True),
        ("Rania bin-Saleh", True),
        # a group's or a place's name with a lower-case "al-" is no person's (rv58b)
        ("Hayat Tahrir al-Sham", False),
        ("Beit Lahia al-Awda", False),
        ("Khan Younis al-Balad", False),
        # the particle in lower case only as the name's last word
        ("Deir al-Balah", False),
    ],
)
def test_lower_case_hyphened_particle_closes_a_given_name(line, name):
    assert looks_like_name(line) is name


@pytest.mark.parametrize(
    "line, names",
    [
        # a comma before "with" is the list's: the second writer after it
        ("By Lucia Ferreira, with Tomasz Wierzbicki", ["Lucia Ferreira", "Tomasz Wierzbicki"]),
        # "with" before a credit's words or the wires names no second writer
        ("By Lucia Ferreira, with additional reporting by Tomasz Wierzbicki", ["Lucia Ferreira"]),
        ("By Lucia Ferreira, with wire reports", ["Lucia Ferreira"]),
        # a review's critic and an as-told-to essay's writer are the piece's writers
        ("Reviewed by Odile Marchetti", ["Odile Marchetti"]),
        ("As told to Malik Adeyemi", ["Malik Adeyemi"]),
    ],
)
def test_fx59c_byline_labels_and_with(line: str, names: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Doesn't Understand.", False),  # a Title Case headline's tail, no name
        ("Won't Stop", False),
        ("Siobhan O'Neill", True),
        ("Dara Ó'Néill", True),
    ],
)
def test_fx59c_contracted_negation_is_no_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


@pytest.mark.parametrize(
    "line",
    [
        # a Title Case (or capitals) headline that opens with the critic's or the essay's label
        "Review By Ofsted Finds Failings At Academy",
        "REVIEW BY OFSTED FINDS FAILINGS AT ACADEMY",
        "As Told To Police, Her Story Never Changed",
        "AS TOLD TO POLICE, HER STORY NEVER CHANGED",
    ],
)
def test_fx59c_rv_title_case_label_headline_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, names",
    [
        # each writer and the city she files from, set apart by bars (The Times' row)
        (
            "Fergal Quinlan, Brussels | Marta Ostrowska-Bell, Warsaw",
            ["Fergal Quinlan", "Marta Ostrowska-Bell"],
        ),
        (
            "Ana Duarte, Lisbon | Pieter de Wit, Amsterdam | Karl Henning, Berlin",
            ["Ana Duarte", "Pieter de Wit", "Karl Henning"],
        ),
    ],
)
def test_writers_at_places_between_bars(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "Oslo, Norway | Stockholm, Sweden",  # places and their lands: no writer
        "Fergal Quinlan, Brussels",  # one pair alone: a caption's as often as a byline's
        "Home | World, Europe",  # a menu
        "Reuters, London | AFP, Paris",  # agencies at their bureaus name no person
        # a tour's venues and their cities
        "Royal Albert Hall, London | Symphony Hall, Birmingham | Usher Hall, Edinburgh",
    ],
)
def test_place_pairs_that_name_no_writers(line):
    found = parse_byline(line)
    assert found is None or not found.names


@pytest.mark.parametrize(
    "line, names",
    [
        # the date, a bar, then each writer with "in" and her city, no "By" (ThisDay)
        (
            "June 3, 2024 | Ifeoma Chukwuemeka-Bello in Abuja and Tunde Ashiru in Ibadan",
            ["Ifeoma Chukwuemeka-Bello", "Tunde Ashiru"],
        ),
    ],
)
def test_stamp_then_writers_in_places(line, names):
    found = parse_byline(line)
    assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line",
    [
        "June 3, 2024 | Floods in Lagos",  # a topic's tag after the stamp
        "June 3, 2024 | Elections in Nigeria and Ghana",
        # one person "in" a city after the stamp: the story's tag, whom it is about
        "October 16, 2024 | Bola Tinubu in Paris",
    ],
)
def test_stamp_then_topic_in_place_names_no_writer(line):
    found = parse_byline(line)
    assert found is None or not found.names


@pytest.mark.parametrize(
    "line, names",
    [
        # a regional site's byline with its region set after the writer as a tag
        ("By Priya Whitcombe Ohio", ["Priya Whitcombe"]),
        ("By Jane Q. Roe New Hampshire", ["Jane Q. Roe"]),
        # a state that is a common surname, or the second word of a two-word name, stays
        ("By Kevin Lee Washington", ["Kevin Lee Washington"]),
        ("By Joe Montana", ["Joe Montana"]),
        ("By Erin Ohio", ["Erin Ohio"]),
        ("By Juan Carlos Colorado", ["Juan Carlos Colorado"]),
        ("By Maria Clara Victoria", ["Maria Clara Victoria"]),
        # the section's label between a name in capitals and the page's date
        ("by KEVIN OTIENO News 24 October 2024 - 13:20", ["KEVIN OTIENO"]),
        ("By Jane Roe 12 april 2023", ["Jane Roe"]),
        ("By MARY ANN Smith 24 October 2024", ["MARY ANN Smith"]),
    ],
)
def test_place_after_the_writers_name(line: str, names: list[str]) -> None:
    found = parse_byline(line)
    assert found is not None and found.names == names


def test_a_credit_over_the_caption_with_the_by_line_under_it_is_no_byline():
    from archiver.extract.wire_text import parse_wire_text

    # the photographer's credit over the lead picture's caption, the "By" line under it: the
    # names without "By" are not the writer (what the credit reads as is not asserted here)
    text = (
        "mlive.com\n\nWyoming council approves $1.4 million splash pad for Lamar Park\n\n"
        "DEVON ASHGROVE, MLIVE.COM\n"
        "Children play in the fountain at Lamar Park in Wyoming on Monday, June 2, 2025. The city"
        " plans to replace it with a larger splash pad next summer.\n"
        "By Renata Obuya, mlive.com\n"
        "Updated: Jun. 4, 2025, 7:02 a.m. | Published: Jun. 4, 2025, 6:30 a.m.\n\n"
        "WYOMING, Mich. -- City council on Monday approved a $1.4 million plan to replace the aging"
        " fountain at Lamar Park with a splash pad open to children of all abilities.\n\n"
        "The city will pay for the project with a state grant and money from its parks millage.\n"
    )
    parsed = parse_wire_text(text, None)
    assert parsed.byline is not None and parsed.byline.names == ["Renata Obuya"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Oregonian/OregonLive", True),
        ("Times/Herald Tallahassee Bureau", True),
        ("NOLAN PRICE/STAFF", False),
        ("Rosalind Peake / The Times", False),
        ("AFP/Getty Images", False),
        ("Nordic Press/Getty", False),
    ],
)
def test_is_outlet_pair(text: str, pair: bool) -> None:
    from archiver.extract.bylines import is_outlet_pair

    assert is_outlet_pair(text) is pair
