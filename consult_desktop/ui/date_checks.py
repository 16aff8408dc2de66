"""Dates as a person types them, checked before they are kept: an end before the start
is refused with the reason, a meeting of more than a few weeks is questioned. The rules
are domain.dates.dates_problem and dates_question."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from consult_desktop.domain.dates import dates_problem, dates_question


class DateQuestions:
    """The two messages; tests replace them."""

    @classmethod
    def refuse(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("DateQuestions", "Dates"),
                            QCoreApplication.translate("DateQuestions",
                                                       "{problem}. Correct the dates.").format(
                                problem=text))

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> bool:
        answer = QMessageBox.question(parent,
                                      QCoreApplication.translate("DateQuestions", "Dates"), text)
        return answer == QMessageBox.StandardButton.Yes


def dates_accepted(parent: QWidget | None, start: dt.date | None, end: dt.date | None) -> bool:
    """True when the dates may be kept: possible, and not odd or confirmed."""
    wrong = dates_problem(start, end)
    if wrong:
        DateQuestions.refuse(parent, wrong)
        return False
    question = dates_question(start, end)
    return question is None or DateQuestions.ask(parent, question)


class DateValue(Protocol):
    def value(self) -> dt.date | None: ...


def accept_checked(dialog: QDialog, start: DateValue, end: DateValue) -> None:
    """Close `dialog` as accepted if its start and end dates may be kept."""
    if dates_accepted(dialog, start.value(), end.value()):
        dialog.accept()
