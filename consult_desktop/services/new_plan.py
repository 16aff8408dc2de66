"""A new plan from an earlier one (issue 22): its preview, and the new plan file.

The preview is the copy itself, made in a scratch file and described: what the window
shows before and what the command line reports after are the same copy.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from consult_desktop.domain import plan_shift
from consult_desktop.domain.dates import date_range, day_and_date
from consult_desktop.domain.money import format_amount
from consult_desktop.domain.plural import count

if TYPE_CHECKING:
    from consult_desktop.store.plan_copy import Copied
    from consult_desktop.store.plan_file import PlanFile


@dataclass(frozen=True)
class Outline:
    """What a new plan made from an earlier one holds, in lines fit to show."""

    old_days: str
    new_days: str
    copied: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    totals: list[tuple[str, str]] = field(default_factory=list)  # option, total


def first_day(plan_file: PlanFile) -> dt.date | None:
    """The earlier plan's first meeting day: what the shift moves."""
    from consult_desktop.store.agenda_store import load_meeting

    with plan_file.read() as session:
        return load_meeting(session, plan_file.plan_id)[0].first_day


def preview(source: PlanFile, shift_to: dt.date | None,
            with_participants: bool = False) -> Outline:
    """What `create` would make, without making it."""
    with tempfile.TemporaryDirectory(prefix="consult-new-") as folder:
        scratch = Path(folder) / "preview.consult"
        scratch.touch()
        return _build(source, scratch, shift_to, with_participants)


def create(source: PlanFile, target: Path, shift_to: dt.date | None,
           with_participants: bool = False, overwrite: bool = False) -> Outline:
    """Write the new plan to `target` (it appears only when complete); the outline of
    what it holds. PlanFileError when the target cannot be written, ValueError when
    there is no day to move from."""
    from consult_desktop.files import replacing
    from consult_desktop.store.plan_file import PlanFileError, lock_to_replace

    target = Path(target)
    if target.is_dir():
        raise PlanFileError(f"{target}: is a folder")
    if target.exists() and not overwrite:
        raise PlanFileError(f"{target}: already exists")
    if not target.parent.is_dir():
        raise PlanFileError(f"{target.parent}: no such folder")
    if not source.shared and source.path.resolve() == target.resolve():
        raise PlanFileError(f"{target}: is the plan it is made from")
    lock = lock_to_replace(target)
    try:
        with replacing(target) as temporary:
            return _build(source, temporary, shift_to, with_participants)
    finally:
        lock.release()


def _build(source: PlanFile, path: Path, shift_to: dt.date | None,
           with_participants: bool) -> Outline:
    from consult_desktop.store.plan_copy import copy_plan, prepare
    from consult_desktop.store.plan_file import PlanFile, make_engine

    old_first = first_day(source)
    shift = plan_shift.shift_to(old_first, shift_to)
    engine = make_engine(path)
    try:
        with source.engine.connect() as reading, engine.begin() as writing:
            prepare(writing)
            copied = copy_plan(reading, writing, shift, with_participants)
    finally:
        engine.dispose()
    made = PlanFile(path)
    try:
        return _describe(source, made, shift, copied)
    finally:
        made.close()


def _days(plan_file: PlanFile) -> tuple[dt.date | None, dt.date | None]:
    from consult_desktop.store.agenda_store import load_meeting

    with plan_file.read() as session:
        meeting = load_meeting(session, plan_file.plan_id)[0]
    return meeting.first_day, meeting.last_day


def _describe(source: PlanFile, made: PlanFile, shift: plan_shift.Shift,
              copied: Copied) -> Outline:
    from consult_desktop.services.options import options
    from consult_desktop.store.plan_copy import CARRY

    old_days, new_days = _days(source), _days(made)
    kept = [count(copied.kept.get(name, 0), carry.what) for name, carry in CARRY.items()
            if carry.what and copied.kept.get(name)]
    lines = ["Plan details" + (", the symbol's year following the new year"
                               if shift.years else "")]
    lines += [f"{', '.join(kept)}"] if kept else []
    if copied.decisions:
        lines.append("Options back to proposed, with no decision")
    if shift.days:
        lines.append(f"Dates moved by {count(shift.days, 'day')}: the agenda's days, the "
                     "milestones (not done), the options' dates and the documents' dates "
                     "of issue; deadline rules follow the new first day")
    left = []
    if copied.emptied:
        left.append(f"The text of {count(copied.emptied, 'summary section')} "
                    "(the sections stay, empty)")
    if copied.actuals:
        left.append(f"Actual expenditure on {count(copied.actuals, 'budget line')}")
    if copied.decisions:
        left.append(f"The decisions on {count(copied.decisions, 'option')}")
    if copied.left.get("participant"):
        left.append(f"{count(copied.left['participant'], 'participant')} "
                    "(they may come along, invited again)")
    elif copied.kept.get("participant"):
        lines.append("Participants back to invited, travel approvals cleared")
    found = options(made)
    totals = [(f"({c.option.label}) {c.option.title}",
               format_amount(c.totals.total, found.currency)) for c in found.compared]
    return Outline(date_range(*old_days) or "-", date_range(*new_days) or "-", lines, left,
                   _warnings(shift, copied, new_days[0]), totals)


def _warnings(shift: plan_shift.Shift, copied: Copied,
              new_first: dt.date | None) -> list[str]:
    found = []
    note = shift.weekday_note()
    if note:
        found.append(note)
    if shift.new_first is not None and new_first != shift.new_first and shift.days:
        found.append(f"The new meeting's first day is {day_and_date(new_first)}"
                     if new_first else "The new plan has no meeting days")
    meeting_year = shift.new_first.year if shift.new_first else 0
    weekend: dict[dt.date, int] = {}
    for moved in copied.moved:
        if moved.table == "agenda_item" and plan_shift.on_weekend(moved.new):
            weekend[moved.new] = weekend.get(moved.new, 0) + 1
    found += [f"Agenda: {plan_shift.weekend_note(count(n, 'item'), day)}"
              for day, n in sorted(weekend.items())]
    told: set[str] = set()
    for moved in copied.moved:
        if (moved.table == "milestone" and moved.title not in told
                and shift.off_year(moved.old, moved.new)):
            told.add(moved.title)
            found.append("Timeline: " + plan_shift.off_year_note(moved.title, moved.old,
                                                                  moved.new, meeting_year))
    return found
