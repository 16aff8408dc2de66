"""The timeline: milestones, the plan's deadline rules and the options' dates, read as
plain values, and its edits.

Every read is scoped by the plan the file holds, so the Timeline tab and `consult-desktop
check` look at the same plan. What a milestone may hold is domain/milestones.py's rule.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from consult_desktop.domain.deadlines import Alert, Milestone, Suggestion
from consult_desktop.domain.milestones import Fields, Timeline
from consult_desktop.domain.phrases import phrase
from consult_desktop.domain.plural import count
from consult_desktop.services.edits import Change, Conflicted, Topic, Work
from consult_desktop.store import timeline_store as store
from consult_desktop.store.models import Milestone as MilestoneRow
from consult_desktop.store.row_versions import check_values

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["Alert", "Fields", "Milestone", "Suggestion", "Timeline"]

Rules = list[tuple[str, int]]  # (title, weeks before the meeting's first day)


def load(plan_file: PlanFile) -> Timeline:
    with plan_file.read() as session:
        return store.load_timeline(session, plan_file.plan_id)


def milestone(plan_file: PlanFile, milestone_id: int) -> Fields:
    """A milestone's editable fields, or ValueError (a phrase) when it is gone."""
    with plan_file.read() as session:
        try:
            return store.milestone(session, plan_file.plan_id, milestone_id)
        except ValueError:
            raise ValueError(phrase("milestone {number} no longer exists",
                                    number=milestone_id)) from None


def rules(plan_file: PlanFile) -> Rules:
    with plan_file.read() as session:
        return [(rule.title, rule.weeks_before)
                for rule in store.load_rules(session, plan_file.plan_id)]


def problems(plan_file: PlanFile, today: dt.date) -> list[str]:
    """One line per timeline warning of the plan, for `consult-desktop check`: outcome
    due before the meeting ends, overdue milestones, document deadlines missed."""
    with plan_file.read() as session:
        return store.timeline_problems(session, plan_file.plan_id, today)


def suggestion_fields(suggestion: Suggestion) -> Fields:
    """The document milestone that accepting a suggested deadline makes."""
    return Fields(suggestion.title, suggestion.date, kind="document",
                  notes=f"{count(suggestion.weeks_before, 'week')} before the meeting's first day")


def _change(milestone_id: int, kind: str) -> Change:
    ids = (milestone_id,)
    if kind == "added":
        return Change.rows(Topic.TIMELINE, added=ids)
    if kind == "removed":
        return Change.rows(Topic.TIMELINE, removed=ids)
    return Change.rows(Topic.TIMELINE, updated=ids)


class AddMilestone:
    """Add a milestone; a redo brings it back under the same id."""

    def __init__(self, fields: Fields, accepted: bool = False) -> None:
        """`accepted`: a suggested deadline accepted (the undo menu says so)."""
        self.fields = fields
        self.text = (phrase("Accept deadline “{title}”", title=fields.title.strip())
                     if accepted else
                     phrase("Add milestone “{title}”", title=fields.title.strip()))
        self.milestone_id: int | None = None

    def apply(self, work: Work) -> Change:
        self.milestone_id = store.insert_milestone(work.session, work.plan_id, self.fields,
                                                   self.milestone_id)
        return _change(self.milestone_id, "added")

    def revert(self, work: Work) -> Change:
        assert self.milestone_id is not None
        store.delete_milestone(work.session, work.plan_id, self.milestone_id)
        return _change(self.milestone_id, "removed")


class AcceptSuggestions:
    """Accept several suggested deadlines at once: one step to undo."""

    def __init__(self, suggestions: Sequence[Suggestion]) -> None:
        self.adds = [AddMilestone(suggestion_fields(s)) for s in suggestions]
        self.text = (phrase("Accept %n deadlines", n=len(self.adds), one="Accept 1 deadline")
                     if len(self.adds) != 1 else
                     phrase("Accept deadline “{title}”", title=suggestions[0].title))

    @property
    def milestone_ids(self) -> list[int]:
        return [add.milestone_id for add in self.adds if add.milestone_id is not None]

    def apply(self, work: Work) -> Change:
        for add in self.adds:
            add.apply(work)
        return Change.rows(Topic.TIMELINE, added=self.milestone_ids)

    def revert(self, work: Work) -> Change:
        ids = self.milestone_ids
        for add in reversed(self.adds):
            add.revert(work)
        return Change.rows(Topic.TIMELINE, removed=ids)


def _fields_of(fields: Fields) -> dict[str, object]:
    return {"title": fields.title, "date": fields.date, "end_date": fields.end_date,
            "kind": fields.kind, "done": fields.done, "notes": fields.notes}


def _stored_fields(row: dict[str, object]) -> Fields:
    return Fields(str(row["title"]), row["date"], row["end_date"],  # type: ignore[arg-type]
                  str(row["kind"]), bool(row["done"]), str(row["notes"] or ""))


def _check(work: Work, milestone_id: int, read: dict[str, object],
           mine: dict[str, object]) -> None:
    """Conflict unless the milestone still holds what the person read (`read`)."""
    check_values(work.session, MilestoneRow.__table__,  # type: ignore[arg-type]
                 {milestone_id: read}, {milestone_id: mine})


class EditMilestone:
    """Give a milestone new fields (refused, with nothing changed, when they break the
    rule of domain/milestones.py or the milestone is gone). `old` is what the person
    read: the first apply writes only if the fields being changed still hold it (else
    Conflicted, with both values); undo and redo are the window's guard's to check."""

    def __init__(self, milestone_id: int, old: Fields, new: Fields,
                 done: bool | None = None) -> None:
        """`done`: the edit marks the milestone done (True) or not done (False) only."""
        self.milestone_id, self.old, self.new = milestone_id, old, new
        title = new.title.strip() or old.title
        self.text = (phrase("Edit milestone “{title}”", title=title) if done is None else
                     phrase("Mark done “{title}”", title=title) if done else
                     phrase("Mark not done “{title}”", title=title))
        self.checked = True

    @property
    def changes_anything(self) -> bool:
        return self.old != self.new

    def apply(self, work: Work) -> Change:
        if self.checked:
            old, new = _fields_of(self.old), _fields_of(self.new.tidied())
            changing = {name: new[name] for name in new if old[name] != new[name]}
            _check(work, self.milestone_id, {n: old[n] for n in changing}, changing)
            # Someone else's change of the other fields stays: mine are written over
            # the milestone as stored, and undo puts back what is stored now.
            self.old = store.milestone(work.session, work.plan_id, self.milestone_id)
            self.new = dataclasses.replace(self.old, **changing)  # type: ignore[arg-type]
        store.update_milestone(work.session, work.plan_id, self.milestone_id, self.new)
        return _change(self.milestone_id, "updated")

    def revert(self, work: Work) -> Change:
        store.update_milestone(work.session, work.plan_id, self.milestone_id, self.old)
        self.checked = False  # undone: a redo is the guard's to check
        return _change(self.milestone_id, "updated")

    def keep_mine(self, conflict: Conflicted) -> bool:
        """My fields over theirs; undo puts back theirs. Nothing to do if it is gone."""
        stored = conflict.theirs.get(self.milestone_id)
        if stored is None:
            return False
        self.old = _stored_fields(stored)
        return True


def toggle_done(milestone_id: int, old: Fields) -> EditMilestone:
    """Mark a milestone done, or not done."""
    return EditMilestone(milestone_id, old, replace(old, done=not old.done), not old.done)


class DeleteMilestone:
    """`fields`: the milestone as the person read it; a change of it by someone else
    meanwhile refuses the deletion (Conflicted) until they choose."""

    def __init__(self, milestone_id: int, fields: Fields) -> None:
        self.milestone_id, self.fields = milestone_id, fields
        self.text = phrase("Delete milestone “{title}”", title=fields.title)
        self.checked = True

    def apply(self, work: Work) -> Change:
        if self.checked:
            _check(work, self.milestone_id, _fields_of(self.fields), {})
        store.delete_milestone(work.session, work.plan_id, self.milestone_id)
        return _change(self.milestone_id, "removed")

    def revert(self, work: Work) -> Change:
        store.insert_milestone(work.session, work.plan_id, self.fields, self.milestone_id)
        self.checked = False  # undone: a redo is the guard's to check
        return _change(self.milestone_id, "added")

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Delete it all the same; undo puts back theirs."""
        stored = conflict.theirs.get(self.milestone_id)
        if stored is None:
            return False
        self.fields = _stored_fields(stored)
        return True


class ReplaceRules:
    """Make the plan's deadline rules these (the suggestions follow them)."""

    text = phrase("Edit deadline rules")

    def __init__(self, old: Rules, new: Rules) -> None:
        self.old, self.new = old, new

    def apply(self, work: Work) -> Change:
        store.replace_rules(work.session, work.plan_id, self.new)
        return Change.everything(Topic.TIMELINE)

    def revert(self, work: Work) -> Change:
        store.replace_rules(work.session, work.plan_id, self.old)
        return Change.everything(Topic.TIMELINE)
