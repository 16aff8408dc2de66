"""The user's own copy of the demo plan, in the user data folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

from consult_desktop import PLAN_SUFFIX


def user_demo_path() -> Path:
    """The copy of the demo plan that the window opens when there is nothing else;
    written from the packaged builder the first time, never the original itself."""
    folder = user_data_path("consult-desktop", appauthor=False, ensure_exists=True)
    path = folder / f"Demo plan{PLAN_SUFFIX}"
    if not path.exists():
        from consult_desktop.store.demo import write_demo

        write_demo(path).close()
    return path
