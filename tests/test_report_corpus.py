"""The audit over real pages of the shared dev corpus (skipped when it is absent): its
figures equal those counted directly from the extracted records."""
from __future__ import annotations

from pathlib import Path

import pytest

from mediakit.extraction import extract
from mediakit.report import audit

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages"
PAGES = 12


@pytest.fixture(scope="module")
def pages():
    if not CORPUS.is_dir():
        pytest.skip(f"dev corpus not found at {CORPUS}")
    found = sorted(CORPUS.glob("*.html"))[:PAGES]
    if not found:
        pytest.skip("no pages in the dev corpus")
    return found


def test_audit_of_raw_pages_counts_what_extraction_found(pages, tmp_path):
    records = [extract(p, source=str(p)).to_dict() for p in pages]
    out = audit(pages, html=tmp_path / "report.html", json_path=tmp_path / "summary.json")
    images = [img for r in records for img in r["images"]]
    uncredited = [img for img in images if not (img["credit"] or img["creators"] or img["agencies"])]
    assert out.summary["articles"] == len(pages)
    assert out.summary["images"] == len(images)
    assert out.summary["uncredited"] == len(uncredited)
    by_agency: dict[str, int] = {}
    for img in images:
        for agency_id in {a["id"] for a in img["agencies"] if a["id"] and a["role"] == "source"}:
            by_agency[agency_id] = by_agency.get(agency_id, 0) + 1
    assert {a["id"]: a["images"] for a in out.summary["agencies"] if a["images"]} == by_agency
    assert out.html.read_text(encoding="utf-8").count('class="card') >= 10
