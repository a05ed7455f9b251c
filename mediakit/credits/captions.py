"""Placeholder while the real splitter is written (lead)."""
from mediakit.model import Caption


def split_caption(line, registry=None):
    return Caption(input=line, caption=line.strip() or None)
