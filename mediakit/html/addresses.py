"""Where a picture's file is, and whether it is a picture of the article at all.

The address is the largest candidate of ``<picture>`` sources and ``srcset``, then the
lazy-loading attributes of the conventions, then ``src`` unless it is a placeholder,
then any ``data-*`` holding a URL, then the ``<noscript>`` fallback. Tracking pixels,
icons, logos, avatars and small square thumbnails are decorations.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree

from mediakit.html.conventions import FIGURE, PLAYER, SKIP_CONTAINER, SKIP_IMAGE, Conventions
from mediakit.html.document import POSTER_BUTTON_ATTR, resolve
from mediakit.html.roles import class_flags

IMAGE_TAGS = ("img", "amp-img")


_URL_TOKEN_RE = re.compile(r"[\s,]*(\S+)")


def _srcset_candidates(value: str) -> list[tuple[str, str]]:
    """(url, descriptor) pairs, as the HTML standard splits them: a URL is a run of
    non-space characters (commas inside it are kept: "val=1200,800"); a URL ending in a
    comma has no descriptor, else the descriptor runs to the next comma."""
    out: list[tuple[str, str]] = []
    pos, n = 0, len(value)
    while pos < n and len(out) < 64:
        match = _URL_TOKEN_RE.match(value, pos)
        if not match:
            break
        url, pos = match.group(1), match.end()
        if url.endswith(","):
            out.append((url.rstrip(","), ""))
            continue
        comma = value.find(",", pos)
        end = n if comma < 0 else comma
        out.append((url, value[pos:end].strip()))
        pos = end + 1
    return out


_DESCRIPTOR_RE = re.compile(r"^(\d+(?:\.\d+)?)([wxh])$")


def _largest_from_srcset(value: str | None) -> tuple[float, str] | None:
    if not value or value.lstrip().startswith("data:"):
        return None
    best: tuple[float, str] | None = None
    for url, descriptor in _srcset_candidates(value):
        if not url or url.startswith("data:"):
            continue
        match = _DESCRIPTOR_RE.match(descriptor)
        size = float(match.group(1)) if match else 1.0
        if match and match.group(2) == "x":
            size *= 1000  # "2x" outranks "1x" (a srcset does not mix w and x descriptors)
        if best is None or size > best[0]:
            best = (size, url)
    return best


def _usable(url: str | None) -> bool:
    return bool(url) and not url.startswith(("data:", "about:", "javascript:")) and len(url) < 4096


def picture_of(img: etree._Element) -> etree._Element | None:
    """The <picture> around ``img``, if any. (libxml2 does not know <source> is empty,
    so the <img> may sit inside a <source>: not always the parent.)"""
    return next(img.iterancestors("picture"), None)


# Ancestors of a picture whose class words are asked about (decoration, player,
# responsive box): at most this many levels up.
NEAR_LEVELS = 5


def near_ancestors(img: etree._Element, conv: Conventions) -> list[tuple[etree._Element, int]]:
    """The closest ``NEAR_LEVELS`` ancestors of ``img`` with their class_flags(), read
    once for the several questions asked of them."""
    return [(anc, class_flags(anc, conv)) for anc in islice(img.iterancestors(), NEAR_LEVELS)]


_NOT_GIVEN: object = object()


def image_src(img: etree._Element, conv: Conventions, base: str | None,
              picture: etree._Element | None | object = _NOT_GIVEN) -> str | None:
    """The address of the largest version of the picture; lazy attributes first.
    ``picture``: picture_of(img), when the caller has it."""
    candidates: list[tuple[float, str]] = []
    # <picture> sources first: on a tie they are the modern format the page prefers.
    if picture is _NOT_GIVEN:
        picture = picture_of(img)
    if picture is not None:
        for source in picture.iter("source"):
            for attr in ("srcset", *conv.lazy_srcset):
                found = _largest_from_srcset(source.get(attr))
                if found:
                    candidates.append(found)
    names = img.keys()  # the two dozen lazy-loading attributes: only those present are read
    for attr in ("srcset", *conv.lazy_srcset):
        if attr in names:
            found = _largest_from_srcset(img.get(attr))
            if found:
                candidates.append(found)
    url = None
    if candidates:
        url = max(candidates, key=lambda c: c[0])[1]
    if not url:
        for attr in conv.lazy_src:
            value = (img.get(attr) or "").strip() if attr in names else ""
            url = _json_address(value) if value.startswith("{") else value
            if _usable(url):
                break
            url = None
    placeholder = None
    if not url:
        value = (img.get("src") or "").strip()
        url = value if _usable(value) else None
        if url and conv.placeholder_src_re.search(url.rsplit("/", 1)[-1]):
            placeholder, url = url, None  # a stand-in: look for the real address first
    if not url:
        url = _any_lazy_attribute(img)
    if not url:
        url = _noscript_src(img, conv)
    url = url or placeholder
    if not url:
        return None
    if url.startswith("//"):
        url = "https:" + url
    url = resolve(base, url)
    return None if _site_root(url) else url


def _site_root(url: str | None) -> bool:
    """``src="/"`` (a script sets the real address) resolves to the site's home page,
    which is no picture."""
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[::1/b.jpg": a broken address is left as the page wrote it
        return False
    return parts.path in ("", "/") and not parts.query


def _json_address(value: str) -> str | None:
    """The address in a lazy loader's JSON (MSN's ``data-src='{"default": {"src": …},
    "size3column": …}'``): the ``default`` rendition's, else the first one named."""
    try:
        renditions = json.loads(value)
    except ValueError:
        return None
    if not isinstance(renditions, dict) or not renditions:
        return None
    chosen = renditions.get("default", next(iter(renditions.values())))
    if isinstance(chosen, dict):
        chosen = chosen.get("src")
    return chosen.strip() if isinstance(chosen, str) else None


_URLISH_RE = re.compile(r"^(?:https?:)?//\S+$|^/[^/\s]\S*$")


def _any_lazy_attribute(img: etree._Element) -> str | None:
    """A lazy loader's own attribute name we do not list: any data-* holding a URL."""
    for attr, value in img.attrib.items():
        if attr.startswith("data-") and value and _URLISH_RE.match(value.strip()):
            return value.strip()
    return None


def _noscript_src(img: etree._Element, conv: Conventions) -> str | None:
    """A lazy placeholder's real address from its <noscript> fallback: the noscript right
    after it, or the one in a wrapper that holds no other picture."""
    candidates = []
    following = img.getnext()
    if following is not None and following.tag == "noscript":
        candidates.append(following)
    else:
        holder = img.getparent()
        for _ in range(2):
            if holder is None or count_images(holder) > 1:
                break
            candidates.extend(holder.iterchildren("noscript"))
            if candidates:
                break
            holder = holder.getparent()
    for noscript in candidates:
        for inner in noscript.iter("img"):
            value = (inner.get("src") or "").strip()
            if _usable(value):
                return value
        match = re.search(r"""src=["']([^"']+)""", noscript.text or "")
        if match and _usable(match.group(1)):
            return match.group(1)
    return None


# "w_200", "h=200", "width=200": a size in a picture's address. (The test that no letter
# comes before the "w" looks back from after it, so that the pattern opens with a
# character set: the regex engine then skips ahead to the next "w" or "h" in C.)
_URL_SIZE_RE = re.compile(r"([wh])(?<![a-z].)(?:[_=]|idth=|eight=)(\d{2,4})(?!\d)", re.I)
# Square pictures this small are avatars and thumbnails, not article photographs.
MAX_THUMB_SIDE = 240
# A picture whose address asks for a rendition no longer than this on either side.
MAX_THUMB_EDGE = 160


def _small_square(img: etree._Element, src: str | None) -> bool:
    width, height = (img.get("width") or "").strip(), (img.get("height") or "").strip()
    unsized = width == height == "0"  # a tracking pixel, or a size a script sets later
    if width.isdigit() and height.isdigit() and not unsized:
        return width == height and int(width) <= MAX_THUMB_SIDE
    if src:
        sizes = {k.lower(): int(v) for k, v in _URL_SIZE_RE.findall(src.split("?", 1)[-1] + "," + url_path(src))}
        if len(sizes) == 2:
            # (A rendition this small either way is a teaser's thumbnail: MSN's "?h=76&w=138".)
            return sizes["w"] == sizes["h"] and sizes["w"] <= MAX_THUMB_SIDE or max(sizes.values()) <= MAX_THUMB_EDGE
    return unsized  # (0 × 0 with no size in its address: a pixel)


def is_decoration(img: etree._Element, src: str | None, conv: Conventions,
                  near: list[tuple[etree._Element, int]] | None = None) -> bool:
    """Tracking pixels, icons, logos and avatars. ``near``: near_ancestors(img), when
    the caller has it."""
    if _small_square(img, src):
        return True
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and 0 < int(value) < conv.min_image_size:  # 0: set by script later
            return True
    path = url_path(src) if src else ""
    if src and _skipped_path(path, conv):
        return True
    if class_flags(img, conv) & SKIP_IMAGE:
        return True
    if src and conv.skip_container_src_re.search(path):
        return True
    if near is None:
        near = near_ancestors(img, conv)
    return any(flags & (SKIP_CONTAINER | FIGURE) == SKIP_CONTAINER for _, flags in near[:4])


def in_player(img: etree._Element, conv: Conventions,
              near: list[tuple[etree._Element, int]] | None = None) -> bool:
    """A video's poster: the picture sits in a player box or under a play button.
    ``near``: near_ancestors(img), when the caller has it."""
    if near is None:
        near = near_ancestors(img, conv)
    for anc, flags in near[:4]:
        if anc.get(POSTER_BUTTON_ATTR) is not None:
            return True
        if flags & PLAYER:
            return True
    return False


def skipped_address(src: str, conv: Conventions) -> bool:
    return _skipped_path(url_path(src), conv)


def _skipped_path(path: str, conv: Conventions) -> bool:
    return bool(conv.skip_src_re.search(path) or conv.skip_file_re.search(path.rsplit("/", 1)[-1]))


# A page names the same picture several times (srcset, JSON-LD, og:image) and each
# address is asked about more than once: the paths of recent addresses are kept.
@lru_cache(maxsize=1024)
def url_path(url: str) -> str:
    """The path of an image URL (the host names the site, not the picture)."""
    try:
        return urlsplit(url).path
    except ValueError:
        return url


def in_noscript_twin(img: etree._Element) -> bool:
    """An <img> inside <noscript> beside a lazy <img> of the same picture (the one just
    before the noscript, or another picture in the noscript's parent)."""
    noscript = next(img.iterancestors("noscript"), None)
    if noscript is None:
        return False
    previous = noscript.getprevious()
    if previous is not None and (previous.tag in IMAGE_TAGS or next(previous.iter(*IMAGE_TAGS), None) is not None):
        return True
    parent = noscript.getparent()
    return parent is not None and count_images(parent) >= 1


def _empty_slot(img: etree._Element) -> bool:
    """An <img> with no address in any attribute: a slot a script fills."""
    return img.tag == "img" and not any(value.strip() for name, value in img.items()
                                        if "src" in name or name in ("data-original", "data-lazy"))


def _icon_like(img: etree._Element) -> bool:
    """A zoom button or a badge drawn as an <img>: does not make a box a gallery."""
    src = (img.get("src") or "").split("?", 1)[0].lower()
    if src.endswith(".svg"):
        return True
    for attr in ("width", "height"):
        value = (img.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and 0 < int(value) < 50:
            return True
    return False


def count_images(el: etree._Element, limit: int = 2) -> int:
    """The pictures in ``el`` (up to ``limit``), leaving out noscript copies, icons and
    empty <img> slots a lazy loader fills later (Medium's figure holds a blurred preview,
    an empty slot and a noscript copy of one picture)."""
    n, first = 0, None
    for img in el.iter(*IMAGE_TAGS):
        if img.getparent() is not None and img.getparent().tag == "noscript" or _icon_like(img) or _empty_slot(img):
            continue
        if first is None:
            first = img
        elif _same_file(first, img):
            continue  # an AMP <amp-img> and its <img> at another width: one picture
        n += 1
        if n >= limit:
            break
    return n


def _same_file(a: etree._Element, b: etree._Element) -> bool:
    """Two image elements naming one file: the same address up to its query (the
    resizer's width and quality)."""
    path = _file_of(a)
    return len(path) > 8 and not path.startswith("data:") and path == _file_of(b)


def _file_of(img: etree._Element) -> str:
    # (A lazy loader's slot names its file in data-src; its src is a shared placeholder.)
    return (img.get("data-src") or img.get("data-lazy-src") or img.get("src") or "").partition("?")[0]
