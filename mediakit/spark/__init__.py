"""mediakit on Spark: the batch extraction as DataFrames (extra ``mediakit[spark]``).

Three kinds of input give one DataFrame of article records, whose schema is the output
contract as a Spark ``StructType`` (``article_schema()``; see ``mediakit.batch.schema``):

- ``extract_paths(spark, ["s3a://bucket/crawl-00001.warc.gz", ...])``: WARC/ARC files
  (or any input the command line takes: zip, tar, folders, pages, on a shared file
  system). Each path is read as a stream inside an executor (``mapPartitions``), never
  loaded whole; remote URLs (``s3://``, ``gs://``, ``hdfs://`` ...) are opened with
  fsspec when it is installed.
- ``extract_html(df)``: a DataFrame of ``(url, html)`` rows (column names configurable).
- ``extract(thing, spark=None)``: either of the above, chosen by what ``thing`` is (a
  list of paths, a DataFrame with an ``html`` column, or one with a ``path`` column).

Records are the same as ``mediakit extract`` gives on the same input: both call
``mediakit.batch.runner.extract_document``. Turn a row back into the contract record
with ``mediakit.batch.schema.from_columns(row.asDict(recursive=True))``.
See ``docs/spark.md``.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

from mediakit.batch.runner import DEFAULT_TIME_LIMIT, BatchOptions, default_extractor, record_in_process
from mediakit.batch.schema import spark_schema, to_spark_tuple
from mediakit.inputs.sources import DEFAULT_MAX_BYTES, Document, InputError, InputOptions, iter_documents

__all__ = ["SparkOptions", "article_schema", "extract", "extract_html", "extract_paths", "local_session"]


@dataclass(frozen=True)
class SparkOptions:
    """What the executors need to know; small and picklable (shipped with each task)."""

    kind: str = "auto"
    url: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float | None = DEFAULT_TIME_LIMIT
    match_images: bool = True
    registry_files: tuple[str, ...] = field(default=())

    def batch_options(self) -> BatchOptions:
        return BatchOptions(kind=self.kind, url=self.url, jobs=1, time_limit=self.time_limit,
                            inputs=InputOptions(include=self.include, exclude=self.exclude,
                                                max_bytes=self.max_bytes, match_images=self.match_images))


def article_schema():
    """The contract's article record as a Spark ``StructType``."""
    return spark_schema()


@lru_cache(maxsize=4)
def _registry(files: tuple[str, ...]):
    """One registry per executor process (immutable, so caching it is safe)."""
    from mediakit.credits.registry import default_registry, load_registry
    return load_registry(list(files)) if files else default_registry()


def _paths_partition(paths: Iterable[str], options: SparkOptions) -> Iterator[tuple]:
    extractor = default_extractor()
    registry = _registry(options.registry_files)
    batch = options.batch_options()
    for path in paths:
        for doc in iter_documents([path], batch.inputs, Counter()):
            record, _ = record_in_process(doc, batch, extractor=extractor, registry=registry)
            yield to_spark_tuple(record)


def _html_partition(rows: Iterable[Any], html_col: str, url_col: str | None, source_col: str | None,
                    options: SparkOptions) -> Iterator[tuple]:
    extractor = default_extractor()
    registry = _registry(options.registry_files)
    batch = options.batch_options()
    for row in rows:
        html = row[html_col]
        data = html.encode("utf-8") if isinstance(html, str) else bytes(html or b"")
        url = row[url_col] if url_col else None
        source = row[source_col] if source_col else url
        if len(data) > options.max_bytes:
            doc = Document(source=source, data=None, url=url,
                           error=InputError("size-limit", f"document larger than {options.max_bytes} bytes"))
        else:
            doc = Document(source=source, data=data, url=url)
        record, _ = record_in_process(doc, batch, extractor=extractor, registry=registry)
        yield to_spark_tuple(record)


def extract_paths(spark, paths: Sequence[str], options: SparkOptions = SparkOptions(),
                  partitions: int | None = None):
    """A DataFrame of article records from WARC/ARC files (or any command-line input).

    Each path is one unit of work; with ``partitions`` left out, one partition per path,
    so rows come in the order of ``paths`` and of the records inside each file.
    """
    paths = [str(p) for p in paths]
    slices = partitions or max(1, len(paths))
    rdd = spark.sparkContext.parallelize(paths, slices)
    return spark.createDataFrame(rdd.mapPartitions(lambda part: _paths_partition(part, options)), article_schema())


def extract_html(df, html_col: str = "html", url_col: str | None = "url", source_col: str | None = None,
                 options: SparkOptions = SparkOptions()):
    """A DataFrame of article records from a DataFrame of (url, html) rows.

    ``html`` may be a string or binary column. ``source`` is ``source_col`` when given,
    else the URL.
    """
    columns = [c for c in (html_col, url_col, source_col) if c]
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"DataFrame has no column {', '.join(missing)} (columns: {', '.join(df.columns)})")
    rdd = df.select(*columns).rdd.mapPartitions(
        lambda rows: _html_partition(rows, html_col, url_col, source_col, options))
    return df.sparkSession.createDataFrame(rdd, article_schema())


def extract(data, spark=None, options: SparkOptions = SparkOptions(), **columns: str):
    """Records from a list of paths, a DataFrame of paths (column ``path``), or of (url, html)."""
    if isinstance(data, (list, tuple)):
        if spark is None:
            from pyspark.sql import SparkSession
            spark = SparkSession.builder.getOrCreate()
        return extract_paths(spark, data, options)
    html_col = columns.get("html_col", "html")
    if html_col in data.columns:
        return extract_html(data, options=options, **columns)
    path_col = columns.get("path_col", "path")
    if path_col not in data.columns:
        raise ValueError(f"expected a column {html_col!r} or {path_col!r}; got {', '.join(data.columns)}")
    spark = data.sparkSession
    rdd = data.select(path_col).rdd.map(lambda row: row[0]).mapPartitions(lambda part: _paths_partition(part, options))
    return spark.createDataFrame(rdd, article_schema())


def local_session(master: str = "local[2]", app_name: str = "mediakit"):
    """A Spark session whose Python workers run this interpreter (so they see mediakit)."""
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (SparkSession.builder.master(master).appName(app_name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.pyspark.python", os.environ["PYSPARK_PYTHON"])
            .getOrCreate())


def spark_available() -> str | None:
    """None when pyspark and Java are usable here, else why not (for tests and the CLI)."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install 'mediakit[spark]')"
    import shutil
    if not os.environ.get("JAVA_HOME") and not shutil.which("java"):
        return "Java is not installed (Spark needs a JRE, e.g. Debian's openjdk-17-jre-headless)"
    return None
