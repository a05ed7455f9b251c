"""The report as one self-contained HTML page: inline CSS, inline SVG charts, and a
small inline script that sorts, filters and pages the tables. Nothing is loaded from
anywhere (a Content-Security-Policy forbids it); links in table cells are data."""
from __future__ import annotations

import os
from functools import lru_cache
from html import escape
from importlib import resources
from string import Template
from typing import Any, Mapping

from mediakit.report.aggregate import AuditResult
from mediakit.report.svg import bar_chart, share_bar
from mediakit.report.tables import Table

TOTAL_LABELS = (
    ("articles", "Articles", False),
    ("images", "Images", False),
    ("credited", "Credited", False),
    ("uncredited", "Uncredited", True),
    ("images with creators", "With a named creator", False),
    ("known agencies", "Agencies (registry)", False),
    ("unknown agencies", "Unknown agencies", True),
    ("images with unknown agencies", "Images, unknown agency", True),
    ("images with conflicts", "Embedded ≠ printed", True),
    ("images with flags", "Images with registry flags", False),
    ("images credited differently", "Credited differently", True),
    ("articles with warnings", "Articles with warnings", True),
)
SECTIONS = (
    ("totals", "Totals"), ("agencies", "Agencies"), ("creators", "Creators"),
    ("sites", "Sites"), ("roles", "Roles"), ("uncredited", "Uncredited"),
    ("unknown", "Unknown agencies"), ("conflicts", "Conflicts"), ("variants", "Credit variants"),
    ("flags", "Flags"), ("warnings", "Warnings"),
)


SECTION_HELP = {
    "agencies": "Who supplied the images: source agencies (who made or sold the picture) and "
                "distributors (named after via), by kind of organisation, with the registry's flags.",
    "creators": "Photographers and illustrators named in the credits.",
    "sites": "Where the articles were published, from their URLs.",
    "roles": "Credits carrying a role word: pool, handout, file photo, courtesy ... often bound to special terms.",
    "uncredited": "Images with no credit, no creator and no agency: find who supplied them before reuse.",
    "unknown": "Organisations named in credits that the registry does not know. Review them and add "
               "them to the registry so that the next audit names and classifies them.",
    "conflicts": "Images whose file metadata (IPTC/XMP, from mediakit inspect) names another agency or "
                 "photographer than the page, or a credit the page does not print.",
    "variants": "The same image URL credited differently in different articles.",
    "flags": "Images whose agencies the registry marks: state media, typical licence terms, restrictions.",
    "warnings": "Problems met while extracting the articles or reading the inputs.",
}


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("mediakit.report").joinpath(f"assets/{name}").read_text("utf-8")


def render_html(result: AuditResult, csv_links: Mapping[str, str] | None = None,
                title: str = "Rights audit", subtitle: str = "") -> str:
    """The page. ``csv_links`` maps table names to the (relative) CSV file with every row."""
    from mediakit import __version__
    links = dict(csv_links or {})
    t = result.totals
    body = "\n".join([
        _section("totals", "Totals", _cards(t) + share_bar(
            "credited", "Credited and uncredited images",
            [("credited", t["credited"], "credited"), ("uncredited", t["uncredited"], "uncredited")])),
        _section("agencies", "Agencies", _charts(
            bar_chart("kinds", "Images by kind of supplier", result.charts["kinds"]),
            bar_chart("agencies", "Top agencies (images as source)", result.charts["agencies"]),
        ) + _table(result.tables["kinds"], result, links) + _table(result.tables["agencies"], result, links)),
        _section("creators", "Creators", bar_chart("creators", "Top creators (images)", result.charts["creators"])
                 + _table(result.tables["creators"], result, links)),
        _section("sites", "Sites and sections", bar_chart("sites", "Images per site", result.charts["sites"])
                 + _table(result.tables["sites"], result, links) + _table(result.tables["sections"], result, links)),
        _section("roles", "Credits by role", bar_chart("roles", "Images by role word in the credit", result.charts["roles"])
                 + _table(result.tables["roles"], result, links)),
        _section("uncredited", "Uncredited images", _table(result.tables["uncredited"], result, links, titled=False)),
        _section("unknown", "Unknown agencies", _table(result.tables["unknown_agencies"], result, links, titled=False)
                 + _snippet(result.registry_snippet)),
        _section("conflicts", "Embedded versus printed", _table(result.tables["conflicts"], result, links, titled=False)),
        _section("variants", "Images credited differently", _table(result.tables["credit_variants"], result, links, titled=False)),
        _section("flags", "Registry flags", bar_chart("flags", "Images by flag of their agencies", result.charts["flags"])
                 + _table(result.tables["flags"], result, links)),
        _section("warnings", "Warnings and input problems", _table(result.tables["warnings"], result, links)
                 + _problems(result.problems)),
    ])
    nav = "".join(f'<a href="#{key}">{escape(label)}</a>' for key, label in SECTIONS)
    if not result.exact:
        subtitle += " · Some long-tail counts are approximate (see the notes under the tables)."
    return Template(_asset("report.html")).substitute(
        title=escape(title), subtitle=escape(subtitle), nav=nav, body=body, version=__version__,
        css=_asset("report.css"), script=_asset("report.js"))


def _section(key: str, heading: str, content: str) -> str:
    help_text = SECTION_HELP.get(key)
    lead = f'<p class="lead">{escape(help_text)}</p>' if help_text else ""
    return f'<section id="{key}"><h2>{escape(heading)}</h2>{lead}{content}</section>'


def _charts(*figures: str) -> str:
    return '<div class="charts">' + "".join(figures) + "</div>"


def _cards(totals: Mapping[str, int]) -> str:
    cards = []
    for key, label, alert in TOTAL_LABELS:
        value = totals.get(key, 0)
        css = "card alert" if alert and value else "card"
        cards.append(f'<div class="{css}" data-total="{escape(key)}"><dt>{escape(label)}</dt>'
                     f'<dd data-value="{value}">{value:,}</dd></div>')
    return '<dl class="cards">' + "".join(cards) + "</dl>"


def _table(table: Table, result: AuditResult, links: Mapping[str, str], titled: bool = True) -> str:
    settings = result.settings
    head = f'<h3>{escape(table.title)}</h3>' if titled else ""
    note = f'<p class="note">{escape(table.note)}</p>' if table.note else ""
    if not table.rows:
        return f'<div class="table-block" id="t-{table.name}">{head}{note}<p class="empty-table">None.</p></div>'
    shown = table.rows[: settings.page_rows]
    csv_link = links.get(table.name)
    more = ""
    if table.row_count > len(shown):
        where = (f'every row is in <a href="{escape(csv_link)}">{escape(os.path.basename(csv_link))}</a>'
                 if csv_link else "every row is in the CSV export (--csv)")
        more = f'<p class="more">This page holds the first {len(shown):,} of {table.row_count:,} rows; {where}.</p>'
    elif csv_link:
        more = f'<p class="more">Also as <a href="{escape(csv_link)}">{escape(os.path.basename(csv_link))}</a>.</p>'
    numeric = set(table.numeric)
    ths = "".join(f'<th data-type="{"num" if c in numeric else "text"}" scope="col">{escape(c)}</th>'
                  for c in table.columns)
    body_rows = []
    for row in shown:
        cells = []
        for column, value in zip(table.columns, row):
            if column in numeric:
                cells.append(f'<td class="num">{_number(value)}</td>')
            else:
                cells.append(f"<td>{_cell(value)}</td>")
        body_rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="table-block" id="t-{table.name}">{head}{note}{more}<div class="table-wrap">'
            f'<table class="data" data-table="{table.name}" data-page-size="{settings.page_size}" '
            f'data-rows="{table.row_count}"><thead><tr>{ths}</tr></thead><tbody>{"".join(body_rows)}'
            f"</tbody></table></div></div>")


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else escape(str(value))


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith(("http://", "https://")) and " " not in text:
        # A link to the article or picture: data, loaded only if the reader clicks it.
        return f'<a href="{escape(text)}" rel="noreferrer noopener nofollow">{escape(text)}</a>'
    return escape(text)


def _snippet(toml: str) -> str:
    if not toml:
        return ""
    return ("<h3>Registry entries to review and add</h3>"
            '<p class="note">Check the kind and the name, then add these to a registry file '
            "(<code>--registry FILE</code>, or the bundled data).</p>"
            f'<pre class="toml">{escape(toml)}</pre>')


def _problems(problems: list[str]) -> str:
    if not problems:
        return ""
    items = "".join(f"<li>{escape(p)}</li>" for p in problems)
    return f"<h3>Input problems</h3><ul class=\"problems\">{items}</ul>"

