"""Edits of the agenda as changes of item states: each function takes the current
items and returns the items whose state changes (new states), leaving the writing to
the caller. "Ripple" shifts the later items of the day by the same amount.

An item that has parts moves with them: its parts shift by as much as it does.
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
    ripple,
    shifted,
)

STANDARD_MINUTES = (15, 15, 15, 120, 15, 30)


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


def edited(items: Sequence[Item], new: Item, ripple_on: bool) -> list[Item]:
    """The item in its new state, its parts moved with it, and with ripple on the later
    items of its old and new day shifted to close or open the time it takes."""
    by_id = {item.id: item for item in items}
    old = by_id[new.id]
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
    """The new item, and with ripple on the later items of its day pushed back."""
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
    """The standard items of a new agenda, one after the other from the start of the
    meeting's first day (untimed when the meeting has no dates yet)."""
    day = meeting.first_day
    start = dt.datetime.combine(day or dt.date.min, meeting.day_start)
    result = []
    for position, (item_id, title, minutes) in enumerate(
            zip(ids, STANDARD_ITEMS, STANDARD_MINUTES, strict=True)):
        end = start + dt.timedelta(minutes=minutes)
        result.append(Item(id=item_id, title=title, position=position, day=day,
                           start=start.time() if day else None,
                           end=end.time() if day else None))
        start = end
    return result
