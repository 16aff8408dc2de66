"""The Options tab's item models: the list of options, and the options side by side.

Both hold plain rows (`budget_queries.OptionBudget`) read by the tab with the same
query as the Budget tab, so the comparison's figures are the Budget tab's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import date_range
from consult_desktop.domain.money import format_amount
from consult_desktop.services.options import OptionBudget
from consult_desktop.ui import words
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.row_model import RowModel

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class OptionsListModel(RowModel[OptionBudget]):
    """One row an option: "(a) Title", with its status and total as a tooltip. A change
    repaints, inserts or removes only the options it touched."""

    def __init__(self) -> None:
        super().__init__()
        self.currency = "USD"

    @property
    def options(self) -> list[OptionBudget]:
        return self.rows

    def key(self, row: OptionBudget) -> int:
        return row.option.id

    def shown(self, row: OptionBudget) -> object:
        option = row.option
        return option.label, option.title, option.status, row.totals.total

    def show(self, options: Sequence[OptionBudget], currency: str) -> None:
        """The options as now read: a new currency repaints all, else only what differs."""
        if currency != self.currency:
            self.currency = currency
            self.set_rows(options)
        else:
            self.sync(options)

    def set_rows(self, options: Sequence[OptionBudget], currency: str | None = None) -> None:
        if currency is not None:
            self.currency = currency
        super().set_rows(options)

    def index(self, row: int, column: int = 0,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return super().index(row, column, parent)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def cell(self, row: int, column: int, role: int) -> Any:
        option = self.rows[row].option
        if role == Role.DisplayRole:
            status = "" if option.status == "proposed" else \
                f" [{words.label(vocab.OPTION_STATUSES, option.status).lower()}]"
            return f"({option.label}) {option.title}{status}"
        if role == Role.ToolTipRole:
            total = format_amount(self.rows[row].totals.total, self.currency, window_lang())
            return self.tr("{status}; total {total}").format(
                status=words.label(vocab.OPTION_STATUSES, option.status), total=total)
        if role == Role.FontRole and option.status == "chosen":
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.UserRole:
            return option.id
        return None


Aspect = tuple[str, str, Callable[[OptionBudget], Any]]  # key, title shown, value


class ComparisonModel(QAbstractTableModel):
    """The options side by side: one column an option, one row an aspect."""

    def __init__(self) -> None:
        super().__init__()
        self.options: list[OptionBudget] = []
        self.currency = "USD"

    def money(self, value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, self.currency, window_lang())

    def aspects(self) -> list[Aspect]:
        lang = window_lang()
        return [
            ("Title", self.tr("Title"), lambda o: o.option.title),
            ("Format", self.tr("Format"),
             lambda o: words.label(vocab.OPTION_FORMATS, o.option.format)),
            ("Status", self.tr("Status"),
             lambda o: words.label(vocab.OPTION_STATUSES, o.option.status)),
            ("Dates", self.tr("Dates"),
             lambda o: date_range(o.option.proposed_start, o.option.proposed_end, lang)),
            ("Days", self.tr("Days"),
             lambda o: "" if o.option.days is None else str(o.option.days)),
            ("Venue", self.tr("Venue"), lambda o: o.option.venue),
            ("Expected participants", self.tr("Expected participants"),
             lambda o: "" if o.option.expected_participants is None
             else str(o.option.expected_participants)),
            ("Total cost", self.tr("Total cost"), lambda o: self.money(o.totals.total)),
            ("of which PSC", self.tr("of which PSC"), lambda o: self.money(o.totals.psc)),
            ("Cost per participant", self.tr("Cost per participant"),
             lambda o: self.money(o.cost_per_participant)),
            ("Not yet funded", self.tr("Not yet funded"),
             lambda o: self.money(o.totals.unfunded)),
            ("Main benefits", self.tr("Main benefits"), lambda o: o.option.benefits),
            ("Main risks", self.tr("Main risks"), lambda o: o.option.risks),
        ]

    FIGURES = frozenset({"Days", "Expected participants", "Total cost", "of which PSC",
                         "Cost per participant", "Not yet funded"})

    def set_rows(self, options: Sequence[OptionBudget], currency: str) -> None:
        """The same options in the same order: their cells change (the view keeps its
        place); other options: a reset, the columns being the options."""
        same = [o.option.id for o in options] == [o.option.id for o in self.options]
        if not same:
            self.beginResetModel()
        self.options, self.currency = list(options), currency
        if not same:
            self.endResetModel()
        elif self.options:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                               len(self.options) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.aspects())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Role.DisplayRole) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return f"({self.options[section].option.label})"
        return self.aspects()[section][1]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, _title, value = self.aspects()[index.row()]
        if role == Role.DisplayRole:
            return value(self.options[index.column()])
        if role == Role.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if name in self.FIGURES
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignTop)
        if role == Role.FontRole and name == "Total cost":
            font = QFont()
            font.setBold(True)
            return font
        return None
