"""XMP packets: safe parsing, reading our fields, and updating them in place.

Parsing refuses any DTD (XMP forbids one; a DTD is how XXE and billion-laughs attacks
come in) and uses lxml with entity resolution, network access and huge trees all off.
Updating keeps every property we do not own: ours are removed wherever they are
(element or attribute form) and written again in one ``rdf:Description``.
"""
from __future__ import annotations

import copy
import re
from functools import lru_cache
from typing import Any

from lxml import etree

NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "plus": "http://ns.useplus.org/ldf/xmp/1.0/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmpNote": "http://ns.adobe.com/xmp/note/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RDF = "{%s}" % NS["rdf"]

# our field -> (namespace prefix, property, kind)
PROPERTIES: dict[str, tuple[str, str, str]] = {
    "caption": ("dc", "description", "alt"),
    "creators": ("dc", "creator", "seq"),
    "copyright": ("dc", "rights", "alt"),
    "credit": ("photoshop", "Credit", "simple"),
    "source": ("photoshop", "Source", "simple"),
    "usage_terms": ("xmpRights", "UsageTerms", "alt"),
    "web_statement": ("xmpRights", "WebStatement", "simple"),
    "licensor": ("plus", "Licensor", "licensor"),
    "digital_source_type": ("Iptc4xmpExt", "DigitalSourceType", "simple"),
}
HAS_EXTENDED = "{%s}HasExtendedXMP" % NS["xmpNote"]
MAX_PACKET = 64 * 1024 * 1024  # refuse absurd packets before handing them to a parser
_DTD_RE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
PACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"


class XmpError(ValueError):
    pass


def qname(field: str) -> str:
    prefix, local, _ = PROPERTIES[field]
    return "{%s}%s" % (NS[prefix], local)


def _parser() -> etree.XMLParser:
    # A new parser per call: lxml parsers are not thread-safe.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
        dtd_validation=False, remove_comments=False, remove_pis=False,
    )


def parse_packet(packet: bytes) -> etree._Element:
    """The root element of an XMP packet; raises XmpError for anything unsafe or broken."""
    if len(packet) > MAX_PACKET:
        raise XmpError(f"XMP packet too large ({len(packet)} bytes)")
    if _DTD_RE.search(packet):
        raise XmpError("XMP packet declares a DTD or entities (refused: XMP forbids them)")
    packet = packet.strip(b"\0 \r\n\t")
    try:
        root = etree.fromstring(packet, _parser())
    except etree.XMLSyntaxError as exc:
        # Some writers leave junk around the packet: retry with the xmpmeta element only.
        start, end = packet.find(b"<x:xmpmeta"), packet.rfind(b"</x:xmpmeta>")
        if start < 0 or end < 0:
            raise XmpError(f"XMP packet is not well-formed XML: {exc}") from exc
        try:
            root = etree.fromstring(packet[start:end + len(b"</x:xmpmeta>")], _parser())
        except etree.XMLSyntaxError as exc2:
            raise XmpError(f"XMP packet is not well-formed XML: {exc2}") from exc2
    if _rdf(root) is None:
        raise XmpError("XMP packet has no rdf:RDF element")
    return root


def _rdf(root: etree._Element) -> etree._Element | None:
    if root.tag == RDF + "RDF":
        return root
    return root.find(f".//{RDF}RDF")


def _descriptions(root: etree._Element) -> list[etree._Element]:
    rdf = _rdf(root)
    return [] if rdf is None else rdf.findall(f"{RDF}Description")


def _text(el: etree._Element) -> str | None:
    if el.get(RDF + "resource"):
        return el.get(RDF + "resource").strip() or None
    text = "".join(el.itertext()).strip() if len(el) == 0 else (el.text or "").strip()
    return text or None


def _items(el: etree._Element) -> list[etree._Element]:
    container = next((c for c in el if c.tag in (RDF + "Alt", RDF + "Seq", RDF + "Bag")), None)
    return [] if container is None else container.findall(f"{RDF}li")


def _read_property(desc: etree._Element, field: str) -> Any:
    name = qname(field)
    kind = PROPERTIES[field][2]
    if desc.get(name) is not None:  # attribute form: a simple value
        value = desc.get(name).strip()
        if not value:
            return None
        return [value] if kind == "seq" else value
    el = desc.find(name)
    if el is None:
        return None
    items = _items(el)
    if kind == "alt":
        if not items:
            return _text(el)
        default = next((li for li in items if li.get(XML_LANG) == "x-default"), items[0])
        return _text(default)
    if kind == "seq":
        values = [v for v in (_text(li) for li in items) if v] if items else [v for v in [_text(el)] if v]
        return values or None
    if kind == "licensor":
        names = []
        for li in items or [el]:
            holder = li.find(f"{RDF}Description") if li.find(f"{RDF}Description") is not None else li
            found = holder.get("{%s}LicensorName" % NS["plus"]) or next(
                (_text(c) for c in holder if c.tag == "{%s}LicensorName" % NS["plus"]), None)
            if found:
                names.append(found.strip())
        return "; ".join(names) or None
    return _text(el)


def decode_xmp(packets: list[bytes], warnings: list[str]) -> dict[str, Any]:
    """Our fields from the main packet and its extension (earlier packets win)."""
    out: dict[str, Any] = {}
    for packet in packets:
        try:
            root = parse_packet(packet)
        except XmpError as exc:
            warnings.append(str(exc))
            continue
        for desc in _descriptions(root):
            for field in PROPERTIES:
                if field not in out:
                    value = _read_property(desc, field)
                    if value:
                        out[field] = value
    return out


def extended_guid(packet: bytes) -> str | None:
    """The xmpNote:HasExtendedXMP GUID of a main packet, if any."""
    try:
        root = parse_packet(packet)
    except XmpError:
        return None
    for desc in _descriptions(root):
        value = desc.get(HAS_EXTENDED)
        if value is None and desc.find(HAS_EXTENDED) is not None:
            value = desc.find(HAS_EXTENDED).text
        if value:
            return value.strip()
    return None


# --- writing -----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _empty_packet() -> bytes:
    return (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="mediakit">'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'
    )


def _remove_property(root: etree._Element, name: str) -> None:
    for desc in _descriptions(root):
        if name in desc.attrib:
            del desc.attrib[name]
        for el in desc.findall(name):
            desc.remove(el)


def _drop_empty_descriptions(root: etree._Element) -> None:
    rdf = _rdf(root)
    for desc in _descriptions(root):
        if len(desc) == 0 and set(desc.attrib) <= {RDF + "about"}:
            rdf.remove(desc)


def _build_property(parent: etree._Element, field: str, value: Any) -> None:
    prefix, local, kind = PROPERTIES[field]
    el = etree.SubElement(parent, qname(field))
    if kind == "simple":
        el.text = value
    elif kind == "alt":
        li = etree.SubElement(etree.SubElement(el, RDF + "Alt"), RDF + "li")
        li.set(XML_LANG, "x-default")
        li.text = value
    elif kind == "seq":
        seq = etree.SubElement(el, RDF + "Seq")
        for item in value:
            etree.SubElement(seq, RDF + "li").text = item
    elif kind == "licensor":
        seq = etree.SubElement(el, RDF + "Seq")
        for name in [p.strip() for p in value.split(";") if p.strip()] or [value]:
            li = etree.SubElement(seq, RDF + "li")
            li.set(RDF + "parseType", "Resource")
            etree.SubElement(li, "{%s}LicensorName" % NS["plus"]).text = name


def _our_description(root: etree._Element) -> etree._Element:
    rdf = _rdf(root)
    nsmap = {p: NS[p] for p in ("rdf", "dc", "photoshop", "xmpRights", "plus", "Iptc4xmpExt", "xmpNote")}
    desc = etree.SubElement(rdf, RDF + "Description", nsmap=nsmap)
    desc.set(RDF + "about", "")
    return desc


def update_tree(packets: list[bytes], values: dict[str, Any]) -> etree._Element:
    """The parsed packets (main and extension merged, or a new packet) with our
    properties set to ``values``. Raises XmpError for a packet it cannot parse."""
    root = parse_packet(packets[0]) if packets else etree.fromstring(_empty_packet(), _parser())
    rdf = _rdf(root)
    for extra in packets[1:]:
        for desc in _descriptions(parse_packet(extra)):
            rdf.append(desc)
    for field in values:
        _remove_property(root, qname(field))
    _remove_property(root, HAS_EXTENDED)  # the caller re-splits when it must
    desc = _our_description(root)
    for field in PROPERTIES:  # fixed order: stable output
        if field in values:
            _build_property(desc, field, values[field])
    _drop_empty_descriptions(root)
    return root


def serialize(root: etree._Element, padding: int = 2048) -> bytes:
    """A complete packet with the xpacket wrapper and padding for in-place editors."""
    if root.tag == RDF + "RDF":
        meta = etree.Element("{adobe:ns:meta/}xmpmeta", nsmap={"x": NS["x"]})
        meta.append(root)
        root = meta
    body = etree.tostring(root, encoding="utf-8")
    pad = b"".join([b" " * 99 + b"\n"] * (padding // 100))
    return (
        b'<?xpacket begin="\xef\xbb\xbf" id="' + PACKET_ID.encode() + b'"?>\n'
        + body + b"\n" + pad + b'<?xpacket end="w"?>'
    )


def split_extended(root: etree._Element, fields: list[str], guid_for, limit: int) -> tuple[bytes, bytes]:
    """Main and extended packets for a tree too big for one JPEG segment (XMP part 3).

    The main packet keeps our fields (when they fit) and xmpNote:HasExtendedXMP; the
    extended packet holds everything else. ``guid_for(extended_bytes)`` gives the GUID.
    """
    rest = copy.deepcopy(root)
    main = etree.fromstring(_empty_packet(), _parser())
    main_desc = _our_description(main)
    for field in fields:
        for desc in _descriptions(rest):
            for el in desc.findall(qname(field)):
                main_desc.append(copy.deepcopy(el))
        _remove_property(rest, qname(field))
    _drop_empty_descriptions(rest)
    extended = etree.tostring(rest, encoding="utf-8")
    main_desc.set(HAS_EXTENDED, guid_for(extended))
    packet = serialize(main, padding=0)
    if len(packet) > limit:  # our own fields are too big: they go to the extension too
        extended = etree.tostring(root, encoding="utf-8")
        main = etree.fromstring(_empty_packet(), _parser())
        _our_description(main).set(HAS_EXTENDED, guid_for(extended))
        packet = serialize(main, padding=0)
    return packet, extended
