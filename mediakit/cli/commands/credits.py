"""``mediakit credits``: one credit line per input line, one JSON object per output line."""
from __future__ import annotations

import argparse

from mediakit.cli.common import add_registry_option, map_lines
from mediakit.credits.parser import parse_credit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("credits", help="parse credit lines read from standard input")
    add_registry_option(p)
    p.set_defaults(func=lambda args: map_lines(args, parse_credit))
