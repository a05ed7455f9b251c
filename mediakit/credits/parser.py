"""Reading a credit line: ``parse_credit("Photo by Jane Doe/AFP via Getty Images")``.

The parser is a chain of small steps, each a function with a name that says what it
does (in the manner of guardian/grid's metadata cleaners), while everything that is
language or organisation specific is data (``mediakit/lang/data``, the agency
registry):

1. ``sanitize``: control characters, lone surrogates, runaway length.
2. ``strip_labels``: "Photo:", "Crédit photo :", "写真：", "사진=", "©", wrapping brackets.
3. ``split_pieces``: bracket groups, "/", "|", ",", " - ", "=", "via", "for", "and".
4. ``read_piece``: registry matches, reporter markers (记者, 기자), role words
   (Pool, Handout, File), then person-or-organisation for the rest.
5. ``read_pieces``: sources and distributors ("via", "A＝B", "AFP — Getty Images").
6. ``merge``: one entry per agency and per person.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from mediakit.credits.grammar import (
    CLOSING_CONNECTORS, CONNECTORS, COPYRIGHT_OPENERS, COPYRIGHT_SIGN, YEAR, Grammar, closed_by_connector, grammar,
    has_org_word, is_production_role, is_role_word,
)
from mediakit.credits.names import Kind, classify, has_given_name
from mediakit.credits.registry import PICTURE_WORDS, Registry, default_registry
from mediakit.lang.patterns import SCRIPT_STOPS, is_cjk
from mediakit.model import AgencyRef, Credit

MAX_CREDIT_CHARS = 1000  # longer strings are not credit lines; only the start is read

# Controls, format characters, line breaks and U+FFFD (what undecodable bytes became).
# (The zero-width joiner and non-joiner, U+200C/D, are format characters that spell
# Persian and Indic words, and the soft hyphen is a hyphenation point inside a word
# ("Netan\u00adyahu"): they stay, since a space there would cut the word in two.)
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\ufffd--[\u200c\u200d\u00ad]]+", regex.V1)
_SPACES = regex.compile(r"\s+")
_WRAPPERS = {"(": ")", "[": "]", "（": "）", "【": "】", "「": "」", "{": "}", "<": ">", "〔": "〕"}
_BRACKET_GROUP = regex.compile(r"[(\[（【〔]([^()\[\]（）【】〔〕]*)[)\]）】〕]")
# Separators between the parts of a credit. " - " needs spaces: "dpa-Zentralbild" is one name.
# (One group around it all: split() then gives the parts and the separators between.)
_SEPARATOR = regex.compile(r"(\s*[/／|｜;；]\s*|\s*,\s*|\s+[-–—]\s+|\s*[—]\s*|\s*[=＝]\s*)")
_SEPARATOR_CHARS = frozenset("/／|｜;；,-–—=＝")  # every separator has one of these
# (Not after a title-case word of two letters, an abbreviation: "Ag. Fotogramma", "Dr. X".)
# (Between words of a script without capitals, "독자 제공. 재판매 금지", any letter goes.)
_EMAIL = regex.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SENTENCE_BREAK = regex.compile(
    r"(?<=[\p{Ll}\p{Lu}]{2})(?<!(?:^|\s)\p{Lu}\p{Ll})\.\s+(?=\p{Lu})|(?<=\p{Lo}{2})\.\s+(?=\p{Lo})")
# "Capture d'écran de Reddit", "Foto von X": the small word between a label and a name.
_CONNECTOR = regex.compile(rf"^(?:d'|{'|'.join(CONNECTORS)})\s+", regex.IGNORECASE)
_BY = regex.compile(rf"^(?:{'|'.join(CLOSING_CONNECTORS)})\s+", regex.IGNORECASE)
# A screen-reader "Credit" glued to the name it introduces ("CreditKirsten Luce").
_GLUED_CREDIT_LABEL = regex.compile(r"^(?:Credits?)+(?=\p{Lu}\p{Ll})")
_ACRONYM_GROUP = regex.compile(r"(?<=\w)\s*\(([\p{Lu}\d&.\-]{2,10})\)")
# What _bracket_chunks looks for: opening brackets, and the marks it puts around acronyms.
_BRACKET_OR_MARK = frozenset("([（【〔\u27e8\u27e9")
_DOMAIN = regex.compile(r"^[\w.\-]+\.(?:com|org|net|de|fr|es|it|uk|ru|jp|cn|kr|br|pt|nl|pl|ch|at|be|io|tv|info|gov)$", regex.I)
_COPYRIGHT_SIGN = regex.compile(COPYRIGHT_SIGN)
_COPYRIGHT_CHARS = frozenset(COPYRIGHT_OPENERS)
_ANY_DIGIT = regex.compile(r"\d")
_ANY_LETTER = regex.compile(r"\p{L}")
# What a name needs (see names.classify): a letter, or a mark or ’ of a word in a script
# without capitals; text without any is no person's name.
_NAME_CHAR = regex.compile(r"[\p{L}\p{M}’]")
# A role word used as a label: "File: Jane Doe", "Handout: Ministry of Defence".
# "9 Photos", "12 Bilder": a number and a label word, a gallery's counter.
_GALLERY_COUNT = regex.compile(r"^\d{1,4}\s+(\p{L}[\p{L} ]{0,30})$")
_ROLE_LABEL = regex.compile(r"^(\p{L}[\p{L} \-'’]{1,29}?)\s*[:：]\s*")
_NOTHING_LEFT = " .,;:-–—/|()（）[]"
_COPYRIGHT_OR_YEAR = regex.compile(rf"{COPYRIGHT_SIGN}|\b{YEAR}\b")
_LABEL_PUNCT = regex.compile(r"[:：=＝/／|.\-–—・]\s*$")
_DATES = regex.compile(
    rf"\s*(?:\d{{2,4}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?|\d{{1,2}}月\d{{1,2}}日|\b{YEAR}\b(?:[-./]\d{{1,2}}){{0,2}}"
    rf"|\b\d{{1,2}}\.\p{{Ll}}{{3,4}}\.\d{{2,4}}\b)\s*"  # (Folha's "19.fev.25")
)


class Piece(NamedTuple):
    """One part of a credit between separators, with what its neighbours say of it.

    Immutable, so that what a piece reads as can be cached: credits are made of the same
    few thousand pieces ("Getty Images", "AFP", a staff photographer's name). A named
    tuple rather than a frozen dataclass: made, hashed and compared in C, several times
    a line."""

    text: str
    distributor: bool = False  # after "via", or right of "A＝B" when A is an agency
    after_eq: bool = False
    before_eq: bool = False
    dash_before: bool = False  # " — Getty Images": a distributor when both sides are agencies
    comma_before: bool = False  # "…(INPE), Brazil": after a comma a lone word may be a place
    person_context: bool = False  # a label or marker says a person is named here
    listed: bool = False  # one of several names joined by "and" / "、"
    commissioned_by: bool = False  # right of "for": "Jane Doe for The Texas Ledger" names a publication


class PieceReading(NamedTuple):
    """What one piece names (see ``Reading``)."""

    agencies: tuple[AgencyRef, ...]
    creators: tuple[str, ...]
    roles: tuple[str, ...]
    unsure: tuple[str, ...]
    lone_names: tuple[str, ...]
    handles: tuple[str, ...]


@dataclass(slots=True)
class Reading:
    """What the pieces of a credit turned out to name, in order."""

    creators: list[str] = field(default_factory=list)
    agencies: list[AgencyRef] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    unsure: list[tuple[int, str, Piece]] = field(default_factory=list)  # (agency count before, name, piece)
    lone_names: list[str] = field(default_factory=list)  # person-shaped pieces standing alone
    handles: list[str] = field(default_factory=list)  # lowercase words: user names or noise


# -- 1. sanitize ---------------------------------------------------------------------


def printable(text: str) -> str:
    """``text`` with lone surrogates replaced, so every output serialises as UTF-8."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def sanitize(text: str, limit: int = MAX_CREDIT_CHARS) -> str:
    """One line of printable text: controls to spaces, lone surrogates replaced,
    whitespace collapsed, and no more than ``limit`` characters read."""
    text = text[: limit * 4]
    ascii_only = text.isascii()  # (a flag of the string: costs nothing)
    if not ascii_only:  # ASCII holds no lone surrogates
        text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    if not text.isprintable() or (not ascii_only and "\ufffd" in text):
        # Printable text has no controls, format characters or line breaks to replace.
        text = _CONTROL.sub(" ", text)
    if "  " in text or (not ascii_only and " ".join(text.split()) != text):
        # Controls are spaces by now: ASCII text needs this only for double spaces; other
        # text only where it has white space other than single spaces between words
        # (str.split() cuts at every \s, and at a few more characters).
        text = _SPACES.sub(" ", text)
    return text.strip()[:limit].strip()


# -- 2. strip_labels -----------------------------------------------------------------


def strip_wrapping(text: str) -> str:
    """Remove brackets around the whole credit: "(AP Photo/X)" -> "AP Photo/X"."""
    while len(text) >= 2 and _WRAPPERS.get(text[0]) == text[-1] and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


_BRACKETS = frozenset("([（【〔)]）】〕")


def _balanced(text: str) -> bool:
    if _BRACKETS.isdisjoint(text):
        return True  # (most text: no bracket to count)
    depth = 0
    for ch in text:
        if ch in "([（【〔":
            depth += 1
        elif ch in ")]）】〕":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


class Stripped(NamedTuple):
    """A credit once its labels are taken off."""

    credit: str  # what is read: no label words, no wrapping brackets
    shown: str  # what is printed as the credit: a role word used as a label stays
    role: str | None  # that role word, folded ("pool photo")
    copyright_sign: bool
    photographer: bool  # a label says a person is named ("Photographer:")


def strip_labels(text: str, g: Grammar, registry: Registry) -> Stripped:
    """The credit without label words or wrapping brackets, to be read, and the credit as
    it is shown, where a role word used as a label stays when a slash, a space or "by"
    joins it to the names ("Pool photo by Simon Rake/Getty Images": it says what the
    picture is)."""
    copyright_sign = not _COPYRIGHT_CHARS.isdisjoint(text) and bool(_COPYRIGHT_SIGN.search(text))
    if text.startswith("Credit"):
        text = _GLUED_CREDIT_LABEL.sub("", text)
    photographer = bool(g.photographer_label.match(text))
    text = strip_wrapping(text)
    shown, role = None, None
    for _ in range(4):  # "© Photo: X", "(Foto: dpa)"
        label = g.leading_label.match(text)
        if not label or _opens_with_agency(text, label.end(), registry) or _label_is_a_word(text, label.end(), g):
            break  # "picture alliance", "AP Photo": the label word is part of a name
        if shown is None:
            role = _chained_role(label.group(), g)
            shown = text if role else None
        stripped = strip_wrapping(_CONNECTOR.sub("", text[label.end():], count=1).strip())
        text = stripped
        if not text:
            break  # a label and nothing else: "Photo:"
    text = g.trailing_label.sub("", text).strip().strip(" .,;:|/-–—")
    if shown is None or not text:
        return Stripped(text, text, None, copyright_sign, photographer)
    shown = g.trailing_label.sub("", shown).strip().strip(" .,;:|/-–—")
    return Stripped(text, shown, role, copyright_sign, photographer)


_COLON_OR_STOP = regex.compile(r"[:：=.]")
# "Pool photo by": the connector closing a label is no part of the role word.
_LABEL_CONNECTOR_END = regex.compile(r"\s+(?:by|von|de|di|par|por|door|av|af)$", regex.IGNORECASE)


def _chained_role(label: str, g: Grammar) -> str | None:
    """The role word of a label joined to the names by a slash, a space or "by", not a
    colon: a link of the credit's chain, shown as printed ("Skjermdump / Way Back
    Machine", "Pool photo by Jane Doe"; "Archieffoto: Collectie X" shows "Collectie X")."""
    if _COLON_OR_STOP.search(label):  # ("Zdjęcie ilustracyjne. Fot. X": the caption's words)
        return None
    word = _LABEL_CONNECTOR_END.sub("", label.strip(" |/-–—([（【"))
    return word.casefold() if is_role_word(g, word) else None


def _label_is_a_word(text: str, label_end: int, g: Grammar) -> bool:
    """A label word followed by a bare space and a lowercase word is part of a name,
    unless that word is a role ("Photo archives Pascal Delattre - VDNPQR")."""
    sep = text[:label_end]
    if _COPYRIGHT_SIGN.search(sep):
        return False  # "© climatereanalyzer.org", "© imago/…": a sign is no word of a name
    following = text[label_end:].split(" ", 1)[0]
    return (sep[-1:].isspace() and not _LABEL_PUNCT.search(sep) and following[:1].islower()
            and not _BY.match(text[label_end:])  # "Top photo by X": "by" closes the label
            and not is_role_word(g, following))


def _opens_with_agency(text: str, label_end: int, registry: Registry) -> bool:
    if _COLON_OR_STOP.search(text[:label_end]):
        return False  # a name never runs across the label's colon ("Ảnh: A LỘC" is no "ANHA")
    name = registry.name_at_start(text[: label_end + 40])
    return name is not None and name.end > label_end - 1


# -- 3. split_pieces -----------------------------------------------------------------


def split_pieces(text: str, g: Grammar, photographer: bool) -> list[Piece]:
    """The credit cut at its separators, each piece knowing how it was introduced."""
    pieces: list[Piece] = []
    for chunk in _bracket_chunks(text):
        split = _SEPARATOR.split(chunk) if not _SEPARATOR_CHARS.isdisjoint(chunk) else [chunk]
        parts, seps = split[::2], split[1::2]
        for i, part in enumerate(parts):
            sep_before = seps[i - 1].strip() if i > 0 else ""
            sep_after = seps[i].strip() if i < len(seps) else ""
            for sub in _SENTENCE_BREAK.split(part) if "." in part else (part,):
                piece = Piece(
                    text=sub.strip(),
                    after_eq=sep_before in ("=", "＝"),
                    before_eq=sep_after in ("=", "＝"),
                    dash_before=sep_before in ("-", "–", "—"),
                    comma_before=sep_before == ",",
                    person_context=photographer and not pieces,
                )
                pieces.extend(_split_via(piece, g))
    return [p for p in pieces if p.text]


# Separators inside a registry name ("RFE/RL", "CBC/Radio-Canada") stand in for
# themselves as private-use characters while the credit is cut into pieces.
_PROTECT = str.maketrans({"/": "\ue000", ",": "\ue001", "|": "\ue002", ";": "\ue003", "=": "\ue004",
                          "-": "\ue005", " ": "\ue006", "&": "\ue007"})
_UNPROTECT = str.maketrans({v: chr(k) for k, v in _PROTECT.items()})


@lru_cache(maxsize=8)
def _compound_names(registry: Registry, g: Grammar) -> regex.Pattern[str] | None:
    """Registry names that hold a separator or a joining word ("Focus on Sport"),
    longest first, as one pattern."""
    names = sorted({n for agency in registry for n in agency.names
                    if _SEPARATOR.search(n) or _holds_joining_word(n, g, registry)}, key=len, reverse=True)
    if not names:
        return None
    return regex.compile(r"(?<![\w])(?:" + "|".join(regex.escape(n) for n in names) + r")(?![\w])", regex.IGNORECASE)


def _holds_joining_word(name: str, g: Grammar, registry: Registry) -> bool:
    """A via, for or and word inside a name, where the splitter would cut it ("Focus on
    Sport"). A name that is itself a chain ("Cal Sport Media via AP": an agency after
    the word) or holds brackets is left to the splitter, which reads its parts."""
    if "(" in name:
        return False
    if "&" in name:
        return True  # "imago stock&people", "Bauer & Söhne": "&" joins within a name
    if " " not in name:
        return False
    text = f" {name} "
    joins = [m for gated in (g.via, g.for_word, g.and_word) for m in gated.pattern.finditer(text)]
    return bool(joins) and registry.lookup(text[max(m.end() for m in joins):].strip()) is None


# A company's legal form after a comma belongs to its name ("CQ-Roll Call, Inc").
_LEGAL_FORM_TAIL = regex.compile(
    r",\s*(?:Inc|Ltd|LLC|Corp|PLC|plc|GmbH|AG|KG|S\.A|SpA|S\.p\.A|Srl|SL|S\.L|BV|NV|AB|ASA|Oy|Pty Ltd)\.?(?![\w])")


def _protect_compound_names(text: str, registry: Registry, g: Grammar) -> str:
    if "," in text:
        text = _LEGAL_FORM_TAIL.sub(lambda m: m.group().translate(_PROTECT), text)
    pattern = _compound_names(registry, g)
    # (Gating the pattern by the names' opening words, as the word lists are, cost more
    # than it saved: credit lines are short, and their word runs seldom read again.)
    if pattern is None:
        return text
    has_separator = not _SEPARATOR_CHARS.isdisjoint(text) and _SEPARATOR.search(text)
    if not (has_separator or g.joining_words.may_stand_in(text)):
        return text
    return pattern.sub(lambda m: m.group().translate(_PROTECT), text)


@lru_cache(maxsize=16384)
def _split_via(piece: Piece, g: Grammar) -> tuple[Piece, ...]:
    # Cached: the same pieces come back in credit after credit.
    if not g.joining_words.may_stand_in(piece.text):
        return (piece,)  # no "via", "for" or "and" word (nor "、", "&"): nothing to cut
    return tuple(_split_via_words(piece, g))


def _bracket_chunks(text: str) -> list[str]:
    """Text outside and inside bracket groups, in order: "X (Getty)" -> X, Getty."""
    if _BRACKET_OR_MARK.isdisjoint(text):
        return [text.strip()] if text.strip() else []  # no bracket: one chunk
    chunks: list[str] = []
    pos = 0
    # "Natl Inst. for Space Research (INPE)": an acronym in brackets belongs to its name.
    text = _ACRONYM_GROUP.sub(lambda m: f" \u27e8{m.group(1)}\u27e9", text)
    for m in _BRACKET_GROUP.finditer(text):
        chunks += [text[pos:m.start()], m.group(1)]
        pos = m.end()
    chunks.append(text[pos:])
    return [c.replace("\u27e8", "(").replace("\u27e9", ")").strip() for c in chunks if c.strip()]


def _split_via_words(piece: Piece, g: Grammar) -> list[Piece]:
    """"KCNA via KNS" -> KCNA, KNS (distributor); "via REUTERS" after a slash likewise."""
    text = " " + piece.text + " "
    parts = g.via.split(text)
    if len(parts) == 1:
        return _split_for(piece, g)
    out = []
    if _is_bare_label(parts[0].strip(), g):
        parts[0] = ""  # "Image via Getty Images": a label word, then who passed it on
    for i, part in enumerate(parts):
        if part.strip():
            first, last = i == 0, i == len(parts) - 1
            sub = piece._replace(text=part.strip(), distributor=piece.distributor or not first,
                          after_eq=piece.after_eq and first, before_eq=piece.before_eq and last,
                          dash_before=piece.dash_before and first, person_context=piece.person_context and first)
            out.extend(_split_for(sub, g))
    return out


def _split_for(piece: Piece, g: Grammar) -> list[Piece]:
    """"Clara Benson for The Washington Post": only when a person stands on the left."""
    m = g.for_word.search(piece.text)
    if m and classify(piece.text[: m.start()], g) is Kind.PERSON:
        left = piece._replace(text=piece.text[: m.start()].strip(), person_context=True, before_eq=False)
        right = Piece(piece.text[_for_word_end(piece.text, m):].strip(), distributor=piece.distributor,
                      before_eq=piece.before_eq, commissioned_by=True)
        return _split_and(left, g) + [right]
    return _split_and(piece, g)


def _for_word_end(text: str, m: regex.Match[str]) -> int:
    """Where the publication starts after "pour le", "für die": a capitalised article
    belongs to its name ("pour Le Monde", "für Die Zeit", "para El País")."""
    words = m.group().split()
    if len(words) >= 2 and words[-1][:1].isupper():
        return m.start() + m.group().rstrip().rfind(words[-1])
    return m.end()


def _split_and(piece: Piece, g: Grammar) -> list[Piece]:
    """"Nell Foster and Ivan Brooks", "赵强、孙丽": several names in one piece."""
    opening = g.and_word.match(" " + piece.text)
    # "X, left, and Mark Von Holden": the list's last name after its comma. Only a
    # lowercase word: "Dan Bashakov" opens with the Indonesian "dan" (and) in capitals.
    if opening and opening.group().strip().islower():
        piece = piece._replace(text=(" " + piece.text)[opening.end():].strip(), listed=True)
    parts = [p.strip() for p in g.and_word.split(piece.text) if p and p.strip()]
    if len(parts) < 2:
        return [piece]
    words_split = "、" not in piece.text and "&" not in piece.text
    if words_split and classify(parts[0], g) is not Kind.PERSON:
        return [piece]  # "Department of Health and Human Services" stays whole
    if "&" in piece.text and has_org_word(g, parts[-1]) and not has_org_word(g, parts[0]) \
            and not has_given_name(parts[0], g):
        return [piece]  # "Lake Dunmore Fish & Game Club": one organisation's name
    # "新华社记者 赵强、孙丽 摄": the reporter marker speaks for every name of the list.
    marked = piece.person_context or bool(g.reporter.search(piece.text) or g.photo_taken.search(piece.text))
    return [piece._replace(text=p, person_context=marked, listed=True) for p in parts]


# -- 4. read_piece -------------------------------------------------------------------


@lru_cache(maxsize=16384)
def read_piece(piece: Piece, registry: Registry, g: Grammar) -> PieceReading:
    """What one piece names. Cached (pieces repeat from credit to credit; the result
    is immutable)."""
    reading = Reading()
    agencies = _read_piece_into(piece, registry, g, reading)
    return PieceReading(
        agencies=tuple(agencies), creators=tuple(reading.creators), roles=tuple(reading.roles),
        unsure=tuple(name for _, name, _ in reading.unsure), lone_names=tuple(reading.lone_names),
        handles=tuple(reading.handles),
    )


def _read_piece_into(piece: Piece, registry: Registry, g: Grammar, reading: Reading) -> list[AgencyRef]:
    """Add what one piece names to ``reading``; return the agencies it named."""
    text = piece.text
    if _ANY_DIGIT.search(text) and (not text.isascii() or "19" in text or "20" in text or "." in text):
        text = _DATES.sub(" ", text)  # (in ASCII text a date is a year, 19xx or 20xx, or "5.mar.24")
    if "@" in text:
        # "김봉규 선임기자 bong9@hani.co.kr": the reporter's address after the name is no name.
        text = _EMAIL.sub(" ", text) if _EMAIL.sub("", text).strip(" .,;:()") else text
    text = text.strip(" .,;:'\"")
    m = g.courtesy.match(text) if not is_role_word(g, text) else None  # ("提供写真" is one role word)
    if m:
        reading.roles.append("courtesy")
        text = text[m.end():].strip(" '\"«»“”‘’„")  # "Cedida por la 'Plataforma …'": the name, unquoted
    role = _ROLE_LABEL.match(text) if (":" in text or "：" in text) else None
    if role and is_role_word(g, role.group(1)):  # "[File: Jane Doe/Reuters]"
        reading.roles.append(role.group(1).casefold())
        text = text[role.end():].strip()
    elif role and is_production_role(g, role.group(1)):  # "X. Styling: Kate Doe. Haare: Syd Roe"
        reading.roles.append(role.group(1).casefold())
        return []
    # ("Direitos reservados", rights reserved, is a role as well as a copyright phrase:
    # under a picture, the paper does not say whose it is.)
    text = text if is_role_word(g, text) else _strip_piece_label(text, g)
    if not text or g.copyright_phrase.fullmatch(text) and not is_role_word(g, text):
        return []  # "All rights reserved"
    if is_role_word(g, text) or is_production_role(g, text):  # "Handout"; "Hair" of "Hair & make-up: X"
        reading.roles.append(text.casefold())
        return []
    count = _GALLERY_COUNT.match(text)
    if count and _is_bare_label(count.group(1), g):
        return []  # "9 Photos": a gallery's counter names nobody
    if "." in text and _DOMAIN.match(text):
        return _read_domain(text, piece, registry)
    matches = registry.find_all(text)
    if matches:
        return _read_with_agencies(text, matches, piece, g, reading)
    return _read_without_agencies(text, piece, g, reading)


def _strip_piece_label(text: str, g: Grammar) -> str:
    """A label opening one piece ("AP/X/Photo montage by Salon", "X/Copyright 2026 The AP"):
    only when a colon, a closing "by" or a copyright word says it is one."""
    copyright_word = g.copyright_phrase.match(text)
    if copyright_word:
        text = _DATES.sub(" ", text[copyright_word.end():], count=1).strip()
        text = regex.sub(r"^(?:the|The)\s+", "", text)  # "Copyright 2026 The AP"
        if not _ANY_LETTER.search(text):
            return ""  # "CC BY 2.0": a licence and its version
    label = g.leading_label.match(text)
    if label and (":" in text or "：" in text
                  or closed_by_connector(label.group())):
        return text[label.end():].strip()
    return text


def _read_domain(text: str, piece: Piece, registry: Registry) -> list[AgencyRef]:
    """"Shutterstock.com", "ABACAPRESS.COM", "n-tv.de": the whole name, or the name
    without its domain; never a part of it (n-tv.de is not NTV)."""
    name, tld = text.rsplit(".", 1)
    agency = registry.lookup(text) or (registry.lookup(name) if tld.lower() in ("com", "net", "org") else None)
    if agency:
        return [_agency_ref(agency, text, piece.distributor)]
    return [AgencyRef(id=None, name=text, role="distributor" if piece.distributor else "source", raw=text)]


# Kinds of organisation that distribute other agencies' pictures.
_PASSING_ON_KINDS = frozenset({"wire", "national-agency", "photo-agency"})


def _spaced_after_agency(text: str, matches, k: int) -> bool:
    """"AP 연합뉴스", "AFP Getty Images": of two known agencies that make up the whole part,
    with only a space between, the second passed the picture on (as in "AP=연합뉴스").
    Only agencies pass pictures on: "OSM Datawrapper" names two map tools, and a longer
    run ("… Infografik OSM Datawrapper") is a list of sources."""
    return k == 1 and len(matches) == 2 and matches[1].agency.id != matches[0].agency.id \
        and matches[1].agency.kind in _PASSING_ON_KINDS \
        and not text[:matches[0].start].strip() and not text[matches[1].end:].strip() \
        and not text[matches[0].end:matches[1].start].strip()


def _agency_ref(agency, raw: str, distributor: bool) -> AgencyRef:
    return AgencyRef(id=agency.id, name=agency.name_as_printed(raw), role="distributor" if distributor else "source",
                     raw=raw, kind=agency.kind)


def _read_with_agencies(text, matches, piece: Piece, g: Grammar, reading: Reading) -> list[AgencyRef]:
    if _name_hides_an_alias(text, matches, g):
        reading.creators.append(text)  # "Petra Lenz", "Charles Rex Arbogast": not agencies
        return []
    if _opens_a_longer_name(text, matches, g):  # the body by its printed name, under its institution's id
        name = text.strip()
        return [AgencyRef(id=matches[0].agency.id, name=name, role="distributor" if piece.distributor else "source",
                          raw=name, kind=matches[0].agency.kind)]
    refs = [_agency_ref(m.agency, m.raw, piece.distributor or _spaced_after_agency(text, matches, k))
            for k, m in enumerate(matches)]
    rest, pos = [], 0
    for m in matches:
        rest.append(text[pos:m.start])
        pos = m.end
    rest.append(text[pos:])
    for leftover in rest:
        handle = _HANDLE_AT_END.search(leftover) if "@" in leftover else None
        if handle and not _CAPITAL.search(leftover[: handle.start()]):
            # "Instagram @prefeiturasp", "Telegram-канал @bazabazon": the account the picture came from
            refs.append(AgencyRef(id=None, name=handle.group(1), role="source", raw=handle.group(1)))
        else:
            _read_leftover(leftover, piece, g, reading)
    return refs


_HANDLE_AT_END = regex.compile(r"(?:^|\s)(@[\p{L}\p{N}_.]{2,40})\s*$")
_CAPITAL = regex.compile(r"\p{Lu}")


def _opens_a_longer_name(text: str, matches, g: Grammar) -> bool:
    """"U.S. Army Corps of Engineers", "Cumhurbaşkanlığı Basın Ofisi": a known
    institution opening the name of one of its bodies, reported by that name."""
    if len(matches) != 1 or matches[0].agency.kind != "institution" or text[:matches[0].start].strip():
        return False
    rest = text[matches[0].end:]
    return rest[:1] == " " and rest[1:2].isupper() and classify(rest, g) is Kind.ORG


def _name_hides_an_alias(text: str, matches, g: Grammar) -> bool:
    """A person's name with an agency's short alias inside it (Petra, Rex, Ansa):
    the piece is person-shaped, opens with a given name, and the match is one word
    of it rather than the whole piece."""
    if len(matches) != 1 or (matches[0].end - matches[0].start) == len(text):
        return False
    if len(text.split()) < 2 or classify(text, g) is not Kind.PERSON:
        return False
    raw = matches[0].raw
    before = text[: matches[0].start]
    if raw.isupper() and len(raw) >= 2 and matches[0].end == len(text.rstrip()) and len(before.split()) >= 2 \
            and not before.isupper():
        return False  # "Chema Moya EFE" (El Mundo): the photographer, then the agency's acronym
    rest = (before + " " + text[matches[0].end:]).split()
    # A capitalised word (not an acronym such as AFP) beside other name words; a long
    # one opening the piece is the agency's own desk ("Суспільне Одеса").
    opens_long = matches[0].start == 0 and len(raw) >= 8
    return has_given_name(text, g) or (raw.istitle() and " " not in raw and not opens_long
                                       and not any(is_role_word(g, w) for w in rest))


def _read_leftover(text: str, piece: Piece, g: Grammar, reading: Reading) -> None:
    """Text beside an agency name: a reporter's name (新华社记者 张三 摄, News1 김민지 기자),
    a role word (자료사진, 檔案照片), or noise (dateline places, "发")."""
    if not text.strip(_NOTHING_LEFT):
        return  # the agency was the whole piece: nothing beside it
    if g.words_have_letters and not _NAME_CHAR.search(text):
        return  # "Getty Images 2023": no marker, role word or name is written without letters
    marked = bool(g.reporter.search(text) or g.photo_taken.search(text))
    first, _, rest = text.strip().partition(" ")
    if text[:1].isspace() and rest and first.casefold() in CLOSING_CONNECTORS:
        # "PNA photo by Connie Calipay", "AFP Photo by Jane Roe": the agency's picture,
        # taken by the person named after "by"
        text, marked = rest, True
    text = _strip_markers(text, g, marked)
    if not text or is_role_word(g, text):
        if text:
            reading.roles.append(text.casefold())
        return
    # ("Bo Amstrup © Ritzau Scanpix": the sign between the photographer and the agency.)
    text = g.role_word_inside.sub(" ", text).strip(" .,;:：©ⓒⒸ")
    if ": " in text:  # "ABC North Coast: Hannah Ross": the agency's desk, then the photographer
        text = text.rsplit(": ", 1)[1]
    if not text or piece.before_eq:
        return  # "평양 조선중앙통신=…": the place in a dateline
    kind = classify(text, g, person_context=marked)
    if kind is Kind.PERSON and (marked or len(text.split()) >= 2):
        reading.creators.append(text)


def _is_bare_label(text: str, g: Grammar) -> bool:
    """A label word and nothing else ("Image", "Photo")."""
    if not text:
        return False
    label = g.leading_label.match(text + ":")
    return label is not None and label.end() >= len(text)


def _strip_markers(text: str, g: Grammar, marked: bool) -> str:
    if marked:  # (the caller searched for markers: without one there is none to remove)
        text = g.reporter.sub(" ", text)
        text = g.photo_taken.sub(" ", text)
    if not (text.isascii() and text.isprintable() and "  " not in text):  # else single spaces only
        text = _SPACES.sub(" ", text)
    text = text.strip(" .,;:・" + SCRIPT_STOPS)
    return text if _balanced(text) else text.strip("()（）")


def _read_without_agencies(text: str, piece: Piece, g: Grammar, reading: Reading) -> list[AgencyRef]:
    reporter = g.reporter.search(text)
    if reporter and reporter.start() > 0 and text[reporter.end():].strip(" 　"):
        # "人民网记者 周涛 摄": an organisation the registry lacks, then its reporter
        # (in "박지훈 기자" the marker closes the name instead).
        org = text[: reporter.start()].strip()
        _read_leftover(text[reporter.start():], piece, g, reading)
        return [AgencyRef(id=None, name=org, role="source", raw=org)] if org else []
    marked = bool(reporter or g.photo_taken.search(text))
    name = _strip_markers(text, g, marked).lstrip(":：=＝ ")  # "摄影：张三" leaves its colon
    if not name:
        return []
    if is_role_word(g, name):
        reading.roles.append(name.casefold())
        return []
    # "沖縄県提供", "부산시 제공. 재판매 및 DB 금지": the organisation, and the role words
    # written onto its name.
    suffix = _attached_role_suffix(name.rstrip(" .。,"), g)
    while suffix:
        reading.roles.append(suffix)
        name = name.rstrip(" .。,")[: -len(suffix)].strip()
        suffix = _attached_role_suffix(name.rstrip(" .。,"), g)
    prefix = _leading_role(name, g)
    titled = False
    if prefix:  # "materiały prasowe GDDKiA": press material of the office named after it
        reading.roles.append(prefix)
        name = name[len(prefix):].strip()
        titled = name.split()[0].casefold() in _articles(g)  # "Archivo El Heraldo del Sur"
    if piece.before_eq:
        return []  # "(서울=연합뉴스)": a dateline place, not a credit
    honorific = _JAPANESE_HONORIFIC.search(name) if is_cjk(name[-1:]) else None
    if honorific and honorific.start() >= 1:  # "本田さん提供": provided by Mr Honda, a person
        name, marked = name[: honorific.start()], True
    kind = classify(name, g, person_context=marked or piece.person_context)
    if (piece.commissioned_by or titled) and kind in (Kind.PERSON, Kind.UNSURE):
        kind = Kind.ORG  # a photographer works "for" a publication, not for a person
    if kind is Kind.PERSON:
        reading.creators.append(name)
        if not (marked or piece.person_context or piece.listed):
            reading.lone_names.append(name)
    elif kind is Kind.ORG:
        return [AgencyRef(id=None, name=name, role="distributor" if piece.distributor else "source", raw=name)]
    elif kind is Kind.UNSURE:
        reading.unsure.append((len(reading.agencies), name, piece))
    elif kind is Kind.HANDLE:
        reading.handles.append(name)
    return []


@lru_cache(maxsize=8)
def _cjk_role_words(g: Grammar) -> tuple[str, ...]:
    """Role words of scripts without spaces, longest first: they are written onto the
    name they follow ("沖縄県提供", "遺族提供")."""
    return tuple(sorted((w for w in g.vocab.role_words if is_cjk(w)), key=len, reverse=True))


def _attached_role_suffix(name: str, g: Grammar) -> str | None:
    if not name:
        return None
    if not is_cjk(name[-1]):
        # "UBND TP Hội An cung cấp": a role word in lower case closing the name ("provided").
        words = name.split()
        for size in (2, 1):
            tail = " ".join(words[-size:])
            if len(words) > size and tail.islower() and is_role_word(g, tail):
                return tail
        if len(words) == 2 and words[0].isupper() and len(words[0]) <= 4 and words[0].casefold() not in _articles(g) \
                and (is_role_word(g, words[1]) or words[1].casefold() in PICTURE_WORDS):  # ("LA PRENSA": a title)
            return words[1]  # "HT Photo", "ST FILE": a paper's initials and what the picture is
        return None
    return next((w for w in _cjk_role_words(g) if len(name) > len(w) and name.endswith(w)), None)


def _leading_role(name: str, g: Grammar) -> str | None:
    """A role word opening a name in a script with spaces, then a capitalised name: in
    lower case ("materiały prasowe GDDKiA", "arquivo pessoal Ana Lima"), or capitalised
    before a title that opens with its article ("Archivo El Heraldo del Sur") or before a
    person's name ("ARCHIVES THOMAS BRÉGARDIS"). A press
    office stays part of the name ("Ufficio stampa Quirinale", "Humas Polda Metro Jaya")."""
    words = name.split()
    for size in (2, 1):
        head = " ".join(words[:size])
        if len(words) <= size or not words[size][:1].isupper() or not is_role_word(g, head):
            continue
        if head.islower() or words[size].casefold() in _articles(g) \
                or has_given_name(" ".join(words[size:]), g):  # "Archives Thomas Brégardis"
            return head
    return None


# A Japanese honorific after a name: the name is a person's ("本田さん", "田中氏").
_JAPANESE_HONORIFIC = regex.compile(r"(?:さん|氏|様)$")


@lru_cache(maxsize=8)
def _articles(g: Grammar) -> frozenset[str]:
    """Every article of the language files: after a role word even "El" opens a title."""
    return frozenset(a.casefold() for a in g.vocab.articles if a.isalpha())


# -- 5. roles and 6. merge ----------------------------------------------------


def _settle_unsure(reading: Reading, registry: Registry) -> None:
    """One capitalised word the shape could not settle: after a known agency it is the
    photographer ("Getty Images/Juanmonino"), and so it is anywhere beside a site its
    authors upload to ("Timur / flickr"); otherwise an organisation ("Lego")."""
    uploads = any(a.id and registry.get(a.id).uploads for a in reading.agencies) if reading.unsure else False
    # From the last: an insertion then never shifts the places of those still to come.
    for agencies_before, name, piece in reversed(reading.unsure):
        known_before = any(a.id for a in reading.agencies[:agencies_before])
        if known_before and piece.comma_before and not piece.distributor:
            continue  # "Natl Inst. for Space Research (INPE), Brazil": where, not who
        if (known_before or uploads) and not piece.distributor:
            reading.creators.append(name)
        else:
            reading.agencies.insert(agencies_before, AgencyRef(
                id=None, name=name, role="distributor" if piece.distributor else "source", raw=name))


def _one_of_two_names_is_the_agency(reading: Reading, g: Grammar) -> None:
    """"Lokalblatt Nord/Max Muster": two person-shaped names and no agency. Credits pair
    a photographer with whoever supplied the picture, so one name is an organisation:
    the one that does not open with a given name, else the first."""
    if reading.agencies or reading.unsure or len(reading.lone_names) != 2:
        return
    first, second = reading.lone_names
    if first.casefold() == second.casefold():
        return  # "Anett Seidler | Anett Seidler": printed twice
    org = second if has_given_name(first, g) and not has_given_name(second, g) else first
    if not has_given_name(first, g) and not has_given_name(second, g) \
            and _opens_with_article(second, g) and not _opens_with_article(first, g):
        org = second  # "Eddy Mottaz / Le Temps": a title opens with its article
    if has_given_name(org, g) and not has_given_name(first if org == second else second, g):
        return
    if has_given_name(first, g) and has_given_name(second, g):
        return  # two photographers
    reading.creators.remove(org)
    reading.agencies.append(AgencyRef(id=None, name=org, role="source", raw=org))


def _opens_with_article(name: str, g: Grammar) -> bool:
    first = name.split()[0]
    return len(first) > 1 and first[:1].isupper() and first.casefold() in _articles(g)


def merge_agencies(agencies: list[AgencyRef]) -> list[AgencyRef]:
    """One entry per agency. Named twice, once as distributor ("朝鮮通信社/KCNA via KNS"),
    it is the distributor, in the distributor's place."""
    def ident(a: AgencyRef) -> str:
        return a.id or a.name.casefold()

    distributors = {ident(a) for a in agencies if a.role == "distributor"}
    seen: set[str] = set()
    out = []
    for a in agencies:
        k = ident(a)
        if k in seen or (k in distributors and a.role == "source"):
            continue
        seen.add(k)
        out.append(a)
    return out


def _unique(names: list[str]) -> list[str]:
    """Each name once, the first spelling kept: "Hannes P. Albert" and "Hannes P Albert"
    are one photographer printed twice."""
    seen, out = set(), []
    for n in names:
        k = _NAME_KEY_DROP.sub("", n.casefold())
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out


_NAME_KEY_DROP = regex.compile(r"[\s.\-‐‑’']+")


def _copyright_holder(credit: str, g: Grammar) -> str | None:
    sign = _COPYRIGHT_SIGN.search(credit)
    if sign and credit[: sign.start()].strip() and credit[sign.end():].strip():
        credit = credit[sign.end():]  # "Bo Amstrup © Ritzau Scanpix": the holder follows the sign
    holder = _COPYRIGHT_OR_YEAR.sub(" ", credit)
    holder = g.copyright_phrase.sub(" ", holder)
    holder = _SPACES.sub(" ", holder).strip(" .,;:-")
    return holder or None


def parse_credit(text: str, registry: Registry | None = None) -> Credit:
    """Take a credit line apart into creators, agencies (source or distributor) and
    copyright. Never raises on any string; an empty one gives an empty Credit."""
    if not isinstance(text, str):
        raise TypeError(f"parse_credit expects a str, not {type(text).__name__}")
    return _parse_cached(text, registry or default_registry())


@lru_cache(maxsize=16384)
def _parse_cached(text: str, registry: Registry) -> Credit:
    # Archives repeat the same few thousand credit strings, and the caption splitter asks
    # about several candidates a line; results are immutable (16384 of them: ~7 MB).
    g = grammar()
    clean = sanitize(text)
    credit, shown, kept_role, copyright_sign, photographer = strip_labels(clean, g, registry)
    text = printable(text)
    if not credit:
        return Credit(input=text, credit=None)
    protected = _protect_compound_names(credit, registry, g)
    pieces = split_pieces(protected, g, photographer)
    if protected is not credit:
        pieces = [p._replace(text=p.text.translate(_UNPROTECT)) for p in pieces]
    reading = read_pieces(pieces, registry, g)
    copyright_text = _copyright_holder(credit, g) if copyright_sign else None
    roles = tuple(dict.fromkeys((kept_role, *reading.roles) if kept_role else reading.roles))
    return Credit(
        input=text,
        credit=shown,
        creators=tuple(_unique(reading.creators)),
        agencies=tuple(merge_agencies(reading.agencies)),
        copyright=copyright_text,
        roles=roles,
    )


def read_pieces(pieces: list[Piece], registry: Registry, g: Grammar) -> Reading:
    """Read the pieces in order, giving each agency its role from its neighbours."""
    reading = Reading()
    previous_had_agency = False
    for piece in pieces:
        if piece.after_eq and previous_had_agency:
            piece = piece._replace(distributor=True)  # "AFP＝時事", "[신화=연합뉴스]"
        part = read_piece(piece, registry, g)
        reading.creators += part.creators
        reading.roles += part.roles
        if part.unsure:
            reading.unsure += [(len(reading.agencies), name, piece) for name in part.unsure]
        reading.lone_names += part.lone_names
        reading.handles += part.handles
        found = list(part.agencies)
        if found and piece.dash_before and previous_had_agency and all(a.id for a in found):
            found = [_as_distributor(a) for a in found]  # "AFP - Getty Images"
        reading.agencies.extend(found)
        if found or not piece.after_eq:
            previous_had_agency = bool(found)
    _settle_unsure(reading, registry)
    _settle_handles(reading)
    _one_of_two_names_is_the_agency(reading, g)
    _han_name_beside_a_photo_agency(reading, registry)
    return reading


_HAN_NAME = regex.compile(r"^\p{Han}{2,4}$")
_PHOTO_KINDS = frozenset({"photo-agency", "stock"})


def _han_name_beside_a_photo_agency(reading: Reading, registry: Registry) -> None:
    """"写真：中村拓也/アフロ": two to four Han characters the registry does not know,
    beside a photo agency or stock library, name its photographer (Han text gives no
    capitals to tell a name by)."""
    if not any(a.id and registry.get(a.id).kind in _PHOTO_KINDS for a in reading.agencies):
        return
    for agency in [a for a in reading.agencies if a.id is None and _HAN_NAME.match(a.name)]:
        reading.agencies.remove(agency)
        reading.creators.append(agency.name)


def _settle_handles(reading: Reading) -> None:
    """A lowercase word is a stock photographer's user name beside a known agency
    ("evgenyb/iStock/Getty Images"); alone it is a plain word ("Courtesy of the family")."""
    if any(a.id for a in reading.agencies):
        reading.creators.extend(reading.handles)


def _as_distributor(a: AgencyRef) -> AgencyRef:
    return AgencyRef(id=a.id, name=a.name, role="distributor", raw=a.raw, kind=a.kind)
