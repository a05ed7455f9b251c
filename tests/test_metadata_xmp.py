"""XMP: safe parsing (XXE, billion laughs), every serialisation form we meet, updates
that keep foreign properties, and extended XMP in JPEG."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from mediakit import metadata
from mediakit.metadata import jpeg, xmp
from test_metadata_support import exiftool_json, exiftool_path, make_image

RDF_OPEN = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
)
RDF_CLOSE = b"</rdf:RDF></x:xmpmeta>"


def packet(description: bytes) -> bytes:
    return RDF_OPEN + description + RDF_CLOSE


@dataclass(frozen=True)
class Example:
    note: str
    xml: bytes
    expected: dict


FORMS = [
    Example("element form, lang alt and seq", packet(
        b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        b'<dc:description><rdf:Alt><rdf:li xml:lang="fr">Bonjour</rdf:li>'
        b'<rdf:li xml:lang="x-default">Hello</rdf:li></rdf:Alt></dc:description>'
        b'<dc:creator><rdf:Seq><rdf:li>Ann</rdf:li><rdf:li>Bob</rdf:li></rdf:Seq></dc:creator>'
        b'</rdf:Description>'), {"caption": "Hello", "creators": ["Ann", "Bob"]}),
    Example("attribute form (simple properties)", packet(
        b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        b'xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" photoshop:Credit="AP Photo" '
        b'photoshop:Source="AP" xmpRights:WebStatement="https://example.org/l"/>'),
        {"credit": "AP Photo", "source": "AP", "web_statement": "https://example.org/l"}),
    Example("lang alt without x-default takes the first", packet(
        b'<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:rights><rdf:Alt>'
        b'<rdf:li xml:lang="de">(c) dpa</rdf:li></rdf:Alt></dc:rights></rdf:Description>'), {"copyright": "(c) dpa"}),
    Example("licensor struct, parseType Resource", packet(
        b'<rdf:Description xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"><plus:Licensor><rdf:Seq>'
        b'<rdf:li rdf:parseType="Resource"><plus:LicensorName>Getty Images</plus:LicensorName></rdf:li>'
        b'</rdf:Seq></plus:Licensor></rdf:Description>'), {"licensor": "Getty Images"}),
    Example("licensor struct, nested Description", packet(
        b'<rdf:Description xmlns:plus="http://ns.useplus.org/ldf/xmp/1.0/"><plus:Licensor><rdf:Seq>'
        b'<rdf:li><rdf:Description plus:LicensorName="Alamy"/></rdf:li>'
        b'</rdf:Seq></plus:Licensor></rdf:Description>'), {"licensor": "Alamy"}),
    Example("digital source type as resource", packet(
        b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">'
        b'<Iptc4xmpExt:DigitalSourceType rdf:resource="http://cv.iptc.org/newscodes/digitalsourcetype/'
        b'trainedAlgorithmicMedia"/></rdf:Description>'),
        {"digital_source_type": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"}),
    Example("properties spread over two descriptions", packet(
        b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="A"/>'
        b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Source="B"/>'),
        {"credit": "A", "source": "B"}),
    Example("xpacket wrapper with BOM and trailing NULs",
            b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>' + packet(
                b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="X"/>')
            + b'<?xpacket end="w"?>\0\0', {"credit": "X"}),
]


@pytest.mark.parametrize("ex", FORMS, ids=lambda e: e.note)
def test_read_forms(ex: Example) -> None:
    warnings: list[str] = []
    assert xmp.decode_xmp([ex.xml], warnings) == ex.expected
    assert not warnings


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE x:xmpmeta [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>&xxe;</dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>"""
NETWORK = XXE.replace(b"file:///etc/passwd", b"http://127.0.0.1:9/evil.dtd")
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>&lol4;</dc:description>
</rdf:Description></rdf:RDF></x:xmpmeta>"""
LOWERCASE_DTD = XXE.replace(b"<!DOCTYPE", b"<!doctype")


@pytest.mark.parametrize("evil", [XXE, NETWORK, LAUGHS, LOWERCASE_DTD], ids=["xxe-file", "xxe-network", "billion-laughs", "lowercase-doctype"])
def test_hostile_xmp_is_refused(evil: bytes) -> None:
    with pytest.raises(xmp.XmpError, match="DTD"):
        xmp.parse_packet(evil)
    warnings: list[str] = []
    assert xmp.decode_xmp([evil], warnings) == {}
    assert warnings and "DTD" in warnings[0]


def test_parser_itself_resolves_no_entities() -> None:
    """Even past the DTD check, lxml is configured not to expand or fetch anything."""
    from lxml import etree

    root = etree.fromstring(XXE, xmp._parser())
    text = "".join(root.itertext())
    assert "root:" not in text  # /etc/passwd not read
    assert len(etree.tostring(etree.fromstring(LAUGHS, xmp._parser()))) < 10_000


@pytest.mark.parametrize("evil", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
def test_hostile_xmp_in_a_file(tmp_path: Path, evil: bytes) -> None:
    path = tmp_path / "evil.jpg"
    parsed = jpeg.split(make_image("JPEG"))
    path.write_bytes(jpeg.assemble(parsed, None, jpeg.xmp_segments(evil, None), None))
    record = metadata.read(path)
    assert record.error is None and record.caption is None
    assert any("DTD" in w for w in record.warnings)
    before = path.read_bytes()
    with pytest.raises(metadata.MetadataError, match="XMP"):
        metadata.write(path, {"caption": "x"})
    assert path.read_bytes() == before


def test_malformed_xmp_is_a_warning() -> None:
    warnings: list[str] = []
    assert xmp.decode_xmp([b"<x:xmpmeta><rdf:RDF"], warnings) == {}
    assert "not well-formed" in warnings[0]


def test_update_keeps_foreign_properties() -> None:
    old = packet(
        b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        b'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        b'xmp:Rating="5" photoshop:Credit="Old credit">'
        b'<dc:subject><rdf:Bag><rdf:li>seine</rdf:li></rdf:Bag></dc:subject>'
        b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Old</rdf:li></rdf:Alt></dc:description>'
        b'</rdf:Description>')
    new = xmp.serialize(xmp.update_tree([old], {"caption": "New", "credit": "New credit"}))
    root = xmp.parse_packet(new)
    assert xmp.decode_xmp([new], []) == {"caption": "New", "credit": "New credit"}
    text = new.decode()
    assert 'xmp:Rating="5"' in text and "<rdf:li>seine</rdf:li>" in text
    assert "Old" not in text
    assert root.tag == "{adobe:ns:meta/}xmpmeta"


def _seed_extended(path: Path) -> None:
    """A JPEG whose XMP already spans main and extended packets (big foreign property)."""
    import hashlib

    history = b"<photoshop:History>" + b"step; " * 15000 + b"</photoshop:History>"
    seed = packet(b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">'
                  + history + b"</rdf:Description>")
    tree = xmp.update_tree([seed], {"credit": "AFP"})
    main, ext = xmp.split_extended(tree, ["credit"], lambda b: hashlib.md5(b).hexdigest().upper(), 65000)
    path.write_bytes(jpeg.assemble(jpeg.split(path.read_bytes()), None, jpeg.xmp_segments(main, ext), None))
    assert metadata.read(path).credit == "AFP"


@pytest.mark.parametrize("big", ["caption", "foreign"])
def test_extended_xmp_in_jpeg(tmp_path: Path, big: str) -> None:
    """Over one segment (64 KB), XMP is split into main and extended packets."""
    path = tmp_path / "ext.jpg"
    path.write_bytes(make_image("JPEG"))
    if big == "foreign":
        _seed_extended(path)
        fields = {"caption": "Small caption", "credit": "AFP"}
    else:
        fields = {"caption": "Ω" * 40000, "credit": "AFP"}  # 80 KB of UTF-8
    before = jpeg.image_data(path.read_bytes())
    result = metadata.write(path, fields, mode="overwrite")
    data = path.read_bytes()
    assert data.count(jpeg.EXT_XMP_HEADER) >= 2
    assert jpeg.image_data(data) == before
    record = metadata.read(path)
    assert {k: record.fields()[k] for k in fields} == fields
    assert not [w for w in record.warnings if "XMP" in w]
    if big == "foreign":
        assert b"step; step;" in data  # the foreign property survived
    else:
        assert "caption" not in record.sources["exif"] and any("EXIF" in w for w in result.warnings)
    if exiftool_path():
        tags = exiftool_json(path)
        assert tags["XMP-dc:Description"] == fields["caption"]
        assert tags["XMP-photoshop:Credit"] == "AFP"
        assert not any(k.endswith(":Warning") for k in tags), tags
