"""Batch extraction: inputs in, article records out in input order, errors on the side.

``iter_results`` is the engine: documents from ``mediakit.inputs.sources`` go through a
pool of worker processes (``pool.OrderedPool``) and come back in input order as
``Result``s. ``run_batch`` adds the files: output writer, error file, checkpoints for
``--resume``, progress bar and summary. Spark (``mediakit.spark``) calls
``extract_document`` directly, so both paths give the same records.
"""
from __future__ import annotations

import functools
import importlib
import io
import itertools
import json
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, BinaryIO, Callable, Iterator, Mapping, Sequence, TextIO

from mediakit.batch.pool import OrderedPool, Outcome, TaskFailed, default_jobs
from mediakit.batch.progress import Progress
from mediakit.batch.resume import Checkpoint, ResumeError, fingerprint, truncate
from mediakit.batch.writers import (
    convert_jsonl_to_parquet, make_writer, parquet_staging_path,
)
from mediakit.inputs.sources import (
    Document, InputError, InputOptions, image_key, input_size,
    iter_documents, looks_binary, read_warc_record,
)
from mediakit.model import Article

DEFAULT_TIME_LIMIT = 60.0
Extractor = Callable[..., Article]


@dataclass(frozen=True, slots=True)
class BatchOptions:
    kind: str = "auto"  # forced for every document, or "auto": container hint, then content
    url: str | None = None  # base URL for documents that have none of their own
    jobs: int = field(default_factory=default_jobs)
    time_limit: float | None = DEFAULT_TIME_LIMIT  # seconds per document; None: no limit
    inputs: InputOptions = InputOptions()

    def fingerprint_options(self) -> dict[str, Any]:
        """Options that change the records (not jobs or limits: those may differ on resume)."""
        return {"kind": self.kind, "url": self.url, "include": self.inputs.include,
                "exclude": self.inputs.exclude, "match_images": self.inputs.match_images}


@dataclass(slots=True)
class Result:
    """One input document's outcome, in input order."""

    index: int
    document: Document
    record: dict[str, Any]  # the article record (a placeholder with a warning on failure)
    error: InputError | None
    bytes_done: int | None = None


@dataclass(slots=True)
class BatchSummary:
    documents: int = 0  # documents done in this run
    failed: int = 0
    resumed_from: int = 0  # documents already done by an earlier run
    skipped: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "failed": self.failed, "resumed_from": self.resumed_from,
                "skipped": dict(sorted(self.skipped.items())), "seconds": round(self.seconds, 3)}


# --------------------------------------------------------------------------- one document


def default_extractor() -> Extractor:
    # Looked up at call time (not import time) so that a test may monkeypatch it.
    return importlib.import_module("mediakit.extraction").extract


def extract_document(payload: tuple, *, extractor: Extractor, registry: Any, kind: str = "auto",
                     url: str | None = None) -> dict[str, Any]:
    """The article record of one document; raises ``TaskFailed`` for unusable content.

    ``payload`` is ``(data, kind_hint, url, source, provenance)``, small and picklable.
    """
    data, kind_hint, doc_url, source, provenance = payload
    if looks_binary(data):
        raise TaskFailed("decode", "binary content (NUL bytes): not an HTML or text document")
    chosen = kind if kind != "auto" else (kind_hint or "auto")
    article = extractor(data, kind=chosen, url=doc_url or url, source=source, registry=registry)
    if provenance:
        article.extra["provenance"] = dict(provenance)
    return article.to_dict()


def payload_of(doc: Document) -> tuple:
    provenance = {k: v for k, v in (doc.provenance or {}).items() if v is not None}
    return (doc.data, doc.kind, doc.url, doc.source, provenance or None)


def failed_record(doc: Document, error: InputError, kind: str = "auto", url: str | None = None) -> dict[str, Any]:
    """The placeholder record of a document that failed: empty body and images, a warning."""
    record_kind = kind if kind in ("html", "text") else (doc.kind or "html")
    article = Article(source=doc.source, kind=record_kind, url=doc.url or url,
                      warnings=[error.message])
    provenance = {k: v for k, v in (doc.provenance or {}).items() if v is not None}
    if provenance:
        article.extra["provenance"] = provenance
    return article.to_dict()


def error_line(doc: Document, error: InputError) -> dict[str, Any]:
    line = {"source": doc.source, "stage": error.stage, "message": error.message}
    if doc.provenance:
        line["provenance"] = {k: v for k, v in doc.provenance.items() if v is not None}
    return line


def match_archived_images(record: dict[str, Any], archived: Mapping[str, Mapping[str, Any]] | None,
                          registry: Any = None) -> None:
    """Link the article's images that the same WARC holds: ``image["archived"]`` says
    where, and the image's embedded metadata (IPTC/XMP/Exif) is read from the archived
    bytes into ``image["embedded"]``, as ``mediakit extract --images DIR`` does for files.
    """
    if not archived:
        return
    for image in record.get("images") or []:
        src = image.get("src")
        found = archived.get(image_key(src)) if src else None
        if found is None:
            continue
        image.setdefault("archived", {k: v for k, v in found.items() if k != "container"})
        _attach_embedded(record, image, found, registry)


def _attach_embedded(record: dict[str, Any], image: dict[str, Any], found: Mapping[str, Any], registry: Any) -> None:
    try:
        from mediakit.metadata import read as read_embedded
        from mediakit.metadata.link import FOUND_IN, credits_agree
    except ImportError:  # the metadata package is optional here
        return
    where = f"{found['container']}#{found['warc_offset']}"
    try:
        data = read_warc_record(found["container"], found["warc_offset"])
    except Exception as exc:  # a damaged image record must not cost the article
        record.setdefault("warnings", []).append(f"cannot read archived image {where}: {exc}")
        return
    if data is None:
        return
    embedded = read_embedded(data)
    image["embedded"] = {**embedded.to_dict(), "path": where}
    if embedded.error:
        record.setdefault("warnings", []).append(f"embedded metadata of {where}: {embedded.error}")
        return
    found_in = image.setdefault("found_in", [])
    if FOUND_IN not in found_in:
        found_in.append(FOUND_IN)
    if image.get("credit") and embedded.credit and not credits_agree(image["credit"], embedded.credit, registry):
        record.setdefault("warnings", []).append(
            f"embedded credit {embedded.credit!r} in {where} disagrees with printed credit {image['credit']!r}")


def record_in_process(doc: Document, options: BatchOptions, *, extractor: Extractor,
                      registry: Any) -> tuple[dict[str, Any], InputError | None]:
    """One document's record without a worker process (Spark executors, small jobs).

    The time limit uses a timer signal, so it only holds in the main thread.
    """
    error = doc.error
    if error is None:
        try:
            with _time_limit(options.time_limit):
                record = extract_document(payload_of(doc), extractor=extractor, registry=registry,
                                          kind=options.kind, url=options.url)
            match_archived_images(record, doc.archived_images, registry=registry)
            return with_reading_warnings(record, doc), None
        except TaskFailed as exc:
            error = InputError(exc.stage, exc.message)
        except _TimeUp:
            error = InputError("time-limit", f"extraction took longer than {options.time_limit:g} s")
        except Exception as exc:
            error = InputError("extract", f"{type(exc).__name__}: {exc}")
    return with_reading_warnings(failed_record(doc, error, options.kind, options.url), doc), error


def with_reading_warnings(record: dict[str, Any], doc: Document) -> dict[str, Any]:
    """The record with the problems met while reading its document (a truncated .gz) added."""
    if doc.warnings:
        record.setdefault("warnings", []).extend(doc.warnings)
    return record


class _TimeUp(Exception):
    pass


class _time_limit:
    """``with _time_limit(seconds):`` raises ``_TimeUp`` inside the block when time is up."""

    def __init__(self, seconds: float | None):
        import threading
        import signal
        usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        self.seconds = seconds if seconds and usable else None

    def __enter__(self) -> None:
        if self.seconds:
            import signal
            self._previous = signal.signal(signal.SIGALRM, self._raise)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            import signal
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)

    @staticmethod
    def _raise(signum, frame) -> None:
        raise _TimeUp()


# --------------------------------------------------------------------------- the engine


_WARM_UP_DOCUMENTS = (
    (b"<!doctype html><html><head><title>t</title></head><body><article><p>Text.</p><figure>"
     b"<img src='a.jpg'><figcaption>A caption. Photo: Jane Doe/AFP</figcaption></figure></article></body></html>", "html"),
    (b"Title\n\nA paragraph.\n\nA caption. Photo: AFP\n", "text"),
)


def _warm_up(extractor: Extractor, registry: Any) -> None:
    """Run the extractor once per kind before forking, so that the modules it imports and
    the tables it builds on first use are shared by every worker (copy-on-write) instead
    of being built again in each."""
    for name in ("mediakit.html", "mediakit.text", "mediakit.inputs.decode", "mediakit.metadata"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    for data, kind in _WARM_UP_DOCUMENTS:
        try:
            extractor(data, kind=kind, url=None, source="warm-up", registry=registry)
        except Exception:  # a broken extractor shows up on the real documents
            pass


def _documents_with_position(inputs: Sequence[str], options: InputOptions, skipped: Counter,
                             stdin: BinaryIO | None) -> Iterator[tuple[Document, int | None]]:
    base = 0
    for given in inputs:
        for doc in iter_documents([given], options, skipped, stdin=stdin):
            yield doc, base + doc.position
        base += input_size(given) or 0


def iter_results(inputs: Sequence[str], options: BatchOptions = BatchOptions(), *,
                 registry: Any = None, extractor: Extractor | None = None,
                 skip: int = 0, skipped: Counter | None = None,
                 stdin: BinaryIO | None = None) -> Iterator[Result]:
    """Every input document's result, in input order, from ``options.jobs`` processes.

    The first ``skip`` documents are read past without extraction (resume).
    """
    skipped = skipped if skipped is not None else Counter()
    documents = _documents_with_position(inputs, options.inputs, skipped, stdin)
    skip_done_documents(documents, skip)
    yield from _results(documents, options, registry=registry, extractor=extractor, first_index=skip)


class InputsChanged(ResumeError):
    """The inputs no longer list, in the same order, the documents an earlier run wrote."""


def skip_done_documents(documents: Iterator[tuple[Document, int | None]], count: int,
                        last_source: str | None = None) -> None:
    """Read past the ``count`` documents an earlier run wrote, checking that they are still
    there: the listing holds at least ``count`` documents and (when known) the last of
    them has the ``source`` the earlier run wrote last. A file added, removed or renamed
    before that point shifts the listing, and continuing would write one document twice
    and leave another out; ``InputsChanged`` is raised instead.
    """
    seen, last = 0, None
    for seen, (doc, _) in enumerate(itertools.islice(documents, count), 1):
        last = doc.source
    advice = "start over without --resume (or restore the inputs as they were)"
    if seen < count:
        raise InputsChanged(f"the inputs changed since the interrupted run: they now hold {seen} documents, "
                            f"but the checkpoint says {count} were already written; {advice}")
    if last_source is not None and last != last_source:
        raise InputsChanged(f"the inputs changed since the interrupted run: document {count} is now {last!r}, "
                            f"but the run wrote {last_source!r} there (a file was added, removed or renamed "
                            f"before it); {advice}")


def _results(documents: Iterator[tuple[Document, int | None]], options: BatchOptions, *,
             registry: Any = None, extractor: Extractor | None = None, first_index: int = 0) -> Iterator[Result]:
    """The result of each of ``documents`` (numbered from ``first_index``), in their order."""
    from mediakit.credits.registry import default_registry

    registry = registry or default_registry()
    extractor = extractor or default_extractor()
    if options.jobs > 1:  # (one process has no workers to share the tables with: each is built on first use)
        _warm_up(extractor, registry)
    work = functools.partial(extract_document, extractor=extractor, registry=registry,
                             kind=options.kind, url=options.url)

    def tasks() -> Iterator[tuple[tuple[int, Document, int | None], tuple | None]]:
        for index, (doc, position) in enumerate(documents, first_index):
            if doc.error is not None:
                yield (index, doc, position), None
            else:
                # The pool keeps the item until its record is written: not the bytes.
                yield (index, replace(doc, data=None), position), payload_of(doc)

    with OrderedPool(work, jobs=options.jobs, time_limit=options.time_limit) as pool:
        for (index, doc, position), outcome in pool.run(tasks()):
            yield _result(index, doc, position, outcome, options, registry)


def _result(index: int, doc: Document, position: int | None, outcome: Outcome, options: BatchOptions,
            registry: Any = None) -> Result:
    error = doc.error
    if error is None and not outcome.ok:
        error = InputError(outcome.stage or "extract", outcome.message or "failed")
    if error is not None:
        record = with_reading_warnings(failed_record(doc, error, options.kind, options.url), doc)
        return Result(index, doc, record, error, position)
    record = outcome.value
    match_archived_images(record, doc.archived_images, registry=registry)
    return Result(index, doc, with_reading_warnings(record, doc), None, position)


# --------------------------------------------------------------------------- files


@dataclass(slots=True)
class OutputSpec:
    path: str | None = None  # None: standard output
    format: str = "jsonl"
    errors: str | None = None  # None: errors go to standard error as short lines
    resume: bool = False
    quiet: bool = False
    summary: str | None = None  # write the run's summary (JSON) here


class _Files:
    """The output and error files of a run, opened for appending at checkpointed lengths."""

    def __init__(self, spec: OutputSpec, checkpoint: Checkpoint | None, stdout: TextIO):
        self.spec = spec
        data_path = self.data_path()
        fresh_data = True
        if data_path is None:
            self.binary = None
            self.text = stdout
        else:
            if checkpoint and checkpoint.documents:
                truncate(data_path, checkpoint.output_bytes)
                fresh_data = checkpoint.output_bytes == 0
            mode = "r+b" if checkpoint and checkpoint.documents else "wb"
            self.binary = open(data_path, mode)
            self.binary.seek(0, io.SEEK_END)
            self.text = io.TextIOWrapper(self.binary, encoding="utf-8", newline="", write_through=True)
        self.writer = make_writer(spec.format, self.text)
        self.writer.start(fresh=fresh_data)
        self.errors_binary = None
        if spec.errors:
            if checkpoint and checkpoint.documents:
                truncate(spec.errors, checkpoint.errors_bytes)
                self.errors_binary = open(spec.errors, "r+b")
                self.errors_binary.seek(0, io.SEEK_END)
            else:
                self.errors_binary = open(spec.errors, "wb")

    def data_path(self) -> str | None:
        if self.spec.path is None:
            return None
        return parquet_staging_path(self.spec.path) if self.spec.format == "parquet" else self.spec.path

    def write(self, result: Result) -> None:
        self.writer.write(result.record)
        if result.error is not None:
            line = error_line(result.document, result.error)
            if self.errors_binary is not None:
                self.errors_binary.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
            elif not self.spec.quiet:
                sys.stderr.write(f"mediakit: {line['source']}: {line['stage']}: {line['message']}\n")

    def lengths(self) -> tuple[int, int]:
        """Flush both files and return their lengths in bytes."""
        self.text.flush()
        output_bytes = errors_bytes = 0
        if self.binary is not None:
            self.binary.flush()
            os.fsync(self.binary.fileno())
            output_bytes = self.binary.tell()
        if self.errors_binary is not None:
            self.errors_binary.flush()
            os.fsync(self.errors_binary.fileno())
            errors_bytes = self.errors_binary.tell()
        return output_bytes, errors_bytes

    def close(self) -> None:
        self.writer.finish()
        if self.binary is not None:
            self.text.close()
        if self.errors_binary is not None:
            self.errors_binary.close()


CHECKPOINT_SECONDS = 1.0


def run_batch(inputs: Sequence[str], options: BatchOptions, spec: OutputSpec, *,
              registry: Any = None, extractor: Extractor | None = None,
              stdout: TextIO | None = None, stdin: BinaryIO | None = None,
              progress: Progress | None = None) -> BatchSummary:
    """Extract every input into the output of ``spec``; never stops on a bad document."""
    started = time.monotonic()
    stdout = stdout if stdout is not None else sys.stdout
    if spec.resume and not spec.path:
        raise ResumeError("--resume needs --output (a file to continue)")
    extractor = extractor or default_extractor()
    checkpoint = _start_checkpoint(inputs, options, spec, extractor)
    summary = BatchSummary(resumed_from=checkpoint.documents if checkpoint else 0,
                           failed=checkpoint.failed if checkpoint else 0)
    if checkpoint and checkpoint.complete:
        _finish_output(spec)
        summary.seconds = time.monotonic() - started
        return summary
    total = sum(input_size(i) or 0 for i in inputs) or None
    documents = _documents_with_position(inputs, options.inputs, summary.skipped, stdin)
    if checkpoint and summary.resumed_from:
        # Before the files are touched: a refused resume leaves them as they were.
        skip_done_documents(documents, summary.resumed_from, checkpoint.last_source)
    progress = progress or Progress(total_bytes=total, enabled=None if not spec.quiet else False)
    files = _Files(spec, checkpoint, stdout)
    last_save = time.monotonic()
    last_source = checkpoint.last_source if checkpoint else None
    try:
        for result in _results(documents, options, registry=registry, extractor=extractor,
                               first_index=summary.resumed_from):
            files.write(result)
            summary.documents += 1
            summary.failed += result.error is not None
            last_source = result.document.source
            progress.update(summary.resumed_from + summary.documents, summary.failed, result.bytes_done)
            if checkpoint and time.monotonic() - last_save >= CHECKPOINT_SECONDS:
                _save(checkpoint, files, result.index + 1, last_source, summary.failed, spec)
                last_save = time.monotonic()
        if checkpoint:
            _save(checkpoint, files, summary.resumed_from + summary.documents, last_source, summary.failed, spec)
    finally:
        files.close()
    _finish_output(spec)
    if checkpoint:
        checkpoint.complete = True
        checkpoint.save(spec.path)
    summary.seconds = time.monotonic() - started
    progress.close(_summary_line(summary))
    if spec.summary:
        with open(spec.summary, "w", encoding="utf-8") as fh:
            json.dump(summary.to_dict(), fh, ensure_ascii=False, indent=2)
    return summary


def _start_checkpoint(inputs: Sequence[str], options: BatchOptions, spec: OutputSpec,
                      extractor: Extractor) -> Checkpoint | None:
    if not spec.path:
        return None
    which = describe_extractor(extractor)
    mark = fingerprint(inputs, {**options.fingerprint_options(), "format": spec.format,
                                "errors": spec.errors, "extractor": which})
    if spec.resume:
        found = Checkpoint.load(spec.path)
        if found is not None:
            if found.fingerprint != mark:
                raise ResumeError(f"{spec.path} was written from other inputs or options; "
                                  "run without --resume to start over")
            return found
    checkpoint = Checkpoint(fingerprint=mark)
    checkpoint.save(spec.path)
    return checkpoint


def describe_extractor(extractor: Any) -> str:
    """A stable description of an extractor (function name, or class and settings), for
    the resume fingerprint: ``--explain`` or ``--images DIR`` change the records."""
    if hasattr(extractor, "__qualname__"):
        return f"{getattr(extractor, '__module__', '')}.{extractor.__qualname__}"
    kind = type(extractor)
    fields = getattr(extractor, "__dict__", None) or {
        name: getattr(extractor, name) for name in getattr(kind, "__slots__", ()) if hasattr(extractor, name)}
    settings = ", ".join(f"{k}={describe_extractor(v) if callable(v) else repr(v)}" for k, v in sorted(fields.items()))
    return f"{kind.__module__}.{kind.__qualname__}({settings})"


def _save(checkpoint: Checkpoint, files: _Files, documents: int, last_source: str | None, failed: int,
          spec: OutputSpec) -> None:
    checkpoint.output_bytes, checkpoint.errors_bytes = files.lengths()
    checkpoint.documents = documents
    checkpoint.last_source = last_source
    checkpoint.failed = failed
    checkpoint.save(spec.path)


def _finish_output(spec: OutputSpec) -> None:
    if spec.path and spec.format == "parquet":
        staging = parquet_staging_path(spec.path)
        if os.path.exists(staging):
            convert_jsonl_to_parquet(staging, spec.path)
            os.remove(staging)


def _summary_line(summary: BatchSummary) -> str:
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(summary.skipped.items()))
    line = f"{summary.documents} documents, {summary.failed} failed, {summary.seconds:.1f} s"
    if summary.resumed_from:
        line += f" (resumed after {summary.resumed_from})"
    return line + (f"; skipped: {skipped}" if skipped else "")
