"""What an image file says about itself: format, size in pixels, and the IPTC/XMP credit,
creator and copyright notice embedded in it.

Pillow reads it: it is maintained, ships wheels with no system library, reads the headers of
JPEG, PNG, GIF, WebP and TIFF without decoding pixels, and exposes both the IPTC-IIM block
(``IptcImagePlugin.getiptcinfo``) and the raw XMP packet. (``iptcinfo3`` reads IIM only and is
barely maintained; ``pyexiv2`` needs the exiv2 C++ library and more than we use.) The XMP
packet is parsed with archiver's own safe parser: no network, no entities.

Where both carry a field, XMP wins: the IPTC Photo Metadata standard makes XMP the current
form, and tools that edit one usually update XMP. Text is never invented: a field absent from
both is None.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from lxml import etree

from archiver.xmlschemas import safe_parser

# The XMP properties the IPTC Photo Metadata standard maps Credit Line, Creator and
# Copyright Notice to, and their IIM datasets (record 2: 110 Credit, 80 By-line, 116
# Copyright Notice).
_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
}
_IIM = {"credit": (2, 110), "creator": (2, 80), "copyright_notice": (2, 116)}
_IIM_CHARSET = (1, 90)
_UTF8_ESCAPE = b"\x1b%G"
# far above any news photo, far below memory trouble: Pillow reads headers only, but refuses
# (DecompressionBombError) declared sizes over twice its own limit
MAX_PIXELS = 400_000_000


@dataclass(frozen=True)
class ImageInfo:
    media_type: str  # "image/jpeg"
    width: int
    height: int
    credit: str | None
    creators: tuple[str, ...]
    copyright_notice: str | None


class NotAnImage(ValueError):
    """The bytes are not an image Pillow can read the header of."""


def read_image_info(data: bytes) -> ImageInfo:
    from PIL import Image, IptcImagePlugin, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                width, height = im.size
                if width * height > MAX_PIXELS:
                    raise NotAnImage(f"{width}x{height} pixels is over the {MAX_PIXELS} limit")
                media_type = im.get_format_mimetype() or f"image/{(im.format or '').lower()}"
                try:
                    iptc = IptcImagePlugin.getiptcinfo(im) or {}
                except (OSError, SyntaxError, ValueError, KeyError, IndexError):
                    iptc = {}  # a damaged IIM block is as good as none
                xmp = im.info.get("xmp")
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ) as exc:
        raise NotAnImage(str(exc) or type(exc).__name__) from None
    from_xmp = _xmp_fields(xmp) if xmp else {}
    from_iim = _iim_fields(iptc)

    def pick(key: str) -> list[str]:
        return from_xmp.get(key) or from_iim.get(key) or []

    credit, notice = pick("credit"), pick("copyright_notice")
    return ImageInfo(
        media_type=media_type,
        width=width,
        height=height,
        credit=credit[0] if credit else None,
        creators=tuple(pick("creator")),
        copyright_notice=notice[0] if notice else None,
    )


def _clean(value: str) -> str | None:
    text = " ".join(value.replace("\x00", " ").split())
    return text or None


def _iim_text(raw: bytes, utf8: bool) -> str | None:
    if utf8:
        return _clean(raw.decode("utf-8", "replace"))
    try:  # IIM without a charset is nominally ASCII; UTF-8 is what most tools write anyway
        return _clean(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return _clean(raw.decode("cp1252", "replace"))


def _iim_fields(iptc: dict[tuple[int, int], bytes | list[bytes]]) -> dict[str, list[str]]:
    charset = iptc.get(_IIM_CHARSET)
    utf8 = isinstance(charset, bytes) and charset.startswith(_UTF8_ESCAPE)
    fields: dict[str, list[str]] = {}
    for key, dataset in _IIM.items():
        value = iptc.get(dataset)
        raws = value if isinstance(value, list) else [value] if value else []
        texts = [t for t in (_iim_text(r, utf8) for r in raws) if t]
        if texts:
            fields[key] = texts
    return fields


def _xmp_fields(packet: bytes | str) -> dict[str, list[str]]:
    data = packet.encode("utf-8") if isinstance(packet, str) else packet
    data = data.strip(b"\x00 \r\n\t")
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError:
        return {}
    fields: dict[str, list[str]] = {}

    def values(prefix: str, name: str) -> list[str]:
        qname = f"{{{_NS[prefix]}}}{name}"
        found: list[str] = []
        for el in root.iter(qname):
            # a Seq/Bag/Alt of rdf:li (dc:creator, dc:rights), or simple text
            items = el.findall("rdf:*/rdf:li", _NS)
            texts = [_clean(i.text or "") for i in items] if items else [_clean(el.text or "")]
            found.extend(t for t in texts if t)
        # simple properties may also be attributes of rdf:Description
        for desc in root.iter(f"{{{_NS['rdf']}}}Description"):
            text = _clean(desc.get(qname) or "")
            if text:
                found.append(text)
        return found

    for key, prefix, name in (
        ("credit", "photoshop", "Credit"),
        ("creator", "dc", "creator"),
        ("copyright_notice", "dc", "rights"),
    ):
        found = values(prefix, name)
        if found:
            fields[key] = found
    return fields
