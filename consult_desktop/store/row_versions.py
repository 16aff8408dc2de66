"""Edits that check a row's version: nobody's change is overwritten unseen.

Every edited table has a `version` (revision 0003). A window reads a row with its
version; when the person's edit is saved, the UPDATE names that version too. If
someone else changed the row meanwhile, its version moved on and the UPDATE finds
nothing: the edit raises Conflict, holding both values (the person's and the one now
stored) so the window can offer "keep mine", "take theirs" or "cancel". Nothing has
been written then: the caller's transaction rolls back.

"Keep mine" is the same edit again with the version just read (`Conflict.theirs`).
On PostgreSQL a trigger raises the version on every update, whoever writes; on a
plan file these functions raise it themselves (one program edits a file).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select, tuple_, update
from sqlalchemy.orm import Session

from consult_desktop.domain.phrases import Phrase, phrase


@dataclass
class Conflict(ValueError):
    """Rows changed (or deleted) by someone else since they were read. A ValueError,
    so an edit of the window reports it like any refused value."""

    table: str
    mine: dict[str, Any]
    # Row id -> the row as stored now, with its version; None when it was deleted.
    theirs: dict[int, dict[str, Any] | None] = field(default_factory=dict)
    # Row id -> what the edit would write to that row, where rows differ (an agenda
    # edit moves each item to its own time); else `mine` is for every row.
    mine_rows: dict[int, dict[str, Any]] = field(default_factory=dict)

    def message(self) -> Phrase:
        """What the person is told (the window in its language, domain/phrases.py)."""
        deleted = sum(row is None for row in self.theirs.values())
        changed = len(self.theirs) - deleted
        by_others = phrase("%n changed by someone else since you read them", n=changed,
                           one="1 changed by someone else since you read it")
        gone = phrase("%n deleted by someone else", n=deleted)
        what = (phrase("{changed} and {deleted}", changed=by_others, deleted=gone)
                if changed and deleted else by_others if changed else gone)
        rows = ROWS.get(self.table) or self.table.replace("_", " ") + " rows"
        return phrase("not saved: of the {rows} you edited, {what}; nothing was overwritten",
                      rows=rows, what=what)

    def __str__(self) -> str:
        return str(self.message())


# How a message names the rows of a table someone else changed.
ROWS = {
    "participant": phrase("participant rows"), "agenda_item": phrase("agenda item rows"),
    "milestone": phrase("milestone rows"), "summary_section": phrase("summary section rows"),
    "option": phrase("option rows"), "budget_line": phrase("budget line rows"),
    "document": phrase("document rows"), "funding_source": phrase("funding source rows"),
    "plan": phrase("plan rows"), "translation": phrase("translation rows"),
}


def update_checked(session: Session, table: Table, row_id: int, seen_version: int,
                   values: Mapping[str, Any]) -> int:
    """Set `values` on one row if it still has `seen_version`; returns its new version."""
    return update_many_checked(session, table, {row_id: seen_version}, values)[row_id]


def update_many_checked(session: Session, table: Table, seen: Mapping[int, int],
                        values: Mapping[str, Any]) -> dict[int, int]:
    """A bulk edit ("set status" on a selection): every row still at the version it
    was read at, or none changed (Conflict). Returns each row's new version."""
    if not seen:
        return {}
    pairs = [(row_id, version) for row_id, version in seen.items()]
    result = session.execute(
        update(table)
        .where(tuple_(table.c.id, table.c.version).in_(pairs))
        .values({**values, "version": table.c.version + 1})
        .returning(table.c.id, table.c.version)
        .execution_options(synchronize_session=False))
    done = {int(row_id): int(version) for row_id, version in result.all()}
    if len(done) == len(seen):
        return done
    missed = [row_id for row_id in seen if row_id not in done]
    stored = {row["id"]: dict(row) for row in session.execute(
        select(table).where(table.c.id.in_(missed))).mappings()}
    raise Conflict(table.name, dict(values), {row_id: stored.get(row_id) for row_id in missed})


def delete_checked(session: Session, table: Table, seen: Mapping[int, int]) -> None:
    """Delete rows only if nobody changed them since they were read."""
    if not seen:
        return
    result = session.execute(
        table.delete().where(tuple_(table.c.id, table.c.version).in_(list(seen.items())))
        .returning(table.c.id))
    gone = {int(row_id) for (row_id,) in result.all()}
    missed = [row_id for row_id in seen if row_id not in gone]
    if missed:
        stored = {row["id"]: dict(row) for row in session.execute(
            select(table).where(table.c.id.in_(missed))).mappings()}
        raise Conflict(table.name, {}, {row_id: stored.get(row_id) for row_id in missed})


def check_unchanged(session: Session, table: Table, seen: Mapping[int, int],
                    mine: Mapping[str, Any] | None = None) -> None:
    """Raise Conflict unless every row is still at the version it was read at; the rows
    stay locked until the transaction ends (a delete that does more than one DELETE, or
    an edit written by another function, checks first). `mine`: what the edit would
    write, for the Conflict to show (nothing for a deletion)."""
    if not seen:
        return
    now = dict(session.execute(
        select(table.c.id, table.c.version).where(table.c.id.in_(list(seen)))
        .with_for_update()).all())
    missed = [row_id for row_id, version in seen.items() if now.get(row_id) != version]
    if missed:
        stored = {row["id"]: dict(row) for row in session.execute(
            select(table).where(table.c.id.in_(missed))).mappings()}
        raise Conflict(table.name, dict(mine or {}),
                       {row_id: stored.get(row_id) for row_id in missed})


def same(read: Any, stored: Any) -> bool:
    """Whether a value as read is the value stored (an empty text and none are one)."""
    if read == stored:
        return True
    return read in (None, "") and stored in (None, "")


def check_values(session: Session, table: Table, read: Mapping[int, Mapping[str, Any]],
                 mine: Mapping[int, Mapping[str, Any]] | None = None) -> None:
    """Raise Conflict unless every row still holds the values it was read with (`read`:
    row id -> column -> the value the person saw), locking the rows until the
    transaction ends. For the edits that keep what the person saw (an option, a budget
    line, a milestone, an agenda item, a summary section): only the columns they change
    are compared, so someone else's change of another column is no conflict. A row
    deleted meanwhile is one. `mine`: what the edit would write to each row, to show."""
    if not read:
        return
    stored = {row["id"]: dict(row) for row in session.execute(
        select(table).where(table.c.id.in_(list(read))).with_for_update()).mappings()}
    missed = [row_id for row_id, values in read.items()
              if row_id not in stored
              or not all(same(value, stored[row_id].get(name))
                         for name, value in values.items())]
    if missed:
        rows = {row_id: dict((mine or {}).get(row_id, {})) for row_id in missed}
        common = next(iter(rows.values())) if len(
            {tuple(sorted(map(str, r.items()))) for r in rows.values()}) == 1 else {}
        raise Conflict(table.name, common, {row_id: stored.get(row_id) for row_id in missed},
                       rows)


# The table whose ids a change of each topic names (services.edits.Topic values).
TOPIC_TABLES = {"participants": "participant", "agenda": "agenda_item",
                "milestones": "milestone", "summary": "summary_section", "options": "option",
                "budget": "budget_line"}


def versions_of(session: Session, topic: str, ids: Iterable[int]) -> dict[int, int] | None:
    """The stored version of each row of a topic's table still there, by id; None when
    the topic's rows are not versioned rows by id."""
    from consult_desktop.store.models import Base

    name = TOPIC_TABLES.get(topic)
    wanted = sorted(ids)
    if name is None:
        return None
    if not wanted:
        return {}
    table = Base.metadata.tables[name]
    return {int(row_id): int(version) for row_id, version in session.execute(
        select(table.c.id, table.c.version).where(table.c.id.in_(wanted)))}
