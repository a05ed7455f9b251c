"""What every format module hands to the decoders: the raw metadata containers.

A format module (``jpeg``, ``png``, ``webp``, ``tiff``, ``gif``, ``pillow_fallback``)
only knows its file structure: it finds the EXIF (TIFF) block, the IPTC-IIM block with
its Photoshop digest, and the XMP packets, plus width and height from the headers. The
decoders (``exif``, ``iptc``, ``xmp``) and ``reconcile`` are shared by all formats.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(slots=True)
class Containers:
    format: str
    width: int | None = None
    height: int | None = None
    exif: bytes | None = None  # TIFF structure (no "Exif\0\0" prefix)
    iim: bytes | None = None  # IPTC-IIM datasets
    iim_digest: bytes | None = None  # Photoshop IRB 0x0425 as stored (16 bytes)
    xmp: list[bytes] = field(default_factory=list)  # main packet first, then extended XMP
    warnings: list[str] = field(default_factory=list)


class FormatReader(Protocol):
    FORMAT: str

    def sniff(self, head: bytes) -> bool: ...

    def read_containers(self, data: bytes) -> Containers: ...


def strip_exif_prefix(blob: bytes) -> bytes:
    """EXIF in WebP/PNG/HEIF is sometimes stored with JPEG's "Exif\\0\\0" prefix."""
    if blob[:4] == b"Exif" and blob[6:8] in (b"II", b"MM"):
        return blob[6:]
    return blob
