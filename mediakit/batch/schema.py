"""The article record as a table schema, shared by the Parquet writer and Spark.

The contract record (``mediakit.article/1``) is nested JSON; columnar formats need a
fixed schema. Its contract fields map one to one; the ``provenance`` added by batch
runs is a struct; any other added field (a key the contract does not name, at article
or image level) is kept losslessly as JSON text in ``extra_json`` so that
``from_columns(to_columns(record)) == record``.

The schema is described once, in plain Python (``ARTICLE``), and converted to a
pyarrow schema or a Spark ``StructType`` on demand.
"""
from __future__ import annotations

import json
from typing import Any, Mapping

# A field is (name, type); a type is "string", "int64", [type] for a list, or a tuple
# of fields for a struct.
AGENCY = (("id", "string"), ("name", "string"), ("role", "string"), ("raw", "string"))
IMAGE = (
    ("src", "string"), ("alt", "string"), ("caption", "string"), ("credit", "string"),
    ("creators", ["string"]), ("agencies", [AGENCY]), ("copyright", "string"),
    ("found_in", ["string"]), ("extra_json", "string"),
)
PROVENANCE = (
    ("container", "string"), ("member", "string"), ("warc_offset", "int64"),
    ("warc_record_id", "string"), ("warc_date", "string"),
)
ARTICLE = (
    ("schema", "string"), ("source", "string"), ("kind", "string"), ("url", "string"),
    ("lang", "string"), ("title", "string"), ("body", ["string"]), ("images", [IMAGE]),
    ("warnings", ["string"]), ("provenance", PROVENANCE), ("extra_json", "string"),
)


def _names(fields: tuple) -> tuple[str, ...]:
    return tuple(name for name, _ in fields)


def _split_extra(obj: Mapping[str, Any], fields: tuple) -> tuple[dict[str, Any], str | None]:
    known = set(_names(fields)) - {"extra_json"}
    extra = {k: v for k, v in obj.items() if k not in known}
    return {k: obj.get(k) for k in known}, (json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None)


def _provenance_columns(value: Any) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The struct part of a provenance mapping, and whatever does not fit it."""
    if not isinstance(value, Mapping):
        return None, ({"provenance": value} if value is not None else {})
    names = _names(PROVENANCE)
    struct = {name: value.get(name) for name in names}
    rest = {k: v for k, v in value.items() if k not in names}
    return struct, ({"provenance_extra": rest} if rest else {})


def to_columns(record: Mapping[str, Any]) -> dict[str, Any]:
    """A contract record as a row of the ``ARTICLE`` schema (plain dicts and lists)."""
    row, _ = _split_extra(record, ARTICLE)
    extra = {k: v for k, v in record.items() if k not in _names(ARTICLE)}
    provenance, rest = _provenance_columns(record.get("provenance"))
    extra.pop("provenance", None)
    extra.update(rest)
    row["provenance"] = provenance
    row["extra_json"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
    images = []
    for image in record.get("images") or []:
        image_row, image_extra = _split_extra(image, IMAGE)
        image_row["agencies"] = [{k: a.get(k) for k in _names(AGENCY)} for a in image.get("agencies") or []]
        image_row["extra_json"] = image_extra
        images.append(image_row)
    row["images"] = images
    return row


def from_columns(row: Mapping[str, Any]) -> dict[str, Any]:
    """The contract record back from a row (inverse of ``to_columns``)."""
    record: dict[str, Any] = {}
    for name, _ in ARTICLE:
        if name in ("extra_json", "provenance", "images"):
            continue
        record[name] = _plain(row.get(name))
    record["images"] = []
    for image in row.get("images") or []:
        image = _plain(image)
        out = {name: image.get(name) for name, _ in IMAGE if name != "extra_json"}
        out["creators"] = out["creators"] or []
        out["found_in"] = out["found_in"] or []
        out["agencies"] = [dict(a) for a in out["agencies"] or []]
        out.update(json.loads(image["extra_json"]) if image.get("extra_json") else {})
        record["images"].append(out)
    for name in ("body", "warnings"):
        record[name] = record[name] or []
    extra = json.loads(row["extra_json"]) if row.get("extra_json") else {}
    provenance = _plain(row.get("provenance"))
    if provenance is not None:
        provenance = {k: v for k, v in provenance.items() if v is not None}
        provenance.update(extra.pop("provenance_extra", {}))
        record["provenance"] = provenance
    record.update(extra)
    return record


def _plain(value: Any) -> Any:
    """Spark Rows and nested containers as plain dicts and lists."""
    if hasattr(value, "asDict"):
        return {k: _plain(v) for k, v in value.asDict().items()}
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def arrow_schema():
    """The ``ARTICLE`` schema as a ``pyarrow.Schema``."""
    import pyarrow as pa

    def convert(kind):
        if kind == "string":
            return pa.string()
        if kind == "int64":
            return pa.int64()
        if isinstance(kind, list):
            return pa.list_(convert(kind[0]))
        return pa.struct([pa.field(n, convert(k)) for n, k in kind])

    return pa.schema([pa.field(n, convert(k)) for n, k in ARTICLE])


def spark_schema():
    """The ``ARTICLE`` schema as a Spark ``StructType``."""
    from pyspark.sql import types as T

    def convert(kind):
        if kind == "string":
            return T.StringType()
        if kind == "int64":
            return T.LongType()
        if isinstance(kind, list):
            return T.ArrayType(convert(kind[0]), True)
        return T.StructType([T.StructField(n, convert(k), True) for n, k in kind])

    return T.StructType([T.StructField(n, convert(k), True) for n, k in ARTICLE])


def to_spark_tuple(record: Mapping[str, Any]) -> tuple:
    """A contract record as a tuple in ``spark_schema()`` order (nested structs as tuples)."""
    row = to_columns(record)

    def convert(value, kind):
        if value is None:
            return None
        if isinstance(kind, list):
            return [convert(v, kind[0]) for v in value]
        if isinstance(kind, tuple):
            return tuple(convert(value.get(n), k) for n, k in kind)
        return value

    return tuple(convert(row.get(n), k) for n, k in ARTICLE)
