"""The top of a copied web page, in any script: the site's name (its masthead), a menu printed
on one line ("Home | World | Business", "首页 | 时政 | 国际", "الرئيسية | محليات | دولي",
"Home General Politics Business Sports"), a breadcrumb that ends in the headline ("Home /
India / <headline>") and a paywall's banner ("Subscribers can unlock 5 articles a day").

None of these is ever a headline, a byline or a dateline; page.py reads them as evidence that
the text is a whole-page paste, and skips them when it looks for the page's headline.
"""

from __future__ import annotations

import functools
import re

from archiver.extract.memo import short_text_cache

# Ideographs and kana: scripts written without spaces between words, where a line's length
# in words is read from its characters (about two to a word).
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def ideographs(line: str) -> int:
    """How many ideographs and kana the line holds."""
    return 0 if line.isascii() else len(_NO_SPACE_SCRIPT.findall(line))


def word_count(line: str) -> int:
    """Words in a line, counting a run of ideographs or kana as one word per two characters
    ("浙江安吉：竹林碳汇交易助村民增收" is a headline's length, not a menu item's)."""
    count = 0
    for word in line.split():
        cjk = len(_NO_SPACE_SCRIPT.findall(word)) if not word.isascii() else 0
        count += max(1, cjk // 2)
    return count


# A menu's items on one line: "|" with or without spaces, "»", "›", "·", "•" and, between
# spaces, "/" and ">" (so "Sci/Tech" stays one item).
_ROW_SEPARATORS = re.compile(r"\s*[|»›·•]\s*|\s+[/>]\s+")
# A breadcrumb's separators (its last crumb may be the headline).
# ("NEWS/ INDIA NEWS/ <headline>": some sites glue the slash to the crumb before it)
_CRUMB_SEPARATORS = re.compile(r"\s*[»›]\s*|\s+[/>|]\s+|(?<=[^\W\d_])/\s+")


def _caseless(word: str) -> bool:
    """A word in a script without capitals (Chinese, Japanese, Arabic, Hebrew, Thai, ...)."""
    first = word[:1]
    return first.isalpha() and not first.isupper() and not first.islower()


def nav_item(part: str) -> bool:
    """A menu item, a section or a site's name: one to four short words with no digits and
    no sentence punctuation, each capitalised (bar small words) or in a caseless script
    ("World", "Sci/Tech", "Middle East", "Arab & International", "时政", "محليات")."""
    words = part.split()
    if not 1 <= len(words) <= 4 or len(part) > 32 or word_count(part) > 4:
        return False
    if part.endswith((".", ",", ";", ":", "!", "?")) and not _INITIALS.search(part):
        return False  # a sentence's stop; "U.S.", "U.K." are sections named by initials
    if any(ch.isdigit() for ch in part):
        return False
    return all(
        w[:1].isupper() or _caseless(w) or w.lower() in _SMALL or not w[:1].isalpha() for w in words
    )


def _strict_item(part: str) -> bool:
    return (
        nav_item(part) or part.lower() in _MENU_WORDS or _MENU_PHRASES.fullmatch(part) is not None
    )


# A brand's figure inside an item ("KARE 11 Investigates", "2016 Elections", "News24"), the
# marks round a brand or a language's name ("SLAM!", "¡EN ESPAÑOL!") and a brand's lower-case
# first letter ("iPlayer", "eEdition"): what a menu's item may hold that a section's name
# (nav_item) does not.
_ITEM_FIGURES = re.compile(r"\d+")
_ITEM_MARKS = re.compile(r"^[¡¿]|(?<=\w)!$")
_CAMEL = re.compile(r"\b([a-z])(?=[a-z]*[A-Z])")
# A menu's item in sentence case ("World politics", "Business & finance", "Print edition"):
# a capitalised word and up to two more in lower case, no sentence's stop. The capital and the
# small letters in any Latin script: "Últimas notícias", "Política nacional" (Portuguese and
# Spanish menus' first items) are items as "World politics" is.
_SENTENCE_CASE_ITEM = re.compile(
    r"^(?=[^\W\d_])(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[\w'’-]*(?:\s+(?:&\s+)?[a-zß-öø-ÿ][\w'’-]*){1,2}$"
)


def _loose_item(part: str, sentence_case: bool) -> bool:
    """A menu's item once a brand's figures, marks and lower-case first letter are read past
    (and, in a long row, an item in sentence case)."""
    if len(part) > 32:
        return False
    core = _CAMEL.sub(lambda m: m.group(1).upper(), _ITEM_MARKS.sub("", part))
    core = " ".join(_ITEM_FIGURES.sub(" ", core).split())
    if core and nav_item(core):
        return True
    return sentence_case and bool(_SENTENCE_CASE_ITEM.match(part))


# A row this long (four items or more) is a menu even with items in sentence case or a
# label first, when half its items are a section's names as nav_item reads them (two of
# them in a row of five or more).
_LONG_MENU = 4


def menu_items(parts: list[str]) -> bool:
    """The items of a row (three or more, split at its separators or its spacing) are a
    menu's: every one a section's name ("Home | World | Business"); or, with half of them
    such names, every other one a brand's ("Local News | KARE 11 Investigates | Weather",
    "News24 > South Africa > News", "News  Sport  iPlayer  TV", "LOCAL  SPORTS  ¡EN ESPAÑOL!")
    or, in a row of four or more, in sentence case ("World politics | Business & finance |
    Economics | Culture"; in a row of five or more, two sections' names are enough), after
    the row's own label ("Network:  CNEWS  MONEY  TRAVEL"). A
    headline cut by bars has lower-case words in every piece ("Fed holds rates | Stocks rally |
    Oil slips"), so half its pieces are never a section's name."""
    if len(parts) < 3:
        return False
    if all(_strict_item(p) for p in parts):
        return True
    long_row = len(parts) >= _LONG_MENU
    if long_row and parts[0].endswith(":") and nav_item(parts[0][:-1]):
        parts = parts[1:]  # "Sections:", "CANOE Network:": the row's label
    strict = sum(_strict_item(p) for p in parts)
    if (
        len(parts) >= _COLUMN_ROW
        and strict == len(parts) - 1
        and all(_strict_item(p) or _column_item(p) for p in parts)
    ):
        # "Home  Cyprus  World  ...  Sport  Tales from the Coffeeshop": a long row of
        # sections' names and one column's title in Title Case, its small words a
        # section's name does not hold ("from", "to")
        return True
    return (
        len(parts) >= 3
        and (strict * 2 >= len(parts) or (len(parts) > _LONG_MENU and strict >= 2))
        and all(_strict_item(p) or _loose_item(p, long_row) for p in parts)
    )


# A row of this many items or more, all sections' names bar one, may hold one column's title.
_COLUMN_ROW = 6
# The small words a column's title holds besides a section's (_SMALL): "Tales from the
# Coffeeshop", "Letters to the Editor", "Life with Baby".
_COLUMN_SMALL = frozenset("from to with".split())


def _column_item(part: str) -> bool:
    """A column's title in a menu's row: up to four words, the first capitalised, the rest
    capitalised or a small word, no figure and no sentence's mark."""
    words = part.split()
    return (
        1 < len(words) <= 4
        and words[0][:1].isupper()
        and not any(ch.isdigit() for ch in part)
        and not part.endswith((".", ",", ";", ":", "!", "?"))
        and all(w[:1].isupper() or w.lower() in _SMALL | _COLUMN_SMALL for w in words)
    )


# The small words a menu's item may hold in lower case ("Books & Arts", "Send a Release").
_SMALL = frozenset("of the and for in on at & de la du des di e y a an".split())
# A section named by its initials ends in a dot: "U.S.", "U.K.".
_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")
# A menu set with spaced hyphens between its items has at least this many of them.
_DASHED_ITEMS = 4


# A site's own links in its header bar: its front page, its help, its account.
_SITE_LINK = re.compile(
    r"^(?:(?:[A-Z][\w!.&'-]*\s)?(?:Home|Homepage)|Help|Sign\s(?:In|Out|Up)|Log\s?(?:in|In|out|Out)"
    r"|Register|Search|Site\s?[Mm]ap|Contact\s[Uu]s|Mail|My\s[A-Z][\w!]*)$"
)


def _site_links_row(parts: list[str]) -> bool:
    """`Finance Home - Yahoo! - Help`: a portal's header bar of three links between spaced
    hyphens, two of them the site's own (its home, its help, its sign-in), every one a
    capitalised word or two. A headline's dashes part clauses, not a home and a help."""
    return (
        all(len(p.split()) <= 2 and p[:1].isupper() for p in parts)
        and sum(_SITE_LINK.match(p) is not None for p in parts) >= 2
    )


@short_text_cache  # asked of each line a headline's walk up reads, from every anchor
def is_nav_row(line: str) -> bool:
    """A menu printed on one line: three or more items between separators ("Home | Germany |
    Europe | World", "AA Energy | Economy | World", "首页 | 时政 | 国际"), or five or more
    capitalised words that are nearly all a menu's words ("Home General Politics Business
    Sports World Features", where the page's spacing between items was lost)."""
    if len(line) > 300:
        return False
    if (label := _CRUMB_LABEL.match(line)) is not None and label.end() < len(line):
        # "You are here: Home > News > Local": a breadcrumb under its label (text browsers
        # and older sites print it; the crumbs after it are the row)
        line = line[label.end() :]
    if (jump := _JUMP_LABEL.match(line)) is not None:
        # "Go to: Guardian Unlimited home UK news Politics ... Weather Crossword": an old
        # site's jump menu under its label, its items' case as the site set them
        words = line[jump.end() :].split()
        known = sum(w.lower().strip("&") in _MENU_WORDS for w in words)
        return (
            len(words) >= _JUMP_ITEMS
            and known * 3 >= len(words)
            and not line.endswith((".", "!", "?", ","))
        )
    if language_switch(line):
        return True
    if line[0] == "[" and _BRACKETED_ROW.match(line):
        parts = _BRACKETED_ITEM.findall(line)  # "[Home] [Politics] [Economy] [Archive]"
        return len(parts) >= 3 and all(nav_item(p) or p.lower() in _MENU_WORDS for p in parts)
    parts = [p.strip() for p in _ROW_SEPARATORS.split(line) if p.strip()]
    if _home_trail(parts):
        return True
    if len(parts) >= 3:
        return menu_items(parts)
    if len(parts) == 2 and nav_item(parts[0]) and len(parts[1].split()) >= _LONG_ROW:
        # "New Era Live | Home News Business Sport ... ePaper": the site's name, a bar, then
        # its menu with the spacing between items lost (a long run, so that no headline's
        # words after its outlet's name pass: "Kenya | Floods cut off ...")
        return is_nav_row(parts[1])
    dashed = [p.strip() for p in line.split(" - ") if p.strip()]
    if len(dashed) == _DASHED_ITEMS - 1 and _site_links_row(dashed):
        return True
    if len(dashed) >= _DASHED_ITEMS:
        # "Home - News - Business - Sports - Entertainment": items between spaced hyphens (a
        # headline holds one such dash at most, before its source: "OIL OUTPUT SEEN LOWER -
        # ANALYSTS")
        return menu_items(dashed)
    # a brand's lower-case first letter ("ePaper", "iPlayer") read as a capital
    words = _CAMEL.sub(lambda m: m.group(1).upper(), line).split()
    # a figure is part of the item before it ("Formula 1", "Radio 4"), not an item of its own
    # (a year or a score is no item's number)
    if not words[0].isdigit():
        words = [w for w in words if not (w.isdigit() and len(w) <= 2)]
    if len(words) < 4 or any(not w[:1].isupper() for w in words):
        return False
    # a sports site's menu names its sports ("Home Football Cricket Formula 1 Rugby U Tennis
    # Golf Athletics", the BBC's; "NFL NBA MLB NHL Soccer"): items of its row, as "Politics" is
    known = sum(w.lower().strip("&") in _MENU_WORDS or w.lower() in _SPORT_SECTIONS for w in words)
    if len(words) == 4:
        return known == 4  # "News Sport Weather Business": four items, every one a menu's
    if known * 4 >= len(words) * 3:
        return True
    # a long row of capitalised words with no small word (an article, a preposition, a
    # conjunction: a headline has them, even in Title Case) and no figure or sentence mark,
    # half of them a menu's words ("Home Latest Pakistan Opinion Business World Sport Tech
    # Prism Videos Editorial")
    return (
        len(words) >= _LONG_ROW
        and known * 2 >= len(words)
        and not any(w.lower() in _FUNCTION_WORDS for w in words)
        and not any(ch.isdigit() for ch in line)
        # (a section named for a firm's style, "Utah Inc.", ends on its stop, no sentence's)
        and not _FIRM_STOP_END.sub("", line).endswith((".", "!", "?", ":", ","))
    )


# A firm's style closing a row, its stop no sentence's ("... Environment  Utah Inc.").
_FIRM_STOP_END = re.compile(r"(?<=[a-z] )(?:Inc|Corp|Co|Ltd)\.$")


# A breadcrumb's first crumb, the link to the site's front page.
_HOME_CRUMBS = frozenset(
    "home homepage start startseite accueil inicio início inizio beranda forside hjem".split()
)
# A crumb's words at most: a section's or a page's name, not a headline.
_CRUMB_WORDS = 4
# The site's own address as its breadcrumb's first crumb ("Canada.ca > ...", "GOV.UK > ...").
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6}")
# A department's name as a crumb: capitalised words (bar small ones), no figure, a few more
# words than a section's ("Environment and Climate Change Canada").
_NAMED_CRUMB_WORDS = 6


def _named_crumb(crumb: str) -> bool:
    words = crumb.split()
    return (
        len(words) <= _NAMED_CRUMB_WORDS
        and not any(ch.isdigit() for ch in crumb)
        and not crumb.endswith((".", "!", "?", ",", ":"))
        and all(w[:1].isupper() or w.lower() in _SMALL for w in words)
    )


# The year as a breadcrumb's last crumb: a newsroom's archive files its releases by year.
_YEAR_CRUMB = re.compile(r"(?:19|20)\d\d")
# A CMS's page kind as the breadcrumb's last crumb: one word in lower case.
_SLUG_CRUMB = re.compile(r"[a-z][a-z-]{2,15}")


def _home_trail(parts: list[str]) -> bool:
    """`Home > News and events > News`, `Home / Newsroom / Aurelis Lithium Corp.`, `Home >
    News`: a breadcrumb trail from the front page's link (split at its separators), every
    crumb after it a section's or a page's name - a name in capitals, a sentence-case item of
    up to three words ("Latest news", "News and events") or a company's name closed by its
    abbreviation - and none of them a headline, which breadcrumb_headline reads."""
    if len(parts) < 2 or not (parts[0].lower() in _HOME_CRUMBS or _DOMAIN.fullmatch(parts[0])):
        return False
    for n, crumb in enumerate(parts[1:], 2):
        if n == len(parts) and _YEAR_CRUMB.fullmatch(crumb):
            continue  # "Home > Media centre > Press releases > 2009": the archive's year
        if n == len(parts) and _SLUG_CRUMB.fullmatch(crumb):
            # "Home / Newsroom / News / item": the page's kind as its CMS names it in one word
            # in lower case ("item", "detail", "article"), which no headline is
            continue
        if len(crumb.split()) > _CRUMB_WORDS and not _named_crumb(crumb):
            return False
        if crumb.endswith(".") and not crumb.endswith(".."):
            crumb = crumb[:-1]  # "Aurelis Lithium Corp.": a name's abbreviation, no stop
        if not (
            nav_item(crumb)
            or _SENTENCE_CASE_ITEM.match(crumb)
            or _strict_item(crumb)
            or _named_crumb(crumb)
        ):
            return False
    return True


# The label a breadcrumb is printed under, in the languages of the pages: "You are here:",
# "Location:", "Vous êtes ici :", "Sie sind hier:", "Usted está en:", "Você está em:", "Sei
# qui:", "Anda di sini:", "Bạn đang ở:".
_CRUMB_LABEL = re.compile(
    r"^(?i:you\s+are\s+here|you\s+are\s+in|location|vous\s+êtes\s+ici|sie\s+sind\s+hier|"
    r"du\s+bist\s+hier|usted\s+está\s+en|está\s+en|você\s+está\s+em|sei\s+qui|"
    r"anda\s+di\s+sini|anda\s+berada\s+di|bạn\s+đang\s+ở)\s*:?\s+"
)
# A language switch's label: "Languages:", "Language:", "Read in:".
_LANGUAGE_LABEL = re.compile(r"^(?i:languages?|read\s+in|also\s+in|available\s+in)\s*:\s*")
# The two-letter codes a site's language switch prints for its editions (ISO 639-1).
_LANGUAGE_CODES = frozenset(
    """ar bg bn cs da de el en es et fa fi fr he hi hr hu id it ja ka ko lt lv ms nl no pl
    ps pt ro ru sk sl sq sr sv sw th tr uk ur vi zh""".split()
)
# A switch with no label lists at least this many codes ("EN  FR  DE  IT").
_SWITCH_CODES = 4


def language_switch(line: str) -> bool:
    """A site's language switch on one line: its editions' two-letter codes, after a label
    ("Languages: EN DE FR IT ES PT JA AR ZH RU") or four or more of them alone ("EN | FR | DE |
    IT"), every code in the same case. A headline never is a run of language codes only."""
    text = line.strip()
    label = _LANGUAGE_LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    codes = [c for c in re.split(r"[\s|/·•,]+", text) if c]
    need = 2 if label is not None else _SWITCH_CODES
    return (
        len(codes) >= need
        and all(c.lower() in _LANGUAGE_CODES for c in codes)
        and (all(c.isupper() for c in codes) or all(c.islower() for c in codes))
    )


# A jump menu's label: "Go to:", "Jump to:" (the colon makes it a label, not a sentence).
_JUMP_LABEL = re.compile(r"^(?i:go\s+to|jump\s+to|quick\s+links)\s*:\s+")
_JUMP_ITEMS = 4
# A menu's sections whose names hold a small word ("Just In": the latest stories).
# (and US local sites' items with a lower-case "to": "Things to Do", "Letters to the Editor")
_MENU_PHRASES = re.compile(
    r"\b(?:Just In|In Depth|In Pictures|In Focus|Things to Do|Letters to the Editor|Back to School"
    # an organisation's site (a charity's, a council's, a company's newsroom): its menu's
    # items in sentence case ("What we do  Where we work  News & stories  Donate")
    r"|What [Ww]e [Dd]o|Where [Ww]e [Ww]ork|Who [Ww]e [Aa]re|About [Uu]s|Contact [Uu]s"
    r"|Get [Ii]nvolved|Take [Aa]ction|Our [Ww]ork|News (?:&|and) (?:[Ss]tories|[Ee]vents)"
    r"|(?:Press|Media|News) [Rr]eleases|Latest [Nn]ews)\b"
)
# A brand's word in a menu: a lower-case letter or two before a capital ("e-Edition",
# "iPlayer", "eNCA").
_BRAND_WORD = re.compile(r"^[a-z]{1,2}-?[A-Z]")
# A row of section names with its spacing lost has at least this many words.
_ROW_WORDS = 5


def capitalised_row(line: str) -> tuple[int, int] | None:
    """A menu's shape on one line with its spacing lost ("D.C. Maryland Virginia Education
    Transportation Weather", "Just In Senate House Administration Campaign", "News Sports
    Huskers Opinion Obituaries e-Edition"): five words or more, each capitalised (or "&", or a
    brand's), no small word a headline holds even in Title Case, no figure, no sentence's
    mark; in capitals, half of them a menu's words (a headline is set in capitals too).
    Returns (words, how many are a menu's words), or None. Whether such a row is a menu
    or a Title Case headline depends on where it stands: page.py weighs that."""
    if len(line) > 200 or any(ch.isdigit() for ch in line):
        return None
    if line.endswith((".", "!", "?", ":", ",", ";")) or '"' in line or "“" in line:
        return None
    phrases = len(_MENU_PHRASES.findall(line))
    words = [w for w in _MENU_PHRASES.sub(" ", line).split() if w != "&"]
    if len(words) + phrases < _ROW_WORDS:
        return None
    if not all(w[:1].isupper() or _BRAND_WORD.match(w) for w in words):
        return None
    if any(w.lower() in _FUNCTION_WORDS for w in words):
        return None
    known = phrases + sum(w.lower().strip("&") in _MENU_WORDS for w in words)
    if line.isupper() and known * 2 < len(words) + phrases:
        return None  # "CITY BUDGET PLAN CUTS LIBRARY HOURS": a headline set in capitals
    return len(words) + phrases, known


# A menu printed on one line with its spacing lost is long; a headline's words are fewer.
_LONG_ROW = 8
# The small words of English headlines, which a menu's row of section names does not hold.
_FUNCTION_WORDS = frozenset(
    """a an the of to in on at for from by with as into over after before amid against about
    and or but nor is are was were be will would could should may says said its their his her
    than that this these those up down out off""".split()
)


# A menu of bracketed links, as text browsers and old print views print it.
_BRACKETED_ROW = re.compile(r"^(?:\[[^\[\]]{1,32}\]\s*){3,}$")
_BRACKETED_ITEM = re.compile(r"\[\s*([^\[\]]*?)\s*\]")

# The page's spacing between a menu's items, when a copy keeps it: two spaces or more, or a tab.
_SPACED_GAP = re.compile(r"(?: {2,}|\t+)")
_WIDE_GAP = re.compile(r"(?: {3,}|\t+)")


_SEPARATOR_ONLY = re.compile(r"^[|/·•»›>-]+$")
_BY_WORDS = frozenset({"by", "von", "par", "por", "door", "di", "oleh", "av", "af"})


def is_spaced_row(raw: str) -> bool:
    """A menu printed on one line whose items the copy keeps apart by their spacing, not by
    bars ("News   Live & Programs   Learn Japanese   Radio", "Home   Front Page   Taiwan News
    Business", "Business   Automobiles"): the RAW line (before its spaces are evened out)
    splits at runs of two or more spaces into three or more menu items, or at wider runs into
    two items of which one is a menu's word. A headline or a sentence never leaves such gaps
    between capitalised items; a table's row holds figures, which no menu item does."""
    text = raw.strip()
    if len(text) > 300 or ("  " not in text and "\t" not in text):
        return False
    if text.split(None, 1)[0].lower() in _BY_WORDS:
        return False  # "By Jane Roe  |  Report for America": a byline spaced out
    parts = spaced_items(text)
    if len(parts) >= 3:
        return menu_items(parts)
    wide = [p for p in _WIDE_GAP.split(text) if p]
    return (
        len(wide) == 2
        and all(nav_item(p) for p in wide)
        and any(p.lower() in _MENU_WORDS for p in wide)
    )


# A row's items kept apart by spacing or by bars and dots ("Fajr 04:52   Dhuhr 12:21",
# "Lagos 31°C | USD/NGN 1,480 | Tuesday, 12 March 2024").
_ROW_GAP = re.compile(r"(?: {2,}|\t+|\s*[|•·]\s*)")
_READING_WORDS = 5  # an item of a row of readings is short: "USD/GHS 15.20", "Asr 15:45"


# The weather's reading as a page's header prints it: a place and its temperature in degrees
# ("Harare: 27°C", "Amman 18°C", "Lagos 31 °C").
_WEATHER_READING = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}:?\s+-?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?$"
)


# A ticker's label and its colon ("USD: 129.5", "Prayer times: Fajr 04:52", "Latest: ZSE
# ...") or a figure as a reading prints it, with its decimal or thousands mark or a clock's
# colon ("NSE 20 2,011.4", "USD/KES 129.50", "Fajr 04:52"); a clause's count ("in 10 years")
# is neither.
_TICKER_LABEL = re.compile(r"^[A-Z][\w&/'’. -]{0,24}:\s")
_TICKER_FIGURE = re.compile(r"\d[.,:]\d")
_TICKER_LOWER_WORDS = 3  # "Latest: ZSE All Share closes at 214.6 points"


def _ticker(part: str) -> bool:
    """`part`, beside the weather's reading in a header's two-part strip, is a ticker's: a
    label with its colon or a figure reading, few words of running text."""
    lower = sum(1 for w in part.split() if w[:1].islower())
    return lower <= _TICKER_LOWER_WORDS and (
        _TICKER_LABEL.match(part) is not None or _TICKER_FIGURE.search(part) is not None
    )


def is_readings_row(raw: str) -> bool:
    """A page's row of readings over its headline: prayer times, the weather, exchange rates,
    a market's index, the day's date ("Fajr 04:52   Dhuhr 12:21   Asr 15:45", "Accra: 31°C
    |  USD/GHS 15.20  |  Tuesday, 12 March 2024"): the RAW line splits at gaps of two or more
    spaces, or at bars or dots, into three or more short items, most of them readings (a
    label and its figure: _reading) and none a sentence's stop; or into two, one of them the
    weather's reading (_WEATHER_READING), the header's weather ear beside a ticker or a row.
    A headline leaves no such gaps, and one cut by bars reads as clauses with few figures
    ("Fed holds rates | Stocks rally | Oil slips")."""
    text = raw.strip()
    if len(text) > 200 or not _ROW_GAP.search(text):
        return False
    parts = [p for p in _ROW_GAP.split(text) if p and not _SEPARATOR_ONLY.match(p)]
    if any(p.split()[0].lower() in _BY_WORDS for p in parts):
        return False  # "By Vo Hai   February 24, 2026 | 05:20 pm": a byline with its stamp
    if len(parts) == 2 and any(_WEATHER_READING.match(p) for p in parts):
        # "Amman 18°C | Prayer times: Fajr 04:52 ...", "Latest: ZSE closes at 214.6 | Harare:
        # 27°C": the header's weather ear beside its other strip, a ticker; a headline's
        # clause beside a temperature ("Delhi 46°C | Schools shut as heatwave tightens its
        # grip", "Mumbai: 39°C | Hottest March day in 10 years") is no ticker
        other = parts[1] if _WEATHER_READING.match(parts[0]) else parts[0]
        return not any(p.endswith((".", "!", "?")) for p in parts) and _ticker(other)
    if len(parts) < 3 or any(
        len(p.split()) > _READING_WORDS or p.endswith((".", "!", "?")) for p in parts
    ):
        return False
    readings = sum(1 for p in parts if _reading(p))
    return readings >= 2 and readings * 2 > len(parts)


# A date's or a stamp's words, which label no reading ("Tuesday 12", "Published: 6:05").
_DATE_LABEL = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|"
    r"fri|sat|sun)[a-z]*\.?,?$|^(?:published|updated|posted|last|date|time|edition|page|no|vol)\b",
    re.IGNORECASE,
)


def _reading(item: str) -> bool:
    """One reading of a row: a label of a word or three, then its figure ("Fajr 04:52",
    "Lagos 31°C", "USD/NGN 1,480.50", "Accra: 31°C"); not a date, a time or a figure alone
    (a table's cells: "210"), nor a stamp ("Published: 6:05 AM")."""
    first = next((k for k, ch in enumerate(item) if ch.isdigit()), None)
    if first is None:
        return False
    label = item[:first].strip(" :=-")
    words = label.split()
    return (
        1 <= len(words) <= 3
        and any(ch.isalpha() for ch in label)
        and not any(_DATE_LABEL.match(w) for w in words)
    )


def is_spaced_trail(raw: str) -> bool:
    """A breadcrumb trail from the front page whose crumbs the copy keeps apart by their
    spacing, not by marks ("Home  Country", "Home   News   Local"): the RAW line's spaced
    items read as a trail (_home_trail), two crumbs enough since the first is the home
    page's link, which no headline or sentence opens with and then leaves a gap."""
    text = raw.strip()
    if len(text) > 300 or ("  " not in text and "\t" not in text):
        return False
    parts = spaced_items(text)
    # the home page's word first ("Home"), no site's address ("Site.cn   2011-08-20 10:12" is
    # the page's stamp), and no figures in a crumb
    return (
        bool(parts)
        and parts[0].lower() in _HOME_CRUMBS
        and not any(ch.isdigit() for ch in text)
        and _home_trail(parts)
    )


def spaced_items(raw: str) -> list[str]:
    """The parts of a RAW line between its runs of two or more spaces (or tabs); a bar or a
    dot between the items is a separator, not an item."""
    return [p for p in _SPACED_GAP.split(raw.strip()) if p and not _SEPARATOR_ONLY.match(p)]


def is_section_path(line: str) -> bool:
    """A page's section path over its headline ("NEWSINFO / NATION", "News/World"): two to
    four slashed menu items, one of them a menu's word. A photo's credit names a person or an
    agency ("JANE ROE / AFP"), which no menu lists."""
    if len(line) > 60 or "/" not in line:
        return False
    parts = [p.strip() for p in line.split("/")]
    return (
        2 <= len(parts) <= 4
        and all(p and nav_item(p) for p in parts)
        and any(p.lower() in _MENU_WORDS for p in parts)
    )


_GLUED_SECTION = re.compile(r"^(?P<crumb>[A-Z][\w.&' -]{1,24}(?<=[\w.]))\|(?P<tail>[A-Z‘“'\"].*)$")


def breadcrumb_headline(line: str) -> str | None:
    """The headline a breadcrumb ends in: "Home / India / Monsoon delay hits sowing" gives
    "Monsoon delay hits sowing" (two or more crumbs that are menu items, the first of them a
    home or section link, then a headline of four words or more); None for any other line."""
    if len(line) > 400:
        return None
    if (label := _CRUMB_LABEL.match(line)) is not None:
        line = line[label.end() :]  # "You are here: Home > World > <headline>"
    if (glued := _GLUED_SECTION.match(line)) is not None:
        # "U.S.|Flooding Leaves a Vermont Mill Town ...": the section's link and the headline
        # run together at a bar with no spaces (the Times' pages as a capture copies them)
        crumb, tail = glued.group("crumb").strip(), glued.group("tail").strip()
        if nav_item(crumb) and word_count(tail) >= 4 and not nav_item(tail) and "|" not in tail:
            return tail
        return None
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(line)]
    if not all(parts) or len(parts) < 2:
        return None
    if len(parts) == 2 and parts[0].lower() not in _SECTION_CRUMBS:
        # one crumb before the headline only when it is a section's own word ("NEWS /
        # Island ferry fares ..."): "Dallas/Fort Worth traffic plan" is a headline
        return None
    crumbs, tail = parts[:-1], parts[-1]
    if not all(nav_item(c) for c in crumbs) or crumbs[0].lower() not in _MENU_WORDS:
        return None
    if word_count(tail) < 4 or nav_item(tail):
        return None
    return tail


def section_path(line: str) -> bool:
    """A rubric's path of sections with no headline after it ("NATIONAL / SCIENCE & HEALTH",
    "World | Asia"): two or three crumbs parted by a spaced slash or bar (or chevrons), each a
    section's name (nav_item), the first or the last a word a menu lists, and the whole set in
    capitals or every crumb one or two words. "Dallas / Fort Worth" names no menu's section,
    and a headline after its crumbs is breadcrumb_headline's."""
    if len(line) > _PATH_CHARS:
        return False
    parts = [p.strip() for p in _CRUMB_SEPARATORS.split(line.strip())]
    if not 2 <= len(parts) <= 3 or not all(parts) or not all(nav_item(p) for p in parts):
        return False
    if not any(parts[n].lower() in _MENU_WORDS for n in (0, -1)):
        return False
    return line.isupper() or all(len(p.split()) <= 2 for p in parts)


# A section path is a short line: a rubric's, not a headline's, length.
_PATH_CHARS = 60


# The sections whose name alone may stand as a breadcrumb's one crumb over the headline.
_SECTION_CRUMBS = frozenset(
    "news sport sports business politics opinion world local national features lifestyle "
    "entertainment culture health science technology".split()
)
# Menu words in the languages of the pages copied most (lower case).
_MENU_WORDS = frozenset(
    """home homepage start news latest top general world national international local
    politics business economy markets money finance sport sports football entertainment
    culture arts lifestyle life style travel food health science tech technology opinion
    opinions analysis features feature video videos photos pictures gallery podcasts live
    weather region regions nation city metro india asia africa europe americas
    obituaries classifieds jobs subscribe newsletters newsletter more search menu e-paper epaper
    magazine data podcast events puzzles games crosswords education environment climate
    obits a&e e-edition eedition autos motoring property realestate
    inicio portada noticias actualidad internacional economía deportes cultura opinión
    accueil actualités international économie sport culture startseite nachrichten
    politik wirtschaft kultur home page início notícias mundo esportes cotidiano
    poder mercado gündem dünya ekonomi spor analiz""".split()
)


MENU_WORDS = _MENU_WORDS

# The sports a sports site's menu names, one word each (read only in a row of capitalised
# words, beside the menu's words: a single sport is a headline's word too).
_SPORT_SECTIONS = frozenset(
    """football soccer cricket rugby tennis golf athletics formula boxing cycling basketball
    baseball hockey nfl nba mlb nhl mls wnba nascar motorsport motorsports f1 mma ufc
    racing swimming olympics horse netball darts snooker""".split()
)


def is_masthead(line: str) -> bool:
    """A site's or an agency's name as a page prints it at its top: a wire or outlet known by
    name, alone or with a word that marks an edition or an archive ("UPI Archives", "The New
    York Times Archive", "dpa international", "Xinhua English")."""
    from archiver.extract.agencies import is_release_service, is_wire_source
    from archiver.extract.credits import OUTLET_NAME
    from archiver.extract.pagetops import NOT_IN_NAMES
    from archiver.extract.roles import _SITES

    if is_release_service(line):
        return True  # "GlobeNewswire by notified", "Mynewsdesk": a release service's newsroom
    # "THE GLOBE AND MAIL*", "Newsday®": the logo's asterisk or trademark sign, copied as text
    text = _EDITION.sub("", line.strip().rstrip("*®™ ")).strip()
    if not text or len(text) > 60 or text.lower() in _MENU_WORDS or text[:3].lower() == "by ":
        return False  # "News" is a menu's item, "By Reuters" a byline: no site's name
    if text != line.strip() and _ARTICLE_TITLE.fullmatch(text) is not None:
        # "EL PAÍS English", "Le Monde in English": a European paper's name (its article and
        # one word) with the edition its English site adds; no headline is so short
        return True
    # "The Pennington Post-Ledger": a hyphenated outlet's name
    outlet = OUTLET_NAME.match(text) or OUTLET_NAME.match(text.replace("-", " "))
    if outlet and any(w in NOT_IN_NAMES for w in text.split()[1:]):
        outlet = None  # "Fire Hits The Herald": a headline that names a paper
    from archiver.extract.bylines import is_brand_outlet

    # "ProPublica", "CalMatters", "IndyStar": a news site's camel-case name alone
    if is_wire_source(text) or bool(outlet) or text in _SITES or is_brand_outlet(text):
        return True
    if text.isupper() and len(text.split()) >= 2 and _sites_upper().get(text) is not None:
        # "THE HINDU", "AL JAZEERA": a known site's name set in capitals, as its masthead
        # prints it (one word in capitals, "TIME", "DAWN", is listed as the site prints it)
        return True
    # "The Times of Israel", "Times of Malta": a paper's word, "of" and a land the gazetteer
    # knows ("The Nation of Islam" names none)
    # and in capitals, as the page's logo text prints it ("THE TIMES OF INDIA")
    cased = _title_case(text) if text.isupper() else text
    if cased != text and line.strip()[-1:] in ("*", "®", "™"):
        # "THE GLOBE AND MAIL*": a logo's text in capitals with its mark, read as the name
        # in Title Case (a headline in capitals carries no trademark's sign)
        return is_masthead(cased)
    if _paper_of().match(cased) is not None:
        from archiver.extract.gazetteer import is_known_place

        return is_known_place(cased.split(" of ", 1)[1])
    return False


def is_issuer_name(line: str) -> bool:
    """An institution's name alone on its line, as its newsroom prints it over its releases
    (roles._institution: "Government of India", "Wellington City Council", "Ministry of
    Ports, Shipping and Waterways"; "City of Tucson"), or a release service's name. A
    headline about an institution has a verb after its head ("Council Approves Budget")."""
    from archiver.extract.agencies import is_release_service
    from archiver.extract.roles import _institution

    if is_release_service(line):
        return True
    text = " ".join(line.replace(",", " ").split())
    if len(text) > 80:
        return False
    # "City of Tucson", "County of Maui": a local government's style
    return _institution(text) or _LOCAL_GOVERNMENT.fullmatch(text) is not None


_LOCAL_GOVERNMENT = re.compile(
    r"(?:City|County|Town|Borough|District|Shire|Municipality) of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
)


@functools.cache  # built on first use: roles imports this module
def _sites_upper() -> dict[str, str]:
    from archiver.extract.roles import _SITES

    return {site.upper(): site for site in _SITES}


def _title_case(text: str) -> str:
    """Words in capitals in Title Case, the small words after the first in lower case."""
    words = text.lower().split()
    return " ".join(
        w if k and w in _SMALL_WORDS else w[:1].upper() + w[1:] for k, w in enumerate(words)
    )


# "The Times of India", "Times of Malta", "The Star of Kenya": a paper's word, then its land.
# The paper words of pagetops, and "Nation"; not those that also name a state or a thing "of"
# a land ("Republic of Ireland", "Union of India", "Constitution of Kenya", "Age of Empires").
_NOT_PAPER_OF = frozenset(
    "republic republican union constitution age call appeal standard item record leader "
    "citizen democrat commercial register review bulletin banner".split()
)


@functools.cache  # built on first use: pagetops imports this module
def _paper_of() -> re.Pattern[str]:
    from archiver.extract.pagetops import _PAPER_WORDS

    words = sorted(w for w in _PAPER_WORDS | {"nation"} if w not in _NOT_PAPER_OF)
    names = "|".join(re.escape(w.title()) for w in words)
    return re.compile(rf"^(?:The\s+)?(?:{names})\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at"})


def is_nameplate(line: str) -> bool:
    """A printed paper's name as its e-paper's text gives it over the issue's date, however it is
    cased and with its edition's city after a comma ("THE TIMES OF INDIA, PUNE", "DAILY NATION",
    "The Star, Nairobi"). Whether the line IS the nameplate, the caller says from the date line
    under it: a headline may name a paper too."""
    from archiver.extract.pagetops import edition_of

    text = without_edition(line)  # "THE IRISH TIMES (e-paper)": the replica's word
    if len(text) > 60:
        return False
    text = edition_of(text) or text  # the edition's city: "THE TIMES OF INDIA, PUNE"
    if text.isupper():
        text = _title_case(text)
    return is_masthead(text) or bool(_paper_of().match(text))


# A paper's name of a Romance, Dutch or German article and one capitalised word ("El País",
# "Le Monde", "Il Sole", "Die Welt"), in any case.
_ARTICLE_TITLE = re.compile(
    r"(?i:el|la|le|les|il|lo|los|las|het|de|der|die|das)\s+[A-ZÀ-Þ][\wÀ-ÿ'’-]{2,}"
)


def is_article_title(text: str) -> bool:
    """`Le Monde`, `El País`, `Die Welt`: a paper's name of an article and one word."""
    return _ARTICLE_TITLE.fullmatch(text.strip()) is not None


# The edition in brackets, as e-edition services print the paper's name over the page ("The
# Globe and Mail (Ontario Edition)", "Toronto Star (Late Edition)"), the replica's own word
# ("THE IRISH TIMES (e-paper)", "The Hindu (ePaper)"), or a wire's service in a language ("NTB
# - Norwegian News Agency (English service)", "Kyodo News (English Service)").
_BRACKETED_EDITION = (
    r"\s+\((?:(?:[\w.'’-]+\s+){1,3}(?:edition|service)|e-?paper|e-?edition|print|digital)\)$"
)
# A word of an edition's or an archive's name after a paper's name ("digital", "archive",
# "print", "edition").
_EDITION_WORD = (
    r"(?:archives?|international|(?:in\s+)?english|online|digital|print|e-?paper|replica|"
    r"edition|news\s+agency|newswires?|live)"
)
_EDITION = re.compile(
    # the edition after a dash or a bar too, as a wire terminal's service header sets it
    # ("XINHUA -- ENGLISH", "dpa - International"); after a dash, a run of such words, as an
    # archive's or an e-paper's copy names its edition ("Irish Independent — digital archive
    # edition", "The Star | Print Edition")
    rf"\s*(?:-{{1,2}}|[–—|·])\s+(?:{_EDITION_WORD}\s+){{0,2}}{_EDITION_WORD}$"
    r"|\s+(?:archives?|international|(?:in\s+)?english|online|digital|"
    r"edition|news\s+agency|newswires?|live)$"
    rf"|{_BRACKETED_EDITION}",
    re.IGNORECASE,
)
_EDITION_IN_BRACKETS = re.compile(_BRACKETED_EDITION, re.IGNORECASE)


def without_edition(line: str) -> str:
    """A masthead's line without the edition or service it names in brackets after the name
    ("The Irish Times (e-paper)", "NTB - Norwegian News Agency (English service)"): the name
    alone, for the callers that read the name's own shape (an agency's code and its name spelt
    out, a nameplate in capitals). (The edition after a dash, "dpa - International", is
    is_masthead's to read: the name's own last word may be one.)"""
    return _EDITION_IN_BRACKETS.sub("", line.strip()).strip()


# A page's labelled source or editor under the headline: "Source: Xinhua", "Editor: Liu Wen",
# "来源：新华网", "责任编辑：王晓雯", "Fuente: EFE", "Quelle: dpa" (an editor edits, a source
# supplies: neither wrote the story).
_SOURCE_LABEL = re.compile(
    r"^[【\[]?(?:(?i:source|editor|edited\s+by|fuente|quelle|fonte|redaktion|édité\s+par)\s*:|"
    r"(?:来源|來源|责任编辑|責任編輯|编辑|編輯|出典)\s*[:：])\s*\S"
)


def is_source_label(line: str) -> bool:
    """A page's "Source: X" or "Editor: X" line (cleaned text, any of several languages)."""
    return len(line) <= 80 and bool(_SOURCE_LABEL.match(line))
