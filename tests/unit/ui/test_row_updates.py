"""Editing, adding or deleting one participant, budget line or option updates those
rows of the table, not the whole table: counted by the signals the views hear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from consult_desktop.domain.participants import COLUMNS, Person
from consult_desktop.services.participants import (
    AddParticipant,
    DeleteParticipants,
    EditParticipant,
    to_person,
)
from consult_desktop.ui.budget_model import UNIT_COST
from consult_desktop.ui.budget_tab import BudgetTab
from consult_desktop.ui.options_tab import ConfirmDelete, OptionsTab
from consult_desktop.ui.participants_tab import ParticipantsTab


class Signals:
    """What a model said, by kind: reset, data (first, last row), inserted, removed,
    moved, layout."""

    def __init__(self, model) -> None:
        self.seen: list[tuple] = []
        model.modelReset.connect(lambda: self.seen.append(("reset",)))
        model.layoutChanged.connect(lambda *_: self.seen.append(("layout",)))
        model.dataChanged.connect(lambda a, b, *_: self.seen.append(("data", a.row(), b.row())))
        model.rowsInserted.connect(lambda _p, a, b: self.seen.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.seen.append(("removed", a, b)))
        model.rowsMoved.connect(lambda _p, a, b, _d, to: self.seen.append(("moved", a, to)))

    def kinds(self) -> set[str]:
        return {entry[0] for entry in self.seen}


def _select_only(view, row):
    """Select one row whatever modifier keys an earlier test left pressed (selectRow
    would extend the selection with them)."""
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(view.model().index(row, 0), flags.ClearAndSelect | flags.Rows)


def _sorted_by_family(model) -> bool:
    at = COLUMNS.index("family_name")
    names = [model.folded(at)[row] for row in range(model.rowCount())]
    return names == sorted(names)


@pytest.fixture
def people(open_tab):
    return open_tab(ParticipantsTab)


def test_editing_one_participant_repaints_that_row_only(people, context, qtmodeltester):
    row = people.model.rows[3]
    ident, old = row[0], to_person(row)
    people.select_ids([ident])
    source, shown = Signals(people.model), Signals(people.proxy)
    assert context.run(EditParticipant(ident, old, old._replace(function="Head of delegation")))
    position = people.model.row_of(ident)
    assert source.seen == [("data", position, position)]
    assert shown.kinds() == {"data"}
    assert people.model.text(position, COLUMNS.index("function")) == "Head of delegation"
    assert people.selected_ids() == [ident]
    qtmodeltester.check(people.model)
    qtmodeltester.check(people.proxy)


def test_a_new_participant_is_inserted_at_its_place_in_the_sort(people, context,
                                                                qtmodeltester):
    source = Signals(people.model)
    edit = AddParticipant(Person("Bauer", "expert", given_name="Anna"))
    assert context.run(edit)
    (ident,) = edit.ids
    position = people.model.row_of(ident)
    assert source.seen == [("inserted", len(people.model.rows) - 1, len(people.model.rows) - 1),
                           ("moved", len(people.model.rows) - 1, position)]
    assert _sorted_by_family(people.model) and people.proxy.rowCount() == 14
    context.undo_stack.undo()
    assert source.seen[-1] == ("removed", position, position)
    assert "reset" not in source.kinds()
    qtmodeltester.check(people.model)
    qtmodeltester.check(people.proxy)


def test_a_renamed_participant_moves_to_its_new_place_and_stays_selected(people, context):
    row = people.model.rows[0]
    ident, old = row[0], to_person(row)
    people.select_ids([ident])
    source = Signals(people.model)
    assert context.run(EditParticipant(ident, old, old._replace(family_name="Zzyzx")))
    assert people.model.row_of(ident) > 0  # after the Latin names, before the Cyrillic
    assert source.kinds() == {"data", "moved"}
    assert _sorted_by_family(people.model)
    assert people.selected_ids() == [ident]


def test_deleting_participants_removes_their_rows(people, context, qtmodeltester):
    ids = [people.model.rows[2][0], people.model.rows[5][0]]
    source = Signals(people.model)
    assert context.run(DeleteParticipants(ids))
    assert source.seen == [("removed", 5, 5), ("removed", 2, 2)]
    assert people.proxy.rowCount() == 11 and "11 participants" in people.counts.text()
    context.undo_stack.undo()
    assert [people.model.row_of(i) for i in ids] == [2, 5]
    assert "reset" not in source.kinds()
    qtmodeltester.check(people.proxy)


def test_a_filtered_list_shows_an_edited_row_that_now_passes(people, context):
    people.search.setText("zzyzx")
    assert people.proxy.rowCount() == 0
    row = people.model.rows[4]
    assert context.run(EditParticipant(row[0], to_person(row),
                                       to_person(row)._replace(notes="zzyzx")))
    people.show_column(COLUMNS.index("notes"), True)
    family = COLUMNS.index("family_name")
    assert people.proxy.rowCount() == 1
    assert people.proxy.index(0, family).data() == people.model.text(
        people.model.row_of(row[0]), family)


def test_budget_lines_follow_an_edit_an_addition_and_a_deletion(open_tab, context,
                                                                qtmodeltester):
    tab = open_tab(BudgetTab)
    signals = Signals(tab.model)
    assert tab.model.setData(tab.model.index(1, UNIT_COST), "2000")
    assert signals.seen == [("data", 1, 1)]
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.add_line()
    last = tab.model.rowCount() - 1
    assert signals.seen[1:] == [("inserted", last, last)]
    _select_only(tab.view, 1)
    tab.delete_lines()
    assert signals.seen[2:] == [("removed", 1, 1)]
    assert "reset" not in signals.kinds()
    qtmodeltester.check(tab.model)


def test_the_options_list_follows_an_edit_an_addition_and_a_deletion(open_tab, context,
                                                                     monkeypatch,
                                                                     qtmodeltester):
    tab = open_tab(OptionsTab)
    signals = Signals(tab.list_model)
    tab.select("b")
    tab.editor.title.setText("An extended session")
    tab.editor.title.editingFinished.emit()
    assert signals.seen == [("data", 1, 1)]
    tab.add_option()
    assert signals.seen[1:] == [("inserted", 2, 2)]
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, text: True))
    tab.select("a")
    tab.delete_option()
    assert signals.seen[2:] == [("removed", 0, 0)]
    assert "reset" not in signals.kinds()
    qtmodeltester.check(tab.list_model)
