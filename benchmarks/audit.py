"""Rights-audit aggregation: speed and peak memory over synthetic article records.

    .venv/bin/python benchmarks/audit.py [--images 1000000] [--no-memory]
    .venv/bin/python benchmarks/audit.py --images 2000 --write synthetic.jsonl   # data only

Writes N synthetic images (4 per article) as JSON lines to a temporary file, then times:
  baseline   json.loads of every line (the least any JSONL consumer does)
  audit      json.loads + Aggregator.add + finish (the whole `mediakit audit` minus HTML)
and prints images/s and the ratio audit/baseline. With memory on, it repeats both over
a tenth and over all of the images under tracemalloc and prints the peaks: bounded
aggregation means the audit's peak barely grows with the input. The page cache of the
temporary SQLite database (CreditVariants, 16 MiB) is outside tracemalloc's view, so the
process's peak RSS (resource.getrusage) is printed too.
"""
from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder comes first on sys.path, where a sibling benchmark named
# like a standard module (html.py) would shadow it for every library.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402

from mediakit.credits.registry import default_registry
from mediakit.report import AuditSettings, aggregate

IMAGES_PER_ARTICLE = 4
SITES = [f"news{n}.example" for n in range(60)]
SECTIONS = ["world", "politics", "sport", "culture", "business", "science", "opinion", "local"]
COMMON_SUPPLIERS = ["afp", "reuters", "ap", "getty-images", "epa", "dpa", "xinhua", "anadolu", "ansa", "efe",
                    "pa", "kyodo", "yonhap", "shutterstock", "alamy", "tass", "kcna", "sputnik"]
ROLE_CREDITS = ["Pool/{a}", "Handout via {a}", "{a} File", "Courtesy of {a}"]


def synthetic_lines(images: int, seed: int = 7):
    """Article records as JSON lines: wire and stock agencies from the bundled registry,
    unknown agencies, many distinct creators, uncredited images, embedded conflicts and
    pictures reused across articles under other credits."""
    rng = random.Random(seed)
    registry = default_registry()
    # Mostly the big suppliers, as in a real archive, and a long tail of the others.
    common = [registry.get(i) for i in COMMON_SUPPLIERS if registry.get(i)]
    known = common * 60 + list(registry)
    unknown = [f"Local Photo Service {n}" for n in range(5000)]
    for n in range(images // IMAGES_PER_ARTICLE):
        site = rng.choice(SITES)
        url = f"https://www.{site}/{rng.choice(SECTIONS)}/2024/{n % 12 + 1:02d}/story-{n}"
        imgs = []
        for k in range(IMAGES_PER_ARTICLE):
            src = f"https://img.{site}/{n}-{k}.jpg" if rng.random() > 0.03 else f"https://cdn.example/shared-{rng.randrange(max(10, images // 50))}.jpg"
            roll = rng.random()
            if roll < 0.15:
                imgs.append({"src": src, "alt": None, "caption": f"Picture {n}/{k}", "credit": None, "creators": [],
                             "agencies": [], "copyright": None, "found_in": ["figure"]})
                continue
            creator = f"Photographer {rng.randrange(200_000)}"
            if roll < 0.25 or not known:
                name = rng.choice(unknown)
                agencies = [{"id": None, "name": name, "role": "source", "raw": name}]
            else:
                a = rng.choice(known)
                agencies = [{"id": a.id, "name": a.name, "role": "source", "raw": a.short}]
                if rng.random() < 0.3:
                    agencies.append({"id": "getty-images", "name": "Getty Images", "role": "distributor", "raw": "Getty Images"})
            credit = f"{creator}/{agencies[0]['raw']}"
            if rng.random() < 0.1:
                credit = rng.choice(ROLE_CREDITS).format(a=credit)
            image = {"src": src, "alt": None, "caption": f"Picture {n}/{k}", "credit": credit, "creators": [creator],
                     "agencies": agencies, "copyright": None, "found_in": ["figcaption"]}
            if rng.random() < 0.05:
                image["embedded"] = {"schema": "mediakit.embedded/1", "path": src, "format": "JPEG",
                                     "credit": rng.choice(["Reuters", agencies[0]["raw"]]), "creators": [creator],
                                     "source": None, "conflicts": []}
            imgs.append(image)
        record = {"schema": "mediakit.article/1", "source": url, "kind": "html", "url": url, "lang": "en",
                  "title": f"Story {n}", "body": ["One paragraph of text."], "images": imgs, "warnings": []}
        yield json.dumps(record, ensure_ascii=False) + "\n"


def parse_only(path: Path) -> int:
    images = 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            images += len(json.loads(line)["images"])
    return images


def audit_only(path: Path, workdir: str) -> int:
    def records():
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)
    result = aggregate(records(), workdir, settings=AuditSettings())
    return result.totals["images"]


def timed(fn, *args):
    start = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - start


def peak(fn, *args) -> int:
    tracemalloc.start()
    try:
        fn(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--images", type=int, default=1_000_000)
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc passes")
    parser.add_argument("--write", metavar="FILE", help="only write the synthetic records (JSON lines) to FILE")
    args = parser.parse_args()
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            out.writelines(synthetic_lines(args.images))
        return
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as tmp:
        data = Path(tmp) / "records.jsonl"
        small = Path(tmp) / "small.jsonl"
        with data.open("w", encoding="utf-8") as out:
            out.writelines(synthetic_lines(args.images))
        with small.open("w", encoding="utf-8") as out:
            out.writelines(synthetic_lines(args.images // 10))
        print(f"input: {args.images:,} images, {data.stat().st_size / 1e6:.0f} MB of JSON lines")
        images, base = timed(parse_only, data)
        with tempfile.TemporaryDirectory(dir=tmp) as work:
            audited, full = timed(audit_only, data, work)
        assert images == audited == args.images, (images, audited)
        print(f"baseline json.loads : {images / base:12,.0f} images/s  ({base:.1f} s)")
        print(f"audit (loads+aggr.) : {images / full:12,.0f} images/s  ({full:.1f} s)")
        print(f"ratio audit/baseline: {full / base:.1f}x the time of json.loads alone")
        if not args.no_memory:
            rows = []
            for label, path in ((f"{args.images // 10:,} images", small), (f"{args.images:,} images", data)):
                base_peak = peak(parse_only, path)
                with tempfile.TemporaryDirectory(dir=tmp) as work:
                    audit_peak = peak(audit_only, path, work)
                rows.append((label, base_peak, audit_peak))
                print(f"peak traced memory, {label:>17}: baseline {base_peak / 2**20:7.2f} MiB, "
                      f"audit {audit_peak / 2**20:7.1f} MiB")
            growth = rows[1][2] / rows[0][2] if rows[0][2] else float("nan")
            print(f"audit peak growth for 10x the images: {growth:.2f}x")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak RSS: {rss:.0f} MiB", file=sys.stdout)


if __name__ == "__main__":
    main()
