"""The records mediakit returns: typed, immutable where it matters, and serialised by
``to_dict()`` to exactly the shape of the output contract (``mediakit.article/1``).

Fields beyond the contract are only ever *added* (the contract allows that); consumers
that read the contract keys keep working.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ARTICLE = "mediakit.article/1"

Role = Literal["source", "distributor"]
Kind = Literal["html", "text"]


@dataclass(frozen=True, slots=True)
class AgencyRef:
    """An organisation named in a credit.

    ``id`` is the registry slug, or ``None`` for an organisation the registry does not
    know (then ``name`` is the name as printed). ``role`` is ``source`` for whoever
    supplied the picture and ``distributor`` for whoever passed it on ("via").
    """

    id: str | None
    name: str
    role: Role
    raw: str
    kind: str | None = None  # registry kind (wire, stock, state-media, ...); not in the contract

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "role": self.role, "raw": self.raw}


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit line taken apart: who made the picture, who supplied it, who owns it."""

    input: str
    credit: str | None
    creators: tuple[str, ...] = ()
    agencies: tuple[AgencyRef, ...] = ()
    copyright: str | None = None
    roles: tuple[str, ...] = ()  # role words met: pool, handout, file, courtesy, staff ...

    @property
    def sources(self) -> tuple[AgencyRef, ...]:
        return tuple(a for a in self.agencies if a.role == "source")

    @property
    def distributors(self) -> tuple[AgencyRef, ...]:
        return tuple(a for a in self.agencies if a.role == "distributor")

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "credit": self.credit,
            "creators": list(self.creators),
            "agencies": [a.to_dict() for a in self.agencies],
            "copyright": self.copyright,
        }


@dataclass(frozen=True, slots=True)
class Caption:
    """A caption line split into the caption proper and its credit (parsed)."""

    input: str
    caption: str | None
    credit: Credit | None = None

    @property
    def creators(self) -> tuple[str, ...]:
        return self.credit.creators if self.credit else ()

    @property
    def agencies(self) -> tuple[AgencyRef, ...]:
        return self.credit.agencies if self.credit else ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "caption": self.caption,
            "credit": self.credit.credit if self.credit else None,
            "creators": list(self.creators),
            "agencies": [a.to_dict() for a in self.agencies],
        }


@dataclass(slots=True)
class Image:
    """One picture of an article, with what the page (and the file) say about it."""

    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    creators: list[str] = field(default_factory=list)
    agencies: list[AgencyRef] = field(default_factory=list)
    copyright: str | None = None
    found_in: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # added fields (provenance, embedded ...)

    def apply_credit(self, parsed: Credit) -> None:
        """Take creators, agencies and copyright from a parsed credit line."""
        self.credit = parsed.credit
        self.creators = list(parsed.creators)
        self.agencies = list(parsed.agencies)
        if parsed.copyright and not self.copyright:
            self.copyright = parsed.copyright

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "src": self.src,
            "alt": self.alt,
            "caption": self.caption,
            "credit": self.credit,
            "creators": list(self.creators),
            "agencies": [a.to_dict() for a in self.agencies],
            "copyright": self.copyright,
            "found_in": list(self.found_in),
        }
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    def to_jsonld(self) -> dict[str, Any]:
        """A schema.org ImageObject with the properties image search reads for rights."""
        obj: dict[str, Any] = {"@context": "https://schema.org", "@type": "ImageObject"}
        if self.src:
            obj["contentUrl"] = self.src
        if self.caption:
            obj["caption"] = self.caption
        if self.credit:
            obj["creditText"] = self.credit
        if self.creators:
            obj["creator"] = [{"@type": "Person", "name": n} for n in self.creators]
        sources = [a for a in self.agencies if a.role == "source"]
        # The holder is an organisation's name; a notice ("© 2026 AFP") is not a name.
        holder = sources[0].name if sources else _holder_from_notice(self.copyright)
        if holder:
            obj["copyrightHolder"] = {"@type": "Organization", "name": holder}
        if self.copyright:
            obj["copyrightNotice"] = self.copyright
        embedded = self.extra.get("embedded")
        if isinstance(embedded, dict) and embedded.get("web_statement"):
            obj["license"] = embedded["web_statement"]
        return obj


_NOTICE_WORDS = re.compile(r"©|\(c\)|copyright|all rights reserved|\b(?:19|20)\d\d\b", re.IGNORECASE)


def _holder_from_notice(notice: str | None) -> str | None:
    if not notice:
        return None
    holder = " ".join(_NOTICE_WORDS.sub(" ", notice).split()).strip(" .,;:-")
    return holder or None


@dataclass(slots=True)
class Article:
    """One input document: its text and its pictures."""

    source: str | None
    kind: Kind
    url: str | None = None
    lang: str | None = None
    title: str | None = None
    body: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # added fields (provenance, ...)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA_ARTICLE,
            "source": self.source,
            "kind": self.kind,
            "url": self.url,
            "lang": self.lang,
            "title": self.title,
            "body": list(self.body),
            "images": [img.to_dict() for img in self.images],
            "warnings": list(self.warnings),
        }
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out
