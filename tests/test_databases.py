"""Database exports (LexisNexis, Nexis Uni, Factiva, ProQuest, NewsBank): recognised on the
structure of their labelled fields, their headline and byline read from those fields."""

from __future__ import annotations

from archiver.extract.databases import inverted_authors, read_export
from archiver.extract.wire_text import clean, parse_wire_text
from repo_paths import FIXTURES

ARTICLES = FIXTURES / "articles"


def _lines(name: str) -> list[str]:
    text = (ARTICLES / name).read_text(encoding="utf-8")
    return [clean(line) for line in text.split("\n")]


def test_each_service_is_recognised_on_its_fields():
    kinds = {
        "lexisnexis-classic-ap-export.txt": "LexisNexis export",
        "nexis-uni-dateline-field-only.txt": "Nexis Uni export",
        "factiva-field-codes-export.txt": "Factiva export",
        "factiva-article-view-export.txt": "Factiva export",
        "proquest-labelled-export.txt": "ProQuest export",
        "newsbank-record-export.txt": "NewsBank export",
        "proquest-historical-bare-fields.txt": "ProQuest export",
        "ebsco-record-fields-over-full-text.txt": "EBSCOhost export",
        "wire-catchline-over-headline-label.txt": "wire service header",
    }
    for name, kind in kinds.items():
        found = read_export(_lines(name))
        assert found is not None, name
        assert found.capture.kind == kind


def test_a_story_that_quotes_field_labels_is_no_export():
    assert read_export(_lines("database-labels-in-story-not-an-export.txt")) is None


def test_the_header_and_the_index_fields_are_the_wrapper_and_the_story_is_not():
    lines = _lines("factiva-field-codes-export.txt")
    found = read_export(lines)
    assert found is not None
    cap = found.capture
    lp = lines.index("LP")
    td = lines.index("TD")
    assert all(cap.wrapper[i] for i in range(lp + 1) if lines[i])
    assert cap.wrapper[td]
    assert not cap.wrapper[lp + 1] and lines[lp + 1].startswith("SANTIAGO, Oct 9 (Reuters) -")
    co = lines.index("CO")
    assert all(cap.wrapper[i] for i in range(co, len(lines)) if lines[i])
    assert found.headline == "Chile copper output falls as strike hits northern mine"
    assert found.byline == "By Rosalia Vendramin"


def test_the_lexisnexis_fields_give_headline_byline_and_dateline():
    found = read_export(_lines("lexisnexis-classic-ap-export.txt"))
    assert found is not None
    assert found.headline == "Senate panel backs wider rural phone subsidy"
    assert found.byline == "By MARGARET T. OLSEN, Associated Press Writer"
    assert found.dateline == "WASHINGTON"
    lines = found.capture.lines
    load = lines.index("LOAD-DATE: March 23, 1994")
    assert found.capture.wrapper[load] and found.capture.wrapper[lines.index("LANGUAGE: ENGLISH")]


def test_a_dateline_field_is_used_only_when_the_story_opens_without_one():
    text = (ARTICLES / "nexis-uni-dateline-field-only.txt").read_text(encoding="utf-8")
    parsed = parse_wire_text(text, None)
    assert parsed.dateline is not None and parsed.dateline.raw == "PORT ELWYN, June 3"
    assert parsed.body[0].startswith("The port authority has ordered")
    assert parsed.body[-1] == "The review is due to report by the end of August."


def test_inverted_author_lists():
    assert inverted_authors("Marsh, Daniel; Kirby, Ellen A.") == ["Daniel Marsh", "Ellen A. Kirby"]
    assert inverted_authors("Brennan, Oona") == ["Oona Brennan"]
    assert inverted_authors("The Washington Post; Washington, D.C.") == []
    assert inverted_authors("") == []


def test_a_record_position_over_the_title_is_no_headline():
    # "Document 4 of 9" opens each record of a multi-record ProQuest export, over the title
    found = read_export(_lines("proquest-record-position-over-title.txt"))
    assert found is not None and found.capture.kind == "ProQuest export"
    assert found.headline == "Canal towpath to reopen after three-year rebuild"
    assert found.authors == ["Adaeze Okonkwo"]


def test_a_title_field_under_the_story_gives_the_headline():
    lines = [
        "Document 1 of 1",
        "",
        "Ferry fares rise",
        "",
        "Author: Roe, Jane",
        "Full Text",
        "PORT ELWYN -- Fares rose on Monday, the ferry district said in a statement.",
        "",
        "Subject: Ferries",
        "Title: Ferry fares rise for the first time in a decade",
        "ProQuest document ID: 123456",
        "Database: ProQuest Central",
    ]
    found = read_export(lines)
    assert found is not None
    assert found.headline == "Ferry fares rise for the first time in a decade"


def test_the_source_over_the_headline_is_passed_over_by_its_copyright_line():
    found = read_export(_lines("nexis-source-over-headline-export.txt"))
    assert found is not None and found.capture.kind == "Nexis Uni export"
    assert found.headline == "Ferry district approves third vessel after two years of breakdowns"
    lines = found.capture.lines
    load = lines.index("LOAD-DATE: October 3, 2022")
    # the closing copyright notice does not hide the index fields above it
    assert all(found.capture.wrapper[i] for i in range(load, len(lines)) if lines[i])


def test_a_headline_that_names_its_paper_is_still_the_headline():
    found = read_export(_lines("nexis-headline-names-its-paper-export.txt"))
    assert found is not None
    assert found.headline == "Ledger reporters win state award for ferry series"


def test_a_section_in_capitals_over_a_factiva_headline_is_dropped():
    found = read_export(_lines("factiva-section-label-over-headline.txt"))
    assert found is not None and found.capture.kind == "Factiva export"
    assert found.headline == "Brewer to shut bottling line as can demand grows"
    found = read_export(_lines("factiva-headline-in-capitals-over-two-lines.txt"))
    assert found is not None
    assert found.headline == "FED HOLDS RATES AS INFLATION COOLS"


def test_factiva_byline_field_of_names_alone():
    """Factiva's article view prints the byline field as it came: the names alone, the last
    field over the word count, a block apart from the headline."""
    found = read_export(_lines("factiva-article-view-byline-names-alone.txt"))
    assert found is not None and found.capture.kind == "Factiva export"
    assert found.headline == "Harbour council delays vote on container terminal expansion"
    assert found.byline == "THANDIWE MOKOENA"
    # near-miss: the headline's second line, in the headline's block, is no byline
    found = read_export(_lines("factiva-article-view-two-line-headline-no-byline.txt"))
    assert found is not None and found.byline is None
    assert (
        found.headline
        == "Harbour council delays vote on container terminal Expansion Plans Shelved"
    )


def test_a_story_with_one_headline_label_is_no_wire_header():
    # "Headline:" alone is a word a story or a page may print; the desk's catchline beside it
    # is what tells the agency's header
    lines = ["Headline: inflation eases", "", "Prices rose 2 per cent in May, the office said."]
    assert read_export(lines) is None


def test_bare_proquest_labels_inside_the_story_stay_story():
    found = read_export(_lines("proquest-historical-bare-fields.txt"))
    assert found is not None
    story = [
        line
        for line, hidden in zip(found.capture.lines, found.capture.wrapper, strict=True)
        if line and not hidden
    ]
    assert "Publication date for the work" in story  # a label's words opening a story's line
    assert not any(line.startswith("Publication title") for line in story)


def test_nexis_uni_title_over_source_date_and_edition_in_one_block():
    """Nexis Uni often prints the title, the source, the date and the edition with no blank
    line between: the title is the block's opening run, up to the line over the date."""
    found = read_export(_lines("nexis-uni-title-source-date-one-block.txt"))
    assert found is not None and found.capture.kind == "Nexis Uni export"
    assert found.headline == "Harbour board shelves dredging plan after fishers object"
    # near-miss: a paper's name with its place opens the block over its date: no title there
    found = read_export(_lines("nexis-source-with-place-over-date-one-block.txt"))
    assert found is not None
    assert found.headline == "Library volunteers keep branch open through summer"


def test_nexis_uni_source_date_and_edition_over_the_title_with_no_blank_line():
    """Copy pasted one line per paragraph runs the source, its date and edition on into the
    title and the fields: they are passed over, the title's lines are the headline."""
    lines = _lines("nexis-uni-source-date-over-title-and-deck-one-line-per-paragraph.txt")
    assert "" not in lines[:8]
    found = read_export(lines)
    assert found is not None and found.capture.kind == "Nexis Uni export"
    assert found.headline == (
        "Wharf repairs stall over cost of steel; "
        "Harbour authority says tender came in 40 per cent over estimate"
    )
    # near-miss: the title first over the source's lines, in the same unbroken run
    found = read_export(_lines("nexis-uni-export-one-line-per-paragraph.txt"))
    assert found is not None
    assert found.headline == "Quarry operator fined over dust from blasting near school"


def test_a_section_name_in_title_case_over_a_sentence_case_factiva_headline():
    found = read_export(_lines("factiva-section-name-over-sentence-case-headline.txt"))
    assert found is not None and found.capture.kind == "Factiva export"
    assert found.headline == "Copper smelters cut output as ore supply tightens"
    # near-miss: a Title Case headline over two lines is one headline
    found = read_export(_lines("factiva-title-case-headline-over-two-lines-stays-joined.txt"))
    assert found is not None
    assert found.headline == "Port Authority Approves Plan For Second Container Terminal"


def test_the_service_name_over_the_record_is_its_logo_not_the_headline():
    for name, headline in (
        (
            "factiva-logo-over-article-view.txt",
            "Grain Exporters Brace for Slower Harvest as Rains Delay Planting",
        ),
        ("newsbank-logo-and-names-under-fields.txt", "School board approves bond vote for new gym"),
    ):
        found = read_export(_lines(name))
        assert found is not None, name
        assert found.headline == headline
        first = next(i for i, line in enumerate(found.capture.lines) if line)
        assert found.capture.wrapper[first]
    # near-miss: the service's name over a story that is no export is nothing to it
    assert (
        read_export(["NewsBank", "", "The archive service said on Monday it would close."]) is None
    )


def test_newsbank_names_on_their_own_line_under_the_fields_are_the_byline():
    found = read_export(_lines("newsbank-logo-and-names-under-fields.txt"))
    assert found is not None and found.byline == "Tess Alvarado and Quinn Ostrowski"
    # near-miss: a record whose author field is labelled keeps it
    found = read_export(_lines("newsbank-record-export.txt"))
    assert found is not None and found.byline != "Tess Alvarado and Quinn Ostrowski"


def test_lexisnexis_counts_one_document_in_the_singular():
    found = read_export(_lines("lexisnexis-one-document-singular.txt"))
    assert found is not None and found.capture.kind == "LexisNexis export"
    assert found.headline == "Ferry service to resume after six-week strike"


def test_gale_citation_gives_the_headline_and_the_record_lines_are_its_wrapper():
    lines = _lines("gale-onefile-citation-over-full-text.txt")
    found = read_export(lines)
    assert found is not None and found.capture.kind == "Gale export"
    assert found.headline == "Can small towns keep their pharmacies open?"
    assert found.capture.wrapper[lines.index("Gale Document Number: GALE|A651234567")]
    assert not found.capture.wrapper[lines.index("Byline: Liam Brennan; The Gazette")]
    # near-miss: a quoted title in a story's text with no Gale link or document number
    assert (
        read_export(
            [
                'Roe, Jane. "A study of things." Journal of Stuff, 2020.',
                "",
                "Full Text:",
                "The study found things.",
            ]
        )
        is None
    )


def test_a_clipping_services_record_names_the_headline():
    from archiver.extract.databases import labelled_record

    lines = _lines("clip-service-record-over-story.txt")
    found = labelled_record(lines)
    assert found is not None
    assert found.headline == (
        "Minneapolis council approves plan to convert downtown offices to housing"
    )
    assert found.capture.wrapper[lines.index("Audience: 2,450,000")]
    assert not found.capture.wrapper[lines.index("Byline: Priya Lindgren")]  # the byline's


def test_labelled_blocks_that_are_no_clip_record_are_left():
    from archiver.extract.databases import labelled_record

    # a job posting's fields: "Title:" among labels no clip record prints
    job = ["Title: Senior Planner", "Department: Planning", "Salary: $78,000", "Date: May 2"]
    assert labelled_record(job) is None
    # the headline's label with one record label only
    assert labelled_record(["Title: Harbor dredging to begin", "Date: March 2, 2023"]) is None
    # two titles: a list of items, not one record
    items = ["Title: One story here", "Title: Another story", "Date: 1 May", "Source: Post"]
    assert labelled_record(items) is None


def test_newsbank_record_under_the_products_name_and_the_papers_line():
    lines = [
        "NewsBank InfoWeb",
        "Fresno Bee, The (CA) - Saturday, June 10, 2017",
        "",
        "Pool reopens after two-year renovation",
        "Author: Celia Montoya",
        "Section: Local",
        "Page: 3A",
        "",
        "The city's only public pool in southeast Fresno reopened on Friday.",
        "",
        "Record Number: 1f2e3d4c5b6a7980",
    ]
    found = read_export(lines)
    assert found is not None and found.capture.kind == "NewsBank export"
    assert found.headline == "Pool reopens after two-year renovation"  # not the product's name
    # near-miss: no paper's line at the top and no text label: no NewsBank record
    assert (
        read_export(
            [
                "Pool reopens",
                "Author: Celia Montoya",
                "Section: Local",
                "Page: 3A",
                "",
                "Text.",
                "",
                "Record Number: 1f2e3d4c",
            ]
        )
        is None
    )


def test_nitf_written_as_text_is_read_on_its_element_labels():
    found = read_export(_lines("nitf-elements-written-as-text.txt"))
    assert found is not None and found.capture.kind == "NITF as text"
    assert found.headline == "Drought cuts Kansas wheat forecast to 20-year low"
    assert found.byline == "By TOMAS REYES-HALL, Knight Ridder Newspapers"
    # near-miss: a page's front matter of lower-case labels with no NITF title element (hl1)
    # and no body element is no NITF
    lines = [
        "title: Council approves budget",
        "byline: Jane Roe",
        "location: Springfield",
        "date: 2024-03-01",
        "",
        "The council approved the budget on Monday.",
    ]
    assert read_export(lines) is None


def test_a_proquest_database_banner_is_no_title():
    found = read_export(_lines("proquest-database-banner-over-record.txt"))
    assert found is not None
    assert found.headline == "Port strike talks resume as ships wait off Oakland"


def test_a_listed_caption_field_goes_on_only_into_a_labelled_picture() -> None:
    from archiver.extract.databases import caption_fields

    head = "GRAPHIC: A flooded street in South Lismore. Picture: Nick Moir;"
    for below in (
        "Copyright 2025 Nationwide News Pty Limited All Rights Reserved",
        "Residents began the clean-up in Lismore on Tuesday as the Wilsons River fell",
    ):
        (field,) = caption_fields([head, below, ""])
        assert field.rows == [0]
    (field,) = caption_fields([head, "Volunteers fill sandbags. Picture: Dean Sewell", ""])
    assert field.rows == [0, 1]
