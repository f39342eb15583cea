"""Photo captions and their credits, and gallery lines.

A caption line ends in a credit: `Photo by X/UPI`, `(AP Photo/X)`, `Photo: X/Reuters`,
`REUTERS/X`, `Credit: Reuters/X`, `X/Getty Images`, `Photo courtesy of X`, `File photo by X`.
A gallery line is `N of M | caption | License Photo`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from archiver.extract.bylines import (
    FOOTER_LINK_WORDS,
    is_brand_outlet,
    is_demonym,
    is_outlet_by_line,
    looks_like_name,
)
from archiver.extract.chrome import is_chrome, is_rights_statement
from archiver.extract.credits_national import national_credit, tagged_sources
from archiver.extract.memo import forget_with_the_rest, line_cache, short_text_cache
from archiver.extract.ranks import ranks_masked

# Photo agencies and picture desks that stand on one side of "Person/Agency".
PHOTO_AGENCIES = {
    "upi",
    "ap",
    "reuters",
    "thomson reuters",
    "afp",
    "getty images",
    "getty",
    "epa",
    "epa-efe",
    "efe",
    "pool",
    "xinhua",
    "bloomberg",
    "newscom",
    "shutterstock",
    "alamy",
    "sipa",
    "sipa usa",
    "zuma",
    "zuma press",
    "zuma wire",
    "anadolu",
    "anadolu agency",
    "imago",
    "picture alliance",
    "shine",
    "picture-alliance",
    "dpa",
    "kyodo",
    "yonhap",
    "nasa",
    "ap images",
    "afp/getty images",
    "upi photo",
    "the associated press",
    "associated press",
    "tass",
    "abaca",
    "rex",
    "rex/shutterstock",
    "polaris",
    "redux",
    "corbis",
    "pa",
    "pa images",
    "ansa",
    "aap",
    "cp",
    "the canadian press",
    "usa today",
    "usa today sports",
    "nurphoto",
    "ria novosti",
    "sputnik",
    "wikimedia commons",
    "flickr",
    "handout",
    "file",
    "getty images/istockphoto",
    "istock",
    "istockphoto",
    "eso",
    "nasa/esa",
    "esa",
    "invision",
    "ap photo",
    "afp photo",
    "reuters photo",
    "bloomberg news",
    "the new york times",
    "the washington post",
    # press-release wires distribute a company's own photos ("PRNewsfoto/Acme Corp")
    "prnewsfoto",
    # Cision's Canada Newswire credits a client's photo "(CNW Group/Acme Inc.)", in French
    # "(Groupe CNW/...)", and lately "(Newswire.ca/...)"
    "cnw group",
    "groupe cnw",
    "newswire.ca",
    "pr newswire",
    "business wire",
    "globenewswire",
    "globe newswire",
    "accesswire",
    "eurekalert",
    # more agencies and picture desks of the world's wires
    "aap photos",
    "aap image",
    "ntb",
    "tt",
    "anp",
    "belga",
    "apa",
    "keystone",
    "lusa",
    "ana",
    "ani",
    "pti",
    "ians",
    "bernama",
    "antara",
    "spa",
    "mena",
    "kcna",
    "vna",
    "pna",
    "al jazeera",
    "ap photo/file",
    "afp via getty images",
    "bloomberg via getty images",
    "sopa images",
    "lightrocket",
    "gallo images",
    "african news agency",
    "ips",
    "pa archive",
    "pa wire",
    "pa media",
    # national agencies and picture desks printed beside a photographer's name
    "anadolu ajansı",
    "anadolu ajansi",
    "aa",
    "wafa",
    "kuna",
    "qna",
    "irna",
    "sana",
    "aps",
    "map",
    "folhapress",
    "estadão conteúdo",
    "agência brasil",
    "agencia brasil",
    "notimex",
    "télam",
    "telam",
    "europa press",
    "agencia efe",
    "epa-efe/efe",
    "ap photo/pool",
    "kyodo news",
    "jiji",
    "jiji press",
    "chinatopix",
    "vcg",
    "cns",
    "china news service",
    "aap image/supplied",
    "npr",
    "usa today network",
    "nzme",
    "stuff",
    "rnz",
    "abc news",
    "cbc",
    "ctv news",
    "istock/getty images",
    "getty images/istock",
}
# The picture agencies and national agencies' photo services most often credited in other
# countries' captions (the list is written out: no maintained package lists them).
PHOTO_AGENCIES |= {
    "newsis", "news1", "yonhap", "kyodo", "jiji", "ansa", "lapresse", "imagoeconomica",
    "europa press", "efe", "dpa", "picture alliance", "picture-alliance", "imago", "anp",
    "belga", "ritzau scanpix", "scanpix", "ntb", "lehtikuva", "keystone", "apa", "ap photo",
    "folhapress", "estadão conteúdo", "agência brasil", "aap", "pa", "pa wire", "pa images",
    "alamy", "shutterstock", "sipa", "abaca", "zuma press", "nurphoto", "anadolu",
    "anadolu agency", "sopa images", "bloomberg", "tass", "ria novosti", "sputnik", "xinhua",
    "bernama", "antara", "pti", "ani",
    # Jordan's national agency, credited in brackets after a caption by the region's
    # English-language papers ("... via video link. (Petra)"); not WAM, whose copy closes
    # with its desk's trailer in the same shape ("WAM/Jane Roe/John Doe"), no photo's credit
    "petra", "jordan news agency", "saudi press agency",
    # Greece's picture agencies, credited by Kathimerini and other Greek papers
    "intime news", "eurokinissi", "ana-mpa",
    # South Africa's picture agency (Gallo Images), printed "(Gallo)" by its papers
    "gallo",
    # AFP's name written out; Mexico's and Chile's picture agencies; a stock library
    "agence france-presse", "agence france presse", "cuartoscuro", "agencia uno", "aton chile",
    "123rf",
    # Argentina's private agency, Noticias Argentinas, credited "| NA" after a caption (the
    # Buenos Aires Times, Perfil), as Télam was before it closed
    "noticias argentinas", "agencia noticias argentinas",
    # British, Irish and Commonwealth picture agencies and publishers' picture desks, as their
    # papers credit them after a caption ("... on Saturday. | National World", "Photo:
    # Sportsfile", "(Image: SWNS)"): National World's and Reach's titles, Ireland's sports and
    # news agencies, Northern Ireland's, Canada's and Australia's
    "national world", "swns", "mirrorpix", "rex features", "sportsfile", "inpho",
    "rollingnews.ie", "pacemaker", "pacemaker press", "press eye", "the canadian press",
    "postmedia", "postmedia news", "news corp australia", "aap image", "newspix",
    # South Asian governments' press offices, whose handout pictures papers credit after a
    # dash ("... in Islamabad. — PID", "— PIB")
    "pid", "pib",
    # Britain's regional news and picture agencies, whose pictures national titles credit in
    # capitals under a caption ("CENTRAL NEWS", "CATERS NEWS", "KENNEDY NEWS AND MEDIA")
    "central news", "caters news", "caters news agency", "kennedy news", "kennedy news and media",
    "cavendish press", "story picture agency", "bav media", "solent news", "mercury press",
}  # fmt: skip
# Wire names also printed as a sign-off glued to a story's last sentence ("... he said. (ANI)"):
# known on one side of a slash, but not taken for a caption's credit when they stand alone.
_NOT_ALONE = {
    "aa",
    "map",
    "aps",
    "sana",
    "cns",
    "stuff",
    "cbc",
    "npr",
    "tt",
    "ana",
    "spa",
    "wam",
    "mena",
    "pna",
    "vna",
    "apa",
    "ips",
    "ani",
    "ians",
    "pti",
    "ntb",
    "anp",
    "lusa",
    "kcna",
    "antara",
    "bernama",
    "belga",
    "keystone",
    "eurekalert",
}  # fmt: skip
_ORG_WORDS = re.compile(
    r"\b(department|ministry|university|inc|ltd|llc|agency|office|museum|police|service|"
    r"company|corp|association|government|council|foundation|institute|army|navy|"
    r"air force|military|command|center|centre|club|hospital|school|college|embassy|"
    r"administration|authority|commission|committee|society|group|organization|"
    r"organisation|team|family|studio|studios|records|press|news|archive|archives|"
    r"library|church|city|county|state|national|federal|the|tv|radio|sheriff'?s?|"
    # the same institutions in the languages of the captions that credit them
    r"municipalidad|municipio|ayuntamiento|gobierno|ministerio|secretar[ií]a|prefeitura|"
    r"governo|minist[ée]rio|comune|regione|ministero|mairie|minist[èe]re|gouvernement|"
    r"stadt|ministerium|polizei|policía|polícia|polizia|universidad|universidade|universit[àé]|"
    # a company's legal form: "Nordhafen Logistik GmbH", "Acme AG", "Foo Pty", "Bar S.A." (not
    # Sweden's "AB": "Ab" opens many Malay names)
    r"gmbh|ag|plc|pty|srl|s\.a|bv|nv|kg|oy|oyj|spa|s\.p\.a)\b",
    re.IGNORECASE,
)

_LEAD = r"(?:^|(?<=[\s.(—–]))\(?"
_TAIL = r"\)?\s*\.?\s*$"
# A capital letter a name opens with, in the Latin, Cyrillic and Greek alphabets ("Игорь
# Зарубин/ТАСС", "Фото: Олена Гриценко, Укрінформ" are credited as "Jane Roe/AFP" is).
_CAPITAL = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽЀ-ЯҐЄІЇΆ-ΏΑ-Ω"
# Initials run together ("J.R. Roe", "U.S. Navy / National Archives") are one token: read
# from their second letter, the credit would lose its first ("S. Navy").
# (a brand's word in camel case, its capital second: "iWitness Weather/Jane Roe", "iStock")
_NAME_TOKEN = rf"(?:[{_CAPITAL}](?:[\w'’\-]+|\.(?:[{_CAPITAL}]\.)*)|[ei][A-Z][a-z][\w'’\-]*|van|von|de|der|da|di|del|la|le|bin|al|el)"
# A name's later word: also a middle initial printed without its dot ("Scott G Winterton").
_LATER_TOKEN = rf"(?:{_NAME_TOKEN}|[A-Z](?=\s|/|$))"
_CREDIT_PATTERNS = [
    # (AP Photo/Jane Roe), (AP Photo/Jane Roe, File), (AP Photo)
    re.compile(
        r"\((?P<credit>(?P<agency>[A-Z][\w.&\- ]{0,20}?) (?:[Pp]hotos?|PHOTOS?)(?:\s*/\s*(?P<person>[^()]+?))?)\)\s*\.?\s*$"
    ),
    # File photo by X / Photo by X / Photos by X / UPI Photo by X; "Photo via Shutterstock",
    # "Image via Getty Images": the source the picture came through, named alone after "via";
    # "Illustration by The Atlantic", "Artwork by Jane Roe": a drawing's maker as a photo's;
    # "Featured image: illustration; via MTI/Jane Roe": the label's colon, and what kind of
    # picture it is, before "via" (Hungary Today's and other WordPress sites' lead image);
    # "Pix by Jane Roe": the plural as Sri Lankan and British papers spell it; "Graphic by
    # Jane Roe, The Courier": a chart's or a map's maker, as USA Today's network prints it
    re.compile(
        rf"{_LEAD}(?i:(?:file\s+)?(?-i:(?:U\.S\.\s+)?(?:(?:Air|Marine|Coast|Space|National)\s+)?)(?:[A-Z]+\s+)?(?:photos?|photographs?|photographed|photography|pictures?|pics?|pix|images?|photo[-\s]illustration|illustrations?|artwork|(?:info)?graphics?)"
        rf"(?:\s*:(?:\s*(?:illustration|illustrative|file(?:\s+photo)?)\s*[;,])?)?\s+(?:by|via):?)\s+(?P<credit>[A-Z][^()]*?(?:\s\([A-Z][^()]{{1,40}}\))?){_TAIL}"
    ),
    # Photo courtesy of X / Courtesy of X
    re.compile(
        rf"{_LEAD}(?i:(?:(?:photos?|images?|pictures?)\s+)?courtesy(?:\s+of|\s*:)?|permission\s+granted\s+by|used\s+with\s+permission\s+(?:of|from)"
        # "Gentileza X", "Cortesía de X", "Cortesia X": the same lender in Spanish and Portuguese
        rf"|(?:(?:cr[ée]ditos?|foto)\s*:\s*)?(?:gentileza|cortes[ií]a)(?:\s+(?:de|da|do))?"
        # "Photo provided by X", "Provided by X", "(Submitted by X)": a lender, as courtesy is
        # (a capital "Provided" opens the credit; "funding provided by" is a sentence's)
        rf"|(?:photos?|images?|pictures?)\s+(?:provided|submitted|supplied)\s+by"
        rf"|(?-i:Provided|Submitted|Supplied)\s+by)"
        rf"\s+(?:the\s+)?(?P<credit>[A-Z][^()]*?){_TAIL}"
    ),
    # Photo: X/Reuters, Credit: Reuters/X, Photograph: X, Image: © ESO/X, Image copyright X;
    # "Lead image: X / Shutterstock", "Top photo: X": the label naming which picture it is,
    # as magazines print the lead picture's credit at the story's foot; "Bilder: X", "Fotos:
    # X": the German, Spanish and Portuguese label in the plural, as a reportage credits its
    # photographer under the writer ("Text: Jane Roe" / "Bilder: Ann Poe")
    re.compile(
        rf"{_LEAD}(?:(?i:(?:lead|top|main|header|hero|featured?|cover|banner)\s+(?=(?:photo|image|picture)))?(?i:photos?|photographs?|photographer|photography|pictures?|pic|credits?|images?|fotos?|fotograf[ií]a|bild(?:er)?|"
        # "PHOTOG: JANE ROE": a newsroom's budget and CMS field, the photographer's short name
        rf"(?-i:PHOTOG|Photog)|"
        # "Image Credits: Jane Roe / TechCrunch": the label in the plural as some sites print it
        # "Image Source : PTI" (India TV's label over its pictures)
        rf"cr[ée]ditos?|photo\s+credits?|image\s+credits?|image\s+source|supplied|fot\.?|źródło\s+zdjęcia(?:\s+głównego)?"
        # "Illustration; Source: Equinor", "Photo source: Airbus": what kind of picture, then
        # the source's label (trade papers' pictures lent by the companies they write about)
        rf"|(?:photos?|pictures?|images?|illustrations?|graphics?|renderings?)(?:\s*[;,.]\s*|\s+)sources?"
        # "Imagen:", "Imagem:", "Immagine:" (Spanish, Portuguese, Italian), "Photo-Illustration:"
        rf"|imagen|imagem|immagine|photo[-\s]illustration|illustration|ilustración|φωτογραφία"
        # "Composite: Guardian Design; Getty Images": a montage's credit, its makers and the
        # pictures' sources (The Guardian's and The Observer's label)
        rf"|composite"
        # a drawing's or a rendering's credit ("Visualisierung: VBZ", "Rendering: Acme")
        rf"|visualisierung|rendering|grafik"
        # a picture taken from a screen: "Screen capture: Twitter", "Screenshot: YouTube"
        rf"|screen\s*(?:capture|shot|grab)|screengrab"
        rf"|kuva|фото|снимка|zdjęcie"
        # Turkish, Hungarian, Czech and Romanian, Croatian and Serbian ("Fotoğraf: Jane Roe -
        # Anadolu Ajansı", "Fotó: MTI/Jane Roe")
        rf"|fotoğraf|fotó|fotografie|fotografija)\s*:"
        # "Fot. Jane Roe" (Polish papers' abbreviated label, printed without a colon)
        rf"|(?-i:Fot\.)(?=\s+[{_CAPITAL}])"
        # "(Photo | Jane Roe, EPS)": the label in brackets set off by a bar (The New Indian
        # Express's); "PHOTO | FILE | NATION" unbracketed is a bar credit, read further below;
        # "Graphic / NZME": the NZ Herald's label over its own maps and charts, as "Photo /"
        rf"|(?i:photo|picture|pic|image|foto|graphic)\s+/|(?<=\()(?i:photo|picture|pic|image)\s+\|"
        rf"|(?i:credit)(?:\.{{2,}}|…)"
        rf"|(?i:image\s+copyright|copyright)\b:?|(?i:image\s+source),|©)\s*©?\s*"
        # "... on February 20, 2025. © 2025 Jane Roe": the picture's year after the mark
        # (Human Rights Watch's captions); a line that opens on "© 2025" is a rights notice
        # "Pic: @jane_roe/X", "Credit: @janeroe via TikTok": a social account's handle, the
        # source of a video still or a reader's picture, after the label
        rf"(?:(?<=©)\s*(?:19|20)\d\d\s+)?(?P<credit>(?:[{_CAPITAL}]|\d+[A-Za-z]|@\w|picture.alliance|imago|dpa\b|iStock)[^()]*?){_TAIL}"
    ),
    # REUTERS/Kim Kyung-Hoon, AFP/Getty Images, EPA/JANE ROE (agency in capitals first); a
    # name in capitals before the slash has its hyphens too ("JANE ROE-DOE/TORONTO STAR");
    # capitals with their accents ("ČTK/Šimánek Vít": the Czech agency as it spells itself)
    re.compile(
        rf"{_LEAD}(?P<credit>[{_CAPITAL}][{_CAPITAL}\-]{{1,15}}(?: [{_CAPITAL}][{_CAPITAL}\-]{{1,15}}){{0,2}}\s*/\s*[^/()]+?(?:/[^/()]+?)?){_TAIL}"
    ),
    # Jane Roe/Getty Images, Stephen Shaver/UPI (a known agency after the slash); Jane
    # Roe/Bloomberg/Getty Images (the agency, then its distributor after a second slash)
    re.compile(
        rf"{_LEAD}(?P<credit>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}\s*/\s*(?P<agency>[^/()]+?)"
        rf"(?:\s*/\s*(?P<distributor>[^/()]+?))?){_TAIL}"
    ),
    # Jane Roe via Getty Images, Jane Roe/Bloomberg via Getty Images, Jane Roe for The Post,
    # Jane Roe | AP
    re.compile(
        rf"{_LEAD}(?P<credit>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}"
        # "Jane Roe/picture alliance via Getty Images": the agency as it spells itself
        rf"(?:\s*/\s*(?:[A-Z]|picture.alliance)[\w.&'’\- ]{{0,30}}?)?"
        # "Jane Roe • The Chronicle Herald": a bullet where others print the bar
        rf"(?:\s+(?P<how>via|for)|\s+[|•])\s+(?P<agency>[A-Z][\w.&'’\- ]{{0,30}}?)){_TAIL}"
    ),
    # "... at the rally on Monday. Reuters": a bare agency after the caption's last sentence
    # (or after the date that ends a caption with no stop: "... on October 5, 2024 Reuters")
    re.compile(
        r"(?:(?<=[.!?”\"’)] )|(?<=\b(?:19|20)\d\d ))(?P<credit>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,2})\s*$"
    ),
    # "Graphic: Jane Roe", "Infographic: Jane Roe/The Times": a chart's maker under it, as
    # a photo's credit (Reuters' and the WSJ's galleries set a chart among the pictures);
    # a name's two or three words, an agency's after a slash, since "Graphic: How the flood
    # spread" and "GRAPHIC: Surveillance Video Shows Deadly Crash" are links and warnings
    # ("Map: Jane Roe, Reuters", "... Source: Census Bureau; Map: DW", "Data: RTD; Chart:
    # Axios Visuals": a map's or a chart's maker so, a known outlet's, also after its data's
    # source and a semicolon; see _chart_maker_named)
    _CHART_MAKER := re.compile(
        # (at the line's start, after a sentence or a gallery's "[2/3]"; a map's or a chart's
        # also after a source's semicolon)
        r"(?:^|(?<=[.!?”\"’)\]]\s)|(?<=;\s)(?=(?i:maps?|charts?)\b))"
        rf"\(?(?P<label>(?i:(?:info)?graphics?|maps?|charts?))\s*:\s*"
        rf"(?P<credit>(?!(?i:how|what|where|why|when|who|which|inside|tracking|mapping|see|the|an?)\b)"
        rf"{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{0,2}}"
        rf"(?:\s*(?:/|,)\s*{_LATER_TOKEN}(?:\s+{_LATER_TOKEN}){{0,2}})?)"
        rf"{_TAIL}"
    ),
]


def _chart_maker_named(credit: str, start: int, label: str = "graphic") -> bool:
    """A chart's label names its maker when a person's name follows it: two words on a
    line of their own ("Graphic: Jane Roe"), up to three under a gallery's number or after
    the caption ("[2/3] Graphic: Priya Dosanjh Leclair"); three capitalised words opening a
    line are as often a link's or a warning's ("Graphic: Flood Waters Rise"). A graphic's
    maker's outlet follows a slash, never a comma ("Graphic: Bush Fire, Hazard Reduction" is
    its title), and no source's semicolon comes before it. A map's or a chart's label is as
    often its title's ("Map: Storm Ashley", "Map: South Sudan, Chad", "Chart: Copper Prices"):
    the maker there is a known outlet or agency ("Map: DW"), a desk of one ("Chart: Axios
    Visuals", "Map: Reuters Graphics"), or a name with one of those, or with a desk's words,
    after a slash or a comma ("Map: Jane Roe, Reuters", "Map: Elena Brickner, NG Maps"), never
    a name or a place alone."""
    if label.lower().startswith(("map", "chart")):
        if _chart_maker_outlet(credit):
            return True
        parts = re.split(r"\s*[/,]\s*", credit, maxsplit=1)
        return (
            len(parts) == 2
            and len(parts[0].split()) >= 2
            and looks_like_name(parts[0])
            and (_chart_maker_outlet(parts[1]) or _chart_desk(parts[0], parts[1]))
        )
    if "," in credit:
        return False
    if start == 0 and _chart_maker_outlet(credit):
        # "Graphic: Daily Maverick" under a chart's data and source: the paper that drew it,
        # a known outlet alone on the label's line (a title is no outlet's name)
        return True
    name = credit.split("/")[0].strip()
    if len(name.split()) < 2:
        return False  # "Graphic: Flood": a label's one word
    return looks_like_name(name) and (start > 0 or len(name.split()) <= 2)


def _chart_maker_outlet(text: str) -> bool:
    """Whether a map's or a chart's maker is a known outlet or agency ("DW", "Reuters"), or an
    outlet's graphics desk ("Axios Visuals", "Reuters Graphics"); a place the gazetteer knows
    is the map's title ("Map: Dominican Republic" has a paper's last word)."""
    from archiver.extract.gazetteer import is_known_place
    from archiver.extract.masthead import is_masthead

    text = text.strip()
    if not text or is_known_place(text):
        return False
    if _is_agency(text) or is_masthead(text):
        return True
    words = text.split()
    return (
        len(words) >= 2
        and words[-1].lower() in _CHART_DESK_WORDS
        and is_masthead(" ".join(words[:-1]))
    )


# The word an outlet's graphics desk adds to its name ("Axios Visuals", "Reuters Graphics").
_CHART_DESK_WORDS = frozenset({"visuals", "graphics", "maps", "cartography", "infographics"})


def _chart_desk(name: str, text: str) -> bool:
    """Whether the words after a map's maker's name are a graphics desk's, one or two
    capitalised words and the desk's word ("Elena Brickner, NG Maps"), the name no place's
    ("Map: Western Ireland, Road Maps" is a title)."""
    from archiver.extract.gazetteer import is_known_place

    words = text.split()
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in _CHART_DESK_WORDS
        and all(w[:1].isupper() for w in words)
        and not any(is_known_place(w) for w in [name, *name.split()])
    )


# A credit ends its line and is short: the patterns look at no more than the line's end, so a
# long line costs no more than a short one (and no pattern backtracks over the whole line).
_CREDIT_WINDOW = 200


@dataclass(frozen=True)
class Credit:
    credit: str
    photographer: str | None
    agency: str | None


@dataclass(frozen=True)
class GalleryLine:
    position: int
    count: int
    caption: str | None
    licensable: bool


# An agency's initials printed with a stop after each ("A.N.S.A.", "A.P.", "U.P.I."), as some
# papers and older house styles print them: the same agency as its initials run together.
_DOTTED_AGENCY = re.compile(r"(?:[A-Z]\.){2,}[A-Z]?\.?")


def _caps_pair_after_caption(before: str, credit: str) -> bool:
    """A photographer's name and a known agency in capitals, a slash between, closing a caption
    in mixed case printed without its stop ("A burnt vineyard in Cauquenes JANE ROE / AFP", as
    AFP's captions reach the sites that re-run them): the change to capitals marks where the
    credit begins, as a stop would."""
    head, _, agency = credit.partition("/")
    return (
        credit.isupper()
        and _caption_before(before)
        and _is_agency(agency.strip())
        and _caps_person_alone(head.strip()) is not None
    )


def _ends_in_agency_initials(text: str) -> bool:
    """Whether the line's last stop is a known agency's, its initials dotted ("... near
    Bagnacavallo. Max Cavallari / A.N.S.A."): no sentence's stop, which a credit never ends in."""
    last = re.split(r"[\s/|(]", text)[-1]
    return _dotted_agency(last)


def _dotted_agency(text: str) -> bool:
    """A known agency's initials dotted ("A.N.S.A.", "A.P."), read so on a credit's path only:
    _is_agency itself keeps "the E.P.A." or "P.A." of a story's sentence no agency's."""
    text = text.strip()
    return _DOTTED_AGENCY.fullmatch(text) is not None and _is_agency(text.replace(".", ""))


def _is_agency(text: str) -> bool:
    text = text.strip().strip(".")
    low = text.lower()
    if low.endswith(" graphics"):
        low = low[: -len(" graphics")]  # "PA Graphics", "Reuters Graphics": an agency's desk
    return low in PHOTO_AGENCIES or _PICTURE_DESK.fullmatch(text) is not None


# A stock library's collection, then the library that licenses it, after a photographer's
# name and a slash: Getty Images sells iStock's and its own collections ("iStock/Getty Images
# Plus", "E+/Getty Images", "DigitalVision Vectors/Getty Images", "Moment/Getty Images").
_STOCK_COLLECTION = re.compile(
    r"(?:iStock(?:photo)?(?: Editorial| Unreleased)?|E\+|DigitalVision(?: Vectors)?|Moment(?: Mobile)?"
    r"|Stone|The Image Bank(?: Unreleased)?|Photodisc|Westend61|Tetra Images|Hulton Archive"
    r"|Corbis(?: Historical| Documentary)?|Archive Photos)\s*/\s*Getty Images(?: Plus| Pro)?",
    re.IGNORECASE,
)
# A picture agency named for what it sells: "Imagn Images", "Gallo Images", "Alamy Stock Photo".
_PICTURE_DESK = re.compile(
    r"[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,2} (?:Images|Pictures|Stock Photo|Photo Agency)"
)


def _clean_person(text: str | None) -> str | None:
    if not text or ";" in text:
        return None  # "WIRED Staff; Getty Images": two parties, neither one person
    text = re.sub(r"[,/]\s*(?:file(?:\s+photo)?|pool|handout)\s*$", "", text.strip(), flags=re.I)
    text = text.strip(" .,")
    if not text or _ORG_WORDS.search(text) or _is_agency(text):
        return None
    if any(ch.isdigit() for ch in text) or not 2 <= len(text.split()) <= 5:
        return None  # one word is an organisation ("SpaceX", "CDC") more often than a person
    if any(w.islower() and w not in _CREDIT_SMALL_WORDS for w in text.split()):
        return None  # "Materiały prasowe UMK" (press materials): a name's words are capitalised
    if any(w[:1].islower() and w[1:2].isupper() for w in text.split()):
        return None  # "iWitness Weather", "eBay": a brand's word in camel case, no person's
    if any(w.lower() in _BUTTON_WORDS for w in text.split()):
        return None  # "Buy Now", "FULL BIO", "Related Topics": a page's buttons and headings
    if text.split()[0].lower() in _SENTENCE_OPENERS:
        return None  # "(Before Mr W. A. Barton, S.M.)": a court report's bench, no credit
    if any(_POSSESSIVE.search(w) for w in text.split()):
        return None  # "DOMINIC'S VIEW", "EDITOR'S NOTE": a column's heading, no one's name
    return text


# "File photo", "File picture": the label of a picture from the archive, which a page sets over
# what it shows ("File photo: Third Mainland Bridge") as well as over its credit.
_FILE_LABEL = re.compile(r"\b(?i:file)\s+(?i:photo|picture|image|pic)")
# The last word of a structure's or a landmark's name, which no person's name ends in ("Third
# Mainland Bridge", "Victoria Falls"); not "Park", "Hill", "Lake", "Camp" or "Dam", which are
# surnames too ("Lex van Dam"), nor "Airport" or "Hospital", whose offices lend pictures
# ("Photo: Heathrow Airport").
_STRUCTURE_WORDS = frozenset(
    "bridge bridges falls caves stadium mountains valley island islands border "
    "district province flyover interchange expressway highway motorway".split()
)


# Prepositions that open a phrase, never a person's name ("Before Mr Jane Roe, S.M.": who sat
# on the bench of a court report; "After Jane Roe": a picture after a painter's work).
_SENTENCE_OPENERS = frozenset("before after during since until under upon against".split())


# A possessive word ("Dominic's", "EDITOR’S"): no part of a person's name ("O'Neil", "D'Souza"
# keep their apostrophe inside the word).
_POSSESSIVE = re.compile(r"\w['’][sS]$")


# Words of a page's buttons and headings that stand where a credit might ("Buy Now" over a
# caption, "... loyalty programs. FULL BIO", "Related Topics"), in no person's name.
_BUTTON_WORDS = frozenset(
    "bio buy related topics subscribe newsletter newsletters advertisement comments".split()
)


# A page credits many photos to the same photographer and agency ("Jane Roe/UPI" under every
# picture of a gallery): the answer for a credit read a moment before is kept.
@short_text_cache
def split_credit(credit: str) -> Credit:
    """Who took the photo and for whom, from a credit such as `Stephen Shaver/UPI`."""
    credit = credit.strip()
    m = re.fullmatch(r"(?P<agency>.+?) (?i:photos?)(?:\s*/\s*(?P<person>.+))?", credit)
    # "AP Photo/Jane Roe", "NYSDOT photo", "Meridian Photo/Jane Roe": a photo desk, then the person
    person = (m.group("person") or "").strip() if m else ""
    if m and (
        _is_agency(m.group("agency"))
        or m.group("agency").isupper()
        or (person and _PERSON.fullmatch(_strip_markers(person)) is not None)
    ):
        return Credit(credit, _clean_person(m.group("person")), m.group("agency").strip())
    parts = [
        p.strip()
        for p in re.split(r"\s*/\s*|,\s+|\s+(?:via|for)\s+|\s+[|•]\s+|\s+(?:[-–—]|--)\s+", credit)
        if p.strip()
    ]
    parts = [_DESK_PREFIX.sub("", _LEADING_LABEL.sub("", p)) for p in parts]
    parts = [p for p in parts if p and p.lower() not in _NOT_A_PARTY]
    if len(parts) >= 2:
        # "Jane Roe / A.N.S.A.": a known agency's initials dotted count on a credit's path
        agency_idx = [i for i, p in enumerate(parts) if _is_agency(p) or _dotted_agency(p)]
        if not agency_idx:
            # "JANE ROE / Staff Photographer", "Jane Roe/Globe Staff": the paper's desk
            agency_idx = [i for i, p in enumerate(parts) if _STAFF_DESK.fullmatch(p)]
        if agency_idx:
            i = agency_idx[0]
            others = [
                p
                for j, p in enumerate(parts)
                if j != i and not (_is_agency(p) or _dotted_agency(p))
            ]
            agency = parts[i]
            # "AFP/Getty Images": two agencies, no person
            rest_agencies = [p for j, p in enumerate(parts) if j != i and _is_agency(p)]
            if rest_agencies and not others:
                agency = "/".join(parts)
            return Credit(credit, _clean_person(others[0]) if others else None, agency)
        # "The STAR/Jane Roe": the one part that reads as a person's name is the photographer
        # a newspaper's name reads as capitalised words too: "NWA Democrat-Gazette/Jane Roe"
        people = [
            i
            for i, p in enumerate(parts)
            if _PERSON.fullmatch(p)
            and _clean_person(p)
            and not OUTLET_NAME.match(p.replace("-", " "))
        ]
        if len(parts) == 2 and len(people) == 1 and "/" in credit:  # "X for Y": X took it
            return Credit(credit, parts[people[0]], parts[1 - people[0]])
        upper = [i for i, p in enumerate(parts) if p.isupper() and len(p) > 1]
        desks = [i for i, p in enumerate(parts) if _NEWS_DESK.search(p)]
        if len(desks) == 1:  # "TRIBUNNEWS/JEPRIMA": the site's photo desk is the agency
            upper = desks
        i = upper[0] if len(upper) == 1 else len(parts) - 1
        others = [p for j, p in enumerate(parts) if j != i]
        return Credit(credit, _clean_person(others[0]), parts[i])
    only = parts[0] if parts else credit
    if _is_agency(only):
        return Credit(credit, None, only)
    return Credit(credit, _clean_person(only), None)


# A paper's own photographers named as a desk: "Staff Photographer", "Globe Staff", "Times
# Staff Photographer", "Contributing Photographer".
_STAFF_DESK = re.compile(
    r"(?:[A-Z][\w.&'’\-]*\s+){0,2}(?i:staff(?:\s+photographer)?|(?:staff|contributing|freelance)"
    r"\s+photographer|photographer)"
)
# A photographer's title where a credit's outlet stands: "Staff photographer", "Contributing
# Photographer", "Times staff photographer", "Staff photojournalist" (never a writer's title).
_PHOTOGRAPHER_TITLE = re.compile(
    r"(?:[A-Z][\w.&'’\-]*\s+){0,2}(?i:(?:staff|contributing|freelance|chief|senior)\s+)?"
    # "Jane Roe | Photo Editor", "Jane Roe | Assistant Photo Editor": a student or a small
    # paper's photographer named by the photo desk's title (SNO's sites print it so)
    r"(?i:photographer|photojournalist|(?:photo|photography|visuals?|multimedia)\s+editor)"
)
# Words in a credit's parts that say what the picture is or how it reached the page, not who
# made it: "Graphic / NZME", "Photo: Illustrative, Ukrinform/Jane Roe".
_NOT_A_PARTY = {
    "file", "file photo", "filepic", "file pic", "handout", "photo", "foto", "graphic", "graphics", "illustration",
    "illustrative", "illustrative photo", "infographic", "map", "chart", "ilustrasi",
    "ilustración", "ilustração", "illustrazione", "grafik", "gráfico", "grafico",
}  # fmt: skip
# "Top photo: Jane Roe", "Main image: Jane Roe": the label of the page's lead picture.
_LEADING_LABEL = re.compile(
    r"^(?i:(?:top|main|lead|header|cover|featured|hero|file)\s+)?"
    r"(?i:photo|image|picture|illustration|graphic)\s*:\s*"
)
# "VNA/VNS Photo Jane Roe": a desk's "Photo" before the person, with no slash between them.
_DESK_PREFIX = re.compile(rf"^[A-Z]{{2,8}}\s+(?:Photo|PHOTO)\s+(?={_NAME_TOKEN}\s+{_NAME_TOKEN})")
# "File" and "Pool" say how the photo reached the page, not who made it.
_MARKERS = re.compile(
    # "Jane Roe/Globe Staff/File 2014": the file marker with the year the photo was taken
    r"(?:\s*[,/]\s*(?:file(?:\s+photo)?(?:\s+(?:19|20)\d\d)?|pool(?:\s+photo)?)"
    # "EUROPA PRESS - Archivo", "Jane Roe / Archiv": "file" in Spanish, Portuguese, German
    r"|\s*(?:[,/]|\s[-–—])\s*(?:archivo|arquivo|archiv))+\s*$",
    re.IGNORECASE,
)
# Every match of _MARKERS holds one of these words (its letters in any case).
_MARKER_WORDS = ("file", "pool", "archiv", "arquivo")


def _strip_markers(text: str) -> str:
    """_MARKERS.sub("", text), the pattern tried only on a text holding one of its words: on
    ASCII text, lowered, the pattern's IGNORECASE letters are those words' own (a non-ASCII
    text, where "ı" or "İ" is an "i" to IGNORECASE, is always searched). A caption's line
    seldom names its file or pool, and the pattern tries every position of a long line."""
    if text.isascii():
        lowered = text.lower()
        if not any(word in lowered for word in _MARKER_WORDS):
            return text
    return _MARKERS.sub("", text)


# A credit holds names and initials ("Leslie E. Kossoff", "U.S. Navy"), never a sentence's end.
_SENTENCE_IN = re.compile(r"(?:[a-z]{2,}|\d{2,})[.!?]\s|,\s.*,\s")
# Before a caption's credit: the start of the line, or the end of the caption's sentence.
# A dash, a bar or a "File |" may stand between the two: "... Islamabad. — White Star/File",
# "... in Chennai. File | Photo Credit: X".
_SENTENCE_END = re.compile(
    r"(?:^|[.!?\"”’)]|\b[A-Z]{2,}|\d)\s*(?:(?:[—–|]|--)\s*)?(?:(?i:file)\s*[|/]\s*)?\(?$"
    # "Cars stranded on the avenue - Jane Roe/Folhapress": a spaced dash ends the caption,
    # after its full stop too ("... in November. - Jane Roe • The Paper", as SaltWire prints)
    r"|[\w.!?\"”’)]\s+[-–—]$"
    # "Eröffnung des Zentrums / Foto: Jane Roe": a spaced slash before the credit's label
    r"|\w\s+/$"
)
# A newspaper's name: "The Seattle Times", "Tampa Bay Times", "The Daily Sentinel".
OUTLET_NAME = re.compile(
    # "Herald & Review": an ampersand joins a paper's two words
    r"^(?:The )?(?:(?:[A-Z][\w.&'’-]*|&|(?<=[a-z] )and(?= [A-Z])) ){0,3}"
    # "Sun-Times", "Post-Gazette", "World-Herald", "Times-Picayune": a paper's last word joined
    # by a hyphen to the word before it, as many US papers' names are
    r"(?:[A-Z][a-z]+-)?(?:Times|Post|News|Herald|Tribune|Journal|Gazette|"
    r"Sentinel|Chronicle|Examiner|Globe|Star|Register|Courier|Inquirer|Dispatch|Press|Bee|"
    r"Observer|Record|Telegraph|Guardian|Independent|Standard|Mail|Express|Ledger|Enquirer|"
    r"Republic|Democrat|Citizen|Leader|Eagle|Daily|Monitor|Reporter|Bulletin|Review|National|Nation|"
    r"Statesman|Advertiser|Argus|Mirror|Sun|Telegram|"
    # US papers' last words the list above lacks ("The Blade", "Hartford Courant", "The
    # Oklahoman", "The Tennessean", "Times Union"; not "World", "Pilot", "Advocate": "THE
    # WORLD", "Airline Pilot", "Patient Advocate" are no paper's name)
    r"Blade|Courant|Oklahoman|Tennessean|Beacon|Banner|Repository|Union|"
    r"Vindicator|Pantagraph|"
    # "Harlan Enterprise", "Beaumont Enterprise", "The Intelligencer", "The Gleaner", "Macon
    # Messenger": small dailies' and weeklies' last words (a credit "Jane Roe | Harlan
    # Enterprise" names the paper so)
    r"Enterprise|Intelligencer|Gleaner|Messenger|"
    # "Trinidad and Tobago Newsday", "The Daily Collegian" (a college paper's usual name)
    r"Newsday|Collegian|"
    # "USA Today", "Florida Today", "West Hawaii Today": a paper's name closed by "Today",
    # never that word alone (a day's word, a caption's "Today")
    r"(?<=\w )Today)$"
)
# A newspaper's name and the file marker, the whole line: "Sun-Times file", "The Blade file".
_PAPER_FILE_ALONE = re.compile(r"(?P<org>[A-Z][\w.&'’ -]{1,40}?)\s+(?i:file)")
# A newspaper's word anywhere in a name: "Times Colonist", "Herald Sun".
_OUTLET_WORD = re.compile(
    r"\b(?:Times|Post|News|Herald|Tribune|Journal|Gazette|Sentinel|Chronicle|Examiner|Globe|Star|"
    r"Courier|Inquirer|Dispatch|Press|Observer|Telegraph|Guardian|Standard|Mail|Express|Ledger)\b"
)
# "The STAR", "The Inquirer": a newspaper's short name, however it is cased.
_THE_OUTLET = re.compile(r"The [A-Z][\w&'’.\-]*(?: [A-Z][\w&'’.\-]*)?")
# A Title-case outlet after "Name/": "Paul Reardon/Buffalo News" (only where a caption is expected).
_OUTLET = re.compile(r"^[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}$")


# The institutions that lend pictures ("Provided by Milwaukee County Zoo"); a news site or a
# syndicator ("Provided by Benzinga", "The Motley Fool") provides copy instead.
_LENDER_WORDS = re.compile(
    r"\b(?i:zoo|aquarium|museum|gallery|university|college|school|center|centre|department|"
    r"ministry|office|council|county|city|town|village|police|sheriff'?s?|hospital|library|"
    r"archives?|foundation|institute|park|parks|society|association|authority|commission|"
    r"company|corp|inc|ltd|llc|gmbh|family|government|state|district|church|club|army|navy|"
    r"force|guard|service|agency|observatory|laboratory|lab|"
    # a port's or an airport's operator ("Port of Aberdeen", "Port of Seattle", "Heathrow
    # Airport"), lending pictures of its quays and runways
    r"port|airport)\b"
)
# "Provided by X" with no word for a picture: when X is a wire, it provided the story.
_WIRE_PROVIDER = re.compile(r"(?:Provided|Submitted|Supplied)\s+by\b")
# the same note with the portal's copyright sign before it: "© Provided by Reuters"
_PROVIDED_WIRE = re.compile(r"(?:©\s*)?(?:Provided|Supplied)\s+by\s+(?P<wire>[^,;:/()]{2,40}?)\.?")


def _wire(name: str) -> bool:
    from archiver.extract.agencies import is_wire_source

    return is_wire_source(name)


def _courtesy_credit(credit: str) -> Credit:
    """`Photo courtesy of X`: X lent the photo; it is an agency only when it is one of the
    photo agencies after a slash ("NASA/UPI": UPI distributed NASA's photo)."""
    parts = [p.strip() for p in credit.split("/") if p.strip()]
    agency = parts[-1] if len(parts) > 1 and _is_agency(parts[-1]) else None
    lender = parts[0] if parts else credit
    return Credit(credit, _clean_person(lender), agency)


# Every credit pattern needs one of these (or a bare agency after a sentence's end): checked
# first with plain substring tests, so the many lines that hold no credit cost little.
# Written in lower case: an ASCII line is lowered once and searched without IGNORECASE (two
# to four times faster, and every line of a story is asked); other lines use _CREDIT_MARKS.
# (a backslash too: "JANE ROE\STAFF", a CMS's escaped slash; see _BACKSLASHED_DESK)
_MARK_CHARS = r"[/:(\[©|@•\\]"
# "... on Monday.Yale Peabody Museum" (the letter before the stop in a lookbehind: the search
# then stops only at a stop, not at every letter); "... on March 21, 2024.Portland Fire &
# Rescue": a dated caption's full date, its day and year, before the stop
_MARK_GLUED = r"(?<=[a-z])[.!?][a-z]|(?<=\d, \d\d\d\d)\.[a-z]"
_MARK_WORDS = (
    r" via | for |摄|撮影|写真|）|사진|photo|foto|picture|pics? by|pix by|images? by|illustrations? by|artwork by|courtesy|permission|copyright"
    r"|image source|credit|provided by|submitted by|supplied by| pour | para |public domain"
)
_CREDIT_MARKS = re.compile(f"{_MARK_CHARS}|{_MARK_GLUED}|{_MARK_WORDS}", re.IGNORECASE)
_LOWER_CHARS, _LOWER_GLUED, _LOWER_WORDS = (
    re.compile(p) for p in (_MARK_CHARS, _MARK_GLUED, _MARK_WORDS)
)
_BARE_AGENCY_TAIL = re.compile(
    # "... on Feb. 27, 2025. Jane Roe—Reuters": TIME's credit, the dash glued to the agency
    r"(?:[.!?”\"’)]|\b(?:19|20)\d\d) [A-Z][\w&\-–—]*(?: [A-Z][\w&\-–—]*){0,3}\s*$"
    r"|\s[-–—]\s[A-Z][\w&.\- ]{1,30}$"
    # "... on Wednesday. Jane Roe, USA TODAY": a person and an outlet after the sentence
    r"|[.!?”\"’)] [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}, [A-Z][\w'’.&\- ]{1,40}$"
    r"|[.!?”\"’)] [A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,3}, [A-Z][A-Z'’\- ]{2,40}$"
)


# A few words after a sentence with no stop of their own (party_tail_credit reads them):
# "... in Marks, Mississippi. Jane Roe, special to ProPublica", "... at the airport. getty".
_PARTY_HINT = re.compile(r"[.!?”\"’)]\s+(?:[-–—]\s*)?(?:[\w'’.&-]+,?\s+){0,8}[\w'’&-]+\.?$")


def _has_credit_mark(text: str) -> bool:
    """_CREDIT_MARKS.search(text), quicker for ASCII text: there, IGNORECASE matches a letter
    to its two ASCII cases only, so the lowered text and the lower-case patterns agree."""
    if not text.isascii():
        return _CREDIT_MARKS.search(text) is not None
    low = text.lower()
    return bool(_LOWER_CHARS.search(low) or _LOWER_GLUED.search(low) or _LOWER_WORDS.search(low))


def may_hold_credit(text: str) -> bool:
    """Whether a line could end in a credit at all (a cheap test before the grammar)."""
    return (
        _has_credit_mark(text)
        or bool(_BARE_AGENCY_TAIL.search(text[-60:]))
        or bool(_PARTY_HINT.search(text[-90:]))
    )


# A page's sharing button, whose "via" names where the story is sent, not where a picture came
# from: "Share Article via Facebook" (CNBC), "Share via Email", "Share this story via
# WhatsApp", "Send via Messenger", "Share on X", "Post to LinkedIn".
_SHARE_BUTTON = re.compile(
    r"^\s*(?i:share|send|post|tweet|email|e-mail|pin)(?:\s+(?i:this|the|article|story|page|"
    r"link|post|video))*\s+(?i:via|on|to|with)\s+\S+(?:\s+\S+)?\s*$"
)


# A page's date stamp with the outlet after a slash (CBS News): the line opens on the date
# (a weekday, a month, a day, a stamp's label before its year at most), then the time with its
# zone, a slash and the outlet ending the line; the time is no photographer's name. A caption
# that tells its picture's date and hour keeps its credit ("Voters queue in Jakarta on Feb. 14,
# 2024 at 7:00 a.m. | Photo: Jane Roe"), and a label's colon is a credit's, no outlet's.
_STAMP_THEN_OUTLET = re.compile(
    r"^\W*(?:(?:updated|published|posted)(?:\s+on)?:?\s+)?(?:[a-z]{3,9}\.?,?\s+){0,2}"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[a-z]{3,9}\.?,?\s+)?(?:\d{1,2}[./-]\d{1,2}[./-])?"
    r"\d{4}\b.{0,12}?\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{1,4})?\s*[/|]\s*[^/|\d:]{2,40}$",
    re.IGNORECASE,
)
# A photo gallery's button under the lead photo: "VIEW ALL PHOTOS", "View gallery", "See all
# 12 photos", "Open photo gallery" (set in capitals, it reads like an agency's name)
_GALLERY_BUTTON = re.compile(
    r"^\s*(?:view|see|open|show|browse)\s+(?:all\s+)?(?:\d+\s+)?(?:the\s+)?"
    r"(?:photos?|pictures?|images?|(?:photo\s+|image\s+)?gallery|slideshow)"
    r"(?:\s+(?:gallery|slideshow))?\s*(?:\(\d+\))?\s*$",
    re.IGNORECASE,
)


# "By candlelight: Residents gather ...": a caption's lead-in words in lower case and a colon
# (News24 and other papers open captions so); a byline's "By" names a person in capitals.
# "BY THE ROADSIDE. Jeepney drivers park ...": a caption's kicker in capitals closed by a stop, then the caption's sentence
# (Rappler's and other Philippine pages' captions open so); a byline in capitals ends at its
# name, or goes on with the writer's name again or a title.
_BY_KICKER = re.compile(
    r"^[Bb]y\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}:\s+[A-Z\d\"“‘]"
    # "By the time crews arrived, the barn was gone. (Photo: State Police)", "By 2030, the
    # line will ...": a caption's sentence opening with the preposition, its next word in
    # lower case or a number, a clause's comma or stop within a few words; a byline's "By"
    # names a person, an outlet ("By the Associated Press") or a desk ("By staff reports")
    r"|^[Bb]y\s+(?!(?:the|a|an)\s+[A-Z])(?!(?:staff|our|wire|agency|agencies|news|special)\b)"
    r"[a-z\d][^.!?,;:]{0,80}?[a-z\d][,.;]\s+\S"
    r"|^BY(?:\s+[A-Z][A-Z'’-]*){1,3}\.\s+[A-Z][a-z'’-]+\s+[a-z]"
)


# An outlet's own artwork on a line of its own: "Mother Jones illustration; Getty", "Vox
# illustration; Getty Images", "Texas Tribune photo illustration by Jane Roe": the outlet's
# name in capitalised words, "illustration", then the sources or the artist, if any.
_OUTLET_ILLUSTRATION = re.compile(
    r"(?P<credit>(?P<outlet>(?!(?:A|An|(?i:photo|image|picture|cover))\s)(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
    r"\s+(?:photo[-\s])?illustration(?P<tail>\s*[;,/]\s*[A-Z][\w.&'’ ,/;-]{1,60}"
    r"|\s+by\s+[A-Z][\w.&'’ ,/;-]{1,60})?)\.?"
)
# Two credits in brackets closing a caption, the second an agency's wire of two or three
# words ("(Stefan Rousseau/PA) (PA Wire)", "(Jane Roe/PA) (PA Archive)").
_TWO_BRACKETED_TAIL = re.compile(
    r"\([^()]{3,60}\)\s*\((?P<wire>[A-Z][\w.&-]*(?:\s+\w+){1,2})\)\s*$"
)


# A chain of slashes opened by an agency that spells its name in lower case, closing a caption
# printed with no stop and no label ("... off Hooge picture-alliance/dpa/J. Roe", as DW's and
# German papers' pages leave it when their label is an icon): the brand's lower case marks
# where the credit begins, as a capital after a stop does.
_LOWER_AGENCY_CHAIN = re.compile(
    r"(?<=\s)(?P<credit>(?:picture[- ]alliance|imago|dpa)(?:\s?/\s?[\w.'’&-][\w.'’& -]{1,30}){1,3})$"
)


def _lower_agency_chain(text: str) -> Credit | None:
    """`... off Hooge picture-alliance/dpa/J. Roe`: see _LOWER_AGENCY_CHAIN; a caption's
    words before it."""
    low = _LOWER_AGENCY_CHAIN.search(text, max(0, len(text) - 80))
    if low is None or not _caption_before(before := text[: low.start()].rstrip()):
        return None
    if not before[-1:].isalnum():
        return None  # "Foto: Jane Roe / picture alliance / dpa": the chain goes on before it
    return split_credit(low.group("credit"))


# A picture's label and its credit, all in lower case: "photograph: getty images".
_LOWER_LABELLED = re.compile(
    r"(?:photo(?:graph)?s?|images?|pictures?|illustration)\s*:\s*(?P<credit>[a-z][a-z .&-]{1,40})"
)
# The same label glued to a caption's full stop, a credit in lower case after it: a person and
# the paper set apart by a slash, or an agency ("... station.photo: jane roe/the star").
_GLUED_LOWER_LABEL = re.compile(
    r"(?<=[a-z]{2}[.!?])(?:photos?|pictures?|images?)\s*:\s*"
    r"(?P<credit>[a-z][a-z .&'’-]{1,30}(?:/[a-z][a-z .&'’-]{1,30})?)$"
)


def _read_again(in_header: bool) -> Callable[[str], Credit | None]:
    """find_credit, for a house style's reader to ask about the rest of a line."""
    return functools.partial(find_credit, in_header=in_header)


# A company's abbreviation closing a line: "Co.", "Inc.", "Ltd.", "Corp.", or in capitals as a
# credit in capitals prints it ("... off Mines Road. RIO BRAVO LOGISTICS CORP."): its stop is the
# abbreviation's, no sentence's.
_FIRM_STOP = re.compile(r"\s(Co|Inc|Ltd|Corp|Bros|Pty|Cos|CO|INC|LTD|CORP|BROS|PTY|COS)\.$")


# A wire picture desk's restriction notice, in capitals after the credit to the line's end:
# Reuters' "... Handout via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD
# PARTY. NO RESALES. NO ARCHIVES", AFP's "(Photo by Jane ROE / AFP) / RESTRICTED TO EDITORIAL
# USE - MANDATORY CREDIT "AFP PHOTO / ..." - NO MARKETING NO ADVERTISING CAMPAIGNS", EFE's and
# EPA's "EDITORIAL USE ONLY", AAP's "(AAP Image/Jane Roe) NO ARCHIVING". The notice credits
# no one: the credit is what stands before it.
_DESK_NOTICE = re.compile(
    # (the match opens after a non-space: tried at each space of a long run, the run's
    # spaces would be read again from each; "MANDATORY CREDIT: JANE ROE/SHUTTERSTOCK" is the
    # credit's own label, no notice)
    r"(?<!\s)(?:\s*/)?\s+(?:ATTENTION\s+EDITORS|RESTRICTED\s+TO\s+EDITORIAL\s+USE|(?:FOR\s+)?"
    r"EDITORIAL\s+USE\s+ONLY|MANDATORY\s+CREDIT(?!\s*:)|NO\s+RESALES|NO\s+ARCHIV(?:ES|ING))\b[^a-z]*$"
)
# Words one of _DESK_NOTICE's openings holds: a line with none of them holds no notice.
_DESK_NOTICE_WORDS = ("EDITOR", "MANDATORY", "NO RESALES", "NO ARCHIV")
# "... Photo by Jane Roe/Cimi, used with permission.": the lender's leave to print the picture,
# after its credit (Global Voices and blogs print it so); the credit is what stands before it.
_PERMISSION_TAIL = re.compile(
    r"(?<!\s),?\s+(?i:(?:used|reproduced)\s+with\s+(?:kind\s+)?permission)\.?\s*$"
)
# "- Jane Roe - Europa Press - Archive": Europa Press's note after the credit of a picture from its
# files.
_ARCHIVE_NOTE = re.compile(r"(?<!\s)\s+[-–—]\s+(?:Archive|Archivo|ARCHIVE|ARCHIVO)\s*$")


def _without_archive_note(line: str) -> str:
    """`line` with _ARCHIVE_NOTE taken off its end; its word looked for first (a paragraph
    read as one line, a megabyte of it, was rewritten whole for a note it did not hold)."""
    if "Archiv" not in line and "ARCHIV" not in line:
        return line
    return _ARCHIVE_NOTE.sub("", line)


# A dash opening a credit's line before its label ("- Copyright AP Photo/Jane Roe", "– Photo:
# Jane Roe"): the caption's joint, not a list's bullet of the story's
_DASHED_LABEL = re.compile(
    r"^[-–—]\s+(?=(?:copyright|photo(?:graph)?|credit|image|picture|foto)\b|©|\(c\))",
    re.IGNORECASE,
)


# The words of a page's footer links ("Contact Us", "Privacy Policy", "Ethics", "Corrections"):
# those a signed story's last line is told from, and the words a row of links joins them with.
_FOOTER_LINK_WORDS = FOOTER_LINK_WORDS | frozenset(
    "of use policies ethics corrections faq rss accessibility masthead support donate & and".split()
)


def _footer_links(line: str) -> bool:
    """A row of three or more links set between bars, two or more of them a page footer's
    ("Support HKFP | Policies & Ethics | Error/typo? | Contact Us"): no caption, no credit."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) < 3:
        return False
    footer = [p for p in parts if p and all(w in _FOOTER_LINK_WORDS for w in p.lower().split())]
    return len(footer) >= 2


# A bracketed credit printed again right after its bracket: "(Jane Roe | Outlet)Jane Roe | Outlet".
_BRACKET_REPEATED = re.compile(r"\((?P<credit>[^()]{4,80})\)\s*(?P<again>(?P=credit))$")


# A photographer's name in capitals, then the outlet's in capitals in brackets, after a
# sentence's stop or on its own line: "... in Granada. JANE ROE (EL PAÍS)".
_CAPS_NAME_OUTLET_TAIL = re.compile(
    r"(?:^|[.!?”\"’]\s+)(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){1,3})"
    r"\s\((?P<outlet>[A-ZÀ-Ý][A-ZÀ-Ý&.'’ -]{1,30})\)$"
)


# A radio station's call letters and its FM frequency closing the line: "KCUR 89.3".
_RADIO_FREQUENCY = re.compile(r"\b(?P<call>[KW][A-Z]{2,3}) (?:8[89]|9\d|10[0-7])\.\d\s*$")
# A social handle after the brackets that close a caption: "(Jane Roe/The Paper) @janeroe".
_HANDLE_AFTER_BRACKET = re.compile(r"\)\s+@[A-Za-z0-9_]{2,30}\s*$")
# A backslash between a name in capitals and the desk's word or name that closes the line.
_BACKSLASHED_DESK = re.compile(r"(?<=[A-Z]{2})\\(?=[A-Z][\w'’&.\-]*(?: [A-Z][\w'’&.\-]*){0,3}\s*$)")


def find_credit(line: str, *, in_header: bool = False) -> Credit | None:
    """The credit that ends a caption line, or None when the line carries no credit.

    In the story's body a caption must stand as its own line after a full sentence, with no
    full stop after the credit; in the header above the story (where captions are expected)
    a credit naming an outlet the grammar does not know is accepted too. Callable on any
    single string (a caption or a figure's credit on a web page).
    """
    if line[:1].isdigit() and (counter := _glued_counter(line)) is not None:
        # "1 of 8Scott Olson/Getty Images": a gallery's counter and the picture's credit, two
        # spans of the slide's header that a browser's copy glues with no space between
        # (Yahoo's, MSN's galleries); the credit is what follows the counter
        line = line[counter:]
    if line[:1] == "(" and (lead := _LEADING_LABELLED_CREDIT.match(line)) is not None:
        # "(Photo: Submitted) Volunteers lift the first wall into place.": the picture's
        # labelled credit in brackets before its caption, as a feed's or a CMS's item prints
        # the figure (its credit span first); the caption's sentence after it
        if ends_caption(lead.group("caption")) and not _BRACKET_POSITION.fullmatch(
            lead.group("said")
        ):
            return _line_credit(lead.group("credit"), in_header)
    if "." in line[-6:] and (radio := _RADIO_FREQUENCY.search(line)) is not None:
        # "Jane Roe / KCUR 89.3": a public radio station's call letters and its frequency,
        # one name; read as the call letters, the credit kept whole
        called = find_credit(line[: radio.end("call")], in_header=in_header)
        if called is not None and called.credit.endswith(radio.group("call")):
            freq = line[radio.end("call") : radio.end()].rstrip()
            agency = (
                f"{called.agency}{freq}" if called.agency == radio.group("call") else called.agency
            )
            return Credit(f"{called.credit}{freq}", called.photographer, agency)
    if "@" in line and (handle := _HANDLE_AFTER_BRACKET.search(line)) is not None:
        # "... in Las Vegas. (Jane Roe/Las Vegas Review-Journal) @janeroephoto": the
        # photographer's social handle after the bracketed credit, no part of it
        return find_credit(line[: handle.start() + 1], in_header=in_header)
    if "\\" in line and (back := _BACKSLASHED_DESK.search(line)) is not None:
        # "... on Tuesday. JANE ROE\STAFF": a backslash where the paper prints the slash
        # between its photographer and the desk (a CMS's escaped slash, Cox's papers); read as
        # the slash, the credit kept as printed
        slashed = find_credit(f"{line[: back.start()]}/{line[back.end() :]}", in_header=in_header)
        if slashed is not None and "/" in slashed.credit:
            kept = "\\".join(slashed.credit.rsplit("/", 1))
            return Credit(kept, slashed.photographer, slashed.agency)
    if line[:1] in "PpIi" and (both := _ARTWORK_AND_SOURCES.fullmatch(line.strip())) is not None:
        # "Photo illustration: Jane Roe/Axios. Photo: John Doe/Getty Images", "Photo
        # illustration by Slate. Photos by Getty Images": the artwork's maker, then the
        # pictures it was made from under their own label; one credit line, as printed, the
        # leading label left off (the second label is the credit's own words)
        whole = _line_credit(line, in_header)
        agency = whole.agency if whole is not None else None
        return Credit(both.group("credit"), None, agency)
    found = _line_credit(line, in_header)
    if (
        found is not None
        and " for " in found.credit
        and _NAME_IN_PLACE.fullmatch(line[: len(line.rstrip()) - len(found.credit)].strip())
    ):
        # "Jane Roe in Larissa for The Observer": the writer's name, where she filed from and
        # for whom, the Guardian's and the Observer's byline; no caption credited "Larissa"
        return None
    if found is not None and (label := _SLASHED_LABEL.match(found.credit)) is not None:
        # "... on Monday. / EPA-EFE": the slash or the bar a caption sets before its credit,
        # left at the credit's start ("Photo/ANI" stays whole: a desk's form, as printed)
        rest = found.credit[label.end() :].strip()
        if rest:
            found = Credit(rest, found.photographer, found.agency)
    if (
        found is not None
        and found.credit[:1] in "PI"
        and (bare := _UNCOLONED_LABEL.match(found.credit)) is not None
        and _is_agency(found.credit[bare.end() :].split("/")[0].strip())
    ):
        # "... after the board meeting. Picture AAP Image/Jane Roe": the label word with no
        # colon (Australian papers' form) before an agency's credit; the label is no part of
        # the credit, nor its photographer's name ("Picture Alliance/dpa" names no agency
        # after the word, and stays whole)
        rest = found.credit[bare.end() :]
        desk, _, photographer = rest.partition("/")
        if photographer:
            found = Credit(rest, photographer.strip() or None, desk.strip())
        else:
            found = Credit(rest, None, rest)
    if (
        found is not None
        and found.credit.lower() in _SOURCE_LENDER_WORD
        and (firm := _FIRM_LENDER.search(line, max(0, len(line) - _FIRM_LENDER_CHARS))) is not None
    ):
        # "WATERFRONT SHORES CORP. HANDOUT": the stop closes the firm's "CORP.", no caption's
        # sentence; the firm that gave the picture out is part of its credit
        return Credit(firm.group("credit"), None, None)
    return found


# A firm's name ending in its abbreviation's stop, then a lender's word, closing the line:
# "WATERFRONT SHORES CORP. HANDOUT", "... on Monday. Acme Homes Ltd. Supplied". The name opens
# the line or follows a sentence's stop (a firm named inside a sentence, "... built by Acme
# Corp. Handout", is the sentence's); up to five words before the abbreviation. A sentence's
# stop closes a word of three small letters or digits: the stop of "St." or "Mt." closes no
# sentence ("... in north St. Louis Co. Supplied" is a county's, the credit "Supplied").
_FIRM_LENDER = re.compile(
    r"(?:^|(?<=[a-z0-9]{3}[.!?]\s))(?P<credit>(?:[A-Z][\w&'’-]*\s){1,5}"
    r"(?i:corp|inc|ltd|co|llc|plc|pty)\.\s(?i:handout|supplied|contributed|submitted))\s*$"
)
# The end of a line _FIRM_LENDER is looked for in (six words and the lender's word).
_FIRM_LENDER_CHARS = 120


# A picture's labelled credit in brackets opening its caption: "(Photo: Submitted) Volunteers
# lift the first wall ...", "(Photo: Jane Roe/The Record) The mill ...". The label is needed:
# a bracket with a name alone opens a paragraph too ("(Jane Roe) ...").
_LEADING_LABELLED_CREDIT = re.compile(
    r"(?P<credit>\((?:PHOTOS?|Photos?|PICTURES?|Pictures?|IMAGES?|Images?)\s*:\s*(?P<said>[^()]{2,70})\))"
    r"\s+(?P<caption>[A-Z“\"][^()]{10,400})$"
)
# Where the pictures stand, which such a bracket may say in the credit's place ("(Photos: Top
# and bottom)", "(Photo: left to right)", "(Photo: L-R)", "(Photos: page A3)"): no credit.
_POSITION_WORD = (
    r"(?:top|bottom|left|right|above|below|inset|center|centre|middle|clockwise|"
    r"(?:from\s+)?(?:left|right)(?:\s+to\s+(?:left|right))?|l-r|r-l|"
    r"(?:on\s+|see\s+)?page\s+[A-Z]?\d{1,3})"
)
_BRACKET_POSITION = re.compile(
    rf"\s*{_POSITION_WORD}(?:\s*(?:,|and|&|/)\s*{_POSITION_WORD})*\s*", re.IGNORECASE
)


# A spaced slash, bar or bullet, then "By": where a desk's label hands over to its byline.
_BAR_THEN_BY = re.compile(r"\s[|•·/]\s+(?:By|BY|by)\s")
# A picture's label before that slash or bar ("Staff Photo / By Jane Roe", "Courtesy Photo
# | By Jane Roe"): the photographer's credit, no desk handing over to its writers.
_PICTURE_DESK_LABEL = re.compile(
    r"(?i:(?:(?:staff|courtesy|file|contributed)\s+)?photo(?:graph)?|illustration|"
    r"photo\s+illustration)"
)


# A gallery's counter ("1 of 8", "3/12") at a line's start, glued to a capital after it.
_GLUED_COUNTER = re.compile(r"(?P<pos>\d{1,3})\s*(?:of|/)\s*(?P<count>\d{1,3})(?=[A-Z])")


def _glued_counter(line: str) -> int | None:
    """Where the credit starts after a gallery's counter glued to it ("1 of 8Jane Roe/AP"),
    or None: the counter's place within its count, the credit's capital right after it."""
    m = _GLUED_COUNTER.match(line)
    if m is None or not 1 <= int(m.group("pos")) <= int(m.group("count")):
        return None
    return m.end()


def opens_on_glued_counter(line: str) -> bool:
    """The line opens on a gallery's counter glued to its credit ("1 of 8Jane Roe/AP"): the
    slide's header, which the gallery prints over the picture's caption."""
    return line[:1].isdigit() and _glued_counter(line) is not None


# A copyright sign, then a dash where the photographer's name stands, a slash and the agency:
# "© - / AFP".
_NAMELESS_AGENCY = re.compile(
    r"(?:^|\s)©\s*(?P<credit>[-–]\s*/\s*(?P<agency>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}))\s*$"
)
# The slash or the bar a caption sets before its credit, left at the credit's start.
_SLASHED_LABEL = re.compile(r"^[/|]\s+")
# A writer's name and "in" alone before a "Place for The Outlet" tail: a byline's opening.
_NAME_IN_PLACE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} in")
# An artwork's credit line naming its maker, then its source pictures under a label of their
# own: "Photo illustration: Jane Roe/Axios. Photo: John Doe/Getty Images" (bounded parts).
_ARTWORK_AND_SOURCES = re.compile(
    r"(?i:(?:photo[-\s])?illustration)\s*(?::|\s+by)\s+"
    r"(?P<credit>[A-Z][^.:]{0,60}\.\s+(?i:photos?|images?)\s*(?::|\s+by)\s+[A-Z][^:]{2,150}?)\.?"
)
# A picture's label word with no colon opening the credit: "Picture AAP Image/Jane Roe",
# "Photo AFP" (what follows is asked to open on an agency's name).
_UNCOLONED_LABEL = re.compile(r"(?:Pictures?|Photos?|Photographs?|Images?)\s+(?=[A-Z])")


# A picture given to the paper, the note in brackets closing the caption: "[Photo provided to
# China Daily]", "(Photos provided to chinadaily.com.cn)".
_PROVIDED_TO_TAIL = re.compile(
    r"(?:^|\s)[\[(](?P<credit>(?:Photos?|Images?|Pictures?)\s+provided\s+to\s+"
    # the receiver a paper's name, capitalised, or its domain ("the inquiry" is no paper)
    r"(?:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|[a-z][\w-]*(?:\.[a-z]{2,})+))"
    r"[\])]\s*$"
)
# A teaser's label and its colon a few characters into the line at most ("Read also: ...",
# "RELATED: ...", "Also read: ..."); only such a line is asked page.teaser_label.
_TEASER_COLON = re.compile(r"^[A-Za-z][\w' ’]{2,30}:\s")


def _teaser_link(line: str) -> bool:
    """The line is another story's headline under a teaser's label ("Read also: ...",
    "PREVIOUS ARTICLE: ..."), as a page links it amid or under the story."""
    if _TEASER_COLON.match(line) is None:
        return False
    from archiver.extract.page import teaser_label

    return teaser_label(line)


# The plural picture's word and its colon opening a line: "Photos:", "PICTURES:", "Images:".
_PLURAL_KICKER = re.compile(r"(?i:photos|pictures|images)\s*:\s+")
# After "Photos:", the words of a credit, not a gallery's title: a name, then a comma or "and"
# ("Julie Lewis, contributing photographer", "Jane Roe and John Doe, special to the Times"),
# or a credit's words ("provided by the race", "submitted by readers").
_TITLE_NOT_CREDIT = re.compile(
    r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*(?:,|\band\b|&)"
    r"|\b(?i:photographers?|special\s+to|courtesy|supplied|provided|submitted|staff|contributed"
    r"|contributing|for\s+the|handout)\b"
)
# A gallery's kicker opening its title: "In pictures:", "In Photos:", "IN IMAGES:".
_GALLERY_KICKER = re.compile(r"^(?i:in\s+(?:pictures|photos|photographs|images|pics))\s*:")


@line_cache  # each caption is asked about by the roles, the photos and the credit's readers
def _line_credit(line: str, in_header: bool) -> Credit | None:
    """find_credit (see there), its answer kept for the line."""
    if line[:3] in ("By ", "by ", "BY ") and not _BY_KICKER.match(line):
        return None  # "By Jane Roe | Capital Chronicle": a line opening with "By" is a byline
    if (
        (bar := _BAR_THEN_BY.search(line)) is not None
        and _PICTURE_DESK_LABEL.fullmatch(line[: bar.start()].strip()) is None
        and is_outlet_by_line(line)
    ):
        # "ABC Great Southern / By Jane Roe": the desk's label, then the byline after the
        # slash (ABC's, RNZ's, public radio's pages); the writer is no agency, whatever the
        # desk's name before the slash (a name, or the outlet's initials) reads as
        return None
    if _SHARE_BUTTON.match(line):
        return None  # "Share Article via Twitter": a page's button, sending the story on
    if (
        line[:1] in "PpIi"
        and (dated := _COURTESY_DATED.fullmatch(" ".join(line.split()))) is not None
        and (lent := _line_credit(dated.group("lent"), in_header)) is not None
    ):
        # "Photo courtesy of the Central Weather Administration Dec. 3, 2024": the picture's
        # date after its lender, as the agency's desk dates its own ("CNA photo Dec. 3, 2024")
        return Credit(f"{lent.credit} {dated.group('date')}", lent.photographer, lent.agency)
    if (
        line[:1] in "VvFfCc"
        and _CLIP_CREDIT_LABEL.match(line)
        and _CLIP_PHOTO_LABEL.search(line) is None
    ):
        # "Video: Jane Roe/News24" under a clip's caption, "Footage: Reuters", "Video caption:
        # Footage shared by a resident ... Credit: Facebook/Jane Roe": the line's label says
        # the credit is a clip's (its player's), which pages print as they do a photo's; no
        # photo's credit ("Photo and video: Jane Roe" names a picture first and stays one;
        # "Video: Jane Roe, Photos: John Doe/Stuff" goes on to a photo's label, read as before)
        return None
    if _teaser_link(line):
        # "Read also: How Kharkiv's theaters keep performing (Photo: Jane Roe)": a link to
        # another story under its label; the credit is that story's picture's, not this one's
        return None
    if "•" in line and (bulleted := _bulleted_pair_tail(line)) is not None:
        # "... in Somerset's second innings • Lancashire CCC/Paul Currie": a club's or a
        # paper's own photographer after the caption's bullet (ESPNcricinfo), read before the
        # slash's grammar, which would take the pair from its last capitalised word alone
        return bulleted
    if "Source: " in line and (paired := _source_pair_credit(line.strip())) is not None:
        return paired
    if "Source: " in line and (closing := _source_closing_credit(line.strip())) is not None:
        return closing
    if line[:3] in ("In ", "IN ", "in ") and _GALLERY_KICKER.match(line):
        # "In pictures: Thousands line Patrick Street": a gallery's title, its kicker naming
        # what the page holds; a credit's label never follows "In"
        return None
    if (
        (kicker := _PLURAL_KICKER.match(line)) is not None
        and "/" not in line
        and _phrase(line[kicker.end() :], 2)
        and _TITLE_NOT_CREDIT.search(line[kicker.end() :]) is None
    ):
        # "Photos: Eruption lights up Iceland's Reykjanes Peninsula": a gallery's title under
        # the plural picture's word (CNN's, NBC's, local papers' galleries), its words a
        # headline's with its verb in lower case; a credit after "Photos:" names its parties
        # ("Photos: Jane Roe and John Doe", "Photos: Shutterstock, supplied")
        return None
    if "permission" in line.lower() and (leave := _PERMISSION_TAIL.search(line)) is not None:
        if leave.start() > 0 and (
            granted := find_credit(line[: leave.start()], in_header=in_header)
        ):
            return granted  # else the line is read whole, below
    if line[:2] in ("- ", "– ", "— ") and (
        dashed_pair := _DASHED_PERSON_AGENCY.fullmatch(" " + _without_archive_note(line))
    ):
        # "- Jane Roe - Europa Press" on the line under the caption: the caption's dashed
        # credit (see _caption_tail_credit) moved to a line of its own by the copy
        person = _clean_person(dashed_pair.group("person"))
        if person is not None and _is_agency(dashed_pair.group("org")):
            return Credit(line[1:].strip(), person, dashed_pair.group("org"))
    if any(word in line for word in _DESK_NOTICE_WORDS):
        unbuttoned = without_buttons(line)
        if (
            (notice := _DESK_NOTICE.search(unbuttoned)) is not None
            and notice.start() > 0
            and (
                signed := find_credit(
                    unbuttoned[: notice.start()].rstrip(" -/"), in_header=in_header
                )
            )
        ):
            return signed  # else the line is read whole, below
    if "provided to" in line and (given := _PROVIDED_TO_TAIL.search(line)) is not None:
        # "... at the base in April. [Photo provided to China Daily]": the picture given to the
        # paper, its credit the whole note as printed (China Daily's form); no lender is named
        # apart from it, as "Photo provided by X" names one
        return Credit(given.group("credit"), None, None)
    if "|" in line and _footer_links(line):
        return None  # "Support HKFP | Policies & Ethics | Error/typo? | Contact Us": the footer
    if len(line) <= 90 and _STAMP_THEN_OUTLET.search(line):
        return None  # "March 3, 2024 / 11:48 AM EST / CBS News": the page's stamp and its outlet
    if _GALLERY_BUTTON.match(line):
        return None  # "VIEW ALL PHOTOS" under the caption: the gallery's button, no agency
    if "©" in line[-40:] and (nameless := _NAMELESS_AGENCY.search(line)) is not None:
        if _is_agency(nameless.group("agency")):
            # "... in Nairobi © - / AFP": the agency's credit with a dash where the
            # photographer's name stands (AFP's, as France 24 and others print it), credited
            # as printed
            return Credit(nameless.group("credit"), None, nameless.group("agency"))
    if ")" in line[-82:] and line[-1:].isalnum() and (again := _BRACKET_REPEATED.search(line)):
        # "... on Tuesday. (Jane Roe | MLive.com)Jane Roe | MLive.com": the caption's bracketed
        # credit and the picture's credit span run together by the copy, the same words twice;
        # read once, in the bracket
        return find_credit(line[: again.start("again")].rstrip(), in_header=in_header)
    if (
        line[-4:].lower() == "file"
        and (filed := _PAPER_FILE_ALONE.fullmatch(line.strip())) is not None
        and OUTLET_NAME.fullmatch(filed.group("org")) is not None
    ):
        # "Sun-Times file", "Star Tribune file" alone under a caption: the paper's own archive
        # picture, credited to the paper (a file marker alone names no one: FILE_ALONE)
        return Credit(filed.group(0), None, filed.group("org"))
    if (dashed := _DASHED_LABEL.match(line)) is not None:
        # "- Copyright AP Photo/Jane Roe" under the caption: the dash that joined the credit to
        # the caption's end on the page (Euronews) left at the line's start by the copy
        return find_credit(line[dashed.end() :], in_header=in_header)
    if "#" in line and tagged_sources(line):
        return None  # "Source: NTB / #Norway Today / #NRK": the story's sources, tagged
    if ";" in line and (joined := _semicolon_sources(line, in_header)) is not None:
        return joined
    if line.endswith(")") and (uncoloned := _UNCOLONED_LABEL_TAIL.search(line)) is not None:
        # "... to Gávea. (Photo Internet reproduction)", "(Photo Jane Roe)": the picture's
        # label with its colon left out after a caption's sentence (The Rio Times and others
        # print it so), read as the labelled credit it is
        before = line[: uncoloned.start()].rstrip()
        if (
            len(before.split()) >= _CAPTION_WORDS_BEFORE_LABEL
            and uncoloned.group("credit").split()[0].lower() not in _NOT_LENDERS
        ):
            return find_credit(
                f"{before} ({uncoloned.group('label')}: {uncoloned.group('credit')})",
                in_header=in_header,
            )
    if line.endswith(")") and (capped := _CAPS_NAME_OUTLET_TAIL.search(line)) is not None:
        from archiver.extract.gazetteer import is_known_place

        name = capped.group("name")
        if not is_known_place(name) and not is_known_place(name.title()):
            # "... on March 4. JANE ROE (EL PAÍS)": the photographer in capitals and the paper
            # or agency in brackets after the caption's sentence (El País's, EFE's and other
            # Spanish-language pages' credits)
            credit = f"{name} ({capped.group('outlet')})"
            return Credit(credit, name, capped.group("outlet"))
    if (national := national_credit(line, _read_again(in_header))) is not None:
        # "Photo: Jane Roe (BTA)", "BELGA PHOTO JANE ROE", "HINA/ Jane Roe/ tp": a national
        # agency's own credit shapes (credits_national.py)
        return national
    if (
        line.endswith((".", ".\n"))  # (the stop first: a paragraph's line was searched whole)
        and (firm := _FIRM_STOP.search(line)) is not None
        and (held := find_credit(line[: firm.end() - 1], in_header=in_header)) is not None
        and held.credit.endswith(firm.group(1))
    ):
        # "Photo: Courtesy of Pinebrook Outdoor Co.": the stop closes the company's "Co.", not
        # a sentence; the credit keeps it
        return dataclasses.replace(
            held,
            credit=held.credit + ".",
            photographer=held.photographer + "."
            if held.photographer == held.credit
            else held.photographer,
            agency=held.agency + "." if held.agency == held.credit else held.agency,
        )
    if "licensor" in line and (licensed := _OR_LICENSORS.fullmatch(" ".join(line.split()))):
        # "Copyright © africanews" / "Jane Roe/AFP or licensors" (Euronews' and Africanews'
        # pages, the site's notice over the picture's credit, one line or two): the credit is
        # the picture's, read as if its own mark stood before it
        held = find_credit(f"© {licensed['credit']}", in_header=in_header)
        return held if held is not None and held.credit == licensed["credit"] else None
    if (
        ("Provided" in line or "Supplied" in line)  # (its words first: see _without_archive_note)
        and (provided := _PROVIDED_WIRE.fullmatch(" ".join(line.split()))) is not None
    ) and _wire(provided.group("wire")):
        # "© Provided by Reuters" (a syndicating portal's note, MSN's): with no picture's
        # word, the wire provided the story, its photos keep their own credits
        return None
    if (
        ":" in line[-80:]
        and (glued := _GLUED_LOWER_LABEL.search(line[-80:])) is not None
        and ("/" in glued.group("credit") or _is_agency(glued.group("credit")))
    ):
        # "... near the upper station.photo: jane roe/the star": the label in lower case glued
        # to the caption's stop, then the photographer and the paper (or a known agency) set
        # in lower case as the page's credit style prints them
        return split_credit(glued.group("credit"))
    if line[:1].islower() and (lower := _LOWER_LABELLED.fullmatch(line.strip())) is not None:
        # "photograph: getty images": a magazine's credit set in lower case (The Economist),
        # read only when what follows the label is a known agency or picture library
        source = lower.group("credit")
        if _is_agency(source) or source in _PICTURE_LIBRARIES:
            return Credit(source, None, source)
    if (drawn := _OUTLET_ILLUSTRATION.fullmatch(" ".join(line.split()))) is not None and (
        # alone, "illustration" follows an outlet's name ("The Atlantic illustration"), not a
        # description's word ("A Victorian illustration")
        drawn.group("tail")
        or _is_agency(drawn.group("outlet"))
        or drawn.group("outlet").startswith("The ")
    ):
        # "Mother Jones illustration; Getty", "Vox illustration; Getty Images": the outlet's
        # own artwork, made from the sources after it, the whole line the credit
        return Credit(drawn.group("credit"), None, None)
    if line[:1] == "(" and (lead := _leading_credit(line[:_CREDIT_WINDOW])) is not None:
        return lead
    if line[-1:] == ")" and (titled := _titled_photographer(line)) is not None:
        return titled
    if line[-2:] == ".)" and (noticed := _RIGHTS_IN_CAPTION_BRACKETS.search(line)) is not None:
        holder = noticed.group("holder")
        if _is_agency(holder) or _CALL_LETTERS.fullmatch(holder) is not None:
            # "... on Feb. 2, 2024. (Copyright 2024 by KSAT - All rights reserved.)": the
            # rights notice of the station or agency whose picture it is, in the brackets that
            # close the caption (Graham Media's stations print their credits so); the notice
            # is the credit as printed
            return Credit(noticed.group("credit"), None, holder)
    if (rights := _RIGHTS_TAIL.search(line)) is not None and (
        held := find_credit(line[: rights.start()], in_header=in_header)
    ):
        # "... - Copyright Jane Roe/Copyright 2024 The AP. All rights reserved." (Euronews):
        # the agency's rights notice inside the credit, whose last words close it
        if _COPYRIGHT_WORD.search(held.credit) and line[: rights.start()].endswith(held.credit):
            agency = _YEAR_RIGHTS.sub("", held.agency) if held.agency else None
            return dataclasses.replace(
                held, credit=held.credit + line[rights.start() :].rstrip(), agency=agency
            )
    if " / " in line[:_LABELLED_LEAD_CHARS] and (lead := _labelled_lead(line)) is not None:
        return lead
    if (twice := _TWO_BRACKETED_TAIL.search(line)) is not None and (
        first := find_credit(line[: twice.start("wire") - 1].rstrip(), in_header=in_header)
    ):
        # "Rishi Sunak (Stefan Rousseau/PA) (PA Wire)": the photographer's credit, then the
        # agency's wire that sent the picture out (PA's captions as the Standard, the
        # Independent and Yahoo print them): the photographer's is the photo's credit
        wire = twice.group("wire").split()
        if first.photographer and first.agency and wire[0].lower() == first.agency.lower():
            return first
    if line[:1] == "[" and (boxed_label := _BOXED_LABEL.fullmatch(line.strip())) is not None:
        # "[Photo: Supplied]", "[Photo: Ministry of Agriculture]" alone between the story's
        # paragraphs (FBC's and other Pacific sites' pictures with no caption): the picture's
        # label inside the brackets says the rest is its credit, whoever it names, when the
        # rest is a credit's few words and nothing else (alt text is a caption's sentence)
        # (not when the brackets name whom or what the picture shows: a title's holder,
        # "File", a building or a place's works; _boxed_subject)
        found = find_credit(boxed_label.group("inner"), in_header=True)
        if (
            found is not None
            and found.credit == boxed_label.group("credit").strip()
            and not _boxed_subject(found)
        ):
            return found
    if line[:1] == "[" and (wrapped := _ALT_TEXT.match(line.strip())) is not None:
        if _ORG_LENDER.fullmatch(office := wrapped.group("inner").strip()):
            # "[ National Hurricane Center ]" alone on its line: a map's or a chart's credit
            # in the square brackets the Tampa Bay Times prints credits in (an office's name
            # is no image's alt text, and no story is signed so)
            return Credit(office, None, None)
        # "[IMG: caption. Photo: Jane Roe/Reuters]": a text browser's image, its alt text the
        # caption with its credit
        line = wrapped.group("inner")
        if wrapped.group("label"):
            # "[Photo: caption. (By Jane Roe -- The Post)]": under a picture's label, "By" in
            # the closing brackets names the one who took it
            line = _BY_IN_BRACKETS.sub("(", line)
    if (boxed := _SHORT_BRACKETED.match(line.strip())) is not None:
        # "[Jiji Press Photo]", "[Photo: Yonhap]" alone on its line: a text dump's picture
        # with no caption, its alt text the agency's credit (too short for a caption's text,
        # and only an agency named: "[Advertisement]", "[Video]" are no credits; the rest is
        # read as any line is: "[연합뉴스 자료사진]")
        inner = boxed.group("inner").strip()
        if is_picture_kind(inner):
            # "[File Photo]", "[Representative image]": what kind of picture ran (an email
            # digest's or a text dump's alt text under the story), no one's credit
            return None
        found = find_credit(inner, in_header=True)
        if found is not None and found.agency and _is_agency(found.agency):
            return found
        if in_header and _is_agency(inner) and inner.lower() not in _NOT_ALONE:
            # "[InTime News]", "[Reuters]" alone between the page's stamp and the story: the
            # picture's credit in square brackets with no caption (Kathimerini's English
            # edition); a label in brackets ("[Video]", "[Updated]") names no agency
            return Credit(inner, None, inner)
    if line.rstrip().endswith(("))", ")]")) and (inner := _AFFILIATION.search(line)) is not None:
        # "(Image: © NASA/ESA/T. Currie (Subaru Telescope))": the last party's affiliation in
        # brackets of its own inside the credit's; read without it, then printed with it
        found = find_credit(
            line[: inner.start()] + line[inner.end("aff") + 1 :], in_header=in_header
        )
        if found is not None and found.credit.endswith(line[: inner.start()].rstrip()[-8:]):
            affiliated = f"{found.credit} ({inner.group('aff').strip()})"
            return dataclasses.replace(found, credit=affiliated)
        return found
    if line[:1] == "[" and (marker := _IMAGE_MARKER.match(line)) is not None:
        line = line[
            marker.end() :
        ]  # "[Image] BTA Photo": a text browser's picture, then its credit
    tail = " ".join(line[-_CREDIT_WINDOW:].split())
    if (service := _agency_photo_tail(tail)) is not None:
        return service
    found = _find_credit(" ".join(line[-4 * _CREDIT_WINDOW :].split())[-_CREDIT_WINDOW:], in_header)
    if found is None and (glued := _HYPHENED_AGENCY.search(tail)) is not None:
        # "(Jane Roe-USA TODAY Sports)", "(Jane Roe-Imagn Images)": the photographer and a
        # known agency joined by a hyphen, as USA TODAY's network credits its pictures
        person, agency = glued.group("person"), glued.group("agency")
        if _is_agency(agency) and _clean_person(person) is not None:
            found = Credit(f"{person}-{agency}", person, agency)
    if found is None and (coded := _EDITOR_CODE.search(tail)) is not None:
        # "... (Nov 30, 2022). ANTARA/Jane Roe/pri.": the agency's photo desk, its
        # photographer and the editor's initials, with the stop the desk puts after them
        # (read without it, as in the story a credit has no stop after it; printed with it)
        bare = _find_credit(tail[: coded.end() - 1], in_header)
        if bare is not None and tail[: coded.end() - 1].endswith(bare.credit):
            return dataclasses.replace(bare, credit=f"{bare.credit}.")
    if (
        found is not None
        and (caps := _CAPS_CREDIT_AFTER_WORDS.search(found.credit)) is not None
        and not _labelled_caps_surname(line, found.credit, caps.start())
    ):
        # "Jenna Ortega FRAZER HARRISON/GETTY IMAGES": a caption of a few words (a name),
        # then the credit in capitals (The Hollywood Reporter, Variety): the change of case
        # is where the caption ends
        return _find_credit(caps.group("credit"), in_header) or found
    if found is None and (opened := _LABEL_OVER_CAPTION.match(line)) is not None:
        # "Photograph: The minister in Hanover last night. Photograph: Reuters": the
        # picture's label opens the caption (The Irish Times, in its archive's text) and the
        # credit has its own label at the end; read without the first label
        return find_credit(line[opened.end() :], in_header=in_header)
    if found is not None and " via " in line:
        return _lender_via(line, found)
    return found


# A picture's credit closed by "or licensors", the licence Euronews' sites print under a photo,
# perhaps after the site's own rights notice ("Copyright © euronews Jane Roe/AP or licensors").
_OR_LICENSORS = re.compile(
    r"(?:(?i:copyright)\s*©\s*[a-z][\w.-]{2,30}\s+)?(?P<credit>[^©\s][^©]{2,80}?\s(?i:or\s+licensors))\.?"
)


# "... reacts Action Images via Reuters/Jane Roe": an agency's picture service that lent the
# photo through the agency whose credit follows "via" (Reuters' sport pictures, "USA TODAY
# Sports via Reuters"), one to three capitalised words right before it.
_LENDER_VIA = re.compile(
    r"(?:^|(?<=\s))(?P<lender>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2})\s+via\s+$"
)


# Where a picture came from when no agency made it, as the wires print it before "via"
# ("Social Media via REUTERS/File Photo", "Pool via REUTERS", "Social media via AFP"): the
# source's kind, not a party's name, kept with the credit as printed.
_LENT_SOURCES = frozenset({"social media", "pool", "stringer"})


def _lender_via(line: str, found: Credit) -> Credit:
    """The credit with the known agency that lent the picture "via" it, as printed."""
    text = " ".join(line.split())
    at = text.rfind(found.credit)
    if at <= 0 or found.credit.lower().startswith("via "):
        return found
    lender = _LENDER_VIA.search(text[:at])
    if lender is None or not (
        _is_agency(lender.group("lender")) or lender.group("lender").lower() in _LENT_SOURCES
    ):
        return found
    return dataclasses.replace(found, credit=f"{lender.group('lender')} via {found.credit}")


# A credit in capitals ("FRAZER HARRISON/GETTY IMAGES") after words in mixed case that the
# credit's grammar read as part of the name ("Jenna Ortega FRAZER HARRISON/...").
_CAPS_CREDIT_AFTER_WORDS = re.compile(
    rf"(?<=[a-z.'’)]\s)(?P<credit>[{_CAPITAL}][{_CAPITAL}'’\-]+(?:\s+[{_CAPITAL}][{_CAPITAL}'’\-]*){{1,3}}"
    rf"\s*/\s*[{_CAPITAL}][{_CAPITAL}0-9 .&'’\-]*(?:/[{_CAPITAL}][{_CAPITAL}0-9 .&'’\-]*)?)$"
)


# A picture's label right before a credit, "by" closing it: "(Photo by ", "Picture by ".
_BY_LABEL_BEFORE = re.compile(r"(?:^|[\s(\[])(?i:photo|picture)\s+(?i:by)\s*$")


def _labelled_caps_surname(line: str, credit: str, caps_at: int) -> bool:
    """Whether a credit whose words in mixed case come before its capitals is AFP's own form,
    one given name then the surname in capitals ("Photo by Jam STA ROSA / AFP", "Photo by
    Jean-Pierre DE LA ROSA / AFP"): the picture's label right before it says no caption's words
    stand in it, and one word in mixed case is the given name, not a caption's."""
    head = credit[:caps_at].split()
    at = line.rfind(credit)
    # "Photo: Zendaya JON KOPALOFF/GETTY IMAGES": after a colon the mixed-case word is the
    # caption's (Variety); only "Photo by" and AFP's spaced " / AFP" closing say AFP's form
    return (
        re.search(r"[A-Z]\s/\s*AFP\s*$", credit) is not None
        and len(head) == 1
        and head[0][:1].isupper()
        and at > 0
        and _BY_LABEL_BEFORE.search(line[:at]) is not None
    )


# A photographer's name and an agency joined by a hyphen, in the brackets that close a caption.
_HYPHENED_AGENCY = re.compile(
    rf"\((?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}})-(?P<agency>[A-Z][\w&.' ]{{1,40}}?)\)\s*\.?$"
)


# A picture's label opening a caption whose credit, labelled the same way, ends it.
_LABEL_OVER_CAPTION = re.compile(
    r"^(?P<label>Photograph|Photo|Picture|Image)\s*:\s+(?=.{20,}[.!?]\s+(?P=label)\s*:\s*\S)"
)


# A text browser's mark for a picture before its credit: "[Image] BTA Photo", "[IMG] AP Photo".
_IMAGE_MARKER = re.compile(r"^\[(?i:image|img|photo|picture|inline image)\]\s*(?=\S)")
# An editor's initials after a credit's last slash: "ANTARA/Jane Roe/pri.", "ANTARA/Jane Roe/nz."
_EDITOR_CODE = re.compile(r"[A-Z]{2,}/[^/]{3,40}/[a-z]{2,4}\.$")
# The services agencies sent pictures by, named in the credits of papers that printed them
# ("AP Wirephoto", "UPI Telephoto", "AP Laserphoto", "UPI Unifax", "INS Soundphoto"), and an
# agency's photo desk with the day the picture was taken ("CNA photo Jan. 13, 2024").
_PHOTO_SERVICE = (
    r"(?:[Ww]ire|[Tt]ele|[Ll]aser|[Ss]ound|[Rr]adio)-?photos?|WIREPHOTO|TELEPHOTO|LASERPHOTO|"
    r"SOUNDPHOTO|RADIOPHOTO|[Pp]hotofax|PHOTOFAX|[Uu]nifax|UNIFAX"
)
_DESK_DATE = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}|"
    r"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4})"
)
# A lender's credit with the picture's date after it (Focus Taiwan's pages).
_COURTESY_DATED = re.compile(
    # the lender named in capitalised words (its small joining words apart): a sentence
    # ("Photos courtesy of the museum will be on display through Dec. 3") names no lender
    rf"(?P<lent>(?i:photos?|images?|pictures?)\s+(?i:courtesy)\s+(?i:of\s+)?(?:the\s+)?"
    r"[A-Z][^\s\d]*(?:\s+(?:of|and|the|for|&|[A-Z][^\s\d]*)){0,9})"
    rf"\s+(?P<date>{_DESK_DATE})"
)


_AGENCY_PHOTO = re.compile(
    r"(?:^|(?<=[.!?”\")\]] )|(?<=[-–—])\s*|\(\s*)"
    r"(?P<credit>(?P<agency>[A-Z][\w.&\-]{0,14}(?: [A-Z][\w.&\-]{0,14})?) "
    rf"(?:(?P<service>{_PHOTO_SERVICE})|(?:[Pp]hoto|PHOTO)(?P<dated> {_DESK_DATE})?))"
    r"\s*\)?\s*\.?\s*$"
)


# The picture agencies of the print era whose credit papers set under a caption as "<agency>
# Photo(s)" with no photographer: Wide World (and The New York Times' own "Times Wide World"),
# Acme, International News, Underwood & Underwood, Pacific & Atlantic, Harris & Ewing, Planet
# News, Central Press, Topical Press, Fox, Black Star ("... before the flight. Times Wide World
# Photo.", "(Acme Photo)"). Their names alone are no agency the credit grammar knows.
_PRINT_ERA_AGENCY = (
    r"(?:(?:N\.\s?Y\.\s)?Times\s)?Wide\sWorld|Acme|International\sNews(?:\sService)?|"
    r"Underwood\s(?:&|and)\sUnderwood|Pacific\s(?:&|and)\sAtlantic|Harris\s(?:&|and)\sEwing|"
    r"Planet\sNews|Central\sPress|Topical\sPress|Fox|Black\sStar"
)
_PRINT_ERA_PHOTO = re.compile(
    r"(?:^|(?<=[.!?”\")\]] )|(?<=[-–—])\s*|\(\s*)"
    rf"(?P<credit>(?P<agency>{_PRINT_ERA_AGENCY})\s(?:Photos?|News\s?photos?|{_PHOTO_SERVICE}))"
    r"\s*\)?\s*\.?\s*$"
)


# "... at the state office. —Associated Press Photo.", "... shuttle.—Star Staff Photo.": after
# a dash ending a caption, a known agency's or a paper's staff's photo (as the papers of the
# print era set it); a paper's name is its name's words in capitals before "Staff Photo".
_DASHED_OUTLET_PHOTO = re.compile(
    r"(?:^|(?<=[—–])|(?<=--))\s*(?P<credit>(?P<agency>[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,3}?)"
    r"(?P<staff> Staff)? (?:Photo|Photograph|Photos))\s*\.?\s*$"
)


def _dashed_desk_photo(text: str) -> Credit | None:
    """The credit after a dash ending a caption or alone: a known agency's "Photo" or a
    paper's "Staff Photo" ("—Associated Press Photo.", "—Star Staff Photo.")."""
    m = _DASHED_OUTLET_PHOTO.search(text[-80:])
    if m is None:
        return None
    before = text[: len(text) - len(text[-80:]) + m.start()].rstrip()
    if before and not before.endswith(("—", "–", "--")):
        return None
    if m.group("staff") is None and not _is_agency(m.group("agency")):
        return None  # "—Our Photo.", "—Jane Photo.": no agency named
    return Credit(m.group("credit"), None, m.group("agency"))


# The last words of the credits _agency_photo_tail's three patterns read, lowered: "Photo",
# "Photos", "Photograph", a service's "Wirephoto" or "Unifax"; else a desk's date's year.
_PHOTO_TAIL_ENDS = ("photo", "photos", "photograph", "fax")


def _may_end_in_photo(text: str) -> bool:
    """Whether `text` may end in a credit _agency_photo_tail reads: each of its patterns ends
    in the credit, then spaces, a closing bracket and a stop ("\\s*\\)?\\s*\\.?\\s*$"), and
    each credit ends in a picture's word, a service's or a year. Asked first, as the three
    patterns are tried at each of the tail's characters, for every line (pinned to the
    patterns in tests/test_extract_fast_paths.py)."""
    core = text.rstrip()
    if core.endswith("."):
        core = core[:-1].rstrip()
    if core.endswith(")"):
        core = core[:-1].rstrip()
    return core[-1:].isdigit() or core[-12:].lower().endswith(_PHOTO_TAIL_ENDS)


def _agency_photo_tail(text: str) -> Credit | None:
    """An agency's picture service or dated photo desk ending a caption or alone: "... tables.
    —AP Wirephoto.", "(UPI Telephoto)", "... on Saturday. CNA photo Jan. 13, 2024", and a
    print-era picture agency's "... flight. Wide World Photos." A plain "X Photo" without a
    date is read by the credit grammar (its cases are many)."""
    if not _may_end_in_photo(text):
        return None
    if (era := _PRINT_ERA_PHOTO.search(text[-120:])) is not None:
        return Credit(era.group("credit").strip(), None, era.group("agency"))
    if (desk := _dashed_desk_photo(text)) is not None:
        return desk
    m = _AGENCY_PHOTO.search(text[-120:])
    if m is None or not (m.group("service") or m.group("dated")):
        return None
    agency = m.group("agency")
    if not (_is_agency(agency) or (agency.isupper() and len(agency) <= 8)):
        return None  # "Staff Wirephoto", "Our Telephoto": no agency named
    return Credit(m.group("credit").strip(), None, agency)


# A bracket inside a credit's closing bracket: "(... T. Currie (Subaru Telescope, Eureka Inc.))".
_AFFILIATION = re.compile(r"(?<=[\w.])\s*\((?P<aff>[^()]{2,80})\)(?=[)\]]\s*\.?\s*$)")


# A picture's label opening a line, its alt text after the colon: "Image: A slip on the path."
_LABELLED_ALT = re.compile(r"^(?:Image|Photo|Picture)\s*:\s+\S")


def labelled_alt_text(line: str) -> bool:
    """`Image: A fenced-off slip on a path.`: a picture's label and its colon opening the line,
    no credit after it (a scraped page's alt text, printed over the caption and its credit);
    "Photo: Jane Roe/Stuff" is a labelled credit."""
    return _LABELLED_ALT.match(line) is not None and find_credit(line, in_header=True) is None


_ALT_TEXT = re.compile(
    r"^\[(?:(?P<label>(?i:img|image|photo|picture|inline|figure))\b\s*:?\s*)?"
    r"(?P<inner>[^\[\]]{20,})\]$"
)
# "Source: Maersk", "Credit: Port of Rotterdam": a labelled source of one to five capitalised
# words alone on its line.
_SOURCE_ALONE = re.compile(
    r"(?i:source|credit|courtesy)\s*:\s*"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|the)){0,4})"
)


def source_under_picture(above: str, line: str) -> Credit | None:
    """`line` is "Source: Maersk" right under a picture's marker with its alt text ("[Image: A
    container vessel at a terminal]"): the picture's credit, the marker its caption. Under a
    paragraph a "Source:" line cites a figure's data, so only the marker says it is a photo's."""
    wrapped = _ALT_TEXT.match(above.strip())
    if wrapped is None or not wrapped.group("label"):
        return None
    found = _SOURCE_ALONE.fullmatch(" ".join(line.split()))
    if found is None:
        return None
    name = found.group("name")
    return Credit(name, None, name if _is_agency(name) else None)


# A story's paragraph: this many words at least, closed by a sentence's stop.
_PARAGRAPH_WORDS = 15


def _story_paragraph(line: str | None) -> bool:
    return (
        line is not None
        and len(line.split()) >= _PARAGRAPH_WORDS
        and line.rstrip().endswith((".", "!", "?", '"', "”", "’"))
    )


# A figure's noun in a caption: the "Source:" under it names the figure's data, no lender.
_FIGURE_NOUN = re.compile(
    r"\b(?i:charts?|graphs?|graphics?|infographics?|maps?|tables?|diagrams?|figures?)\b"
)
# The most words of a picture's short caption over its "Source:" line: a phrase with no verb
# ("The library.", "The main salon."); a boilerplate's or a chart's sentence runs longer.
_SOURCE_LINE_CAPTION_WORDS = 6
# A verb's word that makes a short caption a sentence ("The plans aren't final.").
_CAPTION_VERB = re.compile(
    r"is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall"
    r"|should|do|does|did|.*n[’']t|.*[’'](?:re|ve|ll|d)"
)


def _source_under_caption(caption: str, line: str) -> Credit | None:
    """ "The main salon." / "Source: Lionard Luxury Real Estate": the lender of a picture
    named under its caption's one short sentence, as Bloomberg prints a picture that is no
    staff photographer's. A wire's or an agency's name there is the story's source, a data
    source's a chart's, and a caption that gives figures is a chart's title."""
    words = caption.split()
    if not 2 <= len(words) <= _SOURCE_LINE_CAPTION_WORDS or not caption.rstrip().endswith("."):
        return None
    if any(_CAPTION_VERB.fullmatch(w.strip(".,;").lower()) for w in words):
        return None  # "The plans aren't final." / "Source: Apple": a sentence, no picture's caption
    if not words[0][:1].isupper() or _FIGURES_CITED.search(caption) or ":" in caption:
        return None
    if _FIGURE_NOUN.search(caption):
        return None  # "A chart showing rainfall in Tabanan." / "Source: BMKG": a figure's data
    found = _SOURCE_ALONE.fullmatch(line)
    if found is None:
        return None
    name = found.group("name")
    if _is_agency(name) or _wire(name) or _DATA_SOURCE.search(name):
        return None
    return Credit(name, None, None)


# German papers' "source" label before a picture's credit ("Quelle: picture alliance/dpa/Jane
# Roe", Welt's pages); over a ticker's story the same label names the text's wire ("Quelle: dpa
# Bayern" under the item's stamp), so it is read only under a caption's words.
_QUELLE_LABEL = re.compile(r"Quelle:\s*(?=\S)")


def _quelle_under_caption(caption: str, line: str) -> Credit | None:
    """ "Die vierte Röhre wird saniert" / "Quelle: WELT/Jane Roe": the picture's credit under
    its caption's words (no stop: Welt prints none), read as the credit after a "Foto:" label
    would be; under a page's date stamp the line names the story's wire, no picture's."""
    from archiver.extract.page import is_date_stamp

    label = _QUELLE_LABEL.match(line)
    if label is None or not _caption_words_alone(caption) or is_date_stamp(caption):
        return None
    rest = line[label.end() :].strip()
    if not _picture_source(rest):
        return None  # "Quelle: Bundesagentur für Arbeit" under a chart: its data's source
    found = find_credit(f"Foto: {rest}", in_header=True)
    return found if found is not None and found.credit == rest else None


def _picture_source(rest: str) -> bool:
    """The source a "Quelle:" label names is a picture's: an agency or a picture library
    ("picture alliance/dpa/Jane Roe", "dpa"), or an outlet's one word and its photographer
    ("WELT/Jane Roe"); an institution alone ("Bundesagentur für Arbeit") is a chart's data's."""
    from archiver.extract.bylines import looks_like_name

    parts = [part.strip() for part in rest.split("/")]
    if not all(parts):
        return False
    if any(_is_agency(part) or is_picture_library(part) for part in parts):
        return True
    return (
        len(parts) == 2
        and len(parts[0].split()) == 1
        and looks_like_name(parts[1])
        and _clean_person(parts[1]) is not None
    )


def source_between_paragraphs(above: str | None, line: str, below: str | None) -> Credit | None:
    """`line` is "Source: Airbus" alone between two of the story's paragraphs: the credit of
    a picture the copy lost with its caption, as trade papers print the picture's lender under
    it (FlightGlobal, Offshore Energy, Splash247). A wire's or an agency's name there is the
    story's source, not a picture's; the story's paragraphs both sides (no table's or chart's
    lines) tell the line is no figure's data source."""
    if not (_story_paragraph(above) and _story_paragraph(below)):
        return None
    found = _SOURCE_ALONE.fullmatch(" ".join(line.split()))
    if found is None or found.group(0)[:1] not in "Ss":
        return None  # "Credit: ...", "Courtesy: ..." are read as labelled credits already
    name = found.group("name")
    if _is_agency(name) or _wire(name):
        return None  # "Source: Reuters" between paragraphs: who the story came from
    if _DATA_SOURCE.search(name):
        return None  # "Source: Office for National Statistics": a chart's data, no picture's
    if _FIGURES_CITED.search(above or ""):
        # "Home prices rose 4.1 percent ... according to figures released on Tuesday" /
        # "Source: Redfin": the paragraph gives figures, the line names the chart's data source
        return None
    return Credit(name, None, None)


# A paragraph that reports figures (a share, a rate, data, a survey or a poll), over which
# "Source: X" names where a lost chart's figures came from.
_FIGURES_CITED = re.compile(
    r"\d\s*%|\bper\s?cent(?:age)?\b|\b(?:figures|data|statistics|survey|poll|index)\b"
    # a price or a measure ("$3.71 a gallon", "340 miles southeast ... at 12 mph"), or what
    # tracking showed ("according to tracking services"): the figures a lost chart or map
    # drew, whose source the line names
    r"|[$£€¥]\s?\d|\b\d[\d,.]*\s*(?:mph|km/h|knots|miles|kilometres|kilometers|km|tonnes|"
    r"barrels|gallons?|litres|liters|cents|pence)\b|\baccording\s+to\s+(?:flight\s+|ship\s+)?"
    r"tracking\b",
    re.IGNORECASE,
)


# The words of a figure's or a chart's data source, which lends no picture: statistics
# offices, surveys, censuses, central banks, funds, indexes, data vendors, "own calculations".
_DATA_SOURCE = re.compile(
    r"\b(?:Statistic(?:s|al)?|Bureau|Census|Survey|Data|Office|Ministry|Department|Bank|Fund|"
    # government and public bodies that publish figures, forecasts and maps ("Energy
    # Information Administration", "National Hurricane Center", "European Centre for Disease
    # Prevention and Control", "National Weather Service", universities' trackers)
    r"Administration|Cent(?:er|re)s?|Services?|Prevention|Universit(?:y|ies)|Registry|"
    r"Observatory|Forecasts?|Weather|Organi[sz]ation|Association|Federation|"
    # flight, ship and price trackers a map or a chart cites
    r"Flightradar24|FlightAware|MarineTraffic|VesselFinder|GasBuddy|AccuWeather|"
    r"Index|Indices|Institute|Calculations?|Estimates?|Analysis|Research|Refinitiv|LSEG|FactSet|"
    r"Eurostat|IMF|OECD|ONS|BLS|Treasury|Commission|Authority|Council|Agency|Board|"
    # data vendors and pollsters a chart cites
    r"Zillow|Redfin|CoreLogic|Nielsen|Gallup|YouGov|Ipsos|Statista|Morningstar|Kpler)\b",
    re.IGNORECASE,
)


# A short alt text in square brackets, alone on its line: "[Jiji Press Photo]".
_SHORT_BRACKETED = re.compile(r"^\[(?P<inner>[^\[\]]{3,19})\]$")
# A picture's label and its colon, then a credit's few words, alone in square brackets
# ("[Photo: Supplied]", "[Photo: Ministry of Agriculture]").
_BOXED_LABEL = re.compile(
    r"\[(?P<inner>(?i:photo|picture|image|pic)s?\s*:\s*(?P<credit>[^\[\].!?]{2,40}))\]"
)
# A site's noun closing its name: a building's, a works', a road's ("Lautoka Sugar Mill",
# "Kenyatta Avenue"); no photographer's or agency's name ends so.
_SITE_NOUNS = (
    r"Mill|Hospital|School|Airport|Bridge|Market|Hall|Centre|Center|Park|Street"
    r"|Road|Port|Wharf|Jetty|Stadium|Church|Building|Tower|Islands?|Bay|River|Beach|Dam|Station"
    r"|Hotel|Resort|Factory|Plant|College|University|Cathedral|Temple|Mosque|Palace|Museum"
    r"|Farm|Estate"
)
# A thoroughfare's noun closing its name ("Thika Superhighway", "Mombasa Road").
_ROAD_NOUNS = r"Avenue|Highway|Superhighway|Expressway|Bypass|Boulevard|Lane|Drive"
_SITE_LAST = re.compile(rf"\b(?:{_SITE_NOUNS}|{_ROAD_NOUNS})$")
_SITE_WORD = re.compile(rf"(?:{_SITE_NOUNS}|{_ROAD_NOUNS})")
# The words a caption's sentence sets before a place it names ("along", "at", "outside").
_PLACE_PREPOSITIONS = frozenset(
    # not "by": a photographer's name follows it ("a picture taken by Chris Hall/FILE")
    "along at in on near outside inside across through to from off into onto".split()
)


def _place_in_sentence(before: str, credit: str) -> bool:
    """ "... a demolition exercise along Thika Superhighway/FILE": the words before a file's
    marker are the caption's own, a place after its preposition (a known place or a road's,
    a building's name), no photographer."""
    from archiver.extract.gazetteer import is_known_place

    if _SITE_WORD.fullmatch(credit) is not None:
        return True  # "Superhighway/FILE": a site's noun alone, the caption's wrapped end
    words = before.split()
    if not words or words[-1] not in _PLACE_PREPOSITIONS:
        return False
    return _SITE_LAST.search(credit) is not None or is_known_place(credit)


# What a boxed label names when it names the picture's subject, not its source: a holder's
# title ("[Photo: Prime Minister Sitiveni Rabuka]", "[Photo: Minister for Women Jane Roe]"),
# the archive's word ("[Photo: File]"), a building's or a works' noun last ("[Image: Lautoka
# Sugar Mill]").
_BOXED_SUBJECT = re.compile(
    r"\b(?:(?:Prime\s+|Deputy\s+)?Ministers?|President|Premier|Governor|Mayor|Ambassador"
    r"|Commissioner|Senator|Speaker|Secretary|Chairman|Chairperson|Chairwoman|Director|King"
    r"|Queen|Prince|Princess|Chief|Hon|Honourable|Dr|Mr|Mrs|Ms|Rev|Bishop|Professor|Prof"
    r"|Captain|Coach|Attorney-General)\b\.?"
    r"|^(?i:file(?:\s+photo)?|archive)$"
    rf"|\b(?:{_SITE_NOUNS})$"
)


def _boxed_subject(found: Credit) -> bool:
    """A boxed label's reading that names the picture's subject (_BOXED_SUBJECT), unless
    it is a known agency's credit."""
    if found.agency is not None and found.agency == found.credit and _is_agency(found.agency):
        return False
    return _BOXED_SUBJECT.search(found.credit.strip()) is not None


_BY_IN_BRACKETS = re.compile(r"\((?i:by)\s+(?=[A-Z][^()]+\)\s*\.?\s*$)")
# "(Jane Roe | The Washington Post) A woman shades herself ...": the credit in brackets before
# the caption, as papers that reprint another's story print it.
_LEADING_BRACKET = re.compile(
    rf"^\((?P<inner>(?P<person>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}})\s*[|/]\s*"
    r"(?P<org>[A-Z][\w.&'’\- ]{1,40}?))\)\s+(?P<caption>[A-Z\"“].{10,})$"
)


# "Mirror photo by Jane Roe / Visitors walk through the park on Tuesday.": a paper's photo
# label and the photographer opening the caption, a slash between them and its sentence (the
# Ogden papers' captions). The label's words say photo, so no story's line opens so.
_LABELLED_LEAD = re.compile(
    rf"^(?P<credit>(?:[A-Z][\w'’.]*\s+){{0,2}}(?i:photos?|photographs?)\s+(?i:by)\s+"
    rf"(?P<person>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}))\s+/\s+(?P<caption>[A-Z\"“].{{10,}})$"
)
_LABELLED_LEAD_CHARS = 90


def _labelled_lead(line: str) -> Credit | None:
    """The credit of a caption that opens with its labelled credit and a slash (_LABELLED_LEAD),
    the caption a sentence of four words or more."""
    m = _LABELLED_LEAD.match(" ".join(line.split()))
    if m is None or len(m.group("caption").split()) < 4:
        return None
    person = _clean_person(m.group("person"))
    if person is None:
        return None
    # the name alone, as "Mirror photo by Jane Roe" on a line of its own is read
    return Credit(m.group("person"), person, None)


def _leading_credit(text: str) -> Credit | None:
    m = _LEADING_BRACKET.match(" ".join(text.split()))
    if m is None or len(m.group("caption").split()) < 4:
        return None
    person, org = _clean_person(m.group("person")), m.group("org").strip()
    if person is None or not (
        _is_agency(org) or OUTLET_NAME.match(org) or _OUTLET_WORD.search(org)
    ):
        return None
    return Credit(m.group("inner"), person, org)


# The answer depends only on the line's last 200 characters, so that is the key: the
# extractor asks about a line several times (its role, then its photo), and the cache stays
# small (at most 16,384 keys of 200 characters) whatever the lines' length.
# What scraped pages leave after a credit: buttons ("Buy Photo", "Enlarge this image", "Show
# more", Reuters' "Acquire Licensing Rights" and "Purchase Licensing Rights"), a Creative Commons licence in brackets, Kyodo's "==Kyodo" tag, the expansion of an
# agency's initials ("African News Agency (ANA)").
_TRAILING_JUNK = re.compile(
    r"(?:\s+(?i:(?:purchase|acquire)\s+licen[cs]ing\s+rights|buy\s+(?:this\s+)?photo|show\s+(?:more|less)"
    r"|enlarge\s+this\s+image|hide\s+caption|toggle\s+caption|view\s+(?:larger|full\s+size))"
    r"|\s+(?:Enlarge|Expand|Zoom|Close|ENLARGE|EXPAND)"
    r"|\s*\((?i:cc[\s-]by[\w\s.\-]{0,20}|cc0[\w\s.\-]{0,10}|public\s+domain)\)"
    r"|\s*==\s*[A-Z][\w]{1,20}"
    r"|,?\s+(?i:opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window))"
    r"|(?:(?<=Agency)|(?<=Press)|(?<=News)|(?<=Service)|(?<=Images))\s*\([A-Z]{2,6}\))+\s*$"
)
# The last character _TRAILING_JUNK's items end with ("rights", "photo", "more", "less", "image",
# "caption", "larger", "size", "tab", "window" in any case; "Enlarge", "Expand", "Zoom", "Close",
# "ENLARGE", "EXPAND"; a bracket), or "==" for "==Kyodo" (which ends in any letter): a cheap
# test first, as the pattern is tried at every character of the text. Keep the two in step
# (tests/test_extract_fast_paths.py pins them on every fixture line).
_JUNK_LAST = re.compile(r"(?i:[soenrbw])|[edmED)]")
# The items' last words themselves, lowered (or the bracket): an ASCII tail that ends in none
# of them holds no junk (IGNORECASE matches an ASCII letter to its two ASCII cases only). Half
# the lines end in one of _JUNK_LAST's letters; few end in one of these words.
_JUNK_ENDS = (
    "rights", "photo", "more", "less", "image", "caption", "larger", "size", "tab", "window",
    "enlarge", "expand", "zoom", "close", ")",
)  # fmt: skip


# "... REUTERS/Jane Roe Purchase" / "Licensing Rights": Reuters' button's first word after a
# slashed credit naming a photographer in full, the rest moved to the next line by a
# hard-wrapping copy ("AFP/Jane Purchase": one word after the slash is a name's first).
_BUTTON_HALF = re.compile(r"(?<=/)([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,2}) (?-i:Purchase|Acquire)$")


def _strip_button_half(text: str) -> str:
    if not text.endswith(("Purchase", "Acquire")):
        return text
    return _BUTTON_HALF.sub(r"\1", text)


def _strip_trailing_junk(text: str) -> str:
    if "==" not in text:
        tail = text.rstrip()
        if _JUNK_LAST.fullmatch(tail[-1:]) is None:
            return text
        end = tail[-8:]  # the longest last word, "caption", "enlarge", "window", and a space
        if end.isascii() and not end.lower().endswith(_JUNK_ENDS):
            return text
        if end.isascii() and end.lower().endswith("photo"):
            # "Photo" ends only "Buy Photo" and "Buy this photo" of the items: the word before
            # it is "buy" or "this" (in ASCII; "thiſ" is "this" to IGNORECASE). Half a
            # caption's lines end in a "Photo" of their own ("AP Photo", a gallery's "License
            # Photo"), and the pattern is tried at each of the line's characters
            words = tail.rsplit(None, 2)
            if len(words) < 2 or (words[-2].isascii() and words[-2].lower() not in ("buy", "this")):
                return text
    return _TRAILING_JUNK.sub("", text)


def without_buttons(text: str) -> str:
    """The text with the page's buttons and tags after a credit taken off ("... REUTERS/Jane
    Roe Purchase Licensing Rights", "... Buy Photo"): see _TRAILING_JUNK."""
    return _strip_trailing_junk(text)


# A rights notice closes a page; the agency it names took no particular photo.
_RIGHTS_NOTICE = re.compile(
    r"(?i:all\s+rights\s+reserved|hak\s+cipta\s+terpelihara"
    # the same notice in the languages of the agencies that print it under their copy (and
    # "Reproduction reserved", Agenzia Nova's English for "riproduzione riservata")
    r"|riproduzione\s+riservata|reproduction\s+reserved"
    r"|tutti\s+i\s+diritti\s+riservati|derechos\s+reservados"
    r"|droits\s+r[ée]serv[ée]s|alle\s+rechte\s+vorbehalten|direitos\s+reservados"
    r"|prawa\s+zastrze[żz]one|alle\s+rettigheter|alla\s+r[äa]ttigheter)"
    # "© Copyright 2025 NZME Publishing Limited", "© EDICIONES EL PAÍS S.L.": a page's footer
    r"|^\s*(?:©|(?i:copyright))\s*(?:(?i:copyright)\s*)?(?:©\s*)?\d{4}\b"
    r"|^\s*©.{1,60}\b(?:S\.\s?[AL]\.|(?i:ltd|limited|inc|llc|gmbh|plc|corp))\.?\s*$"
)
# A word of each of _RIGHTS_NOTICE's items in ASCII ("reserved", "riservata", "reservados",
# "reserves" hold "serv"; a footer's needs "copyright" or "©", which is not ASCII): an ASCII
# text with none of them in lower case holds no notice (IGNORECASE matches an ASCII letter to
# its two ASCII cases only). Keep the two in step (tests/test_extract_fast_paths.py pins them).
_RIGHTS_WORDS = ("serv", "cipta", "vorbehalten", "zastrze", "ttigheter", "copyright")


def _has_rights_notice(text: str) -> bool:
    """_RIGHTS_NOTICE.search(text), with a cheap test first for ASCII text (the pattern is
    tried at every character: a fifth of a caption's credit reading before)."""
    if text.isascii():
        low = text.lower()
        if not any(word in low for word in _RIGHTS_WORDS):
            return False
    return _RIGHTS_NOTICE.search(text) is not None


# "Share/Save", "Print | Email": a page's buttons, never a credit
_BUTTONS = re.compile(
    r"^(?i:share|save|print|email|comment|comments|like|tweet|follow|subscribe|listen|gift)"
    r"(?:\s*[/|]\s*(?i:share|save|print|email|comment|comments|like|tweet|follow|subscribe"
    r"|listen|gift))+$"
)
# "Updated on: Aug 13, 2025 / 11:32 AM EDT / CBS News": a page's stamp, slashes and all
_STAMP_OPENING = re.compile(r"^(?i:updated|published|posted|last\s+updated)\b")
# "... the rally. | Jane Roe", "... on Monday.Yale Peabody Museum", "... in April. Jane Roe
# (EFE)", "... on Tuesday. (Jane Roe)": a person or a lender right after the caption's sentence
_BAR_PERSON = re.compile(
    rf"(?<=[.!?”\"’)])\s+\|\s+(?P<credit>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}})\s*$"
)
_GLUED = re.compile(
    # "... on Thursday, March 21, 2024.Portland Fire & Rescue": or the year that closes a
    # dated caption's full date (Advance's captions), glued to its stop as a word is; a
    # year alone ("... repaved in 2021.Read More") dates a sentence as often as a picture
    r"(?:(?<=[a-z]{2}[.!?])|(?<=\d, (?:19|20)\d\d\.))(?P<credit>[A-Z][\w'’&\-]*(?: (?:[A-Z][\w'’&\-]*|of|the|and|&)){0,5})\s*$"
)
_GLUED_HINT = re.compile(r"[a-z][.!?][A-Z]|\d, (?:19|20)\d\d\.[A-Z]")
_PERSON_THEN_AGENCY = re.compile(
    rf"(?<=[.!?”\"’)] )(?P<person>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,4}})\s*\((?P<agency>[^()]{{2,30}})\)\s*$"
)
# "-- fotoBERNAMA (2024)": Bernama's and others' photo line, "foto" glued to the agency.
_FOTO_AGENCY = re.compile(r"(?:^|(?<=[\s.]))(?:-{1,2}\s*)?foto(?P<agency>[A-Z]{3,12})\b")
# "... on Tuesday. Sam Kerr skerr@idahostatesman.com": the photographer's name and address.
_NAME_AND_EMAIL = re.compile(
    rf"(?<=[.!?”\"’)] )(?P<credit>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}(?:\s+(?:Jr|Sr)\.|\s+I{{2,3}})?)"
    r"\s+[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}\s*$"
)
_TRAILING_EMAIL = re.compile(r"\s+[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$")
# "JANE ROE • jroe@paper.com", "Jane Roe/jroe@paper.com": the photographer and the address
# set apart by a mark, printed whole as the credit, alone or after the caption's sentence
_NAME_SEP_EMAIL = re.compile(
    # "... in Syracuse.Jane Roe | jroe@paper.com": or glued to the caption's stop (two spans of
    # the page, Advance's sites), as _GLUED reads a credit
    rf"(?:(?<=[.!?”\"’)] )|(?<=[a-z]{{2}}[.!?]))(?P<credit>(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
    r"\s*(?:[•·|/]|\s[-–—])\s*[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4})\s*$"
)
# "... opened in 2022. (Jane Roe | jroe@paper.com)": the same pair in the brackets that close
# the caption (Advance's sites bracket it so); the name alone is the credit, as above.
_BRACKETED_NAME_EMAIL = re.compile(
    rf"(?<=[.!?”\"’)] )\((?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
    r"\s*(?:[•·|/]|\s[-–—])\s*[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}\)\s*$"
)
# A sentence's stop inside the desk's words, a space after it: "Boon Lay. ST" (the caption's
# last words, then the paper's initials), not an abbreviation's dots ("U.S. Navy").
_STOP_INSIDE_DESK = re.compile(r"(?<=[a-z]{2})[.!?] ")
# "... Edsa. INQUIRER PHOTO / JANE ROE", "... AP Photo/Jane Roe": the agency's photo desk, then
# the person, with no brackets around them.
_DESK_PHOTO_PERSON = re.compile(
    rf"(?:^|(?<=[\s.]))(?P<agency>[A-Z][\w.&\-]{{0,20}}(?: [A-Z][\w.&\-]{{0,20}}){{0,2}})"
    # (an initial without its dot may open or close the name: "M Risyal Hidayat", "Hafidz
    # Mubarak A", as ANTARA prints its photographers')
    # (or its colon: "MTI Fotó: Koszticsák Szilárd", as MTI credits its pictures)
    rf" (?:PHOTOS?|Photos?|FOTO|Fotó)\s*[/:]\s*(?P<person>(?:{_NAME_TOKEN}|[A-Z](?=\s))"
    rf"(?:\s+{_LATER_TOKEN}){{1,4}})"
    # the desk editor's initials after the name, in lower case ("ANTARA FOTO/Jane Roe/abc.")
    r"(?:\s*/\s*[a-z]{2,4})?\.?\s*$"
)


# "The" before a paper's name in capitals ("The STAR/Jane Roe"), at the line's start or after
# the caption's sentence.
_THE_BEFORE = re.compile(r"(?:^|[.!?”\"’)]\s)\(?(?:The|THE)\s+$")


def _filing_place(text: str) -> bool:
    """A city alone after an agency's slash ("DPA/Berlin", "AFP/Paris"): the place the agency
    filed the story from, as papers print the wire's byline; a photographer is named instead."""
    from archiver.extract.gazetteer import is_known_place

    return len(text.split()) <= 3 and is_known_place(text)


# "Staff photo/Jane Roe": a paper's desk word and "photo" in lower case, then the person; or
# the paper's initials ("JT photo/Jane Roe", The Jordan Times's; "GT photo/...").
_STAFF_PHOTO = re.compile(
    rf"(?:^|(?<=[\s.]))(?P<credit>(?:Staff|STAFF|File|FILE|Special|Contributed|Submitted|"
    rf"[A-Z]{{2,4}})\s+photo"
    rf"\s*/\s*(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}}))\.?\s*$"
)
# The initials of international bodies that credit the pictures they give out ("UN photo/
# Eskinder Debebe", "NASA photo/Bill Ingalls"): no paper's initials, the body's own credit.
_BODY_INITIALS = frozenset(
    "UN EU AU WHO WFP FAO ILO IOM IMF IAEA ICRC UNDP UNEP OCHA MSF NATO NASA ESA IDF "
    "US UK USAF USMC USN DOD".split()
)


# "Boomerang photo/Jane Roe", "Herald photo/Jane Roe": a small paper's short name, "photo" in
# lower case, then the photographer, alone on the line under a caption (a capital "Photo/"
# after a known desk is _DESK_PHOTO_PERSON's). The whole line only: in a sentence, "the
# Herald photo/video team" is prose.
_PAPER_PHOTO_LINE = re.compile(
    r"(?P<credit>(?P<paper>[A-Z][\w.&'’\-]{1,20}(?: [A-Z][\w.&'’\-]{1,20}){0,2})\s+photo"
    rf"\s*/\s*(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}}))\.?"
)


# A paper's photo desk before "PHOTO /" ("... on Monday. —INQUIRER PHOTO / Jane Roe"): the
# desk's name is part of the credit as printed, not a caption's last words before a label.
_DESK_OVER_SLASH = re.compile(
    r"(?:^|(?<=[\s.(—–]))(?:[A-Z][A-Za-z&\-]*[A-Za-z]\s+){1,3}(?:PHOTOS?|Photos?|FOTO)\s*/\s*$"
)
# The desk's word and the slash after it, as _DESK_PHOTO_PERSON holds them: this short search
# takes 0.2-0.4 us against 1.3-1.7 us for the pattern on a caption, and most captions that
# print "Photo" print "Photo by", not "Photo/".
_DESK_WORD_SLASH = re.compile(r" (?:PHOTOS?|Photos?|FOTO|Fotó)\s*[/:]")


def _may_name_desk(text: str) -> bool:
    """Whether _DESK_PHOTO_PERSON could match: its desk word and the slash (or colon) after it
    are in the text (tests/test_extract_fast_paths.py)."""
    return ("/" in text or ":" in text) and _DESK_WORD_SLASH.search(text) is not None


# "... the new rota Credit: Jane Roe": a credit's own label says what follows, even after a
# caption printed without its full stop.
_INLINE_LABEL = re.compile(
    # "... the damage to the roofs PICTURES: JANE ROE": the plural for a story's pictures
    r"\s*\(?(?i:credit|photos?|photograph|photographer|pictures?|pics?|foto|fotograf[ií]a|bild"
    r"|fotoğraf|fotó)\s*:\s*[A-Z]"
)


# The German, Spanish and Portuguese picture labels in the plural ("Bilder:", "Fotos:"),
# opening what the credit pattern matched.
_PLURAL_LABEL = re.compile(r"\W*(?i:fotos|bilder)\s*:\s*")


def _plural_label_credit(credit: str) -> bool:
    """After a plural label ("Bilder:", "Fotos:"), which galleries' teasers open on as often
    as credits do: a credit only when it reads as a person's name (not ending on a place:
    "Lluvias de Lima"), a known agency, or a chain of sources with slashes ("Fotos: EFE/Jane
    Roe")."""
    from archiver.extract.gazetteer import is_known_place

    if "/" in credit or _is_agency(credit):
        return True
    last = credit.split()[-1]
    return (
        looks_like_name(credit)
        and not is_known_place(credit)
        and not is_known_place(last)
        and not is_known_place(last.title())
    )


def _labelled_name(text: str, m: re.Match[str], credit: str) -> bool:
    """ "... the new rota Credit: Jane Roe": a label right before a name or an agency, ending
    the line with no full stop (a "FILE PHOTO: The court is seen ..." caption is no credit)."""
    label = _INLINE_LABEL.match(text, m.start())
    return (
        label is not None
        and not text.endswith(".")
        and (_is_agency(credit) or _PERSON.fullmatch(credit) is not None)
        and (
            # "Your pictures: Spring Blossoms": the plural over a readers' gallery, a subhead's
            # words; closing a caption, the plural has the caption's words before it
            _PLURAL_INLINE.search(label.group()) is None or len(text[: m.start()].split()) >= 4
        )
    )


# The plural of a picture's label: "PICTURES:", "Photos:", "Pics:".
_PLURAL_INLINE = re.compile(r"(?i:photos|pictures|pics)\s*:")


# "(Photo courtesy of X)(Kyodo)": the wire's tag after a lender's credit in brackets.
_COURTESY_THEN_TAG = re.compile(
    r"\((?i:(?:photos?\s+)?courtesy)[^()]{1,80}\)(?P<tag>\s*\([A-Z][A-Za-z]{1,11}\))\s*$"
)
# A caption's own label: opening the line, or after a sentence of the story's foot on the
# same line ("Reporting by Jane Roe. Photo: Tractors in The Hague. Credit: X", NL Times's)
_CAPTION_OPENING = re.compile(r"(?:^|(?<=[.!?”\"’]\s))(?i:image|picture|photo|caption)\s*:\s+")
_LATER_LABEL = re.compile(
    r"[.!?”\"’)]\s+(?i:pic|picture|photo|photograph|credit|image|illustration)\s*:\s*\S"
)


# Captions in Chinese, Japanese and Korean end in their own credit forms: "新华社记者 顾晓涵 摄"
# (Xinhua reporter NAME took it), "（记者 NAME 摄）"; "＝5月（共同）" (Kyodo, after the caption's
# "＝" date), "（撮影・NAME）"; "사진=연합뉴스" (photo = Yonhap).
_CJK_ENDS = frozenset("摄攝）)스影")
_CJK_PHOTOGRAPHER = re.compile(
    r"(?:^|[。！？，\s（(])(?:[\u4e00-\u9fff]{1,6}社)?(?:记者|記者|通讯员|通訊員)?\s*"
    r"(?P<name>[\u4e00-\u9fff·]{2,5})\s*[摄攝]\s*[)）]?$"
)
_JA_AGENCY = re.compile(
    r"[＝=][^（(]{0,20}[（(](?P<agency>共同|時事|ロイター|AFP時事|AP|AFP|EPA時事|ゲッティ)[)）]$"
)
_JA_PHOTOGRAPHER = re.compile(r"[（(]撮影[・:：]\s*(?P<name>[^()（）]{2,12})[)）]$")
# "子どもたち＝2025年3月10日、東京都内、伊藤進之介撮影": the caption's last clause is the
# photographer's name before "撮影" (photographed).
# "（写真：ロイター）", "＝写真提供・市教育委員会": "photo" and "photo provided by", then the
# agency or the lender.
_JA_PHOTO_LABEL = re.compile(
    r"(?:[（(]写真(?:提供)?[:：・]\s*(?P<b>[^()（）]{2,20})[)）]|[＝=]写真提供[:：・]\s*(?P<e>[^()（）]{2,20}))$"
)
_JA_SHOT_BY = re.compile(r"[、＝=]\s*(?P<name>[\u4e00-\u9fff\u3040-\u30ff]{2,8})撮影$")
_KO_PHOTO = re.compile(r"(?:^|\s|[\[(])사진\s*=\s*(?P<credit>[^\s\])]{2,20})[\])]?$")
# "[연합뉴스 자료사진]" (Yonhap's file photo), "[서울시 제공]" (provided by Seoul city): who
# holds or lent the picture, then the words for "file photo" or "provided", in brackets.
# The credit is kept as printed, as "Courtesy of X" is (the agency is X).
_KO_FILE_OR_LENT = re.compile(
    r"[\[(]\s*(?P<printed>(?P<credit>[\uac00-\ud7af\w·]{2,20})\s*(?:자료\s*사진|제공|사진\s*제공))"
    r"\s*[\])]$"
)


# "(أرشيفية - واس)": "archive", then the agency, in an Arabic caption's brackets.
_AR_ARCHIVE = re.compile(
    r"[(（]\s*(?:أرشيفية|ارشيفية|أرشيف)\s*[-–—]\s*(?P<agency>[\u0600-\u06ff ]{2,30}?)\s*[)）]$"
)


def _cjk_credit(text: str) -> Credit | None:
    """A photo credit in the forms Chinese, Japanese and Korean captions end with."""
    if (zh := _CJK_PHOTOGRAPHER.search(text)) is not None:
        return Credit(zh.group("name"), zh.group("name"), None)
    if (ja := _JA_AGENCY.search(text)) is not None:
        return Credit(ja.group("agency"), None, ja.group("agency"))
    if (shot := _JA_PHOTOGRAPHER.search(text) or _JA_SHOT_BY.search(text)) is not None:
        return Credit(shot.group("name"), shot.group("name"), None)
    if (photo := _JA_PHOTO_LABEL.search(text)) is not None:
        credit = photo.group("b") or photo.group("e")
        return Credit(credit, None, credit)
    if (ko := _KO_PHOTO.search(text)) is not None:
        return Credit(ko.group("credit"), None, ko.group("credit"))
    if (ko := _KO_FILE_OR_LENT.search(text)) is not None:
        return Credit(ko.group("printed"), None, ko.group("credit"))
    return None


# "... on Sunday night. Source: AAP / Jane Roe", "Source: Getty / Jane Roe/SOPA Images/
# LightRocket via Getty Images": SBS's caption credit, the picture's supplier labelled
# "Source:", a spaced slash, then the credit the supplier printed, after the caption's stop.
_SOURCE_PAIR = re.compile(
    r"(?<=[.!?”\"’)])\s+Source:\s+(?P<credit>(?P<first>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})"
    r"\s+/\s+(?P<second>[^/\s][^/]{1,50}(?:/[^/]{2,50}){0,3}))\s*$"
)


def _source_pair_credit(text: str) -> Credit | None:
    """SBS's "Source: SUPPLIER / CREDIT" closing a caption's sentence: the supplier a wire, a
    picture library or a desk word, the credit after the slash a person, an agency or a whole
    credit ("Jane Roe/EPA-EFE"); a chart's "Source: Bloomberg / company filings" is no photo's."""
    m = _SOURCE_PAIR.search(text)
    if m is None or len(text[: m.start()].split()) < 4:
        return None
    first, second = m.group("first"), m.group("second").strip()
    if not (
        _is_agency(first) or first.lower() in _PICTURE_LIBRARIES or first.lower() in _CREDIT_ABOVE
    ):
        return None
    if (
        _is_agency(second)
        or second.lower() in _CREDIT_ABOVE
        or second.lower() in _PICTURE_LIBRARIES
    ):
        return Credit(m.group("credit"), None, first)
    inner = find_credit(second, in_header=True)
    if inner is not None and inner.credit == second:
        return Credit(m.group("credit"), inner.photographer, inner.agency or first)
    if (
        _PERSON.fullmatch(second)
        # "Source: Reuters / LSEG Datastream", "Source: AAP / Roy Morgan Research": a chart's
        # data and its vendor or pollster, no photographer
        and _DATA_SOURCE.search(second) is None
        and _POLLSTER.search(second) is None
        and (person := _clean_person(second)) is not None
    ):
        return Credit(m.group("credit"), person, first)
    return None


# "... in Marrickville on Monday. Source: Supplied", "... costs. Source: News Corp Australia",
# "... from the accused. (Source: X/@DelhiPolice)": one party labelled "Source:" closing a
# caption's sentence, as News Corp Australia's and Indian papers' captions credit a picture.
_SOURCE_CLOSING = re.compile(
    r"(?<=[.!?”\"’])\s+(?P<open>\()?Source:\s+(?P<credit>[A-Z][\w.&'’@/ -]{1,40}?)"
    r"(?(open)\))\s*$"
)
# A lender's word standing for the party that gave the picture ("Supplied", "Contributed").
_SOURCE_LENDER_WORD = frozenset({"supplied", "contributed", "submitted", "handout"})
# A social network as the picture's source, alone or with the account after a slash or a colon
# ("Facebook", "X/@DelhiPolice", "Instagram: @janeroe").
_SOURCE_PLATFORM = re.compile(
    r"(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Flickr|Reddit|Snapchat|Threads|Bluesky)"
    r"(?:\s*[/:]\s*@?[\w.]{2,30})?"
)


# Publishers' picture desks and picture agencies that send out no stories, as a caption's
# "Source:" names them. Any other agency there may be the story's source or the data's: an
# outlet ("Source: Al Jazeera" closing an aggregator's paragraph), a government's press office
# ("Source: PIB") or a body that shares an agency's initials ("Source: EPA", "Source: NASA").
_SOURCE_PICTURE_DESKS = frozenset(
    {
        "news corp australia", "newspix", "aap image", "postmedia", "national world",
        "mirrorpix", "rex features", "sportsfile", "inpho", "swns", "gallo", "wikimedia commons",
    }
)  # fmt: skip


def _source_closing_credit(text: str) -> Credit | None:
    """One party labelled "Source:" after a caption's sentence: a lender's word, a social
    network (and its account), a picture library, or a publisher's picture desk. A wire's or
    an outlet's name there is the story's source; a caption of a chart or of figures names its
    data's."""
    m = _SOURCE_CLOSING.search(text)
    if m is None:
        return None
    caption = text[: m.start()]
    if len(caption.split()) < 4 or _FIGURE_NOUN.search(caption) or _FIGURES_CITED.search(caption):
        return None
    credit = m.group("credit").strip()
    return Credit(credit, None, None) if _picture_party(credit) else None


def _picture_party(credit: str) -> bool:
    """A party a "Source:" label names as a picture's: a lender's word, a social network (and
    its account), a picture library, or a publisher's picture desk; no wire, outlet or body
    whose data a story cites."""
    low = credit.lower()
    return (
        low in _SOURCE_LENDER_WORD
        or _SOURCE_PLATFORM.fullmatch(credit) is not None
        or low in _PICTURE_LIBRARIES
        or _PICTURE_DESK.fullmatch(credit) is not None
        or low in _SOURCE_PICTURE_DESKS
    )


# "Source: X/@metrofirepio" alone on its line: a labelled party, over the caption it credits.
_PICTURE_SOURCE_LINE = re.compile(r"Source:\s+(?P<credit>[A-Z][\w.&'’@/ -]{1,40}?)\s*")


def labelled_picture_source(line: str) -> Credit | None:
    """ "Source: X/@metrofirepio", "Source: Supplied" alone on a line: a picture's party (see
    _picture_party) under its label, which a page prints over the caption it credits; None for
    any other source ("Source: Reuters", "Source: Census Bureau")."""
    m = _PICTURE_SOURCE_LINE.fullmatch(line.strip())
    if m is None or not _picture_party(m.group("credit").strip()):
        return None
    return Credit(m.group("credit").strip(), None, None)


# A story's paragraph reporting speech: a quotation, a past "said", "told", "according to" (a
# caption's present "says" tells what its pictured person holds).
_STORY_SAID = re.compile(r"[\"“”]|\b(?:said|told|according\s+to)\b")


def source_over_caption(line: str, caption: str) -> Credit | None:
    """ "Source: X/@metrofirepio" over "Crews work the fire on Monday.": a picture's labelled
    party (labelled_picture_source) over a caption's one sentence, four to thirty words with
    its stop and no credit of its own; the credit, or None."""
    from archiver.extract.datelines import match_dateline

    if line[:7] != "Source:" or not 4 <= len(caption.split()) <= 30:
        return None
    if not _CAPTION_END.search(caption.rstrip()) or several_sentences(caption):
        return None
    if match_dateline(caption) is not None or _STORY_SAID.search(caption):
        # "Source: Twitter/@NWS" over "DALLAS — A tornado warning ...", "Source: Facebook" over
        # "Meta said on Tuesday it would ...": the story's paragraph, citing its source
        return None
    if find_credit(caption, in_header=True) is not None:
        return None
    return labelled_picture_source(line)


# A beat's or a section's first word in capitals, no place's name ("HIGH SCHOOL").
_CAPS_BEAT_FIRST = frozenset(
    "LOCAL NATIONAL FEDERAL PUBLIC HIGH PRIMARY MIDDLE CENTRAL REGIONAL GENERAL COMMUNITY "
    "PRIVATE CHARTER STATEWIDE CITYWIDE".split()
)


def _caps_lender_office(text: str) -> bool:
    """An office named in capitals as it lends a picture: a place's name, then the lender's
    word last or only GOVERNMENT or OFFICE after it ("KYOTO CITY", "NARA CITY GOVERNMENT");
    a section's or a beat's tag opens on the word itself ("CITY HALL", "SCHOOL BOARD",
    "STATE BUDGET")."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and _LENDER_WORDS.fullmatch(words[0]) is None
        and words[0] not in _CAPS_BEAT_FIRST  # "| HIGH SCHOOL", "| LOCAL GOVERNMENT"
        and _LENDER_WORDS.fullmatch(words[-1]) is not None
    )


def _agency_or_via(text: str) -> bool:
    """A known agency, or a lender and the known agency that distributed its picture
    ("NurPhoto via Getty Images")."""
    return _is_agency(text) or (
        (lent := _LENT_VIA.fullmatch(text)) is not None and _is_agency(lent.group("agency"))
    )


# "... assess the site. Picture supplied": the picture's noun, then the lender's word with no
# colon, after the caption's stop (Australian Community Media's captions, which print "Picture
# by Jane Roe" the same way); the word is the credit, as "Picture: Supplied" gives it. A
# sentence's "the picture supplied by ..." has no stop before its noun.
_PICTURE_SUPPLIED = re.compile(
    r"(?<=[.!?”\"’)] )(?:Picture|Photo|Image|Pic)s?\s+(?P<credit>[Ss]upplied|SUPPLIED)\.?$"
)


def _section_or_chrome(credit: str) -> bool:
    """Words glued to a sentence's stop that are the page's own, no credit: its furniture
    ("Advertisement", "Read More") or a section's name of two words joined by an ampersand
    ("Arts & Entertainment"); an office so joined has its place's or its force's word before
    them ("Portland Fire & Rescue")."""
    if " & " in credit and len(credit.split(" & ", 1)[0].split()) < 2:
        return True
    return is_chrome(credit)


def _year_glued_credit(credit: str) -> bool:
    """Words glued to a dated caption's year that name who lent or took the picture: an
    office's words joined by an ampersand ("Portland Fire & Rescue"), an office's, an
    agency's or a person's name; a headline's words ("Police Say He Acted Alone"), a place
    ("Gwinnett County") or a sentence's opening ("The Suspect") glued to a story's date are
    none of these."""
    from archiver.extract.bylines import name_list

    if " & " in credit or is_institution(credit) or _is_agency(credit):
        return True
    return name_list(credit) == [credit] and _clean_person(credit) is not None


def _after_sentence(text: str) -> Credit | None:
    """Credits set right after the caption's last sentence with no label: " | Jane Roe"
    (Japan Times), glued to the full stop ("...in June.Yale Peabody Museum", NBC), "Jane Roe
    (EFE)" (El País), "(Jane Roe)" alone in brackets (The Hill). The caption before them must
    be four words or more."""
    if text.endswith(("supplied", "Supplied", "SUPPLIED", "supplied.")) and (
        lent := _PICTURE_SUPPLIED.search(text, max(0, len(text) - 30))
    ):
        if len(text[: lent.start()].split()) >= 3:
            return Credit(lent.group("credit"), None, None)
    bar = _BAR_PERSON.search(text) if " | " in text else None
    if bar is not None and len(text[: bar.start()].split()) >= 4:
        person = _clean_person(bar.group("credit"))
        if person is not None:
            return Credit(bar.group("credit"), person, None)
    glued = _GLUED.search(text, max(0, len(text) - 90)) if _GLUED_HINT.search(text[-90:]) else None
    if glued is not None and len(text[: glued.start()].split()) >= 4:
        credit = glued.group("credit")
        if (
            not _SENTENCE_IN.search(ranks_masked(credit))
            and len(credit) >= 3
            and not _section_or_chrome(credit)
            and (not text[glued.start() - 2].isdigit() or _year_glued_credit(credit))
        ):
            # "Portland Fire & Rescue": an ampersand joins an office's words, no person's
            return Credit(credit, None if "&" in credit else _clean_person(credit), None)
    if glued is None and (under := _glued_line_under(text)) is not None:
        return under
    pa = _PERSON_THEN_AGENCY.search(text) if text.endswith(")") else None
    if (
        pa is not None
        and _agency_or_via(pa.group("agency"))
        and len(text[: pa.start()].split()) >= 4
    ):
        person = _clean_person(pa.group("person"))
        if person is not None:
            credit = f"{pa.group('person')} ({pa.group('agency')})"
            return Credit(credit, person, pa.group("agency"))
    return None


# Where a caption's full stop meets the next span's capital with no space ("...
# Station.Glen Stubbe, Star Tribune"): the last such point near the line's end.
_GLUED_POINT = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][^.!?]{4,80}$)")


def _glued_line_under(text: str) -> Credit | None:
    """ "... at Target Field Station.Glen Stubbe, Star Tribune": the credit line a page prints
    under its caption ("GLEN STUBBE, Star Tribune"), run into the caption's full stop when
    the two spans are copied together; read as that line would be under the caption (a
    person and an outlet after a comma), since _GLUED's run of capitalised words stops at it."""
    if "," not in text[-80:]:
        return None
    point = _GLUED_POINT.search(text, max(0, len(text) - 90))
    if point is None or len(text[: point.start()].split()) < 4:
        return None
    tail = text[point.start() :]
    if "," not in tail:
        return None
    return credit_under_caption(text[: point.start()], tail)


_PICTURE_WORD = re.compile(
    r"\b(?i:photos?|pics?|pictures?|images?|courtesy|contributed|supplied|handout)\b"
)
# A bar between the caption's last sentence and its credit: "... in Cebu City. | CDN Digital
# file photo", "... on Monday. | Contributed photo" (the Philippine Inquirer group's pages).
# A caption's last stop (or one glued to the credit: "... April 8, 2026.Jane Roe | MLive.com"),
# then a tail with no stop of its own, bare or in brackets.
_CREDIT_AFTER_STOP = re.compile(
    # (a dot inside a word is a site's address: "(Jane Roe, cleveland.com)")
    r"(?<=[a-z\d)”\"’][.!?])(?:\s*\((?P<inner>(?:[^().!?]|\.(?=\w)){5,70})\)"
    # a bare tail's dots are a site's ("NJ.com"), never a stop's
    r"|\s*(?P<bare>[A-Z](?:[^()!?.]|\.(?=\w)){4,70}))\s*$"
)
_TAIL_CREDIT_CHARS = 60
# "Courtesy of the city of Boise", "Photo courtesy of the family" after a caption's stop or
# alone, bare or in brackets; the lender's first word is one of _LENDER_WORDS.
_COURTESY_OF_THE = re.compile(
    r"(?:^|(?<=[.!?”\"’)]\s))\(?(?:(?i:photos?)\s+courtesy|Courtesy)\s+of\s+the\s+"
    r"(?P<credit>[a-z][\w'’-]*(?:\s+[\w'’.&-]+){0,5}?)\)?\s*\.?$"
)
# "(Provided by a local business)" closing a caption's sentence: a lender named by what it is,
# in lower case after "a"/"an" (the pattern above wants a name's capital).
_PROVIDED_BY_A = re.compile(
    r"(?<=[.!?”\"’]\s)\((?P<credit>(?:Provided|Submitted|Supplied)\s+by\s+an?\s+"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\)\s*$"
)
_BAR_AFTER_CAPTION = re.compile(r"(?<=[.!?”\"’)])\s+\|\s+(?=[^|\s][^|]{1,60}$)")
# A caption, a spaced slash, then its photographer and agency joined by a slash of their own:
# "Night bus at Viru Keskus, Tallinn / M. Kask/LETA" (the Baltic broadcasters' and papers' form).
_SLASH_AFTER_CAPTION = re.compile(
    # (the photographer's initial may be any alphabet's capital: "Ž. Gedvilas/BNS")
    r"^(?P<caption>[^/]*[^\s/])\s+/\s+"
    r"(?P<credit>[^\W\d_a-z][^/\s]*(?:\s+[^/\s]+){0,3}/[A-Z][^/]{1,30})$"
)
# A caption reads as a sentence of description: this many words of it in lower case ("Night
# bus at Viru Keskus"); a writer's or translator's name before the slash has none or one.
_SLASHED_CAPTION_LOWER_WORDS = 2
# A byline's or a translator's label opening the text before the slash: "Translated by Ieva
# Ozola / Jānis Bērziņš/LETA" credits the story's writers, not a photo's.
_SLASHED_BYLINE_LABEL = re.compile(
    r"^(?i:by\b|(?:translated|story|written|reported|reporting|compiled|edited|words|text)\s+by\b"
    r"|(?:text|authors?|words|story|translation|reporting|writers?)\s*:)"
)
_SLASHED_NAMES_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
# The Baltic states' agencies (Baltic News Service, LETA, ELTA), credited after their
# photographers by LRT, ERR and the Baltic papers ("P. Peleckis/BNS"), and those public
# broadcasters themselves, which credit their own photographers so ("D. Umbrasas/LRT",
# "Ken Mürk/ERR", "E. Lūsēna/LSM"): known as agencies in this pair only, their letters
# standing for other things at a line's end ("the Bharatiya Nyaya Sanhita (BNS)", "Elta
# Systems (ELTA)").
_SLASHED_PAIR_AGENCIES = frozenset({"bns", "leta", "elta", "lrt", "err", "lsm"})
# A photographer printed by an initial and a surname ("D. Umbrasas", "Ž. Gedvilas").
_INITIALLED_PHOTOGRAPHER = re.compile(r"[^\W\d_]\.\s?[^\W\d_][\w'’-]+")


def _slash_after_caption(text: str) -> Credit | None:
    """The credit after a caption's spaced slash, when it is a person's name and an agency's
    joined by a slash ("Night bus at Viru Keskus, Tallinn / M. Kask/LETA"): the spaced slash
    sets off the credit as a bar does. A place's or a section's pair ("Vilnius / Kaunas")
    names no person and agency; writers' names before it ("Jonas Petraitis / Rūta
    Jankūnienė/BNS", "Translated by Ieva Ozola / Jānis Bērziņš/LETA") are a byline's, and a
    caption is a sentence of description, not names alone."""
    m = _SLASH_AFTER_CAPTION.match(text.strip())
    if m is None or not m.group("credit")[:1].isupper():
        return None
    from archiver.extract.gazetteer import is_known_place

    caption = m.group("caption")
    found = split_credit(m.group("credit"))
    if (
        _SLASHED_BYLINE_LABEL.match(caption) is not None
        or found.photographer is None
        or found.agency is None
        or not (_is_agency(found.agency) or found.agency.lower() in _SLASHED_PAIR_AGENCIES)
        or not looks_like_name(found.photographer)
    ):
        return None
    parts = [p for p in _SLASHED_NAMES_SPLIT.split(caption) if p]
    if sum(1 for w in caption.split() if w[:1].islower()) >= _SLASHED_CAPTION_LOWER_WORDS:
        described = not all(looks_like_name(p) for p in parts)
    else:
        # a short caption of capitalised words ("Vilnius Old Town / D. Umbrasas/LRT",
        # "Protest at Vilnius City Municipality / Ž. Gedvilas/BNS") is a caption still when
        # the photographer is printed by initial, as the picture desks credit them (a
        # writer's name is spelt out), and the caption opens on a place or holds a small
        # word, where writers' names before the slash open on given names
        described = (
            _INITIALLED_PHOTOGRAPHER.fullmatch(found.photographer) is not None
            and (is_known_place(caption.split()[0]) or caption != caption.title())
            and not all(looks_like_name(p) and not is_known_place(p.split()[0]) for p in parts)
        )
    return found if described else None


# The small words inside an institution's name ("Department of Defense", "Fish and Wildlife").
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&", "de", "du", "des", "del"})
# A label's or a lender's word opening a bracket's credit ("Courtesy of Jane Roe via AP"): a
# label, no institution's name.
_VIA_LABEL_WORDS = frozenset(
    "courtesy photo photos image images picture pictures provided submitted supplied".split()
)


def _institution_via(text: str, found: Credit) -> Credit | None:
    """`(Florida Fish and Wildlife Conservation Commission via AP)`, `(U.S. Department of
    Defense via AP)`: the brackets closing the caption hold the lender's whole name before
    "via", which the found credit cut at its "and" or "of" ("Wildlife Conservation Commission
    via AP"); the whole bracket as printed, or None."""
    m = _BRACKET_TAIL.search(text)
    if m is None or " via " not in found.credit:
        return None
    inner = m.group("inner")
    if len(inner) <= len(found.credit) or not inner.endswith(f" {found.credit}"):
        return None
    head = inner[: -len(found.credit)].split()
    if (
        head[-1].lower() not in _NAME_JOINERS
        or head[0].lower() in _VIA_LABEL_WORDS
        or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in head)
    ):
        return None
    return dataclasses.replace(found, credit=inner, photographer=None)  # an office, no person


@functools.lru_cache(maxsize=16384)
def _find_credit(text: str, in_header: bool) -> Credit | None:
    found = _read_credit(text, in_header)
    if found is None and (tail := _CREDIT_AFTER_STOP.search(text[-120:])) is not None:
        # "... in Jersey City. Andre Malick | NJ Advance Media for NJ.com", "... on Friday.
        # (Jane Roe - Morning Star)": the person-and-outlet line a caption's credit is when
        # printed under it, run onto the caption's line; read as credit_under_caption reads it
        caption = text[: len(text) - len(text[-120:]) + tail.start()]
        inner = tail.group("inner") or tail.group("bare")
        if (
            len(inner) <= _TAIL_CREDIT_CHARS
            # "... for the city. JOHN SMITH FOR MAYOR": a slogan in capitals (the credits
            # printed in capitals are read by the patterns above)
            and not inner.isupper()
            and _PERSON_AND_OUTLET.fullmatch(inner) is not None
        ):
            found = credit_under_caption(f"{caption.rstrip()}", inner)
    if (
        found is None
        and "ourtesy of the " in text[-80:]
        and (lent := _COURTESY_OF_THE.search(text[-80:])) is not None
        and _LENDER_WORDS.match(lent.group("credit")) is not None
        # "... the office said. (Courtesy of the office's monthly survey)": a writer's aside
        # naming a source, no lender of a picture (a lender's name holds no possessive)
        and not re.search(r"['’]s\b", lent.group("credit"))
        and not _SAYING.search(text)
    ):
        # "... Water Renewal Facility. Courtesy of the city of Boise", "(Courtesy of the
        # family)": a lender named by what it is, in lower case (the pattern above wants a
        # name's capital)
        # the credit as printed, its "Courtesy of the" kept: "family" alone says nothing
        found = Credit(f"Courtesy of the {lent.group('credit')}", None, None)
    if (
        found is None
        and "rovided by a" in text[-60:]
        and (lent := _PROVIDED_BY_A.search(text[-60:])) is not None
        and not _SAYING.search(text)
    ):
        # "... near a bus stop. (Provided by a local business)", "(Provided by a reader)": a
        # lender the caption names by what it is, not by name (the Asahi's and Japanese papers'
        # captions); the capital "Provided" in the brackets after the caption's stop is the
        # credit's, a sentence's "provided by a grant" runs on in lower case
        found = Credit(lent.group("credit"), None, None)
    if found is None and " | " in text[-64:] and (bar := _BAR_AFTER_CAPTION.search(text)):
        # the bar only sets the credit off, as a space after the stop does: read it so, when
        # what follows it says picture or names a person ("| Local News" after a story's
        # sentence is the page's section link, and a known agency there is read above), or
        # is a chain of parties that a known agency carried ("| Kitaakita Municipal
        # Government / via Kyodo", as The Japan Times credits a lent picture)
        after = _read_credit(f"{text[: bar.start()]} {text[bar.end() :]}", in_header)
        if after is not None and (
            after.photographer is not None
            or _PICTURE_WORD.search(text, bar.end()) is not None
            or (
                after.agency is not None
                and after.agency != after.credit
                and _is_agency(after.agency)
            )
            # "... for eastern Kyoto. | KYOTO CITY": an office that lent the picture, named in
            # capitals as The Japan Times credits it (a section's link is in title case)
            or (
                after.credit.isupper()
                and _caps_lender_office(after.credit)
                and _OUTLET_WORD.search(after.credit.title()) is None  # "| CITY NEWS"
            )
        ):
            found = after
    if found is None and " / " in text:
        found = _slash_after_caption(text)
    if found is None and "/" in text[-60:]:
        found = _lower_agency_chain(text)
    if found is None:
        # a line that is a credit's chain of parties and nothing else: "Photo by: Harbor Zoo",
        # "Jane Roe / Kommersant / Sipa USA", "Gallo Images/Netwerk24/Jane Roe"
        found = _whole_chain(text) if in_header else None
    elif " via " in text and (whole := _institution_via(text, found)) is not None:
        found = whole
    elif "/" in text or " - " in text or " | " in text:
        # "Jane Roe / AFP / Getty" read as "AFP / Getty": the chain the found credit ends is
        # the credit, its first party the photographer
        wider = (
            _whole_chain(text)
            or party_tail_credit(text, in_header)
            or _photographer_over_via(text, found)
        )
        if (
            wider is not None
            and len(wider.credit) > len(found.credit)
            and wider.credit.endswith(found.credit)
        ):
            found = wider
    if found is None or _not_a_photo_credit(found.credit, _picture_labelled(text, found.credit)):
        return None
    if found.credit.lower() in _PICTURE_WORDS_ALONE and (
        filed := re.search(rf"{re.escape(found.credit)}\s*/\s*(?i:file)$", text.rstrip())
    ):
        # "... during a meeting on Tuesday. PHOTO/FILE" (Kenyan papers' captions): the
        # picture's word and the archive's, one credit as printed ("PHOTO/COURTESY" is read
        # so too), not the bare "PHOTO" left when the file marker is taken off
        return Credit(filed.group(0), None, None)
    if found.credit.lower().strip(" .") in _PICTURE_WORDS_ALONE and _LABEL_OVER_KIND.fullmatch(
        text.strip()
    ):
        # "Illustration: Photo", "Graphic: Image": a database's field saying what kind of
        # illustration ran with the story, no one's credit
        return None
    if found.credit.lower().strip(" .") in FILE_ALONE | _KIND_ALONE:
        if (
            _LABELLED_FILE.fullmatch(text.strip()) is not None
            or _BARRED_FILE_TAIL.search(text) is not None
        ):
            # "Photo: File" on a line of its own (Dawn's and other South Asian papers' label
            # over their archive pictures), "... in Jambiani. PHOTO | FILE" (the Nation
            # group's captions, "| NMG" left off): the label puts "File" where the credit's
            # name stands, so it is printed as the credit, not as a note after a caption
            return Credit(found.credit.strip(" ."), None, None)
        # "... on Tuesday. (File)": how the photo reached the page, no one's credit; "(Image for
        # representation)", "(Representational)": what kind of picture it is
        return None
    if found.credit[:3] in ("By ", "BY ", "by ") and found.credit.lower() not in _DESKS_ALONE:
        # "(By Jane Roe -- The Post)": a writer's line, the byline's "By" in it ("(By special
        # arrangement)" is a lender's desk word)
        return None
    if _CLIP_LABEL.match(found.credit) is not None:
        # "Video / Herald NOW" over a story's player (NZ Herald): the clip's credit, its label
        # read as a party of the chain; no photo's
        return None
    if (lead := _LEAD_PHOTO_OF.match(found.credit)) is not None:
        # "(Top photo of Jane Roe: Ann Poe / Getty Images)": which photo, then its credit
        return dataclasses.replace(found, credit=found.credit[lead.end() :])
    if (lead := _LEAD_PHOTO_LABEL.match(found.credit)) is not None:
        # "(Top photo: Jane Roe / Getty Images)" under the story: the lead photo's credit
        # printed again, its label no part of it (as "Photo:" is none)
        return dataclasses.replace(found, credit=found.credit[lead.end() :])
    if text.endswith(f"{found.credit}.") and _ends_in_agency_initials(text):
        # "Max Cavallari / A.N.S.A.": the stop read off as a sentence's is the initials' own
        return dataclasses.replace(found, credit=f"{found.credit}.")
    return found


# forgotten by memo.clear_all with the rest: benchmarks/adversarial.py clears every kept answer
# before each timed run, and answers kept from a smaller size's lines (the first lines of the
# larger text) had hidden what a first read costs
forget_with_the_rest(_find_credit.cache_clear)


# A picture's word alone where a credit's name would be ("PHOTO" of "PHOTO/FILE").
_PICTURE_WORDS_ALONE = frozenset({"photo", "photos", "picture", "image", "pic", "foto"})
# A field's label and a picture's word alone after its colon ("Illustration: Photo").
_LABEL_OVER_KIND = re.compile(
    r"(?i:illustrations?|graphics?|art|artwork|media|images?|photos?|pictures?)\s*:\s*"
    r"(?i:photos?|pictures?|images?|pic|foto)\.?"
)
# A writer's title's word, which a paper's name may end with too ("Senior Reporter").
_WRITERS_WORD = re.compile(r"(?i)\b(?:reporter|writer|editor|correspondent|columnist|intern)s?\b")
# "(Top photo: ...)", "Main image: ...": the lead picture's credit line, which names its photo
# (printed again under the story, it takes no paragraph above it for its caption).
LEAD_PHOTO_CREDIT = re.compile(
    r"^\(?(?i:top|main|lead|header|cover|featured|hero)\s+(?i:photo|image|picture)\s*:"
)
# "Top photo:", "Main image:": the label of the page's lead picture before its credit.
_LEAD_PHOTO_LABEL = re.compile(
    r"^(?i:top|main|lead|header|cover|featured|hero)\s+(?i:photo|image|picture)\s*:\s*(?=\S)"
)
# "Top photo of Jane Roe:": the label of the page's lead picture with what it shows (the
# credit printed again under the story).
_LEAD_PHOTO_OF = re.compile(
    r"^(?i:top|main|lead|header|cover|featured|hero)\s+(?i:photo|image|picture)"
    r"\s+(?i:of)\s+[^:/]{1,60}:\s*(?=\S)"
)
_WHOLE_CHAIN_CHARS = 90


# A caption's stop, then a picture's label set off by a slash: ". Photo / Supplied".
_CAPTION_THEN_SLASH_LABEL = re.compile(r"[.!?]\s+(?i:photo|picture|pic|image|graphic)\s+/\s")


def _known_place_tail(text: str) -> bool:
    """The words after a text's last comma are a place the gazetteer knows ("..., Ibadan")."""
    from archiver.extract.gazetteer import is_known_place

    return is_known_place(text.rpartition(", ")[2].strip(" ."))


def _scene_words(head: str) -> bool:
    """A scene's words before its place ("Traffic on the Ring Road"): some word in lower case
    (a verb's, a preposition's), and no agency; a taker's name ("Sunday Alamba") or an
    agency's ("Reuters") is capitals only."""
    return any(w[:1].islower() for w in head.split()) and not _is_agency(head.strip())


def _whole_chain(text: str) -> Credit | None:
    """A line that is only a credit's chain: labelled ("Photograph by Jane Roe for The
    Paper"), or two parties or more one of which is known (an agency, a desk, an outlet)."""
    line = text.strip()
    if len(line) > _WHOLE_CHAIN_CHARS or _COPYRIGHT_WORD.search(line):
        return None
    if _CAPTION_THEN_SLASH_LABEL.search(line) is not None:
        # "Councillor Hemi Rolleston-Tait. Photo / Supplied": a short caption, then the NZ
        # Herald's "Photo /" label and its credit; the caption is no party of the chain
        return None
    chain = _read_chain(line.rstrip("."))
    if chain is None:
        return None
    if chain.labelled:
        # "Photo by: Harbor Zoo", "Courtesy of Jane Roe"; "Provided by Benzinga" with no
        # picture's word names the copy's distributor
        return chain.credit() if _WIRE_PROVIDER.match(line) is None else None
    # unlabelled, only slashes part it ("Jane Roe, The Paper", "IANS | New Delhi" are bylines
    # and datelines) and a known agency or desk stands in it beside a person's name
    known = any(k in ("agency", "desk") for k in chain.kinds)
    if _NOT_SLASH_SEP.search(line) or not known or "person" not in chain.kinds:
        return None
    return chain.credit() if len(chain.main) >= 2 else None


def _photographer_over_via(text: str, found: Credit) -> Credit | None:
    """`David Crane / MediaNews Group/Pasadena Star-News via Getty Images` alone on its line:
    a photographer's name and a slash over the credit read (the paper's group and paper, the
    agency that distributed the picture), as Getty credits a member paper's staff picture; the
    chain's reading above wants no "via" in an unlabelled line (a byline's "for" and "via").
    The credit read must name its agency, the words before the slash a person."""
    line = " ".join(text.split()).rstrip(" .")
    if found.agency is None or " via " not in found.credit or not line.endswith(found.credit):
        return None
    head = line[: -len(found.credit)].rstrip()
    if not head.endswith("/"):
        return None
    from archiver.extract.bylines import name_list

    person = head[:-1].strip()
    if _clean_person(person) != person or name_list(person) != [person]:
        return None
    return Credit(line, person, found.agency)


_NOT_SLASH_SEP = re.compile(r",|\s[-–—|:]\s|\s(?:for|via)\s")


# "SZ/aber", "Red/Mau", "MTL/AMM": a desk's and an editor's initials signing off the copy
# (every part one short word), not a photographer and an agency.
_INITIAL = re.compile(r"[A-Za-z]{1,4}")
# The mark an agency prints where an unnamed stringer's name stands ("EFE/Str", "STR/AFP").
_STRINGER = "str"
# "Washington Post Staff Writers", "Staff Writer": the writers' title, which a database
# export's "Credit:" field holds; a photo is credited to a person or an agency, not a title.
_WRITERS_TITLE = re.compile(
    r"(?:^|\s)(?i:staff\s+writers?|writers|correspondents|reporters|staff\s+reporters?)$"
    # "Jane Roe/Gleaner Writer": a writer's title after the slash, where a desk would be
    r"|/\s*(?:[A-Z][\w'’-]*\s+){0,2}(?i:writer|reporter|correspondent)s?$"
)


# A publishing company's legal name, "Company" and its form closing it: "Dow Jones & Company
# Inc.", "The Hearst Company, LLC" (a lender's picture is credited by its brand: "Acme Ltd").
_LEGAL_NAME = re.compile(
    r"^(?!(?i:courtesy)\b)[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,4}\s+(?:&\s+Co\.?|Company),?\s+"
    r"(?:Inc|LLC|L\.L\.C|Ltd|Limited|PLC|plc|Corp)\.?$"
)


# A picture's label right before its credit ("... on Monday. Picture: NOAA/AFP"), or the
# copyright sign a caption sets before it ("... in Nairobi © STR / AFP", AFP's and France
# 24's form: the stringer's mark and the agency, no desk's initials signing the copy off).
_PICTURE_LABEL_BEFORE = re.compile(
    r"(?:^|[\s(])(?i:photos?|pictures?|pic|images?)\s*:\s*$|(?:^|\s)©\s*$"
)


def _picture_labelled(text: str, credit: str) -> bool:
    """The credit closes the line right after a picture's label ("Picture: NOAA/AFP")."""
    head = text.rstrip(" .)")
    if not head.endswith(credit):
        return False
    before = head[: -len(credit)]
    # both of the pattern's forms end in a colon or "©" and spaces only ("$" is the end or a
    # last newline, a space too): a cheap test first, the pattern being tried at every
    # character (pinned to the pattern in tests/test_extract_fast_paths.py)
    if not before.rstrip().endswith((":", "©")):
        return False
    return _PICTURE_LABEL_BEFORE.search(before) is not None


def _not_a_photo_credit(credit: str, labelled: bool = False) -> bool:
    if _footer_words(credit):
        return True  # "Your California Privacy Rights/Privacy Policy": the page's footer
    if _LEGAL_NAME.match(credit.strip()):
        # "Credit: Dow Jones & Company Inc." (a database record's field): the company that
        # owns the text; a picture's lender is printed "Courtesy of ..." or by its brand
        return True
    parts = [p.strip() for p in credit.split("/")]
    if len(parts) > 1 and all(_INITIAL.fullmatch(p) for p in parts) and not labelled:
        # (a picture's label says what the initials are: "Picture: NOAA/AFP", a lender's
        # and an agency's, not a desk's sign-off; "EFE/Str", "STR/AFP": the agency and the
        # stringer's mark where its photographer's name stands, as EFE and AFP print it)
        return not (
            all(_is_agency(p) or p.lower() == _STRINGER for p in parts)
            and any(_is_agency(p) for p in parts)
        )
    return _WRITERS_TITLE.search(credit.strip(" .")) is not None


# A person, an em dash with no space, an agency: "Jane Roe—Bloomberg/Getty Images".
_PERSON_DASH_AGENCY = re.compile(
    rf"(?:^|(?<=[.!?”\"’)]\s))(?P<credit>(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}})—"
    r"(?P<agency>[A-Z][^—/()]{0,30}?(?:\s*/\s*[^—/()]{1,30}?)?))\s*$"
)
# A desk's or an agency's photo alone on a line: "Jiji Press Photo", "—INQUIRER FILE PHOTO".
_DESK_PHOTO_LINE = re.compile(
    r"(?P<dash>[—–]\s*)?(?P<credit>(?P<org>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,2}?)"
    r"\s+(?:(?i:file)\s+)?(?:Photos?|PHOTOS?|photos?)"
    # "CNA photo Sept. 3, 2021": the day the desk's photo was taken
    r"(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?)\s*"
)


# Words that open a file photo's line without naming whose file it is ("The file photo").
# "Undated file photo", "Family file photo", "2019 file photo": when or whose album, no paper;
# "Courtesy file photo", "Submitted file photo": how it was lent, naming no lender.
_NO_FILE_OWNER = frozenset(
    "The A An This That Our Old Another Undated Family Archive Archived Recent Earlier "
    "Previous Submitted Courtesy Contributed Provided Supplied Special Handout Staff Personal".split()
)


# A picture the paper did not take, credited with its desk's word alone on the caption's
# line below: "Courtesy photo", "Submitted photo", "Contributed photo", "Provided",
# "Photo submitted", "SUBMITTED PHOTO" (US local papers: Gannett, Adams, Ogden, CNHI). The
# word says who lent the picture without naming them; nothing else is on the line.
_LENT_WORD = r"(?:courtesy|submitted|contributed|provided|supplied|special|staff|family|handout)"
_PICTURE_NOUN = r"(?:photo|photograph|image|picture|graphic|illustration|rendering)s?"
_DESK_WORD_LINE = re.compile(
    rf"(?i:{_LENT_WORD}\s+{_PICTURE_NOUN}|{_PICTURE_NOUN}\s+{_LENT_WORD}"
    # "SPECIAL ARRANGEMENT": The Hindu's word for a picture the paper was given
    r"|provided|submitted|contributed|courtesy|special\s+arrangement)"
)


def is_lent_word_line(line: str) -> bool:
    """A line that is only a desk's word for a lent picture ("Contributed", "Submitted photo",
    "Courtesy")."""
    return _DESK_WORD_LINE.fullmatch(line.strip().rstrip(".")) is not None


# The lender's word with the picture's, as a credit printed over its caption.
_LENT_PICTURE = re.compile(
    rf"(?i:(?:courtesy|submitted|contributed|provided|supplied|staff)\s+{_PICTURE_NOUN}"
    rf"|{_PICTURE_NOUN}\s+(?:courtesy|submitted|contributed|provided|supplied))"
)
# "Jane Roe/Special to the Tribune": a freelancer's picture, the slash a credit's (a byline
# prints the same words after a comma or on the line under the name).
_SPECIAL_TO = re.compile(
    rf"(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}})\s*/\s*"
    r"(?i:special)\s+to\s+(?:(?i:the)\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}"
)


# "JANE ROE, CLEVELAND.COM": a person, a comma, a news site's address, all in capitals, on a
# line of its own where a caption's credit is expected (Advance's and Lee's sites set their
# photographers' credits so). A byline opens on "By" and keeps the address in lower case.
_CAPS_PERSON_COMMA_SITE = re.compile(
    rf"(?P<person>[{_CAPITAL}][{_CAPITAL}'’\-]+(?:\s+[{_CAPITAL}](?:[{_CAPITAL}'’\-]+\.?|\.)){{1,3}}),\s+"
    r"(?P<site>[A-Z][A-Z0-9.\-]{1,34})"
)


def is_caps_person_site(line: str) -> bool:
    """The line is a person and a site's address in capitals and nothing else ("JANE ROE,
    CLEVELAND.COM"), read as a credit where one is expected."""
    return _caps_person_comma_site(" ".join(line.split())) is not None


def _caps_person_comma_site(text: str) -> Credit | None:
    """The credit of _CAPS_PERSON_COMMA_SITE as the whole line, its name a person's; else None."""
    m = _CAPS_PERSON_COMMA_SITE.fullmatch(text)
    if (
        m is None
        or m.group("person").startswith("BY ")
        or not _CAPS_SITE.fullmatch(m.group("site"))
    ):
        return None
    from archiver.extract.gazetteer import is_known_place

    # the same test as the body's reading of the line over a caption (credit_over_caption)
    name = m.group("person").title()
    if not _names_a_person(name) or is_known_place(name):
        return None
    person = _clean_person(m.group("person"))
    return Credit(text, person, m.group("site")) if person is not None else None


# "RICHARD LAUTENS TORONTO STAR FILE PHOTO", "JANE ROE THE CANADIAN PRESS FILE PHOTO": the
# photographer and the paper or agency in capitals with no mark between them, then the
# desk's word, on a line of its own (the Toronto Star's and other papers' e-paper text, which
# drops the slash or the line break print sets between them).
_CAPS_PARTIES_PHOTO = re.compile(
    r"(?P<parties>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.&'’\-]*){3,8}?)\s+(?:FILE\s+)?PHOTOS?"
)
# A name has two to four words; the outlet two at least ("STAR" alone is a word of a name's).
# The longest name first: "MARY ANN SMITH TORONTO STAR", not "MARY ANN" of "SMITH TORONTO STAR".
_CAPS_NAME_WORDS = range(4, 1, -1)
_JOINING_CAPS = frozenset(("THE", "A", "AN", "OF", "AND", "&"))


def _caps_person_outlet_photo(text: str) -> Credit | None:
    """A person's name, then a newspaper's or an agency's name, all in capitals, then "PHOTO"
    or "FILE PHOTO": the line is the credit, read where a caption's credit is expected. The
    desk's word says it is a credit; "JANE ROE THE CANADIAN PRESS" without it is as often
    the e-paper's byline, and is left alone."""
    m = _CAPS_PARTIES_PHOTO.fullmatch(text)
    if m is None:
        return None
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place

    words = m.group("parties").split()
    for n in _CAPS_NAME_WORDS:
        name, org = " ".join(words[:n]).title(), " ".join(words[n:])
        if len(words) - n < 2 or words[n - 1] in _JOINING_CAPS or words[n] in ("AND", "OF", "&"):
            continue  # "JANE ROE THE" / "CANADIAN PRESS", "JANE ROE GLOBE" / "AND MAIL"
        outlet = _is_agency(org) or OUTLET_NAME.match(_and_of(org.title())) is not None
        if (
            outlet
            and name_list(name) == [name]
            and not is_known_place(name)
            and (person := _clean_person(" ".join(words[:n]))) is not None
        ):
            return Credit(text, person, org)
    return None


def _desk_name(org: str) -> bool:
    """An agency, a paper's name in capitals, or a newspaper's name ("Jiji Press")."""
    return _is_agency(org) or (org.isupper() and len(org) >= 3) or bool(OUTLET_NAME.match(org))


_GLUED_SOURCE = re.compile(
    r"(?<=[\w.!?])\((?i:source)\s*:\s*(?P<credit>[A-Z][^()]{1,60}?)\s*\)\s*$"
    # a name alone in the bracket, run into the sentence's full stop
    r"|(?<=[a-z][.!?])\((?P<name>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\)\s*$"
)
# A short caption's full stop, a space, then "(Source: NAME)" of one to three words (a
# station's or a paper's name, "1News"), or of four or five ending in a lending office's word.
_SPACED_SOURCE = re.compile(
    r"(?<=[a-z]\.)\s\((?i:source)\s*:\s*(?P<credit>[A-Z0-9][\w.&'’-]*"
    # a later word may be a channel's number after its call sign or "News" ("WSFA 12 News",
    # "Spectrum News 1"); a form's or a table's number is a data source's ("Form 990 Filings")
    r"(?:(?:\s+[A-Z][\w.&'’-]*|(?:(?<=[A-Z]{3})|(?<=News)|(?<=Channel)|(?<=TV))\s+\d{1,2}\b){0,2}"
    # four or five words only for an office that lends pictures ("Auglaize County Sheriff's
    # Office", "Ohio State Highway Patrol"): a data source cited after a sentence of prose
    # ("(Source: U.S. Energy Information Administration)") names no picture's lender
    r"|(?:\s+[A-Z][\w.&'’-]*){2,3}\s+(?:Office|Police|Sheriff|Patrol)))\)\s*$"
)
# The words a caption's sentence has at most before a spaced "(Source: ...)".
_SOURCE_CAPTION_WORDS = 16
# A picture's label and a web site's address, alone or after the caption's sentence.
_PHOTO_SITE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?i:photos?|foto|image|picture)\s*:?\s+"
    r"(?P<credit>(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})\s*$"
)
_GLUED_LABEL = re.compile(
    r"(?<=\w)\((?=(?i:image|photo|picture|pic|credit|foto)\s*:)"
    # "... on Friday morning.(ABC News: Jane Roe)": an outlet and its photographer run into
    # the caption's stop (ABC Australia's credits)
    r"|(?<=[a-z0-9][.!?])\((?=[A-Z][\w.&'’\- ]{1,40}:\s*[A-Z][^()]{2,60}\)\s*$)"
)
# "... on Monday nightImage: Jane Roe/dpa": a figure's credit element run into its caption
# (DW's pages): the label opens on a capital right after a lower-case letter; "... on Sunday
# nightCredit: Jane Roe" (The Sun's captions, the same two spans).
_GLUED_TAIL_LABEL = re.compile(
    r"(?<=[a-z])(?P<label>Image|Photo|Picture|Foto|Bild|Credit):\s*(?P<credit>[^()]{3,80})$"
)
_FOOTER_WORDS = re.compile(r"\b(?i:privacy|terms\s+of|cookies?|newsletters?|unsubscribe)\b")
_POLICY_WORD = re.compile(r"\b(?i:policy)\b")
# A policy an office is named for ("Ministry of Agrarian Policy", "Institute for Policy
# Studies", "Centre for Social Policy"): a lender's name, no footer's link.
_OFFICE_OF_POLICY = re.compile(
    r"\b(?:Ministry|Department|Institute|Centre|Center|Council|Office|Agency|Committee|"
    r"Commission|Bureau|Foundation|School)\s+(?:of|for|on)\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}"
    r"Polic(?:y|ies)\b"
)


def _footer_words(text: str) -> bool:
    """A footer link's word in the text ("Privacy Policy", "Newsletters"); "Policy" in an
    office's name is not one."""
    if _FOOTER_WORDS.search(text):
        return True
    return _POLICY_WORD.search(text) is not None and _OFFICE_OF_POLICY.search(text) is None


# "Foto's Jane Roe", "Beeld Jane Roe" on a line of their own above the story (Dutch papers
# print the label bare, as "Tekst Jane Roe" for the writer).
_DUTCH_LABEL_LINE = re.compile(
    rf"(?:Foto's|Beeld|Fotografie)\s+(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}})"
)


def _bar_chain(text: str) -> Credit | None:
    """`Jane Roe | Bloomberg | Getty Images` (alone, or after the caption's sentence): a person,
    then after bars the agencies that carried the picture, each one the grammar knows."""
    m = re.search(
        r"(?:^|(?<=[.!?”\"’)])\s)(?P<credit>[^.!?|]{3,60}(?:\s\|\s[^|]{2,40}){2,3})$", text
    )
    if m is None:
        return None
    parts = m.group("credit").strip().split(" | ")
    if not all(_is_agency(p.strip()) for p in parts[1:]):
        return None
    if (
        parts[0].strip() == parts[1].strip()
        and parts[-1].strip().lower() == "getty images"
        and _is_agency(parts[0].strip())
    ):
        # "Bloomberg | Bloomberg | Getty Images", "Anadolu | Anadolu | Getty Images": CNBC's
        # chain with the agency in the photographer's place, its staff unnamed
        return Credit(m.group("credit").strip(), None, parts[1].strip())
    person = _clean_person(parts[0]) if _PERSON.fullmatch(parts[0]) else None
    if person is None:
        return None
    return Credit(m.group("credit").strip(), person, parts[1].strip())


# "Illustration by The Atlantic. Sources: Getty; Alamy", "Photo illustration by Slate. Photos
# by Getty Images": a composite's maker, then the pictures it was made from after a
# sentence's stop; one credit, no caption's sentence.
_SOURCES_AFTER = re.compile(
    r"\.\s+(?i:sources?\s*:|(?:photos|photographs|images)\s+by)\s+[A-Z][^.]{1,60}$"
)
# "Illustration by Jane Roe/The Times; photographs by Getty Images": the same two labels
# joined by a semicolon, as a list of credits is (IPTC Credit Line lists sources so)
_PHOTOS_BY_AFTER = re.compile(r"[.;]\s+(?i:(?:photos|photographs|images)\s+by)\s+[A-Z][^.;]{1,60}$")


# A labelled credit with a note on the picture's age after it in brackets ("Photo: BTA
# (Archive)", "Photo: Jane Roe (File)"): the agencies' sites mark a picture from their files so.
_LABELLED_ARCHIVE_NOTE = re.compile(
    r"^(?i:photos?|foto|picture|image)\s*:\s*[^()]{2,60}\s\((?i:archives?|file(?:\s+photo)?)\)$"
)


# "(Screengrab/Instagram/@janeroe)", "(Screenshot/YouTube)": a still taken from a screen, the
# platform (and the account) it was seen on after a slash, in brackets closing the caption
# (Indian and Pakistani sites' captions of viral videos).
_SCREEN_GRAB_TAIL = re.compile(
    r"\((?P<credit>(?:Screen|SCREEN)\s*(?i:grab|shot|capture)\s*/\s*[A-Z@][^()]{0,60})\)\s*\.?\s*$"
)


# "Jane Roe/Reef Foundation, CC BY-ND", "Jane Roe, CC BY-SA 4.0": a credit line closed by the
# picture's Creative Commons licence (The Conversation's, Wikimedia's pictures).
_LICENCE_TAIL = re.compile(r",\s*CC\s+BY(?:-(?:SA|ND|NC))*(?:\s+\d\.\d)?\s*$")
# "AAP Image/Supplied by James Cook University", "AAP Image/Supplied": an agency's picture
# service, then the lender who supplied the picture to it.
_AGENCY_SUPPLIED = re.compile(
    r"(?P<agency>[A-Z][\w.&\-]*(?: [A-Z][\w.&\-]*){0,2})\s*/\s*"
    r"(?:Supplied|Provided|Handout)(?:\s+by\s+(?:the\s+)?[A-Z][^()/]{1,60})?"
)


# "Image courtesy of X.", "Photo courtesy X.": the picture's own word before "courtesy" makes
# the words after it a lender's credit, even closed by a full stop as some sites print it
# (Mongabay's "Image courtesy of Wetlands International."), when they are a name alone; a
# story's sentence that ends in a stop is otherwise no caption's credit
_PICTURE_COURTESY = re.compile(r"\(?(?i:photos?|images?|pictures?)\s+(?i:courtesy)\b")


def _not_paper_initials(desk: str, before: str) -> bool:
    """Whether `desk`, the word before "photo/NAME", is initials the paper-initials form
    should leave alone: a wire's or an agency's ("AP photo/Seth Wenig", "AFP photo/...") or an
    international body's ("UN photo/..."), which the agency patterns read, or initials after
    a caption on the same line. Only a paper's own initials alone on a line ("JT photo/Jane
    Roe", The Jordan Times's) are its desk credit; the desk words ("Staff", "File") pass."""
    if not desk.isupper() or desk in ("STAFF", "FILE"):
        return False
    return bool(before) or _wire(desk) or _is_agency(desk) or desk in _BODY_INITIALS


def _agency_imprint(name: str) -> bool:
    """A known agency's name and one word more, its imprint or service ("Belga Mag" in "Jane
    Roe/Belga Mag/AFP via Getty Images", BELGA MAG Belga's magazine pictures, as Getty's
    credits chain them): the imprint stands where the agency would, the library after it."""
    words = name.split()
    return len(words) == 2 and words[1][:1].isupper() and _is_agency(words[0])


# "Guardian graphic. Source: Environment Agency", "Reuters graphic; Sources: ONS, Bank of
# England": the chart's maker named before its word, then where the figures came from. The
# maker is the credit; the source names the data, no one who lent a picture.
_MAKER_GRAPHIC_SOURCE = re.compile(
    r"(?P<credit>(?P<maker>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2})"
    r"\s+(?i:graphic|graphics|map|chart|infographic))\s*[.;,]\s+Sources?\s*:\s+[A-Z][^()]{1,80}"
)


def _graphic_maker(maker: str) -> bool:
    """The words before "graphic" name an outlet or an agency ("Guardian", "Reuters", "The
    Times"), not the chart's kind ("Weather map", "Locator map", "Interactive graphic"), nor
    its place's or its subject's initials ("NSW map", "UK map", "GDP chart"): initials are
    the maker's only when they are a known agency's or wire's."""
    if _is_agency(maker) or _wire(maker):
        return True
    return not maker.isupper() and _outlet_like(maker)


def _read_credit(text: str, in_header: bool) -> Credit | None:
    if (grab := _SCREEN_GRAB_TAIL.search(text)) is not None:
        return Credit(grab.group("credit").strip(), None, None)
    if (
        "ource" in text
        and (graphic := _MAKER_GRAPHIC_SOURCE.fullmatch(text.strip())) is not None
        and _graphic_maker(graphic.group("maker"))
    ):
        return Credit(graphic.group("credit"), None, None)
    if in_header and (licence := _LICENCE_TAIL.search(text)) is not None:
        inner = _read_credit(text[: licence.start()], in_header)
        if inner is not None and text[: licence.start()].rstrip().endswith(inner.credit):
            # the licence is printed as part of the credit line: kept, as printed
            whole = f"{inner.credit}{text[licence.start() :].rstrip()}"
            return dataclasses.replace(inner, credit=whole)
    if (
        in_header
        and (supplied := _AGENCY_SUPPLIED.fullmatch(text.strip())) is not None
        and _is_agency(supplied.group("agency").removesuffix(" Image").removesuffix(" Images"))
    ):
        return Credit(text.strip(), None, supplied.group("agency"))
    if in_header and text[:1] in "FB" and (nl := _DUTCH_LABEL_LINE.fullmatch(text)) is not None:
        from archiver.extract.bylines import name_list

        person = nl.group("person")
        if name_list(person) == [person] and (cleaned := _clean_person(person)) is not None:
            return Credit(person, cleaned, None)
    # "(Daily Bruin file photo)": the desk's photo in brackets, a line of its own in the story
    # where the picture stood (its caption lost), which the brackets set apart from the prose
    boxed = text.startswith("(") and text.endswith(")")
    if (
        len(text) <= 60
        and (alone := _DESK_PHOTO_LINE.fullmatch(text[1:-1] if boxed else text)) is not None
        and (in_header or alone.group("dash") or boxed)
        and (
            _desk_name(alone.group("org"))
            # "KT file photo", "GN file photo": a paper's two initials, the "file" its archive's;
            # "Pioneer file photo", "Daily Bruin file photo", "(Gazette file photo)": a local
            # paper's short name so (a student or a community paper's name the outlet list does
            # not know), as no lender or place says of a picture ("the file" is the paper's own)
            or (
                " file " in text.lower()
                and (
                    re.fullmatch(r"[A-Z]{2}", alone.group("org")) is not None
                    or (
                        (first := alone.group("org").split()[0]).capitalize() not in _NO_FILE_OWNER
                        and not any(c.isdigit() for c in first)
                    )
                )
            )
        )
    ):
        # "Jiji Press Photo" under the headline, "—INQUIRER FILE PHOTO" standing alone: the
        # desk's credit printed as the whole caption
        return Credit(alone.group("credit"), None, alone.group("org"))
    if in_header and len(text) <= 80 and (caps := _caps_person_outlet_photo(text)) is not None:
        return caps
    if in_header and len(text) <= 60:
        if "," in text and (sited := _caps_person_comma_site(text)) is not None:
            return sited
        if _DESK_WORD_LINE.fullmatch(text.rstrip(".")) is not None:
            # "Submitted photo" on its own line: the whole credit, no lender named
            return Credit(text.rstrip("."), None, None)
        if (special := _SPECIAL_TO.fullmatch(text)) is not None and (
            person := _clean_person(special.group("person"))
        ) is not None:
            return Credit(text, person, None)
    # "... Swansea Bay(Image: Jane Roe)": the caption and its labelled credit in two spans
    if "(" in text:
        if (glued := _GLUED_SOURCE.search(text)) is not None:
            # "... early Monday.(Source: USGS)", "... on Monday morning.(Hawaii News Now)": a
            # figure's credit element run into its caption's sentence; a writer citing a
            # source in prose leaves a space before the bracket
            source = glued.group("credit") or glued.group("name")
            # a source is an office or an agency ("USDA FSIS"), a person only after a slash
            if "/" in source:
                return split_credit(source)
            return Credit(source, None, source if _is_agency(source) else None)
        if (
            (spaced := _SPACED_SOURCE.search(text)) is not None
            and len(text[: spaced.start()].split()) <= _SOURCE_CAPTION_WORDS
            and not any(c.isdigit() for c in text[: spaced.start()])
        ):
            # "Labour leader Jane Roe at a campaign event in Auckland. (Source: 1News)": a
            # short caption's sentence, then its picture's source in brackets (TVNZ); a
            # paragraph citing a source runs longer, and a figure cited ("The rate fell to
            # 3.9% in May. (Source: ...)") carries its number
            source = spaced.group("credit")
            return Credit(source, None, source if _is_agency(source) else None)
        text = _GLUED_LABEL.sub(" (", text)
    elif ":" in text[-90:] and (tail := _GLUED_TAIL_LABEL.search(text)) is not None:
        text = f"{text[: tail.start()]} ({tail.group('label')}: {tail.group('credit').strip()})"
    if text.endswith(")") and _LABELLED_ARCHIVE_NOTE.match(text):
        # "Photo: BTA (Archive)": the note on where the picture came from, not the credit's
        text = text[: text.rindex("(")].rstrip()
    # Buttons and tags a page prints after the credit join the line when scraped
    text = _strip_trailing_junk(_strip_button_half(text))
    # the patterns searched at every character need a letter sequence of their own first
    # ("foto", "@", the desk's "PHOTO"): each test in a string's search is much cheaper
    if "foto" in text and (foto := _FOTO_AGENCY.search(text)) is not None:
        # the credit as printed ("fotoBERNAMA"), the agency without its "foto"
        return Credit(f"foto{foto.group('agency')}", None, foto.group("agency"))
    if (
        "/" in text[-60:]
        and _has_rights_notice(text)
        and (notice := _RIGHTS_NOTICE.search(text)) is not None
        and (chain := _whole_chain(text[notice.end() :].strip(" -–—:"))) is not None
    ):
        # "Una strada allagata a Genova - RIPRODUZIONE RISERVATA ANSA/LUCA ROSSI": the agency's
        # rights notice between the caption and its credit, an agency's photographer after it
        # (the notice alone, "RIPRODUZIONE RISERVATA © Copyright ANSA", closes a page: no credit)
        return chain
    if (
        _has_rights_notice(text)
        or is_rights_statement(text)
        or _BUTTONS.match(text)
        or _STAMP_OPENING.match(text)
    ):
        return None
    if "." in text[-8:] and (site := _PHOTO_SITE.search(text[-80:])) is not None:
        # "Illustration. Photo 24.kg", "Photo: kremlin.ru": the site the picture comes from
        return Credit(site.group("credit"), None, site.group("credit"))
    if text[-1:] in ")）" and (ar := _AR_ARCHIVE.search(text)) is not None:
        return Credit(ar.group("agency"), None, ar.group("agency"))
    if (
        text[-1:] in _CJK_ENDS
        or "写真" in text[-30:]
        or "사진" in text[-30:]
        or "제공" in text[-6:]
    ) and (cjk := _cjk_credit(text)) is not None:
        return cjk
    if "—" in text and (dashed := _PERSON_DASH_AGENCY.search(text)) is not None:
        # "... on Jan. 24, 2024. Jane Roe—Bloomberg/Getty Images": the person, an unspaced
        # dash, then the agency and its distributor
        agency = dashed.group("agency").split("/")[0].strip()
        if _is_agency(agency) and (person := _clean_person(dashed.group("person"))):
            return Credit(dashed.group("credit"), person, agency)
    if (found := _after_sentence(text)) is not None:
        return found
    if "@" in text and (mailed := _NAME_SEP_EMAIL.search(text)) is not None:
        if not mailed.group("name").startswith(("By ", "BY ")):
            # the address is the photographer's contact, no part of the credit
            name = mailed.group("name")
            return Credit(name, _clean_person(name), None)
    if "@" in text and (mailed := _BRACKETED_NAME_EMAIL.search(text)) is not None:
        # the address is the photographer's contact, as unbracketed; a byline's "By" never
        # opens the brackets at a caption's end
        name = mailed.group("name")
        return Credit(name, _clean_person(name), None)
    if "@" in text and (mailed := _NAME_AND_EMAIL.search(text)) is not None:
        name = mailed.group("credit")
        return Credit(name, _clean_person(name), None)
    if _may_name_desk(text) and (desk := _DESK_PHOTO_PERSON.search(text)) is not None:
        if (stop := _STOP_INSIDE_DESK.search(desk.group("agency"))) is not None:
            # "... at Boon Lay. ST PHOTO: JANE ROE": the desk's capitalised words ran back over
            # the caption's last words and its stop; the desk is the words after the stop
            desk = _DESK_PHOTO_PERSON.search(text, desk.start("agency") + stop.end()) or desk
        agency = desk.group("agency")
        before = text[: desk.start()].rstrip()
        if (agency.isupper() or _is_agency(agency)) and (in_header or _SENTENCE_END.search(before)):
            credit = text[desk.start() :].strip()
            return Credit(credit, _clean_person(desk.group("person")), agency)
    if "photo" in text and (staff := _STAFF_PHOTO.search(text)) is not None:
        # "Staff photo/Jane Roe", "File photo/Jane Roe": the paper's own desk word, then the
        # photographer (a capital "Photo/" is the desk pattern's above)
        before = text[: staff.start()].rstrip()
        initials = staff.group("credit").split()[0]
        if not _not_paper_initials(initials, before) and (
            in_header or _SENTENCE_END.search(before)
        ):
            return Credit(staff.group("credit"), _clean_person(staff.group("person")), None)
    if (
        in_header
        and "photo" in text
        and (paper := _PAPER_PHOTO_LINE.fullmatch(text.strip())) is not None
        and (person := _clean_person(paper.group("person"))) is not None
        and _names_a_person(person)  # "Campus photo/Video Contest Winners Announced" is a title
    ):
        return Credit(paper.group("credit"), person, paper.group("paper"))
    # "Image: caption. Pic: PA": the caption's own label opens the line (or follows a sentence
    # of the story's foot); the credit's ends it
    if (label := _CAPTION_OPENING.search(text)) and _LATER_LABEL.search(text, label.end()):
        text = text[label.end() :]
    if (tagged := _COURTESY_THEN_TAG.search(text)) is not None:
        text = text[: tagged.start("tag")]
    if text.endswith((")", "]")) and (found := _bracketed_credit(text, in_header)) is not None:
        return found
    if text.count(" | ") >= 2 and (chain := _bar_chain(text)) is not None:
        return chain
    if text.lstrip("(")[:1] in "Rr" and (rep := _REPRESENTATIONAL.fullmatch(text)) is not None:
        if _is_agency(rep.group("agency")) or (
            # "Representational image | Commons" (ThePrint's), "Representative photo:
            # Pixabay": the bar or the colon after the label sets off the picture's source,
            # whatever library it names (Wikimedia's "Commons", a stock site); with no mark
            # after the label the name must be an agency's
            rep.group("mark") in ("|", ":")
            and not is_chrome(rep.group("agency"))
            # "Representational Image | Photo Credit": the credit's label, its name cut off
            and not all(w.lower() in _REP_LABEL_WORDS for w in rep.group("agency").split())
        ):
            return Credit(rep.group("agency"), None, rep.group("agency"))
    if not may_hold_credit(text):
        return None
    # "Jane Roe/Globe Staff/File": the marker after the agency's slash is read past by the
    # "Person/Agency" pattern (the markers stand at the end, so positions stay the same)
    unmarked = _strip_markers(text) if "/" in text or "," in text else text
    if "/" in unmarked and _may_end_in_file_photo(unmarked):
        # "Jane Roe / Superior Telegram file photo": the outlet's file, said after its name
        unmarked = _OUTLET_FILE.sub("", unmarked)
    if " via " in text and (comma_via := _comma_via_credit(text, in_header)) is not None:
        return comma_via
    attempts = [(i, p, text) for i, p in enumerate(_CREDIT_PATTERNS)]
    if unmarked != text:  # "Person/Agency" read first without the marker, then with it
        attempts.insert(5, (5, _CREDIT_PATTERNS[5], unmarked))
    stopped_lender: Credit | None = None  # "... village. Image courtesy of X.": see below
    for i, pattern, subject in attempts:
        maker: str | None = None  # a drawing's maker, when its photographs' source follows
        m = pattern.search(subject)
        if not m:
            continue
        credit = _strip_markers(m.group("credit").strip().rstrip(".").strip())
        if i == 5 and _place_in_sentence(subject[: m.start("credit")], credit):
            continue  # "... along Thika Superhighway/FILE": the caption's place, its marker
        if "@" in credit:
            # "PHOTOG: JANE ROE jroe@paper.com": the labelled photographer's contact address
            # after the name is no part of the credit (as _NAME_AND_EMAIL reads it unlabelled)
            credit = _TRAILING_EMAIL.sub("", credit)
        # a composite's sources ("... Sources: Jane Roe / Getty; John Doe / Getty") are
        # counted apart: the list is long, the maker's credit before it short
        if not credit or len(credit) > 80 or len(_SOURCES_AFTER.sub("", credit).split()) > 9:
            continue
        if i != 0 and _SENTENCE_IN.search(ranks_masked(_SOURCES_AFTER.sub("", credit))):
            continue
        if i == 1 and (two := _PHOTOS_BY_AFTER.search(credit)) is not None:
            # "Photo illustration by Slate. Photos by Jane Roe/Getty Images": two labels in one
            # statement; stripping the first alone would leave the second inside the credit,
            # so the statement is the credit, whole
            if two.group(0).startswith(";"):
                # "Illustration by Jane Roe/The Times; photographs by Getty": the maker first,
                # the one who drew it (the full stop's "Slate. Photos by ..." names no person)
                maker = _PHOTOS_BY_AFTER.sub("", credit).strip()
            credit = subject[m.start() : m.end("credit")].lstrip("(").strip()
        if (
            i == 3
            and (
                _phrase(credit)
                # "Photos: Devotees throng ... temple for ...": a headline or an alt text, asked only
                # of a label opening the line ("... on Thursday. Photo: Press service of the
                # presidency" credits the caption before it)
                or (
                    not subject[: m.start()].strip()
                    and (
                        _titled_phrase(credit)
                        or _dated_event_title(subject[m.start() : m.start("credit")], credit)
                        or _NAME_THEN_SCENE.fullmatch(credit) is not None
                    )
                )
            )
        ):
            continue  # "File photo: Plastic waste along a canal": the label opens a caption
        if (
            i == 3
            and _phrase(credit, 2)
            and _FILE_LABEL.search(subject, max(0, m.start("credit") - 20), m.start("credit"))
        ):
            # "File photo: Flooded street in Lekki, Lagos.": after the archive's label, two
            # lower-case words ("street in") are a short caption's, which no lender's name holds
            continue
        if (
            "/" not in credit
            and credit.split()[-1].lower() in _STRUCTURE_WORDS
            and _FILE_LABEL.search(subject, max(0, m.start("credit") - 20), m.start("credit"))
        ):
            # "File photo: Third Mainland Bridge": what the file picture shows, no lender
            # ("Photo: Tom Bridge" after a caption names its photographer)
            continue
        if (
            "/" not in credit
            and ", " in credit
            and _FILE_LABEL.search(subject, max(0, m.start("credit") - 20), m.start("credit"))
            and _known_place_tail(credit)
            and _scene_words(credit.rpartition(", ")[0])
        ):
            # "File photo: Traffic on the Ring Road, Ibadan": a scene and the town it is in,
            # what the file picture shows ("File photo: Jane Roe, Reuters" names its taker;
            # "File photo: Sunday Alamba, Lagos", "FILE PHOTO: Reuters, Abuja": a taker or an
            # agency and the town of its desk, no scene's words)
            continue
        if (
            i == 3
            and _PLURAL_LABEL.fullmatch(subject, m.start(), m.start("credit")) is not None
            and not _plural_label_credit(credit)
        ):
            # "Bilder: So wütete das Unwetter in der Region", "FOTOS: Lluvias en Lima": the
            # plural label over a gallery's teaser, no credit ("Bilder: Jonas Wyss" under
            # "Text: Jane Roe" names the photographer)
            continue
        if i == 3 and _DESK_OVER_SLASH.search(subject, 0, m.start("credit")):
            continue  # "—INQUIRER PHOTO / Jane Roe": the desk's photo, read whole below
        if pattern is _CHART_MAKER and not _chart_maker_named(credit, m.start(), m.group("label")):
            continue
        if (
            not in_header
            and i != 0
            and pattern is not _CHART_MAKER  # a chart maker's label is its own evidence
            and not (i == 3 and _labelled_name(text, m, credit))
        ):
            start = m.start()
            if i == 1 and (desk := _desk_photo_by(subject, m.start("credit"))):
                # "... on Saturday. Anvil Herald photo by Jane Roe": the paper's name, whole,
                # opens the credit after the caption's last sentence
                start = min(start, desk.start())
            before = text[:start].rstrip()
            if not _SENTENCE_END.search(before) and not (
                i == 4 and _caps_pair_after_caption(before, credit)
            ):
                continue
            if text.endswith(".") and not _ends_in_agency_initials(text):
                if (
                    i == 2
                    and stopped_lender is None
                    and _PICTURE_COURTESY.match(m.group(0))
                    # a name alone after the label ("Images courtesy of NASA show the comet's
                    # tail." goes on as a sentence)
                    and not _phrase(credit, 1)
                ):
                    # read last, when no other reading of the caption's tail credits it; a
                    # lender whose name reads as no person's ("Wetlands International") is
                    # no photographer
                    stopped_lender = _courtesy_credit(credit)
                    if stopped_lender.photographer and not looks_like_name(
                        stopped_lender.photographer
                    ):
                        stopped_lender = dataclasses.replace(stopped_lender, photographer=None)
                continue
        if i == 0:  # (AP Photo/X)
            agency = m.group("agency").strip()
            if not _is_agency(agency) and not agency.isupper():
                continue
            return Credit(credit, _clean_person(_strip_markers(m.group("person") or "")), agency)
        if i in (4, 5) and credit.count("/") == 1:
            agency_part, _, place = credit.partition("/")
            if _section_kicker(agency_part.strip(), place.strip()):
                continue  # "NATIONAL / TRANSPORT": the page's section over its subsection
            if _PAPER_IN_CAPITALS.search(subject[: m.start("credit")] + agency_part) and (
                _filing_place(place.strip())
            ):
                # "Jane Roe THE JAKARTA POST/JAKARTA": the writer, her paper in capitals and
                # the place she filed from (the Jakarta Post's byline), no photo's credit
                continue
            if _is_agency(agency_part) and _filing_place(place.strip()):
                continue  # "DPA/Berlin" over the page's stamp: where the agency filed from
        if i == 4:
            head, _, rest = credit.partition("/")
            head = head.strip()
            if _THE_BEFORE.search(subject, 0, m.start("credit")) is not None:
                credit = f"The {credit}"  # "The STAR/Jane Roe": the paper's name, whole
            # "PHOTO/JANE ROE", "TEMPO/Jane Roe": a label or a desk in capitals over a person
            # (a person of two words or more: "NATIONAL / TRANSPORT", "BUSINESS / ECONOMY"
            # are a page's section over its subsection, as the Japan Times and others print
            # their kicker)
            if not (
                _is_agency(head)
                or head.lower() in _NOT_A_PARTY
                # "JANE ROE / AFP": the photographer in capitals first, a known agency after
                or (credit.isupper() and _is_agency(rest) and _caps_person_alone(head))
                or (
                    len(head) >= 3
                    and len(rest.split()) >= 2
                    and _PERSON.fullmatch(rest.strip())
                    and _clean_person(rest)
                )
            ):
                continue
        if i == 5:
            distributor = m.group("distributor")
            if distributor is not None and _STOCK_COLLECTION.fullmatch(
                f"{m.group('agency').strip()}/{_strip_markers(distributor).strip()}"
            ):
                # "Jane Roe/iStock/Getty Images Plus", "Jane Roe/E+/Getty Images": a stock
                # library's collection, then the library that licenses it
                return split_credit(credit)
            if distributor is not None and not (
                (_is_agency(m.group("agency")) or _agency_imprint(m.group("agency")))
                and (
                    _is_agency(sold := _strip_markers(distributor).strip())
                    # "Jane Roe/SOPA Images/LightRocket via Getty Images": the agency's
                    # imprint, then the library that sells it, each known
                    or (
                        (lent := _LENT_VIA.fullmatch(sold)) is not None
                        and _is_agency(lent.group("lender"))
                        and _is_agency(lent.group("agency"))
                    )
                )
            ):
                continue  # two slashes after a name: an agency, then the one that sold it
            # "Jane Roe/AP, FILE": how the photo reached the page is no part of the agency;
            # "Jane Roe/Getty Images for Acme": the agency's client after "for"
            agency = _strip_markers(m.group("agency")).strip()
            agency = (
                _FOR_CLIENT.sub("", agency) if _is_agency(_FOR_CLIENT.sub("", agency)) else agency
            )
            head = credit.split("/")[0].strip()
            if (
                len(agency.split()) == 1
                and _filing_place(head)
                and not _is_agency(agency)
                and _OUTLET_WORD.search(agency) is None
            ):
                # "Hong Kong / Society", "London / Politics": a page's section, a place, over
                # its one-word subsection (the breadcrumb over a headline), no photographer's
                # name ("Gaspar/The Texas Tribune": a surname a place's too, then a paper)
                continue
            if (
                not (_is_agency(agency) or _dotted_agency(agency))  # "Jane Roe / A.N.S.A."
                and agency.lower() not in _DESKS  # "Jane Roe/Photographer"
                and not _STAFF_DESK.fullmatch(agency)  # "Jane Roe/Globe Staff"
                and not (in_header and _OUTLET.match(agency))
                # "Jane Roe / The National", "The STAR/Jane Roe": a newspaper's name beside a
                # person's, after the caption's last sentence
                # "... in Toronto's east end. Jane Roe/Toronto Star": a newspaper's name after
                # a caption of five words or more ("Skyway at dusk." is too short to tell)
                and not (
                    # "JANE ROE/THE GLOBE AND MAIL": a paper's name in capitals too, and
                    # "and" or "of" in it read past ("Jane Roe/The Globe and Mail")
                    OUTLET_NAME.match(
                        _and_of(agency.title() if agency.isupper() else agency).replace("-", " ")
                    )
                    and (agency.startswith(("The ", "THE ")) or len(text[: m.start()].split()) >= 5)
                )
                and not (_THE_OUTLET.fullmatch(head) and _PERSON.fullmatch(agency))
                and not is_brand_outlet(agency)  # "Jane Roe/IndyStar"
            ):
                continue
        if i == 6:
            agency = m.group("agency").strip()
            phrase = m.group("how") is None and _caption_phrase_before_bar(
                subject[: m.start("agency")].rstrip(" |•"), agency
            )
            if m.group("how") is None and (_PARTY_NOT_NAME.search(credit.split("|")[0]) or phrase):
                # "... in Tokyo on Tuesday | BLOOMBERG": the caption's last word before the
                # bar, no photographer's name; the agency after it is the credit. A wire
                # that signs stories off alone ("(ANI)") is a credit too after a caption's
                # phrase and a bar ("Representational image of Parliament House | ANI", as
                # ThePrint credits its pictures): no story's sentence ends in a bar
                if _is_agency(agency) and (agency.lower() not in _NOT_ALONE or phrase):
                    return Credit(agency, None, agency)
                continue
            # "via" names a photo agency; "for" and "|" need a known agency or a newspaper's name
            # and a caption before them ("By Jane Roe | Chicago Tribune" is a byline)
            if m.group("how") != "via" and not text[: m.start()].strip(" ("):
                continue
            outlet = _OUTLET.match(agency) and (in_header or m.group("how") != "via")
            # "ELLIOTT PARKS • THE CHRONICLE HERALD": the paper's name in capitals, as an
            # e-paper's text prints the credit, is read as its name in title case is, after
            # a person's name ("PHOTO | FILE | DAILY MAIL" names none: read further below)
            paper_name = (
                agency.title()
                if agency.isupper()
                and _clean_person(re.split(r"\s+[|•]\s+", credit)[0]) is not None
                else agency
            )
            if (
                not _is_agency(agency)
                and not (outlet and OUTLET_NAME.match(paper_name))
                and not (in_header and m.group("how") == "via" and _OUTLET.match(agency))
            ):
                continue
        if i == 7:
            if not _is_agency(credit) or credit.lower() in _NOT_ALONE | {"file"}:
                continue
            return Credit(credit, None, credit)
        if i == 2:
            if _CLIP_LABEL_BEFORE.search(subject, 0, m.start("credit")) is not None:
                # "Video: Courtesy of FX", "Footage courtesy of NASA": the lender of a clip,
                # which a page credits under its player as it does a photo's; no photo's
                continue
            if _WIRE_PROVIDER.match(m.group(0).lstrip("( ")) and (
                _wire(credit) or not (_LENDER_WORDS.search(credit) or _clean_person(credit))
            ):
                # "Provided by ACCESSWIRE", "Provided by Benzinga" under a headline: the copy's
                # distributor or syndicator; a lender is a person or an institution ("Provided
                # by Milwaukee County Zoo", "Submitted by Jane Roe")
                continue
            return _courtesy_credit(credit)
        if maker is not None:
            drawn = split_credit(maker)
            return Credit(credit, drawn.photographer, drawn.agency)
        if i == 1 and (desk := _desk_photo_by(subject, m.start("credit"))) is not None:
            # "Express photo by Jane Roe", "PNA photo by Jane Roe", "Staff photo by Jane Roe":
            # the paper's or the agency's own label is part of the credit as printed (it says
            # whose the picture is); the photographer is the name after it. "File photo by"
            # and a bare "Photo by" are the picture's label, not a party: left off as before.
            found = split_credit(credit)
            word = desk.group("label").split()[0]
            agency = found.agency or (word if _is_agency(word) else None)  # "UPI Photo by"
            return Credit(f"{desk.group('label')} {credit}", found.photographer, agency)
        return split_credit(credit)
    return _caption_tail_credit(text, in_header) or stopped_lender


# The label of a desk's or an outlet's picture, right before the credit's name: one word in
# capitals or capitalised, then "photo by" ("Express photo by", "UPI Photo by"). A word that
# says where the picture stands or how it came ("Top photo by", "Submitted photo by",
# "Courtesy photo by", "This photo by") names no party: the label is left off, as "File photo
# by" is.
_PICTURE_PLACE_WORDS = (
    "top bottom main lead cover header hero feature featured banner inset above below left "
    "right middle center centre background submitted contributed supplied courtesy handout "
    "stock archive archival aerial drone satellite this that our their his her its my your "
    "another other second first each"
).split()
_DESK_PHOTO_BY = re.compile(
    # ("AN photo by" is Arab News's label, its initials in capitals: only the article's
    # "An"/"an" is left off, as "a" and "the" are)
    r"(?:^|(?<=[\s(\[—–-]))(?P<label>(?!(?i:file|photo|photos|the|a)\b|(?:An|an)\b)"
    # "U.S. Army photo by", "U.S. Air Force photo by", "Marine Corps photo by": an armed
    # service's label, its country's initials and two words at most
    r"(?:U\.S\.\s+(?:Air\s+|Marine\s+|Coast\s+|Space\s+|National\s+)?|(?:Air|Marine|Coast|Space)\s+)?"
    rf"(?!(?i:{'|'.join(_PICTURE_PLACE_WORDS)})\b)[A-Z][\w&'’-]*"
    # "Anvil Herald photo by", "Free Press photo by", "Post-Dispatch photo by": a paper's
    # name of two or three words, each capitalised
    r"(?P<more>(?:\s+[A-Z][\w&'’-]*){0,2})"
    r"\s+(?i:photos?|pic|picture)\s+(?i:by))\s+$"
)


def _desk_photo_by(subject: str, end: int) -> re.Match[str] | None:
    """_DESK_PHOTO_BY's label ending at `end`. A paper's name of several words opens its own
    unit (the line, or after a bracket, a dash or a sentence's end): "... outside City Hall
    Staff photo by" has the caption's words before "Staff", which name no paper, so the label
    is read from a later word."""
    m = _DESK_PHOTO_BY.search(subject, 0, end)
    while m is not None and m.group("more") and m.start() > 0:
        if subject[: m.start()].rstrip()[-1:] in tuple("([—–-.!?:;"):
            break
        m = _DESK_PHOTO_BY.search(subject, m.start("more") + 1, end)
    return m


# The small words a credit's names hold ("Department of Transport and Main Roads", "Jane Roe
# for The Paper", "Jan van der Berg"); other lower-case words are a caption's.
_CREDIT_SMALL_WORDS = frozenset(
    "of the and for via by de da do del della di du la le van von der den y e et und & photo"
    " staff file courtesy bin binti bint ibn al el abu dos das ter ten zu af av st. ní"
    " nic ó ua dela delos".split()
)


# A person's name, then where the picture shows them, in lower case: "Eddie Howe on the
# touchline", "Jane Roe at the launch" after a label opening the line (Sky's "Image:" over each
# picture's caption); no credit's name runs on into a preposition and a lower-case noun ("Jane
# Roe for The Times" names the paper with a capital).
_NAME_THEN_SCENE = re.compile(
    rf"{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}}\s+(?:on|at|in|during|with|after|before|outside)"
    r"\s+(?:(?:the|a|an|his|her|their)\s+)?[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)*"
)


def _phrase(credit: str, least: int = 3) -> bool:
    """Whether a labelled value reads as a caption's phrase, not a credit: `least` (three) or
    more lower-case words in one party of it that no name or organisation holds ("Plastic waste along a canal in
    Lagos" after "File photo:" describes the picture; "Jane Roe for The Paper" credits it)."""
    for part in re.split(r"[/|,;]", credit):  # "Jane Roe / picture alliance / dpa": by party
        words = part.split()
        lower = [w for w in words if w[:1].islower() and w.lower() not in _CREDIT_SMALL_WORDS]
        if len(lower) >= least:
            return True
    return False


# The words a lender's credit opens with ("Photo provided to China Daily", "Handout picture
# supplied by the family"): the picture and how it came, no headline's subject.
_LENT_OPENING = re.compile(rf"(?i:{_PICTURE_NOUN}|{_LENT_WORD})\b")
# The fewest words of a headline or an alt text's sentence read by _titled_phrase.
_TITLED_PHRASE_WORDS = 5
# The nouns of a picture's source, which a headline's or an alt text's subject seldom holds and
# a press office's or a social account's credit does ("Photo: Armed Forces of Ukraine press
# service", "Image: Instagram account of the singer", "Image: Google Maps screenshot of the site").
_SOURCE_NOUN = re.compile(
    r"\b(?i:services?|offices?|accounts?|pages?|screenshots?|governments?|ministry|ministries"
    r"|forces?|departments?|agency|agencies|archives?|handouts?|courtesy|collections?"
    r"|library|libraries|museums?)\b"
)


def _titled_phrase(credit: str) -> bool:
    """Whether a labelled value reads as a headline or a picture's alt text, no credit: a party
    of five words or more opening with a capital, then two lower-case words of three letters or
    more that no name or organisation holds ("Photos: Devotees throng Kapaleeswarar temple for
    Masi Magam", a gallery's link in a list of stories; "Image: Plan of the new path.", a
    picture's alt text over its caption). _phrase asks three such words, as "picture alliance"
    and "imago images" hold two; those open in lower case, and a headline with its subject
    first does not."""
    if "/" in credit:
        return False  # "Jane Roe/Getty Images": a person's and an agency's parts
    if _SOURCE_NOUN.search(credit) is not None:
        return False  # "Press service of the Ukrainian presidency": a source's own words
    for part in re.split(r"[|,;]", credit):
        words = part.split()
        if len(words) < _TITLED_PHRASE_WORDS or not words[0][:1].isupper():
            continue
        if _LENT_OPENING.match(words[0]):
            continue  # "Photo provided to China Daily": a lender's credit, its own words
        lower = [
            w
            for w in words[1:]
            if w[:1].islower() and len(w.strip(".,")) >= 3 and w.lower() not in _CREDIT_SMALL_WORDS
        ]
        if len(lower) >= 2:
            return True
    return False


# A year standing as a word of its own before a title's capitalised word ("The 2025
# Tournament of Roses Parade"), no comma before it in the value ("Library of Congress, 1889"
# dates a lender's picture).
_YEAR_IN_TITLE = re.compile(r"^[^,]*?(?<![\d/.-])\b(?:19|20)\d{2}\s+[A-Z]")
# A gallery's label, plural: "Photos:", "Pictures:", "Images:", "Gallery:", "In pictures:".
_GALLERY_LABEL = re.compile(
    r"\(?\s*(?i:(?:photo\s+)?gallery|in\s+pictures|photos|pictures|images)\s*:\s*$"
)
# A lender's or an archive's word, or "for" (a photographer's assignment: "Jane Roe for the
# 2024 Paris Olympics"): a credit's value dated with its year, no gallery's title.
_LENDER_IN_TITLE = re.compile(
    r"\b(?:(?i:courtesy)|Archives?|Collections?|Library|Corps|Museum|Institute|Society|for)\b"
)


def _dated_event_title(label: str, credit: str) -> bool:
    """Whether a gallery's label opening its line ("Photos:") is over the gallery's title
    set in title case, the year of the event among its words before a capitalised word
    ("Photos: The 2025 Tournament of Roses Parade", "Photos: Scenes From the 2024 State
    Fair"): four words or more, no slash, no rights notice, no comma before the year and no
    lender's word. A credit names a person, a desk or a library, and carries a year after a
    comma ("Photo: U.S. Army Signal Corps, 1944"), in a notice ("© 2025 Jane Roe") or with
    its parts ("Jane Roe/Ledger/2024")."""
    return (
        _GALLERY_LABEL.fullmatch(label.strip()) is not None
        and len(credit.split()) >= 4
        and "/" not in credit
        and _COPYRIGHT_WORD.search(credit) is None
        and "(c)" not in credit.lower()
        and _YEAR_IN_TITLE.search(credit) is not None
        and _LENDER_IN_TITLE.search(credit) is None
    )


_P = rf"{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}}"  # a person's name
_ORG = r"[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3}"  # a capitalised name of up to four words
_AFTER_CAPTION = r"(?<=[.!?”\"’)])\s+"
# The inside of a credit in brackets at the caption's end, in the forms the grammar above
# leaves: "(Jane Roe for the AJC)", "[Photo by Jane Roe/For The Daily]", "[Jane Roe, Standard]",
# "[ JANE ROE | Times ]", "(Harbour News photo/Jane Roe)", "(Petra photo)", "(Jane Roe/Stars and
# Stripes)", "(Kessler County Sheriff's Office)".
_BRACKET_TAIL = re.compile(r"(?:^|(?<=\s))[(\[]\s*(?P<inner>[^()\[\]]{2,80}?)\s*[)\]]\s*\.?$")
# A picture's label opening the brackets after a caption's sentence with no colon, a
# capitalised credit after it: "... to Gávea. (Photo Internet reproduction)".
_UNCOLONED_LABEL_TAIL = re.compile(
    r"(?<=[.!?”\"’])\s+\((?P<label>Photo|Foto|Picture|Image)\s+(?P<credit>[A-Z][^():]{1,60})\)$"
)
# The caption's words before such a label, at least.
_CAPTION_WORDS_BEFORE_LABEL = 4


def _semicolon_sources(line: str, in_header: bool) -> Credit | None:
    """ "NBC News; Getty Images", "Jane Roe; Getty Images": a composite picture's sources set
    apart by semicolons (a photo illustration's credit, as NBC's and other pages print it),
    read as the grammar reads them set apart by slashes; the credit as printed. Two or three
    short parts with no sentence in them."""
    text = line.strip()
    parts = [p.strip() for p in text.split(";")]
    if not 2 <= len(parts) <= 3 or any(not p or len(p.split()) > 5 for p in parts):
        return None
    if text.endswith((".", "!", "?", ":")):
        return None
    from archiver.extract.bylines import name_list

    if all(
        name_list(p) is not None and not (is_picture_library(p) or _is_agency(p)) for p in parts
    ):
        # "Jane Roe; Marcus Doyle" under the headline: writers set apart by semicolons, a
        # byline's list; a composite's credit names a library, an agency or an outlet
        return None
    from archiver.extract.masthead import is_masthead

    if not any(is_picture_library(p) or _is_agency(p) or is_masthead(p) for p in parts):
        # "Rail Union Talks Collapse; Strike Set For Monday": a headline's two clauses in
        # capitalised words; a composite's credit names a library, an agency or an outlet
        # the grammar knows among its parts
        return None
    slashed = " / ".join(parts)
    held = find_credit(slashed, in_header=in_header)
    if held is None or held.credit != slashed:
        return None
    return Credit(text, held.photographer, held.agency)


# An outlet whose name opens with a number ("The 19th", "10 Tampa Bay", "12 News"): a name's
# word all the same, after "for" in a credit's brackets (a bare number is a year or a count).
_NUMBER_NAME = (
    r"\d{1,4}(?:(?:st|nd|rd|th)(?:\s+[A-Z][\w.&'’\-]*){0,3}|(?:\s+[A-Z][\w.&'’\-]*){1,3})"
)
_FOR_OUTLET = re.compile(
    rf"(?:(?i:photos?|pictures?|images?)\s+by\s+)?(?P<person>{_P})\s*(?:/\s*|\s+)(?i:for)\s+"
    # "Jane Roe for The Globe and Mail": a paper's name may join its words with "and", "of"
    rf"(?:(?i:the)\s+)?(?P<org>(?:{_ORG}|{_NUMBER_NAME})(?:\s+(?:and|of|&)\s+{_ORG})?)"
)
_PERSON_COMMA_OUTLET = re.compile(rf"(?P<person>{_P})\s*[,|]\s*(?P<org>{_ORG})")
_DESK_PHOTO_SLASH = re.compile(rf"(?P<org>{_ORG})\s+(?i:photo)\s*/\s*(?P<person>{_P})")
_INITIALS_IMAGE = re.compile(r"(?P<org>[A-Z]{3,6})\s+(?i:image)")
# Capitals that own no picture before "image": "(FILE image)", "(STOCK image)"; nor the kind
# of picture a scan, a camera or a file format makes ("(MRI image)", "(CCTV image)").
_NO_FILE_OWNER_CAPS = frozenset(
    {"FILE", "STOCK", "TOP", "MAIN", "LEAD", "HERO"}
    | {"MRI", "PET", "CCTV", "HDR", "CGI", "GIF", "JPEG", "JPG", "PNG", "TIFF", "RAW", "SONAR"}
)
_DESK_PHOTO_ALONE = re.compile(rf"(?P<org>{_ORG})\s+(?:(?i:file)\s+)?(?i:photos?)")
# Either side may be the outlet, a station's name ending in its channel's number ("Spectrum
# News 1/Jane Roe", "Jane Roe/WSFA 12 News"); split_credit tells which side is the person.
_PERSON_SLASH_LONG_OUTLET = re.compile(
    rf"(?P<person>{_P}(?:\s\d{{1,2}})?)\s*/\s*"
    rf"(?P<org>[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|and|of|&|\d{{1,2}})){{1,4}})"
)
# Two or three initialisms: an office and the service or bureau of it ("USDA FSIS", "NOAA
# NWS"); a page's words in capitals in brackets ("(LIVE VIDEO)", "(PHOTO GALLERY)") are none.
_INITIALISMS = re.compile(r"[A-Z]{2,6}(?:\s+[A-Z]{2,6}){1,2}")
_CAPS_PAGE_WORDS = frozenset(
    "video videos photo photos live watch update updated gallery opinion exclusive breaking"
    " audio listen map maps graphic interactive new news read more podcast sponsored".split()
)


def _initialisms(text: str) -> bool:
    """Two or three initialisms and nothing else ("USDA FSIS", "NOAA NWS"): an office and its
    service lending a picture, in brackets after a caption; a page's words in capitals
    ("LIVE VIDEO", "PHOTO GALLERY") name no one, so they are no credit."""
    return _INITIALISMS.fullmatch(text) is not None and not any(
        w.lower() in _CAPS_PAGE_WORDS for w in text.split()
    )


# A caption's opening that says what the picture is: "A rendering of", "An artist's
# impression of", "An aerial view of", "A map showing"; no story's sentence opens so and ends
# on an office's name in brackets.
_DEPICTING_OPENING = re.compile(
    r"(?:An?|The)\s+(?:(?:artist'?s'?|architect'?s'?|aerial|undated|computer-generated|"
    r"handout|file)\s+)?(?:rendering|impression|view|image|photo|photograph|picture|"
    r"illustration|map|drawing|sketch|mock-?up|screenshot|simulation|diagram|chart)s?\s+"
    r"(?:of|shows|showing)\s",
    re.IGNORECASE,
)


def opens_on_depiction(text: str) -> bool:
    """Whether a sentence opens by saying what its picture shows ("A diagram shows where
    ...", "An artist's rendering of ..."): a caption's opening."""
    return _DEPICTING_OPENING.match(text.strip()) is not None


_ORG_LENDER = re.compile(
    # "About Purdue University" / "About the Institute": the heading over the body's note on
    # who issued the story, no office lending a picture
    r"(?!About\s)"
    r"(?P<org>(?:[A-Z][\w.&'’\-]*\s+){1,5}(?:Office|Department|Police|Agency|Service|Ministry|"
    r"University|Museum|Council|Authority|Commission|Administration|Command|Foundation|"
    r"Institute|Center|Centre|Library|Archives?|Patrol|Guard|Coast Guard|Government)"
    # "Chicago Department of Transportation", "Ministry of Defence": what the office is of
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})?)"
)
# "Ministry of Transportation of Ontario", "Department of Fisheries and Oceans", "Office of the
# Premier": an office named by its word first, then what it is of (Canadian and Commonwealth
# governments' style), the whole line under a caption.
_OFFICE_OF_LENDER = re.compile(
    r"(?:Office|Department|Ministry|Agency|Authority|Commission|Administration)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|(?:of|and|for)(?=\s+[A-Z]))){0,4}"
)
# Unbracketed, after the caption's last sentence: "| BLOOMBERG", "/ The Daily", "CNA file
# photo", "JANE ROE EFE", "- Jane Roe - Europa Press", "...27.Jane Roe / Getty Images file".
_BAR_AGENCY = re.compile(rf"{_AFTER_CAPTION}\|\s+(?P<org>[^|]{{2,30}}?)\s*$")
# A caption's last word in lower case, no stop, then a bullet and the credit (a bar there is
# a page title's: "Headline | Reuters").
_UNSTOPPED_MARK_AGENCY = re.compile(
    r"(?<=[a-z\d])(?:\s+•\s+"
    # "... the winning runs•Jan 26, 2026•PTI": the bullets set close, the picture's date
    # between the caption and the agency (ESPNcricinfo's pages)
    r"|\s*•\s*(?P<dated>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*•\s*)"
    r"(?P<org>[A-Z][^|•]{1,38}?)\s*$"
)


def _bulleted_pair_tail(line: str) -> Credit | None:
    """The person-and-outlet pair after a bullet closing a caption of six words or more set
    without its stop (see _UNSTOPPED_MARK_AGENCY and _bulleted_party_pair)."""
    m = _UNSTOPPED_MARK_AGENCY.search(line)
    if m is None or m.group("dated") or len(line[: m.start()].split()) < 6:
        return None
    return _bulleted_party_pair(m.group("org").strip())


def _bulleted_party_pair(org: str) -> Credit | None:
    """The credit after a caption's bullet when it is a person and an outlet or a club, a
    slash between them ("Lancashire CCC/Paul Currie", "Jane Roe/Surrey CCC"): one part a
    person's name, the other a known agency or capitalised words, neither a place the
    gazetteer knows ("Dallas/Fort Worth" is no credit)."""
    from archiver.extract.gazetteer import is_known_place

    parts = [p.strip() for p in org.split("/")]
    if len(parts) != 2 or not all(parts) or _read_chain(org) is None:
        return None
    if not all(_is_agency(p) or _ORG_PART.fullmatch(p) for p in parts):
        return None
    if any(is_known_place(p) for p in parts):
        return None
    # the outlet is a known agency ("Getty Images/Stu Forster") or holds a word in capitals,
    # a club's or a body's initials ("Lancashire CCC"); "Rohit Sharma/Jasprit Bumrah" is two
    # people, no credit
    outlets = [
        p for p in parts if _is_agency(p) or any(len(w) >= 2 and w.isupper() for w in p.split())
    ]
    if len(outlets) != 1:
        return None
    other = outlets[0]
    person = parts[1] if other == parts[0] else parts[0]
    if _is_agency(person) or not (_PERSON.fullmatch(person) and _names_a_person(person)):
        return None
    return Credit(org, person, other)


# A part of a credit's pair: capitalised words, initials among them ("Lancashire CCC").
_ORG_PART = re.compile(r"[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}")
_SLASH_OUTLET = re.compile(rf"{_AFTER_CAPTION}/\s+(?P<org>(?:The\s+)?{_ORG})\s*$")
_DESK_PHOTO_TAIL = re.compile(
    rf"{_AFTER_CAPTION}(?:(?:[—–]|-{{1,2}})\s*)?"
    rf"(?P<credit>(?P<org>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,2}})"
    # "CNA file photo", "— Bernama pic", "-- Bernama pic" (Malaysian papers' word for a photo,
    # the dash typed as two hyphens as Bernama's copy does); "ST GRAPHICS", "PA Graphics": a
    # desk's chart or map (The Straits Times' and the agencies' graphics desks)
    r"\s+(?:(?:(?i:file)\s+)?(?i:photos?|pics?|pix)|(?P<graphic>GRAPHICS?|Graphics?)))\s*$"
)
# A link's words before "GRAPHICS" ("MORE GRAPHICS", "ALL GRAPHICS"), never a desk's initials.
_GRAPHICS_LINK_WORDS = frozenset({"MORE", "VIEW", "ALL", "SEE", "OUR", "NEW", "TOP", "HOW", "THE"})
_CAPS_PERSON_AGENCY = re.compile(
    rf"{_AFTER_CAPTION}(?P<person>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){{1,3}})"
    r"\s+(?P<org>[A-Z][A-Za-z\-]{1,12})\s*$"
)
# "... Nieuw-Buinen. Beeld Jane Roe" (Dutch "image"), "... Roma. Credit Jane Roe para The New
# York Times" (the Times' label, no colon): a label word, then a person or an agency. Central
# European agencies set the label in capitals before the agency, a dash, then its photographer
# ("... v Banskej Bystrici. FOTO TASR - Jana Roeová", TASR's and ČTK's captions).
_BARE_LABEL = re.compile(
    rf"{_AFTER_CAPTION}(?:Beeld|Foto|FOTO|Credit)\s+(?P<credit>{_P}(?:\s+(?:for|para|voor)\s+{_ORG})?"
    rf"|[A-ZÀ-ÞČĆŠŽŘŁŚŹŻĐ]{{2,10}}\s+[-–]\s+{_P}|[A-Z]{{2,10}})\s*$"
)
# "... on Monday afternoon. JANE ROE, TIMES COLONIST": a person and a paper, both in capitals.
_CAPS_PERSON_OUTLET = re.compile(
    rf"{_AFTER_CAPTION}(?P<person>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){{1,3}}),\s+"
    r"(?P<org>(?:THE\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3})\s*$"
)
# "... at city hall. VINCE TALOTTA TORONTO STAR": the same two in capitals with no mark between
# them (the Toronto Star's print pages); the outlet is told from the name by its own words.
_CAPS_RUN_TAIL = re.compile(
    rf"{_AFTER_CAPTION}(?P<run>[{_CAPITAL}][{_CAPITAL}'’.\-]+(?:\s+[{_CAPITAL}&][{_CAPITAL}'’.\-]*){{2,7}})\s*$"
)


def caps_person_outlet(text: str) -> Credit | None:
    """A photographer's name and the paper's in capitals run together, no mark between them
    ("RICHARD ROE TORONTO STAR", "JANE ROE THE GLOBE AND MAIL"): the name two or three words,
    the rest a newspaper's name or a known agency (as a name in capitals never ends)."""
    words = text.split()
    if not text.isupper() or not 3 <= len(words) <= 8:
        return None
    for cut in (2, 3):
        person, org = " ".join(words[:cut]), " ".join(words[cut:])
        if not org or "THE" in words[cut + 1 :]:
            continue  # "THE" opens a paper's name: "JANE ANN ROE THE GLOBE AND MAIL"
        cased = org.title().replace("-", " ")
        known = _is_agency(org) or (
            len(words) - cut >= 2
            and (OUTLET_NAME.match(cased) is not None or OUTLET_NAME.match(_and_of(cased)))
        )
        if known and _caps_person_alone(person) is not None:
            return Credit(text, _clean_person(person), org)
    return None


def _and_of(name: str) -> str:
    """A paper's name with its joining word read past ("The Globe And Mail" as "The Globe
    Mail"): OUTLET_NAME names end in the paper's word, which "and" or "of" may stand before."""
    return re.sub(r"\s+(?i:and|of|&)\s+", " ", name)


_DASHED_PERSON_AGENCY = re.compile(
    rf"\s[-–—]\s(?P<person>{_P})\s[-–—]\s(?P<org>[A-Z][\w.&'’\- ]{{1,30}}?)\s*$"
)
_GLUED_SLASH = re.compile(
    rf"(?<=\w[.!?])(?P<credit>(?P<person>{_P})\s*/\s*(?P<org>[A-Z][\w&.\- ]{{1,30}}?))"
    r"(?:\s+(?i:file))?\s*$"
)


# "... six years. — Bernama": a wire's name after a dash under the caption's sentence (The
# Star, Malay Mail, New Straits Times); in the story the same tail is the wire's sign-off.
_DASHED_WIRE = re.compile(
    rf"{_AFTER_CAPTION}(?:[—–]|-(?=\s))\s*(?P<org>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){{0,2}})\s*$"
)
# An organisation's initials or name in capitals, a hyphen, its branch or region in capitals:
# "WWF-PHILIPPINES", "PNP-BICOL", "DPWH-CAR" (one word each side).
_CAPS_BRANCH = re.compile(r"[A-Z][A-Z&]{1,14}-[A-Z][A-Z]{1,14}")
# "... in the National Assembly. — DawnNewsTV screengrab": a still from a channel's broadcast,
# the channel named before the word (Pakistani and Indian pages' form); "... of the planting
# sites. — Dawn illustration": the paper's own map or drawing, named so after the dash.
_DASHED_SCREEN_GRAB = re.compile(
    rf"{_AFTER_CAPTION}(?:[—–]|-(?=\s))\s*(?P<credit>(?P<org>(?!(?:A|An)\s)[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){{0,2}})"
    r"\s+(?i:screen\s*grab|screenshot|screen\s+capture|(?P<drawn>illustration)))\s*$"
)
# Words for what kind of drawing it is, never its maker's name, before "illustration"
# ("— Representational illustration", "— File illustration", "— AI-generated illustration").
_DRAWING_KIND_WORDS = re.compile(
    r"(?i:represent\w*|file|stock|archive|archival|ai|ai-generated|generated|computer|digital|"
    r"artist'?s?|photo|image|illustrative|symbolic|concept|conceptual|graphic|staff|our|"
    r"official|creative|editorial)"
)


def _dashed_screen_grab(text: str) -> re.Match[str] | None:
    """_DASHED_SCREEN_GRAB's match, a drawing's only under a known paper's or agency's name
    ("— Dawn illustration", "— The Express Tribune illustration"): not a word for the kind
    of drawing ("— Representational illustration", "— AI-generated illustration")."""
    m = _DASHED_SCREEN_GRAB.search(text)
    if m is None or not m.group("drawn"):
        return m
    org = m.group("org")
    if any(_DRAWING_KIND_WORDS.fullmatch(w) for w in org.split()):
        return None
    # a site known by name ("Dawn", no newspaper's word in it) as well as one named like a paper
    from archiver.extract.roles import _SITES

    if org in _SITES or org.startswith("The ") or OUTLET_NAME.match(org):
        return m
    return m if _is_agency(org) else None


# "... on Monday. — Photo by author": the writer took the picture.
_BY_THE_WRITER = re.compile(
    rf"{_AFTER_CAPTION}(?:[—–]|-(?=\s))?\s*(?P<credit>(?i:photos?|pictures?)\s+(?i:by)\s+(?:(?i:the)\s+)?"
    r"(?i:author|writer|reporter|correspondent))\s*$"
)
# "... de la rúa do Vilar. PACO RODRÍGUEZ": the photographer's name alone, in capitals, after
# the caption's sentence (La Voz de Galicia, El País, La Nación print it so).
_CAPS_PERSON_ALONE = re.compile(
    # (the Inquirer sets a dash before it: "... on Sunday. —JANE A. ROE")
    # (a later word may be an initial or a suffix with its stop: "JANE A. ROE", "ROE JR.")
    rf"{_AFTER_CAPTION}(?:[—–]\s*|-\s+)?(?P<person>[{_CAPITAL}][{_CAPITAL}'’\-]+"
    rf"(?:\s+[{_CAPITAL}](?:[{_CAPITAL}'’\-]+\.?|\.)){{1,3}})"
    r"\s*$"
)
# "... on Wednesday morning. Jane Roe, USA TODAY": a person, then after a comma an outlet.
_PERSON_THEN_OUTLET = re.compile(
    rf"{_AFTER_CAPTION}(?P<person>{_P}),\s+(?P<org>(?:The\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,3}})"
    r"\s*$"
)


# "... le 28 juin 2024. JANE ROE POUR « LE MONDE »": a photographer in capitals, then "for"
# in the paper's language and the paper (Le Monde, El País, Folha print it so).
_CAPS_FOR_PAPER = re.compile(
    rf"{_AFTER_CAPTION}(?P<person>[{_CAPITAL}][{_CAPITAL}'’\-]+(?:\s+[{_CAPITAL}][{_CAPITAL}'’\-]+){{1,3}})"
    # the paper in guillemets or quotes, or opening with an article ("PARA EL PAÍS"): a
    # slogan in capitals ("JANE ROE PARA PRESIDENTE") names no paper
    r"\s+(?:POUR|PARA|PER|FÜR|VOOR)\s+(?:[«\"“]\s*(?P<quoted>[^«»\"“”()]{2,40}?)\s*[»\"”]"
    r"|(?P<org>(?:LE|LA|LES|EL|O|A|IL|LO|DER|DIE|DAS|DE|HET)\s+[^()]{2,36}?))\s*$"
)
# "... no centro - Jane Roe - 12.mar.2024/Folhapress": the day the photo was taken between the
# photographer and the agency (Folha de S.Paulo's form).
_DATED_CREDIT = re.compile(
    rf"\s[-–—]\s(?P<person>{_P})\s[-–—]\s\d{{1,2}}\.[a-zç]{{3,4}}\.\d{{4}}\s*/\s*"
    r"(?P<org>[A-Z][\w.&'’\- ]{1,30}?)\s*$"
)
# "... schooner. Public domain via Wikimedia Commons": a picture free of rights.
_PUBLIC_DOMAIN = re.compile(
    rf"{_AFTER_CAPTION}(?P<credit>(?i:public\s+domain)(?:\s+(?i:via)\s+[A-Z][\w.&'’\- ]{{1,40}}?)?)\s*$"
)


# A desk's word alone after the caption's sentence: "... in Montego Bay. Contributed"; or
# "Contributed" set off by a spaced hyphen or en dash, as the paper sets off a photographer's
# credit there ("... on Tuesday. - Contributed" beside "... on Tuesday. - Jane Roe/Photographer":
# The Gleaner's). The other words after a dash end community briefs and quotes ("... by
# Remembrance Day. — Submitted", "... get to swimmers faster.\" - Supplied"), no caption.
_TAIL_DESK_WORD = re.compile(
    rf"{_AFTER_CAPTION}(?:[-–]\s+(?=(?:Contributed|CONTRIBUTED)\s*$))?(?P<credit>Contributed|CONTRIBUTED|Supplied|SUPPLIED|Submitted|SUBMITTED"
    r"|Handout|HANDOUT|Special Arrangement|SPECIAL ARRANGEMENT)\s*$"
)
_DASHED_DESK_WORD = re.compile(rf"{_AFTER_CAPTION}[-–]\s+(?:Contributed|CONTRIBUTED)\s*$")


def dashed_desk_word(line: str) -> bool:
    """`... on Tuesday. - Contributed`: the desk's word set off by a dash after the caption's
    sentence, which a community brief's last paragraph may end in too (its writer's note)."""
    return _DASHED_DESK_WORD.search(line) is not None


# "Representational image PTI", "Representative photo: Reuters".
_REPRESENTATIONAL = re.compile(
    # "(Representational image)(REUTERS)": Hindustan Times brackets both
    r"\(?(?i:representational|representative)\s+(?i:image|photo|picture|pic)\)?\s*(?P<mark>[.:|\-–—]?)\s*"
    r"\(?(?P<agency>[A-Z][\w&\-]*(?: [A-Z][\w&\-]*){0,2})\)?\s*"
)
# A credit's label words standing where the source's name should ("Representational Image |
# Photo Credit", the name cut off by the copy).
_REP_LABEL_WORDS = frozenset(
    {"photo", "photos", "credit", "credits", "file", "image", "images", "pic", "picture"}
)
# "... on Monday. Jane Roe | BDN": a person, a bar, an outlet after the caption's sentence.
_PERSON_BAR_OUTLET = re.compile(
    # "... neighborhood branches.Jane Roe | For NJ.com": or glued to the caption's stop (two
    # spans of the page run together, Advance's sites), as _NAME_SEP_EMAIL reads it
    rf"(?:{_AFTER_CAPTION}|(?<=[a-z]{{2}}[.!?]))(?P<credit>(?P<person>{_P})\s+\|\s+(?P<org>[A-Z][\w.&'’\- ]{{1,40}}?))\s*$"
)
# "For the Herald", "Special to The Paper": the paper a freelance's picture was taken for.
_FREELANCE_FOR = re.compile(r"^(?i:for|special\s+to)\s+(?:(?i:the)\s+)?(?=[A-Z])")
# "... are located. — VNS Photo Jane Roe": a dash, a desk's initials and "Photo", the person.
_DASHED_DESK_PHOTO = re.compile(
    rf"{_AFTER_CAPTION}(?:[—–]|-(?=\s))\s*(?P<credit>(?P<desk>[A-Z]{{2,8}})\s+(?:Photo|PHOTO)\s+"
    rf"(?P<person>{_P}))\s*$"
)
# A paper's word for a picture from its own files, printed after a dash as the whole credit
# ("— Filepic", Malaysian papers' form).
_FILE_DESK_WORDS = frozenset({"filepic", "file pic", "file photo", "filephoto"})
# "JANE ROE VIA GETTY IMAGES", "BLOOMBERG VIA GETTY IMAGES" after the caption's sentence.
_CAPS_VIA = re.compile(
    rf"{_AFTER_CAPTION}(?P<credit>(?P<source>[{_CAPITAL}][{_CAPITAL}.'’\-]*(?:\s+[{_CAPITAL}][{_CAPITAL}.'’\-]*){{0,3}})"
    r"\s+VIA\s+(?P<agency>[A-Z][A-Z&.\-]*(?:\s+[A-Z][A-Z&.\-]*){0,2}))\s*$"
)
# "PHOTO | JANE ROE | NATION MEDIA GROUP": a label, then the credit's parts between bars.
_LABELLED_BARS = re.compile(
    # "... on August 15, 2022.| Photo | Jane Roe | Nation Media Group": a bar may also stand
    # before the label, right after the caption's stop (the Nation's and the Monitor's pages)
    rf"(?:{_AFTER_CAPTION}|(?<=[.!?”\"’)])\s*\|\s*)(?:PHOTOS?|Photos?|IMAGE|Image|FOTO|Foto)\s*\|\s*"
    r"(?P<credit>[A-Z][^|]{1,40}?(?:\s*\|\s*[A-Z][^|]{1,40}?){0,2})\s*$"
)
# The same credit, the whole line: the label, then two or three parts between bars.
_LABELLED_BARS_LINE = re.compile(
    r"(?:PHOTOS?|Photos?|IMAGE|Image|FOTO|Foto)\s*\|\s*"
    r"(?P<credit>[A-Z][^|]{1,40}?(?:\s*\|\s*[A-Z][^|]{1,40}?){1,2})\s*"
)


def _words_of_caption(name: str, caption: str) -> bool:
    """Whether a word of `name` (three letters or more) stands in the caption's words too."""
    said = {w.strip(".,;:!?\"'“”‘’()").casefold() for w in caption.split()}
    return any(len(w) >= 3 and w.casefold() in said for w in name.split())


# Words in capitals that join a slogan's or a heading's words, never a name's.
_CAPS_FUNCTION_WORDS = frozenset(
    "PARA POUR POR PER FOR CON WITH SIN VOOR FÜR ET AND OR TO IN ON AT".split()
)


def _header_tail_credit(text: str) -> Credit | None:
    """Caption tails read only above the story, where a caption is expected: a wire after a
    dash, a photographer's name alone in capitals. Each needs a caption of four words or more before it, in mixed case (a line all in
    capitals is a headline or a dateline)."""
    unmarked = _strip_markers(text)  # "... archivo. - EUROPA PRESS - Archivo"
    if (m := _DASHED_WIRE.search(unmarked)) is not None and len(text[: m.start()].split()) >= 4:
        org = m.group("org")
        printed = text[m.start("org") :].strip()  # the credit as printed, its marker too
        from archiver.extract.agencies import is_wire_source
        from archiver.extract.bylines import name_list
        from archiver.extract.gazetteer import is_known_place

        if _is_agency(org) or is_wire_source(org):
            return Credit(printed, None, org)
        # "... on Murree Road. — White Star": a desk or a person after the dash, as papers in
        # Pakistan and Malaysia print it (capitalised words, no place, no headline's words)
        if len(org.split()) <= 3 and not is_known_place(org) and name_list(org) is not None:
            return Credit(org, _clean_person(org), None)
        if _CAPS_BRANCH.fullmatch(org) is not None and unmarked[m.start() :].lstrip()[:1] in "—–":
            # "... off Donsol, Sorsogon. —WWF-PHILIPPINES", "—PNP-BICOL": an office in
            # capitals joined by a hyphen to its branch or region, after the caption's dash
            # (the Inquirer's and other Philippine papers' credits); no person's name, no
            # word of a sentence
            return Credit(org, None, None)
    if (m := _dashed_screen_grab(text)) is not None and len(text[: m.start()].split()) >= 4:
        return Credit(m.group("credit"), None, m.group("org"))
    if (m := _CAPS_PERSON_ALONE.search(text)) is not None:
        before = text[: m.start()]
        if len(before.split()) >= 4 and not before.isupper():
            from archiver.extract.bylines import name_list
            from archiver.extract.gazetteer import is_known_place

            person = m.group("person")
            if (
                not set(person.split()) & _CAPS_FUNCTION_WORDS
                and name_list(person.title()) == [person.title()]  # "READ MORE" is a button
                and not is_known_place(person)
                and (cleaned := _clean_person(person)) is not None
            ):
                return Credit(person, cleaned, None)
    return None


def _person_and_outlet(m: re.Match[str]) -> Credit | None:
    """A person, then an outlet: a known agency, a newspaper's name, or two or more words in
    capitals ("USA TODAY"; one word in capitals is as often a title, "CEO")."""
    person, org = _clean_person(m.group("person")), m.group("org")
    outlet = (
        _is_agency(org)
        or OUTLET_NAME.match(org.title()) is not None
        or _OUTLET_WORD.search(org.title()) is not None
        or (org.isupper() and len(org.split()) >= 2)
    )
    if person is None or not outlet:
        return None
    return Credit(f"{m.group('person')}, {org}", person, org)


def _one_name(text: str) -> bool:
    """One person's name, two to four words, and no place ("(Jane Roe)", not "(New Delhi)")."""
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place

    words = text.split()
    if any(w.isupper() and len(w) <= 4 for w in words):
        return False  # "(UN OCHA)": an organisation's initials
    return 2 <= len(words) <= 4 and name_list(text) == [text] and not is_known_place(text)


# A paragraph's last words: a word and the sentence's stop, a closing quote or bracket after
# it ("... according to a department statement."), not a time's "p.m." nor a bare name.
_PARAGRAPH_END = re.compile(r"\w\w[.!?][\"”’)]?\s*$")


def _between_paragraphs(above: str | None, below: str | None) -> bool:
    """`above` ends a paragraph of prose and `below` opens one: a line of a story's running
    text on each side, not a list's name, a time or a venue."""
    if not above or not below or _PARAGRAPH_END.search(above) is None:
        return False
    return len(below.split()) >= 6 or _PARAGRAPH_END.search(below) is not None


def bracketed_agency_alone(
    line: str, above: str | None = None, below: str | None = None
) -> Credit | None:
    """A picture agency, a stock library or a lending office alone in brackets on a line of
    its own ("(123rf)", "(Getty Images)", "(Dorset Police)"): a picture's credit with no
    caption, where the story goes on around it (a news wire alone in brackets signs the story
    off, and is left to the caller). `above` and `below`: the nearest lines of text around
    it, which must be the story's paragraphs for an office's name to be read so."""
    text = line.strip()
    if (marker := _IMAGE_MARKER.match(text)) is not None:
        # "[Image] BTA Photo": a text browser's picture and the credit printed beside it
        rest = text[marker.end() :]
        return find_credit(rest, in_header=True) if is_credit_line(rest) else None
    m = re.fullmatch(r"[(\[]\s*(?P<name>[^()\[\]]{2,40}?)\s*[)\]]", text)
    if m is None:
        return None
    name = m.group("name")
    if is_institution(name) and not _is_agency(name):
        # "(Gwinnett County Police Department)" between two paragraphs: the office that gave
        # out a picture whose caption the page left out (local stations' pages); a story's
        # own aside in brackets is a sentence, not an office's name alone. Under a name or a
        # time ("Maria Lopez" / "(Boise State University)", "6 p.m." / "(Boise Public
        # Library)") it is a list's affiliation or venue, and "(Retired, Boise Police
        # Department)" under a letter is its writer's post: no credit
        if "," in name or not _between_paragraphs(above, below):
            return None
        return Credit(name, None, None)
    if name.lower() in _PICTURE_LIBRARIES:
        return Credit(name, None, name)  # "(Google Street View)": a library no agency list has
    if not _is_agency(name) or name.lower() in _NOT_ALONE or _wire(name):
        return None
    return Credit(name, None, name)


def bracketed_office(line: str) -> Credit | None:
    """A lending office's name alone in brackets on its line ("(Knox County Sheriff's
    Office)"), no news agency and no post after a comma: the credit of a picture whose caption
    the page left out. The caller says where it stands (a story's aside or a list's venue in
    brackets is no credit)."""
    m = re.fullmatch(r"\(\s*(?P<name>[^()\[\],]{2,60}?)\s*\)", line.strip())
    if m is None or not is_institution(name := m.group("name")) or _is_agency(name):
        return None
    return Credit(name, None, None)


# "Daniel Okonkwo (Orange County Sheriff's Office)": a booking photo's caption, the person's
# name alone, then the office that gave the picture out, in brackets.
_NAMED_THEN_BRACKET = re.compile(
    r"[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+)){1,3} (?P<bracket>\([^()]{2,60}\))"
)


# The offices that hand out booking photos: a person's name over one is a mug shot's caption.
_BOOKING_OFFICE = re.compile(
    r"\b(?:Sheriff['’]s|Police|Jail|Corrections|Correctional|Detention|Marshals?)\b"
)


def named_office_caption(line: str) -> Credit | None:
    """A person's name alone with a lending office in brackets after it ("Daniel Okonkwo
    (Orange County Sheriff's Office)"): a booking photo's caption and its credit. The caller
    asks it only under a headline (in a list, "Jane Roe (Boise State University)" is a
    speaker's affiliation)."""
    m = _NAMED_THEN_BRACKET.fullmatch(line.strip())
    office = bracketed_office(m.group("bracket")) if m is not None else None
    if office is None or _BOOKING_OFFICE.search(office.credit) is None:
        return None  # "Jane Roe (Boise State University)": a columnist's or speaker's post
    return office


# A person's name alone, perhaps with the age after a comma: "Jane Roe", "Jane A. Roe, 34".
_NAMED_PERSON_AGED = re.compile(r"[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}(?:, \d{1,3})?")


def booking_office_under_name(caption: str, line: str) -> Credit | None:
    """A person's name alone ("Jeremy Tolliver", "Dontavious Keller, 27") over an office
    that hands out booking photos, alone on the next line ("Volusia Sheriff's Office"): a
    mug shot's caption and its credit, as "Jane Roe (Orange County Sheriff's Office)" is on
    one line (named_office_caption). A school or a council under a name is the person's
    post, no credit."""
    name = line.strip()
    # in capitals too ("VOLUSIA SHERIFF'S OFFICE", as USA Today's network sets credits),
    # weighed in title case
    titled = " ".join(w.capitalize() for w in name.split()) if name.isupper() else name
    if _NAMED_PERSON_AGED.fullmatch(caption.strip()) is None or not is_institution(titled):
        return None
    if _BOOKING_OFFICE.search(titled) is None or _is_agency(titled):
        return None
    return Credit(name, None, None)


def own_source_alone(line: str, source: str | None) -> Credit | None:
    """The outlet that the story's dateline names as its source alone in brackets on a line
    of its own ("(WVLT)" under "KNOXVILLE, Tenn. (WVLT) - ..."), which the caller asks only
    between the story's paragraphs: a TV station's or paper's own picture, its caption lost
    (a news wire's name there is left alone: it signs copy off)."""
    if not source:
        return None
    m = re.fullmatch(
        r"\(\s*(?:(?i:source|photo|credit)\s*:\s*)?(?P<name>[^()]{2,30}?)\s*\)", line.strip()
    )
    if m is None or m.group("name").casefold() != source.casefold() or _wire(source):
        return None
    return Credit(m.group("name"), None, m.group("name"))


# "© Reuters. FILE PHOTO: A jet taxis at Changi Airport.": a copyright sign and an agency's
# name, a stop, then the caption (Investing.com and other finance sites set their lead
# picture's credit first so).
_RIGHTS_OPENS_CAPTION = re.compile(r"^©\s?(?P<name>[A-Z][\w&'’\- ]{1,30}?)\.\s+(?=[A-Z])")
# A rights notice's own words after the sign ("© Reuters. Reuters content is the intellectual
# property of Thomson Reuters."): a notice, no caption.
_RIGHTS_NOTICE_WORDS = re.compile(
    r"\b(?:rights?|reserved|intellectual|property|content|copyright|licen[cs]|permission"
    r"|reproduc|redistribut|trademark|prohibited)",
    re.IGNORECASE,
)


def rights_opened_caption(line: str) -> Credit | None:
    """The agency a line's opening copyright sign names, where a caption's words follow it
    ("© Reuters. FILE PHOTO: A Singapore Airlines jet taxis ..."): the lead picture's credit,
    printed first. An agency's name only ("© 2024 The Paper. All rights reserved." names none),
    and a caption of four words or more after it."""
    m = _RIGHTS_OPENS_CAPTION.match(line.strip())
    if m is None or not _is_agency(name := m.group("name")):
        return None
    rest = line.strip()[m.end() :]
    if len(rest.split()) < 4 or _RIGHTS_NOTICE_WORDS.search(rest) is not None:
        return None  # "© Reuters. Reuters content is the intellectual property of ...": a notice
    return Credit(name, None, name)


def own_paper_under_caption(caption: str, line: str, page_names: list[str]) -> Credit | None:
    """A person's name and the page's own paper after a comma on the line under a caption's
    sentence ("Firefighters work at the apartments on Tuesday." / "Daniel Ochoa, Tulsa World"
    on the Tulsa World's page): the paper's staff photographer. The caller asks only in the
    story, above its last sentence and under a byline naming its writer, and leaves the line
    alone when it names that writer (a roundup's item signed off so). `page_names`: the lines
    where the page names itself (its masthead, its byline block)."""
    text = " ".join(line.split())
    if len(text) > 80 or not ends_caption(caption) or len(caption.split()) < 4:
        return None
    if _SCHEDULE_WORDS.search(caption) is not None:
        return None  # "... Saturday from 10 a.m. to 4 p.m." / "Jane Roe, Tulsa World": a roundup
    if text[:3].lower() == "by ":
        return None  # "By Jane Roe, County News": a photographer's "By" line, read as printed
    m = _PERSON_AND_OUTLET.fullmatch(text)
    if m is None or ", " not in text:
        return None
    outlet = m.group("outlet").strip()
    if len(outlet.split()) < 2 or not any(
        outlet.casefold() in name.casefold() for name in page_names
    ):
        return None
    person = _clean_person(m.group("person"))
    return Credit(text, person, outlet) if person is not None else None


# A sentence that points the reader at an embed rather than describing a picture: "Watch the
# chief's full news conference below.", "See the video above."
_POINTER_SENTENCE = re.compile(
    r"^(?:Watch|See|Listen|Click|Tap|Read|View|Hear)\b|\b(?:below|above)\W*$", re.IGNORECASE
)
# A caption's sentence that lists an event's times ("... Saturday from 10 a.m. to 4 p.m."):
# an item in a roundup of things to do, signed by its writer, no picture's caption.
_SCHEDULE_WORDS = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.|\b(?:[Tt]ickets|[Aa]dmission)\b")


def own_source_under_caption(caption: str, line: str, source: str | None) -> Credit | None:
    """The outlet that the story's dateline names as its source alone on the line under a
    caption's sentence, no brackets ("Crews spray the roof late Thursday." / "WTVD" under
    "RALEIGH, N.C. (WTVD) -- ..."): the station's or paper's own picture. A news wire's name
    there signs the story off, so it is left alone, as is a line under a story's sentence
    (four words or more, ending it, is the caller's test of a caption)."""
    if not source or _wire(source) or line.strip().casefold() != source.casefold():
        return None
    if not ends_caption(caption) or _POINTER_SENTENCE.search(caption) is not None:
        return None  # "Watch the chief's news conference below." / "KOMO": an embed's label
    name = line.strip()
    return Credit(name, None, name)


def _photographer_in_brackets(inner: str, before: str) -> Credit | None:
    """A photographer's name alone in the brackets that close a caption printed without its
    stop, in AFP's style (the surname in capitals: "Alain JOCARD", "JULIEN DE ROSA"), as
    Yahoo and other AFP clients print it. A story's paragraph ends in a stop, and the
    capitals tell the name from a person the caption names ("(Jane Roe)")."""
    words = inner.split()
    if not 2 <= len(words) <= 4 or not _caption_before(before) or len(before.split()) < 6:
        return None
    last = words[-1]
    if not (last.isupper() and len(last) >= 2 and last.isalpha()):
        return None
    if not inner.isupper() and not all(w[:1].isupper() and not w.isupper() for w in words[:-1]):
        return None  # "Alain JOCARD": the given names in Title Case, the surname in capitals
    if (
        inner.isupper()
        and len(words[0]) <= 3
        or _ORG_WORDS.search(inner)
        or _LENDER_WORDS.search(inner)
    ):
        return None  # "(UN OCHA)", "(ANC YOUTH LEAGUE)": an organisation's initials or words
    from archiver.extract.bylines import looks_like_name, name_list
    from archiver.extract.gazetteer import is_known_place

    cased = inner.title()
    if (
        _is_agency(inner)
        or is_known_place(cased)
        or set(words) & _CAPS_FUNCTION_WORDS
        or name_list(cased) != [cased]
        or not looks_like_name(cased)
        or (person := _clean_person(inner)) is None
    ):
        return None
    return Credit(inner, person, None)


# A name joined by a hyphen to its agency after a caption's stop ("Jane Roe-USA TODAY
# Sports"); the caller checks the agency is a known one.
_HYPHEN_AGENCY_TAIL = re.compile(
    rf"(?<=[.!?”\"’])\s+(?P<credit>(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}})"
    r"-(?P<agency>[A-Z][\w&.' ]{1,40}?))\s*$"
)


def _caption_tail_credit(text: str, in_header: bool) -> Credit | None:
    """Credits at a caption's end in the forms of regional and national papers that the main
    grammar does not read. Each names its own evidence: a person with an outlet, a desk with
    the word "photo", a known agency, or an organisation's office, after the caption's
    sentence (or in brackets that close it)."""
    caption_words = len(text.split())
    if (
        "-" in text[-80:]
        and caption_words >= 5
        and (m := _HYPHEN_AGENCY_TAIL.search(text[-80:])) is not None
        and _is_agency(m.group("agency"))
        and (person := _clean_person(m.group("person"))) is not None
    ):
        # "... since surgery last July. Jane Roe-USA TODAY Sports": the photographer joined
        # by a hyphen to the agency that sends the picture out (USA TODAY Sports', Imagn's
        # house style), after the caption's sentence
        return Credit(m.group("credit"), person, m.group("agency"))
    if (m := _TAIL_DESK_WORD.search(text)) is not None and caption_words >= 5:
        # "... in Montego Bay. Contributed": the desk's word for a picture lent to the paper,
        # alone after the caption's sentence (no story's paragraph ends in it)
        return Credit(m.group("credit"), None, None)
    if " | " in text and (m := _PERSON_BAR_OUTLET.search(text)) is not None and caption_words >= 6:
        # "... on Monday. Jane Roe | BDN": the photographer, a bar, the paper or agency;
        # "Jane Roe | For the Herald": a freelance's picture, the paper it was taken for;
        # "Jane Roe | For NJ.com": a news site's address is its name (Advance's sites)
        org = _FREELANCE_FOR.sub("", m.group("org").strip())
        if (
            _is_agency(org)
            or OUTLET_NAME.match(org)
            or _SITE_NAME.fullmatch(org)
            or (_INITIALS.fullmatch(org) and org not in _TITLE_INITIALS)
        ) and (person := _clean_person(m.group("person"))) is not None:
            return Credit(m.group("credit").strip(), person, org)
    if (m := _DASHED_DESK_PHOTO.search(text)) is not None and caption_words >= 6:
        # "... are located. — VNS Photo Jane Roe": a desk's "Photo", then the photographer
        if (person := _clean_person(m.group("person"))) is not None:
            return Credit(m.group("credit"), person, m.group("desk"))
    if " VIA " in text and (m := _CAPS_VIA.search(text)) is not None and caption_words >= 6:
        # "... near Wyanet, Illinois. JANE ROE VIA GETTY IMAGES" (HuffPost prints its credits
        # in capitals): a person or an agency, then the agency that distributed the picture
        source, agency = m.group("source"), m.group("agency")
        if _is_agency(agency):
            if _is_agency(source):
                return Credit(m.group("credit"), None, source)
            if (alone := _caps_person_alone(source)) is not None:
                return Credit(m.group("credit"), alone.photographer, agency)
    if " | " in text and (
        (m := _LABELLED_BARS.search(text)) is not None
        and caption_words >= 6
        # "PHOTO | JANE ROE | NMG" on a line of its own under the caption's (an e-paper's
        # text keeps the column's lines): the picture's label opening it says what it is
        or (in_header and (m := _LABELLED_BARS_LINE.fullmatch(text)) is not None)
    ):
        # "... in Nairobi. PHOTO | JANE ROE | NATION MEDIA GROUP", "PHOTO | FILE | NATION
        # MEDIA GROUP": the label, the photographer (or the file), the paper's group
        parts = [p.strip() for p in m.group("credit").split("|")]
        org = parts[-1]
        first = parts[0] if len(parts) > 1 else ""
        initials = (  # "PHOTO | JANE ROE | NMG": the group's initials after a person's name
            _INITIALS.fullmatch(org) is not None  # or after the file's ("PHOTO | FILE | NMG")
            and org not in _TITLE_INITIALS
            and (_clean_person(first) is not None or first.lower() in ("file", "file photo"))
        )
        if initials or _is_agency(org) or _ORG_WORDS.search(org) or OUTLET_NAME.match(org.title()):
            person = None if first.lower() in _NOT_A_PARTY else _clean_person(first) or None
            return Credit(m.group("credit"), person, org)
        if (
            len(parts) == 1
            and org.isupper()
            and (alone := _caps_person_alone(org)) is not None
            and not _words_of_caption(org, text[: m.start()])
        ):
            # "... during the protest yesterday. PHOTO | JANE ROE" (the Daily Monitor's
            # captions): the label, then the photographer alone, the group's name left off
            # (a caption never names who took its picture: "The vote is on Friday. PHOTO |
            # SENATE VOTE" repeats the caption's word, a heading's, no one's name)
            return Credit(org, alone.photographer, None)
    if (b := _BRACKET_TAIL.search(text)) is not None:
        inner = b.group("inner").strip()
        before = text[: b.start()].rstrip()
        ended = not before or _SENTENCE_END.search(before) is not None
        if (m := _FOR_OUTLET.fullmatch(inner)) or (m := _DESK_PHOTO_SLASH.fullmatch(inner)):
            person = _clean_person(m.group("person"))
            return Credit(inner, person, m.group("org")) if person else None
        if (m := _DESK_PHOTO_ALONE.fullmatch(inner)) is not None and before:
            return Credit(inner, None, m.group("org"))  # "(Petra photo)": the desk's own
        if (
            (m := _INITIALS_IMAGE.fullmatch(inner)) is not None
            and before
            and m.group("org") not in _NO_FILE_OWNER_CAPS
        ):
            # "(WLUK image)", "(NASA image)": a station's call letters or a body's initials and
            # "image", the desk's own picture; a word's ("Satellite image") names no one
            return Credit(inner, None, m.group("org"))
        if (
            not ended
            and (in_header or _DEPICTING_OPENING.match(before) is not None)
            and _ORG_LENDER.fullmatch(inner) is not None
            and _caption_before(before)
            and caption_words <= _CAPTION_WORDS
        ):
            # "Youth housing in western Seoul (Seoul Metropolitan Government)" above the story,
            # "A rendering of the planned park (Seoul Metropolitan Government)" amid it: the
            # office that lent the picture, after a caption printed without its stop (in the
            # body the caption must say it shows a picture: a rendering, a view, a map)
            return Credit(inner, None, None)
        if (not ended or before[-1:].isdigit()) and (
            named := _photographer_in_brackets(inner, before)
        ) is not None:
            # "... extended their strike (JULIEN DE ROSA)", "(Alain JOCARD)"; AFP's captions
            # close on the picture's date, no stop ("... on May 5, 2023 (Jane ROE)")
            return named
        if not ended or caption_words > 60:
            return party_tail_credit(text, in_header)
        if " via " in inner and (via := _credit_before_via(inner)) is not None:
            # "(Jane Roe, The Colorado Sun via Report for America)": the photographer and the
            # paper, then the program or service the picture came through
            return via
        if _PERSON_SLASH_LONG_OUTLET.fullmatch(inner) is not None:
            found = split_credit(inner)  # which side is the person: "Outlet/Jane Roe" too
            return found if found.photographer else None
        if (m := _PERSON_COMMA_OUTLET.fullmatch(inner)) is not None:
            person = _clean_person(m.group("person"))
            return Credit(inner, person, m.group("org")) if person else None
        if (m := _ORG_LENDER.fullmatch(inner)) is not None and len(before.split()) >= 4:
            return Credit(inner, None, None)  # the office that lent the picture
        if in_header and _initialisms(inner) and len(before.split()) >= 4:
            # "... sold in 29-ounce bags. (USDA FSIS)": an agency and its service by their
            # initials, in brackets after the caption above the story
            return Credit(inner, None, None)
        return party_tail_credit(text, in_header)
    if (m := _BARE_LABEL.search(text)) is not None:
        credit = m.group("credit")
        if _is_agency(credit):
            return Credit(credit, None, credit)
        found = split_credit(re.sub(r"\s+para\s+", " for ", credit))
        if found.photographer:
            return found
    if (m := _CAPS_PERSON_OUTLET.search(text)) is not None:
        person, outlet = _clean_person(m.group("person")), m.group("org")
        cased = outlet.title().replace("-", " ")
        if person and (OUTLET_NAME.match(cased) or _OUTLET_WORD.search(cased)):
            return Credit(f"{m.group('person')}, {outlet}", person, outlet)
    if (
        text[-1:].isupper()
        and (m := _CAPS_RUN_TAIL.search(text)) is not None
        and len(text[: m.start()].split()) >= 4
        and not text[: m.start()].isupper()
        and (run := caps_person_outlet(m.group("run"))) is not None
    ):
        # "... at city hall. VINCE TALOTTA TORONTO STAR": in the story too, no paragraph of
        # prose ends in a name and a paper's name in capitals with no stop after them
        return run
    if (m := _UNSTOPPED_MARK_AGENCY.search(text)) is not None and caption_words >= 6:
        # "Jane Roe brought up his hundred off 104 balls • Getty Images" (ESPN's pages set
        # the caption with no stop, the credit after a bullet): picture agencies only
        org = m.group("org").strip()
        # (a wire's sign-off glued to a sentence has no picture's date before it: "•PTI" after
        # the date is the picture's agency)
        if all(_is_agency(part) for part in org.split("/")) and (
            m.group("dated") or org.lower() not in _NOT_ALONE
        ):
            return Credit(org, None, org)
    if " | " in text and (m := _BAR_AGENCY.search(text)) is not None:
        org = m.group("org").strip()
        if _is_agency(org) and org.lower() not in _NOT_ALONE:
            return Credit(org, None, org)
        if (
            (_is_agency(org) or _AGENCY_INITIALS.fullmatch(org))
            and org not in _TITLE_INITIALS
            and _short_caption_sentence(text[: m.start()])
            and not _region_code(org)
        ):
            # an agency's code after a caption's one short sentence and a bar ("Shoppers in
            # a market in Buenos Aires. | NA", Noticias Argentinas as the Buenos Aires Times
            # credits it; "| PTI"): the bar sets the credit off; a story's paragraph signed
            # by its wire runs longer, or to more than one sentence
            return Credit(org, None, org)
    if " / " in text and (m := _SLASH_OUTLET.search(text)) is not None:
        org = m.group("org").strip()
        if org.startswith("The ") or OUTLET_NAME.match(org) or _is_agency(org):
            return Credit(org, None, org)
    if (m := _DESK_PHOTO_TAIL.search(text)) is not None and (
        # a graphics desk is named by its initials or a known agency's name ("ST GRAPHICS",
        # "Reuters Graphics"); "... on the map. More Graphics", "INTERACTIVE GRAPHICS", "VIEW
        # ALL GRAPHICS" are links' labels
        not m.group("graphic")
        or (
            re.fullmatch(r"[A-Z]{2,4}", m.group("org")) is not None
            and m.group("org") not in _GRAPHICS_LINK_WORDS
        )
        or OUTLET_NAME.match(m.group("org")) is not None
        or _is_agency(m.group("org"))
    ):
        return Credit(m.group("credit"), None, m.group("org"))
    if (m := _CAPS_PERSON_AGENCY.search(text)) is not None and _is_agency(m.group("org")):
        person = _clean_person(m.group("person"))
        if person is not None:
            return Credit(f"{m.group('person')} {m.group('org')}", person, m.group("org"))
    if (m := _DASHED_PERSON_AGENCY.search(text)) is not None and _is_agency(m.group("org")):
        person = _clean_person(m.group("person"))
        if person is not None:
            return Credit(f"{m.group('person')} - {m.group('org')}", person, m.group("org"))
    if (m := _GLUED_SLASH.search(text[-90:])) is not None and (
        _is_agency(m.group("org"))
        or OUTLET_NAME.match(_and_of(m.group("org"))) is not None
        # "The Times of India": a paper's word, then what it is of
        or (m.group("org").startswith("The ") and _OUTLET_WORD.search(m.group("org")) is not None)
    ):
        # "...on Nov. 29, 2022.Jane Roe/The Globe and Mail": a figure's credit run into its
        # caption's stop, an agency or a newspaper after the slash
        person = _clean_person(m.group("person"))
        if person is not None:
            return Credit(m.group("credit"), person, m.group("org"))
    if (m := _PERSON_THEN_OUTLET.search(text)) is not None and 4 <= len(
        text[: m.start()].split()
    ) <= (60 if in_header else 40):
        # in the story too: a paragraph never ends in a name and an outlet without a stop
        if (paired := _person_and_outlet(m)) is not None:
            return paired
    if (
        (m := _DASHED_WIRE.search(text)) is not None
        and m.group("org").lower() in _FILE_DESK_WORDS
        and len(text[: m.start()].split()) >= 4
    ):
        # "... in this file photo. — Filepic": the paper's own word for a picture from its
        # files, which no story is signed with (in the story too)
        return Credit(m.group("org"), None, None)
    unmarked = _strip_markers(text)
    if unmarked != text and (m := _DASHED_WIRE.search(unmarked)) is not None:
        # "... de archivo. - EUROPA PRESS - Archivo": the file marker says photo, also in the
        # story (where a wire's name after a dash alone would be its sign-off)
        org = m.group("org")
        if len(text[: m.start()].split()) >= 4 and _is_agency(org):
            return Credit(text[m.start("org") :].strip(), None, org)
    if (m := _CAPS_FOR_PAPER.search(text)) is not None and len(text[: m.start()].split()) >= 4:
        person = _clean_person(m.group("person"))
        if person is not None:
            paper = m.group("quoted") or m.group("org")
            return Credit(text[m.start("person") :].strip(), person, paper)
    if (m := _DATED_CREDIT.search(text)) is not None and len(text[: m.start()].split()) >= 4:
        person = _clean_person(m.group("person"))
        if person is not None:
            return Credit(text[m.start("person") :].strip(), person, m.group("org"))
    if (m := _PUBLIC_DOMAIN.search(text)) is not None and len(text[: m.start()].split()) >= 4:
        return Credit(m.group("credit"), None, None)
    if (m := _BY_THE_WRITER.search(text)) is not None and len(text[: m.start()].split()) >= 4:
        return Credit(m.group("credit"), None, None)
    if "/" in text[-40:] and (slashed := _slash_code_tail(text, in_header)) is not None:
        return slashed
    if in_header and (header := _header_tail_credit(text)) is not None:
        return header
    return party_tail_credit(text, in_header)


# "... in Nairobi on June 17, 2021. /CFM", "... at the launch. /COURTESY", "... on Monday.
# /AFP/Jane Roe": a slash set against the credit after the caption's stop (Kenyan and other
# East African sites print their credits so), a space before the slash and none after it.
_SLASH_CODE_TAIL = re.compile(
    rf"{_AFTER_CAPTION}/(?P<credit>(?P<org>[A-Z][A-Za-z]{{1,11}})"
    r"(?:/(?P<person>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3}))?)\s*$"
)
# The end-of-story marks a slash may carry ("/ENDS"), which sign copy off, no picture.
_SLASH_NOT_CREDIT = frozenset({"END", "ENDS", "MORE", "NNNN", "XXX"})


def _slash_code_tail(text: str, in_header: bool) -> Credit | None:
    """The credit of a caption that ends in `. /CODE`: a desk's word anywhere ("/COURTESY",
    "/FILE"); above the story, a known agency or a paper's initials in capitals ("/AFP",
    "/CFM"), which under a story's paragraph sign the copy off, no picture. Four words of
    caption or more before it."""
    m = _SLASH_CODE_TAIL.search(text[-120:])
    if m is None or len(text[: len(text) - len(m.group(0))].split()) < 4:
        return None
    org = m.group("org")
    desk = org.lower() in _DESKS or org.lower() in _DESKS_ALONE
    header = in_header and (
        _is_agency(org)
        or (
            _INITIALS.fullmatch(org) is not None
            and org not in _TITLE_INITIALS
            and org not in _SLASH_NOT_CREDIT
        )
    )
    if not (desk or header):
        return None
    person = _clean_person(m.group("person")) if m.group("person") else None
    return Credit(m.group("credit"), person, None if desk else org)


# "... on Wednesday. (Jane Roe/AFP/Getty Images)", "[File: Jane Roe/AP]", "(Xinhua/Li Wen)",
# "(Kyodo)", "(ABC News: Jane Roe)", "(Image: Jane Roe)", "(Photo: Jane Roe | The Post)",
# "(Supplied)": the credit in brackets at the caption's end.
_BRACKETED = re.compile(
    r"(?:^|(?<=\s))(?P<open>[(\[])\s*(?:(?P<label>(?i:file(?:\s+photo)?|photo\s+credit|image\s+credit|"
    # "(Pictures: BBC/Shutterstock)", "(Photos: Jane Roe)": the label in the plural, for
    # the article's several pictures (Metro, the Mirror)
    # "(Graphic: Business Wire)", "(Illustration: Jane Roe)": a logo's or a drawing's maker
    r"images?|photos?|pictures?|pics?|photographs?|photographer|credit|foto|supplied|courtesy"
    # "(Photo courtesy: Idaho State Police)": the lender's label with its colon, as US local
    # TV stations print it (after a caption of a name alone, with no full stop)
    r"|(?:photos?|images?|pictures?)\s+courtesy"
    r"|graphics?|illustrations?))\s*:\s*"
    # "(foto Ansa)", "(photo Jane Roe)": Italian and other papers print the label bare
    r"|(?P<bare>(?-i:foto|photo|Foto))\s+(?=[A-Z])"
    # "(Photo by Jane Roe/Xinhua)": the label "Photo by", with no colon
    r"|(?P<by>(?i:photos?\s+by))\s+(?=[A-Z])"
    r"|(?P<courtesy>(?i:(?:all\s+)?(?:photos?\s+)?courtesy(?:\s+of)?(?:\s+the)?"
    r"|(?:photos?\s+)?(?:provided|submitted|supplied)\s+by))\s+)?"
    # "[PHOTO CREDIT: @KNHA]": a social-media account credited by its handle
    r"©?\s*(?P<credit>(?:[A-Z]|iS|@(?=\w))[^()\[\]]{1,79}?)\s*\.?\s*[)\]]\s*$"
)
# The desk words that stand where an agency would: "(Jane Roe/Staff)", "(Handout/Reuters)".
_DESKS = {
    "staff",
    "staff photographer",
    "photographer",
    "staff photo",
    "handout",
    "pool",
    "file",
    "supplied",
    "photo",
    "photos",
    "foto",
    "file photo",
}
# "Via Facebook", "via Twitter/@janeroe": a source the picture was taken from, each word of
# its name capitalised or a handle ("Via the river" is prose).
_VIA_WORD = r"(?:@\w+|[A-Z][\w.&'’-]*)"
_VIA_ALONE = re.compile(rf"(?i:via)\s+(?P<first>{_VIA_WORD})(?:(?:\s+|\s*/\s*){_VIA_WORD}){{0,3}}")
# How a meeting or a message reaches people, not where a picture came from: "Via Zoom" under
# "Residents can join the hearing online." is the story's.
_VIA_MEDIA = frozenset(
    "zoom teams skype webex phone telephone email e-mail mail post fax text radio video "
    "videoconference livestream satellite".split()
)


def _via_source(text: str) -> bool:
    """The line is "Via" and a picture's source alone ("Via Facebook", "via @janeroe")."""
    m = _VIA_ALONE.fullmatch(text)
    return m is not None and m.group("first").lower() not in _VIA_MEDIA


# A desk word that is the whole credit: "(Supplied)", "(Handout)".
# "Ti Gong" (提供, "provided"): Shanghai Daily's word for a photo supplied to it.
_DESKS_ALONE = {
    "supplied", "handout", "family handout", "ti gong", "cortesía", "cortesia", "divulgação",
    "divulgacao", "courtesy",
    # "(By special arrangement)": Indian papers' word for a picture the paper was given
    "special arrangement", "by special arrangement",
}  # fmt: skip
_PERSON = re.compile(rf"{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}}")
# A name alone after a caption's full stop (perhaps glued to it, as pages that join the
# caption and its credit print "February 20.Jane Roe"), before its agency's brackets.
_NAME_BEFORE_BRACKET = re.compile(rf"(?<=[a-z\d][.!?])\s*(?P<person>{_PERSON.pattern})\s*$")
# An outlet's photo desk after the person: "(Jane Roe/HT Photo)", "(Jane Roe/AAP PHOTOS)".
_PHOTO_DESK = re.compile(r"[A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*){0,2} (?i:photos?|foto)")
# "(AP Photo/Jane Roe)", "(UPI Photo)": the agency-photo grammar reads these.
_AGENCY_PHOTO_FIRST = re.compile(r"[^/]* (?i:photos?)(?:\s*/.*)?")


# Between a credit's parts: a slash, or a spaced dash ("Jane Roe - Anadolu Agency").
_EDITOR_INITIALS = re.compile(r"\s*/\s*[a-z]{2,4}\.?$")
_PART_SEP = re.compile(r"\s*/\s*|\s+(?:[-–—]|--)\s+")
# "[Editor: Li Wen]", "(Reporter: Jane Roe)": the story's staff, not a photo's credit.
_NOT_PHOTO_ROLE = re.compile(
    r"(?i:(?:chief\s+|copy\s+|managing\s+)?editors?|edited\s+by|reporters?|writers?|translators?"
    r"|translated\s+by|authors?|source|sources|producers?|contact|email|tags?)"
)


# A handout's source before the agency's slash: an organisation's or a company's name in
# capitals, with the small words a name holds ("House of Commons", "Ministry of Defence").
_HANDOUT_SOURCE = re.compile(
    r"[A-Z][\w.&'’\-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w.&'’\-]*){0,4}"
)


def _desk_part(part: str) -> bool:
    if (lent := _LENT_VIA.fullmatch(part)) is not None:
        # "AAP Image via Reuters": an agency's picture service lending through another
        return _is_agency(lent.group("lender")) and _is_agency(lent.group("agency"))
    return _is_agency(part) or part.lower() in _DESKS or bool(_PHOTO_DESK.fullmatch(part))


_LENT_VIA = re.compile(
    r"(?P<lender>[A-Z][\w&'’.\- ]{1,30}?)\s+via\s+(?P<agency>[A-Z][\w&'’.\- ]{1,30})"
)


def _outlet_like(part: str) -> bool:
    """A newspaper's name ("Anchorage Daily News", "The Star") or its initials ("ADN")."""
    return (
        (part.isupper() and part.isalpha() and 2 <= len(part) <= 8)
        or part.startswith("The ")
        or OUTLET_NAME.match(part.replace("-", " ")) is not None
        or _OUTLET_WORD.search(part) is not None
        # "Jane Roe/Special to the Courant": a freelancer's picture for the paper, whatever
        # the paper's name
        or _SPECIAL_TO_OUTLET.match(part) is not None
    )


def _person_beside_outlet(parts: list[str]) -> bool:
    """One part a person's name, the other an outlet: "Jane Roe / ADN", "Daily News/Jane Roe"."""
    people = [p for p in parts if _PERSON.fullmatch(p) and _clean_person(p) is not None]
    rest = [p for p in parts if p not in people]
    return len(people) == 1 and len(rest) == 1 and _outlet_like(rest[0])


# A credit in capitals in square brackets: one to four words ("[YONHAP]", "[HYUNDAI MOTOR]",
# "[KIM SEONG-RYONG]", "[SCREEN CAPTURE]"); a transcript's or an editor's note in the same
# brackets is none.
_CAPS_BOXED = re.compile(r"[A-Z][A-Z0-9&.'-]*(?: [A-Z0-9&.'-]+){0,3}")
_STAGE_NOTES = frozenset(
    {
        "applause",
        "laughter",
        "sic",
        "end",
        "updated",
        "video",
        "audio",
        "crosstalk",
        "inaudible",
        "music",
        "correction",
        "editor's note",
        "advertisement",
        "ad",
        # a page's own labels set in the same brackets after a paragraph ("[UPDATE]",
        # "[PHOTOS]", "[WATCH]"), which credit no picture
        "update",
        "photo",
        "photos",
        "file photo",
        "watch",
        "live",
        "exclusive",
        "breaking",
        "developing",
        "gallery",
        "listen",
        "graphic",
        "graphics",
        "infographic",
        "map",
        "interactive",
        "opinion",
        "analysis",
        "sponsored",
        "clarification",
        "corrected",
        "related",
        "read more",
        "more",
    }
)


def _stage_note(text: str) -> str | None:
    """The editor's or the page's note `text` names ("UPDATE", "UPDATE 2", "PHOTOS"), or None."""
    note = re.sub(r"\s+\d{1,2}$", "", text.strip().lower())
    return note if note in _STAGE_NOTES else None


def _bracketed_credit(text: str, in_header: bool) -> Credit | None:
    """A credit in brackets ending a caption. Evidence it is a credit and not an aside: a label
    ("Image:", "Photo:"), a known agency or a desk word on one side of its slash, an agency
    or a desk word alone, or an outlet and a person's name around a colon. In the story's
    body the caption before it must end a sentence (or be the whole line), unless a label or
    square brackets around a known agency say what it is (captions without a full stop)."""
    m = _BRACKETED.search(text)
    if not m:
        return None
    credit = m.group("credit").strip()
    label = (m.group("label") or m.group("bare") or m.group("by") or "").lower()
    labelled = bool(label) and not label.startswith("file")
    before = text[: m.start()].rstrip()
    if m.group("courtesy") or label.endswith("courtesy"):
        # "(Photo courtesy of the city government)", "(Courtesy: ODOT)": the lender
        if (
            not in_header
            and before
            and not _SENTENCE_END.search(before)
            and not before[-1:].isalnum()
        ):
            return None
        return _courtesy_credit(credit)
    if not labelled and _AGENCY_PHOTO_FIRST.fullmatch(credit):
        return None  # "(AP Photo/Jane Roe)": the agency-photo grammar reads it
    # "(ANTARA FOTO/Jane Roe/abc.)": the desk editor's initials in lower case close it
    parts = [p.strip() for p in _PART_SEP.split(_EDITOR_INITIALS.sub("", credit))]
    known = [p for p in parts if _desk_part(p)] if all(parts) else []
    square = m.group("open") == "[" and bool(known)
    # "(Jane Roe/PA)", "(Getty Images/iStock)", "( Jane Roe - Anadolu Agency )": a known
    # agency beside a person's name or another agency is a credit even after a caption
    # printed without its full stop
    paired = (
        len(parts) == 2
        and bool(known)
        and all(_desk_part(p) or _PERSON.fullmatch(p) for p in parts)
    ) or (
        # "(Penguin/PA)", "(House of Commons/PA)": a handout's source, then the known agency
        # that sent the picture out (PA's and others' handout credits), after a caption printed
        # without its full stop
        len(parts) == 2 and _is_agency(parts[1]) and _HANDOUT_SOURCE.fullmatch(parts[0]) is not None
    )
    if not in_header and before and not _SENTENCE_END.search(before):
        if not (labelled or square or paired):
            return None
    if len(parts) > 1 and all(parts):
        if known and len(known) < len(parts) or len(known) == len(parts) > 1:
            return split_credit(credit)
        if before and len(parts) == 2 and _person_beside_outlet(parts):
            return split_credit(credit)  # "... on Tuesday. (Jane Roe / ADN)"
        return split_credit(credit) if labelled else None
    if (
        _is_agency(credit)
        and before
        and (named := _NAME_BEFORE_BRACKET.search(before[-80:])) is not None
        and (person := _clean_person(named.group("person"))) is not None
        and len(person.split()) <= 3  # "Prime Minister Jane Roe (AFP)": a subject, titled
        and _names_a_person(person)
    ):
        # "... on February 20. Marta Pujolràs (EFE)", "...February 20.Marta Pujolràs (EFE)":
        # a name alone after the caption's stop, its agency in brackets: the photographer and
        # the agency that sent the picture, one credit
        return Credit(f"{person} ({credit})", person, credit)
    if _is_agency(credit) and credit.lower() not in _NOT_ALONE:
        if not before and credit.lower().endswith(" graphics"):
            # "(PA Graphics)" alone on its line: the credit of a chart printed there (an
            # agency alone in brackets may sign the story off; its graphics desk never does)
            return Credit(credit, None, credit)
        return Credit(credit, None, credit) if before else None
    if _is_agency(credit) and in_header and before and len(before.split()) <= 40:
        # "(SPA)" under a caption above the story: there no sign-off stands
        return Credit(credit, None, credit)
    if (
        in_header
        and m.group("open") == "["
        and _CAPS_BOXED.fullmatch(credit)
        and _stage_note(credit) is None
        and before[-1:] == "."
        and _caption_before(before)
    ):
        # "... at the groundbreaking in Ulsan on Tuesday. [HYUNDAI MOTOR]": the Korean
        # English papers' credit (JoongAng Daily, Korea Times), the company, agency or
        # photographer in capitals in square brackets after the caption over the story
        return Credit(credit, None, None)
    if (
        in_header
        and _PERSON.fullmatch(credit)
        and before
        and (before[-1:] in ".!?" or (before[-1:].isalpha() and _caption_before(before)))
        and len(before.split()) >= 4
        and m.group("open") == "("
        and (person := _clean_person(credit)) is not None
        and _one_name(credit)
        # "... Photo by Jane Roe (Tigers Athletics)": the bracket is the photographer's
        # affiliation, the credit's label and name before it
        and _LABELLED_NAME_END.search(before) is None
    ):
        # "... on Tuesday. (Jane Roe)", "Eleftheria Square, where work starts (Jane Roe)"
        return Credit(credit, person, None)
    if credit.lower() in _DESKS_ALONE:
        return Credit(credit, None, None) if before else None
    outlet, colon, person = credit.partition(":")
    if (
        colon
        and _OUTLET.fullmatch(outlet.strip())
        and not _NOT_PHOTO_ROLE.fullmatch(outlet.strip())
        and _PERSON.fullmatch(person.strip())
    ):
        return Credit(credit, _clean_person(person), outlet.strip())
    if labelled and len(credit.split()) <= 8 and not _SENTENCE_IN.search(ranks_masked(credit)):
        return split_credit(credit)
    if in_header and m.group("open") == "(" and _lender_pictured(before, credit):
        # "Wilson Logistics trucks (Wilson Logistics)": a trade paper's caption over the
        # story, the company it shows lending the picture, named in brackets after it
        return Credit(credit, None, None)
    return None


def is_lender_caption(line: str) -> bool:
    """`line` is read as a caption only by _lender_pictured's evidence ("Wilson Logistics
    trucks (Wilson Logistics)"): the company it names, in brackets after it, and nothing else.
    A headline has the same shape ("Tesla recalls 2 million cars (Tesla)"), so the role parser
    reads it as a caption only under the headline."""
    m = _BRACKETED.search(line)
    if m is None or m.group("open") != "(" or m.end() != len(line.rstrip()):
        return False
    label = m.group("label") or m.group("bare") or m.group("by") or m.group("courtesy")
    found = _bracketed_credit(line, in_header=False)
    return (
        not label
        and found is None
        and _lender_pictured(line[: m.start()].rstrip(), m.group("credit").strip())
    )


# A caption naming the lender it shows has at least this many words, the lender's included.
_PICTURED_CAPTION_WORDS = 3


def _lender_pictured(before: str, name: str) -> bool:
    """`name`, in brackets after a caption with no stop, is a company's or a body's name (one
    to three capitalised words, no page label, desk or wire) that the caption itself names: the
    pictured firm or body lent its own picture, as trade papers credit a company's handout
    ("Wilson Logistics trucks (Wilson Logistics)", "A Daimler Truck eCascadia (Daimler
    Truck)"). A headline's bracketed label ("(Updated)", "(Video)") names nothing above it."""
    if (
        len(before.split()) < _PICTURED_CAPTION_WORDS
        or _SENTENCE_END.search(before)
        or _BRACKETED_LENDER.fullmatch(name) is None
        or name.isupper()
        or _wire(name)
        or _DESK_WORD.search(name) is not None
        or name.split()[0].lower() in _NOT_LENDERS
    ):
        return False
    return len(name) >= 3 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", before) is not None


_GALLERY = re.compile(r"^\s*(?P<pos>\d{1,4})\s+of\s+(?P<count>\d{1,4})\s*(?:\|\s*(?P<rest>.*))?$")


def parse_gallery(line: str) -> GalleryLine | None:
    """`1 of 5 | caption | License Photo`, or a bare gallery counter `1 of 5`."""
    m = _GALLERY.match(line)
    if not m:
        return None
    pos, count = int(m.group("pos")), int(m.group("count"))
    if not 1 <= pos <= count:
        return None
    parts = [p.strip() for p in (m.group("rest") or "").split(" | ")]
    parts = [p.strip(" |") for p in parts if p.strip(" |")]
    licensable = False
    if parts and parts[-1].lower() in {"license photo", "licence photo", "license", "buy photo"}:
        licensable = True
        parts.pop()
    caption = " | ".join(parts) or None
    return GalleryLine(position=pos, count=count, caption=caption, licensable=licensable)


# What may stand before a credit that has a line to itself: "Photo:", "Image copyright", "©".
_CREDIT_LINE_PREFIX = re.compile(
    # ("Photo-illustration by Jane Roe / The Atlantic": the drawing's label first, its
    # "Photo" no photo's label of its own)
    r"^(?:[-–—]\s+)?\(?\s*(?:(?:photo[-\s])?illustration\s+by"
    r"|(?:file\s+|pool\s+)?(?:[A-Z]+\s+)?(?:photo(?:graph)?s?|picture)(?:\s+by|\s+credit)?"
    r"|credit|pic|image(?:\s+(?:copyright|credit|source))?|foto|copyright|(?:photo\s+)?courtesy(?:\s+of)?"
    r"|(?:photo\s+)?(?:provided|submitted|supplied)\s+by"
    # the labels of other languages and of drawings ("Imagen:", "Visualisierung:", "Фото:")
    r"|imagen|imagem|immagine|visualisierung|rendering|grafik|(?:photo[-\s])?illustration|фото|fot\.?)?"
    r"\s*[:,]?\s*©?\s*",
    re.IGNORECASE,
)


# "(©NTB)", "(c) Agencia EFE", "© Thomson Reuters": a copyright mark and an organisation alone.
_RIGHTS_MARK = re.compile(
    r"^\(?\s*(?:©|\((?i:c)\)|(?i:copyright))\s*©?\s*(?P<org>[^()©]{2,60}?)\s*\)?\.?$"
)


# An agency's item number closing the story's rights notice: "© dpa-infocom, dpa:230512-99-
# 668231/3", as the German sites that run dpa's copy print it under the story's last line;
# its middle group has three figures in dpa's later numbers ("dpa:250203-930-363412/1").
_ITEM_NUMBER_NOTICE = re.compile(r"©.{0,60}\b[a-z]{2,6}:\d{6}-\d{2,3}-\d{4,8}(?:/\d{1,3})?")


def is_item_notice(line: str) -> bool:
    """A rights notice that closes on the agency's item number: the story's, wherever it
    stands (a site's footer under it may still read as a paragraph), never a picture's."""
    return _ITEM_NUMBER_NOTICE.fullmatch(" ".join(line.split())) is not None


def rights_holder(line: str) -> str | None:
    """The holder a copyright notice names ("Copyright 2024 NBC Chicago" -> "NBC Chicago"),
    its years left off; None when the line is no such notice."""
    found = _RIGHTS_MARK.match(" ".join(line.split()))
    if found is None:
        return None
    return _NOTICE_YEAR.sub("", found["org"]).strip(" .,") or None


# A year or a span of years in a rights notice ("2024", "2010-2024").
_NOTICE_YEAR = re.compile(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b")


def is_rights_signoff(line: str) -> bool:
    """A copyright mark before an agency or an organisation, with no person ("(©NTB)", "(c)
    Agencia EFE"): under a photo's caption it credits the photo, but under the story's last
    paragraph, or under a caption already credited, it is the copy's rights notice."""
    m = _RIGHTS_MARK.match(" ".join(line.split()))
    if m is None:
        return False
    credit = find_credit(line, in_header=True)
    if credit is None:
        return False
    # "Copyright © Jakarta Globe": the word and the mark together are a page's rights notice,
    # whatever the name after them looks like (a photo's credit prints one or the other)
    return credit.photographer is None or (
        "©" in line and re.match(r"\W*(?i:copyright)\b", line) is not None
    )


# "(Copyright 2023 The Associated Press. All rights reserved)": a wire's rights notice in
# brackets, which The Independent and others print as the credit under a wire's photo.
_BRACKETED_RIGHTS = re.compile(
    r"\((?P<credit>(?:Copyright|©)\s*(?:(?:19|20)\d\d\s+)?(?P<holder>[A-Z][\w.&' -]{1,40}?)"
    r"\.?(?:\s+All\s+[Rr]ights\s+[Rr]eserved\.?)?)\)"
)


# The same notice with "by" and a dash before "All rights reserved", closing a caption's
# sentence: "... on Friday. (Copyright 2024 by KSAT - All rights reserved.)".
_RIGHTS_IN_CAPTION_BRACKETS = re.compile(
    r"(?<=[.!?”\"’] )\((?P<credit>(?:Copyright|©)\s*(?:(?:19|20)\d\d\s+)?(?:by\s+)?"
    r"(?P<holder>[A-Z][\w.&'’-]{1,20}(?: [A-Z][\w.&'’-]{1,20}){0,3})\s*[-–—.]\s*"
    r"All\s+[Rr]ights\s+[Rr]eserved\.)\)$"
)
# A US broadcaster's call letters, perhaps with its "-TV": "KSAT", "WPLG", "WSB-TV".
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|DT|FM))?")


def bracketed_rights_credit(line: str) -> Credit | None:
    """A line that is a known agency's rights notice in brackets and nothing else; only the
    caller knows a caption stands right above it (under a story, a notice is the page's)."""
    m = _BRACKETED_RIGHTS.fullmatch(" ".join(line.split()))
    if m is None or not _is_agency(m.group("holder")):
        return None
    return Credit(m.group("credit").rstrip("."), None, m.group("holder"))


# "Email Jane Roe • jroe@paper.com", "Contact Jane Roe at ...": a line that asks the reader
# to write to the writer, a contact line; its name signs neither a photo nor the story.
_CONTACT_VERB = re.compile(r"(?i:e-?mail|contact|write\s+to|reach)\s+(?=[A-Z])")


def emailed_credit(line: str, *, spaced: bool = False) -> Credit | None:
    """ "JANE ROE • jroe@paper.com" alone on its line: the photographer and the address; the
    credit is the name (the address is the photographer's contact, as a byline's is). Only the caller knows a caption stands beside it (alone
    under a headline or a story, such a line is the writer's contact). With `spaced`, the
    caller has a caption's sentence right above, and a space alone may part the name from
    the address ("MARIO ROE mroe@paper.com", as the Miami Herald prints it)."""
    text = " ".join(line.split())
    if "@" not in text or text.startswith(("By ", "BY ")) or _CONTACT_VERB.match(text):
        return None
    m = _NAME_SEP_EMAIL.search(f". {text}")
    if m is not None and m.start("credit") == 2:
        return Credit(m.group("name"), _clean_person(m.group("name")), None)
    m = _NAME_AND_EMAIL.search(f". {text}") if spaced else None
    if m is None or m.start("credit") != 2:
        return None
    return Credit(m.group("credit"), _clean_person(m.group("credit")), None)


# "(KETV Photojournalist Jane Roe)", "(Star Tribune staff photographer Jane Roe)": the outlet,
# its photographer's title and the name, in the brackets that close a caption or stand under
# it (local television's and papers' pages). The title word is a picture-taker's alone, so a
# bracketed "(Acme spokesperson Jane Roe)" or "(R-Texas)" is none.
_TITLED_PHOTOGRAPHER = re.compile(
    r"\((?P<credit>(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
    r"(?i:(?:staff|chief|senior|contributing|freelance)\s+)?"
    r"(?i:photojournalist|photographer|videographer|multimedia\s+journalist)\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}}))\)$"
)


def _titled_photographer(line: str) -> Credit | None:
    """The credit of _TITLED_PHOTOGRAPHER ending the line, its name a person's; else None."""
    from archiver.extract.bylines import looks_like_name

    m = _TITLED_PHOTOGRAPHER.search(line[-_CREDIT_WINDOW:])
    if m is None or not looks_like_name(m.group("name")):
        return None
    return Credit(m.group("credit"), m.group("name"), m.group("outlet"))


def is_credit_line(line: str) -> bool:
    """A line that is only a photo credit ("Photo: Jane Roe, AFP", "Image copyright Getty
    Images", "Jane Roe via Getty Images", "(AP Photo/Jane Roe)"), no caption before it."""
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return False
    if emailed_credit(text) is not None:
        return True
    credit = find_credit(text, in_header=True)
    if credit is None or facet_labels(credit.credit):
        return False
    rest = _CREDIT_LINE_PREFIX.sub("", text, count=1).strip(" .()")
    return len(rest) <= len(credit.credit) + 8


# The labels of a page's filters and tags ("Region / Country", "Topic / Theme"), as NGOs', the
# UN's and governments' newsrooms print them under a release with the values under each.
_FACET_WORDS = frozenset(
    "region regions country countries topic topics theme themes tag tags category categories "
    "type types sector sectors subject subjects location locations language languages "
    "section sections format formats source sources date".split()
)


def facet_labels(text: str) -> bool:
    """`Region / Country`: every part between the slashes is a filter's label, no person nor
    organisation that could take or lend a picture."""
    parts = [p.strip().lower() for p in text.split("/")]
    return len(parts) >= 2 and all(p in _FACET_WORDS for p in parts)


# A clip's label opening a line, its colon after it ("Video: Jane Roe/News24", "Video by: FRANCE
# 24", "Footage: Reuters", "Clip: AP", BBC's and News Corp's "Video caption:" under a player; a
# photo's caption is labelled "Image caption" or not at all): what follows is the clip's.
_CLIP_CREDIT_LABEL = re.compile(
    r"^\s*(?i:video|videos|footage|clip)(?:\s+(?i:by|credit|caption))?\s*:\s*\S"
)


def clip_title_over_credit(line: str, below: str) -> bool:
    """ "Video: Family pleads for driver to come forward" over "Credit: WFAA": a clip's title
    under its label, then the clip's credit (Tegna stations' players); no picture's caption
    and credit, so the credit names no photo's maker."""
    return (
        _CLIP_CREDIT_LABEL.match(line) is not None
        and _CLIP_PHOTO_LABEL.search(line) is None
        and below.lstrip()[:7].lower() == "credit:"
    )


# A video player's furniture: its label, its button, its running time ("Video", "Play",
# "1:58", "Watch now").
_PLAYER_ROW = re.compile(
    r"(?i:video|play|play video|watch|watch now|replay)|\d{1,2}(?::\d{2}){1,2}"
)
_PLAYER_REACH = 4


def clip_credit_under_player(above: list[str], line: str) -> bool:
    """ "Video" / "Play" / "1:58" / the clip's title / "Credit: WTHR": a "Credit:" line under
    a video player's rows (its label, button or running time among the few lines above) credits
    the clip, and a clip's credit names no photo's maker (Tegna stations' players)."""
    if line.lstrip()[:7].lower() != "credit:":
        return False
    return any(_PLAYER_ROW.fullmatch(row.strip()) for row in above[-_PLAYER_REACH:])


# A picture's label later on the clip's line ("Video: Rachel Moore | Photo: Tom Clarke",
# "Video: Jane Roe, Photos: John Doe/Stuff"): the line credits a photo too.
_CLIP_PHOTO_LABEL = re.compile(
    r"\b(?i:photos?|photographs?|images?|pictures?|pics?)(?:\s+(?i:by|credit))?\s*:"
)
# A clip's label right before "courtesy" ("Video: Courtesy of FX", "Footage courtesy of NASA",
# "Video and audio courtesy of ..."): the lent thing is a clip, not a picture ("Photo and video
# courtesy of X" names a picture first and stays a photo's credit).
_CLIP_LABEL_BEFORE = re.compile(
    r"(?:^|\(|[.!?]\s+)\s*(?i:video|footage|clip|audio)(?:\s+(?i:and|&)\s+(?i:audio|video))?\s*:?\s*"
    r"(?i:courtesy)\b"
)
# A clip's label opening a credit chain: "Video / Herald NOW", "VIDEO | Stuff".
_CLIP_LABEL = re.compile(r"(?i:video|audio|footage)\s*[/|]\s*")
# "Photo courtesy of the Smith family": the lender is credited with the words that say so.
# A picture's word right before the courtesy ("Photo courtesy of", "Images courtesy").
_PICTURE_BEFORE_COURTESY = re.compile(r"\b(?i:photos?|images?|pictures?|pics?)\s+$")
_COURTESY_TAIL = re.compile(
    r"(?i:courtesy|gentileza|cortes[ií]a|(?:provided|submitted)\s+by|supplied\s*:"
    r"|permission\s+granted\s+by"
    r"|screen\s*(?:capture|shot|grab)\s*:|screengrab\s*:)"
    r"(?:\s+(?i:of|de|da|do))?\s+(?:(?i:the)\s+)?"
)


# The file marker alone where a credit would stand ("... on June 1. (File photo)"): it says the
# picture is an old one and names no one who took or lent it (a paper's own "Filepic" after a
# dash is its desk's credit). find_credit reads it, as it marks the line a caption; the photo
# has no credit.
FILE_ALONE = frozenset(
    {"file", "file photo", "file photos", "file image", "file pic", "file picture"}
)
# A caption's closing mark that its picture is an old one: "(File)", "(File photo)", or the
# picture's label with "File" where the credit's name would stand ("... Sanwo-Olu. Photo:
# File", Nigerian and South Asian papers' archive pictures).
_FILE_CAPTION = re.compile(
    r"[.!?”\"’]\s*(?:\((?i:file(?:\s+(?:photo|image|pic|picture))?)\)"
    r"|(?i:photo|picture|image|pic)\s?:\s?(?i:file)\.?)\s*$"
)
# The most words a file picture's caption has (a longer line is a paragraph).
_FILE_CAPTION_WORDS = 40


def is_file_caption(line: str) -> bool:
    """A caption closed by the mark that its picture is an old one, naming no one who made or
    lent it (_FILE_CAPTION): "The old terminal in 2019. (File photo)"."""
    return _FILE_CAPTION.search(line) is not None and len(line.split()) <= _FILE_CAPTION_WORDS


# "Photo: File", "Picture: File": the file marker under a picture's label, the whole line.
_LABELLED_FILE = re.compile(r"(?i:photos?|pictures?|images?|pic)\s*:\s*(?i:file)\.?")
# The same label set off by a bar after the caption's stop, closing its line: ". PHOTO | FILE".
# "... Tauranga Airport. Photo / File": the NZ Herald's label, set off by a slash.
_BARRED_FILE_TAIL = re.compile(r"[.!?”\"’]\s+(?:PHOTO|Photo)\s*[|/]\s*(?:FILE|File)\s*$")


# What kind of picture it is, in a caption's parentheses where a credit might stand: Indian
# papers' "(Representational)", "(Representative image)", "(Image for representation)"; a
# library's picture bought for the page, "(Image: Stock image)" (Reach's regional sites), which
# names no library and no one who took it.
_KIND_ALONE = frozenset(
    {
        "stock image",
        "representational",
        "representative",
        "representational image",
        "representative image",
        "representational photo",
        "representative photo",
        "image for representation",
        "for representation",
        "illustrative",
        "illustrative image",
    }
)


def is_picture_kind(line: str) -> bool:
    """The line says only what kind of picture the page shows ("Representative Image", "File
    photo", "(Image for representation)"): the lead picture's caption where it has no other,
    as Indian papers' pages print it over a wire's story, no one's name."""
    return line.strip(" .()").lower() in FILE_ALONE | _KIND_ALONE


def printed_credit(credit: str | None, caption: str = "") -> str | None:
    """A photo's credit line as the capture prints it, without the label that introduces it
    ("Photo:", "Photo by", "Credit:"): "AP Photo/Jane Roe", "Xinhua/Chen Hao",
    "Jane Roe/Bloomberg via Getty Images". A lender keeps the "Courtesy of" it is printed with
    ("courtesy of NASA", "Supplied: Lismore City Council"): the words say the photo was lent,
    not taken, by them."""
    if not credit:
        return None
    at = caption.rfind(credit)
    if at > 0:
        head = caption[:at]
        lowered = head.lower()
        start = max(lowered.rfind(w) for w in _COURTESY_WORDS)
        if (
            start >= 0
            and _COURTESY_TAIL.fullmatch(head[start:])
            # "Photo courtesy of X", "PHOTO COURTESY OF X": the picture's word makes the
            # courtesy a label, as "Photo:" is; the lender alone is the credit (its fragment
            # "courtesy of X" is no credit as printed)
            and not _PICTURE_BEFORE_COURTESY.search(head[:start])
        ):
            return caption[start : at + len(credit)]
        if (year := _YEAR_BEFORE_CREDIT.search(head)) is not None:
            # "... February 20, 2025. © 2025 Private": the notice's year is printed as part
            # of the picture's credit (Human Rights Watch's captions)
            return caption[year.start() : at + len(credit)]
    return credit


# The copyright mark and the picture's year right before its credit: "© 2025 Jane Roe".
_YEAR_BEFORE_CREDIT = re.compile(r"©\s*(?:19|20)\d\d\s+$")


# "Supplied: X" is how Australian and New Zealand outlets print a lender's credit.
_COURTESY_WORDS = (
    "courtesy", "gentileza", "cortesía", "cortesia", "provided by", "submitted by", "supplied",
    # "Permission granted by Acme Corp.": the trade press's (Industry Dive's) lender's line
    "permission granted by",
    # "Screen capture: Twitter": a picture taken from a screen names where it was seen
    "screen capture", "screenshot", "screen shot", "screengrab", "screen grab",
)  # fmt: skip


_OUTLET_FILE = re.compile(r"(?<=\w)\s+(?i:file\s+photo)\s*$")


def _may_end_in_file_photo(text: str) -> bool:
    """Whether _OUTLET_FILE may match: its last two words are "file" and "photo" in any case
    (a word not in ASCII let through: IGNORECASE reads the dotless "ı" as an "i"). Asked
    first, as the pattern is tried at each character of a credit with a slash, and a
    gallery's "Jane Roe/UPI | License Photo" ends in "Photo" too (pinned to the pattern in
    tests/test_extract_fast_paths.py)."""
    words = text.rsplit(None, 2)
    return (
        len(words) >= 2
        and words[-1].lower() == "photo"
        and (not words[-2].isascii() or words[-2].lower() == "file")
    )


# (a client's name may open in lower case before a capital: "for iHeartRadio", "for eBay")
_FOR_CLIENT = re.compile(r"\s+for\s+(?:[A-Z]|[a-z][A-Z])[\w.&'’\- ]{1,40}$")
# A news site's photo desk by its name: "TRIBUNNEWS", "KOMPAS.com", "DETIKFOTO".
_NEWS_DESK = re.compile(r"(?i:news|foto|photo|\.com|\.co\.id|\.co)$")


# "DANA KOSTER, Star Tribune" or "Jane Roe | The Post" on its own line: a person and an outlet.
_PERSON_AND_OUTLET = re.compile(
    # ("Jane Roe • Star Tribune": the Star Tribune's bullet where others print the bar)
    rf"(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}})(?:\s*(?:,|\||/|—|–|•)\s*|\s+(?i:for)\s+"
    # "Jane Roe - Anadolu Agency": a spaced hyphen between the person and the agency
    r"|\s+-\s+"
    # "Jane Roe - staff, AP": the person's status for the agency (Lee's BLOX pages print AP's
    # photo credits so)
    r"|\s+-\s+(?P<status>(?i:staff|freelance|stringer|contributor)),\s*)"
    # "Jane Roe, cleveland.com": or the site's address in small letters (Advance's papers)
    r"(?P<outlet>[A-Z][\w.&'’\- ]{1,40}|[a-z][a-z0-9-]{1,30}\.(?:com|org|net|[a-z]{2}))"
)
_CAPTION_END = re.compile(r"[.!?\"”’)]$")
# A site's address in capitals, as a credit in capitals prints it: "CLEVELAND.COM".
_CAPS_SITE = re.compile(r"[A-Z][A-Z0-9-]{1,30}\.(?:COM|ORG|NET)")
# A verb of saying: a story's sentence reports speech, no caption does.
_SAYING = re.compile(r"\b(?:said|says|told)\b")
# A sentence's stop at a line's end, perhaps inside its closing quote.
_SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*$")
# A page's labels set in brackets, which name no lender: "(Updated)", "(Video)", "(File)".
_NOT_LENDERS = frozenset(
    "updated update video videos photo photos picture pictures watch live listen sponsored"
    " opinion analysis explainer exclusive graphic illustrative file corrected correction"
    " paid advertisement ad audio podcast gallery end more".split()
)
_DESK_WORD = re.compile(r"(?i)\b(?:newsroom|desk|bureau|staff|team|editors?|reporters?)\b")
# One to three capitalised words: a studio's, a distributor's or a lender's name.
_BRACKETED_LENDER = re.compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}")


def ends_caption(line: str) -> bool:
    """The line ends as a caption's sentence does (a stop, or a quote or bracket closing it)."""
    return _CAPTION_END.search(line.rstrip()) is not None


_AGENCY_ALONE_CHARS = 30


def person_and_outlet_line(text: str) -> bool:
    """The whole line is a person's name and an outlet ("Jane Roe | The Post", "DANA KOSTER,
    Star Tribune"): the shape of a credit line (and of a byline's, which the caller weighs)."""
    return len(text) <= 80 and _PERSON_AND_OUTLET.fullmatch(text) is not None


def may_be_credit_line(text: str) -> bool:
    """Whether a short line could be "NAME, Outlet" or an office (a cheap test before
    credit_under_caption)."""
    return len(text) <= 80 and (
        _PERSON_AND_OUTLET.fullmatch(text) is not None
        or _ORG_LENDER.fullmatch(text) is not None
        or _via_source(text)
        # "Provided", "Courtesy photo": a desk's word alone (no mark the cheap tests know)
        or _DESK_WORD_LINE.fullmatch(text.rstrip(".")) is not None
        # "Sun-Times file": a paper's own archive picture (find_credit weighs the name)
        or _PAPER_FILE_ALONE.fullmatch(text) is not None
        # "ALAMY", "Shutterstock": a picture library alone (credit_under_caption weighs it); a
        # news wire alone is as often a wrapped sentence's end ("... Watanabe told" /
        # "Reuters.") or the story's sign-off
        or (len(text) <= _AGENCY_ALONE_CHARS and _is_agency(text) and not _wire(text))
        or (
            text.isupper()
            and (_CAPS_INSTITUTION.search(text) is not None or caps_person_outlet(text) is not None)
        )
        # "Utah Highway Patrol", "MANHEIM TOWNSHIP SCHOOL DISTRICT": a public body by its kind
        or is_public_body(text)
    )


# A web site's address alone, credited for a picture taken from it ("kremlin.ru",
# "nasa.gov"): lower case, a suffix of letters; under a caption's one or two sentences.
# (the last part a country's code or a generic domain's: "ad.gta", "mt.hm" under a KUNA or
# WAM story are its editors' initials, no site)
_WEB_CREDIT = re.compile(
    r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:[a-z]{2}|com|org|net|gov|edu|mil|int|"
    r"info|biz|news|media|tv|online|site|photo|photos|pics|live|space|world|agency|press|eus|"
    r"cat|asia|africa|global|today|social)"
)
_CAPTION_WORDS = 40


# An institution's own word in a credit printed in capitals: "DEPARTMENT OF NATIONAL DEFENCE",
# "NATIONAL WEATHER SERVICE", "U.S. GEOLOGICAL SURVEY" (no heading's "ABOUT THE AUTHOR").
_CAPS_INSTITUTION = re.compile(
    r"\b(?:DEPARTMENT|MINISTRY|SERVICE|AGENCY|OFFICE|POLICE|UNIVERSITY|MUSEUM|COUNCIL|"
    r"AUTHORITY|COMMISSION|ADMINISTRATION|COMMAND|FOUNDATION|INSTITUTE|CENTER|CENTRE|LIBRARY|"
    r"ARCHIVES?|PATROL|GUARD|SURVEY|FORCES?)\b"
    # a firm's name closed by its legal form and the form's stop: "RIO BRAVO LOGISTICS CORP."
    # (a crosshead names no company so; "THE LLC LOOPHOLE", "MURDER INC" head a section, and
    # "STATE PARKS" may too, so a park district's word is left out)
    r"|\s(?:CORP|INC|LLC)\.$"
)


# The day a wire's caption gives its picture: the weekday, then the month, day and year
# ("Tuesday, Oct. 3, 2023", AP's and its members' style); a story gives no year for a day of
# its own week.
_WIRE_CAPTION_DATE = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:Jan|Feb|March|April|May|June|July|Aug|"
    r"Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


# "- Jane Roe photo", "— John Doe photos": a dash, a person's name, the word "photo".
_DASHED_NAME_PHOTO = re.compile(
    rf"[-–—]\s*(?P<credit>(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}})\s+(?i:photos?|photograph))"
)


def _ends_sentence_caption(caption: str) -> bool:
    return caption.rstrip().rstrip("”\"’'").endswith((".", "!", "?"))


# "Tammy Ljungblad The Kansas City Star", "Jane Roe Special to the Star-Telegram": a person's
# name, then a paper's name opening with "The" or "Special to the", with nothing between them
# (see credit_under_caption).
_PERSON_THEN_PAPER = re.compile(
    rf"(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}}?)\s+(?P<outlet>(?P<special>"
    r"(?i:special)\s+to\s+the\s+)?(?(special)|The\s+)[A-Z][\w.&'’\- ]{1,40})"
)


# "Submitted by Jane Roe, Hillsdale", "Submitted by Clifden Pony Society": the whole line, bare.
_SENDER_LINE = re.compile(r"Submitted\s+by\s+(?:the\s+)?[A-Z][^()\[\]]{1,80}")


def sender_signoff(line: str) -> bool:
    """A bare "Submitted by X" line, no picture's word nor bracket on it: the reader, club or
    parish that sent a letter or a community note in signs it so under its text (letters
    columns, community notes, church and club news). A lent picture's credit says it is a
    picture's ("Photo submitted by Jane Roe", "Submitted photo") or stands in the caption's
    brackets ("(Submitted by Jane Roe)", as CBC prints it)."""
    return _SENDER_LINE.fullmatch(" ".join(line.split()).rstrip(".")) is not None


# "To the editor:" / "Dear Editor," over a letter: the page is a letters column.
_LETTER_SALUTATION = re.compile(r"\s*(?:to\s+the|dear)\s+editors?\s*[:,]", re.I)
# A sentence's end after a word in lower case or a number (not a title's "Dr.", "St."), a
# space, and the next sentence's capital: a paragraph of two sentences.
_SENTENCE_BREAK = re.compile(r"(?:\b[a-z]{2,}|\d)[.!?][\"”’)]?\s+[\"“‘]?[A-Z]")


def letters_page(lines: list[str]) -> bool:
    """The page prints a letter's salutation ("To the editor:") on a line of its own or at
    a paragraph's start: its "Submitted by" lines sign letters, no picture."""
    return any(_LETTER_SALUTATION.match(line) for line in lines if line)


def several_sentences(text: str) -> bool:
    """The paragraph holds two sentences at least: a letter's or a note's text, no caption of
    one sentence (a picture's lender signs "Submitted by" under such a caption)."""
    return _SENTENCE_BREAK.search(text) is not None


def bracketed_desk_word(line: str) -> bool:
    """A lender's desk word alone in brackets on its line: "(Supplied)", "(Courtesy)"."""
    bracketed = re.fullmatch(r"\(\s*(?P<name>[^()]{2,40}?)\s*\)", line.strip())
    return bracketed is not None and bracketed.group("name").lower() in _DESKS_ALONE


# A picture's source in brackets, alone on its line: "(Source: Jane Roe)".
_BRACKETED_SOURCE = re.compile(r"\(Source: (?P<name>[^()\s][^()]{1,58}[^()\s])\)")


# A press release's heading over its issuer's note: "About" and the issuer's name.
_ABOUT_ISSUER = re.compile(r"About\s+(?:the\s+)?[A-Z]")


@short_text_cache  # the same pair asked again per block on a page of like lines: see credit_over_caption
def credit_under_caption(caption: str, line: str, *, portrait: bool = False) -> Credit | None:
    """The credit on the line under a caption when it is a person's name and an outlet ("DANA
    KOSTER, Star Tribune"), a shape a byline has too: the caller asks only where no byline
    can stand (below the byline, in the story), and the line above must be a caption's
    sentence (four words or more, ending a sentence). With `portrait`, the header's caller
    over a "By" line lets a portrait's caption with no stop stand for that sentence (in a
    story, "Panelists:" over a list of names and offices is no portrait)."""
    text = " ".join(line.split())
    if text[:7] == "Source:" and (lent := _source_under_caption(caption, text)) is not None:
        return lent
    if (
        text[:9] == "(Source: "
        and (sourced := _BRACKETED_SOURCE.fullmatch(text)) is not None
        and 4 <= len(caption.split()) <= 40
        and _CAPTION_END.search(caption.rstrip())
        and not _wire(sourced.group("name"))
        # "The average price was $3.08 on Tuesday." / "(Source: GasBuddy)": a figure's source
        and _REPORTED_NOT_PICTURED.search(caption) is None
    ):
        # "A tree landed on the roof on Monday." / "(Source: Jane Roe)": the picture's lender
        # in brackets on the line under its caption (Gray stations' pages: a viewer, a police
        # department, the station); a wire's name there is the story's source
        return Credit(sourced.group("name"), None, None)
    if text[:7] == "Quelle:" and (lent := _quelle_under_caption(caption, text)) is not None:
        return lent
    if len(text) > 80 or len(caption.split()) < 4:
        return None
    from archiver.extract.bylines import is_by_line

    if is_by_line(text):
        return None  # "By Jane Roe | Capital Chronicle" under a caption: the byline again
    if _GALLERY_BUTTON.match(text):
        return None  # "VIEW ALL PHOTOS" under the caption: the gallery's button
    if _ABOUT_ISSUER.match(text):
        # "About Coastline Ferries Ltd." under a release's last quote: the heading over the
        # issuer's boilerplate, no lender of a picture
        return None
    bracketed = re.fullmatch(r"\(\s*(?P<name>[^()]{2,40}?)\s*\)", text)
    # "Jane Roe and John Doe in ‘The Film’": a title's closing quote ends it, no sentence's stop
    unstopped = _SENTENCE_STOP.search(caption.rstrip()) is None
    if (
        bracketed is not None
        and bracketed.group("name").lower() in _DESKS_ALONE
        and (lent := find_credit(f"{caption.rstrip()} {text}", in_header=True)) is not None
        and lent.credit == bracketed.group("name")
    ):
        # "A performer greets children at the entrance." / "(Supplied)": the lender's desk word
        # in brackets, which closes the caption's line when the copy keeps it whole, moved to
        # a line of its own; stopped or not, no story signs off with it, as an agency may
        return lent
    if bracketed is not None and _is_agency(name := bracketed.group("name")) and unstopped:
        # "A bobcat in a file photo" / "(AP)": the agency in brackets under a caption printed
        # without its stop (The Independent); under a story's sentence it signs the story off
        return Credit(name, None, name)
    if (
        bracketed is not None
        and unstopped
        and _BRACKETED_LENDER.fullmatch(name := bracketed.group("name")) is not None
        and not _wire(name)
        and not name.isupper()  # "(END)", "(MORE)": a wire's own marks, in capitals
        # "Further company coverage: NORT.ST" / "(Gdansk Newsroom)": a wire's field and its
        # desk's sign-off, no caption and its lender
        and ":" not in caption
        and _DESK_WORD.search(name) is None
        and name.split()[0].lower() not in _NOT_LENDERS
    ):
        # "Arlo Benning and Maeve Colter in ‘The Orchard Keeper’" / "(Curzon)": a film's
        # distributor, a studio or a lender in brackets under a caption with no stop (The
        # Independent's reviews)
        return Credit(name, None, None)
    if (
        (dashed := _DASHED_NAME_PHOTO.fullmatch(text)) is not None
        and _ends_sentence_caption(caption)
        and _names_a_person(dashed.group("person"))
    ):
        # "Vendors set up at the market last week." / "- Jane Roe photo": the Caribbean
        # papers' credit under the caption, a dash, the photographer and the word "photo"
        return Credit(dashed.group("credit"), dashed.group("person"), None)
    if (slashed := _SLASH_LED.fullmatch(text)) is not None:
        # "Commuters at Stratford station" / "/ PA", "/ Getty Images", "/ Jane Roe": the
        # credit on its own line under the caption, led by the slash that sets a credit off
        # (the Evening Standard's pages); the slash says what it is, whatever the caption's stop
        name = slashed.group("name")
        if _is_agency(name) or _via_source(name) or _ORG_LENDER.fullmatch(name):
            return Credit(name, None, name if _is_agency(name) else None)
        if _PERSON.fullmatch(name) and _names_a_person(name):
            return Credit(name, name, None)
        return None
    if (
        _COMPANY_LENDER.fullmatch(text) is not None
        and _caption_words_alone(caption)
        and text.split()[0].lower() not in _NOT_LENDERS
    ):
        # "Convoys Wharf in Deptford" / "Hutchison Property Group": a developer's or a
        # firm's picture, its name on its own line under the caption (with or without the
        # caption's stop: British pages print none); a company's legal form or "Group" says
        # it is a lender, not the story's next line
        return Credit(text, None, None)
    if (
        text[:1] in "—–"
        and (dashed_person := _DASH_LED_PERSON.fullmatch(text)) is not None
        and unstopped
        and _caption_words_alone(caption)
        # '"We were outplayed"' / "— Jane Roe": a quotation's speaker, no photographer
        and caption.lstrip()[:1] not in "\"“‘'"
        # a scene's short caption, a place named in it ("Vehicles wade through a waterlogged
        # stretch at ITO"): an epigraph's, a post's or a letter's sentence under its
        # writer's dash runs longer or speaks ("Grateful to ...", "The body must ...")
        and len(caption.split()) <= _DASH_CAPTION_WORDS
        and _DASH_CAPTION_SCENE.search(caption) is not None
        and _DASH_CAPTION_VOICE.search(caption) is None
        and (person := _clean_person(dashed_person.group("name"))) is not None
        and _names_a_person(person)
    ):
        # "Motorists inch past a fallen tree at Dadar" / "—Jane Roe": the photographer's name
        # after a dash on the line under a caption set without its stop (Indian papers'
        # e-editions); a story's paragraph ends its sentence
        return Credit(person, person, None)
    m = _PERSON_AND_OUTLET.fullmatch(text)
    if (
        m is None
        and _is_agency(text)
        and text.lower() != "file"
        # a press-release wire's name under the release's contacts is its distributor
        and not re.search(r"(?i:wire)$", text)
        # an agency alone credits a photo only under a caption printed without a full stop,
        # as a story's paragraph never is ("... the minister said." / "EFE" signs it off);
        # a picture agency that is no news wire signs no story ("Getty Images", "Alamy"), nor
        # does a wire under a caption dated the wire's way ("..., Tuesday, Oct. 3, 2023, in
        # Washington.": a story names no year of its own week)
        and (
            not _CAPTION_END.search(caption.rstrip())
            or not _wire(text)
            or _WIRE_CAPTION_DATE.search(caption) is not None
        )
    ):
        return Credit(text, None, text)  # "ANP" under "Asielzoekers bij het aanmeldcentrum"
    if (
        m is None
        and text.isupper()
        and _CAPTION_END.search(caption.rstrip())
        and (
            alone := caps_person_outlet(text)
            # '"We want shade," the spokeswoman said.' / "MARTA RUIZ": a quotation's speaker
            # named under it, no photographer (a name with its outlet says itself what it is)
            or (None if _QUOTED_OR_SAID.search(caption) else _caps_person_alone(text))
        )
        is not None
    ):
        # "JAVIER BARBANCHO" under "... del Consejo de Ministros.", "JANE ROE TORONTO STAR"
        return alone
    if (
        m is None
        and _WEB_CREDIT.fullmatch(text)
        and _CAPTION_END.search(caption.rstrip())
        and len(caption.split()) <= _CAPTION_WORDS
    ):
        return Credit(text, None, text)  # "kremlin.ru" under "Putin at a meeting on Monday."
    if (
        m is None
        and text.isupper()
        and 2 <= len(text.split()) <= 6
        and _CAPS_INSTITUTION.search(text) is not None
        and _CAPTION_END.search(caption.rstrip())
    ):
        return Credit(text, None, text)  # "DEPARTMENT OF NATIONAL DEFENCE" under "... rendering."
    if m is None and text.lower() in _DESKS_ALONE and _CAPTION_END.search(caption.rstrip()):
        return Credit(text, None, None)  # "SUPPLIED" under "An artist's impression of it."
    if m is None and _via_source(text) and _CAPTION_END.search(caption.rstrip()):
        # "Via Facebook", "via @janeroe" under "A protester holds a sign.": where the page
        # got the picture, on its own line under the caption's sentence
        return Credit(text, None, None)
    if (
        m is None
        and (_ORG_LENDER.fullmatch(text) or _OFFICE_OF_LENDER.fullmatch(text))
        and _CAPTION_END.search(caption.rstrip())
    ):
        # "Utah County Sheriff's Office" under "Bolt receives a medal.": the office that
        # lent the picture, on its own line under the caption's sentence
        return Credit(text, None, None)
    if (
        m is None
        and (paper := _PERSON_THEN_PAPER.fullmatch(text)) is not None
        and (paper.group("special") or OUTLET_NAME.match(paper.group("outlet")) is not None)
        and _names_a_person(paper.group("person"))
        and _CAPTION_END.search(caption.rstrip())
        # '"This is a fair deal," the board's president said.' / "Jane Roe The Fresno Bee":
        # the story's last paragraph, quoting someone, over its writer's sign-off
        and not _REPORTED_SPEECH.search(caption)
    ):
        # "Tammy Ljungblad  The Kansas City Star" under "... on Metcalf Avenue.": the
        # photographer and the paper in two spans with no mark between them (McClatchy's
        # pages), the paper's "The" where another page prints a comma or a bar; "Jane Roe
        # Special to the Star-Telegram": a freelancer's picture, the paper named after "to"
        if paper.group("special"):
            return Credit(text, paper.group("person"), None)
        return Credit(text, paper.group("person"), paper.group("outlet"))
    if m is None:
        return None
    # a caption ends its sentence; "JANE ROE FOR THE TIMES" under one that does not (The
    # Times prints none) says itself what it is; "Sarah Kim, the district's superintendent"
    # (a portrait's caption, a name and an office, no sentence) over "JANE ROE, THE
    # WORLD-HERALD": a paper's photographer under it
    if (
        not _CAPTION_END.search(caption.rstrip())
        and not re.search(r"\s(?i:for)\s", text)
        and not (portrait and _portrait_caption(caption) and _paper_name(m.group("outlet")))
    ):
        return None
    if (
        " - " in text
        and not m.group("status")
        and not _is_agency(outlet := m.group("outlet").strip())
        # "Jane Roe - The Columbus Dispatch": a paper's name, not a writer's title
        and not (outlet.startswith("The ") and OUTLET_NAME.match(outlet.replace("-", " ")))
        # "Jane Roe - Morning Star" (Black Press): a paper's name of two words or more, its
        # last a paper's word that is no writer's title ("Jane Roe - Senior Reporter")
        and not (
            len(outlet.split()) >= 2
            and OUTLET_NAME.match(outlet.replace("-", " "))
            and _WRITERS_WORD.search(outlet) is None
        )
    ):
        return None  # "Jane Roe - Reporter": a hyphen joins a writer's title as well
    if (
        (f := _FOR_OUTLET.fullmatch(text)) is not None
        and _CAPTION_END.search(caption.rstrip())
        and (person := _clean_person(f.group("person"))) is not None
        # "Republish This Story for Free" under a writer's note: a page's button, its words
        # no person's name (a name's words are no "this", "for", "more")
        and _names_a_person(person)
    ):
        # "Jane Roe for Rest of World" under "A driver waits near the toll gate.": a
        # photographer on assignment for the publication, whatever its name's words
        return Credit(text, person, f.group("org"))
    return _person_outlet_line(text, m)


# A portrait's caption: a person's name, a comma, then their office in a few words with no
# stop ("Sarah Kim, Omaha Public Schools superintendent", "Jane Roe, the county's clerk").
_PORTRAIT_CAPTION = re.compile(r"(?P<name>[A-Z][\w.'’\- ]{2,40}?),\s+(?P<office>[\w'’&.\- ]{3,70})")
_PORTRAIT_OFFICE_WORDS = 9


def _portrait_caption(caption: str) -> bool:
    """`caption` names a person and their office, no sentence: a portrait's caption."""
    m = _PORTRAIT_CAPTION.fullmatch(caption.strip())
    if m is None or len(m.group("office").split()) > _PORTRAIT_OFFICE_WORDS:
        return False
    from archiver.extract.bylines import name_list

    name = m.group("name").strip()
    return name_list(name) == [name] and not any(
        w[:1].isupper() for w in m.group("office").split()[-1:]
    )


def _paper_name(outlet: str) -> bool:
    """`outlet` is a newspaper's name, in capitals or not ("THE WORLD-HERALD", "Star Tribune")."""
    name = outlet.strip()
    if name.isupper():
        name = "-".join(part.title() for part in name.split("-"))
    # one word alone ("Reporter", "Times") or a writer's title ("Senior Reporter") is no
    # paper's name, whatever its last word
    if len(name.split()) < 2 or _WRITERS_WORD.search(name) is not None:
        return False
    return OUTLET_NAME.fullmatch(_and_of(name)) is not None


# "/ PA", "/ Jane Roe": a credit alone on its line, led by a slash (the caption above it).
# A person's name after an em or en dash, the whole line: "—Jane Roe", "– Jane Roe".
_DASH_LED_PERSON = re.compile(rf"[—–]\s*(?P<name>{_P})")
# The most words of a scene's caption over its photographer's dashed name.
_DASH_CAPTION_WORDS = 12
# A place a scene's caption names: "at ITO", "near the Old Iron Bridge".
_DASH_CAPTION_SCENE = re.compile(r"\b(?:at|near|in|on|outside)\s+(?:the\s+)?[A-Z]")
# A speaker's words in a caption's place: first person, a modal, thanks.
_DASH_CAPTION_VOICE = re.compile(
    r"\b(?i:I|we|our|us|my|me|will|would|must|should|shall|can|grateful|thank\w*)\b"
)
_SLASH_LED = re.compile(r"/\s+(?P<name>[A-Z][\w.&'’\- ]{1,50}?)\.?")
# A company lending its picture: "Hutchison Property Group", "Acme Homes Ltd", "Foster +
# Partners", "Berkeley Group plc" (two to five words, a company's form or "Group" last).
_COMPANY_LENDER = re.compile(
    r"[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|&|\+)){0,3}\s+"
    r"(?:Group|Ltd\.?|Limited|plc|PLC|Inc\.?|LLP|LLC|Architects|Partners|Developments|Corp\.?"
    # the same forms in capitals, as a credit in capitals prints the firm's name
    r"|GROUP|LTD\.?|INC\.?|CORP\.?)"
)


def _caption_words_alone(caption: str) -> bool:
    """A caption's one short line: four to 25 words, no colon or comma closing it (a label's
    or a list's), no second sentence."""
    text = caption.strip()
    words = text.split()
    return (
        4 <= len(words) <= 25
        and text[-1:] not in ":,;"
        and not re.search(r"[a-z0-9][.!?][\"”’]?\s+[A-Z]", text[:-1])
    )


# "Jane Roe, AFP via Getty Images": the photographer, a comma and the agency that sold the
# picture through another (USA TODAY's and Gannett's papers' credits), the whole credit.
_COMMA_VIA = re.compile(
    r"(?:^|(?<=[.!?”\"’)] ))(?P<credit>"
    rf"(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,4}}),\s+"
    r"(?P<agency>[A-Z][\w.&'’\- ]{0,30}?)\s+via\s+"
    r"(?P<seller>[A-Z][\w.&'’\- ]{0,30}?))\.?\s*$"
)


def _comma_via_credit(text: str, in_header: bool) -> Credit | None:
    """`Jane Roe, AFP via Getty Images` alone or after the caption's sentence: a person's name
    (not a place: "... in Chicago, AFP via Getty Images" credits the agency alone), a known
    agency, "via" and a known agency."""
    from archiver.extract.gazetteer import is_known_place

    m = _COMMA_VIA.search(text)
    if m is None or not (in_header or m.start() > 0):
        return None
    person = _clean_person(m.group("person"))
    if person is None or not _names_a_person(person) or is_known_place(person):
        return None
    if not (_is_agency(m.group("agency")) and _is_agency(m.group("seller"))):
        return None
    return Credit(m.group("credit"), person, m.group("agency"))


def _credit_before_via(inner: str) -> Credit | None:
    """A bracketed credit whose parties before " via " are a person and an outlet after a
    comma, or a person alone ("Jane Roe via Report for America"): the whole as printed."""
    head = inner.split(" via ", 1)[0].strip()
    if (m := _PERSON_COMMA_OUTLET.fullmatch(head)) is not None:
        person = _clean_person(m.group("person"))
        return Credit(inner, person, m.group("org")) if person else None
    if _names_a_person(head) and len(head.split()) <= 4 and "," not in head:
        return Credit(inner, _clean_person(head), None)
    return None


def _names_a_person(text: str) -> bool:
    """The byline grammar reads the words as one person's name."""
    from archiver.extract.bylines import name_list

    return name_list(text) is not None


# A paper's initials in capitals, and the titles' initials that are no outlet's (an ampersand
# between them too: "M&G", the Mail & Guardian's, as it credits its own pictures).
_INITIALS = re.compile(r"[A-Z]{2,5}|[A-Z]{1,2}&[A-Z]{1,2}")
_TITLE_INITIALS = frozenset(
    "CEO CFO COO CTO CIO MP MPP MLA MEP MD DO RN PHD DDS ESQ JR SR II III IV VP GM PR".split()
)


# A news site's address with its capitals ("MLive.com", "NJ.com", "Syracuse.com"), alone or
# after the desk or company that shoots for it ("NJ Advance Media for NJ.com").
_SITE_NAME = re.compile(
    r"(?:[A-Z][\w&'’\-]*(?: [A-Z][\w&'’\-]*){0,3} for )?[A-Z][A-Za-z0-9-]*\.(?:com|org|net|ca|news)"
)
_SPECIAL_TO_OUTLET = re.compile(r"^(?i:special\s+to\s+)(?:(?i:the)\s+)?(?=[A-Z])")
# A media company's last word: "Lee Enterprises", "Adams Publishing Group", "Postmedia Network".
_MEDIA_COMPANY = re.compile(
    r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2} (?:Enterprises|Newspapers|Publishing|Media Group|"
    r"Network|Broadcasting|Communications)$"
)


def _person_outlet_line(text: str, m: re.Match[str]) -> Credit | None:
    """The credit of a line that is a person's name and an outlet (_PERSON_AND_OUTLET)."""
    person, outlet = _clean_person(m.group("person")), m.group("outlet").strip()
    if person is None:
        return None
    # "Jane Roe, Special to the Courier Journal": a freelancer's picture for the paper, no
    # agency's (as "Jane Roe/Special to the Times" is read)
    special = _SPECIAL_TO_OUTLET.match(outlet) is not None
    outlet = _SPECIAL_TO_OUTLET.sub("", outlet) or outlet
    # "NIKOS ROE, QUAD-CITY TIMES", "Jane Roe | University Communications": an outlet, an
    # agency, a desk or an organisation's office, however it is cased
    cased = outlet.title() if outlet.isupper() and not _is_agency(outlet) else outlet
    # "Jane Roe, Special to the Star-Tribune": a freelancer's picture for the paper
    cased = _SPECIAL_TO_OUTLET.sub("The ", cased)
    if not (
        _is_agency(outlet)
        # "Jane Roe, Lee Enterprises": a newspaper group's company name
        or _MEDIA_COMPANY.search(cased) is not None
        # "Jane Roe | BDN", "Jane Roe/AJC": a paper's initials (a title's are no outlet)
        or (_INITIALS.fullmatch(outlet) and outlet not in _TITLE_INITIALS)
        or outlet.lower() in _DESKS
        # "Jane Roe, Contributing Photographer": the photographer's title where the outlet stands
        or _PHOTOGRAPHER_TITLE.fullmatch(outlet) is not None
        or OUTLET_NAME.match(cased.replace("-", " "))
        or _ORG_OFFICE.search(cased)
        # "JANE ROE, THE PANTAGRAPH": a paper's name opens with its article
        or _THE_OUTLET.fullmatch(cased) is not None
        or is_brand_outlet(outlet)  # "Jane Roe | IndyStar": a news site's camel-case name
        # "Jane Roe, cleveland.com": a news site's own address
        or _WEB_CREDIT.fullmatch(outlet) is not None
        # "JANE ROE, CLEVELAND.COM": that address set in capitals with the whole credit
        or _CAPS_SITE.fullmatch(outlet) is not None
        # "Jane Roe | MLive.com", "Jane Roe | NJ Advance Media for NJ.com": a news site's
        # address as it capitalises it, perhaps after the desk that shoots for it
        or _SITE_NAME.fullmatch(outlet) is not None
    ):
        return None
    return Credit(text, person, None if special else outlet)


# An organisation's own photo office: "University Communications", "City of Ames", "Office of
# Public Affairs".
_ORG_OFFICE = re.compile(
    r"\b(?:University|College|Communications?|Public\s+Affairs|Department|Ministry|Office|"
    r"Marketing|Media\s+Relations|Museum|Police|Council|Agency|Service)\b"
)


# "courtesy of NYSDOT" under photos already credited "NYSDOT photo": one lender, named once.
_COURTESY_HEAD = re.compile(
    r"^(?i:(?:photos?\s+)?courtesy(?:\s+of)?(?:\s+the)?|supplied\s*:|(?:provided|submitted)\s+by)\s+"
)


def joined_credits(name: str) -> list[str]:
    """A credit line that joins two credits with "and" ("Drew Angerer/Getty Images and Getty
    Images Plus", a photo illustration's sources): each credit, when both ends name a known
    agency; any other "and" ("Jane Roe and John Doe/AP": two photographers, one agency) keeps
    the line whole."""
    if _CREDIT_LABEL_OPENING.match(name):
        return [name]  # "Photo illustration by Slate. Photos by ...": one statement, kept whole
    head, sep, tail = name.rpartition(" and ")
    tail = tail.strip(" .")
    if not sep or not (_is_agency(tail) or tail.lower() in _PICTURE_LIBRARIES):
        return [name]
    last = re.split(r"\s*/\s*|\s+via\s+", head)[-1].strip()
    if not _is_agency(last):
        return [name]
    return [head.strip(), tail]


# A paper's words for a picture from its own files, printed where a credit stands ("Photo:
# File", "PHOTO | FILE", "— Filepic", "PHOTO/FILE"): the photo's record keeps them as its
# credit line, but they name no one who took or lent the picture, so the article's list of
# credits leaves them out (as it would "(File)" after a caption).
_FILE_MARKS = FILE_ALONE | _FILE_DESK_WORDS | {"photo/file", "photo / file", "photo | file"}


def names_no_one(name: str) -> bool:
    """A credit line that is only a file marker ("FILE", "Filepic", "PHOTO/FILE")."""
    return name.strip(" .").lower() in _FILE_MARKS


def unique_credits(names: Iterable[str]) -> list[str]:
    """Each credit once, in order; "Courtesy of X" is the same credit as "X"."""
    out: dict[str, str] = {}
    for name in names:
        key = _COURTESY_HEAD.sub("", name)
        # "Top photo: Jane Roe / Getty Images" under the headline and "Jane Roe / Getty
        # Images" under the caption, "ANI Photo" and "ANI": one photo's credit read twice
        key = _SAME_CREDIT_LABEL.sub("", key)
        key = _SAME_CREDIT_WORD.sub("", key).casefold()
        out.setdefault(key, name)
    return list(out.values())


_SAME_CREDIT_LABEL = re.compile(
    r"^(?i:(?:top|main|lead|header|hero|featured|cover)\s+)?"
    r"(?i:photo(?:graph)?|image|picture|pic|credit)s?\s*:\s*"
)
_SAME_CREDIT_WORD = re.compile(r"\s+(?i:photos?|file\s+photo)\s*$")


# What a page prints alone on the line above a caption as the photo's credit (BBC): a photo
# agency or a desk word ("Getty Images", "PA Media", "Supplied", "BBC").
_CREDIT_ABOVE = {
    "supplied", "handout", "bbc", "getty images", "pa media", "reuters", "epa", "afp", "ti gong",
    # the BBC's other credits printed over a caption: the family's picture, the wires' own
    "family handout", "epa-efe", "afp via getty images", "shutterstock",
}  # fmt: skip


# Picture libraries, which license photos and never write a story: their name alone on a line
# under the byline, the story below, is the credit of the lead photo the copy lost.
_PICTURE_LIBRARIES = {
    "getty images", "shutterstock", "istock", "istockphoto", "getty images/istockphoto",
    "istock/getty images", "getty images/istock", "alamy", "alamy stock photo", "adobe stock",
    "unsplash", "pexels", "dreamstime", "getty images plus",
    # Forbes' lead picture, credited "getty" alone in lower case under its contributors' pages
    "getty",
    # a street's picture taken from Google's map service, as local stations' pages credit it
    "google street view",
}  # fmt: skip
_LEAD_CREDIT_CHARS = 60
# A picture library's contributor by the user name it prints: one word of letters, digits,
# dots, hyphens or underscores ("4kclips", "j.roe-photo").
_HANDLE = re.compile(r"\s*[\w][\w.-]{1,29}\s*")


def is_picture_library(line: str) -> bool:
    """A picture library's or stock agency's name alone ("Getty Images", "Shutterstock")."""
    return line.strip().lower() in _PICTURE_LIBRARIES


def lead_photo_credit(line: str) -> Credit | None:
    """The lead photo's credit alone on its line, its caption lost: a picture library's name
    ("Getty Images", "Shutterstock"), or a photographer and an agency the lists know, the
    line being the credit whole ("Marcy Tolan/Shutterstock", "Jane Roe/AP"). A slashed
    heading ("Dallas/Fort Worth", "Politics/Elections") names no agency; a news agency alone
    ("AP", "Reuters") under a byline is the writer's, so only a library counts alone."""
    text = line.strip()
    if text[:1] == "(" and text[-1:] == ")" and text[1:-1].strip().lower() in _PICTURE_LIBRARIES:
        text = text[1:-1].strip()  # "(Shutterstock)": the library's name in its brackets
    if text.lower() in _PICTURE_LIBRARIES:
        return Credit(text, None, text)
    library, slash, handle = text.partition("/")
    if slash and library.strip().lower() in _PICTURE_LIBRARIES and _HANDLE.fullmatch(handle):
        # "Shutterstock/4kclips", "Alamy/jroe_photo": the library, then its contributor's
        # user name (one word, as a library prints it), where a person's name would stand
        return Credit(text, handle.strip(), library.strip())
    if len(text) > _LEAD_CREDIT_CHARS or not is_credit_line(text):
        return None
    found = find_credit(text, in_header=True)
    if found is None or found.credit != text or not found.photographer or not found.agency:
        return None
    return found if _is_agency(found.agency) else None


# A picture's label opening a credit that stands alone on its line: "Image Credits:",
# "Photo illustration by", "Illustration:", "Photograph by".
# "Photo by: Jane Roe" (the colon after "by", as local TV stations' CMS prints it); "Viewer
# photo: Jane Roe" (a viewer's submission, credited to the viewer by name).
_CREDIT_LABEL_OPENING = re.compile(
    r"^(?i:(?:photo|image|picture)\s+credits?|credits?|(?:photo[-\s])?illustrations?|artwork"
    r"|(?:viewer\s+)?photos?|photographs?|images?|pictures?)\s*(?::|\s(?i:by):?\s)"
)


_SOURCES_LABEL = re.compile(r"\.\s+(?i:sources?)\s*:")


# A known agency's name with the word for its picture: "Reuters Photo", "AFP Photo".
_AGENCY_PICTURE = re.compile(r"^(?P<agency>[A-Z][\w.&'’ -]{1,40}?)\s+(?:Photos?|PHOTOS?)$")
# "TOI PHOTO", "HT PHOTO", "ST PHOTO": a paper's initials in capitals and the picture's word
# in the singular, the paper's own desk credit (no button: "ALL PHOTOS", "MORE PHOTOS" are
# plural; "TOP PHOTO", "FILE PHOTO" say which picture, not whose).
_DESK_INITIALS_PHOTO = re.compile(
    rf"^(?!(?i:{'|'.join(_PICTURE_PLACE_WORDS)}|file|new|the|more|view|see|add|your|best)\b)(?P<desk>[A-Z]{{2,5}})\s+PHOTO$"
)


def credit_alone_in_story(line: str) -> Credit | None:
    """A photo's credit standing alone as a paragraph of the story, its caption lost in the
    copy (a reader view keeps the credit of the lead picture and drops its caption): a picture
    library's name ("Dreamstime", "Getty Images"), a credit under a picture's label ("Image
    Credits: Jane Roe / TechCrunch", "Illustration by The Atlantic. Sources: Getty."), or
    such parties after a semicolon ("Getty Images; Photo illustration by Jane Roe/Vox").
    A news agency's name alone signs a story off, and an unlabelled name is anyone's: None."""
    text = " ".join(line.split())
    if len(text) > _LEAD_CREDIT_CHARS * 2:
        return None
    # "Sources: Getty; Alamy" lists a composite's pictures: one party, not parties
    parts = [text] if _SOURCES_LABEL.search(text) else [p.strip() for p in text.split(";")]
    if len(parts) > 3 or not all(parts):
        return None
    found: list[Credit] = []
    for part in parts:
        if part.lower() in _PICTURE_LIBRARIES:
            found.append(Credit(part, None, part))
        elif (slashed := _SLASH_LED.fullmatch(part)) is not None and (
            _is_agency(name := slashed.group("name")) or name.lower() in _PICTURE_LIBRARIES
        ):
            # "/ PA", "/ Getty Images" as a paragraph of its own: the slash that sets a
            # credit off under its caption (the Evening Standard's), a known agency after it
            found.append(Credit(name, None, name))
        elif (m := _AGENCY_PICTURE.match(part)) is not None and _is_agency(m.group("agency")):
            # "Reuters Photo", "AP Photo" left where the picture stood (a portal's alt text):
            # an agency's name with the picture's word is its credit, no story's sign-off
            found.append(Credit(part, None, m.group("agency")))
        elif (desk := _DESK_INITIALS_PHOTO.match(part)) is not None:
            # "TOI PHOTO" as a paragraph of its own, parted from its caption by a blank line:
            # the paper's desk credit, which no story's sentence is
            found.append(Credit(part, None, desk.group("desk")))
        elif (label := _CREDIT_LABEL_OPENING.match(part)) is not None:
            # the label and its credit are the whole part
            credit = find_credit(part, in_header=True)
            if credit is None or part[label.end() :].strip(" .") != credit.credit.strip(" ."):
                return None
            found.append(credit)
        else:
            return None
    if len(found) == 1:
        return found[0]
    person = next((c for c in found if c.photographer), None)
    if (opening := _CREDIT_LABEL_OPENING.match(parts[0])) is not None and ":" in opening.group(0):
        # "Photo-Illustration: WIRED Staff; Getty Images": the label with its colon stands
        # over all the parties, as "Composite: Guardian Design; Getty Images" does; the credit
        # is what it labels ("Getty Images; Photo illustration by Jane Roe/Vox" is kept whole)
        text = text[opening.end() :].strip()
    return Credit(
        text,
        person.photographer if person else None,
        (person or found[0]).agency,
    )


def labelled_credit_alone(line: str) -> Credit | None:
    """A credit under a picture's label standing alone on its line, in brackets or not
    ("Photo credit: Jane Roe | Nation Media Group", "(Illustration by The Washington Post;
    iStock)"), read as credit_alone_in_story reads it; a line with no label is None."""
    text = line.strip()
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()
    if _CREDIT_LABEL_OPENING.match(text) is None:
        return None
    return credit_alone_in_story(text)


def is_credit_word_line(line: str) -> bool:
    """A line that is only a photo agency's name or a desk word ("Getty Images", "Supplied")."""
    text = line.strip()
    return len(text) <= 30 and text.lower() in _CREDIT_ABOVE


# A terminal's or a feed's mark closing the story: "*** End of Reuters Story ***", "-- End of
# Message --", "END OF STORY".
_STORY_END_BANNER = re.compile(
    r"[-=*_ ]*(?i:end\s+of\s+(?:[\w.'’-]+\s+){0,3}(?:story|item|message|transmission))[-=*_ ]*"
)


def caption_under_credit(line: str) -> bool:
    """A caption as the BBC prints one under its credit: four to forty words, no full stop."""
    from archiver.extract.page import is_date_stamp

    words = line.split()
    if _footer_words(line):
        return False  # "PA Media" / "Sign up for our newsletters": the page's foot
    if _STORY_END_BANNER.fullmatch(line.strip()):
        return False  # "REUTERS" / "*** End of Reuters Story ***": the agency signing off
    if is_date_stamp(line):
        return False  # "Reuters" / "March 18, 2025 3:12 AM EDT": the byline over the page's stamp
    text = line.strip()
    if text.endswith(('"', "”")):
        # 'Unite said members had been "left with no choice"': a caption closing on the words
        # it quotes (the BBC's); a paragraph that opens on its quote mark is the story's quote
        return 4 <= len(words) <= 40 and text[:1] not in "\"“'‘" and text[-2:-1] not in ".,?!"
    return 4 <= len(words) <= 40 and not text.endswith((".", ":", "?", "!"))


# A caption line that ends in a credit's label, its name on the next line: a text dump or a
# scan wraps the caption at a fixed width ("... File Photo by" / "Jane Roe/UPI | License Photo").
_DANGLING_LABEL = re.compile(
    r"(?:\b(?i:photos?|photograph|pictures?|images?|pics?|pix)\s+(?i:by)"
    r"|\b(?i:photo|image|picture|credit|foto|fot\.|photograph)\s*:)\s*$"
)
# A credit broken after its joining word: "... Thursday. Jim Watson / AFP via", "... Jane Roe /"
_DANGLING_JOINER = re.compile(r"[.!?”\")]\s+[A-Z][^.!?]{1,60}?\s(?:via|/)$")
# A picture's label alone on its line over its credit: the BBC's "Image copyright" / "Reuters"
# / "Image caption" / the caption ("Image source," since), Anadolu's "File photo" / "Anadolu
# Ajansı" (a rights notice's bare "Copyright" is no picture's label).
_LABEL_ALONE = re.compile(
    r"(?i:image\s+(?:copyright|source|credit)|(?:photo|picture)\s+credit|file\s+(?:photo|picture))"
    r"\s*[:,]?"
)


def is_label_alone(line: str) -> bool:
    """A picture's credit label alone on its line ("Image copyright", "File photo")."""
    return _LABEL_ALONE.fullmatch(line.strip()) is not None


# Words of a page's headings and crossheads in capitals, which a person's name in capitals
# alone holds none of ("KEY FACTS", "PRIME MINISTER", "MÁS INFORMACIÓN", "LIRE AUSSI").
_CAPS_HEADING_WORDS = frozenset(
    "KEY FACTS FACT PRIME MINISTER PRESIDENT DEAR ROCK STAR SUGGESTED ARTICLES ARTICLE STORY "
    "STORIES NEWS LATEST MORE READ ALSO WATCH LISTEN VIDEO PHOTOS GALLERY UPDATE UPDATES LIVE "
    "WEATHER FORECAST TRAFFIC PARTY VIEW LETTERS LETTER PAGE OPINION ANALYSIS TIMELINE "
    "BACKGROUND CONTEXT EXCLUSIVE BREAKING REPORT SPONSORED ADVERTISEMENT RELATED TOPICS "
    "MÁS INFORMACIÓN VIOLENCIA MACHISTA DIRECTO ÚLTIMA HORA NOTICIAS NOTICIA LEER TAMBIÉN "
    "LIRE AUSSI PROPOS RECUEILLIS SUJET MÊME SUITE ABONNÉS MEHR THEMA LESEN AUCH".split()
)
# A common noun's ending, which no given name nor surname in capitals ends on.
_CAPS_NOUN_ENDING = re.compile(r"(?:TION|ISMO|HEIT|KEIT)$")


def caps_person_name(text: str) -> bool:
    """A person's name alone in capitals ("SERGIO MEDINA"), by its shape: two to four words,
    no function word, no word of a page's headings, none ending as a common noun does ("KEY
    FACTS", "MÁS INFORMACIÓN", "PRIME MINISTER" are crossheads)."""
    if not text.isupper():  # first: most lines asked (every line of a story) stop here
        return False
    words = text.split()
    return (
        not set(words) & _CAPS_HEADING_WORDS
        and not any(_CAPS_NOUN_ENDING.search(w) for w in words)
        and _caps_person_alone(text) is not None
    )


def _caps_person_alone(text: str) -> Credit | None:
    """A photographer's name in capitals, two to four words, alone: not a place, not a button
    ("READ MORE"), no function word ("JANE ROE PARA PRESIDENTE")."""
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place

    words = text.split()
    if not 2 <= len(words) <= 4 or set(words) & _CAPS_FUNCTION_WORDS or is_known_place(text):
        return None
    if name_list(text.title()) != [text.title()] or (person := _clean_person(text)) is None:
        return None
    return Credit(text, person, None)


# An institution named in mixed case by its last word, as it credits its own pictures.
_INSTITUTION_LAST = re.compile(
    r"\b(?:Police|Constabulary|Service|Council|Office|Department|Ministry|Agency|University|"
    r"Museum|Trust|Hospital|Authority|Commission|Coastguard|Archives?|Library|[Ff]amily|"
    # a fire brigade gives out its pictures of the fires it fought ("London Fire Brigade")
    r"Fire\s+Brigade)$"
)


# The words of a newsroom's own service, which employs the writer and gives out no picture
# ("Local Democracy Reporting Service" under a BBC writer's name, "BBC World Service"). Not
# "Press" nor "Media": a government's or a force's press or media office gives out the
# pictures it credits ("Ukrainian Presidential Press Service", "Ministry of Defence Press
# Office", "Government Media Office").
_NEWSROOM_WORDS = frozenset("reporting news broadcasting journalism world".split())


# A public body named by a kind of two words, after the place or name that makes it one body
# ("Clark County Fire District 6", "Utah Highway Patrol", "Summit Metro Parks", "Portland Parks
# & Recreation", "Pittsburgh Public Safety"), a district's number or code may close it ("U-46").
# The kind alone ("STATE PARKS", "SCHOOL DISTRICT") is a crosshead's words, so a name must open
# the line; a word after the kind ("SCHOOL DISTRICT BUDGET") makes it a heading of a topic.
# Three capitalised words at most name it ("Los Angeles County"): more before the kind are a
# crosshead's sentence ("Cuts Hit Maple Grove School District"), as is "and" or "&" there.
_PUBLIC_BODY_LAST = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:Fire|School|Park|Parks|Water|Library|Transit|Sanitary|Hospital|Utility) District"
    r"|(?:Highway|State) Patrol|Fire Rescue|Metro Parks|Public Safety"
    r"|Parks? (?:&|and) Recreation)(?:\s+(?:No\.\s*)?[A-Z]?-?\d{1,3})?$"
)


def is_public_body(text: str) -> bool:
    """A public body named alone by its two-word kind ("Clark County Fire District 6",
    "Portland Parks & Recreation"), in capitals too ("SUMMIT METRO PARKS")."""
    if len(text) > 60:
        return False
    if text.isupper():
        # in capitals, the cheap screen's only: the caps readings weigh it over its caption
        # (an office in capitals is its agency there, "CASCADE METRO PARKS")
        text = " ".join(w.capitalize() if w != "&" else w for w in text.split())
    return is_institution(text) and _INSTITUTION_LAST.search(text) is None


# The small words inside an institution's name ("Ministry of Defence", "Fire and Rescue").
_INSTITUTION_JOINS = frozenset({"of", "and", "for", "&"})


def is_institution(text: str) -> bool:
    """A police force, a council, an office, a family named alone in capitalised words, as
    it credits the pictures it gives out ("Dorset Police", "Met Office", "Roe family"), or a
    public body by its two-word kind ("Utah Highway Patrol", "Summit Metro Parks"). A
    newsroom's service under the writer's name is the writer's employer."""
    words = text.split()
    # the joining words don't count: "Devon and Somerset Fire and Rescue Service" is five
    # names long, as "Scottish Fire and Rescue Service" is four
    capitalised = sum(w not in _INSTITUTION_JOINS for w in words)
    if (
        not 2 <= capitalised <= 6
        or len(words) > 9
        or any(w.lower() in _NEWSROOM_WORDS for w in words)
    ):
        return False
    # a district's number closing the name ("Fire District 6") is no lowercase word
    named = words[:-1] if words[-1].isdigit() else words
    if not all(w[:1].isupper() or w in _INSTITUTION_JOINS or w == "family" for w in named):
        return False
    if capitalised <= 5 and "&" not in words and _INSTITUTION_LAST.search(text) is not None:
        return True
    # "&" only inside the kind ("Portland Parks & Recreation"): "Crime & Public Safety" is a
    # section's name, the word before the kind no place's
    if "&" in words and _PARKS_AND_RECREATION.search(text) is None:
        return False
    return _PUBLIC_BODY_LAST.search(text) is not None


_PARKS_AND_RECREATION = re.compile(r"\bParks? & Recreation\b")


# A legislature's word after a nation's adjective ("Nigerian Senate", "Kenyan Parliament").
_LEGISLATURE = re.compile(r"\b(?:Senate|Parliament|Assembly|House|Congress|Council)\b")


def _name_alone_credit(text: str) -> Credit | None:
    """A person's name (two to four capitalised words) or an organisation in capitals alone on
    a line: the credit, when the caller has placed it over a caption below the byline."""
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place, is_region_name

    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 60 or is_known_place(text):
        return None
    if is_region_name(text):
        return None  # "TAMPA BAY" over the caption: a local station's location tag
    if text.isupper() and _ORG_WORDS.search(text):
        return Credit(text, None, text)  # "U.S. GEOLOGICAL SURVEY"
    if is_demonym(words[0]) and _LEGISLATURE.search(text):
        # "Nigerian Senate", "Kenyan Parliament": a nation's adjective opens a legislature's
        # name, the lead picture's caption (its alt text), never a person's ("Iranian
        # Presidency", a handout's credit, is read as before)
        return None
    if len(words) <= 4 and name_list(text) == [text] and (person := _clean_person(text)):
        return Credit(text, person, None)  # "Greg Nash"
    return None


# A person's name and nothing else: two to four capitalised words, no mark but a name's own.
_BARE_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}")


def name_alone_under_caption(caption: str, line: str) -> Credit | None:
    """A photographer's name alone ("Jane Roe") under a caption's sentence, the credit the page
    prints after its caption (Nine's papers, The Sydney Morning Herald and The Age): read only
    where the caller has placed the two in the page's header, under its byline and buttons."""
    if len(caption.split()) < 4 or _SENTENCE_STOP.search(caption.rstrip()) is None:
        return None
    text = " ".join(line.split())
    if _BARE_NAME.fullmatch(text) is None or is_credit_line(text):
        return None  # "(WDIV Photojournalist Jane Roe)": a credit of its own shape, read so
    alone = _name_alone_credit(text)
    return alone if alone is not None and alone.photographer else None


# A credit's tail wrapped onto the line under its label has at most this many characters.
_CUT_CREDIT_TAIL_CHARS = 60


def credit_cut_over(line: str, below: str) -> Credit | None:
    """`line` closes on a labelled credit the capture's width cut ("... on Aug. 3, 2022.
    Credit: Kylie" / "Cooper/The Texas Tribune"): the credit read on the line alone stops at
    the cut, and the line below, a credit's tail of its own shape (a name, a slash and an
    outlet), joined to it reads as the one credit the label opens; that credit, or None. A
    whole credit on the line ("Credit: Jane Roe/AP") keeps the line below no part of it."""
    tail = below.strip()
    if "/" not in tail or len(tail) > _CUT_CREDIT_TAIL_CHARS or not tail[:1].isupper():
        return None
    if find_credit(tail, in_header=True) is None:
        return None  # the tail a credit's shape of its own ("Alvarez/The Texas Tribune")
    alone = find_credit(line, in_header=True)
    if alone is None or "/" in alone.credit:
        return None
    if len(alone.credit.split()) != 1 or alone.agency is not None:
        return None  # "Credit: Reuters" / "Jane Roe/AP": a whole credit, the next photo's below
    if len(tail.split("/", 1)[0].split()) != 1:
        return None  # the tail's name before the slash a surname alone ("Cooper/The Paper")
    label = rf"(?i:credit|photo|image|picture)s?\s*:\s*{re.escape(alone.credit)}$"
    if re.search(label, line.rstrip()) is None:
        return None  # the label, then the credit's first words, closing the line
    joined = find_credit(f"{line.rstrip()} {tail}", in_header=True)
    if joined is None or joined.credit != f"{alone.credit} {tail}":
        return None
    return joined


def credit_wrapped_over(line: str, below: str) -> Credit | None:
    """The credit of a caption wrapped inside it: `line` ends in a credit's label ("Photo
    by", "Credit:") and, joined to the line `below`, the two read as one credited caption."""
    if not below or len(below) > 120:
        return None
    if (cut := credit_cut_over(line, below)) is not None:
        return cut  # "... Credit: Kylie" / "Cooper/The Texas Tribune"
    alone = is_label_alone(line)
    # both patterns below end their match at the line's end (or before a last newline): on a
    # joining word or a slash, on a label's "by" or its colon; a line ending otherwise (most
    # lines asked: every line over another) is spared their searches at each of its characters
    # (pinned in tests/test_extract_fast_paths.py)
    end = line.rstrip()[-3:]
    if not alone and end.endswith(("via", "/")) and _DANGLING_JOINER.search(line) is not None:
        # "... on Thursday. Jim Watson / AFP via" / "Getty Images": the credit's joining word
        # left at the line's end by the capture's width, the credit begun after the sentence
        joined = find_credit(f"{line.rstrip()} {below.strip()}", in_header=True)
        return joined if joined is not None and joined.credit.endswith(below.strip()) else None
    if not alone and (
        not (end.endswith(":") or end[-2:].lower() == "by") or _DANGLING_LABEL.search(line) is None
    ):
        return None
    if re.search(r"[a-z]{2}[.!?]$", below.rstrip()):
        return None  # "... a famous photo by" / "Ansel Adams of Yosemite in winter.": prose
    if alone and is_chrome(below.strip()):
        # "File photo" / "Share This" (Vanguard's foot): the page's button under the label
        # of a picture credited to no one
        return None
    if alone:  # the label and its credit, as printed on one line: "File photo: Reuters"
        return find_credit(f"{line.strip().rstrip(':,')}: {below.strip()}", in_header=True)
    return find_credit(f"{line.rstrip()} {below.strip()}", in_header=True)


# An advertisement's button a page prints between its lines: "Hide Ad", "Close ad".
_AD_BUTTON = re.compile(r"(?i:hide|close|skip)\s+(?i:this\s+)?(?i:ads?)")
# A story's flag in capitals opening its first paragraph: "EXCLUSIVE: ...", "BREAKING: ...".
_STORY_FLAG = re.compile(r"(?:EXCLUSIVE|BREAKING(?: NEWS)?|UPDATED?|DEVELOPING|SCOOP)\s*:\s")


# A section's or a desk's two words that an outlet's pattern reads as a paper's name ("Local
# News | Jane Roe" over a caption is the section's label over its writer).
_SECTION_NOT_OUTLET = frozenset(
    f"{a} {b}"
    for a in "local national world breaking business sports metro city top latest".split()
    for b in ("news", "desk")
)


def _bar_outlet(outlet: str) -> bool:
    """`outlet` before a bar and a photographer's name is a paper's or an agency's: a paper's
    name of two words or more ("Navajo Times"), or a desk, an agency or a site the code knows;
    a one-word section's name ("National", "Review", "Sports", "Local") is a section's label
    over its writer."""
    from archiver.extract.roles import _SITES

    return (
        (
            len(outlet.split()) >= 2
            and OUTLET_NAME.match(outlet) is not None
            and outlet.lower() not in _SECTION_NOT_OUTLET
        )
        or _is_agency(outlet)
        or _SITE_NAME.fullmatch(outlet) is not None
        or outlet in _SITES
    )


# A paper's or an agency's name, a bar, a person's name: "Navajo Times | Jane Roe-Begay".
_OUTLET_BAR_PERSON = re.compile(
    rf"(?P<outlet>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){{0,3}})\s+\|\s+"
    rf"(?P<person>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}})"
)


# A paper's initials as its desk signs a picture: "ST", "NST", "SCMP".
_PAPER_INITIALS = re.compile(r"[A-Z]{2,5}")


# a page of like lines (a masthead's capitals repeated, "NEW YORK - " thousands of times)
# asks the same pair again for each block: kept, the answer is the one a call gives (the
# function reads nothing but its arguments; a Credit is frozen)
# An office's picture's caption is short; over a long sentence the office's name heads the
# story's report ("Kent Police" / "Officers are appealing for witnesses after ...").
_OFFICE_CAPTION_WORDS = 24
# A report's sentence, no picture's caption: a plan or a figure ("The department would hire
# 12 new officers.", "The average price was $3.08, up 11 cents.").
_REPORTED_NOT_PICTURED = re.compile(
    r"\b(?:will|would(?! like\b)|should|must|plans? to|expects?|expected)\b"
    r"|[$%€£]|\d\s*(?:percent|cents)\b"
)


# The most words a caption printed without its stop holds on one line under its credit (a
# paragraph without a stop runs longer).
_ONE_LINE_CAPTION_WORDS = 16
# The words of an emergency service's name ("Devon and Somerset Fire and Rescue Service",
# "Kent Police", "HM Coastguard").
_EMERGENCY_SERVICE = re.compile(r"\b(?:Fire|Rescue|Police|Constabulary|Coastguard|Ambulance)\b")


@short_text_cache
def credit_over_caption(
    line: str,
    caption: str,
    *,
    in_header: bool = False,
    byline_seen: bool = False,
    name_alone: bool = False,
    stopless: bool = False,
    byline_apart: bool = False,
    first_picture: Callable[[], bool] | None = None,
) -> Credit | None:
    """A credit line printed over its caption, the caption a sentence or two (four to thirty
    words) with no credit of its own: "Ti Gong" (a desk word) or "Jane Roe / SHINE" (a
    person and an agency) over "Workers inspect the panels on Monday." (Shanghai Daily, the
    BBC and others print the credit first). A desk word alone stands over a full sentence
    only above the story (in the story, "Supplied" over a sentence may be a stray word). Below
    the byline (`byline_seen`), "Jane Roe, Star Tribune" over a caption's sentence is its
    credit too (above the byline, that shape is the byline's). `stopless`: the page prints
    its other credits over captions with no stop (the BBC's pages), so a name alone may stand
    over such a caption too. `byline_apart`: the page prints its byline on a "By" line of its
    own, so in the story "Jane Roe | The Paper" over a caption's sentence is no writer's line
    but the picture's credit, as Lee's and CNHI's pages print it. `first_picture`: asks
    whether no caption was read above (an emergency service's name over a stopless line is
    read as the one picture's credit only there); a question, not a flag, since answering it
    walks every role read so far and only that one branch asks it."""
    from archiver.extract.bylines import is_by_line
    from archiver.extract.page import is_date_stamp

    words = len(caption.split())
    if not 4 <= words <= 30 or find_credit(caption, in_header=True) is not None:
        return None
    if _AD_BUTTON.fullmatch(line.strip()):
        return None  # "Advertisement" / "Hide Ad" over the caption: the ad's button
    if _STORY_FLAG.match(caption):
        # "EXCLUSIVE: Peacock has opted not to ...": the story's first paragraph flagged as
        # the trade press flags a scoop; no caption opens so
        return None
    if is_date_stamp(caption):
        # "Jane Roe / AP" over "March 23, 2025 9:41 AM EDT": a name over the page's date stamp
        # is the byline block (a magazine republishing an agency's story), not a credit
        return None
    if is_by_line(caption):
        return None  # "Fot. PAP/Jane Roe" over "Autorka: Ewa Nowak (PAP)": the writer's line
    text = line.strip()
    if is_by_line(text):
        return None  # "By Jane Roe | Capital Chronicle": a line opening with "By" is a byline
    if is_credit_word_line(text) and (in_header or caption_under_credit(caption)):
        agency = None if text.lower() in _DESKS_ALONE else text
        return Credit(text, None, agency)
    if is_picture_library(text) and _CAPTION_END.search(caption.rstrip()):
        # "Getty Images" over "A beach on a warm afternoon.": a picture library signs no
        # story and is no subhead, so over a caption's sentence it is the credit, printed first
        # (NBC's and other stations' pages)
        return Credit(text, None, text)
    if (
        not in_header
        and words <= _OFFICE_CAPTION_WORDS
        # a public body in capitals too ("MANHEIM TOWNSHIP SCHOOL DISTRICT")
        and (is_institution(text) or (text.isupper() and is_public_body(text)))
        # "Credit: Fort Worth Police Department": a labelled credit, read by its label
        and ":" not in text
        and not _is_agency(text)
        and _CAPTION_END.search(caption.rstrip())
        and INNER_SENTENCE.search(caption) is None
        and _SAYING.search(caption) is None
        # "A diagram shows where plantings will be added.": a caption that says what its
        # picture shows may tell a plan; a report's sentence that does not is no caption
        and (
            _REPORTED_NOT_PICTURED.search(caption) is None
            or _DEPICTING_OPENING.match(caption) is not None
        )
        # "Parks Department" over "The parks department opened the city pool ...": a
        # roundup's heading over its paragraph, which opens on the office again as the
        # one who acts (a caption shows: "Officers from the ... Police Department unload")
        and not caption.casefold().removeprefix("the ").startswith(text.casefold())
        # "The Post Office" over a sentence: an office's name with its article heads a
        # section; a credit names the office bare
        and not text.startswith(("The ", "the "))
    ):
        # "Marysville Police Department" over "Officers from the department unload a freezer
        # in March.": the office that lent the picture, its credit printed first over a
        # caption of one sentence (a section's head stands over sentences that report); in
        # capitals the office is its agency, as the caps readings have it ("CASCADE METRO PARKS")
        return Credit(text, None, text if text.isupper() else None)
    if _LENT_PICTURE.fullmatch(text) is not None and _CAPTION_END.search(caption.rstrip()):
        # "Submitted photo" over "A drawing shows the new center.": the desk's word and the
        # picture's, the whole line, over a caption's sentence (Ogden and Adams papers print
        # the credit first); the word alone ("Provided") or "Family photos", a subhead's
        # words too, stays where it is
        return Credit(text, None, None)
    if (
        text.isupper()
        and _CAPTION_END.search(caption.rstrip())
        and (desk_line := _DESK_PHOTO_LINE.fullmatch(text)) is not None
        and desk_line.group("dash") is None
        and (
            _is_agency(desk_line.group("org"))
            or (_PAPER_INITIALS.fullmatch(desk_line.group("org")) and "FILE" in text.split())
        )
        and desk_line.group("org").capitalize() not in _NO_FILE_OWNER  # "THE FILE PHOTO"
    ):
        # "ST FILE PHOTO" over "SCDF has warned against ...": the paper's initials and its file
        # photo (or an agency and its photo), in capitals, printed over the caption (The
        # Straits Times); "COMMUNITY PHOTOS" over a caption is a gallery's heading, and so is
        # a short word's "MORE PHOTOS", "NEW PHOTOS", "TOP PHOTO" (capitals, but no paper's)
        return Credit(text, None, desk_line.group("org"))
    if (
        byline_seen
        and in_header
        and len(text) <= 80
        and _CAPTION_END.search(caption.rstrip())
        and (m := _PERSON_AND_OUTLET.fullmatch(text)) is not None
    ):
        # "Jane Roe, Star Tribune" over "Scaffolding covers the dome.": below the byline that
        # shape is no writer's, and over a caption's sentence it is the photo's credit
        return _person_outlet_line(text, m)
    if (
        not in_header
        and len(text) <= 80
        and _CAPTION_END.search(caption.rstrip())
        and not _footer_words(caption)
        and not _COPYRIGHT_WORD.search(caption)
        and (m := _PERSON_AND_OUTLET.fullmatch(text)) is not None
        and (
            _is_agency(m.group("outlet").strip())
            or _PHOTOGRAPHER_TITLE.fullmatch(m.group("outlet").strip()) is not None
            # "ASHLEY VORHEES, CLEVELAND.COM": the photographer and the site's address, the
            # whole line in capitals as Advance's and Lee's pages set a picture's credit (a
            # writer's sign-off or a roundup's name keeps its small letters)
            # ("CONTACT MARA KESSLING, SYRACUSE.COM", a writer's contact line, names no one)
            or (
                text.isupper()
                and _CAPS_SITE.fullmatch(m.group("outlet").strip()) is not None
                and _names_a_person(m.group("person").strip().title())
            )
            # "Jane Roe | Cannon Falls Beacon" over "The band leads the parade.", the page's
            # byline a "By" line of its own: the photographer, a bar, a paper's name of two
            # words or more (_bar_outlet)
            or (
                byline_apart
                and " | " in text
                # or a site's own address, alone or after its company ("NJ Advance Media
                # for NJ.com", Advance's credit line): no section's label is an address
                and (
                    " " in m.group("outlet").strip()
                    or _SITE_NAME.fullmatch(m.group("outlet").strip()) is not None
                )
                and _bar_outlet(m.group("outlet").strip())
                # "Lorna Vik | The Beacon" / "Lorna Vik is a longtime volunteer ...": a
                # columnist's tagline naming her, no photographer's credit
                and m.group("person").split()[-1] not in caption
            )
        )
    ):
        # "Kyle Brandt, AP" over "An elephant explores its new habitat on Monday.": in the
        # story a name and a photo or wire agency over a caption's sentence is the photo's
        # credit, printed first (AOL, Yahoo); a paper's name after the comma is left alone
        # (there the line may be a writer's, in a roundup of stories). "Jane Roe, Staff
        # photographer" (Lee's and other local papers' pages): the title says who took a
        # picture, never who wrote a story
        return _person_outlet_line(text, m)
    if (
        len(text) <= 80
        and _CAPTION_END.search(caption.rstrip())
        and (bar := _OUTLET_BAR_PERSON.fullmatch(text)) is not None
        and _bar_outlet(bar.group("outlet"))
        and (person := _clean_person(bar.group("person"))) is not None
    ):
        # "Navajo Times | Jane Roe-Begay" over "A chapter officer shows off the panels.": the
        # paper, a bar, its photographer, printed over the caption (a community paper's
        # site, as AP sets "AP Photo/Jane Roe"); a byline names its writer after a "By"
        return Credit(text, person, bar.group("outlet"))
    if (
        not in_header
        and _CAPTION_END.search(caption.rstrip())
        and caption[:1].isupper()
        and (lender := _lender_over_caption(text, caption)) is not None
    ):
        # "DeKalb County Police Department" or "Facebook: DeKalbCountyPolice" over "Bryson
        # shakes hands with officers ...": in the story, the office or the social account
        # that lent the picture, printed over its caption (BuzzFeed News)
        return lender
    if (
        (name_alone or not in_header)
        and text.isupper()
        and 2 <= len(text.split()) <= 6
        and _CAPS_INSTITUTION.search(text) is not None
        and _CAPTION_END.search(caption.rstrip())
    ):
        # "NATIONAL WEATHER SERVICE" over "A satellite image ...": in the story, or where the
        # caller gives leave (right under a byline, it may be the writer's institution)
        return Credit(text, None, text)
    if (
        _CAPTION_END.search(caption.rstrip())
        and len(text) <= 80
        and (m := _FOR_OUTLET.fullmatch(text)) is not None
        and (_is_agency(m.group("org")) or OUTLET_NAME.match(m.group("org")))
        and (person := _clean_person(m.group("person"))) is not None
    ):
        # "Jane Roe for The New York Times" over "Workers protested the merger last month.":
        # a photographer working for a paper, printed over the caption
        return Credit(text, person, m.group("org"))
    if (
        name_alone
        and in_header
        and (
            _CAPTION_END.search(caption.rstrip())
            or (stopless and caption_under_credit(caption) and caption[:1].isupper())
        )
        and (alone := _name_alone_credit(text)) is not None
    ):
        # "Greg Nash" or "U.S. GEOLOGICAL SURVEY" over "Schumer arrives for a vote.", with the
        # byline and the page's stamp or buttons above: the photo's credit, printed first
        return alone
    if (
        name_alone
        and in_header
        # the page prints its credits over stopless captions, or an emergency service over
        # one line of a picture's words (a page with one picture shows its way once; a
        # force or a fire service hands out its pictures of the scene, where a council's
        # name there may be the page's topic tag)
        and (
            stopless
            or (
                # the page's first picture: under another picture's caption, the name over a
                # stopless line is a crosshead's label ("The Ambulance Service" / "What the
                # plan means for you"), the page's way with credits already shown otherwise
                len(caption.split()) <= _ONE_LINE_CAPTION_WORDS
                and _EMERGENCY_SERVICE.search(text) is not None
                and (first_picture is None or first_picture())
            )
        )
        and caption_under_credit(caption)
        and caption[:1].isupper()
        and not _CAPTION_END.search(caption.rstrip())
        and is_institution(text)
    ):
        # "Dorset Police" over "Callum Roe, 24, had worked there for less than a year", on a
        # page that prints its credits over captions with no stop: the force's own picture
        return Credit(text, None, text)
    if caption_under_credit(caption) and (desk := agency_photo_desk(text)) is not None:
        # "KUNA Photo" / "AP Laserphoto" over "His Highness the Amir Sheikh ...": the agency's
        # photo desk printed over a caption without its stop
        return desk
    if not is_credit_line(text):
        return None
    credit = find_credit(text, in_header=True) or emailed_credit(text)
    if (
        credit is not None
        and not credit.photographer
        and credit.agency
        and _is_agency(credit.agency)
        and _AGENCY_PICTURE_WORD.search(text) is not None
        and _CAPTION_END.search(caption.rstrip())
    ):
        # "ASSOCIATED PRESS FILE PHOTO" / "A locomotive sits in a rail yard.": a wire's own
        # picture, the word "photo" after the agency's name, over its caption's sentence (a
        # paper's page running the wire's story and picture)
        return credit
    return credit if credit is not None and credit.photographer else None


# "... FILE PHOTO", "... Photo": the picture's word closing an agency's credit line.
_AGENCY_PICTURE_WORD = re.compile(r"\s(?i:file\s+)?(?i:photo|photograph)\.?$")


# A social network's account as a picture's source: "Facebook: DeKalbCountyPolice",
# "Twitter: @nwsboston", "Instagram: @janeroe", the platform's name, a colon, then a handle or
# a page's name.
_SOCIAL_SOURCE = re.compile(
    r"(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Flickr|Reddit|Snapchat|Threads|Bluesky)"
    r"[ \t]*:[ \t]*(?:@[\w.]{2,30}|[A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,4})"
)
# A writer's note, not a caption, under a contact line: "Jane Roe is a reporter for ...".
_WRITER_NOTE = re.compile(
    r"\b(?i:reporter|correspondent|writer|editor|columnist|contributor|journalist)\b"
)


# A picture shows what is or was: a sentence of what will or may be ("Crews will end leaf
# pickup on Friday") is a paragraph's, under a section's heading.
_WHAT_WILL_BE = re.compile(r"\b(?i:will|would|shall|may|might|must|should|can|could)\b")


def _lender_over_caption(text: str, caption: str) -> Credit | None:
    """An office ("DeKalb County Police Department", the lender grammar's) or a social
    account ("Facebook: DeKalbCountyPolice") alone on the line over a caption's sentence.
    A section's heading in a roundup ("Parks Department" / "The parks department will open
    the pool ...") names what its paragraph speaks of, and says what will be: a sentence
    that repeats the office's head word or speaks of what will or may be is that; a writer's
    note under a contact line is no caption."""
    if _SOCIAL_SOURCE.fullmatch(text):
        return None if _WRITER_NOTE.search(caption) else Credit(text, None, None)
    m = _ORG_LENDER.fullmatch(text)
    if m is None or text.split()[0] in ("The", "A", "An"):
        return None
    head = text.split(" of ")[0].split()[-1].lower()
    if re.search(rf"\b{re.escape(head)}", caption.lower()) or _WHAT_WILL_BE.search(caption):
        return None
    return Credit(text, None, None)


_PHOTO_DESK_LINE = re.compile(
    r"(?P<agency>[A-Z][\w.&\-]{0,14}(?: [A-Z][\w.&\-]{0,14})?) "
    rf"(?:{_PHOTO_SERVICE}|[Pp]hotos?|PHOTOS?)\.?"
)


def agency_photo_desk(line: str) -> Credit | None:
    """A line that is only an agency's photo desk or picture service: "KUNA Photo", "BTA
    Photo", "AP Laserphoto", "UPI Telephoto" (an agency the list knows, or in capitals)."""
    text = " ".join(line.split())
    m = _PHOTO_DESK_LINE.fullmatch(text)
    if m is None:
        return None
    agency = m.group("agency")
    if not (_is_agency(agency) or (agency.isupper() and len(agency) <= 8)):
        return None  # "Family Photo", "Staff Photos": no agency
    return Credit(text.rstrip("."), None, agency)


# How many words a paper's name in capitals over a caption may have ("THE WORLD-HERALD", "STAR
# TRIBUNE", "THE SEATTLE TIMES").
_PAPER_CREDIT_WORDS = (2, 5)


def is_caps_paper_name(text: str) -> bool:
    """A newspaper's name set in capitals, two to five words ("THE WORLD-HERALD", "STAR
    TRIBUNE"): a paper's word last (after a hyphen too)."""
    from archiver.extract.pagetops import is_paper_name

    lo, hi = _PAPER_CREDIT_WORDS
    if not text.isupper() or not lo <= len(text.split()) <= hi:
        return False
    return is_paper_name(re.sub(r"-(?=[A-Z]+$)", " ", text).title())


def paper_over_caption(line: str, caption: str, named_in: list[str]) -> Credit | None:
    """The printing paper's own name in capitals over a caption in the story ("THE
    WORLD-HERALD" / "Workers leave the plant ..."): a staff photo credited to the paper, as
    US papers print it. The name must be a paper's (a newspaper's word last, "-HERALD" too)
    and the page must name that paper elsewhere, in `named_in` (the byline, the page's top
    and foot lines): a subhead in capitals ("GOOD NEWS") is no paper the page names."""
    text = " ".join(line.split())
    if not is_caps_paper_name(text):
        return None
    if not 4 <= len(caption.split()) <= 30 or not _CAPTION_END.search(caption.rstrip()):
        return None
    if find_credit(caption, in_header=True) is not None:
        return None  # the caption carries its own credit
    key = re.sub(r"^THE\s+", "", text).casefold()
    if not any(key in other.casefold() for other in named_in if other.strip() != text):
        return None
    return Credit(text, None, text)


# A match report's box label with the player's name under it ("Player of the match" / "Jane
# Roe", BBC Sport's, ESPN's and the papers' match pages), which reads like a caption and its
# photographer's name.
_MATCH_LABEL = re.compile(
    r"(?i:(?:player|man|woman|star|hero)\s+of\s+the\s+(?:match|game|round|day|tournament|series)"
    r"|(?:top|leading)\s+(?:scorer|rebounder|passer)s?)"
)


def name_under_caption(caption: str, line: str) -> Credit | None:
    """A photographer's name alone on the line under a caption of four to twenty-five words
    ("Prédio do programa em Marvila" / "Rui Pacheco Coelho"), the two lines a block of their
    own: the caller asks only below the byline, where a name line is no writer's."""
    text = " ".join(line.split())
    words = len(caption.split())
    if not 4 <= words <= 25 or caption.rstrip().endswith((":", "?")) or len(text) > 50:
        return None
    if _PERSON.fullmatch(text) is None or find_credit(caption, in_header=True) is not None:
        return None
    if _MATCH_LABEL.fullmatch(caption.strip()) is not None:
        return None  # "Player of the match" / "Jane Roe": a match report's box, no picture
    from archiver.extract.bylines import name_list
    from archiver.extract.gazetteer import is_known_place

    person = _clean_person(text)
    if person is None or not 2 <= len(text.split()) <= 4 or is_known_place(text):
        return None
    if text.isupper() or name_list(text) != [text]:  # "LEARN MORE": a button, not a name
        return None
    if _footer_words(caption) or _footer_words(text):  # "Privacy Dashboard"
        return None
    if _LICENCE_NAME.search(text) is not None:
        return None  # "Creative Commons License" under the page's last line: its licence badge
    if (labelled := find_credit(text, in_header=True)) is not None and labelled.credit != text:
        # "Copyright Euronews", "Photo Jane Roe": a credit under its label, no name of a
        # person; read as the labelled credit line it is
        return None
    return Credit(text, person, None)


# A licence's name ("Creative Commons License", "Open Government Licence"): no person's.
_LICENCE_NAME = re.compile(r"\b(?i:licen[cs]e|creative\s+commons)\b")


# A caption in the story stands as a paragraph of its own: a sentence or two, no more.
_STORY_CAPTION_WORDS = 60
# What sets a caption's credit off from the caption: a bracket, a copyright sign, a bar, a
# dash, or a label's colon ("... in December Credit: Jane Roe"), right before the credit.
_SET_OFF = re.compile(
    r"(?:[(\[©|—–:]|\s-|\s-\s+(?i:copyright)"
    # or a label in words: "... in a rooming house. Photo via Shutterstock"
    r"|\s(?i:photos?|photographs?|images?|pictures?|pics?)\s+(?i:by|via))\s*$"
)
# The space before a lender's credit ("... reacts Action Images via Reuters/Jane Roe").
_LENT_OFF = re.compile(r"\s*$")
# A label that sets a credit off ("Credit:", "Photo:", "©"), as opposed to a bracket or a dash.
_LABEL_OFF = re.compile(
    # "... March 10, 2023. - Copyright AFP": Euronews sets the agency off with the word
    r"(?:©|\s-\s+(?i:copyright)"
    r"|(?i:credit|photo|photograph|image|picture|pic|foto|source|fotoğraf|fotó)s?\s*:"
    # "... in a rooming house. Photo via Shutterstock.": the label in words, after a sentence
    r"|[.!?\"”’]\s+(?i:photos?|photographs?|images?|pictures?|pics?)\s+(?i:by|via))\s*$"
)
# A caption's credit under a label in words, its full stop kept ("... on Hastings Street.
# Photo by Jane Roe.", "... in a shared kitchen. Photo via Shutterstock."), as some sites
# print every caption among the story's paragraphs.
_WORDED_LABEL_STOP = re.compile(
    r"[.!?\"”’]\s+(?:Photos?|Photographs?|Images?|Pictures?)\s+(?:by|via)\s+"
    # a name's or a source's words, capitalised ("... fill two rooms." is a sentence's)
    r"[A-Z][\w'’&/-]*(?:\s+(?:[A-Z][\w'’&./-]*|of|the|and|for|de|van|von|/)){0,6}\.$"
)


def labelled_credit(line: str, credit: Credit) -> bool:
    """The credit ending `line` is set off by a picture's label ("... vacancy Picture: ALAMY",
    "... Photo: Jane Roe"), which no agency's or writer's sign-off carries."""
    text = " ".join(line.split())
    at = text.rfind(credit.credit)
    if at <= 0:
        return False
    if _PICTURE_LABEL_OFF.search(text[:at]) is not None:
        return True
    # "Map: Platte River roosting sites. NEBRASKA GAME AND PARKS COMMISSION", "Chart: Lake
    # level, 2013–2023. Global News / B.C. River Forecast Centre": a figure's label opening
    # its caption, the maker after the caption's stop; no paragraph a writer or a wire signs
    # off opens so
    return _FIGURE_CAPTION_OPENING.match(text) is not None and ends_caption(text[:at])


# A figure's label and its colon opening a caption: "Map: ...", "Chart: ...", "Graphic: ...".
_FIGURE_CAPTION_OPENING = re.compile(
    r"(?i:maps?|charts?|graphs?|graphics?|infographics?|diagrams?)\s*:\s+[A-Z\d]"
)


# A picture's own label before its credit; a bare "©" also closes a page's rights notice
# ("Aviso legal Política de privacidad © EFE 2015"), which is no caption; after the label
# ("Photo © Jane Roe") it is the picture's. "Picture by" / "Photo by" (Malaysian and other
# papers' "... in Air Itam. — Picture by Jane Roe") labels it as much as a colon does: a
# wire's or a writer's sign-off names no picture; capitalised, opening the line, a bracket
# or following a dash or a sentence's stop ("Among the works is an early picture by Jane
# Roe" is the story's sentence).
_PICTURE_LABEL_OFF = re.compile(
    r"(?:\b(?i:photo|photograph|image|picture|pic|foto|credit|fotoğraf|fotó)s?"
    r"\s*(?::|:?\s*©)"
    r"|(?:^|[.!?\"”’(—–]\s*|\s-\s*)(?:Photo|Photograph|Image|Picture|Pic|Foto|Credit)s?\s+by)"
    r"\s*$"
)


def set_off_credit(line: str) -> bool:
    """Whether the line ends in a credit set off from the words before it by a mark (a
    bracket, "©", a bar, a dash, a label's colon or "Photo by"): "... Prefecture. | REUTERS",
    "... Photo: RNZ / Jane Roe"."""
    if not may_hold_credit(line):
        return False
    found = find_credit(line, in_header=True)
    if found is None:
        return False
    at = line.rfind(found.credit)
    before = line[:at]
    if (
        at > 0
        and _LABEL_OPENS_CREDIT.match(found.credit)
        and before[-1:].isspace()
        and _SENTENCE_STOP.search(before.rstrip())
    ):
        # "... 36 sq m. ST PHOTO: LIM YAOHUI": the credit's own label, the paper's or the
        # agency's name before it, sets it off from the caption's closed sentence
        return True
    if (
        at > 0
        and _LABEL_CLOSES_CREDIT.search(found.credit)
        and before[-1:].isspace()
        and _SENTENCE_STOP.search(before.rstrip())
    ):
        # "... at one of the restored units. BERNAMA PIC", "... on Monday. REUTERS FILE
        # PHOTO": the agency's or the paper's name closed by the picture's word after the
        # caption's closed sentence; no sentence of prose ends on it without a stop
        return True
    if at > 0 and found.credit[:1].isupper() and _STOP_GLUED.search(before) is not None:
        # "... closing units in 2030.Jane Roe for The New York Times": the caption's stop
        # run into the credit's capital, no space between (a browser's copy of the caption's
        # and the credit's two spans); no sentence of prose runs into the next so
        return True
    return at > 0 and _SET_OFF.search(line[:at]) is not None


# A sentence's stop right at the end of the words before a credit, no space after it.
_STOP_GLUED = re.compile(r"[a-z0-9][.!?][\"”’]?$")


# A credit closed by the picture's word after a capitalised name: "BERNAMA PIC", "NSTP PIC",
# "REUTERS FILE PHOTO", "AP Photo".
# The name in capitals, an agency's or a paper's initials or name ("Wedding Photos", "Team
# Photo", "Send Your Photos" are a page's headings, no credit).
_LABEL_CLOSES_CREDIT = re.compile(
    r"^[A-Z][A-Z\d.&'’/-]+(?:\s+[A-Z][A-Z\d.&'’/-]*){0,3}\s+(?i:photos?|pics?|pictures?)$"
)


def _person_then_outlet(lead: str) -> bool:
    """A capitals lead that splits into a person's name and an outlet's: "PAUL FERREIRA
    TORONTO STAR", "JOSÉE LÉVESQUE THE CANADIAN PRESS" (a kicker in capitals, "ICE FISHING
    DERBY", "LAKE SIMCOE", "FILE PHOTO", is neither)."""
    from archiver.extract.bylines import looks_like_name

    words = lead.split()
    return any(
        looks_like_name(" ".join(words[:k]))
        and ((rest := " ".join(words[k:])) and (is_caps_paper_name(rest) or _is_agency(rest)))
        for k in range(2, len(words))
    )


# A credit that opens with its label, perhaps after the paper's or the agency's name: "ST
# PHOTO: LIM YAOHUI", "AFP PHOTO: Jane Roe", "Photo: Jane Roe".
_LABEL_OPENS_CREDIT = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s+){0,2}(?i:photos?|photographs?|pictures?|pics?|images?|credit)\s*:"
)


# "... in Malabon City in July 2024. Jire Carreon/Rappler": a caption's sentence, then the
# photographer and the outlet joined by a slash, with no full stop after them (Rappler's and
# other pages' captions among the story's paragraphs). A story's paragraph ends on its own
# sentence's stop; a person's name and an outlet's joined by a slash after it are no prose.
_SLASHED_TAIL = re.compile(
    rf"(?<=[a-z0-9][.!?])\s+(?P<credit>{_NAME_TOKEN}(?:\s+{_LATER_TOKEN}){{1,3}}"
    r"/[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,2})$"
)
# The caption's words before its credit: a sentence, not a heading's few words.
_SLASHED_CAPTION_WORDS = 5
# A poll's sponsors joined by a slash after its figures ("... in the latest survey. Morning
# Consult/Politico", "Reuters/Ipsos", "Siena College/New York Times"): a pollster's word in
# the first name, or a sentence about a poll's figures before it, is no photographer's credit.
_POLLSTER = re.compile(
    r"\b(?:Consult|Ipsos|YouGov|Gallup|Marist|Quinnipiac|Siena|Emerson|Harris|Pew|Rasmussen|"
    r"Monmouth|SurveyUSA|Insights?|Research|Polling|Poll|Analytics|College|University|Institute)\b"
)
_POLL_WORDS = re.compile(
    r"\b(?:poll(?:s|ed|ing)?|survey(?:s|ed)?|percent|per cent|respondents|margin of error)\b|%",
    re.IGNORECASE,
)


def slashed_tail_credit(line: str) -> Credit | None:
    """The credit closing a caption that stands as a paragraph among the story's: "Name/Outlet"
    right after the caption's last full stop, nothing after it ("... in July 2024. Jire
    Carreon/Rappler"). Only a person's name before the slash, under no poll's figures: "...
    rose 2%. Reuters/Ipsos" and "... in the latest survey. Morning Consult/Politico" name a
    poll, no photographer."""
    text = " ".join(line.split())
    if len(text.split()) > _STORY_CAPTION_WORDS or (m := _SLASHED_TAIL.search(text)) is None:
        return None
    if len(text[: m.start()].split()) < _SLASHED_CAPTION_WORDS:
        return None
    from archiver.extract.bylines import looks_like_name

    found = find_credit(m.group("credit"), in_header=True)
    if found is None or found.photographer is None or found.agency is None:
        return None
    if _POLLSTER.search(found.photographer) or _POLL_WORDS.search(text[: m.start()]):
        return None  # "... 46 percent opposed. Morning Consult/Politico": a poll's sponsors
    return found if looks_like_name(found.photographer) else None


def story_caption_credit(line: str, *, stop_off: bool = False) -> Credit | None:
    """The credit of a caption standing as its own paragraph among the story's paragraphs
    ("Passengers wait at the gate (PA)", "... in December Credit: Jane Roe for The Paper",
    "... cut in costs © Jane Roe/AFP/Getty Images"), read as a caption above the story is.

    The story's own reading asks a full stop before the credit, since a story's paragraph
    may end in an acronym in brackets; but a paragraph of story prose ends its sentence
    ("... the Press Association (PA)."), while a caption's credit is printed after it with
    none. So a line as short as a caption that ends in no full stop is one when its credit
    is set off from three words or more of caption by a mark (a bracket, "©", a bar, a dash,
    a label) and names someone: a known agency or desk, a person, or anyone after a label
    ("(Leeds/Bradford)" ending a sentence printed without its full stop names no one)."""
    text = " ".join(line.split())
    if len(text.split()) > _STORY_CAPTION_WORDS:
        return None
    if text[-1:] in ".:;,!?":
        if text[-1:] != "." or _WORDED_LABEL_STOP.search(text) is None:
            return None
        text = text[:-1]
    found = find_credit(text, in_header=True)
    if found is None:
        return None
    at = text.rfind(found.credit)
    before = text[:at] if at > 0 else ""
    mark = _SET_OFF.search(before)
    if (
        mark is None
        and (lent := found.credit.find(" via ")) > 0
        and _is_agency(found.credit[:lent])
    ):
        # "... reacts Action Images via Reuters/Jane Roe": a known agency lending the picture
        # "via" another sets the credit off as a label would
        mark = _LENT_OFF.search(before)
    # "Dmitry Peskov © Sergey Bobylev/TASS" (TASS's captions name the one shown): after a
    # copyright sign a photographer and an agency say a picture is credited, however short
    # the caption
    marked = (
        mark is not None
        and mark.group(0).strip() == "©"
        and found.photographer is not None
        and found.agency is not None
    )
    if (
        mark is None
        and stop_off
        and found.photographer is None
        and _wire(found.credit)
        and (stop := _STOP_OFF.search(before)) is not None
        and len(before.split()) >= _STOP_OFF_WORDS
        and _TWO_SENTENCES.search(before[: stop.start() + 1]) is None
    ):
        # "Commuters make their way through fog on Tuesday. PTI" among a printed page's
        # paragraphs (`stop_off`: its column's lines joined, the caption a line of its own): a
        # wire's name after a caption's one sentence, set off by the stop alone
        return found
    if (
        mark is None
        and _FIGURE_CAPTION_OPENING.match(text) is not None
        and len(before.split()) >= 4
        and ends_caption(before)
    ):
        # "Chart: Lake level, 2013–2023. Global News / B.C. River Forecast Centre": a figure's
        # label opens the caption, whose stop sets its maker off (see labelled_credit)
        return found
    if mark is None or len(before[: mark.start()].split()) < (1 if marked else 3):
        return None
    if (
        mark.group(0).strip() == "("
        and found.agency is None
        and found.photographer == found.credit
        and not ends_caption(before[: mark.start()])
    ):
        # "... on Friday afternoon (Jane Roe)" among the story's paragraphs: a person the
        # sentence names (above the story, the same shape is a caption's credit)
        return None
    if (
        found.photographer is None
        and (found.credit.lower() in _NOT_ALONE or _wire(found.credit))
        and ends_caption(before[: mark.start()])
        and _TWO_SENTENCES.search(before[: mark.start()]) is not None
        and _LABEL_OFF.search(before) is None
    ):
        # "... ends on Sunday. The government is expected to ... later in the day. (ANI)": a
        # wire signing off a paragraph of sentences (a caption is a sentence: "... in
        # Peshawar. — APP", "... in Riyadh. (SPA)")
        return None
    parts = [p.strip() for p in _PART_SEP.split(found.credit)]
    named = (
        _LABEL_OFF.search(before) is not None
        or any(_desk_part(p) for p in parts)
        # "... for the upcoming polls. — APP": a wire's or a desk's initials after a dash (in
        # brackets they may be an acronym after its name: "... the transport union (RMT)")
        or (
            mark.group(0).strip()
            and mark.group(0).strip() in "—–-"
            and found.credit.isupper()
            and found.credit.isalpha()
            and 2 <= len(found.credit) <= 6
        )
        # "... at the floating market. (WAM)", "... in Doha. (QNA)": a wire that prints its
        # name in datelines, in brackets after the caption's one sentence and its stop (an
        # acronym after its name, "the transport union (RMT)", has no stop before it; a
        # paragraph of two sentences signed off so was refused above); a caption's few words
        # reporting nothing: "The new routes will serve Dubai South, Al Furjan and Jumeirah
        # Village Circle. (WAM)" is a story's paragraph the wire signs off mid-story
        or (
            mark.group(0).strip() == "("
            and _wire(found.credit)
            and ends_caption(before[: mark.start()])
            and len(before[: mark.start()].split()) <= _BRACKETED_WIRE_CAPTION_WORDS
            and _WIRE_CAPTION_REPORTING.search(before[: mark.start()]) is None
        )
        or _clean_person(found.photographer) is not None
        # "... in the National Assembly. — DawnNewsTV screengrab": the word says a picture
        or _dashed_screen_grab(text) is not None
    )
    return found if named else None


# The most words of a caption a wire's name in brackets closes ("Visitors at the floating
# market. (WAM)"), and the verbs of a story's reporting paragraph that no caption has.
_BRACKETED_WIRE_CAPTION_WORDS = 10
_WIRE_CAPTION_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|reported|reports|announced|announces|according|"
    r"will|would|expected|plans?)\b"
)


# A sentence's end and the next one's start inside a paragraph ("on Sunday. The government").
# A caption's one sentence closed by its stop, the credit after it: "... on Tuesday. PTI".
_STOP_OFF = re.compile(r"[a-z]{2}\.\s+$")
_STOP_OFF_WORDS = 5
_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z\"“]")
# A sentence's stop inside a text, the next sentence opening after it ("... is open. Here's
# what it cost."): a caption of one sentence has none (a title's or an initial's stop counts
# too, which keeps "U.S. Army" out of what is read as one plain sentence).
INNER_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")
_DASH_LED = re.compile(r"^[—–-]{1,2}\s*(?=\S)")
_PHOTO_WORD = re.compile(r"(?i:photo|foto|pic|image|picture)")


# An agency's name and its editors' initials in capitals, after a story's last paragraph:
# "PTI AAM RBT", "IANS SKP" (the Indian wires' sign-offs).
_INITIALS_SIGNOFF = re.compile(r"(?P<agency>[A-Z]{2,6})(?P<initials>(?:\s+[A-Z]{2,4}){1,3})")
# Words in capitals after an agency's name that make a credit, not initials.
_CREDIT_CAPITALS = frozenset({"FILE", "PHOTO", "PIC", "POOL", "VIA", "AND", "FOR"})


def is_initials_signoff(line: str) -> bool:
    """ "PTI AAM RBT": a wire's sign-off, the agency then its editors' initials (none of them
    an agency, nor a photo's word), not a photo's credit: a credit in capitals names one or
    two agencies ("EPA EFE") or says it is a photo ("AFP FILE")."""
    from archiver.extract.agencies import is_wire_source

    m = _INITIALS_SIGNOFF.fullmatch(" ".join(line.split()))
    if m is None or not is_wire_source(m.group("agency")):
        return False
    initials = m.group("initials").split()
    return not any(w in _CREDIT_CAPITALS or is_wire_source(w) for w in initials)


def is_desk_signoff(line: str) -> bool:
    """ "– TIMES/NA", "— Reuters" on the line under a paragraph: the desks or agencies that
    carried the story signing it off after a dash (or an agency and its editors' initials,
    "PTI AAM RBT"), not a photo's credit. A photo's credit
    after a dash names its photographer ("— Jane Roe/AFP") or says it is a photo ("—INQUIRER
    FILE PHOTO")."""
    text = " ".join(line.split())
    if is_initials_signoff(text):
        return True  # "PTI AAM RBT": the wire and its editors' initials, no dash needed
    m = _DASH_LED.match(text)
    if m is None or _PHOTO_WORD.search(text):
        return False
    found = find_credit(text, in_header=True)
    return found is not None and found.photographer is None


# A name alone in brackets closing a line: "... before the line was closed. (Cuartoscuro)".
_BRACKETED_NAME = re.compile(
    r"(?<=\S)\s*[(\[]\s*(?P<name>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})\s*[)\]]$"
)


def page_sources(lines: Iterable[str]) -> frozenset[str]:
    """The agencies a page credits beside a photographer under a caption the story's reading
    takes for one ("Jane Roe/Cuartoscuro" names Cuartoscuro a source of the page's
    pictures): the page's own word for who its photo sources are, which no list of agencies
    holds."""
    found: set[str] = set()
    for line in lines:
        if "/" not in line or len(line) > 600:
            continue
        credit = find_credit(line) or story_caption_credit(line)
        if credit is not None and _clean_person(credit.photographer) and credit.agency:
            found.add(credit.agency)
    return frozenset(found)


def named_source_caption(line: str, sources: frozenset[str]) -> Credit | None:
    """A caption ending in one of the page's photo sources alone in brackets ("... hold a
    memorial on Tuesday. (Cuartoscuro)") or after a dash that follows the caption's stop
    ("... near Do Darya. — White Star", as Dawn credits its own desk), when elsewhere on the
    page the same source is credited beside a photographer; the caption is caption-short."""
    text = " ".join(line.split())
    if (m := _BRACKETED_NAME.search(text)) is not None:
        name = m.group("name")
    elif (m := _DASHED_WIRE.search(text)) is not None:
        name = m.group("org")
    else:
        return None
    if name not in sources:
        return None
    before = text[: m.start()]
    if len(before.split()) < 3 or len(text.split()) > _STORY_CAPTION_WORDS:
        return None
    return Credit(name, None, name)


def person_before_source(line: str, sources: frozenset[str]) -> Credit | None:
    """A person's name (two or three words), then one of the page's photo sources
    (page_sources: named after a slash beside a photographer elsewhere on the page) with no
    mark between ("Steve Russell Toronto Star" where the page prints "Rick Madonik/Toronto
    Star"): the credit line as printed, its slash lost in the copy. The caller places it alone
    under a caption's sentence."""
    from archiver.extract.bylines import name_list

    text = " ".join(line.split())
    for source in sources:
        if not text.endswith(f" {source}"):
            continue
        head = text[: -len(source)].strip()
        if (
            2 <= len(head.split()) <= 3
            and name_list(head) == [head]
            and _clean_person(head) == head
        ):
            return Credit(text, head, source)
    return None


# The credit after a caption, read as a chain of parties rather than one printed shape: an
# optional label ("Photo by", "Image from", "Courtesy of", "Submitted by"), then parties set
# apart by slashes, spaced dashes, bars, colons or commas ("Jane Roe / Kremlin Pool / TASS",
# "JANE ROE, Journal Star file photo", "Jane Roe, special to ProPublica", "Jane Roe/Civil
# Beat/2019", "Jane Roe, Orlando Sentinel / June 17, 2013"), after the caption's sentence or in
# the brackets that close it. Each party is recognised by its own evidence: a known agency, a
# person's name, an organisation's or outlet's name, a desk's word, or the date of the picture.
_PARTY_LABEL = re.compile(
    # "Picture supplied by Jane Roe.": the picture's noun before the lender's words, which
    # the credit drops as it drops "Photo by" (a bare "Submitted by" stays, the CBC's credit)
    r"^(?:(?i:(?:photo(?:graph)?|image|picture|pic)s?\s+(?:by|from|courtesy(?:\s+of)?"
    r"|(?:submitted|supplied|provided|contributed)\s+by)\s*:?"
    r"|courtesy(?:\s+of)?|(?:submitted|supplied|provided)\s+by|(?:photo|image|picture)\s*:))"
    r"\s+(?:(?i:the)\s+)?"
)
_PICTURE_LABEL = re.compile(r"^(?i:photo|photograph|image|picture|pic)")
# Between two parties; a comma only where no date's day follows it; before "for" and "via"
# ("Jane Roe for The Paper": how the picture reached the page, read with the next party).
_PARTY_SEP = re.compile(
    # "--": a dash as a typewriter and old web pages print it ("Jane Roe -- The Post")
    # "THEO GIACOMETTI FOR LE MONDE": "for" in capitals too, as a credit printed in capitals
    # spells it (Le Monde's; a "VIA" in capitals is read by _CAPS_VIA, "TRAVEL VIA DUBAI" is
    # no credit)
    r"\s*/\s*|\s+(?:[-–—|:]|--)\s+|,\s+(?!\d)|\s+(?=(?:for|via|FOR)\s+[A-Z])"
)
# How a party reached the page, said after it: "special to ProPublica", "for The New Yorker",
# "via Getty Images", "Journal Star file photo", "NSTP file pic".
_PARTY_HOW = re.compile(r"^(?i:special\s+to|for|via)\s+")
_PARTY_FILE = re.compile(r"\s+(?i:file\s+(?:photo|pic|picture|image)|file|photo|pic)$")
# The day the picture was taken, printed as a party of its own: "2019", "June 17, 2013".
_PARTY_DATE = re.compile(
    r"(?:19|20)\d\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?"
    r"\s+(?:19|20)\d\d"
)
# (a capital with its accent opens a word too: "Claudio Álvarez", "Émile Roe", "Łukasz Roe")
_PARTY_WORD = re.compile(
    rf"[{_CAPITAL}0-9][\w'’.&\-]*|&|(?:of|and|the|de|del|la|le|van|von|der|du|di|y)"
)
# Words of a page's furniture, which a line after a sentence may hold ("... programs. FULL
# BIO", "Buy Now", "Related Topics"): no credit's party is made of them.
_PARTY_CHROME = frozenset(
    "full bio related topics buy now read more share comments comment listen watch video"
    " advertisement sign up subscribe newsletter click here see also follow us menu".split()
)
# A party can open with no preposition: "IN OTHER NEWS TODAY", "On the Record", "At a Glance"
# are a page's headings over other stories, no outlet's or person's name.
_PARTY_OPENINGS_NOT_NAME = frozenset(
    "in on at from with".split()  # not "inside": "Inside Climate News" is an outlet
)
_PARTY_NOT_NAME = re.compile(
    r"\b(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
    r"|april|june|july|august|september|october|november|december|photo|photos|video)\b"
)


# A paper's name in capitals at the end of a credit's head: "THE JAKARTA POST", "THE STAR".
_PAPER_IN_CAPITALS = re.compile(r"\bTHE(?:\s+[A-Z][A-Z'’&-]+){1,3}\s*$")


def _section_kicker(head: str, rest: str) -> bool:
    """`NATIONAL / TRANSPORT`, `WORLD / ASIA PACIFIC`, `BUSINESS / ECONOMY`: a page's section
    (a menu's word) over its subsection, both in capitals and neither an agency, as the Japan
    Times and other sites print their kicker; no desk over a photographer."""
    from archiver.extract.masthead import MENU_WORDS

    return (
        head.isupper()
        and rest.isupper()
        and head.lower() in MENU_WORDS
        and not _is_agency(head)
        and not _is_agency(rest)
    )


# The word a paper's name ends in, which no caption's phrase before a bar does.
_PAPER_LAST_WORDS = frozenset(
    "times post news shimbun ilbo daily herald star tribune mail express journal gazette "
    "chronicle standard nation inquirer observer review weekly press".split()
)


# A sentence's end inside a caption: a word's stop (not an initial's: "J.") and the space
# after it. A title's or a month's stop ("Gov.", "Col.", "Sept.") matches too: see
# _caption_last_sentence.
_CAPTION_SENTENCE_BREAK = re.compile(r"(?<=[a-z\d]{2}[.!?])[\"”’]?\s+")
# A month's abbreviation, whose stop ends no sentence ("... on Sept. 8").
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")


def _caption_last_sentence(before: str) -> str:
    """The piece of a caption a credit's mark follows: its last sentence when that is all in
    capitals, as an e-paper's text sets the photographer's name after the caption ("... roof
    beams last month. ELLIOTT PARKS • THE CHRONICLE HERALD"), else the whole caption. A
    title's or a month's stop ends no sentence: "Supporters cheer for Gov. Yuriko Koike |
    KYODO" is one caption's phrase, no photographer's name after "Gov."."""
    pieces = _CAPTION_SENTENCE_BREAK.split(before)
    if len(pieces) < 2 or not pieces[-1].strip() or not pieces[-1].isupper():
        return before
    head = before[: len(before) - len(pieces[-1])].rstrip(' "”’')
    if _title_stop_ends(head) or _MONTH_ABBREVIATION.search(head):
        return before
    return pieces[-1]


def _echoes_caption(name: str, caption: str) -> bool:
    """A name in capitals after a caption's sentence whose every word the caption writes in
    lower case ("The Dartmouth ferry terminal on Tuesday. FERRY TERMINAL • THE CHRONICLE
    HERALD"): the picture's subject set as a heading, no photographer's name (a caption
    capitalises a person's name)."""
    said = set(re.findall(r"\b[a-z][\w'’-]*", caption))
    words = name.lower().split()
    return len(words) >= 2 and all(w in said for w in words)


def _caption_phrase_before_bar(before: str, agency: str) -> bool:
    """`The Nagoya District Court | KYODO`, `Shoppers in Ginza | BLOOMBERG`: before the bar a
    caption's phrase, not a photographer's name - it opens with an article, or holds a word
    in lower case that no name holds - and after it an agency in capitals (the Japan Times'
    and other Asian pages' form). A paper's name before the bar ("The Daily Star | AFP") is
    a byline's outlet, no caption. Only the caption's last sentence is the phrase: "... roof
    beams last month. ELLIOTT PARKS • THE CHRONICLE HERALD" has the photographer's name
    before the mark, after a sentence that opens with an article."""
    caption = before
    before = _caption_last_sentence(before)
    if before != caption and _echoes_caption(before, caption[: -len(before)]):
        return True  # "... ferry terminal on Tuesday. FERRY TERMINAL • THE CHRONICLE HERALD"
    words = before.split()
    # a known agency however it is cased: a page's style sheet sets the credit in capitals, and
    # a copy-paste keeps the text's own case ("The Osaka District Court | Kyodo")
    if (
        not words
        or not (agency.isupper() or _is_agency(agency))
        or OUTLET_NAME.match(before.strip())
    ):
        return False
    if words[-1].lower() in _PAPER_LAST_WORDS:
        return False  # "The Asahi Shimbun | KYODO": a paper and an agency, a byline's
    if words[0] in ("The", "A", "An") and len(words) >= 3:
        return True
    return any(w[:1].islower() and w.lower() not in _CREDIT_SMALL_WORDS for w in words[1:])


# A person's office after a comma ("Jane Roe, CEO", "Jane Roe, MP"): no outlet's name.
_JOB_TITLE = re.compile(
    r"^(?:CEO|CFO|COO|MP|MPP|MLA|MEP|PM)$|\b(?i:chief|executive|president|director|minister"
    r"|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|officer|manager"
    r"|founder|professor|senator|governor|mayor|member)\b"
)
_PARTY_DESKS = frozenset({"staff", "pool", "handout", "supplied", "file", "contributed"})
# A title's or an initial's stop before a name: "Rep.", "Capt.", "Gen.", "Dr.", "U.S.", "L.".
_TITLE_ABBREVIATION = re.compile(
    r"(?:\b(?:Rep|Reps|Sen|Gov|Gen|Lt|Maj|Capt|Col|Sgt|Cpl|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|St|Mt"
    r"|Ft|Det|Insp|Supt|Hon|Sr|Jr|No|Pres|Atty|Supt|Gens)|\b[A-Z])\.$"
)
# A match of _TITLE_ABBREVIATION (four letters and the stop at most, before the end or a
# newline ending the text) starts within this many characters of the text's end.
_TITLE_REACH = 8


def _title_stop_ends(text: str) -> bool:
    """_TITLE_ABBREVIATION.search(text) is not None, searched in the text's last characters
    only (from every character of a long caption, the pattern's words were tried for nothing;
    "\\b" still sees the character before the start). Pinned in
    tests/test_extract_fast_paths.py."""
    return _TITLE_ABBREVIATION.search(text, max(0, len(text) - _TITLE_REACH)) is not None


# A place's state or country in dotted initials closing the sentence after a comma: "... in
# Raleigh, N.C.", "... in Washington, D.C." (the abbreviation's stop is the sentence's too).
_COMMA_DOTTED_REGION = re.compile(r",\s+(?P<region>(?:[A-Z]\.){2,3})$")


# A story's sentence reporting speech: a quotation's marks or a verb of saying.
_REPORTED_SPEECH = re.compile(r"[\"“”]|" + _SAYING.pattern)
# ... and with the quotation marks of other languages' papers («», „“).
_QUOTED_OR_SAID = re.compile(r"[\"“”«»„]|" + _SAYING.pattern)


def _ends_on_region_abbreviation(before: str) -> bool:
    """Whether a caption's words end on a place's state in dotted initials after its comma
    ("... Glenwood Avenue in Raleigh, N.C. (WRAL News)", as local stations' captions end),
    whose stop closes the sentence, unlike a title's ("state Rep.") or an initial's. Asked
    only before a credit in brackets: bare words after "..., U.S." go on the sentence ("...
    the prison term, U.S. District Judge")."""
    from archiver.extract.gazetteer import is_region

    m = _COMMA_DOTTED_REGION.search(before)
    return m is not None and is_region(m.group("region"))


_COPYRIGHT_WORD = re.compile(r"©|\b(?i:copyright)\b")
# A rights notice's closing words after a credit that holds the notice's own "Copyright".
_RIGHTS_TAIL = re.compile(r"\.\s+(?i:all\s+rights\s+reserved)\.?\s*$")
# "Copyright 2024 The AP": the notice's words before the agency's name.
_YEAR_RIGHTS = re.compile(r"^(?:©|(?i:copyright))\s*©?\s*\d{4}\s+(?:(?i:the)\s+)?")
# (an initial's stop may stand inside the tail: "Valley News — Jane M. Roe")
_AFTER_SENTENCE_TAIL = re.compile(
    r"(?<=[.!?”\"’])\s+(?P<tail>(?:[^.!?”\"’()\[\]]|(?<=\s[A-Z])\.(?=\s)"
    # an office's initials in brackets after its name, before the slash to the next party
    # ("... Hazard Mitigation (PVMBG)/Handout via REUTERS"); no sentence's aside
    r"|(?<=\s)\([A-Z][A-Z0-9&\-]{1,11}\)(?=\s*/)){2,90}?)\.?\s*$"
)
_CLOSING_BRACKETS = re.compile(r"\s*[(\[](?P<tail>[^()\[\]]{2,90}?)\.?\s*[)\]]\s*\.?\s*$")
# With no "(" in the text, a match of _AFTER_SENTENCE_TAIL ends its tail (ninety characters
# at most: the bracketed initials are the one longer unit) within this many characters of the
# text's last one that is no space, a stop at most between.
_AFTER_SENTENCE_REACH = 100


def _after_sentence_tail(text: str) -> re.Match[str] | None:
    """_AFTER_SENTENCE_TAIL.search(text), searched from where a match can start: the pattern
    tried from every sentence's end of a long caption (two captions read as one across a
    break, a gallery's line) reads up to ninety characters from each; the spaces before the
    tail start it, so the search starts before the run of spaces the reach ends in (a
    lookbehind still sees the characters before the start). Pinned to the whole search in
    tests/test_extract_fast_paths.py."""
    if "(" in text:
        return _AFTER_SENTENCE_TAIL.search(text)
    pos = max(0, len(text.rstrip()) - _AFTER_SENTENCE_REACH)
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return _AFTER_SENTENCE_TAIL.search(text, pos)


def _party(part: str) -> str | None:
    """What a credit's party is ("agency", "person", "org", "desk", "date"), or None when it
    reads as something else (a sentence's words, a page's button)."""
    part = part.strip(" .")
    if not part:
        return None
    if _PARTY_DATE.fullmatch(part):
        return "date"
    if part[:3] in ("By ", "BY "):
        return None  # a writer's "By": "(By Jane Roe -- The Post)" signs the story
    if part.lower() in _PARTY_DESKS or _STAFF_DESK.fullmatch(part):
        return "desk"  # "Staff", "SUN STAFF", "Staff Photographer"
    if _is_agency(part):
        return "agency"
    words = part.split()
    if len(words) > 7 or not all(_PARTY_WORD.fullmatch(w) for w in words):
        return None
    if not any(ch.isalpha() for ch in part):
        return None  # "2/3/2012": a date's numbers, no party's name
    if not words[0][:1].isupper() and not words[0][:1].isdigit() or words[-1][:1].islower():
        return None  # a name opens and ends with a capital ("Many of the" wraps a sentence)
    if {w.lower() for w in words} & _PARTY_CHROME or _PARTY_NOT_NAME.search(part):
        return None  # a page's button, a day's or a month's name
    if words[0].lower() in _PARTY_OPENINGS_NOT_NAME:
        return None  # "IN OTHER NEWS TODAY": a heading over the page's other stories
    if _stage_note(part) is not None:
        return None  # "... to the chamber on Wednesday. [UPDATED]": an editor's note
    from archiver.extract.bylines import _ROLE_WORDS, looks_like_name

    if _ROLE_WORDS.search(part) and not _org_evidence(part) or _JOB_TITLE.search(part):
        return None  # "John Smith, Chief Executive": the person's title, not an outlet
    if len(words) >= 2 and _clean_person(part) is not None and _PERSON.fullmatch(part):
        if looks_like_name(part) and (not part.isupper() or _caps_person_alone(part)):
            return "person"
    return "org"


def _org_evidence(org: str, initials: bool = True) -> bool:
    """An organisation's name that says it is one: an outlet's or an office's word ("JOINT
    PRESS CORPS"), or (`initials`) a broadcaster's or desk's initials ("WPMT")."""
    cased = org.title() if org.isupper() else org
    named = re.sub(r"\b(?i:the)\b", "", org)  # "THE WORLD": an article says nothing
    return bool(
        _ORG_WORDS.search(named)
        or _LENDER_WORDS.search(org)
        or OUTLET_NAME.match(cased.replace("-", " "))
        or _OUTLET_WORD.search(cased)
        # a broadcaster's call letters or a desk's initials: "WPMT", "NSTP"
        or (initials and org.isupper() and org.isalpha() and 3 <= len(org) <= 6)
    )


# A local TV station's brand: its network's name or its call letters, its channel's number,
# and perhaps its market ("FOX 35 Orlando", "KARE 11", "NBC 5 Chicago", "ABC7 Chicago", "WFLA 8").
_STATION_BRAND = re.compile(
    r"(?:FOX|ABC|NBC|CBS|CW|PBS|[KW][A-Z]{2,3}(?:-(?:TV|DT))?)\s?\d{1,2}"
    r"(?:\s+[A-Z][\w.&'’-]*){0,3}"
)


def _station_credit(name: str, before: str, in_header: bool) -> bool:
    """A local TV station's brand in brackets after a caption ("... the road shoulder had
    collapsed. (FOX 35 Orlando)") is the picture's source: above the story, or after a
    caption's few words. A station's site signs its story's paragraphs so too ("ORLANDO, Fla.
    - A man was pulled from a pond, deputies said. (FOX 35 Orlando)"): a dateline opening the
    words, a quotation or a verb of saying in them, or a second sentence ("The man was taken
    to hospital. His condition was not released. (WFTV 9)") is the story's, no caption's."""
    if _STATION_BRAND.fullmatch(name) is None:
        return False
    if in_header:
        return True
    from archiver.extract.datelines import match_dateline

    return (
        len(before.split()) <= _SHORT_CAPTION_WORDS
        and _sentence_count(before) == 1
        and match_dateline(before) is None
        and not _REPORTED_SPEECH.search(before)
    )


def _sentence_count(text: str) -> int:
    """How many sentences a caption's words hold: its sentence breaks, not counting a title's
    or a month's stop ("Gov. Jane Roe tours the site on Sept. 8." is one)."""
    count = 1
    for m in _CAPTION_SENTENCE_BREAK.finditer(text):
        head = text[: m.start()].rstrip(' "”’')
        if not (_title_stop_ends(head) or _MONTH_ABBREVIATION.search(head)):
            count += 1
    return count


# A credit's label and a name ending the text: "... Photo by Jane Roe", "... Image: Jane Roe".
_LABELLED_NAME_END = re.compile(
    r"\b(?i:photo(?:graph)?s?|image|picture|pic)\s*(?:(?i:by)\s|:\s*)"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$"
)


# An agency's initials: two to five capitals ("NA", "APA", "KUNA").
_AGENCY_INITIALS = re.compile(r"[A-Z]{2,5}")


def _region_code(code: str) -> bool:
    """A country's or a state's code ("UK", "NSW"), which a page's edition tag prints."""
    from archiver.extract.gazetteer import is_region

    return is_region(code)


# A caption's one short sentence: what a picture shows, with no second sentence.
_SHORT_CAPTION_WORDS = 20


def _short_caption_sentence(before: str) -> bool:
    """One sentence of four to _SHORT_CAPTION_WORDS words ending in its stop, none inside."""
    words = before.split()
    return (
        4 <= len(words) <= _SHORT_CAPTION_WORDS
        and before.rstrip()[-1:] in ".!?"
        and not re.search(r"[a-z0-9][.!?][\"”’]?\s+[A-Z]", before.rstrip()[:-1])
    )


def _caption_before(before: str) -> bool:
    """A caption's words: four or more, one of them at least prose in lower case (a brand's
    camel case, "iPhone", "eBay", is no lower-case word: a Title Case headline has those)."""
    words = before.split()
    return len(words) >= 4 and any(w[:1].islower() and w[1:] == w[1:].lower() for w in words)


@dataclass(frozen=True)
class _Chain:
    """A credit's parties as read: each one's kind and name, and what the words around them
    say (a label, a file marker, "special to")."""

    printed: str  # the credit as printed, without a picture label ("Image by")
    kinds: tuple[str, ...]  # tuples: a chain is kept for its text (_read_chain), never changed
    names: tuple[str, ...]
    said: bool  # a label, a file marker or "special to" says it is a credit
    labelled: bool
    filed: bool

    @property
    def main(self) -> list[str]:
        return [k for k in self.kinds if k != "date"]

    @property
    def person(self) -> str | None:
        return next((n for n, k in zip(self.names, self.kinds, strict=True) if k == "person"), None)

    @property
    def agency(self) -> str | None:
        # a known agency first ("Jane Roe / Kremlin Pool / TASS"), else the first other party
        # ("Jane Roe/Civil Beat/2019": a credit names one photographer, the next party is the
        # outlet however its words read)
        pairs = list(zip(self.names, self.kinds, strict=True))
        return next((n for n, k in pairs if k == "agency"), None) or next(
            (n for n, k in pairs if k in ("org", "person") and n != self.person), None
        )

    @property
    def sure(self) -> bool:
        """One party at least is known for what it is: an agency, a desk, an outlet's or an
        office's name."""
        return any(
            k in ("agency", "desk") or (k == "org" and _org_evidence(n, initials=False))
            for k, n in zip(self.kinds, self.names, strict=True)
        )

    def credit(self) -> Credit:
        return Credit(self.printed, self.person, self.agency)


# "Travis Heying The Wichita Eagle", "JILL TOYOSHIBA The Kansas City Star": McClatchy's papers
# print the photographer's name and the paper's with no mark between them; the paper's "The"
# is where the name ends.
_PERSON_THE_PAPER = re.compile(r"^(?P<person>\S+(?:\s+\S+){1,3}?)\s+(?P<paper>The\s+[A-Z].*)$")


def _person_then_paper(part: str) -> tuple[str, str] | None:
    """A person's name (two to four words) and a newspaper's name that opens with "The" (a
    paper's last word, or a site known by name) run together in one party; the two, or None.
    The paper's name is the evidence: "Jane Roe The Wichita Eagle" credits the Eagle's
    photographer, while "Jane Roe The Singer" names no outlet and is left to _party."""
    from archiver.extract.bylines import looks_like_name
    from archiver.extract.masthead import is_masthead

    m = _PERSON_THE_PAPER.match(part.strip(" ."))
    if m is None:
        return None
    person, paper = m.group("person"), m.group("paper")
    if OUTLET_NAME.match(paper) is None and not is_masthead(paper):
        return None
    cased = person.title() if person.isupper() else person
    if _clean_person(person) is None or not looks_like_name(cased):
        return None
    return person, paper


# The lower-case words a government's or a force's own name holds as the wires print it
# before "/Handout" ("Press service of the State Emergency Service of Ukraine/Handout via
# REUTERS", "Press service of the Russian Defence Ministry/Handout via REUTERS").
_HANDOUT_SOURCE_WORDS = frozenset(
    "service office ministry department press forces agency administration government "
    "police military staff".split()
)
_HANDOUT_SOURCE_MAX_WORDS = 12
# The office's initials in brackets after its name written out ("Indonesia's Centre for
# Volcanology and Geological Hazard Mitigation (PVMBG)/Handout via REUTERS").
_HANDOUT_SOURCE_INITIALS = re.compile(r"\([A-Z][A-Z0-9&.\-]{1,11}\)")


def _handout_source(part: str, after: list[str]) -> bool:
    """The office that gave out a handout picture, named at length before "/Handout" (the
    part after it): capitalised words with the small words and the office's words in lower
    case a wire prints inside such a name, opening and ending with a capital (its initials
    in brackets may close it)."""
    words = part.strip(" .").split()
    return (
        bool(after)
        and after[0].strip().lower().startswith("handout")
        and 2 <= len(words) <= _HANDOUT_SOURCE_MAX_WORDS
        and words[0][:1].isupper()
        and words[-1].lstrip("(")[:1].isupper()
        and all(
            _PARTY_WORD.fullmatch(w)
            or w in _HANDOUT_SOURCE_WORDS
            or _HANDOUT_SOURCE_INITIALS.fullmatch(w)
            for w in words
        )
    )


@short_text_cache  # a page's captions repeat their credit ("Jane Roe/UPI"), read once
def _read_chain(printed: str) -> _Chain | None:
    """The parties of a credit as printed, or None when one of its parts is no party."""
    label = _PARTY_LABEL.match(printed)
    rest = printed[label.end() :] if label else printed
    parts = [p for p in _PARTY_SEP.split(rest) if p.strip()]
    if not parts or len(parts) > 5:
        return None
    kinds: list[str] = []
    names: list[str] = []
    filed = False  # "NSTP file pic": the desk's word for a picture from its files
    told = False  # "special to", "for", "via": how the picture reached the page
    for at, part in enumerate(parts):
        how = _PARTY_HOW.match(part.strip())
        told = told or how is not None
        if how is not None and how.group(0).strip() == "FOR" and _LEGISLATURE.search(part.title()):
            return None  # "JANE ROE FOR SENATE": a campaign's sign, no paper a picture was for
        part = _PARTY_HOW.sub("", part.strip())
        bare = _PARTY_FILE.sub("", part)
        filed = filed or (bare != part and "file" in part[len(bare) :].lower())
        if (split := _person_then_paper(bare)) is not None:
            # "Travis Heying The Wichita Eagle": the photographer, then the paper, no mark
            kinds.extend(["person", "org"])
            names.extend(split)
            continue
        kind = _party(bare)
        if kind is None and _handout_source(bare, parts[at + 1 : at + 2]):
            kind = "org"
        if kind is None:
            return None
        kinds.append(kind)
        names.append(bare.strip(" ."))
    if not any(k != "date" for k in kinds):
        return None
    if label is not None and _PICTURE_LABEL.match(printed):
        printed = rest  # "Image by Jane Roe/Mongabay": the label is no part of the credit
    return _Chain(
        printed.rstrip(" ."),
        tuple(kinds),
        tuple(names),
        said=label is not None or filed or told,
        labelled=label is not None,
        filed=filed,
    )


def _slashed_agency_chain(chain: _Chain, printed: str) -> bool:
    """A photographer, then two parties or more that carried the picture, joined by slashes
    ("Wojciech Strozyk/Reporter/East News", "Jane Roe/Sipa USA/AP"): the picture desks'
    chain, which credits a picture even after a caption printed with no stop (Polish sites
    close "Lech Wałęsa at the shipyard gate in 2015" on its year); no aside in a sentence's
    brackets is set so."""
    return (
        "/" in printed
        and len(chain.kinds) >= 3
        and chain.kinds[0] == "person"
        and all(k in ("org", "agency", "desk") for k in chain.kinds[1:])
    )


# Small words of a heading or a slogan in capitals that no photographer's name holds.
_CAPS_TAIL_NOT_NAME = frozenset({"VIA", "FROM", "OF", "THE", "BY", "A", "AN", "NOT", "NO"})
# A place's first word, where a name in capitals after a caption is the place it shows
# ("... on Sunday. KOTA BELUD", "SAN ISIDRO", "PORT DICKSON"), no photographer's.
_CAPS_TAIL_PLACE_FIRST = frozenset(
    "KOTA BANDAR KUALA PULAU TANJUNG TANJONG SUNGAI KAMPUNG KAMPONG BUKIT BATU SAN SANTA SANTO SÃO "
    "SAO PORT PORTO FORT MOUNT MT LAKE CAPE SAINT ST ST. NEW LOS LAS PUERTO CIUDAD".split()
)
# A caption's "when": the weekday or the date its picture was taken ("... on Thursday.").
_CAPS_TAIL_WHEN = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|Aug|"
    r"Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
)
# Words no caption's sentence holds: a writer's own person, an auxiliary or a modal, the
# past a story reports in ("has worked", "could do nothing", "made two saves").
_CAPS_TAIL_NOT_CAPTION = frozenset(
    "i we my our me us you your has have had was were will would could should can might must "
    "did does said says told made grew went came took got been".split()
)


def _caps_tail_caption(before: str) -> bool:
    """The words before a capitals name read as a caption: one sentence, no quote, no
    writer's "I" or "we", no auxiliary or reported past; a weekday or a date in it, or else no
    verb in the past ("Workers repaint the pier on Thursday.", "Jane Roe visits Sathorn
    pier."). A letter's or an op-ed's signature closes two sentences or more, a player's
    rating ("Could do nothing about the goal.") or a story's paragraph reports in the past."""
    body = before[:-1]
    if re.search(r"[.!?][\"”’)]?\s+[\"“‘(A-Z]", body) or re.search(r"[\"“”]", before):
        return False
    words = [w.strip(".,;:!?()'‘’").lower() for w in before.split()]
    if len(words) > 30 or set(words) & _CAPS_TAIL_NOT_CAPTION or " may " in f" {before} ":
        return False  # "... donations may be made to the library. JANE ROE": a notice's modal
    if _CAPS_TAIL_WHEN.search(before) is not None:
        return True
    # no weekday: a verb in the present ("visits Sathorn pier"), none in the past; a player's
    # rating ("Solid at the back and calm on the ball.") has no verb at all
    return not any(len(w) > 4 and w.endswith("ed") and w.isalpha() for w in words) and any(
        len(w) > 3 and w.endswith("s") and w.isalpha() and w.islower() for w in before.split()[1:]
    )


def party_tail_credit(text: str, in_header: bool) -> Credit | None:
    """A credit after the caption's last sentence or in the brackets that close it, read as a
    chain of parties (see _PARTY_LABEL). A chain of two parties or more, a label, a known
    agency, or an organisation that names itself one is evidence enough; a single person's name
    only bare after the sentence (a paragraph never ends in a name with no stop) or in
    brackets above the story."""
    text = text.rstrip()
    bracketed = text[-1:] in ")]"
    m = _CLOSING_BRACKETS.search(text) if bracketed else _after_sentence_tail(text)
    if m is None:
        return None
    before = text[: m.start()].rstrip()
    if len(before.split()) < 4 or (
        _title_stop_ends(before)
        and not (
            bracketed
            and _ends_on_region_abbreviation(before)
            # '"We are not going anywhere," said the Rev. Jane Roe, who leads a church
            # outside Durham, N.C. (WRAL)': a story's sentence quoting someone, the station
            # that reported it in brackets, no caption
            and not _REPORTED_SPEECH.search(before)
        )
    ):
        return None  # "... said state Rep. Jane Roe": a title's stop ends no sentence
    unstopped = bracketed and not ends_caption(before)
    if not bracketed and before[-2:-1] in (",", ";", "?", "!") and before[-1:] in '”"’':
        # '"We are throwing everything we have at this," Alberta Premier Danielle': a quote
        # closed by its comma runs on into its speaker (a hard-wrapped line ends inside the
        # name); a caption's credit follows a full stop. A question or an outcry closed
        # inside the quote runs on so too ('"... what exactly are we ordering?" Justice
        # Marcus' / 'Delahunt asked ...'): its mark ends no sentence of the writer's
        return None
    # "... this morning. - NSTP file pic": a dash may stand between the caption and its credit
    printed = m.group("tail").strip().lstrip("-–— ")
    if _COPYRIGHT_WORD.search(printed):
        return None  # a rights notice is read as one elsewhere
    chain = _read_chain(printed)
    if chain is None:
        return None
    if unstopped and not _slashed_agency_chain(chain, printed):
        # "Farmers dump their crops (Photo)", "Author Jane Roe (Reuters, dpa)": in brackets
        # after words with no stop, only a photographer's full chain is a credit
        return None
    if not bracketed and text.endswith(".") and not chain.labelled:
        return None  # a sentence's last words end in a stop; a credit after one does not
    main = chain.main
    if len(main) >= 2 and not (chain.sure or chain.said) and "person" not in chain.kinds:
        return None  # "METALS/COPPER": a wire's topic codes, no party a credit names
    if (
        main == ["person", "org"]
        and not (chain.sure or chain.said)
        and " / " in printed
        and m.group("tail").lstrip()[:1] not in "-–—"  # "— Jane Roe / OPB" signs the story
        and not printed.isupper()
        and _INITIALS.fullmatch(chain.names[1]) is not None
        and chain.names[1] not in _TITLE_INITIALS
        and _caption_before(before)
    ):
        # "... in Salem, Ore., Sept. 8, 2020. Jane Roe / OPB": a photographer, a spaced slash
        # and the station's or paper's initials after a caption's sentence (public radio,
        # alt-weeklies); a name in capitals with an unknown party stays unread, below
        return chain.credit()
    if len(main) >= 2 and not (chain.sure or chain.said) and len(chain.kinds) < 3:
        # "JANE ROE/THE WORLD" after "He flew in from the city.": two parties, neither known
        return None
    if len(main) >= 2 or chain.labelled or chain.filed:
        return chain.credit()
    if not _caption_before(before):
        return None  # one party alone needs a caption's prose before it
    kind = main[0]
    name = chain.names[chain.kinds.index(kind)]
    credit = chain.printed
    dashed = m.group("tail").lstrip()[:1] in "-–—"
    if (
        not in_header
        and (dashed or kind == "agency")
        and (_wire(name) or name.lower() in _NOT_ALONE)
    ):
        return None  # "... police said. - EFE", "... at the clinics. (ANI)": a wire's sign-off
    if dashed and not in_header:
        return None  # "... he would appeal. — Jane Roe": the writer signing the story
    if kind == "agency":
        return Credit(credit, None, name)
    if kind == "desk" and bracketed and name.lower() in _SOURCE_LENDER_WORD:
        # "... above West Kelowna on Saturday evening. (Contributed)", "(Supplied)": the
        # lender's word in the brackets closing a caption's sentence (Canadian and Australian
        # papers' credit for a reader's or a family's picture); "(File)" names no one
        return Credit(credit, None, None)
    if kind == "org" and not in_header and _wire(name):
        return None  # "... on credit. (NAN)": a news agency's sign-off under its copy
    if kind == "org" and (bracketed or len(name.split()) >= 2) and _org_evidence(name):
        return Credit(credit, None, name)
    if kind == "org" and bracketed and _station_credit(name, before, in_header):
        return Credit(credit, None, name)  # "... had collapsed. (FOX 35 Orlando)"
    if kind == "org" and bracketed and in_header and len(before.split()) <= _CAPTION_WORDS:
        # "RBI governor Jane Roe. (Mint)" above the story: a name in brackets after a
        # caption's sentence there is the picture's source (no story's sign-off stands there)
        return Credit(credit, None, name)
    if kind == "person" and (not bracketed or in_header) and not name.isupper():
        return Credit(credit, chain.person, None)
    if (
        kind == "person"
        and not bracketed
        and before.endswith(".")
        and len(before.split()) <= _CAPTION_WORDS
        and caps_person_name(name)
        # "... on irrigation. PTI TR KJ": a wire's slug and its desk's initials sign the story
        # off; a photographer's surname is spelt out
        and len(name.split()[-1]) >= 4
        and not _is_agency(name.split()[0])
        # "... on Monday. TRAVEL VIA DUBAI": a heading's small word or a place closing it
        and not set(name.split()) & _CAPS_TAIL_NOT_NAME
        and not _filing_place(name.split()[-1])
        and name.split()[0] not in _CAPS_TAIL_PLACE_FIRST
        and not _filing_place(name.title())
        and _caps_tail_caption(before)
    ):
        # "... visits Sathorn pier. JANE ROE", "... on Thursday. R. ROE": the photographer's
        # name in capitals after the caption's full stop and a space, as the Bangkok Post, The
        # Hindu's e-paper and El País print it (glued to the stop it is read above); a
        # caption's length of words before it, where a story's paragraph runs longer
        return Credit(credit, chain.person, None)
    return None


# A database export's caption field: LexisNexis prints "GRAPHIC: PHOTO, JANE ROE/THE POST;
# caption", NewsBank "Caption: JANE ROE - STAR TRIBUNE caption" or "Caption: Jane Roe | Staff"
# over the caption's line, ProQuest "Photo: Jane Roe, The Citizen / caption". The field's
# label says a picture is described, so its credit needs no more evidence than being a chain of
# parties, leading the value (up to a semicolon, a spaced colon or a spaced slash) or ending it.
_FIELD_KIND = re.compile(
    r"^(?:(?:PHOTO\(S\)|PHOTOS?|Photos?|IMAGES?|Images?|GRAPHIC|Graphic|ILLUSTRATION|"
    r"Illustration|CHART|MAP)"
    r"(?:\s*\((?i:colou?r|b&w|black\s+and\s+white)\))?\s*[,:;]?\s*)+"
)
# The same label over a bar's strip of pictures, only with its colon ("Photos: ..."): "Images
# from the summit on Monday. Photo: ..." opens a caption on the word.
_BAR_FIELD_LABEL = re.compile(_FIELD_KIND.pattern.replace(r"\s*[,:;]?\s*)+", r"\s*:\s*)+"))
# The separators after a leading credit, tried in this order (a spaced slash also parts a
# credit's own parties: "Jane Roe / The Times : caption" parts at the colon first).
_FIELD_SEPARATORS = (";", " : ", " / ")
_TWO_PARTIES = re.compile(r"\S\s*[|/]\s*\S")
# A credit in capitals leading the caption, no separator after it: "JANE ROE - STAR TRIBUNE
# The hospital in Minneapolis.", "MARIE-CLAUDE VÉZINA THE CANADIAN PRESS Skaters ..." (a
# name's accented capitals too). The caption opens with a capitalised word, or with the
# article "A" before a word in lower case ("JANE ROE TORONTO STAR A crew floods ..."): a
# credit's words have two letters at least, so the "A" is never the credit's.
_CAPS_LEAD = re.compile(
    rf"^(?P<credit>[{_CAPITAL}][{_CAPITAL}'’.\-]+(?:\s+(?:[-–—/|:]\s+)?[{_CAPITAL}][{_CAPITAL}'’.\-]+)"
    r"{1,8})\s+(?=[A-Z][a-z]|A\s+[a-z])"
)


# The photographer's name and e-mail address leading the caption, as McClatchy's papers set
# it and NewsBank keeps it: "Randall Bentley rbentley@sacbee.com A homeless encampment ...".
_NAME_MAIL_LEAD = re.compile(
    r"^(?P<credit>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+(?=\S)"
)


# The photographer's name, a slash and the outlet or agency leading the caption with no mark
# after them, as the Toronto Star's and other papers' captions reach Nexis and ProQuest: "Jane
# Roe/Toronto Star Nurses tend to a patient ...", "Jane Roe/The Washington Post A crowd ...".
_SLASH_LEAD = re.compile(rf"^(?P<person>{_P})\s?/\s?(?P<rest>[A-Z].*)$")
_SLASH_LEAD_ORG_WORDS = 5  # "AFP via Getty Images" and the like, at most


def _slash_lead(text: str) -> Credit | None:
    """`Jane Roe/Toronto Star Nurses tend ...`: the credit that leads the caption, its outlet
    the longest run of words after the slash that names a known agency or a paper named for
    its place (nothing marks where the outlet ends and the caption begins), with a sentence
    after it. "Dallas/Fort Worth traffic ..." names no person before its slash."""
    from archiver.extract.bylines import _city_outlet

    m = _SLASH_LEAD.match(text)
    if m is None:
        return None
    words = m.group("rest").split()
    for k in range(min(_SLASH_LEAD_ORG_WORDS, len(words) - 3), 0, -1):
        org, caption = " ".join(words[:k]), words[k:]
        if not caption[0][:1].isupper() or not any(w[:1].islower() for w in caption[1:]):
            continue
        if _is_agency(org) or _city_outlet(org):
            return _field_chain(f"{m.group('person')}/{org}")
    return None


def _field_chain(text: str) -> Credit | None:
    chain = _read_chain(text.strip(" ;.,"))
    if chain is None or (chain.main == ["org"] and not chain.sure):
        return None  # a lone word that names nothing known ("Sen" of "Sen. Jane Roe")
    return chain.credit()


# What a credit field may print before the credit the caption grammar reads out of it ("Photo
# by Jane Roe", "Photo courtesy of the Town"); "Staff photo by Jane Roe" is read whole.
_FIELD_LABEL_BY = re.compile(
    r"(?i:(?:photos?|pictures?|images?)\s+(?:by|courtesy(?:\s+of)?)|courtesy(?:\s+of)?)\s*"
)


def _whole_field_credit(value: str) -> Credit | None:
    """The credit the caption grammar reads in a field's whole value, its label's words apart
    ("Staff photo by Jane Roe", "Photo by Jane Roe"): a newsroom's export stores the credit
    line as the page prints it under the photo. None when words of a caption are left over."""
    text = value.strip()
    found = find_credit(text, in_header=True)
    if found is None or not text.endswith(found.credit):
        return None
    rest = text[: len(text) - len(found.credit)]
    return found if not rest or _FIELD_LABEL_BY.fullmatch(rest) else None


def credit_field(value: str) -> Credit | None:
    """The credit a record's own "Credit:" field gives, read whole ("JANE ROE / THE TIMES":
    the field holds the credit alone, so no separator in it parts a caption from it). The
    picture's kind the field may open with is its label, not the credit ("Photo: Jane Roe /
    The Times", as a CMS's credit field often stores it). A credit line the page prints so
    ("Staff photo by Jane Roe") is read as the caption's grammar reads it, and so is "Photo
    courtesy of the Town": there "Photo" is no label but the first word of the credit line as
    pages print it under a picture (the lender is the credit, as in a caption's tail)."""
    if _PHOTO_COURTESY_FIELD.match(value) and (whole := _whole_field_credit(value)) is not None:
        return whole
    return _field_chain(_FIELD_KIND.sub("", value)) or _whole_field_credit(value)


# A credit field that stores the printed line "Photo courtesy (of) ..." (no label's colon).
_PHOTO_COURTESY_FIELD = re.compile(r"\s*(?i:photos?|pictures?|images?)\s+(?i:courtesy)\b")


def field_credit_alone(value: str) -> bool:
    """Whether a caption field's value on the label's line is a credit and nothing else."""
    return credit_field(value) is not None


# A caption field that holds several pictures, parted by semicolons, each its caption's
# sentence and its own labelled credit, as LexisNexis keeps an Australian paper's pictures:
# "GRAPHIC: Smoke over the hills. Picture: Jane Roe; Crews at the station. Picture: John Doe".
# Every part must end in such a credit: "PHOTO, JANE ROE/THE POST; caption" is one picture.
_SEGMENT_CREDIT = re.compile(
    r"[.!?]\s+(?:PICTURES?|Pictures?|PHOTO(?:GRAPH)?S?|Photo(?:graph)?s?|IMAGES?|Images?)"
    r"\s*:\s*\S"
)


def export_caption_pictures(value: str) -> list[str]:
    """The pictures' captions (each with its credit) a caption field's value lists, parted by
    semicolons, or by bars as a CMS's photo field joins its pictures ("Photos: Cabins over
    the town. Photo: Jane Roe | Crews on the peak. Photo: supplied", see
    bar_caption_pictures); none when the value is one picture's."""
    parts = [p.strip() for p in _FIELD_KIND.sub("", value).split(";") if p.strip()]
    if len(parts) < 2 or not all(_SEGMENT_CREDIT.search(p) for p in parts):
        return bar_caption_pictures(value.strip())
    return parts


def bar_caption_pictures(text: str) -> list[str]:
    """The pictures' captions a line sets side by side between bars, each its caption's
    sentence closing on its own labelled credit, as a page's photo strip or a collage's
    caption prints them: "Clockwise from top: The hall on opening day. Photo: Jane Roe |
    Curator Ana Diaz shows a map. Photo: AAP/John Doe | ..."; none when any part lacks
    such a credit ("... Photo: Jane Roe | The Paper" is one picture's, its outlet after the
    bar)."""
    if " | " not in text:
        return []
    # "Photos: Cabins over the town. Photo: Jane Roe | ...": the strip's own label over all
    # its pictures is none of the first caption's words
    parts = [p.strip() for p in _BAR_FIELD_LABEL.sub("", text).split(" | ")]
    if len(parts) < 2 or not all(_SEGMENT_CREDIT.search(p) for p in parts):
        return []
    # each part's own credit closes it: the label's credit is the part's last words
    if not all(
        (found := find_credit(p, in_header=True)) and p.endswith(found.credit) for p in parts
    ):
        return []
    return parts


def export_caption_credit(value: str, first_line: str | None = None) -> Credit | None:
    """The credit in a database export's caption field (`value`, its lines joined;
    `first_line`, the label's own line when the caption runs on below it)."""
    if first_line is not None and first_line != value:
        found = _field_chain(_FIELD_KIND.sub("", first_line))
        if found is not None:
            return found  # "Caption: Jane Roe | Staff" over the caption's own line
    text = _FIELD_KIND.sub("", value).strip()
    if not text:
        return None
    for sep in _FIELD_SEPARATORS:
        head, found_sep, tail = text.partition(sep)
        if found_sep and tail.strip() and (lead := _field_chain(head)) is not None:
            return lead
    # "PHOTO, JANE ROE | Times: Traffic crosses ...": the colon right after the credit, when
    # the credit names both its parties (a person and the paper, a bar or slash between);
    # one name before a colon is the caption's speaker ("Mayor Jane Roe: ...")
    head, found_sep, tail = text.partition(": ")
    if found_sep and tail.strip() and _TWO_PARTIES.search(head):
        if (lead := _field_chain(head)) is not None and lead.photographer and lead.agency:
            return lead
    if (caps := _CAPS_LEAD.match(text)) is not None and (
        not text[caps.end() :].startswith("A ") or _person_then_outlet(caps.group("credit"))
    ):
        if (lead := _field_chain(caps.group("credit"))) is not None:
            return lead
    if (lead := _slash_lead(text)) is not None:
        return lead
    if (mailed := _NAME_MAIL_LEAD.match(text)) is not None:
        if (lead := _field_chain(mailed.group("credit"))) is not None and lead.photographer:
            return lead
    return party_tail_credit(text.rstrip(" ;"), True) or find_credit(text, in_header=True)


# The photographer's segment of a byline line: "Story Jane Roe. Photo John Doe. Read time 3
# min.", "By Jane Roe | Photos by John Doe", "Words by Jane Roe, pictures by John Doe",
# "Words by Jane Roe / Photographs by John Doe": after a full stop, a bar, a bullet or a comma,
# the picture's label and a person's name closing its segment; after a spaced slash (a
# magazine's "Words by ... / Photographs by ..." credits row) "Photographs" too ("| PHOTOGRAPHS
# BY JANE ROE FOR TIME" after a bar heads a gallery whose captions credit each picture).
_BYLINE_PHOTOGRAPHER = re.compile(
    r"(?:(?:[.|•;,]\s+|\s+(?i:and)\s+)(?i:photos?|pictures?|images?|photography)"
    r"|\s+/\s+(?i:photos?|pictures?|images?|photography|photographs?))(?:\s+(?i:by)|\s*:)?"
    rf"\s+(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})"
    # "Photos by Jane Roe, University Photography": the photographer's desk after a comma
    r"(?:,\s+(?P<desk>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}))?\s*(?:[.|•;,]|$)"
)


def byline_photographer(line: str) -> Credit | None:
    """The photographer a byline line names beside the writer (a page's credits row), as the
    lead photo's credit: the segment's label says who took the pictures, its name must read
    as a person's."""
    from archiver.extract.bylines import looks_like_name

    m = _BYLINE_PHOTOGRAPHER.search(line)
    if m is None or not looks_like_name(m.group("name")):
        return None
    name, desk = m.group("name"), m.group("desk")
    return Credit(f"{name}, {desk}" if desk else name, name, desk)
