"""Batch benchmark: pages per second at --jobs 1 and 2, peak memory on a big WARC, Spark vs CLI.

    .venv/bin/python benchmarks/batch.py                 # ~2-4 minutes on 2 cores
    .venv/bin/python benchmarks/batch.py --size 1G       # the 1 GB WARC of the issue
    .venv/bin/python benchmarks/batch.py --pages 200 --size 20M --no-spark   # quick

Everything runs on WARC files generated here (in a temporary folder, never committed)
from the repository's ``samples/*.html`` and synthetic pages (our own random text,
captions and credits). Figures are printed as ratios against a baseline measured in the
same run: --jobs 2 against --jobs 1, Spark local[2] against the command line at --jobs 2.
Memory is the peak proportional set size (PSS: shared pages split between the forked
processes) of the whole process tree (command and its workers), sampled from /proc every
50 ms (Linux).
"""
from __future__ import annotations

import sys as _sys  # noqa: E402  (before anything imports the standard "html" module)
from pathlib import Path as _Path

# Run as a script, this folder comes first on sys.path, where benchmarks/html.py would
# hide the standard library's html module from everything imported after it.
_sys.path[:] = [p for p in _sys.path if _Path(p or ".").resolve() != _Path(__file__).resolve().parent]

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEDIAKIT = [sys.executable, "-m", "mediakit.cli.main"]

WORDS = ("harbour council minister river festival market storm bridge election school hospital "
         "village railway museum coast harvest protest court budget stadium forest airport "
         "mayor workers farmers police children water energy summit border island").split()
PEOPLE = ["Jane Doe", "Ali Hassan", "Maria Rossi", "Kenji Sato", "Olga Petrova", "Tom Smith"]
AGENCIES = ["AFP", "Reuters", "AP", "Getty Images", "EPA", "AFP via Getty Images", "Xinhua"]


def sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def synthetic_page(n: int, rng: random.Random, paragraphs: int = 12, figures: int = 3) -> bytes:
    """A news page of realistic weight (~30 KB): article with captioned, credited figures,
    wrapped in the navigation, teasers, scripts and footer that real pages carry."""
    body = []
    for i in range(paragraphs):
        body.append(f"<p>{' '.join(sentence(rng) for _ in range(4))}</p>")
        if i % 4 == 1 and len([b for b in body if b.startswith('<figure')]) < figures:
            credit = f"{rng.choice(PEOPLE)}/{rng.choice(AGENCIES)}"
            body.append(f"<figure><img src='/img/{n}-{i}.jpg' alt='{sentence(rng, 5)}'>"
                        f"<figcaption>{sentence(rng, 10)} Photo: {credit}</figcaption></figure>")
    nav = "".join(f"<li><a href='/section/{w}'>{w.title()}</a></li>" for w in rng.sample(WORDS, 25))
    teasers = "".join(f"<li><a href='/story/{rng.randrange(10**6)}'><img src='/thumb/{i}.jpg'>{sentence(rng, 8)}</a></li>"
                      for i in range(15))
    script = "var config = {" + ",".join(f"'k{i}': '{rng.choice(WORDS)}'" for i in range(300)) + "};"
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{sentence(rng, 6)}</title>"
            f"<script>{script}</script></head><body><header><nav><ul>{nav}</ul></nav></header><main><article>"
            f"<h1>{sentence(rng, 6)}</h1>{''.join(body)}</article><aside><h2>Most read</h2><ul>{teasers}</ul></aside>"
            f"</main><footer><ul>{nav}</ul><p>© Example News</p></footer></body></html>").encode("utf-8")


def sample_pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted((ROOT / "samples").glob("*.html"))]


def write_warc(path: Path, pages: int, target_bytes: int | None, seed: int = 7,
               image_bytes: int = 0) -> tuple[int, int]:
    """A gzipped WARC of ``pages`` pages (or until ``target_bytes``); returns (pages, bytes).

    ``image_bytes`` > 0 adds, per figure, an image record of that many random bytes
    (incompressible, as real pictures are): big archives are mostly pictures.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    samples = sample_pages()
    written = 0
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        n = 0
        while (target_bytes is None and n < pages) or (target_bytes is not None and fh.tell() < target_bytes):
            html = samples[n % len(samples)] if samples and n % 5 == 0 else synthetic_page(n, rng)
            uri = f"https://news.example.org/story/{n}"
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(html), http_headers=http))
            if image_bytes:
                for i in (1, 5, 9):
                    data = b"\xff\xd8\xff\xe0" + rng.randbytes(image_bytes)
                    http = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
                    writer.write_record(writer.create_warc_record(
                        f"https://news.example.org/img/{n}-{i}.jpg", "response", payload=io.BytesIO(data), http_headers=http))
            n += 1
            written += 1
        size = fh.tell()
    return written, size


class TreeMemory:
    """Peak summed RSS of a process and all its descendants, sampled from /proc."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval = pid, interval
        self.peak_total = self.peak_single = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = [_rss(p) for p in _tree(self.pid)]
            self.peak_total = max(self.peak_total, sum(sizes))
            self.peak_single = max([self.peak_single, *sizes])
            self._stop.wait(self.interval)


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(_children(p))
    return out


def _rss(pid: int) -> int:
    """Proportional set size (shared pages split between the processes sharing them, so
    forked workers are not counted twice); resident set size where PSS is unavailable."""
    for name, field in ((f"/proc/{pid}/smaps_rollup", "Pss:"), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            for line in Path(name).read_text().splitlines():
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
        except OSError:
            continue
    return 0


def run(command: list[str]) -> tuple[float, TreeMemory]:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with TreeMemory(process.pid) as memory:
        _, err = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{err.decode()[-2000:]}")
    return seconds, memory


def count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(1 for _ in fh)


def size_arg(text: str) -> int:
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    text = text.strip().lower()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=3200, help="pages in the speed WARCs (default 3200)")
    parser.add_argument("--size", type=size_arg, default=size_arg("200M"),
                        help="size of the memory WARC, e.g. 1G (default 200M)")
    parser.add_argument("--no-spark", action="store_true", help="skip Spark local vs command line")
    parser.add_argument("--keep", metavar="DIR", help="keep generated files in DIR")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="mediakit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    env_note = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    print(f"# mediakit batch benchmark ({env_note}); files in {folder}")

    # Four files: Spark's unit of work is a file, so one file would use one core only.
    speed_warcs = [folder / f"speed-{i}.warc.gz" for i in range(4)]
    pages = size = 0
    for i, path in enumerate(speed_warcs):
        n, b = write_warc(path, args.pages // 4, None, seed=i)
        pages, size = pages + n, size + b
    speed_inputs = [str(p) for p in speed_warcs]
    print(f"speed WARCs: 4 files, {pages} pages, {size / 1e6:.1f} MB ({len(sample_pages())} samples/*.html among them)")
    results = {}
    for jobs in (1, 2, 1, 2, 1, 2):  # alternated, best of three: the machine may be shared
        out = folder / f"speed-j{jobs}.jsonl"
        seconds, memory = run([*MEDIAKIT, "extract", "-q", "--jobs", str(jobs), "--output", str(out), *speed_inputs])
        assert count_lines(out) == pages, "a record went missing"
        results[jobs] = max(results.get(jobs, 0), pages / seconds)
        print(f"--jobs {jobs}: {seconds:6.1f} s  {pages / seconds:6.1f} pages/s  peak memory {memory.peak_total / 2**20:5.0f} MB")
    print(f"best: --jobs 1 {results[1]:.1f} pages/s, --jobs 2 {results[2]:.1f} pages/s")
    one_page = folder / "one.warc.gz"
    write_warc(one_page, 1, None)
    startup = min(run([*MEDIAKIT, "extract", "-q", "--jobs", "2", "--output", str(folder / "one.jsonl"),
                       str(one_page)])[0] for _ in range(3))
    net = {jobs: pages / (pages / rate - startup) for jobs, rate in results.items() if pages / rate > startup}
    if len(net) == 2:
        print(f"start-up (imports, warm-up; a 1-page run): {startup:.2f} s; after it: --jobs 1 "
              f"{net[1]:.1f} pages/s, --jobs 2 {net[2]:.1f} pages/s, scaling {net[2] / net[1]:.2f}x")
    print(f"scaling --jobs 2 / --jobs 1: {results[2] / results[1]:.2f}x "
          f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: other work on the "
          f"machine makes this ratio an underestimate)")

    big_warc = folder / "big.warc.gz"
    big_pages, big_size = write_warc(big_warc, 0, args.size, seed=11, image_bytes=60_000)
    out = folder / "big.jsonl"
    seconds, big_memory = run([*MEDIAKIT, "extract", "-q", "--jobs", "2", "--output", str(out), str(big_warc)])
    memory = big_memory
    print(f"memory WARC: {big_size / 2**20:.0f} MB, {big_pages} pages (+{3 * big_pages} image records): "
          f"{seconds:.1f} s, {big_pages / seconds:.1f} pages/s, peak memory of the process tree "
          f"{memory.peak_total / 2**20:.0f} MB (largest process {memory.peak_single / 2**20:.0f} MB)")
    assert count_lines(out) == big_pages

    if not args.no_spark:
        tiny = folder / "tiny.warc.gz"
        write_warc(tiny, 1, None)
        startup, _ = run([*MEDIAKIT, "spark-extract", "--master", "local[2]", str(tiny),
                          "--output", str(folder / "tiny.parquet")])
        cli_seconds, _ = run([*MEDIAKIT, "extract", "-q", "--jobs", "2", "--output", str(folder / "cli.jsonl"),
                              *speed_inputs])
        seconds, _ = run([*MEDIAKIT, "spark-extract", "--master", "local[2]", *speed_inputs,
                          "--output", str(folder / "speed-spark.parquet")])
        print(f"same input, back to back: command line --jobs 2 {cli_seconds:.1f} s, Spark local[2] {seconds:.1f} s "
              f"(Spark / command line speed: {cli_seconds / seconds:.2f}x); Spark start-up and a 1-page job: {startup:.1f} s")
        if seconds > 1.2 * startup:
            net = seconds - startup
            print(f"Spark after start-up: {pages / net:.1f} pages/s (Spark / command line speed: {cli_seconds / net:.2f}x)")
    print(json.dumps({"pages_per_s_jobs1": round(results[1], 1), "pages_per_s_jobs2": round(results[2], 1),
                      "big_warc_mb": round(big_size / 2**20), "peak_memory_mb": round(big_memory.peak_total / 2**20)}))


if __name__ == "__main__":
    main()
