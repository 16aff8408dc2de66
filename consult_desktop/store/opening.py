"""Open a plan at its address: a plan file, or a plan on a PostgreSQL server.

The one door for the command line and the window; plan_file and server_plan each
open their own kind, and neither needs to know the other.
"""

from __future__ import annotations

from pathlib import Path

from consult_desktop.store.address import ServerAddress
from consult_desktop.store.plan_file import PlanFile, PlanFileError
from consult_desktop.store.plan_file import open_plan as open_plan_file

__all__ = ["PlanFileError", "open_plan"]


def open_plan(address: Path | ServerAddress) -> PlanFile:
    """Open the plan at `address` (see plan_file.open_plan and server_plan)."""
    if isinstance(address, ServerAddress):
        from consult_desktop.store.server_plan import open_server_plan

        return open_server_plan(address)
    return open_plan_file(address)
