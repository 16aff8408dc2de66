"""The options of the open plan: read with their budgets, and edited reversibly (add,
duplicate, delete, move, edit the fields). Rules on the fields are in domain/options.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, select

from consult_desktop.domain.options import next_label
from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.services.edits import Change, Conflicted, Topic, Work
from consult_desktop.services.rows import Rows, UpdateRows, delete, ids, insert
from consult_desktop.store import budget_queries as bq
from consult_desktop.store import budget_writes as bw
from consult_desktop.store.budget_queries import OptionBudget, OptionRow
from consult_desktop.store.models import Plan
from consult_desktop.store.row_versions import check_values

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["AddOption", "DeleteOption", "DuplicateOption", "OptionBudget", "OptionRow",
           "Options", "edit_option", "labels", "move_option", "options"]
TOPIC = Topic.OPTIONS
PLAN: Table = Plan.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Options:
    """Every option with its lines and totals, in the plan's order, and the currency."""

    compared: list[OptionBudget]
    currency: str


def options(plan_file: PlanFile) -> Options:
    with plan_file.read() as session:
        return Options(bq.comparison(session, plan_file.plan_id),
                       bq.currency(session, plan_file.plan_id))


def labels(plan_file: PlanFile) -> list[tuple[str, str]]:
    """Each option's label and title, in the plan's order."""
    with plan_file.read() as session:
        return [(option.label, option.title)
                for option in bq.options(session, plan_file.plan_id)]


class _InsertOption:
    """Insert an option (with its lines) made on the first apply; undo deletes it."""

    text: Phrase = phrase("Add option")

    def __init__(self) -> None:
        self.rows: Rows | None = None

    def make(self, work: Work) -> Rows:
        raise NotImplementedError

    @property
    def option_id(self) -> int | None:
        return ids(self.rows)[0] if self.rows else None

    def apply(self, work: Work) -> Change:
        if self.rows is None:
            self.rows = self.make(work)
        insert(work, self.rows)
        return Change.rows(TOPIC, added=ids(self.rows))

    def revert(self, work: Work) -> Change:
        delete(work, self.rows or [])
        return Change.rows(TOPIC, removed=ids(self.rows or []))


class AddOption(_InsertOption):
    """A new option, held where and when the plan says the meeting is."""

    text = phrase("Add option")

    def make(self, work: Work) -> Rows:
        label = next_label(bw.option_labels(work.session, work.plan_id))
        self.text = phrase("Add option ({label})", label=label)
        start, end, venue = work.session.execute(
            select(PLAN.c.start_date, PLAN.c.end_date, PLAN.c.venue)
            .where(PLAN.c.id == work.plan_id)).one()
        days = (end - start).days + 1 if start and end and end >= start else None
        row: bw.Row = {
            "id": bw.new_option_id(work.session), "plan_id": work.plan_id,
            "position": bw.next_position(work.session, work.plan_id), "label": label,
            "title": f"Option ({label})", "format": "other", "description": "",
            "proposed_start": start, "proposed_end": end, "days": days, "venue": venue or "",
            "expected_participants": None, "resources_needed": "", "benefits": "",
            "risks": "", "status": "proposed", "decision": "", "decision_date": None,
        }
        return [(bw.OPTIONS, [row])]


class DuplicateOption(_InsertOption):
    text = phrase("Duplicate option")

    def __init__(self, option_id: int) -> None:
        super().__init__()
        self.source_id = option_id

    def make(self, work: Work) -> Rows:
        label = next_label(bw.option_labels(work.session, work.plan_id))
        self.text = phrase("Duplicate option as ({label})", label=label)
        option, _ = bw.snapshot_option(work.session, self.source_id)
        option, lines = bw.copy_of_option(work.session, work.plan_id, self.source_id, label,
                                          f"{option['title']} (copy)"[:500])
        return [(bw.OPTIONS, [option]), (bw.LINES, lines)]


class DeleteOption:
    """Delete an option with its budget lines; undo puts them back under their ids.
    `read`: the option's fields as the person saw them; a change of them by someone
    else meanwhile refuses the deletion (Conflicted) until they choose."""

    def __init__(self, option_id: int, label: str,
                 read: Mapping[str, Any] | None = None) -> None:
        self.option_id = option_id
        self.text = phrase("Delete option ({label})", label=label)
        self.rows: Rows | None = None
        self.read = None if read is None else dict(read)

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Delete it all the same, if it is still there."""
        self.read = None
        return conflict.theirs.get(self.option_id) is not None

    def apply(self, work: Work) -> Change:
        if self.read is not None:
            check_values(work.session, bw.OPTIONS, {self.option_id: self.read})
        if self.rows is None:
            option, lines = bw.snapshot_option(work.session, self.option_id)
            self.rows = [(bw.OPTIONS, [option]), (bw.LINES, lines)]
        delete(work, self.rows)
        return Change.rows(TOPIC, removed=[self.option_id])

    def revert(self, work: Work) -> Change:
        insert(work, self.rows or [])
        self.read = None  # undone: a redo is the guard's to check
        return Change.rows(TOPIC, added=[self.option_id])


class EditOption(UpdateRows):
    """An edit of an option's fields. Choosing an option un-chooses any other chosen
    option (at most one is chosen), found when the edit is first applied."""

    def __init__(self, option_id: int, old: Mapping[str, Any], new: Mapping[str, Any],
                 checked: bool = False) -> None:
        super().__init__(phrase("Edit option ({label})", label=old.get("label", "")), TOPIC,
                         [(bw.OPTIONS, option_id, {k: old.get(k) for k in new}, new)],
                         checked)
        self.option_id = option_id
        self.chooses = new.get("status") == "chosen"
        self._others_found = False

    def apply(self, work: Work) -> Change:
        if self.chooses and not self._others_found:
            self._others_found = True
            chosen = bw.statuses(work.session, work.plan_id, "chosen")
            self.updates[:0] = [(bw.OPTIONS, other, {"status": "chosen"},
                                 {"status": "proposed"})
                                for other in chosen if other != self.option_id]
        return super().apply(work)


def edit_option(option_id: int, old: Mapping[str, Any], new: Mapping[str, Any],
                today: dt.date | None = None, checked: bool = False) -> EditOption | None:
    """An edit of an option's fields, or None when nothing changed. Choosing an option
    records the date (unless one is given). `checked`: `old` is what the person read, and
    the edit is saved only if nobody changed those fields since (else Conflicted)."""
    new = {k: v for k, v in new.items() if old.get(k) != v}
    if not new:
        return None
    if new.get("status") == "chosen" and not new.get("decision_date") \
            and not old.get("decision_date"):
        new["decision_date"] = today or dt.date.today()
    return EditOption(option_id, old, new, checked)


class MoveOption(UpdateRows):
    def __init__(self, order: list[int], step: int) -> None:
        super().__init__("Move option " + ("up" if step < 0 else "down"), TOPIC, [])
        self.order = order
        self._found = False

    def apply(self, work: Work) -> Change:
        if not self._found:
            self._found = True
            before = bw.positions(work.session, work.plan_id)
            self.updates += [(bw.OPTIONS, oid, {"position": before[oid]}, {"position": n})
                             for n, oid in enumerate(self.order) if before[oid] != n]
        return super().apply(work)


def move_option(option_ids: list[int], option_id: int, step: int) -> MoveOption | None:
    """Move an option up (-1) or down (+1) in `option_ids` (the order shown), or None
    at either end."""
    where = option_ids.index(option_id)
    to = where + step
    if not 0 <= to < len(option_ids):
        return None
    order = list(option_ids)
    order[where], order[to] = order[to], order[where]
    return MoveOption(order, step)

