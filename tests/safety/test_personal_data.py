"""Personal data: participants' names and contact details never reach the log, error
messages or the command line's summary; they leave the plan only through an explicit
export or print (and the private backups, which are copies of the plan itself)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from consult_desktop.cli import main
from consult_desktop.store import backups
from consult_desktop.store.demo import write_demo
from consult_desktop.store.models import Participant
from consult_desktop.store.plan_file import open_plan
from consult_desktop.ui.main_window import MainWindow
from consult_desktop.ui.plan_details import PlanDetailsDialog


def _personal(path) -> set[str]:
    plan_file = open_plan(path)
    with plan_file.read() as session:
        rows = session.execute(select(Participant.family_name, Participant.given_name,
                                      Participant.email, Participant.phone)).all()
    plan_file.close()
    return {value for row in rows for value in row if value and len(value) > 3}


def test_nothing_personal_reaches_the_log_or_the_messages(tmp_path, caplog, capsys, qtbot,
                                                          settings, monkeypatch):
    caplog.set_level(logging.DEBUG)  # as verbose as any logging could ever be set up,
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")  # SQL statements included
    path = tmp_path / "plan.consult"
    write_demo(path).close()
    personal = _personal(path)
    assert len(personal) > 20

    plan_file = open_plan(path)
    backups.take(plan_file)
    with plan_file.read() as session:
        family_name = session.scalars(select(Participant.family_name).where(
            Participant.email.is_not(None))).first()
    # A refused row whose statement carries a real person's name (a blank email).
    with pytest.raises(IntegrityError) as refused, plan_file.begin() as session:
        session.add(Participant(plan_id=plan_file.plan_id, family_name=family_name,
                                category="expert", email="  "))
    plan_file.close()
    assert "CHECK constraint failed" in str(refused.value)

    assert main(["info", str(path)]) == 0
    assert main(["check", str(path)]) in (0, 1)
    out = capsys.readouterr().out

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: messages.append(text))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.open_path(path)
    monkeypatch.setattr(PlanDetailsDialog, "ask", classmethod(
        lambda cls, values, parent=None: {**values, "title": ""}))  # refused: blank
    window.details_action.trigger()
    window.close()

    assert "INSERT INTO participant" in caplog.text  # the SQL was logged...
    said = "\n".join([caplog.text, str(refused.value), out, *messages])
    leaked = sorted(value for value in personal if value in said)
    assert leaked == []  # ...but none of the values
