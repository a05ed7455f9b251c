"""mediakit: captions, credits, photographers and agencies of news pictures.

The public API is small::

    import mediakit
    article = mediakit.extract("page.html")          # -> Article (to_dict(): the contract)
    credit = mediakit.parse_credit("Photo by Jane Doe/AFP via Getty Images")
    caption = mediakit.split_caption("… le 19 juin Gavriil Grigorov/Sputnik")
    registry = mediakit.load_registry(extra=["our-agencies.toml"])

Every function takes an optional ``registry``; none keeps mutable global state, so a
host application may call them from many threads at once. Names are imported on first
use, so ``import mediakit`` stays cheap for a CMS that only needs one of them.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "extract": "mediakit.extraction",
    "parse_credit": "mediakit.credits.parser",
    "split_caption": "mediakit.credits.captions",
    "Agency": "mediakit.credits.registry",
    "Registry": "mediakit.credits.registry",
    "RegistryError": "mediakit.credits.registry",
    "load_registry": "mediakit.credits.registry",
    "AgencyRef": "mediakit.model",
    "Article": "mediakit.model",
    "Caption": "mediakit.model",
    "Credit": "mediakit.model",
    "Image": "mediakit.model",
}

__all__ = [*_EXPORTS, "__version__"]

if TYPE_CHECKING:
    from mediakit.credits.captions import split_caption
    from mediakit.credits.parser import parse_credit
    from mediakit.credits.registry import Agency, Registry, RegistryError, load_registry
    from mediakit.extraction import extract
    from mediakit.model import AgencyRef, Article, Caption, Credit, Image


# Stages reachable as attributes too: ``mediakit.metadata.read(path)`` after ``import mediakit``.
_SUBPACKAGES = frozenset({"metadata", "report", "batch", "spark", "html", "text", "credits", "lang", "inputs"})


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f"mediakit.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'mediakit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
