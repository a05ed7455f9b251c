"""The agency registry: who is who among news agencies, picture agencies and publishers.

The data lives in TOML files under ``mediakit/credits/data/agencies/`` (one table per
organisation, see ``docs/registry.md``); users add their own with the same format
(``load_registry(extra=[path])``). A loaded ``Registry`` is immutable: one instance can
be shared by every thread of a host application.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, NamedTuple

from mediakit.credits.fold import fold, iter_tokens, key, tokens

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

KINDS = (
    "wire", "national-agency", "photo-agency", "stock", "state-media", "publication",
    "broadcaster", "institution", "platform",
)
REQUIRED = ("name", "kind")
AGENCY_KINDS = frozenset({"wire", "national-agency", "photo-agency", "stock", "state-media"})


class RegistryError(ValueError):
    """A registry file that cannot be used, with the file and entry named."""


@dataclass(frozen=True, slots=True)
class Agency:
    id: str
    name: str
    short: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()  # aliases this agency shares with another one
    parent: str | None = None  # id of the owning agency (iStock -> getty-images)
    state_media: bool = False
    terms: str | None = None  # typical licence terms, e.g. "editorial use only"
    url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def credit_name(self) -> str:
        """The name to report in records. News and picture agencies go by their
        canonical name (Agence France-Presse); publications, broadcasters, institutions
        and platforms by the short name credit lines print (MDR, ESA, The Guardian)."""
        return self.name if self.kind in AGENCY_KINDS else self.short

    @property
    def names(self) -> tuple[str, ...]:
        """Every printed form: canonical, short and aliases."""
        return (self.name, self.short, *self.aliases)


class Match(NamedTuple):
    agency: Agency
    start: int  # offsets in the searched string
    end: int
    raw: str  # the text as printed


class Registry:
    """Agencies by id, and a folded index of every name for lookups and search."""

    def __init__(self, agencies: Iterable[Agency]):
        self._by_id: dict[str, Agency] = {}
        index: dict[str, str] = {}
        for agency in agencies:
            if agency.id in self._by_id:
                # A later file (the user's) overrides or extends an entry of ours.
                agency = _merge(self._by_id[agency.id], agency)
            self._by_id[agency.id] = agency
        # An alias goes to the agency that claims it plainly; one that lists the alias
        # under `ambiguous` gets it only when nobody else claims it.
        claims: dict[str, list[str]] = {}
        keyed = [(agency, {key(a) for a in agency.ambiguous}, dict.fromkeys(key(n) for n in agency.names))
                 for agency in self._by_id.values()]
        for plain in (True, False):
            for agency, marked, keys in keyed:
                for k in keys:
                    if k and (k not in marked) == plain:
                        index.setdefault(k, agency.id)
                        claims.setdefault(k, []).append(agency.id)
        shared = {k: ids for k, ids in claims.items() if len(ids) > 1}
        self._index = index
        self._shared = shared
        self._prefixes = {k[:i] for k in index for i in range(1, len(k) + 1)}

    # -- lookups ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self):
        return iter(self._by_id.values())

    def __contains__(self, agency_id: object) -> bool:
        return agency_id in self._by_id

    def get(self, agency_id: str) -> Agency | None:
        return self._by_id.get(agency_id)

    def lookup(self, name: str) -> Agency | None:
        """The agency whose name or alias equals ``name`` after folding."""
        agency_id = self._index.get(key(name))
        return self._by_id[agency_id] if agency_id else None

    def collisions(self) -> dict[str, list[str]]:
        """Folded names claimed by more than one agency: {key: [ids]}."""
        return {k: list(v) for k, v in self._shared.items()}

    def find_all(self, text: str) -> list[Match]:
        """Agencies named inside ``text``, left to right, longest match first, not
        overlapping. Matches start and end on token boundaries."""
        toks = tokens(text)
        keys = [t.key for t in toks]
        prefixes, index = self._prefixes, self._index
        found: list[Match] = []
        i = 0
        while i < len(keys):
            if keys[i] not in prefixes:
                i += 1  # no name opens with this token (most tokens): skip the inner loop
                continue
            best_j, best_id = -1, None
            joined = ""
            for j in range(i, len(keys)):
                joined += keys[j]
                if joined not in prefixes:
                    break
                agency_id = index.get(joined)
                if agency_id:
                    best_j, best_id = j, agency_id
            if best_id is None:
                i += 1
                continue
            start, end = toks[i].start, toks[best_j].end
            found.append(Match(self._by_id[best_id], start, end, text[start:end]))
            i = best_j + 1
        return found

    def name_at_start(self, text: str) -> Match | None:
        """The agency named at the very start of ``text`` (longest name), as
        ``find_all(text)[0]`` when that match starts at 0; only the first tokens are read."""
        best: Match | None = None
        joined = ""
        prefixes, index = self._prefixes, self._index
        for token_key, start, end in iter_tokens(text):
            if not joined and start > 0:
                return None  # the text opens with no name
            joined += token_key
            if joined not in prefixes:
                break
            agency_id = index.get(joined)
            if agency_id:
                best = Match(self._by_id[agency_id], 0, end, text[:end])
        return best

    def search(self, query: str, limit: int = 20) -> list[Agency]:
        """Agencies whose id or any name contains ``query`` (folded); exact hits first."""
        exact = self.lookup(query)
        q = fold(query).strip()
        hits = [exact] if exact else []
        for agency in self._by_id.values():
            if agency is exact:
                continue
            if q in agency.id or any(q in fold(n) for n in agency.names):
                hits.append(agency)
            if len(hits) >= limit:
                break
        return hits


def _merge(base: Agency, update: Agency) -> Agency:
    """An entry redefined in a later file: its fields win, aliases add up."""
    aliases = tuple(dict.fromkeys(base.aliases + update.aliases))
    ambiguous = tuple(dict.fromkeys(base.ambiguous + update.ambiguous))
    return Agency(
        id=base.id, name=update.name or base.name, short=update.short or base.short,
        kind=update.kind or base.kind, country=update.country or base.country,
        aliases=aliases, ambiguous=ambiguous, parent=update.parent or base.parent,
        state_media=update.state_media or base.state_media,
        terms=update.terms or base.terms, url=update.url or base.url,
        extra={**base.extra, **update.extra},
    )


_KNOWN_FIELDS = {"name", "short", "kind", "country", "aliases", "ambiguous", "parent",
                 "state_media", "terms", "url"}


def parse_entries(data: Mapping[str, Any], origin: str, partial: bool = False) -> list[Agency]:
    """Agencies from one parsed TOML document ({id: {field: value}})."""
    agencies = []
    for agency_id, entry in data.items():
        where = f"{origin}: [{agency_id}]"
        if not isinstance(entry, dict):
            raise RegistryError(f"{where}: expected a table of fields")
        if agency_id != agency_id.lower() or " " in agency_id:
            raise RegistryError(f"{where}: ids are lowercase slugs without spaces")
        missing = [f for f in REQUIRED if f not in entry]
        if missing and not partial:
            raise RegistryError(f"{where}: missing {', '.join(missing)}")
        kind = entry.get("kind", "")
        if kind and kind not in KINDS:
            raise RegistryError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        for list_field in ("aliases", "ambiguous"):
            value = entry.get(list_field, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RegistryError(f"{where}: {list_field} must be a list of strings")
        name = entry.get("name", "")
        agencies.append(Agency(
            id=agency_id, name=name, short=entry.get("short") or name, kind=kind,
            country=entry.get("country"), aliases=tuple(entry.get("aliases", ())),
            ambiguous=tuple(entry.get("ambiguous", ())), parent=entry.get("parent"),
            state_media=bool(entry.get("state_media", kind == "state-media")),
            terms=entry.get("terms"), url=entry.get("url"),
            extra={k: v for k, v in entry.items() if k not in _KNOWN_FIELDS},
        ))
    return agencies


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{origin}: {exc}") from exc


def _bundled_entries() -> list[Agency]:
    folder = resources.files("mediakit.credits").joinpath("data/agencies")
    agencies: list[Agency] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".toml"):
            origin = f"mediakit/credits/data/agencies/{item.name}"
            agencies.extend(parse_entries(_read_toml(item.read_text("utf-8"), origin), origin))
    return agencies


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The bundled registry, loaded once (it is immutable, so sharing it is safe)."""
    return Registry(_bundled_entries())


def load_registry(extra: Iterable[str | os.PathLike[str]] | str | os.PathLike[str] | None = None) -> Registry:
    """The bundled registry plus the user's files of the same format.

    An entry whose id already exists extends it (its aliases add up, its fields win), so
    a user file can add a local spelling to a known agency with just ``[afp]`` and
    ``aliases = [...]``.
    """
    if extra is None:
        return default_registry()
    if isinstance(extra, (str, os.PathLike)):
        extra = [extra]
    agencies = list(default_registry())
    for path in extra:
        path = Path(path)
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RegistryError(f"{path}: cannot read: {exc}") from exc
        known = {a.id for a in agencies}
        data = _read_toml(text, str(path))
        # Entries that extend a known agency may leave out name and kind.
        agencies.extend(parse_entries({k: v for k, v in data.items() if k in known}, str(path), partial=True))
        agencies.extend(parse_entries({k: v for k, v in data.items() if k not in known}, str(path)))
    return Registry(agencies)
