"""The dialogs of the timeline: one milestone, and the plan's deadline rules."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import long_date
from consult_desktop.domain.milestones import Fields, problems
from consult_desktop.ui import words
from consult_desktop.ui.count_box import CountBox
from consult_desktop.ui.date_edits import DateEdit
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.plan_details import DateField

Ok = QDialogButtonBox.StandardButton.Ok
Cancel = QDialogButtonBox.StandardButton.Cancel


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class MilestoneDialog(QDialog):
    def __init__(self, values: Fields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Milestone"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.title = QLineEdit(values.title)
        self.kind = QComboBox()
        for code, label in words.choices(vocab.MILESTONE_KINDS):
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.kind)))
        self.date = DateEdit(to_qdate(values.date))
        self.end_date = DateField(values.end_date, near=values.date)
        self.done_box = QCheckBox(self.tr("&Done"))
        self.done_box.setChecked(values.done)
        self.notes = QPlainTextEdit(values.notes)
        self.notes.setFixedHeight(70)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        for label, widget in ((self.tr("&Title"), self.title), (self.tr("&Kind"), self.kind),
                              (self.tr("D&ate"), self.date),
                              (self.tr("&Ends (for a meeting)"), self.end_date),
                              ("", self.done_box), (self.tr("&Notes"), self.notes),
                              ("", self.problem)):
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(Ok | Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for signal in (self.title.textChanged, self.date.dateChanged,
                       self.end_date.edit.dateChanged, self.end_date.enabled.toggled):
            signal.connect(self._validate)
        self._validate()
        fit_to_screen(self)

    def _validate(self) -> None:
        values = self.values()
        found = problems(values)  # the rule the edit itself is held to
        problem = self._said(values, found[0]) if found else ""
        self.problem.setText(problem)
        self.buttons.button(Ok).setEnabled(not problem)

    def _said(self, values: Fields, found: str) -> str:
        """The domain's problem in the window's language."""
        if not values.title:
            return self.tr("The milestone needs a title.")
        if values.end_date is not None and values.end_date < values.date:
            lang = window_lang()
            return self.tr("It ends ({end}) before it starts ({start}).").format(
                end=long_date(values.end_date, lang), start=long_date(values.date, lang))
        return f"{found[0].upper()}{found[1:]}."

    def values(self) -> Fields:
        return Fields(title=self.title.text().strip(), kind=self.kind.currentData(),
                      date=from_qdate(self.date.date()), end_date=self.end_date.value(),
                      done=self.done_box.isChecked(), notes=self.notes.toPlainText().strip())

    @classmethod
    def ask(cls, values: Fields, parent: QWidget | None = None) -> Fields | None:
        """Show the dialog; the new values, or None when cancelled. Tests replace this."""
        dialog = cls(values, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RulesDialog(QDialog):
    """The plan's deadline rules: a title and how many weeks before the first day."""

    def __init__(self, rules: list[tuple[str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deadline rules"))
        self.setMinimumSize(460, 280)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Deadline"),
                                              self.tr("Weeks before the meeting")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(  # its heading whole
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for title, weeks in rules:
            self.add_rule(title, weeks)
        add = QPushButton(self.tr("&Add rule"))
        add.clicked.connect(lambda: self.add_rule(self.tr("New deadline"), 4))
        remove = QPushButton(self.tr("&Remove rule"))
        remove.clicked.connect(self.remove_rule)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        buttons = QDialogButtonBox(Ok | Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each rule suggests a deadline counted back from the"
                                        " meeting's first day.")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        fit_to_screen(self)

    def add_rule(self, title: str, weeks: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(title))
        spin = CountBox(104, CountBox.WEEKS)
        spin.setValue(weeks)
        self.table.setCellWidget(row, 1, spin)

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rules(self) -> list[tuple[str, int]]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            spin = self.table.cellWidget(row, 1)
            title = item.text().strip() if item is not None else ""
            if title and isinstance(spin, QSpinBox):
                found.append((title, spin.value()))
        return found

    @classmethod
    def ask(cls, rules: list[tuple[str, int]],
            parent: QWidget | None = None) -> list[tuple[str, int]] | None:
        """Show the dialog; the rules kept, or None when cancelled. Tests replace this."""
        dialog = cls(rules, parent)
        return dialog.rules() if dialog.exec() == QDialog.DialogCode.Accepted else None
