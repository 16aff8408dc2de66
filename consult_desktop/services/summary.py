"""The summary of discussions: its slots (domain/summary_slots.py) read as plain
values, scoped by the plan the file holds, and the edit of a slot's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consult_desktop.domain.phrases import Label, phrase
from consult_desktop.domain.summary_slots import Slot, build_slots, new_section_values
from consult_desktop.services.edits import Change, Conflicted, Topic, Work
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
    the typing of a visit is one step to undo.

    The slot is as the person read it: the first apply writes only if the section still
    holds that text (or, for a slot without one, nobody has started it meanwhile); else
    Conflicted, with both texts. Undo and redo are the window's guard's to check."""

    def __init__(self, slot: Slot, new: str, visit: int) -> None:
        self.slot = slot
        self.old, self.new = slot.body, new
        self.visit = visit
        self.section_id = slot.section_id
        self.created = slot.section_id is None
        self.text = phrase("Edit summary: {heading}", heading=Label(slot.heading))
        self.checked = True

    def apply(self, work: Work) -> Change:
        if self.checked:
            store.check_unchanged(work.session, work.plan_id, self.slot, self.section_id,
                                  self.old, self.new)
        if self.created:
            self.section_id = store.insert_section(
                work.session, work.plan_id, new_section_values(self.slot, self.new),
                self.section_id)
            return Change.rows(Topic.SUMMARY, added=(self.section_id,))
        assert self.section_id is not None
        store.set_body(work.session, work.plan_id, self.section_id, self.new)
        return Change.rows(Topic.SUMMARY, updated=(self.section_id,))

    def keep_mine(self, conflict: Conflicted) -> bool:
        """My text over theirs (undo puts back theirs); a section started meanwhile by
        someone else takes my text. Nothing to keep when the section was deleted."""
        if not conflict.theirs:
            return False
        section_id, stored = next(iter(conflict.theirs.items()))
        if stored is None:
            return False
        self.section_id, self.created = section_id, False
        self.old = str(stored.get("body") or "")
        return True

    def revert(self, work: Work) -> Change:
        assert self.section_id is not None
        self.checked = False  # undone: a redo is the guard's to check
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
