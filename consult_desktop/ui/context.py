"""What a tab is given: the open plan, its undo stack, and one signal of change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from consult_desktop.services import edits
from consult_desktop.services.edits import (
    Change,
    Checked,
    Conflicted,
    Edit,
    Refused,
    Step,
    Unreachable,
)
from consult_desktop.ui import phrases
from consult_desktop.ui.undo import EditCommand

if TYPE_CHECKING:
    from consult_desktop.store.plan_file import PlanFile


def ask_conflict(conflict: Conflicted) -> str | None:
    """Keep mine ("mine"), take theirs ("theirs") or cancel (None): the dialog."""
    from PySide6.QtWidgets import QApplication

    from consult_desktop.ui.conflict_dialog import ConflictDialog

    return ConflictDialog.ask(QApplication.activeWindow(), conflict)


class PlanContext(QObject):
    """One open plan. `changed(Change)` fires after any committed change, whoever made
    it (an edit, an undo, a redo): its topic (a `Topic`) and the rows it touched."""

    changed = Signal(object)  # a services.edits.Change
    failed = Signal(str)  # a message for the person: an action was refused
    first_change = Signal()  # just before the first change since the plan was opened

    def __init__(self, plan_file: PlanFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan_file = plan_file
        self.plan_id = plan_file.plan_id
        self.undo_stack = QUndoStack(self)
        # Asked when someone else changed what an edit changes (tests replace it).
        self.ask_conflict: Callable[[Conflicted], str | None] = ask_conflict
        # Told when an edit is kept because the server cannot be reached (the
        # connection banner, which retries); without it, the edit is refused with a
        # message. The kept edits wait in `kept`, in the order they were made.
        self.keep: Callable[[str], None] | None = None
        self.kept: list[EditCommand] = []

    def run(self, edit: Edit) -> bool:
        """Apply an edit and stack it for undo; a refusal is reported through `failed`,
        with nothing stacked. Returns whether the edit was saved."""
        if self.plan_file.shared:  # undo never overwrites someone's later change
            from consult_desktop.services.guarded import Guarded

            edit = Guarded(edit)
        return self.push(EditCommand(edit, self))

    def push(self, command: EditCommand) -> bool:
        """Apply a command's edit, and stack the command when it succeeds. While edits
        are kept for a server out of reach, a new one waits after them."""
        if self.kept and self.keep is not None:
            self.kept.append(command)
            self.keep("")
            return False
        return self._push(command)

    def _push(self, command: EditCommand) -> bool:
        try:
            self.perform(command.edit, "apply")
        except Conflicted as conflict:
            return self.resolve(command, conflict)
        except Unreachable as error:
            if self.keep is None:
                self.report(self.tr("{change}: not saved ({error})").format(
                    change=command.text(), error=phrases.of_error(error)))
            else:
                self.kept.append(command)
                self.keep(phrases.of_error(error))
            return False
        except Refused as error:
            self.report(self.tr("{change}: not saved ({error})").format(
                change=command.text(), error=phrases.of_error(error)))
            return False
        # an edit may name what it made ("Add option (c)")
        command.setText(phrases.text(command.edit.text))
        self.undo_stack.push(command)
        return True

    def save_kept(self) -> tuple[int, str | None]:
        """Save the kept edits in the order they were made, each as if made now (stacked
        for undo; a conflict asks). Returns how many were saved, and why the server
        still cannot be reached (None: every kept edit is settled)."""
        saved = 0
        while self.kept:
            command = self.kept.pop(0)
            keep, self.keep = self.keep, None
            reason: list[str] = []
            try:
                self.perform(command.edit, "apply")
            except Unreachable as error:
                self.kept.insert(0, command)
                reason.append(phrases.of_error(error))
            except Conflicted as conflict:
                saved += self.resolve(command, conflict)
            except Refused as error:
                self.report(self.tr("{change}: not saved ({error})").format(
                    change=command.text(), error=phrases.of_error(error)))
            else:
                command.setText(phrases.text(command.edit.text))
                self.undo_stack.push(command)
                saved += 1
            finally:
                self.keep = keep
            if reason:
                return saved, reason[0]
        return saved, None

    def resolve(self, command: EditCommand, conflict: Conflicted) -> bool:
        """Someone else changed the rows since they were read: nothing was written. The
        person keeps their own values (written over the others', at the version now
        stored), takes the others' (the rows are shown as stored), or cancels."""
        choice = self.ask_conflict(conflict)
        edit = command.edit
        if choice == "mine" and isinstance(edit, Checked) and edit.keep_mine(conflict):
            return self._push(command)
        stored = conflict.change()
        if stored is not None:  # the tables show the rows as they are now
            self.announce(stored)
        if choice == "mine":  # the rows are gone: there is nothing to write over
            self.report(self.tr("{change}: not saved ({error})").format(
                change=command.text(), error=phrases.of_error(conflict)))
        return False

    def perform(self, edit: Edit, step: Step) -> Change:
        """Run one step of an edit now, without the undo stack, and announce it."""
        if not self.plan_file.changed_since_opened and not self.plan_file.read_only:
            self.first_change.emit()
        change = edits.run(self.plan_file, edit, step)
        self.announce(change)
        return change

    def announce(self, change: Change) -> None:
        self.changed.emit(change)

    def report(self, message: str) -> None:
        self.failed.emit(message)

    def close(self) -> None:
        self.undo_stack.clear()
        self.plan_file.close()
