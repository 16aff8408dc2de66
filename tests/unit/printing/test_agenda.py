"""The provisional annotated agenda: its three parts, long and hostile text."""

from __future__ import annotations

import datetime as dt

from consult_desktop.domain.printed import Agenda, AgendaEntry
from consult_desktop.printing import agenda
from consult_desktop.store import print_data

from .helpers import HOSTILE, a_meeting, check_every_page, flat, in_order, info, read_pages


def test_the_demo_agenda_has_the_list_the_annotations_and_the_timetable(demo_plan):
    with demo_plan.read() as session:
        data = print_data.agenda(session, demo_plan.plan_id)
    pages = read_pages(agenda.build(data))
    text = flat(pages)
    assert in_order(
        text, "Provisional annotated agenda",
        "I. Provisional agenda", "1. Opening of the meeting", "2. Adoption of the agenda",
        "(a) Outcomes of the 7th Global Meeting", "(b) Statements by delegations",
        "6. Adoption of the summary of discussions",
        "II. Annotations to the provisional agenda", "2. Adoption of the agenda",
        "The Committee is invited to adopt its agenda.", "Documentation",
        "ECE/EX/2017/L.8 Provisional annotated agenda",
        "(b) Statements", "Ms. Élodie Marchand, Mr. Alexey Vorontsov",
        "III. Timetable", "Friday, 3 November 2017", "10\u201310.15 a.m.", "Coffee break",
        "1\u20133 p.m.", "Lunch", "5.15\u20135.45 p.m.",
    )
    # Breaks belong to the timetable only, not to the numbered list.
    part_one = text[text.find("I. Provisional agenda"):text.find("II. Annotations")]
    assert "Coffee break" not in part_one and "Lunch" not in part_one
    check_every_page(pages, "Executive Committee (EXCOM)", "ECE/EX/2017/L.8")


def test_without_times_there_is_no_timetable():
    data = Agenda(a_meeting(), info("agenda"), [AgendaEntry(1, "Opening", number="1")])
    text = flat(read_pages(agenda.build(data)))
    assert "1. Opening" in text and "Timetable" not in text


def test_a_long_annotation_splits_across_pages_and_loses_nothing():
    words = [f"w{n:04d}" for n in range(3400)]  # about 20,000 characters, no blank line
    annotation = " ".join(words)
    assert len(annotation) >= 20_000
    entries = [AgendaEntry(1, "Opening", number="1", annotation=annotation),
               AgendaEntry(2, "Closing", number="2", annotation="The end.")]
    pages = read_pages(agenda.build(Agenda(a_meeting(), info("agenda"), entries)))
    assert 5 <= len(pages) <= 12
    text = flat(pages)
    assert all(word in text for word in words[::97]) and in_order(text, "w0000", "w3399",
                                                                   "2. Closing", "The end.")
    check_every_page(pages, "Conference of European Statisticians", "ECE/CES/2026/1")


def test_hostile_and_very_long_titles_print_as_typed():
    long_title = ("Consideration of the report " * 20)[:500]
    entries = [AgendaEntry(n, title, number=str(n), annotation=title,
                           documents=(title,), day=dt.date(2026, 5, 4), start=dt.time(9, n))
               for n, title in enumerate([*HOSTILE, long_title], start=1)]
    pages = read_pages(agenda.build(Agenda(a_meeting(), info("agenda"), entries)))
    text = flat(pages)
    for hostile in HOSTILE:
        assert text.count(hostile) >= 4  # list, annotation heading and text, documents
    assert flat([long_title]) in text


def test_each_day_is_named_in_english_from_its_date():
    from consult_desktop.printing.page import weekday_date

    # Spelled by the program, not by the locale's strftime: a week of days in turn.
    week = [weekday_date(dt.date(2017, 10, 30) + dt.timedelta(days=n)) for n in range(7)]
    assert week == ["Monday, 30 October 2017", "Tuesday, 31 October 2017",
                    "Wednesday, 1 November 2017", "Thursday, 2 November 2017",
                    "Friday, 3 November 2017", "Saturday, 4 November 2017",
                    "Sunday, 5 November 2017"]


def test_a_sub_item_prints_its_letter_under_its_item_without_a_full_stop():
    entries = [AgendaEntry(1, "Aspects", number="3"),
               AgendaEntry(2, "Outcomes", number="3 (a)", parent_id=1, day=dt.date(2017, 11, 3),
                           start=dt.time(10))]
    text = flat(read_pages(agenda.build(Agenda(a_meeting(), info("agenda"), entries))))
    assert in_order(text, "I. Provisional agenda", "3. Aspects", "(a) Outcomes",
                    "II. Annotations", "3. Aspects", "(a) Outcomes",
                    "III. Timetable", "10 a.m. 3 (a) Outcomes")
    assert "(a). " not in text and "3 (a). " not in text


def test_the_agenda_says_where_and_when_the_meeting_opens_in_running_text(demo_plan):
    with demo_plan.read() as session:
        data = print_data.agenda(session, demo_plan.plan_id)
    text = flat(read_pages(agenda.build(data)))
    assert in_order(text, "Provisional annotated agenda",
                    "The meeting will be held at Palais des Nations, Geneva, starting at "
                    "10 a.m. on Friday, 3 November 2017.", "I. Provisional agenda")
    untimed = Agenda(a_meeting(), info("agenda"), [AgendaEntry(1, "Opening", number="1")])
    assert agenda.opening(untimed) == ""
