"""mediakit: captions, credits, photographers and agencies of news pictures.

The public API is small::

    import mediakit
    article = mediakit.extract("page.html")          # -> Article (to_dict(): the contract)
    credit = mediakit.parse_credit("Photo by Jane Doe/AFP via Getty Images")
    caption = mediakit.split_caption("… le 19 juin Gavriil Grigorov/Sputnik")
    registry = mediakit.load_registry(extra=["our-agencies.toml"])

Every function takes an optional ``registry``; none keeps mutable global state, so a
host application may call them from many threads at once.
"""
from __future__ import annotations

from mediakit.credits.captions import split_caption
from mediakit.credits.parser import parse_credit
from mediakit.credits.registry import Agency, Registry, RegistryError, load_registry
from mediakit.extract import extract
from mediakit.model import AgencyRef, Article, Caption, Credit, Image

__version__ = "0.1.0"

__all__ = [
    "Agency", "AgencyRef", "Article", "Caption", "Credit", "Image", "Registry",
    "RegistryError", "extract", "load_registry", "parse_credit", "split_caption",
    "__version__",
]
