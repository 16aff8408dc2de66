"""The tab base: a tab hears the changes of its topics only, and its actions' shortcuts
work wherever the focus is inside the tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolBar, QVBoxLayout

from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui.plan_tab import PlanTab, wire


class Listening(PlanTab):
    topics = frozenset({Topic.BUDGET, Topic.PLAN})

    def __init__(self, context) -> None:
        super().__init__(context)
        self.heard: list[Change] = []
        self.reloads = 0
        self.triggered = 0
        self.edit = QLineEdit()
        toolbar = QToolBar()
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.edit)
        self.action = self.make_action("Do", "Ctrl+Shift+N", self._do)
        toolbar.addAction(self.action)

    def _do(self) -> None:
        self.triggered += 1

    def apply_change(self, change: Change) -> None:
        self.heard.append(change)
        super().apply_change(change)

    def reload(self) -> None:
        self.reloads += 1


def test_a_tab_hears_only_the_topics_it_shows(qtbot, context):
    tab = Listening(context)
    qtbot.addWidget(tab)
    wire(context, tab)
    context.announce(Change.everything(Topic.AGENDA))
    budget = Change.rows(Topic.BUDGET, updated=[3])
    context.announce(budget)
    assert tab.heard == [budget] and tab.reloads == 1


def test_the_shortcut_works_from_a_field_of_the_tab_not_only_from_its_toolbar(qtbot, context):
    tab = Listening(context)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    tab.edit.setFocus()
    qtbot.waitUntil(tab.edit.hasFocus)
    qtbot.keyClick(tab.edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.triggered == 1
    assert tab.action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
