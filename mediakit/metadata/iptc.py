"""IPTC-IIM datasets and Photoshop image resource blocks (IRB).

IIM is written in UTF-8 and says so (1:90 = ESC % G). Lengths follow the IIM 4.2
limits; a longer value is cut on a UTF-8 character boundary with a warning (the full
text still goes into XMP). The Photoshop digest (IRB 0x0425) is the MD5 of the IIM
block, which tells a reader whether IIM and XMP were written together (MWG).
"""
from __future__ import annotations

import hashlib
import struct
from typing import Any

from mediakit.metadata.model import clean_text

UTF8_MARK = b"\x1b%G"
IRB_IPTC = 0x0404
IRB_DIGEST = 0x0425
IRB_SIGNATURES = (b"8BIM", b"PHUT", b"AgHg", b"DCSR")
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"

# our field -> (record, dataset)
DATASETS: dict[str, tuple[int, int]] = {
    "caption": (2, 120),
    "creators": (2, 80),
    "credit": (2, 110),
    "source": (2, 115),
    "copyright": (2, 116),
}
FIELD_BY_DATASET = {v: k for k, v in DATASETS.items()}
# Maximum octets per dataset (IIM 4.2, IPTC Photo Metadata Standard).
LIMITS: dict[tuple[int, int], int] = {(2, 120): 2000, (2, 80): 32, (2, 110): 32, (2, 115): 32, (2, 116): 128}
# Record 2 datasets holding binary data, never re-encoded.
_BINARY_DATASETS = frozenset({(2, 0), (2, 200), (2, 201), (2, 202)})

Dataset = tuple[int, int, bytes]


def parse_iim(data: bytes, warnings: list[str]) -> list[Dataset]:
    """Every dataset up to the first malformed one (which gets a warning)."""
    out: list[Dataset] = []
    pos = 0
    while pos < len(data):
        if data[pos] != 0x1C:
            if data[pos:].strip(b"\0"):
                warnings.append(f"IIM: unexpected byte 0x{data[pos]:02x} at {pos}; rest of the IPTC block ignored")
            break
        if pos + 5 > len(data):
            warnings.append("IIM: truncated dataset header")
            break
        record, number, length = data[pos + 1], data[pos + 2], struct.unpack(">H", data[pos + 3:pos + 5])[0]
        pos += 5
        if length & 0x8000:  # extended dataset: the low bits give the size of the length
            size = length & 0x7FFF
            if size > 4 or pos + size > len(data):
                warnings.append("IIM: bad extended dataset length")
                break
            length = int.from_bytes(data[pos:pos + size], "big")
            pos += size
        if pos + length > len(data):
            warnings.append(f"IIM: dataset {record}:{number} truncated ({length} bytes announced)")
            out.append((record, number, data[pos:]))
            break
        out.append((record, number, data[pos:pos + length]))
        pos += length
    return out


def charset_is_utf8(datasets: list[Dataset]) -> bool | None:
    """True when 1:90 says UTF-8, False when it names another set, None when absent."""
    for record, number, value in datasets:
        if (record, number) == (1, 90):
            return value.startswith(UTF8_MARK)
    return None


def decode_value(raw: bytes, utf8: bool | None, warnings: list[str]) -> str:
    raw = raw.rstrip(b"\0")
    if utf8 is True:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            warnings.append("IIM: 1:90 says UTF-8 but a value is not; bad bytes replaced")
            text = raw.decode("utf-8", errors="replace")
    else:
        # No (or another) charset: UTF-8 when it decodes as such, else Latin-1 (MWG 2.0).
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return clean_text(text)


def decode_iim(data: bytes, warnings: list[str]) -> dict[str, Any]:
    datasets = parse_iim(data, warnings)
    utf8 = charset_is_utf8(datasets)
    out: dict[str, Any] = {}
    for record, number, raw in datasets:
        name = FIELD_BY_DATASET.get((record, number))
        if not name:
            continue
        text = decode_value(raw, utf8, warnings)
        if not text:
            continue
        if name == "creators":
            out.setdefault("creators", []).append(text)
        elif name not in out:  # a non-repeatable dataset repeated: the first counts
            out[name] = text
    return out


def truncate_utf8(text: str, limit: int) -> bytes:
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return raw
    return raw[:limit].decode("utf-8", errors="ignore").encode("utf-8")


def _dataset(record: int, number: int, value: bytes) -> bytes:
    if len(value) > 0x7FFF:
        return bytes([0x1C, record, number]) + struct.pack(">HI", 0x8004, len(value)) + value
    return bytes([0x1C, record, number]) + struct.pack(">H", len(value)) + value


def encode_iim(existing: bytes | None, values: dict[str, Any], warnings: list[str]) -> bytes:
    """The IIM block with our datasets replaced by ``values``; other datasets kept
    (re-encoded to UTF-8 when they were in another character set)."""
    old = parse_iim(existing, warnings) if existing else []
    utf8 = charset_is_utf8(old)
    ours = {DATASETS[name] for name in values if name in DATASETS}
    record1 = [(r, n, v) for r, n, v in old if r == 1 and n not in (0, 90)]
    record2 = [(r, n, v) for r, n, v in old if r == 2 and n != 0 and (r, n) not in ours]
    later = [(r, n, v) for r, n, v in old if r > 2]
    version2 = next((v for r, n, v in old if (r, n) == (2, 0)), b"\x00\x04")
    version1 = next((v for r, n, v in old if (r, n) == (1, 0)), b"\x00\x04")
    if utf8 is not True:
        record2 = [(r, n, v if (r, n) in _BINARY_DATASETS else decode_value(v, utf8, warnings).encode("utf-8"))
                   for r, n, v in record2]
    for name, value in values.items():
        key = DATASETS.get(name)
        if not key:
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            raw = truncate_utf8(item, LIMITS[key])
            if len(raw) < len(item.encode("utf-8")):
                warnings.append(
                    f"IIM {key[0]}:{key[1]} ({name}) cut to {LIMITS[key]} bytes: "
                    f"{item[:40]!r}...; the full text is in XMP"
                )
            record2.append((key[0], key[1], raw))
    record2.sort(key=lambda d: d[1])  # stable: repeated datasets keep their order
    out = bytearray(_dataset(1, 0, version1))
    for r, n, v in sorted(record1, key=lambda d: d[1]):
        out += _dataset(r, n, v)
    out += _dataset(1, 90, UTF8_MARK)
    out += _dataset(2, 0, version2)
    for r, n, v in record2:
        out += _dataset(r, n, v)
    for r, n, v in later:
        out += _dataset(r, n, v)
    return bytes(out)


# --- Photoshop image resource blocks -------------------------------------------------

Resource = tuple[bytes, int, bytes, bytes]  # signature, id, pascal name (raw), data


def parse_irb(data: bytes, warnings: list[str]) -> list[Resource]:
    out: list[Resource] = []
    pos = 0
    while pos + 12 <= len(data):
        sig = data[pos:pos + 4]
        if sig not in IRB_SIGNATURES:
            if data[pos:].strip(b"\0"):
                warnings.append(f"Photoshop IRB: bad signature at {pos}; rest ignored")
            return out
        (rid,) = struct.unpack(">H", data[pos + 4:pos + 6])
        name_len = data[pos + 6]
        name_size = name_len + 1 + ((name_len + 1) % 2)  # padded to even
        name = data[pos + 6:pos + 6 + name_size]
        size_at = pos + 6 + name_size
        if size_at + 4 > len(data):
            warnings.append("Photoshop IRB: truncated resource header")
            return out
        (size,) = struct.unpack(">I", data[size_at:size_at + 4])
        start = size_at + 4
        if start + size > len(data):
            warnings.append(f"Photoshop IRB: resource 0x{rid:04x} truncated")
            out.append((sig, rid, name, data[start:]))
            return out
        out.append((sig, rid, name, data[start:start + size]))
        pos = start + size + (size % 2)
    if data[pos:].strip(b"\0"):
        warnings.append("Photoshop IRB: trailing bytes ignored")
    return out


def build_irb(resources: list[Resource]) -> bytes:
    out = bytearray()
    for sig, rid, name, value in resources:
        out += sig + struct.pack(">H", rid) + (name or b"\0\0") + struct.pack(">I", len(value)) + value
        if len(value) % 2:
            out.append(0)
    return bytes(out)


def iim_from_irb(resources: list[Resource]) -> tuple[bytes | None, bytes | None]:
    iim = next((v for s, r, _, v in resources if s == b"8BIM" and r == IRB_IPTC), None)
    digest = next((v for s, r, _, v in resources if s == b"8BIM" and r == IRB_DIGEST), None)
    return iim, digest


def digest_state(iim: bytes | None, stored: bytes | None) -> str | None:
    """MWG: "match" (IIM and XMP written together), "mismatch" (IIM changed since),
    "absent" (no digest), None when there is no IIM."""
    if iim is None:
        return None
    if not stored or len(stored) != 16:
        return "absent"
    # Some writers hash the IIM with its zero padding: accept either.
    candidates = {hashlib.md5(iim).digest(), hashlib.md5(iim.rstrip(b"\0")).digest()}
    return "match" if stored in candidates else "mismatch"


def irb_with_iim(old: list[Resource], iim: bytes) -> list[Resource]:
    """Resources with 0x0404 and 0x0425 replaced (in place) or added; others kept."""
    new_iptc = (b"8BIM", IRB_IPTC, b"\0\0", iim)
    new_digest = (b"8BIM", IRB_DIGEST, b"\0\0", hashlib.md5(iim).digest())
    out: list[Resource] = []
    placed = set()
    for res in old:
        if res[0] == b"8BIM" and res[1] in (IRB_IPTC, IRB_DIGEST):
            if res[1] not in placed:
                out.append(new_iptc if res[1] == IRB_IPTC else new_digest)
                placed.add(res[1])
            continue
        out.append(res)
    if IRB_IPTC not in placed:
        out.append(new_iptc)
    if IRB_DIGEST not in placed:
        out.append(new_digest)
    return out
