"""Two officers on one plan on a server, beyond the participants: the budget lines,
options, milestones, agenda items and summary sections. Two processes saving the same
rows at the same moment: one saves, the other is told, for each. In the window: what
someone else saves arrives without wiping a half-typed value; saving it then asks
(keep mine, take theirs, cancel) with both values; an undo over their later change is
refused with a message."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from consult_desktop.services import budget, options, summary, timeline
from consult_desktop.store.address import parse_server_address
from consult_desktop.store.server_plan import open_server_plan
from consult_desktop.ui.conflict_dialog import ConflictDialog
from consult_desktop.ui.milestone_dialog import MilestoneDialog

# An officer's process: reads the rows of every topic, waits for "go" (both start
# together), then saves one edit of each, checked against what it read; prints what
# became of each ("saved" or "conflict").
CHILD = """
import dataclasses, json, sys
from consult_desktop.services import agenda, budget, options, summary, timeline
from consult_desktop.services.edits import Conflicted, run
from consult_desktop.store.address import parse_server_address
from consult_desktop.store.opening import open_plan
plan = open_plan(parse_server_address(sys.argv[1]))
who = sys.argv[2]
line = budget.budget(plan).compared[0].lines[0]
option = options.options(plan).compared[0].option
first = timeline.load(plan).milestones[0]
old = timeline.milestone(plan, first.id)
items = agenda.items(plan)
item = next(i for i in items if i.kind == "item")
slot = next(s for s in summary.slots(plan) if s.section_id is not None)
edits = {
    "budget": budget.edit_line(plan, line.id, {"description": who},
                               read={"description": line.description}),
    "options": options.edit_option(option.id, dataclasses.asdict(option), {"title": who},
                                   checked=True),
    "milestones": timeline.EditMilestone(first.id, old, dataclasses.replace(old, notes=who)),
    "agenda": agenda.EditItem(items, dataclasses.replace(item, notes=who), False),
    "summary": summary.EditSection(slot, who, 1),
}
print("ready", flush=True)
sys.stdin.readline()
outcome = {}
for topic, edit in edits.items():
    try:
        run(plan, edit)
        outcome[topic] = "saved"
    except Conflicted:
        outcome[topic] = "conflict"
print(json.dumps(outcome))
"""


def test_two_processes_saving_the_same_rows_at_once_one_saves_one_is_told(demo_on_server):
    children = [subprocess.Popen([sys.executable, "-c", CHILD, demo_on_server, who],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
                for who in ("anna", "boris")]
    for child in children:  # both have read what they edit
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    outcomes = [json.loads(child.communicate(timeout=60)[0]) for child in children]
    for topic in ("budget", "options", "milestones", "agenda", "summary"):
        assert sorted(o[topic] for o in outcomes) == ["conflict", "saved"], topic
    plan = open_server_plan(parse_server_address(demo_on_server))
    try:  # what is stored is the saver's, whole
        winner = {t: "anna" if outcomes[0][t] == "saved" else "boris" for t in outcomes[0]}
        assert budget.budget(plan).compared[0].lines[0].description == winner["budget"]
        assert options.options(plan).compared[0].option.title == winner["options"]
        first = timeline.load(plan).milestones[0]
        assert timeline.milestone(plan, first.id).notes == winner["milestones"]
        assert any(s.body == winner["summary"] for s in summary.slots(plan))
    finally:
        plan.close()


# ----- the window ----------------------------------------------------------------
@pytest.fixture
def boris(on_server):
    """The other officer: the same plan, opened at another desk."""
    plan = open_server_plan(parse_server_address(on_server))
    yield plan
    plan.close()


@pytest.fixture
def failures(server_window):
    context = server_window.context
    context.failed.disconnect()  # not the window's message box, in a test
    found: list[str] = []
    context.failed.connect(found.append)
    return found


def _tab(window, kind):
    tab = next(t for t in window.tabs if isinstance(t, kind))
    window.tab_widget.setCurrentWidget(tab.parentWidget())
    return tab


def _boris_saves_line(boris, line_id, **values):
    line = next(x for c in budget.budget(boris).compared for x in c.lines if x.id == line_id)
    edit = budget.edit_line(boris, line_id, values,
                            read={name: getattr(line, name) for name in values})
    assert edit is not None
    from consult_desktop.services.edits import run

    run(boris, edit)


def _stored_line(plan, line_id):
    return next(x for c in budget.budget(plan).compared for x in c.lines if x.id == line_id)


@pytest.mark.parametrize("choice", ["mine", "theirs", None])
def test_a_budget_cell_typed_while_someone_saves_it_asks_with_both_values(
        qtbot, server_window, boris, failures, choice):
    from consult_desktop.ui.budget_model import COLUMNS
    from consult_desktop.ui.budget_tab import BudgetTab

    tab = _tab(server_window, BudgetTab)
    context = server_window.context
    asked = []
    context.ask_conflict = lambda conflict: asked.append(conflict) or choice
    column = next(n for n, c in enumerate(COLUMNS) if c.field == "description")
    index = tab.model.index(0, column)
    line_id = tab.model.lines[0].id
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.indexWidget(index) or tab.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Anna's words")
    _boris_saves_line(boris, line_id, description="Boris's words")
    qtbot.waitUntil(lambda: tab.model.lines[tab.model.row_of(line_id)].description
                    == "Boris's words", timeout=2000)
    assert editor.text() == "Anna's words"  # her typing is still there
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert asked[0].mine == {"description": "Anna's words"}
    assert asked[0].theirs[line_id]["description"] == "Boris's words"
    expected = "Anna's words" if choice == "mine" else "Boris's words"
    qtbot.waitUntil(lambda: tab.model.lines[tab.model.row_of(line_id)].description
                    == expected, timeout=2000)
    assert _stored_line(boris, line_id).description == expected
    assert context.undo_stack.count() == (1 if choice == "mine" else 0)
    if choice == "mine":  # her undo puts back his words, not what she first read
        context.undo_stack.undo()
        assert _stored_line(boris, line_id).description == "Boris's words"
    assert failures == []


def test_undoing_a_budget_edit_after_someone_elses_later_change_is_refused(
        qtbot, server_window, boris, failures):
    from consult_desktop.ui.budget_tab import BudgetTab

    tab = _tab(server_window, BudgetTab)
    line = tab.model.lines[0]
    assert tab._commit(line.id, {"description": "Anna's words"},
                       {"description": line.description})
    _boris_saves_line(boris, line.id, unit_cost=line.unit_cost + 5)
    server_window.context.undo_stack.undo()
    assert any("someone else changed it since" in f for f in failures)
    stored = _stored_line(boris, line.id)
    assert (stored.description, stored.unit_cost) == ("Anna's words", line.unit_cost + 5)


def test_the_real_dialog_shows_a_milestones_two_values_and_take_theirs_keeps_his(
        qtbot, server_window, boris, failures, monkeypatch):
    from consult_desktop.ui.timeline_tab import TimelineTab

    tab = _tab(server_window, TimelineTab)
    first = timeline.load(boris).milestones[0]
    tab.select_milestone(first.id)

    def ask(_cls, old, _parent=None):  # while her dialog is open, he saves
        mine = timeline.milestone(boris, first.id)
        from consult_desktop.services.edits import run

        run(boris, timeline.EditMilestone(first.id, mine,
                                          dataclasses.replace(mine, notes="Boris's notes")))
        return dataclasses.replace(old, notes="Anna's notes")
    monkeypatch.setattr(MilestoneDialog, "ask", classmethod(ask))
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        seen.append([dialog.table.item(0, c).text() for c in range(4)])
        dialog.theirs_button.click()

    QTimer.singleShot(0, answer)
    tab.edit_milestone()
    assert seen == [[first.title, "Notes", "Anna's notes", "Boris's notes"]]
    assert timeline.milestone(boris, first.id).notes == "Boris's notes"
    assert server_window.context.undo_stack.count() == 0 and failures == []


def test_an_option_field_typed_while_someone_saves_it_keeps_the_typing_then_asks(
        qtbot, server_window, boris, failures):
    from consult_desktop.ui.options_tab import OptionsTab

    tab = _tab(server_window, OptionsTab)
    option = tab.current()
    assert option is not None
    context = server_window.context
    asked = []
    context.ask_conflict = lambda conflict: asked.append(conflict) or "mine"
    tab.editor.title.setFocus()
    tab.editor.title.selectAll()
    qtbot.keyClicks(tab.editor.title, "Anna's title")
    old = dataclasses.asdict(option)
    from consult_desktop.services.edits import run

    run(boris, options.edit_option(option.id, old, {"title": "Boris's title",
                                                    "venue": "Boris's venue"}, checked=True))
    qtbot.waitUntil(lambda: tab.editor.venue.text() == "Boris's venue", timeout=2000)
    assert tab.editor.title.text() == "Anna's title"  # not replaced by his
    tab.editor.title.editingFinished.emit()
    assert asked and asked[0].theirs[option.id]["title"] == "Boris's title"
    now = options.options(boris).compared[0].option
    assert (now.title, now.venue) == ("Anna's title", "Boris's venue")
    assert failures == []


def test_a_summary_typed_while_someone_saves_it_keeps_the_typing_then_asks(
        qtbot, server_window, boris, failures):
    from consult_desktop.ui.summary_tab import SummaryTab

    tab = _tab(server_window, SummaryTab)
    row = next(n for n, s in enumerate(tab.slots) if s.section_id is not None)
    tab.sections.setCurrentRow(row)
    slot = tab.slots[row]
    context = server_window.context
    asked = []
    context.ask_conflict = lambda conflict: asked.append(conflict) or "theirs"
    tab.editor.setFocus()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, " and Anna's words")
    from consult_desktop.services.edits import run

    run(boris, summary.EditSection(slot, "Boris's words", 1))
    qtbot.waitUntil(lambda: any(s.body == "Boris's words" for s in tab.slots), timeout=2000)
    assert tab.editor.toPlainText() == slot.body + " and Anna's words"
    tab.pause.timeout.emit()  # her pause saves: she is asked
    assert asked and asked[0].theirs[slot.section_id]["body"] == "Boris's words"
    assert tab.editor.toPlainText() == "Boris's words"  # she took his
    assert failures == []
