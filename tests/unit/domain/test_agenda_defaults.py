"""Where a new agenda item goes and how long it lasts."""

from __future__ import annotations

import datetime as dt

from consult_desktop.domain.agenda import Item
from consult_desktop.domain.agenda_defaults import draft, slot_after

DAY = dt.date(2017, 11, 3)
T = dt.time


def _items() -> list[Item]:
    return [Item(1, "Opening", day=DAY, start=T(10), end=T(10, 15), room="Room XII"),
            Item(2, "Side note", kind="side_event", day=DAY),  # untimed
            Item(3, "Statements", day=DAY, start=T(10, 15), end=T(11), parent_id=9)]


def test_after_the_chosen_timed_item_else_after_the_last_else_at_the_day_start():
    items = _items()
    assert slot_after(DAY, items, items[0], T(9), "break") == (T(10, 15), T(10, 30))
    assert slot_after(DAY, items, items[1], T(9), "lunch") == (T(11), T(12, 30))
    assert slot_after(DAY, items, None, T(9), "item") == (T(11), T(11, 30))
    assert slot_after(DAY, [], None, T(9, 30), "side_event") == (T(9, 30), T(10, 30))
    assert slot_after(None, items, items[0], T(9), "item") == (None, None)


def test_a_draft_takes_the_chosen_room_and_an_item_its_parent():
    items = _items()
    item = draft(10, "item", DAY, items, items[2], T(9))
    assert (item.id, item.title, item.parent_id, item.start) == (10, "", 9, T(11))
    lunch = draft(11, "lunch", DAY, items, items[2], T(9))
    assert (lunch.title, lunch.parent_id, lunch.end) == ("Lunch", None, T(12, 30))
    assert draft(12, "item", DAY, items, items[0], T(9)).room == "Room XII"


def test_lunch_breaks_and_side_events_do_not_copy_the_room_of_the_item_before():
    items = _items()
    for kind in ("lunch", "break", "side_event"):
        assert draft(12, kind, DAY, items, items[0], T(9)).room == "", kind
