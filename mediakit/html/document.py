"""Parsing a page into an lxml tree, safely, and reading its page-level facts.

Hostile input is bounded here: bytes beyond ``MAX_BYTES`` are cut, NUL bytes and other
control characters become U+FFFD (libxml2 does it; many of them give a warning), libxml2's own nesting limit (256 levels) stays on and
its use is reported, and the custom entities of a DOCTYPE are never expanded (the HTML
parser does not read an internal subset). Each limit met becomes a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Iterable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from mediakit.inputs.decode import utf8_bytes

# 64 MiB: a 50 MB page is read whole; a 1 GB one is cut (with a warning).
MAX_BYTES = 64 * 1024 * 1024
BINARY_SAMPLE = 65536
# Control bytes that hint at a binary file, counted by deleting every other byte (in C).
_CONTROL_BYTES = frozenset([*range(0x01, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
# Any byte other than the whitespace and NULs an empty page consists of.
_CONTENT_RE = re.compile(rb"[^ \t\r\n\f\x00]")
_WS_RE = re.compile(r"\s+")
# Tags whose content is never text of the page.
STRIP_TAGS = ("script", "style", "template", "svg", "math", "iframe", "object", "embed",
              "canvas", "select", "textarea", "input", "button", "video", "audio", "map", "link")
# Set on a play button kept for the poster picture inside it (buttons are otherwise removed).
POSTER_BUTTON_ATTR = "data-mediakit-play-button"
def _button_icon(picture: etree._Element) -> bool:
    """A control's own icon ("close.svg", a 24-pixel glyph): the button goes with it."""
    if (picture.get("src") or "").split("?", 1)[0].lower().endswith(".svg"):
        return True
    sizes = [(picture.get(attr) or "").strip().rstrip("px") for attr in ("width", "height")]
    return any(size.isdigit() and 0 < int(size) < 50 for size in sizes)


def _unfold_caption(button: etree._Element) -> None:
    """"<div><picture><img alt="X …"></picture><button>Bildbeschreibung ausklappen</button>
    </div><div style="display:none">X … <small>dpa</small></div>" (FAZ): a caption folded
    away behind a button beside its picture, opening with the picture's alt text. It is
    shown, as the button would show it, and marked as the caption it is."""
    box = button.getparent()
    folded = box.getnext() if box is not None else None
    if folded is None or not isinstance(folded.tag, str) or not _FOLDED_RE.search(folded.get("style") or ""):
        return
    alts = [" ".join((img.get("alt") or "").split()) for img in box.iter("img")]
    if len(alts) != 1 or len(alts[0]) < 20:
        return
    text = " ".join("".join(folded.itertext()).split())
    if len(text) <= _FOLDED_CAPTION_CHARS and text.startswith(alts[0]):
        del folded.attrib["style"]
        folded.set("class", f"{folded.get('class') or ''} caption".strip())


_FOLDED_RE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_FOLDED_CAPTION_CHARS = 600  # a caption and its credit; a longer box is something else


# What a play button's attributes say ("play", "Video abspielen", "Lire la vidéo").
_PLAY_WORDS_RE = re.compile(r"play|video|vidéo|vídeo|abspiel|wiedergabe|lecture|lire|reproduc|riproduc|player",
                            re.IGNORECASE)
# Set on an element whose hidden screen-reader label ("Image source,") was removed.
CREDIT_LABEL_ATTR = "data-mediakit-credit-label"


def text_of(el: etree._Element) -> str:
    """All text under ``el`` (without its tail), gathered in C."""
    if not len(el):  # a leaf: its text is all (and tostring costs a serializer)
        return el.text or ""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def first(el: etree._Element, *tags: str) -> etree._Element | None:
    """The first element named one of ``tags`` in ``el`` (itself included), in document
    order. Not next(el.iter(tag)): lxml's iterator fetches one element ahead, so it
    walks the whole subtree looking for a second one."""
    for _, found in etree.iterwalk(el, events=("start",), tag=tags):
        return found
    return None


def longer_than(el: etree._Element, limit: int) -> bool:
    """Whether ``el`` holds more than ``limit`` characters of text; stops early, so a
    long article is not read whole to answer. (The running total is kept by itertools
    in C: markup-heavy boxes yield hundreds of tiny chunks.)"""
    return next(filter(limit.__lt__, accumulate(map(len, el.itertext()))), None) is not None


def clean_space(text: str | None) -> str:
    """Whitespace runs to one space, trimmed (str.split is the fast way in CPython)."""
    return " ".join(text.split()) if text else ""


@dataclass
class Parsed:
    root: etree._Element | None
    warnings: list[str] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)  # raw JSON-LD script texts
    canonical: str | None = None  # <link rel=canonical> (links are removed from the tree)


def to_utf8(data: bytes | str) -> tuple[bytes, list[str]]:
    """The page as UTF-8 bytes, bounded, with warnings about its encoding and content."""
    if isinstance(data, str):
        raw, warnings = data.encode("utf-8", "surrogatepass"), []
    else:
        raw, warnings = utf8_bytes(bytes(data), html=True)
    if len(raw) > MAX_BYTES:
        warnings.append(f"page longer than {MAX_BYTES} bytes; the rest was not read")
        raw = raw[:MAX_BYTES]
    head = raw[:BINARY_SAMPLE]
    # libxml2 turns control bytes into U+FFFD itself; many of them mean a binary file.
    if head.count(b"\x00") > 16 or len(head.translate(None, _NOT_CONTROL)) > 64:
        warnings.append("page contains binary data; it may not be an HTML page")
    return raw, warnings


def parse(data: bytes | str) -> Parsed:
    """Parse ``data`` into a tree; never raises for bad input (the tree may be None)."""
    raw, warnings = to_utf8(data)
    if _CONTENT_RE.search(raw) is None:  # (strip() would copy the whole page)
        return Parsed(None, warnings + ["empty page"])
    # Plain lxml.etree elements (lxml.html's element classes cost a lookup per node), and
    # bytes rather than str (lxml would encode a str to UTF-8 again).
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                              no_network=True, default_doctype=False)
    try:
        root = etree.fromstring(raw, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        return Parsed(None, warnings + [f"page cannot be parsed as HTML: {exc}"])
    if root is None:
        return Parsed(None, warnings + ["page has no HTML content"])
    if any("depth" in (e.message or "").lower() for e in parser.error_log):
        warnings.append("page nests elements deeper than 256 levels; content below that depth was not read")
    # One walk (filtered in C) finds the four kinds of element read before the strip.
    found: dict[str, list[etree._Element]] = {"script": [], "link": [], "template": [], "button": []}
    for el in root.iter(*found):
        found[el.tag].append(el)
    # (The type first: reading .text copies a script, and pages inline megabytes of them.)
    jsonld = [s.text for s in found["script"]
              if "ld+json" in (s.get("type") or "").lower() and s.text]
    canonical = canonical_link(found["link"])
    # A declarative shadow root (<template shadowrootmode="open">) is shown; other
    # templates are inert copies for scripts (lightboxes) and go with the scripts.
    for template in found["template"]:
        if template.get("shadowrootmode") or template.get("shadowroot"):
            template.tag = "div"
    # A button wrapped around a picture: the picture stays. A play button makes it a
    # video's poster; an enlarge button (a lightbox, Luxemburger Wort) does not.
    for button in found["button"]:
        picture = next(button.iter("img", "picture", "amp-img"), None)
        if picture is not None and not _button_icon(picture):
            button.tag = "span"
            if _PLAY_WORDS_RE.search(" ".join(button.attrib.values())):
                button.set(POSTER_BUTTON_ATTR, "")
        elif picture is None:
            _unfold_caption(button)
    # Removal keeps the tail text, which belongs to the parent.
    etree.strip_elements(root, *STRIP_TAGS, with_tail=False)
    return Parsed(root, warnings, jsonld, canonical)


# -- page facts -------------------------------------------------------------------------

def _meta(metas: Iterable[etree._Element]) -> dict[str, str]:
    """<meta> content by lowercased property/name/http-equiv (first one wins)."""
    found: dict[str, str] = {}
    for meta in metas:
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


# An absolute http(s) address that urljoin gives back as written whatever the base: a
# lowercase scheme, a host without brackets, no white space or control characters (urlsplit
# strips or removes them), no ";" (path parameters are re-joined), not ending in an empty
# query or fragment ("?" or "#", which urlunsplit drops), ASCII only (a non-ASCII host is
# checked by NFKC). Most image addresses of a page are like this.
_PLAIN_ABSOLUTE_RE = re.compile(r"https?://[^\x00-\x20\x7f/?#\[\];]+(?:[/?#][^\x00-\x20\x7f;]*)?\Z")


def resolve(base: str | None, url: str | None) -> str | None:
    """``url`` made absolute against ``base``; as written when either is malformed
    ("http://[broken")."""
    if not base or not url:
        return url
    if url.isascii() and _PLAIN_ABSOLUTE_RE.match(url) and not url.endswith(("?", "#")) and "?#" not in url:
        return url  # what urljoin would return, without parsing both addresses
    return _joined(base, url)


# A page names a picture several times (responsive copies, JSON-LD, og:image) and the
# merge resolves the same addresses again: a small cache serves those, while its size
# keeps it from outliving a page's addresses.
@lru_cache(maxsize=512)
def _joined(base: str, url: str) -> str:
    try:
        return urljoin(base, url)
    except ValueError:
        return url


def _absolute(url: str | None) -> bool:
    try:
        return bool(url) and urlsplit(url).scheme in ("http", "https")
    except ValueError:
        return False


def page_facts(root: etree._Element, url: str | None, canonical: str | None) -> PageFacts:
    # One walk for the <meta>s and the first <base> (most pages have none: a walk of
    # the whole page to find out).
    metas: list[etree._Element] = []
    base_el = None
    for el in root.iter("meta", "base"):
        if el.tag == "meta":
            metas.append(el)
        elif base_el is None:
            base_el = el
    meta = _meta(metas)
    canonical = canonical or meta.get("og:url")
    base_href = base_el.get("href") if base_el is not None else None
    page_url = canonical if _absolute(canonical) else (url or canonical)
    base = url or None
    if _absolute(canonical):
        base = canonical if not base else base
    if base_href:
        base = resolve(base, base_href) if base else base_href
    lang = normalise_lang(root.get("lang") or root.get("xml:lang")
                          or meta.get("og:locale") or meta.get("content-language")
                          or meta.get("language") or meta.get("dc.language"))
    title = clean_space(meta.get("og:title")) or None
    if not title:
        h1 = next(root.iter("h1"), None)
        title = clean_space(text_of(h1)) if h1 is not None else None
    if not title:
        t = first(root, "title")
        title = clean_space(text_of(t)) if t is not None else None
    return PageFacts(page_url, base, lang, title or None, meta)


def canonical_link(links: Iterable[etree._Element]) -> str | None:
    """The href of the first <link rel=canonical> among ``links``."""
    for link in links:
        if "canonical" in (link.get("rel") or "").lower() and link.get("href"):
            return link.get("href")
    return None
