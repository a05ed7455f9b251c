"""JSON Schemas of the records mediakit writes (``article`` and ``embedded``)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def _load(name: str) -> str:
    return resources.files(__name__).joinpath(f"{name}.schema.json").read_text("utf-8")


def schema(name: str = "article") -> dict[str, Any]:
    """The JSON Schema of ``article`` or ``embedded`` records (a fresh copy each call)."""
    return json.loads(_load(name))
