"""Undoable edits: each command applies and reverses its own transaction.

A command is executed once before it reaches the undo stack, so a refused edit
(a constraint of the schema, a value out of range) is reported and never stacked.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from consult_desktop.ui.context import PlanContext


class PlanCommand(QUndoCommand):
    """Subclasses implement `apply` and `revert`, each run inside one transaction."""

    topic = "plan"

    def __init__(self, context: PlanContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._pushed = False

    def apply(self, session: Session) -> None:
        raise NotImplementedError

    def revert(self, session: Session) -> None:
        raise NotImplementedError

    def _run(self, step: str) -> None:
        with self.context.plan_file.begin() as session:
            getattr(self, step)(session)
        self.context.changed.emit(self.topic)

    def redo(self) -> None:
        if not self._pushed:  # the first redo is the push itself: already applied
            self._pushed = True
            return
        self._run_from_stack("apply", "Redo")

    def undo(self) -> None:
        self._run_from_stack("revert", "Undo")

    def _run_from_stack(self, step: str, verb: str) -> None:
        """Undo and redo run inside Qt: a refusal (the data changed meanwhile, e.g. a
        linked participant was deleted) is reported, the file keeps its state, and the
        command leaves the stack, since it can no longer be replayed."""
        try:
            self._run(step)
        except (SQLAlchemyError, ValueError) as error:
            self.setObsolete(True)
            self.context.failed.emit(
                f"{verb} {self.text()}: not possible ({describe(error)}); nothing was changed"
            )


def execute(command: PlanCommand) -> bool:
    """Apply a command, and stack it when it succeeds. Returns whether it did."""
    try:
        command._run("apply")
    except (SQLAlchemyError, ValueError) as error:
        command.context.failed.emit(f"{command.text()}: not saved ({describe(error)})")
        return False
    command.context.undo_stack.push(command)
    return True


def describe(error: Exception) -> str:
    """A short reason for a refused edit, without SQL."""
    original = getattr(error, "orig", None)
    return str(original if original is not None else error).splitlines()[0]
