"""The credit parser's fast paths give what the plain patterns they stand for give.

Speed-ups in ``mediakit.credits`` (pre-checks before costly patterns, labels found from
cheap anchors) must never change a result. Each test here runs a fast path beside the
straightforward form it replaces, over lines of many conventions.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest
import regex

from mediakit.credits.captions import _LABEL_START, _patterns
from mediakit.credits.grammar import COPYRIGHT_SIGN, grammar
from mediakit.credits.parser import sanitize
from mediakit.lang.patterns import Openings, alternation


@dataclass
class Example:
    line: str
    why: str


CAPTION_LINES = [
    Example("A man walks past a shop. Photograph: Jane Doe/Reuters", "label and colon"),
    Example("Fans cheer as the bus arrives.Photo: Luis Herrera/AP", "label after a full stop, no space"),
    Example("Nurses at work in the ward during treatmentCredit: EPA", "label glued to the caption's last word"),
    Example("Demonstranten vor dem Reichstag (Foto: dpa)", "label in brackets"),
    Example("Vue du port de Marseille. Photo : Jean Dupont / Hans Lucas", "space before the colon"),
    Example("Karte der Region Infografik OSM", "bare label word"),
    Example("Der Kanzler in Berlin Foto Ana Ruiz", "bare label before a capital"),
    Example("Bild: Screenshot: fdp.de", "labels in a row"),
    Example("Des soldats à Kiev © AFP", "copyright sign"),
    Example("Des soldats à Kiev (c) 2023 Reuters", "copyright in brackets"),
    Example("西湖夜景。写真：共同通信", "label after a CJK character"),
    Example("서울 시내 모습 사진=연합뉴스", "Korean label with '='"),
    Example("Um 10:30 Uhr begann die Sitzung; Foto: dpa", "a colon that is no label's"),
    Example("PHOTO: AFP", "capitals"),
    Example("A photocredit: nobody", "label inside a word, case-insensitively"),
    Example("Photo illustration by Jane Doe: Getty", "long label"),
    Example("no label here at all, just words and words", "nothing"),
    Example("", "empty"),
]


def _one_pattern():
    """The label finder as a single pattern, as it was written first."""
    labels = alternation(grammar().vocab.credit_labels)
    return regex.compile(
        rf"{_LABEL_START}"
        rf"(?:{COPYRIGHT_SIGN}\s*|(?:{labels})\s*[:：=＝／]\s*"
        rf"|(?P<weak>(?-i:(?=\p{{Lu}}))(?:{labels})\.?\s+(?-i:(?=\p{{Lu}}))))",
        regex.IGNORECASE,
    )


@pytest.mark.parametrize("example", CAPTION_LINES, ids=lambda e: e.why)
def test_label_finder_finds_what_the_single_pattern_finds(example: Example):
    line = sanitize(example.line)
    expected = [(m.start(), m.end(), m.group("weak") is not None) for m in _one_pattern().finditer(line)]
    assert [tuple(hit) for hit in _patterns()["label"].find(line)] == expected


def test_label_finder_on_every_position_of_labelled_lines():
    # Start positions inside a label and around colons, as _by_label reads a line's end.
    pattern, finder = _one_pattern(), _patterns()["label"]
    for example in CAPTION_LINES:
        line = sanitize(example.line)
        for pos in range(len(line) + 1):
            expected = [(m.start(), m.end(), m.group("weak") is not None) for m in pattern.finditer(line, pos)]
            assert [tuple(hit) for hit in finder.find(line, pos)] == expected, (line, pos)


@pytest.mark.parametrize("word, text, may", [
    ("photo", "Photo: X", True),
    ("photo", "PHOTO", True),
    ("photo", "xphoto", False),  # at position 0 stands x
    ("写真", "写真：共同", True),
    ("a b", "A  b", True),  # a one-letter first word: only its first character is known
    ("straße", "STRASSE", True),  # ß folds to ss: the test stays a necessary condition
    ("foto", "Bild", False),
])
def test_openings_never_rule_out_a_word_that_starts_there(word: str, text: str, may: bool):
    assert Openings([word]).may_start(text, 0) is may


CREDIT_TEXTS = [
    "Photo by Jane Doe/AFP via Getty Images", "Gavriil Grigorov/Sputnik", "朝鮮通信社/KCNA via KNS",
    "Photograph: Amelia Grant for The Guardian", "Foto: picture alliance/dpa/Jana Roth", "(KCNA via Reuters)",
    "新华社记者 张三 摄", "사진=연합뉴스", "(서울=연합뉴스) 홍길동 기자", "Фото: ТАСС/Иван Иванов", "الصورة: رويترز",
    "AP Photo/Jacquelyn Martin", "Handout/Reuters", "© Bestimage", "Courtesy of NASA", "写真：ＡＦＰ＝時事",
    "EFE/EPA/Ana Ruiz", "Crédit photo : AFP", "Maria Lopez and John Smith/AP", "AFP PHOTO / KCNA VIA KNS",
    "Nell Foster & Ivan Brooks", "赵强、孙丽", "Department of Health and Human Services", "Ministère des Armées",
    "Clara Benson for The Washington Post", "KCNA/via REUTERS", "courtesy: the family", "COURTESY OF THE ARTIST",
    "(c) 2023 Reuters. All rights reserved", "Alle Rechte vorbehalten", "新华社记者 周晓 摄", "News1 김민지 기자",
    "Getty Images 資料写真", "（Foto: dpa）", "  [Photo: X]", "Photographer: Max Muster", "撮影・山田太郎",
    "staff photographer", "evgenyb/iStock/Getty Images", "", " ", "ſtaff", "STRASSE", "İstanbul via AFP",
]

GATED = [  # (grammar field, how it is called)
    ("leading_label", lambda p, t: _span(p.match(t))),
    ("leading_label", lambda p, t: p.sub("", t, count=1)),
    ("trailing_label", lambda p, t: p.sub("", t)),
    ("courtesy", lambda p, t: _span(p.match(t))),
    ("photographer_label", lambda p, t: _span(p.match(t))),
    ("via", lambda p, t: p.split(" " + t + " ")),
    ("for_word", lambda p, t: _span(p.search(t))),
    ("and_word", lambda p, t: p.split(t)),
    ("reporter", lambda p, t: (_span(p.search(t)), p.sub(" ", t))),
    ("photo_taken", lambda p, t: (_span(p.search(t)), p.sub(" ", t))),
    ("org_phrase", lambda p, t: _span(p.search(t))),
    ("role_word_inside", lambda p, t: p.sub(" ", t)),
    ("copyright_phrase", lambda p, t: p.sub(" ", t)),
]


def _span(m):
    return m.span() if m else None


@pytest.mark.parametrize("field, call", GATED, ids=[f for f, _ in GATED])
def test_gated_word_patterns_give_what_the_pattern_gives(field, call):
    fast = getattr(grammar(), field)
    for text in CREDIT_TEXTS:
        assert call(fast, text) == call(fast.pattern, text), text


def test_name_at_start_is_the_first_match_when_it_opens_the_text():
    from mediakit.credits.registry import default_registry

    registry = default_registry()
    for text in CREDIT_TEXTS + [" AFP", "AFP", "Getty Images via AFP", "(AFP)", "Agence France-Presse/X"]:
        matches = registry.find_all(text)
        expected = matches[0] if matches and matches[0].start == 0 else None
        assert registry.name_at_start(text) == expected, text


ODD_TEXTS = [
    "plain ascii", "double  space", " lead and trail ", "tab\there", "line\nbreak", "nbsp\u00a0here",
    "ideographic\u3000space", "zero\u200bwidth", "bidi\u202emark", "lone \ud800 surrogate", "replaced \ufffd char",
    "Crédit photo : AFP", "写真：ＡＦＰ＝時事", "\x00\x01controls\x7f", "x" * 50 + "  " + "y", "\u2028sep\u2029",
]


def _sanitize_plainly(text: str, limit: int) -> str:
    from mediakit.credits.parser import _CONTROL, _SPACES

    text = text[: limit * 4]
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    text = _CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()[:limit].strip()


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_sanitize_skips_only_passes_that_change_nothing(text: str):
    for limit in (1000, 10):
        assert sanitize(text, limit) == _sanitize_plainly(text, limit)


def test_sentence_tail_searched_from_the_line_end_finds_the_same_tail():
    from mediakit.credits.captions import _tail_start

    pattern = _patterns()["sentence_tail"]
    lines = [e.line for e in CAPTION_LINES] + [
        "A long caption. " * 20 + "Ezra Acayan / Getty Images",
        "Words without a full stop " * 10 + "and a tail",
        "Spaces before the tail." + " " * 100 + "Getty Images",
        "Short. X", "", " ", "tail\n",
    ]
    for line in lines:
        fast = pattern.search(line, _tail_start(line, 80))
        plain = pattern.search(line)
        assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1))), line


# -- second round: shortcuts in the parser's steps -------------------------------------

PIECE_TEXTS = CREDIT_TEXTS + [
    "Getty Images 2023", "Jane Doe 12345", "AFP - 1", "’ ’", "・・", "— –", "1/2", "x & y", "A·B", "A ・ B",
    "Radio Free Europe/Radio Liberty", "RFE/RL", "CBC/Radio-Canada", "the X/Twitter account", "x/twitter",
    "NASA/JPL-Caltech/ESA", "dpa/lnw", "ddp/dapd/AFP", "File: Jane Doe", "HANDOUT: Ministry", "n-tv.de",
    "Shutterstock.com", "on assignment for Reuters", "Jane Doe on Unsplash", "A=B", "ＡＦＰ＝時事",
]


def test_split_via_without_a_joining_word_gives_the_piece_as_the_full_split_does():
    from mediakit.credits.parser import Piece, _split_via, _split_via_words

    g = grammar()
    for text in PIECE_TEXTS:
        for piece in (Piece(text), Piece(text, distributor=True, after_eq=True), Piece(text, person_context=True)):
            assert _split_via.__wrapped__(piece, g) == tuple(_split_via_words(piece, g)), text


def _leftover_read_plainly(text: str, piece, g):
    from mediakit.credits import parser

    reading = parser.Reading()
    had = g.words_have_letters
    object.__setattr__(g, "words_have_letters", False)  # the shortcut off
    try:
        parser._read_leftover(text, piece, g, reading)
    finally:
        object.__setattr__(g, "words_have_letters", had)
    return reading


def test_leftover_without_letters_reads_as_the_full_path_reads_it():
    from mediakit.credits import parser

    g = grammar()
    assert g.words_have_letters
    texts = PIECE_TEXTS + [" 2023", "12 34", " - ", "’ ’ ’", "\u0301 \u0301", "・ ・", "(1)", "& &", "____", "..."]
    for text in texts:
        for piece in (parser.Piece(text), parser.Piece(text, person_context=True, before_eq=False)):
            fast = parser.Reading()
            parser._read_leftover(text, piece, g, fast)
            assert fast == _leftover_read_plainly(text, piece, g), text


def test_role_label_and_domain_tests_run_only_where_they_can_match():
    from mediakit.credits.parser import _DOMAIN, _ROLE_LABEL

    for text in PIECE_TEXTS:
        if ":" not in text and "：" not in text:
            assert _ROLE_LABEL.match(text) is None, text
        if "." not in text:
            assert _DOMAIN.match(text) is None, text


def test_shortcuts_of_classify_and_balance_checks():
    from mediakit.credits import names, parser
    from mediakit.credits.grammar import _WORD_EDGES, _fold_phrase, has_org_word

    g = grammar()
    for text in PIECE_TEXTS + ["(AFP", "AFP)", "((X))", "【共同】", "Ministry of Health", "University"]:
        if text.isascii():  # classify skips the scripts without spaces for ASCII names
            assert not names._HAN_KANA.match(text) and not names._HANGUL.match(text.replace(" ", "")), text
        if "." not in text:
            assert not names._DOMAIN.search(text), text
        depth, plain = 0, True
        for ch in text:  # the bracket count as written first
            depth += 1 if ch in "([（【〔" else -1 if ch in ")]）】〕" else 0
            plain = plain and depth >= 0
        assert parser._balanced(text) is (plain and depth == 0), text
        folded = _fold_phrase(text)
        assert has_org_word(g, text) is (any(w.strip(_WORD_EDGES) in g.org_words for w in folded.split())
                                         or any(w.strip(_WORD_EDGES)[cut:] in g.org_compound
                                                for w in folded.split() for cut in range(3, len(w)))
                                         or bool(g.org_phrase.search(text))), text


COLON_LINES = [
    "Um 10:30 Uhr begann die Sitzung; Foto: dpa", "Ratio 3:2 and A=B, then Photo= X", "比分2：1。写真：共同",
    "Fotos／Getty Images", "Ein Bild : Jana Roth", "Bildquelle:Reuters", "FOTO:REUTERS/X", "Credit:", ":",
    "Photo illustration by Jane Doe: Getty", "treatmentCredit: EPA", "photo : x : y : z", "İstanbul: AFP",
    "STRASSE: x", "Pictures: 12:00 / 13:00", "Quelle: x＝y", "写真＝共同",
]


def test_label_finder_skips_colons_no_label_word_ends_before():
    pattern, finder = _one_pattern(), _patterns()["label"]
    for line in map(sanitize, COLON_LINES):
        for pos in range(len(line) + 1):
            expected = [(m.start(), m.end(), m.group("weak") is not None) for m in pattern.finditer(line, pos)]
            assert [tuple(hit) for hit in finder.find(line, pos)] == expected, (line, pos)


def test_iter_tokens_gives_the_cached_tokens():
    from mediakit.credits.fold import iter_tokens, tokens

    for text in PIECE_TEXTS + ["Agência Brasil", "ＡＦＰ＝時事", "新華社", "İSTANBUL", "Straße"]:
        assert list(iter_tokens(text)) == [tuple(t) for t in tokens(text)], text


def _corpus_caption_lines() -> list[str]:
    import json
    from pathlib import Path

    shared = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    lines = []
    for path in sorted(shared.glob("caption-lines*.jsonl")) if shared.exists() else []:
        for raw in path.read_text("utf-8").splitlines():
            if raw.strip() and isinstance(json.loads(raw).get("line"), str):
                lines.append(json.loads(raw)["line"])
    return lines


TAIL_LINES = [e.line for e in CAPTION_LINES] + COLON_LINES + [
    "Supporters celebrate (Photo: AFP).", "Supporters celebrate (Photo: AFP) 。", "A (b) c", "x)", ")", "(AFP)\n",
    "Rescue workers. (Emre Kaya/AFP via Getty Images)  ", "Text [Reuters]", "Text 【共同】", "Text （新华社）.",
    "Caption | Jane Doe/AP", "Caption｜共同", "Caption\t|\tX", "Caption\u00a0-\u00a0AFP", "A|B", "a -b", "a- b", "Caption - Reuters", "Caption – EPA", "Caption — Getty Images",
    "A well-known place-name", "Done! Jane Doe/AP", "Why? Reuters", "Tail after a stop.", "...", ". X", "X .",
    "Sentence one. Sentence two without end", "Bis 12.30 Uhr. dpa", "Fragen？ 共同通信", "終わり。 共同",
]


def test_caption_finders_skip_only_lines_their_pattern_cannot_match():
    from mediakit.credits.captions import (_SPACED_DASH, _SPACED_PIPE, OTHER_STOPS, _after_last_sentence_end,
                                           _ends_with_bracket, _tail_start)

    p = _patterns()
    for line in TAIL_LINES + [sanitize(x) for x in TAIL_LINES] + _corpus_caption_lines():
        if not _ends_with_bracket(line):
            assert p["trailing_bracket"].match(line) is None, line
        if not _SPACED_PIPE.search(line):
            assert p["pipe_tail"].match(line) is None, line
        if not _SPACED_DASH.search(line):
            assert p["dash_tail"].match(line) is None, line
        # (Never after the last stop; before it where that stop is an initial's or a web
        # address's, which the tail pattern takes in.)
        assert _after_last_sentence_end(line) <= max(line.rfind(m) for m in ".。!?！？" + OTHER_STOPS) + 1
        fast = p["sentence_tail"].search(line, max(_tail_start(line, 80), _after_last_sentence_end(line)))
        plain = p["sentence_tail"].search(line)
        assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1))), line


def test_sanitize_space_pass_skipped_only_where_it_changes_nothing():
    import sys

    from mediakit.credits.parser import _SPACES

    # Every character the pattern's \s takes is one str.split() cuts at.
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and _SPACES.match(chr(c))]
    assert all(ch.isspace() for ch in spaces)
    for text in ODD_TEXTS + PIECE_TEXTS + ["Crédit\u00a0photo", "写真 共同", "é\u3000x", " é ", "é\u2028", "é\u180ex"]:
        assert sanitize(text) == _sanitize_plainly(text, 1000), text
