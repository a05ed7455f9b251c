"""Batch runs: input order, provenance, error records, limits, writers, progress, exit status.

Most tests use the stand-in ``fixture_extract`` so that they check the batch machinery
whatever state the real extractors are in; ``test_real_extractor_*`` use the real one.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

import mediakit.batch.runner as runner
from batch_fixtures import (
    fixture_extract, page, stalling_extract, standard_warc_records, text_doc, write_warc, write_zip,
)
from mediakit.batch.progress import Progress
from mediakit.batch.runner import BatchOptions, iter_results
from mediakit.cli.main import main


@pytest.fixture
def fake_extractor(monkeypatch):
    """The CLI runs with the stand-in extractor (workers are forked: they inherit this)."""
    monkeypatch.setattr(runner, "default_extractor", lambda: stalling_extract)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "pages"
    folder.mkdir()
    paths = []
    for n in range(1, 31):
        path = folder / f"p{n:02d}.html"
        path.write_bytes(page(n))
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- order and provenance


@pytest.mark.parametrize("jobs", [1, 2])
def test_records_come_out_in_input_order(pages: list[Path], jobs: int):
    results = list(iter_results([str(pages[0].parent)], BatchOptions(jobs=jobs), extractor=fixture_extract))
    assert [r.index for r in results] == list(range(30))
    assert [r.record["title"] for r in results] == [f"Fixture page {n}" for n in range(1, 31)]
    assert [r.record["source"] for r in results] == [str(p) for p in pages]


def test_cli_keeps_the_contract_one_record_per_path_in_order(tmp_path: Path, pages, fake_extractor, capsys):
    given = [str(pages[2]), str(pages[0]), str(pages[1])]
    assert main(["extract", "--jobs", "2", *given]) == 0
    records = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in records] == given
    assert [r["title"] for r in records] == ["Fixture page 3", "Fixture page 1", "Fixture page 2"]
    assert all(r["schema"] == "mediakit.article/1" and "provenance" not in r for r in records)


def test_cli_dash_reads_one_document_from_stdin(fake_extractor, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page(4))))
    assert main(["extract", "-"]) == 0
    (record,) = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert record["source"] == "-" and record["title"] == "Fixture page 4"


def test_cli_paths_from_stdin(tmp_path: Path, pages, fake_extractor, monkeypatch, capsys):
    listing = f"{pages[1]}\n{pages[0]}\n".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(listing)))
    assert main(["extract", "--paths-from", "-"]) == 0
    records = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in records] == [str(pages[1]), str(pages[0])]


def test_warc_records_carry_url_and_provenance_and_matched_images(tmp_path: Path):
    warc = write_warc(tmp_path / "crawl.warc.gz", standard_warc_records(3))
    skipped: Counter = Counter()
    results = list(iter_results([str(warc)], BatchOptions(jobs=2), extractor=fixture_extract, skipped=skipped))
    records = [r.record for r in results]
    assert [r["url"] for r in records] == [f"https://news.example.org/story/{n}" for n in (1, 2, 3)]
    for record in records:
        provenance = record["provenance"]
        assert record["source"] == f"{warc}#{provenance['warc_offset']}"
        assert provenance["container"] == str(warc)
        assert provenance["warc_record_id"].startswith("<urn:uuid:")
    image = records[1]["images"][0]
    assert image["src"] == "https://news.example.org/img/2.jpg"
    assert image["archived"]["content_type"] == "image/jpeg"
    assert isinstance(image["archived"]["warc_offset"], int)
    assert skipped["warc revisit"] == 1 and skipped["warc non-200"] == 1


def test_zip_records_carry_member_provenance(tmp_path: Path):
    archive = write_zip(tmp_path / "export.zip", {"a/one.html": page(1), "a/two.txt": text_doc(2)})
    records = [r.record for r in iter_results([str(archive)], BatchOptions(jobs=1), extractor=fixture_extract)]
    assert [r["source"] for r in records] == [f"{archive}!a/one.html", f"{archive}!a/two.txt"]
    assert records[1]["provenance"] == {"container": str(archive), "member": "a/two.txt"}
    assert records[1]["kind"] == "text"


# --------------------------------------------------------------------------- errors and limits


@pytest.fixture
def troubled(tmp_path: Path) -> list[str]:
    """Inputs with one of each kind of trouble between good documents."""
    folder = tmp_path / "in"
    folder.mkdir()
    files = {
        "01-good.html": page(1),
        "02-binary.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "03-huge.html": page(3) + b"<!--" + b"x" * 20000 + b"-->",
        "04-hangs.html": page(4).replace(b"First", b"HANG"),
        "05-explodes.html": page(5).replace(b"First", b"BOOM"),
        "06-good.html": page(6),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    broken = write_warc(tmp_path / "broken.warc.gz",
                        [("response", f"https://e.org/{n}", page(n), "text/html", "200 OK") for n in (7, 8, 9)])
    data = bytearray(broken.read_bytes())
    third = len(data) // 3
    data[third + 250:third + 300] = b"\x00" * 50  # inside the second gzip member
    broken.write_bytes(bytes(data))
    return [str(folder / n) for n in files] + [str(tmp_path / "missing.html"), str(broken)]


def test_every_failure_is_recorded_and_the_batch_goes_on(tmp_path: Path, troubled, fake_extractor, capsys):
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status = main(["extract", "--jobs", "2", "--timeout", "1", "--max-size", "10K", "-q",
                   "--output", str(out), "--errors", str(errors), *troubled])
    assert status == 1
    records = read_jsonl(out)
    stages = {line["source"]: line["stage"] for line in read_jsonl(errors)}
    sources = [r["source"] for r in records]
    assert sources[:7] == troubled[:7]
    assert [r["title"] for r in records if r["source"].endswith("good.html")] == ["Fixture page 1", "Fixture page 6"]
    assert stages[troubled[1]] == "decode"
    assert stages[troubled[2]] == "size-limit"
    assert stages[troubled[3]] == "time-limit"
    assert stages[troubled[4]] == "extract"
    assert stages[troubled[6]] == "read"
    warc_errors = [s for s in stages if s.startswith(troubled[7])]
    assert len(warc_errors) == 1 and stages[warc_errors[0]] == "read"
    # The WARC's good records around the damage are still there.
    assert [r["url"] for r in records if r.get("url")] == ["https://e.org/7", "https://e.org/9"]
    # Failed inputs keep their place in the output: empty record with a warning.
    failed = {r["source"]: r for r in records if r["source"] in stages}
    assert all(r["body"] == [] and r["images"] == [] and r["warnings"] for r in failed.values())
    # --quiet and errors in a file: none of our messages on stderr (warcio may warn on damage).
    assert "mediakit:" not in capsys.readouterr().err


def test_without_errors_file_failures_are_reported_on_stderr(tmp_path: Path, fake_extractor, capsys):
    assert main(["extract", str(tmp_path / "missing.html")]) == 1
    captured = capsys.readouterr()
    assert "missing.html" in captured.err and "read" in captured.err
    assert json.loads(captured.out)["warnings"][0].startswith("cannot read")


def test_exit_status_zero_when_all_inputs_succeed(pages, fake_extractor, capsys):
    assert main(["extract", "-q", str(pages[0].parent)]) == 0


# --------------------------------------------------------------------------- writers


def test_csv_has_one_row_per_image(tmp_path: Path, fake_extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_bytes(page(1).replace(b"</article>", b"<figure><img src='/img/x.jpg' alt='X'>"
                                                    b"<figcaption>Another one.</figcaption></figure></article>"))
    (folder / "b.txt").write_bytes(text_doc(2))
    out = tmp_path / "out.csv"
    assert main(["extract", "-q", "--format", "csv", "--output", str(out), str(folder)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(Path(r["source"]).name, r["image_index"], r["src"]) for r in rows] == [
        ("a.html", "1", "/img/1.jpg"), ("a.html", "2", "/img/x.jpg"), ("b.txt", "", "")]
    assert rows[0]["caption"].startswith("Harbour scene number 1.")
    assert rows[0]["title"] == "Fixture page 1"


def test_parquet_holds_the_same_records_as_jsonl(tmp_path: Path, fake_extractor):
    pytest.importorskip("pyarrow")
    from mediakit.batch.writers import read_parquet_records

    warc = write_warc(tmp_path / "crawl.warc.gz", standard_warc_records(3))
    jsonl, parquet = tmp_path / "out.jsonl", tmp_path / "out.parquet"
    assert main(["extract", "-q", "--output", str(jsonl), str(warc)]) == 0
    assert main(["extract", "-q", "--format", "parquet", "--output", str(parquet), str(warc)]) == 0
    assert read_parquet_records(str(parquet)) == read_jsonl(jsonl)
    assert not Path(str(parquet) + ".partial.jsonl").exists()


def test_schema_round_trip_keeps_added_fields():
    from mediakit.batch.schema import from_columns, to_columns

    record = {"schema": "mediakit.article/1", "source": "x", "kind": "html", "url": None, "lang": "en",
              "title": "T", "body": ["b"], "warnings": [], "explain": {"why": [1, 2]},
              "provenance": {"container": "c.zip", "member": "m.html", "note": "odd"},
              "images": [{"src": "s", "alt": None, "caption": "c", "credit": "AFP", "creators": [],
                          "agencies": [{"id": "afp", "name": "AFP", "role": "source", "raw": "AFP"}],
                          "copyright": None, "found_in": ["figcaption"], "embedded": {"iptc": "x"}}]}
    assert from_columns(to_columns(record)) == record


# --------------------------------------------------------------------------- progress and summary


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal():
    quiet = io.StringIO()
    Progress(quiet).update(3, 0, force=True)
    assert quiet.getvalue() == ""
    terminal = FakeTerminal()
    bar = Progress(terminal, total_bytes=1000)
    bar.update(10, 2, bytes_done=500, force=True)
    line = terminal.getvalue()
    for part in ("50%", "10 documents", "/s", "ETA", "2 errors"):
        assert part in line


def test_summary_file_counts_what_was_skipped(tmp_path: Path, fake_extractor):
    warc = write_warc(tmp_path / "crawl.warc", standard_warc_records(2), gzipped=False)
    summary = tmp_path / "summary.json"
    assert main(["extract", "-q", "--output", str(tmp_path / "o.jsonl"), "--summary", str(summary), str(warc)]) == 0
    counts = json.loads(summary.read_text())
    assert counts["documents"] == 2 and counts["failed"] == 0
    assert counts["skipped"]["warc revisit"] == 1 and counts["skipped"]["warc request"] == 2


# --------------------------------------------------------------------------- the real extractor


def test_real_extractor_reads_fixture_titles_from_a_zip(tmp_path: Path):
    pytest.importorskip("mediakit.html", reason="HTML extractor not available")
    from mediakit.html import __dict__ as html_module
    if "extract_html" not in html_module:
        pytest.skip("HTML extractor not written yet")
    archive = write_zip(tmp_path / "export.zip", {"a.html": page(1), "b.html": page(2)})
    records = [r.record for r in iter_results([str(archive)], BatchOptions(jobs=2))]
    assert [r["title"] for r in records] == ["Fixture page 1", "Fixture page 2"]
    assert any("Harbour scene number 1" in (i["caption"] or "") for i in records[0]["images"])


def test_archived_image_embedded_metadata_is_read_from_the_warc(tmp_path: Path):
    pytest.importorskip("PIL")
    metadata = pytest.importorskip("mediakit.metadata")
    from PIL import Image as PILImage

    jpeg = tmp_path / "pic.jpg"
    PILImage.new("RGB", (8, 8), "gray").save(jpeg, "JPEG")
    metadata.write(str(jpeg), {"credit": "Jane Doe/AFP", "creators": ["Jane Doe"]}, mode="overwrite")
    records = [
        ("response", "https://news.example.org/story/1", page(1), "text/html", "200 OK"),
        ("response", "https://news.example.org/img/1.jpg", jpeg.read_bytes(), "image/jpeg", "200 OK"),
    ]
    warc = write_warc(tmp_path / "crawl.warc.gz", records)
    (result,) = iter_results([str(warc)], BatchOptions(jobs=1), extractor=fixture_extract)
    image = result.record["images"][0]
    assert image["embedded"]["credit"] == "Jane Doe/AFP"
    assert image["embedded"]["path"] == f"{warc}#{image['archived']['warc_offset']}"
    assert "embedded-metadata" in image["found_in"]


def test_a_dying_worker_is_replaced_and_the_batch_goes_on(tmp_path: Path):
    paths = []
    for n, marker in enumerate([b"", b"CRASH", b"", b"CRASH", b""]):
        path = tmp_path / f"p{n}.html"
        path.write_bytes(page(n).replace(b"First", marker or b"First"))
        paths.append(str(path))
    results = list(iter_results(paths, BatchOptions(jobs=2), extractor=stalling_extract))
    assert [r.error.stage if r.error else r.record["title"] for r in results] == [
        "Fixture page 0", "worker", "Fixture page 2", "worker", "Fixture page 4"]


@pytest.mark.parametrize("text,size", [("500", 500), ("20M", 20 * 2**20), ("1.5k", 1536), ("2GiB", 2 * 2**30), ("3mb", 3 * 2**20)])
def test_size_option(text: str, size: int):
    from mediakit.cli.commands.extract import byte_size
    assert byte_size(text) == size


def test_paths_from_file(tmp_path: Path, pages, fake_extractor, capsys):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{pages[3]}\n{pages[0]}\n")
    assert main(["extract", str(pages[5]), "--paths-from", str(listing)]) == 0
    sources = [json.loads(l)["source"] for l in capsys.readouterr().out.splitlines()]
    assert sources == [str(pages[5]), str(pages[3]), str(pages[0])]


# --------------------------------------------------------------------------- compressed pages


def test_truncated_gzip_page_gives_a_record_with_a_warning_not_an_error(tmp_path: Path, fake_extractor):
    import gzip

    from mediakit.batch.runner import record_in_process
    from mediakit.inputs.sources import iter_documents

    whole = page(1).replace(b"</article>", b"".join(
        f"<p>Paragraph {n}: {n * 7919 % 1000} boats.</p>".encode() for n in range(400)) + b"</article>")
    folder = tmp_path / "site"
    folder.mkdir()
    packed = gzip.compress(whole)
    (folder / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    (folder / "whole.html.gz").write_bytes(packed)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert main(["extract", "-q", "--output", str(out), "--errors", str(errors), str(folder)]) == 0
    cut, complete = read_jsonl(out)
    assert cut["title"] == "Fixture page 1" and cut["images"]  # the start of the page was kept
    assert any("truncated" in w for w in cut["warnings"]) and not complete["warnings"]
    assert errors.read_text() == ""
    # The same through the in-process path that Spark uses.
    (doc,) = iter_documents([str(folder / "cut.html.gz")])
    record, error = record_in_process(doc, BatchOptions(jobs=1), extractor=fixture_extract, registry=None)
    assert error is None and any("truncated" in w for w in record["warnings"])


def test_cli_starts_no_more_workers_than_single_documents(tmp_path: Path):
    """One page is read in-process; a folder or an archive may hold any number of pages."""
    from mediakit.cli.commands.extract import _jobs_for

    page = tmp_path / "a.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("x", encoding="utf-8")
    archive = tmp_path / "pages.warc.gz"
    archive.write_bytes(b"")
    assert _jobs_for([str(page)], 8) == 1
    assert _jobs_for(["-"], 8) == 1
    assert _jobs_for([str(page), str(other)], 8) == 2
    assert _jobs_for([str(page), str(other)], 0) == 1
    assert _jobs_for([str(tmp_path)], 8) == 8  # a folder
    assert _jobs_for([str(archive)], 8) == 8
    assert _jobs_for([str(page), "@-"], 8) == 8  # a list of inputs read from stdin
