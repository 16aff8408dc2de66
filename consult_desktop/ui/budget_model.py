"""The item models of the Budget tab: an option's lines (editable) and its totals.

Both hold plain rows read by the tab. An edit is checked here (a refusal emits
`refused` with the reason and changes nothing) and then announced by `edited`, which
the tab turns into an undoable edit; the rows that changed are then repainted alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from consult_desktop.domain import budget_input, vocab
from consult_desktop.domain.budget import psc_counts
from consult_desktop.domain.dates import month_and_year, read_month
from consult_desktop.domain.money import format_amount
from consult_desktop.services.budget import LineRow, SourceRow, TravelFacts
from consult_desktop.ui import phrases, words
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.row_model import RowModel

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


TIMES = "\u00d7"


# The fields a line shows as in force, with the attribute holding them as stored.
STORED_AS = {"currency": "stored_currency", "rate_month": "stored_month"}


@dataclass(frozen=True)
class Column:
    header: str
    field: str  # the column of budget_line it edits ("" when computed)
    numeric: bool = False


COLUMNS = (
    Column("Category", "category"),
    Column("Description", "description"),
    Column("Quantity", "quantity", True),
    Column("Unit", "unit"),
    Column("Unit cost", "unit_cost", True),
    Column("Currency", "currency"),
    Column(f"Days / {TIMES}", "multiplier", True),
    Column("Funding source", "funding_source_id"),
    Column("PSC", "psc_applies"),
    Column("Amount", "", True),
    Column("Actual", "actual", True),
    Column("Travel follows", "travel_rule"),
    Column("Rate month", "rate_month"),
)
CATEGORY, DESCRIPTION, QUANTITY, UNIT, UNIT_COST, CURRENCY, MULTIPLIER, SOURCE, PSC, AMOUNT, \
    ACTUAL, RULE, RATE_MONTH = range(len(COLUMNS))
PARSERS: dict[int, Callable[[str], Decimal | None]] = {
    QUANTITY: budget_input.parse_quantity,
    UNIT_COST: budget_input.parse_unit_cost,
    MULTIPLIER: budget_input.parse_multiplier,
    ACTUAL: budget_input.parse_actual,
}


def column_title(column: int) -> str:
    """A column's header in the window's language (COLUMNS keep the English, which
    names what an edit changed)."""
    return {
        "Category": QCoreApplication.translate("BudgetLinesModel", "Category"),
        "Description": QCoreApplication.translate("BudgetLinesModel", "Description"),
        "Quantity": QCoreApplication.translate("BudgetLinesModel", "Quantity"),
        "Unit": QCoreApplication.translate("BudgetLinesModel", "Unit"),
        "Unit cost": QCoreApplication.translate("BudgetLinesModel", "Unit cost"),
        "Currency": QCoreApplication.translate("BudgetLinesModel", "Currency"),
        f"Days / {TIMES}": QCoreApplication.translate("BudgetLinesModel", "Days / ×"),
        "Funding source": QCoreApplication.translate("BudgetLinesModel", "Funding source"),
        "PSC": QCoreApplication.translate("BudgetLinesModel", "PSC"),
        "Amount": QCoreApplication.translate("BudgetLinesModel", "Amount"),
        "Actual": QCoreApplication.translate("BudgetLinesModel", "Actual"),
        "Travel follows": QCoreApplication.translate("BudgetLinesModel", "Travel follows"),
        "Rate month": QCoreApplication.translate("BudgetLinesModel", "Rate month"),
    }[COLUMNS[column].header]


def rule_short() -> dict[str, str]:
    """Short enough for the column; the tooltip gives vocab.TRAVEL_RULES' full wording."""
    return {"fixed": QCoreApplication.translate("BudgetLinesModel", "Fixed figure"),
            "per_trip": QCoreApplication.translate("BudgetLinesModel", "Travellers × cost"),
            "approved_sum": QCoreApplication.translate("BudgetLinesModel", "Approved sums")}
GREY = QBrush(QColor("#6b6b6b"))
RED = QBrush(QColor("#b00020"))


def short_category(code: str) -> str:
    """A category's label without "Conference servicing: ", which the tooltip keeps."""
    short = {
        "temporary_staff": QCoreApplication.translate("BudgetLinesModel", "Temporary staff / GTA"),
        "interpretation": QCoreApplication.translate("BudgetLinesModel", "Interpretation"),
        "documents": QCoreApplication.translate("BudgetLinesModel",
                                                "Translation and documents"),
        "rooms": QCoreApplication.translate("BudgetLinesModel", "Rooms and equipment"),
    }
    return short.get(code) or words.label(vocab.BUDGET_CATEGORIES, code)


def plain(value: Decimal) -> str:
    """A number as typed: no exponent, no trailing zeros."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(rate: Decimal) -> str:
    """A rate as a person types it in percent: 13, 7.5."""
    return plain(rate * 100)


def source_rate(rate: Decimal) -> str:
    """What a funding source charges: "13% PSC", or "no PSC" (never "0.0000%")."""
    return QCoreApplication.translate("BudgetLinesModel", "{rate}% PSC").format(
        rate=percent(rate)) if psc_counts(rate) else \
        QCoreApplication.translate("BudgetLinesModel", "no PSC")


def _shown(sources: Sequence[SourceRow]) -> list[tuple[int, str, Decimal]]:
    """What the lines show of their sources (not how many lines each funds)."""
    return [(source.id, source.name, source.psc_rate) for source in sources]


class BudgetLinesModel(RowModel[LineRow]):
    refused = Signal(str)
    # line id, the new values by column, and the values the person read before
    # changing them (others may have changed the line meanwhile)
    edited = Signal(int, object, object)

    def __init__(self, currency: str = "USD") -> None:
        super().__init__()
        self.currency = currency
        self.sources: list[SourceRow] = []
        self.travel = TravelFacts()  # what a participants' travel line may follow
        # (line id, column) -> the value shown when the person began editing the cell.
        self.read: dict[tuple[int, str], Any] = {}
        self.editable = True  # False: a plan that may only be read

    def note_read(self, index: Index) -> None:
        """The person begins editing this cell: what it holds now is what they read,
        whatever someone else saves meanwhile."""
        field = COLUMNS[index.column()].field if index.isValid() else ""
        if field:
            line = self.lines[index.row()]
            self.read[(line.id, field)] = getattr(line, STORED_AS.get(field, field))

    def _read(self, line: LineRow, field: str) -> Any:
        """The value of a cell as stored when the person read it (what an edit checks
        nobody changed meanwhile): a line's currency and month as stored, not as in
        force (the plan's currency, the meeting's month)."""
        stored = STORED_AS.get(field, field)
        return self.read.pop((line.id, field), getattr(line, stored))

    @property
    def lines(self) -> list[LineRow]:
        return self.rows

    def key(self, row: LineRow) -> int:
        return row.id

    def set_rows(self, lines: Sequence[LineRow], sources: Sequence[SourceRow] | None = None,
                 currency: str | None = None) -> None:
        """The lines as now read: only lines added, removed or changed are signalled,
        so the view keeps its current cell and selection. Other sources or another
        currency repaint every line."""
        sources = self.sources if sources is None else list(sources)
        currency = self.currency if currency is None else currency
        every = (_shown(sources), currency) != (_shown(self.sources), self.currency)
        self.sources, self.currency = sources, currency
        self.sync(lines)
        if every and self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    # ----- reading -------------------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return column_title(section)
        if orientation == Qt.Orientation.Vertical and role == Role.DisplayRole:
            return str(section + 1)
        return None

    def line_at(self, row: int) -> LineRow:
        return self.lines[row]

    def rate_problem(self, line: LineRow) -> str:
        """Why the line is not counted, in the window's language ("" when it is)."""
        return phrases.text(line.rate_said)

    def money(self, value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, self.currency, window_lang())

    def cell(self, row: int, column: int, role: int) -> Any:
        line = self.rows[row]
        if role == Role.DisplayRole:
            return self._display(line, column)
        if role == Role.EditRole:
            return self._edit(line, column)
        if role == Role.CheckStateRole and column == PSC and psc_counts(line.psc_rate):
            return Qt.CheckState.Checked if line.psc_applies else Qt.CheckState.Unchecked
        if role == Role.TextAlignmentRole and COLUMNS[column].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.ForegroundRole and line.rate_problem and column in (AMOUNT, CURRENCY,
                                                                           RATE_MONTH):
            return RED
        if role == Role.ForegroundRole and self._follows(line, column):
            return GREY
        if role == Role.ToolTipRole:
            return self._tooltip(line, column)
        return None

    def _display(self, line: LineRow, column: int) -> Any:
        quantity, unit_cost, multiplier = line.counted
        values = {
            CATEGORY: short_category(line.category),
            DESCRIPTION: line.description,
            QUANTITY: plain(quantity),
            UNIT: words.label(vocab.BUDGET_UNITS, line.unit),
            UNIT_COST: format_amount(unit_cost, line.currency, window_lang(), style="code")
            if line.foreign else self.money(unit_cost),
            CURRENCY: line.currency,
            MULTIPLIER: plain(multiplier),
            SOURCE: line.source or self.tr("(none)"),
            PSC: "" if psc_counts(line.psc_rate) else "\u2013",
            AMOUNT: self._amount(line),
            ACTUAL: self.money(line.actual),
            RULE: self._rule(line) if line.category == "participant_travel" else "",
            RATE_MONTH: month_and_year(line.rate_month, window_lang())
            if line.foreign and line.rate_month else "",
        }
        return values[column]

    def _amount(self, line: LineRow) -> str:
        """In the plan's currency; a line in another shows both amounts."""
        if line.rate_problem:
            return self.tr("no rate")
        if line.foreign:
            own = format_amount(line.own_amount, line.currency, window_lang(), style="code")
            return f"{own} = {self.money(line.amount)}"
        return self.money(line.amount)

    def _rule(self, line: LineRow) -> str:
        """The link to the travellers, in sight: "Approved sums (2)"."""
        short = rule_short().get(line.rule, line.rule)
        return short if line.rule == "fixed" else f"{short} ({self.travel.travellers})"

    def _edit(self, line: LineRow, column: int) -> Any:
        values = {
            CATEGORY: line.category, DESCRIPTION: line.description,
            QUANTITY: plain(line.quantity), UNIT: line.unit,
            UNIT_COST: plain(line.unit_cost), MULTIPLIER: plain(line.multiplier),
            CURRENCY: line.stored_currency or "",
            RATE_MONTH: "" if line.stored_month is None else line.stored_month.isoformat()[:7],
            SOURCE: line.funding_source_id, PSC: line.psc_applies,
            AMOUNT: plain(line.amount),
            ACTUAL: "" if line.actual is None else plain(line.actual),
            RULE: line.travel_rule,
        }
        return values[column]

    def _follows(self, line: LineRow, column: int) -> bool:
        """A figure taken from the participants, not typed."""
        if line.rule == "per_trip":
            return column == QUANTITY
        if line.rule == "approved_sum":
            return column in (QUANTITY, UNIT_COST, MULTIPLIER)
        return False

    def _tooltip(self, line: LineRow, column: int) -> str | None:
        if self._follows(line, column):
            return self.tr("Follows the participants approved for funded travel; set"
                           " 'Travel follows' to a fixed figure to type it.")
        if column == CATEGORY:
            return words.label(vocab.BUDGET_CATEGORIES, line.category)
        if column in (AMOUNT, CURRENCY, RATE_MONTH) and line.rate_problem:
            return self.tr("Not counted in the totals: {problem}").format(
                problem=self.rate_problem(line))
        if column == AMOUNT and line.foreign:
            lang = window_lang()
            return self.tr("Quantity × unit cost × days = {own}, at {rate} {currency} to the"
                           " dollar ({month}, UN operational rate of exchange) = {amount}"
                           ).format(
                own=format_amount(line.own_amount, line.currency, lang, style="code"),
                rate=plain(line.per_usd or Decimal(0)), currency=line.currency,
                month=month_and_year(line.rate_month, lang) if line.rate_month else "",
                amount=self.money(line.amount))
        if column == AMOUNT:
            return self.tr("Quantity × unit cost × days or multiplier, to the cent")
        if column == CURRENCY:
            return self.tr("The currency of the unit cost; empty: {currency}. Another"
                           " currency converts at the UN operational rate of its month."
                           ).format(currency=self.currency)
        if column == RATE_MONTH:
            return self.tr("The month of the rate of exchange (YYYY-MM); empty: the month the"
                           " meeting opens")
        if column == SOURCE and line.funding_source_id is not None:
            return f"{line.source}: {source_rate(line.psc_rate)}"
        if column == PSC:
            if psc_counts(line.psc_rate):
                return self.tr("Programme support costs at {rate}% on this line; untick to"
                               " leave it out").format(rate=percent(line.psc_rate))
            return (self.tr("No programme support costs: the line has no funding source")
                    if line.funding_source_id is None else
                    self.tr("No programme support costs: {source} charges none").format(
                        source=line.source))
        if column == RULE and line.category == "participant_travel":
            return self._rule_tip(line)
        return None

    def _rule_tip(self, line: LineRow) -> str:
        facts = self.travel
        count = facts.travellers
        total = self.money(facts.approved_sum)
        if line.rule == "approved_sum":
            return self.tr("Follows the participants: the sum of the travel support of the"
                           " %n approved traveller(s), {total} (Travellers… shows each:"
                           " ticket, nights × DSA, terminal expenses)", None, count).format(
                total=total)
        if line.rule == "per_trip":
            return self.tr("Follows the participants: the %n approved traveller(s) × the"
                           " line's average cost per trip", None, count)
        return self.tr("Fixed figure: the quantity and cost typed. Choose “Sum of approved"
                       " travel amounts” to follow the %n approved traveller(s) ({total}).",
                       None, count).format(total=total)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return flags
        line, column = self.lines[index.row()], index.column()
        if column == PSC:
            return flags | Qt.ItemFlag.ItemIsUserCheckable if psc_counts(line.psc_rate) \
                else flags
        if column == AMOUNT or self._follows(line, column):
            return flags
        if column == RULE and line.category != "participant_travel":
            return flags
        if column == CURRENCY and line.follows_participants:
            return flags  # the travellers' sum is in the plan's currency
        if column == RATE_MONTH and not line.stored_currency:
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    # ----- choices for the delegate's combo boxes ---------------------------------------
    def choices(self, column: int) -> list[tuple[Any, str]] | None:
        if column == CATEGORY:
            return words.choices(vocab.BUDGET_CATEGORIES)
        if column == UNIT:
            return words.choices(vocab.BUDGET_UNITS)
        if column == RULE:
            return words.choices(vocab.TRAVEL_RULES)
        if column == SOURCE:
            return [(None, self.tr("(none)")),
                    *((s.id, f"{s.name} ({source_rate(s.psc_rate)})") for s in self.sources)]
        return None

    # ----- editing -------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        line, column = self.lines[index.row()], index.column()
        if column == PSC:
            if role != Role.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.edited.emit(line.id, {"psc_applies": checked},
                             {"psc_applies": self._read(line, "psc_applies")})
            return True
        if role != Role.EditRole:
            return False
        try:
            new = self.parse(column, value)
        except ValueError as error:
            self.refused.emit(self.tr("Line {row}: {error}. Not saved.").format(
                row=index.row() + 1, error=phrases.of_error(error)))
            return False
        field = COLUMNS[column].field
        self.edited.emit(line.id, {field: new}, {field: self._read(line, field)})
        return True

    def parse(self, column: int, value: Any) -> Any:
        if column in PARSERS:
            return PARSERS[column]("" if value is None else str(value))
        if column == CURRENCY:
            text = str(value or "").strip()
            if not text or text.upper() == self.currency:
                return None
            return budget_input.parse_currency(text)
        if column == RATE_MONTH:
            text = str(value or "").strip()
            return read_month(text) if text else None
        if column == DESCRIPTION:
            text = str(value or "").strip()
            if len(text) > 500:
                raise ValueError(self.tr("Description: at most 500 characters"))
            return text
        if column == SOURCE:
            if value not in (None, *(s.id for s in self.sources)):
                raise ValueError(self.tr("Funding source: no such source"))
            return value
        choices = self.choices(column) or []
        if value not in [code for code, _ in choices]:
            raise ValueError(self.tr("{column}: {value} is not one of the choices").format(
                column=column_title(column), value=repr(value)))
        return value


class TotalsModel(QAbstractTableModel):
    """The totals under the lines: per category, subtotal, PSC, total; planned,
    actual and variance. Rows: (label, planned, actual, variance, emphasis)."""

    HEADERS = ("", "Planned", "Actual", "Variance")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, str, str, bool]] = []

    def set_rows(self, rows: Sequence[tuple[str, str, str, str, bool]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return ("", self.tr("Planned"), self.tr("Actual"), self.tr("Variance"))[section]
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Role.DisplayRole:
            return row[index.column()]
        if role == Role.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.FontRole and row[4]:
            font = QFont()
            font.setBold(True)
            return font
        return None
