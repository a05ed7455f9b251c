"""Round trips for every format: read(write(image, fields)) == fields, exiftool agrees,
the compressed image data and the pixels are identical, unrelated metadata survives."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from mediakit import metadata
from mediakit.metadata import jpeg, png, webp
from test_metadata_support import (
    FULL_FIELDS, assert_exiftool_agrees, exiftool_json, exiftool_path, exiftool_validation, icc_profile, make_image, pixels,
)


@dataclass(frozen=True)
class Example:
    name: str
    fmt: str  # Pillow format used to make the test image
    ext: str
    options: dict[str, Any] = field(default_factory=dict)


EMBEDDED = [
    # JPEG: plain, with ICC profile and camera EXIF (orientation), progressive, greyscale
    Example("jpeg-plain", "JPEG", "jpg"),
    Example("jpeg-icc-camera-exif", "JPEG", "jpg", {"icc": True, "exif": True}),
    Example("jpeg-progressive", "JPEG", "jpg", {"progressive": True, "exif": True}),
    Example("jpeg-grey", "JPEG", "jpg", {"mode": "L"}),
    # PNG: RGB, RGBA with ICC and EXIF, palette
    Example("png-rgb", "PNG", "png"),
    Example("png-rgba-icc-exif", "PNG", "png", {"mode": "RGBA", "icc": True, "exif": True}),
    Example("png-grey", "PNG", "png", {"mode": "L"}),
    # WebP: simple lossy (VP8, VP8X built), lossless with alpha (VP8L), extended (ICC + EXIF)
    Example("webp-lossy-simple", "WEBP", "webp", {"quality": 80}),
    Example("webp-lossless-alpha", "WEBP", "webp", {"mode": "RGBA", "lossless": True}),
    Example("webp-lossy-alpha", "WEBP", "webp", {"mode": "RGBA", "quality": 70}),
    Example("webp-extended-icc-exif", "WEBP", "webp", {"icc": True, "exif": True}),
]
IMAGE_DATA = {"JPEG": jpeg.image_data, "PNG": png.image_data, "WEBP": webp.image_data}


def _file(tmp_path: Path, ex: Example) -> Path:
    path = tmp_path / f"{ex.name}.{ex.ext}"
    path.write_bytes(make_image(ex.fmt, **ex.options))
    return path


@pytest.mark.parametrize("ex", EMBEDDED, ids=lambda e: e.name)
def test_round_trip_embedded(tmp_path: Path, ex: Example) -> None:
    path = _file(tmp_path, ex)
    before = path.read_bytes()
    result = metadata.write(path, FULL_FIELDS)
    assert result.method == "embedded"
    after = path.read_bytes()
    assert metadata.read(path).fields() == FULL_FIELDS
    assert IMAGE_DATA[ex.fmt](after) == IMAGE_DATA[ex.fmt](before)
    assert pixels(after) == pixels(before)
    assert list(tmp_path.iterdir()) == [path], "no temporary file or sidecar left behind"


@pytest.mark.parametrize("ex", [e for e in EMBEDDED if e.options.get("icc") or e.options.get("exif")],
                         ids=lambda e: e.name)
def test_unrelated_metadata_survives(tmp_path: Path, ex: Example) -> None:
    path = _file(tmp_path, ex)
    with Image.open(path) as im:
        camera_before = dict(im.getexif().get_ifd(0x8769))
    metadata.write(path, FULL_FIELDS)
    with Image.open(path) as im:
        if ex.options.get("icc"):
            assert im.info.get("icc_profile") == icc_profile()
        if ex.options.get("exif"):
            exif = im.getexif()
            assert exif[0x0112] == 6 and exif[0x010F] == "Canon" and exif[0x0110] == "Canon EOS R5"
            sub = exif.get_ifd(0x8769)
            assert dict(sub) == camera_before and sub[0x9003] == "2026:06:19 21:30:00"


@pytest.mark.parametrize("ex", EMBEDDED, ids=lambda e: e.name)
def test_exiftool_reads_back_what_we_wrote(tmp_path: Path, ex: Example) -> None:
    if not exiftool_path():
        pytest.skip("exiftool not installed (Debian: libimage-exiftool-perl); interoperability not checked")
    path = _file(tmp_path, ex)
    problems_before = exiftool_validation(path)
    metadata.write(path, FULL_FIELDS)
    skip = () if ex.fmt == "JPEG" else ("IPTC",)  # IIM is written to JPEG only
    tags = assert_exiftool_agrees(path, FULL_FIELDS, skip_groups=skip)
    if ex.fmt == "JPEG":
        assert tags["IPTC:CodedCharacterSet"] == "UTF8"
        assert tags["Photoshop:IPTCDigest"] == tags["File:CurrentIPTCDigest"]
    if ex.options.get("exif"):
        assert tags["IFD0:Make"] == "Canon" and tags["IFD0:Orientation"].startswith("Rotate 90")
    # exiftool's structural checks (segment order, required tags, chunk flags) find
    # nothing new (the camera EXIF Pillow makes has problems of its own)
    assert exiftool_validation(path) - problems_before <= {"OK"}, exiftool_validation(path)


@pytest.mark.parametrize("ex", EMBEDDED, ids=lambda e: e.name)
def test_write_twice_is_stable(tmp_path: Path, ex: Example) -> None:
    path = _file(tmp_path, ex)
    metadata.write(path, FULL_FIELDS)
    first = path.read_bytes()
    result = metadata.write(path, FULL_FIELDS, mode="overwrite")
    assert result.method == "unchanged" and path.read_bytes() == first
    changed = {**FULL_FIELDS, "caption": "Second caption", "creators": ["Ann Other"]}
    metadata.write(path, changed, mode="overwrite")
    assert metadata.read(path).fields() == changed
    assert pixels(path.read_bytes()) == pixels(first)


def test_webp_simple_file_gets_a_vp8x_header(tmp_path: Path) -> None:
    path = tmp_path / "a.webp"
    path.write_bytes(make_image("WEBP", mode="RGBA", lossless=True))
    chunks, _, _ = webp.split(path.read_bytes())
    assert [c for c, _ in chunks] == [b"VP8L"]
    metadata.write(path, {"caption": "x"})
    chunks, _, _ = webp.split(path.read_bytes())
    kinds = [c for c, _ in chunks]
    assert kinds[0] == b"VP8X" and b"EXIF" in kinds and b"XMP " in kinds
    flags = chunks[0][1][0]
    assert flags & webp.FLAG_ALPHA and flags & webp.FLAG_EXIF and flags & webp.FLAG_XMP
    record = metadata.read(path)
    assert (record.width, record.height) == (96, 64)


# --- formats written through a sidecar or exiftool -------------------------------------

SIDECAR_FORMATS = [
    Example("tiff", "TIFF", "tif"),
    Example("tiff-lzw-make", "TIFF", "tif", {"compression": "tiff_lzw", "tiffinfo": {271: "Canon", 274: 6}}),
    Example("gif", "GIF", "gif", {"mode": "L"}),
]


@pytest.mark.parametrize("ex", SIDECAR_FORMATS + EMBEDDED[:1], ids=lambda e: e.name)
def test_round_trip_sidecar(tmp_path: Path, ex: Example) -> None:
    path = _file(tmp_path, ex)
    before = path.read_bytes()
    result = metadata.write(path, FULL_FIELDS, sidecar=True)
    assert result.method == "sidecar" and result.sidecar == str(path.with_name(path.name + ".xmp"))
    assert path.read_bytes() == before, "the image itself is not touched"
    record = metadata.read(path)
    assert record.fields() == FULL_FIELDS
    assert record.sources["sidecar"] == FULL_FIELDS
    if exiftool_path():
        assert_exiftool_agrees(path.with_name(path.name + ".xmp"), FULL_FIELDS, skip_groups=("IFD0", "IPTC"))


@pytest.mark.parametrize("ex", SIDECAR_FORMATS, ids=lambda e: e.name)
def test_through_exiftool(tmp_path: Path, ex: Example) -> None:
    if not exiftool_path():
        pytest.skip("exiftool not installed (Debian: libimage-exiftool-perl); TIFF/GIF embedding not checked")
    path = _file(tmp_path, ex)
    before = path.read_bytes()
    result = metadata.write(path, FULL_FIELDS)
    assert result.method == "exiftool"
    assert metadata.read(path).fields() == FULL_FIELDS
    assert pixels(path.read_bytes()) == pixels(before)
    # GIF holds XMP only; TIFF holds EXIF, IIM and XMP
    assert_exiftool_agrees(path, FULL_FIELDS, skip_groups=("IFD0", "IPTC") if ex.fmt == "GIF" else ())
    if "tiffinfo" in ex.options:
        with Image.open(path) as im:
            assert im.getexif()[0x010F] == "Canon"


def test_avif_is_read_through_pillow(tmp_path: Path) -> None:
    from PIL import features

    if not features.check("avif"):
        pytest.skip("Pillow built without AVIF")
    exif = Image.Exif()
    exif[0x010E] = "AVIF caption"
    out = io.BytesIO()
    Image.new("RGB", (32, 16), "green").save(out, "AVIF", exif=exif.tobytes())
    record = metadata.read(out.getvalue())
    assert (record.format, record.width, record.height, record.caption) == ("AVIF", 32, 16, "AVIF caption")


def test_avif_through_exiftool(tmp_path: Path) -> None:
    from PIL import features

    if not features.check("avif"):
        pytest.skip("Pillow built without AVIF")
    if not exiftool_path():
        pytest.skip("exiftool not installed (Debian: libimage-exiftool-perl); AVIF embedding not checked")
    path = tmp_path / "a.avif"
    Image.new("RGB", (32, 16), "green").save(path, "AVIF")
    before = pixels(path.read_bytes())
    assert metadata.write(path, FULL_FIELDS).method == "exiftool"
    assert metadata.read(path).fields() == FULL_FIELDS
    assert pixels(path.read_bytes()) == before
    assert_exiftool_agrees(path, FULL_FIELDS, skip_groups=("IPTC",))  # HEIF/AVIF carry no IIM


def test_without_exiftool_other_formats_get_a_sidecar(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mediakit.metadata import exiftool

    monkeypatch.setattr(exiftool, "available", lambda: None)
    path = _file(tmp_path, SIDECAR_FORMATS[0])
    before = path.read_bytes()
    result = metadata.write(path, {"caption": "TIFF caption"})
    assert result.method == "sidecar" and "sidecar" in result.warnings[0]
    assert path.read_bytes() == before
    assert metadata.read(path).caption == "TIFF caption"
    assert metadata.read(path, use_sidecar=False).caption is None


def test_existing_sidecar_is_kept_in_step(tmp_path: Path) -> None:
    path = _file(tmp_path, EMBEDDED[0])
    metadata.write(path, {"credit": "Old"}, sidecar=True)
    metadata.write(path, {"credit": "New"}, mode="overwrite")
    record = metadata.read(path)
    assert record.credit == "New" and record.sources["sidecar"]["credit"] == "New"
    assert record.sources["xmp"]["credit"] == "New"


def test_interoperates_with_files_exiftool_wrote(tmp_path: Path) -> None:
    """exiftool writes Latin-1 IIM (no 1:90) and XMP with other properties; mediakit
    reads it, writes over it, and exiftool still finds everything it wrote."""
    import subprocess

    exe = exiftool_path()
    if not exe:
        pytest.skip("exiftool not installed (Debian: libimage-exiftool-perl); interoperability not checked")
    path = tmp_path / "by-exiftool.jpg"
    path.write_bytes(make_image("JPEG", exif=True))
    subprocess.run([exe, "-q", "-overwrite_original", "-charset", "iptc=Latin", "-IPTC:By-line=José Pérez",
                    "-IPTC:Caption-Abstract=Légende", "-IPTC:Keywords=seine", "-IPTC:City=Paris",
                    "-XMP-dc:Subject=seine", "-XMP-xmp:Rating=4", "-XMP-photoshop:City=Paris", str(path)], check=True)
    record = metadata.read(path)
    assert (record.caption, record.creators) == ("Légende", ["José Pérez"])
    metadata.write(path, {"credit": "AFP", "caption": "Nouvelle légende"}, mode="overwrite")
    tags = assert_exiftool_agrees(path, {"credit": "AFP", "caption": "Nouvelle légende", "creators": ["José Pérez"]})
    assert tags["IPTC:Keywords"] == "seine" and tags["IPTC:City"] == "Paris"  # kept, now UTF-8
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["XMP-xmp:Rating"] == 4 and tags["XMP-photoshop:City"] == "Paris" and tags["XMP-dc:Subject"] == "seine"
    assert tags["IFD0:Make"] == "Canon"


def _frames(path: Path) -> list[bytes]:
    with Image.open(path) as im:
        out = []
        for i in range(getattr(im, "n_frames", 1)):
            im.seek(i)
            out.append(im.convert("RGB").tobytes())
        return out


def test_multi_picture_jpeg_keeps_every_picture(tmp_path: Path) -> None:
    """MPO (stereo / camera previews): MPF offsets count from the MPF segment, and
    mediakit's segments go before it, so the second picture is still found."""
    from test_metadata_support import picture

    path = tmp_path / "two.mpo"
    picture().save(path, "MPO", save_all=True, append_images=[picture().rotate(180)])
    before = _frames(path)
    metadata.write(path, FULL_FIELDS)
    metadata.write(path, {"caption": "again " * 100}, mode="overwrite")
    assert _frames(path) == before and len(before) == 2
    assert metadata.read(path).caption == ("again " * 100).strip()


def test_segment_after_mpf_is_refused(tmp_path: Path) -> None:
    from mediakit.metadata import iptc

    data = make_image("JPEG")
    parsed = jpeg.split(data)
    mpf = jpeg.Segment(jpeg.APP2, b"MPF\0" + b"II*\0\x08\0\0\0")
    app13 = jpeg.Segment(jpeg.APP13, iptc.PHOTOSHOP_HEADER + iptc.build_irb([]))
    parsed.segments[1:1] = [mpf, app13]
    path = tmp_path / "odd.jpg"
    path.write_bytes(b"\xff\xd8" + b"".join(jpeg._segment_bytes(s) for s in parsed.segments) + bytes(parsed.tail))
    before = path.read_bytes()
    with pytest.raises(metadata.MetadataError, match="MPF"):
        metadata.write(path, {"credit": "AP"})
    assert path.read_bytes() == before


def test_animated_webp_keeps_every_frame(tmp_path: Path) -> None:
    from test_metadata_support import picture

    path = tmp_path / "anim.webp"
    picture("RGBA").save(path, "WEBP", save_all=True, append_images=[picture("RGBA").rotate(180)],
                         duration=100, loop=0)
    before, data_before = _frames(path), webp.image_data(path.read_bytes())
    metadata.write(path, FULL_FIELDS)
    assert metadata.read(path).fields() == FULL_FIELDS
    assert _frames(path) == before and len(before) == 2
    assert webp.image_data(path.read_bytes()) == data_before
    kinds = [c for c, _ in webp.split(path.read_bytes())[0]]
    assert kinds == [b"VP8X", b"ANIM", b"ANMF", b"ANMF", b"EXIF", b"XMP "]
