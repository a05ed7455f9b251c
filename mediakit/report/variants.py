"""Images credited differently in different articles (same image URL, other credit).

Finding them needs every (image URL, credit) pair seen, which for a large archive does
not fit in memory, so the pairs go to a temporary SQLite database on disk (bounded page
cache) and one GROUP BY at the end finds the URLs with more than one credit.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Iterator

_BATCH = 5000
_CACHE_KIB = 16_384  # SQLite page cache; the rest stays on disk


class CreditVariants:
    def __init__(self, path: Path):
        self._db = sqlite3.connect(path)
        self._db.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("PRAGMA temp_store=FILE")
        self._db.execute("CREATE TABLE seen (src TEXT, credit_key TEXT, credit TEXT, article TEXT)")
        self._pending: list[tuple[str, str, str, str]] = []

    def add(self, src: str, credit: str | None, article: str) -> None:
        credit_text = credit or ""
        self._pending.append((src, _credit_key(credit_text), credit_text, article))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._db.executemany("INSERT INTO seen VALUES (?, ?, ?, ?)", self._pending)
            self._pending.clear()

    def rows(self) -> Iterator[tuple[str, str, int, str]]:
        """(src, credit as first printed, articles, example article) for every URL that
        has more than one credit, grouped by URL."""
        self._flush()
        self._db.execute("CREATE INDEX seen_src ON seen (src, credit_key)")
        query = """
            SELECT s.src, MIN(s.credit), COUNT(*), MIN(s.article)
            FROM seen s
            JOIN (SELECT src FROM seen GROUP BY src HAVING COUNT(DISTINCT credit_key) > 1) v
              ON v.src = s.src
            GROUP BY s.src, s.credit_key
            ORDER BY s.src, COUNT(*) DESC
        """
        yield from self._db.execute(query)

    def close(self) -> None:
        self._db.close()


_NOT_ALNUM = re.compile(r"[\W_]+")


def _credit_key(credit: str) -> str:
    """Credits that differ only in case, spacing or punctuation count as the same."""
    return _NOT_ALNUM.sub("", credit.casefold())
