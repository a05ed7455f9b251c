"""Damaged files of every format, generated: reading never raises, writing either
succeeds with the image data intact or refuses and leaves the file as it was."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mediakit import metadata
from mediakit.metadata import jpeg, png, webp
from test_metadata_support import FULL_FIELDS, make_image

IMAGE_DATA = {"JPEG": jpeg.image_data, "PNG": png.image_data, "WEBP": webp.image_data}


def _with_metadata(fmt: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"seed.{fmt.lower()}"
        path.write_bytes(make_image(fmt, icc=fmt != "GIF", **({"mode": "L"} if fmt == "GIF" else {})))
        if fmt in IMAGE_DATA:
            metadata.write(path, FULL_FIELDS)
        return path.read_bytes()


SEEDS = {fmt: _with_metadata(fmt) for fmt in ("JPEG", "PNG", "WEBP", "TIFF", "GIF")}


@st.composite
def damaged(draw, fmt: str) -> bytes:
    data = bytearray(SEEDS[fmt])
    for _ in range(draw(st.integers(0, 8))):
        # Half the damage lands in the first bytes, where the metadata is.
        at = draw(st.one_of(st.integers(0, len(data) - 1), st.integers(0, min(len(data), 2500) - 1)))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_damaged_files(fmt: str) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(damaged(fmt))
    def check(data: bytes) -> None:
        record = metadata.read(data)
        assert record.to_dict()["schema"] == "mediakit.embedded/1"
        if fmt not in IMAGE_DATA:
            return
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"x.{fmt.lower()}"
            path.write_bytes(data)
            try:
                metadata.write(path, {"caption": "fuzz", "credit": "X"}, mode="overwrite")
            except metadata.MetadataError:
                assert path.read_bytes() == data
            else:
                assert IMAGE_DATA[fmt](path.read_bytes()) == IMAGE_DATA[fmt](data)
                assert metadata.read(path).caption == "fuzz"
            assert [p.name for p in Path(tmp).iterdir()] == [path.name]

    check()
