"""Capture wrappers (text dumps, e-mail, print views): recognised on evidence, read past."""

from __future__ import annotations

from archiver.extract.captures import read_capture
from archiver.extract.wire_text import clean

DUMP = """   [1]The Valley Post
   [2]News [3]Sport [4]Opinion

Bridge repairs to close the river road for a month

   By [5]Ana Kowal

   The river road will close for a month from Monday, the county said.

References

   1. https://valley.example/
   2. https://valley.example/news/
   3. https://valley.example/sport/
   4. https://valley.example/opinion/
   5. https://valley.example/author/ana-kowal/
"""


def _read(text: str):
    return read_capture([clean(line) for line in text.split("\n")])


def test_a_dump_is_read_without_its_link_numbers_and_references():
    cap = _read(DUMP)
    assert cap.kind == "text dump (lynx/w3m)"
    assert cap.lines[5] == "By Ana Kowal"
    assert cap.wrapper[0] and cap.wrapper[1]  # the logo's link and the menu row
    assert not cap.wrapper[3] and not cap.wrapper[5] and not cap.wrapper[7]
    refs = DUMP.split("\n").index("References")
    assert all(cap.wrapper[i] for i in range(refs, len(cap.lines)) if cap.lines[i])


def test_link_numbers_without_a_references_list_are_kept():
    text = DUMP.split("References")[0]
    cap = _read(text)
    assert cap.kind is None
    assert cap.lines[5] == "By [5]Ana Kowal"


def test_a_references_list_of_citations_is_no_dump():
    cap = _read("Title\n\nIt was found [1].\n\nReferences\n\n1. Smith, J., Rivers, 2020.\n")
    assert cap.kind is None and cap.lines[2] == "It was found [1]."


def test_a_mail_header_needs_two_fields_alone_in_their_block():
    mail = "From: A <a@example.org>\nSubject: Rates rise\nDate: Mon, 3 Mar 2025\n\nRates rise\n"
    assert _read(mail).kind == "e-mail message"
    assert _read("Date: Mon, 3 Mar 2025\n\nRates rise\n").kind is None
    assert _read("From: A\nSubject: B\nand the text runs on\n").kind is None


def test_print_view_lines_need_their_shape():
    cite = "The Tasman Examiner (TAS : 1911 - 1980), Friday 8 August 1975, page 5\n\nHail\n"
    assert _read(cite).wrapper[0]
    assert _read("Banking Goes Online\n\nBy Jo Lin\n").kind is None
    assert _read("Harbour Online\nPrint this article\n\nFerry fares rise\n").wrapper[:2] == [
        True,
        True,
    ]


def test_adversarial_dump_lines_are_read_in_linear_time():
    # a menu-like line that fails at its very end: a backtracking pattern would never finish
    line = "[1]ab " * 20_000 + "["
    text = line + "\n\nReferences\n\n1. https://x.example/\n"
    cap = _read(text)
    assert cap.kind == "text dump (lynx/w3m)" and not cap.wrapper[0]
