"""Parsing a page into an lxml tree, safely, and reading its page-level facts.

Hostile input is bounded here: text beyond ``MAX_CHARS`` is cut, NUL bytes and other
control characters are removed, libxml2's own nesting limit (256 levels) stays on and
its use is reported, and the custom entities of a DOCTYPE are never expanded (the HTML
parser does not read an internal subset). Each limit met becomes a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from mediakit.inputs.decode import decode_bytes

# 64 Mi characters: a 50 MB page is read whole; a 1 GB one is cut (with a warning).
MAX_CHARS = 64 * 1024 * 1024
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*>")
_WS_RE = re.compile(r"\s+")
# Tags whose content is never text of the page.
STRIP_TAGS = ("script", "style", "template", "svg", "math", "iframe", "object", "embed",
              "canvas", "select", "textarea", "input", "button", "video", "audio", "map", "link")


def clean_space(text: str | None) -> str:
    return _WS_RE.sub(" ", text).strip() if text else ""


@dataclass
class Parsed:
    root: etree._Element | None
    warnings: list[str] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)  # raw JSON-LD script texts
    canonical: str | None = None  # <link rel=canonical> (links are removed from the tree)


def to_text(data: bytes | str) -> tuple[str, list[str]]:
    if isinstance(data, (bytes, bytearray, memoryview)):
        text, warnings = decode_bytes(bytes(data), html=True)
    else:
        text, warnings = data, []
    if len(text) > MAX_CHARS:
        warnings.append(f"page longer than {MAX_CHARS} characters; the rest was not read")
        text = text[:MAX_CHARS]
    text = _XML_DECL_RE.sub("", text, count=1)
    if _CONTROL_RE.search(text):
        bad = sum(len(m) for m in _CONTROL_RE.findall(text[:1_000_000]))
        text = _CONTROL_RE.sub("", text)
        if bad > 64:
            warnings.append("page contains binary or control characters; they were removed")
    if "\ufffd" in text[:200_000] and text.count("\ufffd", 0, 200_000) > 1000:
        warnings.append("page has many undecodable characters; it may not be HTML text")
    return text, warnings


def parse(data: bytes | str) -> Parsed:
    """Parse ``data`` into a tree; never raises for bad input (the tree may be None)."""
    text, warnings = to_text(data)
    if not text.strip():
        return Parsed(None, warnings + ["empty page"])
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                                  default_doctype=False)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        return Parsed(None, warnings + [f"page cannot be parsed as HTML: {exc}"])
    if any("depth" in (e.message or "").lower() for e in parser.error_log):
        warnings.append("page nests elements deeper than 256 levels; content below that depth was not read")
    jsonld = [s.text for s in root.iter("script")
              if s.text and "ld+json" in (s.get("type") or "").lower()]
    canonical = canonical_link(root)
    # Removal keeps the tail text, which belongs to the parent.
    etree.strip_elements(root, *STRIP_TAGS, with_tail=False)
    etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    return Parsed(root, warnings, jsonld, canonical)


# -- page facts -------------------------------------------------------------------------

def _meta(root: etree._Element) -> dict[str, str]:
    """<meta> content by lowercased property/name/http-equiv (first one wins)."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("http-equiv") or meta.get("itemprop")
        content = meta.get("content")
        if name and content:
            found.setdefault(name.strip().lower(), content.strip())
    return found


@dataclass
class PageFacts:
    url: str | None
    base: str | None  # what relative image URLs resolve against
    lang: str | None
    title: str | None
    meta: dict[str, str]


_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def normalise_lang(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().split(",")[0].strip()
    if not _LANG_RE.match(value):
        return None
    parts = value.replace("_", "-").split("-")
    tag = [parts[0].lower()] + [p.upper() if len(p) == 2 else p for p in parts[1:]]
    return "-".join(tag)


def _absolute(url: str | None) -> bool:
    return bool(url) and urlsplit(url).scheme in ("http", "https")


def page_facts(root: etree._Element, url: str | None, canonical: str | None) -> PageFacts:
    meta = _meta(root)
    canonical = canonical or meta.get("og:url")
    base_el = next(root.iter("base"), None)
    base_href = base_el.get("href") if base_el is not None else None
    page_url = canonical if _absolute(canonical) else (url or canonical)
    base = url or None
    if _absolute(canonical):
        base = canonical if not base else base
    if base_href:
        base = urljoin(base or "", base_href) if base else base_href
    lang = normalise_lang(root.get("lang") or root.get("xml:lang")
                          or meta.get("og:locale") or meta.get("content-language")
                          or meta.get("language") or meta.get("dc.language"))
    title = clean_space(meta.get("og:title")) or None
    if not title:
        h1 = next(root.iter("h1"), None)
        title = clean_space(h1.text_content()) if h1 is not None else None
    if not title:
        t = next(root.iter("title"), None)
        title = clean_space(t.text_content()) if t is not None else None
    return PageFacts(page_url, base, lang, title or None, meta)


def canonical_link(root: etree._Element) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower() and link.get("href"):
            return link.get("href")
    return None
