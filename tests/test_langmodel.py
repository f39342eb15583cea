"""The language model cache: faster starts, never a different answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.extract import langmodel

TEXTS = [
    "The government announced on Tuesday a new plan to reform pensions for public servants.",
    "Le gouvernement a annoncé mardi une nouvelle réforme des retraites des fonctionnaires.",
    "Die Regierung kündigte am Dienstag eine neue Rentenreform für Beamte an.",
    "El gobierno anunció el martes una nueva reforma de las pensiones de los funcionarios.",
]


@pytest.fixture(scope="module")
def reference():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _answers(identifier) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    return [tuple(identifier.classify(text)) for text in TEXTS]


def test_first_load_writes_the_cache_and_the_second_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference
) -> None:
    monkeypatch.setenv(langmodel.CACHE_ENV, str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "py3langid-model-0123-v1.npz").write_bytes(b"an older cache")
    first = langmodel.load_identifier()
    folders = list((tmp_path / "cache").glob("py3langid-model-*"))
    assert len(folders) == 1 and folders[0].is_dir()  # the older cache was removed
    assert sorted(p.name for p in folders[0].iterdir()) == [
        "classes.json",
        "nextmove.bin",
        "output.bin",
        "pc.npy",
        "ptc.npy",
        "row.bin",
    ]
    assert not list((tmp_path / "cache").glob(".tmp-*"))  # written atomically, nothing left

    def no_slow_path(path):  # type: ignore[no-untyped-def]
        raise AssertionError("the cached model should have been used")

    monkeypatch.setattr("py3langid.modelio.load_model", no_slow_path)
    second = langmodel.load_identifier()
    assert _answers(first) == _answers(second) == _answers(reference)
    assert [lang for lang, _ in _answers(second)] == ["en", "fr", "de", "es"]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda folder: (folder / "ptc.npy").write_bytes(b"not numpy"), id="ptc"),
        pytest.param(lambda folder: (folder / "row.bin").write_bytes(b"\x00" * 6), id="row"),
        pytest.param(lambda folder: (folder / "classes.json").unlink(), id="missing"),
        pytest.param(
            lambda folder: (folder / "nextmove.bin").write_bytes(b"\x00" * 1024), id="nextmove"
        ),
    ],
)
def test_a_damaged_cache_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference, damage
) -> None:
    monkeypatch.setenv(langmodel.CACHE_ENV, str(tmp_path))
    langmodel.load_identifier()
    (cached,) = tmp_path.glob("py3langid-model-*")
    sizes = {p.name: p.stat().st_size for p in cached.iterdir()}
    damage(cached)
    identifier = langmodel.load_identifier()
    assert _answers(identifier) == _answers(reference)
    assert {p.name: p.stat().st_size for p in cached.iterdir()} == sizes


def test_a_table_damaged_within_its_size_is_caught_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference
) -> None:
    """A cached table whose size is right but whose values lead nowhere makes classification
    fail; detect_language then loads py3langid's own model and answers as it would."""
    from archiver.extract import language

    monkeypatch.setenv(langmodel.CACHE_ENV, str(tmp_path))
    langmodel.load_identifier()
    (cached,) = tmp_path.glob("py3langid-model-*")
    table = cached / "nextmove.bin"  # not read through at load: its size is all that is checked
    table.write_bytes(b"\xff" * table.stat().st_size)  # every transition to a state past the end
    monkeypatch.setattr(language, "_IDENTIFIER", [])
    assert language.detect_language(TEXTS[1]) == (
        reference.classify(TEXTS[1])[0],
        float(reference.classify(TEXTS[1])[1]),
    )
    with table.open("rb") as fh:
        assert fh.read(4) != b"\xff" * 4  # cached anew


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(langmodel.CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert langmodel.cache_dir() is None
    assert langmodel.load_identifier().classify(TEXTS[0])[0] == "en"
    assert list(tmp_path.rglob("*")) == []


def test_xdg_cache_home_is_used_when_no_cache_dir_is_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(langmodel.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert langmodel.cache_dir() == tmp_path / "archiver"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert langmodel.cache_dir() == tmp_path / ".cache" / "archiver"


def test_a_cache_that_cannot_be_written_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setenv(langmodel.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(langmodel.tempfile, "mkdtemp", full_disk)
    assert langmodel.load_identifier().classify(TEXTS[1])[0] == "fr"
    assert list(tmp_path.iterdir()) == []


def test_a_cache_path_that_is_a_file_costs_only_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    monkeypatch.setenv(langmodel.CACHE_ENV, str(blocker))
    assert langmodel.load_identifier().classify(TEXTS[2])[0] == "de"
    assert blocker.read_text() == "not a folder"


def test_py3langid_is_pinned_to_the_series_whose_internals_are_used() -> None:
    """langmodel maps the model through py3langid 0.4's internals: the pin keeps them there."""
    from importlib.metadata import requires, version

    pins = [r for r in requires("archiver") or [] if r.startswith("py3langid")]
    assert pins and "<0.5" in pins[0] and ">=0.4" in pins[0]
    assert version("py3langid").startswith("0.4.")
    from py3langid import modelio
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    assert callable(modelio.load_model) and MODEL_DIR and MODEL_FILE and LanguageIdentifier
