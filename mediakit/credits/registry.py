"""The agency registry: who is who among news agencies, picture agencies and publishers.

The data lives in TOML files under ``mediakit/credits/data/agencies/`` (one table per
organisation, see ``docs/registry.md``); users add their own with the same format
(``load_registry(extra=[path])``). A loaded ``Registry`` is immutable: one instance can
be shared by every thread of a host application.
"""
from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, NamedTuple, Sequence

from mediakit import datafiles
from mediakit.credits.fold import Token, fold, iter_tokens, key, tokens

KINDS = (
    "wire", "national-agency", "photo-agency", "stock", "state-media", "publication",
    "broadcaster", "institution", "platform",
)
REQUIRED = ("name", "kind")
AGENCY_KINDS = frozenset({"wire", "national-agency", "photo-agency", "stock", "state-media"})
# Words for a picture after an organisation's name ("HT Photo", "AFP PHOTO"): its picture
# desk, not another name (folded). ("AS Photography" is a studio's name.)
PICTURE_WORDS = frozenset({"photo", "photos", "foto", "fotos", "pic", "pics", "pix", "picture", "pictures"})


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
    # Names that match only as printed, case included ("MIA", not "Mia" or "mia"): acronyms
    # that are ordinary words or given names once their case is folded.
    exact_aliases: tuple[str, ...] = ()
    parent: str | None = None  # id of the owning agency (iStock -> getty-images)
    state_media: bool = False
    # Pictures are uploaded by their authors (Flickr, Instagram, Unsplash): a lone name
    # printed beside it is the uploader, a person ("Timur / flickr").
    uploads: bool = False
    terms: str | None = None  # typical licence terms, e.g. "editorial use only"
    url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def name_as_printed(self, raw: str) -> str:
        """The name to report for a credit that printed ``raw``. An organisation goes by
        several registered names (its own script, its site, its channel: "Коммерсантъ",
        "Kompas.com", "ČT24", "Xposure"), and its credits print the one it uses: the
        registered spelling of that name is reported. World wires and state media keep
        one name whatever the credit printed (KNS is the Korea News Service). A national
        agency's full name is mostly an English rendering nobody prints ("Slovenian Press
        Agency"): the short one stands in for it. Reports group by the id and show the
        canonical ``name``."""
        if self.kind in ("wire", "state-media"):
            return self.name
        if tokens(raw)[-1].key in PICTURE_WORDS:
            return self.short  # ("HT Photo" is the paper's picture desk: HT)
        printed = key(raw)
        raw = raw.strip()
        if raw in self.names:
            return raw  # ("總統府" as printed, though "总统府" folds to the same key)
        same_letters = next((n for n in self.names if n.casefold() == raw.casefold()), None)
        if same_letters is not None:
            return same_letters  # ("KOMMERSANT": the registered spelling)
        if any(k == printed for k in _keys_of(self.names)):
            return raw  # ("LA NACION" printed without the accent of "La Nación": as printed)
        return self.short

    @property
    def names(self) -> tuple[str, ...]:
        """Every printed form: canonical, short, aliases and exact aliases."""
        return (self.name, self.short, *self.aliases, *self.exact_aliases)

    @property
    def folded_names(self) -> tuple[str, ...]:
        """The names matched after folding case: every name but the exact aliases. A name
        that is also listed as an exact alias (a short name "MIA") matches only exactly."""
        exact = set(self.exact_aliases)
        return tuple(n for n in (self.name, self.short, *self.aliases) if n not in exact)


@lru_cache(maxsize=4096)
def _keys_of(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(key(n) for n in names)


class Match(NamedTuple):
    agency: Agency
    start: int  # offsets in the searched string
    end: int
    raw: str  # the text as printed


class _ByCase(NamedTuple):
    """The index entry of a folded key that exact aliases hold: the agency each printed
    form names ("MIA"), and the one the key names in any other case ("Mia"), if any."""

    by_form: Mapping[str, str]  # printed form -> agency id
    otherwise: str | None

    def pick(self, form: str) -> str | None:
        return self.by_form.get(form, self.otherwise)


def printed_form(text: str, spans: Iterable[tuple[int, int]] | None = None) -> str:
    """What an exact alias is compared by: the tokens of ``text`` (or the given spans of
    it) as printed, joined with nothing, in NFKC. Case and accents count; spacing,
    punctuation and width do not ("MIA", "M.I.A." and full-width "ＭＩＡ" are one form)."""
    if spans is None:
        spans = [(t.start, t.end) for t in tokens(text)]
    joined = "".join([text[start:end] for start, end in spans])
    return joined if joined.isascii() else unicodedata.normalize("NFKC", joined)


def _printed_tokens(text: str, toks: Sequence[Token], first: int, last: int) -> str:
    """``printed_form`` of tokens ``first`` to ``last`` of ``text``; one ASCII token (most
    hits of an exact alias's key: "MIA", "map") is its own form."""
    if first == last:
        word = text[toks[first].start:toks[first].end]
        if word.isascii():
            return word
    return printed_form(text, [(t.start, t.end) for t in toks[first:last + 1]])


def _claims(agencies: Iterable[Agency], names_of: Callable[[Agency], Iterable[str]],
            key_of: Callable[[str], str]) -> dict[str, list[str]]:
    """Who claims each key, in order: first those that claim it plainly, then those that
    list it under ``ambiguous``."""
    keyed = [(agency, {key_of(n) for n in agency.ambiguous}, dict.fromkeys(key_of(n) for n in names_of(agency)))
             for agency in agencies]
    claims: dict[str, list[str]] = {}
    for plain in (True, False):
        for agency, marked, keys in keyed:
            for k in keys:
                if k and (k not in marked) == plain:
                    claims.setdefault(k, []).append(agency.id)
    return claims


class Registry:
    """Agencies by id, and a folded index of every name for lookups and search (where an
    exact alias holds the key, the case as printed then decides)."""

    def __init__(self, agencies: Iterable[Agency]):
        self._by_id: dict[str, Agency] = {}
        for agency in agencies:
            if agency.id in self._by_id:
                # A later file (the user's) overrides or extends an entry of ours.
                agency = _merge(self._by_id[agency.id], agency)
            self._by_id[agency.id] = agency
        # An alias goes to the agency that claims it plainly; one that lists the alias
        # under `ambiguous` gets it only when nobody else claims it.
        folded = _claims(self._by_id.values(), lambda a: a.folded_names, key)
        exact = _claims(self._by_id.values(), lambda a: a.exact_aliases, printed_form)
        index: dict[str, str | _ByCase] = {k: ids[0] for k, ids in folded.items()}
        shared = {k: list(ids) for k, ids in folded.items() if len(ids) > 1}
        # Exact aliases share the folded index (one walk finds both kinds of name): their
        # key leads to a _ByCase entry, which the printed text then settles.
        forms_by_key: dict[str, dict[str, str]] = {}
        for form, ids in exact.items():
            folded_key = key(form)
            forms_by_key.setdefault(folded_key, {})[form] = ids[0]
            if len(ids) > 1:
                claimants = shared.setdefault(folded_key, [])
                claimants.extend(i for i in ids if i not in claimants)
        for folded_key, forms in forms_by_key.items():
            index[folded_key] = _ByCase(forms, folded.get(folded_key, [None])[0])
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
        """The agency whose name or alias equals ``name`` after folding, or whose exact
        alias equals it as printed."""
        agency_id = self._index.get(key(name))
        if agency_id.__class__ is _ByCase:
            agency_id = agency_id.pick(printed_form(name))
        return self._by_id[agency_id] if agency_id else None

    def collisions(self) -> dict[str, list[str]]:
        """Folded names claimed by more than one agency: {key: [ids]}. Exact aliases
        count when two agencies claim the same printed form (listed under its key)."""
        return {k: list(v) for k, v in self._shared.items()}

    def find_all(self, text: str) -> list[Match]:
        """Agencies named inside ``text``, left to right, longest match first, not
        overlapping. Matches start and end on token boundaries; an exact alias matches
        only where the text prints it in the same case."""
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
                    if agency_id.__class__ is _ByCase:  # (rare: an exact alias's key)
                        agency_id = agency_id.pick(_printed_tokens(text, toks, i, j))
                        if agency_id is None:
                            continue  # "Mia", "err": the word, not the acronym
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
                if agency_id.__class__ is _ByCase:  # (rare) the tokens so far are text[:end]'s
                    agency_id = agency_id.pick(printed_form(text[:end]))
                    if agency_id is None:
                        continue
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
    """An entry redefined in a later file: its fields win, aliases (plain and exact) add up."""
    aliases = tuple(dict.fromkeys(base.aliases + update.aliases))
    ambiguous = tuple(dict.fromkeys(base.ambiguous + update.ambiguous))
    exact_aliases = tuple(dict.fromkeys(base.exact_aliases + update.exact_aliases))
    return Agency(
        id=base.id, name=update.name or base.name, short=update.short or base.short,
        kind=update.kind or base.kind, country=update.country or base.country,
        aliases=aliases, ambiguous=ambiguous, exact_aliases=exact_aliases, parent=update.parent or base.parent,
        state_media=update.state_media or base.state_media, uploads=update.uploads or base.uploads,
        terms=update.terms or base.terms, url=update.url or base.url,
        extra={**base.extra, **update.extra},
    )


_KNOWN_FIELDS = {"name", "short", "kind", "country", "aliases", "ambiguous", "exact_aliases", "parent",
                 "state_media", "uploads", "terms", "url"}


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
        for list_field in ("aliases", "ambiguous", "exact_aliases"):
            value = entry.get(list_field, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise RegistryError(f"{where}: {list_field} must be a list of strings")
        for exact in entry.get("exact_aliases", []):
            if not key(exact):
                raise RegistryError(f"{where}: exact alias {exact!r} has no letters or digits")
        name = entry.get("name", "")
        agencies.append(Agency(
            id=agency_id, name=name, short=entry.get("short") or name, kind=kind,
            country=entry.get("country"), aliases=tuple(entry.get("aliases", ())),
            ambiguous=tuple(entry.get("ambiguous", ())), exact_aliases=tuple(entry.get("exact_aliases", ())),
            parent=entry.get("parent"),
            state_media=bool(entry.get("state_media", kind == "state-media")),
            uploads=bool(entry.get("uploads", False)),
            terms=entry.get("terms"), url=entry.get("url"),
            extra={k: v for k, v in entry.items() if k not in _KNOWN_FIELDS},
        ))
    return agencies


def _read_toml(text: str, origin: str) -> dict[str, Any]:
    # Imported here: the bundled files come from the parsed cache, so most runs never parse TOML.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{origin}: {exc}") from exc


_BUNDLED = Path(__file__).parent / "data" / "agencies"
_WHERE = "mediakit/credits/data/agencies"


def _parse_bundled(data: bytes, origin: str) -> dict[str, Any]:
    try:
        return _read_toml(data.decode("utf-8"), origin)
    except UnicodeDecodeError as exc:
        raise RegistryError(f"{origin}: not UTF-8: {exc}") from exc


def _bundled_entries() -> list[Agency]:
    # Through the parsed cache of mediakit.datafiles: parsing the TOML of ~1,000 entries
    # would cost most of the registry's load time.
    agencies: list[Agency] = []
    for path, table in datafiles.read_tables(_BUNDLED, _parse_bundled, _WHERE):
        agencies.extend(parse_entries(table, f"{_WHERE}/{path.name}"))
    return agencies


def compiled_cache_is_fresh() -> bool:
    """True when the registry's ``_compiled.json`` matches every bundled TOML file."""
    return datafiles.cache_is_fresh(_BUNDLED)


def write_compiled_cache() -> Path:
    """Regenerate the registry's ``_compiled.json`` after editing its TOML files.

    ``python -c "import mediakit.credits.registry as r; r.write_compiled_cache()"``
    """
    return datafiles.write_cache(_BUNDLED, _parse_bundled, parse_entries, _WHERE)


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
