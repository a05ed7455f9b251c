"""A pool of worker processes that returns results in input order and survives stalls.

Why not ``multiprocessing.Pool`` or ``ProcessPoolExecutor``: neither can kill the one
worker stuck on a pathological document and carry on. Here every worker is a process
with its own pipe, given one task at a time; the parent watches the clock, kills a
worker that passes the time limit, records the task as failed and starts a new worker.

Memory stays bounded: at most ``window`` tasks are in flight (sent, or finished and
waiting for an earlier one), whatever the length of the input.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Callable, Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one task: a value, or the stage and message of its failure."""

    ok: bool
    value: Any = None
    stage: str | None = None  # "time-limit", "worker", or the failing function's stage
    message: str | None = None


class TaskFailed(Exception):
    """Raised by a task function to fail with a named stage (e.g. ``decode``)."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
        self.message = message


def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the parent dies (even by kill -9),
    so that a worker stuck on a document is never left behind."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _worker_main(conn: Connection, fn: Callable[[Any], Any]) -> None:
    # Ctrl-C goes to the whole process group: the parent decides what to do with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        seq, payload = message
        try:
            reply = (seq, Outcome(True, fn(payload)))
        except TaskFailed as exc:
            reply = (seq, Outcome(False, stage=exc.stage, message=exc.message))
        except Exception as exc:  # one bad document must not end the worker
            reply = (seq, Outcome(False, stage="extract", message=f"{type(exc).__name__}: {exc}"))
        try:
            conn.send(reply)
        except Exception as exc:  # an unpicklable result, say
            conn.send((seq, Outcome(False, stage="worker", message=f"cannot return result: {exc}")))


def _context() -> multiprocessing.context.BaseContext:
    # fork shares the loaded registry and extractor modules copy-on-write, and lets a
    # task function be any callable (nothing is pickled at start). Elsewhere: spawn.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Worker:
    def __init__(self, ctx, fn: Callable[[Any], Any]):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, fn), daemon=True)
        self.process.start()
        child.close()
        self.seq: int | None = None
        self.started = 0.0

    @property
    def busy(self) -> bool:
        return self.seq is not None

    def give(self, seq: int, payload: Any) -> None:
        self.seq = seq
        self.started = time.monotonic()
        self.conn.send((seq, payload))

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        self.kill()


class OrderedPool(Generic[T]):
    """Run ``fn`` over payloads in ``jobs`` processes; yield ``(item, Outcome)`` in input order.

    ``run`` takes ``(item, payload)`` pairs: the payload is sent to a worker and not kept
    (it may be large: a whole document); the item is kept until its outcome is yielded.
    A ``None`` payload needs no work: its item is yielded in place with ``Outcome(True, None)``.
    """

    def __init__(self, fn: Callable[[Any], Any], jobs: int, time_limit: float | None = None,
                 window: int | None = None):
        self._fn = fn
        self._jobs = max(1, jobs)
        self._time_limit = time_limit if time_limit and time_limit > 0 else None
        self._window = window or self._jobs * 8
        self._ctx = _context()
        self._workers: list[_Worker] = []

    def __enter__(self) -> "OrderedPool[T]":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            if worker.busy:
                worker.kill()
            else:
                worker.stop()
        self._workers = []

    def _idle_worker(self) -> _Worker | None:
        for worker in self._workers:
            if not worker.busy:
                return worker
        if len(self._workers) < self._jobs:
            worker = _Worker(self._ctx, self._fn)
            self._workers.append(worker)
            return worker
        return None

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._workers.remove(worker)

    def run(self, items: Iterable[tuple[T, Any]]) -> Iterator[tuple[T, Outcome]]:
        source = iter(items)
        held: dict[int, T] = {}  # seq -> item, for everything in flight
        done: dict[int, Outcome] = {}
        next_seq = next_out = 0
        exhausted = False
        while True:
            while not exhausted and next_seq - next_out < self._window:
                worker = self._idle_worker()
                if worker is None:
                    break
                try:
                    item, payload = next(source)
                except StopIteration:
                    exhausted = True
                    break
                seq, next_seq = next_seq, next_seq + 1
                held[seq] = item
                if payload is None:
                    done[seq] = Outcome(True, None)
                else:
                    self._send(worker, seq, payload, done)
            while next_out in done:
                yield held.pop(next_out), done.pop(next_out)
                next_out += 1
            if exhausted and next_out == next_seq:
                return
            self._collect(done)

    def _send(self, worker: _Worker, seq: int, payload: Any, done: dict[int, Outcome]) -> None:
        try:
            worker.give(seq, payload)
        except (OSError, ValueError) as exc:  # the worker died between tasks
            self._replace(worker)
            done[seq] = Outcome(False, stage="worker", message=f"worker lost: {exc}")

    def _collect(self, done: dict[int, Outcome]) -> None:
        """Wait for at least one busy worker to answer or pass its time limit."""
        busy = [w for w in self._workers if w.busy]
        if not busy:
            return
        timeout = None
        if self._time_limit:
            now = time.monotonic()
            timeout = max(0.0, min(w.started + self._time_limit - now for w in busy))
        by_conn = {w.conn: w for w in busy}
        for conn in wait(list(by_conn), timeout):
            worker = by_conn[conn]
            seq = worker.seq
            try:
                _, outcome = conn.recv()
            except (EOFError, OSError) as exc:
                code = worker.process.exitcode
                self._replace(worker)
                done[seq] = Outcome(False, stage="worker",
                                    message=f"worker process died (exit code {code}): {exc or 'no reply'}")
                continue
            worker.seq = None
            done[seq] = outcome
        if self._time_limit:
            now = time.monotonic()
            for worker in [w for w in self._workers if w.busy]:
                if now - worker.started >= self._time_limit:
                    seq = worker.seq
                    self._replace(worker)
                    done[seq] = Outcome(False, stage="time-limit",
                                        message=f"extraction took longer than {self._time_limit:g} s (worker killed)")


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
