"""Linking embedded metadata to extracted articles."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from mediakit.credits.fold import key
from mediakit.credits.registry import RegistryError
from mediakit.metadata.core import read
from mediakit.metadata.matching import ImageIndex
from mediakit.model import Article

FOUND_IN = "embedded-metadata"


def _agency_keys(text: str, registry) -> frozenset[str]:
    if registry is None:
        return frozenset()
    try:
        return frozenset(m.agency.id for m in registry.find_all(text))
    except RegistryError:  # a registry problem must not stop linking: no agency match
        return frozenset()


def credits_agree(printed: str, embedded: str, registry=None) -> bool:
    """Folded equality, or the same agencies named (e.g. "AFP" and "AFP/Getty Images"
    are not the same line, but "Agence France-Presse" and "AFP" are)."""
    if key(printed) == key(embedded):
        return True
    a, b = _agency_keys(printed, registry), _agency_keys(embedded, registry)
    return bool(a) and a == b


def _default_registry():
    try:
        from mediakit.credits.registry import default_registry
        return default_registry()
    except (RegistryError, OSError, ImportError):  # bundled data missing or broken
        return None


def attach_embedded(article: Article, images_dir: Path, registry=None, index: ImageIndex | None = None) -> None:
    """For each image of ``article`` with a local file under ``images_dir``: read it, store
    the embedded record in ``image.extra["embedded"]``, add ``embedded-metadata`` to
    ``found_in`` and warn where the embedded credit disagrees with the printed one.

    ``index``: pass one ``ImageIndex`` when linking many articles against the same
    folder; without it the folder is walked on this call (never cached for the process,
    so files added later are seen)."""
    if index is None:
        index = ImageIndex(Path(images_dir))
    registry = registry if registry is not None else _default_registry()
    for image in article.images:
        path = index.find(image.src)
        if path is None:
            continue
        record = read(path)  # never raises for a bad file: the record carries the error
        image.extra["embedded"] = record.to_dict()
        if record.error:
            article.warnings.append(f"embedded metadata of {path}: {record.error}")
            continue
        if FOUND_IN not in image.found_in:
            image.found_in.append(FOUND_IN)
        if image.credit and record.credit and not credits_agree(image.credit, record.credit, registry):
            article.warnings.append(
                f"embedded credit {record.credit!r} in {path.name} disagrees with printed credit {image.credit!r}"
            )


@dataclass(frozen=True)
class EmbeddedExtractor:
    """An extractor (``mediakit.extract``'s signature) that also attaches each image's
    embedded metadata from ``images_dir``; picklable, for batch worker processes."""

    images_dir: str
    inner: Callable[..., Article] | None = None
    # The folder's index, walked on first use by this instance (in each worker process:
    # it is not pickled), so a new extractor sees files added since the last one.
    _index: ImageIndex | None = field(default=None, init=False, repr=False, compare=False)

    def __call__(self, data: Any, **kwargs: Any) -> Article:
        from mediakit.extraction import extract

        article = (self.inner or extract)(data, **kwargs)
        attach_embedded(article, Path(self.images_dir), registry=kwargs.get("registry"), index=self.index())
        return article

    def index(self) -> ImageIndex:
        if self._index is None:
            object.__setattr__(self, "_index", ImageIndex(Path(self.images_dir)))  # frozen: lazy slot
        return self._index

    def __getstate__(self) -> dict[str, Any]:
        return {"images_dir": self.images_dir, "inner": self.inner, "_index": None}
