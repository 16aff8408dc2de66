"""The provisional annotated agenda as a Word file: Part I the numbered items, Part II
the annotations with the documents cited, Part III the timetable; the same content as
the PDF (printing/agenda.py), whose rules for what is an item, how it is numbered
("3.", "(a)") and when it is held ("10 a.m.\u20131 p.m.") it reuses."""

from __future__ import annotations

from functools import partial
from itertools import groupby

from docx.document import Document
from docx.shared import Cm

from consult_desktop.domain.printed import Agenda
from consult_desktop.printing.agenda import (
    cited_title,
    item_number,
    items,
    numbered_title,
    timed_entries,
    when,
)
from consult_desktop.printing.agenda import opening as opening_sentence
from consult_desktop.printing.word import presentation
from consult_desktop.printing.word.document import (
    Masthead,
    add_text,
    opening,
    paragraphs,
    table,
)
from consult_desktop.printing.words import tr


def write(document: Document, agenda: Agenda, masthead: Masthead, lang: str) -> None:
    opening(document, agenda.meeting, masthead, agenda.document.title, lang=lang)
    if opening_sentence(agenda):
        document.add_paragraph(opening_sentence(agenda))
    day = partial(presentation.weekday_date, lang=lang)
    hours = partial(presentation.hours, lang=lang)
    document.add_heading(tr(lang, "I. Provisional agenda"), level=2)
    for entry in items(agenda):
        paragraph = document.add_paragraph(numbered_title(entry, lang=lang))
        if entry.parent_id is not None:
            paragraph.paragraph_format.left_indent = Cm(0.8)
    if not items(agenda):
        document.add_paragraph(tr(lang, "No agenda items yet."))
    document.add_heading(tr(lang, "II. Annotations to the provisional agenda"), level=2)
    for entry in items(agenda):
        number = f"{item_number(entry, lang=lang)} " if entry.number.strip() else ""
        document.add_heading(f"{number}{entry.title}", level=3)
        times = when(entry, day, hours)
        if times:
            document.add_paragraph().add_run(times).italic = True
        people = []
        if entry.chair:
            people.append(tr(lang, "Chair: {name}", name=entry.chair))
        if entry.speakers:
            people.append(tr(lang, "Speakers: {names}", names=", ".join(entry.speakers)))
        if people:
            document.add_paragraph("; ".join(people))
        for part in paragraphs(entry.annotation):
            add_text(document, part)
        if entry.documents:
            document.add_paragraph().add_run(tr(lang, "Documentation")).bold = True
            cited = document.add_paragraph()
            for line, symbol in enumerate(entry.documents):
                if line:
                    cited.add_run().add_break()
                cited.add_run(symbol)
                # A symbol of the plan's own documents with its title, as in the PDF.
                title = cited_title(symbol, agenda.document_titles, lang)
                if title:
                    cited.add_run("\u2003")
                    cited.add_run(title).italic = True
    timed = timed_entries(agenda)
    if not timed:
        return
    document.add_heading(tr(lang, "III. Timetable"), level=2)
    for date, entries in groupby(timed, key=lambda e: e.day):
        assert date is not None
        document.add_heading(day(date), level=3)
        rows = [[hours(e.start, e.end) if e.start else "",
                 numbered_title(e, in_list=False, lang=lang)]
                for e in entries]
        table(document, [tr(lang, "Time"), tr(lang, "Item")], rows, widths=[1, 4])
