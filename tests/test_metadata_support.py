"""Shared helpers for the metadata tests: images generated with Pillow, exiftool calls.

(No tests here; the name keeps it beside the tests it serves.)
"""
from __future__ import annotations

from functools import lru_cache

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageCms

FULL_FIELDS: dict[str, Any] = {
    "caption": "Un été à Paris: the Seine at dusk, 19 June",
    "creators": ["Jane Doe", "李明"],
    "credit": "Jane Doe/AFP via Getty Images",
    "source": "AFP",
    "copyright": "© 2026 AFP",
    "usage_terms": "Editorial use only",
    "web_statement": "https://example.org/rights",
    "licensor": "Getty Images",
    "digital_source_type": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture",
}

# our field -> exiftool -G1 keys that must all read back the value
EXIFTOOL_KEYS: dict[str, tuple[str, ...]] = {
    "caption": ("IFD0:ImageDescription", "IPTC:Caption-Abstract", "XMP-dc:Description"),
    "creators": ("IPTC:By-line", "XMP-dc:Creator"),
    "credit": ("IPTC:Credit", "XMP-photoshop:Credit"),
    "source": ("IPTC:Source", "XMP-photoshop:Source"),
    "copyright": ("IFD0:Copyright", "IPTC:CopyrightNotice", "XMP-dc:Rights"),
    "usage_terms": ("XMP-xmpRights:UsageTerms",),
    "web_statement": ("XMP-xmpRights:WebStatement",),
    "licensor": ("XMP-plus:LicensorName",),
    "digital_source_type": ("XMP-iptcExt:DigitalSourceType",),
}


@lru_cache(maxsize=1)
def icc_profile() -> bytes:
    # One profile per run: littleCMS stamps each new profile with the current time, so
    # two made a second apart differ and a comparison would fail now and then.
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def camera_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "Canon EOS R5"  # Model
    sub = exif.get_ifd(0x8769)
    sub[0x829A] = (1, 250)  # ExposureTime
    sub[0x9003] = "2026:06:19 21:30:00"  # DateTimeOriginal
    return exif


def picture(mode: str = "RGB", size: tuple[int, int] = (96, 64)) -> Image.Image:
    """A small image with real structure (not one flat colour)."""
    im = Image.linear_gradient("L").resize(size)
    if mode == "L":
        return im
    bands = [im, im.rotate(90), Image.new("L", size, 128)]
    if mode == "RGBA":
        bands.append(Image.new("L", size, 200))
    return Image.merge(mode, bands[:len(mode)])


def make_image(fmt: str, *, mode: str = "RGB", icc: bool = False, exif: bool = False, **save: Any) -> bytes:
    out = io.BytesIO()
    options = dict(save)
    if icc:
        options["icc_profile"] = icc_profile()
    if exif:
        options["exif"] = camera_exif().tobytes()
    picture(mode).save(out, fmt, **options)
    return out.getvalue()


def pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as im:
        im.load()
        return im.tobytes()


def exiftool_path() -> str | None:
    return shutil.which("exiftool")


def exiftool_validation(path: Path) -> set[str]:
    """exiftool's structural warnings for a file (``-validate``), "OK" when none."""
    exe = exiftool_path()
    if not exe:
        pytest.skip("exiftool not installed (Debian: libimage-exiftool-perl); interoperability not checked")
    proc = subprocess.run([exe, "-validate", "-warning", "-a", "-s3", str(path)], capture_output=True, check=True)
    lines = {line.strip() for line in proc.stdout.decode("utf-8").splitlines() if line.strip()}
    return {line for line in lines if not line.endswith(("Warning", "Warnings"))}


def exiftool_json(path: Path) -> dict[str, Any]:
    exe = exiftool_path()
    if not exe:
        pytest.skip("exiftool not installed (Debian: libimage-exiftool-perl); interoperability not checked")
    proc = subprocess.run([exe, "-j", "-G1", "-a", str(path)], capture_output=True, check=True)
    return json.loads(proc.stdout.decode("utf-8"))[0]


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def assert_exiftool_agrees(path: Path, fields: dict[str, Any], skip_groups: tuple[str, ...] = ()) -> dict[str, Any]:
    tags = exiftool_json(path)
    assert not any(k.endswith(":Warning") for k in tags), {k: v for k, v in tags.items() if "Warning" in k}
    for field, value in fields.items():
        for tag in EXIFTOOL_KEYS[field]:
            if tag.split(":")[0] in skip_groups:
                continue
            expected = as_list(value)
            if field == "licensor":
                expected = [p.strip() for p in value.split(";")]
            assert as_list(tags.get(tag)) == expected, (tag, tags.get(tag))
    if "creators" in fields and "IFD0" not in skip_groups:
        assert tags.get("IFD0:Artist") == "; ".join(fields["creators"])
    return tags
