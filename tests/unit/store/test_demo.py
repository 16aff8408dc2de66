"""The demo plan tells the seed's story."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from consult_desktop.store.demo import ECE_MEMBER_STATES, write_demo
from consult_desktop.store.models import AgendaItem, Milestone, Plan
from consult_desktop.store.queries import plan_summary


def test_both_options_and_option_a_costs_about_158000_with_psc(demo_plan):
    with demo_plan.read() as s:
        options = {o.label: o for o in plan_summary(s).options}
    assert sorted(options) == ["a", "b"]
    assert abs(options["a"].total - Decimal(158000)) <= 500
    assert "Extended session" in options["b"].title
    assert options["b"].total < options["a"].total


def test_the_meeting_is_in_the_first_week_of_november_2017(demo_plan):
    with demo_plan.read() as s:
        plan = s.scalars(select(Plan)).one()
        days = {i.day for i in s.scalars(select(AgendaItem))}
        milestones = {m.title: m for m in s.scalars(select(Milestone))}
        assert len(plan.member_states) == len(ECE_MEMBER_STATES) == 56
        assert 10 <= len(plan.participants) <= 15
    assert days == {dt.date(2017, 11, 3)}
    iom = next(m for t, m in milestones.items() if "IOM" in t)
    assert (iom.date, iom.end_date) == (dt.date(2017, 10, 10), dt.date(2017, 10, 11))
    mexico = next(m for t, m in milestones.items() if "Mexico" in t)
    assert mexico.date.month == 11 and mexico.date.day >= 20


def test_writing_the_demo_refuses_to_overwrite_unless_asked(tmp_path):
    import pytest

    from consult_desktop.store.plan_file import PlanFileError

    path = tmp_path / "d.consult"
    path.write_text("mine")
    with pytest.raises(PlanFileError, match="already exists"):
        write_demo(path)
    assert path.read_text() == "mine"
    write_demo(path, overwrite=True).close()
    assert path.read_bytes().startswith(b"SQLite format 3")
