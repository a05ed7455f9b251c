"""HTML pages to article records: body text, pictures, captions, credits.

``extract_html(data)`` parses the page once with lxml, removes what is never article
(hidden text, navigation, share bars, teasers ...; see ``data/conventions.toml``), finds
each picture with its caption and credit, reads the body around them, and merges what
structured data (JSON-LD, Open Graph, microdata) says about the same pictures.
Credits are taken apart by :func:`mediakit.credits.parser.parse_credit`, credits glued
to captions by :func:`mediakit.credits.captions.split_caption`.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import etree

from mediakit.credits.captions import split_caption
from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Registry, default_registry
from mediakit.html.body import find_container, lead_blocks, prose_weights, read_blocks
from mediakit.html.conventions import Conventions, conventions
from mediakit.html.document import clean_space, page_facts, parse, text_of
from mediakit.html.images import IMAGE_TAGS, MAX_IMAGES, OnPageImage, skipped_address, page_images
from mediakit.html.roles import unread_kind
from mediakit.html.structured import StructuredImage, read_jsonld, read_open_graph
from mediakit.model import Article, Credit, Image

__all__ = ["extract_html"]

# Boilerplate that holds more than this share of the page's prose is the page itself
# (a site that calls its article wrapper "sidebar-grid"): it stays.
MAX_BOILERPLATE_SHARE = 0.3
_SIZE_SUFFIX_RE = re.compile(r"([-_.](\d{2,5}x\d{2,5}|\d{2,5}w|w\d{2,5}|scaled|large|medium|small|thumb))+$", re.I)
_PUNCT_RE = re.compile(r"[\W_]+", re.UNICODE)


def extract_html(
    data: bytes | str,
    *,
    source: str | None = None,
    url: str | None = None,
    registry: Registry | None = None,
) -> Article:
    """Read one HTML page. Never raises on bad input: problems become warnings."""
    registry = registry or default_registry()
    try:
        return _extract(data, source, url, registry, conventions())
    except Exception as exc:  # noqa: BLE001 - one bad page must never stop a batch
        return Article(source=source, kind="html", url=url,
                       warnings=[f"page could not be read: {type(exc).__name__}: {exc}"])


def _extract(data: bytes | str, source: str | None, url: str | None,
             registry: Registry, conv: Conventions) -> Article:
    parsed = parse(data)
    article = Article(source=source, kind="html", url=url, warnings=list(parsed.warnings))
    root = parsed.root
    if root is None:
        return article
    facts = page_facts(root, url, parsed.canonical)
    structured = read_jsonld(parsed.jsonld)
    article.warnings.extend(structured.warnings)
    article.url = facts.url
    article.lang = facts.lang or (structured.lang if structured.lang and len(structured.lang) < 12 else None)
    article.title = facts.title or structured.headline
    _remove_unread(root, conv)
    found, claimed, unread = page_images(root, conv, facts.base, lambda text: _reads_as_credit(text, registry))
    if unread:
        article.warnings.append(f"page has {unread} more pictures than the {MAX_IMAGES} read")
    container = find_container(root)
    images = [_record(img, registry) for img in found if _keep(img, container)]
    extra = [s for s in structured.images + read_open_graph(facts.meta) if s.url or s.caption]
    images = _merge_structured(images, extra, facts.base, structured.names, registry)
    images = _dedupe(images)
    article.images = images
    blocks = read_blocks(container, conv, claimed)
    lead = [t for t in lead_blocks(root, container, conv, claimed) if t not in blocks]
    article.body = _without_picture_text(lead + blocks, images)
    return article


# -- cleaning ---------------------------------------------------------------------------

def _remove_unread(root: etree._Element, conv: Conventions) -> None:
    """Drop hidden text and boilerplate subtrees (their tails stay)."""
    weight: dict[etree._Element, int] | None = None
    total = 0
    pending = [root]
    while pending:
        hidden, boiler = _find_unread(pending.pop(), conv)
        for el in hidden:
            _drop(el)
        if boiler and weight is None:
            weight, total = prose_weights(next(root.iter("body"), root))
        for el in boiler:
            if el.getparent() is None or _inside_figure(el):
                continue
            if next(el.iter("h1"), None) is not None:
                pending.append(el)  # holds the headline: a layout box ("sidebar-grid"), not chrome
                continue
            if weight is not None and weight.get(el, 0) > MAX_BOILERPLATE_SHARE * total:
                pending.append(el)  # kept: it is the page; look inside it instead
                continue
            _drop(el)


def _find_unread(top: etree._Element, conv: Conventions) -> tuple[list, list]:
    """Outermost hidden and boilerplate elements under ``top`` (one walk, skipping the
    inside of what is found)."""
    hidden, boiler = [], []
    walker = etree.iterwalk(top, events=("start",))
    for _, el in walker:
        if el is top or not isinstance(el.tag, str) or el.tag in ("body", "head"):
            continue
        kind = unread_kind(el, conv)
        if kind == "hidden":
            # A hidden box holding a picture is a responsive variant: the picture stays
            # (its text is skipped when read), the box is not removed.
            if next(el.iter(*IMAGE_TAGS), None) is None:
                hidden.append(el)
                walker.skip_subtree()
        elif kind == "boilerplate":
            boiler.append(el)
            walker.skip_subtree()
    return hidden, boiler


def _inside_figure(el: etree._Element) -> bool:
    return next(el.iterancestors("figure"), None) is not None


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


# -- pictures ---------------------------------------------------------------------------

def _keep(img: OnPageImage, container: etree._Element) -> bool:
    """Captioned or credited pictures anywhere outside boilerplate; uncaptioned ones only
    inside the article container (elsewhere they are teasers and decoration)."""
    if img.caption or img.credit:
        return True
    if img.src is None:
        return False
    el = img.element
    return any(anc is container for anc in el.iterancestors())


MAX_CREDIT_ONLY_CHARS = 100


_SENTENCE_END_RE = re.compile(r"[.!?。！？](?:\s+|(?=[^\s\d.]))")
MAX_TAIL_WORDS = 6


def _agency_tail(text: str, image: Image, registry: Registry) -> Credit | None:
    """A bare credit after the caption's last sentence ("… 있다. 뉴시스",
    "… to oppose it. Jaafar Ashtiyeh / AFP"): short, no full stop of its own, and
    naming an agency the registry knows."""
    ends = list(_SENTENCE_END_RE.finditer(text))
    if not ends:
        return None
    tail = text[ends[-1].end():].strip()
    if not tail or len(tail) > 60 or len(tail.split()) > MAX_TAIL_WORDS or tail.endswith((".", "!", "?", "。")):
        return None
    if not _reads_as_credit(tail, registry):
        return None
    image.caption = text[:ends[-1].end()].strip() or None
    return parse_credit(tail, registry)


def _labelled_tail(text: str, image: Image, registry: Registry) -> Credit | None:
    """A credit after a label word of the conventions ("Isithombe:", "Bild:") at the end
    of a caption the splitter left whole; the caption loses it."""
    match = conventions().trailing_credit_re.search(text)
    if match is None or match.start() == 0:
        return None
    image.caption = text[:match.start()].rstrip(" -–—|,;(") or None
    return parse_credit(match.group("credit"), registry)


def _credit_only(text: str, left: str | None, registry: Registry) -> bool:
    """A caption slot holding only a credit: short, not a sentence, naming a known
    agency, and what the splitter would leave as caption is a stub of a few words."""
    if len(text) > MAX_CREDIT_ONLY_CHARS or text.rstrip(")]").endswith((".", "!", "?")):
        return False
    if len(text.split()) > 8 or any(mark in text for mark in (". ", ": ", "。", "、", "，")):
        return False  # a sentence, or a caption with its credit after a label
    if left and len(left.split()) > 3:
        return False
    return _reads_as_credit(text, registry)


def _reads_as_credit(text: str, registry: Registry) -> bool:
    """Whether a bare text names a known agency (the credit parser recognises it)."""
    parsed = parse_credit(text, registry)
    return any(a.id for a in parsed.agencies)


def _key(text: str | None) -> str:
    return _PUNCT_RE.sub(" ", text or "").strip().casefold()


def _choose_credit(from_caption: Credit | None, from_element: Credit | None) -> Credit | None:
    if from_element is None or not from_element.credit:
        return from_caption
    if from_caption is not None and from_caption.credit:
        inner, outer = _key(from_element.credit), _key(from_caption.credit)
        if inner and inner in outer and len(outer) > len(inner):
            return from_caption
    return from_element


def _record(found: OnPageImage, registry: Registry) -> Image:
    image = Image(src=found.src, alt=found.alt, found_in=list(found.found_in))
    if found.responsive:
        image.extra["_responsive"] = True
    caption_credit = None
    if found.caption:
        split = split_caption(found.caption, registry)
        image.caption = split.caption or None
        caption_credit = split.credit
        if caption_credit is None:
            caption_credit = _labelled_tail(found.caption, image, registry)
        if caption_credit is None:
            caption_credit = _agency_tail(found.caption, image, registry)
        if _credit_only(found.caption, image.caption, registry):
            # "Spencer Platt/Getty Images News/Getty Images" printed where the caption goes.
            image.caption, caption_credit = None, parse_credit(found.caption, registry)
    element_credit = None
    if found.credit:
        element_credit = parse_credit(found.credit, registry)
        labelled = conventions().credit_label_re.match(found.credit) is not None
        if not labelled and (len(found.credit) > MAX_CREDIT_ONLY_CHARS or ". " in found.credit):
            # A credit box that also holds the caption: split it like a caption line.
            split = split_caption(found.credit, registry)
            if split.credit is not None and split.credit.credit:
                element_credit = split.credit
                if not image.caption and split.caption:
                    image.caption = split.caption
    credit = _choose_credit(caption_credit, element_credit)
    if credit is not None and credit.credit:
        image.apply_credit(credit)
    if image.caption and image.credit and _key(image.caption) == _key(image.credit):
        image.caption = None
    return image


def _url_keys(url: str | None, base: str | None) -> tuple[str, str]:
    """(path without query, file stem without size suffixes) for matching one picture
    under its several addresses."""
    if not url:
        return "", ""
    try:
        parts = urlsplit(urljoin(base, url) if base else url)
    except ValueError:
        return "", ""
    path = parts.path.lower()
    name = path.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    stem = _SIZE_SUFFIX_RE.sub("", stem)
    return parts.netloc.lower() + path, stem if len(stem) >= 6 else ""


def _structured_caption(item: StructuredImage, names: set[str], title_like: set[str]) -> str | None:
    """A structured caption only when it reads as one: not an author, publisher or file name."""
    caption = item.caption
    if not caption:
        return None
    key = _key(caption)
    if key in names or key in title_like or re.search(r"\.(jpe?g|png|webp|gif)$", caption, re.I):
        return None
    if caption.startswith(("http://", "https://")):
        return None
    return caption


def _merge_structured(images: list[Image], extra: list[StructuredImage], base: str | None,
                      names: set[str], registry: Registry) -> list[Image]:
    name_keys = {_key(n) for n in names}
    by_path: dict[str, Image] = {}
    by_stem: dict[str, Image] = {}
    for image in images:
        path, stem = _url_keys(image.src, base)
        if path:
            by_path.setdefault(path, image)
        if stem:
            by_stem.setdefault(stem, image)
    added: list[Image] = []
    conv = conventions()
    for item in extra:
        src = urljoin(base, item.url) if base and item.url else item.url
        if src and skipped_address(src, conv):
            continue  # a logo or an avatar named in the page's structured data
        path, stem = _url_keys(src, base)
        target = (by_path.get(path) if path else None) or (by_stem.get(stem) if stem else None)
        caption = _structured_caption(item, name_keys, set())
        split = split_caption(caption, registry) if caption else None
        if target is None and split is not None and split.caption:
            wanted = _key(split.caption)
            target = next((i for i in images + added if i.caption and _key(i.caption) == wanted), None)
        if target is None:
            target = Image(src=src)
            added.append(target)
            if path:
                by_path.setdefault(path, target)
            if stem:
                by_stem.setdefault(stem, target)
        if item.found_in not in target.found_in:
            target.found_in.append(item.found_in)
        if item.alt and not target.alt:
            target.alt = item.alt
        if split is not None and not target.caption:
            target.caption = split.caption or None
            if split.credit and split.credit.credit and not target.credit:
                target.apply_credit(split.credit)
        if item.credit and not target.credit:
            target.apply_credit(parse_credit(item.credit, registry))
        if item.creators and not target.creators:
            target.creators = list(item.creators)
        if item.copyright and not target.copyright:
            target.copyright = item.copyright
    return added + images


def _dedupe(images: list[Image]) -> list[Image]:
    """One entry per picture: responsive layouts print the same picture with the same
    caption twice (a mobile and a desktop copy). A page that shows one picture several
    times on purpose (a list of figures) keeps each."""
    out: list[Image] = []
    seen: dict[tuple[str, str, str], Image] = {}
    for image in images:
        path, stem = _url_keys(image.src, None)
        ident = (stem or path, _key(image.caption), _key(image.credit))
        if image.src and ident in seen and (image.extra.pop("_responsive", False) or not image.caption):
            first = seen[ident]
            first.found_in.extend(f for f in image.found_in if f not in first.found_in)
            continue
        image.extra.pop("_responsive", None)
        seen.setdefault(ident, image)
        out.append(image)
    return out


def _without_picture_text(blocks: list[str], images: list[Image]) -> list[str]:
    """Body blocks that are not a caption or credit printed a second time."""
    picture_text = set()
    for image in images:
        for text in (image.caption, image.credit):
            if text and len(text) > 3:
                picture_text.add(_key(text))
    if not picture_text:
        return blocks
    return [b for b in blocks if _key(b) not in picture_text]
