"""EXIF (TIFF IFD) reading and patching for ImageDescription, Artist and Copyright.

Patching never moves existing data: the new IFD0 is appended after the original TIFF
block and the header points to it, so every offset inside the block (Exif IFD, GPS IFD,
maker notes, the thumbnail of IFD1) stays valid and camera EXIF survives byte for byte.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from mediakit.metadata.model import clean_text

TAG_IMAGE_DESCRIPTION = 0x010E
TAG_ARTIST = 0x013B
TAG_COPYRIGHT = 0x8298
TAG_XMP = 700
TAG_IPTC = 33723
TAG_PHOTOSHOP = 34377
TAG_WIDTH = 256
TAG_HEIGHT = 257

TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
MAX_ENTRIES = 4096  # a sane IFD has a few hundred at most; more means garbage


class TiffError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Entry:
    tag: int
    type: int
    count: int
    field: bytes  # the 4-byte value/offset field as stored
    endian: str

    @property
    def size(self) -> int:
        return TYPE_SIZES.get(self.type, 1) * self.count


class TiffReader:
    """A bounds-checked reader of classic TIFF structures (BigTIFF is refused)."""

    def __init__(self, data: bytes):
        if len(data) < 8 or data[:2] not in (b"II", b"MM"):
            raise TiffError("not a TIFF/EXIF block (bad byte order mark)")
        self.data = data
        self.endian = "<" if data[:2] == b"II" else ">"
        magic, self.ifd0 = struct.unpack(self.endian + "HI", data[2:8])
        if magic == 43:
            raise TiffError("BigTIFF is not supported")
        if magic != 42:
            raise TiffError(f"not a TIFF/EXIF block (magic {magic})")

    def read_ifd(self, offset: int) -> tuple[list[Entry], int]:
        data, e = self.data, self.endian
        if offset < 8 or offset + 2 > len(data):
            raise TiffError(f"IFD offset {offset} outside the block")
        (count,) = struct.unpack(e + "H", data[offset:offset + 2])
        end = offset + 2 + 12 * count
        if count > MAX_ENTRIES or end + 4 > len(data):
            raise TiffError(f"IFD at {offset} is truncated ({count} entries)")
        entries = []
        for i in range(count):
            pos = offset + 2 + 12 * i
            tag, typ, n = struct.unpack(e + "HHI", data[pos:pos + 8])
            entries.append(Entry(tag, typ, n, data[pos + 8:pos + 12], e))
        (next_ifd,) = struct.unpack(e + "I", data[end:end + 4])
        return entries, next_ifd

    def value(self, entry: Entry) -> bytes:
        size = entry.size
        if size <= 4:
            return entry.field[:size]
        (offset,) = struct.unpack(self.endian + "I", entry.field)
        if offset + size > len(self.data):
            raise TiffError(f"tag {entry.tag} value runs past the end of the block")
        return self.data[offset:offset + size]

    def integer(self, entry: Entry) -> int | None:
        raw = self.value(entry)
        fmt = {1: "B", 3: "H", 4: "I", 8: "h", 9: "i"}.get(entry.type)
        if not fmt or not raw:
            return None
        return struct.unpack(self.endian + fmt, raw[:struct.calcsize(fmt)])[0]


def decode_text(raw: bytes, warnings: list[str], what: str) -> str | None:
    """EXIF ASCII as written in practice: UTF-8 (MWG), else Latin-1 with a warning.
    The string ends at its first NUL."""
    raw = raw.split(b"\0", 1)[0].rstrip(b" ")
    if not raw:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warnings.append(f"EXIF {what} is not UTF-8; read as Windows-1252")
    text = clean_text(text)
    return text or None


def split_artist(text: str) -> list[str]:
    """MWG: several creators in EXIF Artist are separated by '; '."""
    return [p.strip() for p in text.split(";") if p.strip()]


def join_artist(creators: list[str]) -> str:
    return "; ".join(creators)


def decode_exif(blob: bytes, warnings: list[str]) -> dict[str, Any]:
    """caption, creators and copyright from IFD0 of an EXIF/TIFF block."""
    out: dict[str, Any] = {}
    try:
        reader = TiffReader(blob)
        entries, _ = reader.read_ifd(reader.ifd0)
    except TiffError as exc:
        warnings.append(f"EXIF block unreadable: {exc}")
        return out
    for entry in entries:
        if entry.tag not in (TAG_IMAGE_DESCRIPTION, TAG_ARTIST, TAG_COPYRIGHT):
            continue
        try:
            raw = reader.value(entry)
        except TiffError as exc:
            warnings.append(f"EXIF: {exc}")
            continue
        if entry.tag == TAG_IMAGE_DESCRIPTION:
            if text := decode_text(raw, warnings, "ImageDescription"):
                out["caption"] = text
        elif entry.tag == TAG_ARTIST:
            if text := decode_text(raw, warnings, "Artist"):
                out["creators"] = split_artist(text)
        else:
            # "photographer copyright\0editor copyright" (EXIF 2.3, 4.6.5)
            parts = [decode_text(p, warnings, "Copyright") for p in raw.rstrip(b"\0").split(b"\0")]
            parts = [p for p in parts if p]
            if parts:
                out["copyright"] = "; ".join(parts)
    return out


# IFD0 tags EXIF requires of a JPEG (EXIF 2.32, 4.6.8): written into a new block only.
JPEG_REQUIRED = {
    0x011A: (5, 1, struct.pack("<II", 72, 1)),  # XResolution 72/1
    0x011B: (5, 1, struct.pack("<II", 72, 1)),  # YResolution
    0x0128: (3, 1, struct.pack("<H", 2)),  # ResolutionUnit: inches
    0x0213: (3, 1, struct.pack("<H", 1)),  # YCbCrPositioning: centred
}


def patch_exif(blob: bytes | None, texts: dict[int, str], for_jpeg: bool = False,
               remove: frozenset[int] = frozenset()) -> bytes:
    """The EXIF block with the given ASCII tags set (UTF-8, as MWG recommends).

    ``blob`` None builds a minimal little-endian block with only these tags (plus the
    tags EXIF requires in a JPEG when ``for_jpeg``).
    """
    encoded = {tag: (2, len(value.encode("utf-8")) + 1, value.encode("utf-8") + b"\0")
               for tag, value in texts.items()}
    if blob is None:
        base = bytearray(b"II*\0\0\0\0\0")
        endian, kept, next_ifd = "<", [], 0
        if for_jpeg:
            encoded = {**JPEG_REQUIRED, **encoded}
    else:
        reader = TiffReader(blob)  # raises TiffError: caller leaves the file untouched
        entries, next_ifd = reader.read_ifd(reader.ifd0)
        endian = reader.endian
        kept = [en for en in entries if en.tag not in encoded and en.tag not in remove]
        base = bytearray(blob)
    if len(base) % 2:
        base.append(0)
    ifd_offset = len(base)
    count = len(kept) + len(encoded)
    data_offset = ifd_offset + 2 + 12 * count + 4
    rows: list[tuple[int, bytes]] = [
        (en.tag, struct.pack(endian + "HHI", en.tag, en.type, en.count) + en.field) for en in kept
    ]
    data_area = bytearray()
    for tag, (typ, n, value) in encoded.items():
        if len(value) <= 4:
            field = value.ljust(4, b"\0")
        else:
            field = struct.pack(endian + "I", data_offset + len(data_area))
            data_area += value
            if len(data_area) % 2:
                data_area.append(0)
        rows.append((tag, struct.pack(endian + "HHI", tag, typ, n) + field))
    rows.sort(key=lambda r: r[0])  # TIFF wants entries in ascending tag order
    ifd = struct.pack(endian + "H", count) + b"".join(r[1] for r in rows) + struct.pack(endian + "I", next_ifd)
    base[4:8] = struct.pack(endian + "I", ifd_offset)
    return bytes(base + ifd + data_area)


def exif_texts(values: dict[str, Any]) -> dict[int, str]:
    """Our fields as EXIF tags (only those EXIF has)."""
    texts: dict[int, str] = {}
    if values.get("caption"):
        texts[TAG_IMAGE_DESCRIPTION] = values["caption"]
    if values.get("creators"):
        texts[TAG_ARTIST] = join_artist(values["creators"])
    if values.get("copyright"):
        texts[TAG_COPYRIGHT] = values["copyright"]
    return texts
