"""GIF reader: logical screen size, and XMP from the "XMP DataXMP" application
extension (written raw, followed by a 258-byte "magic trailer")."""
from __future__ import annotations

import struct

from mediakit.metadata.base import Containers
from mediakit.metadata.model import MetadataError

FORMAT = "GIF"
XMP_APP = b"XMP DataXMP"
MAGIC_TRAILER_START = b"\x01\xff\xfe\xfd"


def sniff(head: bytes) -> bool:
    return head[:6] in (b"GIF87a", b"GIF89a")


def _skip_sub_blocks(data: bytes, pos: int) -> int:
    while pos < len(data):
        size = data[pos]
        pos += 1
        if size == 0:
            return pos
        pos += size
    raise IndexError("sub-blocks run past the end")


def read_containers(data: bytes) -> Containers:
    if not sniff(data[:6]) or len(data) < 13:
        raise MetadataError("not a GIF file")
    out = Containers(FORMAT)
    out.width, out.height = struct.unpack("<HH", data[6:10])
    flags = data[10]
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    try:
        while pos < len(data):
            block = data[pos]
            if block == 0x3B:  # trailer
                return out
            if block == 0x21:
                label = data[pos + 1]
                if label == 0xFF and data[pos + 2] == 11 and data[pos + 3:pos + 14] == XMP_APP:
                    start = pos + 14
                    end = data.find(MAGIC_TRAILER_START, start)
                    if end < 0:
                        out.warnings.append("GIF: XMP application extension without its trailer")
                    else:
                        out.xmp.append(data[start:end])
                pos = _skip_sub_blocks(data, pos + 2)
            elif block == 0x2C:
                lflags = data[pos + 9]
                pos += 10 + (3 * (2 << (lflags & 7)) if lflags & 0x80 else 0)
                pos = _skip_sub_blocks(data, pos + 1)  # LZW minimum code size, then data
            else:
                out.warnings.append(f"GIF: unknown block 0x{block:02x} at {pos}; rest ignored")
                return out
    except IndexError:
        pass
    out.warnings.append("GIF: file ends without a trailer (truncated)")
    return out
