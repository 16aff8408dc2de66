"""iCalendar export of the agenda: one event per timed item, in the venue's time zone.

The summary is the item's number and title ("3 (a) Outcomes of..."); the location is
its room; the description its annotation and documents. The `icalendar` library
writes the VTIMEZONE from zoneinfo, so calendars place the events right.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import TYPE_CHECKING

from consult_desktop.domain import agenda
from consult_desktop.domain.agenda import Item
from consult_desktop.domain.phrases import phrase
from consult_desktop.files import write_bytes

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile

PRODID = "-//Consult Desktop//Agenda//EN"


def zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "a"*600
        raise ValueError(phrase("the plan's time zone {name} is not known",
                                name=f"'{name}'")) from None


def calendar_bytes(items: list[Item], timezone: str, title: str,
                   stamp: dt.datetime | None = None) -> bytes:
    from icalendar import Calendar, Event, vText

    tz = zone(timezone)
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", vText(title))  # escaped: an X- name is taken as is
    for item in agenda.in_order(items):
        span = item.span
        if span is None:
            continue
        event = Event()
        event.add("uid", f"agenda-item-{item.id}@consult-desktop")
        event.add("dtstamp", stamp)
        event.add("summary", agenda.label(item))
        event.add("dtstart", span[0].replace(tzinfo=tz))
        event.add("dtend", span[1].replace(tzinfo=tz))
        if item.room:
            event.add("location", item.room)
        details = [item.annotation.strip()]
        documents = [line.strip() for line in item.documents.splitlines() if line.strip()]
        if documents:
            details.append("Documents: " + ", ".join(documents))
        description = "\n\n".join(part for part in details if part)
        if description:
            event.add("description", description)
        event.add("categories", [item.kind])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def write_ics(items: list[Item], timezone: str, title: str, out: Path) -> int:
    """Write the calendar whole (a temporary file renamed into place); returns the
    number of events."""
    data = calendar_bytes(items, timezone, title)
    write_bytes(out, data)
    return sum(1 for item in items if item.span is not None)


def export(plan_file: PlanFile, out: Path) -> str:
    """The `.ics` entry of `consult-desktop export`."""
    from consult_desktop.store.agenda_store import load

    with plan_file.read() as session:
        data = load(session, plan_file.plan_id)
    count = write_ics(data.items, data.timezone, data.title, out)
    return f"wrote {count} agenda events to {out} (time zone {data.timezone})"
