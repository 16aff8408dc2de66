"""Edits of plain table rows, ids included, for the options, budget lines and funding
sources: undo puts back exactly what was there and redo re-creates rows under the same
ids, which later edits on the undo stack refer to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from consult_desktop.services.edits import Change, Topic, Work
from consult_desktop.store import budget_writes as bw

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
    """Change some columns of some rows; undo writes the old values back."""

    def __init__(self, text: str, topic: Topic, updates: list[Update]) -> None:
        self.text, self.topic, self.updates = text, topic, updates

    def _ids(self) -> list[int]:
        return [row_id for _, row_id, _, _ in self.updates]

    def apply(self, work: Work) -> Change:
        for table, row_id, _old, new in self.updates:
            bw.update_row(work.session, table, row_id, new)
        return Change.rows(self.topic, updated=self._ids())

    def revert(self, work: Work) -> Change:
        for table, row_id, old, _new in reversed(self.updates):
            bw.update_row(work.session, table, row_id, old)
        return Change.rows(self.topic, updated=self._ids())
