"""``mediakit agencies [QUERY]``: look names up in the agency registry."""
from __future__ import annotations

import argparse

from mediakit.cli.common import add_registry_option, dump_json_line, registry_from_args, utf8_stdout


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agencies", help="look up agencies in the registry (all of them without QUERY)")
    p.add_argument("query", nargs="?", help="a name or alias in any script, or part of one")
    p.add_argument("--limit", type=int, default=20, help="most results for a query (default 20)")
    add_registry_option(p)
    p.set_defaults(func=run)


def _entry(agency) -> dict:
    return {"id": agency.id, "name": agency.name, "short": agency.short, "kind": agency.kind,
            "country": agency.country, "state_media": agency.state_media, "uploads": agency.uploads,
            "terms": agency.terms, "parent": agency.parent, "aliases": list(agency.aliases),
            "exact_aliases": list(agency.exact_aliases)}


def run(args: argparse.Namespace) -> int:
    registry = registry_from_args(args)
    out = utf8_stdout()
    found = registry.search(args.query, limit=args.limit) if args.query else list(registry)
    for agency in found:
        dump_json_line(_entry(agency), out)
    return 0 if found else 1
