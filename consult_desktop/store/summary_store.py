"""The summary of discussions: its sections and the agenda items they follow, via Core."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.store.models import AgendaItem, SummarySection

# Where sections that follow no agenda item sort: after every item, in this order.
KIND_POSITIONS = {"key_messages": 10_000, "recommendations": 10_001, "general": 10_002}


@dataclass(frozen=True)
class AgendaEntry:
    id: int
    number: str
    title: str
    position: int

    @property
    def heading(self) -> str:
        if not self.number:
            return self.title
        dot = "." if self.number[-1].isdigit() else ""
        return f"{self.number}{dot} {self.title}"


@dataclass(frozen=True)
class Section:
    id: int
    position: int
    kind: str
    agenda_item_id: int | None
    heading: str
    body: str


def agenda_entries(session: Session, plan_id: int) -> list[AgendaEntry]:
    """The plan's agenda items of kind "item" (no breaks), in agenda order."""
    a = AgendaItem
    return [
        AgendaEntry(r.id, r.number, r.title, r.position)
        for r in session.execute(
            select(a.id, a.number, a.title, a.position)
            .where(a.plan_id == plan_id, a.kind == "item").order_by(a.position, a.id)
        )
    ]


def sections(session: Session, plan_id: int) -> list[Section]:
    s = SummarySection
    return [
        Section(r.id, r.position, r.kind, r.agenda_item_id, r.heading, r.body)
        for r in session.execute(
            select(s.id, s.position, s.kind, s.agenda_item_id, s.heading, s.body)
            .where(s.plan_id == plan_id).order_by(s.position, s.id)
        )
    ]


def insert_section(session: Session, plan_id: int, values: dict[str, Any],
                   section_id: int | None = None) -> int:
    row = {"plan_id": plan_id, **values}
    if section_id is not None:
        row["id"] = section_id
    result = session.execute(insert(SummarySection).values(**row).returning(SummarySection.id))
    return int(result.scalar_one())


def set_body(session: Session, section_id: int, body: str) -> None:
    result = session.execute(
        update(SummarySection).where(SummarySection.id == section_id).values(body=body)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ValueError(f"summary section {section_id} no longer exists")


def delete_section(session: Session, section_id: int) -> None:
    session.execute(delete(SummarySection).where(SummarySection.id == section_id))
