"""What the services and the domain say reaches the window in its language: the undo
menu's texts and the reasons of a refused or conflicting edit are phrases (an English
template and its values, domain/phrases.py) that ui/phrases.py translates by a table
of literals. The command line keeps the English."""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
import string
from pathlib import Path

import pytest

import consult_desktop
from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.services import budget as money
from consult_desktop.services.options import AddOption
from consult_desktop.ui import phrases
from tests.unit.ui.test_languages import open_window

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


def test_the_window_knows_every_template_written_below_it_as_a_literal():
    found, wrong = written_below_the_window()
    assert not wrong, "\n".join(wrong)
    known = set(phrases.Phrases().known())
    assert sorted(set(found) - known) == [], "add them to ui/phrases.py"
    assert sorted(known - set(found)) == [], "no longer said below ui/: take them out"


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_each_translation_keeps_the_values_of_its_template(lang, speak):
    """(tools/translations.py check, run by test_languages.py, finds an unfinished one)"""
    speak(lang)
    found, _ = written_below_the_window()
    for template in found:
        for n in (1, 2, 5):
            table = phrases.Phrases().known(n)
            assert names(table[template]) == names(template), (lang, template)


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
    ("fr", "Supprimer 2 lignes budgétaires\u00a0: non enregistré (non enregistré\u00a0: des lignes"
           " budgétaires que vous avez modifiées, 2 supprimées par quelqu'un d'autre\u00a0; rien"
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
    assert said == ["Annuler Ajouter l'option (c)\u00a0: impossible (quelqu'un d'autre l'a"
                    " modifié depuis\u00a0; sa modification est conservée)\u00a0; rien n'a été"
                    " modifié"]


# ----- the agenda's clashes, the timeline's warnings, a field's reason ----------------------
SATURDAY = dt.date(2017, 11, 4)  # the demo meets on Thursday 2 and Friday 3 November 2017


def clashes_after_moving(tab, count: int) -> list[str]:
    from consult_desktop.services import agenda as service

    for n in range(count):
        items = service.load(tab.context.plan_file).items
        movable = [i for i in items if i.day != SATURDAY and i.parent_id is None
                   and not any(j.parent_id == i.id for j in items)]
        assert tab.context.run(service.MoveToDay(items, movable[0], SATURDAY, False)), n
    return [tab.clash_list.item(n).text() for n in range(tab.clash_list.count())]


def test_the_agendas_clashes_in_french(speak, open_tab):
    from consult_desktop.ui.agenda_tab import AgendaTab

    speak("fr")
    tab = open_tab(AgendaTab)
    found = clashes_after_moving(tab, 1)
    assert tab.clash_label.text() == "2 conflits\u00a0:"
    assert found == [
        "«\u00a06 Opening of the meeting\u00a0» est le sam. 04 nov. 2017, en dehors des jours de la"
        " réunion (du 02 nov. au 03 nov. 2017)",
        "«\u00a06 Opening of the meeting\u00a0» tombe un jour de week-end, le sam. 04 nov. 2017"]


@pytest.mark.parametrize(("lang", "chair", "speakers"), [
    ("fr", "M. Marco Bellini", "Mme Élodie Marchand, M. Алексей Воронцов, Mme Aigerim Seitkali"),
    ("ru", "г\u2011н Marco Bellini",  # a hyphen that never ends a line
     "г\u2011жа Élodie Marchand, г\u2011н Алексей Воронцов, г\u2011жа Aigerim Seitkali"),
])
def test_the_agendas_chairs_and_speakers_are_titled_in_the_windows_language(
        lang, chair, speakers, speak, open_tab):
    from consult_desktop.ui.agenda_tab import AgendaTab

    speak(lang)
    tab = open_tab(AgendaTab)
    rows = [[tab.model.index(r, c).data() for c in (5, 6)]
            for r in range(tab.model.rowCount())]
    assert [chair, speakers] in rows


@pytest.mark.parametrize(("count", "weekend"), [
    (2, "2 пункта приходятся на выходной день: сб 04 ноя 2017"),
    (5, "5 пунктов приходятся на выходной день: сб 04 ноя 2017"),
])
def test_the_agendas_clashes_count_in_russian(count, weekend, speak, open_tab):
    from consult_desktop.ui.agenda_tab import AgendaTab

    speak("ru")
    tab = open_tab(AgendaTab)
    assert clashes_after_moving(tab, count)[-1] == weekend


def test_the_timelines_warnings_in_french(speak, qtbot, context):
    from consult_desktop.services.edits import Change, Topic
    from consult_desktop.ui.timeline_tab import TimelineTab

    speak("fr")
    tab = TimelineTab(context, today=lambda: dt.date(2017, 9, 5))
    qtbot.addWidget(tab)
    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("UPDATE option SET proposed_start='2017-11-30', proposed_end='2017-12-01'"
                   " WHERE label='b'")
    tab.apply_change(Change.everything(Topic.OPTIONS))
    warnings = [tab.warnings.item(n).text() for n in range(tab.warnings.count())]
    assert warnings[0] == (
        "L'option (b) se termine le 1er\u00a0décembre 2017, après la date où son résultat est"
        " attendu, le 27\u00a0novembre 2017 (Preparatory meeting, Mexico: outcome of the"
        " regional consultation due)")


def test_a_refused_figure_says_why_in_french_and_russian(speak, demo_plan, qtbot):
    from consult_desktop.ui.budget_model import QUANTITY, UNIT_COST, BudgetLinesModel

    model = BudgetLinesModel()
    model.set_rows(money.line_rows(demo_plan, money.budget(demo_plan).compared[0].option.id))
    said: list[str] = []
    model.refused.connect(said.append)
    speak("fr")
    assert not model.setData(model.index(0, QUANTITY), "-2")
    assert not model.setData(model.index(0, UNIT_COST), "trois")
    speak("ru")
    assert not model.setData(model.index(0, UNIT_COST), "1.234")
    assert said == [
        "Ligne 1\u00a0: Quantité\u00a0: la valeur ne peut pas être négative. Non enregistré.",
        "Ligne 1\u00a0: Coût unitaire\u00a0: 'trois' n'est pas un nombre. Non enregistré.",
        "Строка 1: Цена единицы: не более 2 знаков после запятой. Не сохранено."]


def test_the_participant_forms_reasons_in_french(speak, qtbot):
    from consult_desktop.domain.participants import Person
    from consult_desktop.ui.participant_form import ParticipantDialog

    speak("fr")
    form = ParticipantDialog(Person("Zola", "member_state"), set())
    qtbot.addWidget(form)
    form.family_name.setText("")
    form.rank.setText("second")
    form.accept()
    assert form.person is None
    assert form.problems.text().splitlines() == [
        "Nom\u00a0: le nom de famille est requis",
        "Rang\u00a0: un nombre entier tel que 2 est attendu, pas 'second'"]


# ----- the New-from preview -------------------------------------------------------------
@pytest.mark.parametrize(("lang", "lines"), [
    ("fr", ["Jours de réunion : 2 et 3 novembre 2017 → 22 et 23 décembre 2018",
            "Ordre du jour : 10 points un jour de week-end, le dimanche 23 décembre 2018",
            "56 États membres, 2 sources de financement, 2 options, 9 lignes budgétaires,"
            " 1 taux d'IJS, 2 taux de change, 10 points de l'ordre du jour, 5 jalons,"
            " 3 règles d'échéance, 4 sections du résumé, 10 documents, 136 traductions",
            "13 participants (ils peuvent venir aussi, invités de nouveau)",
            "(a) Full-fledged regional consultation with partners of the UN system :"
            " 157 974,00 $US"]),  # (the preview's plain text has plain spaces)
    ("ru", ["Повестка дня: 10 пунктов в выходной день, воскресенье, 23 декабря 2018 года",
            "56 государств-членов, 2 источника финансирования, 2 варианта, 9 строк бюджета,"
            " 1 ставка суточных, 2 обменных курса, 10 пунктов повестки дня, 5 этапов,"
            " 3 правила сроков, 4 раздела резюме, 10 документов, 136 переводов",
            "Текст 4 разделов резюме (разделы остаются, пустые)"]),
])
def test_the_new_from_preview_speaks_the_language(lang, lines, speak, qtbot, demo_plan):
    from PySide6.QtCore import QDate

    from consult_desktop.ui.new_from_dialog import NewFromDialog

    speak(lang)
    dialog = NewFromDialog(demo_plan, "demo.consult")
    qtbot.addWidget(dialog)
    dialog.first_day.setDate(QDate(2018, 12, 22))
    shown = dialog.preview.toPlainText().splitlines()
    assert all(line in shown for line in lines), shown


# ----- Edit > Texts in other languages: where each text is ---------------------------------
@pytest.mark.parametrize(("lang", "where", "undo"), [
    ("fr", "point 1 de l'ordre du jour, titre",
     "Modifier la version française de point de l'ordre du jour {id}, titre"),
    ("ru", "пункт 1 повестки дня, название",
     "Изменить французскую версию: пункт повестки дня {id}, название"),
])
def test_where_each_text_is_in_the_windows_language(lang, where, undo, speak, qtbot, context):
    from consult_desktop.services import translations
    from consult_desktop.ui.translations_window import TranslationsWindow

    speak(lang)
    window = TranslationsWindow(context)
    qtbot.addWidget(window)
    n = next(n for n, row in enumerate(window.model.rows)
             if row.versions[window.model.original] == "Opening of the meeting")
    row = window.model.rows[n]
    assert window.model.index(n, 0).data() == where
    assert window.set_version(row.key, "Ouverture de la session")
    assert context.undo_stack.undoText() == undo.format(id=row.key.row_id)
    assert str(translations.SetVersions("fr", {row.key: ""}).text) == \
        f"Edit the French version of agenda item {row.key.row_id}, title"  # the CLI's


# ----- deleting participants: what else it changes ---------------------------------------
def test_deleting_speakers_says_what_else_changes_in_french(speak, open_tab, monkeypatch):
    from consult_desktop.store import participants_store
    from consult_desktop.ui.participants_tab import ConfirmDelete, ParticipantsTab

    speak("fr")
    tab = open_tab(ParticipantsTab)
    ids = [row[0] for row in tab.model.rows]
    with tab.context.plan_file.read() as session:
        spoken, chaired = participants_store.agenda_links(session, ids)
    assert spoken > 1 and chaired > 1
    asked: list[str] = []
    monkeypatch.setattr(ConfirmDelete, "ask",
                        classmethod(lambda cls, parent, text: asked.append(text) or False))
    tab.select_ids(ids)
    tab.delete_action.trigger()
    assert asked[0].split("\n\n")[1] == (
        f"Cela retire aussi ces personnes comme orateur de {spoken} points de l'ordre du jour"
        f" et comme président de {chaired} points de l'ordre du jour.")


@pytest.mark.parametrize(("lang", "bar", "told"), [
    ("fr", "Lecture seule\u00a0: ouvert dans une autre fenêtre de ce programme depuis le ",
     "\u00a0; fermez-le là-bas pour le modifier ici."),
    ("ru", "Только чтение: открыт в другом окне этой программы с ",
     "; закройте его там, чтобы редактировать здесь."),
])
def test_why_a_plan_opens_read_only_is_told_in_the_windows_language(
        lang, bar, told, speak, qtbot, settings, demo_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from consult_desktop.domain.dates import short_date
    from consult_desktop.store.plan_file import open_plan

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: warned.append(text))
    speak(lang)
    editing = open_plan(demo_path)  # another window of this program edits it
    try:
        window = open_window(qtbot, settings, demo_path)
        shown = window.read_only_notice.text()
        assert shown.startswith(bar)
        # since when, written as the language writes a day: "03 déc. 2026 14:02"
        assert short_date(dt.date.today(), lang) in shown
        assert len(warned) == 1
        assert warned[0].startswith(str(demo_path)) and warned[0].endswith(told)
        # The command line (and every script reading it) keeps the English.
        assert str(window.context.plan_file.notice).startswith(
            "in use by another window of this program since ")
    finally:
        editing.close()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "Ms. Ana Petrović (Ministry of Labour, a.petrovic@example.org)"),
    ("fr", "Mme Ana Petrović (Ministry of Labour, a.petrovic@example.org)"),
    ("ru", "г-жа Ana Petrović (Ministry of Labour, a.petrovic@example.org)"),
])
def test_a_person_named_in_a_question_is_titled_in_the_windows_language(lang, said, speak):
    """Delete, merge and duplicate questions name the person this way."""
    from consult_desktop.domain.participants import Person
    from consult_desktop.ui.participant_form import describe

    speak(lang)
    assert describe(Person("Petrović", "expert", "Ana", "ms", organisation="Ministry of Labour",
                           email="a.petrovic@example.org")) == said
