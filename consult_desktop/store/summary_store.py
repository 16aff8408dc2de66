"""The summary of discussions: its sections and the agenda items they follow, via Core."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.domain.summary_slots import AgendaEntry, Section
from consult_desktop.store.models import AgendaItem, SummarySection


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


def set_body(session: Session, plan_id: int, section_id: int, body: str) -> None:
    s = SummarySection
    result = session.execute(
        update(s).where(s.id == section_id, s.plan_id == plan_id).values(body=body)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ValueError(f"summary section {section_id} no longer exists")


def delete_section(session: Session, plan_id: int, section_id: int) -> None:
    s = SummarySection
    session.execute(delete(s).where(s.id == section_id, s.plan_id == plan_id))
