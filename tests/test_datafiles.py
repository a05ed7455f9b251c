"""The parsed cache of bundled TOML files: used where fresh, bypassed where stale."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from mediakit import datafiles


def _parse(data: bytes, where: str) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python < 3.11
        import tomli as tomllib
    try:
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{where}: {error}") from error


def _refuse_empty(table: dict, where: str) -> None:
    if not table:
        raise ValueError(f"{where}: empty")


def test_fresh_cache_is_used_and_stale_entries_are_parsed(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[x]\nname = "X"\n', encoding="utf-8")
    (tmp_path / "b.toml").write_text('[y]\nname = "Y"\n', encoding="utf-8")
    datafiles.write_cache(tmp_path, _parse, _refuse_empty, "test")
    assert datafiles.cache_is_fresh(tmp_path)
    # The cache is what is read while fresh: a doctored table shows through ...
    cache = json.loads((tmp_path / datafiles.COMPILED_FILE).read_text(encoding="utf-8"))
    cache["a.toml"]["table"] = {"x": {"name": "from cache"}}
    (tmp_path / datafiles.COMPILED_FILE).write_text(json.dumps(cache), encoding="utf-8")
    tables = dict((p.name, t) for p, t in datafiles.read_tables(tmp_path, _parse, "test"))
    assert tables["a.toml"] == {"x": {"name": "from cache"}}
    # ... and an edited file is read from its TOML, not from the stale cache.
    (tmp_path / "a.toml").write_text('[x]\nname = "X2"\n', encoding="utf-8")
    (tmp_path / "c.toml").write_text('[z]\nname = "Z"\n', encoding="utf-8")
    assert not datafiles.cache_is_fresh(tmp_path)
    tables = dict((p.name, t) for p, t in datafiles.read_tables(tmp_path, _parse, "test"))
    assert tables == {"a.toml": {"x": {"name": "X2"}}, "b.toml": {"y": {"name": "Y"}}, "c.toml": {"z": {"name": "Z"}}}


def test_unreadable_cache_falls_back_to_the_files(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('[x]\nname = "X"\n', encoding="utf-8")
    (tmp_path / datafiles.COMPILED_FILE).write_text("{not json", encoding="utf-8")
    assert [t for _, t in datafiles.read_tables(tmp_path, _parse, "test")] == [{"x": {"name": "X"}}]
    assert not datafiles.cache_is_fresh(tmp_path)


def test_invalid_file_is_not_cached(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="empty"):
        datafiles.write_cache(tmp_path, _parse, _refuse_empty, "test")
    assert not (tmp_path / datafiles.COMPILED_FILE).exists()
