"""The site conventions of ``data/conventions.toml``, compiled for fast matching.

Class names and ids are cut into lowercase words once per distinct string (cached), and
each vocabulary becomes one regular expression over that word string, so asking
"is this element a caption?" costs one dict lookup and one regex search.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from mediakit.credits.grammar import CLOSING_CONNECTORS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT_RE = re.compile(r"[^0-9a-zà-ÿ]+|[0-9]+")


@lru_cache(maxsize=65536)
def class_words(value: str) -> str:
    """' word word ... ' for a class or id attribute: split at separators and humps."""
    if not value:
        return " "
    words = _SPLIT_RE.split(_CAMEL_RE.sub(" ", value).lower())
    return " " + " ".join(w for w in words if w) + " "


_WORD_CHARS = r"[a-z0-9à-ÿ]*"


def _vocab_re(entries: list[str]) -> re.Pattern[str]:
    """A regex matching any entry as whole words of a class_words() string. An entry
    ending in "*" also matches a longer last word ("sidebar*" -> "sidebarLeft"), one
    starting with "*" a longer first word ("*caption" -> "thumbcaption")."""
    parts: set[str] = set()
    for entry in entries:
        longer_end, longer_start = entry.endswith("*"), entry.startswith("*")
        phrase = class_words(entry.strip("*")).strip()
        if phrase:
            parts.add((_WORD_CHARS if longer_start else "") + re.escape(phrase)
                      + (_WORD_CHARS if longer_end else ""))
    body = "|".join(sorted(parts, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf" (?:{body}) ")


@dataclass(frozen=True)
class Vocabulary:
    """One role (caption, credit, ...): tags, class words, itemprops, attributes."""

    tags: frozenset[str]
    classes: re.Pattern[str]
    itemprops: frozenset[str]
    attributes: tuple[str, ...]

    def matches_class(self, words: str) -> bool:
        return self.classes.search(words) is not None


def _vocabulary(table: dict[str, Any]) -> Vocabulary:
    return Vocabulary(
        tags=frozenset(t.lower() for t in table.get("tags", [])),
        classes=_vocab_re(table.get("classes", [])),
        itemprops=frozenset(p.lower() for p in table.get("itemprops", [])),
        attributes=tuple(table.get("attributes", [])),
    )


def _phrase_re(entries: list[str]) -> re.Pattern[str]:
    """Any entry as a whole word of a URL path ("logo" in "/img/logo_2x.png", not in
    "/mexiconews/"); a plural "s" may follow."""
    body = "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{body})s?(?![a-z0-9])", re.IGNORECASE)


def trie_alternation(words: list[str]) -> str:
    """A regex body matching exactly the strings of ``words``, with their shared
    prefixes factored out ("ph(?:oto|otograph)"...). The engine tries the branches of an
    alternation one by one: with hundreds of labels, a flat list costs tens of
    microseconds per position, a trie a few steps. The branch order differs from a flat
    list sorted longest first, so use it only where whether the pattern matches counts,
    not what it matched."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def body(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + body(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{joined})?" if "" in node else joined

    return body(trie) if trie else r"(?!x)x"


def credit_label_pattern(labels: str) -> re.Pattern[str]:
    """A credit label opening a text: "Photo: X", "Foto von X:", "© X" (the copyright
    sign needs no colon), "Photo by Jane Doe on Unsplash" (a label closed by "by" needs
    no colon). ``labels``: a regex body matching the label words."""
    return re.compile(
        rf"^\s*[\(\[]?\s*(?:[©Ⓒⓒ]|\(c\)\s|(?:{labels})(?:\s*(?:by|de|von|di)\b)?\s*[:：=|/]"
        rf"|(?:{labels})\s+(?:{'|'.join(CLOSING_CONNECTORS)})\s+(?=\w))", re.I)


# Bits of Conventions.flags(): what the class/id words of an element say it is.
HIDDEN, BOILERPLATE, FIGURE, CAPTION, CREDIT, CONTENT, TOGGLE = (1 << i for i in range(7))
RESPONSIVE, SKIP_CONTAINER, SKIP_IMAGE, LEAD, PLAYER = (1 << i for i in range(7, 12))


@dataclass(frozen=True)
class Conventions:
    figure: Vocabulary
    figure_itemtypes: tuple[str, ...]
    figure_max_levels: int
    caption: Vocabulary
    credit: Vocabulary
    credit_label_re: re.Pattern[str]  # only whether it matches counts: see trie_alternation
    lead_label_re: re.Pattern[str]  # "Top photo by …": a credit of the article's lead picture
    trailing_credit_re: re.Pattern[str]
    trailer_re: re.Pattern[str]
    byline_re: re.Pattern[str]
    byline_prefix_re: re.Pattern[str]
    hidden: Vocabulary
    hidden_styles: tuple[str, ...]
    label_prefix_re: re.Pattern[str]
    credit_prefix_re: re.Pattern[str]
    toggle: Vocabulary
    toggle_texts: frozenset[str]
    boilerplate: Vocabulary
    boilerplate_roles: frozenset[str]
    content: Vocabulary
    lead_classes: re.Pattern[str]
    lazy_src: tuple[str, ...]
    lazy_srcset: tuple[str, ...]
    skip_src_re: re.Pattern[str]
    skip_file_re: re.Pattern[str]
    placeholder_src_re: re.Pattern[str]
    skip_image_classes: re.Pattern[str]
    skip_container_classes: re.Pattern[str]
    player_container_classes: re.Pattern[str]
    skip_container_src_re: re.Pattern[str]
    responsive_classes: re.Pattern[str]
    min_image_size: int
    noise_lines: frozenset[str]
    promo_re: re.Pattern[str]
    caption_badges: frozenset[str]  # casefolded texts that are never a caption ("Liveblog")
    credit_label_words: frozenset[str]  # casefolded credit labels of every language ("фото")
    # Class strings repeat thousands of times per page: their flags are computed once.
    _flags: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # ... and so do whole attribute values: their flags are found by the raw strings.
    _class_flags: dict[str | None, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _attr_flags: dict[tuple, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _hiding_styles: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def attr_flags(self, cls: str | None, ident: str | None, testid: str | None = None) -> int:
        """flags() of the words of an element's class and id (and data-testid) values,
        as roles.words() and roles.role_words() make them. (Only words flag anything:
        a value without words has no flags.)"""
        if ident is None and testid is None:  # most elements: a class, or nothing
            found = self._class_flags.get(cls)
            if found is None:
                found = self.flags(class_words(cls)) if cls else 0
                if len(self._class_flags) < 200_000:
                    self._class_flags[cls] = found
            return found
        key = (cls, ident, testid)
        found = self._attr_flags.get(key)
        if found is None:
            if testid:
                found = self.flags(class_words(f"{cls or ''} {ident or ''} {testid}"))
            elif ident:
                found = self.flags(class_words(f"{cls or ''} {ident}"))
            else:
                found = self.flags(class_words(cls)) if cls else 0
            if len(self._attr_flags) < 200_000:
                self._attr_flags[key] = found
        return found

    def hides(self, style: str) -> bool:
        """Whether a style attribute value hides its element."""
        found = self._hiding_styles.get(style)
        if found is None:
            compact = style.replace(" ", "").lower()
            found = any(s in compact for s in self.hidden_styles)
            if len(self._hiding_styles) < 200_000:
                self._hiding_styles[style] = found
        return found

    def flags(self, words: str) -> int:
        """Bit set of roles the class/id ``words`` (from class_words) match."""
        found = self._flags.get(words)
        if found is None:
            found = 0
            for bit, pattern in (
                (HIDDEN, self.hidden.classes), (BOILERPLATE, self.boilerplate.classes),
                (FIGURE, self.figure.classes), (CAPTION, self.caption.classes),
                (CREDIT, self.credit.classes), (CONTENT, self.content.classes),
                (TOGGLE, self.toggle.classes), (RESPONSIVE, self.responsive_classes),
                (SKIP_CONTAINER, self.skip_container_classes), (SKIP_IMAGE, self.skip_image_classes),
                (PLAYER, self.player_container_classes),
                (LEAD, self.lead_classes),
            ):
                if pattern.search(words):
                    found |= bit
            if len(self._flags) < 200_000:
                self._flags[words] = found
        return found


def _language_words() -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """Credit labels, caption labels, boilerplate lines, byline prefixes and lead-picture
    labels of every language in ``mediakit.lang`` (its public vocabulary), so a language
    added there is read here."""
    try:
        from mediakit.lang import vocabulary
        words = vocabulary()
        return (list(words.credit_labels), list(words.caption_labels), list(words.boilerplate),
                list(words.byline_prefixes), list(words.lead_labels))
    except (ImportError, AttributeError, ValueError, OSError):  # pragma: no cover - optional
        return [], [], [], [], []


def _load(data: dict[str, Any]) -> Conventions:
    hidden = data["hidden"]
    credit = data["credit"]
    images = data["images"]
    lang_credit, lang_caption, lang_boilerplate, lang_bylines, lang_lead = _language_words()
    labels = sorted(credit.get("label_words", []), key=len, reverse=True)
    label_body = "|".join(re.escape(w) for w in labels)
    # Anchored at the start, so the long list of every language costs little.
    all_labels = sorted({*labels, *lang_credit}, key=len, reverse=True)
    # (The languages' caption labels include caption openers such as "From left":
    # they only count as whole-element UI text, below, never as prefixes to cut.)
    prefixes = sorted(hidden.get("label_prefixes", []), key=len, reverse=True)
    return Conventions(
        figure=_vocabulary(data["figure"]),
        figure_itemtypes=tuple(data["figure"].get("itemtypes", [])),
        figure_max_levels=int(data["figure"].get("max_levels", 6)),
        caption=_vocabulary(data["caption"]),
        credit=_vocabulary(credit),
        credit_label_re=credit_label_pattern(trie_alternation(all_labels)),
        lead_label_re=re.compile(r"^\s*[(\[]?\s*(?:" + trie_alternation(sorted(lang_lead, key=len, reverse=True))
                                 + r")(?:\s*[:：]|\s+(?=\w))", re.I) if lang_lead else re.compile(r"(?!x)x"),
        # "… Rejoice Ndlovu. Isithombe: Sithunyelwe": a labelled credit ending the caption.
        trailing_credit_re=re.compile(
            rf"(?:(?:(?<=[\s.;,(\[])|^)[\(\[]?\s*(?:{label_body})\s*[:：=]\s*"
            rf"|(?:[©ⓒⒸ]|\([cC]\)|（[cCｃＣ]）)\s*)"
            rf"(?P<credit>[^:：©]{{2,80}}?)[\s)\]]*$", re.I),
        # Wire-service trailers printed after a credit ("+++ dpa-Bildfunk +++").
        trailer_re=re.compile("|".join(credit.get("trailers", [])) or r"(?!x)x"),
        byline_prefix_re=re.compile(
            r"^\s*(?:" + "|".join(re.escape(w) for w in sorted(lang_bylines, key=len, reverse=True)) + r")\s*[:：]?\s+\w",
            re.I) if lang_bylines else re.compile(r"(?!x)x"),
        byline_re=re.compile(
            r"\b\d{1,2}:\d{2}\b|" + "|".join(re.escape(w) for w in credit.get("byline_words", [])), re.I),
        hidden=_vocabulary(hidden),
        hidden_styles=tuple(s.replace(" ", "") for s in hidden.get("styles", [])),
        # One-word labels ("Caption:") need their punctuation, or "Caption of the
        # figure" would lose its first word; longer ones do not.
        credit_prefix_re=re.compile(
            r"^\s*(?:" + "|".join(re.escape(p) for p in hidden.get("credit_label_prefixes", [])) + r")\s*[,:]",
            re.I) if hidden.get("credit_label_prefixes") else re.compile(r"(?!x)x"),
        label_prefix_re=re.compile(
            r"^\s*(?:(?:" + "|".join(re.escape(p) for p in prefixes if " " in p) + r")\s*[,:]?\s*"
            r"|(?:" + "|".join(re.escape(p) for p in prefixes if " " not in p) + r")\s*[,:]\s*)", re.I
        ),
        toggle=_vocabulary(data["toggle"]),
        toggle_texts=frozenset(t.lower() for t in [*data["toggle"].get("texts", []), *lang_caption]),
        boilerplate=_vocabulary(data["boilerplate"]),
        boilerplate_roles=frozenset(data["boilerplate"].get("roles", [])),
        content=_vocabulary(data["content"]),
        lead_classes=_vocab_re(data["content"].get("lead_classes", [])),
        lazy_src=tuple(images.get("lazy_src", [])),
        lazy_srcset=tuple(images.get("lazy_srcset", [])),
        skip_src_re=_phrase_re(images.get("skip_src_words", [])),
        skip_file_re=_phrase_re(images.get("skip_file_words", [])),
        placeholder_src_re=_phrase_re(images.get("placeholder_src_words", [])),
        skip_image_classes=_vocab_re(images.get("skip_classes", [])),
        skip_container_classes=_vocab_re(images.get("skip_container_classes", [])),
        player_container_classes=_vocab_re(images.get("player_container_classes", [])),
        skip_container_src_re=_phrase_re(images.get("skip_container_src_words", [])),
        responsive_classes=_vocab_re(images.get("responsive_classes", [])),
        min_image_size=int(images.get("min_size", 50)),
        promo_re=re.compile("|".join(re.escape(p) for p in data["caption"].get("promo_phrases", [])) or r"(?!x)x",
                            re.I),
        noise_lines=frozenset(t.lower() for t in [*data["text"].get("noise_lines", []), *lang_boilerplate]),
        credit_label_words=frozenset(label.casefold() for label in all_labels),
        caption_badges=frozenset(t.casefold() for t in [*data["caption"].get("badge_words", []),
                                                        *data["text"].get("noise_lines", []), *lang_boilerplate]),
    )


@lru_cache(maxsize=1)
def conventions() -> Conventions:
    """The bundled conventions (read once; immutable)."""
    text = resources.files("mediakit.html").joinpath("data/conventions.toml").read_text("utf-8")
    return _load(tomllib.loads(text))
