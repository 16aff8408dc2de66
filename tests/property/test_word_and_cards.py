"""Word files, tents and badges from arbitrary text: the Word file builds and gives
back every character XML can hold, exactly; fitted text never leaves its box."""

from __future__ import annotations

import io
import re

from docx import Document
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from consult_desktop.domain import printed as p
from consult_desktop.printing.fitting import LEADING, fit
from consult_desktop.printing.styles import BOLD, register_fonts
from consult_desktop.printing.word import build_docx
from tests.property.limits import examples
from tests.property.strategies import names, unicode_text

NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def kept(text: str) -> str:
    """What a Word file can give back: no character XML cannot hold, and a carriage
    return read back as the line break it is."""
    return NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
MEETING = p.Meeting(title="Meeting", organiser="ECE")


def cells(docx: bytes) -> list[str]:
    document = Document(io.BytesIO(docx))
    return [cell.text for table in document.tables for row in table.rows for cell in row.cells]


@examples(30)
@given(family=names(), given_name=names(), function=unicode_text(max_size=60))
def test_a_person_comes_back_from_the_word_list_as_typed(family, given_name, function):
    person = p.Person(family_name=family, given_name=given_name, function=function,
                      organisation="IOM", category="igo")
    data = p.ParticipantList(meeting=MEETING, document=p.DocumentInfo("participants", "List"),
                             people=[person])
    found = cells(build_docx("participants", data))
    typed = p.Person(family_name=kept(family), given_name=kept(given_name))
    assert typed.full_name in found
    assert kept(function) in found


@examples(30)
@given(title=unicode_text(min_size=1, max_size=80))
def test_an_agenda_title_comes_back_from_the_word_agenda(title):
    agenda = p.Agenda(meeting=MEETING, document=p.DocumentInfo("agenda", "Agenda"),
                      items=[p.AgendaEntry(1, title, "1")])
    document = Document(io.BytesIO(build_docx("agenda", agenda)))
    headings = [x.text for x in document.paragraphs if x.style.name == "Heading 3"]
    assert headings == [f"1. {kept(title)}"]


@examples(100)
@given(text=unicode_text(min_size=1, max_size=200),
       width=st.floats(min_value=50, max_value=800),
       height=st.floats(min_value=20, max_value=300))
def test_fitted_text_stays_in_its_box(text, width, height):
    register_fonts()
    fitted = fit(text, BOLD, width, height, largest=96, smallest=12)
    assert len(fitted.lines) <= 2
    assert all(stringWidth(line, BOLD, fitted.size) <= width + 1e-6 for line in fitted.lines)
    assert fitted.size * LEADING * len(fitted.lines) <= height + 1e-6
