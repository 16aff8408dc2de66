"""The options note as a Word file: "Note by the secretariat", paragraphs numbered by
Word ("List Number"), each option under its own heading with its cost; the note's
paragraphs are the PDF's own (printing/options_note.blocks), drawn with Word's styles."""

from __future__ import annotations

from docx.document import Document
from docx.text.paragraph import Paragraph

from consult_desktop.domain.printed import OptionsNote
from consult_desktop.printing.options_note import SUBTITLE, blocks, title
from consult_desktop.printing.word.document import (
    Masthead,
    add_text,
    opening,
    restart_numbering,
)


class Numbered:
    """Numbered paragraphs: Word's own list numbering, from 1 in each document."""

    def __init__(self, document: Document) -> None:
        self.document, self.first = document, True

    def __call__(self, text: str) -> Paragraph:
        paragraph = add_text(self.document, text, style="List Number")
        if self.first:
            restart_numbering(self.document, paragraph)
            self.first = False
        return paragraph


def write(document: Document, note: OptionsNote, masthead: Masthead, lang: str) -> None:
    number = Numbered(document)
    opening(document, note.meeting, masthead, title(note), SUBTITLE, lang=lang)
    for block in blocks(note):
        if block.kind == "heading":
            document.add_heading(block.text, level=2)
        elif block.kind == "option":
            document.add_heading(block.text, level=3)
        elif block.kind == "numbered":
            number(block.text)
        elif block.lead:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{block.lead}: ").italic = True
            paragraph.add_run(block.text)
        else:
            add_text(document, block.text)
