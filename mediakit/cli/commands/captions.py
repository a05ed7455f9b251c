"""``mediakit captions``: split caption lines (standard input) into caption and credit."""
from __future__ import annotations

import argparse

from mediakit.cli.common import add_registry_option, map_lines
from mediakit.credits.captions import split_caption


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("captions", help="split caption lines read from standard input into caption and credit")
    add_registry_option(p)
    p.set_defaults(func=lambda args: map_lines(args, split_caption))
