"""The places for text in the summary of discussions: one slot per agenda item (no
breaks), then key messages and recommendations, then any other section (a general one,
or one whose agenda item was deleted: its text is kept).

A slot has a section once text is written in it; until then `section_id` is None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

# Where sections that follow no agenda item sort: after every item, in this order.
KIND_POSITIONS = {"key_messages": 10_000, "recommendations": 10_001, "general": 10_002}
FIXED = (("key_messages", "Key messages"), ("recommendations", "Recommendations"))
UNTITLED = "Untitled section"


@dataclass(frozen=True)
class AgendaEntry:
    """An agenda item as the summary follows it."""

    id: int
    number: str
    title: str
    position: int

    @property
    def heading(self) -> str:
        """"3. Regional aspects", "3 (a) Outcomes": a dot after a plain number."""
        if not self.number:
            return self.title
        dot = "." if self.number[-1].isdigit() else ""
        return f"{self.number}{dot} {self.title}"


@dataclass(frozen=True)
class Section:
    """A stored section of the summary."""

    id: int
    position: int
    kind: str
    agenda_item_id: int | None
    heading: str
    body: str


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


def item_key(agenda_item_id: int) -> str:
    return f"item:{agenda_item_id}"


def build_slots(agenda: Sequence[AgendaEntry], sections: Sequence[Section]) -> list[Slot]:
    """A slot per agenda item, then key messages and recommendations, then any other
    section (general ones, or those whose agenda item was deleted)."""
    slots = [Slot(item_key(a.id), a.heading, "item", a.id, a.position, stored_heading=a.title)
             for a in agenda]
    slots += [Slot(kind, heading, kind, None, KIND_POSITIONS[kind], stored_heading=heading)
              for kind, heading in FIXED]
    by_key = {slot.key: index for index, slot in enumerate(slots)}
    for section in sections:
        key = item_key(section.agenda_item_id) if section.agenda_item_id is not None \
            else section.kind
        index = by_key.get(key)
        if index is not None and slots[index].section_id is None:
            slots[index] = replace(slots[index], section_id=section.id, body=section.body)
            continue
        slots.append(Slot(f"section:{section.id}", section.heading or UNTITLED, section.kind,
                          section.agenda_item_id, section.position, section.id, section.body,
                          section.heading))
    return slots


def new_section_values(slot: Slot, body: str) -> dict[str, object]:
    """The stored fields of the section a slot's first words create."""
    return {"kind": slot.kind, "agenda_item_id": slot.agenda_item_id,
            "position": slot.position, "heading": slot.stored_heading, "body": body}
