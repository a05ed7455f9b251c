"""Whole pages written in the shapes of real conventions (tests/fixtures/html/), with
the pictures, captions and credits a reader sees, and body sentences."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mediakit.html import extract_html

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"


@dataclass(frozen=True)
class Picture:
    src: str  # substring of the address
    caption: str | None
    credit: str | None
    found_in: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    page: str
    lang: str
    pictures: tuple[Picture, ...]
    body_has: tuple[str, ...]
    body_lacks: tuple[str, ...] = field(default=())


EXAMPLES = [
    Example(
        "bbc-style-labels.html", "en-GB",
        (Picture("court-protest.jpg", "Protesters gathered outside the court on Monday morning", "EPA",
                 ("figcaption", "credit-element")),
         Picture("harbour-dusk.jpg", None, "Getty Images")),
        ("Fishermen have asked the high court", "A ruling is expected before the end of the month"),
        ("Image caption", "Image copyright", "Share this page", "Copyright 2026 Example News"),
    ),
    Example(
        "react-testid.html", "en",
        (Picture("port-cranes-1920x1080.jpg", "Cranes stand idle at the container port on Friday.", "REUTERS/Ana Silva",
                 ("figcaption", "credit-element", "json-ld", "og")),),
        ("Dock workers voted on Sunday", "Shipping companies warned"),
        ("Cranes stand idle", "Sam Carter"),
    ),
    Example(
        "wordpress-lazy.html", "es-ES",
        (Picture("cigueñas-nido-800x533.jpg", "Una pareja de cigüeñas en el nido del campanario.", "Lucía Pérez/EFE"),
         Picture("campanario.jpg", "El campanario de San Miguel", "Europa Press")),
        ("Las primeras cigüeñas han llegado", "Los ornitólogos atribuyen el adelanto"),
        ("Compartir", "Otra noticia del pueblo", "Foto: Lucía Pérez/EFE"),
    ),
    # Chinese CMS layout: a picture alone in a centred paragraph, its caption in the next
    # centred one (the bold subheading after it is not); a carousel's cloned slide is the
    # first slide again; a credit in the title tooltip ("© 王大伟").
    Example(
        "centred-paragraphs-carousel.html", "zh-CN",
        (Picture("hongye-shan.jpg", "11月2日，游客在公园里赏红叶。", "示例社记者 王小明 摄"),
         Picture("shanding.jpg", "山顶的观景台上游人如织。", "示例时报"),
         Picture("xiaolu.jpg", "林间小路铺满落叶。", "李四"),
         Picture("suodao.jpg", "游客乘坐索道上山。", "王大伟")),
        ("公交集团表示", "公共交通运力全面加强", "赏秋经济带动周边消费"),
        ("游客在公园里赏红叶", "冬季夜游线路推出"),
    ),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.page for e in EXAMPLES])
def test_fixture_page(example: Example) -> None:
    article = extract_html((FIXTURES / example.page).read_bytes(), source=example.page)
    assert article.lang == example.lang
    assert not article.warnings
    for picture in example.pictures:
        matches = [im for im in article.images if im.src and picture.src in im.src]
        assert len(matches) == 1, [im.to_dict() for im in article.images]
        image = matches[0]
        assert (image.caption, image.credit) == (picture.caption, picture.credit)
        assert set(picture.found_in) <= set(image.found_in)
    body = " ".join(article.body)
    for text in example.body_has:
        assert text in body
    for text in example.body_lacks:
        assert text not in body
    assert not [im for im in article.images if im.caption == "Otra noticia del pueblo"]
