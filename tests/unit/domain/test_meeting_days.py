"""The meeting's days: one rule for the agenda, the deadlines and the printed pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from consult_desktop.domain import deadlines
from consult_desktop.domain.meeting_days import first_day, meeting_days

D = dt.date
PLAN = (D(2017, 12, 1), D(2017, 12, 2))


@dataclass(frozen=True)
class Opt:
    status: str
    start: dt.date | None
    end: dt.date | None = None


A = Opt("proposed", D(2017, 11, 2), D(2017, 11, 3))
B = Opt("proposed", D(2017, 11, 3))


@pytest.mark.parametrize(("options", "expected"), [
    ([A, B], (A.start, A.end)),
    ([A, Opt("chosen", B.start)], (B.start, B.start)),
    ([A, Opt("recommended", D(2017, 11, 8), D(2017, 11, 9))], (D(2017, 11, 8), D(2017, 11, 9))),
    ([Opt("recommended", None), B], (B.start, B.start)),
    ([Opt("chosen", None), A], PLAN),
    ([Opt("rejected", D(2017, 10, 1), D(2017, 10, 2)), B], (B.start, B.start)),
    ([Opt("rejected", D(2017, 10, 1))], PLAN),
    ([Opt("chosen", D(2017, 11, 8)), Opt("recommended", D(2017, 11, 1))],
     (D(2017, 11, 8), D(2017, 11, 8))),
    ([], PLAN),
], ids=["first dated option", "chosen option", "recommended option",
        "recommended without dates", "chosen without dates: the plan's",
        "rejected never decides", "only a rejected option", "chosen before recommended",
        "no options"])
def test_the_meeting_days_follow_the_rule(options, expected):
    assert meeting_days(options, *PLAN) == expected


def test_without_any_date_there_are_no_days():
    assert meeting_days([Opt("proposed", None)], None, None) == (None, None)
    assert meeting_days([], D(2017, 11, 3), None) == (D(2017, 11, 3), D(2017, 11, 3))
    assert meeting_days([Opt("proposed", D(2017, 11, 3), D(2017, 11, 1))], None, None) == (
        D(2017, 11, 3), D(2017, 11, 3))  # an end before the start: one day


def test_the_deadlines_count_back_from_the_same_first_day():
    options = [deadlines.OptionDates(1, "a", "Full", D(2017, 11, 2), D(2017, 11, 3)),
               deadlines.OptionDates(2, "b", "Extended", D(2017, 11, 3), D(2017, 11, 3))]
    assert first_day(options, D(2017, 11, 3)) == D(2017, 11, 2)
    rule = deadlines.Rule("Invitations sent", 8)
    (suggestion,) = deadlines.suggestions([rule], first_day(options, D(2017, 11, 3)), [])
    assert suggestion.date == D(2017, 9, 7)
