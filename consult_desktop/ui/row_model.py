"""One base for the window's table models: plain rows, each known by an id, updated
row by row.

A model loads its rows once (`set_rows`, a reset) and from then on follows each change
by id: `update_rows` repaints the rows whose values changed (dataChanged), `insert_rows`
and `remove_ids` add and take away rows (rowsInserted, rowsRemoved). Editing one of
10,000 rows then costs one row, not a reload of the table; the view keeps its
selection, its scroll position and its sort.

Subclasses give `columnCount`, `cell(row, column, role)` and, when a row's id is not
its first field, `key`. A model that keeps per-row lists beside `rows` (display texts,
search keys) overrides `_replaced`, `_inserted` and `_removed` to keep them in step.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


def runs(positions: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted positions as (first, last) runs of consecutive numbers."""
    found: list[tuple[int, int]] = []
    for position in sorted(set(positions)):
        if found and found[-1][1] == position - 1:
            found[-1] = (found[-1][0], position)
        else:
            found.append((position, position))
    return found


class RowModel(QAbstractTableModel, Generic[R]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []
        self._positions: dict[int, int] | None = {}
        # The version each row was read at, by id, where the services give it: an edit
        # names it, and is refused when someone changed the row since (a conflict).
        self.versions: dict[int, int] = {}

    # ----- what a subclass gives ------------------------------------------------------
    def key(self, row: R) -> int:
        """A row's id (by default its first field)."""
        return int(row[0])  # type: ignore[index]

    def cell(self, row: int, column: int, role: int) -> Any:
        raise NotImplementedError

    def shown(self, row: R) -> object:
        """What the view shows of a row: `sync` repaints a row when this differs (by
        default the whole row)."""
        return row

    def _replaced(self, position: int, row: R) -> None:
        """A row was replaced by a new version of itself, at the same position."""

    def _inserted(self, position: int, rows: Sequence[R]) -> None:
        """Rows were inserted at `position`."""

    def _removed(self, first: int, last: int) -> None:
        """Rows first..last (inclusive) were removed."""

    def _loaded(self) -> None:
        """Every row was replaced (set_rows)."""

    def _row_moved(self, old: int, new: int) -> None:
        """The row at `old` now stands at `new` (move_row)."""

    # ----- the model's interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    # ----- by id ------------------------------------------------------------------------
    def row_of(self, ident: int | None) -> int:
        """The position of the row with this id, or -1."""
        if ident is None:
            return -1
        if self._positions is None:
            self._positions = {self.key(row): n for n, row in enumerate(self.rows)}
        return self._positions.get(ident, -1)

    def ids(self) -> list[int]:
        return [self.key(row) for row in self.rows]

    def _moved(self) -> None:
        """Positions changed (a sort, an insertion, a removal): index them again when
        next asked."""
        self._positions = None

    # ----- changes ---------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row (a reset: the first load, or a change of the whole topic)."""
        self.reset_rows(rows)

    def reset_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._moved()
        self._loaded()
        self.endResetModel()

    def update_rows(self, rows: Iterable[R]) -> None:
        """Give rows already shown their new values, in place; rows not shown are ignored."""
        changed = []
        for row in rows:
            position = self.row_of(self.key(row))
            if position >= 0:
                self.rows[position] = row
                self._replaced(position, row)
                changed.append(position)
        last_column = max(self.columnCount() - 1, 0)
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def insert_rows(self, rows: Sequence[R], position: int | None = None) -> None:
        """Add rows at `position` (at the end by default)."""
        if not rows:
            return
        at = len(self.rows) if position is None else position
        self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
        self.rows[at:at] = rows
        self._moved()
        self._inserted(at, rows)
        self.endInsertRows()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Take away the rows with these ids; ids not shown are ignored."""
        positions = [p for p in (self.row_of(i) for i in ids) if p >= 0]
        for first, last in reversed(runs(positions)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.rows[first:last + 1]
            self._moved()
            self._removed(first, last)
            self.endRemoveRows()

    def move_row(self, old: int, new: int) -> None:
        """Move one row so that it stands at `new` (rowsMoved; the view keeps its
        selection on it)."""
        if old == new:
            return
        destination = new if new < old else new + 1  # in the positions before the move
        self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
        self.rows.insert(new, self.rows.pop(old))
        self._moved()
        self._row_moved(old, new)
        self.endMoveRows()

    def follow(self, current: Sequence[R], added: Iterable[int] = (),
               updated: Iterable[int] = (), removed: Iterable[int] = ()) -> None:
        """Follow a change given the current version of the rows it names (`current`:
        the rows still there among added and updated; ids missing from it are gone)."""
        added, updated = list(added), list(updated)
        by_id = {self.key(row): row for row in current}
        gone = set(removed) | {i for i in (*added, *updated) if i not in by_id}
        self.remove_ids(gone)
        self.update_rows(by_id[i] for i in updated if i in by_id and self.row_of(i) >= 0)
        new = [by_id[i] for i in added if i in by_id and self.row_of(i) < 0]
        new += [by_id[i] for i in updated if i in by_id and self.row_of(i) < 0]
        self.insert_rows(new)

    def sync(self, rows: Sequence[R]) -> None:
        """Show `rows` (all of them, freshly read), signalling only what differs: rows
        gone are removed, new rows inserted, rows whose values changed updated. Rows
        that changed their order among themselves make a reset. For small tables, read
        whole at each change; a large one follows the ids a change names (`follow`)."""
        wanted = {self.key(row): row for row in rows}
        kept_before = [i for i in self.ids() if i in wanted]
        kept_after = [self.key(row) for row in rows if self.row_of(self.key(row)) >= 0]
        if kept_before != kept_after or not kept_before:
            self.reset_rows(rows)  # another order, or nothing in common (another option's)
            return
        self.remove_ids([i for i in self.ids() if i not in wanted])
        for position, row in enumerate(rows):
            if self.row_of(self.key(row)) < 0:
                self.insert_rows([row], position)
        shown, repaint = self.shown, []
        for row in rows:
            position = self.row_of(self.key(row))
            if shown(self.rows[position]) != shown(row):
                repaint.append(row)
            else:  # the same on screen: kept, without a signal
                self.rows[position] = row
                self._replaced(position, row)
        self.update_rows(repaint)
