"""XMP sidecars beside an image; a sidecar belongs to exactly one image.

Two naming styles exist: ``photo.jpg.xmp`` (exiftool, darktable) names the image it
belongs to; ``photo.xmp`` (Lightroom, Bridge) only names the stem, so ``photo.jpg`` and
``photo.tif`` would share it. The rule (docs/metadata.md, "Sidecars"):

* read ``name.ext.xmp`` first; read ``name.xmp`` only when no other image file in the
  folder has the same stem (otherwise it is not known whose it is);
* update the sidecar that was read; create new sidecars as ``name.ext.xmp`` always, so
  adding ``photo.tif`` later never makes ``photo.jpg``'s sidecar ambiguous.

A sidecar holds one XMP packet; updating it keeps every property we do not own."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from mediakit.metadata import xmp as xmp_mod

# File suffixes that count as "another image with the same stem" (lower case). Pillow's
# formats plus the raw formats Lightroom/Bridge keep ``name.xmp`` sidecars for.
_RAW_SUFFIXES = frozenset({
    ".3fr", ".arw", ".cr2", ".cr3", ".crw", ".dcr", ".dng", ".erf", ".iiq", ".k25", ".kdc",
    ".mef", ".mos", ".mrw", ".nef", ".nrw", ".orf", ".pef", ".raf", ".raw", ".rw2", ".rwl",
    ".sr2", ".srf", ".srw", ".x3f",
})
_OTHER_SUFFIXES = frozenset({".heic", ".heif", ".avif", ".jxl", ".psd", ".jpe", ".jfif"})


def _image_suffixes() -> frozenset[str]:
    from PIL import Image

    return frozenset(Image.registered_extensions()) | _RAW_SUFFIXES | _OTHER_SUFFIXES


def own_sidecar_path(image: Path) -> Path:
    """``photo.jpg.xmp``: unambiguous, the name new sidecars get."""
    return image.with_name(image.name + ".xmp")


def _stem_is_shared(image: Path) -> bool:
    """True when another image file in the same folder has ``image``'s stem."""
    suffixes = _image_suffixes()
    try:
        siblings = list(image.parent.glob(_glob_escape(image.stem) + ".*"))
    except OSError:
        return True  # cannot tell: do not claim a possibly shared sidecar
    return any(
        other.name != image.name and other.stem == image.stem and other.suffix.lower() in suffixes
        for other in siblings
    )


def _glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def sidecar_path(image: Path) -> Path | None:
    """The existing sidecar that belongs to ``image``, or None."""
    own = own_sidecar_path(image)
    if own.is_file():
        return own
    plain = image.with_suffix(".xmp")
    if image.suffix and plain.is_file() and not _stem_is_shared(image):
        return plain
    return None


def target_sidecar_path(image: Path) -> Path:
    """Where a write goes: the sidecar already read, else a new ``name.ext.xmp``."""
    return sidecar_path(image) or own_sidecar_path(image)


def read_sidecar(image: Path) -> bytes | None:
    path = sidecar_path(image)
    try:
        return path.read_bytes() if path is not None else None
    except OSError:
        return None


def updated_sidecar(image: Path, values: dict[str, Any]) -> bytes:
    old = read_sidecar(image)
    tree = xmp_mod.update_tree([old] if old else [], values)
    return xmp_mod.serialize(tree)
