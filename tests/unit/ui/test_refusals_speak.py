"""What the window is told when it cannot do as asked speaks the window's language: a
budget line without its rate of exchange (and where to get the rate: the Budget tab's
Rates…, not the command line's `rates PLAN --import-exchange`), a budget not exported,
letters not written, an agenda not exported, a milestone gone. The command line keeps
its English (tests/unit/test_cli_money.py, services/test_letters.py, test_cli_agenda.py)."""

from __future__ import annotations

import sqlite3

import pytest
from docx import Document
from PySide6.QtCore import Qt

from consult_desktop.domain.budget import no_rate
from consult_desktop.ui import budget_tab
from consult_desktop.ui.budget_model import AMOUNT
from consult_desktop.ui.budget_tab import BudgetTab
from consult_desktop.ui.letters_dialog import LettersDialog

GBP = "Other\tVisas\t4\tperson\t80\tGBP\t1\tExtrabudgetary\n"

NO_RATE = {
    "fr": "pas de taux de change pour GBP en novembre 2017 (importez-le ou saisissez-le"
          " avec Taux\u2026 dans l\u2019onglet Budget)",
    "ru": "нет курса GBP за ноябрь 2017 (импортируйте или введите его кнопкой"
          " «Ставки\u2026» на вкладке «Бюджет»)",
}

NO_LETTERS = {"fr": "Aucune lettre ne peut être rédigée\u00a0: ", "ru": "Письма написать нельзя: "}


def _without_rate(speak, open_tab, lang: str) -> BudgetTab:
    speak(lang)
    tab = open_tab(BudgetTab)
    assert tab.paste_lines(GBP)
    return tab


@pytest.mark.parametrize(("lang", "message", "tip"), [
    ("fr", "1 ligne non comptée\u00a0: ", "Non compté dans les totaux\u00a0: "),
    ("ru", "1 строка не учтена: ", "Не учитывается в итогах: "),
])
def test_a_line_without_its_rate_says_where_the_window_imports_it(
        lang, message, tip, speak, open_tab):
    tab = _without_rate(speak, open_tab, lang)
    assert tab.message.text() == message + NO_RATE[lang]
    line = tab.shown().lines[-1]
    index = tab.model.index(tab.model.row_of(line.id), AMOUNT)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == tip + NO_RATE[lang]
    assert "--import-exchange" not in tab.message.text()


def test_the_command_lines_english_keeps_its_command(speak, open_tab):
    tab = _without_rate(speak, open_tab, "fr")
    line = tab.shown().lines[-1]
    said = no_rate(line.currency, tab.currency, line.rate_month, line.per_usd is not None)
    assert str(said) == line.rate_problem == (
        "no rate of exchange for GBP in November 2017 (rates PLAN --import-exchange)")


@pytest.mark.parametrize(("lang", "refused", "wrote"), [
    ("fr", "impossible d\u2019exporter le budget\u00a0: (a) ligne 7\u00a0: ",
     "budget des 2 options écrit dans "),
    ("ru", "бюджет нельзя экспортировать: (a) строка 7: ", "бюджет 2 вариантов записан в "),
])
def test_the_budget_not_exported_and_exported_in_the_windows_language(
        lang, refused, wrote, speak, open_tab, context, tmp_path, monkeypatch):
    tab = _without_rate(speak, open_tab, lang)
    out = tmp_path / "b.xlsx"
    monkeypatch.setattr(budget_tab, "ask_save_path", lambda *args: str(out))
    tab.export()
    assert tab.message.text() == refused + NO_RATE[lang]
    assert not out.exists()
    context.undo_stack.undo()  # the line without its rate taken out
    tab.export()
    assert tab.message.text() == wrote + str(out)


def _template(tmp_path, text: str):
    mine = Document()
    mine.add_paragraph(text)
    path = tmp_path / "mine.docx"
    mine.save(str(path))
    return path


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "le modèle nomme le champ {{ deadline }}, que le plan ne peut pas remplir\u00a0:"
           " le plan n\u2019a pas de jalon concernant les désignations\u00a0; ajoutez-en un"
           " dans l\u2019onglet Calendrier"),
    ("ru", "в шаблоне есть поле {{ deadline }}, которое план не может заполнить: в плане нет"
           " этапа о выдвижении кандидатур; добавьте его на вкладке «Сроки»"),
])
def test_letters_the_plan_cannot_fill_say_why_in_the_windows_language(
        lang, expected, speak, context, qtbot, tmp_path, messages):
    speak(lang)
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    path = _template(tmp_path, "To {{ addressee }}, reply by {{ deadline }}.")
    dialog.ask_template = lambda: path  # type: ignore[method-assign]
    dialog.choose_template()
    assert dialog.summary.text() == NO_LETTERS[lang] + expected
    dialog.folder.setText(str(tmp_path))
    assert not dialog.write()
    assert messages[-1] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "le modèle n\u2019est pas lisible\u00a0: ce n\u2019est pas un document Word (.docx)"),
    ("ru", "шаблон не читается: это не документ Word (.docx)"),
])
def test_a_template_that_is_not_a_word_file_in_the_windows_language(
        lang, expected, speak, context, qtbot, tmp_path):
    speak(lang)
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    path = tmp_path / "notes.docx"
    path.write_text("not a document", encoding="utf-8")
    dialog.ask_template = lambda: path  # type: ignore[method-assign]
    dialog.choose_template()
    assert expected in dialog.summary.text()


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "{path}\u00a0: dossier introuvable"), ("ru", "{path}: нет такой папки"),
])
def test_a_missing_folder_for_letters_in_the_windows_language(
        lang, expected, speak, context, qtbot, tmp_path, messages):
    speak(lang)
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    nowhere = tmp_path / "nowhere"
    dialog.folder.setText(str(nowhere))
    assert not dialog.write()
    assert messages[-1] == expected.format(path=nowhere)


def test_letters_to_no_member_states_say_the_windows_way(speak, context, qtbot):
    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("DELETE FROM member_state")
    speak("fr")
    dialog = LettersDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == (
        "Aucune lettre ne peut être rédigée\u00a0: le plan ne compte aucun État membre\u00a0:"
        " ajoutez-les au plan ou écrivez aux participants (Destinataires\u00a0: Chaque"
        " participant)")


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "le fuseau horaire 'Geneva' du plan est inconnu"),
    ("ru", "часовой пояс плана 'Geneva' неизвестен"),
])
def test_an_agenda_not_exported_says_why_in_the_windows_language(
        lang, expected, speak, open_tab, context, tmp_path, monkeypatch):
    from consult_desktop.ui.agenda_tab import AgendaTab

    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("UPDATE plan SET timezone = 'Geneva'")
    speak(lang)
    tab = open_tab(AgendaTab)
    reported: list[str] = []
    monkeypatch.setattr(context, "report", reported.append)
    tab.ask_ics_path = lambda: tmp_path / "agenda.ics"  # type: ignore[method-assign]
    assert not tab.export_ics()
    assert reported[-1].endswith(expected)


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "le jalon 99999 n\u2019existe plus"), ("ru", "этап 99999 больше не существует"),
])
def test_a_milestone_gone_is_told_in_the_windows_language(
        lang, expected, speak, open_tab, context, monkeypatch):
    from consult_desktop.ui.timeline_tab import TimelineTab

    speak(lang)
    tab = open_tab(TimelineTab)
    reported: list[str] = []
    monkeypatch.setattr(context, "report", reported.append)
    assert tab._fields(99999) is None
    assert reported == [expected]


def _travel_problems(context, qtbot) -> list[str]:
    from consult_desktop.ui.travel_dialog import TravelDialog

    dialog = TravelDialog(context)
    qtbot.addWidget(dialog)
    last = dialog.table.columnCount() - 1
    items = [dialog.table.item(row, last) for row in range(dialog.table.rowCount())]
    # The column is wide, out of sight at first: its text is the cell's tooltip too.
    assert all(item.toolTip() == item.text() for item in items)
    return [item.text() for item in items if item.text()]


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", "pas de taux d\u2019IJS pour Geneva au 1er\u00a0novembre 2017 (importez-le avec"
           " Taux\u2026 dans l\u2019onglet Budget)"),
    ("ru", "нет ставки суточных для места Geneva на 1\u00a0ноября 2017\u00a0года (импортируйте её"
           " кнопкой «Ставки\u2026» на вкладке «Бюджет»)"),
])
def test_a_trip_without_its_dsa_rate_says_where_the_window_imports_it(
        lang, expected, speak, context, qtbot, open_tab, monkeypatch):
    from consult_desktop.services import budget as service
    from consult_desktop.ui.participant_form import ParticipantDialog
    from consult_desktop.ui.participants_tab import ParticipantsTab

    with sqlite3.connect(context.plan_file.path) as db:
        db.execute("UPDATE dsa_rate SET effective = '2018-01-01'")  # none yet on arrival
    speak(lang)
    problems = _travel_problems(context, qtbot)
    assert problems and set(problems) == {expected}
    people = open_tab(ParticipantsTab)
    seen: list[str] = []
    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(
        lambda cls, parent, person, members, vet=None, **kwargs: seen.append(
            kwargs.get("trip_note", ""))))
    (ident,) = [row[0] for row in people.model.rows if row[1] == "Seitkali"]
    people.select_ids([ident])
    people.edit_selected()
    assert seen[-1].endswith(f"({expected})")
    assert seen[-1].startswith("Billet " if lang == "fr" else "Билет ")
    # The command line's English names its command.
    person = next(p for p in service.travel(context.plan_file).travellers if p.problem)
    assert person.problem == "no DSA rate for Geneva on 1 November 2017 (rates PLAN --import-dsa)"
