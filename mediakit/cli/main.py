"""Entry point of the ``mediakit`` command.

Each subcommand is one module in ``mediakit/cli/commands/`` with a ``register(subparsers)``
function that adds its parser and sets ``func`` (a callable taking the parsed args and
returning the exit status). Adding a command is adding a module there.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from typing import Sequence

from mediakit.cli import commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mediakit",
        description="Captions, credits, photographers and agencies of news pictures.",
    )
    parser.add_argument("--version", action="version", version=f"mediakit {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            importlib.import_module(f"{commands.__name__}.{info.name}").register(sub)
    return parser


def _version() -> str:
    from mediakit import __version__
    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # `mediakit ... | head` is not an error
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
