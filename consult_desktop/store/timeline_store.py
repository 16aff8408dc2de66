"""The timeline's rows: milestones, deadline rules and the options' dates, via Core.

Reads return plain domain values; writes take a Session and never commit (the caller's
transaction does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from consult_desktop.domain import deadlines
from consult_desktop.store.models import DeadlineRule, Milestone, Option, Plan

MILESTONE_FIELDS = ("title", "date", "end_date", "kind", "done", "notes")


@dataclass(frozen=True)
class Timeline:
    plan_start: dt.date | None
    plan_end: dt.date | None
    milestones: list[deadlines.Milestone] = field(default_factory=list)
    options: list[deadlines.OptionDates] = field(default_factory=list)
    rules: list[deadlines.Rule] = field(default_factory=list)

    @property
    def meeting_start(self) -> dt.date | None:
        return deadlines.meeting_start(self.plan_start, self.options)

    def suggestions(self) -> list[deadlines.Suggestion]:
        return deadlines.suggestions(self.rules, self.meeting_start, self.milestones)

    def alerts(self, today: dt.date) -> list[deadlines.Alert]:
        return deadlines.alerts(self.plan_start, self.options, self.milestones, self.rules,
                                today)


def load_timeline(session: Session, plan_id: int) -> Timeline:
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
    return Timeline(plan.start_date, plan.end_date, milestones, options,
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


def milestone_values(session: Session, milestone_id: int) -> dict[str, Any]:
    """A milestone's editable fields, or ValueError when it is gone."""
    m = Milestone
    row = session.execute(
        select(*(getattr(m, name) for name in MILESTONE_FIELDS)).where(m.id == milestone_id)
    ).one_or_none()
    if row is None:
        raise ValueError(f"milestone {milestone_id} no longer exists")
    return dict(zip(MILESTONE_FIELDS, row, strict=True))


def check_values(values: dict[str, Any]) -> None:
    """Refuse what the schema would refuse, with a message a person understands."""
    if not str(values.get("title", "")).strip():
        raise ValueError("the milestone needs a title")
    end = values.get("end_date")
    if end is not None and end < values["date"]:
        raise ValueError(f"it ends ({end:%d %B %Y}) before it starts ({values['date']:%d %B %Y})")


def insert_milestone(session: Session, plan_id: int, values: dict[str, Any],
                     milestone_id: int | None = None) -> int:
    check_values(values)
    row = {"plan_id": plan_id, **values}
    if milestone_id is not None:
        row["id"] = milestone_id
    result = session.execute(insert(Milestone).values(**row).returning(Milestone.id))
    return int(result.scalar_one())


def update_milestone(session: Session, milestone_id: int, values: dict[str, Any]) -> None:
    merged = {**milestone_values(session, milestone_id), **values}
    check_values(merged)
    session.execute(update(Milestone).where(Milestone.id == milestone_id).values(**values))


def delete_milestone(session: Session, milestone_id: int) -> None:
    session.execute(delete(Milestone).where(Milestone.id == milestone_id))


def replace_rules(session: Session, plan_id: int,
                  rules: list[tuple[str, int]]) -> None:
    """Make the plan's deadline rules exactly these (title, weeks before)."""
    for title, weeks in rules:
        if not title.strip():
            raise ValueError("a deadline rule needs a title")
        if weeks < 0:
            raise ValueError(f"{title}: weeks before the meeting cannot be negative")
    session.execute(delete(DeadlineRule).where(DeadlineRule.plan_id == plan_id))
    if rules:
        session.execute(insert(DeadlineRule), [
            {"plan_id": plan_id, "title": title.strip(), "weeks_before": weeks}
            for title, weeks in rules
        ])


def timeline_problems(session: Session, today: dt.date) -> list[str]:
    """One line per timeline warning of every plan in the file (for `check`)."""
    plan_ids = session.scalars(select(Plan.id).order_by(Plan.id)).all()
    return [
        f"timeline: {alert.message}"
        for plan_id in plan_ids
        for alert in load_timeline(session, plan_id).alerts(today)
    ]
