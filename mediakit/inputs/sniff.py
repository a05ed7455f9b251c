"""Deciding whether a document is HTML or plain text, by content rather than by name."""
from __future__ import annotations

import codecs
import re

# Tags that mark a real page; a stray "<b>" in an e-mail export is not enough.
_MARKUP_RE = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|div|p|article|figure|img|section|span|a\s)[\s>/]",
    re.IGNORECASE,
)
SNIFF_BYTES = 65536


_WIDE_BOMS = (  # longest first: the UTF-32 LE mark starts like the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_or_32_as_text(head: bytes) -> bytes | str:
    """A UTF-16 or UTF-32 document (with its byte-order mark) as text: its markup is
    invisible to a byte search ("<\x00h\x00t\x00m\x00l")."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            usable = len(head) - (len(head) - len(bom)) % (4 if codec == "utf-32" else 2)
            return head[:usable].decode(codec, "replace")
    return head


def sniff_kind(data: bytes | str) -> str:
    """``"html"`` when the start of ``data`` reads as markup, else ``"text"``."""
    head = data[:SNIFF_BYTES]
    if isinstance(head, bytes):
        head = _utf16_or_32_as_text(head)
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
