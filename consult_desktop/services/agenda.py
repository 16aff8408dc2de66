"""The agenda: what the window and the command line read of it, and its edits.

Reads return plain values (domain/agenda.py's `Agenda`, `Item`, `Person`), each in one
read of the plan file and scoped by the plan the file holds. Every edit is a change
from some items' states to others (`ChangeAgenda`): applying writes the new states,
reverting the old ones, each in one transaction that also renumbers the agenda.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from consult_desktop.domain import agenda, agenda_defaults, agenda_edits
from consult_desktop.domain.agenda import Agenda, Item, Person
from consult_desktop.store import agenda_store

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["Agenda", "Item", "Person"]


def load(plan_file: PlanFile) -> Agenda:
    """The plan's agenda: items, people, meeting days and hours, time zone, title."""
    with plan_file.read() as session:
        return agenda_store.load(session, plan_file.plan_id())


def items(plan_file: PlanFile) -> list[Item]:
    """The plan's agenda items in order, without the people (an edit of the agenda
    leaves the participants as they were)."""
    with plan_file.read() as session:
        return agenda_store.load_items(session, plan_file.plan_id())


def new_ids(plan_file: PlanFile, count: int) -> list[int]:
    """Ids for new items, fixed before the first apply so that a redo reuses them."""
    with plan_file.read() as session:
        return agenda_store.next_ids(session, count)


def problems(plan_file: PlanFile) -> list[str]:
    """One line per clash of the plan's agenda, for `consult-desktop check`."""
    return [f"Agenda ({clash.rule}): {clash.message}" for clash in load(plan_file).clashes()]


def draft(plan_file: PlanFile, data: Agenda, kind: str, day: agenda_defaults.Day,
          day_items: Sequence[Item], chosen: Item | None) -> Item:
    """A new item of `kind` on `day` (not yet saved), with a fresh id."""
    return agenda_defaults.draft(new_ids(plan_file, 1)[0], kind, day, day_items, chosen,
                                 data.meeting.day_start)


def standard_items(plan_file: PlanFile, data: Agenda) -> list[Item]:
    """The standard items of an empty agenda (not yet saved)."""
    ids = new_ids(plan_file, len(agenda.STANDARD_ITEMS))
    return agenda_edits.standard_agenda(ids, data.meeting)


def _touched(items: Sequence[Item], after: Iterable[Item],
             deleted: Iterable[int] = ()) -> tuple[list[Item], list[Item]]:
    """(before, after): the states of the items named in `after` and `deleted`."""
    by_id = {item.id: item for item in items}
    gone = set(deleted)
    after = [item for item in after if item.id not in gone]
    touched = [item.id for item in after] + sorted(gone)
    before = [by_id[i] for i in dict.fromkeys(touched) if i in by_id]
    return before, after
