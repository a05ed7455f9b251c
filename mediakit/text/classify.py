"""Block-level reading of a plain-text article: which units are the title, body,
captions, credits and bylines, and which credit belongs to which caption.

The order of decisions matters and is fixed:

1. the title (a Markdown ``#`` heading, else the first line);
2. lines that are a credit on their own (``Photo: AFP``, ``© Name / Agency``);
3. captions with their credit glued at the end (the credit splitter finds it; the
   hard negatives here reject reporting verbs, full stops after the agency, URLs);
4. each standalone credit goes to its caption: the line in the same block above it,
   else the line in the same block below it, else the nearest caption-like neighbour,
   else it stands for an image with a credit and no caption (``PHOTO: AFP``);
5. Markdown images (``![alt](src)``) take the caption line that follows them;
6. remaining lines that read as captions without a credit;
7. everything else that is article text is body, in order.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from mediakit.credits.grammar import grammar
from mediakit.credits.names import Kind, classify, is_named_person
from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Registry
from mediakit.lang.patterns import alternation
from mediakit.model import Credit, Image
from mediakit.text.blocks import FULL_STOP_END_RE, SENTENCE_END_RE, Unit
from mediakit.text.debris import (
    is_boilerplate,
    is_date_line,
    is_embed_signature,
    is_gallery_counter,
    is_rights_notice,
    is_stamp,
    is_teaser_link,
    is_time_line,
    is_video_title,
)
from mediakit.text.features import (
    BARE_CAPTION_THRESHOLD,
    CREDIT_LINE_THRESHOLD,
    GLUED_CREDIT_THRESHOLD,
    MAX_PICTURE_CAPTION_CHARS,
    Judgement,
    closes_with_when_where,
    ends_sentence,
    judge_bare_caption,
    judge_credit_line,
    judge_glued_credit,
    make_splitter,
    reads_as_list_item,
    reads_as_unpunctuated_paragraph,
    sentence_count,
    without_role_word,
    word_count,
)
from mediakit.text.words import TextWords, is_strong_label

# A caption is rarely longer than this; a longer line under a credit is body text.
MAX_CAPTION_CHARS = 420
MAX_CAPTION_SENTENCES = 4
# Lines that only separate things: "-", "***", "—".
_SEPARATOR_RE = regex.compile(r"^[\s\p{Pd}*_=~·•.]*$")
# A paragraph of running text has at least this many words.
_PARAGRAPH_WORDS = 15
# A name and nothing else, as a sentence: "Mhawukeleni Sokhela.", "Mayor Jane Doe."
_NAME_SENTENCE_RE = regex.compile(r"^(?:\p{Lu}[\p{L}'’-]*\.?\s+){1,4}\p{Lu}[\p{L}'’-]*\.$")
# A caption printed as a sentence of its own, away from its credit, has at most this many words.
_ONE_SENTENCE_CAPTION_WORDS = 40
_UNPUNCTUATED_CAPTION_WORDS = 6  # without its full stop, fewer words are a subheading
# A caption over the whole text has at most this many words ("Sony's PlayStation VR.").
_LEAD_CAPTION_WORDS = 8
# A site's menu copied over the article: this many short lines in one block, at least,
# each a word or three ("Actualité", "NEWS WEB", "Kraków").
_MIN_MENU_ITEMS = 3
_MAX_MENU_ITEM_CHARS = 24
_LEAD_CAPTION_OVER_TEXT_WORDS = 4
# The alt text of a picture that only decorates: a logo, an icon, an avatar.
_DECORATION_ALT_RE = regex.compile(r"\b(?:logo|icon|avatar|banner)\b", regex.IGNORECASE)

# Bare-caption evidence that declares a picture wherever the line stands.
_PICTURE_DECLARED = frozenset({"picture_word", "equals_when_where"})

TITLE, BODY, CAPTION, CREDIT, BYLINE, DROPPED = "title", "body", "caption", "credit", "byline", "dropped"


_DANGLING_SEPARATOR = regex.compile(r"\s+[-–—/|]$")
_LETTER_RE = regex.compile(r"\p{L}")


@dataclass(slots=True)
class Layout:
    """The reading of one article."""

    title: str | None = None
    body: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    explain: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class _Pending:
    """An image being assembled, keyed by the first unit it was read from."""

    position: int
    caption: str | None = None
    credit: Credit | None = None
    src: str | None = None
    alt: str | None = None


class _Reader:
    """One pass over one article's units; holds the role decided for each unit."""

    def __init__(self, units: list[Unit], words: TextWords, registry: Registry, explain: bool):
        self.units = units
        self.words = words
        self.registry = registry
        self.want_explain = explain
        self.roles: list[str | None] = [None] * len(units)
        self.images: dict[int, _Pending] = {}  # unit index of the caption (or credit) -> image
        self.evidence: list[dict[str, Any]] = []
        self.split = make_splitter(registry, words)
        # A text without blank lines between paragraphs gives no block evidence.
        self.dense = len(units) > 3 and len({unit.block for unit in units}) == 1
        self.credit_lines: set[int] = set()  # units read as credit lines (set by attach_credits)
        self.sentence_beside_every_credit = 0  # the side of its credits a page prints captions apart on
        self.title_index: int | None = None  # found on first use, after find_title (-1: none)
        self.kept_in_body: set[int] = set()  # decided body text: no later step takes them
        self.gallery_counters: set[int] = set()  # units that are a gallery's "2 / 5"
        self.menu_end = 0  # units of the site's menu copied over the article (drop_site_menu)
        self.media_titles: set[int] = set()  # "Audio: Warten vor der Schleuse (2 Min)"

    # -- helpers -------------------------------------------------------------------

    def note(self, unit: Unit, decision: str, judgement: Judgement | None, reason: str, **more: Any) -> None:
        if not self.want_explain:
            return
        entry: dict[str, Any] = {"line": unit.line, "text": unit.text, "decision": decision, "reason": reason}
        if judgement is not None:
            entry["test"] = judgement.kind
            entry["score"] = round(judgement.score, 2)
            entry["features"] = dict(judgement.features)
        entry.update(more)
        self.evidence.append(entry)

    def captionable(self, index: int) -> bool:
        """Could this unit be the caption a neighbouring credit belongs to?"""
        if not 0 <= index < len(self.units) or self.roles[index] not in (None, CAPTION):
            return False
        unit = self.units[index]
        if unit.heading_level or unit.is_markdown_image or not unit.text or is_teaser_link(unit.text, self.words):
            return False  # ("Läs mer: Vildsvinen tar över Ekerö": a link to another article)
        if self.roles[index] == CAPTION and self.images[index].credit is not None:
            return False  # already has its credit
        return len(unit.text) <= MAX_CAPTION_CHARS and sentence_count(unit.text) <= MAX_CAPTION_SENTENCES

    def repeats_the_title(self, index: int) -> bool:
        """The headline printed again over the text (a copy takes the page's title and its
        heading): no picture's caption. (Asked only once the title is decided.)"""
        if self.title_index is None:
            self.title_index = next((i for i, role in enumerate(self.roles) if role == TITLE), -1)
        title = self.title_index
        return title >= 0 and title != index and self.units[title].text == self.units[index].text

    def same_block(self, a: int, b: int) -> bool:
        """Neighbours with no blank line between them. In a text with no blank lines at
        all every line shares one block, which says nothing, so it never counts there."""
        if self.dense:
            return False
        return 0 <= b < len(self.units) and self.units[a].block == self.units[b].block

    # -- passes ----------------------------------------------------------------------

    def read(self) -> Layout:
        self.drop_site_menu()
        self.find_title()
        credit_lines = self.find_credit_lines()
        self.find_glued_captions()
        self.attach_credits(credit_lines)
        self.read_markdown_images()
        self.find_bare_captions()
        self.find_repeated_captions()
        return self.assemble()

    def drop_site_menu(self) -> None:
        """A copy of a whole page opens with the site's name and its menu ("Le Figaro" /
        "Actualité" / "Société"): three or more short lines in one block over the
        headline. They are no title, credit or text; nor is a section's name printed
        again under them ("Cronaca")."""
        run = 0
        while run < len(self.units) and self.menu_item(run) and (run == 0 or self.same_block(run - 1, run)):
            run += 1
        if run < _MIN_MENU_ITEMS or run == len(self.units):
            return
        items = {unit.text.casefold() for unit in self.units[:run]}
        if self.units[run].text.casefold() in items:
            run += 1
        for unit in self.units[:run]:
            self.set_aside(unit, DROPPED, "the site's name and menu over the article")
        self.menu_end = run

    def menu_item(self, index: int) -> bool:
        unit = self.units[index]
        text = unit.text.strip()
        return bool(text) and not unit.heading_level and not unit.is_markdown_image \
            and len(text) <= _MAX_MENU_ITEM_CHARS and word_count(text) <= 3 and not SENTENCE_END_RE.search(text) \
            and not any(ch.isdigit() for ch in text)

    def find_title(self) -> None:
        opening = self.units[self.menu_end:self.menu_end + 3]
        for unit in opening:
            if unit.heading_level == 1:
                self.roles[unit.index] = TITLE
                return
        lead_caption_seen = False
        for unit in opening:
            if unit.is_markdown_image or not unit.text or _SEPARATOR_RE.match(unit.text):
                continue
            if judge_credit_line(unit.text, self.words, self.registry, self.split).taken(CREDIT_LINE_THRESHOLD) \
                    or judge_glued_credit(unit.text, self.words, self.registry, self.split).taken(GLUED_CREDIT_THRESHOLD):
                continue  # a picture opens the text; the title, if any, comes after it
            if self.words.bare_label.match(unit.text) or is_boilerplate(unit.text, self.words) \
                    or is_date_line(unit.text, self.words):
                continue  # "Photo", "Advertisement", "Last updated May 4, 2016" are no title
            if not lead_caption_seen and self.is_lead_caption(unit):
                lead_caption_seen = True
                self.make_caption(unit.index, unit.text, None)
                self.note(unit, "caption", None, "a short sentence above the text: the lead picture's caption")
                continue
            # A title has no final full stop and is short; a first line that ends a
            # sentence is the first paragraph of a text without title.
            if len(unit.text) <= 200 and not FULL_STOP_END_RE.search(unit.text):
                self.roles[unit.index] = TITLE
            return

    def is_lead_caption(self, unit: Unit) -> bool:
        """"Sony's PlayStation VR." over the text: a sentence of a few words is no title
        (titles have no final stop) and no paragraph; it names the picture the page
        opens with. Datelines, bylines, kickers and questions are not it."""
        text = unit.text
        if closes_with_when_where(text):
            return True
        if not (2 <= word_count(text) <= _LEAD_CAPTION_WORDS and FULL_STOP_END_RE.search(text)):
            return False
        if sentence_count(text) != 1 or self.words.has_date(text) or self.is_byline(text):
            return False
        following = self.neighbour(unit.index, 1)
        if following >= len(self.units) or self.units[following].is_markdown_image:
            return False
        # Under it, the title (no final stop), or the first paragraph: then only a very
        # short line, as a headline that ends with a full stop ("Es ist vorbei.") may
        # stand over its standfirst too.
        text_below = self.units[following].text
        if not FULL_STOP_END_RE.search(text_below):
            return len(text_below) <= 200
        return word_count(text_below) > _LEAD_CAPTION_WORDS and word_count(text) <= _LEAD_CAPTION_OVER_TEXT_WORDS

    def control_in_a_toolbar(self, index: int) -> bool:
        """A word of three characters at most (the text-size button "AA", not the agency)
        between two of the page's buttons or boilerplate lines."""
        if len(self.units[index].text.strip()) > 3 or index == 0 or index + 1 >= len(self.units):
            return False
        return all(is_boilerplate(self.units[i].text, self.words) for i in (index - 1, index + 1))

    def listed_under_boilerplate(self, index: int) -> bool:
        """"Tópicos" over "Economia", "TAP", "Aviação": short lines in one block under a
        boilerplate word are its tags or links, not credits ("TAP" is an agency's name)."""
        first = index
        while first > 0 and self.same_block(first - 1, first) and word_count(self.units[first - 1].text) <= 3:
            first -= 1
        return first < index and self.roles[first] == DROPPED and word_count(self.units[index].text) <= 3 \
            and is_boilerplate(self.units[first].text, self.words)

    def set_aside(self, unit: Unit, role: str, reason: str) -> None:
        self.roles[unit.index] = role
        self.note(unit, role, None, reason)

    def no_credit_by_its_place(self, unit: Unit) -> tuple[str, str] | None:
        """The role and the reason of a line that credits no picture, whatever names it
        holds: a page's control, a tag, the rights notice, the text's own byline."""
        index, text = unit.index, unit.text
        if self.control_in_a_toolbar(index):
            return DROPPED, "a control among the page's buttons (\"Share\" / \"AA\" / \"Follow us\")"
        if self.listed_under_boilerplate(index):
            return DROPPED, "a tag or link listed under a boilerplate word (\"Tópicos\")"
        if is_rights_notice(text, self.words):
            return DROPPED, "the article's rights notice"
        if self.signed_with_initials(text):
            return BYLINE, "the agencies and the editor's initials that sign the text, not a credit"
        if self.outlet_over_its_date(index):
            return BYLINE, "the outlet over the text's date: the byline's, not a credit"
        if self.desk_then_byline(text):
            return BYLINE, "the desk, a slash, then a byline: the writers, not a credit"
        if word_count(text) <= _MAX_BYLINE_WORDS and self.words.byline_end.search(text):
            return BYLINE, "closes with a byline word: the reporter, not a credit"
        return None

    def signed_with_initials(self, text: str) -> bool:
        """"RND/dpa/scs", "dpa · AFP · tkr", "Quelle: ZEIT ONLINE, dpa, AFP, mja": the
        agencies a text was written from and its editor's initials in lower case (no
        agency's name), as German sites sign their texts."""
        if len(text) > _MAX_SIGN_OFF_CHARS:
            return False
        pieces = [piece.strip(" .") for piece in _SIGN_OFF_SPLIT_RE.split(text)]
        initials = [p for p in pieces if _INITIALS_RE.fullmatch(p) and self.registry.lookup(p) is None]
        # (Antara's "ANTARA FOTO/Jane Roe/nym" closes a picture's credit with its editor's
        # initials: a photographer among the pieces makes it a credit.)
        others = [p for p in pieces if p and p not in initials]
        return bool(initials) and bool(others) and all(self.registry.lookup(p) is not None for p in others)

    def credit_printed_again(self, previous: _Pending, pending: _Pending) -> bool:
        """NPR prints a picture's credit under its caption, then "hide caption" / "toggle
        caption", then the credit again: the second is no picture of its own."""
        if pending.caption is not None or pending.credit is None or previous.credit is None \
                or pending.credit.credit != previous.credit.credit:
            return False
        between = range(previous.position + 1, pending.position)
        # (Under a gallery's counter the same credit is the next slide's.)
        return not any(i in self.gallery_counters for i in between) \
            and all(self.roles[i] in (DROPPED, CREDIT) or not self.units[i].text for i in between)

    def publication_stamp(self, index: int) -> bool:
        """A date line beside a credit-shaped line: a short date ("25.11.2026 • 08:47"), or
        any date with its clock time ("Aktualisiert am 12. Februar 2026, 15:21 Uhr" over
        "Quelle: ZEIT ONLINE, dpa, AFP"). It dates the text, no picture."""
        text = self.units[index].text
        if word_count(text) <= _MAX_STAMP_BESIDE_OUTLET_WORDS:
            return is_date_line(text, self.words)
        # (A caption may give its hour: "… shortly after 06:00 GMT on Tuesday" is longer;
        # a bar of the text's facts is not: "Jane Roe · CBC News · Posted: Nov 20, 2025 4:00 AM".)
        return (word_count(text) <= _MAX_DATED_STAMP_WORDS or _FACTS_BAR_RE.search(text) is not None) \
            and is_stamp(text, self.words)

    def outlet_over_its_date(self, index: int) -> bool:
        """"Thomas Roe." / "Ouest-France" / "Publié le 18/11/2025 à 06h45": a short line
        right over the publication date, in one block, signs the text."""
        following = index + 1
        return following < len(self.units) and self.same_block(index, following) \
            and word_count(self.units[index].text) <= _MAX_OUTLET_WORDS \
            and not self.words.credit_label.match(self.units[index].text) \
            and is_date_line(self.units[following].text, self.words)

    def desk_then_byline(self, text: str) -> bool:
        """"ABC North Queensland / By Jane Roe and Ann Lee": a short line, the desk, a
        spaced slash, a byline. (A caption's "… Beeld Jan Roe / de Volkskrant" ends in a
        paper whose article reads like a byline prefix.)"""
        if not _OUTLET_THEN_BYLINE_RE.search(text) or word_count(text) > _MAX_DESK_BYLINE_WORDS \
                or SENTENCE_END_RE.search(text) or ". " in text:
            return False
        return self.words.byline.match(_OUTLET_THEN_BYLINE_RE.split(text)[-1]) is not None

    def is_caption_label_alone(self, text: str) -> bool:
        """"Image caption," on a line of its own (the caption follows on the next line)."""
        label = self.words.caption_label.match(text.rstrip() + " ")
        return label is not None and not text[label.end():].strip() and label.group().rstrip()[-1:] in ",:：،"

    def names_the_picture(self, text: str) -> bool:
        """A label that says what the picture is, alone on its line ("Zdjęcie ilustracyjne",
        "Ilustrační foto": an illustrative picture): the picture's caption, not a bare label."""
        if len(text) > _MAX_LABEL_LINE_CHARS:
            return False  # (no label line is longer: spare the search of every paragraph)
        found = self.words.picture_word.search(text)
        return found is not None and len(found.group().strip(" ()")) >= len(text.strip(" .:()")) - 1

    def first_paragraph(self) -> int:
        return next((u.index for u in self.units if self.reads_as_paragraph(u.index)), len(self.units))

    def find_credit_lines(self) -> dict[int, Judgement]:
        found: dict[int, Judgement] = {}
        line_counts = Counter(unit.text for unit in self.units if unit.text)
        first_paragraph = self.first_paragraph()
        for unit in self.units:
            if self.roles[unit.index] is not None or unit.heading_level or not unit.text or unit.is_markdown_image:
                continue
            if _SEPARATOR_RE.match(unit.text):
                self.roles[unit.index] = DROPPED
                continue
            if is_gallery_counter(unit.text, self.words):
                self.gallery_counters.add(unit.index)
                self.set_aside(unit, DROPPED, "a gallery's counter: a picture's caption stands beside it")
                continue
            if self.names_the_picture(unit.text):
                continue  # "Zdjęcie ilustracyjne" over its credit: a caption, no credit itself
            if self.words.bare_label.match(unit.text) or is_boilerplate(unit.text, self.words) \
                    or self.is_caption_label_alone(unit.text):
                self.set_aside(unit, DROPPED, "a label or boilerplate word alone on its line")
                continue
            if is_teaser_link(unit.text, self.words) or is_stamp(unit.text, self.words):
                # "Mots-clés : Santé, Vaccination | UNICEF": tags or a link; "Kompas.com -
                # 25/11/2026, 08:45 WIB": when the outlet published the text. No credit.
                continue
            if is_video_title(unit.text, self.words, self.registry) or is_time_line(unit.text):
                self.media_titles.add(unit.index)
                self.set_aside(unit, DROPPED, "a video block's title or running time: no picture")
                continue
            aside = self.no_credit_by_its_place(unit)
            if aside is not None:
                self.set_aside(unit, *aside)
                continue
            judgement = judge_credit_line(unit.text, self.words, self.registry, self.split,
                                          repeated=line_counts[unit.text] > 1)
            if "names_nobody" in judgement.features or "share_buttons" in judgement.features:
                self.roles[unit.index] = DROPPED
                self.note(unit, "dropped", judgement, "a rights notice or a share bar: it credits no picture")
                continue
            if judgement.taken(CREDIT_LINE_THRESHOLD) and unit.index < first_paragraph \
                    and _ONLY_A_NAME.issuperset(judgement.features) and not self.same_block(unit.index, unit.index - 1):
                # "MARTA IZQUIERDO OLMEDO" opening the block under the headline: the author,
                # set in capitals (right under a caption line it is the photographer).
                self.roles[unit.index] = BYLINE
                self.note(unit, "byline", judgement, "a name in capitals above the text: its author")
            elif judgement.taken(CREDIT_LINE_THRESHOLD):
                self.roles[unit.index] = CREDIT
                found[unit.index] = judgement
            elif (unit.index > first_paragraph or self.under_a_markdown_image(unit.index - 1)) \
                    and self.photographer_under_caption(unit.index):
                # "Pistas de Formigal sin nieve este martes." / "Oliver Duch": a name alone
                # closing a block of two lines under one sentence: who took the picture.
                judgement.add("name_under_its_caption", _NAME_UNDER_CAPTION_WEIGHT)
                if judgement.taken(CREDIT_LINE_THRESHOLD):
                    judgement.credit = parse_credit(unit.text, registry=self.registry)
                    self.roles[unit.index] = CREDIT
                    found[unit.index] = judgement
            elif self.is_byline(unit.text):
                self.roles[unit.index] = BYLINE
                self.note(unit, "byline", judgement, "byline or signature line, not body")
            elif judgement.score >= CREDIT_LINE_THRESHOLD - 1.5 and judgement.features:
                self.note(unit, "near-miss", judgement, "some credit features, below the threshold")
        return found

    def under_a_markdown_image(self, index: int) -> bool:
        return index > 0 and self.units[index - 1].is_markdown_image and self.same_block(index - 1, index)

    def photographer_under_caption(self, index: int) -> bool:
        """A person's name alone, the second and last line of a block whose first line is
        one short sentence (an author signing off writes under a paragraph, not a sentence)."""
        name = self.units[index].text.strip()
        # (A Markdown image may head the block: "![…](…)" / caption / credit.)
        if not (self.same_block(index, index - 1) and not self.same_block(index, index + 1)
                and (not self.same_block(index - 1, index - 2) or self.under_a_markdown_image(index - 1))
                and self.one_sentence_caption(index - 1)):
            return False
        if is_named_person(name, grammar()):
            return FULL_STOP_END_RE.search(self.units[index - 1].text) is not None
        # "Leszek Zych/Polityka", "Archives Jane Roe / SUD OUEST": the photographer and
        # their paper, which the registry need not know; the caption may lack its stop.
        return _photographer_slash_paper(name)

    def is_byline(self, text: str) -> bool:
        if word_count(text) > _MAX_BYLINE_WORDS or _SENTENCE_THEN_SLASH_RE.search(text) \
                or _SENTENCE_THEN_COPYRIGHT_RE.search(text):
            # ("기자회견하는 … 장관. /김지호 기자", "De Graslei op een rustige lentedag. © Fred
            # Roe": a caption's sentence, then its photographer; "De" opens Dutch sentences.)
            return False
        if self.words.reporter_end.search(text):
            return True
        byline = self.words.byline.match(text)
        # The names after the prefix hold no figure: "De IJsselbrug bij Zwolle in 1965."
        # opens with the Portuguese and Romanian "De" (by) but is a sentence.
        return bool(byline) and not _DIGIT_RE.search(text.split(",")[0])

    def find_glued_captions(self) -> None:
        for unit in self.units:
            if self.roles[unit.index] is not None or unit.heading_level or unit.is_markdown_image or not unit.text:
                continue
            if is_teaser_link(unit.text, self.words):
                continue  # "Mots-clés : Santé, Vaccination | UNICEF", "Read more: …": no picture
            label = self.words.caption_label.match(unit.text)
            if label and is_strong_label(label):
                # "Image caption, …": a caption by declaration; its credit may still be glued.
                text = unit.text[label.end():]
                judgement = judge_glued_credit(text, self.words, self.registry, self.split)
                taken = judgement.taken(GLUED_CREDIT_THRESHOLD)
                if taken:
                    self.make_caption(unit.index, judgement.caption, judgement.credit)
                else:  # the splitter's caption has no gallery counter ("… | 9 Photos")
                    self.make_caption(unit.index, self.split(text).caption or text, None)
                self.note(unit, "caption", judgement, "caption label")
                continue
            judgement = judge_glued_credit(unit.text, self.words, self.registry, self.split)
            if judgement.credit is None:
                self.note_trailing_agency(unit)
                continue
            taken = judgement.taken(GLUED_CREDIT_THRESHOLD)
            not_a_picture = self.article_credit(unit.index, judgement) if taken else None
            caption = judgement.caption.strip(" 　") if judgement.caption else ""
            if taken and len(caption) <= 30 and is_date_line(caption, self.words) \
                    and len(_LETTER_RE.findall(self.words.without_dates(caption))) <= 2:  # (a date and a weekday only)
                not_a_picture = "the desk and the date of the text (\"【明報專訊】 2026年11月25日\")"
            if not_a_picture:
                self.kept_in_body.add(unit.index)
                self.note(unit, "near-miss", judgement, not_a_picture, credit=judgement.credit.credit)
            elif taken:
                self.make_caption(unit.index, judgement.caption, judgement.credit)
                self.note(unit, "caption+credit", judgement, "credit found at the end of a caption line",
                          caption=judgement.caption, credit=judgement.credit.credit)
            else:
                self.note(unit, "near-miss", judgement, "the splitter found a credit but the line reads as text",
                          credit=judgement.credit.credit)

    def article_credit(self, index: int, judgement: Judgement) -> str | None:
        """Why a caption line with its credit is the article's own text, or None."""
        if is_stamp(judgement.caption or "", self.words):
            return "a publication stamp and its source, no picture"  # "2026-11-03 10:25:31　来源：新华网"
        if self.signs_off(index, judgement):
            return "the agency tag closing the article's last paragraph"
        return None

    def signs_off(self, index: int, judgement: Judgement) -> bool:
        """"… pro jižní Čechy a Vysočinu. (ČTK)": wire copy closes its last paragraph with
        the agency's tag in brackets. Text of a paragraph's length (two sentences, or twelve
        words), agencies only, and no paragraph after it: the tag is the article's."""
        credit, caption = judgement.credit, judgement.caption or ""
        if credit is None or credit.creators or credit.roles or not credit.agencies \
                or "credit_in_brackets" not in judgement.features:
            return False  # ("(Supplied: NSW SES)": a role says a picture was handed over)
        if closes_with_when_where(caption):
            return False  # "記者会見する…＝24日午後、佐賀市（共同）": a picture's when and where
        # A dated tag is a sign-off whatever the sentence before it: "(APA, red, 24.11.2026)".
        if sentence_count(caption) < 2 and word_count(caption) < 12 and not _DATED_RE.search(credit.credit or ""):
            return False
        return not any(self.roles[later] is None and self.reads_as_paragraph(later)
                       for later in range(index + 1, len(self.units)))

    def note_trailing_agency(self, unit: Unit) -> None:
        """A line ending with an agency name that was not taken is worth showing: it is
        the classic near miss ("…, a indiqué l'AFP.")."""
        if not self.want_explain:
            return
        tail = regex.sub(r"['’]", " ", unit.text[-40:])  # "l'AFP" -> "l AFP": the name is a token
        matches = self.registry.find_all(tail)
        if matches and len(tail) - matches[-1].end <= 3:
            reporting = bool(self.words.source_phrase_end.search(tail[: matches[-1].start].rstrip(" ,(")))
            features = {"agency_at_end": matches[-1].agency.id}
            if reporting:
                features["reporting_verb_before"] = True
            self.note(unit, "near-miss", None, "ends with an agency name, but no credit split off: body text",
                      features=features)

    def make_caption(self, index: int, caption: str | None, credit: Credit | None) -> None:
        self.roles[index] = CAPTION
        pending = self.images.setdefault(index, _Pending(position=index))
        # ("… con la cubierta restaurada -" / "J. M. SERRANO": the dash led to the credit below.)
        pending.caption = _DANGLING_SEPARATOR.sub("", caption) if caption else caption
        if credit is not None:
            pending.credit = credit

    def attach_credits(self, credit_lines: dict[int, Judgement]) -> None:
        self.credit_lines = set(credit_lines)
        self.credit_below_caption = self.usual_credit_side(credit_lines)
        self.sentence_beside_every_credit = self.sentence_beside_every_credit_side(credit_lines)
        for index, judgement in credit_lines.items():
            unit = self.units[index]
            credit = judgement.credit
            if self.opens_a_dateline(index, judgement):
                # "Hong Kong" / "CNN" / "—": the dateline the text runs on from, as CNN
                # pages are copied, not a picture's credit.
                self.roles[index] = BYLINE
                self.note(unit, "byline", judgement, "the outlet of a dateline, before its dash")
                continue
            target, why = self.caption_for_credit(index, judgement)
            if index > 0 and self.roles[index - 1] == BYLINE and self.same_block(index - 1, index):
                # "Autorka/Autor: Justyna Kowalczyk" over "Źródło: tvn24.pl, PAP": the
                # article's author and its sources, one box.
                self.roles[index] = BYLINE
                self.note(unit, "byline", judgement, "a source line under the byline, in its box")
                continue
            if target is None and self.words.rights_reserved.search(unit.text):
                # "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "© 2026 Reuters. All rights
                # reserved.": the article's rights notice, no picture's credit.
                self.roles[index] = DROPPED
                self.note(unit, "dropped", judgement, "the article's rights notice")
                continue
            if target is None and self.closes_the_text(index, labelled="label" in judgement.features):
                # "wit/dpa/AFP", "Źródło: PAP, IMGW": the last line names the article's
                # sources, as agency texts sign off; no picture stands there.
                self.roles[index] = BYLINE
                self.note(unit, "byline", judgement, "a credit-shaped line closing the text: the article's sources")
                continue
            if target is not None and self.publication_stamp(target):
                # "ΚΑΘΗΜΕΡΙΝΗ" over "25.11.2026 • 08:47": the outlet beside its date, no picture.
                self.roles[index] = BYLINE
                self.note(unit, "byline", judgement, "an outlet's name beside the publication date")
                continue
            if target is not None and self.author_box(target, index, judgement):
                # "Sarah Keane" over "BBC News, Cardiff" above the text: the writer and
                # the desk, not a portrait and its credit.
                self.roles[target] = self.roles[index] = BYLINE
                self.note(unit, "byline", judgement, "a name over its outlet above the text: the author")
                continue
            if target is None:
                self.images[index] = _Pending(position=index, credit=credit)
                self.note(unit, "credit", judgement, "credit with no caption next to it: an image with a credit only",
                          credit=credit.credit if credit else None)
                continue
            if self.roles[target] != CAPTION:
                self.make_caption(target, self.caption_text(target), None)
            self.images[target].credit = credit
            self.note(unit, "credit", judgement, why, caption_line=self.units[target].line,
                      credit=credit.credit if credit else None)

    def opens_a_dateline(self, index: int, judgement: Judgement) -> bool:
        """An agency's or outlet's name alone, with a dash alone on the next line."""
        following = index + 1
        return following < len(self.units) and self.units[following].text.strip() in ("—", "–", "-") \
            and judgement.credit is not None and not judgement.credit.creators and bool(judgement.credit.agencies)

    def author_box(self, name_line: int, credit_line: int, judgement: Judgement) -> bool:
        """A person's name alone on the line right over a credit naming only an outlet,
        both above the first paragraph."""
        if name_line != credit_line - 1 or credit_line >= self.first_paragraph():
            return False
        credit, name = judgement.credit, self.units[name_line].text.strip()
        # ("Rejoice Ndlovu." with its full stop is a portrait's caption; "צילום: רויטרס",
        # Photo: Reuters, names who took a picture, where a writer's desk has no label.)
        if credit is None or credit.creators or "label" in judgement.features or ends_sentence(name):
            return False
        # ("Doyle Roe and Emily Roe" over "USA TODAY": two writers.)
        names = [part.strip() for part in _and_re().split(name)] if len(name.split()) > 4 else [name]
        return all(2 <= len(part.split()) <= 4 and classify(part, grammar()) is Kind.PERSON for part in names)

    def closes_the_text(self, index: int, labelled: bool = False) -> bool:
        """Nothing but dropped lines and bylines after this unit, and body text before it.
        ``labelled``: the line opens with a label ("צילום: X" there is still a picture's)."""
        if any(self.roles[later] not in (DROPPED, BYLINE) for later in range(index + 1, len(self.units))):
            return False
        before = self.neighbour(index, -1)
        return before >= 0 and (self.roles[before] == BYLINE or  # (the author signs, then the sources)
                                self.roles[before] is None and self.reads_as_text_closing(before, not labelled))

    def reads_as_text_closing(self, index: int, unstopped: bool = False) -> bool:
        """A sentence of some length: the article's last paragraph may be shorter than
        most ("ودعت الحكومة … الخيام والأغذية والأدوية."). ``unstopped``: a paragraph of two
        sentences or more ending with a link and no stop will do ("Das Formular gibt es
        unter www.bahn.de/fahrgastrechte", then "Markus Roe, RND")."""
        unit = self.units[index]
        return not unit.heading_level and word_count(unit.text) >= _CLOSING_SENTENCE_WORDS and bool(
            FULL_STOP_END_RE.search(unit.text) or SENTENCE_END_RE.search(unit.text)
            or unstopped and sentence_count(unit.text) >= 2)

    def caption_text(self, index: int) -> str:
        text = self.units[index].text
        label = self.words.caption_label.match(text)
        return text[label.end():] if label and is_strong_label(label) else text

    def neighbour(self, index: int, step: int, media_stops: bool = False) -> int:
        """The next unit in direction ``step``, skipping separator lines ("-", "***").
        With ``media_stops`` a video's or audio's title is no separator: a credit beside
        it is its player's picture's, and the paragraph past it is no caption."""
        index += step
        while 0 <= index < len(self.units) and self.roles[index] == DROPPED and not self.units[index].is_markdown_image \
                and not (media_stops and index in self.media_titles):
            index += step
        return index

    def caption_for_credit(self, index: int, judgement: Judgement) -> tuple[int | None, str]:
        before, after = self.neighbour(index, -1, media_stops=True), self.neighbour(index, 1, media_stops=True)
        if judgement.label_points_forward and self.captionable(after) and (
                self.same_block(index, after) or self.looks_like_caption(after)):
            return after, "the label announces the caption on the next line"
        if self.same_block(index, before) and self.captionable(before) and self.roles[before] != TITLE:
            return before, "credit on the line right under its caption"
        if self.same_block(index, after) and self.captionable(after):
            return after, "credit on the line right over its caption"
        above, below = self.caption_sides(index)
        if above and below:
            # Both could be. A page prints all its credits on one side of the caption:
            # the side its clear cases show, else under the caption, unless the line
            # below reads clearly more like a caption than the one above.
            if self.credit_below_caption is False or (self.credit_below_caption is None and
                                                      self.caption_score(after) >= self.caption_score(before) + 2):
                above = False
        if above:
            return before, "credit under a caption-like line"
        if below:
            return after, "credit over a caption-like line"
        # Blocks apart, a caption that ends with its full stop reads as a one-sentence
        # paragraph. The credit takes it only where every credit of the page stands so:
        # a one-sentence paragraph over a picture with a credit and no caption is as common.
        if self.sentence_beside_every_credit == -1 and self.one_sentence_caption(before):
            return before, "credit under a one-sentence line, as every credit of the page stands"
        if self.sentence_beside_every_credit == 1 and self.one_sentence_caption(after):
            return after, "credit over a one-sentence line, as every credit of the page stands"
        return None, ""

    def sentence_beside_every_credit_side(self, credit_lines: dict[int, Judgement]) -> int:
        """-1 (above) or 1 (below) when there are two credit lines or more, each alone in
        its block beside a one-sentence line on that side: the page prints caption and
        credit as blocks of their own ("…, on Tuesday." then "Photo: Jane Doe/AFP").
        0 otherwise. Above wins when both sides would do, as credits mostly follow."""
        alone = [index for index in credit_lines if not (
            self.same_block(index, index - 1) or self.same_block(index, index + 1))]
        if len(alone) < 2 or len(alone) < len(credit_lines):
            return 0
        if all(self.one_sentence_caption(self.neighbour(index, -1)) for index in alone):
            return -1
        # Under a credit a headline or a teaser ("You Might Also Like …") is as likely:
        # there the caption must end with its full stop.
        below = [self.neighbour(index, 1) for index in alone]
        if all(self.one_sentence_caption(index) and FULL_STOP_END_RE.search(self.units[index].text) for index in below):
            return 1
        return 0

    def one_sentence_caption(self, index: int) -> bool:
        if not self.captionable(index) or self.roles[index] is not None or index in self.kept_in_body \
                or self.repeats_the_title(index):
            return False
        text = self.units[index].text
        n_words = word_count(text)
        if not FULL_STOP_END_RE.search(text) and n_words < _UNPUNCTUATED_CAPTION_WORDS:
            return False  # a subheading over a picture with a credit only
        return sentence_count(text) == 1 and n_words <= _ONE_SENTENCE_CAPTION_WORDS \
            and not text.rstrip().endswith((":", "：", "?", "？")) and not is_date_line(text, self.words) \
            and not self.is_byline(text)

    def caption_sides(self, index: int) -> tuple[bool, bool]:
        """Whether the line above and the line below a credit line could be its caption."""
        before, after = self.neighbour(index, -1, media_stops=True), self.neighbour(index, 1, media_stops=True)
        above = self.captionable(before) and self.looks_like_caption(before)
        below = self.captionable(after) and self.looks_like_caption(after)
        if above and below and self.dense:
            # No blank lines: of a shorter line of fewer sentences beside the credit and a
            # paragraph on its other side, the shorter line is the caption (a caption may
            # have two sentences and a paragraph one long one: then neither side wins).
            text_before, text_after = self.units[before].text, self.units[after].text
            below = below and not _reads_more_like_a_caption(text_before, text_after)
            above = above and not _reads_more_like_a_caption(text_after, text_before)
        return above, below

    def usual_credit_side(self, credit_lines: dict[int, Judgement]) -> bool | None:
        """True when this page's credits stand under their captions, False when over
        them, None when its clear cases (one caption-like neighbour) do not say."""
        votes = 0
        for index in credit_lines:
            above, below = self.caption_sides(index)
            votes += (above and not below) - (below and not above)
        return None if votes == 0 else votes > 0

    def caption_score(self, index: int) -> float:
        previous = self.units[index - 1].text if index > 0 else None
        following = self.units[index + 1].text if index + 1 < len(self.units) else None
        return judge_bare_caption(self.units[index].text, self.words, previous, following).score

    def looks_like_caption(self, index: int) -> bool:
        """Across a blank line a credit takes a neighbour only when that line already
        reads as a caption on its own (else it is a paragraph or a subheading)."""
        if self.roles[index] == CAPTION:
            return True
        unit = self.units[index]
        if unit.heading_level or len(unit.text) > 300 or self.repeats_the_title(index):
            return False
        if self.dense and self.roles[index] is None:
            # No blank lines to go by: a short line of one or two sentences will do, or
            # one that names a picture ("Pictured from left, …").
            if len(unit.text) <= MAX_PICTURE_CAPTION_CHARS and self.words.picture_word.search(unit.text):
                return True
            if is_date_line(unit.text, self.words) or is_boilerplate(unit.text, self.words) \
                    or unit.text.rstrip().endswith(("?", "？", ":", "：")):
                return False  # a date, "Related Searches", a question or colon heading
            sentences = sentence_count(unit.text)
            # Two sentences of some length are a short paragraph, not a caption.
            return len(unit.text) <= 250 and (sentences == 1 or sentences == 2 and word_count(unit.text) < 25)
        # A credit line beside it is no list item ("Photo: Jane Doe/AFP" under the caption).
        previous = self.units[index - 1].text if index > 0 and index - 1 not in self.credit_lines else None
        following = self.units[index + 1].text if index + 1 < len(self.units) and index + 1 not in self.credit_lines \
            else None
        judgement = judge_bare_caption(unit.text, self.words, previous, following)
        return judgement.score >= 3 and "no_final_full_stop" in judgement.features

    def read_markdown_images(self) -> None:
        for unit in self.units:
            if not unit.is_markdown_image:
                continue
            self.roles[unit.index] = DROPPED
            if _DECORATION_ALT_RE.search(unit.image_alt or ""):
                continue  # "[Image: The Riverside Weekly logo]": the sender's logo, no picture
            pending = _Pending(position=unit.index, src=unit.image_src or None, alt=unit.image_alt)
            following = unit.index + 1
            caption_below = following < len(self.units) and (
                self.roles[following] == CAPTION or self.units[following].block == unit.block)
            if unit.text:  # "![alt](src) Caption" on one line
                split = self.split(unit.text)
                pending.caption, pending.credit = split.caption, split.credit
            elif unit.image_title and not caption_below:  # ![alt](src "Photo: Jane Doe/AFP")
                split = self.split(unit.image_title)
                pending.caption, pending.credit = split.caption, split.credit
            elif self.roles[unit.index + 1 if unit.index + 1 < len(self.units) else unit.index] == CAPTION \
                    or (self.captionable(unit.index + 1) and len(self.units[unit.index + 1].text) <= 300
                        and not self.reads_as_text(unit.index + 1)):
                following = unit.index + 1
                found = self.images.pop(following, None)
                if found is not None:
                    pending.caption, pending.credit = found.caption, found.credit
                else:
                    split = self.split(self.units[following].text)
                    pending.caption, pending.credit = split.caption, split.credit
                self.roles[following] = CAPTION
            self.images[unit.index] = pending
            self.note(unit, "image", None, "Markdown image; the line after it is its caption",
                      src=pending.src, caption=pending.caption)

    def find_bare_captions(self) -> None:
        content = [u.index for u in self.units if self.roles[u.index] not in (TITLE, DROPPED)]
        first_paragraph = next((index for index in content if self.roles[index] is None and self.reads_as_paragraph(index)),
                               len(self.units))
        for order, index in enumerate(content):
            unit = self.units[index]
            if self.roles[index] is not None or unit.heading_level or index in self.kept_in_body:
                continue
            previous, following = self.text_beside(index, -1), self.text_beside(index, 1)
            if is_date_line(unit.text, self.words) or is_teaser_link(unit.text, self.words):
                continue  # "Posted 10 Jan 2026, updated 10 Jan 2026", "Read more: …"
            if self.embedded_post(index):
                self.note(unit, "body", None, "an embedded post (its signature, or its text above it)")
                continue
            if self.under_a_read_more(index):
                self.note(unit, "body", None, "the link under a \"read also\" line")
                continue
            if index > 0 and self.same_block(index - 1, index) and self.is_caption_label_alone(self.units[index - 1].text):
                self.make_caption(index, unit.text, None)
                self.note(unit, "caption", None, "under a caption label alone on its line")
                continue
            if self.is_portrait_caption(index):
                self.make_caption(index, unit.text, None)
                self.note(unit, "caption", None, "a name alone between paragraphs: a portrait's caption")
                continue
            in_gallery = index - 1 in self.gallery_counters  # ("2 / 5" stands over its slide's caption)
            judgement = judge_bare_caption(unit.text, self.words, previous, following, in_gallery=in_gallery,
                                           over_a_heading=self.stands_over_a_heading(index),
                                           in_a_run=self.run_of_same_lines(index) >= 3
                                           and sentence_count(unit.text) == 1)
            if (order < 1 or index < first_paragraph) and not _PICTURE_DECLARED.intersection(judgement.features):
                # Lines above the first paragraph are the standfirst and deck, written
                # without final stops as captions are; only a word naming a picture (or
                # the "＝13日午後" that closes Japanese captions) counts.
                continue
            if judgement.taken(BARE_CAPTION_THRESHOLD):
                self.make_caption(index, unit.text, None)
                self.note(unit, "caption", judgement, "reads as a caption without credit")
            elif judgement.score >= BARE_CAPTION_THRESHOLD - 1.5:
                self.note(unit, "near-miss", judgement, "caption-like, kept in the body")

    def under_a_read_more(self, index: int) -> bool:
        """"LEGGI ANCHE" / "Metro M4, le nuove fermate in centro": a phrase of the
        boilerplate alone on the line over this one introduces a link to another article."""
        if index == 0 or self.roles[index - 1] != DROPPED:
            return False
        above = self.units[index - 1].text.strip()
        return " " in above and is_boilerplate(above, self.words)

    def run_of_same_lines(self, index: int) -> int:
        """How many lines in a row, this one among them, say the same words."""
        text, run = self.units[index].text, 1
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(self.units) and self.units[other].text == text:
                run, other = run + 1, other + step
        return run

    def find_repeated_captions(self) -> None:
        """A line printed again elsewhere with the same words as a caption is that caption
        again (one caption under several pictures), even where it stands like a heading."""
        captions = {self.units[index].text for index, role in enumerate(self.roles) if role == CAPTION}
        for unit in self.units:
            if self.roles[unit.index] is None and not unit.heading_level and unit.text in captions \
                    and unit.index not in self.kept_in_body:
                split = self.split(unit.text)
                self.make_caption(unit.index, split.caption, split.credit)
                self.note(unit, "caption", None, "the same words as a caption elsewhere in the text")

    def stands_over_a_heading(self, index: int) -> bool:
        """Between a paragraph above and a heading below (a short line over a paragraph),
        a short line heads nothing: "… Vasamuseet.", "Besökare tittar på Vasas akterspegel",
        "Beslut under hösten", "Regeringen väntas …"."""
        before, below = self.neighbour(index, -1), self.neighbour(index, 1)
        under = self.neighbour(below, 1) if below < len(self.units) else len(self.units)
        if before < 0 or under >= len(self.units) or not self.reads_as_paragraph(before):
            return False
        return self.roles[below] is None and reads_as_list_item(self.units[below].text) and self.reads_as_paragraph(under)

    def embedded_post(self, index: int) -> bool:
        """An embedded post's signature ("— Jane Roe (@janeroe) November 18, 2019"), or
        the post's text on the line above it: quoted, not a picture's caption."""
        following = self.neighbour(index, 1)
        return is_embed_signature(self.units[index].text, self.words) or (
            following < len(self.units) and is_embed_signature(self.units[following].text, self.words))

    def text_beside(self, index: int, step: int) -> str | None:
        """The line next to a unit, as its bare-caption test reads it. A credit line, a
        byline or a dropped label beside it is neither a list item nor text the line
        runs on into: it counts as nothing there."""
        index += step
        if not 0 <= index < len(self.units) or self.roles[index] in (CREDIT, BYLINE, DROPPED):
            return None
        return self.units[index].text

    def is_portrait_caption(self, index: int) -> bool:
        """"NGUMNU Mhawukeleni Sokhela.": two to five capitalised words and a full stop,
        between two paragraphs. A name as a subheading has no full stop; a signature
        ends the text."""
        text = self.units[index].text
        if not _NAME_SENTENCE_RE.match(text) or self.is_byline(text):
            return False
        before, after = self.neighbour(index, -1), self.neighbour(index, 1)
        return before >= 0 and after < len(self.units) and self.roles[before] is None \
            and self.roles[after] is None and self.reads_as_paragraph(before) and self.reads_as_paragraph(after)

    def reads_as_text(self, index: int) -> bool:
        """Two sentences or more, of a paragraph's length: running text, not a caption, even
        under a picture (a map's paragraph under "![Map of the site](…)")."""
        text = self.units[index].text
        return sentence_count(text) >= 2 and word_count(text) >= 25 and self.reads_as_paragraph(index)

    def reads_as_paragraph(self, index: int) -> bool:
        """Running text: a line of some length that ends a sentence."""
        unit = self.units[index]
        if unit.heading_level:
            return False
        if reads_as_unpunctuated_paragraph(unit.text):
            return True  # Thai and Lao end sentences with a space, not a stop: a long line is text
        return word_count(unit.text) >= _PARAGRAPH_WORDS and bool(
            FULL_STOP_END_RE.search(unit.text) or SENTENCE_END_RE.search(unit.text))

    def assemble(self) -> Layout:
        layout = Layout(explain=sorted(self.evidence, key=lambda entry: entry["line"]))
        for unit in self.units:
            role = self.roles[unit.index]
            if role == TITLE:
                layout.title = unit.text
            elif role == BYLINE:
                # The article's own words ("Par Claire Martin", "wit/dpa/AFP"): they stay
                # in the body, and are named apart for those who want them.
                layout.bylines.append(unit.text)
                layout.body.append(unit.text)
            elif role is None and unit.text:
                layout.body.append(unit.text)
        previous: _Pending | None = None
        for position in sorted(self.images):
            pending = self.images[position]
            if previous is not None and self.credit_printed_again(previous, pending):
                continue
            previous = pending
            # The contract wants src null for text input; a Markdown address is kept beside it.
            image = Image(src=None, alt=pending.alt, caption=pending.caption, found_in=["text"])
            if pending.src:
                image.extra["markdown_src"] = pending.src
            if pending.credit is not None:
                image.apply_credit(pending.credit)
            layout.images.append(image)
        return layout


_DIGIT_RE = regex.compile(r"\d")
# "ABC North Queensland / By Jane Roe and Ann Lee": a desk, a spaced slash or bar, a byline.
_OUTLET_THEN_BYLINE_RE = regex.compile(r"\s[/|｜]\s")
_MAX_DESK_BYLINE_WORDS = 14
_MAX_OUTLET_WORDS = 4

# A name alone (a short line, 0.5) under its one-sentence caption reaches the credit threshold.
_NAME_UNDER_CAPTION_WEIGHT = 2.0
_SENTENCE_THEN_SLASH_RE = regex.compile(r"\S[.。!?]\s+/\s*\S")
_SENTENCE_THEN_COPYRIGHT_RE = regex.compile(r"\S[.。!?]\s*[©ⓒⒸ]\s*\S")
_MAX_BYLINE_WORDS = 10
_CLOSING_SENTENCE_WORDS = 8  # a last paragraph as short as one sentence still closes the text
_MAX_LABEL_LINE_CHARS = 40
_MAX_STAMP_BESIDE_OUTLET_WORDS = 6
_MAX_DATED_STAMP_WORDS = 10  # "Aktualisiert am 12. Februar 2026, 15:21 Uhr"
_FACTS_BAR_RE = regex.compile(r"\s[·•|｜]\s")
_MAX_SIGN_OFF_CHARS = 80
_SIGN_OFF_SPLIT_RE = regex.compile(r"\s*[/·•|,]\s*|^\s*\p{L}+\s*:\s*")
_INITIALS_RE = regex.compile(r"\p{Ll}{2,4}")  # "25.11.2026 • 08:47"; a caption may give its own date and hour
# A date in figures inside an agency's tag: "(APA, red, 24.11.2026)".
_DATED_RE = regex.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\b")
# Features that say no more than "a person's name" (no label, agency or shape of a credit).
@functools.lru_cache(maxsize=1)
def _and_re() -> regex.Pattern[str]:
    """The "and" words of the language files, or a comma: writers listed in a byline."""
    return regex.compile(rf"\s+(?:{alternation(grammar().vocab.and_words)})\s+|\s*,\s*", regex.IGNORECASE)


def _photographer_slash_paper(text: str) -> bool:
    """A person (a role word may open the line), a slash, then a name of one to four
    capitalised words that is no person's: the paper or agency they took it for."""
    person, slash, paper = text.partition("/")
    person, paper = without_role_word(person), paper.strip()  # ("Archives Jane Roe")
    if not slash or "/" in paper or not 1 <= len(paper.split()) <= _MAX_PAPER_WORDS:
        return False
    return is_named_person(person, grammar()) and not is_named_person(paper, grammar()) \
        and all(word[:1].isupper() or word[:1].isdigit() or word.casefold() in _PAPER_ARTICLES
                for word in paper.split())  # ("20minutos")


_MAX_PAPER_WORDS = 4
# Lower-case words a paper's name may hold ("Le Soir", "la Repubblica", "de Volkskrant").
_PAPER_ARTICLES = frozenset({"la", "le", "de", "der", "die", "il", "el", "het", "the", "of", "di"})


def _reads_more_like_a_caption(text: str, other: str) -> bool:
    """Of two lines beside a credit in a text with no blank lines: fewer sentences and
    shorter, or one closed sentence as long as the other at most by half ("Ein
    Containerschiff wartet vor der Schleuse." beside the paragraph's long first sentence)."""
    sentences, other_sentences = sentence_count(text), sentence_count(other)
    if sentences < other_sentences and len(text) < len(other):
        return True
    return sentences == other_sentences == 1 and 2 * len(text) <= len(other) \
        and FULL_STOP_END_RE.search(text) is not None and FULL_STOP_END_RE.search(other) is not None


_ONLY_A_NAME = frozenset({"name_in_capitals", "short", "repeated_line"})


def read_layout(units: list[Unit], words: TextWords, registry: Registry, explain: bool = False) -> Layout:
    """Classify the units of one article (see the module docstring for the order)."""
    return _Reader(units, words, registry, explain).read()
