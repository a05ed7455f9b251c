"""Lines a copy of a web page picks up besides the article: dates and publication stamps,
gallery counters, video blocks and their running times, the signatures of embedded
social-media posts. None of them is a caption, and
most of them are no article text either; the reader (``classify.py``) decides what to do
with each. Pure functions of one line.
"""
from __future__ import annotations

import regex

from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Registry
from mediakit.text.blocks import FULL_STOP_END_RE
from mediakit.text.features import word_count
from mediakit.text.words import TextWords

_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_DIGIT_RE = regex.compile(r"\d")
# A gallery's counter alone on its line: "2 / 5", "۲ / ۲", "Bild 1 von 3", "Photo 2 of 5".
_GALLERY_COUNTER_RE = regex.compile(r"^\s*(?:(?P<word>\p{L}{1,12})\s+)?\d{1,3}\s*(?:/|\p{Ll}{1,3})\s*\d{1,3}\s*$")
# A clock time: "06:12", "18h12", "14.32 Uhr" ("2026.11.19" is a date, not 11:19).
_CLOCK_TIME_RE = regex.compile(r"\b(?:[01]?\d|2[0-3])(?:[:h][0-5]\d\b|\.[0-5]\d\s*Uhr\b)")
# Lines longer than this are no date line, counter or running time.
_MAX_STAMP_WORDS = 20
_MAX_DATE_LINE_WORDS = 8
_MAX_TIME_LINE_CHARS = 40
_MAX_VIDEO_LINE_CHARS = 420


# Pieces of one bar of page controls: "Sdílet na Facebooku  |  Sdílet na X".
_CONTROL_BAR_SPLIT_RE = regex.compile(r"\s+[|｜·•]\s+")


def is_boilerplate(text: str, words: TextWords) -> bool:
    """A boilerplate line of the language files ("Share", "Lire aussi", "Bình luận (12)"),
    or a bar of them ("Chia sẻ  |  Bình luận (12)")."""
    if words.boilerplate.match(text):
        return True
    pieces = _CONTROL_BAR_SPLIT_RE.split(text)
    return len(pieces) > 1 and all(words.boilerplate.match(piece) for piece in pieces)


# A rights notice opens with the sign or the word: "Copyright ⓒ 부산일보. All rights reserved.",
# "저작권자 © 무단전재 및 재배포 금지" (the copyright holder's word, then the sign).
# Korean agencies wrap it in angle brackets: "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>".
_COPYRIGHT_OPENING_RE = regex.compile(r"^\s*[<〈《\[]?\s*(?:[©ⓒⒸ]|\([cC]\)|copyright\b|저작권자?\s*[©ⓒ(])",
                                     regex.IGNORECASE)


def is_rights_notice(text: str, words: TextWords) -> bool:
    """"Copyright ⓒ 부산일보. All rights reserved. 무단 전재 및 재배포 금지": the article's
    rights notice, opening with the sign or the word and saying the rights are reserved;
    or closing a line in angle brackets ("제보는 카카오톡 okjebo <저작권자(c) 연합뉴스, …>")."""
    return bool(_COPYRIGHT_OPENING_RE.match(text) or _BRACKETED_NOTICE_RE.search(text)) \
        and bool(words.rights_reserved.search(text))


_BRACKETED_NOTICE_RE = regex.compile(r"[<〈《]\s*저작권자?\s*[(©ⓒ]")


def is_teaser_link(text: str, words: TextWords) -> bool:
    """"Läs mer: Vildsvinen tar över Ekerö", "Read more: …": a link to another article."""
    return bool(words.boilerplate_lead.match(text))


def is_date_line(text: str, words: TextWords) -> bool:
    """A date with at most two other words ("Last updated September 14, 2016"), or a
    publication stamp (``is_stamp``)."""
    if is_stamp(text, words):
        return True
    if word_count(text) > _MAX_DATE_LINE_WORDS or not words.has_date(text):
        return False
    return _other_words(words.without_dates(text)) <= 2


def is_stamp(text: str, words: TextWords) -> bool:
    """A date and a clock time, no sentence: "Publié le 09/02/2026 à 06:12 • Mis à jour …",
    "2026-11-03 10:25:31", "Updated Mon, 03 Nov 2026 02:15 PM"."""
    # (figures count as words here: "09/02/2026" is three)
    return word_count(text) <= _MAX_STAMP_WORDS and bool(_CLOCK_TIME_RE.search(text)) \
        and words.has_date(text) and not FULL_STOP_END_RE.search(text)


def is_gallery_counter(text: str, words: TextWords) -> bool:
    """"2 / 5", "Bild 1 von 3", "Photo 2 of 5"; not "Page 1 of 3" (the word must be a label)."""
    counter = _GALLERY_COUNTER_RE.match(text)
    return bool(counter) and (not counter.group("word") or bool(words.bare_label.match(counter.group("word"))))


def is_time_line(text: str) -> bool:
    """A running time or a clock time and at most two words: "02:31", "时长 01:26"."""
    time = _CLOCK_TIME_RE.search(text) if len(text) <= _MAX_TIME_LINE_CHARS else None
    if time is None or word_count(text) > 4:
        return False
    return _other_words(text[: time.start()] + " " + text[time.end():]) <= 2


def is_video_title(text: str, words: TextWords, registry: Registry) -> bool:
    """"Video: Hochwasser in Passau – Bilder aus der Altstadt": a video label and words that
    name no agency and no person: the video's title ("Video: Reuters" is a credit)."""
    label = words.video_label.match(text)
    if not label or len(text) > _MAX_VIDEO_LINE_CHARS:
        return False
    credit = parse_credit(text[label.end():], registry)
    # (In scripts without capitals a few words read as a name: no evidence of one here.)
    named = any(not name.isupper() and name != name.lower() for name in credit.creators)
    return not named and not any(agency.id for agency in credit.agencies)


# An embedded post's handle in brackets: "— Jane Roe (@janeroe) November 18, 2019",
# "A post shared by Spice Girls (@spicegirls) on Jun 16, 2019 at 7:30am PDT".
_HANDLE_IN_BRACKETS_RE = regex.compile(r"\(@[\p{L}\p{N}_.]{1,30}\)")
_MAX_SIGNATURE_WORDS = 25


def is_embed_signature(text: str, words: TextWords) -> bool:
    """The line an embedded post signs with: its author's handle in brackets and its date."""
    return word_count(text) <= _MAX_SIGNATURE_WORDS and bool(_HANDLE_IN_BRACKETS_RE.search(text)) \
        and words.has_date(text)


def _other_words(text: str) -> int:
    return len(_WORD_RE.findall(_DIGIT_RE.sub(" ", text)))
