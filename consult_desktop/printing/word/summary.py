"""The summary of discussions as a Word file: each section under a Heading 2, its
paragraphs numbered by Word through the whole summary, the light markup's bullets as
Word bullets; headings as in the PDF (printing/summary.py)."""

from __future__ import annotations

from docx.document import Document

from consult_desktop.domain import light_markup as markup
from consult_desktop.domain.printed import Summary
from consult_desktop.printing.summary import heading
from consult_desktop.printing.word.document import Masthead, add_text, opening
from consult_desktop.printing.word.options_note import Numbered
from consult_desktop.printing.words import tr


def write(document: Document, data: Summary, masthead: Masthead, lang: str) -> None:
    opening(document, data.meeting, masthead, data.document.title, lang=lang)
    if not data.sections:
        document.add_paragraph(tr(lang, "No summary has been written yet."))
        return
    number = Numbered(document)
    for chapter, entry in enumerate(data.sections, start=1):
        document.add_heading(heading(entry, chapter, lang), level=2)
        for block in markup.parse(entry.body):
            if isinstance(block, markup.Bullets):
                for item in block.items:
                    add_text(document, item, style="List Bullet")
                continue
            number(block.text)
