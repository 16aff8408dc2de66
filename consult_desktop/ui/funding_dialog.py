"""The plan's funding sources in a small dialog: name, kind and PSC rate."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import budget_input, vocab
from consult_desktop.services.budget import SourceRow
from consult_desktop.ui import phrases, words
from consult_desktop.ui.fit import fit_to_screen

Source = dict[str, Any]  # id (None when new), name, kind, psc_rate
NAME, KIND, RATE, USED = range(4)
DEFAULT_RATES = {"extrabudgetary": Decimal("0.13")}


def percent(rate: Decimal) -> str:
    text = f"{rate * 100:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class FundingSourcesDialog(QDialog):
    def __init__(self, sources: list[SourceRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funding sources"))
        self.setMinimumWidth(560)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"),
                                              self.tr("PSC rate (%)"), self.tr("Lines")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.ids: list[int | None] = []
        for source in sources:
            self.add_row(source.id, source.name, source.kind, source.psc_rate, source.lines)
        add = QPushButton(self.tr("&Add source"))
        add.clicked.connect(lambda: self.add_row(None, "", "extrabudgetary",
                                                 DEFAULT_RATES["extrabudgetary"], 0))
        remove = QPushButton(self.tr("&Remove source"))
        remove.clicked.connect(self.remove_current)
        self.message = QLabel(self.tr(
            "Programme support costs are charged at each line's source rate: 13% is usual"
            " for extrabudgetary funds, 0 for the regular budget and existing resources."))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(NAME, 200)
        # Every column in sight, however long its heading or kinds are in the language.
        columns = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        self.setMinimumWidth(max(560, columns + 40))
        fit_to_screen(self)

    def add_row(self, source_id: int | None, name: str, kind: str, rate: Decimal,
                lines: int) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.ids.append(source_id)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        combo = QComboBox()
        for code, label in words.choices(vocab.FUNDING_KINDS):
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.table.setCellWidget(row, KIND, combo)
        self.table.setItem(row, RATE, QTableWidgetItem(percent(rate)))
        used = QTableWidgetItem(str(lines))
        used.setFlags(used.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, USED, used)
        self.table.setCurrentCell(row, NAME)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.ids[row]

    def values(self) -> list[Source]:
        """The sources as edited; ValueError saying which row is wrong and why."""
        result: list[Source] = []
        for row in range(self.table.rowCount()):
            name_item, rate_item = self.table.item(row, NAME), self.table.item(row, RATE)
            name = name_item.text().strip() if name_item else ""
            if not name:
                raise ValueError(self.tr("Row {row}: a name is required").format(row=row + 1))
            if len(name) > 200:
                raise ValueError(self.tr("Row {row}: the name is longer than 200 characters")
                                 .format(row=row + 1))
            if any(other["name"].casefold() == name.casefold() for other in result):
                raise ValueError(self.tr("Row {row}: another source is called {name}").format(
                    row=row + 1, name=repr(name)))
            try:
                rate = budget_input.parse_rate_percent(rate_item.text() if rate_item else "")
            except ValueError as error:
                raise ValueError(self.tr("Row {row}: {error}").format(
                    row=row + 1, error=phrases.of_error(error))) from None
            combo = self.table.cellWidget(row, KIND)
            kind = combo.currentData() if isinstance(combo, QComboBox) else "other"
            result.append({"id": self.ids[row], "name": name, "kind": kind, "psc_rate": rate})
        return result

    def accept(self) -> None:
        try:
            self.values()
        except ValueError as error:
            self.message.setText(self.tr("<b>Not saved.</b> {error}.").format(error=error))
            return
        super().accept()

    @classmethod
    def ask(cls, sources: list[SourceRow], parent: QWidget | None = None) -> list[Source] | None:
        """Show the dialog; the sources as edited, or None when cancelled. Tests replace
        this."""
        dialog = cls(sources, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
