"""The summary of discussions: its slots (domain/summary_slots.py) read as plain
values, scoped by the plan the file holds, and the edit of a slot's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consult_desktop.domain.summary_slots import Slot, build_slots, new_section_values
from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.store import summary_store as store

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["Slot"]


def slots(plan_file: PlanFile) -> list[Slot]:
    """A slot per agenda item, then key messages and recommendations, then the other
    sections."""
    plan_id = plan_file.plan_id
    with plan_file.read() as session:
        return build_slots(store.agenda_entries(session, plan_id),
                           store.sections(session, plan_id))


class EditSection:
    """Set a slot's text, creating its section on the first words. Edits of the same
    slot within one visit (the same `visit` number) may be absorbed into one, so that
    the typing of a visit is one step to undo."""

    def __init__(self, slot: Slot, new: str, visit: int) -> None:
        self.slot = slot
        self.old, self.new = slot.body, new
        self.visit = visit
        self.section_id = slot.section_id
        self.created = slot.section_id is None
        self.text = f"Edit summary: {slot.heading}"

    def apply(self, work: Work) -> Change:
        if self.created:
            self.section_id = store.insert_section(
                work.session, work.plan_id, new_section_values(self.slot, self.new),
                self.section_id)
            return Change.rows(Topic.SUMMARY, added=(self.section_id,))
        assert self.section_id is not None
        store.set_body(work.session, work.plan_id, self.section_id, self.new)
        return Change.rows(Topic.SUMMARY, updated=(self.section_id,))

    def revert(self, work: Work) -> Change:
        assert self.section_id is not None
        if self.created:
            store.delete_section(work.session, work.plan_id, self.section_id)
            return Change.rows(Topic.SUMMARY, removed=(self.section_id,))
        store.set_body(work.session, work.plan_id, self.section_id, self.old)
        return Change.rows(Topic.SUMMARY, updated=(self.section_id,))

    def absorb(self, later: object) -> bool:
        """Take in a later edit of the same section in the same visit; whether it did."""
        if not isinstance(later, EditSection) or later.visit != self.visit \
                or later.slot.key != self.slot.key or later.section_id != self.section_id:
            return False
        self.new = later.new
        return True
