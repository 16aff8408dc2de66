"""File > Print: build a document, show its pages, save it as PDF or Word, or print it.

The pages are PDF rendered to images by pypdfium2 (no need for Qt's large PDF module).
ReportLab and pypdfium2 are imported at the first print, not when the window opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from consult_desktop.domain.phrases import Phrase, phrase
from consult_desktop.files import A_PDF, A_WORD_FILE, OutputError, check_output
from consult_desktop.services import printables
from consult_desktop.ui import phrases
from consult_desktop.ui.fit import fit_to_screen

if TYPE_CHECKING:
    from consult_desktop.ui.context import PlanContext

PREVIEW_DPI = 80


def page_images(pdf: bytes, dpi: float = PREVIEW_DPI,
                pages: Iterable[int] | None = None) -> Iterator[QImage]:
    """The PDF's pages (all, or those numbered from 0 in `pages`) as images at `dpi`,
    one at a time: a pack of 400 pages at printer resolution would not fit in memory."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(document)) if pages is None else pages:
            bitmap = document[number].render(scale=dpi / 72, rev_byteorder=True,
                                             prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            yield image.copy()  # own the pixels before the bitmap goes
    finally:
        document.close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's width and height in points."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [tuple(document[n].get_size()) for n in range(len(document))]
    finally:
        document.close()


def make_pdf(context: PlanContext, kind: str, option: str | None = None,
             contacts: bool = False, people: bool = False, lang: str = "en") -> bytes:
    """The PDF of one document of the open plan, read in one short transaction."""
    return printables.make(context.plan_file, kind, "pdf",
                           printables.Choices(option=option, contacts=contacts, people=people,
                                              lang=lang))


def option_labels(context: PlanContext) -> list[tuple[str, str]]:
    from consult_desktop.services.options import labels

    return labels(context.plan_file)


class PrintPreviewDialog(QDialog):
    """The pages of one document, with Save as PDF, Save as Word and Print. For the list of
    participants a box adds the contact details; for the budget, a list picks one
    option or all side by side."""

    def __init__(self, context: PlanContext, kind: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.setWindowTitle(self.tr("Print: {title}").format(title=title))
        self.pdf = b""
        self.contacts = QCheckBox(self.tr("Include contact details (personal data)"))
        self.people = QCheckBox(self.tr("Name the chair and speakers of each item"))
        self.option = QComboBox()
        self.option.addItem(self.tr("All options side by side"), None)
        controls = QHBoxLayout()
        self.printable = printables.printable(kind)
        if "contacts" in self.printable.choices:
            controls.addWidget(self.contacts)
            self.contacts.toggled.connect(self.refresh)
        if "people" in self.printable.choices:
            controls.addWidget(self.people)
            self.people.toggled.connect(self.refresh)
        if "option" in self.printable.choices:
            for label, option_title in option_labels(context):
                self.option.addItem(self.tr("Option ({label}): {title}").format(
                    label=label, title=option_title), label)
            controls.addWidget(self.option)
            self.option.currentIndexChanged.connect(self.refresh)
        self.language = QComboBox()  # the language version printed
        for lang, name in (("en", "English"), ("fr", "Français"), ("ru", "Русский")):
            self.language.addItem(name, lang)
        controls.addWidget(self.language)
        self.language.currentIndexChanged.connect(self.refresh)
        controls.addStretch()
        self.pages_label = QLabel()
        controls.addWidget(self.pages_label)
        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidget(self.page_box)
        scroll.setWidgetResizable(True)
        scroll.verticalScrollBar().valueChanged.connect(self.show_visible_pages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("&Save as PDF…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.word_button = buttons.addButton(self.tr("Save as &Word…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.word_button.setVisible("docx" in self.printable.formats)
        self.print_button = buttons.addButton(self.tr("&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.documents_button = buttons.addButton(self.tr("&Documents…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.documents_button.clicked.connect(self.edit_documents)
        self.save_button.clicked.connect(self.save_dialog)
        self.word_button.clicked.connect(self.save_word_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(760, 900))
        self.refresh()

    def edit_documents(self) -> None:
        """The symbols, dates and distribution, this document's shown first."""
        from consult_desktop.ui.documents_dialog import edit_documents

        if edit_documents(self.context, self, self.kind):
            self.refresh()

    def refresh(self) -> None:
        """Build the document again with the choices made and lay out its pages; each
        page is drawn when it scrolls into view."""
        self.pdf = make_pdf(self.context, self.kind, option=self.option.currentData(),
                            contacts=self.contacts.isChecked(), people=self.people.isChecked(),
                            lang=self.language.currentData())
        while self.page_layout.count():
            item = self.page_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.pages: list[QLabel] = []
        self.drawn: set[int] = set()
        for width, height in page_sizes(self.pdf):
            page = QLabel()
            page.setFixedSize(round(width * PREVIEW_DPI / 72) + 2,
                              round(height * PREVIEW_DPI / 72) + 2)
            page.setStyleSheet("border: 1px solid #999; background: white;")
            self.page_layout.addWidget(page)
            self.pages.append(page)
        count = len(self.pages)
        self.pages_label.setText(self.tr("%n page(s)", None, count))
        self.page_box.adjustSize()
        self.show_visible_pages()

    def visible_pages(self) -> list[int]:
        """The pages in view now (the first two before the dialog is shown)."""
        viewport = self.scroll_area.viewport()
        top = self.scroll_area.verticalScrollBar().value()
        bottom = top + max(viewport.height(), 1)
        seen = [n for n, page in enumerate(self.pages)
                if page.y() < bottom and page.y() + page.height() > top]
        return seen if self.isVisible() and seen else list(range(min(2, len(self.pages))))

    def show_visible_pages(self, *_: object) -> None:
        wanted = [n for n in self.visible_pages() if n not in self.drawn]
        for number, image in zip(wanted, page_images(self.pdf, pages=wanted), strict=True):
            self.pages[number].setPixmap(QPixmap.fromImage(image))
            self.drawn.add(number)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_visible_pages()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_visible_pages()

    # ----- saving and printing -------------------------------------------------
    def ask_save_path(self, suffix: str = ".pdf") -> Path | None:
        """Ask where to save the PDF (or the Word file). Tests replace this."""
        suggested = self.context.plan_file.path.with_name(
            f"{self.context.plan_file.path.stem}-{self.printable.name}{suffix}")
        title, kinds = ((self.tr("Save as Word"), self.tr("Word documents (*.docx)"))
                        if suffix == ".docx" else
                        (self.tr("Save as PDF"), self.tr("PDF documents (*.pdf)")))
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), kinds)
        return Path(name) if name else None

    def save_dialog(self) -> None:
        path = self.ask_save_path()
        if path is not None:
            self.save(path)

    def save_word_dialog(self) -> None:
        path = self.ask_save_path(".docx")
        if path is not None:
            self.save_word(path)

    def save(self, path: Path) -> bool:
        return self._save(path, ".pdf", A_PDF, lambda: self.pdf)

    def save_word(self, path: Path) -> bool:
        """The document shown, with the choices made, as an editable Word file."""
        choices = printables.Choices(option=self.option.currentData(),
                                     contacts=self.contacts.isChecked())
        return self._save(path, ".docx", A_WORD_FILE, lambda: printables.make(
            self.context.plan_file, self.kind, "docx", choices))

    def _save(self, path: Path, suffix: str, what: Phrase, content: Callable[[], bytes]) -> bool:
        from consult_desktop.files import write_bytes

        if not path.suffix:
            path = path.with_suffix(suffix)
        try:
            check_output(path, [suffix], what=what)
            write_bytes(path, content())
        except (OutputError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Not saved"), phrases.of_error(error))
            return False
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"), phrases.text(phrase(
                "{where}: {error}", where=path, error=error.strerror or error)))
            return False
        return True

    def print_dialog(self) -> None:
        """The system's print dialog, then each page drawn at the printer's resolution."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: object) -> None:
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        dpi = min(printer.resolution(), 300)
        painter = QPainter(printer)
        try:
            for number, image in enumerate(page_images(self.pdf, dpi)):
                if number:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(area.x(), area.y(), image.scaled(size))
        finally:
            painter.end()

    @classmethod
    def ask(cls, context: PlanContext, kind: str, title: str, parent: QWidget | None = None,
            ) -> None:
        """Show the preview of one document until closed. Tests replace this."""
        cls(context, kind, title, parent).exec()
