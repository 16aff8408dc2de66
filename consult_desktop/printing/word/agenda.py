"""The provisional annotated agenda as a Word file: Part I the numbered items, Part II
the annotations with the documents cited, Part III the timetable; the same content as
the PDF (printing/agenda.py), whose rules for what is an item and how a title is
numbered it reuses."""

from __future__ import annotations

from itertools import groupby

from docx.document import Document
from docx.shared import Cm

from consult_desktop.domain.printed import Agenda, AgendaEntry
from consult_desktop.printing.agenda import items, numbered_title
from consult_desktop.printing.word import presentation
from consult_desktop.printing.word.document import (
    Masthead,
    add_text,
    opening,
    paragraphs,
    table,
)


def when(entry: AgendaEntry, lang: str) -> str:
    parts = []
    if entry.day:
        parts.append(presentation.weekday_date(entry.day, lang))
    if entry.start:
        parts.append(presentation.hours(entry.start, entry.end))
    if entry.room:
        parts.append(entry.room)
    return ", ".join(parts)


def write(document: Document, agenda: Agenda, masthead: Masthead, lang: str) -> None:
    opening(document, agenda.meeting, masthead, agenda.document.title, lang=lang)
    document.add_heading("I. Provisional agenda", level=2)
    for entry in items(agenda):
        paragraph = document.add_paragraph(numbered_title(entry))
        if entry.parent_id is not None:
            paragraph.paragraph_format.left_indent = Cm(0.8)
    if not items(agenda):
        document.add_paragraph("No agenda items yet.")
    document.add_heading("II. Annotations to the provisional agenda", level=2)
    for entry in items(agenda):
        number = f"{entry.number}. " if entry.number else ""
        document.add_heading(f"{number}{entry.title}", level=3)
        times = when(entry, lang)
        if times:
            document.add_paragraph().add_run(times).italic = True
        people = []
        if entry.chair:
            people.append(f"Chair: {entry.chair}")
        if entry.speakers:
            people.append(f"Speakers: {', '.join(entry.speakers)}")
        if people:
            document.add_paragraph("; ".join(people))
        for part in paragraphs(entry.annotation):
            add_text(document, part)
        if entry.documents:
            document.add_paragraph().add_run("Documentation").bold = True
            add_text(document, "\n".join(entry.documents))
    timed = sorted((e for e in agenda.items if e.day is not None and e.start is not None),
                   key=lambda e: (e.day, e.start))
    if not timed:
        return
    document.add_heading("III. Timetable", level=2)
    for day, entries in groupby(timed, key=lambda e: e.day):
        assert day is not None
        document.add_heading(presentation.weekday_date(day, lang), level=3)
        rows = [[presentation.hours(e.start, e.end), numbered_title(e)] for e in entries]
        table(document, ["Time", "Item"], rows, widths=[1, 4])
