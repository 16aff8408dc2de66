"""Edits of plain table rows, ids included, for the options, budget lines and funding
sources: undo puts back exactly what was there and redo re-creates rows under the same
ids, which later edits on the undo stack refer to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from consult_desktop.domain.phrases import Text
from consult_desktop.services.edits import Change, Conflicted, Topic, Work
from consult_desktop.store import budget_writes as bw
from consult_desktop.store.row_versions import check_values

Rows = list[tuple[Table, list[bw.Row]]]  # parents first
Update = tuple[Table, int, Mapping[str, Any], Mapping[str, Any]]  # table, id, old, new


def insert(work: Work, rows: Rows) -> None:
    for table, found in rows:
        bw.insert_rows(work.session, table, found)


def delete(work: Work, rows: Rows) -> None:
    for table, found in reversed(rows):
        bw.delete_ids(work.session, table, [row["id"] for row in found])


def ids(rows: Rows) -> list[int]:
    """The ids of the first table's rows (an option's, not its lines')."""
    return [row["id"] for row in rows[0][1]] if rows else []


class UpdateRows:
    """Change some columns of some rows; undo writes the old values back.

    `checked`: the old values are what the person saw, so the first apply writes only
    if the rows still hold them (someone else's change of those columns meanwhile is a
    Conflict: nothing written, both values shown); undo and redo are the window's
    guard's to check (services/guarded.py)."""

    def __init__(self, text: Text, topic: Topic, updates: list[Update],
                 checked: bool = False) -> None:
        self.text, self.topic, self.updates = text, topic, updates
        self.checked = checked

    def _ids(self) -> list[int]:
        return [row_id for _, row_id, _, _ in self.updates]

    def apply(self, work: Work) -> Change:
        if self.checked:
            check_rows(work, self.updates)
        for table, row_id, _old, new in self.updates:
            bw.update_row(work.session, table, row_id, new)
        return Change.rows(self.topic, updated=self._ids())

    def revert(self, work: Work) -> Change:
        for table, row_id, old, _new in reversed(self.updates):
            bw.update_row(work.session, table, row_id, old)
        self.checked = False  # undone: a redo is the guard's to check
        return Change.rows(self.topic, updated=self._ids())

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Write my values over theirs: the same edit from the values now stored (what
        undo puts back is theirs). Rows deleted meanwhile are left out; nothing is left
        to do when every row is gone."""
        kept: list[Update] = []
        for table, row_id, old, new in self.updates:
            if table.name == conflict.table and row_id in conflict.theirs:
                stored = conflict.theirs[row_id]
                if stored is None:
                    continue
                old = {name: stored.get(name) for name in new}
            kept.append((table, row_id, old, new))
        self.updates = kept
        return bool(kept)


def check_rows(work: Work, updates: list[Update]) -> None:
    """Raise Conflict unless each row still holds the old values of its update."""
    tables: dict[str, tuple[Table, dict[int, Mapping[str, Any]], dict[int, Mapping[str, Any]]]]
    tables = {}
    for table, row_id, old, new in updates:
        _, read, mine = tables.setdefault(table.name, (table, {}, {}))
        read[row_id] = {**read.get(row_id, {}), **old}
        mine[row_id] = {**mine.get(row_id, {}), **new}
    for table, read, mine in tables.values():
        check_values(work.session, table, read, mine)
