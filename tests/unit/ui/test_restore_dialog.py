"""File > Restore from backup, and the copies the window keeps on its own."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from consult_desktop.store import backups
from consult_desktop.ui.plan_details import PlanDetailsDialog
from consult_desktop.ui.restore_dialog import RestoreDialog


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda p, title, text: shown.append(text))
    return shown


def _rename(window, monkeypatch, title: str) -> None:
    monkeypatch.setattr(PlanDetailsDialog, "ask", classmethod(
        lambda cls, values, parent=None: {**values, "title": title}))
    window.details_action.trigger()


def test_a_plan_only_looked_at_gets_no_new_copy(window):
    assert backups.list_backups() == []
    window.backup_timer.timeout.emit()
    assert backups.list_backups() == []


def test_a_copy_is_kept_before_the_first_change_reaches_the_file(window, monkeypatch,
                                                                 demo_path):
    opened = demo_path.read_bytes()
    seen: list[bytes] = []
    take = backups.take
    monkeypatch.setattr(backups, "take", lambda plan_file: (
        seen.append(plan_file.path.read_bytes()), take(plan_file))[1])
    _rename(window, monkeypatch, "Renamed")
    assert seen == [opened]  # the file as opened, when the copy was taken
    assert [b.title() for b in backups.list_backups()] == [
        "Regional consultation on the global compact for migration"]
    _rename(window, monkeypatch, "Renamed again")  # not the first change: no copy
    window.undo_action.trigger()
    assert len(seen) == 1


def test_the_timer_keeps_copies_of_a_changed_plan(window, monkeypatch):
    _rename(window, monkeypatch, "Renamed")
    window.backup_timer.timeout.emit()
    assert [b.title() for b in backups.list_backups()] == [
        "Renamed", "Regional consultation on the global compact for migration"]
    window.backup_timer.timeout.emit()  # nothing changed since: no new copy
    assert len(backups.list_backups()) == 2
    assert window.backup_timer.isActive()


def test_a_read_only_plan_gets_no_copy(window, monkeypatch, demo_path, messages):
    demo_path.chmod(0o444)
    try:
        assert window.open_path(demo_path, quiet=True)
        _rename(window, monkeypatch, "Refused")
    finally:
        demo_path.chmod(0o644)
    assert backups.list_backups() == []


def test_the_dialog_lists_backups_newest_first(window, monkeypatch, qtbot, tmp_path):
    _rename(window, monkeypatch, "Second version")
    window.take_backup()
    dialog = RestoreDialog(backups.list_backups())
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(row, 1).text() for row in range(2)] == [
        "Second version", "Regional consultation on the global compact for migration"]
    assert table.item(0, 2).text() == "demo.consult"
    assert dialog.chosen() == backups.list_backups()[0]
    dialog.grab().save(str(tmp_path / "restore_dialog.png"))


def test_restore_writes_the_chosen_copy_to_a_new_file_and_opens_it(window, monkeypatch,
                                                                    tmp_path, messages):
    _rename(window, monkeypatch, "Later version")
    window.take_backup()
    oldest = backups.list_backups()[-1]
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, found, parent=None:
                                                          found[-1]))
    target = tmp_path / "restored.consult"
    monkeypatch.setattr(window, "ask_path", lambda purpose: target)
    window.restore_action.trigger()
    assert window.context.plan_file.path == target and not messages
    assert window.windowTitle().startswith("Regional consultation")
    assert oldest.path.exists()


def test_restoring_over_the_open_plan_is_refused(window, monkeypatch, demo_path, messages):
    _rename(window, monkeypatch, "Changed")  # a change, so a copy to restore
    before = demo_path.read_bytes()
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, found, parent=None:
                                                          found[0]))
    monkeypatch.setattr(window, "ask_path", lambda purpose: demo_path)
    window.restore_action.trigger()
    assert len(messages) == 1 and "in use by another window of this program" in messages[0]
    assert demo_path.read_bytes() == before


def test_with_no_backups_it_says_so(qtbot, settings, messages):
    from consult_desktop.ui.main_window import MainWindow

    main = MainWindow(settings)
    qtbot.addWidget(main)
    assert main.restore_action.isEnabled()  # a lost plan can be restored with none open
    main.restore_action.trigger()
    assert messages == ["There are no backups yet: a copy of a plan is kept before its "
                        "first change after opening."]
