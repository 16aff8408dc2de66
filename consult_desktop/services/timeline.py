"""The timeline: milestones, the plan's deadline rules and the options' dates, read as
plain values, and its edits.

Every read is scoped by the plan the file holds, so the Timeline tab and `consult-desktop
check` look at the same plan. What a milestone may hold is domain/milestones.py's rule.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from consult_desktop.domain.deadlines import Alert, Milestone, Suggestion
from consult_desktop.domain.milestones import Fields, Timeline
from consult_desktop.store import timeline_store as store

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["Alert", "Fields", "Milestone", "Suggestion", "Timeline"]

Rules = list[tuple[str, int]]  # (title, weeks before the meeting's first day)


def load(plan_file: PlanFile) -> Timeline:
    with plan_file.read() as session:
        return store.load_timeline(session, plan_file.plan_id())


def milestone(plan_file: PlanFile, milestone_id: int) -> Fields:
    """A milestone's editable fields, or ValueError when it is gone."""
    with plan_file.read() as session:
        return store.milestone(session, plan_file.plan_id(), milestone_id)


def rules(plan_file: PlanFile) -> Rules:
    with plan_file.read() as session:
        return [(rule.title, rule.weeks_before)
                for rule in store.load_rules(session, plan_file.plan_id())]


def problems(plan_file: PlanFile, today: dt.date) -> list[str]:
    """One line per timeline warning of the plan, for `consult-desktop check`: outcome
    due before the meeting ends, overdue milestones, document deadlines missed."""
    with plan_file.read() as session:
        return store.timeline_problems(session, plan_file.plan_id(), today)


def suggestion_fields(suggestion: Suggestion) -> Fields:
    """The document milestone that accepting a suggested deadline makes."""
    return Fields(suggestion.title, suggestion.date, kind="document",
                  notes=f"{suggestion.weeks_before} weeks before the meeting's first day")
