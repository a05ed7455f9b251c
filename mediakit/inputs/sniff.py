"""Deciding whether a document is HTML or plain text, by content rather than by name."""
from __future__ import annotations

import re

# Tags that mark a real page; a stray "<b>" in an e-mail export is not enough.
_MARKUP_RE = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|div|p|article|figure|img|section|span|a\s)[\s>/]",
    re.IGNORECASE,
)
SNIFF_BYTES = 65536


def sniff_kind(data: bytes | str) -> str:
    """``"html"`` when the start of ``data`` reads as markup, else ``"text"``."""
    head = data[:SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "html"
    # A page fragment is mostly tags; an article that mentions "<figure>" or "<ul>" in
    # its prose has a handful among many lines.
    tags = len(_MARKUP_RE.findall(head))
    lines = head.count(b"\n") + 1
    return "html" if tags >= 3 and tags >= 0.3 * lines else "text"
