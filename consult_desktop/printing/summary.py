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
from consult_desktop.printing.words import tr


def roman(number: int) -> str:
    """1 -> I, 14 -> XIV: the numbers of a UN document's chapters."""
    found = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            found += letters
            number -= value
    return found


def heading(entry: SummaryEntry, chapter: int = 0, lang: str = "en") -> str:
    """"I. Regional aspects (agenda item 3)": the chapter's number, its title (the
    heading typed, else the agenda item's title, else the kind of section), and the item
    it reports on."""
    title = entry.heading or entry.item_title \
        or tr(lang, vocab.label(vocab.SUMMARY_KINDS, entry.kind))
    item = " " + tr(lang, "(agenda item {number})", number=entry.item_number) \
        if entry.item_number.strip() else ""
    return f"{roman(chapter)}. {title}{item}" if chapter else f"{title}{item}"


def story(data: Summary, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    lang = data.document.lang
    flow = title_block(data.meeting, tr(lang, data.document.title))
    if not data.sections:
        return [*flow, Paragraph(tr(lang, "No summary has been written yet."), styles.body)]
    number = 0
    for chapter, entry in enumerate(data.sections, start=1):
        flow.append(Paragraph(text(heading(entry, chapter, lang)), styles.heading))
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
    return build_pdf(data.meeting, [part(data)], lang=data.document.lang)
