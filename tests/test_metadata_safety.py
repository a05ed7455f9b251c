"""Bad input: truncated files, malformed segments, hostile sizes. Reading gives warnings
and whatever could be read; writing refuses and leaves the file untouched."""
from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediakit import metadata
from mediakit.metadata import gif, jpeg, png, xmp
from test_metadata_support import FULL_FIELDS, make_image


def _written(fmt: str, **options) -> bytes:
    import tempfile

    data = make_image(fmt, **options)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x.{fmt.lower()}"
        path.write_bytes(data)
        metadata.write(path, FULL_FIELDS)
        return path.read_bytes()


@dataclass(frozen=True)
class Damage:
    note: str
    fmt: str
    cut: object  # callable(bytes) -> bytes
    readable: tuple[str, ...]  # fields still read from what is left


def _jpeg_cut_in_scan(data: bytes) -> bytes:
    return data[: len(data) - len(jpeg.image_data(data)) // 2]


def _jpeg_cut_in_header(data: bytes) -> bytes:
    return data[:data.index(jpeg.XMP_HEADER) + 100]


def _jpeg_bad_segment_length(data: bytes) -> bytes:
    at = data.index(b"\xff\xed")  # APP13
    return data[:at + 2] + b"\xff\xff" + data[at + 4:]


DAMAGES = [
    Damage("jpeg cut in the scan data", "JPEG", _jpeg_cut_in_scan, tuple(FULL_FIELDS)),
    Damage("jpeg cut inside XMP", "JPEG", _jpeg_cut_in_header, ("caption", "creators", "copyright")),
    Damage("jpeg APP13 length past the end", "JPEG", _jpeg_bad_segment_length, tuple(FULL_FIELDS)),
    Damage("png without IEND", "PNG", lambda d: d[:-12], tuple(FULL_FIELDS)),
    Damage("png cut in IDAT", "PNG", lambda d: d[: d.index(b"IDAT") + 20], tuple(FULL_FIELDS)),
    Damage("webp cut at the end", "WEBP", lambda d: d[:-40], ("caption", "creators", "copyright")),
]


@pytest.mark.parametrize("d", DAMAGES, ids=lambda d: d.note)
def test_damaged_file_reads_what_it_can(tmp_path: Path, d: Damage) -> None:
    damaged = d.cut(_written(d.fmt))
    record = metadata.read(damaged)
    assert record.error is None and record.warnings
    got = record.fields()
    assert {k: got.get(k) for k in d.readable} == {k: FULL_FIELDS[k] for k in d.readable}
    path = tmp_path / f"damaged.{d.fmt.lower()}"
    path.write_bytes(damaged)
    if d.note == "jpeg cut in the scan data":
        return  # the header is whole: rewriting it is safe (scan data copied as is)
    with pytest.raises(metadata.MetadataError):
        metadata.write(path, {"caption": "new"}, mode="overwrite")
    assert path.read_bytes() == damaged
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


NOT_IMAGES = [
    ("empty", b""),
    ("text", b"hello, world\n"),
    ("jpeg magic only", b"\xff\xd8\xff"),
    ("png signature only", png.SIGNATURE),
    ("riff but not webp", b"RIFF\x04\x00\x00\x00WAVE"),
    ("tiff bad ifd offset", b"II*\x00\xff\xff\xff\x00"),
    ("gif header only", b"GIF89a"),
]


@pytest.mark.parametrize("note,data", NOT_IMAGES, ids=[n for n, _ in NOT_IMAGES])
def test_unreadable_input_gives_a_record_not_an_exception(tmp_path: Path, note: str, data: bytes) -> None:
    record = metadata.read(data)
    assert record.to_dict()["schema"] == "mediakit.embedded/1"
    assert record.warnings
    path = tmp_path / "bad.bin"
    path.write_bytes(data)
    with pytest.raises(metadata.MetadataError):
        metadata.write(path, {"caption": "x"})
    assert path.read_bytes() == data


def test_missing_file() -> None:
    record = metadata.read("/nonexistent/photo.jpg")
    assert record.error and "cannot read" in record.warnings[0]


def test_malformed_exif_is_a_warning_and_blocks_writing(tmp_path: Path) -> None:
    parsed = jpeg.split(make_image("JPEG"))
    data = jpeg.assemble(parsed, b"II*\x00\x40\x00\x00\x00garbage", [], None)
    record = metadata.read(data)
    assert any("EXIF" in w for w in record.warnings)
    path = tmp_path / "bad-exif.jpg"
    path.write_bytes(data)
    with pytest.raises(metadata.MetadataError, match="EXIF"):
        metadata.write(path, {"caption": "x"})
    assert path.read_bytes() == data


def test_png_bad_crc_is_a_warning() -> None:
    data = bytearray(_written("PNG"))
    at = data.index(b"iTXt")
    data[at + 40] ^= 0xFF  # damage a byte inside the XMP text, CRC now wrong
    record = metadata.read(bytes(data))
    assert any("CRC" in w for w in record.warnings)


def test_png_zip_bomb_text_is_refused() -> None:
    bomb = zlib.compress(b" " * (png.MAX_INFLATE + 1024))
    body = png.XMP_KEYWORD + b"\0\x01\x00\0\0" + bomb
    assert png.parse_itxt(body) is None


def test_huge_declared_size_is_not_decoded() -> None:
    """A PNG header claiming 100000x100000 pixels: read from headers, warn, no decode."""
    ihdr = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    chunk = lambda t, b: struct.pack(">I", len(b)) + t + b + struct.pack(">I", zlib.crc32(t + b))  # noqa: E731
    data = png.SIGNATURE + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 10)) + chunk(b"IEND", b"")
    record = metadata.read(data)
    assert (record.width, record.height) == (100_000, 100_000)
    assert any("decompression-bomb" in w for w in record.warnings)


def test_failed_rename_leaves_original_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    before = path.read_bytes()

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(metadata.MetadataError, match="disk full"):
        metadata.write(path, {"caption": "x"})
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.jpg"]


def test_file_mode_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(make_image("PNG"))
    path.chmod(0o640)
    metadata.write(path, {"caption": "x"})
    assert path.stat().st_mode & 0o777 == 0o640


def test_gif_xmp_application_extension() -> None:
    """GIF carries XMP raw in an application extension followed by a magic trailer."""
    data = make_image("GIF", mode="L")
    packet = xmp.serialize(xmp.update_tree([], {"caption": "GIF caption", "credit": "Reuters"}))
    trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\x00"
    ext = b"\x21\xff\x0b" + gif.XMP_APP + packet + trailer
    at = data.rindex(b"\x3b")
    record = metadata.read(data[:at] + ext + data[at:])
    assert (record.format, record.caption, record.credit) == ("GIF", "GIF caption", "Reuters")
    assert (record.width, record.height) == (96, 64) and not record.warnings


def _raw_profile_chunk(name: str, data: bytes) -> bytes:
    hexed = data.hex()
    text = f"\n{name}\n{len(data):8d}\n" + "\n".join(hexed[i:i + 72] for i in range(0, len(hexed), 72)) + "\n"
    body = f"Raw profile type {name}".encode() + b"\0\0" + zlib.compress(text.encode("latin-1"))
    return struct.pack(">I", len(body)) + b"zTXt" + body + struct.pack(">I", zlib.crc32(b"zTXt" + body))


def test_png_imagemagick_raw_profiles() -> None:
    """ImageMagick stores EXIF and IPTC in PNG as hex "raw profiles": read them."""
    from mediakit.metadata import exif as exif_mod
    from mediakit.metadata import iptc

    blob = exif_mod.patch_exif(None, {exif_mod.TAG_ARTIST: "Ann"})
    irb = iptc.build_irb([(b"8BIM", iptc.IRB_IPTC, b"\0\0", iptc.encode_iim(None, {"credit": "dpa"}, []))])
    data = make_image("PNG")
    at = data.index(b"IEND") - 4
    data = data[:at] + _raw_profile_chunk("exif", b"Exif\0\0" + blob) + _raw_profile_chunk("iptc", irb) + data[at:]
    record = metadata.read(data)
    assert (record.creators, record.credit) == (["Ann"], "dpa")
    assert record.iim_digest == "absent" and not record.warnings


def test_read_only_directory_gives_a_clear_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(metadata.MetadataError, match="cannot write"):
            metadata.write(path, {"caption": "x"})
    finally:
        tmp_path.chmod(0o700)
