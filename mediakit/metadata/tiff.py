"""TIFF reader: IFD0 holds the EXIF fields, the IPTC block (33723), XMP (700) and a
Photoshop IRB (34377, which may carry the IIM digest). Writing goes to a sidecar or
through exiftool (see ``mediakit.metadata.write``)."""
from __future__ import annotations

from mediakit.metadata.base import Containers
from mediakit.metadata.exif import (
    TAG_HEIGHT, TAG_IPTC, TAG_PHOTOSHOP, TAG_WIDTH, TAG_XMP, TiffError, TiffReader,
)
from mediakit.metadata.iptc import iim_from_irb, parse_irb
from mediakit.metadata.model import MetadataError

FORMAT = "TIFF"


def sniff(head: bytes) -> bool:
    return head[:4] in (b"II*\0", b"MM\0*")


def read_containers(data: bytes) -> Containers:
    out = Containers(FORMAT)
    try:
        reader = TiffReader(data)
        entries, _ = reader.read_ifd(reader.ifd0)
    except TiffError as exc:
        raise MetadataError(f"TIFF: {exc}") from exc
    out.exif = data  # IFD0 of a TIFF is its EXIF: the EXIF decoder reads it directly
    for entry in entries:
        try:
            if entry.tag == TAG_WIDTH:
                out.width = reader.integer(entry)
            elif entry.tag == TAG_HEIGHT:
                out.height = reader.integer(entry)
            elif entry.tag == TAG_XMP:
                out.xmp.append(reader.value(entry))
            elif entry.tag == TAG_IPTC:
                out.iim = reader.value(entry)
            elif entry.tag == TAG_PHOTOSHOP:
                _, out.iim_digest = iim_from_irb(parse_irb(reader.value(entry), out.warnings))
        except TiffError as exc:
            out.warnings.append(f"TIFF: {exc}")
    return out
