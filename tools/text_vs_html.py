#!/usr/bin/env python3
"""How well does the plain-text reader find again what the HTML reader found?

For each HTML page given, this renders the plain-text copy a reader or an archive would
make of it: the title, the body blocks, and at each picture's place its caption line, as
one of these layouts prints it:

  line     caption and credit on one line ("… on Tuesday. Photo: Jane Doe/AFP")
  next     the credit on the line under the caption, in the same block
  apart    caption and credit as blocks of their own, a blank line between them

Then it reads that copy with ``mediakit.extract(..., kind="text")`` and counts, against
the HTML reader's own images, the captions and credits found again and the caption lines
left in the body. The HTML reader is the reference, not the truth: a figure it misreads
is misread here too. What this measures is the text reader on page layouts nobody tuned
it for, without writing gold by hand.

    python tools/text_vs_html.py PAGES... [--layout line|next|apart] [--misses]

PAGES are HTML files or folders of them. No network; nothing is written.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

import mediakit

# Elements whose text the HTML reader may have taken as one body block.
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "td", "dd"})
_LABEL = {"de": "Foto: ", "fr": "Photo : ", "es": "Foto: ", "it": "Foto: ", "pt": "Foto: ", "nl": "Foto: ",
          "ru": "Фото: ", "uk": "Фото: "}
LAYOUTS = ("line", "next", "apart")


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass
class PageCount:
    """What the text reader found again on one page."""

    source: str
    captions: int = 0
    captions_found: int = 0
    credits: int = 0
    credits_found: int = 0
    caption_lines: int = 0
    leaked: int = 0
    misses: list[str] = field(default_factory=list)


def caption_line(image: mediakit.Image, lang: str | None, layout: str) -> str:
    """The caption and credit of ``image`` as a text copy prints them."""
    label = _LABEL.get((lang or "")[:2], "Photo: ")
    credit = f"{label}{image.credit}" if image.credit else None
    parts = [part for part in (image.caption, credit) if part]
    if layout == "line":
        return " ".join(parts)
    return ("\n" if layout == "next" else "\n\n").join(parts)


def _element_of(image: mediakit.Image, elements: list) -> int | None:
    """Where in the document the picture stands: the first element naming its file."""
    src = image.src or ""
    tail = src.split("?")[0].rstrip("/").rsplit("/", 1)[-1][-40:]
    key = tail if len(tail) >= 6 else src[-40:]
    if not key:
        return None
    for order, element in elements:
        if any(key in value for value in element.attrib.values()):
            return order
    return None


def render(data: bytes, article: mediakit.Article, layout: str) -> tuple[str, list[mediakit.Image]]:
    """The text copy of a page, and the images whose caption lines it holds."""
    document = lxml.html.fromstring(data)
    elements = [(order, element) for order, element in enumerate(document.iter()) if isinstance(element.tag, str)]
    body = [_norm(block) for block in article.body]
    unplaced: dict[str, list[int]] = {}
    for index, block in enumerate(body):
        unplaced.setdefault(block, []).append(index)
    block_at: dict[int, int] = {}  # document order -> body index
    for order, element in elements:
        if element.tag in _BLOCK_TAGS:
            waiting = unplaced.get(_norm(element.text_content()))
            if waiting:
                block_at[order] = waiting.pop(0)
    after: dict[int, list[str]] = {}  # body index (-1: before the body) -> caption lines
    placed = []
    for image in article.images:
        if not (image.caption or image.credit):
            continue
        order = _element_of(image, elements)
        if order is None:
            continue  # known from metadata only (JSON-LD, og:image): no place in the text
        before = [index for at, index in block_at.items() if at < order]
        after.setdefault(max(before, default=-1), []).append(caption_line(image, article.lang, layout))
        placed.append(image)
    lines = [_norm(article.title)] if article.title else []
    lines += after.get(-1, [])
    for index, block in enumerate(body):
        lines.append(block)
        lines += after.get(index, [])
    return "\n\n".join(lines) + "\n", placed


def compare(path: Path, layout: str) -> PageCount | None:
    data = path.read_bytes()
    article = mediakit.extract(data, kind="html")
    if not article.body:
        return None
    text, placed = render(data, article, layout)
    if not placed:
        return None
    copy = mediakit.extract(text.encode("utf-8"), kind="text")
    count = PageCount(str(path))
    found = {(_norm(image.caption), _norm(image.credit)) for image in copy.images}
    found_captions = {caption for caption, _ in found}
    found_credits = {credit for _, credit in found}
    body = "\n".join(copy.body)
    for image in placed:
        caption, credit = _norm(image.caption), _norm(image.credit)
        if caption:
            count.captions += 1
            count.captions_found += caption in found_captions
            if len(caption) > 12:
                count.caption_lines += 1
                count.leaked += caption in body
            if caption not in found_captions:
                count.misses.append(f"caption {caption[:80]!r}")
        if credit:
            count.credits += 1
            ok = (caption, credit) in found if caption else credit in found_credits
            count.credits_found += ok
            if not ok:
                count.misses.append(f"credit {credit[:60]!r} of {caption[:40]!r}")
    return count


def _pages(paths: list[str]) -> list[Path]:
    pages: list[Path] = []
    for name in paths:
        path = Path(name)
        pages += sorted(path.rglob("*.htm*")) if path.is_dir() else [path]
    return pages


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="+", help="HTML files or folders of them")
    parser.add_argument("--layout", choices=LAYOUTS, default="line")
    parser.add_argument("--misses", action="store_true", help="list what the text reader missed, page by page")
    args = parser.parse_args(argv)
    counts = []
    for path in _pages(args.pages):
        try:
            count = compare(path, args.layout)
        except Exception as error:  # one bad page is reported; the others still count
            print(f"{path}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        if count is not None:
            counts.append(count)
            if args.misses and count.misses:
                print(f"== {count.source}")
                for miss in count.misses:
                    print(f"   {miss}")
    total = PageCount("all")
    for count in counts:
        for name in ("captions", "captions_found", "credits", "credits_found", "caption_lines", "leaked"):
            setattr(total, name, getattr(total, name) + getattr(count, name))
    print(f"layout {args.layout}: {len(counts)} pages, {total.captions} captions, {total.credits} credits")
    print(f"captions found again  {_share(total.captions_found, total.captions)}")
    print(f"credits found again   {_share(total.credits_found, total.credits)}")
    print(f"caption lines in body {_share(total.leaked, total.caption_lines)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
