"""The timeline's rows: milestones, deadline rules and the options' dates, via Core.

Reads return plain domain values; writes take a Session and never commit (the caller's
transaction does). Every read and write is scoped by the plan's id; what a milestone
may hold is domain/milestones.py's rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.domain import deadlines
from consult_desktop.domain import milestones as milestone_rules
from consult_desktop.store.models import DeadlineRule, Milestone, Option, Plan


def load_timeline(session: Session, plan_id: int) -> milestone_rules.Timeline:
    plan = session.execute(
        select(Plan.start_date, Plan.end_date).where(Plan.id == plan_id)
    ).one()
    m = Milestone
    milestones = [
        deadlines.Milestone(id=r.id, title=r.title, date=r.date, end_date=r.end_date,
                            kind=r.kind, done=bool(r.done), notes=r.notes or "")
        for r in session.execute(
            select(m.id, m.title, m.date, m.end_date, m.kind, m.done, m.notes)
            .where(m.plan_id == plan_id).order_by(m.date, m.id)
        )
    ]
    o = Option
    options = [
        deadlines.OptionDates(id=r.id, label=r.label, title=r.title, start=r.proposed_start,
                              end=r.proposed_end, status=r.status)
        for r in session.execute(
            select(o.id, o.label, o.title, o.proposed_start, o.proposed_end, o.status)
            .where(o.plan_id == plan_id).order_by(o.position, o.label)
        )
    ]
    return milestone_rules.Timeline(plan.start_date, plan.end_date, milestones, options,
                    load_rules(session, plan_id))


def load_rules(session: Session, plan_id: int) -> list[deadlines.Rule]:
    r = DeadlineRule
    return [
        deadlines.Rule(title=row.title, weeks_before=row.weeks_before, id=row.id)
        for row in session.execute(
            select(r.id, r.title, r.weeks_before).where(r.plan_id == plan_id)
            .order_by(r.weeks_before.desc(), r.id)
        )
    ]


def milestone(session: Session, plan_id: int, milestone_id: int) -> milestone_rules.Fields:
    """A milestone's editable fields, or ValueError when it is gone."""
    m = Milestone
    row = session.execute(
        select(m.title, m.date, m.end_date, m.kind, m.done, m.notes)
        .where(m.id == milestone_id, m.plan_id == plan_id)
    ).one_or_none()
    if row is None:
        raise ValueError(f"milestone {milestone_id} no longer exists")
    return milestone_rules.Fields(row.title, row.date, row.end_date, row.kind, bool(row.done),
                                  row.notes or "")


def _row(fields: milestone_rules.Fields) -> dict[str, Any]:
    return {"title": fields.title, "date": fields.date, "end_date": fields.end_date,
            "kind": fields.kind, "done": fields.done, "notes": fields.notes}


def insert_milestone(session: Session, plan_id: int, fields: milestone_rules.Fields,
                     milestone_id: int | None = None) -> int:
    row = {"plan_id": plan_id, **_row(milestone_rules.check(fields))}
    if milestone_id is not None:
        row["id"] = milestone_id
    result = session.execute(insert(Milestone).values(**row).returning(Milestone.id))
    return int(result.scalar_one())


def update_milestone(session: Session, plan_id: int, milestone_id: int,
                     fields: milestone_rules.Fields) -> None:
    milestone(session, plan_id, milestone_id)  # ValueError when gone
    session.execute(update(Milestone)
                    .where(Milestone.id == milestone_id, Milestone.plan_id == plan_id)
                    .values(**_row(milestone_rules.check(fields))))


def delete_milestone(session: Session, plan_id: int, milestone_id: int) -> None:
    session.execute(delete(Milestone).where(Milestone.id == milestone_id,
                                            Milestone.plan_id == plan_id))


def replace_rules(session: Session, plan_id: int,
                  rules: list[tuple[str, int]]) -> None:
    """Make the plan's deadline rules exactly these (title, weeks before)."""
    rules = milestone_rules.check_rules(rules)
    session.execute(delete(DeadlineRule).where(DeadlineRule.plan_id == plan_id))
    if rules:
        session.execute(insert(DeadlineRule), [
            {"plan_id": plan_id, "title": title, "weeks_before": weeks}
            for title, weeks in rules
        ])


def timeline_problems(session: Session, plan_id: int, today: dt.date) -> list[str]:
    """One line per timeline warning of the plan (for `check`)."""
    return [f"timeline: {alert.message}"
            for alert in load_timeline(session, plan_id).alerts(today)]
