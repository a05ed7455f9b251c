"""Batch extraction over files, folders, archives and web archives (see docs/batch.md).

- ``runner``: ``iter_results`` (records in input order from worker processes) and
  ``run_batch`` (files, errors, checkpoints, progress) behind ``mediakit extract``;
- ``pool``: the ordered worker pool that kills and replaces stalled workers;
- ``writers``: JSON lines, CSV (one row per image) and Parquet output;
- ``resume``: checkpoints for ``--resume``;
- ``schema``: the record as a table schema, shared by Parquet and Spark;
- ``progress``: the progress line on a terminal.
"""
