"""WebP (RIFF): EXIF and XMP chunks, with the VP8X header built or patched.

A simple file (a lone VP8 or VP8L chunk) gets a VP8X chunk whose canvas size comes
from the VP8/VP8L bitstream header; an extended file gets its EXIF/XMP flags set. The
image chunks (VP8, VP8L, ALPH, ANMF) and ICCP keep their bytes.
"""
from __future__ import annotations

import struct

from mediakit.metadata.base import Containers, strip_exif_prefix
from mediakit.metadata.model import MetadataError

FORMAT = "WEBP"
FLAG_ICC, FLAG_ALPHA, FLAG_EXIF, FLAG_XMP, FLAG_ANIM = 0x20, 0x10, 0x08, 0x04, 0x02
IMAGE_CHUNKS = (b"VP8 ", b"VP8L", b"ALPH", b"ANMF", b"ANIM", b"ICCP", b"VP8X")

Chunk = tuple[bytes, bytes]


def sniff(head: bytes) -> bool:
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP"


def split(data: bytes) -> tuple[list[Chunk], list[str], bool]:
    if not sniff(data[:12]):
        raise MetadataError("not a WebP file (no RIFF/WEBP header)")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = min(len(data), 8 + riff_size)
    warnings: list[str] = []
    complete = 8 + riff_size <= len(data)
    if not complete:
        warnings.append("WebP: file shorter than its RIFF size (truncated)")
    chunks: list[Chunk] = []
    pos = 12
    while pos + 8 <= end:
        fourcc, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        if pos + 8 + size > end:
            warnings.append(f"WebP: chunk {fourcc!r} truncated")
            return chunks, warnings, False
        chunks.append((fourcc, data[pos + 8:pos + 8 + size]))
        pos += 8 + size + (size % 2)
    return chunks, warnings, complete


def bitstream_size(chunks: list[Chunk]) -> tuple[int, int, bool] | None:
    """(width, height, has_alpha) from the first VP8/VP8L chunk."""
    for fourcc, body in chunks:
        if fourcc == b"VP8 " and len(body) >= 10 and body[3:6] == b"\x9d\x01\x2a":
            w, h = struct.unpack("<HH", body[6:10])
            return w & 0x3FFF, h & 0x3FFF, any(f == b"ALPH" for f, _ in chunks)
        if fourcc == b"VP8L" and len(body) >= 5 and body[0] == 0x2F:
            bits = int.from_bytes(body[1:5], "little")
            return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, bool((bits >> 28) & 1)
    return None


def read_containers(data: bytes) -> Containers:
    chunks, warnings, _ = split(data)
    out = Containers(FORMAT, warnings=warnings)
    for fourcc, body in chunks:
        if fourcc == b"VP8X" and len(body) >= 10:
            out.width = int.from_bytes(body[4:7], "little") + 1
            out.height = int.from_bytes(body[7:10], "little") + 1
        elif fourcc == b"EXIF" and out.exif is None:
            out.exif = strip_exif_prefix(body)
        elif fourcc == b"XMP " and not out.xmp:
            out.xmp.append(body)
    if out.width is None and (size := bitstream_size(chunks)):
        out.width, out.height = size[0], size[1]
    return out


def _chunk(fourcc: bytes, body: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def assemble(data: bytes, exif: bytes | None, xmp: bytes | None) -> bytes:
    chunks, warnings, complete = split(data)
    if not complete:
        raise MetadataError("; ".join(warnings) or "WebP file is incomplete")
    has_vp8x = any(f == b"VP8X" for f, _ in chunks)
    if not has_vp8x:
        size = bitstream_size(chunks)
        if size is None:
            raise MetadataError("WebP has neither VP8X nor a readable VP8/VP8L header")
        w, h, alpha = size
        flags = (FLAG_ALPHA if alpha else 0) | (FLAG_ICC if any(f == b"ICCP" for f, _ in chunks) else 0)
        vp8x = bytes([flags, 0, 0, 0]) + (w - 1).to_bytes(3, "little") + (h - 1).to_bytes(3, "little")
        chunks.insert(0, (b"VP8X", vp8x))
    kept = [(f, b) for f, b in chunks if not ((f == b"EXIF" and exif is not None) or (f == b"XMP " and xmp is not None))]
    final_exif = exif if exif is not None else next((b for f, b in kept if f == b"EXIF"), None)
    final_xmp = xmp if xmp is not None else next((b for f, b in kept if f == b"XMP "), None)
    kept = [(f, b) for f, b in kept if f not in (b"EXIF", b"XMP ")]
    at = max(i for i, (f, _) in enumerate(kept) if f in IMAGE_CHUNKS) + 1
    extra = ([(b"EXIF", final_exif)] if final_exif is not None else []) + (
        [(b"XMP ", final_xmp)] if final_xmp is not None else [])
    kept[at:at] = extra
    out = bytearray()
    for fourcc, body in kept:
        if fourcc == b"VP8X":
            flags = body[0] & ~(FLAG_EXIF | FLAG_XMP)
            flags |= (FLAG_EXIF if final_exif is not None else 0) | (FLAG_XMP if final_xmp is not None else 0)
            body = bytes([flags]) + body[1:]
        out += _chunk(fourcc, body)
    return b"RIFF" + struct.pack("<I", 4 + len(out)) + b"WEBP" + bytes(out)


def image_data(data: bytes) -> bytes:
    chunks, _, _ = split(data)
    return b"".join(_chunk(f, b) for f, b in chunks if f in (b"VP8 ", b"VP8L", b"ALPH", b"ANMF"))
