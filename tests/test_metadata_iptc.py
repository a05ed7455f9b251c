"""IPTC-IIM datasets, the 1:90 character set, length limits, Photoshop IRB and digest."""
from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediakit import metadata
from mediakit.metadata import iptc, jpeg
from test_metadata_support import exiftool_json, exiftool_path, make_image


def dataset(record: int, number: int, value: bytes) -> bytes:
    return bytes([0x1C, record, number]) + struct.pack(">H", len(value)) + value


@dataclass(frozen=True)
class Example:
    note: str
    block: bytes
    expected: dict
    warns: bool = False


DECODE = [
    # UTF-8 declared with 1:90, as mediakit and Photoshop write it
    Example("utf8 declared", dataset(1, 90, b"\x1b%G") + dataset(2, 120, "Été à Kyiv — Київ".encode()),
            {"caption": "Été à Kyiv — Київ"}),
    # Old files: no 1:90, bytes in Latin-1 (MWG: UTF-8 when valid, else local charset)
    Example("latin-1 without 1:90", dataset(2, 80, "José Pérez".encode("latin-1")), {"creators": ["José Pérez"]}),
    Example("utf-8 without 1:90", dataset(2, 110, "Agência Brasil".encode()), {"credit": "Agência Brasil"}),
    # By-line is repeatable; the order is kept
    Example("repeatable by-line", dataset(2, 80, b"Ann") + dataset(2, 80, b"Bob"), {"creators": ["Ann", "Bob"]}),
    Example("all five", b"".join([dataset(2, 120, b"c"), dataset(2, 80, b"p"), dataset(2, 110, b"cr"),
                                  dataset(2, 115, b"AP"), dataset(2, 116, b"(c) AP")]),
            {"caption": "c", "creators": ["p"], "credit": "cr", "source": "AP", "copyright": "(c) AP"}),
    # Malformed: what came before the damage is kept, with a warning
    Example("truncated dataset", dataset(2, 110, b"AFP") + b"\x1c\x02\x78\x00\x40short",
            {"credit": "AFP", "caption": "short"}, warns=True),
    Example("garbage after datasets", dataset(2, 115, b"Reuters") + b"\x00\x07junk", {"source": "Reuters"}, warns=True),
    Example("utf8 declared, bad bytes", dataset(1, 90, b"\x1b%G") + dataset(2, 120, b"caf\xe9"),
            {"caption": "caf\ufffd"}, warns=True),
]


@pytest.mark.parametrize("ex", DECODE, ids=lambda e: e.note)
def test_decode_iim(ex: Example) -> None:
    warnings: list[str] = []
    assert iptc.decode_iim(ex.block, warnings) == ex.expected
    assert bool(warnings) == ex.warns, warnings


TRUNCATE = [
    ("ascii under the limit", "Reuters", 32, b"Reuters"),
    ("ascii over", "A" * 40, 32, b"A" * 32),
    ("two-byte letters cut between bytes", "é" * 20, 31, "é" * 15),
    ("cjk cut inside a character", "新华社记者李明摄影报道", 32, "新华社记者李明摄影报"),
    ("emoji", "📷" * 10, 9, "📷" * 2),
]


@pytest.mark.parametrize("note,text,limit,expected", TRUNCATE, ids=[t[0] for t in TRUNCATE])
def test_truncate_on_utf8_boundary(note: str, text: str, limit: int, expected) -> None:
    expected = expected if isinstance(expected, bytes) else expected.encode()
    out = iptc.truncate_utf8(text, limit)
    assert out == expected and len(out) <= limit
    out.decode("utf-8")  # always valid UTF-8


def test_encode_keeps_other_datasets_and_recodes_them_to_utf8() -> None:
    old = dataset(2, 0, b"\x00\x02") + dataset(2, 25, "Café".encode("latin-1")) + dataset(2, 120, b"old caption")
    warnings: list[str] = []
    new = iptc.encode_iim(old, {"caption": "new caption", "creators": ["A", "B"]}, warnings)
    parsed = iptc.parse_iim(new, warnings)
    assert (1, 90, b"\x1b%G") in parsed
    assert (2, 25, "Café".encode()) in parsed  # keyword kept, now UTF-8
    assert (2, 0, b"\x00\x02") in parsed  # record version kept
    assert [v for r, n, v in parsed if (r, n) == (2, 120)] == [b"new caption"]
    assert [v for r, n, v in parsed if (r, n) == (2, 80)] == [b"A", b"B"]
    numbers = [n for r, n, _ in parsed if r == 2]
    assert numbers == sorted(numbers) and numbers[0] == 0
    assert not warnings


def test_irb_round_trip_and_digest() -> None:
    iim = dataset(2, 120, b"caption")
    resources = [(b"8BIM", 0x03ED, b"\x00\x00", b"\x00" * 16), (b"8BIM", 0x0404, b"\x00\x00", b"odd")]
    rebuilt = iptc.irb_with_iim(resources, iim)
    block = iptc.build_irb(rebuilt)
    parsed = iptc.parse_irb(block, [])
    assert parsed[0] == resources[0]  # unrelated resource kept, in place
    got_iim, digest = iptc.iim_from_irb(parsed)
    assert got_iim == iim and digest == hashlib.md5(iim).digest()
    assert iptc.digest_state(got_iim, digest) == "match"
    assert iptc.digest_state(got_iim + dataset(2, 110, b"x"), digest) == "mismatch"
    assert iptc.digest_state(got_iim, None) == "absent"
    assert iptc.digest_state(None, None) is None


def test_long_values_cut_in_iim_but_whole_in_xmp(tmp_path: Path) -> None:
    path = tmp_path / "long.jpg"
    path.write_bytes(make_image("JPEG"))
    fields = {
        "caption": "Légende " * 300,  # > 2000 bytes
        "creators": ["Maximilian Alexander von Habsburg-Lothringen"],  # > 32 bytes
        "credit": "Agence France-Presse / Getty Images Europe",
        "copyright": "©" * 100,  # 200 bytes in UTF-8 > 128
    }
    fields = metadata.model.normalize_fields(fields)
    result = metadata.write(path, fields)
    assert sum("cut to" in w for w in result.warnings) == 4
    record = metadata.read(path)
    assert record.fields() == fields  # reconciled values are whole (EXIF/XMP)
    iim = record.sources["iptc"]
    assert len(iim["caption"].encode()) <= 2000 and fields["caption"].startswith(iim["caption"])
    assert len(iim["creators"][0].encode()) <= 32
    assert iim["copyright"] == "©" * 64
    assert not record.conflicts, "a cut IIM value is not a conflict"
    if exiftool_path():
        tags = exiftool_json(path)
        assert tags["XMP-dc:Description"] == fields["caption"]
        assert not any(k.endswith(":Warning") for k in tags)


def test_irb_spanning_two_app13_segments(tmp_path: Path) -> None:
    """An IRB bigger than one segment (large thumbnail resource) is split and joined."""
    base = make_image("JPEG")
    big = (b"8BIM", 0x0409, b"\x00\x00", bytes(range(256)) * 300)  # ~77 KB
    irb = iptc.build_irb([big])
    parsed = jpeg.split(base)
    data = jpeg.assemble(parsed, None, [], irb)
    assert data.count(iptc.PHOTOSHOP_HEADER) == 2
    path = tmp_path / "big.jpg"
    path.write_bytes(data)
    metadata.write(path, {"credit": "AP"})
    parsed = jpeg.split(path.read_bytes())
    resources = jpeg.old_irb(parsed, [])
    assert resources[0] == big
    assert metadata.read(path).credit == "AP"
