"""The summary of discussions: the plan's summary sections in order, each under its
heading (or the agenda item it reports on), in numbered paragraphs."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from consult_desktop.domain import vocab
from consult_desktop.domain.printed import Summary, SummaryEntry
from consult_desktop.printing.page import Part, build_pdf, title_block
from consult_desktop.printing.styles import Styles, paragraphs, stylesheet, text


def heading(entry: SummaryEntry) -> str:
    if entry.heading:
        return entry.heading
    if entry.item_title:
        number = f"Item {entry.item_number}. " if entry.item_number else ""
        return f"{number}{entry.item_title}"
    return vocab.label(vocab.SUMMARY_KINDS, entry.kind)


def story(data: Summary, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    flow = title_block(data.meeting, data.document.title)
    if not data.sections:
        return [*flow, Paragraph("No summary has been written yet.", styles.body)]
    number = 0
    for entry in data.sections:
        flow.append(Paragraph(text(heading(entry)), styles.heading))
        for part in paragraphs(entry.body):
            number += 1
            flow.append(Paragraph(part, styles.numbered, bulletText=f"{number}."))
    return flow


def part(data: Summary) -> Part:
    return Part(data.document, story(data))


def build(data: Summary) -> bytes:
    return build_pdf(data.meeting, [part(data)])
