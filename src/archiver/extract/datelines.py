"""The dateline grammar: `PLACE[, Region][/PLACE2][, DATE][ (AGENCY)| , Agency] DASH` at the
start of a story's first paragraph, and the resolution of its date.

Covers UPI (`SEOUL, Nov. 19 (UPI) --`), AP (`NEW YORK (AP) —`), Reuters (`LONDON, March 3
(Reuters) -`, `WASHINGTON, Oct 20, Reuter -`, `RIYADH, March 11 -`), AFP (`PARIS (AFP) -`),
newspaper style (`BUFFALO, N.Y. —`) and day-month order (`GENEVA, 19 November (Reuters) -`),
and the press-release wires' forms (`/PRNewswire/ --`, `--(BUSINESS WIRE)--`, `(GLOBE NEWSWIRE)
--`, `/ ACCESSWIRE / date /`, `TOKYO, Mar 12, 2025 - (JCN Newswire) -`, `DENVER (PRWEB)
September 13, 2022`, `SINGAPORE - Media OutReach Newswire - 12 March 2025 -`); a city in capitals
in the agency's slot is the place (`June 14, 2019 (KHARTOUM) -`, `EL FASHER (7 April 2025) -`).
A place must be printed in capitals and the dateline must end in a dash or an agency in
parentheses, so `DEAR ABBY: ...` and `NEW YORK is ...` are not datelines.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateutil import parser as dateparser

from archiver.extract.dates import parse_date
from archiver.extract.masthead import _MENU_WORDS as _MENU_WORD_SET
from archiver.extract.memo import none_by_text_cache, whole_text_cache
from archiver.model import Dateline, Warning

if TYPE_CHECKING:
    from archiver.extract.datelines_intl import IntlDateline

# Month names as wire services print them, in English and in the languages of their
# foreign-language services (Spanish, French, German, Portuguese, Italian), and of the
# national wires most copied (Russian, Ukrainian and Polish in the genitive a date takes,
# "17 февраля", "17 лютого", "17 lutego"; Turkish, Dutch, Indonesian; Czech, Slovak,
# Croatian, Hungarian and Serbian for CTK, TASR, Hina, MTI and Tanjug: "3. marca", "3. ožujka";
# not Croatian's October, "listopada", which is Polish for November).
_MONTH_NAMES: list[tuple[str, ...]] = [
    (
        "jan",
        "january",
        "ene",
        "enero",
        "janv",
        "janvier",
        "jän",
        "januar",
        "janeiro",
        "gen",
        "gennaio",
        "января",
        "січня",
        "stycznia",
        "январь",
        "янв",
        "ocak",
        "januari",
        "ledna",
        "januára",
        "siječnja",
        "január",
        "januarja",
        "januara",  # Serbian's genitive (Tanjug: "Beograd, 8. jula (Tanjug) -")  # Slovene (STA: "Ljubljana, 8. julija (STA) -")
        # Romanian (Agerpres: "București, 1 iul /Agerpres/ -"); not its "ian", an English name
        "ianuarie",
    ),
    (
        "feb",
        "february",
        "febr",
        "febrero",
        "févr",
        "fevr",
        "février",
        "februar",
        "fev",
        "fév",  # AFP's French wire ("Paris, 5 fév 2010 (AFP) -")
        "fevereiro",
        "febbraio",
        "февраля",
        "лютого",
        "lutego",
        "февраль",
        "фев",
        "şubat",
        "februari",
        "února",
        "februára",
        "veljače",
        "február",
        "februarja",
        "februara",
        "februarie",
    ),
    (
        "mar",
        "march",
        "marzo",
        "mars",
        "mär",
        "märz",
        "março",
        "марта",
        "мар",
        "березня",
        "marca",
        "март",
        "maart",
        "maret",
        "mac",  # Malay (Bernama: "KUALA LUMPUR, 11 Mac (Bernama) --")
        "mart",
        "marta",
        "března",
        "ožujka",
        "március",
        "martie",
    ),
    (
        "apr",
        "april",
        "abr",
        "abril",
        "avr",
        "avril",
        "aprile",
        "апреля",
        "квітня",
        "kwietnia",
        "апрель",
        "апр",
        "nisan",
        "dubna",
        "apríla",
        "travnja",
        "április",
        "aprila",
        "aprilie",
    ),
    (
        "may",
        "mayo",
        "mai",
        "maio",
        "mag",
        "maggio",
        "мая",
        "травня",
        "maja",
        "май",
        "mayıs",
        "mei",
        "května",
        "mája",
        "svibnja",
        "május",
        "maj",
    ),
    (
        "jun",
        "june",
        "junio",
        "juin",
        "juni",
        "junho",
        "giu",
        "giugno",
        "июня",
        "червня",
        "czerwca",
        "июнь",
        "июн",
        "haziran",
        "června",
        "júna",
        "lipnja",
        "június",
        "junija",
        "juna",
        "iunie",
        "iun",
    ),
    (
        "jul",
        "july",
        "julio",
        "juil",
        "juillet",
        "juli",
        "julho",
        "lug",
        "luglio",
        "июля",
        "липня",
        "lipca",
        "июль",
        "июл",
        "temmuz",
        "julai",  # Malay
        "července",
        "júla",
        "srpnja",
        "július",
        "julija",
        "jula",
        "iulie",
        "iul",
    ),
    (
        "aug",
        "august",
        "ago",
        "agosto",
        "août",
        "aout",
        "августа",
        "серпня",
        "sierpnia",
        "август",
        "авг",
        "ağustos",
        "augustus",
        "agustus",
        "ogos",  # Malay
        "srpna",
        "kolovoza",
        "augusztus",
        "avgust",
        "avgusta",
    ),
    (
        "sep",
        "sept",
        "september",
        "septiembre",
        "septembre",
        "setembro",
        "set",
        "settembre",
        "сентября",
        "вересня",
        "września",
        "сентябрь",
        "сен",
        "сент",
        "eylül",
        "září",
        "septembra",
        "rujna",
        "szeptember",
        "septembrie",
        "septembar",
    ),
    (
        "oct",
        "october",
        "octubre",
        "octobre",
        "okt",
        "oktober",
        "out",
        "outubro",
        "ott",
        "ottobre",
        "октября",
        "жовтня",
        "października",
        "октябрь",
        "окт",
        "ekim",
        "října",
        "októbra",
        "október",
        "oktobra",
        "octombrie",
        "oktobar",
    ),
    (
        "nov",
        "november",
        "noviembre",
        "novembre",
        "novembro",
        "ноября",
        "листопада",
        "listopada",
        "ноябрь",
        "ноя",
        "kasım",
        "nopember",
        "listopadu",
        "novembra",
        "studenoga",
        "novembar",
        "noiembrie",
    ),
    (
        "dec",
        "december",
        "dic",
        "diciembre",
        "déc",
        "décembre",
        "dez",
        "dezember",
        "dezembro",
        "dicembre",
        "декабря",
        "грудня",
        "grudnia",
        "декабрь",
        "дек",
        "aralık",
        "desember",
        "disember",  # Malay
        "prosince",
        "decembra",
        "prosinca",
        "decembar",
        "decembrie",
    ),
]
_MONTH = (
    "(?i:"
    + "|".join(
        sorted({re.escape(n) for names in _MONTH_NAMES for n in names}, key=len, reverse=True)
    )
    + r")\b\.?"
)
# (the old cables' "This day" and "To-day" stand where the weekday does: "PALMERSTON NORTH,
# This day.", as the New Zealand and Australian papers printed a telegram of the same day)
_WEEKDAY = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|This[ \t]day|To-day)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?:1[89]|20)\d\d"
# A date in figures, as European and Asian sites print it in a dateline: day, month and year
# with dots (`BERLIN, 03.03.2025 –`, always day first), with slashes (`ROMA, 03/03/2025 -`,
# read day first unless the second number cannot be a month), or ISO's order (`2025-03-03`).
_NUM_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_NUMERIC_DATE = (
    rf"(?:{_NUM_DAY}\.{_NUM_DAY}\.(?:{_YEAR}|\d\d)|{_NUM_DAY}/{_NUM_DAY}/{_YEAR}"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\d./-]?\d)"
)
# Hungarian's weekdays, printed after the date ("2024. július 1., hétfő (MTI) –").
_HU_WEEKDAY = r"(?i:hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap)"
_DATE = (
    rf"(?:(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+{_DAY}(?:(?:,?\s+|/){_YEAR})?"
    # the year may take the ordinal's dot day-first, before the agency or the dash ("ZAGREB,
    # 1. srpnja 2024. (Hina) -")
    rf"|(?:le\s+)?{_DAY}\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?{_YEAR}(?:\.(?=\s*[(\[/–—-]))?)?)"
    # Hungarian's order: year, month, day ("Budapest, 2024. július 1., hétfő (MTI) –")
    rf"|{_YEAR}\.\s+{_MONTH}\s+{_DAY}(?:,\s+{_HU_WEEKDAY})?"
    rf"|{_NUMERIC_DATE}|{_WEEKDAY})"
)
# The Hijri calendar's date that Saudi, Gulf and other Muslim countries' agencies print before
# the Gregorian one ("Riyadh, Dhu al-Qadah 15, 1443, June 14, 2022, SPA --", "Jeddah, 5
# Ramadan 1445 AH, March 15, 2024"): the month in any of its transliterations, a day and a
# year of the 14th or 15th Hijri century. Read as part of the dateline, never as its date.
_HIJRI_MONTH = (
    # (the month's half glued on in some: "Rabi'II", "Jumada'I", "RabiulAwal")
    r"(?i:Muharram|Safar|Rabi[a-z'’]*(?:[ -][A-Za-z'’]+){0,2}|Jumad[a-z'’]*(?:[ -][A-Za-z'’]+){0,2}"
    r"|Rajab|Sha['’]?a?ban|Rama[dz]h?an|Shawwal"
    r"|(?:Dhu|Dhul|Thul|Zul|Zhul)[a-z'’]*(?:[ -][A-Za-z'’]+){0,2})"
)
# A Hijri month's first word, which is never a region's ("Riyadh, Dhu al-Qadah 15, 1443").
_HIJRI_WORD = (
    r"(?i:Muharram|Safar|Rabi|Rabia|Jumada|Rajab|Sha['’]?a?ban|Rama[dz]h?an|Shawwal|Dhul?)"
    # with the month's half glued on: "Rabi'II", "Jumada'I"
    r"(?:['’](?i:I{1,2}|al|ul|us|as|th)[a-z]*)?"
)
_HIJRI_DATE = (
    rf"(?:{_HIJRI_MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{_HIJRI_MONTH}),?[ \t]+1[34]\d\d"
    r"(?:[ \t]*(?:AH|A\.H\.|H))?"
)
# A place word in any case: letters, with the dots, apostrophes and hyphens of names like
# ST. LOUIS, WINSTON-SALEM, CÔTE D'IVOIRE, Coeur d'Alene; or initials with their dots, as
# the District of Columbia is printed after its city with no comma ("Washington D.C., March
# 5, 2018 (NAN)").
_WORD = r"(?:(?:[A-Z]\.){2,3}(?=[\s,(])|[^\W\d_][^\W\d_.'’\-]*\.?(?:[-'’][^\W\d_]+\.?)*)"
# A district named with its number between two words: "North 24 Parganas" (never a date's
# day: no month follows the number)
_PLACE_NUMBER = rf"\d{{1,3}}(?=[ \t]+(?!(?:{_MONTH})\b)[^\W\d_])"
_PLACE_WORDS = rf"{_WORD}(?:[ \t]+(?:{_WORD}|{_PLACE_NUMBER})){{0,5}}"
# Agencies that old Reuters copy puts after a comma: `WASHINGTON, Oct 20, Reuter -`; Kyodo and
# AAP and NZPA after the date with no comma: `TOKYO, March 3 Kyodo -`, `SYDNEY, March 3 AAP -`.
# Saudi, Gulf and other national agencies do the same after the year: `Riyadh, March 3, 2025,
# SPA --`. (Not PA: after a comma it is Pennsylvania, `PITTSBURGH, PA —`.)
_COMMA_AGENCIES = (
    r"Reuters?|AP|UPI|AFP|dpa|DPA|Xinhua|Kyodo|Bernama|Interfax|Tass|TASS|"
    r"ANSA|EFE|PTI|IANS|Yonhap|CP|AAP|Bloomberg|SPA|WAM|KUNA|QNA|BNA|ONA|MENA|IRNA|"
    r"UNI|ANI|APP|BSS|Antara|Lusa|Anadolu|Jiji|GNA|NAN|KNA|PNA|NZPA"
)
# A region or country after the place: `Calif.`, `N.Y.`, `N.C`, `MICH.`, `IDAHO`, `MN`, `D.C.`,
# `New Zealand`, `British Columbia` (never a month, a weekday or an agency).
# ("LONDON, Monday.—": the weekday closed by a full stop and the dash, as papers printed cabled
# news a century ago, is the dateline's day, not a region)
_REGION_WORD = (
    rf"(?!(?:{_MONTH}|{_WEEKDAY}|(?:{_COMMA_AGENCIES})|{_HIJRI_WORD})(?:[\s,()\]]|[.]?(?:--|—|–)|$))"
    r"(?:(?:[A-Z][a-z]{0,3}\.){1,3}[A-Z]?[a-z]*\.?|[A-Z][\w'’]+(?:-[\w'’]+)*\.?|of|de|del|da|do|and"
    # "Côte d'Ivoire": French's elided article before a capital
    r"|d['’][A-Z][\w'’]+"
    # "MANILA, the Philippines —", "BANJUL, The Gambia": a country named with its article
    r"|[Tt]he(?=[ \t]+[A-Z])"
    # "Srinagar [J-K]": a state's initials joined by a hyphen, as ANI prints Jammu and Kashmir
    r"|[A-Z](?:-[A-Z])+(?=\])"
    # "Samarinda, E Kalimantan", "Bekasi, W Java": Antara's compass initial before the
    # province's name (East, West, North, South, Central; SE, NE)
    r"|(?:[NS][EW]|[NSEWC])(?=[ \t]+[A-Z][a-z]))"
)
# up to five words: "Democratic Republic of the Congo", a land's full name after the city
_REGION = rf"{_REGION_WORD}(?:[ \t]+{_REGION_WORD}){{0,4}}"
# `New Delhi [India]`: Indian wires put the country in brackets after the city, and the state
# in parentheses before it: `Bandipora (Jammu and Kashmir) [India]`; AFP's French desk puts the
# country in parentheses before the agency's: `Herat (Afghanistan) (AFP) -`; PTI and other
# Indian wires the state before the date and their own name: `Bhopal (Madhya Pradesh), Jan 3
# (PTI) -`, `Muzaffarnagar (UP), Jan 5 (PTI) -`.
_ONE_PLACE = (
    rf"{_PLACE_WORDS}(?:[ \t]*\({_REGION}\)(?=[ \t]*[\[(]|,[ \t]*(?:{_DATE})[ \t]*\())?"
    rf"(?:[ \t]*\[{_REGION}\])?"
    rf"(?:,[ \t]*{_REGION}){{0,2}}"
)
# `(EFE).-`: Spanish-language wires close the dateline with a full stop and a dash; AP's
# copy of the teletype years (and the databases that keep it) an underscore: `(AP) _`.
# Some papers print a double chevron instead of the dash: `HILO, Hawaii >> Lava ...`
# (breadcrumbs print them too, so the story's sentence must follow and no menu's word lead).
_CHEVRONS = (">>", "»")
# The Salt Lake Tribune sets a bullet in the dash's place: `Provo • A controversial ...`.
# Three hyphens stand for the dash where a wire's copy is typed on a plain keyboard (PACNEWS:
# `SUVA, 05 MARCH 2024 (PACNEWS) ---`).
_DASH = r"\.(?:--|—|–)|(?<=\))\.[ \t]+(?:--|—|–)(?=[ \t])|---(?=[ \t])|--|—|–|\.-|-|―|‒|−|:|_(?=[ \t])|>>(?=[ \t])|»(?=[ \t])|•(?=[ \t])"
# A news site's name that is its domain, in an agency's brackets: "(24.kg)", "(Kabar.kg)".
_DOMAIN_NAME = r"[A-Za-z0-9][\w-]{0,30}\.[a-z]{2,6}(?:\.[a-z]{2})?"
_AGENCY_NAME = (
    rf"(?:[A-Za-z][\w.&/\- '’]{{0,30}}|{_DOMAIN_NAME}"  # "Pacnews/Flash d'Océanie"
    # a TV station's brand led by its channel number: "(7News)", "(13News Now)", "(12 News)"
    r"|\d{1,2}[ \t]?[A-Z][\w.&\- '’]{1,20})"
)
# An agency's or a news service's code: a short word in capitals (`GNA`, `DHNS`, `RNS`,
# `KAZINFORM`). In a dateline's agency slot (after the date, after the place, in brackets
# before a dash) its shape is the evidence, so agencies missing from our list still count.
_AGENCY_CODE = r"[A-Z][A-Z&]{1,11}"

# News sites that sign their copy with their domain, after the place or before it (Indonesian
# sites above all): `JAKARTA, KOMPAS.com -`, `TEMPO.CO, Jakarta -`, `TRIBUNNEWS.COM, JAKARTA -`.
_SITE_DOMAIN = r"[A-Za-z][\w-]{1,30}\.(?i:com|co|net|org|id)(?:\.[a-z]{2})?"
_DOMAIN_FIRST = re.compile(rf"^(?P<agency>{_SITE_DOMAIN}),[ \t]+(?=\S)")
_DOMAIN_AFTER = re.compile(
    rf"^(?P<place>{_PLACE_WORDS}),[ \t]+(?P<agency>{_SITE_DOMAIN})[ \t]*(?P<dash>--|—|–|-)(?=[ \t])"
)
# Europa Press prints the day alone: `MADRID, 11 (EUROPA PRESS) -`.
_DAY_ONLY = r"\d{1,2}(?=[ \t]*\((?i:europa[ \t]+press|ep)\))"
# A calendar date with its day and year, no weekday alone: what a press-release wire prints
# after its name (`DENVER (PRWEB) September 13, 2022`, `SINGAPORE - Media OutReach Newswire -
# 12 March 2025 -`).
_FULL_DATE = rf"(?:{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}|{_DAY}[ \t]+{_MONTH},?[ \t]+{_YEAR})(?!\d)"
# The place, its agency in brackets, then the date and the dash: `Phnom Penh (FN), March 3 –`.
_AGENCY_BEFORE_DATE = re.compile(
    rf"^(?P<raw>(?P<place>{_PLACE_WORDS})[ \t]*\((?P<agency>[A-Za-z][\w.&'’ -]{{1,30}})\),[ \t]*"
    rf"(?P<date>{_DATE})[ \t]*(?P<dash>--|—|–|-|:))(?=[ \t])"
)
# A calendar date, then a bar or a bullet, where a place's dateline follows.
_DATE_BAR = re.compile(rf"^(?P<date>{_FULL_DATE})[ \t]*[|•·][ \t]*(?=[^\W\d_])")

DATELINE_RE = re.compile(
    rf"""^(?P<raw>
        (?:
            (?!{_DATE}[ \t,(])(?P<place>{_ONE_PLACE}(?:(?:[ \t]*/[ \t]*|[ \t]+&[ \t]+){_ONE_PLACE}){{0,3}})
            (?:,[ \t]*{_HIJRI_DATE}(?=,[ \t]*(?:{_DATE}|(?:{_COMMA_AGENCIES})\b)|[ \t]*\())?
            (?:,[ \t]*(?P<date>{_DATE}|{_DAY_ONLY})|,[ \t]*\d{{1,2}}(?=[ \t]*\())?
          | (?P<date2>{_DATE})
          | (?=\()
        )
        ,?[ \t]*
        (?:\((?P<agency6>[A-Za-z][\w.&\- '’]{{0,30}}?)[ \t]*/[ \t]*(?P<date6>{_DATE})\)
           |\((?P<agency>{_AGENCY_NAME})\)(?:[ \t]+(?P<date4>{_FULL_DATE}))?|(?<=,[ \t])(?P<agency2>{_COMMA_AGENCIES}|{_AGENCY_CODE}(?=[ \t]*(?:(?:--|—|–|-)[ \t]|:)))\b
           |(?<=\d[ \t])(?P<agency5>{_COMMA_AGENCIES})(?=[ \t]*(?:--|—|–|-)[ \t])
           |\((?P<date5>{_FULL_DATE})\)(?=[ \t]*(?:--|—|–|-)[ \t])
           |/(?P<agency3>[^\W\d_][\w.&\- ]{{0,30}})/
           |(?:--|—|–|-(?=[ \t]*\())[ \t]*\((?P<agency4>{_AGENCY_NAME}?)(?:[ \t]+-[ \t]+(?P<date3>{_DATE}))?\)
            (?=[ \t]*(?:--|—|–|-)))?
        [ \t]*(?P<dash>{_DASH}|(?<=/)\.(?=[ \t]))?
    )""",
    re.VERBOSE,
)
# (agency6/date6: a news service's name and the day after a slash in one pair of brackets,
# `DAVAO CITY (MindaNews / 12 March) —`, read before the brackets as an agency's name alone,
# whose letters may hold a slash: `(Pacnews/Flash d'Océanie)`.)
# A dateline is short; the grammar never looks further into a paragraph than this.
_DATELINE_WINDOW = 240
_AGENCY_GROUPS = ("agency", "agency2", "agency3", "agency4", "agency5", "agency6")
_DATE_GROUPS = ("date", "date2", "date3", "date4", "date5", "date6")
_BRACKETED_REGION = re.compile(r"\s*\[([^\]]*)\]|\s*\(([^)]*)\)")
# A story's opening sentence is longer than a headline's tail.
_SENTENCE_WORDS = 12

# Words that look like a place in capitals but open ordinary sentences or columns.
_NOT_PLACES = {
    "DEAR",
    # a letter's salutation: "Sir, – I read with ...", "Madam, – ..." (the Irish Times' letters)
    "SIR",
    "SIRS",
    "MADAM",
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EDITOR'S",
    "EDITORS",
    "NOTE",
    "WARNING",
    "FILE",  # AP captions: "FILE - In this 2019 photo, ..."
    "RPT",  # Reuters' repeat marker: "RPT - HEADLINE"
    "REPEAT",
    "CORRECTED",
    "CORRECTION",
    "REFILE",
    "WRAPUP",
    "FACTBOX",
    "ANALYSIS",
    "EXCLUSIVE",
    "INTERVIEW",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "WATCH",
    "LIVE",
    "OPINION",
    "EDITORIAL",
    "COMMENTARY",
    "REVIEW",
    "Q&A",
    "BY",
    "PHOTOGRAPH",
    "CREDIT",
    "IMAGE",
    "SOURCE",
    "WRITTEN",
    # the field labels of an e-mail's or a database export's header ("From: The Christian
    # Science Monitor", "Date: Mar. 3, 2011", "To: Desk"): "From", "To" and "Date" are also
    # names of small towns the gazetteer lists, but a dateline never opens with them
    "FROM",
    "TO",
    "CC",
    "SUBJECT",
    "SENT",
    "DATE",
    "TITLE",
    "AUTHOR",
    "PUBLISHER",
    "LENGTH",
    # an infobox's or a fact box's field labels run into their values once the table's cells
    # are copied as text ("Location Thessaly, Greece", "Venue Wembley Stadium, London")
    "LOCATION",
    "VENUE",
    "COORDINATES",
    # a related story's link in the body ("More: Indy's pothole count hit a record ...",
    # Gannett's papers): "More" is a town the gazetteer lists too, but no dateline's
    "MORE",
}
# A news service's name that says what it is: capitalised words ending in a news outlet's
# word ("Gray News", "Religion News Service", "States Newsroom", "Capitol Media").
_NEWS_SERVICE = re.compile(
    r"(?:[A-Z][\w.&'’-]*[ \t]+){1,3}(?:News|Newsroom|Press|Wire|Service|Media|Newswire|Agency)"
)
# An outlet's own word in its name ("News 1st", "Daily Mirror", "Ada Derana TV", "Dawn
# News"), whichever way round the words stand: in a dateline's brackets it names the
# broadcaster or the paper, as a region's name there ("Sri Lanka", "Punjab") does not.
_OUTLET_IN_BRACKETS = re.compile(
    r"\b(?:News|Newsroom|Press|Wire|Media|Newswire|TV|Television|Radio|Times|Post|Herald|"
    r"Tribune|Mirror|Express|Observer|Daily|Online|Journal|Gazette|Chronicle|Telegraph)\b"
)
# The words of a page's section labels and a summary box's title.
_SECTION_WORDS = _MENU_WORD_SET | {"key", "points", "highlights", "summary", "trending", "top"}
# A company's legal form after its name: no town's name ends so.
_COMPANY_SUFFIXES = frozenset("ag gmbh ltd inc llc plc corp nv bv srl asa sarl pty".split())
_STAMP_WORD = re.compile(r"\b(?i:updated|published|posted|modified|last\s+update|edited)\b")
# A time of day and nothing else ("3:41pm", "10:05 a.m. AEST"): what follows a page's stamp.
_CLOCK_ONLY = re.compile(r"\d{1,2}[:.]\d\d(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]+[A-Z]{2,5})?")
_TRANSMISSION_CODE = re.compile(r"^[a-z]\s+(?=[A-Z])")
# Score a candidate needs to be taken as a dateline (see `_weigh`).
ACCEPT = 2


@dataclass(frozen=True)
class DatelineMatch:
    dateline: Dateline
    rest: str  # the paragraph's text after the dateline
    warnings: tuple[Warning, ...]
    score: int = 0  # the weight of the evidence (ACCEPT or more)
    evidence: tuple[str, ...] = ()  # why: one short phrase per piece of evidence
    names: tuple[str, ...] = ()  # reporters the dateline itself names ("（记者 张三）")
    title: str | None = None  # a title after the dateline ("新华社北京3月10日电 题：...")


def _letters(text: str) -> str:
    return "".join(c for c in text if c.isalpha())


# The most words a headline after its country and colon runs to.
_COLON_HEADLINE_WORDS = 20


def _headline_after_colon(head: str, dash: str | None, rest: str) -> bool:
    """The paragraph after a country's name and its colon is a headline's words, not a
    sentence of story: short and with no stop at its end ("Sudan: ICRC delivers surgical
    supplies to El Fasher hospital", as UN agencies' and NGOs' releases title their news by
    the country). A city's colon ("Colombo: Sri Lanka will resume ...", hard-wrapped) opens
    the story as South Asian papers set their datelines."""
    from archiver.extract.gazetteer import is_country

    text = rest.strip()
    return (
        dash == ":"
        and is_country(head)
        and "\n" not in text
        and len(text.split()) <= _COLON_HEADLINE_WORDS
        and text[-1:] not in '.!?"”’)…:;,'
    )


def _is_capitals(text: str) -> bool:
    letters = _letters(text)
    return len(letters) >= 2 and letters.isupper()


def _capitalised(text: str) -> bool:
    """Every word starts with a capital, bar the particles of names (La Paz, Rio de Janeiro)."""
    small = {"de", "del", "da", "do", "la", "el", "of", "on", "upon", "au", "aux", "sur", "am"}
    return all(w[:1].isupper() or w in small for w in text.split())


# Another agency in brackets after a date, opening what follows a bracket: "Muzaffarnagar
# (UP), Jan 5 (PTI) - ...", where the first bracket holds the place's state.
_SECOND_AGENCY = re.compile(r"^,[ \t]*[^()]{3,30}\((?P<agency>[^()]{2,24})\)")


def _state_code_after_place(place: str | None, agency: str, rest: str) -> bool:
    """ "(UP)", "(U.P.)" after a town is Uttar Pradesh's code, as Indian papers print it
    ("Muzaffarnagar (UP), Jan 5 (PTI) -", "GORAKHPUR (U.P.): ..."), not the United Press of
    old American papers ("WASHINGTON (UP) -"): another agency follows it, or the town is
    India's and none of the United States'."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.gazetteer import countries_of

    if re.sub(r"[.\s]", "", agency).upper() != "UP" or not place:
        return False
    second = _SECOND_AGENCY.match(rest)
    if second is not None and is_wire_source(second.group("agency")):
        return True
    towns = countries_of(place.split(",")[0].strip().title())
    return "India" in towns and "United States" not in towns


def _weigh(
    place: str | None,
    date: str | None,
    agency: str | None,
    dash: str | None,
    rest: str,
    coded: bool = False,
    glued: bool = False,
) -> tuple[int, list[str]]:
    """Evidence for and against a dateline: (score, reasons). Dates and agencies are strong
    evidence; a place alone needs capitals, a known region or the gazetteer's word."""
    from archiver.extract.agencies import is_wire_source, names_agency
    from archiver.extract.gazetteer import is_known_place, is_region_after_place

    score = 0
    why: list[str] = []

    def add(points: int, reason: str) -> None:
        nonlocal score
        score += points
        why.append(f"{points:+d} {reason}")

    # the words of the story after the dateline, counted no further than any test below asks
    # (a page read as one paragraph splits a MB of words for each weighing otherwise)
    rest_words = _words_upto(rest, _WEIGHED_WORDS)
    if date:
        add(3, f"a date ({date.strip()})")
    if agency and _state_code_after_place(place, agency, rest):
        return -9, [f"({agency}) is the state's code after an Indian town, not United Press"]
    if agency:
        if is_wire_source(agency):
            add(3, f"a known agency ({agency})")
        elif _agency_desk(agency):
            add(3, f"a known agency's desk ({agency})")
        elif dash and dash != ":":
            add(1, f"a source named before the dash ({agency})")
        elif (
            dash == ":" and date and place and _place_word(place) and not _STAMP_WORD.search(agency)
        ):
            # "Kabul, Afghanistan, March 3, 2025 (Pajhwok): ...": the agency in brackets after
            # the date, a colon closing it (Afghan and South Asian wires)
            add(1, f"a source named after the date, before a colon ({agency})")
        elif (
            dash == ":"
            and place
            and not date
            and _OUTLET_IN_BRACKETS.search(agency)
            and not _STAMP_WORD.search(agency)
            and len(agency.split()) <= 3
            and rest_words >= _SENTENCE_WORDS
            and rest.rstrip("”\"’' ").endswith((".", "!", "?"))
        ):
            # "Colombo (News 1st): Police have arrested ...", "Lahore (Daily Times): The
            # ...": a broadcaster or a paper naming itself in brackets after the place, a
            # colon and the story's sentence (Sri Lankan and other South Asian outlets'
            # style); its name says it is an outlet, a region's in brackets does not
            add(1, f"an outlet's name in brackets after the place, before a colon ({agency})")
        elif coded:
            add(1, f"a news service's code in capitals after the place ({agency})")
        elif date and place and re.fullmatch(_AGENCY_CODE, agency) and agency not in _NOT_PLACES:
            # "ULAANBAATAR, March 3 (MONTSAME) The ...": as PTI prints it, with no dash
            add(1, f"a news service's code in capitals after the date ({agency})")
        else:
            return -9, [f"({agency}) is not a known agency and no dash follows"]
    if not dash and not agency:
        return -9, ["no dash or agency closes it"]
    if dash == ":" and rest.startswith("//"):
        # "... picture alliance https://p.dw.com/p/4abcd": a web address's colon, no dateline's
        return -9, ["the colon opens a web address"]
    if not (date or agency) and rest and _ends_in_photo_credit(rest):
        # "Bengaluru: People queue at a canteen ... (PTI Photo/X)": a caption, its place first
        return -9, ["the text after it ends in a photo credit: a caption"]
    if (
        rest
        and rest_words <= _CAPTION_WORDS
        and _PHOTO_LABEL_TAIL.search(rest[-_PHOTO_LABEL_WINDOW:]) is not None
        and _ends_in_photo_credit(rest)
    ):
        # "Porto Alegre (RS), 01.07.2024 - Moradores em área alagada. Foto: Jane Roe/Agência
        # Brasil": a caption that opens with where and when the picture was taken, its
        # credit under a picture's label; a story's first paragraph ends in no such label
        return -9, ["a sentence or two ending in a labelled photo credit: a caption"]
    if dash in ("—", "–", "---", "--", "―", "‒", ">>", "»", "|"):
        add(1, f"a dash {dash!r}")
    elif dash == ":":
        add(-1, "a colon, which also ends labels")
        if (
            not (date or agency)
            and rest
            and rest_words < _SENTENCE_WORDS
            and not rest.rstrip("”\"’' ").endswith((".", "!", "?"))
        ):
            # "DOH: Dengue cases up 20% nationwide", "Delhi: Fire breaks out at godown": a
            # headline's speaker or place before its colon, a few words and no sentence's end
            # after it; a dateline's colon opens the story's sentence
            add(-2, "a few words and no sentence's end after the colon: a headline's")
    head_words = rest.split(None, 8)[:8]
    # "GISBORNE—THIS DAY. (Before Mr ...)": the words up to the first full stop, a court's or a
    # column's sub-head in capitals, whatever the paragraph joined under it
    stop = next((k for k, w in enumerate(head_words) if w.endswith(".") and len(w) > 2), None)
    sub_head = (
        stop is not None
        and stop >= 1
        and all(_is_capitals(w) and "." not in w[:-1] for w in head_words[: stop + 1])
    )
    if (
        len(head_words) >= 1
        and (sub_head or sum(_is_capitals(w) for w in head_words) >= max(1, len(head_words) - 1))
        and not (date or agency)
    ):
        add(-3, "the words after the dash are in capitals, as in a headline")
    if place:
        bracketed = _BRACKETED_REGION.search(place)
        place_only = _BRACKETED_REGION.sub("", place)
        head = re.split(r"[,/]", place_only, maxsplit=1)[0].strip()
        first = head.split()[0].rstrip(".:").upper()
        if first in _NOT_PLACES:
            return -9, [f"{first!r} opens labels and sentences, not datelines"]
        if _agency_code_alone(place, date, agency, dash, rest, glued):
            # "NNA - Prime Minister ...", "PETRA - His Majesty ...": a national agency's code
            # alone before the dash and the story's sentence, no place and no date (the
            # Lebanese, Jordanian and other national agencies' English copy); the gazetteer's
            # alternate names hold many such codes, which are no place here
            return ACCEPT, [
                f"+{ACCEPT} a known agency's code alone ({head}), a dash and a sentence: the"
                " agency's own opener, no place"
            ]
        if agency and names_agency(head, agency):
            # "AFRICAN NEWS AGENCY (ANA)", "Bangladesh Sangbad Sangstha (BSS)", "Press Trust
            # of India (PTI)", "Emirates News Agency (WAM)" over the story: the agency's name
            # spelt out over its code (its initials, or words naming a news agency), its
            # masthead; not a place
            return -9, [f"{head!r} is an agency's name, not a place"]
        if agency and dash and is_wire_source(head) and names_agency(agency, head):
            # "LETA - Latvian News Agency", "BTA - Bulgarian News Agency": the masthead the
            # other way round, the agency's code where the place stands and its name spelt
            # out after the dash
            return -9, [f"{head!r} is an agency's code over its name ({agency}), not a place"]
        if dash in _CHEVRONS and (first.lower() in _MENU_WORD_SET or rest_words < _SENTENCE_WORDS):
            # "NEWS » Kilauea erupts again": a breadcrumb's chevron, not a dateline's
            return -9, [f"a chevron after {first!r} with no sentence after it: a breadcrumb"]
        if (
            not (date or agency)
            and all(w.lower() in _SECTION_WORDS for w in head.split())
            and not is_known_place(head)
        ):
            # "POLITICS — The government ...", "WORLD NEWS —", "KEY POINTS —": a section's
            # or a box's label over the story, in capitals before a dash as a place would be
            return -9, [f"{head!r} is a section's label, not a place"]
        if " & " in place_only and not all(
            is_known_place(town) or is_region_after_place(region)
            for town, _, region in (p.partition(",") for p in place_only.split(" & "))
        ):
            # "SAN JOSE, Calif. & EINDHOVEN, Netherlands--(BUSINESS WIRE)--": a release's two
            # places; "JOHNSON & JOHNSON (Reuters) -", "BARNES & NOBLE —" join a firm's names
            return -9, [f"{place_only!r} joins no two places by '&'"]
        stamp = _STAMP_WORD.search(place_only)
        if stamp is not None:
            # "TNN / Updated: Jan 22, 2026": a page's stamp, its desk before it, is no place
            return -9, [f"{stamp.group(0)!r} is a page stamp's word, not a place's"]
        if (
            not (date or agency)
            and (tail := head.split()[-1].strip(".,").casefold()) in _COMPANY_SUFFIXES
            and len(head.split()) >= 2
        ):
            # "ARGUS DER PRESSE AG – Medienbeobachtung": a company's name, its legal form last
            # (a clipping service's header), is no place
            return -9, [f"{head!r} ends in a company's legal form ({tail}), not a place's name"]
        if dash == ":" and head.lower() in _PICTURE_POSITIONS:
            # "Top: A police officer in New York.": which picture a caption is for, no place
            # (the gazetteer knows a "Top" and a "Centre" too)
            return -9, [f"{head!r} says where a caption's picture stands, not a place"]
        words = head.split()
        if _headline_then_city(words):
            # "Water Bond Speed-Up SACRAMENTO (UPI) —", "in Cadiz Shaft CADIZ, Ohio, ...": a
            # headline's last line in mixed case run into the dateline's city in capitals
            return -9, [f"{head!r} runs words in mixed case into a place in capitals"]
        regions = [r.strip() for r in re.split(r"[,/]", place_only)[1:] if r.strip()]
        if bracketed:
            regions.insert(0, bracketed.group(1) or bracketed.group(2))
        known: bool | None = None  # the gazetteer's word, asked only when needed

        def gazetteer_knows() -> bool:
            nonlocal known
            if known is None:
                known = len(_letters(head)) >= 3 and is_known_place(head)
            return known

        if _is_capitals(head):
            add(1, f"the place {head!r} is in capitals")
            if (
                glued
                and not (date or agency)
                # a short code is a company's or an agency's ("MTN- The group ...")
                and len(_letters(head)) >= 4
                and not is_wire_source(head)
                and rest_words >= _SENTENCE_WORDS
                and rest[:1].isupper()
            ):
                # "BUDUDA- The number of ...": a hyphen set against the place and a space
                # after it, then the story (East African papers' style); a headline's
                # attribution spaces its dash ("OIL OUTPUT SEEN LOWER - ANALYSTS")
                add(1, "a hyphen against the place, then a sentence")
        elif date and _is_capitals(_TRANSMISSION_CODE.sub("", head)):
            # old wire copy keeps a one-letter routing code before the place: "c    LONDON"
            add(1, f"the place {head!r} is in capitals after a one-letter code")
        elif not _capitalised(head) or not (date or agency):
            if gazetteer_knows():
                add(1, f"the gazetteer knows {head!r}")
                if (
                    dash in ("-", ":", "•")
                    and rest_words >= _SENTENCE_WORDS
                    and not _headline_after_colon(head, dash, rest)
                ):
                    # "Cape Town - The City of Cape Town will ...", "Hyderabad: The state
                    # government on Monday ...", "Provo • A controversial plan ...": a known
                    # place, then a sentence of story (a headline or a label's text stops short)
                    add(2 if dash == ":" else 1, f"a known place and {dash!r} before a sentence")
            elif (
                _capitalised(head)
                and dash in ("—", "–", "--", ">>", "»")
                and any(is_region_after_place(r) for r in regions)
                and len(words) <= 3
                # "Senior Writer, Auckland" under the writer's name at the story's foot: the
                # writer's title and where the writer is based, no town
                and not _writer_title(head)
            ):
                # "Lakeport, Mich. —": a newspaper's own style, the town in mixed case with
                # its state and the dash; a small town the gazetteer does not list
                add(0, f"{head!r} is in mixed case, with its region and a dash")
            else:
                add(-3, f"{head!r} is neither in capitals nor a known place")
        elif agency and not date and not dash and len(words) >= 2 and not gazetteer_knows():
            # "Seoul City Hall (Yonhap)" over the story: with no date and no dash, an agency in
            # brackets after words in mixed case the gazetteer does not know closes a photo's
            # caption (what it shows, then its agency), not a dateline ("Hamburg (ots)" and
            # "New Delhi (PTI)" name known places)
            add(-3, f"{head!r} in mixed case, unknown, with no date or dash: a caption's")
        if len(words) > 4:
            add(-2, f"a place of {len(words)} words")
        known_regions = [r for r in regions if is_region_after_place(r)]
        if known_regions:
            add(1, f"a known region ({known_regions[0]})")
            if (
                dash == ":"
                and not (date or agency)
                and _is_capitals(head)
                and rest_words >= _SENTENCE_WORDS
                and rest.rstrip("”\"’' ").endswith((".", "!", "?"))
            ):
                # "TAWAU, SABAH: Police have arrested ...": the Malaysian and other Asian
                # papers' dateline, the town in capitals, its state, a colon and the story's
                # sentence (a label's colon has no known region before it, a headline's no
                # whole sentence after it)
                add(1, "a place in capitals, its known region and a colon before a sentence")
        if ACCEPT - 2 <= score < ACCEPT and not known_regions and known is None:
            # only now ask the gazetteer, which costs a load on first use
            if gazetteer_knows():
                add(2, f"the gazetteer knows {head!r}")
            elif _town_before_story(head, date, agency, dash, rest):
                add(2, f"{head!r} is a town GeoNames lists, or a known place spelt otherwise")
            elif _town_named_in_story(head, date, agency, dash, rest):
                add(2, f"the sentence names {head!r} again as a place, in mixed case")
            elif not (date or agency):
                add(-1, f"the gazetteer does not know {head!r}")
    elif (
        agency
        and not date
        and dash in ("—", "–", "--")
        and re.fullmatch(_AGENCY_CODE, agency)
        and agency not in _NOT_PLACES
        and rest_words >= _SENTENCE_WORDS
    ):
        # "(RNS) — More than two dozen ...": a service's code in brackets, a dash, the story
        add(0, f"({agency}) in capitals, a dash and a sentence: a news service's code")
    elif dash == "()" and agency and re.fullmatch(_DOMAIN_NAME, agency):
        # "(24.kg) Bishkek city council ...": _SITE_ALONE's form, a sentence after it
        add(ACCEPT, f"({agency}) is a news site's domain in brackets over a sentence")
    elif (
        agency
        and not date
        and dash in _SPACED_DASHES
        and _NEWS_SERVICE.fullmatch(agency)
        and agency.split()[0].upper() not in _NOT_PLACES
        and rest_words >= _SENTENCE_WORDS
        and rest[:1].isupper()
    ):
        # "(Metro News Service) - A company is recalling ...": a service that names itself by a
        # news outlet's word, in brackets, a dash and a sentence of story; no place
        add(1, f"({agency}) is named as a news service, a dash and a sentence follow it")
    elif not (agency and (date or (dash and is_wire_source(agency)))):
        return -9, ["no place, and neither a date nor a known agency and a dash"]
    elif agency.upper() in _NOT_PLACES or _STAMP_WORD.fullmatch(agency):
        # "April 8, 2025 (UPDATED) -": a page's note after its date, not an agency
        return -9, [f"({agency}) is a label's word, not an agency"]
    elif date and not dash and (not rest or _CLOCK_ONLY.fullmatch(rest)):
        # "(Australian Associated Press)" over "August 7, 2024 3:41pm": the writer's agency
        # under the byline, then the page's date stamp; no place, no dash, no story after it
        return -9, [f"({agency}) over a date and a time alone: a credit over the page's stamp"]
    if not rest and not date and not agency:
        add(-1, "nothing follows it")
    return score, why


# The most words a town set in capitals before the story takes ("KASANE", "JOHOR BARU").
_TOWN_WORDS = 3
# A video script's labels over its shot list and its text ("SHOWS: ..." / "STORY: Flood waters
# began ...", as the agencies' video services print them): Story (Iowa) is a town GeoNames
# lists too, which "STORY CITY, Iowa (AP) -" still names.
_SCRIPT_LABELS = frozenset({"STORY", "SHOWS", "SCRIPT"})


def _town_before_story(
    head: str, date: str | None, agency: str | None, dash: str | None, rest: str
) -> bool:
    """`KASANE: The Botswana Defence Force has deployed ...`: a town too small for the
    gazetteer's cities (or spelt another way, "JOHOR BARU"), in capitals, then a colon or a
    dash and the story's whole sentence, is the dateline when GeoNames' wider list of towns
    knows it (gazetteer.is_known_town). The shape is asked first: a label's word ("UPDATE:",
    "BACKGROUND:") or a transcript's speaker ("INSKEEP:") is no town of that list, and that
    list, wide as it is, is not asked for a line in mixed case or without a sentence after it."""
    from archiver.extract.gazetteer import is_known_town

    return _town_shape(head, date, agency, dash, rest) and is_known_town(head)


def _town_shape(
    head: str, date: str | None, agency: str | None, dash: str | None, rest: str
) -> bool:
    """A town's dateline in shape: capitals with no date or agency, a colon or a dash, then a
    whole sentence opening on a capital (the shape `_town_before_story` and
    `_town_named_in_story` ask before their evidence that the capitals are a town)."""
    return (
        not (date or agency)
        and dash in (":", "-", "—", "–", "--")
        and _is_capitals(head)
        and len(_letters(head)) >= 4
        and len(head.split()) <= _TOWN_WORDS
        and head.split()[0].rstrip(".:").upper() not in _NOT_PLACES
        and head.upper() not in _SCRIPT_LABELS
        and len(rest.split()) >= _SENTENCE_WORDS
        and rest[:1].isupper()
        and rest.rstrip("”\"’' ").endswith((".", "!", "?"))
    )


# What says a name is a town's: "in", "near" or a town's people "of" it ("Residents of Halls
# Gap"); "victims of Robodebt", "Callers to Centrelink", "The family of Molly Ticehurst"
# name a scheme, an agency and a person.
_TOWN_ONLY_PREPOSITIONS = (
    r"(?:in|near|around|outside"
    r"|(?i:residents|people|townships?|towns?|outskirts|edge|streets|community)[ \t]+of)"
)
# A name's last word that makes it a venue's or an institution's, no town's ("WIN STADIUM").
_TOWN_VENUE_WORDS = frozenset(
    {
        "stadium", "hospital", "court", "council", "centre", "center", "arena", "park",
        "school", "college", "university", "church", "hall", "house", "oval", "ground",
        "museum", "library", "station", "airport", "prison", "gallery", "theatre",
    }
)  # fmt: skip


def _town_named_in_story(
    head: str, date: str | None, agency: str | None, dash: str | None, rest: str
) -> bool:
    """`HALLS GAP: Residents of Halls Gap were told to evacuate ...`: a town too small for
    either gazetteer list, in capitals, then a colon or a dash and the story's whole sentence,
    which names the town again in mixed case after "in", "near" or its people's "of"
    ("Residents of Halls Gap", "in Halls Gap"). The sentence says the capitals are a place: a
    label's word ("UPDATE:", "EXCLUSIVE:") or a transcript's speaker ("INSKEEP:") is not
    named again as where something stands; "victims of Robodebt", "The family of Molly
    Ticehurst", "The crowd at Win Stadium" name a scheme, a person and a venue."""
    if not _town_shape(head, date, agency, dash, rest):
        return False
    words = head.split()
    if words[-1].lower() in _TOWN_VENUE_WORDS:
        return False  # "WIN STADIUM: The crowd at Win Stadium ...": a venue, no town
    # the town's own words in mixed case, each capitalised ("HALLS GAP" -> "Halls Gap")
    named = r"[ \t]+".join(re.escape(w[:1] + w[1:].lower()) for w in words)
    pattern = rf"\b{_TOWN_ONLY_PREPOSITIONS}[ \t]+{named}\b"
    return re.search(pattern, rest) is not None


# Words after an agency's name that make it a photo's or a video's credit, not a desk's.
_PICTURE_WORDS = frozenset({"photo", "photos", "images", "image", "video", "file", "pool", "tv"})


def _city_after_headline(place: str) -> int | None:
    """Where the city in capitals starts in a place read as mixed-case words, then a run in
    capitals ("in Cadiz Shaft CADIZ, Ohio"), or None when the place is no such run."""
    head = re.split(r"[,/]", place, maxsplit=1)[0]
    words = head.split()
    if not _headline_then_city(words):
        return _capitals_city_after_headline(head)
    return _word_start(place, words, len(words) - _trailing_capitals(words))


def _word_start(text: str, words: list[str], k: int) -> int:
    """Where `words[k]` (`words` being `text`'s words in order) starts in `text`: after the
    words before it, so that an earlier word spelt the same is not taken for it."""
    at = 0
    for w in words[:k]:
        at = text.index(w, at) + len(w)
    return text.index(words[k], at)


# A headline in capitals run into the dateline's city has this many words at least
# ("STRIKE MAY HALT SHIPS SYDNEY, Tuesday."); a city's name has at most three.
_CAPS_HEADLINE_PLACE_WORDS = 5


def _capitals_city_after_headline(head: str) -> int | None:
    """Where the city starts in a place in capitals too long for a city's name, the gazetteer
    knowing its last words and not the whole ("STRIKE MAY HALT SHIPS SYDNEY"), or None."""
    from archiver.extract.gazetteer import is_known_place

    words = head.split()
    if len(words) < _CAPS_HEADLINE_PLACE_WORDS or not _is_capitals(head):
        return None
    if is_known_place(head):
        return None
    for n in (1, 2, 3):
        tail = " ".join(words[-n:])
        if len(_letters(tail)) >= 4 and is_known_place(tail):
            return _word_start(head, words, len(words) - n)
    return None


_CITY_WORD_IN_CAPITALS = re.compile(r"[A-Z][A-Z'’-]{2,}")


def _trailing_capitals(words: list[str]) -> int:
    """How many of the last words are a city's words in capitals: letters only ("[J-K]", "DC"
    are a region's codes)."""
    caps = 0
    for w in reversed(words):
        if not _CITY_WORD_IN_CAPITALS.fullmatch(w):
            break
        caps += 1
    return caps


def _headline_then_city(words: list[str]) -> bool:
    """The place's words are mixed-case words, then a run in capitals ("Water Bond Speed-Up
    SACRAMENTO"): a place is written one way or the other, bar an abbreviation ("St. LOUIS")."""
    caps = _trailing_capitals(words)
    if not caps or caps == len(words):
        return False
    return any(
        len(_letters(w)) >= 3 and not _is_capitals(w) and not w.endswith(".")
        for w in words[: len(words) - caps]
    )


def _agency_desk(name: str) -> bool:
    """A known agency's name, then one or two capitalised words of its desk ("CNN Business",
    "Reuters Health"); not its photo or video service ("AP Photo")."""
    from archiver.extract.agencies import is_wire_source

    words = name.split()
    return (
        2 <= len(words) <= 3
        and is_wire_source(words[0])
        and all(w[:1].isupper() and w.isalpha() for w in words[1:])
        and not any(w.lower() in _PICTURE_WORDS for w in words[1:])
    )


# A caption is a sentence or two: at most this many words after its place and date.
_CAPTION_WORDS = 40
# _weigh counts the words after a dateline no further than this: its tests ask whether there
# are at least _SENTENCE_WORDS or at most _CAPTION_WORDS (pinned in
# tests/test_extract_fast_paths.py).
_WEIGHED_WORDS = max(_SENTENCE_WORDS, _CAPTION_WORDS)


def _words_upto(text: str, most: int) -> int:
    """min(len(text.split()), most + 1): the words counted without splitting past the
    (most + 1)th word, so that a test of "at least k" (k <= most + 1) or "at most k" (k <=
    most) answers as the whole count does."""
    return len(text.split(None, most))


# A picture's label before the credit that ends the text ("Foto: Jane Roe/Agência Brasil",
# "Photo: Jane Roe, AFP"), looked for in the text's last characters.
_PHOTO_LABEL_TAIL = re.compile(
    r"\b(?i:photo|foto|photograph|image|picture|pic)s?\s*:\s*[^:]{2,80}$"
)
_PHOTO_LABEL_WINDOW = 100


# the paragraph after a dateline's candidate, asked of again by each pass that seeks a
# dateline (a page read as one paragraph: a MB read whole by the credit grammar each time)
@whole_text_cache
def _ends_in_photo_credit(text: str) -> bool:
    from archiver.extract.credits import find_credit

    found = find_credit(text)
    if found is None:
        return False
    # "... was first published Nov. 30, 2026. The Canadian Press": a story longer than a
    # caption, its paragraphs read as one, closed by its agency's name alone (no photo's mark,
    # no photographer) is signed off by the wire, not a caption credited to it
    return not (
        len(text.split()) > _CAPTION_WORDS
        and found.photographer is None
        and found.credit == found.agency
    )


@dataclass(frozen=True)
class _Parts:
    """What the grammar read at the start of a paragraph."""

    raw: str
    place: str | None
    date: str | None
    agency: str | None
    dash: str | None
    rest: str
    coded: bool = False  # the agency is a code in capitals read off the place's tail
    glued: bool = False  # a hyphen against the place's last letter, a space after it
    names: tuple[str, ...] = ()  # writers the dateline names ("APA-Dakar (Senegal) By X —")


_AGENCY_AFTER_DASH = re.compile(r"(?P<agency>[^\W\d_][\w.&\- ]{1,24}?)\.(?=\s)")


# An agency's name alone after a dateline's dash is at most this long.
_AGENCY_ALONE_CHARS = 48


# A news service's code alone after a place's dash: "UNN", "TASS", "KUNA" (three letters at
# least: two are a country's or a state's, "UK", "DC", "EU").
_CODE_ALONE = re.compile(r"[A-Z]{3,8}")


def _code_after_known_place(place: str, code: str) -> bool:
    """`Kyiv • UNN` alone on its line: a code in capitals is the whole line after a place the
    gazetteer knows, as an agency's or a site's name is (agencies missing from our list
    count); a region's or a country's code ("London • USA") or a label's word
    ("Paris • LIVE") is not one, and a place in capitals alone ("SPORT - NFL") is not enough."""
    from archiver.extract.gazetteer import is_known_place, is_region

    head = place.split(",")[0].strip()
    return (
        _CODE_ALONE.fullmatch(code) is not None
        and code not in _NOT_PLACES
        and not is_region(code)
        and not _is_capitals(head)
        # a city's: a state or a country before a code is a party's or a body's ("Texas -
        # GOP"), not a dateline's
        and not is_region(head)
        and is_known_place(head)
    )


def code_after_place_alone(found: DatelineMatch) -> bool:
    """The dateline read as `Kyiv • UNN` on its own line by _code_after_known_place: a place
    and a code in capitals that no list of ours knows as an agency's. Under the headline it is
    the site's dateline; over it the same shape is a section's or a topic's row ("Chicago •
    NFL", "Boston – NHL": a city's team and its league), so the caller reads it as a dateline
    only once the headline is seen."""
    source = found.dateline.source
    return (
        not found.rest
        and found.dateline.place is not None
        and source is not None
        and found.dateline.date is None
        and _CODE_ALONE.fullmatch(source) is not None
        and not _known_wire(source)
        and found.dateline.raw.endswith(source)
    )


def _spelt_agency(name: str) -> bool:
    """A news agency's name that says what it is ("Anatolia News Agency", "Doğan News Agency",
    "Emirates News Agency", "Saudi Press Agency"): capitalised words, then an agency's words."""
    from archiver.extract.agencies import spelt_agency_name

    return spelt_agency_name(name)


def _known_wire(name: str) -> bool:
    from archiver.extract.agencies import is_wire_source

    return is_wire_source(name)


def _writer_in_service_slot(name: str) -> bool:
    """The name before the slash in `(NAME / 12 March)` reads as a person's ("Antonio Colina
    IV"), not as a news service's ("MindaNews", "Philippine News Agency") or a regional
    edition's, whose last word names its place ("SunStar Davao"): the writer, no agency."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.gazetteer import is_known_place

    text = " ".join(name.split())
    return (
        looks_like_name(text)
        and not _known_wire(text)
        and not is_known_place(text.split()[-1].strip(".,"))
    )


# `APA-Dakar (Senegal) By Mamadou Diop — ...`: the agency's code glued by a hyphen to the
# place it filed from (APA News' house style), the writer's byline between the place and the
# dash.
_WIRE_HYPHEN = re.compile(r"^(?P<agency>[A-Z]{2,8})-(?=[A-Z][a-z])")
_BYLINE_BEFORE_DASH = re.compile(
    r"[ \t]+(?P<byline>[Bb]y[ \t]+[^—–\n]{3,80}?)[ \t]*(?=(?:—|–|--|-)[ \t])"
)


def _wire_hyphen_parts(paragraph: str, prefixed: re.Match[str]) -> _Parts | None:
    """The form above: the place after the known agency's hyphen must be a dateline's own
    (a place in capitals or one the gazetteer knows, a dash, no other agency); a byline
    before the dash names the writers ("By Mamadou Diop"), kept in the raw text."""
    from archiver.extract.bylines import parse_byline

    after = paragraph[prefixed.end() :]
    text = after
    names: tuple[str, ...] = ()
    by = _BYLINE_BEFORE_DASH.search(after[:_DATELINE_WINDOW])
    if by is not None and not re.search(r"—|–|--|[ \t]-[ \t]", after[: by.start()]):
        found = parse_byline(by.group("byline"))
        if found is not None and found.names:
            # read the place and its dash with the byline cut out (a space stands for it)
            text, names = f"{after[: by.start()]} {after[by.end() :]}", tuple(found.names)
    signed = _parts(text)
    if (
        signed is None
        or not signed.place
        or not signed.dash
        or signed.dash == ":"
        or signed.agency
        or not _place_word(_BRACKETED_REGION.sub("", signed.place))
    ):
        return None
    end = prefixed.end() + len(signed.raw)
    if by is not None and names:
        # the byline was cut out before the dash: the raw text runs to the dash in the
        # paragraph as printed
        end = paragraph.index(signed.dash, prefixed.end() + by.end()) + len(signed.dash)
    raw = paragraph[:end].strip()
    return dataclasses.replace(
        signed, raw=raw, agency=prefixed.group("agency"), names=names, coded=False, glued=False
    )


def _parts(paragraph: str) -> _Parts | None:
    """The dateline grammar's reading of a paragraph's start, or None when it does not fit
    (no dash and no agency closes it, a hyphen inside a word, an agency that is a date)."""
    window = paragraph[:_DATELINE_WINDOW]
    if window[:1] == "(" and (bracketed := _bracketed_place(paragraph)) is not None:
        return bracketed
    if window[:1] == "(" and (site := _SITE_ALONE.match(window)) is not None:
        # "(24.kg) Bishkek city council ...": a news site's domain in brackets opens its story,
        # with or without a dash; no place
        rest = paragraph[site.end() :].strip()
        if _story_follows(rest):
            return _Parts(site.group("raw").strip(), None, None, site.group("agency"), "()", rest)
    site = _DOMAIN_FIRST.match(window)
    if site is not None:
        # "TEMPO.CO, Jakarta - ...": the site's domain, then the place and the dash
        signed = _parts(paragraph[site.end() :])
        if signed is None or not signed.place or not signed.dash or signed.agency or signed.date:
            return None
        return dataclasses.replace(
            signed, raw=f"{site.group(0)}{signed.raw}", agency=site.group("agency")
        )
    prefixed = _WIRE_HYPHEN.match(window)
    if prefixed is not None and _known_wire(prefixed.group("agency")):
        signed = _wire_hyphen_parts(paragraph, prefixed)
        if signed is not None:
            return signed
    barred = _DATE_BAR.match(window)
    if barred is not None:
        # "Dec. 14, 2005 | NEW ORLEANS -- The ...": the story's date, a bar, then the place and
        # its dash (digital magazines' house style); the place must be one by its capitals or
        # the gazetteer ("Dec 14, 2005 | Politics - ..." is a page's section)
        after_bar = _parts(paragraph[barred.end() :])
        if (
            after_bar is not None
            and after_bar.place
            and after_bar.dash
            and after_bar.dash != ":"
            and not after_bar.date
            and _place_word(after_bar.place)
        ):
            return dataclasses.replace(
                after_bar, raw=f"{barred.group(0)}{after_bar.raw}", date=barred.group("date")
            )
    hyphened = _HYPHEN_GLUED.match(window)
    if hyphened is not None and _glued_to_story(hyphened.group("place"), window[hyphened.end() :]):
        return _Parts(
            hyphened.group(0),
            hyphened.group("place"),
            None,
            None,
            "-",
            paragraph[hyphened.end() :].strip(),
        )
    agency_first = _AGENCY_BEFORE_DATE.match(window)
    if agency_first is not None and _place_word(agency_first.group("place")):
        # "Phnom Penh (FN), March 3 – ...": the agency in brackets after the place, then the
        # date (Fresh News and other Cambodian sites)
        town = re.sub(r"\s+", " ", agency_first.group("place")).strip()
        in_brackets: str | None = agency_first.group("agency")
        if _bracketed_region(in_brackets or ""):
            # "Bhopal (Madhya Pradesh), Jan 3: ...": the town's state in brackets (Indian
            # papers' style), the place's region, not an agency
            town, in_brackets = f"{town} ({in_brackets})", None
        return _Parts(
            agency_first.group("raw"),
            town,
            agency_first.group("date"),
            in_brackets,
            agency_first.group("dash"),
            paragraph[agency_first.end() :].strip(),
        )
    domain_after = _DOMAIN_AFTER.match(window)
    if domain_after is not None:  # "JAKARTA, KOMPAS.com - ..."
        return _Parts(
            domain_after.group(0).strip(),
            domain_after.group("place").strip(),
            None,
            domain_after.group("agency"),
            domain_after.group("dash"),
            paragraph[domain_after.end() :].strip(),
        )
    dashed = _DASHED.match(window) if _may_be_dashed(window) else None
    if dashed is not None and _dashed_wire(dashed, paragraph):
        # "SINGAPORE - Media OutReach Newswire - 12 March 2025 - ..."
        return _Parts(
            dashed.group("raw"),
            re.sub(r"\s+", " ", dashed.group("place")).strip(),
            dashed.group("date"),
            dashed.group("agency"),
            dashed.group("dash"),
            paragraph[dashed.end() :].strip(),
        )
    stop = _STOP_BEFORE_DATE.match(window)
    # "MOSCOW. March 4 (Interfax) -": a full stop where a comma usually stands before the date;
    # read as a comma (same length, so the raw text is still sliced from the paragraph)
    text = f"{window[: stop.end() - 1]},{window[stop.end() :]}" if stop else window
    stop_after = _STOP_AFTER_DATE.match(text) if stop else None
    if stop_after is not None:
        # "ASTANA. March 3. KAZINFORM -": full stops after the place and after the date
        # (Kazakh and other Central Asian wires); the second read as a comma too
        text = f"{text[: stop_after.end() - 1]},{text[stop_after.end() :]}"
    timed = _TIME_BEFORE_AGENCY.search(text) if "(" in text and ":" in text else None
    if timed is None and ":" in text[:_TIMED_WITHIN] and (dated := _PLACE_DATE.match(text)):
        # "KYIV, 03.03.2025, 14:30 – ...", "LONDON, March 3, 10:14 GMT - ...": the time the
        # story was filed after its date, then the dash (read as blanks too)
        timed = _TIME_BEFORE_DASH.match(text, dated.end())
    if timed is None and (first := _TIME_THEN_DATE.match(text)) is not None:
        # "07:12 AM EST, 11/19/2024 (MT Newswires) -- ...": the time the item was filed before
        # its date, no place; the date moved to the front, the time read as blanks after it
        # (same length again)
        date_text = first.group("date")
        us = re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", date_text)
        if us is not None and first.group("zone") in _US_ZONES:
            # "06:45 AM EST, 03/04/2025": an American wire's date, month first; written the
            # ISO way (same length) so the day-first reading of figures does not take it
            date_text = f"{us.group(3)}-{us.group(1)}-{us.group(2)}"
        text = f"{date_text}{' ' * (first.end() - len(date_text))}{text[first.end() :]}"
    if timed is not None:
        # "Denver, Colo., Apr 18, 2023 / 16:40 pm (CNA)": the time the story was filed between
        # its date and its agency; read as blanks (same length again)
        text = f"{text[: timed.start()]}{' ' * len(timed.group(0))}{text[timed.end() :]}"
    m = DATELINE_RE.match(text)
    if m is None:
        return _slashed_parts(paragraph)
    groups = m.groupdict()
    agency = next((groups[g] for g in _AGENCY_GROUPS if groups.get(g)), None)
    if groups.get("agency6") and _writer_in_service_slot(groups["agency6"]):
        # "DAVAO CITY (Antonio Colina IV / 12 March) —": the writer's name where the service's
        # stands; the place and the day are the dateline's, the name no agency
        agency = None
    if (
        not (groups.get("dash") or agency)
        and (stopped := groups.get("date") or "").endswith(".")
        and groups.get("place")
        and _is_capitals(groups["place"].split(",")[0])
        and re.match(r"[A-Z\"“‘]", text[m.end() : m.end() + 1])
    ):
        # "CHENNAI, MARCH 3.The Chennai ...", "SYDNEY, Friday. Shipping ...": the place in
        # capitals and its date closed by a full stop, the story's sentence after it (The
        # Hindu, and the papers of the telegraph years); the stop is the dash
        head = window[: m.end("date")]
        named = re.sub(r"\s+", " ", groups["place"]).strip()
        date_only = stopped[:-1].rstrip()  # the stop is the dash, not the date's
        return _Parts(head, named, date_only, None, ".", paragraph[len(head) :].strip())
    if not (groups.get("dash") or agency):
        return _slashed_parts(paragraph)
    if groups.get("agency2") and not groups.get("dash"):
        return None  # "By X, Reuters" is a byline; "WASHINGTON, Reuter -" has its dash
    dash = groups.get("dash")
    if dash and dash[:1] == "." and dash[1:].strip() in ("—", "–", "--"):
        # "PARIS, June 27 (By The Associated Press).—", "WASHINGTON, Tuesday (AAP-Reuter). —":
        # old papers' stop and dash after the agency
        dash = dash[1:].strip()
    date = next((groups[g] for g in _DATE_GROUPS if groups.get(g)), None)
    by = re.fullmatch(r"(?i:by)[ \t]+(.+)", agency or "")
    if by is not None and _known_wire(by.group(1)):
        # "(By The Associated Press)", "(By Reuters)": the agency credited as its story's
        # writer, as papers of the telegraph years print it
        agency = by.group(1)
    if agency:
        # "(By the Associated Press.)", "(Australian Press Association.)": the note's full
        # stop after a whole word, not the agency's (an initial's or a short form's stays:
        # "(A.P.A.)", "(Newsfile Corp.)")
        agency = re.sub(r"(?<=[A-Za-z]{5})\.$", "", agency)
    if (
        groups.get("agency")
        and dash
        and not date
        and groups.get("place")
        and re.fullmatch(_DATE, agency or "")
        and re.search(r"\d", agency or "")
        and _place_word(groups["place"])
    ):
        # "KHARTOUM (3 March 2025) – ...", "KUALA LUMPUR (Dec 3): ...": the date in brackets
        # where an agency would stand
        date, agency = agency, None
    if agency and (
        re.fullmatch(_DATE, agency)
        or (
            _NUMBER_START.search(agency)
            and not _CHANNEL.fullmatch(agency)
            and not (
                _GLUED_BRAND.fullmatch(agency)
                and groups.get("place")
                and _place_word(groups["place"])
            )
            and not re.fullmatch(_DOMAIN_NAME, agency)
        )
    ):
        return None  # "(Nov. 19)" is no agency ("SEND2PRESS NEWSWIRE", "KARE 11" are)
    end = m.end()
    if dash == "-":
        before = window[m.start("dash") - 1 : m.start("dash")]
        after = paragraph[end : end + 1]
        if before and not before.isspace() and before != ")" and after and not after.isspace():
            # a hyphen inside a word ("NEW YORK-BASED"), not a dash; after the agency's
            # bracket it is the dash ("LONDON, March 3 (Reuters)-The ...")
            return None
    glued = bool(
        dash == "-"
        and not window[m.start("dash") - 1 : m.start("dash")].isspace()
        and paragraph[end : end + 1].isspace()
    )
    if dash and end < len(paragraph) and paragraph[end] in "-—–" and dash != ":":
        return None  # "--" split oddly, or a rule of dashes
    place = re.sub(r"\s+", " ", groups["place"]).strip() if groups.get("place") else None
    if place is None and date and groups.get("agency") and _city_not_agency(agency or ""):
        # "June 14, 2019 (KHARTOUM) - ...": the date first, then the place in brackets where
        # an agency stands in wire copy (Sudanese and other regional sites)
        place, agency = agency, None
    coded = False
    if (
        place
        and not agency
        and not date
        and dash not in (None, ":")
        and place.isupper()
        and _known_wire(place)
        and not _story_follows(paragraph[end:])
    ):
        # "PAP - Polska Agencja Prasowa", "ANSA - Agenzia Nazionale Stampa Associata": an
        # agency's name over its page, its name spelt out after the dash; no story follows
        return None
    wire, _, after = (place or "").partition(",")
    if (
        place
        and not agency
        and after.strip()
        and _known_wire(wire.strip())
        and _place_word(after.strip())
    ):
        # "AFP, BEIJING" over the story (as the Taipei Times prints its wire copy): the
        # agency first, then the place it filed from
        agency, place = wire.strip(), after.strip()
    elif place and not agency and dash not in (None, ":") and not date and _bare_wire(place):
        if not _story_follows(paragraph[end:]):
            return None  # "KYODO NEWS - Mar 3, 2023 - 10:12 | Business": a page's stamp
        place, agency = None, place  # "CNN — ...": the agency alone, no place
    elif place and not agency and dash:
        place, agency = _agency_after_place(place)
        coded = agency is not None
    if dash and place and agency and not date and _bracketed_region(agency):
        # "Kanker (Chhattisgarh): Residents ...": the state in brackets after the town, before
        # the colon (Indian papers' style), is the place's region, not an agency; so is the
        # country before a dash ("Dakar (Senegal) — ...", as APA News prints it)
        place, agency = f"{place} ({agency})", None
    rest = paragraph[end:].strip()
    raw = window[: m.end("raw")].strip()
    if agency is None and dash and dash != ":" and (trailing := _AGENCY_AFTER_DASH.match(rest)):
        # "МОСКВА, 17 фев — РИА Новости. ...": the agency trailing the dash, then a full stop
        if _known_wire(trailing.group("agency")):
            agency = trailing.group("agency")
            raw = f"{raw} {trailing.group(0).strip()}"
            rest = rest[trailing.end() :].strip()
    if (
        agency is None
        and place
        and not date
        and (dash in _SPACED_DASHES or dash == "•")
        and 0 < len(rest) <= _AGENCY_ALONE_CHARS
        and _place_word(place)
        and (_known_wire(rest) or _spelt_agency(rest) or _code_after_known_place(place, rest))
    ):
        # "ANKARA - Anatolia News Agency", "ISTANBUL - Reuters" on a line of its own over the
        # story (Turkish papers' English editions, Gulf and Pakistani sites), "Kyiv • UNN"
        # (Ukrainian sites set a bullet): the agency after the dash is the line's whole rest,
        # so no story's sentence is taken for one
        agency = rest
        raw = f"{raw} {rest}"
        rest = ""
    dated = _DATE_THEN_DASH.match(rest) if place and not date and dash in _SPACED_DASHES else None
    if (
        dated is not None
        and not dated.group(0)[-1:].isspace()
        and rest[dated.end() :]
        and not _COMPACT_WIRE_STAMP.search(raw)
    ):
        # a date glued to the story is a release wire's, after its name set between dashes
        # with no space ("--(BUSINESS WIRE)--Jan. 15, 1997--Veritron"); after a spaced dash
        # it opens a sentence ("WASHINGTON — Jan. 6, 2021—the day ...", "WASHINGTON (AP) —
        # Jan. 6, 2021—The day ...")
        dated = None
    after_date = rest[dated.end() :] if dated is not None else ""
    if (
        dated is not None
        and _place_word(place or "")
        and (_story_follows(after_date) or not after_date.strip())
    ):
        # "SAN FRANCISCO – March 3, 2025 – Acme ...": a press release's date between dashes;
        # "RENO, Nev.--(BUSINESS WIRE)--Oct 8, 2024--" alone on its line, the story under it
        date, dash = dated.group("date"), dated.group("dash")
        raw = f"{raw} {dated.group(0).strip()}"
        rest = rest[dated.end() :].strip()
    elif place is None and date and not agency and dash in _SPACED_DASHES:
        placed = _CAPITALS_THEN_DASH.match(rest)
        if (
            placed is not None
            # the place's head in capitals, its region in any case ("BOISE, Idaho"), or a
            # known city with its state or province in any case ("January 18, 2024 – Thunder
            # Bay, Ontario – The governments ...", as Canada's and the states' releases set it)
            and (
                _is_capitals(placed.group("place").split(",")[0])
                or _city_and_state(placed.group("place"))
            )
            and _story_follows(rest[placed.end() :])
        ):
            # "March 3, 2025 – CHICAGO – Acme ...": the date first, then the place
            place, dash = placed.group("place"), placed.group("dash")
            raw = f"{raw} {placed.group(0).strip()}"
            rest = rest[placed.end() :].strip()
    if place is None and agency and dash and rest:
        # "(ANSA) - ROME, JAN 23 - The Italian Senate ...": the agency first, then the place
        then = DATELINE_RE.match(rest[:_DATELINE_WINDOW])
        if (
            then is not None
            and then.group("place")
            and then.group("dash")
            and not (then.group("agency") or then.group("agency2"))
            # "Nov 8 (Reuters) - Norwood Pharmaceuticals Inc:": a company's name before its
            # statement's colon, not a place
            and _place_word(then.group("place"))
        ):
            place = re.sub(r"\s+", " ", then.group("place")).strip()
            date = then.group("date") or date
            dash = then.group("dash")
            raw = f"{raw} {then.group('raw').strip()}"
            rest = rest[then.end() :].strip()
    glued = glued and raw == window[: m.end("raw")].strip()  # still the grammar's own reading
    return _Parts(raw, place, date, agency, dash, rest, coded, glued)


_SPACED_DASHES = ("---", "--", "—", "–", "-")
# A release wire's name in brackets glued between two dashes, as Business Wire sets it
# ("SAN JOSE, Calif.--(BUSINESS WIRE)--", "LONDON—(BW HealthWire)—").
_COMPACT_WIRE_STAMP = re.compile(r"(?:--|—|–)\([^()\n]{2,40}\)(?:--|—|–)$")
# A time of day after a dateline's date and before its agency in brackets: "Apr 18, 2023 /
# 16:40 pm (CNA)", "March 3, 09:15 GMT (Agency)".
_TIMED_WITHIN = 80
_PLACE_DATE = re.compile(rf"{_ONE_PLACE},[ \t]*(?:{_DATE})")
_TIME_BEFORE_DASH = re.compile(
    r"[ \t]*(?:[/|,][ \t]*)?\d{1,2}[:.]\d\d(?:[ \t]*(?i:[ap]\.?m\.?))?"
    r"(?:[ \t]+[A-Z]{2,4})?(?=[ \t]*(?:--|—|–|-)[ \t])"
)
# A financial wire's item opening with its time, then its date, then its agency in brackets:
# "07:12 AM EST, 11/19/2024 (MT Newswires) --".
_US_ZONES = frozenset({"ET", "EST", "EDT", "CT", "CST", "CDT", "MST", "MDT", "PT", "PST", "PDT"})
_TIME_THEN_DATE = re.compile(
    r"\d{1,2}:\d\d(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]+(?P<zone>[A-Z]{2,4}))?,[ \t]*"
    rf"(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}|{_FULL_DATE})(?=[ \t]*\()"
)
_TIME_BEFORE_AGENCY = re.compile(
    r"(?<=\d)[ \t]*(?:[/|,][ \t]*)?\d{1,2}[:.]\d\d(?:[ \t]*(?i:[ap]\.?m\.?))?"
    r"(?:[ \t]+[A-Z]{2,4})?(?=[ \t]*\()"
)


_HYPHEN_GLUED = re.compile(
    r"(?P<place>[A-Z][A-Z.'’]+(?:[ \t][A-Z][A-Z.'’]+){0,2}(?:,[ \t]*[A-Z][A-Za-z.]{1,12})?"
    # West African dailies set the city in title case ("Accra-The government ...")
    r"|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"-(?=[A-Z][a-z])"
)
# The closed-class words a story's first sentence opens with (articles, pronouns, prepositions,
# conjunctions): after a city and a hyphen with no space they say a sentence starts there, where
# a name would say a compound ("PARIS-Orly", "DALLAS-Fort Worth", "LONDON-Based").
_SENTENCE_OPENER = re.compile(
    r"(?:The|A|An|This|That|These|Those|It|Its|He|His|She|Her|They|Their|We|Our|I|There|"
    r"When|While|After|Before|As|Since|Although|Though|If|In|On|At|For|With|Over|Under|By|"
    r"From|During|Some|Several|Many|More|Most|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
    r"[ \t]"
)


def _glued_to_story(place: str | None, rest: str) -> bool:
    """A hyphen set between a place in capitals and the story's first word with no space
    ("NAIROBI-The government on Monday ...", "KAPUSKASING, ONT.-When ...", as pages that lose
    the spaces print it): a city the gazetteer knows (no country or state: "KENYA-Uganda
    border ...") or a place with its region's abbreviation, then a sentence's first word."""
    from archiver.extract.gazetteer import is_known_place, is_region, is_region_after_place

    if not place:
        return False
    head, _, region = (p.strip() for p in place.partition(","))
    if not _SENTENCE_OPENER.match(rest) or not _story_follows(rest):
        return False
    if not _is_capitals(head):
        # "Accra-The government ...": a city in title case, which the gazetteer must know
        # ("Lagos-Ibadan" has no sentence's first word after it)
        return not region and not is_region(head) and is_known_place(head)
    if region:
        return is_region_after_place(region)
    return not is_region(head) and is_known_place(head)


def _place_word(place: str) -> bool:
    """The place's first part in capitals or known to the gazetteer ("Stocks – March 3, 2025
    – ..." is a headline's label and a date, not a press release's dateline)."""
    from archiver.extract.gazetteer import is_known_place

    head = place.split(",")[0].strip()
    return _is_capitals(head) or is_known_place(head)


_DATE_THEN_DASH = re.compile(
    rf"(?P<date>{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}|{_DAY}[ \t]+{_MONTH},?[ \t]+{_YEAR})"
    # Business Wire's copy glues the story to the date's double dash ("--(BUSINESS WIRE)--Jan.
    # 15, 1997--Veritron Systems ..."); a single hyphen glued to a word is no dash
    r"[ \t]*(?P<dash>--|—|–|-)(?:[ \t]+|$|(?:(?<=--)|(?<=[—–]))(?=[A-Z]))"
)


def _city_and_state(place: str) -> bool:
    """Whether the place is a city the gazetteer knows, a comma, and a state or province
    ("Thunder Bay, Ontario", "Dayton, Ohio"): no other words stand so before a dash."""
    from archiver.extract.gazetteer import is_known_place, is_region, is_state_or_province

    city, comma, region = place.partition(",")
    city = city.strip()
    return bool(
        comma
        and city[:1].isupper()
        and is_known_place(city)
        and not is_region(city)
        and is_state_or_province(region.strip())
    )


_CAPITALS_THEN_DASH = re.compile(
    rf"(?P<place>{_ONE_PLACE})[ \t]+(?P<dash>--|—|–|-)[ \t]+(?=[^\W\d_])"
)


# `SINGAPORE - Media OutReach Newswire - 12 March 2025 - `: the place, the wire's name and
# the full date, each closed by a spaced dash (Asian press-release wires). The wire's name is
# a few capitalised words; the date with its year is the evidence that it is no sentence.
_DASHED = re.compile(
    rf"^(?P<raw>(?P<place>{_ONE_PLACE})[ \t]+[-–—][ \t]+"
    r"(?P<agency>[A-Z][\w.&'’]*(?:[ \t][A-Z][\w.&'’]*){0,3})[ \t]+[-–—][ \t]+"
    rf"(?P<date>{_FULL_DATE})[ \t]+(?P<dash>--|—|–|-))(?=[ \t])"
)


def _may_be_dashed(window: str) -> bool:
    """Whether _DASHED could match: it needs three dashes (after the place, the agency and the
    date). Counting them is much cheaper than the pattern, which reads a place and tries the
    month names at every word of a caption-like line (tests/test_extract_fast_paths.py)."""
    return window.count("-") + window.count("–") + window.count("—") >= 3


def _dashed_wire(m: re.Match[str], paragraph: str) -> bool:
    """The dashed form needs a city the gazetteer knows (Hong Kong's "SAR" aside) and a
    sentence of story after it: "News - World - 12 March 2025 - 10:30" is a page's trail."""
    from archiver.extract.gazetteer import is_known_place

    head = re.sub(r"\s+", " ", m.group("place")).split(",")[0].strip()
    place = re.sub(r" SAR$", "", head)  # "HONG KONG SAR"
    rest = paragraph[m.end() :].split()
    return (
        len(rest) >= _SENTENCE_WORDS
        and rest[0][:1].isalpha()
        and place.split()[0] not in _NOT_PLACES
        and is_known_place(place)
    )


# A number's first digit in an agency's slot: "(Nov. 19)", "(2024)", not "SEND2PRESS".
_NUMBER_START = re.compile(r"(?<![^\W\d_])\d")
# A TV station's call letters or network and its channel: "(KARE 11)", "(FOX 5)", "(NBC 4)".
# A station's brand led by its channel: "(7News)", "(13News Now)", "(11Alive)", "(12 News)";
# or closed by an ordinal: "(News 1st)", Sri Lanka's broadcaster.
_CHANNEL = re.compile(
    r"[A-Z]{2,5}[ -]?\d{1,2}|\d{1,2} ?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}"
    r"|[A-Z][A-Za-z]+ \d{1,2}(?:st|nd|rd|th)"
)
# An outlet's brand closed by its number glued to it: "(Kurdistan24)", "(News24)",
# "(France24)" (a date's day or a year stands apart from its month, "(Nov. 19)"). Other words
# glue a number too ("(Game7)", "(Week12)"), so it counts only after a place in capitals or
# one the gazetteer knows ("ERBIL (Kurdistan24) –").
_GLUED_BRAND = re.compile(r"[A-Z][a-z]{2,}\d{1,2}")


def _city_not_agency(name: str) -> bool:
    """A name in an agency's slot that is a city's, in capitals, and no agency's: "June 14,
    2019 (KHARTOUM) -", "EL FASHER (7 April 2025) -"."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.gazetteer import is_known_place, is_region

    return (
        _is_capitals(name)
        and len(name.split()) <= 3
        and name.split()[0] not in _NOT_PLACES
        and not is_wire_source(name)
        and not is_region(name)
        and is_known_place(name)
    )


_STOP_BEFORE_DATE = re.compile(
    rf"[^\W\d_][^\W\d_.'’ ]{{1,30}}\.(?=[ \t]+{_DATE}(?:[ \t,(]|\.[ \t]+{_AGENCY_CODE}[ \t]*[-–—]))"
)
# `Jakarta, CNN Indonesia --`, `Jakarta, IDN Times -`: an outlet's name after the place, an
# acronym in capitals and a word or two.
# The date's full stop before an agency's code and its dash, once the place's is read as a comma.
_STOP_AFTER_DATE = re.compile(
    rf"[^,]{{2,40}},[ \t]+{_DATE}\.(?=[ \t]+{_AGENCY_CODE}[ \t]*(?:--|—|–|-)[ \t])"
)
_PLACE_THEN_OUTLET = re.compile(
    r"(?P<place>.+?),[ \t]+(?P<code>[A-Z]{2,6}(?:[ \t][A-Z][a-z]+){1,2})"
)
_PLACE_THEN_CODE = re.compile(rf"(?P<place>.+?)(?:,|(?<=\.))[ \t]+(?P<code>{_AGENCY_CODE})")


_SITE_ALONE = re.compile(
    rf"(?P<raw>\((?P<agency>{_DOMAIN_NAME})\)[ \t]*(?:(?:--|—|–|-)[ \t]*)?)(?=[A-Z\"“‘])"
)
# TIME prints the AP's dateline in brackets: `(SAN JUAN, Puerto Rico) — Two weeks after ...`.
_BRACKETED_PLACE = re.compile(
    r"\((?P<place>[^\W\d_][^()\d]{1,40})\)[ \t]*(?P<dash>--|—|–|-)(?=[ \t])"
)


def _bracketed_place(paragraph: str) -> _Parts | None:
    """A place in brackets where an agency stands, a dash and the story: the city in
    capitals that the gazetteer knows (and is no agency's name), its region after a comma
    (a short word alone in capitals is read as a news service's code, as before)."""
    from archiver.extract.gazetteer import is_region_after_place

    m = _BRACKETED_PLACE.match(paragraph)
    if m is None:
        return None
    place = " ".join(m.group("place").split())
    head, _, region = (p.strip() for p in place.partition(","))
    rest = paragraph[m.end() :].strip()
    if not (
        (
            (
                _city_not_agency(head)
                # "(RNS) —": a news service's short code in capitals, which the gazetteer may
                # hold too
                and (is_region_after_place(region) if region else len(_letters(head)) >= 5)
            )
            or _bracketed_city_in_mixed_case(head, region, m.group("dash"))
        )
        and _story_follows(rest)
    ):
        return None
    return _Parts(m.group(0), place, None, None, m.group("dash"), rest)


# How many people a city in mixed case in brackets must have to be read as the place (Human
# Rights Watch and Amnesty file from capitals and big cities: "(Berlin) –", "(Nairobi) –").
_BRACKETED_CITY_POPULATION = 100_000


def _bracketed_city_in_mixed_case(head: str, region: str, dash: str) -> bool:
    """`(Berlin) – ...`, `(Washington, DC) – ...`: a city in mixed case in brackets, a dash
    and the story, as human-rights groups' and NGOs' releases open. The gazetteer must know a
    city of that name big enough to file from (a word in brackets, "(Update)", "(Video)",
    is none), no agency's name, and a real dash (not a hyphen), with its region's name or
    abbreviation after a comma if any."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.gazetteer import countries_of, is_region_after_place

    words = head.split()
    return (
        dash in ("—", "–", "--")
        and 1 <= len(words) <= 3
        and not _is_capitals(head)
        and all(w[:1].isupper() for w in words)
        and not is_wire_source(head)
        and (not region or is_region_after_place(region))
        and bool(countries_of(head, _BRACKETED_CITY_POPULATION))
    )


def _writer_over_stamp(first: str, second: str) -> bool:
    """`first` is a person's name and a wire in brackets ("Marta Soriano Gil (EFE)") and the
    line under it the page's date stamp ("14/10/2019 13:45 | Actualizado a ..."): the writer's
    byline as agencies' client sites print it. A desk's ("Redacción Internacional (EFE)") or
    a place's ("Zaragoza (EFE)") name there is not a person's, and is left to the other rules."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.page import is_date_stamp

    head = first.rstrip()
    if not head.endswith(")") or "(" not in head:
        return False
    name = head[: head.rindex("(")].strip()
    return bool(name) and looks_like_name(name) and is_date_stamp(second)


def _story_follows(text: str) -> bool:
    """A sentence of story, not a date or a stamp's parts, follows."""
    words = text[:_DATELINE_WINDOW].split()
    return len(words) >= _SENTENCE_WORDS and words[0][:1].isalpha() and not re.match(_DATE, text)


def _bare_wire(name: str) -> bool:
    """A big agency's or network's name in capitals ("CNN", "AFP"), from the shorter list of
    those that also sign bylines: the dateline list holds names that are places too ("PETRA",
    "XINHUA"), and the gazetteer's alternate names hold "CNN"."""
    from archiver.extract.bylines import is_agency

    return re.fullmatch(r"[A-Z]{2,8}", name) is not None and is_agency(name.lower())


# `Washington CNN —`: a place, then an agency's name in capitals with no comma or brackets (the
# brackets a page draws around its logo are lost when the page is copied as text).
_PLACE_THEN_WIRE = re.compile(r"(?P<place>.+?)[ \t]+(?P<code>[A-Z]{2,8})")


def _bracketed_region(name: str) -> bool:
    """What stands in a dateline's brackets is a region or a country (is_region_after_place:
    "Chhattisgarh", "Northern Province", "Kenya"), not an agency the wires know."""
    from archiver.extract.gazetteer import is_region_after_place

    return is_region_after_place(name) and not _known_wire(name)


def _place_and_region(place: str) -> bool:
    """A place the gazetteer knows, or one with its region or country after a comma that
    follows a place's name ("Taipei, Taiwan", "Austin, Texas")."""
    from archiver.extract.gazetteer import is_known_place, is_region_after_place

    if is_known_place(place):
        return True
    head, comma, region = (p.strip() for p in place.partition(","))
    return bool(comma) and is_known_place(head) and is_region_after_place(region)


def _agency_after_place(place: str) -> tuple[str, str | None]:
    """`Bengaluru, DHNS:`, `ASTANA. KAZINFORM -`: a news service's code after the place, where
    a region could stand. A code in capitals after a place in mixed case, or a known agency,
    is the source; a region (`ST. PAUL, MN`, `LAGOS, NIGERIA`) stays part of the place."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.gazetteer import is_known_place, is_region

    named = _PLACE_THEN_OUTLET.fullmatch(place)
    if (
        named is not None
        and not is_region(named["code"])
        and not _is_capitals(named["place"])
        and _capitalised(named["place"])
        and is_known_place(named["place"])
    ):
        return named["place"], named["code"]  # "Jakarta, CNN Indonesia --"
    m = _PLACE_THEN_CODE.fullmatch(place)
    if m is None:
        bare = _PLACE_THEN_WIRE.fullmatch(place)
        if bare is not None and _bare_wire(bare["code"]) and _place_and_region(bare["place"]):
            # "Washington CNN —", "Taipei, Taiwan CNN —" (the city and its country or state)
            return bare.group("place"), bare.group("code")
        return place, None
    head, code = m.group("place").rstrip(". "), m.group("code")
    if is_region(code) or code in _NOT_PLACES:
        return place, None
    if is_wire_source(code) or (not _is_capitals(head) and _capitalised(head)):
        return head, code
    if place[len(head)] == "." and len(_letters(head)) >= 4 and is_known_place(head):
        # "SHYMKENT. STEPPEPRESS -": a full stop ends a known place (not "ST. PAUL")
        return head, code
    return place, None


# `Law360 (March 4, 2025, 5:12 PM EST) -- Delaware's ...`: an outlet's name, then the date
# and time in brackets, then the dash (legal and trade services' copy); the bureau's city may
# follow the name after a comma, in any case (`Law360, New York (March 8, 2017, 6:23 PM EST)
# --`, `Law360, Wilmington (...) --`): read as the place only where the gazetteer knows it and
# the name is an outlet's by a list or by its shape (_OUTLET_NAME_SHAPE).
_OUTLET_STAMP = re.compile(
    rf"^(?P<raw>(?P<agency>[A-Z][\w.&]{{1,20}}(?:[ \t][A-Z][\w.&]{{1,20}}){{0,2}})"
    r"(?:,[ \t]+(?P<place>[A-Z][\w.'’-]+(?:[ \t][A-Z][\w.'’-]+){0,2}))?[ \t]+"
    rf"\((?P<date>{_DATE})(?:,?[ \t]+\d{{1,2}}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+[A-Z]{2,4})?)?\)[ \t]*(?P<dash>--|—|–))(?=[ \t])"
)


# An outlet's name by its shape where no list knows it: a figure, an ampersand, or initials
# run into a word ("Law360", "E&E News", "MLex", "EUobserver"), none of which a town's name
# has (a capital inside one, "McAllen", "DeKalb", follows a lower-case letter).
_OUTLET_NAME_SHAPE = re.compile(r"\d|&|\b[A-Z]{2,}[a-z]")


def _outlet_parts(paragraph: str) -> _Parts | None:
    m = _OUTLET_STAMP.match(paragraph[:_DATELINE_WINDOW])
    if m is None:
        return None
    from archiver.extract.gazetteer import is_known_place, is_region_after_place

    name, bureau = m.group("agency"), m.group("place")
    if bureau is not None and not (_known_wire(name) or _OUTLET_NAME_SHAPE.search(name)):
        if is_known_place(name) and is_region_after_place(bureau):
            # "Springfield, Illinois (March 3, 2021, 7:30 PM CST) --": a town and its state
            return _Parts(
                m.group("raw"),
                f"{name}, {bureau}",
                m.group("date"),
                None,
                m.group("dash"),
                paragraph[m.end() :].strip(),
            )
        # "Tarnwick, Ontario (...) --" may be a town the gazetteer does not know before its
        # province as well as an outlet before its bureau ("Bloomberg Law, New York (...) --"),
        # and "Acme, Inc. (...) --" names no city: no reading
        return None
    if bureau is not None and (not is_known_place(bureau) or _known_wire(bureau)):
        return None  # "Law360, Inc. (...) --", "MLex, Reuters (...) --": no bureau's city
    if bureau is not None:
        return _Parts(
            m.group("raw"),
            bureau,
            m.group("date"),
            name,
            m.group("dash"),
            paragraph[m.end() :].strip(),
        )
    city = _city_not_agency(name)  # "EL FASHER (7 April 2025) –": a city, not an outlet
    return _Parts(
        m.group("raw"),
        name if city else None,
        m.group("date"),
        None if city else name,
        m.group("dash"),
        paragraph[m.end() :].strip(),
    )


# `VANCOUVER, BC / ACCESSWIRE / March 3, 2025 / Acme Corp. ...`: the wire and the date
# between slashes.
_SLASHED = re.compile(
    rf"^(?P<raw>(?P<place>{_ONE_PLACE})[ \t]+/[ \t]*(?P<agency>{_AGENCY_NAME}?)[ \t]*/"
    rf"[ \t]*(?P<date>{_DATE})[ \t]*/)(?=[ \t])"
)
_SLASHED_SLASHES = 3  # the slashes _SLASHED needs
# `NEW YORK, March 3, 2025 /3BL/ - Acme Corp. ...`: the wire's name between slashes after the
# place (and date), a name that may open with a digit (3BL Media's); its dash is optional.
_WIRE_IN_SLASHES = re.compile(
    rf"^(?P<raw>(?P<place>{_ONE_PLACE}?)(?:,[ \t]*(?P<date>{_DATE}))?[ \t]+"
    r"/(?P<agency>[0-9A-Za-z][\w.&-]{1,20})/(?:[ \t]*(?P<dash>--|—|–|-))?)(?=[ \t])"
)


def _slashed_parts(paragraph: str) -> _Parts | None:
    window = paragraph[:_DATELINE_WINDOW]
    # a cheap count first (most paragraphs have no slash)
    slashes = window.count("/")
    m = _SLASHED.match(window) if slashes >= _SLASHED_SLASHES else None
    if m is None and slashes >= 2 and (w := _WIRE_IN_SLASHES.match(window)) is not None:
        if _known_wire(w.group("agency")):
            return _Parts(
                w.group("raw"),
                re.sub(r"\s+", " ", w.group("place")).strip(),
                w.group("date"),
                w.group("agency"),
                w.group("dash") or "/",
                paragraph[w.end() :].strip(),
            )
    if m is None and (slashes or "|" in window):
        apart = _set_apart_parts(paragraph)
        if apart is not None:
            return apart
        if (barred := _barred_place_parts(paragraph)) is not None:
            return barred
    if m is None:
        return _outlet_parts(paragraph)
    place = re.sub(r"\s+", " ", m.group("place")).strip()
    return _Parts(
        m.group("raw"),
        place,
        m.group("date"),
        m.group("agency").strip(),
        "/",
        paragraph[m.end() :].strip(),
    )


# The agency set apart between two bars or two slashes after the place (and its date), its
# reporter's name after a comma in the same slot: `Kampala, Uganda | THE INDEPENDENT | ...`,
# `Baku, Azerbaijan, Jan. 20 / Trend, J.Aliyev / ...` (Trend, AzerNews, The Independent).
_SET_APART = re.compile(
    rf"^(?P<raw>(?P<place>{_ONE_PLACE})(?:,[ \t]*(?P<date>{_DATE}))?[ \t]*(?P<bar>[|/])[ \t]*"
    r"(?P<agency>[A-Za-z][\w.&'’ -]{1,40}?)(?:,[ \t]*[A-Z][\w.'’ -]{1,40}?)?[ \t]*(?P=bar))"
    r"(?=[ \t]+\S|[ \t]*$)"
)


# `WASHINGTON | Les États-Unis ont ...`, `NEW DELHI, Jan 3 | The government ...`: a bar where
# the dash stands (Québecor's papers and some Indian sites reprinting wire copy).
_BARRED_PLACE = re.compile(
    rf"^(?P<raw>(?P<place>{_ONE_PLACE})(?:,[ \t]*(?P<date>{_DATE}))?[ \t]+\|)[ \t]+(?=\S)"
)


def _barred_place_parts(paragraph: str) -> _Parts | None:
    """The barred form above. A bar also parts a page's trail ("LONDON | Business | ...") and
    a section from its headline ("WORLD | Storm hits ..."), so the place's head must be in
    capitals and known to the gazetteer, and a sentence of story with no second bar follow."""
    from archiver.extract.gazetteer import is_known_place

    m = _BARRED_PLACE.match(paragraph[:_DATELINE_WINDOW])
    if m is None:
        return None
    rest = paragraph[m.end() :].strip()
    place = re.sub(r"\s+", " ", m.group("place")).strip()
    head = place.split(",")[0].strip()
    if (
        not _is_capitals(head)
        or head.split()[0].upper() in _NOT_PLACES
        or not is_known_place(head)
        or "|" in rest[:_DATELINE_WINDOW]
        or not _story_follows(rest)
        or not rest.rstrip("”\"’' ").endswith((".", "!", "?"))
    ):
        return None
    return _Parts(m.group("raw"), place, m.group("date"), None, "|", rest)


# A menu's item between its bars runs to a few words ("I-TEAM", "FIRST ALERT WEATHER").
_MENU_ITEM_WORDS = 3


def _set_apart_parts(paragraph: str) -> _Parts | None:
    """The set-apart form above: the place must be one by its capitals or the gazetteer, the
    agency a known one or a name in capitals (not "Jane Roe | Staff Writer |", a byline), and
    a sentence of story must follow (not a page's trail, "Kampala | News | Business |") or
    the line end there."""
    m = _SET_APART.match(paragraph[:_DATELINE_WINDOW])
    if m is None:
        return None
    agency = m.group("agency").strip()
    rest = paragraph[m.end() :].strip()
    place = re.sub(r"\s+", " ", m.group("place")).strip()
    if not (_known_wire(agency) or _is_capitals(agency)) or agency.upper() in _NOT_PLACES:
        return None
    if (
        m.group("bar") == "|"
        and "|" in rest[:_DATELINE_WINDOW]
        and len(rest.split("|", 1)[0].split()) <= _MENU_ITEM_WORDS
    ):
        # "NEWS | WEATHER | SPORTS | I-TEAM | ...": a station's menu runs on in bars after
        # the second, item by short item, where a dateline's agency hands over to the story
        # (a sentence, which may hold a bar of its own: "CHICAGO | AP | Police arrested two
        # men ... | Updated 5 p.m.")
        return None
    alone = not rest and bool(m.group("date") or _known_wire(agency))
    if not _place_word(place) or not (alone or _story_follows(rest)):
        # on a line of its own (a page sets it apart over the story) its date or a known
        # agency's name must say it is a dateline
        return None
    return _Parts(m.group("raw"), place, m.group("date"), agency, m.group("bar"), rest)


# An agency's number for the story, printed before its dateline: letters, then figures with a
# hyphen or a slash ("APP21-12", "NNN-2024/118"), then a place in capitals.
# A syndicator's tag before the story it carries: "(MENAFN- Jordan Times) AMMAN - ...".
_SYNDICATOR_TAG = re.compile(r"^\(MENAFN\s*[-–]\s*[^()]{2,60}\)\s+(?=\S)")
# The cable notes old papers set in brackets over a cabled story's dateline: when the cable was
# received, how it came and whose copyright it is ("(Received November 19, 12.30 a.m.)",
# "(United Press Association—By Electric Telegraph—Copyright.)", "(By Cable to The Tribune)").
_CABLE_NOTE = re.compile(
    r"^(?:\((?i:received|by\s+cable|by\s+telegraph|by\s+electric\s+telegraph|"
    r"united\s+press\s+association|australian\s+press\s+association|copyright)\b[^()]{0,90}\)"
    r"\s+)+(?=[A-Z])"
)
# A portal's provider card glued to the story it reruns, as Yahoo's pages copy: the provider's
# name and the reading time, then the agency's own dateline ("Associated Press·2 min
# readSEOUL, South Korea (AP) —").
_PROVIDER_CARD = re.compile(
    r"^(?:[A-Z][\w.&'’ -]{1,40}[ \t]*[·•][ \t]*)?\d{1,2}[ \t]*(?i:min(?:ute)?s?)[ \t]+read[ \t]*"
    r"(?=[A-Z])"
)
_STORY_NUMBER = re.compile(r"^[A-Z]{2,8}-?\d{1,6}[-/]\d{1,6}[ \t]+(?=[A-Z][A-Z])")


# A wire's month-day and time stamp before the dateline: "(11-19) 11:23 PST ".
_WIRE_TIME_STAMP = re.compile(
    r"^\((?P<month>\d{1,2})-(?P<day>\d{1,2})\)\s+\d{1,2}:\d{2}\s+"
    r"(?:[PMCEA][SD]T|GMT|UTC)\s+"
)
_STAMP_MONTHS = (
    "January February March April May June July August September October November December"
).split()


# The cable's time of receipt set after its dateline ("LONDON, January 4. (Received 9.30
# p.m.)", "LONDON, January 4 (Received 9.30 p.m.).—"), the story after it.
_RECEIVED_AFTER = re.compile(
    r"(?<=\S)\.?[ \t]*\((?i:received|recd\.?)[ \t][^()]{2,60}\)\.?[ \t]*(?:(?:--|—|–)[ \t]*)?(?=[A-Z\"“‘'])"
)


def _received_after(
    paragraph: str, late: re.Match[str], reference_date: dt.date | None
) -> DatelineMatch | None:
    """The dateline before the cable's time of receipt, read as if a full stop closed it there:
    its raw text runs on to the end of the note, so that the story starts after it."""
    head = paragraph[: late.start()]
    found = match_dateline(f"{head}. {paragraph[late.end() :]}", reference_date)
    if found is None or not found.dateline.place or found.dateline.raw.rstrip(" .") != head:
        return None
    raw = dataclasses.replace(found.dateline, raw=paragraph[: late.end()].rstrip())
    why = (*found.evidence, "+0 the cable's time of receipt in brackets after it")
    return dataclasses.replace(
        found, dateline=raw, rest=paragraph[late.end() :].strip(), evidence=why
    )


# "WASHINGTON. Dec. 3.—": the OCR of an old page read the comma after the place in capitals
# as a full stop; the month and its day follow.
_OCR_STOP = re.compile(
    rf"^(?P<place>[A-Z][A-Z'’-]+(?:[ \t][A-Z][A-Z'’-]+){{0,2}})\.[ \t]+(?={_MONTH}[ \t]*\d{{1,2}}\b)"
)


def _stopped_place(
    paragraph: str, stop: re.Match[str], reference_date: dt.date | None
) -> DatelineMatch | None:
    """The dateline read with the comma for the OCR's full stop after the place, when the
    gazetteer knows the place and the dateline has its date and its dash or agency: its raw
    text as printed."""
    from archiver.extract.gazetteer import is_known_place

    place = stop.group("place")
    if not is_known_place(place):
        return None
    at = stop.end("place")
    found = match_dateline(f"{paragraph[:at]},{paragraph[at + 1 :]}", reference_date)
    if found is None or found.dateline.place != place or not found.dateline.date_text:
        return None
    if not (found.dateline.source or found.dateline.raw.rstrip().endswith(("—", "–", "-"))):
        return None  # "GEORGIA. March 4. Primary results": a stop after the date too, no dash
    raw = dataclasses.replace(found.dateline, raw=paragraph[: len(found.dateline.raw)])
    why = (*found.evidence, "+0 the OCR's full stop for the comma after the place")
    return dataclasses.replace(found, dateline=raw, evidence=why)


# asked again of the same line within an article, with and without a reference date (which
# only resolves the date of a dateline found)
# "(Nairobi, January 9, 2025) – ": a place and a date in brackets, then a dash.
_BRACKETED_DATELINE = re.compile(r"^\((?P<inner>[^()]{3,60}\d)\)\s*[–—-]{1,2}\s*(?=\S)")


# "[TOKYO] ", "[KUALA LUMPUR] ", "[NEW YORK] ": a place in capitals in square brackets, then
# the story's first word.
_BOXED_CAPS_PLACE = re.compile(
    r"^\[(?P<place>[A-Z][A-Z.'’-]{0,20}(?: [A-Z][A-Z.'’-]{0,20}){0,3})\][ \t]+(?=\S)"
)
# A continent's name in the same box is the page's section over a round-up ("[ASIA] Asian
# shares slipped ..."), and a deal's tag ("[DEAL]", a town in Kent too) the story's kind: no
# place the story was filed from (a section's or a beat's word, "[MEDIA]", neither).
_BOXED_SECTIONS = frozenset(
    "asia africa europe oceania antarctica america americas asia-pacific deal deals".split()
)


def _boxed_section(place: str) -> bool:
    """The bracketed word is a continent's, a tag's or a section's or a beat's name
    ("[ASIA]", "[DEAL]", "[MEDIA]", "[METRO]"), which a town's name may be too."""
    from archiver.extract.bylines import _BEAT_WORDS, _RUBRIC_WORDS, _SECTION_NAME_WORDS

    key = place.casefold()
    return key in _BOXED_SECTIONS or all(
        w in _SECTION_NAME_WORDS or w in _RUBRIC_WORDS or w in _BEAT_WORDS for w in key.split()
    )


@none_by_text_cache
def match_dateline(paragraph: str, reference_date: dt.date | None = None) -> DatelineMatch | None:
    """The dateline at the start of a paragraph, or None.

    Callable on any single string (a paragraph of plain text or of a web page): it looks at
    no more than its first 240 characters, so its cost does not grow with the paragraph.
    """
    if _may_be_intl(paragraph) and (found := _intl_dateline(paragraph, reference_date)):
        return found
    if (number := _STORY_NUMBER.match(paragraph)) is not None:
        # "APP21-12 LAHORE, Jun 12 (APP): ...": the agency's story number before the dateline,
        # read past when the dateline after it names its agency
        found = match_dateline(paragraph[number.end() :], reference_date)
        if found is not None and found.dateline.source:
            return found
    if paragraph[:1] == "(" and (stamp := _WIRE_TIME_STAMP.match(paragraph)) is not None:
        # "(11-19) 11:23 PST SACRAMENTO (AP) --": SFGate's wire copy stamps the story's
        # month-day and time before the agency's dateline; the stamp's day is the dateline's
        found = match_dateline(paragraph[stamp.end() :], reference_date)
        if found is None or not found.dateline.source or found.dateline.date_text:
            return found if found is not None and found.dateline.source else None
        month, day = int(stamp.group("month")), int(stamp.group("day"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        stamp_day = f"{stamp.group('month')}-{stamp.group('day')}"
        date, warnings = resolve_date(f"{_STAMP_MONTHS[month - 1]} {day}", reference_date)
        return dataclasses.replace(
            found,
            dateline=dataclasses.replace(
                found.dateline,
                raw=paragraph[: stamp.end()] + found.dateline.raw,
                date=date,
                date_text=stamp_day,
            ),
            warnings=tuple(warnings),
            evidence=(*found.evidence, "a wire's month-day and time stamp before it"),
        )
    if (card := _PROVIDER_CARD.match(paragraph)) is not None:
        # "Associated Press·2 min readSEOUL, South Korea (AP) —": the portal's card, then the
        # agency's dateline; only a dateline with its agency or date counts (a card glued to a
        # sentence is no dateline's evidence)
        found = match_dateline(paragraph[card.end() :], reference_date)
        if found is not None and (found.dateline.source or found.dateline.date_text):
            return found
        return None
    if paragraph[:1] == "(" and (held := _BRACKETED_DATELINE.match(paragraph)) is not None:
        # "(Nairobi, January 9, 2025) – Kenyan authorities should ...": Human Rights Watch's
        # and other NGOs' releases set the place and the day in brackets before the dash;
        # only a place with a date counts (a bracketed aside opening a paragraph names none)
        found = match_dateline(f"{held.group('inner')} – {paragraph[held.end() :]}", reference_date)
        if found is not None and found.dateline.place and found.dateline.date_text:
            dateline = dataclasses.replace(found.dateline, raw=held.group(0).rstrip())
            why = (*found.evidence, "+0 the place and the date in brackets before the dash")
            return dataclasses.replace(
                found, dateline=dateline, rest=paragraph[held.end() :], evidence=why
            )
    if paragraph[:1] == "[" and (boxed := _BOXED_CAPS_PLACE.match(paragraph)) is not None:
        # "[TOKYO] Japan's services sector ...": The Business Times' and other Singapore
        # pages' dateline, the city in capitals in square brackets before the story's first
        # word; only a place the gazetteer knows counts (a bracketed tag, "[UPDATED]", is none)
        from archiver.extract.gazetteer import is_known_place

        place = boxed.group("place")
        if is_known_place(place) and not _boxed_section(place):
            found = match_dateline(f"{place} — {paragraph[boxed.end() :]}", reference_date)
            if found is not None and found.dateline.place == place:
                dateline = dataclasses.replace(found.dateline, raw=boxed.group(0).rstrip())
                why = (*found.evidence, "+0 the place in capitals in square brackets")
                return dataclasses.replace(
                    found, dateline=dateline, rest=paragraph[boxed.end() :], evidence=why
                )
    if paragraph[:1] == "(" and (note := _CABLE_NOTE.match(paragraph)) is not None:
        # "(Received November 19, 12.30 a.m.) WASHINGTON, November 18. The State ...": the
        # cable's notes, then its dateline (the raw text keeps the notes, so that the story's
        # text still starts after it)
        found = match_dateline(paragraph[note.end() :], reference_date)
        if found is None or not found.dateline.place:
            return None
        raw = dataclasses.replace(found.dateline, raw=note.group(0) + found.dateline.raw)
        why = (*found.evidence, "+0 after the cable's notes in brackets")
        return dataclasses.replace(found, dateline=raw, evidence=why)
    if paragraph[:1] == "(" and (tag := _SYNDICATOR_TAG.match(paragraph)) is not None:
        # "(MENAFN- Anadolu Agency) JAKARTA": the syndicator's tag naming its source, then the
        # source's own dateline
        return match_dateline(paragraph[tag.end() :], reference_date)
    if (late := _RECEIVED_AFTER.search(paragraph[:_DATELINE_WINDOW])) is not None and (
        found := _received_after(paragraph, late, reference_date)
    ):
        return found
    if (stop := _OCR_STOP.match(paragraph)) is not None and (
        found := _stopped_place(paragraph, stop, reference_date)
    ):
        return found
    parts = _parts(paragraph)
    if parts is None:
        # "Москва. 17 февраля. INTERFAX.RU -": the one Cyrillic form the grammar cannot read
        cyrillic = "\u0410" <= paragraph[:1] <= "\u042f"
        found = _intl_dateline(paragraph, reference_date) if cyrillic else None
        return found or _national(paragraph, reference_date)
    if (
        parts.place
        and parts.agency
        and not (parts.date or parts.dash)
        and parts.rest.startswith(",")
        and _region_in_brackets(parts.agency)
        and (found := _past_bracketed_region(paragraph, parts, reference_date)) is not None
    ):
        return found
    if (
        parts.place
        and (parts.date or parts.agency)
        and (city := _city_after_headline(parts.place)) is not None
    ):
        # "in Cadiz Shaft CADIZ, Ohio, Nov. 19 (AP)—": a headline's last line in mixed case
        # run into the dateline; the dateline is read from its city in capitals on (its raw
        # text keeps the words before, so that the story's text still starts after it)
        found = match_dateline(paragraph[city:], reference_date)
        if found is None or not found.dateline.place:
            return None
        why = (*found.evidence, f"+0 after the headline's words {paragraph[:city].strip()!r}")
        raw = dataclasses.replace(found.dateline, raw=paragraph[:city] + found.dateline.raw)
        return dataclasses.replace(found, dateline=raw, evidence=why)
    score, evidence = _weigh(
        parts.place, parts.date, parts.agency, parts.dash, parts.rest, parts.coded, parts.glued
    )
    if score < ACCEPT:
        return _national(paragraph, reference_date)
    date_text = _date_text(parts.date)
    date, warnings = resolve_date(date_text, reference_date)
    if _recalled_date(parts.place, parts.raw, date_text, parts.rest):
        return None
    place, agency = parts.place, parts.agency.strip() if parts.agency else None
    if agency is not None and _OWN_WIRE_NOTE.fullmatch(agency):
        # "CHICAGO, Nov. 19.—(Special.)—", "(By Cable.)": the paper's own correspondent's
        # telegram, no agency: the note is part of the dateline, its source none
        agency = None
    if agency is None and date_text and place and _agency_in_place_slot(place):
        # "STA, 3 October 2023 - The government ...": the agency and the day, no place (as
        # sites reprinting the Slovenian, Hungarian or Czech agencies' English copy print it)
        place, agency = None, place
    elif _agency_code_alone(place, parts.date, agency, parts.dash, parts.rest, parts.glued):
        place, agency = None, place  # "NNA - ...": the agency's code, no place (_weigh)
    return DatelineMatch(
        dateline=Dateline(
            raw=parts.raw,
            place=place,
            date=date,
            date_text=date_text,
            source=agency,
        ),
        rest=parts.rest,
        warnings=tuple(warnings),
        score=score,
        evidence=tuple(evidence),
        names=parts.names,
    )


# A region's initials and its word's, a slash between (Ghana News Agency's "(V/R)", the Volta
# Region; "(WN/R)", Western North; "(U/E)", Upper East), in brackets after the town.
_REGION_INITIALS = re.compile(r"[A-Z]{1,3}/[A-Z]{1,2}")
# The same initials run together, the region's "R" last: "(VR)", "(ER)", "(UER)".
_REGION_INITIALS_JOINED = re.compile(r"[A-Z]{1,2}R")


def _region_in_brackets(name: str) -> bool:
    """What stands in brackets after a dateline's town is its region: a region the gazetteer
    knows ("Chhattisgarh", "Ashanti") or a region's initials, with a slash ("V/R") or run
    together and closed by the region's "R" ("VR"), which no wire's code is."""
    return (
        _REGION_INITIALS.fullmatch(name) is not None
        or (_REGION_INITIALS_JOINED.fullmatch(name) is not None and not _known_wire(name))
        or _bracketed_region(name)
    )


def _past_bracketed_region(
    paragraph: str, parts: _Parts, reference_date: dt.date | None
) -> DatelineMatch | None:
    """`Sefwi Wiawso (WN/R), Dec. 4, GNA – ...`, `Raipur (Chhattisgarh), Dec 4 (PTI) -`: the
    town's region in brackets before the comma, then the dateline's date and agency. Read with
    the brackets left out; the place keeps them, as printed, and the raw text is the
    paragraph's own. Only a dateline with its date or agency after them counts."""
    if not (parts.place and paragraph.startswith(parts.raw) and parts.raw.startswith(parts.place)):
        return None
    town, cut = len(parts.place), len(parts.raw)
    bracket = paragraph[town:cut]
    found = match_dateline(paragraph[:town] + paragraph[cut:], reference_date)
    if (
        found is None
        or found.dateline.place != parts.place
        or not (found.dateline.date_text or found.dateline.source)
    ):
        return None
    raw = paragraph[: len(found.dateline.raw) + len(bracket)]
    dateline = dataclasses.replace(found.dateline, raw=raw, place=f"{parts.place}{bracket}")
    why = (*found.evidence, f"+0 the town's region in brackets ({parts.agency})")
    return dataclasses.replace(found, dateline=dateline, evidence=why)


# The note an old paper set in brackets after its own correspondent's dateline, where a wire's
# name would stand: "(Special.)", "[Special Correspondence.]", "(By Cable.)", "(By Telegraph.)".
_OWN_WIRE_NOTE = re.compile(
    r"(?i:special(?:\s+(?:correspondence|dispatch|cable|telegram|despatch))?|"
    r"by\s+(?:cable|telegraph|wireless|radio|telephone)|from\s+our\s+own\s+correspondent)\.?"
)


def _agency_code_alone(
    place: str | None,
    date: str | None,
    agency: str | None,
    dash: str | None,
    rest: str,
    glued: bool = False,
) -> bool:
    """`NNA - Prime Minister ...`: what stands where the place would is a known news agency's
    code in capitals, its initials (three or four letters: a name such as "PETRA" or
    "XINHUA" alone before the dash is read as the place it also is), alone (no date, no
    agency after it), then a spaced dash and a sentence of story. A state's code ("PA") is a region, not an agency;
    a name the gazetteer knows stays the place ("PETRA —", Jordan's city), unless it is three
    letters that name no city of their own: GeoNames lists airports' codes among a city's
    alternate names ("NNA", "WAM"), which no dateline prints for a place ("ENA", "NAN" are
    towns in Japan and Thailand)."""
    from archiver.extract.agencies import WIRE_SOURCES
    from archiver.extract.gazetteer import countries_of, is_known_place, is_region

    if not (
        place is not None
        and not (date or agency)
        and not glued
        and dash in _SPACED_DASHES
        and re.fullmatch(r"[A-Z]{3,4}", place) is not None
        and place.lower() in WIRE_SOURCES
        and not is_region(place)
        and len(rest.split()) >= _SENTENCE_WORDS
        and rest[:1].isupper()
        and not _is_capitals(" ".join(rest.split()[:3]))
    ):
        return False
    if not is_known_place(place):
        return True
    return len(place) == _AIRPORT_CODE_LETTERS and not countries_of(place.title())


# The letters of an airport's code (IATA), which GeoNames keeps among a city's alternate names.
_AIRPORT_CODE_LETTERS = 3


def _agency_in_place_slot(place: str) -> bool:
    """A known news agency's name in capitals where the dateline's place stands ("STA"), and
    no place the gazetteer knows by that name ("PA" is Pennsylvania's)."""
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.gazetteer import is_known_place

    return place.isupper() and is_wire_source(place) and not is_known_place(place)


# A year written out in a dateline's date ("April 10, 1998").
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _recalled_date(place: str | None, raw: str, date_text: str | None, rest: str) -> bool:
    """ "BELFAST, April 10, 1998 – that was the date that changed everything, he told ...": a
    sentence of the story that opens with a place and a day it names with its year, the words
    after its dash going on in small letters; a dateline's story opens a sentence. Decided on
    the text alone, never on the reference date (whether there is a dateline does not depend
    on it; test_extract_fast_paths pins that). Not for a capture that lost its case (a place
    with no capital, or 'pASSENGER TRAINS ...' case-swapped), nor for a release's stamp in
    brackets ('Springfield, Illinois (March 3, 2021, 7:30 PM CST) -- the council ...')."""
    if not date_text or _WRITTEN_YEAR.search(date_text) is None:
        return False
    if place is None or place == place.lower() or "(" in raw:
        return False
    first = rest.split(maxsplit=1)[0] if rest.strip() else ""
    return first.isalpha() and first.islower()


def _national(paragraph: str, reference_date: dt.date | None) -> DatelineMatch | None:
    """A small agency's house style the grammar above does not read (datelines_national.py)."""
    from archiver.extract.datelines_national import match_national

    found = match_national(paragraph)
    return None if found is None else _form_match(found, reference_date)


def _may_be_intl(paragraph: str) -> bool:
    """The paragraph opens as a Chinese, Japanese, Korean or Arabic dateline can: with a letter
    of those scripts, a bidi mark, 【 or （, or a bracket before Hangul ("(서울=연합뉴스)")."""
    c = paragraph[:1]
    if not c or c < "(":
        return False
    if c in "([":
        return "\uac00" <= paragraph[1:2] <= "\ud7af"
    return (
        "\u0600" <= c <= "\u06ff"
        or "\u0370" <= c <= "\u03ff"  # Greek
        or "\u0900" <= c <= "\u097f"  # Devanagari (Hindi)
        or "\u3040" <= c <= "\u9fff"
        or "\uac00" <= c <= "\ud7af"
        or c in "【〔（\u200e\u200f"
        or "\u202a" <= c <= "\u202e"
        or "\u2066" <= c <= "\u2069"
    )


def _intl_dateline(paragraph: str, reference_date: dt.date | None) -> DatelineMatch | None:
    """A Chinese, Japanese, Korean or Arabic wire's dateline (datelines_intl.py): each form
    closes with its own mark (电, 】, the agency), which is the evidence."""
    from archiver.extract.datelines_intl import match_intl_dateline

    found = match_intl_dateline(paragraph)
    return None if found is None else _form_match(found, reference_date)


def _form_match(found: IntlDateline, reference_date: dt.date | None) -> DatelineMatch:
    """A dateline read by one of the house-style grammars (datelines_intl.py,
    datelines_national.py), whose form is the evidence, as the grammar's answer."""
    evidence = [f"+{ACCEPT} the dateline form of {found.form} wires ({found.raw!r})"]
    if found.source:
        evidence.append(f"+0 the agency {found.source!r}")
    warnings: list[Warning] = []
    date = None
    if found.month and found.day:
        date, warnings = resolve_day(
            found.month, found.day, found.year, found.date_text or "", reference_date
        )
    elif found.day:  # CNA's "6日電": the day alone
        date, warnings = _resolve_day_alone(found.day, found.date_text or "", reference_date)
    if found.names:
        evidence.append(f"+0 the reporters it names: {', '.join(found.names)}")
    return DatelineMatch(
        dateline=Dateline(
            raw=found.raw,
            place=found.place,
            date=date,
            date_text=found.date_text,
            source=found.source,
        ),
        rest=found.rest,
        warnings=tuple(warnings),
        score=ACCEPT,
        evidence=tuple(evidence),
        names=found.names,
        title=found.title,
    )


# How far into a "By NAME PLACE, DATE (AGENCY) -" paragraph the dateline may start.
_BYLINE_WORDS = 8


def match_dateline_after_byline(
    paragraph: str, reference_date: dt.date | None = None
) -> tuple[str, DatelineMatch] | None:
    """`By Jane Roe Mexico City, Mar 21 (EFE).- The bank ...`: a byline run into the dateline
    on one line, as pages flatten them. Returns (the byline's text, the dateline) when a
    dateline with a date or an agency starts at one of the first words after "By" and its
    place is one the gazetteer knows (so the name's last words are not read as the place)."""
    from archiver.extract.gazetteer import is_known_place, is_region

    if paragraph[:3].lower() != "by ":
        return None
    window = paragraph[:_DATELINE_WINDOW]
    starts = [m.end() for m in re.finditer(r"\s+(?=\S)", window)][1 : _BYLINE_WORDS + 1]
    for pos in starts:
        found = match_dateline(paragraph[pos:], reference_date)
        if found is None:
            continue
        place = found.dateline.place
        head = re.split(r"[,/\[]", place, maxsplit=1)[0].strip() if place else ""
        if (
            not (found.dateline.date_text or found.dateline.source)
            and not (
                # "By JANE ROE Staff Writer LONDON — The ...": a city in capitals and a dash alone
                # say it too, when the city is no country or state (the name's last word may be)
                _is_capitals(head)
                and found.dateline.raw.rstrip().endswith(("—", "–", "--"))
                and not is_region(head)
                # a name in capitals runs into a city's ("By JOHN PARIS —"): the word before the
                # place must set it off (a title in mixed case, a name in mixed case, a comma)
                and not _is_capitals(paragraph[:pos].split()[-1])
            )
        ):
            continue
        if head and is_known_place(head):
            why = (*found.evidence, f"+0 after the byline {paragraph[:pos].strip()!r}")
            return paragraph[:pos].strip(), dataclasses.replace(found, evidence=why)
    return None


def match_standalone_dateline(
    first: str, second: str, reference_date: dt.date | None = None
) -> DatelineMatch | None:
    """`BAAR, Switzerland` as a paragraph of its own above the story's first: a page set the
    dateline apart (a block of its own) and dropped the dash. Read as if a dash joined it to
    the next paragraph; only a short line with a comma and no sentence's end is tried."""
    head = first.strip()
    if (
        len(second) > len(head)
        and second.startswith(head)
        and second[len(head)] in " ,(—–-:"
        and (inline := match_dateline(second, reference_date)) is not None
        and inline.dateline.raw.startswith(head)
        and len(inline.dateline.raw.strip()) > len(head)
    ):
        # "ACCRA, Ghana" over "ACCRA, Ghana (AP) — Ghana's ...": NITF's dateline element left
        # on a line of its own by a stripped copy, and the story's own dateline, whole, opening
        # the paragraph under it: that one is the dateline
        return None
    if first[:1] == "(" and (tag := _SYNDICATOR_TAG.match(first)) is not None:
        # "(MENAFN- Anadolu Agency) JAKARTA" over the story: the syndicator's tag, then the
        # source's dateline set apart
        return match_standalone_dateline(first[tag.end() :], second, reference_date)
    if "/" in first and (slashed := _wire_slash_place(first)) is not None:
        return slashed
    if second[:1] == "(" and "," in first and len(first) <= 60 and first[-1:] not in "?!:—–-":
        # "WASHINGTON, Tuesday" over "(AAP-Reuter). — President-elect ...": the column broke
        # the dateline before its agency; read the two as one, if a known wire closes it
        joined = match_dateline(f"{first} {second}", reference_date)
        if (
            joined is not None
            and joined.dateline.source
            and _known_wire(joined.dateline.source)
            and joined.dateline.raw.startswith(first.strip())
            and len(joined.dateline.raw) > len(first.strip())
            # the place and its day over the line; the line under it adds only the agency
            and joined.dateline.place is not None
            and (first.strip() + " " + second).startswith(joined.dateline.raw)
            and (joined.dateline.date_text or _is_capitals(joined.dateline.place))
        ):
            why = (*joined.evidence, "+0 its agency opens the paragraph under it")
            return dataclasses.replace(joined, evidence=why)
    if first.endswith(":") and len(first) <= 60 and second:
        if "," not in first:
            # "LAHORE:" over the story: a city alone as above, the colon kept in the raw text
            alone = _capitals_city_alone(first[:-1].rstrip(), second)
            if alone is not None:
                raw_alone = dataclasses.replace(alone.dateline, raw=first)
                return dataclasses.replace(alone, dateline=raw_alone)
            # "WESTERN BUREAU:" over the story: a house style's dateline set apart
            found = _national(f"{first} {second}", reference_date)
            if found is not None and found.dateline.raw == first:
                return found
        # "Bengaluru, Dec 5, 2017, DHNS:", "SPANISH TOWN, St Catherine:", "Hyderabad:" over
        # the story: the whole dateline on a line of its own, its colon kept; read as if the
        # story's sentence followed on its line, and only the whole line may be the dateline
        # (the grammar's own evidence decides: "Summary:", "From:" are no places)
        found = match_dateline(f"{first} {second}", reference_date)
        if found is None or found.dateline.raw.strip() != first.strip():
            return None
        why = (*found.evidence, "+0 a paragraph of its own, its colon kept, above the story")
        return dataclasses.replace(found, evidence=why)
    if first.endswith(".") and "," in first and len(first) <= 60 and _story_follows(second):
        # "AUCKLAND, 13th July.", "SYDNEY, Friday." over the story: the place in capitals and
        # its date closed by a full stop, read as one paragraph with the story's first
        stopped = match_dateline(f"{first} {second}", reference_date)
        if stopped is not None and stopped.dateline.raw == first.strip():
            why = (*stopped.evidence, "+0 a paragraph of its own, above the story")
            return dataclasses.replace(stopped, rest="", evidence=why)
    if first.endswith(".") and first[-2:-1].isdigit() and "," in first and len(first) <= 60:
        # "LONDON, March 2." over the story: old papers close the dateline with a full stop
        found = match_standalone_dateline(first[:-1], second, reference_date)
        if found is not None and found.dateline.date is not None:
            return dataclasses.replace(
                found, dateline=dataclasses.replace(found.dateline, raw=first.strip())
            )
        return None
    if first.rstrip().endswith(("—", "–", "--", " -")) and len(first) <= 60:
        # "TOKYO —" on a line of its own, the story's sentence in the next paragraph
        if not _story_follows(second):
            return None
        found = match_dateline(f"{first.rstrip()} {second}", reference_date)
        if found is None or found.dateline.raw.strip() != first.strip():
            return None
        why = (*found.evidence, "+0 its dash ends its line, above the story")
        return dataclasses.replace(found, evidence=why)
    printed = first
    if first.endswith(")."):
        first = first[:-1]  # "Denver, Colo., Apr 18, 2023 (CNA)." set apart with a full stop
    # "FRESNO, Calif." ends with its state's abbreviation, whose full stop ends no sentence
    abbreviated = first.endswith(".") and _ends_in_region_abbreviation(first)
    if len(first) > 60 or (first[-1:] in ".?!:" and not abbreviated) or not second:
        return None
    if "," not in first and not first.endswith(")"):
        return _capitals_city_alone(first, second) or _city_alone_in_its_country(first, second)
    spaced = _SPACE_BEFORE_DATE.search(first)
    if spaced is not None:
        # "FRESNO, Calif. March 3, 2025": the place's line and the date's under it, read as
        # one paragraph; the comma the two lines did not need is read in
        first = f"{first[: spaced.start()]},{first[spaced.start() :]}"
    from archiver.extract.bylines import is_by_line

    if is_by_line(first):
        # "Von Jane Roe, HR" under the story's last paragraph (Tagesschau's foot), "By Jane
        # Roe, AP": the writer's byline and its desk, which no place set apart opens with
        return None
    # "BAAR, Switzerland", "Hamburg (ots)": a place with its region or its wire in brackets
    found = match_dateline(f"{first} — {second}", reference_date)
    if found is None or found.dateline.raw.rstrip(" —") != first.strip():
        return None
    if "," not in first and not _known_wire(found.dateline.source or ""):
        return None  # "Port Strike (Update)", "X (Twitter)": the dash was ours; a wire must say so
    if "," not in first and _writer_over_stamp(first, second):
        # "Jane Roe (EFE)" over "14/10/2019 13:45 | Actualizado a ...": a dateline set apart
        # stands right over its story, never over the page's date stamp; a person's name and
        # the wire in brackets there are the writer's byline, as agencies' client sites print
        # it (a desk's, "Redacción Internacional (EFE)", is no person's and no dateline's)
        return None
    place = found.dateline.place or ""
    if not place.strip():
        # "Jane Roe" / "(Australian Associated Press)" at the story's foot: the agency in
        # brackets alone on its line is the writer's sign-off, no dateline without its place
        return None
    if not found.dateline.source and not _place_word(place) and "," not in place:
        # "Jane Roe, March 2, 2025", "The Hindu, March 4, 2014" over the story: a writer's or
        # an outlet's name and the page's date, with no mark of a dateline; a place set apart
        # so is in capitals, known to the gazetteer, or has its region after it
        return None
    why = (*found.evidence, "+0 a paragraph of its own, above the story")
    return dataclasses.replace(
        found,
        dateline=dataclasses.replace(found.dateline, raw=printed.strip()),
        evidence=why,
    )


# `Reuters/Cairo`, `AFP / Beirut`: the agency, a slash, the place it filed from, on a line of
# its own over the story (the Gulf Times' and other Gulf papers' house style for wire copy).
_WIRE_SLASH_PLACE = re.compile(
    r"^(?P<agency>[A-Za-z][\w.&'’ -]{1,30}?)[ \t]*/[ \t]*"
    r"(?P<place>[A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,2})$"
)


def _wire_slash_place(first: str) -> DatelineMatch | None:
    """The form above: a known agency before the slash and a place the gazetteer knows after
    it. A photo's credit has the photographer's name there ("Reuters/Amr Dalsh", "AFP/Getty
    Images"), which the gazetteer does not know; an agency's name that is also a place's
    ("EPA", "Xinhua") is taken for the credit's second agency."""
    from archiver.extract.bylines import is_agency
    from archiver.extract.credits import PHOTO_AGENCIES
    from archiver.extract.gazetteer import is_known_place

    m = _WIRE_SLASH_PLACE.match(first.strip())
    if m is None or not _known_wire(m.group("agency").strip()):
        return None
    place = m.group("place")
    low = place.lower()
    if _known_wire(place) or is_agency(low) or low in PHOTO_AGENCIES or not is_known_place(place):
        return None
    agency = m.group("agency").strip()
    return DatelineMatch(
        dateline=Dateline(raw=first.strip(), place=place, date=None, date_text=None, source=agency),
        rest="",
        warnings=(),
        score=ACCEPT + 3,
        evidence=(
            f"+3 a known agency ({agency})",
            f"+{ACCEPT} a slash, then a place the gazetteer knows ({place})",
            "+0 a paragraph of its own, above the story",
        ),
    )


# A place in any case, one to three capitalised words, then a dash or a colon: "Groton - The
# Town Council ...", "Sriharikota: The Indian Space ..." (a small town or a site the
# gazetteer's cities do not list), or that place alone on its line with its mark.
_NAME_WORD = r"[A-Z][^\W\d_]*(?:[-'’.][^\W\d_]+)*"
# The town may have its region after a comma ("PORTLAND COTTAGE, Clarendon:", the Gleaner's
# town and parish), which the headline need not name.
_NAMED_PLACE = re.compile(
    rf"^(?P<raw>(?P<place>(?P<town>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
    rf"(?:,[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)?)"
    r"(?:[ \t]*(?::|--|—|–)|[ \t]+-(?=[ \t]|$)))(?:[ \t]+|$)"
)


# A city and a full stop opening the story, then its first sentence ("Baku. Azerbaijan
# Railways ... signed ..."): the Caspian and Central Asian agencies' dateline (APA, Trend).
_STOP_PLACE = re.compile(
    r"^(?P<raw>(?P<place>[A-Z][^\W\d_]{2,}(?:[ -][A-Z][^\W\d_]+)?)\.)[ \t]+(?=[A-Z])"
)
# The page's location line over the story, the city first: "Baku, Azerbaijan", "Baku".
_LOCATION_LINE = re.compile(r"^(?P<city>[^,\d]{3,30}?)(?:,\s*[A-Z][^,\d]{2,30})?$")


def match_stop_place(paragraph: str, header: list[str]) -> DatelineMatch | None:
    """A city the gazetteer knows and a full stop opening the story ("Baku. Azerbaijan
    Railways ..."), when the page's location line over the story names that city first
    ("Baku, Azerbaijan" under the agency's name): the page says where the story is from, and
    the story opens with it as its dateline. The national grammar reads "Dar es Salaam." on
    the gazetteer's word alone, but not a name of four letters ("Baku", "Oslo", "Doha"), which
    the gazetteer shares with words and abbreviations a sentence opens with ("Okay.", "Most.",
    "Minn."); the location line is the evidence those lack."""
    from archiver.extract.gazetteer import is_known_place

    m = _STOP_PLACE.match(paragraph[:_DATELINE_WINDOW])
    if m is None:
        return None
    place = m.group("place")
    if not is_known_place(place) or not any(
        (loc := _LOCATION_LINE.match(line.strip())) is not None and loc.group("city") == place
        for line in header
    ):
        return None
    return DatelineMatch(
        dateline=Dateline(raw=m.group("raw"), place=place, date=None, date_text=None, source=None),
        rest=paragraph[m.end() :].strip(),
        warnings=(),
        score=ACCEPT,
        evidence=(
            f"+1 the gazetteer knows {place!r}",
            f"+1 the page's location line names {place!r}",
        ),
    )


# "with" or "meet" right before a name in a headline ("A Conversation With Jane Roe", "Meet
# Jane Roe"): the name is the person spoken with, no place.
_WITH_BEFORE = re.compile(r"(?i:\bwith|\bmeet)\s+$")


def match_headline_place(
    paragraph: str, following: str | None, headline: str | None, where: str = "the headline"
) -> DatelineMatch | None:
    """A place the gazetteer does not know, in mixed case, before a dash or a colon at the
    story's start, when the headline names it too ("Groton council backs plan ..." over
    "Groton - The Town Council voted ..."): local papers name the town in both, and the
    headline is the evidence the grammar's capitals or gazetteer would give. Its mark may end
    a line of its own ("Sriharikota:" over the story). Not a label: the headline's own label
    ("Podcast: ..." over "Podcast: In this ...") or a word that opens labels ("Update:")."""
    from archiver.extract.gazetteer import is_known_place, is_region

    m = _NAMED_PLACE.match(paragraph[:_DATELINE_WINDOW])
    if m is None or not headline:
        return None
    place, town = m.group("place"), m.group("town")
    if place != town and not is_known_place(place[len(town) :].strip(", ")):
        # "PORTLAND COTTAGE, Clarendon:": after a comma only a region the gazetteer knows,
        # the town in capitals or not; a name and a job or an outlet after it ("Whyte-Graham,
        # Councillor: We need ...", "JAKE TAPPER, CNN HOST: Welcome ...") is a speaker's
        return None
    rest = paragraph[m.end() :].strip()
    story = rest or (following or "")
    named = re.search(rf"(?<![\w-]){re.escape(town)}(?![\w-])", headline, re.IGNORECASE)
    if (
        named is None
        or headline[named.end() : named.end() + 1] == ":"  # "Podcast: ..." is a label
        # "A Conversation With Jane Roe" over "Jane Roe: Pawnshops and a motel ...": the one
        # the headline talks with is a Q&A's speaker, no town
        or _WITH_BEFORE.search(headline[: named.start()]) is not None
        or place.split()[0].upper().rstrip(".") in _NOT_PLACES
        or re.match(rf"{_DATE}$|{_MONTH}", place)
        or not _story_follows(story)
        or not re.match(r"[\"“‘'A-Z]", story)
        or is_region(place)
        or _ends_in_photo_credit(story[:_DATELINE_WINDOW])
    ):
        return None
    return DatelineMatch(
        dateline=Dateline(
            raw=m.group("raw").strip(), place=place, date=None, date_text=None, source=None
        ),
        rest=rest,
        warnings=(),
        score=ACCEPT,
        evidence=(
            f"+1 {place!r} opens the story before {m.group('raw')[len(place) :].strip()!r}",
            f"+1 {where} names {town!r} too",
        ),
    )


# Blanks, and no comma, before a date with its year at a line's end.
_SPACE_BEFORE_DATE = re.compile(rf"(?<=[^\s,])[ \t]+(?={_FULL_DATE}$)")


def _ends_in_region_abbreviation(line: str) -> bool:
    """The line's last word, after its comma, is a state's or a province's abbreviation with
    its full stop ("Calif.", "N.Y.", "D.C.")."""
    from archiver.extract.gazetteer import is_region_abbreviation

    tail = line.rsplit(",", 1)[-1].strip()
    return "," in line and bool(tail) and is_region_abbreviation(tail)


# Another labelled field run on after the DATELINE field's value: "; ITEM NO: 1103012".
_FIELD_AFTER = re.compile(r"\s*;\s*[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,3}\s*:\s*\S.*$")


def match_field_dateline(value: str, reference_date: dt.date | None = None) -> DatelineMatch | None:
    """A database export's DATELINE field ("KABUL, Aug 9", "MILLBROOK, Ind.", "WASHINGTON"):
    read by the grammar as if a dash and a sentence followed it; the raw text is the field's
    value as printed. The grammar's evidence is still required (the field only says where
    the dateline stands, not that its words are a place)."""
    # "beijing, november 3; ITEM NO: 1103012": the database runs another labelled field of
    # the record on after a semicolon (the wire's item number, a page); the dateline is before
    value = _FIELD_AFTER.sub("", value.strip())
    if not value or len(value) > 80:
        return None
    found = match_dateline(f"{value} — The", reference_date)
    if found is None or found.dateline.raw.rstrip(" —") != value.rstrip(" —-"):
        return None
    why = (*found.evidence, "+0 the export's dateline field")
    return dataclasses.replace(
        found, dateline=dataclasses.replace(found.dateline, raw=value), evidence=why, rest=""
    )


# A place in capitals and a colon opening a line, as Pakistani and Indian papers print their
# datelines ("RAJANPUR: ", "DERA GHAZI KHAN: "), the place one the gazetteer may not know.
_CAPITALS_COLON_OPENING = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}: (?=[A-Z])")


def opens_with_capitals_colon(line: str) -> bool:
    """The line opens in a colon dateline's shape: a place in capitals, a colon, a capital
    ("RAJANPUR: A flooded field near Fazilpur. — Dawn"). The shape alone says no more than
    that: a label ("UPDATE: ", "EDITOR'S NOTE: ") has it too and is refused here, and
    callers ask it only of a caption already read as one, over a story paragraph that opens
    with a dateline the grammar reads."""
    m = _CAPITALS_COLON_OPENING.match(line)
    return m is not None and m.group().rstrip(": ").casefold() not in _LABEL_CAPITALS


# Capitals before a colon that label a note or a page's section, never a place: "UPDATE: This
# story has been revised ...", "EDITOR'S NOTE: ...", "WATCH: ...".
_LABEL_CAPITALS = frozenset(
    "update|updated|note|editor's note|editor’s note|editors' note|editors’ note|"
    "editor's notes|watch|breaking|breaking news|correction|clarification|live|read|"
    "read more|also read|see|video|photos|photo|listen|opinion|analysis|exclusive|warning|"
    "alert|disclaimer".split("|")
)


def plain_dated_caption(line: str, desk: str) -> bool:
    """A caption that opens with a dateline and closes on `desk` after a dash may be the
    picture's ("RAJANPUR: A flooded field near Fazilpur. — Dawn"): not a quotation and its
    speaker ('LAHORE: "We will keep our shops shut ..." — Anjuman-e-Tajiran'), nor a note
    signed by the paper's editors ("... revised to correct the minister's name. — Editor")."""
    return not any(q in line for q in '"“”') and desk.strip().casefold() not in _EDITORS_DESK


# A desk's word that signs a note, never a picture's credit: "— Editor", "— The Desk".
_EDITORS_DESK = frozenset(
    {"editor", "editors", "the editor", "the editors", "desk", "the desk", "news desk", "staff"}
)


def _writer_title(head: str) -> bool:
    """ "Senior Writer", "Staff Reporter": a writer's title, never a town's name."""
    from archiver.extract.bylines import is_title_line

    return is_title_line(head)


# A page's stamp that names the place the story was filed from, the parts between bars, bullets
# or spaced dashes: "Updated - March 10, 2026 11:32 pm IST - CHENNAI", "Jakarta ● Thu, January
# 15, 2026", "Kyiv • 04.03.2026" (not "New Delhi | Updated: March 3, 2026 10:12 IST": a
# location tag in mixed case by the page's update time is none; nor, in the header of a page's
# story, "Madrid - Mar 11, 2026 - 05:40 CET", a place in mixed case before the date and the
# time of publication after it, which wire_text._stamp_dateline refuses through
# stamp_place_then_time).
_STAMP_PARTS = re.compile(r"\s+[|●•·]\s+|\s*[|●•]\s*|\s+[-–—]\s+")
_STAMP_DATE = re.compile(
    r"^(?:(?i:(?:first\s+)?published|updated|posted|last\s+updated)\s*(?:on\s*)?[-–:]?\s*)?"
    rf"(?P<date>{_DATE})(?![\w])"
)


# A place in capitals (no month's name among its words) right before a date.
_CAPITALS_BEFORE_DATE = re.compile(
    rf"(?P<place>(?!{_MONTH}\s)[A-Z][A-Z.'’-]+(?:[ \t]+(?!{_MONTH}\s)[A-Z][A-Z.'’-]+){{0,2}})"
    rf"[ \t]+(?={_FULL_DATE})"
)


# A clock time in a page's stamp: "15:30 CEST", "11:45", "9.30 am", "05.40 CET" (never a dotted
# date's day and month, "04.03.2026").
_STAMP_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\b\.?|[A-Z]{2,4}\b)")


def stamp_place_then_time(line: str, place: str | None) -> bool:
    """ "Barcelona - May 06, 2024 - 15:30 CEST": the stamp's place (`place`, as
    match_stamp_dateline found it) comes before its date, and a clock time follows the date
    (the time of publication by the writer's location tag, as El País's and El Mundo's pages
    print it). Not "Kyiv • 04.03.2026" (no time), nor a release's "March 5, 2025 10:00 ET -
    Ottawa, Ontario - Health Canada" (the date first, the place after it)."""
    parts = [p.strip() for p in _STAMP_PARTS.split(line) if p.strip()]
    dated = [(i, m) for i, p in enumerate(parts) if (m := _STAMP_DATE.match(p))]
    if not dated or place is None or place not in parts[: dated[0][0]]:
        return False
    at, m = dated[0]
    after = " ".join([parts[at][m.end("date") :], *parts[at + 1 :]])
    return _STAMP_CLOCK.search(after) is not None


def match_stamp_dateline(line: str, reference_date: dt.date | None = None) -> DatelineMatch | None:
    """The place and date of a page's stamp that names where the story was filed (a page that
    prints no dateline in the story puts it there): one part of the stamp is a date, another
    a city the gazetteer knows, alone (not "Kaikōura, New Zealand", a location tag; not a
    country or a state alone, "Mar 12, 2024 - India", nor a section, "- Business")."""
    from archiver.extract.gazetteer import is_known_place, is_region
    from archiver.extract.page import is_release_stamp

    if (len(line) > 90 and not is_release_stamp(line)) or not re.search(r"\d", line):
        return None  # (a release's stamp runs longer for its department's full name)
    parts = [p.strip() for p in _STAMP_PARTS.split(line) if p.strip()]
    if len(parts) == 1 and (caps := _CAPITALS_BEFORE_DATE.match(line)) is not None:
        # "HYDERABAD 03 March 2023 21:12 IST": the place in capitals, then the date with no
        # mark between them (Indian papers' pages); the capitals are a dateline's, as below
        parts = [caps.group("place"), line[caps.end() :].strip()]
    if not 2 <= len(parts) <= 4:
        return None
    dated = [(i, m) for i, p in enumerate(parts) if (m := _STAMP_DATE.match(p))]
    if not dated or not re.search(r"\d", dated[0][1].group("date")):
        return None
    at, m = dated[0]
    place = next(
        (
            p
            for i, p in enumerate(parts)
            if i != at
            and "," not in p
            and len(p.split()) <= 3
            and not any(ch.isdigit() for ch in p)
            and p[:1].isupper()
            and p.split()[0].upper().rstrip(":") not in _NOT_PLACES
            and not _STAMP_WORD.search(p)
            and not is_region(p)
            and is_known_place(p)
        ),
        None,
    )
    if place is None and at == 0 and len(parts) >= 2:
        # "March 5, 2025 - Ottawa, Ontario - Fisheries and Oceans Canada": a government
        # release's stamp, the date first, then the city with its province or state, as a
        # North American dateline prints it (a country after the city, "Kaikōura, New
        # Zealand", stays a location tag)
        if _city_and_state(parts[1]):
            place = parts[1]
    if place is None:
        return None
    where = "after" if parts.index(place) > at else "before"
    evidence = [
        f"+{ACCEPT} a page's date stamp with a place {where} it ({place!r}, a city the"
        " gazetteer knows)"
    ]
    date_text: str | None = _date_text(m.group("date"))
    if m.start("date") > 0 or (at > 0 and _STAMP_WORD.fullmatch(parts[at - 1])):
        # "Updated: June 14, 2024", "Published - March 05, 2024": when the page changed, not
        # the day the story was filed from the place. "Written by X | Pune | Updated: March
        # 12, 2025 10:14 IST", "Updated - March 06, 2024 09:41 pm IST - CHENNAI" (The Hindu):
        # a location tag by the page's update time, in capitals or not, which readers of
        # these pages do not take for a dateline (the paper prints its dateline, "CHENNAI:",
        # at the story's head when it has one)
        return None
    date, warnings = resolve_date(date_text, reference_date)
    return DatelineMatch(
        dateline=Dateline(raw=line, place=place, date=date, date_text=date_text, source=None),
        rest="",
        warnings=tuple(warnings),
        score=ACCEPT,
        evidence=tuple(evidence),
    )


# A government release's stamp as a copy prints it once its columns' runs of spaces are
# evened out: the full date, the city with its province or state, the issuing department.
_RELEASE_STAMP = re.compile(
    rf"^(?P<date>{_FULL_DATE})[ \t]+(?P<city>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){{0,2}}),"
    r"[ \t]+(?P<rest>[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|for|the|&)){1,9})$"
)
# How many words a province's or a state's name takes at most ("Prince Edward Island").
_REGION_NAME_WORDS = 3
# A word that says the stamp's last words name a government's issuer ("Fisheries and Oceans
# Canada", "Department of Finance", "Canadian Heritage", "Prime Minister's Office"); a tour's
# or a schedule's row ("October 12, 2024 Austin, Texas Moody Center") names a venue instead.
_RELEASE_ISSUER = re.compile(
    r"\b(?:Canada|Canadian|Government|Department|Ministry|Minister'?s?|Office|Agency|Commission"
    r"|Council|Services?|Authority|Administration|Bureau|Police|Secretariat|Defence|Parliament"
    r"|Governor'?s?|Premier'?s?)(?![\w'’])"
)


def match_release_stamp(line: str, reference_date: dt.date | None = None) -> DatelineMatch | None:
    """`March 5, 2024 Gatineau, Quebec Employment and Social Development Canada`: a government
    release's stamp line over its story (Canada.ca's news releases), the date first, then the
    city with its province or state, then the department that issued it, all in capitals and
    joining words (no sentence). The place is the city and its province; the date is the
    stamp's."""
    m = _RELEASE_STAMP.match(" ".join(line.split())) if len(line) <= 160 else None
    if m is None:
        return None
    rest = m.group("rest").split()
    for n in range(1, min(_REGION_NAME_WORDS, len(rest) - 1) + 1):
        place = f"{m.group('city')}, {' '.join(rest[:n])}"
        if (
            _city_and_state(place)
            and rest[n][:1].isupper()
            and (
                _RELEASE_ISSUER.search(" ".join(rest[n:])) is not None
                # "... Employment and" / "Social Development Canada": the issuer's name
                # wrapped onto the next line after its joining word
                or rest[-1] in ("and", "of", "for", "the", "&")
            )
        ):
            date_text = _date_text(m.group("date"))
            date, warnings = resolve_date(date_text, reference_date)
            return DatelineMatch(
                dateline=Dateline(
                    raw=line, place=place, date=date, date_text=date_text, source=None
                ),
                rest="",
                warnings=tuple(warnings),
                score=ACCEPT,
                evidence=(
                    f"+{ACCEPT} a release's stamp: the date, then {place!r}, then its issuer",
                ),
            )
    return None


def _capitals_city_alone(first: str, second: str) -> DatelineMatch | None:
    """`ANKARA` as a paragraph of its own over the story (Anadolu's pages): a city in capitals
    that the gazetteer knows (a country or a state alone is a section's label, "CHINA"), and
    a paragraph of story prose under it."""
    from archiver.extract.gazetteer import is_known_place, is_region

    words = first.split()
    if not 1 <= len(words) <= 3 or not _is_capitals(first) or words[0] in _NOT_PLACES:
        return None
    if len(second.split()) < _SENTENCE_WORDS or not second[:1].isupper():
        return None
    if is_region(first) or not is_known_place(first):
        return None
    if _known_wire(first) and _opens_on_dated_dateline(second):
        # "WAM" over "Abu Dhabi, 2nd December, 2025 (WAM) -- ...": a wire's slug set over its
        # copy (Gulf and Asian papers print WAM, KUNA, QNA, PTI so), whose first paragraph
        # prints the story's own dateline; an agency's code the gazetteer also knows as a town
        return None
    return _place_alone(first, f"+1 the place {first!r} is in capitals", _KNOWN_CITY)


def _opens_on_dated_dateline(paragraph: str) -> bool:
    """The paragraph opens on a dateline of its own that prints its date or its agency."""
    found = match_dateline(paragraph)
    return found is not None and bool(found.dateline.date_text or found.dateline.source)


# A city named in one word alone over the story, in mixed case, has this many people at least.
_CITY_ALONE_POPULATION = 500_000
# A place's word in Title Case ("Addis", "Ababa", "Dar"); the small words between are _CITY_PARTICLES.
_TITLE_WORD = re.compile(r"[A-Z][a-zà-ÿ'’-]+")
# The small words between a city's Title Case words ("Rio de Janeiro", "Dar es Salaam", "Ciudad
# del Este"): Agência Brasil prints its city so, alone under the byline, over the story.
_CITY_PARTICLES = frozenset({"de", "do", "da", "dos", "das", "del", "es", "di", "al", "el"})


def city_alone_under_headline(
    first: str, second: str, headline: str, on_story: bool = False
) -> DatelineMatch | None:
    """`Kathmandu` set apart over the story as _city_alone_in_its_country reads it, its country
    named in the story's first paragraph or in the headline over it ("Nepal to resume Everest
    permit auctions ..."). `on_story`: the city's line sits right on the story's first line, no
    blank line between (only then may a headline opening on the city as its place count)."""
    return _city_alone_in_its_country(first, second, headline, on_story)


def _city_alone_in_its_country(
    first: str, second: str, headline: str = "", on_story: bool = False
) -> DatelineMatch | None:
    """`Addis Ababa` as a paragraph of its own over the story, in mixed case (Kenya's Nation
    and other African papers set the dateline apart so): a city the gazetteer knows, whose
    country the story's first paragraph names ("Ethiopia on Wednesday reopened ..."). A
    crosshead or a label with a city's name ("Reading", "Mobile", "Victoria") has no such
    evidence; a country or a state alone is a section's label."""
    from archiver.extract.gazetteer import countries_of, is_known_place, is_region

    words = first.split()
    if not 1 <= len(words) <= 3 or not all(
        _TITLE_WORD.fullmatch(w) or (0 < i < len(words) - 1 and w in _CITY_PARTICLES)
        for i, w in enumerate(words)
    ):
        return None
    if words[0].upper() in _NOT_PLACES:
        return None
    if len(second.split()) < _SENTENCE_WORDS or not second[:1].isupper():
        return None
    if is_region(first) or not is_known_place(first):
        return None
    # one word may be a common noun too ("Reading", "Mobile", "Split", "Nice"): only a big
    # city's name stands alone so on its evidence
    least = _CITY_ALONE_POPULATION if len(words) == 1 else 0
    countries = [n for c in countries_of(first, least) for n in (c, *_COUNTRY_SHORT.get(c, ()))]
    named = [c for c in countries if re.search(rf"\b{re.escape(c)}\b", second)]
    if named:
        return _place_alone(
            first, _KNOWN_CITY, f"+1 the story's first paragraph names its country ({named[0]})"
        )
    named = [c for c in countries if re.search(rf"\b{re.escape(c)}\b", headline)]
    if not named and countries and on_story and _headline_opens_on_place(headline, first):
        # "Buenos Aires" right on the story under "In Buenos Aires, a subway fare rise ...":
        # the headline opens on the city as its place (the Christian Science Monitor sets the
        # dateline apart so, in mixed case); a headline that only names the city ("Chicago's
        # mayor takes transit plea to Springfield") leaves "Chicago" a topic's tag
        return _place_alone(first, _KNOWN_CITY, "+1 the headline names the city")
    if not named:
        return None
    return _place_alone(first, _KNOWN_CITY, f"+1 the headline names its country ({named[0]})")


_KNOWN_CITY = "+1 the gazetteer knows it as a city"


def _headline_opens_on_place(headline: str, city: str) -> bool:
    """`headline` opens on `city` as the place it happens: "In Buenos Aires, ...", "Buenos
    Aires: ...", "From Kyiv, ..." (not "Chicago's mayor ...", "Inside Chicago's fight ...")."""
    return (
        re.match(
            rf"^(?:(?:In|At|From|Across|Outside)\s+)?{re.escape(city)}\s*[,:]\s",
            headline.strip(),
        )
        is not None
    )


# The short forms by which stories and headlines name a country that GeoNames spells out
# ("Abu Dhabi" over "The UAE's national library ...", "Seattle" over "US regulators ..."):
# capitals only, matched as a word, as the story prints them.
_COUNTRY_SHORT: dict[str, tuple[str, ...]] = {
    "United Arab Emirates": ("UAE",),
    "United States": ("US", "USA"),
    "United Kingdom": ("UK", "Britain"),
    "Democratic Republic of the Congo": ("DRC", "DR Congo"),
    "Saudi Arabia": ("KSA",),
}


def _place_alone(place: str, *evidence: str) -> DatelineMatch:
    """A dateline that is a place alone, a paragraph of its own above the story: no date, no
    agency, the place as printed."""
    return DatelineMatch(
        dateline=Dateline(raw=place, place=place, date=None, date_text=None, source=None),
        rest="",
        warnings=(),
        score=ACCEPT,
        evidence=(*evidence, "+0 a paragraph of its own, above the story"),
    )


# The words a page puts before a caption's colon to say which picture it is for.
_PICTURE_POSITIONS = frozenset(
    {
        *"top above below left right center centre inset main pictured clockwise bottom".split(),
        "top left",
        "top right",
        "bottom left",
        "bottom right",
    }
)


def explain_dateline(paragraph: str) -> tuple[int, tuple[str, ...]] | None:
    """Why the start of a paragraph is or is not a dateline: (score, reasons), None when the
    grammar does not even fit. For `archiver extract --explain`."""
    found = _intl_dateline(paragraph, None) if _may_be_intl(paragraph) else None
    if found is not None:
        return found.score, found.evidence
    parts = _parts(paragraph)
    if parts is None:
        return None
    score, why = _weigh(
        parts.place, parts.date, parts.agency, parts.dash, parts.rest, parts.coded, parts.glued
    )
    return score, tuple(why)


def _date_text(date: str | None) -> str | None:
    """The calendar date as printed, without a leading weekday; None for a weekday alone."""
    if not date or re.fullmatch(_WEEKDAY, date.strip()):
        return None
    # without its weekday, nor French's article ("Paris, le 3 mars 2025 -")
    text = re.sub(rf"^(?:{_WEEKDAY},?\s+|le\s+)", "", date)
    return re.sub(rf",\s+{_HU_WEEKDAY}$", "", text).strip() or None


class _WireParserInfo(dateparser.parserinfo):
    # dateutil reads any number of names per month (parserinfo._convert loops over each
    # tuple); types-python-dateutil allows only two or three, English's short and long form
    MONTHS = _MONTH_NAMES  # type: ignore[assignment]


_PARSERINFO = _WireParserInfo()
_LEAP = dt.datetime(2000, 1, 1)


def resolve_date(
    date_text: str | None, reference_date: dt.date | None
) -> tuple[str | None, list[Warning]]:
    """ISO date for a dateline's date text; the year comes from the text or the reference date.

    Without a printed year the year is the one that puts the date nearest the reference date
    but at most 7 days after it (a dateline is not written long before its story is filed).
    """
    if not date_text:
        return None, []
    if date_text.isdigit():
        return _resolve_day_alone(int(date_text), date_text, reference_date)
    if re.fullmatch(_NUMERIC_DATE, date_text):
        return _resolve_numeric(date_text)
    try:
        # parsed twice with different default years: if they disagree the text has no year
        text = re.sub(r"(?<=\d)(?:er|º)\b|(?<=\d)\.(?=\s)", "", date_text)  # "1er", "14."
        text = re.sub(r"\bde\s+", "", text)  # "3 de marzo de 2026", "3 de março"
        text = re.sub(r"(?<=\d)/(?=\d{4}$)", ", ", text)  # "March 14/2022"
        first = parse_date(text, _PARSERINFO, _LEAP)  # dateutil's answer, common forms fast
        second = parse_date(text, _PARSERINFO, dt.datetime(2004, 1, 1))
    except (ValueError, OverflowError):
        return None, [Warning("invalid-date", f"dateline date {date_text!r} does not exist")]
    if first.year == second.year:
        return first.date().isoformat(), []
    return resolve_day(first.month, first.day, None, date_text, reference_date)


def _resolve_numeric(date_text: str) -> tuple[str | None, list[Warning]]:
    """A date printed in figures: ISO's year first; otherwise the day first, as Europe, Africa
    and Asia print it (`03.03.2025`, `14/03/2025`), unless only the month-first reading
    exists (`03/14/2025`, an American site's)."""
    numbers = [int(n) for n in re.split(r"[./-]", date_text)]
    if len(str(numbers[0])) == 4 or date_text[:4].isdigit():
        year, month, day = numbers
    else:
        day, month, year = numbers
        if "/" in date_text and month > 12 >= day:
            day, month = month, day
        if year < 100:
            year += 2000
    try:
        return dt.date(year, month, day).isoformat(), []
    except ValueError:
        return None, [Warning("invalid-date", f"dateline date {date_text!r} does not exist")]


def _resolve_day_alone(
    day: int, date_text: str, reference_date: dt.date | None
) -> tuple[str | None, list[Warning]]:
    """A day of the month printed alone (`MADRID, 11 (EUROPA PRESS)`): the month and year are
    the reference date's, or the month before when that day is more than 7 days ahead."""
    if reference_date is None:
        return None, [
            Warning(
                "date-without-year",
                f"dateline day {date_text!r} has no month and no --reference-date was given",
            )
        ]
    first = reference_date.replace(day=1)
    for month_start in (first, (first - dt.timedelta(days=1)).replace(day=1)):
        try:
            when = month_start.replace(day=day)
        except ValueError:
            continue
        if when <= reference_date + dt.timedelta(days=7):
            return when.isoformat(), [
                Warning(
                    "year-from-reference-date",
                    f"month and year of dateline day {date_text!r} taken from --reference-date "
                    f"{reference_date.isoformat()}",
                )
            ]
    return None, [Warning("invalid-date", f"dateline day {date_text!r} fits no month near it")]


def resolve_day(
    month: int, day: int, year: int | None, date_text: str, reference_date: dt.date | None
) -> tuple[str | None, list[Warning]]:
    """ISO date for a month and a day, in the printed year or, without one, the year that
    puts it nearest the reference date but at most 7 days after it."""
    if year is not None:
        try:
            return dt.date(year, month, day).isoformat(), []
        except ValueError:
            return None, [Warning("invalid-date", f"dateline date {date_text!r} does not exist")]
    if reference_date is None:
        return None, [
            Warning(
                "date-without-year",
                f"dateline date {date_text!r} has no year and no --reference-date was given",
            )
        ]
    limit = reference_date + dt.timedelta(days=7)
    candidates = []
    for near in (reference_date.year - 1, reference_date.year, reference_date.year + 1):
        try:
            when = dt.date(near, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if when <= limit:
            candidates.append(when)
    if not candidates:
        return None, [
            Warning("invalid-date", f"dateline date {date_text!r} fits no year near the reference")
        ]
    best = min(candidates, key=lambda d: abs((d - reference_date).days))
    return best.isoformat(), [
        Warning(
            "year-from-reference-date",
            f"year {best.year} of dateline date {date_text!r} taken from --reference-date "
            f"{reference_date.isoformat()}",
        )
    ]
