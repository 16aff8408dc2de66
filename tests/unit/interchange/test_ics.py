"""The iCalendar export, read back by an independent reader written here (not the
icalendar library that wrote it)."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

import pytest

from consult_desktop.domain.agenda import Item
from consult_desktop.interchange.ics import calendar_bytes, export, write_ics
from consult_desktop.store import agenda_store


def read_events(data: bytes) -> list[dict[str, str]]:
    """A small RFC 5545 reader: unfold lines, collect each VEVENT's properties, keeping
    the TZID parameter of DTSTART/DTEND as 'DTSTART;TZID'."""
    text = data.decode("utf-8")
    assert "\r\n" in text  # content lines end with CRLF
    lines = re.sub(r"\r\n[ \t]", "", text).split("\r\n")
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and ":" in line:
            name, value = line.split(":", 1)
            key, *params = name.split(";")
            current[key] = value.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n")
            for param in params:
                pname, pvalue = param.split("=", 1)
                current[f"{key};{pname}"] = pvalue
    return events


def when(event: dict[str, str], key: str) -> dt.datetime:
    tz = zoneinfo.ZoneInfo(event[f"{key};TZID"])
    return dt.datetime.strptime(event[key], "%Y%m%dT%H%M%S").replace(tzinfo=tz)


def test_the_demo_agenda_exports_one_event_per_timed_item(demo_plan, tmp_path):
    out = tmp_path / "agenda.ics"
    summary = export(demo_plan, out)
    with demo_plan.read() as session:
        data = agenda_store.load(session, demo_plan.plan_id)
    timed = [i for i in data.items if i.span is not None]
    events = read_events(out.read_bytes())
    assert len(events) == len(timed) == 10 and "10 agenda events" in summary
    zurich = zoneinfo.ZoneInfo("Europe/Zurich")
    for item, event in zip(timed, events, strict=True):
        start, end = item.span
        assert when(event, "DTSTART") == start.replace(tzinfo=zurich)
        assert when(event, "DTEND") == end.replace(tzinfo=zurich)
        assert event["SUMMARY"] == (f"{item.number} {item.title}" if item.number
                                    else item.title)
        assert event["LOCATION"] == "Room XII"
    opening = events[0]
    assert opening["SUMMARY"] == "1 Opening of the meeting"
    # 10:00 in Geneva in November is 09:00 UTC
    assert when(opening, "DTSTART").astimezone(dt.UTC).hour == 9
    assert b"BEGIN:VTIMEZONE" in out.read_bytes() and b"TZID:Europe/Zurich" in out.read_bytes()
    assert "Documents: ECE/EX/2017/L.8" in events[1]["DESCRIPTION"]


def test_an_item_across_midnight_ends_the_next_day_and_untimed_items_are_left_out(tmp_path):
    items = [Item(1, "Reception", "side_event", day=dt.date(2017, 11, 3),
                  start=dt.time(22, 0), end=dt.time(0, 30)),
             Item(2, "To be scheduled")]
    out = tmp_path / "late.ics"
    assert write_ics(items, "America/Mexico_City", "Late", out) == 1
    (event,) = read_events(out.read_bytes())
    assert event["DTSTART;TZID"] == "America/Mexico_City"
    assert event["DTSTART"] == "20171103T220000" and event["DTEND"] == "20171104T003000"
    assert event["SUMMARY"] == "Reception"  # a side event has no number


def test_an_unknown_time_zone_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValueError, match="time zone 'Mars/Olympus' is not known"):
        calendar_bytes([], "Mars/Olympus", "x")
