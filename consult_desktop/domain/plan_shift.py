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

from consult_desktop.domain.dates import Day
from consult_desktop.domain.phrases import Phrase, phrase

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

    def weekday_note(self) -> Phrase | None:
        """'The first day moves from a Thursday to a Friday', or None when it keeps
        its weekday (a shift by whole weeks)."""
        if self.old_first is None or self.new_first is None or not self.days % 7:
            return None
        return phrase("The meeting's first day moves from a {old_day} ({old}) to a {new_day}"
                      " ({new}): check the days of the agenda",
                      old_day=Day(self.old_first, "day_name"),
                      old=Day(self.old_first, "long_date"),
                      new_day=Day(self.new_first, "day_name"),
                      new=Day(self.new_first, "long_date"))

    def off_year(self, old: dt.date, new: dt.date) -> bool:
        """Whether a date moved into another year than the meeting did: 27 November
        2017 moved by 412 days is in 2019 while the meeting moved to 2018."""
        return new.year - old.year != self.years


def shift_to(old_first: dt.date | None, new_first: dt.date | None) -> Shift:
    """The shift that puts the meeting's first day on `new_first`; ValueError when the
    earlier plan has no day to move from."""
    if new_first is not None and old_first is None:
        raise ValueError(phrase("the earlier plan has no meeting days (no dates on its"
                                " options or in its details), so there is no day to move"
                                " from"))
    return Shift(old_first, new_first if new_first is not None else old_first)


def on_weekend(day: dt.date) -> bool:
    return day.weekday() >= SATURDAY


def weekend_note(items: int, day: dt.date) -> Phrase:
    """'Agenda: 3 items on a weekend day, Sunday, 23 December 2018'."""
    return phrase("Agenda: %n items on a weekend day, {day}", n=items,
                  one="Agenda: 1 item on a weekend day, {day}", day=Day(day, "day_and_date"))


def off_year_note(title: str, old: dt.date, new: dt.date, meeting_year: int) -> Phrase:
    return phrase("Timeline: {title} moves from {old} to {new}, in {year} while the meeting"
                  " is in {meeting}", title=title, old=Day(old, "long_date"),
                  new=Day(new, "long_date"), year=new.year, meeting=meeting_year)
