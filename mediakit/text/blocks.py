"""From raw text to *units*: the lines a reader sees, with hard wrapping undone.

A unit is one line of the article after normalisation (CRLF, NFC, invisible characters)
and after joining the lines of a hard-wrapped paragraph. Units remember the blank-line
block they sit in, because a credit written on the line right under (or over) its
caption, with no blank line between, belongs to that caption.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from mediakit.lang.patterns import SCRIPT_STOPS

# Characters that carry no text: zero-width spaces, word joiners, BOM and the bidi marks
# some right-to-left exports scatter through lines. The zero-width joiner and non-joiner
# (U+200C/D) stay: they spell Persian and Indic words ("می‌خواهم") and emoji sequences.
# The soft hyphen stays too: it is the article's own hyphenation point ("Netan\u00adyahu"),
# kept by the HTML reader as well, so a body quoted from the source still matches it.
_INVISIBLE_RE = re.compile("[\u200b\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f]+")

_MD_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# (An address may hold brackets of its own: "…/filters:format(webp):quality(85)/….jpg".)
_MD_IMAGE_RE = re.compile(
    r"^!\[(?P<alt>[^\]]*)\]\((?P<src>(?:[^()\s]|\([^()\s]*\))*)(?:\s+\"(?P<title>[^\"]*)\")?\)\s*(?P<rest>.*)$")
_MD_QUOTE_RE = re.compile(r"^>\s?")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")
_MD_ITALIC_RE = re.compile(r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])")
# "_Waves over the harbour wall. Photo: Jane Doe/AFP_"; not inside snake_case words.
_MD_UNDERSCORE_ITALIC_RE = re.compile(r"(?<![\w_])_(?![\s_])(.+?)(?<![\s_])_(?![\w_])")
_MD_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")

# A line that ends a sentence (Latin, CJK, Arabic, Devanagari full stops, closing quotes).
# A bracketed signature after the stop ("…。【ソウル＝山田】") still ends a sentence.
SENTENCE_END_RE = re.compile(rf"[.!?…。！？؟{SCRIPT_STOPS}][\"'»«”“„’‘›‹」』)）\]]*(?:【[^】]{{1,40}}】)?$")
# A line that ends with a full stop (not a question or exclamation), closing quotes after it.
FULL_STOP_END_RE = re.compile(r"[.。．][\"'»”’」』)）]*$")
# Wrapped lines are long; a short line under a long one is the end of its paragraph.
_MIN_WRAP_WIDTH = 40
_OPENS_OWN_LINE_RE = re.compile(r"^(?:[©ⓒⒸ]|\(c\)|[-*•]\s|\d{1,3}[.)]\s|\S{1,20}\s?[:：=]\s|#|!\[|>)", re.IGNORECASE)
_MAX_WRAP_WIDTH = 110
# Fewer long lines than this say nothing about wrapping.
_MIN_WRAPPED_LINES = 4
# A wrapped line falls short of the width by at most the next word's length.
_LONGEST_WRAPPED_WORD = 30
# ... and runs past it only by a word too long to break (a URL).
_OVERFLOW = 2


@dataclass(frozen=True, slots=True)
class Unit:
    """One line of the article as a reader sees it."""

    index: int  # position among units
    line: int  # 1-based line number in the input where the unit starts
    block: int  # blank-line-separated block the unit sits in
    text: str
    heading_level: int = 0  # Markdown '#' count, 0 when not a Markdown heading
    image_src: str | None = None  # Markdown image: ![alt](src)
    image_alt: str | None = None
    image_title: str | None = None  # ![alt](src "title"): a caption or credit some exports keep there

    @property
    def is_markdown_image(self) -> bool:
        return self.image_src is not None


# "（Ｃ）" in full-width letters is the copyright sign of Japanese credits ("石川（Ｃ）共同通信社");
# the credit splitter knows it as "(C)".
_FULLWIDTH_COPYRIGHT_RE = re.compile(r"（[CcＣｃ]）|\([Ｃｃ]\)")


def normalise(text: str) -> str:
    """Unified line breaks, NFC, no invisible characters, single spaces, and HTML
    character references decoded (CMS exports keep "&nbsp;- Belga", "Fish &amp; Game")."""
    if "&" in text and _CHAR_REFERENCE_RE.search(text):
        text = html.unescape(text)
    text = _LINE_BREAKS_RE.sub("\n", text)
    text = _INVISIBLE_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _FULLWIDTH_COPYRIGHT_RE.sub("(C)", text)
    return "\n".join(_SPACES_RE.sub(" ", line).strip() for line in text.split("\n"))


# A named or numeric character reference: "&nbsp;", "&amp;", "&#8217;", "&#x2019;".
_CHAR_REFERENCE_RE = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")


def split_units(text: str) -> list[Unit]:
    """The units of a normalised text, hard-wrapped paragraphs joined."""
    raw_lines = text.split("\n")
    width = _wrap_width(raw_lines)
    units: list[Unit] = []
    block = 0
    pending: list[tuple[int, str]] = []  # (line number, text) of the current paragraph
    previous_blank = True

    def flush() -> None:
        if pending:
            units.append(_make_unit(len(units), pending[0][0], block, " ".join(t for _, t in pending)))
            pending.clear()

    for number, line in enumerate(raw_lines, start=1):
        if not line:
            flush()
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        previous_blank = False
        if pending and _continues(pending[-1][1], line, width):
            pending.append((number, line))
            continue
        flush()
        pending.append((number, line))
    flush()
    return units


def _make_unit(index: int, line: int, block: int, text: str) -> Unit:
    heading = _MD_HEADING_RE.match(text)
    if heading:
        return Unit(index, line, block, _clean_markdown(heading.group(2)), heading_level=len(heading.group(1)))
    image = _MD_IMAGE_RE.match(text)
    if image:
        alt = image.group("alt").strip() or None
        title = (image.group("title") or "").strip() or None
        return Unit(index, line, block, image.group("rest").strip(), image_src=image.group("src"), image_alt=alt,
                    image_title=title)
    return Unit(index, line, block, _clean_markdown(_MD_QUOTE_RE.sub("", text)))


def _clean_markdown(text: str) -> str:
    """Markdown markup a reader does not see: emphasis, and link targets ([text](url))."""
    if "*" in text or "_" in text:
        text = _MD_ITALIC_RE.sub(r"\1", _MD_EMPHASIS_RE.sub(r"\2", text))
        text = _MD_UNDERSCORE_ITALIC_RE.sub(r"\1", text)
    if "](" in text:
        text = _MD_LINK_RE.sub(r"\1", text)
    return text.strip()


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or None when it is not wrapped.

    In a wrapped text most long lines end within a few characters of one width; in an
    unwrapped one, paragraph lengths are spread out.
    """
    lengths = [len(line) for line in lines if len(line) >= _MIN_WRAP_WIDTH]
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = max(set(lengths), key=lambda w: sum(1 for n in lengths if w - 12 <= n <= w))
    if width > _MAX_WRAP_WIDTH:
        return None
    near = sum(1 for n in lengths if width - 12 <= n <= width)
    # Paragraphs of similar length separated by blank lines are not wrapping: a wrapped
    # line has more text right under it.
    continued = sum(1 for line, following in zip(lines, lines[1:])
                    if following and width - 12 <= len(line) <= width)
    # A wrapped line mostly breaks inside a sentence; lines that all end one are
    # paragraphs of similar length written one per line.
    sentence_ends = sum(1 for line in lines if width - 12 <= len(line) <= width and SENTENCE_END_RE.search(line))
    return width if near >= 0.6 * len(lengths) and continued >= 3 and sentence_ends < 0.5 * near else None


def _bracket_closed_on(previous: str, line: str) -> bool:
    """"… on Tuesday. (ABC North" / "Queensland: Jane Roe)": a bracket the line above left
    open closes on this one, which only looks like a label opening its own line."""
    return previous.count("(") > previous.count(")") and line.count(")") > line.count("(")


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` continues the paragraph ``previous`` was wrapped from."""
    if _MD_HEADING_RE.match(line) or _MD_IMAGE_RE.match(line) or _MD_HEADING_RE.match(previous):
        return False
    if previous.endswith("-") and not previous.endswith(" -") and line[:1].islower():
        return True  # a word hyphenated across the break
    if width is None or len(previous) < width - _LONGEST_WRAPPED_WORD:
        return False  # a short line
    if len(previous) > width + _OVERFLOW and " " in previous[width:]:
        return False  # longer than the width with room to break: a line the wrapping left alone
    if _OPENS_OWN_LINE_RE.match(line) and not _bracket_closed_on(previous, line):
        return False  # the next opens a credit ("© …"), a list item, Markdown
    # Wrapping is greedy: a line ends early only when the next word did not fit on it. So a
    # line the next word would have fitted on ended its paragraph ...
    if len(previous) + 1 + len(line.split(" ", 1)[0]) < width:
        return False
    # ... and a line that was full goes on, even when it happens to end a sentence; one
    # well short of the width that ends a sentence is the end of its paragraph.
    return len(previous) >= width - 15 or not SENTENCE_END_RE.search(previous)
