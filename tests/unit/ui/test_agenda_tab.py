"""The Agenda tab: edits through its actions, on disk at once, undone and redone."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from consult_desktop.services.edits import Change, Topic
from consult_desktop.store import agenda_store
from consult_desktop.store.plan_file import create_plan
from consult_desktop.ui.agenda_item_dialog import AgendaItemDialog
from consult_desktop.ui.agenda_tab import AgendaTab
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.plan_tab import wire

DAY_ONE, DAY_TWO = dt.date(2017, 11, 2), dt.date(2017, 11, 3)


@pytest.fixture
def tab(open_tab):
    return open_tab(AgendaTab)


def on_disk(context) -> dict[str, tuple]:
    """Number or title -> (day, start, end) as saved in the file."""
    with context.plan_file.read() as session:
        items = agenda_store.load_items(session, context.plan_id)
    return {i.number or i.title: (i.day, i.start and f"{i.start:%H:%M}",
                                  i.end and f"{i.end:%H:%M}") for i in items}


def select(tab, number: str) -> None:
    tab.select(next(i.id for i in tab.data.items if i.number == number))


def test_opens_on_the_busy_day_of_the_meeting(tab):
    texts = [tab.day_bar.tabText(n) for n in range(tab.day_bar.count())]
    assert texts == ["Thu 02 Nov 2017", "Fri 03 Nov 2017"]  # option (a)'s two days
    assert tab.current_day() == DAY_TWO and tab.model.rowCount() == 10
    assert tab.clash_label.text() == "No clashes." and tab.clash_list.count() == 0


def test_move_to_another_day_with_ripple_shifts_the_later_items(tab, monkeypatch):
    before = on_disk(tab.context)
    monkeypatch.setattr(tab, "ask_day", lambda days, current: DAY_ONE)
    select(tab, "2")
    assert tab.ripple_action.isChecked()
    assert tab.day_action.isEnabled()
    tab.day_action.trigger()
    after = on_disk(tab.context)
    # "Adoption of the agenda" (10:15-10:30) is now item 1 of the first day...
    assert after["1"] == (DAY_ONE, "10:15", "10:30")
    # ...and everything after it on the second day starts 15 minutes earlier.
    assert after["2"] == (DAY_TWO, "10:00", "10:15")   # the opening, renumbered
    assert after["3"] == (DAY_TWO, "10:15", "12:45")
    assert after["Lunch"] == (DAY_TWO, "12:45", "14:45")
    assert after["6"] == (DAY_TWO, "17:00", "17:30")
    assert tab.current_day() == DAY_ONE and tab.selected().title == "Adoption of the agenda"
    tab.context.undo_stack.undo()
    assert on_disk(tab.context) == before


def test_move_to_another_day_without_ripple_leaves_the_others(tab, monkeypatch):
    before = on_disk(tab.context)
    monkeypatch.setattr(tab, "ask_day", lambda days, current: DAY_ONE)
    tab.ripple_action.setChecked(False)
    select(tab, "2")
    tab.day_action.trigger()
    after = on_disk(tab.context)
    assert after["1"] == (DAY_ONE, "10:15", "10:30")
    assert after["2"] == before["1"] and after["3"] == before["3"]
    assert after["Lunch"] == before["Lunch"] and after["6"] == before["6"]
    tab.context.undo_stack.undo()
    assert on_disk(tab.context) == before
    tab.context.undo_stack.redo()
    assert on_disk(tab.context) == after


def test_move_up_exchanges_times_and_numbers(tab):
    select(tab, "2")
    assert tab.up_action.isEnabled()
    tab.up_action.trigger()
    after = on_disk(tab.context)
    assert after["1"] == (DAY_TWO, "10:00", "10:15")
    assert after["2"] == (DAY_TWO, "10:15", "10:30")
    with tab.context.plan_file.read() as session:
        first = agenda_store.load_items(session, tab.context.plan_id)[0]
    assert first.title == "Adoption of the agenda"
    assert tab.selected().title == "Adoption of the agenda"
    assert not tab.up_action.isEnabled()  # now first of the day


def test_a_first_part_cannot_leave_its_item(tab):
    select(tab, "3 (a)")
    assert not tab.up_action.isEnabled()
    assert tab.down_action.isEnabled()


def test_add_item_through_the_dialog_then_undo_and_redo(tab, monkeypatch):
    seen = {}

    def fill(cls, item, people, parents, rooms, parent=None, first_day=None):
        seen.update(item=item, rooms=rooms)
        return replace(item, title="Side meeting on data", room="Room XVII")

    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(fill))
    select(tab, "6")  # the new item goes after the selected one
    assert tab.add_action.isEnabled()
    tab.add_action.trigger()
    draft = seen["item"]
    assert (draft.day, draft.start, draft.end) == (DAY_TWO, dt.time(17, 45), dt.time(18, 15))
    assert on_disk(tab.context)["7"] == (DAY_TWO, "17:45", "18:15")
    assert tab.selected().title == "Side meeting on data"
    assert "outside the meeting's hours" in tab.clash_list.item(0).text()
    tab.context.undo_stack.undo()
    assert "7" not in on_disk(tab.context) and tab.clash_list.count() == 0
    tab.context.undo_stack.redo()
    assert on_disk(tab.context)["7"] == (DAY_TWO, "17:45", "18:15")


def test_a_planted_clash_shows_on_the_item_and_in_the_panel(tab, monkeypatch):
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: replace(item, start=dt.time(12, 30))))
    tab.ripple_action.setChecked(False)
    select(tab, "4")
    tab.edit_action.trigger()
    assert tab.clash_label.text() == "3 clashes:"
    texts = [tab.clash_list.item(n).text() for n in range(tab.clash_list.count())]
    assert any("'3 (b) Statements" in t and "both in Room XII" in t for t in texts)
    row = tab.model.row_of(tab.selected().id)
    assert len(tab.model.row(row).clashes) == 3  # room with 3 (b), chair, room with lunch


def test_delete_with_ripple_pulls_the_day_forward(tab):
    before = on_disk(tab.context)
    select(tab, "5")
    tab.delete_action.trigger()
    after = on_disk(tab.context)
    assert after["5"] == (DAY_TWO, "17:00", "17:30")  # the report, renumbered and earlier
    tab.context.undo_stack.undo()
    assert on_disk(tab.context) == before


def test_a_declined_speaker_appears_when_participants_change(tab):
    with sqlite3.connect(tab.context.plan_file.path) as db:
        db.execute("UPDATE participant SET status = 'declined' WHERE family_name = 'Okafor'")
    tab.context.announce(Change.everything(Topic.PARTICIPANTS))
    assert tab.clash_list.count() == 1
    assert "Okafor speaks at '3 (a)" in tab.clash_list.item(0).text()


def test_an_empty_agenda_starts_from_the_standard_items(qtbot, tmp_path):
    plan = create_plan(tmp_path / "new.consult", "Expert group meeting",
                       start_date=dt.date(2026, 3, 9), end_date=dt.date(2026, 3, 10))
    context = PlanContext(plan)
    tab = AgendaTab(context)
    qtbot.addWidget(tab)
    wire(context, tab)
    assert tab.standard_action.isEnabled()
    tab.standard_action.trigger()
    saved = on_disk(context)
    assert list(saved) == ["1", "2", "3", "4", "5", "6"]
    assert saved["1"] == (dt.date(2026, 3, 9), "09:00", "09:15")
    assert saved["6"] == (dt.date(2026, 3, 10), "17:30", "18:00")  # closes the meeting
    assert tab.model.data(tab.model.index(3, 2)) == "Substantive item"
    assert tab.model.rowCount() == 4  # the first day: the opening items only
    assert not tab.standard_action.isEnabled()
    context.undo_stack.undo()
    assert on_disk(context) == {}
    context.close()


def test_the_dialog_keeps_duration_and_end_together(qtbot, tab):
    item = tab.data.items[0]
    dialog = AgendaItemDialog(item, tab.data.people, [], ["Room XII"])
    qtbot.addWidget(dialog)
    assert dialog.duration.value() == 15
    dialog.duration.setValue(45)
    value = dialog.value()
    assert (value.start, value.end) == (dt.time(10, 0), dt.time(10, 45))
    dialog.title.setText("  ")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.documents.setPlainText(" A/1 \n\n B/2 ")
    dialog.timed.setChecked(False)
    value = dialog.value()
    assert value.documents == "A/1\nB/2" and value.start is None and value.end is None


def test_an_item_dragged_onto_another_day_moves_there_with_its_parts(tab, qtbot):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDropEvent

    tab.show()
    tab.ripple_action.setChecked(False)
    row = tab.model.row_of(next(i.id for i in tab.data.items if i.number == "3"))
    mime = tab.model.mimeData([tab.model.index(row, 2)])
    assert tab.model.flags(tab.model.index(row, 2)) & Qt.ItemFlag.ItemIsDragEnabled
    where = QPointF(tab.day_bar.tabRect(0).center())
    drop = QDropEvent(where, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tab.day_bar.dropEvent(drop)
    assert drop.isAccepted()
    after = on_disk(tab.context)  # item 3 is now the first item of the first day
    assert after["1"] == (DAY_ONE, "10:30", "13:00")
    assert after["1 (a)"] == (DAY_ONE, "10:30", "11:30")
    assert after["1 (b)"] == (DAY_ONE, "11:45", "13:00")
    assert after["Coffee break"][0] == DAY_TWO  # not a part of item 3: stays
    assert after["2"] == (DAY_TWO, "10:00", "10:15")  # the opening
    assert tab.current_day() == DAY_ONE
    assert tab.context.undo_stack.undoText().startswith("Move 3 Regional")


def test_ctrl_down_moves_the_selected_item_down(tab, qtbot):
    from PySide6.QtCore import Qt

    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    select(tab, "1")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = on_disk(tab.context)
    assert after["2"] == (DAY_TWO, "10:15", "10:30")
    with tab.context.plan_file.read() as session:
        first = agenda_store.load_items(session, tab.context.plan_id)[0]
    assert first.title == "Adoption of the agenda"


def test_choosing_an_option_changes_the_meeting_days(tab):
    with sqlite3.connect(tab.context.plan_file.path) as db:
        db.execute("UPDATE option SET status = 'chosen' WHERE label = 'b'")
    tab.context.announce(Change.everything(Topic.OPTIONS))
    assert [tab.day_bar.tabText(n) for n in range(tab.day_bar.count())] == ["Fri 03 Nov 2017"]
    with sqlite3.connect(tab.context.plan_file.path) as db:
        db.execute("UPDATE option SET proposed_start = '2017-11-06', proposed_end = '2017-11-06'"
                   " WHERE label = 'b'")
    tab.context.announce(Change.everything(Topic.OPTIONS))
    assert tab.clash_list.count() == 10  # every item is now outside the meeting's days
    assert "outside the meeting's days (Mon 06 Nov 2017)" in tab.clash_list.item(0).text()


def test_activating_a_clash_shows_its_item(tab, monkeypatch):
    with sqlite3.connect(tab.context.plan_file.path) as db:
        db.execute("UPDATE participant SET status = 'declined' WHERE family_name = 'Okafor'")
    tab.context.announce(Change.everything(Topic.PARTICIPANTS))
    select(tab, "1")
    tab.clash_list.itemActivated.emit(tab.clash_list.item(0))
    assert tab.selected().number == "3 (a)"


def test_export_ics_from_the_tab(tab, tmp_path, monkeypatch):
    out = tmp_path / "agenda.ics"
    monkeypatch.setattr(tab, "ask_ics_path", lambda: out)
    tab.ics_action.trigger()
    data = out.read_bytes()
    assert data.count(b"BEGIN:VEVENT") == 10
    assert b"X-WR-CALNAME:Regional consultation on the global compact for migration" in data


def _signals(model) -> list[tuple]:
    seen: list[tuple] = []
    model.modelReset.connect(lambda: seen.append(("reset",)))
    model.dataChanged.connect(lambda a, b: seen.append(("data", a.row(), b.row())))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    return seen


def test_editing_one_item_repaints_its_row_only(tab, monkeypatch, qtmodeltester):
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: replace(item, room="Room XVII")))
    select(tab, "5")
    row = tab.model.row_of(tab.selected().id)
    seen = _signals(tab.model)
    tab.edit_action.trigger()
    assert seen == [("data", row, row)]
    assert tab.model.data(tab.model.index(row, 4)) == "Room XVII"
    assert tab.selected().number == "5"
    tab.context.undo_stack.undo()
    assert seen[1:] == [("data", row, row)]
    assert tab.model.data(tab.model.index(row, 4)) == "Room XII"
    qtmodeltester.check(tab.model)


def test_adding_and_deleting_an_item_inserts_and_removes_rows(tab, monkeypatch,
                                                              qtmodeltester):
    tab.ripple_action.setChecked(False)
    select(tab, "6")  # the last of the day: the new break goes after it
    seen = _signals(tab.model)
    tab.add_break_action.trigger()
    assert seen == [("inserted", 10, 10)]
    assert tab.model.row(10).item.title == "Coffee break"
    seen.clear()
    tab.delete_action.trigger()  # the new break is selected
    assert seen == [("removed", 10, 10)]
    seen.clear()
    select(tab, "4")
    tab.delete_action.trigger()  # renumbers 5 and 6: their rows repaint, no reset
    assert ("reset",) not in seen and seen[0] == ("removed", 7, 7)
    assert [tab.model.row(n).item.number for n in (7, 8)] == ["4", "5"]
    assert all(kind == "data" and first >= 7 for kind, first, _ in seen[1:])
    qtmodeltester.check(tab.model)


def test_moving_an_item_up_moves_its_row(tab):
    select(tab, "2")
    seen = _signals(tab.model)
    tab.up_action.trigger()
    assert ("reset",) not in seen
    assert [tab.model.row(n).item.title for n in (0, 1)] == [
        "Adoption of the agenda", "Opening of the meeting"]
    assert [tab.model.row(n).item.number for n in (0, 1)] == ["1", "2"]


def test_another_day_or_another_topic_resets_the_table(tab):
    seen = _signals(tab.model)
    tab.day_bar.setCurrentIndex(0)
    assert seen == [("reset",)]
    tab.context.announce(Change.everything(Topic.PARTICIPANTS))
    assert seen == [("reset",), ("reset",)]


def test_the_keyboard_drives_the_agenda(tab, qtbot, monkeypatch):
    """Insert adds, Return edits, Ctrl+B adds a break, Delete deletes, Ctrl+M moves to a
    day: each a shortcut of the tab, pressed where the focus is (the table)."""
    from PySide6.QtCore import Qt

    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: replace(item, title=item.title or "Typed item")))
    monkeypatch.setattr(tab, "ask_day", lambda days, current: DAY_ONE)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    tab.ripple_action.setChecked(False)
    select(tab, "6")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.selected().title == "Typed item" and on_disk(tab.context)["7"][0] == DAY_TWO
    qtbot.keyClick(tab.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert tab.selected().title == "Coffee break" and tab.model.rowCount() == 12
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 11 and tab.model.row(10).item.title == "Typed item"
    select(tab, "7")
    qtbot.keyClick(tab.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert on_disk(tab.context)["1"][0] == DAY_ONE  # the typed item, first of day one
    assert tab.current_day() == DAY_ONE
    tab.view.setFocus()
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: replace(item, title="Renamed by Return")))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.selected().title == "Renamed by Return"
    assert tab.context.undo_stack.count() == 5


def test_the_command_line_lists_the_days_rows_as_the_tab_shows_them(tab, capsys):
    from consult_desktop.cli import main

    assert main(["agenda", str(tab.context.plan_file.path)]) == 0
    printed = capsys.readouterr().out.splitlines()
    shown = [(tab.model.index(r, 1).data(), tab.model.row(r).item)
             for r in range(tab.model.rowCount())]
    assert printed[0] == tab.day_bar.tabText(tab.day_bar.currentIndex())
    expected = [f"  {time:11}  {(item.number + ' ') if item.number else ''}{item.title}"
                f"  [{item.room}]" for time, item in shown]
    assert printed[1:1 + len(shown)] == expected


def test_the_last_item_of_a_day_leaving_shows_another_day_whole(tab, monkeypatch):
    """Item 1 is alone on the first day; moved to the second, the first day is gone from
    the bar and the second is shown whole."""
    monkeypatch.setattr(tab, "ask_day", lambda days, current: DAY_ONE)
    with sqlite3.connect(tab.context.plan_file.path) as db:
        db.execute("UPDATE option SET proposed_start = '2017-11-03' WHERE label = 'a'")
    tab.context.announce(Change.everything(Topic.OPTIONS))
    tab.ripple_action.setChecked(False)
    select(tab, "1")
    tab.day_action.trigger()  # the day bar now has 2 November, holding item 1 only
    assert tab.current_day() == DAY_ONE and tab.model.rowCount() == 1
    monkeypatch.setattr(tab, "ask_day", lambda days, current: DAY_TWO)
    seen = _signals(tab.model)
    tab.day_action.trigger()
    assert [tab.day_bar.tabText(n) for n in range(tab.day_bar.count())] == ["Fri 03 Nov 2017"]
    assert tab.current_day() == DAY_TWO and tab.model.rowCount() == 10
    assert ("reset",) in seen and tab.selected().title == "Opening of the meeting"


def test_clash_messages_wrap_within_the_panel_instead_of_being_cut(tab, monkeypatch):
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: replace(item, start=dt.time(12, 30))))
    tab.ripple_action.setChecked(False)
    tab.resize(640, 600)
    tab.show()
    select(tab, "4")
    tab.edit_action.trigger()
    lists = tab.clash_list
    width = lists.viewport().width()
    line = lists.fontMetrics().height()
    for n in range(lists.count()):
        entry = lists.item(n)
        rect = lists.visualItemRect(entry)
        assert rect.right() <= width, entry.text()
        assert entry.toolTip() == entry.text()
        if lists.fontMetrics().horizontalAdvance(entry.text()) > width:
            assert rect.height() >= 2 * line, entry.text()  # wrapped, whole


def test_adding_a_sub_item_with_ripple_leaves_its_parent_and_stands_under_it(tab, monkeypatch):
    before = on_disk(tab.context)
    four = next(i for i in tab.data.items if i.number == "4")  # 15:00-17:00, no parts
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: replace(item, title="Mexico input: statements",
                                               parent_id=four.id, start=dt.time(15, 0),
                                               end=dt.time(16, 0))))
    assert tab.ripple_action.isChecked()
    select(tab, "4")
    tab.add_action.trigger()
    after = on_disk(tab.context)
    assert after["4"] == before["4"]  # the parent did not move
    assert after["4 (a)"] == (DAY_TWO, "15:00", "16:00")
    assert after["5"] == before["5"] and after["6"] == before["6"]  # nothing after it either
    titles = [tab.model.data(tab.model.index(r, 2)).strip() for r in range(tab.model.rowCount())]
    assert titles.index("Mexico input: statements") == titles.index(four.title) + 1


def test_an_unscheduled_item_is_offered_the_meetings_first_day_not_today(tab, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog

    offered: list[QDate] = []

    def look(dialog):
        offered.append(dialog.day.date())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AgendaItemDialog, "exec", look)
    unscheduled = replace(tab.data.items[0], day=None, start=None, end=None)
    monkeypatch.setattr(tab, "selected", lambda: unscheduled)
    assert not tab.edit_item()
    assert offered == [QDate(2017, 11, 2)]  # option (a)'s first day, months from today


def test_tab_into_the_table_then_return_edits_the_current_item(tab, qtbot, monkeypatch):
    """From the keyboard only: the table, reached with Tab, selects its row, so Return edits
    it at once; a further Tab leaves the table instead of walking its cells."""
    from PySide6.QtCore import Qt

    edited = []
    monkeypatch.setattr(AgendaItemDialog, "ask", classmethod(
        lambda cls, item, *args, **kw: edited.append(item.number) or None))
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    tab.view.clearSelection()
    tab.day_bar.setFocus()
    for _ in range(30):  # the toolbar's buttons, then the table
        if tab.view.hasFocus():
            break
        qtbot.keyClick(tab.focusWidget(), Qt.Key.Key_Tab)
    assert tab.selected() is not None and tab.edit_action.isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert edited == [tab.selected().number]
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)
    assert not tab.view.hasFocus()
