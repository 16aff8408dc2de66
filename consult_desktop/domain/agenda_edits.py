"""Edits of the agenda as changes of item states: each function takes the current
items and returns the items whose state changes (new states), leaving the writing to
the caller. "Ripple" shifts the later items of the day by the same amount.

An item that has parts moves with them: its parts shift by as much as it does.
A part (a sub-item) lies within its parent's time: adding, changing or moving a part
never moves its parent nor puts the part before it; ripple then shifts the parent's
other parts, and when the parts outgrow the parent, the parent ends later and ripple
shifts what follows the parent by as much.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from consult_desktop.domain.agenda import (
    STANDARD_ITEMS,
    Item,
    Meeting,
    descendants,
    in_order,
    moved_to,
    ripple,
    shifted,
)

STANDARD_MINUTES = (15, 15, 15, 120, 15, 30)
CLOSING_ITEMS = 2  # other business and the adoption of the report close the meeting


def _merge(changes: list[Item]) -> list[Item]:
    """The last state of each item, in the order they were first changed."""
    latest: dict[int, Item] = {}
    for item in changes:
        latest[item.id] = item
    return list(latest.values())


def _start_delta(old: Item, new: Item) -> dt.timedelta | None:
    if old.span is None or new.span is None:
        return None
    return new.span[0] - old.span[0]


def _timed_parent(items: Sequence[Item], new: Item) -> Item | None:
    """The parent of `new` when both are timed: then `new` is kept within it."""
    if new.parent_id is None or new.span is None:
        return None
    parent = next((item for item in items if item.id == new.parent_id), None)
    return parent if parent is not None and parent.span is not None else None


def placed_within(parent: Item, part: Item, others: Sequence[Item]) -> Item:
    """`part` as it lies in its parent's time: unchanged when it starts within the
    parent's time, else after the parent's other parts (or at the parent's start)."""
    parent_span, span = parent.span, part.span
    assert parent_span is not None and span is not None
    if parent_span[0] <= span[0] < parent_span[1]:
        return part
    ends = [s[1] for s in (other.span for other in others) if s is not None]
    start = max([parent_span[0], *ends])
    return moved_to(part, start.date(), start.time())


def _within(items: Sequence[Item], parent: Item, leave: set[int]) -> list[Item]:
    """What takes up the parent's time but those in `leave`: its parts, and the other
    items (a coffee break) that start within its time."""
    span = parent.span
    assert span is not None
    family = descendants(items, parent.id)
    above = set()
    item: Item | None = parent
    by_id = {i.id: i for i in items}
    while item is not None and item.parent_id is not None and item.parent_id not in above:
        above.add(item.parent_id)
        item = by_id.get(item.parent_id)
    found = []
    for other in items:
        if other.id in leave or other.id in above or other.id == parent.id:
            continue
        other_span = other.span
        if other.id in family or (other_span is not None
                                  and span[0] <= other_span[0] < span[1]):
            found.append(other)
    return found


def _part_changed(items: Sequence[Item], old: Item | None, new: Item, parent: Item,
                  ripple_on: bool) -> list[Item]:
    """A part added (`old` None) or changed within its parent, as the rule says."""
    by_id = {item.id: item for item in items}
    block = {new.id} | descendants(items, new.id)
    siblings = _within(items, parent, block)
    family = {item.id for item in siblings}
    placed = placed_within(parent, new, siblings)
    changes = [placed]
    if old is not None:
        delta = _start_delta(old, placed)
        if delta:
            changes += [shifted(by_id[part], delta) for part in block - {new.id}]
    span = placed.span
    assert span is not None and placed.day is not None and placed.start is not None
    if ripple_on:
        old_span = old.span if old is not None else None
        if old is not None and old_span and old.day == placed.day and old.end is not None:
            changes += ripple(siblings, old.day, old.end, span[1] - old_span[1])
        else:
            changes += ripple(siblings, placed.day, placed.start, span[1] - span[0])
    latest = {item.id: item for item in [*siblings, *_merge(changes)]}
    parent_span = parent.span
    assert parent_span is not None and parent.day is not None and parent.end is not None
    ends = [s[1] for s in (item.span for item in latest.values()) if s is not None]
    growth = max(ends, default=parent_span[1]) - parent_span[1]
    if growth > dt.timedelta(0):
        end = parent_span[1] + growth
        changes.append(replace(parent, end=end.time()))
        if ripple_on:
            rest = [item for item in items if item.id not in family | block | {parent.id}]
            changes += ripple(rest, parent.day, parent.end, growth)
    return _merge(changes)


def edited(items: Sequence[Item], new: Item, ripple_on: bool) -> list[Item]:
    """The item in its new state, its parts moved with it, and with ripple on the later
    items of its old and new day shifted to close or open the time it takes."""
    by_id = {item.id: item for item in items}
    old = by_id[new.id]
    parent = _timed_parent(items, new)
    if parent is not None and parent.day == new.day:
        return _part_changed(items, old, new, parent, ripple_on)
    block = {new.id} | descendants(items, new.id)
    changes = [new]
    delta = _start_delta(old, new)
    if delta:
        changes += [shifted(by_id[part], delta) for part in block - {new.id}]
    if ripple_on:
        rest = [item for item in items if item.id not in block]
        old_span, new_span = old.span, new.span
        if old_span and new_span and old.day == new.day and old.end is not None:
            assert old.day is not None
            changes += ripple(rest, old.day, old.end, new_span[1] - old_span[1])
        else:
            if old_span and old.day is not None and old.end is not None:
                closed = {c.id: c for c in
                          ripple(rest, old.day, old.end, -(old_span[1] - old_span[0]))}
                changes += closed.values()
                rest = [closed.get(item.id, item) for item in rest]
            if new_span and new.day is not None and new.start is not None:
                changes += ripple(rest, new.day, new.start, new_span[1] - new_span[0])
    return _merge(changes)


def added(items: Sequence[Item], new: Item, ripple_on: bool) -> list[Item]:
    """The new item, and with ripple on the later items of its day pushed back (a part:
    within its parent, as the rule says)."""
    parent = _timed_parent(items, new)
    if parent is not None:
        return _part_changed(items, None, new, parent, ripple_on)
    changes = [new]
    span = new.span
    if ripple_on and span is not None and new.day is not None and new.start is not None:
        changes += ripple(items, new.day, new.start, span[1] - span[0])
    return changes


def removed(items: Sequence[Item], item_id: int, ripple_on: bool) -> tuple[set[int], list[Item]]:
    """The ids to delete (the item and its parts), and with ripple on the later items
    of its day pulled forward."""
    by_id = {item.id: item for item in items}
    old = by_id[item_id]
    gone = {item_id} | descendants(items, item_id)
    span = old.span
    changes: list[Item] = []
    if ripple_on and span is not None and old.day is not None and old.end is not None:
        rest = [item for item in items if item.id not in gone]
        parent = _timed_parent(items, old)
        if parent is not None:  # the gap closes within the parent, which keeps its time
            rest = _within(rest, parent, gone)
        changes = ripple(rest, old.day, old.end, -(span[1] - span[0]))
    return gone, changes


def neighbour(day_rows: Sequence[Item], item_id: int, step: int) -> Item | None:
    """The item that `item_id` changes places with when moved up (-1) or down (+1)
    among the rows of its day: not one of its own parts, nor its parent; for an item
    at the top level, the top-level item around a part."""
    by_id = {item.id: item for item in day_rows}
    me = by_id[item_id]
    own = {item_id} | descendants(day_rows, item_id)
    index = next(n for n, item in enumerate(day_rows) if item.id == item_id)
    index += step
    while 0 <= index < len(day_rows) and day_rows[index].id in own:
        index += step
    if not 0 <= index < len(day_rows):
        return None
    other = day_rows[index]
    if other.id == me.parent_id:
        return None
    while other.parent_id != me.parent_id and other.parent_id in by_id:
        other = by_id[other.parent_id]
    if other.id in own or other.id == me.parent_id:
        return None
    return other


def swapped(items: Sequence[Item], first_id: int, second_id: int) -> list[Item]:
    """Two items (with their parts) changing places: timed items on one day exchange
    their times (the gap between them stays), other items their order."""
    by_id = {item.id: item for item in items}
    a, b = sorted((by_id[first_id], by_id[second_id]), key=in_order(items).index)
    sa, sb = a.span, b.span
    if sa is None or sb is None or a.day != b.day:
        return [replace(a, position=b.position), replace(b, position=a.position)]
    gap = sb[0] - sa[1]
    delta_b = sa[0] - sb[0]
    delta_a = (sb[1] + delta_b + gap) - sa[0]
    changes: list[Item] = []
    for item, delta in ((a, delta_a), (b, delta_b)):
        for part in [item.id, *sorted(descendants(items, item.id))]:
            changes.append(replace(shifted(by_id[part], delta),
                                   position=b.position if item is a else a.position))
    return changes


def standard_agenda(ids: Sequence[int], meeting: Meeting) -> list[Item]:
    """The standard items of a new agenda: the opening items one after the other from
    the start of the meeting's first day; other business and the adoption of the report
    at the close of its last day (untimed when the meeting has no dates yet)."""
    first, last = meeting.first_day, meeting.last_day or meeting.first_day
    opening = len(STANDARD_ITEMS) - CLOSING_ITEMS
    closing_minutes = sum(STANDARD_MINUTES[opening:])
    slots: list[tuple[dt.date | None, dt.datetime]] = []
    start = dt.datetime.combine(first or dt.date.min, meeting.day_start)
    for n, minutes in enumerate(STANDARD_MINUTES):
        if n == opening:
            close = dt.datetime.combine(last or dt.date.min, meeting.day_end)
            start = max(start, close - dt.timedelta(minutes=closing_minutes))
        slots.append((start.date() if first else None, start))
        start += dt.timedelta(minutes=minutes)
    result = []
    for position, (item_id, title, minutes, (day, begin)) in enumerate(
            zip(ids, STANDARD_ITEMS, STANDARD_MINUTES, slots, strict=True)):
        end = begin + dt.timedelta(minutes=minutes)
        result.append(Item(id=item_id, title=title, position=position, day=day,
                           start=begin.time() if day else None,
                           end=end.time() if day else None))
    return result
