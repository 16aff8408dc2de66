"""A plan whose file disappears or is replaced while it is open: edits are refused
with a message, nothing is written anywhere else, and Save As keeps what is shown."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from consult_desktop.cli import main
from consult_desktop.store import plan_file as plan_file_module
from consult_desktop.store.models import Plan
from consult_desktop.store.plan_file import PlanNotWritable, create_plan, open_plan
from consult_desktop.store.queries import plan_summary
from consult_desktop.ui.plan_details import PlanDetailsDialog


def _rename(plan_file):
    with plan_file.begin() as session:
        session.get_one(Plan, plan_file.plan_id).title = "Renamed"


def test_an_edit_to_a_deleted_plan_is_refused_and_nothing_is_recreated(demo_plan):
    demo_plan.path.unlink()
    with pytest.raises(PlanNotWritable, match="moved, deleted or replaced"):
        _rename(demo_plan)
    assert not demo_plan.path.exists()


def test_an_edit_to_a_replaced_plan_does_not_touch_the_newcomer(demo_plan, tmp_path):
    other = tmp_path / "other.consult"
    create_plan(other, "Someone else's").close()
    os.replace(other, demo_plan.path)
    before = demo_plan.path.read_bytes()
    with pytest.raises(PlanNotWritable):
        _rename(demo_plan)
    assert demo_plan.path.read_bytes() == before


def test_the_window_refuses_the_edit_and_save_as_rescues_the_plan(window, demo_path, tmp_path,
                                                                   monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: messages.append(text))
    monkeypatch.setattr(PlanDetailsDialog, "ask", classmethod(
        lambda cls, values, parent=None: {**values, "title": "Renamed"}))
    folder = tmp_path / "moved"
    folder.mkdir()
    demo_path.rename(folder / demo_path.name)  # moved away by a file manager
    window.details_action.trigger()
    assert len(messages) == 1 and "moved, deleted or replaced" in messages[0]
    assert not demo_path.exists() and not window.context.undo_stack.canUndo()

    rescue = tmp_path / "rescued.consult"
    monkeypatch.setattr(window, "ask_path", lambda purpose: rescue)
    window.save_as()
    assert window.context.plan_file.path == rescue and len(messages) == 1
    with window.context.plan_file.read() as session:
        assert plan_summary(session).participants == 13
    window.details_action.trigger()  # the rescued copy takes edits again
    assert window.windowTitle().startswith("Renamed")


def vanish_after_check(monkeypatch) -> None:
    """Make the plan file disappear right after the opening checks have read it."""
    checked = plan_file_module.read_revision

    def check_then_vanish(path):
        revision = checked(path)
        path.unlink()
        return revision

    monkeypatch.setattr(plan_file_module, "read_revision", check_then_vanish)


def test_the_command_line_reports_a_file_gone_between_check_and_read(demo_path, monkeypatch,
                                                                     capsys):
    vanish_after_check(monkeypatch)
    assert main(["info", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(demo_path) in err and "Traceback" not in err
    assert not demo_path.exists()


def test_opening_reports_a_file_gone_between_check_and_lock(demo_path, monkeypatch):
    vanish_after_check(monkeypatch)
    with pytest.raises(plan_file_module.PlanFileError, match="cannot be opened"):
        open_plan(demo_path)
