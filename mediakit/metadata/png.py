"""PNG: XMP in an iTXt chunk ``XML:com.adobe.xmp``, EXIF in eXIf.

Writing removes the old XMP iTXt and eXIf chunks and puts new ones just before the
first IDAT; every other chunk (IHDR, iCCP, PLTE, IDAT ...) keeps its bytes.
"""
from __future__ import annotations

import struct
import zlib

from mediakit.metadata.base import Containers, strip_exif_prefix
from mediakit.metadata.model import MetadataError

FORMAT = "PNG"
SIGNATURE = b"\x89PNG\r\n\x1a\n"
XMP_KEYWORD = b"XML:com.adobe.xmp"
MAX_INFLATE = 16 * 1024 * 1024  # a compressed text chunk may not inflate past this

Chunk = tuple[bytes, bytes]  # type, data


def sniff(head: bytes) -> bool:
    return head[:8] == SIGNATURE


def split(data: bytes) -> tuple[list[Chunk], list[str], bool]:
    """Chunks in order, warnings, and whether the file was complete (IEND reached)."""
    if data[:8] != SIGNATURE:
        raise MetadataError("not a PNG file (bad signature)")
    chunks: list[Chunk] = []
    warnings: list[str] = []
    pos = 8
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 8 + length + 4
        if end > len(data):
            warnings.append(f"PNG: chunk {ctype!r} truncated")
            return chunks, warnings, False
        body = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[end - 4:end])
        if zlib.crc32(ctype + body) != crc:
            warnings.append(f"PNG: chunk {ctype.decode('latin-1')} has a bad CRC")
        chunks.append((ctype, body))
        pos = end
        if ctype == b"IEND":
            return chunks, warnings, True
    warnings.append("PNG: file ends without IEND (truncated)")
    return chunks, warnings, False


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, MAX_INFLATE)
    if d.unconsumed_tail:
        raise ValueError("compressed text chunk inflates past the limit")
    return out


def parse_itxt(body: bytes) -> tuple[bytes, str] | None:
    """(keyword, text) of an iTXt chunk, or None when malformed."""
    try:
        keyword, rest = body.split(b"\0", 1)
        flag, method = rest[0], rest[1]
        _lang, rest = rest[2:].split(b"\0", 1)
        _translated, text = rest.split(b"\0", 1)
        if flag:
            if method != 0:
                return None
            text = _inflate(text)
        return keyword, text.decode("utf-8")
    except (ValueError, IndexError, zlib.error, UnicodeDecodeError):
        return None


def parse_text_chunk(ctype: bytes, body: bytes) -> tuple[bytes, str] | None:
    """(keyword, text) of a tEXt, zTXt or iTXt chunk, or None when malformed."""
    if ctype == b"iTXt":
        return parse_itxt(body)
    try:
        keyword, rest = body.split(b"\0", 1)
        if ctype == b"zTXt":
            if rest[:1] != b"\0":
                return None
            rest = _inflate(rest[1:])
        return keyword, rest.decode("latin-1")
    except (ValueError, zlib.error):
        return None


RAW_PROFILES = {b"Raw profile type exif": "exif", b"Raw profile type APP1": "exif",
                b"Raw profile type iptc": "iptc", b"Raw profile type xmp": "xmp"}


def raw_profile(text: str) -> bytes | None:
    """ImageMagick's hex "raw profile": a blank line, the name, the length, hex lines."""
    lines = text.strip().split("\n")
    try:
        length = int(lines[1].strip())
        data = bytes.fromhex("".join(line.strip() for line in lines[2:]))
    except (IndexError, ValueError):
        return None
    return data[:length] if len(data) >= length else None


def _apply_raw_profile(out: Containers, kind: str, data: bytes) -> None:
    from mediakit.metadata.iptc import iim_from_irb, parse_irb

    if kind == "exif" and out.exif is None:
        out.exif = strip_exif_prefix(data)
    elif kind == "xmp" and not out.xmp:
        out.xmp.append(data)
    elif kind == "iptc" and out.iim is None:
        if data.startswith(b"8BIM"):
            out.iim, out.iim_digest = iim_from_irb(parse_irb(data, out.warnings))
        else:
            out.iim = data


def make_itxt(keyword: bytes, text: bytes) -> bytes:
    return keyword + b"\0\0\0\0\0" + text


def read_containers(data: bytes) -> Containers:
    chunks, warnings, _ = split(data)
    out = Containers(FORMAT, warnings=warnings)
    for ctype, body in chunks:
        if ctype == b"IHDR" and len(body) >= 8:
            out.width, out.height = struct.unpack(">II", body[:8])
        elif ctype == b"eXIf" and out.exif is None:
            out.exif = strip_exif_prefix(body)
        elif ctype == b"iTXt" and body.startswith(XMP_KEYWORD + b"\0"):
            parsed = parse_itxt(body)
            if parsed is None:
                out.warnings.append("PNG: malformed XMP iTXt chunk")
            elif not out.xmp:
                out.xmp.insert(0, parsed[1].encode("utf-8"))
        elif ctype in (b"tEXt", b"zTXt", b"iTXt") and body.startswith(b"Raw profile type "):
            # Written by ImageMagick: read them, but never write them (eXIf/iTXt are standard).
            parsed = parse_text_chunk(ctype, body)
            kind = RAW_PROFILES.get(parsed[0]) if parsed else None
            data = raw_profile(parsed[1]) if parsed and kind else None
            if kind and data is None:
                out.warnings.append(f"PNG: malformed {parsed[0].decode('latin-1')} chunk")
            elif kind:
                _apply_raw_profile(out, kind, data)
    return out


def _chunk_bytes(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def assemble(data: bytes, exif: bytes | None, xmp: bytes | None) -> bytes:
    """Chunks copied as stored (raw bytes, CRC included) except eXIf/XMP, replaced."""
    if data[:8] != SIGNATURE:
        raise MetadataError("not a PNG file (bad signature)")
    out = bytearray(SIGNATURE)
    pos = 8
    inserted = False
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        body = data[pos + 8:pos + 8 + length]
        replace = (ctype == b"eXIf" and exif is not None) or (
            ctype == b"iTXt" and xmp is not None and body.startswith(XMP_KEYWORD + b"\0"))
        if ctype == b"IDAT" and not inserted:
            if exif is not None:
                out += _chunk_bytes(b"eXIf", exif)
            if xmp is not None:
                out += _chunk_bytes(b"iTXt", make_itxt(XMP_KEYWORD, xmp))
            inserted = True
        if not replace:
            out += data[pos:end]
        pos = end
    if not inserted:
        raise MetadataError("PNG has no IDAT chunk")
    return bytes(out)


def image_data(data: bytes) -> bytes:
    chunks, _, _ = split(data)
    return b"".join(body for ctype, body in chunks if ctype == b"IDAT")
