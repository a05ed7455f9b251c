"""Throughput of plain-text extraction, in MB of text per second.

Reads ``samples/*.txt`` and, when present, the text pages of ``../shared/corpus/pages``,
then times ``mediakit.text.extract_text`` over all of them beside a baseline measured in
the same run over the same text: ``str.splitlines`` plus one regex pass looking for
``Name/Agency`` credit shapes (the least any line classifier must do). Also prints the
share of the time spent guessing the language (``mediakit.lang.detect``).

    .venv/bin/python benchmarks/text.py [--rounds 5]
"""
from __future__ import annotations

import sys as _sys  # noqa: E402  (before anything imports the standard "html" module)
from pathlib import Path as _Path

# Run as a script, this folder comes first on sys.path, where benchmarks/html.py would
# hide the standard library's html module from everything imported after it.
_sys.path[:] = [p for p in _sys.path if _Path(p or ".").resolve() != _Path(__file__).resolve().parent]

import argparse
import re
import time
from pathlib import Path

from mediakit.credits.registry import default_registry
from mediakit.lang.detect import guess_language
from mediakit.text import extract_text

ROOT = Path(__file__).resolve().parents[1]
SHARED_PAGES = ROOT.parent / "shared" / "corpus" / "pages"
_CREDIT_SHAPE_RE = re.compile(r"(?:^|\s)[A-Z][\w.-]+(?: [A-Z][\w.-]+)*\s?/\s?[A-Z][\w .-]+$")


def load_texts() -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt"))
    if SHARED_PAGES.is_dir():
        paths += sorted(p for p in SHARED_PAGES.iterdir() if "txt" in p.name and p.suffix == ".txt")
    return [p.read_text(encoding="utf-8") for p in paths]


def baseline(texts: list[str]) -> int:
    hits = 0
    for text in texts:
        for line in text.splitlines():
            if _CREDIT_SHAPE_RE.search(line):
                hits += 1
    return hits


def mediakit_text(texts: list[str]) -> int:
    registry = default_registry()
    return sum(len(extract_text(text, registry=registry).images) for text in texts)


def guess_languages(texts: list[str]) -> int:
    return sum(1 for text in texts if guess_language(text))


def best_seconds(function, texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        function(texts)
        best = min(best, time.perf_counter() - started)
    return best


def splitter_share(texts: list[str]) -> float:
    """Share of one round's time spent inside the credit splitter (timed by wrapping it)."""
    import mediakit.text.features as features

    original = features.split_caption
    spent = [0.0]

    def timed(text, registry=None):
        started = time.perf_counter()
        try:
            return original(text, registry=registry)
        finally:
            spent[0] += time.perf_counter() - started

    features.split_caption = timed
    try:
        total = best_seconds(mediakit_text, texts, 1)
    finally:
        features.split_caption = original
    return spent[0] / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds; the best one counts")
    args = parser.parse_args()
    texts = load_texts()
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    mediakit_text(texts[:3])  # warm up: registry and vocabulary load once
    ours = best_seconds(mediakit_text, texts, args.rounds)
    base = best_seconds(baseline, texts, args.rounds)
    print(f"texts: {len(texts)}  size: {megabytes:.3f} MB  rounds: {args.rounds} (best)")
    print(f"baseline (splitlines + regex): {megabytes / base:10.2f} MB/s")
    print(f"mediakit.text.extract_text:    {megabytes / ours:10.2f} MB/s   "
          f"({ours / base:.0f}x the baseline's time, {len(texts) / ours:.0f} articles/s)")
    print(f"  of which in the credit splitter (mediakit.credits.captions): {splitter_share(texts):.0%}")
    guessing = best_seconds(guess_languages, texts, args.rounds)
    print(f"  of which in guess_language (reads <= 4,000 characters a text): {guessing / ours:.0%}"
          f"  ({len(texts) / guessing:.0f} texts/s alone)")


if __name__ == "__main__":
    main()
