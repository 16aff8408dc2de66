"""File > Print: a preview of each document's pages, Save as PDF, printing."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from consult_desktop.services import printables
from consult_desktop.ui.print_preview import PrintPreviewDialog, page_images


def text_of(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def shown(monkeypatch):
    """The previews File > Print asks for, recorded instead of shown."""
    calls = []
    monkeypatch.setattr(PrintPreviewDialog, "ask",
                        classmethod(lambda cls, context, kind, title, parent=None:
                                    calls.append((kind, title))))
    return calls


# What an officer expects under File > Print, in order: the pack, then its documents.
TITLES = ["Meeting pack", "Provisional annotated agenda", "List of participants", "Budget",
          "Options note", "Summary of discussions", "List of documents", "Name tents",
          "Badges"]


def test_file_print_offers_every_document_once_by_its_title(window, shown):
    actions = window.print_menu.actions()
    assert [a.text().replace("&", "") for a in actions] == [f"{t}…" for t in TITLES]
    keys = [a.text().split("&")[1][0].lower() for a in actions]
    assert len(set(keys)) == len(actions)  # each entry its own access key
    assert window.print_actions["pack"].shortcut().toString() == "Ctrl+P"
    for action in actions:
        action.trigger()
    assert [title for _, title in shown] == TITLES
    # Every document the command line prints is there, once.
    assert sorted(printables.printable(kind).name for kind, _ in shown) == sorted(
        printables.names())


def test_each_entry_previews_the_pdf_of_its_own_document(window, monkeypatch, qtbot):
    built = {}

    def build(cls, context, kind, title, parent=None):
        dialog = cls(context, kind, title, parent)
        qtbot.addWidget(dialog)
        built[title] = dialog

    monkeypatch.setattr(PrintPreviewDialog, "ask", classmethod(build))
    for action in window.print_menu.actions():
        action.trigger()
    assert list(built) == TITLES
    symbols = {"Provisional annotated agenda": "ECE/EX/2017/L.8",
               "List of participants": "ECE/EX/2017/INF.4", "Options note": "ECE/EX/2017/L.7",
               "List of documents": "ECE/EX/2017/INF.1"}
    for title, dialog in built.items():
        assert dialog.windowTitle() == f"Print: {title}"
        reader = PdfReader(io.BytesIO(dialog.pdf))
        assert reader.metadata.title.split(" - ")[-1] == title  # "symbol - title"
        if title in symbols:
            assert reader.metadata.title == f"{symbols[title]} - {title}"
        assert len(dialog.pages) == len(reader.pages)
    # The English version prints a Cyrillic name in Latin letters (issue 17).
    assert "Alexey Vorontsov" in text_of(built["List of participants"].pdf)
    assert "Opening of the meeting" in text_of(built["Provisional annotated agenda"].pdf)
    pack = text_of(built["Meeting pack"].pdf)
    assert "Contents" in pack and "Vorontsov" in pack and "Opening of the meeting" in pack


def test_printing_waits_for_a_plan(window, shown):
    window.close_plan()
    assert not window.print_menu.isEnabled()


def dark_pixels(image) -> int:
    return sum(image.pixelColor(x, y).lightness() < 128
               for x in range(0, image.width(), 3) for y in range(0, image.height(), 3))


def test_the_preview_draws_pages_as_they_scroll_into_view_and_saves_the_pdf(
        context, qtbot, tmp_path):
    dialog = PrintPreviewDialog(context, "pack", "Meeting pack")
    qtbot.addWidget(dialog)
    pages = len(PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert len(dialog.pages) == pages >= 8
    assert dialog.pages_label.text() == f"{pages} pages"
    first = dialog.pages[0]
    assert first.width() < first.height()  # A4, upright
    assert dark_pixels(first.pixmap().toImage()) > 50  # the cover's text, not a blank
    assert dialog.pages[-1].pixmap().isNull()  # not drawn until seen
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.scroll_area.ensureWidgetVisible(dialog.pages[-1])
    assert pages - 1 in dialog.drawn and dark_pixels(dialog.pages[-1].pixmap().toImage()) > 50
    assert len(dialog.drawn) < pages
    target = tmp_path / "pack"
    assert dialog.save(target)
    assert (tmp_path / "pack.pdf").read_bytes() == dialog.pdf


def test_contact_details_and_one_option_are_chosen_in_the_preview(context, qtbot):
    participants = PrintPreviewDialog(context, "participants", "List of participants")
    qtbot.addWidget(participants)
    assert "e.marchand@example.fr" not in text_of(participants.pdf)
    participants.contacts.setChecked(True)
    assert "e.marchand@example.fr" in text_of(participants.pdf)

    budget = PrintPreviewDialog(context, "budget", "Budget")
    qtbot.addWidget(budget)
    assert "Option (a)" in text_of(budget.pdf) and "Option (b)" in text_of(budget.pdf)
    budget.option.setCurrentIndex(2)
    assert "Option (b)" in text_of(budget.pdf) and "Option (a)" not in text_of(budget.pdf)


def test_chair_and_speakers_are_a_choice_off_by_default(context, qtbot):
    agenda = PrintPreviewDialog(context, "agenda", "Agenda")
    qtbot.addWidget(agenda)
    assert agenda.people.parent() is agenda and not agenda.people.isChecked()
    assert "Speakers:" not in text_of(agenda.pdf)
    agenda.people.setChecked(True)
    assert "Speakers: Ms. Élodie Marchand" in text_of(agenda.pdf)
    budget = PrintPreviewDialog(context, "budget", "Budget")
    qtbot.addWidget(budget)
    assert budget.people.parent() is None  # not offered where it means nothing


def test_the_language_version_is_chosen_in_the_preview(context, qtbot):
    dialog = PrintPreviewDialog(context, "agenda", "Provisional annotated agenda")
    qtbot.addWidget(dialog)
    assert "Provisional annotated agenda" in text_of(dialog.pdf)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert "Ordre du jour provisoire annoté" in text_of(dialog.pdf)
    assert "Distr. générale" in text_of(dialog.pdf)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    assert "Аннотированная предварительная повестка дня" in text_of(dialog.pdf)


def test_printing_draws_each_page_on_the_printer(context, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = PrintPreviewDialog(context, "agenda", "Agenda")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(list(page_images(dialog.pdf, 20)))


def test_the_window_opens_without_loading_reportlab_or_pdfium():
    """Printing's heavy modules wait for the first print."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from consult_desktop.ui.main_window import MainWindow\n"
        "import tempfile, os\n"
        "settings = QSettings(os.path.join(tempfile.mkdtemp(), 's.ini'),"
        " QSettings.Format.IniFormat)\n"
        "window = MainWindow(settings)\n"
        "window.show(); app.processEvents()\n"
        "print(sorted(m for m in ('reportlab', 'pypdfium2', 'pycountry') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_save_as_pdf_never_replaces_a_plan(context, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = PrintPreviewDialog(context, "agenda", "Agenda")
    qtbot.addWidget(dialog)
    plan = tmp_path / "named-like.pdf"
    plan.write_bytes(context.plan_file.path.read_bytes())
    before = plan.read_bytes()
    assert not dialog.save(plan)
    assert plan.read_bytes() == before and "is a plan file" in warnings[0]


def test_save_as_word_writes_the_document_shown_with_its_choices(context, qtbot, tmp_path,
                                                                 monkeypatch):
    from docx import Document
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    budget = PrintPreviewDialog(context, "budget", "Budget")
    qtbot.addWidget(budget)
    assert not budget.word_button.isHidden()
    budget.option.setCurrentIndex(2)  # option (b) alone, as shown
    monkeypatch.setattr(budget, "ask_save_path", lambda suffix: tmp_path / "budget")
    budget.word_button.click()
    word = Document(str(tmp_path / "budget.docx"))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 2"]
    assert any(h.startswith("Option (b)") for h in headings)
    assert not any(h.startswith("Option (a)") for h in headings)
    # A misleading name or a plan is refused, and nothing is written.
    assert not budget.save_word(tmp_path / "budget.pdf")
    assert not (tmp_path / "budget.pdf").exists() and "cannot be written" in warnings[-1]
    plan = tmp_path / "plan.docx"
    plan.write_bytes(context.plan_file.path.read_bytes())
    assert not budget.save_word(plan) and "is a plan file" in warnings[-1]
    # The name tents have no Word file: no button for it.
    tents = PrintPreviewDialog(context, "nameplates", "Name tents")
    qtbot.addWidget(tents)
    assert tents.word_button.isHidden()
