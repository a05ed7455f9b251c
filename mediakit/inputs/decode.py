"""Bytes to text: BOM, then the page's own declaration, then detection.

Order of trust (as browsers do it, minus the HTTP header we never see):

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. for HTML, ``<meta charset>`` or ``<meta http-equiv="Content-Type" content="...charset=">``
   in the first bytes, when the declared codec decodes the bytes cleanly;
3. strict UTF-8 (most of the web, and cheap to try);
4. ``charset_normalizer`` detection on a bounded sample;
5. UTF-8 with replacement characters, with a warning.

Every fallback leaves a warning so the record says how its text was obtained.
"""
from __future__ import annotations

import codecs
import re

# Where a declaration must sit to count (the HTML standard says 1024 bytes; real pages
# put long comments first, so we look further).
DECLARATION_WINDOW = 8192
# Detection on a whole 50 MB page is slow; a sample decides as well.
DETECTION_SAMPLE = 65536

NEAR_CHAOS = 0.05
PREFERRED_CODECS = ("utf-8", "cp1252", "cp1251", "shift_jis", "euc_jp", "gb18030", "big5", "cp949", "cp1250")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE
)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})""", re.I)

# Labels pages declare that Python names differently, or that browsers reinterpret.
_ALIASES = {
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "x-sjis": "shift_jis", "shift-jis": "shift_jis", "gb2312": "gb18030",
    "gbk": "gb18030", "x-gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "unicode": "utf-8", "utf8": "utf-8", "x-user-defined": "cp1252",
}


def _codec(label: bytes | str) -> str | None:
    name = label.decode("ascii", "ignore") if isinstance(label, bytes) else label
    name = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """The codec a page declares in its first bytes (meta charset or XML declaration)."""
    head = data[:DECLARATION_WINDOW]
    match = _XML_DECL_RE.search(head) or _META_CHARSET_RE.search(head)
    return _codec(match.group(1)) if match else None


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _detect(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    matches = list(from_bytes(data[:DETECTION_SAMPLE]))
    if not matches:
        return None
    # Short Western texts decode equally well as several single-byte codecs; among the
    # near-best, take the one the web uses (and browsers assume) most.
    best_chaos = min(m.chaos for m in matches)
    close = {_codec(m.encoding) for m in matches if m.chaos <= best_chaos + NEAR_CHAOS}
    for preferred in PREFERRED_CODECS:
        if preferred in close:
            return preferred
    best = min(matches, key=lambda m: m.chaos)
    return _codec(best.encoding)


def decode_bytes(data: bytes, *, html: bool) -> tuple[str, list[str]]:
    """Decode ``data`` to text; return the text and warnings about how it was done."""
    if not data:
        return "", []
    bom = _bom(data)
    if bom:
        name, skip = bom
        return data[skip:].decode(name, "replace"), []
    try:
        # Valid UTF-8 with non-ASCII bytes is UTF-8 whatever a meta tag claims: pages
        # that declare Latin-1 yet are UTF-8 are common (the server header said UTF-8).
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    warnings: list[str] = []
    if html:
        declared = declared_encoding(data)
        if declared and not declared.startswith(("utf-16", "utf-32")) and declared != "utf-8":
            try:
                return data.decode(declared), warnings
            except UnicodeDecodeError:
                warnings.append(f"page declares {declared} but is not valid {declared}; detecting")
    detected = _detect(data)
    if detected and detected != "utf-8":
        try:
            return data.decode(detected), warnings + [f"encoding detected as {detected}"]
        except UnicodeDecodeError:
            text = data.decode(detected, "replace")
            return text, warnings + [f"encoding detected as {detected}; undecodable bytes replaced"]
    return data.decode("utf-8", "replace"), warnings + [
        f"invalid UTF-8 at byte {utf8_error.start}; undecodable bytes replaced"
    ]


def utf8_bytes(data: bytes, *, html: bool) -> tuple[bytes, list[str]]:
    """``data`` as UTF-8 bytes (for a parser that reads bytes faster than text): the
    input itself when it already is valid UTF-8, else decoded as decode_bytes does."""
    if data and not _bom(data):
        try:
            data.decode("utf-8")
            return data, []
        except UnicodeDecodeError:
            pass
    text, warnings = decode_bytes(data, html=html)
    return text.encode("utf-8", "surrogatepass"), warnings
