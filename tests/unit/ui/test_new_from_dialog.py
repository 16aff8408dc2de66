"""File > New from an existing plan...: the preview follows the day chosen, and the
new plan opens with the agenda on its new days (issue 22)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from consult_desktop.services.agenda import load
from consult_desktop.ui.new_from_dialog import NewFromDialog


def test_preview_follows_the_day_and_the_participants(qtbot, demo_plan):
    dialog = NewFromDialog(demo_plan, "demo.consult")
    qtbot.addWidget(dialog)
    assert dialog.choices() == (dt.date(2018, 11, 1), False)  # 52 weeks on: a Thursday
    text = dialog.preview.toPlainText()
    assert "1 and 2 November 2018" in text and "13 participants" in text
    assert "To check" not in text
    dialog.first_day.setDate(QDate(2018, 12, 22))
    text = dialog.preview.toPlainText()
    assert "To check" in text and "weekend day, Sunday, 23 December 2018" in text
    dialog.participants.setChecked(True)
    assert "Participants back to invited" in dialog.preview.toPlainText()


def test_the_new_plan_opens_on_its_new_days(window, monkeypatch, tmp_path, demo_path):
    target = tmp_path / "next.consult"
    paths = iter([demo_path, target])
    monkeypatch.setattr(window, "ask_path", lambda purpose: next(paths))
    monkeypatch.setattr(window, "ask_new_from", lambda dialog: True)
    window.new_from_plan()
    assert window.context is not None and window.context.plan_file.path == target
    agenda = load(window.context.plan_file)
    assert {item.day for item in agenda.items} == {dt.date(2018, 11, 2)}
    assert agenda.people == []
