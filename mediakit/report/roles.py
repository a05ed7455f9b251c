"""Role words in credit lines (pool, handout, file photo, courtesy ...).

The words come from the language files (``mediakit.lang.vocabulary()``: ``role_words``
and ``courtesy``) and from ``assets/roles.toml``, which also says which role each known
word stands for. A word the table does not file is reported under itself.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

import re

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# A word is not a role word when a letter of a spaced script (Latin, Greek, Cyrillic,
# Hebrew, Arabic) or a digit touches it: File is not in Profile, but 资料图 is in 新华社资料图.
_SPACED_LETTER = "A-Za-z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u052F\u0590-\u05FF\u0600-\u06FF\u1E00-\u1EFF"
_EDGE_BEFORE = f"(?<![{_SPACED_LETTER}])"
_EDGE_AFTER = f"(?![{_SPACED_LETTER}])"


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Role word (casefolded) -> role, from the bundled table."""
    text = resources.files("mediakit.report").joinpath("assets/roles.toml").read_text("utf-8")
    table: dict[str, str] = {}
    for role, words in tomllib.loads(text)["roles"].items():
        for word in words:
            table.setdefault(word.casefold(), role)
    return table


def _vocabulary_words() -> list[tuple[str, str | None]]:
    """(word, role or None) from the language files, when that module and data exist."""
    try:
        from mediakit.lang import vocabulary
        vocab = vocabulary()
    except (ImportError, ValueError, OSError, AttributeError):
        return []
    words: list[tuple[str, str | None]] = [(w, None) for w in getattr(vocab, "role_words", ())]
    words += [(w, "courtesy") for w in getattr(vocab, "courtesy", ())]
    return words


@lru_cache(maxsize=1)
def _ignored() -> frozenset[str]:
    text = resources.files("mediakit.report").joinpath("assets/roles.toml").read_text("utf-8")
    return frozenset(w.casefold() for w in tomllib.loads(text).get("ignore", {}).get("words", ()))


@lru_cache(maxsize=1)
def role_words() -> tuple[tuple[str, str], ...]:
    """Every (word, role) pair, longest word first."""
    table = _table()
    ignored = _ignored()
    pairs: dict[str, tuple[str, str]] = {w: (w, r) for w, r in table.items() if w not in ignored}
    for word, role in _vocabulary_words():
        folded = word.casefold()
        if folded not in pairs and folded not in ignored:
            pairs[folded] = (word, table.get(folded) or role or word)
    # Keep the spelling of the data file for case-sensitive abbreviations.
    spelled = {w.casefold(): w for w in _spellings()}
    out = [(spelled.get(f, w), r) for f, (w, r) in pairs.items()]
    return tuple(sorted(out, key=lambda pair: (-len(pair[0]), pair[0])))


@lru_cache(maxsize=1)
def _spellings() -> tuple[str, ...]:
    text = resources.files("mediakit.report").joinpath("assets/roles.toml").read_text("utf-8")
    return tuple(w for words in tomllib.loads(text)["roles"].values() for w in words)


def _is_abbreviation(word: str) -> bool:
    return len(word) <= 3 and word.isupper()


def _trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a trie: the engine follows shared prefixes instead
    of trying hundreds of words at every position (about 20 times faster)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    words = [word for word, _ in role_words()]
    folded = sorted({w.lower() for w in words if not _is_abbreviation(w)})
    abbreviations = sorted({w for w in words if _is_abbreviation(w)}, key=lambda w: (-len(w), w))
    alternatives = [_trie_pattern(folded)]
    if abbreviations:
        alternatives.append("(?-i:" + "|".join(map(re.escape, abbreviations)) + ")")
    pattern = re.compile(f"{_EDGE_BEFORE}(?:{'|'.join(alternatives)}){_EDGE_AFTER}", re.IGNORECASE)
    lookup: dict[str, str] = {}
    for word, role in role_words():
        lookup.setdefault(word.lower(), role)
        lookup.setdefault(word, role)
    return pattern, lookup


def roles_in(credit: str | None) -> list[str]:
    """The roles whose words appear in ``credit``, in order of appearance, once each."""
    if not credit:
        return []
    pattern, lookup = _pattern()
    found: dict[str, None] = {}
    for match in pattern.finditer(credit):
        word = " ".join(match.group().split())
        role = lookup.get(word) or lookup.get(word.lower()) or word
        found.setdefault(role, None)
    return list(found)
