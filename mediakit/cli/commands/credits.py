"""``mediakit credits``: one credit line per input line, one JSON object per output line."""
from __future__ import annotations

import argparse

from mediakit.cli.common import add_registry_option, dump_json_line, registry_from_args, utf8_stdin_lines, utf8_stdout
from mediakit.credits.parser import parse_credit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("credits", help="parse credit lines read from standard input")
    add_registry_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    registry = registry_from_args(args)
    out = utf8_stdout()
    for line in utf8_stdin_lines():
        dump_json_line(parse_credit(line, registry).to_dict(), out)
    return 0
