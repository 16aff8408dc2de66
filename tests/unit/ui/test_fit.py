"""Every window and dialog fits the screen it opens on, its buttons within reach."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
)

from consult_desktop.ui.fit import FRAME, fit_to_screen

LAPTOP = QRect(0, 0, 1024, 600)


def room(area: QRect) -> QSize:
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def within(dialog: QDialog, area: QRect) -> bool:
    return dialog.width() <= room(area).width() and dialog.height() <= room(area).height()


def tall_form(qtbot, rows: int) -> tuple[QDialog, QDialogButtonBox]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    for number in range(rows):
        box = QPlainTextEdit()
        box.setMinimumHeight(60)
        form.addRow(f"Field {number}", box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    form.addRow(buttons)
    return dialog, buttons


def test_a_form_taller_than_the_screen_scrolls_and_keeps_its_buttons_in_view(qtbot):
    dialog, buttons = tall_form(qtbot, 20)  # 20 boxes of 60 px: twice the laptop's height
    assert dialog.sizeHint().height() > LAPTOP.height()
    fit_to_screen(dialog, area=LAPTOP)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert within(dialog, LAPTOP)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.verticalScrollBar().maximum() > 0
    assert not scroll.isAncestorOf(buttons)  # OK never scrolls away
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    top_left = ok.mapTo(dialog, ok.rect().topLeft())
    assert dialog.rect().contains(QRect(top_left, ok.size()))


def test_a_form_that_fits_is_left_as_it_is(qtbot):
    dialog, _buttons = tall_form(qtbot, 1)
    fit_to_screen(dialog, area=LAPTOP)
    assert dialog.findChild(QScrollArea) is None
    assert dialog.size() == dialog.sizeHint()


def test_a_size_asked_for_is_kept_when_the_screen_has_room(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QFormLayout(dialog).addRow("Name", QLineEdit())
    assert fit_to_screen(dialog, QSize(760, 900), QRect(0, 0, 1920, 1080)) == QSize(760, 900)
    assert fit_to_screen(dialog, QSize(760, 900), QRect(0, 0, 1366, 768)) == QSize(760, 720)


def test_the_agenda_item_dialog_scrolls_on_a_short_screen_its_ok_button_in_view(window, qtbot):
    from consult_desktop.ui.agenda_item_dialog import AgendaItemDialog

    window.tab_widget.setCurrentIndex(3)
    tab = window.tabs[3]
    item = tab._items()[0]
    dialog = AgendaItemDialog(item, tab.data.people, tab._parents(), tab._rooms(), window)
    qtbot.addWidget(dialog)
    short = QRect(0, 0, 1024, 420)
    fit_to_screen(dialog, area=short)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert within(dialog, short)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.rect().contains(QRect(ok.mapTo(dialog, ok.rect().topLeft()), ok.size()))


def test_every_dialog_opens_within_the_screen(window, qtbot):
    """The offscreen screen is 800x800: the print window asks 760x900 and the agenda item
    640x640; each is held within the screen, and opens inside it."""
    from consult_desktop.domain.milestones import Fields
    from consult_desktop.services.budget import funding_sources
    from consult_desktop.services.plan import details
    from consult_desktop.store import backups
    from consult_desktop.ui.funding_dialog import FundingSourcesDialog
    from consult_desktop.ui.letters_dialog import LettersDialog
    from consult_desktop.ui.milestone_dialog import MilestoneDialog, RulesDialog
    from consult_desktop.ui.participant_form import ParticipantDialog
    from consult_desktop.ui.plan_details import PlanDetailsDialog
    from consult_desktop.ui.print_preview import PrintPreviewDialog
    from consult_desktop.ui.restore_dialog import RestoreDialog

    plan_file = window.context.plan_file
    backups.take(plan_file)
    area = window.screen().availableGeometry()
    dialogs = [
        PrintPreviewDialog(window.context, "pack", "Meeting pack", window),
        PlanDetailsDialog(details(plan_file), window),
        MilestoneDialog(Fields("Documents due", dt.date(2017, 10, 1)), window),
        RulesDialog([("Invitations", 8)], window),
        FundingSourcesDialog(funding_sources(plan_file), window),
        RestoreDialog(backups.list_backups(), window),
        ParticipantDialog(None, {"FR", "DE"}, window),
        LettersDialog(window.context, window),
    ]
    assert dialogs[0].size() == room(area).boundedTo(QSize(760, 900))
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert area.contains(dialog.frameGeometry()), type(dialog).__name__
        dialog.close()


@pytest.mark.parametrize("screen", [(1024, 600), (1366, 768)])
def test_the_main_window_first_opens_within_a_small_screen(screen, tmp_path, monkeypatch,
                                                           run_python):
    width, height = screen
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                               "width": width, "height": height}]}))
    monkeypatch.setenv("QT_QPA_PLATFORM", f"offscreen:configfile={config}")
    result = run_python(
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from consult_desktop.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "w = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "w.show()\n"
        "print(w.width(), w.height())\n", tmp_path / "s.ini")
    assert result.returncode == 0, result.stderr
    shown = tuple(int(n) for n in result.stdout.split())
    assert shown == (min(1100, width - FRAME.width()), min(720, height - FRAME.height()))


def test_a_window_remembered_on_a_large_screen_opens_within_a_small_one(tmp_path, monkeypatch,
                                                                        run_python):
    """Placed at the right of a 1920x1080 screen, then started on a 1024x600 laptop."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from consult_desktop.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "w = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat))\n"
        "w.show()\n"
        "if sys.argv[2] == 'place':\n"
        "    w.setGeometry(700, 300, 1200, 760)\n"
        "    w.close()\n"
        "g = w.frameGeometry()\n"
        "print(g.x(), g.y(), g.width(), g.height())\n")
    for width, height, step in ((1920, 1080, "place"), (1024, 600, "open")):
        config = tmp_path / f"{step}.json"
        config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0,
                                                   "width": width, "height": height}]}))
        monkeypatch.setenv("QT_QPA_PLATFORM", f"offscreen:configfile={config}")
        result = run_python(code, tmp_path / "s.ini", step)
        assert result.returncode == 0, result.stderr
    x, y, w, h = (int(n) for n in result.stdout.split())
    assert QRect(0, 0, 1024, 600).contains(QRect(x, y, w, h)), (x, y, w, h)
