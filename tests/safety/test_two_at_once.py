"""Two at once: the first program to open a plan edits it; a second process or a
second window opens it read-only with an 'in use' notice and can save nothing. The
lock dies with its holder, so a crash never locks the officer out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select, text

from consult_desktop.cli import main
from consult_desktop.services.plan import details
from consult_desktop.store.models import Participant, Plan
from consult_desktop.store.plan_file import (
    PlanFileError,
    PlanNotWritable,
    create_plan,
    journal_path,
    open_plan,
)
from consult_desktop.store.plan_lock import lock_path
from consult_desktop.ui.main_window import MainWindow
from consult_desktop.ui.plan_details import PlanDetailsDialog

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from consult_desktop.store.plan_file import open_plan
plan = open_plan(sys.argv[1])
print("read-only" if plan.read_only else "editing", flush=True)
sys.stdin.readline()
plan.close()
"""


def _other_process(path: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "editing\n"
    return process


def _finish(process: subprocess.Popen) -> None:
    process.communicate(timeout=60)


def _title(path: Path) -> str:
    plan = open_plan(path)
    try:
        with plan.read() as session:
            return str(session.get_one(Plan, plan.plan_id).title)
    finally:
        plan.close()


def test_a_second_process_gets_the_plan_read_only_until_the_first_ends(demo_path, capsys):
    holder = _other_process(demo_path)
    second = open_plan(demo_path)
    assert second.read_only and "in use by" in str(second.notice)
    plan_id = second.plan_id
    with (pytest.raises(PlanNotWritable, match="open read-only: in use by"),
          second.begin() as session):
        session.get_one(Plan, plan_id).title = "Lost update?"
    second.close()
    assert main(["info", str(demo_path)]) == 0  # reading still works, with a note
    assert "in use by" in capsys.readouterr().err

    assert holder.stdin is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    _finish(holder)
    assert not lock_path(demo_path).exists()  # a clean close leaves no lock file
    third = open_plan(demo_path)
    assert not third.read_only
    third.close()


def test_a_lock_left_by_a_killed_process_does_not_lock_anyone_out(demo_path):
    holder = _other_process(demo_path)
    holder.send_signal(signal.SIGKILL)
    _finish(holder)
    assert lock_path(demo_path).exists()  # stale, and harmless
    plan = open_plan(demo_path)
    assert not plan.read_only
    plan.close()


CRASHING_EDITOR = """
import os, signal, sys
from sqlalchemy import insert, text
from consult_desktop.store.models import Participant
from consult_desktop.store.plan_file import open_plan
plan = open_plan(sys.argv[1])
plan_id = plan.plan_id
print("editing", flush=True)
sys.stdin.readline()
with plan.begin() as session:
    session.execute(text("PRAGMA cache_size = 5"))  # spill pages into the file early
    session.execute(insert(Participant), [
        {"plan_id": plan_id, "family_name": f"P{i}", "category": "expert",
         "notes": "x" * 200} for i in range(20000)])
    session.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_reader_survives_the_editor_crashing_half_way(demo_path):
    """The editor dies mid-change: the read-only window's next read rolls the half
    change back (a mode=ro connection could not) and shows the plan as it was."""
    editor = subprocess.Popen(
        [sys.executable, "-c", CRASHING_EDITOR, str(demo_path)], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert editor.stdout is not None and editor.stdin is not None
    assert editor.stdout.readline() == "editing\n"
    viewer = open_plan(demo_path)
    try:
        assert viewer.read_only
        with viewer.read() as session:
            before = session.scalar(select(func.count()).select_from(Participant))
        editor.stdin.write("go\n")
        editor.stdin.flush()
        _finish(editor)
        assert editor.returncode == -signal.SIGKILL
        assert journal_path(demo_path).exists()  # half a change, left by the crash
        with viewer.read() as session:
            assert session.scalar(select(func.count()).select_from(Participant)) == before
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert not journal_path(demo_path).exists()
    finally:
        viewer.close()


def test_a_plan_in_use_cannot_be_overwritten_by_new_or_save_as(demo_plan, tmp_path):
    target = tmp_path / "target.consult"
    create_plan(target, "Target").close()
    holder = _other_process(target)
    try:
        with pytest.raises(PlanFileError, match="in use"):
            create_plan(target, "Over it", overwrite=True)
        with pytest.raises(PlanFileError, match="in use"):
            demo_plan.save_as(target)
    finally:
        holder.send_signal(signal.SIGKILL)
        _finish(holder)
    assert _title(target) == "Target"


def test_two_windows_on_one_plan(qtbot, settings, demo_path, monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: messages.append(text))
    first, second = MainWindow(settings), MainWindow(settings)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.open_path(demo_path) and not messages
    assert second.open_path(demo_path)
    assert len(messages) == 1
    assert messages[0].startswith(f"{demo_path}: in use by another window of this program since ")
    assert "close it there to edit it here" in messages[0]
    assert "(read-only)" in second.windowTitle()

    for window, title in ((second, "From the second"), (first, "From the first")):
        monkeypatch.setattr(PlanDetailsDialog, "ask", classmethod(
            lambda cls, values, parent=None, title=title: {**values, "title": title}))
        window.details_action.trigger()
    assert "read-only" in messages[-1] and len(messages) == 2
    assert _title(demo_path) == "From the first"

    first.close()
    assert second.open_path(demo_path)  # opened again: now it edits, and sees the change
    assert not second.context.plan_file.read_only
    assert details(second.context.plan_file)["title"] == "From the first"
    assert "(read-only)" not in second.windowTitle() and len(messages) == 2


def test_reopening_the_open_plan_in_the_same_window_keeps_it_editable(window, demo_path):
    assert window.open_path(demo_path)
    assert not window.context.plan_file.read_only
