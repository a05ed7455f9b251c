"""Pages per second of ``extract_html`` beside bare ``lxml.html.fromstring`` on the same
pages, in the same run.

    python benchmarks/html.py [FOLDER] [--repeat N] [--profile] [--stages]

Both sides run interleaved, ``--repeat`` passes each, and the fastest pass of each
counts (other processes share the machine).

FOLDER defaults to ../shared/corpus/pages when it exists, else samples/. Both sides get
the page's bytes already read; the baseline decodes nothing (lxml reads the bytes
itself), so the ratio is the full price of extraction over parsing alone.
"""
from __future__ import annotations

import sys
from pathlib import Path

# This file is called html.py: keep its folder off the import path, or "import html"
# (standard library, used by lxml and mediakit) would import this script.
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]

import argparse
import cProfile
import pstats
import time

import lxml.html

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from mediakit.credits.registry import default_registry  # noqa: E402
from mediakit.html import extract_html  # noqa: E402


def default_folder() -> Path:
    shared = REPO.parent / "shared" / "corpus" / "pages"
    return shared if shared.is_dir() else REPO / "samples"


def load(folder: Path) -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix.lower() in (".html", ".htm")]
    if not pages:
        raise SystemExit(f"no .html pages in {folder}")
    return pages


def one_pass(func, pages: list[bytes]) -> float:
    start = time.perf_counter()
    for page in pages:
        func(page)
    return time.perf_counter() - start


def rates(baseline, ours, pages: list[bytes], repeat: int) -> tuple[float, float]:
    """Pages/s of both, from the best of ``repeat`` interleaved passes each: the machine
    is shared, and interleaving lets both sides meet the same load."""
    best_base = best_ours = float("inf")
    for _ in range(repeat):
        best_base = min(best_base, one_pass(baseline, pages))
        best_ours = min(best_ours, one_pass(ours, pages))
    return len(pages) / best_base, len(pages) / best_ours


def bare_parse(page: bytes) -> None:
    try:
        lxml.html.fromstring(page)
    except Exception:  # empty pages: parsing failed, still timed
        pass


# The steps of mediakit.html._extract, timed by --stages (names it calls).
STAGES = ("parse", "page_facts", "read_jsonld", "remove_unread", "page_images", "find_container",
          "to_record", "merge_structured", "dedupe", "read_blocks", "lead_blocks",
          "without_picture_text", "guess_language")


def stage_times(extract, pages: list[bytes]) -> dict[str, float]:
    """Seconds spent in each step of the extraction over one pass of ``pages``, by
    wrapping the functions the extractor calls (restored afterwards)."""
    import mediakit.html as module
    spent = {name: 0.0 for name in STAGES if hasattr(module, name)}
    originals = {name: getattr(module, name) for name in spent}

    def timed(name, func):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return wrapper

    for name, func in originals.items():
        setattr(module, name, timed(name, func))
    try:
        start = time.perf_counter()
        for page in pages:
            extract(page)
        spent["(all)"] = time.perf_counter() - start
    finally:
        for name, func in originals.items():
            setattr(module, name, func)
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="interleaved passes; the best of each counts")
    ap.add_argument("--profile", action="store_true", help="print where extraction spends its time")
    ap.add_argument("--stages", action="store_true", help="print the time of each step of the extraction")
    args = ap.parse_args()
    folder = args.folder or default_folder()
    pages = load(folder)
    registry = default_registry()
    extract = lambda page: extract_html(page, registry=registry)  # noqa: E731
    extract(pages[0])  # warm caches (conventions, registry) outside the timing
    size = sum(len(p) for p in pages) / 1e6
    baseline, ours = rates(bare_parse, extract, pages, args.repeat)
    print(f"{len(pages)} pages, {size:.1f} MB, from {folder}")
    print(f"lxml.html.fromstring : {baseline:8.1f} pages/s")
    print(f"mediakit extract_html: {ours:8.1f} pages/s")
    print(f"ratio                : {baseline / ours:8.2f}x slower than bare parsing")
    if args.stages:
        spent = stage_times(extract, pages)
        whole = spent.pop("(all)")
        print(f"{'step':22s} {'ms':>8s} {'share':>6s}")
        for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
            print(f"{name:22s} {seconds * 1000:8.1f} {seconds / whole:6.1%}")
        rest = whole - sum(spent.values())
        print(f"{'(the rest)':22s} {rest * 1000:8.1f} {rest / whole:6.1%}")
        print(f"{'(all)':22s} {whole * 1000:8.1f}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for page in pages:
            extract(page)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
