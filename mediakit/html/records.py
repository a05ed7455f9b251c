"""From the caption and credit texts of a picture to its record: captions split by
``split_caption``, credits parsed by ``parse_credit``, and the few shapes the splitter
leaves whole (a credit alone in the caption slot, a labelled or bare agency tail).
"""
from __future__ import annotations

import re

from functools import lru_cache
from typing import Callable

import regex

from mediakit.credits.captions import Caption, names_a_clause, split_caption
from mediakit.credits.grammar import grammar
from mediakit.credits.names import has_given_name
from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Registry
from mediakit.html.conventions import conventions
from mediakit.html.images import OnPageImage
from mediakit.lang.patterns import is_cjk
from mediakit.model import Credit, Image

_PUNCT_RE = re.compile(r"[\W_]+", re.UNICODE)


MAX_CREDIT_ONLY_CHARS = 100


_SENTENCE_END_RE = re.compile(r"[.!?。！？](?:\s+|(?=[^\s\d.]))")
MAX_TAIL_WORDS = 6


def _agency_tail(text: str, image: Image, registry: Registry) -> Credit | None:
    """A bare credit after the caption's last sentence ("… 있다. 뉴시스",
    "… to oppose it. Jaafar Ashtiyeh / AFP"): short, no full stop of its own, and
    naming an agency the registry knows."""
    ends = list(_SENTENCE_END_RE.finditer(text))
    if not ends:
        return None
    tail = text[ends[-1].end():].strip()
    if not tail or len(tail) > 60 or len(tail.split()) > MAX_TAIL_WORDS or tail.endswith((".", "!", "?", "。")):
        return None
    if not reads_as_credit(tail, registry):
        return None
    image.caption = text[:ends[-1].end()].strip() or None
    return parse_credit(tail, registry)


def _labelled_tail(text: str, image: Image, registry: Registry) -> Credit | None:
    """A credit after a label word of the conventions ("Isithombe:", "Bild:") at the end
    of a caption the splitter left whole; the caption loses it."""
    match = conventions().trailing_credit_re.search(text)
    if match is None or match.start() == 0:
        return None
    image.caption = text[:match.start()].rstrip(" -–—|,;(") or None
    return parse_credit(match.group("credit"), registry)


def _credit_only(text: str, left: str | None, registry: Registry) -> bool:
    """A caption slot holding only a credit: short, not a sentence, naming a known
    agency, and what the splitter would leave as caption is a stub of a few words."""
    if len(text) > MAX_CREDIT_ONLY_CHARS or text.rstrip(")]").endswith((".", "!", "?")):
        return False
    if len(text.split()) > 8 or any(mark in text for mark in (". ", ": ", "。", "、", "，")):
        return False  # a sentence, or a caption with its credit after a label
    if left and (len(left.split()) > 3 or (is_cjk(left) and len(left.strip()) > 4)):
        return False  # (CJK: a name runs to four characters; "韓国の国旗＝ＡＰ" has a caption)
    return reads_as_credit(text, registry) or _photographer_slash_organisation(text, registry) \
        or _rights_word_only(text, registry)


def _rights_word_only(text: str, registry: Registry) -> bool:
    """"<figcaption>Privat</figcaption>", "DR", "Handout": a role word alone in the
    caption's place is the picture's credit."""
    parsed = parse_credit(text, registry)
    return bool(parsed.roles) and not parsed.creators and not parsed.agencies and len(text.split()) <= 2


def _photographer_slash_organisation(text: str, registry: Registry) -> bool:
    """"Devindra Hardawar/AOL": a person and an organisation joined by a slash, all in
    capitalised words, is a credit even when the organisation is not registered."""
    if "/" not in text or any(word[:1].islower() for word in text.replace("/", " ").split()):
        return False
    parsed = parse_credit(text, registry)
    return bool(parsed.creators and parsed.agencies)


def reads_as_credit(text: str, registry: Registry) -> bool:
    """Whether a bare text names a known agency (the credit parser recognises it), or is
    a photographer's name set in capitals ("MÒNICA TORRES", as Spanish papers print it)."""
    parsed = parse_credit(text, registry)
    if any(a.id for a in parsed.agencies):
        return True
    name = text.strip()
    return name.isupper() and parsed.creators == (name,) and has_given_name(name, grammar())


def read_credit_text(text: str, registry: Registry,
                     split_text: Splitter | None = None) -> tuple[str | None, Credit]:
    """A credit box's text parsed, and the caption it also holds, if any: "Traders work
    on the floor … 2019. REUTERS/Brendan McDermid" is split like a caption line."""
    credit = parse_credit(text, registry)
    if len(text) <= MAX_CREDIT_ONLY_CHARS and ". " not in text and not names_a_clause(credit):
        return None, credit
    split = split_text(text) if split_text is not None else split_caption(text, registry)
    if split.credit is None or not split.credit.credit or names_a_clause(split.credit):
        return None, credit
    if split.caption and not _reads_as_prose(split.caption):
        return None, credit  # "Berliner Morgenpost Infografik/OSM | C. Schlippes /…": all names
    return split.caption or None, split.credit


_PROSE_WORD_RE = regex.compile(r"(?<![\w.])\p{Ll}\p{L}{2,}|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _reads_as_prose(text: str) -> bool:
    """Running words, as a caption has ("Traders work on the floor"), not a row of names."""
    return len(text.split()) >= 3 and _PROSE_WORD_RE.search(text) is not None


def text_key(text: str | None) -> str:
    return _PUNCT_RE.sub(" ", text or "").strip().casefold()


def _choose_credit(from_caption: Credit | None, from_element: Credit | None) -> Credit | None:
    if from_element is None or not from_element.credit:
        return from_caption
    if from_caption is not None and from_caption.credit:
        inner, outer = text_key(from_element.credit), text_key(from_caption.credit)
        if inner and inner in outer and len(outer) > len(inner):
            return from_caption
    return from_element


Splitter = Callable[[str], Caption]  # split_caption with the registry given


def page_splitter(registry: Registry) -> Splitter:
    """split_caption for one page, each text split once: responsive layouts print a
    caption twice, and structured data repeats it (results are not changed by users)."""
    return lru_cache(maxsize=None)(lambda text: split_caption(text, registry))


def to_record(found: OnPageImage, registry: Registry, split_text: Splitter | None = None) -> Image:
    if split_text is None:
        split_text = page_splitter(registry)
    image = Image(src=found.src, alt=found.alt, found_in=list(found.found_in))
    if found.responsive:
        image.extra["_responsive"] = True
    caption_credit = None
    if found.caption:
        split = split_text(found.caption)
        image.caption = split.caption or None
        caption_credit = split.credit
        if caption_credit is None:
            caption_credit = _labelled_tail(found.caption, image, registry)
        if caption_credit is None:
            caption_credit = _agency_tail(found.caption, image, registry)
        if _credit_only(found.caption, image.caption, registry):
            # "Spencer Platt/Getty Images News/Getty Images" printed where the caption goes.
            image.caption, caption_credit = None, parse_credit(found.caption, registry)
    element_credit = None
    if found.credit:
        caption_part, element_credit = read_credit_text(found.credit, registry, split_text)
        if caption_part and not image.caption:
            image.caption = caption_part
    credit = _choose_credit(caption_credit, element_credit)
    if credit is not None and credit.credit:
        image.apply_credit(credit)
    if image.caption and image.credit and text_key(image.caption) == text_key(image.credit):
        image.caption = None
    return image
