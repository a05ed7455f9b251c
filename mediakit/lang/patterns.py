"""Regular expressions built from word lists of the language files.

Both the credit parser and the text extractor search for hundreds of words at once
(labels of thirty-odd languages, role words, picture words). Laying the words out as a
trie ("photo", "photo by", "photographie" share "photo") makes a pattern cost a few steps
per character instead of hundreds of alternatives tried one after the other.
"""
from __future__ import annotations

import unicodedata

import regex

CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
_CJK_RE = regex.compile(f"[{CJK_CLASS}]")


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex matching any of ``words`` (compile it case-insensitively), longest first,
    a space in a word matching any spacing. Matches nothing for an empty list."""
    trie: dict = {}
    for word in words:
        form = word_form(word)
        if not form:
            continue
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) or r"(?!)"


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else regex.escape(ch)) + _trie_pattern(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # a word may end here: go on if possible


def is_cjk(word: str) -> bool:
    """Whether ``word`` has characters of a script written without spaces."""
    return bool(_CJK_RE.search(word))


def bounded(words: tuple[str, ...] | list[str], joiners: str = "") -> str:
    """Alternation with word boundaries around alphabetic words (CJK words need none).
    ``joiners`` are more characters that continue a word ("-": "from left-wing")."""
    latin = tuple(w for w in words if not is_cjk(w))
    cjk = tuple(w for w in words if is_cjk(w))
    parts = []
    extra = regex.escape(joiners)
    if latin:
        parts.append(rf"(?<![\w@{extra}])(?:{alternation(latin)})(?![\w@'’{extra}])")
    if cjk:
        parts.append(f"(?:{alternation(cjk)})")
    return "|".join(parts) or r"(?!)"


def word_form(word: str) -> str:
    """A word as ``alternation`` lays it out: NFC, lowercase, single spaces."""
    return " ".join(unicodedata.normalize("NFC", word).lower().split())


class Openings:
    """The first one or two characters of a word list, folded.

    A case-insensitive ``alternation`` of the words costs a few microseconds at every
    position it is tried; a set lookup says first whether any word can start there at
    all. The test is a necessary condition only: it never rules out a real match.
    """

    __slots__ = ("single", "pairs", "longest")

    def __init__(self, words: tuple[str, ...] | list[str], extra: str = ""):
        forms = [f for f in (word_form(w) for w in words) if f]
        # A word of one character, or one whose second is a space (matched by \s+).
        # Folded character by character (str.casefold has no context rules), as the text
        # is in ``may_start``: characters a case-insensitive pattern takes as equal fold
        # alike.
        self.single = frozenset(f[0].casefold() for f in forms if len(f) == 1 or f[1] == " ") | {
            ch.casefold() for ch in extra}
        self.pairs = frozenset(f[:2].casefold() for f in forms if len(f) > 1 and f[1] != " ")
        self.longest = max((len(f) for f in forms), default=0)

    def may_start(self, text: str, i: int) -> bool:
        """Whether one of the words may start at ``text[i]`` (case-insensitively)."""
        first = text[i].casefold()
        return first in self.single or first + text[i + 1:i + 2].casefold() in self.pairs
