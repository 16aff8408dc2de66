"""The summary of discussions: its slots (domain/summary_slots.py) read as plain
values, scoped by the plan the file holds, and the edit of a slot's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consult_desktop.domain.summary_slots import Slot, build_slots
from consult_desktop.store import summary_store as store

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["Slot"]


def slots(plan_file: PlanFile) -> list[Slot]:
    """A slot per agenda item, then key messages and recommendations, then the other
    sections."""
    plan_id = plan_file.plan_id()
    with plan_file.read() as session:
        return build_slots(store.agenda_entries(session, plan_id),
                           store.sections(session, plan_id))
