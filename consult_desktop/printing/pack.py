"""The meeting pack: a cover page, a table of contents, then the agenda, the list of
participants, the budget, the options note and (once written) the summary of
discussions, with "x / y" page numbers throughout."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from consult_desktop.domain.printed import Pack
from consult_desktop.printing import agenda, budget, options_note, participants, summary
from consult_desktop.printing.page import Part, build_pdf, meeting_dates
from consult_desktop.printing.styles import stylesheet, text


def cover(data: Pack) -> list[Flowable]:
    styles = stylesheet()
    meeting = data.meeting
    flow: list[Flowable] = [Spacer(1, 120)]
    for line in (meeting.organiser, meeting.governing_body):
        if line:
            flow.append(Paragraph(text(line), styles.cover_line))
    flow += [Spacer(1, 36), Paragraph(text(meeting.title), styles.cover_title)]
    place = ", ".join(filter(None, (meeting.venue, meeting_dates(meeting))))
    if place:
        flow.append(Paragraph(text(place), styles.cover_line))
    flow += [Spacer(1, 48), Paragraph("Meeting pack", styles.cover_title)]
    return flow


def parts(data: Pack) -> list[Part]:
    documents = [
        Part(data.document, cover(data), in_contents=False),
        agenda.part(data.agenda),
        participants.part(data.participants),
        budget.part(data.budget),
        options_note.part(data.options_note),
    ]
    if data.summary is not None and data.summary.sections:
        documents.append(summary.part(data.summary))
    return documents


def build(data: Pack) -> bytes:
    return build_pdf(data.meeting, parts(data), contents=True)
