"""Inputs of the audit: extraction output (JSONL, gzipped JSONL, Parquet) or raw pages,
decided by content; bad input is reported and skipped, never fatal."""
from __future__ import annotations

import gzip
import json

import pytest

from mediakit.report import InputProblems, input_format, iter_records
from report_records import AFP, article, image

RECORDS = [
    article("https://a.example/x/1", image("https://i/1.jpg", credit="AFP", agencies=(AFP,))),
    article("https://a.example/x/2", image("https://i/2.jpg")),
]


def jsonl(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


@pytest.mark.parametrize("name, content, expected", [
    ("out.jsonl", jsonl(RECORDS), "jsonl"),
    ("named-like-a-page.html", jsonl(RECORDS), "jsonl"),  # content decides, not the name
    ("page.jsonl", "<html><body><p>Hello</p></body></html>", "raw"),
    ("other.jsonl", '{"schema": "something/else"}\n', "raw"),
    ("list.jsonl", "[1, 2]\n", "raw"),
    ("story.txt", "A story.\n\nPhoto: Jane Doe/AFP\n", "raw"),
    ("leading-blank.jsonl", "\n\n" + jsonl(RECORDS), "jsonl"),
    ("empty.txt", "", "empty"),
    ("blank.txt", "\n\n", "raw"),
])
def test_input_format_by_content(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert input_format(path) == expected


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "out.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl(RECORDS).encode()))
    assert input_format(path) == "jsonl.gz"
    assert [r["url"] for r in iter_records([path])] == ["https://a.example/x/1", "https://a.example/x/2"]


def test_parquet_rows_are_records(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS), path)
    assert input_format(path) == "parquet"
    records = list(iter_records([path]))
    assert [r["url"] for r in records] == ["https://a.example/x/1", "https://a.example/x/2"]
    assert records[0]["images"][0]["agencies"][0]["id"] == "afp"


def test_parquet_of_the_batch_writer_keeps_added_fields(tmp_path):
    """mediakit's own Parquet (batch and Spark) keeps fields such as image["embedded"] as
    JSON text; the audit reads them back."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    schema_module = pytest.importorskip("mediakit.batch.schema")
    record = article("https://a.example/x/3", image("https://i/3.jpg", credit="AFP", agencies=(AFP,),
                                                    embedded={"credit": "Reuters"}))
    path = tmp_path / "batch.parquet"
    rows = [schema_module.to_columns(record)]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema_module.arrow_schema()), path)
    (got,) = list(iter_records([path]))
    assert got["images"][0]["embedded"]["credit"] == "Reuters"
    assert got["images"][0]["agencies"][0]["id"] == "afp"


def test_bad_lines_are_problems_not_the_end(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(jsonl(RECORDS[:1]) + "not json\n[1]\n\n" + jsonl(RECORDS[1:]), encoding="utf-8")
    problems = InputProblems()
    records = list(iter_records([path], problems))
    assert len(records) == 2
    assert problems.count == 2
    assert problems.examples[0].endswith("out.jsonl:2: not JSON (Expecting value)")
    assert problems.examples[1].endswith("out.jsonl:3: not a JSON object")


def test_missing_input_is_a_problem(tmp_path):
    problems = InputProblems()
    assert list(iter_records([tmp_path / "nope.jsonl"], problems)) == []
    assert problems.count == 1 and "no such file" in problems.examples[0]


def test_raw_pages_and_folders_are_extracted(tmp_path):
    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.html").write_text(
        "<html><head><link rel='canonical' href='https://news.example/world/a'></head><body><article>"
        "<p>Body text of the story.</p><figure><img src='https://img.example/a.jpg'>"
        "<figcaption>Crowds in the square. Photo: Jane Doe/AFP</figcaption></figure></article></body></html>",
        encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("A plain story.\n", encoding="utf-8")
    (folder / ".hidden").write_text("x", encoding="utf-8")
    (folder / "_SUCCESS").write_text("", encoding="utf-8")
    records = list(iter_records([folder]))
    assert [r["source"] for r in records] == [str(folder / "a.html"), str(folder / "sub" / "b.txt")]
    assert all(r["schema"] == "mediakit.article/1" for r in records)
    assert records[0]["kind"] == "html" and records[1]["kind"] == "text"


def test_mixed_inputs_keep_order(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(jsonl(RECORDS), encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Just text.\n", encoding="utf-8")
    sources = [r["source"] for r in iter_records([page, out])]
    assert sources == [str(page), "https://a.example/x/1", "https://a.example/x/2"]


def test_empty_file_is_a_problem_not_an_article(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    problems = InputProblems()
    assert list(iter_records([path], problems)) == []
    assert problems.examples == [f"{path}: empty file, nothing to audit"]


@pytest.mark.parametrize("name, head", [
    ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"),
    ("photo.png", b"\x89PNG\r\n\x1a\n"),
    ("photo.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 "),
    ("doc.pdf", b"%PDF-1.7\n"),
    ("pages.zip", b"PK\x03\x04\x14\x00"),
    ("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"),
])
def test_pictures_and_archives_are_not_documents(tmp_path, name, head):
    path = tmp_path / name
    path.write_bytes(head + b"\x00" * 64)
    assert input_format(path) == "not a document"


def test_gzipped_warc_is_not_a_document(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"))
    assert input_format(path) == "not a document"


def test_pictures_beside_pages_are_skipped_with_one_line(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "story.txt").write_text("A plain story.\n", encoding="utf-8")
    for n in range(3):
        (folder / f"p{n}.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 32)
    problems = InputProblems()
    records = list(iter_records([folder], problems))
    assert [r["source"] for r in records] == [str(folder / "story.txt")]
    assert problems.examples == [f"{folder}: skipped 3 files that are not documents (pictures, PDF, archives)"]


def test_a_damaged_first_line_does_not_make_records_an_article(tmp_path):
    path = tmp_path / "out.jsonl"
    lines = ['{"truncated', json.dumps(article("a.html", [image(credit="AFP", agencies=[AFP])]))]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    assert input_format(path) == "jsonl"
    problems = InputProblems()
    records = list(iter_records([path], problems))
    assert [r["source"] for r in records] == ["a.html"]
    assert problems.count == 1 and "out.jsonl:1" in problems.examples[0]
