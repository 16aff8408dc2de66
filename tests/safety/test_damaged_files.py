"""Damaged and foreign files: each gives one clear message, in the window and on the
command line, and leaves the file (and its folder) exactly as it was."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from consult_desktop.cli import main
from consult_desktop.store.plan_file import PlanFileError, open_plan
from consult_desktop.ui.main_window import MainWindow
from consult_desktop.ui.plan_details import PlanDetailsDialog
from tests.safety.corpus import CASES, snapshot

IDS = [case.name for case in CASES]


@pytest.fixture
def folder(tmp_path):
    """A folder of its own for the file, apart from the window's settings."""
    path = tmp_path / "files"
    path.mkdir()
    return path


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: shown.append((title, text)))
    return shown


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_store_refuses_or_opens_read_only(case, tmp_path, demo_master):
    path = case.make(tmp_path, demo_master)
    before = snapshot(tmp_path)
    if case.read_only:
        plan_file = open_plan(path)
        assert plan_file.read_only and case.reason in str(plan_file.notice)
        plan_file.close()
    else:
        with pytest.raises(PlanFileError, match=re.escape(case.reason)):
            open_plan(path)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_window_shows_one_clear_message(case, folder, demo_master, qtbot, settings,
                                            messages, monkeypatch):
    path = case.make(folder, demo_master)
    before = snapshot(folder)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    opened = window.open_path(path)
    assert len(messages) == 1 and case.reason in messages[0][1]
    assert str(path.name) in messages[0][1]
    if case.read_only:
        assert opened and "(read-only)" in window.windowTitle()
        monkeypatch.setattr(PlanDetailsDialog, "ask", classmethod(
            lambda cls, values, parent=None: {**values, "title": "Changed"}))
        window.details_action.trigger()
        assert messages[-1][0] == "Not saved" and "read-only" in messages[-1][1]
        assert not window.context.undo_stack.canUndo()
        window.close()
    else:
        assert not opened and window.context is None
    assert snapshot(folder) == before


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_the_command_line_says_it_in_one_line(case, tmp_path, demo_master, capsys):
    path = case.make(tmp_path, demo_master)
    before = snapshot(tmp_path)
    status = main(["info", str(path)])
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("consult-desktop: ")
    assert case.reason in err and "Traceback" not in err
    if case.read_only:
        assert status == 0 and "Title: Regional consultation" in out
    else:
        assert status == 1 and out == ""
    assert snapshot(tmp_path) == before


def test_a_real_process_prints_no_traceback(tmp_path, demo_master):
    for case in CASES[5], CASES[11]:  # random bytes, a newer schema
        path = case.make(tmp_path, demo_master)
        run = subprocess.run([sys.executable, "-m", "consult_desktop", "info", str(path)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 1 and case.reason in run.stderr
        assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
