"""Photos whose image file the capture holds (a WARC): each photo the extractor found gets
the file its figure shows, and a captured figure image the extractor did not list (a figure
without caption or credit) becomes a photo of its own, so that every image in the bag is
described in the record and in NewsML.

A photo and a file match when the photo's URL (resolved against the page's address) is one
of the URLs the figure names for its image (``src``, ``data-src``, each ``srcset``
candidate); each file is used once, in page order, so figures sharing a lazy-loading
placeholder ``src`` still get their own files.
"""

from __future__ import annotations

import dataclasses
import hashlib
from urllib.parse import urldefrag, urljoin

from archiver.model import Photo, PhotoFile
from archiver.readers import PayloadFile, Unit


def _int(value: str | int | None) -> int | None:
    return value if isinstance(value, int) else None


def _str(value: str | int | None) -> str | None:
    return value if isinstance(value, str) and value else None


def photo_file(extra: PayloadFile) -> PhotoFile:
    meta = extra.meta
    creators = _str(meta.get("creators"))
    return PhotoFile(
        path=extra.path,
        bytes=len(extra.data),
        sha256=hashlib.sha256(extra.data).hexdigest(),
        media_type=extra.media_type or "application/octet-stream",
        width=_int(meta.get("width")),
        height=_int(meta.get("height")),
        url=extra.url,
        record_id=_str(meta.get("warc_record_id")),
        credit=_str(meta.get("credit")),
        creators=creators.split("\n") if creators else [],
        copyright_notice=_str(meta.get("copyright_notice")),
    )


def attach_photo_files(photos: list[Photo], unit: Unit) -> list[Photo]:
    """The photos with their files, then the unlisted captured figure images, in page order."""
    files = [e for e in unit.extras if e.path.startswith("photos/")]
    if not files:
        return photos
    base = unit.url or ""
    unused = list(files)
    out: list[Photo] = []
    for photo in photos:
        match = None
        if photo.url:
            wanted = urldefrag(urljoin(base, photo.url))[0]
            match = next((f for f in unused if wanted in (f.url, *f.aliases)), None)
        if match is None:
            out.append(photo)
            continue
        unused.remove(match)
        out.append(dataclasses.replace(photo, file=photo_file(match)))
    # each unlisted image goes before the first listed photo that comes after it in the page
    order = {f.path: i for i, f in enumerate(files)}
    merged: list[Photo] = []
    for photo in out:
        while unused and photo.file and order[unused[0].path] < order[photo.file.path]:
            merged.append(_unlisted(unused.pop(0)))
        merged.append(photo)
    merged.extend(_unlisted(extra) for extra in unused)
    return merged


def _unlisted(extra: PayloadFile) -> Photo:
    """A captured figure image the page gives no caption or credit for."""
    return Photo(
        caption="",
        credit=None,
        photographer=None,
        agency=None,
        position=None,
        count=None,
        licensable=False,
        url=extra.url,
        file=photo_file(extra),
    )
