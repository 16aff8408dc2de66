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
from consult_desktop.domain.dates import Day
from consult_desktop.domain.phrases import Text, phrase
from consult_desktop.services.edits import Change, Conflicted, Topic, Work
from consult_desktop.store import agenda_store

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

__all__ = ["Agenda", "Item", "Person"]

# What the undo menu says for a new item, by its kind.
ADDS = {"item": phrase("Add item"), "break": phrase("Add break"), "lunch": phrase("Add lunch"),
        "side_event": phrase("Add side event")}


def load(plan_file: PlanFile) -> Agenda:
    """The plan's agenda: items, people, meeting days and hours, time zone, title."""
    with plan_file.read() as session:
        return agenda_store.load(session, plan_file.plan_id)


def items(plan_file: PlanFile) -> list[Item]:
    """The plan's agenda items in order, without the people (an edit of the agenda
    leaves the participants as they were)."""
    with plan_file.read() as session:
        return agenda_store.load_items(session, plan_file.plan_id)


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


class ChangeAgenda:
    """The one shape of every agenda edit: some items from their states `before` to
    their states `after` (an item only in `before` is deleted, only in `after` added).
    The change it reports names those items and any other that renumbering touched.

    The states `before` are the items as the person saw them: the first apply writes
    only if the stored items still hold them (someone else's change or deletion of one
    meanwhile is a Conflict, nothing written, both values shown); undo and redo are
    the window's guard's to check."""

    def __init__(self, text: Text, before: Sequence[Item], after: Sequence[Item]) -> None:
        self._text = text
        self.before = list(before)
        self.after = list(after)
        self.checked = True
        self._reread = False

    @property
    def text(self) -> Text:
        return self._text

    def apply(self, work: Work) -> Change:
        if self._reread:  # kept over someone else's change: undo puts back theirs
            self._reread = False
            stored = {i.id: i for i in agenda_store.load_items(work.session, work.plan_id)}
            self.before = [stored[i.id] for i in self.before if i.id in stored]
        if self.checked:
            agenda_store.check_unchanged(work.session, self.before, self.after)
        return self._write(work, self.before, self.after)

    def revert(self, work: Work) -> Change:
        self.checked = False  # undone: a redo is the guard's to check
        return self._write(work, self.after, self.before)

    def keep_mine(self, conflict: Conflicted) -> bool:
        """Write my states over theirs (the items deleted meanwhile left out); undo
        puts back the states now stored."""
        gone = set(conflict.deleted)
        if gone & {i.id for i in self.after}:  # an item I change is gone: nothing to keep
            return False
        self.before = [i for i in self.before if i.id not in gone]
        self._reread = True
        return bool(self.after) or bool(self.before)

    @staticmethod
    def _write(work: Work, old: Sequence[Item], new: Sequence[Item]) -> Change:
        renumbered = agenda_store.write(work.session, work.plan_id, old, new)
        old_ids, new_ids = {i.id for i in old}, {i.id for i in new}
        return Change.rows(Topic.AGENDA, added=new_ids - old_ids, removed=old_ids - new_ids,
                           updated=(old_ids & new_ids) | renumbered)


def _change(text: Text, items: Sequence[Item], after: Iterable[Item],
            deleted: Iterable[int] = ()) -> tuple[Text, list[Item], list[Item]]:
    before, after = _touched(items, after, deleted)
    return text, before, after


class AddItem(ChangeAgenda):
    """Add an item (a break, a lunch...); with ripple, the later items of its day move
    on by its length."""

    def __init__(self, items: Sequence[Item], new: Item, ripple: bool) -> None:
        text = ADDS.get(new.kind, ADDS["item"])
        super().__init__(*_change(text, items, agenda_edits.added(items, new, ripple)))
        self.item_id = new.id


class EditItem(ChangeAgenda):
    """Give an item new values; with ripple, a change of its start or length moves the
    later items of its day by as much."""

    def __init__(self, items: Sequence[Item], new: Item, ripple: bool,
                 text: Text | None = None) -> None:
        old = next(item for item in items if item.id == new.id)
        text = text or phrase("Edit {item}", item=agenda.label(old))
        super().__init__(*_change(text, items,
                                  agenda_edits.edited(items, new, ripple)))
        self.item_id = new.id


class MoveToDay(EditItem):
    """Move an item (and its parts) to another day, at the same time of day."""

    def __init__(self, items: Sequence[Item], item: Item, day: agenda_defaults.Day,
                 ripple: bool) -> None:
        if day is None:
            raise ValueError("an item is moved to a day")
        super().__init__(items, agenda.moved_to(item, day), ripple,
                         phrase("Move {item} to {day}", item=agenda.label(item),
                                day=Day(day)))


class MoveItem(ChangeAgenda):
    """Exchange an item with its neighbour of the day (up or down): places, times and
    numbers, each with its parts."""

    def __init__(self, items: Sequence[Item], item: Item, other: Item, step: int) -> None:
        text = (phrase("Move {item} up", item=agenda.label(item)) if step < 0 else
                phrase("Move {item} down", item=agenda.label(item)))
        super().__init__(*_change(text, items,
                                  agenda_edits.swapped(items, item.id, other.id)))
        self.item_id = item.id


class DeleteItem(ChangeAgenda):
    """Delete an item and its parts; with ripple, the later items of its day move up."""

    def __init__(self, items: Sequence[Item], item: Item, ripple: bool) -> None:
        gone, shifted = agenda_edits.removed(items, item.id, ripple)
        super().__init__(*_change(phrase("Delete {item}", item=agenda.label(item)), items,
                                  shifted, sorted(gone)))
        self.item_id = item.id


class StartStandard(ChangeAgenda):
    """Fill an empty agenda with the standard items."""

    def __init__(self, new: Sequence[Item]) -> None:
        super().__init__(phrase("Start from the standard items"), [], new)
