"""Build WARCs and photos for the tests, with warcio and Pillow, the way crawlers write them."""

from __future__ import annotations

import gzip
import io
import struct
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HTML_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "dev-corpus" / "html"


def corpus_page(number: int) -> tuple[str, bytes]:
    """(URL, page bytes) of a dev-corpus page, read at test time."""
    import json

    expected = json.loads((HTML_CORPUS / f"{number:03d}.expected.json").read_text("utf-8"))
    return expected["url"], gzip.decompress((HTML_CORPUS / f"{number:03d}.html.gz").read_bytes())


def _iim(credit: str | None, creator: str | None, notice: str | None) -> bytes:
    """An IPTC-IIM block (UTF-8) inside a Photoshop 3.0 APP13 segment."""
    datasets = b"\x1c\x01\x5a\x00\x03\x1b%G"  # 1:90 coded character set: UTF-8
    for number, value in ((80, creator), (110, credit), (116, notice)):
        if value:
            data = value.encode("utf-8")
            datasets += b"\x1c\x02" + bytes([number]) + struct.pack(">H", len(data)) + data
    if len(datasets) % 2:
        datasets += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(datasets))
    payload = b"Photoshop 3.0\x00" + resource + datasets
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def _xmp(credit: str | None, creator: str | None, notice: str | None) -> bytes:
    parts = []
    if creator:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>")
    if notice:
        parts.append(
            f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{notice}</rdf:li></rdf:Alt></dc:rights>'
        )
    if credit:
        parts.append(f"<photoshop:Credit>{credit}</photoshop:Credit>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
        + "".join(parts)
        + '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode("utf-8")


def make_jpeg(
    width: int = 64,
    height: int = 48,
    *,
    credit: str | None = None,
    creator: str | None = None,
    notice: str | None = None,
    iim: bool = True,
    xmp: bool = True,
    color: tuple[int, int, int] = (200, 30, 30),
) -> bytes:
    out = io.BytesIO()
    kwargs = {}
    if xmp and (credit or creator or notice):
        kwargs["xmp"] = _xmp(credit, creator, notice)
    Image.new("RGB", (width, height), color).save(out, "JPEG", quality=80, **kwargs)
    data = out.getvalue()
    if iim and (credit or creator or notice):
        data = data[:2] + _iim(credit, creator, notice) + data[2:]  # right after SOI
    return data


def make_png(width: int = 32, height: int = 32) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(out, "PNG")
    return out.getvalue()


@dataclass
class Capture:
    """One HTTP exchange to write as request + response (+ metadata) records."""

    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    headers: list[tuple[str, str]] = field(default_factory=list)
    date: str = "2026-11-30T12:00:00Z"
    metadata: bytes | None = b"via: https://example.org/seed\nhopsFromSeed: L\n"


def write_warc(path: Path, captures: list[Capture], *, gzip: bool = True) -> Path:
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        writer.write_record(
            writer.create_warcinfo_record(
                path.name, {"software": "archiver tests", "format": "WARC File Format 1.1"}
            )
        )
        for c in captures:
            http = StatusAndHeaders(
                c.status, [("Content-Type", c.content_type), *c.headers], protocol="HTTP/1.1"
            )
            response = writer.create_warc_record(
                c.uri,
                "response",
                payload=io.BytesIO(c.body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": c.date},
            )
            req_http = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", c.uri.split("/")[2])], is_http_request=True
            )
            request = writer.create_warc_record(
                c.uri,
                "request",
                payload=io.BytesIO(b""),
                http_headers=req_http,
                warc_headers_dict={"WARC-Date": c.date},
            )
            writer.write_request_response_pair(request, response)
            if c.metadata is not None:
                meta = writer.create_warc_record(
                    c.uri,
                    "metadata",
                    payload=io.BytesIO(c.metadata),
                    warc_content_type="application/warc-fields",
                    warc_headers_dict={
                        "WARC-Date": c.date,
                        "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
                    },
                )
                writer.write_record(meta)
    return path


def record_spans(path: Path) -> list[tuple[int, int, str, str | None]]:
    """(offset, length, WARC-Type, Target-URI) of each record, as warcio frames a sound file.

    For a plain file the length includes the two CRLFs that end the record."""
    from warcio.archiveiterator import ArchiveIterator

    spans = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            uri = rec.rec_headers.get_header("WARC-Target-URI")
            kind = rec.rec_headers.get_header("WARC-Type")
            spans.append([it.get_record_offset(), it.get_record_length(), kind, uri])
    size = path.stat().st_size
    for i, span in enumerate(spans):  # each record runs to the next one (blank lines included)
        span[1] = (spans[i + 1][0] if i + 1 < len(spans) else size) - span[0]
    return [tuple(s) for s in spans]  # type: ignore[misc]


def article_html(title: str, words: int = 120) -> bytes:
    """A small news page with NewsArticle JSON-LD (an article by the documented rule)."""
    body = " ".join(f"word{i}" for i in range(words))
    return (
        f"<!doctype html><html lang=en><head><title>{title}</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        f'"@type":"NewsArticle","headline":"{title}"}}</script></head>'
        f"<body><article><h1>{title}</h1><p>{body}</p><p>{body}</p></article></body></html>"
    ).encode()


def warc_record(
    headers: list[tuple[str, str]], block: bytes, *, length: int | None = None
) -> bytes:
    """One plain WARC record written by hand (to give it headers warcio would refuse to write)."""
    lines = ["WARC/1.1", *(f"{k}: {v}" for k, v in headers)]
    lines.append(f"Content-Length: {len(block) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8") -> bytes:
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode("ascii") + body
