"""``mediakit extract PATH...``: one article record per input, as JSON lines."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mediakit.cli.common import add_registry_option, dump_json_line, registry_from_args, utf8_stdout
from mediakit.extract import KINDS, extract


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract articles: body, images, captions, credits")
    p.add_argument("paths", nargs="+", metavar="PATH", help="input files; '-' reads standard input")
    p.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: decided by content)")
    p.add_argument("--url", help="page URL, to resolve relative image URLs")
    p.add_argument("--format", choices=["jsonl"], default="jsonl", help="output format")
    add_registry_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    registry = registry_from_args(args)
    out = utf8_stdout()
    failed = 0
    for path in args.paths:
        if path == "-":
            article = extract(sys.stdin.buffer.read(), kind=args.kind, url=args.url, source="-", registry=registry)
        else:
            article = extract(Path(path), kind=args.kind, url=args.url, source=path, registry=registry)
        failed += any(w.startswith("cannot read") for w in article.warnings)
        dump_json_line(article.to_dict(), out)
    return 1 if failed else 0
