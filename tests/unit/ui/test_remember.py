"""Between sessions the window remembers its size, place and maximised state, the last
tab, the columns hidden in the participants' table and the agenda's Ripple switch; the
tests keep those settings in a temporary file, never the user's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consult_desktop.domain.participants import COLUMNS
from consult_desktop.ui.main_window import MainWindow

PARTICIPANTS, AGENDA = 2, 3


def reopen(qtbot, settings, demo_path, first: MainWindow) -> MainWindow:
    first.close()
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    second.open_initial(demo_path)
    return second


def header_titles(tab, hidden: bool) -> set[str]:
    model = tab.view.model()
    return {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
            if tab.view.isColumnHidden(c) == hidden}


def test_hidden_columns_come_back_hidden(window, qtbot, settings, demo_path):
    window.tab_widget.setCurrentIndex(PARTICIPANTS)
    tab = window.tabs[PARTICIPANTS]
    email, phone = COLUMNS.index("email"), COLUMNS.index("phone")
    assert not tab.view.isColumnHidden(email) and tab.view.isColumnHidden(phone)  # at first
    tab.show_column(email, False)  # the officer hides the e-mail, shows the phone
    tab.show_column(phone, True)
    hidden = header_titles(tab, hidden=True)
    second = reopen(qtbot, settings, demo_path, window)
    second.tab_widget.setCurrentIndex(PARTICIPANTS)
    again = second.tabs[PARTICIPANTS]
    assert header_titles(again, hidden=True) == hidden
    assert again.view.isColumnHidden(email) and not again.view.isColumnHidden(phone)


def test_the_ripple_switch_and_the_last_tab_are_remembered(window, qtbot, settings, demo_path):
    window.tab_widget.setCurrentIndex(AGENDA)
    agenda = window.tabs[AGENDA]
    assert agenda.ripple_action.isChecked()  # on at first
    agenda.ripple_action.setChecked(False)
    second = reopen(qtbot, settings, demo_path, window)
    assert second.tab_widget.currentIndex() == AGENDA
    assert not second.tabs[AGENDA].ripple_action.isChecked()
    assert not second.tabs[AGENDA].ripple


def test_a_maximised_window_opens_maximised(qtbot, settings, demo_path):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    second = reopen(qtbot, settings, demo_path, first)
    qtbot.waitUntil(second.isMaximized)


def test_the_window_comes_back_at_its_size_and_place(qtbot, settings, demo_path):
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(40, 60, 640, 480)
    placed = first.frameGeometry()
    second = reopen(qtbot, settings, demo_path, first)
    assert second.frameGeometry() == placed
    assert (second.width(), second.height()) == (640, 480)
