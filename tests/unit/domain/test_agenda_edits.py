"""Agenda edits as changes of item states: moves, ripple, removal, standard items."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise

from consult_desktop.domain.agenda import STANDARD_ITEMS, Meeting, in_order, moved_to
from consult_desktop.domain.agenda_edits import (
    added,
    edited,
    neighbour,
    removed,
    standard_agenda,
    swapped,
)
from tests.unit.domain.test_agenda import DAY, NEXT, item, t


def times(changes):
    return {i.id: (i.day, f"{i.start:%H:%M}", f"{i.end:%H:%M}") for i in changes}


DAY_ONE = [item(1, "10:00", "10:30"), item(2, "10:30", "11:00"), item(3, "11:15", "12:00")]
DAY_TWO = [item(4, "10:00", "11:00", day=NEXT), item(5, "11:00", "11:30", day=NEXT)]


def test_move_to_another_day_with_ripple_closes_and_opens_the_gap():
    items = DAY_ONE + DAY_TWO
    new = moved_to(items[1], NEXT)  # item 2, 10:30-11:00, to the next day
    assert times(edited(items, new, ripple_on=True)) == {
        2: (NEXT, "10:30", "11:00"),
        3: (DAY, "10:45", "11:30"),   # pulled forward by 30 minutes on the old day
        5: (NEXT, "11:30", "12:00"),  # pushed back by 30 minutes on the new day
    }


def test_move_to_another_day_without_ripple_moves_only_the_item():
    items = DAY_ONE + DAY_TWO
    assert times(edited(items, moved_to(items[1], NEXT), ripple_on=False)) == {
        2: (NEXT, "10:30", "11:00")}


def test_a_longer_item_with_ripple_pushes_the_later_items_of_its_day():
    longer = replace(DAY_ONE[0], end=t("10:45"))
    assert times(edited(DAY_ONE + DAY_TWO, longer, ripple_on=True)) == {
        1: (DAY, "10:00", "10:45"), 2: (DAY, "10:45", "11:15"), 3: (DAY, "11:30", "12:15")}


def test_moving_an_item_moves_its_parts():
    items = [item(1, "10:00", "12:00"), item(2, "10:00", "11:00", parent_id=1),
             item(3, "11:00", "12:00", parent_id=1)]
    later = replace(items[0], start=t("14:00"), end=t("16:00"))
    assert times(edited(items, later, ripple_on=False)) == {
        1: (DAY, "14:00", "16:00"), 2: (DAY, "14:00", "15:00"), 3: (DAY, "15:00", "16:00")}


def test_adding_with_ripple_makes_room():
    new = item(9, "10:30", "10:45", kind="break")
    assert times(added(DAY_ONE, new, ripple_on=True)) == {
        9: (DAY, "10:30", "10:45"), 2: (DAY, "10:45", "11:15"), 3: (DAY, "11:30", "12:15")}
    assert times(added(DAY_ONE, new, ripple_on=False)) == {9: (DAY, "10:30", "10:45")}


def test_removing_with_ripple_closes_the_gap_and_takes_the_parts():
    items = [*DAY_ONE, item(6, "10:00", "10:15", parent_id=1)]
    gone, changes = removed(items, 1, ripple_on=True)
    assert gone == {1, 6}
    assert times(changes) == {2: (DAY, "10:00", "10:30"), 3: (DAY, "10:45", "11:30")}


def test_swapping_neighbours_exchanges_their_times_and_keeps_the_gap():
    items = [item(1, "10:00", "10:30"), item(2, "10:45", "11:45")]
    assert times(swapped(items, 2, 1)) == {1: (DAY, "11:15", "11:45"),
                                           2: (DAY, "10:00", "11:00")}


def test_swapping_untimed_items_exchanges_their_order():
    items = [item(1, day=None, position=0), item(2, day=None, position=1)]
    changed = {i.id: i for i in swapped(items, 1, 2)}
    assert [i.id for i in in_order(changed.values())] == [2, 1]


def test_the_neighbour_skips_parts_and_stops_at_the_parent():
    rows = in_order([item(1, "10:00", "10:30"), item(2, "10:30", "12:00"),
                     item(3, "10:30", "11:00", parent_id=2), item(4, "11:00", "12:00",
                                                                  parent_id=2),
                     item(5, "12:00", "12:30")])
    assert neighbour(rows, 1, 1).id == 2
    assert neighbour(rows, 2, 1).id == 5     # past its own parts
    assert neighbour(rows, 5, -1).id == 2    # the main item, not its last part
    assert neighbour(rows, 3, -1) is None    # a first part stays in its item
    assert neighbour(rows, 4, -1).id == 3
    assert neighbour(rows, 1, -1) is None


def test_the_standard_agenda_opens_the_first_day_and_closes_the_last():
    meeting = Meeting(DAY, NEXT, dt.time(9, 30), dt.time(18, 0))
    items = standard_agenda(range(1, 7), meeting)
    assert [i.title for i in items] == list(STANDARD_ITEMS)
    assert items[0].start == t("09:30") and items[0].day == DAY
    assert all(a.end == b.start for a, b in pairwise(items[:4]))
    report = items[-1]
    assert report.title == "Adoption of the report"
    assert (report.day, report.start, report.end) == (NEXT, t("17:30"), t("18:00"))
    assert (items[4].day, items[4].end) == (NEXT, t("17:30"))
    assert [i.id for i in in_order(items)] == [1, 2, 3, 4, 5, 6]
    one_day = standard_agenda(range(1, 7), Meeting(DAY, DAY, dt.time(9), dt.time(18)))
    assert (one_day[-1].day, one_day[-1].end) == (DAY, t("18:00"))
    untimed = standard_agenda(range(1, 7), Meeting(None, None))
    assert all(i.day is None and i.start is None for i in untimed)


# ----- parts (sub-items) lie within their parent ---------------------------------------
ITEM_FOUR = [item(3, "09:00", "10:00"), item(4, "10:00", "11:00"), item(5, "11:00", "12:00")]


def test_adding_a_part_within_its_parent_moves_neither_the_parent_nor_what_follows():
    part = item(9, "10:00", "11:00", parent_id=4)
    changes = added(ITEM_FOUR, part, ripple_on=True)
    assert times(changes) == {9: (DAY, "10:00", "11:00")}
    after = in_order([*ITEM_FOUR, *changes])
    assert [i.id for i in after] == [3, 4, 9, 5]  # 4 (a) stands under item 4


def test_a_part_placed_before_its_parent_goes_into_the_parent_not_above_it():
    part = item(9, "09:30", "10:00", parent_id=4)
    assert times(added(ITEM_FOUR, part, ripple_on=True)) == {9: (DAY, "10:00", "10:30")}


def test_a_part_that_outgrows_its_parent_lengthens_it_and_ripple_shifts_what_follows():
    items = [*ITEM_FOUR, item(6, "10:00", "10:45", parent_id=4)]
    part = item(9, "11:00", "11:30", parent_id=4)  # after the parent: goes after 4 (a)
    assert times(added(items, part, ripple_on=True)) == {
        9: (DAY, "10:45", "11:15"), 4: (DAY, "10:00", "11:15"), 5: (DAY, "11:15", "12:15")}
    assert times(added(items, part, ripple_on=False)) == {
        9: (DAY, "10:45", "11:15"), 4: (DAY, "10:00", "11:15")}


def test_ripple_inside_a_parent_shifts_its_later_parts_and_only_the_overflow_after_it():
    items = [item(4, "10:00", "12:00"), item(6, "10:00", "10:30", parent_id=4),
             item(7, "10:30", "11:00", parent_id=4), item(5, "12:00", "13:00")]
    longer = replace(items[1], end=t("11:00"))  # 4 (a) 30 minutes longer
    assert times(edited(items, longer, ripple_on=True)) == {
        6: (DAY, "10:00", "11:00"), 7: (DAY, "11:00", "11:30")}
    much_longer = replace(items[1], end=t("12:00"))  # 90 minutes longer
    assert times(edited(items, much_longer, ripple_on=True)) == {
        6: (DAY, "10:00", "12:00"), 7: (DAY, "12:00", "12:30"), 4: (DAY, "10:00", "12:30"),
        5: (DAY, "12:30", "13:30")}


def test_removing_a_part_with_ripple_closes_the_gap_within_the_parent_only():
    items = [item(4, "10:00", "11:00"), item(6, "10:00", "10:30", parent_id=4),
             item(7, "10:30", "11:00", parent_id=4), item(5, "11:00", "12:00")]
    gone, changes = removed(items, 6, ripple_on=True)
    assert gone == {6}
    assert times(changes) == {7: (DAY, "10:00", "10:30")}


def test_a_break_within_the_parents_time_moves_with_its_parts():
    items = [item(3, "10:30", "13:00"), item(31, "10:30", "11:30", parent_id=3),
             item(8, "11:30", "11:45", kind="break"), item(32, "11:45", "13:00", parent_id=3),
             item(9, "13:00", "15:00", kind="lunch")]
    part = item(33, "11:30", "12:00", parent_id=3)
    assert times(added(items, part, ripple_on=True)) == {
        33: (DAY, "11:30", "12:00"), 8: (DAY, "12:00", "12:15"), 32: (DAY, "12:15", "13:30"),
        3: (DAY, "10:30", "13:30"), 9: (DAY, "13:30", "15:30")}
    _gone, changes = removed(items, 31, ripple_on=True)
    assert times(changes) == {8: (DAY, "10:30", "10:45"), 32: (DAY, "10:45", "12:00")}
