"""The Spark path gives the same records as the command line (local session, one per module).

Skipped cleanly when pyspark or Java is missing.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_fixtures import page, standard_warc_records, text_doc, write_warc, write_zip

pytest.importorskip("pyspark")
from mediakit.spark import spark_available  # noqa: E402

_missing = spark_available()
pytestmark = pytest.mark.skipif(_missing is not None, reason=_missing or "")


@pytest.fixture(scope="module")
def spark():
    from mediakit.spark import local_session

    session = local_session("local[2]", "mediakit-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("spark")
    warc = write_warc(root / "crawl.warc.gz", standard_warc_records(4))
    archive = write_zip(root / "export.zip", {"a/one.html": page(11), "a/two.txt": text_doc(12),
                                              "a/bin.html": b"\x00\x01binary"})
    return [str(warc), str(archive)]


@pytest.fixture(scope="module")
def cli_records(inputs, tmp_path_factory) -> list[dict]:
    from mediakit.batch.runner import BatchOptions, OutputSpec, run_batch

    out = tmp_path_factory.mktemp("cli") / "out.jsonl"
    run_batch(inputs, BatchOptions(jobs=2), OutputSpec(path=str(out), quiet=True))
    return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


def as_records(frame) -> list[dict]:
    from mediakit.batch.schema import from_columns
    return [from_columns(row.asDict(recursive=True)) for row in frame.collect()]


def test_schema_is_the_contract_record(spark, inputs):
    from mediakit.spark import article_schema, extract_paths

    frame = extract_paths(spark, inputs)
    assert frame.schema == article_schema()
    names = frame.schema.fieldNames()
    assert names[:9] == ["schema", "source", "kind", "url", "lang", "title", "body", "images", "warnings"]
    image = frame.schema["images"].dataType.elementType
    assert "agencies" in image.fieldNames() and "credit" in image.fieldNames()


def test_warc_and_zip_give_the_same_records_as_the_command_line(spark, inputs, cli_records):
    from mediakit.spark import extract_paths

    records = as_records(extract_paths(spark, inputs))
    assert len(records) == 4 + 3
    assert records == cli_records
    assert records[0]["provenance"]["container"] == inputs[0]
    assert records[4]["source"] == f"{inputs[1]}!a/one.html"
    assert records[6]["warnings"] and records[6]["body"] == []  # the binary member, not a crash


def test_list_dispatch_and_path_dataframe(spark, inputs, cli_records):
    from mediakit.spark import extract

    assert as_records(extract(inputs, spark)) == cli_records
    paths = spark.createDataFrame([(p,) for p in inputs], ["path"])
    assert sorted(r["source"] for r in as_records(extract(paths))) == sorted(r["source"] for r in cli_records)


def test_url_html_dataframe(spark):
    from mediakit.extraction import extract
    from mediakit.spark import extract_html

    rows = [(f"https://news.example.org/s/{n}", page(n).decode("utf-8")) for n in (1, 2, 3)]
    frame = spark.createDataFrame(rows, ["url", "html"])
    records = as_records(extract_html(frame))
    expected = [extract(html.encode("utf-8"), url=url, source=url).to_dict() for url, html in rows]
    assert records == expected
    assert [r["url"] for r in records] == [u for u, _ in rows]


def test_spark_extract_command_writes_the_same_records(spark, inputs, cli_records, tmp_path: Path):
    from mediakit.batch.writers import read_parquet_records
    from mediakit.cli.main import main

    out = tmp_path / "records.parquet"
    assert main(["spark-extract", "--master", "local[2]", *inputs, "--output", str(out)]) == 0
    assert read_parquet_records(str(out)) == cli_records
    assert spark.sparkContext._jsc is not None  # the test's session was reused, not stopped


def test_spark_extract_command_reads_url_html_tables(spark, tmp_path: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from mediakit.batch.writers import read_parquet_records
    from mediakit.cli.main import main
    from mediakit.extraction import extract

    rows = [(f"https://news.example.org/t/{n}", page(n).decode("utf-8")) for n in (5, 6)]
    table = tmp_path / "pages.parquet"
    pq.write_table(pa.table({"url": [u for u, _ in rows], "html": [h for _, h in rows]}), table)
    out = tmp_path / "records.parquet"
    assert main(["spark-extract", "--table", str(table), "--output", str(out)]) == 0
    expected = [extract(h.encode("utf-8"), url=u, source=u).to_dict() for u, h in rows]
    assert sorted(read_parquet_records(str(out)), key=lambda r: r["url"]) == expected
