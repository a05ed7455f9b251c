"""Plain-text articles: title, body, and the captions and credits left inline.

Archives and CMS exports often hold an article as text with each picture's caption
where the picture was, its credit glued to the end (``… le 19 juin Gavriil
Grigorov/Sputnik``), on the line under or over it (``© Name / Agency``), or alone
(``PHOTO: AFP``). :func:`extract_text` reads such text into an :class:`Article`;
every caption found becomes an image with ``src=None`` (as the contract wants for
text; a Markdown image's address goes to the added field ``markdown_src``).

``explain=True`` adds ``Article.extra["explain"]``: for each caption and credit taken,
and each near miss, the features and score that decided it (see ``docs/text.md``).
"""
from __future__ import annotations

import regex

from mediakit.credits.registry import Registry, default_registry
from mediakit.lang.detect import guess_language
from mediakit.model import Article
from mediakit.text.blocks import normalise, split_units
from mediakit.text.markup import undo_markup
from mediakit.text.classify import Layout, read_layout
from mediakit.text.words import TextWords, text_words

__all__ = ["extract_text", "read_text_layout"]


def extract_text(
    data: str | bytes,
    *,
    source: str | None = None,
    url: str | None = None,
    registry: Registry | None = None,
    explain: bool = False,
) -> Article:
    """Read one plain-text article (str, or bytes in any common encoding)."""
    registry = registry or default_registry()
    warnings: list[str] = []
    if isinstance(data, (bytes, bytearray, memoryview)):
        text, warnings = _decode(bytes(data))
    elif isinstance(data, str):
        text = data
    else:
        return Article(source=source, kind="text", url=url,
                       warnings=[f"cannot read input of type {type(data).__name__} as text"])
    if not any(ch.isalnum() for ch in text):
        warnings.append("no text found in the input")
        return Article(source=source, kind="text", url=url, warnings=warnings)
    layout = read_text_layout(text, registry=registry, explain=explain)
    article = Article(
        source=source, kind="text", url=url, title=layout.title, body=layout.body,
        images=layout.images, warnings=list(warnings), lang=_guess_lang(layout),
    )
    if not layout.title and not layout.body and not layout.images:
        article.warnings.append("no text found in the input")
    if layout.bylines:
        article.extra["bylines"] = layout.bylines
    if explain:
        article.extra["explain"] = layout.explain
    return article


def _guess_lang(layout: Layout) -> str | None:
    """The language of the article's own words (title and body; captions may quote
    names in other languages, so they only count when there is no body)."""
    parts = [layout.title or "", *layout.body] if layout.body else \
        [layout.title or "", *(image.caption or "" for image in layout.images)]
    return guess_language("\n".join(part for part in parts if part))


def read_text_layout(text: str, *, registry: Registry | None = None, explain: bool = False) -> Layout:
    """The block-level reading of ``text`` (title, body, images, bylines, evidence)."""
    words = text_words()
    units = split_units(_unglue_credits(normalise(undo_markup(text)), words))
    return read_layout(units, words, registry or default_registry(), explain=explain)


# A sentence end or © directly followed by a letter: where a credit may be glued on.
# (A capitalised label run on from a lower-case letter, "…FahrerFoto:", or a Hebrew one,
# "…אביבצילום:", is looked for only in lines that show the shape.)
_GLUE_HINT_RE = regex.compile(r"[©ⓒⒸ]|[.!?)»”\"][^\W\d_]|\p{Ll}\p{Lu}\p{L}{1,25}\s*[:：]|\p{Hebrew}{4,}[:：]")


def _unglue_credits(text: str, words: TextWords) -> str:
    """Give a credit glued to a sentence the space the splitter expects ("Himmel.© dpa",
    "Amazon.Credit: X"); only lines that show a hint are searched."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if _GLUE_HINT_RE.search(line):
            lines[number] = _unglued(line, words)
    return "\n".join(lines)


def _unglued(line: str, words: TextWords) -> str:
    line = _GLUED_SIGN_RE.sub(" ", line)
    # (A label is tried only where one may be glued on: a few places a line.)
    cuts = [m.start() for m in words.glue_point.finditer(line) if words.glued_label_at.match(line, m.start())]
    for cut in reversed(cuts):
        line = f"{line[:cut]} {line[cut:]}"
    return line


_GLUED_SIGN_RE = regex.compile(r"(?<=\S)(?=[©ⓒⒸ])")


def _decode(data: bytes) -> tuple[str, list[str]]:
    try:
        from mediakit.inputs.decode import decode_bytes
    except ImportError:  # the decoder module is optional for this package
        return _decode_utf8(data)
    return decode_bytes(data, html=False)


def _decode_utf8(data: bytes) -> tuple[str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", "replace"), [f"input is not valid UTF-8 ({exc.reason}); bad bytes replaced"]
