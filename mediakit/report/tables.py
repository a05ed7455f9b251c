"""Tables of the report: a title, columns, the first rows (for the HTML page) and,
for long per-image lists, a CSV file holding every row."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

Row = Sequence[Any]


@dataclass
class Table:
    name: str  # file stem of its CSV, id in the page
    title: str
    columns: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)  # what the page shows (maybe a first part)
    total: int | None = None  # rows in the full table, when more than ``rows``
    csv_path: Path | None = None  # the full table, when it was streamed to disk
    note: str = ""
    numeric: tuple[str, ...] = ()  # columns that sort as numbers

    @property
    def row_count(self) -> int:
        return self.total if self.total is not None else len(self.rows)

    @property
    def truncated(self) -> bool:
        return self.row_count > len(self.rows)

    def write_csv(self, path: Path) -> Path:
        """Write every row (the streamed file is copied as is)."""
        if self.csv_path is not None and self.csv_path.resolve() != path.resolve():
            path.write_bytes(self.csv_path.read_bytes())
        elif self.csv_path is None:
            with path.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(self.columns)
                writer.writerows(self.rows)
        return path


class StreamedTable:
    """A per-image list written to CSV as it grows; only the first ``keep`` rows stay
    in memory (for the page)."""

    def __init__(self, path: Path, columns: Sequence[str], keep: int):
        self.path = path
        self.columns = tuple(columns)
        self.keep = keep
        self.first: list[Row] = []
        self.count = 0
        self._file = path.open("w", encoding="utf-8", newline="")
        self._writer = csv.writer(self._file)
        self._writer.writerow(self.columns)

    def add(self, row: Row) -> None:
        self.count += 1
        self._writer.writerow(row)
        if len(self.first) < self.keep:
            self.first.append(tuple(row))

    def close(self) -> None:
        if not self._file.closed:
            self._file.close()

    def table(self, title: str, note: str = "", numeric: tuple[str, ...] = ()) -> Table:
        self.close()
        return Table(self.path.stem, title, self.columns, self.first, self.count, self.path,
                     note, numeric)
