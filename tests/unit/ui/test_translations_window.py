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


@pytest.mark.parametrize(("lang", "gone", "twice", "wrong_file"), [
    ("fr", "\u00a0: ligne 5\u00a0: le texte agenda_item/99999/title n'existe plus dans le plan",
     "\u00a0: ligne 6\u00a0: la clé agenda_item/99999/title figure deux fois",
     "\u00a0: n'est pas un fichier XLIFF 2.0"),
    ("ru", ": строка 5: текста agenda_item/99999/title больше нет в плане",
     ": строка 6: ключ agenda_item/99999/title встречается дважды",
     ": не файл XLIFF 2.0"),
])
def test_a_files_problems_are_told_in_the_windows_language(lang, gone, twice, wrong_file,
                                                           speak, qtbot, context, tmp_path):
    path = tmp_path / "fr.xlsx"
    translations.export(context.plan_file, "fr", path)
    book = load_workbook(path)
    sheet = book["Translations"]
    sheet.delete_rows(5, sheet.max_row)  # rows 2-4 kept; 5 and 6 name a text since deleted
    sheet.append(["agenda_item/99999/title", "Gone", "Parti"])
    sheet.append(["agenda_item/99999/title", "Gone", "Parti"])
    book.save(path)
    speak(lang)
    dialog = ImportPreviewDialog(translations.preview_import(context.plan_file, path), path)
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert shown == [f"{path}{gone}", f"{path}{twice}"]
    # The command line reads the same problems in English.
    assert [str(p) for p in translations.preview_import(context.plan_file, path).problems] == [
        f"{path}: row 5: the text agenda_item/99999/title no longer exists in the plan",
        f"{path}: row 6: the key agenda_item/99999/title appears twice"]
    xliff = tmp_path / "texts.xlf"
    xliff.write_text("<xliff version='1.2'/>", encoding="utf-8")
    dialog = ImportPreviewDialog(translations.preview_import(context.plan_file, xliff), xliff)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == f"{xliff}{wrong_file}"


@pytest.mark.parametrize(("lang", "summary"), [
    ("fr", "2 textes français modifiés, 1 sans changement. L'importation est une seule"
           " étape\u00a0: Édition > Annuler la défait."),
    ("ru", "2 французских текста изменены, без изменений: 1. Импорт — один шаг: Правка >"
           " Отменить отменяет его."),
])
def test_what_an_import_changes_is_counted_in_the_windows_language(lang, summary, speak,
                                                                   qtbot, context, tmp_path):
    path = tmp_path / "fr.xlsx"
    translations.export(context.plan_file, "fr", path)
    book = load_workbook(path)
    sheet = book["Translations"]
    sheet.delete_rows(5, sheet.max_row)
    for row in sheet.iter_rows(min_row=2, max_row=3):
        row[2].value = f"{row[2].value or row[1].value} (revu)"
    book.save(path)
    speak(lang)
    dialog = ImportPreviewDialog(translations.preview_import(context.plan_file, path), path)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == summary


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
