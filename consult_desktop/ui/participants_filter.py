"""Which participants are shown: the criteria of the search box and the filters, and the
proxy that shows the rows passing them, in the source model's order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from consult_desktop.domain.participants import COLUMNS
from consult_desktop.ui.participants_model import (
    _FIELD_AT,
    Index,
    ParticipantsModel,
    Row,
    fold,
)


@dataclass(frozen=True)
class Criteria:
    text: str = ""
    category: str = ""
    country: str = ""
    status: str = ""
    travel: str = ""  # "", "requested", "approved", "not_requested"

    def passes(self, row: Row) -> bool:
        if self.category and row[_FIELD_AT["category"]] != self.category:
            return False
        if self.country and row[_FIELD_AT["country"]] != self.country:
            return False
        if self.status and row[_FIELD_AT["status"]] != self.status:
            return False
        if self.travel == "requested":
            return bool(row[_FIELD_AT["travel_requested"]])
        if self.travel == "approved":
            return bool(row[_FIELD_AT["travel_approved"]])
        if self.travel == "not_requested":
            return not row[_FIELD_AT["travel_requested"]]
        return True


def travel_filters() -> tuple[tuple[str, str], ...]:
    """The travel filter's choices: (criterion, label in the window's language)."""
    return (("requested", QCoreApplication.translate("ParticipantsFilter", "Travel requested")),
            ("approved", QCoreApplication.translate("ParticipantsFilter", "Travel approved")),
            ("not_requested", QCoreApplication.translate("ParticipantsFilter",
                                                         "No travel requested")))


class ParticipantsFilter(QAbstractProxyModel):
    """Shows the rows that pass the criteria; sorting is left to the source model.

    The rows shown are a list of source rows computed in one Python pass, so a
    keystroke costs one scan of the search strings and one layout change: the view then
    asks only for the rows in sight. (A QSortFilterProxyModel calls a Python
    `filterAcceptsRow` for each of 10,000 rows and signals each run of rows removed.)
    """

    def __init__(self, source: ParticipantsModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.criteria = Criteria()
        self._rows: Sequence[int] = []  # proxy row -> source row
        self._position: list[int] | None = None  # source row -> proxy row, when needed
        # During a change of the source's layout: our persistent indexes, and the source's
        # indexes that they showed (the source moves those).
        self._kept: tuple[list[QModelIndex], list[QPersistentModelIndex]] = ([], [])
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        source.layoutChanged.connect(self._source_layout_changed)
        # A row added, removed or moved in the source: the rows shown are mapped again
        # (one Python pass) and the view lays them out again, keeping its selection.
        for about, done in ((source.rowsAboutToBeInserted, source.rowsInserted),
                            (source.rowsAboutToBeRemoved, source.rowsRemoved),
                            (source.rowsAboutToBeMoved, source.rowsMoved)):
            about.connect(self._source_layout_about_to_change)
            done.connect(self._source_rows_changed)
        source.headerDataChanged.connect(self.headerDataChanged)
        source.dataChanged.connect(self._source_data_changed)
        source.accepted = self._accepted()
        self._remap()

    # ----- filtering --------------------------------------------------------------------
    def set_criteria(self, criteria: Criteria) -> None:
        self.criteria = criteria
        self.refilter()

    def refilter(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        rows = self._rows
        sources = [(rows[index.row()], index.column()) for index in persistent]
        self.source.accepted = self._accepted()
        self._remap()
        self._move_persistent(persistent, sources)
        self.layoutChanged.emit()

    def _others(self) -> Criteria:
        """The criteria other than the searched text."""
        criteria = self.criteria
        return Criteria("", criteria.category, criteria.country, criteria.status,
                        criteria.travel)

    def _accepts(self, row: int) -> bool:
        """Whether one source row passes (for a row that changed)."""
        others, needle = self._others(), fold(self.criteria.text.strip())
        if others != Criteria() and not others.passes(self.source.rows[row]):
            return False
        return not needle or needle in self.source.search[row]

    def _accepted(self) -> list[bool]:
        source, criteria = self.source, self.criteria
        needle = fold(criteria.text.strip())
        others = self._others()
        if others == Criteria():
            rows_pass: list[bool] = [True] * len(source.rows)
        else:
            rows_pass = [others.passes(row) for row in source.rows]
        if needle:
            return [ok and needle in text
                    for ok, text in zip(rows_pass, source.search, strict=True)]
        return rows_pass

    def _remap(self) -> None:
        accepted = self.source.accepted
        every = range(len(accepted))
        # Every row shown (no filter): the range itself, not 10,000 ints in a list.
        self._rows = every if all(accepted) else list(compress(every, accepted))
        self._position = None

    def _proxy_row(self, source_row: int) -> int:
        if self._position is None:
            position = [-1] * len(self.source.accepted)
            for proxy_row, row in enumerate(self._rows):
                position[row] = proxy_row
            self._position = position
        return self._position[source_row] if 0 <= source_row < len(self._position) else -1

    def _move_persistent(self, persistent: list[QModelIndex],
                         sources: list[tuple[int, int]]) -> None:
        new = []
        for row, column in sources:
            proxy_row = self._proxy_row(row)
            new.append(self.index(proxy_row, column) if proxy_row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, new)

    # ----- following the source -----------------------------------------------------------
    def _source_reset(self) -> None:
        self.source.accepted = self._accepted()
        self._remap()
        self.endResetModel()

    def _source_rows_changed(self) -> None:
        self.source.accepted = self._accepted()
        self._source_layout_changed()

    def _source_layout_about_to_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        self._kept = (persistent, [QPersistentModelIndex(self.mapToSource(index))
                                   for index in persistent])

    def _source_layout_changed(self) -> None:
        self._remap()
        (persistent, sources), self._kept = self._kept, ([], [])
        self._move_persistent(persistent, [(source.row(), source.column())
                                           if source.isValid() else (-1, 0)
                                           for source in sources])
        self.layoutChanged.emit()

    def _source_data_changed(self, first: QModelIndex, last: QModelIndex,
                             roles: Sequence[int] = ()) -> None:
        accepted = self.source.accepted
        passing = [(row, self._accepts(row)) for row in range(first.row(), last.row() + 1)]
        if any(accepted[row] != now for row, now in passing):
            # An edited row now passes the filter, or no longer does: shown or hidden.
            self._source_layout_about_to_change()
            for row, now in passing:
                accepted[row] = now
            self._source_layout_changed()
            return
        shown = [self._proxy_row(row) for row in range(first.row(), last.row() + 1)]
        shown = [row for row in shown if row >= 0]
        if shown:
            self.dataChanged.emit(self.index(min(shown), first.column()),
                                  self.index(max(shown), last.column()), roles)

    # ----- the model's interface --------------------------------------------------------
    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        # createIndex: index() would ask the Python rowCount and columnCount each time.
        return self.source.createIndex(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows)
                                    and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Any = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.source.cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.source.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.source.flags(self.mapToSource(index))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)
