"""The ordered worker pool: input order, bounded read-ahead, stalled and dying workers."""
from __future__ import annotations

import os
import time

from mediakit.batch.pool import OrderedPool, TaskFailed


def square_slowly_first(n: int) -> int:
    if n == 0:
        time.sleep(0.5)  # the head of the line is slow: later results must wait for it
    if n == 13:
        raise TaskFailed("decode", "unlucky")
    if n == 17:
        os._exit(9)
    if n == 19:
        time.sleep(3600)
    return n * n


def test_results_in_input_order_whatever_finishes_first():
    with OrderedPool(square_slowly_first, jobs=2, time_limit=2) as pool:
        out = list(pool.run((n, n) for n in range(25)))
    assert [item for item, _ in out] == list(range(25))
    values = {item: (o.ok, o.value if o.ok else o.stage) for item, o in out}
    assert values[12] == (True, 144)
    assert values[13] == (False, "decode")
    assert values[17] == (False, "worker")
    assert values[19] == (False, "time-limit")
    assert values[24] == (True, 576)


def slow_first(n: int) -> int:
    if n == 0:
        time.sleep(0.5)
    return n * n


def test_read_ahead_is_bounded_by_the_window():
    pulled = []

    def items():
        for n in range(200):
            pulled.append(n)
            yield n, (n if n < 100 else None)  # the second half needs no work

    with OrderedPool(slow_first, jobs=2, window=6) as pool:
        results = pool.run(items())
        first_item, first = next(results)
        assert first_item == 0 and first.value == 0
        # While item 0 was slow, at most a window's worth of items was taken.
        assert len(pulled) <= 6 + 1
        rest = list(results)
    assert [item for item, _ in rest] == list(range(1, 200))
    assert all(o.ok and o.value is None for item, o in rest if item >= 100)
