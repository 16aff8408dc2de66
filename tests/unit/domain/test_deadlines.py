"""The timeline's rules, each with dates on both sides of its boundary."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.domain.deadlines import (
    Milestone,
    OptionDates,
    Rule,
    alerts,
    missed_deadlines,
    outcome_late,
    overdue,
    suggestions,
)

D = dt.date
MEETING = D(2017, 11, 3)
DEFAULT_RULES = [Rule("Documents to processing", 10), Rule("Invitations sent", 8),
                 Rule("Documents distributed to participants", 6)]
MEXICO = Milestone(9, "Preparatory meeting, Mexico", D(2017, 11, 27), D(2017, 11, 29),
                   kind="outcome_due", done=True)


def option(end: dt.date | None, status: str = "proposed", start: dt.date | None = None,
           label: str = "b") -> OptionDates:
    return OptionDates(1, label, "Extended session", start or end, end, status)


@pytest.mark.parametrize(("rule", "expected"), [
    (Rule("Documents to processing", 10), D(2017, 8, 25)),
    (Rule("Invitations sent", 8), D(2017, 9, 8)),
    (Rule("Documents distributed to participants", 6), D(2017, 9, 22)),
    (Rule("Same day", 0), MEETING),
])
def test_a_suggestion_is_counted_back_in_weeks_from_the_first_day(rule, expected):
    (suggestion,) = suggestions([rule], MEETING, [])
    assert suggestion.date == expected
    assert (MEETING - suggestion.date).days == 7 * rule.weeks_before


def test_suggestions_are_earliest_first_and_skip_accepted_document_deadlines():
    accepted = Milestone(1, " invitations SENT ", D(2017, 9, 1), kind="document")
    other_kind = Milestone(2, "Documents to processing", D(2017, 8, 1), kind="other")
    found = suggestions(DEFAULT_RULES, MEETING, [accepted, other_kind])
    assert [s.title for s in found] == ["Documents to processing",
                                        "Documents distributed to participants"]
    assert suggestions(DEFAULT_RULES, None, []) == []


@pytest.mark.parametrize(("end", "status", "flagged"), [
    (D(2017, 11, 26), "proposed", False),   # the day before the outcome is due
    (D(2017, 11, 27), "proposed", False),   # ends on the day it is due: still in time
    (D(2017, 11, 28), "proposed", True),    # the day after
    (D(2017, 12, 15), "chosen", True),
    (D(2017, 12, 15), "rejected", False),   # a rejected option is not held
    (None, "proposed", False),              # no dates yet
])
def test_an_option_ending_after_its_outcome_is_due_is_flagged(end, status, flagged):
    found = outcome_late([option(end, status)], [MEXICO])
    assert bool(found) == flagged
    if flagged:
        assert found[0].option_id == 1 and found[0].milestone_id == 9
        assert "Option (b)" in found[0].message and "27 November 2017" in found[0].message


def test_without_an_outcome_milestone_nothing_is_late():
    other = Milestone(3, "Mexico", D(2017, 11, 27), kind="related_meeting")
    assert outcome_late([option(D(2017, 12, 15))], [other]) == []


@pytest.mark.parametrize(("date", "end", "done", "today", "flagged"), [
    (D(2017, 4, 7), None, False, D(2017, 4, 6), False),   # tomorrow
    (D(2017, 4, 7), None, False, D(2017, 4, 7), False),   # due today
    (D(2017, 4, 7), None, False, D(2017, 4, 8), True),    # yesterday
    (D(2017, 4, 7), None, True, D(2017, 4, 8), False),    # done
    (D(2017, 10, 10), D(2017, 10, 11), False, D(2017, 10, 11), False),  # last day today
    (D(2017, 10, 10), D(2017, 10, 11), False, D(2017, 10, 12), True),
])
def test_a_milestone_past_its_date_and_not_done_is_flagged(date, end, done, today, flagged):
    milestone = Milestone(4, "EXCOM guidance", date, end, kind="decision", done=done)
    found = overdue([milestone], today)
    assert bool(found) == flagged
    if flagged:
        assert found[0].milestone_id == 4 and "EXCOM guidance" in found[0].message


@pytest.mark.parametrize(("today", "missed"), [
    (D(2017, 8, 24), []),                          # the day before the first deadline
    (D(2017, 8, 25), []),                          # due today: not yet missed
    (D(2017, 8, 26), ["Documents to processing"]),
    (D(2017, 9, 9), ["Documents to processing", "Invitations sent"]),
    (D(2017, 11, 3), ["Documents to processing", "Invitations sent",
                      "Documents distributed to participants"]),  # the meeting's first day
    (D(2017, 11, 4), []),                          # the meeting is over: nothing to warn
])
def test_a_document_deadline_already_missed_for_the_chosen_dates(today, missed):
    found = missed_deadlines(DEFAULT_RULES, MEETING, [], today)
    assert [a.message.split(": ")[1].split(" was")[0] for a in found] == missed


def test_an_accepted_deadline_is_left_to_its_milestone():
    accepted = Milestone(5, "Invitations sent", D(2017, 9, 8), kind="document", done=True)
    found = missed_deadlines(DEFAULT_RULES, MEETING, [accepted], D(2017, 9, 30))
    assert all("Invitations" not in a.message for a in found) and len(found) == 2


def test_the_seed_dates_raise_nothing_once_done_and_the_meeting_is_past():
    milestones = [
        Milestone(1, "Workplan due", D(2017, 3, 31), kind="mandate", done=True),
        Milestone(2, "IOM GRCP", D(2017, 10, 10), D(2017, 10, 11), "related_meeting", True),
        MEXICO,
    ]
    options = [option(D(2017, 11, 3), start=D(2017, 11, 2), label="a"), option(MEETING)]
    assert alerts(MEETING, options, milestones, DEFAULT_RULES, D(2026, 11, 27)) == []
    moved = [options[0], option(D(2017, 11, 30))]
    (late,) = alerts(MEETING, moved, milestones, DEFAULT_RULES, D(2026, 11, 27))
    assert late.kind == "outcome_late"


