"""How many examples each property test runs, by profile (see conftest.py)."""

from __future__ import annotations

import os

from hypothesis import settings

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
SCALE = {"ci": 1.0, "quick": 0.1, "thorough": 10.0}[PROFILE]


def examples(count: int) -> settings:
    """Settings for a test of `count` examples in the ci profile."""
    return settings(max_examples=max(1, int(count * SCALE)))
