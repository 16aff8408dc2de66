"""File > Letters of invitation: the same letters as `consult-desktop letters`, written
to a chosen folder, with the first letter's text shown before anything is written.

A choice the plan cannot satisfy (no member States, a template field it cannot fill)
shows in place of the preview, naming the reason, and nothing can be written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.ui import phrases
from consult_desktop.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from consult_desktop.ui.context import PlanContext

LANGUAGES = (("en", "English"), ("fr", "Français"), ("ru", "Русский"))


class LettersDialog(QDialog):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Letters of invitation"))
        self.to = QComboBox()
        self.to.addItem(self.tr("Each member State's permanent mission (note verbale)"),
                        "states")
        self.to.addItem(self.tr("Each participant"), "participants")
        self.lang = QComboBox()
        for code, label in LANGUAGES:
            self.lang.addItem(label, code)
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("the built-in letter"))
        self.template.setClearButtonEnabled(True)
        choose_template = QPushButton(self.tr("Choose…"))
        choose_template.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template)
        template_row.addWidget(choose_template)
        self.folder = QLineEdit(str(context.plan_file.path.parent))
        choose_folder = QPushButton(self.tr("Choose…"))
        choose_folder.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Language:"), self.lang)
        for text, row, field in ((self.tr("Word te&mplate:"), template_row, self.template),
                                 (self.tr("&Folder:"), folder_row, self.folder)):
            caption = QLabel(text)
            caption.setBuddy(field)  # a row of a field and its button: no buddy by itself
            form.addRow(caption, row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(self.tr("&Write letters"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.to.currentIndexChanged.connect(self.refresh)
        self.lang.currentIndexChanged.connect(self.refresh)
        self.template.editingFinished.connect(self.refresh)
        fit_to_screen(self, QSize(640, 620))
        self.refresh()

    def choices(self) -> tuple[str, str, Path | None]:
        """The addressees, the language and the template (None: the built-in letter)."""
        text = self.template.text().strip()
        return str(self.to.currentData()), str(self.lang.currentData()), \
            Path(text) if text else None

    def refresh(self) -> None:
        """The first letter as it would be written, or why none can be."""
        from consult_desktop.services.letters import LetterError, preview

        try:
            to, lang, template = self.choices()
            count, name, text = preview(self.context.plan_file, to=to, lang=lang,
                                        template=template)
        except (LetterError, OSError) as error:
            reason = getattr(error, "strerror", None) or phrases.of_error(error)
            self.summary.setText(self.tr("No letters can be written: {reason}").format(
                reason=reason))
            self.preview.setPlainText("")
            self.write_button.setEnabled(False)
            return
        self.summary.setText(self.tr("%n letter(s) (Word files). The first, {name}:", None,
                                     count).format(name=name))
        self.preview.setPlainText(text)
        self.write_button.setEnabled(True)

    # ----- choosing files: tests replace these -----------------------------------
    def ask_template(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), self.folder.text(),
                                              self.tr("Word documents (*.docx)"))
        return Path(name) if name else None

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Write the letters into"),
                                                self.folder.text())
        return Path(name) if name else None

    def choose_template(self) -> None:
        path = self.ask_template()
        if path is not None:
            self.template.setText(str(path))
            self.refresh()

    def choose_folder(self) -> None:
        path = self.ask_folder()
        if path is not None:
            self.folder.setText(str(path))

    def write(self) -> bool:
        """Write every letter into the folder; nothing at all when one cannot be."""
        from consult_desktop.services.letters import LetterError, write_letters

        folder = Path(self.folder.text().strip())
        to, lang, template = self.choices()
        try:
            written = write_letters(self.context.plan_file, folder, to=to, lang=lang,
                                    template=template)
        except LetterError as error:
            QMessageBox.warning(self, self.tr("No letters written"),
                                phrases.of_error(error))
            return False
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not all letters written"),
                                f"{error.filename or folder}: {error.strerror or error}")
            return False
        QMessageBox.information(self, self.tr("Letters written"),
                                self.tr("%n letter(s) written to {folder}.", None,
                                        len(written)).format(folder=folder))
        self.accept()
        return True

    @classmethod
    def ask(cls, context: PlanContext, parent: QWidget | None = None) -> None:
        """Show the dialog until closed. Tests replace this."""
        cls(context, parent).exec()
