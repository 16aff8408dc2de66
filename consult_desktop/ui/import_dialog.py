"""The preview of an import: how the file's columns are read, what would change, and
every problem row by row, before anything is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain.participant_import import ImportPlan
from consult_desktop.domain.participants import HEADERS
from consult_desktop.ui.fit import fit_to_screen


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def summary(plan: ImportPlan) -> str:
    bad = len(plan.invalid_rows)
    parts = [f"{len(plan.added)} to add", f"{len(plan.updated)} to update",
             f"{len(plan.unchanged)} unchanged"]
    if bad:
        parts.append(f"{bad} with problems")
    return ", ".join(parts)


class ImportDialog(QDialog):
    MAX_PROBLEMS = 2000  # more than anyone reads; the count says how many in all

    def __init__(self, path: Path, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(f"Import participants — {Path(path).name}")
        fit_to_screen(self, QSize(760, 560))
        self.summary = QLabel(f"<b>{Path(path).name}</b>: {summary(plan)}.")
        mapping_rows = [[header, HEADERS[plan.mapping[i]] if i in plan.mapping
                         else "(not imported)"] for i, header in enumerate(plan.headers)]
        self.mapping = _table(["Column in the file", "Read as"], mapping_rows)
        problem_rows = [[str(p.row), p.column, p.message]
                        for p in plan.problems[:self.MAX_PROBLEMS]]
        self.problems = _table(["Row", "Column", "Problem"], problem_rows)
        self.skip_invalid = QCheckBox(
            f"Import only the valid rows (skip the {len(plan.invalid_rows)} with problems)")
        self.skip_invalid.setVisible(bool(plan.invalid_rows) and not plan.fatal)
        self.skip_invalid.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel()
        self.note.setWordWrap(True)

        mapping_box = QGroupBox("Columns")
        QVBoxLayout(mapping_box).addWidget(self.mapping)
        problems_box = QGroupBox(f"Problems ({len(plan.problems)})")
        QVBoxLayout(problems_box).addWidget(self.problems)
        problems_box.setVisible(bool(plan.problems))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(mapping_box, 1)
        layout.addWidget(problems_box, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._update()

    def can_import(self) -> bool:
        if self.plan.fatal:
            return False
        if self.plan.problems and not self.skip_invalid.isChecked():
            return False
        return bool(self.plan.added or self.plan.updated)

    def _update(self) -> None:
        self.import_button.setEnabled(self.can_import())
        if self.plan.fatal:
            self.note.setText("The file cannot be imported: a required column is missing.")
        elif self.plan.problems and not self.skip_invalid.isChecked():
            self.note.setText("Nothing is imported while a row has a problem: correct the "
                              "file, or import only the valid rows.")
        elif not (self.plan.added or self.plan.updated):
            self.note.setText("Nothing to import: everyone is already in the list as is.")
        else:
            self.note.setText("The import is one step: Edit > Undo takes it back.")

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, plan: ImportPlan) -> bool | None:
        """None when cancelled, else whether to skip the invalid rows. Tests replace this."""
        dialog = cls(path, plan, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.skip_invalid.isChecked()
