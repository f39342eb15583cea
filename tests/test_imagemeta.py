"""Embedded IPTC/XMP photo metadata, read with Pillow from the image's header."""

from __future__ import annotations

import struct
import zlib

import pytest

from archiver.imagemeta import NotAnImage, read_image_info
from warc_helpers import make_jpeg, make_png

META = {"credit": "Jane Roe/Agency", "creator": "Jane Roe", "notice": "© 2026 Agency Ltd"}


@pytest.mark.parametrize("iim,xmp", [(True, True), (True, False), (False, True)])
def test_credit_creator_and_notice_from_iim_or_xmp(iim: bool, xmp: bool) -> None:
    info = read_image_info(make_jpeg(120, 80, **META, iim=iim, xmp=xmp))
    assert (info.media_type, info.width, info.height) == ("image/jpeg", 120, 80)
    assert info.credit == "Jane Roe/Agency"
    assert info.creators == ("Jane Roe",)
    assert info.copyright_notice == "© 2026 Agency Ltd"


def test_xmp_wins_over_iim() -> None:
    iim_only = make_jpeg(credit="Old Credit", creator="Old Name", notice="old", xmp=False)
    xmp_only = make_jpeg(**META, iim=False)
    # the APP13 (IIM) segment of one inserted into the other, which carries XMP
    app13_end = 4 + struct.unpack(">H", iim_only[4:6])[0]
    both = xmp_only[:2] + iim_only[2:app13_end] + xmp_only[2:]
    info = read_image_info(both)
    assert (info.credit, info.creators, info.copyright_notice) == (
        "Jane Roe/Agency",
        ("Jane Roe",),
        "© 2026 Agency Ltd",
    )


def test_an_image_without_metadata_says_nothing() -> None:
    info = read_image_info(make_png(10, 20))
    assert (info.media_type, info.width, info.height) == ("image/png", 10, 20)
    assert (info.credit, info.creators, info.copyright_notice) == (None, (), None)


def _png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


@pytest.mark.parametrize(
    "data", [b"not an image", b"\xff\xd8\xff\xe0garbage", _png_header(200_000, 200_000)]
)
def test_not_an_image_or_a_decompression_bomb_is_refused(data: bytes) -> None:
    with pytest.raises(NotAnImage):
        read_image_info(data)
