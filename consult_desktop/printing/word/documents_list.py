"""The list of documents as a Word file: the documents by agenda item, each group under
a Heading 2 with a table (symbol, title, languages); headings and order as the PDF's
(printing/documents_list.py)."""

from __future__ import annotations

from docx.document import Document

from consult_desktop.domain.printed import DocumentList
from consult_desktop.printing.documents_list import group_heading, languages
from consult_desktop.printing.word.document import Masthead, opening, table
from consult_desktop.printing.words import tr


def write(document: Document, data: DocumentList, masthead: Masthead, lang: str) -> None:
    opening(document, data.meeting, masthead, tr(lang, data.document.title), lang=lang)
    if not data.groups:
        document.add_paragraph(tr(lang, "No documents are listed yet."))
        return
    header = [tr(lang, word) for word in ("Symbol", "Title", "Languages")]
    for group in data.groups:
        document.add_heading(group_heading(group, lang), level=2)
        rows = [[d.symbol or "\u2013", tr(lang, d.title) if d.kind else d.title,
                 languages(d.languages, lang)] for d in group.documents]
        table(document, header, rows, widths=[3.2, 8.0, 1.6])
