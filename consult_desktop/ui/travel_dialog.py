"""The travel table (each traveller's ticket, nights, DSA, terminal expenses and travel
support, and their sum, which a participants' travel line follows) and the form of one
traveller's travel costs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSize, Qt
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
from consult_desktop.services import budget as service
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.fit import fit_to_screen

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def setting_text(setting: service.TravelSetting) -> str:
    """"DSA of Geneva, $400.00 a night on arrival, 1 November 2017; 2 nights"."""
    if setting.first_day is None:
        return "The meeting has no dates yet: nights cannot be counted."
    arrival = long_date(setting.arrival) if setting.arrival else ""
    nights = setting.nights or 0
    stay = f"{nights} night{'' if nights == 1 else 's'} (arrival {arrival}, the day before)"
    if not setting.location:
        return f"{stay}; no DSA location: import the DSA table of the venue's city."
    if setting.dsa_usd is None:
        return f"{stay}; no DSA rate for {setting.location} on {arrival}."
    return (f"{stay}; DSA of {setting.location}: "
            f"{format_amount(setting.dsa_usd, 'USD', style='code')} a night.")


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
        self.table.doubleClicked.connect(lambda _index: self.edit_trip())
        self.total = QLabel()
        edit = QPushButton(self.tr("&Travel costs…"))
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
            value, currency)
        self.setting.setText(setting_text(found.setting))
        self.table.setRowCount(len(found.travellers))
        for at, person in enumerate(found.travellers):
            trip = person.trip
            cells = (person.name, self.tr("yes") if person.approved else self.tr("no"),
                     money(person.ticket), "" if trip is None else str(trip.nights),
                     "" if person.dsa_usd is None else format_amount(person.dsa_usd, "USD"),
                     "" if trip is None else money(trip.subsistence), money(person.terminal),
                     money(person.amount), person.problem)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4, 5, 6, 7):
                    item.setTextAlignment(RIGHT)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, person.id)
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
        edit = service.set_trip(self.context.plan_file, person.id, *values, name=person.name)
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
        self.setWindowTitle(self.tr("Travel costs of %1").replace("%1", person.name))
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
            self.problems.setText(str(error))
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
        money = lambda value: format_amount(value, self.setting.currency)  # noqa: E731
        text = (f"{money(trip.amount)} = {money(ticket)} + {counted} \u00d7 "
                f"{money(dsa or ZERO)} + {money(terminal or ZERO)}")
        if dsa is None and counted:
            text += self.tr(" (no DSA rate: nights not counted)")
        self.sum.setText(text)

    def accept(self) -> None:
        try:
            self.values = self.read()
        except ValueError as error:
            self.problems.setText(str(error))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, person: service.TravellerRow,
            setting: service.TravelSetting) -> Trip | None:
        """(ticket, terminal, nights, DSA) as typed, or None when cancelled. Tests
        replace this."""
        dialog = cls(person, setting, parent)
        return dialog.values if dialog.exec() == QDialog.DialogCode.Accepted else None
