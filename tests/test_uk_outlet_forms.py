"""Forms of British, Irish and Commonwealth outlets' copy: a standfirst naming its writer, a
byline's label on a line of its own over the name (Reach's pages), a page's title naming the
headline over a caption and a summary line. Each family with its near misses; whole articles
are in fixtures/articles/ (reach-*, page-title-*, standfirst-*)."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import parse_byline, standfirst_writer, titled_writers
from archiver.extract.credits import find_credit
from archiver.extract.databases import read_export
from archiver.extract.datelines import match_standalone_dateline
from archiver.extract.page import _possessive_title


@pytest.mark.parametrize(
    "line, names",
    [
        (
            "For a century the towns voted blue without a second thought, writes Jane Roe",
            ["Jane Roe"],
        ),
        ("The ceasefire is holding, but for how long? Jane Roe reports", ["Jane Roe"]),
        ("The ceasefire is holding, but for how long, reports Jane Roe from Kabul", ["Jane Roe"]),
        (
            "Officials say the yard may close within a year, John O'Neill reports in Belfast.",
            ["John O'Neill"],
        ),
        # near misses: a source ("says"), an outlet or an agency, a sentence's own verb with no
        # capitalised name, a headline too short to be a standfirst
        ("The yard may soon employ none, says union leader Jane Roe", None),
        ("Voters are tired of the old parties, writes The Economist", None),
        ("The market is tired of waiting, reports Reuters.", None),
        ("Officials deny everything, the minister writes", None),
        ("Jane Roe writes", None),
    ],
)
def test_a_standfirst_names_its_writer_at_its_end(line, names):
    found = standfirst_writer(line)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    "line, possessive",
    [
        ("Kenya's Deadly Tribal Divide", True),
        ("Bode's bust", True),
        # a contraction is no possessive: British sites' listings menu, a call to action
        ("What's On", False),
        ("Here's How", False),
        ("It's Your Call", False),
    ],
)
def test_a_contraction_is_no_possessive_title(line, possessive):
    assert _possessive_title(line) is possessive


@pytest.mark.parametrize(
    "line, names",
    [
        ("Tom Ball, Transport Correspondent", ["Tom Ball"]),
        ("Jane Roe, Political Commentator / John Doe, Chief Reporter", ["Jane Roe", "John Doe"]),
        ("Jane Roe, Health Editor; John Doe, Science Correspondent", ["Jane Roe", "John Doe"]),
        # near misses: a headline's commas and slash, a place before the title, a title alone
        ("Rising prices, falling wages", None),
        ("Prices Up, Wages Down / The Week Ahead", None),
        ("Paris, Correspondent / London, Reporter", None),
        ("Transport Correspondent", None),
    ],
)
def test_writers_each_with_a_title_after_a_comma(line, names):
    assert titled_writers(line) == names
    if names and len(names) > 1:
        found = parse_byline(line)
        assert found is not None and found.names == names


@pytest.mark.parametrize(
    "line, credit",
    [
        ("Photograph: Workmen at the power station last week. Photograph: PA", "PA"),
        ("Picture: The minister in Cork yesterday. Picture: Jane Roe", "Jane Roe"),
        # near miss: the label opens a caption that has no credit of its own at its end
        ("Photo: The minister in Cork yesterday said the plan was over.", None),
    ],
)
def test_a_caption_opened_by_its_label_and_ended_by_its_credit(line, credit):
    found = find_credit(line)
    assert (found.credit if found else None) == credit


def test_a_digital_archive_record_with_an_authors_field():
    lines = [
        "Gale Primary Sources",
        "",
        "Title: Dockers vote to end strike",
        "Source: The Irish Times (Dublin, Ireland)",
        "Date: Monday, Sept. 28, 1998",
        "Author(s): Jane Roe",
        "Document Type: Article",
        "Gale Document Number: GALE|IT1998092801014",
        "",
        "Full Text:",
        "Dockers vote to end strike",
        "",
        "Dockers in Dublin voted last night to return to work on Monday after a week out.",
        "",
        "Source Citation",
        'Roe, Jane. "Dockers vote to end strike." Irish Times, 28 Sept. 1998, p. 1.',
    ]
    found = read_export(lines)
    assert found is not None and found.headline == "Dockers vote to end strike"
    kept = [k for k, line in enumerate(lines) if line and not found.capture.wrapper[k]]
    # the writer's field is left to the byline grammar; the story is the one paragraph
    assert kept == [5, 12]
    writer = parse_byline(lines[5])
    assert writer is not None and writer.names == ["Jane Roe"]


@pytest.mark.parametrize(
    "line, names",
    [
        ("Sophie Cornish16:07, Apr 09 2018", ["Sophie Cornish"]),
        ("Sophie Cornish 16:07, Apr 09 2018", ["Sophie Cornish"]),
        # near misses: a place glued to the stamp, a sentence before it
        ("Wellington16:07, Apr 09 2018", None),
        ("Fire at the mill 16:07, Apr 09 2018", None),
    ],
)
def test_a_writers_name_glued_to_the_pages_stamp(line, names):
    found = parse_byline(line)
    assert (found.names if found else None) == names


@pytest.mark.parametrize(
    "line, credit",
    [
        (
            "Police were called to the woods on Saturday afternoon. | National World",
            "National World",
        ),
        ("Fans queue outside the ground before kick-off. Photo: Sportsfile", "Sportsfile"),
        # near miss: a bar and the publisher's name after words that end no sentence
        ("He said the world was watching | National World", None),
    ],
)
def test_a_publishers_picture_desk_after_the_caption(line, credit):
    found = find_credit(line)
    assert (found.credit if found else None) == credit


@pytest.mark.parametrize(
    "first, second, place",
    [
        (
            "Addis Ababa",
            "Ethiopia on Wednesday reopened its main border crossing with Kenya after three weeks.",
            "Addis Ababa",
        ),
        # near misses: the story does not name the city's country; a common noun that is a
        # small city's name too; a country alone (a section's label)
        (
            "Addis Ababa",
            "Officials on Wednesday reopened the main border crossing after three weeks of clashes.",
            None,
        ),
        (
            "Reading",
            "Publishers in the United Kingdom have sent out a bumper crop of summer novels this year.",
            None,
        ),
        (
            "Ethiopia",
            "Ethiopia on Wednesday reopened its main border crossing with Kenya after three weeks.",
            None,
        ),
    ],
)
def test_a_city_alone_over_the_story_in_mixed_case(first, second, place):
    found = match_standalone_dateline(first, second)
    assert (found.dateline.place if found else None) == place
