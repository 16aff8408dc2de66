"""A new session from an earlier one: moving its dates, and what to point out (issue 22).

Every date of the earlier plan moves by one number of days, so that the meeting's first
day lands on the day asked for: agenda days keep their order and times, milestones keep
their distance to the meeting, deadline rules (counted back from the first day) follow
by themselves. A document symbol that names the old year names the new one.

What the move may break is said, never silently mended: a change of weekday, an agenda
day on a weekend, a date that moves into another year than the meeting did.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from consult_desktop.domain.dates import day_and_date, day_name, long_date

SATURDAY = 5  # date.weekday(): Saturday and Sunday are 5 and 6


@dataclass(frozen=True)
class Shift:
    """Where the earlier meeting's first day was, and where the new one's is. With no
    new day asked for, or no first day to move, nothing moves."""

    old_first: dt.date | None = None
    new_first: dt.date | None = None

    @property
    def days(self) -> int:
        if self.old_first is None or self.new_first is None:
            return 0
        return (self.new_first - self.old_first).days

    @property
    def years(self) -> int:
        if self.old_first is None or self.new_first is None:
            return 0
        return self.new_first.year - self.old_first.year

    def move(self, day: dt.date | None) -> dt.date | None:
        if day is None:
            return None
        return day + dt.timedelta(days=self.days)

    def symbol(self, text: str) -> str:
        """`ECE/EX/2017/L.8` for 2018 gives `ECE/EX/2018/L.8`: the old year, written as a
        whole number of its own, becomes the new year; other numbers stay."""
        if not self.years or self.old_first is None or self.new_first is None:
            return text
        pattern = rf"(?<!\d){self.old_first.year}(?!\d)"
        return re.sub(pattern, str(self.new_first.year), text)

    def weekday_note(self) -> str | None:
        """'The first day moves from a Thursday to a Friday', or None when it keeps
        its weekday (a shift by whole weeks)."""
        if self.old_first is None or self.new_first is None or not self.days % 7:
            return None
        return (f"The meeting's first day moves from a {day_name(self.old_first)} "
                f"({long_date(self.old_first)}) to a {day_name(self.new_first)} "
                f"({long_date(self.new_first)}): check the days of the agenda")

    def off_year(self, old: dt.date, new: dt.date) -> bool:
        """Whether a date moved into another year than the meeting did: 27 November
        2017 moved by 412 days is in 2019 while the meeting moved to 2018."""
        return new.year - old.year != self.years


def shift_to(old_first: dt.date | None, new_first: dt.date | None) -> Shift:
    """The shift that puts the meeting's first day on `new_first`; ValueError when the
    earlier plan has no day to move from."""
    if new_first is not None and old_first is None:
        raise ValueError("the earlier plan has no meeting days (no dates on its options "
                         "or in its details), so there is no day to move from")
    return Shift(old_first, new_first if new_first is not None else old_first)


def on_weekend(day: dt.date) -> bool:
    return day.weekday() >= SATURDAY


def weekend_note(what: str, day: dt.date) -> str:
    """'3 items on a weekend day, Sunday, 23 December 2018'."""
    return f"{what} on a weekend day, {day_and_date(day)}"


def off_year_note(title: str, old: dt.date, new: dt.date, meeting_year: int) -> str:
    return (f"{title} moves from {long_date(old)} to {long_date(new)}, in {new.year} "
            f"while the meeting is in {meeting_year}")
