"""Two people changed the same row: keep mine, take theirs, or cancel.

On a plan shared on a server, an edit names the version of each row it read; when
someone else saved a change to one of them meanwhile, nothing is written and this
dialog shows, field by field, what the person was saving beside what is stored now.
"Keep mine" writes the person's values over the others' (after they have seen them);
"Take theirs" drops the edit and shows the stored rows; "Cancel" writes nothing. The
person's values stay in the dialog until it closes, selectable, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.dates import short_date
from consult_desktop.domain.participants import HEADERS
from consult_desktop.services.edits import Conflicted
from consult_desktop.ui import words
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.participants_model import header_title

KEEP_MINE, TAKE_THEIRS = "mine", "theirs"
# Stored codes shown by their labels.
_CHOICES = {"status": vocab.PARTICIPANT_STATUSES, "category": vocab.PARTICIPANT_CATEGORIES}
_NAMED_BY = (("given_name", "family_name"), ("title",), ("label",), ("name",),
             ("description",), ("heading",))


def field_label(name: str) -> str:
    if name in HEADERS:
        return header_title(name)
    return HEADERS.get(name) or name.replace("_", " ").capitalize()


def shown(name: str, value: Any) -> str:
    """A stored value as the person reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("ConflictDialog", "Yes") if value else \
            QCoreApplication.translate("ConflictDialog", "No")
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, dt.datetime):
        return f"{short_date(value.date(), window_lang())} {value:%H:%M}"
    if isinstance(value, dt.date):
        return short_date(value, window_lang())
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    if name in _CHOICES:
        return words.label(_CHOICES[name], str(value))
    return str(value)


def row_name(row_id: int, row: dict[str, Any] | None, mine: dict[str, Any]) -> str:
    """What the person calls the row: a participant's name, an item's title, else its
    number."""
    for source in (row or {}, mine):
        for names in _NAMED_BY:
            words = [str(source[n]) for n in names if source.get(n)]
            if words:
                return " ".join(words)
    return QCoreApplication.translate("ConflictDialog", "No. {number}").format(number=row_id)


def differences(conflict: Conflicted) -> list[tuple[str, str, str, str]]:
    """(row, field, mine, theirs) for every field the two differ in; a deleted row is
    one line saying so; a deletion of a changed row, one line a row."""
    lines: list[tuple[str, str, str, str]] = []
    for row_id, theirs in conflict.theirs.items():
        mine = conflict.mine_of(row_id)
        name = row_name(row_id, theirs, mine)
        if theirs is None:
            lines.append((name, "", QCoreApplication.translate("ConflictDialog", "your change"),
                          QCoreApplication.translate("ConflictDialog",
                                                     "deleted by someone else")))
            continue
        if not mine:
            lines.append((name, "", QCoreApplication.translate("ConflictDialog", "deleted"),
                          QCoreApplication.translate("ConflictDialog",
                                                     "changed by someone else")))
            continue
        for field, value in mine.items():
            if shown(field, value) != shown(field, theirs.get(field)):
                lines.append((name, field_label(field), shown(field, value),
                              shown(field, theirs.get(field))))
    return lines


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflicted, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed this meanwhile"))
        self.conflict = conflict
        self.choice: str | None = None
        count = len(conflict.theirs)
        intro = QLabel(self.tr("Someone else saved a change to %n of these rows after you read"
                               " it. Nothing of yours has been saved yet and nothing of"
                               " theirs overwritten. Choose which values to keep.", None,
                               count))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Yours"),
                                              self.tr("Theirs now")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        lines = differences(conflict)
        bold = QFont(self.font())
        bold.setBold(True)
        for line in lines:
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setFont(bold)
                self.table.setItem(at, column, item)
        self.same = QLabel(self.tr("Your values and theirs are the same."))
        self.same.setVisible(not lines)
        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(self.tr("&Keep mine"))
        self.mine_button.setToolTip(self.tr("Save your values over theirs"))
        self.theirs_button = QPushButton(self.tr("&Take theirs"))
        self.theirs_button.setToolTip(self.tr("Drop your change and show theirs"))
        # Nothing to write over when every row is gone and the edit changes them.
        gone = all(row is None for row in conflict.theirs.values())
        self.mine_button.setEnabled(not (gone and any(conflict.mine_of(row_id)
                                                      for row_id in conflict.theirs)))
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.mine_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.same)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(640, 280))
        self.theirs_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, conflict: Conflicted) -> str | None:
        """"mine", "theirs", or None (cancel). Tests replace this."""
        dialog = cls(conflict, parent)
        dialog.exec()
        return dialog.choice
