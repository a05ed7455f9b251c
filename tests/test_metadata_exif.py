"""EXIF IFD0: decoding our three tags and patching them without moving anything else."""
from __future__ import annotations

import struct
from dataclasses import dataclass

import pytest

from mediakit.metadata import exif


def tiff(endian: str, entries: list[tuple[int, int, bytes]]) -> bytes:
    """A one-IFD TIFF block; values longer than 4 bytes go after the IFD."""
    mark = b"II*\x00" if endian == "<" else b"MM\x00*"
    out = bytearray(mark + struct.pack(endian + "I", 8))
    data_at = 8 + 2 + 12 * len(entries) + 4
    ifd, data = bytearray(struct.pack(endian + "H", len(entries))), bytearray()
    for tag, typ, value in entries:
        size = {2: 1, 3: 2, 4: 4, 7: 1}[typ]
        field = value.ljust(4, b"\0") if len(value) <= 4 else struct.pack(endian + "I", data_at + len(data))
        if len(value) > 4:
            data += value + (b"\0" if len(value) % 2 else b"")
        ifd += struct.pack(endian + "HHI", tag, typ, len(value) // size) + field
    return bytes(out + ifd + struct.pack(endian + "I", 0) + data)


@dataclass(frozen=True)
class Example:
    note: str
    entries: list
    expected: dict
    warns: bool = False


DECODE = [
    Example("utf-8 description", [(0x010E, 2, "Été\0".encode())], {"caption": "Été"}),
    Example("ends at the first NUL", [(0x010E, 2, b"Caption\0junk\0")], {"caption": "Caption"}),
    Example("artist list", [(0x013B, 2, b"Ann; Bob;\0")], {"creators": ["Ann", "Bob"]}),
    Example("photographer and editor copyright", [(0x8298, 2, b"(c) Ann\0(c) Desk\0")], {"copyright": "(c) Ann; (c) Desk"}),
    Example("latin-1 with a warning", [(0x013B, 2, "José\0".encode("latin-1"))], {"creators": ["José"]}, True),
    Example("blank values ignored", [(0x010E, 2, b"   \0"), (0x013B, 2, b"\0")], {}),
    Example("control characters dropped", [(0x010E, 2, b"a\x01b\x07c\0")], {"caption": "abc"}),
]


@pytest.mark.parametrize("endian", ["<", ">"], ids=["II", "MM"])
@pytest.mark.parametrize("ex", DECODE, ids=lambda e: e.note)
def test_decode(ex: Example, endian: str) -> None:
    warnings: list[str] = []
    assert exif.decode_exif(tiff(endian, ex.entries), warnings) == ex.expected
    assert bool(warnings) == ex.warns


@pytest.mark.parametrize("endian", ["<", ">"], ids=["II", "MM"])
def test_patch_keeps_every_other_entry_and_offset(endian: str) -> None:
    make = b"Nikon Corporation\0"
    old = tiff(endian, [(0x010F, 2, make), (0x0112, 3, struct.pack(endian + "H", 6)),
                        (0x8769, 4, struct.pack(endian + "I", 1234)), (0x010E, 2, b"old caption\0")])
    new = exif.patch_exif(old, {exif.TAG_IMAGE_DESCRIPTION: "nouvelle légende", exif.TAG_ARTIST: "Ann; Bob"})
    assert new[:4] == old[:4] and new[8:len(old)] == old[8:]  # the old block is still there, unmoved
    reader = exif.TiffReader(new)
    entries, _ = reader.read_ifd(reader.ifd0)
    by_tag = {e.tag: e for e in entries}
    assert [e.tag for e in entries] == sorted(by_tag)
    assert reader.value(by_tag[0x010F]) == make
    assert reader.integer(by_tag[0x0112]) == 6
    assert reader.integer(by_tag[0x8769]) == 1234  # the Exif IFD pointer is unchanged
    assert exif.decode_exif(new, []) == {"caption": "nouvelle légende", "creators": ["Ann", "Bob"]}


def test_new_block_for_jpeg_has_the_required_tags() -> None:
    new = exif.patch_exif(None, {exif.TAG_COPYRIGHT: "(c) AP"}, for_jpeg=True)
    reader = exif.TiffReader(new)
    tags = {e.tag for e in reader.read_ifd(reader.ifd0)[0]}
    assert tags == {0x011A, 0x011B, 0x0128, 0x0213, exif.TAG_COPYRIGHT}


BROKEN = [
    ("bad byte order", b"XX*\x00\x08\x00\x00\x00"),
    ("bigtiff", b"II+\x00\x08\x00\x00\x00"),
    ("ifd past the end", b"II*\x00\xff\x00\x00\x00"),
    ("entry count past the end", b"II*\x00\x08\x00\x00\x00\xff\x00"),
]


@pytest.mark.parametrize("note,blob", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_blocks(note: str, blob: bytes) -> None:
    warnings: list[str] = []
    assert exif.decode_exif(blob, warnings) == {}
    assert warnings and "EXIF" in warnings[0]
    with pytest.raises(exif.TiffError):
        exif.patch_exif(blob, {exif.TAG_ARTIST: "x"})


def test_value_offset_past_the_end_is_a_warning() -> None:
    blob = bytearray(tiff("<", [(0x010E, 2, b"a long caption\0")]))
    blob = bytes(blob[:-6])  # cut inside the value
    warnings: list[str] = []
    assert exif.decode_exif(blob, warnings) == {}
    assert "past the end" in warnings[0]
