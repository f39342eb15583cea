"""Copy with its blank lines removed (one line per paragraph, as many copy-paste tools, mail
programs and scrapers give it) or with every line break doubled reads as the same page with
its blank lines: a blank line is evidence only where it is real, and the reading rests on what
each line is. Each fixture here is read as written (its record is checked by test_golden.py)
and rewritten both ways; the fields must not change."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from archiver.extract import extract_bytes
from repo_paths import FIXTURES

ARTICLES = FIXTURES / "articles"

# Fixtures written with blank lines between paragraphs (their twins are made here), and
# fixtures written with none, whose every line is a paragraph or a field of its own (set apart
# by blank lines, they must still read the same; a field's value run over two lines is not).
WITH_BLANK_LINES = [
    "lexisnexis-classic-ap-export",
    "lexisnexis-graphic-field-photo-credit",
    "nexis-byline-city-outlet-no-comma",
    "nexis-byline-field-name-over-title-line",
    "nexis-headline-names-its-paper-export",
    # the source's name, date and edition over the title, no blank line between them
    "nexis-source-over-headline-export",
    "nexis-uni-dateline-field-only",
    "ebsco-record-fields-over-full-text",
    "proquest-labelled-export",
    "proquest-record-position-over-title",
    # e-mail and Usenet captures: the header block is its fields, with or without a blank
    # line under it
    "mail-forwarded-article-sender-note-over-headline",
    "mail-forwarded-note-kept-when-subject-not-repeated",
    "mail-newsletter-section-label-under-headline-not-byline",
    "mail-newsletter-writer-name-under-headline",
    "site-name-over-issue-date-named-by-its-domain",
    "usenet-news-post-subject-is-headline",
    # the page's copyright notice under the story's last paragraph credits no photo
    "page-foot-copyright-notices-not-credits",
    "page-foot-long-copyright-notice",
]
WITHOUT_BLANK_LINES = [
    "nexis-uni-export-one-line-per-paragraph",
    "nexis-export-no-body-label-story-under-dateline-field",
    "mail-forwarded-story-one-line-per-paragraph",
    "page-rights-notice-under-story-one-line-per-paragraph",
    "page-writer-note-at-foot-one-line-per-paragraph",
    "page-byline-stamp-line-over-lead-photo-credit-one-line-per-paragraph",
    "page-site-tagline-menu-row-over-headline-one-line-per-paragraph",
    # a caption's sentence and its credit line, set apart by a blank line, are still one
    # photo's ("Via Zoom" under a sentence of the story stays the story's)
    "page-via-source-credit-under-caption-one-line-per-paragraph",
    "page-column-heading-possessive-not-credit-one-line-per-paragraph",
]


def _single(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def _doubled(text: str) -> str:
    return text.replace("\n", "\n\n")


def _with_blank_lines(text: str) -> str:
    """One-line paragraphs set apart by a blank line each, as a page's copy usually is."""
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def _fields(name: str, text: str) -> dict[str, object]:
    spec = json.loads((ARTICLES / f"{name}.expected.json").read_text(encoding="utf-8"))
    ref = spec.get("reference_date")
    article = extract_bytes(
        text.encode("utf-8"),
        path=f"{name}.txt",
        reference_date=dt.date.fromisoformat(ref) if ref else None,
        language=spec.get("language"),
    )
    got = article.to_dict()
    return {key: got.get(key) for key in ("headline", "bylines", "dateline", "photo_credits")}


def _text(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", WITH_BLANK_LINES)
def test_the_page_without_its_blank_lines_reads_the_same(name: str) -> None:
    text = _text(name)
    assert "\n\n" in text  # the fixture has blank lines to take away
    written = _fields(name, text)
    assert _fields(name, _single(text)) == written
    assert _fields(name, _doubled(text)) == written


@pytest.mark.parametrize("name", WITHOUT_BLANK_LINES)
def test_the_page_with_blank_lines_added_reads_the_same(name: str) -> None:
    text = _text(name)
    assert "\n\n" not in text.strip("\n")  # written one line per paragraph
    written = _fields(name, text)
    assert _fields(name, _with_blank_lines(text)) == written
