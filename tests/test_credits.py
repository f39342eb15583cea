"""Photo credits: the credit grammar on real-world shapes, and the credited name the record
keeps for each photo (`photo_credits`)."""

from __future__ import annotations

import json

import pytest

from archiver.extract import extract_bytes
from archiver.extract.credits import credited_name, find_credit


@pytest.mark.parametrize(
    "credit, photographer, caption, name",
    [
        # a person named in the credit is who the photo is credited to, whatever the order
        ("EFE/Rosa Villa", "Rosa Villa", "", "Rosa Villa"),
        ("THE CANADIAN PRESS/Tom Reed", "Tom Reed", "", "Tom Reed"),
        # no person: the credit as printed
        ("Reuters", None, "", "Reuters"),
        ("AFP/Getty Images", None, "", "AFP/Getty Images"),
        ("Anadolu Agency/Getty Images", None, "", "Anadolu Agency/Getty Images"),
        # the lender keeps its "Courtesy of" as printed
        (
            "Harbor Museum",
            None,
            "A ship. Photo courtesy of Harbor Museum",
            "courtesy of Harbor Museum",
        ),
        (
            "Lund family",
            None,
            "A house.\nCourtesy of the Lund family",
            "Courtesy of the Lund family",
        ),
        # a distributor's name beside the one who supplied the photo
        ("PRNewsfoto/Acme Robotics", None, "", "Acme Robotics"),
        ("Valley Star/File", None, "", "Valley Star"),
        (None, None, "A caption with no credit.", None),
    ],
)
def test_credited_name(credit, photographer, caption, name):
    assert credited_name(credit, photographer, caption) == name


def test_the_record_lists_each_credited_name_once():
    text = (
        "Harbor reopens after storm\n\n"
        "By Jane Roe\n\n"
        "Boats return to the harbor on Monday. EFE/Rosa Villa\n\n"
        "LISBON, March 3 (EFE) - The harbor reopened on Monday after a week of storms.\n\n"
        "The port authority said all berths were open again.\n\n"
        "A crane lifts a container at the port. EFE/Rosa Villa\n"
    )
    article = extract_bytes(text.encode(), path="harbor.txt")
    assert [p.photographer for p in article.photos] == ["Rosa Villa", "Rosa Villa"]
    assert article.photo_credits == ["Rosa Villa"]
    record = article.to_dict()
    assert record["photo_credits"] == ["Rosa Villa"]


def test_no_photo_no_photo_credits_key():
    text = "Harbor reopens\n\nLISBON, March 3 (EFE) - The harbor reopened on Monday.\n"
    record = extract_bytes(text.encode(), path="harbor.txt").to_dict()
    assert "photo_credits" not in record
    assert json.dumps(record)  # serialisable as ever


def test_find_credit_still_reads_the_caption():
    c = find_credit("Boats return to the harbor on Monday. EFE/Rosa Villa")
    assert c is not None and (c.photographer, c.agency) == ("Rosa Villa", "EFE")
