"""The article's own text: find the container of the article, then read it block by block,
leaving out picture units, captions, credits, hidden text and link lists.

The container is the deepest element that holds most (``SHARE``) of the page's
paragraph text, counting only paragraphs that read as prose (long enough, few links).
Boilerplate subtrees (navigation, share bars, related teasers, comments, ...) were
removed before, so they neither count nor come out.
"""
from __future__ import annotations

from lxml import etree

from mediakit.html.conventions import CAPTION, CREDIT, HIDDEN, LEAD, Conventions
from mediakit.html.document import clean_space, first, longer_than, text_of
from mediakit.html.roles import BLOCK_TAGS, SCREEN_READER_CAPTION, class_flags, hidden_by_attribute, role_of, subheading

PARAGRAPH_TAGS = ("p", "pre", "blockquote", "h2", "h3", "h4", "li", "dd", "td")
MIN_PROSE_CHARS = 40
MAX_LINK_DENSITY = 0.5
SHARE = 0.7
GROWTH = 1.5
# Tags the cleaning walk passes over without a look (nor a mark for read_blocks).
NEVER_CLEANED_TAGS = frozenset({"body", "head"})
_SKIP_TAGS = frozenset({"figure", "figcaption", "h1", "noscript", "picture", "img", "head", "title"})


def _link_chars(el: etree._Element) -> int:
    if not len(el):  # a leaf holds no link but itself (and el.iter() costs a tag matcher)
        return len(el.text or "") if el.tag == "a" else 0
    return sum(len(text_of(a)) for a in el.iter("a"))


def prose_weights(top: etree._Element) -> tuple[dict[etree._Element, int], int]:
    """Characters of prose paragraphs under each element, and in all."""
    # Summed by parent first: paragraphs share parents, so each chain of ancestors is
    # climbed once per parent rather than once per paragraph.
    by_parent: dict[etree._Element, int] = {}
    total = 0
    for p in top.iter(*PARAGRAPH_TAGS):
        n = len(text_of(p).strip())
        if n < MIN_PROSE_CHARS or (p.tag in ("li", "td") and n < 2 * MIN_PROSE_CHARS):
            continue
        if _link_chars(p) > MAX_LINK_DENSITY * n:
            continue
        total += n
        parent = p.getparent()
        if parent is not None:
            by_parent[parent] = by_parent.get(parent, 0) + n
    weight: dict[etree._Element, int] = {}
    for el, n in by_parent.items():
        weight[el] = weight.get(el, 0) + n
        for anc in el.iterancestors():
            weight[anc] = weight.get(anc, 0) + n
    return weight, total


def find_container(root: etree._Element) -> etree._Element:
    """The deepest element holding ``SHARE`` of the prose of the page."""
    body = first(root, "body")
    top = body if body is not None else root
    weight, total = prose_weights(top)
    if not total:
        return top
    need = SHARE * total
    best, best_depth = top, -1
    for el, w in weight.items():
        if w >= need:
            depth = sum(1 for _ in el.iterancestors())
            if depth > best_depth:
                best, best_depth = el, depth
    # Climb to take in the standfirst and the lead paragraphs that sit beside the text
    # column (in the article header), as long as little prose is added.
    while best is not top:
        parent = best.getparent()
        if parent is None or weight.get(parent, 0) > GROWTH * weight.get(best, 0):
            break
        best = parent
    return best


# A caption or credit box is short; a long one with such a class word ("notes-source")
# is a column of text.
MAX_PICTURE_TEXT = 600


# The attributes _left_out reads: an element with none of them is read.
_ROLE_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style", "class", "id", "itemprop", "data-testid"})


def _left_out(node: etree._Element, names: list[str], conv: Conventions) -> bool:
    """Hidden (roles.is_hidden), or a caption or credit element (by class or itemprop)
    not claimed by a picture. ``names``: the attributes of ``node``; only those present
    are read (the body walk asks this of every element)."""
    if hidden_by_attribute(node, names, conv):
        return True
    get = node.get
    cls = get("class") if "class" in names else None
    ident = get("id") if "id" in names else None
    tag = node.tag
    flags = conv.attr_flags(cls, ident)
    if cls and tag != SCREEN_READER_CAPTION and flags & HIDDEN:
        return True
    itemprop = get("itemprop") if "itemprop" in names else None
    testid = get("data-testid") if "data-testid" in names else None
    if not (cls or itemprop or testid):
        return False
    if itemprop:
        role = role_of(node, conv, itemprop, cls, ident, testid)
    else:  # role_of() without an itemprop: by the words of role_words(), then by tag
        if testid is not None:
            flags = conv.attr_flags(cls, ident, testid)
        role = flags & CREDIT or flags & CAPTION and not subheading(node) \
            or tag in conv.credit.tags or tag in conv.caption.tags
    return bool(role) and not longer_than(node, MAX_PICTURE_TEXT)


def read_blocks(container: etree._Element, conv: Conventions, claimed: set,
                marks: set | None = None) -> list[str]:
    """Paragraphs of ``container`` in order, without picture text or hidden text.
    ``marks``: what cleaning.remove_unread returned, the only elements (with body and
    head) whose attributes may leave them out; without it every element is looked at."""
    blocks: list[str] = []
    buffer: list[str] = []
    link_chars = 0
    open_links: list[etree._Element] = []

    def flush() -> None:
        nonlocal link_chars
        if not buffer:
            return
        text = clean_space("".join(buffer))
        buffer.clear()
        if text and not (link_chars > 0.6 * len(text) and len(text) < 200) \
                and text.lower().strip(" .:…") not in conv.noise_lines:
            blocks.append(text)
        link_chars = 0

    # flush() does nothing on an empty buffer: it is only called on a full one. White
    # space that would open a block is not buffered (the block's text is trimmed, and it
    # adds no link text): the white space between blocks never costs a flush.
    walker = etree.iterwalk(container, events=("start", "end"))
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if not isinstance(tag, str):
                walker.skip_subtree()
                continue
            if node is not container and (tag in _SKIP_TAGS or node in claimed or (
                    (node in marks and _left_out(node, node.keys(), conv))
                    if marks is not None and tag not in NEVER_CLEANED_TAGS else
                    (not _ROLE_ATTRIBUTES.isdisjoint(names := node.keys()) and _left_out(node, names, conv)))):
                if buffer and tag in BLOCK_TAGS:
                    flush()
                walker.skip_subtree()
                continue
            if buffer and tag in BLOCK_TAGS:
                flush()
            if tag == "a":
                open_links.append(node)
            text = node.text
            if text and (buffer or not text.isspace()):
                buffer.append(text)
                if open_links:
                    link_chars += len(text.strip())
        else:
            if node is container:
                break
            if open_links and open_links[-1] is node:
                open_links.pop()
            if buffer and tag in BLOCK_TAGS:  # (a comment's tag is a function: not in it)
                flush()
            tail = node.tail
            if tail and (buffer or not tail.isspace()):
                buffer.append(tail)
                if open_links:
                    link_chars += len(tail.strip())
    flush()
    return _trim(blocks)


# Menus, datelines and "read also" links the container may still hold sit before the
# first sentence of prose and after the last one; subheadings sit between.
MIN_SENTENCE_CHARS = 40
MIN_RUN_ON_CHARS = 80
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", '"', "»", "”", "’", ")", "»")


def _is_prose(block: str) -> bool:
    # (A CJK sentence says as much in fewer characters: "自衛隊の支援は当面、12月上旬まで続ける予定だという。")
    if block.endswith(_CJK_SENTENCE_ENDS):
        return len(block) >= MIN_CJK_SENTENCE_CHARS
    return (len(block) >= MIN_SENTENCE_CHARS and block.endswith(_SENTENCE_ENDS)) or len(block) >= MIN_RUN_ON_CHARS


_CJK_SENTENCE_ENDS = ("。", "！", "？")
MIN_CJK_SENTENCE_CHARS = 15


def _trim(blocks: list[str]) -> list[str]:
    prose = [i for i, b in enumerate(blocks) if _is_prose(b)]
    if not prose:
        return blocks
    return blocks[prose[0]:prose[-1] + 1]


MAX_LEAD_CHARS = 800


def lead_blocks(root: etree._Element, container: etree._Element, conv: Conventions,
                claimed: set) -> list[str]:
    """The standfirst printed above the text column (outside ``container``), if any:
    elements with a lead class word, before the container, in its article."""
    scope = next((a for a in container.iterancestors("article")), None)
    if scope is None:
        scope = first(root, "body")
        if scope is None:
            scope = root
    out: list[str] = []
    for el in scope.iter():
        if el is container:
            break
        if not isinstance(el.tag, str) or not (el.get("class") or el.get("id")):
            continue
        if el.tag in ("figure", "figcaption") or el in claimed or not class_flags(el, conv) & LEAD:
            continue
        text = clean_space(text_of(el))
        if MIN_PROSE_CHARS <= len(text) <= MAX_LEAD_CHARS and not any(text in t or t in text for t in out):
            if _link_chars(el) <= MAX_LINK_DENSITY * len(text):
                out.append(text)
        if len(out) >= 2:
            break
    return out
