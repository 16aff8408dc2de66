"""One document of the list (issue 22): its symbol, title, type, agenda item, author,
length, the languages required and available, its own submission deadline (unticked:
the deadline rules'), and its status with the date of each step."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain import document_list as lists
from consult_desktop.domain import vocab
from consult_desktop.domain.dates import long_date
from consult_desktop.ui import words
from consult_desktop.ui.language import window_lang
from consult_desktop.ui.plan_details import DateField


class Languages(QWidget):
    """Three boxes, E F R."""

    def __init__(self, letters: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {}
        for letter in lists.LETTERS:
            box = QCheckBox(letter)
            box.setChecked(letter in letters)
            box.setToolTip(lists.LANGUAGE_NAMES[letter])
            layout.addWidget(box)
            self.boxes[letter] = box
        layout.addStretch(1)

    def value(self) -> str:
        return "".join(letter for letter, box in self.boxes.items() if box.isChecked())


class DocumentEntryDialog(QDialog):
    """`values()` gives what services/document_list.py stores for the entry."""

    def __init__(self, entry: lists.Entry | None, rule_deadline: dt.date | None,
                 near: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        printed = entry is not None and entry.kind is not None
        self.setWindowTitle(self.tr("Document") if entry else self.tr("New document"))
        self.symbol = QLineEdit(entry.symbol if entry else "")
        self.title_edit = QLineEdit(entry.title if entry else "")
        self.doc_type = QComboBox()
        for code, label in words.choices(vocab.DOCUMENT_TYPES):
            self.doc_type.addItem(label, code)
        self.doc_type.setCurrentIndex(self.doc_type.findData(
            entry.doc_type if entry else "official"))
        self.item = QLineEdit(entry.agenda_item if entry else "")
        self.item.setPlaceholderText(self.tr("e.g. 3 (a)"))
        self.author = QLineEdit(entry.author if entry else "")
        self.words = QSpinBox()
        self.words.setRange(0, 1_000_000)
        self.words.setSingleStep(100)
        self.words.setSpecialValueText(self.tr("not known"))
        self.words.setValue(entry.words or 0 if entry else 0)
        self.languages = Languages(entry.languages if entry else lists.LETTERS)
        self.available = Languages(entry.available if entry else "")
        own = entry.deadline if entry is not None and entry.deadline_set else None
        self.deadline = DateField(own, near=rule_deadline or near)
        rule = long_date(rule_deadline, window_lang()) if rule_deadline \
            else self.tr("none (no meeting days)")
        self.rule = QLabel(self.tr("Unticked: the deadline rules' date, ") + rule)
        self.rule.setStyleSheet("color: #666")
        self.status = QComboBox()
        for code, label in words.choices(vocab.DOCUMENT_STATUSES):
            self.status.addItem(label, code)
        self.status.setCurrentIndex(self.status.findData(entry.status if entry else "drafting"))
        self.dates = {name: DateField(getattr(entry, name) if entry else None, near=near)
                      for name in lists.DATED}
        form = QFormLayout()
        form.addRow(self.tr("&Symbol"), self.symbol)
        form.addRow(self.tr("&Title"), self.title_edit)
        if printed:
            self.title_edit.setPlaceholderText(self.tr("empty: the document's own title"))
        form.addRow(self.tr("T&ype"), self.doc_type)
        form.addRow(self.tr("Agenda &item"), self.item)
        form.addRow(self.tr("&Author or unit"), self.author)
        form.addRow(self.tr("&Words"), self.words)
        form.addRow(self.tr("Languages &required"), self.languages)
        form.addRow(self.tr("Languages a&vailable"), self.available)
        form.addRow(self.tr("Submission &deadline"), self.deadline)
        form.addRow("", self.rule)
        form.addRow(self.tr("Stat&us"), self.status)
        for name, label in zip(lists.DATED, (self.tr("Submitted on"), self.tr("Edited on"),
                                             self.tr("Translated on"), self.tr("Issued on")),
                               strict=True):
            form.addRow(label, self.dates[name])
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "symbol": self.symbol.text().strip(), "title": self.title_edit.text().strip(),
            "doc_type": self.doc_type.currentData(), "agenda_item": self.item.text().strip(),
            "author": self.author.text().strip(), "words": self.words.value() or None,
            "languages": self.languages.value(), "available": self.available.value(),
            "deadline": self.deadline.value(), "status": self.status.currentData()}
        values |= {name: field.value() for name, field in self.dates.items()}
        return values

    def accept(self) -> None:
        printed = self.entry is not None and self.entry.kind is not None
        if not printed and not self.title_edit.text().strip():
            self.problem.setText(self.tr("Every document needs a title."))
            return
        super().accept()

    @classmethod
    def ask(cls, entry: lists.Entry | None, rule_deadline: dt.date | None,
            near: dt.date | None, parent: QWidget | None) -> dict[str, Any] | None:
        """The values typed, or None when cancelled. Tests replace this."""
        dialog = cls(entry, rule_deadline, near, parent)
        return dialog.values() if dialog.exec() else None
