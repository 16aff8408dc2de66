"""Deadlines and the warnings of the timeline, on plain values.

The meeting's first day (domain/meeting_days.py) anchors the rules: a deadline rule
"Invitations sent, 8 weeks" gives a suggested deadline 56 days before it. "Today" is
always passed in, never read here, so every rule can be tested on both sides of its boundary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from consult_desktop.domain.dates import Day
from consult_desktop.domain.meeting_days import first_day
from consult_desktop.domain.phrases import Phrase, phrase

DOCUMENT_KIND = "document"
OUTCOME_KIND = "outcome_due"


@dataclass(frozen=True)
class Rule:
    title: str
    weeks_before: int
    id: int | None = None


@dataclass(frozen=True)
class Milestone:
    id: int
    title: str
    date: dt.date
    end_date: dt.date | None = None
    kind: str = "other"
    done: bool = False
    notes: str = ""

    @property
    def last_day(self) -> dt.date:
        return self.end_date or self.date


@dataclass(frozen=True)
class OptionDates:
    id: int
    label: str
    title: str
    start: dt.date | None
    end: dt.date | None
    status: str = "proposed"


@dataclass(frozen=True)
class Suggestion:
    """A deadline derived from a rule, not yet accepted as a milestone."""

    title: str
    date: dt.date
    weeks_before: int


@dataclass(frozen=True)
class Alert:
    """One warning, in one line; says which milestone or option it is about."""

    kind: str  # "outcome_late", "overdue", "deadline_missed" or "off_year"
    said: Phrase  # the window says it in its language (ui/phrases.py)
    milestone_id: int | None = None
    option_id: int | None = None

    @property
    def message(self) -> str:
        """In English, as the command line says it."""
        return str(self.said)


def option_name(option: OptionDates) -> str:
    return f"Option ({option.label})"


def deadline(rule: Rule, start: dt.date) -> dt.date:
    return start - dt.timedelta(weeks=rule.weeks_before)


def suggestions(rules: Sequence[Rule], start: dt.date | None,
                milestones: Sequence[Milestone]) -> list[Suggestion]:
    """The rules' deadlines not yet accepted (no document milestone of that title),
    earliest first."""
    if start is None:
        return []
    accepted = _document_titles(milestones)
    found = [Suggestion(r.title, deadline(r, start), r.weeks_before) for r in rules
             if r.title.strip().casefold() not in accepted]
    return sorted(found, key=lambda s: (s.date, s.title))


def _document_titles(milestones: Sequence[Milestone]) -> set[str]:
    return {m.title.strip().casefold() for m in milestones if m.kind == DOCUMENT_KIND}


def outcome_late(options: Sequence[OptionDates], milestones: Sequence[Milestone]) -> list[Alert]:
    """Options whose meeting ends after the day their outcome is due. Ending on that
    very day is allowed; rejected options are not checked."""
    alerts = []
    for due in (m for m in milestones if m.kind == OUTCOME_KIND):
        for option in options:
            if option.status == "rejected" or option.end is None:
                continue
            if option.end > due.date:
                alerts.append(Alert(
                    "outcome_late",
                    phrase("Option ({label}) ends on {end}, after its outcome is due on {due}"
                           " ({title})", label=option.label, end=Day(option.end, "long_date"),
                           due=Day(due.date, "long_date"), title=due.title),
                    milestone_id=due.id, option_id=option.id,
                ))
    return alerts


def overdue(milestones: Sequence[Milestone], today: dt.date) -> list[Alert]:
    """Milestones whose last day is before today and that are not marked done."""
    return [
        Alert("overdue", phrase("Past its date and not done: {title} ({day})", title=m.title,
                                day=Day(m.last_day, "long_date")), milestone_id=m.id)
        for m in sorted(milestones, key=lambda m: (m.date, m.id))
        if not m.done and m.last_day < today
    ]


def missed_deadlines(rules: Sequence[Rule], start: dt.date | None,
                     milestones: Sequence[Milestone], today: dt.date) -> list[Alert]:
    """Rules whose deadline, for the meeting's chosen first day, is already past while
    the meeting is still ahead. A rule already accepted as a milestone is left to that
    milestone (it warns when overdue); a deadline falling today is not yet missed."""
    if start is None or start < today:
        return []
    accepted = _document_titles(milestones)
    return [
        Alert("deadline_missed", phrase(
            "Deadline already missed: {title} was due on {due}, %n weeks before the meeting"
            " on {start}", n=r.weeks_before, one="Deadline already missed: {title} was due"
            " on {due}, 1 week before the meeting on {start}", title=r.title,
            due=Day(deadline(r, start), "long_date"), start=Day(start, "long_date")))
        for r in sorted(rules, key=lambda r: -r.weeks_before)
        if r.title.strip().casefold() not in accepted and deadline(r, start) < today
    ]


def off_year(milestones: Sequence[Milestone], start: dt.date | None) -> list[Alert]:
    """Milestones not done that fall in another year than the meeting's first day: what
    a plan made from an earlier session shows when a date moved past its year (issue
    22), or a year typed wrong."""
    if start is None:
        return []
    return [
        Alert("off_year", phrase("{title} is on {day}, in {year}, while the meeting is in"
                                 " {meeting}", title=m.title, day=Day(m.date, "long_date"),
                                 year=m.date.year, meeting=start.year), milestone_id=m.id)
        for m in sorted(milestones, key=lambda m: (m.date, m.id))
        if not m.done and m.date.year != start.year
    ]


def alerts(plan_start: dt.date | None, options: Sequence[OptionDates],
           milestones: Sequence[Milestone], rules: Sequence[Rule],
           today: dt.date) -> list[Alert]:
    """Every warning of the timeline, outcome first, then overdue, then missed, then
    the dates in another year than the meeting's."""
    start = first_day(options, plan_start)
    return [
        *outcome_late(options, milestones),
        *overdue(milestones, today),
        *missed_deadlines(rules, start, milestones, today),
        *off_year(milestones, start),
    ]
