"""Undoable edits: one undo command that runs a services edit, each step in its own
transaction.

An edit is applied once before it reaches the undo stack, so a refused edit (a
constraint of the schema, a value out of range) is reported and never stacked.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from consult_desktop.services.edits import Change, Edit, Refused, Step, describe
from consult_desktop.ui import phrases

__all__ = ["EditCommand", "Runner", "describe"]


class Runner(Protocol):
    """Runs an edit's step on the open plan and announces its change (PlanContext)."""

    def perform(self, edit: Edit, step: Step) -> Change: ...

    def report(self, message: str) -> None: ...


class EditCommand(QUndoCommand):
    """An edit on the undo stack: redo applies it, undo reverts it, each through the
    services in one transaction."""

    def __init__(self, edit: Edit, runner: Runner) -> None:
        super().__init__(phrases.text(edit.text))
        self.edit = edit
        self.runner = runner
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the first redo is the push itself: already applied
            self._pushed = True
            return
        self._run_from_stack("apply")

    def undo(self) -> None:
        self._run_from_stack("revert")

    def _run_from_stack(self, step: Step) -> None:
        """Undo and redo run inside Qt: a refusal (the data changed meanwhile, e.g. a
        linked participant was deleted) is reported, the file keeps its state, and the
        command leaves the stack, since it can no longer be replayed."""
        try:
            self.runner.perform(self.edit, step)
        except Refused as error:
            self.setObsolete(True)
            message = QCoreApplication.translate(
                "EditCommand", "Redo {change}: not possible ({error}); nothing was changed") \
                if step == "apply" else QCoreApplication.translate(
                "EditCommand", "Undo {change}: not possible ({error}); nothing was changed")
            self.runner.report(message.format(change=self.text(),
                                              error=phrases.of_error(error)))
