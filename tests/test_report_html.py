"""The HTML report: self-contained (nothing loaded from anywhere), figures equal to the
JSON summary's, and, in headless Chromium, charts drawn and tables made sortable,
filterable and paged by the inline script."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from mediakit.report import AuditSettings, audit
from report_records import AFP, GETTY_VIA, KCNA, REUTERS, XINHUA, agency, article, image, make_registry

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")


def corpus_records() -> list[dict]:
    """Three sites, wire and state-media agencies, uncredited images, an unknown agency, a
    conflict, a credit variant, and a credit that tries to inject markup."""
    records = []
    for n in range(30):
        records.append(article(
            f"https://www.daily.example/world/2024/story-{n}",
            image(f"https://img.daily.example/{n}.jpg", credit="Jane Doe/AFP via Getty Images",
                  creators=("Jane Doe",), agencies=(AFP, GETTY_VIA)),
            image(f"https://img.daily.example/{n}-b.jpg", caption=f"Uncredited picture {n}"),
        ))
    for n in range(12):
        records.append(article(
            f"https://news.example.org/politics/story-{n}",
            image(f"https://img.news.example.org/{n}.jpg", credit="Pool/Reuters", agencies=(REUTERS,)),
            image(f"https://img.news.example.org/x{n}.jpg", credit="Xinhua", agencies=(XINHUA,)),
        ))
    records.append(article(
        "https://tiny.example/culture/a",
        image("https://img.daily.example/0.jpg", credit="Reuters", agencies=(REUTERS,)),
        image("https://tiny.example/k.jpg", credit="KCNA via Foo Press",
              agencies=(KCNA, agency(None, "Foo Press", "distributor"))),
        image("https://tiny.example/evil.jpg", credit='<img src="https://evil.example/x.png">',
              caption='<script src="https://evil.example/x.js"></script>',
              agencies=(agency(None, '<img src="https://evil.example/y.png">'),)),
        image("https://tiny.example/e.jpg", credit="John Roe/AFP", creators=("John Roe",), agencies=(AFP,),
              embedded={"credit": "Reuters", "creators": ["John Roe"]}),
        warnings=("something odd",),
    ))
    return records


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    source = folder / "records.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()), encoding="utf-8")
    out = audit([source], html=folder / "report.html", csv_dir=folder / "csv", json_path=folder / "summary.json",
                registry=make_registry(), settings=AuditSettings(page_rows=40, page_size=10))
    html = out.html.read_text(encoding="utf-8")
    return folder, html, json.loads(out.json.read_text(encoding="utf-8"))


# -- self-contained --------------------------------------------------------------------------------
def test_no_external_references(report):
    _, html, _ = report
    soup = BeautifulSoup(html, "lxml")
    assert soup.find_all(attrs={"src": True}) == []
    assert soup.find_all(["link", "img", "iframe", "object", "embed", "audio", "video", "source", "base"]) == []
    assert len(soup.find_all("script")) == 1 and len(soup.find_all("style")) == 1
    for block in soup.find_all(["script", "style"]):
        assert not re.search(r"https?:|url\(|@import|//[a-z]", block.string or "", re.I), block.name
    for tag in soup.find_all(attrs={"href": True}):
        href = tag["href"]
        if href.startswith(("http://", "https://")):
            # Article and picture addresses are data: plain links in table cells only.
            assert tag.name == "a" and tag.find_parent("td") is not None
        else:
            assert href.startswith("#") or href.startswith("csv/"), href
    for tag in soup.find_all(True):
        for name in tag.attrs:
            assert not name.startswith("on"), (tag.name, name)  # no inline handlers from data
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert "default-src 'none'" in csp["content"]


def test_markup_in_data_is_escaped(report):
    _, html, _ = report
    assert '<img src="https://evil.example' not in html
    assert "&lt;img src=&quot;https://evil.example/x.png&quot;&gt;" in html


# -- figures equal to the JSON summary --------------------------------------------------------------
def test_totals_match_summary(report):
    _, html, data = report
    soup = BeautifulSoup(html, "lxml")
    cards = {card["data-total"]: int(card.dd["data-value"]) for card in soup.select("[data-total]")}
    for key, value in cards.items():
        assert data["totals"][key] == value, key
    assert (cards["articles"], cards["images"], cards["credited"], cards["uncredited"]) == (
        data["articles"], data["images"], data["credited"], data["uncredited"])
    assert (data["articles"], data["images"], data["credited"], data["uncredited"]) == (43, 88, 58, 30)
    assert cards["unknown agencies"] == 2


def test_charts_match_summary(report):
    _, html, data = report
    soup = BeautifulSoup(html, "lxml")

    def bars(chart):
        return {g["data-label"]: int(g["data-value"]) for g in soup.select(f'[data-chart="{chart}"] g.bar')}

    assert bars("agencies") == {a["name"]: a["images"] for a in data["agencies"] if a["images"]}
    assert bars("agencies") == {"Agence France-Presse": 31, "Reuters": 13, "Xinhua News Agency": 12,
                                "Korean Central News Agency": 1}
    assert bars("kinds") == data["kinds"] == {"wire": 44, "state-media": 13, "unknown": 1}
    assert bars("credited") == {"credited": data["credited"], "uncredited": data["uncredited"]}
    assert bars("roles") == data["roles"] == {"pool": 12}


def test_tables_match_summary(report):
    folder, html, data = report
    soup = BeautifulSoup(html, "lxml")
    for name, info in data["tables"].items():
        table = soup.find("table", attrs={"data-table": name})
        if info["rows"] == 0:
            assert table is None
            continue
        assert int(table["data-rows"]) == info["rows"], name
        assert len(table.tbody.find_all("tr")) == min(info["rows"], 40), name
        assert (folder / "csv" / f"{name}.csv").exists()
    agencies = soup.find("table", attrs={"data-table": "agencies"})
    rows = {tr.find_all("td")[2].text: int(tr.find_all("td")[4].text) for tr in agencies.tbody.find_all("tr")}
    assert rows == {a["id"]: a["images"] for a in data["agencies"]}
    # The long list links to its full CSV, beside the report.
    block = soup.find(id="t-uncredited")
    assert "first 30 of 30" not in block.text
    assert data["tables"]["uncredited"]["rows"] == 30


def test_long_tables_link_to_their_full_csv(tmp_path):
    records = [article(f"https://a.example/x/{n}", image(f"https://i/{n}.jpg")) for n in range(12)]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = audit([source], html=tmp_path / "r.html", registry=make_registry(), settings=AuditSettings(page_rows=5))
    soup = BeautifulSoup(out.html.read_text(encoding="utf-8"), "lxml")
    block = soup.find(id="t-uncredited")
    assert "first 5 of 12 rows" in block.text
    link = block.find("a", href="r-csv/uncredited.csv")
    assert link is not None
    assert len((tmp_path / "r-csv" / "uncredited.csv").read_text(encoding="utf-8").splitlines()) == 13
    assert len(block.tbody.find_all("tr")) == 5


# -- in a real browser ------------------------------------------------------------------------------------
def chromium() -> str:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("headless Chromium is not installed (apt-get install chromium)")


def run_chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120)


def dump_dom(page: Path, profile: Path) -> BeautifulSoup:
    done = run_chromium(["--virtual-time-budget=5000", "--dump-dom", page.as_uri()], profile)
    assert done.returncode == 0, done.stderr[-2000:]
    return BeautifulSoup(done.stdout, "lxml")


def test_report_in_headless_chromium(report, tmp_path):
    folder, _, data = report
    dom = dump_dom(folder / "report.html", tmp_path / "profile")
    assert dom.body["data-ready"] == "true"
    tables = dom.select("table.data")
    assert tables and all(t.get("data-enhanced") == "true" for t in tables)
    assert len(dom.select('.controls input[type="search"]')) == len(tables)
    # Paging: the uncredited list (30 rows, 10 a page) shows its first page only.
    uncredited = dom.find("table", attrs={"data-table": "uncredited"})
    rows = uncredited.tbody.find_all("tr")
    assert len(rows) == 30 and len([r for r in rows if not r.has_attr("hidden")]) == 10
    assert "30 of 30 rows · page 1 of 3" in uncredited.find_parent(class_="table-block").text
    # Charts: SVG bars with the figures of the summary; totals in the cards.
    bars = {g["data-label"]: int(g["data-value"]) for g in dom.select('[data-chart="agencies"] svg g.bar')}
    assert bars["Agence France-Presse"] == 31
    assert dom.select_one('[data-total="images"] dd').text == f"{data['images']:,}"
    screenshot = tmp_path / "audit.png"
    done = run_chromium(["--virtual-time-budget=5000", "--window-size=1280,2200",
                         f"--screenshot={screenshot}", (folder / "report.html").as_uri()], tmp_path / "profile")
    assert done.returncode == 0, done.stderr[-2000:]
    assert screenshot.stat().st_size > 20_000  # a rendered page, not a blank one


SORT_AND_FILTER = """
<script>
document.querySelector('table[data-table="sites"] th:nth-child(3)').click();
document.querySelector('table[data-table="sites"] th:nth-child(3)').click();
var f = document.querySelector('#t-uncredited input[type="search"]');
f.value = "picture 2"; f.dispatchEvent(new Event("input"));
document.querySelector('#t-creators .controls .next').click();
</script>
"""


def test_sort_filter_and_page_controls_work(report, tmp_path):
    folder, html, _ = report
    page = tmp_path / "driven.html"
    page.write_text(html.replace("</body>", SORT_AND_FILTER + "</body>"), encoding="utf-8")
    dom = dump_dom(page, tmp_path / "profile")
    sites = dom.find("table", attrs={"data-table": "sites"})
    header = sites.thead.find_all("th")[2]
    assert header["aria-sort"] == "descending"
    images = [int(tr.find_all("td")[2].text) for tr in sites.tbody.find_all("tr")]
    assert images == sorted(images, reverse=True) == [60, 24, 4]
    uncredited = dom.find("table", attrs={"data-table": "uncredited"})
    shown = [tr.find_all("td")[2].text for tr in uncredited.tbody.find_all("tr") if not tr.has_attr("hidden")]
    # "picture 2" matches 2 and 20-29.
    assert sorted(shown) == sorted(["Uncredited picture 2"] + [f"Uncredited picture {n}" for n in range(20, 30)])[:10]
    assert "11 of 30 rows" in uncredited.find_parent(class_="table-block").text
