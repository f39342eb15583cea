"""Hard-wrapped captures read as their written lines (extract/unwrap.py)."""

from __future__ import annotations

import textwrap

import pytest

from archiver.extract.unwrap import read_as_written, read_undoubled, unwrap
from archiver.extract.wire_text import parse_wire_text

_STORY = (
    "The regional council approved a floating breakwater for the exposed northern end of "
    "the point on Thursday, after three winters in which storm surges flooded the marina car "
    "park and tore two pontoons from their moorings.\n\n"
    "The structure, a chain of concrete pontoons anchored about 200 metres offshore, is "
    "expected to cost about $14 million and to be in place before next winter, the council's "
    "harbour committee said."
)


def _wrapped(text: str, width: int = 72) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    return out


def test_headline_over_two_lines_is_one_logical_line():
    head = "Council approves floating breakwater for Pelling Point after three winters of storm"
    lines = _wrapped(f"{head}\n\nBy Jane Roe\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None and found.width <= 72
    assert found.raw_lines[0] == head
    assert found.spans[0] == range(0, 2)
    assert "By Jane Roe" in found.raw_lines  # the byline stays a line of its own


def test_credit_broken_in_its_brackets_is_joined():
    caption = "Workers secure the new barrier at Pelling Point on Monday. (AP Photo/Jo Ann Roe)"
    lines = _wrapped(f"Headline\n\n{caption}\n\n{_STORY}")
    assert lines[2].endswith("(AP Photo/Jo")  # the wrapper broke the credit
    found = unwrap(lines)
    assert found is not None
    assert caption in found.raw_lines


def test_caption_tail_and_its_bracketed_credit_carried_onto_the_next_line():
    caption = "A patched stretch of road near the old ferry landing on Pelling Point's far north side. (KXYZ)"
    lines = _wrapped(f"Headline\n\n{caption}\n\nBy Jane Roe\n\n{_STORY}")
    assert lines[3] == "far north side. (KXYZ)"  # the caption's last words and credit moved down
    found = unwrap(lines)
    assert found is not None
    assert caption in found.raw_lines


def test_writer_and_title_after_a_comma_under_a_full_headline_stays_apart():
    head = "Council delays vote on the Pelling Point breakwater after storm damage"
    lines = _wrapped(f"{head}\nJane Roe, Daily Staff Reporter\nPublished May 3, 2024\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert head in found.raw_lines
    assert "Jane Roe, Daily Staff Reporter" in found.raw_lines
    # near miss: a sentence's words after a comma carry a line on
    from archiver.extract.unwrap import _name_comma_title

    assert not _name_comma_title("Pelling Point, the council said")


def test_line_as_long_as_the_width_over_a_name_stays_apart():
    head = "Storm damage bill for lakeside towns passes forty million dollars mark"
    lines = _wrapped(f"{head}\nPriyanka Vandersloot\n14 March 2024\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[:3] == [head, "Priyanka Vandersloot", "14 March 2024"]


def test_list_items_and_table_rows_are_not_glued():
    items = "\n".join(
        f"- item {n}: the committee's note on the pontoon works at the point, stage {n}"
        for n in range(3)
    )
    table = (
        "COUNTRY     CURRENT     QUOTA\nNigeria     1.30        1.30\nIran        2.25        2.25"
    )
    lines = _wrapped(f"{_STORY}\n\n{items}\n\n{table}")
    found = unwrap(lines)
    assert found is not None
    assert sum(line.startswith("- item") for line in found.raw_lines) == 3
    assert all(row in found.raw_lines for row in table.split("\n"))


def test_prose_one_line_per_paragraph_is_not_read_as_wrapped():
    lines = [
        "Library extension opens with a reading room for the city archive",
        "The city library's new wing opens to the public on Saturday.",
        "It holds a reading room for the archive and forty study desks.",
        "Building work took two years and cost about nine million.",
        "Short line.",
    ]
    assert unwrap(lines) is None


def test_typeset_copy_with_indented_paragraphs_keeps_its_paragraph_starts():
    text = (
        "LAGOS, March 11 - OPEC has reaffirmed its commitment to fixed crude oil\n"
        "prices of around 18 dlrs a barrel and an overall output ceiling of 15.8\n"
        "mln barrels per day, its president said on Wednesday in the capital.\n"
        "    He told a news conference that all member countries of OPEC remain\n"
        "determined to uphold the December agreement by adhering strictly to\n"
        "their quotas and official selling prices, as they had said in Geneva.\n"
        "    Lukman added no extraordinary OPEC conference was planned for now.\n"
    )
    found = unwrap(text.split("\n"))
    assert found is not None
    starts = [line for line in found.raw_lines if line.startswith("    ")]
    assert len(starts) == 2  # each indented paragraph start opens a logical line


def test_explain_points_at_the_written_lines():
    head = "Council approves floating breakwater for Pelling Point after three winters of storm"
    text = "\n".join(_wrapped(f"{head}\n\nBy Jane Roe\n\n{_STORY}"))
    roles = parse_wire_text(text, None, explain=True).roles
    headline = next(r for r in roles if r.role == "headline")
    byline = next(r for r in roles if r.role == "byline")
    assert headline.text == head and headline.line == 0
    assert any("read as one" in why for why in headline.why)
    assert byline.line == 3  # the byline's own line in the capture, under the two lines


def test_headline_as_long_as_the_width_over_a_wrapped_deck_stays_apart():
    head = "Storm surge barrier for the estuary towns to cost twice first estimate"
    deck = (
        "Engineers say the barrier will need deeper foundations than planned, and the regional "
        "council will have to find the extra money from its flood reserve"
    )
    found = unwrap(_wrapped(f"{head}\n{deck}\nJane Roe\n\n{_STORY}"))
    assert found is not None
    assert found.raw_lines[:2] == [head, deck]


def test_a_dash_carries_a_line_on_unless_it_opens_an_item():
    head = "Britain sets a heat record as the capital swelters in the afternoon sun"
    lines = _wrapped(f"{head} - but storms are forecast for the weekend\n\n{_STORY}")
    assert lines[1].startswith("- but")
    found = unwrap(lines)
    assert found is not None and found.raw_lines[0].endswith(
        "sun - but storms are forecast for the weekend"
    )
    items = "The committee listed three works to be done before the winter storms:"
    lines = [items.ljust(70, " ").rstrip(), "- new pontoons", "- anchors", ""]
    found = unwrap(lines + _wrapped(_STORY))
    assert found is not None and "- new pontoons" in found.raw_lines


def test_doubled_line_breaks_are_made_single():
    written = ["Headline of the story", "By Jane Roe", "", "Caption of a photo.", "JANE ROE / AP"]
    written += ["", "First paragraph of the story.", "", "Second paragraph."]
    doubled = "\n\n".join(written).split("\n")
    found = read_as_written(doubled)
    assert found is not None
    assert found.raw_lines == written
    assert [span[0] for span in found.spans] == [2 * i for i in range(len(written))]


def test_one_line_paragraphs_set_apart_by_blank_lines_are_not_undoubled():
    written = ["Headline of the story", "", "By Jane Roe", "", "First paragraph.", "", "Second."]
    written += ["", "Third paragraph.", "", "Fourth."]
    assert read_as_written(written) is None


def test_words_that_open_the_next_sentence_at_a_wrapped_line_end_are_no_credit():
    # Old wire copy (indented paragraphs, no blank lines): a line ending "... said. The
    # Marketing Committee" goes on below ("will recommend ..."), so its last words are the
    # next sentence's subject, not a caption's credit.
    text = (
        "CANNERS SEE LOWER PACK\n"
        "    SEATTLE, June 9 - Pacific coast canners expect this year's\n"
        "salmon pack to fall about 12 pct from last season, officials said.\n"
        "    The association does not expect to seek federal aid for its\n"
        "members, the official said. The Marketing Committee\n"
        "will recommend a price floor, but leave the details to members.\n"
        "    Prices have risen in response. Ocean Harvest Foods Co Ltd\n"
        "which packs a fifth of the region's output, raised its prices.\n"
    )
    assert parse_wire_text(text, None).photos == []


def test_captions_stacked_without_blank_lines_keep_their_credits():
    # The near-miss's twin: web captions one under another, each ending in its credit, are
    # lines of their own (no sentence runs on from one to the next).
    text = (
        "Canners expect a smaller salmon pack\n\n"
        "Workers sort fish at a cannery in Kodiak on Monday. Jane Roe/Reuters\n"
        "Boats wait at the dock in Dillingham on Sunday. John Doe/AFP\n\n"
        "Pacific coast canners expect this year's salmon pack to fall about 12 percent "
        "from last season because of smaller runs in Alaska, officials said.\n\n"
        "The association said members had booked fewer orders for the summer.\n"
    )
    credits = [p.credit for p in parse_wire_text(text, None).photos]
    assert credits == ["Jane Roe/Reuters", "John Doe/AFP"]


def test_a_name_under_a_deck_as_long_as_the_width_stays_the_byline():
    # a deck's sentence, then the writer's bare name: the name is a line of its own, not a
    # credit the wrapper moved down (a credit carries an agency, a slash or a label)
    deck = "The ferry would run twice a day from the north pier on the Isle of Tarn."
    lines = _wrapped(f"Headline\n{deck}\nPriyanka Vandersloot-Ames\nThe Island Ledger\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert deck in found.raw_lines and "Priyanka Vandersloot-Ames" in found.raw_lines


def test_a_credit_after_a_dash_under_its_caption_is_joined():
    caption = (
        "Workers secure the new storm barrier at the Pelling Point marina today. - Ledger file pic"
    )
    lines = _wrapped(f"Headline\n\n{caption}\n\n{_STORY}")
    assert lines[3] == "- Ledger file pic"
    found = unwrap(lines)
    assert found is not None and caption in found.raw_lines


def test_a_short_capture_with_every_near_line_full_is_read_as_wrapped():
    # two paragraphs only: two sentences broken in lower case, the other breaks inside names
    text = (
        "Headline\n\nDivers search the harbour at Pelling Point on Monday. Photo: Radoslava "
        "Kuznetsova/AFP\n\nThe harbour master said on Monday that two divers had searched the "
        "wreck, as the regional council's chair, Councillor Jane Roe-Whitfield, asked the "
        "ministry for help.\n\nThe search would go on while the weather held, said Chief "
        "Inspector Tomas Oyelaran-Baptiste of the Pelling Point police."
    )
    lines = _wrapped(text)
    found = unwrap(lines)
    assert found is not None
    assert (
        "Divers search the harbour at Pelling Point on Monday. Photo: Radoslava Kuznetsova/AFP"
        in found.raw_lines
    )


def test_a_dump_wrapped_twice_gets_its_tails_back():
    # a text browser's dump (indented, 76 columns) wrapped again at 72: each long line's last
    # word falls to the margin, under it the dump's next line, indented again
    dump = [f"   {line}" for line in textwrap.wrap(_STORY.replace("\n\n", " "), 73)]
    lines = _wrapped("\n".join(dump))
    assert sum(1 for line in lines if line and not line.startswith(" ")) >= 3
    found = read_as_written(lines)
    assert found is not None
    assert found.raw_lines[0].strip().startswith("The regional council approved")
    assert found.raw_lines[0].rstrip().endswith("harbour committee said.")


def test_one_line_at_the_margin_under_an_indented_block_is_no_tail():
    lines = [
        "   Harbour notes",
        "   The regional council approved a floating breakwater for the point on",
        "Thursday",
        "   The structure is a chain of concrete pontoons anchored offshore.",
    ]
    assert read_as_written(lines) is None


def test_explain_numbers_each_line_of_a_block_read_one_paragraph_per_line() -> None:
    # A page's "Advertisement" between paragraphs written one per line, no blank line between:
    # each paragraph's role is at its own line, not at the line after the one above it (the
    # counting that ran past the capture's last line on a hard-wrapped page and crashed
    # `--explain`).
    text = (
        "Harbour Ferry Returns to Service After Two-Year Refit\n\n"
        "HALIFAX, Nova Scotia (Reuters) - The ferry that carries commuters across the harbour"
        " every morning came back into service on Monday after a refit.\n\n"
        '"We missed it more than we expected," said one rider, who has taken the crossing to'
        " work for twenty years and drove in the meantime.\n"
        "Advertisement\n"
        "Crews replaced the engines, the wheelhouse and most of the deck, the city's transport"
        " office said in a statement on Monday.\n"
        "The next refit is not due for another fifteen years, the office said, and the old"
        " engines will be sold for parts.\n"
    )
    roles = parse_wire_text(text, None, explain=True).roles
    body = [(r.line, r.text[:6]) for r in roles if r.role == "body"]
    assert body == [(2, "The fe"), (4, '"We mi'), (6, "Crews "), (7, "The ne")]
    assert [(r.line, r.role) for r in roles if r.text == "Advertisement"] == [(5, "chrome")]


def _dump(text: str, width: int = 66) -> list[str]:
    """A text browser's dump: paragraphs wrapped and indented three columns."""
    return ["   " + line if line else "" for line in _wrapped(text, width)]


_REFERENCES = [
    "",
    "References",
    "",
    "   1. https://www.harbourtimes.example/news/2026/03/04/pelling-point-breakwater-approved#main",
    "   2. https://www.harbourtimes.example/author/jane-roe/",
]


def test_a_dumps_numbered_link_list_sets_no_width():
    # the numbered addresses at a dump's foot are longer than its lines: no wrapper broke them
    head = "Council approves floating breakwater for Pelling Point after three"
    lines = [*_dump(f"{head} winters of storm\n\nBy Jane Roe\n\n{_STORY}", 66), *_REFERENCES]
    assert lines[0].strip() == head  # the wrapper broke the headline
    found = unwrap(lines)
    assert found is not None and found.width <= 70
    assert found.raw_lines[0].strip() == f"{head} winters of storm"
    assert "   By Jane Roe" in found.raw_lines


def _centred(line: str, width: int) -> str:
    return " " * ((width - len(line)) // 2) + line


def test_a_centred_headline_over_two_lines_is_one():
    top, low = "Harbour Board Quietly Drops Plan", "to Charge Moorings Fees for Dinghies"
    body = _dump(_STORY, 70)
    lines = [_centred(top, 74), _centred(low, 74), "", *body, *_REFERENCES]
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[0].strip() == f"{top} {low}"


def test_a_centred_title_over_a_short_centred_line_stays_apart():
    # a label, a stamp, or a line that would have fitted beside the title: two lines
    body = _dump(_STORY, 70)
    for low in ("NEWS", "October 8, 2025", "Harbour Notes"):
        lines = [_centred("Harbour Board Quietly Drops Plan", 74), _centred(low, 74), "", *body]
        found = unwrap(lines)
        assert found is None or found.raw_lines[0].strip() == "Harbour Board Quietly Drops Plan"


def test_the_dateline_line_goes_on_though_it_ends_short_of_the_width():
    # the story's first line, opened by its dateline, ends a few columns short of the
    # width before a capitalised word: the paragraph goes on below it all the same
    body = _dump(_STORY, 70)
    lines = [
        "   Harbour board drops plan for mooring fees",
        "",
        "   HALIFAX, N.S. — The harbour board said on Tuesday it had dropped its",
        "   Dartmouth plan to charge fees for moorings, after a petition from the",
        "   rowing clubs on the Northwest Arm drew more than 2,000 names.",
        "",
        *body,
        *_REFERENCES,
    ]
    found = unwrap(lines)
    assert found is not None
    story = next(line for line in found.raw_lines if "HALIFAX" in line)
    assert story.strip().endswith("drew more than 2,000 names.")
    # the same shape opened by no dateline (a headline near the width over its deck): apart
    head = "   Harbour board drops its plan to charge new fees for moorings"
    deck = "   Rowing clubs on the Northwest Arm gathered more than 2,000 names"
    found = unwrap([head, deck, "", *body, *_REFERENCES])
    assert found is not None and found.raw_lines[:2] == [head, deck]


def test_a_whole_credit_ends_its_caption_line_over_the_story():
    # a caption whose credit is whole at its line's end, the story's line under it with no
    # blank line between: two lines (a credit broken over the lines is still joined)
    body = _dump(_STORY, 70)
    caption = "   Damaged houses stand on the hillside above the harbour. | REUTERS"
    story = "   Prime Minister Jane Roe said the government would send 2,000 troops"
    found = unwrap([caption, story, "   to the area on Sunday.", "", *body, *_REFERENCES])
    assert found is not None
    assert found.raw_lines[0] == caption
    labelled = "   Rescuers search a collapsed house near the port. Photo: RNZ / Jo Lee"
    found = unwrap([labelled, story, "   to the area on Sunday.", "", *body, *_REFERENCES])
    assert found is not None and found.raw_lines[0] == labelled
    broken = "   Rescuers search a house near the harbour on Sunday. Photo: Jane"
    found = unwrap([broken, "   Roe/Reuters", "", *body, *_REFERENCES])
    assert found is not None and found.raw_lines[0] == f"{broken} Roe/Reuters"


def test_a_dumps_rows_of_links_stay_rows():
    rows = [
        "   [1]Harbour Times [2]News [3]Politics [4]Opinion [5]Arts & Entertainment",
        "   [6]Books [7]Life [8]Tech & Business [9]Audio [10]Comics [11]Letters",
    ]
    found = unwrap([*rows, "", *_dump(_STORY, 72), *_REFERENCES])
    assert found is not None
    assert found.raw_lines[:2] == rows


def test_capitalised_words_after_a_quote_are_no_credit_ending_the_line():
    # prose: a quote's close, then a name's first words at the line's end; the paragraph
    # goes on below it
    body = _dump(_STORY, 70)
    para = [
        '   "It is certain that the harbour will flood again," Regional Council',
        '   Chair Jane Roe said after the vote. "With this plan, the council says',
        '   the town will not wait for the next storm."',
    ]
    found = unwrap([*para, "", *body, *_REFERENCES])
    assert found is not None
    assert found.raw_lines[0] == " ".join([para[0], *(p.strip() for p in para[1:])])


# --- a long line of the head broken by a wrapper over a narrow column (unwrap.rejoin_head) ---

_OCR_COLUMN = (
    "\n\nOCR Interpretation\n\nFERRY SINKS\nIN HARBOUR GALE\n\n"
    "Port Chalmers, Aug. 2.—The steam ferry\nOtago went down at her moorings to-day\n"
    "in the worst gale the port has known.\nNo lives were lost."
)
_CA_CITATION = (
    "The Otago witness. [volume] (Dunedin [N.Z.]) 1851-1932, August 3, 1899, Page 4, Image 4"
)
_GALE_CITATION = (
    '"FERRY SINKS IN HARBOUR GALE." Otago Witness, 3 August 1899, p. 4. British Library '
    "Newspapers, link.gale.com/apps/doc/Y3200000001/BNCN?u=otago&sid=BNCN&xid=0a0b0c0d. "
    "Accessed 4 May 2023."
)


def _mailed(text: str, width: int) -> list[str]:
    """Wrapped as a mail program or a text browser does: a link longer than the width is
    moved down whole, never broken."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return out


@pytest.mark.parametrize("width", [60, 64, 68, 72, 76, 80])
def test_archive_citation_broken_over_a_narrow_column_is_read_whole(width):
    # an archive's OCR column is narrower than any wrapper: only the citation is broken, and
    # the capture's lines alone do not show a wrap
    text = "\n".join(_mailed(_CA_CITATION + _OCR_COLUMN, width))
    assert len(text.split("\n")[0]) < len(_CA_CITATION)
    found = parse_wire_text(text, None, explain=True)
    assert found.headline == "FERRY SINKS IN HARBOUR GALE"
    assert any(r.role == "chrome" and r.text.startswith("The Otago witness") for r in found.roles)


@pytest.mark.parametrize("width", [60, 68, 72, 80])
def test_gale_citation_with_its_link_and_date_is_read_whole(width):
    text = "\n".join(
        _mailed(
            _GALE_CITATION + "\n\nFERRY SINKS IN HARBOUR GALE.\n\n"
            "The steam ferry Otago went down at her\nmoorings to-day.",
            width,
        )
    )
    found = parse_wire_text(text, None)
    assert found.headline == "FERRY SINKS IN HARBOUR GALE."
    assert not any(p.startswith("Accessed") for p in found.body)


def test_no_join_where_the_reader_knows_the_line_as_it_stands():
    # a ProQuest banner as long as the width over the title: the banner is the archive's line
    # whole, the title under it no part of it
    lines = [
        "ProQuest Historical Newspapers: The Hartford Courant and The Weekly Courant",
        "Governor signs ferry bill after long fight over tolls",
        "The Hartford Courant (1923-1991); Jun 9, 1961; ProQuest Historical Newspapers: "
        "The Hartford Courant",
        "pg. 4",
        "",
        "Gov. John N. Dempsey yesterday signed the bill that keeps the ferry running.",
    ]
    found = parse_wire_text("\n".join(lines), None)
    assert found.headline == "Governor signs ferry bill after long fight over tolls"


def test_no_join_over_a_paragraph_written_on_one_line():
    # copy with one paragraph a line: a line longer than any wrapper's is no wrapped part
    from archiver.extract.unwrap import rejoin_head

    lines = [
        "Copyright 2024 The Valley Courier. All rights reserved. Distributed by",
        "WASHINGTON - " + "The committee met on Tuesday to weigh the bill, " * 3,
    ]
    assert rejoin_head(lines, None, lambda ls: (True, [True] * len(ls))) is None


# --- small units under a line as long as the width ---


@pytest.mark.parametrize("width", [62, 70, 78])
def test_quote_mark_alone_is_a_quoted_blank_line(width):
    # a forwarded message quoted with "> ": its blank lines keep the mark, and the headline
    # as long as the width over one is a line of its own
    head = "> " + "Harbour board drops mooring fee plan after a year of protests"[: width - 2]
    lines = [head, ">", *_mailed("> " + _STORY.replace("\n\n", "\n>\n> "), width)]
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[0] == head
    assert found.raw_lines[1] == ">"


@pytest.mark.parametrize("agency", ["AGENCIES", "AFP", "Reuters"])
def test_agency_alone_under_a_full_width_headline_stays_apart(agency):
    head = "Storm damage bill for lakeside towns passes forty million dollars mark"
    lines = _wrapped(f"{head}\n{agency}\n14 March 2024\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[:2] == [head, agency]


def test_headline_tail_that_is_no_agency_is_still_joined():
    # near miss: a wrapped headline's last words in Title Case are the headline's
    head = "Storm damage bill for the lakeside towns passes forty million in Port Hedland"
    lines = _wrapped(f"{head}\n\n{_STORY}")
    assert lines[1] == "Hedland"
    found = unwrap(lines)
    assert found is not None and found.raw_lines[0] == head


def test_row_of_items_broken_by_the_wrapper_goes_on():
    row = "[Gazette Logo]                          ePaper | Subscribe | Archive | Jobs"
    lines = [row[:70].rstrip(), "| " + row.split("| ", 3)[-1], "", *_wrapped(_STORY, 70)]
    assert lines[1] == "| Jobs" or lines[1].startswith("| ")
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[0].endswith("| Jobs")


def test_table_drawn_with_bars_keeps_its_rows():
    # near miss: a row drawn with bars is closed by its own bar, the next row opens with one
    rows = ["| Country | Quota | Output |", "| Nigeria | 1.30  | 1.28   |"]
    lines = [*rows, "", *_wrapped(_STORY, 72)]
    found = unwrap(lines)
    assert found is not None and found.raw_lines[:2] == rows


def test_a_caret_opens_a_teletype_line_no_wrapper_wrote():
    # ANPA copy: each title-block line opens with a caret; a full line over "^By ..." keeps it
    # apart, while a wrapped note's tail without a caret goes on with the note
    note = "^Eds: LEADS with Coast Guard statement; ADDS more quotes. No pickup.<"
    head = [note, "^By JANE ROE=", "^Associated Press Writer="]
    lines = head + _wrapped(_STORY, 69)
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[:3] == head
    tail = [
        "^Eds: UPDATES with all four miners alive, comment from mine owner, state",
        "inspector.<",
    ]
    found = unwrap([*tail, "^By JANE ROE=", *_wrapped(_STORY, 72)])
    assert found is not None
    assert found.raw_lines[:2] == [" ".join(tail), "^By JANE ROE="]


def test_agency_bar_and_picture_label_are_no_headline_tail():
    head = "Kolkata metro extends night services on Blue Line for the festive season"
    for tail in ("IANS |", "Image"):
        lines = [head, tail, "Dec 04, 2025 11:20 AM IST", "", *_wrapped(_STORY, len(head))]
        found = unwrap(lines)
        assert found is not None  # the story is wrapped at the headline's width
        assert head in found.raw_lines and tail in found.raw_lines, tail


_SHORT_PAGE = [
    "Harbour Herald",
    "Storm Surge and the Sea Wall: What We Know So Far",
    "The tide rose higher than any since the great flood and left the councils of three towns "
    "counting the cost of the damage to their sea walls and harbours after the worst week of "
    "the winter.",
    "Marta Lindqvist and Tomas Berg",
    "Workers clear debris from the quay in Kalmar on Monday morning. Photo: EPA-EFE/JANE ROE",
    "Most Read",
]


@pytest.mark.parametrize("width", [60, 64, 68, 72, 76, 80])
def test_short_capture_with_two_sentences_broken_at_the_width_is_wrapped(width):
    lines: list[str] = []
    for line in _SHORT_PAGE:
        lines.extend(textwrap.wrap(line, width, break_on_hyphens=False))
    found = unwrap(lines)
    assert found is not None
    assert _SHORT_PAGE[1] in found.raw_lines
    assert _SHORT_PAGE[2] in found.raw_lines
    assert "Marta Lindqvist and Tomas Berg" in found.raw_lines


def test_short_capture_with_a_sentence_broken_short_of_the_width_is_not_wrapped():
    # the writer's own line breaks: one breaks a sentence where a wrapper would have gone on
    lines = [
        "Harbour Herald",
        "Storm Surge and the Sea Wall: What We Know So Far",
        "The tide rose higher than any since 1998 and left the councils of",
        "three towns counting the cost of the damage, and the harbour master",
        "said the wall",
        "would not survive another winter like this one without repairs.",
        "Marta Lindqvist and Tomas Berg",
    ]
    assert unwrap(lines) is None


def test_a_folios_date_day_is_not_its_page_number():
    # "12 March 2025 | THE NORTHERN ECHO": the number opening the folio is the date's day; the
    # folio is not closed by its page's number, as "... NOVEMBER 4, 2025 A7" is
    from archiver.extract.unwrap import _whole_running_head

    assert not _whole_running_head("12 MARCH 2025 | THE HINDU | KOLKATA")
    assert _whole_running_head("4 THE NORTHERN ECHO Friday, October 10, 2025")
    assert _whole_running_head("THE NORTHERN ECHO Friday, October 10, 2025 10")


# --- round 45's rules: a folio's day, a heading at a twice-wrapped dump's margin, a site's
# acronym -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        # the number by the month's name is the date's day, in capitals or not
        ("12 MARCH 2025 | THE HINDU | KOLKATA", False),
        ("4 January 2024 | THE TELEGRAPH | KOLKATA", False),
        # a page's number closes the folio, at either end, with a letter or none
        ("A7 THE NEW YORK TIMES, TUESDAY, NOVEMBER 4, 2025", True),
        ("THE NEW YORK TIMES, TUESDAY, NOVEMBER 4, 2025 A7", True),
        ("12 THE NORTHERN ECHO Friday, October 10, 2025", True),
    ],
)
def test_a_folio_is_whole_only_when_a_page_number_closes_it(line: str, whole: bool) -> None:
    from archiver.extract.unwrap import _whole_running_head

    assert _whole_running_head(line) is whole


def test_a_folio_opened_by_its_dates_day_takes_back_its_last_item() -> None:
    # "12 MARCH 2025 | ... | NATIONAL" / "EDITION": the folio is no whole line closed by a page
    # "12", so the item the wrapper moved down goes back on it; closed by its page "A7", the
    # folio is the paper's own line, whatever comes under it
    from archiver.extract.unwrap import _soft

    day = "12 MARCH 2025 | THE HINDU | KOLKATA | NATIONAL"
    page = "A7 | THE HINDU | KOLKATA | TUESDAY, 12 MARCH 2025"
    assert _soft(day, "EDITION", True, len(day), "") is True
    assert _soft(page, "EDITION", True, len(page), "") is False


def _dump_under(heading: list[str]) -> list[str]:
    """A text browser's dump (indented, 76 wide) wrapped again at 70 by a mail program, under
    a heading at the margin: each indented line's last word falls to the margin."""
    story = (
        "The council met on Tuesday to discuss the flood defences along the river and agreed "
        "to spend more on the pumps that serve the lower town, which flooded twice last winter "
        "when the storm broke over the hills and the warning came late. "
    ) * 3
    lines = [*heading, ""]
    for line in textwrap.wrap(story, 73):
        line = "   " + line
        cut = line.rfind(" ", 0, 70) if len(line) > 70 else len(line)
        lines += [line[:cut], line[cut + 1 :]] if cut < len(line) else [line]
    return lines


def test_a_heading_at_a_twice_wrapped_dumps_margin_is_put_back_together() -> None:
    lines = _dump_under(
        ["Deputies search for man who cut the power lines at the station near the", "Hudson shop"]
    )
    found = read_as_written(lines)
    assert found is not None
    assert found.raw_lines[:3] == [
        "Deputies search for man who cut the power lines at the station near the Hudson shop",
        "",
        "   The council met on Tuesday to discuss the flood defences along the river",
    ]


def test_a_byline_at_the_margin_under_the_put_back_heading_keeps_its_line() -> None:
    lines = _dump_under(
        [
            "Deputies search for man who cut the power lines at the station near the",
            "Hudson shop",
            "By Jane Roe",
        ]
    )
    found = read_as_written(lines)
    assert found is not None
    assert found.raw_lines[:3] == [
        "Deputies search for man who cut the power lines at the station near the Hudson shop",
        "By Jane Roe",
        "",
    ]


def test_a_short_heading_at_the_dumps_margin_keeps_the_line_under_it_apart() -> None:
    # the heading ends well short of the width: the wrapper did not break it
    lines = _dump_under(
        ["Deputies search for man who cut the power lines at the station", "Hudson shop"]
    )
    found = read_as_written(lines)
    assert found is not None
    assert found.raw_lines[:3] == [
        "Deputies search for man who cut the power lines at the station",
        "Hudson shop",
        "",
    ]


@pytest.mark.parametrize(
    ("first", "site"),
    [
        ("NDTV", "NDTV"),  # a one-word site's acronym, three to five letters
        ("WION", "WION"),
        ("Global News", "Global News"),  # a few words
        ("OPINION", ""),  # a section's label: longer than an acronym
        ("NEWS", ""),  # a section's or a badge's label over the headline, no site's letters
        ("LIVE", ""),
        ("WATCH", ""),
        ("AB", ""),  # too short for a site's letters
        ("NDTV.", ""),  # a sentence's mark
    ],
)
def test_the_site_name_the_capture_opens_with(first: str, site: str) -> None:
    from archiver.extract.unwrap import _site_name

    assert _site_name(["", first, "Storm leaves thousands without power"]) == site


def test_the_agencys_note_keeps_its_line_under_a_headline_as_long_as_the_width() -> None:
    # Yonhap's note to editors, whole in its brackets, under a headline that leaves no room
    # for its first word in copy wrapped at 66 with no blank line: a line of its own (a page's
    # top, see pagetops._EDS_NOTE)
    from archiver.extract.unwrap import _soft

    head = "(2nd LD) N. Korea fires ballistic missile toward East Sea: JCS"
    note = "(ATTN: UPDATES with details in paras 3-6; ADDS photo)"
    assert _soft(head, note, True, 66, "By Kim Soo-yeon") is False
    # a bracketed acronym opening the line goes on with the sentence above it
    above = "hard courts in two years, the Association of Tennis Professionals"
    assert _soft(above, "(ATP) said.", False, 68, "") is True


def test_a_bracketed_photo_note_under_a_whole_sentence_stays_apart():
    # a scrape that lost its blank lines: the wire's "[Photo: ...]" note under a sentence
    # whose last line is as full as the wrapper's is a line of its own, not its tail
    note = "[Photo: Minister Ana Maria Costa. JOAO A. ROE/LUSA]"
    lines = [
        "Lisbon, 12 Jul 2024 (Lusa) - The regional council on Friday approved",
        "a floating breakwater for the exposed northern end of the point,",
        "after three winters in which storm surges flooded the marina car",
        "park and tore two pontoons from their moorings, officials said.",
        "The structure, a chain of concrete pontoons anchored offshore, is",
        "expected to cost about 14 million euros and to be in place before",
        "next winter, the council's harbour committee said on the record.",
        note,
        "Lusa",
    ]
    found = unwrap(lines)
    assert found is not None
    assert note in found.raw_lines
    at = found.raw_lines.index(note)
    assert found.raw_lines[at - 1].endswith("harbour committee said on the record.")


@pytest.mark.parametrize(
    "line, desk",
    [
        ("Tribune Desk", True),
        ("Star Online Desk", True),
        ("Our Staff Reporter", True),
        ("Special Correspondent", True),
        # a headline's wrapped tail ending on a desk's noun goes on with the headline
        ("Nursing Staff", False),
        ("Support Staff", False),
        ("Women Writers", False),
    ],
)
def test_a_desk_byline_under_a_headline_and_a_headlines_tail(line: str, desk: bool) -> None:
    from archiver.extract.unwrap import _stands_under_headline

    assert _stands_under_headline(line) is desk


def _short_capture(caption: str, under: str) -> list[str]:
    return [
        "Wildfire forces evacuation of thousands near Los Angeles",
        "",
        "Crews battle flames fanned by strong Santa Ana winds",
        "",
        caption,
        under,
        "",
        "Fire officials said the blaze had burned more than 5,000 acres by Monday night.",
        "",
        "More than 14,000 residents were ordered to leave their homes.",
    ]


@pytest.mark.parametrize(
    "caption, under",
    [
        # a whole credit (an agency, a name closed by one, a person's whole name) over the
        # page's next line: a section, the writer's title, a heading, a teaser, a dateline
        (
            "Workers inspect the flood wall at Mytholmroyd after Sunday's heavy rain. PHOTO: AFP",
            "WORLD NEWS",
        ),
        (
            "Doctors and nurses outside the main entrance of the hospital in May. Credit: John Smith",
            "Senior Health Correspondent",
        ),
        (
            "Fallen trees block the A9 near Dalwhinnie on Saturday morning. Picture: Jane Roe PA",
            "Related Articles",
        ),
        (
            "Firefighters battle the blaze near Castaic on Monday as winds gust to 60mph. Photo: AP",
            "Stocks Rally As Fed Signals Rate Cut",
        ),
        (
            "A firefighter works at the site of a damaged house in the Kyiv region on Sunday. "
            "PHOTO: REUTERS",
            "KYIV, Ukraine",
        ),
    ],
)
def test_the_line_under_a_whole_credit_in_a_short_capture_keeps_its_line(
    caption: str, under: str
) -> None:
    found = read_as_written(_short_capture(caption, under))
    assert found is None or under in found.raw_lines


def test_a_credit_cut_inside_its_name_in_a_short_capture_is_put_back() -> None:
    caption = (
        "Firefighters battle the blaze near Castaic on Monday as winds gust hard. Photo: Getty"
    )
    found = read_as_written(_short_capture(caption, "Images"))
    assert found is not None
    assert f"{caption} Images" in found.raw_lines


def test_a_long_slashed_line_under_a_credit_label_is_no_credits_rest() -> None:
    """A gallery's next caption under a line ending in "Photo by Jane Roe/UPI | License
    Photo" is a caption of its own, not the rest of a credit the wrapper cut: the credit
    grammar is not asked of the joined pair (a page of them had doubled a gallery's cost),
    while a slashed rest of a few words still joins."""
    from archiver.extract.unwrap import _credit_rest

    above = "1 of 40 | Scene 0 on the coast at dawn. Photo by Jane Roe/UPI | License Photo"
    below = "2 of 40 | Scene 1 on the coast at dawn. Photo by Jane Roe/UPI | License Photo"
    assert not _credit_rest(above, below)
    assert _credit_rest(
        "Dock workers walked off the job at the terminal in Bremerhaven on Tuesday. Image: Marlene",
        "Voss-Hartung/dpa/picture alliance",
    )


@pytest.mark.parametrize(
    "text, deadline",
    [
        ("by September.", True),
        ("by Monday, officials said.", True),
        ("by June 30", True),
        ("by March", True),
        # a writer whose first name is a month's
        ("by Jan-Willem de Vries", False),
        ("by April de Angelis", False),
        ("by June van der Berg", False),
        ("by May Ng", False),
    ],
)
def test_a_deadlines_by_and_a_byline_under_a_months_name(text: str, deadline: bool) -> None:
    from archiver.extract.unwrap import _BY_DEADLINE

    assert (_BY_DEADLINE.match(text) is not None) is deadline


@pytest.mark.parametrize(
    "word", ["Inc.", "Corp.", "Co.", "Ltd.", "Jan.", "Sept.", "Oct.", "No.", "St."]
)
def test_an_abbreviation_under_a_full_line_closes_no_sentence(word):
    # the closing-word join ("... über den" / "Fluss. Jetzt ...") asks a word that ends a
    # sentence; a company's style, a month or a number's abbreviation ends none (rv58b)
    from archiver.extract.unwrap import _STOP_ABBREVIATION

    assert _STOP_ABBREVIATION.fullmatch(word) is not None
    assert _STOP_ABBREVIATION.fullmatch("Fluss.") is None


def test_fx59c_caps_headline_tail_that_names_a_place_is_joined() -> None:
    from archiver.extract.unwrap import _capitals_place, _soft

    above = "LIBRARY VAN RETURNS TO VILLAGE ROUNDS AS COUNTY SERVICE GOES FULLY"
    assert _capitals_place("MOBILE")
    assert _soft(above, "MOBILE", True, 72, "The refitted van carries books")
    # under a headline in lower case the place in capitals is the place it files from
    mixed = "Ferry operator confirms new winter timetable after months of talks"
    assert not _soft(mixed, "LISBON", True, 72, "By Ines Carvalho")


def test_fx59c_quoted_remark_after_a_colon_ends_the_headline() -> None:
    from archiver.extract.unwrap import _quoted_remark_tail

    head = "Fishing crews and councillors rally against cable route across Morecambe"
    assert _quoted_remark_tail(head, "Bay: 'Leave our beds alone'")
    # a video's label over its own title, a credit's label: no headline's words
    assert not _quoted_remark_tail(head, "Watch: 'We lost half the beach'")
    assert not _quoted_remark_tail(head, "Photo: 'Jane Roe'")
    # a whole sentence above: the line under it opens a unit of its own
    assert not _quoted_remark_tail("The crews said no.", "Bay: 'Leave our beds alone'")


def test_fx59c_rv_speaker_deck_under_a_full_headline_stays_apart() -> None:
    from archiver.extract.unwrap import _quoted_remark_tail

    # a headline over its deck quoting a speaker, or the story's kind over a title
    assert not _quoted_remark_tail(
        "Fishing crews and councillors rally against cable route across the bay",
        "Harbourmaster: 'Leave our beds alone'",
    )
    head = "Fishing crews and councillors rally against cable route across Morecambe"
    assert not _quoted_remark_tail(head, "Exclusive: 'We were never asked'")
    assert not _quoted_remark_tail(head, "Sadiq Khan: 'Leave our beds alone'")


def test_long_headline_tail_opens_on_a_name_the_story_prints() -> None:
    """A sentence-case headline filling the width goes on in a line that opens on a name the
    story prints within a sentence; a deck opening a sentence of its own does not."""
    from archiver.extract.unwrap import _long_headline_tail

    head = "Ferry workers walk out for a third day as harbour dispute halts"
    tail = "Lindisfarne and Ravenglass crossings for the rest of the week"
    story = f"{head} {tail} The walkout has stopped every sailing to Lindisfarne and Ravenglass."
    assert _long_headline_tail(head, tail, story)
    deck = "Officials say decision will wait for survey of working families"
    assert not _long_headline_tail(head, deck, f"{head} {deck} The board met on Monday.")
    # a breadcrumb's last crumb over the headline it names is no tail
    crumb = "Home > India > Assam to set up 12 new fast-track courts for POCSO cases"
    again = "Assam to set up 12 new fast-track courts for POCSO cases"
    assert not _long_headline_tail(crumb, again, f"{crumb} {again} officials in Assam said")
    # a deck opening on its subject's name, a verb after it, though the story prints the name
    head = "Council approves $40 million transit overhaul after months of debate"
    deck = "Lopez vows veto as opponents call the plan rushed"
    assert not _long_headline_tail(head, deck, f"{head} {deck} led by council member Lopez")


# fx61f: a menu row set apart by runs of spaces, a bracketed e-paper folio, a byline's label
# and double-spaced narrow headlines, read through the wrapper's breaks.
_SPACED_ROW = "Watch Now   Weather   Traffic   Investigates   Community   Good Morning"


def test_spaced_menu_row_takes_back_its_last_item_with_the_rows_spacing():
    lines = _wrapped(
        f"WKRT 8\n{_SPACED_ROW}   Sports\nLIVE: News 8 at 6 p.m.\n\nHeadline\n\n{_STORY}"
    )
    assert lines[2] == "Sports"  # the wrapper moved the row's last item down
    found = unwrap(lines)
    assert found is not None
    assert f"{_SPACED_ROW}   Sports" in found.raw_lines  # its spacing kept, no item run on
    assert "LIVE: News 8 at 6 p.m." in found.raw_lines


def test_spaced_menu_row_broken_mid_row_keeps_its_items_apart():
    row = "News in Focus  Business & Money  Science & Tech  Lifestyle & Health  Policy & Public Interest"
    lines = _wrapped(f"Release Wire\n{row}\nSend a Release\n\nHeadline\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    joined = next(line for line in found.raw_lines if line.startswith("News in Focus"))
    assert "Lifestyle & Health   Policy & Public Interest" in joined


def test_short_headline_under_a_full_spaced_menu_row_stays_apart():
    lines = _wrapped(f"WKRT 8\n{_SPACED_ROW}\nTransit Board Extends Service\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert "Transit Board Extends Service" in found.raw_lines


def test_bracketed_epaper_folio_is_closed_by_its_bracket():
    folio = "[Hartley Courier e-Paper · Hartley · Friday, 17 May 2024 · Page 4]"
    lines = _wrapped(f"{folio}\nREGION\nTransit board extends late bus service\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[:2] == [folio, "REGION"]


def test_bracketed_row_is_a_folio_and_a_bracketed_credit_is_not():
    from archiver.extract.unwrap import _bracketed_row

    assert _bracketed_row("[Hartley Courier e-Paper · Hartley · Page 4]")
    assert not _bracketed_row("[Photo: Jane Roe | Hartley Courier]")
    assert not _bracketed_row("[Hartley Courier · Page 4] and more")


def test_byline_label_over_the_writers_name_is_no_headline_tail():
    head = "Hartley transit board extends late-night service on three crowded routes"
    lines = _wrapped(f"Insights\n{head}\nAuthor\nCorinne Vale\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[1:4] == [head, "Author", "Corinne Vale"]


def test_label_word_over_a_deck_still_ends_the_headline():
    head = "Hartley council honours the Courier's veteran transit and city hall beat"
    lines = _wrapped(f"{head}\nReporter\nThe award recognises two decades of coverage\n\n{_STORY}")
    found = unwrap(lines)
    assert found is not None
    assert found.raw_lines[0] == f"{head} Reporter"


def test_double_spaced_narrow_headline_is_undoubled():
    written = ["A4 | TUESDAY, MAY 14, 2024 | THE HARTLEY COURIER", "Library board"]
    written += ["weighs longer", "weekend hours", "Parents split on the plan", "By JANE ROE"]
    written += ["First paragraph of the story.", "Second paragraph.", "Third paragraph."]
    doubled = "\n\n".join(written).split("\n")
    found = read_as_written(doubled)
    assert found is not None
    assert found.raw_lines == written


@pytest.mark.parametrize(
    "written",
    [
        ["Hartley Courier", "hartleycourier.com", "Turtle nests hit a record", "By Jane Roe"]
        + ["jroe@hartleycourier.com", "Volunteers counted a record number of nests."]
        + ["Most were near the park.", "The count ran to October."],
        ["Hartley Courier", "Turtle nests hit a record", "By Jane Roe"]
        + ["Volunteers counted a record number of nests."]
        + ["iPhone photos helped the teams.", "eBay listings were reported.", "The end."],
    ],
)
def test_one_line_paragraphs_opening_in_lower_case_are_not_undoubled(written):
    # a page writing one paragraph a line, set apart by single blank lines: an address and an
    # e-mail under the site's name and the byline, or "iPhone" and "eBay" opening two
    # paragraphs, are no headline's pieces going on (its paragraphs would be lost)
    assert read_undoubled("\n\n".join(written).split("\n")) is None


@pytest.mark.parametrize(
    ("head", "tail", "goes_on"),
    [
        # a headline's second sentence opened on the full line and closed under it
        ("Oregon Spent Millions to Clean Up the Mill Site. Neighbors", "Still Smell It.", True),
        ("Child care workers are leaving for warehouse jobs. Centers can't keep", "up.", True),
        # a writer's name under it ends on no stop, nor is "Jr." a sentence's end
        ("Council sends transit levy to ballot. Voters decide in fall", "Jane Roe", False),
        ("Council sends transit levy to ballot. Voters decide in fall", "Robert Hayes Jr.", False),
        # no sentence opened on the line above: a paragraph's or a deck's line, not a tail
        ("Council sends transit levy to the ballot for the fall", "Voters decide.", False),
        # a deck in a capital under a sentence-case headline is a line of its own
        (
            "Storm hits coast. Thousands flee as waters rise in the low country",
            "Officials urge calm.",
            False,
        ),
        # a tail of two sentences is a deck's, no headline's end
        ("Council sends levy to ballot. Voters", "Decide. Then they pay.", False),
    ],
)
def test_second_sentence_tail(head, tail, goes_on):
    from archiver.extract.unwrap import _second_sentence_tail

    assert _second_sentence_tail(head, tail) is goes_on


@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        ("By Summer", True),
        ("By Spring.", True),
        ("By Friday", True),
        ("By 2030", True),
        # a writer named by two words, or a byline with its outlet
        ("By Summer Okafor", False),
        ("By June Carter", False),
        ("By Jane Roe", False),
    ],
)
def test_title_case_by_deadline(line, deadline):
    from archiver.extract.unwrap import _TITLE_BY_DEADLINE

    assert (_TITLE_BY_DEADLINE.fullmatch(line) is not None) is deadline


def test_wire_name_in_small_letters_with_its_stop_is_a_word():
    from archiver.extract.unwrap import _word_not_wire

    assert _word_not_wire("up.")
    assert _word_not_wire("up")
    assert not _word_not_wire("UP")
    assert not _word_not_wire("AFP")


def test_particle_closes_title_case_headline_over_deck() -> None:
    # a Title Case headline closed by its verb's particle, a deck in a sentence's case under it
    from archiver.extract.unwrap import _particle_closes_title

    head = "Drone Strikes Knock Out Power Across Odesa Region as Winter Sets In"
    assert _particle_closes_title(head, "Ukraine said Russia launched more than 70 drones")
    # the tail goes on in Title Case: the wrapper's break
    assert not _particle_closes_title(head, "Freezing Cold")
    # the small word in lower case: the headline broken inside ("... Region as" / "Winter ...")
    assert not _particle_closes_title(
        "Drone Strikes Knock Out Power Across Odesa Region as", "Winter sets in early"
    )


def test_site_station_under_headline() -> None:
    from archiver.extract.unwrap import _opens_with_site

    assert _opens_with_site("ABC Gippsland", "ABC News")
    assert _opens_with_site("Global News Morning Toronto", "Global News")
    assert not _opens_with_site("ABC of saving", "ABC News")  # a word in lower case
    assert not _opens_with_site("Global Warming", "Global News")  # no site of letters
