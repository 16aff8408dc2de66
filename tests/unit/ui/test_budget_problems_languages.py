"""The problems of budget lines pasted and of rate tables imported are told in the
window's language (French, Russian): the Budget tab's message and the Rates dialog's.
The command line keeps the English, whatever the window speaks."""

from __future__ import annotations

import pytest

from consult_desktop.cli import main
from consult_desktop.ui.budget_tab import BudgetTab
from consult_desktop.ui.travel_dialog import RatesDialog

# A negative quantity, a misspelt funding source, a category the plan does not have.
BAD_LINES = ("Rooms\tCatering\t-2\tday\t100\t\t1\t\n"
             "Other\tVisas\t4\tperson\t80\t\t1\tExtrabudgetory\n"
             "Lunches\tx\t1\tday\t100\n")
# A DSA rate without its location, another with a date not written YYYY-MM-DD.
BAD_DSA = ("Country,Location,Rate (USD),Effective date\n"
           "Switzerland,,410,2017-10-01\n"
           "Switzerland,Geneva,410,1 October\n")
NB = "\u00a0"

PASTED = {
    "fr": (f"Rien n'a été collé{NB}: les lignes collées{NB}: ligne 1, colonne Quantité{NB}:"
           f" Quantité{NB}: la valeur ne peut pas être négative{NB}; les lignes collées{NB}:"
           f" ligne 2, colonne Source de financement{NB}: aucune source de financement"
           f" 'Extrabudgetory'{NB}; vouliez-vous dire 'Extrabudgetary'{NB}? (sources de"
           f" financement{NB}: Extrabudgetary, Regular budget){NB}; les lignes collées{NB}:"
           f" ligne 3, colonne Catégorie{NB}: 'Lunches' n'est pas une catégorie budgétaire"
           f" (Personnel temporaire"),
    "ru": ("Ничего не вставлено: вставленные строки: строка 1, столбец «Количество»:"
           " Количество: значение не может быть отрицательным; вставленные строки: строка 2,"
           " столбец «Источник финансирования»: нет источника финансирования"
           " 'Extrabudgetory'; может быть, 'Extrabudgetary'? (источники финансирования:"
           " Extrabudgetary, Regular budget); вставленные строки: строка 3, столбец"
           " «Категория»: 'Lunches' — не категория бюджета (Временный персонал"),
}
NOTHING = {"fr": f"les lignes collées{NB}: rien à coller",
           "ru": "вставленные строки: нечего вставлять"}


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_pasted_lines_problems_in_the_windows_language(lang, speak, open_tab):
    speak(lang)
    tab = open_tab(BudgetTab)
    tab.resize(1024, 600)
    tab.show()
    count = len(tab.shown().lines)
    assert not tab.paste_lines(BAD_LINES)
    shown = tab.message.text()
    assert shown.startswith(PASTED[lang]), shown
    # The labels of the plan's categories in the window's language, none in English.
    assert "Conference servicing" not in shown and "row " not in shown
    assert len(tab.shown().lines) == count  # all or none
    # A long message wraps in the tab, which never asks to be wider than the screen.
    assert tab.message.wordWrap()
    assert tab.minimumSizeHint().width() <= 1024
    assert not tab.paste_lines("")
    assert tab.message.text() == NOTHING[lang]


IMPORTED = {
    "fr": (f"Rien n'a été importé{NB}: {{path}}{NB}: ligne 2, colonne Lieu{NB}: le lieu est"
           f" obligatoire{NB}; {{path}}{NB}: ligne 3, colonne Date d'effet{NB}: '1 October'"
           f" n'est pas une date (AAAA-MM-JJ)"),
    "ru": ("Ничего не импортировано: {path}: строка 2, столбец «Место»: нужно указать"
           " место; {path}: строка 3, столбец «Дата вступления в силу»: '1 October' — не"
           " дата (ГГГГ-ММ-ДД)"),
}
NO_COLUMNS = {
    "fr": (f"{{path}}{NB}: la ligne d'en-tête n'a pas de colonne Monnaie, Mois, Unités par"
           f" dollar (trouvées{NB}: Item, Cost)"),
    "ru": ("{path}: в строке заголовков нет столбца Валюта, Месяц, Единиц за доллар США"
           " (найдены: Item, Cost)"),
}


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_imported_rates_problems_in_the_windows_language(lang, speak, context, qtbot,
                                                         tmp_path):
    speak(lang)
    dialog = RatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    # The dialog is wide enough for its tables' columns (Russian's long headers, dates).
    assert not dialog.dsa.horizontalScrollBar().isVisible()
    dsa = tmp_path / "dsa.csv"
    dsa.write_text(BAD_DSA, encoding="utf-8")
    before = dialog.dsa.rowCount()
    assert not dialog.import_file("dsa", str(dsa))
    assert dialog.message.text() == IMPORTED[lang].format(path=dsa)
    assert dialog.dsa.rowCount() == before
    other = tmp_path / "rates.csv"
    other.write_text("Item,Cost\nCHF,0.97\n", encoding="utf-8")
    assert not dialog.import_file("exchange", str(other))
    assert dialog.message.text() == NO_COLUMNS[lang].format(path=other)


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_the_command_line_keeps_the_english(lang, speak, tmp_path, capsys):
    speak(lang)  # whatever the window would speak
    plan = tmp_path / "plan.consult"
    assert main(["demo", str(plan)]) == 0
    dsa = tmp_path / "dsa.csv"
    dsa.write_text(BAD_DSA, encoding="utf-8")
    capsys.readouterr()
    assert main(["rates", str(plan), "--import-dsa", str(dsa)]) == 1
    assert capsys.readouterr().err.splitlines()[:2] == [
        f"{dsa}: row 2, column Location: a location is required",
        f"{dsa}: row 3, column Effective date: '1 October' is not a date (YYYY-MM-DD)"]
    lines = tmp_path / "lines.csv"
    lines.write_text("Category,Description,Quantity,Unit,Unit cost,Currency,Days,"
                     "Funding source\n" + BAD_LINES.replace("\t", ","), encoding="utf-8")
    assert main(["budget", str(plan), "--option", "a", "--import", str(lines)]) == 1
    assert capsys.readouterr().err.splitlines()[:3] == [
        f"{lines}: row 2, column Quantity: Quantity cannot be negative",
        f"{lines}: row 3, column Funding source: no funding source 'Extrabudgetory';"
        " did you mean 'Extrabudgetary'? (funding sources: Extrabudgetary, Regular budget)",
        f"{lines}: row 4, column Category: 'Lunches' is not a budget category (Temporary"
        " staff / GTA, Consultants, Participants' travel, Staff travel, Conference"
        " servicing: interpretation, Conference servicing: translation and documents,"
        " Conference servicing: rooms and equipment, Hospitality, Other)"]
    empty = tmp_path / "empty.ods"
    empty.write_bytes(b"")
    assert main(["rates", str(plan), "--import-dsa", str(empty)]) != 0
    assert (f"{empty}: cannot read a .ods file: save it as CSV (.csv) or as an Excel"
            " workbook (.xlsx)") in capsys.readouterr().err
