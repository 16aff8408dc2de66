"""A participants import previewed in a French or Russian window: its problems and
notices (the Problems and Notices tables, a row's tooltip, the missing column) are said
in the window's language; the command line's report of the same file stays English."""

from __future__ import annotations

import pytest

from consult_desktop.cli import main
from consult_desktop.interchange.participants_io import Reading
from consult_desktop.ui.import_dialog import ImportDialog

# No Category column; a bad email (row 3), a duplicate of row 2 (row 4), a name saved
# in an encoding without its letter (row 5), another person of row 2's email (row 6).
LIST = ("Family name,Given name,Email\n"
        "Dupont,Jean,jean.dupont@mission.test\n"
        "Martin,Anne,anne@\n"
        "Dupont,Jean,jean.dupont@mission.test\n"
        "Y?lmaz,Ay?e,\n"
        "Durand,Paul,jean.dupont@mission.test\n")

QUESTION = {  # a name saved in an encoding without one of its letters
    "fr": "\u00a0: un «\u00a0?\u00a0» remplace une lettre que le fichier ne pouvait pas"
          " contenir (il a été enregistré dans un codage qui ne l'a pas)\u00a0: corrigez"
          " le nom",
    "ru": ": «?» стоит вместо буквы, которую файл не смог сохранить (он записан"
          " в кодировке без неё): исправьте имя",
}
SAID = {
    "fr": {
        "missing": [("1", "Catégorie", "colonne obligatoire absente")],
        "note": "Pas encore importable\u00a0: Catégorie.",
        "all rows": ("1", "Pays (toutes les lignes)", "pays inconnu 'Atlantis'"),
        "problems": [
            ("3", "Email", "pas une adresse électronique\u00a0: 'anne@'"),
            ("4", "Email", "doublon\u00a0: Jean Dupont, jean.dupont@mission.test figure"
                           " aussi à la ligne 2"),
            ("5", "Family name", "'Y?lmaz'" + QUESTION["fr"]),
            ("5", "Given name", "'Ay?e'" + QUESTION["fr"])],
        "notices": [("6", "Email", "jean.dupont@mission.test est aussi l'adresse"
                                   " électronique de Jean Dupont (ligne 2)\u00a0: d'autres"
                                   " noms, donc une autre personne")],
        "expert": "Expert",
        "tip": "Email\u00a0: pas une adresse électronique\u00a0: 'anne@'",
        "summary": "<b>mission.csv</b>\u00a0: à ajouter\u00a0: 2, à mettre à jour\u00a0: 0,"
                   " inchangés\u00a0: 0, avec problèmes\u00a0: 3.",
    },
    "ru": {
        "missing": [("1", "Категория", "нет обязательного столбца")],
        "note": "Импорт пока невозможен: Категория.",
        "all rows": ("1", "Страна (все строки)", "неизвестная страна 'Atlantis'"),
        "problems": [
            ("3", "Email", "не адрес электронной почты: 'anne@'"),
            ("4", "Email", "дубликат: Jean Dupont, jean.dupont@mission.test есть также"
                           " в строке 2"),
            ("5", "Family name", "'Y?lmaz'" + QUESTION["ru"]),
            ("5", "Given name", "'Ay?e'" + QUESTION["ru"])],
        "notices": [("6", "Email", "jean.dupont@mission.test указан также у Jean Dupont"
                                   " (строка 2): имена другие, значит, это другой человек")],
        "expert": "Эксперт",
        "tip": "Email: не адрес электронной почты: 'anne@'",
        "summary": "<b>mission.csv</b>: добавить: 2, обновить: 0, без изменений: 0,"
                   " с ошибками: 3.",
    },
}


def shown(table) -> list[tuple[str, ...]]:
    return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_the_preview_says_the_problems_in_the_window_s_language(lang, speak, qtbot,
                                                                context, tmp_path):
    speak(lang)
    said = SAID[lang]
    path = tmp_path / "mission.csv"
    path.write_text(LIST, encoding="utf-8")
    dialog = ImportDialog(path, Reading(context.plan_file, path))
    qtbot.addWidget(dialog)
    # The file lacks a required column: named as the window names the field.
    assert shown(dialog.problems) == said["missing"]
    assert said["note"] in dialog.note.text()
    # A value for all rows that is wrong: the field's column "for all rows".
    dialog.set_default("country", "Atlantis")
    assert shown(dialog.problems) == [*said["missing"], said["all rows"]]
    dialog.set_default("country", "")
    # A category for all rows: the rows' own problems, the file's headers as they are.
    dialog.set_default("category", "expert")
    assert shown(dialog.problems) == said["problems"]
    assert shown(dialog.notices) == said["notices"]
    assert dialog.summary.text() == said["summary"]
    row_three = next(r for r in range(dialog.rows.rowCount())
                     if dialog.rows.item(r, 0).text() == "3")
    assert dialog.rows.item(row_three, 0).toolTip() == said["tip"]
    # A row to add shows its category as the window names it, not as the file does.
    category = next(c for c in range(dialog.rows.columnCount())
                    if dialog.rows.horizontalHeaderItem(c).text() == said["missing"][0][1])
    assert dialog.rows.item(0, category).text() == said["expert"]


def test_the_command_line_reports_the_same_file_in_english(speak, tmp_path, capsys):
    speak("fr")  # whatever the window speaks
    plan = tmp_path / "demo.consult"
    assert main(["demo", str(plan)]) == 0
    path = tmp_path / "mission.csv"
    path.write_text(LIST, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(plan), str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == \
        f"{path}:1: Category: required column missing"
    assert main(["import", str(plan), str(path), "--category", "expert"]) == 1
    assert capsys.readouterr().err.splitlines()[:5] == [
        f"{path}:3: Email: not an email address: 'anne@'",
        f"{path}:4: Email: duplicate: Jean Dupont, jean.dupont@mission.test is also on"
        " row 2",
        f"{path}:5: Family name: 'Y?lmaz': a \"?\" stands for a letter the file could not"
        " hold (it was saved in an encoding without it): correct the name",
        f"{path}:5: Given name: 'Ay?e': a \"?\" stands for a letter the file could not"
        " hold (it was saved in an encoding without it): correct the name",
        f"{path}:6: Email: jean.dupont@mission.test is also the email of Jean Dupont"
        " (row 2): other names, so another person (notice)"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "{path}\u00a0: c'est un ancien classeur Excel (.xls), pas un CSV\u00a0:"
           " enregistrez-le en .xlsx ou en .csv"),
    ("ru", "{path}: это старая книга Excel (.xls), а не CSV: сохраните её как .xlsx или"
           " .csv")])
def test_a_file_that_cannot_be_read_is_refused_in_the_window_s_language(
        lang, expected, speak, tab_of_participants, tmp_path):
    speak(lang)
    tab, reported = tab_of_participants
    path = tmp_path / "mission.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))  # an old workbook, renamed
    tab.import_path(path)
    assert reported == [expected.format(path=path)]


def test_the_command_line_refuses_the_same_file_in_english(speak, tmp_path, capsys):
    speak("fr")
    plan = tmp_path / "demo.consult"
    main(["demo", str(plan)])
    path = tmp_path / "mission.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(100))
    capsys.readouterr()
    assert main(["import", str(plan), str(path)]) == 1
    assert f"{path}: this is an old Excel workbook (.xls), not a CSV" in \
        capsys.readouterr().err


@pytest.fixture
def tab_of_participants(open_tab, context):
    from consult_desktop.ui.participants_tab import ParticipantsTab

    reported: list[str] = []
    context.failed.connect(reported.append)
    return open_tab(ParticipantsTab), reported
