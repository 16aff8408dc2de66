"""A new plan from an earlier one (issue 22): what moves, what stays, what is left
behind, and what the preview and `check` point out."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from consult_desktop.cli import main
from consult_desktop.domain.plan_shift import Shift, shift_to
from consult_desktop.services import new_plan
from consult_desktop.store.models import (
    AgendaItem,
    Base,
    BudgetLine,
    Document,
    Milestone,
    Option,
    Participant,
    Plan,
    SummarySection,
    Translation,
)
from consult_desktop.store.plan_copy import CARRY
from consult_desktop.store.plan_file import open_plan

NOVEMBER_2018 = dt.date(2018, 11, 1)  # a Thursday, as 2 November 2017


def _made(demo_plan, tmp_path, day=NOVEMBER_2018, **kwargs):
    target = tmp_path / "next.consult"
    outline = new_plan.create(demo_plan, target, day, **kwargs)
    return outline, open_plan(target)


def test_every_table_has_its_rule():
    """A table added later must be decided in CARRY: copied as is, moved, reset or
    left behind."""
    assert set(Base.metadata.tables) == set(CARRY)


def test_demo_for_november_2018(demo_plan, tmp_path):
    outline, made = _made(demo_plan, tmp_path)
    try:
        with demo_plan.read() as session:
            old_days = sorted({d for d in session.scalars(select(AgendaItem.day))})
            old_totals = new_plan.preview(demo_plan, None).totals
        with made.read() as session:
            days = sorted({d for d in session.scalars(select(AgendaItem.day))})
            bodies = list(session.scalars(select(SummarySection.body)))
            people = list(session.scalars(select(Participant.id)))
            chairs = list(session.scalars(select(AgendaItem.chair_id)))
            statuses = set(session.scalars(select(Option.status)))
            actuals = list(session.scalars(select(BudgetLine.actual)))
            prefix = session.scalar(select(Plan.symbol_prefix))
            symbols = set(session.scalars(select(Document.symbol)))
            cited = set(session.scalars(select(AgendaItem.documents)))
            summary_texts = list(session.scalars(select(Translation.id).where(
                Translation.kind == "summary_section", Translation.field == "body")))
    finally:
        made.close()
    assert old_days == [dt.date(2017, 11, 3)]
    assert days == [dt.date(2018, 11, 2)]  # the Friday still
    assert outline.old_days == "2 and 3 November 2017"
    assert outline.new_days == "1 and 2 November 2018"
    assert outline.totals == old_totals and "$157,974.00" in outline.totals[0][1]
    assert bodies and all(body == "" for body in bodies)
    assert not summary_texts
    assert people == [] and set(chairs) == {None}
    assert statuses == {"proposed"} and set(actuals) == {None}
    assert prefix == "ECE/EX/2018/"
    assert "ECE/EX/2018/L.7" in symbols and not any("2017" in s for s in symbols)
    assert "ECE/EX/2018/L.8" in cited
    assert outline.warnings == []  # a Thursday again, every date in 2018
    assert any("13 participants" in line for line in outline.left)


def test_with_participants_they_come_invited_again(demo_plan, tmp_path):
    with demo_plan.begin() as session:
        session.execute(Participant.__table__.update().values(
            status="confirmed", travel_approved=True))
    _outline, made = _made(demo_plan, tmp_path, with_participants=True)
    try:
        with made.read() as session:
            rows = session.execute(select(Participant.status, Participant.travel_approved)
                                   ).all()
            chairs = [c for c in session.scalars(select(AgendaItem.chair_id)) if c]
    finally:
        made.close()
    assert len(rows) == 13 and set(rows) == {("invited", False)}
    assert chairs


def test_milestones_keep_their_distance_and_are_not_done(demo_plan, tmp_path):
    with demo_plan.read() as session:
        before = dict(session.execute(select(Milestone.title, Milestone.date)).all())
    _outline, made = _made(demo_plan, tmp_path)
    try:
        with made.read() as session:
            after = dict(session.execute(select(Milestone.title, Milestone.date)).all())
            done = set(session.scalars(select(Milestone.done)))
    finally:
        made.close()
    assert {title: after[title] - day for title, day in before.items()} == {
        title: dt.timedelta(days=364) for title in before}
    assert done == {False}


def test_weekday_weekend_and_year_pointed_out(demo_plan, tmp_path):
    """22 December 2018 is a Saturday: the agenda's Friday becomes a Sunday, and the
    Mexico meeting of late November moves into January 2019."""
    outline = new_plan.preview(demo_plan, dt.date(2018, 12, 22))
    text = "\n".join(outline.warnings)
    assert "from a Thursday (2 November 2017) to a Saturday (22 December 2018)" in text
    assert "10 items on a weekend day, Sunday, 23 December 2018" in text
    assert "Preparatory meeting, Mexico" in text and "in 2019 while the meeting is in 2018" \
        in text
    assert not (tmp_path / "next.consult").exists()


def test_check_reports_the_weekend_and_the_year(demo_path, tmp_path, capsys):
    target = tmp_path / "late.consult"
    assert main(["new", str(target), "--from", str(demo_path),
                 "--shift-to", "2018-12-22"]) == 0
    err = capsys.readouterr().err
    assert "weekend" in err and "Saturday" in err
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    assert "Agenda (weekend): 10 items are on a weekend day, Sun 23 Dec 2018" in out
    assert ("Preparatory meeting, Mexico: outcome of the regional consultation due is on "
            "16 January 2019, in 2019, while the meeting is in 2018") in out


def test_cli_new_from_reports_and_refuses(demo_path, tmp_path, capsys):
    target = tmp_path / "next.consult"
    assert main(["new", str(target), "--from", str(demo_path), "--shift-to",
                 "2018-11-01"]) == 0
    out = capsys.readouterr().out
    assert "2 and 3 November 2017 -> 1 and 2 November 2018" in out
    assert "Not copied:" in out and "summary section" in out
    assert main(["new", str(target), "--from", str(demo_path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["new", str(tmp_path / "x.consult"), "--shift-to", "2018-11-01",
                 "--title", "X"]) == 1
    assert "need --from" in capsys.readouterr().err
    assert not (tmp_path / "x.consult").exists()


def test_no_shift_keeps_the_dates(demo_plan, tmp_path):
    outline, made = _made(demo_plan, tmp_path, day=None)
    made.close()
    assert outline.new_days == outline.old_days == "2 and 3 November 2017"


def test_a_plan_without_days_cannot_be_moved():
    with pytest.raises(ValueError, match="no meeting days"):
        shift_to(None, NOVEMBER_2018)


@pytest.mark.parametrize(("text", "expected"), [
    ("ECE/EX/2017/L.8", "ECE/EX/2018/L.8"),
    ("ECE/EX/2017/INF.3\nA/71/L.58", "ECE/EX/2018/INF.3\nA/71/L.58"),
    ("ECE/20170/1", "ECE/20170/1"),
    ("E/2017/12017", "E/2018/12017"),
])
def test_a_symbol_follows_the_new_year(text, expected):
    shift = Shift(dt.date(2017, 11, 2), NOVEMBER_2018)
    assert shift.symbol(text) == expected


def test_a_shift_by_whole_weeks_keeps_the_weekday():
    assert Shift(dt.date(2017, 11, 2), NOVEMBER_2018).weekday_note() is None
    note = Shift(dt.date(2017, 11, 2), dt.date(2018, 11, 2)).weekday_note()
    assert note is not None and "Thursday" in str(note) and "Friday" in str(note)


def test_the_documents_come_to_write_again(demo_plan, tmp_path):
    _outline, made = _made(demo_plan, tmp_path)
    try:
        from consult_desktop.services.document_list import entries

        found = {e.symbol: e for e in entries(made)}
    finally:
        made.close()
    paper = found["ECE/EX/2018/INF.2"]
    assert (paper.status, paper.available, paper.submitted, paper.languages) == (
        "drafting", "", None, "EFR")
    assert paper.deadline == dt.date(2018, 11, 1) - dt.timedelta(weeks=6)  # the rules'
    assert not any("2017" in symbol for symbol in found)
