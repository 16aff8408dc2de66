"""The Options tab as an officer uses it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from consult_desktop.ui.budget_tab import BudgetTab
from consult_desktop.ui.options_tab import ConfirmDelete, OptionsTab
from consult_desktop.ui.plan_tab import wire


@pytest.fixture
def tab(open_tab):
    return open_tab(OptionsTab)


def _db(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def _labels(tab):
    return [c.option.label for c in tab.compared]


def test_editing_a_field_saves_it_and_undo_restores_it(tab, context, demo_path):
    tab.select("b")
    tab.editor.venue.setText("Salle XVII, Palais des Nations")
    tab.editor.venue.editingFinished.emit()
    assert _db(demo_path, "SELECT venue FROM option WHERE label = 'b'") == [
        ("Salle XVII, Palais des Nations",)]
    assert tab.list_view.currentIndex().row() == 1  # still on (b)
    context.undo_stack.undo()
    assert _db(demo_path, "SELECT venue FROM option WHERE label = 'b'") == [
        ("Palais des Nations, Geneva",)]
    assert tab.editor.venue.text() == "Palais des Nations, Geneva"


def test_choosing_an_option_records_the_date_and_unchooses_the_other(tab, context, demo_path):
    status = tab.editor.status
    status.setCurrentIndex(status.findData("chosen"))
    status.activated.emit(status.currentIndex())
    today = dt.date.today().isoformat()
    assert _db(demo_path, "SELECT label, status, decision_date FROM option ORDER BY label") == [
        ("a", "chosen", today), ("b", "proposed", None)]
    tab.select("b")
    status.setCurrentIndex(status.findData("chosen"))
    status.activated.emit(status.currentIndex())
    assert _db(demo_path, "SELECT label, status FROM option ORDER BY label") == [
        ("a", "proposed"), ("b", "chosen")]
    context.undo_stack.undo()
    assert _db(demo_path, "SELECT label, status FROM option ORDER BY label") == [
        ("a", "chosen"), ("b", "proposed")]


def test_a_duplicate_label_or_empty_title_is_refused_and_nothing_saved(tab, demo_path):
    before = demo_path.read_bytes()
    tab.editor.label.setText("b")
    tab.editor.label.editingFinished.emit()
    assert tab.message.text() == "Label: another option is already (b). Not saved."
    assert tab.editor.label.text() == "a"
    tab.editor.title.setText("  ")
    tab.editor.title.editingFinished.emit()
    assert "an option needs a title" in tab.message.text()
    assert demo_path.read_bytes() == before


def test_duplicate_copies_the_budget_lines_and_the_budget_tab_sees_them(tab, context,
                                                                       qtbot):
    budget = BudgetTab(context)
    qtbot.addWidget(budget)
    wire(context, budget)
    tab.duplicate_action.trigger()
    assert _labels(tab) == ["a", "b", "c"]
    assert tab.current().label == "c" and tab.current().title.endswith("(copy)")
    copy, original = tab.compared[2], tab.compared[0]
    assert len(copy.lines) == 6 and copy.totals.total == original.totals.total
    budget.select_option("c")
    assert budget.model.rowCount() == 6
    context.undo_stack.undo()
    assert _labels(tab) == ["a", "b"] and _labels(budget) == ["a", "b"]


def test_delete_asks_first_and_undo_brings_back_the_lines(tab, context, monkeypatch,
                                                          demo_path):
    asked = []
    monkeypatch.setattr(ConfirmDelete, "ask",
                        classmethod(lambda cls, parent, text: asked.append(text) or False))
    tab.delete_action.trigger()
    assert _labels(tab) == ["a", "b"]
    assert "its 6 budget lines" in asked[0]
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, text: True))
    tab.delete_action.trigger()
    assert _labels(tab) == ["b"] and tab.current().label == "b"
    assert _db(demo_path, "SELECT count(*) FROM budget_line") == [(3,)]
    context.undo_stack.undo()
    assert _labels(tab) == ["a", "b"]
    assert _db(demo_path, "SELECT count(*) FROM budget_line") == [(9,)]
    assert abs(tab.compared[0].totals.total - 158000) <= 500


def test_add_then_reorder(tab, context):
    tab.add_action.trigger()
    assert _labels(tab) == ["a", "b", "c"] and tab.current().title == "Option (c)"
    assert not tab.down_action.isEnabled()
    tab.up_action.trigger()
    assert _labels(tab) == ["a", "c", "b"] and tab.current().label == "c"
    tab.up_action.trigger()
    assert _labels(tab) == ["c", "a", "b"] and not tab.up_action.isEnabled()
    context.undo_stack.undo()
    assert _labels(tab) == ["a", "c", "b"]


def test_the_comparison_shows_the_budget_tabs_figures(tab, context, qtbot):
    budget = BudgetTab(context)
    qtbot.addWidget(budget)
    for label in ("a", "b"):
        budget.select_option(label)
        shown = {row[0]: row[1] for row in budget.totals.rows}
        model = tab.comparison
        column = [c.option.label for c in tab.compared].index(label)
        rows = {model.headerData(r, Qt.Orientation.Vertical): r for r in range(model.rowCount())}
        assert model.index(rows["Total cost"], column).data() == shown["Total"]
        assert model.index(rows["of which PSC"], column).data() == (
            shown["Programme support costs"])
        assert model.index(rows["Not yet funded"], column).data() == shown["Not yet funded"]


def test_ctrl_d_duplicates_in_the_window(window, qtbot):
    options = window.tabs[0]
    window.tab_widget.setCurrentIndex(0)
    window.activateWindow()
    options.list_view.setFocus()
    qtbot.keyClick(options.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _labels(options) == ["a", "b", "c"]
    assert [c.option.label for c in window.tabs[1].compared] == ["a", "b", "c"]


# ----- dates follow the plan's and are checked ------------------------------------------
def _plan(demo_path):
    return _db(demo_path, "SELECT start_date, end_date, venue FROM plan")[0]


def test_a_new_option_takes_the_plans_dates_and_venue(tab, context, demo_path):
    start, end, venue = _plan(demo_path)
    assert start and end and venue
    tab.add_action.trigger()
    new = tab.current()
    assert (new.proposed_start.isoformat(), new.proposed_end.isoformat()) == (start, end)
    assert new.venue == venue and new.days == (
        dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1
    assert tab.editor.proposed_start.value() == new.proposed_start


def test_an_empty_date_opens_on_the_plans_month_not_today(tab, context, demo_path):
    start = dt.date.fromisoformat(_plan(demo_path)[0])
    tab.select("b")
    tab.editor.decision_date.enabled.setChecked(False)
    tab.editor.decision_date.enabled.toggled.emit(False)
    field = tab.editor.decision_date
    assert field.value() is None
    shown = field.edit.date()
    assert (shown.year(), shown.month()) == (start.year, start.month)
    field.enabled.setChecked(True)  # ticked: the plan's date, ready to adjust
    assert field.value() == start


def test_an_end_before_the_start_is_refused_and_a_long_meeting_questioned(
        tab, context, demo_path, monkeypatch):
    from PySide6.QtCore import QDate

    from consult_desktop.ui.date_checks import DateQuestions

    asked: list[str] = []
    answer = {"keep": False}
    monkeypatch.setattr(DateQuestions, "ask", classmethod(
        lambda cls, parent, text: asked.append(text) or answer["keep"]))
    tab.select("a")
    before = tab.current()
    end = tab.editor.proposed_end
    end.edit.setDate(QDate(2017, 10, 1))  # before the start
    end.edit.editingFinished.emit()
    assert "the end (1 October 2017) comes before the start" in tab.message.text()
    assert tab.current().proposed_end == before.proposed_end
    end.edit.setDate(QDate(2026, 12, 1))  # left at today: nine years
    end.edit.editingFinished.emit()
    assert asked and "1 December 2026" in asked[-1] and "Keep these dates?" in asked[-1]
    assert tab.current().proposed_end == before.proposed_end  # not kept
    assert end.value() == before.proposed_end and tab.message.text() == "Dates not saved."
    answer["keep"] = True
    end.edit.setDate(QDate(2026, 12, 1))
    end.edit.editingFinished.emit()
    assert tab.current().proposed_end == dt.date(2026, 12, 1)  # the person said so


def test_plan_details_question_a_long_meeting_before_closing(qtbot, monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from consult_desktop.ui.date_checks import DateQuestions
    from consult_desktop.ui.plan_details import MASTHEAD, PlanDetailsDialog

    refused: list[str] = []
    monkeypatch.setattr(DateQuestions, "refuse", classmethod(
        lambda cls, parent, text: refused.append(text)))
    monkeypatch.setattr(DateQuestions, "ask", classmethod(lambda cls, parent, text: False))
    values = {"title": "EGM", "organiser": "", "governing_body": "", "mandate": "",
              "venue": "", "timezone": "UTC", "currency": "USD",
              "default_psc_rate": Decimal("0.13"), "symbol_prefix": "",
              "start_date": dt.date(2017, 11, 1), "end_date": dt.date(2017, 11, 3),
              **{name: "" for name in MASTHEAD}}
    dialog = PlanDetailsDialog(values)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    dialog.end_date.edit.setDate(QDate(2017, 10, 30))
    ok.click()
    assert refused and "comes before the start" in refused[0] and dialog.isVisible()
    dialog.end_date.edit.setDate(QDate(2026, 12, 1))
    ok.click()
    assert dialog.isVisible() and dialog.result() == 0  # questioned, not accepted
    dialog.end_date.edit.setDate(QDate(2017, 11, 3))
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_long_title_shows_its_beginning_when_the_option_is_chosen(tab):
    tab.select("a")
    title = tab.editor.title
    assert len(title.text()) > 40  # the demo's titles run past the field
    assert title.cursorPosition() == 0 and title.hasSelectedText() is False
    tab.select("b")
    assert title.cursorPosition() == 0
