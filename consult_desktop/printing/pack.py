"""The meeting pack: a cover page, a table of contents, then the agenda, the list of
participants, the budget, the options note and (once written) the summary of
discussions, with "x / y" page numbers throughout."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from consult_desktop.domain.printed import Pack
from consult_desktop.printing import agenda, budget, options_note, participants, summary
from consult_desktop.printing.page import Part, build_pdf
from consult_desktop.printing.styles import stylesheet, text


def cover(data: Pack) -> list[Flowable]:
    """Under the pack's masthead (which names the bodies, the place and the dates):
    the meeting's title and "Meeting pack"."""
    styles = stylesheet()
    return [Spacer(1, 100), Paragraph(text(data.meeting.title), styles.cover_title),
            Spacer(1, 24), Paragraph("Meeting pack", styles.cover_title)]


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
