"""Reading options and their budgets as plain rows: one place computes every figure
that the Options tab, the Budget tab, the comparison and the command line show.

Each function takes a Session and the plan's id (every read is scoped by it) and never
commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult_desktop.domain import budget
from consult_desktop.domain.money import ZERO
from consult_desktop.store.models import BudgetLine, FundingSource, Option, Participant, Plan

# Reads name the tables' columns, not the mapped classes' attributes: they then need no
# mapper configured (~50 ms at the first ORM statement), which keeps that cost off
# the opening of a plan on its Options tab.
OPTION, PARTICIPANT, PLAN = (cls.__table__.c for cls in (Option, Participant, Plan))
LINE_TABLE, SOURCE_TABLE = BudgetLine.__table__, FundingSource.__table__


@dataclass(frozen=True)
class OptionRow:
    id: int
    position: int
    label: str
    title: str
    format: str
    description: str
    proposed_start: dt.date | None
    proposed_end: dt.date | None
    days: int | None
    venue: str
    expected_participants: int | None
    resources_needed: str
    benefits: str
    risks: str
    status: str
    decision: str
    decision_date: dt.date | None


OPTION_FIELDS = tuple(f.name for f in fields(OptionRow))


@dataclass(frozen=True)
class TravelFacts:
    """The participants approved for funded travel (declined ones left out)."""

    travellers: int = 0
    approved_sum: Decimal = ZERO


@dataclass(frozen=True)
class LineRow:
    id: int
    option_id: int
    position: int
    category: str
    description: str
    quantity: Decimal  # as stored; see `counted` for what the totals use
    unit: str
    unit_cost: Decimal
    multiplier: Decimal
    funding_source_id: int | None
    source: str
    source_kind: str
    psc_rate: Decimal
    psc_applies: bool
    actual: Decimal | None
    travel_rule: str
    counted: tuple[Decimal, Decimal, Decimal]  # quantity, unit cost, multiplier

    @property
    def follows_participants(self) -> bool:
        return self.rule != "fixed"

    @property
    def rule(self) -> str:
        """The travel rule in force: only a participants' travel line follows one."""
        return self.travel_rule if self.category == "participant_travel" else "fixed"

    @property
    def line(self) -> budget.Line:
        quantity, unit_cost, multiplier = self.counted
        return budget.Line(
            category=self.category, quantity=quantity, unit_cost=unit_cost,
            multiplier=multiplier, psc_rate=self.psc_rate, psc_applies=self.psc_applies,
            source=self.source, actual=self.actual, source_kind=self.source_kind,
        )

    @property
    def amount(self) -> Decimal:
        return self.line.amount


@dataclass(frozen=True)
class SourceRow:
    id: int
    name: str
    kind: str
    psc_rate: Decimal
    lines: int  # how many budget lines it funds


@dataclass(frozen=True)
class OptionBudget:
    option: OptionRow
    lines: list[LineRow]
    totals: budget.Totals

    @property
    def cost_per_participant(self) -> Decimal | None:
        return budget.cost_per_participant(self.totals.total,
                                           self.option.expected_participants)


def options(session: Session, plan_id: int) -> list[OptionRow]:
    columns = [OPTION[name] for name in OPTION_FIELDS]
    rows = session.execute(select(*columns).where(OPTION.plan_id == plan_id)
                           .order_by(OPTION.position, OPTION.label, OPTION.id))
    return [OptionRow(*row) for row in rows]


def travel_facts(session: Session, plan_id: int) -> TravelFacts:
    row = session.execute(
        select(func.count(PARTICIPANT.id), func.coalesce(func.sum(PARTICIPANT.travel_amount), 0))
        .where(PARTICIPANT.plan_id == plan_id, PARTICIPANT.travel_approved.is_(True),
               PARTICIPANT.status != "declined")
    ).one()
    # SUM and COALESCE keep the column's type: the stored cents come back as Decimal.
    return TravelFacts(travellers=int(row[0]), approved_sum=row[1] if row[1] is not None else ZERO)


def line_rows(session: Session, plan_id: int, option_id: int,
              facts: TravelFacts | None = None) -> list[LineRow]:
    """An option's lines in order, with the figures each counts with."""
    return _lines_by_option(session, plan_id, [option_id], facts).get(option_id, [])


def _lines_by_option(session: Session, plan_id: int, option_ids: list[int] | None,
                     facts: TravelFacts | None) -> dict[int, list[LineRow]]:
    """The lines of some options (None: all the plan's), in one query, by option id."""
    facts = facts if facts is not None else travel_facts(session, plan_id)
    b, f = LINE_TABLE.c, SOURCE_TABLE.c
    query = (
        select(b.id, b.option_id, b.position, b.category, b.description, b.quantity, b.unit,
               b.unit_cost, b.multiplier, b.funding_source_id, f.name, f.kind, f.psc_rate,
               b.psc_applies, b.actual, b.travel_rule)
        .outerjoin(SOURCE_TABLE, b.funding_source_id == f.id)
        .join(Option.__table__, b.option_id == OPTION.id)
        .where(OPTION.plan_id == plan_id)
        .order_by(b.option_id, b.position, b.id)
    )
    if option_ids is not None:
        query = query.where(b.option_id.in_(option_ids))
    result: dict[int, list[LineRow]] = {}
    for (line_id, option_id, position, category, description, quantity, unit, unit_cost,
         multiplier, source_id, name, kind, psc_rate, psc_applies, actual,
         travel_rule) in session.execute(query):
        rule = travel_rule if category == "participant_travel" else "fixed"
        counted = budget.travel_figures(rule, quantity, unit_cost, multiplier,
                                        facts.travellers, facts.approved_sum)
        result.setdefault(option_id, []).append(LineRow(
            line_id, option_id, position, category, description, quantity, unit, unit_cost,
            multiplier, source_id, name or "", kind or "",
            psc_rate if psc_rate is not None else ZERO, psc_applies, actual, travel_rule,
            counted,
        ))
    return result


def option_budget(session: Session, plan_id: int, option: OptionRow,
                  facts: TravelFacts | None = None) -> OptionBudget:
    lines = line_rows(session, plan_id, option.id, facts)
    return OptionBudget(option, lines, budget.totals([line.line for line in lines]))


def comparison(session: Session, plan_id: int) -> list[OptionBudget]:
    """Every option with its lines and totals, in the plan's order."""
    lines = _lines_by_option(session, plan_id, None, travel_facts(session, plan_id))
    return [
        OptionBudget(option, found, budget.totals([line.line for line in found]))
        for option in options(session, plan_id)
        for found in [lines.get(option.id, [])]
    ]


def funding_sources(session: Session, plan_id: int) -> list[SourceRow]:
    used = (select(BudgetLine.funding_source_id, func.count().label("n"))
            .group_by(BudgetLine.funding_source_id).subquery())
    rows = session.execute(
        select(FundingSource.id, FundingSource.name, FundingSource.kind, FundingSource.psc_rate,
               func.coalesce(used.c.n, 0))
        .outerjoin(used, used.c.funding_source_id == FundingSource.id)
        .where(FundingSource.plan_id == plan_id)
        .order_by(FundingSource.id)
    )
    return [SourceRow(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]


def currency(session: Session, plan_id: int) -> str:
    return str(session.scalar(select(PLAN.currency).where(PLAN.id == plan_id)) or "USD")
