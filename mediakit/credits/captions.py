"""Splitting a caption line into the caption and its credit.

``split_caption("… à Pyongyang le 19 juin Gavriil Grigorov/Sputnik")`` gives the caption
"… à Pyongyang le 19 juin" and the credit "Gavriil Grigorov/Sputnik". Each way a credit
can sit in a caption is one finder below, tried in order from the most explicit
(a label, a bracket) to the least (a name glued on with no separator). A finder only
accepts a candidate that the credit parser reads as a credit, so a caption that ends in
a person's name or a place is left whole.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, NamedTuple

import regex

from mediakit.credits.grammar import COPYRIGHT_OPENERS, COPYRIGHT_SIGN, Grammar, grammar, is_role_word
from mediakit.credits.grammar import closed_by_connector, cjk_courtesy_words, has_org_word
from mediakit.lang.patterns import SCRIPT_STOPS, Openings, alternation, bounded, may_end_with
from mediakit.credits.names import Kind, classify, has_given_name, is_named_person
from mediakit.credits.parser import parse_credit, printable, sanitize, strip_wrapping
from mediakit.credits.registry import AGENCY_KINDS, Registry, default_registry
from mediakit.model import Caption, Credit

MAX_CREDIT_CHARS = 160  # a longer tail is a sentence, not a credit
MAX_LINE_CHARS = 4000  # a caption longer than this is read from its start only


_URL = regex.compile(r"https?://|www\.")
_URL_WORD = regex.compile(r"https?:|www\.|\.\w{2,4}/")
_JOINER = regex.compile(r"\s*(?:[/／|,]|via|=|＝)?\s*", regex.IGNORECASE)
_SLASH = regex.compile(r"[/／]")
_CJK = regex.compile(r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")  # scripts written without spaces
_OPENING = {")": "(", "]": "[", "）": "（", "】": "【"}
# A label ending in a colon, or a copyright sign: "Photo:", "коллаж:", "©".
_COLON_LABEL = regex.compile(r"[:：՝©ⓒⒸ]|\([cC]\)|\.\.\.$|…$")
# What the pipe_tail and dash_tail patterns need somewhere: the mark with spaces around.
_SPACED_PIPE = regex.compile(r"\s[|｜]\s")
_SPACED_DASH = regex.compile(r"\s[-–—]\s")
# "… in La Soledat / Lorenzo Marina": a spaced slash, then a photographer's name alone.
_SLASH_NAME_TAIL = regex.compile(r"^(.{12,}?\S)\s[/／]\s((?:\p{Lu}[\p{L}\p{M}'’.\-]*\s){1,3}\p{Lu}[\p{L}\p{M}'’\-]*)$")
# Punctuation that ends or joins sentences: a credit of names has none inside.
OTHER_STOPS = SCRIPT_STOPS  # stops of scripts with a mark of their own: "।", "۔", "።", "။", "។"
_SENTENCE_PUNCT = regex.compile(rf"[。！？；{OTHER_STOPS}]|[.!?;]\s")


class Split(NamedTuple):
    caption: str
    credit: str


class LabelHit(NamedTuple):
    start: int
    end: int
    weak: bool  # a bare label word ("Infografik OSM"), no colon or © sign


# Where a credit label may start: after a space, punctuation or an opening bracket
# ("[사진 출처 = 연합뉴스]", "(Photo: X)"), inside a word where the case changes
# ("treatmentCredit:", "VALENTINOFoto:"), or after a character of a script without spaces.
# (The patterns using it ignore case; the case test must not, or "NURPHOTO" holds a label.)
_LABEL_START = (r"(?:(?<=[\s.。!?！？)\]」,;/(\[（【「—–।۔])|(?-i:(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}))"
                r"|(?<=[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]))")
# After a CJK label a slash or a middle dot closes it too ("图/视觉中国", "撮影・山田太郎");
# after a Latin one a slash is part of the credit ("AP Photo/Jane Doe").
# An ellipsis glued to the name closes a label too: screen-reader text copied with the
# page ("Credit...Jane Doe"); "Photo... it was great" is a sentence.
_LABEL_COLONS = r"(?:[:：=＝／՝፡៖]|(?:\.\.\.|…)(?=\S)|(?<=[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])[/・])"
_PLAIN_LABEL_COLONS = "[:：=＝／՝፡៖]"  # (՝: the Armenian label mark, "Լուսանկարը՝ X")


class LabelFinder:
    """Credit labels in a caption line: "… Photo: X", "…stadium.Photo: X",
    "…treatmentCredit: EPA", "… 写真：X", "…사진=X", "… © X", "… Foto Ana Ruiz".

    One pattern with the three kinds of label as alternatives tries a thousand label
    words at almost every position of the line. Each kind has a cheap condition the
    search starts from instead: a © sign, a capital letter (bare label words), a colon
    (a labelled credit's label ends at most its length before one), where the opening
    characters of some label word stand.

    Gives the labels the single pattern's ``finditer`` would: leftmost first, at one
    position a © sign before a label with a colon before a bare label word, not
    overlapping. Expects sanitized text (every run of spaces a single space).
    """

    def __init__(self, labels: tuple[str, ...]):
        words = alternation(labels)
        self._copyright = regex.compile(rf"(?=[{COPYRIGHT_OPENERS}]){_LABEL_START}{COPYRIGHT_SIGN}\s*", regex.I)
        self._colon = regex.compile(_LABEL_COLONS)
        self._with_colon = regex.compile(rf"{_LABEL_START}(?:{words})\s*{_LABEL_COLONS}\s*", regex.I)
        self._capital = regex.compile(rf"(?-i:(?=\p{{Lu}})){_LABEL_START}", regex.I)
        self._bare = regex.compile(
            rf"(?-i:(?=\p{{Lu}})){_LABEL_START}(?:{words})\.?\s+(?-i:(?=\p{{Lu}}))", regex.I)
        # "…winter weather.CreditKirsten Luce for The New York Times": a page's hidden
        # label text copied with it, glued between the caption's last stop and the name.
        # An abbreviated label closed by its full stop is as explicit as one with a colon:
        # what follows may open in lower case ("… przeglądu Fot. materiały prasowe GDDKiA").
        dotted = tuple(w for w in labels if w.endswith(".") and len(w) >= 3)
        self._dotted = regex.compile(rf"(?-i:(?=\p{{Lu}})){_LABEL_START}(?:{alternation(dotted)})\s+(?=\S)", regex.I) \
            if dotted else None
        self._glued_start = regex.compile(r"(?<=[.!?)”\"’])\p{Lu}")
        self._glued = regex.compile(rf"(?-i:(?=\p{{Lu}}))(?:{words})(?-i:(?=\p{{Lu}}\p{{Ll}}))", regex.I)
        self._openings = Openings(labels, depth=3)
        # The label words' last characters: before a colon, one test says whether any
        # label can end there (when no label word holds a colon of its own, the colon a
        # label closes with is the first one after it).
        self._endings = Openings(labels, backwards=True, depth=3)
        self._colon_free = not any(regex.search(_PLAIN_LABEL_COLONS, word) for word in labels)

    def find(self, line: str, pos: int = 0) -> list[LabelHit]:
        """The labels in ``line[pos:]``, left to right."""
        found = [(m.start(), 0, m.end()) for m in self._copyright.finditer(line, pos, overlapped=True)]
        found += [(start, 1, end) for start, end in self._before_colons(line, pos)]
        found += self._capital_words(line, pos)
        found += [(start, 1, end) for start, end in self._glued_words(line, pos)]
        hits: list[LabelHit] = []
        for start, kind, end in sorted(found):
            if hits and start < hits[-1].end:
                continue  # inside the label taken (or a weaker kind at the same place)
            hits.append(LabelHit(start, end, kind == 2))
        return hits

    def _capital_words(self, line: str, pos: int) -> list[tuple[int, int, int]]:
        """Bare label words (kind 2) and abbreviated ones closed by their stop (kind 1, as
        explicit as a colon), in one pass over the capitals where a label may open."""
        found = []
        for place in self._capital.finditer(line, pos):
            start = place.start()
            if not self._openings.may_start(line, start):
                continue
            m = self._dotted.match(line, start) if self._dotted is not None else None
            if m:
                found.append((start, 1, m.end()))
            elif m := self._bare.match(line, start):
                found.append((start, 2, m.end()))
        return found

    def _glued_words(self, line: str, pos: int) -> list[tuple[int, int]]:
        return self._words_at(self._glued_start, self._glued, line, pos)

    def _words_at(self, starts: regex.Pattern[str], label: regex.Pattern[str], line: str,
                  pos: int) -> list[tuple[int, int]]:
        """``label`` matched where ``starts`` finds a place a label word may open."""
        found = []
        for place in starts.finditer(line, pos):
            start = place.start()
            if self._openings.may_start(line, start):
                m = label.match(line, start)
                if m:
                    found.append((start, m.end()))
        return found

    def _before_colons(self, line: str, pos: int) -> list[tuple[int, int]]:
        # The label word, a space at most (sanitized text), then the colon: a label ends
        # at most its longest length (plus one) before a colon.
        found = []
        done = pos
        for colon in self._colon.finditer(line, pos):
            at = colon.start()
            lowest = max(done, at - self._openings.longest - 1)
            if self._colon_free and not may_end_with(line[lowest:at], self._endings):
                done = at + 1
                continue  # "10:30", "A=B": no label word ends before this colon
            for start in range(lowest, at + 1):
                if self._openings.may_start(line, start):
                    m = self._with_colon.match(line, start)
                    if m:
                        found.append((start, m.end()))
            done = at + 1
        return found


@lru_cache(maxsize=1)
def _patterns() -> dict:
    g = grammar()
    caption_labels = alternation(g.vocab.caption_labels)
    return {
        "label": LabelFinder(g.vocab.credit_labels),
        # A label left closing the caption once its credit is split off ("… ภาพจาก AFP").
        "label_end": regex.compile(rf"(?r)\s(?:{alternation(g.vocab.credit_labels)})\s*[:：]?\s*$", regex.IGNORECASE),
        # "… on April 13, 2026. PHOTO/ABUBAKER LUBOWA": after the caption's sentence, a label
        # joined to its credit by a slash (inside a credit, "AP Photo/Jane Doe" is no label).
        "slashed_label": regex.compile(
            rf"(?<=[.!?])\s+(?-i:(?=\p{{Lu}}))(?:{alternation(g.vocab.credit_labels)})\s?/\s?(?=\S)([^/]{{1,80}})$",
            regex.IGNORECASE),
        "labels": frozenset(label.casefold() for label in g.vocab.credit_labels),
        "label_last_words": frozenset(label.split()[-1].casefold() for label in g.vocab.credit_labels if label.split()),
        "caption_label": regex.compile(rf"^\s*(?:{caption_labels})\s*[,،:：]\s*", regex.IGNORECASE),
        "trailing_bracket": regex.compile(r"^(.*?)\s*([(\[（【][^()\[\]（）【】]{1,160}[)\]）】])\s*[.。]?\s*$"),
        "leading_bracket": regex.compile(r"^\s*([(\[（【][^()\[\]（）【】]{1,80}[)\]）】])\s*(.+)$"),
        "pipe_tail": regex.compile(r"^(.+?)\s+[|｜]\s+([^|｜]{1,160})$"),
        "pipe_head": regex.compile(r"^([^|｜]{1,80}?)\s+[|｜]\s+(.+)$"),
        # After the caption's last sentence, one to three words of a name and a reporter's
        # title, maybe a slash before and an address after: "… 있다. /이덕훈 기자".
        "reporter_tail": regex.compile(
            rf"(?<=[.。!?！？])\s*/?\s*((?:[^\s/.。]+\s+){{0,2}}[^\s/.。]+\s*(?:{alternation(g.vocab.reporter)}))"
            rf"(?:\s+[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)?\s*$", regex.IGNORECASE),
        # A name of one or two words and a reporter's title, closed by "=": "김철수 기자 = ".
        "reporter_signature": regex.compile(
            rf"^((?:[^\s=＝]{{1,20}}\s+){{1,2}}(?:{alternation(g.vocab.reporter)}))\s*[=＝]\s*(?=\S)"),
        "dash_tail": regex.compile(r"^(.+?)\s+[-–—]\s+([^-–—]{1,160})$"),
        # "新华社记者 王曦、沈伯韩 摄": after a reporter word, names may be listed with "、".
        "taken_tail": regex.compile(
            rf"(?:^|(?<=[。.!?！？\s）)、，,]))\s*([^。.!?！？\s、，,]{{0,20}}\s*"
            rf"(?:(?:{alternation(g.vocab.reporter)})\s*[^。.!?！？、，,]{{1,30}}?(?:、[^。.!?！？、，,\s]{{1,8}})*"
            rf"|[^。.!?！？、，,]{{1,30}}?)\s*(?:{alternation(g.vocab.photo_taken)}))\s*[）)]?\s*$"
        ),
        "taken_words": tuple(w.casefold() for w in g.vocab.photo_taken),
        # A caption ending with up to four capitalised words and a "for" word: the
        # photographer on assignment, whose outlet a finder split off as the credit.
        "assignment_end": regex.compile(
            rf"(?:^|(?<=[.!?。]\s))(?P<person>(?:\p{{Lu}}[\p{{L}}'’.-]*\s+){{1,3}}\p{{Lu}}[\p{{L}}'’.-]*)"
            rf"\s+(?P<word>{alternation(g.vocab.for_words)})$"),
        "reporter_words": tuple(w.casefold() for w in g.vocab.reporter),
        "name_word": regex.compile(r"^(?:[\p{Lu}][\p{L}\p{M}'’\-]*|\p{Lu}\.)$"),
        "name_before_bracket": regex.compile(
            r"(?:(?<=[.。!?:：])|^)\s*((?:\p{Lu}[\p{L}\p{M}'’\-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’\-]*)\s*$"),
        # (The full stop of an initial, "Ellen M. Banner", ends no sentence.)
        "sentence_tail": regex.compile(
            # (An initial's stop, "Ellen M. Banner", and a web address's, "mbl.is/…", go on.)
            rf"(?:(?<=[.。!?！？{OTHER_STOPS}])(?<!(?:^|\s)\p{{Lu}}\.)\s*|(?<=\S)\s+)"
            rf"((?:[^.。!?！？{OTHER_STOPS}]|(?<=(?:^|\s)\p{{Lu}})\.|(?<=\p{{Ll}})\.(?=\p{{Ll}}{{2,4}}\b)){{1,80}})$"),
    }


def _is_credit(text: str, registry: Registry, *, labelled: bool = False) -> Credit | None:
    """The parsed credit when ``text`` reads as one: it names a known agency, or (after a
    label or bracket) anything the parser could take apart."""
    if not text or len(text) > MAX_CREDIT_CHARS or _URL.search(text):
        return None
    credit = parse_credit(text, registry)
    if not credit.credit:
        return None
    known = any(a.id for a in credit.agencies)
    if known or (labelled and (credit.agencies or credit.creators or credit.roles)):
        return credit
    return None


# -- finders, most explicit first ------------------------------------------------------


def _by_label(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    # A credit is short, so its label stands near the end: no need to scan a long caption.
    matches = p["label"].find(line, max(0, len(line) - MAX_CREDIT_CHARS - 40))
    # A label with a colon or a © sign outranks a bare word ("Infografik OSM"), which may
    # be part of the credit itself; among equals the last one wins.
    order = sorted(range(len(matches)), key=lambda k: (not matches[k].weak, k), reverse=True)
    for i in order:
        start = matches[i].start
        # "Bild: Screenshot: fdp.de": labels in a row belong to one credit.
        while i > 0 and not line[matches[i - 1].end:start].strip():
            i -= 1
            start = matches[i].start
        start = _agency_before_label(line, start, registry)
        head, tail = line[:start], line[start:]
        if not head.strip(" |-–—"):
            continue  # a label at the very start is a leading credit, handled below
        if _CJK_SENTENCE_INSIDE.search(tail):
            continue  # "资料图：长江三峡大坝。中新社记者 …": the label opens a sentence, the caption
        credit = _is_credit(strip_wrapping(_trim_unbalanced(tail.strip())), registry, labelled=True)
        # "FILE PHOTO: Traders work on …" is no credit; "Фото: пресс-служба министерства",
        # an office named after a strong label, is one.
        if credit and (not names_a_clause(credit) or not matches[i].weak and _names_offices(credit)
                       and not is_role_word(grammar(), line[matches[i].start:matches[i].end].strip(" :：|-–—"))):
            return Split(_without_bracket_opening(head).rstrip(" (|-–—[（"), credit.credit or ""), credit
    return None


def _by_slashed_label(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    m = p["slashed_label"].search(line) if "/" in line else None
    credit = _is_credit(m.group(1).strip(), registry, labelled=True) if m else None
    return (Split(line[: m.start()], credit.credit or ""), credit) if m and credit else None


_LAST_WORD = regex.compile(r"(\S+)\s+$")
_CJK_SENTENCE_INSIDE = regex.compile(r"[。！？](?=\s*\S)")


@lru_cache(maxsize=1)
def _via_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in grammar().vocab.via if " " not in w)
_DATE_PIECE = regex.compile(r"\d{2,4}[.\-]\d{1,2}[.\-]\d{1,4}")


def _agency_before_label(line: str, start: int, registry: Registry) -> int:
    """"… de la grève. BELGA PHOTO NICOLAS VERHEYDEN", "… AFP PHOTO / X": the agency
    whose photo the label announces stands right before it and opens the credit."""
    word = _LAST_WORD.search(line, max(0, start - 40), start)
    if word and word.end() == start and registry.lookup(word.group(1)):
        return word.start(1)
    return start


def _without_bracket_opening(head: str) -> str:
    """"(All photos: X)", "Rescue in Kyiv (Top photo: X)": the words between an open
    bracket and the label belong to the credit, not to the caption."""
    opening = max(head.rfind("("), head.rfind("（"))
    if opening >= 0 and ")" not in head[opening:] and "）" not in head[opening:] \
            and len(head[opening + 1:].split()) <= 2:
        return head[:opening]
    return head


# A credit's names run to a few words; a longer one is a clause of a caption.
MAX_NAME_WORDS = 5


def names_a_clause(credit: Credit) -> bool:
    """A name in the parsed credit is too long for one: caption text was read as a name."""
    names = [*credit.creators, *(a.raw for a in credit.agencies if a.id is None)]
    return any(len(name.split()) > MAX_NAME_WORDS or _lowercase_words(name) >= 2 for name in names)


def _names_offices(credit: Credit) -> bool:
    """Only organisations, each opening with an org word: "Пресцентър на Министерството
    на земеделието и храните", "Servicio de prensa del Ministerio" (their lower-case words
    are no clause)."""
    g = grammar()
    return not credit.creators and bool(credit.agencies) and all(
        agency.id is not None or has_org_word(g, " ".join(agency.raw.split()[:2])) for agency in credit.agencies)


def _lowercase_words(name: str) -> int:
    """Running words ("the floor of the exchange"): names are capitalised, or one handle."""
    # (Georgian letters are lower case to Unicode, but its names are written in them.)
    return sum(1 for w in name.split() if w.islower() and len(w) > 3 and not _GEORGIAN.match(w))


_GEORGIAN = regex.compile(r"\p{Georgian}")


def _trim_unbalanced(text: str) -> str:
    """"Photo: X/AFP)" cut from "(Photo: X/AFP)": drop the closing bracket left over."""
    while text and text[-1] in ")]）】" and text.count(text[-1]) > text.count(_OPENING[text[-1]]):
        text = text[:-1].rstrip()
    return text


def _ends_with_bracket(line: str) -> bool:
    """Whether ``line`` ends with a closing bracket, before spaces and a full stop: what
    the trailing_bracket pattern (whose lazy head tries every position) needs."""
    tail = line.rstrip()  # (str.isspace takes in every \s)
    if tail[-1:] in (".", "。"):
        tail = tail[:-1].rstrip()
    return tail[-1:] in (")", "]", "）", "】")


def _by_trailing_bracket(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    m = p["trailing_bracket"].match(line) if _ends_with_bracket(line) else None
    if not m or not m.group(1).strip():
        return None
    inner = m.group(2)[1:-1].strip()
    labelled = bool(grammar().leading_label.match(inner)) or _names_with_a_role(inner, registry) \
        or _pool_shot(inner, registry) or (_caseless_role(inner) and line.rstrip()[-1:] in ")）]】") \
        or _reporter_in_brackets(inner, m.group(1))
    after_sentence = not labelled and _names_after_last_sentence(m.group(1), inner)
    credit = _is_credit(inner, registry, labelled=labelled or after_sentence)
    if not credit or after_sentence and not (credit.creators or credit.agencies):
        return None
    head = m.group(1)
    # "… 2024. Alketa Misja (dpa/picture alliance via Getty)": the photographer before
    # the bracket, after the end of the caption's last sentence, belongs to the credit.
    name = p["name_before_bracket"].search(head)
    if name and classify(name.group(1), grammar()) is Kind.PERSON:
        with_name = parse_credit(f"{name.group(1)} {m.group(2)}", registry)
        if with_name.creators:
            return Split(head[: name.start(1)], with_name.credit or ""), with_name
    return Split(head, credit.credit or ""), credit


# A caption's last sentence closed ("… girls.", "… Apostoli.»").
_SENTENCE_CLOSED = regex.compile(rf"[.!?。！？{OTHER_STOPS}][\"'»”’」]?\s*$")
# Names only: capitalised words, with the particles and joiners names carry.
_NAMES_ONLY = regex.compile(
    r"^\p{Lu}[\p{L}\p{M}'’.&\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.&\-]*|&|and|y|e|et|und|de|da|del|do|dos|van|von|der|di|la|le))*$")
# A single word in brackets reads as a name only when it is shaped as one no word of
# prose is: a possessive, an acronym, a capital inside ("Christie's", "NINE", "McLean").
_ONE_NAME_WORD = regex.compile(r"^\p{Lu}(?:[\p{L}\p{M}]*['’]s|[\p{Lu}\d&.\-]+|\p{Ll}+\p{Lu}[\p{L}\p{M}]*)$")


def _names_after_last_sentence(head: str, inner: str) -> bool:
    """"… young women and girls. (Christie's)", "… del Noia Apostoli. (Edu Luque)": names in
    brackets standing after the caption's last sentence credit its picture, as a label
    would. "(Archivbild)" or "(Updated)" there names nobody (see the callers). Without a
    closed sentence, a photographer known by a given name will do ("Glass cloche
    terrariums (Lucy Akins)"); a team or a place is an aside ("Ben Osborn (Sheffield United)")."""
    parts = regex.split(r"\s*[/|]\s*", inner)
    if len(parts) > 1:  # "… on Tuesday. (Kyle Brandt/The Valley Ledger)", "(Jon URBE | FOKU)": a photographer and an outlet
        # (Without a closed sentence, a photographer known by a given name will do:
        # "… in Potsdam (Deutschlandradio / Anja Nehls)".)
        closed = bool(_SENTENCE_CLOSED.search(head)) or any(is_named_person(part, grammar()) for part in parts)
        return closed and len(parts) <= 3 and len(inner.split()) <= 8 \
            and all(_NAMES_ONLY.match(part) or part.startswith("The ") and _NAMES_ONLY.match(part[4:]) for part in parts) \
            and any(classify(part, grammar()) is Kind.PERSON for part in parts)  # ("(Paris/Berlin)": places)
    if not _NAMES_ONLY.match(inner):
        return False
    n_words = len(inner.split())
    if not _SENTENCE_CLOSED.search(head):
        return 2 <= n_words <= 4 and has_given_name(inner, grammar()) and classify(inner, grammar()) is Kind.PERSON
    return 2 <= n_words <= 4 or n_words == 1 and bool(_ONE_NAME_WORD.match(inner))


def _caseless_role(text: str) -> bool:
    """"（資料圖片）", "(أرشيفية)", "（本社ヘリから）": in a script without capitals, a role word
    alone in the caption's closing bracket fills the credit's place. (In Latin script,
    "(Archivbild)" is the caption's own word.) Roles may follow in sentences of their
    own: "[독자 제공. 재판매 및 DB 금지]" (the reader's, no resale)."""
    parts = [part for part in regex.split(r"[.。]\s*", text) if part.strip()]
    return bool(parts) and not _CASED_LETTER.search(parts[0]) and all(is_role_word(grammar(), part) for part in parts)


_CASED_LETTER = regex.compile(r"[\p{Lu}\p{Ll}]")


def _pool_shot(text: str, registry: Registry) -> bool:
    """"（代表撮影）": a pool photographer's shot, said with the word for "photographed"
    and no name (a name with it, "新华社发（郑永强 摄）", is read whole by a later finder)."""
    if not _is_cjk(text) or not grammar().photo_taken.search(text):
        return False
    credit = parse_credit(text, registry)
    return not (credit.creators or credit.agencies)


def _reporter_in_brackets(inner: str, head: str) -> bool:
    """After the caption's last sentence, a reporter with the word for it closing it is
    its credit ("… 전경. [이충우 기자]", Maeil)."""
    return bool(_SENTENCE_CLOSED.search(head)) and bool(grammar().reporter.search(inner)) \
        and len(inner.split()) <= 3 and not _SENTENCE_PUNCT.search(inner)


def _names_with_a_role(text: str, registry: Registry) -> bool:
    """"（沖縄県提供）": a name with a role word says who supplied the picture as a label
    would. A role word alone ("(Archivbild)") names nobody: it describes the picture."""
    credit = parse_credit(text, registry)
    return bool(credit.roles and (credit.agencies or credit.creators))


def _by_leading_credit(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    for name in ("leading_bracket", "pipe_head"):
        m = p[name].match(line)
        if m:
            head = strip_wrapping(m.group(1).strip())
            if not _credit_shaped(head):
                continue
            credit = _is_credit(head, registry, labelled=name == "leading_bracket")
            if credit and (credit.agencies or credit.creators):  # "(Symbolbild) …" names nobody
                signed = p["reporter_signature"].match(m.group(2)) if name == "leading_bracket" else None
                if signed:
                    return _with_reporter(m.group(1).strip(), m.group(2), signed, registry)
                return Split(m.group(2), credit.credit or ""), credit
    return None


def _with_reporter(bracket: str, rest: str, signed: regex.Match[str], registry: Registry) -> tuple[Split, Credit]:
    """"(서울=연합뉴스) 김철수 기자 = …": the photographer's name and title, closed by "=",
    after the agency's bracket, are the credit's too."""
    credit = parse_credit(f"{bracket} {signed.group(1).strip()}", registry)
    return Split(rest[signed.end():], credit.credit or ""), credit


def _by_leading_label(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"© AFP Des soldats à Kiev": a labelled credit opening the line, made of agency
    names, then the caption."""
    label = grammar().leading_label.match(line)
    if not label:
        return None
    rest = line[label.end():]
    end = 0
    for m in registry.find_all(rest[:MAX_CREDIT_CHARS]):
        gap = rest[end:m.start]
        if end and not _JOINER.fullmatch(gap):
            break
        if not end and gap.strip():
            return None
        end = m.end
    caption = rest[end:].strip(" |-–—,:")
    if not end or not caption:
        return None
    credit = parse_credit(rest[:end], registry)
    return Split(caption, credit.credit or ""), credit


def _by_separator(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    for name, spaced_mark in (("pipe_tail", _SPACED_PIPE), ("dash_tail", _SPACED_DASH)):
        # (The patterns' lazy heads try every position of the line: first a quick search.)
        m = p[name].match(line) if spaced_mark.search(line) else None
        if m:
            tail = m.group(2).strip()
            # ("… - Divulgação/Corpo de Bombeiros", "… — Photo by author")
            opens_with_label = _opens_with_label(tail, p)
            labelled = name == "pipe_tail" or _opens_with_role(tail) or opens_with_label
            credit = _is_credit(tail, registry, labelled=labelled) \
                or (name == "dash_tail" and _photographer_alone(tail, registry))  # "… línea 11 - Ignacio Gil"
            if credit and (name == "pipe_tail" or _credit_shaped(m.group(2)) or opens_with_label):
                return _with_dashed_photographer(m.group(1), credit, registry) \
                    or (name == "pipe_tail" and _with_piped_photographer(m.group(1), tail, registry)) \
                    or (name == "dash_tail" and _with_paper_initials(m.group(1), credit, registry)) \
                    or (Split(m.group(1), credit.credit or ""), credit)
    return None


def _with_piped_photographer(head: str, tail: str, registry: Registry) -> tuple[Split, Credit] | None:
    """"… tras el movimiento | Carlos Pizarro | Agencia Uno": the photographer in a pipe
    segment of their own before the agency's."""
    before, pipe, name = head.rpartition(" | ")
    name = name.strip()
    if not pipe or not before.strip() or not is_named_person(name, grammar()):
        return None  # ("… | New Delhi | Updated: …": a place, no given name)
    whole = parse_credit(f"{name} | {tail}", registry)
    return (Split(before, whole.credit or ""), whole) if name in whole.creators else None


def _opens_with_label(tail: str, p) -> bool:
    """"Photo by author", "Foto: Jane Doe": a capitalised label word opens the tail, and
    a name or a role word follows it ("Photo session ended" is a phrase)."""
    words = tail.replace(":", " ").split()
    if not tail[:1].isupper():
        return False
    for n in (3, 2, 1):
        if " ".join(words[:n]).casefold() in p["labels"]:
            rest = " ".join(words[n:])
            return bool(rest) and (_credit_shaped(rest) or is_role_word(grammar(), rest))
    return False


def _opens_with_role(tail: str) -> bool:
    first = regex.split(r"[\s/|]", tail, maxsplit=1)[0]
    return bool(first) and first[0].isupper() and is_role_word(grammar(), first)


def _with_dashed_photographer(head: str, credit: Credit, registry: Registry) -> tuple[Split, Credit] | None:
    """"… São Paulo - Bruno Santos - 19.fev.25/Folhapress": the Folha style puts the
    photographer before the dated agency, both after dashes."""
    before, dash, name = head.rpartition(" - ")
    if not dash or not before.strip() or not _DATED_AGENCY.match(credit.credit or ""):
        return None
    if classify(name.strip(), grammar()) is not Kind.PERSON:
        return None
    whole = parse_credit(f"{name.strip()} - {credit.credit}", registry)
    return (Split(before, whole.credit or ""), whole) if whole.creators else None


def _with_paper_initials(head: str, credit: Credit, registry: Registry) -> tuple[Split, Credit] | None:
    """"… jusqu'en 2027. ÉdA - Philippe Roe", "… véhicules. DDM - Michel Roe": the paper's
    initials after the caption's last sentence, then a dash and its photographer (French
    and Belgian regional papers: L'Avenir, La Dépêche)."""
    sentence, _, initials = head.rstrip().rpartition(" ")
    if not _SENTENCE_CLOSED.search(sentence) or not _PAPER_INITIALS.fullmatch(initials) or not credit.creators:
        return None
    whole = parse_credit(f"{initials} - {credit.credit}", registry)
    return (Split(sentence, whole.credit or ""), whole) if whole.creators else None


# A paper's initials: two to four letters, a capital first and one more ("DDM", "ÉdA", "LP").
_PAPER_INITIALS = regex.compile(r"\p{Lu}(?=\p{L}*\p{Lu})\p{L}{1,3}")

# A date opening the agency's part: "19.fev.25/Folhapress", "19.fev.2025/Folhapress".
_DATED_AGENCY = regex.compile(r"^\d{1,2}\.\p{Ll}{3,4}\.\d{2,4}\s*/")


def _by_slash_before_name(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"Polizei-Razzia in La Soledat / Lorenzo Marina": the name after a spaced slash at
    the end is the photographer's when it opens with a known given name (else the slash
    may join two places or two titles: "Paris / Berlin")."""
    m = _SLASH_NAME_TAIL.match(line) if "/" in line or "／" in line else None
    if not m or not (has_given_name(m.group(2), grammar()) or _capitals_after_sentence(m.group(1), m.group(2))):
        return None
    credit = parse_credit(m.group(2), registry)
    return (Split(m.group(1), credit.credit or ""), credit) if credit.creators or credit.agencies else None


def _capitals_after_sentence(head: str, name: str) -> bool:
    """"… de Sant Vicenç de Calders. / FRANCESC MELCION": a name in capitals after the
    caption's closed sentence, whatever its given name."""
    return head[-1:] in ".!?" and name.isupper() and 2 <= len(name.split()) <= 3


# Where a credit may start before a closing label: after a spaced slash, or after the end
# of a sentence (not an initial's stop: "J. Stacevičiaus").
_CREDIT_STARTS = regex.compile(r"\s[/／]\s|(?<!(?:^|\s)\p{Lu})[.!?]\s")


def _by_closing_label(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"Povilas Aleksandravičius / J. Stacevičiaus / LRT nuotr.": a label word that closes
    the credit (Lithuanian "nuotr."), in a script with spaces. The credit is the longest
    tail, from a spaced slash or a sentence's end, made of names only; a caption stays."""
    label = grammar().trailing_label.search(line)
    if label is None or _UNSPACED.search(label.group()) or label.start() == 0:
        return None  # (Korean is written with spaces: "… 있다. 제주도 제공" is read here)
    for start in _CREDIT_STARTS.finditer(line, 0, label.start()):
        head, tail = line[: start.start() + (start.group()[0] in ".!?")], line[start.end():]
        names = line[start.end(): label.start()]
        credit = parse_credit(tail, registry)
        if head.strip() and (credit.creators or credit.agencies) and _credit_shaped(names) \
                and _names_everything(credit, names, registry):
            return Split(head, credit.credit or ""), credit
    return _agency_before_closing_label(line, label.start(), registry)


def _agency_before_closing_label(line: str, label_start: int, registry: Registry) -> tuple[Split, Credit] | None:
    """"… su kariais Rukloje BNS nuotr.": a known agency right before the closing label,
    with no separator before it, opens the credit."""
    before = line[:label_start].rstrip()
    offset = max(0, len(before) - 60)
    matches = registry.find_all(before[offset:])
    if not matches or offset + matches[-1].end != len(before):
        return None
    start = offset + matches[-1].start
    if start == 0 or not line[start - 1].isspace() or not line[:start].strip():
        return None
    credit = parse_credit(line[start:], registry)
    return (Split(line[:start], credit.credit or ""), credit) if credit.agencies else None


def _by_photo_taken(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"…西湖夜景。新华社记者 周晓 摄": a reporter's credit closing the caption."""
    if not line.rstrip(" )）").casefold().endswith(p["taken_words"]):
        return None  # cheap test first: the pattern below is costly on long lines
    m = p["taken_tail"].search(line)
    if not m:
        return None
    start = m.start(1)
    bracket = max(line.rfind("（", start, m.end(1)), line.rfind("(", start, m.end(1)))
    if bracket >= 0 and not _agency_releases(line[start:bracket], registry):
        # "東京・永田町（岩下毅撮影）", "＝25日午前、首相官邸（春名中撮影）": when and where before
        # the bracket, not the agency that released it: "新华社发（…"
        start = bracket + 1
    end = m.end(1)
    equals = max(line.rfind("＝", start, end), line.rfind("=", start, end))
    if equals >= 0:
        start = equals + 1  # "…（24日午前、阿蘇市で、読売ヘリから）＝佐藤雄一撮影": the credit follows "＝"
    comma = line.rfind("、", start, end)
    if comma > start and _DAY_OR_PLACE_JA.search(line, start, comma):
        start = comma + 1  # "＝東京都千代田区で25日、代表撮影": where and when, then who took it
    if start == 0:
        return None  # the whole line: nothing is left for the caption
    if line[end:end + 1] in ("）", ")") and _opens_more_than_closes(line[start:end]):
        end += 1  # "新华社发（郑永强 摄）": the credit keeps its closing bracket
    credit = parse_credit(line[start:end], registry)
    # ("…＝東京都千代田区で25日、代表撮影": a pool's shot names no one, and is still the credit.)
    if credit.creators or credit.agencies or line[start:end].strip(" （()）").casefold() in p["taken_words"]:
        return Split(line[:start].rstrip(" 、，,（(＝="), credit.credit or ""), credit
    return None


def _agency_releases(text: str, registry: Registry) -> bool:
    """"新华社发", "中新社": an agency (not a place such as 首相官邸) releasing the picture."""
    if _WHEN_WHERE.search(text):
        return False
    found = registry.find_all(text)
    return bool(found) and (text.rstrip().endswith(("发", "發")) or all(m.agency.kind in AGENCY_KINDS for m in found))


_WHEN_WHERE = regex.compile(r"\d{1,2}日|、")
# A day ("25日") or a place ("千代田区で"): when and where the picture was taken, in Japanese.
_DAY_OR_PLACE_JA = regex.compile(r"\d{1,2}日|で")


def _opens_more_than_closes(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _credit_shaped(text: str) -> bool:
    """Short, and made of names: not a clause ("- the minister said")."""
    words = text.split()
    return len(words) <= 8 and not any(w.islower() and len(w) > 3 and w.casefold() not in ("via",) for w in words)


def _by_glued_tail(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """A credit glued on with no separator: "… le 19 juin Gavriil Grigorov/Sputnik"."""
    # ("… bei Frankfurt (Oder)Nadine Weigel/dpa": glued to a closing bracket, even.)
    words = _GLUED_AFTER_BRACKET.sub(") ", line).split(" ") if ")" in line else line.split(" ")
    slash_at = _last_chain_start(words)
    if slash_at is None:
        return _by_trailing_agency(line, words, registry)
    g = grammar()
    core = words[slash_at]
    first = _SLASH.split(core, maxsplit=1)[0]
    if _DATE_PIECE.fullmatch(first):
        # "… 걷고 있다. 2026.11.3/뉴스1": the caption's date, then the credit after the slash.
        credit = _is_credit(" ".join([core[len(first) + 1:], *words[slash_at + 1:]]), registry)
        if credit is None:
            return None
        return Split(" ".join([*words[:slash_at], first]), credit.credit or ""), credit
    spaced = not first and slash_at > 0 and bool(_SLASH.fullmatch(core))
    if spaced:
        # "… jeudi dernier JEAN-LUC FLÉMAL / BELGA": a spaced slash; the name ends before it.
        slash_at -= 1
        first = words[slash_at]
    if first and (registry.lookup(first) or is_role_word(g, first)):
        start = slash_at  # "… Nord. 朝鮮通信社/KCNA via KNS": the credit opens with an agency
    else:
        start = _name_start(words, slash_at, first, g, p)
        if start is None:
            return None
        if spaced and start == slash_at:
            start += 1  # one word before " / Belga" may be the caption's place ("à Liège")
    while start >= 2 and words[start - 1].casefold() in _via_words():
        start -= 2  # "… @Plan_INFOCA via X / Reuters": the source the distributor passed on
    tail = " ".join(words[start:])
    # ("… esta terça-feira ANDRÉ DIAS NOBRE/OBSERVADOR": a photographer set in capitals, and
    # the paper the registry may not know.)
    credit = _is_credit(tail, registry) or (_photographer_slash_outlet(tail, registry) if tail.isupper() else None)
    if not credit or start == 0:
        return None
    return Split(" ".join(words[:start]), credit.credit or ""), credit


_GLUED_AFTER_BRACKET = regex.compile(r"\)(?=\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}\-]+){1,2}\s?[/／])")


def _last_chain_start(words: list[str]) -> int | None:
    """Index of the word holding the first slash of the slash chain that ends the line."""
    tail_words = words[-12:]
    offset = len(words) - len(tail_words)
    start = None
    for i in range(len(tail_words) - 1, -1, -1):
        w = tail_words[i]
        if "/" in w or "／" in w:
            if _URL_WORD.search(w):
                return None
            start = offset + i
        elif start is not None and i < start - offset - 4:
            break
    return start


def _name_start(words: list[str], core_at: int, first: str, g: Grammar, p) -> int | None:
    """Where the photographer's name before "Name/Agency" begins, reading leftwards.

    A known given name marks the start; otherwise the name runs over capitalised words
    of the same case (GIANNI ROSSO) for two words at most.
    """
    if not first or not p["name_word"].match(first):
        return None
    candidates = []
    for start in range(core_at, max(-1, core_at - 4), -1):
        name_words = words[start:core_at] + [first]
        if not all(p["name_word"].match(w) or w.casefold() in g.particles for w in name_words):
            break
        name = " ".join(name_words)
        if classify(name, g) is Kind.PERSON or len(name_words) == 1:
            candidates.append((start, name_words))
        elif has_org_word(g, name):
            candidates.append((start, name_words))  # "Emergencias Andalucía/EFE"
        else:
            break
    if not candidates:
        return None
    for start, name_words in candidates:
        if has_given_name(" ".join(name_words), g) and len(name_words) > 1:
            return start
    upper = first.isupper()
    same_case = [(s, nw) for s, nw in candidates if all(w.isupper() == upper for w in nw if len(w) > 1)]
    two_words = [s for s, nw in same_case if len(nw) == 2]
    if two_words:
        return two_words[0]
    return same_case[-1][0] if same_case else None


def _by_sentence_tail(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"… on Friday. Ezra Acayan / Getty Images", "…하고 있다. 뉴시스": a credit made only of
    names, one of them a known agency, after the caption's last sentence."""
    if _DESK_STOP_END.search(line):
        line = line[:-1]  # "…/rwa.": the desk's initials close with a stop of their own
    m = p["sentence_tail"].search(line, max(_tail_start(line, 80), _after_last_sentence_end(line)))
    if not m or not line[: m.start(1)].strip() or _inside_a_number(line, m.start(1) - 1):
        return None  # (no tail that starts inside "2026.11.3/뉴스1")
    tail = m.group(1).strip()
    if not _credit_shaped(tail) or not (line[: m.start(1)].rstrip()[-1:] in ".。!?！？" + OTHER_STOPS or _is_cjk(tail)):
        return None
    head = line[: m.start(1)]
    credit = _is_credit(tail, registry) or _photographer_slash_outlet(tail, registry) \
        or _photographer_alone(tail, registry) \
        or (organisation_alone(tail, registry) if len(head.split()) >= 4 else None)  # ("VOLKSWAGEN ID. SPACE …")
    if not credit or not _names_everything(credit, tail, registry):
        return None
    role = _ROLE_WITH_STOP.search(head)
    if role and is_role_word(grammar(), role.group(1)):
        # "… Jakarta Utara. Dok. BPBD DKI Jakarta": the role word's stop ends no sentence.
        credit = parse_credit(head[role.start(1):] + tail, registry)
        head = head[: role.start(1)]
    return Split(head, credit.credit or ""), credit


_ROLE_WITH_STOP = regex.compile(r"(?<=[.!?]\s)(\p{Lu}\p{Ll}{1,6})\.\s*$")


def _by_reporter_tail(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"…날아오르고 있다. 김봉규 선임기자 bong9@hani.co.kr": a reporter of the paper,
    named with their title after the caption's last sentence, took the picture."""
    if "@" not in line[-60:] and not line.rstrip().casefold().endswith(p["reporter_words"]):
        return None  # cheap test first
    m = p["reporter_tail"].search(line, _tail_start(line, 120))
    if not m or not line[: m.start()].strip():
        return None
    credit = parse_credit(line[m.start(1):].strip(), registry)
    # (A full name: "Unser Korrespondent" names no one; Hangul and Han names have no spaces.)
    if not credit.creators or credit.agencies or any(
            " " not in name and not _is_cjk(name) for name in credit.creators):
        return None
    return Split(line[: m.start()].rstrip(" /"), credit.credit or ""), credit


_DESK_STOP_END = regex.compile(r"/\p{Ll}{2,3}\.$")


def _by_courtesy_tail(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"… en la edición de 2025. Cedida por la Plataforma Vecinal", "… on Monday. Courtesy
    of Leeds City Council": a courtesy phrase opening the words after the caption's last
    sentence opens its credit, as a label would."""
    start = _after_last_sentence_end(line)
    tail = line[start:].strip()
    if not start or not tail[:1].isupper() or len(tail) > MAX_CREDIT_CHARS or not grammar().courtesy.match(tail):
        return None
    credit = _is_credit(tail, registry, labelled=True)
    if not (credit and (credit.creators or credit.agencies)) \
            or (names_a_clause(credit) and not _QUOTED_NAME.search(tail)):  # (a quoted name is a title)
        return None
    # "… on Monday. UN Photo / Jane Doe. Courtesy of the ICJ": a credit before it is one with it.
    before = _by_sentence_tail(line[:start].rstrip(" ."), registry, p)
    if before:
        start = len(before[0].caption)
        credit = _is_credit(line[start:].strip(), registry, labelled=True) or credit
    return Split(line[:start], credit.credit or ""), credit


# A name in quotes after the courtesy phrase: "… Cedida por la 'Plataforma por unas Fiestas …'".
_QUOTED_NAME = regex.compile(r"\s['\"«“‘„]\p{Lu}[^'\"«»“”‘’„]{2,120}['\"»”’“]$")


def _photographer_slash_outlet(tail: str, registry: Registry) -> Credit | None:
    """"Olena Shmahalo/Quanta Magazine", "LP/Arnaud Journois": a photographer known by a
    given name and the outlet, on either side of a slash, an outlet the registry may not
    know."""
    parts = [part.strip() for part in tail.split("/")]
    if "/" not in tail or not any(has_given_name(part, grammar()) or _capitals_name_shape(part) for part in parts) \
            and not any(_OUTLET_ADDRESS.fullmatch(part) for part in parts):
        return None  # ("mbl.is/Eggert Jóhannesson": an outlet by its web address names itself)
    credit = parse_credit(tail, registry)
    return credit if credit.creators and credit.agencies else None


_OUTLET_ADDRESS = regex.compile(r"[\p{Ll}\d\-]+(?:\.[\p{Ll}\d\-]+)*\.\p{Ll}{2,4}")


def _capitals_name_shape(part: str) -> bool:
    # ("… atzo. ARITZ LOIOLA / FOKU": after the caption's sentence, a name in capitals and an
    # outlet; the caller has the sentence closed.)
    return part.isupper() and 2 <= len(part.split()) <= 3 and classify(part, grammar()) is Kind.PERSON


def organisation_alone(tail: str, registry: Registry) -> Credit | None:
    """Two to six capitalised words naming an organisation by one of its words, and
    nothing else: "… auf der Kantonsstrasse. Kantonspolizei Graubünden", "… on Wednesday.
    Citrus County Sheriff's Office", "… en 2024. PARC NATIONAL DES CÉVENNES"."""
    words = tail.split()
    if not 2 <= len(words) <= 6 or _DIGIT_OR_SENTENCE.search(tail) \
            or not all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words) \
            or not has_org_word(grammar(), tail):
        return None
    credit = parse_credit(tail, registry)
    return credit if credit.agencies and not credit.creators and not credit.roles else None


_DIGIT_OR_SENTENCE = regex.compile(r"\d|[.!?:;]\s")
_NAME_JOINERS = frozenset("of the de des du la le del della di da do dos das van von der den für for and et y e und".split())


_INITIALS_THEN_CAPITALS = regex.compile(r"(?:\p{Lu}\.\s?){1,2}\s*\p{Lu}[\p{Lu}'’\-]{2,}(?:\s\p{Lu}[\p{Lu}'’\-]{2,})?")


def _photographer_alone(tail: str, registry: Registry) -> Credit | None:
    """Two or three capitalised words opening with a known given name, and nothing else:
    the photographer after a dash (ABC, Folha)."""
    if not (is_named_person(tail, grammar(), most_words=3) or _INITIALS_THEN_CAPITALS.fullmatch(tail)):
        return None  # ("… restaurada - J. M. SERRANO": initials stand for the given name)
    credit = parse_credit(tail, registry)
    return credit if list(credit.creators) == [tail] and not credit.agencies else None


def _after_last_sentence_end(line: str) -> int:
    """Where the sentence_tail pattern may start at the earliest: it takes in no sentence
    punctuation but an initial's full stop ("Ellen M. Banner"), so not before the last
    other one."""
    rfind = line.rfind
    end = max(rfind("。"), rfind("!"), rfind("?"), rfind("！"), rfind("？"), *(rfind(stop) for stop in OTHER_STOPS))
    stop = rfind(".")
    while stop > end and (_is_initial(line, stop) or _inside_a_number(line, stop)
                          or line[stop + 1: stop + 2].isalpha() and line[stop - 1: stop].isalpha()):  # "mbl.is"
        stop = rfind(".", 0, stop)
    return max(end, stop) + 1


def _inside_a_number(line: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` sits between digits ("2026.11.3", "1.5"), or in a
    date with its month in letters ("19.fev.25", as Folha dates its pictures)."""
    if 0 < stop < len(line) - 1 and line[stop - 1].isdigit() and line[stop + 1].isdigit():
        return True
    return any(m.start() <= stop < m.end() for m in _LETTER_DATE.finditer(line, max(0, stop - 8), stop + 8))


_LETTER_DATE = regex.compile(r"\d{1,2}\.\p{Ll}{3,4}\.\d{2,4}")


def _is_initial(line: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a one-letter initial ("M." of "Ellen M.")."""
    return stop >= 1 and line[stop - 1].isupper() and (stop == 1 or line[stop - 2].isspace())


def _tail_start(line: str, longest: int) -> int:
    """The earliest place a pattern ``\\s*(.{1,longest})$`` can match from: the tail, the
    spaces before it (and a final line break). Searching from there, not from the start
    of a long line, gives the same match."""
    start = max(0, len(line) - longest - 2)
    while start > 0 and line[start - 1].isspace():  # str.isspace takes in every \\s
        start -= 1
    return start


def _names_everything(credit: Credit, tail: str, registry: Registry) -> bool:
    """Every word of the tail went into a name: nothing left over that reads as prose."""
    named = " ".join([*credit.creators, *(a.raw for a in credit.agencies), *credit.roles]).casefold()
    # (A desk's initials after the last slash name no one: "ANTARA FOTO/Dedi Saputra/foc".)
    desk = tail.rpartition("/")[2].strip(" .") if "/" in tail else ""
    desk = desk if desk.islower() and len(desk) <= 3 else ""
    compact = named.replace(" ", "")  # (CJK writes a name and its role word as one run: "聯合報系資料照")
    return all(w.casefold().strip(".,()/|-–—") in (compact if _is_cjk(w) else named) for w in tail.replace("/", " ").split()
               if w.strip(".,()/|-–—") and w.casefold() not in ("via", "|", "-", "–", "—")
               and w.strip(" .") != desk)


def _is_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def _by_trailing_agency(line: str, words: list[str], registry: Registry) -> tuple[Split, Credit] | None:
    """"… outside the court REUTERS", "…高橋藍、石川 共同通信社": an agency (in capitals,
    or in a script without capitals) closing the caption."""
    # An agency name of up to three words, all in capitals: "… del borde norte EUROPA PRESS".
    for size in (3, 2):
        tail = " ".join(w.strip(".") for w in words[-size:])
        if len(words) > size and all(w.isupper() and len(w) >= 2 for w in words[-size:]) and registry.lookup(tail):
            credit = parse_credit(tail, registry)
            return Split(" ".join(words[:-size]), credit.credit or ""), credit
    glued = _AGENCY_GLUED_TO_STOP.search(words[-1]) if len(words) >= 5 else None
    if glued and registry.lookup(glued.group(1)) is not None:
        # "… können aber auch Risiken bergen.dpa": the credit glued to the caption's stop.
        credit = parse_credit(glued.group(1), registry)
        return Split(" ".join([*words[:-1], words[-1][: glued.start(1)]]), credit.credit or ""), credit
    last = words[-1].strip(".")
    # Two characters of a script without capitals are as often a plain word: "신화" is
    # Xinhua and "myth", "共同" Kyodo and "joint".
    if len(words) < 2 or not ((last.isupper() and len(last) >= 3) or (_is_cjk(last) and len(last) >= 3)):
        return None
    agency = registry.lookup(last)
    if agency is None:
        return None
    credit = parse_credit(last, registry)
    return Split(" ".join(words[:-1]), credit.credit or ""), credit


# A name of three letters or more glued to a word's full stop, that word in lower case.
_AGENCY_GLUED_TO_STOP = regex.compile(r"(?<=\p{Ll}{3}\.)([\p{L}][\p{L}\-]{2,})$")
# Two to four words in capitals at the end of the line: "… este martes. PACO PUENTES".
# (Or glued to the caption's full stop: "… de Madrid.JAVIER BARBANCHO".)
_CAPITALS_TAIL = regex.compile(
    r"(?:(?<=[\p{Ll}\d.)»”\"'’]\s{1,3})|(?<=\p{Ll}\.))((?:\p{Lu}[\p{Lu}'’\-]+\s){1,3}\p{Lu}[\p{Lu}'’\-]+)\s*$")
# The same for a publication, in capitals too: "… JEAN-FRANÇOIS MONIER POUR « LE MONDE »".
_CAPITALS_FOR_TAIL = regex.compile(
    r"(?<=[\p{Ll}\d.)»”\"'’]\s{1,3})((?:\p{Lu}[\p{Lu}'’\-]+\s){1,3}\p{Lu}[\p{Lu}'’\-]+)"
    r"(\s+\p{Lu}{3,4}\s+[«“\"]?\s?(?:\p{Lu}[\p{Lu}'’\-]*\s?){1,4}[»”\"]?)\s*$")


@lru_cache(maxsize=1)
def _for_word_pattern() -> regex.Pattern[str]:
    """The for-words of the language files ("pour", "for", "für"), one word each."""
    return regex.compile(alternation(tuple(w for w in grammar().vocab.for_words if " " not in w)), regex.IGNORECASE)


def _by_name_in_capitals(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"… Lebrija (Sevilla), este martes. PACO PUENTES", "… esta terça-feira NUNO FERREIRA
    SANTOS": the photographer's name in capitals closes the caption, as Spanish and
    Portuguese papers print it. A given name must open it: acronyms ("… at the UN
    HEADQUARTERS") are no one's name."""
    m = _CAPITALS_TAIL.search(line, _tail_start(line, 60))
    commissioned = None if m else _CAPITALS_FOR_TAIL.search(line, _tail_start(line, 90))
    if commissioned and _for_word_pattern().fullmatch(commissioned.group(2).split()[0]):
        m = commissioned
    elif not m:
        return None
    name = m.group(1)
    if not has_given_name(name, grammar()) or registry.find_all(name):
        return None
    credit = parse_credit(m.group(0).strip(), registry)
    if not credit.creators or credit.creators[0] != name:
        return None
    return Split(line[: m.start(1)], credit.credit or ""), credit


_HAN_KANA_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _by_trailing_role(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"… et «Braguino» DR", "… in Berlin. Privat": a role word closing the caption, in
    capitals or after its last sentence, is its credit (rights reserved, private)."""
    glued = _role_after_cjk_stop(line, registry)
    if glued is not None:
        return glued
    head, _, last = line.rstrip(" ." + OTHER_STOPS).replace("　", " ").rpartition(" ")
    before, _, word = head.rpartition(" ")
    word = word.lstrip("—–-")  # ("… পুরকর্মী। —ফাইল চিত্র।": a dash glued to the credit)
    if not is_role_word(grammar(), last) and before and last[-1:] not in ")]）】" and word[:1].isalpha() \
            and is_role_word(grammar(), f"{word} {last}"):
        head, last = before, f"{word} {last}"  # "… करते पर्यटक। फाइल फोटो": a role of two words
    head, last = head.rstrip(" —–-"), last.lstrip("—–-")
    cjk = bool(_HAN_KANA_RE.search(head[-1:]) and _HAN_KANA_RE.search(last))  # (Korean spaces its words)
    if not head or (len(head.split()) < 3 and not cjk) or not last[:1].isalpha() or not is_role_word(grammar(), last):
        return None  # ("… Kundgebung. (Archivbild)": a file-picture mark in brackets is the caption's)
    # (CJK words have no spaces between them: one before the role word sets it apart,
    # "倒木で道路がふさがれた様子　視聴者提供".)
    if not ((last.isupper() and len(last) >= 2) or head.rstrip()[-1:] in ".!?。" + OTHER_STOPS or cjk):
        return _names_before_role(line, registry)
    credit = parse_credit(last, registry)
    return Split(head, credit.credit or last), credit


def _role_after_cjk_stop(line: str, registry: Registry) -> tuple[Split, Credit] | None:
    """"消防人員在東信路協助受困機車騎士。讀者提供": a role word run on after the caption's
    CJK full stop, with no space (the reader provided it; "資料照片", a file picture)."""
    stop = max(line.rfind("。"), line.rfind("！"), line.rfind("？"))
    tail = line[stop + 1:].strip() if stop > 0 else ""
    if not tail or not _is_cjk(tail) or not is_role_word(grammar(), tail):
        return None
    credit = parse_credit(tail, registry)
    return Split(line[: stop + 1], credit.credit or tail), credit


def _names_before_role(line: str, registry: Registry) -> tuple[Split, Credit] | None:
    """"… 선별하고 있다. 제주도 제공": after the caption's last sentence, a name or two and
    the role word that closes them ("provided by") are the credit."""
    start = _after_last_sentence_end(line)
    tail = line[start:].strip()
    if not start or not line[:start].strip() or not 2 <= len(tail.split()) <= _ROLE_CREDIT_WORDS:
        return None
    credit = parse_credit(tail, registry)
    names = tail.rpartition(" ")[0]
    if (credit.creators or credit.agencies) and _credit_shaped(names) and _names_everything(credit, names, registry):
        return Split(line[:start], credit.credit or tail), credit
    return None


_ROLE_CREDIT_WORDS = 4


# "…国民（ソウルで、３日）＝ＡＰ", "…＝ロイター": a Japanese caption hands its picture to the
# agency after an equals sign at its very end.
_EQUALS_TAIL = regex.compile(r"^(.*\S)\s*[＝=]\s*([^＝=\s][^＝=]{0,29})$")


_PLACE_PARTICLE_END = regex.compile(r"(?:で|にて)\s*(?:[（(][^）)]*[）)])?\s*$")


def _by_trailing_equals(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    m = _EQUALS_TAIL.match(line) if ("＝" in line or "=" in line) else None
    if m is None or _PLACE_PARTICLE_END.search(m.group(2)):
        return None  # "＝首相官邸で（代表撮影）": where the picture was taken ("で", at)
    tail = m.group(2).rstrip()
    cut = tail.rfind("、") + 1
    if tail.endswith(cjk_courtesy_words()) or cut:
        # "＝トヨタ自動車提供", "＝20日、気象庁提供", "＝国会内で24日、共同": whoever provided
        # it (named with the word for it, or a known agency) after the date and place the
        # caption keeps.
        credit = parse_credit(tail[cut:], registry)
        provided = tail.endswith(cjk_courtesy_words())
        if credit.agencies and not credit.creators and (provided or all(a.id for a in credit.agencies)):
            caption = line[: m.start(2) + cut].rstrip("、") if cut else m.group(1)
            return Split(caption, credit.credit or ""), credit
    credit = parse_credit(m.group(2), registry)
    if not credit.agencies or not all(a.id for a in credit.agencies) or credit.creators:
        return None  # only known agencies: "＝20日午前、金沢駅" is the caption's own date and place
    return Split(m.group(1), credit.credit or ""), credit



# "APA/HELMUT FOHRINGER Der Bundeskanzler …": a credit chain in capitals opening the line,
# the caption after it starting with a capitalised word followed by lower-case ones.
_LEADING_CHAIN = regex.compile(
    r"^((?:[\p{Lu}\d][\p{Lu}\d&.\-]*(?:\s[\p{Lu}\d][\p{Lu}\d&.\-]*)*\s?/\s?)+"
    r"[\p{Lu}][\p{Lu}\d&.\-]*(?:\s[\p{Lu}][\p{Lu}.\-]*){0,3})\s+(\p{Lu}\p{Ll}+\s+.*\p{Ll}.*)$")


def _by_leading_chain(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    label = grammar().leading_label.match(line)  # "Bild: SN/APA/KEYSTONE/X Caption …"
    m = _LEADING_CHAIN.match(line[label.end():] if label else line)
    if m is None:
        return None
    credit = parse_credit(m.group(1), registry)
    if not any(a.id for a in credit.agencies):
        return None  # capitals and slashes alone are no credit: a known agency must be named
    return Split(m.group(2), credit.credit or ""), credit


def _by_leading_agency(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"The Yomiuri Shimbun The leaders of seven parties …": a registered name of two words
    or more set on its own line over the caption, the two lines run together in a copy.
    The caption opens with a capital right after it and is a sentence of some length."""
    name = registry.name_at_start(line)
    if name is None or name.agency.kind == "platform":
        return None
    end = _chain_end(line, name.end, registry)  # "Imago/Future Image Ein Monteur …" (Focus)
    if end == name.end and len(name.raw.split()) < 2:
        return None
    rest = line[end:]
    if not _CAPTION_AFTER_NAME.match(rest) or len(rest.split()) < _LEADING_AGENCY_MIN_WORDS \
            or has_org_word(grammar(), rest.split()[0]):
        return None  # ("The New York Times Company reported …": the name goes on)
    credit = parse_credit(line[:end], registry)
    return Split(rest.strip(), credit.credit or ""), credit


def _chain_end(line: str, end: int, registry: Registry) -> int:
    """Where a chain of registered names joined by slashes, opening at ``end``'s name,
    stops: "Imago/Future Image" of "Imago/Future Image Ein Monteur …"."""
    while True:
        slash = _CHAIN_SLASH.match(line, end)
        following = registry.name_at_start(line[slash.end(): slash.end() + 60]) if slash else None
        if following is None:
            return end
        end = slash.end() + following.end


_CHAIN_SLASH = regex.compile(r"\s?/\s?")


# A space, then a capitalised word and running words: a sentence opens.
_CAPTION_AFTER_NAME = regex.compile(r"\s\p{Lu}\p{Ll}*\s+(?:\S+\s+)*\p{Ll}{2,}")
_LEADING_AGENCY_MIN_WORDS = 6


# "Lego Lego feiert den Star-Wars-Tag …": a credit printed before the caption with no
# mark between, where the caption opens with the same name (a company's own picture of
# itself). One to three capitalised words, said twice; the caption keeps the second time.
# Only a registered name counts: "Bora Bora ist …", "Duran Duran performs …" are names.
_ECHOED_CREDIT = regex.compile(
    r"^(\p{Lu}[\p{L}\p{N}&.'’\-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’\-]*){0,2})\s+(\1\s+\p{Ll}.*\p{Ll}.*)$")


def _by_echoed_credit(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    m = _ECHOED_CREDIT.match(line)
    if m is None or len(m.group(2).split()) < 4:
        return None
    credit = parse_credit(m.group(1), registry)
    if not any(a.id for a in credit.agencies):
        return None
    return Split(m.group(2), credit.credit or ""), credit


def leading_credit_chain(line: str, registry: Registry | None = None) -> Caption | None:
    """The caption and credit of a line that opens with a credit chain in capitals
    ("APA/HELMUT FOHRINGER Der Bundeskanzler …"), or None."""
    found = _by_leading_chain(line, registry or default_registry(), None)
    return None if found is None else Caption(input=line, caption=found[0].caption, credit=found[1])


def _by_unspaced_slashes(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"Smog nad Krakowem, zdjęcie ilustracyjne /Jacek Roe /PAP" (Interia): each part of
    the credit opens with a slash glued to it, the last a known agency."""
    m = _UNSPACED_SLASHES_TAIL.match(line) if " /" in line else None
    if m is None:
        return None
    credit = parse_credit(m.group(2), registry)
    if not credit.creators or not any(a.id for a in credit.agencies):
        return None
    return Split(m.group(1), credit.credit or ""), credit


_UNSPACED_SLASHES_TAIL = regex.compile(
    r"^(.{12,}?\S)\s/((?:\p{Lu}[\p{L}\p{M}'’.\-]*\s){1,3}\p{Lu}[\p{L}\p{M}'’\-]*\s/\S[^/]{0,40})$")


def _by_glued_photo_agency(line: str, registry: Registry, p) -> tuple[Split, Credit] | None:
    """"Brian Roe kopt Ajax op voorsprong Pro Shots" (NOS): a photo agency's name of two
    words or more run on after the caption's last word, with no mark between."""
    words = line.split()
    for size in (3, 2):
        if len(words) <= size + 2:
            continue
        tail = " ".join(words[-size:])
        agency = registry.lookup(tail)
        before = words[-size - 1]
        if agency is not None and agency.kind in ("photo-agency", "stock") and all(w[:1].isupper() for w in words[-size:]) \
                and before[:1].islower() and before.casefold() not in _function_words():
            # ("… outside the offices of Getty Images": a function word hands the name to the sentence.)
            credit = parse_credit(tail, registry)
            return Split(" ".join(words[:-size]), credit.credit or ""), credit
    return None


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """The commonest short words of every language file ("of", "from", "van", "de"): a
    name after one is part of the sentence."""
    from mediakit.lang import languages
    return frozenset(w.casefold() for lang in languages().values() for w in lang.words("text", "stopwords"))


FINDERS: tuple[Callable, ...] = (
    _by_label, _by_slashed_label, _by_trailing_bracket, _by_leading_credit, _by_leading_chain, _by_echoed_credit,
    _by_leading_label, _by_leading_agency,
    _by_closing_label, _by_sentence_tail, _by_reporter_tail, _by_courtesy_tail,
    _by_separator, _by_slash_before_name, _by_unspaced_slashes, _by_photo_taken, _by_trailing_equals, _by_glued_tail,
    _by_name_in_capitals, _by_trailing_role, _by_glued_photo_agency,
)


def _slashed_credit_only(line: str, registry: Registry) -> Credit | None:
    """"/기상청": a slash opening a caption slot that holds a few names (the credit printed
    after "/" under the caption, with no caption this time)."""
    text = line.strip()
    if text[:1] not in "/／" or not 1 <= len(text[1:].split()) <= 4 or _SENTENCE_PUNCT.search(text.rstrip(".")) \
            or not _credit_shaped(text[1:]) or "/" in text[1:]:
        return None
    credit = parse_credit(text[1:].strip(), registry)
    return credit if credit.creators or credit.agencies else None


def _labelled_credit_only(line: str, registry: Registry) -> Credit | None:
    """"Photo: John Smith", "коллаж: Андрей Калистратенко": a line that is one labelled
    credit (a label with its colon, then names only) has no caption."""
    label = grammar().leading_label.match(line)
    if not label or not (_COLON_LABEL.search(label.group()) or closed_by_connector(label.group())):
        return None
    rest = line[label.end():].strip()
    if label.group().lstrip()[:1] in "(（[" and rest[-1:] in ")）]":
        rest = rest[:-1].rstrip()  # "(Photo: Jane Roe/AFP)": the bracket the label opened
    if not _credit_shaped(rest) or _SENTENCE_PUNCT.search(rest.rstrip(".")):
        return None
    credit = _is_credit(rest, registry, labelled=True)
    return credit if credit and (credit.creators or credit.agencies) else None


# "Gallery: Xbox One X screenshots | 9 Photos": a gallery's counter after its title.
# "… | 12 Bilder", "… (12 kép)": how many pictures the gallery behind the caption holds.
_GALLERY_COUNT_TAIL = regex.compile(
    r"\s*(?:[|·•–—-]\s*\d{1,4}\s+(\p{L}[\p{L} ]{0,30})|\(\s*\d{1,4}\s+(\p{L}{1,20})\s*\))$")


# A gallery's counter opening the caption: "1 di 4 I vigili…", "[1/3]People…", "Item 1 of 3
# People…", "Bild 2 von 6 Der…". (Between the figures, a slash or a short word of any
# language; after them, the caption opens with a capital or a letter of a script without.)
_GALLERY_COUNTER_HEAD = regex.compile(
    r"^\s*(?:\[\s*\d{1,3}\s*/\s*\d{1,3}\s*\]|(?:\p{Lu}\p{Ll}{1,11}\s+)?\d{1,3}\s*(?:/|\p{Ll}{1,3})\s*\d{1,3}\s)"
    r"\s*(?=[\p{Lu}\p{Lo}])")


def _without_leading_counter(text: str) -> str:
    """The caption without a gallery's counter opening it."""
    counter = _GALLERY_COUNTER_HEAD.match(text) if text[:1].isdigit() or text[:1] in "[" or text[:1].isupper() else None
    return text[counter.end():] if counter and counter.end() < len(text) else text


def _with_assignment(caption: str, credit: Credit, registry: Registry, p) -> tuple[str, Credit]:
    """"… in January. Sophie Park for NPR": the photographer and the "for" before the
    outlet belong to the credit, not to the caption."""
    joint = p["assignment_end"].search(caption) if caption else None
    if joint is None or not credit.credit:
        return caption, credit
    person = joint.group("person").strip()
    if not is_named_person(person, grammar()):
        return caption, credit
    whole = parse_credit(f"{person} {joint.group('word')} {credit.credit}", registry)
    return (caption[: joint.start()].rstrip(), whole) if person in whole.creators else (caption, credit)


def _unwrapped(line: str) -> str:
    """"(Borítókép: A villamos … 12-én. Fotó: X / Index)": a caption and its credit set
    in one pair of brackets (a cover picture's, printed under the text) without them.
    A bracket holding one phrase ("(AFP)", "(left)") is left to the finders."""
    text = line.strip()
    if not (text.startswith(("(", "（")) and text.endswith((")", "）"))) or ". " not in text:
        return line
    depth = 0
    for position, char in enumerate(text):
        depth += char in "(（"
        depth -= char in ")）"
        if depth == 0 and position < len(text) - 1:
            return line  # "(1) … (2)": the first bracket closes before the end
    return text[1:-1].strip()


def _without_gallery_count(text: str) -> str:
    count = _GALLERY_COUNT_TAIL.search(text) if text[-1:].isalpha() or text.endswith(")") else None
    if count is None or count.start() == 0:
        return text
    word = count.group(1) or count.group(2)
    label = grammar().leading_label.match(word + ":")
    return text[: count.start()] if label and label.end() >= len(word) else text


@lru_cache(maxsize=1)
def _source_phrase_end() -> regex.Pattern[str]:
    """A reporting phrase of the language files ending the text, with at most one word
    after it ("meldt het", "informovala agentúra", "σύμφωνα με το")."""
    phrases = bounded(grammar().vocab.source_phrases)
    return regex.compile(rf"(?r)(?:{phrases})[\s,]*(?:\p{{Ll}}[\p{{L}}'’]*\s*)?$", regex.IGNORECASE)


def _quotes_a_source(line: str, split: Split) -> bool:
    """A credit glued on with no label, bracket or separator, after a reporting phrase:
    the agency is named as the sentence's source, not as the picture's."""
    caption = split.caption.rstrip()
    between = line[len(caption):].lstrip()
    if not caption or not split.credit or not between.startswith(split.credit):
        return False
    return _source_phrase_end().search(caption.rstrip(" ,")[-80:]) is not None


def _cuts_a_bracket(split: Split) -> bool:
    """The caption leaves a bracket open that closes inside the credit."""
    return split.caption.count("(") > split.caption.count(")") and split.credit.rstrip().endswith(")") \
        and split.credit.count(")") > split.credit.count("(")


def split_caption(line: str, registry: Registry | None = None) -> Caption:
    """Split a caption line into caption and credit; a line with no credit stays whole."""
    if not isinstance(line, str):
        raise TypeError(f"split_caption expects a str, not {type(line).__name__}")
    registry = registry or default_registry()
    clean = sanitize(line, limit=MAX_LINE_CHARS)
    p = _patterns()
    line = printable(line)
    credit_only = _labelled_credit_only(clean, registry) or _slashed_credit_only(clean, registry)
    if credit_only is not None:
        return Caption(input=line, caption=None, credit=credit_only)
    clean = _without_leading_counter(_without_gallery_count(p["caption_label"].sub("", _unwrapped(clean), count=1)))
    if not clean:
        return Caption(input=line, caption=None)
    for finder in FINDERS:
        found = finder(clean, registry, p)
        if found and _cuts_a_bracket(found[0]):
            continue  # "(With inputs from PTI)": one bracket group, no caption and credit in it
        if found and _quotes_a_source(clean, found[0]):
            break  # "…, meldt het ANP.", "…, сообщает ТАСС": the agency is the sentence's source
        if found:
            split, credit = found
            caption = split.caption.strip(" |-–—,;:/／")
            last = caption.rstrip(" :：").rpartition(" ")[2].casefold() if caption else ""
            bracketed = clean[len(split.caption):].lstrip()[:1] in "([（【"  # (the label would be inside)
            label = p["label_end"].search(caption) if last in p["label_last_words"] and not bracketed else None
            # (A capitalised label, or one of a script without capitals: "… takes a photo"
            # goes on with the word.)
            if label is not None and label.start() > 0 and not label.group().strip()[:1].islower():
                caption = caption[: label.start()].rstrip(" |-–—,;:/／")
            caption, credit = _with_assignment(caption, credit, registry, p)
            return Caption(input=line, caption=caption or None, credit=credit)
    return Caption(input=line, caption=clean)
