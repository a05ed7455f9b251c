"""XMP sidecars: ``photo.xmp`` beside ``photo.tif`` (the name exiftool and Lightroom use).

A sidecar holds one XMP packet; updating it keeps every property we do not own."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from mediakit.metadata import xmp as xmp_mod


def sidecar_path(image: Path) -> Path:
    return image.with_suffix(".xmp")


def read_sidecar(image: Path) -> bytes | None:
    path = sidecar_path(image)
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None


def updated_sidecar(image: Path, values: dict[str, Any]) -> bytes:
    old = read_sidecar(image)
    tree = xmp_mod.update_tree([old] if old else [], values)
    return xmp_mod.serialize(tree)
