"""Datelines of wires that write in scripts the Latin grammar (datelines.py) cannot read:

- Chinese: `新华社杭州11月6日电（记者 沈嘉禾 周明远）`, `中新社北京3月2日电`, `本报上海5月1日电`
  (agency, place, month and day, 电 "wired"; the reporters in brackets after it); Taiwan's CNA
  `（中央社記者張三台北6日電）` (the reporter, the place and the day alone, in brackets);
- Japanese: `【ソウル共同】`, `【ワシントン時事】`, `【ニューヨーク＝山田太郎】` (place and agency,
  or place and the correspondent, in lenticular brackets);
- Korean: `(서울=연합뉴스) 김철수 기자 =`, `【서울=뉴시스】` (place and agency, then the reporter);
- Arabic: `الكويت - 17 - 5 (كونا) --`, `الدوحة في 17 مايو /قنا/`, `عمان 17 أيار (بترا) –`,
  `رام الله 8-10-2025 وفا-`, `دمشق-سانا`, `دبي - العربية.نت`, `لندن: «الشرق الأوسط»`, Persian
  `تهران- ایرنا-` (place, day and month, the agency in brackets, between slashes, in guillemets
  or, when a date or a dash stands before it, bare);
- Russian: Interfax's `Москва. 17 февраля. INTERFAX.RU -` (TASS's and RIA's forms are the Latin
  grammar's, read by datelines.py);
- Greek: `ΑΘΗΝΑ, 3 Μαρτίου (ΑΠΕ-ΜΠΕ) -`, `Λευκωσία (ΚΥΠΕ) -`; Hindi: `नई दिल्ली, 3 मार्च (भाषा)`,
  `मुंबई, 3 मार्च (वार्ता)` (the place, the day and the month's name in the genitive, and
  a known agency in brackets, which is what closes them).

Each form has its own closing mark (电, 】, =, the agency), so none is read into ordinary text.
The reporters a Chinese, Japanese or Korean dateline names are returned with it: there the
byline is part of the dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The first character of a paragraph these forms can start with: ideographs and kana, Hangul,
# Arabic letters, and the brackets ( （ 【 〔 that open the Japanese and Korean forms.
_START = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u3400-\u9fff"
    r"\uac00-\ud7af(（【〔\[]"
)
# Bidirectional marks that copied right-to-left text keeps at the start of lines.
_BIDI = re.compile(r"^[\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
_WINDOW = 160

_ZH_AGENCIES = "新华社|中新社|中新网|人民网|央视网|中国新闻社|本报|中央社"
_ZH = re.compile(
    rf"^(?P<raw>(?P<agency>{_ZH_AGENCIES})(?:记者|記者)?(?P<place>[\u4e00-\u9fff]{{2,8}}?)"
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|電|讯|訊))"
    r"\s*(?:[（(]\s*(?:记者|記者)\s*(?P<names>[^）)]{2,60})[）)])?"
    # "新华社北京3月10日电 题：春耕时节农机忙": a feature's title after the dateline
    r"(?:\s*[题題]\s*[:：]\s*(?P<title>[^\n]{2,80}?)\s*$)?"
)
# "新华社记者 刘洋", "记者 张三 李四": the reporters on a line of their own ("摄" after the
# names makes it a photo's credit instead).
_ZH_REPORTERS = re.compile(
    r"^(?:新华社|中新社|人民日报|本报)?(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff]{2,4}"
    r"(?:[\s、，]+[\u4e00-\u9fff]{2,4}){0,3})\s*$"
)
_JA = re.compile(
    r"^(?P<raw>[【〔](?P<place>[^\s【】〔〕＝=]{1,12}?)"
    r"(?:(?P<agency>共同|時事|ロイター|ＡＦＰ＝時事|AFP＝時事|新華社|聯合)|[＝=](?P<names>[^【】〔〕]{2,20}))[】〕])"
)
_KO = re.compile(
    r"^(?P<raw>[(（【\[](?P<place>[\uac00-\ud7af]{1,10})\s*[=＝]\s*"
    r"(?P<agency>연합뉴스|뉴시스|뉴스1|뉴스핌|노컷뉴스)[)）】\]])"
    r"\s*(?:(?P<names>[\uac00-\ud7af]{2,4}(?:\s*[·ㆍ,]\s*[\uac00-\ud7af]{2,4})*)\s*"
    r"(?:기자|특파원|선임기자)\s*[=＝])?"
)
# Arabic month names: the Egyptian and Gulf forms, then the Levantine and Iraqi ones.
_AR_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("يناير", "كانون الثاني"),
            ("فبراير", "شباط"),
            ("مارس", "آذار"),
            ("أبريل", "ابريل", "إبريل", "نيسان"),
            ("مايو", "أيار", "ايار"),
            ("يونيو", "يونيه", "حزيران"),
            ("يوليو", "يوليه", "تموز"),
            ("أغسطس", "اغسطس", "آب"),
            ("سبتمبر", "أيلول", "ايلول"),
            ("أكتوبر", "اكتوبر", "تشرين الأول"),
            ("نوفمبر", "تشرين الثاني"),
            ("ديسمبر", "كانون الأول"),
        ],
        start=1,
    )
    for name in names
}
_AR_MONTH = "|".join(sorted(_AR_MONTHS, key=len, reverse=True))
_AR_AGENCIES = (
    "كونا|قنا|وام|واس|بنا|العمانية|سانا|بترا|وفا|أ ش أ|الأناضول|الأنباء الكويتية|رويترز|"
    "أ ف ب|فرانس برس|د ب أ|شينخوا|سبأ|واج|لانا|الأنباء العراقية|واع|ومع|وات|تونس أفريقيا|"
    "ایرنا|ایسنا|تسنیم"
)
# Sites that sign their own copy after the place: "دبي - العربية.نت".
_AR_SITES = "العربية\\.نت|العربية نت|سكاي نيوز عربية|الشرق الأوسط"
# SPA prints the Hijri date first: "الرياض 19 شعبان 1446 هـ الموافق 18 فبراير 2025 م واس".
_AR_HIJRI = r"\d{1,2}\s+[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+)?\s+\d{4}\s*هـ\s+الموافق\s+"
_AR = re.compile(
    r"^(?P<raw>(?P<place>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}?)\s*(?P<sep>[-–/:]\s*)?"
    r"(?:في\s+)?(?:(?:" + _AR_HIJRI + r")?"
    r"(?P<day>\d{1,2})\s*(?:[-/]\s*(?P<month>\d{1,2})|\s(?P<mname>" + _AR_MONTH + r"))"
    r"(?:\s*[-/]?\s*(?P<year>\d{4}))?(?:\s*م(?=\s))?\s*)?"
    r"(?:\(\s*(?P<agency>[^()]{2,24}?)\s*\)|/\s*(?P<agency2>[^/]{2,24}?)\s*/"
    r"|«\s*(?P<agency4>" + _AR_SITES + r")\s*»"
    r"|(?P<agency3>" + _AR_AGENCIES + "|" + _AR_SITES + r")(?=[\s\-–—/:]|$))"
    r"\s*(?:--|-|–|—|:)?)"
)
# Interfax: "Москва. 17 февраля. INTERFAX.RU - ..." (the place and the date end in full stops).
_RU_MONTHS = {
    name: number
    for number, name in enumerate(
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
        start=1,
    )
}
_RU = re.compile(
    r"^(?P<raw>(?P<place>[А-ЯЁ][А-ЯЁа-яё-]+(?: [А-ЯЁа-яё-]+){0,2})\.\s+(?P<day>\d{1,2})\s+"
    r"(?P<mname>" + "|".join(_RU_MONTHS) + r")(?:\s+(?P<year>\d{4}))?\.?\s+"
    r"(?P<agency>INTERFAX(?:\.RU)?|Интерфакс(?:-[А-ЯЁа-яё]+)?)\s*(?:--|-|–|—))"
)


def _month_numbers(spellings: list[tuple[str, ...]]) -> dict[str, int]:
    """{spelling: month number} from each month's spellings, January first."""
    return {name: number for number, names in enumerate(spellings, start=1) for name in names}


def _place_date_agency(place: str, months: dict[str, int], agencies: str) -> re.Pattern[str]:
    """A dateline in one script: "PLACE, DAY MONTH [YEAR] (AGENCY) -", the date optional
    (Greek and Hindi copy print it this way, in their own letters)."""
    return re.compile(
        rf"^(?P<raw>(?P<place>{place})"
        r"(?:,\s*(?P<day>\d{1,2})\s+(?P<mname>" + "|".join(months) + r")(?:\s+(?P<year>\d{4}))?)?"
        r"\s*\(\s*(?P<agency>" + agencies + r")\s*\)\s*(?:--|-|–|—|:)?)"
    )


# Greek: the months in the genitive, as datelines print them ("3 Μαρτίου"), with and without
# their accents; the agencies (Athens', Cyprus' and the international ones in Greek letters).
_EL_MONTHS = _month_numbers(
    [
        ("Ιανουαρίου", "ΙΑΝΟΥΑΡΙΟΥ"),
        ("Φεβρουαρίου", "ΦΕΒΡΟΥΑΡΙΟΥ"),
        ("Μαρτίου", "ΜΑΡΤΙΟΥ"),
        ("Απριλίου", "ΑΠΡΙΛΙΟΥ"),
        ("Μαΐου", "Μαίου", "ΜΑΪΟΥ", "ΜΑΙΟΥ"),
        ("Ιουνίου", "ΙΟΥΝΙΟΥ"),
        ("Ιουλίου", "ΙΟΥΛΙΟΥ"),
        ("Αυγούστου", "ΑΥΓΟΥΣΤΟΥ"),
        ("Σεπτεμβρίου", "ΣΕΠΤΕΜΒΡΙΟΥ"),
        ("Οκτωβρίου", "ΟΚΤΩΒΡΙΟΥ"),
        ("Νοεμβρίου", "ΝΟΕΜΒΡΙΟΥ"),
        ("Δεκεμβρίου", "ΔΕΚΕΜΒΡΙΟΥ"),
    ]
)
_EL_AGENCIES = "ΑΠΕ-ΜΠΕ|ΑΠΕ|ΚΥΠΕ|Reuters|AFP|AP|ΑΠ|Ρόιτερς|Γαλλικό Πρακτορείο"
_EL = _place_date_agency(
    r"[\u0370-\u03ff][\u0370-\u03ff\u1f00-\u1fff-]+(?: [\u0370-\u03ff-]+){0,2}",
    _EL_MONTHS,
    _EL_AGENCIES,
)
# Hindi: the months ("3 मार्च"), in their common spellings; the agencies Hindi copy names
# (PTI's Bhasha, UNI's Varta, IANS, ANI, in Devanagari).
_HI_MONTHS = _month_numbers(
    [
        ("जनवरी",),
        ("फरवरी", "फ़रवरी"),
        ("मार्च",),
        ("अप्रैल", "अप्रेल"),
        ("मई",),
        ("जून",),
        ("जुलाई",),
        ("अगस्त",),
        ("सितंबर", "सितम्बर"),
        ("अक्टूबर", "अक्तूबर"),
        ("नवंबर", "नवम्बर"),
        ("दिसंबर", "दिसम्बर"),
    ]
)
_HI_AGENCIES = "भाषा|वार्ता|यूनीवार्ता|आईएएनएस|एएनआई|पीटीआई|यूएनआई|हिन्दुस्थान समाचार"
_HI = _place_date_agency(r"[\u0900-\u097f]+(?: [\u0900-\u097f]+){0,2}", _HI_MONTHS, _HI_AGENCIES)


@dataclass(frozen=True)
class IntlDateline:
    raw: str
    place: str | None
    source: str | None
    month: int | None
    day: int | None
    year: int | None
    date_text: str | None
    names: tuple[str, ...]
    rest: str
    form: str  # which wire's form it is, for --explain
    title: str | None = None  # a Chinese feature's title after the dateline ("题：...")


def match_intl_dateline(paragraph: str) -> IntlDateline | None:
    """A Chinese, Japanese, Korean or Arabic dateline at the start of a paragraph, or None.
    Looks at the first 160 characters only."""
    if not paragraph or not (_START.match(paragraph[:1]) or _BIDI.match(paragraph[:1])):
        return None
    text = _BIDI.sub("", paragraph[:_WINDOW])
    for form, pattern in _FORMS:
        m = pattern.match(text)
        if m is not None:
            skipped = len(paragraph[:_WINDOW]) - len(text)  # the bidi marks taken off
            return _read(form, m, paragraph[skipped + m.end() :].strip())
    return None


def _read(form: str, m: re.Match[str], rest: str) -> IntlDateline | None:
    groups = m.groupdict()
    agency = next(
        (groups[g] for g in ("agency", "agency2", "agency3", "agency4") if groups.get(g)), None
    )
    agency = agency.strip() if agency else None
    if form == "Arabic" and not (
        groups.get("agency3") or groups.get("agency4") or _arabic_agency(agency)
    ):
        return None
    if groups.get("agency3") and not (groups.get("sep") or groups.get("day")):
        return None  # a known agency's name after a word, with no mark between: prose
    if m.re is _CNA:
        return _cna(m, rest)
    if agency == "本报":
        agency = None  # "this paper": the newspaper itself, no agency
    day = groups.get("day")
    mname = groups.get("mname")
    month_no = (
        int(groups["month"])
        if groups.get("month")
        else _AR_MONTHS.get(mname or "")
        or _RU_MONTHS.get(mname or "")
        or _EL_MONTHS.get(mname or "")
        or _HI_MONTHS.get(mname or "")
    )
    date_text = None
    if day and month_no:
        ends = [m.end(g) for g in ("day", "month", "mname", "year") if groups.get(g)]
        start = m.start("day")
        if form == "Chinese":
            start = m.start("year") if groups.get("year") else m.start("month")
            ends.append(m.end("day") + 1)  # "11月6日", with its 日
        date_text = m.string[start : max(ends)].strip()
    return IntlDateline(
        raw=m.group("raw").strip(),
        place=(groups.get("place") or "").strip() or None,
        source=agency,
        month=month_no,
        day=int(day) if day else None,
        year=int(groups["year"]) if groups.get("year") else None,
        date_text=date_text,
        names=_names(groups.get("names")),
        rest=rest,
        form=form,
        title=(groups.get("title") or "").strip() or None,
    )


def _cna(m: re.Match[str], rest: str) -> IntlDateline | None:
    """CNA's dateline: the reporter's name and the place run together; the place is the
    known one the text ends with (a name alone, with no known place after it, is no place)."""
    run = (m.group("who") or "") + (m.group("place") or "")
    place = next((p for p in _CNA_PLACES if run.endswith(p)), None)
    if place is None and m.group("who"):
        return None  # the reporter's name and the place cannot be told apart
    name = run[: len(run) - len(place)] if place else ""
    if place is None:
        place = run or None
    return IntlDateline(
        raw=m.group("raw"),
        place=place,
        source="中央社",
        month=None,
        day=int(m.group("dayonly")),
        year=None,
        date_text=f"{m.group('dayonly')}日",
        names=(name,) if 2 <= len(name) <= 4 else (),
        rest=rest,
        form="Chinese",
    )


def _arabic_agency(agency: str | None) -> bool:
    """An Arabic agency's name or initials (a short name in brackets, not a clause)."""
    if agency is None:
        return False
    return bool(re.fullmatch(rf"(?:{_AR_AGENCIES})(?:\s*[-/]\s*\S+)?", agency))


def _names(text: str | None) -> tuple[str, ...]:
    """The reporters a dateline names: "沈嘉禾 周明远", "张三、李四", "김철수·이영희"."""
    if not text:
        return ()
    parts = re.split(r"[\s、，,·ㆍ]+", text.strip())
    return tuple(p for p in parts if p)


# Taiwan's CNA: "（中央社記者張三台北6日電）", "（中央社台北6日綜合外電報導）": the day alone.
_CNA = re.compile(
    r"^(?P<raw>[（(]中央社(?:記者(?P<who>[\u4e00-\u9fff]{3,9}?))?(?P<place>[\u4e00-\u9fff]{2,5}?)?"
    r"(?P<dayonly>\d{1,2})日(?:電|綜合外電報導|綜合報導)[）)])"
)
# The places CNA files from most, so the reporter's name and the place can be told apart
# ("記者張三台北": the name is what comes before a known place).
_CNA_PLACES = (
    "台北 臺北 新北 桃園 台中 臺中 台南 臺南 高雄 基隆 新竹 嘉義 苗栗 彰化 南投 雲林 屏東 宜蘭 花蓮 "
    "台東 臺東 澎湖 金門 馬祖 華盛頓 紐約 洛杉磯 舊金山 東京 大阪 首爾 北京 上海 香港 澳門 "
    "新加坡 曼谷 河內 馬尼拉 雅加達 吉隆坡 倫敦 巴黎 柏林 布魯塞爾 莫斯科 日內瓦 羅馬 雪梨"
).split()

_FORMS = (
    ("Chinese", _CNA),
    ("Chinese", _ZH),
    ("Japanese", _JA),
    ("Korean", _KO),
    ("Arabic", _AR),
    ("Russian", _RU),
    ("Greek", _EL),
    ("Hindi", _HI),
)


def reporters_line(line: str) -> tuple[str, ...]:
    """The reporters a Chinese line of their own names ("新华社记者 刘洋"), or ()."""
    m = _ZH_REPORTERS.match(line) if len(line) <= 40 else None
    return _names(m.group("names")) if m else ()
