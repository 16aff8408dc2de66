"""The preview of an import, before anything is written: the first rows as they will be
stored, how the file's columns are read (any column to any field, or ignored), a value
for all rows of a field the file lacks, the text encoding (found, and changeable), and
every problem and notice row by row."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.participant_import import ImportPlan, RowProblem
from consult_desktop.domain.participants import FIELDS, HEADERS
from consult_desktop.domain.phrases import Label
from consult_desktop.ui import phrases, words
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.participants_model import header_title


def encodings() -> tuple[tuple[str, str], ...]:
    """The encodings offered: (Python's name, label in the window's language)."""
    return (
        ("utf-8", "UTF-8"),
        ("utf-16", QCoreApplication.translate("ImportDialog",
                                              "UTF-16 (Excel's “Unicode text”)")),
        ("cp1252", QCoreApplication.translate("ImportDialog", "Windows-1252 (Western Europe)")),
        ("cp1250", QCoreApplication.translate("ImportDialog", "Windows-1250 (Central Europe)")),
        ("cp1251", QCoreApplication.translate("ImportDialog", "Windows-1251 (Cyrillic)")),
        ("cp1254", QCoreApplication.translate("ImportDialog", "Windows-1254 (Turkish)")),
        ("mac_roman", "Mac Roman"),
    )
DEFAULT_CHOICES = {"category": vocab.PARTICIPANT_CATEGORIES,
                   "status": vocab.PARTICIPANT_STATUSES}
PROBLEM = QColor("#fde2e1")
PROBLEM_CELL = QColor("#f6b3ad")  # the cell a problem names
NOTICE = QColor("#fff4c2")


def outcomes() -> dict[str, str]:
    return {"add": QCoreApplication.translate("ImportDialog", "Add"),
            "update": QCoreApplication.translate("ImportDialog", "Update"),
            "unchanged": QCoreApplication.translate("ImportDialog", "No change"),
            "problem": QCoreApplication.translate("ImportDialog", "Problem")}


class Source(Protocol):
    """The file read once (`interchange.participants_io.Reading`)."""

    @property
    def encoding(self) -> str | None: ...

    def reread(self, encoding: str) -> None: ...

    def plan(self, mapping: dict[int, str] | None = None,
             defaults: dict[str, str] | None = None) -> ImportPlan: ...


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    # A long note or message wraps onto more lines instead of ending in "...".
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # the whole of a cut text
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def summary(plan: ImportPlan) -> str:
    bad = len(plan.invalid_rows)
    parts = [QCoreApplication.translate("ImportDialog", "{n} to add").format(n=len(plan.added)),
             QCoreApplication.translate("ImportDialog", "{n} to update").format(
                 n=len(plan.updated)),
             QCoreApplication.translate("ImportDialog", "{n} unchanged").format(
                 n=len(plan.unchanged))]
    if bad:
        parts.append(QCoreApplication.translate("ImportDialog", "{n} with problems").format(
            n=bad))
    return ", ".join(parts)


def said(problem: RowProblem) -> list[str]:
    """A problem's row, column and message, in the window's language (the column as the
    file names it, or a field's header for a column the file lacks)."""
    return [str(problem.row), phrases.text(problem.column), phrases.text(problem.said)]


def _cell(cells: dict[str, str], name: str) -> str:
    """A previewed cell: a category or a status (its English label, as a file holds it)
    in the window's language, the rest as it will be stored."""
    text = cells.get(name, "")
    return words.text(text) if name in ("category", "status") else text


def encoding_label(code: str | None) -> str:
    if code == "utf-8-sig":
        return QCoreApplication.translate("ImportDialog", "UTF-8 (with a byte-order mark)")
    return dict(encodings()).get(code or "", code or "")


class ImportDialog(QDialog):
    MAX_PROBLEMS = 2000  # more than anyone reads; the count says how many in all

    def __init__(self, path: Path, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.source = source
        self.plan = source.plan()
        self.setWindowTitle(self.tr("Import participants — {file}").format(file=self.path.name))
        fit_to_screen(self, QSize(820, 520))
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        # The encoding: shown for a text file, with the others to choose from.
        self.encoding = QComboBox()
        for code, label in encodings():
            self.encoding.addItem(label, code)
        self.encoding_found = QLabel()
        found = source.encoding
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(
            "utf-8" if found == "utf-8-sig" else found)))
        self.encoding.currentIndexChanged.connect(self._encoding_changed)
        encoding_row = QHBoxLayout()
        encoding_label_widget = QLabel(self.tr("&Encoding:"))
        encoding_label_widget.setBuddy(self.encoding)
        encoding_row.addWidget(encoding_label_widget)
        encoding_row.addWidget(self.encoding)
        encoding_row.addWidget(self.encoding_found, 1)
        self.encoding_box = QWidget()
        self.encoding_box.setLayout(encoding_row)
        encoding_row.setContentsMargins(0, 0, 0, 0)
        self.encoding_box.setVisible(found is not None)

        self.rows = _table([self.tr("Row"), self.tr("Outcome")])
        self.mapping = _table([self.tr("Column in the file"), self.tr("Read as")])
        self.mapping.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.defaults = self._default_editors()
        self.problems = _table([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.notices = _table([self.tr("Row"), self.tr("Column"), self.tr("Notice")])

        columns_page = QWidget()
        columns_layout = QVBoxLayout(columns_page)
        columns_layout.addWidget(self.mapping, 1)
        defaults_label = QLabel(self.tr("<b>Value for rows without one</b> (a field the file"
                                        " lacks or leaves blank):"))
        columns_layout.addWidget(defaults_label)
        form = QFormLayout()
        for name, editor in self.defaults.items():
            form.addRow(header_title(name), editor)
        columns_layout.addLayout(form)
        self.pages = QTabWidget()
        self.pages.addTab(self.rows, self.tr("First rows"))
        self.pages.addTab(columns_page, self.tr("Columns"))
        self.pages.addTab(self.problems, self.tr("Problems"))
        self.pages.addTab(self.notices, self.tr("Notices"))

        self.skip_invalid = QCheckBox()
        self.skip_invalid.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note = QLabel()
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.encoding_box)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._show_plan()
        if self.plan.fatal:
            self.pages.setCurrentIndex(1)  # what to map comes first

    # ----- editors ----------------------------------------------------------------------
    def _default_editors(self) -> dict[str, QWidget]:
        editors: dict[str, QWidget] = {}
        for name, choices in DEFAULT_CHOICES.items():
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), "")
            for code, label in words.choices(choices):
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(self._replan)
            editors[name] = combo
        for name in ("country", "organisation"):
            line = QLineEdit()
            line.setPlaceholderText(self.tr("(none)"))
            line.editingFinished.connect(self._replan)
            editors[name] = line
        return editors

    def default_values(self) -> dict[str, str]:
        values = {}
        for name, editor in self.defaults.items():
            # A choice by its English label, as a file would spell it.
            text = ((vocab.label(DEFAULT_CHOICES[name], editor.currentData())
                     if editor.currentData() else "")
                    if isinstance(editor, QComboBox)
                    else editor.text() if isinstance(editor, QLineEdit) else "")
            if text.strip():
                values[name] = text.strip()
        return values

    def set_default(self, name: str, value: str) -> None:
        """Give a field a value for all rows (the code of a category or status)."""
        editor = self.defaults[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value)
            self._replan()

    def _mapping_combo(self, column: int) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(not imported)"), "")
        for name in FIELDS:
            combo.addItem(header_title(name), name)
        combo.setCurrentIndex(max(0, combo.findData(self.plan.mapping.get(column, ""))))
        combo.currentIndexChanged.connect(lambda _i, c=column: self._map(c))
        return combo

    def map_column(self, column: int, name: str) -> None:
        """Read the file's column as this field ("" for not imported)."""
        combo = self.mapping.cellWidget(column, 1)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(max(0, combo.findData(name)))

    def _map(self, column: int) -> None:
        mapping = dict(self.plan.mapping)
        combo = self.mapping.cellWidget(column, 1)
        name = combo.currentData() if isinstance(combo, QComboBox) else ""
        mapping.pop(column, None)
        if name:
            # A field is read from one column: the one that had it gives it up.
            mapping = {c: n for c, n in mapping.items() if n != name}
            mapping[column] = name
        self._replan_with(mapping)

    def _encoding_changed(self) -> None:
        from consult_desktop.interchange.participants_csv import TableError

        headers = list(self.plan.headers)
        try:
            self.source.reread(self.encoding.currentData())
        except (TableError, OSError) as error:
            self.note.setText(phrases.of_error(error))
            return
        # The user's mapping is kept while the file has as many columns.
        same = len(self.source.plan().headers) == len(headers)
        self._replan_with(dict(self.plan.mapping) if same else None)

    def _replan(self) -> None:
        self._replan_with(dict(self.plan.mapping))

    def _replan_with(self, mapping: dict[int, str] | None) -> None:
        """The plan made again with this mapping (None: as the headers say) and the
        values for all rows."""
        self.plan = self.source.plan(mapping, self.default_values())
        self._show_plan()

    # ----- showing the plan ---------------------------------------------------------------
    def _show_plan(self) -> None:
        plan = self.plan
        self.summary.setText(self.tr("<b>{file}</b>: {summary}.").format(
            file=html.escape(self.path.name), summary=summary(plan)))
        used = self.source.encoding
        if used is not None:
            self.encoding_found.setText(self.tr("read as {encoding}; choose another if names"
                                                " look wrong").format(
                encoding=encoding_label(used)))
        self._show_rows(plan)
        self.mapping.blockSignals(True)
        _fill(self.mapping, [[header, ""] for header in plan.headers])
        for column in range(len(plan.headers)):
            self.mapping.setCellWidget(column, 1, self._mapping_combo(column))
        self.mapping.setColumnWidth(0, max(self.mapping.columnWidth(0), 180))
        self.mapping.blockSignals(False)
        _fill(self.problems, [said(p) for p in plan.problems[:self.MAX_PROBLEMS]])
        _fill(self.notices, [said(n) for n in plan.notices])
        for table in (self.problems, self.notices):
            table.horizontalHeader().setSectionResizeMode(
                2, QHeaderView.ResizeMode.Stretch)  # a long message wraps, not cut
            table.resizeRowsToContents()
        self.pages.setTabText(2, self.tr("Problems ({n})").format(n=len(plan.problems)))
        self.pages.setTabText(3, self.tr("Notices ({n})").format(n=len(plan.notices)))
        self.pages.setTabVisible(3, bool(plan.notices))
        self.skip_invalid.setText(
            self.tr("Import only the valid rows (skip those with problems: {n})").format(
                n=len(plan.invalid_rows)))
        self.skip_invalid.setVisible(bool(plan.invalid_rows) and not plan.fatal)
        self._update()

    def _show_rows(self, plan: ImportPlan) -> None:
        fields = plan.fields()
        self.rows.setColumnCount(2 + len(fields))
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Outcome"),
                                             *(header_title(n) for n in fields)])
        outcome_of = outcomes()
        _fill(self.rows, [[str(s.row), outcome_of[s.outcome], *(_cell(s.cells, n)
                                                              for n in fields)]
                          for s in plan.shown])
        by_row: dict[int, list[RowProblem]] = {}
        for problem in plan.problems:
            by_row.setdefault(problem.row, []).append(problem)
        noticed: dict[int, list[RowProblem]] = {}
        for notice in plan.notices:
            noticed.setdefault(notice.row, []).append(notice)
        field_of: dict[object, str] = {plan.headers[i]: name
                                       for i, name in plan.mapping.items()}
        field_of.update({Label(HEADERS[name]): name for name in plan.defaults})
        for r, shown in enumerate(plan.shown):
            found = by_row.get(shown.row, []) if shown.outcome == "problem" else []
            notes = noticed.get(shown.row, [])
            if not (found or notes):
                continue
            tip = "\n".join(self.tr("{column}: {problem}").format(
                column=phrases.text(p.column), problem=phrases.text(p.said))
                for p in found + notes)
            named = {2 + fields.index(field_of[p.column]) for p in found
                     if field_of.get(p.column) in fields}
            outcome = self.rows.item(r, 1)
            if notes and not found and outcome is not None:
                outcome.setText(self.tr("{outcome} (see Notices)").format(
                    outcome=outcome_of[shown.outcome]))
            for c in range(self.rows.columnCount()):
                item = self.rows.item(r, c)
                if item is not None:
                    colour = PROBLEM_CELL if c in named else PROBLEM if found else NOTICE
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip(tip)
        self.rows.resizeColumnToContents(1)
        for c in range(2, self.rows.columnCount()):
            self.rows.setColumnWidth(c, min(self.rows.columnWidth(c), 220))

    def can_import(self) -> bool:
        if self.plan.fatal:
            return False
        if self.plan.problems and not self.skip_invalid.isChecked():
            return False
        return bool(self.plan.added or self.plan.updated)

    def _update(self) -> None:
        self.import_button.setEnabled(self.can_import())
        if self.plan.fatal:
            missing = ", ".join(phrases.text(p.column) for p in self.plan.problems if p.row <= 1)
            self.note.setText(self.tr("Not yet importable: {missing}. Under Columns, choose"
                                      " the file's column for it, or a value for all rows.")
                              .format(missing=missing))
        elif self.plan.problems and not self.skip_invalid.isChecked():
            self.note.setText(self.tr("Nothing is imported while a row has a problem: correct"
                                      " the file (or its encoding), or import only the valid"
                                      " rows."))
        elif not (self.plan.added or self.plan.updated):
            self.note.setText(self.tr("Nothing to import: everyone is already in the list as"
                                      " is."))
        else:
            self.note.setText(self.tr("The import is one step: Edit > Undo takes it back."))

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, source: Source) -> ImportPlan | None:
        """The import as the user settled it, or None when cancelled. Tests replace this."""
        dialog = cls(path, source, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.plan

