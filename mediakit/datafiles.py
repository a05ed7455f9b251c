"""Bundled TOML data files, read through a parsed cache.

The package ships its knowledge as TOML files (the words of each language, the agency
registry). Parsing them with the pure-Python ``tomllib`` costs tens of milliseconds at
every start, so each folder also ships ``_compiled.json``: every file's parsed table,
keyed by the file's SHA-256. A file whose digest does not match the cache (edited or
newly added) is parsed from TOML, so the TOML files stay the only source of truth and a
stale cache only costs time. ``write_cache`` regenerates it (a development step; a test
checks that the shipped cache is fresh).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable, Mapping

COMPILED_FILE = "_compiled.json"

# parse(data, where) -> table; it raises the caller's own error type for bad files.
Parser = Callable[[bytes, str], dict[str, Any]]
# validate(table, where): raises for a table that must not be cached.
Validator = Callable[[dict[str, Any], str], object]


def toml_files(folder: Path) -> list[Path]:
    """The folder's TOML files, in name order (the order later entries override in)."""
    return sorted(folder.glob("*.toml"))


def read_tables(folder: Path, parse: Parser, where_prefix: str) -> list[tuple[Path, dict[str, Any]]]:
    """Each TOML file of ``folder`` with its parsed table, from the cache where it is fresh."""
    compiled = _read_compiled(folder)
    tables = []
    for path in toml_files(folder):
        data = path.read_bytes()
        cached = compiled.get(path.name)
        if isinstance(cached, dict) and cached.get("sha256") == _digest(data):
            table = cached["table"]
        else:
            table = parse(data, f"{where_prefix}/{path.name}")
        tables.append((path, table))
    return tables


def cache_is_fresh(folder: Path) -> bool:
    """True when ``_compiled.json`` matches every TOML file of ``folder`` exactly."""
    compiled = _read_compiled(folder)
    files = toml_files(folder)
    if set(compiled) != {path.name for path in files}:
        return False
    return all(isinstance(compiled[path.name], dict)
               and compiled[path.name].get("sha256") == _digest(path.read_bytes()) for path in files)


def write_cache(folder: Path, parse: Parser, validate: Validator, where_prefix: str) -> Path:
    """Regenerate ``folder/_compiled.json`` from its TOML files; an invalid file is refused."""
    compiled = {}
    for path in toml_files(folder):
        data = path.read_bytes()
        where = f"{where_prefix}/{path.name}"
        table = parse(data, where)
        validate(table, where)
        compiled[path.name] = {"sha256": _digest(data), "table": table}
    target = folder / COMPILED_FILE
    # Written beside and renamed: a reader never sees half a cache.
    partial = target.with_suffix(".json.tmp")
    partial.write_text(json.dumps(compiled, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    partial.replace(target)
    return target


def _read_compiled(folder: Path) -> Mapping[str, object]:
    """The cache shipped beside the files ({} when absent or unreadable)."""
    try:
        compiled = json.loads((folder / COMPILED_FILE).read_bytes())
    except (OSError, ValueError):
        return {}
    return compiled if isinstance(compiled, dict) else {}


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
