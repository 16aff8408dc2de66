"""File > Restore from backup: the automatic copies listed by date; the dialog gives
the one chosen, and the window restores it into a new file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain.dates import short_timestamp
from consult_desktop.store import backups
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang

if TYPE_CHECKING:
    from consult_desktop.store.backups import Backup

HEADERS = ("Taken", "Plan", "File", "Folder", "Size")


def _size(size: int) -> str:
    """A file's size as the window's language writes it: "12 KB", "1.5 MB" ("1,5 Mo")."""
    locale = QLocale()
    if size < 1024 * 1024:
        return QCoreApplication.translate("RestoreDialog", "{size} KB").format(
            size=locale.toString(round(size / 1024)))
    return QCoreApplication.translate("RestoreDialog", "{size} MB").format(
        size=locale.toString(size / 1024 / 1024, "f", 1))


class RestoreDialog(QDialog):
    """The backups, newest first; the one chosen is restored."""

    def __init__(self, found: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.found = found
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "A copy of each plan is kept before its first change after opening, and every"
            " ten minutes while it changes (the last {keep}). Restoring writes the copy to a"
            " new file of your choice; the copy itself stays as it is.").format(
                keep=backups.KEEP))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(found), len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Plan"), self.tr("File"),
                                              self.tr("Folder"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, backup in enumerate(found):
            cells = (
                short_timestamp(backup.taken.astimezone(), window_lang(), seconds=True),
                backup.title(),
                backup.source.name,
                str(backup.source.parent),
                _size(backup.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == len(HEADERS) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        restore.setText(self.tr("&Restore…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)
        if found:
            self.table.selectRow(0)
        fit_to_screen(self, QSize(820, 420))

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    @classmethod
    def ask(cls, found: list[Backup], parent: QWidget | None = None) -> Backup | None:
        """Show the dialog; the backup chosen, or None. Tests replace this."""
        dialog = cls(found, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
