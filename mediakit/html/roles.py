"""What an element *is*, by the conventions: hidden, boilerplate, figure, caption, credit.

Each question looks at the tag, the class/id words, ``itemprop``/``role``/``style`` and a
few attributes; the answers come from ``data/conventions.toml``.
"""
from __future__ import annotations

from lxml import etree

from mediakit.html.conventions import (
    BOILERPLATE, CAPTION, CONTENT, CREDIT, FIGURE, HIDDEN, TOGGLE, Conventions, class_words,
)
from mediakit.html.document import clean_space, text_of

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
    "thead", "tr", "ul", "br", "caption", "summary", "details", "center",
})


def words(el: etree._Element) -> str:
    """The class and id of ``el`` as ' word word '."""
    cls = el.get("class")
    ident = el.get("id")
    if ident:
        return class_words(f"{cls or ''} {ident}")
    return class_words(cls) if cls else " "


def class_flags(el: etree._Element, conv: Conventions) -> int:
    """conv.flags(words(el)), found by the raw class and id values (cached there)."""
    return conv.attr_flags(el.get("class"), el.get("id"))


def role_words(el: etree._Element) -> str:
    """words() plus data-testid, where React sites name their parts ("Caption",
    "ImageCredit"); used for caption and credit roles only (their test ids also say
    "player" or "teaser" about boxes that hold article pictures)."""
    testid = el.get("data-testid")
    if not testid:
        return words(el)
    return class_words(f"{el.get('class') or ''} {el.get('id') or ''} {testid}")


def _shown_caption(el: etree._Element, names: list[str], conv: Conventions) -> bool:
    """A caption or credit hidden from screen readers only (``aria-hidden="true"``) is on
    the screen: Le Monde and ORF print their visible captions and credits so, because
    the picture's alt text already says the same to screen readers."""
    if "hidden" in names or ("style" in names and conv.hides(el.get("style") or "")):
        return False
    return el.tag == SCREEN_READER_CAPTION or bool(class_flags(el, conv) & (CAPTION | CREDIT))


# A figcaption hidden by class only ("sr-only") is its figure's caption kept for screen
# readers while a gallery shows the current slide's caption with a script: it is still
# that picture's caption. Text switched off outright (hidden, display:none) is not, nor
# is aria-hidden text other than a caption or credit; nor are screen-reader labels inside
# a visible caption ("Image caption,").
SCREEN_READER_CAPTION = "figcaption"


def hidden_by_attribute(el: etree._Element, names: list[str], conv: Conventions) -> bool:
    """``hidden``, ``aria-hidden="true"`` or a hiding style, read from the attribute
    ``names`` of ``el`` (only those present are read: walks ask this of every element)."""
    if "hidden" in names or ("aria-hidden" in names and el.get("aria-hidden") == "true"):
        return True
    if "style" in names:
        style = el.get("style")
        return bool(style) and conv.hides(style)
    return False


def is_hidden(el: etree._Element, conv: Conventions) -> bool:
    names = el.keys()  # one call; then only the attributes it has are read
    if not names:
        return False
    if hidden_by_attribute(el, names, conv):
        return not _shown_caption(el, names, conv)
    get = el.get
    if "class" in names and el.tag != SCREEN_READER_CAPTION:
        cls = get("class")
        if cls:
            return bool(conv.attr_flags(cls, get("id")) & HIDDEN)
    return False


def is_boilerplate(el: etree._Element, conv: Conventions) -> bool:
    tag = el.tag
    vocab = conv.boilerplate
    role = el.get("role")
    hit = tag in vocab.tags or (role is not None and role in conv.boilerplate_roles)
    flags = class_flags(el, conv)
    if not hit and not flags & BOILERPLATE:
        return False
    # A figure's own footer or a "media share" wrapper of a picture stays.
    return not flags & (FIGURE | CAPTION | CREDIT | CONTENT)


def is_figure(el: etree._Element, conv: Conventions) -> bool:
    if el.tag in conv.figure.tags:
        return True
    itemtype = el.get("itemtype")
    if itemtype and any(t in itemtype for t in conv.figure_itemtypes):
        return True
    return bool(class_flags(el, conv) & FIGURE)


def _scope_is_image(el: etree._Element, conv: Conventions) -> bool:
    """Whether a microdata property (author, copyrightHolder) belongs to an image: the
    article's author is an author too, but of the text."""
    for anc in el.iterancestors():
        if anc.get("itemscope") is not None:
            itemtype = anc.get("itemtype") or ""
            return any(t in itemtype for t in conv.figure_itemtypes)
    return True


def text_role(el: etree._Element, conv: Conventions) -> str | None:
    """'credit', 'caption' or None. Credit wins: 'caption-credit' is a credit."""
    names = el.keys()  # one call; then only the attributes it has are read
    if not names:
        return role_of(el, conv, None, None, None, None)
    get = el.get
    return role_of(el, conv, get("itemprop") if "itemprop" in names else None,
                   get("class") if "class" in names else None, get("id") if "id" in names else None,
                   get("data-testid") if "data-testid" in names else None)


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def subheading(el: etree._Element) -> bool:
    """A heading outside any figure is the text's subheading, whatever its class says
    (`<h2 class="subtitle-article">`, `<h3 class="story__subtitle">`)."""
    return el.tag in _HEADING_TAGS and next(el.iterancestors("figure"), None) is None


def role_of(el: etree._Element, conv: Conventions, itemprop: str | None, cls: str | None,
            ident: str | None, testid: str | None) -> str | None:
    """text_role() of ``el`` whose attributes the caller has read already."""
    if itemprop:
        props = {p.lower() for p in itemprop.split()}
        if props & conv.credit.itemprops and _scope_is_image(el, conv):
            return "credit"
        if props & conv.caption.itemprops and _scope_is_image(el, conv):
            return "caption"
    flags = conv.attr_flags(cls, ident, testid)  # the flags of role_words()
    if flags & CREDIT:
        if flags & CAPTION and _holds_a_caption(el, conv):
            return "caption"  # NPR's "credit-caption": the box of both, each in its own element
        return "credit"
    if flags & CAPTION and not subheading(el):
        return "caption"
    tag = el.tag
    if tag in conv.credit.tags:
        return "credit"
    if tag in conv.caption.tags:
        return "caption"
    return None


def _holds_a_caption(el: etree._Element, conv: Conventions) -> bool:
    return any(isinstance(d.tag, str) and d.get("class") and class_flags(d, conv) & CAPTION
               and not class_flags(d, conv) & CREDIT for d in el.iterdescendants())


def text_role_by_class(el: etree._Element, conv: Conventions) -> str | None:
    """text_role from class words and itemprop only (not from the tag)."""
    if el.get("itemprop") or el.get("class") or el.get("id"):
        role = text_role(el, conv)
        if role and (el.get("itemprop") or class_flags(el, conv) & (CREDIT | CAPTION)):
            return role
    return None


def is_toggle(el: etree._Element, conv: Conventions) -> bool:
    if el.tag in conv.toggle.tags:
        return True
    if class_flags(el, conv) & TOGGLE:
        text = clean_space(text_of(el))
        return len(text) <= 20
    if el.tag in ("a", "span", "div", "p", "i", "b", "em", "strong") and len(el) == 0:
        text = clean_space(el.text).lower()
        return text in conv.toggle_texts
    return False


def visible_text(el: etree._Element, conv: Conventions, skip: frozenset | set = frozenset()) -> str:
    """The text of ``el`` a reader sees: hidden parts, toggles and ``skip`` elements out."""
    parts: list[str] = []
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not el and (not isinstance(node.tag, str) or node in skip
                                   or is_hidden(node, conv) or is_toggle(node, conv)):
                walker.skip_subtree()
                continue
            if node.tag in BLOCK_TAGS:
                parts.append(" ")
            if node.text:
                parts.append(node.text)
        else:
            if node is el:
                break
            if node.tag in BLOCK_TAGS:
                parts.append(" ")
            if node.tail:
                parts.append(node.tail)
    return clean_space("".join(parts))
