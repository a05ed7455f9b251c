"""``mediakit.extract``: one document in, one article record out, whatever its kind."""
from __future__ import annotations

import os
from pathlib import Path

from mediakit.credits.registry import Registry, default_registry
from mediakit.inputs.sniff import sniff_kind
from mediakit.model import Article

KINDS = ("auto", "html", "text")
# A str longer than this, or with a line break, is content, never a file name.
_MAX_PATH_CHARS = 4096


def _as_path(data: object) -> Path | None:
    if isinstance(data, os.PathLike):
        return Path(data)
    if isinstance(data, str) and len(data) < _MAX_PATH_CHARS and "\n" not in data and "<" not in data:
        try:
            path = Path(data)
            return path if path.is_file() else None
        except (OSError, ValueError):
            return None
    return None


def extract(
    data_or_path: str | bytes | os.PathLike[str],
    kind: str = "auto",
    url: str | None = None,
    *,
    source: str | None = None,
    registry: Registry | None = None,
    explain: bool = False,
) -> Article:
    """Read one article (HTML page or plain text) and return its record.

    ``data_or_path`` is a path, the bytes of a document, or its text. ``kind`` is
    ``"html"``, ``"text"`` or ``"auto"`` (decided by content). ``url`` is the page's
    address, used to resolve image URLs when the page names none. Problems with the
    input become warnings in the record; only a wrong ``kind`` raises. ``explain``
    adds, for plain text, the evidence behind each caption and credit taken (an added
    ``explain`` field; see docs/text.md).
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    registry = registry or default_registry()
    path = _as_path(data_or_path)
    if path is not None:
        source = source if source is not None else os.fspath(data_or_path)
        try:
            data: str | bytes = path.read_bytes()
        except OSError as exc:
            return Article(source=source, kind="text" if kind == "text" else "html",
                           url=url, warnings=[f"cannot read {source}: {exc.strerror or exc}"])
    else:
        data = data_or_path  # type: ignore[assignment]
    if kind == "auto":
        kind = sniff_kind(data)
    if kind == "html":
        from mediakit.html import extract_html
        return extract_html(data, source=source, url=url, registry=registry)
    from mediakit.text import extract_text
    return extract_text(data, source=source, url=url, registry=registry, explain=explain)
