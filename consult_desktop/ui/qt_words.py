"""Words of Qt's own dialogs that Qt's French and Russian translations lack.

Qt's qtbase_fr and qtbase_ru (ui/language.py loads them) were made for an older
spelling of a few labels: the file dialog's "&Look in:" and "Files of &type:", the print
dialog's "Page &Set:" and the page setup's "Page &order:" have gained a shortcut letter
since, so Qt finds no translation and shows them in English in a French window. Our own
translation files carry them, in Qt's contexts, and Qt looks them up there too when it
draws those dialogs. Nothing calls this function: lupdate reads its literals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_own_words() -> list[str]:
    return [QCoreApplication.translate("QFileDialog", "&Look in:"),
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
            QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
            QCoreApplication.translate("QPageSetupWidget", "Page &order:")]
