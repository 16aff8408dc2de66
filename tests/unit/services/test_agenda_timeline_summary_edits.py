"""The edits of the agenda, the timeline and the summary, run without a window (as the
command line runs them): each applies and reverts in one transaction and names the rows
it changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from consult_desktop.domain.milestones import Fields
from consult_desktop.services import agenda, summary, timeline
from consult_desktop.services.edits import Refused, Topic, run


def _numbers(plan_file) -> dict[str, str]:
    return {item.title: item.number for item in agenda.items(plan_file)}


def test_deleting_an_item_names_it_and_the_items_renumbered(any_plan):
    before = agenda.items(any_plan)
    four = next(item for item in before if item.number == "4")
    edit = agenda.DeleteItem(before, four, ripple=False)
    change = run(any_plan, edit)
    after = {item.id: item for item in agenda.items(any_plan)}
    assert change.topic == Topic.AGENDA and change.removed == {four.id}
    renumbered = {i.id for i in before if i.id in after and after[i.id].number != i.number}
    assert renumbered == {i.id for i in before if i.number in ("5", "6")}
    assert renumbered <= change.updated
    back = run(any_plan, edit, "revert")
    assert agenda.items(any_plan) == before
    assert back.added == {four.id}


def test_a_new_item_lands_after_the_chosen_one_for_its_default_length(any_plan):
    data = agenda.load(any_plan)
    day = dt.date(2017, 11, 3)
    day_items = [item for item in data.items if item.day == day]
    chosen = next(item for item in day_items if item.number == "4")
    lunch = agenda.draft(any_plan, data, "lunch", day, day_items, chosen)
    # Lunch is not held in the meeting room: it takes no room from the item before.
    assert (lunch.title, lunch.start, lunch.room) == ("Lunch", chosen.end, "")
    assert lunch.span[1] - lunch.span[0] == dt.timedelta(minutes=90)
    change = run(any_plan, agenda.AddItem(data.items, lunch, ripple=True))
    assert lunch.id in change.added
    moved = {item.id: item for item in agenda.items(any_plan)}
    five = next(item for item in data.items if item.number == "5")
    assert moved[five.id].start == (dt.datetime.combine(day, five.start)
                                    + dt.timedelta(minutes=90)).time()


def test_a_milestone_that_breaks_the_rule_is_refused_and_nothing_changes(any_plan):
    first = timeline.load(any_plan).milestones[0]
    old = timeline.milestone(any_plan, first.id)
    bad = replace(old, end_date=old.date - dt.timedelta(days=1))
    with pytest.raises(Refused, match="before it starts"):
        run(any_plan, timeline.EditMilestone(first.id, old, bad))
    assert timeline.milestone(any_plan, first.id) == old
    added = timeline.AddMilestone(Fields("  Briefing note  ", dt.date(2017, 10, 2)))
    change = run(any_plan, added)
    assert change.added == {added.milestone_id}
    assert timeline.milestone(any_plan, added.milestone_id).title == "Briefing note"
    run(any_plan, added, "revert")
    run(any_plan, added)  # a redo: the same id again
    assert timeline.milestone(any_plan, added.milestone_id).title == "Briefing note"


def test_the_edits_of_one_visit_absorb_each_other(any_plan):
    slot = next(s for s in summary.slots(any_plan) if s.heading.startswith("5"))
    assert slot.section_id is None
    first = summary.EditSection(slot, "Nothing.", visit=1)
    run(any_plan, first)
    again = next(s for s in summary.slots(any_plan) if s.key == slot.key)
    second = summary.EditSection(again, "Nothing was raised.", visit=1)
    run(any_plan, second)
    assert first.absorb(second)
    assert not first.absorb(summary.EditSection(again, "x", visit=2))
    run(any_plan, first, "revert")  # the whole visit: the section goes
    assert next(s for s in summary.slots(any_plan) if s.key == slot.key).section_id is None
