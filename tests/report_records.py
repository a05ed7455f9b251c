"""Builders of synthetic article records and a small fixed registry for the report tests.

The records follow the output contract (``mediakit.article/1``); the registry is built
here so that the expected figures do not move when the bundled registry grows.
"""
from __future__ import annotations

from typing import Any

from mediakit.credits.registry import Agency, Registry


def make_registry() -> Registry:
    return Registry([
        Agency(id="afp", name="Agence France-Presse", short="AFP", kind="wire", country="FR",
               aliases=("AFP",), terms="editorial use only"),
        Agency(id="reuters", name="Reuters", short="Reuters", kind="wire", country="GB",
               terms="editorial use only; licence through Reuters Connect"),
        Agency(id="getty-images", name="Getty Images", short="Getty", kind="photo-agency", country="US",
               aliases=("Getty",), terms="royalty-free or rights-managed licence"),
        Agency(id="xinhua", name="Xinhua News Agency", short="Xinhua", kind="state-media", country="CN",
               aliases=("新华社",), state_media=True, terms="editorial use only"),
        Agency(id="kcna", name="Korean Central News Agency", short="KCNA", kind="state-media",
               country="KP", state_media=True, extra={"restrictions": ["no sales"]}),
        Agency(id="shutterstock", name="Shutterstock", short="Shutterstock", kind="stock", country="US",
               terms="royalty-free licence"),
    ])


def agency(agency_id: str | None, name: str, role: str = "source", raw: str | None = None) -> dict[str, Any]:
    return {"id": agency_id, "name": name, "role": role, "raw": raw or name}


AFP = agency("afp", "Agence France-Presse", raw="AFP")
REUTERS = agency("reuters", "Reuters")
GETTY_VIA = agency("getty-images", "Getty Images", "distributor")
GETTY = agency("getty-images", "Getty Images")
XINHUA = agency("xinhua", "Xinhua News Agency", raw="Xinhua")
KCNA = agency("kcna", "Korean Central News Agency", raw="KCNA")
STOCK = agency("shutterstock", "Shutterstock")


def image(src: str | None = None, credit: str | None = None, creators: tuple[str, ...] = (),
          agencies: tuple[dict[str, Any], ...] = (), caption: str | None = "A caption",
          embedded: dict[str, Any] | None = None, alt: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "src": src, "alt": alt, "caption": caption, "credit": credit, "creators": list(creators),
        "agencies": list(agencies), "copyright": None, "found_in": ["figcaption"],
    }
    if embedded is not None:
        out["embedded"] = {"schema": "mediakit.embedded/1", "path": "x.jpg", "format": "JPEG",
                           "creators": [], "credit": None, "source": None, "conflicts": [], **embedded}
    return out


def article(url: str | None, *images: dict[str, Any], warnings: tuple[str, ...] = (),
            source: str | None = None) -> dict[str, Any]:
    return {
        "schema": "mediakit.article/1", "source": source or url or "input.html", "kind": "html",
        "url": url, "lang": "en", "title": "A title", "body": ["Text."], "images": list(images),
        "warnings": list(warnings),
    }
