"""Forms of US copy: press-release wires' datelines, a local broadcaster's brand over its
story, a newsletter's call to whoever it was forwarded to, a portal's writer line, a lead
photo's credit alone, an office or a social account over its caption. Each family with its
near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from archiver.extract.credits import credit_over_caption, lead_photo_credit
from archiver.extract.datelines import match_dateline
from archiver.extract.pagetops import is_station_name

REF = dt.date(2021, 6, 1)
_STORY = " Acme Corp. (NYSE: ACM) today announced results for the fourth quarter and the full year ended Dec. 31."


@pytest.mark.parametrize(
    ("head", "place", "date", "source"),
    [
        ("HOUSTON--(BUSINESS WIRE)--March 3, 2021--", "HOUSTON", "2021-03-03", "BUSINESS WIRE"),
        (
            "PALO ALTO, Calif.--(BUSINESS WIRE)--Mar. 3, 2021--",
            "PALO ALTO, Calif.",
            "2021-03-03",
            "BUSINESS WIRE",
        ),
        ("LONDON--(BUSINESS WIRE)--3 March 2021--", "LONDON", "2021-03-03", "BUSINESS WIRE"),
        ("NEW YORK, March 3, 2021 /PRNewswire/ --", "NEW YORK", "2021-03-03", "PRNewswire"),
        ("BOSTON, May 12, 2021 (GLOBE NEWSWIRE) --", "BOSTON", "2021-05-12", "GLOBE NEWSWIRE"),
        ("DALLAS, TX / ACCESSWIRE / March 3, 2021 /", "DALLAS, TX", "2021-03-03", "ACCESSWIRE"),
        ("Law360 (March 8, 2021, 6:23 PM EST) --", None, "2021-03-08", "Law360"),
        # Business Wire's trade sub-wires, its double dashes set as em dashes by a web page
        (
            "SAN JOSE, Calif.—(BW HealthWire)—May 4, 2021—",
            "SAN JOSE, Calif.",
            "2021-05-04",
            "BW HealthWire",
        ),
        # a legal or trade service's bureau city between its name and its stamp: the name an
        # outlet's by its shape (a figure, an ampersand, initials run into a word) or a list's
        ("Law360, New York (March 8, 2021, 6:23 PM EST) --", "New York", "2021-03-08", "Law360"),
        (
            "Law360, Wilmington (March 8, 2021, 6:23 PM EST) --",
            "Wilmington",
            "2021-03-08",
            "Law360",
        ),
        ("MLex, Brussels (March 8, 2021, 10:15 GMT) --", "Brussels", "2021-03-08", "MLex"),
        ("E&E News, Washington (March 8, 2021) --", "Washington", "2021-03-08", "E&E News"),
        ("Reuters, London (March 8, 2021, 7:30 PM GMT) --", "London", "2021-03-08", "Reuters"),
    ],
)
def test_release_and_service_datelines(
    head: str, place: str | None, date: str, source: str
) -> None:
    found = match_dateline(head + _STORY, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.dateline.source) == (
        place,
        date,
        source,
    )


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        # a sentence's dash glued to a date, no agency before it: the date is the story's
        (
            "WASHINGTON — Jan. 6, 2021—the day the Capitol was stormed—began quietly enough for"
            " most of the people who worked there.",
            "WASHINGTON",
            None,
        ),
        # a place and its region before the bracketed date: no outlet's bureau
        (
            "Springfield, Illinois (March 3, 2021) -- The city council voted on Tuesday to raise"
            " parking fees downtown.",
            "Springfield, Illinois",
            "2021-03-03",
        ),
    ],
)
def test_release_dateline_near_misses(text: str, place: str, date: str | None) -> None:
    found = match_dateline(text, REF)
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.dateline.source) == (place, date, None)


@pytest.mark.parametrize(
    ("head", "place", "date", "source"),
    [
        # a news agency's spaced dash, then a date glued to a sentence: the story's date, not
        # a release wire's stamp (that one is set between glued dashes, "--(BUSINESS WIRE)--")
        ("WASHINGTON (AP) — Jan. 6, 2021—The day", "WASHINGTON", None, "AP"),
        ("BOSTON (Reuters) - March 3, 2021—Markets", "BOSTON", None, "Reuters"),
        # a town and its state with a stamp's time: a place and its region, whatever the
        # capital inside the town's name
        (
            "Springfield, Illinois (March 3, 2021, 7:30 PM CST) --",
            "Springfield, Illinois",
            "2021-03-03",
            None,
        ),
        ("McAllen, Texas (March 3, 2021, 7:30 PM CST) --", "McAllen, Texas", "2021-03-03", None),
    ],
)
def test_stamp_near_misses(head: str, place: str, date: str | None, source: str | None) -> None:
    found = match_dateline(
        head + " the council met to vote on the budget for the coming year.", REF
    )
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.dateline.source) == (
        place,
        date,
        source,
    )


@pytest.mark.parametrize(
    "head",
    [
        # a town the gazetteer does not know before its province or county reads as well as
        # an outlet before its bureau; a company's name before 'Inc.' names no city: no value
        "Tarnwick, Ontario (March 3, 2021, 9:12 PM EST) --",
        "Tarnwick, Essex (March 3, 2021, 9:12 PM GMT) --",
        "Bloomberg Law, New York (March 3, 2021, 9:12 PM EST) --",
        "Acme, Inc. (March 3, 2021, 9:12 PM EST) --",
    ],
)
def test_stamp_with_no_sure_place(head: str) -> None:
    found = match_dateline(head + _STORY, REF)
    assert found is None or (found.dateline.place, found.dateline.source) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "KING 5 Seattle",
        "KARE 11",
        "WSB-TV",
        "WFAA",
        "NBC 7 San Diego",
        "ABC7",
        "FOX 5 DC",
        "KHOU 11 News Houston",
        "WCNC Charlotte",
    ],
)
def test_station_brands(line: str) -> None:
    assert is_station_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "WHO",  # three letters need the channel
        "WNBA Finals",  # the words after it name no place
        "WARN Act",  # a region's code in capitals only ("ACT" is Australia's; "Act" a word)
        "KING 5 Seattle Sports",
        "Washington State Ferries to run 2-boat schedule",
    ],
)
def test_station_brand_near_misses(line: str) -> None:
    assert not is_station_name(line)


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Getty Images", "Getty Images"),
        ("Shutterstock", "Shutterstock"),
        ("Marcy Tolan/Shutterstock", "Shutterstock"),
        ("Jane Roe/Getty Images", "Getty Images"),
    ],
)
def test_lead_photo_credit_alone(line: str, agency: str) -> None:
    found = lead_photo_credit(line)
    assert found is not None
    assert (found.credit, found.agency) == (line, agency)


@pytest.mark.parametrize(
    "line",
    # a slashed heading, a news agency alone (the writer's, under a byline), a paper's staff
    [
        "Dallas/Fort Worth",
        "Politics/Elections",
        "Film/TV News",
        "AP",
        "Reuters",
        "John Smith/The Post",
    ],
)
def test_lead_photo_credit_near_misses(line: str) -> None:
    assert lead_photo_credit(line) is None


_CAPTION = "A bighorn ewe climbs a ridge in the canyon after her release on Thursday."


def test_name_and_agency_over_caption_in_the_story() -> None:
    found = credit_over_caption("Maria Ochoa, AP", _CAPTION)
    assert found is not None
    assert (found.photographer, found.agency) == ("Maria Ochoa", "AP")


@pytest.mark.parametrize(
    ("line", "below"),
    [
        # a paper after the comma: a roundup's writer over her paragraph
        ("Jane Holloway, Valley Courier", "Lakeside's council approved its budget on Monday."),
        # a rights notice under it is no caption
        ("Maria Ochoa, AP", "Copyright 2010 The Associated Press. All rights reserved."),
    ],
)
def test_name_and_outlet_over_sentence_near_misses(line: str, below: str) -> None:
    assert credit_over_caption(line, below) is None


@pytest.mark.parametrize(
    ("line", "below"),
    [
        # an office that lent the picture, printed over its caption in the story (BuzzFeed
        # News), and a social account the picture was taken from
        ("Otsego County Sheriff's Office", "Deputy Alan Reese holds Pepper outside the station."),
        ("National Weather Service", "A satellite image shows the storm over the Gulf on Monday."),
        ("Facebook: DeKalbCountyPolice", "Police shared a photo of Bryson on their page."),
        ("Instagram: @pepperthebeagle", "Pepper rests at home on Sunday with her blanket."),
        ("Twitter: @nwsboston", "Snow covers the Common on Tuesday morning."),
    ],
)
def test_lender_over_caption_in_the_story(line: str, below: str) -> None:
    found = credit_over_caption(line, below)
    assert found is not None
    assert (found.credit, found.photographer) == (line, None)


@pytest.mark.parametrize(
    ("line", "below"),
    [
        # a roundup's section heading over its paragraph: the paragraph names the office
        # again, or speaks of what will be
        ("Parks Department", "The parks department opened the city pool on Saturday morning."),
        ("Public Works Department", "Crews will end curbside leaf pickup on Friday."),
        # an office's name with an article is a heading's
        ("The Post Office", "Lines stretched out the door on Monday before the holiday."),
        # a writer's contact line over the writer's note
        ("Twitter: @janeruhl", "Jane Ruhl is a reporter for the Valley Ledger."),
        # a platform's name and a sentence's words after the colon
        ("Facebook: a statement from the family", "The family thanked the deputies on Monday."),
    ],
)
def test_lender_over_sentence_near_misses(line: str, below: str) -> None:
    assert credit_over_caption(line, below) is None


def test_office_named_again_inside_its_caption_keeps_its_credit() -> None:
    # the caption names the office further on, as a picture's caption does; only a paragraph
    # opening on the office as the one who acts is a section's ("Parks Department" above)
    found = credit_over_caption(
        "Marysville Police Department",
        "Officers from the Marysville Police Department helped unload a donated freezer.",
    )
    assert found is not None and found.credit == "Marysville Police Department"
