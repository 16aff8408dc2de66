"""File > Documents and the print preview's Documents button: each document's identity
edited in the window, saved as one undoable edit, and printed."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate

from consult_desktop.services import documents, printables
from consult_desktop.ui.documents_dialog import DocumentsDialog, edit_documents
from consult_desktop.ui.print_preview import PrintPreviewDialog

LONG = "ECE/TRANS/WP.15/AC.1/2017/INF.34"


def first_page(plan_file, kind: str) -> str:
    pdf = printables.make(plan_file, kind)
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_the_dialog_lists_every_document_and_keeps_what_is_typed_for_each(context, qtbot):
    found = documents.identities(context.plan_file)
    dialog = DocumentsDialog(found, "participants")
    qtbot.addWidget(dialog)
    assert [dialog.list.item(n).text() for n in range(dialog.list.count())] == [
        each.title for each in found]
    assert dialog.current == "participants"
    assert dialog.symbol.text() == "ECE/EX/2017/INF.4"
    dialog.symbol.setText(LONG)
    dialog.distribution.setCurrentIndex(dialog.distribution.findData("informal"))
    dialog.list.setCurrentRow(0)  # the agenda, then back: nothing typed is lost
    assert dialog.current == "agenda" and dialog.symbol.text() == "ECE/EX/2017/L.8"
    dialog.original.setCurrentText("English only")
    dialog.issued.enabled.setChecked(True)
    dialog.issued.edit.setDate(QDate(2017, 10, 2))
    values = dialog.values()
    assert values["participants"]["symbol"] == LONG
    assert values["participants"]["distribution"] == "informal"
    assert values["agenda"]["original_language"] == "English only"
    assert values["agenda"]["issued"] == dt.date(2017, 10, 2)
    assert values["budget"] == documents.stored(
        next(each for each in found if each.kind == "budget"))


def test_a_cleared_symbol_shows_and_prints_the_default(context, qtbot, monkeypatch):
    documents.set_identity(context.plan_file, "summary", symbol=LONG)

    def cleared(found, kind, parent):
        values = {each.kind: documents.stored(each) for each in found}
        values["summary"]["symbol"] = ""
        return values

    monkeypatch.setattr(DocumentsDialog, "ask", cleared)
    assert edit_documents(context)
    summary = documents.identity(context.plan_file, "summary")
    assert not summary.symbol_set and summary.symbol == "ECE/EX/2017/3"  # the prefix's


def test_edits_print_and_undo_as_one_step(context, qtbot, monkeypatch):
    def ask(found, kind, parent):
        values = {each.kind: documents.stored(each) for each in found}
        values["participants"].update(symbol=LONG, distribution="restricted",
                                      original_language="English only",
                                      issued=dt.date(2017, 10, 20))
        values["agenda"]["agenda_item"] = "2"
        return values

    monkeypatch.setattr(DocumentsDialog, "ask", ask)
    before = first_page(context.plan_file, "participants")
    assert edit_documents(context)
    assert context.undo_stack.count() == 1
    page = first_page(context.plan_file, "participants")
    assert LONG in page  # whole, never cut
    assert "Distr.: Restricted" in page and "20 October 2017" in page
    assert "Original: English only" in page
    assert "Item 2 of the provisional agenda" in first_page(context.plan_file, "agenda")
    context.undo_stack.undo()
    assert first_page(context.plan_file, "participants") == before
    context.undo_stack.redo()
    assert LONG in first_page(context.plan_file, "participants")


def test_nothing_changed_or_cancelled_stacks_nothing(context, qtbot, monkeypatch):
    monkeypatch.setattr(DocumentsDialog, "ask", lambda found, kind, parent: {
        each.kind: documents.stored(each) for each in found})
    assert not edit_documents(context)
    monkeypatch.setattr(DocumentsDialog, "ask", lambda found, kind, parent: None)
    assert not edit_documents(context)
    assert context.undo_stack.count() == 0


def _symbol_too_long(found, kind, parent):
    """The dialog's answer: the budget's symbol one character too long."""
    values = {each.kind: documents.stored(each) for each in found}
    values["budget"]["symbol"] = "X" * 101
    return values


def test_a_symbol_too_long_is_refused_with_a_message(context, qtbot, monkeypatch):
    messages = []
    context.failed.connect(messages.append)
    monkeypatch.setattr(DocumentsDialog, "ask", _symbol_too_long)
    assert not edit_documents(context)
    assert messages and "longer than 100 characters" in messages[0]
    assert context.undo_stack.count() == 0


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "Documents\u00a0: non enregistrés (la cote dépasse 100 caractères)"),
    ("ru", "Документы: не сохранено (условное обозначение длиннее 100 зн.)"),
])
def test_a_symbol_too_long_is_refused_in_the_windows_language(lang, said, speak, context,
                                                              qtbot, monkeypatch):
    messages = []
    context.failed.connect(messages.append)
    monkeypatch.setattr(DocumentsDialog, "ask", _symbol_too_long)
    speak(lang)
    assert not edit_documents(context)
    assert messages == [said]


def test_the_print_preview_opens_the_dialog_on_its_document_and_reprints(context, qtbot,
                                                                          monkeypatch):
    shown = []

    def ask(found, kind, parent):
        shown.append(kind)
        values = {each.kind: documents.stored(each) for each in found}
        values["budget"]["symbol"] = LONG
        return values

    monkeypatch.setattr(DocumentsDialog, "ask", ask)
    preview = PrintPreviewDialog(context, "budget", "Budget")
    qtbot.addWidget(preview)
    assert LONG not in PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
    preview.documents_button.click()
    assert shown == ["budget"]
    assert LONG in PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()


def test_file_documents_is_in_the_window(window, monkeypatch):
    asked = []
    monkeypatch.setattr(DocumentsDialog, "ask",
                        lambda found, kind, parent: asked.append(len(found)))
    assert window.documents_action.isEnabled()
    window.documents_action.trigger()
    assert asked == [7]  # with the list of documents (issue 22)
    window.close_plan()
    assert not window.documents_action.isEnabled()


def test_the_meeting_that_considers_a_note_keeps_its_two_lines(context, qtbot):
    """The options note goes to the body's earlier meeting: its two masthead lines
    survive the dialog unchanged."""
    found = documents.identities(context.plan_file)
    note = next(each for each in found if each.kind == "options_note")
    assert "\n" in note.considered_at
    dialog = DocumentsDialog(found, "options_note")
    qtbot.addWidget(dialog)
    assert dialog.values()["options_note"] == documents.stored(note)
