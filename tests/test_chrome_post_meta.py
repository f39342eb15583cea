"""A blog's post meta row read as the page's furniture (extract/chrome.py)."""

from __future__ import annotations

import pytest

from archiver.extract.chrome import is_chrome_clean


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("In News by Jane Roe", True),
        ("In Sports by Jane Roe-Doe", True),
        # a place or a phrase where the section would be, or no person after "by"
        ("In Lisbon by Night", False),
        ("In Iowa by Jane Roe", False),
        ("In News by Default", False),
    ],
)
def test_post_meta_row_is_chrome(line, meta):
    # a blog's "In <section> by <poster>" row under the title is the page's furniture
    assert is_chrome_clean(line) is meta
