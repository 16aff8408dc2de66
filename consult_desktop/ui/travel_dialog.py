"""The travel table (each traveller's ticket, nights, DSA, terminal expenses and travel
support, and their sum, which a participants' travel line follows) and the form of one
traveller's travel costs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import budget as rules
from consult_desktop.domain.budget_input import parse_dsa, parse_nights, parse_unit_cost
from consult_desktop.domain.dates import long_date
from consult_desktop.domain.money import ZERO, convert, format_amount
from consult_desktop.domain.phrases import Phrase
from consult_desktop.services import budget as service
from consult_desktop.ui import phrases
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TravelWords(QObject):
    """The window's words that count (Qt's plurals need an object's tr)."""

    def stay(self, nights: int, arrival: str) -> str:
        return self.tr("%n night(s) (arrival {arrival}, the day before)", None,
                       nights).format(arrival=arrival)


def setting_text(setting: service.TravelSetting) -> str:
    """"DSA of Geneva, $400.00 a night on arrival, 1 November 2017; 2 nights"."""
    if setting.first_day is None:
        return QCoreApplication.translate(
            "TravelDialog", "The meeting has no dates yet: nights cannot be counted.")
    lang = window_lang()
    arrival = long_date(setting.arrival, lang) if setting.arrival else ""
    nights = setting.nights or 0
    stay = TravelWords().stay(nights, arrival)
    if not setting.location:
        return QCoreApplication.translate(
            "TravelDialog", "{stay}; no DSA location: import the DSA table of the venue's"
            " city.").format(stay=stay)
    if setting.dsa_usd is None:
        return QCoreApplication.translate(
            "TravelDialog", "{stay}; no DSA rate for {location} on {arrival}.").format(
            stay=stay, location=setting.location, arrival=arrival)
    return QCoreApplication.translate("TravelDialog", "{stay}; DSA of {location}: {amount} a"
                                      " night.").format(
        stay=stay, location=setting.location,
        amount=format_amount(setting.dsa_usd, "USD", lang, style="code"))


class TravelDialog(QDialog):
    """Every participant with travel support; approved ones count in the sum."""

    HEADERS = ("Traveller", "Approved", "Ticket", "Nights", "DSA a night (USD)",
               "Subsistence", "Terminal", "Travel support", "Problem")

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Travellers"))
        self.setting = QLabel()
        self.setting.setWordWrap(True)
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Traveller"), self.tr("Approved"), self.tr("Ticket"), self.tr("Nights"),
            self.tr("DSA a night (USD)"), self.tr("Subsistence"), self.tr("Terminal"),
            self.tr("Travel support"), self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.total = QLabel()
        edit = QPushButton(self.tr("&Travel costs…"))
        # A plan that may only be read shows the table and no way to change it.
        edit.setVisible(not context.plan_file.read_only)
        if not context.plan_file.read_only:
            self.table.doubleClicked.connect(lambda _index: self.edit_trip())
        edit.setToolTip(self.tr("Ticket, nights, DSA and terminal expenses of the traveller"))
        edit.clicked.connect(self.edit_trip)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.setting)
        layout.addWidget(self.table)
        layout.addWidget(self.total)
        layout.addLayout(row)
        self.travel: service.Travel | None = None
        self.reload()
        header = self.table.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(self.table.columnCount()))
        fit_to_screen(self, QSize(max(640, width + 60), 420))

    def reload(self) -> None:
        self.travel = found = service.travel(self.context.plan_file)
        currency = found.setting.currency
        money = lambda value: "" if value is None else format_amount(  # noqa: E731
            value, currency, window_lang())
        self.setting.setText(setting_text(found.setting))
        self.table.setRowCount(len(found.travellers))
        for at, person in enumerate(found.travellers):
            trip = person.trip
            cells = (person.titled(window_lang()),
                     self.tr("yes") if person.approved else self.tr("no"),
                     money(person.ticket), "" if trip is None else str(trip.nights),
                     "" if person.dsa_usd is None else format_amount(person.dsa_usd, "USD",
                                                                     window_lang()),
                     "" if trip is None else money(trip.subsistence), money(person.terminal),
                     money(person.amount), phrases.text(person.said))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4, 5, 6, 7):
                    item.setTextAlignment(RIGHT)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, person.id)
                if column == len(cells) - 1 and text:  # why not costed: wide, out of sight
                    item.setToolTip(text)
                if person.status == "declined" or not person.approved:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(at, column, item)
        self.table.resizeColumnsToContents()
        count = len(found.approved)
        self.total.setText(self.tr("Approved travellers: %n, travel support %1", "",
                                   count).replace("%1", money(found.total)))

    def edit_trip(self) -> None:
        row = self.table.currentRow()
        if self.travel is None or row < 0:
            return
        person = self.travel.travellers[row]
        values = TripDialog.ask(self, person, self.travel.setting)
        if values is None:
            return
        edit = service.set_trip(self.context.plan_file, person.id, *values, name=person.name,
                                read=service.trip_read(person))
        if edit is not None and self.context.run(edit):
            self.reload()
            self.table.selectRow(row)

    @classmethod
    def show_for(cls, context: PlanContext, parent: QWidget | None) -> None:
        """Open the table (tests replace this)."""
        cls(context, parent).exec()


Trip = tuple[Decimal | None, Decimal | None, int | None, Decimal | None]


class TripDialog(QDialog):
    """Ticket, nights, DSA and terminal expenses of one traveller, with their sum."""

    def __init__(self, person: service.TravellerRow, setting: service.TravelSetting,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Travel costs of %1").replace(
            "%1", person.titled(window_lang())))
        self.setting = setting
        self.values: Trip | None = None
        self.ticket = QLineEdit("" if person.ticket is None else f"{person.ticket:.2f}")
        self.ticket.setPlaceholderText(self.tr("empty: the travel amount as typed"))
        self.nights = QLineEdit("" if person.nights is None else str(person.nights))
        self.nights.setPlaceholderText(
            self.tr("empty: %1 from the meeting's days").replace("%1", str(setting.nights or 0)))
        self.dsa = QLineEdit("" if person.dsa_rate is None else f"{person.dsa_rate:.2f}")
        self.dsa.setPlaceholderText(self.tr("empty: the DSA table's rate"))
        self.terminal = QLineEdit("" if person.terminal is None else f"{person.terminal:.2f}")
        self.sum = QLabel()
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QLabel(setting_text(setting)))
        form.addRow(self.tr("&Ticket (%1)").replace("%1", setting.currency), self.ticket)
        form.addRow(self.tr("&Nights"), self.nights)
        form.addRow(self.tr("&DSA a night (USD)"), self.dsa)
        form.addRow(self.tr("T&erminal expenses (%1)").replace("%1", setting.currency),
                    self.terminal)
        form.addRow(self.tr("Travel support"), self.sum)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for field in (self.ticket, self.nights, self.dsa, self.terminal):
            field.textChanged.connect(self.show_sum)
        self.show_sum()

    def read(self) -> Trip:
        """The figures typed; ValueError says which one is wrong."""
        def amount(text: str, parse: Any) -> Decimal | None:
            return parse(text) if text.strip() else None

        return (amount(self.ticket.text(), parse_unit_cost),
                amount(self.terminal.text(), parse_unit_cost),
                parse_nights(self.nights.text()), amount(self.dsa.text(), parse_dsa))

    def show_sum(self) -> None:
        try:
            ticket, terminal, nights, dsa_usd = self.read()
        except ValueError as error:
            self.sum.setText("")
            self.problems.setText(phrases.of_error(error))
            return
        self.problems.clear()
        if ticket is None:
            self.sum.setText(self.tr("the amount typed in the participant's form"))
            return
        counted = nights if nights is not None else self.setting.nights or 0
        usd = dsa_usd if dsa_usd is not None else self.setting.dsa_usd
        rate = self.setting.plan_per_usd
        dsa = None if usd is None or rate is None else convert(usd, Decimal(1), rate)
        trip = rules.Trip(ticket, counted, dsa, terminal or ZERO)
        money = lambda value: format_amount(  # noqa: E731
            value, self.setting.currency, window_lang())
        text = (f"{money(trip.amount)} = {money(ticket)} + {counted} \u00d7 "
                f"{money(dsa or ZERO)} + {money(terminal or ZERO)}")
        if dsa is None and counted:
            text += self.tr(" (no DSA rate: nights not counted)")
        self.sum.setText(text)

    def accept(self) -> None:
        try:
            self.values = self.read()
        except ValueError as error:
            self.problems.setText(phrases.of_error(error))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, person: service.TravellerRow,
            setting: service.TravelSetting) -> Trip | None:
        """(ticket, terminal, nights, DSA) as typed, or None when cancelled. Tests
        replace this."""
        dialog = cls(person, setting, parent)
        return dialog.values if dialog.exec() == QDialog.DialogCode.Accepted else None


class RatesDialog(QDialog):
    """The plan's DSA rates and UN operational rates of exchange: imported from a file
    (as the ICSC and the UN Treasury publish them) or a rate of exchange typed."""

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Rates"))
        self.dsa = QTableWidget(0, 4)
        self.dsa.setHorizontalHeaderLabels([self.tr("Country"), self.tr("Location"),
                                            self.tr("DSA a night (USD)"),
                                            self.tr("Effective")])
        self.exchange = QTableWidget(0, 3)
        self.exchange.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Month"),
                                                 self.tr("Units per USD")])
        for table in (self.dsa, self.exchange):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        import_dsa = QPushButton(self.tr("Import &DSA table…"))
        import_dsa.clicked.connect(lambda: self.import_file("dsa"))
        import_exchange = QPushButton(self.tr("Import rates of &exchange…"))
        import_exchange.clicked.connect(lambda: self.import_file("exchange"))
        self.currency = QLineEdit()
        self.currency.setPlaceholderText("CHF")
        self.currency.setMaximumWidth(60)
        self.month = QLineEdit()
        self.month.setPlaceholderText(self.tr("YYYY-MM"))
        self.month.setMaximumWidth(90)
        self.units = QLineEdit()
        self.units.setPlaceholderText(self.tr("units per USD"))
        add = QPushButton(self.tr("&Add rate"))
        add.clicked.connect(self.add_rate)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        typed = QHBoxLayout()
        for widget in (self.currency, self.month, self.units, add):
            typed.addWidget(widget)
        typed.addStretch(1)
        # A plan that may only be read shows its rates and no way to change them.
        for widget in (self.currency, self.month, self.units, add, import_dsa,
                       import_exchange):
            widget.setVisible(not context.plan_file.read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Daily subsistence allowance (ICSC)")))
        layout.addWidget(self.dsa)
        layout.addWidget(import_dsa, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("UN operational rates of exchange")))
        layout.addWidget(self.exchange)
        layout.addLayout(typed)
        layout.addWidget(import_exchange, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()
        # Wide enough for the tables' columns (the Russian headers and dates are long),
        # within the screen.
        fit_to_screen(self, QSize(max(620, max(wanted_width(t) for t in (self.dsa,
                                                                         self.exchange))
                                      + 2 * layout.contentsMargins().left()), 560))

    def reload(self) -> None:
        from consult_desktop.domain.dates import month_and_year

        dsa, exchange = service.rate_tables(self.context.plan_file)
        self.dsa.setRowCount(len(dsa))
        for at, (country, location, rate, effective) in enumerate(dsa):
            for column, text in enumerate((country, location,
                                           format_amount(rate, "USD", window_lang()),
                                           long_date(effective, window_lang()))):
                self.dsa.setItem(at, column, QTableWidgetItem(text))
        self.exchange.setRowCount(len(exchange))
        for at, (currency, month, units) in enumerate(exchange):
            for column, text in enumerate((currency, month_and_year(month, window_lang()),
                                           f"{units.normalize():f}")):
                self.exchange.setItem(at, column, QTableWidgetItem(text))
        for table in (self.dsa, self.exchange):
            table.resizeColumnsToContents()

    def run(self, edit: service.ImportRates | None, problems: list[Phrase]) -> bool:
        if edit is None:
            shown = [phrases.text(problem) for problem in problems[:3]]
            if len(problems) > 3:
                shown.append(self.tr("… %n more", None, len(problems) - 3))
            self.message.setText(self.tr("Nothing imported: ") + self.tr("; ").join(shown))
            return False
        if self.context.run(edit):
            self.message.clear()
            self.reload()
            return True
        return False

    def import_file(self, kind: str, path: str | None = None) -> bool:
        from consult_desktop.interchange.participants_csv import TableError

        if path is None:
            path = ask_open_path(self, self.tr("Import rates"))
        if not path:
            return False
        try:
            edit, problems = service.import_rates(self.context.plan_file, kind, path)
        except TableError as error:
            self.message.setText(phrases.of_error(error))
            return False
        return self.run(edit, problems)

    def add_rate(self) -> bool:
        from consult_desktop.domain.budget_input import parse_currency, parse_units_per_usd
        from consult_desktop.domain.dates import read_month

        try:
            row = (parse_currency(self.currency.text()), read_month(self.month.text()),
                   parse_units_per_usd(self.units.text()))
        except ValueError as error:
            self.message.setText(phrases.of_error(error))
            return False
        return self.run(service.ImportRates("exchange", [row]), [])

    @classmethod
    def show_for(cls, context: PlanContext, parent: QWidget | None) -> None:
        """Open the rates (tests replace this)."""
        cls(context, parent).exec()


def wanted_width(table: QTableWidget) -> int:
    """The width showing all of a table's columns, its row numbers and its scroll bar."""
    columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
    return (columns + table.verticalHeader().sizeHint().width() + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width())


def ask_open_path(parent: QWidget, title: str) -> str:
    """A .csv or .xlsx file to read ("" when cancelled). Tests replace this."""
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("TravelDialog",
                                                      "Tables (*.csv *.xlsx);;All files (*)"))
    return path
