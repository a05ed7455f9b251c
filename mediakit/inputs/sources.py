"""Turning command-line inputs into a stream of documents, whatever holds them.

An input is a file, a folder (walked recursively, in sorted order), a zip or tar
(.gz/.bz2/.xz) archive read member by member without unpacking to disk, a WARC or ARC
file (gzipped or not, via warcio), or ``-`` for one document on standard input.
Containers are recognised by their first bytes, not by their names.

Every document carries a traceable ``source``:

- a plain file: the path as given (``pages/a.html``);
- a member of a zip or tar: ``export.zip!member/path.html``;
- a WARC/ARC record: ``crawl.warc.gz#12345`` (the record's byte offset in the file);

and a ``provenance`` mapping (container, member, WARC offset, record id, ...) that the
batch runner adds to the article record so audit rows can be traced back.

Nothing here keeps a whole archive in memory: documents are read one at a time, each
at most ``max_bytes`` long (a longer one becomes an error document, its bytes skipped).
Problems become error documents (``Document.error``) so that one broken member never
stops the walk.
"""
from __future__ import annotations

import bz2
import fnmatch
import io
import lzma
import os
import tarfile
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Mapping, Sequence

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/xml+xhtml"})
TEXT_TYPES = frozenset({"text/plain"})
_HEAD_BYTES = 1024
_RESYNC_CHUNK = 1 << 20
_DECOMPRESS_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class InputError:
    """Why a document could not be read: the stage that failed and a message for people."""

    stage: str  # read | size-limit | decode | time-limit | extract | worker
    message: str


@dataclass(frozen=True, slots=True)
class Document:
    """One document to extract, or the error met while reading it."""

    source: str
    data: bytes | None
    url: str | None = None
    kind: str | None = None  # "html" / "text" when the container says so; None: sniff
    provenance: Mapping[str, Any] | None = None
    error: InputError | None = None
    # Bytes of this input consumed once this document was read, and the input's size:
    # enough for a progress bar to estimate the time left.
    position: int = 0
    # URL -> archived image record, for the archive this document came from (shared).
    archived_images: Mapping[str, Mapping[str, Any]] | None = field(default=None, repr=False)
    # Problems met while reading that did not stop it (a truncated .gz): added to the
    # record's warnings.
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputOptions:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    match_images: bool = True  # index a WARC's image records to match article images


# --------------------------------------------------------------------------- helpers


@lru_cache(maxsize=None)
def _suffixes(name: str) -> tuple[str, ...]:
    text = resources.files("mediakit.inputs").joinpath("data", name).read_text("utf-8")
    return tuple(line.strip().lower() for line in text.splitlines()
                 if line.strip() and not line.lstrip().startswith("#"))


def document_suffixes() -> tuple[str, ...]:
    return _suffixes("document_suffixes.txt")


def archive_suffixes() -> tuple[str, ...]:
    return _suffixes("archive_suffixes.txt")


def compression_suffixes() -> tuple[str, ...]:
    return _suffixes("compression_suffixes.txt")


def without_compression_suffix(name: str) -> str:
    """``page.html.gz`` -> ``page.html``: the name of the document a compressed file holds."""
    lower = name.lower()
    for ending in compression_suffixes():
        if lower.endswith(ending):
            return name[: -len(ending)]
    return name


def wanted(name: str, options: InputOptions, default_suffixes: Sequence[str]) -> bool:
    """Whether a member or file name passes the --include/--exclude globs.

    A glob is matched against the whole relative name and against each of its tails
    (``a/b/c.html``, ``b/c.html``, ``c.html``), so ``--include '*.html'`` and
    ``--exclude 'drafts/*'`` do what one expects at any depth.
    """
    base = name.rsplit("/", 1)[-1]
    parts = name.split("/")
    tails = ["/".join(parts[i:]) for i in range(len(parts))]

    def matches(pattern: str) -> bool:
        return any(fnmatch.fnmatch(tail, pattern) for tail in tails)

    if any(matches(p) for p in options.exclude):
        return False
    if options.include:
        return any(matches(p) for p in options.include)
    return without_compression_suffix(base).lower().endswith(tuple(default_suffixes))


def looks_binary(data: bytes) -> bool:
    """True for content no text decoding makes sense of (images, executables, ...).

    NUL bytes never occur in HTML or text in UTF-8 or single-byte encodings; UTF-16
    text has them but starts with a byte-order mark.
    """
    head = data[:_HEAD_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def read_limited(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """At most ``max_bytes`` of ``stream``; ``None`` when it holds more (rest unread)."""
    data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _size_error(source: str, max_bytes: int, **kwargs: Any) -> Document:
    return Document(source=source, data=None,
                    error=InputError("size-limit", f"document larger than {max_bytes} bytes"), **kwargs)


# --------------------------------------------------------------------------- sniffing


def container_kind(head: bytes, plain: bytes | None = None) -> str:
    """``zip``, ``tar``, ``warc``, ``compressed`` (one compressed document) or ``document``.

    ``head`` is the first bytes of the file; ``plain`` the first decompressed bytes when
    the file is gzip/bz2/xz (``None``: decompressed from ``head`` when it is enough).
    """
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if not _is_compressed(head):
        plain = head
    elif plain is None:
        plain = _decompress_head(head)
    if plain is head:
        return _plain_kind(head) or "document"
    if not plain:
        return "compressed"  # compressed but unreadable: reading it reports the error
    return _plain_kind(plain) or "compressed"


def _plain_kind(plain: bytes) -> str | None:
    if plain.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if plain[257:262] == b"ustar":
        return "tar"
    return None


def _is_compressed(head: bytes) -> bool:
    return head.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00"))


def _decompress_head(head: bytes) -> bytes:
    """The first decompressed bytes of a gzip/bz2/xz stream (b"" when none come out:
    damaged, or bz2 whose first block is longer than ``head``)."""
    try:
        if head.startswith(b"\x1f\x8b"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 600)
        if head.startswith(b"BZh"):
            return bz2.BZ2Decompressor().decompress(head, 600)
        return lzma.LZMADecompressor().decompress(head, 600)
    except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError):
        return b""


def file_container_kind(path: str) -> str:
    """``container_kind`` of a file, decompressing as much as its start needs."""
    with open(path, "rb") as fh:
        head = fh.read(_HEAD_BYTES)
    plain = None
    if _is_compressed(head):
        try:
            with _open_compressed(path) as stream:
                plain = stream.read(600)
        except (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError):
            plain = b""
    return container_kind(head, plain)


def _open_compressed(path: str) -> BinaryIO:
    with open(path, "rb") as fh:
        magic = fh.read(6)
    if magic.startswith(b"\x1f\x8b"):
        import gzip
        return gzip.open(path, "rb")
    if magic.startswith(b"BZh"):
        return bz2.open(path, "rb")
    return lzma.open(path, "rb")


# --------------------------------------------------------------------------- walking


def iter_documents(
    inputs: Iterable[str],
    options: InputOptions = InputOptions(),
    skipped: Counter | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document]:
    """Every document of every input, in the order given (folders in sorted order).

    ``skipped`` counts what was met and left out, by reason (``warc revisit``,
    ``warc non-200``, ``not a document``, ...). ``-`` reads one document from
    ``stdin``; ``@-`` reads a list of paths (one per line) from it.
    """
    skipped = skipped if skipped is not None else Counter()
    for given in inputs:
        if given == "-":
            yield _stdin_document(stdin, options)
        elif given == "@-" and not os.path.exists(given):
            yield from iter_documents(read_path_list(stdin), options, skipped, stdin=None)
        else:
            yield from iter_path(given, options, skipped)


def read_path_list(stream: BinaryIO | None) -> Iterator[str]:
    """Paths, one per line (blank lines and surrounding spaces ignored)."""
    import sys
    stream = stream if stream is not None else sys.stdin.buffer
    for raw in stream:
        line = raw.decode("utf-8", "surrogateescape").strip()
        if line:
            yield line


def _stdin_document(stdin: BinaryIO | None, options: InputOptions) -> Document:
    import sys
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = read_limited(stream, options.max_bytes)
    if data is None:
        return _size_error("-", options.max_bytes)
    return Document(source="-", data=data, position=len(data))


def iter_path(path: str, options: InputOptions, skipped: Counter) -> Iterator[Document]:
    """Documents of one path given by the user: a folder, a container or a document.

    A URL (``s3://``, ``gs://``, ``hdfs://``, ``https://`` ...) is read as a WARC/ARC
    file through fsspec: the form web archives are stored in.
    """
    if is_remote(path):
        yield from _iter_remote_warc(path, options, skipped)
        return
    path = path.removeprefix("file://")
    if os.path.isdir(path):
        yield from _iter_folder(path, options, skipped)
        return
    yield from _iter_file(path, options, skipped)


def _iter_file(path: str, options: InputOptions, skipped: Counter) -> Iterator[Document]:
    """Documents of one file, given by name or found in a folder: its first bytes say
    whether it is a container (zip, tar, WARC/ARC), a compressed page or a document."""
    try:
        kind = file_container_kind(path)
    except OSError as exc:
        yield Document(source=path, data=None, error=InputError("read", f"cannot read {path}: {exc.strerror or exc}"))
        return
    if kind == "zip":
        yield from _iter_zip(path, options, skipped)
    elif kind == "tar":
        yield from _iter_tar(path, options, skipped)
    elif kind == "warc":
        yield from iter_warc(path, options, skipped)
    elif kind == "compressed":
        yield _compressed_document(path, options)
    else:
        yield _file_document(path, path, options)


def _iter_remote_warc(path: str, options: InputOptions, skipped: Counter) -> Iterator[Document]:
    try:
        yield from iter_warc(path, options, skipped)
    except OSError as exc:  # cannot open (no fsspec, no such object, no credentials ...)
        yield Document(source=path, data=None, error=InputError("read", f"cannot read {path}: {exc}"))


def _file_document(path: str, source: str, options: InputOptions, provenance: Mapping[str, Any] | None = None) -> Document:
    try:
        size = os.path.getsize(path)
        if size > options.max_bytes:
            return _size_error(source, options.max_bytes, provenance=provenance, position=size)
        with open(path, "rb") as fh:
            data = read_limited(fh, options.max_bytes)
    except OSError as exc:
        return Document(source=source, data=None, provenance=provenance,
                        error=InputError("read", f"cannot read {source}: {exc.strerror or exc}"))
    if data is None:
        return _size_error(source, options.max_bytes, provenance=provenance)
    return Document(source=source, data=data, provenance=provenance, position=len(data))


def _compressed_document(path: str, options: InputOptions) -> Document:
    """A single gzip/bz2/xz-compressed page (``page.html.gz``), decompressed in memory."""
    try:
        position = os.path.getsize(path)
        with _open_compressed(path) as stream:
            return _decompressed_document(stream, path, options, position=position)
    except OSError as exc:
        return Document(source=path, data=None, error=InputError("read", f"cannot read {path}: {exc.strerror or exc}"))


def _decompressed_document(stream: Any, source: str, options: InputOptions, **kwargs: Any) -> Document:
    """The document a gzip/bz2/xz reader (``gzip.GzipFile`` ...) holds, at most
    ``options.max_bytes`` of it.

    A stream that stops early (a download or copy cut short) keeps what decompressed
    before the cut, with a warning: the start of a page usually holds its pictures.
    Corrupt data, or a cut before any byte came out, is a read error.
    """
    parts: list[bytes] = []
    total = 0
    try:
        # read1 decompresses at most one input block per call, so when the end comes
        # early (EOFError) nothing already decompressed is lost with the exception.
        while chunk := stream.read1(_DECOMPRESS_CHUNK):
            total += len(chunk)
            if total > options.max_bytes:
                return _size_error(source, options.max_bytes, **kwargs)
            parts.append(chunk)
    except EOFError:
        if not total:
            return Document(source=source, data=None, error=InputError(
                "read", f"cannot decompress {source}: the compressed data ends before any content (truncated file)"),
                **kwargs)
        warning = (f"{source}: the compressed data ends early (truncated file): "
                   f"kept the first {total} bytes, the rest of the document is missing")
        return Document(source=source, data=b"".join(parts), warnings=(warning,), **kwargs)
    except (OSError, zlib.error, lzma.LZMAError, ValueError) as exc:
        return Document(source=source, data=None, error=InputError(
            "read", f"cannot decompress {source}: corrupt compressed data ({type(exc).__name__}: {exc})"), **kwargs)
    return Document(source=source, data=b"".join(parts), **kwargs)


def _compressed_reader(fileobj: BinaryIO) -> Any:
    """A gzip/bz2/xz reader over ``fileobj``, chosen by its first bytes (it must be seekable)."""
    magic = fileobj.read(6)
    fileobj.seek(0)
    if magic.startswith(b"\x1f\x8b"):
        import gzip
        return gzip.GzipFile(fileobj=fileobj, mode="rb")
    if magic.startswith(b"BZh"):
        return bz2.BZ2File(fileobj, "rb")
    return lzma.LZMAFile(fileobj, "rb")


def _member_document(name: str, data: bytes, source: str, options: InputOptions,
                     provenance: Mapping[str, Any], position: int) -> Document:
    """A zip or tar member's document; a compressed one (``page.html.gz``) is decompressed."""
    if without_compression_suffix(name) != name and _is_compressed(data):
        with _compressed_reader(io.BytesIO(data)) as stream:
            return _decompressed_document(stream, source, options, provenance=provenance, position=position)
    return Document(source=source, data=data, provenance=provenance, position=position)


def _iter_folder(root: str, options: InputOptions, skipped: Counter) -> Iterator[Document]:
    done = 0  # bytes of the files walked so far, for progress
    for full, relative in _walk_sorted(root):
        name = relative.rsplit("/", 1)[-1]
        is_archive = name.lower().endswith(archive_suffixes()) and not options.include
        if not is_archive and not wanted(relative, options, document_suffixes()):
            skipped["not a document"] += 1
            continue
        if is_archive and not wanted(relative, replace(options, include=("*",)), ()):
            skipped["excluded"] += 1
            continue
        for doc in _iter_file(full, options, skipped):
            yield replace(doc, position=done + doc.position)
        done += _size_or_zero(full)


def _walk_sorted(root: str, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(path, relative name) of every file under ``root``, in name order, depth first.

    Files and folders are sorted together, so the order is that of the relative
    paths, the same on every machine and every run (resume relies on it).
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        relative = f"{prefix}{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from _walk_sorted(entry.path, relative + "/")
        elif entry.is_file():
            yield entry.path, relative


def _size_or_zero(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _iter_zip(path: str, options: InputOptions, skipped: Counter) -> Iterator[Document]:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        yield Document(source=path, data=None, error=InputError("read", f"cannot open zip {path}: {exc}"))
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            if not wanted(info.filename, options, document_suffixes()):
                skipped["not a document"] += 1
                continue
            source = f"{path}!{info.filename}"
            provenance = {"container": path, "member": info.filename}
            position = info.header_offset + info.compress_size
            if info.file_size > options.max_bytes:
                yield _size_error(source, options.max_bytes, provenance=provenance, position=position)
                continue
            try:
                with archive.open(info) as stream:
                    data = read_limited(stream, options.max_bytes)
            except (OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
                yield Document(source=source, data=None, provenance=provenance, position=position,
                               error=InputError("read", f"cannot read member: {exc}"))
                continue
            if data is None:
                yield _size_error(source, options.max_bytes, provenance=provenance, position=position)
                continue
            yield _member_document(info.filename, data, source, options, provenance, position)


class _CountingReader(io.RawIOBase):
    """A file wrapper that knows how many bytes were read (progress for streamed tars)."""

    def __init__(self, fh: BinaryIO):
        self._fh = fh
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        n = self._fh.readinto(buffer)  # type: ignore[attr-defined]
        self.count += n or 0
        return n

    def close(self) -> None:
        self._fh.close()
        super().close()


def _iter_tar(path: str, options: InputOptions, skipped: Counter) -> Iterator[Document]:
    """Members of a tar, read as a stream (``r|*``): no seeking, nothing unpacked to disk."""
    raw = _CountingReader(open(path, "rb"))
    member_source = path
    try:
        with tarfile.open(fileobj=io.BufferedReader(raw), mode="r|*") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                if not wanted(member.name, options, document_suffixes()):
                    skipped["not a document"] += 1
                    continue
                member_source = f"{path}!{member.name}"
                provenance = {"container": path, "member": member.name}
                if member.size > options.max_bytes:
                    yield _size_error(member_source, options.max_bytes, provenance=provenance, position=raw.count)
                    continue
                stream = archive.extractfile(member)
                data = stream.read() if stream is not None else b""
                yield _member_document(member.name, data, member_source, options, provenance, raw.count)
    except (OSError, EOFError, tarfile.TarError, zlib.error, lzma.LZMAError) as exc:
        yield Document(source=path, data=None, provenance={"container": path, "after": member_source},
                       error=InputError("read", f"cannot read tar {path} after {member_source}: {exc}"))
    finally:
        raw.close()


# --------------------------------------------------------------------------- WARC / ARC


def is_remote(path: str) -> bool:
    """A URL of object storage or HTTP (``s3://``, ``gs://``, ``hdfs://`` ...), not a local file."""
    return "://" in path and not path.startswith("file://")


def open_binary(path: str) -> BinaryIO:
    """A local file, or a remote one through fsspec (installed with the store's driver)."""
    if not is_remote(path):
        return open(path.removeprefix("file://"), "rb")
    try:
        import fsspec
    except ImportError as exc:
        raise OSError(f"reading {path} needs fsspec and the driver of its store (e.g. s3fs)") from exc
    return fsspec.open(path, "rb").open()


def iter_warc(path: str, options: InputOptions, skipped: Counter,
              opener: Callable[[str], BinaryIO] | None = None) -> Iterator[Document]:
    """HTML (and plain text) ``response``/``resource`` records of a WARC or ARC file.

    Records of other types, revisits, non-200 responses and other content types are
    counted in ``skipped``. A damaged stretch (a broken gzip member, a bad header)
    becomes one error document; reading resumes at the next record found after it.
    """
    opener = opener or open_binary
    arc = _is_arc(path, opener)
    images = warc_image_index(path, opener, arc=arc) if options.match_images else None
    with opener(path) as fh:
        yield from _warc_records(path, fh, options, skipped, images, arc)


def _is_arc(path: str, opener: Callable[[str], BinaryIO]) -> bool:
    """Whether the file is an ARC (not a WARC). Parsing a WARC strictly as WARC matters:
    with ARC parsing allowed, a damaged stretch can pass for an ARC header line and
    swallow the records after it."""
    with opener(path) as fh:
        head = fh.read(_HEAD_BYTES)
    plain = _decompress_head(head) if _is_compressed(head) else head
    return plain.startswith(b"filedesc://")


def _warc_records(path: str, fh: BinaryIO, options: InputOptions, skipped: Counter,
                  images: Mapping[str, Mapping[str, Any]] | None, arc: bool) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator

    start = 0
    damaged = False  # inside a damaged stretch: one error for all of it
    while True:
        iterator = ArchiveIterator(fh, arc2warc=arc)
        offset = start
        try:
            for record in iterator:
                offset = iterator.offset
                damaged = False
                doc = _warc_document(path, record, offset, options, skipped, images)
                if doc is not None:
                    yield doc
            return
        except Exception as exc:  # warcio and zlib raise many kinds: all mean "damaged here"
            # The iterator's offset moves to the next record once the last one is read:
            # the damage is there, not in the record already given.
            offset = max(offset, iterator.offset)
            if not damaged:
                yield Document(source=f"{path}#{offset}", data=None,
                               provenance={"container": path, "warc_offset": offset},
                               error=InputError("read", f"damaged record at offset {offset}: {_brief(exc)}"),
                               position=offset)
            damaged = True
            start = _resync(fh, offset + 1)
            if start is None:
                return
            fh.seek(start)


def _brief(exc: Exception) -> str:
    """The error without the raw bytes warcio quotes after a comma (binary noise)."""
    text = str(exc).split(", first line:")[0].splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text[:160]}"


def _resync(fh: BinaryIO, after: int) -> int | None:
    """Offset of the next plausible record start (gzip member or WARC header) after ``after``."""
    markers = (b"\x1f\x8b\x08", b"\nWARC/1.", b"\nfiledesc://")
    position = after
    fh.seek(position)
    carry = b""
    while True:
        chunk = fh.read(_RESYNC_CHUNK)
        if not chunk:
            return None
        window = carry + chunk
        base = position - len(carry)
        hits = [i for i in (window.find(m) for m in markers) if i >= 0]
        if hits:
            hit = min(hits)
            return base + hit + (0 if window[hit:hit + 1] == b"\x1f" else 1)
        carry = window[-16:]
        position += len(chunk)


def _record_type_and_mime(record) -> tuple[str, str | None]:
    headers = record.http_headers
    content_type = headers.get_header("Content-Type") if headers else None
    if not content_type:
        content_type = record.rec_headers.get_header("Content-Type")
    mime = content_type.split(";", 1)[0].strip().lower() if content_type else None
    return record.rec_type, mime


def _warc_document(path: str, record, offset: int, options: InputOptions, skipped: Counter,
                   images: Mapping[str, Mapping[str, Any]] | None) -> Document | None:
    rec_type, mime = _record_type_and_mime(record)
    if rec_type == "revisit":
        skipped["warc revisit"] += 1
        return None
    if rec_type not in ("response", "resource"):
        skipped[f"warc {rec_type}"] += 1
        return None
    if rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if status != "200":
            skipped["warc non-200"] += 1
            return None
    if mime and mime.startswith("image/"):
        skipped["warc image (kept for matching)"] += 1
        return None
    if mime not in HTML_TYPES and mime not in TEXT_TYPES:
        skipped["warc other content type"] += 1
        return None
    source = f"{path}#{offset}"
    provenance = {
        "container": path,
        "warc_offset": offset,
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
        "warc_date": record.rec_headers.get_header("WARC-Date"),
    }
    url = record.rec_headers.get_header("WARC-Target-URI")
    kind = "html" if mime in HTML_TYPES else "text"
    try:
        data = read_limited(record.content_stream(), options.max_bytes)
    except Exception as exc:  # a bad chunked or content-encoded payload
        return Document(source=source, data=None, url=url, provenance=provenance, position=offset,
                        error=InputError("read", f"cannot read record payload: {type(exc).__name__}: {exc}"))
    if data is None:
        return _size_error(source, options.max_bytes, url=url, provenance=provenance, position=offset)
    return Document(source=source, data=data, url=url, kind=kind, provenance=provenance,
                    position=offset, archived_images=images)


def warc_image_index(path: str, opener: Callable[[str], BinaryIO] | None = None,
                     arc: bool = False) -> dict[str, dict[str, Any]]:
    """URL -> where the image is archived, for the image records of a WARC (headers only).

    This is a first pass over the file: pages usually come before their images in a
    crawl, so images can only be matched once all of them are known. Only a few
    hundred bytes per image are kept, never the image bytes.
    """
    from warcio.archiveiterator import ArchiveIterator

    opener = opener or open_binary
    index: dict[str, dict[str, Any]] = {}
    with opener(path) as fh:
        iterator = ArchiveIterator(fh, arc2warc=arc)
        try:
            for record in iterator:
                rec_type, mime = _record_type_and_mime(record)
                if rec_type not in ("response", "resource") or not mime or not mime.startswith("image/"):
                    continue
                if record.http_headers is not None and record.http_headers.get_statuscode() not in (None, "200"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                if url:
                    index.setdefault(image_key(url), {
                        "container": path,
                        "warc_offset": iterator.offset,
                        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                        "content_type": mime,
                    })
        except Exception:  # damage is reported by the main pass; keep what was indexed
            pass
    return index


def image_key(url: str) -> str:
    """A URL as compared between an article's image and an archived image record."""
    url = url.strip().split("#", 1)[0]
    for scheme in ("https://", "http://"):
        if url.lower().startswith(scheme):
            return "//" + url[len(scheme):]
    return url


def read_warc_record(path: str, offset: int, max_bytes: int = DEFAULT_MAX_BYTES,
                     opener: Callable[[str], BinaryIO] | None = None) -> bytes | None:
    """The payload of the record at ``offset`` (e.g. an archived image), or None."""
    from warcio.archiveiterator import ArchiveIterator

    opener = opener or open_binary
    with opener(path) as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh, arc2warc=True):
            return read_limited(record.content_stream(), max_bytes)
    return None


def input_size(given: str) -> int | None:
    """Bytes of an input on disk (folders summed), for progress estimates; None if unknown."""
    if given in ("-", "@-"):
        return None
    try:
        if os.path.isdir(given):
            return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(given) for f in files)
        return os.path.getsize(given)
    except OSError:
        return None
