"""Changing options, budget lines and funding sources inside the caller's transaction.

Undo needs to put back exactly what was there, ids included (later edits on the undo
stack name rows by id), so rows are snapshotted as plain dicts of their columns and
restored with Core inserts. Nothing here commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.store.ids import reserve_ids
from consult_desktop.store.models import (
    BudgetLine,
    DsaRate,
    ExchangeRate,
    FundingSource,
    Option,
    Participant,
)

Row = dict[str, Any]
OPTIONS: Table = Option.__table__  # type: ignore[assignment]
LINES: Table = BudgetLine.__table__  # type: ignore[assignment]
SOURCES: Table = FundingSource.__table__  # type: ignore[assignment]
DSA_RATES: Table = DsaRate.__table__  # type: ignore[assignment]
EXCHANGE_RATES: Table = ExchangeRate.__table__  # type: ignore[assignment]
PARTICIPANTS: Table = Participant.__table__  # type: ignore[assignment]
# What makes a rate the same rate: a newer import of it replaces its figure.
RATE_KEYS = {"dsa_rate": ("country", "location", "effective"),
             "exchange_rate": ("currency", "month")}


def rows_where(session: Session, table: Table, *criteria: Any) -> list[Row]:
    result = session.execute(select(table).where(*criteria).order_by(table.c.id))
    return [dict(row._mapping) for row in result]


def insert_rows(session: Session, table: Table, rows: Iterable[Row]) -> None:
    rows = list(rows)
    if rows:
        session.execute(insert(table), rows)


def update_row(session: Session, table: Table, row_id: int, values: Mapping[str, Any]) -> None:
    if values:
        session.execute(update(table).where(table.c.id == row_id).values(**values))


def delete_ids(session: Session, table: Table, ids: Iterable[int]) -> None:
    session.execute(delete(table).where(table.c.id.in_(list(ids))))


# ----- options ---------------------------------------------------------------------
def snapshot_option(session: Session, option_id: int) -> tuple[Row, list[Row]]:
    """An option and its budget lines, all columns, to put back later."""
    (option,) = rows_where(session, OPTIONS, OPTIONS.c.id == option_id)
    return option, rows_where(session, LINES, LINES.c.option_id == option_id)


def restore_option(session: Session, option: Row, lines: list[Row]) -> None:
    insert_rows(session, OPTIONS, [option])
    insert_rows(session, LINES, lines)


def new_option_id(session: Session) -> int:
    return reserve_ids(session, OPTIONS, 1)[0]


def copy_of_option(session: Session, plan_id: int, option_id: int, label: str,
                   title: str) -> tuple[Row, list[Row]]:
    """The rows a duplicate of an option would have (new ids, at the end of the list,
    status proposed, no decision), not yet inserted."""
    option, lines = snapshot_option(session, option_id)
    new_id = new_option_id(session)
    line_ids = reserve_ids(session, LINES, len(lines))
    option = {**option, "id": new_id, "label": label, "title": title,
              "position": next_position(session, plan_id), "status": "proposed", "decision": "",
              "decision_date": None}
    lines = [{**line, "id": line_id, "option_id": new_id}
             for line_id, line in zip(line_ids, lines, strict=True)]
    return option, lines


def next_position(session: Session, plan_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.max(OPTIONS.c.position), -1))
                              .where(OPTIONS.c.plan_id == plan_id)) or 0) + 1


def option_labels(session: Session, plan_id: int) -> list[str]:
    return list(session.scalars(select(OPTIONS.c.label).where(OPTIONS.c.plan_id == plan_id)))


def positions(session: Session, plan_id: int) -> dict[int, int]:
    """Every option's position, by id."""
    return dict(session.execute(select(OPTIONS.c.id, OPTIONS.c.position)
                                .where(OPTIONS.c.plan_id == plan_id)).all())


def set_positions(session: Session, by_id: Mapping[int, int]) -> None:
    for option_id, position in by_id.items():
        update_row(session, OPTIONS, option_id, {"position": position})


def statuses(session: Session, plan_id: int, status: str) -> dict[int, Row]:
    """Options with a status: their id, with status and decision date."""
    rows = session.execute(select(OPTIONS.c.id, OPTIONS.c.status, OPTIONS.c.decision_date)
                           .where(OPTIONS.c.plan_id == plan_id, OPTIONS.c.status == status))
    return {r.id: {"status": r.status, "decision_date": r.decision_date} for r in rows}


# ----- budget lines --------------------------------------------------------------------
def new_line(session: Session, option_id: int, category: str, source_id: int | None) -> Row:
    """The row of a new, empty line at the end of an option, not yet inserted."""
    last = session.scalar(select(func.max(LINES.c.position)).where(LINES.c.option_id == option_id))
    line_id = reserve_ids(session, LINES, 1)[0]
    return {"id": line_id, "option_id": option_id, "position": -1 if last is None else last + 1,
            "category": category, "description": "", "unit": "lump_sum",
            "funding_source_id": source_id, "psc_applies": True, "travel_rule": "fixed",
            "actual": None, "quantity": Decimal(1), "unit_cost": Decimal(0),
            "multiplier": Decimal(1)}


def line_values(session: Session, line_id: int, names: Iterable[str]) -> Row:
    (row,) = rows_where(session, LINES, LINES.c.id == line_id)
    return {name: row[name] for name in names}


# ----- funding sources ----------------------------------------------------------------
def write_sources(session: Session, plan_id: int, sources: list[Row],
                  links: Mapping[int, int | None]) -> None:
    """Make the plan's funding sources exactly `sources` (rows with id, plan_id, name,
    kind, psc_rate), and set the lines' funding source as `links` says (line id to
    source id)."""
    wanted = {row["id"]: row for row in sources}
    current = {row["id"]: row for row in rows_where(session, SOURCES,
                                                    SOURCES.c.plan_id == plan_id)}
    gone = [sid for sid in current if sid not in wanted]
    if gone:
        session.execute(update(LINES).where(LINES.c.funding_source_id.in_(gone))
                        .values(funding_source_id=None))
        delete_ids(session, SOURCES, gone)
    # Names are unique: park renamed rows under a temporary name first, so that two
    # sources can swap names in one edit. (A control character no typed name holds;
    # not NUL, which PostgreSQL's text refuses.)
    changed = [sid for sid in wanted if sid in current and wanted[sid] != current[sid]]
    for sid in changed:
        update_row(session, SOURCES, sid, {"name": f"\x01{sid}"})
    for sid in changed:
        update_row(session, SOURCES, sid, wanted[sid])
    insert_rows(session, SOURCES, [row for sid, row in wanted.items() if sid not in current])
    for line_id, source_id in links.items():
        update_row(session, LINES, line_id, {"funding_source_id": source_id})


def source_links(session: Session) -> dict[int, int | None]:
    return dict(session.execute(select(LINES.c.id, LINES.c.funding_source_id)).all())


def new_source_id(session: Session) -> int:
    return reserve_ids(session, SOURCES, 1)[0]


def new_lines(session: Session, option_id: int, values: list[Row]) -> list[Row]:
    """Rows of new lines at the end of an option (ids reserved, not yet inserted);
    `values` give each line's columns other than id, option and position."""
    last = session.scalar(select(func.max(LINES.c.position)).where(LINES.c.option_id == option_id))
    start = 0 if last is None else last + 1
    ids = reserve_ids(session, LINES, len(values))
    return [{"psc_applies": True, "travel_rule": "fixed", "actual": None, "rate_month": None,
             **row, "id": line_id, "option_id": option_id, "position": start + n}
            for n, (line_id, row) in enumerate(zip(ids, values, strict=True))]


def source_ids(session: Session, plan_id: int) -> dict[str, int]:
    return {name: sid for sid, name in session.execute(
        select(SOURCES.c.id, SOURCES.c.name).where(SOURCES.c.plan_id == plan_id))}


# ----- rate tables ---------------------------------------------------------------------
def merged_rates(session: Session, plan_id: int, table: Table, rows: list[Row]
                 ) -> tuple[list[Row], list[Row]]:
    """(the plan's rates now, the rates after importing `rows`): a rate already held
    for the same key takes the imported figure and keeps its id; others are added."""
    keys = RATE_KEYS[table.name]
    old = rows_where(session, table, table.c.plan_id == plan_id)
    merged = {tuple(row[k] for k in keys): dict(row) for row in old}
    added = [row for row in rows if tuple(row[k] for k in keys) not in merged]
    for row in rows:
        key = tuple(row[k] for k in keys)
        if key in merged:
            merged[key].update(row)
    ids = reserve_ids(session, table, len(added))
    fresh = {tuple(row[k] for k in keys): {**row, "id": rid, "plan_id": plan_id, "version": 1}
             for rid, row in zip(ids, added, strict=True)}
    return old, [*merged.values(), *fresh.values()]


def write_rates(session: Session, plan_id: int, table: Table, rows: list[Row]) -> None:
    """Make the plan's rates of this table exactly `rows`."""
    session.execute(delete(table).where(table.c.plan_id == plan_id))
    insert_rows(session, table, rows)


def set_travel_amounts(session: Session, amounts: Mapping[int, Decimal | None]) -> None:
    for person_id, amount in amounts.items():
        update_row(session, PARTICIPANTS, person_id, {"travel_amount": amount})


def line_values_of(session: Session, table: Table, row_id: int, names: Iterable[str]) -> Row:
    """Some columns of one row of `table`."""
    (row,) = rows_where(session, table, table.c.id == row_id)
    return {name: row[name] for name in names}
