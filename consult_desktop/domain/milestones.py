"""What makes a milestone, and a deadline rule, acceptable: one rule for the dialog,
the window's edits and the command line.

A milestone needs a title and cannot end before it starts; a deadline rule needs a
title and counts a whole number of weeks (zero or more) back from the first day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from consult_desktop.domain import deadlines
from consult_desktop.domain.dates import long_date
from consult_desktop.domain.meeting_days import first_day


@dataclass(frozen=True)
class Fields:
    """A milestone's editable fields (what the dialog shows and a new milestone holds)."""

    title: str
    date: dt.date
    end_date: dt.date | None = None
    kind: str = "other"
    done: bool = False
    notes: str = ""

    def tidied(self) -> Fields:
        return replace(self, title=self.title.strip(), notes=self.notes.strip())


def problems(fields: Fields) -> list[str]:
    """What is wrong with a milestone, one short sentence each, or nothing."""
    found = []
    if not fields.title.strip():
        found.append("the milestone needs a title")
    if fields.end_date is not None and fields.end_date < fields.date:
        found.append(f"it ends ({long_date(fields.end_date)}) before it starts "
                     f"({long_date(fields.date)})")
    return found


def check(fields: Fields) -> Fields:
    """The fields tidied, or ValueError with the first problem."""
    found = problems(fields)
    if found:
        raise ValueError(found[0])
    return fields.tidied()


def check_rules(rules: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Deadline rules (title, weeks before) tidied, or ValueError naming the wrong one."""
    for title, weeks in rules:
        if not title.strip():
            raise ValueError("a deadline rule needs a title")
        if weeks < 0:
            raise ValueError(f"{title}: weeks before the meeting cannot be negative")
    return [(title.strip(), weeks) for title, weeks in rules]


@dataclass(frozen=True)
class Timeline:
    """A plan's timeline: its dates, milestones, options' dates and deadline rules."""

    plan_start: dt.date | None
    plan_end: dt.date | None
    milestones: list[deadlines.Milestone] = field(default_factory=list)
    options: list[deadlines.OptionDates] = field(default_factory=list)
    rules: list[deadlines.Rule] = field(default_factory=list)

    @property
    def meeting_start(self) -> dt.date | None:
        return first_day(self.options, self.plan_start, self.plan_end)

    def suggestions(self) -> list[deadlines.Suggestion]:
        return deadlines.suggestions(self.rules, self.meeting_start, self.milestones)

    def alerts(self, today: dt.date) -> list[deadlines.Alert]:
        return deadlines.alerts(self.plan_start, self.options, self.milestones, self.rules,
                                today)


def new_milestone_date(today: dt.date, meeting_start: dt.date | None) -> dt.date:
    """The date a new milestone starts with: today while the meeting is ahead (a
    deadline from now on), else the meeting's first day, so a plan of past or far
    dates does not open its calendar years away."""
    if meeting_start is None or today <= meeting_start:
        return today
    return meeting_start
