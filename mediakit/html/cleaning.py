"""Removing what is never read: hidden text and boilerplate subtrees.

One walk finds the outermost hidden and boilerplate elements (their insides are not
walked); guards keep a mistaken class match from eating the article.
"""
from __future__ import annotations

import re

from lxml import etree

from mediakit.html.addresses import IMAGE_TAGS
from mediakit.html.body import NEVER_CLEANED_TAGS, prose_weights
from mediakit.html.conventions import (
    BOILERPLATE, CAPTION, CONTENT, CREDIT, FIGURE, HIDDEN, Conventions, class_words,
)
from mediakit.html.document import CREDIT_LABEL_ATTR, first, text_of
from mediakit.html.roles import SCREEN_READER_CAPTION

# Boilerplate that holds more than this share of the page's prose is the page itself
# (a site that calls its article wrapper "sidebar-grid"): it stays.
MAX_BOILERPLATE_SHARE = 0.3


def remove_unread(root: etree._Element, conv: Conventions) -> set[etree._Element]:
    """Drop hidden text and boilerplate subtrees (their tails stay). Returns the marks
    for body.read_blocks: every element left whose attributes may make the body leave
    it out (see _may_be_left_out), found on the way, so that the body walk reads the
    attributes of those only."""
    marks: set[etree._Element] = set()
    weight: dict[etree._Element, int] | None = None
    total = 0
    layouts: set[str] = set()  # class names of boilerplate-looking boxes that are the page
    pending = [root]
    while pending:
        hidden, boiler = _find_unread(pending.pop(), conv, layouts, marks)
        for el in hidden:
            _keep_credit_label(el, conv)
            _drop(el)
        if boiler and weight is None:
            body = first(root, "body")
            weight, total = prose_weights(root if body is None else body)
        for el in boiler:
            if el.getparent() is None:
                continue
            if _inside_figure(el):  # stays: its inside, skipped by the walk, is marked now
                _mark_inside(el, conv, marks)
                continue
            holds_headline = next(el.iter("h1"), None) is not None
            if holds_headline or (weight is not None and weight.get(el, 0) > MAX_BOILERPLATE_SHARE * total):
                # A layout box ("sidebar-grid") that is the page: its own parts
                # ("sidebar-grid__container") are layout too; look inside for the rest.
                layouts.add(_family(el))
                pending.append(el)
                continue
            _drop(el)
    return marks


def _keep_credit_label(el: etree._Element, conv: Conventions) -> None:
    """A screen-reader label such as "Image source," says its parent holds the credit:
    the label goes, its meaning stays as a mark on the parent."""
    parent = el.getparent()
    if parent is not None and conv.credit_prefix_re.match(text_of(el)):  # (XPath costs a context)
        parent.set(CREDIT_LABEL_ATTR, "")


def _family(el: etree._Element) -> str:
    """' word word ' of the first class name: the BEM block the element's parts share."""
    first = (el.get("class") or el.get("id") or "").split()
    return class_words(first[0]) if first else " "


def _find_unread(top: etree._Element, conv: Conventions, layouts: set[str],
                 marks: set[etree._Element]) -> tuple[list, list]:
    """Outermost hidden and boilerplate elements under ``top`` (one walk, skipping the
    inside of what is found).

    An element is hidden by its hidden / aria-hidden / style attributes or by a class word
    (a figcaption hidden by class only stays: see roles.SCREEN_READER_CAPTION; so does a
    caption or credit hidden by aria-hidden only: it is hidden from screen readers, not
    from the screen); it is
    boilerplate by class word, tag or ARIA role, unless a class word says it is part of a
    figure, caption, credit or content, or it is a figure's own footer. The test is
    written out in the loop: it runs once per element of the page, and a function call
    per element would cost as much as the test. Attributes are listed by one keys() call
    and only those present are read. Elements the body may leave out are added to
    ``marks`` (the test of _may_be_left_out, written out here too)."""
    hidden, boiler = [], []
    hides, attr_flags = conv.hides, conv.attr_flags
    boilerplate_tags, boilerplate_roles = conv.boilerplate.tags, conv.boilerplate_roles
    role_tags = conv.credit.tags | conv.caption.tags
    walker = etree.iterwalk(top, events=("start",))
    next(walker)  # top itself
    for _, el in walker:
        tag = el.tag
        if tag in _NEVER_UNREAD or not isinstance(tag, str):
            continue
        names = el.keys()
        cls = ident = kind = None
        aria_hidden = False
        if names:
            get = el.get
            if "hidden" in names:
                kind = "hidden"
            elif "style" in names and (style := get("style")) and hides(style):
                kind = "hidden"
            else:
                aria_hidden = "aria-hidden" in names and get("aria-hidden") == "true"
                cls = get("class") if "class" in names else None
                ident = get("id") if "id" in names else None
        if kind is None:
            flags = attr_flags(cls, ident) if cls or ident else 0
            if names and ((cls and (flags & _ROLE_FLAGS or tag in role_tags))
                          or "itemprop" in names or "data-testid" in names):
                marks.add(el)
            if aria_hidden and not (tag == SCREEN_READER_CAPTION or flags & _ROLE_FLAGS):
                # (aria-hidden hides from screen readers only: a caption or credit so
                # marked is on the screen, as Le Monde and ORF print theirs)
                kind = "hidden"
            elif flags & HIDDEN and cls and tag != SCREEN_READER_CAPTION:
                kind = "hidden"
            elif flags & _NEVER_BOILERPLATE:
                continue  # a figure's "media-share" box, a caption's "credit-footer"
            elif flags & BOILERPLATE or tag in boilerplate_tags:
                if _in_figure_tag(el):
                    continue
                kind = "boilerplate"
            elif "role" in names and el.get("role") in boilerplate_roles:
                kind = "boilerplate"
            else:
                continue
        if kind == "hidden":
            marks.add(el)
            # A hidden box holding a picture is a responsive variant: the picture stays
            # (its text is skipped when read), the box is not removed.
            if next(el.iter(*IMAGE_TAGS), None) is None:
                hidden.append(el)
                walker.skip_subtree()
        elif kind == "boilerplate" and not _in_layout(el, layouts):
            boiler.append(el)
            walker.skip_subtree()
    return hidden, boiler


_NEVER_UNREAD = NEVER_CLEANED_TAGS
_NEVER_BOILERPLATE = FIGURE | CAPTION | CREDIT | CONTENT
_ROLE_FLAGS = CREDIT | CAPTION


def _may_be_left_out(el: etree._Element, conv: Conventions) -> bool:
    """Whether body._left_out may be true of ``el`` by its attributes: hidden (by
    attribute, style or class word), or a caption or credit by class word, tag,
    itemprop or test id."""
    names = el.keys()
    if not names:
        return False
    get = el.get
    if "hidden" in names or ("aria-hidden" in names and get("aria-hidden") == "true"):
        return True
    if "style" in names and (style := get("style")) and conv.hides(style):
        return True
    if "itemprop" in names or "data-testid" in names:
        return True
    cls = get("class") if "class" in names else None
    if not cls:
        return False
    flags = conv.attr_flags(cls, get("id") if "id" in names else None)
    return bool(flags & (HIDDEN | _ROLE_FLAGS)) or el.tag in conv.credit.tags or el.tag in conv.caption.tags


def _mark_inside(el: etree._Element, conv: Conventions, marks: set[etree._Element]) -> None:
    """Mark what _may_be_left_out under ``el``, a subtree the walk skipped but that stays."""
    for node in el.iterdescendants():
        if isinstance(node.tag, str) and node.tag not in _NEVER_UNREAD and _may_be_left_out(node, conv):
            marks.add(node)


def _in_figure_tag(el: etree._Element) -> bool:
    return el.tag == "footer" and el.getparent() is not None and el.getparent().tag == "figure"


def _in_layout(el: etree._Element, layouts: set[str]) -> bool:
    if not layouts or not el.get("class"):
        return False
    w = class_words(el.get("class"))
    return any(family != " " and family in w for family in layouts)


def _inside_figure(el: etree._Element) -> bool:
    return next(el.iterancestors("figure"), None) is not None


def _drop(el: etree._Element) -> None:
    """Remove ``el``; its tail text joins the text before it."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = _xml_safe((prev.tail or "") + tail)
        else:
            parent.text = _xml_safe((parent.text or "") + tail)
    parent.remove(el)


# libxml2 keeps control characters it parsed, but lxml refuses them in assigned text.
_XML_UNSAFE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_UNSAFE_RE.sub("", text)
