"""The meeting pack as one Word file: a cover, then each document from a new page
(the agenda, the list of participants, the budget, the options note and, once
written, the summary), each document's title a Heading 1 so the navigation pane
lists them. The masthead is the pack's own."""

from __future__ import annotations

from typing import Any

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from consult_desktop.domain.printed import OptionsNote, Pack
from consult_desktop.printing.options_note import title as options_title
from consult_desktop.printing.word import (
    agenda,
    budget,
    options_note,
    participants,
    presentation,
    summary,
)
from consult_desktop.printing.word.document import Masthead, contents, new_part, write_header
from consult_desktop.printing.words import tr


def cover(document: Document, data: Pack, lang: str) -> None:
    meeting = data.meeting
    for _ in range(6):
        document.add_paragraph()
    for line in (meeting.organiser, meeting.governing_body):
        if line:
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(meeting.title)
    run.bold, run.font.size = True, Pt(18)
    place = ", ".join(filter(None, (meeting.venue, presentation.meeting_dates(meeting, lang))))
    if place:
        document.add_paragraph(place).alignment = WD_ALIGN_PARAGRAPH.CENTER
    name = document.add_paragraph()
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(tr(lang, "Meeting pack"))
    run.bold, run.font.size = True, Pt(18)


def writer_title(part: Any, lang: str = "en") -> str:
    """A document's title as its Heading 1 prints it, in `lang`."""
    if isinstance(part, OptionsNote):
        return options_title(part)
    return tr(lang, str(part.document.title))


def write(document: Document, data: Pack, masthead: Masthead, lang: str) -> None:
    cover(document, data, lang)
    writers = {"agenda": agenda.write, "participants": participants.write,
               "budget": budget.write, "options_note": options_note.write,
               "summary": summary.write}
    # The parts the pack holds, in its order (services/printables.py chose them).
    parts: list[tuple[Any, Any]] = [(writers[kind], part) for kind, part in data.parts
                                    if kind in writers]
    document.add_page_break()
    heading = document.add_paragraph()
    heading.add_run(tr(lang, "Contents")).bold = True
    contents(document, [writer_title(part, lang) for _, part in parts])
    for writer, part in parts:
        new_part(document)
        # Each document under its own masthead, with its own symbol, as in the PDF.
        own = Masthead.of(part.document)
        write_header(document, data.meeting, own, lang)
        writer(document, part, own, lang)
