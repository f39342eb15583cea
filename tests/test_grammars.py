"""Unit tests of the dateline, byline and credit grammars."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.bylines import parse_byline, trailer_byline
from archiver.extract.credits import find_credit, parse_gallery
from archiver.extract.datelines import match_dateline, resolve_date

REF = dt.date(2014, 11, 19)


@pytest.mark.parametrize(
    "text, raw, place, date_text, source, date",
    [
        (
            "SEOUL, Nov. 19 (UPI) -- As more",
            "SEOUL, Nov. 19 (UPI) --",
            "SEOUL",
            "Nov. 19",
            "UPI",
            "2014-11-19",
        ),
        ("NEW YORK (AP) — The city", "NEW YORK (AP) —", "NEW YORK", None, "AP", None),
        (
            "LONDON, March 3 (Reuters) - Shares",
            "LONDON, March 3 (Reuters) -",
            "LONDON",
            "March 3",
            "Reuters",
            "2014-03-03",
        ),
        (
            "WASHINGTON, Oct 20, Reuter - The",
            "WASHINGTON, Oct 20, Reuter -",
            "WASHINGTON",
            "Oct 20",
            "Reuter",
            "2014-10-20",
        ),
        (
            "RIYADH, March 11 - Saudi",
            "RIYADH, March 11 -",
            "RIYADH",
            "March 11",
            None,
            "2014-03-11",
        ),
        ("PARIS (AFP) - Le", "PARIS (AFP) -", "PARIS", None, "AFP", None),
        ("RIO DE JANEIRO (AP) — Rain", "RIO DE JANEIRO (AP) —", "RIO DE JANEIRO", None, "AP", None),
        (
            "OTTAWA, Ontario (Reuters) - A",
            "OTTAWA, Ontario (Reuters) -",
            "OTTAWA, Ontario",
            None,
            "Reuters",
            None,
        ),
        (
            "SCOTTS VALLEY, Calif. -- A",
            "SCOTTS VALLEY, Calif. --",
            "SCOTTS VALLEY, Calif.",
            None,
            None,
            None,
        ),
        ("BUFFALO, N.Y. — Snow", "BUFFALO, N.Y. —", "BUFFALO, N.Y.", None, None, None),
        (
            "SURABAYA, Indonesia/JAKARTA (Reuters) - A",
            "SURABAYA, Indonesia/JAKARTA (Reuters) -",
            "SURABAYA, Indonesia/JAKARTA",
            None,
            "Reuters",
            None,
        ),
        (
            "GENEVA, 19 November (Reuters) – A",
            "GENEVA, 19 November (Reuters) –",
            "GENEVA",
            "19 November",
            "Reuters",
            "2014-11-19",
        ),
        (
            "LONDON, March 3, 2009 (Reuters) - A",
            "LONDON, March 3, 2009 (Reuters) -",
            "LONDON",
            "March 3, 2009",
            "Reuters",
            "2009-03-03",
        ),
        (
            "MOSCOW, Monday (Reuters) - A",
            "MOSCOW, Monday (Reuters) -",
            "MOSCOW",
            None,
            "Reuters",
            None,
        ),
        ("ST. LOUIS (AP) – A", "ST. LOUIS (AP) –", "ST. LOUIS", None, "AP", None),
        (
            "WINSTON-SALEM, N.C. (AP) — A",
            "WINSTON-SALEM, N.C. (AP) —",
            "WINSTON-SALEM, N.C.",
            None,
            "AP",
            None,
        ),
        (
            "SAN JOSE, Costa Rica, May 2 (Reuters) - A",
            "SAN JOSE, Costa Rica, May 2 (Reuters) -",
            "SAN JOSE, Costa Rica",
            "May 2",
            "Reuters",
            "2014-05-02",
        ),
    ],
)
def test_datelines(text, raw, place, date_text, source, date):
    found = match_dateline(text, REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.place, d.date_text, d.source, d.date) == (raw, place, date_text, source, date)


@pytest.mark.parametrize(
    "text",
    [
        "DEAR ABBY: My husband",
        "NEW YORK is a city of",
        "U.S. stocks fell - again",
        "I - me",
        "A CHANGE of plans",
        "BREAKING - news",
    ],
)
def test_not_datelines(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    "text, ref, expected, code",
    [
        ("Nov. 19", None, None, "date-without-year"),
        ("Feb. 30", REF, None, "invalid-date"),
        ("Dec. 30", dt.date(2015, 1, 2), "2014-12-30", "year-from-reference-date"),
        ("Jan. 5", dt.date(2014, 12, 31), "2015-01-05", "year-from-reference-date"),
        ("Jan. 15", dt.date(2014, 12, 31), "2014-01-15", "year-from-reference-date"),
        ("Feb. 29", dt.date(2016, 3, 1), "2016-02-29", "year-from-reference-date"),
        ("Feb. 29", dt.date(2015, 3, 1), None, "invalid-date"),
        ("March 3, 2009", REF, "2009-03-03", None),
    ],
)
def test_resolve_date(text, ref, expected, code):
    date, warnings = resolve_date(text, ref)
    assert date == expected
    assert [w.code for w in warnings] == ([code] if code else [])


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Elizabeth Shim", ["Elizabeth Shim"]),
        ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"]),
        ("By Ann Lee, Bob Stone and Carl Ray", ["Ann Lee", "Bob Stone", "Carl Ray"]),
        ("BY JOHN SMITH", ["JOHN SMITH"]),
        ("By Elizabeth Shim, UPI Correspondent", ["Elizabeth Shim"]),
        ("By Tom Hals, Reuters", ["Tom Hals"]),
        ("By Jane Roe | Special to the Pioneer Press", ["Jane Roe"]),
        ("By JOHN DOE and JANE ROE, Associated Press Writers", ["JOHN DOE", "JANE ROE"]),
        ("By Ludwig van Beethoven", ["Ludwig van Beethoven"]),
        ("By Reuters", []),
        ("Associated Press", []),
        # "By" in other languages, with their own word for "and"
        ("Par Jeanne Roux et Paul Marin", ["Jeanne Roux", "Paul Marin"]),
        ("Von Klaus Roth und Eva Lenz", ["Klaus Roth", "Eva Lenz"]),
        ("Por Ana Ruiz y Luis Gómez", ["Ana Ruiz", "Luis Gómez"]),
        ("Por José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("Di Marco Russo e Anna Bassi", ["Marco Russo", "Anna Bassi"]),
        ("Door Pieter de Wit en Anna Smit", ["Pieter de Wit", "Anna Smit"]),
        ("Av Kari Lie og Ola Dahl", ["Kari Lie", "Ola Dahl"]),
        # glued, dashed, labelled, bracketed, with the desk's name after it
        ("ByJane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("By — Jane Roe, Associated Press", ["Jane Roe"]),
        ("WRITER: Jane Roe", ["Jane Roe"]),
        ("By Jane Roe (Lyon, correspondent)", ["Jane Roe"]),
        ("By Jane Roe, KXYZ Tacoma reporter", ["Jane Roe"]),
        ("By KEVIN McCLOSKEY-RYAN", ["KEVIN McCLOSKEY-RYAN"]),
        # names then the title or the page's stamp on the same line, no "By"
        ("Jane Roe – Staff Correspondent", ["Jane Roe"]),
    ],
)
def test_bylines(line, names):
    b = parse_byline(line)
    assert b is not None and b.names == names and b.raw == line


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe Published March 3, 2026 Updated 2 hours ago",
        "Jane Roe   |03.03.2026 - Update : 03.03.2026",
    ],
)
def test_byline_then_stamp_on_one_line(line):
    b = parse_byline(line)
    assert b is not None and b.names == ["Jane Roe"] and b.raw == "Jane Roe"


@pytest.mark.parametrize(
    "line",
    [
        "By the way, this is not a byline",
        "Bypass road reopens",
        "Par ailleurs, le gouvernement a promis une aide",  # French "moreover"
        "Di fronte al municipio, i manifestanti hanno protestato",
        "Von den 400 Stimmberechtigten stimmten 301 ab",
        "Redazione ANSA",  # the agency's newsroom, no person
        "ABC Hobart",  # a station's desk
        "Short Url",  # page furniture
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, credit, photographer, agency",
    [
        ("Women leave. Photo by Stephen Shaver/UPI", "Stephen Shaver/UPI", "Stephen Shaver", "UPI"),
        ("A man walks. (AP Photo/Jane Roe)", "AP Photo/Jane Roe", "Jane Roe", "AP"),
        ("Crowds gather. Photo: John Doe/Reuters", "John Doe/Reuters", "John Doe", "Reuters"),
        (
            "Smoke rises. REUTERS/Kim Kyung-Hoon",
            "REUTERS/Kim Kyung-Hoon",
            "Kim Kyung-Hoon",
            "REUTERS",
        ),
        ("Fire. Credit: Reuters/Ann Lee", "Reuters/Ann Lee", "Ann Lee", "Reuters"),
        ("Game. Mike Stobe/Getty Images", "Mike Stobe/Getty Images", "Mike Stobe", "Getty Images"),
        ("The band. Photo courtesy of Jane Doe", "Jane Doe", "Jane Doe", None),
        ("In 2010. File photo by Kevin Dietsch/UPI", "Kevin Dietsch/UPI", "Kevin Dietsch", "UPI"),
    ],
)
def test_credits(line, credit, photographer, agency):
    c = find_credit(line)
    assert c is not None
    assert (c.credit, c.photographer, c.agency) == (credit, photographer, agency)


@pytest.mark.parametrize(
    "line", ["He said it was a photo by the lake.", "The price rose to $5/share.", "No credit here"]
)
def test_not_credits(line):
    assert find_credit(line) is None


def test_gallery_line():
    g = parse_gallery("1 of 5 | Women leave. Photo by Stephen Shaver/UPI | License Photo")
    assert g is not None
    assert (g.position, g.count, g.caption, g.licensable) == (
        1,
        5,
        "Women leave. Photo by Stephen Shaver/UPI",
        True,
    )
    assert parse_gallery("6 of 5 | x") is None


@pytest.mark.parametrize(
    "text, raw, place, date_text, source",
    [
        ("Nov. 16 (UPI) -- Drinking", "Nov. 16 (UPI) --", None, "Nov. 16", "UPI"),
        ("Nairobi (AFP) - Swarms", "Nairobi (AFP) -", "Nairobi", None, "AFP"),
        (
            "MADRID, 14 mar (Reuters) - El",
            "MADRID, 14 mar (Reuters) -",
            "MADRID",
            "14 mar",
            "Reuters",
        ),
        (
            "BERLIN, 14. März (Reuters) - Die",
            "BERLIN, 14. März (Reuters) -",
            "BERLIN",
            "14. März",
            "Reuters",
        ),
    ],
)
def test_less_common_datelines(text, raw, place, date_text, source):
    found = match_dateline(text, REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.place, d.date_text, d.source) == (raw, place, date_text, source)


def test_title_case_place_needs_agency_and_dash():
    assert match_dateline("Nairobi is a city - of note", REF) is None
    assert match_dateline("Officials said Monday - ", REF) is None


@pytest.mark.parametrize(
    "line, names",
    [
        ("By HARRIET LOWE Associated Press", ["HARRIET LOWE"]),
        ("By RENEE FOSTER and DALE OKAMOTO Associated Press", ["RENEE FOSTER", "DALE OKAMOTO"]),
        ("By Dana Kowalczyk, The Buffalo News", ["Dana Kowalczyk"]),
        ("By Ed Adamczyk | Nov. 19, 2014 at 3:42 PM", ["Ed Adamczyk"]),
        ("Staff and wire reports", []),
    ],
)
def test_bylines_with_outlets(line, names):
    b = parse_byline(line)
    assert b is not None and b.names == names


@pytest.mark.parametrize(
    "line, in_header, credit",
    [
        ("Skyway at dusk. Paul Reardon/Buffalo News", True, "Paul Reardon/Buffalo News"),
        ("Skyway at dusk. Paul Reardon/Buffalo News", False, None),
        ("It carries its credit line: Photo by Frank Cancellare/UPI.", False, None),
        (
            "FILE PHOTO: Houses in London, March 3, 2023. REUTERS/Toby Melville/File Photo",
            False,
            "REUTERS/Toby Melville",
        ),
        ("A man. (AP Photo/John Locher, File)", False, "AP Photo/John Locher"),
        ("In 2016. File Photo by Leslie E. Kossoff/UPI", False, "Leslie E. Kossoff/UPI"),
        ("A ship. Photo courtesy of the U.S. Navy", False, "U.S. Navy"),
    ],
)
def test_credit_context(line, in_header, credit):
    found = find_credit(line, in_header=in_header)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    "text, raw, rest",
    [
        (
            "NEW DELHI, India, Nov. 19 (UPI) --As more",
            "NEW DELHI, India, Nov. 19 (UPI) --",
            "As more",
        ),
        ("SEOUL, Nov. 19 (UPI)--As", "SEOUL, Nov. 19 (UPI)--", "As"),
        ("PARIS (AFP) -Le", "PARIS (AFP) -", "Le"),
        ('SEOUL, Nov. 19 (UPI) --"We', "SEOUL, Nov. 19 (UPI) --", '"We'),
    ],
)
def test_dash_glued_to_the_text(text, raw, rest):
    found = match_dateline(text, REF)
    assert found is not None and (found.dateline.raw, found.rest) == (raw, rest)


@pytest.mark.parametrize(
    "text, place, date, source",
    [
        ("BOISE, IDAHO, Sept 4 - The", "BOISE, IDAHO", "2014-09-04", None),
        ("EAU CLAIRE, Wis., Oct 3 - The", "EAU CLAIRE, Wis.", "2014-10-03", None),
        ("ANNAPOLIS, Md., Jan 12 - The", "ANNAPOLIS, Md.", "2014-01-12", None),
        ("TEMPE, Ariz, May 6 - The", "TEMPE, Ariz", "2014-05-06", None),
        ("ST. PAUL, MN, Aug 9 - The", "ST. PAUL, MN", "2014-08-09", None),
        ("ROCKFORD, MICH., March 13 - Shr", "ROCKFORD, MICH.", "2014-03-13", None),
        ("CHARLOTTE, N.C, March 24 - A", "CHARLOTTE, N.C", "2014-03-24", None),
        ("WASHINGTON, D.C. — The", "WASHINGTON, D.C.", None, None),
        ("HAILEY, Idaho, Calif., March 20 - A", "HAILEY, Idaho, Calif.", "2014-03-20", None),
        ("Boston, Feb 9 - The", "Boston", "2014-02-09", None),
        ("chicago, June 18 - Bell", "chicago", "2014-06-18", None),
        ("La paz, march 18 - a", "La paz", "2014-03-18", None),
        ("Edmonton, Alberta, April 8 - A", "Edmonton, Alberta", "2014-04-08", None),
        # a colon dateline opens the story's sentence (a few words with no end after a colon
        # are a headline's, below)
        ("LAGOS: Residents waded through floodwater on Monday.", "LAGOS", None, None),
        ("MANILA (Reuters) - The", "MANILA", None, "Reuters"),
        ("OSLO, 11 March - Norway", "OSLO", "2014-03-11", None),
        ("BERLIN — Germany", "BERLIN", None, None),
        ("BERLIN—Germany's", "BERLIN", None, None),
        ("WASHINGTON, June 19, - After", "WASHINGTON", "2014-06-19", None),
        ("NEW YORK, Feb. 3, 2021 /PRNewswire/ -- Acme", "NEW YORK", "2021-02-03", "PRNewswire"),
        ("(Reuters) - Shares of Acme rose", None, None, "Reuters"),
        ("c    LONDON, April 9 - Lex Service", "c LONDON", "2014-04-09", None),
    ],
)
def test_dateline_families(text, place, date, source):
    found = match_dateline(text, REF)
    assert found is not None, text
    d = found.dateline
    assert (d.place, d.date, d.source) == (place, date, source)


@pytest.mark.parametrize(
    "text",
    [
        "OIL OUTPUT SEEN LOWER - ANALYSTS",
        "HOG PRICES FIRM - TRADERS",
        "MARKET FOCUS - EURO BOND DEMAND",
        "RPT - EUROPEAN TRADE MAY PROPOSE NEW ICO FORMULA",
        "NEXT WORLD TRADE NEGOTIATIONS MUST SUCCEED - NZ",
        "CHEUNG KONG (HOLDINGS) LTD <CKGH.HK> YEAR 1986",
        "He said, March 3 - the day it rained",
        "BREAKING NEWS: Markets fall",
        "Delhi: Fire breaks out at godown in Narela",
        "NEW YORK-BASED companies grew",
        "By Helen Whitcombe, Reuters",
        "(HOLDINGS) - x",
        "(Reuters)",
    ],
)
def test_headlines_and_sentences_are_not_datelines(text):
    assert match_dateline(text, REF) is None


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Ana Reyes and Paolo Lim, Reuters", ["Ana Reyes", "Paolo Lim"]),
        ("Dana Whitfield, Senior Business Reporter", ["Dana Whitfield"]),
        ("By Lauren Pike Published 5/2/21 at 9:15 AM ET", ["Lauren Pike"]),
        ("Marisa Delgado | Staff Writer", ["Marisa Delgado"]),
        ("By Ingrid Solberg, Special to The Harbor Gazette", ["Ingrid Solberg"]),
        ("Written by Chinedu Okafor", ["Chinedu Okafor"]),
        ("By TOMAS LINDGREN and RUTH OKAFOR", ["TOMAS LINDGREN", "RUTH OKAFOR"]),
        ("JANE ROE, Associated Press", ["JANE ROE"]),
        ("By Jane Roe jroe@example.com", ["Jane Roe"]),
        ("Jane Roe and John Smith, Staff Writers", ["Jane Roe", "John Smith"]),
    ],
)
def test_web_bylines(line, names):
    b = parse_byline(line)
    assert b is not None and b.names == names


@pytest.mark.parametrize(
    "line",
    [
        "John Smith, chief executive of Acme, said on Monday",
        "Jane Roe, left, and John Smith, reporter",
        "By the numbers",
    ],
)
def test_sentences_are_not_web_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        ("Supporters wave banners at the rally on Monday. Reuters", None, "Reuters"),
        ("Photo: Julien Marchetti, AFP", "Julien Marchetti", "AFP"),
        ("Flames near Athens. (AP Photo/Nikos Pappas)", "Nikos Pappas", "AP"),
        ("A resident watches. Photograph: Eleni Stavrou/AFP", "Eleni Stavrou", "AFP"),
        ("A cloud of gas. (Image: © ESO/Rhea Castellanos)", "Rhea Castellanos", "ESO"),
        ("Credit: Marcus Hale for The Harbor Gazette", "Marcus Hale", "The Harbor Gazette"),
        ("Sam Becker via Getty Images", "Sam Becker", "Getty Images"),
        ("Lena Ortiz/Bloomberg via Getty Images", "Lena Ortiz", "Bloomberg"),
        ("Image copyright Getty Images", None, "Getty Images"),
    ],
)
def test_web_credits(line, photographer, agency):
    c = find_credit(line, in_header=True)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "line",
    ["He works for Reuters.", "Officials said the plan would cost $3 million. It passed."],
)
def test_not_web_credits(line):
    assert find_credit(line, in_header=True) is None


@pytest.mark.parametrize(
    "line, photographer, agency",
    [
        (
            "Protesters march on Monday. Jane Roe for The Washington Post",
            "Jane Roe",
            "The Washington Post",
        ),
        ("Protesters march on Monday. Jane Roe | AP", "Jane Roe", "AP"),
        ("Protesters march on Monday. Jane Roe via Getty Images", "Jane Roe", "Getty Images"),
    ],
)
def test_credits_in_the_story(line, photographer, agency):
    c = find_credit(line)
    assert c is not None and (c.photographer, c.agency) == (photographer, agency)


@pytest.mark.parametrize(
    "line",
    [
        "By Nell Harrington | Chicago Tribune",
        "He said. Jane Roe for Acme Corp",
        "The plan passed. It was good for The Seattle Times",
        "Jane Roe for The Washington Post",
    ],
)
def test_bylines_and_sentences_with_for_or_pipe_are_not_credits(line):
    assert find_credit(line) is None


@pytest.mark.parametrize(
    "paragraph, names",
    [
        ("(Reporting by Jane Roe in Accra; Editing by John Doe)", ["Jane Roe"]),
        (
            "He said. (Reporting by Jane Roe and Ann Poe in Oslo; Additional reporting by"
            " Ed Low; Writing by Tim Yu; Editing by John Doe)",
            ["Jane Roe", "Ann Poe", "Ed Low", "Tim Yu"],
        ),
        # the editors and the compiler worked on copy others reported: no writers
        ("(Reporting by Jane Roe; Compiled by Ed Low; Editing by John Doe)", ["Jane Roe"]),
    ],
)
def test_trailer_bylines(paragraph, names):
    b = trailer_byline(paragraph)
    assert b is not None and b.names == names


@pytest.mark.parametrize(
    "paragraph",
    ["(Editing by John Doe)", "Reporting by the agency found that the ban (in 2019) worked."],
)
def test_not_trailer_bylines(paragraph):
    assert trailer_byline(paragraph) is None
