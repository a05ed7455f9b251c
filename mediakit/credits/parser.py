"""Placeholder while the real parser is written (lead)."""
from mediakit.model import Credit


def parse_credit(text, registry=None):
    return Credit(input=text, credit=text.strip() or None)
