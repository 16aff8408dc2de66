"""Edit > Texts in other languages: every printed text with its versions side by side,
the language being edited chosen once, an untranslated text marked, a typed version saved
as one undoable edit, and a translator's file shown before it is imported."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from consult_desktop.services import translations
from consult_desktop.ui.translations_model import UNTRANSLATED
from consult_desktop.ui.translations_window import (
    ImportPreviewDialog,
    TranslationsWindow,
)


def text_of(context, lang, source):
    _, found = translations.texts(context.plan_file, lang)
    return next(text for text in found if text.source == source)


@pytest.fixture
def window(qtbot, context):
    opening = text_of(context, "fr", "Opening of the meeting")
    translations.set_versions(context.plan_file, "fr", {opening.key: ""})  # one to do
    shown = TranslationsWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def row_of(window, source):
    return next(n for n, row in enumerate(window.model.rows)
                if row.versions[window.model.original] == source)


def test_each_text_shows_its_three_versions_and_the_missing_one_is_marked(window,
                                                                          qtmodeltester):
    qtmodeltester.check(window.model)
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Where", "English (original)", "French (editing)", "Russian"]
    n = row_of(window, "Opening of the meeting")
    french, russian = model.index(n, 2), model.index(n, 3)
    assert model.data(french) == "untranslated"
    assert model.data(french, Qt.ItemDataRole.BackgroundRole).color() == UNTRANSLATED
    assert "the original prints" in model.data(french, Qt.ItemDataRole.ToolTipRole)
    assert model.data(russian) == "Открытие совещания"  # beside it, whole
    assert "1 untranslated" in window.count.text()
    window.only_missing.setChecked(True)
    visible = [r for r in range(model.rowCount()) if not window.view.isRowHidden(r)]
    assert visible == [n]


def test_a_typed_version_is_saved_and_undo_takes_it_back(window, context):
    key = window.model.rows[row_of(window, "Opening of the meeting")].key
    assert window.set_version(key, "Ouverture de la session")
    assert text_of(context, "fr", "Opening of the meeting").target == "Ouverture de la session"
    assert "0 untranslated" in window.count.text()
    assert context.undo_stack.undoText().startswith("Edit the French version of agenda item")
    context.undo_stack.undo()
    assert text_of(context, "fr", "Opening of the meeting").target == ""
    assert window.model.untranslated()[0].key == key  # the table follows the undo


def test_leaving_the_pane_saves_and_an_unchanged_text_saves_nothing(window, context, qtbot):
    window.select(window.model.rows[row_of(window, "Lunch")].key)
    assert window.version_box.toPlainText() == "Déjeuner"
    window.version_box.setFocus()
    window.view.setFocus()  # nothing typed: nothing saved
    assert context.undo_stack.count() == 0
    window.version_box.setFocus()
    window.version_box.setPlainText("Pause déjeuner")
    window.view.setFocus()
    assert text_of(context, "fr", "Lunch").target == "Pause déjeuner"
    assert context.undo_stack.count() == 1


def test_the_edited_language_is_chosen_once_for_the_table_and_the_pane(window):
    window.select(window.model.rows[row_of(window, "Lunch")].key)
    window.language.setCurrentIndex(window.language.findData("ru"))
    model = window.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Russian (editing)"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "French"
    assert window.version_label.text() == "&Russian:"
    assert window.version_box.toPlainText() == window.model.rows[
        row_of(window, "Lunch")].versions["ru"]
    assert window.other_box.toPlainText() == "Déjeuner"  # the third language, beside it
    assert "Russian: " in window.count.text() and "0 untranslated" in window.count.text()


def test_a_version_longer_than_its_field_is_refused_with_a_message(window, context):
    reported = []
    context.failed.connect(reported.append)
    row = next(r for r in window.model.rows if r.limit is not None)
    assert not window.set_version(row.key, "x" * (row.limit + 1))
    assert "longer than" in reported[0] and row.where in reported[0]
    assert context.undo_stack.count() == 0


def test_a_translators_file_is_shown_then_imported_as_one_step(window, context, tmp_path,
                                                               monkeypatch):
    path = tmp_path / "fr.xlsx"
    assert window.export_to(path) > 50
    book = load_workbook(path)
    for row in book["Translations"].iter_rows(min_row=2):
        if row[1].value == "Lunch":
            row[2].value = "Pause déjeuner"
        if row[1].value == "Opening of the meeting":
            row[2].value = "Ouverture de la session"
    book.save(path)
    shown = []

    def look(cls, preview, file, parent=None):
        dialog = cls(preview, file, parent)
        shown.append([[dialog.table.item(r, c).text() for c in range(3)]
                      for r in range(dialog.table.rowCount())])
        assert dialog.apply_button.isEnabled()
        return True

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(look))
    assert window.import_from(path)
    by_new = {row[2]: row for row in shown[0]}
    assert sorted(by_new) == ["Ouverture de la session", "Pause déjeuner"]
    assert by_new["Ouverture de la session"][:2] == ["agenda item 1, title", "(untranslated)"]
    assert by_new["Pause déjeuner"][1] == "Déjeuner"
    assert text_of(context, "fr", "Lunch").target == "Pause déjeuner"
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert text_of(context, "fr", "Lunch").target == "Déjeuner"


def test_a_file_with_problems_cannot_be_imported(qtbot, context, tmp_path):
    path = tmp_path / "fr.xlsx"
    translations.export(context.plan_file, "fr", path)
    book = load_workbook(path)
    book["Translations"].append(["agenda_item/99999/title", "Gone", "Parti"])
    book.save(path)
    preview = translations.preview_import(context.plan_file, path)
    dialog = ImportPreviewDialog(preview, path)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    assert "no longer exists" in dialog.table.item(0, 0).text()
    assert dialog.summary.text().startswith("Nothing can be imported until each problem")


def test_the_edit_menu_opens_it_and_closing_the_plan_closes_it(qtbot, settings, demo_path):
    from consult_desktop.ui.main_window import MainWindow

    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.show()
    assert main.open_path(demo_path)
    assert main.translations_action.isEnabled()
    main.translations_action.trigger()
    opened = main._translations_window
    assert opened.isVisible() and opened.model.rowCount() > 50
    main.close_plan()
    assert main._translations_window is None and not opened.isVisible()
    assert not main.translations_action.isEnabled()
