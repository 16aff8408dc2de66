"""The Timeline tab as an officer uses it: the demo's dates, warnings, undoable edits."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, Qt

from consult_desktop.domain.milestones import Fields
from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui.milestone_dialog import MilestoneDialog, RulesDialog
from consult_desktop.ui.plan_tab import wire
from consult_desktop.ui.timeline_tab import MilestonesModel, TimelineTab

D = dt.date
TODAY = D(2026, 11, 27)


def _rows(path, sql):
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


@pytest.fixture
def tab(qtbot, context):
    widget = TimelineTab(context, today=lambda: TODAY)
    wire(context, widget)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _select(tab, text):
    row = next(i for i, m in enumerate(tab.model.rows) if text in m.title)
    tab.table.selectRow(row)
    return tab.model.rows[row].id


def test_the_demo_shows_the_seed_dates_and_no_warning(tab):
    table = [(tab.model.index(r, 1).data(), tab.model.index(r, 2).data())
             for r in range(tab.model.rowCount())]
    iom = "7th Global Meeting of Regional Consultative Processes (IOM), Geneva"
    assert ("10 and 11 October 2017", iom) in table
    assert table[0][0] == "31 March 2017" and table[-1][0].startswith("27\u201329 November 2017")
    assert tab.alerts == []
    assert tab.warnings_label.text().endswith("(0)")
    assert tab.suggestions.count() == 3
    assert tab.suggestions.item(0).text().startswith("24 August 2017: Documents to processing")


@pytest.mark.parametrize(("lang", "first"), [
    ("fr", "Documents à remettre (1)\u00a0: ECE/EX/2017/CRP.1"),
    ("ru", "Срок сдачи документов (1): ECE/EX/2017/CRP.1"),
])
def test_the_documents_due_are_named_in_the_windows_language(lang, first, speak, context,
                                                             qtbot):
    speak(lang)
    shown = TimelineTab(context, today=lambda: TODAY)
    wire(context, shown)
    qtbot.addWidget(shown)
    shown.show()
    shown.view.grab()  # paints
    assert sorted(hit.tip.splitlines()[0] for hit in shown.view.hits if hit.id < 0)[0] == first


def test_the_axis_draws_every_milestone_and_option_and_points_to_today(tab, qtbot):
    tab.view.grab()  # paints
    kinds = sorted(hit.kind for hit in tab.view.hits)
    # five milestones, and the three days documents of the session are due (issue 22)
    assert kinds == ["milestone"] * 8 + ["option"] * 2
    due = sorted(hit.tip.splitlines()[0] for hit in tab.view.hits if hit.id < 0)
    assert due[0] == "Documents due (1): ECE/EX/2017/CRP.1"
    assert "Documents due (2): ECE/EX/2017/L.8, ECE/EX/2017/L.9" in due
    low, high = tab.view.date_range()
    assert low <= D(2017, 3, 31) and high >= D(2017, 11, 29)
    assert not low <= TODAY <= high  # 2026 is far off: shown as an arrow, not squashing 2017
    first, second = (tab.view.x_of(D(2017, 3, 31)), tab.view.x_of(D(2017, 11, 3)))
    assert first < second
    mexico = next(h for h in tab.view.hits if "Mexico" in h.tip)
    with qtbot.waitSignal(tab.view.milestoneClicked) as clicked:
        qtbot.mouseClick(tab.view, Qt.MouseButton.LeftButton,
                         pos=mexico.rect.center().toPoint())
    assert tab.selected_id() == clicked.args[0]
    assert "Mexico" in tab.model.rows[tab.table.currentIndex().row()].title
    assert tab.view.hit_at(QPointF(-5, -5)) is None


def test_labels_of_close_milestones_never_overlap(tab):
    placed = tab.view.label_layout()
    assert all(label for _, label, _, _ in placed)  # eight markers: every one labelled
    metrics_rects = [(lane, left, left + tab.view.fontMetrics().horizontalAdvance(label))
                     for _, label, left, lane in placed]
    for i, (lane, a0, a1) in enumerate(metrics_rects):
        for lane2, b0, b1 in metrics_rects[i + 1:]:
            assert lane != lane2 or a1 <= b0 or b1 <= a0


def test_an_option_moved_after_mexico_is_flagged_in_the_tab(tab, context):
    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("UPDATE option SET proposed_start='2017-11-30', proposed_end='2017-12-01'"
                   " WHERE label='b'")
    context.announce(Change.everything(Topic.OPTIONS))
    assert [a.kind for a in tab.alerts] == ["outcome_late"]
    assert tab.warnings.item(0).text().startswith("Option (b) ends on 1 December 2017")
    tab.view.grab()
    option_b = next(h for h in tab.view.hits if h.kind == "option" and "(b)" in h.tip)
    assert option_b.id in tab.view.flagged_options


def test_add_edit_mark_done_delete_are_on_disk_and_undone(tab, context, monkeypatch):
    path = context.plan_file.path
    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(
        lambda cls, values, parent=None: replace(values, title="Background document ready",
                                                 kind="document", date=D(2017, 9, 1))))
    tab.add_action.trigger()
    assert _rows(path, "SELECT title, date, done FROM milestone WHERE kind='document'") == [
        ("Background document ready", "2017-09-01", 0)]
    assert [a.kind for a in tab.alerts] == ["overdue"]  # 2017 and not done, seen from 2026
    assert tab.model.data(tab.model.index(tab.model.rows.index(
        next(m for m in tab.model.rows if m.kind == "document")), 2),
        Qt.ItemDataRole.ForegroundRole) is not None

    tab.done_action.trigger()  # the new milestone stays selected
    assert _rows(path, "SELECT done FROM milestone WHERE kind='document'") == [(1,)]
    assert tab.alerts == [] and "not d&one" in tab.done_action.text()

    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(
        lambda cls, values, parent=None: replace(values, title="Background note ready")))
    tab.edit_action.trigger()
    _select(tab, "Background note")
    tab.delete_action.trigger()
    assert _rows(path, "SELECT count(*) FROM milestone WHERE kind='document'") == [(0,)]

    stack = context.undo_stack
    assert stack.undoText().startswith("Delete milestone")
    stack.undo()
    assert _rows(path, "SELECT title, done FROM milestone WHERE kind='document'") == [
        ("Background note ready", 1)]
    stack.undo()
    stack.undo()
    assert _rows(path, "SELECT title, done FROM milestone WHERE kind='document'") == [
        ("Background document ready", 0)]
    stack.undo()
    assert _rows(path, "SELECT count(*) FROM milestone") == [(5,)]
    assert tab.model.rowCount() == 5
    stack.redo()
    assert tab.model.rowCount() == 6


def test_a_refused_edit_is_reported_and_not_stacked(tab, context, monkeypatch):
    messages = []
    context.failed.connect(messages.append)
    _select(tab, "EXCOM")
    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(
        lambda cls, values, parent=None: replace(values, end_date=D(2017, 1, 1))))
    tab.edit_action.trigger()
    assert messages and "before it starts" in messages[0]
    assert context.undo_stack.count() == 0


def test_accepting_a_suggestion_makes_a_document_milestone(tab, context):
    tab.suggestions.setCurrentRow(1)
    tab.accept_button.click()  # the action, shown under the suggestions
    rows = _rows(context.plan_file.path,
                 "SELECT title, date, kind FROM milestone WHERE kind='document'")
    assert rows == [("Invitations sent", "2017-09-07", "document")]
    assert tab.suggestions.count() == 2  # accepted: no longer suggested
    context.undo_stack.undo()
    assert tab.suggestions.count() == 3


def test_rules_are_editable_per_plan_and_undoable(tab, context, monkeypatch):
    monkeypatch.setattr(RulesDialog, "ask", classmethod(
        lambda cls, rules, parent=None: [*rules, ("Logistics note sent", 4)]))
    tab.rules_action.trigger()
    assert tab.suggestions.item(3).text() == \
        "5 October 2017: Logistics note sent (4 weeks before)"
    context.undo_stack.undo()
    assert tab.suggestions.count() == 3
    assert _rows(context.plan_file.path, "SELECT count(*) FROM deadline_rule") == [(3,)]


def test_a_close_meeting_makes_missed_deadlines_show(qtbot, context):
    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("UPDATE option SET proposed_start='2017-10-20', proposed_end='2017-10-20'")
    tab = TimelineTab(context, today=lambda: D(2017, 9, 5))
    qtbot.addWidget(tab)
    missed = [a.message for a in tab.alerts if a.kind == "deadline_missed"]
    assert len(missed) == 2 and "Documents to processing" in missed[0]


def test_the_milestones_model_is_sound(qtmodeltester, tab):
    qtmodeltester.check(tab.model)
    empty = MilestonesModel()
    qtmodeltester.check(empty)


def test_the_dialogs_return_what_was_typed(qtbot):
    values = Fields("Mexico", D(2017, 11, 27), D(2017, 11, 29), "outcome_due")
    dialog = MilestoneDialog(values)
    qtbot.addWidget(dialog)
    assert dialog.values() == values
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.end_date.edit.setDate(dialog.date.date().addDays(-1))
    assert not ok.isEnabled() and "before it starts" in dialog.problem.text()
    dialog.end_date.edit.setDate(dialog.date.date())
    assert ok.isEnabled()
    dialog.title.setText("  ")
    assert not ok.isEnabled() and dialog.problem.text() == "The milestone needs a title."
    rules = RulesDialog([("Invitations sent", 8)])
    qtbot.addWidget(rules)
    rules.add_rule("Briefing", 2)
    assert rules.rules() == [("Invitations sent", 8), ("Briefing", 2)]
    rules.table.selectRow(0)
    rules.remove_rule()
    assert rules.rules() == [("Briefing", 2)]


def test_a_new_plan_has_no_suggestion_until_it_has_dates(qtbot, tmp_path):
    from consult_desktop.services.plan import EditPlanDetails, details
    from consult_desktop.store.plan_file import create_plan
    from consult_desktop.ui.context import PlanContext

    plan_file = create_plan(tmp_path / "new.consult", "Expert group meeting")
    context = PlanContext(plan_file)
    tab = TimelineTab(context, today=lambda: D(2027, 1, 4))
    wire(context, tab)
    qtbot.addWidget(tab)
    tab.show()
    tab.view.grab()
    assert tab.suggested == [] and tab.alerts == [] and tab.model.rowCount() == 0
    assert "no meeting dates yet" in tab.suggestions_label.text()
    old = details(context.plan_file)
    context.run(EditPlanDetails(old, {**old, "start_date": D(2027, 2, 1),
                                           "end_date": D(2027, 2, 2)}))
    assert [s.date for s in tab.suggested] == [D(2026, 11, 23), D(2026, 12, 7),
                                               D(2026, 12, 21)]
    assert [a.kind for a in tab.alerts] == ["deadline_missed"] * 3
    context.undo_stack.clear()
    plan_file.close()


def test_the_keyboard_drives_the_timeline(tab, context, qtbot, monkeypatch):
    """Insert adds, Ctrl+D marks done, Return edits, Delete deletes, Ctrl+Return accepts
    a suggestion, Ctrl+R edits the rules: shortcuts of the tab, from its table."""
    path = context.plan_file.path
    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(
        lambda cls, values, parent=None: replace(values, title="Typed milestone",
                                                 date=D(2017, 6, 1))))
    monkeypatch.setattr(RulesDialog, "ask", classmethod(
        lambda cls, rules, parent=None: rules[:1]))
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    assert _rows(path, "SELECT date, done FROM milestone WHERE title='Typed milestone'") == [
        ("2017-06-01", 0)]
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _rows(path, "SELECT done FROM milestone WHERE title='Typed milestone'") == [(1,)]
    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(
        lambda cls, values, parent=None: replace(values, title="Renamed milestone")))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert _rows(path, "SELECT count(*) FROM milestone WHERE title='Renamed milestone'") == [
        (1,)]
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert _rows(path, "SELECT count(*) FROM milestone") == [(5,)]
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _rows(path, "SELECT title FROM milestone WHERE kind='document'") == [
        ("Documents to processing",)]
    qtbot.keyClick(tab.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _rows(path, "SELECT count(*) FROM deadline_rule") == [(1,)]
    assert context.undo_stack.count() == 6
    assert "(Ctrl+D)" in tab.done_action.toolTip()
    assert all(action in tab.toolbar.actions() for action in (
        tab.add_action, tab.edit_action, tab.delete_action, tab.done_action,
        tab.rules_action))
    assert tab.accept_button.defaultAction() is tab.accept_action


def test_a_done_box_is_clicked_to_mark_done_and_undone(tab, context, demo_path, qtbot):
    milestone = tab.model.rows[0]
    index = tab.model.index(0, 0)
    assert tab.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert "click to mark it" in index.data(Qt.ItemDataRole.ToolTipRole)
    # A click on the box itself, as the person does it.
    style = tab.table.style()
    box = style.subElementRect(style.SubElement.SE_ItemViewItemCheckIndicator,
                               _item_option(tab.table, index), tab.table)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    sql = f"SELECT done FROM milestone WHERE id = {milestone.id}"
    assert _rows(demo_path, sql) == [(int(not milestone.done),)]
    row = next(r for r, m in enumerate(tab.model.rows) if m.id == milestone.id)
    assert tab.model.rows[row].done is not milestone.done
    context.undo_stack.undo()
    assert _rows(demo_path, sql) == [(int(milestone.done),)]


def _item_option(view, index):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


def test_every_suggested_deadline_is_accepted_at_once_in_one_step(tab, context, demo_path):
    before = _rows(demo_path, "SELECT count(*) FROM milestone")[0][0]
    titles = [s.title for s in tab.suggested]
    assert len(titles) == 3 and tab.accept_all_action.isEnabled()
    tab.accept_all_action.trigger()
    rows = _rows(demo_path, "SELECT title, kind FROM milestone")
    assert len(rows) == before + 3
    assert all((title, "document") in rows for title in titles)
    assert context.undo_stack.count() == 1
    assert context.undo_stack.undoText() == "Accept 3 deadlines"
    context.undo_stack.undo()
    assert _rows(demo_path, "SELECT count(*) FROM milestone")[0][0] == before
    context.undo_stack.redo()
    assert _rows(demo_path, "SELECT count(*) FROM milestone")[0][0] == before + 3


def test_on_a_small_screen_the_strip_shows_every_lane_of_labels(qtbot, context):
    widget = TimelineTab(context, today=lambda: TODAY)
    wire(context, widget)
    qtbot.addWidget(widget)
    widget.resize(1000, 540)  # a 1024x600 laptop, less the menu and tab bar
    widget.show()
    widget.accept_all_action.trigger()  # eight milestones, most of them in autumn
    qtbot.wait(10)
    view = widget.view
    assert view.lanes_needed() >= 4
    assert widget.axis_scroll.viewport().height() >= view.height()  # nothing scrolled off
    widget.accept_all_action.trigger()  # nothing left: the strip keeps its size
    assert widget.table.height() >= 100  # the table keeps room for a few rows


def test_a_new_milestone_of_a_past_plan_opens_on_the_meetings_first_day(tab, monkeypatch):
    offered = []
    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(
        lambda cls, values, parent=None: offered.append(values.date)))
    tab.add_action.trigger()
    assert offered == [D(2017, 11, 2)]  # the demo's meeting, not today in 2026


def test_a_new_plans_documents_due_are_named_in_the_windows_language(speak, qtbot,
                                                                    tmp_path):
    """Before they have symbols, the printed documents are named by their titles."""
    from consult_desktop.store.plan_file import create_plan
    from consult_desktop.ui.context import PlanContext

    speak("fr")
    plan = create_plan(tmp_path / "n.consult", "Consultation", lang="fr",
                       start_date=D(2027, 3, 15), end_date=D(2027, 3, 16))
    shown = TimelineTab(PlanContext(plan), today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.show()
    shown.view.grab()  # paints
    due = " ".join(hit.tip for hit in shown.view.hits if hit.id < 0)
    plan.close()
    assert "Liste des participants" in due and "List of participants" not in due
