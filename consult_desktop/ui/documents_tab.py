"""Documents tab (issue 22): every document of the session, those the program prints
and those written elsewhere, with its symbol, title, type, agenda item, author, length,
languages required and available, submission deadline (grey: the deadline rules',
red: passed while it is still being drafted) and status with its date.

Insert adds a document written elsewhere, Return edits the one chosen, Delete removes
one written elsewhere (a printed document stays: it is the program's); Import reads a
table of documents, all rows or none. Each is one undoable edit.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import document_list as lists
from consult_desktop.domain import vocab
from consult_desktop.domain.dates import short_date
from consult_desktop.services import document_list as service
from consult_desktop.services.edits import Topic
from consult_desktop.ui import phrases, words
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.plan_tab import PlanTab
from consult_desktop.ui.row_model import Index, RowModel

GREY = QColor("#777")
LATE = QColor("#c62828")
NARROW = 130  # pixels: the widest the type and author columns open at


class DocumentsModel(RowModel[lists.Entry]):
    """The list's rows; a printed document without a row yet has no id: its position
    in the kinds' order stands in (negative, never a row's)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()
        self.headers = [self.tr("Symbol"), self.tr("Title"), self.tr("Type"),
                        self.tr("Item"), self.tr("Author or unit"), self.tr("Words"),
                        self.tr("Languages"), self.tr("Available"), self.tr("Deadline"),
                        self.tr("Status")]

    def key(self, row: lists.Entry) -> int:
        if row.id is not None:
            return row.id
        return -1 - vocab.codes(vocab.DOCUMENT_KINDS).index(row.kind or "")

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def cell(self, row: int, column: int, role: int) -> Any:
        entry = self.rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 8:
            if self.late(entry):
                return LATE
            return None if entry.deadline_set else GREY
        if role == Qt.ItemDataRole.FontRole and column == 1 and entry.kind is not None:
            font = QFont()
            font.setItalic(True)  # printed by the program
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 8:
            if self.late(entry):
                return self.tr("Past its submission deadline and not submitted")
            return None if entry.deadline_set else self.tr("From the deadline rules")
        return None

    def late(self, entry: lists.Entry) -> bool:
        return entry.status == "drafting" and entry.deadline is not None \
            and entry.deadline < self.today

    @staticmethod
    def text(entry: lists.Entry, column: int) -> str:
        when = entry.status_date()
        values = (
            entry.symbol,
            words.text(entry.title) if entry.kind is not None else entry.title,  # printed
            words.label(vocab.DOCUMENT_TYPES, entry.doc_type),
            entry.agenda_item, entry.author,
            QLocale().toString(entry.words) if entry.words is not None else "",
            lists.language_list(entry.languages), lists.language_list(entry.available),
            short_date(entry.deadline, window_lang()) if entry.deadline else "",
            words.label(vocab.DOCUMENT_STATUSES, entry.status)
            + (f", {short_date(when, window_lang())}" if when else ""))
        return values[column]


class DocumentsTab(PlanTab):
    title = "Do&cuments"
    topics = frozenset({Topic.DOCUMENTS, Topic.OPTIONS, Topic.PLAN, Topic.TIMELINE,
                        Topic.AGENDA})

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = DocumentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_document())
        self.toolbar = QToolBar()
        self.add_action = self.make_action(self.tr("&Add document"), "Insert",
                                           self.add_document)
        self.edit_action = self.make_action(self.tr("&Edit"), "Return", self.edit_document,
                                            within=self.table)
        self.delete_action = self.make_action(self.tr("&Delete"), "Delete",
                                              self.delete_document, within=self.table)
        self.import_action = self.make_action(self.tr("&Import…"), None, self.import_table)
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.import_action)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.reload()

    # ----- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        chosen = self.current()
        found = service.entries(self.context.plan_file)
        self.model.today = dt.date.today()
        self.model.set_rows(found)
        self.table.resizeColumnsToContents()
        for column in (2, 4):  # the type and the author give way to the title
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), NARROW))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        late = sum(self.model.late(entry) for entry in found)
        text = self.tr("%Ln document(s)", None, len(found))
        if late:
            text += " — " + self.tr("%Ln document(s) past the submission deadline and not"
                                    " submitted", None, late)
        self.summary.setText(text)
        if chosen is not None:
            row = self.model.row_of(self.model.key(chosen))
            if row >= 0:
                self.table.selectRow(row)
        self._update_actions()

    def current(self) -> lists.Entry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.rows[index.row()]

    def _update_actions(self) -> None:
        entry = self.current()
        writable = not self.context.plan_file.read_only
        self.add_action.setEnabled(writable)
        self.import_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and entry is not None)
        self.delete_action.setEnabled(writable and entry is not None and entry.kind is None)

    def _rule_deadline(self, doc_type: str) -> dt.date | None:
        from consult_desktop.services import timeline

        found = timeline.load(self.context.plan_file)
        return lists.default_deadline(doc_type, found.meeting_start,
                                      [weeks for _title, weeks in
                                       timeline.rules(self.context.plan_file)])

    # ----- editing ---------------------------------------------------------------------
    def add_document(self) -> None:
        from consult_desktop.ui.document_entry_dialog import DocumentEntryDialog

        values = DocumentEntryDialog.ask(None, self._rule_deadline("official"), None, self)
        if values is not None:
            self.context.run(service.ChangeDocumentList(
                self.tr("Add document “{name}”").format(name=values["title"]),
                added=[values]))

    def edit_document(self) -> None:
        from consult_desktop.ui.document_entry_dialog import DocumentEntryDialog

        entry = self.current()
        if entry is None:
            return
        values = DocumentEntryDialog.ask(entry, self._rule_deadline(entry.doc_type), None,
                                         self)
        if values is None:
            return
        old = service.values_of(entry)
        if entry.kind is not None and values["title"] == entry.title:
            values["title"] = old["title"] = ""  # the printed document keeps its own title
        self.context.run(service.ChangeDocumentList(
            self.tr("Edit document “{name}”").format(
                name=entry.symbol or DocumentsModel.text(entry, 1)),
            updated=[(service.target_of(entry), old, values)]))

    def delete_document(self) -> None:
        entry = self.current()
        if entry is None or entry.kind is not None or entry.id is None:
            return
        self.context.run(service.ChangeDocumentList(
            self.tr("Delete document “{name}”").format(name=entry.symbol or entry.title),
            removed=[(entry.id, service.values_of(entry))]))

    def ask_import_path(self) -> Path | None:
        """The table to import. Tests replace this."""
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import documents"), "",
            self.tr("Tables (*.csv *.tsv *.xlsx *.xlsm);;All files (*)"))
        return Path(name) if name else None

    def import_table(self) -> None:
        from consult_desktop.interchange.participants_csv import TableError

        path = self.ask_import_path()
        if path is None:
            return
        try:
            edit, outcome = service.read_file(self.context.plan_file, path)
        except (TableError, OSError) as error:
            self.context.failed.emit(phrases.of_error(error))
            return
        if edit is None or not outcome.written:
            shown = "\n".join(phrases.text(problem) for problem in outcome.problems[:20])
            self.context.failed.emit(self.tr("Nothing imported:") + "\n" + shown
                                     if shown else self.tr("The table holds no documents."))
            return
        self.context.run(edit)
