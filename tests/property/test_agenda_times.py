"""Agenda times of any kind (across midnight, zero-length, touching, on any day):
numbering and clash detection never fail, a clash is between two items whatever their
order, edits with ripple keep every moved item's duration, and the calendar export of
any titles, rooms and time zones either refuses the time zone clearly or gives the
times and titles back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from hypothesis import event, given
from hypothesis import strategies as st

from consult_desktop.domain import agenda, agenda_edits
from consult_desktop.domain.agenda import Item, Meeting, Person
from consult_desktop.interchange import ics
from tests.property.limits import examples
from tests.property.strategies import unicode_text

DAY = dt.date(2026, 11, 2)
days = st.none() | st.sampled_from([DAY + dt.timedelta(days=n) for n in range(3)])
times = st.none() | st.builds(dt.time, st.integers(0, 23), st.sampled_from((0, 15, 30, 45)))
rooms = st.sampled_from(("", "Room A", "room a ", "Room B")) | unicode_text(max_size=10)
people_ids = st.integers(1, 4)


@st.composite
def agendas(draw: st.DrawFn, trees: bool = False) -> list[Item]:
    """Items with ids 1..n; parents among the earlier items (`trees`) or any id at all."""
    count = draw(st.integers(0, 8))
    items = []
    for ident in range(1, count + 1):
        parents = st.integers(1, ident - 1) if trees and ident > 1 else st.integers(0, 10)
        parent = draw(st.none() | parents) if ident > 1 or not trees else None
        items.append(Item(
            id=ident, title=draw(unicode_text(max_size=20)),
            kind=draw(st.sampled_from(("item", "item", "break", "side_event"))),
            parent_id=parent, position=draw(st.integers(0, 5)), day=draw(days),
            start=draw(times), end=draw(times), room=draw(rooms),
            chair_id=draw(st.none() | people_ids),
            speaker_ids=tuple(draw(st.lists(people_ids, max_size=2, unique=True)))))
    return items


people = st.lists(st.builds(Person, id=people_ids, name=unicode_text(max_size=10),
                            status=st.sampled_from(("invited", "declined"))),
                  unique_by=lambda p: p.id)
meetings = st.builds(Meeting, first_day=days, last_day=days, day_start=st.just(dt.time(9)),
                     day_end=st.sampled_from((dt.time(18), dt.time(23, 59))))


def _overlap(a: Item, b: Item) -> bool:
    sa, sb = a.span, b.span
    return sa is not None and sb is not None and sb[0] < sa[1] and sa[0] < sb[1]


def _shares(a: Item, b: Item) -> bool:
    def present(item: Item) -> set[int]:
        return set(item.speaker_ids) | ({item.chair_id} if item.chair_id else set())

    same_room = a.room.strip() and a.room.strip().casefold() == b.room.strip().casefold()
    return bool(same_room or present(a) & present(b))


@examples(500)
@given(agendas(), people, meetings, st.randoms(use_true_random=False))
def test_numbering_and_clashes_never_fail_and_a_clash_is_between_two_overlapping_items(
        items, persons, meeting, random):
    numbered = agenda.numbered(items)
    assert sorted(item.id for item in numbered) == sorted(item.id for item in items)
    numbers = [item.number for item in numbered if item.number]
    assert len(numbers) == len(set(numbers))
    for item in numbered:
        agenda.time_text(item)
    found = agenda.clashes(items, persons, meeting)
    shuffled = list(items)
    random.shuffle(shuffled)
    assert ({(c.rule, frozenset(c.item_ids)) for c in found}
            == {(c.rule, frozenset(c.item_ids)) for c in agenda.clashes(shuffled, persons,
                                                                        meeting)})
    parents = {item.parent_id for item in items}
    pairs = {frozenset(c.item_ids) for c in found if c.rule in ("room", "person")}
    leaves = [item for item in items if item.id not in parents]
    for n, a in enumerate(leaves):
        for b in leaves[n + 1:]:
            clash = frozenset((a.id, b.id)) in pairs
            assert clash == (_overlap(a, b) and _shares(a, b)), (a, b)


def _duration(item: Item) -> dt.timedelta | None:
    return item.duration


@examples(400)
@given(agendas(trees=True), st.data())
def test_an_edit_with_ripple_keeps_the_duration_of_every_item_it_moves(items, data):
    if not items:
        return
    old = data.draw(st.sampled_from(items))
    new = replace(old, day=data.draw(days), start=data.draw(times), end=data.draw(times))
    by_id = {item.id: item for item in items}
    for ripple_on in (False, True):
        changed = agenda_edits.edited(items, new, ripple_on)
        assert len({c.id for c in changed}) == len(changed)
        first = changed[0]
        if first != new:  # only a sub-item is moved, into its parent's time, as long
            assert new.parent_id is not None and first.id == new.id, (new, first)
            assert _duration(first) == _duration(new), (new, first)
        for item in changed[1:]:
            kept_in_step(item, by_id[item.id], new.parent_id)
    gone, pulled = agenda_edits.removed(items, old.id, ripple_on=True)
    assert old.id in gone
    for item in pulled:
        assert item.id not in gone and _duration(item) == _duration(by_id[item.id])
    for item in agenda_edits.added(items, replace(new, id=99), ripple_on=True)[1:]:
        kept_in_step(item, by_id[item.id], new.parent_id)


def kept_in_step(item: Item, before: Item, parent_id: int | None) -> None:
    """An item an edit moves keeps its duration; only the edited sub-item's parent may
    change it, and then only to grow so that it holds its parts (a sub-item lies within
    its parent's time)."""
    if item.id == parent_id and _duration(item) != _duration(before):
        assert _duration(before) is not None and _duration(item) > _duration(before), (
            before, item)
        return
    assert _duration(item) == _duration(before), (before, item)


@examples(300)
@given(st.builds(Item, id=st.integers(1, 9), title=unicode_text(max_size=20), day=days,
                 start=times, end=times),
       st.integers(-3000, 3000).map(lambda minutes: dt.timedelta(minutes=minutes)))
def test_shifting_an_item_over_midnight_keeps_its_duration(item, delta):
    moved = agenda.shifted(item, delta)
    assert moved.duration == item.duration
    if item.span is not None:
        assert moved.span == (item.span[0] + delta, item.span[1] + delta)


def as_read(text: str) -> str:
    """Text as a calendar gives it back: iCalendar text knows one line end, and
    icalendar's reader drops a U+FEFF (a byte order mark) that its writer kept."""
    return text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")


ZONES = ("UTC", "", "Europe/Zurich", "America/New_York", "Asia/Kathmandu", "Pacific/Chatham",
         "Australia/Lord_Howe")


@examples(150)
@given(agendas(), unicode_text(max_size=30), st.sampled_from(ZONES) | unicode_text(max_size=30))
def test_the_calendar_refuses_an_unknown_time_zone_or_gives_back_times_and_titles(
        items, title, zone_name):
    from icalendar import Calendar

    try:
        data = ics.calendar_bytes(items, zone_name, title, stamp=dt.datetime(2026, 1, 1,
                                                                              tzinfo=dt.UTC))
    except ValueError as error:
        event("time zone refused")
        assert zone_name not in ZONES
        assert str(error) == f"the plan's time zone '{zone_name}' is not known"
        return
    event("calendar written")
    events = {str(vevent["uid"]): vevent for vevent in Calendar.from_ical(data).walk("VEVENT")}
    timed = [item for item in items if item.span is not None]
    assert len(events) == len(timed)
    for item in timed:
        vevent = events[f"agenda-item-{item.id}@consult-desktop"]
        start, end = vevent.decoded("dtstart"), vevent.decoded("dtend")
        assert (start.replace(tzinfo=None), end.replace(tzinfo=None)) == item.span
        assert getattr(start.tzinfo, "key", "UTC") == (zone_name or "UTC")
        assert str(vevent["summary"]) == as_read(agenda.label(item))
        assert str(vevent.get("location", "")) == as_read(item.room)
