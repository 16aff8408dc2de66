"""What the services and the domain say reaches the window in its language: the undo
menu's texts and the reasons of a refused or conflicting edit are phrases (an English
template and its values, domain/phrases.py) that ui/phrases.py translates by a table
of literals. The command line keeps the English."""

from __future__ import annotations

import ast
import sqlite3
import string
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

import consult_desktop
from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.services import budget as money
from consult_desktop.services.options import AddOption
from consult_desktop.ui import language, phrases

ROOT = Path(consult_desktop.__file__).parent


def written_below_the_window() -> tuple[dict[str, str], list[str]]:
    """Each template given to phrase() outside ui/ (with English's form for one), and
    each call whose template is not a literal."""
    found: dict[str, str] = {}
    wrong: list[str] = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.relative_to(ROOT).parts[0] == "ui" or path.name == "phrases.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("phrase", "Phrase")):
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                wrong.append(f"{path.name}:{node.lineno}: a template that is not a literal")
                continue
            one = next((k.value.value for k in node.keywords if k.arg == "one"
                        and isinstance(k.value, ast.Constant)), "")
            found[first.value] = str(one)
    return found, wrong


def names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def sample(template: str, n: int, one: str = "") -> Phrase:
    return phrase(template, n=n if "%" in template else None, one=one,
                  **{name: "X" for name in names(template)})


@pytest.fixture
def speak(qapp):
    """Speak a language for one test, then back to English and its locale."""
    installed: list = []
    before = QLocale()

    def switch(lang: str) -> None:
        installed.extend(language.install(qapp, lang))

    yield switch
    language.remove(qapp, installed)
    QLocale.setDefault(before)


def test_the_window_knows_every_template_written_below_it_as_a_literal():
    found, wrong = written_below_the_window()
    assert not wrong, "\n".join(wrong)
    known = set(phrases.Phrases().known())
    assert sorted(set(found) - known) == [], "add them to ui/phrases.py"
    assert sorted(known - set(found)) == [], "no longer said below ui/: take them out"


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_each_translation_keeps_the_values_and_gives_its_plural_forms(lang, speak):
    speak(lang)
    found, _ = written_below_the_window()
    for template in found:
        for n in (1, 2, 5):
            table = phrases.Phrases().known(n)
            assert names(table[template]) == names(template), (lang, template)
            assert table[template] != template.replace("%Ln", str(n)).replace("%n", str(n)), \
                (lang, template, "untranslated")


def test_an_english_window_says_what_the_command_line_says(speak):
    speak("en")
    found, _ = written_below_the_window()
    for template, one in found.items():
        for n in (1, 2, 1200):
            said = sample(template, n, one)
            assert phrases.text(said) == str(said), template


def test_the_command_line_keeps_the_english():
    assert str(phrase("Delete %n budget lines", n=1, one="Delete budget line")) == \
        "Delete budget line"
    assert str(phrase("Import %Ln DSA rates", n=1200, one="Import 1 DSA rate")) == \
        "Import 1,200 DSA rates"
    assert str(AddOption().text) == "Add option"


# ----- the window -----------------------------------------------------------------------
def open_window(qtbot, settings, demo_path):
    from consult_desktop.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_path)
    return window


def tab(window, name: str):
    for index in range(window.tab_widget.count()):
        slot = window.tab_widget.widget(index)
        if slot.name == name:
            window.tab_widget.setCurrentIndex(index)
            return slot.build()
    raise AssertionError(name)


def warned(window, monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(window, "warn", lambda title, message: said.append(message))
    return said


def lines(window, count: int) -> list:
    plan_file = window.context.plan_file
    found = [line for option in money.budget(plan_file).compared for line in option.lines]
    assert len(found) >= count
    return found[:count]


def test_undo_names_the_edit_in_french(speak, qtbot, settings, demo_path):
    speak("fr")
    window = open_window(qtbot, settings, demo_path)
    tab(window, "OptionsTab").add_option()
    assert window.undo_action.text() == "&Annuler Ajouter l'option (c)"
    window.context.undo_stack.undo()
    assert window.redo_action.text() == "&Rétablir Ajouter l'option (c)"


@pytest.mark.parametrize(("count", "undo"), [
    (1, "&Отменить: Удалить 1 строку бюджета"),
    (2, "&Отменить: Удалить 2 строки бюджета"),
    (5, "&Отменить: Удалить 5 строк бюджета"),
])
def test_undo_counts_in_russian_with_its_three_forms(count, undo, speak, qtbot, settings,
                                                     demo_path):
    speak("ru")
    window = open_window(qtbot, settings, demo_path)
    found = lines(window, count)
    assert window.context.run(money.DeleteLines([line.id for line in found]))
    assert window.undo_action.text() == undo


@pytest.mark.parametrize(("lang", "message"), [
    ("fr", "Supprimer 2 lignes budgétaires : non enregistré (non enregistré : des lignes"
           " budgétaires que vous avez modifiées, 2 supprimées par quelqu'un d'autre ; rien"
           " n'a été écrasé)"),
    ("ru", "Удалить 2 строки бюджета: не сохранено (не сохранено: из изменённых вами строк"
           " бюджета 2 удалены кем-то другим; ничего не перезаписано)"),
])
def test_a_conflict_is_told_in_the_windows_language(lang, message, speak, qtbot, settings,
                                                    demo_path, monkeypatch):
    speak(lang)
    window = open_window(qtbot, settings, demo_path)
    said = warned(window, monkeypatch)
    found = lines(window, 2)
    with sqlite3.connect(demo_path) as db:  # someone else deletes them meanwhile
        db.execute(f"DELETE FROM budget_line WHERE id IN ({found[0].id}, {found[1].id})")
    window.context.ask_conflict = lambda conflict: "mine"
    edit = money.DeleteLines([line.id for line in found],
                             {line.id: money.line_values(line) for line in found})
    assert not window.context.run(edit)
    assert said == [message]


def test_an_undo_refused_by_someone_elses_change_is_told_in_french(
        speak, qtbot, settings, demo_path, monkeypatch):
    from consult_desktop.services.guarded import Guarded
    from consult_desktop.ui.undo import EditCommand

    speak("fr")
    window = open_window(qtbot, settings, demo_path)
    said = warned(window, monkeypatch)
    context = window.context
    assert context.push(EditCommand(Guarded(AddOption()), context))
    with sqlite3.connect(demo_path) as db:  # someone else changes the new option
        db.execute("UPDATE option SET title = 'Theirs', version = version + 1"
                   " WHERE label = 'c'")
    context.undo_stack.undo()
    assert said == ["Annuler Ajouter l'option (c) : impossible (quelqu'un d'autre l'a"
                    " modifié depuis ; sa modification est conservée) ; rien n'a été modifié"]
