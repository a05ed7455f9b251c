"""Telling a person's name from an organisation's, for names the registry does not know.

Credits mix photographers ("Gavriil Grigorov"), agencies ("Sputnik"), institutions
("Ministère des Armées") and handles ("evgenyb"). The registry settles the known
organisations; for the rest the shape of the name decides: persons are a few
capitalised words (with particles such as van, de, al), organisations have digits,
acronyms, domain names, lowercase words or words such as University and Ministry.
"""
from __future__ import annotations

import enum

import regex

from mediakit.credits.grammar import Grammar, has_org_word
from mediakit.lang.patterns import SCRIPT_STOPS

_HAN_KANA = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}ー々・]+$")
_HANGUL = regex.compile(r"^[\p{Hangul}]+$")
# A web address: a generic ending, or any country's two letters in lower case ("mbl.is").
_DOMAIN = regex.compile(r"\w\.(?:(?i:com|org|net|info|gov|edu|news)|[a-z]{2})(?![\p{L}\d])")
_INITIAL = regex.compile(r"^\p{Lu}\.(?:\p{Lu}\.)*-?$")
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}\p{M}'’.]*|\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)+)$")
# (Georgian letters are lower case to Unicode, but the script has no capitals in use.)
_HANDLE = regex.compile(r"^(?!.*\p{Georgian})[\p{Ll}\d_.]{4,}$")
_DIGIT = regex.compile(r"\d")
_ARABIC_ARTICLE = regex.compile(r"^(?:al|el|ad|as|an|ar|at)-\p{Lu}")
# A word in a script without capitals (Arabic, Hebrew, Thai, Devanagari, Georgian).
_CASELESS_WORD = regex.compile(r"^(?:al-|ال)?[\p{Lo}\p{Georgian}\p{M}\u200c\u200d'’\-]+$")
_CAMEL = regex.compile(r"^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}*$")
_ACRONYM = regex.compile(r"^[\p{Lu}\d&.\-]{2,8}$")
# Three capitals or more: no given name is written so ("AJ Smith" may be one).
_LONG_ACRONYM = regex.compile(r"^\p{Lu}{3,8}$")
# Three capitals or more without a vowel ("NSW", "RFS", "КМДА"): initials, no name in capitals.
_VOWELLESS_INITIALS = regex.compile(r"^[^\W\d_AEIOUYÀ-ÖØ-ÝАЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩ]{3,8}$")


class Kind(enum.Enum):
    PERSON = "person"
    ORG = "org"
    UNSURE = "unsure"  # one capitalised word: position in the credit decides
    HANDLE = "handle"  # one lowercase word: a user name beside a known agency, else nothing
    DROP = "drop"  # editor's initials and similar noise


def classify(name: str, g: Grammar, *, person_context: bool = False) -> Kind:
    """What ``name`` (a credit segment the registry did not recognise) most likely is."""
    name = name.strip(" .,;:-–—'\"" + SCRIPT_STOPS)
    if not name:
        return Kind.DROP
    if "@" in name or ("." in name and _DOMAIN.search(name)) or _DIGIT.search(name):
        return Kind.ORG
    if not name.isascii():  # (ASCII has no Han, Kana or Hangul)
        if _HAN_KANA.match(name):
            return Kind.PERSON if person_context and 2 <= len(name) <= 5 else Kind.ORG
        if _HANGUL.match(name.replace(" ", "")):
            return Kind.PERSON if person_context and 2 <= len(name.replace(" ", "")) <= 4 else Kind.ORG
    words = name.split()
    if len(words) == 1:
        return _classify_single(words[0], g, person_context)
    if len(words) > 5 or has_org_word(g, name) or words[0].casefold() in g.title_articles and words[0][:1].isupper():
        return Kind.ORG
    if words[0] in ("O", "A") and len(words) <= 4 and not has_given_name(" ".join(words[1:]), g):
        return Kind.ORG  # "O País", "A Tarde": a Portuguese title opens with its article (a name's initial has its stop)
    if _LONG_ACRONYM.match(words[0]) and not all(w.isupper() for w in words[1:]):
        return Kind.ORG  # "VAG Freiburg", "BVG Berlin": an operator's initials and its city
    if all(w.isupper() for w in words) and any(_VOWELLESS_INITIALS.match(w) for w in words):
        return Kind.ORG  # "NSW RFS": initials, where a name in capitals has its vowels
    if all(_CASELESS_WORD.match(w) for w in words):
        # Arabic, Hebrew, Devanagari ... have no capitals to go by: a few plain words
        # beside the organisations of a credit are a name, as capitalised ones are.
        return Kind.PERSON if len(words) <= 4 else Kind.ORG
    return Kind.PERSON if all(_is_name_word(w, g) for w in words) else Kind.ORG


def _classify_single(word: str, g: Grammar, person_context: bool) -> Kind:
    if word.islower() and len(word) <= 3:
        return Kind.DROP  # desk initials after a credit: "ANTARA FOTO/Dewi Lestari/nym"
    if _CAMEL.match(word) and len(word) >= 5:  # ("SvD", "FiB": a short camel word is a paper's initials)
        # Photographers' user names on stock sites ("TebNad/iStock"), or a company
        # ("© ProRail"): beside an agency the place in the credit settles it.
        return Kind.PERSON if person_context else Kind.UNSURE
    if _HANDLE.match(word):
        return Kind.PERSON if person_context else Kind.HANDLE  # "evgenyb/iStock"
    if has_org_word(g, word) or _ACRONYM.match(word):
        return Kind.ORG
    if person_context or word.casefold() in g.given_names:
        return Kind.PERSON
    return Kind.UNSURE


def _is_name_word(word: str, g: Grammar) -> bool:
    return bool(_NAME_WORD.match(word) or _INITIAL.match(word) or word.casefold() in g.particles
                or _ARABIC_ARTICLE.match(word))


def is_person_like(name: str, g: Grammar) -> bool:
    return classify(name, g) is Kind.PERSON


def has_given_name(name: str, g: Grammar) -> bool:
    """Whether the name opens with a known given name (strong evidence of a person)."""
    words = name.split()
    return bool(words) and words[0].strip(".,").casefold() in g.given_names


def is_named_person(text: str, g: Grammar, most_words: int = 4) -> bool:
    """Two to ``most_words`` capitalised words opening with a known given name, and
    nothing else: a photographer named alone ("Marta Ribé", "… - Ignacio Gil")."""
    return 2 <= len(text.split()) <= most_words and not text.endswith((".", "!", "?", ":")) \
        and has_given_name(text, g) and classify(text, g) is Kind.PERSON
