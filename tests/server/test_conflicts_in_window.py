"""Two officers at two desks on one plan on a server, in the window: the second one to
save a change of the same row is asked (keep mine, take theirs, cancel) with both
values; undo never overwrites the other's later change; the other's change arrives
without losing a selection or a half-typed cell."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select, update

from consult_desktop.services.participants import ROW_COLUMNS
from consult_desktop.store.address import parse_server_address
from consult_desktop.store.models import BudgetLine, Participant
from consult_desktop.store.server_plan import open_server_plan
from consult_desktop.ui.conflict_dialog import ConflictDialog
from consult_desktop.ui.participant_form import ParticipantDialog
from consult_desktop.ui.participants_tab import ConfirmDelete


@pytest.fixture
def boris(on_server):
    """The other officer: the same plan, opened at another desk."""
    plan = open_server_plan(parse_server_address(on_server))
    yield plan
    plan.close()


@pytest.fixture
def anna(server_window):
    """The officer at this window: her Participants tab, her refusals collected."""
    from consult_desktop.ui.participants_tab import ParticipantsTab

    context = server_window.context
    context.failed.disconnect()  # not the window's message box, in a test
    failures: list[str] = []
    context.failed.connect(failures.append)
    tab = next(t for t in server_window.tabs if isinstance(t, ParticipantsTab))
    return tab, failures


def _set(plan, ident, **values):
    with plan.begin() as session:
        session.execute(update(Participant).where(Participant.id == ident).values(**values))


def _get(plan, ident, column):
    with plan.read() as session:
        return session.scalar(select(getattr(Participant, column))
                              .where(Participant.id == ident))


def _form_while_boris_saves(monkeypatch, boris, ident, **mine):
    """Anna's form: while it is open Boris saves his function; she saves `mine`."""
    def ask(_cls, _parent, old, _members, _vet=None):
        _set(boris, ident, function="Boris's function")
        return old._replace(**mine)
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(ask))


def _first(tab):
    ident = tab.model.rows[0][0]
    tab.select_ids([ident])
    return ident


@pytest.mark.parametrize("choice", ["mine", "theirs", None])
def test_the_second_to_save_the_same_participant_is_asked_with_both_values(
        qtbot, anna, boris, monkeypatch, choice):
    tab, failures = anna
    context = tab.context
    ident = _first(tab)
    _form_while_boris_saves(monkeypatch, boris, ident, function="Anna's function")
    asked = []
    context.ask_conflict = lambda conflict: asked.append(conflict) or choice
    tab.edit_selected()
    assert len(asked) == 1  # nothing was saved before she chose
    conflict = asked[0]
    assert conflict.mine["function"] == "Anna's function"
    assert conflict.theirs[ident]["function"] == "Boris's function"
    stored = _get(boris, ident, "function")
    shown = tab.model.rows[tab.model.row_of(ident)][ROW_COLUMNS.index("function")]
    if choice == "mine":
        assert stored == shown == "Anna's function" and context.undo_stack.count() == 1
        context.undo_stack.undo()  # takes back her edit: his value, not the one before
        assert _get(boris, ident, "function") == "Boris's function"
    else:  # theirs, or cancel: his stays, nothing of hers is stacked or overwritten
        assert stored == shown == "Boris's function" and context.undo_stack.count() == 0
    assert failures == []


def test_the_real_dialog_shows_both_values_and_keep_mine_saves_mine(
        qtbot, anna, boris, monkeypatch):
    tab, failures = anna
    ident = _first(tab)
    _form_while_boris_saves(monkeypatch, boris, ident, function="Anna's function")
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        table = dialog.table
        seen.append([table.item(0, c).text() for c in range(1, 4)])
        dialog.mine_button.click()

    QTimer.singleShot(0, answer)
    tab.edit_selected()
    assert seen == [["Function", "Anna's function", "Boris's function"]]
    assert _get(boris, ident, "function") == "Anna's function"
    assert failures == []


def test_set_status_is_refused_whole_when_one_of_the_rows_changed(qtbot, anna, boris):
    tab, failures = anna
    context = tab.context
    ids = [row[0] for row in tab.model.rows[:3]]
    tab.select_ids(ids)
    before = {i: _get(boris, i, "status") for i in ids}
    _set(boris, ids[1], notes="Boris was here")  # any change of a row moves its version
    context.ask_conflict = lambda conflict: (asked.append(conflict), None)[1]
    asked: list = []
    tab.set_status_of_selection("attended")
    assert list(asked[0].theirs) == [ids[1]] and asked[0].mine == {"status": "attended"}
    assert {i: _get(boris, i, "status") for i in ids} == before  # none of the three
    context.ask_conflict = lambda conflict: "mine"  # again, and keep mine this time
    tab.select_ids(ids)
    _set(boris, ids[2], notes="and here")
    tab.set_status_of_selection("attended")
    assert {_get(boris, i, "status") for i in ids} == {"attended"}
    assert _get(boris, ids[1], "notes") == "Boris was here"  # his other change is kept
    assert failures == []


def test_deleting_a_participant_someone_changed_meanwhile_asks_first(qtbot, anna, boris,
                                                                     monkeypatch):
    tab, _failures = anna
    context = tab.context
    ident = _first(tab)
    _set(boris, ident, notes="just confirmed by phone")
    # Anna confirms the deletion; only then is the conflict found.
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, text: True))
    context.ask_conflict = lambda conflict: "theirs"
    tab.delete_selected()
    assert _get(boris, ident, "notes") == "just confirmed by phone"  # not deleted
    assert tab.model.row_of(ident) >= 0


def test_undoing_a_participant_edit_after_someone_elses_later_change_is_refused(
        qtbot, anna, boris, monkeypatch):
    tab, failures = anna
    context = tab.context
    ident = _first(tab)

    def ask(_cls, _parent, old, _members, _vet=None):
        return old._replace(function="Anna's function")
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(ask))
    tab.edit_selected()
    assert _get(boris, ident, "function") == "Anna's function"
    _set(boris, ident, notes="Boris's later note")
    context.undo_stack.undo()
    assert any("someone else changed it since" in f for f in failures)
    assert _get(boris, ident, "function") == "Anna's function"  # nothing put back
    assert _get(boris, ident, "notes") == "Boris's later note"


def test_anothers_change_keeps_the_selection(qtbot, anna, boris):
    tab, _failures = anna
    ids = [row[0] for row in tab.model.rows[:2]]
    tab.select_ids(ids)
    _set(boris, ids[0], family_name="Zzyzx")  # moves to the end of the sorted list
    _set(boris, ids[1], function="Renamed by Boris")
    qtbot.waitUntil(lambda: "Zzyzx" in tab.model.rows[tab.model.row_of(ids[0])], timeout=2000)
    qtbot.waitUntil(lambda: "Renamed by Boris" in tab.model.rows[tab.model.row_of(ids[1])],
                    timeout=2000)
    assert sorted(tab.selected_ids()) == sorted(ids)


def test_anothers_change_of_the_same_row_keeps_a_half_typed_cell(
        qtbot, server_window, boris):
    from consult_desktop.ui.budget_model import COLUMNS
    from consult_desktop.ui.budget_tab import BudgetTab

    tab = next(t for t in server_window.tabs if isinstance(t, BudgetTab))
    server_window.tab_widget.setCurrentWidget(tab.parentWidget())
    description = next(n for n, c in enumerate(COLUMNS) if c.field == "description")
    quantity = next(n for n, c in enumerate(COLUMNS) if c.field == "quantity")
    index = tab.model.index(0, description)
    line_id = tab.model.lines[0].id
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index) or tab.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Half-typ")
    old_quantity = tab.model.index(0, quantity).data()
    with boris.begin() as session:  # the same line, another column
        session.execute(update(BudgetLine).where(BudgetLine.id == line_id)
                        .values(quantity=7, description="Boris's description"))
    qtbot.waitUntil(lambda: tab.model.index(0, quantity).data() != old_quantity,
                    timeout=2000)
    assert editor.text() == "Half-typ"  # not replaced by his description
    assert tab.view.state() == tab.view.State.EditingState
    # She saves it: his description changed since she began typing, so she is asked
    # (tests/server/test_shared_tabs.py: the three answers); she keeps hers.
    asked = []
    server_window.context.ask_conflict = lambda conflict: asked.append(conflict) or "mine"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # (the delegate commits queued)
    qtbot.waitUntil(lambda: tab.view.state() != tab.view.State.EditingState, timeout=2000)
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert asked[0].theirs[line_id]["description"] == "Boris's description"
    with boris.read() as session:
        assert session.scalar(select(BudgetLine.description)
                              .where(BudgetLine.id == line_id)) == "Half-typ"


def test_a_participant_edited_while_the_server_is_gone_is_kept_and_saved_after(
        qtbot, server_window, anna, boris, pg_server, monkeypatch):
    tab, failures = anna
    context = tab.context
    banner = server_window.server_watch.banner
    banner.timer.setInterval(300)
    ident = _first(tab)

    def ask(_cls, _parent, old, _members, _vet=None):
        return old._replace(function="Typed while it was gone")
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(ask))
    pg_server.stop()
    try:
        tab.edit_selected()
        assert banner.showing and context.undo_stack.count() == 0
        assert [c.text() for c in context.kept] == [str(context.kept[0].edit.text)]
        assert str(context.kept[0].edit.text) in banner.message.text()  # what is kept, named
        assert "Not yet saved" in banner.message.text()
    finally:
        pg_server.start()
    with qtbot.waitSignal(banner.saved, timeout=5000):
        pass
    assert _get(boris, ident, "function") == "Typed while it was gone"
    assert context.undo_stack.count() == 1 and failures == []
    shown = tab.model.rows[tab.model.row_of(ident)][ROW_COLUMNS.index("function")]
    assert shown == "Typed while it was gone"
