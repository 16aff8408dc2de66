"""The Summary tab: a section per agenda item, edits on disk and undone a visit at a time."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFocusEvent

from consult_desktop.domain.summary_slots import build_slots
from consult_desktop.services.edits import Change, Topic
from consult_desktop.store import summary_store
from consult_desktop.ui.plan_tab import wire
from consult_desktop.ui.summary_tab import SummaryTab


def _bodies(path):
    with sqlite3.connect(path) as db:
        return dict(db.execute(
            "SELECT coalesce(a.title, s.heading), s.body FROM summary_section s "
            "LEFT JOIN agenda_item a ON a.id = s.agenda_item_id").fetchall())


@pytest.fixture
def tab(qtbot, context):
    widget = SummaryTab(context)
    wire(context, widget)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _go_to(tab, heading):
    row = next(i for i, s in enumerate(tab.slots) if heading in s.heading)
    tab.sections.setCurrentRow(row)


def _type(tab, text):
    cursor = tab.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText(text)


def test_a_section_per_agenda_item_then_key_messages_and_recommendations(tab):
    headings = [s.heading for s in tab.slots]
    assert headings[:3] == ["1. Opening of the meeting", "2. Adoption of the agenda",
                            "3. Regional and subregional aspects of international migration"]
    assert headings[3].startswith("3 (a) Outcomes")
    assert "Coffee break" not in headings and "Lunch" not in headings
    assert headings[-2:] == ["Key messages", "Recommendations"]
    _go_to(tab, "3. Regional")
    assert tab.editor.toPlainText().startswith("(Illustrative, fictional summary.)")
    block = tab.preview.document().begin()
    listed = []
    while block.isValid():
        listed.append((block.text(), block.textList() is not None))
        block = block.next()
    assert listed[0] == (tab.editor.toPlainText().split("\n")[0], False)
    assert ("Several delegations stressed the value of reliable migration statistics.",
            True) in listed


def test_typing_in_one_visit_is_one_undo_step_on_disk(tab, context):
    path = context.plan_file.path
    _go_to(tab, "Opening of the meeting")
    _type(tab, "The Chair opened the meeting.")
    assert tab.commit_edit()
    assert _bodies(path)["Opening of the meeting"] == "The Chair opened the meeting."
    _type(tab, "\n\n- A second paragraph, as a bullet.")
    assert tab.commit_edit()
    assert not tab.commit_edit()  # nothing new to save
    assert context.undo_stack.count() == 1
    assert _bodies(path)["Opening of the meeting"].endswith("as a bullet.")

    context.undo_stack.undo()  # the whole visit goes, and the section with it
    assert "Opening of the meeting" not in _bodies(path)
    assert tab.editor.toPlainText() == ""
    context.undo_stack.redo()
    assert _bodies(path)["Opening of the meeting"].endswith("as a bullet.")
    assert tab.editor.toPlainText().endswith("as a bullet.")


def test_leaving_the_editor_ends_the_undo_step(tab, context):
    _go_to(tab, "Key messages")
    original = tab.editor.toPlainText()
    _type(tab, "\n- First.")
    tab.eventFilter(tab.editor, QFocusEvent(QEvent.Type.FocusOut))
    _type(tab, "\n- Second.")
    tab.commit_edit()
    assert context.undo_stack.count() == 2
    context.undo_stack.undo()
    assert _bodies(context.plan_file.path)["Key messages"] == original + "\n- First."
    context.undo_stack.undo()
    assert _bodies(context.plan_file.path)["Key messages"] == original


def test_choosing_another_section_saves_the_one_left(tab, context):
    _go_to(tab, "Other business")
    _type(tab, "No other business was raised.")
    _go_to(tab, "Recommendations")
    assert _bodies(context.plan_file.path)["Other business"] == \
        "No other business was raised."
    assert tab.current_slot().heading == "Recommendations"
    assert tab.editor.toPlainText().startswith("(Illustrative.)")
    _go_to(tab, "Other business")
    assert tab.editor.toPlainText() == "No other business was raised."


def test_a_pause_saves_what_was_typed(tab, context, qtbot):
    _go_to(tab, "Adoption of the agenda")
    _type(tab, "The agenda was adopted.")
    assert tab.pause.isActive()
    tab.pause.timeout.emit()
    assert _bodies(context.plan_file.path)["Adoption of the agenda"] == "The agenda was adopted."


def test_the_list_follows_the_agenda(tab, context):
    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("INSERT INTO agenda_item (plan_id, position, number, title, kind, annotation,"
                   " documents, room, notes) VALUES (1, 99, '7', 'Closing of the meeting',"
                   " 'item', '', '', '', '')")
    context.announce(Change.everything(Topic.AGENDA))
    assert tab.slots[-3].heading == "7. Closing of the meeting"


def test_a_section_whose_item_was_deleted_keeps_its_text(demo_plan):
    with demo_plan.read() as session:
        agenda = summary_store.agenda_entries(session, demo_plan.plan_id)
        sections = summary_store.sections(session, demo_plan.plan_id)
    item_four = next(a for a in agenda if a.number == "4")
    slots = build_slots([a for a in agenda if a is not item_four], sections)
    orphan = next(s for s in slots if s.key.startswith("section:"))
    assert orphan.heading == item_four.title and "Mexico" in orphan.body


def test_closing_the_plan_keeps_what_was_just_typed(window, demo_path):
    index = next(i for i in range(window.tab_widget.count())
                 if window.tab_widget.tabText(i) == "&Summary")
    window.tab_widget.setCurrentIndex(index)
    tab = window.tabs[index]
    _go_to(tab, "Other business")
    _type(tab, "Typed just before closing.")
    assert tab.pause.isActive()
    window.close_plan()
    assert _bodies(demo_path)["Other business"] == "Typed just before closing."


def test_the_keyboard_moves_between_sections_and_saves_the_one_left(tab, context, qtbot):
    from PySide6.QtCore import Qt

    tab.activateWindow()
    _go_to(tab, "Opening of the meeting")
    tab.editor.setFocus()
    qtbot.waitUntil(tab.editor.hasFocus)
    qtbot.keyClicks(tab.editor, "Opened.")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert tab.current_slot().heading == "2. Adoption of the agenda"
    assert _bodies(context.plan_file.path)["Opening of the meeting"] == "Opened."
    qtbot.keyClick(tab.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tab.current_slot().heading == "1. Opening of the meeting"
    assert tab.editor.toPlainText() == "Opened."
    qtbot.keyClick(tab.editor, Qt.Key.Key_F6)
    assert tab.sections.hasFocus()
    qtbot.keyClick(tab.sections, Qt.Key.Key_F6)
    assert tab.editor.hasFocus()
