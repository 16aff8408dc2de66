"""Read-only queries: each takes a Session, returns plain values, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import column, func, select, table
from sqlalchemy.orm import Session

from consult_desktop.domain import budget
from consult_desktop.store.budget_queries import line_rows
from consult_desktop.store.models import (
    AgendaItem,
    Milestone,
    Option,
    Participant,
    Plan,
)

ALEMBIC_VERSION = table("alembic_version", column("version_num"))


@dataclass(frozen=True)
class OptionTotal:
    id: int
    label: str
    title: str
    status: str
    total: Decimal


@dataclass(frozen=True)
class PlanSummary:
    title: str
    currency: str
    options: list[OptionTotal]
    participants: int
    agenda_items: int
    milestones: int
    revision: str


def budget_lines(session: Session, option_id: int) -> list[budget.Line]:
    """An option's lines as domain values, with their funding source's PSC rate; a
    participants' travel line that follows the participants counts with their figures
    (see `budget_queries.line_rows`)."""
    plan_id = session.scalar(select(Option.plan_id).where(Option.id == option_id))
    return [row.line for row in line_rows(session, int(plan_id or 0), option_id)]


def option_totals(session: Session) -> list[OptionTotal]:
    options = session.execute(
        select(Option.id, Option.label, Option.title, Option.status).order_by(
            Option.position, Option.label
        )
    ).all()
    return [
        OptionTotal(
            id=o.id,
            label=o.label,
            title=o.title,
            status=o.status,
            total=budget.totals(budget_lines(session, o.id)).total,
        )
        for o in options
    ]


def count(session: Session, entity: type) -> int:
    return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def plan_summary(session: Session) -> PlanSummary:
    plan = session.scalars(select(Plan).order_by(Plan.id).limit(1)).one()
    revision = session.scalar(select(ALEMBIC_VERSION.c.version_num))
    return PlanSummary(
        title=plan.title,
        currency=plan.currency,
        options=option_totals(session),
        participants=count(session, Participant),
        agenda_items=count(session, AgendaItem),
        milestones=count(session, Milestone),
        revision=str(revision),
    )
