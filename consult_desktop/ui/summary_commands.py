"""The summary's slots (one per agenda item, key messages, recommendations) and the
undoable edit of a slot's text, which coalesces the typing of one visit into one step."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from consult_desktop.store import summary_store as store
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.undo import PlanCommand

FIXED = (("key_messages", "Key messages"), ("recommendations", "Recommendations"))


@dataclass(frozen=True)
class Slot:
    """A place for text in the summary; `section_id` is None until text is written."""

    key: str
    heading: str
    kind: str
    agenda_item_id: int | None
    position: int
    section_id: int | None = None
    body: str = ""
    stored_heading: str = ""  # what the section keeps: the item's title, without number


def build_slots(agenda: list[store.AgendaEntry], sections: list[store.Section]) -> list[Slot]:
    """A slot per agenda item, then key messages and recommendations, then any other
    section (general ones, or those whose agenda item was deleted)."""
    slots = [Slot(f"item:{a.id}", a.heading, "item", a.id, a.position, stored_heading=a.title)
             for a in agenda]
    slots += [Slot(kind, heading, kind, None, store.KIND_POSITIONS[kind],
                   stored_heading=heading) for kind, heading in FIXED]
    by_key = {slot.key: index for index, slot in enumerate(slots)}
    for section in sections:
        key = f"item:{section.agenda_item_id}" if section.agenda_item_id is not None \
            else section.kind
        index = by_key.get(key)
        if index is not None and slots[index].section_id is None:
            slots[index] = replace(slots[index], section_id=section.id, body=section.body)
            continue
        heading = section.heading or "Untitled section"
        slots.append(Slot(f"section:{section.id}", heading, section.kind,
                          section.agenda_item_id, section.position, section.id, section.body,
                          section.heading))
    return slots


class EditSection(PlanCommand):
    """Set a slot's text, creating its section on the first words. Edits of the same
    slot within one visit (the same `visit` number) merge into one undo step."""

    topic = "summary"
    MERGE_ID = 7_707

    def __init__(self, context: PlanContext, slot: Slot, new: str, visit: int) -> None:
        super().__init__(context, f"Edit summary: {slot.heading}")
        self.slot = slot
        self.old, self.new = slot.body, new
        self.visit = visit
        self.section_id = slot.section_id
        self.created = slot.section_id is None

    def apply(self, session: Session) -> None:
        if self.created:
            values = {"kind": self.slot.kind, "agenda_item_id": self.slot.agenda_item_id,
                      "position": self.slot.position, "heading": self.slot.stored_heading,
                      "body": self.new}
            self.section_id = store.insert_section(session, self.context.plan_id, values,
                                                   self.section_id)
        else:
            assert self.section_id is not None
            store.set_body(session, self.section_id, self.new)

    def revert(self, session: Session) -> None:
        assert self.section_id is not None
        if self.created:
            store.delete_section(session, self.section_id)
        else:
            store.set_body(session, self.section_id, self.old)

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditSection) or other.visit != self.visit \
                or other.slot.key != self.slot.key or other.section_id != self.section_id:
            return False
        self.new = other.new
        return True

