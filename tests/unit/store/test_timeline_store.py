"""The timeline as stored: the demo's dates, the rules, and the check's lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import update

from consult_desktop.domain.milestones import Fields
from consult_desktop.store import timeline_store as store
from consult_desktop.store.models import DeadlineRule, Option

D = dt.date
TODAY = D(2026, 11, 27)


def test_the_demo_shows_the_seed_dates_and_raises_nothing(any_plan):
    with any_plan.read() as session:
        timeline = store.load_timeline(session, any_plan.plan_id)
    dates = {m.kind: (m.date, m.end_date) for m in timeline.milestones}
    assert dates["related_meeting"] == (D(2017, 10, 10), D(2017, 10, 11))  # IOM GRCP
    assert dates["meeting"][0] == D(2017, 11, 3)                         # first week of Nov.
    assert dates["outcome_due"][0].month == 11 and dates["outcome_due"][0].day >= 20  # Mexico
    assert dates["mandate"][0] == D(2017, 3, 31)                         # workplan by March
    assert timeline.meeting_start == D(2017, 11, 2)  # option (a), as the agenda and print
    assert [(s.title, s.date) for s in timeline.suggestions()] == [
        ("Documents to processing", D(2017, 8, 24)),
        ("Invitations sent", D(2017, 9, 7)),
        ("Documents distributed to participants", D(2017, 9, 21)),
    ]
    assert timeline.alerts(TODAY) == []
    with any_plan.read() as session:
        assert store.timeline_problems(session, any_plan.plan_id, TODAY) == []


def test_an_option_moved_after_mexico_is_flagged(any_plan):
    with any_plan.begin() as session:
        session.execute(update(Option).where(Option.label == "b").values(
            proposed_start=D(2017, 11, 30), proposed_end=D(2017, 12, 1)))
    with any_plan.read() as session:
        (line,) = store.timeline_problems(session, any_plan.plan_id, TODAY)
    assert line.startswith("timeline: Option (b) ends on 1 December 2017")
    assert "27 November 2017" in line


def test_milestones_are_written_checked_and_restored_with_their_id(any_plan):
    plan_id = any_plan.plan_id
    values = Fields("Invitations sent", D(2017, 9, 8), kind="document")
    with any_plan.begin() as session:
        new_id = store.insert_milestone(session, plan_id, values)
    with any_plan.begin() as session:
        store.delete_milestone(session, plan_id, new_id)
        store.insert_milestone(session, plan_id, values, new_id)
        assert store.milestone(session, plan_id, new_id) == values
    with pytest.raises(ValueError, match="before it starts"), any_plan.begin() as session:
        store.update_milestone(session, plan_id, new_id, replace(values, end_date=D(2017, 9, 1)))
    with pytest.raises(ValueError, match="needs a title"), any_plan.begin() as session:
        store.insert_milestone(session, plan_id, replace(values, title="  "))
    with any_plan.read() as session:
        assert store.milestone(session, plan_id, new_id).end_date is None
    with pytest.raises(ValueError, match="no longer exists"), any_plan.read() as session:
        store.milestone(session, plan_id + 1, new_id)  # another plan's milestone: not seen


def test_rules_are_replaced_whole_and_refused_when_wrong(any_plan):
    plan_id = any_plan.plan_id
    with any_plan.begin() as session:
        store.replace_rules(session, plan_id, [("Invitations sent", 12)])
    with any_plan.read() as session:
        assert [(r.title, r.weeks_before) for r in store.load_rules(session, plan_id)] == [
            ("Invitations sent", 12)]
    with pytest.raises(ValueError, match="cannot be negative"), any_plan.begin() as session:
        store.replace_rules(session, plan_id, [("Documents", -1)])
    with any_plan.read() as session:
        assert session.query(DeadlineRule).count() == 1
