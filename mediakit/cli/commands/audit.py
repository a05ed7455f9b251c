"""``mediakit audit INPUT... -o report.html [--csv DIR] [--json FILE]``: a rights audit.

Inputs are extraction output (JSON lines or Parquet of article records) or raw pages
and texts (files or folders), extracted first. Problems with single inputs are printed
to standard error and do not stop the audit.
"""
from __future__ import annotations

import argparse
import sys

from mediakit.cli.common import add_registry_option, registry_from_args


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="rights-audit report (HTML, CSV, JSON) over extracted articles or pages")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSONL/Parquet of article records ('-': JSON lines on standard input), or HTML/text files and folders to extract")
    p.add_argument("-o", "--output", metavar="REPORT.html", help="write the HTML report here")
    p.add_argument("--csv", metavar="DIR", help="write every table as CSV into DIR")
    p.add_argument("--json", metavar="FILE", help="write the JSON summary to FILE ('-' for standard output)")
    p.add_argument("--images", metavar="DIR",
                   help="for raw inputs: local copies of the pictures; their embedded metadata "
                        "(IPTC/XMP) is compared with the printed credits")
    p.add_argument("--page-rows", type=int, default=500, metavar="N",
                   help="rows of each long table kept in the HTML page (default 500; the CSV has all)")
    add_registry_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json

    from mediakit.cli.common import utf8_stdout
    from mediakit.report import AuditSettings, audit

    if not (args.output or args.csv or args.json):
        print("mediakit audit: nothing to write; give -o REPORT.html, --csv DIR or --json FILE",
              file=sys.stderr)
        return 2
    registry = registry_from_args(args)
    settings = AuditSettings(page_rows=max(1, args.page_rows))
    json_path = None if args.json in (None, "-") else args.json
    output = audit(args.inputs, html=args.output, csv_dir=args.csv, json_path=json_path,
                   registry=registry, settings=settings, images_dir=args.images,
                   on_problem=lambda message: print(f"mediakit audit: {message}", file=sys.stderr))
    if args.json == "-":
        utf8_stdout().write(json.dumps(output.summary, ensure_ascii=False, indent=1) + "\n")
    totals = output.result.totals
    print(f"mediakit audit: {totals['articles']:,} articles, {totals['images']:,} images, "
          f"{totals['uncredited']:,} uncredited, {totals['unknown agencies']:,} unknown agencies"
          + (f" -> {args.output}" if args.output else ""), file=sys.stderr)
    return 1 if totals["articles"] == 0 and totals["input problems"] else 0
