"""tools/text_vs_html.py: a page's text copy, read again by the text reader."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "text_vs_html.py"
spec = importlib.util.spec_from_file_location("text_vs_html", TOOL)
text_vs_html = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = text_vs_html  # (its dataclasses look their module up there)
spec.loader.exec_module(text_vs_html)

PAGE = """<html><head><title>Warehouse fire in Leeds</title></head><body><article>
<h1>Warehouse fire in Leeds</h1>
<p>Firefighters were called to the industrial estate at six in the morning, the fire service said.
Nobody was hurt, but the road stayed closed until the afternoon.</p>
<figure><img src="https://img.example.com/fire-scene.jpg" alt="">
<figcaption>Firefighters at the scene of the blaze, on Tuesday. Photo: Jane Doe/AFP</figcaption></figure>
<p>Residents were told to keep their windows shut. The fire service said the smoke was not toxic,
but advised people with asthma to stay indoors.</p>
<figure><img src="https://img.example.com/ring-road.jpg" alt="">
<figcaption>Smoke over the ring road in the afternoon. Photo: John Roe/Reuters</figcaption></figure>
<p>The cause of the fire is not yet known. Investigators are expected at the site on Wednesday,
a spokesperson for the council said.</p>
</article></body></html>"""


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    path = tmp_path / "fire.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_text_copy_places_each_caption_line_after_the_block_before_its_picture(page: Path) -> None:
    import mediakit

    data = page.read_bytes()
    text, placed = text_vs_html.render(data, mediakit.extract(data, kind="html"), "line")
    blocks = text.split("\n\n")
    assert blocks[0] == "Warehouse fire in Leeds"
    first = blocks.index("Firefighters at the scene of the blaze, on Tuesday. Photo: Jane Doe/AFP")
    assert blocks[first - 1].startswith("Firefighters were called")
    assert blocks[first + 1].startswith("Residents were told")
    assert len(placed) == 2


@pytest.mark.parametrize("layout", text_vs_html.LAYOUTS)
def test_the_text_reader_finds_both_pictures_again_in_each_layout(page: Path, layout: str) -> None:
    count = text_vs_html.compare(page, layout)
    assert (count.captions, count.credits) == (2, 2)
    assert (count.captions_found, count.credits_found, count.leaked) == (2, 2, 0), count.misses


def test_main_prints_the_shares(page: Path, capsys) -> None:
    assert text_vs_html.main([str(page.parent), "--layout", "next"]) == 0
    out = capsys.readouterr().out
    assert "layout next: 1 pages, 2 captions, 2 credits" in out
    assert "captions found again  1.000" in out
