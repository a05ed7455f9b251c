"""Helpers shared by the subcommands: output encoding, the --registry option."""
from __future__ import annotations

import argparse
import io
import json
import sys
from typing import Any, TextIO

from mediakit.credits.registry import Registry, RegistryError, load_registry


def add_registry_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--registry", action="append", metavar="FILE", default=[],
        help="extra agency registry file (TOML, same format as the bundled one); repeatable",
    )


def registry_from_args(args: argparse.Namespace) -> Registry:
    try:
        return load_registry(args.registry or None)
    except RegistryError as exc:
        raise SystemExit(f"mediakit: {exc}") from exc


def utf8_stdout() -> TextIO:
    """Standard output as UTF-8 whatever the locale says (the contract wants UTF-8)."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.encoding.lower().replace("-", "") != "utf8":
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


def utf8_stdin_lines():
    """Lines of standard input decoded as UTF-8 (bad bytes replaced, never a crash)."""
    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    for line in stream:
        yield line.rstrip("\n")


def dump_json_line(obj: Any, out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def map_lines(args: argparse.Namespace, parse) -> int:
    """Apply ``parse(line, registry)`` to each line of standard input and print each
    result's ``to_dict()`` as one JSON line: the shape of ``credits`` and ``captions``."""
    registry = registry_from_args(args)
    out = utf8_stdout()
    for line in utf8_stdin_lines():
        dump_json_line(parse(line, registry).to_dict(), out)
    return 0
