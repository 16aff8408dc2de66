"""A small plan built in the tests, whose figures are worked out by hand here, so that
a query or a printed document is checked against known values rather than against
another query.

Option (a), 40 expected participants:
  Meeting assistant (GTA)    2 work-months x 5,000.00      10,000.00  extrabudgetary
  Interpreters               4 persons x 1,250.00 x 2 days 10,000.00  regular budget
  Translation of the report  20 pages x 125.00              2,500.00  extrabudgetary, no PSC
  Travel of experts          3 trips x 1,800.00             5,400.00  extrabudgetary
  subtotal 27,900.00; PSC 13% of 15,400.00 = 2,002.00; total 29,902.00;
  per participant 747.55; not yet funded 17,900.00 + 2,002.00 = 19,902.00.
Option (b): Moderator, lump sum 3,000.00 extrabudgetary; PSC 390.00; total 3,390.00.
Travel approved for Berg (1,800.00), Mensah (950.00) and Li (2,000.00), who declined.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from sqlalchemy import select, update

from consult_desktop.store.models import (
    AgendaItem,
    BudgetLine,
    Document,
    FundingSource,
    MemberState,
    Milestone,
    Option,
    Participant,
    SummarySection,
    agenda_speaker,
)
from consult_desktop.store.plan_file import PlanFile, create_plan

TITLE = "Expert meeting on migration statistics"
SYMBOLS = {
    "agenda": "ECE/CES/2018/1",
    "options_note": "ECE/CES/2018/2",
    "summary": "ECE/CES/2018/3",
    "participants": "ECE/CES/2018/INF.1",
    "budget": "ECE/CES/2018/INF.2",
    "pack": "ECE/CES/2018/INF.3",
}
OPTION_A = "Two-day expert meeting in Geneva"
OPTION_B = "Virtual meeting"
LINES_A = [  # description, category, unit, amount
    ("Meeting assistant (GTA)", "temporary_staff", "work_month", D("10000.00")),
    ("Interpreters", "interpretation", "person", D("10000.00")),
    ("Translation of the report", "documents", "page", D("2500.00")),
    ("Travel of experts", "participant_travel", "trip", D("5400.00")),
]
TOTALS = {  # label: (subtotal, psc, total)
    "a": (D("27900.00"), D("2002.00"), D("29902.00")),
    "b": (D("3000.00"), D("390.00"), D("3390.00")),
}
PER_PARTICIPANT_A = D("747.55")
UNFUNDED_A = D("19902.00")
PRINTED_PEOPLE = {"Berg", "Mensah", "Silva"}  # Li declined
TRAVELLERS, TRAVEL_SUM = 2, D("2750.00")
AGENDA_NUMBERS = ["1", "2", "3", "3 (a)", "4"]


def build_small_plan(path: Path) -> PlanFile:
    plan_file = create_plan(path, TITLE, organiser="Economic Commission for Europe",
                            governing_body="Conference of European Statisticians",
                            venue="Geneva", start_date=dt.date(2018, 3, 5),
                            end_date=dt.date(2018, 3, 6))
    plan_id = plan_file.plan_id
    with plan_file.begin() as session:
        sources = dict(session.execute(select(FundingSource.kind, FundingSource.id)
                                       .where(FundingSource.plan_id == plan_id)).all())
        extra, regular = sources["extrabudgetary"], sources["regular_budget"]
        a = Option(plan_id=plan_id, position=0, label="a", title=OPTION_A, days=2,
                   expected_participants=40, venue="Palais des Nations")
        b = Option(plan_id=plan_id, position=1, label="b", title=OPTION_B, days=2)
        session.add_all([a, b])
        session.flush()
        session.add_all([
            BudgetLine(option_id=a.id, position=0, category="temporary_staff",
                       description="Meeting assistant (GTA)", quantity=D(2), unit="work_month",
                       unit_cost=D("5000.00"), funding_source_id=extra),
            BudgetLine(option_id=a.id, position=1, category="interpretation",
                       description="Interpreters", quantity=D(4), unit="person",
                       unit_cost=D("1250.00"), multiplier=D(2), funding_source_id=regular),
            BudgetLine(option_id=a.id, position=2, category="documents",
                       description="Translation of the report", quantity=D(20), unit="page",
                       unit_cost=D("125.00"), funding_source_id=extra, psc_applies=False),
            BudgetLine(option_id=a.id, position=3, category="participant_travel",
                       description="Travel of experts", quantity=D(3), unit="trip",
                       unit_cost=D("1800.00"), funding_source_id=extra),
            BudgetLine(option_id=b.id, position=0, category="consultants",
                       description="Moderator", unit_cost=D("3000.00"),
                       funding_source_id=extra),
        ])
        people = {
            "Berg": Participant(plan_id=plan_id, honorific="Ms.", given_name="Anna",
                                family_name="Berg", country="SE", category="member_state",
                                status="confirmed", email="a.berg@example.se",
                                function="Director of statistics", travel_requested=True,
                                travel_approved=True, travel_amount=D("1800.00")),
            "Mensah": Participant(plan_id=plan_id, honorific="Mr.", given_name="Kofi",
                                  family_name="Mensah", country="GH", category="other_state",
                                  status="registered", travel_requested=True,
                                  travel_approved=True, travel_amount=D("950.00")),
            "Li": Participant(plan_id=plan_id, honorific="Dr.", given_name="Wei",
                              family_name="Li", country="CN", category="other_state",
                              status="declined", travel_requested=True,
                              travel_approved=True, travel_amount=D("2000.00")),
            "Silva": Participant(plan_id=plan_id, honorific="Ms.", given_name="Maria",
                                 family_name="Silva", category="igo",
                                 organisation="International Organization for Migration",
                                 status="invited"),
        }
        session.add_all(people.values())
        session.add(MemberState(plan_id=plan_id, country="SE"))
        session.flush()
        day = dt.date(2018, 3, 5)
        opening = AgendaItem(plan_id=plan_id, position=0, number="1",
                             title="Opening of the meeting", day=day,
                             start_time=dt.time(10), end_time=dt.time(10, 30),
                             chair_id=people["Berg"].id)
        adoption = AgendaItem(plan_id=plan_id, position=1, number="2",
                              title="Adoption of the agenda", documents="ECE/CES/2018/1")
        measuring = AgendaItem(plan_id=plan_id, position=2, number="3",
                               title="Measuring migration",
                               annotation="Experts will compare census methods.")
        session.add_all([opening, adoption, measuring])
        session.flush()
        census = AgendaItem(plan_id=plan_id, position=3, number="3 (a)", title="Census data",
                            parent_id=measuring.id)
        report = AgendaItem(plan_id=plan_id, position=4, number="4",
                            title="Adoption of the report")
        session.add_all([census, report])
        session.flush()
        session.execute(agenda_speaker.insert(), [
            {"item_id": census.id, "participant_id": people["Mensah"].id, "position": 0},
            {"item_id": census.id, "participant_id": people["Silva"].id, "position": 1},
        ])
        session.add(SummarySection(plan_id=plan_id, position=0, kind="item",
                                   agenda_item_id=measuring.id,
                                   body="Experts compared census methods."))
        session.add(Milestone(plan_id=plan_id, title="Preparatory meeting in Mexico",
                              date=dt.date(2018, 4, 10)))
        for kind, symbol in SYMBOLS.items():
            session.execute(update(Document).where(Document.plan_id == plan_id,
                                                   Document.kind == kind)
                            .values(symbol=symbol, issued=dt.date(2018, 1, 22)))
    return plan_file
