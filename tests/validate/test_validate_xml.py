"""XML in the payload: parsed only safely, checked against the official schemas when present."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from validate_helpers import build_bag, codes, errors

from hostile_xml import ENTITY_BOMB

xmlschemas = pytest.importorskip(
    "archiver.xmlschemas", reason="archiver.xmlschemas (the schema module) is not available"
)

from archiver.bagcheck import make_xml_checker  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def schema_dir() -> Path | None:
    for candidate in (
        os.environ.get("ARCHIVER_SCHEMAS"),
        REPO.parent / "shared" / "schemas",
        "/work/shared/schemas",
    ):
        if candidate and Path(candidate, "dublin-core").is_dir():
            return Path(candidate)
    return None


DC_OK = b"""<?xml version="1.0" encoding="UTF-8"?>
<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:title>North Korean women in Seoul</dc:title>
</oai_dc:dc>
"""

DC_BAD = b"""<?xml version="1.0" encoding="UTF-8"?>
<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:title>ok</dc:title>
  <dc:notanelement>not in the schema</dc:notanelement>
</oai_dc:dc>
"""


def run_with_deadline(function, seconds: float = 60.0):
    """Run function in a thread; fail (instead of hanging) if it blocks."""
    result: dict = {}

    def target() -> None:
        result["value"] = function()

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "validation blocked: something tried to read the FIFO"
    return result["value"]


def test_entity_bomb_is_not_expanded(tmp_path, check):
    bag = build_bag(tmp_path / "bag", files={"bomb.xml": ENTITY_BOMB})
    report = run_with_deadline(lambda: check(bag, xml_checker=make_xml_checker()))
    assert report.valid, report.findings
    assert codes(report) == {"W300"}
    assert "lollol" not in repr(report.findings)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_external_entities_are_never_read(tmp_path, check):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    fifo = tmp_path / "trap"
    os.mkfifo(fifo)  # opening it for reading would block: proof that nothing does
    files = {
        "xxe.xml": (
            f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">\n'
            f'<!ENTITY trap SYSTEM "{fifo.as_uri()}">]>\n<x>&xxe;&trap;</x>\n'
        ).encode(),
        "dtd.xml": f'<?xml version="1.0"?>\n<!DOCTYPE x SYSTEM "{fifo.as_uri()}">\n<x/>\n'.encode(),
    }
    bag = build_bag(tmp_path / "bag", files=files)
    report = run_with_deadline(lambda: check(bag, xml_checker=make_xml_checker()))
    assert report.valid, report.findings
    assert [f.code for f in report.findings] == ["W300", "W300"]
    assert "TOP-SECRET" not in repr(report.findings)
    with pytest.raises(OSError):  # ENXIO: no reader ever opened the FIFO
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_malformed_xml_is_a_warning(tmp_path, check):
    bag = build_bag(tmp_path / "bag", files={"broken.xml": b"<a><b></a>"})
    report = check(bag, xml_checker=make_xml_checker())
    assert report.valid
    assert codes(report) == {"W300"}


def test_xml_is_not_parsed_in_fast_mode(tmp_path, check):
    bag = build_bag(tmp_path / "bag", files={"broken.xml": b"<a><b></a>"})
    assert check(bag, mode="fast", xml_checker=make_xml_checker()).findings == []


@pytest.mark.skipif(schema_dir() is None, reason="official XML schemas not found")
def test_schema_violation_is_an_error(tmp_path, check):
    checker = make_xml_checker(schema_dir())
    bag = build_bag(tmp_path / "bag", files={"dc.xml": DC_OK, "bad/dc.xml": DC_BAD})
    report = check(bag, xml_checker=checker)
    assert errors(report) == {"E300"}
    bad = [f for f in report.findings if f.code == "E300"]
    assert {f.path for f in bad} == {"data/bad/dc.xml"}
    assert all(f.rule.startswith("XSD: ") for f in bad)


def test_missing_schema_dir_is_a_usage_error(tmp_path):
    from archiver.errors import InputError

    with pytest.raises(InputError):
        make_xml_checker(tmp_path / "nope")


def test_schemas_that_vanish_before_the_first_document_leave_it_unchecked(tmp_path, check):
    """The schemas load with the first XML document; if their folder is gone by then the
    document is reported as not checked (a warning), not as an internal error."""
    folder = tmp_path / "schemas"
    folder.mkdir()
    checker = make_xml_checker(folder)
    folder.rmdir()
    bag = build_bag(tmp_path / "bag", files={"a.xml": b"<a/>\n"})
    report = check(bag, xml_checker=checker)
    assert report.valid
    assert [(f.code, f.path) for f in report.findings] == [("W301", "data/a.xml")]


def _our_bag(tmp_path: Path, files: dict[str, bytes], identifier: str) -> Path:
    """A bag that declares archiver's profile (checked only for its XML here)."""
    return build_bag(tmp_path / "ours", files=files, info={"BagIt-Profile-Identifier": identifier})


@pytest.mark.parametrize(
    "identifier",
    [
        pytest.param("urn:uuid:c8e03018-202f-5c88-aafc-18c1f32eb6c8", id="current"),
        pytest.param(
            "https://archiver.invalid/profiles/archiver-bagit-profile-v1.json", id="former"
        ),
    ],
)
def test_bad_xml_in_a_bag_of_our_profile_is_an_error(tmp_path, check, identifier):
    from archiver.bagcheck.profile import ARCHIVER_PROFILES

    assert identifier in ARCHIVER_PROFILES
    files = {
        "broken.xml": b"<a><b></a>",
        "dtd.xml": b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "x">]>\n<x>&e;</x>\n',
    }
    report = check(_our_bag(tmp_path, files, identifier), xml_checker=make_xml_checker())
    xml = sorted((f.code, f.severity, f.path) for f in report.findings if f.category == "xml")
    assert xml == [("E302", "error", "data/broken.xml"), ("E302", "error", "data/dtd.xml")]
    assert not report.valid
    # the same files in a bag of no profile (anyone's): warnings, as before
    foreign = build_bag(tmp_path / "foreign", files=files)
    report = check(foreign, xml_checker=make_xml_checker())
    assert report.valid and codes(report) == {"W300"}


def test_xml_checked_from_the_bytes_hashed_as_from_the_file(tmp_path):
    """With ValidateOptions.keep the XML is parsed from the bytes validation hashed, not read
    again: the same findings (messages included) as parsing the file."""
    from archiver.bagcheck import ValidateOptions, validate_bag

    files = {
        "dc.xml": DC_OK,
        "bad/dc.xml": DC_BAD,
        "broken.xml": b"<a><b></a>",
        "dtd.xml": b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "x">]>\n<x>&e;</x>\n',
        "empty.xml": b"",
    }
    bag = build_bag(tmp_path / "bag", files=files)
    checker = make_xml_checker(schema_dir())
    read_again = validate_bag(bag, ValidateOptions(xml_checker=checker))
    from_bytes = validate_bag(bag, ValidateOptions(xml_checker=checker, keep=True))
    assert from_bytes.verified is not None and "data/broken.xml" in from_bytes.verified.data
    assert from_bytes.findings == read_again.findings
    assert {f.path for f in read_again.findings} >= {
        "data/broken.xml",
        "data/dtd.xml",
        "data/empty.xml",
    }


@pytest.mark.skipif(schema_dir() is None, reason="official XML schemas not found")
def test_the_original_capture_breaking_its_schema_is_a_warning(tmp_path, check):
    """data/original/ keeps the source as received (an agency's NITF or G2 file): its schema
    problems and its DTD are the sender's, reported as warnings (W302, W300), even in a bag of
    archiver's own profile; the same document elsewhere in the payload is an error."""
    dtd = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "x">]>\n<x>&e;</x>\n'
    files = {"original/dc.xml": DC_BAD, "original/wire.xml": dtd, "dc.xml": DC_BAD}
    bag = _our_bag(tmp_path, files, "urn:uuid:c8e03018-202f-5c88-aafc-18c1f32eb6c8")
    report = check(bag, xml_checker=make_xml_checker(schema_dir()))
    by_path = {}
    for f in report.findings:
        by_path.setdefault(f.path, set()).add(f.code)
    assert by_path["data/original/dc.xml"] == {"W302"}
    assert by_path["data/original/wire.xml"] == {"W300"}
    assert "E300" in by_path["data/dc.xml"]  # (and whatever else the profile asks of it)
