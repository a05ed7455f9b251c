"""Structured data about pictures: JSON-LD ``ImageObject`` and Open Graph.

A page states its lead picture for search engines; we read it to fill what the visible
page leaves out, and merge it (by URL) with the same picture found on the page.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from mediakit.html.document import clean_space

# JSON-LD blocks larger than this are not read (a real one is a few kB).
MAX_JSONLD_CHARS = 2_000_000
MAX_NODES = 20_000
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report|WebPage|LiveBlogPosting|Story)$")
# Objects under these keys describe a logo, a person or an organisation, not a picture
# of the article.
_SKIP_KEYS = frozenset({"logo", "author", "publisher", "brand", "creator", "contributor",
                        "sourceOrganization", "copyrightHolder", "provider", "video"})
_PARTY_TYPES = frozenset({"Person", "Organization", "NewsMediaOrganization", "Corporation",
                          "Brand", "WebSite", "EducationalOrganization", "GovernmentOrganization"})
_URL_RE = re.compile(r"^(https?:)?//|^/|\.(jpe?g|png|webp|gif|avif)(\?|$)", re.I)


@dataclass
class StructuredImage:
    url: str | None
    caption: str | None = None
    credit: str | None = None
    creators: list[str] = field(default_factory=list)
    copyright: str | None = None
    found_in: str = "json-ld"
    alt: str | None = None


@dataclass
class StructuredData:
    images: list[StructuredImage] = field(default_factory=list)
    names: set[str] = field(default_factory=set)  # authors, publishers: never a caption
    headline: str | None = None
    lang: str | None = None
    warnings: list[str] = field(default_factory=list)


def _types(node: dict[str, Any]) -> list[str]:
    t = node.get("@type")
    if isinstance(t, str):
        return [t]
    return [x for x in t if isinstance(x, str)] if isinstance(t, list) else []


def _name(value: Any) -> list[str]:
    """Names of a person/organisation value (string, object or list of them)."""
    if isinstance(value, str):
        return [clean_space(value)] if clean_space(value) else []
    if isinstance(value, dict):
        name = value.get("name")
        return [clean_space(name)] if isinstance(name, str) and clean_space(name) else []
    if isinstance(value, list):
        return [n for v in value[:20] for n in _name(v)]
    return []


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    # CMSs write JSON-LD strings HTML-escaped ("&quot;Warnstreik&quot;").
    return clean_space(html.unescape(value)) or None


def _image_object(node: dict[str, Any]) -> StructuredImage | None:
    url = _text(node.get("contentUrl")) or _text(node.get("url"))
    if url is None and isinstance(node.get("url"), dict):
        url = _text(node["url"].get("url"))
    caption = _text(node.get("caption")) or _text(node.get("description"))
    if isinstance(node.get("caption"), dict):  # caption as a MediaObject/TextObject
        caption = _text(node["caption"].get("text")) or _text(node["caption"].get("name"))
    credit = _text(node.get("creditText"))
    creators = _name(node.get("creator")) or _name(node.get("author"))
    holder = _name(node.get("copyrightHolder"))
    notice = _text(node.get("copyrightNotice"))
    if not credit and holder:
        credit = holder[0]  # CMSs put the printed credit there ("dpa-Bildfunk/Thomas Frey")
    if not (url or caption or credit):
        return None
    return StructuredImage(url, caption, credit, creators, notice or (holder[0] if holder else None))


def _walk(node: Any) -> Iterator[tuple[str | None, Any]]:
    """(key the value sits under, value) for every dict in the JSON, breadth-first,
    without descending under keys that hold people or logos; bounded."""
    queue: list[tuple[str | None, Any]] = [(None, node)]
    seen = 0
    while queue and seen < MAX_NODES:
        key, value = queue.pop(0)
        seen += 1
        if isinstance(value, list):
            queue.extend((key, v) for v in value[:500])
        elif isinstance(value, dict):
            yield key, value
            if _PARTY_TYPES.intersection(_types(value)):
                continue  # a person's or an organisation's pictures are portraits and logos
            for k, v in value.items():
                if isinstance(v, (dict, list)) and k not in _SKIP_KEYS:
                    queue.append((k, v))


_WRAPPER_RE = re.compile(r"^\s*(?://|/\*)?\s*(?:<!\[CDATA\[|<!--)\s*(?:\*/)?|(?://|/\*)?\s*(?:\]\]>|-->)\s*(?:\*/)?\s*$")

# Every wrapper _WRAPPER_RE removes contains one of these.
_WRAPPER_MARKS = ("<![CDATA[", "<!--", "]]>", "-->")


def _unwrap(raw: str) -> str:
    """The JSON inside a script's CDATA or comment wrapper."""
    # Most blocks have none, and the search is slow on long runs of white space.
    if any(mark in raw for mark in _WRAPPER_MARKS):
        raw = _WRAPPER_RE.sub("", raw)
    return raw.strip().rstrip(";")


def read_jsonld(blocks: list[str]) -> StructuredData:
    out = StructuredData()
    for raw in blocks:
        if len(raw) > MAX_JSONLD_CHARS:
            out.warnings.append("JSON-LD block too large; skipped")
            continue
        try:
            # strict=False: CMSs leave raw line breaks and tabs inside strings.
            data = json.loads(_unwrap(raw), strict=False)
        except (ValueError, RecursionError):
            out.warnings.append("JSON-LD block is not valid JSON; skipped")
            continue
        for key, node in _walk(data):
            types = _types(node)
            if any(_ARTICLE_TYPES.search(t) for t in types):
                out.names.update(_name(node.get("author")))
                out.names.update(_name(node.get("publisher")))
                if out.headline is None:
                    out.headline = _text(node.get("headline"))
                if out.lang is None:
                    out.lang = _text(node.get("inLanguage"))
                image = node.get("image")
                for value in image if isinstance(image, list) else [image]:
                    if isinstance(value, str) and _URL_RE.search(value):
                        out.images.append(StructuredImage(clean_space(value)))
            if "ImageObject" in types and key not in ("thumbnail",):
                found = _image_object(node)
                if found:
                    out.images.append(found)
    return out


def read_open_graph(meta: dict[str, str]) -> list[StructuredImage]:
    url = meta.get("og:image") or meta.get("og:image:url") or meta.get("og:image:secure_url") \
        or meta.get("twitter:image") or meta.get("twitter:image:src")
    if not url:
        return []
    alt = meta.get("og:image:alt") or meta.get("twitter:image:alt")
    return [StructuredImage(url.strip(), found_in="og", alt=clean_space(alt) or None)]
