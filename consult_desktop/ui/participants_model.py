"""The table of participants: a model over plain rows, and a filter that stays fast at
10,000 people.

Everything the view asks for is computed once per load: the text of each cell and one
folded (lower case, no accents) string per row for the search. Sorting reorders these
lists in Python; filtering computes which rows pass in one Python pass, and the proxy
shows that list of rows (a QSortFilterProxyModel calling `data()` costs ~350 ms a
keystroke; one calling a Python `filterAcceptsRow` per row, ~20 ms).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import compress
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.participants import COLUMNS, FIELDS, HEADERS

Index = QModelIndex | QPersistentModelIndex
Row = tuple[Any, ...]  # (id, *FIELDS), as participants_store.load_rows gives it
_FIELD_AT = {name: position + 1 for position, name in enumerate(FIELDS)}
_COMBINING = re.compile(r"[\u0300-\u036f]")
ID_ROLE = Qt.ItemDataRole.UserRole
_ZERO = Decimal(0)
FLAGS = {"travel_requested", "travel_approved"}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ALIGN_OF = [  # by column: amounts to the right, yes/no in the middle, else the default
    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if name == "travel_amount" else
    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter) if name in FLAGS
    else None
    for name in COLUMNS]


def fold(text: str) -> str:
    """Lower case without accents, for searching: "Élodie" -> "elodie"."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def _amount(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def display_columns(rows: Sequence[Row], country_name: Callable[[str], str]
                    ) -> list[list[str]]:
    """The text of each cell, column by column (one pass a column, repeated values
    converted once)."""
    if not rows:
        return [[] for _ in COLUMNS]
    fields = list(zip(*rows, strict=True))
    labels = {"category": dict(vocab.PARTICIPANT_CATEGORIES),
              "status": dict(vocab.PARTICIPANT_STATUSES)}
    columns: list[list[str]] = []
    for name in COLUMNS:
        values = fields[_FIELD_AT[name]]
        if name == "country":
            names = {code: country_name(code) for code in set(values) if code}
            columns.append([names.get(v, "") if v else "" for v in values])
        elif name in labels:
            known = labels[name]
            columns.append([known.get(v, v) for v in values])
        elif name in FLAGS:
            columns.append(["Yes" if v else "" for v in values])
        elif name == "travel_amount":
            columns.append([_amount(v) for v in values])
        else:
            columns.append([v or "" for v in values])
    return columns


def fold_column(texts: Sequence[str]) -> list[str]:
    if all(text.isascii() for text in texts):
        return [text.lower() for text in texts]
    folded = {text: fold(text) for text in set(texts)}
    return [folded[text] for text in texts]


class ParticipantsModel(QAbstractTableModel):
    """Read-only rows of participants; edits go through undoable commands."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.columns: list[list[str]] = [[] for _ in COLUMNS]  # display text, by column
        self._folded: dict[int, list[str]] = {}  # the same, folded, when first needed
        self.search: list[str] = []
        self.accepted: list[bool] = []
        self.confirmed: list[bool] = []
        self.funded: list[bool] = []
        self.funded_amount: list[Decimal] = []
        self._search_columns = list(range(len(COLUMNS)))
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Which rows pass the filter, recomputed on load; the proxy sets it.
        self.compute_accepted: Callable[[], list[bool]] = lambda: [True] * len(self.rows)

    # ----- loading ------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row], country_name: Callable[[str], str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.columns = display_columns(self.rows, country_name)
        self._folded = {}
        self._index_counts()
        self._index_search()
        self.accepted = self.compute_accepted()
        if self._sort is not None:
            self._reorder(*self._sort)
        self.endResetModel()

    def _index_counts(self) -> None:
        """Per row: confirmed?, funded travel?, the amount funded: for the counts."""
        status, approved, amount = (_FIELD_AT[n] for n in ("status", "travel_approved",
                                                           "travel_amount"))
        self.confirmed = [row[status] == "confirmed" for row in self.rows]
        self.funded = [bool(row[approved]) for row in self.rows]
        self.funded_amount = [(row[amount] or _ZERO) if row[approved] else _ZERO
                              for row in self.rows]

    def counts(self) -> tuple[int, int, int, Decimal]:
        """(shown, confirmed, with funded travel, amount funded) of the rows shown."""
        accepted = self.accepted
        return (sum(accepted), sum(compress(self.confirmed, accepted)),
                sum(compress(self.funded, accepted)),
                sum(compress(self.funded_amount, accepted), _ZERO))

    def folded(self, column: int) -> list[str]:
        """A column's text folded for search and sorting, computed when first asked."""
        if column not in self._folded:
            self._folded[column] = fold_column(self.columns[column])
        return self._folded[column]

    def set_search_columns(self, columns: Sequence[int]) -> None:
        """Search only these columns (the visible ones)."""
        self._search_columns = list(columns)
        self._index_search()

    def _index_search(self) -> None:
        # Each row's cells joined, then folded: one fold a row instead of one a cell.
        chosen = [self.columns[c] for c in self._search_columns]
        joined = ["\x1f".join(cells) for cells in zip(*chosen, strict=True)] if chosen \
            else [""] * len(self.rows)
        self.search = [text.lower() if text.isascii() else fold(text) for text in joined]

    # ----- the model's interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        """What data() gives for a cell, by row and column: the view asks ~10 roles of
        each cell in sight at each repaint, so this is kept to a few comparisons."""
        if role == _DISPLAY:
            return self.columns[column][row]
        if role == ID_ROLE:
            return self.rows[row][0]
        if role == _ALIGNMENT:
            return _ALIGN_OF[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[COLUMNS[section]]
        return None

    # ----- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rows = [index.row() for index in persistent]
        new_position = self._reorder(column, order)
        self.changePersistentIndexList(
            persistent, [self.index(new_position[r], i.column())
                         for r, i in zip(old_rows, persistent, strict=True)])
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        """Empty cells last; ties keep their order (Python's sort is stable)."""
        name = COLUMNS[column]
        if name == "travel_amount":
            at = _FIELD_AT[name]
            return lambda i: (self.rows[i][at] is None, self.rows[i][at] or 0)
        folded = self.folded(column)
        return lambda i: (not folded[i], folded[i])

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Reorder every per-row list; returns the new position of each old row."""
        key = self._sort_key(column)
        indices = sorted(range(len(self.rows)), key=key,
                         reverse=order == Qt.SortOrder.DescendingOrder)
        if len(indices) > 1:
            take = itemgetter(*indices)
            self.rows = list(take(self.rows))
            self.columns = [list(take(column)) for column in self.columns]
            self._folded = {c: list(take(texts)) for c, texts in self._folded.items()}
            for name in ("search", "accepted", "confirmed", "funded", "funded_amount"):
                setattr(self, name, list(take(getattr(self, name))))
        new_position = [0] * len(indices)
        for new, old in enumerate(indices):
            new_position[old] = new
        return new_position

    # ----- helpers for the tab ------------------------------------------------------------
    def row_of(self, ident: int) -> int:
        for number, row in enumerate(self.rows):
            if row[0] == ident:
                return number
        return -1

    def cell(self, row: int, column: int) -> str:
        return self.columns[column][row]

    def value(self, row: int, name: str) -> Any:
        return self.rows[row][_FIELD_AT[name]]


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


TRAVEL_FILTERS = (("requested", "Travel requested"), ("approved", "Travel approved"),
                  ("not_requested", "No travel requested"))


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
        self._rows: list[int] = []  # proxy row -> source row
        self._position: list[int] | None = None  # source row -> proxy row, when needed
        # During a change of the source's layout: our persistent indexes, and the source's
        # indexes that they showed (the source moves those).
        self._kept: tuple[list[QModelIndex], list[QPersistentModelIndex]] = ([], [])
        source.compute_accepted = self._accepted
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        source.layoutChanged.connect(self._source_layout_changed)
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

    def _accepted(self) -> list[bool]:
        source, criteria = self.source, self.criteria
        needle = fold(criteria.text.strip())
        others = Criteria("", criteria.category, criteria.country, criteria.status,
                          criteria.travel)
        if others == Criteria():
            rows_pass: list[bool] = [True] * len(source.rows)
        else:
            rows_pass = [others.passes(row) for row in source.rows]
        if needle:
            return [ok and needle in text
                    for ok, text in zip(rows_pass, source.search, strict=True)]
        return rows_pass

    def _remap(self) -> None:
        self._rows = list(compress(range(len(self.source.accepted)), self.source.accepted))
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
        self._remap()
        self.endResetModel()

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
        return self.source.cell_data(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.source.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.source.flags(self.mapToSource(index))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)
