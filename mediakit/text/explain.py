"""``--explain``: the evidence behind each caption and credit taken from a text.

``extract_text(..., explain=True)`` puts a list of evidence entries in
``Article.extra["explain"]`` (so ``to_dict()`` carries it as an added ``explain``
field). Each entry is a plain dict::

    {"line": 7, "text": "…", "decision": "caption+credit" | "credit" | "caption" |
     "near-miss" | "byline" | "dropped" | "image",
     "reason": "why, in words", "test": "credit-line" | "glued-credit" | "bare-caption",
     "score": 3.5, "features": {"known_agency": 2, "name_slash_agency_shape": 1.5}, ...}

:func:`extract_explained` is the extractor the CLI uses for ``mediakit extract
--explain``: text documents get the evidence, HTML documents go through the normal path.
:func:`format_explain` renders the entries for a person reading a terminal.
"""
from __future__ import annotations

from typing import Any

from mediakit.model import Article

__all__ = ["extract_explained", "format_explain"]


def extract_explained(*args: Any, **kwargs: Any) -> Article:
    """``mediakit.extract`` with the text reader's evidence added (module-level, so a
    worker process can receive it)."""
    from mediakit.extraction import extract

    return extract(*args, explain=True, **kwargs)


def format_explain(entries: list[dict[str, Any]]) -> str:
    """One block per entry: line number, decision, score, features, and the line itself."""
    out = []
    for entry in entries:
        head = f"line {entry.get('line')}: {entry.get('decision')}"
        if "score" in entry:
            head += f" (score {entry['score']:+g}, {entry.get('test')})"
        out.append(head)
        out.append(f"    {entry.get('text', '')[:160]}")
        features = entry.get("features") or {}
        if features:
            out.append("    " + ", ".join(_feature(name, value) for name, value in features.items()))
        out.append(f"    -> {entry.get('reason', '')}")
    return "\n".join(out)


def _feature(name: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return f"{name}={value}"
    return f"{name} {value:+g}"
