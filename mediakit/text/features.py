"""Evidence about single lines: does this line read as a credit, as a caption with a
credit glued to its end, or as a caption standing alone?

Each test returns a :class:`Judgement` with the score, the features that made it and
the parsed credit, so that ``--explain`` can show an editor why a line was taken. The
weights are deliberately few and round: a label, a known agency, a ``Name/Agency``
shape speak for a credit; a full stop after the agency, a reporting verb before it
("…, a indiqué l'AFP."), a trailing URL speak against.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

import regex

from mediakit.credits.captions import leading_credit_chain, organisation_alone, split_caption
from mediakit.credits.grammar import cjk_courtesy_words, grammar, has_org_word, is_role_word
from mediakit.credits.names import has_given_name, is_named_person
from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Registry
from mediakit.lang.patterns import SCRIPT_STOPS, alternation
from mediakit.model import Caption, Credit
from mediakit.text.blocks import SENTENCE_END_RE
from mediakit.text.words import TextWords, dashes_folded, is_strong_label, text_words

# A longer line is a paragraph: the splitter is not even asked (it is the costly step).
MAX_SPLIT_CHARS = 700

Splitter = Callable[[str], Caption]

CREDIT_LINE_THRESHOLD = 2.5
GLUED_CREDIT_THRESHOLD = 2.0
BARE_CAPTION_THRESHOLD = 4.0

_HANGUL_RE = regex.compile(r"\p{Hangul}")
_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_ANY_LETTER_RE = regex.compile(r"\p{L}")
_PAPER_INITIALS_RE = regex.compile(r"\p{Lu}{2,3}")
_UNSPACED_LETTER_RE = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# (Vowel signs are marks, not letters: a Bengali or Hindi word is one word with them.)
_WORD_RE = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-.]*")
# A web address ending the line: "https://…", "www.…", or a host with a path ("site.com/a").
# A bare host ("n-tv.de") after a label or © is a legitimate credit, so it is not matched.
_URL_END_RE = regex.compile(r"(?:https?://\S+|www\.\S+|\b[\w-]+\.[a-z]{2,6}/\S*)\s*$", regex.IGNORECASE)
# An e-mail address closing a line: a prompt ("Send your story ideas to: x@bbc.co.uk"),
# or a reporter's signature closing a credit ("김봉규 선임기자 bong9@hani.co.kr").
_EMAIL_END_RE = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?\s*$")
# A © or "(c)" after some words: the line is a caption with its credit, not a credit.
_MIDLINE_COPYRIGHT_RE = regex.compile(r"\S\s*(?:[©ⓒⒸ]|\([cC]\)|（[cCＣ]）)")
_SLASH_END_RE = regex.compile(r"[/\\]\s*$")
# A web address standing for its outlet: "mbl.is", "fdp.de", "Shutterstock.com".
_OUTLET_DOMAIN_RE = regex.compile(
    r"\b[\p{L}\d-]{2,}\.(?:com|org|net|info|news|media|tv|is|de|fr|es|it|uk|no|dk|se|fi|pl|cz|sk|hu|ro|ru|ua|lt|lv|ee"
    r"|jp|cn|kr|br|pt|nl|be|ch|at|gr|tr|in|id|my|ph|vn|au|nz|za|ca|mx|ar|cl|co)\b", regex.IGNORECASE)
# A price: "52,99 Euro", "€ 15", "$1,299", "£20".
_PRICE_RE = regex.compile(r"\d[\d.,]*\s?(?:€|Euro|EUR|USD|CHF|GBP|£|\$)(?!\w)|[€£$]\s?\d")
# "Name/Agency", "Agency | Name", "A / B / C": short parts joined by slashes or pipes.
_SLASHED_RE = regex.compile(r"^[^/|｜／]{1,60}(?:\s?[/|｜／]\s?[^/|｜／]{1,60})+$")
# One to five capitalised words (or a word in capitals): a name, not a phrase.
_NAME_LIKE_RE = regex.compile(r"^(?:[\p{Lu}][\p{L}.'’-]*\s*){1,5}$")
# A line that stops on a comma or semicolon was cut in mid-sentence.
_MID_SENTENCE_END_RE = regex.compile(r"[,;、，；]$")
# An author's short tag in brackets after the last full stop: "… voraus. (bsc)".
_SIGNED_AFTER_STOP_RE = regex.compile(r"[.!?。]\s*[(（]\p{Ll}{2,5}[)）]$")
_WRAPPED_RE = regex.compile(r"^[(\[（【].*[)\]）】]$")
# Sentence punctuation inside a credit's words: they are prose.
_SENTENCE_PUNCT_RE = regex.compile(r"[.!?。！？]\s+\S")
# A line that names the speaker of the quote above it: "— Maria Lopez, resident".
_SPEAKER_START_RE = regex.compile(r"^\s*[-–—―‒]+\s*\p{L}")
_QUOTE_START_RE = regex.compile(r"^[\"'«»“”„‘’‚「『‹›״]")  # (״: Hebrew gershayim used as quotes)
_QUOTE_OR_BRACKET_START_RE = regex.compile(r"^[\"'«»“”„‘’‚「『‹›״(\[（【〔]")
# A comma between clauses; a decimal comma ("5,99 Euro") is not one.
_CLAUSE_COMMA_RE = regex.compile(r"(?<!\d),|,(?!\d)|[，、،]")
# Sentences inside a line: a full stop followed by a space and a capital or CJK text.
# A number of one or two digits before the stop is an ordinal ("vom 1. bis 8. Mai").
_SENTENCE_BREAK_RE = regex.compile(
    r"(?:(?<!(?<!\d)\d{1,2})\.|[!?])(?:\s+(?=[\p{Lu}\"«“„])|(?=\p{Lu}\p{Ll}))|[。！？](?=.)"
    # (and in scripts without capitals: "۔", "।", "።", or a stop before a word of theirs)
    rf"|[{SCRIPT_STOPS}؟](?=\s*\S)"
    r"|\.(?=\s+[\p{Arabic}\p{Hebrew}\p{Devanagari}\p{Bengali}\p{Thai}\p{Ethiopic}\p{Tamil}])")


@dataclass(slots=True)
class Judgement:
    """What a test concluded about one line, and why."""

    kind: str  # "credit-line", "glued-credit", "bare-caption"
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    credit: Credit | None = None
    caption: str | None = None
    label_points_forward: bool = False  # "Image source, X": the caption comes next

    def add(self, name: str, weight: float) -> None:
        self.features[name] = weight
        self.score += weight

    def taken(self, threshold: float) -> bool:
        return self.score >= threshold


@lru_cache(maxsize=8192)
def word_count(text: str) -> int:
    """Words, counting two CJK characters as one word (a rough but stable measure).
    Cached: the reader asks it of the same lines from several tests."""
    if text.isascii():
        return len(_WORD_RE.findall(text))
    cjk = len(_CJK_RE.findall(text))
    unspaced = len(_UNSPACED_LETTER_RE.findall(text))
    if unspaced:  # Thai, Lao, Khmer, Burmese: words run on without spaces, five letters or so each
        text = _UNSPACED_LETTER_RE.sub("", text)
    return len(_WORD_RE.findall(_CJK_RE.sub(" ", text) if cjk else text)) + (cjk + 1) // 2 + (unspaced + 4) // 5


def sentence_count(text: str) -> int:
    text = text.strip()
    return 1 + sum(1 for m in _SENTENCE_BREAK_RE.finditer(text)
                   if text[m.start()] != "." or not _is_abbreviation(text, m.start()))


_TOKEN_START_RE = regex.compile(r"(?r)[\s(\[\"'«“„]")


def _is_abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation ("Rep.", "Aug.", "Dr.")."""
    space = _TOKEN_START_RE.search(text, 0, stop)
    token = text[space.end() if space else 0: stop + 1].casefold()
    return token in text_words().abbreviations


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END_RE.search(text.rstrip()))


def _lowercase_share(text: str) -> float:
    """Share of alphabetic words starting in lower case (prose has many, credits few)."""
    # (Georgian has lower-case letters only in use: no word of it counts.)
    words = [w for w in _WORD_RE.findall(text) if w[:1].isalpha() and not _CJK_RE.match(w)
             and not "\u10a0" <= w[0] <= "\u10ff"]
    cased = [w for w in words if w[:1].lower() != w[:1].upper()]
    if len(cased) < 3:
        return 0.0
    return sum(1 for w in cased if w[:1].islower()) / len(cased)


def _known_agencies(text: str, registry: Registry) -> list[regex.Match[str] | object]:
    """Registry matches that read as names: "mehr" in a German sentence is not Mehr News.

    A match written all in lower case counts only when the registry spells the name that
    way ("picture alliance") or it sits in a slashed credit ("Rolf Zoellner/imago")."""
    slashed = bool(_SLASHED_RE.match(text.strip("()[]（）【】 ")))
    found = []
    for match in registry.find_all(text):
        raw = match.raw
        if raw == raw.lower() and raw != raw.upper() and not slashed and raw not in match.agency.names:
            continue
        found.append(match)
    return found


def _coverage(text: str, matches: list) -> float:
    """Share of the letters of ``text`` that belong to the agency names found."""
    letters = sum(1 for ch in text if ch.isalnum())
    named = sum(sum(1 for ch in m.raw if ch.isalnum()) for m in matches)
    return named / letters if letters else 0.0


def _lowercase_outside(text: str, matches: list) -> int:
    """Lower-case words outside the agency names: prose around a name, not a credit."""
    for match in sorted(matches, key=lambda m: -m.start):
        text = text[: match.start] + " " + text[match.end:]
    return sum(1 for w in _WORD_RE.findall(text) if w[:1].islower() and w[:1].upper() != w[:1])


# Signs a glued credit leaves in the end of its line: a slash or pipe, a © or bracket,
# "=" (사진=…), a colon (Photo: …), or the photo-taken marks of CJK credits.
_CREDIT_SIGN_RE = regex.compile(r"[/|｜／©ⓒⒸ()（）【】\[\]=＝:：摄攝撮]")
# A word glued to the last stop with a second capital inside: a hidden label and a name
# ("…said.CreditJane Doe").
_GLUED_WORDS_RE = regex.compile(r"[.!?”\"’]\p{Lu}\p{Ll}+\p{Lu}")
_TAIL_CHARS = 120


def make_splitter(registry: Registry, words: TextWords) -> Splitter:
    """``split_caption`` remembered per line for one document (the reader asks the same
    line more than once), and not asked at all about lines whose end shows no sign of a
    credit: no slash, bracket, ©, label word, agency name or name in capitals. (Such a
    line could only end with a bare person's name, which is never taken as a credit.)"""
    seen: dict[str, Caption] = {}

    def may_end_with_credit(text: str) -> bool:
        tail = text[-_TAIL_CHARS:]
        return bool(_CREDIT_SIGN_RE.search(tail) or words.label_anywhere.search(tail) or registry.find_all(tail)
                    or words.courtesy_anywhere.search(tail)
                    or is_role_word(grammar(), tail.rstrip(" .").rpartition(" ")[2])  # "… lundi. DR"
                    or _CAPITALS_END_RE.search(tail)  # "… este martes. PACO PUENTES", "… - J. M. SERRANO"
                    # "… titular de Conagua. Octavio Hoyos", "… Wednesday. Citrus County Sheriff's Office"
                    or _CAPITALISED_AFTER_STOP_RE.search(tail)
                    or _INITIALS_DASH_NAME_END_RE.search(tail)  # "… en 2027. ÉdA - Philippe Roe"
                    or _GLUED_WORDS_RE.search(tail)
                    or "@" in tail or words.reporter_end.search(tail)  # "… 있다. 이덕훈 기자 (address)"
                    or opens_with_a_long_name(text))

    def opens_with_a_long_name(text: str) -> bool:
        """"The Yomiuri Shimbun The leaders of …": a registered name of several words opens it."""
        name = registry.name_at_start(text[:_TAIL_CHARS])
        return name is not None and " " in name.raw

    def split(text: str) -> Caption:
        if text not in seen:
            if len(text) > MAX_SPLIT_CHARS or not may_end_with_credit(text):
                seen[text] = Caption(input=text, caption=text)
            else:
                seen[text] = _split_after_sentence(text, words, registry) or split_caption(text, registry=registry)
                if seen[text].credit is None:
                    seen[text] = _split_at_handle(text, registry) or seen[text]
        return seen[text]

    return split


_INITIALS_DASH_NAME_END_RE = regex.compile(
    r"[.!?]\s+\p{Lu}(?=\p{L}*\p{Lu})\p{L}{1,3}\s[-–—]\s\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){1,2}\s*$")
_CAPITALS_END_RE = regex.compile(r"(?:\p{Lu}{2,}[\p{Lu}'’\-]*|\p{Lu}\.)\s+\p{Lu}{2,}[\p{Lu}'’\-]*\s*$")
_CAPITALISED_AFTER_STOP_RE = regex.compile(
    r"[.!?]\s+\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|of|the|de|des|du|del|la|di|van|von|der|für|for|and))+\s*$")
_NAME_AFTER_STOP_RE = regex.compile(r"[.!?]\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’\-]+){1,2}\s*$")
# The end of a sentence, where a labelled credit may start: "…im Einsatz. © DPA Images | X".
_SENTENCE_GAP_RE = regex.compile(r"[.!?。！？][\"'»”’」』)）]*\s+")
# A credit runs a few words; past this, the words after the label are text.
_MAX_CREDIT_WORDS = 16
# A sentence inside the words after a label: they are text, not a credit. An initial
# ("C. Schlippes") does not end a sentence.
_SENTENCE_INSIDE_RE = regex.compile(r"(?<!(?:^|[\s/|(])\p{Lu})[.!?]\s+[\p{Lu}\"«“„]|[。！？](?=.)")


def _split_after_sentence(text: str, words: TextWords, registry: Registry) -> Caption | None:
    """A caption that ends a sentence and then opens its credit with © or an explicit
    label ("…im Einsatz. © DPA Images | Christoph Soeder", "…kamen. Foto: picture
    alliance / SZ Photo | Friedrich Bungert"): the label says exactly where the credit
    starts, so everything after it is the credit, whatever names it holds."""
    for gap in _SENTENCE_GAP_RE.finditer(text):
        rest = text[gap.end():]
        label = words.credit_label.match(rest)
        if not label or not is_strong_label(label) or words.caption_label.match(rest):
            continue
        credit_words = rest[label.end():]
        if not credit_words.strip() or word_count(credit_words) > _MAX_CREDIT_WORDS \
                or _SENTENCE_INSIDE_RE.search(credit_words) or ends_sentence(credit_words):
            continue
        return Caption(input=text, caption=text[: gap.start() + 1].strip(), credit=parse_credit(rest, registry=registry))
    return None


# A credit that opens with a social-media handle and names where it came from:
# "… en el incendio de Almería @Plan_INFOCA via X / Reuters".
_HANDLE_CREDIT_RE = regex.compile(r"\s(@[\p{L}\p{N}_]{2,30}\s*(?:/|\bvia\b|\|)[^@]{1,80})$", regex.IGNORECASE)


def _split_at_handle(text: str, registry: Registry) -> Caption | None:
    """The credit starts at the handle when a slash, pipe or "via" follows it; an address
    inside a sentence ("write to @desk for …") has none of these and stays text."""
    match = _HANDLE_CREDIT_RE.search(text)
    if not match or word_count(text[: match.start()]) < 3 or word_count(match.group(1)) > 10 \
            or ends_sentence(match.group(1)):
        return None
    return Caption(input=text, caption=text[: match.start()].strip(),
                   credit=parse_credit(match.group(1).strip(), registry=registry))


_BULLET_RE = regex.compile(r"^[-–•*·▪►]\s")
_CASED_RE = regex.compile(r"[\p{Lu}\p{Ll}]")
# Two to four words in capitals, and maybe a comma and a publication in capitals.
_CAPITALS_NAME_RE = regex.compile(
    r"^(?:\p{Lu}[\p{Lu}'’\-]+\s){1,3}\p{Lu}[\p{Lu}'’\-]+(?:,\s*(?:\p{Lu}[\p{Lu}'’\-]*\s?){1,5})?$")
_CAPITAL_INITIALS_RE = regex.compile(r"^(?:\p{Lu}\.\s?){1,2}\s*")
_CAPITAL_SURNAME_RE = regex.compile(r"\p{Lu}[\p{Lu}'’\-]{2,}(?:\s\p{Lu}[\p{Lu}'’\-]{2,})?")
# A name of two to four capitalised words, then a bracket: "Daniel Pérez (EFE)".
_LABEL_OPENS_BRACKET_RE = regex.compile(r"[(（]\s*\p{L}+(?:\s\p{L}+)?\s*[:：]")
_NAME_THEN_BRACKET_RE = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*\s+){1,3}\p{Lu}[\p{L}'’.\-]*\s*[(（][^()（）]{2,40}[)）]$")
# After a courtesy phrase, a name: a capital or a letter of a script without capitals.
_NAME_AFTER_COURTESY_RE = regex.compile(r"^\s*['\"«“„]?[\p{Lu}\p{Lo}]")


@lru_cache(maxsize=1)
def _photo_taken_alternation() -> str:
    return alternation(grammar().vocab.photo_taken)


def _capitals_name(text: str) -> bool:
    """Two or three words in capitals opening with a known given name (its first part,
    for "MARIE-ÈVE"), and maybe a comma and a publication after them."""
    text = text.strip()
    initials = _CAPITAL_INITIALS_RE.match(text)
    if initials:  # "J. M. SERRANO": initials stand for the given name
        return _CAPITAL_SURNAME_RE.fullmatch(text[initials.end():]) is not None
    if not _CAPITALS_NAME_RE.match(text):
        return False
    words = text.split(",")[0].split()
    return 2 <= len(words) <= 3 and words[0].split("-")[0].casefold() in grammar().given_names


def _labelled_short_name(label: regex.Match[str] | None, rest: str, credit: Credit) -> bool:
    """"bild: watson": a picture label, then a word or two the parser reads as nobody (an
    outlet spelling itself in lower case) still names who supplied the picture. "©" alone
    is no such label: "© Riproduzione riservata" is a rights notice."""
    return label is not None and is_strong_label(label) and not label.groupdict().get("sign") \
        and bool(credit.credit) and 1 <= word_count(rest) <= 2 and not grammar().copyright_phrase.search(rest)


def _paper_dash_photographer_in_capitals(text: str) -> bool:
    """"MIDI LIBRE - VINCENT ROE": the paper and its photographer, in capitals, a spaced
    dash between them (either way round)."""
    parts = regex.split(r"\s[-–—]\s", text.strip())
    return len(parts) == 2 and all(_paper_in_capitals(part) for part in parts) \
        and any(_capitals_name(part) for part in parts)


def _paper_in_capitals(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and all(len(w) >= 2 and w.isupper() for w in words)


def without_role_word(text: str) -> str:
    """"Archives Laurent Roe" → "Laurent Roe": a role word opening the names."""
    first, _, rest = text.strip().partition(" ")
    return rest if rest and is_role_word(grammar(), first) else text.strip()


def _lowercase_role_then_name(text: str) -> bool:
    """A role of two lower-case words, then a capitalised name: "materiały prasowe CPK",
    "archiwum prywatne Jana Roe", "arquivo pessoal Ana Roe"."""
    words = text.split()
    return len(words) >= 3 and words[0][:1].islower() and words[2][:1].isupper() \
        and is_role_word(grammar(), " ".join(words[:2]))


def _role_then_name(text: str) -> bool:
    """A role word ("Dok.", "Archiv") opening the line, then only a name."""
    first, _, rest = _unbracketed(text).partition(" ")
    word = first.rstrip(".:")
    if len(word) <= 2 and not word.isupper():
        return False  # "Dr Matthias Huss": a title before a name; "DR" is the role
    return bool(rest) and first[:1].isupper() and is_role_word(grammar(), word) \
        and _NAME_LIKE_RE.match(rest.strip()) is not None


_MAX_PROVIDED_CHARS = 80


def _opens_with_strong_label(text: str, words: TextWords) -> bool:
    label = words.credit_label.match(text.lstrip())
    return label is not None and is_strong_label(label)


def _provided_by(text: str) -> bool:
    """In a script without capitals, one to four words closed by a courtesy word, then
    maybe role sentences: "국토교통부 제공. 재판매 및 DB 금지", "（市提供）"."""
    if len(text) > _MAX_PROVIDED_CHARS or not _CJK_RE.search(text):
        return False  # (cheap tests first: most lines are paragraphs or in other scripts)
    first = regex.split(r"[.。]\s*", text.strip(" ()[]（）【】"))[0].strip()
    words = first.split()
    if _CASED_RE.search(first) or not 1 <= len(words) <= 5:
        return False
    return any(first.endswith(word) and len(first) > len(word) for word in cjk_courtesy_words())


def _is_cjk_text(text: str) -> bool:
    return bool(_CJK_RE.search(text))


def judge_credit_line(text: str, words: TextWords, registry: Registry, split: Splitter | None = None,
                      repeated: bool = False) -> Judgement:
    """Is this whole line a credit ("Photo: AFP", "© Jane Doe / Hans Lucas", "Europa Press")?
    `repeated`: the same line stands alone elsewhere in the text too."""
    j = Judgement("credit-line")
    caption_label = words.caption_label.match(text)
    label = words.credit_label.match(text)
    if caption_label and is_strong_label(caption_label) and (not label or caption_label.end() > label.end()):
        j.add("caption_label", -10)
        return j
    rest = text
    if label:
        rest = text[label.end():]
        if is_strong_label(label):
            j.add("label", 3)
        else:
            j.add("weak_label", 1)  # "Credit Harry Campbell", but also "Data model"
            if _NAME_LIKE_RE.match(rest.strip()) or (not _CASED_RE.search(rest) and len(rest.split()) <= 4):
                j.add("name_after_weak_label", 1)  # (in a script without capitals, a few words)
        if _points_forward(label):
            j.label_points_forward = True
    if not rest.strip():
        j.add("label_only", -10)
        return j
    n_words = word_count(rest)
    if n_words > 30:
        j.add("paragraph_length", -10)  # no credit runs this long; skip the costlier tests
        return j
    # A label run on into lower case by a space opens a sentence ("File photo of the
    # reservoir. | Photo Credit: The Hindu"), whose credit may come after it.
    # So does a bare label word before more than a few words in a script without capitals
    # ("صورة جوية تظهر …", an aerial picture shows …).
    label_opens_a_sentence = label is not None and not (label.groupdict().get("sep") or "").strip() \
        and not label.groupdict().get("sign") and (
            rest[:1].islower() or not is_strong_label(label) and not _CASED_RE.search(rest) and len(rest.split()) > 4)
    if label is not None and not is_strong_label(label) and _opens_with_strong_label(rest, words) \
            and is_role_word(grammar(), label.groupdict().get("label") or ""):
        # "Ilustracija Foto: Pixsell": a bare label word naming the picture, then its credit
        # with a label of its own: a caption line.
        j.add("caption_word_before_label", -4)
    if (not label or label_opens_a_sentence) and _caption_before_credit(text, split or make_splitter(registry, words), words):
        j.add("caption_before_credit", -4)
    if label and sum(1 for w in rest.split() if w.islower() and len(w) > 3) >= 3 and not has_org_word(grammar(), rest):
        # "Image: An empty platform at … on Wednesday morning" (an office may be written in
        # lower case: "Фото: пресс-служба правительства …")
        j.add("running_words_after_label", -3)
    if label and _CJK_SENTENCE_THEN_MORE_RE.search(rest):
        # "资料图：上海地铁五角场站。 新华社记者 刘颖 摄": a file picture's caption, its sentence
        # closed, then its credit: a caption line.
        j.add("sentence_after_label", -6)
    if label and _split_after_sentence(rest, words, registry) is not None:
        # "Image: Passengers wait at Euston. Pic: PA": the first label names the picture,
        # the caption follows it, and its credit comes after its sentence with a label of its own.
        j.add("caption_then_labelled_credit", -6)
    if n_words > 5 and leading_credit_chain(text, registry) is not None:
        j.add("caption_after_credit", -4)  # "Bild: APA/X Der Bundeskanzler …": a caption line
    if n_words <= 2 and rest.strip()[:1].isupper() and is_role_word(grammar(), rest.strip(" .()[]")):
        j.add("role_word_alone", 2)  # "Privat", "Handout", "zVg" alone on a line: who supplied the picture
    elif not label and _role_then_name(rest):
        j.add("role_then_name", 2)  # "Dok. Balai TN Meru Betiri": a file picture of that office
    elif label and _lowercase_role_then_name(rest):
        j.add("role_after_label", 1)  # "fot. materiały prasowe CPK": the press office's material
    capitals_name = _capitals_name(rest)
    if capitals_name:
        # "ADRIANO MIRANDA", "MARIE-ÈVE TREMBLAY, LA TRIBUNE DU FLEUVE": a photographer
        # set in capitals on a line of their own (and the paper after a comma).
        j.add("name_in_capitals", 2.5)
    # "記者林雅琪／攝影", "新华社记者 张三 摄": a photo-taken word closes who took it.
    taken_by = _is_cjk_text(rest) and not regex.search(r"[。！？.!?]", rest) \
        and regex.search(rf"(?:{_photo_taken_alternation()})\s*[)）]?$", rest)
    if taken_by:
        j.add("photo_taken_word", 2)
    agencies = _known_agencies(rest, registry)
    if capitals_name:
        # The given name opening "ANA MARÍA ORTIZ" is no agency (ANA).
        opening = len(rest) - len(rest.lstrip())
        agencies = [m for m in agencies if getattr(m, "start", None) != opening]
    # "Daniel Pérez (EFE)": the photographer, then the agency in brackets.
    name_and_agency = bool(agencies) and _NAME_THEN_BRACKET_RE.match(rest.strip()) is not None \
        and not _LABEL_OPENS_BRACKET_RE.search(rest)  # ("Jane Roe (Photo: EPA)": Jane Roe is pictured)
    name_comma_agency = bool(agencies) and _person_comma_agency(rest, agencies[-1])
    desk_then_name = bool(agencies) and _desk_then_photographer(rest, agencies[0])
    name_dash_outlet = _photographer_dash_outlet(rest, agencies)
    for_paper = bool(agencies) and _photographer_for_paper(rest, agencies[-1])
    if agencies:
        j.add("known_agency", 2)
        if _lowercase_outside(rest, agencies) >= 3 and not label:
            j.add("prose_around_agency", -2)
        elif desk_then_name:
            j.add("desk_colon_name", 1)  # "ABC News: Maren Preuss": the outlet's desk, its photographer
        elif name_dash_outlet:
            pass  # (scored below with the name/outlet shape)
        elif for_paper:
            j.add("photographer_for_paper", 1)  # "JEFF GILBERT FOR THE TIMES": on assignment for it
        elif _source_via_agency(rest, agencies[-1]):
            j.add("source_via_agency", 1.5)  # "Los Angeles County Fire Department via AP": who passed it on
        elif name_comma_agency:
            j.add("name_comma_agency", 1)  # "Damian Dovarganes, AP", "Jorge Núñez, ABC Color"
        elif not label and not taken_by and not name_and_agency and not _SLASHED_RE.match(rest.strip("()[]（）【】 ")) \
                and _coverage(rest, agencies) < 0.5:
            j.add("agency_inside_a_phrase", -2)
    if name_and_agency:
        j.add("name_bracket_agency_shape", 1.5)
    if name_dash_outlet:
        j.add("name_dash_outlet_shape", 1.5)  # "Hernán Zabala - LA NACION", "Karim Haddouche - VDNPQR"
    elif _paper_dash_photographer_in_capitals(rest):
        j.add("paper_dash_photographer_in_capitals", 2)  # "MIDI LIBRE - VINCENT ROE"
    elif _INITIALS_DASH_NAME_RE.match(rest.strip()) and is_named_person(
            regex.split(r"\s[-–—]\s", rest.strip(), maxsplit=1)[1], grammar()):
        j.add("paper_initials_dash_photographer", 2)  # "ÉdA - Jacques Roe" (L'Avenir), "DDM - Michel Roe"
    if agencies and not label and words.source_phrase_end.search(rest[: agencies[-1].start].rstrip(" ,(")[-80:]):
        j.add("reporting_phrase_before", -4)  # "Le Monde avec AFP", "…, told Reuters": a source
    if not label and grammar().courtesy.match(rest) and _NAME_AFTER_COURTESY_RE.search(grammar().courtesy.sub("", rest)):
        j.add("courtesy_phrase", 3)  # "Cortesía de la Estación Ornitológica …": who supplied it
    elif not label and _provided_by(rest):
        j.add("provided_by", 2)  # "[국토교통부 제공. 재판매 및 DB 금지]": the ministry provided it
    if _SLASHED_RE.match(rest.strip("()[]（）【】 ")) and n_words <= 14:
        j.add("name_slash_agency_shape", 1.5)
        if _OUTLET_DOMAIN_RE.search(rest):
            j.add("outlet_domain", 1)  # "mbl.is/Atli Steinn Guðmundsson": the outlet by its address
        parts = regex.split(r"[/|｜／]", rest)
        if any(is_role_word(grammar(), part.strip(" .()")) for part in parts):
            j.add("role_in_chain", 1)  # "Inrap / DR", "Divulgação/Prefeitura de Campinas"
        elif any(_capitals_name(part) for part in parts):
            j.add("photographer_in_capitals", 1)  # "TOMÁS SILVA/OBSERVADOR": a named photographer
        elif len(parts) == 2 and _paper_in_capitals(parts[1]) and is_named_person(without_role_word(parts[0]), grammar()):
            j.add("paper_in_capitals", 1)  # "Guillaume Roe / SUD OUEST": the photographer and their paper
        elif len(parts) == 2 and any(_PAPER_INITIALS_RE.fullmatch(part.strip()) for part in parts) \
                and any(is_named_person(part.strip(), grammar()) for part in parts):
            # "LP/Arnaud Journois": a paper's initials and its photographer ("Priya Raman/
            # Cablewire" once between paragraphs may be anything)
            j.add("photographer_with_paper_initials", 1)
    if repeated and ("name_slash_agency_shape" in j.features or "known_agency" in j.features) \
            and regex.search(r"\p{L}{3}", rest):  # a name, not "N/A" in a table
        j.add("repeated_line", 1)  # one photographer's credit under each picture; body text never repeats
    if _WRAPPED_RE.match(text.strip()) and n_words <= 12:
        j.add("in_brackets", 1)
        inside = text.strip()[1:-1].strip()
        if not label and is_named_person(inside, grammar(), most_words=3):
            j.add("person_in_brackets", 1.5)  # "(Àlex Garcia)" under a caption: its photographer
        elif not label and not agencies and not _CJK_RE.search(inside) and has_org_word(grammar(), inside) \
                and not _lowercase_share(inside) > 0.5:
            # (Japanese papers sign a text so: "（秋田支局 中村健太）", the bureau and the reporter.)
            j.add("organisation_in_brackets", 1)  # "(الرئاسة التونسية)", "(Ministerio de Salud)": who supplied it
    if n_words <= 10 and len(rest) <= 90:
        j.add("short", 0.5)
    elif n_words > 16:
        j.add("long", -3)
    if ends_sentence(rest) and not _WRAPPED_RE.match(text.strip()) \
            and not (label and ":" in (label.groupdict().get("sep") or "") and n_words <= 5):  # ("ছবি: সুদীপ্ত ভৌমিক।")
        j.add("ends_with_full_stop", -1.5)
    if (_SLASH_END_RE.search(text) and not _slash_wrapped_agency(text, registry)) or _URL_END_RE.search(text):
        j.add("ends_with_slash_or_url", -4)
    if _PRICE_RE.search(rest):
        j.add("price", -4)  # "Lego 75361 / Spinnenpanzer: 52,99 Euro": a product, not a credit
    if words.byline.match(text) and not label and not taken_by:
        j.add("byline_prefix", -3)
    if words.reporter_end.search(rest) and not agencies and not label:
        j.add("reporter_byline", -2)
    elif not taken_by and not label and _is_cjk_text(rest) and _REPORTER_BAR_RE.search(rest) \
            and _writer_word_end().search(_REPORTER_BAR_RE.split(rest, maxsplit=1)[0]):
        j.add("reporter_byline", -4)  # "界面新闻记者 | 陈晓", "…编辑 | 刘洋": who wrote it (no 摄: no picture)
    if _lowercase_share(rest) > 0.5 and n_words > 3 and not (
            label and is_strong_label(label) and has_org_word(grammar(), rest) and not _SENTENCE_PUNCT_RE.search(rest)):
        # (After "Фото:" an institution may be spelled in lower case: "пресс-служба …")
        j.add("reads_as_prose", -2)
    if _CLAUSE_COMMA_RE.search(rest) and not agencies and not label:
        j.add("clause_comma", -1)
    if label and _opens_with_picture_word(text, label, words):
        j.add("picture_word_opens", -4)  # "Imagen de archivo de una manifestación …": a caption
    elif label and _label_opens_a_sentence(label, rest):
        j.add("label_opens_a_sentence", -4)  # "Foto de familia de la segunda reunión …"
    if j.score >= CREDIT_LINE_THRESHOLD:
        credit = parse_credit(text, registry=registry)
        if not (credit.creators or credit.agencies or credit.roles) and not _labelled_short_name(label, rest, credit):
            j.add("names_nobody", -10)  # "© Riproduzione riservata": a rights notice, no credit
        elif not credit.creators and credit.agencies and (not label or len(credit.agencies) >= 2) \
                and all(a.kind == "platform" for a in credit.agencies) and not credit.roles:
            # ("Screenshots Instagram/TikTok" names where the pictures were taken from.)
            j.add("share_buttons", -10)  # "Facebook X WhatsApp", "微信 微博": a share bar
        else:
            j.credit = credit
    return j


def _photographer_dash_outlet(text: str, agencies: list) -> bool:
    """A person's name, a spaced dash, then an outlet: known, or set in capitals."""
    name, dash, outlet = text.strip().rpartition(" - ")
    outlet, name = outlet.strip(), name.strip()
    role, _, rest = name.partition(" ")
    if rest and is_role_word(grammar(), role):
        name = rest  # ("archives Pascal Delattre - VDNPQR": a file picture of theirs)
    return bool(dash) and is_named_person(name, grammar()) and 2 <= len(outlet) <= 40 and (
        any(getattr(a, "start", -1) >= len(text) - len(text.lstrip()) + len(name) for a in agencies)
        or outlet.isupper() and len(outlet.split()) <= 3)


def _before_closing_agency(text: str, last_agency) -> str | None:
    """The text before the known agency that closes the line, or None when the line
    goes on past it."""
    if getattr(last_agency, "start", None) is None or last_agency.end < len(text.rstrip(" .)")):
        return None
    return text[: last_agency.start]


def _is_person(text: str) -> bool:
    return is_named_person(text, grammar()) or bool(_capitals_name(text))


def _person_comma_agency(text: str, last_agency) -> bool:
    """A person, a comma, then the known agency closing the line ("Damian Roe, AP")."""
    head = (_before_closing_agency(text, last_agency) or "").rstrip()
    return head.endswith(",") and _is_person(head[:-1].strip())


def _source_via_agency(text: str, last_agency) -> bool:
    """Capitalised names, a "via" word, then the known agency closing the line."""
    head = (_before_closing_agency(text, last_agency) or "").rstrip()
    via = _via_end().search(head)
    source = head[: via.start()].strip() if via else ""
    return bool(source) and all(w[:1].isupper() or w in _NAME_JOINERS for w in source.split())


@lru_cache(maxsize=1)
def _via_end() -> regex.Pattern[str]:
    return regex.compile(rf"\s(?:{alternation(grammar().vocab.via)})$", regex.IGNORECASE)


_NAME_JOINERS = frozenset({"of", "de", "del", "des", "du", "la", "der", "für", "and", "&"})


def _photographer_for_paper(text: str, last_agency) -> bool:
    """A person, a "for" word, then the known paper closing the line: "Jane Roe for The
    Times", "JANE ROE FOR THE TIMES"."""
    head = _before_closing_agency(text, last_agency) or ""
    joint = grammar().for_word.search(head)
    return joint is not None and joint.end() == len(head) and _is_person(head[: joint.start()].strip(" ("))


def _desk_then_photographer(text: str, first_agency) -> bool:
    """A known outlet (and its desk's place) opens the line, a colon, then a person's name
    alone: "ABC News: Maren Preuss", "ABC North Coast: Hannah Ross"."""
    if getattr(first_agency, "start", None) != len(text) - len(text.lstrip(_OPENING_BRACKETS)):
        return False  # ("(ABC News: Baz Ruddick)": in brackets under the caption, as well)
    after = text[first_agency.end:]
    colon = _DESK_COLON_RE.match(after)
    return colon is not None and is_named_person(_unbracketed(after[colon.end():]), grammar())


_OPENING_BRACKETS = " \t(（["


def _unbracketed(text: str) -> str:
    """The line without the brackets it is wrapped in: "(Supplied: X)" → "Supplied: X"."""
    text = text.strip()
    if text[:1] in "(（[":
        text = text[1:]
    if text[-1:] in ")）]":
        text = text[:-1]
    return text.strip()


_SPACED_SLASH_BEFORE_RE = regex.compile(r"\S\s+[/／]\s*$")
# A desk's place after the outlet's name, then the colon: " North Coast: ".
_DESK_COLON_RE = regex.compile(r"(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[:：]\s*")
_EQUALS_OPENS_RE = regex.compile(r"\s*[＝=]")
_CJK_SENTENCE_THEN_MORE_RE = regex.compile(r"[。！？]\s*\S")
_SLASH_WRAPPED_END_RE = regex.compile(r"/([^/\s][^/]{0,40})/\s*$")


def _slash_wrapped_agency(text: str, registry: Registry) -> bool:
    """"Фото: Б.Баярсайхан /МОНЦАМЭ/": Montsame wraps its name in slashes; a known agency
    so wrapped closes a credit, not a path or an address."""
    wrapped = _SLASH_WRAPPED_END_RE.search(text)
    return wrapped is not None and registry.lookup(wrapped.group(1)) is not None


def _label_opens_a_sentence(label: regex.Match[str], rest: str) -> bool:
    """A label of words with no colon ("Foto de", "Photo by") then running lower-case
    words: the line is a sentence about a photo, not a credit (a name would follow)."""
    groups = label.groupdict()
    if groups.get("sign") or (groups.get("sep") or "").strip():
        return False
    first_words = rest.split()[:3]
    if len(first_words) == 3 and is_role_word(grammar(), " ".join(first_words[:2])):
        return False  # "fot. materiały prasowe CPK": a role in lower case, then the name
    return len(first_words) == 3 and first_words[0][:1].islower() and sum(w[:1].islower() for w in first_words) >= 2


def _opens_with_picture_word(text: str, label: regex.Match[str], words: TextWords) -> bool:
    """A picture word opens the line and running words follow it, no colon and no name:
    "Imagen de archivo de una manifestación …" describes the picture; "Foto de archivo:
    EFE" and "Imagen de archivo EFE" are labelled credits."""
    picture = words.picture_word.search(text[:80])
    if not picture or picture.start() != 0 or regex.match(r"\s*[:：/|=]", text[picture.end():]):
        return False
    following = text[max(picture.end(), label.end()):].lstrip()
    return following[:1].islower()


def _labelled_tail(text: str, caption: str, words: TextWords) -> bool:
    """Whether a strong label ("Photograph:", "Foto:") opens what follows the caption, or
    a closing label ends it ("… / J. Stacevičiaus / LRT nuotr.")."""
    tail = _credit_tail(text, caption)
    label = words.credit_label.match(tail.lstrip(" .,;|-–—(["))
    return bool(label and is_strong_label(label)) or bool(_closing_label(tail))


def _closing_label(tail: str) -> bool:
    """"… LRT nuotr.", "… 제주도 제공": a label or a role word ("provided") closes the names."""
    label = grammar().trailing_label.search(tail)
    if label is not None and label.start() > 0 and not _CJK_RE.search(label.group()):
        return True
    names, _, last = tail.strip(" .").rpartition(" ")
    return bool(names.strip()) and _HANGUL_RE.search(last) is not None and is_role_word(grammar(), last)


def _caption_before_credit(text: str, split: Splitter, words: TextWords) -> bool:
    """Whether the line opens with descriptive words before its credit starts."""
    if _MIDLINE_COPYRIGHT_RE.search(text) and word_count(text[: _MIDLINE_COPYRIGHT_RE.search(text).start() + 1]) >= 3:
        return True
    found = split(text)
    if found.caption and found.credit and word_count(found.caption) >= 2 \
            and (ends_sentence(found.caption) or _closing_label(_credit_tail(text, found.caption))) \
            and _labelled_tail(text, found.caption, words):
        return True  # "The Apple Vision Pro. Photograph: Vjeran Pavic / The Verge"
    if found.caption and found.credit and word_count(found.caption) >= 2 \
            and _bar_then_label(_credit_tail(text, found.caption), words):
        return True  # "הכנרת, השבוע | צילום: …", "Володимир Зеленський (Фото: EPA/UPG)": a caption line
    if not (found.caption and found.credit and word_count(found.caption) >= 3):
        return False
    # "Spencer Platt/Getty" split off "…/Getty Images News/Getty Images" is credit, not caption.
    caption = found.caption.strip()
    descriptive = any(w[:1].islower() for w in _WORD_RE.findall(caption)) or not regex.search(r"\p{Lu}", caption)
    return descriptive and not _SLASHED_RE.match(caption)


@lru_cache(maxsize=1)
def _writer_word_end() -> regex.Pattern[str]:
    """A reporter's or a byline's word closing the text before a bar ("界面新闻编辑")."""
    vocab = grammar().vocab
    return regex.compile(rf"(?:{alternation(vocab.reporter + vocab.byline_prefixes)})\s*$", regex.IGNORECASE)


_MAX_DATED_CREDIT_WORDS = 6
_REPORTER_BAR_RE = regex.compile(r"\s?[|｜]\s?")
_CLOCK_RE = regex.compile(r"\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b")  # ("… a las 08:15": a stamp, however long)
# A paper's initials, a spaced dash, a name: "ÉdA - Philippe Roe", "DDM - Michel Roe".
_INITIALS_DASH_NAME_RE = regex.compile(r"^\p{Lu}(?=\p{L}*\p{Lu})\p{L}{1,3}\s[-–—]\s\p{Lu}")
# A bar or an opening bracket between the caption and a labelled credit.
_BAR_RE = regex.compile(r"^\s*[|｜(（]\s*")


def _bar_then_label(tail: str, words: TextWords) -> bool:
    bar = _BAR_RE.match(tail)
    return bar is not None and words.credit_label.match(tail[bar.end():]) is not None


def _points_forward(label: regex.Match[str]) -> bool:
    """'Image source, X' is printed above its caption; other labels sit with theirs."""
    word = (label.groupdict().get("label") or "").casefold()
    return " " in word and word.endswith(" source")


def judge_glued_credit(text: str, words: TextWords, registry: Registry, split: Splitter | None = None) -> Judgement:
    """Is this a caption with its credit at the end ("… le 19 juin Gavriil Grigorov/Sputnik")?"""
    j = Judgement("glued-credit")
    found = (split or make_splitter(registry, words))(text)
    if found.credit is None or not found.credit.credit or not found.caption \
            or not _ANY_LETTER_RE.search(found.credit.credit):
        return j  # ("Publicado el martes 24 noviembre | 06:12": a time names no one)
    credit = found.credit
    j.credit, j.caption = credit, found.caption
    if word_count(found.caption) < 2 and len(found.caption.strip()) < 4:
        j.add("caption_too_short", -3)
    if regex.search(r"\d", credit.credit) and words.has_date(credit.credit) \
            and (word_count(credit.credit) <= _MAX_DATED_CREDIT_WORDS or _CLOCK_RE.search(credit.credit)) \
            and not credit.creators and not any(a.id for a in credit.agencies):
        j.add("a_date_names_no_one", -4)  # "Par Claire Roe | Publié le 25/11/2026": a byline and its date
    tail = _credit_tail(text, found.caption)
    # "APA/X Der Bundeskanzler …", "Lego Lego feiert …": the credit opens a one-sentence
    # caption, so the line's final stop is the caption's, not one after the credit. One
    # in brackets is a dateline ("(AFP) - …", "（中央社記者…電）…") and is judged as before.
    at = text.find(found.caption.rstrip())
    leads = not tail.strip(" .。") and at > 0 and not _QUOTE_OR_BRACKET_START_RE.match(text) \
        and sentence_count(found.caption) == 1
    if leads:
        tail = text[:at]
    if credit.agencies and any(a.id for a in credit.agencies):
        j.add("known_agency", 2)
    elif credit.agencies:
        j.add("agency_as_printed", 1)
    opening = tail.lstrip(" .,;:：=-–—|/／()（【[")
    if words.credit_label.search(opening) or grammar().courtesy.match(opening) or regex.search(r"[©ⓒⒸ]|\([cC]\)", tail) \
            or _ends_with_label(found.caption, words) or _label_glued_to_credit(tail, credit, words) \
            or _closing_label(tail):
        j.add("label_before_credit", 2)
    if _EQUALS_OPENS_RE.match(tail) and credit.credit.rstrip().endswith(cjk_courtesy_words()):
        j.add("provided_after_equals", 1.5)  # "…工事の様子＝首都高速道路会社提供": who provided it
    if _SLASHED_RE.match(credit.credit.strip()):
        j.add("name_slash_agency_shape", 1.5)
    elif regex.match(r"\s[/／\-–—]\s", tail) and (credit.creators or credit.agencies):
        # "… in La Soledat / Lorenzo Marina", "… línea 11 - Ignacio Gil" (a pipe is no such
        # mark: breadcrumbs and menus are written "Nyheter | Inrikes")
        j.add("slash_before_credit", 1.5)
        if credit.creators and not credit.agencies and ends_sentence(found.caption) \
                and has_given_name(credit.creators[0], grammar()):
            j.add("names_after_last_sentence", 1.5)  # "… del Eixample. / Jordi Otix": the photographer
    elif _INITIALS_DASH_NAME_RE.match(credit.credit) and credit.creators and ends_sentence(found.caption):
        j.add("paper_initials_dash_photographer", 2)  # "… en 2027. ÉdA - Philippe Roe" (L'Avenir)
    if regex.search(r"[(（【\[]\s*[^()（）]*[)）】\]]\s*$", tail):
        j.add("credit_in_brackets", 1)
        if (credit.creators or credit.agencies) and (ends_sentence(found.caption) or (
                credit.creators and has_given_name(credit.creators[0], grammar()))):
            # "… en Lebrija. (Edu Luque)", "Glass cloche terrariums (Lucy Akins)"
            j.add("names_after_last_sentence", 1.5)
    if grammar().photo_taken.search(credit.credit):
        j.add("photo_taken_word", 2)  # "（潟沼義樹撮影）", "新华社记者 张三 摄": says who took it
    elif credit.creators and not credit.agencies and grammar().reporter.search(credit.credit):
        j.add("reporter_word", 2)  # "… 있다. 김봉규 선임기자": a reporter of the paper took it
    elif credit.roles and not credit.creators and not credit.agencies:
        j.add("rights_word", 2)  # "… et «Braguino» DR", "… in Berlin. Privat"
    if not leads and not credit.creators and len(credit.agencies) == 1 and ends_sentence(found.caption) \
            and sentence_count(found.caption) <= 2 and organisation_alone(credit.agencies[0].raw, registry) is not None:
        # "… auf der Kantonsstrasse. Kantonspolizei Graubünden": an organisation named alone
        # after the caption's last sentence supplied the picture (no text ends so).
        j.add("organisation_after_last_sentence", 1.5)
    if credit.creators and not credit.agencies and _all_capitals(credit.credit) and not leads:
        j.add("name_in_capitals", 2)  # "… este martes. PACO PUENTES": set apart by its capitals
    elif list(credit.creators) == [credit.credit] and not credit.agencies and not leads \
            and _NAME_AFTER_STOP_RE.search(text) and sentence_count(found.caption) == 1 \
            and word_count(found.caption) <= 25 and has_given_name(credit.credit, grammar()):
        # "… titular de Conagua. Octavio Hoyos": a one-sentence caption, then only its
        # photographer's name (no text goes on after a sentence with a bare name).
        j.add("names_after_last_sentence", 2)
    if list(credit.creators) == [credit.credit] and not credit.agencies and "slash_before_credit" in j.features \
            and _SPACED_SLASH_BEFORE_RE.search(text[: len(text) - len(credit.credit)]) \
            and is_named_person(credit.credit, grammar()):
        # "… in La Soledat / Lorenzo Marina": a spaced slash sets the photographer apart.
        j.add("person_after_spaced_slash", 1)
    if credit.creators and not credit.agencies and "label_before_credit" not in j.features \
            and "person_after_spaced_slash" not in j.features \
            and "name_slash_agency_shape" not in j.features and "photo_taken_word" not in j.features \
            and "reporter_word" not in j.features and "names_after_last_sentence" not in j.features \
            and "name_in_capitals" not in j.features and "credit_in_brackets" not in j.features:
        j.add("bare_person_name", -2.5)
    before = text[: len(text) - len(tail)] if tail else found.caption
    if not leads and "label_before_credit" not in j.features \
            and words.source_phrase_end.search(before.rstrip(" ,.:;(（")[-80:]):
        j.add("reporting_verb_before", -5)
    if leads:
        j.add("credit_opens_the_line", 0)
    elif ends_sentence(text) and not regex.search(r"[)）】\]]\s*$", text) and not ends_sentence(credit.credit) \
            and not words.rights_reserved.search(credit.credit) and "label_before_credit" not in j.features \
            and not is_role_word(grammar(), text.rstrip().rpartition(" ")[2]) \
            and not _DESK_STOP_END_RE.search(text):
        # (After its label a credit may close with a stop: "… opvækst. Foto: Miles Lilley.";
        # so does a role written with stops: "… - D.R.")
        # (A rights notice ends with its own stop: "… The AP. All rights reserved.")
        j.add("full_stop_after_credit", -3)
    if _SLASH_END_RE.search(text) or _URL_END_RE.search(text):
        j.add("ends_with_slash_or_url", -4)
    if len(found.caption) > 500 or sentence_count(found.caption) > 4:
        j.add("paragraph_length", -3)
    if _QUOTE_START_RE.match(text) and not credit.agencies:
        j.add("pull_quote", -2)
    return j


# "…/rwa.": a desk's initials closing the credit with a stop of their own (Antara).
_DESK_STOP_END_RE = regex.compile(r"/\p{Ll}{2,3}\.\s*$")


def _label_glued_to_credit(tail: str, credit: Credit, words: TextWords) -> bool:
    """"…said.CreditJane Doe for The Times": between the caption and the credit stands a
    label word and nothing else."""
    at = tail.rfind(credit.credit or "\0")
    between = tail[:at].strip(" .,;|()[]（）【】") if at > 0 else ""
    return bool(between) and bool(words.bare_label.match(between))


def _all_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _ends_with_label(caption: str, words: TextWords) -> bool:
    """A label the splitter left at the end of the caption ("… Ampel-Aus. Bild")."""
    end = caption.rstrip(" :：=")[-30:]
    return any(m.end() == len(end) and (m.start() == 0 or not end[m.start() - 1].isalnum())
               for m in words.label_anywhere.finditer(end))


def _credit_tail(text: str, caption: str) -> str:
    """The part of ``text`` after the caption (the credit with its label and brackets)."""
    caption = caption.rstrip()
    at = text.find(caption)
    return text[at + len(caption):] if at >= 0 else ""


# An aside in brackets inside the line ("Jarrad Branthwaite (FC Everton) jubelt …",
# "Buck Cullen with his daughter (10 months) …"): who is who in a picture.
_INNER_ASIDE_RE = regex.compile(r"\S\s?[(（][^()（）]{1,40}[)）]\s?[\p{L}\p{N},]")
_ASIDE_RE = regex.compile(r"\S\s?[(（][^()（）]{1,40}[)）]")
# Japanese papers close a caption with "＝" and when (and where) the picture was taken:
# "…評価検討会＝１３日午後１０時３１分（代表撮影）", "イスラエルの国旗＝同国で2019年5月".
_EQUALS_WHEN_RE = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}ー）)][＝=](?=[^＝=.。!?！？]{1,30}$)[^＝=]*?(?:\d|[０-９]|[日月年]|午前|午後|撮影|提供)")
# "Review: …", "Sensation in Guatemala: …": a kicker of one to three words, as headings open.
_KICKER_RE = regex.compile(r"^[\p{L}\p{N}][^\s:：\"“„«]*(?:\s[^\s:：]+){0,2}\s?[:：]\s")
# Source code quoted in the text ("FROM unnest(array[2, 3]) AS n", "stddev::float"):
# identifiers with underscores, casts, braces, calls written without a space.
_CODE_RE = regex.compile(r"\w_\w|::|[{}│]|\b\p{Ll}\w*\(|\b\p{Lu}{2,}\(")
# A line without final stop this long is past the length of a heading.
_LONG_UNPUNCTUATED_WORDS = 12
# A caption that says who stands where ("von links nach rechts: …") may run long.
MAX_BARE_CAPTION_CHARS = 250
MAX_PICTURE_CAPTION_CHARS = 420


def closes_with_when_where(text: str) -> bool:
    """"…記者会見する担当者＝13日午後、気象庁", "…説明する職員（24日午後、阿蘇市で）": a Japanese
    caption's closing."""
    return bool(_EQUALS_WHEN_RE.search(text) or _BRACKETED_WHEN_RE.search(text)) and not _HANGUL_RE.search(text)


# The day, then where, in the closing bracket ("で", at): the Yomiuri style.
_BRACKETED_WHEN_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]（(?:\d{1,2}|[０-９]{1,2})日[^（）]{0,24}で）\s*$")


# Scripts that end sentences with a space, not a stop: a long line of theirs is running text.
_UNPUNCTUATED_SCRIPT = regex.compile(r"\s*[\p{Thai}\p{Lao}]")
UNPUNCTUATED_PARAGRAPH_CHARS = 100


def reads_as_unpunctuated_paragraph(text: str) -> bool:
    return len(text) >= UNPUNCTUATED_PARAGRAPH_CHARS and _UNPUNCTUATED_SCRIPT.match(text) is not None


def judge_bare_caption(text: str, words: TextWords, previous: str | None, following: str | None,
                       in_gallery: bool = False, over_a_heading: bool = False,
                       in_a_run: bool = False) -> Judgement:
    """Is this line a caption without any credit ("Le préfet du Gard lors d'un point presse
    à Nîmes, mardi après-midi")? Only descriptive lines between paragraphs qualify.
    ``in_gallery``: a gallery's counter ("2 / 5") stands beside the line.
    ``in_a_run``: the same line stands three times or more in a row."""
    j = Judgement("bare-caption")
    if in_gallery:
        j.add("gallery_counter_beside", 4)
    if in_a_run:
        # Pictures in a row under the same caption each. A heading or a paragraph is never
        # printed thrice running (a teaser printed twice, once per screen size, is common).
        j.add("same_line_in_a_run", 4)
    # Most body paragraphs are too long for any caption: say so before searching them.
    picture_word = words.picture_word.search(dashes_folded(text)) if len(text) <= MAX_PICTURE_CAPTION_CHARS else None
    if len(text) > (MAX_PICTURE_CAPTION_CHARS if picture_word else MAX_BARE_CAPTION_CHARS):
        j.add("too_long", -10)
        return j
    cjk = bool(_CJK_RE.search(text))
    n_words = word_count(text)
    stripped = text.rstrip()
    unpunctuated = not ends_sentence(stripped) or bool(regex.search(r"[)）]$", stripped))
    if unpunctuated and _SIGNED_AFTER_STOP_RE.search(stripped):
        unpunctuated = False  # "… voraus. (bsc)": a paragraph signed with its author's tag
    elif unpunctuated and sentence_count(stripped) >= 3:
        unpunctuated = False  # three sentences or more are a paragraph that lost its last stop
    elif unpunctuated and reads_as_unpunctuated_paragraph(stripped):
        unpunctuated = False  # Thai and Lao end no sentence with a stop: a long line is text
    if unpunctuated:
        j.add("no_final_full_stop", 2)
    if _MID_SENTENCE_END_RE.search(stripped):
        j.add("ends_mid_sentence", -4)  # "…, pull requests are even better,": a line cut short
    if picture_word:
        j.add("picture_word", 2)
        if picture_word.start() == 0:
            j.add("picture_word_opens", 2)  # "图为…", "Map showing …": the line declares a picture
        if _in_brackets(text, picture_word):
            # "(Archivbild)", "(links)", "（左から）": set apart to speak of the picture.
            j.add("picture_word_in_brackets", 2)
        if _set_apart(text, previous, following):
            # "…, so this photo from Apple will have to do.": one sentence about a picture
            # between paragraphs of several (a paragraph that only names a picture in
            # passing sits among paragraphs as short as itself).
            j.add("one_sentence_between_paragraphs", 1)
    if closes_with_when_where(text):
        j.add("equals_when_where", 4)  # "…記者会見する担当者＝13日午後、気象庁": when and where it was taken
    if _CLAUSE_COMMA_RE.search(text):
        j.add("comma_clause", 1)
    if words.has_date(text):
        j.add("date_or_day", 1)
    if unpunctuated and _INNER_ASIDE_RE.search(text):
        # Each person named with their team or place ("Ben Osborn (Sheffield United) im
        # Zweikampf mit Antony (Manchester United)") counts, up to two.
        j.add("aside_in_brackets", min(2, len(_ASIDE_RE.findall(text))))
    if unpunctuated and n_words >= _LONG_UNPUNCTUATED_WORDS:
        j.add("long_for_a_heading", 1)
    if _KICKER_RE.match(text) and not picture_word:
        j.add("heading_kicker", -1)
    if n_words < 6 or len(text) < (15 if cjk else 30):
        # A word naming the picture ("图为冰雪大世界夜景。") speaks for a short line.
        j.add("too_short", -1 if (picture_word or in_gallery or in_a_run) and n_words >= 3 else -3)
    if _is_quotation(text):
        j.add("quotation", -3)
    if _attributed(stripped, words):
        j.add("attributed", -2)  # "…, affirme Séoul": a headline or teaser says who said it
    if regex.search(r"[:：?？]$", stripped):
        j.add("ends_with_colon_or_question", -3)
    elif regex.search(r"[?？]", stripped):
        j.add("question_inside", -1.5)  # a headline asks ("Drill, baby drill? …"), a caption shows
    if _URL_END_RE.search(text) or _SLASH_END_RE.search(text) or _EMAIL_END_RE.search(text):
        j.add("ends_with_slash_or_url", -4)
    if _CODE_RE.search(text):
        j.add("reads_as_code", -4)
    if _BULLET_RE.match(text):
        j.add("list_bullet", -4)  # "- an extension of the rent rebate …": an item of a list
    if following and following[:1].islower():
        j.add("next_line_continues", -2)
    if over_a_heading and unpunctuated and sentence_count(text) == 1 and not _PRICE_RE.search(text) \
            and not _WRAPPED_RE.match(text):
        j.add("heads_nothing", 1)  # a heading has its paragraph under it; this line has a heading
    elif any(reads_as_list_item(line) for line in (previous, following) if line != text):
        j.add("list_item_neighbour", -2)
    return j


def _attributed(text: str, words: TextWords) -> bool:
    """What follows the line's last comma is a reporting phrase and a few words."""
    cut = max(text.rfind(","), text.rfind("，"))
    after = text[cut + 1:]
    return cut > 0 and len(after) <= 80 and len(after.split()) <= 8 and words.attribution.match(after) is not None


def _set_apart(text: str, previous: str | None, following: str | None) -> bool:
    """One sentence standing between two paragraphs of several sentences each."""
    return sentence_count(text) == 1 and all(
        neighbour is not None and sentence_count(neighbour) >= 2 for neighbour in (previous, following))


def _in_brackets(text: str, match: regex.Match[str]) -> bool:
    before, after = text[: match.start()].rstrip(), text[match.end():].lstrip()
    return match.group().startswith(("(", "（")) or (before.endswith(("(", "（")) and after.startswith((")", "）")))


def _is_quotation(text: str) -> bool:
    """A pull quote: the line opens with a quotation that runs over most of it. A quoted
    name at the start ("\"Marinera\", vormals \"Bella 1\" (Archivbild): …") is not one."""
    if not _QUOTE_START_RE.match(text):
        return False
    closing = regex.search(r"[\"'«»“”„‘’‚「『」』‹›״]", text[1:])
    return closing is None or closing.start() + 1 >= 0.4 * len(text)


def reads_as_list_item(text: str | None) -> bool:
    """A neighbour that is itself a short unpunctuated line: the line is part of a list.
    A quote's speaker ("— Maria Lopez, resident") or a link ("Read more: … https://…")
    is no list item."""
    if not text:
        return False
    return not ends_sentence(text) and 3 <= word_count(text) <= 20 and not text.rstrip().endswith(":") \
        and not _SPEAKER_START_RE.match(text) and not _URL_END_RE.search(text) and not _SLASH_END_RE.search(text)
