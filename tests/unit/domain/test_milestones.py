"""What a milestone and a deadline rule may hold."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.domain.milestones import Fields, check, check_rules, problems

D = dt.date


def test_a_title_and_an_end_not_before_the_start():
    good = Fields(" Mexico ", D(2017, 11, 27), D(2017, 11, 29), "outcome_due", notes=" x ")
    assert problems(good) == []
    assert check(good) == Fields("Mexico", D(2017, 11, 27), D(2017, 11, 29), "outcome_due",
                                 notes="x")
    assert problems(Fields("One day", D(2017, 11, 27), D(2017, 11, 27))) == []
    bad = Fields("  ", D(2017, 11, 27), D(2017, 11, 26))
    assert problems(bad) == ["the milestone needs a title",
                             "it ends (26 November 2017) before it starts (27 November 2017)"]
    with pytest.raises(ValueError, match="needs a title"):
        check(bad)


def test_rules_need_a_title_and_weeks_not_negative():
    assert check_rules([(" Invitations ", 8), ("Briefing", 0)]) == [
        ("Invitations", 8), ("Briefing", 0)]
    with pytest.raises(ValueError, match="needs a title"):
        check_rules([("", 2)])
    with pytest.raises(ValueError, match="Docs: weeks before the meeting cannot be negative"):
        check_rules([("Docs", -1)])


def test_a_new_milestone_starts_today_while_the_meeting_is_ahead_else_on_its_first_day():
    from consult_desktop.domain.milestones import new_milestone_date

    first = dt.date(2017, 11, 2)
    assert new_milestone_date(dt.date(2017, 6, 1), first) == dt.date(2017, 6, 1)
    assert new_milestone_date(dt.date(2026, 12, 2), first) == first  # not nine years off
    assert new_milestone_date(dt.date(2026, 12, 2), None) == dt.date(2026, 12, 2)
