"""Hypothesis profiles for the property tests: choose one with HYPOTHESIS_PROFILE.

- ci (the default): the example counts written on each test, a few thousand in all,
  inside CI's time; no deadline (the machine is shared), no example database.
- quick: a tenth of them, while working on a test.
- thorough: ten times as many, before a release.

Each test states its own count with `limits.examples(n)`, scaled by the profile.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("ci", deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("quick", parent=settings.get_profile("ci"))
settings.register_profile("thorough", parent=settings.get_profile("ci"))

from tests.property import limits  # noqa: E402  (after the profiles it loads)

settings.load_profile(limits.PROFILE)
