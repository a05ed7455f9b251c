"""JPEG: metadata segments before the first SOS; everything from SOS on is copied as is.

Read: APP1 Exif, APP1 XMP (+ extended XMP), APP13 Photoshop IRB (IIM and its digest),
SOFn for width and height. Write: the header segments are rebuilt with new Exif, XMP
and APP13 segments; every other segment (ICC profile in APP2, JFIF, Adobe, quantisation
and Huffman tables, SOF) and the scan data keep their bytes.
"""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from mediakit.metadata.base import Containers
from mediakit.metadata.iptc import PHOTOSHOP_HEADER, iim_from_irb, parse_irb
from mediakit.metadata.model import MetadataError

FORMAT = "JPEG"
EXIF_HEADER = b"Exif\x00\x00"
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
EXT_XMP_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
APP0, APP1, APP2, APP13, SOS, EOI = 0xE0, 0xE1, 0xE2, 0xED, 0xDA, 0xD9
SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
MAX_PAYLOAD = 65533  # segment length field counts itself
EXT_CHUNK = MAX_PAYLOAD - len(EXT_XMP_HEADER) - 32 - 8


@dataclass(slots=True)
class Segment:
    marker: int
    payload: bytes


@dataclass(slots=True)
class Parsed:
    segments: list[Segment]
    tail: bytes | memoryview  # from SOS to the end: compressed data, never touched (nor copied)
    warnings: list[str]
    complete: bool  # False when the header was cut short


def sniff(head: bytes) -> bool:
    return head[:3] == b"\xff\xd8\xff"


def split(data: bytes, end: bytes | None = None) -> Parsed:
    """Header segments and the rest. ``end`` is the last bytes of the file when ``data``
    is only its beginning (reading metadata without loading the image data)."""
    if data[:2] != b"\xff\xd8":
        raise MetadataError("not a JPEG file (no SOI marker)")
    segments: list[Segment] = []
    warnings: list[str] = []
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            warnings.append(f"JPEG: garbage at offset {pos} before the image data")
            return Parsed(segments, b"", warnings, False)
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= len(data):
            break
        marker = data[pos]
        pos += 1
        if marker in STANDALONE:
            segments.append(Segment(marker, b""))
            continue
        if marker in (SOS, EOI):
            last = (data[-64:] if end is None else end).rstrip(b"\0")[-2:]
            if last != b"\xff\xd9":
                warnings.append("JPEG: no EOI marker at the end (image data may be truncated)")
            return Parsed(segments, memoryview(data)[pos - 2:], warnings, True)
        if pos + 2 > len(data):
            break
        (length,) = struct.unpack(">H", data[pos:pos + 2])
        if length < 2 or pos + length > len(data):
            warnings.append(f"JPEG: segment 0x{marker:02X} at {pos - 2} is truncated")
            return Parsed(segments, b"", warnings, False)
        segments.append(Segment(marker, data[pos + 2:pos + length]))
        pos += length
    warnings.append("JPEG: file ends before the image data (truncated)")
    return Parsed(segments, b"", warnings, False)


def _is(seg: Segment, marker: int, header: bytes) -> bool:
    return seg.marker == marker and seg.payload.startswith(header)


def _extended_xmp(segments: list[Segment], guid: str | None, warnings: list[str]) -> bytes | None:
    chunks: dict[int, bytes] = {}
    total = None
    for seg in segments:
        if not _is(seg, APP1, EXT_XMP_HEADER):
            continue
        body = seg.payload[len(EXT_XMP_HEADER):]
        if len(body) < 40 or body[:32].decode("latin-1") != guid:
            continue
        total, offset = struct.unpack(">II", body[32:40])
        chunks[offset] = body[40:]
    if not chunks or total is None:
        if guid:
            warnings.append("XMP: extended XMP announced but missing")
        return None
    data = b"".join(chunks[k] for k in sorted(chunks))
    if len(data) != total:
        warnings.append("XMP: extended XMP incomplete")
        return None
    if hashlib.md5(data).hexdigest().upper() != guid.upper():
        warnings.append("XMP: extended XMP digest does not match its GUID")
    return data


def containers_of(parsed: Parsed) -> Containers:
    from mediakit.metadata.xmp import extended_guid

    out = Containers(FORMAT, warnings=list(parsed.warnings))
    irb = b""
    for seg in parsed.segments:
        if seg.marker in SOF_MARKERS and len(seg.payload) >= 5 and out.width is None:
            out.height, out.width = struct.unpack(">HH", seg.payload[1:5])
        elif _is(seg, APP1, EXIF_HEADER) and out.exif is None:
            out.exif = seg.payload[len(EXIF_HEADER):]
        elif seg.marker == APP1 and seg.payload[:4] == b"Exif" and out.exif is None:
            out.exif = seg.payload[6:]  # "Exif\0\xff" and other sloppy padding
        elif _is(seg, APP1, XMP_HEADER) and not out.xmp:
            out.xmp.append(seg.payload[len(XMP_HEADER):])
        elif _is(seg, APP13, PHOTOSHOP_HEADER):
            irb += seg.payload[len(PHOTOSHOP_HEADER):]  # an IRB may span several APP13
    if out.xmp:
        guid = extended_guid(out.xmp[0])
        if guid and (ext := _extended_xmp(parsed.segments, guid, out.warnings)):
            out.xmp.append(ext)
    if irb:
        out.iim, out.iim_digest = iim_from_irb(parse_irb(irb, out.warnings))
    return out


def read_containers(data: bytes) -> Containers:
    return containers_of(split(data))


def read_head(head: bytes, end: bytes) -> Containers | None:
    """Containers from the first bytes of a file, or None when the header is longer."""
    parsed = split(head, end)
    return containers_of(parsed) if parsed.complete else None


def old_irb(parsed: Parsed, warnings: list[str]):
    irb = b"".join(s.payload[len(PHOTOSHOP_HEADER):] for s in parsed.segments if _is(s, APP13, PHOTOSHOP_HEADER))
    return parse_irb(irb, warnings) if irb else []


def _segment_bytes(seg: Segment) -> bytes:
    if seg.marker in STANDALONE:
        return bytes([0xFF, seg.marker])
    if len(seg.payload) > MAX_PAYLOAD:
        raise MetadataError(f"JPEG segment 0x{seg.marker:02X} would exceed 64 KB")
    return bytes([0xFF, seg.marker]) + struct.pack(">H", len(seg.payload) + 2) + seg.payload


def xmp_segments(main: bytes, extended: bytes | None) -> list[Segment]:
    out = [Segment(APP1, XMP_HEADER + main)]
    if extended:
        guid = hashlib.md5(extended).hexdigest().upper().encode("ascii")
        for offset in range(0, len(extended), EXT_CHUNK):
            out.append(Segment(APP1, EXT_XMP_HEADER + guid + struct.pack(">II", len(extended), offset)
                               + extended[offset:offset + EXT_CHUNK]))
    return out


def irb_segments(irb: bytes) -> list[Segment]:
    room = MAX_PAYLOAD - len(PHOTOSHOP_HEADER)
    return [Segment(APP13, PHOTOSHOP_HEADER + irb[i:i + room]) for i in range(0, len(irb), room)] or []


def _check_mpf(old: list[Segment], kept: list[Segment]) -> None:
    """Offsets in an MPF segment (multi-picture files) count from the MPF segment
    itself: new segments go before it, so only a removed segment after it would shift
    the following pictures. Refuse that case rather than break the file."""
    mpf = next((i for i, seg in enumerate(old) if _is(seg, APP2, b"MPF\0")), None)
    if mpf is None:
        return
    kept_ids = {id(seg) for seg in kept}
    if any(id(seg) not in kept_ids for seg in old[mpf + 1:]):
        raise MetadataError("metadata segments after the MPF (multi-picture) segment: "
                            "rewriting would break the offsets of the other pictures")


def assemble_header(parsed: Parsed, exif: bytes | None, xmp: list[Segment], irb: bytes | None) -> bytes:
    """The new header (SOI and every segment before SOS) with Exif/XMP/APP13 replaced
    (None keeps the old one) and all else as is; the scan data follows unchanged."""
    drop_exif = exif is not None
    kept: list[Segment] = []
    exif_seen = False
    for seg in parsed.segments:
        if _is(seg, APP1, XMP_HEADER) or _is(seg, APP1, EXT_XMP_HEADER):
            if xmp:
                continue
        elif _is(seg, APP13, PHOTOSHOP_HEADER):
            if irb is not None:
                continue
        elif seg.marker == APP1 and seg.payload[:4] == b"Exif" and not exif_seen:
            exif_seen = True
            if drop_exif:
                continue
        kept.append(seg)
    _check_mpf(parsed.segments, kept)
    at = 0
    while at < len(kept) and kept[at].marker == APP0:  # JFIF/JFXX stay first
        at += 1
    new: list[Segment] = []
    if exif is not None:
        new.append(Segment(APP1, EXIF_HEADER + exif))
    new += xmp
    if irb is not None:
        new += irb_segments(irb)
    segments = kept[:at] + new + kept[at:]
    return b"\xff\xd8" + b"".join(_segment_bytes(s) for s in segments)


def assemble(parsed: Parsed, exif: bytes | None, xmp: list[Segment], irb: bytes | None) -> bytes:
    """The whole new file as one bytes object (see ``assemble_header``)."""
    return assemble_header(parsed, exif, xmp, irb) + parsed.tail


def image_data(data: bytes) -> bytes:
    """The compressed image data (from SOS on) for the losslessness checks."""
    return bytes(split(data).tail)
