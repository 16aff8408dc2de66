"""Agenda rules: UN-style numbering, the meeting's days, shifting, and each clash rule."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_desktop.domain.agenda import (
    Item,
    Meeting,
    Person,
    clashes,
    in_order,
    numbered,
    shifted,
)

DAY = dt.date(2017, 11, 3)
NEXT = dt.date(2017, 11, 4)
MEETING = Meeting(DAY, NEXT, dt.time(9, 0), dt.time(18, 0))
PEOPLE = [Person(1, "Ms. A"), Person(2, "Mr. B"), Person(3, "Ms. C", "declined")]


def t(text: str) -> dt.time:
    return dt.time.fromisoformat(text)


def item(id: int, start: str | None = None, end: str | None = None, *, day=DAY, **extra) -> Item:
    return Item(id=id, title=f"Item {id}", day=day, start=start and t(start),
                end=end and t(end), **extra)


# ----- numbering ---------------------------------------------------------------------
NUMBERING = [
    pytest.param([item(1, "10:00", "10:30"), item(2, "10:30", "11:00")], ["1", "2"],
                 id="main items 1, 2"),
    pytest.param([item(1, "10:00", "10:30"), item(2, "10:30", "10:45", kind="break"),
                  item(3, "10:45", "11:00", kind="lunch"), item(4, "11:00", "12:00")],
                 ["1", "", "", "2"], id="breaks and lunch unnumbered"),
    pytest.param([item(8, "09:00", "09:30"), item(9, "09:30", "10:00"),
                  item(1, "10:00", "12:00"), item(2, "10:00", "11:00", parent_id=1),
                  item(3, "11:00", "11:15", kind="break"),
                  item(4, "11:15", "12:00", parent_id=1), item(5, "12:00", "13:00")],
                 ["1", "2", "3", "3 (a)", "", "3 (b)", "4"],
                 id="sub-items (a), (b) under their item"),
    pytest.param([item(2, "14:00", "15:00"), item(1, "09:00", "10:00", day=NEXT),
                  item(3, day=None)], ["1", "2", "3"], id="by day and time, unscheduled last"),
]


@pytest.mark.parametrize(("items", "numbers"), NUMBERING)
def test_numbering_is_un_style(items, numbers):
    result = numbered(reversed(items))  # the order given does not matter, the times do
    assert [i.number for i in result] == numbers
    assert [i.id for i in result] == [i.id for i in in_order(items)]
    assert [i.position for i in result] == list(range(len(items)))


def test_a_parent_comes_before_the_part_that_starts_with_it():
    part = item(1, "10:00", "11:00", parent_id=2, position=0)
    main = item(2, "10:00", "12:00", position=5)
    assert [i.number for i in numbered([part, main])] == ["1", "1 (a)"]


def test_more_than_26_parts_go_on_with_double_letters():
    parts = [item(100 + n, parent_id=1, position=n) for n in range(28)]
    numbers = [i.number for i in numbered([item(1, position=-1), *parts])]
    assert numbers[1] == "1 (a)" and numbers[26] == "1 (z)"
    assert numbers[27] == "1 (aa)" and numbers[28] == "1 (ab)"


# ----- timing ------------------------------------------------------------------------
def test_an_item_ending_after_midnight_lasts_into_the_next_day():
    late = item(1, "22:30", "01:00")
    assert late.duration == dt.timedelta(hours=2, minutes=30)
    moved = shifted(late, dt.timedelta(hours=2))
    assert (moved.day, moved.start, moved.end) == (NEXT, t("00:30"), t("03:00"))


# ----- clashes -----------------------------------------------------------------------
CLASHES = [
    pytest.param([item(1, "10:00", "11:00", room="XII"), item(2, "10:30", "11:30", room="XII")],
                 {("room", (1, 2))}, id="same room, same time"),
    pytest.param([item(1, "10:00", "11:00", room="XII"), item(2, "11:00", "12:00", room="XII")],
                 set(), id="touching end to start: no clash"),
    pytest.param([item(1, "10:00", "11:00", room="XII"), item(2, "10:30", "11:30", room="XVII")],
                 set(), id="other room"),
    pytest.param([item(1, "10:00", "11:00", room="XII"),
                  item(2, "10:00", "11:00", room="XII", day=NEXT)],
                 {("weekend", (2,))}, id="same time, another day (a Saturday)"),
    pytest.param([item(1, "10:00", "11:00", chair_id=1), item(2, "10:30", "11:30", chair_id=1)],
                 {("person", (1, 2))}, id="a chair in two places"),
    pytest.param([item(1, "10:00", "11:00", speaker_ids=(2,)),
                  item(2, "10:45", "11:30", chair_id=2)],
                 {("person", (1, 2))}, id="a speaker who chairs elsewhere"),
    pytest.param([item(1, "10:00", "11:00", speaker_ids=(1,)),
                  item(2, "11:00", "11:30", speaker_ids=(1,))],
                 set(), id="a speaker in consecutive items"),
    pytest.param([item(1, "08:00", "09:30")], {("outside", (1,))}, id="before the day starts"),
    pytest.param([item(1, "17:30", "18:30")], {("outside", (1,))}, id="after the day ends"),
    pytest.param([item(1, "09:00", "18:00")], set(), id="exactly the meeting's hours"),
    pytest.param([item(1, "10:00", "11:00", day=dt.date(2017, 11, 6))], {("outside", (1,))},
                 id="outside the meeting's days"),
    pytest.param([item(1, "10:00", "11:00", day=NEXT), item(2, "11:00", "12:00", day=NEXT)],
                 {("weekend", (1, 2))}, id="two items on a Saturday: one warning"),
    pytest.param([item(1, "10:00", "11:00", speaker_ids=(3,))], {("declined", (1,))},
                 id="a speaker who declined"),
    pytest.param([item(1, "10:00", "11:00", chair_id=3)], {("declined", (1,))},
                 id="a chair who declined"),
    pytest.param([item(1, "23:00", "01:00", room="Bar", day=DAY),
                  item(2, "00:30", "01:30", room="Bar", day=NEXT)],
                 {("room", (1, 2)), ("outside", (1,)), ("outside", (2,)), ("weekend", (2,))},
                 id="across midnight into the next day"),
    pytest.param([item(1, "10:00", "12:00", room="XII"),
                  item(2, "10:00", "11:00", room="XII", parent_id=1, chair_id=1),
                  item(3, "11:00", "12:00", room="XII", parent_id=1, chair_id=1)],
                 set(), id="an item and its parts"),
    pytest.param([item(1, room="XII"), item(2, room="XII")], set(), id="untimed items"),
]


@pytest.mark.parametrize(("items", "expected"), CLASHES)
def test_each_clash_rule(items, expected):
    found = clashes(items, PEOPLE, MEETING)
    assert {(c.rule, c.item_ids) for c in found} == expected


def test_a_clash_names_the_items_the_place_and_the_time():
    found = clashes([item(1, "10:00", "11:00", room="Room XII", number="3"),
                     item(2, "10:30", "11:30", room="room xii ")], PEOPLE, MEETING)
    (clash,) = found
    assert "'3 Item 1' and 'Item 2'" in clash.message
    assert "Room XII" in clash.message and "from 10:30 to 11:00" in clash.message
    assert "03 Nov 2017" in clash.message


def test_a_person_clash_names_the_person():
    (clash,) = clashes([item(1, "10:00", "11:00", speaker_ids=(2,)),
                        item(2, "10:30", "11:30", speaker_ids=(2,))], PEOPLE, MEETING)
    assert clash.message.startswith("Mr. B is in both")


def test_an_item_on_another_day_names_the_meeting_days():
    (clash,) = clashes([item(1, "10:00", "11:00", day=dt.date(2017, 11, 6))], PEOPLE, MEETING)
    assert clash.message == ("'Item 1' is on Mon 06 Nov 2017, outside the meeting's days "
                             "(03 Nov to 04 Nov 2017)")


def test_without_meeting_days_only_the_hours_count():
    open_ended = Meeting(None, None, dt.time(9, 0), dt.time(18, 0))
    assert clashes([item(1, "10:00", "11:00", day=dt.date(2030, 1, 1))], PEOPLE,
                   open_ended) == []
