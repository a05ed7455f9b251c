"""``mediakit inspect IMAGE...``: what each image file embeds, one JSON object per file."""
from __future__ import annotations

import argparse
import sys

from mediakit.cli.common import dump_json_line, utf8_stdout


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inspect", help="read captions and credits embedded in image files (EXIF, IPTC, XMP)")
    p.add_argument("images", nargs="+", metavar="IMAGE", help="image files (JPEG, PNG, WebP, TIFF, GIF, HEIF ...)")
    p.add_argument("--no-sidecar", action="store_true", help="ignore XMP sidecar files (name.ext.xmp, or name.xmp when no other image shares the stem)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mediakit.metadata import read

    out = utf8_stdout()
    failed = 0
    for path in args.images:
        record = read(path, use_sidecar=not args.no_sidecar)
        if record.error:
            failed += 1
            print(f"mediakit inspect: {record.error}", file=sys.stderr)
        dump_json_line(record.to_dict(), out)
    return 1 if failed else 0
