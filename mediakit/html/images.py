"""Pictures on the page: where each one's file is, and which text around it is its
caption and which its credit.

For each ``<img>`` (or ``amp-img``) we find its *unit*: the highest ancestor that holds
this picture and no other, with little text (a figure, a ``wp-caption`` box, a media
wrapper). Inside the unit, elements are caption or credit by the conventions
(``figcaption``, class words, ``itemprop``, ``cite``); outside it, a caption-like
sibling right after the unit counts too. The unit and those elements are then kept
out of the article body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from mediakit.credits.grammar import grammar
from mediakit.credits.names import is_named_person
from mediakit.html.addresses import (
    count_images, image_src, in_noscript_twin, in_player, is_decoration, near_ancestors, picture_of,
)
from mediakit.html.conventions import RESPONSIVE, Conventions
from mediakit.html.document import CREDIT_LABEL_ATTR, clean_space, longer_than, text_of
from mediakit.html.roles import is_figure, is_hidden, text_role, text_role_by_class, visible_text

# Pictures: <img>, <amp-img>, and the empty boxes lazy loaders fill in later
# (<div class="js-delayed-image-load" data-src="...">).
_PICTURE_TAGS = ("img", "amp-img")
_LAZY_BOX_TAGS = ("div", "span")
# Custom elements (a hyphen in the name) holding a picture's address for a script.
_CUSTOM_LAZY_XPATH = etree.XPath('//*[@data-src][contains(local-name(), "-")][local-name() != "amp-img"]')


def pictures(root: etree._Element) -> list[etree._Element]:
    """The pictures of the page in document order. (One walk filtered in C; an XPath
    union of the four kinds walks the tree four times, slower than this.)"""
    found: list[etree._Element] = []
    custom = set(_CUSTOM_LAZY_XPATH(root))
    walk = root.iter() if custom else root.iter(*_PICTURE_TAGS, *_LAZY_BOX_TAGS, "figure")
    for el in walk:
        if el in custom:  # <brick-image-v3 data-src="…">: a custom element a script fills
            if next(el.iter(*_PICTURE_TAGS), None) is None:
                found.append(el)
        elif el.tag in _PICTURE_TAGS:
            found.append(el)
        elif el.tag == "figure":
            if _image_object_without_img(el):
                found.append(el)
        elif el.get("data-src") is not None and next(el.iter("img"), None) is None:
            found.append(el)
    return found


def _image_object_without_img(figure: etree._Element) -> bool:
    """<figure itemtype="…/ImageObject" itemid="https://…/photo.jpg"> whose <img> a script
    adds later: the figure stands for its picture (its address in itemid)."""
    return "ImageObject" in (figure.get("itemtype") or "") and (figure.get("itemid") or "").startswith("http") \
        and next(figure.iter(*_PICTURE_TAGS), None) is None
# A unit is a picture's own box: above this much text it is a text column.
MAX_UNIT_TEXT = 1500
# A wrapper that is not marked as a figure may lend its text as caption up to this size.
MAX_LOOSE_TEXT = 600
# ... and unmarked text beside a picture is its caption up to this size.
MAX_LOOSE_CAPTION = 300
# On pages with more pictures than this, only the first ones are read (with a warning).
MAX_IMAGES = 20000
_STOP_TAGS = frozenset({"body", "html", "main"})


CreditCheck = Callable[[str], bool]  # does this bare text read as a credit?


@dataclass
class OnPageImage:
    element: etree._Element
    src: str | None
    alt: str | None
    caption: str | None = None
    credit: str | None = None
    found_in: list[str] = field(default_factory=list)
    microdata: bool = False
    responsive: bool = False  # inside a box a breakpoint hides: may be printed twice
    poster: bool = False  # a video player's poster picture


def _responsive(near: list[tuple[etree._Element, int]]) -> bool:
    """Whether one of the picture's near ancestors (addresses.near_ancestors) is a box
    a breakpoint hides."""
    return any(flags & RESPONSIVE for _, flags in near[:5])


def _transparent(el: etree._Element) -> bool:
    """A wrapper that says nothing: a link, a span, a <picture>, a div without class, a
    table's cell, row or body (around the picture of a caption table)."""
    return el.tag in ("a", "span", "picture", "td", "tr", "tbody") \
        or (el.tag == "div" and not el.get("class") and not el.get("id"))


ImageCounts = dict[etree._Element, int]  # count_images() of elements of one page (its tree does not change)


def _images_in(el: etree._Element, counts: ImageCounts | None) -> int:
    """count_images(el), remembered in ``counts``: the pictures of one box climb through
    the same ancestors."""
    if counts is None:
        return count_images(el)
    found = counts.get(el)
    if found is None:
        found = counts[el] = count_images(el)
    return found


def find_unit(img: etree._Element, conv: Conventions, picture: etree._Element | None = None,
              counts: ImageCounts | None = None) -> tuple[etree._Element, bool]:
    """(the picture's box, whether it looks like a figure). ``picture``: the <picture>
    around ``img`` (addresses.picture_of), if any; ``counts``: the page's image counts
    so far."""
    # Start from the <picture> (libxml2 nests <img> inside its <source>s).
    start = img if picture is None else picture
    node = start
    unit, figure_like = node, False
    for _ in range(conv.figure_max_levels):
        parent = node.getparent()
        if parent is None or parent.tag in _STOP_TAGS:
            break
        if _images_in(parent, counts) > 1:
            break
        if longer_than(parent, MAX_UNIT_TEXT):
            break
        node = parent
        if is_figure(node, conv) or node.tag == "figure" or _caption_box_around(node, conv):
            unit, figure_like = node, True
        elif figure_like and not _transparent(node):
            break  # past the figure's own wrappers: the page around it
        else:
            unit = node
    if not figure_like:
        # No figure box: a small wrapper only (a few levels, little text), so a column
        # of text with one picture does not lend its byline as the picture's credit.
        unit = node = start
        for _ in range(3):
            parent = node.getparent()
            if parent is None or parent.tag in _STOP_TAGS or parent.tag in ("p", "li", "article", "section"):
                break
            if _images_in(parent, counts) > 1 or longer_than(parent, MAX_LOOSE_TEXT):
                break
            node = unit = parent
    return unit, figure_like


@dataclass
class UnitText:
    captions: list[etree._Element] = field(default_factory=list)
    credits: list[etree._Element] = field(default_factory=list)


def _caption_box_around(node: etree._Element, conv: Conventions) -> bool:
    """A box its class calls a caption that holds the picture is the figure: VnExpress's
    `<table class="tplCaption">`, the picture in one row and its caption in the next."""
    return node.tag in ("table", "div") and text_role_by_class(node, conv) == "caption"


def _collect(unit: etree._Element, img: etree._Element, conv: Conventions) -> UnitText:
    """Outermost caption elements and every credit element in ``unit``."""
    found = UnitText()
    walker = etree.iterwalk(unit, events=("start",))
    for _, node in walker:
        if node is unit:
            continue
        if node is img or not isinstance(node.tag, str) or is_hidden(node, conv):
            walker.skip_subtree()
            continue
        role = text_role(node, conv)
        if role == "credit" and _writer_box(node, conv):
            walker.skip_subtree()  # the article's or a teaser's writer, in a box classed "byline"
        elif role == "credit":
            found.credits.append(node)
            walker.skip_subtree()
        elif role == "caption" and node.tag != "figcaption" and _holds_heading(node) \
                and not _caption_as_heading(node, clean_space(text_of(node))):
            walker.skip_subtree()  # "<div class=info-text-card><h2>…": a headline's box, not a caption
        elif role == "caption":
            if not any(_is_ancestor(c, node) for c in found.captions):
                found.captions.append(node)
        elif _is_labelled_credit(node, conv) and not _is_ancestor(node, img) and (
                unit.tag == "figure" or any(_is_ancestor(c, node) for c in found.captions)):
            # An unmarked "© X" or "Foto: X" inside the caption is its credit; so is one
            # beside the caption in the figure ("<figcaption>…</figcaption><p>© X</p>").
            found.credits.append(node)
            walker.skip_subtree()
        elif _opens_with_credit_prefix(node, conv) and not _is_ancestor(node, img):
            # "<span class=visually-hidden>Image source, </span>Getty Images"
            found.credits.append(node)
            walker.skip_subtree()
    found.captions = [inner for c in found.captions for inner in _caption_variants(c, conv)]
    return found


def _caption_variants(caption: etree._Element, conv: Conventions) -> list[etree._Element]:
    """A caption box holding several caption elements (the full text and a cut-short
    copy for small screens) stands for those, so that equal texts count once."""
    inner: list[etree._Element] = []
    for node in caption.iterdescendants():
        if isinstance(node.tag, str) and text_role_by_class(node, conv) == "caption" \
                and not any(_is_ancestor(i, node) for i in inner):
            inner.append(node)
    return inner if len(inner) >= 2 else [caption]


def _whole_caption(credit: etree._Element, captions: list[etree._Element], conv: Conventions) -> bool:
    """A <small> or <cite> (credit by tag only) that holds all of its caption's text is
    how that site sets the caption, not a credit."""
    if credit.tag not in conv.credit.tags or text_role_by_class(credit, conv):
        return False
    for caption in captions:
        if _is_ancestor(caption, credit):
            return clean_space(text_of(credit)) == clean_space(text_of(caption))
    return False


def _credit_child(caption: etree._Element, conv: Conventions, is_credit: CreditCheck) -> list[etree._Element]:
    """Caption and credit in sibling children with no telling class: the last (or first)
    child is the credit when it is short, is not a sentence and parses as a credit."""
    children = [c for c in caption if isinstance(c.tag, str) and clean_space(text_of(c))]
    if len(children) == 1 and not clean_space(caption.text) and children[0].getnext() is not None \
            and children[0].getnext().tag == "br" and clean_space(children[0].getnext().tail or ""):
        # "<figcaption><span>The Yomiuri Shimbun</span><br>The leaders of …": the credit
        # set on a line of its own over the caption's text.
        text = clean_space(text_of(children[0]))
        return [children[0]] if len(text) <= 120 and not text.endswith((".", "!", "?")) and is_credit(text) else []
    if len(children) < 2:
        return []
    if _is_labelled_credit(caption, conv):
        return []  # "Photo by <a>Jane Doe</a> on <a>Unsplash</a>": the whole caption is the credit
    for child in (children[-1], children[0]):
        text = clean_space(text_of(child))
        if len(text) <= 120 and not text.endswith((".", "!", "?", ":")) and is_credit(text):
            return [child]
    # "<span>…tras el temporal del pasado octubre.</span><span class=a_m_m>Marta Ribé</span>":
    # a person's name alone, after a caption that ends its sentence, is the photographer.
    caption = clean_space(text_of(children[0]))
    if caption.endswith((".", "!", "?", "。")) and is_named_person(clean_space(text_of(children[-1])), grammar()):
        return [children[-1]]
    return []


def _names_only(text: str, is_credit: CreditCheck) -> bool:
    """A few words, no sentence, naming a known agency: a credit, wherever it stands.
    (CJK has no spaces to count: a clause mark says it is a sentence, "…，尽在新浪财经APP".)"""
    return 0 < len(text.split()) <= _NAMES_ONLY_WORDS and not text.endswith((".", "!", "?", ":")) \
        and not _CJK_CLAUSE_RE.search(text) and is_credit(text)


_CJK_CLAUSE_RE = re.compile(r"[，。；！？]")
# A date and maybe a clock time, nothing else.
_STAMP_ONLY_RE = re.compile(r"^\W*\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4},?\s*(?:\d{1,2}[:.h]\d{2}\s*(?:Uhr|h)?)?\W*$")
_SENTENCE_THEN_MORE_RE = re.compile(r"[。.!?！？]\s*\S")


_NAMES_ONLY_WORDS = 5


def _credit_chain(text: str, is_credit: CreditCheck) -> bool:
    """Names joined by slashes or "via", no sentence, naming a known agency: a credit."""
    words = text.replace("/", " ").split()
    return 0 < len(text) <= 120 and _CHAIN_JOINER_RE.search(text) is not None \
        and all(word[:1].isupper() or word.casefold() in _NAME_JOINERS for word in words) \
        and not text.endswith((".", "!", "?", ":")) and ". " not in text and is_credit(text)


# Lower-case words a chain of names holds: "Rober Solsona / Europa Press vía Getty Images".
_NAME_JOINERS = frozenset("via vía über de del da do dos van von der den y e et and und & | -".split())


_CHAIN_JOINER_RE = re.compile(r"\s/\s|\S/\S|\sv[ií]a\s", re.IGNORECASE)


def _credit_after_caption(caption: etree._Element, unit: etree._Element, img: etree._Element,
                          is_credit: CreditCheck) -> list[etree._Element]:
    """"<figcaption>…</figcaption><footer>Imago/Blaulicht-News.de</footer>": in a figure,
    the element right after the caption, short, not a sentence and read as a credit."""
    figure = caption.getparent()
    if figure is None or figure.tag != "figure" or not (figure is unit or _is_ancestor(unit, figure)):
        return []
    following = caption.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    if following is None or _is_ancestor(following, img):
        return []
    text = clean_space(text_of(following))
    if 0 < len(text) <= 120 and not text.endswith((".", "!", "?", ":")) and is_credit(text):
        return [following]
    return []


def _marked_credit_after(unit: etree._Element, conv: Conventions) -> list[etree._Element]:
    """"<figure>…<figcaption>…</figcaption></figure><p class="css-credit">ภาพ: …</p>": the
    element right after the picture's box, marked as a credit by its class (Thairath)."""
    sibling = unit.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    if sibling is None or count_images(sibling, 1) or text_role_by_class(sibling, conv) != "credit":
        return []
    return [sibling] if 0 < len(clean_space(text_of(sibling))) <= 150 else []


def _opens_with_credit_prefix(node: etree._Element, conv: Conventions) -> bool:
    """Text that a screen-reader label announces as the credit ("Image source, X"),
    whether the label is still there or was hidden and removed (then it left a mark)."""
    if node.get(CREDIT_LABEL_ATTR) is not None:
        return True
    text = clean_space(text_of(node))
    return 0 < len(text) <= 150 and conv.credit_prefix_re.match(text) is not None


def _is_labelled_credit(node: etree._Element, conv: Conventions) -> bool:
    text = clean_space(text_of(node))
    return 0 < len(text) <= 150 and conv.credit_label_re.match(text) is not None \
        and not _clause_after_label(text, conv)


def _loose_pieces(unit: etree._Element, img: etree._Element, conv: Conventions) -> UnitText:
    """Unmarked text beside the picture inside its box: every element next to the path
    from the picture up to the box. One that opens with a credit label ("Foto:",
    "Photo:") is a credit, the others make the caption."""
    found = UnitText()
    link = next(img.iterancestors("a"), None)
    if link is not None and _page_link(link) and clean_space(text_of(link)):
        return found  # a teaser card: picture and headline inside one link
    if link is not None and not link.get("href") and link.get("onclick"):
        return found  # a control (a mood vote, a share button): its icon's label is no caption
    on_path = img
    for level in img.iterancestors():
        below = UnitText(list(found.captions), list(found.credits))
        for child in level:
            if child is on_path or not isinstance(child.tag, str) or is_hidden(child, conv):
                continue
            text = clean_space(text_of(child))
            if not text or _link_chars(child) > 0.5 * len(text):
                continue
            if _holds_heading(child) and not _caption_as_heading(child, text):
                # A heading beside the picture: a teaser card (its linked headline) or the
                # article's header (kicker, title, byline) around its lead picture. The
                # text around is theirs, not a caption; what the picture's own box held
                # on the levels below is still the picture's (a credit laid over it).
                return below
            if conv.credit_label_re.match(text) and not _clause_after_label(text, conv) \
                    or text_role(child, conv) == "credit":
                found.credits.append(child)
            else:
                found.captions.append(child)
        if level is unit:
            break
        on_path = level
    return found


def _clause_after_label(text: str, conv: Conventions) -> bool:
    """"Video: Bác sĩ hướng dẫn chăm sóc trẻ …", "फाइल फोटो: … का दृश्य।": a label before
    running words or a sentence opens a title or a caption, not a credit."""
    words = text[conv.credit_label_re.match(text).end():].split()
    running = sum(1 for w in words if w.islower() and len(w) >= 3)
    if len(words) >= 6 and words[-1].endswith(("।", ".", "。", "؛")):
        return True  # "फाइल फोटो: 2015 में … का दृश्य।": a sentence, in any script
    return running >= 4 and running > 0.6 * len(words) and not grammar().courtesy.match(" ".join(words))


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _holds_heading(el: etree._Element) -> bool:
    return el.tag in _HEADINGS or next(el.iter(*_HEADINGS), None) is not None
# No headline runs this long: a heading tag around it is a site's way to set a caption.
_CAPTION_AS_HEADING_WORDS = 25


def _caption_as_heading(child: etree._Element, text: str) -> bool:
    """"<div class=imgbox><img><h1>Philippine Marine Corps Commandant …, take part in the
    opening ceremony … yesterday.</h1><p>Photo: AFP</p></div>": a heading of a caption's
    length, no link, right beside the picture."""
    return child.tag in _HEADINGS and len(text.split()) >= _CAPTION_AS_HEADING_WORDS \
        and next(child.iter("a"), None) is None


_NOT_A_PAGE_RE = re.compile(r"^(#|javascript:)|\.(jpe?g|png|gif|webp|avif)(\?|$)", re.I)


def _page_link(a: etree._Element) -> bool:
    """A link to another page (a teaser), not to a lightbox anchor or the image file."""
    href = (a.get("href") or "").strip()
    return bool(href) and not _NOT_A_PAGE_RE.search(href)


def _mostly_link(el: etree._Element) -> bool:
    text = clean_space(text_of(el))
    link = next(el.iterancestors("a"), None)
    if link is not None and _page_link(link) and next(link.iterancestors("figure"), None) is None:
        return bool(text)
    return bool(text) and _link_chars(el) > 0.5 * len(text)


def _link_chars(el: etree._Element) -> int:
    return sum(len(clean_space(text_of(a))) for a in el.iter("a"))


def _is_ancestor(anc: etree._Element, node: etree._Element) -> bool:
    parent = node.getparent()
    while parent is not None:
        if parent is anc:
            return True
        parent = parent.getparent()
    return False


def _alone_in_block(unit: etree._Element) -> etree._Element:
    """The paragraph a picture stands alone in ("<p><img></p><p>caption</p>", as Chinese
    and older CMSs lay pictures out), else the unit itself."""
    node = unit
    for _ in range(2):
        parent = node.getparent()
        if parent is None or parent.tag not in _PICTURE_BLOCKS or clean_space(text_of(parent)) \
                or count_images(parent, 2) > 1:
            break
        node = parent
    return node


_PICTURE_BLOCKS = ("p", "div", "center", "span", "a")


def _after_unit(unit: etree._Element, conv: Conventions, bold_is_heading: bool = False) -> UnitText:
    """Caption or credit elements right after the unit (up to two siblings). Only the
    first may be a caption by its shape alone: a bold line under it is a subheading, and
    so is a bold paragraph after a picture's own paragraph (``bold_is_heading``)."""
    found = UnitText()
    sibling = unit.getnext()
    if sibling is not None and sibling.tag == "br" and not clean_space(sibling.tail):
        sibling = sibling.getnext()  # "<img><br><em>Photo: …</em>"
    for _ in range(2):
        if sibling is None or not isinstance(sibling.tag, str):
            break
        if sibling.tag in ("img", "figure", "picture") or count_images(sibling, 1):
            break
        if _holds_heading(sibling) and not _caption_as_heading(sibling, clean_space(text_of(sibling))):
            break  # the standfirst or the next section under the lead picture, not its caption
        role = text_role(sibling, conv)
        if role is None and not found.captions:
            role = _caption_shaped(sibling, bold_is_heading) or _centred_under(unit, sibling)
        if role == "caption":
            found.captions.extend(_caption_variants(sibling, conv))
            found.credits.extend(_collect(sibling, sibling, conv).credits)
        elif role == "credit":
            found.credits.append(sibling)
        else:
            break
        sibling = sibling.getnext()
    return found


def _marked_caption_after(unit: etree._Element, conv: Conventions) -> list[etree._Element]:
    """The caption element (a figcaption, or marked by its class) right after the unit."""
    sibling = unit.getnext()
    while sibling is not None and not isinstance(sibling.tag, str):
        sibling = sibling.getnext()
    if sibling is None or count_images(sibling, 1) or text_role(sibling, conv) != "caption":
        return []
    return _caption_variants(sibling, conv)


def _after_wrappers(figure: etree._Element, conv: Conventions) -> UnitText:
    """A <figure> without a caption of its own whose wrappers close right after it and
    are followed by an element marked as a caption ("…</figure></div></div>
    <div class="media-caption"><figcaption>…"): that caption is the figure's."""
    node = figure
    for _ in range(3):
        parent = node.getparent()
        if node.getnext() is not None or parent is None or parent.tag in _STOP_TAGS:
            break
        node = parent
    sibling = node.getnext()
    if node is figure or sibling is None or not isinstance(sibling.tag, str) or count_images(sibling, 1):
        return UnitText()
    found = UnitText()
    if text_role(sibling, conv) == "caption" or next(sibling.iter("figcaption"), None) is not None:
        found.captions.extend(_caption_variants(sibling, conv))
        found.credits.extend(_collect(sibling, sibling, conv).credits)
    return found


_CENTRED_RE = re.compile(r"text-align\s*:\s*center", re.I)


def _centred(el: etree._Element) -> bool:
    return (el.get("align") or "").lower() == "center" or bool(_CENTRED_RE.search(el.get("style") or ""))


def _centred_under(block: etree._Element, sibling: etree._Element) -> str | None:
    """A short centred paragraph under a centred picture paragraph is its caption (the
    article's own paragraphs are not centred)."""
    if block.tag not in ("p", "div", "center") or sibling.tag not in ("p", "div", "center"):
        return None
    if not ((_centred(block) or block.tag == "center") and (_centred(sibling) or sibling.tag == "center")):
        return None
    text = clean_space(text_of(sibling))
    return "caption" if 0 < len(text) <= MAX_LOOSE_CAPTION and not _mostly_link(sibling) else None


def _caption_shaped(el: etree._Element, bold_is_heading: bool = False) -> str | None:
    """A caption written as plain markup right after a picture: a one-item list, or a
    short paragraph set wholly in italics/bold/small."""
    if el.tag in ("ul", "ol") and len(el) == 1 and el[0].tag == "li":
        text = clean_space(text_of(el))
        return "caption" if 0 < len(text) <= MAX_LOOSE_TEXT and next(el.iter("a"), None) is None else None
    shapes = ("em", "i", "small") if bold_is_heading else ("em", "i", "strong", "b", "small")
    if el.tag in ("em", "i", "small") and _all_text_of_its_block(el):
        # "<p><img …><em>(All photos: Atlas staff)</em></p>": the line under a picture
        # set inline in its own paragraph.
        text = clean_space(text_of(el))
        return "caption" if 0 < len(text) <= 300 else None
    if el.tag in ("p", "div") and len(el) == 1 and el[0].tag in shapes:
        if clean_space(el.text) or clean_space(el[0].tail):
            return None
        text = clean_space(text_of(el))
        return "caption" if 0 < len(text) <= 300 else None
    return None


def _all_text_of_its_block(el: etree._Element) -> bool:
    block = el.getparent()
    return block is not None and block.tag in ("p", "div", "center") \
        and clean_space(text_of(block)) == clean_space(text_of(el))


def _texts(elements: list[etree._Element], conv: Conventions, skip: set) -> list[str]:
    out: list[str] = []
    for el in elements:
        text = visible_text(el, conv, skip)
        text = conv.trailer_re.sub("", strip_labels(text, conv)).strip()
        if text and text not in out:
            out.append(text)
    return out


def _outermost_texts(texts: list[str]) -> list[str]:
    """Texts not already contained in a longer one (a credit box printed whole and in
    parts: "© AFP" and "AFP"; a caption printed whole and cut short for mobile)."""
    kept: list[str] = []
    for text in sorted(texts, key=len, reverse=True):
        stub = text.rstrip(" .…")  # a truncated copy ("... more") is contained too
        if not any(stub in other for other in kept):
            kept.append(text)
    return [t for t in texts if t in kept]


def _byline(text: str, conv: Conventions) -> bool:
    """An author line with a date ("von X, Stand: 28. April, 05:00 Uhr"), not a credit."""
    return conv.byline_re.search(text) is not None


def _writer_box(el: etree._Element, conv: Conventions) -> bool:
    """A box classed like a credit ("byline", "author") that holds a writer, not a
    picture's credit: an <address> (what that element is for), links to writers' pages,
    or a byline word and names ("Von Alexandre Marain", "By Takeo Maeda and Tatsuya
    Tanoue / Yomiuri Shimbun Staff Writers"; "Photo by X" has a label, not a byline word)."""
    if el.tag == "address" or next(el.iter("address"), None) is not None or _author_link(el):
        return True
    text = clean_space(text_of(el))
    prefix = conv.byline_prefix_re.match(text)
    rest = text[prefix.end() - 1:] if prefix else ""
    return prefix is not None and rest[:1].isupper() and len(rest.split()) <= _MAX_SIGNED_WORDS


_MAX_SIGNED_WORDS = 12


# An author's page: "/autores/alberto-orfao/", "/author/jane-doe", "/profile/…".
_AUTHOR_PAGE_RE = re.compile(r"/(?:autor|autores|author|authors|auteur|auteurs|autore|autori|journalist|journalisten"
                             r"|redakteur|profile|profil)/", re.I)


def _author_link(el: etree._Element) -> bool:
    """A credit box whose words are a link to a writer's page: the teaser's byline."""
    links = [a for a in el.iter("a") if _AUTHOR_PAGE_RE.search(a.get("href") or "")]
    if not links:
        return False
    # (Several writers' links joined by " / " or " y ": the letters are the links'.)
    linked = re.sub(r"\W", "", "".join(text_of(a) for a in links))
    return bool(linked) and len(linked) >= len(re.sub(r"\W", "", text_of(el))) - 3


def _author_line(text: str, conv: Conventions) -> bool:
    """A byline with its time under a writer's portrait, printed where a caption goes."""
    prefix = conv.byline_prefix_re.match(text)
    # A name follows the prefix ("Von Paula …"), not a phrase ("By the river …").
    return prefix is not None and text[prefix.end() - 1].isupper() and _byline(text, conv)


def strip_labels(text: str, conv: Conventions) -> str:
    """Remove screen-reader prefixes such as 'Image caption,'."""
    previous = None
    while text and text != previous:
        previous = text
        text = conv.label_prefix_re.sub("", text, count=1).strip()
    return text


def describe(img: etree._Element, conv: Conventions, base: str | None, claimed: set,
             is_credit: CreditCheck | None = None, counts: ImageCounts | None = None) -> OnPageImage | None:
    """The picture ``img`` with its caption and credit texts (not yet parsed), or None
    for a decoration, a noscript twin or a picture with neither address nor alt.
    ``counts``: image counts of the page's elements, shared by its pictures."""
    if in_noscript_twin(img):
        return None
    picture = picture_of(img)
    src = image_src(img, conv, base, picture)
    if src is None and not (img.get("alt") or img.get("data-alt")):
        return None
    near = near_ancestors(img, conv)
    if is_decoration(img, src, conv, near):
        return None
    if img.tag == "figure":  # an ImageObject figure standing for its picture: its own box
        unit, figure_like = img, True
    else:
        unit, figure_like = find_unit(img, conv, picture, counts)
    parts = _find_parts(img, unit, conv, claimed, is_credit)
    image = OnPageImage(img, src, clean_space(img.get("alt") or img.get("data-alt")) or None)
    image.responsive = _responsive(near)
    image.poster = in_player(img, conv, near)
    _fill_texts(image, parts, conv)
    _fill_attributes(image, (img, unit), conv)
    scope = _image_scope(img, unit, conv)
    image.microdata = scope is not None
    if scope is not None:
        _read_microdata_meta(scope, image, conv)
        image.found_in.append("microdata")
    claimed.update(parts.captions)
    claimed.update(parts.credits)
    if figure_like:
        claimed.add(unit)
    return image


def _find_parts(img: etree._Element, unit: etree._Element, conv: Conventions, claimed: set,
                is_credit: CreditCheck | None) -> UnitText:
    """Caption and credit elements of the picture: marked ones in its unit, else the
    unmarked text in its box, else a caption-like sibling after the unit."""
    parts = _collect(unit, img, conv) if unit is not img or img.tag == "figure" else UnitText()
    if not parts.captions and not parts.credits and unit is not img:
        parts = _loose_pieces(unit, img, conv)
        # Longer text beside a picture is a paragraph of the article, not its caption,
        # unless a labelled credit stands beside it too ("Photo: AFP").
        limit = MAX_LOOSE_CAPTION * (2 if parts.credits else 1)
        if sum(len(text_of(c)) for c in parts.captions) > limit:
            parts = UnitText()
        elif len(parts.captions) == 1 and not parts.credits and is_credit is not None \
                and _names_only(clean_space(text_of(parts.captions[0])), is_credit):
            parts.credits, parts.captions = parts.captions, []  # "Anadolu Ajansı" laid over the picture
    if not parts.captions and not parts.credits:
        parts = _after_unit(unit, conv)
    elif parts.credits and not parts.captions and unit is not img:
        # "<div class=FigureContainer><img><span class=Copyright>…</span></div>
        # <figcaption>…": the credit sits with the picture, the caption right after them.
        parts.captions = _marked_caption_after(unit, conv)
    if not parts.captions and not parts.credits and unit.getnext() is None:
        block = _alone_in_block(unit)
        if block is not unit:
            parts = _after_unit(block, conv, bold_is_heading=True)
    if not parts.captions and not parts.credits and unit.tag == "figure":
        parts = _after_wrappers(unit, conv)
    parts.credits = [c for c in parts.credits if not _whole_caption(c, parts.captions, conv)]
    if len(parts.captions) == 1 and not parts.credits and is_credit is not None:
        parts.credits = _credit_child(parts.captions[0], conv, is_credit) \
            or _credit_after_caption(parts.captions[0], unit, img, is_credit) \
            or _marked_credit_after(unit, conv)
        if not parts.credits and _credit_chain(clean_space(text_of(parts.captions[0])), is_credit):
            # "<figcaption><span>Rober Solsona / Europa Press vía Getty Images</span>": the
            # caption box holds a credit and nothing else.
            parts.credits, parts.captions = parts.captions, []
    # Text already given to an earlier picture (a gallery's shared caption) is not
    # reused, and a headline inside a link is a teaser's, not a caption.
    # Linked names are a teaser's headline, unless a credit label opens the text
    # ("Photo by <a>Jane Doe</a> on <a>Unsplash</a>").
    parts.captions = [c for c in parts.captions
                      if c not in claimed and (not _mostly_link(c) or _is_labelled_credit(c, conv))]
    parts.credits = [c for c in parts.credits if c not in claimed]
    return parts


def _fill_texts(image: OnPageImage, parts: UnitText, conv: Conventions) -> None:
    captions = _outermost_texts(_texts(parts.captions, conv, set(parts.credits)))
    credits = _outermost_texts([t for t in _texts([c for c in parts.credits if not _writer_box(c, conv)], conv, set())
                                if not _byline(t, conv)])
    # A caption element that only says "Photo: X" is the credit.
    for text in list(captions):
        label = conv.credit_label_re.match(text)
        # ("资料图：上海洋山深水港集装箱码头。图片来源：视觉中国": a sentence follows the label,
        # then the credit: a caption.)
        if label and len(text) < 120 and not _SENTENCE_THEN_MORE_RE.search(text, label.end()) \
                and not _clause_after_label(text, conv):
            captions.remove(text)
            if text not in credits:
                credits.append(text)
    captions = [c for c in captions if c.casefold() not in conv.caption_badges]  # "Liveblog", "Video"
    if captions and conv.promo_re.search(" ".join(captions)):
        captions = []  # "Subscribe to our newsletter": a promotion box, not a picture
    if captions and (_author_line(" ".join(captions), conv) or _STAMP_ONLY_RE.match(" ".join(captions))):
        # "Von Paula Muster, Redakteurin 05.11.2025, 18:00 Uhr", "24.11.2026, 07.12 Uhr": a
        # writer's portrait with the time of the text, not a picture's caption
        captions = []
    if captions:
        image.caption = _without_closing_label(" ".join(captions), conv) if credits else " ".join(captions)
        image.found_in.append("figcaption" if any(c.tag == "figcaption" for c in parts.captions) else "caption-element")
    if credits:
        image.credit = " ".join(credits)
        image.found_in.append("credit-element")


# "… 53 года? Фото" before a credit element: the label of that credit, after a sentence.
_CLOSING_LABEL_RE = re.compile(r"[.!?…]\s+([^\W\d_][\w-]*)\s*[:：]?\s*$")


def _without_closing_label(caption: str, conv: Conventions) -> str:
    """The caption without a label word (in capitals, after its last sentence) that
    belongs to the credit printed in its own element next to it."""
    m = _CLOSING_LABEL_RE.search(caption)
    if m and m.group(1)[0].isupper() and m.group(1).casefold() in conv.credit_label_words:
        caption = caption[: m.start(1)].rstrip()
    # "… terça-feira (24) - <span class=credits>…</span>": the dash led to the credit.
    return _DANGLING_SEPARATOR_RE.sub("", caption)


_DANGLING_SEPARATOR_RE = re.compile(r"\s+[-–—|/]+$")


def _fill_attributes(image: OnPageImage, holders: tuple[etree._Element, ...], conv: Conventions) -> None:
    """data-caption / data-credit (and the like) on the picture or its unit."""
    for holder in holders:
        names = holder.keys()  # (an absent attribute is an empty one: skipped)
        for attr in conv.caption.attributes:
            if not image.caption and attr in names and clean_space(holder.get(attr)):
                image.caption = clean_space(holder.get(attr))
                image.found_in.append("data-attribute")
        for attr in conv.credit.attributes:
            if not image.credit and attr in names and clean_space(holder.get(attr)):
                image.credit = clean_space(holder.get(attr))
                image.found_in.append("data-attribute")
    title = clean_space(image.element.get("title"))
    if not image.credit and title and _COPYRIGHT_OPENING_RE.match(title):
        image.credit = title  # <img title="© Jane Doe">: the tooltip is the credit
        image.found_in.append("title-attribute")


_COPYRIGHT_OPENING_RE = re.compile(r"^\s*(?:[©ⓒ]|\([cC]\)|copyright\b)", re.I)


def _image_scope(img: etree._Element, unit: etree._Element, conv: Conventions) -> etree._Element | None:
    """The microdata ImageObject the picture belongs to: the unit or an ancestor of the
    picture up to the unit."""
    for el in (img, *img.iterancestors()):
        itemtype = el.get("itemtype")
        if itemtype and any(t in itemtype for t in conv.figure_itemtypes):
            return el
        if el is unit:
            break
    return None


def _read_microdata_meta(scope: etree._Element, image: OnPageImage, conv: Conventions) -> None:
    """Caption and credit given as <meta itemprop=... content=...> inside the scope."""
    for meta in scope.iter("meta"):
        props = {p.lower() for p in (meta.get("itemprop") or "").split()}
        content = clean_space(meta.get("content"))
        if not props or not content:
            continue
        if not image.caption and props & conv.caption.itemprops:
            image.caption = content
        elif not image.credit and props & conv.credit.itemprops:
            image.credit = content


def page_images(root: etree._Element, conv: Conventions, base: str | None,
                is_credit: CreditCheck | None = None) -> tuple[list[OnPageImage], set, int]:
    """Every picture of the page in document order, the elements that are picture text
    (units, captions, credits) for the body to leave out, and how many pictures were
    left unread because the page has more than ``MAX_IMAGES``."""
    claimed: set = set()
    counts: ImageCounts = {}
    out: list[OnPageImage] = []
    found_pictures = pictures(root)
    for img in found_pictures[:MAX_IMAGES]:
        found = describe(img, conv, base, claimed, is_credit, counts)
        if found is not None:
            out.append(found)
    return out, claimed, max(0, len(found_pictures) - MAX_IMAGES)
