"""Datelines as the agencies and press-release wires print them, and where scraped pages put
them (under a date stamp, share buttons, bullet points or a caption; run into a byline)."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.datelines import match_dateline, match_dateline_after_byline
from archiver.extract.wire_text import parse_wire_text

REF = dt.date(2025, 3, 5)


@pytest.mark.parametrize(
    "text, raw, place, date, source",
    [
        (
            "Chandigarh [India], March 3 (ANI): The state cabinet on Monday",
            "Chandigarh [India], March 3 (ANI):",
            "Chandigarh [India]",
            "2025-03-03",
            "ANI",
        ),
        (
            "DENVER, Colo.--(BUSINESS WIRE)--Acme Corp. (NYSE: ACME) today announced",
            "DENVER, Colo.--(BUSINESS WIRE)--",
            "DENVER, Colo.",
            None,
            "BUSINESS WIRE",
        ),
        (
            "OMAHA--(BUSINESS WIRE)--Acme Corp. today announced",
            "OMAHA--(BUSINESS WIRE)--",
            "OMAHA",
            None,
            "BUSINESS WIRE",
        ),
        (
            "Jeddah, March 04, 2025, SPA -- The Saudi ports authority said",
            "Jeddah, March 04, 2025, SPA --",
            "Jeddah",
            "2025-03-04",
            "SPA",
        ),
        (
            "(ANSA) - MILAN, FEB 12 - The Lombardy region on Wednesday",
            "(ANSA) - MILAN, FEB 12 -",
            "MILAN",
            "2025-02-12",
            "ANSA",
        ),
        (
            "Quito, 4 mar (EFE).- El Gobierno de Ecuador anunció",
            "Quito, 4 mar (EFE).-",
            "Quito",
            "2025-03-04",
            "EFE",
        ),
        (
            "Lucknow, Mar 2 (UNI) The state government on Sunday",
            "Lucknow, Mar 2 (UNI)",
            "Lucknow",
            "2025-03-02",
            "UNI",
        ),
        (
            "LAHORE, March 2 (APP): The provincial cabinet on Sunday",
            "LAHORE, March 2 (APP):",
            "LAHORE",
            "2025-03-02",
            "APP",
        ),
        (
            "KAZAN, March 3. /TASS/. The regional parliament on Monday",
            "KAZAN, March 3. /TASS/.",
            "KAZAN",
            "2025-03-03",
            "TASS",
        ),
        (
            "BOULDER, CO / ACCESSWIRE / March 4, 2025 / Acme Corp. announced",
            "BOULDER, CO / ACCESSWIRE / March 4, 2025 /",
            "BOULDER, CO",
            "2025-03-04",
            "ACCESSWIRE",
        ),
        (
            "Calgary, Alberta--(Newsfile Corp. - March 4, 2025) - Acme Corp. announced",
            "Calgary, Alberta--(Newsfile Corp. - March 4, 2025) -",
            "Calgary, Alberta",
            "2025-03-04",
            "Newsfile Corp.",
        ),
        (
            "ERIE, PA — The county council voted on Tuesday",
            "ERIE, PA —",
            "ERIE, PA",
            None,
            None,
        ),
        (
            "ERIE, PA, March 4 — The county council voted on Tuesday",
            "ERIE, PA, March 4 —",
            "ERIE, PA",
            "2025-03-04",
            None,
        ),
        (
            "Durban - The eThekwini municipality said on Tuesday it would replace old water"
            " pipes in three suburbs this year.",
            "Durban -",
            "Durban",
            None,
            None,
        ),
        (
            "Hyderabad: The state government on Monday said it would open 40 more night"
            " shelters in the city before the summer.",
            "Hyderabad:",
            "Hyderabad",
            None,
            None,
        ),
        (
            "WASHINGTON/OTTAWA/MEXICO CITY, March 3 (Reuters) - The three governments",
            "WASHINGTON/OTTAWA/MEXICO CITY, March 3 (Reuters) -",
            "WASHINGTON/OTTAWA/MEXICO CITY",
            "2025-03-03",
            "Reuters",
        ),
        (
            "HANOI, March 3 (VNA) – Vietnam's exports rose",
            "HANOI, March 3 (VNA) –",
            "HANOI",
            "2025-03-03",
            "VNA",
        ),
    ],
)
def test_wire_datelines(text, raw, place, date, source):
    found = match_dateline(text, REF)
    assert found is not None, text
    d = found.dateline
    assert (d.raw, d.place, d.date, d.source) == (raw, place, date, source)


@pytest.mark.parametrize(
    "text",
    [
        "Durban - a city on the mend",  # a known place and a hyphen, but a headline's tail
        "(ANSA) is the Italian news agency",
        # a caption that names its place first, as Indian agencies print them
        "Mysuru: Visitors walk past the palace lit up for the festival, Tuesday, Oct. 15,"
        " 2024. (PTI Photo/Asha Raman-Iyer)",
        "Hyderabad: a city of lakes",  # a headline's tail, not a sentence of story
        "Lucknow, Mar 2 (Unity Party) the rally",  # an unknown name in brackets, no dash
    ],
)
def test_not_wire_datelines(text):
    assert match_dateline(text, REF) is None


def test_byline_run_into_the_dateline():
    found = match_dateline_after_byline(
        "By Carmen Ibáñez Ruiz Bogota, Apr 9 (EFE).- The central bank on Wednesday", REF
    )
    assert found is not None
    byline, match = found
    assert byline == "By Carmen Ibáñez Ruiz"
    d = match.dateline
    assert (d.place, d.date, d.source) == ("Bogota", "2024-04-09", "EFE")


def test_byline_without_a_dateline_after_it():
    assert match_dateline_after_byline("By the time Paris woke up, March 3 had gone", REF) is None
    assert match_dateline_after_byline("By Carmen Ibáñez Ruiz and Tomás Vidal", REF) is None


_STAMPED = """Copper hits three-week high as smelter outage drags on
By Ilse Marangoni
March 3, 2025 11:42 AM GMT Updated 2 hours ago

* Smelter outage enters second week
* Aluminium flat

(Adds analyst comment)

TALLINN, March 3 (Reuters) - Copper prices rose on Monday as an outage at a large smelter entered its second week.

Benchmark copper was up 1.1% at $9,500 a ton.
"""


def test_dateline_below_a_stamp_and_bullet_points():
    parsed = parse_wire_text(_STAMPED, REF)
    d = parsed.dateline
    assert d is not None
    assert (d.place, d.date, d.source) == ("TALLINN", "2025-03-03", "Reuters")


_PROSE_FIRST = """Why the ferry timetable changed

The council changed the ferry timetable last month after a long consultation in which residents of the three islands said the early boats were too crowded and the late boats ran nearly empty, and officials promised to look again at the winter months.

Officials said more changes would follow.

BERGEN — not a dateline here, but the name of a column the paper runs each week.
"""


def test_no_dateline_after_story_prose():
    parsed = parse_wire_text(_PROSE_FIRST, REF)
    assert parsed.dateline is None


def test_dateline_as_a_paragraph_of_its_own():
    text = (
        "Lake ferry resumes after winter break\n\nBy Jane Roe\n\nBAAR, Switzerland\n\n"
        "The lake ferry resumed its service on Saturday after a three-month winter break, the"
        " operator said.\n\nTickets are unchanged.\n"
    )
    parsed = parse_wire_text(text, REF)
    d = parsed.dateline
    assert d is not None and (d.raw, d.place, d.source) == (
        "BAAR, Switzerland",
        "BAAR, Switzerland",
        None,
    )
    assert parsed.body[0].startswith("The lake ferry resumed")


def test_short_line_with_a_comma_is_no_dateline():
    text = (
        "Lake ferry resumes after winter break\n\nBy Jane Roe\n\nFerries, lakes\n\n"
        "The lake ferry resumed its service on Saturday after a three-month winter break.\n"
    )
    assert parse_wire_text(text, REF).dateline is None


@pytest.mark.parametrize(
    "text, raw, place, source",
    [
        # the Hijri month with its half glued on, before the Gregorian date and the agency
        (
            "Riyadh, Rabi'II 12, 1446, Oct 15, 2024, SPA -- The Cabinet approved",
            "Riyadh, Rabi'II 12, 1446, Oct 15, 2024, SPA --",
            "Riyadh",
            "SPA",
        ),
        (
            "Makkah, Jumada'I 3, 1446, Nov 5, 2024, SPA -- The",
            "Makkah, Jumada'I 3, 1446, Nov 5, 2024, SPA --",
            "Makkah",
            "SPA",
        ),
        # the agency's story number before the dateline
        (
            "APP21-12 LAHORE, Jun 12 (APP): Prime Minister said",
            "LAHORE, Jun 12 (APP):",
            "LAHORE",
            "APP",
        ),
    ],
)
def test_gulf_hijri_halves_and_story_numbers(text, raw, place, source):
    found = match_dateline(text, REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.place, found.dateline.source) == (raw, place, source)


def test_a_code_before_a_line_with_no_agency_is_no_story_number():
    # "F16-22 JETS ..." opens a headline or a sentence: no dateline with its agency after it
    assert match_dateline("F16-22 JETS LAND IN WARSAW for the first time", REF) is None
    found = match_dateline("COVID19-2 VARIANT, officials said on Monday", REF)
    assert found is None or found.dateline.source is None


@pytest.mark.parametrize(
    "value, place",
    [
        ("MOSCOW/KIEV March 3", "MOSCOW/KIEV"),
        ("LONDON/NEW YORK Oct 12", "LONDON/NEW YORK"),
        # near-misses: words in mixed case with a slash are no pair of cities in capitals
        ("Trade talks/tariffs March 3", None),
        ("Moscow/Kiev talks March 3", None),
    ],
)
def test_a_dateline_field_names_two_cities_with_a_slash_and_no_comma(value, place):
    from archiver.extract.datelines import match_field_dateline

    found = match_field_dateline(value, REF)
    assert (found.dateline.place if found else None) == place


@pytest.mark.parametrize(
    ("line", "place", "source"),
    [
        ("ANKARA - Anatolia News Agency", "ANKARA", "Anatolia News Agency"),
        ("ISTANBUL - Doğan News Agency", "ISTANBUL", "Doğan News Agency"),
        ("ANKARA - Reuters", "ANKARA", "Reuters"),
        # near misses: a body that is no news agency, an outlet, a sentence
        ("ANKARA - International Energy Agency", "ANKARA", None),
        ("ANKARA - Hürriyet Daily News", "ANKARA", None),
        ("ANKARA - Turkey will issue new cards, the ministry said.", "ANKARA", None),
    ],
)
def test_place_dash_agency_alone_on_its_line(line: str, place: str, source: str | None) -> None:
    found = match_dateline(line, None)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


@pytest.mark.parametrize(
    "value, raw",
    [
        ("beijing, november 3; ITEM NO: 1103012", "beijing, november 3"),
        ("KABUL, Aug 9; Section: World", "KABUL, Aug 9"),
        # near-miss: two places after a semicolon, no field's label: no dateline is told
        ("PARIS; LONDON", None),
    ],
)
def test_a_dateline_field_stops_at_another_labelled_field_after_a_semicolon(value, raw):
    from archiver.extract.datelines import match_field_dateline

    found = match_field_dateline(value, REF)
    assert (found.dateline.raw if found else None) == raw


@pytest.mark.parametrize(
    "text, place, source",
    [
        # old papers: a stop and a spaced dash after the agency; two wires joined by a hyphen
        ("WASHINGTON, Tuesday (AAP-Reuter). — The President named", "WASHINGTON", "AAP-Reuter"),
        # the agency's initials with stops, spaced or not
        ("LONDON, Nov. 18 (A.A.P.).—The Government will act", "LONDON", "A.A.P."),
        ("NEW YORK, Nov. 19.—(I. N. S.)—The strike went on today", "NEW YORK", "I. N. S."),
        ("LOS ANGELES, Nov. 19. (UP)—Union welders voted today", "LOS ANGELES", "UP"),
        # the paper's own correspondent's note where an agency would stand: no source
        ("CHICAGO, Nov. 19.—(Special.)—The board met today to hear", "CHICAGO", None),
        ("Macon, Ga., Nov. 19.—(By Telegraph.)—The mills closed today", "Macon, Ga.", None),
    ],
)
def test_old_papers_wire_credits_in_the_dateline(text, place, source):
    found = match_dateline(text, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


@pytest.mark.parametrize(
    "text",
    [
        # a headline's last line in mixed case run into a city in capitals, no date or wire
        "Water Bond Speed-Up SACRAMENTO — Gov. Brown today asked the board",
        # a court report's sub-head in capitals: the place and "THIS DAY.", no story after it
        "NAPIER—THIS DAY. (Before Mr J. R. Hollis, S.M.) DRUNKENNESS. A first offender was",
    ],
)
def test_headline_words_and_sub_heads_are_no_dateline(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    "text, place, source",
    [
        ("Water Bond Speed-Up SACRAMENTO (UPI) — Gov. Brown today asked", "SACRAMENTO", "UPI"),
        ("in Cadiz Shaft CADIZ, Ohio, Nov. 19 (AP)—Three coal miners trapped", "CADIZ, Ohio", "AP"),
        # a headline in capitals, longer than a city's name, run into the city and its day
        ("STRIKE MAY HALT SHIPS SYDNEY, Tuesday. Interstate shipping may stop", "SYDNEY", None),
        # near misses: a city's name of three words is the whole place
        ("WEST PALM BEACH, Fla., Nov. 19 (AP)—The county voted", "WEST PALM BEACH, Fla.", "AP"),
        ("RIO DE JANEIRO, Nov. 19 (AP)—The mayor said", "RIO DE JANEIRO", "AP"),
    ],
)
def test_a_headline_run_into_a_wire_dateline_leaves_its_words_out_of_the_place(text, place, source):
    found = match_dateline(text, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == (place, source)


def test_a_dateline_broken_before_its_agency_is_read_whole():
    from archiver.extract.datelines import match_standalone_dateline

    found = match_standalone_dateline(
        "WASHINGTON, Tuesday", "(AAP-Reuter). — The President-elect today named his team", REF
    )
    assert found is not None
    assert (found.dateline.place, found.dateline.source) == ("WASHINGTON", "AAP-Reuter")
    # near misses: a page's button over the agency's own dateline; an aside in brackets
    assert (
        match_standalone_dateline("Suggerisci", "(ANSA) - GENOVA, 11 MAR - Allerta rossa", REF)
        is None
    )
    assert (
        match_standalone_dateline("WASHINGTON, Tuesday", "(See page 4) — The talks went on", REF)
        is None
        or match_standalone_dateline(
            "WASHINGTON, Tuesday", "(See page 4) — The talks went on", REF
        ).dateline.source
        is None
    )


@pytest.mark.parametrize(
    "text, place",
    [
        # old papers' cable notes in brackets over the cabled story's dateline
        (
            "(Received November 19, 12.30 a.m.) WASHINGTON, November 18. The State Department",
            "WASHINGTON",
        ),
        (
            "(United Press Association.—By Electric Telegraph.—Copyright.) (Received 19th "
            "November, 11 a.m.) LONDON, 18th November. The Cabinet has not yet decided",
            "LONDON",
        ),
        ("(Copyright, 1919, New York Tribune Inc.) PARIS, Nov. 18.—The Ministry will", "PARIS"),
    ],
)
def test_a_cable_s_notes_in_brackets_stand_over_its_dateline(text, place):
    found = match_dateline(text, REF)
    assert found is not None and found.dateline.place == place
    assert found.rest.startswith("The ")


def test_a_note_in_brackets_over_a_sentence_is_no_dateline():
    # near miss: the note over the story's own sentence, no place after it
    assert match_dateline("(Received today) The minister said the talks would go on.", REF) is None


@pytest.mark.parametrize(
    "first, place",
    [
        # a person's name and the wire over the page's stamp: the writer's line, no dateline
        ("Marta Soriano Gil (EFE)", None),
        # a place's name there is no person's: left to the other rules
        ("Zaragoza (EFE)", "Zaragoza"),
    ],
)
def test_a_name_and_its_wire_over_the_page_stamp(first, place):
    from archiver.extract.datelines import match_standalone_dateline

    found = match_standalone_dateline(first, "03/06/2024 11:20 | Actualizada a las 11:35h", REF)
    assert (found.dateline.place if found is not None else None) == place


# An agency's desk line over the page's stamp ("Redacción Internacional (EFE)" / "03/06/2024
# 11:20 | Actualizada ..."), then a credited caption and the dateline naming the same wire: the
# desk line is neither a dateline set apart nor a caption credited "EFE" (a reviewer's probe).
_DESK_LINE_PAGE = (
    "El Periódico de Aragón\n"
    "Hazte socio\n"
    "Entrar\n"
    "Zaragoza\n"
    "Huesca\n"
    "Teruel\n"
    "Aragón\n"
    "Deportes\n"
    "Opinión\n"
    "Aragón\n"
    "\n"
    "La DGA licita la reforma del puente de hierro de Alcañiz por 4,2 millones\n"
    "\n"
    "Redacción Internacional (EFE)\n"
    "03/06/2024 11:20 | Actualizada a las 11:35h\n"
    "\n"
    "Vista del puente de hierro sobre el río Guadalope, en una imagen de archivo. EFE/Antonio García\n"
    "\n"
    "Zaragoza, 3 jun (EFE).- El Gobierno de Aragón ha licitado por 4,2 millones de euros la reforma integral del puente de hierro de Alcañiz, cerrado al tráfico pesado desde hace dos años por el deterioro de su estructura.\n"
    "\n"
    "El consejero de Fomento explicó este lunes que las obras durarán catorce meses y que el puente permanecerá abierto a los peatones durante buena parte de los trabajos.\n"
    "\n"
    "La plataforma vecinal que reclamaba la reparación ha valorado positivamente el anuncio, aunque ha pedido que se refuerce el transporte público mientras dure el corte.\n"
    "\n"
    "Temas\n"
    "Alcañiz\n"
    "Obras públicas\n"
    "Te puede interesar\n"
    "Aviso legal\n"
    "Política de cookies\n"
)


def test_a_desk_line_over_the_page_stamp_is_no_caption() -> None:
    from archiver.extract import extract_bytes

    article = extract_bytes(
        _DESK_LINE_PAGE.encode(), path="desk.txt", reference_date=dt.date(2024, 6, 3)
    )
    assert (
        article.headline
        == "La DGA licita la reforma del puente de hierro de Alcañiz por 4,2 millones"
    )
    assert [p.credit for p in article.photos] == ["EFE/Antonio García"]
    assert [b for b in article.bylines] == []
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.date, article.dateline.source) == (
        "Zaragoza",
        "2024-06-03",
        "EFE",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Europe roundup: strikes, storms and a snap poll\n"
        "Here are the main stories from across the continent.\n"
        "FRANCE: Rail workers walked out for a second day on Tuesday.\n"
        "ITALY: Storms flooded parts of Venice.\n"
        "SPAIN: The prime minister called a snap election for July.\n",
        "Asia briefs: floods, a by-election and a ferry strike\n"
        "Three stories from around the region this morning.\n"
        "JAPAN: The ruling party won a by-election in Tokyo on Sunday.\n"
        "PHILIPPINES: Floods in Mindanao killed at least 12 people.\n"
        "SOUTH KOREA: Ferry workers began a two-day strike.\n",
        "Storm warnings issued across the south\n"
        "Forecasters expect gusts of up to 80 mph overnight.\n"
        "LONDON: Trains will run a reduced timetable on Wednesday.\n"
        "BRISTOL: Schools will open late.\n",
    ],
)
def test_a_roundups_capitals_labels_are_no_dateline(text):
    assert parse_wire_text(text, REF).dateline is None


@pytest.mark.parametrize(
    "para, notice",
    [
        ("FRASER, Wilfred Joseph — 84, of Glace Bay, passed away Oct. 25 at the hospital.", True),
        ("SMITH, John — 84, of Glace Bay, died Tuesday.", True),
        # a story's lead may open on an age: the place is no surname and given names
        ("HALIFAX — 17, of Dartmouth, and a 16-year-old girl face charges, police said.", False),
        ("HALIFAX, Nova Scotia — 17, of Dartmouth, and a 16-year-old girl face charges.", False),
        ("GLACE BAY, N.S. — Harold Beck, 84, of Glace Bay, died Tuesday.", False),
    ],
)
def test_death_notice_dateline(para, notice):
    from archiver.extract.wire_text import death_notice_dateline

    found = match_dateline(para, dt.date(2024, 6, 1))
    assert found is not None and death_notice_dateline(found) is notice
