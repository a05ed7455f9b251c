"""The written-for-the-project text articles of the development corpus (``txt_*``), when
``../shared`` is present: body text (hard negatives included) stays in the body, and
every caption found matches a gold caption (no invented captions), and the record
(explain field included) validates against the contract's JSON Schema."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from mediakit.text import extract_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = sorted((SHARED / "corpus" / "gold").glob("txt_*.json")) if SHARED.is_dir() else []
SCHEMA = SHARED / "contract" / "article.schema.json"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


@pytest.mark.skipif(not GOLD, reason="../shared/corpus is not available")
@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_written_corpus_articles(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = extract_text((SHARED / gold["input"]).read_bytes(), source=gold["input"], explain=True)
    if SCHEMA.is_file():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(article.to_dict(), json.loads(SCHEMA.read_text(encoding="utf-8")))
    body = _norm(" ".join(article.body))
    for snippet in gold["body_contains"]:
        assert _norm(snippet) in body, snippet
    gold_captions = [_norm(image["caption"]) for image in gold["images"] if image["caption"]]
    for image in article.images:
        if image.caption:
            assert any(_norm(image.caption) in g or g in _norm(image.caption) for g in gold_captions), image.caption
