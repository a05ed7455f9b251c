"""``mediakit embed``: write captions and credits into image files (EXIF, IPTC, XMP).

    mediakit embed IMAGE [--caption T] [--credit T] [--creator NAME]... [--source T]
                         [--copyright T] [--mode fill|overwrite] [--sidecar]
    mediakit embed --records EXTRACTED.jsonl --images DIR [--dry-run]

Prints one JSON line per image written (or matched, or not matched).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

from mediakit.cli.common import dump_json_line, utf8_stdout


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("embed", help="embed captions and credits in image files without re-encoding them")
    p.add_argument("image", nargs="?", metavar="IMAGE", help="the image file to write")
    p.add_argument("--caption")
    p.add_argument("--credit")
    p.add_argument("--creator", action="append", default=[], metavar="NAME", help="repeatable")
    p.add_argument("--source")
    p.add_argument("--copyright")
    p.add_argument("--usage-terms")
    p.add_argument("--web-statement")
    p.add_argument("--licensor")
    p.add_argument("--digital-source-type")
    p.add_argument("--mode", choices=["fill", "overwrite"], default="fill",
                   help="fill: write only fields the file lacks (default); overwrite: replace them")
    p.add_argument("--sidecar", action="store_true", help="write an XMP sidecar (name.ext.xmp, or the image's existing one) instead of the file")
    p.add_argument("--records", metavar="EXTRACTED.jsonl", help="article records from `mediakit extract`")
    p.add_argument("--images", metavar="DIR", help="folder holding the records' images")
    p.add_argument("--dry-run", action="store_true", help="match and report, write nothing")
    p.set_defaults(func=run)


def fields_from_args(args: argparse.Namespace) -> dict[str, Any]:
    fields = {
        "caption": args.caption, "credit": args.credit, "creators": args.creator,
        "source": args.source, "copyright": args.copyright, "usage_terms": args.usage_terms,
        "web_statement": args.web_statement, "licensor": args.licensor,
        "digital_source_type": args.digital_source_type,
    }
    return {k: v for k, v in fields.items() if v}


def fields_from_image(image: dict[str, Any]) -> dict[str, Any]:
    """What an extracted image record says, as embeddable fields."""
    agencies = image.get("agencies") or []
    source = next((a.get("name") for a in agencies if a.get("role") == "source"), None)
    fields = {
        "caption": image.get("caption"), "credit": image.get("credit"),
        "creators": image.get("creators") or [], "source": source, "copyright": image.get("copyright"),
    }
    return {k: v for k, v in fields.items() if v}


def run(args: argparse.Namespace) -> int:
    if args.records or args.images:
        if not (args.records and args.images):
            raise SystemExit("mediakit embed: --records and --images go together")
        return run_records(args)
    if not args.image:
        raise SystemExit("mediakit embed: give an IMAGE, or --records and --images")
    return run_one(args)


def _write(path: Path, fields: dict[str, Any], args: argparse.Namespace) -> tuple[dict[str, Any], bool]:
    from mediakit.metadata import MetadataError, write

    try:
        result = write(path, fields, mode=args.mode, sidecar=args.sidecar)
    except (MetadataError, ValueError) as exc:
        return {"path": str(path), "status": "error", "error": str(exc)}, False
    report = result.to_dict()
    report["status"] = "written" if result.changed else "unchanged"
    return report, True


def run_one(args: argparse.Namespace) -> int:
    fields = fields_from_args(args)
    if not fields:
        raise SystemExit("mediakit embed: nothing to write (give --caption, --credit, --creator ...)")
    report, ok = _write(Path(args.image), fields, args)
    dump_json_line(report, utf8_stdout())
    if not ok:
        print(f"mediakit embed: {report['error']}", file=sys.stderr)
    return 0 if ok else 1


def _records(path: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield number, None, f"line {number}: not JSON ({exc.msg})"


def run_records(args: argparse.Namespace) -> int:
    from mediakit.metadata.matching import ImageIndex

    out = utf8_stdout()
    index = ImageIndex(Path(args.images))
    failed = 0
    for number, record, problem in _records(args.records):
        if problem:
            failed += 1
            dump_json_line({"line": number, "status": "error", "error": problem}, out)
            continue
        for image in record.get("images") or []:
            base = {"record": record.get("source"), "src": image.get("src")}
            path = index.find(image.get("src"))
            fields = fields_from_image(image)
            if path is None:
                dump_json_line({**base, "status": "unmatched", "path": None}, out)
                continue
            if not fields:
                dump_json_line({**base, "status": "nothing-to-write", "path": str(path)}, out)
                continue
            if args.dry_run:
                dump_json_line({**base, "status": "matched", "path": str(path), "fields": fields}, out)
                continue
            report, ok = _write(path, fields, args)
            failed += not ok
            dump_json_line({**base, **report}, out)
    return 1 if failed else 0
