"""``mediakit audit INPUT... -o report.html [--csv DIR] [--json FILE]``."""
from __future__ import annotations

import csv
import json

import pytest

from mediakit.cli.main import main
from report_records import AFP, agency, article, image


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


RECORDS = [
    article("https://a.example/world/1", image("https://i/1.jpg", credit="Jane Doe/AFP", creators=("Jane Doe",), agencies=(AFP,)),
            image("https://i/2.jpg")),
    article("https://b.example/sport/2", image("https://i/3.jpg", credit="Foo Press", agencies=(agency(None, "Foo Press"),))),
]


def test_audit_writes_html_csv_and_json(tmp_path, capsys):
    source = write_jsonl(tmp_path / "records.jsonl", RECORDS)
    status = main(["audit", str(source), "-o", str(tmp_path / "report.html"), "--csv", str(tmp_path / "csv"),
                   "--json", str(tmp_path / "summary.json")])
    assert status == 0
    data = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert (data["articles"], data["images"], data["credited"], data["uncredited"]) == (2, 3, 2, 1)
    assert {"id": "afp", "images": 1}.items() <= {k: v for k, v in data["agencies"][0].items()}.items()
    assert [u["name"] for u in data["unknown_agencies"]] == ["Foo Press"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Foo Press" in html
    with (tmp_path / "csv" / "uncredited.csv").open(encoding="utf-8", newline="") as handle:
        assert list(csv.reader(handle))[1][:2] == ["https://a.example/world/1", "https://i/2.jpg"]
    assert "2 articles, 3 images, 1 uncredited, 1 unknown agencies" in capsys.readouterr().err


def test_json_to_standard_output(tmp_path, capsys):
    source = write_jsonl(tmp_path / "records.jsonl", RECORDS)
    assert main(["audit", str(source), "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["images"] == 3


def test_raw_inputs_are_extracted_first(tmp_path, capsys):
    page = tmp_path / "story.txt"
    page.write_text("A plain story about nothing.\n", encoding="utf-8")
    assert main(["audit", str(page), "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1


def test_bad_input_is_reported_and_the_rest_audited(tmp_path, capsys):
    source = write_jsonl(tmp_path / "records.jsonl", RECORDS)
    with source.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    assert main(["audit", str(source), str(tmp_path / "missing.jsonl"), "--json", "-"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["articles"] == 2
    assert "records.jsonl:3: not JSON" in captured.err and "missing.jsonl: no such file" in captured.err


def test_nothing_to_write_is_an_error(tmp_path, capsys):
    source = write_jsonl(tmp_path / "records.jsonl", RECORDS)
    assert main(["audit", str(source)]) == 2
    assert "nothing to write" in capsys.readouterr().err


def test_records_on_standard_input(monkeypatch, capsys):
    import io
    import sys
    lines = "".join(json.dumps(r) + "\n" for r in RECORDS).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines), encoding="utf-8"))
    assert main(["audit", "-", "--json", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["images"] == 3


def test_unknown_agencies_as_registry_file(tmp_path):
    """The TOML written beside the CSV files is a registry file the next audit accepts."""
    source = write_jsonl(tmp_path / "records.jsonl", RECORDS)
    assert main(["audit", str(source), "--csv", str(tmp_path / "csv")]) == 0
    toml = tmp_path / "csv" / "unknown_agencies.toml"
    assert toml.read_text(encoding="utf-8").startswith('[foo-press]\nname = "Foo Press"\n')
    from mediakit.credits.registry import load_registry
    registry = load_registry([toml])
    assert registry.get("foo-press").kind == "photo-agency"
    assert registry.lookup("Foo Press").id == "foo-press"


def test_embedded_metadata_of_local_pictures_is_compared(tmp_path, capsys):
    """--images DIR: the pictures of raw pages are read, and a file whose embedded credit
    names another agency than the page shows up as a conflict."""
    Image = pytest.importorskip("PIL.Image")
    metadata = pytest.importorskip("mediakit.metadata")
    pictures = tmp_path / "pictures" / "img"
    pictures.mkdir(parents=True)
    picture = pictures / "harbour.jpg"
    Image.new("RGB", (32, 24), "gray").save(picture, "JPEG")
    metadata.write(picture, {"credit": "Reuters", "creators": ["John Roe"]})
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><link rel='canonical' href='https://news.example/world/harbour'></head><body><article>"
        "<h1>Harbour</h1><p>Ships came in late on Sunday, the harbour master said.</p>"
        "<figure><img src='https://news.example/img/harbour.jpg'>"
        "<figcaption>Ships in the harbour. Photo: Jane Doe/AFP</figcaption></figure></article></body></html>",
        encoding="utf-8")
    assert main(["audit", str(page), "--images", str(tmp_path / "pictures"), "--csv", str(tmp_path / "csv"),
                 "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["images with embedded metadata"] == 1
    assert data["totals"]["images with conflicts"] == 1
    with (tmp_path / "csv" / "conflicts.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = {row["field"]: (row["printed"], row["embedded"]) for row in rows}
    assert fields["credit"] == ("Jane Doe/AFP", "Reuters")
    assert fields["creators"] == ("Jane Doe", "John Roe")
