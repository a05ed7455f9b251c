"""MWG reconciliation between EXIF, IPTC-IIM and XMP, with every source kept."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mediakit import metadata
from mediakit.metadata import iptc, jpeg, xmp
from mediakit.metadata.reconcile import reconcile
from test_metadata_support import make_image


@dataclass(frozen=True)
class Example:
    note: str
    sources: dict[str, dict[str, Any]]
    digest: str | None
    expected: dict[str, Any]
    conflicts: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)


EXAMPLES = [
    # EXIF first when present and not blank (MWG; exiftool's MWG module does the same)
    Example("exif wins for caption", {"exif": {"caption": "E"}, "iptc": {"caption": "I"}, "xmp": {"caption": "X"}},
            "match", {"caption": "E"}, ("caption",)),
    # digest matches: IIM and XMP written together, XMP is read
    Example("digest match -> xmp", {"iptc": {"credit": "I"}, "xmp": {"credit": "X"}}, "match", {"credit": "X"},
            ("credit",)),
    # no digest: XMP preferred (it is the richer store)
    Example("no digest -> xmp", {"iptc": {"source": "I"}, "xmp": {"source": "X"}}, "absent", {"source": "X"},
            ("source",)),
    # digest mismatch: IIM edited afterwards by a tool that ignores XMP, IIM is read
    Example("digest mismatch -> iim", {"iptc": {"credit": "New"}, "xmp": {"credit": "Old"}}, "mismatch",
            {"credit": "New"}, ("credit",)),
    # ... unless IIM only holds the XMP value cut to the IIM limit
    Example("mismatch but iim is cut xmp", {"iptc": {"credit": "A" * 32}, "xmp": {"credit": "A" * 40}}, "mismatch",
            {"credit": "A" * 40}),
    # a field missing from the preferred source comes from the next
    Example("fallback to iim", {"iptc": {"caption": "I"}, "xmp": {"credit": "X"}}, "match",
            {"caption": "I", "credit": "X"}),
    Example("xmp-only fields", {"xmp": {"usage_terms": "U", "licensor": "L"}}, None, {"usage_terms": "U", "licensor": "L"}),
    # sidecar beats everything embedded
    Example("sidecar wins", {"exif": {"copyright": "E"}, "xmp": {"copyright": "X"}, "sidecar": {"copyright": "S"}},
            None, {"copyright": "S"}, ("copyright",)),
    # same text modulo whitespace / Unicode normalisation is no conflict
    Example("whitespace is no conflict", {"exif": {"caption": "A  b"}, "xmp": {"caption": " A b "}}, None,
            {"caption": "A  b"}),
    Example("nfc is no conflict", {"iptc": {"creators": ["Jose\u0301"]}, "xmp": {"creators": ["José"]}}, "match",
            {"creators": ["José"]}),
]


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda e: e.note)
def test_reconcile(ex: Example) -> None:
    values, conflicts = reconcile(ex.sources, ex.digest)
    assert {k: v for k, v in values.items() if v} == ex.expected
    assert tuple(c["field"] for c in conflicts) == ex.conflicts
    for c in conflicts:  # every source's value is reported
        assert set(c["values"]) == {s for s, v in ex.sources.items() if v.get(c["field"])}


def _jpeg_with(iim: bytes, xmp_values: dict[str, Any], digest_of: bytes | None) -> bytes:
    resources = [(b"8BIM", iptc.IRB_IPTC, b"\0\0", iim)]
    if digest_of is not None:
        resources.append((b"8BIM", iptc.IRB_DIGEST, b"\0\0", hashlib.md5(digest_of).digest()))
    packet = xmp.serialize(xmp.update_tree([], xmp_values))
    return jpeg.assemble(jpeg.split(make_image("JPEG")), None, jpeg.xmp_segments(packet, None),
                         iptc.build_irb(resources))


def test_digest_mismatch_in_a_file(tmp_path: Path) -> None:
    """A legacy tool changed the IIM credit after an MWG writer synced both stores."""
    synced = iptc.encode_iim(None, {"credit": "Old Agency"}, [])
    edited = iptc.encode_iim(synced, {"credit": "New Agency"}, [])
    path = tmp_path / "legacy.jpg"
    path.write_bytes(_jpeg_with(edited, {"credit": "Old Agency"}, digest_of=synced))
    record = metadata.read(path)
    assert record.iim_digest == "mismatch" and record.credit == "New Agency"
    assert record.conflicts == [{"field": "credit", "values": {"iptc": "New Agency", "xmp": "Old Agency"}}]
    assert any("digest" in w for w in record.warnings)
    # Writing keeps the stores in step again: afterwards the digest matches, and the
    # value read does not change for a field nobody asked to change.
    metadata.write(path, {"caption": "Added"})
    after = metadata.read(path)
    assert after.iim_digest == "match" and after.credit == "New Agency" and not after.conflicts
    assert after.sources["xmp"]["credit"] == "New Agency"


def test_digest_match_in_a_file(tmp_path: Path) -> None:
    iim = iptc.encode_iim(None, {"source": "IIM source"}, [])
    path = tmp_path / "synced.jpg"
    path.write_bytes(_jpeg_with(iim, {"source": "XMP source"}, digest_of=iim))
    record = metadata.read(path)
    assert record.iim_digest == "match" and record.source == "XMP source"
    assert record.to_dict()["conflicts"][0]["field"] == "source"


def test_fill_and_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    metadata.write(path, {"caption": "First", "credit": "AP"})
    result = metadata.write(path, {"caption": "Second", "source": "AP"}, mode="fill")
    assert result.kept == ["caption"] and result.written == {"source": "AP"}
    assert metadata.read(path).fields() == {"caption": "First", "credit": "AP", "source": "AP"}
    result = metadata.write(path, {"caption": "Second"}, mode="overwrite")
    assert result.written == {"caption": "Second"}
    assert metadata.read(path).fields() == {"caption": "Second", "credit": "AP", "source": "AP"}


def test_unknown_field_and_mode_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(make_image("JPEG"))
    with pytest.raises(ValueError, match="unknown metadata field"):
        metadata.write(path, {"keywords": ["x"]})
    with pytest.raises(ValueError, match="mode"):
        metadata.write(path, {"caption": "x"}, mode="append")


def test_record_shape_is_the_contract() -> None:
    record = metadata.read(make_image("PNG"))
    assert list(record.to_dict()) == [
        "schema", "path", "format", "width", "height", "caption", "creators", "credit", "source",
        "copyright", "usage_terms", "web_statement", "licensor", "digital_source_type",
        "sources", "conflicts", "warnings",
    ]
    assert record.to_dict()["schema"] == "mediakit.embedded/1"
    assert record.to_dict()["sources"] == {"exif": {}, "iptc": {}, "xmp": {}}
