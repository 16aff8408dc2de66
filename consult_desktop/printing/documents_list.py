"""The list of documents of the session (issue 22), an information document as UN
bodies issue it: under the masthead, the documents by item of the provisional agenda,
each with its symbol, its title and the languages it is issued in; then the documents
under no item. A printed document's title is its kind's, in the version's language."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from consult_desktop.domain.printed import DocumentGroup, DocumentList
from consult_desktop.printing.agenda import sub_item_number
from consult_desktop.printing.page import FRAME_WIDTH, Part, build_pdf, title_block
from consult_desktop.printing.styles import BOLD, FONT, Styles, stylesheet, text
from consult_desktop.printing.words import tr

RULE = 0.4
SYMBOL_WIDTH = 0.25  # of the frame's width
LANGUAGES_WIDTH = 0.16


def group_heading(group: DocumentGroup, lang: str = "en") -> str:
    """"Item 3. Regional and subregional aspects...", or "Other documents"."""
    if not group.number:
        return tr(lang, "Other documents")
    item = tr(lang, "Item {number}", number=sub_item_number(group.number, lang))
    return f"{item}. {group.title}" if group.title else item


def languages(letters: str, lang: str = "en") -> str:
    """E/F/R as the list writes them: the letters of the English names in every
    version (UN practice: "A C E F R S")."""
    del lang
    return "/".join(letters)


def table(group: DocumentGroup, styles: Styles, lang: str) -> Table:
    header = [Paragraph(text(tr(lang, word)), styles.cell_bold)
              for word in ("Symbol", "Title", "Languages")]
    rows = [[Paragraph(text(d.symbol or "\u2013"), styles.cell),
             Paragraph(text(tr(lang, d.title) if d.kind else d.title), styles.cell),
             Paragraph(text(languages(d.languages, lang)), styles.cell)]
            for d in group.documents]
    widths = [FRAME_WIDTH * SYMBOL_WIDTH,
              FRAME_WIDTH * (1 - SYMBOL_WIDTH - LANGUAGES_WIDTH),
              FRAME_WIDTH * LANGUAGES_WIDTH]
    found = Table([header, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    found.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD), ("FONT", (0, 1), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), RULE, "black"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return found


def story(data: DocumentList, styles: Styles | None = None) -> list[Flowable]:
    styles = styles or stylesheet()
    lang = data.document.lang
    flow = title_block(data.meeting, tr(lang, data.document.title))
    if not data.groups:
        return [*flow, Paragraph(text(tr(lang, "No documents are listed yet.")),
                                 styles.body)]
    for group in data.groups:
        flow.append(Paragraph(text(group_heading(group, lang)), styles.subheading))
        flow.append(table(group, styles, lang))
    return flow


def part(data: DocumentList) -> Part:
    return Part(data.document, story(data))


def build(data: DocumentList) -> bytes:
    return build_pdf(data.meeting, [part(data)], lang=data.document.lang)
