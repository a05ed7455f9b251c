"""Test settings shared by every test file.

Property tests (hypothesis) run derandomized by default, so that CI is deterministic: the
same examples on every run. Set ``HYPOTHESIS_PROFILE=explore`` to search with fresh random
examples when changing a parser (a new failing example found that way belongs in a table).
"""
from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
