"""A file holding a second plan: the window's reads and both halves of `check` look at
the plan the file opens on (its first), never at the other one."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.cli import main
from consult_desktop.services import agenda, summary, timeline
from consult_desktop.store.plan_file import open_plan


@pytest.fixture
def two_plans(demo_path):
    """The demo plan, then a second plan with an overdue milestone, two agenda items in
    one room at one time, and a summary section."""
    from consult_desktop.store.models import AgendaItem, Milestone, Plan, SummarySection

    plan_file = open_plan(demo_path)
    with plan_file.begin() as session:
        other = Plan(title="Another meeting", start_date=dt.date(2020, 5, 4),
                     end_date=dt.date(2020, 5, 4))
        session.add(other)
        session.flush()
        session.add(Milestone(plan_id=other.id, title="Overdue elsewhere", kind="document",
                              date=dt.date(2020, 1, 6), done=False))
        for n in range(2):  # two items in one room at one time: a clash
            session.add(AgendaItem(plan_id=other.id, position=n, number=str(n + 1),
                                   title=f"Other item {n}", kind="item",
                                   day=dt.date(2020, 5, 4), start_time=dt.time(10),
                                   end_time=dt.time(11), room="Hall"))
        session.flush()
        session.add(SummarySection(plan_id=other.id, kind="general", position=10_002,
                                   heading="Elsewhere", body="Not this plan's text."))
    plan_file.close()
    return demo_path


def test_check_reports_neither_half_of_another_plan(two_plans, capsys):
    assert main(["check", str(two_plans)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == "no problems found"


def test_the_services_read_only_the_plan_of_the_file(two_plans):
    plan_file = open_plan(two_plans)
    try:
        titles = {item.title for item in agenda.load(plan_file).items}
        assert titles and not any(title.startswith("Other item") for title in titles)
        assert agenda.problems(plan_file) == []
        loaded = timeline.load(plan_file)
        assert "Overdue elsewhere" not in {m.title for m in loaded.milestones}
        assert timeline.problems(plan_file, dt.date(2026, 11, 27)) == []
        assert "Elsewhere" not in {slot.heading for slot in summary.slots(plan_file)}
    finally:
        plan_file.close()


def test_the_other_plans_problems_are_real(two_plans):
    """The planted problems are found when their own plan is read: the checks above
    pass for the right reason."""
    from consult_desktop.store import agenda_store, timeline_store

    plan_file = open_plan(two_plans)
    try:
        with plan_file.read() as session:
            other = plan_file.plan_id + 1
            clashes = agenda_store.load(session, other).clashes()
            lines = timeline_store.timeline_problems(session, other, dt.date(2026, 11, 27))
    finally:
        plan_file.close()
    assert any(clash.rule == "room" for clash in clashes)
    assert len(lines) == 1 and "Overdue elsewhere" in lines[0]
