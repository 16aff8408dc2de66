"""A new plan file made from an earlier plan (issue 22): every row of every table is
copied, then each table's rule in CARRY says what its rows become.

CARRY is the one place to decide: a table added later is copied as it is until it gets
a rule here (tests/unit/store/test_plan_copy.py fails on a table with no rule, so the
decision is made when the table is added). The copy is one transaction into a new file
that appears only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, text, tuple_, update

from consult_desktop.domain.plan_shift import Shift


@dataclass(frozen=True)
class Carry:
    """What a table's rows become in the new plan.

    dates: moved by the shift; symbols: their year follows the new year; reset: the
    values every copied row takes (a reset text's translations are dropped with it);
    people: carried only with the participants (else the rows are left behind, and
    what refers to them is cleared)."""

    dates: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    reset: Mapping[str, Any] = field(default_factory=dict)
    people: bool = False
    what: str = ""  # how the preview names its rows; "" for a table it does not name


CARRY: dict[str, Carry] = {
    "plan": Carry(dates=("start_date", "end_date"), symbols=("symbol_prefix",)),
    "member_state": Carry(what="member State"),
    "funding_source": Carry(what="funding source"),
    # Options with their budgets, back to proposed: the new session's body decides anew.
    "option": Carry(dates=("proposed_start", "proposed_end"),
                    reset={"status": "proposed", "decision": "", "decision_date": None},
                    what="option"),
    # A line in another currency keeps its rate month: the totals stay those of the
    # earlier plan until the officer picks a newer rate.
    "budget_line": Carry(reset={"actual": None}, what="budget line"),
    # Published rates are facts of their dates, never moved: newer ones are added.
    "dsa_rate": Carry(what="DSA rate"),
    "exchange_rate": Carry(what="exchange rate"),
    "participant": Carry(people=True, reset={"status": "invited", "travel_approved": False},
                         what="participant"),
    "agenda_item": Carry(dates=("day",), symbols=("documents",), what="agenda item"),
    "agenda_speaker": Carry(people=True),
    "milestone": Carry(dates=("date", "end_date"), reset={"done": False}, what="milestone"),
    # Counted back from the meeting's first day: they move with it by themselves.
    "deadline_rule": Carry(what="deadline rule"),
    # The sections stay, their text does not: the new session's summary is to write.
    "summary_section": Carry(reset={"body": ""}, what="summary section"),
    # Identities and the list come along; each document is to write again: back to
    # drafting, no language available yet, its planned date of issue and own deadline
    # moved with the meeting.
    "document": Carry(dates=("issued", "deadline"), symbols=("symbol",),
                      reset={"status": "drafting", "available": "", "submitted": None,
                             "edited": None, "translated": None},
                      what="document"),
    "translation": Carry(what="translation"),
}


@dataclass(frozen=True)
class Moved:
    """One date that moved: the row's table and title, the date before and after."""

    table: str
    title: str
    old: dt.date
    new: dt.date


@dataclass
class Copied:
    """What the copy did: rows kept and left behind by table, the dates it moved."""

    kept: dict[str, int] = field(default_factory=dict)
    left: dict[str, int] = field(default_factory=dict)
    moved: list[Moved] = field(default_factory=list)
    emptied: int = 0  # summary texts left behind
    actuals: int = 0  # budget lines whose actual expenditure was left behind
    decisions: int = 0  # options whose decision was left behind


def rule(table: Table) -> Carry:
    return CARRY.get(table.name, Carry())


def tables() -> list[Table]:
    from consult_desktop.store.models import Base

    return list(Base.metadata.sorted_tables)


def copy_plan(source: Connection, target: Connection, shift: Shift,
              with_participants: bool) -> Copied:
    """Copy every row from `source` into the empty schema of `target`, then apply each
    table's rule. The caller owns both transactions."""
    from consult_desktop.store.server_plan import copy_rows

    copied = Copied()
    _count_left_behind(target_rows=source, copied=copied)
    copy_rows(source, target)
    dropped = [t for t in tables() if rule(t).people and not with_participants]
    dropped_names = {t.name for t in dropped}
    for table in tables():
        if table.name in dropped_names:
            continue
        for column in table.c:
            if any(fk.column.table.name in dropped_names for fk in column.foreign_keys):
                target.execute(update(table).values({column.name: None}))
    for table in reversed(dropped):
        copied.left[table.name] = _count(target, table)
        target.execute(delete(table))
    for table in tables():
        carry = rule(table)
        if carry.reset and table.name not in dropped_names:
            target.execute(update(table).values(dict(carry.reset)))
        if carry.dates or carry.symbols:
            _move(target, table, carry, shift, copied)
    _drop_translations(target, dropped_names)
    for table in tables():
        if table.name not in dropped_names:
            copied.kept[table.name] = _count(target, table)
    return copied


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _count_left_behind(target_rows: Connection, copied: Copied) -> None:
    """What the earlier plan holds that the new one will not: texts of the summary,
    actual expenditure, decisions."""
    from consult_desktop.store.models import BudgetLine, Option, SummarySection

    count = lambda *where: int(target_rows.execute(  # noqa: E731
        select(func.count()).where(*where)).scalar_one())
    copied.emptied = count(func.trim(SummarySection.body) != "")
    copied.actuals = count(BudgetLine.actual.is_not(None))
    copied.decisions = count((Option.status != "proposed") | (func.trim(Option.decision) != "")
                             | Option.decision_date.is_not(None))


def _title(table: Table) -> Any:
    for name in ("title", "heading", "label", "kind"):
        if name in table.c:
            return table.c[name]
    return table.c.id


def _move(connection: Connection, table: Table, carry: Carry, shift: Shift,
          copied: Copied) -> None:
    columns = [*carry.dates, *carry.symbols]
    rows = connection.execute(select(table.c.id, _title(table).label("title"),
                                     *(table.c[name] for name in columns))).mappings().all()
    for row in rows:
        values: dict[str, Any] = {}
        for name in carry.dates:
            old = row[name]
            if old is not None and shift.days:
                values[name] = shift.move(old)
                copied.moved.append(Moved(table.name, str(row["title"]), old, values[name]))
        for name in carry.symbols:
            if row[name]:
                new_text = shift.symbol(row[name])
                if new_text != row[name]:
                    values[name] = new_text
        if values:
            connection.execute(update(table).where(table.c.id == row["id"]).values(values))


def _drop_translations(connection: Connection, dropped: set[str]) -> None:
    """A translation of a row left behind, or of a text reset, goes with it."""
    from consult_desktop.store.models import Translation

    gone = [(name, column) for name, carry in CARRY.items() if name not in dropped
            for column, value in carry.reset.items() if isinstance(value, str)]
    if dropped:
        connection.execute(delete(Translation).where(Translation.kind.in_(sorted(dropped))))
    if gone:
        connection.execute(delete(Translation).where(
            tuple_(Translation.kind, Translation.field).in_(gone)))


def prepare(connection: Connection) -> None:
    """The empty schema of a new plan file, before the copy fills it."""
    from consult_desktop.store import schema
    from consult_desktop.store.migrate import upgrade

    connection.execute(text(f"PRAGMA application_id = {schema.APPLICATION_ID}"))
    upgrade(connection)
