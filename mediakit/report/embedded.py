"""Embedded-versus-printed: does the picture file's own metadata (``image["embedded"]``,
a ``mediakit.embedded/1`` record from ``mediakit inspect``) agree with the printed credit?

Files and pages word credits differently (IPTC Credit is often just the supplier, the
page prints "Photo: Jane Doe/AFP"), so two credits disagree only when neither contains
the other and they name no common agency; creators disagree when no name is shared.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from mediakit.credits.fold import fold
from mediakit.credits.registry import Registry


def _folded(text: str | None) -> str:
    return " ".join(fold(text).split()) if text else ""


def _compact(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _agency_ids(texts: Iterable[str | None], registry: Registry) -> set[str]:
    ids: set[str] = set()
    for text in texts:
        if text:
            ids.update(match.agency.id for match in registry.find_all(text))
    return ids


def compare(image: Mapping[str, Any], embedded: Mapping[str, Any],
            registry: Registry) -> list[tuple[str, str, str]]:
    """Disagreements as (field, printed, embedded); an empty list when they agree."""
    found: list[tuple[str, str, str]] = []
    printed_credit = _text(image.get("credit"))
    file_credit = _text(embedded.get("credit"))
    file_source = _text(embedded.get("source"))
    printed_creators = [c for c in image.get("creators") or () if isinstance(c, str) and c]
    file_creators = [c for c in embedded.get("creators") or () if isinstance(c, str) and c]
    printed_any = printed_credit or printed_creators or image.get("agencies")
    file_any = file_credit or file_source or file_creators
    if file_any and not printed_any:
        found.append(("credit missing on page", "", file_credit or file_source or "; ".join(file_creators)))
        return found
    if printed_creators and file_creators:
        if not {_folded(c) for c in printed_creators} & {_folded(c) for c in file_creators}:
            found.append(("creators", "; ".join(printed_creators), "; ".join(file_creators)))
    file_text = " / ".join(t for t in (file_credit, file_source) if t)
    if printed_credit and file_text and not _credits_agree(printed_credit, image, file_credit,
                                                           file_source, registry):
        found.append(("credit", printed_credit, file_text))
    return found


def _credits_agree(printed: str, image: Mapping[str, Any], file_credit: str | None,
                   file_source: str | None, registry: Registry) -> bool:
    p = _compact(_folded(printed))
    for text in (file_credit, file_source):
        f = _compact(_folded(text))
        if f and (f in p or p in f):
            return True
    printed_ids = {a.get("id") for a in image.get("agencies") or () if isinstance(a, Mapping)}
    printed_ids |= _agency_ids([printed], registry)
    printed_ids.discard(None)
    file_ids = _agency_ids([file_credit, file_source], registry)
    if printed_ids and file_ids:
        return bool(printed_ids & file_ids)
    return False


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
