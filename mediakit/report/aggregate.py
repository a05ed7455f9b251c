"""Streaming aggregation of article records into the figures of a rights audit.

``Aggregator.add(record)`` takes one ``mediakit.article/1`` record at a time and keeps
only counters: totals, per-agency counts (bounded by the registry), bounded tallies for
open-ended keys (creators, unknown agency strings, sites), and per-image lists
(uncredited images, conflicts) streamed to CSV files in a work folder with only their
first rows in memory. ``finish()`` turns them into an ``AuditResult``.
"""
from __future__ import annotations

import heapq
import re
import sys
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit

from mediakit.credits.fold import fold

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from mediakit.credits.registry import Agency, Registry, default_registry
from mediakit.report import embedded as embedded_check
from mediakit.report.roles import roles_in
from mediakit.report.sources import InputProblems
from mediakit.report.tables import StreamedTable, Table
from mediakit.report.tally import BoundedTally
from mediakit.report.variants import CreditVariants

UNKNOWN_KIND = "unknown"  # agencies the registry does not know (id null)
UNREGISTERED_KIND = "unregistered"  # an id this registry has no entry for
NO_AGENCY_KIND = "no agency named"  # credited images naming only people
NO_SECTION = "(none)"
STATE_MEDIA_FLAG = "state media"
_AGENCY_ROLES = ("source", "distributor")
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_SECTION_RE = re.compile(r"^[^\W\d_][\w-]+$")
_DIGITS_RE = re.compile(r"\d+")


@dataclass(frozen=True)
class AuditSettings:
    page_rows: int = 500  # rows of each table the HTML page holds (the CSV has all)
    page_size: int = 25  # rows per page in the browser
    top: int = 15  # bars per chart
    examples: int = 3  # examples kept per key
    capacity: int = 20_000  # distinct keys per tally kept exact (see BoundedTally)


@dataclass
class AgencyCounts:
    agency: Agency | None
    id: str
    name: str
    kind: str
    source: int = 0
    distributor: int = 0
    flags: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.flags = tuple(self._flags())  # computed once: the agency does not change

    def _flags(self) -> list[str]:
        if self.agency is None:
            return []
        out = []
        if self.agency.state_media or self.agency.kind == "state-media":
            out.append(STATE_MEDIA_FLAG)
        if self.agency.terms:
            out.extend(f"terms: {flag}" for flag in term_flags(self.agency.terms))
        # Optional registry field: restrictions = ["no sales", "no archive", ...]
        restrictions = self.agency.extra.get("restrictions") or ()
        if isinstance(restrictions, str):
            restrictions = (restrictions,)
        out.extend(f"restriction: {r}" for r in restrictions if isinstance(r, str))
        return out


@dataclass
class AuditResult:
    totals: dict[str, int]
    agencies: list[AgencyCounts]
    kinds: list[tuple[str, int]]
    tables: dict[str, Table]
    charts: dict[str, list[tuple[str, int]]]
    registry_snippet: str
    exact: bool
    settings: AuditSettings
    problems: list[str] = field(default_factory=list)


class Aggregator:
    """Figures of a rights audit, built one article record at a time."""

    def __init__(self, workdir: Path, registry: Registry | None = None,
                 settings: AuditSettings | None = None, problems: InputProblems | None = None):
        self.registry = registry if registry is not None else default_registry()
        self.settings = settings or AuditSettings()
        self.problems = problems if problems is not None else InputProblems()
        self.workdir = Path(workdir)
        s = self.settings
        self.totals: Counter[str] = Counter()
        self._agencies: dict[str, AgencyCounts] = {}
        self._kinds: Counter[str] = Counter()
        self._flags: Counter[tuple[str, str]] = Counter()  # (flag, agency id) -> images
        self._flag_images: Counter[str] = Counter()  # flag -> images (once per image)
        self._roles = BoundedTally(("images",), s.capacity, s.examples)
        self._creators = BoundedTally(("images",), s.capacity, s.examples)
        self._unknown = BoundedTally(("images", "as source", "as distributor"), s.capacity, s.examples)
        self._sites = BoundedTally(("articles", "images", "uncredited"), s.capacity)
        self._sections = BoundedTally(("articles", "images", "uncredited"), s.capacity)
        self._warnings = BoundedTally(("articles",), s.capacity, s.examples)
        self._uncredited = StreamedTable(self.workdir / "uncredited.csv",
                                         ("article", "image", "caption", "alt"), s.page_rows)
        self._conflicts = StreamedTable(self.workdir / "conflicts.csv",
                                        ("article", "image", "field", "printed", "embedded"), s.page_rows)
        self._variants = CreditVariants(self.workdir / "variants.sqlite")

    # -- adding records ----------------------------------------------------------------

    def add(self, record: Mapping[str, Any]) -> None:
        if not _is_map(record):
            self.problems.add(f"skipped a record that is not an object: {type(record).__name__}")
            return
        self.totals["articles"] += 1
        article = _text(record.get("url")) or _text(record.get("source")) or f"article {self.totals['articles']}"
        self._add_warnings(record.get("warnings"))
        images = record.get("images")
        if not isinstance(images, list):
            if images is not None:
                self.problems.add(f"{article}: 'images' is not a list")
            images = []
        counted = uncredited = 0
        for image in images:
            if _is_map(image):
                counted += 1
                uncredited += not self._add_image(article, image)
            else:
                self.problems.add(f"{article}: skipped an image that is not an object")
        site, section = site_and_section(_text(record.get("url")) or _text(record.get("source")))
        self._sites.add(site, 1, counted, uncredited)
        self._sections.add(f"{site}/{section}", 1, counted, uncredited, label=f"{site}\t{section}")

    def _add_warnings(self, warnings: Any) -> None:
        if not isinstance(warnings, list) or not warnings:
            return
        self.totals["articles with warnings"] += 1
        for warning in dict.fromkeys(w for w in warnings if isinstance(w, str)):
            # Warnings differing only in numbers (line 12, 3 images) are one kind.
            self._warnings.add(_DIGITS_RE.sub("#", warning)[:200], 1, label=warning[:200])

    def _add_image(self, article: str, image: Mapping[str, Any]) -> bool:
        """Count one image; True when it is credited."""
        self.totals["images"] += 1
        credit = _text(image.get("credit"))
        creators = [c.strip() for c in image.get("creators") or () if isinstance(c, str) and c.strip()]
        agencies = [a for a in image.get("agencies") or () if _is_map(a)]
        src = _text(image.get("src"))
        credited = bool(credit or creators or agencies)
        if credited:
            self.totals["credited"] += 1
        else:
            self.totals["uncredited"] += 1
            self._uncredited.add((article, src or "", _clip(image.get("caption")), _clip(image.get("alt"))))
        if creators:
            self.totals["images with creators"] += 1
        # One count per image and person, whatever the spelling (JANE DOE, Jane  Doe).
        by_key = {_person_key(name): name for name in (" ".join(c.split()) for c in reversed(creators))}
        for key, creator in by_key.items():
            self._creators.add(key, 1, label=creator, context=article)
        self._add_agencies(article, credit, agencies, credited)
        for role in roles_in(credit):
            self._roles.add(role, 1, example=credit)
        embedded = image.get("embedded")
        if _is_map(embedded):
            self._add_embedded(article, src, image, embedded)
        if src and not src.startswith("data:"):
            self._variants.add(src, credit, article)
        return credited

    def _add_agencies(self, article: str, credit: str | None, agencies: list[Mapping[str, Any]],
                      credited: bool) -> None:
        seen: set[tuple[str, str]] = set()
        kinds: dict[str, set[str]] = {"source": set(), "distributor": set()}
        has_unknown = False
        image_flags: set[str] = set()
        for ref in agencies:
            role = ref.get("role") if ref.get("role") in _AGENCY_ROLES else "source"
            agency_id = _text(ref.get("id"))
            name = _text(ref.get("name")) or _text(ref.get("raw")) or "?"
            key = agency_id or "?" + fold(name)
            if (key, role) in seen:
                continue
            seen.add((key, role))
            if agency_id:
                counts = self._agency(agency_id, name)
                setattr(counts, role, getattr(counts, role) + 1)
                kinds[role].add(counts.kind)
                other_role = "distributor" if role == "source" else "source"
                if (key, other_role) not in seen:  # flags count once per image and agency
                    for flag in counts.flags:
                        self._flags[(flag, agency_id)] += 1
                        image_flags.add(flag)
            else:
                has_unknown = True
                kinds[role].add(UNKNOWN_KIND)
                other_role = "distributor" if role == "source" else "source"
                self._unknown.add(fold(" ".join(name.split())), int((key, other_role) not in seen),
                                  role == "source", role == "distributor",
                                  label=name, example=_text(ref.get("raw")) or name,
                                  context=f"{credit or name}\t{article}")
        self._flag_images.update(image_flags)
        if image_flags:
            self.totals["images with flags"] += 1
        if agencies:
            self.totals["images with agencies"] += 1
        if has_unknown:
            self.totals["images with unknown agencies"] += 1
        if credited:
            # An image supplied "via" someone without a named source counts under its distributor.
            for kind in kinds["source"] or kinds["distributor"] or {NO_AGENCY_KIND}:
                self._kinds[kind] += 1

    def _agency(self, agency_id: str, printed_name: str) -> AgencyCounts:
        counts = self._agencies.get(agency_id)
        if counts is None:
            agency = self.registry.get(agency_id)
            if agency is not None:
                counts = AgencyCounts(agency, agency_id, agency.name, agency.kind or UNREGISTERED_KIND)
            else:
                counts = AgencyCounts(None, agency_id, printed_name, UNREGISTERED_KIND)
            self._agencies[agency_id] = counts
        return counts

    def _add_embedded(self, article: str, src: str | None, image: Mapping[str, Any],
                      embedded: Mapping[str, Any]) -> None:
        self.totals["images with embedded metadata"] += 1
        disagreements = embedded_check.compare(image, embedded, self.registry)
        for conflict in embedded.get("conflicts") or ():
            if isinstance(conflict, Mapping):
                values = conflict.get("values") if isinstance(conflict.get("values"), Mapping) else {}
                shown = "; ".join(f"{k}: {v}" for k, v in values.items())
                disagreements.append((f"inside the file: {conflict.get('field')}", "", shown))
        if disagreements:
            self.totals["images with conflicts"] += 1
        for field_name, printed, in_file in disagreements:
            self._conflicts.add((article, src or "", field_name, printed, in_file))

    # -- results -----------------------------------------------------------------------

    def finish(self) -> AuditResult:
        s = self.settings
        variants = StreamedTable(self.workdir / "credit_variants.csv",
                                 ("image", "credit", "articles", "example article"), s.page_rows)
        distinct_variant_images, previous = 0, None
        for src, credit, count, example in self._variants.rows():
            # Rows come grouped by URL.
            distinct_variant_images += src != previous
            previous = src
            variants.add((src, credit or "(no credit)", count, example))
        self._variants.close()
        totals = self._totals(distinct_variant_images)
        agencies = sorted(self._agencies.values(), key=lambda a: (-a.source, -a.distributor, a.name))
        kinds = sorted(self._kinds.items(), key=lambda kv: (-kv[1], kv[0]))
        tables = {
            "agencies": self._agency_table(agencies),
            "kinds": Table("kinds", "Images by kind of supplier", ("kind", "images", "agencies"),
                           [(kind, n, self._agencies_of_kind(kind)) for kind, n in kinds],
                           numeric=("images", "agencies")),
            "creators": _tally_table(self._creators, "creators", "Images per creator",
                                     ("creator", "images", "first article"), lambda r: (r.label, r.counts[0], r.context)),
            "roles": _tally_table(self._roles, "roles", "Credits by role", ("role", "images", "examples"),
                                  lambda r: (r.label, r.counts[0], " | ".join(r.examples))),
            "sites": _tally_table(self._sites, "sites", "Per site", ("site", "articles", "images", "uncredited"),
                                  lambda r: (r.label, *r.counts)),
            "sections": _tally_table(self._sections, "sections", "Per section",
                                     ("site", "section", "articles", "images", "uncredited"),
                                     lambda r: (*r.label.split("\t", 1), *r.counts)),
            "uncredited": self._uncredited.table("Uncredited images"),
            "unknown_agencies": self._unknown_table(),
            "conflicts": self._conflicts.table("Embedded versus printed credits"),
            "credit_variants": variants.table(
                "Images credited differently in different articles",
                note=f"{distinct_variant_images} images (by URL) carry more than one credit.",
                numeric=("articles",)),
            "flags": Table("flags", "Registry flags", ("flag", "agency", "id", "images"),
                           [(flag, self._agencies[aid].name, aid, n)
                            for (flag, aid), n in sorted(self._flags.items(), key=lambda kv: (kv[0][0], -kv[1]))],
                           numeric=("images",)),
            "warnings": _tally_table(self._warnings, "warnings", "Extraction warnings",
                                     ("warning", "articles"), lambda r: (r.label, r.counts[0])),
        }
        charts = {
            "kinds": kinds[: s.top],
            "agencies": [(a.name, a.source) for a in agencies if a.source][: s.top],
            "creators": [(r.label, r.counts[0]) for r in self._creators.top(s.top)],
            "roles": [(r.label, r.counts[0]) for r in self._roles.top(s.top)],
            "flags": sorted(self._flag_images.items(), key=lambda kv: (-kv[1], kv[0]))[: s.top],
            "sites": [(r.label, r.counts[1]) for r in
                      heapq.nsmallest(s.top, self._sites, key=lambda r: (-r.counts[1], r.label)) if r.counts[1]],
        }
        exact = all(t.exact for t in (self._creators, self._unknown, self._sites, self._sections))
        return AuditResult(totals, agencies, kinds, tables, charts, self._registry_snippet(), exact, s,
                           list(self.problems.examples))

    def _agencies_of_kind(self, kind: str) -> int | str:
        """Distinct agencies of a kind that supplied images ("" for creator-only credits)."""
        if kind == NO_AGENCY_KIND:
            return ""
        if kind == UNKNOWN_KIND:
            return len(self._unknown)
        return sum(1 for a in self._agencies.values() if a.kind == kind and (a.source or a.distributor))

    def _totals(self, variant_images: int) -> dict[str, int]:
        t = self.totals
        return {
            "articles": t["articles"],
            "images": t["images"],
            "credited": t["credited"],
            "uncredited": t["uncredited"],
            "images with creators": t["images with creators"],
            "images with agencies": t["images with agencies"],
            "known agencies": sum(1 for a in self._agencies.values() if a.source or a.distributor),
            "unknown agencies": len(self._unknown),
            "images with unknown agencies": t["images with unknown agencies"],
            "images with embedded metadata": t["images with embedded metadata"],
            "images with conflicts": t["images with conflicts"],
            "images with flags": t["images with flags"],
            "images credited differently": variant_images,
            "articles with warnings": t["articles with warnings"],
            "input problems": self.problems.count,
        }

    def _agency_table(self, agencies: list[AgencyCounts]) -> Table:
        rows = []
        for a in sorted(agencies, key=lambda a: (a.kind, -a.source, -a.distributor, a.name)):
            country = a.agency.country if a.agency and a.agency.country else ""
            rows.append((a.kind, a.name, a.id, country, a.source, a.distributor, "; ".join(a.flags)))
        return Table("agencies", "Images per agency, by kind",
                     ("kind", "agency", "id", "country", "images (source)", "images (distributor)", "flags"),
                     rows, numeric=("images (source)", "images (distributor)"))

    def _unknown_table(self) -> Table:
        rows = []
        for r in self._unknown:
            example_credit, _, example_article = r.context.partition("\t")
            rows.append((r.label, suggested_id(r.label), *r.counts, " | ".join(r.examples),
                         example_credit, example_article))
        return Table("unknown_agencies", "Agencies the registry does not know",
                     ("name", "suggested id", "images", "as source", "as distributor", "printed as",
                      "example credit", "example article"),
                     rows, numeric=("images", "as source", "as distributor"),
                     note="Ready to add to the registry: see the TOML entries below.")

    def _registry_snippet(self, limit: int = 50) -> str:
        """TOML entries for the most frequent unknown agencies (kind left to the editor)."""
        blocks = []
        for r in self._unknown.top(limit):
            entry_id = suggested_id(r.label)
            lines = []
            taken = self.registry.get(entry_id)
            if taken is not None:
                # Loading an existing id would extend that agency instead of adding one.
                lines.append(f"# [{entry_id}] is {taken.name}: if this is the same agency, add the "
                             "spelling to its aliases instead")
                entry_id += "-new"
            aliases = [e for e in r.examples if e != r.label]
            lines += [f"[{entry_id}]", f"name = {_toml_string(r.label)}",
                      'kind = "photo-agency"  # check: ' + ", ".join(_KIND_HINT)]
            if aliases:
                lines.append("aliases = [" + ", ".join(_toml_string(a) for a in aliases) + "]")
            lines.append(f"# {r.counts[0]} images")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


_KIND_HINT = ("wire", "photo-agency", "stock", "state-media", "publication", "broadcaster", "institution")


@lru_cache(maxsize=1)
def _term_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("mediakit.report").joinpath("assets/flags.toml").read_text("utf-8")
    # A phrase starts a word: "free licence" is not in "royalty-free licence".
    return tuple((flag, re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + ")", re.IGNORECASE))
                 for flag, phrases in tomllib.loads(text)["terms"].items())


@lru_cache(maxsize=1024)
def term_flags(terms: str) -> tuple[str, ...]:
    """Flags for a registry ``terms`` text; the first clause when no known phrase occurs."""
    flags = tuple(flag for flag, pattern in _term_patterns() if pattern.search(terms))
    return flags or (terms.split(";")[0].strip(),)


def _tally_table(tally: BoundedTally, name: str, title: str, columns: tuple[str, ...], row) -> Table:
    note = "" if tally.exact else (
        f"More distinct values than kept: {tally.dropped_keys} rare ones were dropped "
        f"(each had at most {tally.dropped_max} when dropped); counts may be that much low.")
    numeric = tuple(c for c in columns if c in ("images", "articles", "uncredited"))
    return Table(name, title, columns, [row(r) for r in tally], note=note, numeric=numeric)


def site_and_section(url: str | None) -> tuple[str, str]:
    """The host (without www.) and the first path segment that names a section.

    ``https://www.example.com/world/2024/05/story`` -> (example.com, world). Numeric
    segments (dates, ids) and the last segment (the story's slug) are not sections.
    """
    if not url or "://" not in url:
        return ("(no site)", NO_SECTION)
    try:
        parts = urlsplit(url)
    except ValueError:
        return ("(no site)", NO_SECTION)
    host = (parts.hostname or "(no site)").removeprefix("www.")
    segments = [seg for seg in parts.path.split("/") if seg][:-1]
    for seg in segments:
        if _SECTION_RE.match(seg) and len(seg) > 2:
            return (host, seg.lower())
    return (host, NO_SECTION)


def suggested_id(name: str) -> str:
    """A registry id for a name: lowercase ASCII slug, or the folded name when not Latin."""
    slug = _SLUG_RE.sub("-", fold(name)).strip("-")
    if slug:
        return slug
    # Not Latin: keep the script as printed (fold would also simplify Chinese).
    return "-".join(unicodedata.normalize("NFKC", name).casefold().split()) or "agency"


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@lru_cache(maxsize=65_536)
def _person_key(name: str) -> str:
    # Cached: the same photographers come back image after image.
    return fold(name)


def _is_map(value: Any) -> bool:
    # Records parsed from JSON are dicts; the ABC check is the slow path for other mappings.
    return type(value) is dict or (value is not None and isinstance(value, Mapping))


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _clip(value: Any, limit: int = 300) -> str:
    text = _text(value) or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"
