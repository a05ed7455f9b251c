"""Small fixture documents and archives for the input/batch/Spark tests (all our own text).

Also a stand-in extractor (``fixture_extract``) that reads the <title>, <p> and
<figure> of the fixture pages: the batch tests check ordering, provenance, counts and
error handling, which must not depend on the real extractors being written elsewhere.
"""
from __future__ import annotations

import gzip
import html as html_lib
import io
import re
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from mediakit.model import Article, Image


def page(n: int, *, title: str | None = None, caption: str | None = None) -> bytes:
    title = title or f"Fixture page {n}"
    caption = caption or f"Harbour scene number {n}."
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>First paragraph of fixture article {n}, long enough to read as body text.</p>"
        f"<figure><img src='/img/{n}.jpg' alt='Picture {n}'>"
        f"<figcaption>{caption} Photo: Jane Doe/AFP</figcaption></figure>"
        f"<p>Second paragraph of fixture article {n}.</p></article></body></html>"
    ).encode("utf-8")


def text_doc(n: int) -> bytes:
    return f"Plain fixture story {n}\n\nA paragraph of plain text number {n}.\n".encode("utf-8")


_TITLE = re.compile(rb"<title>(.*?)</title>", re.S | re.I)
_P = re.compile(rb"<p>(.*?)</p>", re.S | re.I)
_FIGURE = re.compile(rb"<img src='([^']*)' alt='([^']*)'>\s*<figcaption>(.*?)</figcaption>", re.S | re.I)


def fixture_extract(data, kind="auto", url=None, *, source=None, registry=None) -> Article:
    """A stand-in extractor for the fixture pages above (and plain text)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    if kind == "text" or (kind == "auto" and not data.lstrip().startswith(b"<")):
        lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
        return Article(source=source, kind="text", url=url, title=lines[0] if lines else None, body=lines[1:])
    title = _TITLE.search(data)
    images = [Image(src=_absolute(src.decode(), url), alt=alt.decode(), caption=cap.decode(), found_in=["figcaption"])
              for src, alt, cap in _FIGURE.findall(data)]
    return Article(source=source, kind="html", url=url,
                   title=html_lib.unescape(title.group(1).decode()) if title else None,
                   body=[p.decode() for p in _P.findall(data)], images=images)


def _absolute(src: str, base: str | None) -> str:
    if base and src.startswith("/"):
        from urllib.parse import urljoin
        return urljoin(base, src)
    return src


def stalling_extract(data, kind="auto", url=None, *, source=None, registry=None) -> Article:
    """Hangs on documents containing HANG, raises on BOOM, dies on CRASH, else as ``fixture_extract``."""
    if b"HANG" in data:
        time.sleep(3600)
    if b"BOOM" in data:
        raise RuntimeError("extractor exploded")
    if b"CRASH" in data:
        import os
        os._exit(3)  # a worker dying outright (as when the kernel kills it for memory)
    return fixture_extract(data, kind, url, source=source, registry=registry)


def slow_extract(data, kind="auto", url=None, *, source=None, registry=None) -> Article:
    time.sleep(0.02)
    return fixture_extract(data, kind, url, source=source, registry=registry)


# --------------------------------------------------------------------------- archives


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def write_tar(path: Path, members: dict[str, bytes], mode: str) -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
            .encode("ascii") + body)


def write_warc(path: Path, records: list[tuple], gzipped: bool = True) -> Path:
    """``records``: (type, uri, body, content_type, status) tuples; type response/revisit/request/resource."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzipped)
        for rec_type, uri, body, content_type, status in records:
            if rec_type in ("response", "revisit"):
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(body), http_headers=http)
            elif rec_type == "request":
                http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example.org")], is_http_request=True)
                record = writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=http)
            else:
                record = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(body),
                                                   warc_content_type=content_type)
            writer.write_record(record)
    return path


def write_arc(path: Path, pages: list[tuple[str, bytes]], gzipped: bool = False) -> Path:
    """A version-1 ARC file holding HTTP responses for ``pages`` (one gzip member per record)."""
    body = b"1 0 Fixture Archive\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [f"filedesc://{path.name} 0.0.0.0 20240101000000 text/plain {len(body)}\n".encode() + body + b"\n"]
    for uri, html in pages:
        payload = http_response(html)
        records.append(f"{uri} 192.0.2.1 20240101000000 text/html {len(payload)}\n".encode() + payload + b"\n")
    path.write_bytes(b"".join(gzip.compress(r) if gzipped else r for r in records))
    return path


def standard_warc_records(count: int = 3) -> list[tuple]:
    """Pages 1..count with, in between, records a batch must count and skip."""
    records: list[tuple] = []
    for n in range(1, count + 1):
        uri = f"https://news.example.org/story/{n}"
        records.append(("request", uri, b"", None, None))
        records.append(("response", uri, page(n), "text/html; charset=utf-8", "200 OK"))
        records.append(("response", f"https://news.example.org/img/{n}.jpg", b"\xff\xd8\xff\xe0fakejpeg", "image/jpeg", "200 OK"))
    records.append(("revisit", "https://news.example.org/story/1", b"", "text/html", "200 OK"))
    records.append(("response", "https://news.example.org/missing", b"<html>gone</html>", "text/html", "404 Not Found"))
    records.append(("response", "https://news.example.org/site.css", b"body{}", "text/css", "200 OK"))
    return records


def run_cli_with(extractor_name: str, argv: list[str]) -> int:
    """Run ``mediakit`` with the real extractor replaced (for subprocess tests)."""
    import mediakit.batch.runner as runner
    fake = getattr(sys.modules[__name__], extractor_name)
    runner.default_extractor = lambda: fake  # type: ignore[assignment]
    from mediakit.cli.main import main
    return main(argv)


if __name__ == "__main__":
    sys.exit(run_cli_with(sys.argv[1], sys.argv[2:]))
