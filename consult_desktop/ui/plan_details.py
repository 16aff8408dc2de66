"""The Plan details dialog; its edit is services.plan.EditPlanDetails."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from consult_desktop.ui.date_checks import accept_checked
from consult_desktop.ui.date_edits import DateEdit
from consult_desktop.ui.fit import fit_to_screen

CURRENCIES = ("USD", "EUR", "CHF", "GBP", "RUB")
MASTHEAD = ("principal_organ", "commission", "session", "members_heading",
            "non_members_heading")


def masthead() -> tuple[tuple[str, str, str], ...]:
    """(field, label, example) of the masthead's lines, in the window's language."""
    return (
        ("principal_organ", QCoreApplication.translate("PlanDetailsDialog", "Princip&al organ"),
         QCoreApplication.translate("PlanDetailsDialog", "e.g. Economic and Social Council")),
        ("commission", QCoreApplication.translate("PlanDetailsDialog", "Commissio&n"),
         QCoreApplication.translate("PlanDetailsDialog",
                                    "e.g. Economic Commission for Europe")),
        ("session", QCoreApplication.translate("PlanDetailsDialog", "Sess&ion"),
         QCoreApplication.translate("PlanDetailsDialog", "e.g. Ninety-first meeting")),
        ("members_heading", QCoreApplication.translate("PlanDetailsDialog",
                                                       "Members' &heading"),
         QCoreApplication.translate("PlanDetailsDialog",
                                    "e.g. States members of the Commission")),
        ("non_members_heading", QCoreApplication.translate("PlanDetailsDialog",
                                                           "Non-mem&bers' heading"),
         QCoreApplication.translate("PlanDetailsDialog",
                                    "e.g. States not members of the Commission")),
    )


class DateField(QWidget):
    """A date that may be left empty. Empty, its box (and calendar) shows `near`: the
    plan's first day, say, rather than today."""

    def __init__(self, value: dt.date | None, near: dt.date | None = None) -> None:
        super().__init__()
        self.enabled = QCheckBox()
        self.edit = DateEdit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.show_date(value or near or dt.date.today())

    def show_date(self, day: dt.date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        day = self.edit.date()
        return dt.date(day.year(), day.month(), day.day())


class PlanDetailsDialog(QDialog):
    def __init__(self, values: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan details"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title = QLineEdit(values["title"])
        self.organiser = QLineEdit(values["organiser"])
        self.governing_body = QLineEdit(values["governing_body"])
        self.mandate = QPlainTextEdit(values["mandate"])
        self.mandate.setFixedHeight(90)
        self.mandate.setTabChangesFocus(True)  # Tab moves on; Ctrl+Tab types a tab
        self.venue = QLineEdit(values["venue"])
        self.dsa_location = QLineEdit(values.get("dsa_location", ""))
        self.dsa_location.setPlaceholderText(self.tr("empty: the one the venue names"))
        self.dsa_location.setToolTip(self.tr(
            "The location of the DSA table whose rate the travellers get, e.g. Geneva"))
        self.timezone = QLineEdit(values["timezone"])
        self.currency = QComboBox(editable=True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(values["currency"])
        self.psc = QDoubleSpinBox(decimals=2, maximum=100.0, suffix=" %")
        self.psc.setValue(float(values["default_psc_rate"] * 100))
        self.symbol_prefix = QLineEdit(values["symbol_prefix"])
        self.start_date = DateField(values["start_date"])
        self.end_date = DateField(values["end_date"], near=values["start_date"])
        # The masthead's lines and the list of participants' headings, as UN documents
        # print them; each placeholder is an example.
        self.masthead = {name: QLineEdit(values[name]) for name in MASTHEAD}
        for name, _, example in masthead():
            self.masthead[name].setPlaceholderText(example)
        for label, widget in (
            (self.tr("&Title"), self.title), (self.tr("&Organiser"), self.organiser),
            (self.tr("&Governing body"), self.governing_body),
            (self.tr("&Mandate"), self.mandate),
            (self.tr("&Venue"), self.venue), (self.tr("DSA &location"), self.dsa_location),
            (self.tr("Time &zone"), self.timezone),
            (self.tr("&Currency"), self.currency), (self.tr("Default &PSC rate"), self.psc),
            (self.tr("&Document symbol prefix"), self.symbol_prefix),
            (self.tr("Meeting &starts"), self.start_date),
            (self.tr("Meeting &ends"), self.end_date),
            *((label, self.masthead[name]) for name, label, _ in masthead()),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(lambda: accept_checked(self, self.start_date, self.end_date))
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        # Qt normalises some text it is given (a carriage return becomes a line feed, a
        # leading byte order mark goes): a field left alone gives back what it was given.
        self._given = values
        self._shown = self._read()
        fit_to_screen(self)

    def values(self) -> dict[str, Any]:
        current = self._read()
        return {name: self._given[name] if name in self._given and value == self._shown[name]
                else value for name, value in current.items()}

    def _read(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "organiser": self.organiser.text().strip(),
            "governing_body": self.governing_body.text().strip(),
            "mandate": self.mandate.toPlainText().strip(),
            "venue": self.venue.text().strip(),
            "dsa_location": self.dsa_location.text().strip(),
            "timezone": self.timezone.text().strip() or "UTC",
            "currency": self.currency.currentText().strip().upper()[:3],
            "default_psc_rate": (Decimal(str(self.psc.value())) / 100).quantize(Decimal("0.0001")),
            "symbol_prefix": self.symbol_prefix.text().strip(),
            "start_date": self.start_date.value(),
            "end_date": self.end_date.value(),
            **{name: edit.text().strip() for name, edit in self.masthead.items()},
        }

    @classmethod
    def ask(cls, values: dict[str, Any], parent: QWidget | None = None) -> dict[str, Any] | None:
        """Show the dialog; the new values, or None when cancelled. Tests replace this."""
        dialog = cls(values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
