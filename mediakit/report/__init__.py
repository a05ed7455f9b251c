"""Rights-audit reports: who supplied every image, and what is missing or contradictory.

::

    from mediakit.report import audit
    result = audit(["extracted.jsonl", "pages/"], html="report.html", csv_dir="csv",
                   json_path="summary.json")

Inputs are extraction output (JSON lines or Parquet of ``mediakit.article/1`` records)
or raw pages and texts, extracted on the way. Aggregation streams: counters, bounded
tallies and per-image lists written to disk, so a million images fit in little memory.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from mediakit.credits.registry import Registry
from mediakit.report.aggregate import Aggregator, AuditResult, AuditSettings, site_and_section
from mediakit.report.render import render_html
from mediakit.report.sources import InputProblems, input_format, iter_records
from mediakit.report.summary import SCHEMA_AUDIT, summary

__all__ = [
    "Aggregator", "AuditOutput", "AuditResult", "AuditSettings", "InputProblems", "SCHEMA_AUDIT",
    "aggregate", "audit", "input_format", "iter_records", "render_html", "site_and_section", "summary",
]


@dataclass
class AuditOutput:
    result: AuditResult
    summary: dict[str, Any]
    html: Path | None
    csv_files: dict[str, Path]
    json: Path | None


def aggregate(records: Iterable[Mapping[str, Any]], workdir: str | os.PathLike[str],
              registry: Registry | None = None, settings: AuditSettings | None = None,
              problems: InputProblems | None = None) -> AuditResult:
    """Figures of the audit for records already in hand (streamed files go to workdir)."""
    aggregator = Aggregator(Path(workdir), registry, settings, problems)
    for record in records:
        aggregator.add(record)
    return aggregator.finish()


def audit(inputs: Iterable[str | os.PathLike[str]], html: str | os.PathLike[str] | None = None,
          csv_dir: str | os.PathLike[str] | None = None, json_path: str | os.PathLike[str] | None = None,
          registry: Registry | None = None, settings: AuditSettings | None = None,
          on_problem: Callable[[str], None] | None = None,
          images_dir: str | os.PathLike[str] | None = None) -> AuditOutput:
    """Read the inputs, aggregate them and write the requested outputs.

    Every table goes to ``csv_dir`` when given. Without it, the tables too long for the
    page go beside the HTML file, in ``<name>-csv/``, so the page can link to them.
    """
    problems = InputProblems(report=on_problem)
    with tempfile.TemporaryDirectory(prefix="mediakit-audit-") as workdir:
        records = iter_records(inputs, problems, registry, images_dir)
        result = aggregate(records, workdir, registry, settings, problems)
        csv_files = _write_csvs(result, Path(csv_dir) if csv_dir else None, Path(html) if html else None)
    html_path = Path(html) if html else None
    links = {name: _relative(path, html_path) for name, path in csv_files.items()} if html_path else {}
    data = summary(result, {name: str(path) for name, path in csv_files.items()})
    if html_path:
        html_path.parent.mkdir(parents=True, exist_ok=True)
        inputs_text = f"{result.totals['articles']:,} articles, {result.totals['images']:,} images"
        html_path.write_text(render_html(result, links, subtitle=inputs_text), encoding="utf-8")
    json_file = Path(json_path) if json_path else None
    if json_file:
        json_file.parent.mkdir(parents=True, exist_ok=True)
        json_file.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return AuditOutput(result, data, html_path, csv_files, json_file)


def _write_csvs(result: AuditResult, csv_dir: Path | None, html: Path | None) -> dict[str, Path]:
    if csv_dir is not None:
        csv_dir.mkdir(parents=True, exist_ok=True)
        if result.registry_snippet:
            # The unknown agencies as registry entries, to review and pass to --registry.
            (csv_dir / "unknown_agencies.toml").write_text(result.registry_snippet + "\n", encoding="utf-8")
        return {name: table.write_csv(csv_dir / f"{name}.csv") for name, table in result.tables.items()}
    long_tables = {name: t for name, t in result.tables.items() if t.row_count > result.settings.page_rows}
    if html is None or not long_tables:
        return {}
    beside = html.with_name(html.stem + "-csv")
    beside.mkdir(parents=True, exist_ok=True)
    return {name: table.write_csv(beside / f"{name}.csv") for name, table in long_tables.items()}


def _relative(path: Path, html: Path) -> str:
    return Path(os.path.relpath(path.resolve(), html.resolve().parent)).as_posix()
