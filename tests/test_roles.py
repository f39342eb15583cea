"""The line-role classifier: each opening line's role and the evidence, as --explain shows it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.extract.roles import classify_opening, next_text_index
from archiver.extract.wire_text import clean


def _roles(text: str) -> list[tuple[int, str]]:
    lines = [clean(x) for x in text.split("\n")]
    return [(r.line, r.role) for r in classify_opening(lines, None).roles]


def test_headline_with_trailing_attribution_is_not_a_dateline():
    text = "OIL OUTPUT SEEN LOWER - ANALYSTS\n\nLONDON, March 3 - Output fell.\n"
    assert _roles(text) == [(0, "headline"), (2, "dateline")]


def test_headline_that_parses_as_a_dateline_yields_to_the_real_one_below():
    # "BERLIN - WALL" would pass as a dateline alone; the dateline below decides
    text = "BERLIN - Wall Talks\n\nBy Jane Roe\n\nBONN, Nov. 9 (Reuters) - Talks began.\n"
    assert _roles(text) == [(0, "headline"), (2, "byline"), (4, "dateline")]


def test_slashed_first_line_is_a_headline_not_a_credit():
    assert _roles("METALS/COPPER SUPPLY\n\nLONDON, March 3 - Copper rose.\n")[0] == (0, "headline")
    assert _roles("Dallas/Fort Worth\n\nDALLAS (AP) — Traffic.\n")[0] == (0, "headline")


def test_caption_above_a_bare_credit_line():
    text = (
        "Floods hit the coast\n\nBy Jane Roe\nResidents wade through water on Monday.\n"
        "Photo: John Smith, AFP\n\nDHAKA (AFP) - Floods rose.\n"
    )
    assert _roles(text) == [
        (0, "headline"),
        (2, "byline"),
        (3, "caption"),
        (4, "credit"),
        (6, "dateline"),
    ]


def test_lookahead_index_is_one_pass():
    lines = ["a", "", "share", "b", ""]
    assert next_text_index(lines) == [3, 3, 3, 5, 5]


def _explain(folder, name: str, text: str) -> str:
    src = folder / name
    src.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--explain", str(src)])
    assert result.exit_code == 0, result.output
    return result.output


def test_explain_prints_each_role_and_why(tmp_path):
    output = _explain(
        tmp_path,
        "a.txt",
        "HOG PRICES FIRM - TRADERS\n\nCHICAGO, March 3 - Hog futures rose on Tuesday.\n",
    )
    lines = output.splitlines()
    assert lines[0].split()[:2] == ["1", "headline"]
    assert "not a dateline" in output
    assert "words after the dash are in capitals" in output
    assert any(line.split()[:2] == ["3", "dateline"] for line in lines)
    assert "+3 a date (March 3)" in output


def test_explain_says_html_has_no_lines_to_explain(tmp_path):
    page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hi.</p></body></html>"
    output = _explain(tmp_path, "p.html", page)
    assert "text/html: line roles are explained for plain text" in output


def test_site_name_and_section_label_above_the_headline_are_chrome():
    text = (
        "The Harbor Gazette\n\nFerry service will resume on Monday after repairs\n\nBy Owen Marsh\n"
    )
    assert _roles(text) == [(0, "chrome"), (2, "headline"), (4, "byline")]
    text = "The Last Ferry\n\nIslanders mark the end of a century of service\n\nBy Owen Marsh\n"
    assert _roles(text)[0] == (0, "headline")


@pytest.mark.parametrize(
    "crumbs",
    [
        "Home | World | Asia",
        "Home > News > Local",
        "News / Region / Europe",
        "Home » Sport » Cricket",
        "Home · Business · Markets",
        "World | Asia Pacific",
    ],
)
def test_a_breadcrumb_over_a_four_word_headline_is_chrome(crumbs):
    # a breadcrumb is as long as its longest crumb, not its crumbs and separators together
    text = f"{crumbs}\n\nThai PM survives vote\n\nBy Owen Marsh\n\nThe prime minister won.\n"
    assert _roles(text)[:2] == [(0, "chrome"), (2, "headline")]


def test_a_slashed_headline_of_long_labels_stays_over_its_deck():
    # near miss: "Fort Worth Traffic Plan" is no menu's crumb; six words under it are its deck
    text = (
        "Dallas / Fort Worth Traffic Plan\n\nCommuters face months of lane closures\n\n"
        "By Owen Marsh\n\nThe plan was approved.\n"
    )
    assert _roles(text)[0] == (0, "headline")


def _headline(text: str) -> str | None:
    lines = [clean(x) for x in text.split("\n")]
    return classify_opening(lines, None).headline


def test_a_headline_set_over_short_lines_ends_at_the_byline_or_dateline_under_it():
    # scans and microfilm keep no blank line between the headline and what follows it
    text = "Port Authority\nproposes fare\nhike to $1.25\nBy Mary Roe\nThe Port Authority said.\n"
    assert _headline(text) == "Port Authority proposes fare hike to $1.25"
    text = "Rail passengers\nface VIA cuts\nOTTAWA (CP) - Half of VIA Rail's passenger\nservice.\n"
    assert _headline(text) == "Rail passengers face VIA cuts"
    # a deck in sentence case under a headline in sentence case does not carry it on
    text = "Port strike ends after nine days\nDockers vote to accept offer\nBy Jane Roe\n"
    assert _headline(text) == "Port strike ends after nine days"


def test_the_site_named_by_a_domain_in_the_text_stands_over_the_headline():
    text = (
        "The Tides of Marlow | The Morning Edition\nTuesday, June 4, 2024\n\n"
        "Ferry fares to rise 8 percent as fuel costs climb\nBy Tomas Reinholt\n\n"
        "Fares will rise from July 1, the ferry board said on Monday in a statement.\n\n"
        "Read more on tidesofmarlow.com\n"
    )
    assert _headline(text) == "Ferry fares to rise 8 percent as fuel costs climb"
    # without the domain the line is the headline as before: a name is never guessed
    assert _headline(text.replace("tidesofmarlow.com", "our website")) == "The Tides of Marlow"


def test_the_writers_place_and_outlet_under_the_byline_is_no_photo_credit():
    from archiver.extract.roles import _writer_desk

    assert _writer_desk("Santiago / La Voz") and _writer_desk("Ourense / El Faro")
    assert not _writer_desk("Jane Roe / AFP")  # a person before the slash: a credit
    assert not _writer_desk("Tomasz Wierzba / PAP")


def test_section_names_in_other_languages_over_the_headline():
    from archiver.extract.roles import _intl_section

    for line in ("Zürich und Region", "Wiadomości z kraju", "Nieuws uit de regio"):
        assert _intl_section(line), line
    # headlines: a verb or a longer lower-case word, or no section word at all
    for line in ("Basel wächst weiter", "Sport und Politik im Wandel", "Zürich Tram Line"):
        assert not _intl_section(line), line


def test_a_lead_photo_and_a_repeated_summary_above_the_headline():
    text = (
        "Hide caption\nCrews clear snow from the tracks on Tuesday morning.\nDana Roe/WRKL\n"
        "Show caption\n\nOrange Line trains run every 12 minutes as snow slows commute\n\n"
        "By Priya Castellano\n"
    )
    assert _headline(text) == "Orange Line trains run every 12 minutes as snow slows commute"
    lede = (
        "NAIROBI - Matatu operators will switch to cashless fares on all city routes from"
        " July, the county said on Monday."
    )
    text = f"{lede}\n\nNairobi matatus to go cashless\n\nJane Roe\n\n{lede}\n"
    assert _headline(text) == "Nairobi matatus to go cashless"
    # printed once, the dateline paragraph opens the story
    lines = [clean(x) for x in f"{lede}\n\nMore text.\n".split("\n")]
    opening = classify_opening(lines, None)
    assert opening.headline is None and opening.story_start == 0


def test_a_headline_in_capitals_goes_on_over_lines_only_under_a_running_head():
    scan = "A-6 THE EVENING STAR, Washington, D. C., Tuesday, March 3, 1964\n\n"
    body = "OIL OUTPUT SEEN\nLOWER - ANALYSTS\n\nNEW YORK, March 3 (AP) — Output fell.\n"
    assert _headline(scan + body) == "OIL OUTPUT SEEN LOWER - ANALYSTS"
    assert _headline(body) == "OIL OUTPUT SEEN"  # no scan's page top: a deck may follow


def test_a_series_name_in_capitals_over_a_longer_mixed_case_headline_is_a_kicker():
    text = (
        "OUR CHANGING COAST\n\nDune fence rebuilt at Muizenberg after winter storms\n\n"
        "By Lindiwe Adonis-Meyer\n22 Jul 2024\n\nVolunteers rebuilt the fence on Saturday.\n"
    )
    assert _headline(text) == "Dune fence rebuilt at Muizenberg after winter storms"
    # a headline in capitals over a short deck keeps its place
    text = text.replace("OUR CHANGING COAST", "STORM BATTERS COAST").replace(
        "Dune fence rebuilt at Muizenberg after winter storms", "Thousands lose power"
    )
    assert _headline(text) == "STORM BATTERS COAST"


def _bylines(lines: list[str]) -> list[str] | None:
    byline = classify_opening(lines, None).byline
    return byline.names if byline is not None else None


def test_a_name_line_the_lead_paragraph_opens_with_is_a_caption_not_a_byline():
    lead = (
        "MOSCOW, March 12 (TASS). Moscow Mayor Andrei Petrov ordered a programme to repair"
        " rural roads by the end of the year, he told a meeting at the ministry on Tuesday."
    )
    stamp, named = "12 March 2025, 11:05", "Moscow Mayor Andrei Petrov"
    lines = ["Mayor orders road repairs", "", stamp, named, "© Ivan Sokolov/TASS", "", lead]
    assert _bylines(lines) is None
    # near-miss: the writer's name line over a lead that does not name her
    lines = ["Mayor orders road repairs", "", stamp, "Jane Roe", "", lead]
    assert _bylines(lines) == ["Jane Roe"]


def test_decks_over_a_caption_and_its_credit_reach_the_byline():
    lines = [
        "Copper Climbs as Factory Data Beats Estimates",
        "",
        "Traders raise bets on demand recovery after strong survey",
        "Three-month contract rises most in a month",
        "A worker inspects copper cathodes at a plant in Jiangxi province.",
        "Photographer: Jane Roe/Bloomberg",
        "By Tom Hardwick and Ling Zhou",
        "March 3, 2025 at 8:15 AM EST",
        "",
        "Copper rose the most in a month after Chinese factory activity expanded faster than"
        " economists forecast, easing concerns about demand.",
    ]
    assert _bylines(lines) == ["Tom Hardwick", "Ling Zhou"]


def test_a_stamp_with_its_word_or_its_hour_under_the_headline_is_the_pages():
    for stamp in (
        "Uppdaterad 2025-01-14 10:02 Publicerad 2025-01-14 07:30",
        "12 марта 2025, 11:05",
    ):
        lines = ["Fler cyklister i Göteborg", "", stamp, "", "Lars Ekholm", "lars@example.se"]
        roles = dict(_roles("\n".join(lines)))
        assert roles[2] == "chrome" and roles[4] == "byline"


def test_a_name_over_the_sites_web_address_is_the_byline():
    # "Jane Roe" / "harbourdaily.co.nz" / the stamp: the address is the writer's outlet
    text = (
        "Bakery closes after 90 years\n\nMarama Tipene\nharbourdaily.co.nz\n"
        "February 11, 2025 - 4:10PM\n"
        "A bakery that has sold bread on the same corner since 1935 has closed after its"
        " landlord doubled the rent, its owners said on Tuesday.\n"
    )
    lines = [clean(x) for x in text.split("\n")]
    opening = classify_opening(lines, None)
    assert opening.byline is not None and opening.byline.names == ["Marama Tipene"]
    assert [(r.line, r.role) for r in opening.roles][:4] == [
        (0, "headline"),
        (2, "byline"),
        (3, "byline"),
        (4, "chrome"),
    ]


def test_a_place_over_the_sites_web_address_is_no_byline():
    text = (
        "Bakery closes after 90 years\n\nWellington\nharbourdaily.co.nz\n"
        "February 11, 2025 - 4:10PM\n"
        "A bakery that has sold bread on the same corner since 1935 has closed after its"
        " landlord doubled the rent, its owners said on Tuesday.\n"
    )
    assert classify_opening([clean(x) for x in text.split("\n")], None).byline is None


def test_a_byline_label_alone_over_the_names():
    text = (
        "Halifax extends ferry hours\n\nAuthor of the article:\nGenevieve Tremblay-Olsen\n"
        "Published Feb 11, 2025\n"
        "HALIFAX — Halifax will keep its harbour ferries running later through the winter.\n"
    )
    opening = classify_opening([clean(x) for x in text.split("\n")], None)
    assert opening.byline is not None
    assert opening.byline.names == ["Genevieve Tremblay-Olsen"]
    assert [(r.line, r.role) for r in opening.roles][:3] == [
        (0, "headline"),
        (2, "byline"),
        (3, "byline"),
    ]


def test_a_short_section_label_over_a_chinese_or_japanese_headline():
    # no spaces between the words: the lines are measured in characters, two to a word
    text = (
        "経済\n港町の朝市、週末の営業時間を2時間延長へ　観光客の増加で\n\n2025年2月11日 9時05分\n"
        "港湾市は10日、港の朝市の週末の営業時間を4月から2時間延長すると発表した。\n"
    )
    opening = classify_opening([clean(x) for x in text.split("\n")], None)
    assert opening.headline == "港町の朝市、週末の営業時間を2時間延長へ 観光客の増加で"
    assert [(r.line, r.role) for r in opening.roles][:2] == [(0, "chrome"), (1, "headline")]


def test_a_japanese_headline_over_a_longer_deck_stays_the_headline():
    text = (
        "港町の朝市、営業時間を延長へ\n"
        "観光客の増加を受け、週末の営業を午前5時から正午までとする方針を市が固めた\n\n"
        "2025年2月11日 9時05分\n"
    )
    opening = classify_opening([clean(x) for x in text.split("\n")], None)
    assert opening.headline == "港町の朝市、営業時間を延長へ"


def test_a_page_title_ending_in_the_headline_printed_below_is_no_dateline():
    text = (
        "SITE -- NEWS - World: Dam operators open gates\n\nDam operators open gates\n\n"
        "By Jane Roe\n\nWINNIPEG (CP) - Operators opened the gates on Tuesday.\n"
    )
    assert _roles(text) == [(0, "chrome"), (2, "headline"), (4, "byline"), (6, "dateline")]


def test_a_dateline_whose_sentence_runs_into_a_line_printed_below_stays():
    # the repeated words carry the sentence on (no separator before them): no page title
    text = "OTTAWA -- Ministers met on Monday to discuss dam operators open gates\n\nDam operators open gates\n"
    assert _roles(text)[0] == (0, "dateline")


def test_a_dateline_set_over_three_lines_under_the_headline():
    from archiver.extract.roles import DATELINE_OVER_LINES

    text = "Baths close as bills climb\n\nSeoul\nCNN\n — \n\nBy Jane Roe, CNN\n"
    roles = classify_opening([clean(x) for x in text.split("\n")], None).roles
    assert [(r.line, r.text, r.why) for r in roles if r.line == 2] == [
        (2, "Seoul CNN —", (DATELINE_OVER_LINES,))
    ]
    # a name over a desk that is no agency, and a dash: no dateline
    text = "Baths close as bills climb\n\nSeoul\nStaff\n — \n\nBy Jane Roe, CNN\n"
    roles = classify_opening([clean(x) for x in text.split("\n")], None).roles
    assert all(r.why != (DATELINE_OVER_LINES,) for r in roles)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("• Share · Comment · print · T+", True),  # a page's tools in a row
        ("Print | Email | Share", True),
        ("Share · A- A+", True),
        ("Home · Share", True),
        ("Share · Kolkata · Metro", False),  # a menu holds other items
        ("Print | Email | Subhro Mukherjee", False),
        ("Comment: the minister should print the rules", False),
    ],
)
def test_a_row_of_buttons_is_chrome(line, chrome):
    from archiver.extract.chrome import is_chrome_clean

    assert is_chrome_clean(line) is chrome


def test_a_place_and_date_in_capitals_over_a_page_headline_is_its_dateline():
    from archiver.extract.roles import _place_dated_stamp

    assert _place_dated_stamp("CHENNAI, June 5, 2012")
    assert not _place_dated_stamp("Jakarta, Thu, January 2, 2020")  # a location tag's case
    assert not _place_dated_stamp("CHENNAI")  # no date
    assert not _place_dated_stamp("Last Updated: Friday, 15 August, 2003")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Under arrest: A former official is driven to the prosecutors office. KYODO PHOTO", True),
        ("Residents rest at an evacuation center in Natori on Tuesday. JIJI PRESS PHOTO", True),
        ("Passengers board a ferry at the pier in Kadikoy on a grey morning. AA photo", True),
        # the words before "photo" name no agency: no credit, the line stays the page's
        ("Together again: A family rests at an evacuation center on Tuesday. FAMILY PHOTO", False),
        ("Readers sent us their pictures of the storm over the harbour. Reader photo", False),
    ],
)
def test_an_agency_photo_credit_ends_a_caption_over_the_headline(line, caption):
    from archiver.extract.roles import _lead_caption_above

    assert _lead_caption_above(line) is caption


def test_read_more_over_a_sentence_heads_no_list_of_stories():
    # a listed story is known by the list's heading over it; "Read more" heads a list only
    # when the line under it ends no sentence
    from archiver.extract.roles import LineRole, _listed_story

    for under, listed in (("The mayor signed the order.", False), ("Bridge to close", True)):
        lines = ["By Ana Kowal", "Read more", under, "Ferry fares rise", "12 March 2025"]
        roles = [LineRole(1, "Read more", "chrome", ()), LineRole(2, under, "chrome", ())]
        assert _listed_story(lines, roles, 3) is listed


_PLACED_STORY = (
    "\nSÃO PAULO\n\n"
    "A Prefeitura de São Paulo anunciou nesta terça-feira (12) que vai ampliar o horário de"
    " funcionamento de 40 unidades básicas de saúde na zona leste a partir de setembro.\n\n"
    "O sindicato dos servidores criticou o plano e disse que não houve contratação suficiente"
    " de médicos e enfermeiros para cobrir os novos turnos.\n"
)


@pytest.mark.parametrize(
    "top",
    ["Folha de S.Paulo | 12.ago.2025 às 10h32", "Al Jazeera", "TV Globo", "Estadão Conteúdo"],
)
def test_an_outlets_name_over_a_dateline_atop_signs_no_writer(top):
    # a name over the dateline set apart atop a capture is the writer's only when it is a
    # person's: an outlet's or an agency's name there (with the page's stamp or not) is none
    from archiver.extract import extract_bytes

    assert (0, "byline") not in _roles(top + _PLACED_STORY)
    art = extract_bytes((top + _PLACED_STORY).encode(), path="top.txt")
    assert art.to_dict()["bylines"] == []


def test_a_long_reply_under_a_chats_story_leaves_its_headline_and_dateline():
    # the story's poster is the sender of the most words in all; only other senders'
    # messages over the poster's first are the chat's talk: a reader's reply under the story,
    # longer than any one line of it, takes neither the headline nor the dateline away
    import datetime

    from archiver.extract import extract_bytes

    text = (
        "[14/03/2024, 08:10:12] Kwame Mensah: ECG announces three-day maintenance shutdown\n"
        "ACCRA, March 13 (GNA) -- The Electricity Company of Ghana has announced a three-day"
        " maintenance shutdown affecting parts of Accra's eastern suburbs from Saturday.\n"
        "The company said customers in Adenta and Madina would be without power each day.\n"
        "[14/03/2024, 08:25:40] Aunty Grace: Hmm this ECG people eh, last month they said the"
        " same thing and we were in darkness for almost one whole week in Madina and nobody"
        " came to explain anything to us at all, my fridge items all spoiled, let us pray this"
        " time they keep to the three days they are promising us o\n"
    )
    got = extract_bytes(
        text.encode(), path="chat.txt", reference_date=datetime.date(2024, 3, 14)
    ).to_dict()
    assert got["headline"] == "ECG announces three-day maintenance shutdown"
    assert got["dateline"]["place"] == "ACCRA" and got["dateline"]["source"] == "GNA"


@pytest.mark.parametrize(
    "top, later",
    [
        # a film's, a show's or a match's name in the story's sentence is no outlet named below
        ("Killers of the Flower Moon", "Robert De Niro appeared in Killers of the Flower Moon."),
        ("The Last of Us", "Kaitlyn Dever, who first appeared in The Last of Us, is a revelation."),
        (
            "Arsenal v Manchester City",
            "Follow Arsenal v Manchester City live with our minute-by-minute coverage.",
        ),
    ],
)
def test_a_short_headline_named_again_in_the_story_stays_the_headline(top: str, later: str) -> None:
    from archiver.extract import extract_bytes

    text = (
        f"{top}\n"
        "A long deck that sets out what the story is about and why it matters today\n"
        "By Jane Roe\n"
        "Published March 31, 2024\n"
        "The story's first paragraph tells the reader what happened on Sunday afternoon.\n"
        f"{later}\n"
    )
    art = extract_bytes(text.encode(), path="top.txt")
    assert art.headline == top


@pytest.mark.parametrize(
    "caps",
    [
        "GAZA CITY (AP)",
        "PALM BEACH (AP)",
        "NEW ORLEANS (AP)",
        "WEST BANK (AP)",
        "SALT LAKE CITY (AP)",
    ],
)
def test_a_place_in_capitals_under_a_feeds_stamp_signs_no_writer(caps: str) -> None:
    # another place's dateline over the story's own, the stamp between it and the headline:
    # no byline (a name in capitals, "KEITH RIDLEY (AP)", is the agency's writer)
    from archiver.extract import extract_bytes

    text = (
        "Israeli strikes hit southern Gaza as truce talks stall\n"
        "Mon, 2 Jun 2025 07:20:00 GMT\n"
        f"{caps}\n"
        "DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 20 people in southern"
        " Gaza overnight, health officials said Monday, as talks on a ceasefire stalled.\n"
        "Israel's military said it was targeting militants.\n"
    )
    art = extract_bytes(text.encode(), path="caps.txt")
    assert art.bylines == []
    assert art.headline == "Israeli strikes hit southern Gaza as truce talks stall"


@pytest.mark.parametrize("kicker", ["", "OPINION\n"])
def test_a_by_line_over_the_headline_yields_to_the_standfirst_naming_its_writer(
    kicker: str,
) -> None:
    # "By Anna Berg · Mar 10, 2025" over the headline, the standfirst's "..., writes Michael
    # Tan.": the standfirst names the writer outright (an outlet's "Reuters' Tom Okafor" there
    # is a credited outside reporter, and the "By" line stays the writer)
    from archiver.extract import extract_bytes

    text = (
        "The Weekly Review\n"
        "Home  Politics  Culture  Books\n"
        "\n"
        "By Anna Berg · Mar 10, 2025\n"
        f"{kicker}"
        "Why the housing bill will not build houses\n"
        "The new law promises 50,000 homes in five years, but planners say the numbers do not"
        " add up, writes Michael Tan.\n"
        "March 12, 2025\n"
        "\n"
        "The government says the Housing Supply Act will clear the way for tens of thousands"
        " of homes.\n"
    )
    art = extract_bytes(text.encode(), path="column.txt")
    assert [name.rstrip(".") for name in art.bylines] == ["Michael Tan"]


@pytest.mark.parametrize(
    "line",
    [
        "Watch the video:",
        "Key points:",
        "The measure now heads back to Congress for full-year talks on spending. Watch below:",
    ],
)
def test_a_pages_watch_or_points_intro_quotes_no_wire_report(line: str) -> None:
    # (review rv57b p02, p03, p14) only a quoting verb ("It read:", "It begins:") introduces a
    # quoted wire report whose dateline is not the story's
    from archiver.extract.roles import quotes_below

    above = "My grandmother worked the night desk for eleven years and kept one piece of copy."
    assert not quotes_below(line, [above])


def test_a_promotions_title_case_sentences_are_no_headline() -> None:
    # (review rv57b p11, p16) a price or a call to action: a promotion, not a headline
    from archiver.extract.roles import looks_like_headline

    assert not looks_like_headline("Subscribe Now. Get Unlimited Access For Just $1.")
    assert looks_like_headline(
        "A Small-Town Newspaper Closed. Then the Library Started Printing One."
    )


@pytest.mark.parametrize(
    ("headline", "on_story", "place"),
    [
        ("Chicago's mayor takes transit plea to Springfield", True, None),
        ("Inside Chicago's fight over a shuttered neighborhood library", True, None),
        ("In Chicago, a shuttered library's neighbors keep petitioning", False, None),
        ("In Chicago, a shuttered library's neighbors keep petitioning", True, "Chicago"),
    ],
)
def test_a_city_tag_counts_the_headline_only_opening_on_the_city(
    headline: str, on_story: bool, place: str | None
) -> None:
    # (review rv57b p09, p27) a topic's tag "Chicago" under a headline that only names the
    # city is no dateline; the headline counts when it opens on the city as its place and the
    # city's line sits right on the story
    from archiver.extract.datelines import city_alone_under_headline

    lead = (
        "Mayor Brandon Johnson spent Tuesday at the state capitol pressing lawmakers for "
        "emergency money to keep buses and trains running."
    )
    found = city_alone_under_headline("Chicago", lead, headline, on_story=on_story)
    assert (found.dateline.place if found else None) == place


# Review 57e: a tag or a label between the page's stamp and the reading time is no writer.
@pytest.mark.parametrize(
    ("row", "names"),
    [
        ("March 2, 2025 · Artificial Intelligence · 5 min read", None),
        ("January 30, 2025 | Federal Reserve | 3 min read", None),
        ("February 21, 2025 · Volodymyr Zelensky · 4 min read", None),
        ("August 5, 2025 · Oluwaseun Adeyemi-Bakare · 3 min read", ["Oluwaseun Adeyemi-Bakare"]),
        ("August 5, 2025 · Jane R. Roe · 3 min read", ["Jane R. Roe"]),
    ],
)
def test_timed_row_writer_wants_a_persons_mark(row: str, names: list[str] | None) -> None:
    from archiver.extract.bylines import timed_row_writer

    assert timed_row_writer(row) == names


@pytest.mark.parametrize(
    ("names", "story", "speaks"),
    [
        (["Artificial Intelligence"], "Hospitals are testing AI tools that draft notes.", True),
        (["Federal Reserve"], "The Fed left its benchmark rate unchanged on Wednesday.", True),
        (["Jean-Luc Zelensky"], "Zelenskyy told reporters that any deal must hold.", True),
        (["Oluwaseun Adeyemi-Bakare"], "The Lagos State Government began demolishing.", False),
        # a sentence's first word is no short form, lower-case words no initials
        (["Theodore Ian-Sanders"], "The council said it is ready. Its chief agreed.", False),
    ],
)
def test_story_speaks_of_variants(names: list[str], story: str, speaks: bool) -> None:
    import datetime as dt

    from archiver.extract.roles import _Reader, _story_speaks_of

    lines = ["August 5, 2025 · X · 3 min read", "", story]
    reader = _Reader(lines, dt.date(2025, 8, 5), [False] * len(lines))
    assert _story_speaks_of(reader, 0, names) is speaks


@pytest.mark.parametrize(
    "title, label",
    [
        ("Flooding closes roads across the Western Division", "Nadi Town"),
        ("Flooding closes roads across the west", "Western Division"),
    ],
)
def test_place_label_under_a_newsletter_item_is_no_writer(title, label):
    # "FBC News Morning Briefing" / the item's title / "Nadi Town": the place the item is
    # from, no writer's name alone (rv58b)
    import datetime

    from archiver.extract import extract_bytes

    text = (
        f"FBC News Morning Briefing\n\n{title}\n{label}\n"
        "Heavy rain overnight closed several roads around Nadi and Lautoka, police said this "
        "morning.\nMotorists are advised to avoid the Queens Road near Sabeto.\n"
    )
    article = extract_bytes(
        text.encode(), path="digest.txt", reference_date=datetime.date(2024, 6, 7)
    )
    assert article.bylines == []


@pytest.mark.parametrize(
    "line, verdict",
    [
        ("THE WALL STREET JOURNAL.", True),  # the Journal's logo, its stop printed
        ("THE WALL STREET JOURNAL", False),  # no stop: read as every nameplate is
        ("WE WILL REBUILD.", False),  # a headline in capitals with its stop, no paper's name
        ("THE PAPER IS CLOSED.", False),
        ("The Wall Street Journal.", False),  # mixed case: a sentence's end as often
    ],
)
def test_a_known_nameplate_in_capitals_with_its_logo_stop(line, verdict):
    from archiver.extract.roles import _stopped_nameplate

    assert _stopped_nameplate(line) is verdict


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # a local site's banner to its own app, the outlet named
        ("Open in the Patch app", True),
        ("Download the FOX 8 News app", True),
        ("Get the NBC 5 Chicago app", True),
        ("Students get the new school app", False),
        # a station's weather-alert ticker: its brand, the counties between dashes, or the
        # ticker's capital clock time
        (
            "WRAL WeatherCenter: Heat Advisory in effect for Wake, Durham counties until 8 p.m.",
            True,
        ),
        ("Wind Chill Advisory — Hamilton County — until 10 AM EST", True),
        ("Flood Watch until 7 PM", True),
        # a weather story's headline in its newsroom's style, and a kicker over one
        ("Winter storm warning in effect until 7 p.m. for Butler County", False),
        ("Weather: Heat Advisory extended through Friday", False),
        ("Man Held Without Bail Until 10 AM Hearing", False),
    ],
)
def test_a_station_banner_or_alert_ticker_is_chrome(line, chrome):
    from archiver.extract.chrome import is_chrome_clean

    assert is_chrome_clean(line) is chrome


def test_a_town_and_state_over_the_headline_is_chrome():
    from archiver.extract.roles import _edition_place_label

    assert _edition_place_label("Old Saybrook, CT")
    assert _edition_place_label("Naperville, Illinois")
    assert not _edition_place_label("Town Votes, Again")
    assert not _edition_place_label("Smith, Jones")


def test_a_station_brand_after_the_writer_is_no_second_writer():
    from archiver.extract.bylines import parse_byline

    found = parse_byline("By Dallin Arce, KSL TV | Posted - Sept. 9, 2025 at 5:12 p.m.")
    assert found is not None and found.names == ["Dallin Arce"]
    # writers in capitals stay writers
    found = parse_byline("By WADE KING and KATE WILLS")
    assert found is not None and found.names == ["WADE KING", "KATE WILLS"]


def test_a_meteorologist_title_before_the_name_is_no_part_of_it():
    from archiver.extract.bylines import parse_byline

    found = parse_byline("By Chief Meteorologist Dean Hollister")
    assert found is not None and found.names == ["Dean Hollister"]


def test_a_county_is_no_writer_name():
    from archiver.extract.bylines import looks_like_name

    assert not looks_like_name("Montgomery County")
    assert looks_like_name("Matthew Parish")  # a surname, no locality
    assert looks_like_name("Montgomery Burns")


def test_bracket_credited_caption_over_headline() -> None:
    """fx61d: a caption's sentence closed by its whole credit in brackets, over the headline."""
    from archiver.extract.roles import _bracket_credited_caption

    assert _bracket_credited_caption(
        "Firefighters knock down flames at a vacant duplex in Everett early Tuesday. (KOMO)"
    )
    assert not _bracket_credited_caption("Trending: Storm knocks out power to thousands (VIDEO)")
    assert not _bracket_credited_caption("Crews at the scene. (KOMO)")  # too short a sentence
