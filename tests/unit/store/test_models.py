"""Every entity survives a round trip through a plan file, and the schema itself
refuses bad rows whoever writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from consult_desktop.store.models import (
    AgendaItem,
    BudgetLine,
    DeadlineRule,
    Document,
    FundingSource,
    MemberState,
    Milestone,
    Option,
    Participant,
    Plan,
    SummarySection,
)
from consult_desktop.store.plan_file import create_plan, open_plan


@pytest.fixture
def plan_file(tmp_path):
    plan = create_plan(tmp_path / "p.consult", "Round trip")
    yield plan
    plan.close()


def test_every_entity_round_trips(plan_file, tmp_path):
    with plan_file.begin() as s:
        plan = s.scalars(select(Plan)).one()
        plan.currency, plan.start_date = "EUR", dt.date(2017, 11, 3)
        plan.member_states.append(MemberState(country="FR"))
        source = FundingSource(name="Donor X", kind="extrabudgetary", psc_rate=Decimal("0.07"))
        plan.funding_sources.append(source)
        option = Option(label="a", title="Full", proposed_start=dt.date(2017, 11, 2), days=2)
        option.budget_lines.append(BudgetLine(
            category="consultants", description="Consultant", quantity=Decimal("1.5"),
            unit="work_month", unit_cost=Decimal("11000.25"), multiplier=Decimal("1"),
            funding_source=source, psc_applies=True, actual=Decimal("9000.10"),
        ))
        plan.options.append(option)
        person = Participant(family_name="Воронцов", given_name="Алексей", category="member_state",
                             status="confirmed", country="RU", email="a@example.ru",
                             travel_requested=True, travel_amount=Decimal("1850.50"))
        plan.participants.append(person)
        plan.agenda_items.append(AgendaItem(title="Opening", day=dt.date(2017, 11, 3),
                                            start_time=dt.time(10), end_time=dt.time(10, 15),
                                            chair=person, speakers=[person]))
        plan.milestones.append(Milestone(title="Mexico", date=dt.date(2017, 11, 27),
                                         kind="outcome_due"))
        plan.deadline_rules.append(DeadlineRule(title="Invitations", weeks_before=8))
        plan.summary_sections.append(SummarySection(kind="key_messages", body="• one\n• two"))
    plan_file.close()

    reopened = open_plan(tmp_path / "p.consult")
    with reopened.read() as s:
        plan = s.scalars(select(Plan)).one()
        assert (plan.currency, plan.start_date) == ("EUR", dt.date(2017, 11, 3))
        assert [m.country for m in plan.member_states] == ["FR"]
        line = plan.options[0].budget_lines[0]
        assert (line.quantity, line.unit_cost, line.actual) == (
            Decimal("1.500"), Decimal("11000.25"), Decimal("9000.10"))
        assert line.funding_source is not None and line.funding_source.psc_rate == Decimal("0.07")
        person = plan.participants[0]
        assert (person.family_name, person.travel_amount) == ("Воронцов", Decimal("1850.50"))
        item = plan.agenda_items[0]
        assert item.chair is person and item.speakers == [person]
        assert item.start_time == dt.time(10) and item.end_time == dt.time(10, 15)
        assert plan.milestones[0].kind == "outcome_due"
        assert {r.title for r in plan.deadline_rules} >= {"Invitations"}
        assert plan.summary_sections[0].body == "• one\n• two"
        assert {d.kind for d in s.scalars(select(Document))} >= {"agenda", "participants"}
    reopened.close()


def _plan_id(plan_file) -> int:
    return plan_file.plan_id


BAD_ROWS = [
    ("blank title", lambda pid: Option(plan_id=pid, label="z", title="  ")),
    ("unknown option status", lambda pid: Option(plan_id=pid, label="z", title="T",
                                                 status="maybe")),
    ("negative participants", lambda pid: Option(plan_id=pid, label="z", title="T",
                                                 expected_participants=-1)),
    ("dates out of order", lambda pid: Option(plan_id=pid, label="z", title="T",
                                              proposed_start=dt.date(2017, 11, 3),
                                              proposed_end=dt.date(2017, 11, 1))),
    ("family name missing", lambda pid: Participant(plan_id=pid, family_name="",
                                                    category="expert")),
    ("unknown category", lambda pid: Participant(plan_id=pid, family_name="X",
                                                 category="friend")),
    ("negative travel amount", lambda pid: Participant(plan_id=pid, family_name="X",
                                                       category="expert",
                                                       travel_amount=Decimal("-1"))),
    ("bad country code", lambda pid: Participant(plan_id=pid, family_name="X",
                                                 category="expert", country="FRA")),
    ("milestone without date", lambda pid: Milestone(plan_id=pid, title="T")),
    ("end without start", lambda pid: AgendaItem(plan_id=pid, title="T",
                                                 end_time=dt.time(10))),
    ("unknown agenda kind", lambda pid: AgendaItem(plan_id=pid, title="T", kind="party")),
    ("PSC above 100%", lambda pid: FundingSource(plan_id=pid, name="N",
                                                 psc_rate=Decimal("1.5"))),
    ("option of no plan", lambda pid: Option(plan_id=pid + 99, label="z", title="T")),
]


@pytest.mark.parametrize(("why", "make"), BAD_ROWS, ids=[why for why, _ in BAD_ROWS])
def test_schema_refuses_bad_rows(plan_file, why, make):
    pid = _plan_id(plan_file)
    with pytest.raises(IntegrityError), plan_file.begin() as s:
        s.add(make(pid))


def test_negative_budget_figures_are_refused(plan_file):
    pid = _plan_id(plan_file)
    with plan_file.begin() as s:
        s.add(Option(plan_id=pid, label="a", title="T"))
    for field in ("quantity", "unit_cost", "multiplier", "actual"):
        with pytest.raises(IntegrityError), plan_file.begin() as s:
            option = s.scalars(select(Option)).one()
            s.add(BudgetLine(option=option, category="other", **{field: Decimal("-1")}))


def test_two_delegates_may_share_a_mission_email_and_an_email_may_be_absent(plan_file):
    pid = _plan_id(plan_file)
    with plan_file.begin() as s:
        s.add_all([Participant(plan_id=pid, family_name=n, category="expert") for n in "AB"])
        s.add_all([Participant(plan_id=pid, family_name=n, category="member_state",
                               email="mission@x.org") for n in "CD"])
    with plan_file.read() as s:
        emails = s.scalars(select(Participant.email).order_by(Participant.family_name)).all()
    assert emails == [None, None, "mission@x.org", "mission@x.org"]
    with pytest.raises(IntegrityError), plan_file.begin() as s:  # but never a blank one
        s.add(Participant(plan_id=pid, family_name="E", category="expert", email=" "))


def test_deleting_a_participant_clears_chair_and_speaker_links(plan_file):
    pid = _plan_id(plan_file)
    with plan_file.begin() as s:
        person = Participant(plan_id=pid, family_name="Chair", category="expert")
        s.add(AgendaItem(plan_id=pid, title="Opening", chair=person, speakers=[person]))
    with plan_file.begin() as s:
        s.delete(s.scalars(select(Participant)).one())
    with plan_file.read() as s:
        item = s.scalars(select(AgendaItem)).one()
        assert item.chair_id is None and item.speakers == []


def test_money_keeps_exact_cents_and_refuses_fractions_of_them(plan_file):
    pid = _plan_id(plan_file)
    with plan_file.begin() as s:
        s.add(Participant(plan_id=pid, family_name="X", category="expert",
                          travel_amount=Decimal("0.10") + Decimal("0.20")))
    with plan_file.read() as s:
        assert s.scalars(select(Participant)).one().travel_amount == Decimal("0.30")
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="more than 2 decimal places"), plan_file.begin() as s:
        s.add(Participant(plan_id=pid, family_name="Y", category="expert",
                          travel_amount=Decimal("0.001")))
