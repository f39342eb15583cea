"""The extracted article: plain dataclasses, the one shape every later step consumes.

Field names and nesting mirror ``schemas/article.schema.json``; ``Article.to_dict`` is the
JSON record and ``Article.from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
class Photo:
    caption: str  # the caption as printed, credit included
    credit: str | None  # "Stephen Shaver/UPI"
    photographer: str | None  # person named in the credit, if any
    agency: str | None  # agency named in the credit, if any
    position: int | None  # gallery position ("1 of 5" -> 1)
    count: int | None  # gallery size ("1 of 5" -> 5)
    licensable: bool  # the page offered the photo for licensing ("License Photo")


@dataclass(frozen=True)
class Source:
    path: str  # as given by the user ("-" for standard input)
    bytes: int
    sha256: str
    encoding: str


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        dl = data.get("dateline")
        return cls(
            headline=data.get("headline"),
            bylines=list(data.get("bylines") or []),
            byline_raw=data.get("byline_raw"),
            dateline=Dateline(**dl) if dl else None,
            photos=[Photo(**p) for p in data.get("photos") or []],
            body=list(data.get("body") or []),
            language=data.get("language"),
            source=Source(**data["source"]),
            warnings=[Warning(**w) for w in data.get("warnings") or []],
        )
