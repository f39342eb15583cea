"""The extracted article: plain dataclasses, the one shape every later step consumes.

Field names and nesting mirror ``schemas/article.schema.json``; ``Article.to_dict`` is the
JSON record and ``Article.from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Fields added after the first record shape (web captures): left out of the record when they
# are empty, so a wire-text article's record is what it always was.
_OPTIONAL = {
    "article": ("page", "byline_sources", "photo_credits"),
    "photo": ("url", "copyright_holder", "file"),
    "source": ("media_type", "url", "captured", "record"),
}


def _prune(d: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    for key in keys:
        if d.get(key) in (None, [], {}):
            d.pop(key, None)
    return d


@dataclass(frozen=True)
class Warning:
    code: str
    message: str


@dataclass(frozen=True)
class Dateline:
    raw: str  # the dateline as printed, dashes included ("SEOUL, Nov. 19 (UPI) --")
    place: str | None  # filing place as printed ("SEOUL", "OTTAWA, Ontario")
    date: str | None  # ISO 8601 date, only when a year is known (printed or from the reference)
    date_text: str | None  # the date as printed ("Nov. 19")
    source: str | None  # agency named in the dateline ("UPI", "AP", "Reuters")


@dataclass(frozen=True)
class PhotoFile:
    """An image file a web archive holds for a photo: kept in the bag, described by itself."""

    path: str  # in the bag, relative to data/ ("photos/01-ap-photo.jpg")
    bytes: int
    sha256: str
    media_type: str  # from the file's own header ("image/jpeg")
    width: int | None  # pixels
    height: int | None
    url: str | None  # where the capture had it from
    record_id: str | None  # the WARC-Record-ID of the response holding it
    # embedded IPTC Photo Metadata (XMP, else IIM): None/empty when the file has none
    credit: str | None
    creators: list[str]
    copyright_notice: str | None


@dataclass(frozen=True)
class Photo:
    caption: str  # the caption as printed, credit included
    credit: str | None  # "Stephen Shaver/UPI"
    photographer: str | None  # person named in the credit, if any
    agency: str | None  # agency named in the credit, if any
    position: int | None  # gallery position ("1 of 5" -> 1)
    count: int | None  # gallery size ("1 of 5" -> 5)
    licensable: bool  # the page offered the photo for licensing ("License Photo")
    url: str | None = None  # the image's address on a web page
    copyright_holder: str | None = None  # as the page's structured data names it
    file: PhotoFile | None = None  # the image itself, when a web archive holds it


@dataclass(frozen=True)
class Source:
    path: str  # as given by the user ("-" for standard input)
    bytes: int
    sha256: str
    encoding: str
    media_type: str | None = None  # "text/html" for web pages; None (plain text) for wire copy
    url: str | None = None  # the address the page was captured from, when the capture says
    captured: str | None = None  # the capture time (ISO 8601), when the capture says
    # identity inside a container (a WARC record's id, target URI, payload digest, ...)
    record: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    """What a web page says about itself (structured data, meta tags, links)."""

    canonical_url: str | None = None
    published: str | None = None  # ISO 8601 date or date-time, as the page states it
    modified: str | None = None
    publisher: str | None = None
    section: str | None = None
    site_name: str | None = None
    license: str | None = None  # a URI (license property, rel=license) or the notice as printed
    description: str | None = None
    # where each value came from: {"headline": "json-ld", "published": "htmldate", ...}
    sources: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BylineSource:
    """The authors one part of a page names; kept when parts of the page disagree."""

    source: str  # "json-ld", "microdata", "rdfa", "meta", "page" (the visible byline)
    names: list[str]
    raw: str | None = None


@dataclass(frozen=True)
class Article:
    headline: str | None
    bylines: list[str]
    byline_raw: str | None
    dateline: Dateline | None
    photos: list[Photo]
    body: list[str]
    language: str | None
    source: Source
    warnings: list[Warning] = field(default_factory=list)
    page: Page | None = None  # web pages only
    byline_sources: list[BylineSource] = field(default_factory=list)  # web pages only
    # the photos' credit lines as printed, each once ("AP Photo/Jane Roe", "courtesy of NASA");
    # who took a photo and for whom are the photo's own photographer and agency
    photo_credits: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = _prune(asdict(self), _OPTIONAL["article"])
        if not self.photo_credits and any(p.credit for p in self.photos):
            # photos whose credit lines are file markers alone ("Photo: File"): the record
            # says outright that they credit no one, the list being empty for that reason
            d["photo_credits"] = []
        _prune(d["source"], _OPTIONAL["source"])
        for photo in d["photos"]:
            _prune(photo, _OPTIONAL["photo"])
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        dl = data.get("dateline")
        return cls(
            headline=data.get("headline"),
            bylines=list(data.get("bylines") or []),
            byline_raw=data.get("byline_raw"),
            dateline=Dateline(**dl) if dl else None,
            photos=[_photo(p) for p in data.get("photos") or []],
            body=list(data.get("body") or []),
            language=data.get("language"),
            source=Source(**data["source"]),
            warnings=[Warning(**w) for w in data.get("warnings") or []],
            page=Page(**data["page"]) if data.get("page") else None,
            byline_sources=[BylineSource(**b) for b in data.get("byline_sources") or []],
            photo_credits=list(data.get("photo_credits") or []),
        )


def _photo(data: dict[str, Any]) -> Photo:
    file = data.get("file")
    return Photo(**{**data, "file": PhotoFile(**file) if file else None})
