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
from consult_desktop.domain.dates import Day, DayRange
from consult_desktop.domain.money import Amount
from consult_desktop.domain.phrases import Line, Listed, Phrase, phrase
from consult_desktop.domain.plural import count

if TYPE_CHECKING:
    from consult_desktop.store.plan_copy import Copied
    from consult_desktop.store.plan_file import PlanFile


@dataclass(frozen=True)
class Outline:
    """What a new plan made from an earlier one holds, in lines fit to show: as phrases
    (`said_*`, domain/phrases.py) the window says in its language, and in English (the
    command line's) through the properties."""

    old_span: DayRange
    new_span: DayRange
    said_copied: list[Line] = field(default_factory=list)
    said_left: list[Line] = field(default_factory=list)
    said_warnings: list[Line] = field(default_factory=list)
    said_totals: list[tuple[str, Amount]] = field(default_factory=list)  # option, total

    @property
    def old_days(self) -> str:
        return str(self.old_span)

    @property
    def new_days(self) -> str:
        return str(self.new_span)

    @property
    def copied(self) -> list[str]:
        return [str(line) for line in self.said_copied]

    @property
    def left(self) -> list[str]:
        return [str(line) for line in self.said_left]

    @property
    def warnings(self) -> list[str]:
        return [str(line) for line in self.said_warnings]

    @property
    def totals(self) -> list[tuple[str, str]]:
        return [(option, str(total)) for option, total in self.said_totals]


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
        raise PlanFileError(phrase("{path}: is a folder", path=target))
    if target.exists() and not overwrite:
        raise PlanFileError(phrase("{path}: already exists", path=target))
    if not target.parent.is_dir():
        raise PlanFileError(phrase("{path}: no such folder", path=target.parent))
    if not source.shared and source.path.resolve() == target.resolve():
        raise PlanFileError(phrase("{path}: is the plan it is made from", path=target))
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
    kept = tuple(_kept(name, copied.kept[name], carry.what) for name, carry in CARRY.items()
                 if carry.what and copied.kept.get(name))
    lines: list[Line] = [phrase("Plan details, the symbol's year following the new year")
                         if shift.years else phrase("Plan details")]
    lines += [Listed(kept)] if kept else []
    if copied.decisions:
        lines.append(phrase("Options back to proposed, with no decision"))
    if shift.days:
        lines.append(phrase(
            "Dates moved by %Ln days: the agenda's days, the milestones (not done), the"
            " options' dates and the documents' dates of issue; deadline rules follow the"
            " new first day", n=shift.days, one="Dates moved by 1 day: the agenda's days,"
            " the milestones (not done), the options' dates and the documents' dates of"
            " issue; deadline rules follow the new first day"))
    left: list[Line] = []
    if copied.emptied:
        left.append(phrase("The text of %Ln summary sections (the sections stay, empty)",
                           n=copied.emptied,
                           one="The text of 1 summary section (the sections stay, empty)"))
    if copied.actuals:
        left.append(phrase("Actual expenditure on %Ln budget lines", n=copied.actuals,
                           one="Actual expenditure on 1 budget line"))
    if copied.decisions:
        left.append(phrase("The decisions on %Ln options", n=copied.decisions,
                           one="The decisions on 1 option"))
    if copied.left.get("participant"):
        left.append(phrase("%Ln participants (they may come along, invited again)",
                           n=copied.left["participant"],
                           one="1 participant (they may come along, invited again)"))
    elif copied.kept.get("participant"):
        lines.append(phrase("Participants back to invited, travel approvals cleared"))
    found = options(made)
    totals = [(f"({c.option.label}) {c.option.title}", Amount(c.totals.total, found.currency))
              for c in found.compared]
    return Outline(DayRange(*old_days), DayRange(*new_days), lines, left,
                   _warnings(shift, copied, new_days[0]), totals)


def _kept(table: str, n: int, what: str) -> Phrase | str:
    """How many rows of a table the new plan keeps: "3 options"."""
    said = {
        "member_state": lambda: phrase("%Ln member States", n=n, one="1 member State"),
        "funding_source": lambda: phrase("%Ln funding sources", n=n, one="1 funding source"),
        "option": lambda: phrase("%Ln options", n=n, one="1 option"),
        "budget_line": lambda: phrase("%Ln budget lines", n=n, one="1 budget line"),
        "dsa_rate": lambda: phrase("%Ln DSA rates", n=n, one="1 DSA rate"),
        "exchange_rate": lambda: phrase("%Ln exchange rates", n=n, one="1 exchange rate"),
        "participant": lambda: phrase("%Ln participants", n=n, one="1 participant"),
        "agenda_item": lambda: phrase("%Ln agenda items", n=n, one="1 agenda item"),
        "milestone": lambda: phrase("%Ln milestones", n=n, one="1 milestone"),
        "deadline_rule": lambda: phrase("%Ln deadline rules", n=n, one="1 deadline rule"),
        "summary_section": lambda: phrase("%Ln summary sections", n=n,
                                          one="1 summary section"),
        "document": lambda: phrase("%Ln documents", n=n, one="1 document"),
        "translation": lambda: phrase("%Ln translations", n=n, one="1 translation"),
    }.get(table)
    return said() if said is not None else count(n, what)


def _warnings(shift: plan_shift.Shift, copied: Copied,
              new_first: dt.date | None) -> list[Line]:
    found: list[Line] = []
    note = shift.weekday_note()
    if note:
        found.append(note)
    if shift.new_first is not None and new_first != shift.new_first and shift.days:
        found.append(phrase("The new meeting's first day is {day}",
                            day=Day(new_first, "day_and_date"))
                     if new_first else phrase("The new plan has no meeting days"))
    meeting_year = shift.new_first.year if shift.new_first else 0
    weekend: dict[dt.date, int] = {}
    for moved in copied.moved:
        if moved.table == "agenda_item" and plan_shift.on_weekend(moved.new):
            weekend[moved.new] = weekend.get(moved.new, 0) + 1
    found += [plan_shift.weekend_note(n, day) for day, n in sorted(weekend.items())]
    told: set[str] = set()
    for moved in copied.moved:
        if (moved.table == "milestone" and moved.title not in told
                and shift.off_year(moved.old, moved.new)):
            told.add(moved.title)
            found.append(plan_shift.off_year_note(moved.title, moved.old, moved.new,
                                                  meeting_year))
    return found
