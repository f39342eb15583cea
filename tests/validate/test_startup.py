"""`archiver validate` starts fast: what a plain bag folder does not need is never imported.

lxml and the schemas, tar/zip support, json, the article model and the BagIt Profile code are
imported only by the code that uses them (an XML document, an archive, JSON output or a
profile, an article), so
that these imports cannot creep back into the validate command's startup unnoticed.
"""

from __future__ import annotations

from validate_helpers import build_bag

import import_probe
from archiver.bagcheck.profile import LazyKnownProfiles, known_profiles

HEAVY = (
    "lxml.etree",
    "tarfile",
    "zipfile",
    "json",
    "archiver.model",
    "archiver.xmlschemas",
    "archiver.bagcheck.profile",
)


def loaded_after(code: str) -> list[str]:
    """Which of HEAVY a fresh interpreter has imported after running code."""
    return import_probe.loaded_after(code, HEAVY)


def test_importing_the_validate_command_skips_heavy_modules():
    assert loaded_after("import archiver.commands.validate_cmd") == []


def test_validating_a_plain_bag_folder_skips_lxml_and_archives(tmp_path):
    bag = build_bag(tmp_path / "bag", files={"a.txt": b"hi\n"})
    code = (
        "from archiver.bagcheck import ValidateOptions, make_xml_checker, validate_bag\n"
        "from archiver.bagcheck.report import write_text\n"
        "import io\n"
        f"report = validate_bag({str(bag)!r}, ValidateOptions(xml_checker=make_xml_checker()))\n"
        "assert report.valid, report.findings\n"
        "write_text(report, io.StringIO())\n"
    )
    loaded = loaded_after(code)
    assert loaded == []


def test_xml_in_a_bag_still_imports_lxml_and_is_checked(tmp_path):
    bag = build_bag(tmp_path / "bag", files={"broken.xml": b"<a><b></a>"})
    code = (
        "from archiver.bagcheck import ValidateOptions, make_xml_checker, validate_bag\n"
        f"report = validate_bag({str(bag)!r}, ValidateOptions(xml_checker=make_xml_checker()))\n"
        "assert [f.code for f in report.findings] == ['W300'], report.findings\n"
    )
    assert {"lxml.etree", "archiver.xmlschemas"} <= set(loaded_after(code))


def test_lazy_known_profiles_read_on_first_look():
    lazy = LazyKnownProfiles()
    assert lazy._loaded is None
    assert dict(lazy) == dict(known_profiles())
    assert lazy._loaded is not None


def test_lazy_known_profiles_keep_what_was_set_before_loading():
    known = dict(known_profiles())
    lazy = LazyKnownProfiles()
    mine = next(iter(known.values()), None)
    lazy["urn:example:mine"] = mine  # type: ignore[assignment]
    assert lazy._loaded is None
    assert lazy.get("urn:example:mine") is mine
    assert set(lazy) == {*known, "urn:example:mine"}
    assert lazy.get("urn:example:absent") is None
    assert len(lazy) == len(known) + 1


def test_a_bag_declaring_a_profile_still_has_it_checked(tmp_path):
    """The profile module, not imported for a plain bag, is when the bag declares a profile."""
    bag = build_bag(
        tmp_path / "bag",
        files={"a.txt": b"hi\n"},
        info={"BagIt-Profile-Identifier": "urn:example:not-known-here"},
    )
    code = (
        "from archiver.bagcheck import validate_bag\n"
        f"report = validate_bag({str(bag)!r})\n"
        "assert [f.code for f in report.findings] == ['W100'], report.findings\n"
    )
    assert "archiver.bagcheck.profile" in loaded_after(code)
