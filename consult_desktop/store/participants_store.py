"""Reading and writing participants through SQLAlchemy Core: plain rows in, plain rows
out, bulk writes as one executemany. Each function takes a Session and never commits.
Reads name the tables' columns, not the mapped classes' attributes: opening the tab
then needs no mapper configured (~50 ms).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.domain.participant_import import ImportPlan
from consult_desktop.domain.participants import FIELDS, Person
from consult_desktop.store.ids import reserve_ids
from consult_desktop.store.models import AgendaItem, MemberState, Participant, agenda_speaker

TABLE: Table = Participant.__table__  # type: ignore[assignment]
AGENDA: Table = AgendaItem.__table__  # type: ignore[assignment]
# A row of the list: the id, then the fields of Person in their order.
ROW_COLUMNS = ("id", *FIELDS)
_SELECT = [TABLE.c[name] for name in ROW_COLUMNS]
# Columns whose values repeat from one participant to the next.
_SHARED_AT = [ROW_COLUMNS.index(name) for name in (
    "honorific", "given_name", "function", "organisation", "country", "category", "status",
    "travel_amount")]
_CHUNK = 500  # SQLite binds at most 32766 variables; keep IN lists short anyway


def load_rows(session: Session, plan_id: int,
              versions: dict[int, int] | None = None) -> list[tuple[Any, ...]]:
    """Every participant as (id, *fields), by family name, given name. `versions`, when
    given, receives each row's version as read by the same statement (an edit names it,
    see row_versions.py).

    sqlite3 makes a new string for every cell, so 10,000 delegates' "Delegate",
    "invited" or "FR" would be 10,000 strings each (~3 MB at 10,000 rows): the columns
    whose values repeat share one string a value. The rows are read a thousand at a
    time, so the copies die young, and turned column by column and back (zip), which
    also makes the plain tuples the model keeps."""
    query = (select(*_SELECT, TABLE.c.version).where(TABLE.c.plan_id == plan_id)
             .order_by(TABLE.c.family_name, TABLE.c.given_name, TABLE.c.id))
    shared: list[dict[Any, Any]] = [{} for _ in _SHARED_AT]
    rows: list[tuple[Any, ...]] = []
    for part in session.execute(query).partitions(1000):
        columns = list(zip(*part, strict=True))
        read = columns.pop()
        if versions is not None:
            versions.update(zip(columns[0], read, strict=True))
        for one, at in zip(shared, _SHARED_AT, strict=True):
            columns[at] = tuple(map(one.setdefault, columns[at], columns[at]))
        rows.extend(zip(*columns, strict=True))
    return rows


def to_person(row: Sequence[Any]) -> Person:
    return Person(*row[1:])


def load_people(session: Session, plan_id: int) -> list[tuple[int, Person]]:
    return [(row[0], to_person(row)) for row in load_rows(session, plan_id)]


def get_rows(session: Session, plan_id: int, ids: Iterable[int],
             versions: dict[int, int] | None = None) -> list[tuple[Any, ...]]:
    """The rows (id, *fields) of these participants of the plan; ids not found are left
    out. `versions`, when given, receives the version of each row found."""
    found: list[tuple[Any, ...]] = []
    wanted = list(ids)
    for start in range(0, len(wanted), _CHUNK):
        query = select(*_SELECT, TABLE.c.version).where(
            TABLE.c.plan_id == plan_id, TABLE.c.id.in_(wanted[start:start + _CHUNK]))
        for *row, version in session.execute(query):
            found.append(tuple(row))
            if versions is not None:
                versions[row[0]] = version
    return found


def get_people(session: Session, ids: Iterable[int]) -> dict[int, Person]:
    found: dict[int, Person] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), _CHUNK):
        query = select(*_SELECT).where(TABLE.c.id.in_(wanted[start:start + _CHUNK]))
        found.update((row[0], to_person(row)) for row in session.execute(query))
    return found


def count(session: Session, plan_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(TABLE)
                              .where(TABLE.c.plan_id == plan_id)) or 0)


def member_states(session: Session, plan_id: int) -> set[str]:
    members: Table = MemberState.__table__  # type: ignore[assignment]
    query = select(members.c.country).where(members.c.plan_id == plan_id)
    return set(session.scalars(query))


def _values(person: Person) -> dict[str, Any]:
    return person._asdict()


def next_ids(session: Session, how_many: int) -> list[int]:
    """Ids for new rows, chosen up front so that a redo puts rows back under the same id."""
    return reserve_ids(session, TABLE, how_many)


def insert_people(session: Session, plan_id: int, people: Sequence[Person],
                  ids: Sequence[int] | None = None) -> list[int]:
    """Insert in one executemany; returns the new rows' ids."""
    if not people:
        return []
    ids = list(ids) if ids is not None else next_ids(session, len(people))
    connection = session.connection()
    # The statement is compiled once by SQLAlchemy, and each value goes through its
    # column type's own bind processor (Money to cents, booleans): the rows a plain
    # `session.execute(insert(TABLE), dicts)` writes, at a fraction of its cost per row.
    columns = ["id", "plan_id", *FIELDS]
    compiled = insert(TABLE).values({name: bindparam(name) for name in columns}).compile(
        dialect=connection.dialect, column_keys=columns)
    convert = [TABLE.c[name].type.bind_processor(connection.dialect) for name in FIELDS]
    values = [(ident, plan_id, *[v if f is None or v is None else f(v)
                                 for f, v in zip(convert, person, strict=True)])
              for ident, person in zip(ids, people, strict=True)]
    if compiled.positional:  # sqlite3's "?"
        take = itemgetter(*(columns.index(name) for name in compiled.positiontup or ()))
        rows: list[Any] = [take(row) for row in values]
    else:  # psycopg's "%(name)s" on a server
        rows = [dict(zip(columns, row, strict=True)) for row in values]
    connection.exec_driver_sql(compiled.string, rows)
    return ids


def update_people(session: Session, changes: Sequence[tuple[int, Person]]) -> None:
    """Write every field of each (id, person) in one executemany."""
    if not changes:
        return
    statement = update(TABLE).where(TABLE.c.id == bindparam("row_id")).values(
        {name: bindparam(name) for name in FIELDS})
    session.execute(statement, [{"row_id": ident, **_values(person)}
                                for ident, person in changes])


def set_status(session: Session, ids: Sequence[int], statuses: Sequence[str]) -> None:
    """Give each id its status (one executemany)."""
    statement = update(TABLE).where(TABLE.c.id == bindparam("row_id")).values(
        status=bindparam("new_status"))
    session.execute(statement, [{"row_id": i, "new_status": s}
                                for i, s in zip(ids, statuses, strict=True)])


def statuses(session: Session, ids: Sequence[int]) -> list[str]:
    people = get_people(session, ids)
    return [people[i].status for i in ids]


@dataclass(frozen=True)
class Removed:
    """What deleting participants took away, to put back on undo."""

    people: dict[int, Person]
    speakers: list[dict[str, Any]]
    chairs: list[tuple[int, int]]  # agenda item id, participant id


def agenda_links(session: Session, ids: Sequence[int]) -> tuple[int, int]:
    """How many agenda items these participants speak at, and how many they chair."""
    spoken: set[int] = set()
    chaired: set[int] = set()
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        spoken.update(session.scalars(select(agenda_speaker.c.item_id).where(
            agenda_speaker.c.participant_id.in_(chunk))))
        chaired.update(session.scalars(select(AgendaItem.id).where(
            AgendaItem.chair_id.in_(chunk))))
    return len(spoken), len(chaired)


def delete_people(session: Session, plan_id: int, ids: Sequence[int]) -> Removed:
    ids = list(ids)
    people = get_people(session, ids)
    speakers: list[dict[str, Any]] = []
    chairs: list[tuple[int, int]] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        speakers += [dict(row._mapping) for row in session.execute(
            select(agenda_speaker).where(agenda_speaker.c.participant_id.in_(chunk)))]
        chairs += [(row[0], int(row[1] or 0)) for row in session.execute(
            select(AgendaItem.id, AgendaItem.chair_id).where(AgendaItem.chair_id.in_(chunk)))]
        session.execute(delete(TABLE).where(TABLE.c.id.in_(chunk)))
    return Removed(people, speakers, chairs)


def restore_people(session: Session, plan_id: int, removed: Removed) -> None:
    insert_people(session, plan_id, list(removed.people.values()), list(removed.people))
    if removed.speakers:
        session.execute(insert(agenda_speaker), removed.speakers)
    if removed.chairs:
        statement = update(AGENDA).where(AGENDA.c.id == bindparam("item_id")).values(
            chair_id=bindparam("chair"))
        session.execute(statement, [{"item_id": i, "chair": c} for i, c in removed.chairs])


def remove_added(session: Session, ids: Sequence[int]) -> None:
    """Delete rows that an import added (nothing can link to them yet)."""
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        session.execute(delete(TABLE).where(TABLE.c.id.in_(ids[start:start + _CHUNK])))


def apply_import(session: Session, plan_id: int, plan: ImportPlan,
                 ids: Sequence[int] | None = None) -> list[int]:
    """Add and update as the import plan says; returns the added rows' ids."""
    added = insert_people(session, plan_id, [person for _, person in plan.added], ids)
    update_people(session, [(ident, new) for _, ident, _, new in plan.updated])
    return added


def revert_import(session: Session, plan: ImportPlan, added_ids: Sequence[int]) -> None:
    """Remove exactly the rows an import added and give updated rows their old values."""
    remove_added(session, added_ids)
    update_people(session, [(ident, old) for _, ident, old, _ in plan.updated])
