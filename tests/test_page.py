"""Whole-page pastes: date stamps, menu items and the page's headline (extract/page.py)."""

from __future__ import annotations

import pytest

from archiver.extract.chrome import is_consent_or_nav
from archiver.extract.masthead import capitalised_row, is_nav_row, is_spaced_row
from archiver.extract.page import (
    _dateline_paragraph,
    find_page_headline,
    is_capture_header,
    is_date_stamp,
    is_first_person_bio,
    is_menu_item,
    is_readers_call,
    is_summary_label,
)
from archiver.extract.roles import chrome_flags


@pytest.mark.parametrize(
    "line",
    [
        "Updated 10:42 PM CDT, April 8, 2025",
        "Publié le 14/09/2025 à 17:08",
        "Thursday October 16 2025, 6.00pm BST, The Times",
        "Issued on: 03/02/2026 - 14:12",
        "2 days ago",
        "Today at 21:30",
        "National 14:05 May 20, 2025",
        "Jun - 14 - 2021 , 09:30",
        "14-Jun-2021 09:30",
        "Jun/14/2021",
        # each time's short and long forms glued together, as the ABC prints them
        "Posted Mon 4 Mar 2024 at 6:15amMonday 4 Mar 2024 at 6:15am, updated Mon 4 Mar 2024"
        " at 11:02amMonday 4 Mar 2024 at 11:02am",
    ],
)
def test_page_date_stamps(line: str) -> None:
    assert is_date_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council met on May 20, 2025, to approve the plan after a long debate.",
        "Copper climbs to three-month high as Chilean mine strike drags on",
        "Orders placed 14-Jun-2021 were shipped late, the company said in its statement.",
        "The ferry left at 6:15am Monday and reached the island at 6:15am Tuesday after the"
        " storm had closed the harbour for most of the night.",
    ],
)
def test_sentences_are_no_date_stamps(line: str) -> None:
    assert not is_date_stamp(line)


def test_menu_items_are_short_labels() -> None:
    assert is_menu_item("World News") and is_menu_item("D.C., Md. & Va.")
    assert not is_menu_item("Flash flooding strands dozens of drivers on interstate")


def _headline(text: str) -> str | None:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    found = find_page_headline(lines, chrome_flags(lines))
    return None if found is None else lines[found.headline]


def test_page_headline_is_the_line_the_byline_points_to() -> None:
    menu = "\n".join(["Skip to main content", "AP Logo", "World", "U.S.", "Politics", "Sports"])
    text = f"{menu}\nU.S. NEWS\nFerry stalls in fog, stranding 140 commuters\nLeave a comment\nBy JANE ROE\n"
    assert _headline(text) == "Ferry stalls in fog, stranding 140 commuters"


def test_the_headline_stands_under_the_sites_menu_row() -> None:
    # copy with no blank line: the site's tagline runs on into the menu printed on one line,
    # a section label and the headline; the tagline over the menu is no headline
    text = (
        "The Kestrel Times\nOnline Edition of the Kestrel Valley's Daily Newspaper\n"
        "Home | News | Business | Sport | Opinion | Features | Video | E-Paper\nBreaking News\n"
        "Ferry fares to rise by a fifth from next month, operator says\n"
        "14 May 2023 09:12 am - 2 - 418\nBy Nadia Perera\n"
    )
    assert _headline(text) == "Ferry fares to rise by a fifth from next month, operator says"


def test_clean_copy_is_no_page() -> None:
    text = "Dam fails\n\nBy Oriel Masterson\n\nKAFUE, Zambia (Reuters) - A dam failed on Thursday after days of rain, officials said.\n"
    assert _headline(text) is None


def test_menus_kept_apart_by_their_spacing() -> None:
    from archiver.extract.masthead import is_spaced_row

    for raw in (
        "News   Live & Programs   Learn Japanese   Radio   Disaster Info",
        "Home   Front Page   Taiwan News   Business   Editorials   Sports",
        "NEWSINFO   GLOBAL NATION   BUSINESS   LIFESTYLE",
        "Business   Automobiles",  # two items, one a menu's word, wide apart
        "Home  World  U.S.  Politics  Markets  Real Estate",  # a section by its initials
        "News  Products  Contact  Sign Up  Send a Release",  # an item with an article
        "CANOE Network:  CNEWS  CANOE  SLAM!  MONEY",  # the row's label, a brand's mark
    ):
        assert is_spaced_row(raw), raw
    for raw in (
        "Storm Knocks Out Power  Across Three Counties",  # a headline with a double space
        "By Ilse Marchetti  |  Valley Public Radio",  # a byline spaced out
        "Jane Roe   Paris",  # two items, neither a menu's word
        "OMAHA WORLD-HERALD   Thursday, October 13, 1988   Page 17",  # a running head
        "ALGERIA        0.64           0.64        0.635",  # a table's row
        "News Politics Metro Plus Sports",  # no spacing kept: is_nav_row's to judge
        "Rates rise.  Markets  Fall  Again",  # a sentence's stop is no initialism
        "Mayor  Sees  a  Way  Out  of  the  Strike  at  2pm",  # a figure in an item
        "Update:  Flooding closes schools  across the region.",  # a label over a sentence
    ):
        assert not is_spaced_row(raw), raw


def test_account_buttons_and_section_paths() -> None:
    from archiver.extract.chrome import is_account_line, is_chrome
    from archiver.extract.masthead import is_section_path

    for line in ("Subscribe Log in", "Sign in | Register", "Se connecter S'abonner", "Log in"):
        assert is_account_line(line) and is_chrome(line), line
    for line in ("Subscribe to our plan, says minister", "Register now for the marathon"):
        assert not is_account_line(line), line
    assert is_section_path("NEWSINFO / NATION")
    assert is_section_path("News/World")
    assert not is_section_path("JANE ROE / AFP")
    assert not is_section_path("Dallas/Fort Worth")


def test_sharing_buttons_and_stamps_ending_in_an_hour() -> None:
    from archiver.extract.page import _TOOL_LINE

    for line in (
        "Click to share on X (Opens in new window)",
        "Click to print (Opens in new window)",
        "Portrait of Marisol Etxeberria",
        "Printer Friendly Page  Send this Article to a Friend",
        "Send this story to a friend",
    ):
        assert _TOOL_LINE.match(line), line
    assert not _TOOL_LINE.match("Send this article to a friend who runs a bakery")
    assert not _TOOL_LINE.match(
        "Portrait of a town that turned down 400 new homes in a single vote"
    )
    assert is_date_stamp("12 mar 2025 . Actualizado a las 06:00 h.")
    assert is_date_stamp("Actualizado 08/10/2024 a las 05:00 h.")
    # a sentence that ends on the hour is story, not a stamp
    assert not is_date_stamp("El tren saldrá el 8 de octubre a las 05:00 h.")


def test_a_long_menu_row_with_its_spacing_lost() -> None:
    from archiver.extract.masthead import is_nav_row

    row = "Home Latest Gulf Opinion Business World Sport Magazines Tech Prism Videos Editorial"
    assert is_nav_row(row)
    for line in (
        "Oil Prices Jump Saudi Output Cut Rattles Markets Again",  # few menu words
        "World Leaders Meet In Paris For Climate Business Talks",  # a headline's small words
        "World Business Politics Sport Tech Video Culture Results 2024",  # a figure
    ):
        assert not is_nav_row(line), line


def test_a_gallery_instruction_is_no_headline() -> None:
    from archiver.extract.page import _TOOL_LINE

    for line in (
        "Click on the photo to start animation. Go back to the initial screen.",
        "Tap the image to enlarge it",
    ):
        assert _TOOL_LINE.match(line), line
    for line in (
        "Click and collect to end at high-street chain",  # a headline
        "Tap water to be cut off in east district for repairs",
    ):
        assert not _TOOL_LINE.match(line), line


@pytest.mark.parametrize(
    "row",
    [
        "Local News | Weather | Traffic | WXTV 9 Investigates | Verify",  # a brand's figure
        "Metro24 > KwaZulu-Natal > Local News",  # a site's name with a figure, as a crumb
        "World politics | Business & finance | Economics | Science & technology | Culture",
    ],
)
def test_menu_rows_with_brand_and_sentence_case_items(row: str) -> None:
    assert is_nav_row(row)


@pytest.mark.parametrize(
    "raw",
    [
        "News  Sport  Weather  iPlayer  TV  Radio  More",  # a brand's lower-case first letter
        "HOME  NEWS  SPORTS  OPINION  ¡EN ESPAÑOL!",  # a language's name in its marks
        "Congress  White House  2020 Elections  Magazine  Jobs",
        "NORTHNET Network:  NEWS  SPORTS!  MONEY  TRAVEL",  # the row's label first
    ],
)
def test_spaced_menu_rows_with_brand_items(raw: str) -> None:
    assert is_spaced_row(raw)


@pytest.mark.parametrize(
    "line",
    [
        "Storm Dora | Schools shut, roads closed | Power cut to 40,000 homes",
        "Fed holds rates | Stocks rally | Oil slips",  # pieces of a headline: no section's name
        "Budget 2024 | Tax cuts | Pensions",  # three items, one a section's name
        "Rates rise | Stocks fall | Oil slips | Gold gains | Dollar flat",
    ],
)
def test_headlines_cut_by_bars_are_no_menu_rows(line: str) -> None:
    assert not is_nav_row(line)
    assert not is_spaced_row(line.replace(" | ", "   "))


def test_consent_banner_heading_and_notice() -> None:
    assert is_consent_or_nav("Cookies on the Northern Herald website")
    assert is_consent_or_nav(
        "The Herald has updated its cookie policy. We use cookies to ensure that we give you"
        " the best experience on our website."
    )
    assert not is_consent_or_nav("Cookies on the menu as school canteens reopen")
    assert not is_consent_or_nav("Bakers sell cookies on the site of the old mill")


def test_skip_links_run_together_with_the_site_index_link() -> None:
    assert is_consent_or_nav("Skip to contentSkip to site index")
    assert is_consent_or_nav("Skip to main content Skip to site navigation")
    # near-miss: a headline about a site is no skip link
    assert not is_consent_or_nav("Skip to content: how readers bypass paywalls")


def test_a_photographer_s_e_mail_line_is_never_the_page_headline() -> None:
    menu = "\n".join(["The Lake Courier", "Home", "Local", "Sports", "Business", "Opinion"])
    text = (
        f"{menu}\n\nHarbor seawall repairs to cost $6 million as winter storms return\n\n"
        "City engineers say two more stretches of the wall are at risk.\n\nshare\nprint\nmore\n\n"
        "PETER HOLMQVIST • peter.holmqvist@lakecourier.com\n"
        "Waves broke over a damaged section of the harbor seawall near the ore docks on Friday.\n"
    )
    assert _headline(text) == "Harbor seawall repairs to cost $6 million as winter storms return"


def test_page_stamp_with_its_modified_time_after_a_bar() -> None:
    assert is_date_stamp(
        "Originally published March 9, 2011 at 7:15 PM | Page modified March 9, 2011 at 11:02 PM"
    )


def test_skip_links_run_together_and_a_search_box_note_are_page_chrome() -> None:
    assert is_consent_or_nav("Content Skip to Main ContentAccessibility Help")
    assert is_consent_or_nav(
        "When search suggestions are available use up and down arrows to review and enter to"
        " select."
    )
    assert not is_consent_or_nav("Rescuers skip to the next village as floods rise")


def test_a_readers_call_with_a_telephone_number() -> None:
    assert is_readers_call("Share your experiences of the storm. WhatsApp: +44 7700 900123")
    assert is_readers_call("Send us your tips on +1 (202) 555-0143")
    assert not is_readers_call("Shares jump +12% as profits beat forecasts")
    assert not is_readers_call("Oil rises 2% to $84 a barrel")


def test_summary_labels() -> None:
    assert is_summary_label("Summary") and is_summary_label("Key points:")
    assert not is_summary_label("Summary of the report released on Monday")


@pytest.mark.parametrize(
    "row",
    [
        "D.C. Maryland Virginia Education Transportation Weather",
        "News Sports Huskers Opinion Obituaries e-Edition",  # a brand's lower-case letter
        "Just In Senate House Courts Campaign",  # a section named with a small word
        "Home UK World Politics US Climate Science & Tech Business",
    ],
)
def test_capitalised_rows_of_section_names(row: str) -> None:
    assert capitalised_row(row) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Why Hotels Are Quietly Dropping Resort Fees",  # Title Case keeps its small words
        "Fed Officials Signal Patience on Rate Cuts as Inflation Lingers",
        "Dow Jumps 500 Points",  # a figure
        "World Leaders Meet.",
    ],
)
def test_title_case_headlines_are_no_capitalised_rows(line: str) -> None:
    assert capitalised_row(line) is None


def test_a_menu_row_under_the_masthead_is_no_headline_over_the_page_stamp() -> None:
    text = (
        "Channel Nine News\nU.S. Politics Media Opinion Entertainment\n\n"
        "Published May 9, 2023 10:41am EDT\n"
        "Arizona county finds 2,000 uncounted mail ballots in storage room\n\n"
        "By Ellen Marsh | Channel Nine News\n"
    )
    assert _headline(text) == "Arizona county finds 2,000 uncounted mail ballots in storage room"


def test_a_contributor_s_lines_under_the_name() -> None:
    assert is_first_person_bio("I write about the business of travel.")
    assert is_first_person_bio("I cover energy markets from Houston. FULL BIO")
    assert not is_first_person_bio("I Was a Refugee. Now I Run the Camp")


def test_a_headline_in_capitals_is_no_capitalised_row() -> None:
    assert capitalised_row("CITY BUDGET PLAN CUTS LIBRARY HOURS") is None
    assert capitalised_row("LOCAL SPORTS BUSINESS OPINION ENTERTAINMENT TRAVEL") is not None


def test_page_last_updated_is_a_stamp():
    from archiver.extract.page import is_date_stamp

    assert is_date_stamp("Page last updated at 14:22 GMT, Saturday, 9 October 2010 15:22 UK")
    assert not is_date_stamp("Page last updated at the council's meeting on 9 October 2010.")


def test_title_case_headline_is_no_menu_item():
    from archiver.extract.page import _display_title

    assert _display_title("Kenya's Deadly Tribal Divide")  # a name's possessive
    assert _display_title("Sony's Reader PRS-505 hands-on")
    assert not _display_title("Editor's Picks")  # a menu's possessive
    assert not _display_title("Things to Do")  # a menu's words joined
    assert not _display_title("The Globe and Mail")  # an outlet's name, however joined
    assert not _display_title("Nadia Fraser Telecom reporter")  # a writer and her title
    assert _display_title("The Last Days of Aristide", over_long_deck=True)
    assert not _display_title("The Last Days of Aristide")  # no deck to tell it from a name's


def test_items_row_of_four_may_hold_a_longer_item():
    from archiver.extract.page import is_items_row

    assert is_items_row("Menu | Weekly edition | The world in brief | Search")
    assert not is_items_row("Analysis | Senate backs the farm aid bill | The Post")
    assert not is_items_row("Home | The world in brief | Search")  # three: three words each


def test_headline_broken_by_a_fixed_width():
    from archiver.extract.roles import _hard_wrapped_tail

    body = "The county paid a private firm for inspections of twelve bridges ok"
    wrapped = ["County Paid $2.3 Million for Bridge Inspections That Were Never", "Carried Out"]
    assert _hard_wrapped_tail([*wrapped, "", body], 0)
    short = ["Council Backs Budget After Long Night of Debate", "Members Split Over Transit"]
    assert not _hard_wrapped_tail([*short, "", body], 0)  # room left on the line: a deck
    dated = ["County Paid $2.3 Million for Bridge Inspections That Were Never", "March 4, 2015"]
    assert not _hard_wrapped_tail([*dated, "", body], 0)


def test_text_size_control_and_newsletter_button_are_tools():
    from archiver.extract.page import is_nav_line

    assert is_nav_line("Font size: A A A | Print | Send")
    assert is_nav_line("Subscribe to our newsletter")
    assert not is_nav_line("Subscribers to the newsletter fell by half in a year, figures show")


def test_menu_row_set_with_spaced_hyphens():
    assert is_nav_row("Home - News - Business - Sports - Entertainment - Africa - Opinions")
    assert not is_nav_row("OIL OUTPUT SEEN LOWER - ANALYSTS")  # one dash: a wire's source
    assert not is_nav_row("Markets - Oil - Gold - Shares: what moved prices on Friday")


@pytest.mark.parametrize(
    ("line", "story"),
    [
        (
            "BANGKOK: Thailand's prime minister survived a no-confidence vote in parliament"
            " on Wednesday after three days of debate.",
            True,
        ),
        (
            "Nairobi — More than 12,000 families have been displaced by floods in Tana River"
            " County, the Kenya Red Cross said on Monday.",
            True,
        ),
        # near misses: a menu row that reads as a dateline alone, a headline with a dateline
        ("HOME | NEWS | SPORTS | BUSINESS | OPINION | LIFE | ENTERTAINMENT | OBITUARIES", False),
        ("PARIS (AFP) - Strikes spread to refineries", False),
    ],
)
def test_a_dateline_paragraph_is_the_story_never_the_headline(line: str, story: bool) -> None:
    assert _dateline_paragraph(line) is story


@pytest.mark.parametrize(
    "line",
    [
        # the first stamp with no lead word, the second right after its time (South Asian
        # and Gulf papers' "Last update on:" / "Last updated:")
        "Fri Jan 7, 2022 08:30 AM Last update on: Fri Jan 7, 2022 11:05 AM",
        "Jan 7, 2022 20:30 Last updated: Jan 7, 2022 23:05",
        "7 January 2022 08:30 IST Updated: 7 January 2022 11:05 IST",
    ],
)
def test_two_stamps_with_no_mark_between_are_the_page_s(line: str) -> None:
    from archiver.extract.chrome import is_page_timestamp
    from archiver.extract.page import is_date_stamp

    assert is_page_timestamp(line)
    assert is_date_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose on Nov 3, 2021 Last update of the index came Nov 4",
        # "Last" ends in "st" and is no time zone: the split stays after the zone's capitals
        "The list was first published Nov 3, 2021 and last updated: never since",
    ],
)
def test_a_sentence_with_two_dates_is_no_page_stamp(line: str) -> None:
    from archiver.extract.chrome import is_page_timestamp

    assert not is_page_timestamp(line)


def test_a_page_stamp_whole_names_no_writer() -> None:
    from archiver.extract.bylines import parse_byline

    assert parse_byline("Fri Jan 7, 2022 08:30 AM Last update on: Fri Jan 7, 2022 11:05 AM") is None
    found = parse_byline("Jane Roe 08 May 2019")  # a name, then the page's stamp: the writer
    assert found is not None and found.names == ["Jane Roe"]


def test_a_breadcrumb_under_its_label_is_a_menu_row() -> None:
    from archiver.extract.masthead import breadcrumb_headline

    assert is_nav_row("You are here: Home > News > Regional")
    assert is_nav_row("Vous êtes ici : Accueil > Monde > Afrique")
    assert (
        breadcrumb_headline("You are here: Home > World > Floods cut off mountain villages")
        == "Floods cut off mountain villages"
    )
    # the label alone, or a headline that opens with the same words, is no menu
    assert not is_nav_row("You are here: Home")
    assert not is_nav_row("You are here: Inside the old quarter's last tin workshops")


@pytest.mark.parametrize(
    "line, chrome",
    [
        ("Ad Feedback", True),
        ("Why you can trust Sky News", True),
        ("Join ST's Telegram channel and get the latest breaking news delivered to you.", True),
        ("Join our WhatsApp channel", True),
        ("Follow us on Telegram", True),
        # prose naming the same services is no promotion
        ("Join the protest against Telegram bans, activists said.", False),
    ],
)
def test_page_furniture_lines(line, chrome):
    from archiver.extract.chrome import is_chrome

    assert is_chrome(line) is chrome


@pytest.mark.parametrize(
    "line, deck, headline, names",
    [
        (
            "Marta Lindqvist",
            "Cities that made buses free for young people have more riders and fewer cars",
            "Free buses for under-25s sound costly. The cost of doing nothing is higher",
            ["Marta Lindqvist"],
        ),
        (
            "Jane Roe and John Doe",
            "Ministers keep promising a building boom while the councils run out of cash",
            "Councils cannot build homes on goodwill alone. They need money",
            ["Jane Roe", "John Doe"],
        ),
        # a topic's label in Title Case, its words said in the headline: no writer
        (
            "Sewage Pollution",
            "Only one in seven rivers met the standard for good ecological health",
            "Rivers in England fail new pollution tests as sewage spills rise",
            None,
        ),
        ("Housing", "The housing minister said the plan would be ready by spring", "", None),
    ],
)
def test_writer_between_headline_and_standfirst(line, deck, headline, names):
    from archiver.extract.page import writer_over_deck

    assert writer_over_deck(line, deck, headline) == names


def test_read_more_over_a_sentence_heads_no_list_of_stories():
    # "Read more" heads other stories' headlines only when the line under it ends no sentence;
    # over the story's own sentence it is a button in the text, whatever the walk's top line
    from archiver.extract.page import _headline_over_story_list

    lines = [
        "Council passes the harbour budget",
        "By Jane Roe",
        "Read more",
        "The council passed the budget on Tuesday.",
        "Ferry fares to rise in spring",
        "March 12, 2025",
    ]
    chrome = [False, False, True, False, False, False]
    assert _headline_over_story_list(lines, chrome, 2, 4) is None
    listed = [*lines[:3], "Bridge to close for a month", *lines[4:]]
    assert _headline_over_story_list(listed, chrome, 2, 4) == (0, 2)


def test_a_summary_points_wrapped_words_stay_in_the_box():
    # a bullet's words wrapped onto a line of their own (no mark, lower case, under a point
    # that ends no sentence) are the point's, not the end of the box; the headline under the
    # points still ends it
    from archiver.extract.page import _summary_label_over

    lines = [
        "In Summary",
        "• Residents said the water had run brown for weeks before the county",
        "acted on their complaints",
        "• The county has moved to replace the pipes",
        "County orders new water pipes for Kibera estate",
    ]
    assert [_summary_label_over(lines, k) for k in range(1, 5)] == [0, 0, 0, None]
    ended = [*lines[:1], "• Residents said the water had run brown.", "acted on it", *lines[3:]]
    assert _summary_label_over(ended, 2) is None


def test_a_writer_line_is_by_and_a_name_or_a_name_in_a_known_place():
    # the byline over a list of other stories: "By Jane Roe", or ThisDay's "Jane Roe in Abuja"
    from archiver.extract.page import _writer_line

    assert _writer_line("By Jane Roe")
    assert _writer_line("Jane Roe and John Doe in Lagos")
    assert not _writer_line("Jane Roe in Nowhereville")  # no place the gazetteer knows
    assert not _writer_line("Jo in Lagos")  # too short for a name


@pytest.mark.parametrize(
    "raw, row",
    [
        ("Fajr 04:52   Dhuhr 12:21   Asr 15:45   Maghrib 18:20   Isha 19:35", True),
        ("Accra: 31°C  |  USD/GHS 15.20  |  Tuesday, 12 March 2024", True),
        ("NSE ASI 98,345.12 ▲0.4%  |  USD/NGN 1,480  |  Brent $82.10", True),
        # a writer's or a page's stamp, a table's row, a headline: no row of readings
        ("Rosalind Achterberg | February 12, 2024 | 7:00AM", False),
        ("By Vo Hai   February 24, 2026 | 05:20 pm GMT+7", False),
        ("Published: Tuesday | September 8, 2026 | 6:05 AM", False),
        ("    Rouen       210      45        12", False),
        ("Sensex rises 300 points as banks rally; rupee at 83.1", False),
        ("Fed holds rates | Stocks rally | Oil slips", False),
        # the header's weather ear beside a ticker: two parts, the other a label with its
        # colon or a figure reading; beside a headline's clause it is the headline's own
        ("Amman 18°C | Prayer times: Fajr 04:52 Dhuhr 12:01 Asr 15:19", True),
        ("Latest: ZSE All Share closes at 214.6 points | Harare: 27°C", True),
        ("Nairobi: 24°C  |  NSE 20 2,011.4", True),
        ("Delhi 46°C | Schools shut as heatwave tightens its grip on the capital", False),
        ("Mumbai: 39°C  |  Hottest March day in 10 years as city swelters", False),
    ],
)
def test_a_row_of_readings_over_the_headline(raw, row):
    from archiver.extract.masthead import is_readings_row

    assert is_readings_row(raw) is row


_CROMWELL_TOP = "Otago Valley News\nHome | News | Sport | Community | Classifieds | Notices\n\n"


def test_a_credit_word_over_the_lead_pictures_caption_is_no_label_over_the_headline() -> None:
    # "Supplied" over the caption, right over the lead: the headline is above the credit
    lead = "Featherston's library will mark its 150th year with a three-day book fair next month, after volunteers gathered more than 6,000 donated books."
    text = (
        f"{_CROMWELL_TOP}Community\nFeatherston library marks 150 years with book fair\n\n"
        f"Supplied\nVolunteers sort donated books in the Featherston library hall.\n\n{lead}\n"
    )
    assert _headline(text) == "Featherston library marks 150 years with book fair"


@pytest.mark.parametrize(
    "headline",
    [
        # a headline of two sentences, or one over the byline and the stamp, under the hero
        # picture's credit: no caption
        "Cromwell's new pool is open. Here's what it cost.",
        "Cromwell's new pool opens two years late.",
    ],
)
def test_a_credit_word_over_a_headline_with_a_full_stop(headline: str) -> None:
    lead = "The Cromwell Aquatic Centre opened its doors on Saturday, two years late and $4 million over budget."
    text = f"{_CROMWELL_TOP}Supplied\n{headline}\nBy Jane Roe\n18 March 2025\n\n{lead}\n"
    assert _headline(text) == headline


@pytest.mark.parametrize(
    "probe",
    [
        "p14-wrapped-deck-caption.txt",  # a deck wrapped over two lines under the headline
        "p15-wrapped-caption2.txt",  # a caption wrapped over two lines under the headline
    ],
)
def test_a_wrapped_deck_or_caption_is_no_wrapped_headline(probe: str) -> None:
    # (rv54f's probes) the headline is one line; the deck or caption under it goes on in
    # lower case: its first line is no headline's
    text = {
        "p14-wrapped-deck-caption.txt": (
            "Irish Independent\nNews Sport Business Opinion Life\n"
            "Hospital waiting lists hit new record of almost 700,000\n"
            "Figures from the National Treatment Purchase Fund show the number waiting rose by\n"
            "more than 20,000\n"
            "Patients wait in the emergency department at University Hospital Limerick\n"
            "Thu 15 Jun 2023 at 06:30\nEilish O'Regan\n"
            "The number of people on hospital waiting lists has hit a new record of almost 700,000, "
            "according to the latest figures.\nThe figures were published on Thursday.\n"
        ),
        "p15-wrapped-caption2.txt": (
            "RT\u00c9 News\nNews Sport Entertainment Business\n"
            "Storm Babet brings flooding to Cork as river bursts its banks\n"
            "Shopkeepers in Midleton clear water from their premises on Wednesday after\n"
            "flooding\nA car stranded on Main Street in Midleton\nWed 18 Oct 2023 21:10\n"
            "Hundreds of homes and businesses in east Cork have been flooded after the Owenacurra "
            "river burst its banks during Storm Babet, the council said.\nThe Army was called in to help.\n"
        ),
    }[probe]
    headline = _headline(text)
    assert headline is None or not headline.startswith(("Figures from", "Shopkeepers in"))


def test_spaced_points_under_the_sites_menu_are_no_summary_with_the_headline() -> None:
    # (rv54f's probe p22) "Summary" under the site's menu, its lines one blank line apart:
    # the menu row is never the headline
    text = (
        "BBC News\nHome News Sport Weather iPlayer\n\nSummary\n\n"
        "Firefighters tackle a large blaze at a recycling plant in Bolton\n\n"
        "Residents told to keep windows and doors closed\n\n"
        "Recycling plant fire sends smoke across Bolton\n\n2 hours ago\n\n"
        "A large fire at a recycling plant in Bolton has sent a plume of smoke across the town, "
        "with residents told to keep their windows closed.\n\n"
        "Greater Manchester Fire and Rescue Service said 10 engines were at the scene.\n"
    )
    assert _headline(text) != "Home News Sport Weather iPlayer"
    from archiver.extract.page import _summary_label_over

    lines = text.split("\n")
    assert (
        _summary_label_over(lines, lines.index("Recycling plant fire sends smoke across Bolton"))
        is None
    )
    # under a headline, the spaced points are the summary's still
    lines = ["Storm Darragh: Flooding closes roads across Cumbria", "", *lines[3:]]
    assert (
        _summary_label_over(lines, lines.index("Residents told to keep windows and doors closed"))
        == 2
    )


@pytest.mark.parametrize(
    "line",
    [
        "Otago Daily Times e-edition — Page 7 — 14 Feb 2022",
        "Kingston Gleaner community pages — scraped text",
        "Issue 212 • The Whitby Weekly Roundup (newsletter archive)",
        "Kenya Diaspora Times (UK edition)",
        "Evening Express community page — wire",
        "The Bay of Plenty Times via PressReader",
        # a capture's note over the capture: a reader app, a feed's item in a language, a
        # site's scrape, an archive's export, the e-edition service as a part of its own
        "Pocket (reader app)",
        "Der Standard (English RSS item)",
        "Nine.com.au gallery scrape",
        "ProQuest document export",
        "PressReader - The Hindu (Chennai edition) - 2020-01-17",
        "Roanoke Times e-Edition | PressReader",
        "Reader view",
    ],
)
def test_capture_header(line):
    assert is_capture_header(line)


@pytest.mark.parametrize(
    "line",
    [
        # an edition's words after a name the code does not know: a title-case headline
        "Forbes 30 Under 30 — Europe edition",
        "2024 Ford Bronco Review — Heritage edition",
        "Sheriff Auctions Seized Lamborghini (Replica)",
        "Council Approves Budget, Tax Hike — Print Edition",
        "GTA 6 Trailer — Online edition",
        "Monopoly Junior (Replica)",
        # a capture's words glued to a name the code does not know: a headline's own end
        "Riverside Library Opens Community Archive",
        "Firefox Adds Reader Mode",
        # a headline about a dump, a scrape or the service
        "Air National Guard member charged over Discord document dump",
        "Medibank customer records posted in dark web dump",
        "Dutch watchdog fines Clearview over face database built via scraping",
        "Library members get free access to 7,000 newspapers via PressReader",
    ],
)
def test_not_capture_header(line):
    assert not is_capture_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "62° Partly Cloudy | Lexington, KY",
        "🌤 41°F  Naperville, IL",
        "-3°C Snow · Ottawa",
        "72°F Mostly Sunny",
    ],
)
def test_a_weather_widget_is_chrome(line):
    from archiver.extract.chrome import is_chrome

    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "118° and rising in Phoenix",  # a headline's own words after the temperature
        "118° And Rising",  # no sky's word, no place after a bar or as "Town, ST"
        "45°C: Delhi swelters as power cuts spread",
        "Phoenix Hits 118° For First Time",
        "100° Heat Grips Dallas, Fort Worth",  # a place with no bar, no "Town, ST"
        "110° | Phoenix Sets Record",  # after a bar with no sky's word, no "Town, ST"
    ],
)
def test_headlines_with_a_temperature_are_no_weather_widget(line):
    from archiver.extract.chrome import is_chrome

    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("line", "motto"),
    [
        ("Scotland's Best-Selling Quality Newspaper", True),
        ("The Most Widely Read Newspaper in Nigeria", True),
        ("Lexington's News Leader", True),
        ("Local news you can trust", True),
        ("Nigeria's most widely read newspaper cuts its print run", False),
        ("Gannett closes local newspaper", False),
        ("Local news you can trust is disappearing", False),
    ],
)
def test_a_papers_boast_is_its_motto(line, motto):
    from archiver.extract.chrome import is_news_motto

    assert is_news_motto(line) is motto


@pytest.mark.parametrize(
    ("line", "file_caption"),
    [
        ("Lagos State Governor Babajide Sanwo-Olu. Photo: File", True),
        ("The old terminal in 2019. (File photo)", True),
        ("The governor at a rally on Monday. Photo: Ade Bello", False),
        ("Photo: File", False),  # the label alone, no caption
    ],
)
def test_a_file_pictures_caption(line, file_caption):
    from archiver.extract.credits import is_file_caption

    assert is_file_caption(line) is file_caption


def test_stacked_capitals_headline_over_its_deck() -> None:
    """Lines in capitals that join into a headline's sentence over a deck in lower case are
    the headline; a menu's items stacked one a line are not."""
    from archiver.extract.page import _stacked_capitals_over

    lines = [
        "THE HERALD  •  MONDAY",
        "",
        "COUNCIL",
        "SPLITS ON",
        "RIVERFRONT",
        "ARENA PLAN",
        "Mayor's proposal advances 6-5 after four-hour debate",
    ]
    assert _stacked_capitals_over(lines, 6) == 2
    menu = ["THE HERALD", "", "ARTS", "OUT ON THE TOWN", "FOOD", "CITY", lines[6]]
    assert _stacked_capitals_over(menu, 6) is None
    # a Title Case headline under a stack is no deck
    titled = [*lines[:6], "Council Splits on Arena Plan"]
    assert _stacked_capitals_over(titled, 6) is None
    # three lines are a kicker's label as often ("SPECIAL REPORT" / "LIFE ON" / "THE EDGE")
    kicker = ["THE HERALD", "", "SPECIAL REPORT", "LIFE ON", "THE EDGE", lines[6]]
    assert _stacked_capitals_over(kicker, 5) is None
    # sections' labels stacked, a joining word inside a label, not at a line's edge
    labels = ["THE HERALD", "", "CITY HALL", "THINGS TO DO", "HEALTH AND SCIENCE", "LIFE AT HOME"]
    assert _stacked_capitals_over([*labels, lines[6]], 6) is None


def test_menu_row_ending_in_a_firm_named_section() -> None:
    """A menu printed on one line whose last section is named in a firm's style ("Utah
    Inc.") ends on that style's stop, no sentence's: still a menu's row."""
    assert is_nav_row("News Politics Sports Opinion Religion Environment Utah Inc.")
    assert not is_nav_row("Startup Raises Millions From Investors Backing Granite Peak Inc.")


def test_capitals_headline_over_two_lines_is_no_menu() -> None:
    """Two capitals lines holding a phrase, right over a deck, are one headline; a menu's
    sections, a kicker's word or a third capitals line make them the page's."""
    from archiver.extract.page import _capitals_headline_pair
    from archiver.extract.roles import _caps_pair_over_deck

    lines = [
        "PressReader · The Courant · 14 Nov 2023",
        "",
        "TOWN WATER RATES",
        "RISE FOR THIRD YEAR",
    ]
    chrome = [False] * len(lines)
    assert _capitals_headline_pair(lines, chrome, 3, 2) == 2
    assert _capitals_headline_pair(["", "LOCAL NEWS", "HIGH SCHOOL SPORTS"], chrome, 2, 2) is None
    assert (
        _capitals_headline_pair(["", "ANALYSIS", "RENTS CLIMB FASTER THAN PAY"], chrome, 2, 2)
        is None
    )
    assert (
        _capitals_headline_pair(["WORLD", "TOWN WATER RATES", "RISE FOR THIRD YEAR"], chrome, 2, 2)
        is None
    )
    deck = "Utility board says pipe repairs cannot wait any longer"
    assert _caps_pair_over_deck("TOWN WATER RATES", "RISE FOR THIRD YEAR", deck)
    assert not _caps_pair_over_deck("TOWN WATER RATES", "RISE FOR THIRD YEAR", "By Jane Roe")
    assert not _caps_pair_over_deck("THE BIG", "RENTS CLIMB FASTER THAN PAY", deck)


def test_show_label_repeated_from_menu_row() -> None:
    """A show's name at the end (or start) of the menu row above, printed again over the
    story's title, is the page's label; a headline that names the show says more and stays."""
    from archiver.extract.page import _menu_row_item_again

    row = "Local Weather Investigations Consumer Sports NBC 5 Responds"
    lines = ["NBC Chicago", row, "", "NBC 5 Responds", "", "Woodridge man waits for furnace"]
    chrome = [True, True, False, False, False, False]
    assert _menu_row_item_again(lines, chrome, 3)
    assert not _menu_row_item_again(lines, chrome, 5)
    wrapped = [
        "NBC Chicago",
        "Local Weather Investigations Sports",
        "NBC 5 Responds",
        "",
        "NBC 5 Responds",
    ]
    assert _menu_row_item_again(wrapped, [True, True, False, False, False], 4)
    named = [*lines[:3], "NBC 5 Responds wins an Emmy"]
    assert not _menu_row_item_again(named, chrome, 3)
    assert not _menu_row_item_again(
        ["Trending: Sports NBC 5 Responds", "NBC 5 Responds"], [True, False], 1
    )


def test_show_name_inside_menu_row_is_no_writer() -> None:
    """A line read as a person's name that the menu row above lists (anywhere in it, read on
    into the row's wrapped next line) is the show's name, no writer's."""
    from archiver.extract.page import _menu_row_item_again

    row = "Watch Live Weather Traffic Good Morning Arizona Arizona Midday Sports"
    chrome = [True, True, False, False]
    assert _menu_row_item_again(["12News", row, "", "GOOD MORNING ARIZONA"], chrome, 3, inside=True)
    assert not _menu_row_item_again(["12News", row, "", "GOOD MORNING ARIZONA"], chrome, 3)
    split = [
        "Watch Live Weather Traffic Good Morning",
        "Arizona Arizona Midday Sports",
        "",
        "Good Morning Arizona",
    ]
    assert _menu_row_item_again(split, [True, True, False, False], 3, inside=True)
    assert not _menu_row_item_again(["12News", row, "", "Rosa Villalobos"], chrome, 3, inside=True)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ("NATIONAL / SCIENCE & HEALTH", True),
        ("World | Asia", True),
        ("News / Local", True),
        # crumbs that name no menu's section, or a headline after them
        ("Dallas / Fort Worth", False),
        ("Home / India / Monsoon delay hits sowing", False),
        ("NATIONAL", False),
    ],
)
def test_section_path(line: str, path: bool) -> None:
    from archiver.extract.masthead import section_path

    assert section_path(line) is path


def test_wrapped_block_over_deck() -> None:
    from archiver.extract.page import _wrapped_block_over

    lines = [
        "PAPER | MONDAY, OCTOBER 21, 2024 | 1B",
        "",
        "Brookfield bakery's",
        "kringle wins national",
        "pastry honor",
        "",
        "Family business beat 140 entries in Chicago competition",
    ]
    assert _wrapped_block_over(lines, 6) == [2, 3, 4]
    # a menu's items, one a line, each opening in a capital: no sentence carried on
    menu = [*lines[:2], "News", "Sports", "Opinion", *lines[5:]]
    assert _wrapped_block_over(menu, 6) is None
    # a line ending on a colon: a note's, no headline's
    note = [*lines[:2], "Jane Roe 2:16 PM", "full text for the folder:", "", lines[6]]
    assert _wrapped_block_over(note, 5) is None
    # the page's tools broken over lines ("Listen to" / "this article"), or a byline's label
    # ("Opinion by" / "Teodora Vasquez"), over a headline in a sentence's case: no headline
    head = "Harbor town weighs ban on short-term rentals along the waterfront"
    for tools in (["Listen to", "this article"], ["Most read", "stories today"]):
        assert _wrapped_block_over([lines[0], "", *tools, "", head], 5) is None
    assert _wrapped_block_over([lines[0], "", "Opinion by", "Teodora Vasquez", "", head], 5) is None
