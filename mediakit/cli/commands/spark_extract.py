"""``mediakit spark-extract``: the batch extraction on a Spark cluster (or locally).

    mediakit spark-extract --master local[2] crawl.warc.gz --output records.parquet

Writes a Parquet dataset (a folder, as Spark does) whose rows follow the contract
record (schema: ``mediakit.spark.article_schema()``). See ``docs/spark.md``.
"""
from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    from mediakit.cli.commands.extract import add_document_options

    p = sub.add_parser("spark-extract", help="extract articles with Spark (WARC files, (url, html) tables)",
                       description="Extract article records with Spark into a Parquet dataset.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="WARC/ARC files (local, hdfs://, s3a:// ...) or any input `mediakit extract` takes; "
                        "with --table, Parquet tables of (url, html) rows")
    p.add_argument("-o", "--output", required=True, metavar="OUT.parquet", help="Parquet dataset to write (a folder)")
    p.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's or Spark's own)")
    p.add_argument("--format", choices=["parquet", "json"], default="parquet", help="dataset format (default: parquet)")
    p.add_argument("--table", action="store_true", help="inputs are Parquet tables with url and html columns")
    p.add_argument("--html-column", default="html", help="with --table: the HTML column (default: html)")
    p.add_argument("--url-column", default="url", help="with --table: the URL column (default: url)")
    p.add_argument("--partitions", type=int, metavar="N", help="partitions (default: one per input file)")
    add_document_options(p)
    p.add_argument("--registry", action="append", default=[], metavar="FILE",
                   help="extra agency registry file; must be readable at the same path on every executor")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mediakit.spark import SparkOptions, extract_html, extract_paths, spark_available

    problem = spark_available()
    if problem:
        print(f"mediakit spark-extract: {problem}", file=sys.stderr)
        return 2
    from pyspark.sql import SparkSession

    options = SparkOptions(kind=args.kind, url=args.url, include=tuple(args.include), exclude=tuple(args.exclude),
                           max_bytes=args.max_size, time_limit=args.timeout or None,
                           match_images=args.match_images, registry_files=tuple(args.registry))
    existing = SparkSession.getActiveSession()
    if existing is not None:
        spark = existing
    elif args.master:
        from mediakit.spark import local_session
        spark = local_session(args.master, "mediakit spark-extract")
    else:
        spark = SparkSession.builder.appName("mediakit spark-extract").getOrCreate()
    try:
        if args.table:
            frame = extract_html(spark.read.parquet(*args.inputs), html_col=args.html_column,
                                 url_col=args.url_column, options=options)
            if args.partitions:
                frame = frame.repartition(args.partitions)
        else:
            frame = extract_paths(spark, args.inputs, options, partitions=args.partitions)
        writer = frame.write.mode("overwrite")
        (writer.parquet if args.format == "parquet" else writer.json)(args.output)
    finally:
        if existing is None:
            spark.stop()
    return 0
