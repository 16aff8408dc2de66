"""The window's language: English, French or Russian.

Chosen, in this order, by `--lang` on the command line, the Preferences dialog
(remembered in the settings, applied at the next start), else the desktop's language
(`LANG=fr_FR.UTF-8` opens in French), else English. The window's words come from the
program's translations (`consult_desktop/i18n/*.qm`, made from the `.ts` files by
`tools/translations.py`) and Qt's own (`qtbase_fr.qm`: Cancel, the file dialogs);
its dates, numbers and amounts follow the same language (`window_lang`). Printed
documents keep their own language, whatever the window's.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = ("en", "fr", "ru")
# Each language in its own words: the Preferences dialog and `--lang` list them so.
NAMES = {"en": "English", "fr": "Français", "ru": "Русский"}
SETTING = "window/language"  # "" (or absent): the desktop's language
_QT_LANGUAGES = {QLocale.Language.French: "fr", QLocale.Language.Russian: "ru"}
_TERRITORIES = {"en": "en_GB", "fr": "fr_FR", "ru": "ru_RU"}


def desktop_lang(locale: QLocale | None = None) -> str:
    """The desktop's language if the window speaks it, else English."""
    locale = locale if locale is not None else QLocale.system()
    return _QT_LANGUAGES.get(locale.language(), "en")


def chosen(flag: str | None, settings: QSettings | None) -> str:
    """The language to start in: the command line's, the one chosen in Preferences,
    else the desktop's."""
    if flag in LANGUAGES:
        return str(flag)
    stored = str(settings.value(SETTING, "") or "") if settings is not None else ""
    return stored if stored in LANGUAGES else desktop_lang()


def window_lang() -> str:
    """The window's language now, for the domain's writers of dates and amounts
    (domain/dates.py, domain/money.format_amount): Qt's default locale, which
    `install` sets."""
    return _QT_LANGUAGES.get(QLocale().language(), "en")


def qm_folder() -> Path:
    return Path(str(files("consult_desktop") / "i18n"))


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Speak `lang` in the window from now on: the program's words (English too, for
    its plural forms), Qt's own, and the default locale of the date and number boxes.
    Returns the translators installed (kept by the application, removed by `remove`)."""
    QLocale.setDefault(_locale(lang, QLocale.system()))
    installed: list[QTranslator] = []
    sources = [(f"consult_desktop_{lang}", str(qm_folder()))]
    if lang != "en":
        sources.append((f"qtbase_{lang}",
                        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _locale(lang: str, system: QLocale) -> QLocale:
    """The desktop's own locale when it speaks `lang` (its country's habits kept: fr_CH,
    en_US), else the language's usual one."""
    speaks = system.language() == QLocale.Language.English if lang == "en" \
        else desktop_lang(system) == lang  # (the bare C locale groups no thousands)
    return system if speaks else QLocale(_TERRITORIES[lang])


def remove(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Back to the source words and the system's locale (the tests switch languages)."""
    for translator in installed:
        app.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())
