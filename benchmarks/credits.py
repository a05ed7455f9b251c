#!/usr/bin/env python3
"""Credit lines per second, and registry load time.

    python benchmarks/credits.py [--lines N] [FILE.jsonl|FILE.txt ...]

Reads credit strings from the files given (JSON lines with a "credit" field, or plain
lines); by default from ../shared/corpus/credits-*.jsonl when present, else from a
built-in list of credits in many conventions. Prints, in the same run:

- the baseline: one pass of a precompiled regex split over the same lines (the least
  any parser must do), in lines/s;
- parse_credit without its cache (every line parsed afresh), in lines/s, and the ratio;
- parse_credit with its cache on a stream where credits repeat (as in archives);
- parse_credit at first sight: the distinct credits, every per-string cache of the
  parser (pieces, tokens, folded words) emptied before each pass;
- parse_credit on credits naming photographers never seen before (made-up names beside
  known agencies and labels, "Photo: Kavo Limeru/Reuters"): every new line brings a new
  piece, as in an archive, where the uncached figure's numbered copies bring a number;
- split_caption over the lines of the corpus's plain-text articles (mostly without a
  credit, so every finder runs), likewise;
- split_caption over caption lines (../shared/corpus/caption-lines*.jsonl when present,
  else a built-in list), parse_credit's cache emptied before each pass, in lines/s;
- the registry's cold load time (data files read, parsed and indexed).

Times are CPU time of this process (one core), so other load on the machine does not
skew the figures.
"""
from __future__ import annotations

import sys as _sys  # noqa: E402  (before anything imports the standard "html" module)
from pathlib import Path as _Path

# Run as a script, this folder comes first on sys.path, where benchmarks/html.py would
# hide the standard library's html module from everything imported after it.
_sys.path[:] = [p for p in _sys.path if _Path(p or ".").resolve() != _Path(__file__).resolve().parent]

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUILTIN = [
    "Photo by Jane Doe/AFP via Getty Images", "Gavriil Grigorov/Sputnik", "朝鮮通信社/KCNA via KNS",
    "Photograph: Amelia Grant for The Guardian", "Foto: picture alliance/dpa/Jana Roth", "(KCNA via Reuters)",
    "新华社记者 张三 摄", "사진=연합뉴스", "(서울=연합뉴스) 홍길동 기자", "Фото: ТАСС/Иван Иванов", "الصورة: رويترز",
    "AP Photo/Jacquelyn Martin", "Handout/Reuters", "© Bestimage", "Courtesy of NASA", "写真：ＡＦＰ＝時事",
    "EFE/EPA/Ana Ruiz", "Crédit photo : AFP", "Maria Lopez and John Smith/AP", "AFP PHOTO / KCNA VIA KNS",
]


CAPTIONS = [
    "Rescue workers search the rubble in Antakya. (Photo: Emre Kaya/AFP via Getty Images)",
    "Supporters celebrate outside the stadium in Buenos Aires",
    "Des exercices de tir de missiles en Corée du Nord. 朝鮮通信社/KCNA via KNS",
    "Le président russe à Pyongyang le 19 juin Gavriil Grigorov/Sputnik",
    "Nurses at work in the ward during treatmentCredit: EPA", "Demonstranten vor dem Reichstag (Foto: dpa)",
    "西湖夜景。新华社记者 周晓 摄", "서울 시내 모습 사진=연합뉴스", "Des soldats à Kiev © AFP",
    "Firefighters at the scene of the blaze in Marseille NICOLAS TUCAT/AFP",
]


def load_captions() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT.parent / "shared" / "corpus").glob("caption-lines*.jsonl")):
        for raw in path.read_text("utf-8").splitlines():
            if raw.strip():
                line = json.loads(raw).get("line")
                if isinstance(line, str) and line:
                    lines.append(line)
    return lines or CAPTIONS


def load_text_lines(limit: int = 3000) -> list[str]:
    """Lines of the plain-text articles of ../shared/corpus/pages (most hold no credit:
    every finder of the splitter runs on them), up to ``limit``."""
    lines: list[str] = []
    for path in sorted((ROOT.parent / "shared" / "corpus" / "pages").glob("*.txt")):
        lines += [line for line in path.read_text("utf-8", "replace").splitlines() if 0 < len(line.strip()) <= 400]
    return lines[:limit]


# Caches of results per string (not of compiled data such as the grammar or registry).
PER_STRING_CACHES = (
    ("mediakit.credits.parser", "_parse_cached"), ("mediakit.credits.parser", "read_piece"),
    ("mediakit.credits.parser", "_split_via"), ("mediakit.credits.fold", "fold"),
    ("mediakit.credits.fold", "tokens"), ("mediakit.credits.grammar", "_fold_phrase"),
    ("mediakit.lang.patterns", "_word_runs"),
)


def empty_per_string_caches() -> None:
    import importlib

    for module, name in PER_STRING_CACHES:
        cached = getattr(importlib.import_module(module), name, None)
        if hasattr(cached, "cache_clear"):
            cached.cache_clear()


def first_sight_rate(lines: list[str], registry, passes: int) -> float:
    from mediakit.credits import parser

    spent = 0.0
    for _ in range(passes):
        empty_per_string_caches()
        start = time.process_time()
        for line in lines:
            parser.parse_credit(line, registry)
        spent += time.process_time() - start
    return len(lines) * passes / spent


def caption_rate(lines: list[str], registry, passes: int) -> float:
    from mediakit.credits import parser
    from mediakit.credits.captions import split_caption

    spent = 0.0
    for _ in range(passes):
        parser._parse_cached.cache_clear()  # the splitter's candidates parsed afresh
        start = time.process_time()
        for line in lines:
            split_caption(line, registry)
        spent += time.process_time() - start
    return len(lines) * passes / spent


NEW_NAME_SHAPES = ("{a} {b}/AFP", "Photo: {a} {b}/Reuters", "{a} {b} / Getty Images", "AP Photo/{a} {b}",
                   "Foto: dpa/{a} {b}", "Photo by {a} {b}/AFP via Getty Images", "{a} {b} for The Guardian")


def new_names_rate(registry, count: int) -> float:
    """Lines/s of parse_credit (its own cache skipped) on credits with unseen names."""
    import random

    from mediakit.credits import parser

    rng = random.Random(3)

    def made_up_word() -> str:
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4))).title()

    lines = [rng.choice(NEW_NAME_SHAPES).format(a=made_up_word(), b=made_up_word()) for _ in range(count)]
    return rate(lambda s: parser._parse_cached.__wrapped__(s, registry), lines, 1)


def load_lines(files: list[str]) -> list[str]:
    if not files:
        shared = ROOT.parent / "shared" / "corpus"
        files = [str(p) for p in sorted(shared.glob("credits*.jsonl"))]
    lines: list[str] = []
    for name in files:
        for raw in Path(name).read_text("utf-8").splitlines():
            if raw.strip():
                lines.append(json.loads(raw).get("credit", "") if raw.lstrip().startswith("{") else raw)
    return [line for line in lines if line] or BUILTIN


def rate(fn, lines: list[str], repeat: int) -> float:
    start = time.process_time()
    for _ in range(repeat):
        for line in lines:
            fn(line)
    return len(lines) * repeat / (time.process_time() - start)


def registry_load_ms() -> float:
    """Cold load in a fresh interpreter (module imported first): read, parse and index
    every data file."""
    code = ("import time; from mediakit.credits.registry import default_registry; t=time.process_time(); "
            "r=default_registry(); print((time.process_time()-t)*1000, len(r))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    ms, count = out.stdout.split()
    print(f"registry: {count} agencies")
    return float(ms)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--lines", type=int, default=20000, help="credit lines to parse (default 20000)")
    args = ap.parse_args()

    from mediakit.credits import parser
    from mediakit.credits.registry import default_registry

    registry = default_registry()
    lines = load_lines(args.files)
    # Make every line unique so the uncached figure is a real parse of each line.
    unique = [f"{line} {i}" if i >= len(lines) else line for i, line in
              enumerate(lines * (args.lines // len(lines) + 1))][: args.lines]
    splitter = re.compile(r"\s*[/|,;=]\s*|\s+via\s+")
    parser.parse_credit("warm up", registry)

    base = rate(splitter.split, unique, 3)
    uncached = rate(lambda s: parser._parse_cached.__wrapped__(s, registry), unique, 1)
    cached = rate(lambda s: parser.parse_credit(s, registry), lines * max(1, args.lines // len(lines)), 1)
    new_names = new_names_rate(registry, args.lines // 2)
    first_sight = first_sight_rate(list(dict.fromkeys(lines)), registry, max(1, 4000 // len(lines)))
    captions = load_captions()
    caption_lines_per_s = caption_rate(captions, registry, max(1, 2000 // len(captions)))
    text_lines = load_text_lines()
    text_lines_per_s = caption_rate(text_lines, registry, 2) if text_lines else None
    print(f"lines: {len(unique)} ({len(lines)} distinct credits from the input)")
    print(f"baseline regex split : {base:12,.0f} lines/s")
    print(f"parse_credit uncached: {uncached:12,.0f} lines/s  ({uncached / base:.3f} of baseline)")
    print(f"parse_credit cached  : {cached:12,.0f} lines/s  ({cached / base:.3f} of baseline; repeated credits)")
    print(f"parse_credit 1st sight:{first_sight:12,.0f} lines/s  (distinct credits, per-string caches emptied)")
    print(f"parse_credit new names:{new_names:12,.0f} lines/s  (unseen photographer names beside known agencies)")
    print(f"split_caption        : {caption_lines_per_s:12,.0f} lines/s  ({len(captions)} caption lines)")
    if text_lines_per_s:
        print(f"split_caption (text) : {text_lines_per_s:12,.0f} lines/s  ({len(text_lines)} lines of plain-text articles)")
    print(f"registry cold load   : {registry_load_ms():.1f} ms")


if __name__ == "__main__":
    main()
