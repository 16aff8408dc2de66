"""What a tab is given: the open plan, its undo stack, and one signal of change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile


class PlanContext(QObject):
    """One open plan. `changed(topic)` fires after any committed change, whoever made
    it (an edit, an undo, a redo); topics: plan, options, budget, participants,
    agenda, milestones, summary."""

    changed = Signal(str)
    failed = Signal(str)  # a message for the person: an action was refused

    def __init__(self, plan_file: PlanFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan_file = plan_file
        self.plan_id = plan_file.plan_id()
        self.undo_stack = QUndoStack(self)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan_file.close()
