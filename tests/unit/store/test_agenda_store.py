"""The agenda on disk: loading plain rows, writing changes in one transaction, renumbering."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy.exc import IntegrityError

from consult_desktop.store import agenda_store


def _items(plan):
    with plan.read() as session:
        return agenda_store.load_items(session, plan.plan_id)


def test_the_demo_agenda_loads_in_order_with_speakers(any_plan):
    items = _items(any_plan)
    assert [i.number for i in items] == ["1", "2", "3", "3 (a)", "", "3 (b)", "", "4", "5",
                                        "6"]
    statements = next(i for i in items if i.number == "3 (b)")
    with any_plan.read() as session:
        people = {p.id: str(p.titled)
                  for p in agenda_store.load_people(session, any_plan.plan_id)}
    assert [people[s] for s in statements.speaker_ids] == [
        "Ms. Élodie Marchand", "Mr. Алексей Воронцов", "Ms. Aigerim Seitkali"]


def test_the_demo_meeting_follows_the_first_option_before_a_choice(any_plan):
    with any_plan.read() as session:
        meeting, timezone = agenda_store.load_meeting(session, any_plan.plan_id)
    assert (meeting.first_day, meeting.last_day) == (dt.date(2017, 11, 2), dt.date(2017, 11, 3))
    assert timezone == "Europe/Zurich"


def test_a_write_renumbers_and_reverting_restores_every_row(any_plan):
    items = _items(any_plan)
    plan_id = any_plan.plan_id
    first = items[0]
    earlier = replace(items[1], start=dt.time(9, 30), end=dt.time(9, 45))  # before item 1
    with any_plan.begin() as session:
        agenda_store.write(session, plan_id, [items[1]], [earlier])
    moved = {i.id: i for i in _items(any_plan)}
    assert moved[earlier.id].number == "1" and moved[first.id].number == "2"
    assert moved[earlier.id].position == 0
    with any_plan.begin() as session:
        agenda_store.write(session, plan_id, [earlier], [items[1]])
    assert _items(any_plan) == items


def test_delete_and_reinsert_keeps_ids_parts_and_speakers(any_plan):
    items = _items(any_plan)
    plan_id = any_plan.plan_id
    three = [i for i in items if i.number.startswith("3")]
    with any_plan.begin() as session:
        agenda_store.write(session, plan_id, three, [])
    assert [i.number for i in _items(any_plan)][:4] == ["1", "2", "", ""]
    with any_plan.begin() as session:
        agenda_store.write(session, plan_id, [], three)
    assert _items(any_plan) == items


def test_a_refused_write_changes_nothing(any_plan):
    items = _items(any_plan)
    blank = replace(items[0], title="  ")
    with pytest.raises(IntegrityError), any_plan.begin() as session:
        agenda_store.write(session, any_plan.plan_id, [items[0], items[1]],
                           [replace(items[1], title="Changed"), blank])
    assert _items(any_plan) == items


def test_the_demo_has_no_clash(any_plan):
    with any_plan.read() as session:
        assert agenda_store.load(session, any_plan.plan_id).clashes() == []
