"""Undoable edits of the participants: each applies and reverses its own transaction.

New rows get their ids when first applied and keep them on redo, so whatever refers to
a participant by id (the agenda) still finds the same person after undo and redo.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from consult_desktop.domain import vocab
from consult_desktop.domain.names import plain_name
from consult_desktop.domain.participant_import import ImportPlan
from consult_desktop.domain.participants import Person
from consult_desktop.store import participants_store as store
from consult_desktop.ui.context import PlanContext
from consult_desktop.ui.undo import PlanCommand


def _name(person: Person) -> str:
    return plain_name(person.given_name, person.family_name)


class AddParticipant(PlanCommand):
    topic = "participants"

    def __init__(self, context: PlanContext, person: Person) -> None:
        super().__init__(context, f"Add {_name(person)}")
        self.person = person
        self.ids: list[int] | None = None

    def apply(self, session: Session) -> None:
        self.ids = store.insert_people(session, self.context.plan_id, [self.person], self.ids)

    def revert(self, session: Session) -> None:
        store.remove_added(session, self.ids or [])


class EditParticipant(PlanCommand):
    topic = "participants"

    def __init__(self, context: PlanContext, ident: int, old: Person, new: Person,
                 text: str = "") -> None:
        super().__init__(context, text or f"Edit {_name(new)}")
        self.ident, self.old, self.new = ident, old, new

    def apply(self, session: Session) -> None:
        store.update_people(session, [(self.ident, self.new)])

    def revert(self, session: Session) -> None:
        store.update_people(session, [(self.ident, self.old)])


class DeleteParticipants(PlanCommand):
    """Deleting also takes people off the agenda; undo puts them back there too."""

    topic = "participants"

    def __init__(self, context: PlanContext, ids: Sequence[int]) -> None:
        many = f"{len(ids)} participants" if len(ids) != 1 else "a participant"
        super().__init__(context, f"Delete {many}")
        self.ids = list(ids)
        self.removed: store.Removed | None = None

    def apply(self, session: Session) -> None:
        self.removed = store.delete_people(session, self.context.plan_id, self.ids)

    def revert(self, session: Session) -> None:
        if self.removed is not None:
            store.restore_people(session, self.context.plan_id, self.removed)


class SetStatus(PlanCommand):
    topic = "participants"

    def __init__(self, context: PlanContext, ids: Sequence[int], status: str) -> None:
        label = vocab.label(vocab.PARTICIPANT_STATUSES, status)
        super().__init__(context, f"Set {len(ids)} to {label}")
        self.ids, self.status = list(ids), status
        self.old: list[str] | None = None

    def apply(self, session: Session) -> None:
        if self.old is None:
            self.old = store.statuses(session, self.ids)
        store.set_status(session, self.ids, [self.status] * len(self.ids))

    def revert(self, session: Session) -> None:
        store.set_status(session, self.ids, self.old or [])


class ImportParticipants(PlanCommand):
    """A whole import is one step: undo removes exactly the rows it added and gives the
    rows it updated their old values."""

    topic = "participants"

    def __init__(self, context: PlanContext, plan: ImportPlan, source: str) -> None:
        super().__init__(context, f"Import {source}")
        self.plan = plan
        self.ids: list[int] | None = None

    def apply(self, session: Session) -> None:
        self.ids = store.apply_import(session, self.context.plan_id, self.plan, self.ids)

    def revert(self, session: Session) -> None:
        store.revert_import(session, self.plan, self.ids or [])
