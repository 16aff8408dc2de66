"""Agenda rules on plain values: the order and numbering of items, timing, ripple
shifting, the meeting's days, and clashes.

Numbering is UN style: agenda items (kind "item") at the top level are numbered
1, 2, 3; the items under one of them 3 (a), 3 (b). Breaks, lunch and side events
carry no number. An item whose end is before its start ends the next day (across
midnight). Items that touch end to start do not clash.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from consult_desktop.domain.dates import Day, short_day_and_date
from consult_desktop.domain.names import Titled
from consult_desktop.domain.phrases import Phrase, phrase

NUMBERED_KINDS = frozenset({"item"})
STANDARD_ITEMS = (
    "Opening of the meeting",
    "Adoption of the agenda",
    "Election of officers",
    "Substantive item",
    "Other business",
    "Adoption of the report",
)


@dataclass(frozen=True)
class Item:
    id: int
    title: str
    kind: str = "item"
    parent_id: int | None = None
    position: int = 0
    number: str = ""
    day: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    room: str = ""
    chair_id: int | None = None
    speaker_ids: tuple[int, ...] = ()
    annotation: str = ""
    documents: str = ""
    notes: str = ""

    @property
    def span(self) -> tuple[dt.datetime, dt.datetime] | None:
        """When the item runs, or None when it has no day, start and end."""
        if self.day is None or self.start is None or self.end is None:
            return None
        start = dt.datetime.combine(self.day, self.start)
        end = dt.datetime.combine(self.day, self.end)
        if end < start:  # ends after midnight
            end += dt.timedelta(days=1)
        return start, end

    @property
    def duration(self) -> dt.timedelta | None:
        span = self.span
        return None if span is None else span[1] - span[0]


class Person(NamedTuple):
    """A participant as the agenda sees one. A named tuple: a plan of 10,000 people loads
    them several times faster than frozen dataclasses."""

    id: int
    name: str  # without a title
    status: str = "invited"
    honorific: str = ""  # the title's code ("mr")

    @property
    def titled(self) -> Titled:
        """The name with its title, written in the reader's language."""
        return Titled(self.honorific, self.name)


@dataclass(frozen=True)
class Meeting:
    """The meeting's days (first and last, inclusive) and daily hours."""

    first_day: dt.date | None
    last_day: dt.date | None
    day_start: dt.time = dt.time(9, 0)
    day_end: dt.time = dt.time(18, 0)

    @property
    def days(self) -> list[dt.date]:
        if self.first_day is None:
            return []
        last = self.last_day or self.first_day
        return [self.first_day + dt.timedelta(days=n)
                for n in range((last - self.first_day).days + 1)]


@dataclass(frozen=True)
class OptionDates:
    position: int
    status: str
    start: dt.date | None
    end: dt.date | None


# ----- order and numbering -----------------------------------------------------------
def _depth(item: Item, by_id: dict[int, Item]) -> int:
    depth, seen = 0, {item.id}
    while item.parent_id is not None and item.parent_id in by_id:
        item = by_id[item.parent_id]
        if item.id in seen:
            break
        seen.add(item.id)
        depth += 1
    return depth


def in_order(items: Iterable[Item]) -> list[Item]:
    """The agenda's order: by day and start time (unscheduled last), a parent before
    the parts that start with it, then the order the person gave."""
    items = list(items)
    by_id = {item.id: item for item in items}

    def key(item: Item) -> tuple:
        return (item.day is None, item.day or dt.date.min, item.start is None,
                item.start or dt.time.min, _depth(item, by_id), item.position, item.id)

    return sorted(items, key=key)


def letter(n: int) -> str:
    """(a) ... (z), then (aa), (ab)..."""
    letters = string.ascii_lowercase
    return letters[n] if n < 26 else letters[n // 26 - 1] + letters[n % 26]


def numbered(items: Iterable[Item]) -> list[Item]:
    """The items in agenda order, with positions 0.. and their UN-style numbers."""
    ordered = in_order(items)
    by_id = {item.id: item for item in ordered}
    numbers: dict[int, str] = {}
    top = 0
    for item in ordered:
        if item.kind in NUMBERED_KINDS and (item.parent_id is None or
                                            item.parent_id not in by_id):
            top += 1
            numbers[item.id] = str(top)
    parts: dict[int, int] = {}
    for item in ordered:
        parent = item.parent_id
        if item.kind in NUMBERED_KINDS and parent in numbers:
            assert parent is not None
            numbers[item.id] = f"{numbers[parent]} ({letter(parts.get(parent, 0))})"
            parts[parent] = parts.get(parent, 0) + 1
    return [replace(item, position=n, number=numbers.get(item.id, ""))
            for n, item in enumerate(ordered)]


def descendants(items: Iterable[Item], root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for item in items:
        if item.parent_id is not None:
            children.setdefault(item.parent_id, []).append(item.id)
    found: set[int] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


# ----- timing ------------------------------------------------------------------------
def shifted(item: Item, delta: dt.timedelta) -> Item:
    """The item moved by `delta`, crossing midnight into the next or previous day."""
    span = item.span
    if span is None or not delta:
        return item
    start, end = span[0] + delta, span[1] + delta
    return replace(item, day=start.date(), start=start.time(), end=end.time())


def moved_to(item: Item, day: dt.date, start: dt.time | None = None) -> Item:
    """The item on another day (and start), keeping its duration."""
    duration = item.duration
    start = start or item.start
    if start is None:
        return replace(item, day=day)
    end = item.end
    if duration is not None:
        end = (dt.datetime.combine(day, start) + duration).time()
    return replace(item, day=day, start=start, end=end)


def ripple(items: Iterable[Item], day: dt.date, after: dt.time, delta: dt.timedelta,
           exclude: Iterable[int] = ()) -> list[Item]:
    """The items of `day` starting at or after `after` (but those in `exclude`), each
    shifted by `delta`: the later items of the day keep their places relative to each other."""
    exclude = set(exclude)
    return [shifted(item, delta) for item in items
            if item.id not in exclude and item.day == day and item.start is not None
            and item.start >= after and item.span is not None]


def time_text(item: Item) -> str:
    if item.start is None:
        return ""
    if item.end is None:
        return item.start.strftime("%H:%M")
    return f"{item.start:%H:%M}\u2013{item.end:%H:%M}"  # en dash


def label(item: Item) -> str:
    return f"{item.number} {item.title}" if item.number else item.title


# ----- clashes -----------------------------------------------------------------------
@dataclass(frozen=True)
class Clash:
    rule: str  # room, person, outside, weekend, declined
    item_ids: tuple[int, ...]
    said: Phrase  # the window says it in its language (ui/phrases.py)

    @property
    def message(self) -> str:
        """In English, as the command line says it."""
        return str(self.said)


def day_text(day: dt.date | None) -> str:
    """A day of the agenda as the tab and the clashes name it: "Fri 03 Nov 2017"."""
    return short_day_and_date(day) if day else "Unscheduled"


def _when(span: tuple[dt.datetime, dt.datetime]) -> dict[str, Any]:
    """The values of a clash's time: its day, start and end."""
    start, end = span
    return {"day": Day(start.date()), "start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}


def _people(item: Item) -> set[int]:
    return set(item.speaker_ids) | ({item.chair_id} if item.chair_id is not None else set())


def clashes(items: Sequence[Item], people: Sequence[Person], meeting: Meeting) -> list[Clash]:
    """Every clash of the agenda, by time. An item that has parts is a heading
    whose time its parts take up, so it clashes only through them."""
    ordered = in_order(items)
    parents = {item.parent_id for item in ordered if item.parent_id is not None}
    names = {person.id: person.titled for person in people}
    found: list[Clash] = []
    timed = [(item.span, item) for item in ordered if item.id not in parents]
    leaves = sorted(((span, item) for span, item in timed if span is not None),
                    key=lambda pair: pair[0][0])
    for i, (span_a, a) in enumerate(leaves):
        for span_b, b in leaves[i + 1:]:
            if span_b[0] >= span_a[1]:  # sorted by start: no later item overlaps a
                break
            span = (span_b[0], min(span_a[1], span_b[1]))
            pair = (a.id, b.id)
            if a.room.strip() and a.room.strip().casefold() == b.room.strip().casefold():
                found.append(Clash("room", pair, phrase(
                    "'{a}' and '{b}' are both in {room} on {day} from {start} to {end}",
                    a=label(a), b=label(b), room=a.room.strip(), **_when(span))))
            for person in sorted(_people(a) & _people(b), key=lambda p: str(names.get(p, ""))):
                name = names.get(person) or phrase("participant {id}", id=person)
                found.append(Clash("person", pair, phrase(
                    "{person} is in both '{a}' and '{b}' on {day} from {start} to {end}",
                    person=name, a=label(a), b=label(b), **_when(span))))
    found.extend(_outside(ordered, meeting))
    found.extend(_weekend(ordered))
    declined = {person.id: person.titled for person in people if person.status == "declined"}
    for item in ordered:
        for person in _people(item):
            if person in declined:
                said = (phrase("{person} chairs '{item}' but has declined",
                               person=declined[person], item=label(item))
                        if person == item.chair_id else
                        phrase("{person} speaks at '{item}' but has declined",
                               person=declined[person], item=label(item)))
                found.append(Clash("declined", (item.id,), said))
    return found


def _outside(items: Sequence[Item], meeting: Meeting) -> list[Clash]:
    days = set(meeting.days)
    found = []
    for item in items:
        span = item.span
        if item.day is None:
            continue
        if days and item.day not in days:
            first, last = min(days), max(days)
            dates: Day | Phrase = (Day(first) if first == last else phrase(
                "{first} to {last}", first=Day(first, "short_date_without_year"),
                last=Day(last, "short_date")))
            found.append(Clash("outside", (item.id,), phrase(
                "'{item}' is on {day}, outside the meeting's days ({dates})",
                item=label(item), day=Day(item.day), dates=dates)))
            continue
        if span is None:
            continue
        opens = dt.datetime.combine(item.day, meeting.day_start)
        closes = dt.datetime.combine(item.day, meeting.day_end)
        if span[0] < opens or span[1] > closes:
            found.append(Clash("outside", (item.id,), phrase(
                "'{item}' runs {start} to {end} on {day}, outside the meeting's hours"
                " ({opens} to {closes})", item=label(item), start=f"{span[0]:%H:%M}",
                end=f"{span[1]:%H:%M}", day=Day(item.day), opens=f"{meeting.day_start:%H:%M}",
                closes=f"{meeting.day_end:%H:%M}")))
    return found


def _weekend(items: Sequence[Item]) -> list[Clash]:
    """Items on a Saturday or Sunday, one warning a day: a meeting moved from an earlier
    session by whole days, not weeks, lands there (issue 22)."""
    by_day: dict[dt.date, list[Item]] = {}
    for item in items:
        if item.day is not None and item.day.weekday() >= 5:
            by_day.setdefault(item.day, []).append(item)
    found = []
    for day, on_day in sorted(by_day.items()):
        said = (phrase("'{item}' is on a weekend day, {day}", item=label(on_day[0]),
                       day=Day(day)) if len(on_day) == 1 else
                phrase("%n items are on a weekend day, {day}", n=len(on_day),
                       one="1 item is on a weekend day, {day}", day=Day(day)))
        found.append(Clash("weekend", tuple(item.id for item in on_day), said))
    return found


def clashes_by_item(found: Iterable[Clash]) -> dict[int, list[Phrase]]:
    by_item: dict[int, list[Phrase]] = {}
    for clash in found:
        for item_id in clash.item_ids:
            by_item.setdefault(item_id, []).append(clash.said)
    return by_item


@dataclass(frozen=True)
class Agenda:
    """A plan's agenda as the window and the command line read it: the items, the
    people they name, the meeting's days and hours, its time zone and title."""

    items: list[Item]
    people: list[Person]
    meeting: Meeting
    timezone: str
    title: str = ""

    def clashes(self) -> list[Clash]:
        return clashes(self.items, self.people, self.meeting)
