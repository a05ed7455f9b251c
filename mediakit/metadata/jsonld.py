"""Article records as schema.org JSON-LD (``mediakit extract --format jsonld``).

One object per article: an ``Article`` whose ``image`` list holds the
``ImageObject``s of ``Image.to_jsonld()`` (contentUrl, caption, creditText, creator as
Person, copyrightHolder, copyrightNotice), the properties image search reads for
rights. Built from the contract record, so it works on any stored output too.
"""
from __future__ import annotations

from typing import Any, Mapping

from mediakit.model import AgencyRef, Image


def image_from_record(image: Mapping[str, Any]) -> Image:
    agencies = [
        AgencyRef(id=a.get("id"), name=a.get("name") or a.get("raw") or "", role=a.get("role") or "source",
                  raw=a.get("raw") or a.get("name") or "")
        for a in image.get("agencies") or [] if isinstance(a, Mapping)
    ]
    return Image(src=image.get("src"), alt=image.get("alt"), caption=image.get("caption"),
                 credit=image.get("credit"), creators=list(image.get("creators") or []),
                 agencies=agencies, copyright=image.get("copyright"),
                 found_in=list(image.get("found_in") or []))


def article_jsonld(record: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"@context": "https://schema.org", "@type": "Article"}
    if record.get("url"):
        out["url"] = record["url"]
    if record.get("title"):
        out["headline"] = record["title"]
    if record.get("lang"):
        out["inLanguage"] = record["lang"]
    images = []
    for image in record.get("images") or []:
        obj = image_from_record(image).to_jsonld()
        obj.pop("@context", None)  # given once, on the article
        images.append(obj)
    out["image"] = images
    if record.get("source"):
        out["identifier"] = record["source"]
    return out


class JsonLdWriter:
    """The batch writer interface (start/write/finish): one JSON-LD object per line."""

    def __init__(self, stream):
        self.stream = stream

    def start(self, fresh: bool) -> None:
        pass

    def write(self, record: Mapping[str, Any]) -> None:
        import json

        self.stream.write(json.dumps(article_jsonld(record), ensure_ascii=False) + "\n")

    def finish(self) -> None:
        self.stream.flush()
