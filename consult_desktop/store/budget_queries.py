"""Reading options and their budgets as plain rows: one place computes every figure
that the Options tab, the Budget tab, the comparison and the command line show.

Each function takes a Session and the plan's id (every read is scoped by it) and never
commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consult_desktop.domain import budget
from consult_desktop.domain.meeting_days import meeting_days
from consult_desktop.domain.money import ZERO, month_of
from consult_desktop.domain.names import Titled, plain_name
from consult_desktop.domain.phrases import Text
from consult_desktop.store.models import (
    BudgetLine,
    DsaRate,
    ExchangeRate,
    FundingSource,
    Option,
    Participant,
    Plan,
)

# Reads name the tables' columns, not the mapped classes' attributes: they then need no
# mapper configured (~50 ms at the first ORM statement), which keeps that cost off
# the opening of a plan on its Options tab.
OPTION, PARTICIPANT, PLAN = (cls.__table__.c for cls in (Option, Participant, Plan))
LINE_TABLE, SOURCE_TABLE = BudgetLine.__table__, FundingSource.__table__
DSA, EXCHANGE = DsaRate.__table__.c, ExchangeRate.__table__.c


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
class Rates:
    """The plan's currency and the UN operational rates of exchange it keeps, by
    (currency, month): what converts a line in another currency. `month` is the one a
    line without its own counts at: the month the meeting opens."""

    currency: str = "USD"
    table: dict[tuple[str, dt.date], Decimal] = field(default_factory=dict)
    month: dt.date | None = None

    def per_usd(self, currency: str, month: dt.date | None) -> Decimal | None:
        if currency == "USD":
            return Decimal(1)
        if month is None:
            return None
        return self.table.get((currency, month_of(month)))

    def problem(self, currency: str, month: dt.date | None) -> Text:
        """Why a line in `currency` cannot be converted ("" when it can): a phrase,
        English through str(), the window's language through ui/phrases.py."""
        if currency == self.currency:
            return ""
        known = month is not None and self.per_usd(currency, month) is not None
        if known and self.per_usd(self.currency, month) is not None:
            return ""
        return budget.no_rate(currency, self.currency, month, known)


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
    # In another currency than the plan's: its code and month as stored (None: the
    # plan's currency, the meeting's month), and what converting it needs.
    stored_currency: str | None = None
    stored_month: dt.date | None = None
    currency: str = "USD"  # the line's own, in force
    rate_month: dt.date | None = None  # in force
    per_usd: Decimal | None = Decimal(1)
    plan_per_usd: Decimal = Decimal(1)
    rate_said: Text = ""  # why the line cannot be converted, a phrase ("" when it can)

    @property
    def rate_problem(self) -> str:
        """The same in English, as the command line and the checks say it."""
        return str(self.rate_said)

    @property
    def foreign(self) -> bool:
        """Whether the line is in another currency than the plan's."""
        return self.per_usd != self.plan_per_usd or bool(self.rate_problem)

    @property
    def own_amount(self) -> Decimal:
        """The amount in the line's own currency."""
        return self.line.own_amount

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
            per_usd=None if self.rate_problem else self.per_usd,
            plan_per_usd=self.plan_per_usd,
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
    """The travellers the participants' travel line follows: each approved one's
    travel support as the travel table shows it (see `travellers`)."""
    found = travellers(session, plan_id, approved_only=True)
    return TravelFacts(travellers=len(found),
                       approved_sum=sum((t.amount for t in found), ZERO))


def rates(session: Session, plan_id: int) -> Rates:
    plan = session.execute(select(PLAN.currency, PLAN.start_date, PLAN.end_date)
                           .where(PLAN.id == plan_id)).one()
    first, _ = meeting_days(_option_dates(session, plan_id), plan.start_date, plan.end_date)
    table = {(code, month): units for code, month, units in session.execute(
        select(EXCHANGE.currency, EXCHANGE.month, EXCHANGE.units_per_usd)
        .where(EXCHANGE.plan_id == plan_id))}
    return Rates(plan.currency, table, None if first is None else month_of(first))


def _option_dates(session: Session, plan_id: int) -> list[Any]:
    """The options' dates and statuses in their order (as agenda_store.option_dates,
    on the table's columns: opening a plan configures no mapper)."""
    from consult_desktop.domain.agenda import OptionDates

    rows = session.execute(
        select(OPTION.position, OPTION.status, OPTION.proposed_start, OPTION.proposed_end)
        .where(OPTION.plan_id == plan_id).order_by(OPTION.position, OPTION.label))
    return [OptionDates(*row) for row in rows]


@dataclass(frozen=True)
class TravellerRow:
    """A participant with travel support, as the travel table shows them. Costed by
    ticket (`trip` set): ticket + nights x DSA + terminal expenses; otherwise the amount
    typed (`typed`). `problem` says what is missing to cost the trip."""

    id: int
    name: str
    country: str | None
    status: str
    requested: bool
    approved: bool
    ticket: Decimal | None
    terminal: Decimal | None
    nights: int | None  # as stored; None: from the meeting's days
    dsa_rate: Decimal | None  # as stored, USD a night; None: from the DSA table
    typed: Decimal | None
    trip: budget.Trip | None
    dsa_usd: Decimal | None  # the rate a night counted, in USD
    said: Text = ""  # why the trip cannot be costed, a phrase ("" when it can)
    honorific: str = ""  # as stored ("ms"): `titled` writes it in a language

    def titled(self, lang: str = "en") -> str:
        """"Ms. Ana Petrović", "Mme Ana Petrović", "г-жа Ana Petrović"."""
        return Titled(self.honorific, self.name).write(lang)

    @property
    def problem(self) -> str:
        """Why the trip cannot be costed, in English, as the command line says it."""
        return str(self.said)

    @property
    def amount(self) -> Decimal:
        if self.trip is not None:
            return self.trip.amount
        return self.typed if self.typed is not None else ZERO


@dataclass(frozen=True)
class TravelSetting:
    """What costs every traveller's stay: the meeting's days and the DSA location."""

    first_day: dt.date | None
    last_day: dt.date | None
    location: str
    nights: int | None
    arrival: dt.date | None
    dsa_usd: Decimal | None  # the DSA table's rate for the location on arrival
    currency: str
    plan_per_usd: Decimal | None  # None: the plan is not in USD and no rate is known


def travel_setting(session: Session, plan_id: int) -> TravelSetting:
    plan = session.execute(select(PLAN.currency, PLAN.start_date, PLAN.end_date, PLAN.venue,
                                  PLAN.dsa_location).where(PLAN.id == plan_id)).one()
    first, last = meeting_days(_option_dates(session, plan_id), plan.start_date, plan.end_date)
    table = [tuple(row) for row in session.execute(
        select(DSA.location, DSA.effective, DSA.rate).where(DSA.plan_id == plan_id))]
    location = budget.dsa_location(plan.dsa_location, plan.venue, {r[0] for r in table})
    arrival = None if first is None else budget.arrival(first)
    dsa = None if arrival is None or not location else budget.dsa_rate(table, location, arrival)
    plan_rate = Rates(plan.currency, rates(session, plan_id).table).per_usd(
        plan.currency, arrival)
    return TravelSetting(first, last, location, budget.nights(first, last), arrival, dsa,
                         plan.currency, plan_rate)


def travellers(session: Session, plan_id: int, approved_only: bool = False,
               setting: TravelSetting | None = None) -> list[TravellerRow]:
    """The participants who asked for or were approved travel support (approved_only:
    those approved and not declined), by name, each with the figures of their trip."""
    setting = setting or travel_setting(session, plan_id)
    p = PARTICIPANT
    query = (select(p.id, p.honorific, p.given_name, p.family_name, p.country, p.status,
                    p.travel_requested, p.travel_approved, p.travel_ticket, p.travel_terminal,
                    p.travel_nights, p.travel_dsa_rate, p.travel_amount)
             .where(p.plan_id == plan_id).order_by(p.family_name, p.given_name, p.id))
    if approved_only:
        query = query.where(p.travel_approved.is_(True), p.status != "declined")
    else:
        query = query.where((p.travel_requested.is_(True)) | (p.travel_approved.is_(True))
                            | (p.travel_ticket.is_not(None)))
    return [_traveller(row, setting) for row in session.execute(query)]


def _traveller(row: Any, setting: TravelSetting) -> TravellerRow:
    name = plain_name(row.given_name, row.family_name)
    trip, dsa_usd = None, None
    problem: Text = ""
    if row.travel_ticket is not None:
        nights = row.travel_nights if row.travel_nights is not None else setting.nights
        dsa_usd = row.travel_dsa_rate if row.travel_dsa_rate is not None else setting.dsa_usd
        if nights is None or (nights and (dsa_usd is None or setting.plan_per_usd is None)):
            problem = budget.trip_problem(nights is not None, dsa_usd is not None,
                                          setting.location, setting.arrival,
                                          setting.currency)
        dsa = None
        if dsa_usd is not None and setting.plan_per_usd is not None:
            from consult_desktop.domain.money import convert

            dsa = convert(dsa_usd, Decimal(1), setting.plan_per_usd)
        trip = budget.Trip(row.travel_ticket, nights or 0, dsa, row.travel_terminal or ZERO)
    return TravellerRow(row.id, name, row.country, row.status, row.travel_requested,
                        row.travel_approved, row.travel_ticket, row.travel_terminal,
                        row.travel_nights, row.travel_dsa_rate, row.travel_amount, trip,
                        dsa_usd, problem, row.honorific or "")


def line_rows(session: Session, plan_id: int, option_id: int,
              facts: TravelFacts | None = None) -> list[LineRow]:
    """An option's lines in order, with the figures each counts with."""
    return _lines_by_option(session, plan_id, [option_id], facts).get(option_id, [])


def _lines_by_option(session: Session, plan_id: int, option_ids: list[int] | None,
                     facts: TravelFacts | None) -> dict[int, list[LineRow]]:
    """The lines of some options (None: all the plan's), in one query, by option id."""
    facts = facts if facts is not None else travel_facts(session, plan_id)
    known = rates(session, plan_id)
    b, f = LINE_TABLE.c, SOURCE_TABLE.c
    query = (
        select(b.id, b.option_id, b.position, b.category, b.description, b.quantity, b.unit,
               b.unit_cost, b.multiplier, b.funding_source_id, f.name, f.kind, f.psc_rate,
               b.psc_applies, b.actual, b.travel_rule, b.currency, b.rate_month)
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
         travel_rule, line_currency, line_month) in session.execute(query):
        rule = travel_rule if category == "participant_travel" else "fixed"
        counted = budget.travel_figures(rule, quantity, unit_cost, multiplier,
                                        facts.travellers, facts.approved_sum)
        if rule != "fixed":  # the travellers' sum is in the plan's currency
            line_currency = None
        own = line_currency or known.currency
        month = line_month or known.month
        problem = known.problem(own, month)
        result.setdefault(option_id, []).append(LineRow(
            line_id, option_id, position, category, description, quantity, unit, unit_cost,
            multiplier, source_id, name or "", kind or "",
            psc_rate if psc_rate is not None else ZERO, psc_applies, actual, travel_rule,
            counted, line_currency, line_month, own, month,
            known.per_usd(own, month) if own != known.currency else Decimal(1),
            (known.per_usd(known.currency, month) or Decimal(1)) if own != known.currency
            else Decimal(1),
            problem,
        ))
    return result


def option_budget(session: Session, plan_id: int, option: OptionRow,
                  facts: TravelFacts | None = None) -> OptionBudget:
    lines = line_rows(session, plan_id, option.id, facts)
    return OptionBudget(option, lines, budget.totals([line.line for line in lines]))


def comparison(session: Session, plan_id: int,
               facts: TravelFacts | None = None) -> list[OptionBudget]:
    """Every option with its lines and totals, in the plan's order."""
    facts = facts if facts is not None else travel_facts(session, plan_id)
    lines = _lines_by_option(session, plan_id, None, facts)
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


def dsa_rates(session: Session, plan_id: int) -> list[tuple[str, str, Decimal, dt.date]]:
    return [tuple(row) for row in session.execute(
        select(DSA.country, DSA.location, DSA.rate, DSA.effective)
        .where(DSA.plan_id == plan_id).order_by(DSA.country, DSA.location, DSA.effective))]


def exchange_rates(session: Session, plan_id: int) -> list[tuple[str, dt.date, Decimal]]:
    return [tuple(row) for row in session.execute(
        select(EXCHANGE.currency, EXCHANGE.month, EXCHANGE.units_per_usd)
        .where(EXCHANGE.plan_id == plan_id).order_by(EXCHANGE.currency, EXCHANGE.month))]
