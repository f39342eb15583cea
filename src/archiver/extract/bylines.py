"""The byline grammar: who wrote the story, as person names in the order and case printed.

`By X`, `By X and Y`, `By X, Y and Z`, `BY X`, `By X, UPI Correspondent`, `By X, Reuters`,
`By X | Special to the Pioneer Press`. An agency alone (`By Reuters`, `Associated Press`) is a
byline without a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archiver.extract.memo import copied_text_cache, short_text_cache
from archiver.extract.ranks import ranks_removed

# Agencies and newsrooms that appear where a person's name would: they credit, they don't write.
AGENCIES = {
    "ap",
    "the associated press",
    "associated press",
    "reuters",
    "reuter",
    "thomson reuters",
    "afp",
    "agence france-presse",
    "agence france presse",
    "upi",
    "united press international",
    "dpa",
    "xinhua",
    "kyodo",
    "kyodo news",
    "bloomberg",
    "bloomberg news",
    "efe",
    "ansa",
    "yonhap",
    "pti",
    "ians",
    "cnn",
    "bbc",
    "bbc news",
    "the canadian press",
    "canadian press",
    "aap",
    "australian associated press",
    "pa",
    "press association",
    "tass",
    "interfax",
    "nyt",
    "the new york times",
    "the washington post",
    "staff",
    "staff reports",
    "wire reports",
    "wire services",
    "news services",
    "upi staff",
    "ap staff",
    "reuters staff",
    "tnn",
    # the Deccan Herald's own news service, which its datelines name as TNN's do ("NEW
    # DELHI, DHNS:") and its desk lines sign ("DHNS")
    "dhns",
    "deccan herald news service",
    "ani",
    "web desk",
    "news desk",
    # the financial newswires and release distributors a markets page names as the author
    # ("Business Wire" under the headline, "Written by RTTNews"): no person. (Not the
    # release sites' own names, "PR Newswire", which open their pages as mastheads.)
    "dow jones",
    "dow jones newswires",
    "mt newswires",
    "rttnews",
    "business wire",
    "accesswire",
}
AGENCIES |= {
    "staff and wire reports",
    "from staff and wire reports",
    "staff and news services",
    "staff and agencies",
    "agencies",
    "news wires",
    "wires",
    "afp staff",
    "ap writers",
    "staff report",
    "staff reporter",
    "agency staff",
    "our correspondent",
    "special correspondent",
    "our bureau",
    "news agencies",
    "guardian staff and agencies",
}
# National agencies by their full names, which read as a person's ("By Rastriya Samachar
# Samiti", "Bangladesh Sangbad Sangstha" under a client site's headline): the agency alone.
AGENCIES |= {
    "rastriya samachar samiti",
    "bangladesh sangbad sangstha",
    "united news of bangladesh",
    "press trust of india",
    "indo-asian news service",
    "asian news international",
    "associated press of pakistan",
    "pajhwok afghan news",
    "agence kampuchea presse",
    "tunis afrique presse",
    "maghreb arab press",
    "algérie presse service",
    "agence de presse sénégalaise",
    "agencia efe",
    "deutsche presse-agentur",
    "austria presse agentur",
    "agência brasil",
    "agencia andina",
    "agenzia nova",
    "new ziana",
    "montsame",
    "azertac",
    "wafa",
}
# An agency printed after the names without a comma: "By JOHN DOE Associated Press".
# "By Jane Roe of NZPA", "By Jane Roe of the Canadian Press": the writer's agency after "of".
_OF_AGENCY = re.compile(r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})$")
_TRAILING_AGENCY = re.compile(
    r"\s+(?:the\s+)?(?:associated\s+press|ap|reuters|afp|upi|bloomberg(?:\s+news)?|"
    r"united\s+press\s+international|agence\s+france-presse)"
    r"(?:\s+[A-Za-z]+){0,3}?(?:\s+(?:writers?|correspondents?|reporters?|editors?|staff))?$",
    re.IGNORECASE,
)
# A title line under a byline: "UPI Senior Editor", "Associated Press Writer".
_TITLE_LINE = re.compile(
    # "KCRA 3 Reporter", "FOX 5 Reporter": a station's call letters may carry its channel
    r"^(?:[A-Z][\w.&'’-]*\s+(?:\d{1,3}\s+)?){0,4}(?:writer|correspondent|reporter|editor|columnist|"
    r"commentator|critic|reviewer|journalist|bureau chief|staff writer|contributor|"
    # a think tank's or a university's author under their name: "Senior Research Fellow,
    # Africa Programme", "Associate Professor", "Research Analyst"
    r"fellow|analyst|researcher|lecturer|professor|"
    # a fact-checking site's writer (Africa Check's, Full Fact's, AFP Fact Check's pages)
    r"fact[\s-]?checker)s?$"
    # "Special to The Globe and Mail": a freelance's line under the name, where a title stands
    # ("Contributed to The Globe and Mail": the same paper's line under an opinion writer's;
    # "contributed to this report" is a note, no title)
    r"|^(?:special|contributed(?!\s+to\s+this\b))\s+to\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}$"
    # "BBC Sport at the Stadium of Light": a match reporter's outlet and the ground
    r"|(?-i:^(?:[A-Z][\w.&'’-]*\s+){0,2}(?:Sport|Sports|News)\s+at\s+(?:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[\w.&'’-]+){0,4}$)",
    re.IGNORECASE,
)


@short_text_cache  # asked of each line a headline's walk up reads, from every anchor
def is_title_line(line: str) -> bool:
    """ "Health correspondent @handle", "Business reporters, BBC News": the title, then perhaps
    the writer's handle or e-mail and the outlet after a comma or a bar."""
    text = _without_contact(" ".join(line.split())).strip()
    title, comma, where = text.partition(", ")
    if comma and len(text) <= 90 and _TITLE_LINE.match(title) and _TITLE_LINE.match(where):
        # "Chief football writer, BBC Sport at Anfield": the title, then the outlet and the
        # ground the match reporter files from
        return True
    first, joined, second = text.partition(" and ")
    if not joined:
        first, joined, second = text.partition(" & ")
    if joined and len(text) <= 90 and _TITLE_LINE.match(first) and _TITLE_LINE.match(second):
        # "State Political Editor and State Political Reporter": two writers' titles in the
        # order of their names on the line above (News Corp Australia's pages)
        return True
    if any(mark in text for mark in ",|•·"):
        # (each of _TITLE_OUTLET's forms opens on one of these: a line with none, most lines
        # asked, is spared the substitution; pinned in tests/test_extract_fast_paths.py)
        text = _TITLE_OUTLET.sub("", text)
    return len(text) <= 60 and bool(_TITLE_LINE.match(text))


# ", BBC News", " | The Paper": the outlet after a writer's title; ", Europe and Central Asia
# Division", ", Office of Communications": the writer's department, its capitalised words
# joined by "and", "of", "for" or "&" as a body's units are named (NGOs', think tanks' and
# universities' author lines).
_TITLE_OUTLET = re.compile(
    r"\s*(?:,|\s[|•·])\s*(?:[A-Z][\w.&'’-]*)"
    r"(?:\s+(?:[A-Z][\w.&'’-]*|(?:and|of|for|&)(?=\s+[A-Z]))){0,5}$"
)


# Words that make a comma-separated byline part a role or an outlet, not a person.
_ROLE_WORDS = re.compile(
    r"\b(correspondent|writer|writers|reporter|reporters|editor|editors|staff|press|news|"
    r"times|post|journal|tribune|herald|service|services|bureau|special|contributor|"
    r"contributing|columnist|agency|wire|chief|senior|international|report|reports|"
    r"newspapers?|magazine|daily|online|media|network|associated|analyst|producer|"
    # a live page's label under its headline: "Live Reporting", "Live Updates", "Live Blog";
    # a section's over the stamp: "All Headlines", "Top Headlines" (Yonhap's pages)
    r"reporting|updates|coverage|blog|headlines|"
    # a desk's or a board's name: "Editorial Board", "Reuters Graphics"; a service's or a
    # department's press office: "Navy Public Affairs", "Office of Public Affairs"
    r"editorial|board|graphics|affairs|"
    # a fact-checking desk: "Reuters Fact Check", "AFP Factcheck", "PolitiFact Staff"
    r"fact[\s-]*checks?|factcheck\w*|"
    r"photographer|intern|fellow|team|desk|the|chronicle|gazette|observer|courier|sentinel|"
    r"examiner|inquirer|enquirer|dispatch|telegraph|bulletin|register|ledger|mirror|"
    r"mailonline|independent|guardian|insider|monitor|weekly|review|today|"
    # a local paper's last word that is no one's surname: "Brattleboro Reformer", "The
    # Washington Informer"
    r"reformer|informer|"
    # a broadcaster's name: "Prairie Public Radio", "Channel 4 Television"
    r"radio|television|broadcasting|"
    r"presse|prensa|imprensa|stampa|zeitung|diario|noticias|nouvelles|notizie|canadienne|"
    # the word for a newspaper in other languages, which a paper's name opens or closes
    # ("Periódico La Jornada" under a desk's byline, "Jornal do Commercio", "Gazeta Wyborcza")
    r"periódico|periodico|jornal|giornale|gazzetta|gazeta|quotidien|krant"
    # a press-release wire's one-word name: "Newswire", "Canada NewsWire", "Accesswire"
    r"|\w+wires?)\b",
    re.IGNORECASE,
)
# Words of a page's furniture and desks in other languages, never in a person's name.
# Page labels of two capitalised words, which a name's shape alone would let through; the
# buttons that carry on a cut story ("KEEP READING", "Story Continues") and lists' headings.
_PAGE_PHRASES = frozenset(
    {"full story", "read more", "more stories", "top stories", "related stories", "latest news"}
    | {"keep reading", "continue reading", "story continues", "read next", "see more"}
    | {"load more", "most read", "latest stories", "featured stories", "watch live"}
    | {"sponsored content", "read full story"}
    # a broadcaster's menu items for its streams ("Live TV" last in DW's menu, over the
    # headline): two capitalised words, as a name is, and no person's
    | {"live tv", "live radio", "live blog", "live news", "listen live"}
)
# Words of an institution's or an office's name (and of a release's kind) that no person's
# name holds; and of a company's style or an analysis firm's name ("Apple Inc. (AAPL) Stock",
# "Northbrook Equity Research"), which a market site prints where a writer's name would stand,
# or a company's trade ("Marlowe Pharmaceuticals", "Kestrel Technologies"), which a release
# prints after its "By" as its issuer; a public body's ("U.S. Geological Survey", "National
# Weather Service Office", "Historical Society"), which a feed gives as an item's author.
# ("Service" and "Court" are people's surnames too: not here.)
_ORG_WORDS = frozenset(
    """university universities institute department communications communication marketing
    publication laboratory laboratories ministry
    inc corp corporation llc ltd plc gmbh holdings equity securities research
    council municipality constabulary police government agency authority commission bureau
    secretariat directorate committee
    survey administration association foundation society office museum observatory
    pharmaceuticals therapeutics biosciences biotechnologies technologies industries
    enterprises""".split()
)
# A government portfolio's word, which names a department or an agency before its country's
# name ("Transport Canada", "Health Canada", "Sport England", "Tourism Australia").
_PORTFOLIO_WORDS = frozenset(
    """transport health parks statistics environment tourism sport fisheries defence defense
    justice finance education housing heritage immigration infrastructure employment trade
    agriculture innovation energy water forestry revenue customs elections""".split()
)


def _is_country(text: str) -> bool:
    from archiver.extract.gazetteer import is_country  # the gazetteer loads on first use

    return is_country(text)


# A company's legal style closing its name, as the Nordic, German, Dutch, Malaysian and other
# registers print it ("Nordvind Rail AB", "Vaasan Teknologia Oyj", "Equinor ASA"): an issuer,
# no writer. Case-sensitive, as each is printed; "Ab" opens Malay names ("Ab Rahman").
_COMPANY_STYLES = frozenset(
    "AB Oyj OYJ Oy ASA AG SA S.A. NV N.V. BV B.V. SpA S.p.A. Pty Bhd Bhd. Berhad LLP Tbk A/S SE"
    " KK K.K. GmbH".split()
)
_PAGE_WORDS = {
    "url", "share", "email", "e-mail", "follow", "comments", "subscribe", "login", "menu",
    "search", "gallery", "listen", "updated", "published", "posted", "redazione", "redacción",
    "redaccion", "rédaction", "redaktion", "redação", "redacao", "redactie", "agencia",
    "agência", "agenzia", "ajansı", "newsroom", "newsdesk", "gift", "article", "audio", "video",
    "bookmark", "notifications", "english", "edition", "español", "français", "deutsch",
    "português", "italiano", "font", "size", "print", "save", "reply", "settings", "dashboard",
    # a page's stamp word in the languages of the pages ("Publié le 9 mars 2026")
    "publié", "publiée", "publicado", "publicada", "pubblicato", "veröffentlicht",
    "aktualisiert", "actualizado", "atualizado", "aggiornato", "gepubliceerd", "bijgewerkt",
    "publisert", "oppdatert", "publicerad", "uppdaterad", "opublikowano", "zaktualizowano",
    # "Mise à jour" ("MISE À JOUR Mardi, 12 mars 2024 10:12", Québecor's update stamp)
    "jour",
    # a button's word ("Read Later", "Social Sharing")
    "later", "sharing",
    # a summary box's or a list's title ("In Summary", "Key Points", "Story Highlights", "At a
    # Glance", "Quick Takeaways"): words of a label, never of a person's name
    "summary", "highlights", "takeaways", "glance", "overview", "explainer", "factbox",
    "points", "timeline", "trending", "recommended",
    # a byline's own label ("Author Jane Roe" is the label and the name, not a name)
    "author", "authors", "byline",
    # a page's links to more ("Also Read", "Related Subjects Jane Roe, John Doe": the people
    # a story is about, listed as its topics)
    "also", "related", "subjects", "topics", "tags",
}  # fmt: skip
# A story's tag for where it runs or who may read it, closing the byline's line or standing
# where it would: "EXCLUSIVE", "Web Only", "Online Exclusive", "Subscribers Only".
_ACCESS_TAG = re.compile(
    r"(?:^|\s+)(?i:(?:web|online|digital|print|subscribers?|members?|premium)\s+)?"
    r"(?i:only|exclusive)$"
)
_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "da",
    "di",
    "du",
    "del",
    "della",
    "dos",
    "das",
    "la",
    "le",
    "bin",
    "binti",
    "al",
    "el",
    "ibn",
    "y",
    "e",
    "ter",
    "ten",
    "st.",
    "ní",
    "dela",
    "delos",
    "nic",
    "ó",
    "ua",
    "bint",
    "abu",
    # "Faisal ul Haque", "Zia ud Din", "Habib ur Rehman": the Arabic article as South Asian
    # names print it, a word of its own in lower case
    "ul",
    "ud",
    "ur",
}
# A page's credits row: the writer's label and names, a full stop or a bar, then the
# photographer's label ("Story Jane Roe. Photo John Doe. Read time 3 min.", "Words Jane Roe |
# Pictures John Doe"): the labels may stand without "by" or a colon, as university and
# magazine pages print them; the second label is the evidence that the first word is one.
_ROW_DATE = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\s*[|•·]\s*"
_CREDITS_ROW = re.compile(
    # "19 August 2024 | Story Jane Roe. Photo John Doe.": the page's date first, a bar after it
    rf"^(?:{_ROW_DATE})?"
    r"(?:Story|Words|Text|Writer|Reporting)(?:\s+by|\s*:)?\s+(?P<names>[A-Z][^.|•]{2,80}?)"
    r"\s*(?:\.|\s[|•])\s+(?:Photos?|Pictures?|Images?|Photography|Video|Graphics?)"
    r"(?:\s+by|\s*:)?\s+[A-Z]"
    # "19 August 2024 | Story Jane Roe": the date and its bar are the evidence the second
    # label gives, the writer's label ending the row
    rf"|^{_ROW_DATE}(?:Story|Words|Text)(?:\s+by|\s*:)?\s+(?P<alone>[A-Z][^.|•]{{2,60}}?)\.?$"
)
_BY = re.compile(
    r"^(?:(?:by|written by|article by|story by|words by|reporting by|text by|posted by|reported by"
    # "Live reporting by Jane Roe": a live page's writer under its headline
    r"|live reporting by|live coverage by"
    # "Research by Jane Roe": a fact-checking site's researcher, its report's writer
    r"|research by|researched by"
    # "Report by", "Analysis by", "Opinion by" (CNN): a page's label for the story's writer
    r"|report by|analysis by|opinion by|column by|commentary by|filed by"
    # "Reviewed by Jane Roe", "Review by Jane Roe": a review's critic is its writer (the
    # book's or the film's maker "by" whom the work is sits in the headline, never so labelled);
    # "by" in lower case ("REVIEWED BY" in capitals): "Review By Ofsted Finds Failings At
    # Academy" and "REVIEW BY OFSTED FINDS ..." are headlines
    r"|(?-i:[Rr]eview(?:ed)? by|REVIEWED BY)"
    # "As told to Jane Roe": a first-person essay's writer, who took down the teller's words
    # (Business Insider's, Newsweek's "as-told-to" essays); the teller is no writer. In lower
    # case only: "As Told To Police, Her Story Never Changed" (or in capitals) is a headline
    r"|(?-i:[Aa]s told to)"
    # "Story and photos by Jane Roe", "Words and pictures by Jane Roe": a small paper's
    # writer who took the pictures too, one label for both
    r"|(?:story|text|words|article)\s+and\s+(?:photos?|photographs?|photography|pictures?)\s+by"
    # "A newsletter by Jane Roe", "A weekly newsletter by ...": a writer's own newsletter
    # names its writer so under its title (Substack, Buttondown, Ghost)
    r"|(?:an?\s+)?(?:(?:weekly|daily|monthly|fortnightly|free)\s+)?newsletter by"
    # "Interview Conducted by Jane Roe and John Doe" (Der Spiegel's English pages), "Interview
    # by Jane Roe": a Q&A's interviewers are its writers
    r"|interview by|interviewed by|interview conducted by"
    # "An Article by Jane Roe and John Doe in Berlin", "A Commentary by Jane Roe", "An
    # Interview Conducted by ...": Der Spiegel's English pages name the piece's kind first
    r"|an?\s+(?:article|essay|analysis|commentary|interview|report|column|feature|op-ed)"
    r"(?:\s+conducted)?\s+by"
    # "A DER SPIEGEL Investigation by ...", "A ProPublica investigation by ...", "An NPR
    # analysis by ...": the outlet's name (capitalised words) between the article and the kind,
    # only on a line of a byline's shape (sixteen words at most, four writers' names after the
    # kind's words; no closing stop; nothing after by but names and "in Place"); "A Senate
    # investigation by Democrats Ron Wyden and ... found that ..." is the story's sentence
    r"|(?!(?:\S+\s+){16}\S)(?!.*\.\s*$)an?\s+(?-i:[A-Z][\w&'’.-]*\s+){0,3}"
    r"(?:article|essay|analysis|commentary|interview|report|column|feature|op-ed|investigation)"
    r"\s+by(?=(?:[\s,]+(?:(?-i:[A-Z][\w&'’.-]*)|and|&|in))+[\s,]*$)"
    # Indonesian and Malay papers' "Penulis" (writer) and "Pewarta" (reporter)
    r"|penulis|pewarta)[:\s]"
    r"|(?:author|authors|author\(s\)|words|byline|writer|writers|reporter|reporters|text|texto|autor|autora"
    # "Authors of the article:" (Postmedia's label over two or more writers)
    r"|autore|auteur|verfasser|yazar|muhabir|authors? of the article|wartawan"
    # "Story: Jane Roe" (Zimbabwe's and Zambia's dailies label the writer so)
    r"|story"
    # "Writer/Media contact: Jane Roe, jroe@univ.edu": a university's release, its writer the
    # press's contact too (Purdue's), unlike a contact alone
    r"|writer\s*/\s*media\s+contact"
    # the same label in Polish, Czech and Slovak ("Autorka", "Autorzy"), German ("Autorin"),
    # the Scandinavian languages ("Forfatter", "Författare"), Russian and Ukrainian ("Автор"),
    # Slovene ("Avtor", "Avtorica": STA's pages), Croatian ("Autorica") and Hungarian ("Szerző")
    r"|autorka|autorzy|autoři|autorin|autoren|forfatter|författare|автор|авторы|автори|авторка"
    r"|avtor|avtorica|autorica|szerző)"
    r"\s*:"
    # "Tekst Jane Roe": the Dutch, Scandinavian and Polish writer's label, printed without a
    # colon over the photographer's ("Foto's John Doe"); a capitalised name must follow
    r"|(?-i:Tekst|TEKST)\s+(?=(?-i:[A-Z][a-zà-ÿ]))"
    # "Author Jane Roe, John Doe": a page's labelled field without its colon (the names must
    # then be all the rest: parse_byline)
    r"|(?P<bare>(?-i:Author|Authors|AUTHOR|AUTHORS))\s+(?=(?-i:[A-Z]))"
    # "ByJane Roe": a page that prints "By" and the name in two spans loses the space
    r"|(?-i:By)(?=(?-i:[A-Z][a-z]))"
    # "Par", "Von", "Por", "Di", "Door", "Av": "By" in French, German, Spanish and Portuguese,
    # Italian, Dutch, the Scandinavian languages (a capitalised name must follow)
    r"|(?P<foreign>(?-i:Par|PAR|par|Von|VON|von|Por|POR|por|Di|DI|di|Door|DOOR|door|Av|AV|av))"
    r"[:\s])"
    r"\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# The word for "and" between names after a foreign "By": "et", "und", "y"/"e", "e", "en",
# "og"/"och"/"i" (only there: "y" and "e" are particles inside Spanish and Portuguese names).
_FOREIGN_AND = {
    "par": r"et",
    "von": r"und",
    "por": r"y|e",
    "di": r"e",
    "door": r"en",
    "av": r"og|och",
}
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+|\s*;\s*(?:and\s+)?", re.IGNORECASE)


# A desk or a role where a name would be: "Agency Staff", "Staff Reporter", "HT Correspondent",
# "Web Team": a byline without a person.
_DESK = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){0,3}(?i:staff|reporters?|correspondents?|desk|team|bureau|writers?)$"
)


# An outlet's name of one or two words then one collective word, no title after it ("Al
# Jazeera Staff", "CNN Newsroom", "Times Staff"): the desk writes, not a person called "Al
# Jazeera" ("Jane Roe Staff Writer" ends in a title, "Matt Stout Globe Staff" holds a name and
# the outlet's desk: both keep the name). A TV station's channel number may stand after its
# network's name ("FOX 13 News Staff", "KARE 11 Staff") or open it ("11Alive Staff", "9NEWS
# Staff"): a number is in no one's name.
_COLLECTIVE_DESK = re.compile(
    r"^(?:[A-Z]|\d{1,3}[A-Za-z])[\w.&'’-]*\s+(?:\d{1,3}\s+)?(?:[A-Z][\w.&'’-]*\s+)?"
    r"(?i:staff|newsroom|team|desk|bureau|editors)$"
)


# An outlet's name of three or four words, then one collective word ("Kelowna Capital News
# Staff"): the desk, when the name is a paper's named for its city (_city_outlet).
_OUTLET_DESK = re.compile(
    r"^(?P<outlet>(?:[A-Z][\w.&'’-]*\s+){2,3}[A-Z][\w.&'’-]*)\s+(?i:staff|newsroom|desk|bureau)$"
)


# Where the writer filed from, on a line of its own under the name: "à Montréal", "in Berlin",
# "aus Wien", "desde Madrid" (a preposition in lower case, then a place the gazetteer knows).
_FILED_FROM_LINE = re.compile(
    r"^(?:à|a|in|en|from|aus|desde|da|w|z|i|från|fra|uit|vanuit)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$"
)


def is_filed_from_line(line: str) -> bool:
    """`à Montréal`, `in Berlin`: the place the writer named above filed from."""
    from archiver.extract.gazetteer import is_known_place

    m = _FILED_FROM_LINE.match(" ".join(line.split())) if len(line) <= 40 else None
    return m is not None and is_known_place(m.group("place"))


def is_contact_line(line: str) -> bool:
    """A writer's handle or e-mail alone on its line: "@janeroe", "jroe@paper.com"."""
    return len(line) <= 80 and _CONTACT_LINE.match(line.strip()) is not None


_CONTACT_LINE = re.compile(
    r"^(?:@\w{1,30}|[\w.+-]+@[\w-]+\.[\w.]+"
    # "Email Jane Roe • jroe@paper.com", "Email Jane Roe": the page's link to write to the
    # writer, with or without the address
    r"|(?i:e-?mail|contact)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"(?:\s*[•|·:,-]?\s*[\w.+-]+@[\w-]+\.[\w.]+)?)$"
)
# The writer's e-mail or handle after the name, perhaps in the brackets a paper sets it in
# ("BY JANE ROE [jane.roe@paper.co.kr]", "By Jane Roe (jroe@paper.com)"): the whole bracket
# goes, or the brackets would be left standing after the name.
_CONTACT = re.compile(
    r"\s*[\[(<]\s*[\w.+-]+@[\w-]+\.[\w.]+\s*[\])>]"
    # "Jane Roe (@janeroe)": the writer's handle in brackets after the name
    r"|\s*[\[(<]\s*@\w{1,30}\s*[\])>]"
    r"|\s*\b[\w.+-]+@[\w-]+\.[\w.]+\b|\s+@\w{1,30}\b"
    # "By Jane Roe@janeroewrites  Apr 21, 2020": a handle glued to the name (two spans of a
    # page), no e-mail's domain after it
    # "Jane Roe@IN/JANEROE@JROECNBC": the page's profile links' text glued in a row after the
    # name, a LinkedIn path ("in/janeroe") among them
    r"|(?<=[a-z])(?:@(?:[iI][nN]/)?\w{2,40}){1,3}\b(?![.@])"
)


def _without_contact(text: str) -> str:
    """The text with _CONTACT's addresses and handles taken off. Each of its forms holds an
    "@": a text without one (most bylines, and every line a byline is looked for in) is
    spared the substitution, tried at each of its characters (pinned in
    tests/test_extract_fast_paths.py)."""
    return _CONTACT.sub("", text) if "@" in text else text


# A handle glued to the end of the name, where a page prints the name and the writer's social
# link in two spans with no space between them ("Jane Roe@jane.roe.1234"): a capitalised word
# ends in a lower-case letter right before the "@", and the handle runs to the line's end. A
# domain's suffix at the end ("Jane Roe@paper.com") makes it an e-mail address, left alone.
_GLUED_HANDLE = re.compile(r"\b[A-Z][a-z'’-]*[a-z]@[\w.]{2,30}$")
_DOMAIN_END = re.compile(r"\.(?:com|org|net|[a-z]{2})$")


def without_glued_handle(line: str) -> str:
    """The line without a social handle glued to the name's end ("Jane Roe@jane.roe.1234" ->
    "Jane Roe") or set in brackets after it ("Jane Roe (@janeroe)"); any other line
    unchanged."""
    line = _BRACKETED_HANDLE.sub("", line)
    if _GLUED_HANDLE.search(line) is None or _DOMAIN_END.search(line):
        return line
    return line[: line.rindex("@")]


_BRACKETED_HANDLE = re.compile(r"\s*[\[(]\s*@\w{1,30}\s*[\])]\s*$")


# The page's reading time after the writer's name on one row, set off by a dot or a bar, or
# glued to the name's last letter when the page prints the two in spans a copy runs together
# ("Jane Roe5 min read", Medium's and other blog platforms' author rows; "Jane Roe · 4 min
# read"). The "read" is required: "Jane Roe 5 min" may be a clip's length.
_NAME_READ_TIME = re.compile(
    r"(?:(?<=[a-z])|\s+[|•·]\s+)\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?i:min(?:ute)?s?\.?)\s+(?i:read)$"
)


def without_read_time(line: str) -> str:
    """The line without the page's reading time after the name ("Jane Roe5 min read",
    "Jane Roe · 4 min read" -> "Jane Roe"); any other line unchanged. What is left must still
    read as a name for a byline: a section's tag before the time ("Premier League · 4 min
    read") is the caller's to refuse."""
    return _NAME_READ_TIME.sub("", line)


@dataclass(frozen=True)
class Byline:
    raw: str
    names: list[str]


def role_words(text: str) -> bool:
    """Whether the text holds a word of a role or an outlet (_ROLE_WORDS: "Observer", "Staff
    Writer", "Tribune"), which no person's name holds."""
    return _ROLE_WORDS.search(text) is not None


def is_agency(text: str) -> bool:
    return text.strip().strip(".").lower() in AGENCIES


def _known_place(name: str) -> bool:
    from archiver.extract.gazetteer import is_known_place

    return is_known_place(name)


# Words of a section's or a topic's name that a wire's row may set where a writer's stands
# ("by Reuters | Money Watch | <date>", "by AFP | World News | <date>").
_SECTION_NAME_WORDS = frozenset(
    "news world watch live latest today markets money business politics opinion sport sports"
    " video videos photos weather tech technology science health culture lifestyle"
    # and the rows' other section names ("Big Story", "Key Events", "Fact Focus", "Latin
    # America", "Global Economy"), words no writer's name holds
    " stories events focus check america americas global big top gallery briefing exclusive"
    " graphics interactive podcast podcasts newsletter breakingviews".split()
)


def topic_words(name: str) -> bool:
    """`Middle East`, `Wall Street`, `Money Watch`, `Climate Change`: a section's or a topic's
    name (a desk's or a beat's words, see _desk_words, or one word a section's or a rubric's),
    no writer. "Sydney Austin", "Ben Hall", "Katy Guest" are writers."""
    words = [w.strip(".,").lower() for w in name.split()]
    return _desk_words(name) or any(
        w in _SECTION_NAME_WORDS
        or w in _RUBRIC_WORDS
        # "Cyber Security", "Global Economy": a beat's word no name holds ("West", "Hall" do)
        or (w in _BEAT_WORDS and w not in _SURNAME_BEATS and w not in _JOINING_WORDS)
        for w in words
    )


# Beat words that are common surnames too ("Ben Hall", "Adam Court", "Amy Wall", "Kanye
# West"): after a word that is only a place's (a given name such as "Sydney", "Jordan", "Ben"
# is a town's name too), they close a person's name, no desk's.
_SURNAME_BEATS = frozenset(
    "hall wall street court home state lead general royal chief staff money family west north"
    " south east faith justice junior".split()
)
_JOINING_WORDS = frozenset({"and", "of", "the", "&"})


def _desk_words(name: str) -> bool:
    """`City Hall`, `Middle East`, `Public Health`, `Hong Kong`, `Washington Bureau`: a desk's,
    a beat's or a place's name. _beat_words takes any word a place's, and many given names are
    a town's too ("Sydney Austin", "Jordan Lincoln", "Chelsea Clinton": all their words places
    to GeoNames), so a name of a person reads as a desk there. Here the name must be a place
    whole, or open on a beat's word ("City", "Public", "Middle"), or close on one no surname
    is ("Bureau", "Desk") after places."""
    from archiver.extract.gazetteer import is_known_place

    words = [w.strip(".,").lower() for w in name.split()]
    if not words:
        return False
    if is_known_place(name.strip()):
        return True
    if not _beat_words(name):
        return False
    return words[0] in _BEAT_WORDS or (words[-1] in _BEAT_WORDS and words[-1] not in _SURNAME_BEATS)


def _mostly_lower(tokens: list[str]) -> bool:
    """Whether the letters of these words are mostly lower case ("Hobart", not "McCLOSKEY")."""
    letters = [ch for tok in tokens for ch in tok if ch.isalpha()]
    return bool(letters) and sum(ch.islower() for ch in letters) * 2 > len(letters)


# A language's name a language switch prints ("English", "Deutsch") that is a surname too:
# "Eoin English", "Bill English", "Donny Deutsch" after a given name are people.
_LANGUAGE_SURNAMES = frozenset({"english", "deutsch"})
# A button's or a switch's words before a language's name ("Read English", "View English").
_BUTTON_VERBS = frozenset(
    "read view switch show see select choose change in learn simple plain go".split()
)


def _given(tokens: list[str]) -> bool:
    """Words before a surname: one or two capitalised words of letters, none a page's word
    ("Eoin" of "Eoin English"; "Read" of "Read English" is a button's)."""
    return 1 <= len(tokens) <= 2 and all(
        t[:1].isupper()
        and t[1:].islower()
        and t.isalpha()
        and t.lower() not in _PAGE_WORDS
        and t.lower() not in _BUTTON_VERBS
        and t.lower() not in _OTHER_LANGUAGES
        for t in tokens
    )


# Other languages' names a bilingual site's switch prints beside "English" ("Cymraeg
# English", Welsh sites'; "Gaeilge English", Irish; "Te Reo English", New Zealand's; "Hindi
# English", Indian): a switch's row, no given name.
_OTHER_LANGUAGES = frozenset(
    "cymraeg gaeilge gàidhlig gaidhlig te reo māori maori hindi urdu bengali bangla tamil telugu"
    " marathi gujarati punjabi kannada malayalam nepali sinhala bahasa melayu indonesia"
    " tagalog filipino swahili kiswahili afrikaans isizulu isixhosa zulu xhosa sesotho"
    " setswana amharic somali hausa yoruba igbo arabic chinese japanese korean french"
    " spanish german italian portuguese russian ukrainian polish dutch turkish".split()
)


def names_an_organisation(text: str) -> bool:
    """Whether a word of the text is one of an institution's or a company's (_ORG_WORDS:
    "U.S. Geological Survey", "Acme Holdings Ltd"), which no person's name holds."""
    return any(t.lower().strip(".,:") in _ORG_WORDS for t in text.split())


# An agency's, a desk's or an institution's words, in the languages whose papers set a
# credit or a source note in brackets on a line of its own.
_BRACKETED_SOURCE_WORDS = _ORG_WORDS | frozenset(
    """agencia agência agence agenzia gobierno governo gouvernement governor gobernador
    ministerio ministério ministère secretaría secretaria prefeitura ayuntamiento alcaldía
    municipio policía polícia press news wire service services staff desk redacción redação
    photo photos foto fotos archive archivo arquivo file handout courtesy cortesía cortesia
    office oficina""".split()
)


_BRACKETED_BY = re.compile(r"(?i:by|por|par|von|da|di)\s")


def _bracketed_source(inner: str) -> bool:
    """What a line in brackets holds names an agency, a desk or an institution ("Gobierno de
    la CDMX", "Agencia Reforma", "AFP"), not a person: its words, or an acronym among
    capitalised words."""
    words = inner.split()
    return (
        is_agency(inner)
        or is_desk(inner)
        or any(w.strip(".,;:").casefold() in _BRACKETED_SOURCE_WORDS for w in words)
        or (not inner.isupper() and any(len(w) >= 2 and w.isupper() for w in words))
    )


# A person's name holds five words at most, and two particles besides ("de la", "van der").
_NAME_WORDS = 5
_NAME_PARTICLES = 2


# A verb's negation contracted at a word's end: "Doesn't", "WON'T", "Can’t".
_NEGATED_VERB = re.compile(r"[A-Za-z]{2}[nN]['’][tT][.,:;!?]?$")


# The common nouns that end an American locality's name ("Montgomery County", "Hamilton
# Township"), which end no person's name ("Parish" and "Borough" are surnames too).
_LOCALITY_NOUNS = frozenset({"County", "Township"})


def looks_like_name(part: str) -> bool:
    """Two to five words, each capitalised (a lower-case particle besides), no digits, no role
    words."""
    tokens = part.split()
    # "María José de la Torre Ruiz": the particles join a name's words and are not counted
    # among them (two given names and two surnames, "de la" between them)
    words = sum(t.lower() not in _PARTICLES for t in tokens)
    if (
        not 1 <= words <= _NAME_WORDS
        or len(tokens) > _NAME_WORDS + _NAME_PARTICLES
        or any(ch.isdigit() for ch in part)
    ):
        return False
    if _ACCESS_TAG.fullmatch(" ".join(tokens)):
        return False  # "Web Only", "Subscribers Only": the story's tag, no writer's name
    if part.startswith("(") and part.endswith(")"):
        # "(Gobierno de la CDMX)", "(Agencia Reforma)" under a caption: a credit or a source
        # note in its brackets, set on a line of its own (a wrapper moved it down); a person's
        # name alone in brackets ("(Maria Gonzalez)" under a headline) is still a byline
        # ("(By Maria Gonzalez)" is read as a byline line, its brackets set aside)
        inner = part[1:-1].strip()
        return (
            not _BRACKETED_BY.match(inner)
            and not _bracketed_source(inner)
            and looks_like_name(inner)
        )
    if _ROLE_WORDS.search(part) or is_agency(part):
        return False
    if len(tokens) == 1:
        # a single word is an outlet or a desk more often than a person; "B.Khulan" (an
        # initial glued to the name, as Mongolian and some Central Asian papers print) is one
        return _INITIAL_AND_NAME.fullmatch(part) is not None
    if any(
        _NAME_CHARS.fullmatch(t) is None and not _SLASHED_NAME_PART.fullmatch(t) for t in tokens
    ):
        return False  # "LSM+ English", "Q&A Session": signs no person's name holds
    if any(_NEGATED_VERB.search(t) for t in tokens):
        # "Doesn't Understand.", "Won't Stop": a verb's negation contracted, which no person's
        # name holds (a headline's Title Case tail, not a writer under it)
        return False
    if tokens[0].isupper() and is_agency(tokens[0]) and not part.isupper():
        return False  # "PA Political", "AP Business": an agency's desk, not a person
    if (
        len(tokens[0]) >= 3
        and tokens[0].isalpha()
        and tokens[0].isupper()
        and _mostly_lower(tokens[1:])
    ):
        return False  # "ABC Hobart", "WRAL Durham": a station's desk ("KEVIN McCLOSKEY" is a name)
    if len(tokens) >= 2 and tokens[-1] in _LOCALITY_NOUNS:
        return False  # "Montgomery County": a station's topic tag under its stamp, a place
    if len(tokens) == 2 and tokens[1] == "TV" and _station_brand(part):
        # "KSL TV": a station's call sign and its "TV" after the writer, no second writer
        # (a name in capitals, "WANG LIN", ends in no "TV")
        return False
    if any(
        t.lower().strip(".:") in _PAGE_WORDS
        and not (k == len(tokens) - 1 and t.lower() in _LANGUAGE_SURNAMES and _given(tokens[:k]))
        for k, t in enumerate(tokens)
    ):
        return False  # "Short Url", "Share Article": page furniture, not a person
    if " ".join(tokens).lower() in _PAGE_PHRASES:
        return False  # "FULL STORY" over a re-run's text (ScienceDaily): a label, no writer
    if (
        2 <= len(tokens) <= 3
        and tokens[0].lower() in _PORTFOLIO_WORDS
        and _is_country(" ".join(tokens[1:]))
    ):
        # "Transport Canada", "Sport England", "Tourism New Zealand": a government department
        # or agency named by its portfolio and its country, the issuer of a release
        return False
    if len(tokens) >= 2 and tokens[-1].rstrip(",") in _COMPANY_STYLES:
        return False  # "Nordvind Rail AB": a company's name closed by its legal style
    if names_an_organisation(part):
        # "University Communication and Marketing", "JAMES COOK UNIVERSITY", "Peer-Reviewed
        # Publication": an office, an institution or a release's kind, which a university's or
        # a lab's news page prints where a writer's name would stand
        return False
    if len(tokens) == 2 and tokens[0].lower() in _ARTICLES:
        return False  # "Le Devoir", "El País": a paper's name, an article and a word
    for k, tok in enumerate(tokens):
        if tok.lower() in _PARTICLES or _ELIDED_PARTICLE.match(tok):
            continue  # "van", "de"; "d'Aubigné", "dell'Acqua": a particle elided into the name
        if k and k == len(tokens) - 1 and _particle_hyphened(tok) and _given_before(tokens[:k]):
            continue  # "Ahmed al-Rashidi", "Omar el-Masri": the particle in lower case (Al Jazeera)
        first = tok.lstrip("'‘\"(")[:1]
        if not first or not first.isupper():
            return False
    return True


# Writers in Chinese, Japanese and Korean copy: the word for "reporter" before the names in
# Chinese ("记者 张三", "本报记者 张三 李四", "文／张三", "作者：张三"), after them in Japanese
# and Korean ("杉山彩記者", "홍길동 기자", "김철수·이영희 기자 kim@yna.co.kr").
_HAN = r"[\u4e00-\u9fff]{2,5}"
_HANGUL = r"[\uac00-\ud7af]{2,4}"
_CJK_BYLINES = (
    re.compile(
        # a bare 记者 needs a space or a colon before the name ("记者会上..." is a sentence)
        rf"^(?:(?:新华社|中新社|人民日报|本报|央视)(?:记者|記者)[:：]?\s*|(?:记者|記者)(?:\s*[:：]\s*|\s+)"
        rf"|文\s*[／/]\s*|作者\s*[:：]\s*)"
        rf"(?P<names>{_HAN}(?:[\s、，]+{_HAN}){{0,3}})$"
    ),
    re.compile(rf"^(?P<names>{_HAN}(?:[\s、・]+{_HAN}){{0,3}})\s*(?:記者|特派員|編集委員)$"),
    re.compile(
        rf"^(?P<names>{_HANGUL}(?:\s*[·ㆍ,]\s*{_HANGUL}){{0,3}})\s*(?:기자|특파원|선임기자)"
        r"(?:\s+[\w.+-]+@[\w.-]+)?$"
    ),
)


def cjk_byline(text: str) -> Byline | None:
    """A line naming the writers in Chinese, Japanese or Korean, or None."""
    text = " ".join(text.split())
    if len(text) > 60:
        return None
    for form in _CJK_BYLINES:
        if (m := form.match(text)) is not None:
            names = [n for n in re.split(r"[\s、，・·ㆍ,]+", m.group("names")) if n]
            return Byline(raw=text, names=names)
    return None


# "By Jane Roe and John Doe Follow", "By Jane Roe + Follow": the button to follow the writers,
# copied with the byline it sits beside (WSJ, Forbes, Medium); a name never ends in the verb.
# WSJ sets one after each writer ("By Jane Roe Follow and John Doe Follow"): the button before
# the "and" or the comma that brings the next writer goes too.
_FOLLOW_BUTTON = re.compile(
    r"(?<=[a-z.])\s+(?:\+\s*)?Follow(?:\s+(?:author|authors|me))?(?=$|\s*[,&]|\s+and\s)"
)
_BULLETED_LABEL = re.compile(
    r"^[*•·▪]\s+(?=(?i:by|writer|writers|author|authors|reporter|reporters|written\s+by)\b)"
)
_KICKER_GLUED = re.compile(r"^[A-Z][a-z]{2,15}(?=By\s[A-Z])")
# "(by Jane Roe)", "(By JANE ROE)": a "By" line wholly in brackets, nothing after them.
_BOXED_BY_LINE = re.compile(r"\((?P<by>(?i:by)\s+[^()]{3,120})\)")
_GLUED_NAME_TITLE = re.compile(
    r"^(?:[A-Z][a-z]{2,15}(?=[A-Z][a-z]))?"
    r"(?P<name>[A-Z][a-z'’-]+(?: (?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’-]*[a-z]){1,2})"
    r"(?P<title>[A-Z][a-z]+(?: [A-Z][a-z]+| [a-z]+){0,4})$"
)
# A surname's prefix before its inner capital ("McCarthy", "DeVos", "FitzGerald"): where
# _GLUED_NAME_TITLE would split a spaced surname, not a name glued to its title.
_GLUE_PREFIXES = frozenset(
    "Mc Mac De Di Da Du Del Des Dos La Le Van Von St Fitz Al El Ben Ter Ten".split()
)
_HALF_SPACED_BAR = re.compile(r"(?<=\w)\s([|•·])(?=\w)|(?<=\w)([|•·])\s(?=\w)")
_LEADING_SEPARATOR = re.compile(r"^[/|•·—–-]+\s*(?=(?i:by)\s)")
# "From Jane Roe, Port Harcourt": a correspondent's line in Nigerian and other papers.
_FROM_DESK = re.compile(
    r"^(?i:from\s+(?:our|a)\s+(?:own\s+|special\s+|staff\s+)?correspondents?"
    # "From staff reports", "From wire reports", "From staff and wire reports", "From news
    # services": a local paper's desk where a writer's name stands (Lee's and Gannett's papers)
    r"|from\s+(?:(?:staff|wire|news)\s*(?:,|and|&)\s*)?(?:staff|wire|news|agency)\s+"
    r"(?:reports?|services|dispatches))"
    r"(?:\s*,?\s+(?:in\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)?$"
)
# "From Jane Roe in Bulawayo": the same, the place after "in" (Zimbabwean papers' form), the
# country after a comma when the writer files from abroad ("From Jane Roe in LUSAKA, Zambia").
_FROM = re.compile(
    r"^From\s+(?P<name>[^,]{3,60}?)(?:,|\s+in)\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    r"(?:,\s+(?P<region>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?$"
)


# An e-edition's header: the paper, a middle dot, the issue's date, a middle dot, the rest.
_EDITION_HEADER = re.compile(
    r"^(?P<paper>[A-Z][^·]{1,60}?)\s+·\s+(?P<date>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
    r"\s+·\s+(?P<rest>\S.*)$"
)


def edition_header_paper(line: str) -> str | None:
    """The paper's name in an e-edition's header printed on one line ("Kathimerini English
    Edition · 12 Feb 2020 · BY GIORGOS LAMBROU"), or None when the line is no such header."""
    m = _EDITION_HEADER.match(" ".join(line.split()))
    return m.group("paper") if m is not None else None


# The words of an edition's part, which no writer's name holds.
_EDITION_PARTS = frozenset({"section", "page", "edition", "supplement", "insert", "pullout"})
# A print page's number where an e-edition's header prints it: "A6", "Page 3", "12".
_PAGE_NUMBER = re.compile(r"(?i:page\s+)?[A-Z]?\d{1,3}[A-Z]?")
# The page's number leading the rest of an e-edition's header, its own segment: "8 · ".
_PAGE_THEN_REST = re.compile(rf"^{_PAGE_NUMBER.pattern}\s+·\s+(?=\S)")
# "Jane Roe THE JAKARTA POST/JAKARTA": the writer, the paper in capitals, a slash and the
# place filed from (the Jakarta Post's byline, in print and in its e-edition).
_NAME_PAPER_PLACE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}?)\s+"
    r"(?P<paper>THE(?:\s+[A-Z][A-Z'’&-]+){1,3})\s*/\s*(?P<place>[A-Z][A-Za-z .'’-]{1,30})$"
)


def _name_paper_place(text: str) -> str | None:
    """The writer's name in `Jane Roe THE JAKARTA POST/JAKARTA`: a name in mixed case, then
    the paper in capitals and the place the gazetteer knows; None otherwise."""
    from archiver.extract.gazetteer import is_known_place

    m = _NAME_PAPER_PLACE.match(text) if "/" in text and len(text) <= 100 else None
    if m is None or m.group("name").isupper() or not looks_like_name(m.group("name")):
        return None
    return m.group("name") if is_known_place(m.group("place").strip()) else None


def _from_correspondent(text: str) -> str | None:
    """The name in `From Jane Roe, Port Harcourt` when the place is one the gazetteer knows, or
    in `From JANE ROE` alone."""
    from archiver.extract.gazetteer import is_known_place

    if text[:5] != "From ":
        return None
    name, comma, title = text[5:].partition(",")
    # the paper's name in quotes may open the title ('"Daily Herald" Diplomatic Correspondent')
    if comma and _JOB_TITLE.match(re.sub(r'^["“][^"”]{2,40}["”]\s+', "", title.strip())):
        # "From HUGH MARDEN, Diplomatic Correspondent", "From Jane Roe, Political Editor": the
        # old British papers' byline with the writer's title after the name (no place)
        name = name.strip()
        if 2 <= len(name.split()) <= 4 and looks_like_name(name) and not is_known_place(name):
            return name
    m = _FROM.match(text)
    if m is None:
        # "From PETER CALDICOTT" over "Paris, June 3": the old British papers' byline, the
        # name in capitals (a name in mixed case there opens a letter's or an e-mail's header);
        # a comma after it when the writer's title is on the line under it ("From HUGH
        # MARDEN," over '"Daily Herald" Diplomatic Correspondent')
        name = text[5:].strip().removesuffix(",").rstrip()
        if (
            2 <= len(name.split()) <= 4
            and name.isupper()
            and looks_like_name(name)
            and not is_known_place(name)
        ):
            return name
        return None
    if not looks_like_name(m.group("name")) or not is_known_place(m.group("place")):
        return None
    if m.group("region") is not None and not is_known_place(m.group("region")):
        return None  # "From Jane Roe in Lusaka, Tuesday's talks ...": no country after the city
    name = m.group("name")
    if is_known_place(name) or name.split()[-1].lower() in _LANDMARK_WORDS:
        return None  # "From Victoria Falls in Livingstone, Zambia": a tour's stop, no writer
    return name


# The last word of a place's or a landmark's name, which no writer's name ends in ("Kariba
# Dam", "Chinhoyi Caves", "Mana Pools").
_LANDMARK_WORDS = frozenset(
    "dam falls caves pools lake river park bridge hills mountains valley bay island islands "
    "stadium airport border camp mine hospital district province".split()
)


# The definite articles a paper's name may open with ("Le Devoir", "Die Zeit"); "de", "al"
# and "van" open persons' names too ("De Niro", "Al Gore", "Van Morrison").
_ARTICLES = {"le", "la", "les", "el", "il", "lo", "los", "las", "het", "der", "die", "das"}
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|degli|dei|sull)['’][A-ZÀ-Þ]")
# "B.Khulan", "Ts.Tsolmon": the father's initial glued to the name, as Mongolian papers print
# it; a Cyrillic letter written in two Latin ones ("Ц" as "Ts", "Ч" as "Ch", "Х" as "Kh")
# keeps both in the initial
_INITIAL_AND_NAME = re.compile(r"(?:[A-Z]|Ts|Ch|Sh|Kh|Zh|Ya|Yo|Yu|Ye)\.[A-Z][a-z]{2,}")
_NAME_CHARS = re.compile(r"[\w.'’‘\"()-]+")
# "G/Kristos", "W/Giorgis", "H/Mariam": an Ethiopian name's first part abbreviated to its
# initial and a slash (Gebre, Wolde, Haile), as Ethiopian papers print them
_SLASHED_NAME_PART = re.compile(r"[A-Z]/[A-Z][\w'’-]+")


# An item's age as a feed reader prints it, a number and a unit's letter or short word ("3h",
# "2 d", "15min", "4 hrs"); no headline and no photo's credit ends on one.
FEED_AGE = r"\d{1,3}\s?(?:h|d|w|mins?|hrs?)"


# A feed reader's meta line under an item's title: the site, "by" the feed's author, and the
# item's age, set apart by slashes or dots ("UPI.com / by Jane Roe / 3h", "example.com · by
# Jane Roe · 2d").
_FEED_META = re.compile(
    r"^[^/|·•]{2,60}?\s[/·•]\s(?P<by>(?i:by)\s[^/|·•]{3,80}?)\s[/·•]\s"
    rf"(?:{FEED_AGE}|(?i:just\s+now|yesterday))$"
)

# The dots a feed reader sets between the parts of an item's meta line.
_FEED_ITEM_SEP = re.compile(r"\s[·•]\s")


def _feed_item_writer(text: str) -> list[str] | None:
    """`Wired · Lauren Ito · May 14, 2024 at 9:12 AM`: a feed reader's meta line under an
    item's title, three parts set apart by dots: the feed's name (capitalised words, no
    figure), the item's author (one to three names, none a place or a topic's words) and the
    item's date stamp. The author's names, or None."""
    parts = _FEED_ITEM_SEP.split(text)
    if len(parts) != 3 or not all(parts):
        return None
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import MENU_WORDS, nav_item
    from archiver.extract.page import is_date_stamp

    feed, writer, stamp = (p.strip() for p in parts)
    if not nav_item(feed) or not is_date_stamp(stamp) or _FOLIO_STAMP_WORD.match(writer):
        return None
    if topic_words(feed) or {w.lower() for w in feed.split()} & (MENU_WORDS | _CATEGORY_WORDS):
        # "Business · Elon Musk · March 5, 2024", "Football · Manchester United · 5 March
        # 2024": a page's section or tag opening its row of tags, no feed's name; the middle
        # part is a tag too (a person's or a team's), no writer
        return None
    names = name_list(writer)
    if names is None or len(names) > 3 or any(is_known_place(n) or topic_words(n) for n in names):
        return None
    if any(names_an_organisation(n) for n in names):
        return None
    return names


# A stamp's or a byline's word opening the middle part: no bare author's name.
_FOLIO_STAMP_WORD = re.compile(r"(?i:by|updated|published|posted)\b")


# A read-later app's source line under the saved article's title: the site's domain, a dot,
# the author the app found on the page (Instapaper's "irishtimes.com · Jane Roe"), or the two
# the other way round.
_SAVED_SOURCE = re.compile(
    r"^(?:(?P<site>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\s[·•]\s(?P<names>[^·•|/]{3,80})|"
    r"(?P<names2>[^·•|/]{3,80})\s[·•]\s(?P<site2>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}))$"
)


def _saved_source(text: str) -> list[str] | None:
    """The writers a read-later app's source line names (above), or None: one to three names,
    none a place, an agency or a section's word."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import MENU_WORDS

    m = _SAVED_SOURCE.match(text)
    if m is None:
        return None
    names = name_list((m.group("names") or m.group("names2")).strip())
    if not names or len(names) > 3:
        return None
    words = {w.lower() for n in names for w in n.split()}
    if any(is_known_place(n) or is_agency(n) for n in names) or words & MENU_WORDS:
        return None
    return names


# "From Correspondent NAME", "From CNN Senior Correspondent NAME": a writer's title between
# "From" and the names (a place or "staff reports" after "From" is no one's name).
# The small words a list of writers after a title may hold: "Jane Roe and John Doe in Moscow",
# "Ana de la Cruz"; a headline's or a deck's words ("From Reporters Who Covered the Count, a
# Night to Remember") hold others.
_NAMES_SMALL_WORDS = frozenset("and in with van von de der den da di del la le".split())


def _names_only(text: str) -> bool:
    return all(w[:1].isupper() or w.strip(",.") in _NAMES_SMALL_WORDS for w in text.split())


_FROM_TITLED = re.compile(
    r"^From\s+(?:[A-Z]{2,5}\s+)?(?:(?:Senior|Chief|Staff|Special|Foreign|National|"
    r"Political|Economics|Business|Science|Medical|White House)\s+)?"
    r"(?:Correspondents?|Producers?|Reporters?|Writers?|Bureau Chief)\s+(?P<names>[A-Z].{2,120})$"
)


# One writer with their outlet: "Mina Kim, KQED" (a "By" before it, perhaps).
_WRITER_WITH_OUTLET = re.compile(
    r"^(?:By\s+)?([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}),\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})$"
)


def _barred_same_outlet(text: str) -> str:
    """ "By Mina Kim, KQED | Guy Marzorati, KQED": writers of one outlet set apart by bars
    (each a card of its own on the page) read as one list, "By Mina Kim, KQED and Guy
    Marzorati, KQED". A bar elsewhere parts the byline from a date or a section, so every
    part must be a name with the same outlet after its comma."""
    if "|" not in text:
        return text
    parts = [p.strip() for p in text.split("|")]
    found = [_WRITER_WITH_OUTLET.match(p) for p in parts]
    if len(parts) < 2 or not all(found) or len({m.group(2) for m in found if m}) != 1:
        return text
    if not parts[0].startswith("By "):
        return text
    return "By " + " and ".join(f"{m.group(1)}, {m.group(2)}" for m in found if m)


# A telephone number after the writer's e-mail at the byline's end (_PHONE_AFTER_MAIL's \1 the
# e-mail): "jroe@paper.com 540-555-0187", "jroe@paper.com (555) 010-0187".
_PHONE_AFTER_MAIL = re.compile(r"(\S@[\w-]+\.[\w.]*\w)[ \t]+\+?\(?\d[\d .()-]{5,}\d$")
# "By" in two languages, joined by a slash, as a bilingual paper prints it ("Por/By", "By/Por",
# "Par/By", "Von/By").
_BY_PAIR = re.compile(
    r"^(?:(?:Por|POR|Par|PAR|Von|VON|Di|Door|Av)\s*/\s*(?:By|BY)|(?:By|BY)\s*/\s*"
    r"(?:Por|POR|Par|PAR|Von|VON|Di|Door|Av))\s+(?=[A-Z])"
)


@copied_text_cache  # asked again of the same line (its role, a second writer's line)
def parse_byline(line: str) -> Byline | None:
    """A byline line, or None when the line is not one."""
    text = " ".join(line.split())
    if _BARE_TRAILER.match(text) is not None and (trailer := trailer_byline(text)) is not None:
        # "Reporting by Jane Roe and John Doe; Writing by Ann Poe; Editing by Tom Poe" on a
        # line of its own at the story's foot (a broadcaster's page running an agency's story,
        # the trailer's brackets dropped): its reporters and writers, as the bracketed trailer
        # gives them, not the first segment's names alone
        return Byline(raw=line.strip(), names=trailer.names)
    found = _parse_byline(line)
    if (ungraded := ranks_removed(line)) != " ".join(line.split()):
        # "By Sgt. 1st Class Jane Roe, Army News Service": a defence newsroom's writer with
        # her grade before her name (see ranks.py); the name is read without it
        again = _parse_byline(ungraded)
        if again is not None and again.names:
            found = Byline(raw=line.strip(), names=again.names)
    if found is not None and found.names and _topic_over_stamp(line, found.names):
        return None
    if found is not None and found.names:
        return found
    if found is None and (placed := _writers_at_places(line)) is not None:
        return Byline(raw=line.strip(), names=placed)
    # "Tendai Moyo-Bulawayo Bureau": read again with the glued hyphen as the bar it stands
    # for, when the line as printed names no one (a double-barrelled name reads first)
    text = " ".join(line.split())
    unglued = _unglued_hyphen(text) if len(text) <= 300 else text
    if unglued != text and (again := _parse_byline(unglued)) is not None and again.names:
        return Byline(raw=line.strip(), names=again.names)
    return found


# "Jane Roe, Brussels | John Doe, Paris": each writer and the city she files from, the pairs
# set apart by bars (The Times' byline row, no "By").
_PLACED_WRITER = re.compile(r"^(?P<name>[^,|]{3,50}),\s*(?P<place>[^,|]{2,30})$")
_WRITER_BAR = re.compile(r"\s+\|\s+")
_PLACED_WRITERS_MAX = 4


def _writers_at_places(line: str) -> list[str] | None:
    """The writers of a row of two or more "NAME, CITY" pairs between bars, each name a
    person's and each city one the gazetteer knows; None for any other line. Two pairs are the
    evidence: a caption's "Jane Roe, Brussels" alone names the pictured as often, and a list
    of places is no pair of a name and a place."""
    text = " ".join(line.split())
    if len(text) > 200:
        return None
    parts = _WRITER_BAR.split(text)
    if not 2 <= len(parts) <= _PLACED_WRITERS_MAX:
        return None
    from archiver.extract.gazetteer import is_known_place

    names: list[str] = []
    for part in parts:
        m = _PLACED_WRITER.match(part)
        if m is None or not is_known_place(m.group("place").strip()):
            return None
        name = m.group("name").strip()
        if not looks_like_name(name) or is_agency(name) or is_known_place(name):
            return None
        if topic_words(name) or any(
            w.lower() in _STAMP_ROW_NOT_NAME for w in name.replace("-", " ").split()
        ):
            # "Royal Albert Hall, London | Symphony Hall, Birmingham": a tour's venues and
            # their cities (a writer "Ben Hall" in such a row goes unread)
            return None
        names.append(name)
    return names


# "By CNN's ", "From BBC's ": a broadcaster's or an agency's initials (or its camel-case
# name, "ProPublica's") in the possessive after the byline's word, a capital after it.
_OUTLET_POSSESSIVE = re.compile(
    r"^((?i:by|from)\s+)(?:[A-Z]{2,6}|[A-Z][a-z]+[A-Z]\w*)['’]s\s+(?=[A-Z])"
)


def _topic_over_stamp(line: str, names: list[str]) -> bool:
    """ "Climate Change · Updated: March 4, 2025": a topic's tag, a separator, the page's stamp
    (no "By"): every name a beat's or a section's words, so the row is the page's label and
    stamp, no writer's byline."""
    parts = re.split(r"\s+[·|•]\s+", " ".join(line.split()), maxsplit=1)
    if len(parts) != 2 or is_by_line(line) or not all(topic_words(n) for n in names):
        return False
    from archiver.extract.page import is_date_stamp

    return is_date_stamp(parts[1])


# A bar left before the next writer's "and" once the first writer's address came off.
_BAR_BEFORE_AND = re.compile(r"\s+\|\s+(?=(?:and|&)\s)")


def _parse_byline(line: str) -> Byline | None:
    text = " ".join(line.split())
    if not text:
        return None
    if len(text) > 300:
        return None  # no byline is that long; nor is its cost allowed to grow with the line
    # "NewsBy Jane Roe": a section's label run into the "By" (two spans of a page)
    text = _KICKER_GLUED.sub("", text)
    # "(by Jane Roe)": the whole "By" line in brackets, as ANSA prints its writer over the
    # dateline; the brackets hold the byline, no outlet or title after a name
    if (boxed := _BOXED_BY_LINE.fullmatch(text)) is not None:
        text = boxed.group("by")
    # "NewsSarah LambertLocal Democracy Reporter": the section's label, the writer's name and
    # title in three spans with no space between them (Reach plc's pages as copied)
    if (glued := _GLUED_NAME_TITLE.match(text)) is not None and _ROLE_WORDS.search(
        glued.group("title")
    ):
        # (not a surname's own inner capital after its prefix: "Tom McCarthy Staff Writer",
        # "Jane DeVos Senior Reporter", "Kevin LaFontaine Correspondent" are spaced lines)
        if looks_like_name(glued.group("name")) and (
            glued.group("name").split()[-1] not in _GLUE_PREFIXES
        ):
            text = f"{glued.group('name')}, {glued.group('title')}"
    # "/ By Jane Roe", "| By Jane Roe": the bar or slash a page sets between the stamp and the
    # byline, left at the line's start when the two are printed on lines of their own
    text = _LEADING_SEPARATOR.sub("", text)
    # "By Jane Roe jroe@paper.com 540-555-0187": the writer's telephone after the e-mail, as a
    # local paper's byline prints both; the e-mail is read as ever, the number is no name
    text = _PHONE_AFTER_MAIL.sub(r"\1", text)
    # "Por/By Jane Roe", "By/Par Jane Roe": a bilingual paper's "By" in both its languages
    text = _BY_PAIR.sub("By ", text)
    # "* Writer: Jane Roe", "• Author: Jane Roe": a field of the page's list of facts (the
    # date, the section, the writer) under the headline, as a text browser prints its bullets
    text = _BULLETED_LABEL.sub("", text)
    text = _FOLLOW_BUTTON.sub("", text)
    # "By JANE ROE EXCLUSIVE", "Jane Roe Web Only": the story's tag for where it runs or who
    # may read it, set after the writer's name; the name stands without it
    text = _ACCESS_TAG.sub("", text)
    if not text:
        return None
    # "By Jane Roe (she/her) and Sam Doe (they/them)": each writer's pronouns, said of the
    # person, are no part of the names nor an outlet in brackets
    text = _PRONOUNS.sub("", text)
    text = _barred_same_outlet(text)
    # "From CNN's Jane Roe in Kherson", "By NPR's Jane Roe": the outlet's possessive before
    # the writer's name (a live page's entry, a broadcaster's web story) is no part of it
    text = _OUTLET_POSSESSIVE.sub(r"\1", text)
    if not text:
        return None
    if text[0] >= "\u2e80" and (cjk := cjk_byline(text)) is not None:
        return cjk
    if (titled := _FROM_TITLED.match(text)) is not None and _names_only(titled.group("names")):
        # "From Correspondent Lena Brandt", "From CNN Senior Correspondent Jane Roe": CNN's
        # byline of the 1990s names the writer by a title after "From"
        found = _parse_byline(f"By {titled.group('names')}")
        return Byline(raw=line.strip(), names=found.names) if found is not None else None
    if (meta := _FEED_META.match(text)) is not None:
        # "UPI.com / by Jane Roe / 3h": a feed reader's line under the item's title, the site,
        # the feed's author and the item's age (Feedly): the author is the byline
        found = _parse_byline(meta.group("by"))
        return Byline(raw=line.strip(), names=found.names) if found is not None else None
    if (item := _feed_item_writer(text)) is not None:
        # "Wired · Lauren Ito · May 14, 2024 at 9:12 AM": a feed reader's line under the
        # item's title, the feed's name, the item's author and its date (NetNewsWire, Reeder)
        return Byline(raw=line.strip(), names=item)
    if "." in text and (saved := _saved_source(text)) is not None:
        # "irishtimes.com · Jane Roe": the site a read-later app saved the page from, and the
        # page's writer
        return Byline(raw=line.strip(), names=saved)
    if (header := _EDITION_HEADER.match(text)) is not None and not _PAGE_NUMBER.fullmatch(
        header.group("rest")
    ):
        # "The Jakarta Post · 10 Mar 2015 · Jane Roe": an e-edition's header (PressReader's),
        # the paper and the issue's date, then the byline where the page number may stand;
        # "New Straits Times · 15 Nov 2022 · 8 · JANE ROE": the page's number, then the byline
        rest = _PAGE_THEN_REST.sub("", header.group("rest"))
        found = _parse_byline(rest)
        in_header = found.names if found is not None else None
        if not in_header:
            # the names alone ("... · 10 Mar 2015 · Jane Roe"): the header's place says byline
            from archiver.extract.gazetteer import is_known_place
            from archiver.extract.masthead import MENU_WORDS

            in_header = name_list(rest)
            if not in_header or len(in_header) > 3 or any(is_known_place(n) for n in in_header):
                return None
            if rest != header.group("rest") and any(len(n.split()) < 3 for n in in_header):
                # "... · 15 Nov 2022 · 8 · SUNDAY VIBES": after the page's number the section's
                # name of two words stands as often as a writer's; only a full name of three
                # words ("NOR FARHANA IDRIS") is taken there without its "By"
                return None
            words = {w.lower() for n in in_header for w in n.split()}
            if words & (MENU_WORDS | _EDITION_PARTS):
                return None  # "... · Business Section": the page's section, no writer
        return Byline(raw=line.strip(), names=[_caps_name_before_city(n) for n in in_header])
    if (placed := _name_paper_place(text)) is not None:
        return Byline(raw=line.strip(), names=[placed])
    if (row := _CREDITS_ROW.match(text)) is not None and (
        row_names := name_list(row.group("names") or row.group("alone"))
    ):
        # "Story Jane Roe. Photo John Doe. Read time 3 min.": the writer's and the
        # photographer's labels side by side without "by" or a colon
        return Byline(raw=line.strip(), names=row_names)
    # "By Jane Roe ·Jun 04, 2021", "Jane Roe |Reporter": a bar or a dot with a space on one
    # side only (the page's spans glued) parts the segments as a spaced one does
    text = _HALF_SPACED_BAR.sub(r" \1 ", text)
    if (corr := _from_correspondent(text)) is not None:
        return Byline(raw=line.strip(), names=[corr])
    if _FROM_DESK.match(text):
        # "From Our Own Correspondent": the paper's desk in the byline's place, no person
        return Byline(raw=line.strip(), names=[])
    m = _BY.match(text)
    if not m:
        # An agency alone on its line ("Associated Press") is a byline without a person.
        if is_agency(text):
            return Byline(raw=line.strip(), names=[])
        if (outlet_first := _outlet_then_by(text)) is not None:
            return Byline(raw=line.strip(), names=outlet_first.names)
        return _titled_names(text, line)
    rest = m.group("rest")
    if len(rest) > 200:
        return None  # a byline's line is short: "By ... on Thursday cut rates" is a story's
    foreign = (m.group("foreign") or "").lower()
    # "By — Jane Roe, Associated Press": a dash between the label and the names; "By : Jane
    # Roe" (the Jakarta Globe's): the label's colon set off by a space
    rest = rest.lstrip("—–- ")
    if rest[:1] == ":" and m.group("foreign") is None:
        rest = rest[1:].lstrip()
    # "BYLINE: By Jane Roe" (a database's field), "Author: by Jane Roe": the label, then the
    # "By" the page printed
    if rest[:3].lower() == "by " and m.group("foreign") is None:
        rest = rest[3:].lstrip()
    # "By Jane Roe (Marseille, correspondent)": where and what the writer is, in brackets
    rest = _TRAILING_BRACKET.sub("", rest)
    # "By Rosa Mendel (OPB) and Tom Whitcomb (OPB)": the first writer's station or outlet in
    # brackets before the next name (a public radio site's form), as after the last
    rest = _OUTLET_IN_BRACKETS.sub(_without_outlet, rest)
    # "By Jane Roe Political Correspondent in London", "... Indonesia Correspondent In
    # Jakarta": where the writer filed from, after the writer's title
    rest = _without_filed_from(rest)
    if m.group("bare"):
        # "Author Jane Roe, John Doe (Reuters, dpa)": a label without its colon names the
        # writers only when they are all the rest ("Author Jane Roe, whose novel ..." is prose)
        bare = name_list(rest)
        return Byline(raw=line.strip(), names=bare) if bare else None
    # "By JANE ROE Staff Writer jroe@paper.com": the contact goes first, so that the title it
    # follows is read as the line's end, as it is without one
    if "@" in rest:
        # "By Jane Roe | jroe@paper.com and John Doe | jdoe@paper.com": each writer's address
        # after a bar; once the first address is gone its bar is left before the "and"
        rest = _BAR_BEFORE_AND.sub(" ", _without_contact(rest))
    rest = rest.strip(" ,|")
    # "By JANE ROE FOR MAILONLINE and John Doe": the first writer's outlet between two names
    rest = _OUTLET_BETWEEN.sub("", rest)
    # "By Jane Roe, Senior Reporter & John Doe": the first writer's title between two names
    rest = _TITLE_BETWEEN.sub("", rest)
    rest = _TITLE_BEFORE_NAMES.sub("", rest, count=1)
    # "By Jane RoeCity Hall reporter": the writer's title run into the name (two spans)
    rest = _unglued_title(rest)
    # "By X | Special to the Pioneer Press", "By X | Nov. 19, 2014 at 3:42 PM",
    # "By X Published 5/2/21 at 9:15 AM ET": names come first
    if (
        "|" in rest
        and (barred := _barred_names(rest)) is not None
        and not any(_region_name(n) for n in barred)
    ):
        # "By Jane Roe | John Doe": two writers a bar sets apart after one "By" (a UK regional
        # site's sports byline), each part a whole name; a bar before a title, a place or a
        # stamp still ends the names below ("By Jane Roe | East Lancashire": a region)
        return Byline(raw=line.strip(), names=barred)
    segments = _AFTER_NAMES.split(rest)
    rest = segments[0]
    # "By Jane Roe of NZPA", "By Jane Roe of The Paper": the writer's outlet after "of" (no
    # particle of a person's name is "of"; "By Way of Deception" names no outlet)
    if (of := _OF_OUTLET.search(rest)) is not None and _names_an_outlet(of.group("outlet")):
        rest = rest[: of.start()]
    # "By Jane Roe with AP", "By Jane Roe with Reuters": an agency's help, not a writer
    rest = _WITH_AGENCY.sub("", rest)
    # "By Jane Roe with John Doe in Jerusalem": AFP's byline names the reporter who filed
    # with the writer after "with"; a writer both ("By Jane Roe with Reuters" went above)
    rest = _with_writer(rest)
    # "By political reporter Jane Roe", "By Senior Correspondent Jane Roe": the title first
    rest = _LEADING_TITLE.sub("", rest)
    # "By Jane Roe jroe@paper.com", "By Jane Roe @janeroe": contacts, not names
    rest = _without_contact(rest).strip(" ,|")
    if len(rest) > 200:
        return None
    names: list[str] = []
    if is_agency(rest):
        if (
            len(segments) > 2
            and (after := name_list(segments[1] or "")) is not None
            and len(after) <= 3
            and not any(is_agency(n) or _known_place(n) or topic_words(n) for n in after)
        ):
            # "by Associated Press | Jane Roe | Thursday, January 23, 2025": a trade site's
            # byline row, the wire the story came from, then its writer, then the stamp
            return Byline(raw=line.strip(), names=after)
        return Byline(raw=line.strip(), names=[])  # "By The Associated Press"
    of_agency = _OF_AGENCY.search(rest)
    if of_agency is not None and _is_wire(of_agency.group("org")):
        rest = rest[: of_agency.start()]  # "By Jane Roe of NZPA": the writer's agency
    # "By Jane Roe and the Associated Press": the agency goes, and the "and" before it
    rest = _DANGLING_AND.sub("", _TRAILING_AGENCY.sub("", rest))
    split = _SPLIT
    if foreign:
        # split at "y" only before two words ("José Ortega y Gasset" is one name)
        split = re.compile(
            rf"\s*,\s*|\s+(?:{_FOREIGN_AND[foreign]}|&)\s+(?=[^\s,]+\s+[^\s,])|\s*;\s*"
        )
    parts = split.split(rest)
    # "Reporter: Harianto", "Pewarta: Harianto, Sinta Dewi": a writer's labelled field, where
    # one word may be a whole name (Indonesian and other mononyms)
    labelled = _WRITER_FIELD.match(text) is not None
    for at, part in enumerate(parts):
        part = _TRAILING_AGENCY.sub("", _strip_part(part))
        # "By JANE ROE in Shenzhen": where the writer filed from
        part = _FILED_FROM.sub("", part)
        if part.isupper():
            part = _FILED_FROM_CAPS.sub(
                r"\g<name>", part
            )  # "BY JANE ROE IN NAKURU": the same, in capitals
        if names and _city_outlet(part):
            # "By Jane Roe, Dallas Morning News": the writer's outlet, named for its city
            names.extend(_names_after_title(part, parts[at + 1 :], rest))
            break
        if _COLLECTIVE_DESK.match(part):
            continue  # "By Al Jazeera Staff", "By CNN Newsroom": the outlet's desk, no person
        if (desk := _OUTLET_DESK.match(part)) is not None and _city_outlet(desk.group("outlet")):
            # "By Kelowna Capital News Staff", "Tampa Bay Times Staff": a paper named for its
            # city, then its desk's word; the city is no writer's name
            continue
        if not names and at == 0 and len(parts) == 2 and _DESK.match(part):
            if _filed_from(parts[1], rest):
                break  # "By HT Correspondent, New Delhi": the paper's desk and where it filed
        if names and at == len(parts) - 1 and _filed_from(part, rest):
            break  # "By Jane Roe, New Delhi": where the writer filed from, after a comma
        if _title_after_name(part, rest, names, at):
            # "By Jane Roe, Local Democracy Reporter", "By Jane Roe, City Hall Reporter": the
            # writer's title after the comma, however name-like its words before the job noun
            names.extend(_names_after_title(part, parts[at + 1 :], rest))
            break
        if not names and _beat_title(part):
            continue  # "By Local Democracy Reporter": a desk's title where the name would be
        if _NEWS_SERVICE.fullmatch(part):
            # "By Jane Roe, Scripps Howard News Service", "By Scripps Howard News Service": the
            # syndicate's desk, however name-like its words before "News Service"
            if names:
                break
            continue
        # "Kenji Roe Toronto Star": a name, then its paper named for its city, no comma
        part = _name_then_city_outlet(part) or _name_then_brand(part) or part
        # "By Jane Roe Wisconsin": the site's region tag set after the writer's name
        part = _name_then_region(part) or part
        head = None if looks_like_name(part) else _name_before_outlet(part)
        part = head or part
        if (
            looks_like_name(part)
            or (labelled and _mononym(part))
            or (head is not None and _surname_over_agency(head))
            # "By Emily Post, The Canadian Press": the agency after the comma says the words
            # before it are the writer's (a surname that is a newsroom's word)
            or (
                at == 0
                and len(parts) == 2
                and is_agency(parts[1].strip(" ."))
                and _surname_over_agency(part)
            )
            # "By Josh Ledger and Mariam Haidari": the first of two writers, an outlet's word
            # his surname; a person's whole name after the "and" says the list is of people
            or (at == 0 and _surname_before_writer(part, parts[1:]))
        ):
            names.append(part)
        elif names and not is_agency(part):
            # "By X, UPI Correspondent": everything after the first non-name is an affiliation,
            # unless it is the first writer's title with more writers after it
            names.extend(_names_after_title(part, parts[at + 1 :], rest))
            break
    first = re.split(r"\s*,\s*", rest)[0].strip(" .")
    if (
        not names
        and not foreign
        and text.islower()
        and _LOWER_NAME.fullmatch(rest)
        and not _ROLE_WORDS.search(rest)  # "by wire services", "by staff reporters"
    ):
        # "by nurul huda ismail": a page that sets its bylines in lower case; two to four
        # words, none of them a sentence's ("by the end of the year" is none)
        if not any(w in _HEADLINE_WORDS or w in _LOWER_STOP for w in rest.split()):
            return Byline(raw=line.strip(), names=[rest])
    if not names and _is_wire(first):
        # "Por Notimex", "Author of the article: Canada NewsWire": the label says byline, and
        # what follows is a news agency or press-release wire, not a person
        return Byline(raw=line.strip(), names=[])
    if foreign and not names:
        return None  # "Di fronte al ...", "Par ailleurs": a sentence in the language, no byline
    if not names and _outlet_alone(first, rest):
        # "By CBS News", "By Inquirer.net", "By The Japan Times", "By Vanguard": an outlet
        # where the writer would be, no person named
        return Byline(raw=line.strip(), names=[])
    if not names and not (is_agency(first) or _DESK.match(first) or _COLLECTIVE_DESK.match(first)):
        return None  # "By the way, ..." opens a sentence, it is not a byline
    return Byline(raw=line.strip(), names=names)


# A hyphen set against a word's last letter and the next word's capital: a double-barrelled
# name's ("Smith-Jones", "Al-Otaibi"), or the bar between a name and its desk that a page
# prints without spaces ("Tendai Moyo-Bulawayo Bureau", "Jane Roe-Senior Reporter").
_GLUED_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")
# A name's particle that a hyphen joins to the name ("Al-", "El-", "Abu-", "Ben-").
_HYPHEN_PARTICLES = frozenset({"al", "el", "abu", "ben", "bin", "ibn", "ould", "ait", "um"})


def _particle_hyphened(token: str) -> bool:
    """A surname's lower-case particle joined by a hyphen to its capitalised rest
    ("al-Rashidi", "el-Sisi", "bin-Talal"), as Al Jazeera, The National and others print
    Arabic names; the capital form ("Al-Otaibi") is capitalised already."""
    head, hyphen, rest = token.partition("-")
    return bool(hyphen) and head in _HYPHEN_PARTICLES and rest[:1].isupper()


def _given_before(tokens: list[str]) -> bool:
    """The words before a lower-case `al-X` surname read as a person's given names, no group's
    or place's: "Hayat Tahrir al-Sham" (a group), "Beit Lahia al-Awda" (a place)."""
    from archiver.extract.gazetteer import is_known_place

    return tokens[0].lower() not in _NOT_GIVEN_HEADS and not (
        len(tokens) >= 2 and is_known_place(" ".join(tokens))
    )


# First words of Arabic groups' and places' names ("Hayat Tahrir al-Sham", "Beit Lahia",
# "Khan Younis", "Deir al-Balah"), which a lower-case `al-X` after them does not make a name.
_NOT_GIVEN_HEADS = frozenset(
    {
        "hayat", "tahrir", "jabhat", "ansar", "beit", "umm", "ras", "masjid", "wadi", "jabal",
        "jebel", "tal", "tell", "khan", "deir", "bab", "bir", "ain", "harakat", "liwa", "jaish",
        "kataib", "saraya", "hizb", "dar", "souq", "suq", "bayt", "qasr", "kafr", "mazraat",
    }
)  # fmt: skip


def _unglued_hyphen(text: str) -> str:
    """`Tendai Moyo-Bulawayo Bureau` -> `Tendai Moyo - Bulawayo Bureau`: a full name, a hyphen
    with no spaces, then what reads as the writer's desk or title (two words or more the
    affiliation grammar knows, or a title's word: "Reporter", "Bureau"), as Zimbabwean and
    other papers print it. A double-barrelled surname's second half ("Jane Smith-Jones",
    "Faisal Al-Otaibi") is no desk and stays joined."""
    if "-" not in text:
        return text
    for m in _GLUED_HYPHEN.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        words = head.split()
        if len(words) < 2 or len(words[-1]) < 3 or words[-1].lower() in _HYPHEN_PARTICLES:
            continue
        if is_agency(f"{head}-{tail.split()[0]}") or not looks_like_name(_BY_WORD.sub("", head)):
            continue  # "Agence France-Presse / 04:12 PM": the hyphen is the agency's own
        # the desk or title comes first, before any other segment ("Jane Smith-Jones; STAFF"
        # is a double-barrelled name, then the desk)
        first = _SEGMENT_SEP.split(tail, maxsplit=1)[0].strip(" .")
        if not (_TITLE_TAIL.match(first) or (len(first.split()) >= 2 and is_affiliation(first))):
            continue
        job = _JOB_TITLE.match(first)
        if job is not None and not _beat_words(job.group("head")):
            # "Anne Baker-Smith Reporter": a word before the job's name that names no desk,
            # beat or place may be the surname's second half, not the writer's desk
            continue
        fits = _affiliation_segments(tail)
        if fits is not None and fits[1]:
            return f"{head} - {tail}"
    return text


_BY_WORD = re.compile(r"^(?i:by)\s+")


# The job nouns a writer's title ends on, in every reading of titles: the newsroom's ("City
# Hall Reporter", "Staff Writer") and a specialist's that trade papers print as a writer's
# title ("Farm Journal Field Agronomist", "Chief Economist", "Senior Meteorologist"): no
# person's name ends in one. Each reading adds its own (a desk, a critic, a commentator).
_WRITER_JOBS = (
    "writer|reporter|correspondent|columnist|editor|critic|reviewer|"
    "agronomist|economist|meteorologist|strategist|scientist"
)


# A writer's title: a few words (the beat, the desk, the rank) before the job noun, singular
# ("City Hall Reporter") or plural ("Local Democracy Reporters").
_JOB_TITLE = re.compile(
    r"^(?P<head>(?:[A-Z][\w.&'’-]*\s+|(?:and|of|the|&)\s+){1,5}?)"
    rf"(?P<job>{_WRITER_JOBS}|contributor|producer|critic|photographer|journalist"
    # an organisation's officer signing its newsletter's letter: "By Jane Roe, Executive
    # Director", "Program Manager", "Outreach Coordinator" (a title, no second writer)
    r"|director|manager|coordinator"
    # a charity's or an agency's staff writing its post: "Ocean Recovery Specialist",
    # "Policy Adviser", "Communications Officer"
    r"|specialist|adviser|advisor|consultant|officer"
    # a public body's technical staff writing its blog: "Senior Data Engineer", "Lead
    # Statistician"
    r"|engineer|statistician)"
    r"(?P<plural>s)?$",
    re.IGNORECASE,
)
# "Head of Statistical Production", "Deputy Head of Content": a department's head, a title
# that names its department after "of" rather than ending on a job noun (government blogs'
# "Posted by: A, Head of X, and B, Y").
_HEAD_OF = re.compile(
    r"(?:(?:Deputy|Assistant|Acting|Interim|Global|Group)\s+)?Head\s+of\s+"
    r"(?:(?:[A-Z][\w&'’-]*|and|&|the)\s+){0,3}[A-Z][\w&'’-]*"
)


def _title_after_name(part: str, rest: str, names: list[str], at: int) -> bool:
    """Whether a byline's part after a writer's name is that writer's title, not a second
    writer: "By Jane Roe, Local Democracy Reporter", "By Jane Roe, City Hall Reporter", "By
    Jane Roe and John Doe, Courts Reporters". After a comma a second writer comes with a
    title of his own after another comma ("By A, Staff Writer, and B, Staff Writer"), never
    run into it; so a part that ends in a job noun, after a comma and a name, is the title
    whatever its first words look like ("Wall Street", "Open Justice", "Local Democracy" pass
    the name test). A plural title is the shared title of a list that "and" has closed ("By
    A, B Staff Writers" keeps B: the list is still open)."""
    if not names or at == 0:
        return False
    m = _JOB_TITLE.match(part)
    if m is None:
        return False
    before = re.search(rf",\s*{re.escape(part)}", rest)
    if before is None:
        return False  # "By Jane Roe and John Doe Staff Writer": the list's "and", no comma
    if m.group("plural"):
        return re.search(r"\b(?:and|AND)\b|&", rest[: before.start()]) is not None
    return True


def _beat_title(part: str) -> bool:
    """`Local Democracy Reporter`, `City Hall Correspondent`, `Washington Bureau Chief`: a
    title whose words before the job noun all name a beat, a rank or a place (the words a
    desk is named with, not a person's), where the writer's name would stand."""
    m = _JOB_TITLE.match(part)
    return m is not None and _beat_words(m.group("head"))


def is_beat_title(text: str) -> bool:
    """`Local Democracy Reporter`, `City Hall Correspondent` alone on a line: a desk's title,
    no person's name in it (the writer's name stands on the next line or none)."""
    return _beat_title(" ".join(text.split()))


# The job nouns of a newsroom's writers, the only titles a byline block sets over its writer's
# name: an officer's, a director's or a manager's title over a name is a release's contact or
# a company's card ("Public Affairs Director" / "Jane Roe"), who wrote nothing.
_NEWSROOM_JOB = re.compile(r"(?i:reporter|correspondent|writer|editor|columnist|critic)s?")


def is_writers_beat_title(text: str) -> bool:
    """`Local Democracy Reporter`, `City Hall Correspondent` alone on a line (is_beat_title)
    whose job noun is a newsroom writer's, not an officer's or a manager's."""
    m = _JOB_TITLE.match(" ".join(text.split()))
    return (
        m is not None
        and _beat_words(m.group("head"))
        and _NEWSROOM_JOB.fullmatch(m.group("job") + (m.group("plural") or "")) is not None
    )


def _beat_words(head: str) -> bool:
    """Whether every word names a beat, a rank or a place ("Local Democracy", "City Hall",
    "Senior Political", "Washington"): a desk's name, not a person's."""
    from archiver.extract.gazetteer import is_known_place

    words = [w.strip(".,").lower() for w in head.split()]
    return bool(words) and all(w in _BEAT_WORDS or is_known_place(w.title()) for w in words)


# The words a desk or a beat is named with in a writer's title ("Local Democracy Reporter",
# "City Hall Reporter", "Senior Political Correspondent", "Wall Street Correspondent").
_BEAT_WORDS = {
    "local", "democracy", "city", "hall", "wall", "street", "court", "courts", "crime",
    "justice", "open", "political", "politics", "parliamentary", "health", "education",
    "business", "economics", "economy", "finance", "markets", "money", "property", "housing",
    "environment", "environmental", "climate", "science", "technology", "tech", "energy",
    "transport", "transportation", "sports", "sport", "arts", "culture", "food", "travel",
    "features", "investigations", "investigative", "data", "digital", "community", "rural",
    "regional", "metro", "county", "state", "statehouse", "capitol", "national", "foreign",
    "international", "world", "defence", "defense", "security", "diplomatic", "immigration",
    "labor", "labour", "workplace", "religion", "faith", "music", "film", "entertainment",
    "television", "weather", "agriculture", "farming", "fashion", "lifestyle", "books",
    "theater", "theatre", "consumer", "motoring", "aviation", "indigenous", "affairs", "home",
    "government", "council", "legal", "public", "social", "policy", "news", "breaking",
    "general", "senior", "chief", "deputy", "associate", "assistant", "managing", "executive",
    "acting", "junior", "lead", "principal", "staff", "special", "contributing", "bureau",
    "desk", "middle", "east", "west", "north", "south", "pacific", "asia", "europe",
    "africa", "americas", "change", "media", "royal", "courthouse", "schools", "family",
    # the UN's and NGOs' topic pages: "Humanitarian Aid", "Human Rights", "Migrants and
    # Refugees", "Economic Development"
    "humanitarian", "aid", "rights", "migrants", "refugees", "migration", "development",
    "and", "of", "the", "&",
}  # fmt: skip


# Inside a word, a lower-case letter then a capital: where two spans of a page meet.
_SPANS_MEET = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


def _unglued_title(rest: str) -> str:
    """`Jane RoeCity Hall reporter` -> `Jane Roe | City Hall reporter`: the title a page prints
    in a span of its own, run into the name's last word. The last such seam whose tail reads
    as a writer's title is taken ("Jane McDonaldCity Hall reporter" parts at "McDonald|City");
    a name alone ("Jane McDonald") is left whole."""
    for seam in reversed(list(_SPANS_MEET.finditer(rest))):
        tail = rest[seam.start() :]
        # a surname's own inner capital follows a short prefix ("Mac|Rae", "Mc|Allister",
        # "De|Santis", "Fitz|Gerald"); two spans meet after a whole word ("Pagano|City")
        prefix = rest[: seam.start()].split()[-1]
        if len(prefix) < 4 or prefix.lower() in _NAME_PREFIXES:
            continue
        if len(tail) <= 60 and _TITLE_WORDS_END.search(tail) and _TITLE_TAIL.match(tail):
            return f"{rest[: seam.start()]} | {tail}"
    return rest


_NAME_PREFIXES = {"fitz"}


def _filed_from(part: str, rest: str) -> bool:
    """The byline's last part, after a comma, is a place the gazetteer knows ("By Jane Roe, New
    Delhi", as Indian and Pakistani papers print their writers' bureaus): no second writer.
    After "and" it stays a name ("By Jane Roe and Lincoln Park" is no filing place)."""
    from archiver.extract.gazetteer import is_known_place

    return bool(re.search(rf",\s*{re.escape(part)}\W*$", rest) and is_known_place(part.strip(" .")))


# A list's "and" left at the line's end when the agency after it has gone.
_DANGLING_AND = re.compile(r"\s*(?:,|\band|\bAND|&)\s*$")
# A name's last word that keeps its full stop: "Jr.", "Sr.", an initial ("Jane R.").
_ABBREVIATED_END = re.compile(r"(?:\b(?:Jr|Sr|JR|SR)|\b[A-Z])\.$")


def _strip_part(part: str) -> str:
    """A byline's part without the spaces and full stops round it, but with the full stop of
    a name's "Jr." or initial ("Martin Luther King Jr.")."""
    text = part.strip(" ")
    if _ABBREVIATED_END.search(text):
        return text.lstrip(".")
    return text.strip(" .")


_OF_OUTLET = re.compile(r"\s+of\s+(?P<outlet>(?:the\s+|The\s+)?[A-Z][^,;]{1,50})$")


def _names_an_outlet(text: str) -> bool:
    """An agency, a wire, an outlet's name or an acronym ("NZPA", "The Paper")."""
    text = text.strip(" .")
    return (
        is_agency(text)
        or _is_wire(text)
        or is_affiliation(text)
        or (text.isupper() and 2 <= len(text) <= 8)
    )


def _outlet_alone(first: str, rest: str) -> bool:
    """The whole of a "By" line's rest is an outlet: a newsroom's name ("CBS News", "The Japan
    Times", "Tribune News Service") or a web site's ("Inquirer.net"); one word alone may be a
    headline's ("By Design")."""
    if first != rest.strip(" .") or len(first) > 60:
        return False
    return bool(_WEB_OUTLET.fullmatch(first) or _NEWS_SERVICE.fullmatch(first)) or (
        len(first.split()) >= 2 and is_affiliation(first)
    )


_WEB_OUTLET = re.compile(r"[A-Za-z][\w-]*\.(?:com|net|org|in|ph|ng|co\.uk|com\.au)")
# "Tribune News Service", "Express News Service": a paper's or a group's syndication desk
# ("Times News Network", "TIMES NEWS NETWORK": the Times of India's, named as a network)
# (the network's words capitalised: "cable news network" in a headline's line is no desk)
_NEWS_SERVICE = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+){0,3}(?:(?i:news\s+services?)|News\s+Network|NEWS\s+NETWORK)"
)


def is_desk_line(line: str) -> bool:
    """ "From staff reports", "From Our Own Correspondent": a paper's desk alone in the
    byline's place, a writer's line though it names no one (never a headline)."""
    text = " ".join(line.split())
    return len(text) <= 80 and _FROM_DESK.match(text) is not None


def is_desk(text: str) -> bool:
    """A desk or a role in the byline's place, no person named ("Special Correspondent",
    "Times Staff", "Tribune News Service")."""
    text = text.strip()
    return bool(_DESK.match(text) or _COLLECTIVE_DESK.match(text) or is_news_service(text))


# "Times/Herald Tallahassee Bureau": a bureau named after the outlets that share it
_BUREAU_TAIL = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}(?i:bureau)$")
# a photo desk's word before an outlet's slash ("Courtesy/The Oregonian", "File/The Times"):
# a picture's credit, no brand
_CREDIT_DESK_WORDS = frozenset(
    "courtesy file staff handout contributed submitted provided special pool photo photos"
    " illustration graphic archive archives".split()
)
# one slash-joined part that is a site's one-word brand ("OregonLive", "Herald")
_BRAND_TOKEN = re.compile(r"[A-Z][A-Za-z]{2,}(?:\.com)?")


def is_outlet_pair(text: str) -> bool:
    """ "The Oregonian/OregonLive", "Times/Herald Tallahassee Bureau": the outlets a writer
    files for (a paper and its site, two papers sharing a bureau) joined by slashes, the line a
    byline stands over. Every part is an outlet or a one-word brand and none an agency or a
    picture library: "Jane Roe/The Times" names a photographer, "AFP/Getty Images" credits
    a photo."""
    text = " ".join(text.split())
    if len(text) > 60 or "/" not in text:
        return False
    bureau = _BUREAU_TAIL.search(text)
    if bureau is not None:
        text = text[: bureau.start()]
    parts = [part.strip() for part in text.split("/")]
    if not 2 <= len(parts) <= 3:
        return False
    from archiver.extract.credits import PHOTO_AGENCIES  # credits reads bylines

    brands = 0
    for part in parts:
        if not part or is_agency(part) or part.isupper() or part.lower() in PHOTO_AGENCIES:
            return False  # "AFP/Getty Images", "NOLAN PRICE/STAFF": a photo's credit
        if part.lower() in _CREDIT_DESK_WORDS:
            return False  # "Courtesy/The Oregonian", "File/The Oregonian": a photo's credit
        if _BRAND_TOKEN.fullmatch(part):
            brands += 1
        elif not (part.startswith("The ") or _OUTLET_WORDS.match(part)) or not is_affiliation(part):
            return False
    # two bare brands ("Times/Herald") name the outlets only when the bureau follows
    return brands < len(parts) or bureau is not None


def is_news_service(text: str) -> bool:
    """A paper's or a group's syndication desk named alone ("Tribune News Service")."""
    return _NEWS_SERVICE.fullmatch(text.strip()) is not None


def _names_after_title(title: str, after: list[str], rest: str) -> list[str]:
    """`By A, Regional Editor, South-South, B & C`, `By A, Mississippi Today, and B,
    ProPublica`: the first writer's title or outlet (and perhaps the region it covers) between
    the names, then the other writers, one of them after "and" or "&", each perhaps with its
    own outlet. The names after the title, or none: a title followed by places or outlets
    alone ("By A, Staff Writer, San Francisco") adds no writer."""
    from archiver.extract.gazetteer import is_known_place

    if not (
        (_TITLE_WORDS_END.search(title) and _TITLE_TAIL.match(title))
        # "By A, Program Manager, and B": an organisation's officer's title (see _JOB_TITLE)
        or _JOB_TITLE.match(title) is not None
        or _HEAD_OF.fullmatch(title) is not None
        or is_affiliation(title)
        # "By A, ProPublica, and B, The Island Packet": a one-word outlet no list knows,
        # between the names (the "and" before the next name is still asked below)
        or _ONE_WORD_LABEL.fullmatch(title)
    ):
        return []
    tail = rest[rest.find(title) + len(title) :]
    more: list[str] = []
    for part in (p.strip(" .") for p in after):
        if not part:
            continue
        if more and (_JOB_TITLE.match(part) is not None or _HEAD_OF.fullmatch(part)):
            # "..., and B, Policy Adviser": the next writer's own title, whose words pass
            # the name test
            continue
        if looks_like_name(part) and not is_known_place(part) and not _city_outlet(part):
            more.append(part)
        elif (
            more
            and len(words := part.split()) <= _AFTER_TITLE_WORDS
            and all(w[:1].isupper() for w in words)
            and _ROLE_WORDS.fullmatch(words[-1].lower()) is not None
        ):
            continue  # "..., and B, Tribal Connectivity Fellow": the next writer's own title
        elif not (is_affiliation(part) or _ONE_WORD_LABEL.fullmatch(part)):
            return []  # "San Francisco", a sentence: no list of writers and their outlets
    # the writers after a title are a list that "and" or "&" closes: "..., B & C"
    joined = any(re.search(rf"(?:\b(?:and|AND)|&)\s+{re.escape(n)}\b", tail) for n in more)
    return more if joined else []


# The words of a later writer's own title after the name ("Tribal Connectivity Fellow").
_AFTER_TITLE_WORDS = 5
# A one-word outlet or region between names ("ProPublica", "South-South").
_ONE_WORD_LABEL = re.compile(r"[A-Z][\w'’&-]+")


def _outlet_then_by(text: str) -> Byline | None:
    """`KERA News | By Jane Roe`, `ABC Rural / By Jane Roe`: the outlet, an agency or the
    programme's or section's label first, then after a bar, a bullet or a spaced slash the
    "By" line; the names the "By" line gives, or None."""
    parts = re.split(r"\s+[|•·/]\s+", text, maxsplit=1)
    if len(parts) != 2:
        return None
    head, tail = parts[0].strip(), parts[1].strip()
    if tail[:3].lower() != "by ":
        return None
    if not (is_affiliation(head) or _SECTION_LABEL.fullmatch(head) or _RADIO_BRAND.fullmatch(head)):
        return None
    found = parse_byline(tail)
    return found if found is not None and found.names else None


def is_outlet_by_line(line: str) -> bool:
    """`ABC Great Southern / By Jane Roe`: a desk's, an outlet's or a section's label, then
    the "By" line naming the writers (see _outlet_then_by); such a line is a byline, never a
    photo's credit read as a photographer over an agency."""
    return len(line) <= 200 and _outlet_then_by(" ".join(line.split())) is not None


# A programme's or section's label before the "By" (`ABC Rural`, `Politics`, `World Cup
# 2026`): one to four capitalised words or numbers, no sentence's punctuation; the "By" line
# after it must still name its writers, so a headline's slash ("Cows / By the numbers") is none.
# A public radio station's brand, its call sign and its frequency ("KUT 90.5", "WBUR 90.9
# FM"), as its site sets it before the "By" line.
_RADIO_BRAND = re.compile(r"[KW][A-Z]{2,3}\s+(?:8[89]|9\d|10[0-7])\.\d(?:\s?FM)?")
_SECTION_LABEL = re.compile(r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|\d{1,4})){0,3}")


_LOWER_NAME = re.compile(r"[a-zà-ÿ'’-]{2,}(?:\s+[a-zà-ÿ'’-]{2,}){1,3}")
# Words of an English sentence after a lower-case "by" that no person's name holds.
_LOWER_STOP = {
    "the", "a", "an", "and", "or", "but", "in", "its", "their", "his", "her", "our", "far",
    "now", "then", "way", "end", "time", "year", "day", "week", "month", "all", "some", "many",
    "people", "police", "government", "officials", "default", "hand", "phone", "email", "mail",
    "car", "train", "air", "road", "bus", "design", "law", "nature", "chance", "contrast",
}  # fmt: skip


# Where the names of a "By" line end: "By X | Special to the Pioneer Press", "By X | Nov. 19,
# 2014 at 3:42 PM", "By X Published 5/2/21 at 9:15 AM ET", "By: X - Reporter / @handle",
# "Posted by X on July 18, 2023 · 14 Comments", "By X FOR MAILONLINE".
_AFTER_NAMES = re.compile(
    # "By Jane Roe // 04 March 2025": trade sites' double slash (Devex) parts them as a bar
    r"\s+(?:[|•·/]|//)\s+|\s+[—–-]\s+|\s+(?=(?i:published|updated|posted|last\s+updated|last\s+modified"
    r"|modified)\b)|\s+(?i:for)\s+(?=[A-Z])"
    # "By Jane Roe/The Paper": the outlet after a slash with no space round it
    # "By JANE ROE/PORT-AU-PRINCE": after a name in capitals too
    # (not after a lone initial: "By Mihret G/Kristos", Ethiopian names' "G/" for Gebre)
    # "By JANE ROE/ Staff Writer": the Asahi's byline, one space after the glued slash
    r"|(?<!\s[A-Z])(?<=[^\W\d_])/ ?(?=[A-Z])"
    # "By Jane Roe 2 hours ago": a page's relative stamp
    r"|,?\s+(?=\d{1,2}\s+(?i:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)\b)"
    # "BY JANE ROE ON 8/21/18 AT 11:45 AM EDT": the page's stamp after "on", in any case
    r"|\s+(?i:on)\s+(?=(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri"
    r"|sat|sun)[a-zA-Z]*\.?,?\s|\d)"
    # "Story by Jane Roe Translation by John Doe", "By Jane Roe and John Doe Reporting from
    # Kyiv": the next credit of the line (a translator's, an editor's, a photographer's) or
    # where the writers reported from
    r"|\s+(?=(?i:(?:additional\s+)?(?:reporting|reported)|writing|written)\s+(?i:from)\s)"
    r"|\s+(?=(?:Translation|Translated|Edited|Editing|Photos?|Photographs?|Photography|Pictures"
    r"|Illustrations?|Graphics|Video|Additional\s+reporting)\s+(?i:by)\s)"
    # "by Jane Roe, ProPublica, and John Doe, The Paper, photography by Ann Poe for
    # ProPublica": the photographer's credit after a comma, in lower case (ProPublica's form)
    r"|\s*,\s+(?=(?:photos?|photographs?|photography|pictures|illustrations?|graphics|video)"
    r"\s+by\s)"
    # "Por JANE ROE 22 de septiembre de 2017", "Jane Roe 12 april 2023": the page's date
    r"|\s+(?=\d{1,2}\.?\s+(?:de\s+)?[A-Za-zÀ-ÿ]{3,}\.?\s+(?:de\s+)?\d{4}\b)"
    # "by JANE ROE News 24 October 2024 - 13:20": the section's label in mixed case between a
    # name in capitals and the page's date (the Star's, Kenya's); a name in mixed case keeps
    # its last word ("By Jane Roe 12 april 2023" above), and so does a surname in mixed case
    # after given names in capitals ("By MARY ANN Smith 24 October 2024"): a section's word only
    r"|(?<=[A-Z]{2})\s+(?=(?:News|Sports?|Business|Politics|Opinion|Counties|Entertainment"
    r"|Health|World|Africa|Lifestyle|Local|National|Nation|International|Features?|Technology"
    r"|Education|Environment|Analysis)\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b)"
    # "BY JANE ROE AND JOHN DOE  MARCH 18, 2025  5 AM": the month first, in any case, then
    # the day and the year (a name's last word is never a month's followed by a date)
    r"|\s+(?=(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+\d{1,2},?\s+"
    r"\d{4}\b)"
    # "By Jane Roe and John Doe November 3 at 7:45 PM": the month and the day, then the time
    # of day, without the year (a page's stamp for a story of this year)
    r"|\s+(?=(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+\d{1,2},?\s+"
    r"(?:at\s+)?\d{1,2}[:.]\d{2}\b)"
    # "by JANE ROE Wednesday, May 29, 2024": the page's date under the byline, its weekday
    # first (the two lines run together when the capture kept no break between them)
    r"|,?\s+(?=(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+"
    r"(?:(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)))"
)


_OUTLET_BETWEEN = re.compile(
    r"\s+(?i:for)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}(?=\s+(?:and|AND|&)\s+[A-Z])"
)
_TITLE_BETWEEN = re.compile(
    r"\s*,\s*(?:[A-Z][\w-]*\s+){0,3}(?i:reporter|writer|correspondent|editor|columnist|"
    r"contributor|producer)s?,?(?=\s+(?:and|AND|&)\s+[A-Z])"
)
# "By A, Regional Editor, South-South, B & C": the first writer's title (and desk) between
# commas, then more writers joined by "and" or "&" (a title alone before the outlet, "By A,
# Staff Writer, The Paper", is left to end the names).
_TITLE_BEFORE_NAMES = re.compile(
    r"\s*,\s*(?:[A-Z][\w-]*\s+){0,3}(?i:reporter|writer|correspondent|editor|columnist|"
    r"contributor|producer|chief)s?(?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"(?=\s*,\s*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s*(?:,|\s(?:and|AND|&)\s)\s*[A-Z])"
)
_WITH_AGENCY_NAME = (
    r"(?:the\s+)?(?i:ap|afp|reuters|agencies|dpa|efe|ansa|upi|ebu|associated\s+press"
    r"|wire\s+services|news\s+agencies)"
)
# "with AP", and several wires listed ("By Jane Roe with AP, Reuters", Euronews's form;
# "with AFP and Reuters")
_WITH_AGENCY = re.compile(
    rf"\s+(?i:with)\s+{_WITH_AGENCY_NAME}(?:\s*(?:,|&|\s(?i:and))\s*{_WITH_AGENCY_NAME})*\s*$"
)
# "with", "With" (a byline set in Title Case) or "WITH" (in capitals): not "wITH"
_WITH_WRITER = re.compile(r"\s+(?:with|With|WITH)\s+(?=[A-Z])")


# What "with" introduces in a byline that is no second writer: a credit's words ("With
# Contributions From Tom Baker", "With Additional Reporting By ...", "With Files From ...").
_CREDIT_AFTER_WITH = re.compile(
    r"(?i:contributions?|contributing|additional|reporting|research|files|inputs?|assistance"
    r"|photos?|photography|graphics|video|wire|staff)\b|.*\s(?i:from|by)\s"
)


def _with_writer(rest: str) -> str:
    """`rest` with "Jane Roe with John Doe (in Paris)" read as two writers ("Jane Roe, John Doe
    in Paris"): only when the words on each side of the one "with" are a person's name (the
    last writer before it, the name after it less where it was filed), so "Jane Roe with
    additional reporting by ..." or "with wire reports" keep their reading."""
    pieces = _WITH_WRITER.split(rest)
    if len(pieces) != 2:
        return rest
    # "Jane Roe, with John Doe": a comma before "with" is the list's, no name's
    first = pieces[0].rstrip(" ,")
    before = _SPLIT.split(first)[-1].strip(" .")
    after = _FILED_FROM.sub("", pieces[1].strip(" ."))
    if _CREDIT_AFTER_WITH.match(after):
        return rest  # "With Contributions From Tom Baker": a credit's words, no second writer
    if looks_like_name(before) and looks_like_name(after) and not is_agency(after):
        return f"{first}, {pieces[1]}"
    return rest


# "(Marseille, correspondent)", "(The Jakarta Post)" after the names.
# One bracket inside may name the place's country, as Le Monde's English pages print it
# ("(Odesa (Ukraine), special correspondent)").
_TRAILING_BRACKET = re.compile(r"\s*\((?:[^()]|\([^()]{1,30}\)){1,60}\)\s*$")


# A press-release wire's name: "Canada NewsWire", "Accesswire", "Business Wire".
_WIRE_NAME = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z]?\w*(?i:wire)")


def _is_wire(text: str) -> bool:
    """A news agency or press-release wire named where a writer would be: the agencies of
    the bylines (AGENCIES), those that sign datelines (agencies.WIRE_SOURCES: "Notimex",
    "Bernama", "Ukrinform") and any name ending in "wire"."""
    from archiver.extract.agencies import is_wire_source

    return bool(text) and (is_wire_source(text) or _WIRE_NAME.fullmatch(text) is not None)


def is_by_line(line: str) -> bool:
    """A line opening with a byline's label ("By", "Words by", "Story by", "Posted by",
    "Author:") and short enough to be one; whether names follow is parse_byline's question."""
    return len(line) <= 200 and _BY.match(line) is not None


def label_over_names(line: str, below: str) -> Byline | None:
    """A byline's label alone on its line ("By", "Written by", "Author:", "Author of the
    article:") and the writers' names on the next line, as pages print the label and the name
    in two blocks: the byline the two lines make together, when they name someone. The label
    must take the whole first line, so a sentence or a headline ending in "by" never joins."""
    # "By —" over the name (PBS and others set a dash after the label, the name in a block
    # of its own): the dash is the label's
    label = " ".join(line.split()).rstrip(" —–-")
    if not label or len(label) > 40:
        return None
    if _paragraph_under_label(below):
        # "Text:" / "Gerald Mabry, a drummer whose brushwork anchored recordings by ...": an
        # export's label over the story's first paragraph, which opens with a name
        return None
    joined = f"{label} {' '.join(below.split())}"
    m = _BY.match(joined)
    if m is None or m.start("rest") < len(label):
        return None
    found = parse_byline(joined)
    return Byline(raw=f"{line}\n{below}", names=found.names) if found and found.names else None


# Lower-case words a byline's line of names carries too: joining words, a title's and a
# credit's ("with additional reporting by", "staff writer for the"), no sentence's.
_BYLINE_LOWER_WORDS = frozenset(
    {
        "and", "with", "of", "by", "the", "for", "from", "in", "at", "on", "de", "van", "von",
        "da", "del", "staff", "writer", "writers", "reporter", "reporters", "correspondent",
        "correspondents", "editor", "editors", "contributing", "contributor", "contributors",
        "senior", "special", "additional", "reporting", "photographer", "photographers",
        "columnist", "contributed", "to", "this", "report", "story",
    }
)  # fmt: skip
# How many other lower-case words make the line under a label a sentence.
_SENTENCE_LOWER_WORDS = 4
# A byline's line is a dozen words or so; a paragraph under a label is read only past it.
_NAMES_LINE_WORDS = 12


def _paragraph_under_label(below: str) -> bool:
    """The line under a label is a story's paragraph that opens with a name ("Text:" /
    "Gerald Mabry, a drummer whose brushwork anchored recordings by ..., died Feb. 24."):
    longer than a byline's line, closed by a sentence's stop, and reading as a sentence, with
    lower-case words of its own (_SENTENCE_LOWER_WORDS) besides those a list of writers with
    their titles and outlets carries ("Jane Roe, MS, RD, and John Doe, PhD, with additional
    reporting by ...", "Jane Roe, Associated Press, and John Doe, Associated Press.")."""
    text = below.strip()
    if len(text.split()) <= _NAMES_LINE_WORDS or not text.endswith((".", "!", "?", '."', ".”")):
        return False
    words = [w.strip(".,;:!?\"“”()'’") for w in text.split()]
    lower = [w for w in words if w[:1].islower() and w not in _BYLINE_LOWER_WORDS]
    return len(lower) >= _SENTENCE_LOWER_WORDS


# A writer's title printed before the name: "political reporter", "Senior Correspondent", a
# TV station's "Chief Meteorologist" over its weather stories.
_LEADING_TITLE = re.compile(
    r"^(?:[A-Za-z][\w-]*\s+){0,3}?(?:reporters?|correspondents?|editors?|writers?|columnists?|"
    r"contributors?|staff writers?|bureau chief|meteorologists?)\s+(?=[A-Z])",
    re.IGNORECASE,
)


def opens_with_writer_title(text: str) -> bool:
    """`text` opens with a writer's title and then a capitalised name ("political reporter
    Jane Roe", "chief political correspondent Jane Roe"): the rest of a titled byline after
    its "By"."""
    m = _LEADING_TITLE.match(text)
    return m is not None and text[m.end() : m.end() + 1].isupper()


def _city_outlet(part: str) -> bool:
    """`Dallas Morning News`, `St. Louis Post-Dispatch`, `Arizona Republic`, `Alaska Beacon`: a
    place the gazetteer knows (one to three words), then words of an outlet's name."""
    from archiver.extract.gazetteer import is_known_place

    tokens = part.split()
    if len(tokens) > 6:
        return False
    return any(
        len(tokens) > p
        and not _named_job(rest := " ".join(tokens[p:]))
        and (
            _ROLE_WORDS.search(rest) is not None
            or _PLACE_OUTLET_END.search(rest) is not None
            or (len(tokens) == p + 1 and is_demonym(tokens[p]))
        )
        and is_known_place(" ".join(tokens[:p]))
        for p in (1, 2, 3)
    )


def _named_job(rest: str) -> bool:
    """`Okoro Staff Writers` after `Ben`: a job title whose first words are no desk's, beat's
    or place's (`_beat_words`), so a person's surname; the word before it is then a first name
    that the gazetteer also knows as a place ("Ben", "Austin", "Florence"), not a paper's city.
    "Ottawa Bureau", "Dallas Morning News" name no job; "Washington Staff Writer" a desk's,
    "Seattle Times Staff Reporter" and "Boston Globe Staff Writer" a paper's staff."""
    m = _JOB_TITLE.match(rest)
    if m is None or _beat_words(head := m.group("head")):
        return False
    first = head.split()[0]
    return not (_ROLE_WORDS.fullmatch(first) or _PLACE_OUTLET_END.fullmatch(first))


def is_demonym(word: str) -> bool:
    """`Tennessean`, `Oklahoman`, `Coloradoan`, `Virginian`: a word made from a state's,
    province's or country's name with "-an" or "-ian", as papers named for their readers
    are ("Nashville Tennessean", "The Daily Oklahoman"); the region's own name is none."""
    from archiver.extract.gazetteer import is_region

    key = word.lower()
    if not (key.endswith("an") and len(key) >= 5 and word[:1].isupper()) or is_region(word):
        return False
    # the region's name less its last letter opens the word: "Tenness|ee", "Oklahom|a"
    return any(
        is_region(key[:n] + end)
        for n in range(4, len(key))
        for end in ("", "a", "e", "ee", "o", "s")
    )


# The last word of a paper named for its place that is no newsroom word elsewhere ("Arizona
# Republic", "Alaska Beacon", "Boston Globe", "Toronto Star"): after a place only, since a
# person may be called so ("Jane Leader"). Not "Sun": a common surname after a first name that
# is also a city ("Austin Sun"), which the gazetteer knows as a place.
_PLACE_OUTLET_END = re.compile(
    r"\b(?:Republic|Beacon|Globe|Star|Record|Citizen|Leader|Democrat|Advocate|Enterprise|"
    r"Eagle|Gleaner|Statesman|Pioneer|Sentinel|Courant|Bee|Blade|Plain\s+Dealer|Free\s+Press|"
    # papers named for their state's people: "Nashville Tennessean", "The Oklahoman"
    r"Tennessean|Oklahoman|Coloradoan|Californian|Virginian-Pilot|"
    # the nonprofit statehouse newsrooms named for their state ("South Dakota Searchlight",
    # "Virginia Mercury", "Kansas Reflector", "Florida Phoenix", "Tennessee Lookout")
    r"Searchlight|Mercury|Reflector|Recorder|Phoenix|Lookout|Lantern|Illuminator|Reformer|"
    r"Advance|Current|Newsline|Matters|Capital\s+Sun|Montanan)$"
)


# A news site's one-word name, its parts glued in camel case, the last a newsroom's word
# ("IndyStar", "OregonLive", "CalMatters", "WyoFile", "VTDigger", "NJSpotlight"): no person's
# name ends so ("McDonald", "DeLuca", "MacArthur" end in no such word).
_BRAND_OUTLET = re.compile(
    r"(?P<head>[A-Z][A-Za-z]*?[a-zA-Z])(?:Star|Live|File|Matters|Digger|Spotlight|News|Post|"
    r"Times|Tribune|Herald|Journal|Press|Light|Line|Report|Wire|Today|Mirror|Source|Sun)"
)
# A surname's prefix before a capital ("McStar", "MacPost", "DeSun" would be surnames).
_SURNAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "St"})


def is_brand_outlet(word: str) -> bool:
    """`IndyStar`, `CalMatters`: a news site's camel-case one-word name (_BRAND_OUTLET)."""
    m = _BRAND_OUTLET.fullmatch(word)
    return (
        m is not None
        and any(c.islower() for c in word)
        and (m.group("head").isupper() or len(m.group("head")) >= 3)
        and m.group("head") not in _SURNAME_PREFIXES
    )


def _name_then_brand(part: str) -> str | None:
    """`Jane Roe CalMatters`, `Jane Roe IndyStar`: a name of two or three words, then with no
    comma a news site's camel-case name (is_brand_outlet); the name, or None."""
    tokens = part.split()
    if not 3 <= len(tokens) <= 4 or not is_brand_outlet(tokens[-1]):
        return None
    head = " ".join(tokens[:-1])
    return head if looks_like_name(head) else None


# How a story names the outlet it was first published by, which a byline may run into with
# no comma ("By Jane Roe Stateline" over "This story was originally published by Stateline.").
_PUBLISHED_BY = (
    # not "reported by" or "produced by", which name people as often ("first reported by Roe")
    r"(?i:(?:originally\s+)?(?:published|appeared)\s+(?:by|in|on|with)"
    r"|republished\s+(?:from|with\s+permission\s+(?:from|of))|reprinted\s+(?:from|with)"
    r"|a\s+(?:story|partnership)\s+(?:from|with))\s+(?:the\s+)?"
)
# A writer's name keeps two words at least when its tail is taken off as the outlet.
_NAME_WORDS_LEFT = 2


def names_without_outlet(names: list[str], text: str) -> list[str]:
    """The byline's names without the outlet the story names elsewhere, its own words being
    the evidence: `Jane Roe Stateline` is the writer "Jane Roe" when the story says
    "Stateline" published it ("This story was originally published by Stateline.") or prints
    the words alone on a line (the site's name), or when a line of it opens with the name's
    first words as a biography does ("Jane Roe is the Capitol bureau chief ..."); a party after the first that opens with the
    outlet the story says published it ("By Jane Roe, Chalkbeat Indiana" over "... originally
    published by Chalkbeat.") is the outlet's edition, no co-writer, and is left out. The
    outlet's words are capitalised and said whole ("published by John Wiley & Sons" names no
    "John"); a trimmed name keeps two words; the first name is always kept."""
    out: list[str] = []
    for n, name in enumerate(names):
        tokens = name.split()
        kept = name
        for size in range(min(3, len(tokens) - _NAME_WORDS_LEFT), 0, -1):
            tail = " ".join(tokens[-size:])
            head = " ".join(tokens[:-size])
            if tail[:1].isupper() and (
                _said_publisher(tail, text)
                or _alone_line(tail, text, head)
                or _bio_opens(head, tail, text)
            ):
                kept = head
                break
        if n and any(
            _said_publisher(" ".join(tokens[:size]), text) for size in range(1, len(tokens))
        ):
            continue
        out.append(kept)
    return out


def _said_publisher(words: str, text: str) -> bool:
    """The story says `words` published it, the outlet's whole name: capitalised and with no
    capitalised word after it ("published by Chalkbeat.", not "published by John Wiley")."""
    return words[:1].isupper() and (
        re.search(rf"{_PUBLISHED_BY}{re.escape(words)}\b(?!\s+(?:&\s+)?[A-Z])", text) is not None
    )


def _bio_opens(name: str, tail: str, text: str) -> bool:
    """A line of the story opens with `name` and a biography's verb, and names the newsroom
    the byline ran into the name ("Jane Roe is the Capitol bureau chief for CNHI's Oklahoma
    newspapers." under "By Jane Roe CNHI Oklahoma"): the writer's whole name. A name the
    byline goes on after ("Mary Ann" of "By Mary Ann Whitfield") may open a line about someone
    else ("Mary Ann is a nurse ..."), which names no newsroom of the byline's words."""
    words = [w for w in tail.split() if len(w) >= 3 and w[:1].isupper()]
    if not words:
        return False
    said = "|".join(re.escape(w) for w in words)
    return (
        re.search(
            rf"(?m)^\s*{re.escape(name)} (?:is|was|covers|writes|reports)\b[^\n]*\b(?:{said})\b",
            text,
        )
        is not None
    )


def _alone_line(words: str, text: str, head: str = "") -> bool:
    """The words alone on a line of the story (a site's name printed by itself), not as the
    rest of a line that ends with the name's `head` ("Picture: Jane Q." / "Roe": the name
    hard-wrapped at the column's edge, its surname no outlet; in any case: "... —MAR S." /
    "ARGUELLES", the photographer's credit in capitals under a byline in mixed case)."""
    for m in re.finditer(rf"(?im)^\s*(?:the\s+)?{re.escape(words)}\s*$", text):
        above = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if not (head and above.rstrip().casefold().endswith(head.casefold())):
            return True
    return False


def _name_then_city_outlet(part: str) -> str | None:
    """`Jane Roe Toronto Star`, `Jane Roe Arizona Republic`: a name of two or three words, then
    with no comma a paper named for its city (_city_outlet: a place the gazetteer knows and an
    outlet's word); the name, or None. "Jane Austin Sun" stays a name: "Sun" is a surname's
    word as often as a paper's."""
    tokens = part.split()
    for k in (2, 3):
        if (
            len(tokens) > k + 1
            and tokens[k - 1].lower() not in _PARTICLES
            and _city_outlet(" ".join(tokens[k:]))
            and looks_like_name(head := " ".join(tokens[:k]))
        ):
            return head
    return None


# States whose names are common surnames ("Ben Washington", "Joe Montana", Spanish and
# Filipino "Juan Carlos Colorado", "Ana Maria Florida", "Jose Luis Nevada", "Maria Clara
# Victoria"): a writer's name ending in one of these keeps it.
_SURNAME_STATES = frozenset(
    {
        "washington",
        "montana",
        "dakota",
        "virginia",
        "carolina",
        "colorado",
        "florida",
        "nevada",
        "victoria",
    }
)
_REGION_WORD = re.compile(r"[A-Z][a-z]{2,}|[A-Z]{3,}")


def _name_then_region(part: str) -> str | None:
    """`Jane Roe Wisconsin`, `Jane Q. Roe Ohio`: a name of two or three words, then with no
    comma a state's or province's name spelt out (a regional site's byline, its region set
    after the writer as a tag); the name, or None. A state that is a common surname
    (_SURNAME_STATES) stays in the name, and so does the last word of a two-word line ("Joe
    Montana" is a name, "Erin Ohio" could be)."""
    tokens = part.split()
    if not 3 <= len(tokens) <= 5:
        return None
    for k in (1, 2):  # "Ohio", "New Hampshire", "British Columbia"
        tail = tokens[-k:]
        head = tokens[:-k]
        if len(head) < 2 or not all(_REGION_WORD.fullmatch(t) for t in tail):
            continue
        region = " ".join(tail)
        if region.lower() in _SURNAME_STATES or head[-1].lower() in _PARTICLES:
            continue
        from archiver.extract.gazetteer import is_region_abbreviation, is_state_or_province

        if (
            is_state_or_province(region)
            and not is_region_abbreviation(region)
            and looks_like_name(name := " ".join(head))
        ):
            return name
    return None


def _surname_over_agency(head: str) -> bool:
    """`Jordan Press`, `Emily Post`: two or three capitalised words whose last one is also a
    newsroom's word, read as a person's surname because an agency follows them ("By Jordan
    Press THE CANADIAN PRESS", "By Emily Post, The Canadian Press"): an outlet is never
    credited over an agency, so the words before the agency are the writer's name."""
    tokens = head.split()
    if len(tokens) != 2:  # a given name and the surname ("Detroit Free Press" is a paper)
        return False
    given = tokens[0]
    return (
        all(t[:1].isupper() and t.replace("-", "").replace("'", "").isalpha() for t in tokens)
        and _ROLE_WORDS.search(given) is None
        and not is_agency(given)
        and not any(t.lower() in _PAGE_WORDS for t in tokens)
        and _ROLE_WORDS.fullmatch(tokens[-1]) is not None
    )


def _surname_before_writer(head: str, after: list[str]) -> bool:
    """`Josh Ledger` before "and Mariam Haidari": a given name and a surname that is a
    newsroom's word (_surname_over_agency), first of a list whose next item is a person's whole
    name; an outlet is not listed before its writers ("By Ledger and ..." is one word), and a
    city's paper ("Tampa Times") opens with a place, no given name."""
    from archiver.extract.gazetteer import countries_of

    given = head.split()[0] if head.split() else ""
    return (
        bool(after)
        and _surname_over_agency(head)
        and looks_like_name(after[0].strip(" ."))
        and not countries_of(given, 100_000)
        # "By Sun Herald and ...", "By Irish Times and ...", "By Gulf News and ...": a paper's
        # first word (a place, a people or a common word of mastheads), no given name
        and not is_demonym(given)
        and given.lower() not in _OUTLET_FIRST_WORDS
    )


# Words that open papers' and channels' names, none a given name: "Sun Herald", "Star
# Tribune", "Fox News", "Sky News", "Sunday Times", "Irish Times", "Gulf News".
_OUTLET_FIRST_WORDS = frozenset(
    "sun star fox sky sunday saturday weekend weekly morning evening daily global financial "
    "business free jewish catholic baptist christian muslim irish arab asia asian gulf korea "
    "deccan yorkshire national "
    "international world city metro local public community first new capital coast valley "
    "courier league region regional state federal".split()
)


def _name_before_outlet(part: str) -> str | None:
    """`Erik Lindahl Star Tribune`: a name of two or three words followed, with no comma, by
    an outlet or a title (words the grammar knows as such); None when the part is no such."""
    from archiver.extract.gazetteer import is_known_place

    tokens = part.split()
    for k in (2, 3):
        # "Jordan Press THE CANADIAN PRESS": a surname that is a newsroom's word, an agency after
        if len(tokens) > k and is_agency(" ".join(tokens[k:])):
            if _surname_over_agency(head := " ".join(tokens[:k])):
                return head
    # "Erin Collier St. Louis Post-Dispatch", "Jane Roe Minneapolis Star Tribune": many
    # outlets are named for their city, so the outlet may open with a place the gazetteer
    # knows, whose words ("St.") would otherwise bind to the name as a particle
    for k in (2, 3):
        for p in (1, 2, 3):
            place, outlet = " ".join(tokens[k : k + p]), " ".join(tokens[k + p :])
            if (
                outlet
                and _ROLE_WORDS.search(outlet)
                and is_known_place(place)
                and looks_like_name(head := " ".join(tokens[:k]))
                and not _INITIAL_END.search(head)
                and tokens[k - 1].lower() not in _PARTICLES  # "de | la Peña": no place "la"
            ):
                return head
    for k in (2, 3, 4, 5):  # most names are two words: "Jane Roe Star Tribune"
        # "Máire Ní | Bhriain", "Marlon B. | de la Peña": a particle binds to its neighbours
        if len(tokens) > k and not {tokens[k - 1].lower(), tokens[k].lower()} & _PARTICLES:
            head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
            if (
                (_ROLE_WORDS.search(tail) or is_agency(tail) or is_brand_outlet(tail))
                # "Kaiser Health | News", "Dow Jones | Newswires": one newsroom word alone
                # after two capitalised words ends an outlet's name, not a person's
                and (
                    len(tokens) - k >= 2
                    or is_agency(tail)
                    or _TITLE_WORDS_END.search(tail)
                    or is_brand_outlet(tail)  # "Jane Roe CalMatters"
                )
                and looks_like_name(head)
                # "JACK R. | HEIM Item Staff Writer": a middle initial ends no name
                and not _INITIAL_END.search(head)
                # "St. Louis Post-Dispatch" after a comma: a city's outlet, no person in it
                and not is_known_place(head)
                # "Local Democracy Reporting Service": a beat's words, no person's name
                and not _beat_words(head)
            ):
                return head
    return None


# The title or outlet after a name that has no "By": "Senior Business Reporter", "Staff Writer",
# "Associated Press", "Special to The Paper".
_TITLE_TAIL = re.compile(
    rf"^(?:[A-Z][\w.&'’-]*\s+){{0,4}}(?:{_WRITER_JOBS}|contributor|"
    # "Political Commentator": a British paper's opinion writer
    r"commentator|"
    # "Digital Journalist", "Multimedia Journalist": a broadcaster's web writer (US local
    # stations print it after the name as papers print "Reporter")
    r"journalist|"
    # "CITY HALL BUREAU", "Ottawa Bureau": the desk a paper's writer works from (the Toronto
    # Star's and others' bylines name it where a title would stand)
    r"staff|bureau chief|bureau|producer|analyst|"
    # "Local Democracy Reporting Service": the UK's pooled local-government reporting desk,
    # printed under the writer's name by Reach's and Newsquest's papers
    r"reporting\s+service)s?$|^(?:special|contributed(?!\s+to\s+this\b))\s+to\s+.{2,40}$",
    re.IGNORECASE,
)


_STAMP_WORD = re.compile(r"^(?:published|updated|posted|last\s+updated)\b", re.IGNORECASE)


def _slashed_byline(text: str, line: str) -> Byline | None:
    """`NAME / TNN / Updated: Mar 3, 2023`, `TNN | Updated: ...`: a name or an agency, then
    bars or slashes holding an agency, a title or the page's stamp (a sentence never does)."""
    parts = [p.strip() for p in re.split(r"\s+[|/•·]\s+", text) if p.strip()]
    if len(parts) == 1 and text.count("/") == 1:
        # "Jane Roe/Gleaner Writer": the title after an unspaced slash
        name, _, title = text.partition("/")
        if _TITLE_WORDS_END.search(title) and _TITLE_TAIL.match(title.strip()):
            parts = [name.strip(), title.strip()]
    if len(parts) < 2 or len(text) > 160:
        return None
    tail_ok = any(is_agency(p) or _TITLE_TAIL.match(p) or _STAMP_WORD.match(p) for p in parts[1:])
    if not tail_ok:
        return None
    if is_agency(parts[0]):
        return Byline(raw=line.strip(), names=[])
    if looks_like_name(parts[0]):
        return Byline(raw=line.strip(), names=[parts[0]])
    return None


# Where a page's stamp starts after the writer's name on the same line: "Published", "Updated"
# (and the same words in the languages the pages come in), or a numeric date after a bar.
_STAMP_AFTER_NAME = re.compile(
    r"\s*\|\s*(?=(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
    # "Jane Roe – Mar 12, 2025 3:14 pm", "JANE ROE / March 4, 2025", "Jane Roe , Tuesday 17
    # Sep 2024": a dash, a slash or a comma, then a date that names its month or weekday;
    # the day before the month ("Jane Roe / 9 May 2011": Gulf, South Asian and British pages)
    r"|\s*(?:\s[–—/-]|,)\s+(?=(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)"
    r"(?:day)?,?\s+\d{1,2}\s+[A-Z][a-z]{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?,?\s+\d{4}\b))"
    # "Jane Roe 12 april 2023, 14:02", "Jane Roe 5. Juni 2024", "Jan Nowak 2 kwietnia 2024 |
    # 06:00": the day first, then the month in words, the year and the time
    r"|\s+(?=\d{1,2}\.?\s+[A-Za-zÀ-ÿ]{3,}\.?\s+\d{4}(?:,|\s+[|•·])?\s+\d{1,2}[:.h]\d{2}\b)"
    # "Jane Roe news reporter Wednesday 18 October 2023 15:29, UK": the weekday, the day, the
    # month in words and the year
    r"|\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\s+[A-Z][a-z]{2,}\.?\s+\d{4}\b)"
    # "Jane Roe 2 hours ago", "Jane Roe · 5 mins ago": a page's relative stamp
    r"|\s+(?:[·•|]\s+)?(?=\d{1,2}\s+(?i:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+(?i:ago)$)"
    # "Jane Roe Today · 07:30 am", "Jane Roe Yesterday, 18:05": a page's stamp of this week
    r"|\s+(?=(?:Today|Yesterday|TODAY|YESTERDAY)\s*[·•|,]?\s*\d{1,2}[:.]\d{2}\b)"
    # "Jane Roe, Associated Press 4:37 p.m. CST January 30, 2016": the time of day first, then
    # the date naming its month
    r"|\s+(?=\d{1,2}:\d{2}\s*(?i:[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?,?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,}\.?\s+\d{4})\b)"
    r"|\s+(?:\|\s*)?(?=(?:Published|Updated|Posted|Last\s+updated|Update|Güncelleme|Publicado|"
    r"Actualizado|Atualizado|Publié|Mis\s+à\s+jour|Pubblicato|Aggiornato|Veröffentlicht|"
    r"Aktualisiert|Gepubliceerd|Publisert|Publicerad)\b\s*:?\s*(?:on\s+|am\s+|le\s+|em\s+|el\s+)?"
    r"(?:\d|[A-Z][a-z]{2}))"
)


# The writers' names in capitals run on to their outlet's name in mixed case, no mark between
# them ("JANE ROE Richmond Times-Dispatch", as Lee's papers print the byline): the change of
# case sets the outlet apart.
CAPS_NAMES_THEN_OUTLET = re.compile(
    r"^(?P<names>[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|and|&))+)\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][a-z][^|•·,]{1,58})$"
)


# The words of a rubric a page sets in capitals by its paper's name, which no writer's name
# holds: "OUR VIEW", "GUEST COLUMN", "BILLS NOTEBOOK", "GOLF ROUNDUP", "GAME PREVIEW". "Guest"
# is a surname ("KATY GUEST The Buffalo News"); a guest's rubric names its kind of piece too
# ("GUEST COLUMN", "GUEST VIEW", "GUEST ESSAY").
_RUBRIC_WORDS = frozenset(
    "view views column columns editorial editorials opinion opinions letter letters essay"
    " commentary analysis review reviews notebook roundup preview recap spotlight perspective"
    " insight explainer obituary obituaries sponsored feature update".split()
)


def caps_names_then_outlet(line: str) -> tuple[list[str], str] | None:
    """`JANE ROE Richmond Times-Dispatch`, `JANE ROE AND JOHN DOE The Buffalo News`: writers'
    names in capitals, then a known paper's or agency's name in mixed case; the names and the
    outlet, or None. A desk's or a beat's words in capitals ("CITY HALL") or a place are no
    writer."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import is_masthead

    m = CAPS_NAMES_THEN_OUTLET.match(" ".join(line.split()))
    if m is None or len(line) > 100:
        return None
    outlet = m.group("outlet")
    if not (is_masthead(outlet) or is_agency(outlet)) or _desk_words(m.group("names")):
        return None
    if any(w.strip(".,").lower() in _RUBRIC_WORDS for w in m.group("names").split()):
        return None  # "OUR VIEW The Buffalo News", "GUEST COLUMN ...": the page's rubric
    names = name_list(m.group("names"))
    if names is None or not 1 <= len(names) <= 3:
        return None
    if any(is_known_place(n.title()) or not 2 <= len(n.split()) <= 4 for n in names):
        return None
    return names, outlet


def name_before_stamp(text: str) -> list[str] | None:
    """`Jane Roe Published October 23, 2025`, `Jane Roe |13.04.2025 - Update : 13.04.2025`:
    the writer's names, then on the same line the page's date stamp; None otherwise."""
    text = " ".join(text.split())
    if len(text) > 160:
        return None
    if (cjk := _CJK_NAME_DATE.match(text)) is not None:
        return [cjk.group("name")]  # "杉山彩2025年3月12日 18時30分"
    found = _stamped_names(text)
    return found[1] if found is not None else None


def _stamped_names(text: str) -> tuple[str, list[str]] | None:
    """The names before the page's stamp on one line, as (the names' part, the names)."""
    m = _STAMP_AFTER_NAME.search(text)
    if m is None or m.start() == 0:
        return _name_then_date(text)
    head = text[: m.start()]
    # "Jane Roe news reporter @janeroe": the writer's handle between the name and the stamp
    bare = _without_contact(head).strip()
    names = (
        _names_bracket_outlet(bare)
        or name_list(bare)
        or _names_comma_outlet(bare)
        or _names_dot_outlet(bare)
    )
    if names is None and (titled := _name_before_title(bare)) is not None:
        names = [titled]  # "Jane Roe news reporter": the name, then the writer's title
    if names is not None:
        from archiver.extract.gazetteer import is_known_place

        if any(is_known_place(n) for n in names):
            return None  # "NEW YORK – Mar 12, 2025": a dateline's place, not a writer
    if names is None:
        # "Jane Roe 16:07, Apr 09 2018": the comma inside the stamp, not before it
        return _name_then_date(text)
    return head, names


# Where a date follows a name with nothing between them: its day in figures, or its month or
# weekday in words ("Jane Roe 08 May 2019", "Jane Roe March 3, 2024").
_DATE_START = re.compile(
    # "Jane Roe • 5 March 2024": a bullet, a bar or a dash may stand between them, or the
    # double slash trade sites set there ("By Jane Roe // 04 March 2025", Devex)
    r"\s+(?:(?:[|•·–—-]|//)\s+)?(?=\d|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|"
    r"sun)[a-z]*\.?\s+\d))"
    # "Jane Roe16:07, Apr 09 2018": the stamp's time glued to the name (Stuff's pages print
    # the writer and the stamp in two spans, and a copy loses the space between them)
    r"|(?<=[a-z])(?=\d{1,2}:\d{2}\b)"
)


_MONTH_OR_DAY_END = re.compile(
    r"\s(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?P<day>mon|tue|wed|thu|fri|sat"
    r"|sun))[a-z]*\.?,?$"
)
_MONTH_WORD = re.compile(r"\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _name_then_date(text: str) -> tuple[str, list[str]] | None:
    """`Jane Roe 08 May 2019`: one to three names, then with no separator a date that is the
    whole rest of the line (a page's stamp: is_date_stamp). The date must give its day, so a
    headline ending in a year ("Budget Plans 2024") is none; a place is no writer."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.page import is_date_stamp

    if len(text) > 80:
        return None
    # a date that opens with its day first: "Theresa May 3 June 2019" is "Theresa May"
    splits = sorted(_DATE_START.finditer(text), key=lambda m: not text[m.end()].isdigit())
    for m in splits:
        head, stamp = text[: m.start()], text[m.end() :]
        if not re.search(r"\d{1,2}\D+\d{4}|\d{1,2}[:.]\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2}", stamp):
            continue
        if not is_date_stamp(stamp):
            continue
        if (end := _MONTH_OR_DAY_END.search(head)) is not None and (
            end.group("day") or not _MONTH_WORD.search(stamp)
        ):
            # "Jane Roe Tuesday" / "12 March 2024", "Jane Roe March" / "3, 2024": the weekday
            # or the month is the stamp's ("Theresa May" / "3 June 2019" keeps her name)
            continue
        # "Jane Roe and John Doe, Associated Press 4:37 p.m. CST January 30, 2016": the
        # writers' outlet after a comma, then the stamp
        names = name_list(head) or _names_comma_outlet(head)
        if names is None or len(names) > 3:
            continue
        return None if any(is_known_place(n) for n in names) else (head, names)
    return None


# A Japanese or Chinese writer's name run into the page's date: "杉山彩2025年3月12日 18時30分".
_CJK_NAME_DATE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,5})\s*(?=\d{4}年\d{1,2}月\d{1,2}日)")


def _names_comma_outlet(text: str) -> list[str] | None:
    """`Jane Roe , The Jakarta Post , Jakarta`: names, then after commas the outlet and the
    place (every part after the first an affiliation or a short label)."""
    head, comma, tail = text.partition(",")
    names = name_list(head.strip()) if comma else None
    if not names:
        return None
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    if not parts or len(parts) > 3 or not is_affiliation(parts[0]):
        return None
    return names if all(is_affiliation(p) or _LABEL.match(p) for p in parts) else None


# The separator a page sets between the writers, their outlet and the stamp on one row.
_ROW_DOT = re.compile(r"\s+[·•|]\s+")


def _names_dot_outlet(text: str) -> list[str] | None:
    """`Jane Roe, John Doe · The Canadian Press ·`: the writers, then after a dot or a bar the
    agency or outlet they write for (CBC's row over an agency's story, the stamp's own dot
    left at the end); every name is kept, not the first alone."""
    parts = _ROW_DOT.split(text.rstrip(" ·•|"))
    if len(parts) != 2:
        return None
    outlet = parts[1].strip(" .")
    if not (is_agency(outlet) or is_affiliation(outlet)):
        return None
    names = name_list(parts[0])
    return names if names is not None and len(names) <= 3 else None


_BRACKET_OUTLET = re.compile(r"^(?P<names>[^()]+?)\s*\((?P<outlet>[^()]+)\)$")


def _names_bracket_outlet(text: str) -> list[str] | None:
    """`Jane Roe (The Philippine Star)`: names, then the writer's outlet in brackets."""
    m = _BRACKET_OUTLET.match(text.strip())
    if m is None or not (is_affiliation(m.group("outlet")) or is_agency(m.group("outlet"))):
        return None
    return name_list(m.group("names"))


def _name_before_title(text: str) -> str | None:
    """`Jane Roe World-Herald staff writer`: a name of two or three words, then with no comma
    a writer's title (ending in "writer", "reporter", "correspondent" ...), perhaps with where
    the writer filed from after it ("Arlina Sutanto Indonesia Correspondent In Jakarta")."""
    tokens = _without_filed_from(text).split()
    for k in (2, 3, 4, 5):
        if len(tokens) > k + 1:
            head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
            if (
                _TITLE_WORDS_END.search(tail)
                and _TITLE_TAIL.match(tail)
                # "Marlon B. de | la Peña Staff Writer": a particle binds to its neighbours
                and not {tokens[k - 1].lower(), tokens[k].lower()} & _PARTICLES
                and looks_like_name(head)
                and not _INITIAL_END.search(head)
                # "Local Democracy | Reporting Service": the pooled desk's name alone, its
                # beat's words no person's name (asked only of that desk: before a writer's
                # title, "Madison Hall", "Jordan Hall", "Dallas Green" are people's names)
                and not (_SERVICE_DESK_END.search(tail) and _beat_words(head))
            ):
                return _longer_name_before_title(tokens, k) or head
    return None


def _paper_name(words: str) -> bool:
    """`Sun`, `Star`, `Newsday`: the words are a newspaper's name (its usual last word)."""
    from archiver.extract.credits import OUTLET_NAME

    found = OUTLET_NAME.match(words)
    return found is not None and found.end() == len(words)


def _outlet_split(tokens: list[str], k: int, longer: int) -> bool:
    """The words a longer split would move into the name open the writer's outlet, not a
    name's syllables: with the word after them an outlet's name ("Jane Roe Arab News Staff
    Writer", "Fox News"), or "News" opening what would remain of the title, or an outlet's
    initials in capitals ("Jane Roe WSJ Senior Reporter")."""
    moved = tokens[k:longer]
    if any(w.isupper() and len(w.strip("-.")) >= 2 for w in moved):
        return True  # "WSJ", "CNN": initials, no syllable of a given name
    if longer < len(tokens) and tokens[longer].strip(",.") == "News":
        return True  # "Arab News Staff Writer": a title never opens with "News"
    # "Arab News", "Daily Star": an outlet's name whose last word the title would keep
    return longer < len(tokens) and _paper_name(" ".join(tokens[k : longer + 1]))


# The longest given-name syllable a name moved out of a title may hold.
_SYLLABLE_CHARS = 5


def _longer_name_before_title(tokens: list[str], k: int) -> str | None:
    """`Lydia Tan Hui Min Senior Correspondent`: the first split of _name_before_title left
    part of the name to the title ("Hui Min Senior Correspondent"), whose words before the
    job noun name no beat nor rank; the longer name, when a later split leaves a title in
    capitals all of a beat's and a rank's words ("Senior Correspondent"), the words moved
    into the name no outlet, role or place ("Jane Roe Oregonian Staff Writer" keeps its
    paper's name in the title). None when the first split stands."""
    if _beat_title(" ".join(tokens[k:])):
        return None  # "Jane Roe Senior Correspondent": the first split is the title's own
    for longer in range(k + 1, min(len(tokens) - 1, 5) + 1):
        head, tail, moved = (
            " ".join(tokens[:longer]),
            " ".join(tokens[longer:]),
            " ".join(tokens[k:longer]),
        )
        if not all(w[:1].isupper() for w in tokens[longer:]) or not _beat_title(tail):
            continue
        if (
            _TITLE_TAIL.match(tail)
            and looks_like_name(head)
            and not _ROLE_WORDS.search(moved)
            and not is_affiliation(moved)
            and not _paper_name(moved)
            and not _outlet_split(tokens, k, longer)
            # a given name's syllables ("Hui Min", "Yan Han", "Keng Gene"), as Chinese, Korean
            # and Vietnamese names are printed, not a paper's name ("Oregonian", "Newsday")
            and all(len(w.strip("-")) <= _SYLLABLE_CHARS for w in tokens[k:longer])
        ):
            return head
        return None
    return None


def name_and_title(line: str) -> str | None:
    """`MAY ROE STAFF REPORTER`, `Jane Roe Investigative Reporter`: one person's name, then
    with no separator a writer's title (ending in "reporter", "writer", "editor" ...); the
    name, or None ("LETTERS TO THE EDITOR" holds no name: "to" is a sentence's word)."""
    from archiver.extract.gazetteer import is_known_place

    text = " ".join(line.split())
    if len(text) > 80:
        return None
    name = _name_before_title(text)
    if name is None or name_list(name) is None or is_known_place(name):
        return None
    return name


def name_and_wire(line: str) -> str | None:
    """`JANE ROE THE CANADIAN PRESS`, `JOHN DOE BLOOMBERG`: one person's name, then with no
    separator the news agency the story comes from, all in capitals, as e-editions
    (PressReader's) print a wire story's byline over its headline; the name, or None. The
    agency must be one the grammar knows ("JANE ROE TORONTO STAR" is as often a credit)."""
    from archiver.extract.gazetteer import is_known_place

    text = " ".join(line.split())
    if len(text) > 80 or not text.isupper():
        return None
    tokens = text.split()
    for k in (2, 3, 4):
        if len(tokens) <= k:
            break
        head, tail = " ".join(tokens[:k]), " ".join(tokens[k:])
        if tokens[k - 1] in ("THE", "OF", "AND") or not _is_wire(tail):
            continue
        if name_list(head) == [head] and looks_like_name(head) and not is_known_place(head):
            return head
    return None


# What sets a wire writer's agency apart from the names: a bar, a comma, a dash.
_AGENCY_AFTER_NAMES = re.compile(r"^(?P<names>.+?)\s*(?:[|•·,]|\s[-–—])\s*(?P<agency>[^|•·,]+)$")
# The marks _AGENCY_AFTER_NAMES needs between the names and the agency: a line with none of
# them (most of a story's lines) is no such line, told without the pattern's work.
_AGENCY_MARK = re.compile(r"[|•·,\-–—]")


def names_then_agency(line: str) -> list[str] | None:
    """`Debby Wu & Saritha Rai | Bloomberg`, `Jane Roe, The Canadian Press`, `JOHN DOE -
    REUTERS`: one to three writers' names, then after a mark the known news agency they write
    for, as sites that carry a wire story print its byline without "By"; the names, or None.
    The agency must be one the grammar knows (a paper's or a place's name after a name is as
    often a photo's credit or a dateline)."""
    found = wire_writers(line)
    return found[0] if found is not None else None


def wire_writers(line: str) -> tuple[list[str], str] | None:
    """names_then_agency's names and the agency as printed ("The Canadian Press"), or None."""
    if _AGENCY_MARK.search(line) is None:
        return None
    from archiver.extract.agencies import is_wire_source
    from archiver.extract.gazetteer import is_known_place

    text = " ".join(line.split())
    if len(text) > 100:
        return None
    m = _AGENCY_AFTER_NAMES.match(text)
    if m is None:
        return None
    agency = m.group("agency").strip(" .")
    if not is_wire_source(agency) or agency.lower() in _DESK_AGENCIES:
        return None
    names = name_list(m.group("names"))
    if names is None or not 1 <= len(names) <= 3 or any(is_known_place(n) for n in names):
        return None
    return (names, agency) if all(looks_like_name(n) for n in names) else None


# Agencies' words that are a desk's, not a news agency's: no writer's affiliation.
_DESK_AGENCIES = frozenset(
    {
        "staff",
        "staff reports",
        "wire reports",
        "wire services",
        "news services",
        "web desk",
        "news desk",
        "agencies",
        "news agencies",
        "wires",
        "news wires",
        "our correspondent",
        "special correspondent",
        "our bureau",
        "staff report",
        "staff reporter",
    }
)


# A stacked byline's lines: at most this many under the name.
STACK_LINES = 5
_CLOCK_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def is_clock(line: str) -> bool:
    """A time of day alone on its line ("12:34", "9.15 am", "18:05 CET")."""
    return _CLOCK_ALONE.match(line.strip()) is not None


# A match or event reporter's name, then where the writer watched it: "Jane Roe at the Aviva
# Stadium", "Jane Roe at Wembley", "Jane Roe in Peyragudes" (the British papers' sports
# byline; a finish town or a ground is no place the gazetteer need know).
_AT_VENUE = re.compile(
    r"^(?P<names>.+?)\s+(?:at|in)\s+(?:the\s+)?(?P<venue>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)


def writers_at_venue(line: str) -> list[str] | None:
    """`Jane Roe at the Aviva Stadium`, `Jane Roe and John Doe in Peyragudes`: one to three
    person names, then "at" or "in" and a capitalised place or ground, and nothing else. The
    shape alone is no byline ("Fans at Old Trafford" reads so too): the caller needs the
    page's date stamp beside it. The names, or None."""
    from archiver.extract.gazetteer import is_known_place

    m = _AT_VENUE.match(" ".join(line.split()))
    if m is None or len(line) > 80:
        return None
    names = name_list(m.group("names"))
    if not names or len(names) > 3 or any(is_known_place(n) for n in names):
        return None
    if any(len(n.split()) < 2 for n in names):
        return None  # "Arsenal at the Emirates": a side, no writer's full name
    return names


def stacked_byline(block: list[str]) -> list[str] | None:
    """`Jane Roe` / `BIRN` / `Skopje` / `November 6, 2019` / `12:34`: a page's byline block set
    one span a line, the writer's name first, then the outlet, the place, the date and the
    time each on its own line (each a segment the byline grammar knows, the page's stamp
    among them: without it, "Jane Roe" / "Skopje" may be anything). The names, or None."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.page import is_date_stamp

    if not 2 <= len(block) <= STACK_LINES + 1:
        return None
    # "Jane Roe at the Aviva Stadium" over the stamp: where the match reporter watched from
    names = name_list(block[0]) or writers_at_venue(block[0])
    if not names or len(names) > 3 or any(is_known_place(n) for n in names):
        return None
    stamped = False
    for seg in block[1:]:
        if is_date_stamp(seg) or is_clock(seg):
            stamped = True
        elif not (
            is_affiliation(seg)
            or is_known_place(seg)
            or _ACRONYM.match(seg)
            or writers_bases(seg, len(names))
        ):
            return None
    return names if stamped else None


# Between the places a byline's writers are based in: "Pristina, Belgrade", "Kyiv and Warsaw".
_BASES_SEP = re.compile(r"\s*,\s*|\s+and\s+")


def writers_bases(line: str, writers: int) -> bool:
    """`Sarajevo, Zagreb` or `Kyiv and Warsaw` under `Jane Roe and John Doe`: the cities the
    writers work from on a line of their own (BIRN's and other regional networks' pages), one
    known place a writer and nothing else, two at least (one place alone under a name is as
    often a caption's or a gallery's); "Sheffield, Leeds and Glasgow" under one name (a
    band's tour) is no writer's base."""
    from archiver.extract.gazetteer import is_known_place

    places = [p for p in _BASES_SEP.split(" ".join(line.split())) if p]
    return 2 <= len(places) <= writers and all(
        p[:1].isupper() and len(p) <= 30 and is_known_place(p) for p in places
    )


# A name's last word a lone initial ("Jack R."): the surname follows it.
_INITIAL_END = re.compile(r"\s[A-Z]\.$")


def _name_after_stamp(text: str) -> tuple[str, list[str]] | None:
    """`11 March 2022 09:47 | Jane Roe`: the page's date stamp first, then after a bar or a
    bullet the writer's names (one to three, no place) and nothing else."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.page import is_date_stamp

    if (meta := _COMMENT_COUNT.search(text)) is not None:
        return _stamp_name_comments(text[: meta.start()])
    # "August 5, 2025 · By Jane Roe · 3 min read": the row's reading time after the writer is
    # the page's, no part of the byline (as the comments' count is); but what stands between the
    # stamp and the time is as often the section's tag ("Premier League", "Energy Sector",
    # "Donald Trump") as a writer's name, so only a "By" there names a writer
    timed = _READ_TIME_TAIL.search(text) is not None
    if timed:
        text = _READ_TIME_TAIL.sub("", text)
    parts = re.split(r"\s+[|•·]\s+", text)
    if len(parts) != 2 or _STAMP_THEN_BY.search(parts[0]) is not None:
        # "Posted on March 5, 2024 by Jane Roe": a blog's stamp, then "by" and the names;
        # "Posted on March 5, 2024 by Jane Roe | Reporter": the bar after them parts the name
        # from the writer's title, not the stamp from the name
        # ("Published on 06/05/2020 - 20:15 By Jane Roe - Reporter at The Paper - Lisbon")
        # ("Publicado em 14/03/2022 - 18:22 Por Jane Roe - Repórter da Agência Brasil",
        # "Publié le 5 mars 2024 à 10h02 par Jane Roe": the same row in Portuguese, Spanish and
        # French, its "by" in the page's language)
        parts = re.split(rf"{_STAMP_BY_GAP}(?={_STAMP_BY_WORD.pattern})", text, maxsplit=1)
    if len(parts) != 2 or not parts[0][:1].isalnum() or not is_date_stamp(parts[0]):
        return None
    if _STAMP_BY_WORD.match(parts[1]) and (found := parse_byline(parts[1])) and found.names:
        if not text[len(parts[0]) : len(parts[0]) + 1].isspace() and not _name_after_glued_by(
            parts[1]
        ):
            return None  # "09:40By Election Day, more than 80 million ...": a sentence's "By"
        return parts[1], found.names  # "5 March 2024 | By Jane Roe"
    if _STAMP_BY_WORD.match(parts[1]):
        return None  # "Mise à jour 03.12.2023 à 15:21 - Par AFP": "by" an agency, no writer
    if timed:
        return None  # "March 9, 2024 | Premier League | 4 min read": a tag, no writer
    names = name_list(parts[1]) or _writers_in_places(parts[1])
    if names is None or len(names) > 3 or any(is_known_place(n) for n in names):
        return None
    return parts[1], names


# "Jane Roe in Abuja": a writer and the city she files from.
_WRITER_IN_PLACE = re.compile(
    r"^(?P<name>[^,;]{3,50}?)\s+in\s+(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})$"
)
_WRITERS_JOIN = re.compile(r"\s+(?:and|&)\s+|\s*,\s*(?:and\s+)?")


def _writers_in_places(text: str) -> list[str] | None:
    """`Jane Roe in Abuja and John Doe in Ilorin`: two or three writers, each with "in" and a
    city the gazetteer knows (ThisDay's and other Nigerian papers' row after the date, no
    "By"); the names, or None. Asked only of the part after the page's stamp and its bar."""
    from archiver.extract.gazetteer import is_known_place

    pieces = _WRITERS_JOIN.split(text)
    if not 2 <= len(pieces) <= 3:
        # one "NAME in CITY" alone after the stamp is as often the story's tag, the person
        # it is about where she went ("Bola Tinubu in Paris"): two writers are the evidence
        return None
    names: list[str] = []
    for piece in pieces:
        m = _WRITER_IN_PLACE.match(piece)
        if (
            m is None
            or not is_known_place(m.group("place"))
            or not looks_like_name(m.group("name"))
        ):
            return None
        names.append(m.group("name"))
    return names


# "by" ("Por", "par": Portuguese and Spanish, French) and a capital inside a stamp's part: the
# writer's name follows the stamp's date.
_STAMP_BY_WORD = re.compile(r"(?:[Bb]y|[Pp]or|[Pp]ar)\s+[A-Z]")
# What stands between the stamp and its "By": a space, or nothing after the stamp's last figure
# or its "AM"/"PM"/"GMT" when the page prints the two in spans a copy runs together
# ("Published: March 28, 2023 18:12By Jane Roe", Gulf News; "Updated 6:12 PMBy Jane Roe");
# run together, only a capital "By" (the span's own first word) is read as one.
_STAMP_BY_GAP = r"(?:\s+|(?:(?<=\d)|(?<=[AP]M)|(?<=GMT))(?=[BP][a-z]r?\s))"
_STAMP_THEN_BY = re.compile(rf"{_STAMP_BY_GAP}{_STAMP_BY_WORD.pattern}")


def _name_after_glued_by(part: str) -> bool:
    """`By Jane Roe, Business Editor` run into the stamp's last figure: a name's shape after the
    "By", and after its comma (if any) no lower-case clause ("By Election Day, more than 80
    million Americans had voted": the story's first sentence, no writer)."""
    words = part.split(None, 1)
    rest = words[1] if len(words) == 2 else ""
    name, _, after = rest.partition(",")
    if after.strip()[:1].islower():
        return False
    return looks_like_name(name.strip())


# A page's reading time ending its row of facts, set off by a bar or a dot: "· 3 min read",
# "| 5 minutes read", "• 4 min".
_READ_TIME_TAIL = re.compile(
    r"\s+[|•·]\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?i:min(?:ute)?s?\.?)(?:\s+(?i:read))?$"
)


# The comments' count or link that ends a blog theme's row of facts under the headline ("1
# Comment", "12 Comments", "No Comments", "Leave a comment").
_COMMENT_COUNT = re.compile(
    r"\s+(?:(?:\d{1,5}|No)\s+Comments?|Leave\s+a\s+(?:comment|reply))$", re.I
)


def _stamp_name_comments(text: str) -> tuple[str, list[str]] | None:
    """`November 19, 2023 Abdulkareem Mojeed` (before "1 Comment"): a WordPress theme's row of
    the date, the writer and the comments' count, run together without bars when copied. The
    date stamp is the row's shortest opening that reads as one with names after it (a stamp's
    reading is lenient: a longer opening may swallow the first name); the rest, one to three
    names, none a place, a menu's words ("Top Stories") or a category's ("Premier League")."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import MENU_WORDS
    from archiver.extract.page import is_date_stamp

    tokens = text.split()
    for k in range(2, min(len(tokens) - 1, 7)):
        stamp, rest = " ".join(tokens[:k]), " ".join(tokens[k:])
        if not is_date_stamp(stamp) or (names := name_list(rest)) is None:
            continue
        words = {w.lower() for n in names for w in n.split()}
        if len(names) > 3 or any(is_known_place(n) for n in names) or words & MENU_WORDS:
            return None
        if words & _CATEGORY_WORDS:
            return None  # "January 9, 2024 Premier League 12 Comments": the post's category
        return rest, names
    return None


# Words of a company's, a court's, a venue's or a public place's name, which a tag after the
# stamp may hold (stamp_writer_row). Some are surnames too ("Ben Hall", "Jane Park"): such a
# writer by a bare stamp goes unread rather than a tag read as a writer.
_STAMP_ROW_NOT_NAME = frozenset(
    """airways airlines airline airport airports bank banks court courts tribunal parliament
    senate congress assembly stadium arena hospital cathedral church mosque temple museum
    school college academy motors group company partners capital fund exchange railways
    railway port station centre center hall theatre theater square street avenue road park
    bridge river lake island county district province state city town village""".split()
)


# The wide gap a browser's copy leaves between two elements of one row: two spaces or a tab.
_STAMP_ROW_GAP = re.compile(r" {2,}|\t+")


def stamp_writer_row(raw: str) -> str | None:
    """`December 19, 2022  Kunle Adebayo`: the page's date stamp and the writer's name, two
    elements of the row under the headline that the copy sets apart by a wide gap (the RAW
    line's two spaces or a tab), no bar between them. The row with a bar in the gap ("December
    19, 2022 | Kunle Adebayo", as _name_after_stamp reads it), or None. The rest after the gap
    is one to three names, none a place, a menu's words or a category's (as
    _stamp_name_comments reads the row run together); a headline or a sentence leaves no such
    gap after a date, and the cleaned line, its spaces evened out, no longer shows it."""
    if "  " not in raw and "\t" not in raw:
        # no gap, no row: asked of every line of the page, most of which have none (pinned in
        # tests/test_extract_fast_paths.py)
        return None
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import MENU_WORDS
    from archiver.extract.page import is_date_stamp

    parts = [p.strip() for p in _STAMP_ROW_GAP.split(raw.strip()) if p.strip()]
    if len(parts) != 2 or not parts[0][:1].isalnum() or not is_date_stamp(parts[0]):
        return None
    if (names := name_list(parts[1])) is None or len(names) > 3:
        return None
    words = {w.lower() for n in names for w in n.split()}
    if any(is_known_place(n) for n in names) or words & (MENU_WORDS | _CATEGORY_WORDS):
        return None
    if words & _STAMP_ROW_NOT_NAME or any(
        names_an_organisation(n) or topic_words(n) for n in names
    ):
        # "March 4, 2024  Kenya Airways", "March 4, 2024<TAB>Supreme Court": a company's, a
        # court's or a place's name set by the stamp as the story's tag, no writer
        return None
    return f"{' '.join(parts[0].split())} | {' '.join(parts[1].split())}"


def timed_row_writer(text: str) -> list[str] | None:
    """`August 5, 2025 · Jane Roe · 3 min read`: the page's date stamp, one to three names and
    the reading time, set apart by bars or dots; the names, or None. _name_after_stamp leaves
    such a row alone, for the part there is as often the story's tag ("Premier League",
    "Energy Sector", "Donald Trump"): here the part must pass stamp_writer_row's tests (no
    place, menu's, category's, company's or topic's words), and the caller must find the
    story silent on every word of it (a tag names what the story speaks of)."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import MENU_WORDS
    from archiver.extract.page import is_date_stamp

    if _READ_TIME_TAIL.search(text) is None:
        return None
    parts = re.split(r"\s+[|•·]\s+", _READ_TIME_TAIL.sub("", text))
    if len(parts) != 2 or not parts[0][:1].isalnum() or not is_date_stamp(parts[0]):
        return None
    names = name_list(parts[1])
    if names is None or not 1 <= len(names) <= 3 or not all(looks_like_name(n) for n in names):
        return None
    words = {w.lower() for n in names for w in n.split()}
    if words & (MENU_WORDS | _CATEGORY_WORDS | _STAMP_ROW_NOT_NAME) or any(
        is_known_place(n) or names_an_organisation(n) or topic_words(n) for n in names
    ):
        return None
    if not all(_person_marked(n) for n in names):
        return None  # "Artificial Intelligence", "Federal Reserve": a tag's shape is a name's
    return names


# A word of a name joined by a hyphen ("Adeyemi-Bakare", "Jean-Luc"), or an initial ("J.",
# "J"), letters each side of the hyphen.
_MARKED_NAME_WORD = re.compile(r"[^\W\d_]+-[^\W\d_]+|[A-Z]\.?")


def _person_marked(name: str) -> bool:
    """Whether a Title Case name carries a mark of a person's that a tag's or a label's two
    capitalised words ("Artificial Intelligence", "Short Cuts", "Volodymyr Zelensky") lack: a
    particle between its words ("Ana de la Cruz"), a hyphen joining a word ("Oluwaseun
    Adeyemi-Bakare") or an initial ("Jane R. Roe")."""
    words = name.split()
    return any(w.lower() in _PARTICLES for w in words[1:-1]) or any(
        _MARKED_NAME_WORD.fullmatch(w) for w in words
    )


# Words of a blog's category where its theme prints the writer ("Premier League", "Champions
# Cup", "Formula One", "Test Cricket"): a competition's or a sport's, no person's name.
_CATEGORY_WORDS = frozenset(
    """league leagues cup championship championships series division premiership olympics
    tour formula grand prix football soccer cricket rugby tennis golf basketball baseball
    hockey athletics boxing racing motorsport transfer transfers fixtures results""".split()
)


# A writer's title or desk ends on a job noun, on "Bureau", or on the UK's pooled
# local-government desk ("Jane Roe Local Democracy Reporting Service": Reach's and
# Newsquest's papers print the desk after the name with no comma, where a title would stand).
_TITLE_WORDS_END = re.compile(rf"(?i:{_WRITER_JOBS}|bureau|reporting\s+service)s?$")
# The UK's pooled local-government desk closing a title ("... Local Democracy Reporting Service").
_SERVICE_DESK_END = re.compile(r"(?i:reporting\s+service)s?$")
# "Jane Roe with Reuters, dpa", "Jane Roe and John Doe with AFP": the writers, then the
# agencies whose copy went into the story, with no "By" (DW, Euronews, France 24).
_HELPED_BY = re.compile(r"\s+(?=(?i:with)\s)")


def _names_over_agency(text: str) -> list[str] | None:
    """`Jane Roe The Canadian Press`, `JANE ROE AND JOHN DOE THE ASSOCIATED PRESS`: the names
    and, with no comma between, the agency whose writers they are, in two words or more (a
    one-word agency after a name, "Jane Roe AP", is as often a photo's credit)."""
    tokens = text.split()
    if len(text) > 100 or len(tokens) < 4:
        return None
    for k in range(len(tokens) - 2, 1, -1):
        tail = " ".join(tokens[k:])
        if not is_agency(tail):
            continue
        head = " ".join(tokens[:k])
        names = name_list(head)
        if names is None and k == 2 and _surname_over_agency(head):
            names = [head]  # "Jordan Press The Canadian Press"
        if names is not None:  # "Jane Roe The | Canadian Press" reads on to a shorter head
            return names if len(names) <= 3 else None
    return None


def outlet_with_agencies(text: str) -> bool:
    """`Le Monde with AFP`, `DAILY SABAH WITH AA`, `Staff with agencies`: the outlet or its
    desk, then the wires whose copy went into the story (Le Monde's, Daily Sabah's, The
    Hindu's English pages sign their rewrites so): a byline that names no person."""
    from archiver.extract.masthead import is_article_title, is_masthead

    if len(text) > 80:
        return False
    parts = re.split(r"\s+(?=(?i:with)\s)", text, maxsplit=1)
    if len(parts) != 2:
        return False
    helped = _WITH_AGENCIES.match(parts[1].strip(" ."))
    if helped is None or not all(
        is_agency(a) or _is_wire(a) for a in _SPLIT.split(helped.group("agencies")) if a
    ):
        return False
    head = parts[0].strip()
    cased = head.title() if head.isupper() else head
    return is_desk(head) or is_masthead(cased) or is_article_title(cased)


def _names_with_agencies(text: str) -> list[str] | None:
    """The names before "with" when all that follows is agencies or wires ("with Reuters,
    dpa"); a colleague's name after it ("Jane Roe with John Doe") is AFP's form, read there."""
    if len(text) > 120:
        return None
    parts = _HELPED_BY.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    helped = _WITH_AGENCIES.match(parts[1].strip(" ."))
    if helped is None or not all(
        is_agency(a) or _is_wire(a) for a in _SPLIT.split(helped.group("agencies")) if a
    ):
        return None
    # "Jane Roe | John Doe with dpa, Reuters": writers a bar sets apart (DW's form)
    names = name_list(parts[0]) or _barred_names(parts[0])
    return names if names is not None and len(names) <= 3 else None


# A weekday's abbreviation a page's stamp may open with ("Wed Nov 3, 2021 09:14 PM").
_WEEKDAY_HEADS = frozenset("Mon Tue Wed Thu Fri Sat Sun MON TUE WED THU FRI SAT SUN".split())


def _titled_names(text: str, line: str) -> Byline | None:
    """`NAME, Senior Business Reporter`, `NAME | Staff Writer`, `JANE ROE, Associated Press`:
    names then a title or an agency, with no "By"; a sentence never fits."""
    from archiver.extract.page import is_date_stamp

    if text[:3] in _WEEKDAY_HEADS and is_date_stamp(text):
        # "Wed Nov 3, 2021 09:14 PM Last update on: ...": the page's stamp whole, its weekday
        # and month no writer's name
        return None
    if (slashed := _slashed_byline(text, line)) is not None:
        return slashed
    if (afp := capital_surnames(text)) is not None:
        return Byline(raw=line.strip(), names=afp)
    if (contacted := _names_with_contact(text)) is not None:
        return Byline(raw=line.strip(), names=contacted)
    if (stamped := _stamped_names(text)) is not None:
        # the byline as printed is the names; the page's stamp after them is not part of it
        return Byline(raw=stamped[0].strip(" |"), names=stamped[1])
    if (after := _name_after_stamp(text)) is not None:
        return Byline(raw=after[0], names=after[1])
    if (helped := _names_with_agencies(text)) is not None:
        return Byline(raw=line.strip(), names=helped)
    if (over := _names_over_agency(text)) is not None:
        return Byline(raw=line.strip(), names=over)
    if (pairs := _titled_pairs(text)) is not None:
        return Byline(raw=line.strip(), names=pairs)
    parts = re.split(r"\s+[|•·–—-]\s+|\s*,\s*(?=[^,]*$)", text, maxsplit=1)
    if len(parts) == 1 and len(text) <= 80 and (head := _name_before_title(text)) is not None:
        return Byline(raw=line.strip(), names=[head])  # "Jane Roe World-Herald staff writer"
    if len(parts) == 2 and (segmented := segmented_names(text)) is not None:
        return Byline(raw=line.strip(), names=segmented)
    if len(parts) != 2 or len(text) > 100:
        return None
    names_part, tail = parts[0].strip(), parts[1].strip(" .")
    outlet = re.fullmatch(r"The(?:\s+[A-Z][\w.&'’-]*){1,4}", tail)
    if not (_TITLE_TAIL.match(tail) or is_agency(tail) or outlet):
        return None
    names = [p.strip(" .") for p in _SPLIT.split(names_part) if p.strip(" .")]
    if not names or not all(looks_like_name(p) for p in names):
        return None
    if _plural_role_alone(tail, len(names)):
        return None
    return Byline(raw=line.strip(), names=names)


def _plural_role_alone(tail: str, names: int) -> bool:
    """`ANALYSTS` after one name and a dash ("OIL OUTPUT SEEN LOWER - ANALYSTS"): one writer's
    title is no plural, so a plural role alone there is a wire headline's attribution (who
    says so), not a byline's title ("Jane Roe and John Doe - Staff Writers" are two)."""
    tail = tail.strip(" .")
    return names == 1 and " " not in tail and tail[-1:] in "sS" and bool(_TITLE_TAIL.match(tail))


# Between two writers who each have a title: a spaced slash, bar or bullet, or a semicolon
# (The Times prints "Jane Roe, Policy Editor | John Doe, Political Editor").
# ("Jane Roe, Policy Editor, and John Doe, Political Editor": "and" with or without a comma)
_PAIR_SEP = re.compile(r"\s+[/|•·]\s+|\s*;\s+|,?\s+and\s+")
# A byline names at most this many writers with their titles.
_MAX_PAIRS = 3


def _titled_pairs(text: str) -> list[str] | None:
    """`Jane Roe, Political Commentator / John Doe, Chief Reporter`: two or three writers,
    each with a title after a comma, set apart by a spaced slash or a semicolon (British
    papers print a shared byline so). Every part must be a name and a title: a headline with
    a slash ("Rising Prices, Falling Wages / Week in Review") has no title in its parts."""
    from archiver.extract.gazetteer import is_known_place

    parts = _PAIR_SEP.split(text)
    if not 2 <= len(parts) <= _MAX_PAIRS or len(text) > 160:
        return None
    names: list[str] = []
    titled = 0
    # "Jane Roe Health correspondent and John Doe Data editor": the Guardian's shared byline
    # sets each title after its name with no comma at all; then every part must be so titled
    commaless = "," not in text
    for part in parts:
        name, comma, title = part.partition(",")
        name, title = name.strip(), title.strip(" .")
        if (
            not comma
            and (f"{part}," in text or commaless)
            and (head := _name_before_title(name)) is not None
            and not name.endswith("s")
        ):
            # "Barry Roche Southern Correspondent, and Olivia Kelleher": the Irish Times sets
            # each writer's title after the name with no comma (name_and_title's shape), a
            # comma after the title; one writer's title is singular ("Authorities Should
            # Release Reporters and Drop Charges" is a deck's clause)
            name = head
            titled += 1
        elif not comma and " " in name and looks_like_name(name):
            # a writer printed without a title beside one with it ("Jane Roe, Transport
            # Correspondent | John Doe"): the titled part still says this is a byline
            pass
        elif not comma or not _TITLE_TAIL.match(title) or not looks_like_name(name):
            return None
        else:
            titled += 1
        if is_known_place(name):
            return None
        names.append(name)
    if not titled or (commaless and titled < len(parts)):
        return None
    return names


@copied_text_cache  # asked of each line a page headline's walk up reads, for every anchor
def titled_writers(line: str) -> list[str] | None:
    """`Jane Roe, Transport Correspondent`, `Jane Roe, Political Commentator / John Doe, Chief
    Reporter`: each writer's name with a title after a comma and nothing else, as a database
    prints the byline field (Factiva) or a paper its shared byline; the names, or None. A
    headline's comma ("Rising prices, falling wages") has no writer's title after it."""
    text = " ".join(line.split())
    if (pairs := _titled_pairs(text)) is not None:
        return pairs
    name, comma, title = text.partition(",")
    name, title = name.strip(), title.strip(" .")
    if not comma or len(text) > 100 or not _TITLE_TAIL.match(title) or not looks_like_name(name):
        return None
    from archiver.extract.gazetteer import is_known_place

    return None if is_known_place(name) else [name]


# Between a byline's segments: a comma, a semicolon, a bar, a bullet, a slash or a spaced dash.
_SEGMENT_SEP = re.compile(r"\s*[,;]\s*|\s+[|•·/]\s+|\s+[-–—]\s+|\s*[|•·]\s*")
# "Reporter at Agência Brasil", "Reporter for DW based in Berlin": a writer's title, then
# where or for whom the writer works.
_TITLE_PHRASE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?i:reporter|writer|correspondent|editor|columnist|journalist|"
    r"producer|contributor)s?\s+(?i:at|for|with|of|in|based\s+in)\s+[A-Z].{0,60}$"
)
_MAX_SEGMENTS = 5


def _affiliation_segments(tail: str, depth: int = 0) -> tuple[bool, bool] | None:
    """Whether the rest of a byline after its names is all segments the grammar knows: a
    writer's title or outlet, the page's date stamp, the writer's e-mail or handle, or a place
    the gazetteer knows. Returns (fits, strong): strong when one segment is more than a place
    (a place alone after a name is as often a caption's or a signature's); None when it fits
    nowhere."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.page import is_date_stamp

    tail = tail.strip(" .")
    if not tail:
        return (True, False)
    if depth > _MAX_SEGMENTS:
        return None
    if is_date_stamp(tail) or is_contact_line(tail):
        return (True, True)  # a stamp may hold commas: it is tried whole first
    cuts = [(m.start(), m.end()) for m in _SEGMENT_SEP.finditer(tail)] + [(len(tail), len(tail))]
    for start, end in cuts:
        seg = tail[:start].strip(" .")
        if not seg:
            continue
        strong = bool(
            is_affiliation(seg)
            or _TITLE_PHRASE.match(seg)
            or is_contact_line(seg)
            or (start < len(tail) and is_date_stamp(seg))
        )
        if not strong and not is_known_place(seg):
            continue
        after = _affiliation_segments(tail[end:], depth + 1)
        if after is not None:
            return (True, strong or after[1])
    return None


def segmented_names(text: str) -> list[str] | None:
    """`Jane Roe, National Post · Tuesday, Mar. 16, 2010`, `Jane Roe, The Paper, Jakarta`,
    `Jane Roe - Reporter at The Paper - Lisbon`: one to three person names, then segments
    after separators, each a title, an outlet, a date stamp, an e-mail or a place, at least
    one of them more than a place. The names, or None."""
    from archiver.extract.gazetteer import is_known_place

    text = " ".join(text.split())
    if len(text) > 160:
        return None
    found: list[str] | None = None
    for m in _SEGMENT_SEP.finditer(text):
        names = name_list(text[: m.start()])
        if names is None or len(names) > 3 or any(is_known_place(n) for n in names):
            if found is not None:
                break
            continue
        if found is not None and len(names) <= len(found):
            break
        if _plural_role_alone(text[m.end() :], len(names)):
            continue
        fits = _affiliation_segments(text[m.end() :])
        if fits is not None and fits[1]:
            # "Jane Roe, John Doe, Sam Poe · CBC News": a tail "Sam Poe · CBC News" fits as
            # one outlet's segment too; the names run on while the next cut still fits
            found = names
    return found


# "Jane Roe | jroe@paper.com", "JANE ROE jroe@paper.com", "Jane Roe @janeroe": the names and
# the writer's address or handle, nothing else.
def _names_with_contact(text: str) -> list[str] | None:
    if len(text) > 120 or _CONTACT.search(text) is None:
        return None
    bare = _without_contact(text).strip(" |•·,;-–—")
    names = name_list(bare)
    if names is None and bare and bare != text:
        # "Jane Roe@janeroe / 9:00 AM EST • May 3, 2021": the names, the handle, then the
        # page's stamp or the writer's title, read as they would be without the handle
        again = _titled_names(bare, bare)
        names = again.names if again is not None and again.names else None
    return names if names is not None and len(names) <= 3 else None


# AFP's byline: each surname in capitals after the given names ("Max DELANY", "Anne-Laure
# MONDON"), writers joined by "with", "and" or a comma, perhaps where they filed from ("in
# Washington"). The capitals mark the surname, so a caption's names never read so.
_CAPS_SURNAME = r"[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+)?\s(?:[A-Z]{2,}[-'’\s]?)*[A-Z]{2,}"
_AFP_NAMES = re.compile(
    rf"^(?P<names>{_CAPS_SURNAME}(?:(?:\s+(?:with|and|&)\s+|\s*,\s*){_CAPS_SURNAME}){{0,3}})"
    r"(?:\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}))?$"
)


def capital_surnames(text: str) -> list[str] | None:
    """`Max DELANY with Alex PIGMAN in Washington`: AFP's writers, or None."""
    from archiver.extract.gazetteer import is_known_place

    m = _AFP_NAMES.match(" ".join(text.split())) if len(text) <= 120 else None
    if m is None or (m.group("place") and not is_known_place(m.group("place"))):
        return None
    names = [n for n in re.split(r"\s+(?:with|and|&)\s+|\s*,\s*", m.group("names")) if n]
    for name in names:
        given = [w for w in name.split() if not w.isupper()]
        surname = name[len(" ".join(given)) :].strip()
        if (
            not looks_like_name(name)
            # "From NEW YORK", "In PARIS": a word of a sentence, then a place in capitals
            or any(w.lower() in _HEADLINE_WORDS or w.lower() in _LOWER_STOP for w in given)
            or is_known_place(name)
            or not surname
            # "Par AFP", "Von DPA": "by" in another language, then an agency; "Newstalk ZB",
            # "Magic FM": a station's initials or call letters hold no vowel, a surname does
            or any(is_agency(w) or not _SURNAME_VOWEL.search(w) for w in surname.split())
            or given[0] in _FOREIGN_BY_WORDS
        ):
            return None
    return names


# A vowel, which a surname in capitals holds and a station's initials ("ZB", "FM") do not
# ("NG", the Cantonese surname, is the one without).
_SURNAME_VOWEL = re.compile(r"[AEIOUYÀ-Ý]|^NG$")
# "By" in the languages whose pages print it before the writer (see _BY's foreign label).
_FOREIGN_BY_WORDS = frozenset({"Par", "Von", "Por", "Di", "Door", "Av"})


# A short label after a name: an outlet, a desk or a place ("News24", "BBC News", "Cardiff",
# "The Philippine Star"); capitalised words (or a word with digits), no sentence.
_LABEL = re.compile(
    r"^(?:[A-Z][\w.&'’-]*|\d[\w.&'’-]*)(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){0,4}$"
)


# A line wholly in one pair of brackets ("(Maria Gonzalez)").
_WHOLLY_BRACKETED = re.compile(r"\([^()]+\)")


@copied_text_cache  # asked again of the same line
def name_list(text: str) -> list[str] | None:
    """`Jane Roe`, `Jane Roe and John Doe`, `JANE ROE AND JOHN DOE`, `A, B & C`: a line of
    person names and nothing else, or None. Title Case "And" joins a headline's words, not
    names ("Markets Rally And Oil Falls")."""
    text = _PRONOUNS.sub("", _SHIFT_MARK.sub("", " ".join(text.split())))
    # "JANE ROE EXCLUSIVE": a story's tag after the names; "Web Only" alone names nobody
    text = _ACCESS_TAG.sub("", text)
    if not text or len(text) > 160:
        return None
    if _WHOLLY_BRACKETED.fullmatch(text):
        # "(Maria Gonzalez)", "(Ana Ruiz y Pedro Gil)": the names set in brackets on their
        # own line under the headline; the brackets are no part of them (a source's note in
        # brackets names no person: looks_like_name)
        text = text[1:-1].strip()
        if not text or _BRACKETED_BY.match(text) or _bracketed_source(text):
            # "(Por María González)": a byline's line, read as one; "(Gobierno de la
            # CDMX)": a credit or a source's note, no person
            return None
    if ")" in text:
        # "Kelsey Watts (KSDK)", "Jane Roe (AP)": the writer's station or outlet in brackets
        # after the names, as reader views print a TV or radio site's byline; after each of
        # two names too ("Rosa Mendel (OPB) and Tom Whitcomb (OPB)", public radio's form)
        text = _OUTLET_IN_BRACKETS.sub(_without_outlet, text).rstrip()
        if not text:
            return None
    if text[-1] in ",:;!?" or (text[-1] == "." and not _ABBREVIATED_END.search(text)):
        return None  # a sentence's end ("Jane Roe Jr." keeps its name's full stop)
    if not text.isupper() and re.search(r"\bAnd\b", text):
        return None
    parts = [p for p in (q.strip() for q in _SPLIT.split(text)) if p]
    if len(parts) == 1 and (
        len(foreign := [p.strip() for p in _NAMES_AND.split(text)]) > 1
        and all(len(p.split()) >= 2 for p in foreign)
    ):
        parts = foreign  # "Jan Nowak i Anna Kowalska-Bąk", "Ana Ruiz y Pedro Gil"
    if not 1 <= len(parts) <= 6:
        return None
    if len(parts) > 1 and any(_city_outlet(p) for p in parts[1:]):
        return None  # "Jane Roe, Nashville Tennessean": a name and the paper, no second name
    if any(_name_then_city_outlet(p) for p in parts):
        return None  # "Jane Roe Toronto Star": a name and its paper, with no comma
    for part in parts:
        words = [w for w in part.split() if w.lower() not in _PARTICLES]
        if len(words) > 4 or not looks_like_name(part):
            return None
        if any(w.lower() in _HEADLINE_WORDS for w in words):
            return None  # "Harbour Works To Begin Next Spring": a Title Case deck
        if any(w.lower() in _FIELD_LABEL_WORDS for w in words):
            return None  # "Contact Information", "Media Enquiries": a release's field label
    return parts


# Words of a release's or a page's field labels that no person's name holds.
_FIELD_LABEL_WORDS = frozenset({"information", "contact", "contacts", "enquiries", "inquiries"})


# A live blog's shift marks after its writers' names ("Jane Roe (now) and John Doe
# (earlier)", "Jane Roe (later)"): which writer has the blog when, not part of a name.
_SHIFT_MARK = re.compile(
    r"(?<=[\w.])\s+\((?i:now|earlier|later|previously|before|until\s+now)\)(?=\s|,|;|$)"
)


# A writer's pronouns in brackets after the name ("Jane Roe (she/her)", "Sam Doe (they/them)"),
# as newsletters' and trade sites' author lines print them: said of the person, not a name.
_PRONOUNS = re.compile(
    r"(?<=[\w.])\s+\((?i:(?:she|he|they|ze|xe)/(?:her|hers|him|his|them|theirs|they|she|he|zir|xem)"
    r"(?:/(?:hers|his|theirs|them|her|him))?)\)(?=\s|,|;|$)"
)


# An outlet in brackets closing a line of names, and the shapes of a station's call letters or
# an outlet's initials there ("KSDK", "WJLA-TV", "OPB", "WBUR").
_OUTLET_IN_BRACKETS = re.compile(
    r"(?<=\S)\s*\((?P<outlet>[^()]{2,40})\)(?=$|\s*[,;]|\s+(?:and|&)\s)"
)
_CALL_LETTERS = re.compile(r"[A-Z]{2,6}(?:-(?:TV|FM|AM|DT))?")


def _without_outlet(bracket: re.Match[str]) -> str:
    """The bracket after a name dropped when it holds an outlet (call letters or an outlet the
    affiliations know), kept otherwise ("Jane Roe (Lyon)" is read as printed)."""
    inner = bracket.group("outlet")
    return "" if _CALL_LETTERS.fullmatch(inner) or is_affiliation(inner) else bracket.group()


# "And" between names in the languages of the pages (Polish, Catalan and Croatian "i", Spanish
# "y", Portuguese and Italian "e", French "et", German "und", Dutch "en", Scandinavian "og" and
# "och", Turkish "ve", Russian "и", Ukrainian "і" and "та"): only where each side holds two
# words or more, since "y" and "e" also join one person's surnames ("José Ortega y Gasset").
_NAMES_AND = re.compile(r"\s+(?:i|y|e|et|und|en|og|och|ve|и|і|та)\s+")


# A parliamentarian's style round a name ("Hon Jane Roe MP", "The Rt Hon John Doe"), which the
# story drops when it names them again ("Minister Jane Roe said"); an Australian senator's
# "Senator the Hon Jane Roe".
PARLIAMENTARY_STYLE = re.compile(
    r"^(?:senator\s+)?(?:the\s+)?(?:rt\.?\s+)?hon\.?\s+|\s+(?:MP|MLA|MSP|MPP|MHA|MLC|MHK|TD)$",
    re.IGNORECASE,
)


def styled_member(line: str) -> str | None:
    """One person's name with a parliamentarian's style round it ("The Hon Jane Roe MP", "Rt
    Hon John Doe"): the name without the style, or None when there is no style or the rest
    is no one name."""
    text = " ".join(line.split())
    bare = PARLIAMENTARY_STYLE.sub("", text)
    bare = PARLIAMENTARY_STYLE.sub("", bare)  # a style on both sides: "Hon Jane Roe MP"
    if bare == text or len(bare.split()) < 2:
        return None
    names = name_list(bare)
    return bare if names is not None and len(names) == 1 else None


# Words a Title Case headline or deck is made of and a person's name is not.
_HEADLINE_WORDS = {
    "to", "for", "of", "on", "at", "with", "is", "are", "was", "were", "be", "has", "have",
    "had", "says", "said", "after", "over", "than", "into", "from", "about", "new", "next",
    "how", "why", "what", "when", "this", "that", "its", "not", "amid", "as", "by", "up",
    "more", "most", "first", "last", "out", "off", "could", "would", "should", "gets", "get",
}  # fmt: skip


def _station_brand(text: str) -> bool:
    """A local broadcaster's brand (pagetops.is_station_name): "KSL TV", "KING 5"."""
    from archiver.extract.pagetops import is_station_name

    return is_station_name(text)


def is_affiliation(text: str) -> bool:
    """A writer's title, agency or outlet, perhaps with a place: "Staff Writer", "(Australian
    Associated Press)", "BBC News, Cardiff", "The Daily Herald", "News24"."""
    text = " ".join(text.split()).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    if text.isupper():
        text = text.title()  # "THE DAILY STAR", "BBC NEWS, CARDIFF"
    if not text or len(text) > 80:
        return False
    if is_title_line(text) or is_agency(text) or _TITLE_TAIL.match(text):
        return True
    if (public := _PUBLIC_MEDIA.match(text)) is not None:
        from archiver.extract.gazetteer import is_known_place

        if is_known_place(public.group("place")):
            return True  # "Vermont Public", "Iowa Public Radio": a public-radio member station
    if (helped := _WITH_AGENCIES.match(text)) is not None and all(
        is_agency(a) or _is_wire(a) for a in _SPLIT.split(helped.group("agencies"))
    ):
        return True  # "with AFP, dpa", "with Reuters": the agencies that helped the writer
    head, comma, place = text.partition(",")
    head, place = head.strip(), place.strip()
    if head.startswith("The ") and not _TITLED_OUTLET.fullmatch(head):
        return False  # "The Maple Avenue branch library will close ...": a sentence's opening
    if not (
        is_agency(head)
        or _OUTLET_WORDS.search(head)
        or _ARTICLE_OUTLET.match(head)
        or _city_outlet(head)
        or is_title_line(head)
        or _outlet_and_region(head)
    ):
        return False
    return not comma or bool(_LABEL.match(place))


# A public broadcaster named for its state or city ("Vermont Public", "Iowa Public Radio",
# "Wyoming Public Media"): NPR's member stations, whose reporters share its bylines.
_PUBLIC_MEDIA = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+Public"
    r"(?:\s+(?:Radio|Media|Broadcasting|Television))?$"
)
# A group's name after an outlet's word: "Nation Media Group", "Daily Mail Group".
_MEDIA_GROUP = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,3}(?:Media|News|Publishing|Newspapers?)\s+Group$"
)
# How many words a region's name after an outlet takes ("BBC Scotland", "Radio New Zealand").
_REGION_WORDS = 3


def _outlet_and_region(text: str) -> bool:
    """`BBC Scotland`, `Guardian Australia`, `Radio New Zealand`, `Nation Media Group`: an
    agency or an outlet, then the region or country of its edition or service with no comma
    between (the gazetteer knows the region), or a media group's name."""
    if _MEDIA_GROUP.match(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    from archiver.extract.gazetteer import is_known_place, is_region

    for n in range(1, min(_REGION_WORDS, len(words) - 1) + 1):
        outlet, region = " ".join(words[:-n]), " ".join(words[-n:])
        if is_agency(outlet) and is_known_place(region):
            return True  # "BBC News Cardiff": an agency's or broadcaster's desk in a city
        if _OUTLET_WORDS.search(outlet) and (is_region(region) or region in _WORLD_REGIONS):
            # "Guardian Australia", "Nikkei Asia": an outlet's edition for a country or a
            # part of the world (a town's name after "Media" is no edition: "Media Center")
            return True
    return False


# The parts of the world an outlet's edition or service is named for.
_WORLD_REGIONS = frozenset(
    {
        "Asia",
        "Africa",
        "Europe",
        "Americas",
        "Middle East",
        "Latin America",
        "Pacific",
        "Asia Pacific",
    }
)


# An outlet's name that opens with "The": capitalised words, perhaps joined by "of", "and",
# "&", "for" ("The Times of India", "The Globe and Mail"), six words at most.
_TITLED_OUTLET = re.compile(r"The(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|&|for|de|la|du)){1,5}")


# "with AFP, dpa", "(with Reuters)", "With agencies": under or after a writer's name.
_WITH_AGENCIES = re.compile(r"^(?i:with|and)\s+(?P<agencies>.{2,60})$")


# An outlet's name: "The Philippine Star", "BBC News", "News24", "Daily Nation", "Milwaukee
# Journal Sentinel", "Pittsburgh Post-Gazette" (the last word may be joined to another by a
# hyphen, as in "Post-Gazette", "World-Herald", "Star-Tribune").
_OUTLET_WORDS = re.compile(
    r"^(?:The\s+[A-Z]|[A-Z][\w.&'’-]*\d\b|(?:[A-Z][\w.&'’-]*\s+){0,3}(?:[A-Z][\w&'’]*-)?"
    r"(?:News|Times|Post|Star|"
    r"Herald|Tribune|Journal|Gazette|Chronicle|Daily|Press|Online|Network|Media|Magazine|"
    r"Review|Mail|Standard|Nation|Express|Independent|Guardian|Telegraph|Observer|Today|"
    r"Sentinel|Courier|Examiner|Inquirer|Enquirer|Dispatch|Bulletin|Register|Ledger|Mirror|"
    r"Monitor|Weekly|Radio|TV|Television|Broadcasting|"
    # papers' last words that are no one's surname ("Tulsa World", "Boston Globe", "Ottawa
    # Citizen", "The Advocate", "Jamaica Gleaner", "Idaho Statesman", "Brattleboro Reformer",
    # "Washington Informer"; not "Record", "Argus", "Messenger")
    r"World|Globe|Citizen|Advocate|Gleaner|Statesman|Reformer|Informer|"
    # a group's own wire under its writer's name ("NCA NewsWire", News Corp Australia's; "PA
    # Wire", "Dow Jones Newswires")
    r"NewsWire|Newswires?|Wire|"
    # the same words in the languages of national agencies and papers ("La Presse Canadienne")
    r"Presse|Canadienne|Prensa|Imprensa|Stampa|Zeitung|Diario|Noticias|Nouvelles|Notizie)$)"
)
# A paper's name in the languages that print it as an article and one word: "Le Devoir",
# "La Presse", "El País", "De Telegraaf", "Die Zeit" (a person's name is no article and a word).
_ARTICLE_OUTLET = re.compile(r"^(?:Le|La|Les|El|Il|Lo|Los|Las|De|Het|Der|Die|Das)\s+[A-Z][\w'’-]+$")


def names_comma_outlet(text: str) -> list[str] | None:
    """`Jane Roe, Vermont Public`, `Jane Roe, Reuters`: the names before the line's last comma
    when all after it is an outlet or a title (is_affiliation), or None; the outlet is no
    second name (name_list alone reads "Vermont Public" as one)."""
    text = " ".join(text.split())
    head, comma, tail = text.rpartition(",")
    if not comma or len(text) > 120 or not is_affiliation(tail.strip()):
        return None
    names = name_list(head.strip())
    return names if names is not None and len(names) <= 3 else None


def names_with_affiliation(text: str) -> list[str] | None:
    """`Jan van der Berg, News24`, `Ana Ruiz - The Philippine Star`, `Jane Roe | Staff
    Writer`, `Jane Roe and John Doe, Reuters`: names, then after a comma, a bar or a dash an
    outlet, a title or a place (a short capitalised label). Only where the line's position
    already says byline: a label is too weak a sign on its own."""
    text = " ".join(text.split())
    if len(text) > 160:
        return None
    if (names := name_list(text)) is not None:
        return names
    bracket = _TRAILING_BRACKET.search(text)
    if bracket is not None and bracket.start() > 0 and is_affiliation(bracket.group(0)):
        return name_list(text[: bracket.start()])  # "Jane Roe (The Jakarta Post)"
    written_for = _WRITTEN_FOR.search(text)
    if written_for is not None and is_affiliation(text[written_for.end() :]):
        return name_list(text[: written_for.start()])  # "Jane Roe, for The Paper"
    m = _AFFILIATION_SEP.search(text)
    if m is not None:
        head, tail = text[: m.start()], text[m.end() :]
    else:
        head, _, tail = text.rpartition(",")
    head, tail = head.strip(), _without_contact(tail).strip(" .")
    if not head or not tail:
        return None
    names = name_list(head)
    if names is None:
        return None
    if m is not None and (barred := _barred_names(text)) is not None:
        return barred  # "Jane Roe | John Doe": two writers, a bar between them
    parts = [p.strip() for p in re.split(r"\s*[,|/]\s*", tail) if p.strip()]
    if not parts or len(parts) > 3:
        return None
    if all(is_affiliation(p) or _LABEL.match(p) or _TITLE_TAIL.match(p) for p in parts) and not any(
        dated_label(p) for p in parts
    ):
        return names
    return segmented_names(text)


# A month's name, or a word that dates an event ("Since", "Until"): an outlet's, a desk's or a
# place's label names none, a Title Case deck does ("Drop Charges, Free Reporters Held Since
# January"). May is left out (a name: "Theresa May", "May & Co").
_DATED_LABEL = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December"
    r"|Since|Until)\b"
)


def dated_label(text: str) -> bool:
    """Whether a capitalised label after a name holds a month's name or a dating word: a
    Title Case deck's clause, not a writer's outlet, title or place."""
    return _DATED_LABEL.search(text) is not None


# Between writers set side by side: a spaced bar or bullet ("Jane Roe | John Doe").
_NAME_BAR = re.compile(r"\s+[|•·]\s+")


# A compass word before a place makes a region ("East Lancashire", "North Wales"), no name.
_COMPASS_WORDS = frozenset(
    "north south east west central northern southern eastern western mid greater upper lower".split()
)


def _region_name(name: str) -> bool:
    """ "East Lancashire", "North Wales", "Greater Manchester": a compass word first, a
    region's name (the gazetteer knows few counties), no person's."""
    first, _, rest = name.partition(" ")
    return first.lower() in _COMPASS_WORDS and bool(rest)


def _barred_names(text: str) -> list[str] | None:
    """`Jane Roe | John Doe`, `Jane Roe • John Doe • Ann Poe`: writers a bar or a bullet sets
    apart (as Dawn and others print two writers' names), each part whole names, none a place
    ("Jane Roe | Lahore"), an outlet or a writer's title ("Jane Roe | Staff Writer"); two to
    four names in all."""
    from archiver.extract.gazetteer import is_known_place

    parts = _NAME_BAR.split(text)
    if not 2 <= len(parts) <= 4:
        return None
    names: list[str] = []
    for part in parts:
        found = name_list(part)
        if (
            found is None
            or is_affiliation(part)
            or _city_outlet(part)
            or any(is_known_place(n) or len(n.split()) < 2 for n in found)
        ):
            return None
        names.extend(found)
    return names if len(names) <= 4 else None


# "Jane Roe for The Paper", "Jane Roe, for The Paper": the outlet the writer wrote for.
_WRITTEN_FOR = re.compile(r",?\s+(?:for|For|FOR)\s+(?=[A-Z])")
# Between the names and the writer's outlet or title: a bar, a bullet or a spaced dash.
_AFFILIATION_SEP = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+")


# Reuters' and others' trailer: "(Reporting by Jane Roe in Accra; Additional reporting by John
# Doe; Editing by Ann Poe)", alone or at the end of the story's last paragraph.
# A terminal's index field or a page's label may follow it on the paragraph (the line under it
# run in: "(Reporting by Jane Roe; Editing by Ann Poe) Keywords: METALS-BASE/", "... Read More
# News on"): a field, or a few words with no sentence's stop.
# Reuters' terminal copy doubled the brackets, the desk's telephone and mail after the names:
# "((Reporting by Jane Roe; London metals desk +44 20 7542 8064, london.metals@reuters.com))".
_TRAILER = re.compile(
    r"(?P<double>\()?\((?P<body>(?i:reporting|writing|reported|written)\s+by\s+[^()]{2,300})\)"
    r"(?(double)\))"
    r"\s*(?:(?:Keywords|Topics|Tags)\s*:\s*[^()]{0,200}|[A-Z][^().!?]{0,40}"
    # the page's list of other stories under it, its heading and a title or two run in (a
    # re-wrapped copy: "... Editing by Ann Poe) Related Articles Missouri lawmakers push ...")
    r"|(?:Related|More|Recommended|Trending|Most|Read\s+more)\b[^().!?]{0,200})?$"
)
# "Additional reporting by Jane Roe in Paris" inside the trailer names a reporter as well: the
# story's people are those who reported and wrote it, not those who edited or compiled it.
_TRAILER_WRITERS = re.compile(
    r"^(?i:(?:additional\s+)?reporting|writing|reported|written)\s+by\s+(?P<names>.+)$"
)
# "Jane Roe in Accra", "Jane Roe from London": where the writer filed from.
_FILED_FROM = re.compile(r"\s+(?:in|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
# ... in any case after a title ("Indonesia Correspondent In Jakarta", The Straits Times')
# ("BY JANE ROE. Reporting from Iloilo City" is read whole elsewhere: its label stays)
_FILED_FROM_TAIL = re.compile(
    r"(?<![Rr]eporting)(?<!REPORTING)\s+(?:in|In|from|From)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})$"
)


def _without_filed_from(text: str) -> str:
    """`text` without where the writer filed from at its end ("... Correspondent In Jakarta",
    "... in London"): a place the gazetteer knows after "in" or "from", in either case."""
    m = _FILED_FROM_TAIL.search(text)
    if m is None or not _known_place(m.group("place")):
        return text
    return text[: m.start()]


# "JANE ROE IN NAKURU": an all-capitals byline (East African print papers) says where the writer
# filed from the same way; only after a name of two words or more, so "IN" is never a name's.
_FILED_FROM_CAPS = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)+?)"
    r"\s+(?:IN|FROM)\s+[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,2}$"
)


# The same trailer without its brackets, a paragraph of its own: Anadolu's "Writing by Jane
# Roe", a site's "Reporting by Jane Roe; Editing by John Doe". The whole paragraph, every part
# a credit's label, so a sentence ("Reporting by the Times found ...") is never one.
_BARE_TRAILER = re.compile(
    r"^(?P<body>(?i:reporting|writing|reported|written)\s+by\s+[^().!?;]{2,80}"
    r"(?:;\s*(?i:additional\s+)?(?i:reporting|writing|editing|edited|compiled)\s+by"
    r"\s+[^().!?;]{2,80}){0,3})\.?$"
)


# A writer's labelled field whose value runs to the line's end with no sentence's stop: a
# transcript's speaker ("Reporter: Thanks.", "REPORTER: Okay?") says a sentence after the colon
_WRITER_FIELD = re.compile(r"^(?i:reporter|writer|pewarta|penulis|wartawan)\s*:\s*\S.*(?<![.!?])$")
_MONONYM = re.compile(r"[A-Z][a-z]{3,15}")
# The words a content system's shared or default accounts are named with ("Admin", "Web Desk",
# "Guest Contributor"): no person's name (databases reads post_author with them too).
CMS_ACCOUNT_WORDS = frozenset(
    "admin administrator editor editors desk staff team newsroom web online guest contributor "
    "contributors user webmaster".split()
)
# What a content system fills a writer's field with when no person is named ("Reporter: None",
# "Writer: Various").
_NOT_MONONYMS = CMS_ACCOUNT_WORDS | frozenset(
    "anonymous unknown redaksi redaktur humas none null various multiple unassigned system "
    "wires agencies".split()
)


def is_mononym(part: str) -> bool:
    """One capitalised word that may be a person's whole name ("Harianto", "Sutrisno")."""
    return _mononym(part)


def _mononym(part: str) -> bool:
    """One capitalised word that is a person's whole name in a writer's labelled field
    ("Harianto"): no agency, desk, page word or place the gazetteer knows."""
    from archiver.extract.gazetteer import is_known_place

    return (
        _MONONYM.fullmatch(part) is not None
        and not is_agency(part)
        and not _is_wire(part)
        and part.lower() not in _NOT_MONONYMS
        and not _ROLE_WORDS.search(part)
        and part.lower() not in _PAGE_WORDS
        and not _DESK.match(part)
        and not is_known_place(part)
    )


# The particles that open a family name of two words, as they open a town's.
_SURNAME_PARTICLES = frozenset(
    "san santa santo são sao st saint sainte de del della di da das dos du la le el van von "
    "den der ter ten mac mc".split()
)
# The cities of three million people or more (one word: name_before_city's threshold) whose
# names are also common family names.
_CITY_SURNAMES = frozenset(
    "lima lagos london madrid berlin santiago sydney melbourne alexandria paris salvador roma "
    "milano napoli kano surat "
    # American cities of note whose names are people's too ("Mary Beth Houston")
    "houston austin charlotte dallas phoenix jackson".split()
)


def names_run_together(text: str, elsewhere: list[str]) -> list[str] | None:
    """ "Darcie Moran Nour Rahal" -> ["Darcie Moran", "Nour Rahal"]: two writers' names printed
    with no separator (each its own link on the page, the spaces between them lost), told
    apart by the page naming each alone elsewhere ("Contact Darcie Moran: ...", a credit);
    None unless the line is four to six capitalised words that part one way only into two
    names of two or three words, each found whole in `elsewhere` (the capture's other lines),
    the line itself in none of them (a four-word name, "Mary Beth Van Buren", is found so)."""
    words = text.split()
    if not 4 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return None
    found: list[list[str]] = []
    for cut in range(2, len(words) - 1):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if len(words[cut:]) > 3 or cut > 3:
            continue
        if not (looks_like_name(first) and looks_like_name(second)):
            continue
        if words[cut].lower() in _SURNAME_PARTICLES:
            continue  # "Mary Beth Van Dorn": a family name opens with its particle
        # each name whole where the page names it: no capitalised word runs on after it
        # ("Alderman Mary Beth Fuller" names no "Mary Beth")
        said = [
            re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])(?!\s+[A-Z])") for n in (first, second)
        ]
        # where a writer is named: both on one line ("Kendra Liao and Marcus Bittner
        # contributed"), or each by an address ("Contact Kendra Liao at kliao@..."): "the
        # former king Juan Carlos" in the story and "Pérez Ortega reports on ..." in the bio
        # are one writer's two given names and two family names (a Spanish name), no pair
        if all(any(p.search(other) for other in elsewhere) for p in said) and (
            any(all(p.search(other) for p in said) for other in elsewhere)
            or all(any(p.search(other) and "@" in other for other in elsewhere) for p in said)
        ):
            found.append([first, second])
    if len(found) != 1 or any(text in other for other in elsewhere):
        return None
    return found[0]


def _caps_name_before_city(name: str) -> str:
    """ "MARK HOLLIS VANCOUVER" -> "MARK HOLLIS": an e-edition's header prints the writer in
    capitals and the city filed from after the name with no mark between (PressReader's
    header of a Canadian paper); a name of two words or more stays before a city of 100,000
    people. Capitals only: a name in mixed case is read as printed."""
    from archiver.extract.gazetteer import countries_of

    words = name.split()
    if not name.isupper() or len(words) < 3:
        return name
    for k in (2, 1):
        head, tail = words[:-k], " ".join(words[-k:]).title()
        if (
            len(head) >= 2
            and not (k == 2 and words[-2].lower() in _SURNAME_PARTICLES)
            and looks_like_name(" ".join(head))
            and countries_of(tail, 100_000)
        ):
            return " ".join(head)
    return name


def caps_name_before_big_city(name: str, story: str) -> str:
    """ "JANE MARIE ROE OTTAWA" -> "JANE MARIE ROE": a name in capitals alone over the story,
    the city filed from after it with no mark (a print page's byline as an e-paper copies it);
    the city one of 750,000 people that the page itself names (`story`: its header, headline
    and first paragraphs), none a common surname ("MARY BETH HOUSTON" is a name), and a whole
    name of two words or more before it. The page's naming the city is the evidence: "MARIA
    ELENA VALENCIA" over a story that never names Valencia keeps her surname."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() in _CITY_SURNAMES:
        return name
    from archiver.extract.gazetteer import countries_of

    if not countries_of(words[-1].title(), 750_000):
        return name
    if not re.search(rf"\b{re.escape(words[-1])}\b", story, re.IGNORECASE):
        return name
    return _caps_name_before_city(name)


def name_before_city(text: str) -> str:
    """ "Sanjeeb Mukherjee New Delhi" -> "Sanjeeb Mukherjee": a writer's name alone on its line,
    then the city filed from with no comma or "in" (Business Standard's and others' bylines);
    only when a name of two words or more stays and the last one or two words are a city
    (of three million people when one word: many surnames are a city's, "Mary Ann Houston")."""
    from archiver.extract.gazetteer import countries_of

    words = text.split()
    for k, people in ((2, 100_000), (1, 3_000_000)):
        head, tail = words[:-k], " ".join(words[-k:])
        if (
            len(head) >= 2
            and tail[:1].isupper()
            # "Ana Maria Santa Cruz", "Jan van Den Berg": a particle opens a family name as
            # it opens a saint's or a founder's town ("San", "Santa", "São", "De", "Van")
            and not (k == 2 and words[-2].lower() in _SURNAME_PARTICLES)
            # "João Paulo Lima", "Mary Jo London", "Maria José Madrid": big cities whose names
            # are common family names too (Portuguese, Spanish, English, Jewish), read as the
            # name's surname
            and not (k == 1 and tail.lower() in _CITY_SURNAMES)
            and looks_like_name(" ".join(head))
            and countries_of(tail, people)
        ):
            return " ".join(head)
    return text


def _trailer_parts(paragraph: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A story's trailer as printed (its brackets kept) and its writers, each with the word of
    its label ("reporting", "writing"), in order; None for any other paragraph."""
    m = _TRAILER.search(paragraph[-400:])
    bracketed = m is not None
    if m is None:
        m = _BARE_TRAILER.match(" ".join(paragraph.split()))
    if m is None:
        return None
    found: list[tuple[str, str]] = []
    for segment in m.group("body").split(";"):
        w = _TRAILER_WRITERS.match(segment.strip())
        if w is None:
            continue
        # "Additional reporting by" is reporting too, by someone who helped the story's reporters
        head = segment.strip().lower()
        label = "additional" if head.startswith("additional") else head.split()[0]
        for part in _SPLIT.split(w.group("names")):
            part = _FILED_FROM.sub("", part.strip(" ."))
            if looks_like_name(part) and part not in (n for _, n in found):
                found.append((label, part))
    # the trailer alone, without a field or label run in after it
    raw = f"({m.group('body')})" if bracketed else m.group("body")
    return raw, found


def trailer_byline(paragraph: str) -> Byline | None:
    """The writers a story's trailer names: those after "Reporting by", "Additional reporting
    by" and "Writing by" (not "Editing" or "Compiled by", which worked on the copy others
    reported and wrote)."""
    parts = _trailer_parts(paragraph)
    if parts is None or not parts[1]:
        return None
    return Byline(raw=parts[0], names=[name for _, name in parts[1]])


def trailer_reporters_and_writers(
    paragraph: str,
) -> tuple[list[str], list[str], list[str]] | None:
    """The reporters ("Reporting by", "Reported by"), the writers ("Writing by", "Written
    by") and the additional reporters ("Additional reporting by": they helped, and a byline
    need not name them) a story's trailer names; None for any other paragraph."""
    parts = _trailer_parts(paragraph)
    if parts is None or not parts[1]:
        return None
    return (
        [n for label, n in parts[1] if label.startswith("report")],
        [n for label, n in parts[1] if label.startswith("writ")],
        [n for label, n in parts[1] if label == "additional"],
    )


# A national agency's sign-off with its staff labelled in brackets: "AGERPRES (RO - author:
# Jane Roe, editor: John Doe; EN - author: Ann Poe, editor: Tom Poe)", "BTA (author: Jane
# Roe, editor: John Doe)". The agency's name or code opens it, a label "author:" inside;
# a slash may stand before the name, as the agency's dateline sets it between slashes
# ("/AGERPRES (author: Jane Roe, editor: John Doe)" under "Cluj-Napoca, Jan 12 /Agerpres/ -").
_AUTHOR_SIGNOFF = re.compile(r"^/?\s*(?P<agency>[A-Z][\w-]{1,15})\s*\((?P<body>[^()]{8,300})\)\.?$")
_AUTHOR_LABEL = re.compile(
    r"\b(?i:author|authors|autor|autorzy|autori|text)\s*:\s*(?P<names>[^:;]+?)"
    r"(?=\s*,\s*[\w ]{2,20}:|\s*;|$)"
)


def author_signoff_byline(paragraph: str) -> Byline | None:
    """The writer an agency's labelled sign-off names: the first "author:" in it (the story's
    own language's; an "EN - author:" after it is the translator into the service's English,
    and the editors edited it), or None for any other paragraph."""
    text = " ".join(paragraph.split())
    m = _AUTHOR_SIGNOFF.match(text) if len(text) <= 320 else None
    if m is None or not _is_wire(m.group("agency")):
        return None
    found = _AUTHOR_LABEL.search(m.group("body"))
    if found is None:
        return None
    names = [p.strip() for p in _SPLIT.split(found.group("names")) if p.strip()]
    if not names or not all(looks_like_name(n) for n in names):
        return None
    return Byline(raw=text, names=names)


# "Write to Jane Roe at jane.roe@paper.com", "Write to Jane Roe at jroe@paper.com and John Doe
# at jdoe@paper.com": the writers' contact line closing the story (the Journal's and others').
_WRITE_TO = re.compile(r"^Write\s+to\s+(?P<rest>.{5,200})$")
_NAME_AT_MAIL = re.compile(r"^(?P<name>.{3,60}?)\s+at\s+[\w.+-]+@[\w-]+\.[\w.]+$")


# "Contact Jane Roe at jroe@paper.com", "Reach Jane Roe at 555-0100", "Jane Roe can be reached
# at jroe@paper.com": the writer's contact line closing the story (one name, an address or a
# telephone number after "at").
_CONTACT_AT = re.compile(
    r"^(?:(?:Contact|Reach|E-?mail)\s+(?P<name>[^,;]{3,60}?)|(?P<name2>[^,;]{3,60}?)\s+can\s+be"
    r"\s+(?:reached|contacted))\s+at\s+(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?[\d(][\d() .-]{6,})"
)


def contact_byline(paragraph: str) -> Byline | None:
    """The writers a story's closing "Write to NAME at ADDRESS" line names (each name with its
    own e-mail address), or the writer a contact line names ("Contact Jane Roe at ...",
    "Jane Roe can be reached at ..."); None for any other paragraph."""
    text = " ".join(paragraph.split()).rstrip(".")
    if len(text) <= 220 and (at := _CONTACT_AT.match(text)) is not None:
        name = at.group("name") or at.group("name2")
        if looks_like_name(name):
            return Byline(raw=text, names=[name])
        return None
    m = _WRITE_TO.match(text) if len(text) <= 220 else None
    if m is None:
        return None
    names: list[str] = []
    for part in re.split(
        r"\s*,\s*(?:and\s+)?|\s+and\s+(?=\S+(?:\s+\S+){0,4}\s+at\s)", m.group("rest")
    ):
        found = _NAME_AT_MAIL.match(part.strip())
        if found is None or not looks_like_name(found.group("name")):
            return None
        names.append(found.group("name"))
    return Byline(raw=text, names=names) if names else None


# A byline's label on a line of its own below the story (a page's author box or its labelled
# fields): "Author" over "Jane Roe", "About the author" over "Jane Roe", "Author Jane Roe".
_FOOT_LABEL = re.compile(
    r"^(?i:authors?|written\s+by|about\s+the\s+authors?|author\s+of\s+the\s+article)\s*:?"
    r"(?:\s+(?P<names>.+))?$"
)


def labelled_foot_byline(lines: list[str]) -> tuple[Byline, list[int]] | None:
    """Below the story, a byline's label and the writers' names: on one line ("Author Jane
    Roe", without the colon the header's grammar asks for) or the label alone over a line of
    names ("Author" / "Jane Roe"). The byline and the lines it takes, or None. The label must
    open its line and the names be all the rest, one to three of them, no place."""
    from archiver.extract.gazetteer import is_known_place

    for i, line in enumerate(lines):
        text = " ".join(line.split())
        m = _FOOT_LABEL.match(text) if 5 <= len(text) <= 80 else None
        if m is None:
            continue
        used = [i]
        names_text = m.group("names")
        if names_text is None and text[-1:].lower() == "s":
            continue  # "Authors" alone: a list's heading as often as a byline's label
        if names_text is None:
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j >= len(lines):
                return None
            names_text = " ".join(lines[j].split())
            used.append(j)
        names = name_list(names_text)
        if names and len(names) <= 3 and not any(is_known_place(n) for n in names):
            return Byline(raw="\n".join(lines[k].strip() for k in used), names=names), used
    return None


# How far above the page's last line an author box may stand.
_BOX_LINES = 25


def author_box_byline(lines: list[str]) -> tuple[Byline, list[int]] | None:
    """A page's author box below the story: the writer's name on a line of its own (the
    portrait's caption), then the name again with the writer's title and outlet ("Jane Roe" /
    "Jane Roe Reporter for DW based in Berlin", "Jane Roe" / "Jane Roe, Senior Correspondent").
    The name said twice, the second time with a newsroom's title, is the box's mark: an editor's
    credit ("Edited by: John Doe") or a quoted person's line is neither. A box that tells who
    someone is in a sentence ("Jane Roe is a columnist for ...") is a biography, read apart."""
    text = [" ".join(line.split()) for line in lines]
    rows = [k for k, line in enumerate(text) if line][-_BOX_LINES:]
    for a, b in zip(rows, rows[1:], strict=False):
        name = text[a]
        names = name_list(name) if len(name) <= 60 else None
        if names is None or len(names) != 1 or len(name.split()) < 2:
            continue
        said_again = text[b].startswith(name) and text[b][len(name) : len(name) + 1] in {" ", ","}
        rest = text[b][len(name) :] if said_again else ""
        rest = rest.strip(" ,|·•–—-")
        if rest and (_TITLE_PHRASE.match(rest) or is_title_line(rest) or _TITLE_TAIL.match(rest)):
            return Byline(raw=text[b], names=names), [a, b]
    return None


# "Edited by Jane Roe, with reporting from John Doe and Ann Poe": a live page's credit line
# under its headline, naming the editor who runs the page (the reporters after "with" are
# the page's contributors).
_EDITED_BY = re.compile(r"^(?:Edited|Compiled)\s+by\s+(?P<rest>.{3,160})$")
# "Compiled by Jane Roe from wire reports", "... from staff and wire reports": where the
# compiler's copy came from, said after her name, is no second name.
_CONTRIBUTORS = re.compile(
    r"\s*[,;]?\s+(?=(?i:with|and\s+reporting|reporting|additional)\b)|\s*[,;]\s*"
    r"|\s+(?=(?i:from\s+(?:(?:staff|wire|news|agency)\s+(?:and\s+)?)*(?:reports|services|dispatches"
    r"|agencies|sources))\b)"
)


def edited_byline(line: str) -> Byline | None:
    """The editor a live page's "Edited by" line names (one to three names), or None."""
    text = " ".join(line.split())
    m = _EDITED_BY.match(text) if len(text) <= 200 else None
    if m is None:
        return None
    head = _CONTRIBUTORS.split(m.group("rest"), maxsplit=1)[0].strip(" .")
    names = name_list(head)
    return Byline(raw=text, names=names) if names and len(names) <= 3 else None


# A writer's line at the story's foot: "(By Jane Roe and John Doe)", "—By Jane Roe. Reported by
# ...", "Author: Jane Roe", "Pewarta: Jane Roe".
_NEXT_LABEL = re.compile(r"\s+(?=[A-Z][a-z]{2,15}(?:\s[a-z]{2,10})?\s*:\s)")
_FOOT_WRAP = re.compile(r"^[—–-]{1,2}\s*|^\(\s*")


def foot_byline(paragraph: str) -> Byline | None:
    """The writers named on a line of their own at the story's end: a "By" line or a label
    ("Author:", "Penulis"), perhaps in brackets or after a dash; only the first sentence
    names the writers ("—By Jane Roe. Reported by John Doe/Paris")."""
    text = " ".join(paragraph.split())
    if not text or len(text) > 300:
        return None
    if not is_by_line(text) and ": " in text:
        # "Article Name: ... Publication: The Observer Author: Jane Roe": a page's labelled
        # fields run together; the writer's is one of them
        for field in _NEXT_LABEL.split(text)[1:]:
            if is_by_line(field) and (found := foot_byline(field)) is not None:
                return found
        return None
    if len(text) > 160:
        return None
    if (text.startswith(("(", "（")) and text.endswith((")", "）"))) and len(text) <= 12:
        # "（杉山彩）": a Japanese paper's writer in brackets closing the story
        inner = text[1:-1].strip()
        if re.fullmatch(_HAN, inner):
            return Byline(raw=text, names=[inner])
    if text[0] >= "\u2e80" and (cjk := cjk_byline(text)) is not None:
        return cjk
    if text.startswith("(") and ")" in text:
        text = text[1 : text.index(")")]  # "(By Jane Roe) Enditem/ls": the desk's tag after it
    signer = text.lstrip("—–- ").split(None, 1)  # empty for a dash alone on its line
    if text[:1] in "—–-" and signer and _is_wire(signer[0]):
        # "-- BERNAMA" / "NZR ADB": the agency signs off, its desk's initials under it (the
        # copy's lines run together), no writer
        return None
    if text[:1] in "—–-" and (signed := _dash_signed(text.lstrip("—–- "))) and len(signed) <= 3:
        return Byline(raw=text, names=signed)  # "— Jane Roe": the writer signs off the story
    text = _FOOT_WRAP.sub("", text).strip()
    if text.endswith(")") and text.count(")") > text.count("("):
        # the bracket closing the line's wrapper, not the "(PAP)" after the writer's name
        text = text[:-1].rstrip()
    text = re.split(r"(?<=[a-z]{2})\.\s+", text, maxsplit=1)[0].rstrip(".")
    # "Pewarta: Jane Roe Editor: John Doe": the next label ends the writers
    text = _NEXT_LABEL.split(text, maxsplit=1)[0]
    if not is_by_line(text):
        return None
    byline = parse_byline(text)
    return byline if byline is not None and byline.names else None


# "/KG", "/RSJ": the desk editor's initials after the writer's name in a sign-off.
_EDITOR_INITIALS = re.compile(r"/[A-Z]{2,4}(?=\s*(?:,|$))")


def _dash_signed(text: str) -> list[str] | None:
    """`Jane Roe`, `Jane Roe/KG, GMA Integrated News`, `Jane Roe, The Paper`: the names after
    the dash that signs a story off, perhaps with the desk editor's initials after a slash
    and the outlet after a comma (GMA News, Philippine and other papers); the editor's
    initials alone ("—KG, GMA News") name no writer."""
    if (names := name_list(text)) is not None:
        return names
    if (site := _SLASHED_SITE.search(text)) is not None:
        # "Jane Roe/Rappler.com": the writer, then the site's address after a slash (Rappler
        # signs every story so); the address names the outlet, no writer
        return name_list(text[: site.start()])
    bare = _EDITOR_INITIALS.sub("", text, count=1)
    return names_with_affiliation(bare) if bare != text or "," in bare else None


# A site's address after a slash closing a sign-off ("/Rappler.com", "/ INQUIRER.net").
_SLASHED_SITE = re.compile(r"\s*/\s*[A-Za-z][\w-]*(?:\.[a-z]{2,4}){1,2}$")


# A sign-off run in after the story's last sentence: its stop, a spaced dash, then the names
# (`... permit requirements. — Jane Roe, INQUIRER.net`), as Philippine and other papers' sites
# print it when the capture joins the signature line to the paragraph above it. A closing
# quotation mark before the dash says the names are the quotation's speaker's instead.
_RUN_IN_SIGNOFF = re.compile(
    r"(?<=[.!?])\s+[—–]\s*(?P<names>(?:[^—–.!?]|\.(?=\w)){3,70}?\S)\.?\s*$"
)


# Where a paragraph's last sentence starts, and what says it quotes words: a colon that
# introduces a sentence, its capital after it ("the offer: a rise of 4 percent" explains; a
# quotation closed before the stop ends in its mark, which the sign-off's pattern refuses).
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'«])")
_QUOTATION_IN = re.compile(r":\s+[A-Z]")


def run_in_signoff(paragraph: str) -> Byline | None:
    """The writers who sign the story off at the end of its last paragraph, after a dash (see
    _RUN_IN_SIGNOFF): one to three names, perhaps with their outlet; the sign-off is the
    byline's raw text, so that the paragraph may keep its sentences without it."""
    text = " ".join(paragraph.split())
    m = _RUN_IN_SIGNOFF.search(text[-120:])
    if m is None:
        return None
    before = text[: len(text) - len(m.group(0))]
    if len(before.split()) < 3:
        # a paragraph that is the sign-off alone is foot_byline's; a short last sentence
        # ("The claim is false. – Jane Roe/Rappler.com", a fact check's verdict) still signs
        return None
    if _QUOTATION_IN.search(_LAST_SENTENCE.split(before)[-1]):
        # "... the line over the desk: Hope is the thing with feathers. — Emily Dickinson": a
        # sentence a colon opens is quoted, and the dash names its author
        return None
    signed = _dash_signed(m.group("names"))
    if not signed or len(signed) > 3:
        return None
    return Byline(raw=m.group(0).strip(), names=signed)


def signed_byline(paragraph: str) -> Byline | None:
    """`Олена Гриценко, Житомир`, `Jane Roe, Kyiv`: the story's last paragraph is one person's
    name and, after a comma, one to three capitalised words (where the writer filed from, or
    the outlet), as wires in Eastern Europe and Latin America sign their stories; a sentence,
    a place alone ("New York, NY") or a list of names never fits."""
    text = " ".join(paragraph.split())
    if not text or len(text) > 60 or text.count(",") != 1:
        return None
    head, _, tail = (part.strip() for part in text.partition(","))
    if not _SIGNED_TAIL.fullmatch(tail) or not all(w[0].isupper() for w in tail.split()):
        return None
    if _BODY_CLERK.fullmatch(tail):
        # "Dorothy Knapp, Township Clerk" under a legal notice, "Jane Roe, Board Secretary"
        # under a council's statement: a public body's clerk signs what the body issues, no
        # place or outlet; the notice has no writer. Another office ("Tom Whitaker, Managing
        # Director" under a guest column, "Janet Ruiz, President" under a letter) signs as
        # the writer, except under a notice (signer_office, asked with the page)
        return None
    names = name_list(head)
    if names is None or len(names) != 1 or len(head.split()) < 2:
        return None
    if any(w.lower() in FOOTER_LINK_WORDS for w in text.replace(",", " ").split()):
        return None  # "Contact Us, Privacy": a page's footer links left under the story
    if _SPOKEN_FOR_BODY.search(tail) is not None and _NEWS_DESK_WORD.search(tail) is None:
        # "Teine Manu, Vava'u Growers Association", "Jane Roe, Harbour Council": a person and
        # the body she speaks for, the label of her picture or her quote left under the story
        # (a wire's own "Xinhua News Agency", a "Kyiv Bureau" is where the writer filed from;
        # "Sera Tui, Fiji Broadcasting Corporation", "Kim Harrisberg, Thomson Reuters
        # Foundation" sign for the outlet they write for)
        return None
    from archiver.extract.gazetteer import is_known_place

    return None if is_known_place(head) else Byline(raw=text, names=names)


# A news outlet's or its office's word, which a signed story's tail may hold.
_NEWS_DESK_WORD = re.compile(r"(?i)\b(?:news|agency|bureau|press|desk)\b")
# The last word of a body someone speaks for (no outlet's): a sign-off's tail so ends in none.
_SPOKEN_FOR_BODY = re.compile(
    r"(?i)\b(?:association|council|union|society|committee|commission|federation)\W*$"
)


# Words of a page's footer links, which a capture may leave as the story's last line.
FOOTER_LINK_WORDS = {
    "contact", "us", "about", "privacy", "terms", "cookies", "help", "home", "sitemap",
    "careers", "advertise", "subscribe", "newsletters", "policy", "imprint", "impressum",
}  # fmt: skip
# The office an official signs a notice with ("Township Clerk", "Secretary", "Board Chair").
_SIGNER_OFFICE = frozenset(
    "clerk secretary treasurer supervisor chair chairman chairwoman chairperson president "
    "administrator auditor recorder commissioner trustee mayor manager director".split()
)
# A public body's clerk or its board's secretary ("Village Clerk", "County Clerk-Treasurer",
# "Board Secretary"): who signs the body's notices, never a writer's place or outlet.
_BODY_CLERK = re.compile(
    r"(?:Township|Village|Board|County|City|Town|Borough|Parish|District|Deputy)\s+"
    r"(?:Clerk(?:-Treasurer)?|Secretary)"
    r"|(?:Clerk|Secretary)\s+of\s+(?:the\s+)?Board",
    re.IGNORECASE,
)


def signer_office(paragraph: str) -> bool:
    """The paragraph signs with a name and an office after the comma ("Gregory Tan, Village
    Clerk", "Janet Ruiz, President"): under a legal or public notice, the official who issues
    it, no writer (the caller asks whether the page prints a notice)."""
    text = " ".join(paragraph.split())
    head, comma, tail = text.partition(",")
    words = tail.split()
    return bool(comma and words) and words[-1].lower() in _SIGNER_OFFICE


# Where a signed story was filed from, or its outlet: capitalised words in any script.
_SIGNED_TAIL = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}")


# A writer's biography is read in two ways: a line that is one whole biography sentence
# (is_author_bio: the line's role, under a byline or over a page's headline, where any job word
# of a newsroom counts) and the writers a story's closing paragraph names (bio_byline: names
# found anywhere in it, also by "covers"/"writes about", where the job words are the writers').
# "Bheki Dlamini is a political reporter at Daily Maverick.": the writer's one-line biography,
# which pages print under the byline or at the foot of the story.
_AUTHOR_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+is\s+(?:a|an|the)\s+(?:[\w'’&-]+\s+){0,5}?"
    r"(?:reporter|correspondent|editor|writer|journalist|columnist|producer|contributor|critic|"
    r"analyst|photographer|photojournalist|fellow|intern|presenter|anchor|commentator|"
    # an opinion page's contributor, named with their post over the column ("Jane Roe is a
    # senior lecturer in public policy at the University of ...", Daily Maverick, The
    # Conversation, op-ed pages)
    r"lecturer|professor|researcher)\b"
    r"(?:\s+(?:at|for|with|of|on|in)\s+.{2,80})?\.?$"
)


def is_author_bio(line: str) -> bool:
    """The writer's one-line biography ("Jane Roe is a political reporter at The Paper.")."""
    return len(line) <= 200 and " is " in line and bool(_AUTHOR_BIO.match(line))


# "Jane Roe is a political reporter at the Daily Star.", "-- Jane Roe covers housing for The
# Paper.", "Jane Roe writes about science": the writer's one-sentence biography at the foot.
_BIO = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[-—–]+\s*)?(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+"
    r"(?:is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}?(?:reporter|writer|correspondent|editor|columnist|"
    r"journalist|producer|contributor)\b|covers\s|writes\s+(?:about|on|for)\s|reports\s+on\s)"
)


# "Jane Roe reported from Kyiv, and John Doe from London.": the writers and where each
# reported from, a sentence of its own at the story's foot (the New York Times' and other
# American papers' form). Each part: names, "reported" (the first part must say it), "from"
# and a place of capitalised words, perhaps with its country after a comma.
_PLACE_WORDS = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|the))*?"
_REPORTED_PART = re.compile(
    rf"(?P<names>[^;]+?)\s+(?P<verb>reported\s+)?from\s+{_PLACE_WORDS}"
    rf"(?:,\s+{_PLACE_WORDS})?(?=\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+|\.?$))"
)
_REPORTED_JOIN = re.compile(r"\s*[,;]?\s*(?:and\s+)?")


def reported_from_byline(paragraph: str) -> Byline | None:
    """`Jane Roe reported from Kyiv; John Doe reported from London.`, `Jane Roe reported from
    Kyiv, and John Doe from London.`: the writers, when the whole paragraph is such parts;
    "contributed reporting" names helpers, and a sentence with more words is the story's."""
    raw = " ".join(paragraph.split())
    if not 20 <= len(raw) <= 320 or "reported from" not in raw or not raw.endswith("."):
        return None
    # "... from London. Ann Lee contributed reporting from Paris.": the helpers' sentences after
    # the writers' go (a helper is no writer)
    text = _HELPERS_AFTER.sub("", raw)
    end = len(text.rstrip("."))
    at = 0
    names: list[str] = []
    while at < end:
        m = _REPORTED_PART.match(text, at)
        if m is None or (not names and not m.group("verb")):
            return None
        found = name_list(m.group("names"))
        if not found or len(found) > 3:
            return None
        names.extend(found)
        join = _REPORTED_JOIN.match(text, m.end())
        if m.end() < end and (join is None or join.end() == m.end()):
            return None  # the part runs on into words no part is made of
        at = join.end() if join is not None and m.end() < end else end
    return Byline(raw=raw, names=names) if 1 <= len(names) <= 4 else None


_HELPERS_AFTER = re.compile(
    r"(?<=\.)(?:\s+[A-Z][^.]*?\bcontributed\s+(?:reporting|research)\b[^.]*\.)+$"
)


def bio_byline(paragraph: str) -> Byline | None:
    """The writers a story's closing biography names ("Jane Roe is a staff writer for The
    Paper. John Doe covers the Colts."), at most three; None when it names none."""
    text = " ".join(paragraph.split())
    if not text or len(text) > 400:
        return None
    names: list[str] = []
    end = 0
    for m in _BIO.finditer(text):
        name = m.group("name")
        if looks_like_name(name) and name not in names:
            names.append(name)
            stop = re.search(r"[.!?](?:\s|$)", text[m.end() :])
            end = m.end() + stop.end() if stop else len(text)
    if not 0 < len(names) <= 3:
        return None
    return Byline(raw=text[:end].strip(), names=names)  # the biography's sentences only


# A standfirst that names its writer at its end, as British and Irish papers and magazines
# print it under the headline: "..., writes Jane Roe", "... Jane Roe reports", "..., reports
# Jane Roe from Kabul". Only "writes" and "reports": "says Jane Roe" names a source as often.
_STANDFIRST_WRITER = re.compile(
    r"[,.;:!?\w]\s+(?:(?:writes|reports)\s+(?P<after>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
    r"|(?P<before>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:writes|reports)"
    # a magazine's standfirst with its byline run in after the sentence's stop ("... about
    # ancient climate. Words by Jane Roe"), labelled as the writer's: a bare "By" there as
    # often opens a set phrase in Title Case ("... a tearoom at the end of the world. By
    # Appointment Only", "By Royal Appointment", "By Popular Demand")
    r"|(?<=[.!?]\s)(?:Words|Text|Story|Written)\s+by"
    r"\s+(?P<by>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}))"
    # where the writer files from: "... reports Jane Roe from Kabul", "Jane Roe reports in Kyiv"
    r"(?:\s+(?:in|from)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
    r"[.!]?$"
)
# A standfirst is a sentence or two, not a paragraph of the story.
_STANDFIRST_MAX = 60


def standfirst_writer(line: str) -> Byline | None:
    """The writer a standfirst names at its end ("After five years ... at their peril, writes
    Jane Roe"), or None. The name must read as a person's: "..., writes The Economist" and
    "..., reports Reuters" are no writers here, and a sentence of the story that only ends
    in "writes" ("the minister writes") names no one capitalised."""
    text = " ".join(line.split())
    if len(text.split()) > _STANDFIRST_MAX or len(text.split()) < 5:
        return None
    m = _STANDFIRST_WRITER.search(text)
    if m is None:
        return None
    name = m.group("after") or m.group("before") or m.group("by")
    words = name.split()
    # ("Axios' Emily Peck", "Reuters' Jane Roe": a name ending in "s" takes the mark alone)
    owners = [k for k, w in enumerate(words) if w.endswith(("'s", "’s", "s'", "s’"))]
    if owners:
        # "Al Jazeera's Malcolm Webb reports.": the possessive is the outlet, the words
        # after it the correspondent's name
        name = " ".join(words[owners[-1] + 1 :])
        if len(name.split()) < 2:
            return None
    if not looks_like_name(name) or name.split()[0] in ("The", "A", "An"):
        return None
    return Byline(raw=text, names=[name])
