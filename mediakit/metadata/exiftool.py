"""Writing through exiftool, for formats mediakit does not rewrite itself (TIFF, HEIF,
RAW ...). exiftool writes to a temporary file and renames it, like mediakit does."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from mediakit.metadata.iptc import DATASETS, LIMITS, truncate_utf8
from mediakit.metadata.model import MetadataError

# our field -> exiftool tags (EXIF, IIM, XMP)
TAGS: dict[str, tuple[str, ...]] = {
    "caption": ("EXIF:ImageDescription", "IPTC:Caption-Abstract", "XMP-dc:Description"),
    "creators": ("EXIF:Artist", "IPTC:By-line", "XMP-dc:Creator"),
    "copyright": ("EXIF:Copyright", "IPTC:CopyrightNotice", "XMP-dc:Rights"),
    "credit": ("IPTC:Credit", "XMP-photoshop:Credit"),
    "source": ("IPTC:Source", "XMP-photoshop:Source"),
    "usage_terms": ("XMP-xmpRights:UsageTerms",),
    "web_statement": ("XMP-xmpRights:WebStatement",),
    "licensor": ("XMP-plus:LicensorName",),
    "digital_source_type": ("XMP-iptcExt:DigitalSourceType",),
}


def available() -> str | None:
    return shutil.which("exiftool")


def arguments(values: dict[str, Any]) -> list[str]:
    args = ["-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8"]
    for field, value in values.items():
        for tag in TAGS[field]:
            items = value if isinstance(value, list) else [value]
            if tag == "EXIF:Artist":
                items = ["; ".join(value)]
            elif tag.startswith("IPTC:"):
                limit = LIMITS[DATASETS[field]]
                items = [truncate_utf8(v, limit).decode("utf-8") for v in items]
            elif tag == "XMP-plus:LicensorName":
                items = [p.strip() for p in value.split(";") if p.strip()]
            args += [f"-{tag}={item}" for item in items]
    return args


def write(path: Path, values: dict[str, Any], timeout: float = 60) -> list[str]:
    """Write ``values`` into ``path``; returns exiftool's warnings. Raises MetadataError."""
    exe = available()
    if not exe:
        raise MetadataError("exiftool is not installed")
    cmd = [exe, "-m", "-q", "-q", "-overwrite_original", "-P", *arguments(values), "--", str(path)]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MetadataError(f"exiftool failed: {exc}") from exc
    message = proc.stderr.decode("utf-8", errors="replace").strip()
    if proc.returncode != 0:
        raise MetadataError(f"exiftool could not write {path}: {message or proc.returncode}")
    return [line for line in message.splitlines() if line]
