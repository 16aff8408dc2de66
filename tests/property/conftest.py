"""Hypothesis profiles for the property tests: choose one with HYPOTHESIS_PROFILE.

- ci (the default): the example counts written on each test, a few thousand in all,
  inside CI's time; no deadline (the machine is shared), no example database, and the
  same examples on every run (derandomized), so that a run's verdict depends on the
  code, not on the draw.
- quick: a tenth of them, drawn afresh each run, while working on a test.
- thorough: ten times as many, drawn afresh each run: the search for new failures,
  before a release (a failure prints the blob that reproduces it).

Each test states its own count with `limits.examples(n)`, scaled by the profile.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow], derandomize=True)
settings.register_profile("quick", parent=settings.get_profile("ci"), derandomize=False)
settings.register_profile("thorough", parent=settings.get_profile("ci"), derandomize=False)

from tests.property import limits  # noqa: E402  (after the profiles it loads)

settings.load_profile(limits.PROFILE)
