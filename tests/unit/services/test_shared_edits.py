"""Two people on one plan, through the services, on a plan file and on a PostgreSQL
server alike (`any_plan`): an edit of a budget line, an option, a milestone, an agenda
item or a summary section that someone else changed since it was read is refused with
both values and nothing written (Conflicted); "keep mine" saves it over theirs, and its
undo puts back theirs; a change of another field is no conflict; an undo that would
overwrite someone's later change is refused (the window's guard)."""

from __future__ import annotations

import dataclasses

import pytest

from consult_desktop.services import agenda, budget, options, summary, timeline
from consult_desktop.services.edits import Conflicted, Refused, Topic, run
from consult_desktop.services.guarded import Guarded


def _line(plan):
    return next(line for c in budget.budget(plan).compared for line in c.lines)


def _stored_line(plan, line_id):
    return next(line for c in budget.budget(plan).compared for line in c.lines
                if line.id == line_id)


def _kept_mine(plan, edit, conflict):
    assert edit.keep_mine(conflict)
    run(plan, edit)


# ----- budget lines -------------------------------------------------------------------
def test_a_budget_cell_changed_since_it_was_read_is_asked_then_kept_mine(any_plan,
                                                                         someone_else):
    line = _line(any_plan)
    someone_else("budget_line", line.id, description="Theirs")
    edit = budget.edit_line(any_plan, line.id, {"description": "Mine"},
                            read={"description": line.description})
    assert edit is not None
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    conflict = refused.value
    assert conflict.topic == Topic.BUDGET and conflict.mine == {"description": "Mine"}
    assert conflict.theirs[line.id]["description"] == "Theirs"
    assert _stored_line(any_plan, line.id).description == "Theirs"  # nothing written
    _kept_mine(any_plan, edit, conflict)
    assert _stored_line(any_plan, line.id).description == "Mine"
    run(any_plan, edit, "revert")  # undo puts back what I wrote over: theirs
    assert _stored_line(any_plan, line.id).description == "Theirs"


def test_someone_elses_change_of_another_cell_is_no_conflict(any_plan, someone_else):
    line = _line(any_plan)
    someone_else("budget_line", line.id, description="Theirs")
    edit = budget.edit_line(any_plan, line.id, {"unit_cost": line.unit_cost + 1},
                            read={"unit_cost": line.unit_cost})
    assert edit is not None
    run(any_plan, edit)
    stored = _stored_line(any_plan, line.id)
    assert (stored.description, stored.unit_cost) == ("Theirs", line.unit_cost + 1)


def test_deleting_lines_is_refused_whole_when_one_changed_then_kept(any_plan, someone_else):
    lines = budget.budget(any_plan).compared[0].lines[:2]
    someone_else("budget_line", lines[1].id, description="Theirs")
    edit = budget.DeleteLines([line.id for line in lines],
                              {line.id: budget.line_values(line) for line in lines})
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert list(refused.value.theirs) == [lines[1].id] and refused.value.mine == {}
    assert len(budget.budget(any_plan).compared[0].lines) >= 2  # neither deleted
    _kept_mine(any_plan, edit, refused.value)
    left = {line.id for c in budget.budget(any_plan).compared for line in c.lines}
    assert not left & {line.id for line in lines}
    run(any_plan, edit, "revert")  # both back, his description too
    assert _stored_line(any_plan, lines[1].id).description == "Theirs"


# ----- options --------------------------------------------------------------------
def _option(plan):
    return options.options(plan).compared[0].option


def test_an_option_field_changed_since_it_was_read_is_asked(any_plan, someone_else):
    option = _option(any_plan)
    old = dataclasses.asdict(option)
    someone_else("option", option.id, title="Their title", venue="Their venue")
    edit = options.edit_option(option.id, old, {**old, "title": "My title"}, checked=True)
    assert edit is not None
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert refused.value.topic == Topic.OPTIONS
    assert refused.value.theirs[option.id]["title"] == "Their title"
    assert _option(any_plan).title == "Their title"
    _kept_mine(any_plan, edit, refused.value)
    assert (_option(any_plan).title, _option(any_plan).venue) == ("My title", "Their venue")
    run(any_plan, edit, "revert")
    assert _option(any_plan).title == "Their title"


def test_deleting_an_option_someone_changed_is_asked_first(any_plan, someone_else):
    option = _option(any_plan)
    someone_else("option", option.id, risks="A new risk")
    edit = options.DeleteOption(option.id, option.label,
                                {"title": option.title, "risks": option.risks})
    with pytest.raises(Conflicted):
        run(any_plan, edit)
    assert _option(any_plan).id == option.id


# ----- milestones -----------------------------------------------------------------
def test_a_milestone_changed_since_its_dialog_opened_is_asked(any_plan, someone_else):
    first = timeline.load(any_plan).milestones[0]
    old = timeline.milestone(any_plan, first.id)
    someone_else("milestone", first.id, notes="Their notes")
    edit = timeline.EditMilestone(first.id, old, dataclasses.replace(old, notes="My notes"))
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert refused.value.topic == Topic.TIMELINE
    assert refused.value.mine == {"notes": "My notes"}
    assert refused.value.theirs[first.id]["notes"] == "Their notes"
    _kept_mine(any_plan, edit, refused.value)
    assert timeline.milestone(any_plan, first.id).notes == "My notes"
    run(any_plan, edit, "revert")
    assert timeline.milestone(any_plan, first.id).notes == "Their notes"


def test_marking_done_what_someone_else_retitled_goes_through(any_plan, someone_else):
    first = timeline.load(any_plan).milestones[0]
    old = timeline.milestone(any_plan, first.id)
    someone_else("milestone", first.id, title="Retitled")
    run(any_plan, timeline.toggle_done(first.id, old))
    now = timeline.milestone(any_plan, first.id)
    assert (now.title, now.done) == ("Retitled", not old.done)


def test_a_milestone_deleted_meanwhile_cannot_keep_mine(any_plan):
    first = timeline.load(any_plan).milestones[0]
    old = timeline.milestone(any_plan, first.id)
    run(any_plan, timeline.DeleteMilestone(first.id, old))  # someone else, first
    edit = timeline.EditMilestone(first.id, old, dataclasses.replace(old, notes="Mine"))
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert refused.value.theirs == {first.id: None}
    assert not edit.keep_mine(refused.value)


# ----- agenda ---------------------------------------------------------------------
def test_an_agenda_item_changed_since_it_was_read_is_asked_with_each_items_values(
        any_plan, someone_else):
    items = agenda.items(any_plan)
    item = next(i for i in items if i.kind == "item" and i.start is not None)
    someone_else("agenda_item", item.id, title="Their title")
    edit = agenda.EditItem(items, dataclasses.replace(item, title="My title"), ripple=False)
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    conflict = refused.value
    assert conflict.topic == Topic.AGENDA
    assert conflict.mine_of(item.id)["title"] == "My title"
    assert conflict.theirs[item.id]["title"] == "Their title"
    _kept_mine(any_plan, edit, conflict)
    stored = {i.id: i for i in agenda.items(any_plan)}
    assert stored[item.id].title == "My title"
    run(any_plan, edit, "revert")
    assert {i.id: i for i in agenda.items(any_plan)}[item.id].title == "Their title"


def test_an_agenda_edit_of_an_untouched_item_goes_through(any_plan, someone_else):
    items = agenda.items(any_plan)
    mine, theirs = [i for i in items if i.kind == "item"][:2]
    someone_else("agenda_item", theirs.id, notes="Theirs")
    run(any_plan, agenda.EditItem(items, dataclasses.replace(mine, room="Room XII"),
                                  ripple=False))
    stored = {i.id: i for i in agenda.items(any_plan)}
    assert (stored[mine.id].room, stored[theirs.id].notes) == ("Room XII", "Theirs")


# ----- summary --------------------------------------------------------------------
def test_a_summary_section_changed_since_it_was_read_is_asked(any_plan, someone_else):
    slot = next(s for s in summary.slots(any_plan) if s.section_id is not None)
    someone_else("summary_section", slot.section_id, body="Their text")
    edit = summary.EditSection(slot, "My text", visit=1)
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    assert refused.value.topic == Topic.SUMMARY
    assert refused.value.theirs[slot.section_id]["body"] == "Their text"
    _kept_mine(any_plan, edit, refused.value)
    assert _body(any_plan, slot.key) == "My text"
    run(any_plan, edit, "revert")
    assert _body(any_plan, slot.key) == "Their text"


def _body(plan, key):
    return next(s.body for s in summary.slots(plan) if s.key == key)


def test_a_section_started_by_someone_else_meanwhile_is_not_started_twice(any_plan):
    slot = next(s for s in summary.slots(any_plan) if s.section_id is None)
    run(any_plan, summary.EditSection(slot, "Their first words", visit=1))  # someone else
    edit = summary.EditSection(slot, "My first words", visit=2)  # from the slot as read
    with pytest.raises(Conflicted) as refused:
        run(any_plan, edit)
    section_id = next(iter(refused.value.theirs))
    _kept_mine(any_plan, edit, refused.value)
    assert _body(any_plan, slot.key) == "My first words"
    sections = [s for s in summary.slots(any_plan) if s.section_id == section_id]
    assert len(sections) == 1


# ----- undo ---------------------------------------------------------------------
def _edits(plan):
    """One edit a topic, and the row (table, id) someone else then changes."""
    line = _line(plan)
    option = _option(plan)
    first = timeline.load(plan).milestones[0]
    old = timeline.milestone(plan, first.id)
    items = agenda.items(plan)
    item = next(i for i in items if i.kind == "item")
    slot = next(s for s in summary.slots(plan) if s.section_id is not None)
    return {
        "budget": (budget.edit_line(plan, line.id, {"description": "Mine"},
                                    read={"description": line.description}),
                   "budget_line", line.id, {"description": "Theirs"}),
        "options": (options.edit_option(option.id, dataclasses.asdict(option),
                                        {"title": "Mine"}, checked=True),
                    "option", option.id, {"title": "Theirs"}),
        "milestones": (timeline.EditMilestone(first.id, old,
                                              dataclasses.replace(old, notes="Mine")),
                       "milestone", first.id, {"notes": "Theirs"}),
        "agenda": (agenda.EditItem(items, dataclasses.replace(item, notes="Mine"), False),
                   "agenda_item", item.id, {"notes": "Theirs"}),
        "summary": (summary.EditSection(slot, "Mine", 1), "summary_section",
                    slot.section_id, {"body": "Theirs"}),
    }


def test_an_undo_over_someone_elses_later_change_is_refused(any_plan, someone_else):
    from sqlalchemy import select

    from consult_desktop.store.models import Base

    for topic, (edit, table, row_id, theirs) in _edits(any_plan).items():
        guarded = Guarded(edit)
        run(any_plan, guarded)
        someone_else(table, row_id, **theirs)
        with pytest.raises(Refused, match="someone else changed it since"):
            run(any_plan, guarded, "revert")
        columns = Base.metadata.tables[table]
        (name, value), = theirs.items()
        with any_plan.read() as session:  # theirs kept
            stored = session.scalar(select(columns.c[name]).where(columns.c.id == row_id))
        assert stored == value, topic


def test_an_undo_nobody_interfered_with_goes_through(any_plan):
    for edit, _table, _row_id, _theirs in _edits(any_plan).values():
        guarded = Guarded(edit)
        run(any_plan, guarded)
        run(any_plan, guarded, "revert")
        run(any_plan, guarded)  # and the redo
