"""Where the audit's article records come from.

An input is either extraction output (JSON lines of ``mediakit.article/1`` records,
optionally gzipped, or Parquet whose rows are the same records) or raw material (HTML or
text files, folders of them), which is extracted on the fly. The choice is made by
content: a file whose first line parses as a JSON object with the article schema is
extraction output, whatever its name.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from mediakit.model import SCHEMA_ARTICLE

Record = dict[str, Any]
PARQUET_MAGIC = b"PAR1"
GZIP_MAGIC = b"\x1f\x8b"
# Files that are not documents: pictures beside the pages, archives (extract those with
# `mediakit extract`, then audit its output).
_NOT_DOCUMENTS = (
    b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"%PDF", b"PK\x03\x04",
    b"WARC/", b"7z\xbc\xaf",
)
_PARQUET_BATCH_ROWS = 2048


@dataclass
class InputProblems:
    """Non-fatal problems met while reading inputs (bad lines, unreadable files)."""

    count: int = 0
    examples: list[str] = field(default_factory=list)
    report: Callable[[str], None] | None = None  # e.g. print to stderr
    max_examples: int = 20

    def add(self, message: str) -> None:
        self.count += 1
        if len(self.examples) < self.max_examples:
            self.examples.append(message)
        if self.report:
            self.report(message)


def input_format(path: Path) -> str:
    """``"jsonl"``, ``"jsonl.gz"``, ``"parquet"``, ``"raw"``, ``"empty"`` or
    ``"not a document"`` (pictures, PDF, archives), decided by content."""
    with path.open("rb") as handle:
        head = handle.read(12)
    if head[:4] == PARQUET_MAGIC:
        return "parquet"
    if not head:
        return "empty"
    if head.startswith(_NOT_DOCUMENTS) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "not a document"
    if head[:2] == GZIP_MAGIC:
        with gzip.open(path, "rb") as handle:
            # Anything gzipped but records (a WARC, a tarball) is an archive.
            return "jsonl.gz" if _holds_records(handle) else "not a document"
    with path.open("rb") as handle:
        return "jsonl" if _holds_records(handle) else "raw"


SNIFF_LINES = 5  # one damaged line must not turn a whole file of records into "an article"


def _holds_records(handle: IO[bytes]) -> bool:
    """Whether one of the first non-blank lines is an article record."""
    seen = 0
    for line in handle:
        if not line.strip():
            continue
        if _is_record_line(line):
            return True
        seen += 1
        if seen >= SNIFF_LINES:
            break
    return False


def _is_record_line(line: bytes) -> bool:
    try:
        obj = json.loads(line.lstrip(b"\xef\xbb\xbf"))
    except ValueError:
        return False
    return isinstance(obj, dict) and obj.get("schema") == SCHEMA_ARTICLE


def iter_records(inputs: Iterable[str | os.PathLike[str]], problems: InputProblems | None = None,
                 registry: Any = None, images_dir: str | os.PathLike[str] | None = None) -> Iterator[Record]:
    """Article records from every input, in the order given (folders sorted by name,
    hidden and ``_``-prefixed files left out, as Spark output folders need).

    ``images_dir``: for raw inputs, the local picture files whose embedded metadata is
    attached to the images (``image["embedded"]``), as ``mediakit extract --images`` does.
    """
    problems = problems if problems is not None else InputProblems()
    index = _image_index(images_dir, problems)  # one walk of the pictures for the whole run
    for given in inputs:
        if given == "-":  # `mediakit extract ... | mediakit audit - -o report.html`
            stdin = io.TextIOWrapper(sys.stdin.buffer, "utf-8", errors="replace")
            yield from jsonl_records(stdin, "<stdin>", problems)
            continue
        path = Path(given)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        elif path.is_file():
            files = [path]
        else:
            problems.add(f"{given}: no such file or folder")
            continue
        skipped = 0
        for file in files:
            if len(files) > 1 and _quiet_format(file) == "not a document":
                skipped += 1  # pictures beside the pages: one line for all of them
                continue
            yield from _records_of_file(file, problems, registry, index)
        if skipped:
            problems.add(f"{given}: skipped {skipped} files that are not documents (pictures, PDF, archives)")


def _quiet_format(path: Path) -> str | None:
    try:
        return input_format(path)
    except OSError:
        return None  # reported when the file is read


def _hidden(relative: Path) -> bool:
    """Hidden files and Hadoop/Spark bookkeeping (.part.crc, _SUCCESS, _temporary/)."""
    return any(part.startswith((".", "_")) for part in relative.parts)


def _image_index(images_dir: str | os.PathLike[str] | None, problems: InputProblems) -> Any:
    if images_dir is None:
        return None
    from mediakit.metadata.matching import ImageIndex
    try:
        return ImageIndex(Path(images_dir))
    except OSError as exc:
        problems.add(f"{images_dir}: pictures not read: {exc.strerror or exc}")
        return None


def _records_of_file(path: Path, problems: InputProblems, registry: Any,
                     index: Any = None) -> Iterator[Record]:
    try:
        fmt = input_format(path)
    except OSError as exc:
        problems.add(f"{path}: cannot read: {exc.strerror or exc}")
        return
    if fmt == "empty":
        problems.add(f"{path}: empty file, nothing to audit")
    elif fmt == "not a document":
        problems.add(f"{path}: not a document (a picture, PDF or archive; extract archives "
                     "with `mediakit extract`, then audit its output)")
    elif fmt == "parquet":
        yield from _parquet_records(path, problems)
    elif fmt in ("jsonl", "jsonl.gz"):
        opener = gzip.open if fmt == "jsonl.gz" else open
        try:
            with opener(path, "rb") as raw:
                yield from jsonl_records(io.TextIOWrapper(raw, "utf-8", errors="replace"), str(path), problems)
        except (OSError, EOFError) as exc:
            problems.add(f"{path}: stopped reading: {exc}")
    else:
        yield _extracted(path, problems, registry, index)


def jsonl_records(lines: Iterable[str], name: str, problems: InputProblems) -> Iterator[Record]:
    """Records of a JSON-lines stream; a bad line is a problem, not the end."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            problems.add(f"{name}:{number}: not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            problems.add(f"{name}:{number}: not a JSON object")
            continue
        yield obj


def _parquet_records(path: Path, problems: InputProblems) -> Iterator[Record]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        problems.add(f"{path}: Parquet input needs pyarrow (pip install mediakit[parquet])")
        return
    from_columns = _row_decoder()
    try:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=_PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                # Our batch and Spark writers keep added fields (embedded ...) as JSON text.
                yield from_columns(row) if from_columns and _has_extra_columns(row) else row
    except Exception as exc:  # pyarrow raises many kinds; none may stop the batch
        problems.add(f"{path}: cannot read Parquet: {exc}")


def _row_decoder() -> Callable[[Record], Record] | None:
    try:
        from mediakit.batch.schema import from_columns
    except ImportError:
        return None
    return from_columns


def _has_extra_columns(row: Record) -> bool:
    images = row.get("images") or ()
    return "extra_json" in row or any(isinstance(i, dict) and "extra_json" in i for i in images)


def _extracted(path: Path, problems: InputProblems, registry: Any, index: Any = None) -> Record:
    from mediakit.extraction import extract
    try:
        kwargs = {"registry": registry} if registry is not None else {}
        article = extract(path, source=str(path), **kwargs)
    except Exception as exc:  # an extractor bug must not stop the audit
        problems.add(f"{path}: extraction failed: {type(exc).__name__}: {exc}")
        return {"schema": SCHEMA_ARTICLE, "source": str(path), "kind": "html", "url": None,
                "images": [], "warnings": [f"extraction failed: {exc}"]}
    if index is not None:
        try:
            from mediakit.metadata.link import attach_embedded
            attach_embedded(article, index.root, registry=registry, index=index)
        except Exception as exc:  # unreadable pictures cost the comparison, not the article
            problems.add(f"{path}: embedded metadata not read: {type(exc).__name__}: {exc}")
    return article.to_dict()
