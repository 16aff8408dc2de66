"""The summary of discussions: the plan's summary sections in order, each under its
heading (or the agenda item it reports on), in numbered paragraphs; the light markup's
bulleted lists (domain/light_markup) print as bullets under the paragraph before them."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from consult_desktop.domain import light_markup as markup
from consult_desktop.domain import vocab
from consult_desktop.domain.printed import Summary, SummaryEntry
from consult_desktop.printing.page import Part, build_pdf, title_block
from consult_desktop.printing.styles import Styles, stylesheet, text


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
        for block in markup.parse(entry.body):
            if isinstance(block, markup.Bullets):
                flow += [Paragraph(text(item), styles.bulleted, bulletText="\u2022")
                         for item in block.items]
                continue
            number += 1
            flow.append(Paragraph(text(block.text), styles.numbered, bulletText=f"{number}."))
    return flow


def part(data: Summary) -> Part:
    return Part(data.document, story(data))


def build(data: Summary) -> bytes:
    return build_pdf(data.meeting, [part(data)])
