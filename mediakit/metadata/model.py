"""The embedded-metadata record (``mediakit.embedded/1``) and the write result.

``EmbeddedMetadata.to_dict()`` gives exactly the shape fixed in the output contract;
everything else the readers learn (raw containers, digest state) stays on the object.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_EMBEDDED = "mediakit.embedded/1"

# The fields mediakit reads and writes, in contract order. ``creators`` is a list, the
# others are strings.
FIELDS: tuple[str, ...] = (
    "caption", "creators", "credit", "source", "copyright",
    "usage_terms", "web_statement", "licensor", "digital_source_type",
)
LIST_FIELDS = frozenset({"creators"})
SOURCE_NAMES: tuple[str, ...] = ("exif", "iptc", "xmp")


class MetadataError(ValueError):
    """A file mediakit cannot parse or write safely; the file was left untouched."""


_XML_UNSAFE = {c: None for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_XML_UNSAFE.update({0x7F: None, 0xFFFE: None, 0xFFFF: None})


def clean_text(text: str) -> str:
    """Text without the control characters XML cannot carry (from damaged files, or
    typed by a user), surrogates replaced, outer whitespace stripped."""
    text = text.translate(_XML_UNSAFE)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text.strip()


def empty_value(name: str) -> Any:
    return [] if name in LIST_FIELDS else None


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return not any(isinstance(v, str) and v.strip() for v in value)


def normalize_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Check field names and types; drop empty values (an empty value never deletes)."""
    unknown = sorted(set(fields) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown metadata field(s): {', '.join(unknown)}; known: {', '.join(FIELDS)}")
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name in LIST_FIELDS:
            if isinstance(value, str):
                value = [value]
            value = [clean_text(str(v)) for v in (value or [])]
            value = [v for v in value if v]
            if value:
                out[name] = value
        elif value is not None and clean_text(str(value)):
            out[name] = clean_text(str(value))
    return out


@dataclass(slots=True)
class EmbeddedMetadata:
    """What one image file says about itself, reconciled, with every source kept."""

    path: str | None
    format: str | None = None
    width: int | None = None
    height: int | None = None
    caption: str | None = None
    creators: list[str] = field(default_factory=list)
    credit: str | None = None
    source: str | None = None
    copyright: str | None = None
    usage_terms: str | None = None
    web_statement: str | None = None
    licensor: str | None = None
    digital_source_type: str | None = None
    sources: dict[str, dict[str, Any]] = field(default_factory=lambda: {s: {} for s in SOURCE_NAMES})
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # set when the file could not be read at all (not in to_dict)
    iim_digest: str | None = None  # "match" | "mismatch" | "absent" | None when no IIM

    @property
    def ok(self) -> bool:
        return self.error is None

    def fields(self) -> dict[str, Any]:
        """The reconciled fields, only those with a value (the shape ``write`` takes)."""
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if not is_empty(value):
                out[name] = list(value) if name in LIST_FIELDS else value
        return out

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_EMBEDDED,
            "path": self.path,
            "format": self.format,
            "width": self.width,
            "height": self.height,
        }
        for name in FIELDS:
            value = getattr(self, name)
            out[name] = list(value) if name in LIST_FIELDS else value
        out["sources"] = {k: dict(v) for k, v in self.sources.items()}
        out["conflicts"] = [dict(c) for c in self.conflicts]
        out["warnings"] = list(self.warnings)
        return out


@dataclass(slots=True)
class WriteResult:
    """What ``write`` did: which fields it wrote where, and what it had to warn about."""

    path: str
    format: str | None
    method: str  # "embedded" | "sidecar" | "exiftool" | "unchanged"
    written: dict[str, Any] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # fields left as they were (fill mode)
    sidecar: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.method != "unchanged"

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "format": self.format, "method": self.method,
            "written": dict(self.written), "kept": list(self.kept),
            "sidecar": self.sidecar, "warnings": list(self.warnings),
        }
