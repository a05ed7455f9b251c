"""Speed of mediakit.metadata: images read and written per second, and write time
against file size beside a plain file copy (and a Pillow decode) of the same file in the
same run. Writing rewrites only metadata segments, so it should grow like a copy.

    .venv/bin/python benchmarks/metadata.py [--quick]
"""
from __future__ import annotations

import sys as _sys  # noqa: E402  (before anything imports the standard "html" module)
from pathlib import Path as _Path

# Run as a script, this folder comes first on sys.path, where benchmarks/html.py would
# hide the standard library's html module from everything imported after it.
_sys.path[:] = [p for p in _sys.path if _Path(p or ".").resolve() != _Path(__file__).resolve().parent]

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from mediakit import metadata

FIELDS = {
    "caption": "Un été à Paris: the Seine at dusk", "creators": ["Jane Doe"],
    "credit": "Jane Doe/AFP via Getty Images", "source": "AFP", "copyright": "© 2026 AFP",
}


def noise_jpeg(megabytes: float) -> bytes:
    """A JPEG of about the given size: random pixels barely compress."""
    probe = io.BytesIO()
    Image.frombytes("RGB", (512, 512), os.urandom(512 * 512 * 3)).save(probe, "JPEG", quality=95)
    per_pixel = len(probe.getvalue()) / (512 * 512)
    side = int((megabytes * 1024 * 1024 / per_pixel) ** 0.5)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(out, "JPEG", quality=95)
    return out.getvalue()


def small_image(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.linear_gradient("L").convert("RGB").resize((640, 480)).save(out, fmt)
    return out.getvalue()


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(tmp: Path, count: int) -> None:
    print(f"\n# throughput, {count} small images per format (640x480)")
    print(f"{'format':8} {'read/s':>10} {'write/s':>10}")
    for fmt, ext in (("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")):
        data = small_image(fmt)
        paths = []
        for i in range(count):
            path = tmp / f"small{i}.{ext}"
            path.write_bytes(data)
            paths.append(path)
        start = time.perf_counter()
        for i, path in enumerate(paths):
            metadata.write(path, {**FIELDS, "caption": f"caption {i}"}, mode="overwrite")
        write_rate = count / (time.perf_counter() - start)
        start = time.perf_counter()
        for path in paths:
            metadata.read(path)
        read_rate = count / (time.perf_counter() - start)
        print(f"{fmt:8} {read_rate:10.0f} {write_rate:10.0f}")
        for path in paths:
            path.unlink()


def copy_with_fsync(src: Path, dst: Path) -> None:
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())


def decode(path: Path) -> None:
    with Image.open(path) as im:
        im.load()


def scaling(tmp: Path, sizes: list[float], repeat: int) -> None:
    print("\n# write time against file size (JPEG, best of %d runs, milliseconds)" % repeat)
    print(f"{'size MB':>8} {'write':>8} {'read':>8} {'copy':>8} {'copy+fsync':>11} {'decode':>8} "
          f"{'write/copy+fsync':>17} {'write/decode':>13}")
    for mb in sizes:
        data = noise_jpeg(mb)
        path, copy = tmp / "big.jpg", tmp / "copy.jpg"
        path.write_bytes(data)
        counter = iter(range(10 ** 6))
        write = best_of(lambda: metadata.write(path, {**FIELDS, "caption": f"c{next(counter)}"}, mode="overwrite"), repeat)
        read = best_of(lambda: metadata.read(path), repeat)
        plain = best_of(lambda: shutil.copyfile(path, copy), repeat)
        synced = best_of(lambda: copy_with_fsync(path, copy), repeat)
        dec = best_of(lambda: decode(path), max(1, repeat // 2))
        print(f"{len(data) / 2 ** 20:8.1f} {write * 1e3:8.1f} {read * 1e3:8.1f} {plain * 1e3:8.1f} {synced * 1e3:11.1f} "
              f"{dec * 1e3:8.1f} {write / synced:17.2f} {write / dec:13.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller run (1 and 5 MB, fewer images)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as tmp:
        throughput(Path(tmp), 50 if args.quick else 200)
        scaling(Path(tmp), [1, 5] if args.quick else [1, 5, 20, 50], 3 if args.quick else 5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
