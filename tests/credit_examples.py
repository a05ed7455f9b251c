"""The row type of the credit tables (test_credits_parser, test_registry_exact_aliases):
the credit as printed, the persons, and the agencies as (registry id or printed name, role)."""
from __future__ import annotations

from dataclasses import dataclass, field

S, D = "source", "distributor"


@dataclass
class Example:
    text: str
    creators: list[str]
    agencies: list[tuple[str, str]]  # (id, role); unknown agencies by printed name
    credit: str | None = field(default=None)
    copyright: str | None = field(default=None)


def ids(credit):
    """A parsed credit's agencies as the tables write them."""
    return [(a.id or a.name, a.role) for a in credit.agencies]
