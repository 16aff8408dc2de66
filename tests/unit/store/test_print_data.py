"""Loading the printed documents' data from a plan."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from consult_desktop.store import print_data
from consult_desktop.store.models import Participant
from consult_desktop.store.queries import option_totals


def test_budget_figures_agree_with_the_window(demo_plan):
    with demo_plan.read() as session:
        data = print_data.budget_data(session, demo_plan.plan_id())
        window = option_totals(session)
    assert [(o.label, o.totals.total) for o in data.options] == [
        (o.label, o.total) for o in window]
    a = data.options[0]
    assert sum(row.amount for row in a.rows) == a.totals.subtotal
    assert a.rows[0].description == "GTA (illustrative)" and a.rows[0].unit == "work_month"


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


def test_pack_leaves_out_an_empty_summary(demo_plan):
    from consult_desktop.store.models import SummarySection

    with demo_plan.begin() as session:
        session.execute(SummarySection.__table__.delete())
    with demo_plan.read() as session:
        data = print_data.pack(session, demo_plan.plan_id())
        with pytest.raises(print_data.PrintDataError, match="unknown document"):
            print_data.load(session, demo_plan.plan_id(), "minutes")
    assert data.summary is None
    assert data.options_note.document.symbol == "ECE/EX/2017/L.7"
    assert data.meeting.issuing_body == "Executive Committee (EXCOM)"


def test_every_printed_document_carries_its_own_identity(demo_plan):
    with demo_plan.read() as session:
        data = print_data.pack(session, demo_plan.plan_id())
    assert data.meeting.principal_organ == "Economic and Social Council"
    assert data.meeting.commission == "Economic Commission for Europe"
    note = data.options_note.document
    assert (note.symbol, note.distribution, note.agenda_item) == ("ECE/EX/2017/L.7",
                                                                   "limited", "3")
    assert note.considered_at.startswith("Ninetieth meeting")
    assert note.issued == dt.date(2017, 3, 20)
    symbols = [part.document.symbol for part in (data.agenda, data.participants, data.budget)]
    assert symbols == ["ECE/EX/2017/L.8", "ECE/EX/2017/INF.4", "ECE/EX/2017/INF.5"]
    assert data.agenda.document.distribution == "general"


def test_a_document_the_plan_leaves_blank_prints_its_default_symbol_and_date(tmp_path):
    from consult_desktop.services import documents
    from consult_desktop.store.plan_file import create_plan

    plan = create_plan(tmp_path / "new.consult", "Meeting", symbol_prefix="ECE/CES/2026/",
                       start_date=dt.date(2026, 5, 4))
    documents.set_identity(plan, "budget", distribution="restricted")
    with plan.read() as session:
        agenda = print_data.agenda(session, plan.plan_id()).document
        budget = print_data.budget_data(session, plan.plan_id()).document
    assert agenda.symbol == "ECE/CES/2026/1" and agenda.issued is not None
    assert agenda.issued < dt.date(2026, 5, 4)
    assert (budget.symbol, budget.distribution) == ("ECE/CES/2026/INF.2", "restricted")


def test_participants_carry_their_place_in_the_delegation(demo_plan):
    with demo_plan.begin() as session:
        session.execute(update(Participant).where(Participant.family_name == "Marchand")
                        .values(head_of_delegation=True, rank=1))
    with demo_plan.read() as session:
        data = print_data.participants(session, demo_plan.plan_id())
    by_name = {p.family_name: p for p in data.people}
    assert by_name["Marchand"].head_of_delegation and by_name["Marchand"].rank == 1
    assert not by_name["Rossi"].head_of_delegation and by_name["Rossi"].rank is None
    assert data.meeting.members_heading == "States members of the Commission"
