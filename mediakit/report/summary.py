"""The JSON summary: the report's figures for other tools (``mediakit.audit/1``).

Top level: ``articles``, ``images``, ``credited`` (images with a credit, a creator or
an agency), ``uncredited``, ``agencies`` (``{id, name, kind, images}``, ``images`` being
the images crediting that agency as source), then the other totals and tables.
"""
from __future__ import annotations

from typing import Any

from mediakit.report.aggregate import AuditResult

SCHEMA_AUDIT = "mediakit.audit/1"
LIST_LIMIT = 1000  # entries per list in the JSON; the CSV files have them all


def summary(result: AuditResult, csv_files: dict[str, str] | None = None) -> dict[str, Any]:
    t = result.totals
    tables = result.tables
    return {
        "schema": SCHEMA_AUDIT,
        "articles": t["articles"],
        "images": t["images"],
        "credited": t["credited"],
        "uncredited": t["uncredited"],
        "agencies": [
            {"id": a.id, "name": a.name, "kind": a.kind, "images": a.source,
             "distributed": a.distributor,
             "country": a.agency.country if a.agency else None,
             "state_media": bool(a.agency and (a.agency.state_media or a.agency.kind == "state-media")),
             "terms": a.agency.terms if a.agency else None}
            for a in result.agencies
        ],
        "totals": dict(t),
        "kinds": dict(result.kinds),
        "unknown_agencies": _rows(tables["unknown_agencies"], (
            "name", "suggested_id", "images", "as_source", "as_distributor", "printed_as",
            "example_credit", "example_article")),
        "creators": _rows(tables["creators"], ("name", "images", "first_article")),
        "roles": {row[0]: row[1] for row in tables["roles"].rows},
        "sites": _rows(tables["sites"], ("site", "articles", "images", "uncredited")),
        "sections": _rows(tables["sections"], ("site", "section", "articles", "images", "uncredited")),
        "flags": _rows(tables["flags"], ("flag", "agency", "id", "images")),
        "exact": result.exact,
        "tables": {name: {"rows": table.row_count, **({"csv": csv_files[name]} if csv_files and name in csv_files else {})}
                   for name, table in tables.items()},
        "input_problems": list(result.problems),
    }


def _rows(table, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    return [dict(zip(keys, row)) for row in table.rows[:LIST_LIMIT]]
