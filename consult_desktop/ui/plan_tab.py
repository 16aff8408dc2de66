"""The one shape of a tab: what it listens to, how it hears a change, and its actions.

A tab names the topics it shows (`topics`); the window wires the plan's `changed`
signal to `on_plan_changed`, which passes the changes of those topics to `apply_change`
(by default: reload the tab). A tab's actions are made with `make_action`: the action
lives on the tab itself with its shortcut, so the shortcut works wherever the focus is
inside the tab (a toolbar or a button may show the same action).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

from consult_desktop.services.edits import Change, Topic
from consult_desktop.ui.context import PlanContext


class PlanTab(QWidget):
    """Subclasses set `title` and `topics`, implement `reload`, and may implement
    `apply_change` to update only the rows a change names."""

    title: ClassVar[str] = ""
    topics: ClassVar[frozenset[Topic]] = frozenset()
    # The attributes naming the tab's actions that change the plan: a plan open
    # read-only (a role that may only read, a file in use elsewhere) hides them.
    edit_actions: ClassVar[tuple[str, ...]] = ()

    def __init__(self, context: PlanContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def editable(self) -> bool:
        return not self.context.plan_file.read_only

    def show_read_only(self) -> None:
        """A plan that may only be read: no edit controls. The actions that change it
        are hidden (and so are their shortcuts), the tables take no typing and no drag;
        a tab with fields of its own makes them read-only too (it extends this)."""
        for name in self.edit_actions:
            getattr(self, name).setVisible(False)
        for view in self.findChildren(QAbstractItemView):
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def on_plan_changed(self, change: Change) -> None:
        """The slot wired to the plan's `changed` signal."""
        if change.topic in self.topics:
            self.apply_change(change)

    def apply_change(self, change: Change) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def make_action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str
                    | None, slot: Callable[[], Any], within: QWidget | None = None) -> QAction:
        """An action of this tab, triggered by its shortcut wherever the focus is in the
        tab (not only when a toolbar holding it has the focus), or only within one of
        its widgets when the key means something else elsewhere in the tab (Delete in a
        list). Its tooltip names the shortcut."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
        action.triggered.connect(slot)
        (within or self).addAction(action)
        return action


def wire(context: PlanContext, tab: PlanTab) -> None:
    """Let a tab hear every change of the plan (the window's one place of wiring, and
    the tests')."""
    context.changed.connect(tab.on_plan_changed)
