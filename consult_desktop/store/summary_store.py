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


def check_unchanged(session: Session, plan_id: int, slot: Any, section_id: int | None,
                    read: str, mine: str) -> None:
    """Raise row_versions.Conflict when someone else changed (or deleted) the section
    since its text was read as `read`, or, for a slot read without a section, started
    one for it meanwhile. `slot`: a domain Slot."""
    from consult_desktop.store.row_versions import check_values

    table = SummarySection.__table__
    if section_id is not None:
        check_values(session, table, {section_id: {"body": read}},  # type: ignore[arg-type]
                     {section_id: {"body": mine}})
        return
    s = SummarySection
    where = (s.agenda_item_id == slot.agenda_item_id if slot.agenda_item_id is not None
             else (s.agenda_item_id.is_(None)) & (s.kind == slot.kind))
    found = session.execute(select(table).where(s.plan_id == plan_id, where)
                            .order_by(s.id).limit(1)).mappings().first()
    if found is not None:
        from consult_desktop.store.row_versions import Conflict

        raise Conflict("summary_section", {"body": mine}, {int(found["id"]): dict(found)})


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
