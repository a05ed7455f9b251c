"""Unicode folding for matching names across scripts and typing habits.

Agency aliases are written once in the registry and must still match what outlets
print: full-width forms (ＡＦＰ), case (AFP, Afp), Latin diacritics (Agencia/Agência),
spacing and punctuation (Flash 90/Flash90, ABACAPRESS.COM), and simplified or
traditional Chinese (新华社/新華社). ``tokens()`` turns a string into folded tokens with
their character offsets in the original, so a match can be mapped back to the text as
printed.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterator, NamedTuple

import regex

# Scripts written without spaces between words: every character is its own token, so an
# alias can be found inside a longer run (新华社记者 -> 新华社 + 记者).
_CHAR_TOKEN = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー々〆"
# A token is a run of letters, marks and digits (plus apostrophes inside a word), or one
# character of a script without spaces.
_TOKEN_RE = regex.compile(
    rf"[{_CHAR_TOKEN}]|[^\s\p{{P}}\p{{S}}\p{{Cc}}{_CHAR_TOKEN}]+(?:['’][^\s\p{{P}}\p{{S}}\p{{Cc}}{_CHAR_TOKEN}]+)*"
)


class Token(NamedTuple):
    key: str  # folded form
    start: int  # offsets in the original string
    end: int


_token = Token._make  # quicker than Token(...) on the hot path
_span = regex.Match.span


@lru_cache(maxsize=1)
def _zh_variants() -> dict[int, str]:
    """Traditional (and Japanese shinjitai) -> simplified Chinese, one character each."""
    table: dict[int, str] = {}
    text = resources.files("mediakit.credits").joinpath("data/zh_variants.tsv").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
            table[ord(parts[0])] = parts[1]
    return table


def _strip_latin_marks(text: str) -> str:
    """Drop diacritics from Latin and Greek letters only: decomposing Hangul or Cyrillic
    would change letters, not accents."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF or 0x0370 <= ord(ch) <= 0x03FF:
            decomposed = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=1)
def _variants_leave_ascii() -> bool:
    return all(code >= 0x80 for code in _zh_variants())


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """NFKC, case folding, Latin diacritics removed, Chinese variants unified.

    Cached: credits are made of the same few thousand words over and over."""
    if text.isascii() and _variants_leave_ascii():
        return text.lower()  # NFKC keeps ASCII as it is, and folds its case as lower() does
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _strip_latin_marks(text)
    return text.translate(_zh_variants())


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """Folded tokens of ``text`` with offsets into ``text`` itself.

    Folding is done per token so that offsets stay those of the original string even
    where NFKC changes lengths. Cached (the result is immutable): credit pieces such as
    "Getty Images" come back again and again.
    """
    if text.isascii() and _variants_leave_ascii():
        # ASCII folds to its lowercase, character for character: one lower() for all.
        lowered = text.lower()
        return tuple([_token((lowered[start:end], start, end))
                      for start, end in map(_span, _TOKEN_RE.finditer(text))])
    return tuple([_token((fold(m.group()), m.start(), m.end())) for m in _TOKEN_RE.finditer(text)])


def iter_tokens(text: str) -> Iterator[tuple[str, int, int]]:
    """``tokens(text)`` one at a time as (key, start, end), not cached: for a caller that
    reads only the first few."""
    if text.isascii() and _variants_leave_ascii():
        for m in _TOKEN_RE.finditer(text):  # ASCII folds to its lowercase (as in tokens)
            start, end = _span(m)
            yield (text[start:end].lower(), start, end)
        return
    for m in _TOKEN_RE.finditer(text):
        start, end = _span(m)
        yield (fold(text[start:end]), start, end)


def key(text: str) -> str:
    """The lookup key of a whole name: its folded tokens joined with nothing between, so
    'Flash 90', 'Flash90' and 'FLASH-90' are one key."""
    return "".join(t.key for t in tokens(text))
