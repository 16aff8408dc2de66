"""Loading the printed documents' data from a plan."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import update

from consult_desktop.store import print_data
from consult_desktop.store.models import Participant
from tests.unit.small_plan import (
    LINES_A,
    OPTION_A,
    OPTION_B,
    SYMBOLS,
    TITLE,
    TOTALS,
    build_small_plan,
)


@pytest.fixture
def small_plan(tmp_path):
    plan_file = build_small_plan(tmp_path / "small.consult")
    yield plan_file
    plan_file.close()


def test_budget_figures_are_those_worked_out_by_hand(small_plan):
    with small_plan.read() as session:
        data = print_data.budget_data(session, small_plan.plan_id())
    assert [(o.label, o.title) for o in data.options] == [("a", OPTION_A), ("b", OPTION_B)]
    for option in data.options:
        totals = option.totals
        assert (totals.subtotal, totals.psc, totals.total) == TOTALS[option.label]
    a = data.options[0]
    assert [(r.description, r.category, r.unit, r.amount) for r in a.rows] == LINES_A
    assert (a.rows[1].quantity, a.rows[1].unit_cost, a.rows[1].multiplier) == (
        D(4), D("1250.00"), D(2))
    assert a.rows[0].source == "Extrabudgetary" and a.rows[1].source == "Regular budget"
    assert data.document.symbol == SYMBOLS["budget"] and data.meeting.title == TITLE


def test_one_option_or_a_clear_refusal(demo_plan):
    with demo_plan.read() as session:
        only = print_data.budget_data(session, demo_plan.plan_id(), "b")
        assert [o.label for o in only.options] == ["b"]
        with pytest.raises(print_data.PrintDataError, match=r"no option 'z'.*a, b"):
            print_data.budget_data(session, demo_plan.plan_id(), "z")


def test_participants_carry_member_states_and_leave_out_who_declined(demo_plan):
    with demo_plan.begin() as session:
        session.execute(update(Participant).where(Participant.family_name == "Rossi")
                        .values(status="declined"))
    with demo_plan.read() as session:
        data = print_data.participants(session, demo_plan.plan_id())
    names = {p.family_name for p in data.people}
    assert "Воронцов" in names and "Rossi" not in names and len(names) == 12
    assert len(data.member_states) == 56 and "RU" in data.member_states
    assert "email" not in data.columns
    assert data.document.symbol == "ECE/EX/2017/INF.4"


def test_agenda_keeps_order_parents_speakers_and_documents(demo_plan):
    with demo_plan.read() as session:
        data = print_data.agenda(session, demo_plan.plan_id())
    numbers = [i.number for i in data.items if i.kind == "item"]
    assert numbers == ["1", "2", "3", "3 (a)", "3 (b)", "4", "5", "6"]
    by_number = {i.number: i for i in data.items}
    assert by_number["3 (a)"].parent_id == by_number["3"].id
    assert by_number["3 (b)"].speakers[:2] == ("Ms. Élodie Marchand", "Mr. Алексей Воронцов")
    assert by_number["2"].documents == ("ECE/EX/2017/L.8",)
    assert by_number["1"].chair == "Mr. Marco Bellini"


def test_pack_holds_the_registry_parts_and_leaves_out_an_empty_summary(demo_plan):
    from consult_desktop.services import printables
    from consult_desktop.store.models import SummarySection

    with demo_plan.read() as session:
        written = printables.load(session, demo_plan.plan_id(), "pack")
    assert [kind for kind, _ in written.parts] == [
        "agenda", "participants", "budget", "options_note", "summary"]
    with demo_plan.begin() as session:
        session.execute(SummarySection.__table__.delete())
    with demo_plan.read() as session:
        data = printables.load(session, demo_plan.plan_id(), "pack")
    assert [kind for kind, _ in data.parts] == ["agenda", "participants", "budget",
                                                "options_note"]
    assert data.part("summary") is None
    assert data.part("options_note").document.symbol == "ECE/EX/2017/L.7"
    assert data.meeting.issuing_body == "Executive Committee (EXCOM)"
