"""Formats read through Pillow (HEIF/AVIF and whatever else Pillow opens): size and
format from the header, EXIF and XMP from ``Image.info``; pixels are never decoded.
Pillow's decompression-bomb check stays on."""
from __future__ import annotations

import io
import warnings as pywarnings

from mediakit.metadata.base import Containers, strip_exif_prefix
from mediakit.metadata.model import MetadataError


def read_containers(data: bytes) -> Containers:
    from PIL import Image, UnidentifiedImageError

    try:
        with pywarnings.catch_warnings(record=True) as caught:
            pywarnings.simplefilter("always", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                out = Containers(im.format or "UNKNOWN", width=im.size[0], height=im.size[1])
                exif = im.info.get("exif")
                xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp")
        out.warnings += [str(w.message) for w in caught if issubclass(w.category, Image.DecompressionBombWarning)]
    except Image.DecompressionBombError as exc:
        raise MetadataError(f"refused: {exc}") from exc
    except UnidentifiedImageError as exc:
        raise MetadataError("unknown image format (not JPEG, PNG, WebP, TIFF, GIF, nor one Pillow opens)") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise MetadataError(f"unreadable image: {exc}") from exc
    if isinstance(exif, bytes) and exif:
        out.exif = strip_exif_prefix(exif)
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8")
    if isinstance(xmp, bytes) and xmp:
        out.xmp.append(xmp)
    return out
