"""Help: F1 opens the user guide, offline; About names the version, the licence and what
it runs on; tooltips say what a thing does, not its label again."""

from __future__ import annotations

import platform
import re

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction

from consult_desktop import __version__
from consult_desktop.ui import help as help_module
from consult_desktop.ui.tips import plain


def test_f1_opens_the_user_guide_from_the_package(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert help_module.guide_path().is_file()
    assert guide.browser.source().isLocalFile()  # offline: no network involved
    text = guide.browser.toPlainText()
    for heading in ("Starting a plan", "Budget", "Participants", "Agenda", "Printing"):
        assert heading in text
    assert guide.height() <= window.screen().availableGeometry().height()


def test_the_guides_links_lead_within_it(window, qtbot):
    window.show_guide()
    browser = window.guide.browser
    links = re.findall(r'href="#(\w+)"', help_module.guide_path().read_text("utf-8"))
    ids = set(re.findall(r'id="(\w+)"', help_module.guide_path().read_text("utf-8")))
    assert links and set(links) <= ids  # no link to nowhere
    browser.scrollToAnchor("keys")
    assert browser.verticalScrollBar().value() > 0


def test_about_names_version_licence_qt_pyside_and_python():
    text = help_module.about_text()
    for needed in (__version__, "MIT", qVersion(), PySide6.__version__,
                   platform.python_version()):
        assert needed in text


def test_every_menu_entry_says_what_it_does(window):
    entries = [a for menu in (window.menuBar().actions())
               for a in menu.menu().actions() if not a.isSeparator() and not a.menu()]
    entries += window.print_menu.actions()
    for action in entries:
        tip = action.toolTip()
        assert plain(tip).casefold() != plain(action.text()).casefold(), action.text()
        assert len(tip.split()) >= 4, action.text()


def test_tab_actions_say_what_they_do(window):
    """Each of the tab's own actions (a toolbar's, a button's) is described."""
    for tab in window.tabs:
        for action in tab.findChildren(QAction):
            if action.parent() is not tab:
                continue  # a choice in a menu (a status), not one of the tab's actions
            label = plain(action.text()).casefold()
            said = plain(action.toolTip()).split(" (")[0].casefold()
            assert said != label and not said.startswith(f"{label} option"), (
                type(tab).__name__, action.text())
