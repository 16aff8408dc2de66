"""Edit > Texts in other languages: every text of the plan that prints, with its original
and its versions in the meeting's other languages side by side.

The language being edited is chosen once, at the top; the table shows every version,
an untranslated text marked; the pane below shows the chosen text whole: the original
(read only), the version being edited and the third language's. A version is saved when
the pane is left or with Ctrl+Return, as one undoable edit. Translators' files go out
and come back from here too, the import shown before anything changes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain.translatable import Key
from consult_desktop.services import translations
from consult_desktop.services.edits import Change
from consult_desktop.ui import phrases
from consult_desktop.ui.fit import fit_to_screen
from consult_desktop.ui.table_focus import select_row_on_focus
from consult_desktop.ui.translations_model import Row, TranslationsModel
from consult_desktop.ui.words import language_name

if TYPE_CHECKING:
    from consult_desktop.ui.context import PlanContext

def load_rows(context: PlanContext) -> tuple[str, list[Row]]:
    """The plan's original language, and each text with its version in every language."""
    original, found = translations.every_version(context.plan_file)
    return original, [Row(text.key, phrases.text(text.where), versions, text.limit)
                      for text, versions in found]


class _LeaveSaves(QObject):
    """Saves the version being edited when the pane loses the focus."""

    def __init__(self, window: TranslationsWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.window.save_version()
        return False


class TranslationsWindow(QDialog):
    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Texts in other languages"))
        self.model = TranslationsModel(self)
        self.shown_key: Key | None = None

        self.language = QComboBox()
        self.only_missing = QCheckBox(self.tr("Only &untranslated texts"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a text…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        top = QHBoxLayout()
        language_label = QLabel(self.tr("&Edit the versions in:"))
        language_label.setBuddy(self.language)
        for widget in (language_label, self.language, self.only_missing):
            top.addWidget(widget)
        top.addWidget(self.search, 1)

        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        select_row_on_focus(self.view)

        self.original_box = QPlainTextEdit(readOnly=True)
        self.version_box = QPlainTextEdit()
        self.version_box.setTabChangesFocus(True)
        self.other_box = QPlainTextEdit(readOnly=True)
        self.original_label, self.version_label, self.other_label = QLabel(), QLabel(), QLabel()
        self.version_label.setBuddy(self.version_box)
        self.version_box.installEventFilter(_LeaveSaves(self))
        pane = QWidget()
        pane_form = QFormLayout(pane)
        pane_form.setContentsMargins(0, 0, 0, 0)
        pane_form.addRow(self.original_label, self.original_box)
        pane_form.addRow(self.version_label, self.version_box)
        pane_form.addRow(self.other_label, self.other_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 240])  # the table first; the pane shows one text whole
        for box in (self.original_box, self.version_box, self.other_box):
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = QPushButton(self.tr("E&xport for translators…"))
        self.import_button = QPushButton(self.tr("&Import translations…"))
        for button in (self.export_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_file)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)

        # The window's undo and redo work here too (this window has the focus).
        for action in (context.undo_stack.createUndoAction(self),
                       context.undo_stack.createRedoAction(self)):
            self.addAction(action)
        self.actions()[0].setShortcuts(QKeySequence.StandardKey.Undo)
        self.actions()[1].setShortcuts(QKeySequence.StandardKey.Redo)
        QShortcut(QKeySequence("Ctrl+Return"), self.version_box, self.save_version)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.only_missing.toggled.connect(self._filter)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        context.changed.connect(self._plan_changed)
        self.reload()
        fit_to_screen(self, QSize(1000, 640))

    # ----- what is shown --------------------------------------------------------------
    def reload(self) -> None:
        keep = self.shown_key
        original, rows = load_rows(self.context)
        self.model.set_rows(original, rows)
        self.language.blockSignals(True)
        self.language.clear()
        for lang in self.model.languages[1:]:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(self.model.editing)))
        self.language.blockSignals(False)
        self.view.resizeColumnToContents(0)
        for column in range(1, self.model.columnCount()):  # the languages share the rest
            self.view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self._filter()
        self.select(keep or (rows[0].key if rows else None))

    def _plan_changed(self, _change: Change) -> None:
        # Any change may add, remove or change a text (an option renamed, an item added).
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def _language_chosen(self) -> None:
        self.save_version()
        self.model.set_editing(str(self.language.currentData()))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 1,
                                          self.model.columnCount() - 1)
        self._filter()
        self._show_current()

    def _filter(self) -> None:
        words = self.search.text().casefold().split()
        missing = {row.key for row in self.model.untranslated()}
        for n, row in enumerate(self.model.rows):
            haystack = " ".join([row.where, *row.versions.values()]).casefold()
            hide = (self.only_missing.isChecked() and row.key not in missing) or \
                any(word not in haystack for word in words)
            self.view.setRowHidden(n, hide)
        total = len(self.model.rows)
        self.count.setText(self.tr("%1: %2 of %3 texts have a version; %4 untranslated"
                                   " (marked), where the original prints")
                           .replace("%1", language_name(self.model.editing))
                           .replace("%2", str(total - len(missing)))
                           .replace("%3", str(total)).replace("%4", str(len(missing))))

    def select(self, key: Key | None) -> None:
        for n, row in enumerate(self.model.rows):
            if row.key == key and not self.view.isRowHidden(n):
                self.view.selectionModel().setCurrentIndex(
                    self.model.index(n, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(self.model.index(n, 0))
                break
        self._show_current()

    def current_row(self) -> Row | None:
        index = self.view.currentIndex()
        if not index.isValid() or self.view.isRowHidden(index.row()):
            return None
        return self.model.rows[index.row()]

    def _show_current(self) -> None:
        row = self.current_row()
        languages = self.model.languages
        editing = self.model.editing
        other = next(lang for lang in languages[1:] if lang != editing)
        self.original_label.setText(self.tr("%1 (original):").replace(
            "%1", language_name(languages[0])))
        self.version_label.setText(self.tr("&%1:").replace("%1",
                                                           language_name(editing)))
        self.other_label.setText(self.tr("%1:").replace("%1", language_name(other)))
        same = row is not None and row.key == self.shown_key
        self.shown_key = row.key if row is not None else None
        self.version_box.setEnabled(row is not None and not self.context.plan_file.read_only)
        for box, lang in ((self.original_box, languages[0]), (self.version_box, editing),
                          (self.other_box, other)):
            text = row.versions.get(lang, "") if row is not None else ""
            typing = box is self.version_box and box.hasFocus() and same
            if box.toPlainText() != text and not typing:  # never under the typing hand
                box.setPlainText(text)
        self.other_box.setPlaceholderText(self.tr("untranslated"))
        self.version_box.setPlaceholderText(
            self.tr("untranslated: type the %1 version here").replace(
                "%1", language_name(editing)))

    # ----- editing --------------------------------------------------------------------
    def save_version(self) -> bool:
        """Save the version typed in the pane, when it changed (one undoable edit)."""
        row = next((r for r in self.model.rows if r.key == self.shown_key), None)
        if row is None:
            return False
        lang = self.model.editing
        typed = self.version_box.toPlainText().strip()
        if typed == row.versions.get(lang, "").strip():
            return False
        if row.limit is not None and len(typed) > row.limit:
            self.context.report(self.tr("%1: the %2 version is %3 characters, longer than"
                                        " the %4 this field holds")
                                .replace("%1", row.where).replace("%2", language_name(lang))
                                .replace("%3", str(len(typed)))
                                .replace("%4", str(row.limit)))
            return False
        return self.context.run(translations.SetVersions(lang, {row.key: typed}))

    def set_version(self, key: Key, text: str) -> bool:
        """Type `text` as the edited language's version of a text, and save it."""
        self.select(key)
        self.version_box.setPlainText(text)
        return self.save_version()

    # ----- translators' files ---------------------------------------------------------
    def export(self) -> None:
        lang = self.model.editing
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export for translators"),
            str(Path.home() / f"texts-{lang}.xlsx"),
            self.tr("Translation files (*.xlsx *.xlf *.xliff)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> int:
        try:
            count = translations.export(self.context.plan_file, self.model.editing, path)
        except (OSError, ValueError) as error:
            self.context.report(phrases.of_error(error))
            return 0
        self.count.setText(self.tr("Wrote %Ln texts to {path}", None, count).format(
            path=path))
        return count

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import translations"),
                                              str(Path.home()),
                                              self.tr("Translation files (*.xlsx *.xlf *.xliff)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        """Show what the file changes; apply it (one undo step) when the person agrees."""
        preview = translations.preview_import(self.context.plan_file, path)
        if not ImportPreviewDialog.ask(preview, path, self):
            return False
        return self.context.run(translations.import_edit(preview))


class ImportPreviewDialog(QDialog):
    """What a translation file would change, or why it cannot be imported."""

    def __init__(self, preview: translations.ImportPreview, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import translations — %1").replace("%1", path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Import"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if preview.problems:
            self.summary.setText(self.tr("Nothing can be imported until each problem below"
                                         " is settled: correct the file, or export it again"
                                         " from this plan."))
            self.table.setColumnCount(1)
            self.table.setHorizontalHeaderLabels([self.tr("Problem")])
            rows = [[phrases.text(problem)] for problem in preview.problems]
        else:
            self.summary.setText(self.tr("{summary}. Import is one step: Edit > Undo takes"
                                         " it back.").format(
                summary=phrases.text(preview.summary())))
            self.table.setHorizontalHeaderLabels(
                [self.tr("Where"), self.tr("Now"), self.tr("From the file")])
            rows = [[phrases.text(c.text.where), c.text.target or self.tr("(untranslated)"),
                     c.new]
                    for c in preview.changes]
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        if not preview.problems:  # a problem takes the whole width, wrapped
            self.table.resizeColumnToContents(0)
        self.apply_button.setEnabled(not preview.problems and bool(preview.changes))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(820, 480))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A long problem wraps within the table's width rather than being cut."""
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    @classmethod
    def ask(cls, preview: translations.ImportPreview, path: Path,
            parent: QWidget | None = None) -> bool:
        return cls(preview, path, parent).exec() == QDialog.DialogCode.Accepted


def show_translations(context: PlanContext, parent: QWidget) -> TranslationsWindow:
    """Open (or bring forward) the plan's Texts in other languages window."""
    window = getattr(parent, "_translations_window", None)
    if window is None or window.context is not context:
        window = TranslationsWindow(context, parent)
        parent._translations_window = window  # type: ignore[attr-defined]
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def forget_translations(parent: QWidget) -> None:
    """Close the window of a plan being closed (it would write to a closed plan)."""
    window = getattr(parent, "_translations_window", None)
    if window is not None:
        window.save_version()
        window.context.changed.disconnect(window._plan_changed)
        window.close()
        window.deleteLater()
        parent._translations_window = None  # type: ignore[attr-defined]
