"""Embedded image metadata: read what files say about themselves, write captions and
credits into them without touching a pixel.

    from mediakit import metadata
    record = metadata.read("photo.jpg")            # -> EmbeddedMetadata (to_dict(): contract)
    metadata.write("photo.jpg", {"caption": "...", "creators": ["Jane Doe"]}, mode="fill")

One module per container format (``jpeg``, ``png``, ``webp``, ``tiff``, ``gif``, and
Pillow for the rest), shared decoders (``exif``, ``iptc``, ``xmp``), MWG reconciliation
(``reconcile``) and XMP sidecars (``sidecar``). See docs/metadata.md.
"""
from __future__ import annotations

from mediakit.metadata.core import read, write
from mediakit.metadata.model import FIELDS, EmbeddedMetadata, MetadataError, WriteResult

__all__ = ["FIELDS", "EmbeddedMetadata", "MetadataError", "WriteResult", "read", "write"]
