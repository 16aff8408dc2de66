"""The Word files: Word's own structure (heading styles, repeated table headings, the
masthead in the page header, page-number fields, list numbering), Unicode fonts, and
the same content as the PDF, read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from docx import Document
from docx.oxml.ns import qn

from consult_desktop.domain.documents import resolve
from consult_desktop.domain.printed import (
    Agenda,
    AgendaEntry,
    OptionNote,
    OptionsNote,
    ParticipantList,
    Person,
    Summary,
    SummaryEntry,
)
from consult_desktop.printing.word import build_docx
from consult_desktop.services import printables
from tests.unit.printing.helpers import a_meeting, flat, info, read_pages

KINDS = ["agenda", "participants", "budget", "options-note", "summary", "pack"]


def read(docx: bytes):
    return Document(io.BytesIO(docx))


def body_text(document) -> str:
    """The body's text, tables included, in document order."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def an_agenda() -> Agenda:
    items = [
        AgendaEntry(1, "Opening of the meeting", "1", day=dt.date(2026, 5, 4),
                    start=dt.time(10), end=dt.time(10, 15), chair="Ms. Anna Berg"),
        AgendaEntry(2, "Adoption of the agenda", "2", documents=("ECE/CES/2026/1",),
                    annotation="The meeting is invited to adopt its agenda."),
        AgendaEntry(3, "Coffee", kind="break", day=dt.date(2026, 5, 4),
                    start=dt.time(11), end=dt.time(11, 30)),
        AgendaEntry(4, "Population censuses", "3"),
        AgendaEntry(5, "Register-based censuses", "3 (a)", parent_id=4),
    ]
    return Agenda(meeting=a_meeting(), document=info("agenda"), items=items)


def a_list() -> ParticipantList:
    people = [Person("Воронцов", "Алексей", "Mr.", "Counsellor", "Permanent Mission",
                     "RU", "member_state"),
              Person("Marchand", "Élodie", "Ms.", "Deputy Permanent Representative",
                     "Mission permanente", "FR", "member_state"),
              Person("Okafor", "Grace", "Ms.", "Adviser", "IOM", None, "igo")]
    return ParticipantList(meeting=a_meeting(), document=info("participants", "ECE/CES/INF.1"),
                           people=people * 40, member_states=frozenset({"FR", "RU"}))


def a_note() -> OptionsNote:
    options = [OptionNote("a", "A full consultation", description="Two days in Geneva.",
                          total=Decimal("158000"), psc=Decimal("18174")),
               OptionNote("b", "An extended session", benefits="Cheaper.\n\nQuicker.")]
    return OptionsNote(meeting=a_meeting(), document=info("options_note"), options=options)


def a_summary() -> Summary:
    sections = [SummaryEntry("Opening", "The Chair opened the meeting.\n\nDelegations spoke."),
                SummaryEntry("", "Points raised:\n- data\n- cost", item_number="3",
                             item_title="Population censuses")]
    return Summary(meeting=a_meeting(), document=info("summary"), sections=sections)


@pytest.fixture
def demo_docs(demo_plan):
    """Each document of the demo plan: (printed data, Word file)."""
    built = {}
    with demo_plan.read() as session:
        for kind in KINDS:
            data = printables.load(session, demo_plan.plan_id, kind)
            built[kind] = (data, build_docx(kind, data))
    return built


def test_each_document_opens_with_its_title_as_heading_1_and_word_styles(demo_docs):
    for kind, (data, docx) in demo_docs.items():
        document = read(docx)
        assert headings(document, 1), kind
        if kind == "pack":  # a cover first; its documents are checked below
            assert headings(document, 1)[0] == "Provisional annotated agenda"
        elif kind == "options-note":
            assert headings(document, 1)[0].endswith(": options")
        else:
            assert headings(document, 1)[0] == data.document.title, kind
        assert document.core_properties.title.endswith(data.document.title)


def test_the_pack_lists_every_document_in_the_navigation_pane(demo_docs):
    document = read(demo_docs["pack"][1])
    titles = headings(document, 1)
    assert titles[:3] == ["Provisional annotated agenda", "List of participants", "Budget"]
    assert titles[3].endswith(": options")
    # A table of contents as Word's TOC field over the Heading 1 titles, updated on opening.
    instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
    assert any(i.split()[:3] == ["TOC", "\\o", '"1-1"'] for i in instructions)
    assert document.settings.element.find(qn("w:updateFields")) is not None
    # Each document from a new page: a section break before each, whose page header
    # carries that document's own symbol, as in the PDF.
    assert len(document.sections) == len(titles) + 1
    symbols = [section.header.paragraphs[0].text for section in document.sections]
    parts = [demo_docs[kind][0].document.symbol
             for kind in ("pack", "agenda", "participants", "budget", "options-note",
                          "summary")]
    assert symbols == parts


def test_the_masthead_is_in_the_first_page_header_and_the_symbol_on_the_others():
    docx = build_docx("agenda", an_agenda())
    section = read(docx).sections[0]
    assert section.different_first_page_header_footer
    first = "\n".join(cell.text for table in section.first_page_header.tables
                      for row in table.rows for cell in row.cells)
    assert "Conference of European Statisticians" in first
    assert "ECE/CES/2026/1" in first
    assert "Distr.: General" in first and "1 April 2026" in first
    assert "Original: English" in first
    assert section.header.paragraphs[0].text == "ECE/CES/2026/1"


def test_page_numbers_are_word_fields_on_every_page():
    section = read(build_docx("summary", a_summary())).sections[0]
    for footer in (section.footer, section.first_page_footer):
        fields = [f.get(qn("w:instr")) for f in footer._element.iter(qn("w:fldSimple"))]
        assert fields == ["PAGE", "NUMPAGES"]


def test_the_identity_sets_distribution_and_agenda_item():
    identity = resolve("agenda", symbol="ECE/CES/2026/L.2", issued=dt.date(2026, 3, 2),
                       distribution="limited", original_language="English",
                       agenda_item="3", prefix="", first_day=None, weeks_before=[])
    document = read(build_docx("agenda", an_agenda(), identity=identity))
    header = document.sections[0].first_page_header
    text = "\n".join(c.text for t in header.tables for r in t.rows for c in r.cells)
    assert "ECE/CES/2026/L.2" in text and "Distr.: Limited" in text and "2 March 2026" in text
    assert "Item 3 of the provisional agenda" in body_text(document)


def test_a_french_masthead():
    document = read(build_docx("agenda", an_agenda(), lang="fr"))
    header = document.sections[0].first_page_header
    text = "\n".join(c.text for t in header.tables for r in t.rows for c in r.cells)
    # The first of the month is "1er" in French (domain/dates.py).
    assert "Distr. : générale" in text and "1er\u00a0avril 2026" in text
    assert "Original : English" in text


def test_every_table_repeats_its_heading_row_and_only_that_row():
    document = read(build_docx("participants", a_list()))
    assert document.tables
    for table in document.tables:
        marked = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
                  for row in table.rows]
        assert marked[0] and not any(marked[1:])
        assert table.rows[0].cells[0].text in ("State", "Organization")


def test_cyrillic_and_accents_come_back_and_every_script_slot_has_the_font():
    document = read(build_docx("participants", a_list()))
    text = body_text(document)
    # The English list prints a Cyrillic name in Latin letters (ICAO 9303), the Russian
    # one as written.
    assert "Mr. Aleksei Vorontsov" in text and "Ms. Élodie Marchand" in text
    russian = body_text(read(build_docx("participants", a_list(), lang="ru")))
    assert "г-н Алексей Воронцов" in russian
    for name in ("Normal", "Heading 1", "Heading 2", "List Number"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert {fonts.get(qn(slot)) for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")} \
            == {"Times New Roman"}, name
        assert fonts.get(qn("w:asciiTheme")) is None and fonts.get(qn("w:hAnsiTheme")) is None


def test_the_agenda_has_the_pdf_parts_and_sub_items():
    document = read(build_docx("agenda", an_agenda()))
    assert headings(document, 2) == ["I. Provisional agenda",
                                     "II. Annotations to the provisional agenda",
                                     "III. Timetable"]
    assert "3. Population censuses" in headings(document, 3)
    assert "(a) Register-based censuses" in headings(document, 3)
    sub = next(p for p in document.paragraphs if p.text.startswith("(a)"))
    assert sub.paragraph_format.left_indent > 0
    timetable = document.tables[0]
    assert [c.text for c in timetable.rows[1].cells] == ["10\u201310.15 a.m.",
                                                         "1\u00a0\u00a0Opening of the meeting"]
    assert [c.text for c in timetable.rows[2].cells] == ["11\u201311.30 a.m.", "Coffee"]
    # Part II says when, as the PDF does: the day and the UN's twelve-hour clock.
    assert "Monday, 4 May 2026, 10\u201310.15 a.m." in body_text(document)


def test_numbered_paragraphs_are_word_numbering_from_one():
    document = read(build_docx("options-note", a_note()))
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    # The note (1), the mandate (2), the options explored (3), the guidance (4): as the
    # PDF numbers them.
    assert [p.text[:20] for p in numbered] == ["The present note set", "Decision 2025/3.",
                                               "The secretariat has ", "The Conference of Eu"]
    first = numbered[0]._p.pPr.numPr
    assert first is not None and first.numId.val
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(first.numId.val)
    assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_summary_bullets_are_word_bullets():
    document = read(build_docx("summary", a_summary()))
    assert [p.text for p in document.paragraphs if p.style.name == "List Bullet"] == \
        ["data", "cost"]
    assert headings(document, 2) == ["I. Opening",
                                     "II. Population censuses (agenda item 3)"]


def test_budget_figures_are_right_aligned_with_psc_and_total(demo_docs):
    _data, docx = demo_docs["budget"]
    summary = read(docx).tables[0]
    rows = {row.cells[0].text: row for row in summary.rows}
    assert rows["Category"].cells[1].text == "Option (a)"
    assert any(label.startswith("Programme support costs") for label in rows)
    # Whole units under "(United States dollars)", a dash for nil, as UN tables print.
    assert "(United States dollars)" in body_text(read(docx))
    total = rows["Total"].cells[1]
    assert total.text == "157,974"
    assert "\u2013" in {row.cells[1].text for row in summary.rows}
    assert total.paragraphs[0].alignment == 2  # right
    assert total.paragraphs[0].runs[0].bold


@pytest.mark.parametrize("kind", ["agenda", "participants", "budget", "options-note",
                                  "summary"])
def test_the_same_content_as_the_pdf(demo_docs, kind):
    """Every line of the Word body text is in the PDF (less what the PDF draws as a
    chart, and the note's paragraph numbers that Word draws itself)."""
    data, docx = demo_docs[kind]
    pdf = re.sub(r"\s+", "", flat(read_pages(printables.build(kind, data))))
    # The timetable's column headings are Word's own (repeated on each page).
    extra = {"Time", "Item"} if kind == "agenda" else set()
    missing = [line for line in body_text(read(docx)).split("\n")
               if line.strip() and line not in extra
               and re.sub(r"\s+", "", line) not in pdf]
    assert missing == []


def test_a_document_and_its_data_must_agree():
    with pytest.raises(TypeError):
        build_docx("budget", an_agenda())
    with pytest.raises(ValueError, match="no Word document"):
        build_docx("minutes", an_agenda())


def test_characters_xml_cannot_hold_are_dropped_not_fatal():
    pasted = "Opening\x00 of the\x0b meeting\x1f"
    agenda = Agenda(meeting=a_meeting(), document=info("agenda"),
                    items=[AgendaEntry(1, pasted, "1", day=dt.date(2026, 5, 4),
                                       start=dt.time(10))])
    text = body_text(read(build_docx("agenda", agenda)))
    assert "1. Opening of the meeting" in text and "\x00" not in text


def test_hostile_text_prints_as_typed():
    hostile = "<b>unclosed & x<y {{ field }} \u202e"
    agenda = Agenda(meeting=a_meeting(), document=info("agenda"),
                    items=[AgendaEntry(1, hostile, "1", annotation=hostile)])
    assert hostile in body_text(read(build_docx("agenda", agenda)))



def test_the_note_gives_its_costs_in_whole_dollars_as_the_pdf(demo_docs):
    text = body_text(read(demo_docs["options-note"][1]))
    assert "$157,974, including programme support costs of $18,174." in text
    assert "$157,974.00" not in text


def test_the_word_budget_marks_a_line_without_its_rate_and_says_why():
    from tests.unit.printing.test_budget import _with_an_unconverted_line

    document = read(build_docx("budget", _with_an_unconverted_line("fr"), lang="fr"))
    visas = next(row for table in document.tables for row in table.rows
                 if row.cells[0].text == "Visas")
    assert visas.cells[4].text == "pas\u00a0de\u00a0taux"
    assert "n\u2019a pas de taux de change pour sa monnaie" in body_text(document)
