"""Hostile and broken input: every case ends with a record (maybe with a warning),
never an exception. Inputs are generated here, not stored."""
from __future__ import annotations

import os

import pytest
from hypothesis import given, settings, strategies as st

from mediakit.html import extract_html
from mediakit.inputs.decode import decode_bytes


def test_deep_nesting_is_bounded_and_reported() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>"
    article = extract_html(html)
    assert any("deeper than" in w for w in article.warnings)


def test_large_page_with_thousands_of_images() -> None:
    figure = "<figure><img src='/i{n}.jpg'><figcaption>Picture number {n}.</figcaption></figure><p>" + "Text " * 40 + "</p>"
    html = "<html><body><article>" + "".join(figure.format(n=n) for n in range(3000)) + "</article></body></html>"
    article = extract_html(html.encode())
    assert len(article.images) == 3000
    assert article.images[2999].caption == "Picture number 2999."


def test_lazy_images_each_take_their_own_noscript_fallback() -> None:
    unit = '<img src="data:image/gif;base64,R0l" class="lazy"><noscript><img src="/real{n}.jpg"></noscript><p>Text {n}.</p>'
    html = "<html><body><article>" + "".join(unit.format(n=n) for n in range(3000)) + "</article></body></html>"
    article = extract_html(html)
    assert [im.src for im in article.images] == [f"/real{n}.jpg" for n in range(3000)]


def test_fifty_megabyte_page() -> None:
    paragraph = "<p>" + "word " * 200 + "</p>\n"
    html = "<html><body><article>" + paragraph * (50 * 1024 * 1024 // len(paragraph)) + "</article></body></html>"
    article = extract_html(html.encode())
    assert len(article.body) > 40_000


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_binary_garbage(seed: int) -> None:
    data = os.urandom(200_000) if seed == 1 else bytes((i * 7919 + seed) % 256 for i in range(200_000))
    article = extract_html(data)
    assert article.kind == "html"
    assert article.warnings


def test_empty_and_whitespace() -> None:
    for data in (b"", b"   \n", "", b"\x00\x00\x00"):
        article = extract_html(data)
        assert article.body == [] and article.images == []
        assert article.warnings


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    data = "<html><body><article><p>Café au lait, a long sentence to make a paragraph of prose text here.</p>".encode() \
        + b"\xff\xfe\xc3" + b"</article></body></html>"
    article = extract_html(data)
    assert article.body and "Caf" in article.body[0]


def test_entity_expansion_is_not_performed() -> None:
    entities = "".join(f'<!ENTITY e{i} "&e{i - 1};&e{i - 1};&e{i - 1};&e{i - 1};">' for i in range(1, 40))
    html = f'<!DOCTYPE html [<!ENTITY e0 "boom">{entities}]><html><body><p>&e39;</p></body></html>'
    article = extract_html(html)
    assert sum(len(b) for b in article.body) < 10_000


def test_control_characters_after_removed_boxes() -> None:
    # Found by the fuzz test below: a tail with a control character moved onto the
    # element before a removed hidden box.
    article = extract_html("<div hidden></div>\x1f<p>After the box, some words of text here.</p>")
    assert not any(w.startswith("page could not be read") for w in article.warnings)


def test_malformed_urls() -> None:
    html = ('<html><head><base href="http://[broken/"></head><body><figure><img src="x.jpg">'
            '<figcaption>Cap.</figcaption></figure></body></html>')
    article = extract_html(html, url="http://[bad")
    assert [(im.src, im.caption) for im in article.images] == [("x.jpg", "Cap.")]
    assert not article.warnings


def test_broken_markup() -> None:
    html = "<html><body><article><figure><img src='/a.jpg'><figcaption>Unclosed caption<p>Next paragraph of text that goes on"
    article = extract_html(html)
    assert article.images and article.images[0].src.endswith("a.jpg")


def test_huge_json_ld_and_invalid_json_ld() -> None:
    bad = "<script type='application/ld+json'>{not json</script>"
    deep = "<script type='application/ld+json'>" + "[" * 100_000 + "]" * 100_000 + "</script>"
    article = extract_html(f"<html><head>{bad}{deep}</head><body><p>x</p></body></html>")
    assert any("JSON-LD" in w for w in article.warnings)


DECODING = [
    ("utf-8 BOM", "\ufeff<p>Grüße</p>".encode("utf-8-sig")[3:].join([b"\xef\xbb\xbf", b""]), "Grüße"),
    ("utf-16 BOM", "<p>Grüße</p>".encode("utf-16"), "Grüße"),
    ("meta charset", '<meta charset="windows-1251"><p>Привет мир</p>'.encode("cp1251"), "Привет мир"),
    ("http-equiv", '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>日本語の記事</p>'.encode("shift_jis"), "日本語の記事"),
    ("declares latin-1, is utf-8", '<meta charset="iso-8859-1"><p>Grüße aus München</p>'.encode("utf-8"), "Grüße aus München"),
    ("undeclared latin-1", ("<p>Ça coûte très cher à Genève, déjà. Les élèves étaient là, près de la fenêtre, "
                            "et ils préféraient l'été à l'hiver.</p>").encode("cp1252"), "Ça coûte"),
]


@pytest.mark.parametrize("name,data,expected", DECODING, ids=[d[0] for d in DECODING])
def test_decode_bytes(name: str, data: bytes, expected: str) -> None:
    text, _ = decode_bytes(data, html=True)
    assert expected in text


def test_extract_reads_a_declared_single_byte_page() -> None:
    html = ('<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article>'
            "<p>Привет мир, это длинный абзац текста для проверки кодировки страницы.</p></article></body></html>")
    article = extract_html(html.encode("cp1251"))
    assert article.title == "Новости"
    assert article.body == ["Привет мир, это длинный абзац текста для проверки кодировки страницы."]


def test_decode_plain_text_ignores_meta_lookalikes() -> None:
    text, warnings = decode_bytes("plain café".encode(), html=False)
    assert text == "plain café" and warnings == []


_TAGS = st.sampled_from(["div", "p", "figure", "figcaption", "img", "span", "a", "script", "noscript",
                         "picture", "source", "table", "li", "ul", "h1", "nav", "template", "svg"])
_ATTRS = st.sampled_from(['', ' class="caption"', ' class="credit"', ' src="/a.jpg"', ' data-src="x"',
                          ' src="http://[::1/b.jpg"', ' href="http://["', ' width="0" height="10"',
                          ' srcset=",,, 9w,"', ' hidden', ' style="display:none"', ' itemprop="caption"'])
_MARKUP = st.lists(st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", _TAGS, _ATTRS),
    st.builds(lambda t: f"</{t}>", _TAGS),
    st.text(max_size=30),
), max_size=60).map("".join)


@settings(max_examples=60, deadline=None)
@given(_MARKUP)
def test_random_markup_never_raises(markup: str) -> None:
    article = extract_html(markup)
    assert article.kind == "html"
    # The catch-all in extract_html turns bugs into this warning: none may show.
    assert not any(w.startswith("page could not be read") for w in article.warnings), article.warnings
    article.to_dict()


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    article = extract_html(data)
    assert not any(w.startswith("page could not be read") for w in article.warnings), article.warnings


def test_a_broken_address_is_kept_as_written() -> None:
    """"http://[::1/b.jpg" makes urlsplit raise: the picture keeps the address the page wrote."""
    article = extract_html('<figure><img src="http://[::1/b.jpg"><figcaption>Broken.</figcaption></figure>')
    assert [im.src for im in article.images] == ["http://[::1/b.jpg"] and not article.warnings
