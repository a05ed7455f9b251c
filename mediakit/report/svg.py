"""Charts as inline SVG: horizontal bars, drawn server-side so the page needs no script
and no library to show them."""
from __future__ import annotations

from html import escape
from typing import Sequence

LABEL_WIDTH = 230
BAR_WIDTH = 380
VALUE_WIDTH = 80
ROW_HEIGHT = 22
BAR_HEIGHT = 15
MAX_LABEL_CHARS = 30


def bar_chart(name: str, title: str, data: Sequence[tuple[str, int]]) -> str:
    """A figure with one bar per (label, value), longest bar = largest value."""
    if not data:
        return f'<figure class="chart empty" data-chart="{escape(name)}"><figcaption>{escape(title)}</figcaption><p>None.</p></figure>'
    largest = max(value for _, value in data) or 1
    height = ROW_HEIGHT * len(data) + 4
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    parts = [
        f'<figure class="chart" data-chart="{escape(name)}"><figcaption>{escape(title)}</figcaption>',
        f'<svg class="bars" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{escape(title)}">',
    ]
    for i, (label, value) in enumerate(data):
        y = i * ROW_HEIGHT + 2
        bar = max(1.0, BAR_WIDTH * value / largest) if value else 0.0
        shown = label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"
        parts.append(
            f'<g class="bar" data-label="{escape(label)}" data-value="{value}">'
            f"<title>{escape(label)}: {value:,}</title>"
            f'<text class="label" x="{LABEL_WIDTH - 8}" y="{y + BAR_HEIGHT - 3}" text-anchor="end">{escape(shown)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{bar:.1f}" height="{BAR_HEIGHT}" rx="2"></rect>'
            f'<text class="value" x="{LABEL_WIDTH + bar + 6:.1f}" y="{y + BAR_HEIGHT - 3}">{value:,}</text></g>'
        )
    parts.append("</svg></figure>")
    return "".join(parts)


def share_bar(name: str, title: str, parts: Sequence[tuple[str, int, str]]) -> str:
    """One 100% bar split into parts (label, value, css class), with a legend."""
    total = sum(value for _, value, _ in parts)
    width, height = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH, 28
    out = [f'<figure class="chart share" data-chart="{escape(name)}"><figcaption>{escape(title)}</figcaption>',
           f'<svg class="share" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="{escape(title)}">']
    x = 0.0
    for label, value, css in parts:
        w = width * value / total if total else 0.0
        out.append(f'<g class="bar {escape(css)}" data-label="{escape(label)}" data-value="{value}">'
                   f"<title>{escape(label)}: {value:,}</title>"
                   f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}"></rect></g>')
        x += w
    out.append("</svg><ul class=\"legend\">")
    for label, value, css in parts:
        pct = f"{100 * value / total:.1f}%" if total else "–"
        out.append(f'<li class="{escape(css)}"><span class="swatch"></span>{escape(label)}: {value:,} ({pct})</li>')
    out.append("</ul></figure>")
    return "".join(out)
