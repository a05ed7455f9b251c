"""Input kind by content: markup or not."""
from __future__ import annotations

import pytest

from mediakit.inputs.sniff import sniff_kind

CASES = [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("\ufeff  <html lang='fr'><p>Bonjour</p></html>", "html"),
    ("Title\n<div><p>One</p><figure><img src=a.jpg></figure><p>Two</p></div>", "html"),
    ("Le président est arrivé.\n\nIl a été accueilli.\n", "text"),
    ("How to write HTML\n\n" + "A paragraph of prose about web pages.\n\n" * 10
     + "Wrap the picture in <figure> and the list in <ul> or <ol>, and each item in <li>.\n", "text"),
    ("# Markdown title\n\n![alt](a.jpg)\nA caption Jane Doe/AFP\n", "text"),
]


@pytest.mark.parametrize("data,kind", CASES)
def test_sniff_kind(data, kind):
    assert sniff_kind(data) == kind
    assert sniff_kind(data.encode("utf-8")) == kind


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_wide_encodings_are_sniffed_after_their_byte_order_mark(codec):
    page = "<!DOCTYPE html><html><body><figure><img src=a.jpg></figure><p>Texte</p></body></html>"
    text = "Un titre\n\nUn paragraphe de texte.\n"
    bom = {"utf-16": b"", "utf-16-be": b"\xfe\xff", "utf-32": b""}[codec]
    assert sniff_kind(bom + page.encode(codec)) == "html"
    assert sniff_kind(bom + text.encode(codec)) == "text"
