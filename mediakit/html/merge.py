"""Merging the pictures found in several places into one entry each: structured data
(JSON-LD, Open Graph) with the on-page picture of the same address, and responsive
copies of one picture; and keeping picture text out of the body.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

from mediakit.credits.registry import Registry
from mediakit.html.conventions import conventions
from mediakit.html.document import resolve
from mediakit.html.addresses import skipped_address
from mediakit.html.records import Splitter, page_splitter, read_credit_text, text_key
from mediakit.html.structured import StructuredImage
from mediakit.model import Image

# A run of the characters text_key() keeps (the complement of its punctuation class).
_WORD_RE = re.compile(r"[^\W_]+")
# Size and crop suffixes of one picture's variants: "-1200x800", "-1x1", "-16x9" (the
# aspect-ratio crops JSON-LD lists), "-800w", "-scaled", "_3x2_md" (size codes, Folha).
_SIZE_SUFFIX_RE = re.compile(
    r"([-_.](\d{1,5}x\d{1,5}|\d{2,5}w|w\d{2,5}|scaled|large|medium|small|thumb|xs|sm|md|lg|xl|xxl|th|rt|hd))+$", re.I)


def _url_keys(url: str | None, base: str | None) -> tuple[str, str]:
    """(path without query, file stem without size suffixes) for matching one picture
    under its several addresses."""
    if not url:
        return "", ""
    try:
        parts = urlsplit(resolve(base, url) or "")
    except ValueError:
        return "", ""
    inner = _wrapped_image_url(parts.query) or _url_in_path(parts.path)
    if inner:  # a resizing service: "…/images/dims?resize=980&image_uri=https://…/photo.jpg"
        return _url_keys(inner, None)
    path = parts.path.lower()
    name = path.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0]
    stem = _SIZE_SUFFIX_RE.sub("", stem)
    hashed = _HASH_SUFFIX_RE.search(stem)
    if hashed and hashed.start() >= 10 and re.search(r"\d", hashed.group()) and re.search(r"[a-f]", hashed.group()):
        stem = stem[: hashed.start()]  # "A192528_large_Audi-3-700-86e317e6b44fd5cf": one rendition's hash
    return parts.netloc.lower() + path, stem if len(stem) >= 6 else ""


# A content hash a CDN appends to each rendition's file name.
_HASH_SUFFIX_RE = re.compile(r"[-_][0-9a-f]{12,}$")
# A resizing service that writes the original address into its path (Thumbor and the
# like): "…/960x640/smart/https%3A%2F%2Fstatic.example.be%2F…%2Fphoto.jpg".
_URL_IN_PATH_RE = re.compile(r"(?:https?|//)(?::|%3a)", re.I)


def _url_in_path(path: str) -> str | None:
    found = _URL_IN_PATH_RE.search(path, 1)
    if found is None:
        return None
    inner = unquote(path[found.start():])
    return inner if inner.startswith(("http://", "https://")) else None


# Query parameters that resizing services use to name the picture they serve.
_WRAPPED_URL_PARAMS = ("image_uri", "url", "src", "image", "img", "u")


def _wrapped_image_url(query: str) -> str | None:
    """The picture's own address inside a resizing service's query, if there is one."""
    if not query or "http" not in query and "%2F" not in query:
        return None
    values = parse_qs(query)
    for name in _WRAPPED_URL_PARAMS:
        for value in values.get(name, ()):
            if value.startswith(("http://", "https://", "//")):
                return value
    return None


def _structured_caption(item: StructuredImage, names: set[str], title_like: set[str]) -> str | None:
    """A structured caption only when it reads as one: not an author, publisher or file name."""
    caption = item.caption
    if not caption:
        return None
    key = text_key(caption)
    if key in names or key in title_like or re.search(r"\.(jpe?g|png|webp|gif)$", caption, re.I):
        return None
    if caption.startswith(("http://", "https://")):
        return None
    return caption


def merge_structured(images: list[Image], extra: list[StructuredImage], base: str | None,
                      names: set[str], registry: Registry, split_text: Splitter | None = None) -> list[Image]:
    if split_text is None:
        split_text = page_splitter(registry)
    name_keys = {text_key(n) for n in names}
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
    # A script fills the lead picture's address (`<img src="/">`): the page's one
    # described picture without an address is the one its metadata names.
    unaddressed = [i for i in images if not i.src and (i.caption or i.credit)]
    lead_without_address = unaddressed[0] if len(unaddressed) == 1 else None
    for item in extra:
        src = resolve(base, item.url)
        if src and skipped_address(src, conv):
            continue  # a logo or an avatar named in the page's structured data
        path, stem = _url_keys(src, base)
        target = (by_path.get(path) if path else None) or (by_stem.get(stem) if stem else None)
        caption = _structured_caption(item, name_keys, set())
        split = split_text(caption) if caption else None
        if target is None and split is not None and split.caption:
            wanted = text_key(split.caption)
            target = next((i for i in images + added if i.caption and text_key(i.caption) == wanted), None)
        if target is None and src and lead_without_address is not None:
            target, lead_without_address = lead_without_address, None
            target.src = src
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
            caption_part, credit = read_credit_text(item.credit, registry, split_text)
            target.apply_credit(credit)
            if caption_part and not target.caption:
                target.caption = caption_part
        if item.creators and not target.creators:
            target.creators = list(item.creators)
        if item.copyright and not target.copyright:
            target.copyright = item.copyright
    return added + images


def dedupe(images: list[Image]) -> list[Image]:
    """One entry per picture: responsive layouts print the same picture with the same
    caption twice (a mobile and a desktop copy). A page that shows one picture several
    times on purpose (a list of figures) keeps each."""
    out: list[Image] = []
    seen: dict[tuple[str, str, str], Image] = {}
    for image in images:
        path, stem = _url_keys(image.src, None)
        ident = (stem or path, text_key(image.caption), text_key(image.credit))
        if image.src and ident in seen and (image.extra.pop("_responsive", False) or not image.caption):
            first = seen[ident]
            first.found_in.extend(f for f in image.found_in if f not in first.found_in)
            continue
        image.extra.pop("_responsive", None)
        seen.setdefault(ident, image)
        out.append(image)
    return _without_bare_copies(out)


def _without_bare_copies(images: list[Image]) -> list[Image]:
    """A copy of a picture with neither caption nor credit, where the same picture is
    described elsewhere on the page (a preload, a mobile copy, a lightbox), is that
    picture: its places go to the described entry."""
    described: dict[str, Image] = {}
    for image in images:
        if image.src and (image.caption or image.credit):
            path, stem = _url_keys(image.src, None)
            described.setdefault(stem or path, image)
    if not described:
        return images
    out = []
    for image in images:
        if image.src and not (image.caption or image.credit):
            path, stem = _url_keys(image.src, None)
            same = described.get(stem or path)
            if same is not None:
                same.found_in.extend(f for f in image.found_in if f not in same.found_in)
                if image.alt and not same.alt:
                    same.alt = image.alt
                continue
        out.append(image)
    return out


def without_picture_text(blocks: list[str], images: list[Image]) -> list[str]:
    """Body blocks that are not a caption or credit printed a second time."""
    picture_text = set()
    for image in images:
        for text in (image.caption, image.credit):
            if text and len(text) > 3:
                picture_text.add(text_key(text))
    if not picture_text:
        return blocks
    # A block's key starts with its first word, folded: only a block whose first word
    # starts a picture text's key needs its whole key (long paragraphs are slow to key).
    first_words = {key.split(" ", 1)[0] for key in picture_text}
    out = []
    for block in blocks:
        word = _WORD_RE.search(block)
        if (word.group().casefold() if word else "") in first_words and text_key(block) in picture_text:
            continue
        out.append(block)
    return out
