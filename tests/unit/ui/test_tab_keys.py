"""The Options, Budget and Participants tabs driven from the keyboard in the window:
each shortcut works with the focus where an officer has it, not only on a toolbar."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from consult_desktop.domain.participants import Person
from consult_desktop.ui.options_tab import ConfirmDelete
from consult_desktop.ui.participant_form import ParticipantDialog
from consult_desktop.ui.participants_tab import ConfirmDelete as ParticipantsConfirm

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def _select_only(view, row):
    """Select one row whatever modifier keys an earlier test left pressed (selectRow
    would extend the selection with them)."""
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(view.model().index(row, 0), flags.ClearAndSelect | flags.Rows)


def _show(window, qtbot, title):
    index = next(i for i, slot in enumerate(window.slots) if slot.title == title)
    window.tab_widget.setCurrentIndex(index)
    window.activateWindow()
    qtbot.waitExposed(window)
    return window.slots[index].tab


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _answer(monkeypatch, cls, value):
    monkeypatch.setattr(cls, "ask", classmethod(lambda _cls, *args, **kwargs: value))


def test_participants_add_from_the_search_field_and_delete_from_the_list(window, qtbot,
                                                                          monkeypatch):
    tab = _show(window, qtbot, "&Participants")
    before = tab.model.rowCount()
    _answer(monkeypatch, ParticipantDialog, Person("Kovač", "expert", given_name="Ivana"))
    _answer(monkeypatch, ParticipantsConfirm, True)
    _focus(qtbot, tab.search)
    qtbot.keyClick(tab.search, Qt.Key.Key_N, CTRL | SHIFT)
    assert tab.model.rowCount() == before + 1
    (ident,) = tab.selected_ids()
    assert tab.model.rows[tab.model.row_of(ident)][1] == "Kovač"
    _focus(qtbot, tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == before and tab.model.row_of(ident) == -1
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, CTRL)  # Edit > Undo, from the window
    assert tab.model.row_of(ident) >= 0


def test_participants_enter_opens_the_form_of_the_current_row_and_tab_leaves_the_list(
        window, qtbot, monkeypatch):
    tab = _show(window, qtbot, "&Participants")
    shown: list = []
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(
        lambda _cls, parent, person, *args, **kwargs: shown.append(person)))
    _focus(qtbot, tab.view)
    tab.view.setCurrentIndex(tab.proxy.index(2, 1))
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert [p.family_name for p in shown] == [tab.proxy.index(2, 1).data()]
    qtbot.keyClick(tab.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert len(shown) == 2
    qtbot.keyClick(tab.view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not tab.view.hasFocus())  # out of the list, not to a cell
    assert tab.view.currentIndex().column() == 1


def test_participants_find_puts_the_focus_in_the_search_field(window, qtbot):
    tab = _show(window, qtbot, "&Participants")
    _focus(qtbot, tab.view)
    qtbot.keyClick(tab.view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(tab.search.hasFocus)


def test_a_delete_typed_in_the_search_field_edits_the_text_not_the_list(window, qtbot):
    tab = _show(window, qtbot, "&Participants")
    before = tab.model.rowCount()
    _focus(qtbot, tab.search)
    qtbot.keyClicks(tab.search, "ab")
    qtbot.keyClick(tab.search, Qt.Key.Key_Home)
    tab.select_ids([tab.model.rows[0][0]])
    qtbot.keyClick(tab.search, Qt.Key.Key_Delete)
    assert tab.search.text() == "b" and tab.model.rowCount() == before


def test_options_insert_duplicate_move_and_delete_from_the_list(window, qtbot, monkeypatch):
    tab = _show(window, qtbot, "&Options")
    labels = lambda: [c.option.label for c in tab.compared]  # noqa: E731
    _focus(qtbot, tab.list_view)
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Insert)
    assert labels() == ["a", "b", "c"] and tab.current().label == "c"
    _focus(qtbot, tab.list_view)
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Up, ALT)
    assert labels() == ["a", "c", "b"]
    tab.select("a")
    qtbot.keyClick(tab.list_view, Qt.Key.Key_D, CTRL)
    assert labels() == ["a", "c", "b", "d"] and tab.current().label == "d"
    _answer(monkeypatch, ConfirmDelete, True)
    _focus(qtbot, tab.list_view)
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Delete)
    assert labels() == ["a", "c", "b"]


def test_budget_insert_and_delete_from_the_lines(window, qtbot):
    tab = _show(window, qtbot, "&Budget")
    before = tab.model.rowCount()
    _focus(qtbot, tab.view)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.model.rowCount() == before + 1
    assert tab.view.currentIndex().row() == before  # on the new line, to type in it
    _select_only(tab.view, before)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == before
