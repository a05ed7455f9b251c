"""A handful of development-corpus pages (when ../shared is present): a few gold
captions and credits must be found, and must stay out of the body. Skipped elsewhere."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from mediakit.html import extract_html

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"

pytestmark = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="shared corpus not present")


@dataclass(frozen=True)
class Example:
    gold_id: str
    convention: str


PAGES = [
    Example("sh_16c30add7e96315e9cc957d85aa876ccb6b70055f0ddab51547a586117cc1f56", "figcaption + cite (Chorus)"),
    Example("sh_3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e26e4b3a6db96a31f4b1767e3", "credit before caption"),
    Example("sh_c7e39ac49fa1235f5d50f83bf2444248bd3aa4e6df044377916c812dd109ba23", "off-screen labels, delayed image"),
    Example("fd_ca_CBCNews", "credit in brackets inside caption"),
    Example("fd_de_MDR", "CMS class words, noscript image"),
    Example("fd_es_ElPais", "unmarked credit span"),
]


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


@pytest.mark.parametrize("example", PAGES, ids=[p.convention for p in PAGES])
def test_gold_captions_are_found(example: Example) -> None:
    gold = json.loads((CORPUS / "gold" / f"{example.gold_id}.json").read_text("utf-8"))
    article = extract_html((SHARED / gold["input"]).read_bytes(), source=gold["input"])
    captions = {_norm(im.caption) for im in article.images}
    credits = {_norm(im.credit) for im in article.images}
    wanted = [im for im in gold["images"] if im["caption"]][:3]
    assert wanted
    for image in wanted:
        assert _norm(image["caption"]) in captions
        if image["credit"]:
            assert _norm(image["credit"]) in credits
    body = _norm(" ".join(article.body))
    for image in wanted:
        assert _norm(image["caption"]) not in body
