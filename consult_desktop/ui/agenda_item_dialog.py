"""The dialog that edits one agenda item (its number is given by its place)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QDate, QSize, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.agenda import Item, Person, label
from consult_desktop.ui import words
from consult_desktop.ui.date_edits import DateEdit, TimeEdit
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.language import window_lang

MINUTES_A_DAY = 24 * 60


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class AgendaItemDialog(QDialog):
    def __init__(self, item: Item, people: Sequence[Person], parents: Sequence[Item],
                 rooms: Sequence[str], parent: QWidget | None = None,
                 first_day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Agenda item {number}").format(number=item.number).strip())
        form = QFormLayout(self)
        self.title = QLineEdit(item.title)
        self.kind = QComboBox()
        for code, text in words.choices(vocab.AGENDA_KINDS):
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(item.kind)))
        self.part_of = QComboBox()
        self.part_of.addItem(self.tr("(a main item)"), None)
        for candidate in parents:
            if candidate.id != item.id:
                self.part_of.addItem(label(candidate), candidate.id)
        self.part_of.setCurrentIndex(max(0, self.part_of.findData(item.parent_id)))
        self.scheduled = QCheckBox(self.tr("on"))
        self.day = DateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMMM yyyy")
        # An item not yet on a day offers the meeting's first day, where it most
        # likely goes, not today's date months before the meeting.
        day = item.day or first_day or dt.date.today()
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.timed = QCheckBox(self.tr("from"))
        self.start = TimeEdit(_qtime(item.start or dt.time(9, 0)))
        self.end = TimeEdit(_qtime(item.end or item.start or dt.time(9, 30)))
        self.duration = QSpinBox()
        self.duration.setRange(0, MINUTES_A_DAY - 1)
        self.duration.setSuffix(self.tr(" min"))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.room = QComboBox()
        self.room.setEditable(True)
        self.room.addItems(sorted(set(rooms)))
        self.room.setCurrentText(item.room)
        self.chair = QComboBox()
        self.chair.addItem(self.tr("(none)"), None)
        self.speakers = QListWidget()
        self.speakers.setMaximumHeight(110)
        for person in people:
            text = person.titled.write(window_lang()) + (
                self.tr(" (declined)") if person.status == "declined" else "")
            self.chair.addItem(text, person.id)
            entry = QListWidgetItem(text, self.speakers)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setCheckState(Qt.CheckState.Checked if person.id in item.speaker_ids
                                else Qt.CheckState.Unchecked)
        self.chair.setCurrentIndex(max(0, self.chair.findData(item.chair_id)))
        self.annotation = QPlainTextEdit(item.annotation)
        self.documents = QPlainTextEdit(item.documents)
        self.documents.setPlaceholderText(self.tr("One symbol a line, e.g. ECE/EX/2017/L.8"))
        self.notes = QPlainTextEdit(item.notes)
        for text_edit in (self.documents, self.notes):
            text_edit.setMaximumHeight(60)

        when = QHBoxLayout()
        for widget in (self.scheduled, self.day, self.timed, self.start, QLabel(self.tr("to")),
                       self.end, self.duration):
            when.addWidget(widget)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Part of"), self.part_of)
        when_label = QLabel(self.tr("&When"))
        when_label.setBuddy(self.scheduled)
        form.addRow(when_label, when)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("C&hair"), self.chair)
        form.addRow(self.tr("&Speakers"), self.speakers)
        form.addRow(self.tr("&Annotation"), self.annotation)
        form.addRow(self.tr("&Documents"), self.documents)
        form.addRow(self.tr("&Notes"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

        self.scheduled.toggled.connect(self._enable)
        self.timed.toggled.connect(self._enable)
        self.start.timeChanged.connect(self._end_from_duration)
        self.duration.valueChanged.connect(self._end_from_duration)
        self.end.timeChanged.connect(self._duration_from_end)
        self.title.textChanged.connect(self._enable)
        self.scheduled.setChecked(item.day is not None)
        self.timed.setChecked(item.start is not None)
        self._duration_from_end()
        self._enable()
        fit_to_screen(self, QSize(640, 640))

    def _enable(self) -> None:
        on_day = self.scheduled.isChecked()
        self.day.setEnabled(on_day)
        self.timed.setEnabled(on_day)
        timed = on_day and self.timed.isChecked()
        for widget in (self.start, self.end, self.duration):
            widget.setEnabled(timed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title.text().strip()))

    def _end_from_duration(self) -> None:
        self.end.blockSignals(True)
        self.end.setTime(self.start.time().addSecs(self.duration.value() * 60))
        self.end.blockSignals(False)

    def _duration_from_end(self) -> None:
        minutes = self.start.time().secsTo(self.end.time()) // 60 % MINUTES_A_DAY
        self.duration.blockSignals(True)
        self.duration.setValue(minutes)
        self.duration.blockSignals(False)

    def value(self) -> Item:
        on_day = self.scheduled.isChecked()
        timed = on_day and self.timed.isChecked()
        qdate = self.day.date()
        speakers = tuple(
            int(self.speakers.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.speakers.count())
            if self.speakers.item(n).checkState() == Qt.CheckState.Checked
        )
        return replace(
            self.item,
            title=self.title.text().strip(),
            kind=str(self.kind.currentData()),
            parent_id=self.part_of.currentData(),
            day=dt.date(qdate.year(), qdate.month(), qdate.day()) if on_day else None,
            start=_time(self.start.time()) if timed else None,
            end=_time(self.end.time()) if timed else None,
            room=self.room.currentText().strip(),
            chair_id=self.chair.currentData(),
            speaker_ids=speakers,
            annotation=self.annotation.toPlainText().strip(),
            documents="\n".join(line.strip() for line in self.documents.toPlainText()
                                .splitlines() if line.strip()),
            notes=self.notes.toPlainText().strip(),
        )

    @classmethod
    def ask(cls, item: Item, people: Sequence[Person], parents: Sequence[Item],
            rooms: Sequence[str], parent: QWidget | None = None,
            first_day: dt.date | None = None) -> Item | None:
        dialog = cls(item, people, parents, rooms, parent, first_day)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
