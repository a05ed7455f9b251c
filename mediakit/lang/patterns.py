"""Regular expressions built from word lists of the language files.

Both the credit parser and the text extractor search for hundreds of words at once
(labels of thirty-odd languages, role words, picture words). Laying the words out as a
trie ("photo", "photo by", "photographie" share "photo") makes a pattern cost a few steps
per character instead of hundreds of alternatives tried one after the other.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

CJK_CLASS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
# Full stops of scripts that have one of their own: Devanagari and Bengali "।", Urdu "۔",
# Amharic "።", Burmese "။", Khmer "។" (one list for the credit parser and the text reader).
SCRIPT_STOPS = "।۔።။។"
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


# A word written with a straight apostrophe matches the typographic one, and back:
# "Photo d'archives" in the data, "Photo d’archives" on the page.
_APOSTROPHES = "['’]"


def _trie_pattern(node: dict) -> str:
    branches = [(r"\s+" if ch == " " else _APOSTROPHES if ch in "'’" else regex.escape(ch)) + _trie_pattern(child)
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
        # The edges are checked where the phrase has a letter there: ", left," may follow
        # "Mourinho" directly.
        parts.append(rf"(?:(?=[\w{extra}])(?<![\w@{extra}])|(?![\w{extra}]))(?:{alternation(latin)})"
                     rf"(?:(?<=[\w{extra}])(?![\w@'’{extra}])|(?<![\w{extra}]))")
    if cjk:
        parts.append(f"(?:{alternation(cjk)})")
    return "|".join(parts) or r"(?!)"


def word_form(word: str) -> str:
    """A word as ``alternation`` lays it out: NFC, lowercase, single spaces."""
    return " ".join(unicodedata.normalize("NFC", word).lower().split())


class Openings:
    """The first characters of a word list (one, two or three of them, never past a
    space, which the pattern matches with any spacing), folded; the last ones, read
    backwards, with ``backwards``.

    A case-insensitive ``alternation`` of the words costs a few microseconds at every
    position it is tried; a set lookup says first whether any word can start there at
    all. The test is a necessary condition only: it never rules out a real match.
    """

    __slots__ = ("keys", "depth", "longest")

    def __init__(self, words: tuple[str, ...] | list[str], extra: str = "", backwards: bool = False,
                 depth: int = 2):
        if not 1 <= depth <= 3:
            raise ValueError("depth is 1, 2 or 3")
        forms = [f[::-1] if backwards else f for f in (word_form(w) for w in words) if f]
        # Openings of the folded words, as ``may_start`` folds the text: characters a
        # case-insensitive pattern takes as equal fold alike (str.casefold works character
        # by character, so a prefix of the folded text is the fold of its first characters).
        # keys[k - 1]: the openings k characters long.
        keys: list[set[str]] = [set(), set(), set()]
        for opening in [f.casefold().split(" ")[0][:depth] for f in forms] + [ch.casefold()[:depth] for ch in extra]:
            keys[len(opening) - 1].add(opening)
        self.keys = tuple(frozenset(k) for k in keys)
        self.depth = depth
        self.longest = max((len(f) for f in forms), default=0)

    def may_start(self, text: str, i: int) -> bool:
        """Whether one of the words may start at ``text[i]`` (case-insensitively)."""
        folded = text[i:i + self.depth].casefold()
        one, two, three = self.keys
        return folded[:1] in one or folded[:2] in two or folded[:3] in three

    def may_open(self, text: str, brackets: str = "") -> bool:
        """Whether one of the words may open ``text`` after spaces (and one of
        ``brackets``), as a pattern ``^\\s*[brackets]?\\s*(?:words)`` reads it."""
        text = text.lstrip()  # str.isspace takes in every \s (and a few controls more)
        if not text:
            return False
        if self.may_start(text, 0):
            return True
        if text[0] in brackets:
            rest = text[1:].lstrip()
            return bool(rest) and self.may_start(rest, 0)
        return False


def may_end_with(text: str, endings: Openings) -> bool:
    """Whether one of the words of ``endings`` (``Openings(words, backwards=True)``) may
    close ``text`` before trailing spaces."""
    tail = text.rstrip()[-endings.depth:]
    return bool(tail) and endings.may_start(tail[::-1], 0)


_WORD_RUN = regex.compile(r"\w+")


@lru_cache(maxsize=4096)
def _word_runs(text: str) -> frozenset[str] | None:
    """The folded runs of word characters of ``text``; None for text with characters of
    a script without spaces. Cached: the parser asks several word lists of one text."""
    if text.isascii():
        return frozenset(_WORD_RUN.findall(text.lower()))  # ASCII: lower() is its casefold
    if _CJK_RE.search(text):
        return None
    return frozenset(map(str.casefold, _WORD_RUN.findall(text)))


class FirstRuns:
    """The run of word characters each word of a list opens with, folded.

    Where a word matches with a boundary before it (``bounded``, or ``\\s+(?:words)``,
    ``/(?:words)``), its opening run stands whole in the text: text without one of
    these runs (nor the first character of a word that opens with no word character,
    nor one of ``marks``: separators matched on their own) has no match.
    """

    __slots__ = ("_runs", "_marks")

    def __init__(self, words: tuple[str, ...] | list[str], marks: str = ""):
        forms = [form for form in map(word_form, words) if form]
        runs = [_WORD_RUN.match(form) for form in forms]
        self._runs = frozenset(m.group().casefold() for m in runs if m)
        # A word opening with another character ("=" of "A＝B"): that character, in any case.
        signs = {form[0] for form, run in zip(forms, runs) if not run}
        self._marks = frozenset(marks) | {v for c in signs for v in (c, c.lower(), c.upper(), c.casefold())}

    def may_stand_in(self, text: str, runs: frozenset[str] | None = None) -> bool:
        """Whether one of the words may match in ``text`` (``runs``: its ``_word_runs``
        when the caller has them)."""
        if not self._marks.isdisjoint(text):
            return True
        if runs is None:
            runs = _word_runs(text.strip(" "))  # (" X " and "X": one text to the cache)
        return runs is None or not self._runs.isdisjoint(runs)


class WordPattern:
    """``bounded(words)`` compiled case-insensitively, with the same methods as a pattern
    (``search``, ``sub``) and the same results, but quicker:

    - for text with no character of a script without spaces, the words of those scripts
      (which cannot match there, yet would be tried at every position) are left out;
    - text without the opening run of any of the other words is not searched.
    """

    __slots__ = ("pattern", "_latin", "_first_runs")

    def __init__(self, words: tuple[str, ...] | list[str]):
        self.pattern = regex.compile(bounded(words), regex.IGNORECASE)
        latin = tuple(w for w in words if not is_cjk(w))
        self._latin = regex.compile(bounded(latin), regex.IGNORECASE) if latin else None
        self._first_runs = FirstRuns(latin)

    def _pattern_for(self, text: str) -> regex.Pattern[str] | None:
        runs = _word_runs(text)
        if runs is None:  # characters of a script without spaces
            return self.pattern
        if self._latin is None:
            return None
        return self._latin if self._first_runs.may_stand_in(text, runs) else None

    def search(self, text: str) -> regex.Match[str] | None:
        pattern = self._pattern_for(text)
        return pattern.search(text) if pattern else None

    def match(self, text: str) -> regex.Match[str] | None:
        pattern = self._pattern_for(text)
        return pattern.match(text) if pattern else None

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        pattern = self._pattern_for(text)
        return pattern.fullmatch(text) if pattern else None

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        pattern = self._pattern_for(text)
        return pattern.sub(repl, text, count=count) if pattern else text


class Gated:
    """A compiled pattern behind a cheap necessary test (``may_match(text)``): where the
    test fails the pattern is not run, and the results are those of no match."""

    __slots__ = ("pattern", "_may_match")

    def __init__(self, pattern: regex.Pattern[str], may_match):
        self.pattern = pattern
        self._may_match = may_match

    def match(self, text: str) -> regex.Match[str] | None:
        return self.pattern.match(text) if self._may_match(text) else None

    def search(self, text: str) -> regex.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count=count) if self._may_match(text) else text

    def split(self, text: str) -> list[str]:
        return self.pattern.split(text) if self._may_match(text) else [text]

