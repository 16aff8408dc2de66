"""File > New from an existing plan...: the new meeting's first day, whether the
participants come along, and a preview of what the new plan holds (issue 22).

The preview is the copy itself made in a scratch file (services/new_plan.py), so what
it shows is what the new plan will hold."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain.phrases import Line
from consult_desktop.services import new_plan
from consult_desktop.ui import phrases
from consult_desktop.ui.date_edits import DateEdit
from consult_desktop.ui.language import window_lang

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

A_YEAR_LATER = dt.timedelta(weeks=52)  # the same weekday, about a year on


class NewFromDialog(QDialog):
    """Ask the new first day and the participants; `choices()` gives them."""

    def __init__(self, source: PlanFile, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan from an existing plan"))
        self.source = source
        self.old_first = new_plan.first_day(source)
        self.first_day = DateEdit(display_format="dddd d MMMM yyyy")
        self.first_day.setMinimumWidth(180)
        if self.old_first is not None:
            day = self.old_first + A_YEAR_LATER
            self.first_day.setDate(QDate(day.year, day.month, day.day))
        else:
            self.first_day.setEnabled(False)
        self.participants = QCheckBox(self.tr("Bring the &participants (invited again, "
                                              "travel approvals cleared)"))
        self.preview = QTextBrowser()
        self.preview.setMinimumSize(520, 300)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), QLabel(escape(name)))
        form.addRow(self.tr("New &first day"), self.first_day)
        form.addRow("", self.participants)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("What the new plan holds:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first_day.dateChanged.connect(self.refresh)
        self.participants.toggled.connect(self.refresh)
        self.refresh()

    def choices(self) -> tuple[dt.date | None, bool]:
        """The new first day (None: the dates stay) and whether participants come."""
        day = self.first_day.date().toPython() if self.first_day.isEnabled() else None
        return day, self.participants.isChecked()  # type: ignore[return-value]

    def refresh(self) -> None:
        day, people = self.choices()
        try:
            outline = new_plan.preview(self.source, day, people)
        except ValueError as error:
            self.preview.setHtml("")
            self.problem.setText(escape(phrases.of_error(error)))
            return
        self.problem.setText("")
        self.preview.setHtml(outline_html(outline, self.tr("Meeting days:"),
                                          self.tr("Copied"), self.tr("Not copied"),
                                          self.tr("To check")))


def outline_html(outline: new_plan.Outline, days: str, copied: str, left: str,
                 check: str) -> str:
    """The outline as the preview shows it, in the window's language; the headings come
    translated."""
    def items(lines: list[Line]) -> str:
        return "<ul>" + "".join(f"<li>{escape(phrases.text(line))}</li>"
                                for line in lines) + "</ul>"

    lang = window_lang()
    parts = [f"<p><b>{escape(days)}</b> {escape(outline.old_span.write(lang))} → "
             f"{escape(outline.new_span.write(lang))}</p>"]
    if outline.said_warnings:
        parts.append(f"<p><b>{escape(check)}</b></p>" + items(outline.said_warnings)
                     .replace("<li>", "<li style='color:#a33'>"))
    totals: list[Line] = [QCoreApplication.translate("NewFromDialog", "{name}: {total}")
                          .format(name=name, total=total.write(lang))
                          for name, total in outline.said_totals]
    parts.append(f"<p><b>{escape(copied)}</b></p>" + items([*outline.said_copied, *totals]))
    if outline.said_left:
        parts.append(f"<p><b>{escape(left)}</b></p>" + items(outline.said_left))
    return "".join(parts)
