"""Output writers for batch runs: JSON lines, CSV (one row per image) and Parquet.

Every writer appends to a file opened by the caller at a known offset, so that a resumed
run can cut the file back to the last checkpoint and carry on (see ``resume.py``).
Parquet cannot be appended to, so its writer stages JSON lines beside the target and
converts them, in bounded chunks, when the run completes.
"""
from __future__ import annotations

import csv
import json
import os
from typing import Any, Mapping, TextIO

FORMATS = ("jsonl", "csv", "parquet", "jsonld")

CSV_COLUMNS = (
    "source", "url", "kind", "lang", "title", "image_index", "src", "alt", "caption", "credit",
    "creators", "agencies", "agency_ids", "sources", "distributors", "copyright", "found_in",
    "container", "member", "warc_offset", "warc_record_id", "warnings",
)
_LIST_SEPARATOR = "; "


def dumps(record: Mapping[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


class JsonlWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream

    def start(self, fresh: bool) -> None:
        pass

    def write(self, record: Mapping[str, Any]) -> None:
        self.stream.write(dumps(record) + "\n")

    def finish(self) -> None:
        self.stream.flush()


def csv_rows(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per image; an article without images still gives one row (image columns empty)."""
    provenance = record.get("provenance") or {}
    base = {
        "source": record.get("source"), "url": record.get("url"), "kind": record.get("kind"),
        "lang": record.get("lang"), "title": record.get("title"),
        "container": provenance.get("container"), "member": provenance.get("member"),
        "warc_offset": provenance.get("warc_offset"), "warc_record_id": provenance.get("warc_record_id"),
        "warnings": _LIST_SEPARATOR.join(record.get("warnings") or []),
    }
    images = record.get("images") or []
    if not images:
        return [base]
    rows = []
    for number, image in enumerate(images, 1):
        agencies = image.get("agencies") or []
        rows.append({
            **base,
            "image_index": number,
            "src": image.get("src"), "alt": image.get("alt"), "caption": image.get("caption"),
            "credit": image.get("credit"),
            "creators": _LIST_SEPARATOR.join(image.get("creators") or []),
            "agencies": _LIST_SEPARATOR.join(a.get("name") or "" for a in agencies),
            "agency_ids": _LIST_SEPARATOR.join(a.get("id") or "" for a in agencies),
            "sources": _LIST_SEPARATOR.join(a.get("name") or "" for a in agencies if a.get("role") == "source"),
            "distributors": _LIST_SEPARATOR.join(a.get("name") or "" for a in agencies if a.get("role") == "distributor"),
            "copyright": image.get("copyright"),
            "found_in": _LIST_SEPARATOR.join(image.get("found_in") or []),
        })
    return rows


class CsvWriter:
    def __init__(self, stream: TextIO):
        self.stream = stream
        self._writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")

    def start(self, fresh: bool) -> None:
        if fresh:
            self._writer.writeheader()

    def write(self, record: Mapping[str, Any]) -> None:
        self._writer.writerows(csv_rows(record))

    def finish(self) -> None:
        self.stream.flush()


def parquet_staging_path(output: str) -> str:
    return output + ".partial.jsonl"


def convert_jsonl_to_parquet(staging: str, output: str, chunk_rows: int = 2000) -> int:
    """Write the JSON lines of ``staging`` as Parquet at ``output``, ``chunk_rows`` at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from mediakit.batch.schema import arrow_schema, to_columns

    schema = arrow_schema()
    count = 0
    temporary = output + ".tmp"
    with open(staging, encoding="utf-8") as lines, pq.ParquetWriter(temporary, schema) as writer:
        chunk: list[dict[str, Any]] = []
        for line in lines:
            chunk.append(to_columns(json.loads(line)))
            if len(chunk) >= chunk_rows:
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
            count += len(chunk)
    os.replace(temporary, output)
    return count


def parquet_available() -> bool:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        return False
    return True


def make_writer(fmt: str, stream: TextIO):
    if fmt == "csv":
        return CsvWriter(stream)
    if fmt == "jsonld":
        from mediakit.metadata.jsonld import JsonLdWriter
        return JsonLdWriter(stream)
    return JsonlWriter(stream)  # jsonl, and parquet's staging lines


def read_parquet_records(path: str) -> list[dict[str, Any]]:
    """Contract records back from a Parquet file (or a Spark output folder) written by us."""
    import pyarrow.parquet as pq

    from mediakit.batch.schema import from_columns

    return [from_columns(row) for row in pq.read_table(path).to_pylist()]
