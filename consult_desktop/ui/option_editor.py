"""The editor of one option: its fields, checked and handed on when one is finished."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from consult_desktop.domain import vocab
from consult_desktop.domain.options import EDITED
from consult_desktop.services.options import OptionRow
from consult_desktop.ui import words
from consult_desktop.ui.count_box import CountBox
from consult_desktop.ui.plan_details import DateField


class TextBox(QPlainTextEdit):
    """Several lines of text; `finished` when it loses the focus."""

    finished = Signal()

    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


def _combo(choices: vocab.Choices) -> QComboBox:
    combo = QComboBox()
    # As wide as the form gives it, not as its longest choice (a Russian format is
    # long): the editor then fits beside the list. The open list shows choices whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    for code, label in words.choices(choices):
        combo.addItem(label, code)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    return combo


class OptionEditor(QWidget):
    """`edited` fires when a field is finished; `values()` are then the new fields."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.label = QLineEdit()
        self.label.setMaxLength(10)
        self.label.setMaximumWidth(80)
        self.title = QLineEdit()
        self.title.setMaxLength(500)
        self.format = _combo(vocab.OPTION_FORMATS)
        self.status = _combo(vocab.OPTION_STATUSES)
        self.description = TextBox(3)
        self.proposed_start = DateField(None)
        self.proposed_end = DateField(None)
        self.days = CountBox(365, CountBox.DAYS, unset=self.tr("not set"))
        self.venue = QLineEdit()
        self.venue.setMaxLength(300)
        self.expected_participants = CountBox(100_000, CountBox.PARTICIPANTS,
                                              unset=self.tr("not set"))
        self.resources_needed = TextBox(3)
        self.benefits = TextBox(2)
        self.risks = TextBox(3)
        self.decision = TextBox(2)
        self.decision_date = DateField(None)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("&Label"), self.label), (self.tr("T&itle"), self.title),
            (self.tr("For&mat"), self.format), (self.tr("&Description"), self.description),
            (self.tr("P&roposed start"), self.proposed_start),
            (self.tr("Proposed end"), self.proposed_end), (self.tr("Duration"), self.days),
            (self.tr("&Venue"), self.venue),
            (self.tr("E&xpected participants"), self.expected_participants),
            (self.tr("Resources needed"), self.resources_needed),
            (self.tr("Benefits"), self.benefits), (self.tr("Ris&ks"), self.risks),
            (self.tr("Stat&us"), self.status), (self.tr("Decisio&n"), self.decision),
            (self.tr("Decision date"), self.decision_date),
        ):
            form.addRow(text, widget)
        for line in (self.label, self.title, self.venue):
            line.editingFinished.connect(self._finished)
        for box in (self.days, self.expected_participants):
            box.editingFinished.connect(self._finished)
        for combo in (self.format, self.status):
            combo.activated.connect(self._finished)
        for text_box in (self.description, self.resources_needed, self.benefits, self.risks,
                         self.decision):
            text_box.finished.connect(self._finished)
        for date in (self.proposed_start, self.proposed_end, self.decision_date):
            date.enabled.toggled.connect(self._finished)
            date.edit.editingFinished.connect(self._finished)
        self.plan_dates: tuple[Any, Any] = (None, None)
        # The option shown, each field's value as read from the plan, and as its widget
        # then gave it: a field whose widget now differs is being typed in, and keeps
        # what was typed when someone else's change arrives; its edit then names what
        # was read, so that their change is not overwritten unseen.
        self.option_id: int | None = None
        self.read: dict[str, Any] = {}
        self._shown: dict[str, Any] = {}
        self.setEnabled(False)

    def show_read_only(self) -> None:
        """A plan that may only be read: the fields show, selectable, and take nothing."""
        for name in EDITED:
            widget = getattr(self, name)
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)

    def follow_plan(self, start: Any, end: Any) -> None:
        """The plan's meeting dates: an empty date field, once ticked, starts from them
        (and its calendar opens on the plan's month), not from today."""
        self.plan_dates = (start, end or start)

    def _finished(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_option(self, option: OptionRow | None, keep_typing: bool = True) -> None:
        """Show an option's fields; only fields that differ are touched, so a reload
        does not disturb the one being typed in. With `keep_typing`, a field of the same
        option changed by the person and not yet saved keeps their text (and what was
        read before they typed)."""
        self._loading = True
        try:
            self.setEnabled(option is not None)
            values = asdict(option) if option is not None else dict.fromkeys(EDITED)
            same = keep_typing and option is not None and option.id == self.option_id
            current = self.values()
            typing = {name for name in self.typed() if current[name] != values[name]
                      } if same else set()
            for name in EDITED:
                if name in typing:
                    continue  # theirs shows once this is saved, or the person chooses
                empty_date = values[name] is None and isinstance(getattr(self, name), DateField)
                if current.get(name) != values[name] or option is None or empty_date:
                    self._set(name, values[name])
                self.read[name] = values[name]
            now = self.values()
            self._shown = {name: self._shown[name] if name in typing else now[name]
                           for name in EDITED}
            self.option_id = option.id if option is not None else None
        finally:
            self._loading = False

    def typed(self) -> list[str]:
        """The fields whose widgets the person changed since they were last set."""
        now = self.values()
        return [name for name in EDITED if name in self._shown and now[name] != self._shown[name]]

    def _set(self, name: str, value: Any) -> None:
        widget = getattr(self, name)
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
            widget.setCursorPosition(0)  # a long title shows its beginning, not its end
        elif isinstance(widget, TextBox):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(value or 0)
        elif isinstance(widget, DateField):
            near = self.plan_dates[1] if name == "proposed_end" else self.plan_dates[0]
            _set_date(widget, value, near)

    def values(self) -> dict[str, Any]:
        return {
            "label": self.label.text().strip(),
            "title": self.title.text().strip(),
            "format": self.format.currentData(),
            "description": self.description.toPlainText().strip(),
            "proposed_start": self.proposed_start.value(),
            "proposed_end": self.proposed_end.value(),
            "days": self.days.value() or None,
            "venue": self.venue.text().strip(),
            "expected_participants": self.expected_participants.value() or None,
            "resources_needed": self.resources_needed.toPlainText().strip(),
            "benefits": self.benefits.toPlainText().strip(),
            "risks": self.risks.toPlainText().strip(),
            "status": self.status.currentData(),
            "decision": self.decision.toPlainText().strip(),
            "decision_date": self.decision_date.value(),
        }


def _set_date(field: DateField, value: Any, near: Any = None) -> None:
    """The field's date, or when it has none `near` (the plan's), for when it is ticked."""
    field.enabled.setChecked(value is not None)
    field.edit.setEnabled(value is not None)
    day = value if value is not None else near
    if day is not None:
        field.show_date(day)
