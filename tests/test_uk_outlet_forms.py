"""Forms of British, Irish and Commonwealth outlets' copy: a standfirst naming its writer, a
byline's label on a line of its own over the name (Reach's pages), a page's title naming the
headline over a caption and a summary line. Each family with its near misses; whole articles
are in fixtures/articles/ (reach-*, page-title-*, standfirst-*)."""

from __future__ import annotations

import pytest

from archiver.extract.bylines import standfirst_writer
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
