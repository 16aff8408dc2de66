"""The figures every budget view reads, on the demo plan."""

from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import select, update

from consult_desktop.store import budget_queries as bq
from consult_desktop.store.models import BudgetLine, Participant
from consult_desktop.store.queries import budget_lines, option_totals
from tests.unit.small_plan import (
    LINES_A,
    PER_PARTICIPANT_A,
    TOTALS,
    TRAVEL_SUM,
    TRAVELLERS,
    UNFUNDED_A,
    build_small_plan,
)


def _travel_line(session, plan_id, label="a"):
    (a,) = [o for o in bq.options(session, plan_id) if o.label == label]
    return next(line for line in bq.line_rows(session, plan_id, a.id)
                if line.category == "participant_travel")


def test_demo_option_a_costs_about_158000_including_psc(any_plan):
    with any_plan.read() as session:
        a, b = bq.comparison(session, any_plan.plan_id)
    assert (a.option.label, b.option.label) == ("a", "b")
    assert abs(a.totals.total - D(158000)) <= 500
    assert a.totals.psc == (a.totals.subtotal * D("0.13")).quantize(D("0.01"))
    # (b)'s interpretation is on the regular budget: no PSC on it, and already funded.
    assert b.totals.psc == D("1625.00")  # 13% of 11,000 + 1,500
    assert b.totals.unfunded == D("14125.00")
    assert a.cost_per_participant == (a.totals.total / 120).quantize(D("0.01"))


def test_the_comparison_and_the_plan_summary_give_the_figures_worked_out_by_hand(tmp_path):
    plan_file = build_small_plan(tmp_path / "small.consult")
    try:
        with plan_file.read() as session:
            compared = bq.comparison(session, plan_file.plan_id)
            summary = option_totals(session)
            facts = bq.travel_facts(session, plan_file.plan_id)
    finally:
        plan_file.close()
    assert [(c.option.label, (c.totals.subtotal, c.totals.psc, c.totals.total))
            for c in compared] == list(TOTALS.items())
    assert [(o.label, o.total) for o in summary] == [
        (label, total) for label, (_, _, total) in TOTALS.items()]
    a = compared[0]
    assert [(line.description, line.amount) for line in a.lines] == [
        (description, amount) for description, _, _, amount in LINES_A]
    assert a.cost_per_participant == PER_PARTICIPANT_A
    assert a.totals.unfunded == UNFUNDED_A
    assert facts == bq.TravelFacts(TRAVELLERS, TRAVEL_SUM)


def test_travel_facts_count_approved_participants_not_declined(any_plan):
    with any_plan.read() as session:
        assert bq.travel_facts(session, any_plan.plan_id) == bq.TravelFacts(2, D("3250.00"))
    with any_plan.begin() as session:
        session.execute(update(Participant).where(Participant.family_name == "Seitkali")
                        .values(status="declined"))
    with any_plan.read() as session:
        assert bq.travel_facts(session, any_plan.plan_id) == bq.TravelFacts(1, D("1400.00"))


def test_a_travel_line_follows_the_participants_in_every_reader(any_plan):
    with any_plan.read() as session:
        line = _travel_line(session, any_plan.plan_id)
    assert line.amount == D("42000.00")  # 20 trips x 2,100, fixed
    with any_plan.begin() as session:
        session.execute(update(BudgetLine).where(BudgetLine.id == line.id)
                        .values(travel_rule="per_trip"))
    with any_plan.read() as session:
        assert _travel_line(session, any_plan.plan_id).amount == D("4200.00")  # 2 approved x 2,100
        amounts = [x.amount for x in budget_lines(session, line.option_id)]
        assert D("4200.00") in amounts and D("42000.00") not in amounts
    with any_plan.begin() as session:
        session.execute(update(BudgetLine).where(BudgetLine.id == line.id)
                        .values(travel_rule="approved_sum"))
    with any_plan.read() as session:
        following = _travel_line(session, any_plan.plan_id)
        assert following.amount == D("3250.00")  # 1,850 + 1,400
        assert following.quantity == D(20)  # the fixed figure is kept for later
        stored = session.scalar(select(BudgetLine.unit_cost).where(BudgetLine.id == line.id))
        assert stored == D("2100.00")


def test_funding_sources_with_the_lines_they_fund(any_plan):
    with any_plan.read() as session:
        sources = bq.funding_sources(session, any_plan.plan_id)
    assert [(s.name, s.kind, s.psc_rate, s.lines) for s in sources] == [
        ("Extrabudgetary", "extrabudgetary", D("0.1300"), 8),
        ("Regular budget", "regular_budget", D("0.0000"), 1),
    ]
