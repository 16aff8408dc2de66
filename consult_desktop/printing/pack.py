"""The meeting pack: a cover page, a table of contents, then its parts (the agenda, the
list of participants, the budget, the options note and, once written, the summary of
discussions: services/printables.py chooses and builds them), with "x / y" page
numbers throughout."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from consult_desktop.domain.printed import Pack
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


def build(data: Pack, parts: Sequence[Part]) -> bytes:
    """The cover, the contents, then `parts` (the pack's documents, built as parts)."""
    cover_part = Part(data.document, cover(data), in_contents=False)
    return build_pdf(data.meeting, [cover_part, *parts], contents=True)
