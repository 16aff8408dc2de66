"""The window in French and Russian: menus, tabs, dialogs, Qt's own buttons, plurals,
dates and amounts; the language chosen by --lang, Preferences or the desktop."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from consult_desktop.domain import vocab
from consult_desktop.ui import language, words

ROOT = Path(__file__).resolve().parents[3]


def open_window(qtbot, settings, demo_path):
    from consult_desktop.ui.main_window import MainWindow

    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(demo_path)
    return window


def plain(text: str) -> str:
    return text.replace("&", "")


@pytest.mark.parametrize(("lang", "menus", "cancel", "tabs"), [
    ("fr", ["Fichier", "Édition", "Aide"], "Annuler",
     ["Options", "Budget", "Participants", "Ordre du jour", "Calendrier", "Résumé",
      "Documents"]),
    ("ru", ["Файл", "Правка", "Справка"], "Отмена",
     ["Варианты", "Бюджет", "Участники", "Повестка дня", "Сроки", "Резюме", "Документы"]),
])
def test_menus_tabs_and_qts_own_buttons_speak_the_language(
        lang, menus, cancel, tabs, speak, qtbot, settings, demo_path):
    speak(lang)
    window = open_window(qtbot, settings, demo_path)
    assert [plain(a.text()) for a in window.menuBar().actions()] == menus
    assert [plain(window.tab_widget.tabText(n)) for n in range(window.tab_widget.count())] \
        == tabs
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert plain(box.button(QDialogButtonBox.StandardButton.Cancel).text()) == cancel


def test_english_stays_english(qtbot, settings, demo_path):
    window = open_window(qtbot, settings, demo_path)
    assert [plain(a.text()) for a in window.menuBar().actions()] == ["File", "Edit", "Help"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert plain(box.button(QDialogButtonBox.StandardButton.Cancel).text()) == "Cancel"


def test_russian_counts_take_their_three_forms(speak, qtbot):
    from consult_desktop.ui.count_box import CountBox

    speak("ru")
    box = CountBox(1000, CountBox.PARTICIPANTS)
    qtbot.addWidget(box)
    assert [box.counted(n) for n in (1, 2, 5, 11, 21, 22)] == [
        "1 участник", "2 участника", "5 участников", "11 участников", "21 участник",
        "22 участника"]
    days = CountBox(365, CountBox.DAYS)
    qtbot.addWidget(days)
    days.setValue(3)
    assert days.text() == "3 дня"


def test_french_counts_and_the_participants_line(speak, qtbot, settings, demo_path):
    speak("fr")
    window = open_window(qtbot, settings, demo_path)
    window.tab_widget.setCurrentIndex(2)
    tab = window.tabs[2]
    text = tab.counts.text()
    assert text.startswith("13 participants · 7 confirmés · 2 avec voyage financé"), text
    assert "3\u00a0250,00\u00a0USD" in text or "3\u202f250,00" in text, text


def test_dates_and_amounts_follow_the_window_language(speak, qtbot, settings, demo_path):
    speak("fr")
    assert language.window_lang() == "fr"
    window = open_window(qtbot, settings, demo_path)
    options = window.tabs[0]
    model = options.comparison
    rows = {model.headerData(r, 2): r for r in range(model.rowCount())}  # vertical
    dates = model.index(rows["Dates"], 0).data()
    assert any(month in dates for month in ("novembre", "octobre", "décembre")), dates
    total = model.index(rows["Coût total"], 0).data()
    assert "," in total and "$" in total, total  # "158 000,00 $US" style, not "$158,000.00"


def test_every_list_label_has_its_translation():
    known = words.known()
    labels = {label for name in dir(vocab) if name.isupper()
              for value in [getattr(vocab, name)]
              if isinstance(value, tuple) and value and isinstance(value[0], tuple)
              for _code, label in value}
    assert labels <= set(known), sorted(labels - set(known))


def test_the_language_chosen_flag_then_preferences_then_desktop(settings, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert language.chosen(None, settings) == "fr"
    settings.setValue(language.SETTING, "ru")
    assert language.chosen(None, settings) == "ru"
    assert language.chosen("en", settings) == "en"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    settings.setValue(language.SETTING, "")
    assert language.chosen(None, settings) == "en"


def test_preferences_remember_the_choice(speak, qtbot, settings):
    from consult_desktop.ui.preferences import PreferencesDialog

    speak("fr")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.save()
    assert settings.value(language.SETTING) == "ru"


def test_the_lang_option_is_taken_before_the_plan():
    from consult_desktop.app import window_lang_option

    args = ["--lang", "ru", "plan.consult"]
    assert window_lang_option(args) == "ru" and args == ["plan.consult"]
    args = ["--lang=fr"]
    assert window_lang_option(args) == "fr" and args == []
    assert window_lang_option(["info", "--lang", "fr"]) is None  # a command's own
    with pytest.raises(ValueError, match="not 'de'"):
        window_lang_option(["--lang", "de"])


def _window_menus(run_python, env_lang: str, *args: str) -> str:
    code = ("import os, sys\n"
            "from consult_desktop.app import show_window, window_lang_option\n"
            "args = sys.argv[1:]\n"
            "app, window = show_window(window_lang_option(args))\n"
            "print('|'.join(a.text() for a in window.menuBar().actions()))\n")
    import os

    old = os.environ.get("LANG")
    os.environ["LANG"] = env_lang
    try:
        run = run_python(code, *args)
    finally:
        if old is None:
            del os.environ["LANG"]
        else:
            os.environ["LANG"] = old
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_a_french_desktop_opens_in_french_and_the_flag_wins(run_python):
    assert _window_menus(run_python, "fr_FR.UTF-8") == "&Fichier|É&dition|&Aide"
    assert _window_menus(run_python, "fr_FR.UTF-8", "--lang", "ru") == "&Файл|&Правка|&Справка"
    assert _window_menus(run_python, "C.UTF-8", "--lang", "fr") == "&Fichier|É&dition|&Aide"
    assert _window_menus(run_python, "C.UTF-8") == "&File|&Edit|&Help"


def test_the_command_line_stays_english_on_a_french_desktop(demo_path):
    run = subprocess.run([sys.executable, "-m", "consult_desktop", "nosuchcommand"],
                         capture_output=True, text=True, env={
                             **__import__("os").environ, "LANG": "fr_FR.UTF-8"})
    assert run.returncode == 2 and "no command 'nosuchcommand'" in run.stderr, run.stderr


def test_f1_opens_the_guide_in_the_window_language(speak):
    from consult_desktop.ui.help import guide_path

    assert guide_path("en").name == "guide.html"
    speak("ru")
    assert guide_path().name == "guide.ru.html" and guide_path().is_file()
    assert guide_path("fr").name == "guide.fr.html" and guide_path("fr").is_file()
    assert "руководство пользователя" in guide_path().read_text("utf-8")


def test_the_translations_match_the_code_and_are_complete():
    """lupdate run again on the code finds the same messages as the .ts files, none is
    unfinished, and each .qm is made from its .ts (tools/translations.py check)."""
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_french_punctuation_keeps_its_no_break_space():
    """French typography (the UN's among it) sets a no-break space before : ; ? ! and
    inside guillemets, so that a colon never starts a line of a wrapped message."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "consult_desktop" / "i18n" / "consult_desktop_fr.ts"
    wrong = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        for text in [form.text or "" for form in translation.iter("numerusform")] or \
                [translation.text or ""]:
            if re.search(r" [:;?!»]|« ", text):  # a plain space: the line may break there
                wrong.append(text)
    assert wrong == []


def test_the_window_day_names_follow_the_language(speak, qtbot):
    from consult_desktop.domain.dates import short_day_and_date

    speak("ru")
    assert short_day_and_date(dt.date(2017, 11, 3), language.window_lang()).startswith("пт 03")


def test_hidden_columns_survive_a_change_of_language(speak, qtbot, settings, demo_path):
    """Hidden in French, still hidden in English: the settings keep English titles."""
    from consult_desktop.domain.participants import COLUMNS

    speak("fr")
    window = open_window(qtbot, settings, demo_path)
    window.tab_widget.setCurrentIndex(2)
    email = COLUMNS.index("email")
    window.tabs[2].show_column(email, False)
    window.close()
    assert "Email" in settings.value("tabs/ParticipantsTab/hidden columns")


@pytest.mark.parametrize("lang", ["fr", "ru"])
def test_the_translated_guides_links_lead_within_them(lang):
    import re

    from consult_desktop.ui.help import guide_path

    text = guide_path(lang).read_text("utf-8")
    links = set(re.findall(r'href="#(\w+)"', text))
    assert links and links <= set(re.findall(r'id="(\w+)"', text))
    english = guide_path("en").read_text("utf-8")
    assert set(re.findall(r'id="(\w+)"', english)) == set(re.findall(r'id="(\w+)"', text))


@pytest.mark.parametrize("lang, look_in, file_type, page_set", [
    ("fr", "&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "&Jeu de pages\u00a0:"),
    ("ru", "&Перейти к:", "&Типы файлов:", "&Список страниц:")])
def test_qts_own_file_and_print_dialogs_have_no_label_left_in_english(
        speak, qtbot, lang, look_in, file_type, page_set):
    """Qt's translations lack a few labels Qt 6 spells with a shortcut letter; ours
    carry them (ui/qt_words.py)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QLabel

    speak(lang)
    files = QFileDialog(None, "Import")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(files)
    labels = [label.text() for label in files.findChildren(QLabel)]
    assert look_in in labels and file_type in labels
    printer = QPrinter()
    printing = QPrintDialog(printer)
    qtbot.addWidget(printing)
    labels = [label.text() for label in printing.findChildren(QLabel)]
    assert page_set in labels
    assert not {"&Look in:", "Files of &type:", "Page &Set:"} & set(labels)
