"""A small, fast guess of the language of a text: script first, then words.

Most scripts name their language outright (Hangul is Korean, Thai is Thai). Where a
script is shared, letters that only one language uses decide (Ukrainian і ї є ґ,
Persian پ چ ژ گ ک ی, Serbian ђ ћ џ), then the frequent function words of each
language, kept as data in ``mediakit/lang/data/<lang>.toml`` (``[text] stopwords``).
Chinese is told traditional or simplified by the character pairs of
``mediakit/credits/data/zh_variants.tsv``.

``guess_language(text)`` returns a BCP-47 code (``"fr"``, ``"zh-Hant"``, ``"zh-Hans"``;
plain ``"zh"`` when no character tells the writings apart) or ``None``
when the text gives too little evidence.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Mapping

import regex

from mediakit.lang import languages

__all__ = ["guess_language", "reads_as"]

# Only the start of a long text is read: a few thousand characters settle the question,
# and fewer still tell its script.
_SAMPLE_CHARS = 4000
_SCRIPT_SAMPLE_CHARS = 1500
# Fewer letters than this say nothing reliable.
_MIN_LETTERS = 12
# Stopword hits needed, and how far the best language must lead the second.
_MIN_HITS = 2
_MIN_LEAD = 1.25
# In running text a tenth of the words or more are function words (fewer in languages
# that glue them to words, as Zulu or Finnish do); a text in a language
# with no file (Swahili) shares only a few short words with any of them.
_MIN_SHARE = 0.06
# The share of a language's own function words that confirms it without a full guess.
_CONFIRM_SHARE = 0.12

_WORD_RE = regex.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}]+)?")

# Scripts that name one language outright.
_SCRIPT_LANGUAGE = {
    "Hangul": "ko", "Hebrew": "he", "Thai": "th", "Greek": "el", "Bengali": "bn", "Tamil": "ta",
    "Malayalam": "ml", "Telugu": "te", "Kannada": "kn", "Gujarati": "gu", "Gurmukhi": "pa",
    "Georgian": "ka", "Armenian": "hy", "Ethiopic": "am", "Khmer": "km", "Myanmar": "my",
}
# Scripts several languages share: told apart by marker letters, then stopwords among the
# languages whose files list stopwords in that script.
_SHARED_SCRIPTS = ("Cyrillic", "Arabic", "Devanagari")
_SCRIPT_RE = {
    script: regex.compile(rf"\p{{Script={script}}}")
    for script in ("Latin", "Han", "Hiragana", "Katakana", *_SHARED_SCRIPTS, *_SCRIPT_LANGUAGE)
}
# Letters of one language within a shared script, and the language they point to, most
# telling first (Kazakh, Belarusian and Ukrainian share і; Macedonian and Serbian share ј).
_CYRILLIC_MARKERS = (
    ("tg", "ӣӯҷ"), ("kk", "әұ"), ("be", "ў"), ("mk", "ѓќѕ"), ("uk", "іїєґ"), ("sr", "ђћџјљњ"),
    ("ky", "ң"), ("mn", "өү"),
)
_ONE_LETTER_ENOUGH = frozenset({"kk", "tg", "be", "mk", "ky"})
_RUSSIAN_ONLY = "ыэё"  # not in Bulgarian, Ukrainian or Serbian
_URDU_LETTERS = "ٹڈڑںے"
_SORANI_LETTERS = "ڕڵێۆ"
_PERSIAN_LETTERS = "پچژگکی"
_ARABIC_ONLY_LETTERS = "ةيك"
_VARIANTS_FILE = Path(__file__).resolve().parents[1] / "credits" / "data" / "zh_variants.tsv"


def guess_language(text: str) -> str | None:
    """The language of ``text`` as a BCP-47 code, or ``None`` when unsure."""
    if not isinstance(text, str):
        return None
    sample = text[:_SAMPLE_CHARS]
    counts = _script_counts(sample[:_SCRIPT_SAMPLE_CHARS])
    letters = sum(counts.values())
    if letters < _MIN_LETTERS:
        return None
    kana = counts["Hiragana"] + counts["Katakana"]
    han = counts["Han"]
    if counts["Hangul"] >= 0.2 * letters:
        return "ko"
    if kana and kana >= 0.05 * (kana + han) and kana + han >= 0.3 * letters:
        return "ja"
    if han >= 0.3 * letters:
        return _chinese_variant(sample)
    script, count = max(((s, c) for s, c in counts.items() if s not in ("Han", "Hiragana", "Katakana")),
                        key=lambda item: item[1])
    if count < 0.5 * letters:
        return None  # no script dominates
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    if script == "Cyrillic":
        return _cyrillic_language(sample)
    if script == "Arabic":
        return _arabic_language(sample)
    if script == "Devanagari":  # Hindi, Marathi, Nepali
        return _by_stopwords(sample, _languages_in("Devanagari")) or "hi"
    return _by_stopwords(sample, _languages_in("Latin"))


def reads_as(text: str, code: str) -> bool:
    """A quick yes for "is ``text`` written in ``code``": that language's own function
    words make up a good share of its words (as in running text, where a tenth or more
    of the words are). False means only "not shown this way": ask ``guess_language``."""
    words = _WORD_RE.findall(text[:_SCRIPT_SAMPLE_CHARS].lower())  # (a few hundred words say it)
    if not words:
        return False
    table = _stopword_table()
    own = sum(1 for word in words if code in table.get(word, ()))
    return own >= _MIN_HITS and own >= _CONFIRM_SHARE * len(words)


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for script, pattern in _SCRIPT_RE.items():
        counts[script] = len(pattern.findall(text))
    return counts


def _cyrillic_language(text: str) -> str | None:
    lowered = text.lower()
    letters = max(1, sum(1 for ch in lowered if ch.isalpha()))
    for code, markers in _CYRILLIC_MARKERS:
        # A few marker letters per hundred: enough, even with a Russian quote inside. A
        # letter no other language writes (Macedonian ќ, Belarusian ў) counts at once.
        need = 1 if code in _ONE_LETTER_ENOUGH else max(2, letters // 200)
        if sum(lowered.count(ch) for ch in markers) >= need:
            return code
    guess = _by_stopwords(text, _languages_in("Cyrillic"))
    if guess == "bg" and sum(lowered.count(ch) for ch in _RUSSIAN_ONLY) >= max(2, letters // 300):
        return "ru"
    return guess or ("ru" if any(ch in lowered for ch in _RUSSIAN_ONLY) else None)


def _arabic_language(text: str) -> str:
    if sum(text.count(ch) for ch in _SORANI_LETTERS) >= 3:
        return "ckb"  # ڕ ڵ ێ ۆ are Sorani Kurdish's own
    if sum(text.count(ch) for ch in _URDU_LETTERS) >= 2:
        return "ur"  # ٹ ڈ ڑ ں ے are Urdu's own
    persian = sum(text.count(ch) for ch in _PERSIAN_LETTERS)
    arabic = sum(text.count(ch) for ch in _ARABIC_ONLY_LETTERS)
    if persian != arabic:
        return "fa" if persian > arabic else "ar"
    return _by_stopwords(text, _languages_in("Arabic")) or "ar"


def _chinese_variant(text: str) -> str:
    traditional, simplified = _variant_sets()
    trad = sum(1 for ch in text if ch in traditional)
    simp = sum(1 for ch in text if ch in simplified)
    if trad == simp:
        return "zh"  # nothing tells the two writings apart (common characters only)
    return "zh-Hant" if trad > simp else "zh-Hans"


def _by_stopwords(text: str, candidates: tuple[str, ...]) -> str | None:
    table = _stopword_table()
    words = _WORD_RE.findall(text.lower())
    # Each stopword seen, how often, and which of the candidate languages list it.
    seen = [(count, [code for code in table[word] if code in candidates])
            for word, count in Counter(word for word in words if word in table).items()]
    hits: Counter[str] = Counter()
    for count, codes in seen:
        for code in codes:
            hits[code] += count
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < _MIN_HITS or ranked[0][1] < _MIN_SHARE * len(words):
        return None
    best = ranked[0][0]
    if len(ranked) == 1 or ranked[0][1] >= _MIN_LEAD * ranked[1][1]:
        return best
    # Close relatives (Spanish and Catalan, Indonesian and Malay) share most function
    # words: the words only one of the two lists holds decide, when they clearly do.
    second = ranked[1][0]
    own: Counter[str] = Counter()
    for count, codes in seen:
        if (best in codes) != (second in codes):
            own[best if best in codes else second] += count
    for first, other in ((best, second), (second, best)):
        if own[first] > 2 * own[other]:
            return first
    return None  # two languages about equally likely (Danish or Norwegian on few words)


@lru_cache(maxsize=1)
def _stopword_table() -> Mapping[str, tuple[str, ...]]:
    """Each stopword -> the languages that list it."""
    table: dict[str, list[str]] = {}
    for code, lang in languages().items():
        for word in lang.text.get("stopwords", ()):
            table.setdefault(word.lower(), []).append(code)
    return {word: tuple(codes) for word, codes in table.items()}


@lru_cache(maxsize=8)
def _languages_in(script: str) -> tuple[str, ...]:
    """Languages whose stopwords are written in ``script``: a language file with
    stopwords makes its language a candidate, with no code to change."""
    pattern = _SCRIPT_RE[script]
    return tuple(code for code, lang in languages().items()
                 if sum(1 for w in lang.text.get("stopwords", ()) if pattern.search(w)) >= 5)


@lru_cache(maxsize=1)
def _variant_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Characters used only in traditional writing, and only in simplified writing."""
    traditional: set[str] = set()
    simplified: set[str] = set()
    try:
        lines = _VARIANTS_FILE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset(), frozenset()
    for line in lines:
        fields = line.split("#", 1)[0].split()
        if len(fields) == 2 and fields[0] != fields[1]:
            traditional.add(fields[0])
            simplified.add(fields[1])
    return frozenset(traditional - simplified), frozenset(simplified - traditional)
