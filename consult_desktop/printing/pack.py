"""The meeting pack: a cover page, a table of contents, then its parts (the agenda, the
list of participants, the budget, the options note and, once written, the summary of
discussions: services/printables.py chooses and builds them), with "x / y" page
numbers throughout."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from consult_desktop.domain.printed import Pack
from consult_desktop.printing.page import Part, build_pdf
from consult_desktop.printing.styles import stylesheet, text
from consult_desktop.printing.words import tr


def cover(data: Pack) -> list[Flowable]:
    """Under the pack's masthead (which names the bodies, the place and the dates):
    the meeting's title and "Meeting pack"."""
    styles = stylesheet()
    return [Spacer(1, 100), Paragraph(text(data.meeting.title), styles.cover_title),
            Spacer(1, 24),
            Paragraph(tr(data.document.lang, "Meeting pack"), styles.cover_title)]


def build(data: Pack, parts: Sequence[Part]) -> bytes:
    """The cover, the contents, then `parts` (the pack's documents, built as parts)."""
    cover_part = Part(data.document, cover(data), in_contents=False)
    return build_pdf(data.meeting, [cover_part, *parts], contents=True,
                     lang=data.document.lang)
