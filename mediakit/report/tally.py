"""Counters that stay small however many distinct keys a million images bring.

A rights audit counts images per creator, per unknown agency string, per site... The
number of distinct keys grows with the archive, so each tally keeps at most
``2 * capacity`` keys: when it fills up, it keeps the ``capacity`` largest and forgets
the rest (remembering the largest count it dropped, so the report can say how far the
figures beyond the top may be off). Below that many distinct keys the counts are exact.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Iterator, Sequence


@dataclass(slots=True)
class TallyRow:
    key: str
    label: str  # how the key was first printed
    counts: list[int]
    examples: list[str]
    context: str = ""  # where the key was first met (an article)


class BoundedTally:
    """Per-key counters (several columns) with a few examples each, in bounded memory."""

    def __init__(self, columns: Sequence[str], capacity: int = 20_000, examples: int = 3):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.columns = tuple(columns)
        self.capacity = capacity
        self.max_examples = examples
        self.dropped_max = 0  # largest first-column count forgotten when pruning
        self.dropped_keys = 0
        self._rows: dict[str, TallyRow] = {}

    def add(self, key: str, *increments: int, label: str | None = None,
            example: str | None = None, context: str = "") -> None:
        row = self._rows.get(key)
        if row is None:
            if len(self._rows) >= 2 * self.capacity:
                self._prune()
            row = self._rows[key] = TallyRow(key, label or key, [0] * len(self.columns), [], context)
        for i, step in enumerate(increments):
            row.counts[i] += step
        if example and len(row.examples) < self.max_examples and example not in row.examples:
            row.examples.append(example)

    def _prune(self) -> None:
        keep = heapq.nlargest(self.capacity, self._rows.values(), key=_primary)
        kept = {row.key for row in keep}
        for row in self._rows.values():
            if row.key not in kept:
                self.dropped_max = max(self.dropped_max, row.counts[0])
                self.dropped_keys += 1
        self._rows = {row.key: row for row in keep}

    @property
    def exact(self) -> bool:
        return self.dropped_keys == 0

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def get(self, key: str) -> TallyRow | None:
        return self._rows.get(key)

    def top(self, n: int | None = None) -> list[TallyRow]:
        """Rows by first-column count, largest first (ties by label)."""
        rows = self._rows.values()
        if n is not None:
            rows = heapq.nsmallest(n, rows, key=_sort_key)
            return rows
        return sorted(rows, key=_sort_key)

    def __iter__(self) -> Iterator[TallyRow]:
        return iter(self.top())


def _primary(row: TallyRow) -> int:
    return row.counts[0]


def _sort_key(row: TallyRow) -> tuple[int, str]:
    return (-row.counts[0], row.label.casefold())
