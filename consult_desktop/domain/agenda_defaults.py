"""What a new agenda item starts as: its length, its title, and where it goes.

A new item goes after the selected timed item of the day, else after the day's last
timed item, else at the start of the meeting's day; it lasts the default length of its
kind. An item added to no day ("Unscheduled") has no time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from consult_desktop.domain.agenda import Item

Day = dt.date | None  # None: the unscheduled items
DEFAULT_MINUTES = {"item": 30, "break": 15, "lunch": 90, "side_event": 60}
DEFAULT_TITLES = {"break": "Coffee break", "lunch": "Lunch"}


def default_minutes(kind: str) -> int:
    return DEFAULT_MINUTES.get(kind, DEFAULT_MINUTES["item"])


def slot_after(day: Day, day_items: Sequence[Item], chosen: Item | None,
               day_start: dt.time, kind: str) -> tuple[dt.time | None, dt.time | None]:
    """Start and end of a new item of `kind` on `day`, whose items (in order) are
    `day_items`: after `chosen` when it is timed, else after the last timed item,
    else from `day_start`."""
    if day is None:
        return None, None
    timed = [item for item in day_items if item.span is not None]
    anchor = chosen if chosen is not None and chosen.span else (timed[-1] if timed else None)
    span = anchor.span if anchor else None
    start = span[1] if span else dt.datetime.combine(day, day_start)
    end = start + dt.timedelta(minutes=default_minutes(kind))
    return start.time(), end.time()


def draft(item_id: int, kind: str, day: Day, day_items: Sequence[Item],
          chosen: Item | None, day_start: dt.time) -> Item:
    """A new item of `kind` on `day`: its default title and length, placed after the
    chosen item; an agenda item goes in the chosen item's room and under its parent.
    A break, lunch or side event is held elsewhere, so it takes no room from the item
    before it."""
    start, end = slot_after(day, day_items, chosen, day_start, kind)
    return Item(id=item_id, title=DEFAULT_TITLES.get(kind, ""), kind=kind, day=day,
                start=start, end=end, room=chosen.room if chosen and kind == "item" else "",
                parent_id=chosen.parent_id if chosen and kind == "item" else None)
