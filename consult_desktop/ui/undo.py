"""Undoable edits: one undo command that runs a services edit, each step in its own
transaction.

An edit is applied once before it reaches the undo stack, so a refused edit (a
constraint of the schema, a value out of range) is reported and never stacked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QUndoCommand

from consult_desktop.services.edits import Change, Edit, Refused, Step, Topic, Work, describe

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from consult_desktop.store.plan_file import PlanFile

__all__ = ["EditCommand", "PlanCommand", "Runner", "describe", "execute"]


class Runner(Protocol):
    """Runs an edit's step on the open plan and announces its change (PlanContext)."""

    def perform(self, edit: Edit, step: Step) -> Change: ...

    def report(self, message: str) -> None: ...


class OpenPlan(Runner, Protocol):
    """What an older command is given (PlanContext, which imports this module)."""

    plan_file: PlanFile
    plan_id: int
    undo_stack: QUndoStack
    failed: SignalInstance

    def push(self, command: EditCommand) -> bool: ...


class EditCommand(QUndoCommand):
    """An edit on the undo stack: redo applies it, undo reverts it, each through the
    services in one transaction."""

    def __init__(self, edit: Edit, runner: Runner) -> None:
        super().__init__(edit.text)
        self.edit = edit
        self.runner = runner
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the first redo is the push itself: already applied
            self._pushed = True
            return
        self._run_from_stack("apply", "Redo")

    def undo(self) -> None:
        self._run_from_stack("revert", "Undo")

    def _run_from_stack(self, step: Step, verb: str) -> None:
        """Undo and redo run inside Qt: a refusal (the data changed meanwhile, e.g. a
        linked participant was deleted) is reported, the file keeps its state, and the
        command leaves the stack, since it can no longer be replayed."""
        try:
            self.runner.perform(self.edit, step)
        except Refused as error:
            self.setObsolete(True)
            self.runner.report(f"{verb} {self.text()}: not possible ({error}); nothing was changed")


class _SessionEdit:
    """A PlanCommand seen as an edit: its steps take the session, and change the whole
    of its topic."""

    def __init__(self, command: PlanCommand) -> None:
        self.command = command

    @property
    def text(self) -> str:
        return self.command.text()

    def apply(self, work: Work) -> Change:
        self.command.apply(work.session)
        return Change.everything(Topic(self.command.topic))

    def revert(self, work: Work) -> Change:
        self.command.revert(work.session)
        return Change.everything(Topic(self.command.topic))


class PlanCommand(EditCommand):
    """The older shape, kept while the remaining commands become services edits:
    subclasses implement `apply` and `revert` on a session, and `topic`."""

    topic = "plan"

    def __init__(self, context: OpenPlan, text: str) -> None:
        self.context = context
        edit = _SessionEdit(self)
        QUndoCommand.__init__(self, text)
        self.edit, self.runner, self._pushed = edit, context, False

    def apply(self, session: Any) -> None:
        raise NotImplementedError

    def revert(self, session: Any) -> None:
        raise NotImplementedError


def execute(command: PlanCommand) -> bool:
    """Apply a command, and stack it when it succeeds. Returns whether it did."""
    return command.context.push(command)
