"""The text reader's shortcuts give what the plain forms give: a label search gated by
key words, and a cached word count with an ASCII path."""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from mediakit.lang.patterns import bounded
from mediakit.lang import vocabulary
from mediakit.text import features
from mediakit.text.words import text_words

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"

LINES = [
    "Waves crash over the harbour wall. Photo: Jane Doe/AFP",
    "Nurses at work in the ward during treatmentCredit: EPA",
    "Des manifestants à Rennes. Crédit photo : AFP",
    "Храм на Красной площади. Фото: Иван Петров/ТАСС",
    "首相官邸に入る首相＝10日午前、東京・永田町（写真：共同）",
    "Kawasaki wie 2024 wird es 2025 nicht mehr geben, Foto: LAT Images",
    "The minister said the plan would be published on Friday.",
    "Capture d'écran de Reddit",
    "IMAGE SOURCE, GETTY IMAGES",
    "Straße in Köln; BILD: dpa",
    "",
]


def _lines() -> list[str]:
    lines = list(LINES)
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*.txt"))[:60]:
            lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines


@pytest.fixture(scope="module")
def plain_label():
    vocab = vocabulary()
    labels = tuple(w for w in vocab.credit_labels + vocab.copyright if any(ch.isalnum() for ch in w))
    return regex.compile(bounded(labels), regex.IGNORECASE)


def test_gated_label_search_finds_what_the_plain_pattern_finds(plain_label) -> None:
    words = text_words()
    for line in _lines():
        for text in (line, line[-120:], line[-30:]):
            assert [m.span() for m in words.label_anywhere.finditer(text)] == \
                [m.span() for m in plain_label.finditer(text)], text
            assert (words.label_anywhere.search(text) is None) == (plain_label.search(text) is None), text


def _plain_word_count(text: str) -> int:
    cjk = len(features._CJK_RE.findall(text))
    return len(features._WORD_RE.findall(features._CJK_RE.sub(" ", text))) + (cjk + 1) // 2


def test_word_count_matches_the_plain_count() -> None:
    for line in _lines():
        assert features.word_count(line) == _plain_word_count(line), line
