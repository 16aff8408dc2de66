"""Edit > Preferences: the window's language, remembered in the settings and applied
at the next start (the open window keeps the language it started in)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from consult_desktop.ui import language
from consult_desktop.ui.fit import fit_to_screen


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        desktop = language.NAMES[language.desktop_lang()]
        self.language.addItem(self.tr("The desktop's language ({name})").format(name=desktop),
                              "")
        for code in language.LANGUAGES:
            self.language.addItem(language.NAMES[code], code)
        stored = str(settings.value(language.SETTING, "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(stored)))
        form.addRow(self.tr("&Language of the window"), self.language)
        note = QLabel(self.tr("The new language applies when the program is next started."
                              " Printed documents keep their own language."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_to_screen(self)

    def save(self) -> None:
        self.settings.setValue(language.SETTING, self.language.currentData())
        self.settings.sync()

    @classmethod
    def ask(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        """Show the dialog; the choice is kept when accepted. Tests replace this."""
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True
