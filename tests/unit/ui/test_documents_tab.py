"""The Documents tab (issue 22): the list of the session's documents, added, edited,
deleted and imported as undoable edits; deadlines from the rules shown apart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from consult_desktop.ui.document_entry_dialog import DocumentEntryDialog
from consult_desktop.ui.documents_tab import GREY, LATE, DocumentsTab
from consult_desktop.ui.plan_tab import wire


@pytest.fixture
def tab(qtbot, context):
    widget = DocumentsTab(context)
    wire(context, widget)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _row(tab, symbol):
    return next(i for i, e in enumerate(tab.model.rows) if e.symbol == symbol)


def _cell(tab, symbol, column, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(_row(tab, symbol), column), role)


def test_the_model_is_sound(tab, qtmodeltester):
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 9 and tab.summary.text() == "9 documents"
    assert _cell(tab, "ECE/EX/2017/INF.3", 3) == "3 (a)"
    assert _cell(tab, "ECE/EX/2017/L.8", 8) == "24 Aug 2017"
    assert _cell(tab, "ECE/EX/2017/L.8", 8, Qt.ItemDataRole.ForegroundRole) == GREY
    assert _cell(tab, "ECE/EX/2017/L.8", 9) == "Issued, 13 Oct 2017"


def test_add_edit_delete_and_undo(tab, context, monkeypatch):
    values = {"symbol": "ECE/EX/2017/INF.9", "title": "Note on remittances",
              "doc_type": "informal", "agenda_item": "4", "author": "", "words": 800,
              "languages": "EF", "available": "", "deadline": dt.date(2017, 10, 1),
              "status": "drafting", "submitted": None, "edited": None, "translated": None,
              "issued": None}
    monkeypatch.setattr(DocumentEntryDialog, "ask", classmethod(
        lambda cls, entry, rule, near, parent: values))
    tab.add_action.trigger()
    assert tab.model.rowCount() == 10
    assert _cell(tab, "ECE/EX/2017/INF.9", 8) == "01 Oct 2017"
    assert _cell(tab, "ECE/EX/2017/INF.9", 8, Qt.ItemDataRole.ForegroundRole) == LATE
    assert "1 document past the submission deadline" in tab.summary.text()
    tab.table.selectRow(_row(tab, "ECE/EX/2017/INF.9"))
    values = {**values, "status": "submitted", "submitted": dt.date(2017, 9, 30)}
    tab.edit_action.trigger()
    assert _cell(tab, "ECE/EX/2017/INF.9", 9) == "Submitted, 30 Sep 2017"
    tab.table.selectRow(_row(tab, "ECE/EX/2017/INF.9"))
    assert tab.delete_action.isEnabled()
    tab.delete_action.trigger()
    assert tab.model.rowCount() == 9
    context.undo_stack.undo()
    assert _cell(tab, "ECE/EX/2017/INF.9", 9) == "Submitted, 30 Sep 2017"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert tab.model.rowCount() == 9


def test_a_printed_document_is_edited_not_deleted(tab, monkeypatch):
    tab.table.selectRow(_row(tab, "ECE/EX/2017/L.9"))
    assert not tab.delete_action.isEnabled()
    seen = []

    def ask(cls, entry, rule, near, parent):
        seen.append(rule)
        dialog = DocumentEntryDialog(entry, rule, near, parent)
        dialog.words.setValue(3500)
        return dialog.values()

    monkeypatch.setattr(DocumentEntryDialog, "ask", classmethod(ask))
    tab.edit_action.trigger()
    assert seen == [dt.date(2017, 8, 24)]  # ten weeks before 2 November 2017
    assert _cell(tab, "ECE/EX/2017/L.9", 5) == "3,500"
    assert _cell(tab, "ECE/EX/2017/L.9", 1) == "Summary of discussions"


def test_import_refused_whole_with_its_row_problems(tab, context, tmp_path, monkeypatch):
    table = tmp_path / "documents.csv"
    table.write_text("Symbol,Title,Words\nA/1,One,12\nA/2,,many\n", encoding="utf-8")
    monkeypatch.setattr(tab, "ask_import_path", lambda: table)
    messages = []
    context.failed.connect(messages.append)
    tab.import_action.trigger()
    assert tab.model.rowCount() == 9
    assert "documents.csv:3: Words:" in messages[0] and "documents.csv:3: Title:" in messages[0]
    table.write_text("Symbol,Title,Words\nA/1,One,12\nA/2,Two,3\n", encoding="utf-8")
    tab.import_action.trigger()
    assert tab.model.rowCount() == 11
    context.undo_stack.undo()
    assert tab.model.rowCount() == 9


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", ["Rien n'a été importé\u00a0:",
            "documents.csv:3\u00a0: Words\u00a0: 'many' n'est pas un nombre entier de mots",
            "documents.csv:3\u00a0: Title\u00a0: le titre est vide",
            "documents.csv:4\u00a0: Status\u00a0: pas d'état 'isued'\u00a0; vouliez-vous"
            " dire 'issued'\u00a0? (états\u00a0: drafting, submitted, edited, translated,"
            " issued)"]),
    ("ru", ["Ничего не импортировано:",
            "documents.csv:3: Words: 'many' — не целое число слов",
            "documents.csv:3: Title: название не заполнено",
            "documents.csv:4: Status: нет статуса 'isued'; может быть, 'issued'? (статусы:"
            " drafting, submitted, edited, translated, issued)"]),
])
def test_a_refused_tables_problems_are_told_in_the_windows_language(
        lang, said, speak, tab, context, tmp_path, monkeypatch):
    table = tmp_path / "documents.csv"
    table.write_text("Symbol,Title,Words,Status\nA/1,One,12,\nA/2,,many,\nA/3,Three,,isued\n",
                     encoding="utf-8")
    monkeypatch.setattr(tab, "ask_import_path", lambda: table)
    messages = []
    context.failed.connect(messages.append)
    speak(lang)
    tab.import_action.trigger()
    assert [line.replace(str(tmp_path) + "/", "") for line in messages[0].split("\n")] == said
    assert tab.model.rowCount() == 9


@pytest.mark.parametrize(("lang", "title"), [("fr", "Liste des participants"),
                                             ("ru", "Список участников")])
def test_a_printed_documents_title_is_in_the_windows_language(lang, title, speak, qtbot,
                                                              context):
    speak(lang)
    shown = DocumentsTab(context)
    qtbot.addWidget(shown)
    titles = [shown.model.index(r, 1).data() for r in range(shown.model.rowCount())]
    assert title in titles and "List of participants" not in titles
    # A document written elsewhere keeps the title it was given.
    assert any(found.startswith("Migration in the ECE region") for found in titles)


@pytest.mark.parametrize(("lang", "undo"), [
    ("fr", "Ajouter le document «\u00a0Note on remittances\u00a0»"),
    ("ru", "Добавление документа «Note on remittances»"),
])
def test_adding_a_document_is_named_in_the_undo_menu_in_the_windows_language(
        lang, undo, speak, tab, context, monkeypatch):
    values = {"symbol": "", "title": "Note on remittances", "doc_type": "informal",
              "agenda_item": "", "author": "", "words": None, "languages": "E",
              "available": "", "deadline": None, "status": "drafting", "submitted": None,
              "edited": None, "translated": None, "issued": None}
    monkeypatch.setattr(DocumentEntryDialog, "ask", classmethod(
        lambda cls, entry, rule, near, parent: values))
    speak(lang)
    tab.add_action.trigger()
    assert context.undo_stack.undoText() == undo


def test_editing_a_printed_document_without_a_symbol_is_named_by_its_title(
        speak, tab, context, monkeypatch):
    from dataclasses import replace

    from consult_desktop.services import document_list as service

    speak("ru")
    printed = next(e for e in tab.model.rows if e.kind == "participants")
    unnumbered = replace(printed, symbol="")
    monkeypatch.setattr(tab, "current", lambda: unnumbered)
    monkeypatch.setattr(DocumentEntryDialog, "ask", classmethod(
        lambda cls, entry, rule, near, parent: {**service.values_of(entry), "words": 950}))
    tab.edit_document()
    assert context.undo_stack.undoText() == "Изменение документа «Список участников»"
