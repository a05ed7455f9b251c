"""Role words in credit lines (pool, handout, file photo, courtesy ...).

The words come from the language files (``mediakit.lang.vocabulary()``: ``role_words``
and ``courtesy``) and from ``assets/roles.toml``, which also says which role each known
word stands for. A word the table does not file is reported under itself.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

import regex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# A word is not a role word when a letter of a spaced script touches it (File in Profile).
_EDGE_BEFORE = r"(?<![\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\d])"
_EDGE_AFTER = r"(?![\p{Latin}\p{Cyrillic}\p{Greek}\p{Arabic}\p{Hebrew}\d])"


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
def role_words() -> tuple[tuple[str, str], ...]:
    """Every (word, role) pair, longest word first."""
    table = _table()
    pairs: dict[str, tuple[str, str]] = {w: (w, r) for w, r in table.items()}
    for word, role in _vocabulary_words():
        folded = word.casefold()
        if folded not in pairs:
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


@lru_cache(maxsize=1)
def _pattern() -> tuple[regex.Pattern[str], dict[str, str]]:
    alternatives = []
    for word, _ in role_words():
        body = regex.escape(word).replace(r"\ ", r"\s+")
        alternatives.append(body if _is_abbreviation(word) else f"(?i:{body})")
    pattern = regex.compile(f"{_EDGE_BEFORE}(?:{'|'.join(alternatives)}){_EDGE_AFTER}")
    lookup = {word.casefold(): role for word, role in role_words()}
    return pattern, lookup


def roles_in(credit: str | None) -> list[str]:
    """The roles whose words appear in ``credit``, in order of appearance, once each."""
    if not credit:
        return []
    pattern, lookup = _pattern()
    found: dict[str, None] = {}
    for match in pattern.finditer(credit):
        word = regex.sub(r"\s+", " ", match.group()).casefold()
        found.setdefault(lookup.get(word, word), None)
    return list(found)
