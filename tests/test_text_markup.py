"""CMS and archive exports: markup left in plain text (shortcodes, HTML remnants, picture
blocks, e-mail image placeholders) read as the pictures and captions it wraps."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from mediakit.text import extract_text
from mediakit.text.markup import undo_markup

PARAGRAPH = ("The keepers left the lighthouse in 1994, when the light was automated. Since then a "
             "trust of volunteers has opened the tower to visitors on summer weekends.")
PARAGRAPH_2 = ("The trust says the lamp room needs new glazing before next season. It has asked the "
               "council for a grant to cover half of the cost.")


@dataclass(frozen=True)
class Example:
    id: str
    lines: tuple[str, ...]
    captions: tuple[tuple[str | None, str | None], ...]  # (caption, credit) of each picture
    not_in_body: tuple[str, ...] = ()


EXAMPLES = [
    # WordPress: the caption shortcode around an <img> and the caption with its credit.
    Example("wordpress-shortcode", (
        "Lighthouse opens for the summer", PARAGRAPH,
        '[caption id="attachment_1" align="aligncenter" width="1024"]<img class="size-large" '
        'src="https://example.test/uploads/lighthouse.jpg" alt="Lighthouse at dusk" width="1024" /> '
        'The lighthouse at dusk, seen from the breakwater. Photo: Jane Doe/PA[/caption]',
        PARAGRAPH_2),
        (("The lighthouse at dusk, seen from the breakwater.", "Jane Doe/PA"),),
        ("[caption", "<img", "[/caption]")),
    # A newsroom system's picture blocks with caption and credit fields.
    Example("newsroom-fields", (
        "Bridge closed after inspection", PARAGRAPH,
        "[PHOTO 1]\nCAPTION: Barriers block the eastern approach to the bridge on Monday.\nCREDIT: Tom Roe/AP\n[/PHOTO]",
        PARAGRAPH_2),
        (("Barriers block the eastern approach to the bridge on Monday.", "Tom Roe/AP"),),
        ("[PHOTO", "CAPTION:", "[/PHOTO]")),
    # A static site's <figure> remnants in Markdown.
    Example("figure-remnants", (
        "Market moves to the depot", PARAGRAPH,
        '<figure>\n<img src="/images/stall.jpg" alt="Woman at a stall">\n<figcaption>A trader serves dumplings at '
        'the stall where the market began. <small>Photo: Ben Roe for The Calder Chronicle</small></figcaption>\n</figure>',
        PARAGRAPH_2),
        (("A trader serves dumplings at the stall where the market began.", "Ben Roe for The Calder Chronicle"),),
        ("<figure>", "figcaption")),
    # An e-mail text part: "[image: alt]" placeholders; the sender's logo is no picture.
    Example("newsletter-placeholders", (
        "[Image: The Riverside Weekly logo]", "THE RIVERSIDE WEEKLY", "Trees for the riverbank", PARAGRAPH,
        "[Image: Child holding a sapling]", "Mila, 7, carries a sapling almost as tall as she is.", PARAGRAPH_2),
        (("Mila, 7, carries a sapling almost as tall as she is.", None),),
        ("[Image:",)),
    # Gutenberg block comments.
    Example("gutenberg-comments", (
        "<!-- wp:paragraph -->\nLighthouse opens for the summer\n<!-- /wp:paragraph -->", PARAGRAPH, PARAGRAPH_2),
        (), ("wp:paragraph",)),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_export_markup(example: Example) -> None:
    article = extract_text("\n\n".join(example.lines) + "\n")
    assert tuple((i.caption, i.credit) for i in article.images) == example.captions
    assert PARAGRAPH in article.body and PARAGRAPH_2 in article.body
    for markup in example.not_in_body:
        assert not any(markup in line for line in article.body), markup


@pytest.mark.parametrize("text", [
    "Single <img> and <ul> List of <figure> are the cases this page tests.",  # tags named in prose
    "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>",  # angle brackets that are no markup
    "[Photo: Jane Doe/Reuters]",  # a bracketed credit, not a placeholder
    "Plain text without any markup.",
])
def test_text_without_export_markup_is_left_as_it_is(text: str) -> None:
    assert undo_markup(text) == text


def test_img_becomes_a_markdown_image_with_its_address_and_alt() -> None:
    text = 'Intro</p>\n<img alt="A [test] image" src="/a b/c(1).jpg">\n'
    assert "![A (test) image](/ab/c1.jpg)" in undo_markup(text)


@pytest.mark.parametrize("unclosed", ["<!-- ", "[caption ", "<img src "])
def test_unclosed_markup_repeated_is_left_alone(unclosed: str) -> None:
    """Thousands of unclosed tags (a hostile or broken export) are no markup to undo; the
    patterns stop at the next tag, so such a text is read in linear time."""
    text = unclosed * 5000
    assert undo_markup(text) == text
