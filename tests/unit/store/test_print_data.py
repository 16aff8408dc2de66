"""Loading the printed documents' data from a plan."""

from __future__ import annotations

import datetime as dt
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
        data = print_data.budget_data(session, small_plan.plan_id)
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


def test_one_option_or_a_clear_refusal(any_plan):
    with any_plan.read() as session:
        only = print_data.budget_data(session, any_plan.plan_id, "b")
        assert [o.label for o in only.options] == ["b"]
        with pytest.raises(print_data.PrintDataError, match=r"no option 'z'.*a, b"):
            print_data.budget_data(session, any_plan.plan_id, "z")


def test_participants_carry_member_states_and_leave_out_who_declined(any_plan):
    with any_plan.begin() as session:
        session.execute(update(Participant).where(Participant.family_name == "Rossi")
                        .values(status="declined"))
    with any_plan.read() as session:
        data = print_data.participants(session, any_plan.plan_id)
    names = {p.family_name for p in data.people}
    assert "Воронцов" in names and "Rossi" not in names and len(names) == 12
    assert len(data.member_states) == 56 and "RU" in data.member_states
    assert "email" not in data.columns
    assert data.document.symbol == "ECE/EX/2017/INF.4"


def test_agenda_keeps_order_parents_speakers_and_documents(any_plan):
    with any_plan.read() as session:
        data = print_data.agenda(session, any_plan.plan_id)
    numbers = [i.number for i in data.items if i.kind == "item"]
    assert numbers == ["1", "2", "3", "3 (a)", "3 (b)", "4", "5", "6"]
    by_number = {i.number: i for i in data.items}
    assert by_number["3 (a)"].parent_id == by_number["3"].id
    # The English version names people in Latin letters, the Russian one as written.
    assert by_number["3 (b)"].speakers[:2] == ("Ms. Élodie Marchand", "Mr. Alexey Vorontsov")
    with any_plan.read() as session:
        russian = print_data.agenda(session, any_plan.plan_id, "ru")
    speakers = next(e.speakers for e in russian.items if e.number == "3 (b)")
    assert speakers[:2] == ("г-жа Élodie Marchand", "г-н Алексей Воронцов")
    assert by_number["2"].documents == ("ECE/EX/2017/L.8",)
    assert by_number["1"].chair == "Mr. Marco Bellini"


def test_pack_holds_the_registry_parts_and_leaves_out_an_empty_summary(any_plan):
    from consult_desktop.services import printables
    from consult_desktop.store.models import SummarySection

    with any_plan.read() as session:
        written = printables.load(session, any_plan.plan_id, "pack")
    assert [kind for kind, _ in written.parts] == [
        "agenda", "participants", "budget", "options_note", "summary"]
    with any_plan.begin() as session:
        session.execute(SummarySection.__table__.delete())
    with any_plan.read() as session:
        data = printables.load(session, any_plan.plan_id, "pack")
    assert [kind for kind, _ in data.parts] == ["agenda", "participants", "budget",
                                                "options_note"]
    assert data.part("summary") is None
    assert data.part("options_note").document.symbol == "ECE/EX/2017/L.7"
    assert data.meeting.issuing_body == "Executive Committee (EXCOM)"


def test_every_printed_document_carries_its_own_identity(any_plan):
    with any_plan.read() as session:
        from consult_desktop.services import printables

        data = printables.load(session, any_plan.plan_id, "pack")
    assert data.meeting.principal_organ == "Economic and Social Council"
    assert data.meeting.commission == "Economic Commission for Europe"
    note = data.part("options_note").document
    assert (note.symbol, note.distribution, note.agenda_item) == ("ECE/EX/2017/L.7",
                                                                   "limited", "3")
    assert note.considered_at.startswith("Ninetieth meeting")
    assert note.issued == dt.date(2017, 3, 20)
    symbols = [data.part(kind).document.symbol for kind in ("agenda", "participants", "budget")]
    assert symbols == ["ECE/EX/2017/L.8", "ECE/EX/2017/INF.4", "ECE/EX/2017/INF.5"]
    assert data.part("agenda").document.distribution == "general"


def test_a_document_the_plan_leaves_blank_prints_its_default_symbol_and_date(tmp_path):
    from consult_desktop.services import documents
    from consult_desktop.store.plan_file import create_plan

    plan = create_plan(tmp_path / "new.consult", "Meeting", symbol_prefix="ECE/CES/2026/",
                       start_date=dt.date(2026, 5, 4))
    documents.set_identity(plan, "budget", distribution="restricted")
    with plan.read() as session:
        agenda = print_data.agenda(session, plan.plan_id).document
        budget = print_data.budget_data(session, plan.plan_id).document
    assert agenda.symbol == "ECE/CES/2026/1" and agenda.issued is not None
    assert agenda.issued < dt.date(2026, 5, 4)
    assert (budget.symbol, budget.distribution) == ("ECE/CES/2026/INF.2", "restricted")


def test_participants_carry_their_place_in_the_delegation(any_plan):
    with any_plan.begin() as session:
        session.execute(update(Participant).where(Participant.family_name == "Marchand")
                        .values(head_of_delegation=True, rank=1))
    with any_plan.read() as session:
        data = print_data.participants(session, any_plan.plan_id)
    by_name = {p.family_name: p for p in data.people}
    assert by_name["Marchand"].head_of_delegation and by_name["Marchand"].rank == 1
    assert not by_name["Rossi"].head_of_delegation and by_name["Rossi"].rank is None
    assert data.meeting.members_heading == "States members of the Commission"
