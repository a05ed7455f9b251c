"""``read`` and ``write``: format dispatch, decoding, reconciliation, safe rewriting."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Union

from mediakit.metadata import exif as exif_mod
from mediakit.metadata import exiftool, gif, iptc, jpeg, other, png, tiff, webp
from mediakit.metadata import xmp as xmp_mod
from mediakit.metadata.base import Containers
from mediakit.metadata.fileio import atomic_write
from mediakit.metadata.model import (
    FIELDS, LIST_FIELDS, EmbeddedMetadata, MetadataError, WriteResult, is_empty, normalize_fields,
)
from mediakit.metadata.reconcile import reconcile
from mediakit.metadata.sidecar import read_sidecar, target_sidecar_path, updated_sidecar

PathOrBytes = Union[str, os.PathLike, bytes, bytearray, memoryview]
READERS = (jpeg, png, webp, tiff, gif)  # sniffed in this order; anything else: Pillow
EMBEDDERS = {"JPEG": jpeg, "PNG": png, "WEBP": webp}
EXIF_FIELDS = ("caption", "creators", "copyright")


def read_containers(data: bytes) -> Containers:
    for module in READERS:
        if module.sniff(data[:16]):
            return module.read_containers(data)
    return other.read_containers(data)


def _pixel_limit_warning(c: Containers) -> str | None:
    from PIL import Image

    limit = Image.MAX_IMAGE_PIXELS
    if limit and c.width and c.height and c.width * c.height > limit:
        return (f"{c.width}x{c.height} exceeds Pillow's decompression-bomb limit ({limit} pixels); "
                "metadata read from headers only")
    return None


def decode(c: Containers, path: str | None, sidecar: bytes | None = None) -> EmbeddedMetadata:
    record = EmbeddedMetadata(path=path, format=c.format, width=c.width, height=c.height)
    warnings = list(c.warnings)
    sources: dict[str, dict[str, Any]] = {
        "exif": exif_mod.decode_exif(c.exif, warnings) if c.exif else {},
        "iptc": iptc.decode_iim(c.iim, warnings) if c.iim else {},
        "xmp": xmp_mod.decode_xmp(c.xmp, warnings) if c.xmp else {},
    }
    if sidecar is not None:
        sources["sidecar"] = xmp_mod.decode_xmp([sidecar], warnings)
    record.iim_digest = iptc.digest_state(c.iim, c.iim_digest)
    if record.iim_digest == "mismatch":
        warnings.append("IIM digest does not match: IIM was edited without XMP; IIM values preferred")
    values, record.conflicts = reconcile(sources, record.iim_digest)
    for name, value in values.items():
        setattr(record, name, value if value is not None else ([] if name in LIST_FIELDS else None))
    record.sources = sources
    if note := _pixel_limit_warning(c):
        warnings.append(note)
    record.warnings = warnings
    return record


def read(path_or_bytes: PathOrBytes, *, use_sidecar: bool = True) -> EmbeddedMetadata:
    """What an image file embeds (and its XMP sidecar says), reconciled.

    Never raises for a bad file: the record carries ``warnings`` (and ``error`` when
    nothing could be read).
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data, path, shown = bytes(path_or_bytes), None, None
    else:
        path = Path(path_or_bytes)
        shown = os.fspath(path_or_bytes)
        try:
            data, containers = _read_file(path)
        except OSError as exc:
            record = EmbeddedMetadata(path=shown, error=f"cannot read {shown}: {exc.strerror or exc}")
            record.warnings.append(record.error)
            return record
        except MetadataError as exc:
            record = EmbeddedMetadata(path=shown, error=f"cannot read {shown}: {exc}")
            record.warnings.append(record.error)
            return record
        if containers is not None:
            side = read_sidecar(path) if use_sidecar else None
            return decode(containers, shown, side)
    try:
        containers = read_containers(data)
    except MetadataError as exc:
        record = EmbeddedMetadata(path=shown, error=f"cannot read {shown or 'image'}: {exc}")
        record.warnings.append(record.error)
        return record
    side = read_sidecar(path) if (path is not None and use_sidecar) else None
    return decode(containers, shown, side)


HEAD_BYTES = 1 << 18


def _read_file(path: Path) -> tuple[bytes, Containers | None]:
    """A JPEG's metadata is all before its image data: read only the head (and the
    last bytes, for the EOI check) when that suffices; other formats are read whole."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
        size = os.fstat(handle.fileno()).st_size
        if size > len(head) and jpeg.sniff(head):
            handle.seek(max(size - 64, 0))
            end = handle.read()
            containers = jpeg.read_head(head, end)
            if containers is not None:
                return head, containers
        handle.seek(len(head))
        return head + handle.read(), None


# --- writing ---------------------------------------------------------------------------

def plan(current: EmbeddedMetadata, fields: dict[str, Any], mode: str) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(values to store, fields actually changed, fields kept) for ``fill``/``overwrite``.

    The stored values are every reconciled field after the change, so EXIF, IIM and XMP
    agree afterwards (MWG: a writer keeps the three in step).
    """
    if mode not in ("fill", "overwrite"):
        raise ValueError(f"mode must be 'fill' or 'overwrite', not {mode!r}")
    target = current.fields()
    changed: dict[str, Any] = {}
    kept: list[str] = []
    for name, value in fields.items():
        if mode == "fill" and not is_empty(target.get(name)):
            kept.append(name)
            continue
        if target.get(name) != value:
            changed[name] = value
        target[name] = value
    return target, changed, kept


def _new_exif(old: bytes | None, values: dict[str, Any], fmt: str, warnings: list[str]) -> bytes:
    """The patched EXIF block. In JPEG it must fit one segment: a text too long for
    that is left out of EXIF (and its old EXIF value removed, so XMP is read)."""
    texts = exif_mod.exif_texts(values)
    room = jpeg.MAX_PAYLOAD - len(jpeg.EXIF_HEADER) if fmt == "JPEG" else 1 << 32
    try:
        blob = exif_mod.patch_exif(old, texts, for_jpeg=fmt == "JPEG")
        if len(blob) > room:
            too_long = frozenset(t for t, v in texts.items() if len(v.encode("utf-8")) > 4096)
            texts = {t: v for t, v in texts.items() if t not in too_long}
            blob = exif_mod.patch_exif(old, texts, for_jpeg=True, remove=too_long)
            warnings.append("text too long for the JPEG EXIF segment left out of EXIF; it is in XMP (and IIM, cut)")
    except exif_mod.TiffError as exc:
        raise MetadataError(f"existing EXIF cannot be parsed ({exc}); file left untouched") from exc
    if len(blob) > room:
        raise MetadataError("EXIF block would exceed one JPEG segment; file left untouched")
    return blob


def _embed(fmt: str, data: bytes, values: dict[str, Any], warnings: list[str]) -> list:
    """The new file as parts (bytes-like, in order) with the metadata containers rebuilt.
    For JPEG the last part is the old file's scan data itself (a view, not a copy)."""
    exif_values = {k: v for k, v in values.items() if k in EXIF_FIELDS}
    iim_values = {k: v for k, v in values.items() if k in iptc.DATASETS}
    if fmt == "JPEG":
        parsed = jpeg.split(data)
        if not parsed.complete:
            raise MetadataError("; ".join(parsed.warnings) or "JPEG header is incomplete")
        c = jpeg.containers_of(parsed)
    else:
        c = EMBEDDERS[fmt].read_containers(data)
        if fmt == "PNG" and not png.split(data)[2]:
            raise MetadataError("; ".join(c.warnings) or "PNG is incomplete")
    new_exif = _new_exif(c.exif, exif_values, fmt, warnings) if exif_values else None
    try:
        tree = xmp_mod.update_tree(c.xmp, values)
    except xmp_mod.XmpError as exc:
        raise MetadataError(f"existing XMP cannot be parsed ({exc}); file left untouched") from exc
    if fmt != "JPEG":
        return [EMBEDDERS[fmt].assemble(data, new_exif, xmp_mod.serialize(tree))]
    room = jpeg.MAX_PAYLOAD - len(jpeg.XMP_HEADER)
    packet = xmp_mod.serialize(tree)
    if len(packet) > room:
        packet = xmp_mod.serialize(tree, padding=0)
    if len(packet) <= room:
        segments = jpeg.xmp_segments(packet, None)
    else:
        main, ext = xmp_mod.split_extended(
            tree, [f for f in FIELDS if f in values],
            lambda b: hashlib.md5(b).hexdigest().upper(), room)
        segments = jpeg.xmp_segments(main, ext)
    irb = None
    if iim_values or c.iim:
        new_iim = iptc.encode_iim(c.iim, iim_values, warnings)
        resources = jpeg.old_irb(parsed, warnings)
        irb = iptc.build_irb(iptc.irb_with_iim(resources, new_iim))
    return [jpeg.assemble_header(parsed, new_exif, segments, irb), parsed.tail]


def _verify(fmt: str, old: bytes, parts: list, values: dict[str, Any]) -> None:
    """Refuse to replace the file unless the image data is byte-identical and the new
    metadata reads back as written."""
    if fmt == "JPEG":
        header, tail = parts
        old_tail = jpeg.split(old).tail
        # The scan data is the old file's own bytes (a view of them): check it is all of it.
        if not (isinstance(tail, memoryview) and tail.obj is old and len(tail) == len(old_tail)
                and old.startswith(tail, len(old) - len(tail))):
            raise MetadataError("internal error: image data would change; file left untouched")
        parsed = jpeg.split(header + bytes(tail[:4]), end=bytes(tail[-64:]))
        if not parsed.complete:
            raise MetadataError("internal error: new JPEG header does not parse; file left untouched")
        check = decode(jpeg.containers_of(parsed), None)
    else:
        (new,) = parts
        module = EMBEDDERS[fmt]
        if module.image_data(old) != module.image_data(new):
            raise MetadataError("internal error: image data would change; file left untouched")
        check = decode(read_containers(new), None)
    got = check.fields()
    wrong = [k for k, v in values.items() if got.get(k) != v]
    if wrong:
        raise MetadataError(f"internal error: {', '.join(wrong)} would not read back; file left untouched")


def write(path: str | os.PathLike, fields: dict[str, Any], mode: str = "fill", sidecar: bool = False) -> WriteResult:
    """Embed ``fields`` in the image at ``path`` without touching its image data.

    ``fill`` writes only fields the file does not have yet; ``overwrite`` replaces them.
    JPEG, PNG and WebP are rewritten by mediakit (atomically); other formats, or
    ``sidecar=True``, get an XMP sidecar (``name.ext.xmp``, or the image's existing
    one; see ``sidecar``), or go through exiftool when it
    is installed. Raises MetadataError (file untouched) for a file it cannot parse.
    """
    path = Path(path)
    fields = normalize_fields(fields)
    try:
        return _write(path, fields, mode, sidecar)
    except OSError as exc:  # cannot create the temporary file, disk full, read-only ...
        raise MetadataError(f"cannot write {path}: {exc.strerror or exc} (file left untouched)") from exc
    except MetadataError as exc:
        message = str(exc)
        if str(path) not in message:
            message = f"{path}: {message}"
        if "untouched" not in message:
            message += " (file left untouched)"
        raise MetadataError(message) from exc


def _write(path: Path, fields: dict[str, Any], mode: str, sidecar: bool) -> WriteResult:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MetadataError(f"cannot read {path}: {exc.strerror or exc}") from exc
    current = read(data)
    if current.error:
        raise MetadataError(current.error.replace("cannot read image: ", ""))
    side_old = read_sidecar(path)
    if side_old is not None:
        current = decode(read_containers(data), str(path), side_old)
    values, changed, kept = plan(current, fields, mode)
    result = WriteResult(path=str(path), format=current.format, method="unchanged", kept=kept)
    if not changed:
        return result
    result.written = changed
    warnings = result.warnings
    fmt = current.format or ""
    if sidecar or (fmt not in EMBEDDERS and not exiftool.available()):
        if not sidecar:
            warnings.append(f"{fmt} files are not rewritten without exiftool; wrote an XMP sidecar")
        _write_sidecar(path, values, result)
        return result
    if fmt in EMBEDDERS:
        new = _embed(fmt, data, values, warnings)
        _verify(fmt, data, new, values)
        warnings += atomic_write(path, new)
        result.method = "embedded"
    else:  # exiftool replaces the file it is given: give it a symlink's target
        warnings += exiftool.write(Path(os.path.realpath(path)), values)
        result.method = "exiftool"
    if side_old is not None:  # an existing sidecar is kept in step, or it would win on read
        _write_sidecar(path, values, result, method=result.method)
    return result


def _write_sidecar(path: Path, values: dict[str, Any], result: WriteResult, method: str = "sidecar") -> None:
    target = target_sidecar_path(path)
    try:
        packet = updated_sidecar(path, values)
    except xmp_mod.XmpError as exc:
        raise MetadataError(f"existing sidecar {target} cannot be parsed ({exc}); left untouched") from exc
    result.warnings += atomic_write(target, packet)
    result.sidecar = str(target)
    result.method = method
