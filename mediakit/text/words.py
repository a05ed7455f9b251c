"""The words the block classifier reads with, compiled once from the language files.

Every word list comes from ``mediakit/lang/data/<lang>.toml`` (through
``mediakit.lang.vocabulary()``); this module only turns their union into regular
expressions. Script-level signs (©, brackets, full stops) are the only literals here.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from types import MappingProxyType

import regex

from mediakit.lang import languages, vocabulary
from mediakit.lang.patterns import CJK_CLASS, Gated, Openings, alternation, bounded

_CJK = CJK_CLASS
COPYRIGHT_SIGNS = "©ⓒⒸ"
# What may stand between a label and the credit: "Photo: X", "사진=X", "Foto - X", "写真：X".
# A dash separates only with a space before it: "Foto - X", not "Picture-in-Picture".
# After a CJK label a middle dot separates too ("撮影・山田太郎").
_LABEL_SEPARATOR = rf"(?P<sep>\s*[:：=＝|｜/／՝፡៖]\s*|(?:\.\.\.|…)(?=\S)|(?<=[{CJK_CLASS}])・\s*|\s+[\-–—]\s*|\s*[,،]\s+|\s+)"


_KEY_TOKEN_RE = regex.compile(r"\w+")
_CJK_RE = regex.compile(f"[{_CJK}]")


@lru_cache(maxsize=4096)
def _line_words(text: str) -> frozenset[str]:
    """The folded words of a line. Cached: every keyed pattern asks for the same lines."""
    return frozenset(_KEY_TOKEN_RE.findall(text.casefold()))


@dataclass(frozen=True)
class KeyedPattern:
    """A pattern over many phrases, searched only in lines that hold every word of one of
    them (or CJK or digits): set lookups over the line's words are far cheaper than the
    pattern trying every position of every line. Each phrase is filed under its longest
    word, so a line is checked only against the phrases that word can open; requiring the
    other words too keeps "from" or "nach" alone from waking "from left" or "von links
    nach rechts"."""

    pattern: regex.Pattern[str]
    # The longest word of each phrase -> the words of each phrase filed under it.
    # (Left out of hashing and equality: a mapping has no hash, and the pattern says it all.)
    keys: Mapping[str, tuple[frozenset[str], ...]] = field(compare=False)
    # Lines the keys cannot vouch for (CJK words have no spaces; dates have digits).
    always_scan: regex.Pattern[str] = _CJK_RE
    key_words: frozenset[str] = frozenset()  # the keys, for one set operation per line

    @classmethod
    def of(cls, phrases: tuple[str, ...], pattern: str, always_scan: regex.Pattern[str] = _CJK_RE) -> "KeyedPattern":
        keys: dict[str, set[frozenset[str]]] = {}
        for phrase in phrases:
            tokens = _KEY_TOKEN_RE.findall(phrase.casefold())
            if tokens:
                keys.setdefault(max(tokens, key=len), set()).add(frozenset(tokens))
        return cls(regex.compile(pattern, regex.IGNORECASE),
                   MappingProxyType({key: tuple(words) for key, words in keys.items()}), always_scan,
                   frozenset(keys))

    def _may_match(self, text: str) -> bool:
        words = _line_words(text)
        for word in self.key_words.intersection(words):
            if any(phrase <= words for phrase in self.keys[word]):
                return True
        return bool(self.always_scan.search(text))

    def search(self, text: str) -> regex.Match[str] | None:
        return self.pattern.search(text) if self._may_match(text) else None

    def finditer(self, text: str):
        return self.pattern.finditer(text) if self._may_match(text) else iter(())


@dataclass(frozen=True)
class TextWords:
    """Compiled patterns over the union of the bundled languages."""

    # Patterns anchored at the start of the line are Gated: a set lookup of the line's
    # first characters says whether any of their hundreds of words can open it at all.
    # "Photo: ", "© ", "Crédit : ", "Image source, " at the start of a line.
    credit_label: Gated
    # "Image caption, ", "Légende : " at the start of a line.
    caption_label: Gated
    # A line that is only a label word: "Photo", "Foto", "Image".
    bare_label: Gated
    # "Par X", "By X", "Von X" at the start of a line.
    byline: Gated
    # "… a indiqué", "… told", "… сообщает" just before a trailing agency name.
    source_phrase_end: regex.Pattern[str]
    # A reporting phrase and one to four words, the whole of what follows a line's last
    # comma: "…, affirme Séoul", "…, says minister": an attribution, not a picture's words.
    attribution: regex.Pattern[str]
    # A reporter word ("기자", "reporter") ending a short line: a closing byline.
    reporter_end: regex.Pattern[str]
    # A word closing a byline ("記者林佳慧／台北報導"): the line is the byline, whatever it names.
    byline_end: regex.Pattern[str]
    # Months and weekdays: a date makes a line read like a caption (see ``has_date``).
    date_word: KeyedPattern
    # A date in figures: "20日", "2024", "12.3.".
    date_number: regex.Pattern[str]
    boilerplate: Gated
    boilerplate_lead: Gated
    # A credit label or © glued to the end of a sentence: "umgebaut.© dpa", "Amazon.Credit: X".
    glue_point: regex.Pattern[str]
    glued_label_at: regex.Pattern[str]
    # A label word anywhere ("… plan. Photo by James Martin/CNET").
    label_anywhere: KeyedPattern
    # A courtesy phrase anywhere ("… de 2025. Cedida por la …", "… Courtesy of …").
    courtesy_anywhere: KeyedPattern
    # Words that show a line describes a picture ("Archivbild", "from left", "– video");
    # match against ``dashes_folded(text)``.
    picture_word: KeyedPattern
    # "Video: …", "视频：…", "فيديو | …" at the start of a line: a video block's title follows.
    video_label: Gated
    # "All rights reserved", "무단 전재 및 재배포 금지": a rights notice's reservation.
    rights_reserved: KeyedPattern
    # "Rep.", "Aug.", "Dr.", casefolded with their stop: no sentence ends there.
    abbreviations: frozenset[str]

    def has_date(self, text: str) -> bool:
        """A month, a weekday or a date in figures anywhere in ``text``."""
        return bool(self.date_number.search(text) or self.date_word.search(text))

    def without_dates(self, text: str) -> str:
        return self.date_word.pattern.sub(" ", self.date_number.sub(" ", text))


_DASH_RE = regex.compile(r"\p{Pd}")
# "10 Jan", "Jun 3": the abbreviations the month lists leave out, being words or names too
# ("Jan", "mar"), are months beside a day's number.
_DATE_NUMBER_RE = regex.compile(r"\d{1,2}\s*[日일]|\b(?:19|20)\d\d\b|\d{1,2}[./]\d{1,2}\."
                                r"|\b\d{1,2}\s(?:Jan|Mar|Jun)\b|\b(?:Jan|Mar|Jun)\s\d{1,2}\b")


def dashes_folded(text: str) -> str:
    """Every dash as "-", so that one data word "- video" matches "– video" and "— video"."""
    return _DASH_RE.sub("-", text)


def _language_field(section: str, key: str) -> tuple[str, ...]:
    """A field of every bundled language file, for fields the shared vocabulary does not
    gather (``[text] picture_words``)."""
    found: dict[str, None] = {}
    for lang in languages().values():
        for word in getattr(lang, section).get(key, ()):
            found.setdefault(dashes_folded(word), None)
    return tuple(sorted(found, key=len, reverse=True))


def is_strong_label(match: regex.Match[str]) -> bool:
    """A label followed by punctuation ("Photo: ", "Image source, ") or a © sign, not
    just a space: "Links im Bild" opens a sentence, "Links: " a caption."""
    groups = match.groupdict()
    # A label of several words ("Photo by", "Foto von", "Image source") is explicit enough.
    return bool(groups.get("sign") or (groups.get("sep") or "").strip() or " " in (groups.get("label") or ""))


def _opening(pattern: regex.Pattern[str], words: tuple[str, ...], extra: str = "", brackets: str = "") -> Gated:
    """``pattern`` (anchored at the line's start) behind the test that one of ``words``
    (or a character of ``extra``, after one of ``brackets``) may open the line."""
    return Gated(pattern, partial(Openings(words, extra=extra, depth=3).may_open, brackets=brackets))


@lru_cache(maxsize=1)
def text_words() -> TextWords:
    vocab = vocabulary()
    # Copyright words ("Tous droits réservés", "Copyright") open a credit line like labels.
    labels = tuple(w for w in vocab.credit_labels + vocab.copyright if any(ch.isalnum() for ch in w))
    label_alt = bounded(labels)
    # ("<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>": a copyright word with its sign.)
    credit_label = _opening(regex.compile(
        rf"^\s*(?:[\[(（【<〈]\s*)?(?:(?P<sign>[{COPYRIGHT_SIGNS}]|\([cC]\)|（[cC]）)\s*"
        rf"|(?P<label>{label_alt})(?:(?=\([cC]\))|{_LABEL_SEPARATOR})(?:(?:[{COPYRIGHT_SIGNS}]|\([cC]\))\s*)?)",
        regex.IGNORECASE,
    ), labels, extra=COPYRIGHT_SIGNS + "(（", brackets="[(（【<〈")
    caption_label = _opening(regex.compile(
        rf"^\s*(?P<label>{bounded(vocab.caption_labels)}){_LABEL_SEPARATOR}", regex.IGNORECASE), vocab.caption_labels)
    # A label alone on its line, a credit's ("Photo") or a caption's UI word ("Agrandir l'image").
    lone_labels = labels + tuple(vocab.caption_labels)
    bare_label = _opening(regex.compile(rf"^\s*(?:{bounded(lone_labels)})\s*[:：]?\s*$", regex.IGNORECASE),
                          lone_labels)
    # A byline prefix then a name: after a colon anything, else a capital (or a letter of
    # a script without capitals): "Autori e registi hanno …" is a sentence, not a byline.
    byline = _opening(regex.compile(
        rf"^\s*(?:{bounded(vocab.byline_prefixes)})(?:\s*[:：]\s*\S|\s+(?-i:[\p{{Lu}}\p{{Lo}}]))", regex.IGNORECASE),
        vocab.byline_prefixes)
    spaced_articles = alternation(tuple(a for a in vocab.articles if a[-1:].isalpha()))
    source_phrase_end = regex.compile(
        rf"(?r)(?:{bounded(vocab.source_phrases)})[\s,]*(?:\p{{L}}{{1,2}}['’]?\s*|(?:{spaced_articles})\s+)?$",
        regex.IGNORECASE,
    )
    # Patterns anchored at the end are searched backwards ((?r)): forwards, the engine
    # would try every start position of the line before the one that reaches the end.
    reporter_end = regex.compile(rf"(?r)(?:{bounded(vocab.reporter)})\s*$", regex.IGNORECASE)
    closings = _language_field("text", "byline_closings")
    byline_end = regex.compile(rf"(?r)(?:{bounded(closings)})\s*$", regex.IGNORECASE)
    # Month names are searched only in lines that hold one of their words (or CJK text);
    # figures by a small pattern of their own.
    date_word = KeyedPattern.of(vocab.months, rf"(?:{bounded(vocab.months)})")
    # (With its count: "Bình luận (12)", "Comments (3)".)
    boilerplate = _opening(regex.compile(
        rf"^\s*(?:{bounded(vocab.boilerplate)})\s*(?:[(（]\d{{1,6}}[)）])?\s*[:：.…]?\s*$", regex.IGNORECASE),
        vocab.boilerplate)
    # A boilerplate word and a colon, or a boilerplate phrase of several words (its stop
    # too: "LIRE AUSSI. Grève nationale …"), before a link's or a prompt's words: "Läs mer:
    # Vildsvinen tar över Ekerö", "Sign up to First Edition, our free daily newsletter".
    # (One word alone, "Share", "Print", also opens captions: "Print workers at the plant …".)
    phrases = tuple(w for w in vocab.boilerplate if " " in w.strip())
    boilerplate_lead = _opening(regex.compile(
        rf"^\s*(?:(?:{bounded(vocab.boilerplate)})\s*[:：]|(?:{bounded(phrases)})\.?\s)\s*\S", regex.IGNORECASE),
        vocab.boilerplate)
    # Where a label may be glued to the caption's last word with no space: after a stop
    # ("…Himmel.Foto: X"), at a capital after a lower-case letter ("…FahrerFoto: X"),
    # inside a Hebrew word past its third letter ("…אביבצילום: X"; a one-letter prefix,
    # "וצילום", or Arabic's article, "الصورة", is no glue); and the label that must open
    # there. (The word lists are lower case: the label pattern ignores case.)
    glue_point = regex.compile(r"(?<=[.!?)»”\"])(?=\w)|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Hebrew}{3})(?=\p{Hebrew})")
    glued_label_at = regex.compile(rf"(?:{alternation(labels)})\s*(?:[:：]|(?:\.\.\.|…)(?=\S))", regex.IGNORECASE)
    pictures = _language_field("text", "picture_words")
    videos = _language_field("text", "video_labels")
    video_label = _opening(regex.compile(
        rf"^\s*(?:{bounded(videos)})\s*(?:[:：|｜]|\s[-–—])\s*(?=\S)", regex.IGNORECASE), videos)
    # The copyright words of several words, less the role words a photo credit carries
    # ("재판매 및 DB 금지"): "©" and "Copyright" alone open photo credits too.
    reservations = tuple(w for w in vocab.copyright if " " in w.strip() and w not in set(vocab.role_words))
    return TextWords(
        video_label=video_label,
        rights_reserved=KeyedPattern.of(reservations, bounded(reservations)),
        glue_point=glue_point,
        glued_label_at=glued_label_at,
        label_anywhere=KeyedPattern.of(labels, label_alt),
        courtesy_anywhere=KeyedPattern.of(vocab.courtesy, bounded(vocab.courtesy)),
        picture_word=KeyedPattern.of(pictures, bounded(pictures, joiners="-")),
        credit_label=credit_label,
        caption_label=caption_label,
        bare_label=bare_label,
        byline=byline,
        source_phrase_end=source_phrase_end,
        # (Each word after the phrase opens with a space: "[^\s]+\s*" repeated would try
        # every way of cutting a run of CJK text into four.)
        attribution=regex.compile(rf"\s*(?:{bounded(vocab.source_phrases)})(?:\s+\S+){{1,4}}\s*$", regex.IGNORECASE),
        reporter_end=reporter_end,
        byline_end=byline_end,
        date_word=date_word,
        date_number=_DATE_NUMBER_RE,
        boilerplate=boilerplate,
        boilerplate_lead=boilerplate_lead,
        abbreviations=frozenset(word.casefold() for word in _language_field("text", "abbreviations")),
    )
