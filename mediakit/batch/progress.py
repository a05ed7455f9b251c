"""A one-line progress bar on standard error: done, rate, ETA, errors.

Shown only when standard error is a terminal (and not ``--quiet``): pipes and log files
stay clean.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

_REFRESH_SECONDS = 0.2


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class Progress:
    def __init__(self, stream: TextIO | None = None, total_bytes: int | None = None, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled if enabled is not None else _is_terminal(self.stream)
        self.total_bytes = total_bytes
        self.started = time.monotonic()
        self._shown = 0.0
        self.done = self.errors = 0
        self.bytes_done = 0

    def update(self, done: int, errors: int, bytes_done: int | None = None, force: bool = False) -> None:
        self.done, self.errors = done, errors
        if bytes_done is not None:
            self.bytes_done = bytes_done
        now = time.monotonic()
        if not self.enabled or (not force and now - self._shown < _REFRESH_SECONDS):
            return
        self._shown = now
        self.stream.write("\r" + self.line(now) + "\033[K")
        self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.started, 1e-6)
        rate = self.done / elapsed
        parts = [f"{self.done} documents", f"{rate:.1f}/s"]
        if self.total_bytes and self.bytes_done:
            share = min(self.bytes_done / self.total_bytes, 1.0)
            left = elapsed * (1 - share) / share if share else 0
            parts.insert(0, f"{share:4.0%}")
            parts.append(f"ETA {_clock(left)}")
        parts.append(f"{self.errors} errors")
        return " | ".join(parts)

    def close(self, summary: str | None = None) -> None:
        if not self.enabled:
            return
        self.update(self.done, self.errors, force=True)
        self.stream.write("\n" + (summary + "\n" if summary else ""))
        self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
