"""Figures of the rights audit: tables of synthetic records -> expected figures."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import Any

import pytest

from mediakit.report import AuditSettings, aggregate, site_and_section
from mediakit.report.aggregate import suggested_id, term_flags
from mediakit.report.roles import roles_in
from mediakit.report.tally import BoundedTally
from report_records import (
    AFP, GETTY_VIA, KCNA, REUTERS, STOCK, XINHUA, agency, article, image, make_registry,
)


@dataclass
class Example:
    name: str
    records: list[dict[str, Any]]
    totals: dict[str, int] = field(default_factory=dict)  # expected subset of result.totals
    agencies: dict[str, tuple[int, int]] = field(default_factory=dict)  # id -> (source, distributor)
    kinds: dict[str, int] = field(default_factory=dict)


def run(records, tmp_path, **settings):
    return aggregate(records, tmp_path, registry=make_registry(), settings=AuditSettings(**settings))


# -- totals: what counts as credited ------------------------------------------------------
TOTALS = [
    Example("empty input", [], {"articles": 0, "images": 0, "credited": 0, "uncredited": 0}),
    Example("article without images", [article("https://a.example/x/1")],
            {"articles": 1, "images": 0}),
    Example("credit text alone counts as credited",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="Staff"))],
            {"images": 1, "credited": 1, "uncredited": 0}),
    Example("creators alone count as credited",
            [article("https://a.example/x/1", image("https://i/1.jpg", creators=("Jane Doe",)))],
            {"credited": 1, "images with creators": 1}),
    Example("agencies alone count as credited",
            [article("https://a.example/x/1", image("https://i/1.jpg", agencies=(AFP,)))],
            {"credited": 1, "images with agencies": 1}),
    Example("caption without credit is uncredited",
            [article("https://a.example/x/1", image("https://i/1.jpg"), image("https://i/2.jpg", credit="AFP", agencies=(AFP,)))],
            {"images": 2, "credited": 1, "uncredited": 1}),
    Example("blank credit is no credit",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="  "))],
            {"uncredited": 1}),
    Example("text input images (src null) count too",
            [article(None, image(None, credit="Jane Doe/AFP", creators=("Jane Doe",), agencies=(AFP,)),
                     source="story.txt")],
            {"articles": 1, "images": 1, "credited": 1}),
    Example("warnings counted per article",
            [article("https://a.example/x/1", warnings=("odd markup", "odd markup")),
             article("https://a.example/x/2")],
            {"articles with warnings": 1}),
]

# -- agencies: canonical ids, source versus distributor, kinds ----------------------------
AGENCIES = [
    Example("source and distributor of one credit",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="Jane Doe/AFP via Getty Images",
                                                   creators=("Jane Doe",), agencies=(AFP, GETTY_VIA)))],
            {"known agencies": 2}, {"afp": (1, 0), "getty-images": (0, 1)}, {"wire": 1}),
    Example("an agency named twice in one image counts once",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="AFP/AFP", agencies=(AFP, AFP)))],
            {}, {"afp": (1, 0)}, {"wire": 1}),
    Example("images per agency across articles",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="AFP", agencies=(AFP,)),
                     image("https://i/2.jpg", credit="Reuters", agencies=(REUTERS,))),
             article("https://b.example/y/2", image("https://i/3.jpg", credit="AFP", agencies=(AFP,)))],
            {"images": 3}, {"afp": (2, 0), "reuters": (1, 0)}, {"wire": 3}),
    Example("kinds: wire, state media, stock, unknown, creator only",
            [article("https://a.example/x/1",
                     image("https://i/1.jpg", credit="Xinhua", agencies=(XINHUA,)),
                     image("https://i/2.jpg", credit="Shutterstock", agencies=(STOCK,)),
                     image("https://i/3.jpg", credit="Foo Press", agencies=(agency(None, "Foo Press"),)),
                     image("https://i/4.jpg", credit="Jane Doe", creators=("Jane Doe",)),
                     image("https://i/5.jpg"))],
            {"unknown agencies": 1, "images with unknown agencies": 1},
            {"xinhua": (1, 0), "shutterstock": (1, 0)},
            {"state-media": 1, "stock": 1, "unknown": 1, "no agency named": 1}),
    Example("only a distributor: the image counts under the distributor's kind",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="via Getty", agencies=(GETTY_VIA,)))],
            {}, {"getty-images": (0, 1)}, {"photo-agency": 1}),
    Example("an id the registry does not know keeps its printed name",
            [article("https://a.example/x/1", image("https://i/1.jpg", credit="Zed", agencies=(agency("zed-photo", "Zed Photo"),)))],
            {}, {"zed-photo": (1, 0)}, {"unregistered": 1}),
]


@pytest.mark.parametrize("example", TOTALS + AGENCIES, ids=lambda e: e.name)
def test_figures(example: Example, tmp_path):
    result = run(example.records, tmp_path)
    for key, expected in example.totals.items():
        assert result.totals[key] == expected, key
    got = {a.id: (a.source, a.distributor) for a in result.agencies}
    assert got == {**got, **example.agencies} and set(example.agencies) <= set(got)
    if example.agencies:
        assert set(got) == set(example.agencies)
    if example.kinds:
        assert dict(result.kinds) == example.kinds
    assert result.totals["credited"] + result.totals["uncredited"] == result.totals["images"]


def test_agency_names_come_from_the_registry(tmp_path):
    printed = agency("afp", "afp", raw="A.F.P.")
    result = run([article("https://a.example/x/1", image("https://i/1.jpg", credit="A.F.P.", agencies=(printed,)))], tmp_path)
    (afp,) = result.agencies
    assert (afp.name, afp.kind) == ("Agence France-Presse", "wire")


# -- roles ----------------------------------------------------------------------------------
@dataclass
class RoleExample:
    credit: str | None
    roles: list[str]


ROLES = [
    RoleExample("Pool/AFP", ["pool"]),
    RoleExample("POOL New / REUTERS", ["pool"]),
    RoleExample("Handout via Reuters", ["handout"]),
    RoleExample("HO/Ukrainian Presidential Press Service/AFP", ["handout"]),
    RoleExample("AP Photo/Jane Doe, File", ["file photo"]),
    RoleExample("Foto de archivo EFE", ["file photo"]),
    RoleExample("新华社资料图", ["file photo"]),
    RoleExample("Photo courtesy of NASA", ["courtesy"]),
    RoleExample("Mit freundlicher Genehmigung der Stadt", ["courtesy"]),
    RoleExample("Staff photo by Jane Doe", ["staff"]),
    RoleExample("Screenshot/X", ["screenshot or social media"]),
    RoleExample("Ảnh minh họa: Lê Văn A", ["illustration"]),
    RoleExample("연합뉴스 자료사진. 재판매 및 DB 금지", ["file photo", "reuse restricted"]),
    # Role words inside other words, or names that look like them, are not roles.
    RoleExample("Profile Pictures", []),
    RoleExample("Ho Chi Minh City Photo Agency", []),
    RoleExample("Filed by Jane Doe", []),
    RoleExample("Jane Doe/AFP", []),
    RoleExample("Foto: example.net", []),  # too ambiguous a role word: ignored
    RoleExample(None, []),
]


@pytest.mark.parametrize("example", ROLES, ids=lambda e: str(e.credit))
def test_roles_in_credit(example: RoleExample):
    assert roles_in(example.credit) == example.roles


def test_roles_table_counts_images(tmp_path):
    result = run([article("https://a.example/x/1",
                          image("https://i/1.jpg", credit="Pool/AFP", agencies=(AFP,)),
                          image("https://i/2.jpg", credit="Pool via Reuters", agencies=(REUTERS,)),
                          image("https://i/3.jpg", credit="Handout/AFP", agencies=(AFP,)))], tmp_path)
    rows = {row[0]: row[1] for row in result.tables["roles"].rows}
    assert rows == {"pool": 2, "handout": 1}


# -- sites and sections -------------------------------------------------------------------------
@pytest.mark.parametrize("url, expected", [
    ("https://www.example.com/world/2024/05/story", ("example.com", "world")),
    ("https://example.com/2024/05/01/politics/story", ("example.com", "politics")),
    ("https://news.example.org/story-only", ("news.example.org", "(none)")),
    ("https://www.diepresse.com/19765800/slug", ("diepresse.com", "(none)")),
    ("https://example.com/en/sport/football/match", ("example.com", "sport")),
    ("story.txt", ("(no site)", "(none)")),
    (None, ("(no site)", "(none)")),
])
def test_site_and_section(url, expected):
    assert site_and_section(url) == expected


def test_sites_table(tmp_path):
    result = run([
        article("https://www.a.example/world/1/x", image("https://i/1.jpg"), image("https://i/2.jpg", credit="AFP", agencies=(AFP,))),
        article("https://a.example/sport/y", image("https://i/3.jpg", credit="AFP", agencies=(AFP,))),
        article("https://b.example/world/z"),
    ], tmp_path)
    assert sorted(result.tables["sites"].rows) == [("a.example", 2, 3, 1), ("b.example", 1, 0, 0)]
    assert sorted(result.tables["sections"].rows) == [
        ("a.example", "sport", 1, 1, 0), ("a.example", "world", 1, 2, 1), ("b.example", "world", 1, 0, 0)]


# -- per-image lists: uncredited, streamed to CSV -------------------------------------------------
def test_uncredited_list_keeps_first_page_and_streams_the_rest(tmp_path):
    images = [image(f"https://i/{n}.jpg", caption=f"Caption {n}") for n in range(7)]
    result = run([article("https://a.example/x/1", *images)], tmp_path, page_rows=3)
    table = result.tables["uncredited"]
    assert table.row_count == 7 and len(table.rows) == 3 and table.truncated
    with table.csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["article", "image", "caption", "alt"]
    assert [r[1] for r in rows[1:]] == [f"https://i/{n}.jpg" for n in range(7)]
    assert rows[1][0] == "https://a.example/x/1"


# -- unknown agencies, ready for the registry ----------------------------------------------------
def test_unknown_agencies_with_counts_examples_and_toml(tmp_path):
    foo, foo_caps = agency(None, "Foo Press"), agency(None, "FOO PRESS")
    result = run([
        article("https://a.example/x/1", image("https://i/1.jpg", credit="Foo Press", agencies=(foo,))),
        article("https://a.example/x/2", image("https://i/2.jpg", credit="Jane/FOO PRESS", agencies=(foo_caps,)),
                image("https://i/3.jpg", credit="Bar Images via Foo Press",
                      agencies=(agency(None, "Bar Images"), agency(None, "Foo Press", "distributor")))),
    ], tmp_path)
    rows = {row[0]: row for row in result.tables["unknown_agencies"].rows}
    assert set(rows) == {"Foo Press", "Bar Images"}
    name, slug, images, as_source, as_distributor, printed, example_credit, example_article = rows["Foo Press"]
    assert (slug, images, as_source, as_distributor) == ("foo-press", 3, 2, 1)
    assert printed == "Foo Press | FOO PRESS"
    assert (example_credit, example_article) == ("Foo Press", "https://a.example/x/1")
    assert result.totals["unknown agencies"] == 2
    assert result.totals["images with unknown agencies"] == 3
    assert '[foo-press]\nname = "Foo Press"' in result.registry_snippet
    assert 'aliases = ["FOO PRESS"]' in result.registry_snippet


@pytest.mark.parametrize("name, slug", [
    ("Foo Press", "foo-press"), ("Agência Éxito", "agencia-exito"), ("ＡＢＣ Photo", "abc-photo"),
    ("朝日新聞", "朝日新聞"),
])
def test_suggested_id(name, slug):
    assert suggested_id(name) == slug


# -- registry flags -------------------------------------------------------------------------------
def test_flags_from_registry_fields(tmp_path):
    result = run([article("https://a.example/x/1",
                          image("https://i/1.jpg", credit="Xinhua", agencies=(XINHUA,)),
                          image("https://i/2.jpg", credit="KCNA via Xinhua",
                                agencies=(KCNA, agency("xinhua", "Xinhua News Agency", "distributor"))),
                          image("https://i/3.jpg", credit="Shutterstock", agencies=(STOCK,)))], tmp_path)
    flags = {(row[0], row[2]): row[3] for row in result.tables["flags"].rows}
    assert flags == {
        ("state media", "xinhua"): 2, ("terms: editorial use only", "xinhua"): 2,
        ("state media", "kcna"): 1, ("restriction: no sales", "kcna"): 1,
        ("terms: royalty-free licence", "shutterstock"): 1,
    }
    # The chart counts images, once per image whatever the number of agencies flagged.
    assert dict(result.charts["flags"])["state media"] == 2
    assert result.totals["images with flags"] == 3


@pytest.mark.parametrize("terms, flags", [
    ("editorial use only", ("editorial use only",)),
    ("handout, editorial use only; may not be altered", ("editorial use only", "handout", "may not be altered")),
    ("royalty-free or rights-managed licence", ("royalty-free licence", "rights-managed licence")),
    ("royalty-free licence", ("royalty-free licence",)),  # not a "free licence"
    ("Pexels licence (free, attribution not required)", ("free licence",)),
    ("ODbL; credit \"© OpenStreetMap contributors\"", ("open licence (CC, ODbL, OGL)", "credit required")),
    ("public domain in the US; no endorsement implied", ("public domain", "no endorsement")),
    ("Canva content licence", ("Canva content licence",)),
])
def test_term_flags(terms, flags):
    assert set(term_flags(terms)) == set(flags)


# -- embedded versus printed -----------------------------------------------------------------------
@dataclass
class EmbeddedExample:
    name: str
    printed: dict[str, Any]
    embedded: dict[str, Any]
    fields: list[str]


EMBEDDED = [
    EmbeddedExample("same credit", dict(credit="Jane Doe/AFP", creators=("Jane Doe",), agencies=(AFP,)),
                    {"credit": "Jane Doe/AFP", "creators": ["Jane Doe"]}, []),
    EmbeddedExample("file names the supplier only", dict(credit="Jane Doe/AFP", creators=("Jane Doe",), agencies=(AFP,)),
                    {"credit": "AFP", "creators": ["JANE DOE"]}, []),
    EmbeddedExample("same agency, other spelling", dict(credit="Jane Doe/AFP", agencies=(AFP,)),
                    {"credit": "Agence France-Presse"}, []),
    EmbeddedExample("other agency", dict(credit="Jane Doe/AFP", creators=("Jane Doe",), agencies=(AFP,)),
                    {"credit": "Reuters", "creators": ["Jane Doe"]}, ["credit"]),
    EmbeddedExample("other photographer", dict(credit="Jane Doe/AFP", creators=("Jane Doe",), agencies=(AFP,)),
                    {"credit": "AFP", "creators": ["John Roe"]}, ["creators"]),
    EmbeddedExample("credit only in the file", dict(), {"credit": "Reuters"}, ["credit missing on page"]),
    EmbeddedExample("nothing in the file", dict(credit="AFP", agencies=(AFP,)), {}, []),
    EmbeddedExample("metadata blocks disagree inside the file", dict(credit="AFP", agencies=(AFP,)),
                    {"credit": "AFP", "conflicts": [{"field": "credit", "values": {"iptc": "AFP", "xmp": "AFP/Getty"}}]},
                    ["inside the file: credit"]),
]


@pytest.mark.parametrize("example", EMBEDDED, ids=lambda e: e.name)
def test_embedded_versus_printed(example: EmbeddedExample, tmp_path):
    img = image("https://i/1.jpg", embedded=example.embedded, **example.printed)
    result = run([article("https://a.example/x/1", img)], tmp_path)
    table = result.tables["conflicts"]
    assert [row[2] for row in table.rows] == example.fields
    assert result.totals["images with conflicts"] == (1 if example.fields else 0)
    assert result.totals["images with embedded metadata"] == 1


# -- same image, different credits ---------------------------------------------------------------------
def test_images_credited_differently_in_different_articles(tmp_path):
    result = run([
        article("https://a.example/x/1", image("https://i/shared.jpg", credit="Jane Doe/AFP", agencies=(AFP,)),
                image("https://i/same.jpg", credit="Reuters", agencies=(REUTERS,))),
        article("https://a.example/x/2", image("https://i/shared.jpg", credit="Reuters", agencies=(REUTERS,)),
                image("https://i/same.jpg", credit="REUTERS ", agencies=(REUTERS,))),
        article("https://a.example/x/3", image("https://i/shared.jpg", credit="Jane Doe / AFP", agencies=(AFP,)),
                image("https://i/lost.jpg", credit="AFP", agencies=(AFP,))),
        article("https://a.example/x/4", image("https://i/lost.jpg")),
    ], tmp_path)
    table = result.tables["credit_variants"]
    rows = {(row[0], row[1]): (row[2], row[3]) for row in table.rows}
    assert rows == {
        ("https://i/lost.jpg", "AFP"): (1, "https://a.example/x/3"),
        ("https://i/lost.jpg", "(no credit)"): (1, "https://a.example/x/4"),
        ("https://i/shared.jpg", "Jane Doe / AFP"): (2, "https://a.example/x/1"),
        ("https://i/shared.jpg", "Reuters"): (1, "https://a.example/x/2"),
    }
    assert result.totals["images credited differently"] == 2


# -- creators and bounded tallies ------------------------------------------------------------------------
def test_creators_counted_once_per_image_across_spellings(tmp_path):
    result = run([article("https://a.example/x/1",
                          image("https://i/1.jpg", creators=("Jane Doe", "Jane  Doe")),
                          image("https://i/2.jpg", creators=("JANE DOE", "John Roe", "jane doe")))], tmp_path)
    assert [(row[0], row[1]) for row in result.tables["creators"].rows] == [("Jane Doe", 2), ("John Roe", 1)]


def test_bounded_tally_keeps_the_largest_and_says_so():
    tally = BoundedTally(("n",), capacity=3)
    for key, count in [("a", 50), ("b", 40), ("c", 30)]:
        for _ in range(count):
            tally.add(key, 1)
    for n in range(100):
        tally.add(f"rare{n}", 1)
    assert len(tally) <= 6
    assert [(r.key, r.counts[0]) for r in tally.top(3)] == [("a", 50), ("b", 40), ("c", 30)]
    assert not tally.exact and tally.dropped_max == 1


def test_malformed_records_are_skipped_with_a_problem(tmp_path):
    from mediakit.report import InputProblems
    problems = InputProblems()
    records = [article("https://a.example/x/1", image("https://i/1.jpg", credit="AFP", agencies=(AFP,))),
               {"schema": "mediakit.article/1", "images": "oops"},
               {"schema": "mediakit.article/1", "images": [None, {"credit": 5, "creators": [None, 3], "agencies": ["x"]}]}]
    result = aggregate(records, tmp_path, registry=make_registry(), problems=problems)
    assert result.totals["articles"] == 3
    assert result.totals["images"] == 2
    assert result.totals["uncredited"] == 1
    assert problems.count == 2


def test_open_ended_keys_stay_bounded_and_the_report_says_so(tmp_path):
    from mediakit.report import render_html, summary
    images = [image(f"https://i/{n}.jpg", creators=(f"Person {n}",)) for n in range(1000)]
    images += [image(f"https://i/jane{n}.jpg", creators=("Jane Doe",)) for n in range(30)]
    result = run([article("https://a.example/x/1", *images)], tmp_path, capacity=50)
    creators = result.tables["creators"]
    assert len(creators.rows) <= 100
    assert creators.rows[0][:2] == ("Jane Doe", 30)
    assert "rare ones were dropped" in creators.note
    assert result.exact is False and summary(result)["exact"] is False
    assert "approximate" in render_html(result)
    assert result.totals["images"] == 1030  # totals stay exact


def test_registry_snippet_does_not_reuse_a_taken_id(tmp_path):
    # Printed "Reuters" with no id (an extractor that missed it): its slug is taken.
    result = run([article("https://a.example/x/1", image("https://i/1.jpg", credit="reuters", agencies=(agency(None, "Reuters"),)))],
                 tmp_path)
    assert "# [reuters] is Reuters: if this is the same agency" in result.registry_snippet
    assert "[reuters-new]\nname = \"Reuters\"" in result.registry_snippet


def test_kinds_table_counts_images_and_agencies(tmp_path):
    result = run([article("https://a.example/x/1",
                          image("https://i/1.jpg", credit="AFP", agencies=(AFP,)),
                          image("https://i/2.jpg", credit="Reuters", agencies=(REUTERS,)),
                          image("https://i/3.jpg", credit="AFP", agencies=(AFP,)),
                          image("https://i/4.jpg", credit="Foo", agencies=(agency(None, "Foo"),)),
                          image("https://i/5.jpg", credit="Jane Doe", creators=("Jane Doe",)))], tmp_path)
    assert result.tables["kinds"].rows == [("wire", 3, 2), ("no agency named", 1, ""), ("unknown", 1, 1)]
