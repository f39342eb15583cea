"""The news agencies and press-release wires that name themselves in a dateline:
`BEIJING, March 3 (Xinhua) --`, `New Delhi, Mar 3 (UNI)`, `Riyadh, March 3, 2025, SPA --`,
`BOSTON--(BUSINESS WIRE)--`, `VANCOUVER, BC / ACCESSWIRE / March 3, 2025 /`.

Only the dateline grammar asks this list: a known name here is strong evidence that a line
opens a story. The agencies that also stand in bylines are bylines.AGENCIES, asked as well.
The list is written out because no maintained package lists news agencies; it holds the
international agencies, the national agencies of the countries whose English-language wires
are most copied (and the Cyrillic names Russian-language copy prints), and the press-release
distributors.
"""

from __future__ import annotations

import re

# Lower case, as printed (without "News Agency" where the short form is the usual one).
_WIRES = """
ap|upi|afp|reuters|reuter|bloomberg|bloomberg news|dow jones|ips|inter press service|
xinhua|xinhua news agency|china news service|cns|kyodo|kyodo news|jiji|jiji press|yonhap|
kcna|bernama|antara|vna|vietnam news agency|pna|philippine news agency|tna|mna|
pti|press trust of india|ians|ani|uni|app|ppi|bss|unb|rss|tass|ria|ria novosti|sputnik|interfax|ukrinform|
unian|belta|kazinform|trend|azertag|armenpress|
dpa|dpa-afx|apa|sda|keystone-sda|ats|ansa|agi|adnkronos|askanews|efe|europa press|lusa|
belga|anp|ritzau|ntb|tt|stt|pap|ctk|čtk|tasr|mti|hina|tanjug|beta|bta|agerpres|mia|sta|
epd|evangelischer pressedienst|ddp|
leta|elta|bns|montsame|ena|kabar|akipress|khovar|fena|srna|
ana-mpa|amna|ana|cna|focus taiwan|aa|anadolu|anadolu agency|irna|isna|tasnim|mehr|fars|
wam|spa|kuna|qna|bna|ona|mena|aps|algerie presse service|algérie presse service|map|tap|lana|sana|petra|nna|
nan|kna|sanews|african news agency|gna|
cp|the canadian press|aap|australian associated press|nzpa|pa|pa media|press association|
prensa latina|notimex|telam|télam|noticias argentinas|agencia noticias argentinas|agencia brasil|andina|
тасс|риа новости|интерфакс|interfax.ru|прайм|спутник|белта|укринформ|укрінформ|ttxvn|
pr newswire|prnewswire|business wire|businesswire|globe newswire|globenewswire|
accesswire|newsfile|newsfile corp|marketwired|cnw|newswire|eqs|eqs-news|prweb|
ein presswire|einpresswire|einpresswire.com|newsdirect|news direct|issuewire|
ots|apa-ots|news aktuell|3bl|3bl media|3blmedia|
mt newswires|rttnews|rtt news|dow jones newswires|
up|united press|ins|international news service|
"""
WIRE_SOURCES = frozenset(w.strip() for w in _WIRES.replace("\n", "").split("|") if w.strip())


# The services that distribute companies' and governments' press releases, by the names their
# newsrooms print at the top of each release's page ("GlobeNewswire by notified", "Mynewsdesk",
# "Newswire.ca" / "Cision", "Africa Newsroom" / "APO Group"): a site's name, no headline.
_RELEASE_SERVICES = frozenset(
    """pr newswire|prnewswire|globenewswire|globe newswire|business wire|businesswire|
mynewsdesk|cision|cision pr newswire|newswire.ca|newswire|apo group|africa newsroom|
jcn newswire|media outreach|media outreach newswire|accesswire|newsfile|newsfile corp|ein presswire|einpresswire|prweb|news direct|
newsdirect|3bl media|3blmedia|news aktuell|ots|eqs news|eqs-news|notified|prnewswire.com|
globenewswire.com|businesswire.com|einpresswire.com|newsfilecorp.com|accesswire.com|
mynewsdesk.com|africa-newsroom.com|jcnnewswire.com""".replace("\n", "").split("|")
)
# "GlobeNewswire by notified": the service's name with its owner's
_OWNED_BY = re.compile(r"\s+(?i:by|from|powered\s+by|a\s+service\s+of)\s+\S+(?:\s+\S+)?$")


def is_release_service(name: str) -> bool:
    """A press-release distribution service's name as its newsroom prints it atop a release."""
    text = _OWNED_BY.sub("", " ".join(name.split())).strip().lower()
    return text in _RELEASE_SERVICES


# Initials with a stop after each, a space or none between ("a.a.p", "i. n. s").
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.\s?){1,4}[a-z]\.?")


def is_wire_source(name: str) -> bool:
    """An agency or wire that prints its name in datelines (any case; a trailing dot off)."""
    from archiver.extract.bylines import is_agency

    key = " ".join(name.split()).strip(" .").lower()
    if key in WIRE_SOURCES or is_agency(key):
        return True
    if _DOTTED_INITIALS.fullmatch(key):
        # "A.A.P.", "U. P.", "I. N. S.": the initials spelt with stops, as papers printed them
        return re.sub(r"[.\s]", "", key) in WIRE_SOURCES
    # "(ANI/PRNewswire)", "(Reuters/GlobeNewswire)": an agency re-running a release wire's
    # copy names both, each a known one
    parts = [p.strip() for p in key.split("/")]
    if len(parts) == 2 and all(p in WIRE_SOURCES or is_agency(p) for p in parts):
        return True
    # "AAP-Reuter", "A.A.P.-Reuter": two wires that carried the cable together, joined by a
    # hyphen (Australian and New Zealand papers' credit for Reuters copy relayed by AAP)
    halves = key.split("-")
    return (
        len(halves) == 2
        and "dpa-afx" != key
        and all(h.strip() and (h.strip() in WIRE_SOURCES or is_agency(h.strip())) for h in halves)
    )


# Small words an agency's initials skip ("Press Trust of India", PTI).
_PARTICLES = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "el", "&"})


def spells_out(name: str, code: str) -> bool:
    """`name` is `code` spelt out: the initials of its words ("Bangladesh Sangbad Sangstha",
    BSS; "Press Trust of India", PTI; "Agence France-Presse", AFP), small words and a
    hyphen's halves counted as a reader of the code would. An agency's or an outlet's name
    over its code is its masthead, not a place with its wire."""
    letters = code.replace(".", "").upper()
    words = [w for w in re.split(r"[\s\-‐–]+", name.strip()) if w[:1].isalpha()]
    if not (letters.isalpha() and 3 <= len(letters) <= len(words)):
        # two letters are a state's or a city's ("Los Angeles (LA)"); a figure makes it a
        # station's call sign ("NEW YORK (NY1)"), which datelines do carry
        return False
    full = "".join(w[0] for w in words).upper()
    lean = "".join(w[0] for w in words if w.lower() not in _PARTICLES).upper()
    return letters in (full, lean)


# A news agency's name that says what it is: capitalised words ending in an agency's word
# ("Emirates News Agency", "Malaysian National News Agency", "Saudi Press Agency").
_AGENCY_WORDS = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:News\s+Agency|Press\s+Agency|News\s+Service|Agency|Press)"
)


def spelt_agency_name(name: str) -> bool:
    """Capitalised words ending in "News Agency" or "Press Agency" ("Anatolia News Agency",
    "Saudi Press Agency"): an agency by its own words, known or not. ("Press" or "Agency"
    alone ends many a firm's or a body's name: "Oxford University Press", "Energy Agency".)"""
    return _SPELT_AGENCY.fullmatch(" ".join(name.split())) is not None


_SPELT_AGENCY = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:News|Press)\s+Agency")


# An agency named by its country after "News Agency of" ("News Agency of the Slovak Republic",
# "Press Agency of Nigeria"), as the national agencies spell out their codes.
_AGENCY_OF = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?:News|Press)\s+Agency\s+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
)


# The word "agency" as national agencies spell out their names in their own languages
# ("Agência de Notícias de Portugal", "Agencia EFE", "Agenzia Nazionale Stampa Associata",
# "Austria Presse Agentur", "Anadolu Ajansı", "Agence France-Presse").
_AGENCY_WORD = re.compile(
    r"\b(?:Agency|Ag[eê]ncia|Agencia|Agenzia|Agence|Agentur|Nachrichtenagentur|Agentschap|"
    r"Agencja|Ajans[ıi]|Agentstvo|Ajensi)\b"
)


def names_agency(name: str, code: str) -> bool:
    """`name (code)` is a news agency's masthead, its name over its code: a known agency's
    name, the code spelt out, or words naming a news agency over a known agency's code."""
    if len(name.split()) < 2:
        return False
    return (
        is_wire_source(name)
        or spells_out(name, code)
        or (
            (_AGENCY_WORDS.fullmatch(name.strip()) or _AGENCY_OF.fullmatch(name.strip()))
            is not None
            and is_wire_source(code)
        )
        # "Lusa - Agência de Notícias de Portugal": a known agency's code over its name in its
        # own language, every word capitalised but the particles, one the word for "agency"
        # ("PA - Agency staff walk out": a headline)
        or (
            is_wire_source(code)
            and _AGENCY_WORD.search(name) is not None
            and all(w[:1].isupper() or w.lower() in _PARTICLES for w in name.split())
        )
    )
