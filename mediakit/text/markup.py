"""Markup left in plain text by CMS and archive exports, rewritten as the text reader
expects it.

WordPress exports keep their shortcodes (``[caption …]<img …> Caption[/caption]``),
static-site and Gutenberg exports keep HTML remnants (``<figure>``, ``<figcaption>``,
``<!-- wp:paragraph -->``), newsroom systems mark their pictures with blocks
(``[PHOTO 1]`` … ``[/PHOTO]``, ``<<IMAGE>>``) and e-mail text parts with ``[image: alt]``.
Each picture becomes a Markdown image (``![alt](src)``), which the reader already pairs
with the caption line after it; the rest of the markup goes, with a line break where a
block ended. Text without any of it is returned as it is.
"""
from __future__ import annotations

import html
import re

# Cheap test first: none of the markup below can be there without one of these. (Every
# pattern stops at the next "<" or "[" and reads a bounded stretch: a text of thousands of
# unclosed "<img " or "[caption" stays linear.)
_TRIGGER_RE = re.compile(r"<(?:!--|/?(?:img|figure|figcaption|picture|p|div|br|small|span)\b)|\[/?\w|<<", re.I)

_COMMENT_RE = re.compile(r"<!--[^<]{0,2000}?-->")
# Only an <img> with an address is markup: "Single <img>" in a text about HTML is a word.
_IMG_RE = re.compile(r"<img\s[^<>]{0,4000}?\bsrc\s*=[^<>]{0,4000}>", re.I)
# Tags are markup only where the text shows real HTML: a closing tag or a real <img>.
_REAL_HTML_RE = re.compile(r"</(?:figure|figcaption|p|div|span|small|a|em|strong)>|<img\s[^<>]{0,4000}?\bsrc\s*=", re.I)
_ATTR_RE = re.compile(r"""\b(src|data-src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
# Tags that end a block of text: a line break stands in their place.
_BLOCK_TAG_RE = re.compile(r"</?(?:figure|figcaption|picture|p|div|br|section|blockquote|li|ul|ol|h[1-6])\b[^<>]{0,2000}>", re.I)
# Tags inside a line: they go.
_INLINE_TAG_RE = re.compile(r"</?(?:small|span|em|strong|b|i|u|a|sup|sub|source|cite|mark|time)\b[^<>]{0,2000}>", re.I)
# WordPress shortcodes around a picture and its caption.
_SHORTCODE_RE = re.compile(r"\[/?(?:caption|wp_caption|gallery|embed|video|audio)\b[^\]\[\n]{0,2000}\]", re.I)
# A newsroom system's picture block: "[PHOTO 1]", "[Bild 2]", "<<IMAGE>>", "[FOTO]";
# and "[image: alt text]" of e-mail text parts. Its end: "[/PHOTO]", "<</IMAGE>>".
_PICTURE_WORDS = r"photo|image|img|picture|pic|foto|bild|grafik|graphic|imagen|immagine|immagine|photographie|zdjęcie|фото"
_BLOCK_OPEN_RE = re.compile(
    rf"^[ \t]*(?:\[|<<)[ \t]*(?:{_PICTURE_WORDS})[ \t]*\d{{0,3}}[ \t]*(?:\]|>>)[ \t]*$", re.I | re.M)
_ALT_PLACEHOLDER_RE = re.compile(r"^[ \t]*\[(?:image|img)[ \t]*:[ \t]*([^\]\n]{1,300})\][ \t]*$", re.I | re.M)
_BLOCK_CLOSE_RE = re.compile(rf"^[ \t]*(?:\[/|<</)[ \t]*(?:{_PICTURE_WORDS})[ \t]*(?:\]|>>)[ \t]*$", re.I | re.M)


def undo_markup(text: str) -> str:
    """``text`` with export markup rewritten (see the module docstring)."""
    if not _TRIGGER_RE.search(text):
        return text
    text = _COMMENT_RE.sub("", text)
    if _REAL_HTML_RE.search(text):
        text = _IMG_RE.sub(_as_markdown_image, text)
        text = _BLOCK_TAG_RE.sub("\n", text)
        text = _INLINE_TAG_RE.sub("", text)
    text = _SHORTCODE_RE.sub("\n", text)
    text = _ALT_PLACEHOLDER_RE.sub(lambda m: _markdown_image(m.group(1), ""), text)
    text = _BLOCK_OPEN_RE.sub("![]()", text)
    text = _BLOCK_CLOSE_RE.sub("", text)
    return text


def _as_markdown_image(match: re.Match[str]) -> str:
    attrs: dict[str, str] = {}
    for name, double, single in _ATTR_RE.findall(match.group()):
        attrs.setdefault(name.lower(), html.unescape(double or single))
    return "\n" + _markdown_image(attrs.get("alt", ""), attrs.get("src") or attrs.get("data-src", "")) + "\n"


def _markdown_image(alt: str, src: str) -> str:
    """``![alt](src)`` the Markdown reader can read back: no bracket in the alt text, no
    space or bracket in the address."""
    alt = " ".join(alt.replace("[", "(").replace("]", ")").split())
    src = re.sub(r"[\s()]", "", src)
    return f"![{alt}]({src})"
