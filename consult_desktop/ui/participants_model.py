"""The table of participants: a model over plain rows that stays fast at 10,000 people.

Everything the view asks for is computed once per load: the text of each cell and one
folded (lower case, no accents) string per row for the search. Sorting reorders these
lists in Python; filtering (participants_filter.py) computes which rows pass in one
Python pass, and its proxy shows that list of rows (a QSortFilterProxyModel calling
`data()` costs ~350 ms a keystroke; one calling a Python `filterAcceptsRow` per row,
~20 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from itertools import compress
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from consult_desktop.domain import countries, vocab
from consult_desktop.domain.folding import fold
from consult_desktop.domain.money import format_amount
from consult_desktop.domain.names import title
from consult_desktop.domain.participants import COLUMNS, FIELDS, HEADERS
from consult_desktop.ui import words
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.row_model import RowModel

Index = QModelIndex | QPersistentModelIndex
Row = tuple[Any, ...]  # (id, *FIELDS), as participants_store.load_rows gives it
_FIELD_AT = {name: position + 1 for position, name in enumerate(FIELDS)}
ID_ROLE = Qt.ItemDataRole.UserRole
_ZERO = Decimal(0)
FLAGS = {"travel_requested", "travel_approved", "head_of_delegation"}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ALIGN_OF = [  # by column: amounts to the right, yes/no in the middle, else the default
    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if name == "travel_amount" else
    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter) if name in FLAGS
    else None
    for name in COLUMNS]


def _amount(value: Decimal | None) -> str:
    return "" if value is None else format_amount(value, "", window_lang(), style="number")


def header_title(name: str) -> str:
    """A column's header in the window's language (domain.participants.HEADERS keeps
    the English, which files read and write; ui/words.py translates it)."""
    return words.text(HEADERS.get(name, name))


def display_columns(rows: Sequence[Row], country_name: Callable[[str], str]
                    ) -> list[list[str]]:
    """The text of each cell, column by column (one pass a column, repeated values
    converted once)."""
    if not rows:
        return [[] for _ in COLUMNS]
    fields = list(zip(*rows, strict=True))
    labels = {"category": dict(words.choices(vocab.PARTICIPANT_CATEGORIES)),
              "status": dict(words.choices(vocab.PARTICIPANT_STATUSES))}
    lang, yes = window_lang(), QCoreApplication.translate("ParticipantsModel", "Yes")
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
            columns.append([yes if v else "" for v in values])
        elif name == "travel_amount":
            columns.append([_amount(v) for v in values])
        elif name == "rank":
            columns.append(["" if v is None else str(v) for v in values])
        elif name == "honorific":  # a coded title shown as "Ms.", read once a title
            titles = {code: title(code, lang) for code in set(values) if code}
            columns.append([titles.get(v, "") if v else "" for v in values])
        else:
            columns.append([v or "" for v in values])
    return columns


def _sorts_before(key: tuple[bool, Any], other: tuple[bool, Any], descending: bool) -> bool:
    """Whether a row with `key` (empty?, value) sorts strictly before one with `other`:
    empty cells last ascending, first descending, as `_sorted` orders them."""
    if key[0] != other[0]:
        return key[0] if descending else other[0]
    if key[0]:
        return False
    return key[1] > other[1] if descending else key[1] < other[1]


def fold_column(texts: Sequence[str]) -> list[str]:
    # Text by text: a set and a dict of the distinct texts first cost 4x more on a
    # column of names that are all different (12 -> 3 ms at 10,000 family names).
    return [text.lower() if text.isascii() else fold(text) for text in texts]


class ParticipantsModel(RowModel[Row]):
    """Read-only rows of participants; edits go through undoable commands. After the
    first load, a change updates, inserts or removes only the rows it names, each at
    its place in the current sort."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.country_name: Callable[[str], str] = countries.name
        self.columns: list[list[str]] = [[] for _ in COLUMNS]  # display text, by column
        self._folded: dict[int, list[str]] = {}  # the same, folded, when first needed
        self._search: list[str] | None = []
        self.accepted: list[bool] = []  # which rows pass the filter: the proxy sets it
        self.confirmed: list[bool] = []
        self.funded: list[bool] = []
        self.funded_amount: list[Decimal] = []
        self._search_columns = list(range(len(COLUMNS)))
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # ----- loading ------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row],
                 country_name: Callable[[str], str] | None = None) -> None:
        if country_name is not None:
            self.country_name = country_name
        super().set_rows(rows)

    def _loaded(self) -> None:
        self.columns = display_columns(self.rows, self.country_name)
        self._folded = {}
        self._index_counts()
        self._index_search()
        self.accepted = [True] * len(self.rows)
        if self._sort is not None:
            self._reorder(*self._sort)

    # ----- row by row ---------------------------------------------------------------
    def _per_row(self) -> list[list[Any]]:
        """Every list kept beside `rows`, one entry a row."""
        lists: list[list[Any]] = [*self.columns, *self._folded.values(), self.accepted,
                                  self.confirmed, self.funded, self.funded_amount]
        if self._search is not None:
            lists.append(self._search)
        return lists

    def _entries(self, rows: Sequence[Row]) -> list[list[Any]]:
        """For some rows, the entries of each list of `_per_row`, in its order."""
        columns = display_columns(rows, self.country_name)
        folded = [fold_column(columns[c]) for c in self._folded]
        status, approved, amount = (_FIELD_AT[n] for n in ("status", "travel_approved",
                                                           "travel_amount"))
        entries: list[list[Any]] = [
            *columns, *folded, [True] * len(rows),
            [row[status] == "confirmed" for row in rows],
            [bool(row[approved]) for row in rows],
            [(row[amount] or _ZERO) if row[approved] else _ZERO for row in rows]]
        if self._search is not None:
            chosen = [columns[c] for c in self._search_columns]
            joined = ["\x1f".join(cells) for cells in zip(*chosen, strict=True)] if chosen \
                else [""] * len(rows)
            entries.append([fold(text) for text in joined])
        return entries

    def _replaced(self, position: int, row: Row) -> None:
        accepted = self.accepted[position]
        for kept, (entry,) in zip(self._per_row(), self._entries([row]), strict=True):
            kept[position] = entry
        self.accepted[position] = accepted  # the proxy decides again on dataChanged

    def _inserted(self, position: int, rows: Sequence[Row]) -> None:
        for kept, entries in zip(self._per_row(), self._entries(rows), strict=True):
            kept[position:position] = entries

    def _removed(self, first: int, last: int) -> None:
        for kept in self._per_row():
            del kept[first:last + 1]

    def _row_moved(self, old: int, new: int) -> None:
        for kept in self._per_row():
            kept.insert(new, kept.pop(old))

    def update_rows(self, rows: Iterable[Row]) -> None:
        rows = list(rows)
        super().update_rows(rows)
        for row in rows:
            self._place(self.row_of(self.key(row)))

    def insert_rows(self, rows: Sequence[Row], position: int | None = None) -> None:
        """New rows go to their place in the current sort (at the end when unsorted)."""
        for row in rows:
            super().insert_rows([row], position)
            self._place(len(self.rows) - 1 if position is None else position)

    def _place(self, position: int) -> None:
        """Move a row to where the current sort puts it, after the rows it ties with."""
        if self._sort is None or position < 0:
            return
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._sort_key(column, position)
        low, high = 0, len(self.rows) - 1  # over the other rows
        while low < high:
            middle = (low + high) // 2
            other = middle if middle < position else middle + 1
            if _sorts_before(key, self._sort_key(column, other), descending):
                high = middle
            else:
                low = middle + 1
        self.move_row(position, low)

    def _sort_key(self, column: int, row: int) -> tuple[bool, Any]:
        name = COLUMNS[column]
        if name == "travel_amount":
            value = self.rows[row][_FIELD_AT[name]]
            return value is None, value
        text = self.folded(column)[row]
        return not text, text

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
        self._search = None  # built at the first search, not when the tab opens

    @property
    def search(self) -> list[str]:
        """Each row's searched cells joined and folded (one fold a row, not a cell)."""
        if self._search is None:
            chosen = [self.columns[c] for c in self._search_columns]
            joined = ["\x1f".join(cells) for cells in zip(*chosen, strict=True)] if chosen \
                else [""] * len(self.rows)
            self._search = [text.lower() if text.isascii() else fold(text) for text in joined]
        return self._search

    # ----- the model's interface ------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, row: int, column: int, role: int) -> Any:
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
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_title(COLUMNS[section])
        if role == Qt.ItemDataRole.UserRole:  # what the settings keep a column by
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

    def _sorted(self, column: int, descending: bool) -> list[int]:
        """Row numbers in the order of a column: by folded text (amounts by value),
        empty cells after the others, ties in their order (Python's sort is stable).
        The empty cells are set apart first, so the sort's key is a plain list lookup,
        not a Python function called per row (~3x faster at 10,000 rows)."""
        name = COLUMNS[column]
        if name == "travel_amount":
            at = _FIELD_AT[name]
            keys: Sequence[Any] = [row[at] for row in self.rows]
            empty = [key is None for key in keys]
        else:
            keys = self.folded(column)
            empty = [not key for key in keys]
        filled = [i for i, blank in enumerate(empty) if not blank]
        blanks = [i for i, blank in enumerate(empty) if blank]
        ordered = sorted(filled, key=keys.__getitem__, reverse=descending)
        # As sorting on (empty?, key) would: empty last ascending, first descending.
        return blanks + ordered if descending else ordered + blanks

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Reorder every per-row list; returns the new position of each old row."""
        indices = self._sorted(column, order == Qt.SortOrder.DescendingOrder)
        if indices != list(range(len(indices))):  # rows read in this order stay as read
            take = itemgetter(*indices)
            self.rows = list(take(self.rows))
            self._moved()
            self.columns = [list(take(column)) for column in self.columns]
            self._folded = {c: list(take(texts)) for c, texts in self._folded.items()}
            if self._search is not None:
                self._search = list(take(self._search))
            for name in ("accepted", "confirmed", "funded", "funded_amount"):
                setattr(self, name, list(take(getattr(self, name))))
        new_position = [0] * len(indices)
        for new, old in enumerate(indices):
            new_position[old] = new
        return new_position

    # ----- helpers for the tab ------------------------------------------------------------
    def text(self, row: int, column: int) -> str:
        return self.columns[column][row]

    def value(self, row: int, name: str) -> Any:
        return self.rows[row][_FIELD_AT[name]]
