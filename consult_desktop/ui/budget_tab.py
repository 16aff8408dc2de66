"""Budget tab: the selected option's lines, editable, its totals and a chart of the
options side by side."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.budget import main_source
from consult_desktop.domain.money import ZERO, format_amount
from consult_desktop.services import budget as service
from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui import phrases, words
from consult_desktop.ui.budget_model import (
    AMOUNT,
    CATEGORY,
    COLUMNS,
    DESCRIPTION,
    RULE,
    SOURCE,
    UNIT,
    UNIT_COST,
    BudgetLinesModel,
    TotalsModel,
    column_title,
    rule_short,
    short_category,
)
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.funding_dialog import FundingSourcesDialog, percent
from consult_desktop.ui.keep_typing import KeepTypingDelegate, note_read
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.plan_tab import PlanTab

Index = QModelIndex | QPersistentModelIndex
MONEY = frozenset({UNIT_COST, AMOUNT})  # actual spending: sized to what is there


class ChoiceBox(QComboBox):
    """A combo box that knows whether its last choice was made in its open list: the
    list closes just before the choice is announced."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_list = False

    def hidePopup(self) -> None:
        self.from_list = True
        super().hidePopup()
        QTimer.singleShot(0, self._forget)

    def _forget(self) -> None:
        self.from_list = False


class ChoiceDelegate(KeepTypingDelegate):  # a half-typed cell survives others' edits
    """A combo box for the cells whose model offers `choices(column)`: choosing an entry
    saves it at once (no Enter needed); Escape leaves the cell as it was. A typed
    figure's editor is at least wide enough for a large amount, so it is never cut."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = ChoiceBox(parent)
        for code, label in choices:
            combo.addItem(label, code)
        # The list shows each choice whole, even when the column is narrower.
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.activated.connect(lambda _row: self._chosen(combo))
        return combo

    def _chosen(self, combo: ChoiceBox) -> None:
        """Saved as soon as it is chosen in the list. The arrow keys on the closed box
        only step through the choices (Enter saves, Escape cancels), so a person can
        go down the list without an edit for each step."""
        if combo.from_list:
            self.commitData.emit(combo)
            self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        super().updateEditorGeometry(editor, option, index)
        wanted = max(editor.sizeHint().width(), editor.fontMetrics().horizontalAdvance(
            WIDEST_FIGURE) + 16)
        if editor.width() < wanted:
            editor.resize(wanted, editor.height())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            note_read(index)
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    @staticmethod
    def _choices(index: Index) -> list[tuple[Any, str]] | None:
        model = index.model()
        return model.choices(index.column()) if isinstance(model, BudgetLinesModel) else None


WIDEST_FIGURE = "$9,999,999.99"  # the widest amount typed: its editor shows it whole
DESCRIPTION_MIN = 160
WIDE_FIGURE = "$999,999.99"  # the widest amount a column shows whole from the start
# Columns never narrower than what they show, the longest unit or a large amount, nor,
# when sized to their contents, wider than these (the description takes the room left).
WIDEST_COLUMNS = {CATEGORY: 170, SOURCE: 200, UNIT: 160, RULE: 170}


def _shown_texts(model: BudgetLinesModel, column: int) -> list[str]:
    """What a column may show besides its lines: its header, the unit names, a large
    amount, the funding sources' names, the travel rules' short names."""
    texts = [column_title(column)]
    if column == UNIT:
        texts += [label for _code, label in words.choices(vocab.BUDGET_UNITS)]
    elif column == SOURCE:
        texts += [source.name for source in model.sources]
    elif column == RULE:
        texts += list(rule_short().values())
    elif column in MONEY:
        texts.append(model.money(Decimal("999999.99")))
    elif COLUMNS[column].numeric:
        texts.append("9,999")
    return texts


def fit_columns(view: QTableView, model: BudgetLinesModel) -> None:
    """Columns as wide as their contents and what they may show need."""
    view.resizeColumnsToContents()
    metrics = view.fontMetrics()
    for column in range(len(COLUMNS)):
        if column == DESCRIPTION:
            continue
        need = max(metrics.horizontalAdvance(text) for text in _shown_texts(model, column))
        width = max(view.columnWidth(column), need + 18)
        view.setColumnWidth(column, min(width, WIDEST_COLUMNS.get(column, width)))


def compact(view: QTableView) -> None:
    """Rows as high as a line of text, as in a spreadsheet."""
    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 8)


class BudgetTab(PlanTab):
    title = "&Budget"
    topics = frozenset({Topic.PLAN, Topic.OPTIONS, Topic.BUDGET, Topic.PARTICIPANTS})
    edit_actions = ("add_action", "delete_action", "sources_action", "paste_action")

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.option_id: int | None = None
        self.compared: list[service.OptionBudget] = []
        self.currency = "USD"
        self.chart_stale = True
        self.chart_svg = b""

        self.option_box = QComboBox()
        # The option's whole name in sight: the box grows with the longest one, up to a
        # point (then the tooltip says it whole).
        self.option_box.setMinimumContentsLength(24)
        self.option_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.option_box.setMaximumWidth(560)
        self.option_box.activated.connect(self._option_chosen)
        choose = QLabel(self.tr("Opt&ion:"))
        choose.setBuddy(self.option_box)

        self.model = BudgetLinesModel()
        self.model.edited.connect(self._commit)
        self.model.refused.connect(self.show_message)
        self.view = QTableView()
        self.view.setModel(self.model)
        delegate = ChoiceDelegate(self.view)
        self.view.setItemDelegate(delegate)
        # An editor closed without saving (Escape) forgets what its cell held: a later
        # change of that cell is checked against what the row then shows.
        delegate.closeEditor.connect(lambda *_: self.model.read.clear())
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The amount follows what makes it (quantity x unit cost x days), before the
        # funding source and PSC: in sight on a 1024-pixel screen in every language.
        self.view.horizontalHeader().moveSection(AMOUNT, SOURCE)
        compact(self.view)

        self.add_action = self._action(self.tr("Add &line"), "Insert", self.add_line)
        self.delete_action = self._action(self.tr("&Delete line"),
                                          QKeySequence.StandardKey.Delete, self.delete_lines)
        self.sources_action = self._action(self.tr("Fu&nding sources…"), None,
                                           self.edit_sources)
        self.travel_action = self._action(self.tr("Tra&vellers…"), None, self.show_travel)
        self.travel_action.setToolTip(self.tr(
            "Each traveller's ticket, nights, DSA and terminal expenses, and their sum"))
        self.rates_action = self._action(self.tr("&Rates…"), None, self.show_rates)
        self.rates_action.setToolTip(self.tr(
            "DSA rates and UN operational rates of exchange: import them, or type a rate"))
        self.export_action = self._action(self.tr("E&xport to Excel…"), None, self.export)
        self.export_action.setToolTip(self.tr(
            "The budget as a workbook of live formulas: a sheet per option, and the"
            " options side by side"))
        self.paste_action = self._action(self.tr("&Paste lines"),
                                         QKeySequence.StandardKey.Paste,
                                         lambda: self.paste_lines())
        self.paste_action.setToolTip(self.tr(
            "Add the rows copied from a spreadsheet (Category, Description, Quantity, Unit,"
            " Unit cost, Currency, Days, Funding source) as lines: all or none"))
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(self.option_box)
        for action in (self.add_action, self.delete_action, self.sources_action,
                       self.travel_action, self.rates_action, self.export_action):
            button = QPushButton(action.text())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        # A long message (the problems of pasted rows) wraps: never wider than the tab.
        self.message.setWordWrap(True)
        self.totals = TotalsModel()
        self.totals_view = QTableView()
        self.totals_view.setModel(self.totals)
        self.totals_view.verticalHeader().hide()
        compact(self.totals_view)
        self.totals_view.setToolTip(self.tr(
            "PSC at the rate of each line's funding source. Not yet funded: lines on"
            " sources other than the regular budget or existing resources, with their PSC."))
        self.totals_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        from PySide6.QtSvgWidgets import QSvgWidget

        self.chart = QSvgWidget()
        self.chart.setMinimumSize(200, 160)
        self.chart.setToolTip(self.tr("Each option's total by category, programme support"
                                      " costs on top"))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.totals_view)
        lower.addWidget(self.chart)
        lower.setSizes([520, 420])
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.view)
        upper_layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.fitted_option: int | None = None
        self.fitted_foreign: frozenset[int] = frozenset()
        self.rate_message = ""  # what the message says of lines without a rate
        self.reload()
        # The description takes the room left, so the figures stay in sight, but never
        # less than DESCRIPTION_MIN: on a narrow screen the table scrolls instead.
        self._fit_description()

    def _fit_description(self) -> None:
        others = sum(self.view.columnWidth(c) for c in range(len(COLUMNS)) if c != DESCRIPTION)
        room = self.view.viewport().width() - others - 2
        self.view.setColumnWidth(DESCRIPTION, max(DESCRIPTION_MIN, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_description()

    def show_read_only(self) -> None:
        super().show_read_only()
        self.model.editable = False  # the PSC boxes take no click either

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        # Insert and Delete act on the lines (the option's list has its own use for them).
        return self.make_action(text, shortcut, slot, self.view)

    # ----- loading ---------------------------------------------------------------
    def reload(self) -> None:
        """Read the budget again: the lines that differ are repainted, the totals and
        the chart follow."""
        found = service.budget(self.context.plan_file)
        self.compared, sources, self.currency = found.compared, found.sources, found.currency
        ids = [c.option.id for c in self.compared]
        if self.option_id not in ids:
            chosen = [c.option.id for c in self.compared if c.option.status == "chosen"]
            first = chosen or ids
            self.option_id = first[0] if first else None
        self.option_box.clear()
        for c in self.compared:
            mark = self.tr(" [chosen]") if c.option.status == "chosen" else ""
            self.option_box.addItem(f"({c.option.label}) {c.option.title}{mark}", c.option.id)
        self.option_box.setCurrentIndex(max(0, self.option_box.findData(self.option_id)))
        self.option_box.setToolTip(self.option_box.currentText())
        shown = self.shown()
        self.model.travel = found.travel
        self.model.set_rows(shown.lines if shown else [], sources, self.currency)
        if self.fitted_option != self.option_id:  # a new option: its own contents
            self.fitted_option = self.option_id
            fit_columns(self.view, self.model)
            self._fit_description()
        self._show_totals(shown)
        self._show_chart()
        enabled = shown is not None
        self.add_action.setEnabled(enabled)
        self.delete_action.setEnabled(enabled)
        self.paste_action.setEnabled(enabled)
        self.export_action.setEnabled(bool(self.compared))
        missing = [line for line in shown.lines if line.rate_problem] if shown else []
        said = (self.tr("%n line(s) not counted: {problem}", None, len(missing)).format(
            problem=self.model.rate_problem(missing[0])) if missing else "")
        if said:
            self.show_message(said)
        elif self.message.text() == self.rate_message:  # the rate came: no longer so
            self.message.clear()
        self.rate_message = said
        foreign = frozenset(line.id for line in shown.lines if line.foreign) if shown \
            else frozenset()
        if foreign != self.fitted_foreign:  # both amounts shown whole
            self.fitted_foreign = foreign
            fit_columns(self.view, self.model)
            self._fit_description()

    def shown(self) -> service.OptionBudget | None:
        return next((c for c in self.compared if c.option.id == self.option_id), None)

    def _money(self, value: Decimal | None) -> str:
        return "" if value is None else format_amount(value, self.currency, window_lang())

    def _show_totals(self, shown: service.OptionBudget | None) -> None:
        if shown is None:
            self.totals.set_rows([(self.tr("No option yet: add one in the Options tab"), "",
                                   "", "", False)])
            return
        totals, money = shown.totals, self._money
        actual_by: dict[str, Decimal] = {}
        for line in shown.lines:
            if line.actual is not None:
                actual_by[line.category] = actual_by.get(line.category, ZERO) + line.actual
        rows = []
        for code, amount in totals.by_category.items():
            spent = actual_by.get(code)
            rows.append((short_category(code), money(amount),
                         money(spent), money(None if spent is None else amount - spent), False))
        spent_any = bool(actual_by)
        rows.append((self.tr("Subtotal"), money(totals.subtotal),
                     money(totals.actual) if spent_any else "", "", True))
        rates = {line.source: line.psc_rate for line in shown.lines}
        for source, psc in totals.psc_by_source.items():
            rows.append(("   " + self.tr("PSC on {source} at {rate}%").format(
                source=source or self.tr("no source"), rate=percent(rates[source])),
                money(psc), "", "", False))
        rows.append((self.tr("Programme support costs"), money(totals.psc), "", "", True))
        rows.append((self.tr("Total"), money(totals.total),
                     money(totals.actual) if spent_any else "",
                     money(totals.variance) if spent_any else "", True))
        if len(totals.by_source) > 1:
            for source, amount in totals.by_source.items():
                rows.append(("   " + self.tr("From {source}").format(
                    source=source or self.tr("no source yet")), money(amount), "", "", False))
        rows.append((self.tr("Not yet funded"), money(totals.unfunded), "", "", False))
        self.totals.set_rows(rows)
        self.totals_view.resizeColumnsToContents()

    def _show_chart(self) -> None:
        """Draw the chart now if the tab is in sight, else when it first shows: opening a
        plan then does not wait for ReportLab."""
        self.chart_stale = True
        if self.isVisible():
            self._draw_chart()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_description()
        if self.chart_stale:
            self._draw_chart()

    def _draw_chart(self) -> None:
        from consult_desktop.printing.chart import options_chart, to_svg

        self.chart_stale = False

        data = [(f"({c.option.label})", {**c.totals.by_category, "psc": c.totals.psc})
                for c in self.compared]
        self.chart_svg = to_svg(options_chart(data, currency=self.currency,
                                              lang=window_lang()))
        self.chart.load(self.chart_svg)

    def apply_change(self, change: Change) -> None:
        self.reload()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # ----- actions ---------------------------------------------------------------
    def _option_chosen(self, row: int) -> None:
        self.option_id = self.option_box.itemData(row)
        self.message.clear()
        self.reload()

    def select_option(self, label: str) -> None:
        """Show the option with this label (for the person, and for tests)."""
        for c in self.compared:
            if c.option.label == label:
                self.option_id = c.option.id
        self.reload()

    def _commit(self, line_id: int, values: dict[str, Any],
                read: dict[str, Any] | None = None) -> bool:
        edit = service.edit_line(self.context.plan_file, line_id, values, read)
        if edit is None:
            return True
        self.message.clear()
        return self.context.run(edit)

    def add_line(self) -> None:
        if self.option_id is None:
            return
        shown = self.shown()
        current = self.view.currentIndex()
        category = "other"
        if shown and shown.lines:
            category = shown.lines[current.row() if current.isValid() else -1].category
        source = main_source(
            [(line.funding_source_id, line.amount) for line in shown.lines] if shown else [],
            [(line.funding_source_id, line.amount) for c in self.compared for line in c.lines],
            [s.id for s in self.model.sources])
        edit = service.AddLine(self.option_id, category, source)
        if self.context.run(edit):
            row = self.model.row_of(edit.line_id)
            self.view.setCurrentIndex(self.model.index(row, 1))
            self.view.setFocus()

    def delete_lines(self) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()}
                      or ({self.view.currentIndex().row()}
                          if self.view.currentIndex().isValid() else set()))
        if rows:
            lines = [self.model.line_at(r) for r in rows]
            self.context.run(service.DeleteLines(
                [line.id for line in lines],
                {line.id: service.line_values(line) for line in lines}))

    def show_travel(self) -> None:
        from consult_desktop.ui.travel_dialog import TravelDialog

        TravelDialog.show_for(self.context, self)

    def show_rates(self) -> None:
        from consult_desktop.ui.travel_dialog import RatesDialog

        RatesDialog.show_for(self.context, self)

    def export(self) -> None:
        from consult_desktop.interchange.budget_xlsx import ExportError

        path = ask_save_path(self, self.tr("Export the budget"), "budget.xlsx")
        if not path:
            return
        try:
            said = service.export_xlsx(self.context.plan_file, path)
        except (ExportError, OSError) as error:
            self.show_message(phrases.of_error(error))
            return
        self.message.setStyleSheet("")
        self.show_message(phrases.text(said))
        self.message.setStyleSheet("color: #b00020;")

    def paste_lines(self, text: str | None = None) -> bool:
        """Rows copied from a spreadsheet (tab-separated, with or without the header
        row) as new lines of the option shown: every row checked, all or none, one
        undo step."""
        from PySide6.QtWidgets import QApplication

        from consult_desktop.domain.budget_input import LINE_COLUMNS
        from consult_desktop.interchange.budget_tables import read_pasted
        from consult_desktop.interchange.participants_csv import TableError

        if self.option_id is None:
            return False
        if text is None:
            text = QApplication.clipboard().text()
        try:
            table = read_pasted(text, LINE_COLUMNS)
        except TableError as error:
            self.show_message(phrases.of_error(error))
            return False
        lines, problems = service.read_lines(self.context.plan_file, table)
        if problems:
            shown = [phrases.text(problem) for problem in problems[:3]]
            if len(problems) > 3:
                shown.append(self.tr("… %n more", None, len(problems) - 3))
            self.show_message(self.tr("Nothing pasted: ") + self.tr("; ").join(shown))
            return False
        if not lines:
            return False
        self.message.clear()
        return self.context.run(service.ImportLines(self.option_id, lines))

    def edit_sources(self) -> None:
        sources = service.funding_sources(self.context.plan_file)
        new = FundingSourcesDialog.ask(sources, self)
        if new is not None:
            self.context.run(service.SetFundingSources(new))


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write a workbook ("" when cancelled). Tests replace this."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, QCoreApplication.translate("BudgetTab",
                                                             "Excel workbook (*.xlsx)"))
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path
