"""The HTML extractor's shortcuts give what the plain code they stand for gives.

Speed-ups in ``mediakit.html`` (addresses taken as written without urljoin, work shared
between walks of the tree) must never change a result. Each test here runs a shortcut
beside the straightforward form it replaces.
"""
from __future__ import annotations

import re
import sys
import tomllib
from importlib import resources
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from mediakit.html.addresses import _URL_SIZE_RE
from mediakit.html.conventions import conventions, credit_label_pattern, trie_alternation
from mediakit.html.body import NEVER_CLEANED_TAGS, _left_out, find_container, read_blocks
from mediakit.html.cleaning import remove_unread
from mediakit.html.document import parse, resolve, text_of


@dataclass
class Example:
    value: str
    why: str


def _plain_resolve(base: str | None, url: str | None) -> str | None:
    """resolve() as it was written first: urljoin, or the address as written."""
    if not base or not url:
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url


BASES = [
    "https://example.org/news/2024/story.html?x=1",
    "http://example.org/a/b/",
    "HTTPS://Example.org/",
    "http://[broken",
    "ftp://files.example.org/pub/",
    "",
    None,
]

ADDRESSES = [
    # Image addresses as CMSs write them.
    Example("https://cdn.example.org/img/2024/photo.jpg", "plain absolute"),
    Example("http://cdn.example.org/img/photo.jpg?w=800&h=600", "query"),
    Example("https://cdn.example.org/img/photo.jpg#frag", "fragment"),
    Example("https://cdn.example.org:8443/img/photo.jpg", "port"),
    Example("https://user:pw@cdn.example.org/img.jpg", "user info"),
    Example("https://cdn.example.org", "host only"),
    Example("https://cdn.example.org/a/../b/./c.jpg", "dot segments (kept by urljoin)"),
    Example("https://cdn.example.org/i/photo.jpg,w_800,h_600", "commas"),
    Example("https://cdn.example.org/a%20b.jpg", "percent escapes"),
    # What urljoin rewrites or refuses: the shortcut must leave them to it.
    Example("https://cdn.example.org/img.jpg?", "empty query"),
    Example("https://cdn.example.org/img.jpg#", "empty fragment"),
    Example("https://cdn.example.org/img.jpg?#f", "empty query before a fragment"),
    Example("https://cdn.example.org/img.jpg;v=2", "path parameters"),
    Example("https://cdn.example.org/img;.jpg", "semicolon in the path"),
    Example("HTTPS://cdn.example.org/img.jpg", "scheme in capitals"),
    Example("Https://cdn.example.org/img.jpg", "scheme in mixed case"),
    Example(" https://cdn.example.org/img.jpg", "leading space"),
    Example("https://cdn.example.org/im\tg.jpg", "tab inside"),
    Example("https://cdn.example.org/im\ng.jpg", "newline inside"),
    Example("https://cdn.example.org/img.jpg ", "trailing space"),
    Example("https://[::1]/img.jpg", "bracketed host"),
    Example("https://[broken/img.jpg", "broken bracket"),
    Example("https://bücher.example/img.jpg", "non-ASCII host"),
    Example("https://example.org/bücher.jpg", "non-ASCII path"),
    Example("https://ex\u2100ample.org/img.jpg", "host changed by NFKC"),
    Example("https:///img.jpg", "empty host"),
    Example("https:img.jpg", "scheme without slashes"),
    Example("//cdn.example.org/img.jpg", "scheme-relative"),
    Example("/img/photo.jpg", "root-relative"),
    Example("photo.jpg", "relative"),
    Example("../photo.jpg", "parent-relative"),
    Example("?w=800", "query only"),
    Example("#top", "fragment only"),
    Example("data:image/png;base64,AAAA", "data address"),
    Example("javascript:void(0)", "script address"),
    Example("mailto:a@example.org", "other scheme"),
    Example("", "empty"),
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("example", ADDRESSES, ids=lambda e: e.why)
def test_resolve_gives_what_urljoin_gives(example: Example, base: str | None):
    assert resolve(base, example.value) == _plain_resolve(base, example.value)


# Characters that change how urlsplit cuts or cleans an address.
_URL_ALPHABET = st.sampled_from(list("ab/.:?#;[]@%=&,- \t\n\x00\x7fAZ09_~é"))


@settings(max_examples=400, deadline=None)
@given(tail=st.text(_URL_ALPHABET, max_size=30), scheme=st.sampled_from(["http://", "https://", "HTTP://", ""]),
       base=st.sampled_from([b for b in BASES if b]))
def test_resolve_gives_what_urljoin_gives_on_any_address(tail: str, scheme: str, base: str):
    url = scheme + tail
    assert resolve(base, url) == _plain_resolve(base, url)


# -- sizes in picture addresses ---------------------------------------------------------

_PLAIN_URL_SIZE_RE = re.compile(r"(?<![a-z])([wh])(?:[_=]|idth=|eight=)(\d{2,4})(?!\d)", re.I)

SIZED_ADDRESSES = [
    Example("https://cdn.example.org/img/w_200,h_200/photo.jpg", "Cloudinary transformations"),
    Example("https://cdn.example.org/photo.jpg?width=800&height=600", "query parameters"),
    Example("https://cdn.example.org/photo.jpg?w=1200", "one side"),
    Example("https://cdn.example.org/thumb_w=120_h=120.jpg", "in the file name"),
    Example("https://cdn.example.org/show_200/new_200.jpg", "a letter before the w or h"),
    Example("https://cdn.example.org/W_300/H=300/photo.jpg", "capitals"),
    Example("w_100", "at the start"),
    Example("https://cdn.example.org/w_12345/photo.jpg", "too many digits"),
    Example("https://cdn.example.org/\u017fw_100/\u212ah_100.jpg", "letters that match a-z only ignoring case"),
]


@pytest.mark.parametrize("example", SIZED_ADDRESSES, ids=lambda e: e.why)
def test_url_sizes_found_as_the_plain_pattern_finds_them(example: Example):
    assert _URL_SIZE_RE.findall(example.value) == _PLAIN_URL_SIZE_RE.findall(example.value)


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("wWhH_=idtheg0123456789aK\u017f\u212a/.,?- \n")), max_size=24))
def test_url_sizes_found_as_the_plain_pattern_finds_them_anywhere(text: str):
    assert _URL_SIZE_RE.findall(text) == _PLAIN_URL_SIZE_RE.findall(text)


# -- text of an element ------------------------------------------------------------------

TEXT_MARKUP = [
    Example("<span>Image source, </span>", "a leaf"),
    Example("<span>Image <b>source</b>, <i>Getty</i> tail</span>", "children and their tails"),
    Example("<span></span>", "empty"),
    Example("<span>caf&eacute; &amp; &#169; &#x1F600;</span>", "entities"),
    Example("<span>a<br>b<img src=x.jpg>c</span>", "empty elements"),
    Example("<span>a\x01b\ufffdc</span>", "control characters"),
    Example("<span><span><span>deep</span></span> er</span>", "nesting"),
]


@pytest.mark.parametrize("example", TEXT_MARKUP, ids=lambda e: e.why)
def test_text_of_reads_what_xpath_string_reads(example: Example):
    """cleaning._keep_credit_label reads a hidden label with text_of, once XPath string()."""
    root = etree.fromstring(f"<html><body>{example.value} after</body></html>", etree.HTMLParser())
    span = next(root.iter("span"))
    assert text_of(span) == span.xpath("string()")


# -- credit labels: one trie instead of a list of every language's labels -------------

def _all_credit_labels() -> list[str]:
    """The labels conventions.credit_label_re is built from, as _load gathers them."""
    module = sys.modules["mediakit.html.conventions"]
    text = resources.files("mediakit.html").joinpath("data/conventions.toml").read_text("utf-8")
    own = tomllib.loads(text)["credit"].get("label_words", [])
    lang_credit = module._language_words()[0]
    return sorted({*own, *lang_credit}, key=len, reverse=True)


CREDIT_LINES = [
    Example("Photo: Jane Doe/Reuters", "label and colon"),
    Example("  (Foto: dpa)", "in brackets"),
    Example("[Bild: Max Muster]", "in square brackets"),
    Example("© AFP", "copyright sign"),
    Example("(c) Getty Images", "copyright in brackets"),
    Example("Foto von Anna Schmidt: privat", "label, 'von', colon"),
    Example("Photo by Jane Doe on Unsplash", "label closed by 'by'"),
    Example("PHOTO: AP", "capitals"),
    Example("写真：共同通信", "Japanese"),
    Example("사진=연합뉴스", "Korean"),
    Example("Photograph: Jane Doe", "a longer label sharing a prefix"),
    Example("Photos: Jane Doe", "a plural"),
    Example("Photographer Jane Doe", "a label without punctuation"),
    Example("Phot: X", "a cut label"),
    Example("A man walks past. Photo: AP", "label not at the start"),
    Example("Photo", "a label alone"),
    Example("", "empty"),
]


@pytest.fixture(scope="module")
def plain_credit_label_re() -> re.Pattern[str]:
    return credit_label_pattern("|".join(re.escape(w) for w in _all_credit_labels()))


@pytest.mark.parametrize("example", CREDIT_LINES, ids=lambda e: e.why)
def test_credit_label_trie_matches_where_the_flat_list_matches(example: Example, plain_credit_label_re):
    trie = conventions().credit_label_re
    assert (trie.match(example.value) is None) == (plain_credit_label_re.match(example.value) is None)


def test_credit_label_trie_matches_every_label_as_the_flat_list_does(plain_credit_label_re):
    trie = conventions().credit_label_re
    for label in _all_credit_labels():
        for line in (f"{label}: X", f"{label.upper()} : X", f"({label} by X", f"{label} von X", f"{label}s: X",
                     f"{label[:-1]}: X", f"{label}X: Y", label):
            assert (trie.match(line) is None) == (plain_credit_label_re.match(line) is None), line


@pytest.mark.parametrize("words", [[], [""], ["a"], ["ab", "a", "abc", "b"], ["photo", "photograph", "photos", "ph"],
                                   ["x.y", "x+y", "(c)"]])
def test_trie_alternation_matches_exactly_its_words(words: list[str]):
    pattern = re.compile(rf"(?:{trie_alternation(words)})\Z")
    for candidate in {*words, "", "a", "ab", "abc", "abcd", "b", "photo", "photog", "x.y", "xzy", "(c)"}:
        assert (pattern.match(candidate) is not None) == (candidate in words), candidate


# -- marks: the cleaning walk tells the body walk which elements to look at -------------

_HERE = Path(__file__).resolve().parent
_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"


def _pages() -> list[Path]:
    pages = sorted((_HERE / "fixtures" / "html").glob("*.htm*")) + sorted((_HERE.parent / "samples").glob("*.htm*"))
    if _CORPUS.is_dir():
        pages += sorted(_CORPUS.glob("*.htm*"))
    return pages


MARKED_MARKUP = [
    Example('<p>Text <span hidden>hidden</span> <span aria-hidden="true">aria</span></p>', "hidden by attribute"),
    Example('<p>Text <span style="display: none">styled</span></p>', "hidden by style"),
    Example('<figure><div class="share-bar"><span class="caption">c</span></div><img src=a.jpg></figure>',
            "boilerplate inside a figure, with a caption inside"),
    Example('<div><span itemprop="caption">c</span><span data-testid="ImageCredit">AFP</span></div>',
            "itemprop and test id"),
    Example('<div class="sr-only"><img src=a.jpg><span class="credit">AFP</span></div>',
            "a hidden box that holds a picture"),
    Example('<p><small>AFP</small> <cite>Reuters</cite> <figcaption class="sr-only">cap</figcaption></p>',
            "credit and caption by tag, a screen-reader figcaption"),
    Example('<nav><p class="caption">c</p></nav><div class="sidebar-grid"><h1>T</h1><p class="credit">AFP</p></div>',
            "boilerplate and a layout box"),
    Example('<body class="hidden"><p>a body with a class</p></body>', "the body itself"),
]


def _check_marks(root: etree._Element) -> None:
    conv = conventions()
    marks = remove_unread(root, conv)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag not in NEVER_CLEANED_TAGS and el.keys() \
                and _left_out(el, el.keys(), conv):
            assert el in marks, etree.tostring(el)[:200]
    container = find_container(root)
    assert read_blocks(container, conv, set(), marks) == read_blocks(container, conv, set())


@pytest.mark.parametrize("example", MARKED_MARKUP, ids=lambda e: e.why)
def test_cleaning_marks_every_element_the_body_may_leave_out(example: Example):
    html = example.value if example.value.startswith("<body") else f"<body>{example.value}</body>"
    _check_marks(etree.fromstring(f"<html>{html}</html>", etree.HTMLParser()))


def test_cleaning_marks_every_element_the_body_may_leave_out_on_pages():
    for path in _pages():
        data = path.read_bytes()
        for cut in (len(data), len(data) // 2):
            root = parse(data[:cut]).root
            if root is not None:
                _check_marks(root)
