"""The compiled vocabulary the credit parser reads with.

Words come from the per-language data files (``mediakit/lang/data/*.toml``); this module
turns their union into regular expressions once, longest forms first, so the parser
never loops over word lists on its hot path.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache, partial

import regex

from mediakit.lang import Vocabulary, vocabulary
from mediakit.lang.patterns import CJK_CLASS, FirstRuns, Gated, Openings, WordPattern, alternation, is_cjk, may_end_with

# Separators written between words in scripts without spaces or around labels.
# What closes a label: colons, equals, slashes, dashes, commas (also the Arabic "،" and
# the Armenian "՝"), a space, or an opening bracket.
LABEL_END = r"(?:\s*[:：=＝/／|｜\-–—・·,，،՝፡៖.…]+\s*|\s+|(?=[(\[（【「]))"
# Small words between a label and a name ("Foto von X", "Capture d'écran de Reddit"),
# and those of them that close a label by themselves ("Top photo by X"): "de" also
# joins a role to its source, so it does not.
CONNECTORS = ("de", "of", "by", "von", "di", "da", "par", "por", "door", "av", "af")
CLOSING_CONNECTORS = ("by", "von", "par", "por")
_CONNECTOR_END = regex.compile(rf"\s(?:{'|'.join(CONNECTORS)})\s*$", regex.IGNORECASE)


def closed_by_connector(label: str) -> bool:
    """A label of several words ending in a connector ("Photo montage by")."""
    return _CONNECTOR_END.search(label) is not None


COPYRIGHT_SIGN = r"(?:©|Ⓒ|ⓒ|[(（][cCｃＣ][)）])"
COPYRIGHT_OPENERS = "©Ⓒⓒ(（"  # the characters COPYRIGHT_SIGN can start with
_OPENING_BRACKETS = "([（【「"  # may stand before a leading label: "(Foto: dpa)"
YEAR = r"(?:19|20)\d\d"
_WORD_EDGES = " .,;:()[]'\"“”«»"
_ANY_LETTER = regex.compile(r"\p{L}")


@lru_cache(maxsize=16384)
def _fold_phrase(text: str) -> str:
    if text.isascii():
        return " ".join(text.lower().split())  # NFKC keeps ASCII; its casefold is lower()
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("’", "'").split())


@dataclass(frozen=True, eq=False)  # hashed by identity: a cache key of the parser's steps
class Grammar:
    # The word-list patterns are compiled case-insensitively; those behind a ``Gated``
    # or in a ``WordPattern`` are skipped where a cheap test shows they cannot match.
    vocab: Vocabulary
    leading_label: Gated
    trailing_label: Gated
    role_words: frozenset[str]  # folded (casefold, single spaces)
    production_roles: frozenset[str]  # folded: "styling", "haare", "make-up"
    role_word_inside: WordPattern
    via: Gated
    for_word: Gated
    and_word: Gated
    joining_words: FirstRuns  # via, for and and words together: one test before the three
    words_have_letters: bool  # every role, reporter and photo-taken word has a letter
    courtesy: Gated
    copyright_phrase: WordPattern
    reporter: WordPattern
    photo_taken: WordPattern
    org_words: frozenset[str]  # single folded words
    org_initials: frozenset[str]  # company forms in capitals ("AS", "SA"), matched as written
    org_phrase: WordPattern  # words with spaces or in scripts without spaces
    org_compound: frozenset[str]  # long org words that may close a compound ("Zeehondencentrum")
    # Articles that open a title and never a person's name ("The Valley Ledger", "Het
    # Nieuwsblad"): the language files' articles less the particles of names (Le Pen, De Niro).
    title_articles: frozenset[str]
    given_names: frozenset[str]
    particles: frozenset[str]
    photographer_label: Gated


def is_role_word(g: "Grammar", text: str) -> bool:
    """Whether ``text`` as a whole is a role word (Pool, Handout, File, 자료사진 ...)."""
    return _fold_phrase(text).strip(_WORD_EDGES) in g.role_words


@lru_cache(maxsize=1)
def cjk_courtesy_words() -> tuple[str, ...]:
    """Courtesy words of scripts without spaces, written onto the name before them:
    "トヨタ自動車提供", "국토교통부 제공"."""
    return tuple(w for w in grammar().vocab.courtesy if is_cjk(w))


def is_production_role(g: "Grammar", text: str) -> bool:
    """Whether ``text`` names a production role ("Styling", "Haare", "Make-up"): the
    person after it worked on the picture but neither took nor supplied it."""
    return _fold_phrase(text).strip(_WORD_EDGES) in g.production_roles


def _is_initials(word: str) -> bool:
    """A company form written in capitals ("AS", "SA", "AG"): in lower case it is a
    common word ("as", "sa"), so it counts only as written."""
    word = word.strip()
    return word.isupper() and len(word.replace(".", "").replace("/", "")) <= 3 and " " not in word


def has_org_word(g: "Grammar", name: str) -> bool:
    """Whether ``name`` contains a word that marks an organisation (University, Ministry),
    alone or closing a compound ("Zeehondencentrum", "Stadtarchiv", "Trafikverket")."""
    folded = _fold_phrase(name)
    words = [w.strip(_WORD_EDGES) for w in folded.split()]
    # ("i-Images": the last part of a hyphenated word counts as a word.)
    if not g.org_words.isdisjoint(words + [w.rpartition("-")[2] for w in words if "-" in w]):
        return True
    if g.org_compound and any(_closes_with(word, g.org_compound) for word in folded.split()
                              if len(word) >= _COMPOUND_ORG_MIN + 3):
        return True
    if g.org_initials and not g.org_initials.isdisjoint([w.strip(_WORD_EDGES) for w in name.split()]):
        return True
    return bool(g.org_phrase.search(name))


# Lowercase name particles that may stand inside a person's name.
PARTICLES = frozenset(
    "van von der den de del della di da das dos du la le les lo ten ter bin ibn al el y e zu und".split()
)
# Labels after which a bare name is a person, not an organisation (撮影・山田太郎).
PHOTOGRAPHER_LABELS = ("撮影", "摄影", "攝影", "写真・", "photographer", "photographed by", "photos by",
                       "photo by", "photograph by", "photographs by", "fotograf", "fotógrafo")


# An org word this long, closing a word at least three letters longer, closes a compound
# name (German, Dutch and Scandinavian write them as one word); shorter ones ("Bank",
# "Club") end too many other words.
_COMPOUND_ORG_MIN = 5


def _org_compound(v: Vocabulary) -> frozenset[str]:
    return frozenset(_fold_phrase(w) for w in v.org_words
                     if " " not in w.strip() and not is_cjk(w) and len(w) >= _COMPOUND_ORG_MIN and w.isalpha())


def _closes_with(word: str, endings: frozenset[str]) -> bool:
    """Whether a word at least three letters longer than one of ``endings`` ends with it
    (a set lookup per cut: cheaper than one pattern over every org word)."""
    word = word.strip(_WORD_EDGES)
    return any(word[cut:] in endings for cut in range(3, len(word) - _COMPOUND_ORG_MIN + 1))


def _not_a_for_phrase(v: Vocabulary) -> str:
    """A lookahead that keeps a for-phrase opening with a via word ("on assignment for",
    where "on" is a via word as in "Jane Doe on Unsplash") from being read as a via."""
    via = {w.casefold() for w in v.via}
    tails = tuple(parts[1] for parts in (f.split(None, 1) for f in v.for_words)
                  if len(parts) == 2 and parts[0].casefold() in via)
    return rf"(?!(?:{alternation(tails)})\b)" if tails else ""


def _article_after_courtesy(v: Vocabulary) -> str:
    """An optional lower-case article after a courtesy phrase ("Cedida por la …", "avec
    l'aimable autorisation de l'…"): it belongs to no name. Matched in lower case only,
    so "Courtesy of The Wall Street Journal" keeps its title."""
    spaced = tuple(a for a in v.articles if not a.endswith(("'", "’")))
    elided = tuple(a.rstrip("'’") for a in v.articles if a.endswith(("'", "’")))
    choices = []
    if spaced:
        choices.append(rf"(?:{alternation(spaced)})\s+")
    if elided:
        choices.append(rf"(?:{alternation(elided)})['’]")
    return rf"(?-i:{'|'.join(choices)})?" if choices else ""


@lru_cache(maxsize=8)
def grammar(langs: tuple[str, ...] | None = None) -> Grammar:
    """The compiled grammar for all bundled languages (or the given ones)."""
    v = vocabulary(langs)
    labels = alternation(v.credit_labels)
    # "摄" stays in the credit as printed ("新华社记者 周晓 摄"), as do role words ("교육부 제공").
    # "檔案照片" (file photo) is a role worth keeping in the credit as printed.
    kept = set(v.photo_taken) | set(v.role_words)
    suffix_words = tuple(w for w in v.suffix_labels if w not in kept)
    # A suffix in a script with spaces stands after a word break ("Jonas Petraitis foto",
    # not "Procesofoto"); a CJK or Hangul one may follow the name directly ("岩下毅撮影").
    attached = alternation(tuple(w for w in suffix_words if is_cjk(w)))
    spaced = alternation(tuple(w for w in suffix_words if not is_cjk(w)))
    suffixes = "|".join(part for part in (attached, rf"(?<![\p{{L}}\p{{N}}])(?:{spaced})" if spaced else "") if part)
    and_words = tuple(w for w in v.and_words if not is_cjk(w) and w != "、")
    return Grammar(
        vocab=v,
        leading_label=Gated(regex.compile(
            rf"^\s*[{regex.escape(_OPENING_BRACKETS)}]?\s*(?:{COPYRIGHT_SIGN}\s*(?:{YEAR}\b)?\s*[:：]?\s*|(?:{labels}){LABEL_END})",
            regex.IGNORECASE,
        ), partial(Openings(v.credit_labels, extra=COPYRIGHT_OPENERS, depth=3).may_open, brackets=_OPENING_BRACKETS)),
        trailing_label=Gated(regex.compile(rf"(?r)\s*(?:{suffixes})\s*$", regex.IGNORECASE),
                             partial(may_end_with, endings=Openings(suffix_words, backwards=True, depth=3))),
        role_words=frozenset(_fold_phrase(w).strip(_WORD_EDGES) for w in v.role_words),  # ("D.R." as "d.r")
        production_roles=frozenset(_fold_phrase(w) for w in v.production_roles),
        role_word_inside=WordPattern(v.role_words),
        via=Gated(regex.compile(rf"\s+(?:{alternation(v.via)})\s+{_not_a_for_phrase(v)}"
                                rf"|(?<=/)\s*(?:{alternation(v.via)})\s+{_not_a_for_phrase(v)}",
                                regex.IGNORECASE), FirstRuns(v.via).may_stand_in),
        for_word=Gated(regex.compile(rf"\s+(?:{alternation(v.for_words)})\s+", regex.IGNORECASE),
                       FirstRuns(v.for_words).may_stand_in),
        and_word=Gated(regex.compile(
            rf"\s+(?:{alternation(and_words)})\s+|\s*[、&]\s*",
            regex.IGNORECASE,
        ), FirstRuns(and_words, marks="、&").may_stand_in),
        joining_words=FirstRuns(tuple(v.via) + tuple(v.for_words) + and_words, marks="、&"),
        words_have_letters=all(_ANY_LETTER.search(w) for w in (*v.role_words, *v.reporter, *v.photo_taken)),
        courtesy=Gated(
            # (A CJK phrase is written onto the name: "取自台北市政府網站", "由市府提供".)
            regex.compile(rf"^\s*(?:{alternation(v.courtesy)})(?:\s+|\s*[:：]\s*|(?<=[{CJK_CLASS}])(?=[{CJK_CLASS}]))"
                          rf"{_article_after_courtesy(v)}", regex.IGNORECASE),
            Openings(v.courtesy, depth=3).may_open),
        copyright_phrase=WordPattern(v.copyright),
        reporter=WordPattern(v.reporter),
        photo_taken=WordPattern(v.photo_taken),
        # ("Co." is matched as "Co": a name's closing stop is stripped before it is asked about.)
        org_words=frozenset(_fold_phrase(w).strip(_WORD_EDGES) for w in v.org_words
                            if " " not in w.strip() and not is_cjk(w) and not _is_initials(w)),
        org_initials=frozenset(w.strip() for w in v.org_words if _is_initials(w)),
        org_phrase=WordPattern(tuple(w for w in v.org_words if " " in w.strip() or is_cjk(w))),
        org_compound=_org_compound(v),
        title_articles=frozenset(a.casefold() for a in v.articles if len(a) > 1 and a.isalpha()
                                 and a.casefold() not in PARTICLES and a.casefold() not in v.given_names),
        given_names=v.given_names,
        particles=PARTICLES,
        photographer_label=Gated(regex.compile(
            rf"^\s*(?:{alternation(PHOTOGRAPHER_LABELS)})\s*[:：・／/=＝]?", regex.IGNORECASE
        ), Openings(PHOTOGRAPHER_LABELS).may_open),
    )
