"""The main window as a person meets it."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui.main_window import MainWindow
from consult_desktop.ui.plan_details import PlanDetailsDialog


def _title_on_disk(path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT title FROM plan").fetchone()[0]


def test_opens_the_demo_with_four_tabs_and_its_title(window):
    tabs = [window.tab_widget.tabText(i).replace("&", "")
            for i in range(window.tab_widget.count())]
    assert tabs[:4] == ["Options", "Budget", "Participants", "Agenda"]
    assert window.windowTitle().startswith("Regional consultation on the global compact")


def test_an_edit_of_plan_details_is_undone_and_redone_on_disk(window, demo_path, monkeypatch,
                                                             qtbot):
    original = _title_on_disk(demo_path)
    monkeypatch.setattr(PlanDetailsDialog, "ask",
                        classmethod(lambda cls, values, parent=None: {**values,
                                                                      "title": "Renamed"}))
    window.details_action.trigger()
    assert _title_on_disk(demo_path) == "Renamed"
    assert window.windowTitle().startswith("Renamed")
    assert window.undo_action.isEnabled() and "Edit plan details" in window.undo_action.text()

    window.undo_action.trigger()
    assert _title_on_disk(demo_path) == original
    assert window.windowTitle().startswith(original)
    window.redo_action.trigger()
    assert _title_on_disk(demo_path) == "Renamed"


def test_the_platform_keys_undo_redo_and_close(window, demo_path, monkeypatch, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    Key = QKeySequence.StandardKey
    original = _title_on_disk(demo_path)
    monkeypatch.setattr(PlanDetailsDialog, "ask",
                        classmethod(lambda cls, values, parent=None: {**values,
                                                                      "title": "Renamed"}))
    window.activateWindow()
    qtbot.waitActive(window)
    QTest.keySequence(window, QKeySequence("Ctrl+I"))  # Plan details
    assert _title_on_disk(demo_path) == "Renamed"
    QTest.keySequence(window, QKeySequence(Key.Undo))
    assert _title_on_disk(demo_path) == original
    for redo in QKeySequence.keyBindings(Key.Redo)[:2]:  # each of the platform's keys
        QTest.keySequence(window, redo)
        assert _title_on_disk(demo_path) == "Renamed"
        window.undo_action.trigger()
    # Not only the first key of Close (Ctrl+F4 here) but also its others (Ctrl+W).
    close_keys = [k for k in QKeySequence.keyBindings(Key.Close) if "Ctrl" in k.toString()]
    QTest.keySequence(window, close_keys[-1])
    assert window.context is None


def test_a_refused_file_gives_a_message_and_keeps_the_open_plan(window, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: messages.append(text))
    bad = tmp_path / "notes.consult"
    bad.write_text("not a plan")
    assert not window.open_path(bad)
    assert messages and "not an SQLite database" in messages[0]
    assert window.context is not None and window.windowTitle().startswith("Regional")
    assert bad.read_text() == "not a plan"


def test_new_save_as_and_recent_files(window, tmp_path, monkeypatch):
    monkeypatch.setattr(window, "ask_title", lambda: "Second plan")
    monkeypatch.setattr(window, "ask_path", lambda purpose: tmp_path / f"{purpose}.consult")
    window.new_plan()
    assert window.windowTitle().startswith("Second plan")
    window.save_as()
    assert window.context.plan_file.path == tmp_path / "save as.consult"
    assert window.windowTitle().startswith("Second plan")
    recent = window.recent_files()
    assert recent[0].endswith("save as.consult") and recent[1].endswith("new.consult")


def test_a_plan_made_in_a_french_window_is_written_in_french(speak, window, tmp_path,
                                                           monkeypatch):
    from consult_desktop.services import budget
    from consult_desktop.services.translations import texts

    speak("fr")
    monkeypatch.setattr(window, "ask_title", lambda: "Consultation régionale")
    monkeypatch.setattr(window, "ask_path", lambda purpose: tmp_path / "nouveau.consult")
    window.new_plan()
    plan_file = window.context.plan_file
    assert [source.name for source in budget.funding_sources(plan_file)] == [
        "Ressources extrabudgétaires", "Budget ordinaire"]
    original, _found = texts(plan_file, "en")
    assert original == "fr"


def test_geometry_and_recent_files_are_remembered(qtbot, settings, demo_path):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.open_path(demo_path)
    first.resize(700, 500)
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.open_initial(None)
    assert (second.width(), second.height()) == (700, 500)
    assert second.context is not None and second.context.plan_file.path == demo_path


def test_with_nothing_recent_it_opens_a_copy_of_the_demo_in_the_data_folder(qtbot, settings,
                                                                            tmp_path):
    from platformdirs import user_data_path

    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.open_initial(None)
    path = main.context.plan_file.path
    assert path.parent == user_data_path("consult-desktop", appauthor=False)
    assert "global compact" in main.windowTitle()


def test_close_leaves_no_plan_and_disables_plan_actions(window):
    window.close_action.trigger()
    assert window.context is None
    assert not window.save_as_action.isEnabled() and not window.undo_action.isEnabled()


def test_the_timeline_and_summary_tabs_follow_the_four_first(window):
    tabs = [window.tab_widget.tabText(i).replace("&", "")
            for i in range(window.tab_widget.count())]
    assert tabs[4:6] == ["Timeline", "Summary"]


def test_the_window_shows_before_the_store_is_imported(run_python):
    """The window appears first; SQLAlchemy (a third of a second to import) and the
    plan come on the first turn of the event loop."""
    code = (
        "import sys\n"
        "from consult_desktop.app import show_window\n"
        "app, window = show_window()\n"
        "print(window.isVisible(), 'sqlalchemy' in sys.modules, 'alembic' in sys.modules)\n"
    )
    run = run_python(code)
    assert run.stdout.split() == ["True", "False", "False"], run.stderr


def test_opening_a_plan_reads_it_without_configuring_the_mappers(run_python, demo_path):
    """The reads on the way to the first tab name table columns, so opening a plan skips
    the ORM's mapper configuration (~50 ms); the first edit pays for it instead."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from consult_desktop.app import show_window\n"
        "app, window = show_window()\n"
        "window.settings.setValue('window/tab', 0)\n"
        "window.open_path(Path(sys.argv[1]))\n"
        "window.tab_widget.setCurrentIndex(2)\n"
        "app.processEvents()\n"
        "seen = [type(window.slots[index].tab).__name__ for index in (0, 2)]\n"
        "from consult_desktop.store.models import Plan\n"
        "print(*seen, Plan.__mapper__.configured)\n"
    )
    run = run_python(code, demo_path)
    assert run.stdout.split() == ["OptionsTab", "ParticipantsTab", "False"], run.stderr


def test_only_the_tab_in_view_is_built_and_the_others_when_first_shown(window):
    current = window.tab_widget.currentIndex()
    built = [slot.tab is not None for slot in window.slots]
    assert built == [i == current for i in range(len(window.slots))]
    other = (current + 2) % len(window.slots)
    window.tab_widget.setCurrentIndex(other)
    assert window.slots[other].tab is not None and window.slots[other].tab.isVisible()


def test_a_tab_built_late_still_follows_changes_to_the_plan(window):
    from consult_desktop.store.models import Participant

    index = next(i for i, slot in enumerate(window.slots) if slot.title == "&Participants")
    window.tab_widget.setCurrentIndex(index)
    tab = window.slots[index].tab
    before = tab.model.rowCount()
    with window.context.plan_file.begin() as session:
        session.add(Participant(plan_id=window.context.plan_id, family_name="Late",
                                category="expert"))
    window.context.announce(Change.everything(Topic.PARTICIPANTS))
    assert tab.model.rowCount() == before + 1


def test_every_tab_listed_is_a_tab_with_the_title_listed():
    import importlib

    from consult_desktop.ui.tabs import tabs

    for title, module, name in tabs():
        tab_class = getattr(importlib.import_module(module), name)
        assert tab_class.title == title and callable(tab_class.on_plan_changed)
