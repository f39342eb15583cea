"""Page-top lines that are neither headline nor story: running heads, print bars, transcript
furniture, age notices."""

from __future__ import annotations

import pytest

from archiver.extract.pagetops import is_front_folio, is_page_top, is_print_bar, is_running_head


@pytest.mark.parametrize(
    "line",
    [
        "B2 THE NEW YORK TIMES, WEDNESDAY, FEBRUARY 11, 1987",
        "The Milwaukee Sentinel - Mar 4, 1982",
        "The Daily Argus, Tuesday, May 3, 1955 — Page 7",
        "A14 THE EVENING LEDGER, FRIDAY, OCTOBER 3, 1975",
        "Lakeport Herald, 9 June 1968, page 3",
        "Financial Times (London, England), Tuesday, 9 November 1993, p. 4",
        "Chicago Tribune, Sunday, May 1, 1977, Section 2, Page 4",
        "Page 6 - The Tribune - Monday, June 7, 1965",
        "OMAHA WORLD-HERALD Thursday, October 13, 1988 Page 17",  # a hyphenated paper's name
        "A-6 THE EVENING STAR, Washington, D. C., Tuesday, March 3, 1964",  # its place
        # the parts in other orders, set apart by bars, with ornaments, site and price
        "THE EVENING STAR, WASHINGTON, D. C., MONDAY, JULY 27, 1953 * *",
        "A-18 SUNDAY, APRIL 13, 2003 THE RECORD",
        "THE PANTAGRAPH, Bloomington, Ill., Friday, January 16, 1987 A3",
        "B1 THE DAILY GLEANER | FREDERICTON, N.B. | SATURDAY, MAY 3, 2008 | $1.25",
        "6C | Thursday, October 2, 2014 | THE COURIER-JOURNAL | BUSINESS/MONEY",
        "LAKE COUNTY NEWS | Friday, July 9, 2010 | LAKECOUNTYNEWS.COM",
    ],
)
def test_running_heads(line):
    assert is_running_head(line)
    assert is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "Town Marks Flood of March 4, 1982",
        "Ceasefire signed in Geneva, March 4, 1982",
        "Herald, March 4, 1982",  # one word and no page: too little to go on
        "The paper went to press on March 4, 1982",
        # a writer's name and date set apart by a bar is a byline's stamp, not a folio
        "JANE ROE | Friday, January 16, 1987",
        "Jane Roe | Friday, January 16, 1987",
        "Posted Friday, January 16, 1987",
        "The council met Friday, January 16, 1987 A3",  # words of a sentence around it
        "Updated Friday, January 16, 1987 10:42",
        "Premium Times · Thursday, 22 May 2025",  # a site's stamp: no page
        # a writer's name, a stamp's label, a time or a count beside the date: a byline's
        # or a web page's stamp, however folio-like its parts are laid out
        "By JANE ROE | Monday, March 3, 2014 | 3",
        "Jane Roe Monday, March 3, 2014 10",
        "KENJI ROE  Staff Writer  Thursday, June 5, 2014  3",
        "Published Tuesday, May 2, 2017 | Updated 4",
        "Sunday, March 5, 2006 11 AM",
        "Sunday, March 5, 2006 12 Comments",
    ],
)
def test_headlines_with_a_date_are_no_running_heads(line):
    assert not is_running_head(line)


def test_print_bars_and_notices():
    assert is_print_bar("English.news.cn [Print] [Close]")
    assert is_print_bar("[Print this page] [Close window]")
    assert not is_print_bar("Police say [the suspect] fled on foot toward the river bank")
    assert is_page_top("Return to Transcripts main page")
    assert is_page_top("This was published 2 hours ago")
    assert is_page_top("This article is more than 5 years old")
    assert is_page_top("Browse this newspaper » Browse all newspapers »")
    assert not is_page_top("« Nous avons gagné »")
    assert not is_page_top("This was published in the journal Nature last week.")


def test_author_bio_lines_and_new_page_top_labels():
    from archiver.extract.bylines import is_author_bio

    assert is_author_bio("Bheki Dlamini is a political reporter at Daily Maverick.")
    assert is_author_bio("Ana Ruiz is an award-winning health correspondent for The Paper")
    assert not is_author_bio("The mayor is a former reporter who covered the council for years.")
    assert not is_author_bio("Jane Roe is expected to testify on Tuesday.")
    assert is_page_top("This article is part of the USA TODAY Network")
    assert is_page_top("Archives | 1987")
    assert is_page_top("European Commission - Press release")
    assert is_page_top("IP/09/412")
    assert not is_page_top("Press releases show the council spent more on travel")


def test_text_browser_marks_and_one_line_menus():
    from archiver.extract.masthead import is_nav_row

    assert is_page_top("[image]")
    assert is_page_top("[                    ] Search")
    assert not is_page_top("[Updated] Council votes on budget")
    assert is_nav_row("News Sport Business Opinion Weather")
    assert is_nav_row("News Sport Weather Business")
    assert not is_nav_row("Climate Change Hits Farms")
    assert not is_nav_row("Business Leaders Meet Today")


def test_paper_names():
    from archiver.extract.pagetops import is_paper_name

    assert is_paper_name("The Northern Echo")
    assert is_paper_name("Neue Zürcher Zeitung")
    assert is_paper_name("読売新聞オンライン")
    assert is_paper_name("Chicago Tribune")
    assert not is_paper_name("Fire Hits The Herald")
    assert not is_paper_name("Ferry fares rise")
    assert not is_paper_name("Times")
    # magazines' names end in their own words
    assert is_paper_name("Condé Nast Traveller")
    assert is_paper_name("Globe Trekker Monthly")
    assert not is_paper_name("Visitors Shun The Magazine")  # a headline's small word inside


def test_feed_reader_furniture():
    assert is_page_top("RFE/RL - Central Asia (42)")
    assert is_page_top("☆ Star")
    assert is_page_top("Mark as unread")
    assert not is_page_top("Mark as unread messages were lost, the court heard")


def test_feed_reader_counts_and_item_ages():
    for line in (
        "Todos los artículos · 24 sin leer",
        "All articles · 24 unread",
        "12 non lus",
        "Kieler Nachrichten · vor 2 Std.",
        "Prensa Latina · hace 3 h",
        "BBC News · 2 hours ago",
        "Le Monde · il y a 5 min",
    ):
        assert is_page_top(line), line
    for line in (
        "Fed holds rates · 24 new",  # a count with no unread word
        "Premium Times · 22 May 2025",  # a date, not an age: the page's stamp, read elsewhere
        "24 unread letters found in attic",  # a headline that opens with a count
    ):
        assert not is_page_top(line), line


@pytest.mark.parametrize(
    "line",
    [
        "<Metals Desk News>",  # a feed's or wire channel's header
        "<Energy Wire>",
        "[Home] [Politics] [Economy] [Archive]",  # bracketed links
        "[Top of page]  [Next story]",
    ],
)
def test_channel_headers_and_bracketed_links(line):
    assert is_page_top(" ".join(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Gold <XAU=> climbs to record as dollar slips",  # a code inside a headline
        "<3 tips for a cheaper commute",  # not a header in brackets
        "[Updated] Flood waters rise in the valley",  # a bracketed tag before a headline
        "[1] [2] [3]",  # footnote marks, not links
    ],
)
def test_bracketed_text_that_is_no_page_top(line):
    assert not is_page_top(line)


def test_bracketed_menu_is_a_nav_row():
    from archiver.extract.masthead import is_nav_row

    assert is_nav_row("[Home] [Politics] [Economy] [Culture] [Sports]")
    assert not is_nav_row("[Home] [Politics] [Why the vote was delayed again]")


def test_edition_taglines():
    from archiver.extract.roles import _site_line

    assert _site_line("English Edition - Daily News Bulletin")
    assert _site_line("Arabic Service")
    assert not _site_line("Greek edition of cookbook tops the bestseller list")
    assert not _site_line("English Edition Sells Out")


def test_paper_with_its_place_in_brackets():
    from archiver.extract.pagetops import is_page_top, is_paper_with_place

    assert is_paper_with_place("The Tennessean (Nashville, TN)")
    assert is_paper_with_place("Lexington Herald-Leader (KY)")  # two papers' words joined
    assert is_page_top("Tampa Bay Times (St. Petersburg, FL)")
    assert not is_paper_with_place("Jones Named All-Star (NBA)")  # "All" is no paper's word
    assert not is_paper_with_place("Fire guts the Post (update)")
    assert not is_paper_with_place("Ottawa Citizen")  # no place: is_paper_name's question


def test_source_row_of_date_and_paper():
    from archiver.extract.pagetops import is_page_top, is_source_row

    row = "April 12, 2017 | Tampa Bay Times (St. Petersburg, FL) | Steve Bousquet | Page 1B"
    assert is_source_row(row)
    assert is_page_top(row)
    assert not is_source_row("Politics | Tampa Bay Times | Opinion")  # no date: a menu's row
    assert not is_source_row("April 12, 2017 | Senate panel backs limits | Steve Bousquet")


def test_logo_word_and_network_notice():
    from archiver.extract.pagetops import is_logo_word

    assert is_logo_word("azcentral.")
    assert not is_page_top("dock.")  # a narrow column's last word: only a page's first line
    assert not is_logo_word("Azcentral.")  # a capitalised word: a sentence's, perhaps
    assert is_page_top("part of the USA TODAY Network")
    assert not is_page_top("part of the bridge collapses")


@pytest.mark.parametrize(
    "line",
    [
        "AM-Quake-Freeway, 1st Ld-Writethru,a0412,0678",
        "BC-Iraq-Bombing,0532",
        "PM-Dam-Repairs, 2nd Ld-Writethru,a0611,0412",
        "BC-US--Budget, Bjt,a0123",
    ],
)
def test_wire_slug_lines_are_page_tops(line):
    from archiver.extract.pagetops import is_page_top

    assert is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "PM-Led Talks Stall, 1200 Jobs at Risk",  # a spaced headline after the hyphen
        "AM-Radio, FM Stations Merge",  # no story number or word count
        "AM-Quake-Freeway",  # the keyword alone: no comma-set parts
    ],
)
def test_slug_shaped_headlines_are_no_page_tops(line):
    from archiver.extract.pagetops import is_page_top

    assert not is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "BC-Retail Sales, 2nd Ld-Writethru",
        "AM-Budget Vote, Advisory",
        "BC-US--Congress-Budget, 1st Ld-Writethru",
        "PM-Storms-Iowa, Writethru",
    ],
)
def test_a_wire_slug_with_its_version_and_no_number_is_a_page_top(line):
    assert is_page_top(line)


@pytest.mark.parametrize(
    "line",
    ["BC-Hydro, Union Reach Deal on Dam Overtime", "AM-Radio Hosts, Advisers Split on Ban"],
)
def test_a_headline_opening_with_bc_or_am_is_no_slug(line):
    assert not is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "BC-FLOODS 2ndLd-Writethru 03-11 0512",  # UPI's selector without priority letters
        "r a BC-Floods 03-11 0512",
        "BC-TRADE 03-11 0448",
        "CP-Transit-Strike-Winnipeg, 2nd Writethru",  # the agency's code opens the keyword
        "CP-Hockey-Oilers, Writethru 2",
        "BC-EU--Spain-Drought",  # AP's category and keyword alone
        "BC-US--Puerto Rico-Power",
        "AP-LA--Mexico-Election, 1STLD-WRITETHRU",
        "Eds: UPDATES with comment from union president. Photos available.",
        "(Eds: adds reaction from trade ministry in paras 4-5)",
        "(EDITORS: Embargoed until 0001 GMT Thursday)",
        "(Eds note: corrects spelling of minister's name in para 3)",
        "ATTN EDITORS: Adds photos",
        "(ATTN: UPDATES with details in paras 3-6; ADDS photo)",  # Yonhap's, in brackets
        "Chile-mining-strike,LEAD",  # AFP's keyword and the story's kind
        "Brazil-election-Lula,WRAPUP,2NDLEAD",
    ],
)
def test_wire_envelope_lines_are_page_tops(line):
    assert is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "UN-Backed Talks, 3rd Round, Open in Geneva",  # an ordinal, but no desk's version
        "EU-China summit 2024",  # a year is no date and word count
        "AM-Quake-Freeway",  # one hyphen each: the keyword alone could be a title
        "BC-Hydro Writethru Policy Draws Fire",  # the word inside a headline, no comma-set part
        "Ed: I think the council got it wrong.",  # an interview's speaker, not "Eds:"
        "Editor's note: This story was first published in 2019.",
        "(Editor's note: names have been changed)",
        "Attn: the reader",
        "ATTN: Customer services",  # "ATTN" alone is a note's label only in brackets
        "Pro-EU parties lead, polls show",  # a space after the comma: a headline's clause
        "Anti-war protest,LEAD singer arrested",
    ],
)
def test_headlines_and_notes_shaped_like_the_envelope_are_no_page_tops(line):
    assert not is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "THE MORNING CALL · Tuesday, March 5, 2019 · B2",
        "The Plain Dealer • Sunday, June 2, 2002 • A14",
        "B2 · THE MORNING CALL · Tuesday, March 5, 2019",
    ],
)
def test_a_folio_set_with_middle_dots_is_a_running_head(line):
    assert is_running_head(line)


def test_parts_between_middle_dots_without_a_date_are_no_running_head():
    assert not is_running_head("Parks · Pools · Libraries: What the levy would pay for")
    assert not is_running_head("The Daily Herald · Opinion · Letters")


@pytest.mark.parametrize(
    "line",
    [
        "FORTIETH YEAR ; DALTON, NORTH DAKOTA, SATURDAY, JANUARY 1, 1921 PRICE FIVE CENTS",
        "76th YEAR, No. 92   MILL CREEK. COLORADO, FRIDAY, JANUARY 1, 1965   10 CENTS",
        "VOL. LXII. NO. 19,118. DARLINGTON, MONDAY, MAY 6, 1912. PRICE ONE PENNY",
        "Vol. 3, No. 14 Goulburn, Wednesday, 4 July 1923 Price 2d.",
        "OGDEN, UTAH, WEDNESDAY, MARCH 4, 1953 5 CENTS",
        "VOL. XII, NO. 44 TOWNSVILLE, THURSDAY, AUGUST 14, 1947",  # no price: in capitals
    ],
)
def test_front_page_folio_lines(line):
    assert is_front_folio(line)
    assert is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "Stamp price rises to 5 cents on Friday, January 1, 1965",  # a headline's sentence
        "Vol. 3, No. 14, Friday, March 4, 2022",  # a newsletter's issue line, no price
        "Friday, January 1, 1965",  # a date alone
        "PRICE FIVE CENTS",  # a price with no date
    ],
)
def test_lines_that_are_no_front_page_folio(line):
    assert not is_front_folio(line)


@pytest.mark.parametrize(
    "line",
    [
        "[archived from Patch mobile site, 5 Mar 2025]",
        "[Captured 12 May 2024 from the app]",
        "[Screenshot transcribed by the desk, 3 June 2024]",
        "[saved from the e-edition]",
    ],
)
def test_the_archivists_bracketed_note_on_the_copy(line):
    assert is_page_top(line)


@pytest.mark.parametrize(
    "line",
    [
        "[Updated] Council approves budget after late-night session",  # text after the bracket
        "Archived papers show the mayor knew of the leak",  # a headline, no bracket
        "[Savings tips from readers, part two]",  # no capture word opens it
        # an editor's note in the story, a sentence on its stop
        "[Copy of the mayor's letter, obtained by the Gazette, is below.]",
        "[Printed as submitted. Letters are edited only for length.]",
        "[Copy of the letter below]",  # "copy" alone opens the editor's
    ],
)
def test_bracketed_labels_that_are_no_capture_note(line):
    assert not is_page_top(line)


@pytest.mark.parametrize(
    ("line", "ear"),
    [
        ("FINAL EDITION   $4.00   JSONLINE.COM", True),
        ("SUNDAY EDITION $3.50 LAKESHOREHERALD.COM", True),
        ("LATE CITY EDITION 75¢", True),
        # a headline in capitals naming an edition: no price, no address
        ("PAPER PRINTS ITS FINAL EDITION AFTER 140 YEARS", False),
        # an edition named in a mixed-case headline
        ("Sunday edition costs $4.00 from today", False),
        # a headline in capitals with an edition and a price among its words
        ("LIMITED EDITION NIKES RESELL FOR $90 OVER RETAIL", False),
        ("SPECIAL EDITION OF GAZETTE.COM LAUNCHES FOR CITY'S 200TH", False),
        ("FINAL EDITION | SUNDAY, APRIL 13, 2025 | $4.00", True),
    ],
)
def test_edition_ear(line: str, ear: bool) -> None:
    from archiver.extract.pagetops import is_edition_ear

    assert is_edition_ear(line) is ear
