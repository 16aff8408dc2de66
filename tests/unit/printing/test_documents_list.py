"""The printed list of documents (issue 22): by agenda item, in the agenda's order,
under the masthead; and the annotated agenda's Documentation fed by the list."""

from __future__ import annotations

import io

from consult_desktop.services import printables
from consult_desktop.services.document_list import ChangeDocumentList
from consult_desktop.services.edits import run
from tests.unit.printing.helpers import read_pages


def _text(plan_file, name, output="pdf", lang="en"):
    made = printables.make(plan_file, name, output, printables.Choices(lang=lang))
    if output == "docx":
        from docx import Document

        return "\n".join(p.text for p in Document(io.BytesIO(made)).paragraphs) + "\n" + \
            "\n".join(c.text for t in Document(io.BytesIO(made)).tables
                      for row in t.rows for c in row.cells)
    return "\n".join(read_pages(made))


def test_the_demo_list_by_agenda_item(demo_plan):
    text = _text(demo_plan, "documents")
    assert "ECE/EX/2017/INF.1" in text and "List of documents" in text  # masthead, title
    order = [text.index(part) for part in (
        "Item 2. Adoption of the agenda", "ECE/EX/2017/L.8",
        "Item 3. Regional and subregional aspects", "ECE/EX/2017/INF.2",
        "Item 3 (a).", "ECE/EX/2017/INF.3", "Item 4.", "ECE/EX/2017/CRP.1",
        "Item 6.", "ECE/EX/2017/L.9", "Other documents", "ECE/EX/2017/INF.4")]
    assert order == sorted(order)
    assert "ECE/EX/2017/L.7" not in text  # the options note went to an earlier meeting


def test_the_list_in_word_and_in_french(demo_plan):
    word = _text(demo_plan, "documents", "docx")
    assert "Item 3 (a). Outcomes of the 7th Global Meeting" in word
    assert "ECE/EX/2017/CRP.1" in word
    french = _text(demo_plan, "documents", lang="fr")
    assert "Liste des documents" in french and "Autres documents" in french
    assert "Les migrations dans la région de la CEE" in french  # a title's version


def test_a_document_added_to_the_list_is_cited_under_its_item(demo_plan):
    assert "ECE/EX/2017/INF.9" not in _text(demo_plan, "agenda")
    run(demo_plan, ChangeDocumentList("add", added=[{
        "symbol": "ECE/EX/2017/INF.9", "title": "Note on remittances",
        "doc_type": "informal", "agenda_item": "4"}]))
    agenda = _text(demo_plan, "agenda")
    documentation = agenda[agenda.index("4. Input to the preparatory meeting"):]
    assert "ECE/EX/2017/INF.9" in documentation[:documentation.index("5. Other business")]
    assert "Note on remittances" in agenda


def test_a_sub_item_is_numbered_as_each_language_writes_it(demo_plan):
    assert "Item 3 (a)." in _text(demo_plan, "documents")
    assert "Point 3 a)." in _text(demo_plan, "documents", lang="fr")
    russian = _text(demo_plan, "documents", "docx", lang="ru")
    assert "Пункт 3 a)." in russian and "3 (a)" not in russian
