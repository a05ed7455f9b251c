"""``mediakit extract INPUT...``: one article record per document, in input order.

An INPUT is a file, a folder (recursive; ``--include``/``--exclude`` globs), a zip or tar
(.gz/.bz2/.xz) archive, a WARC or ARC file, or ``-`` for one document on standard input.
``--paths-from FILE`` (or ``--paths-from -``, or the input ``@-``) reads a list of
inputs, one per line. See ``docs/batch.md``.

Records go to standard output (or ``--output``) as JSON lines, CSV or Parquet; inputs
that fail get a placeholder record with a warning and a line in ``--errors``; the exit
status is 1 when any input failed.
"""
from __future__ import annotations

import argparse
import os
import sys

from mediakit.cli.common import add_registry_option, registry_from_args, utf8_stdout
from mediakit.extraction import KINDS

FORMATS = ["jsonl", "csv", "parquet", "jsonld"]
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}


def byte_size(text: str) -> int:
    """``20M`` -> 20971520; plain numbers are bytes."""
    cleaned = text.strip().lower().removesuffix("b").removesuffix("i")
    unit = cleaned[-1:] if cleaned[-1:] in _SIZE_UNITS else ""
    try:
        return int(float(cleaned[: len(cleaned) - len(unit)]) * _SIZE_UNITS[unit])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 20M, 500K, 1G)") from exc


def add_document_options(p: argparse.ArgumentParser) -> None:
    """How documents are found and read: shared by ``extract`` and ``spark-extract``."""
    from mediakit.batch.runner import DEFAULT_TIME_LIMIT
    from mediakit.inputs.sources import DEFAULT_MAX_BYTES

    p.add_argument("--kind", choices=KINDS, default="auto", help="input kind (default: decided by content)")
    p.add_argument("--url", help="page URL, to resolve relative image URLs (documents without a URL of their own)")
    p.add_argument("--include", action="append", default=[], metavar="GLOB",
                   help="in folders and archives, read only names matching GLOB (repeatable; default: web pages and .txt)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                   help="in folders and archives, skip names matching GLOB (repeatable)")
    p.add_argument("--max-size", type=byte_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                   help="skip (as an error) documents larger than SIZE (default: 20M)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                   help="give up (as an error) on a document after SECONDS (default: 60; 0: no limit)")
    p.add_argument("--no-image-match", dest="match_images", action="store_false",
                   help="do not index a WARC's image records to match article images")


def register(sub: argparse._SubParsersAction) -> None:
    from mediakit.batch.pool import default_jobs

    p = sub.add_parser("extract", help="extract articles: body, images, captions, credits",
                       description="Extract article records from files, folders, zip/tar archives and WARC/ARC files.")
    p.add_argument("paths", nargs="*", metavar="INPUT",
                   help="file, folder, zip/tar archive, WARC/ARC file; '-' reads one document from "
                        "standard input, '@-' a list of inputs (one per line)")
    p.add_argument("--paths-from", metavar="FILE", help="read more inputs from FILE, one per line ('-': standard input)")
    p.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="output format: JSON lines (default), CSV (one row per image), Parquet (needs pyarrow), "
                        "JSON-LD (one schema.org Article with ImageObjects per line)")
    p.add_argument("--images", metavar="DIR",
                   help="folder of the articles' image files: add what each file embeds (IPTC/XMP/EXIF) "
                        "to its image, matched by URL path or file name")
    p.add_argument("-o", "--output", metavar="FILE", help="write records to FILE (default: standard output)")
    p.add_argument("--errors", metavar="FILE", help="write one JSON line per failed input (source, stage, message)")
    p.add_argument("-j", "--jobs", type=int, default=default_jobs(), metavar="N",
                   help="worker processes (default: the machine's cores)")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run into the same --output (nothing lost, nothing twice)")
    add_document_options(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no messages on standard error")
    p.add_argument("--summary", metavar="FILE", help="write counts (documents, failed, skipped by reason) as JSON")
    p.add_argument("--explain", action="store_true",
                   help="text inputs: add an 'explain' list with the evidence for each caption and credit taken")
    add_registry_option(p)
    p.set_defaults(func=run)


def _inputs(args: argparse.Namespace) -> list[str]:
    from mediakit.inputs.sources import read_path_list

    inputs = list(args.paths)
    if args.paths_from:
        if args.paths_from == "-":
            inputs.append("@-")
        else:
            try:
                with open(args.paths_from, "rb") as fh:
                    inputs.extend(read_path_list(fh))
            except OSError as exc:
                raise SystemExit(f"mediakit extract: cannot read {args.paths_from}: {exc.strerror or exc}") from exc
    if not inputs:
        raise SystemExit("mediakit extract: no input (give paths, '-' for standard input, or --paths-from)")
    if "-" in inputs and "@-" in inputs:
        raise SystemExit("mediakit extract: standard input cannot be both a document ('-') and a list of inputs ('@-')")
    return inputs


def _jobs_for(inputs: list[str], jobs: int) -> int:
    """No more worker processes than documents when every input is one document: a
    single page is read in-process, without starting workers and preparing them."""
    from mediakit.inputs.sources import archive_suffixes

    def one_document(given: str) -> bool:
        return given == "-" or (os.path.isfile(given) and not given.lower().endswith(archive_suffixes()))

    jobs = max(1, jobs)
    return min(jobs, len(inputs)) if all(one_document(given) for given in inputs) else jobs


def run(args: argparse.Namespace) -> int:
    from mediakit.batch.resume import ResumeError
    from mediakit.batch.runner import BatchOptions, OutputSpec, run_batch
    from mediakit.batch.writers import parquet_available
    from mediakit.inputs.sources import InputOptions

    inputs = _inputs(args)
    if args.format == "parquet":
        if not args.output:
            raise SystemExit("mediakit extract: --format parquet needs --output FILE")
        if not parquet_available():
            raise SystemExit("mediakit extract: Parquet output needs pyarrow (pip install 'mediakit[parquet]')")
    registry = registry_from_args(args)
    options = BatchOptions(
        kind=args.kind, url=args.url, jobs=_jobs_for(inputs, args.jobs), time_limit=args.timeout or None,
        inputs=InputOptions(include=tuple(args.include), exclude=tuple(args.exclude),
                            max_bytes=args.max_size, match_images=args.match_images),
    )
    spec = OutputSpec(path=args.output, format=args.format, errors=args.errors, resume=args.resume,
                      quiet=args.quiet, summary=args.summary)
    stdout = utf8_stdout() if not args.output else sys.stdout
    extractor = _explaining_extractor() if args.explain else None
    if args.images:
        from mediakit.metadata.link import EmbeddedExtractor

        extractor = EmbeddedExtractor(args.images, extractor)
    try:
        summary = run_batch(inputs, options, spec, registry=registry, stdout=stdout, extractor=extractor)
    except ResumeError as exc:
        print(f"mediakit extract: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # an output, error or summary file that cannot be written
        if isinstance(exc, BrokenPipeError):
            raise
        print(f"mediakit extract: cannot write {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    return 0 if summary.ok else 1


def _explaining_extractor():
    from mediakit.text.explain import extract_explained

    return extract_explained
