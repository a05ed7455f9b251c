"""Reconciling EXIF, IPTC-IIM and XMP as the Metadata Working Group guidelines say.

For each field (MWG 2.0, as exiftool's MWG module implements it):

1. an XMP sidecar wins (it is what editors change for files they cannot rewrite);
2. EXIF (ImageDescription, Artist, Copyright) when present and not blank (for
   creators, XMP's or IIM's list instead when it is the same names, split differently:
   EXIF Artist joins names with "; ", so "Kim; Lee" cannot be told from two names);
3. XMP when there is no IIM, or when the IIM digest (Photoshop IRB 0x0425) is absent
   or matches the IIM block (IIM and XMP were written together);
4. otherwise (digest mismatch: IIM was edited by a tool that ignores XMP) IIM, unless
   the IIM value is just the XMP value cut to the IIM length limit.

A field missing from the preferred source comes from the next one. Every source keeps
its own value in ``sources``; differing values give a ``conflicts`` entry.
"""
from __future__ import annotations

import unicodedata
from typing import Any

from mediakit.metadata.iptc import DATASETS, LIMITS
from mediakit.metadata.model import FIELDS, LIST_FIELDS


def _norm(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_norm(v) for v in value)
    return " ".join(unicodedata.normalize("NFC", value).split())


def _is_truncation(iim: Any, xmp: Any, field: str) -> bool:
    """True when the IIM value is the XMP value cut to the IIM byte limit."""
    if field not in DATASETS:
        return False
    limit = LIMITS[DATASETS[field]]
    if isinstance(iim, list):
        return isinstance(xmp, list) and len(iim) == len(xmp) and all(
            _is_truncation(a, b, field) for a, b in zip(iim, xmp))
    a, b = _norm(iim), _norm(xmp)
    return a == b or (len(iim.encode("utf-8")) >= limit - 3 and b.startswith(a))


def _artist_items(creators: list[str]) -> tuple[str, ...]:
    """Creators as EXIF Artist holds them: joined with "; ", so a name with ";" in it
    comes back as two (MWG). Used to see that a list agrees with EXIF's split of it."""
    return tuple(_norm(p) for name in creators for p in name.split(";") if p.strip())


def _same_as_exif_artist(exif: Any, listed: Any, field: str) -> bool:
    return (field == "creators" and isinstance(exif, list) and isinstance(listed, list)
            and _artist_items(exif) == _artist_items(listed))


def _same(a: Any, b: Any, field: str, a_src: str, b_src: str) -> bool:
    if _norm(a) == _norm(b):
        return True
    if "exif" in (a_src, b_src) and _same_as_exif_artist(a, b, field):
        return True
    if a_src == "iptc":
        return _is_truncation(a, b, field)
    if b_src == "iptc":
        return _is_truncation(b, a, field)
    return False


def choose(field: str, sources: dict[str, dict[str, Any]], digest: str | None) -> tuple[Any, str | None]:
    """The reconciled value of one field and the source it came from."""
    get = lambda s: sources.get(s, {}).get(field)  # noqa: E731
    if get("sidecar"):
        return get("sidecar"), "sidecar"
    if get("exif"):
        # EXIF Artist cannot hold a ";" inside a name: the list XMP/IIM keep says the
        # same creators and tells where the names end, so it wins.
        for listed in ("xmp", "iptc"):
            if get(listed) and _norm(get(listed)) != _norm(get("exif")) and \
                    _same_as_exif_artist(get("exif"), get(listed), field):
                return get(listed), listed
        return get("exif"), "exif"
    xmp, iim = get("xmp"), get("iptc")
    if xmp and (not iim or digest in (None, "absent", "match")):
        return xmp, "xmp"
    if iim:
        if xmp and _is_truncation(iim, xmp, field):
            return xmp, "xmp"
        return iim, "iptc"
    return None, None


def conflicts_of(field: str, sources: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    present = [(name, values[field]) for name, values in sources.items() if values.get(field)]
    for i, (a_src, a) in enumerate(present):
        for b_src, b in present[i + 1:]:
            if not _same(a, b, field, a_src, b_src):
                return {"field": field, "values": {name: value for name, value in present}}
    return None


def reconcile(sources: dict[str, dict[str, Any]], digest: str | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    values: dict[str, Any] = {}
    conflicts: list[dict[str, Any]] = []
    for field in FIELDS:
        value, _ = choose(field, sources, digest)
        values[field] = list(value) if (value and field in LIST_FIELDS) else value
        if conflict := conflicts_of(field, sources):
            conflicts.append(conflict)
    return values, conflicts
