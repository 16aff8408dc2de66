"""Date and time boxes that stay in the part being typed.

Qt's date and time boxes move on to the next part (day to month, hour to minute) as
soon as a digit cannot be followed by another: typing "5" in the day goes on to the
month, and the "12" typed next for December lands in the year. Here the cursor stays
in its part until the officer moves on (Tab, Right, or the separator), as in a form
field.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit


def _stay_in_section(box: QDateTimeEdit, event: QKeyEvent, press: object) -> None:
    section = box.currentSection()
    press(event)  # type: ignore[operator]
    if event.text().isdigit() and box.currentSection() != section:
        box.setCurrentSection(section)
        line = box.lineEdit()
        start = line.cursorPosition()
        line.setCursorPosition(start + len(box.sectionText(section)))


class DateEdit(QDateEdit):
    """A date box with a calendar, staying in the part being typed."""

    def __init__(self, date: QDate | None = None, display_format: str = "d MMMM yyyy") -> None:
        super().__init__()
        if date is not None:
            self.setDate(date)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        _stay_in_section(self, event, super().keyPressEvent)


class TimeEdit(QTimeEdit):
    """A time box (24 hours) staying in the part being typed."""

    def __init__(self, time: object = None) -> None:
        super().__init__()
        if time is not None:
            self.setTime(time)  # type: ignore[arg-type]
        self.setDisplayFormat("HH:mm")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        _stay_in_section(self, event, super().keyPressEvent)
