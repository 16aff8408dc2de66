"""The agenda on disk: plain rows in (Core select), whole item states out.

An edit is a change from some items' states to others (`write`); it deletes, inserts
and updates those rows and renumbers the agenda, all in the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.domain import agenda
from consult_desktop.domain.agenda import Agenda, Item, Meeting, OptionDates, Person
from consult_desktop.domain.meeting_days import meeting_days
from consult_desktop.domain.names import plain_name
from consult_desktop.store.ids import reserve_ids
from consult_desktop.store.models import AgendaItem, Option, Participant, Plan, agenda_speaker

ITEMS = cast(Table, AgendaItem.__table__)
SPEAKERS = agenda_speaker


def option_dates(session: Session, plan_id: int) -> list[OptionDates]:
    """The options' dates and statuses in their order: what decides the meeting's days."""
    rows = session.execute(
        select(Option.position, Option.status, Option.proposed_start, Option.proposed_end)
        .where(Option.plan_id == plan_id).order_by(Option.position, Option.label))
    return [OptionDates(*row) for row in rows]


def load_items(session: Session, plan_id: int) -> list[Item]:
    a = AgendaItem
    speakers: dict[int, list[int]] = {}
    for item_id, person_id in session.execute(
        select(SPEAKERS.c.item_id, SPEAKERS.c.participant_id)
        .join(ITEMS, ITEMS.c.id == SPEAKERS.c.item_id)
        .where(ITEMS.c.plan_id == plan_id)
        .order_by(SPEAKERS.c.item_id, SPEAKERS.c.position)
    ):
        speakers.setdefault(item_id, []).append(person_id)
    rows = session.execute(
        select(a.id, a.title, a.kind, a.parent_id, a.position, a.number, a.day, a.start_time,
               a.end_time, a.room, a.chair_id, a.annotation, a.documents, a.notes)
        .where(a.plan_id == plan_id)
        .order_by(a.position, a.id)
    )
    return [
        Item(id=r.id, title=r.title, kind=r.kind, parent_id=r.parent_id, position=r.position,
             number=r.number, day=r.day, start=r.start_time, end=r.end_time, room=r.room,
             chair_id=r.chair_id, speaker_ids=tuple(speakers.get(r.id, ())),
             annotation=r.annotation, documents=r.documents, notes=r.notes)
        for r in rows
    ]


def load_people(session: Session, plan_id: int) -> list[Person]:
    # The table's columns, not the mapped class's: the ORM's row loading costs ~5x more
    # than Core's at 10,000 participants.
    p = cast(Table, Participant.__table__).c
    rows = session.execute(
        select(p.id, p.honorific, p.given_name, p.family_name, p.status)
        .where(p.plan_id == plan_id)
        .order_by(p.family_name, p.given_name, p.id)
    )
    return [Person(ident, plain_name(given, family), status, honorific or "")
            for ident, honorific, given, family, status in rows]


def load_meeting(session: Session, plan_id: int) -> tuple[Meeting, str]:
    plan = session.execute(
        select(Plan.start_date, Plan.end_date, Plan.day_start, Plan.day_end, Plan.timezone)
        .where(Plan.id == plan_id)
    ).one()
    options = option_dates(session, plan_id)
    first, last = meeting_days(options, plan.start_date, plan.end_date)
    return Meeting(first, last, plan.day_start, plan.day_end), plan.timezone


def load(session: Session, plan_id: int) -> Agenda:
    meeting, timezone = load_meeting(session, plan_id)
    title = session.execute(select(Plan.title).where(Plan.id == plan_id)).scalar_one()
    return Agenda(load_items(session, plan_id), load_people(session, plan_id), meeting, timezone,
                  title)


def next_ids(session: Session, count: int) -> list[int]:
    """Ids for new items, fixed before the first apply so that a redo reuses them."""
    return reserve_ids(session, ITEMS, count)


def _values(item: Item) -> dict:
    return dict(title=item.title, kind=item.kind, day=item.day, start_time=item.start,
                end_time=item.end, room=item.room, chair_id=item.chair_id,
                annotation=item.annotation, documents=item.documents, notes=item.notes,
                position=item.position, number=item.number)


# What a person sees of an item and an edit changes (its number and position follow
# its place, which others' additions elsewhere may shift).
_CHECKED = ("title", "kind", "day", "start_time", "end_time", "room", "chair_id",
            "annotation", "documents", "notes")


def check_unchanged(session: Session, before: Sequence[Item], after: Sequence[Item]) -> None:
    """Raise row_versions.Conflict unless each item of `before` is still stored as it
    was read (its columns and its parent; not its number, which renumbering sets)."""
    from consult_desktop.store.row_versions import check_values

    def columns(item: Item) -> dict[str, Any]:
        values = _values(item)
        return {**{name: values[name] for name in _CHECKED}, "parent_id": item.parent_id}

    new = {item.id: item for item in after}
    check_values(session, ITEMS, {item.id: columns(item) for item in before},
                 {item.id: columns(new[item.id]) if item.id in new else {}
                  for item in before})


def write(session: Session, plan_id: int, before: Sequence[Item],
          after: Sequence[Item]) -> set[int]:
    """Bring the rows of `before` to the states of `after`: rows only in `before` are
    deleted, rows only in `after` inserted (with their ids), the others updated; then
    the whole agenda is renumbered. Returns the ids of the other rows that renumbering
    changed."""
    old = {item.id for item in before}
    new = {item.id: item for item in after}
    gone = old - set(new)
    if gone:
        session.execute(delete(ITEMS).where(ITEMS.c.id.in_(gone), ITEMS.c.plan_id == plan_id))
    for item in after:
        if item.id in old:
            session.execute(update(ITEMS).where(ITEMS.c.id == item.id,
                                                ITEMS.c.plan_id == plan_id)
                            .values(**_values(item), parent_id=None))
        else:
            session.execute(insert(ITEMS).values(id=item.id, plan_id=plan_id,
                                                 parent_id=None, **_values(item)))
    for item in after:  # parents exist now, whichever order the items came in
        if item.parent_id is not None:
            session.execute(update(ITEMS).where(ITEMS.c.id == item.id,
                                                ITEMS.c.plan_id == plan_id)
                            .values(parent_id=item.parent_id))
        session.execute(delete(SPEAKERS).where(SPEAKERS.c.item_id == item.id))
        if item.speaker_ids:
            session.execute(insert(SPEAKERS), [
                {"item_id": item.id, "participant_id": person, "position": n}
                for n, person in enumerate(item.speaker_ids)
            ])
    return renumber(session, plan_id) - old - set(new)


def renumber(session: Session, plan_id: int) -> set[int]:
    """Put the agenda in order and number it, writing only the rows that change;
    returns their ids."""
    items = load_items(session, plan_id)
    now = {item.id: (item.position, item.number) for item in items}
    changed = set()
    for item in agenda.numbered(items):
        if now[item.id] != (item.position, item.number):
            changed.add(item.id)
            session.execute(update(ITEMS).where(ITEMS.c.id == item.id)
                            .values(position=item.position, number=item.number))
    return changed
