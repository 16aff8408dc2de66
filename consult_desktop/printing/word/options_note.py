"""The options note as a Word file: "Note by the secretariat", paragraphs numbered by
Word ("List Number"), each option under its own heading with its cost; the wording is
the PDF's (printing/options_note.py)."""

from __future__ import annotations

from docx.document import Document
from docx.text.paragraph import Paragraph

from consult_desktop.domain import vocab
from consult_desktop.domain.printed import OptionNote, OptionsNote
from consult_desktop.printing.options_note import labels
from consult_desktop.printing.word import presentation
from consult_desktop.printing.word.document import (
    Masthead,
    add_text,
    opening,
    paragraphs,
    restart_numbering,
)


class Numbered:
    """Numbered paragraphs: Word's own list numbering, from 1 in each document."""

    def __init__(self, document: Document) -> None:
        self.document, self.first = document, True

    def __call__(self, text: str) -> Paragraph:
        paragraph = add_text(self.document, text, style="List Number")
        if self.first:
            restart_numbering(self.document, paragraph)
            self.first = False
        return paragraph


def span(start: object, end: object, lang: str) -> str:
    if start and end and start != end:
        return (f"{presentation.long_date(start, lang)} to "  # type: ignore[arg-type]
                f"{presentation.long_date(end, lang)}")  # type: ignore[arg-type]
    return presentation.long_date(start or end, lang)  # type: ignore[arg-type]


def labelled(document: Document, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").italic = True
    paragraph.add_run(text)


def option(document: Document, note: OptionNote, currency: str, lang: str) -> None:
    document.add_heading(f"({note.label}) {note.title}", level=3)
    for part in paragraphs(note.description):
        add_text(document, part)
    facts = []
    if note.format:
        facts.append(vocab.label(vocab.OPTION_FORMATS, note.format))
    dates = span(note.proposed_start, note.proposed_end, lang)
    if dates:
        facts.append(dates)
    if note.days:
        facts.append(f"{note.days} day{'s' if note.days != 1 else ''}")
    if note.venue:
        facts.append(note.venue)
    if note.expected_participants:
        facts.append(f"about {note.expected_participants} participants")
    if facts:
        labelled(document, "Format, dates and venue", "; ".join(facts) + ".")
    if note.total is not None:
        cost = presentation.amount(note.total, currency, lang, whole=True)
        if note.psc:
            cost += (", including programme support costs of "
                     f"{presentation.amount(note.psc, currency, lang, whole=True)}")
        labelled(document, "Cost", cost + ".")
    for heading, value in (("Resources needed", note.resources_needed),
                           ("Benefits", note.benefits), ("Risks", note.risks)):
        for number, part in enumerate(paragraphs(value)):
            if number == 0:
                labelled(document, heading, part)
            else:
                add_text(document, part)


def write(document: Document, note: OptionsNote, masthead: Masthead, lang: str) -> None:
    meeting = note.meeting
    body = meeting.governing_body or "the governing body"
    number = Numbered(document)
    opening(document, meeting, masthead, f"{meeting.title}: options", "Note by the secretariat",
            lang=lang, show_meeting=False)
    document.add_heading("I. Background and mandate", level=2)
    number("The present note sets out the options for organizing the meeting and what each "
           f"would cost, and seeks the guidance of the {body}.")
    for part in paragraphs(meeting.mandate):
        number(part)
    document.add_heading("II. Options", level=2)
    if note.options:
        count = len(note.options)
        number(f"The secretariat has explored {count} option{'s' if count != 1 else ''}:")
        for each in note.options:
            option(document, each, meeting.currency, lang)
    else:
        number("The secretariat has not yet set out any option.")
    if note.milestones:
        document.add_heading("III. Timing", level=2)
        number("The timing is as follows:")
        add_text(document, "\n".join(f"{span(m.date, m.end_date, lang)}: {m.title}"
                                     for m in note.milestones))
    document.add_heading(f"{'IV' if note.milestones else 'III'}. Guidance sought", level=2)
    options = f" on options {labels(note.options)}" if note.options else ""
    number(f"The {body} is invited to provide guidance to the secretariat{options} for the "
           "organization of the meeting.")
